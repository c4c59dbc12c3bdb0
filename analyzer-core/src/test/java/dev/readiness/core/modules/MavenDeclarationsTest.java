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

class MavenDeclarationsTest {

    private static final String PARENT = """
            <project>
              <groupId>org.acme</groupId>
              <artifactId>parent</artifactId>
              <properties><base.artifact>base</base.artifact></properties>
              <dependencies>
                <dependency><groupId>org.acme</groupId><artifactId>${base.artifact}</artifactId></dependency>
              </dependencies>
              <dependencyManagement>
                <dependencies>
                  <dependency><groupId>org.acme</groupId><artifactId>web</artifactId></dependency>
                </dependencies>
              </dependencyManagement>
            </project>
            """;
    private static final String BASE = """
            <project>
              <parent><groupId>org.acme</groupId><artifactId>parent</artifactId></parent>
              <artifactId>base</artifactId>
            </project>
            """;
    private static final String LIB = """
            <project>
              <parent><groupId>org.acme</groupId><artifactId>parent</artifactId></parent>
              <artifactId>lib</artifactId>
              <dependencies>
                <dependency><groupId>${project.groupId}</groupId><artifactId>core</artifactId></dependency>
                <dependency>
                  <groupId>org.acme</groupId><artifactId>tools</artifactId><optional>true</optional>
                </dependency>
              </dependencies>
            </project>
            """;
    private static final String WEB = """
            <project>
              <parent><groupId>org.acme</groupId><artifactId>parent</artifactId></parent>
              <artifactId>web</artifactId>
              <dependencies>
                <dependency><groupId>org.acme</groupId><artifactId>lib</artifactId><scope>provided</scope></dependency>
                <dependency><groupId>org.acme</groupId><artifactId>tools</artifactId><scope>test</scope></dependency>
                <dependency><groupId>org.acme</groupId><artifactId>core</artifactId><scope>runtime</scope></dependency>
                <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency>
              </dependencies>
              <build><plugins><plugin><artifactId>p</artifactId><dependencies>
                <dependency><groupId>org.acme</groupId><artifactId>base</artifactId></dependency>
              </dependencies></plugin></plugins></build>
            </project>
            """;
    private static final String CORE = "<project><groupId>org.acme</groupId><artifactId>core</artifactId></project>";
    private static final String TOOLS = "<project><groupId>org.acme</groupId><artifactId>tools</artifactId></project>";

    private static final Map<String, String> FILES = Map.of("pom.xml", PARENT, "base/pom.xml", BASE, "lib/pom.xml", LIB,
            "web/pom.xml", WEB, "core/pom.xml", CORE, "tools/pom.xml", TOOLS, "broken/pom.xml", "<project><oops>");

    private static ModuleDependencies read() {
        List<BuildModule> modules = FILES.keySet().stream().sorted()
                .map(path -> new BuildModule(path.contains("/") ? path.substring(0, path.indexOf('/')) : "", path,
                        BuildTool.MAVEN, List.of(), List.of()))
                .toList();
        return ModuleDependencies.read(modules, List.copyOf(FILES.keySet()),
                path -> Optional.ofNullable(FILES.get(path)));
    }

    @Test
    void readsScopesOptionalityAndLinesOfSiblingDependenciesOnly() {
        assertThat(read().declaredBy("web")).extracting(DeclaredDependency::to, DeclaredDependency::scope,
                        DeclaredDependency::exported, DeclaredDependency::buildFile, DeclaredDependency::line)
                .containsExactly(
                        tuple("base", Scope.MAIN, true, "pom.xml", 6),
                        tuple("core", Scope.RUNTIME, false, "web/pom.xml", 7),
                        tuple("lib", Scope.MAIN, false, "web/pom.xml", 5),
                        tuple("tools", Scope.TEST, false, "web/pom.xml", 6));
    }

    @Test
    void resolvesProjectGroupIdAndParentPropertiesAndMarksOptionalAsNotExported() {
        assertThat(read().declaredBy("lib")).extracting(DeclaredDependency::to, DeclaredDependency::exported)
                .containsExactly(tuple("base", true), tuple("core", true), tuple("tools", false));
    }

