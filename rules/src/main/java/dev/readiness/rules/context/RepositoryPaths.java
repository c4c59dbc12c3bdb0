package dev.readiness.rules.context;

import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.RepositoryContext;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The files and directories of the scanned scope, relative to it, to check names that documents mention. */
final class RepositoryPaths {

    private static final Pattern PARENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    private final Set<String> files = new TreeSet<>();
    private final Set<String> directories = new TreeSet<>();
    private final Set<String> moduleNames = new TreeSet<>();
    private PlainIgnoreEntries ignored = PlainIgnoreEntries.NONE;

    private RepositoryPaths() {
    }

    /** A repository with no files and no modules. */
    static RepositoryPaths empty() {
        return new RepositoryPaths();
    }

    static RepositoryPaths of(RepositoryContext context) {
        RepositoryPaths paths = new RepositoryPaths();
        for (RepoFile file : context.files()) {
            String path = ScopePaths.inScope(context, file.path());
            paths.files.add(path);
            for (String parent = ScopePaths.parent(path); !parent.isEmpty();
                    parent = ScopePaths.parent(parent)) {
                paths.directories.add(parent);
            }
        }
        context.file(".gitignore").flatMap(context::readText)
                .ifPresent(gitignore -> paths.ignored = PlainIgnoreEntries.of(gitignore));
        for (BuildModule module : context.modules()) {
            String directory = ScopePaths.inScope(context, module.directory());
            if (!directory.isEmpty() && module.tool() != BuildModule.BuildTool.CONVENTION) {
                paths.moduleNames.add(module.displayName());
                paths.moduleNames.add(directory);
            }
            if (module.tool() == BuildModule.BuildTool.MAVEN) {
                context.file(module.buildFile()).flatMap(context::readText).map(RepositoryPaths::artifactId)
                        .filter(id -> !id.isEmpty()).ifPresent(paths.moduleNames::add);
            }
        }
        return paths;
    }

    /** The project's own artifactId (the parent's removed first); "" when there is none. */
    private static String artifactId(String pom) {
        Matcher id = ARTIFACT_ID.matcher(PARENT.matcher(pom).replaceFirst(""));
        return id.find() ? id.group(1).trim() : "";
    }

    /**
     * Whether the root .gitignore names {@code path} or a directory it is in: build output or local files such as
     * {@code runtime/local/} that Nutch's Ant build makes, which a document may mention but no commit holds.
     */
    boolean ignoredByGit(String path) {
        return ignored.names(path);
    }

    boolean isDirectory(String path) {
        return directories.contains(path);
    }

    /** A file or directory at {@code path}. */
    boolean exists(String path) {
        return files.contains(path) || directories.contains(path);
    }

    /** Some file or directory whose path ends with {@code suffix} on a segment boundary. */
    boolean existsAnywhere(String suffix) {
        String tail = "/" + suffix;
        return exists(suffix) || files.stream().anyMatch(file -> file.endsWith(tail) || file.contains(tail + "/")
                || namesWithoutExtension(file, suffix));
    }

    /** {@code plan/ExecutionPlan} for {@code .../plan/ExecutionPlan.java}: a type's path written without its extension. */
    private static boolean namesWithoutExtension(String file, String suffix) {
        int dot = file.lastIndexOf('.');
        if (dot <= file.lastIndexOf('/')) {
            return false;
        }
        String stem = file.substring(0, dot);
        return stem.equals(suffix) || stem.endsWith("/" + suffix);
    }

    /** A build module (its directory, or the directory's last segment). */
    boolean isModule(String name) {
        return moduleNames.contains(name);
    }

    /** The modules' names, for messages. */
    Set<String> moduleNames() {
        return moduleNames;
    }
}
