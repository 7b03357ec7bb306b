package com.invoice24.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf, so documents (invoices, credit notes,
 * statements) use one layout for screen and paper. The font is embedded, so a PDF looks the same
 * on every machine.
 */
@Component
public class PdfRenderer {

    /** The family the document templates' CSS names. */
    public static final String FONT = "Liberation Sans";

    private final TemplateEngine templates;

    PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("pdf", true);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("fonts/LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", e);
        }
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The document font " + path + " is missing", e);
        }
    }
}
