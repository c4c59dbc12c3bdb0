package dev.readiness.cli;

import dev.readiness.core.config.ConfigException;
import dev.readiness.core.config.ConfigLoader;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.ScanInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Which readiness.yml a scan uses: the file named by {@code --config}, else readiness.yml at the top of the
 * scanned repository's work tree (or of the plain directory) when it exists, else none. Loaded before the
 * scan starts, so a broken file stops the run with its file:line:column.
 */
final class ConfigSelection {

    private ConfigSelection() {
    }

    static ReadinessConfig load(Path explicit, Path scanPath) throws ConfigException, ScanInputException {
        Path root = RepositoryReader.rootDirectory(scanPath);
        if (explicit != null) {
            return ConfigLoader.load(explicit, root);
        }
        Path file = root.resolve(ConfigLoader.FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return ReadinessConfig.EMPTY;
        }
        Path shown = shown(file);
        if (Files.isSymbolicLink(file)) {
            // the scanned repository is untrusted: its link could point anywhere on this machine
            throw new ConfigException(shown.toString(),
                    "is a symbolic link, not followed: name the file with --config to use it", null);
        }
        return ConfigLoader.load(shown, root);
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
