package com.invoice24.bench;

import com.invoice24.shared.PdfRenderer;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The app's document rendering without its database: Boot's Thymeleaf set-up read from the app's
 * {@code application.properties} (templates cached as in production) and the app's {@link PdfRenderer}. Not a
 * {@code @Configuration}, so that no component scan of this package (the app's, in {@code JobBench}) picks it up.
 */
@ImportAutoConfiguration(ThymeleafAutoConfiguration.class)
@Import(PdfRenderer.class)
class DocumentRendering {

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DocumentRendering.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run();
    }
}
