package com.invoice24.collections;

import com.invoice24.collections.ReminderStep.Anchor;
import com.invoice24.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;

/**
 * A reminder sequence as the page edits it. Every value stays the text that was typed, so that a refused
 * save, or a row added, removed or moved before saving, shows each field back exactly as it was.
 */
public class ReminderStepsForm {

    /** How a client's reminders are chosen on its page; the workspace page leaves it unset. */
    public enum Mode { WORKSPACE, OWN, OFF }

    private static final Pattern ACTION = Pattern.compile("(remove|up|down|preview)-(\\d{1,3})");

    private List<Row> steps = new ArrayList<>();
    private @Nullable Mode mode;

    public static ReminderStepsForm of(List<ReminderStep> steps) {
        ReminderStepsForm form = new ReminderStepsForm();
        steps.forEach(step -> form.steps.add(Row.of(step)));
        return form;
    }

    /**
     * Binds the rows a sequence can have and nothing else: a posted {@code steps[5000].key} is dropped
     * instead of growing the list (or failing the request).
     */
    static void bindOnlyItsFields(WebDataBinder binder) {
        List<String> allowed = new ArrayList<>(List.of("mode"));
        for (int row = 0; row < ReminderSequences.MAX_STEPS; row++) {
            allowed.add("steps[" + row + "].*");
        }
        binder.setAllowedFields(allowed.toArray(String[]::new));
    }

    public List<Row> getSteps() {
        return steps;
    }

    public void setSteps(List<Row> steps) {
        this.steps = steps;
    }

    public @Nullable Mode getMode() {
        return mode;
    }

    public void setMode(@Nullable Mode mode) {
        this.mode = mode;
    }

    /**
     * Applies one button of the editor ({@code add}, {@code remove-2}, {@code up-2}, {@code down-2}) and answers
     * the row to preview for {@code preview-2}. Anything else, or a row that does not exist, changes nothing.
     */
    Optional<Integer> edit(@Nullable String action) {
        if ("add".equals(action)) {
            if (steps.size() < ReminderSequences.MAX_STEPS) {
                steps.add(nextStep());
            }
            return Optional.empty();
        }
        Matcher button = ACTION.matcher(String.valueOf(action));
        if (!button.matches() || Integer.parseInt(button.group(2)) >= steps.size()) {
            return Optional.empty();
        }
        int row = Integer.parseInt(button.group(2));
        switch (button.group(1)) {
            case "remove" -> steps.remove(row);
            case "up" -> swap(row, row - 1);
            case "down" -> swap(row, row + 1);
            default -> {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private void swap(int row, int other) {
        if (other >= 0 && other < steps.size()) {
            steps.set(row, steps.set(other, steps.get(row)));
        }
    }

    /** A firm past-due step a week after the latest one, with a key no other row uses. */
    private Row nextStep() {
        int latest = steps.stream().filter(row -> "DUE".equals(row.anchor)).mapToInt(row -> row.days(0)).max()
                .orElse(0);
        int offset = Math.min(120, Math.max(latest, 0) + 7);
        String key = "due+" + offset;
        for (int suffix = 2; keyTaken(key); suffix++) {
            key = "due+" + offset + "-" + suffix;
        }
        return Row.of(new ReminderStep(key, Anchor.DUE, offset, null,
                "Invoice {invoiceNumber} is {daysOverdue} days past due",
                "Hello {contact},\n\nInvoice {invoiceNumber} for {balanceDue} was due on {dueDate} and is now "
                        + "{daysOverdue} days past due.\n\nCould you confirm the date payment is scheduled for?\n\n"
                        + "{paymentInstructions}\n\nThank you,\n{signature}"));
    }

    private boolean keyTaken(String key) {
        return steps.stream().anyMatch(row -> key.equals(row.key == null ? null : row.key.trim()));
    }

    /** The rows as policy requests; numbers that do not read as whole days are named in {@code problems}. */
    List<ReminderSequences.StepRequest> requests(List<FieldProblem> problems) {
        List<ReminderSequences.StepRequest> requests = new ArrayList<>();
        for (int index = 0; index < steps.size(); index++) {
            Row row = steps.get(index);
            Integer minTerms = null;
            if (row.minTermsDays != null && !row.minTermsDays.isBlank()) {
                minTerms = number(row.minTermsDays);
                if (minTerms == null) {
                    problems.add(new FieldProblem("steps[" + index + "].minTermsDays",
                            "Use 0 to 365 days, or leave it empty"));
                }
            }
            requests.add(new ReminderSequences.StepRequest(row.key, row.anchor(), number(row.offsetDays), minTerms,
                    row.subject, row.body, row.enabled));
        }
        return requests;
    }

    private static @Nullable Integer number(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException notADay) {
            return null;
        }
    }

    /** One step of the editor, each value as typed. */
    public static class Row {

        private @Nullable String key;
        private boolean enabled = true;
        private @Nullable String anchor;
        private @Nullable String offsetDays;
        private @Nullable String minTermsDays;
        private @Nullable String subject;
        private @Nullable String body;

        static Row of(ReminderStep step) {
            Row row = new Row();
            row.key = step.key();
            row.enabled = step.enabled();
            row.anchor = step.anchor().name();
            row.offsetDays = String.valueOf(step.offsetDays());
            row.minTermsDays = step.minTermsDays() == null ? "" : String.valueOf(step.minTermsDays());
            row.subject = step.subject();
            row.body = step.body();
            return row;
        }

        /** The step as far as it reads, for a preview before it is valid. */
        ReminderStep asTyped() {
            Anchor typed = anchor();
            return new ReminderStep(String.valueOf(key), typed == null ? Anchor.DUE : typed, days(0), null,
                    subject == null ? "" : subject, body == null ? "" : body, enabled);
        }

        /** When the step goes out as typed so far, for its heading. */
        public String when() {
            return asTyped().when();
        }

        private @Nullable Anchor anchor() {
            for (Anchor candidate : Anchor.values()) {
                if (candidate.name().equals(anchor == null ? null : anchor.trim().toUpperCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            return null;
        }

        private int days(int otherwise) {
            Integer days = number(offsetDays);
            return days == null ? otherwise : days;
        }

        public @Nullable String getKey() {
            return key;
        }

        public void setKey(@Nullable String key) {
            this.key = key;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable String getAnchor() {
            return anchor;
        }

        public void setAnchor(@Nullable String anchor) {
            this.anchor = anchor;
        }

        public @Nullable String getOffsetDays() {
            return offsetDays;
        }

        public void setOffsetDays(@Nullable String offsetDays) {
            this.offsetDays = offsetDays;
        }

        public @Nullable String getMinTermsDays() {
            return minTermsDays;
        }

        public void setMinTermsDays(@Nullable String minTermsDays) {
            this.minTermsDays = minTermsDays;
        }

        public @Nullable String getSubject() {
            return subject;
        }

        public void setSubject(@Nullable String subject) {
            this.subject = subject;
        }

        public @Nullable String getBody() {
            return body;
        }

        public void setBody(@Nullable String body) {
            this.body = body;
        }
    }
}
