package com.invoice24.invoicing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The invoice as a PDF (F-3.7), rendered by openhtmltopdf from the same Thymeleaf template as the
 * invoice page. The font is embedded, so the PDF looks the same on every machine.
 */
@Component
class InvoicePdf {

    private static final String FONT = "Liberation Sans";

    private final TemplateEngine templates;

    InvoicePdf(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(InvoiceDocument document) {
        Context context = new Context();
        context.setVariable("doc", document);
        context.setVariable("pdf", true);
        String html = templates.process("invoicing/document", context);
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
            throw new UncheckedIOException("Could not render invoice " + document.invoice().label(), e);
        }
    }

    static String filename(Invoice invoice) {
        return "Invoice-" + invoice.label().replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
    }

    private static java.io.InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The invoice font " + path + " is missing", e);
        }
    }
}
