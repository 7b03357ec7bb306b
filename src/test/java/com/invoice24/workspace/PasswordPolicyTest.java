package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final Set<String> DANA = PasswordPolicy.ownWords("dana.whitfield@acme.example", "Dana Whitfield",
            "Acme Consulting LLC");

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void anyPasswordOverSeventyTwoUtf8BytesIsRefusedForItsLength() {
        qt().withFixedSeed(20261202L).withExamples(200)
                .forAll(strings().allPossible().ofLengthBetween(19, 120))
                .assuming(password -> password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES)
                .checkAssert(password -> assertThat(policy.problem(password, DANA)).contains(PasswordPolicy.TOO_LONG));
    }

    @Test
    void anyPasswordUnderTenCharactersIsRefusedForItsLength() {
        qt().withFixedSeed(20261202L)
                .forAll(strings().allPossible().ofLengthBetween(0, 9))
                .checkAssert(password -> assertThat(policy.problem(password, DANA)).contains(PasswordPolicy.TOO_SHORT));
    }

    @Test
    void nineteenEmojiAreTooLongForBcryptThoughFarFromSeventyTwoCharacters() {
        String emoji = "😀".repeat(19);

        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(19);
        assertThat(policy.problem(emoji, DANA)).contains(PasswordPolicy.TOO_LONG);
        assertThat(policy.problem("😀".repeat(18), DANA)).isNotEqualTo(java.util.Optional.of(PasswordPolicy.TOO_LONG));
    }

    @Test
    void repeatsAndCommonPasswordsAreRefusedWithTheEstimatorsAdvice() {
        assertThat(policy.problem("aaaaaaaaaa", DANA)).hasValueSatisfying(advice -> assertThat(advice)
                .startsWith("This password is too easy to guess.").contains("Repeats like \"aaa\" are easy to guess."));
        assertThat(policy.problem("password12", DANA)).hasValueSatisfying(advice -> assertThat(advice)
                .contains("This is a top-10 common password."));
    }

    @Test
    void thePersonsOwnWordsAreRefused() {
        assertThat(policy.problem("dana.whitfield@acme.example", DANA)).contains(PasswordPolicy.OWN_WORDS);
        assertThat(policy.problem("DanaWhitfield1", DANA)).contains(PasswordPolicy.OWN_WORDS);
        assertThat(policy.problem("acme consulting llc", DANA)).contains(PasswordPolicy.OWN_WORDS);
    }

    @Test
    void aPassphraseOfUncommonWordsIsAccepted() {
        assertThat(policy.problem("otter lantern tidepool kettle", DANA)).isEmpty();
        assertThat(policy.problem("Über straße kräht laut", DANA)).isEmpty();
    }

    @Test
    void aRefusalNamesThePasswordField() {
        assertThatThrownBy(() -> policy.check("password12", DANA))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("password"));
    }

    @Test
    void ownWordsAreTheEmailItsLocalPartTheNameAndTheBusinessNameButNotTheDomain() {
        assertThat(DANA).contains("dana.whitfield@acme.example", "dana.whitfield", "danawhitfield", "dana",
                "whitfield", "acme", "consulting", "llc", "acmeconsultingllc").doesNotContain("example");
    }
}
