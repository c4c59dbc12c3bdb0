package dev.readiness.core.testmodel;

import dev.readiness.core.source.testcode.TestKind;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.source.FileFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/** Computes {@link TestMetrics} per module and overall from the test model's parts. */
final class TestMetricsCalculator {

    private TestMetricsCalculator() {
    }

    static TestMetrics compute(Scope all, Set<String> tested, Function<String, String> moduleOf) {
        Set<String> modules = new TreeSet<>();
        all.files().forEach(file -> modules.add(moduleOf.apply(file.path())));
        List<ModuleTestMetrics> perModule = new ArrayList<>();
        for (String module : modules) {
            perModule.add(all.restrict(module, moduleOf).measure(module, tested));
        }
        return new TestMetrics(all.measure("", tested), perModule);
    }

    /** The files, tests and production classes measured together. */
    record Scope(Collection<FileFacts> files, List<TestModel.TestCase> tests,
                         List<TestModel.ProductionClass> withLogic) {

        Scope restrict(String module, Function<String, String> moduleOf) {
            return new Scope(files.stream().filter(file -> moduleOf.apply(file.path()).equals(module)).toList(),
                    tests.stream().filter(test -> test.module().equals(module)).toList(),
                    withLogic.stream().filter(type -> type.module().equals(module)).toList());
        }

        ModuleTestMetrics measure(String module, Set<String> tested) {
            long productionLoc = files.stream().filter(file -> !file.isTestCode()).mapToLong(FileFacts::linesOfCode).sum();
            long testLoc = files.stream().filter(FileFacts::isTestCode).mapToLong(FileFacts::linesOfCode).sum();
            int testedClasses = (int) withLogic.stream()
                    .filter(type -> tested.contains(type.type().qualifiedName())).count();
            return new ModuleTestMetrics(module, productionLoc, testLoc, withLogic.size(), testedClasses, tests.size(),
                    count(test -> test.status() == TestModel.OracleStatus.REAL),
                    count(TestModel.TestCase::mockOnly), count(TestModel.TestCase::assertionFree),
                    count(test -> test.method().kind() == TestKind.UNIT),
                    count(test -> test.method().kind() == TestKind.INTEGRATION),
                    count(test -> test.method().kind() == TestKind.END_TO_END));
        }

        private int count(Predicate<TestModel.TestCase> predicate) {
            return (int) tests.stream().filter(predicate).count();
        }
    }
}
