package com.invoice24.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result ({@code -rf json}) into RESULT lines (bench/README.md). A benchmark whose name says
 * {@code chromium} or {@code baseline} is the baseline of the others with the same parameters. The PDF
 * targets apply to a benchmark with a lines parameter of 10 (median ≤ 20 ms) or 200 (≤ 80 ms).
 *
 * <p>Usage: {@code JmhResults <result.json>}
 */
public final class JmhResults {

    private JmhResults() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        Map<String, String> baselines = new TreeMap<>();
        for (JsonNode result : results) {
            if (isBaseline(result)) {
                baselines.put(params(result), name(result) + " " + figure(result));
            }
        }
        for (JsonNode result : results) {
            if (isBaseline(result)) {
                continue;
            }
            String params = params(result);
            double medianMs = medianMs(result);
            Double target = target(result);
            Report.result(name(result) + (params.isEmpty() ? "" : " (" + params + ")"), figure(result),
                    baselines.getOrDefault(params, "-"), target == null ? "n/a" : "median ≤ " + Report.ms(target),
                    target == null || Double.isNaN(medianMs) ? "n/a" : medianMs <= target ? "yes" : "no");
        }
    }

    private static boolean isBaseline(JsonNode result) {
        String name = name(result).toLowerCase();
        return name.contains("chromium") || name.contains("baseline");
    }

    private static String name(JsonNode result) {
        String benchmark = result.get("benchmark").asString();
        return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    }

    private static String params(JsonNode result) {
        JsonNode params = result.get("params");
        if (params == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> fields = params.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            text.append(text.isEmpty() ? "" : ", ").append(field.getKey()).append('=').append(field.getValue().asString());
        }
        return text.toString();
    }

    private static String figure(JsonNode result) {
        JsonNode metric = result.get("primaryMetric");
        double median = medianMs(result);
        return "%.2f ± %.2f %s (%s)%s".formatted(metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                metric.get("scoreUnit").asString(), result.get("mode").asString(),
                Double.isNaN(median) ? "" : ", median " + Report.ms(median));
    }

    /** The median in milliseconds: the 50th percentile where JMH sampled, else the score, for time units. */
    private static double medianMs(JsonNode result) {
        JsonNode metric = result.get("primaryMetric");
        JsonNode percentiles = metric.get("scorePercentiles");
        double value = percentiles != null && percentiles.has("50.0") && "sample".equals(result.get("mode").asString())
                ? percentiles.get("50.0").asDouble() : metric.get("score").asDouble();
        return switch (metric.get("scoreUnit").asString()) {
            case "s/op" -> value * 1000;
            case "ms/op" -> value;
            case "us/op" -> value / 1000;
            case "ns/op" -> value / 1_000_000;
            default -> Double.NaN;
        };
    }

    private static Double target(JsonNode result) {
        JsonNode params = result.get("params");
        if (params == null) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = params.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().toLowerCase().contains("line")) {
                return switch (field.getValue().asString()) {
                    case "10" -> 20.0;
                    case "200" -> 80.0;
                    default -> null;
                };
            }
        }
        return null;
    }
}
