package dev.readiness.core.testmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.TypeInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionClassesTest {

    private static final String PATH = "src/main/java/com/acme/Order.java";

    /** A method spanning {@code lines} lines from line 10. */
    private static MethodInfo method(String name, int lines) {
        return new MethodInfo(name, name + "()", 10, 10 + lines - 1, 0, false, null);
    }

    private static MethodInfo constructor(String name, int lines) {
        return new MethodInfo(name, name + "()", 10, 10 + lines - 1, 0, true, null);
    }

    private static TypeInfo type(String qualifiedName, TypeInfo.Kind kind, MethodInfo... methods) {
        return new TypeInfo(qualifiedName, qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1), PATH, kind, true,
                1, 40, List.of(methods), List.of(), null);
    }

    private static List<String> withLogic(String path, TypeInfo... types) {
        return ProductionClasses.withLogic(new FileFacts(path, "blob", 40, 30, List.of(types))).stream()
                .map(TypeInfo::qualifiedName).toList();
    }

    @Test
    void classWithAFourLineMethodHasLogic() {
        assertThat(withLogic(PATH, type("com.acme.Order", TypeInfo.Kind.CLASS, method("getId", 3), method("total", 4))))
                .containsExactly("com.acme.Order");
    }

    @Test
    void classWithOnlyGettersAndSettersIsTrivial() {
        assertThat(withLogic(PATH, type("com.acme.Order", TypeInfo.Kind.CLASS, method("getId", 3), method("setId", 3))))
                .isEmpty();
        assertThat(ProductionClasses.LOGIC_MIN_LINES).isEqualTo(4);
    }

    @Test
    void constructorsAndObjectMethodsAreNotLogic() {
        assertThat(withLogic(PATH, type("com.acme.Order", TypeInfo.Kind.CLASS, constructor("Order", 20),
                method("main", 20), method("equals", 20), method("hashCode", 20), method("toString", 20))))
                .isEmpty();
    }

    @Test
    void interfacesAndAnnotationsHaveNoLogicEvenWithDefaultMethods() {
        assertThat(withLogic(PATH, type("com.acme.Gateway", TypeInfo.Kind.INTERFACE, method("send", 8))))
                .isEmpty();
        assertThat(withLogic(PATH, type("com.acme.Audited", TypeInfo.Kind.ANNOTATION, method("value", 8))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.acme.OrderException", "com.acme.ConfigurationError"})
    void exceptionsAndErrorsHaveNoLogic(String name) {
        assertThat(withLogic(PATH, type(name, TypeInfo.Kind.CLASS, method("describe", 10)))).isEmpty();
    }

    @Test
    void recordsAndEnumsWithLogicCountAndTrivialOnesDoNot() {
        assertThat(withLogic(PATH,
                type("com.acme.Money", TypeInfo.Kind.RECORD, method("plus", 5)),
                type("com.acme.Point", TypeInfo.Kind.RECORD, method("x", 3)),
                type("com.acme.Status", TypeInfo.Kind.ENUM, method("next", 6)),
                type("com.acme.Color", TypeInfo.Kind.ENUM)))
                .containsExactly("com.acme.Money", "com.acme.Status");
    }

    @Test
    void nonPublicClassesAreLeftOut() {
        TypeInfo hidden = new TypeInfo("com.acme.Internal", "Internal", PATH, TypeInfo.Kind.CLASS, false, 1, 40,
                List.of(method("work", 10)), List.of(), null);

        assertThat(withLogic(PATH, hidden)).isEmpty();
    }

    @Test
    void nestedClassesAreLeftOutOnlyTopLevelOnesCount() {
        assertThat(withLogic(PATH,
                type("com.acme.Order", TypeInfo.Kind.CLASS, method("getId", 3)),
                type("com.acme.Order.Line", TypeInfo.Kind.CLASS, method("total", 10)),
                type("com.acme.OrderLines", TypeInfo.Kind.CLASS, method("sum", 10))))
                .containsExactly("com.acme.OrderLines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build/generated/sources/com/acme/Order.java", "target/generated-sources/annotations/Order.java"})
    void generatedFilesAreLeftOut(String path) {
        assertThat(withLogic(path, type("com.acme.Order", TypeInfo.Kind.CLASS, method("total", 10)))).isEmpty();
    }
}
