package com.invoice24.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.TestDatabase;
import com.invoice24.shared.Address;
import com.invoice24.shared.Contact;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.workspace.WorkspaceId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link Clients}' SQL against PostgreSQL with the application's migrations, and nothing else of the application
 * started. Each test runs in a transaction that is rolled back.
 */
@JdbcTest
// The SQL is PostgreSQL's (ILIKE, arrays): the database of TestDatabase, never an in-memory stand-in.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({TestDatabase.Setup.class, Clients.class})
class ClientsJdbcTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T15:00:00Z");

    @Autowired
    private Clients clients;

    @Autowired
    private JdbcClient jdbc;

    private final Clock clock = Clock.fixed(MONDAY, ZoneOffset.UTC);
    private final WorkspaceId acme = new WorkspaceId(UUID.randomUUID());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry);
    }

    /** The workspace the clients belong to; the workspace module's sign-up is more than these tests need. */
    @BeforeEach
    void workspace() {
        jdbc.sql("INSERT INTO workspaces (id, name, created_at, version) VALUES (:id, 'Acme Consulting LLC', :at, 0)")
                .param("id", acme.value())
                .param("at", Timestamp.from(MONDAY))
                .update();
    }

    @Test
    void theWholeBillingProfileIsReadBackAsItWasSaved() {
        BillingProfile profile = new BillingProfile("Globex", "Globex Corporation LLC", "ap@globex.example",
                List.of("controller@globex.example", "clerk@globex.example"),
                new Contact("Hank Scorpio", "hank@globex.example", "555-0100"),
                new Contact("Mindy Simmons", "mindy@globex.example", null),
                new Address("1 Cypress Creek Rd", "Suite 200", "Cypress Creek", "OR", "97015", "US"),
                new PaymentTerms(PaymentTerms.Basis.NET, 45), true, "PO-7781", DeliveryMethod.PORTAL_UPLOAD,
                "https://ap.globex.example", PaymentMethod.ACH, List.of(15, 30), true, true,
                new VendorOnboarding(true, false, true, false), "PO number in the header", "Pays on the 15th",
                "V-00912");

        Client saved = clients.add(client(profile));

        assertThat(clients.find(acme, saved.id())).contains(saved);
    }

    @Test
    void aSaveFromAStaleReadIsRefusedAndKeepsTheOtherChange() {
        Client read = clients.add(client(BillingProfile.named("Globex")));
        clients.save(renamed(read, "Globex Corporation"));

        assertThatThrownBy(() -> clients.save(renamed(read, "Globex Inc")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(clients.find(acme, read.id())).hasValueSatisfying(
                client -> assertThat(client.name()).isEqualTo("Globex Corporation"));
    }

    @Test
    void holdingAClientChangesItOnceAndMakesEarlierReadsStale() {
        Client read = clients.add(client(BillingProfile.named("Globex")));

        assertThat(clients.setOnHold(acme, read.id(), true, MONDAY)).isTrue();
        assertThat(clients.setOnHold(acme, read.id(), true, MONDAY)).isFalse();
        assertThatThrownBy(() -> clients.save(renamed(read, "Globex Inc")))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void searchFindsAnyPartOfTheNamesOrEmailIgnoringCaseAndTakesWildcardsLiterally() {
        clients.add(client(BillingProfile.named("Globex")));
        clients.add(client(BillingProfile.named("100% Organic Farms")));
        clients.add(client(BillingProfile.named("Initech_Labs")));
        clients.add(client(BillingProfile.named("Initech Holdings")));

        assertThat(names(clients.matching(acme, "gLOB", false))).containsExactly("Globex");
        assertThat(names(clients.matching(acme, "100%", false))).containsExactly("100% Organic Farms");
        assertThat(names(clients.matching(acme, "h_", false))).containsExactly("Initech_Labs");
        assertThat(names(clients.matching(acme, " ", false)))
                .containsExactly("100% Organic Farms", "Globex", "Initech Holdings", "Initech_Labs");
    }

    @Test
    void archivedClientsAreListedOnlyWhenAskedFor() {
        Client globex = clients.add(client(BillingProfile.named("Globex")));
        clients.save(globex.archive(clock));

        assertThat(clients.matching(acme, "Globex", false)).isEmpty();
        assertThat(names(clients.matching(acme, "Globex", true))).containsExactly("Globex");
        assertThat(clients.any(acme)).isFalse();
    }

    private Client client(BillingProfile profile) {
        return new Client(ClientId.random(), acme, profile, false, null, MONDAY, MONDAY, 0);
    }

    private static Client renamed(Client client, String name) {
        return new Client(client.id(), client.workspaceId(), BillingProfile.named(name), client.onHold(),
                client.archivedAt(), client.createdAt(), client.updatedAt(), client.version());
    }

    private static List<String> names(List<Client> found) {
        return found.stream().map(Client::name).toList();
    }
}
