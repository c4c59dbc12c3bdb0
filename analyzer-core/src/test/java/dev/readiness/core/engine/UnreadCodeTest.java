package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan says which of the project's own code it cannot read, and warns when that is most of it. */
class UnreadCodeTest {

    @TempDir
    Path repository;

    @Test
    void kotlinProductionCodeAndGroovySpecificationsAreNamedWithTheirShareOfTheCode() throws Exception {
        // rewritten from Javalin (Kotlin with a little Java) and Spock (specifications in Groovy)
        TestRepos.writeFiles(repository, Map.of(
                "src/main/kotlin/shop/Router.kt", "package shop\n\n" + "fun route(path: String) = path.trim()\n".repeat(30),
                "src/main/java/shop/Paths.java", "package shop;\n\nfinal class Paths { }\n" + " ".repeat(200),
                "src/test/groovy/shop/RouterSpec.groovy", "class RouterSpec { }\n",
                "src/test/java/shop/PathsTest.java", "package shop;\n\nclass PathsTest { }\n" + " ".repeat(20),
                "build.gradle.kts", "plugins { kotlin(\"jvm\") }\n"));

        ToolNotification notice = unreadCode(scan()).orElseThrow();

        assertThat(notice.level()).isEqualTo(Level.WARNING);
        assertThat(notice.message()).isEqualTo("Not analysed (only Java is): 1 Groovy file, 1 Kotlin file, 83% of "
                + "the production code and 28% of the test code by size; rules, scores and code health cover the Java "
                + "code only");
    }

    @Test
    void aLittleGroovyBesideMostlyJavaCodeIsANoteAndJavaAloneNeedsNone() throws Exception {
        TestRepos.writeFiles(repository, Map.of(
                "src/main/java/shop/Order.java", "package shop;\n\nfinal class Order { }\n" + " ".repeat(400),
                "src/test/groovy/shop/OrderSpec.groovy", "class OrderSpec { }\n",
                "src/test/java/shop/OrderTest.java", "package shop;\n\nclass OrderTest { }\n" + " ".repeat(400)));
        Path javaOnly = repository.resolve("java-only");
        TestRepos.writeFiles(javaOnly, Map.of("src/main/java/shop/Order.java", "package shop;\n\nfinal class Order { }\n"));

        assertThat(unreadCode(scan()).orElseThrow().level()).isEqualTo(Level.NOTE);
        assertThat(unreadCode(scan(javaOnly))).isEmpty();
    }

    private static java.util.Optional<ToolNotification> unreadCode(AnalysisResult result) {
        return result.notifications().stream().filter(notification -> notification.id().equals("unread-code")).findFirst();
    }

    private AnalysisResult scan() throws Exception {
        return scan(repository);
    }

    private static AnalysisResult scan(Path path) throws Exception {
        try (Scan scan = new Analyzer(RuleRegistry.of(), ProgressListener.NONE).analyze(new ScanRequest(path, 1))) {
            return scan.result();
        }
    }
}
