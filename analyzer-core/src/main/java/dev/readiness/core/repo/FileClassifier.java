package dev.readiness.core.repo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides a file's {@link FileKind} from its path alone, by Maven/Gradle conventions. */
public final class FileClassifier {

    private static final Set<String> BUILD_FILE_NAMES = Set.of(
            "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
            "gradle.properties", "mvnw", "mvnw.cmd", "gradlew", "gradlew.bat", "build.xml");
    private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "groovy", "scala");
    private static final Set<String> DOC_EXTENSIONS = Set.of("md", "markdown", "adoc", "asciidoc", "rst", "txt");
    private static final Pattern RESOURCE_DIRECTORY = Pattern.compile("/src/[^/]+/resources/");
    private static final String[] TEST_NAME_SUFFIXES = {"Test", "Tests", "IT", "TestCase", "Spec"};

    private FileClassifier() {
    }

    public static FileKind classify(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String slashed = "/" + path;
        if (BUILD_FILE_NAMES.contains(name) || slashed.contains("/.mvn/") || slashed.contains("/gradle/wrapper/")) {
            return FileKind.BUILD;
        }
        String extension = extension(name);
        if (RESOURCE_DIRECTORY.matcher(slashed).find()) {
            return FileKind.OTHER; // sources under resources are data or fixtures, never compiled
        }
        if (CODE_EXTENSIONS.contains(extension)) {
            return isTestCode(slashed, name) ? FileKind.TEST : FileKind.PRODUCTION;
        }
        if (DOC_EXTENSIONS.contains(extension) || slashed.contains("/docs/") || slashed.contains("/doc/")) {
            return FileKind.DOCS;
        }
        return FileKind.OTHER;
    }

    private static boolean isTestCode(String slashedPath, String name) {
        // src/jmh: benchmarks (Gradle's JMH plugin layout) are test-side code, not product
        if (slashedPath.contains("/src/test/") || slashedPath.contains("/src/testFixtures/")
                || slashedPath.contains("/src/integrationTest/") || slashedPath.contains("/src/it/")
                || slashedPath.contains("/src/jmh/")) {
            return true;
        }
        if (slashedPath.contains("/src/main/")) {
            return false;
        }
        String base = name.substring(0, name.lastIndexOf('.'));
        for (String suffix : TEST_NAME_SUFFIXES) {
            if (base.endsWith(suffix) && base.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
