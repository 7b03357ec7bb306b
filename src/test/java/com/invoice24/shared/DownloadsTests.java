package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class DownloadsTests {

    @Test
    void aNameInAnyScriptIsSavedAsItIsWithAnAsciiNameForOlderClients() {
        String header = disposition(Downloads.attachment("Счёт №5 – März.pdf", MediaType.APPLICATION_PDF).build()
                .getHeaders());

        assertThat(header).startsWith("attachment; filename=\"").contains("filename*=UTF-8''")
                .matches("\\p{ASCII}+");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Счёт №5 – März.pdf");
    }

    @Test
    void quotesStayInTheNameAndLineBreaksNeverReachTheHeader() {
        String header = disposition(Downloads.inline("Invoice \"final\"\r\nSet-Cookie: stolen=1.pdf",
                MediaType.APPLICATION_PDF).build().getHeaders());

        assertThat(header).isEqualTo("inline; filename=\"Invoice \\\"final\\\" Set-Cookie: stolen=1.pdf\"");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Invoice \"final\" Set-Cookie: stolen=1.pdf");
    }

    @Test
    void folderNamesAndAnEmptyNameBecomeAPlainFileName() {
        assertThat(Downloads.savedName("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
        assertThat(Downloads.savedName("C:\\Users\\dana\\w9.pdf")).isEqualTo("C:_Users_dana_w9.pdf");
        assertThat(Downloads.savedName(" \r\n ")).isEqualTo("download");
    }

    private static String disposition(HttpHeaders headers) {
        assertThat(headers.get(HttpHeaders.CONTENT_DISPOSITION)).hasSize(1);
        return headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
    }
}
