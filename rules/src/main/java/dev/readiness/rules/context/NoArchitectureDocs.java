package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.WellKnownFiles;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No architecture documentation: no ADRs or architecture documents, and no README section on the
 * architecture, design or layout. An agent then learns the structure only by reading all the code.
 */
@RuleDefinition(
        id = "context/no-architecture-docs",
        summary = "No architecture documentation: no ADRs, no architecture document, no README section.",
        description = "Reports a repository (or scanned directory) with no architecture documentation: no "
                + "docs/adr, docs/decisions, docs/architecture, arc42 or design folder, no ARCHITECTURE.md or "
                + "docs/architecture*.md, and no README section headed Architecture, Design, Layout, "
                + "(Project) structure, Modules or Components with at least three lines of content.",
        level = Level.NOTE,
        precision = Precision.MEDIUM,
        scope = FileKind.DOCS,
        tags = {"context", "documentation", "architecture", "ai-readiness"}
)
public final class NoArchitectureDocs implements RepositoryRule {

    private static final Pattern DOCUMENT = Pattern.compile(
            "(?:docs?/)?(?:adrs?|decisions|architecture|arc42|design)/.+"
                    + "|(?:docs?/)?(?:architecture|design)[^/]*\\.(?:md|markdown|adoc|asciidoc|rst|txt)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6}|={1,6})\\s+(.+)$");
    private static final Pattern ARCHITECTURE_HEADING = Pattern.compile(
            "architecture|design|layout|structure|modules|code organi[sz]ation|how it works|components",
            Pattern.CASE_INSENSITIVE);
    private static final int CONTENT_LINES = 3;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        boolean documented = context.files().stream()
                .anyMatch(file -> DOCUMENT.matcher(ScopePaths.inScope(context, file.path())).matches())
                || context.rootFiles().stream().filter(WellKnownFiles::isReadme)
                        .anyMatch(readme -> hasArchitectureSection(context.readText(readme).orElse("")));
        if (!documented) {
            RepositoryAnchors.forRepository(context).ifPresent(anchor -> sink.report(anchor, "No architecture "
                    + "documentation: agents learn the structure only by reading all the code; add a README section "
                    + "(\"Architecture\" or \"Project structure\": the modules, the layers and what may depend on "
                    + "what) or decision records in docs/adr/."));
        }
    }

    /** A heading about the architecture followed by at least {@link #CONTENT_LINES} lines before the next such heading. */
    static boolean hasArchitectureSection(String text) {
        int level = 0;
        int content = 0;
        for (String line : text.split("\\R", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && (level == 0 || heading.group(1).length() <= level)) {
                String title = heading.group(2).replaceAll("<!--.*?-->", ""); // comments are not shown
                level = ARCHITECTURE_HEADING.matcher(title).find() ? heading.group(1).length() : 0;
                content = 0;
            } else if (level > 0 && !line.isBlank() && ++content >= CONTENT_LINES) {
                return true;
            }
        }
        return false;
    }
}
