package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * With the test clock off (as in production) the real clock is the one clock and the test addresses
 * answer 404. Checked on the time configuration alone: a whole application of its own for this would
 * cost the suite another context.
 */
class TestClockOffTests {

    private final ApplicationContextRunner time = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfiguration.class, TestClockApi.class, TestClockOff.class);

    @Test
    void theSystemClockIsTheOnlyClockUnlessTheTestClockIsEnabled() {
        time.run(context -> {
            assertThat(context).hasSingleBean(Clock.class).doesNotHaveBean(TestClock.class)
                    .doesNotHaveBean(TestClockApi.class).hasSingleBean(TestClockOff.class);
            assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
        });
        time.withPropertyValues("invoice24.test-clock.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(TestClock.class).doesNotHaveBean(TestClockApi.class)
                .hasSingleBean(TestClockOff.class));
    }

    @Test
    void testClockIsNotFoundUnlessEnabled() throws Exception {
        MockMvc api = MockMvcBuilders.standaloneSetup(new TestClockOff())
                .setControllerAdvice(new ApiExceptionHandler()).build();

        api.perform(put("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON).content("{\"today\":\"2026-04-20\"}"))
                .andExpect(status().isNotFound());
        api.perform(post("/api/v1/test/jobs/run")).andExpect(status().isNotFound());
    }
}