    @Test
    void onlyReadablePomsHaveKnownDeclarationsAndAParentDoesNotDependOnItself() {
        ModuleDependencies dependencies = read();

        assertThat(dependencies.knowsDeclarationsOf("web")).isTrue();
        assertThat(dependencies.knowsDeclarationsOf("broken")).isFalse();
        assertThat(dependencies.declaredBy("base")).isEmpty();
    }

    @Test
    void externalArtifactsAndParentsOutsideTheRepositoryMayBringClassesForTheirScope() {
        ModuleDependencies dependencies = read();

        // web declares guava; tools declares nothing and its parent is in the repository
        assertThat(dependencies.mayComeFromOutside("web", false)).isTrue();
        assertThat(dependencies.mayComeFromOutside("tools", true)).isFalse();
        ModuleDependencies others = ModuleDependencies.read(List.of(
                        new BuildModule("starter", "starter/pom.xml", BuildTool.MAVEN, List.of(), List.of()),
                        new BuildModule("it", "it/pom.xml", BuildTool.MAVEN, List.of(), List.of())),
                List.of("starter/pom.xml", "it/pom.xml"), path -> Optional.ofNullable(Map.of(
                        "starter/pom.xml", """
                                <project>
                                  <parent><groupId>org.springframework.boot</groupId><artifactId>starter-parent</artifactId></parent>
                                  <artifactId>starter</artifactId>
                                </project>
                                """,
                        "it/pom.xml", """
                                <project>
                                  <groupId>org.acme</groupId><artifactId>it</artifactId>
                                  <dependencies>
                                    <dependency><groupId>org.junit</groupId><artifactId>junit</artifactId><scope>test</scope></dependency>
                                  </dependencies>
                                </project>
                                """).get(path)));
        assertThat(others.mayComeFromOutside("starter", false)).isTrue();
        assertThat(others.mayComeFromOutside("it", false)).isFalse();
        assertThat(others.mayComeFromOutside("it", true)).isTrue();
        assertThat(others.canDeclare("it", "starter")).isTrue();
    }

    @Test
    void unresolvedCoordinatesAndTychoPackagingLeaveDeclarationsUnknown() {
        ModuleDependencies dependencies = ModuleDependencies.read(List.of(
                        new BuildModule("a", "a/pom.xml", BuildTool.MAVEN, List.of(), List.of()),
                        new BuildModule("b", "b/pom.xml", BuildTool.MAVEN, List.of(), List.of())),
                List.of("a/pom.xml", "b/pom.xml"), path -> Optional.ofNullable(Map.of(
                        "a/pom.xml", """
                                <project>
                                  <groupId>org.acme</groupId><artifactId>a</artifactId>
                                  <dependencies>
                                    <dependency><groupId>org.acme</groupId><artifactId>${chosen.module}</artifactId></dependency>
                                  </dependencies>
                                </project>
                                """,
                        "b/pom.xml", """
                                <project>
                                  <groupId>org.acme</groupId><artifactId>b</artifactId><packaging>eclipse-plugin</packaging>
                                </project>
                                """).get(path)));

        assertThat(dependencies.knowsDeclarationsOf("a")).isFalse();
        assertThat(dependencies.knowsDeclarationsOf("b")).isFalse();
        assertThat(read().knowsDeclarationsOf("lib")).isTrue();
    }

    @Test
    void compilePathFollowsOnlyExportedDependenciesBeyondTheFirstStep() {
        ModuleDependencies dependencies = read();

        assertThat(dependencies.compilePath("web", "core", false)).contains(List.of("web", "lib", "core"));
        assertThat(dependencies.compilePath("web", "tools", false)).isEmpty();
        assertThat(dependencies.compilePath("web", "tools", true)).contains(List.of("web", "tools"));
        assertThat(dependencies.direct("web", "core", true)).isEmpty();
    }
}
