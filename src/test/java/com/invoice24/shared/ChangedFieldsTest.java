package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChangedFieldsTest {

    enum Delivery { EMAIL, PORTAL_UPLOAD }

    record Terms(String pattern) {
    }

    record Profile(String id, String name, @Nullable PaymentTerms paymentTerms, boolean poRequired,
                   BigDecimal taxRate, Delivery deliveryMethod, Contact apContact, List<String> ccEmails,
                   String passwordHash, String ein, Terms numbering, @Nullable Instant archivedAt, long version) {
    }

    private static final Profile GLOBEX = new Profile("1", "Globex", PaymentTerms.net(30), false,
            new BigDecimal("8.875"), Delivery.EMAIL, Contact.none(), List.of(), "hash-1", "12-3456789",
            new Terms("INV-{seq}"), null, 0);

    @Test
    void eachChangedFieldReadsBeforeAndAfterInWords() {
        Profile revised = new Profile("1", "Globex Corp", PaymentTerms.net(45), true, new BigDecimal("8.8750"),
                Delivery.PORTAL_UPLOAD, GLOBEX.apContact(), List.of("ap@globex.example"), "hash-1", "12-3456789",
                new Terms("G-{seq}"), null, 1);

        assertThat(ChangedFields.between(GLOBEX, revised)).isEqualTo("Name: Globex → Globex Corp; "
                + "Payment terms: Net 30 → Net 45; PO required: no → yes; Delivery method: email → portal upload; "
                + "CC emails: none → ap@globex.example; Numbering: INV-{seq} → G-{seq}");
    }

    @Test
    void secretsAndTaxIdsAreNamedWithoutTheirValues() {
        Profile revised = new Profile("1", "Globex", PaymentTerms.net(30), false, new BigDecimal("8.875"),
                Delivery.EMAIL, Contact.none(), List.of(), "hash-2", "98-7654321", new Terms("INV-{seq}"), null, 0);

        assertThat(ChangedFields.between(GLOBEX, revised)).isEqualTo("Password hash: changed; EIN: changed");
    }

    @Test
    void archivingIsToldApartFromAChangedField() {
        Profile archived = new Profile("1", "Globex", PaymentTerms.net(30), false, new BigDecimal("8.875"),
                Delivery.EMAIL, Contact.none(), List.of(), "hash-1", "12-3456789", new Terms("INV-{seq}"),
                Instant.parse("2026-03-01T10:00:00Z"), 1);

        assertThat(ChangedFields.between(GLOBEX, archived)).isEmpty();
        assertThat(ChangedFields.cameOrWent(GLOBEX, archived, "archivedAt")).contains(true);
        assertThat(ChangedFields.cameOrWent(archived, GLOBEX, "archivedAt")).contains(false);
        assertThat(ChangedFields.cameOrWent(GLOBEX, GLOBEX, "archivedAt")).isEmpty();
    }
}
