package dev.readiness.core.repo;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;

/**
 * Where a snapshot's files come from: the name to show, the directory it was read from (work tree, plain
 * directory or bare Git directory), the subdirectory the scan is restricted to, the Git state, the JGit
 * repository (null for a plain directory), how to read a file's bytes and the commit whose tree the files are
 * (null when they are a work tree's or a plain directory's).
 */
record ScanRoot(String displayName, Path directory, String scope, GitState gitState, Repository repository,
                ContentSource contentSource, String commitTree) {

    /** Reads file bytes from the work tree or from Git objects. */
    interface ContentSource {
        FileContent read(RepoFile file) throws IOException;
    }
}
