package com.invoice24.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines every workload prints for {@code bench/run} to collect (bench/README.md): a {@code RESULT} line per
 * figure, and a {@code LOAD} line with the 1-minute load average as a workload starts, which the figures after it
 * are reported with. Fields are separated by tabs, so none may hold one.
 */
final class Report {

    private Report() {
    }

    static void result(String workload, String figure, String baseline, String target, boolean met) {
        result(workload, figure, baseline, target, met ? "yes" : "no");
    }

    static void result(String workload, String figure, String baseline, String target, String met) {
        System.out.println(String.join("\t", "RESULT", clean(workload), clean(figure), clean(baseline), clean(target),
                clean(met)));
        System.out.flush();
    }

    /** Something measured, which may throw: its failure is reported as a failed figure, and the next one still runs. */
    interface Workload {
        void run() throws Exception;
    }

    static void measured(String workload, Workload measure) {
        try {
            measure.run();
        } catch (Exception e) {
            e.printStackTrace(System.out);
            result(workload, "failed: " + e, "-", "-", "no");
        }
    }

    /** Announces a workload with the machine's 1-minute load average as it starts. */
    static void starting(String workload) {
        System.out.println(String.join("\t", "LOAD", clean(workload), loadAverage()));
        System.out.flush();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static String ms(double millis) {
        return millis >= 100 ? "%.0f ms".formatted(millis) : "%.1f ms".formatted(millis);
    }

    static String seconds(double seconds) {
        return seconds >= 10 ? "%.1f s".formatted(seconds) : "%.2f s".formatted(seconds);
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\n', ' ');
    }
}
