package com.invoice24.reporting;

import com.invoice24.shared.Money;
import java.time.LocalDate;

/** One line of the journal: an amount on the debit or the credit side of one account. */
record JournalEntry(LocalDate date, String account, Money debit, Money credit, String memo, String reference) {
}
