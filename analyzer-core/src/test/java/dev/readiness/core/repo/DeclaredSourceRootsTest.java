package dev.readiness.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.RoleOverrides;
import dev.readiness.core.repo.FileKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Roles from what build files declare, read as text: Maven, Gradle (Groovy and Kotlin) and Ant. */
class DeclaredSourceRootsTest {

    private static FileRoles roles(String path, String text) {
        return roles(Map.of(path, text));
    }

    private static FileRoles roles(Map<String, String> files) {
        return FileRoles.of(List.copyOf(files.keySet()), path -> Optional.ofNullable(files.get(path)),
                FileRoles.Overrides.NONE);
    }

    @Test
    void gradleGroovySourceSetsWithCustomDirectoriesAndASuiteRunByATestTask() {
        FileRoles roles = roles(Map.of("app/build.gradle", """
                sourceSets {
                    main { java { srcDirs = ['src'] } }
                    test { java.srcDir 'unit' }
                    acceptance {
                        java { srcDir 'scenarios' }
                        resources { srcDir 'scenario-data' }
                    }
                    tools { java.srcDirs = ['tooling'] }
                }
                task acceptance(type: Test) {
                    testClassesDirs = sourceSets.acceptance.output.classesDirs
                }
                """));

        assertThat(roles.roleOf("app/src/org/acme/Order.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.roleOf("app/unit/org/acme/OrderChecks.java")).isEqualTo(FileKind.TEST);
        assertThat(roles.roleOf("app/scenarios/org/acme/Checkout.java")).isEqualTo(FileKind.TEST);
        assertThat(roles.roleOf("app/tooling/org/acme/Release.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.decide("app/unit/org/acme/OrderChecks.java").reason()).contains("app/build.gradle sourceSets.test");
    }

    @Test
    void aModuleWhoseMainCodeNeedsABenchmarkHarnessIsABenchmarkModuleWhateverItsName() {
        FileRoles roles = roles(Map.of(
                "microbench/pom.xml", pom("<dependency><groupId>org.openjdk.jmh</groupId>"
                        + "<artifactId>jmh-core</artifactId></dependency>"),
                "metrics/pom.xml", pom("<dependency><groupId>com.google.caliper</groupId>"
                        + "<artifactId>caliper</artifactId><scope>compile</scope></dependency>"),
                "codec/pom.xml", pom("<dependency><groupId>org.openjdk.jmh</groupId>"
                        + "<artifactId>jmh-core</artifactId><scope>test</scope></dependency>"),
                "pom.xml", pom("<dependency><groupId>org.openjdk.jmh</groupId>"
                        + "<artifactId>jmh-core</artifactId></dependency>")));

        assertThat(roles.roleOf("microbench/src/main/java/org/acme/EncoderBenchmark.java")).isEqualTo(FileKind.TEST);
        assertThat(roles.decide("metrics/src/main/java/org/acme/ParseBenchmark.java").reason())
                .isEqualTo("a benchmark module: metrics/pom.xml depends on a benchmark harness (JMH, Caliper)");
        // a harness only its tests use, and the root module (it holds everything), stay production
        assertThat(roles.roleOf("codec/src/main/java/org/acme/Codec.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.roleOf("src/main/java/org/acme/Order.java")).isEqualTo(FileKind.PRODUCTION);
    }

    @Test
    void modulesInheritTheSourceDirectoriesTheirParentPomDeclaresResolvedInTheirOwnDirectory() {
        // Guice: the parent pom gives every module an Ant-style src/ and test/, which the modules do not repeat
        FileRoles roles = roles(Map.of(
                "pom.xml", """
                        <project><groupId>org.acme</groupId><artifactId>acme-parent</artifactId>
                          <build><sourceDirectory>${project.basedir}/src</sourceDirectory>
                                 <testSourceDirectory>${project.basedir}/test</testSourceDirectory></build>
                        </project>""",
                "core/pom.xml", child("acme-parent", null, "acme-core"),
                "extensions/pom.xml", child("acme-parent", null, "extensions-parent"),
                "extensions/servlet/pom.xml", child("extensions-parent", null, "acme-servlet")));

        assertThat(roles.roleOf("core/src/org/acme/Injector.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.roleOf("core/test/org/acme/InjectorTest.java")).isEqualTo(FileKind.TEST);
        assertThat(roles.roleOf("extensions/servlet/src/org/acme/servlet/Filter.java"))
                .isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.decide("extensions/servlet/src/org/acme/servlet/Filter.java").reason())
                .isEqualTo("pom.xml <sourceDirectory>, inherited by extensions/servlet/pom.xml");
        assertThat(roles.decide("core/test/org/acme/InjectorTest.java").root()).isEqualTo("core/test");
    }

    @Test
    void aModulesOwnSourceDirectoryWinsOverItsParentsAndAnOutsideParentGivesNothing() {
        FileRoles roles = roles(Map.of(
                "pom.xml", parent("acme-parent", "<sourceDirectory>src</sourceDirectory>"),
                "app/pom.xml", """
                        <project><parent><groupId>org.acme</groupId><artifactId>acme-parent</artifactId></parent>
                          <artifactId>app</artifactId><build><sourceDirectory>java</sourceDirectory></build>
                        </project>""",
                "plugin/pom.xml", child("maven-parent", "", "plugin"),
                "tools/build/pom.xml", child("acme-parent", "../../pom.xml", "tools")));

        assertThat(roles.decide("app/java/org/acme/App.java").reason()).isEqualTo("app/pom.xml <sourceDirectory>");
        assertThat(roles.roleOf("app/src/org/acme/Old.java")).isEqualTo(FileKind.OTHER);
        // the parent is a released artifact, not in the repository: Maven's defaults hold
        assertThat(roles.decide("plugin/src/main/java/org/acme/Mojo.java").reason()).isEqualTo("conventional main root");
        assertThat(roles.roleOf("plugin/src/org/acme/Stray.java")).isEqualTo(FileKind.OTHER);
        // a relative path two levels up
        assertThat(roles.decide("tools/build/src/org/acme/Tool.java").reason())
                .isEqualTo("pom.xml <sourceDirectory>, inherited by tools/build/pom.xml");
    }

    @Test
    void testResourceDirectoriesArePomDeclaredTestDataUnlessNamedLikeASourceDirectory() {
        // JGit: tst/ holds the tests, tst-rsrc/ the files they read (a sample S3 configuration among them)
        FileRoles roles = roles(Map.of(
                "pom.xml", parent("jgit-parent", ""),
                "storage/pom.xml", """
                        <project><parent><groupId>org.acme</groupId><artifactId>jgit-parent</artifactId></parent>
                          <artifactId>jgit-test</artifactId>
                          <build><testSourceDirectory>tst/</testSourceDirectory>
                            <testResources><testResource><directory>tst-rsrc/</directory></testResource>
                              <testResource><directory>src/test/java</directory></testResource></testResources>
                          </build>
                        </project>"""));

        assertThat(roles.roleOf("storage/tst-rsrc/s3-config.properties")).isEqualTo(FileKind.TEST_FIXTURE);
        assertThat(roles.decide("storage/tst-rsrc/s3-config.properties").root()).isEqualTo("storage/tst-rsrc");
        assertThat(roles.decide("storage/tst-rsrc/org/acme/Sample.java").reason())
                .isEqualTo("storage/pom.xml <testResources>");
        assertThat(roles.roleOf("storage/tst/org/acme/RepositoryTest.java")).isEqualTo(FileKind.TEST);
        // a source directory copied as resources keeps its role
        assertThat(roles.roleOf("storage/src/test/java/org/acme/HelperTest.java")).isEqualTo(FileKind.TEST);
    }

    @Test
    void aParentFoundByItsCoordinatesWhenTheRelativePathHoldsAnotherPom() {
        FileRoles roles = roles(Map.of(
                "parent/pom.xml", parent("acme-build", "<testSourceDirectory>checks</testSourceDirectory>"),
                "pom.xml", "<project><groupId>org.acme</groupId><artifactId>acme-aggregator</artifactId></project>",
                "lib/pom.xml", child("acme-build", null, "lib")));

        assertThat(roles.roleOf("lib/checks/org/acme/LibCheck.java")).isEqualTo(FileKind.TEST);
    }

    @Test
    void resourcesBesideASrcDirectoryAreDataNotCode() {
        // Lombok: test/transform/src holds the tests, test/transform/resource the sources they transform
        Map<String, String> files = new java.util.HashMap<>();
        for (String path : List.of("test/transform/src/lombok/TransformTest.java",
                "test/transform/resource/before/BuilderSimple.java", "test/transform/resource/after/BuilderSimple.java",
                "tools/src/org/acme/Tool.java", "tools/resources/templates/Template.java",
                "src/test/java/org/acme/resource/ResourceTest.java", "src/main/java/org/acme/resources/Loader.java")) {
            files.put(path, "");
        }
        FileRoles roles = roles(files);

        assertThat(roles.decide("test/transform/resource/before/BuilderSimple.java").role())
                .isEqualTo(FileKind.TEST_FIXTURE);
        assertThat(roles.decide("test/transform/resource/after/BuilderSimple.java").root())
                .isEqualTo("test/transform/resource");
        // packages named resource(s) have no src directory beside them
        assertThat(rolesOf(roles, "test/transform/src/lombok/TransformTest.java", "tools/resources/templates/Template.java",
                "src/test/java/org/acme/resource/ResourceTest.java", "src/main/java/org/acme/resources/Loader.java"))
                .containsExactly(FileKind.TEST, FileKind.OTHER, FileKind.TEST, FileKind.PRODUCTION);
    }

    @Test
    void eclipseBundlesTakeTheirSourcesFromBuildPropertiesAndATestBundlesProjectsAreItsData() {
        // eclipse.jdt.ls: Tycho bundles, whose tests import the Maven and Gradle projects kept beside them
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "ls.core/pom.xml", "<project><artifactId>ls.core</artifactId><packaging>eclipse-plugin</packaging></project>",
                "ls.core/build.properties", "source.. = src/,\\\n    gen/\noutput.. = target/classes\n",
                "ls.tests/pom.xml",
                "<project><artifactId>ls.tests</artifactId><packaging>eclipse-test-plugin</packaging></project>",
                "ls.tests/build.properties", "source.. = src/\n",
                "ls.tests/projects/maven/salut/pom.xml", "<project><artifactId>salut</artifactId></project>",
                "ls.tests/projects/gradle/simple/build.gradle", "sourceSets { main { java { srcDirs = ['app'] } } }",
                "ls.filesystem/pom.xml",
                "<project><artifactId>ls.filesystem</artifactId><packaging>eclipse-plugin</packaging></project>"));
        FileRoles roles = roles(files);

        assertThat(roles.decide("ls.core/src/org/acme/ls/Server.java").reason()).isEqualTo("ls.core/build.properties source..");
        assertThat(roles.roleOf("ls.core/gen/org/acme/ls/Parser.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.roleOf("ls.tests/src/org/acme/ls/ServerTest.java")).isEqualTo(FileKind.TEST);
        assertThat(roles.roleOf("ls.tests/projects/maven/salut/src/main/java/org/sample/Foo.java"))
                .isEqualTo(FileKind.TEST_FIXTURE);
        assertThat(roles.roleOf("ls.tests/projects/gradle/simple/app/org/sample/App.java"))
                .isEqualTo(FileKind.TEST_FIXTURE);
        // no build.properties: Tycho's src
        assertThat(roles.decide("ls.filesystem/src/org/acme/fs/Files.java").reason())
                .isEqualTo("ls.filesystem/pom.xml <packaging>eclipse-plugin</packaging>, src by default");
    }

    /** A pom of {@code org.acme} with {@code build} in its build section. */
    private static String parent(String artifactId, String build) {
        return "<project><groupId>org.acme</groupId><artifactId>" + artifactId + "</artifactId><build>" + build
                + "</build></project>";
    }

    /** A module pom whose parent is {@code org.acme:parent}, at {@code relativePath} (null: Maven's default). */
    private static String child(String parent, String relativePath, String artifactId) {
        return "<project><parent><groupId>org.acme</groupId><artifactId>" + parent + "</artifactId>"
                + (relativePath == null ? "" : "<relativePath>" + relativePath + "</relativePath>")
                + "</parent><artifactId>" + artifactId + "</artifactId></project>";
    }

    private static String pom(String dependencies) {
        return "<project><dependencies>" + dependencies + "</dependencies></project>";
    }

    @Test
    void commentedOutSourceSetsDeclareNothing() {
        FileRoles roles = roles(Map.of("build.gradle.kts", """
                // sourceSets { create("checks") { java.srcDir("checks") } }
                /* sourceSets { named("main") { java.setSrcDirs(listOf("checks")) } } */
                """));

        assertThat(roles.roleOf("checks/org/acme/Order.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.decide("checks/org/acme/Order.java").reason()).isEqualTo("code outside any test root");
    }

    @Test
    void antBatchTestThroughAFilesetReferenceMakesItsDirectoryTestCode() {
        FileRoles roles = roles(Map.of("build.xml", """
                <project name="p" basedir=".">
                  <property name="src" location="source"/>
                  <property name="checks" value="${basedir}/checks"/>
                  <fileset id="check.files" dir="${checks}" includes="**/*Check.java"/>
                  <target name="compile"><javac srcdir="${src}" destdir="out"/></target>
                  <target name="build-checks"><javac destdir="out2"><src path="${checks}"/></javac></target>
                  <target name="verify">
                    <junit><batchtest><fileset refid="check.files"/></batchtest></junit>
                  </target>
                </project>
                """));

        assertThat(roles.roleOf("source/org/acme/Order.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.roleOf("checks/org/acme/OrderCheck.java")).isEqualTo(FileKind.TEST);
        assertThat(roles.decide("checks/org/acme/OrderCheck.java").reason()).contains("run by <junit>");
    }

    @Test
    void aTestDirectoryTheBuildCompilesIsCodeThoughItsNameLooksLikeATestSourceSetsData() {
        // Apache Ant: src/tests/junit, compiled by compile-tests, reads like data of a "tests" source set
        FileRoles roles = roles(Map.of("build.xml", """
                <project name="ant" basedir=".">
                  <property name="src.dir" value="src"/>
                  <property name="java.dir" value="${src.dir}/main"/>
                  <property name="src.junit" value="${src.dir}/tests/junit"/>
                  <target name="build"><javac srcdir="${java.dir}" destdir="out"/></target>
                  <target name="compile-tests"><javac srcdir="${src.junit}" destdir="out-tests"/></target>
                  <target name="test"><junit><batchtest><fileset dir="${src.junit}"/></batchtest></junit></target>
                </project>
                """));

        // what no build compiles in a test source set stays its data (antunit)
        assertThat(rolesOf(roles, "src/tests/junit/org/acme/tools/ProjectTest.java",
                "src/tests/junit/org/acme/tools/BuildFileRule.java", "src/tests/junit/org/acme/tools/expected.properties",
                "src/tests/antunit/core/echo-test.xml", "src/main/org/acme/tools/Project.java"))
                .containsExactly(FileKind.TEST, FileKind.TEST, FileKind.TEST_FIXTURE, FileKind.TEST_FIXTURE,
                        FileKind.PRODUCTION);
    }

    @Test
    void antTestsCompiledByAJunitTargetOrKeptInATestDirectoryAreTestCode() {
        // rewritten from FOP: its tests compile in junit-compile-java, and a test package also in a resource target
        FileRoles roles = roles(Map.of("fop/build.xml", """
                <project name="fop" basedir=".">
                  <property name="test.java.dir" value="${basedir}/../fop-core/src/test/java"/>
                  <target name="compile-java"><javac srcdir="../fop-core/src/main/java" destdir="out"/></target>
                  <target name="junit-compile-java"><javac destdir="out-tests"><src path="${test.java.dir}"/></javac></target>
                  <target name="resgen"><javac srcdir="${test.java.dir}/org/acme/scripts" destdir="out-gen"/></target>
                </project>
                """));

        assertThat(rolesOf(roles, "fop-core/src/main/java/org/acme/Fop.java",
                "fop-core/src/test/java/org/acme/FopTestCase.java",
                "fop-core/src/test/java/org/acme/scripts/ScriptsGenerator.java"))
                .containsExactly(FileKind.PRODUCTION, FileKind.TEST, FileKind.TEST);
    }

    private static List<FileKind> rolesOf(FileRoles roles, String... paths) {
        return java.util.Arrays.stream(paths).map(roles::roleOf).toList();
    }

    @Test
    void aDirectoryWithAnUnresolvedPropertyOrOutsideTheRepositoryIsNotDeclared() {
        FileRoles roles = roles(Map.of("pom.xml", """
                <project><build>
                  <sourceDirectory>${generated.dir}/java</sourceDirectory>
                  <testSourceDirectory>../../elsewhere</testSourceDirectory>
                </build></project>
                """));

        assertThat(roles.decide("src/main/java/org/acme/Order.java").reason()).isEqualTo("conventional main root");
    }

    @Test
    void javaOutsideTheRootsAMavenBuildCompilesIsNoProductionCode() {
        String pom = "<project><modules><module>app</module></modules></project>";
        FileRoles roles = roles(Map.of("pom.xml", pom, "app/pom.xml", "<project/>",
                "tools/build.gradle", "plugins { id 'java' }"));

        assertThat(roles.decide("src/mdo/java/Template.java"))
                .extracting(RoleDecision::role, RoleDecision::reason)
                .containsExactly(FileKind.OTHER, "code outside the source roots its Maven build compiles");
        assertThat(roles.roleOf("app/src/assembly/bin/Launcher.java")).isEqualTo(FileKind.OTHER);
        assertThat(roles.roleOf("app/src/main/java/org/acme/App.java")).isEqualTo(FileKind.PRODUCTION);
        assertThat(roles.roleOf("tools/src/org/acme/Tool.java")).as("Gradle's roots are not known this way")
                .isEqualTo(FileKind.PRODUCTION);
        assertThat(roles("src/org/acme/Plain.java", "").roleOf("src/org/acme/Plain.java")).as("no build at all")
                .isEqualTo(FileKind.PRODUCTION);
    }

    @Test
    void readinessYmlOverridesWinOverTheBuild() {
        FileRoles roles = FileRoles.of(List.of("pom.xml"), path -> Optional.of(
                "<project><build><testSourceDirectory>checks</testSourceDirectory></build></project>"),
                new RoleOverrides(List.of(new RoleOverrides.Entry(FileKind.SAMPLE, "checks/demo/**")))::decide);

        assertThat(roles.roleOf("checks/demo/Demo.java")).isEqualTo(FileKind.SAMPLE);
        assertThat(roles.roleOf("checks/OrderCheck.java")).isEqualTo(FileKind.TEST);
    }
}
