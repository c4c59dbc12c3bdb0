package dev.readiness.core.config;

import java.util.List;
import java.util.function.Predicate;

/**
 * readiness.yml's {@code include} and {@code exclude}: a file is scanned when it matches an include glob (or
 * there are none) and no exclude glob. See {@link FileGlob} for what a glob matches.
 */
public record ScanPaths(List<String> include, List<String> exclude) {

    /** Every file. */
    public static final ScanPaths ALL = new ScanPaths(List.of(), List.of());

    public ScanPaths {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        for (String glob : concat(include, exclude)) {
            FileGlob.problem(glob).ifPresent(problem -> {
                throw new IllegalArgumentException("bad path glob '" + glob + "': " + problem);
            });
        }
    }

    public boolean isAll() {
        return include.isEmpty() && exclude.isEmpty();
    }

    /** Whether the file at this repository-relative path is in scope. */
    public boolean contains(String path) {
        return matcher().test(path);
    }

    /** {@link #contains}, with the globs compiled once: for testing many paths. */
    public Predicate<String> matcher() {
        List<FileGlob> included = include.stream().map(FileGlob::compile).toList();
        List<FileGlob> excluded = exclude.stream().map(FileGlob::compile).toList();
        return path -> (included.isEmpty() || included.stream().anyMatch(glob -> glob.matches(path)))
                && excluded.stream().noneMatch(glob -> glob.matches(path));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
