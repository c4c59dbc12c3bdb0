package dev.readiness.rules.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mentions in one instruction file of things the repository does not have: Maven or Gradle modules
 * named in commands or prose, paths and Java types in code spans, and wrappers that are not there.
 * Placeholders ({@code <module>}, {@code path/to/...}), URLs and lines pointing at other repositories are
 * left alone.
 */
final class StaleMentions {

    /** One stale mention: its line and what the message says. */
    record Stale(int line, String message) {
    }

    private static final Pattern MODULE_IN_PROSE = Pattern.compile(
            "`([\\w-]+)`\\s+(?:maven\\s+|gradle\\s+)?(?:module|sub-?project)\\b"
                    + "|\\b(?:module|sub-?project)\\s+`([\\w-]+)`", Pattern.CASE_INSENSITIVE);
    // Repetitions of groups are possessive: a greedy one recurses once per repetition in java.util.regex, and a
    // mention can be thousands of segments long. None of them could give back anything that helps a match.
    private static final Pattern JAVA_TYPE = Pattern.compile(
            "(?:[a-z_][\\w]*\\.)*+([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)++)(?:\\(\\))?");
    private static final Pattern PATH = Pattern.compile("[\\w.-]++(?:/[\\w.-]++)++/?");
    private static final Pattern GRADLE_PROJECT_PATH = Pattern.compile(":[\\w.-]++(?::[\\w.-]++)++");
    private static final Set<String> NOT_DIRECTORIES = Set.of("application", "text", "image", "audio", "video",
            "multipart", "font", "message", "origin", "upstream", "refs", "heads", "feature", "fix", "bugfix",
            "release", "hotfix", "path", "your", "my", "some", "foo", "example");
    /** Directories a build creates: a path through one is output, not a file of the repository. */
    private static final Set<String> BUILD_OUTPUT = Set.of("target", "build", "out", "dist", "bin", "node_modules",
            ".gradle", "generated", "generated-sources");
    /** Labels and their dots, then a top-level domain: "docs.example.com". */
    private static final Pattern DOMAIN = Pattern.compile("(?:[\\w-]++\\.)++(?:com|org|io|net|dev|ai|app|co)");
    /** Where a clause ends: CJK punctuation, a table cell's bar, or an ASCII mark followed by a space. */
    private static final Pattern CLAUSE_END = Pattern.compile("[。，；：！？|→]|[,.;:!?](?=\\s)");
    /** An English clause leading to the file it writes: "write ... to", "save ... into", "generate". */
    private static final Pattern OUTPUT_LEAD = Pattern.compile("(?i)(\\b(write|save|output|dump|record|log|emit|store)s?\\b"
            + ".*\\b(to|into|in|as)|\\b(generate|create|produce)s?(\\s+(a|an|the))?)\\s*$");
    /** Chinese verbs of writing a file: generate, output, write into, record, create, save, export. */
    private static final Pattern OUTPUT_VERB_CJK = Pattern.compile("生成|输出|写入|记录|创建|保存|导出");
    private static final Set<String> MODULE_OPTIONS = Set.of("-pl", "--projects");
    private static final Set<String> DIRECTORY_OPTIONS = Set.of("-p", "--project-dir");

    /**
     * Launchers that stand in for a wrapper: a repository that has {@code mvx} (a bootstrap script like mvnw that
     * brings Maven 4) and whose instructions name it says {@code mvnw} only to contrast it or for an older branch.
     */
    private static final Map<String, String> STAND_INS = Map.of("mvnw", "mvx");

    private final RepositoryPaths paths;
    private final KnownTypes types;
    private final String directory;
    private final String text;
    private final List<Stale> found = new ArrayList<>();

    private StaleMentions(RepositoryPaths paths, KnownTypes types, String directory, String text) {
        this.paths = paths;
        this.types = types;
        this.directory = directory;
        this.text = text;
    }

