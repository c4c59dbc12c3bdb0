package dev.readiness.core.repo;

import dev.readiness.core.text.Braces;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RoleDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source sets a Gradle build script declares, in the Groovy or the Kotlin DSL: {@code sourceSets { NAME { ... } }},
 * {@code create("NAME")}, {@code register("NAME")}, {@code named("NAME")}, {@code val NAME by creating}, with their
 * {@code srcDir}/{@code srcDirs}/{@code setSrcDirs} when given ({@code src/NAME/java} and friends otherwise). A source set
 * is test code when its name says so (test, integrationTest, it, functionalTest, jmh...) or a {@code Test} task runs
 * its classes; otherwise production. Read as text, never run.
 */
final class GradleSourceRoots {

    private static final Pattern SOURCE_SETS = Pattern.compile("\\bsourceSets\\s*\\{");
    private static final Pattern ENTRY = Pattern.compile(
            "(?:\\b(?:create|register|named|getByName|maybeCreate)\\s*\\(\\s*[\"']([A-Za-z][\\w-]*)[\"']\\s*\\)"
                    + "|\\bval\\s+([A-Za-z]\\w*)\\s+by\\s+(?:creating|getting|registering)"
                    + "|(?<![\\w.])([A-Za-z]\\w*))\\s*\\{");
    private static final Pattern SOURCE_DIRECTORY_CALL = Pattern.compile(
            "\\b(?:srcDirs?|setSrcDirs)\\b\\s*(?:=|\\+=)?\\s*\\(?\\s*((?:listOf|files?|setOf)?\\s*\\(?\\s*\\[?[^\\n)\\]]*)");
    private static final Pattern STRING = Pattern.compile("[\"']([^\"'$]+)[\"']");
    private static final Pattern TEST_NAME = Pattern.compile(
            "(?i)(.*test.*|it|.*integration.*|.*functional.*|.*acceptance.*|.*e2e.*|jmh|.*bench.*|.*spec.*)");
    private static final Pattern TEST_TASK_SOURCE = Pattern.compile(
            "testClassesDirs\\s*=\\s*(?:sourceSets\\s*(?:\\.\\s*(?:named|getByName)?\\s*\\(?\\s*[\"']?|\\[\\s*[\"'])"
                    + "|project\\.sourceSets\\.)([A-Za-z]\\w*)");
    private static final String[] LANGUAGES = {"java", "kotlin", "groovy", "scala"};

    private GradleSourceRoots() {
    }

    static List<RoleDecision> read(String scriptPath, String script) {
        String text = withoutComments(script);
        String directory = RootPaths.parent(scriptPath);
        Map<String, List<String>> sourceSets = declaredSourceSets(text);
        List<String> testedByTasks = new ArrayList<>();
        Matcher task = TEST_TASK_SOURCE.matcher(text);
        while (task.find()) {
            testedByTasks.add(task.group(1));
        }
        List<RoleDecision> roots = new ArrayList<>();
        sourceSets.forEach((name, directories) -> {
            FileKind role = name.equals("main") ? FileKind.PRODUCTION
                    : TEST_NAME.matcher(name).matches() || testedByTasks.contains(name) ? FileKind.TEST
                    : FileKind.PRODUCTION;
            String reason = scriptPath + " sourceSets." + name;
            if (directories.isEmpty()) {
                for (String language : LANGUAGES) {
                    RootPaths.resolve(directory, "src/" + name + "/" + language)
                            .ifPresent(root -> roots.add(new RoleDecision(root, role, reason, 0)));
                }
            } else {
                directories.forEach(written -> RootPaths.resolve(directory, written)
                        .ifPresent(root -> roots.add(new RoleDecision(root, role, reason + " srcDir", 0))));
            }
        });
        return roots;
    }

    /** Source set name → the directories it names (empty: the conventional ones), in declaration order. */
    private static Map<String, List<String>> declaredSourceSets(String text) {
        Map<String, List<String>> sourceSets = new LinkedHashMap<>();
        Matcher block = SOURCE_SETS.matcher(text);
        while (block.find()) {
            int open = block.end() - 1;
            int close = Braces.closing(text, open);
            String body = text.substring(open + 1, close);
            int at = 0;
            Matcher entry = ENTRY.matcher(body);
            while (at < body.length() && entry.find(at)) {
                String name = entry.group(1) != null ? entry.group(1)
                        : entry.group(2) != null ? entry.group(2) : entry.group(3);
                int entryOpen = entry.end() - 1;
                int entryClose = Braces.closing(body, entryOpen);
                if (!isDslKeyword(name)) {
                    sourceSets.computeIfAbsent(name, key -> new ArrayList<>())
                            .addAll(javaDirectories(body.substring(entryOpen + 1, entryClose)));
                }
                at = entryClose + 1;
            }
        }
        return sourceSets;
    }

    private static boolean isDslKeyword(String name) {
        return name.equals("java") || name.equals("kotlin") || name.equals("resources") || name.equals("groovy")
                || name.equals("all") || name.equals("configureEach") || name.equals("each");
    }

    /** The directories a source set's body names for code (resources' directories are not code). */
    private static List<String> javaDirectories(String body) {
        String withoutResources = body.replaceAll("resources\\s*\\{[^}]*}", "")
                .replaceAll("resources\\.(?:srcDirs?|setSrcDirs)[^\\n]*", "");
        List<String> directories = new ArrayList<>();
        Matcher call = SOURCE_DIRECTORY_CALL.matcher(withoutResources);
        while (call.find()) {
            Matcher string = STRING.matcher(call.group(1));
            while (string.find()) {
                directories.add(string.group(1));
            }
        }
        return directories;
    }

    private static String withoutComments(String script) {
        return script.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(^|\\s)//.*$", "$1");
    }
}
