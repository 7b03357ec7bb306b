package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Pages write their links as the templates give them, and the static files they name are served at those paths. */
class PageLinksTests extends IntegrationTest {

    @Test
    void thePagesScriptsAndStylesAreServedAtThePathsTheTemplatesGive() {
        PageSession browser = signedIn(signUp("Acme Consulting LLC"));

        String page = browser.get("/invoices").getResponseBody();

        assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"", "src=\"/js/app.js\"",
                "href=\"/css/app.css\"");
        for (String file : new String[] {"/webjars/htmx.org/dist/htmx.min.js", "/js/app.js", "/css/app.css"}) {
            assertThat(browser.get(file).getStatus()).as(file).isEqualTo(HttpStatus.OK);
        }
    }
}