    /** The stale mentions of {@code text}, an instruction file in {@code directory} (relative to the scope). */
    static List<Stale> of(String text, RepositoryPaths paths, KnownTypes types, String directory) {
        StaleMentions mentions = new StaleMentions(paths, types, directory, text);
        String[] lines = text.split("\\R", -1);
        ReadmeCommands.invocations(text).stream().filter(invocation -> !pointsElsewhere(lines[invocation.line() - 1]))
                .forEach(mentions::checkCommand);
        for (MarkdownCode.Fragment fragment : MarkdownCode.fragments(text)) {
            if (pointsElsewhere(lines[fragment.line() - 1])) {
                continue;
            }
            String line = lines[fragment.line() - 1];
            if (!fragment.code()) {
                mentions.checkModulesInProse(fragment.line(), line);
            } else if (!fragment.inBlock() && !namesOutput(line, fragment.text().strip())) {
                mentions.checkSpan(fragment.line(), fragment.text().strip());
            }
        }
        return mentions.found.stream().distinct().toList();
    }

    /**
     * The span names a file the instructions tell the agent to write, not one they say exists: in its clause an
     * English output verb leads to it ("write the plan to `x`", "generate `x`"), or a Chinese one stands anywhere
     * ("生成 `x`", "输出到 `x`", "在 `x` 记录", as Arthas' AGENTS.md has its agents keep their work files).
     */
    private static boolean namesOutput(String line, String span) {
        int at = line.indexOf("`" + span);
        if (at < 0) {
            return false;
        }
        String before = line.substring(0, at);
        String after = line.substring(Math.min(line.length(), at + span.length() + 2));
        Matcher start = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (start.find()) {
            clauseStart = start.end();
        }
        Matcher end = CLAUSE_END.matcher(after);
        String lead = before.substring(clauseStart);
        String clause = lead + " " + (end.find() ? after.substring(0, end.start()) : after);
        return OUTPUT_LEAD.matcher(lead).find() || OUTPUT_VERB_CJK.matcher(clause).find();
    }

    private static boolean pointsElsewhere(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("://") || lower.contains("github.com") || lower.contains("git clone");
    }

