package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PlaceholdersTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    @Test
    void aCalendarMonthIsNamedByItsMonthAndYear() {
        assertThat(Placeholders.fill("Monthly SEO management – {period}", period("2026-02-01", "2026-02-28"), null))
                .isEqualTo("Monthly SEO management – February 2026");
    }

    @Test
    void wholeMonthsAreNamedAsARangeOfMonths() {
        assertThat(Placeholders.fill("{period}", period("2026-01-01", "2026-03-31"), null))
                .isEqualTo("January – March 2026");
        assertThat(Placeholders.fill("{period}", period("2025-12-01", "2026-01-31"), null))
                .isEqualTo("December 2025 – January 2026");
    }

    @Test
    void partOfAMonthIsNamedByItsDays() {
        assertThat(Placeholders.fill("Support {period}", period("2026-02-03", "2026-02-14"), null))
                .isEqualTo("Support Feb 3, 2026 – Feb 14, 2026");
    }

    @Test
    void monthAndYearComeFromTheStartOfThePeriod() {
        assertThat(Placeholders.fill("Retainer {month} {year}", period("2026-12-15", "2027-01-14"), null))
                .isEqualTo("Retainer December 2026");
    }

    @Test
    void theProjectComesFromTheProjectCode() {
        assertThat(Placeholders.fill("Discovery workshop – {project}", new ServicePeriod(null, null), "PRJ-7"))
                .isEqualTo("Discovery workshop – PRJ-7");
    }

    @Test
    void whatTheInvoiceDoesNotSayYetStaysForThePreSendCheck() {
        String filled = Placeholders.fill("SEO – {period} – {project}", new ServicePeriod(null, null), null);

        assertThat(filled).isEqualTo("SEO – {period} – {project}");
        assertThat(Placeholders.firstLeftIn(filled)).contains("{period}");
    }

    @Test
    void aFullPeriodAndAProjectLeaveNoPlaceholderBehind() {
        qt().withFixedSeed(20260201L).forAll(days(), integers().between(0, 400), words())
                .checkAssert((start, length, words) -> {
                    String filled = Placeholders.fill(words + " {period} {month} {year} {project} " + words,
                            new ServicePeriod(start, start.plusDays(length)), "PRJ-1");
                    assertThat(Placeholders.firstLeftIn(filled)).isEmpty();
                    assertThat(filled).startsWith(words).endsWith(words);
                });
    }

    @Test
    void fillingTwiceChangesNothingMore() {
        qt().withFixedSeed(20260202L).forAll(days(), integers().between(0, 400), words())
                .checkAssert((start, length, words) -> {
                    ServicePeriod period = new ServicePeriod(start, start.plusDays(length));
                    String once = Placeholders.fill(words + " – {period}", period, null);
                    assertThat(Placeholders.fill(once, period, null)).isEqualTo(once);
                });
    }

    @Test
    void textWithoutPlaceholdersIsLeftAsTyped() {
        qt().withFixedSeed(20260203L).forAll(days(), words())
                .checkAssert((start, words) -> assertThat(Placeholders.fill(words,
                        new ServicePeriod(start, start.plusDays(30)), "PRJ-1")).isEqualTo(words));
    }

    private static Gen<LocalDate> days() {
        return integers().between(0, 3650).map(FIRST_DAY::plusDays);
    }

    /** Free text as people type it, without the braces that mark a placeholder. */
    private static Gen<String> words() {
        return strings().basicLatinAlphabet().ofLengthBetween(0, 40)
                .map(text -> text.replace('{', '(').replace('}', ')'));
    }

    private static ServicePeriod period(String start, String end) {
        return new ServicePeriod(LocalDate.parse(start), LocalDate.parse(end));
    }
}
