package com.invoice24.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many rows written with one statement, a multi-row {@code VALUES} list, so writing a payment's fifty
 * allocations costs what writing one does. A list too long for the driver's 32,767 parameters is split.
 */
public final class RowInserts {

    private static final int MAX_PARAMETERS = 32_000;

    private RowInserts() {
    }

    /** {@code rows} holds one array of values per row, in the order of {@code columns}. */
    public static void insert(JdbcClient jdbc, String table, List<String> columns, List<Object[]> rows) {
        for (List<Object[]> chunk : chunks(rows, columns.size())) {
            jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES :rows")
                    .param("rows", chunk)
                    .update();
        }
    }

    /**
     * The rows in lists short enough for one statement each, for a statement of another kind that takes them
     * as a {@code VALUES} list ({@code UPDATE ... FROM (VALUES :rows)}).
     */
    public static List<List<Object[]>> chunks(List<Object[]> rows, int columns) {
        int perStatement = MAX_PARAMETERS / columns;
        List<List<Object[]>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perStatement) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + perStatement)));
        }
        return chunks;
    }
}
