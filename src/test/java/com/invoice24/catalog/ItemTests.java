package com.invoice24.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ItemTests {

    private static final Instant MARCH_2 = Instant.parse("2026-03-02T09:00:00Z");

    private final ClientId globex = ClientId.random();
    private final ClientId initech = ClientId.random();

    @Test
    void clientWithoutARatePaysTheItemsPrice() {
        assertThat(workshop().priceFor(globex)).isEqualByComparingTo("187.5");
    }

    @Test
    void clientWithARatePaysItsOwnRate() {
        Item item = workshop().withRate(globex, new BigDecimal("165"));

        assertThat(item.priceFor(globex)).isEqualByComparingTo("165");
        assertThat(item.priceFor(initech)).isEqualByComparingTo("187.5");
    }

    @Test
    void aClientHasAtMostOneRatePerItem() {
        Item item = workshop().withRate(globex, new BigDecimal("165")).withRate(globex, new BigDecimal("170"));

        assertThat(item.clientRates()).containsExactly(new ClientRate(globex, new BigDecimal("170")));
    }

    @Test
    void removingARateLeavesTheOtherClientsRates() {
        Item item = workshop().withRate(globex, new BigDecimal("165")).withRate(initech, new BigDecimal("150"))
                .withoutRate(globex);

        assertThat(item.clientRates()).extracting(ClientRate::clientId).containsExactly(initech);
    }

    @Test
    void archivingTwiceKeepsTheFirstDate() {
        Item archived = workshop().archive(Clock.fixed(MARCH_2, ZoneOffset.UTC));

        Item again = archived.archive(Clock.fixed(MARCH_2.plus(Duration.ofDays(3)), ZoneOffset.UTC));

        assertThat(again.archivedAt()).isEqualTo(MARCH_2);
        assertThat(again.restore().archived()).isFalse();
    }

    @Test
    void pricesAreKeptWithoutTrailingZeros() {
        assertThat(workshop().unitPrice().toPlainString()).isEqualTo("187.5");
        assertThat(new ClientRate(globex, new BigDecimal("1500.0000")).unitPrice().toPlainString()).isEqualTo("1500");
    }

    private static Item workshop() {
        return Item.create(WorkspaceId.random(), new ItemRequest("Strategy workshop",
                "Strategy workshop (4 hours) – {project}", Unit.HOUR, new BigDecimal("187.50"), false, null));
    }
}
