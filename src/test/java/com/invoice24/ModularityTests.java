package com.invoice24;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Invoice24Application.class);

    @Test
    void featuresOnlyUseEachOthersPublishedTypes() {
        modules.verify();
    }

    /** Rewrites the diagrams and module canvases that docs/architecture.md links; commit them when they change. */
    @Test
    void documentsTheModules() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture/generated"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
