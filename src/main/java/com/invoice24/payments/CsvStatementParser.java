package com.invoice24.payments;

import com.invoice24.shared.Money;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** A bank's CSV export, read through the workspace's mapping of its columns. */
class CsvStatementParser implements StatementParser {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();

    private final BankImportMapping mapping;
    private final DateTimeFormatter dates;

    CsvStatementParser(BankImportMapping mapping) {
        this.mapping = mapping;
        this.dates = DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.US);
    }

    @Override
    public List<Credit> parse(String content) {
        List<Credit> credits = new ArrayList<>();
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(content)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = csv.iterator();
            Map<String, Integer> header = new HashMap<>();
            long line = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    throw StatementParser.malformed(csv.getCurrentLineNumber(), "the CSV is not well formed ("
                            + broken.getMessage() + ")");
                }
                line = csv.getCurrentLineNumber();
                if (header.isEmpty() && mapping.hasHeader()) {
                    for (int i = 0; i < record.size(); i++) {
                        header.put(record.get(i).toLowerCase(Locale.ROOT), i);
                    }
                    checkColumns(header, line);
                    continue;
                }
                Credit credit = credit(record, header, line);
                if (credit != null) {
                    credits.add(credit);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return credits;
    }

    private @Nullable Credit credit(CSVRecord record, Map<String, Integer> header, long line) {
        BigDecimal amount;
        if (mapping.amountColumn() != null) {
            amount = amount(value(record, header, mapping.amountColumn(), line), line);
        } else {
            BigDecimal credit = amount(value(record, header, mapping.creditColumn(), line), line);
            amount(value(record, header, mapping.debitColumn(), line), line);
            amount = credit == null ? null : credit.abs();
        }
        if (amount == null || amount.signum() <= 0) {
            return null;
        }
        String date = value(record, header, mapping.dateColumn(), line);
        String memo = value(record, header, mapping.memoColumn(), line);
        String reference = value(record, header, mapping.referenceColumn(), line);
        return new Credit((int) line, date(date, line), Money.of(amount), memo == null ? "" : memo,
                reference == null || reference.isBlank() ? null : reference);
    }

    private LocalDate date(@Nullable String value, long line) {
        if (value == null || value.isBlank()) {
            throw StatementParser.malformed(line, "the date is missing");
        }
        try {
            return LocalDate.parse(value, dates);
        } catch (DateTimeParseException notADate) {
            throw StatementParser.malformed(line, "the date \"" + value + "\" does not read as "
                    + mapping.dateFormat());
        }
    }

    static @Nullable BigDecimal amount(@Nullable String value, long line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.replace("$", "").replace(",", "").replace(" ", "");
        boolean negative = plain.startsWith("(") && plain.endsWith(")");
        if (negative) {
            plain = plain.substring(1, plain.length() - 1);
        }
        try {
            BigDecimal amount = new BigDecimal(plain);
            return negative ? amount.negate() : amount;
        } catch (NumberFormatException notANumber) {
            throw StatementParser.malformed(line, "the amount \"" + value + "\" is not a number");
        }
    }

    private @Nullable String value(CSVRecord record, Map<String, Integer> header, @Nullable String column, long line) {
        if (column == null || column.isBlank()) {
            return null;
        }
        int index = index(header, column);
        if (index < 0) {
            throw StatementParser.malformed(line, "there is no column \"" + column + "\"");
        }
        return index < record.size() ? record.get(index) : null;
    }

    private void checkColumns(Map<String, Integer> header, long line) {
        for (String column : new String[] {mapping.dateColumn(), mapping.amountColumn(), mapping.creditColumn(),
                mapping.memoColumn()}) {
            if (column != null && !column.isBlank() && index(header, column) < 0) {
                throw StatementParser.malformed(line, "the header has no column \"" + column + "\"");
            }
        }
    }

    private static int index(Map<String, Integer> header, String column) {
        String name = column.trim();
        if (name.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(name) - 1;
        }
        return header.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }
}
