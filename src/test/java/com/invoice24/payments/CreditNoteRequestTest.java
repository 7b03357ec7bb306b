package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreditNoteRequestTest {

    private static final UUID INVOICE = UUID.randomUUID();

    @Test
    void anItemizedNoteWithoutAnAmountIsForWhatItsLinesAddUpTo() {
        CreditNoteRequest request = new CreditNoteRequest(INVOICE, null, "Hours billed twice", List.of(
                new CreditNoteRequest.Line("  Two hours on 3 March ", Money.usd("250.00")),
                new CreditNoteRequest.Line("One hour on 4 March", Money.usd("125.00"))));

        assertThat(request.creditLines()).containsExactly(
                new CreditNoteLine("Two hours on 3 March", Money.usd("250.00")),
                new CreditNoteLine("One hour on 4 March", Money.usd("125.00")));
        assertThat(request.creditAmount()).isEqualTo(Money.usd("375.00"));
    }

    @Test
    void theAmountAskedForIsTheNotesAmountWhateverTheLines() {
        CreditNoteRequest request = new CreditNoteRequest(INVOICE, Money.usd("300.00"), "Goodwill", List.of(
                new CreditNoteRequest.Line("Goodwill", Money.usd("250.00"))));

        assertThat(request.creditAmount()).isEqualTo(Money.usd("300.00"));
    }

    @Test
    void aLineWithoutAnAmountCountsForNothingUntilTheNoteRefusesIt() {
        CreditNoteRequest request = new CreditNoteRequest(INVOICE, null, "Goodwill", List.of(
                new CreditNoteRequest.Line(null, null)));

        assertThat(request.creditLines()).containsExactly(new CreditNoteLine("", Money.zero()));
    }

    @Test
    void neitherAnAmountNorLinesIsRefusedNamingTheAmount() {
        CreditNoteRequest request = new CreditNoteRequest(INVOICE, null, "Goodwill", null);

        assertThat(request.creditLines()).isEmpty();
        assertThatThrownBy(request::creditAmount).isInstanceOfSatisfying(InvalidRequestException.class,
                refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("amount"));
    }
}
