package dev.readiness.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "src/main/java/com/example/App.java, PRODUCTION",
            "core/src/main/java/com/example/App.java, PRODUCTION",
            "src/main/kotlin/App.kt, PRODUCTION",
            "src/main/java/com/example/TestDataFactory.java, PRODUCTION",
            "src/main/java/com/example/LoadTest.java, PRODUCTION",
            "src/test/java/com/example/AppTest.java, TEST",
            "core/src/test/java/com/example/Helpers.java, TEST",
            "src/testFixtures/java/Fixtures.java, TEST",
            "src/integrationTest/java/Flow.java, TEST",
            "bench/src/jmh/java/ParseBenchmark.java, TEST",
            "scripts/FooTest.java, TEST",
            "scripts/Test.java, PRODUCTION",
            "pom.xml, BUILD",
            "core/pom.xml, BUILD",
            "mvnw, BUILD",
            "mvnw.cmd, BUILD",
            ".mvn/wrapper/maven-wrapper.properties, BUILD",
            "build.gradle.kts, BUILD",
            "gradle/wrapper/gradle-wrapper.properties, BUILD",
            "README.md, DOCS",
            "docs/adr/0001-record.md, DOCS",
            "docs/diagram.png, DOCS",
            "CHANGELOG.adoc, DOCS",
            "src/main/resources/application.yml, OTHER",
            ".gitignore, OTHER",
            "LICENSE, OTHER"
    })
    void classifiesByPathConventions(String path, FileKind expected) {
        assertThat(FileClassifier.classify(path)).isEqualTo(expected);
    }
}
