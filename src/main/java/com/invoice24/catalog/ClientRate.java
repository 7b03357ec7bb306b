package com.invoice24.catalog;

import com.invoice24.clients.ClientId;
import java.math.BigDecimal;

/** The unit price one client pays for an item instead of the item's own. */
public record ClientRate(ClientId clientId, BigDecimal unitPrice) {

    public ClientRate {
        unitPrice = Decimals.normalized(unitPrice);
    }
}
