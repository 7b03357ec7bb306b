package com.invoice24.payments;

import com.invoice24.shared.Money;

/** One part of what a credit note gives back, such as "Two workshop hours not delivered". */
record CreditNoteLine(String description, Money amount) {
}
