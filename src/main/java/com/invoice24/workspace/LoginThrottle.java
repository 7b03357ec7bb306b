package com.invoice24.workspace;

import com.invoice24.shared.BucketTable;
import com.invoice24.shared.Job;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing without handing an attacker a way to lock the real owner out.
 *
 * <p>The counts live in PostgreSQL ({@code sign_in_throttle}, one bucket4j token bucket per row, each
 * try taking the row lock), so every instance behind a load balancer spends from the same budgets: N
 * instances allow no more guesses than one. Time is real elapsed time (bucket4j's system clock), not
 * the business clock a test may move.
 *
 * <p>A try is judged by one of two sets of budgets, each refilled evenly over the window:
 * <ul>
 * <li>From a device that has not signed in to the account before: the IP address's budget
 *     ({@code max-failures}, across every account) and then the account's budget for such devices
 *     ({@code max-account-failures}).</li>
 * <li>From a known device (a cookie signed by the server, issued to this browser or client when it
 *     signed in to this very account, see {@link KnownDevices}): only that device's own budget
 *     ({@code max-failures}). Neither the account's nor the IP address's lock refuses it, and its
 *     failures count against nothing else. This is OWASP's device-cookie defence: lock-outs fall on
 *     unknown devices, where the guessing happens.</li>
 * </ul>
 *
 * <p>What this guarantees, with {@code max-account-failures > max-failures} (checked at start-up):
 * <ol>
 * <li>One IP address gets at most {@code max-failures} wrong passwords per window, over all accounts
 *     together. Once its budget is spent its tries are refused before they reach the account's budget,
 *     so a single address can never use up an account's budget: the owner still signs in from any
 *     other address, even on a new device.</li>
 * <li>An account gets at most {@code max-account-failures} wrong passwords per window from unknown
 *     devices, however many addresses they come from. Past that, unknown devices are refused for that
 *     account, but the owner's known devices still sign in.</li>
 * <li>A stolen device cookie is worth only its device's budget per window, for its one account.</li>
 * <li>Only wrong passwords count. A try is spent before the password is checked, so concurrent tries
 *     cannot slip past the limit, and a right password gives it back.</li>
 * </ol>
 * What it cannot do: an attacker with many addresses can keep new devices out of an account, and an
 * attacker sharing the owner's address (one office behind one NAT) can keep that address's new devices
 * out; known devices are the way in for both. Behind a proxy, the app must see the client's address
 * ({@code server.forward-headers-strategy}), or every visitor shares the proxy's budget.
 */
@Component
class LoginThrottle {

    private final BucketTable buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccount;

    LoginThrottle(DataSource dataSource,
                  @Value("${invoice24.login-throttle.max-failures:10}") int maxFailures,
                  @Value("${invoice24.login-throttle.max-account-failures:30}") int maxAccountFailures,
                  @Value("${invoice24.login-throttle.window:15m}") Duration window) {
        if (maxAccountFailures <= maxFailures) {
            throw new IllegalArgumentException("invoice24.login-throttle.max-account-failures (" + maxAccountFailures
                    + ") must be above max-failures (" + maxFailures + "), or one address could lock an account");
        }
        this.perAddress = budget(maxFailures, window);
        this.perAccount = budget(maxAccountFailures, window);
        this.buckets = new BucketTable(dataSource, "sign_in_throttle");
    }

    /** The tries spent on an admitted attempt, to give back if the password is right. */
    record Admission(List<Budget> spent) {
    }

    /**
     * Spends one try from each budget the attempt is judged by, or refuses it. A refused attempt
     * spends nothing, so the tries an address makes after its own lock cost the account nothing.
     */
    Admission admit(SignInAttempt attempt) {
        List<Budget> spent = new ArrayList<>();
        for (Budget budget : budgets(attempt)) {
            ConsumptionProbe probe = buckets.bucket(budget.key(), budget.configuration())
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                giveBack(spent);
                throw new LoginThrottledException(
                        budget.refusal().formatted(minutes(Duration.ofNanos(probe.getNanosToWaitForRefill()))));
            }
            spent.add(budget);
        }
        return new Admission(List.copyOf(spent));
    }

    /** The password was right: that try was not a guess. */
    void succeeded(Admission admission) {
        giveBack(admission.spent());
    }

    /** Drops rows of buckets that have filled up again; returns how many went. */
    int forgetRested() {
        return buckets.forgetRested();
    }

    private List<Budget> budgets(SignInAttempt attempt) {
        if (attempt.knownDevice() != null) {
            return List.of(Budget.of("device:" + attempt.knownDevice(), perAddress,
                    "Too many failed sign-in attempts on this device. Try again in %s."));
        }
        return List.of(
                Budget.of("ip:" + attempt.ipAddress(), perAddress,
                        "Too many failed sign-in attempts from your network address. Try again in %s."),
                Budget.of("account:" + attempt.account(), perAccount,
                        "Too many failed sign-in attempts for this account from new devices. Sign in on a device "
                                + "you have signed in on before, or try again in %s."));
    }

    private void giveBack(List<Budget> spent) {
        spent.forEach(budget -> buckets.bucket(budget.key(), budget.configuration()).addTokens(1));
    }

    private static BucketConfiguration budget(int tries, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(tries).refillGreedy(tries, window))
                .build();
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job forgetRestedSignInBudgets(LoginThrottle throttle) {
            return new Job("forget-rested-sign-in-budgets", Duration.ofMinutes(15), throttle::forgetRested);
        }
    }

    /**
     * A budget's row id is a hash of what it counts, so the table holds no email or IP address and
     * every id has the same length however long the input.
     */
    record Budget(String key, BucketConfiguration configuration, String refusal) {

        static Budget of(String counted, BucketConfiguration configuration, String refusal) {
            return new Budget(Secrets.hash(counted), configuration, refusal);
        }
    }
}
