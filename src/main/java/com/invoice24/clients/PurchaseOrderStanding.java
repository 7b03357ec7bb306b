package com.invoice24.clients;

import com.invoice24.shared.Money;

/** A purchase order with what has been invoiced against it and what remains. */
public record PurchaseOrderStanding(PurchaseOrder order, Money invoiced, boolean isDefault) {

    public Money remaining() {
        return order.amount().minus(invoiced);
    }
}
