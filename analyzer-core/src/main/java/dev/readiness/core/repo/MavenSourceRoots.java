package dev.readiness.core.repo;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RoleDecision;
import dev.readiness.core.xml.ElementPathHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The source roots a pom.xml declares: {@code <sourceDirectory>}, {@code <testSourceDirectory>} and the
 * build-helper plugin's {@code add-source} / {@code add-test-source} executions. Values using a property other
 * than the project's base directory are skipped: they cannot be resolved with certainty. A module below the
 * repository root whose main code depends on a benchmark harness (JMH, Caliper) is a benchmark module, whatever its
 * name (Netty's {@code microbench}, Gson's {@code metrics}): its code runs the product, it does not ship.
 */
final class MavenSourceRoots {

    private static final Pattern BASE_DIRECTORY = Pattern.compile("^\\$\\{(project\\.)?basedir}/?");
    private static final String BUILD = "project/build/";
    private static final String EXECUTION = BUILD + "plugins/plugin/executions/execution";
    private static final String DEPENDENCY = "project/dependencies/dependency";
    /** groupId:artifactId of the harnesses whose presence in main code makes a benchmark module. */
    private static final Set<String> BENCHMARK_HARNESSES = Set.of("org.openjdk.jmh:jmh-core",
            "com.google.caliper:caliper");

    private MavenSourceRoots() {
    }

    static List<RoleDecision> read(String pomPath, String text) {
        String directory = RootPaths.parent(pomPath);
        Handler handler = new Handler();
        if (!ElementPathHandler.parse(text, handler)) {
            return List.of();
        }
        List<RoleDecision> roots = new ArrayList<>();
        handler.declared.forEach(declared -> RootPaths.resolve(directory,
                        BASE_DIRECTORY.matcher(declared.value()).replaceFirst(""))
                .ifPresent(root -> roots.add(new RoleDecision(root, declared.role(),
                        pomPath + " <" + declared.element() + ">", 0))));
        if (handler.benchmarkHarness && !directory.isEmpty()) {
            roots.add(new RoleDecision(directory, FileKind.TEST,
                    "a benchmark module: " + pomPath + " depends on a benchmark harness (JMH, Caliper)", 0));
        }
        return roots;
    }

    private record Declared(String value, FileKind role, String element) {
    }

    private static final class Handler extends ElementPathHandler {

        private final List<Declared> declared = new ArrayList<>();
        private final List<String> goals = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final Map<String, String> dependency = new HashMap<>();
        private boolean benchmarkHarness;

        @Override
        protected void started(String path, String name) {
            if (path.equals(EXECUTION)) {
                goals.clear();
                sources.clear();
            } else if (path.equals(DEPENDENCY)) {
                dependency.clear();
            }
        }

        @Override
        protected void ended(String path, String parent, String name, String value) {
            if (path.equals(BUILD + "sourceDirectory")) {
                declared.add(new Declared(value, FileKind.PRODUCTION, "sourceDirectory"));
            } else if (path.equals(BUILD + "testSourceDirectory")) {
                declared.add(new Declared(value, FileKind.TEST, "testSourceDirectory"));
            } else if (parent.equals(DEPENDENCY)) {
                dependency.put(name, value);
            } else if (path.equals(DEPENDENCY)) {
                String coordinates = dependency.get("groupId") + ":" + dependency.get("artifactId");
                boolean mainCode = !"test".equals(dependency.get("scope"));
                benchmarkHarness |= mainCode && BENCHMARK_HARNESSES.contains(coordinates);
            } else if (path.equals(EXECUTION + "/goals/goal")) {
                goals.add(value);
            } else if (path.equals(EXECUTION + "/configuration/sources/source")) {
                sources.add(value);
            } else if (path.equals(EXECUTION)) {
                for (String source : sources) {
                    if (goals.contains("add-test-source")) {
                        declared.add(new Declared(source, FileKind.TEST, "build-helper add-test-source"));
                    } else if (goals.contains("add-source")) {
                        declared.add(new Declared(source, FileKind.PRODUCTION, "build-helper add-source"));
                    }
                }
            }
        }
    }
}
