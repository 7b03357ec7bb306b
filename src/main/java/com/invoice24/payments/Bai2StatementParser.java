package com.invoice24.payments;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A BAI2 file, the US banks' cash-management format. Deposits are 16 (transaction detail) records
 * whose type code is a credit (100–399); amounts are in cents; a record goes on in 88 continuation
 * records; the date is the as-of date of the 02 group header.
 */
class Bai2StatementParser implements StatementParser {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("uuMMdd");

    @Override
    public List<Credit> parse(String content) {
        List<Credit> credits = new ArrayList<>();
        String[] lines = content.split("\\r?\\n|\\r", -1);
        LocalDate asOf = null;
        for (int i = 0; i < lines.length; i++) {
            String record = lines[i].strip();
            int line = i + 1;
            if (record.startsWith("02,")) {
                asOf = asOf(fields(record), line);
            } else if (record.startsWith("16,")) {
                StringBuilder detail = new StringBuilder(record);
                while (i + 1 < lines.length && lines[i + 1].strip().startsWith("88,")) {
                    String more = lines[++i].strip().substring(3);
                    if (detail.charAt(detail.length() - 1) == '/') {
                        detail.setLength(detail.length() - 1);
                        detail.append(',').append(more);
                    } else {
                        detail.append(' ').append(more);
                    }
                }
                if (asOf == null) {
                    throw StatementParser.malformed(line, "a 16 transaction record comes before any 02 group header");
                }
                Credit credit = credit(detail.toString(), asOf, line);
                if (credit != null) {
                    credits.add(credit);
                }
            }
        }
        return credits;
    }

    private static @Nullable Credit credit(String record, LocalDate asOf, int line) {
        Fields fields = new Fields(record.substring(3));
        String typeCode = fields.next();
        int type;
        try {
            type = Integer.parseInt(typeCode);
        } catch (NumberFormatException notANumber) {
            throw StatementParser.malformed(line, "the type code \"" + typeCode + "\" is not a number");
        }
        String cents = fields.next();
        if (!cents.matches("\\d+")) {
            throw StatementParser.malformed(line, "the amount \"" + cents + "\" is not a number of cents");
        }
        skipFundsAvailability(fields, line);
        String bankReference = fields.next();
        String customerReference = fields.next();
        String text = fields.rest();
        if (type < 100 || type > 399) {
            return null;
        }
        BigDecimal amount = new BigDecimal(cents).movePointLeft(2);
        if (amount.signum() <= 0) {
            return null;
        }
        String reference = !customerReference.isBlank() ? customerReference
                : !bankReference.isBlank() ? bankReference : null;
        return new Credit(line, asOf, Money.of(amount), text.endsWith("/") ? text.substring(0, text.length() - 1).trim()
                : text.trim(), reference);
    }

    /** Funds type 0, 1, 2, Z: nothing follows; V: value date and time; S: three amounts; D: n pairs. */
    private static void skipFundsAvailability(Fields fields, int line) {
        String fundsType = fields.next().toUpperCase();
        switch (fundsType) {
            case "V":
                fields.skip(2);
                break;
            case "S":
                fields.skip(3);
                break;
            case "D":
                String count = fields.next();
                if (!count.matches("\\d+")) {
                    throw StatementParser.malformed(line, "the distribution count \"" + count + "\" is not a number");
                }
                fields.skip(2 * Integer.parseInt(count));
                break;
            default:
                break;
        }
    }

    private static LocalDate asOf(String[] fields, int line) {
        String value = fields.length > 4 ? fields[4].trim() : "";
        try {
            return LocalDate.parse(value, AS_OF);
        } catch (DateTimeParseException notADate) {
            throw StatementParser.malformed(line, "the as-of date \"" + value + "\" does not read as YYMMDD");
        }
    }

    private static String[] fields(String record) {
        String plain = record.endsWith("/") ? record.substring(0, record.length() - 1) : record;
        return plain.split(",", -1);
    }

    /** The comma-separated fields of a record, the last (text) field running to its end. */
    private static final class Fields {
        private final String record;
        private int position;

        Fields(String record) {
            this.record = record;
        }

        String next() {
            if (position >= record.length()) {
                return "";
            }
            int comma = record.indexOf(',', position);
            int end = comma < 0 ? record.length() : comma;
            String value = record.substring(position, end).trim();
            position = comma < 0 ? record.length() : comma + 1;
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }

        void skip(int count) {
            for (int i = 0; i < count; i++) {
                next();
            }
        }

        String rest() {
            return position >= record.length() ? "" : record.substring(position);
        }
    }
}
