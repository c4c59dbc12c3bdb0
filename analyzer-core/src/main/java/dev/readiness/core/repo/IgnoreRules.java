package dev.readiness.core.repo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Git's ignore rules as a scan applies them: each directory's {@code .gitignore}, and at the root the
 * repository's {@code info/exclude}; the deepest matching rule decides, as in git. Only regular files are
 * read (a linked {@code .gitignore} is not followed, as git no longer does), and only up to
 * {@link #MAX_BYTES}. The user's global excludes are not read: a scan depends on the repository alone.
 */
final class IgnoreRules {

    static final long MAX_BYTES = 1L << 20;
    private static final IgnoreRules NONE = new IgnoreRules(null, "", null);

    private final IgnoreNode node;
    private final String base;
    private final IgnoreRules parent;

    private IgnoreRules(IgnoreNode node, String base, IgnoreRules parent) {
        this.node = node;
        this.base = base;
        this.parent = parent;
    }

    /** The rules at the root: its .gitignore over the repository's info/exclude ({@code gitDirectory} may be null). */
    static IgnoreRules atRoot(Path root, Path gitDirectory, Listing listing) {
        IgnoreRules rules = NONE;
        if (gitDirectory != null) {
            rules = rules.with(gitDirectory.resolve("info/exclude"), ".git/info/exclude", "", listing);
        }
        return rules.with(root.resolve(".gitignore"), ".gitignore", "", listing);
    }

    /** The rules inside {@code directory} (repository-relative {@code path}). */
    IgnoreRules enter(Path directory, String path, Listing listing) {
        return with(directory.resolve(".gitignore"), path + "/.gitignore", path, listing);
    }

    boolean isIgnored(String path, boolean directory) {
        for (IgnoreRules rules = this; rules != null; rules = rules.parent) {
            if (rules.node == null) {
                continue;
            }
            // git matches a directory's rules against the path below it, with a leading '/' below the root
            String relative = rules.base.isEmpty() ? path : path.substring(rules.base.length());
            Boolean ignored = rules.node.checkIgnored(relative, directory);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }

    private IgnoreRules with(Path file, String shownPath, String base, Listing listing) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !RegularFiles.isRegularInside(file)) {
            return this;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                listing.skip(shownPath, "larger than 1 MiB, its ignore rules are not applied");
                return this;
            }
            IgnoreNode node = new IgnoreNode();
            node.parse(shownPath, new ByteArrayInputStream(RegularFiles.readInside(file)));
            return node.getRules().isEmpty() ? this : new IgnoreRules(node, base, this);
        } catch (IOException e) {
            listing.skip(shownPath, "cannot be read (" + e.getMessage() + "), its ignore rules are not applied");
            return this;
        }
    }
}
