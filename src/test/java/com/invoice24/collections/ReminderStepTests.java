package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.collections.ReminderStep.Anchor;
import org.junit.jupiter.api.Test;

class ReminderStepTests {

    @Test
    void aStepSaysWhenItGoesOutInWords() {
        assertThat(step(Anchor.SENT, 7).when()).isEqualTo("7 days after sending");
        assertThat(step(Anchor.SENT, 0).when()).isEqualTo("on sending");
        assertThat(step(Anchor.DUE, -3).when()).isEqualTo("3 days before the due date");
        assertThat(step(Anchor.DUE, -1).when()).isEqualTo("1 day before the due date");
        assertThat(step(Anchor.DUE, 0).when()).isEqualTo("on the due date");
        assertThat(step(Anchor.DUE, 21).when()).isEqualTo("21 days after the due date");
    }

    private static ReminderStep step(Anchor anchor, int offsetDays) {
        return new ReminderStep("step", anchor, offsetDays, null, "Subject", "Body");
    }
}
