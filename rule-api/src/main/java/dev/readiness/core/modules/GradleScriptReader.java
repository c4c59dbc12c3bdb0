package dev.readiness.core.modules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the project dependencies a Gradle build script (Groovy or Kotlin DSL) declares, by reading its
 * text, never by running it: {@code project(":a:b")}, {@code project(path: ":x")} and type-safe
 * {@code projects.someModule} references on the lines of {@code dependencies { }} blocks, with the
 * configuration that starts the line. Platforms ({@code platform(...)}, {@code enforcedPlatform(...)})
 * bring no classes and are skipped, as are {@code buildscript} and {@code constraints} blocks.
 */
final class GradleScriptReader {

    /** A project reference: configuration, Gradle path (":x") or accessor ("projects.x"), and where. */
    record Reference(String configuration, String target, boolean accessor, String owner, boolean shared, int line) {
    }

    private static final Pattern PROJECT = Pattern.compile("\\bproject\\s*\\(\\s*(?:path\\s*[:=]\\s*)?[\"']([^\"']+)[\"']");
    private static final Pattern ACCESSOR = Pattern.compile("\\bprojects\\.([A-Za-z_][\\w.]*)");
    private static final Pattern CONFIGURATION = Pattern.compile("^\\s*[\"']?([A-Za-z_]\\w*)");
    private static final Pattern PLATFORM = Pattern.compile("(?i)platform\\s*\\(");
    private static final Set<String> WRAPPERS = Set.of("project", "projects", "testFixtures", "add");
    private static final Set<String> MANY_PROJECTS = Set.of("subprojects", "allprojects", "configure");
    private static final Set<String> SKIPPED = Set.of("buildscript", "constraints");

    /** An open or closed {@code { }} block: the call before it, that call's string argument, its span. */
    private record Block(String head, String argument, int start, List<Block> ancestors) {
    }

    private GradleScriptReader() {
    }

    static List<Reference> references(String script) {
        String code = GradleText.withoutComments(script);
        String masked = GradleText.withoutStrings(code);
        List<Reference> references = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '{') {
                open.push(block(code, masked, i, List.copyOf(open)));
            } else if (c == '}' && !open.isEmpty()) {
                Block block = open.pop();
                if (isDependencies(block)) {
                    readLines(code, block, i, references);
                }
            }
        }
        return references;
    }

    private static boolean isDependencies(Block block) {
        return block.head().equals("dependencies") && block.ancestors().stream()
                .noneMatch(ancestor -> ancestor.head().equals("dependencies") || SKIPPED.contains(ancestor.head()));
    }

    private static Block block(String code, String masked, int brace, List<Block> ancestors) {
        int end = brace - 1;
        while (end >= 0 && Character.isWhitespace(masked.charAt(end))) {
            end--;
        }
        String argument = "";
        if (end >= 0 && masked.charAt(end) == ')') {
            int close = end;
            end = GradleText.openingParenthesis(masked, end) - 1;
            argument = code.substring(end + 1, close + 1);
            while (end >= 0 && Character.isWhitespace(masked.charAt(end))) {
                end--;
            }
        }
        int start = end;
        while (start >= 0 && (Character.isJavaIdentifierPart(masked.charAt(start)))) {
            start--;
        }
        return new Block(masked.substring(start + 1, end + 1), argument, brace, ancestors);
    }

    private static void readLines(String code, Block block, int end, List<Reference> references) {
        boolean shared = block.ancestors().stream().anyMatch(ancestor -> MANY_PROJECTS.contains(ancestor.head()));
        String owner = block.ancestors().stream().filter(ancestor -> ancestor.head().equals("project")).reduce((a, b) -> b)
                .map(ancestor -> projectPath(ancestor.argument())).orElse("");
        int line = GradleText.lineOf(code, block.start());
        String configuration = "";
        for (String text : code.substring(block.start() + 1, end).split("\n", -1)) {
            Matcher name = CONFIGURATION.matcher(text);
            if (name.find() && !WRAPPERS.contains(name.group(1))) {
                configuration = name.group(1);
            }
            if (!PLATFORM.matcher(text).find()) {
                addReferences(text, new Reference(configuration, "", false, owner, shared, line), references);
            }
            line++;
        }
    }

    private static void addReferences(String text, Reference template, List<Reference> references) {
        Matcher project = PROJECT.matcher(text);
        while (project.find()) {
            references.add(new Reference(template.configuration(), project.group(1), false, template.owner(),
                    template.shared(), template.line()));
        }
        Matcher accessor = ACCESSOR.matcher(text);
        while (accessor.find()) {
            references.add(new Reference(template.configuration(), accessor.group(1), true, template.owner(),
                    template.shared(), template.line()));
        }
    }

    private static String projectPath(String argument) {
        Matcher matcher = Pattern.compile("[\"']([^\"']+)[\"']").matcher(argument);
        return matcher.find() ? matcher.group(1) : "";
    }
}