    private void checkCommand(ReadmeCommands.Invocation invocation) {
        String wrapper = invocation.tool().startsWith("mvnw") ? "mvnw"
                : invocation.tool().startsWith("gradlew") ? "gradlew" : "";
        if (!wrapper.isEmpty() && !paths.exists(wrapper) && !paths.exists(inDirectory(wrapper))
                && !namesItsStandIn(wrapper)) {
            report(invocation.line(), "runs `" + invocation.launcher() + "`, but the repository has no " + wrapper
                    + " wrapper script: use the build tool installed (`" + wrapper.substring(0, wrapper.length() - 1)
                    + "`) or add the wrapper");
        }
        List<String> words = invocation.words();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String value = i + 1 < words.size() ? words.get(i + 1) : "";
            if (invocation.maven() && MODULE_OPTIONS.contains(word)) {
                List.of(value.split(",")).forEach(module -> checkModule(invocation.line(), module, word + " " + value));
            } else if (!invocation.maven() && DIRECTORY_OPTIONS.contains(word)) {
                checkModule(invocation.line(), value, word + " " + value);
            } else if (!invocation.maven() && GRADLE_PROJECT_PATH.matcher(word).matches()) {
                checkModule(invocation.line(), word.substring(1, word.lastIndexOf(':')).replace(':', '/'), word);
            }
        }
    }

    /** The repository has the stand-in of {@code wrapper} and the file names it (JLine: "uses mvx, not mvnw"). */
    private boolean namesItsStandIn(String wrapper) {
        String standIn = STAND_INS.get(wrapper);
        return standIn != null && paths.exists(standIn)
                && Pattern.compile("(?<![\\w-])" + standIn + "(?![\\w-])").matcher(text).find();
    }

    private void checkModule(int line, String mention, String context) {
        String name = mention.replaceFirst("^[!?+-]+", "");
        name = name.substring(name.lastIndexOf(':') + 1).replaceAll("[\"'`.,;)]+$", "");
        if (isPlaceholder(name) || paths.isModule(name) || paths.isDirectory(name) || paths.isDirectory(inDirectory(name))) {
            return;
        }
        report(line, "names the module `" + name + "` (" + context + "), but the repository has no such module"
                + (paths.moduleNames().isEmpty() ? " (it has no modules)"
                        : " (modules: " + String.join(", ", paths.moduleNames()) + ")"));
    }

    private void checkModulesInProse(int line, String text) {
        Matcher module = MODULE_IN_PROSE.matcher(text);
        while (module.find()) {
            String name = module.group(1) != null ? module.group(1) : module.group(2);
            checkModule(line, name, "\"" + module.group().replace("`", "") + "\"");
        }
    }

    private void checkSpan(int line, String span) {
        if (isPlaceholder(span) || span.contains(" ")) {
            return;
        }
        Matcher type = JAVA_TYPE.matcher(span);
        if (type.matches() && !types.knows(type.group(1)) && types.hasSources()) {
            report(line, "mentions the type `" + type.group(1) + "`, but no source in the repository declares it "
                    + "(nor does the code use a library type of that name)");
        } else if (PATH.matcher(span).matches() && looksLikeRepositoryPath(span) && !pathExists(span)) {
            report(line, "mentions the path `" + span + "`, which does not exist in the repository");
        }
    }

    private boolean pathExists(String span) {
        String path = span.replaceFirst("^\\./", "").replaceAll("(/\\.\\.\\.|\\.\\.\\.|/)$", "");
        if (exists(path) || paths.ignoredByGit(path) || paths.ignoredByGit(inDirectory(path))) {
            return true;
        }
        List<String> alternatives = alternatives(path);
        return !alternatives.isEmpty() && alternatives.stream().allMatch(this::exists);
    }

    private boolean exists(String path) {
        return paths.exists(path) || paths.exists(inDirectory(path)) || paths.existsAnywhere(path);
    }

    /**
     * Two names written as one with a slash: {@code Encoder/Decoder.java} for Encoder.java and Decoder.java,
     * {@code dropwizard-metrics4/5} for dropwizard-metrics4 and dropwizard-metrics5 (Feign's AGENTS.md). Empty when
     * {@code path} is no such pair.
     */
    private static List<String> alternatives(String path) {
        String[] parts = path.split("/");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return List.of();
        }
        String first = parts[0];
        String second = parts[1];
        int dot = second.lastIndexOf('.');
        if (dot > 0 && !first.contains(".")) {
            return List.of(first + second.substring(dot), second);
        }
        return second.length() <= 2 && second.length() < first.length()
                ? List.of(first, first.substring(0, first.length() - second.length()) + second) : List.of();
    }

    private static boolean looksLikeRepositoryPath(String span) {
        if (span.startsWith("/") || span.startsWith("../")) {
            return false;
        }
        String relative = span.startsWith("./") ? span.substring(2) : span;
        int slash = relative.indexOf('/');
        String first = slash < 0 ? "" : relative.substring(0, slash).toLowerCase(Locale.ROOT);
        return !first.isEmpty() && !NOT_DIRECTORIES.contains(first) && !DOMAIN.matcher(first).matches()
                && !first.matches("\\d+") && Arrays.stream(relative.split("/")).noneMatch(BUILD_OUTPUT::contains);
    }

    /** Placeholders: {@code <module>}, {@code path/to/...}, {@code foo}, and names of a kind ({@code module-name}). */
    private static boolean isPlaceholder(String text) {
        return text.isEmpty() || text.matches(".*[<>{}$*%|\\[\\]~].*") || text.toLowerCase(Locale.ROOT).contains("path/to")
                || text.matches("(?i)(module|project|artifact|your|my)[-_]?(name|id|module|project)")
                || text.equalsIgnoreCase("foo") || text.equalsIgnoreCase("bar") || text.equalsIgnoreCase("module")
                || text.equalsIgnoreCase("example");
    }

    private String inDirectory(String path) {
        return directory.isEmpty() ? path : directory + "/" + path;
    }

    private void report(int line, String message) {
        found.add(new Stale(line, message));
    }
}
