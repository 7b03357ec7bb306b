package com.invoice24.payments;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many rows inserted with one statement, a multi-row {@code VALUES} list, so writing a payment's fifty
 * allocations costs what writing one does. A list too long for the driver's 32,767 parameters is split.
 */
final class RowInserts {

    private static final int MAX_PARAMETERS = 32_000;

    private RowInserts() {
    }

    /** {@code rows} holds one array of values per row, in the order of {@code columns}. */
    static void insert(JdbcClient jdbc, String table, List<String> columns, List<Object[]> rows) {
        int perStatement = MAX_PARAMETERS / columns.size();
        for (int from = 0; from < rows.size(); from += perStatement) {
            jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES :rows")
                    .param("rows", rows.subList(from, Math.min(rows.size(), from + perStatement)))
                    .update();
        }
    }
}
