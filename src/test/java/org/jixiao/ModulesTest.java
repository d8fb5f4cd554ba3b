package org.jixiao;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the features (issue 10 §4): each top-level package under {@code org.jixiao} is a module;
 * its root package is its API, its sub-packages are its own, except the named interfaces a {@code package-info}
 * declares (e.g. {@code approval/process} as {@code engine}). A pure structure analysis of the compiled classes:
 * no Spring context.
 */
class ModulesTest {
    private static final ApplicationModules MODULES = ApplicationModules.of(JixiaoApplication.class);

    @Test
    void modulesUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    /**
     * Rewrites the module diagrams and canvases in docs/modules; run after moving code:
     * {@code ./mvnw -o -q test -Dtest=ModulesTest -Dmodules.docs=docs/modules}. The Documenter empties that folder
     * first, so nothing else lives there (the figures script is {@code docs/figures.sh}).
     */
    @Test
    @EnabledIfSystemProperty(named = "modules.docs", matches = ".+")
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(System.getProperty("modules.docs")))
                .writeDocumentation();
    }
}
