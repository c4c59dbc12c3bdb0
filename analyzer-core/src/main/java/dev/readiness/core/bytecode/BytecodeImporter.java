package dev.readiness.core.bytecode;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import dev.readiness.core.source.TypeInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports compiled classes with ArchUnit's {@link ClassFileImporter}: class files are read, never loaded
 * or run, and types they use that are not among them stay unresolved stubs (no class path lookup). What
 * cannot be used becomes an {@link ImportProblem} and the scan falls back to the source analysis.
 */
public final class BytecodeImporter {

    /** Above this many class files the import is skipped: its memory grows with the classes. */
    public static final int MAX_CLASS_FILES = 20_000;

    private final TypeIndex index;
    private final SourceFacts facts;
    private final Function<String, String> moduleOfPath;

    /** What to import, which source files it should cover, and where problems go. */
    public record Request(List<Path> directories, Predicate<String> expectedSource, List<ImportProblem> problems) {

        String where() {
            return directories.stream().map(Path::toString).collect(Collectors.joining(", "));
        }

        void add(String id, boolean warning, String message) {
            problems.add(new ImportProblem(id, warning, message));
        }
    }

    public BytecodeImporter(TypeIndex index, SourceFacts facts, Function<String, String> moduleOfPath) {
        this.index = index;
        this.facts = facts;
        this.moduleOfPath = moduleOfPath;
    }

    /**
     * The production classes compiled into the request's directories whose sources are in the repository;
     * empty when there are none or they cannot be used (said in the request's problems).
     */
    public Optional<BytecodeModel> load(Request request) {
        if (request.directories().isEmpty()) {
            return Optional.empty();
        }
        List<Path> classFiles;
        try {
            classFiles = classFiles(request.directories());
        } catch (IOException | UncheckedIOException e) {
            request.add("bytecode-unreadable", true, "cannot list the compiled classes in " + request.where()
                    + " (" + e.getMessage() + "); architecture rules use the sources");
            return Optional.empty();
        }
        if (classFiles.size() > MAX_CLASS_FILES) {
            request.add("bytecode-skipped", false, classFiles.size() + " class files in " + request.where()
                    + " exceed the limit of " + MAX_CLASS_FILES + "; architecture rules use the sources");
            return Optional.empty();
        }
        return classFiles.isEmpty() ? Optional.empty() : importClasses(request, classFiles);
    }

    private Optional<BytecodeModel> importClasses(Request request, List<Path> classFiles) {
        JavaClasses imported;
        try {
            imported = ArchConfiguration.withThreadLocalScope(configuration -> {
                configuration.setResolveMissingDependenciesFromClassPath(false);
                // the files listed without following links, not the directories, which ArchUnit would walk itself
                return new ClassFileImporter().importPaths(classFiles);
            });
        } catch (RuntimeException | LinkageError e) {
            // ArchUnit fails in many ways on odd class files; the sources are a complete fallback
            request.add("bytecode-import-failed", true, "cannot import the compiled classes in " + request.where()
                    + " (" + e + "); architecture rules use the sources");
            return Optional.empty();
        }
        if (imported.size() < classFiles.size()) {
            request.add("bytecode-import-error", true, (classFiles.size() - imported.size()) + " of "
                    + classFiles.size() + " class files in " + request.where() + " could not be read and were left out");
        }
        SourceMapping mapping = new SourceMapping(index, facts);
        JavaClasses production = imported.that(DescribedPredicate.describe("declared in the repository",
                (JavaClass type) -> mapping.declaration(type).isPresent()));
        if (production.isEmpty()) {
            request.add("bytecode-unused", false, "none of the " + imported.size() + " compiled classes in "
                    + request.where() + " has its source among the production sources scanned; architecture "
                    + "rules use the sources");
            return Optional.empty();
        }
        checkCoverage(request, imported.size() - production.size(), production, mapping);
        return Optional.of(new BytecodeModel(production, mapping, moduleOfPath));
    }

    /** Compiled classes that miss a source file, or have no source, suggest a partial or outdated build. */
    private void checkCoverage(Request request, int withoutSource, JavaClasses production, SourceMapping mapping) {
        Set<String> compiled = new TreeSet<>();
        production.forEach(type -> mapping.declaration(type).map(TypeInfo::path).ifPresent(compiled::add));
        Set<String> sources = index.all().stream().filter(mapping::isProduction).map(TypeInfo::path)
                .filter(request.expectedSource()).collect(Collectors.toCollection(TreeSet::new));
        sources.addAll(compiled);
        if (compiled.size() < sources.size() || withoutSource > 0) {
            request.add("bytecode-stale", true, "the compiled classes in " + request.where() + " cover "
                    + compiled.size() + " of " + sources.size() + " production source files"
                    + (withoutSource > 0 ? " and " + withoutSource + " classes have no source in the repository" : "")
                    + ": the build is partial or older than the sources, so architecture findings may be stale "
                    + "(rebuild, or scan without compiled classes)");
        }
    }

    /** The class files under {@code directories}, links neither entered nor read. */
    private static List<Path> classFiles(List<Path> directories) throws IOException {
        List<Path> classFiles = new ArrayList<>();
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(BytecodeImporter::isClassFile).sorted().forEach(classFiles::add);
            }
        }
        return classFiles;
    }

    private static boolean isClassFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") && !name.equals("module-info.class")
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
