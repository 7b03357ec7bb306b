package com.invoice24.invoicing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The editor's line rows as the person left them, with what they typed that did not convert ("abc"
 * for a quantity) kept next to its row: adding, removing or moving a row, or saving with empty rows
 * dropped, carries each row's typed text and errors to the row's new place.
 */
final class EditorRows {

    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]\\.(.+)$");
    private static final int NEW_ROW = -1;

    private final InvoiceRequest form;
    private final BindingResult typed;
    /** How the page shows values (dates ISO, decimals plain), for the errors made here. */
    private final ConversionService conversions;
    /** For each row, the index it had in the form as posted; {@link #NEW_ROW} for a row added or refilled. */
    private final List<Integer> origins;
    private final List<InvoiceRequest.Line> rows;

    private EditorRows(InvoiceRequest form, BindingResult typed, ConversionService conversions,
                       List<InvoiceRequest.Line> rows, List<Integer> origins) {
        this.form = form;
        this.typed = typed;
        this.conversions = conversions;
        this.rows = rows;
        this.origins = origins;
    }

    static EditorRows of(InvoiceRequest form, BindingResult typed, ConversionService conversions) {
        List<InvoiceRequest.Line> rows = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        List<InvoiceRequest.@Nullable Line> posted = form.lines() == null ? List.of() : form.lines();
        for (int index = 0; index < posted.size(); index++) {
            rows.add(posted.get(index) != null ? posted.get(index) : blank());
            origins.add(index);
        }
        return new EditorRows(form, typed, conversions, rows, origins);
    }

    static InvoiceRequest.Line blank() {
        return new InvoiceRequest.Line(null, "", null, null, null, false);
    }

    int size() {
        return rows.size();
    }

    InvoiceRequest.Line row(int index) {
        return rows.get(index);
    }

    EditorRows add(InvoiceRequest.Line row) {
        EditorRows changed = copy();
        changed.rows.add(row);
        changed.origins.add(NEW_ROW);
        return changed;
    }

    /** The last row cannot go: an invoice being written always has a row to type in. */
    EditorRows remove(int index) {
        if (!has(index)) {
            return this;
        }
        EditorRows changed = copy();
        changed.rows.remove(index);
        changed.origins.remove(index);
        return changed.size() == 0 ? changed.add(blank()) : changed;
    }

    EditorRows move(int index, int by) {
        int target = index + by;
        if (!has(index) || !has(target)) {
            return this;
        }
        EditorRows changed = copy();
        changed.rows.add(target, changed.rows.remove(index));
        changed.origins.add(target, changed.origins.remove(index));
        return changed;
    }

    /** The row replaced by a new one: what was typed in it and its errors go. */
    EditorRows replace(int index, InvoiceRequest.Line row) {
        if (!has(index)) {
            return this;
        }
        EditorRows changed = copy();
        changed.rows.set(index, row);
        changed.origins.set(index, NEW_ROW);
        return changed;
    }

    EditorRows map(UnaryOperator<InvoiceRequest.Line> change) {
        EditorRows changed = copy();
        changed.rows.replaceAll(change);
        return changed;
    }

    /** Without the rows left empty (none of what a line says typed in them), which are not lines. */
    EditorRows withoutBlankRows() {
        EditorRows kept = new EditorRows(form, typed, conversions, new ArrayList<>(), new ArrayList<>());
        for (int index = 0; index < rows.size(); index++) {
            if (!isBlank(index)) {
                kept.rows.add(rows.get(index));
                kept.origins.add(origins.get(index));
            }
        }
        return kept;
    }

    /** The rows with at least one blank row to type in. */
    EditorRows withARow() {
        return rows.isEmpty() ? add(blank()) : this;
    }

    /**
     * The form with these rows, and with a service period to show even when its dates did not convert
     * (the period is then null, and its fields would have nothing to read the typed text from).
     */
    InvoiceRequest form() {
        InvoiceRequest withRows = form.withLines(List.copyOf(rows));
        return withRows.servicePeriod() != null ? withRows
                : withRows.withDates(withRows.issueDate(), withRows.dueDate(), new InvoiceRequest.Period(null, null));
    }

    /** The errors of the form as posted, each line's moved to where its row is now. */
    BindingResult errors() {
        BindingResult moved = bindingResult(form());
        for (ObjectError error : typed.getAllErrors()) {
            if (!(error instanceof FieldError field)) {
                moved.addError(error);
                continue;
            }
            Matcher line = LINE_FIELD.matcher(field.getField());
            if (!line.matches()) {
                moved.addError(field);
                continue;
            }
            int now = origins.indexOf(Integer.parseInt(line.group(1)));
            if (now >= 0) {
                moved.addError(new FieldError(field.getObjectName(), "lines[" + now + "]." + line.group(2),
                        field.getRejectedValue(), field.isBindingFailure(), field.getCodes(), field.getArguments(),
                        field.getDefaultMessage()));
            }
        }
        return moved;
    }

    /** The errors as they are, for this form, which has a blank row more. */
    BindingResult sameErrors(BindingResult errors) {
        BindingResult same = bindingResult(form());
        errors.getAllErrors().forEach(same::addError);
        return same;
    }

    private BindingResult bindingResult(InvoiceRequest shown) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(shown, typed.getObjectName());
        result.initConversion(conversions);
        return result;
    }

    private boolean isBlank(int index) {
        InvoiceRequest.Line row = rows.get(index);
        return row.itemId() == null && empty(row.description()) && empty(row.unit())
                && empty(typedText(index, "quantity", row.quantity()))
                && empty(typedText(index, "unitPrice", row.unitPrice()));
    }

    /** What the person typed in the field, also when it did not convert. */
    private @Nullable Object typedText(int index, String field, @Nullable Object value) {
        int origin = origins.get(index);
        if (origin == NEW_ROW) {
            return value;
        }
        FieldError error = typed.getFieldError("lines[" + origin + "]." + field);
        return error != null ? error.getRejectedValue() : value;
    }

    private static boolean empty(@Nullable Object value) {
        return value == null || Objects.toString(value).isBlank();
    }

    boolean has(int index) {
        return index >= 0 && index < rows.size();
    }

    private EditorRows copy() {
        return new EditorRows(form, typed, conversions, new ArrayList<>(rows), new ArrayList<>(origins));
    }
}
