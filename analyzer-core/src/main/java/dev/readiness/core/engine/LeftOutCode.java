package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.RoleDecision;
import dev.readiness.core.rule.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The one note that says which code the scan left out of rules, scores and code health, and why. */
final class LeftOutCode {

    private static final int ROOTS_SHOWN = 5;

    private LeftOutCode() {
    }

    static Optional<ToolNotification> note(RepositorySnapshot snapshot) {
        Map<FileKind, Long> counts = snapshot.files().stream().filter(RepoFile::isJava)
                .filter(file -> file.kind().isLeftOut())
                .collect(Collectors.groupingBy(RepoFile::kind, TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(count + " " + kind.id() + " Java file" + (count == 1 ? "" : "s")
                + " (" + roots(snapshot, kind) + ")"));
        return Optional.of(ToolNotification.global("left-out-code", Level.NOTE, String.join(", ", parts)
                + " left out of rules, scores and code health; readiness.yml roles can change a file's role"));
    }

    private static String roots(RepositorySnapshot snapshot, FileKind kind) {
        List<String> roots = snapshot.roleDecisions().stream().filter(decision -> decision.role() == kind)
                .map(RoleDecision::root).distinct().toList();
        String shown = roots.stream().limit(ROOTS_SHOWN).map(root -> root.isEmpty() ? "." : root)
                .collect(Collectors.joining(", "));
        return roots.size() > ROOTS_SHOWN ? shown + " and " + (roots.size() - ROOTS_SHOWN) + " more" : shown;
    }
}
