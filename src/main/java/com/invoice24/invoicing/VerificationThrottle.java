package com.invoice24.invoicing;

import com.invoice24.shared.Job;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Keeps anyone from walking the verification codes: each IP address may enter {@code max-misses} codes
 * that find no invoice per window, refilled evenly. As at sign-in (workspace's {@code LoginThrottle}), a
 * try is spent before the code is looked up, so concurrent tries cannot slip past the limit, and a code
 * that finds its invoice gives it back: a clerk checking a stack of genuine invoices is never stopped.
 *
 * <p>The budgets live in PostgreSQL ({@code invoice_verification_throttle}, bucket4j, one row per address
 * under a SHA-256 of it), so every instance behind a load balancer spends from the same budget. Time is
 * real elapsed time, not the business clock a test may move.
 */
@Component
class VerificationThrottle {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress;

    VerificationThrottle(DataSource dataSource,
                         @Value("${invoice24.verify-throttle.max-misses:10}") int maxMisses,
                         @Value("${invoice24.verify-throttle.window:1h}") Duration window) {
        this.perAddress = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(maxMisses).refillGreedy(maxMisses, window))
                .build();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("invoice_verification_throttle")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** A try spent by an address, to give back if its code finds an invoice. */
    record Admission(String key) {
    }

    /** Too many codes that found nothing from one address; {@code wait} is until the next try. */
    static final class Throttled extends RuntimeException {

        private final Duration wait;

        Throttled(Duration wait) {
            super("Too many codes tried from your network address");
            this.wait = wait;
        }

        /** "a minute", "12 minutes": how long until the next try, as the page says it. */
        String waitLabel() {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return minutes == 1 ? "a minute" : minutes + " minutes";
        }
    }

    Admission admit(String ipAddress) {
        String key = sha256("verify-ip:" + ipAddress);
        ConsumptionProbe probe = buckets.getProxy(key, () -> perAddress).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new Throttled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return new Admission(key);
    }

    /** The code found its invoice: that try was not a guess. */
    void found(Admission admission) {
        buckets.getProxy(admission.key(), () -> perAddress).addTokens(1);
    }

    /** Drops rows of budgets that have filled up again; returns how many went. */
    int forgetRested() {
        int forgotten = 0;
        int batch;
        do {
            batch = buckets.removeExpired(1_000);
            forgotten += batch;
        } while (batch == 1_000);
        return forgotten;
    }

    private static String sha256(String counted) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(counted.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job forgetRestedVerificationBudgets(VerificationThrottle throttle) {
            return new Job("forget-rested-verification-budgets", Duration.ofMinutes(15), throttle::forgetRested);
        }
    }
}
