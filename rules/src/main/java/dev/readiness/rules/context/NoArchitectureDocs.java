package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.WellKnownFiles;
import dev.readiness.core.rule.Effort;
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
                + "document (Markdown, AsciiDoc, reStructuredText, text, PlantUML or Mermaid) in an adr, decisions, "
                + "architecture, arc42 or design folder at the root or in a documentation tree (docs, doc, "
                + "documentation, site, wiki, *-docs), none named architecture*, arc42* or design* anywhere "
                + "(ARCHITECTURE.md in any letter case), none naming the architecture inside a documentation tree "
                + "(docs/guide/system-architecture.adoc), and no README section headed Architecture, Design, Layout, "
                + "(Project) structure, Modules or Components with at least three lines of content.",
        level = Level.NOTE,
        effort = Effort.DOCUMENT,
        precision = Precision.MEDIUM,
        scope = FileKind.DOCS,
        tags = {"context", "documentation", "architecture", "ai-readiness"},
        holds = "The architecture is documented")
public final class NoArchitectureDocs implements RepositoryRule {

    /** What an agent can read as text: prose and diagram sources, not images. */
    private static final Pattern READABLE = Pattern.compile(
            ".+\\.(?:md|markdown|adoc|asciidoc|rst|txt|puml|plantuml|mmd)", Pattern.CASE_INSENSITIVE);
    /** A folder of architecture records or notes. */
    private static final Pattern ARCHITECTURE_FOLDER = Pattern.compile(
            "adrs?|decisions|architecture|arc42|design(?:[-_]?docs?)?", Pattern.CASE_INSENSITIVE);
    /** A document about the architecture wherever it lives: ARCHITECTURE.md, design-decisions.md, arc42.adoc. */
    private static final Pattern ARCHITECTURE_NAME = Pattern.compile(
            "(?:architecture|arc42|design)(?:[-_ .][^/]*)?", Pattern.CASE_INSENSITIVE);
    /** A documentation tree: docs, doc, documentation, Maven's src/site, a wiki, framework-docs. */
    private static final Pattern DOCS_TREE = Pattern.compile(
            "docs?|documentation|site|wiki|[^/]+[-_]docs?", Pattern.CASE_INSENSITIVE);
    /** Inside a documentation tree, a page that names the architecture: system-architecture.adoc. */
    private static final Pattern ARCHITECTURE_PAGE = Pattern.compile(
            "[^/]*(?:architecture|arc42)[^/]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6}|={1,6})\\s+(.+)$");
    private static final Pattern ARCHITECTURE_HEADING = Pattern.compile(
            "architecture|design|layout|structure|modules|code organi[sz]ation|how it works|components",
            Pattern.CASE_INSENSITIVE);
    private static final int CONTENT_LINES = 3;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        boolean documented = context.files().stream()
                .filter(file -> file.kind() == FileKind.DOCS)
                .anyMatch(file -> isArchitectureDocument(ScopePaths.inScope(context, file.path())))
                || context.rootFiles().stream().filter(WellKnownFiles::isReadme)
                        .anyMatch(readme -> hasArchitectureSection(context.readText(readme).orElse("")));
        if (!documented) {
            RepositoryAnchors.forRepository(context).ifPresent(anchor -> sink.report(anchor, "No architecture "
                    + "documentation: agents learn the structure only by reading all the code; add a README section "
                    + "(\"Architecture\" or \"Project structure\": the modules, the layers and what may depend on "
                    + "what) or decision records in docs/adr/."));
        }
    }

    /**
     * A readable document (path relative to the scanned directory) named after the architecture or design,
     * in a folder of architecture records at the root or in a documentation tree, or naming the architecture
     * inside a documentation tree. Images and the resources of a Java package called "design" do not count.
     */
    static boolean isArchitectureDocument(String path) {
        String[] segments = path.split("/");
        String name = segments[segments.length - 1];
        if (!READABLE.matcher(name).matches()) {
            return false;
        }
        if (ARCHITECTURE_NAME.matcher(name).matches()) {
            return true;
        }
        boolean inDocsTree = false;
        for (int i = 0; i < segments.length - 1; i++) {
            if (ARCHITECTURE_FOLDER.matcher(segments[i]).matches() && (i == 0 || inDocsTree)) {
                return true;
            }
            inDocsTree |= DOCS_TREE.matcher(segments[i]).matches();
        }
        return inDocsTree && ARCHITECTURE_PAGE.matcher(name).matches();
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
