package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A verification code reads back whatever way a person copies it, and nothing else reads as one. */
class VerificationCodeTest {

    private static final long SEED = 20_261_202L;

    @Test
    void anyCodeAsPrintedReadsBackAsItself() {
        qt().withFixedSeed(SEED).forAll(codes()).checkAssert(code -> {
            assertThat(code.formatted()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");
            assertThat(VerificationCode.read(code.formatted())).contains(code);
        });
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesAndLookalikeLettersStillReadsAsItself() {
        qt().withFixedSeed(SEED).forAll(codes(), integers().between(0, 3)).checkAssert((code, style) -> {
            String typed = switch (style) {
                case 0 -> code.value().toLowerCase();
                case 1 -> String.join(" ", code.value().split("(?<=\\G.{3})"));
                case 2 -> " " + code.formatted().toLowerCase().replace('0', 'o').replace('1', 'l') + " ";
                default -> code.formatted().replace('0', 'O').replace('1', 'I').replace("-", " - ");
            };
            assertThat(VerificationCode.read(typed)).as(typed).contains(code);
        });
    }

    @Test
    void aNewCodeIsTenSymbolsOfCrockfordsAlphabet() {
        for (int i = 0; i < 100; i++) {
            assertThat(VerificationCode.random().value()).matches("[0-9A-HJKMNP-TV-Z]{10}");
        }
    }

    @Test
    void whatCannotBeACodeReadsAsNone() {
        List<String> notCodes = List.of("", "   ", "7KQ4-M2XD-9", "7KQ4-M2XD-9PP", "7KQ4-M2XD-9U", "7KQ4_M2XD_9P",
                "'; DROP TABLE invoices; --", "7KQ4-M2XD-9P".repeat(2), "<script>alert(1)</script>",
                "7KQ4-M2XD-9\u00DF", "x".repeat(100_000), "7KQ4" + " ".repeat(40) + "M2XD9P");
        for (String typed : notCodes) {
            assertThat(VerificationCode.read(typed)).as(typed.length() > 50 ? typed.length() + " characters" : typed)
                    .isEqualTo(Optional.empty());
        }
    }

    private static Gen<VerificationCode> codes() {
        return lists().of(Generate.pick(VerificationCode.ALPHABET.chars().mapToObj(c -> (char) c).toList()))
                .ofSize(VerificationCode.LENGTH)
                .map(symbols -> new VerificationCode(symbols.stream().map(String::valueOf)
                        .collect(Collectors.joining())));
    }
}
