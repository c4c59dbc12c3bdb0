package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.bytecode.BytecodeImporter;
import dev.readiness.core.bytecode.BytecodeModel;
import dev.readiness.core.bytecode.ImportProblem;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.RegularFiles;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds the compiled production classes of the scan (Maven's target/classes and Gradle's
 * build/classes/java/main in every module, plus the directories the user named) and imports them.
 */
final class BytecodeStage {

    static final String STAGE = "bytecode";
    private static final List<String> OUTPUT_DIRECTORIES = List.of("target/classes", "build/classes/java/main");

    private BytecodeStage() {
    }

    /** A class directory the user named must exist: a typo would otherwise silently analyse the sources. */
    static void checkExplicit(List<Path> directories) throws ScanInputException {
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new ScanInputException("--classes " + directory + ": no such directory");
            }
        }
    }

    static Optional<BytecodeModel> load(RepositorySnapshot snapshot, List<Path> explicit, SnapshotContext context,
                                        List<ToolNotification> notifications) {
        BytecodeImporter importer = new BytecodeImporter(context.typeIndex(), context.sourceFacts(),
                path -> moduleOf(snapshot, path));
        Set<String> compiledModules = new TreeSet<>();
        TreeSet<Path> directories = new TreeSet<>(foundDirectories(snapshot, compiledModules));
        explicit.forEach(directory -> directories.add(directory.toAbsolutePath().normalize()));
        // Named directories may hold any module's classes; found ones only their own module's.
        Predicate<String> expected = explicit.isEmpty() ? path -> compiledModules.contains(moduleOf(snapshot, path))
                : path -> true;
        List<ImportProblem> problems = new ArrayList<>();
        Optional<BytecodeModel> model = importer.load(new BytecodeImporter.Request(List.copyOf(directories), expected,
                problems));
        problems.forEach(problem -> notifications.add(ToolNotification.global(problem.id(),
                problem.warning() ? Level.WARNING : Level.NOTE, problem.message())));
        return model;
    }

    /**
     * The build output directories of {@code snapshot}'s modules that hold compiled classes, inside the repository;
     * the modules that have one go into {@code compiledModules}. None for files read from a commit: the work tree's
     * compiled classes belong to another state.
     */
    static Set<Path> foundDirectories(RepositorySnapshot snapshot, Set<String> compiledModules) {
        Set<Path> directories = new TreeSet<>();
        List<String> modules = snapshot.commitTree().isPresent() ? List.of() : moduleDirectories(snapshot);
        for (String module : modules) {
            for (String output : OUTPUT_DIRECTORIES) {
                Path directory = snapshot.rootDirectory().resolve(module).resolve(output);
                // a committed link such as target -> /elsewhere must not lead the scan out of the repository
                if (Files.isDirectory(directory) && RegularFiles.isInside(snapshot.rootDirectory(), directory)) {
                    directories.add(directory.normalize());
                    compiledModules.add(module);
                }
            }
        }
        return directories;
    }

    private static List<String> moduleDirectories(RepositorySnapshot snapshot) {
        Set<String> modules = new TreeSet<>(Set.of(""));
        snapshot.modules().stream().map(BuildModule::directory).forEach(modules::add);
        return List.copyOf(modules);
    }

    private static String moduleOf(RepositorySnapshot snapshot, String path) {
        return snapshot.file(path).map(RepoFile::moduleDirectory).orElse("");
    }
}
