package com.invoice24.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A line a template puts on every invoice made from it. */
public record TemplateLine(@Nullable ItemId itemId, String description, BigDecimal quantity, Unit unit,
                           BigDecimal unitPrice, boolean taxable) {

    public TemplateLine {
        quantity = Decimals.normalized(quantity);
        unitPrice = Decimals.normalized(unitPrice);
    }

    static TemplateLine of(TemplateRequest.Line line) {
        return new TemplateLine(line.itemId() == null ? null : new ItemId(line.itemId()), line.description().strip(),
                line.quantity(), line.unit(), line.unitPrice(), Boolean.TRUE.equals(line.taxable()));
    }
}
