package dev.readiness.core.repo;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * Where a snapshot's files come from: the name to show, the subdirectory the scan is restricted to, the
 * Git state, the JGit repository (null for a plain directory) and how to read a file's bytes.
 */
record ScanRoot(String displayName, String scope, GitState gitState, Repository repository,
                ContentSource contentSource) {

    /** Reads file bytes from the work tree or from Git objects. */
    interface ContentSource {
        FileContent read(RepoFile file) throws IOException;
    }
}
