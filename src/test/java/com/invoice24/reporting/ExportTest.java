package com.invoice24.reporting;

import com.invoice24.IntegrationTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Builds a workspace's books through the API, as a firm would, and reads the exports back. */
@SuppressWarnings("unchecked")
abstract class ExportTest extends IntegrationTest {

    protected String client(Workspace workspace, String name) {
        return clients(workspace).named(name).billingEmail("ap@" + name.toLowerCase().replace(' ', '-') + ".example")
                .create();
    }

    /** One taxable line of {@code amount}, with whatever else the test sets. */
    protected String draft(Workspace workspace, String client, String amount, Map<String, Object> extra) {
        return invoices(workspace).forClient(client).with(extra).line(Map.of("description", "Monthly SEO management",
                "quantity", "1", "unitPrice", amount, "taxable", true)).draft();
    }

    protected String sent(Workspace workspace, String client, String amount) {
        return sent(workspace, client, amount, Map.of());
    }

    protected String sent(Workspace workspace, String client, String amount, Map<String, Object> extra) {
        String id = draft(workspace, client, amount, extra);
        invoices(workspace).send(id);
        return id;
    }

    protected Map<String, Object> pay(Workspace workspace, Map<String, Object> payment) {
        return payments(workspace).record(payment);
    }

    protected RestTestClient.ResponseSpec post(Workspace workspace, String path, Object body) {
        return http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    protected Map<String, Object> get(Workspace workspace, String path) {
        return http.get().uri(path).headers(workspace::authorize).exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody();
    }

    protected RestTestClient.ResponseSpec export(Workspace workspace, String file, String from, String to) {
        return http.get().uri("/api/v1/exports/" + file + "?from={from}&to={to}", from, to)
                .headers(workspace::authorize).exchange();
    }

    /** The rows of a CSV export, the header row first. */
    protected List<CSVRecord> csv(Workspace workspace, String file, String from, String to) {
        String body = export(workspace, file, from, to).expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        return parse(body);
    }

    protected static List<CSVRecord> parse(String body) {
        try (CSVParser parser = CSVParser.parse(new StringReader(body), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
