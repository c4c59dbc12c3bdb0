package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The four .mailmap forms of gitmailmap(5), comments and case-insensitive e-mails. */
class MailmapTest {

    private static final Mailmap MAILMAP = Mailmap.parse("""
            # comment line
            Proper Name <Proper@Example.com>            # form 1: fixes the name
            <ann@example.com> <ann@old.example.com>
            Bob Builder <bob@example.com> <bob@laptop.local>
            Carol Coder <carol@example.com> carol <shared@example.com>
            not a mailmap line
            """);

    @Test
    void nameOnlyEntryFixesTheNameForTheEmail() {
        assertThat(MAILMAP.map("proper", "proper@example.com"))
                .isEqualTo(new Mailmap.Identity("Proper Name", "proper@example.com"));
    }

    @Test
    void emailOnlyEntryFixesTheEmailAndKeepsTheName() {
        assertThat(MAILMAP.map("Ann", "ANN@old.example.com")).isEqualTo(new Mailmap.Identity("Ann", "ann@example.com"));
    }

    @Test
    void nameAndEmailEntryReplacesBoth() {
        assertThat(MAILMAP.map("bob", "bob@laptop.local"))
                .isEqualTo(new Mailmap.Identity("Bob Builder", "bob@example.com"));
    }

    @Test
    void entryWithACommitNameOnlyMatchesThatName() {
        assertThat(MAILMAP.map("Carol", "shared@example.com"))
                .isEqualTo(new Mailmap.Identity("Carol Coder", "carol@example.com"));
        assertThat(MAILMAP.map("Someone Else", "shared@example.com"))
                .isEqualTo(new Mailmap.Identity("Someone Else", "shared@example.com"));
    }

    @Test
    void unknownPeopleAndAnEmptyMailmapChangeNothing() {
        assertThat(MAILMAP.map("Dave", "dave@example.com")).isEqualTo(new Mailmap.Identity("Dave", "dave@example.com"));
        assertThat(Mailmap.parse("").isEmpty()).isTrue();
        assertThat(MAILMAP.isEmpty()).isFalse();
    }

    @Test
    @Timeout(10) // guards against a hang, measures nothing
    void aLineLongerThanAnyEntryIsSkippedWithoutCostingItsPatternQuadraticTime() {
        Mailmap mailmap = Mailmap.parse("a".repeat(1_000_000) + "\nJane Doe <jane@example.com> <jd@old.example.com>\n");

        assertThat(mailmap.map("jd", "jd@old.example.com")).isEqualTo(new Mailmap.Identity("Jane Doe", "jane@example.com"));
    }
}
