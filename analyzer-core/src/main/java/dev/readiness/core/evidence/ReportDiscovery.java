package dev.readiness.core.evidence;

import dev.readiness.core.repo.RegularFiles;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds PIT and JaCoCo reports on disk in the conventional Maven and Gradle output directories of each
 * module. Build output is usually git-ignored, so this looks at the directory itself, not at the snapshot's
 * files. Nothing outside the repository is read: a path whose real location (after symbolic links) leaves
 * the repository root is skipped, and PIT report directories are walked only a few levels deep without
 * following links. Of several timestamped PIT runs in one directory, only the newest is used. Modules under
 * a {@code src/<set>/resources} directory are test fixtures and are not searched.
 */
public final class ReportDiscovery {

    static final List<String> PIT_DIRECTORIES = List.of("target/pit-reports", "build/reports/pitest");
    static final List<String> JACOCO_FILES = List.of("target/site/jacoco/jacoco.xml",
            "target/site/jacoco-aggregate/jacoco.xml", "build/reports/jacoco/test/jacocoTestReport.xml");
    private static final int PIT_DEPTH = 4;
    /** Sample projects under resources are test fixtures: their reports describe no code of this repository. */
    private static final Pattern FIXTURE = Pattern.compile("(^|/)src/[^/]+/resources/");

    private final Path root;

    private ReportDiscovery(Path root) {
        this.root = root;
    }

    /**
     * The reports under {@code root} (the repository's real path) in {@code scope} and in each of
     * {@code moduleDirectories} (repository-relative, "" for the root), in a stable order.
     */
    public static List<EvidenceReport> discover(Path root, String scope, Collection<String> moduleDirectories)
            throws IOException {
        Path realRoot = root.toRealPath();
        ReportDiscovery discovery = new ReportDiscovery(realRoot);
        TreeSet<String> directories = new TreeSet<>(moduleDirectories);
        directories.add(scope);
        List<EvidenceReport> reports = new ArrayList<>();
        for (String directory : directories) {
            if (inScope(directory, scope) && !directory.startsWith(".git") && !FIXTURE.matcher(directory).find()) {
                discovery.inModule(directory, reports);
            }
        }
        return reports;
    }

    private static boolean inScope(String directory, String scope) {
        return scope.isEmpty() || directory.equals(scope) || directory.startsWith(scope + "/");
    }

    private void inModule(String module, List<EvidenceReport> reports) {
        Path base = module.isEmpty() ? root : root.resolve(module);
        for (String relative : PIT_DIRECTORIES) {
            newestPitReport(base.resolve(relative))
                    .ifPresent(file -> reports.add(new EvidenceReport(ReportKind.PIT, file, module)));
        }
        for (String relative : JACOCO_FILES) {
            Path file = base.resolve(relative);
            if (RegularFiles.isInside(root, file) && Files.isRegularFile(file)) {
                reports.add(new EvidenceReport(ReportKind.JACOCO, file, module));
            }
        }
    }

    private Optional<Path> newestPitReport(Path directory) {
        if (!RegularFiles.isInside(root, directory) || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), PIT_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().equals("mutations.xml") && attributes.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().sorted().reduce((a, b) -> modified(b).compareTo(modified(a)) > 0 ? b : a);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
