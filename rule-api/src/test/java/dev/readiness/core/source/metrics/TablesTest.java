package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private static boolean isTable(String body) {
        String source = "class Sample {\n  Object f(int kind, java.util.Map<String, String> map, Builder b) {\n"
                + body + "\n  }\n}";
        return Tables.isTable(Callables.measured(PARSER.parse(source).getResult().orElseThrow()).get(0));
    }

    private static String rows(int count, String template) {
        return IntStream.range(0, count).mapToObj(i -> template.replace("#", String.valueOf(i)))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aListOfCallsToOneMethodIsARegistrationTable() {
        assertThat(isTable(rows(12, "map.put(\"k#\", \"v#\");"))).isTrue();
        assertThat(isTable("var unused = 0;\n" + rows(9, "map.put(\"k#\", \"v#\");") + "\nreturn map;"))
                .as("9 puts of 11 rows: 82 %").isTrue();
        assertThat(isTable(rows(12, "map.put(\"k#\", String.valueOf(#).trim());")))
                .as("calls inside a row's arguments are its values").isTrue();
        assertThat(isTable(rows(12, "map.computeIfAbsent(\"k#\", k -> k + #);"))).as("expression lambdas are values")
                .isTrue();
    }

    @Test
    void aFluentChainOfOneRepeatedCallIsARegistrationTable() {
        assertThat(isTable("return b" + rows(12, ".option(\"o#\")") + ".build();")).as("12 of 13 calls").isTrue();
    }

    @Test
    void mixedStepsBranchesAndShortListsAreNotTables() {
        assertThat(isTable(rows(6, "map.put(\"k#\", \"v#\");\nmap.remove(\"x#\");"))).as("half and half").isFalse();
        assertThat(isTable(rows(11, "map.put(\"k#\", \"v#\");") + "\nif (kind > 0) { map.clear(); }"))
                .as("branches").isFalse();
        assertThat(isTable(rows(11, "map.put(\"k#\", kind > # ? \"a\" : \"b\");"))).as("a condition in a row")
                .isFalse();
        assertThat(isTable(rows(11, "map.computeIfAbsent(\"k#\", k -> { return k; });")))
                .as("statement lambdas are code").isFalse();
        assertThat(isTable(rows(9, "map.put(\"k#\", \"v#\");"))).as("fewer than 10 rows").isFalse();
    }

    @Test
    void aSwitchWhoseCasesHoldOneSimpleStatementIsALookupTable() {
        assertThat(isTable("switch (kind) {\n" + rows(12, "case #: return \"n#\";") + "\ndefault: return null;\n}"))
                .isTrue();
        assertThat(isTable("if (map == null) { return null; }\nswitch (kind) {\n"
                + rows(12, "case #:\ncase 1#: return \"n#\";") + "\n}\nthrow new IllegalStateException();"))
                .as("a guard before, a fallback after, fall-through labels").isTrue();
        assertThat(isTable("return switch (kind) {\n" + rows(12, "case # -> \"n#\";")
                + "\ndefault -> throw new IllegalArgumentException();\n};")).as("a switch expression").isTrue();
    }

    @Test
    void aSwitchWithLogicInACaseOrWorkAroundItIsNotALookupTable() {
        assertThat(isTable("switch (kind) {\n" + rows(12, "case #: return \"n#\";")
                + "\ndefault: if (kind > 99) { return \"big\"; } return null;\n}")).as("logic in a case").isFalse();
        assertThat(isTable("switch (kind) {\n" + rows(12, "case #: map.put(\"a\", \"#\"); map.remove(\"b\"); break;")
                + "\n}\nreturn map;")).as("two statements in a case").isFalse();
        assertThat(isTable("map.clear();\nmap.put(\"a\", \"b\");\nmap.remove(\"c\");\nswitch (kind) {\n"
                + rows(12, "case #: return \"n#\";") + "\n}\nreturn null;")).as("more than a guard and a fallback")
                .isFalse();
        assertThat(isTable("for (int i = 0; i < kind; i++) {\nswitch (i) {\n" + rows(12, "case #: map.put(\"k\", \"#\"); break;")
                + "\n}\n}\nreturn map;")).as("a parser's switch inside a loop").isFalse();
    }
}
