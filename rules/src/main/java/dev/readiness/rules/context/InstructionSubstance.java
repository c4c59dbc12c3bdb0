package dev.readiness.rules.context;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agent instruction text gives an agent to work with: a build or test command written as code,
 * and a description of the layout (directories or modules that exist) or of conventions (rules in a list).
 */
record InstructionSubstance(boolean command, boolean layout) {

    /** Build tools other than Maven and Gradle (which {@link ReadmeCommands} reads with their goals). */
    private static final Set<String> OTHER_TOOLS = Set.of("npm", "npx", "yarn", "pnpm", "bun", "make", "cargo",
            "go", "pytest", "tox", "bazel", "bazelisk", "sbt", "dotnet", "ant", "just", "poetry", "uv", "mix",
            "rake", "bundle", "composer", "deno");
    private static final Pattern FIRST_WORDS = Pattern.compile("^(?:\\./)?([\\w.-]+)\\s+\\S");
    /** Possessive: a greedy group repetition recurses once per segment in java.util.regex, and a path can be long. */
    private static final Pattern PATH_TOKEN = Pattern.compile("[\\w.-]++(?:/[\\w.-]++)*+/?");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern RULE_WORD = Pattern.compile(
            "\\b(?:must|never|always|do not|don't|avoid|prefer|should|only|use)\\b", Pattern.CASE_INSENSITIVE);
    private static final int CONVENTIONS_NEEDED = 2;

    static InstructionSubstance of(String text, RepositoryPaths paths, String directory) {
        List<MarkdownCode.Fragment> fragments = MarkdownCode.fragments(text);
        boolean command = ReadmeCommands.invocations(text).stream()
                .anyMatch(invocation -> invocation.found().build() || invocation.found().test())
                || fragments.stream().filter(MarkdownCode.Fragment::code).anyMatch(InstructionSubstance::isOtherTool);
        boolean layout = fragments.stream().anyMatch(fragment -> namesDirectory(fragment, paths, directory))
                || conventions(text) >= CONVENTIONS_NEEDED;
        return new InstructionSubstance(command, layout);
    }

    InstructionSubstance or(InstructionSubstance other) {
        return new InstructionSubstance(command || other.command, layout || other.layout);
    }

    boolean enough() {
        return command && layout;
    }

    /** What is missing, e.g. "no build or test command, no layout or conventions". */
    String missing() {
        String noCommand = command ? "" : "no build or test command";
        String noLayout = layout ? "" : "no layout or conventions";
        return noCommand.isEmpty() || noLayout.isEmpty() ? noCommand + noLayout : noCommand + ", " + noLayout;
    }

    private static boolean isOtherTool(MarkdownCode.Fragment fragment) {
        Matcher words = FIRST_WORDS.matcher(fragment.text().strip());
        return words.find() && OTHER_TOOLS.contains(words.group(1).toLowerCase(Locale.ROOT));
    }

    /** A directory that exists, in code or with a trailing slash in prose ("analyzer-core/ holds ..."). */
    private static boolean namesDirectory(MarkdownCode.Fragment fragment, RepositoryPaths paths, String directory) {
        Matcher token = PATH_TOKEN.matcher(fragment.text());
        while (token.find()) {
            String name = token.group();
            boolean candidate = fragment.code() || name.contains("/");
            String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            if (candidate && !path.isEmpty() && (paths.isDirectory(path) || paths.isModule(path)
                    || paths.isDirectory(directory.isEmpty() ? path : directory + "/" + path))) {
                return true;
            }
        }
        return false;
    }

    private static long conventions(String text) {
        return text.lines().map(LIST_ITEM::matcher).filter(Matcher::matches)
                .filter(item -> RULE_WORD.matcher(item.group(1)).find()).count();
    }
}
