package com.invoice24;

import com.invoice24.workspace.WorkspaceSettingsService;
import com.invoice24.workspace.Workspaces;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Goes with {@code @WebMvcTest(SomeController.class)} and {@code @AutoConfigureMockMvc(addFilters = false)} (which
 * must sit on the test class itself to outweigh the one {@code @WebMvcTest} brings): the controller with the web components the slice finds
 * across the application (the problem details of {@code shared/ApiExceptionHandler}, the paging resolver, the
 * input guard), JSON read and written as the application does, and nothing behind them. The test mocks the
 * controller's own services.
 *
 * <p>Without the security filters: who may call what is theirs to decide ({@code workspace/SecurityConfiguration},
 * {@code portal/PortalSecurity}), and {@code RoleAccessTests} proves it against the whole application. A slice
 * tests what a controller makes of a request; a request it refuses is refused before the controller reads the
 * signed-in member.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(WebSlice.ApplicationJson.class)
// What the page layout reads; a slice renders no page.
@MockitoBean(types = {WorkspaceSettingsService.class, Workspaces.class})
public @interface WebSlice {

    /**
     * For {@code @WebMvcTest(excludeFilters = ...)}: the client portal's web components (its error pages, rate
     * limit and payment offer) serve only the client's side, which no slice tests, and each would pull in the
     * services behind it.
     */
    String CLIENT_PORTAL = "com\\.invoice24\\.portal\\..*";

    /** Decimals as strings and strict numbers, from a plain configuration the slice would leave out. */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "com.invoice24.shared", useDefaultFilters = false, includeFilters =
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.invoice24\\.shared\\.JsonConfiguration"))
    class ApplicationJson {
    }
}
