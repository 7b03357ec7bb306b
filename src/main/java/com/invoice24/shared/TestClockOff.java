package com.invoice24.shared;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** With the test clock off, its addresses answer 404 for every method, as if they never existed. */
@Hidden
@RestController
@ConditionalOnProperty(name = "invoice24.test-clock.enabled", havingValue = "false", matchIfMissing = true)
class TestClockOff {

    @RequestMapping("/api/v1/test/**")
    void notHere() {
        throw new NotFoundException("This address");
    }
}
