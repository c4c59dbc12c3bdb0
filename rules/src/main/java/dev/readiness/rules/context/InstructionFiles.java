package dev.readiness.rules.context;

import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.WellKnownFiles;
import dev.readiness.core.rule.RepositoryContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The agent instruction files of a repository: AGENTS.md at any level, CLAUDE.md, GEMINI.md, GitHub Copilot
 * instructions, Cursor rules, .cursorrules and .windsurfrules. The root AGENTS.md comes first (the file
 * agents read first), then shallower before deeper, then by path.
 */
final class InstructionFiles {


    /** How the file names are listed in messages. */
    static final String NAMES = "AGENTS.md, CLAUDE.md, GEMINI.md, .github/copilot-instructions.md, "
            + ".github/instructions/*.instructions.md, .cursor/rules/*.mdc, .cursorrules or .windsurfrules";

    private InstructionFiles() {
    }

    static List<RepoFile> find(RepositoryContext context) {
        return context.files().stream()
                .filter(WellKnownFiles::isAgentInstructions)
                .sorted(Comparator.comparing((RepoFile file) -> !isAgentsMd(file))
                        .thenComparing(file -> depth(file.path()))
                        .thenComparing(RepoFile::path))
                .toList();
    }

    private static boolean isAgentsMd(RepoFile file) {
        return file.fileName().toUpperCase(Locale.ROOT).equals("AGENTS.MD");
    }

    private static long depth(String path) {
        return path.chars().filter(c -> c == '/').count();
    }
}
