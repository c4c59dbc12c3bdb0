package dev.readiness.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Module boundaries of DESIGN.md over the whole product: core ← rules ← cli, never the other way. */
@AnalyzeClasses(packages = "dev.readiness",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleArchitectureTest.NoTestJars.class})
class ModuleArchitectureTest {

    /** The readiness-test kit the modules' tests share is not product code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("readiness-test") && !location.contains("/test-classes/");
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

    /** Product classes that a rule or the rule API itself may not see: anything in core but outside rule-api. */
    private static final DescribedPredicate<JavaClass> CORE_OUTSIDE_RULE_API = DescribedPredicate.describe(
            "are core classes outside the rule-api module",
            type -> type.getPackageName().startsWith("dev.readiness.core") && !isInRuleApiModule(type));

    /** The rule-api module is all a rule may see of the product; the poms give rules nothing else to compile against. */
    @ArchTest
    static final ArchRule rulesOnlyUseTheRuleApiModule = noClasses().that().resideInAPackage("dev.readiness.rules..")
            .should().dependOnClassesThat(CORE_OUTSIDE_RULE_API);

    @ArchTest
    static final ArchRule theRuleApiKnowsNoEngine = noClasses().that(DescribedPredicate.describe(
                    "are in the rule-api module", ModuleArchitectureTest::isInRuleApiModule))
            .should().dependOnClassesThat(CORE_OUTSIDE_RULE_API)
            .orShould().dependOnClassesThat().resideInAnyPackage("dev.readiness.rules..", "dev.readiness.cli..");

    /** Classes of rule-api come from its class directory in the reactor or from its jar (arrays: their element's). */
    static boolean isInRuleApiModule(JavaClass type) {
        return type.getBaseComponentType().getSource()
                .map(source -> source.getUri().toString().contains("rule-api")).orElse(false);
    }

    @ArchTest
    static final ArchRule ruleCategoriesAreIndependent = slices().matching("dev.readiness.rules.(*)..")
            .should().notDependOnEachOther().allowEmptyShould(true);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.readiness.(**)").should().beFreeOfCycles();
}
