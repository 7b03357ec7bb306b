package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What the bytes say, whatever the name: the kinds of file our uploads take and the ones dressed up as them. */
class UploadsTests {

    @Test
    void theFilesOurUploadsTakeAreKnownByTheirBytes() {
        assertThat(Uploads.sniff(ascii("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"))).isEqualTo(Uploads.PDF);
        assertThat(Uploads.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}))
                .isEqualTo(Uploads.PNG);
        assertThat(Uploads.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'}))
                .isEqualTo(Uploads.JPEG);
        assertThat(Uploads.sniff(ascii("Date,Amount,Description\n3/24/2026,1000.00,DEPOSIT\n"))).isEqualTo(Uploads.TEXT);
        assertThat(Uploads.sniff(ascii("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n"))).isEqualTo(Uploads.TEXT);
        assertThat(Uploads.sniff(ascii("01,121000358,ACME,260324,0800,1,,,2/\n"))).isEqualTo(Uploads.TEXT);
        assertThat(Uploads.sniff(ascii("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n<OFX></OFX>")))
                .isEqualTo(Uploads.XML);
    }

    @Test
    void aPageOrAProgramIsWhatItIsWhateverItIsCalled() {
        assertThat(Uploads.sniff(ascii("<!DOCTYPE html><html><script>alert(1)</script>")))
                .isEqualTo(MediaType.TEXT_HTML);
        assertThat(Uploads.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0}))
                .isEqualTo(MediaType.parseMediaType("application/x-msdownload"));
        assertThat(Uploads.sniff(new byte[0])).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
    }

    @Test
    void aFileOfAnotherKindIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Uploads.require("file", ascii("<html><body>Invoice</body></html>"),
                Set.of(Uploads.PDF), "Upload a PDF."))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("file", "Upload a PDF.")));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
