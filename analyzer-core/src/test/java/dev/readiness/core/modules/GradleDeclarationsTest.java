package dev.readiness.core.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.modules.DeclaredDependency.Scope;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.BuildModule.BuildTool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        return read(FILES);
    }

    /** Every build script of {@code files} is a module (settings files and plugin scripts are not). */
    private static ModuleDependencies read(Map<String, String> files) {
        List<BuildModule> modules = files.keySet().stream()
                .filter(path -> !path.contains("settings.gradle") && !path.contains("/src/")).sorted()
                .map(path -> new BuildModule(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "", path,
                        BuildTool.GRADLE, List.of(), List.of()))
                .toList();
        return ModuleDependencies.read(modules, List.copyOf(files.keySet()),
                path -> Optional.ofNullable(files.get(path)));
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
    void conventionAndScriptPluginsAndUnknownProjectsLeaveDeclarationsUnknown() {
        Map<String, String> files = new TreeMap<>(Map.of(
                "settings.gradle", "include 'core', 'web', 'batch', 'admin', 'tools'",
                "build-logic/src/main/kotlin/acme.java-conventions.gradle.kts", "plugins { java }",
                "core/build.gradle", "plugins { id 'java-library' }",
                "web/build.gradle.kts", "plugins {\n    id(\"acme.java-conventions\")\n}",
                "batch/build.gradle", "apply from: \"$rootDir/gradle/shared.gradle\"",
                "admin/build.gradle", "dependencies { implementation project(':gone') }",
                "tools/build.gradle", "plugins { id 'org.example.docs' version '1.0' apply false; id 'application' }"));

        ModuleDependencies dependencies = read(files);

        assertThat(List.of("core", "web", "batch", "admin", "tools")).filteredOn(dependencies::knowsDeclarationsOf)
                .containsExactly("core", "tools");
    }

    @Test
    void artifactsCatalogEntriesAndFilesComeFromOutsideForTheirScopeButProjectsOfOneBuildDoNot() {
        Map<String, String> files = new TreeMap<>(Map.of(
                "settings.gradle", "include 'core', 'web', 'batch'",
                "core/build.gradle", "dependencies {\n    testImplementation 'org.junit:junit:4.13.2'\n}",
                "web/build.gradle.kts", "dependencies {\n    implementation(libs.jackson)\n    api(project(\":core\"))\n}",
                "batch/build.gradle", "dependencies {\n    testFixturesImplementation(\n        testFixtures(project(':core')))\n}",
                "examples/demo/settings.gradle", "rootProject.name = 'demo'",
                "examples/demo/build.gradle", "dependencies { implementation 'org.acme:core:1.0' }"));

        ModuleDependencies dependencies = read(files);

        assertThat(dependencies.mayComeFromOutside("core", false)).isFalse();
        assertThat(dependencies.mayComeFromOutside("core", true)).isTrue();
        assertThat(dependencies.mayComeFromOutside("web", false)).isTrue();
        assertThat(dependencies.mayComeFromOutside("batch", true)).isFalse();
        assertThat(dependencies.canDeclare("web", "core")).isTrue();
        assertThat(dependencies.canDeclare("examples/demo", "core")).isFalse();
    }

    @Test
    void aProjectsFileCarryingConfigurationIsNoCodeDependencyItsCodeVariantsAre() {
        // rewritten from JMeter, whose distribution takes the licence texts another project publishes
        Map<String, String> files = Map.of("settings.gradle", SETTINGS, "app/build.gradle", """
                dependencies {
                    binLicense(project(":common", "licenseTexts"))
                    sources project(path: ':common', configuration: 'sourceArchive')
                    implementation(project(":libs:json", "apiElements"))
                }
                """, "libs/json/build.gradle.kts", "", "shared/common/common.gradle", "");

        assertThat(read(files).declaredBy("app")).extracting(DeclaredDependency::to, DeclaredDependency::scope,
                DeclaredDependency::line).containsExactly(tuple("libs/json", Scope.MAIN, 4));
    }

    @Test
    void dependenciesOfAMultiplatformTestSourceSetServeTests() {
        // rewritten from OkHttp: its tests use the mock server, which depends on okhttp's main code; no cycle
        Map<String, String> files = Map.of("settings.gradle.kts", "include(\":okhttp\", \":mockwebserver\", \":sse\")",
                "okhttp/build.gradle.kts", """
                kotlin {
                  sourceSets {
                    commonTest {
                      dependencies {
                        implementation(projects.mockwebserver)
                      }
                    }
                    val jvmTest by getting {
                      dependencies {
                        implementation(projects.sse)
                      }
                    }
                    jvmMain.dependencies {
                      api(projects.sse)
                    }
                  }
                }
                """, "mockwebserver/build.gradle.kts", """
                dependencies {
                  "friendsApi"(projects.okhttp)
                }
                """, "sse/build.gradle.kts", "");

        ModuleDependencies dependencies = read(files);

        assertThat(dependencies.declaredBy("okhttp")).extracting(DeclaredDependency::to, DeclaredDependency::scope)
                .containsExactlyInAnyOrder(tuple("mockwebserver", Scope.TEST), tuple("sse", Scope.TEST),
                        tuple("sse", Scope.MAIN));
        assertThat(dependencies.declaredBy("mockwebserver")).extracting(DeclaredDependency::to, DeclaredDependency::scope)
                .containsExactly(tuple("okhttp", Scope.MAIN));
    }

    @Test
    void aConfigurationTheScriptDeclaresForItselfIsNoCodeDependencyUnlessCodeInheritsIt() {
        // rewritten from POI, whose modules collect each other's sources for the javadoc in their own configuration
        Map<String, String> files = Map.of("settings.gradle", SETTINGS, "app/build.gradle", """
                configurations {
                    javadocs
                    optional
                    compileOnly { extendsFrom optional }
                }
                dependencies {
                    javadocs project(':common')
                    optional project(':libs:json')
                    compileOnly project(':bom')
                }
                """, "libs/json/build.gradle.kts", """
                val docs by configurations.creating
                dependencies {
                    docs(project(":common"))
                    implementation(project(":bom"))
                }
                """, "shared/common/common.gradle", "", "bom/build.gradle", "");

        assertThat(read(files).declaredBy("app")).extracting(DeclaredDependency::to).containsExactlyInAnyOrder("libs/json", "bom");
        assertThat(read(files).declaredBy("libs/json")).extracting(DeclaredDependency::to).containsExactly("bom");
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
