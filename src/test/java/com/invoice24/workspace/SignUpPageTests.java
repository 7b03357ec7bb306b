package com.invoice24.workspace;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class SignUpPageTests extends IntegrationTest {

    @Test
    void newProviderSignsUpOnThePageAndLandsOnTheirHomePage() {
        PageSession browser = new PageSession(port);
        String email = "page-" + UUID.randomUUID() + "@example.com";
        browser.get("/signup");

        assertRedirectsTo(browser.submit("/signup", signUpForm("Northwind Studio", email)), "/");

        EntityExchangeResult<String> home = browser.get("/");
        assertThat(home.getStatus().value()).isEqualTo(200);
        assertThat(home.getResponseBody()).contains("Northwind Studio").contains("Welcome to Invoice24");
    }

    @Test
    void sessionsLiveInTheDatabaseSoAnyInstanceCanServeThem() {
        PageSession browser = new PageSession(port);
        String email = "session-" + UUID.randomUUID() + "@example.com";
        browser.get("/signup");
        browser.submit("/signup", signUpForm("Northwind Studio", email));

        long sessions = jdbc().sql("SELECT count(*) FROM spring_session WHERE principal_name = :email")
                .param("email", email).query(Long.class).single();
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void signUpFormShowsWhatIsWrongNextToEachFieldAndSavesNothing() {
        PageSession browser = new PageSession(port);
        browser.get("/signup");

        EntityExchangeResult<String> page = browser.submit("/signup",
                Map.of("workspaceName", "", "name", "Dana", "email", "not-an-email", "password", "short"));

        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseBody())
                .contains("Enter your business&#39;s name")
                .contains("Enter a valid email address")
                .contains("Use at least 10 characters")
                .contains("value=\"Dana\"");
        long members = jdbc().sql("SELECT count(*) FROM members WHERE email = 'not-an-email'")
                .query(Long.class).single();
        assertThat(members).isZero();
    }

    @Test
    void formWithoutCsrfTokenIsRefused() {
        PageSession browser = new PageSession(port);

        EntityExchangeResult<String> page = browser.submit("/signup",
                signUpForm("Forged Co", "forged-" + UUID.randomUUID() + "@example.com"));

        assertThat(page.getStatus().value()).isEqualTo(403);
    }

    @Test
    void pagesAskVisitorsToSignInFirst() {
        assertRedirectsTo(new PageSession(port).get("/settings/tokens"), "/login");
    }

    @Test
    void memberSignsOutAndSignsInAgain() {
        PageSession browser = new PageSession(port);
        String email = "again-" + UUID.randomUUID() + "@example.com";
        browser.get("/signup");
        browser.submit("/signup", signUpForm("Northwind Studio", email));

        assertRedirectsTo(browser.submit("/logout", Map.of()), "/login");
        assertRedirectsTo(browser.get("/"), "/login");

        browser.get("/login");
        assertRedirectsTo(browser.submit("/login", Map.of("email", email, "password", "wrong password!")), "/login");
        browser.get("/login");
        assertRedirectsTo(browser.submit("/login", Map.of("email", email, "password", PASSWORD)), "/");
        assertThat(browser.get("/").getResponseBody()).contains("Northwind Studio");
    }

    private static Map<String, String> signUpForm(String workspaceName, String email) {
        return Map.of("workspaceName", workspaceName, "name", "Dana Whitfield", "email", email, "password", PASSWORD);
    }
}
