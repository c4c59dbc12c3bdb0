package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.DeclaredInactive;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build that does not come out the same on every machine: no build wrapper pinning the Maven or Gradle
 * version, Maven plugins without a pinned version, or no Java version declared. An agent's sandbox then
 * builds with whatever it has, and "it passed for me" means little.
 */
@RuleDefinition(
        id = "context/unreproducible-build",
        summary = "No build wrapper, unpinned Maven plugin versions, or no Java version declared.",
        description = "Reports, on the build file: no Maven wrapper (mvnw and .mvn/wrapper/maven-wrapper.properties) "
                + "or Gradle wrapper (gradlew and gradle/wrapper/gradle-wrapper.properties); each Maven plugin "
                + "declared without a version that no pom of the repository pins (outside opt-in profiles such as a "
                + "release profile; poms whose parent lies outside "
                + "the repository are left alone, the parent may pin them); and no Java version anywhere "
                + "(maven.compiler.release/source/target, the compiler plugin's release, toolchains, Gradle "
                + "toolchains or sourceCompatibility, .java-version, .sdkmanrc, .tool-versions).",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = FileKind.BUILD,
        needs = Need.BUILD_FILES,
        tags = {"context", "build", "reproducibility", "ai-readiness"},
        holds = "The build is reproducible: a wrapper, pinned plugins and a declared Java version")
public final class UnreproducibleBuild implements RepositoryRule {

    private static final Pattern CORE_EXTENSION = Pattern.compile("<extension>\\s*<groupId>([^<]+)</groupId>\\s*"
            + "<artifactId>([^<]+)</artifactId>((?:(?!</extension>).)*)</extension>", Pattern.DOTALL);
    private static final Pattern EXTENSION_ARTIFACT = Pattern.compile("[\\w.-]+-extension");
    private static final Pattern GRADLE_JAVA = Pattern.compile(
            "toolchain|languageVersion|sourceCompatibility|targetCompatibility|options\\.release|release\\.set|jvmTarget");

    @Override
    public void check(RepositoryContext context, FindingSink findings) {
        FindingSink sink = DeclaredInactive.soften(context, findings);
        Optional<RepoFile> buildFile = RepositoryAnchors.buildFile(context);
        if (buildFile.isEmpty()) {
            return;
        }
        boolean maven = buildFile.get().fileName().equals("pom.xml");
        Location anchor = Location.ofLine(buildFile.get().path(), 1);
        RepositoryPaths paths = RepositoryPaths.of(context);
        if (context.scope().isEmpty()) {
            checkWrapper(maven, paths, anchor, sink);
        }
        if (maven) {
            MavenBuild build = MavenBuild.read(context, buildFile.get());
            checkPlugins(build, hasMavenWrapper(paths), coreExtensions(context), sink);
            checkMavenJava(build, buildFile.get(), paths, sink);
        } else if (!gradleDeclaresJava(context) && !versionFileDeclaresJava(paths)) {
            sink.report(anchor, "No Java version declared: add a toolchain (`java { toolchain { languageVersion = "
                    + "JavaLanguageVersion.of(17) } }`) so every machine compiles for the same Java.");
        }
    }

    private static void checkWrapper(boolean maven, RepositoryPaths paths, Location anchor, FindingSink sink) {
        if (maven && !hasMavenWrapper(paths)) {
            sink.report(anchor, "No Maven wrapper (mvnw and .mvn/wrapper/maven-wrapper.properties): every machine "
                    + "builds with whatever Maven it has; add one with `mvn wrapper:wrapper` and commit it.");
        } else if (!maven && !(paths.exists("gradlew") && paths.exists("gradle/wrapper/gradle-wrapper.properties"))) {
            sink.report(anchor, "No Gradle wrapper (gradlew and gradle/wrapper/gradle-wrapper.properties): every "
                    + "machine builds with whatever Gradle it has; add one with `gradle wrapper` and commit it.");
        }
    }

