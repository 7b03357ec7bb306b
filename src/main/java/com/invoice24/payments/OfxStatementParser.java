package com.invoice24.payments;

import com.invoice24.shared.Money;
import com.webcohesion.ofx4j.domain.data.MessageSetType;
import com.webcohesion.ofx4j.domain.data.ResponseEnvelope;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponseTransaction;
import com.webcohesion.ofx4j.domain.data.banking.BankingResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.common.Transaction;
import com.webcohesion.ofx4j.domain.data.common.TransactionList;
import com.webcohesion.ofx4j.io.AggregateUnmarshaller;
import com.webcohesion.ofx4j.io.OFXParseException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An OFX bank statement (SGML 1.x or XML 2.x), read with ofx4j. The file is first scanned for where
 * each transaction starts and for amounts that are not numbers, so a refusal can name the line.
 */
class OfxStatementParser implements StatementParser {

    private static final Pattern AMOUNT = Pattern.compile("<TRNAMT>\\s*([^<\\r\\n]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    @Override
    public List<Credit> parse(String content) {
        List<Integer> starts = scan(content);
        ResponseEnvelope envelope;
        try {
            envelope = new AggregateUnmarshaller<>(ResponseEnvelope.class).unmarshal(new StringReader(content));
        } catch (OFXParseException | RuntimeException unreadable) {
            throw StatementParser.malformed(1, "this is not a readable OFX statement (" + unreadable.getMessage() + ")");
        }
        List<Credit> credits = new ArrayList<>();
        BankingResponseMessageSet banking = (BankingResponseMessageSet) envelope.getMessageSet(MessageSetType.banking);
        if (banking == null) {
            return credits;
        }
        int index = 0;
        for (BankStatementResponseTransaction statement : banking.getStatementResponses()) {
            TransactionList list = statement.getMessage() == null ? null : statement.getMessage().getTransactionList();
            if (list == null || list.getTransactions() == null) {
                continue;
            }
            for (Transaction transaction : list.getTransactions()) {
                int line = index < starts.size() ? starts.get(index) : 1;
                index++;
                Credit credit = credit(transaction, line);
                if (credit != null) {
                    credits.add(credit);
                }
            }
        }
        return credits;
    }

    private static @Nullable Credit credit(Transaction transaction, int line) {
        BigDecimal amount = transaction.getBigDecimalAmount();
        if (amount == null || amount.signum() <= 0) {
            return null;
        }
        Date posted = transaction.getDatePosted();
        if (posted == null) {
            throw StatementParser.malformed(line, "the transaction has no DTPOSTED date");
        }
        LocalDate date = posted.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        String memo = String.join(" ", nonBlank(transaction.getName(), transaction.getMemo())).trim();
        String reference = firstNonBlank(transaction.getId(), transaction.getReferenceNumber(),
                transaction.getCheckNumber());
        return new Credit(line, date, Money.of(amount), memo, reference);
    }

    /** Where each STMTTRN starts, in order; refuses an amount that is not a number, naming its line. */
    private static List<Integer> scan(String content) {
        List<Integer> starts = new ArrayList<>();
        String[] lines = content.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String upper = lines[i].toUpperCase(Locale.ROOT);
            int at = upper.indexOf("<STMTTRN>");
            while (at >= 0) {
                starts.add(i + 1);
                at = upper.indexOf("<STMTTRN>", at + 1);
            }
            Matcher amount = AMOUNT.matcher(lines[i]);
            while (amount.find()) {
                String value = amount.group(1).trim();
                if (!NUMBER.matcher(value).matches()) {
                    throw StatementParser.malformed(i + 1, "the amount \"" + value + "\" is not a number");
                }
            }
        }
        return starts;
    }

    private static List<String> nonBlank(@Nullable String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank() && !kept.contains(value.trim())) {
                kept.add(value.trim());
            }
        }
        return kept;
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        List<String> kept = nonBlank(values);
        return kept.isEmpty() ? null : kept.get(0);
    }
}
