package dev.readiness.core.repo;

import java.io.IOException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Makes JGit read nothing but the scanned repository and write nothing at all. JGit reads the user's and the
 * system's Git configuration (which may name filters, fsmonitor or credential programs) and, to learn the file
 * system's timestamp resolution, creates {@code .probe-*} files in the directory it reads (the scanned
 * repository's {@code .git}) and saves the result to {@code ~/.config/jgit/config}. Installed once per process,
 * this gives JGit empty, unsaveable user, system and JGit configurations and a fixed, coarse timestamp
 * resolution, so no probe is ever made: with a coarse resolution JGit only re-reads a file it might otherwise
 * have thought unchanged.
 */
public final class ReadOnlyGit {

    /** JGit's own fallback when it cannot measure; coarse, hence safe. */
    static final String TIMESTAMP_RESOLUTION = "2 seconds";

    private static boolean installed;

    private ReadOnlyGit() {
    }

    /** Idempotent; every entry point that opens a repository calls it first. */
    public static synchronized void install() {
        if (!installed) {
            SystemReader.setInstance(new Reader(SystemReader.getInstance()));
            installed = true;
        }
    }

    private static final class Reader extends SystemReader.Delegate {

        Reader(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new EmptyConfig(parent, fs);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new EmptyConfig(parent, fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new EmptyConfig(parent, fs);
        }
    }

    /** A configuration with no file behind it: nothing is loaded, saving fails. */
    private static final class EmptyConfig extends FileBasedConfig {

        EmptyConfig(Config parent, FS fs) {
            super(parent, null, fs);
        }

        @Override
        public void load() {
            // nothing outside the scanned repository configures a scan
        }

        @Override
        public void save() throws IOException {
            throw new IOException("a scan never writes Git configuration");
        }

        @Override
        public boolean isOutdated() {
            return false;
        }

        @Override
        public String getString(String section, String subsection, String name) {
            if ("filesystem".equals(section) && "timestampResolution".equals(name)) {
                return TIMESTAMP_RESOLUTION;
            }
            return super.getString(section, subsection, name);
        }
    }
}
