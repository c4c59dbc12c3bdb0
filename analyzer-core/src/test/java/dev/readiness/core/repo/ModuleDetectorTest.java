package dev.readiness.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleDetectorTest {

    @Test
    void findsMavenAndGradleModulesWithTheirSourceRoots() {
        ModuleDetector detector = new ModuleDetector(List.of(
                "pom.xml",
                "core/pom.xml",
                "core/src/main/java/a/A.java",
                "core/src/test/java/a/ATest.java",
                "core/nested/pom.xml",
                "core/nested/src/main/java/n/N.java",
                "tools/build.gradle.kts",
                "tools/src/main/kotlin/T.kt",
                "docs/guide.md"));

        assertThat(detector.modules()).extracting(BuildModule::directory, BuildModule::tool)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("", BuildModule.BuildTool.MAVEN),
                        org.assertj.core.groups.Tuple.tuple("core", BuildModule.BuildTool.MAVEN),
                        org.assertj.core.groups.Tuple.tuple("core/nested", BuildModule.BuildTool.MAVEN),
                        org.assertj.core.groups.Tuple.tuple("tools", BuildModule.BuildTool.GRADLE));
        BuildModule core = detector.modules().get(1);
        assertThat(core.buildFile()).isEqualTo("core/pom.xml");
        assertThat(core.mainSourceRoots()).containsExactly("core/src/main/java");
        assertThat(core.testSourceRoots()).containsExactly("core/src/test/java");
        assertThat(detector.modules().get(3).mainSourceRoots()).containsExactly("tools/src/main/kotlin");
        assertThat(detector.modules().get(0).mainSourceRoots()).isEmpty();
    }

    @Test
    void assignsEachFileToTheDeepestModuleContainingIt() {
        ModuleDetector detector = new ModuleDetector(List.of(
                "pom.xml", "core/pom.xml", "core/nested/pom.xml", "core/nested/src/main/java/n/N.java",
                "core/src/main/java/a/A.java", "core-extras/X.java", "README.md"));

        assertThat(detector.moduleOf("core/nested/src/main/java/n/N.java")).isEqualTo("core/nested");
        assertThat(detector.moduleOf("core/src/main/java/a/A.java")).isEqualTo("core");
        assertThat(detector.moduleOf("core/pom.xml")).isEqualTo("core");
        assertThat(detector.moduleOf("core-extras/X.java")).isEmpty();
        assertThat(detector.moduleOf("README.md")).isEmpty();
    }

    @Test
    void gradleMultiProjectBuildFilesNamedAfterTheirDirectoryAndBareSourceLayoutsAreModules() {
        ModuleDetector detector = new ModuleDetector(List.of(
                "settings.gradle",
                "spring-aop/spring-aop.gradle",
                "spring-aop/src/main/java/org/springframework/aop/Advisor.java",
                "kotlin-dsl/kotlin-dsl.gradle.kts",
                "legacy/src/test/java/LegacyTest.java",
                "legacy/other.gradle"));

        assertThat(detector.modules()).extracting(BuildModule::directory, BuildModule::buildFile, BuildModule::tool)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kotlin-dsl", "kotlin-dsl/kotlin-dsl.gradle.kts",
                                BuildModule.BuildTool.GRADLE),
                        org.assertj.core.groups.Tuple.tuple("legacy", "", BuildModule.BuildTool.CONVENTION),
                        org.assertj.core.groups.Tuple.tuple("spring-aop", "spring-aop/spring-aop.gradle",
                                BuildModule.BuildTool.GRADLE));
        assertThat(detector.modules().get(1).testSourceRoots()).containsExactly("legacy/src/test/java");
    }

    @Test
    void withoutABuildFileAtTheRootFilesOutsideModulesBelongToNone() {
        ModuleDetector detector = new ModuleDetector(List.of("app/pom.xml", "app/src/main/java/A.java", "notes.md"));

        assertThat(detector.modules()).extracting(BuildModule::directory).containsExactly("app");
        assertThat(detector.moduleOf("notes.md")).isEmpty();
        assertThat(detector.moduleOf("app/src/main/java/A.java")).isEqualTo("app");
    }

    @Test
    void buildFilesAmongTestResourcesAreFixturesNotModules() {
        ModuleDetector detector = new ModuleDetector(List.of(
                "pom.xml",
                "src/main/java/App.java",
                "src/test/resources/samples/shop/pom.xml",
                "src/test/resources/samples/shop/src/main/java/Shop.java"));

        assertThat(detector.modules()).extracting(BuildModule::directory).containsExactly("");
        assertThat(detector.moduleOf("src/test/resources/samples/shop/src/main/java/Shop.java")).isEmpty();
    }
}
