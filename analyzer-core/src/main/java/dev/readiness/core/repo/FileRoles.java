package dev.readiness.core.repo;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RoleDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one place a file's role is decided. In order: readiness.yml's {@code roles}; what is not code by its
 * name (build files, docs, resources); code a tool wrote, code copied from a third party and sample code, by
 * their directories; the source roots the build declares (Maven, Gradle, Ant), deepest first; the conventional
 * roots; and last the file name ({@code *Test}, {@code Test*} ...).
 */
public final class FileRoles {

    private static final Set<String> BUILD_FILE_NAMES = Set.of(
            "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
            "gradle.properties", "mvnw", "mvnw.cmd", "gradlew", "gradlew.bat", "build.xml");
    /** Build files that make their directory a module: which one says whose source roots apply. */
    private static final Set<String> MODULE_BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts",
            "build.xml");
    private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "groovy", "scala");
    private static final Set<String> DOC_EXTENSIONS = Set.of("md", "markdown", "adoc", "asciidoc", "rst", "txt");
    private static final Pattern RESOURCES = Pattern.compile("/src/([^/]+)/resources/");
    /**
     * Gradle's build logic: the buildSrc project and an included build-logic build compile the build, not the product.
     * Found in "/"-prefixed paths, the first such directory wins; no repetition of directories before it, which
     * recursed once per directory in java.util.regex.
     */
    private static final Pattern BUILD_LOGIC = Pattern.compile("/(?:buildSrc|build-logic)/");
    private static final Pattern TEST_SOURCE_SET = Pattern.compile(
            "(?i)(test.*|.*Test|.*-test|it|testFixtures|jmh|tests)");
    private static final Pattern TEST_DATA = Pattern.compile("/(testdata|test-data|test-resources|test-inputs?)/");
    private static final Pattern GENERATED = Pattern.compile(
            "/(generated|generated-sources|generated-src|generated-test-sources|gen-src)/");
    private static final Pattern VENDORED = Pattern.compile("/(third_party|third-party|thirdparty|vendored)/");
    /** Sample code: a directory above the source root named like a samples or docs module, or src/example(s). */
    private static final Pattern SAMPLE_MODULE = Pattern.compile(
            "(?i)^(.*/)?([\\w.-]*[-_.])?(samples?|examples?|demos?|docs?|documentation)(/.*)?$");
    private static final Pattern SAMPLE_ROOT = Pattern.compile("/src/(examples?|samples?|demos?)/");
    /**
     * {@code src/<source set>/}, then the language directory a build compiles (absent: data, not compiled), or, in
     * the flat layout of Ant builds, the first directory of a Java package ({@code src/test/org/apache/...}, as each
     * Nutch plugin keeps its tests): the source set is compiled from there (group 2 matches, empty).
     */
    private static final Pattern SOURCE_SET = Pattern.compile("/src/([^/]+)/((java|kotlin|groovy|scala)/"
            + "|(?=(?:org|com|net|io|dev|edu|gov|de|fr|uk|nl|ch|at|be|it|es|se|no|fi|dk|pl|cz|hu|ru|cn|jp|kr|tw|br|au"
            + "|ca|us|in|eu|me|info|javax|jakarta)/))?");
    private static final Set<String> TEST_MODULE_DIRECTORIES = Set.of("its", "it", "integration-tests",
            "integration-test", "test", "tests");
    /**
     * A module named for what runs the code rather than ships it: fuzzing harnesses, performance tests, benchmarks
     * and smoke-test applications ({@code log4j-core-fuzz-test}, {@code log4j-perf-test}, {@code caffeine-jmh},
     * {@code bench/jmh}, Spring Boot's {@code smoke-test/}).
     * A plain {@code *-test} module is not among them: it often ships test support to users ({@code spring-test}).
     */
    private static final Pattern HARNESS_MODULE = Pattern.compile(
            "(?i)(.*[-_.])?(fuzz|fuzzing|perf|performance|stress|smoke|benchmarks?|jmh)([-_.]tests?)?");
    /**
     * A module named for the inputs of tests: programs the tests analyse or run rather than code that ships
     * (SpotBugs' {@code spotbugsTestCases}, which its detector tests compile and analyse; SonarJava's
     * {@code java-checks-test-sources}, the code its checks are tested on; {@code parser-test-data}).
     */
    private static final Pattern TEST_INPUT_MODULE = Pattern.compile(
            "(|.*[-_.]|.*[a-z0-9](?=Test))(?i)test[-_.]?(cases?|data|inputs?|fixtures?|sources?)");
    /**
     * What code generators write at the top of their output, before the package declaration: "DO NOT EDIT" in a
     * comment, or a comment line that opens with "generated by/from" (protobuf, ANTLR, JAXB, OpenAPI). A type's
     * Javadoc ("keys generated by the database") and members annotated {@code @Generated} come after the package
     * declaration and do not count; a type annotated {@code @Generated} is found once parsed ({@link #isGenerated}).
     */
    private static final Pattern GENERATED_HEADER = Pattern.compile(
            "(?m)^\\s*(//|/\\*+|\\*).*\\bDO NOT EDIT\\b"
                    + "|(?im)^\\s*(//|/\\*+|\\*)\\s*(this (file|class|code|source) (is|was|has been) )?"
                    + "(auto-?generated|automatically generated|(code )?generated (by|from|with|automatically))\\b");
    /** Where the header ends: the package declaration, else the first import or type. */
    private static final Pattern HEADER_END = Pattern.compile(
            "(?m)^\\s*(package|import)\\s|\\bpackage\\s+[\\w.]+\\s*;|^\\s*(public\\s+|final\\s+|abstract\\s+)*"
                    + "(class|interface|enum|record|@interface)\\s");
    private static final int GENERATED_HEADER_WINDOW = 2048;
    /**
     * In a type's Javadoc only a statement about the type itself counts: "generated by" may describe a result, and a
     * Javadoc may quote an IDE's "TODO Auto-generated method stub" (as this project's own todo rule does).
     */
    private static final Pattern GENERATED_TYPE_DOC = Pattern.compile(
            "(?i)(completely generated|(?m:^[\\s*]*)auto-?generated\\b|auto-?generated (by|from|with|class|file|code|"
                    + "interface|type|source)\\b|(file|class|code|interface) (is|was) (automatically |completely )?generated)");
    /** A package-info saying its package is someone else's code ("Spring's repackaging of ASM"). */
    private static final Pattern REPACKAGED = Pattern.compile(
            "(?i)\\b(repackag(ed|ing) (of|copy)|(a|an) fork of|vendored (copy|from)|shaded copy of)\\b");
    private static final String[] TEST_NAME_SUFFIXES = {"Test", "Tests", "IT", "TestCase", "Spec"};

    private final List<RoleDecision> declaredRoots;
    private final List<RoleDecision> vendoredPackages;
    /** Directory of each build file read: true when a pom.xml alone builds it, so its source roots are known. */
    private final Map<String, Boolean> mavenOnlyBuilds;
    private final Set<String> resourceDirectories;
    private final Overrides overrides;

    /** What readiness.yml says a path's role is, if anything: the decision names the glob as its root. */
    @FunctionalInterface
    public interface Overrides {
        Overrides NONE = path -> Optional.empty();

        Optional<RoleDecision> decide(String path);
    }

    private FileRoles(List<RoleDecision> declaredRoots, List<RoleDecision> vendoredPackages,
                      Map<String, Boolean> mavenOnlyBuilds, Set<String> resourceDirectories, Overrides overrides) {
        this.resourceDirectories = Set.copyOf(resourceDirectories);
        this.vendoredPackages = List.copyOf(vendoredPackages);
        this.mavenOnlyBuilds = Map.copyOf(mavenOnlyBuilds);
        this.declaredRoots = declaredRoots.stream()
                .sorted(Comparator.comparingInt((RoleDecision root) -> -root.root().length())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        this.overrides = overrides;
    }

    /** Roles from file names and conventions only: what a listing gets before its build files are read. */
    public static FileRoles conventions() {
        return new FileRoles(List.of(), List.of(), Map.of(), Set.of(), Overrides.NONE);
    }

    /**
     * Roles for the files at {@code paths}: the build files among them are read through {@code text} (empty when
     * unreadable), {@code overrides} win over everything.
     */
    public static FileRoles of(List<String> paths, Function<String, Optional<String>> text, Overrides overrides) {
        List<RoleDecision> declared = new ArrayList<>();
        List<RoleDecision> vendored = new ArrayList<>();
        Map<String, Boolean> mavenOnlyBuilds = new TreeMap<>();
        Map<String, MavenSourceRoots.Pom> poms = new HashMap<>();
        List<String> otherBuilds = new ArrayList<>();
        for (String path : paths) {
            if (RESOURCES.matcher("/" + path).find() || testSourceSetData("/" + path).isPresent()) {
                continue; // a build file among resources or test projects is a fixture, not part of this build
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (MODULE_BUILD_FILES.contains(name)) {
                mavenOnlyBuilds.merge(RootPaths.parent(path), name.equals("pom.xml"), Boolean::logicalAnd);
            }
            if (name.equals("package-info.java")) {
                text.apply(path).filter(info -> REPACKAGED.matcher(info).find()).ifPresent(info -> vendored.add(
                        new RoleDecision(RootPaths.parent(path), FileKind.VENDORED,
                                "package-info says it is a repackaged copy", 0)));
            } else if (name.equals("pom.xml")) {
                text.apply(path).map(pom -> MavenSourceRoots.parse(path, pom)).ifPresent(pom -> poms.put(path, pom));
            } else if (name.endsWith(".gradle") || name.endsWith(".gradle.kts") || name.equals("build.xml")) {
                otherBuilds.add(path);
            }
        }
        declared.addAll(MavenSourceRoots.roots(poms, text));
        List<String> testBundles = MavenSourceRoots.testBundles(poms);
        for (String path : otherBuilds) {
            if (testBundles.stream().anyMatch(bundle -> RootPaths.contains(bundle, RootPaths.parent(path)))) {
                continue; // a project a test bundle's tests import: its data
            }
            text.apply(path).ifPresent(build -> declared.addAll(path.endsWith("build.xml")
                    ? AntSourceRoots.read(path, build, text) : GradleSourceRoots.read(path, build)));
        }
        return new FileRoles(declared, vendored, mavenOnlyBuilds, resourceDirectories(paths), overrides);
    }

    /** Directories named resource or resources whose parent also holds a src directory. */
    private static Set<String> resourceDirectories(List<String> paths) {
        Set<String> directories = new HashSet<>();
        for (String path : paths) {
            for (String directory = RootPaths.parent(path); !directory.isEmpty(); directory = RootPaths.parent(directory)) {
                if (!directories.add(directory)) {
                    break; // its parents are in already
                }
            }
        }
        Set<String> resources = new HashSet<>();
        for (String directory : directories) {
            String name = directory.substring(directory.lastIndexOf('/') + 1);
            String parent = RootPaths.parent(directory);
            if ((name.equals("resource") || name.equals("resources"))
                    && directories.contains(parent.isEmpty() ? "src" : parent + "/src")) {
                resources.add(directory);
            }
        }
        return resources;
    }

    /** The role of the file at this repository-relative path. */
    public FileKind roleOf(String path) {
        return decide(path).role();
    }

    /** The role of the file at {@code path} and why. */
    public RoleDecision decide(String path) {
        Optional<RoleDecision> overridden = overrides.decide(path);
        if (overridden.isPresent()) {
            return overridden.get();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        String slashed = "/" + path;
        Optional<RoleDecision> testData = testSourceSetData(slashed);
        if (testData.isPresent() && declaredRootOf(path).isEmpty()) {
            return testData.get(); // unless a build compiles it: Ant's src/tests/junit is no data
        }
        if (BUILD_FILE_NAMES.contains(name) || slashed.contains("/.mvn/") || slashed.contains("/gradle/wrapper/")) {
            return new RoleDecision(topDirectory(path), FileKind.BUILD, "build file name", 0);
        }
        java.util.regex.Matcher buildLogic = BUILD_LOGIC.matcher(slashed);
        if (buildLogic.find()) {
            return new RoleDecision(slashed.substring(1, buildLogic.end() - 1), FileKind.BUILD,
                    "Gradle build logic (buildSrc, build-logic)", 0);
        }
        java.util.regex.Matcher resources = RESOURCES.matcher(slashed);
        if (resources.find()) {
            String sourceSet = resources.group(1);
            String root = slashed.substring(1, resources.end() - 1);
            return TEST_SOURCE_SET.matcher(sourceSet).matches()
                    ? new RoleDecision(root, FileKind.TEST_FIXTURE, "resources of a test source set", 0)
                    : new RoleDecision(root, FileKind.OTHER, "resources, not compiled", 0);
        }
        String extension = extension(name);
        if (!CODE_EXTENSIONS.contains(extension)) {
            boolean docs = DOC_EXTENSIONS.contains(extension) || slashed.contains("/docs/") || slashed.contains("/doc/");
            if (docs) {
                return new RoleDecision(topDirectory(path), FileKind.DOCS, "documentation by name", 0);
            }
            RoleDecision code = codeRole(path, slashed, name);
            return code.role().isTestSide()
                    ? new RoleDecision(code.root(), FileKind.TEST_FIXTURE, "data in a test root", 0)
                    : new RoleDecision(topDirectory(path), FileKind.OTHER, "not code", 0);
        }
        return codeRole(path, slashed, name);
    }

    /**
     * Anything in a test source set that is not compiled code of it ({@code src/test/resources}, {@code
     * src/test/projects/...}, sources kept to be parsed): test data, build files included.
     */
    private static Optional<RoleDecision> testSourceSetData(String slashed) {
        java.util.regex.MatchResult sourceSet = sourceSetOf(slashed).orElse(null);
        if (sourceSet == null || !TEST_SOURCE_SET.matcher(sourceSet.group(1)).matches()) {
            return Optional.empty();
        }
        String extension = extension(slashed.substring(slashed.lastIndexOf('/') + 1));
        if (sourceSet.group(2) != null && (CODE_EXTENSIONS.contains(extension) || !DOC_EXTENSIONS.contains(extension))) {
            return Optional.empty(); // compiled test code, or a file next to it: decided as code or data below
        }
        String root = slashed.substring(1, slashed.indexOf('/', sourceSet.start() + 5));
        return Optional.of(new RoleDecision(root, FileKind.TEST_FIXTURE, "not compiled: a test source set's data", 0));
    }

    /**
     * The source set ({@code /src/<set>/}) a "/"-prefixed path lies in: the first that is a test source set or is
     * followed by a language directory, so that JMeter's modules under {@code src/} are read by their own source sets
     * ({@code src/core/src/test/java}) while a project kept in a test source set stays its data
     * ({@code src/test/projects/a/src/main/java}); else the first.
     */
    private static Optional<java.util.regex.MatchResult> sourceSetOf(String slashed) {
        java.util.regex.Matcher matcher = SOURCE_SET.matcher(slashed);
        java.util.regex.MatchResult first = null;
        for (int from = 0; matcher.find(from); from = matcher.start() + 1) {
            java.util.regex.MatchResult match = matcher.toMatchResult();
            if (match.group(2) != null || TEST_SOURCE_SET.matcher(match.group(1)).matches()) {
                return Optional.of(match);
            }
            first = first == null ? match : first;
        }
        return Optional.ofNullable(first);
    }

    private RoleDecision codeRole(String path, String slashed, String name) {
        Optional<RoleDecision> leftOut = leftOut(path, slashed);
        if (leftOut.isPresent()) {
            return leftOut.get();
        }
        Optional<RoleDecision> testModule = testModule(path);
        if (testModule.isPresent()) {
            return testModule.get();
        }
        Optional<RoleDecision> declared = declaredRootOf(path);
        if (declared.isPresent()) {
            return declared.get();
        }
        RoleDecision conventional = conventionalRole(path, slashed, name);
        Optional<String> resources = resourcesBesideSources(path);
        if (resources.isEmpty()) {
            return conventional;
        }
        return conventional.role().isTestSide()
                ? new RoleDecision(resources.get(), FileKind.TEST_FIXTURE, "test data: resources beside a src directory", 0)
                : new RoleDecision(resources.get(), FileKind.OTHER, "resources beside a src directory, not compiled", 0);
    }

    /**
     * The {@code resource} or {@code resources} directory holding {@code path} whose parent also holds a {@code src}
     * directory: data kept beside the sources (Lombok's {@code test/transform/resource/before/*.java}, the inputs its
     * tests transform), not a Java package of that name.
     */
    private Optional<String> resourcesBesideSources(String path) {
        for (String directory = RootPaths.parent(path); !directory.isEmpty(); directory = RootPaths.parent(directory)) {
            if (resourceDirectories.contains(directory)) {
                return Optional.of(directory);
            }
        }
        return Optional.empty();
    }

    /** The innermost source root a build declares that holds {@code path}. */
    private Optional<RoleDecision> declaredRootOf(String path) {
        return declaredRoots.stream().filter(root -> RootPaths.contains(root.root(), path)).findFirst();
    }

    /** The role conventions give code no build declares. */
    private RoleDecision conventionalRole(String path, String slashed, String name) {
        Optional<java.util.regex.MatchResult> found = sourceSetOf(slashed);
        if (found.isPresent()) {
            java.util.regex.MatchResult sourceSet = found.get();
            String root = slashed.substring(1, sourceSet.end() - 1);
            boolean compiled = sourceSet.group(2) != null;
            if (TEST_SOURCE_SET.matcher(sourceSet.group(1)).matches()) {
                return compiled ? new RoleDecision(root, FileKind.TEST, "conventional test root", 0)
                        : new RoleDecision(root, FileKind.TEST_FIXTURE, "not compiled: a test source set's data", 0);
            }
        }
        if (TEST_DATA.matcher(slashed).find()) {
            return new RoleDecision(enclosing(path, TEST_DATA), FileKind.TEST_FIXTURE, "test data directory", 0);
        }
        int main = slashed.indexOf("/src/main/");
        if (main >= 0) {
            return new RoleDecision(path.substring(0, main) + "src/main", FileKind.PRODUCTION,
                    "conventional main root", 0);
        }
        Optional<String> rootTestDirectory = rootTestDirectory(path);
        if (rootTestDirectory.isPresent()) {
            return new RoleDecision(rootTestDirectory.get(), FileKind.TEST, "test directory at a module root", 0);
        }
        int dot = name.lastIndexOf('.');
        if (isTestName(dot < 0 ? name : name.substring(0, dot))) {
            return new RoleDecision(topDirectory(path), FileKind.TEST, "test class name outside any source root", 0);
        }
        Optional<String> mavenModule = nearestBuild(path).filter(mavenOnlyBuilds::get);
        if (mavenModule.isPresent()) {
            return new RoleDecision(mavenModule.get().isEmpty() ? topDirectory(path) : mavenModule.get(),
                    FileKind.OTHER, "code outside the source roots its Maven build compiles", 0);
        }
        return new RoleDecision(topDirectory(path), FileKind.PRODUCTION, "code outside any test root", 0);
    }

    /** The directory of the build file nearest above {@code path}, if any was read. */
    private Optional<String> nearestBuild(String path) {
        for (String directory = RootPaths.parent(path); ; directory = RootPaths.parent(directory)) {
            if (mavenOnlyBuilds.containsKey(directory)) {
                return Optional.of(directory);
            }
            if (directory.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    /** Generated, vendored and sample code, by the directories it lies in. */
    private Optional<RoleDecision> leftOut(String path, String slashed) {
        for (RoleDecision vendored : vendoredPackages) {
            if (RootPaths.contains(vendored.root(), path)) {
                return Optional.of(vendored);
            }
        }
        if (GENERATED.matcher(slashed).find()) {
            return Optional.of(new RoleDecision(enclosing(path, GENERATED), FileKind.GENERATED,
                    "generated-sources directory", 0));
        }
        if (VENDORED.matcher(slashed).find()) {
            return Optional.of(new RoleDecision(enclosing(path, VENDORED), FileKind.VENDORED,
                    "third-party directory", 0));
        }
        java.util.regex.Matcher sampleRoot = SAMPLE_ROOT.matcher(slashed);
        if (sampleRoot.find()) {
            return Optional.of(new RoleDecision(slashed.substring(1, sampleRoot.end() - 1), FileKind.SAMPLE,
                    "examples source root", 0));
        }
        int source = slashed.indexOf("/src/");
        String module = source > 0 ? path.substring(0, source - 1) : "";
        if (!module.isEmpty() && SAMPLE_MODULE.matcher(module).matches()) {
            return Optional.of(new RoleDecision(module, FileKind.SAMPLE, "samples or docs module", 0));
        }
        return Optional.empty();
    }

    /** A module below a test-only directory ({@code its/}, {@code test/} ...): integration-test projects and plugins. */
    private static Optional<RoleDecision> testModule(String path) {
        int source = ("/" + path).indexOf("/src/");
        if (source <= 0) {
            return Optional.empty();
        }
        String[] segments = path.substring(0, source - 1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String module = String.join("/", java.util.Arrays.copyOf(segments, i + 1));
            if (TEST_MODULE_DIRECTORIES.contains(segments[i]) || HARNESS_MODULE.matcher(segments[i]).matches()) {
                return Optional.of(new RoleDecision(module, FileKind.TEST, "a test, fuzzing or benchmark module", 0));
            }
            if (TEST_INPUT_MODULE.matcher(segments[i]).matches()) {
                return Optional.of(new RoleDecision(module, FileKind.TEST_FIXTURE,
                        "a module of test inputs (test cases, test data)", 0));
            }
        }
        return Optional.empty();
    }

    /** {@code test/} or {@code tests/} directly in the repository root or in a directory holding a build file's module. */
    private static Optional<String> rootTestDirectory(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1 && i < 2; i++) {
            if (segments[i].equals("test") || segments[i].equals("tests")) {
                return Optional.of(String.join("/", java.util.Arrays.copyOf(segments, i + 1)));
            }
        }
        return Optional.empty();
    }

    /** Test class names: {@code FooTest}, {@code FooTests}, {@code FooIT}, {@code FooTestCase}, {@code FooSpec}, {@code TestFoo}. */
    public static boolean isTestName(String simpleName) {
        for (String suffix : TEST_NAME_SUFFIXES) {
            if (simpleName.endsWith(suffix) && simpleName.length() > suffix.length()) {
                return true;
            }
        }
        return simpleName.length() > 4 && simpleName.startsWith("Test") && Character.isUpperCase(simpleName.charAt(4));
    }

    /** Whether the start of a Java source says a tool wrote it: cheap, checked before parsing. */
    public static boolean hasGeneratedHeader(String source) {
        String start = source.substring(0, Math.min(source.length(), GENERATED_HEADER_WINDOW));
        java.util.regex.Matcher end = HEADER_END.matcher(start);
        return GENERATED_HEADER.matcher(end.find() ? start.substring(0, end.start()) : start).find();
    }

    /**
     * Whether a parsed file was written by a tool where its header does not say so: its first type's Javadoc says
     * it is generated, every top-level type is annotated {@code @Generated}, or every method and constructor is.
     */
    public static boolean isGenerated(CompilationUnit unit) {
        if (unit.getTypes().getFirst().flatMap(Node::getComment)
                        .filter(doc -> GENERATED_TYPE_DOC.matcher(doc.getContent()).find()).isPresent()) {
            return true;
        }
        List<TypeDeclaration<?>> types = unit.getTypes();
        if (types.isEmpty()) {
            return false;
        }
        if (types.stream().allMatch(type -> type.isAnnotationPresent("Generated"))) {
            return true;
        }
        List<CallableDeclaration<?>> callables = new ArrayList<>();
        types.forEach(type -> callables.addAll(type.findAll(CallableDeclaration.class)
                .stream().map(callable -> (CallableDeclaration<?>) callable).toList()));
        return callables.size() >= 3 && callables.stream().allMatch(callable -> callable.isAnnotationPresent("Generated"));
    }

    /**
     * How the files at {@code paths} got their roles: one decision per root and reason, with its file count,
     * sorted by root.
     */
    public List<RoleDecision> explain(List<String> paths) {
        Map<RoleDecision, Integer> counts = new TreeMap<>();
        for (String path : paths) {
            counts.merge(decide(path), 1, Integer::sum);
        }
        List<RoleDecision> decisions = new ArrayList<>();
        counts.forEach((decision, count) -> decisions.add(decision.withFiles(count)));
        return decisions;
    }

    /** The first directory of {@code path} ("" for a file at the root): where name-based decisions are grouped. */
    private static String topDirectory(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String enclosing(String path, Pattern directory) {
        java.util.regex.Matcher matcher = directory.matcher("/" + path);
        return matcher.find() ? path.substring(0, Math.max(0, matcher.end() - 2)) : RootPaths.parent(path);
    }

    /** The lower-case extension of a file name, "" without one. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
