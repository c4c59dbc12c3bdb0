package dev.readiness.core.testmodel;

import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeInfo;
import dev.readiness.core.source.testcode.TestClassFacts;
import dev.readiness.core.source.testcode.TestFacts;
import dev.readiness.core.source.testcode.TestMethodFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The test suite of one scan, built once from the per-file {@link TestFacts}: every test with its
 * effective oracle status (its own checks plus those of the helpers it calls, transitively), the
 * production classes each test exercises, the production classes with logic, and the metrics of
 * docs/scoring.md.
 */
public final class TestModel {

    /** How a test is checked: a real oracle, only mock verifications, or nothing. */
    public enum OracleStatus { REAL, MOCK_ONLY, NONE }

    /** A test of the suite: where it is, its class, its facts, its effective status and what it exercises. */
    public record TestCase(String path, String module, TestClassFacts testClass, TestMethodFacts method,
                           OracleStatus status, Set<String> exercisedClasses) {

        public TestCase {
            exercisedClasses = Set.copyOf(exercisedClasses);
        }

        /** A test that runs and checks nothing: the one definition the table, the JSON and the rule count. */
        public boolean assertionFree() {
            return status == OracleStatus.NONE && !method.disabled();
        }

        /** A test that runs and only verifies calls on mocks. */
        public boolean mockOnly() {
            return status == OracleStatus.MOCK_ONLY && !method.disabled();
        }
    }

    /** A production class with logic and the module it belongs to. */
    public record ProductionClass(String path, String module, TypeInfo type) {
    }

    private final HelperClosure helpers;
    private final List<TestCase> tests;
    private final List<ProductionClass> classesWithLogic;
    private final Set<String> testedClasses;
    private final TestMetrics metrics;
    private final List<FileFacts> files;

    private TestModel(HelperClosure helpers, List<TestCase> tests, List<ProductionClass> classesWithLogic,
                      Set<String> testedClasses, TestMetrics metrics, List<FileFacts> files) {
        this.files = List.copyOf(files);
        this.helpers = helpers;
        this.tests = List.copyOf(tests);
        this.classesWithLogic = List.copyOf(classesWithLogic);
        this.testedClasses = Set.copyOf(testedClasses);
        this.metrics = metrics;
    }

    /**
     * Builds the model; {@code moduleOf} gives the build-module directory of a file path ("" for the root).
     */
    public static TestModel build(SourceFacts sources, Function<String, String> moduleOf) {
        Collection<FileFacts> all = sources.all();
        List<FileFacts> testFiles = all.stream().filter(FileFacts::isTestCode).toList();
        HelperClosure helpers = new HelperClosure(testFiles.stream().flatMap(file -> file.tests().helpers().stream())
                .toList(), testFiles.stream().flatMap(file -> file.tests().classes().stream())
                .flatMap(testClass -> testClass.tests().stream()).toList());
        TestMapping mapping = new TestMapping(all.stream().filter(file -> !file.isTestCode()).toList());
        List<TestCase> tests = new ArrayList<>();
        Set<String> tested = new TreeSet<>();
        for (FileFacts file : all) {
            if (!file.isTestCode()) {
                continue;
            }
            for (TestClassFacts testClass : file.tests().classes()) {
                tested.addAll(mapping.classLevel(testClass));
                testClass.tests().forEach(test -> tests.add(new TestCase(file.path(), moduleOf.apply(file.path()),
                        testClass, test, helpers.statusOf(test),
                        mapping.exercised(testClass, test))));
            }
        }
        List<ProductionClass> withLogic = all.stream().filter(file -> !file.isTestCode())
                .flatMap(file -> ProductionClasses.withLogic(file).stream()
                        .map(type -> new ProductionClass(file.path(), moduleOf.apply(file.path()), type)))
                .toList();
        TestMetrics metrics = TestMetricsCalculator.compute(
                new TestMetricsCalculator.Scope(all, tests, withLogic), tested, moduleOf);
        return new TestModel(helpers, tests, withLogic, tested, metrics, List.copyOf(all));
    }

    /** Every test, in file and declaration order. */
    public List<TestCase> tests() {
        return tests;
    }

    public HelperClosure helpers() {
        return helpers;
    }

    /** Public top-level production classes with logic (see {@link ProductionClasses}). */
    public List<ProductionClass> classesWithLogic() {
        return classesWithLogic;
    }

    /** Whether some test class touches the production class (by name, references or calls). */
    public boolean isTested(String qualifiedName) {
        return testedClasses.contains(qualifiedName);
    }

    /** Qualified names of the production classes some test touches. */
    public Set<String> testedClasses() {
        return testedClasses;
    }

    public TestMetrics metrics() {
        return metrics;
    }

    /**
     * The metrics of an area, a part of the repository that is not a build module ({@code inArea} accepts its paths):
     * its production files, and the tests in it or in one of its production packages (where Maven and Gradle keep a
     * class's tests); a class counts as tested when any test reaches it.
     */
    public ModuleTestMetrics metricsOf(String area, Predicate<String> inArea) {
        Set<String> packages = files.stream().filter(file -> !file.isTestCode() && inArea.test(file.path()))
                .map(file -> file.dependencies().packageName()).collect(Collectors.toSet());
        List<FileFacts> belonging = files.stream().filter(file -> inArea.test(file.path())
                || file.isTestCode() && packages.contains(file.dependencies().packageName())).toList();
        Set<String> testPaths = belonging.stream().filter(FileFacts::isTestCode).map(FileFacts::path)
                .collect(Collectors.toSet());
        return new TestMetricsCalculator.Scope(belonging, tests.stream().filter(test -> testPaths.contains(test.path()))
                .toList(), classesWithLogic.stream().filter(type -> inArea.test(type.path())).toList())
                .measure(area, testedClasses);
    }
}
