package com.invoice24.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.http.MediaType;

/**
 * What an uploaded file really is, told by its bytes (Apache Tika's signatures) and never by its name or the
 * type the browser declared: both are whatever the sender chose, and a page that trusts them stores an
 * executable or an HTML page as a "PDF" and later serves it as one.
 */
public final class Uploads {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType PNG = MediaType.IMAGE_PNG;
    public static final MediaType JPEG = MediaType.IMAGE_JPEG;
    public static final MediaType TEXT = MediaType.TEXT_PLAIN;
    public static final MediaType XML = MediaType.APPLICATION_XML;
    /** Word, Excel and PowerPoint files of 2007 and later: a zip that only its entries tell apart. */
    public static final MediaType OFFICE_DOCUMENT = MediaType.parseMediaType("application/x-tika-ooxml");

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private Uploads() {
    }

    /** The type the content shows, without parameters; {@code application/octet-stream} when nothing is known. */
    public static MediaType sniff(byte[] bytes) {
        try (TikaInputStream content = TikaInputStream.get(bytes)) {
            org.apache.tika.mime.MediaType found = DETECTOR.detect(content, new Metadata());
            return new MediaType(found.getType(), found.getSubtype());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The sniffed type of an upload that must be one of {@code accepted}; anything else is refused as
     * {@code field} with {@code refusal}, which says what the field takes.
     */
    public static MediaType require(String field, byte[] bytes, Set<MediaType> accepted, String refusal) {
        MediaType type = sniff(bytes);
        if (!accepted.contains(type)) {
            throw new InvalidRequestException(refusal, List.of(new FieldProblem(field, refusal)));
        }
        return type;
    }
}
