package com.invoice24.shared;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What page forms and query strings bind: text without control characters (a NUL pasted from another
 * program cannot be stored by PostgreSQL, and no invoice wants a bell or an escape), and lists of rows
 * up to {@link #MAX_ROWS}, which {@link RowLimitFilter} enforces before binding.
 */
@ControllerAdvice(annotations = Controller.class)
class PageInputs {

    static final int MAX_ROWS = 1000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    @InitBinder
    void bindText(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
        binder.registerCustomEditor(String.class, new WithoutControlCharacters());
    }

    static String withoutControlCharacters(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    private static final class WithoutControlCharacters extends PropertyEditorSupport {

        @Override
        public void setAsText(@Nullable String text) {
            setValue(text == null ? null : withoutControlCharacters(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
