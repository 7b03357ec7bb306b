package com.invoice24.reporting;

import com.invoice24.shared.Downloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV download: its file name and its text, written as RFC 4180 with a header row. */
record CsvFile(String fileName, String content) {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    static CsvFile of(String fileName, List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new CsvFile(fileName, out.toString());
    }

    /**
     * Text a client typed (names, references, reasons). A leading =, +, - or @ would run as a formula
     * when the accountant opens the file in a spreadsheet, so such text is quoted with an apostrophe.
     */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    ResponseEntity<String> download() {
        return Downloads.attachment(fileName, TEXT_CSV).body(content);
    }
}
