package com.invoice24.catalog;

/** A page of the item library, optionally narrowed to names containing {@code text}. */
record ItemQuery(String text, boolean includeArchived, int page, int size) {
}
