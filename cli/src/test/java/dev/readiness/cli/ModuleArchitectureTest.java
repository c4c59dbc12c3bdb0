package dev.readiness.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Module boundaries of DESIGN.md over the whole product: core ← rules ← cli, never the other way. */
@AnalyzeClasses(packages = "dev.readiness",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleArchitectureTest.NoTestJars.class})
class ModuleArchitectureTest {

    /** Test helpers shared through analyzer-core's test-jar are not product code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule coreDependsOnNeitherRulesNorCli = noClasses().that().resideInAPackage("dev.readiness.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.readiness.rules..", "dev.readiness.cli..");

    @ArchTest
    static final ArchRule rulesDoNotDependOnCli = noClasses().that().resideInAPackage("dev.readiness.rules..")
            .should().dependOnClassesThat().resideInAPackage("dev.readiness.cli..");

    @ArchTest
    static final ArchRule rulesOnlyUseTheSpiAndModels = noClasses().that().resideInAPackage("dev.readiness.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.readiness.core.engine..",
                    "dev.readiness.core.report..");

    @ArchTest
    static final ArchRule ruleCategoriesAreIndependent = slices().matching("dev.readiness.rules.(*)..")
            .should().notDependOnEachOther().allowEmptyShould(true);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.readiness.(**)").should().beFreeOfCycles();
}
