package com.invoice24.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The item page's form, validated as the {@link ItemRequest} it becomes. The price stays the text
 * that was typed, so a form sent back with errors shows it as it was.
 */
public class ItemForm {

    private String name = "";
    private String description = "";
    private @Nullable Unit unit = Unit.HOUR;
    private String unitPrice = "";
    private boolean taxable;
    private String category = "";

    static ItemForm of(Item item) {
        ItemForm form = new ItemForm();
        form.name = item.name();
        form.description = item.description();
        form.unit = item.unit();
        form.unitPrice = Decimals.text(item.unitPrice());
        form.taxable = item.taxable();
        form.category = item.category() == null ? "" : item.category();
        return form;
    }

    ItemRequest toRequest() {
        return new ItemRequest(name, description, unit, Decimals.parse(unitPrice), taxable, category);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable Unit getUnit() {
        return unit;
    }

    public void setUnit(@Nullable Unit unit) {
        this.unit = unit;
    }

    public String getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(String unitPrice) {
        this.unitPrice = unitPrice;
    }

    public boolean isTaxable() {
        return taxable;
    }

    public void setTaxable(boolean taxable) {
        this.taxable = taxable;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
