package dev.readiness.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The one-way data flow of DESIGN.md inside analyzer-core: repo → source → rule → engine → report. */
@AnalyzeClasses(packages = "dev.readiness.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.readiness.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repoDependsOnNothingDownstream = noClasses().that().resideInAPackage("..core.repo..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.source..", "..core.rule..", "..core.engine..",
                    "..core.report..", "..core.analysis..");

    @ArchTest
    static final ArchRule sourceModelKnowsNoRulesOrReports = noClasses().that().resideInAPackage("..core.source..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.rule..", "..core.engine..", "..core.report..",
                    "..core.analysis..");

    @ArchTest
    static final ArchRule historyModelKnowsNoEngineRulesOrReports = noClasses().that()
            .resideInAPackage("..core.history..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.engine..", "..core.report..", "..core.rule..");

    @ArchTest
    static final ArchRule rulesOnlyReadModels = noClasses().that().resideInAPackage("..core.rule..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.engine..", "..core.report..");

    @ArchTest
    static final ArchRule reportsReadOnlyResults = noClasses().that().resideInAPackage("..core.report..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.repo..", "..core.source..", "..core.engine..");

    /** The portfolio reads the reports' output and uses their writers; they never know it. */
    @ArchTest
    static final ArchRule reportsKnowNoPortfolio = noClasses().that().resideInAPackage("..core.report..")
            .should().dependOnClassesThat().resideInAPackage("..core.portfolio..");

    @ArchTest
    static final ArchRule nothingUpstreamCallsTheEngine = noClasses().that()
            .resideInAnyPackage("..core.repo..", "..core.source..", "..core.rule..", "..core.analysis..",
                    "..core.report..")
            .should().dependOnClassesThat().resideInAPackage("..core.engine..");

    @ArchTest
    static final ArchRule coreKnowsNoRuleImplementationsOrCli = noClasses().that().resideInAPackage("dev.readiness.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.readiness.rules..", "dev.readiness.cli..");
}
