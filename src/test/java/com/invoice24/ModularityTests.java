package com.invoice24;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path GENERATED_DOCS = Path.of("docs", "architecture", "generated");

    private final ApplicationModules modules = ApplicationModules.of(Invoice24Application.class);

    @Test
    void featuresOnlyUseEachOthersPublishedTypes() {
        modules.verify();
    }

    /** Rewrites the diagrams and module canvases that docs/architecture.md links; commit them when they change. */
    @Test
    void documentsTheModules() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED_DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        try (Stream<Path> diagrams = Files.list(GENERATED_DOCS)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")
                    || file.toString().endsWith(".adoc")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * The Documenter lists components, relations and a canvas's bullet points in hash order, which changes from
     * run to run; sorted, an unchanged architecture leaves the committed files unchanged. A canvas cell's
     * first bullet carries the cell's {@code |}, which stays on whichever bullet comes first.
     */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.startsWith("* ") || line.startsWith("|* ") ? "* "
                    : Stream.of("Rel(", "Component(").filter(line.strip()::startsWith).findFirst().orElse(null);
            if (kind == null || !kind.equals(runKind) || line.startsWith("|* ")) {
                sortInto(sorted, run);
            }
            runKind = kind;
            if (kind == null) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        sortInto(sorted, run);
        return sorted;
    }

    private static void sortInto(List<String> sorted, List<String> run) {
        boolean opensCell = !run.isEmpty() && run.get(0).startsWith("|");
        List<String> items = new ArrayList<>(run.stream().map(line -> opensCell && line.startsWith("|")
                ? line.substring(1) : line).sorted().toList());
        if (opensCell) {
            items.set(0, "|" + items.get(0));
        }
        sorted.addAll(items);
        run.clear();
    }
}
