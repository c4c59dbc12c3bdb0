package dev.readiness.core.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.modules.DeclaredDependency.Scope;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.BuildModule.BuildTool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradleDeclarationsTest {

    private static final String SETTINGS = """
            include 'app', 'libs:json', 'common'
            project(':common').projectDir = file("$rootDir/shared/common")
            """;
    private static final String ROOT = """
            buildscript {
                dependencies { classpath project(':app') }
            }
            subprojects {
                dependencies {
                    testImplementation project(':common')
                }
            }
            """;
    private static final String APP = """
            dependencies {
                api(project(":libs:json"))  // a comment: project(':nothing')
                implementation project(path: ':common')
                runtimeOnly projects.libs.json
                implementation(platform(project(":bom")))
                /* implementation project(':app') */
                testFixturesImplementation(
                        testFixtures(project(":common")))
                "optional"(projects.common) { because("kotlin dsl") }
            }
            """;

    private static final Map<String, String> FILES = Map.of("settings.gradle", SETTINGS, "build.gradle", ROOT,
            "app/build.gradle", APP, "libs/json/build.gradle.kts", "", "shared/common/common.gradle", "",
            "bom/build.gradle", "");

    private static ModuleDependencies read() {
        List<BuildModule> modules = FILES.keySet().stream().filter(path -> !path.startsWith("settings")).sorted()
                .map(path -> new BuildModule(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "", path,
                        BuildTool.GRADLE, List.of(), List.of()))
                .toList();
        return ModuleDependencies.read(modules, List.copyOf(FILES.keySet()),
                path -> Optional.ofNullable(FILES.get(path)));
    }

    @Test
    void readsProjectReferencesOfDependenciesBlocksWithConfigurationScopesAndLines() {
        assertThat(read().declaredBy("app")).filteredOn(declared -> !declared.shared())
                .extracting(DeclaredDependency::to, DeclaredDependency::scope, DeclaredDependency::exported,
                        DeclaredDependency::line)
                .containsExactly(
                        tuple("libs/json", Scope.MAIN, true, 2),
                        tuple("libs/json", Scope.RUNTIME, false, 4),
                        tuple("shared/common", Scope.MAIN, false, 3),
                        tuple("shared/common", Scope.TEST, false, 8),
                        tuple("shared/common", Scope.MAIN, false, 9));
    }

    @Test
    void subprojectsBlocksDeclareForEveryOtherProjectOfTheBuildButBuildscriptDeclaresNothing() {
        assertThat(read().all()).filteredOn(DeclaredDependency::shared)
                .extracting(DeclaredDependency::from, DeclaredDependency::to, DeclaredDependency::scope,
                        DeclaredDependency::buildFile, DeclaredDependency::line)
                .containsExactly(
                        tuple("", "shared/common", Scope.TEST, "build.gradle", 6),
                        tuple("app", "shared/common", Scope.TEST, "build.gradle", 6),
                        tuple("bom", "shared/common", Scope.TEST, "build.gradle", 6),
                        tuple("libs/json", "shared/common", Scope.TEST, "build.gradle", 6));
    }

    @Test
    void typeSafeAccessorsCamelizeEachSegment() {
        assertThat(GradleProjects.accessor(":spring-core")).isEqualTo("springCore");
        assertThat(GradleProjects.accessor(":libs:json_path")).isEqualTo("libs.jsonPath");
    }

    @Test
    void configurationsServeMainTestOrNoCode() {
        assertThat(List.of("api", "compileOnly", "optional", "testFixturesApi", "integrationTestImplementation", "jmh",
                "runtimeOnly", "annotationProcessor")).extracting(GradleDeclarations::scope)
                .containsExactly(Scope.MAIN, Scope.MAIN, Scope.MAIN, Scope.TEST, Scope.TEST, Scope.TEST, Scope.RUNTIME,
                        Scope.RUNTIME);
    }
}
