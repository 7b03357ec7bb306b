package com.invoice24.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import com.invoice24.WebSlice;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * How the audit log's API reads its filter: a value that makes no sense is refused naming its field, and the log
 * is never read. Only the web layer runs ({@link WebSlice}); {@link AuditLogApiTests} covers what the log holds.
 */
@WebMvcTest(controllers = AuditLogApi.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = WebSlice.CLIENT_PORTAL))
@AutoConfigureMockMvc(addFilters = false)
@WebSlice
class AuditLogApiMappingTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private AuditLog log;

    @Test
    void filtersThatMakeNoSenseAreRefusedNamingTheField() {
        Map<String, String> refusals = Map.of(
                "member=someone", "member",
                "subject=WEATHER", "subject",
                "from=2026-02-30", "from",
                "to=yesterday", "to",
                "from=2026-03-31&to=2026-03-01", "to",
                "from=+999999999-12-31", "from",
                "page=-1", "page",
                "size=100000", "size",
                "page=9999999999", "page");

        refusals.forEach((query, field) -> assertThat(mvc.get().uri("/api/v1/audit-log?" + query))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo(field));
        verifyNoInteractions(log);
    }
}
