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
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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

    public BytecodeImporter(TypeIndex index, SourceFacts facts, Function<String, String> moduleOfPath) {
        this.index = index;
        this.facts = facts;
        this.moduleOfPath = moduleOfPath;
    }

    /**
     * The production classes compiled into {@code directories} whose sources are in the repository;
     * empty when there are none or they cannot be used (said in {@code problems}).
     */
    public Optional<BytecodeModel> load(List<Path> directories, List<ImportProblem> problems) {
        if (directories.isEmpty()) {
            return Optional.empty();
        }
        String where = directories.stream().map(Path::toString).collect(Collectors.joining(", "));
        long classFiles;
        try {
            classFiles = countClassFiles(directories);
        } catch (IOException | UncheckedIOException e) {
            problems.add(note("bytecode-unreadable", true, "cannot list the compiled classes in "
                    + where + " (" + e.getMessage() + "); architecture rules use the sources"));
            return Optional.empty();
        }
        if (classFiles > MAX_CLASS_FILES) {
            problems.add(note("bytecode-skipped", false, classFiles + " class files in " + where
                    + " exceed the limit of " + MAX_CLASS_FILES + "; architecture rules use the sources"));
            return Optional.empty();
        }
        if (classFiles == 0) {
            return Optional.empty();
        }
        return importClasses(directories, where, classFiles, problems);
    }

    private Optional<BytecodeModel> importClasses(List<Path> directories, String where, long classFiles,
                                                  List<ImportProblem> problems) {
        JavaClasses imported;
        try {
            imported = ArchConfiguration.withThreadLocalScope(configuration -> {
                configuration.setResolveMissingDependenciesFromClassPath(false);
                return new ClassFileImporter().importPaths(directories);
            });
        } catch (RuntimeException | LinkageError e) {
            problems.add(note("bytecode-import-failed", true, "cannot import the compiled classes in "
                    + where + " (" + e + "); architecture rules use the sources"));
            return Optional.empty();
        }
        if (imported.size() < classFiles) {
            problems.add(note("bytecode-import-error", true, (classFiles - imported.size())
                    + " of " + classFiles + " class files in " + where + " could not be read and were left out"));
        }
        SourceMapping mapping = new SourceMapping(index, facts);
        JavaClasses production = imported.that(DescribedPredicate.describe("declared in the repository",
                (JavaClass type) -> mapping.declaration(type).isPresent()));
        if (production.isEmpty()) {
            problems.add(note("bytecode-unused", false, "none of the " + imported.size()
                    + " compiled classes in " + where + " has its source among the production sources scanned; "
                    + "architecture rules use the sources"));
            return Optional.empty();
        }
        checkCoverage(imported.size() - production.size(), production, mapping, where, problems);
        return Optional.of(new BytecodeModel(production, mapping, moduleOfPath));
    }

    /** Compiled classes that miss a source type, or have no source, suggest a partial or outdated build. */
    private void checkCoverage(int withoutSource, JavaClasses production, SourceMapping mapping, String where,
                               List<ImportProblem> problems) {
        Set<String> compiled = new TreeSet<>();
        production.forEach(type -> mapping.declaration(type).map(TypeInfo::path).ifPresent(compiled::add));
        Set<String> sources = index.all().stream().filter(mapping::isProduction).map(TypeInfo::path)
                .collect(Collectors.toCollection(TreeSet::new));
        if (compiled.size() < sources.size() || withoutSource > 0) {
            problems.add(note("bytecode-stale", true, "the compiled classes in " + where + " cover "
                    + compiled.size() + " of " + sources.size() + " production source files"
                    + (withoutSource > 0 ? " and " + withoutSource + " classes have no source in the repository" : "")
                    + ": the build is partial or older than the sources, so architecture findings may be stale "
                    + "(rebuild, or scan without compiled classes)"));
        }
    }

    private static long countClassFiles(List<Path> directories) throws IOException {
        long count = 0;
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                count += files.filter(BytecodeImporter::isClassFile).count();
            }
        }
        return count;
    }

    private static boolean isClassFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") && !name.equals("module-info.class") && Files.isRegularFile(file);
    }

    private static ImportProblem note(String id, boolean warning, String message) {
        return new ImportProblem(id, warning, message);
    }
}
