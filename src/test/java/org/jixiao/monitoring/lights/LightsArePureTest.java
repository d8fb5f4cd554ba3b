package org.jixiao.monitoring.lights;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The lights are pure functions: no Spring, no database, no engine. */
@AnalyzeClasses(packages = "org.jixiao.monitoring.lights", importOptions = ImportOption.DoNotIncludeTests.class)
class LightsArePureTest {

    @ArchTest
    static final ArchRule onlyJavaTargetValuesAndCommon = classes()
            .that().resideInAPackage("org.jixiao.monitoring.lights..")
            // package-info carries the Modulith named-interface annotation: metadata, not code the lights run
            .and().doNotHaveSimpleName("package-info")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jixiao.monitoring.lights..",
                    "org.jixiao.targets..", "org.jixiao.common..")
            .because("warning lights are computed by pure functions, unit-tested without Spring or a database");
}
