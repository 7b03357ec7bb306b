package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SuppressWarnings("unchecked")
class BankImportApiTests extends IntegrationTest {

    /** Globex owes one invoice, Initech two, Umbrella three; the fixtures pay four of them. */
    record Seed(String globex, String initech, String umbrella, List<String> invoices, List<String> numbers) {
    }

    @Test
    void aChaseCsvThroughASavedMappingPaysFourInvoicesAndLeavesOneLineForReview() {
        Workspace acme = signUp("Acme Consulting LLC");
        Seed seed = seed(acme);
        String mapping = (String) http.post().uri("/api/v1/bank-mappings").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Chase business checking", "dateColumn", "Posting Date", "amountColumn", "Amount",
                        "memoColumn", "Description", "referenceColumn", "Check or Slip #", "dateFormat", "MM/dd/yyyy",
                        "hasHeader", true))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.get().uri("/api/v1/bank-mappings").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$[0].name").isEqualTo("Chase business checking");

        Map<String, Object> imported = imported(upload(acme, seed, "chase-seed.csv", "CSV", mapping));

        assertSeedApplied(acme, seed, imported, "CSV");
    }

    @Test
    void anOfxStatementIsRecognisedWithoutAFormatAndPaysFourInvoicesLeavingOneForReview() {
        Workspace acme = signUp("Acme Consulting LLC");
        Seed seed = seed(acme);

        Map<String, Object> imported = imported(upload(acme, seed, "seed.ofx", null, null));

        assertSeedApplied(acme, seed, imported, "OFX");
    }

    @Test
    void aBai2FileWithContinuationRecordsPaysFourInvoicesAndLeavesOneForReview() {
        Workspace acme = signUp("Acme Consulting LLC");
        Seed seed = seed(acme);

        Map<String, Object> imported = imported(upload(acme, seed, "seed.bai", null, null));

        assertSeedApplied(acme, seed, imported, "BAI2");
    }

    @Test
    void importingTheSameFileTwiceAppliesNothingTwice() {
        Workspace acme = signUp("Acme Consulting LLC");
        Seed seed = seed(acme);
        imported(upload(acme, seed, "seed.bai", "BAI2", null));

        Map<String, Object> again = imported(upload(acme, seed, "seed.bai", "BAI2", null));

        assertThat(again).containsEntry("lines", 4).containsEntry("applied", 0).containsEntry("needsReview", 0)
                .containsEntry("alreadyImported", 4);
        assertThat(items(again)).extracting(item -> item.get("status")).containsOnly("DUPLICATE");
        http.get().uri("/api/v1/payments").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(3);
        reviewQueue(acme).jsonPath("$.total").isEqualTo(1);
        http.get().uri("/api/v1/bank-imports").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void aFileWithABadAmountIsRefusedNamingItsLineAndAppliesNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        Seed seed = seed(acme);

        upload(acme, seed, "chase-bad-amount.csv", "CSV", mapping(acme))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("line 4")
                .jsonPath("$.errors[0].message").isEqualTo("the amount \"15OO.00\" is not a number");

        http.get().uri("/api/v1/payments").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        http.get().uri("/api/v1/bank-imports").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        invoice(acme, seed.invoices().get(0)).jsonPath("$.balanceDue").isEqualTo("1000.00");
    }

    @Test
    void aReviewLineAppliedByHandPaysTheChosenInvoice() {
        Workspace acme = signUp("Acme Consulting LLC");
        Seed seed = seed(acme);
        imported(upload(acme, seed, "seed.ofx", "OFX", null));
        Map<String, Object> line = reviewLine(acme);

        Map<String, Object> suggestion = ((List<Map<String, Object>>) line.get("suggestions")).get(0);
        assertThat(suggestion).containsEntry("clientId", seed.initech())
                .containsEntry("invoiceIds", List.of(seed.invoices().get(2)));
        apply(acme, (String) line.get("id"), Map.of("clientId", seed.initech(), "allocations",
                List.of(Map.of("invoiceId", seed.invoices().get(2), "amount", "400.00"))))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.amount").isEqualTo("400.00")
                .jsonPath("$.receivedOn").isEqualTo("2026-03-24")
                .jsonPath("$.method").isEqualTo("ACH")
                .jsonPath("$.allocations[0].invoiceId").isEqualTo(seed.invoices().get(2));

        invoice(acme, seed.invoices().get(2)).jsonPath("$.status").isEqualTo("PAID");
        reviewQueue(acme).jsonPath("$.total").isEqualTo(0);
        apply(acme, (String) line.get("id"), Map.of("clientId", seed.initech())).expectStatus().isEqualTo(409);
    }

    @Test
    void aDismissedLineLeavesTheQueueWithItsReasonAndPaysNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        Seed seed = seed(acme);
        imported(upload(acme, seed, "chase-seed.csv", "CSV", mapping(acme)));
        String line = (String) reviewLine(acme).get("id");

        dismiss(acme, line, Map.of()).expectStatus().isBadRequest();
        dismiss(acme, line, Map.of("reason", "Transfer from savings")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DISMISSED")
                .jsonPath("$.dismissReason").isEqualTo("Transfer from savings");

        reviewQueue(acme).jsonPath("$.total").isEqualTo(0);
        http.get().uri("/api/v1/bank-lines?status=DISMISSED").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(line);
        invoice(acme, seed.invoices().get(2)).jsonPath("$.balanceDue").isEqualTo("400.00");
    }

    @Test
    void anotherWorkspacesBankLinesAndImportsDoNotExist() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        Seed seed = seed(acme);
        Map<String, Object> imported = imported(upload(acme, seed, "seed.bai", null, null));
        String line = (String) reviewLine(acme).get("id");

        apply(globex, line, Map.of("clientId", seed.initech())).expectStatus().isNotFound();
        dismiss(globex, line, Map.of("reason", "Not ours")).expectStatus().isNotFound();
        http.get().uri("/api/v1/bank-imports/{id}", imported.get("id")).headers(globex::authorize).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/bank-lines?status=REVIEW").headers(globex::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        reviewQueue(acme).jsonPath("$.total").isEqualTo(1);
    }

    private void assertSeedApplied(Workspace acme, Seed seed, Map<String, Object> imported, String format) {
        assertThat(imported).containsEntry("format", format).containsEntry("lines", 4).containsEntry("applied", 3)
                .containsEntry("needsReview", 1).containsEntry("alreadyImported", 0);
        assertThat(items(imported)).extracting(item -> item.get("status"))
                .containsExactly("APPLIED", "APPLIED", "APPLIED", "REVIEW");
        List.of(0, 1, 3, 4).forEach(paid -> invoice(acme, seed.invoices().get(paid))
                .jsonPath("$.status").isEqualTo("PAID"));
        List.of(2, 5).forEach(open -> invoice(acme, seed.invoices().get(open))
                .jsonPath("$.amountPaid").isEqualTo("0.00"));
        String wire = (String) items(imported).get(2).get("paymentId");
        http.get().uri("/api/v1/payments/{id}", wire).headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$.method").isEqualTo("WIRE")
                .jsonPath("$.amount").isEqualTo("1500.00")
                .jsonPath("$.allocations.length()").isEqualTo(2)
                .jsonPath("$.unapplied").isEqualTo("0.00");
        http.get().uri("/api/v1/bank-imports/{id}", imported.get("id")).headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[3].suggestions[0].clientName")
                .isEqualTo("Initech LLC");
        reviewQueue(acme).jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].amount").isEqualTo("400.00");
    }

    private Seed seed(Workspace workspace) {
        String globex = client(workspace, "Globex Corporation");
        String initech = client(workspace, "Initech LLC");
        String umbrella = client(workspace, "Umbrella Health");
        List<Map<String, Object>> sent = List.of(sent(workspace, globex, "1000"), sent(workspace, initech, "2500"),
                sent(workspace, initech, "400"), sent(workspace, umbrella, "1200"), sent(workspace, umbrella, "300"),
                sent(workspace, umbrella, "750"));
        return new Seed(globex, initech, umbrella, sent.stream().map(i -> (String) i.get("id")).toList(),
                sent.stream().map(i -> (String) i.get("number")).toList());
    }

    private String mapping(Workspace workspace) {
        return (String) http.post().uri("/api/v1/bank-mappings").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Chase", "dateColumn", "Posting Date", "amountColumn", "Amount",
                        "memoColumn", "Description", "referenceColumn", "Check or Slip #", "dateFormat", "MM/dd/yyyy"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private RestTestClient.ResponseSpec upload(Workspace workspace, Seed seed, String fixture, String format,
                                               String mapping) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(fixture(fixture, seed).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fixture;
            }
        });
        if (format != null) {
            body.add("format", format);
        }
        if (mapping != null) {
            body.add("mappingId", mapping);
        }
        return http.post().uri("/api/v1/bank-imports").headers(workspace::authorize)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).exchange();
    }

    static String fixture(String name, Seed seed) {
        try (InputStream in = BankImportApiTests.class.getResourceAsStream("/bank/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i < seed.numbers().size(); i++) {
                text = text.replace("${INV" + (i + 1) + "}", seed.numbers().get(i));
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> imported(RestTestClient.ResponseSpec upload) {
        return upload.expectStatus().isCreated().returnResult(Map.class).getResponseBody();
    }

    private static List<Map<String, Object>> items(Map<String, Object> imported) {
        return (List<Map<String, Object>>) imported.get("items");
    }

    private RestTestClient.BodyContentSpec reviewQueue(Workspace workspace) {
        return http.get().uri("/api/v1/bank-lines?status=REVIEW").headers(workspace::authorize).exchange()
                .expectStatus().isOk().expectBody();
    }

    private Map<String, Object> reviewLine(Workspace workspace) {
        Map<String, Object> queue = http.get().uri("/api/v1/bank-lines?status=REVIEW").headers(workspace::authorize)
                .exchange().returnResult(Map.class).getResponseBody();
        return ((List<Map<String, Object>>) queue.get("items")).get(0);
    }

    private RestTestClient.ResponseSpec apply(Workspace workspace, String line, Map<String, ?> body) {
        return http.post().uri("/api/v1/bank-lines/{id}/apply", line).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private RestTestClient.ResponseSpec dismiss(Workspace workspace, String line, Map<String, ?> body) {
        return http.post().uri("/api/v1/bank-lines/{id}/dismiss", line).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private String client(Workspace workspace, String name) {
        return clients(workspace).named(name).billingEmail("ap@" + name.split(" ")[0].toLowerCase() + ".example")
                .create();
    }

    private Map<String, Object> sent(Workspace workspace, String client, String total) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(Map.of("description",
                        "Monthly SEO management – February 2026", "quantity", "1", "unitPrice", total))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        return http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody();
    }

    private RestTestClient.BodyContentSpec invoice(Workspace workspace, String id) {
        return http.get().uri("/api/v1/invoices/{id}", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk().expectBody();
    }
}
