package dev.readiness.core.repo;

import java.util.ArrayList;
import java.util.List;

/** What a walk over a tree collects: the files to analyse and the entries skipped, with the reason. */
record Listing(List<RepoFile> files, List<String> skipped) {

    Listing() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    void addFile(RepoFile file) {
        files.add(file);
    }

    void skip(String path, String reason) {
        skipped.add(path + ": " + reason);
    }
}
