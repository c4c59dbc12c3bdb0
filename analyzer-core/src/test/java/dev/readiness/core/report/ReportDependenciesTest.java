package dev.readiness.core.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Reporters read only the analysis result and rule metadata, never the models that produced them. */
class ReportDependenciesTest {

    @Test
    void reportDependsOnNeitherRepoNorSourceNorEngine() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.readiness.core");

        noClasses().that().resideInAPackage("dev.readiness.core.report..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.readiness.core.repo..", "dev.readiness.core.source..",
                        "dev.readiness.core.engine..", "dev.readiness.core.history..")
                .check(classes);
    }
}
