package dev.readiness.core.modules;

import dev.readiness.core.text.Braces;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /**
     * A dependency declaration: configuration, and for a project reference its Gradle path (":x") or accessor
     * ("projects.x"); {@code external} marks a dependency on something else (an artifact, a version-catalog
     * entry, files), whose target is empty.
     */
    record Reference(String configuration, String target, boolean accessor, String owner, boolean shared, int line,
                     boolean external) {
    }

    /**
     * A plugin the script applies: its id ({@code plugins { id("x") }}, {@code apply plugin: 'x'}), or, with
     * {@code unreadable} set, a script plugin ({@code apply from: ...}) or a plugin class, whose declarations
     * cannot be read from the id; {@code shared} when applied for many projects at once.
     */
    record PluginUse(String id, boolean unreadable, boolean shared) {
    }

    /** {@code project(":x")}, {@code project(path: ":x")}, and with a configuration of it: {@code project(":x", "c")}. */
    private static final Pattern PROJECT = Pattern.compile("\\bproject\\s*\\(\\s*(?:path\\s*[:=]\\s*)?[\"']([^\"']+)[\"']"
            + "(?:\\s*,\\s*(?:configuration\\s*[:=]\\s*)?[\"']([^\"']+)[\"'])?");
    /** The configurations of a project that carry its classes; any other one it publishes carries files. */
    private static final Set<String> CODE_VARIANTS = Set.of("default", "apiElements", "runtimeElements",
            "compile", "runtime", "testFixturesApiElements", "testFixturesRuntimeElements");
    private static final Pattern ACCESSOR = Pattern.compile("\\bprojects\\.([A-Za-z_][\\w.]*)");
    private static final Pattern CONFIGURATION = Pattern.compile("^\\s*[\"']?([A-Za-z_]\\w*)");
    private static final Pattern PLATFORM = Pattern.compile("(?i)platform\\s*\\(");
    private static final Set<String> WRAPPERS = Set.of("project", "projects", "testFixtures", "add");
    private static final Set<String> MANY_PROJECTS = Set.of("subprojects", "allprojects", "configure");
    private static final Set<String> SKIPPED = Set.of("buildscript", "constraints");
    private static final int SOURCE_SET_LOOKBACK = 200;
    /** {@code jvmTest.dependencies { }}: the source set named before the block. */
    private static final Pattern RECEIVER_SOURCE_SET = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\.\\s*dependencies\\s*$");
    /** {@code val jvmTest by getting { }}: the source set a Kotlin delegate names. */
    private static final Pattern DELEGATED_SOURCE_SET = Pattern.compile(
            "\\bval\\s+([A-Za-z_]\\w*)\\s+by\\s+(?:getting|creating)\\s*(?:\\([^)]*\\))?\\s*$");
    private static final Pattern PLUGIN_ID = Pattern.compile("\\bid\\s*\\(?\\s*[\"']([^\"']+)[\"']");
    private static final Pattern APPLIED_PLUGIN = Pattern.compile(
            "\\bapply\\s*\\(?\\s*plugin\\s*[:=]\\s*(?:[\"']([^\"']+)[\"']|([A-Za-z_][\\w.]*))");
    /** {@code id("x") version "1" apply false}: put on the build classpath, not applied. */
    private static final Pattern NOT_APPLIED = Pattern.compile("\\bapply\\s*\\(?\\s*false");
    private static final Pattern APPLIED_SCRIPT = Pattern.compile("\\bapply\\s*\\(?\\s*from\\s*[:=]");

    /** An open or closed {@code { }} block: the call before it, that call's string argument, its span. */
    private record Block(String head, String argument, int start, List<Block> ancestors) {
    }

    private GradleScriptReader() {
    }

    /** The plugins the script applies, in its {@code plugins} blocks or with {@code apply}, in order of appearance. */
    static List<PluginUse> plugins(String script) {
        String code = GradleText.withoutComments(script);
        String masked = GradleText.withoutStrings(code);
        List<int[]> pluginBlocks = new ArrayList<>();
        List<int[]> sharedBlocks = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '{') {
                open.push(block(code, masked, i, List.copyOf(open)));
            } else if (c == '}' && !open.isEmpty()) {
                Block block = open.pop();
                if (block.head().equals("plugins")) {
                    pluginBlocks.add(new int[] {block.start(), i});
                } else if (MANY_PROJECTS.contains(block.head())) {
                    sharedBlocks.add(new int[] {block.start(), i});
                }
            }
        }
        Map<Integer, PluginUse> byPosition = new TreeMap<>();
        for (int[] span : pluginBlocks) {
            Matcher id = PLUGIN_ID.matcher(code).region(span[0], span[1]);
            while (id.find()) {
                int lineEnd = code.indexOf('\n', id.end());
                String rest = code.substring(id.end(), lineEnd < 0 ? code.length() : Math.min(lineEnd, span[1]));
                if (!NOT_APPLIED.matcher(rest).find()) {
                    byPosition.put(id.start(), new PluginUse(id.group(1), false, within(id.start(), sharedBlocks)));
                }
            }
        }
        Matcher applied = APPLIED_PLUGIN.matcher(code);
        while (applied.find()) {
            boolean shared = within(applied.start(), sharedBlocks);
            byPosition.put(applied.start(), applied.group(1) != null ? new PluginUse(applied.group(1), false, shared)
                    : new PluginUse(applied.group(2), true, shared));
        }
        Matcher scriptPlugin = APPLIED_SCRIPT.matcher(code);
        while (scriptPlugin.find()) {
            byPosition.put(scriptPlugin.start(), new PluginUse("", true, within(scriptPlugin.start(), sharedBlocks)));
        }
        return List.copyOf(byPosition.values());
    }

    private static boolean within(int position, List<int[]> spans) {
        return spans.stream().anyMatch(span -> span[0] < position && position < span[1]);
    }

    /** A configuration a Groovy script declares in its {@code configurations { }} block: a name alone on its line. */
    private static final Pattern GROOVY_DECLARED = Pattern.compile("(?m)^\\s*([A-Za-z_]\\w*)\\s*(?:\\{\\s*\\}?)?\\s*$");
    /** One a Kotlin script declares: {@code val docs by configurations.creating}, {@code configurations.create("docs")}. */
    private static final Pattern KOTLIN_DECLARED = Pattern.compile(
            "\\bval\\s+([A-Za-z_]\\w*)\\s*(?::\\s*\\w+\\s*)?by\\s+configurations\\.(?:creating|registering)"
                    + "|\\bconfigurations\\.(?:create|register|maybeCreate)\\s*\\(\\s*\"([A-Za-z_]\\w*)\"");
    /** {@code compileOnly.extendsFrom(optional)}, {@code compileOnly { extendsFrom optional }}: a code configuration inherits it. */
    private static final Pattern EXTENDS_FROM = Pattern.compile(
            "\\bextendsFrom\\s*\\(?\\s*(?:configurations\\.)?([A-Za-z_]\\w*)");
    private static final Set<String> BLOCK_WORDS = Set.of("all", "each", "configureEach", "matching", "named");
    /** Gradle's and its plugins' own configurations, which a {@code configurations { }} block may configure. */
    private static final Pattern STANDARD_CONFIGURATION = Pattern.compile(
            "(?i).*(implementation|api|compileonly|runtimeonly|compile|runtime|classpath|annotationprocessor|elements)");

    /**
     * The configurations the script declares for itself and no other configuration inherits: POI's {@code javadocs}
     * and {@code tests}, which collect other projects' files. A dependency in one of them is no code dependency.
     * One that another configuration extends from (a Spring-style {@code optional} that {@code compileOnly} takes)
     * may carry code, and is left out of the set.
     */
    static Set<String> ownConfigurations(String script) {
        String code = GradleText.withoutComments(script);
        Set<String> declared = new java.util.TreeSet<>();
        Matcher kotlin = KOTLIN_DECLARED.matcher(code);
        while (kotlin.find()) {
            declared.add(kotlin.group(1) != null ? kotlin.group(1) : kotlin.group(2));
        }
        String masked = GradleText.withoutStrings(code);
        for (int at = masked.indexOf("configurations"); at >= 0; at = masked.indexOf("configurations", at + 1)) {
            int brace = masked.indexOf('{', at);
            if (brace < 0 || !masked.substring(at + "configurations".length(), brace).isBlank()) {
                continue;
            }
            int end = Braces.closing(masked, brace);
            Matcher name = GROOVY_DECLARED.matcher(code.substring(brace + 1, end));
            while (name.find()) {
                if (!BLOCK_WORDS.contains(name.group(1)) && !STANDARD_CONFIGURATION.matcher(name.group(1)).matches()) {
                    declared.add(name.group(1));
                }
            }
        }
        Matcher inherited = EXTENDS_FROM.matcher(code);
        while (inherited.find()) {
            declared.remove(inherited.group(1));
        }
        return declared;
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
        String sourceSet = sourceSetOf(code, block);
        String configuration = "";
        for (String text : code.substring(block.start() + 1, end).split("\n", -1)) {
            Matcher name = CONFIGURATION.matcher(text);
            if (name.find() && !WRAPPERS.contains(name.group(1))) {
                configuration = sourceSet.isEmpty() ? name.group(1) : sourceSet + capitalized(name.group(1));
            }
            if (!PLATFORM.matcher(text).find()) {
                int before = references.size();
                addReferences(text, new Reference(configuration, "", false, owner, shared, line, false), references);
                if (references.size() == before && name.find(0) && !WRAPPERS.contains(name.group(1))
                        && declaresSomething(text.substring(name.end()))) {
                    references.add(new Reference(configuration, "", false, owner, shared, line, true));
                }
            }
            line++;
        }
    }

    /**
     * The Kotlin Multiplatform source set a {@code dependencies} block belongs to, when it is a test one: the block it
     * sits in ({@code commonTest { dependencies { ... } }}, {@code val jvmTest by getting { ... }}) or its receiver
     * ({@code jvmTest.dependencies { ... }}). Its {@code implementation(...)} serves that source set's tests (OkHttp's
     * {@code okhttp} tests use {@code mockwebserver}, which depends on {@code okhttp}: no cycle). Empty otherwise.
     */
    private static String sourceSetOf(String code, Block block) {
        String before = code.substring(Math.max(0, block.start() - SOURCE_SET_LOOKBACK), block.start());
        Matcher receiver = RECEIVER_SOURCE_SET.matcher(before);
        String name = receiver.find() ? receiver.group(1) : "";
        if (name.isEmpty() && !block.ancestors().isEmpty()) {
            Block parent = block.ancestors().get(0);
            String parentHead = parent.head();
            if (parentHead.equals("getting") || parentHead.equals("creating")) {
                Matcher delegated = DELEGATED_SOURCE_SET.matcher(
                        code.substring(Math.max(0, parent.start() - SOURCE_SET_LOOKBACK), parent.start()));
                name = delegated.find() ? delegated.group(1) : "";
            } else if (parent.ancestors().stream().anyMatch(ancestor -> ancestor.head().equals("sourceSets"))) {
                name = parentHead;
            }
        }
        return !name.isEmpty() && GradleDeclarations.scope(name) == DeclaredDependency.Scope.TEST ? name : "";
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void addReferences(String text, Reference template, List<Reference> references) {
        Matcher project = PROJECT.matcher(text);
        while (project.find()) {
            if (project.group(2) != null && !CODE_VARIANTS.contains(project.group(2))) {
                continue; // files another project publishes (JMeter's licence texts), no classes to compile against
            }
            references.add(new Reference(template.configuration(), project.group(1), false, template.owner(),
                    template.shared(), template.line(), false));
        }
        Matcher accessor = ACCESSOR.matcher(text);
        while (accessor.find()) {
            references.add(new Reference(template.configuration(), accessor.group(1), true, template.owner(),
                    template.shared(), template.line(), false));
        }
    }

    /**
     * What follows a configuration name declares a dependency on this line ({@code 'g:a:1'}, {@code libs.x},
     * {@code files(...)}), not only opens a call continued on the next line ({@code implementation(}).
     */
    private static boolean declaresSomething(String rest) {
        return !rest.replaceAll("[\\s(){}]", "").isEmpty();
    }

    private static String projectPath(String argument) {
        Matcher matcher = Pattern.compile("[\"']([^\"']+)[\"']").matcher(argument);
        return matcher.find() ? matcher.group(1) : "";
    }
}
