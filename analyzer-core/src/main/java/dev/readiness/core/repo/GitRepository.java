package dev.readiness.core.repo;

import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;

/**
 * The Git repository a scanned path lies in, opened without listing any file: the repository, the directory its
 * files are relative to (work tree, or the bare repository itself), the subdirectory the path restricts a scan to
 * ("" for all of it) and the name reports show. Close it when done.
 */
public record GitRepository(Repository repository, Path root, String scope, String displayName)
        implements AutoCloseable {

    @Override
    public void close() {
        repository.close();
    }
}
