package com.invoice24.portal;

import com.invoice24.shared.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * The invoice's PDF as sent, drawn page by page as pictures, so the portal shows the very document the client
 * received (not a page that merely resembles it) without a PDF viewer, plug-in or script.
 */
@Component
class PdfPages {

    /** Sharp on a laptop screen at the page's full width, and about 150 KB a page. */
    private static final float DPI = 110;

    int count(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page {@code number}, counted from 1, as a PNG. */
    byte[] png(byte[] pdf, int number) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (number < 1 || number > document.getNumberOfPages()) {
                throw new NotFoundException("Page " + number);
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(number - 1, DPI, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
