package dev.readiness.cli;

import dev.readiness.core.config.ConfigException;
import dev.readiness.core.config.ConfigLoader;
import dev.readiness.core.config.KnownRules;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.ScanInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Which readiness.yml a scan uses: the file named by {@code --config}, else the nearest readiness.yml from
 * the scanned directory up to the top of its repository's work tree (a subproject's own file wins over the
 * repository's, as with .editorconfig), else none. Loaded before the scan starts, so a broken file stops
 * the run with its file:line:column.
 */
final class ConfigSelection {

    private ConfigSelection() {
    }

    /** {@code known}: the rules (and their options) the {@code rules} section may name. */
    static ReadinessConfig load(Path explicit, Path scanPath, KnownRules known)
            throws ConfigException, ScanInputException {
        Path root = RepositoryReader.rootDirectory(scanPath);
        if (explicit != null) {
            return ConfigLoader.load(explicit, root, known);
        }
        Path file = nearest(realPath(scanPath), root);
        if (file == null) {
            return ReadinessConfig.EMPTY;
        }
        Path shown = shown(file);
        if (Files.isSymbolicLink(file)) {
            // the scanned repository is untrusted: its link could point anywhere on this machine
            throw new ConfigException(shown.toString(),
                    "is a symbolic link, not followed: name the file with --config to use it", null);
        }
        return ConfigLoader.load(shown, root, known);
    }

    private static Path realPath(Path path) throws ScanInputException {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new ScanInputException("cannot resolve " + path + ": " + e.getMessage(), e);
        }
    }

    private static Path nearest(Path directory, Path root) {
        for (Path candidate = directory; candidate != null && candidate.startsWith(root); candidate = candidate.getParent()) {
            Path file = candidate.resolve(ConfigLoader.FILE_NAME);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return file;
            }
        }
        return null;
    }

    /** Relative to the working directory when inside it, so messages stay short and clickable. */
    private static Path shown(Path file) {
        try {
            Path workingDirectory = Path.of("").toAbsolutePath().toRealPath();
            return file.startsWith(workingDirectory) && !file.equals(workingDirectory)
                    ? workingDirectory.relativize(file) : file;
        } catch (IOException e) {
            return file;
        }
    }
}
