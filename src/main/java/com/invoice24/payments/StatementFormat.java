package com.invoice24.payments;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The bank-statement formats an import reads: a bank's CSV export, OFX (Quicken/QuickBooks), and BAI2. */
enum StatementFormat {
    CSV, OFX, BAI2;

    /** The format of a file whose format was not given: OFX by its header, BAI2 by its 01 file header. */
    static StatementFormat detect(String content) {
        String start = content.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 2000)).toUpperCase(Locale.ROOT);
        if (head.startsWith("OFXHEADER") || head.contains("<OFX>") || head.startsWith("<?OFX")
                || head.startsWith("<?XML") && head.contains("OFX")) {
            return OFX;
        }
        if (start.startsWith("01,")) {
            return BAI2;
        }
        return CSV;
    }

    StatementParser parser(@Nullable BankImportMapping mapping) {
        switch (this) {
            case OFX:
                return new OfxStatementParser();
            case BAI2:
                return new Bai2StatementParser();
            default:
                return new CsvStatementParser(mapping == null ? BankImportMapping.standard() : mapping);
        }
    }
}
