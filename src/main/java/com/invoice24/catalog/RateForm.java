package com.invoice24.catalog;

import com.invoice24.clients.ClientId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The item page's small form that gives one client their own unit price. */
public class RateForm {

    private String clientId = "";
    private String unitPrice = "";

    RateRequest toRequest() {
        return new RateRequest(Decimals.parse(unitPrice));
    }

    /** The client chosen; none when nothing, or something other than a client's id, was sent. */
    @Nullable ClientId client() {
        try {
            return clientId.isBlank() ? null : new ClientId(UUID.fromString(clientId.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(String unitPrice) {
        this.unitPrice = unitPrice;
    }
}
