package com.invoice24.portal;

import com.invoice24.shared.BucketTable;
import com.invoice24.shared.Job;
import com.invoice24.workspace.Secrets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * How much of the portal one network address and one link may use, so that a link cannot be found by guessing and
 * a leaked one cannot be scraped.
 *
 * <p>The counts live in PostgreSQL ({@code portal_throttle}, one bucket4j token bucket per row, each request taking
 * the row lock), so every instance spends from the same budgets. Each budget is renewed whole at the end of its
 * window, which makes the answer to "when may I try again" exact. Time is real elapsed time (bucket4j's system
 * clock), not the business clock a test may move.
 *
 * <ul>
 * <li>An address gets {@code per-address} requests a window, across every link.</li>
 * <li>A link gets {@code per-link} requests a window, from whatever addresses: it is one clerk's, or a few.</li>
 * <li>An address gets {@code unknown-links-per-address} links that open nothing per {@code unknown-links-window}.
 *     Once those are spent, every link it asks for is refused, real or not: answering real ones would tell a
 *     guesser which guess was right. Made-up links count against the address only, so guessing leaves no
 *     budget row per guess behind.</li>
 * </ul>
 * Behind a proxy the application must see the client's address ({@code server.forward-headers-strategy}), or every
 * client shares the proxy's budget.
 */
@Component
class PortalThrottle {

    private final BucketTable buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perLink;
    private final BucketConfiguration unknownLinksPerAddress;

    PortalThrottle(DataSource dataSource,
                   @Value("${invoice24.portal.rate-limit.per-address:120}") int perAddress,
                   @Value("${invoice24.portal.rate-limit.per-link:60}") int perLink,
                   @Value("${invoice24.portal.rate-limit.window:1m}") Duration window,
                   @Value("${invoice24.portal.rate-limit.unknown-links-per-address:20}") int unknownLinks,
                   @Value("${invoice24.portal.rate-limit.unknown-links-window:10m}") Duration unknownLinksWindow) {
        this.perAddress = budget(perAddress, window);
        this.perLink = budget(perLink, window);
        this.unknownLinksPerAddress = budget(unknownLinks, unknownLinksWindow);
        this.buckets = new BucketTable(dataSource, "portal_throttle");
    }

    /** Spends one of the address's requests, or refuses. */
    void request(String address) {
        spend(bucket("address:" + address, perAddress));
    }

    /** Refuses any link lookup from an address that has used up its links that open nothing; spends nothing. */
    void lookup(String address) {
        EstimationProbe probe = bucket("unknown-links:" + address, unknownLinksPerAddress).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new PortalThrottled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Spends one of an issued link's requests, or refuses. */
    void link(String token) {
        spend(bucket("link:" + token, perLink));
    }

    /** Counts a link that opens nothing against the address that asked for it. */
    void unknownLink(String address) {
        spend(bucket("unknown-links:" + address, unknownLinksPerAddress));
    }

    /** A budget's row id is a hash of what it counts, so the table holds no address or token. */
    private BucketProxy bucket(String counted, BucketConfiguration configuration) {
        return buckets.bucket(Secrets.hash(counted), configuration);
    }

    private static void spend(BucketProxy bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new PortalThrottled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static BucketConfiguration budget(int requests, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(requests).refillIntervally(requests, window))
                .build();
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job forgetRestedPortalBudgets(PortalThrottle throttle) {
            return new Job("forget-rested-portal-budgets", Duration.ofMinutes(15), throttle.buckets::forgetRested);
        }
    }
}
