package dev.readiness.core.testing;

import dev.readiness.core.testing.HistorySpec.Change;
import dev.readiness.core.testing.HistorySpec.Commit;
import dev.readiness.core.testing.HistorySpec.FileVersion;
import dev.readiness.core.testing.HistorySpec.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitConfig.CleanupMode;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/**
 * Turns a sample of sample-repos/ (its files plus history.txt; format in sample-repos/README.md) into a
 * real Git repository. Deterministic: the same sample always gives the same commit ids, wherever it is
 * materialised and whatever the machine's Git configuration.
 */
public final class SampleRepository {

    /** The history spec's file name inside a sample; it is never committed. */
    public static final String HISTORY_FILE = "history.txt";
    /** The branch the history is committed on. */
    public static final String BRANCH = "main";

    private static final String SAMPLES_DIRECTORY = "sample-repos";

    private SampleRepository() {
    }

    /** Finds sample-repos/{@code name} in the working directory or the nearest directory above it. */
    public static Path sampleDir(String name) {
        Path start = Paths.get("").toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(SAMPLES_DIRECTORY).resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no sample " + SAMPLES_DIRECTORY + "/" + name + " in " + start
                + " or any directory above it");
    }

    /** {@link #materialize(Path, Path)} for the sample called {@code name}. */
    public static Path materialize(String name, Path targetDir) {
        return materialize(sampleDir(name), targetDir);
    }

    /**
     * Builds the sample's history as a Git repository with a work tree in {@code targetDir} (created if
     * missing, must be empty) and returns {@code targetDir}. Fails with a clear message when the spec is
     * malformed or does not produce exactly the sample's files.
     */
    public static Path materialize(Path sampleDir, Path targetDir) {
        try {
            HistorySpec spec = history(sampleDir);
            SortedMap<String, Path> files = sampleFiles(sampleDir);
            checkCoverage(sampleDir, spec, files);
            prepareTarget(targetDir);
            try (Git git = Git.init().setDirectory(targetDir.toFile()).setInitialBranch(BRANCH).call()) {
                configure(git.getRepository());
                for (Commit commit : spec.commits()) {
                    apply(git, spec, files, commit);
                    commit(git, commit);
                }
                checkHeadTree(git.getRepository(), files);
            }
            return targetDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot materialise " + sampleDir + " into " + targetDir + ": " + e.getMessage(), e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot materialise " + sampleDir + " into " + targetDir + ": " + e.getMessage(), e);
        }
    }

    /** The sample's history spec. */
    public static HistorySpec history(Path sampleDir) throws IOException {
        Path file = sampleDir.resolve(HISTORY_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(sampleDir + " has no " + HISTORY_FILE + ": a sample needs a history spec");
        }
        return HistorySpec.parse(file);
    }

    /**
     * The files that make up the sample (every regular file except history.txt), by path relative to the
     * sample with '/' separators, sorted.
     */
    public static SortedMap<String, Path> sampleFiles(Path sampleDir) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sampleDir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String relative = relative(sampleDir, path);
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalArgumentException("sample file " + relative + " is not a regular file");
                }
                if (!relative.equals(HISTORY_FILE)) {
                    files.put(relative, path);
                }
            }
        }
        return files;
    }

    /**
     * The content of one version of a file: the final bytes for the last version of a surviving file, the
     * first ceil(L * k / n) lines for earlier versions, a placeholder for files deleted later.
     */
    static byte[] content(FileVersion version, byte[] finalBytes) {
        if (version.deletedLater()) {
            return ("Placeholder for " + version.path() + ", removed later in the history.\n"
                    + "Version " + version.version() + " of " + version.versions() + ".\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (version.version() == version.versions()) {
            return finalBytes.clone();
        }
        List<Integer> lineEnds = lineEnds(finalBytes);
        int lines = lineEnds.size();
        int keep = (int) Math.ceil((double) lines * version.version() / version.versions());
        return java.util.Arrays.copyOf(finalBytes, lineEnds.get(keep - 1));
    }

    /** Offsets just past the end of each line (the last line may lack its '\n'). */
    private static List<Integer> lineEnds(byte[] bytes) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                ends.add(i + 1);
            }
        }
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            ends.add(bytes.length);
        }
        return ends;
    }

    private static void checkCoverage(Path sampleDir, HistorySpec spec, SortedMap<String, Path> files)
            throws IOException {
        Set<String> neverAdded = new TreeSet<>(files.keySet());
        neverAdded.removeAll(spec.finalPaths());
        if (!neverAdded.isEmpty()) {
            throw new IllegalStateException(sampleDir + ": no commit of " + HISTORY_FILE + " adds " + neverAdded
                    + " (every file of the sample must be added by some commit and survive to the end)");
        }
        for (String path : spec.finalPaths()) {
            if (!files.containsKey(path)) {
                throw new IllegalStateException(spec.source() + ":" + spec.lineOf(path) + ": " + path
                        + " exists after the last commit but the sample has no such file (delete it in the history?)");
            }
            int lines = lineEnds(Files.readAllBytes(files.get(path))).size();
            int versions = spec.versionsOf(path);
            if (lines < versions) {
                throw new IllegalStateException(spec.source() + ": " + path + " has " + versions
                        + " versions in the history but only " + lines + " lines; every version needs its own lines");
            }
        }
    }

    private static void prepareTarget(Path targetDir) throws IOException {
        Files.createDirectories(targetDir);
        try (Stream<Path> entries = Files.list(targetDir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(targetDir + " is not empty; materialise into a new directory");
            }
        }
    }

    private static void configure(Repository repository) throws IOException {
        var config = repository.getConfig();
        // repository-local settings win over whatever the machine's user or system config says
        config.setBoolean("core", null, "autocrlf", false);
        config.setString("core", null, "eol", "lf");
        config.setBoolean("commit", null, "gpgsign", false);
        config.save();
    }

    private static void apply(Git git, HistorySpec spec, SortedMap<String, Path> files, Commit commit)
            throws IOException, GitAPIException {
        Path root = git.getRepository().getWorkTree().toPath();
        Map<String, byte[]> cache = new HashMap<>();
        for (Change change : commit.changes()) {
            switch (change.type()) {
                case ADD, MODIFY -> {
                    FileVersion version = spec.version(change);
                    byte[] finalBytes = version.deletedLater() ? new byte[0]
                            : cache.computeIfAbsent(version.finalPath(), path -> read(files.get(path)));
                    Path target = root.resolve(change.path());
                    Files.createDirectories(target.getParent());
                    Files.write(target, content(version, finalBytes));
                    if (!version.deletedLater() && Files.isExecutable(files.get(version.finalPath()))) {
                        target.toFile().setExecutable(true, false);
                    }
                    git.add().addFilepattern(change.path()).call();
                    if (git.getRepository().readDirCache().getEntry(change.path()) == null) {
                        throw new IllegalStateException(spec.source() + ":" + change.line() + ": " + change.path()
                                + " was not staged (is it ignored by a .gitignore of the sample?)");
                    }
                }
                case DELETE -> git.rm().addFilepattern(change.path()).call();
                case RENAME -> {
                    Path from = root.resolve(change.path());
                    Path to = root.resolve(change.newPath());
                    Files.createDirectories(to.getParent());
                    Files.move(from, to);
                    git.rm().addFilepattern(change.path()).call();
                    git.add().addFilepattern(change.newPath()).call();
                }
                default -> throw new IllegalStateException(change.type().name());
            }
        }
    }

    private static void commit(Git git, Commit commit) throws GitAPIException {
        CommitCommand command = git.commit()
                .setMessage(commit.message() + "\n")
                .setCleanupMode(CleanupMode.VERBATIM)
                .setAuthor(ident(commit.author(), commit.date()))
                .setCommitter(ident(commit.committer(), commit.committerDate()))
                .setSign(false)
                .setNoVerify(true)
                .setAllowEmpty(false);
        command.call();
    }

    private static PersonIdent ident(Person person, OffsetDateTime when) {
        return new PersonIdent(person.name(), person.email(), when.toInstant(), when.getOffset());
    }

    private static void checkHeadTree(Repository repository, SortedMap<String, Path> files) throws IOException {
        Map<String, String> tree = TestRepos.headTree(repository);
        Map<String, String> expected = new TreeMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            expected.put(file.getKey(), TestRepos.blobId(Files.readAllBytes(file.getValue())));
        }
        if (!tree.equals(expected)) {
            throw new IllegalStateException("the materialised HEAD tree differs from the sample: expected " + expected
                    + " but HEAD has " + tree);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
