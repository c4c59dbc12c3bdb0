package dev.readiness.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.testing.HistorySpec.ChangeType;
import dev.readiness.core.testing.HistorySpec.Commit;
import dev.readiness.core.testing.HistorySpec.FileVersion;
import dev.readiness.core.testing.HistorySpec.Person;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HistorySpecTest {

    private static final String GOOD = """
            # a comment
            commit
            author: Alice Example <alice@example.com>
            date: 2019-03-04T10:15:00+01:00
            message: Initial import
            add: pom.xml
            add: src/A.java

              commit
              author:   Bob Builder <bob@example.com>
            committer: Carol Coder <carol@example.com>
            committer-date: 2019-03-06T08:00:00-05:00
            date: 2019-03-05T10:15:00Z
            message: Second
            message:
            message: With a body.
            modify: src/A.java
            rename: pom.xml -> build/pom.xml

            commit
            author: Alice Example <alice@example.com>
            date: 2019-03-05T10:15:00Z
            message: Third
            modify: src/A.java
            delete: build/pom.xml
            add: pom.xml
            """;

    @Test
    void parsesCommitsPeopleDatesAndMessages() {
        HistorySpec spec = HistorySpec.parse(GOOD, "history.txt");

        assertThat(spec.commits()).hasSize(3);
        Commit first = spec.commits().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.author()).isEqualTo(new Person("Alice Example", "alice@example.com"));
        assertThat(first.committer()).isEqualTo(first.author());
        assertThat(first.date()).isEqualTo(OffsetDateTime.of(2019, 3, 4, 10, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(first.committerDate()).isEqualTo(first.date());
        assertThat(first.message()).isEqualTo("Initial import");
        assertThat(first.changes()).extracting(HistorySpec.Change::type, HistorySpec.Change::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeType.ADD, "pom.xml"),
                        org.assertj.core.groups.Tuple.tuple(ChangeType.ADD, "src/A.java"));

        Commit second = spec.commits().get(1);
        assertThat(second.author().name()).isEqualTo("Bob Builder");
        assertThat(second.committer()).isEqualTo(new Person("Carol Coder", "carol@example.com"));
        assertThat(second.committerDate().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(second.message()).isEqualTo("Second\n\nWith a body.");
        assertThat(second.changes().get(1).type()).isEqualTo(ChangeType.RENAME);
        assertThat(second.changes().get(1).path()).isEqualTo("pom.xml");
        assertThat(second.changes().get(1).newPath()).isEqualTo("build/pom.xml");
        assertThat(second.changes().get(1).line()).isEqualTo(18);
    }

    @Test
    void numbersTheVersionsOfEachLineageAcrossRenamesAndDeletes() {
        HistorySpec spec = HistorySpec.parse(GOOD, "history.txt");

        assertThat(spec.finalPaths()).containsExactly("pom.xml", "src/A.java");
        FileVersion firstA = spec.version(spec.commits().get(0).changes().get(1));
        assertThat(firstA).isEqualTo(new FileVersion("src/A.java", 1, 3, "src/A.java"));
        assertThat(spec.version(spec.commits().get(2).changes().get(0)))
                .isEqualTo(new FileVersion("src/A.java", 3, 3, "src/A.java"));
        // the first pom.xml was renamed and then deleted: a lineage of its own, with no final path
        FileVersion firstPom = spec.version(spec.commits().get(0).changes().get(0));
        assertThat(firstPom.deletedLater()).isTrue();
        assertThat(firstPom.versions()).isEqualTo(1);
        // the pom.xml added again later is a new lineage that survives
        assertThat(spec.version(spec.commits().get(2).changes().get(2)))
                .isEqualTo(new FileVersion("pom.xml", 1, 1, "pom.xml"));
        assertThat(spec.versionsOf("src/A.java")).isEqualTo(3);
        assertThat(spec.lineOf("pom.xml")).isEqualTo(26);
        assertThatThrownBy(() -> spec.version(spec.commits().get(2).changes().get(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLegacyShopHistoryParses() throws Exception {
        HistorySpec spec = SampleRepository.history(SampleRepository.sampleDir("legacy-shop"));

        assertThat(spec.commits()).hasSize(40);
        assertThat(spec.commits()).extracting(c -> c.author().name()).containsOnly(
                "Alice Example", "Bob Builder", "Carol Coder", "Dave Fixer", "Erin Contractor");
    }

    static Stream<Arguments> malformed() {
        String head = "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T00:00:00Z\nmessage: m\n";
        return Stream.of(
                Arguments.of("author: A <a@example.com>\n", 1, "'author' before the first 'commit' line"),
                Arguments.of(head + "auther: B <b@example.com>\nadd: x\n", 5, "unknown key 'auther'"),
                Arguments.of(head + "add: x\nthis is not a key\n", 6, "expected 'commit' or 'key: value'"),
                Arguments.of("commit\nauthor: Alice\n", 2, "expected 'Name <email@example.com>', found 'Alice'"),
                Arguments.of("commit\nauthor: A <a@example.com>\nauthor: B <b@example.com>\n", 3, "'author' given twice"),
                Arguments.of("commit\ndate: 2020-13-01T00:00:00Z\n", 2, "invalid date '2020-13-01T00:00:00Z'"),
                Arguments.of("commit\ndate: 2020-01-01T00:00:00\n", 2, "expected ISO-8601 with an offset"),
                Arguments.of("\n\ncommit\ndate: 2020-01-01T00:00:00Z\nmessage: m\nadd: x\n", 3, "has no 'author:'"),
                Arguments.of("commit\nauthor: A <a@example.com>\nmessage: m\nadd: x\n", 1, "has no 'date:'"),
                Arguments.of("commit\nauthor: A <a@example.com>\ndate: 2020-01-01T00:00:00Z\nadd: x\n", 1,
                        "has no 'message:'"),
                Arguments.of(head + "\ncommit\n", 1, "changes nothing"),
                Arguments.of(head + "modify: x\n", 5, "modify of x, which does not exist"),
                Arguments.of(head + "add: x\n" + head + "add: x\n", 10, "add of x, which already exists"),
                Arguments.of(head + "add: x\n" + head + "delete: x\n" + head + "modify: x\n", 15,
                        "modify of x, which does not exist"),
                Arguments.of(head + "add: x\nmodify: x\n", 6, "x is already changed by this commit (line 5)"),
                Arguments.of(head + "add: x\n" + head + "rename: x => y\n", 10, "rename needs 'old/path -> new/path'"),
                Arguments.of(head + "add: x\nadd: y\n" + head + "rename: x -> y\n", 11, "rename to y, which already exists"),
                Arguments.of(head + "add: ../x\n", 5, "may not contain '..'"),
                Arguments.of(head + "add: /etc/x\n", 5, "must be relative"),
                Arguments.of(head + "add: .git/config\n", 5, "may not contain '.git'"),
                Arguments.of(head + "add: history.txt\n", 5, "never committed"),
                Arguments.of(head + "add: x\ncommit\nauthor: A <a@example.com>\ndate: 2019-12-31T23:00:00Z\n", 8,
                        "is before the previous commit's date"),
                Arguments.of("# only a comment\n\n", 3, "no commits"));
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("malformed")
    void reportsMalformedSpecsWithTheirLineNumber(String text, int line, String problem) {
        assertThatThrownBy(() -> HistorySpec.parse(text, "history.txt"))
                .isInstanceOf(HistorySpecException.class)
                .hasMessageStartingWith("history.txt:" + line + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((HistorySpecException) e).line()).isEqualTo(line));
    }

    @Test
    void aDateWithAnOffsetIsComparedAsAnInstant() {
        // 10:00+02:00 is 08:00Z, so 09:00Z is later although its wall-clock time is earlier
        String text = "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T10:00:00+02:00\nmessage: m\nadd: x\n"
                + "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T09:00:00Z\nmessage: n\nmodify: x\n";
        assertThat(HistorySpec.parse(text, "h").commits()).hasSize(2);
    }
}
