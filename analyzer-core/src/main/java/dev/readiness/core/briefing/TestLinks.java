package dev.readiness.core.briefing;

import dev.readiness.core.source.TypeInfo;
import dev.readiness.core.testmodel.TestModel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The tests that reach a file's types, as the test model maps tests to the production classes they exercise. */
final class TestLinks {

    static final int LISTED = 20;

    private TestLinks() {
    }

    static FileBriefing.Tests of(TestModel model, List<TypeInfo> types) {
        Set<String> names = types.stream().map(TypeInfo::qualifiedName).collect(Collectors.toSet());
        List<TestModel.TestCase> reaching = model.tests().stream()
                .filter(test -> test.exercisedClasses().stream().anyMatch(names::contains)).toList();
        int checking = (int) reaching.stream().filter(test -> test.status() == TestModel.OracleStatus.REAL).count();
        List<FileBriefing.TestLink> listed = reaching.stream().limit(LISTED).map(test -> new FileBriefing.TestLink(
                test.path(), test.testClass().simpleName() + "#" + test.method().name(),
                test.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList();
        return new FileBriefing.Tests(reaching.size(), checking, listed);
    }
}
