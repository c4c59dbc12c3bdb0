package dev.readiness.rules.context;

import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.DependencyFacts;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.TypeInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type names a document may mention without being stale: types the repository declares, types its code
 * imports or refers to (libraries it uses), common JDK types, well-known product names written in
 * CamelCase, and names the repository's build and configuration files use (SpotBugs' instructions name the
 * {@code <SplitPass>} elements of its detector ordering file).
 */
final class KnownTypes {

    private static final List<String> JDK_PACKAGES = List.of("java.lang.", "java.util.", "java.util.function.",
            "java.util.stream.", "java.util.concurrent.", "java.io.", "java.nio.file.", "java.time.", "java.net.",
            "java.sql.", "java.math.", "java.lang.reflect.", "java.nio.charset.");
    private static final Set<String> PRODUCT_NAMES = Set.of("GitHub", "GitLab", "JavaScript", "TypeScript",
            "IntelliJ", "PostgreSql", "PostgreSQL", "MySql", "MariaDb", "MongoDb", "SonarQube", "SonarCloud",
            "ArchUnit", "JavaParser", "JaCoCo", "SpotBugs", "ErrorProne", "OpenApi", "VsCode", "WebStorm", "NetBeans",
            "CircleCi", "TeamCity", "BitBucket", "Bitbucket", "DockerHub", "JetBrains", "PowerShell", "WireMock",
            "TestContainers", "MapStruct", "SpringBoot", "OpenJdk", "AssertJ", "PiTest", "CodeScene", "GraalVm",
            "RabbitMq", "ActiveMq", "DynamoDb", "CloudFormation", "CloudWatch", "OpenTelemetry", "LaunchDarkly");

    /** Build and configuration files whose words count as names; larger ones are not read. */
    private static final Set<String> CONFIGURATION_EXTENSIONS = Set.of("xml", "properties", "yml", "yaml", "json",
            "gradle", "kts", "toml", "conf");
    private static final long MAX_CONFIGURATION_BYTES = 1024 * 1024;
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final Set<String> names = new TreeSet<>();
    private final RepositoryContext context;
    private boolean hasSources;
    private Set<String> configurationWords;

    private KnownTypes(RepositoryContext context) {
        this.context = context;
    }

    static KnownTypes of(RepositoryContext context) {
        KnownTypes known = new KnownTypes(context);
        known.hasSources = !context.sourceFacts().all().isEmpty();
        context.typeIndex().all().stream().map(TypeInfo::simpleName).forEach(known.names::add);
        for (FileFacts facts : context.sourceFacts().all()) {
            facts.dependencies().imports().forEach(i -> known.names.add(simpleName(i.name())));
            for (DependencyFacts.TypeDependencies type : facts.dependencies().types()) {
                type.references().forEach(reference -> known.names.add(simpleName(reference.name())));
            }
        }
        return known;
    }

    /** Whether the repository has Java sources at all (else no type name can be judged). */
    boolean hasSources() {
        return hasSources;
    }

    boolean knows(String simpleName) {
        return names.contains(simpleName) || PRODUCT_NAMES.contains(simpleName) || isJdkType(simpleName)
                || configurationWords().contains(simpleName);
    }

    /** The words of the build and configuration files, read the first time a name is not known otherwise. */
    private Set<String> configurationWords() {
        if (configurationWords == null) {
            configurationWords = new HashSet<>();
            context.files().stream()
                    .filter(file -> file.size() <= MAX_CONFIGURATION_BYTES && !file.kind().isTestSide()
                            && CONFIGURATION_EXTENSIONS.contains(extension(file.fileName())))
                    .forEach(file -> context.readText(file).ifPresent(text -> {
                        Matcher word = WORD.matcher(text);
                        while (word.find()) {
                            configurationWords.add(word.group());
                        }
                    }));
        }
        return configurationWords;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isJdkType(String simpleName) {
        return JDK_PACKAGES.stream().anyMatch(prefix -> {
            try {
                Class.forName(prefix + simpleName, false, KnownTypes.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
