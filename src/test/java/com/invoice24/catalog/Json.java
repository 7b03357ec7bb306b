package com.invoice24.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the parts of a JSON answer that a test looks at, as Jackson gives them untyped. */
final class Json {

    private Json() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(@Nullable Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(@Nullable Object value) {
        return (List<Map<String, Object>>) value;
    }

    static List<Object> fields(Map<String, Object> problem) {
        return objects(problem.get("errors")).stream().map(error -> error.get("field")).toList();
    }
}
