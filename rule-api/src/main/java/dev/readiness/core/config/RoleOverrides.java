package dev.readiness.core.config;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RoleDecision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * readiness.yml's {@code roles}: path globs (as for {@code include}) per file role, which override how the engine
 * decides roles. The first entry whose glob matches a path wins, in the order the file lists them.
 */
public record RoleOverrides(List<Entry> entries) {

    public static final RoleOverrides NONE = new RoleOverrides(List.of());

    /** One glob and the role it gives. */
    public record Entry(FileKind role, String glob) {
        public Entry {
            Objects.requireNonNull(role, "role");
            FileGlob.problem(glob).ifPresent(problem -> {
                throw new IllegalArgumentException("bad path glob '" + glob + "': " + problem);
            });
        }
    }

    public RoleOverrides {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The role readiness.yml gives the file at {@code path}, if any. */
    public Optional<FileKind> roleOf(String path) {
        return match(path).map(Entry::role);
    }

    /** The glob that gives {@code path} its role, if any. */
    public Optional<String> globOf(String path) {
        return match(path).map(Entry::glob);
    }

    /** The role readiness.yml gives {@code path} as a decision whose root is the glob, if it gives one. */
    public Optional<RoleDecision> decide(String path) {
        return match(path).map(entry -> new RoleDecision(entry.glob(), entry.role(), "readiness.yml roles", 0));
    }

    /** The first entry whose glob matches {@code path}, if any. */
    public Optional<Entry> match(String path) {
        return entries.stream().filter(entry -> FileGlob.compile(entry.glob()).matches(path)).findFirst();
    }
}
