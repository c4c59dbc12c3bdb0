package dev.readiness.core.testmodel;

import dev.readiness.core.source.testcode.TestClassFacts;
import dev.readiness.core.source.testcode.TestMethodFacts;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.TypeInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps tests to the production types they exercise, by simple name: the test class's name
 * ({@code FooTest}, {@code FooTests}, {@code TestFoo}, {@code FooIT}, {@code FooIntegrationTest},
 * {@code FooTestCase} → {@code Foo}), the types it references (imports, declarations, {@code new},
 * static calls), and the methods it calls that exactly one production type declares.
 */
final class TestMapping {

    private static final Pattern SUFFIX = Pattern.compile("(.+?)(Tests?|IT|ITCase|IntegrationTests?|TestCase)");
    private static final Pattern PREFIX = Pattern.compile("Test([A-Z].*)");

    private final Map<String, Set<String>> bySimpleName = new HashMap<>();
    private final Map<String, Set<String>> byMethodName = new HashMap<>();

    TestMapping(Collection<FileFacts> production) {
        for (FileFacts file : production) {
            file.types().forEach(this::index);
        }
    }

    private void index(TypeInfo type) {
        bySimpleName.computeIfAbsent(type.simpleName(), name -> new TreeSet<>()).add(type.qualifiedName());
        for (MethodInfo method : type.methods()) {
            if (!method.constructor()) {
                byMethodName.computeIfAbsent(method.name(), name -> new TreeSet<>()).add(type.qualifiedName());
            }
        }
    }

    /** The production types the class as a whole touches. */
    Set<String> classLevel(TestClassFacts testClass) {
        Set<String> types = byConvention(testClass.simpleName());
        types.addAll(byNames(testClass.referencedTypes()));
        types.addAll(byCalls(testClass.calledMethods()));
        return types;
    }

    /** The production types one test exercises: its class's namesake plus what the test itself references and calls. */
    Set<String> exercised(TestClassFacts testClass, TestMethodFacts test) {
        Set<String> types = byConvention(testClass.simpleName());
        types.addAll(byNames(test.referencedTypes()));
        types.addAll(byCalls(test.calledMethods()));
        return types;
    }

    private Set<String> byConvention(String testClassName) {
        Matcher suffix = SUFFIX.matcher(testClassName);
        if (suffix.matches()) {
            return byNames(List.of(suffix.group(1)));
        }
        Matcher prefix = PREFIX.matcher(testClassName);
        return prefix.matches() ? byNames(List.of(prefix.group(1))) : new TreeSet<>();
    }

    private Set<String> byNames(Collection<String> simpleNames) {
        Set<String> types = new TreeSet<>();
        simpleNames.forEach(name -> types.addAll(bySimpleName.getOrDefault(name, Set.of())));
        return types;
    }

    private Set<String> byCalls(Collection<String> methodNames) {
        Set<String> types = new TreeSet<>();
        for (String name : methodNames) {
            Set<String> declaring = byMethodName.getOrDefault(name, Set.of());
            if (declaring.size() == 1) {
                types.addAll(declaring);
            }
        }
        return types;
    }
}
