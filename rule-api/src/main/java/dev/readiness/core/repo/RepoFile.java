package dev.readiness.core.repo;

import java.util.Objects;

/**
 * A file of the snapshot: repository-relative path with forward slashes, its role, the directory of the
 * build module it belongs to ("" for the root module), its size in bytes and, when the snapshot comes
 * known from Git (a tree entry, or a work-tree file as Git would hash it: index id when unmodified, clean
 * filters applied), its blob id; files of plain directories get theirs when read.
 */
public record RepoFile(String path, FileKind kind, String moduleDirectory, long size, String treeBlobId)
        implements Comparable<RepoFile> {

    public RepoFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        moduleDirectory = moduleDirectory == null ? "" : moduleDirectory;
    }

    public boolean isJava() {
        return path.endsWith(".java");
    }

    /** A Java file that is compiled as production or test code (not a fixture, generated, vendored or sample). */
    public boolean isJavaSource() {
        return isJava() && kind.isCode();
    }

    /** This file with another role. */
    public RepoFile withKind(FileKind role) {
        return role == kind ? this : new RepoFile(path, role, moduleDirectory, size, treeBlobId);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public int compareTo(RepoFile other) {
        return path.compareTo(other.path);
    }
}
