package com.invoice24.invoicing;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the invoice list goes on: the sort key of the last invoice shown (issue date, number, created, id), so the
 * next page starts after it by index (docs/api.md, "Lists and paging"). Opaque to clients: base64url text that
 * only this class writes and reads. A cursor edited by hand is at worst another position in the same workspace.
 */
public record InvoiceCursor(@Nullable LocalDate issueDate, @Nullable String number, Instant createdAt, UUID id) {

    public static final String PARAMETER = "cursor";
    private static final String SEPARATOR = "\n";
    private static final String NO_NUMBER = "-";
    private static final String NUMBER = "=";

    static InvoiceCursor after(Invoice invoice) {
        return new InvoiceCursor(invoice.issueDate(), invoice.number(), invoice.createdAt(), invoice.id().value());
    }

    /** The number goes last, so whatever characters a number pattern allows cannot break the fields apart. */
    public String encoded() {
        String text = String.join(SEPARATOR, issueDate == null ? "" : issueDate.toString(), createdAt.toString(),
                id.toString(), number == null ? NO_NUMBER : NUMBER + number);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a list answered with as {@code next}; anything else is refused naming the parameter. */
    public static InvoiceCursor parse(String encoded) {
        return read(encoded).orElseThrow(() -> new InvalidRequestException("The cursor is not one this list gave "
                + "out; start again from the first page.",
                List.of(new FieldProblem(PARAMETER, "must be the next value of a previous page"))));
    }

    /** The cursor, or none when the text is not one this class wrote (mistyped, cut short, made up). */
    public static Optional<InvoiceCursor> read(String encoded) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
                    .split(SEPARATOR, 4);
            if (fields.length != 4 || !(fields[3].equals(NO_NUMBER) || fields[3].startsWith(NUMBER))) {
                return Optional.empty();
            }
            return Optional.of(new InvoiceCursor(fields[0].isEmpty() ? null : LocalDate.parse(fields[0]),
                    fields[3].equals(NO_NUMBER) ? null : fields[3].substring(NUMBER.length()),
                    Instant.parse(fields[1]), UUID.fromString(fields[2])));
        } catch (IllegalArgumentException | DateTimeException notOurs) {
            return Optional.empty();
        }
    }
}
