package org.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package-by-feature boundaries, kept honest. */
@AnalyzeClasses(packages = "org.jixiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.jixiao.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule engineIsUsedOnlyThroughTheReviewChainAndProcessGlue = noClasses()
            .that().resideOutsideOfPackages("org.jixiao.approval..", "..process..")
            // the webapps' single sign-on must name the engine in the filter's signature
            .and().haveNameNotMatching("org\\.jixiao\\.security\\.CamundaWebappSingleSignOn.*")
            // the engine's identity provider (issue 11 §4) implements engine interfaces by nature; it reads our
            // people only through org's PeopleDirectory, so nothing else of ours learns about the engine
            .and().resideOutsideOfPackage("org.jixiao.security.camunda")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine..")
            .allowEmptyShould(true)
            .because("features use approval/ (and thin process/ glue), so the engine stays replaceable");

    @ArchTest
    static final ArchRule runtimeAndTasksOnlyBehindTheEngineDoor = noClasses()
            .that().resideOutsideOfPackage("org.jixiao.approval.process")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
            .because("approval/process (ReviewEngine and its siblings) is the one door to the engine's runtime (issue 10 §2),"
                    + " where lost races become 409");

    @ArchTest
    static final ArchRule controllersDoNotReachIntoMappers = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Mapper");

    @ArchTest
    static final ArchRule viewsDoNotReachIntoMappers = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Mapper");

    @ArchTest
    static final ArchRule theShellKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.jixiao.ui")
            .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.targets..", "org.jixiao.approval..",
                    "org.jixiao.workbench..", "org.jixiao.demo..", "org.jixiao.config..");

    @ArchTest
    static final ArchRule pureRulesStayPure = noClasses()
            .that().haveSimpleNameEndingWith("Parser").or().haveSimpleNameEndingWith("Checks")
            .or().haveSimpleNameEndingWith("Validator").or().haveSimpleNameEndingWith("Lighting")
            .or().haveSimpleNameEndingWith("Diff").or().resideInAPackage("org.jixiao.monitoring.lights..")
            .or().resideInAPackage("org.jixiao.evaluation.scoring..")
            // a package's annotations (@NamedInterface for Spring Modulith) are metadata, not code the rules run
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.ibatis..",
                    "org.camunda..", "com.vaadin..", "javax.sql..", "java.sql..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Mapper")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .because("computed rules are pure functions, unit-tested without Spring or a database");

    @ArchTest
    static final ArchRule mappersStayInTheirFeature = classes()
            .that().haveSimpleNameEndingWith("Mapper").and().resideInAPackage("org.jixiao.targets..")
            .should().onlyBeAccessed().byAnyPackage("org.jixiao.targets", "org.jixiao.targets.internal..");

    @ArchTest
    static final ArchRule monitoringMappersStayInTheirFeature = classes()
            .that().haveSimpleNameEndingWith("Mapper").and().resideInAPackage("org.jixiao.monitoring..")
            .should().onlyBeAccessed().byAnyPackage("org.jixiao.monitoring", "org.jixiao.monitoring.internal..");

    @ArchTest
    static final ArchRule evaluationMappersStayInTheirFeature = classes()
            .that().haveSimpleNameEndingWith("Mapper").and().resideInAPackage("org.jixiao.evaluation..")
            .should().onlyBeAccessed().byAnyPackage("org.jixiao.evaluation", "org.jixiao.evaluation.internal..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule orgMappersStayInTheirFeature = classes()
            .that().haveSimpleNameEndingWith("Mapper").and().resideInAPackage("org.jixiao.org..")
            .should().onlyBeAccessed().byAnyPackage("org.jixiao.org", "org.jixiao.org.internal..")
            .because("admin, demo and security change people and nodes through org's Accounts and OrgNodes");

    @ArchTest
    static final ArchRule mappersLiveInTheirFeaturesInternals = classes()
            .that().areAnnotatedWith(org.apache.ibatis.annotations.Mapper.class)
            // security keeps its two mappers in its lockout/ and tokens/ sub-packages
            .and().resideOutsideOfPackage("org.jixiao.security..")
            .should().resideInAPackage("org.jixiao.*.internal")
            .because("a module's root is its API; SQL and row shapes are the module's own business (issue 10 §4)");
}
