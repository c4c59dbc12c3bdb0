package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberUsageTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    private static final Set<String> FIELDS = Set.of("total", "items", "name");
    private static final Set<String> OWN_METHODS = Set.of("record", "check", "format", "close", "reset");

    private static MemberUsage.Result usage(String member) {
        CallableDeclaration<?> callable = (CallableDeclaration<?>) PARSER
                .parse("abstract class Sample {\n" + member + "\n}").getResult().orElseThrow().getType(0).getMember(0);
        return MemberUsage.of(callable, FIELDS, OWN_METHODS);
    }

    @Test
    void fieldsAreSeenThroughThisAndByTheirPlainNameSortedAndOnce() {
        MemberUsage.Result result = usage("""
                void add(String item) {
                  items.add(item);
                  this.total++;
                  total = total + this.items.size();
                }""");

        assertThat(result.fields()).containsExactly("items", "total");
        assertThat(result.methods()).isEmpty();
    }

    @Test
    void aParameterOrLocalShadowingAFieldHidesItsPlainNameButNotThisDotField() {
        assertThat(usage("void setName(String name) { log(name); }").fields()).isEmpty();
        assertThat(usage("void setName(String name) { this.name = name; }").fields()).containsExactly("name");
        assertThat(usage("long sum() { long total = 0; return total + items.size(); }").fields())
                .containsExactly("items");
    }

    @Test
    void lambdaCatchAndPatternVariablesShadowFieldsToo() {
        assertThat(usage("""
                void f(Object o, java.util.List<String> xs) {
                  xs.forEach(name -> log(name));
                  try { run(); } catch (RuntimeException items) { log(items); }
                  if (o instanceof Long total) { log(total); }
                }""").fields()).isEmpty();
    }

    @Test
    void otherObjectsFieldsAndUnknownNamesAreNotUsage() {
        assertThat(usage("boolean same(Sample other) { return other.total == count && Outer.this.name == null; }")
                .fields()).isEmpty();
    }

    @Test
    void ownMethodsCalledUnqualifiedOnThisOrByThisReferenceButNotOnOtherObjects() {
        MemberUsage.Result result = usage("""
                void f(Sample other, java.util.List<String> xs) {
                  record("a");
                  this.check();
                  xs.forEach(this::format);
                  other.close();
                  xs.forEach(Sample::reset);
                  unknown();
                }""");

        assertThat(result.methods()).containsExactly("check", "format", "record");
        assertThat(result.fields()).isEmpty();
    }

    @Test
    void methodWithoutBodyUsesNothing() {
        MemberUsage.Result result = usage("abstract long total();");

        assertThat(result.fields()).isEmpty();
        assertThat(result.methods()).isEmpty();
    }

    @Test
    void createdClassesAreListedBySimpleName() {
        assertThat(usage("Object f() { new java.util.ArrayList<>(); return new Sample.View() { }; }").created())
                .containsExactly("ArrayList", "View");
    }

    @Test
    void anInnerClassUsesTheOuterMembersItsOwnDoNotShadowPlainOrThroughOuterThis() {
        TypeDeclaration<?> outer = PARSER.parse("""
                class Sample {
                  class View {
                    private int name;
                    int size() { return items.size() + name; }
                    void clear() { Sample.this.reset(); this.total = 0; }
                    Object first() { record(1); format(); return new Cursor(); }
                    void format() { }
                  }
                }""").getResult().orElseThrow().getType(0);
        TypeDeclaration<?> view = (TypeDeclaration<?>) outer.getMember(0);

        MemberUsage.Result result = MemberUsage.ofInnerClass(view, "Sample", FIELDS, OWN_METHODS);

        assertThat(result.fields()).as("its own name shadows; this.total is the view's").containsExactly("items");
        assertThat(result.methods()).as("its own format shadows").containsExactly("record", "reset");
        assertThat(result.created()).containsExactly("Cursor");
    }

    @Test
    void handingTheObjectItselfToAConstructorUsesEveryField() {
        assertThat(usage("Sample copy() { return new Sample(this); }").fields()).containsExactly("items", "name", "total");
        assertThat(usage("Object view() { return new View(other, this.name); }").fields()).containsExactly("name");
        assertThat(usage("void notify(Listener l) { l.changed(this); }").fields()).as("not a constructor").isEmpty();
    }
}
