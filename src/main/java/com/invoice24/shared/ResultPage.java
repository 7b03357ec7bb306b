package com.invoice24.shared;

import java.util.List;

/** A page of a list, as every list call answers (docs/api.md): {@code {items, page, size, total}}. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    /** A list short enough to answer in one page. */
    public static <T> ResultPage<T> all(List<T> items) {
        return new ResultPage<>(items, 0, items.size(), items.size());
    }
}
