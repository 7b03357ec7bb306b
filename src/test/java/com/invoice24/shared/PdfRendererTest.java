package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The PDF renderer without Spring: what it prepares once and what every document still gets. */
class PdfRendererTest {

    private static final String REGULAR = "classpath:fonts/LiberationSans-Regular.ttf";
    private static final String BOLD = "classpath:fonts/LiberationSans-Bold.ttf";
    private static final String LETTER = """
            <html><body style="font-family: 'Liberation Sans'">
              <p>Invoice for <span th:text="${client}">client</span>, <b>due on receipt</b>.</p>
            </body></html>""";

    @Test
    void drawingDocumentsReadsEachFontFileOnlyOnce() throws IOException {
        CountingResources resources = new CountingResources();
        PdfRenderer renderer = new PdfRenderer(templates(), resources);

        byte[] first = renderer.render(LETTER, Map.of("client", "Globex"));
        byte[] second = renderer.render(LETTER, Map.of("client", "Initech"));
        byte[] third = renderer.render(LETTER, Map.of("client", "Umbrella"));

        assertThat(resources.reads).containsOnly(entry(REGULAR, 1), entry(BOLD, 1));
        for (byte[] pdf : new byte[][] {first, second, third}) {
            assertThat(embeddedFonts(pdf)).hasSize(2).allMatch(font -> font.endsWith("+LiberationSans")
                    || font.endsWith("+LiberationSans-Bold"));
        }
    }

    private static TemplateEngine templates() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The fonts on the first page: a subset of each, named with the tag PDF gives a subset. */
    private static Set<String> embeddedFonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            Set<String> fonts = new TreeSet<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            return fonts;
        }
    }

    /** Counts how often each resource is read. */
    private static final class CountingResources extends DefaultResourceLoader {

        final Map<String, Integer> reads = new ConcurrentHashMap<>();

        @Override
        public Resource getResource(String location) {
            Resource resource = super.getResource(location);
            return new AbstractResource() {
                @Override
                public String getDescription() {
                    return resource.getDescription();
                }

                @Override
                public InputStream getInputStream() throws IOException {
                    reads.merge(location, 1, Integer::sum);
                    return resource.getInputStream();
                }
            };
        }
    }
}
