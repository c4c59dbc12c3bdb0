package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.bytecode.BytecodeImporter;
import dev.readiness.core.bytecode.BytecodeModel;
import dev.readiness.core.bytecode.ImportProblem;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Level;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

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

    static Optional<BytecodeModel> load(RepositorySnapshot snapshot, ScanRequest request, SourceFacts facts,
                                        TypeIndex index, List<ToolNotification> notifications) {
        BytecodeImporter importer = new BytecodeImporter(index, facts,
                path -> snapshot.file(path).map(RepoFile::moduleDirectory).orElse(""));
        List<ImportProblem> problems = new ArrayList<>();
        Optional<BytecodeModel> model = importer.load(directories(snapshot, request.classDirectories()), problems);
        problems.forEach(problem -> notifications.add(ToolNotification.global(problem.id(),
                problem.warning() ? Level.WARNING : Level.NOTE, problem.message())));
        return model;
    }

    private static List<Path> directories(RepositorySnapshot snapshot, List<Path> explicit) {
        TreeSet<Path> directories = new TreeSet<>();
        List<String> modules = new ArrayList<>(List.of(""));
        snapshot.modules().stream().map(BuildModule::directory).forEach(modules::add);
        for (String module : modules) {
            for (String output : OUTPUT_DIRECTORIES) {
                Path directory = snapshot.rootDirectory().resolve(module).resolve(output);
                if (Files.isDirectory(directory)) {
                    directories.add(directory.normalize());
                }
            }
        }
        explicit.forEach(directory -> directories.add(directory.toAbsolutePath().normalize()));
        return List.copyOf(directories);
    }
}
