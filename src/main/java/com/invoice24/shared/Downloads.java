package com.invoice24.shared;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files served to a browser under the name they should be saved as. The name goes out twice (RFC 6266):
 * as {@code filename*} in UTF-8 (RFC 5987) and as an ASCII {@code filename} for older clients; a name
 * outside Latin-1 in a plain {@code filename} would make the server drop the whole header and the
 * browser open the file in place.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A file the browser saves rather than shows: anything a client or member uploaded. */
    public static ResponseEntity.BodyBuilder attachment(String filename, MediaType type) {
        return served(ContentDisposition.attachment(), filename, type);
    }

    /** A document of ours the browser may show in place (our PDFs), saved under its name. */
    public static ResponseEntity.BodyBuilder inline(String filename, MediaType type) {
        return served(ContentDisposition.inline(), filename, type);
    }

    private static ResponseEntity.BodyBuilder served(ContentDisposition.Builder disposition, String filename,
                                                     MediaType type) {
        String name = savedName(filename);
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                disposition.filename(name, charsetOf(name)).build().toString());
    }

    /** A plain ASCII name goes out once, as it always did; any other twice. */
    private static Charset charsetOf(String name) {
        return StandardCharsets.US_ASCII.newEncoder().canEncode(name) ? StandardCharsets.US_ASCII
                : StandardCharsets.UTF_8;
    }

    /** Line breaks and other control characters never reach a header or a saved name; neither do folders. */
    static String savedName(String filename) {
        String name = filename.replaceAll("\\p{Cntrl}+", " ").replaceAll("[\\\\/]", "_").strip();
        return name.isEmpty() ? "download" : name;
    }
}
