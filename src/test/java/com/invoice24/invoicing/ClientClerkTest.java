package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.invoice24.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The name a clerk types in the portal: something to call them by, kept short, without the spaces around it. */
class ClientClerkTest {

    @Test
    void aNameOfUpToAHundredCharactersIsTakenWithoutTheSpacesAroundIt() {
        qt().withFixedSeed(20261202L)
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(1, ClientClerk.MAX_LENGTH),
                        integers().between(0, 3))
                .assuming((name, padding) -> !name.isBlank())
                .checkAssert((name, padding) -> {
                    String typed = " ".repeat(padding) + name + " ".repeat(padding);
                    assertThat(ClientClerk.problems(typed)).isEmpty();
                    assertThat(new ClientClerk(typed).name()).isEqualTo(name.strip());
                });
    }

    @Test
    void aLongerNameIsRefusedAndSaysHowLongOneMayBe() {
        qt().withFixedSeed(20261202L)
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(ClientClerk.MAX_LENGTH + 1, 5000))
                .assuming(name -> name.strip().length() > ClientClerk.MAX_LENGTH)
                .checkAssert(name -> {
                    assertThat(ClientClerk.problems(name)).extracting(FieldProblem::message)
                            .containsExactly("Keep your name to 100 characters");
                    assertThatThrownBy(() -> new ClientClerk(name)).isInstanceOf(IllegalArgumentException.class);
                });
    }

    @Test
    void noNameIsNoClerk() {
        for (String blank : new String[] {"", "   ", "\t\n"}) {
            assertThat(ClientClerk.problems(blank)).extracting(FieldProblem::field).containsExactly("name");
        }
        assertThat(ClientClerk.problems(null)).extracting(FieldProblem::message).containsExactly("Enter your name");
    }

    @Test
    void theTimelineSaysWhoAnsweredInThePortal() {
        assertThat(new ClientClerk("Pat Lee").inThePortal()).isEqualTo("by Pat Lee in the client portal");
    }
}
