package com.invoice24.portal;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a client owes by how late it is, in the bands AP teams age their payables by: not yet due, then 1–30,
 * 31–60, 61–90 and over 90 days past due. Each band also carries its part of the bar the statement draws, as a
 * start and a width in hundredths of the bar, cut from running totals so the parts always make the whole bar.
 */
record StatementAging(List<Band> bands, Money total) {

    private static final BigDecimal WHOLE_BAR = BigDecimal.valueOf(100);

    enum Age {
        CURRENT("Current", 0),
        DAYS_1_30("1–30 days", 30),
        DAYS_31_60("31–60 days", 60),
        DAYS_61_90("61–90 days", 90),
        OVER_90("Over 90 days", Long.MAX_VALUE);

        private final String label;
        private final long upToDays;

        Age(String label, long upToDays) {
            this.label = label;
            this.upToDays = upToDays;
        }

        static Age of(long daysOverdue) {
            for (Age age : values()) {
                if (daysOverdue <= age.upToDays) {
                    return age;
                }
            }
            return OVER_90;
        }
    }

    /** An amount owed {@code daysOverdue} days past its due date; zero or less is not yet late. */
    record Owed(long daysOverdue, Money amount) {
    }

    record Band(Age age, Money amount, BigDecimal start, BigDecimal width) {

        public String label() {
            return age.label;
        }

        /** The class that colours the band, the same on the bar and in its legend. */
        public String colour() {
            return "aging-" + age.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isEmpty() {
            return !amount.isPositive();
        }
    }

    static StatementAging of(List<Owed> owed) {
        Map<Age, Money> byAge = new EnumMap<>(Age.class);
        for (Age age : Age.values()) {
            byAge.put(age, Money.zero());
        }
        owed.forEach(one -> byAge.merge(Age.of(one.daysOverdue()), one.amount(), Money::plus));
        Money total = byAge.values().stream().reduce(Money.zero(), Money::plus);
        List<Band> bands = new ArrayList<>();
        Money before = Money.zero();
        for (Age age : Age.values()) {
            Money after = before.plus(byAge.get(age));
            BigDecimal start = share(before, total);
            bands.add(new Band(age, byAge.get(age), start, share(after, total).subtract(start)));
            before = after;
        }
        return new StatementAging(List.copyOf(bands), total);
    }

    /** Whether anything is past due at all. */
    public boolean anyLate() {
        return bands.stream().anyMatch(band -> band.age() != Age.CURRENT && !band.isEmpty());
    }

    /** The bar in words, for those who do not see it: "Current $1,200.00, 1–30 days $0.00, ...". */
    public String description() {
        return String.join(", ", bands.stream().map(band -> band.label() + " $" + band.amount().formatted()).toList());
    }

    private static BigDecimal share(Money part, Money total) {
        if (!total.isPositive()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.amount().multiply(WHOLE_BAR).divide(total.amount(), 2, RoundingMode.HALF_UP);
    }
}
