package dev.readiness.cli;

import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.api.Git;

/**
 * A real Git repository with one package cycle (app.core uses app.io, app.io uses app.core) and one bad hotspot:
 * app/core/Engine.java, most of the code, one deeply nested six-parameter method, changed in every one of eight commits
 * of 2024. {@link #breakCycle} and {@link #makeEngineHealthy} fix each in the work tree without changing a line count,
 * so a rescan measures exactly what the remediation plan predicts.
 */
final class TangledHotspotRepository {

    static final String ENGINE = "src/main/java/app/core/Engine.java";
    static final String STORE = "src/main/java/app/io/Store.java";
    private static final int REVISIONS = 8;
    private static final int NESTED_BLOCKS = 8;

    private TangledHotspotRepository() {
    }

    /** The repository in {@code directory}, HEAD at the eighth revision of the engine. */
    static Path create(Path directory) {
        try (Git git = TestRepos.init(directory)) {
            TestRepos.commitFiles(git, Map.of(
                    "pom.xml", POM,
                    "README.md", "# App\n\nBuild and test with `mvn -B verify`.\n",
                    "src/main/java/app/core/Util.java", UTIL,
                    STORE, store(true),
                    "src/main/java/app/Main.java", MAIN,
                    ENGINE, engine(1, false)), "Start the app",
                    TestRepos.ident("Ann", "ann@example.com", "2024-01-10T10:00:00Z"));
            for (int revision = 2; revision <= REVISIONS; revision++) {
                TestRepos.commitFiles(git, Map.of(ENGINE, engine(revision, false)), "Tune the engine, take " + revision,
                        TestRepos.ident(revision % 2 == 0 ? "Bob" : "Ann", revision % 2 == 0 ? "bob@example.com"
                                : "ann@example.com", String.format(java.util.Locale.ROOT, "2024-%02d-15T10:00:00Z",
                                revision)));
            }
        }
        return directory;
    }

    /** Store stops using app.core (the same number of lines): the cycle is gone. */
    static void breakCycle(Path directory) {
        TestRepos.writeFiles(directory, Map.of(STORE, store(false)));
    }

    /** The engine split into small flat methods, as many lines of code as before: its health becomes 10. */
    static void makeEngineHealthy(Path directory) {
        TestRepos.writeFiles(directory, Map.of(ENGINE, engine(REVISIONS, true)));
    }

    private static String store(boolean usesCore) {
        return "package app.io;\n\n" + (usesCore ? "import app.core.Util;\n" : "import java.util.Objects;\n")
                + "\npublic class Store {\n    public int size() {\n"
                + (usesCore ? "        return Util.clamp(3);\n" : "        return Objects.hash(3);\n") + "    }\n}\n";
    }

    private static String engine(int revision, boolean healthy) {
        String body = healthy ? flatMethods() : nestedMethod();
        return "package app.core;\n\nimport app.io.Store;\n\npublic class Engine {\n"
                + "    private static final int REVISION = " + revision + ";\n"
                + "    private final Store store = new Store();\n\n" + body + "}\n";
    }

    /** One method, 92 lines: eight blocks of five nested ifs. */
    private static String nestedMethod() {
        String blocks = IntStream.rangeClosed(1, NESTED_BLOCKS).mapToObj(block -> String.format(Locale.ROOT, """
                        if (a > %1$d) {
                            if (b > %1$d) {
                                if (c > %1$d) {
                                    if (d > %1$d) {
                                        if (e > %1$d) {
                                            result += f + REVISION + store.size();
                                        }
                                    }
                                }
                            }
                        }
                """, block)).collect(Collectors.joining());
        return "    public int route(int a, int b, int c, int d, int e, int f) {\n        int result = 0;\n" + blocks
                + "        return result;\n    }\n";
    }

    /** Eight methods of 11 lines and one of 4: 92 lines, none nested deeper than one if. */
    private static String flatMethods() {
        String steps = IntStream.rangeClosed(1, NESTED_BLOCKS).mapToObj(step -> String.format(Locale.ROOT, """
                    public int step%1$d(int value) {
                        int result = 0;
                        if (value > %1$d) {
                            result += value;
                        }
                        if (value < -%1$d) {
                            result -= value;
                        }
                        result += REVISION + store.size();
                        return result;
                    }
                """, step)).collect(Collectors.joining());
        return steps + "    public int total() {\n        int sum = step1(1);\n        return sum;\n    }\n";
    }

    private static final String UTIL = """
            package app.core;

            public final class Util {
                private Util() {
                }

                public static int clamp(int value) {
                    return Math.max(0, value);
                }
            }
            """;

    private static final String MAIN = """
            package app;

            import app.core.Engine;

            public final class Main {
                private Main() {
                }

                public static void main(String[] args) {
                    System.exit(new Engine().hashCode() > 0 ? 0 : 1);
                }
            }
            """;

    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>app</groupId>
              <artifactId>app</artifactId>
              <version>1.0</version>
              <properties>
                <maven.compiler.release>17</maven.compiler.release>
              </properties>
            </project>
            """;
}
