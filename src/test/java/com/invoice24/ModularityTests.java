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
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * The Documenter lists components and relations in hash order, which changes from run to run; sorted, an
     * unchanged architecture leaves the committed files unchanged.
     */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = Stream.of("Rel(", "Component(").filter(line.strip()::startsWith).findFirst().orElse(null);
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                sorted.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        sorted.addAll(run);
        return sorted;
    }
}
