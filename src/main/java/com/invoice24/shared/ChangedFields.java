package com.invoice24.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Says in words which fields of a record changed, as an audit log reads it: "Payment terms: Net 30 →
 * Net 45; PO required: no → yes". Nested records are read field by field unless they say how they read
 * ({@code label()} or {@code oneLine()}); identifiers, versions and bookkeeping timestamps are left out,
 * and anything that looks like a secret or a tax id is named without its values.
 */
public final class ChangedFields {

    private static final Set<String> LEFT_OUT = Set.of("id", "workspaceId", "version", "createdAt", "updatedAt",
            "archivedAt");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|hash|secret|token).*|ein|ssn|taxId");
    private static final int LONGEST_VALUE = 80;

    private ChangedFields() {
    }

    public static String between(Record before, Record after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("Compare two " + before.getClass().getSimpleName() + "s");
        }
        List<String> changes = new ArrayList<>();
        collect("", before, after, changes);
        return String.join("; ", changes);
    }

    /**
     * Whether a field such as {@code archivedAt} came (true) or went (false) between the two states;
     * empty when it stayed or the record has no such field. An archive reads better as such than as a
     * changed date, so {@link #between} leaves {@code archivedAt} out.
     */
    public static Optional<Boolean> cameOrWent(Record before, Record after, String field) {
        return Arrays.stream(before.getClass().getRecordComponents())
                .filter(component -> component.getName().equals(field))
                .findFirst()
                .filter(component -> (value(component, before) == null) != (value(component, after) == null))
                .map(component -> value(component, after) != null);
    }

    private static void collect(String prefix, Record before, Record after, List<String> changes) {
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (LEFT_OUT.contains(component.getName())) {
                continue;
            }
            Object was = value(component, before);
            Object is = value(component, after);
            if (same(was, is)) {
                continue;
            }
            String label = prefix + words(component.getName(), prefix.isEmpty());
            if (SECRET.matcher(component.getName()).matches()) {
                changes.add(label + ": changed");
            } else if (was instanceof Record wasRecord && is instanceof Record isRecord && readable(was) == null) {
                collect(label + " ", wasRecord, isRecord, changes);
            } else {
                changes.add(label + ": " + shown(was, is) + " → " + shown(is, was));
            }
        }
    }

    private static boolean same(@Nullable Object was, @Nullable Object is) {
        if (was instanceof BigDecimal wasNumber && is instanceof BigDecimal isNumber) {
            return wasNumber.compareTo(isNumber) == 0;
        }
        return Objects.equals(was, is);
    }

    private static String shown(@Nullable Object value, @Nullable Object other) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return "none";
        }
        if (value instanceof Collection<?> list) {
            return shownList(list, other);
        }
        String text = text(value);
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE - 1) + "…" : text;
    }

    private static String text(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return Objects.requireNonNullElse(readable(constant), words(constant.name().toLowerCase(Locale.ROOT), false));
        }
        return Objects.requireNonNullElse(readable(value), value.toString());
    }

    /** Lists of records read as a count; when the count stays, as "changed". */
    private static String shownList(Collection<?> list, @Nullable Object other) {
        if (list.isEmpty()) {
            return "none";
        }
        if (list.iterator().next() instanceof Record) {
            boolean sameSize = other instanceof Collection<?> others && others.size() == list.size();
            return sameSize ? "changed" : list.size() + (list.size() == 1 ? " entry" : " entries");
        }
        return list.stream().map(item -> shown(item, null)).collect(Collectors.joining(", "));
    }

    private static @Nullable String readable(Object value) {
        if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
            return shown(value(record.getClass().getRecordComponents()[0], record), null);
        }
        for (String name : List.of("label", "oneLine")) {
            try {
                Method method = value.getClass().getMethod(name);
                if (method.getReturnType() == String.class) {
                    return (String) method.invoke(value);
                }
            } catch (ReflectiveOperationException ignored) {
                // No such method: the value reads another way.
            }
        }
        return null;
    }

    private static @Nullable Object value(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** "paymentTerms" as "Payment terms"; "apContact" as "AP contact"; "poRequired" as "PO required". */
    private static String words(String name, boolean capitalized) {
        String spaced = name.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String withAcronyms = (" " + spaced + " ").replace(" ap ", " AP ").replace(" po ", " PO ")
                .replace(" url ", " URL ").replace(" ein ", " EIN ").replace(" cc ", " CC ").replace(" w9 ", " W-9 ").replace(" coi ", " COI ")
                .trim();
        return capitalized && !withAcronyms.isEmpty()
                ? Character.toUpperCase(withAcronyms.charAt(0)) + withAcronyms.substring(1) : withAcronyms;
    }
}
