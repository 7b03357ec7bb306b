package com.invoice24.shared;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf, so documents (invoices, credit notes,
 * statements) use one layout for screen and paper. The font is embedded, so a PDF looks the same
 * on every machine. The font files are read once, at start-up, and their metrics are kept between
 * documents rather than worked out again for every PDF; each PDF still embeds only the glyphs it uses.
 */
@Component
public class PdfRenderer {

    /** The family the document templates' CSS names. */
    public static final String FONT = "Liberation Sans";

    private static final int REGULAR = 400;
    private static final int BOLD = 700;

    private final TemplateEngine templates;
    private final List<DocumentFont> fonts;
    /** openhtmltopdf's own thread-safe store; a family and weight measured once serves every later PDF. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    /**
     * A converter per thread: each one looks its XML parser up on the class path when made, which costs more than
     * the conversion, and it is not meant to be shared between threads.
     */
    private final ThreadLocal<W3CDom> dom = ThreadLocal.withInitial(W3CDom::new);

    PdfRenderer(TemplateEngine templates, ResourceLoader resources) {
        this.templates = templates;
        this.fonts = List.of(
                DocumentFont.read(resources, "classpath:fonts/LiberationSans-Regular.ttf", REGULAR),
                DocumentFont.read(resources, "classpath:fonts/LiberationSans-Bold.ttf", BOLD));
        Slf4jXRLogger.install();
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("pdf", true);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            for (DocumentFont font : fonts) {
                builder.useFont(font::stream, FONT, font.weight(), FontStyle.NORMAL, true);
            }
            builder.withW3cDocument(dom.get().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", e);
        }
    }

    /** A font file held in memory: openhtmltopdf reads it again for each PDF it embeds a subset of it in. */
    private record DocumentFont(byte[] ttf, int weight) {

        static DocumentFont read(ResourceLoader resources, String location, int weight) {
            try (InputStream in = resources.getResource(location).getInputStream()) {
                return new DocumentFont(in.readAllBytes(), weight);
            } catch (IOException e) {
                throw new UncheckedIOException("The document font " + location + " is missing", e);
            }
        }

        InputStream stream() {
            return new ByteArrayInputStream(ttf);
        }
    }
}
