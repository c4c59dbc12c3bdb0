package dev.readiness.core.repo;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RoleDecision;
import dev.readiness.core.xml.ElementPathHandler;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source roots an Ant build.xml compiles: every {@code <javac srcdir>} (and nested {@code <src path>}) is a
 * root; it is test code when a {@code <junit>}/{@code <junitlauncher>} batch runs classes from it, its target's
 * name says test or junit (FOP compiles its tests in {@code junit-compile-java}), or a directory of its path is
 * named test, tests or junit (a test tree compiled by another target stays test code); production otherwise. Properties are resolved from {@code <property name value|location>} and
 * {@code <property file>} files in the repository ({@code ${basedir}} is the build file's directory); a directory
 * that still holds an unresolved property is skipped.
 */
final class AntSourceRoots {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern TEST_TARGET = Pattern.compile("(?i).*(test|junit).*");
    /** A directory of the root named test, tests or junit ({@code fop-core/src/test/java}): test code by its path. */
    private static final Pattern TEST_DIRECTORY = Pattern.compile("(^|.*/)(test|tests|junit)(/.*|$)");

    private AntSourceRoots() {
    }

    static List<RoleDecision> read(String buildPath, String text, Function<String, Optional<String>> files) {
        String directory = RootPaths.parent(buildPath);
        Handler handler = new Handler(directory, files);
        if (!ElementPathHandler.parse(text, handler)) {
            return List.of();
        }
        Set<String> testDirectories = new LinkedHashSet<>();
        handler.batchDirectories.forEach(written -> handler.resolve(written).ifPresent(testDirectories::add));
        handler.batchReferences.forEach(id -> Optional.ofNullable(handler.filesetsById.get(id))
                .flatMap(handler::resolve).ifPresent(testDirectories::add));
        List<RoleDecision> roots = new ArrayList<>();
        for (Compiled compiled : handler.compiled) {
            for (String written : compiled.sourceDirectories()) {
                handler.resolve(written).ifPresent(root -> {
                    boolean test = testDirectories.contains(root) || TEST_TARGET.matcher(compiled.target()).matches()
                            || TEST_DIRECTORY.matcher(root).matches();
                    roots.add(new RoleDecision(root, test ? FileKind.TEST : FileKind.PRODUCTION,
                            buildPath + " <javac> in target " + compiled.target()
                                    + (testDirectories.contains(root) ? ", run by <junit>" : ""), 0));
                });
            }
        }
        return roots;
    }

    /** A javac task: the target it is in and the source directories it compiles, as written. */
    private record Compiled(String target, List<String> sourceDirectories) {
    }

    private static final class Handler extends ElementPathHandler {

        private final String directory;
        private final Function<String, Optional<String>> files;
        private final Map<String, String> properties = new HashMap<>();
        private final Map<String, String> filesetsById = new HashMap<>();
        private final List<String> batchDirectories = new ArrayList<>();
        private final List<String> batchReferences = new ArrayList<>();
        private final List<Compiled> compiled = new ArrayList<>();
        private String target = "";
        private List<String> javacSources;

        Handler(String directory, Function<String, Optional<String>> files) {
            this.directory = directory;
            this.files = files;
            properties.put("basedir", ".");
        }

        @Override
        protected void started(String path, String name) {
            // everything this reader needs is in the attributes
        }

        @Override
        protected void started(String path, String name, Map<String, String> attributes) {
            if (name.equals("project") && attributes.containsKey("basedir")) {
                properties.put("basedir", attributes.get("basedir"));
            } else if (name.equals("target")) {
                target = attributes.getOrDefault("name", "");
            } else if (name.equals("property")) {
                readProperty(attributes);
            } else if (name.equals("javac")) {
                javacSources = new ArrayList<>();
                splitPaths(attributes.get("srcdir"), javacSources);
            } else if (name.equals("src") && javacSources != null) {
                splitPaths(attributes.get("path"), javacSources);
            } else if (name.equals("fileset") || name.equals("dirset")) {
                readFileset(path, attributes);
            }
        }

        @Override
        protected void ended(String path, String parent, String name, String value) {
            if (name.equals("javac") && javacSources != null) {
                compiled.add(new Compiled(target, List.copyOf(javacSources)));
                javacSources = null;
            } else if (name.equals("target")) {
                target = "";
            }
        }

        private void readProperty(Map<String, String> attributes) {
            String key = attributes.get("name");
            String value = attributes.containsKey("location") ? attributes.get("location") : attributes.get("value");
            if (key != null && value != null) {
                properties.putIfAbsent(key, value); // Ant properties are immutable: the first definition wins
            } else if (attributes.containsKey("file")) {
                substituted(attributes.get("file")).flatMap(file -> RootPaths.resolve(directory, file))
                        .flatMap(files).ifPresent(this::readPropertiesFile);
            }
        }

        private void readPropertiesFile(String text) {
            Properties loaded = new Properties();
            try {
                loaded.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                return; // an unreadable properties file declares nothing we can trust
            }
            loaded.stringPropertyNames().stream().sorted()
                    .forEach(key -> properties.putIfAbsent(key, loaded.getProperty(key)));
        }

        private void readFileset(String path, Map<String, String> attributes) {
            String dir = attributes.get("dir");
            if (attributes.containsKey("id") && dir != null) {
                filesetsById.put(attributes.get("id"), dir);
            }
            if (path.contains("/batchtest/") || path.endsWith("/testclasses/fileset")) {
                if (dir != null) {
                    batchDirectories.add(dir);
                } else if (attributes.containsKey("refid")) {
                    batchReferences.add(attributes.get("refid"));
                }
            }
        }

        private static void splitPaths(String written, List<String> into) {
            if (written != null) {
                for (String part : written.split("[,;:]")) {
                    if (!part.isBlank()) {
                        into.add(part.strip());
                    }
                }
            }
        }

        /** {@code written} with its properties substituted, made repository-relative. */
        Optional<String> resolve(String written) {
            return substituted(written).flatMap(value -> RootPaths.resolve(directory, value));
        }

        private Optional<String> substituted(String written) {
            String value = written;
            for (int round = 0; round < 10 && value.contains("${"); round++) {
                Matcher matcher = PROPERTY.matcher(value);
                StringBuilder out = new StringBuilder();
                while (matcher.find()) {
                    String known = properties.get(matcher.group(1));
                    matcher.appendReplacement(out, Matcher.quoteReplacement(known == null ? matcher.group() : known));
                }
                matcher.appendTail(out);
                if (out.toString().equals(value)) {
                    break;
                }
                value = out.toString();
            }
            return value.contains("${") ? Optional.empty() : Optional.of(value);
        }
    }
}
