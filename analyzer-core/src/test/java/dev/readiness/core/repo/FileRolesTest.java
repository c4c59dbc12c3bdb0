package dev.readiness.core.repo;

import dev.readiness.core.repo.FileKind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileRolesTest {

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
            "src/test/resources/inputs/InputSample.java, TEST_FIXTURE",
            "core/src/test/resources/secrets.properties, TEST_FIXTURE",
            "test/java/org/acme/TestResolver.java, TEST",
            "module/tests/org/acme/Helper.java, TEST",
            "scripts/TestDriver.java, TEST",
            "scripts/Testimony.java, PRODUCTION",
            "src/test/java/org/acme/testdata/Input.java, TEST",
            "lib/testdata/Input.java, TEST_FIXTURE",
            "target/generated-sources/annotations/org/acme/Mapper.java, GENERATED",
            "core/build/generated/sources/Parser.java, GENERATED",
            "third_party/asm/ClassReader.java, VENDORED",
            "src/example/org/acme/Demo.java, SAMPLE",
            "framework-docs/src/main/java/org/acme/docs/Config.java, SAMPLE",
            "samples/petstore/src/main/java/org/acme/Pet.java, SAMPLE",
            "src/main/java/org/springframework/samples/petclinic/Owner.java, PRODUCTION",
            "src/main/java/org/acme/example/Example.java, PRODUCTION",
            "document-service/src/main/java/org/acme/Doc.java, PRODUCTION",
            "solver-testing/src/test/test_sourcecode/org/acme/Old.java, TEST_FIXTURE",
            "src/plugin/index-basic/src/test/org/apache/nutch/indexer/TestBasicIndexingFilter.java, TEST",
            "src/plugin/index-basic/src/java/org/apache/nutch/indexer/BasicIndexingFilter.java, PRODUCTION",
            "src/plugin/parse-tika/src/test/sample/page.html, TEST_FIXTURE",
            "src/test/com/acme/OrderTest.java, TEST",
            "src/test/inputs/com/acme/Broken.java, TEST_FIXTURE",
            "core/src/test/projects/cyclic/module-a/pom.xml, TEST_FIXTURE",
            "core/src/test/projects/cyclic/module-a/src/main/java/A.java, TEST_FIXTURE",
            "its/core-it-plugins/stub-plugin/src/main/java/org/acme/StubMojo.java, TEST",
            "log4j-core-fuzz-test/src/main/java/org/acme/PatternFuzzer.java, TEST",
            "log4j-perf-test/src/main/java/org/acme/AppenderBenchmark.java, TEST",
            "caffeine-jmh/src/main/java/org/acme/ReadBenchmark.java, TEST",
            "bench/jmh/src/jmh/java/org/acme/ParseBenchmark.java, TEST",
            "smoke-test/boot-smoke-test-data-jdbc/src/main/java/smoketest/SampleController.java, TEST",
            "smoke-tests/src/main/java/org/acme/SmokeApp.java, TEST",
            "smoker/src/main/java/org/acme/Smoker.java, PRODUCTION",
            "spring-test/src/main/java/org/acme/MockMvc.java, PRODUCTION",
            "spotbugsTestCases/src/java/sfBugs/Bug1878528.java, TEST_FIXTURE",
            "src/core/src/test/java/org/acme/util/LogRecord.java, TEST",
            "src/core/src/main/java/org/acme/Engine.java, PRODUCTION",
            "src/protocol/http/src/test/resources/org/acme/page.html, TEST_FIXTURE",
            "src/test/java/org/acme/src/main/Helper.java, TEST",
            "parser-test-data/src/main/java/org/acme/Input.java, TEST_FIXTURE",
            "detector_testcases/src/main/java/org/acme/Case.java, TEST_FIXTURE",
            "java-checks-test-sources/default/src/main/java/checks/SecretSample.java, TEST_FIXTURE",
            "contestdata/src/main/java/org/acme/Contest.java, PRODUCTION",
            "latestCases/src/main/java/org/acme/Case.java, PRODUCTION",
            "test-harness/src/main/java/org/acme/Harness.java, PRODUCTION",
            "buildSrc/src/main/java/org/acme/build/OptionalDependenciesPlugin.java, BUILD",
            "build-logic/conventions/src/main/java/org/acme/JavaConventions.java, BUILD",
            "framework/buildSrc/src/test/java/org/acme/PluginTest.java, BUILD",
            "src/main/java/org/acme/buildsrc/Builder.java, PRODUCTION",
            "log4j-core-test/src/main/java/org/acme/LoggerContextRule.java, PRODUCTION",
            "performance-monitor/src/main/java/org/acme/Monitor.java, PRODUCTION",
            "compat/embedder/src/examples/simple/src/test/java/AppTest.java, SAMPLE",
            ".gitignore, OTHER",
            "LICENSE, OTHER"
    })
    void classifiesByPathConventions(String path, FileKind expected) {
        assertThat(FileRoles.conventions().roleOf(path)).isEqualTo(expected);
    }

    @Test
    void aPathOfTensOfThousandsOfDirectoriesIsDecidedLikeAShortOne() {
        String directories = "a/".repeat(50_000);

        RoleDecision decision = FileRoles.conventions().decide(directories + "buildSrc/src/main/java/Plugin.java");

        assertThat(decision.role()).isEqualTo(FileKind.BUILD);
        assertThat(decision.root()).isEqualTo(directories + "buildSrc");
    }
}