    private static void checkPlugins(MavenBuild build, boolean wrapped, Set<String> coreExtensions, FindingSink sink) {
        for (Map.Entry<String, PomModel> pom : build.poms().entrySet()) {
            if (build.inheritsFromOutside(pom.getKey())) {
                continue;
            }
            List<PomModel> chain = build.chain(pom.getKey());
            pom.getValue().plugins().stream()
                    .filter(plugin -> !plugin.versioned() && !plugin.optIn())
                    .filter(plugin -> chain.stream().noneMatch(ancestor -> ancestor.pinned().contains(plugin.key())))
                    .filter(plugin -> !pom.getValue().lifecyclePins(plugin.key(), chain))
                    .filter(plugin -> !(wrapped && pom.getValue().mavenPins(plugin.key())))
                    .filter(plugin -> !configuresAnExtension(plugin, coreExtensions))
                    .forEach(plugin -> sink.report(Location.ofLine(pom.getKey(), plugin.line()), "Plugin "
                            + plugin.key() + " has no version: " + (pom.getValue().mavenPins(plugin.key())
                                    ? "Maven picks one that depends on its own version, so builds differ between "
                                            + "machines"
                                    : "Maven resolves the newest release when it builds (and warns), so builds "
                                            + "differ from day to day")
                            + "; add a <version> (in pluginManagement of the parent pom)."));
        }
    }

    /**
     * A pom entry that only configures a build extension, which Maven never resolves as a plugin: one for a core
     * extension {@code .mvn/extensions.xml} loads at a version (Feign configures the Develocity extension so), or a
     * pluginManagement entry for an extension's artifact, which another extension may bring in (Spring Retry's
     * {@code develocity-maven-extension}, loaded through Spring's conventions extension).
     */
    private static boolean configuresAnExtension(PomModel.Plugin plugin, Set<String> coreExtensions) {
        return coreExtensions.contains(plugin.key())
                || plugin.managed() && EXTENSION_ARTIFACT.matcher(plugin.artifactId()).matches();
    }

    /**
     * The core extensions {@code .mvn/extensions.xml} loads at a version ({@code groupId:artifactId}): a pom entry
     * of the same key only configures it (Feign configures the Develocity extension so), its version is pinned.
     */
    private static Set<String> coreExtensions(RepositoryContext context) {
        Set<String> pinned = new TreeSet<>();
        context.file(".mvn/extensions.xml").flatMap(context::readText).ifPresent(text -> {
            Matcher extension = CORE_EXTENSION.matcher(text);
            while (extension.find()) {
                if (extension.group(3).contains("<version>")) {
                    pinned.add(extension.group(1).strip() + ":" + extension.group(2).strip());
                }
            }
        });
        return pinned;
    }

    private static boolean hasMavenWrapper(RepositoryPaths paths) {
        return paths.exists("mvnw") && paths.exists(".mvn/wrapper/maven-wrapper.properties") || hasMvx(paths);
    }

    /**
     * mvx, a bootstrap script like mvnw whose {@code .mvx/} configuration pins the Maven (and Java) version every
     * machine gets (JLine builds with it).
     */
    private static boolean hasMvx(RepositoryPaths paths) {
        return paths.exists("mvx") && (paths.exists(".mvx/config.json5") || paths.exists(".mvx/config.json")
                || paths.exists(".mvx/mvx.properties"));
    }

    private static void checkMavenJava(MavenBuild build, RepoFile root, RepositoryPaths paths, FindingSink sink) {
        boolean declared = build.poms().values().stream().anyMatch(PomModel::declaresJava)
                || build.poms().containsKey(root.path()) && build.inheritsFromOutside(root.path());
        if (!declared && !versionFileDeclaresJava(paths)) {
            sink.report(Location.ofLine(root.path(), 1), "No Java version declared: set <maven.compiler.release> (e.g. 17) so every machine "
                    + "compiles for the same Java and agents pick the right JDK.");
        }
    }

    private static boolean gradleDeclaresJava(RepositoryContext context) {
        return context.files().stream()
                .filter(file -> file.fileName().endsWith(".gradle") || file.fileName().endsWith(".gradle.kts")
                        || file.fileName().equals("gradle.properties"))
                .map(context::readText).flatMap(Optional::stream)
                .anyMatch(text -> GRADLE_JAVA.matcher(text).find());
    }

    /** A version manager's file: .java-version (jenv), .sdkmanrc (SDKMAN!), .tool-versions (asdf). */
    private static boolean versionFileDeclaresJava(RepositoryPaths paths) {
        return paths.exists(".java-version") || paths.exists(".sdkmanrc") || paths.exists(".tool-versions");
    }
}
