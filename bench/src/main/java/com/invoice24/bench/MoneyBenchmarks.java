package com.invoice24.bench;

import com.invoice24.shared.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The money rule every total goes through, for a figure beside the heavier workloads. */
@State(Scope.Benchmark)
public class MoneyBenchmarks {

    private final Money amount = Money.usd("1234.56");

    @Benchmark
    public Money fiftyLineTotal() {
        Money total = Money.zero();
        for (int line = 0; line < 50; line++) {
            total = total.plus(amount);
        }
        return total;
    }
}
