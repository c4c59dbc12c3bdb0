package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessorsTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    private static final Set<String> FIELDS = Set.of("total", "name");

    private static boolean isPlainAccessor(String method) {
        MethodDeclaration declaration = (MethodDeclaration) PARSER.parse("class Sample {\n" + method + "\n}")
                .getResult().orElseThrow().getType(0).getMember(0);
        return Accessors.isPlainAccessor(declaration.getBody().orElseThrow(), FIELDS);
    }

    @Test
    void gettersReturningOneFieldPlainOrThroughThisWhateverTheirName() {
        assertThat(isPlainAccessor("long getTotal() { return total; }")).isTrue();
        assertThat(isPlainAccessor("String name() { return this.name; }")).isTrue();
        assertThat(isPlainAccessor("boolean isOpen() { return total; }")).isTrue();
    }

    @Test
    void settersAssigningOneParameterToAFieldOptionallyReturningThis() {
        assertThat(isPlainAccessor("void setTotal(long value) { this.total = value; }")).isTrue();
        assertThat(isPlainAccessor("void name(String value) { name = value; }")).isTrue();
        assertThat(isPlainAccessor("Sample withTotal(long total) { this.total = total; return this; }")).isTrue();
    }

    @Test
    void gettersAndSettersWithLogicAreNotPlain() {
        assertThat(isPlainAccessor("long getTotal() { return total * 2; }")).isFalse();
        assertThat(isPlainAccessor("void setTotal(long v) { this.total = Math.max(0, v); }")).isFalse();
        assertThat(isPlainAccessor("void add(long v) { total += v; }")).as("compound assignment").isFalse();
        assertThat(isPlainAccessor("long getTotal() { check(); return total; }")).isFalse();
        assertThat(isPlainAccessor("Sample withTotal(long v) { this.total = v; return other; }")).isFalse();
    }

    @Test
    void methodsOnOtherNamesOrEmptyBodiesAreNotPlain() {
        assertThat(isPlainAccessor("long count() { return count; }")).as("not a field").isFalse();
        assertThat(isPlainAccessor("long getTotal(Sample other) { return other.total; }")).as("other's field")
                .isFalse();
        assertThat(isPlainAccessor("void reset() { }")).isFalse();
        assertThat(isPlainAccessor("void tidy() { return; }")).isFalse();
    }

    @Test
    void lazyGettersCreatingTheirFieldOnFirstUseAreAccessors() {
        assertThat(isPlainAccessor("Object view() { if (name == null) { name = new Object(); } return name; }")).isTrue();
        assertThat(isPlainAccessor("Object view() { if (null == this.name) name = build(); return this.name; }")).isTrue();
        assertThat(isPlainAccessor("Object view() { return name != null ? name : (name = build()); }")).isTrue();
        assertThat(isPlainAccessor("Object view() { return name == null ? (this.name = build()) : name; }")).isTrue();
    }

    @Test
    void nearLazyGettersAreNot() {
        assertThat(isPlainAccessor("Object view() { if (name == null) { total = 1; } return name; }"))
                .as("creates another field").isFalse();
        assertThat(isPlainAccessor("Object view() { if (name == null) { name = build(); } return total; }"))
                .as("returns another field").isFalse();
        assertThat(isPlainAccessor("Object view() { if (name != null) { name = build(); } return name; }"))
                .as("not a null check").isFalse();
        assertThat(isPlainAccessor("Object view() { if (name == null) { name = a(); log(); } return name; }"))
                .as("does more than create it").isFalse();
        assertThat(isPlainAccessor("Object view() { if (name == null) { name = a(); } else { log(); } return name; }"))
                .as("has an else").isFalse();
        assertThat(isPlainAccessor("Object view() { return name != null ? name : build(); }"))
                .as("never stores it").isFalse();
    }
}
