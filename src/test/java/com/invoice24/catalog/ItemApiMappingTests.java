package com.invoice24.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import com.invoice24.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * How the items API reads a request and answers one it cannot take: a problem detail naming each field, and the
 * catalog never asked. Only the web layer runs ({@link WebSlice}); {@link ItemApiTests} covers what the catalog does.
 */
@WebMvcTest(controllers = ItemApi.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = WebSlice.CLIENT_PORTAL))
@AutoConfigureMockMvc(addFilters = false)
@WebSlice
class ItemApiMappingTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private Catalog catalog;

    @Test
    void itemWithoutNameUnitOrPriceIsRejectedNamingEachField() {
        MvcTestResult answer = create("""
                {"name": " ", "description": "Something"}""");

        assertThat(answer).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("name", "unit", "unitPrice");
        verifyNoInteractions(catalog);
    }

    @Test
    void unknownUnitIsRejectedNamingTheField() {
        MvcTestResult answer = create("""
                {"name": "Strategy workshop", "unit": "WEEK", "unitPrice": "1500"}""");

        assertThat(answer).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("unit");
        verifyNoInteractions(catalog);
    }

    @Test
    void priceBelowZeroOrFinerThanATenthOfACentIsRejected() {
        for (String price : new String[] {"-1", "187.12345"}) {
            MvcTestResult answer = create("""
                    {"name": "Strategy workshop", "unit": "DAY", "unitPrice": "%s"}""".formatted(price));

            assertThat(answer).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("unitPrice");
        }
        verifyNoInteractions(catalog);
    }

    @Test
    void pageSizeAbove200IsRejected() {
        assertThat(mvc.get().uri("/api/v1/items?size=201")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        verifyNoInteractions(catalog);
    }

    private MvcTestResult create(String body) {
        return mvc.post().uri("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
