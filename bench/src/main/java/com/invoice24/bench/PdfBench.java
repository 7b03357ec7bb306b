package com.invoice24.bench;

import com.invoice24.invoicing.SampleInvoiceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF workload for {@code bench/run}: the median of {@link PdfBenchmarks} per line count against headless
 * Chromium printing the same HTML to PDF, the way a team without a Java renderer would draw it. Arguments are JMH's
 * own ({@code -f 1 -wi 1 -i 2 ...}) to shorten a run. Prints one {@code RESULT} line per line count.
 */
public final class PdfBench {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final int CHROMIUM_RUNS = 5;
    private static final int BASELINE_FACTOR = 20;
    private static final Map<Integer, Double> TARGET_MS = Map.of(10, 20.0, 200, 80.0);

    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(PdfBenchmarks.class.getName() + "\\.")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Path work = Files.createTempDirectory("pdf-bench");
        try (ConfigurableApplicationContext context = DocumentRendering.start()) {
            TemplateEngine templates = context.getBean(TemplateEngine.class);
            for (RunResult result : results) {
                int lines = Integer.parseInt(result.getParams().getParam("lines"));
                double ours = result.getPrimaryResult().getStatistics().getPercentile(50);
                double chromium = chromiumMedianMillis(work, lines, html(templates, lines));
                report(lines, ours, chromium);
            }
        }
    }

    /** The HTML the renderer lays out: the template with the same variables {@code PdfRenderer} gives it. */
    private static String html(TemplateEngine templates, int lines) {
        Context context = new Context(Locale.US);
        context.setVariables(SampleInvoiceDocument.model(lines));
        context.setVariable("pdf", true);
        return templates.process(SampleInvoiceDocument.TEMPLATE, context);
    }

    private static double chromiumMedianMillis(Path work, int lines, String html) throws IOException,
            InterruptedException {
        Path page = Files.writeString(work.resolve("invoice-" + lines + ".html"), html);
        Path pdf = work.resolve("invoice-" + lines + ".pdf");
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        printWithChromium(page, pdf, profile);  // the first start sets up the profile: not counted
        List<Double> runs = new ArrayList<>();
        for (int run = 0; run < CHROMIUM_RUNS; run++) {
            long start = System.nanoTime();
            printWithChromium(page, pdf, profile);
            runs.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(runs);
        return runs.get(runs.size() / 2);
    }

    private static void printWithChromium(Path page, Path pdf, Path profile) throws IOException,
            InterruptedException {
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=" + profile,
                "--print-to-pdf=" + pdf, page.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!chromium.waitFor(2, TimeUnit.MINUTES) || chromium.exitValue() != 0 || Files.size(pdf) == 0) {
            chromium.destroyForcibly();
            throw new IllegalStateException("Chromium did not print " + page + " to PDF");
        }
    }

    private static void report(int lines, double ours, double chromium) {
        double target = TARGET_MS.getOrDefault(lines, Double.NaN);
        double factor = chromium / ours;
        boolean met = ours <= target && factor >= BASELINE_FACTOR;
        System.out.println(String.join("\t", "RESULT",
                "Invoice PDF, " + lines + " lines (median)",
                String.format(Locale.US, "%.1f ms", ours),
                String.format(Locale.US, "Chromium --print-to-pdf %.0f ms (%.0f× ours)", chromium, factor),
                String.format(Locale.US, "≤ %.0f ms, baseline ≥ %d× slower", target, BASELINE_FACTOR),
                met ? "yes" : "no"));
    }
}
