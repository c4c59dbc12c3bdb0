package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One person is one author, whatever e-mails and spellings their commits carry. */
class HistoryIdentityTest {

    /** {@code author} as Git writes it: {@code Name <email>}. */
    private static Commit commit(String id, String author, String time, String path) {
        int open = author.indexOf('<');
        return new Commit(id, author.substring(0, open).strip(), author.substring(open + 1, author.length() - 1),
                Instant.parse(time), "change " + id, 1, List.of(new FileChange(path, null, FileChange.Kind.MODIFY, -1, -1)));
    }

    @Test
    void identitiesSharingAnEmailOrANameSpelledWithoutAccentsAreOnePerson() {
        History history = new History(List.of(
                commit("4", "Sébastien Deleuze <sebastien.deleuze@broadcom.com>", "2025-06-01T00:00:00Z", "A.java"),
                commit("3", "Sebastien Deleuze <sdeleuze@pivotal.io>", "2019-06-01T00:00:00Z", "A.java"),
                commit("2", "sdeleuze <sdeleuze@pivotal.io>", "2018-06-01T00:00:00Z", "B.java"),
                commit("1", "Juergen Hoeller <jhoeller@vmware.com>", "2017-06-01T00:00:00Z", "B.java")),
                Duration.ofDays(365), false, false);

        String sebastien = history.authorKey(history.commits().get(0));
        assertThat(history.commits()).extracting(history::authorKey)
                .containsExactly(sebastien, sebastien, sebastien, "jhoeller@vmware.com");
        assertThat(sebastien).isEqualTo("sebastien.deleuze@broadcom.com");
        assertThat(history.authorName(sebastien)).isEqualTo("Sébastien Deleuze");
        assertThat(history.lastActivity(sebastien)).contains(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(history.file("B.java").orElseThrow().revisionsByAuthor())
                .containsEntry(sebastien, 1).containsEntry("jhoeller@vmware.com", 1);
    }

    @Test
    void genericNamesDoNotJoinDifferentPeople() {
        History history = new History(List.of(
                commit("2", "root <ops@one.example>", "2025-01-02T00:00:00Z", "A.java"),
                commit("1", "root <admin@two.example>", "2025-01-01T00:00:00Z", "A.java")),
                Duration.ofDays(365), false, false);

        assertThat(history.commits()).extracting(history::authorKey)
                .containsExactly("ops@one.example", "admin@two.example");
    }

    @Test
    void separatorsWordOrderANicknameAndAGithubLoginDoNotMakeAnotherPerson() {
        History history = new History(List.of(
                commit("6", "Rosa Marquez <12345+rosa-marquez@users.noreply.github.com>", "2025-06-01T00:00:00Z",
                        "A.java"),
                commit("5", "rosa.marquez <rosa@shop.example>", "2024-06-01T00:00:00Z", "A.java"),
                commit("4", "MARQUEZ Rosa <r.marquez@old.example>", "2023-06-01T00:00:00Z", "A.java"),
                commit("3", "jpl <77+jpl@users.noreply.github.com>", "2022-06-01T00:00:00Z", "B.java"),
                commit("2", "Jean Paul Lemaire (jpl) <jp@lemaire.example>", "2021-06-01T00:00:00Z", "B.java"),
                commit("1", "Jean Paul Lemaire <lemaire@work.example>", "2020-06-01T00:00:00Z", "B.java")),
                Duration.ofDays(365), false, false);

        assertThat(history.commits()).extracting(history::authorKey).containsExactly(
                "12345+rosa-marquez@users.noreply.github.com", "12345+rosa-marquez@users.noreply.github.com",
                "12345+rosa-marquez@users.noreply.github.com", "77+jpl@users.noreply.github.com",
                "77+jpl@users.noreply.github.com", "77+jpl@users.noreply.github.com");
    }

    @Test
    void peopleWhoOnlyShareAFirstNameStayApart() {
        History history = new History(List.of(
                commit("2", "David Saff <david@saff.example>", "2025-01-02T00:00:00Z", "A.java"),
                commit("1", "David Gageot <david@gageot.example>", "2025-01-01T00:00:00Z", "A.java")),
                Duration.ofDays(365), false, false);

        assertThat(history.commits()).extracting(history::authorKey)
                .containsExactly("david@saff.example", "david@gageot.example");
    }
}
