package dev.readiness.rules.history;

import static dev.readiness.rules.history.Histories.add;
import static dev.readiness.rules.history.Histories.modify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.History;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeIslandsTest {

    @Test
    void aRecentlyChangedFileOwnedOnlyBySomeoneInactiveForSixMonthsIsAnIsland() {
        History history = Histories.builder()
                .at("2020-01-01T00:00:00Z").commit("Ann", "create", add("Owned.java"), add("Shared.java"),
                        add("Dormant.java"))
                .commit("Ann", "more", modify("Owned.java"))
                .at("2022-01-01T00:00:00Z").commit("Bob", "touch", modify("Owned.java"))
                .commits(8, "Bob", "work", modify("Shared.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> true)).singleElement().isEqualTo(new KnowledgeIslands.Island(
                "Owned.java", List.of("ann@example.com"), 1, Instant.parse("2020-01-02T00:00:00Z")));
    }

    @Test
    void anAuthorActiveWithinSixMonthsIsNotDeparted() {
        History history = Histories.builder()
                .at("2021-08-01T00:00:00Z").commit("Ann", "create", add("A.java"))
                .at("2022-01-01T00:00:00Z").commit("Bob", "touch", modify("A.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> true)).as("Ann left 5 months before HEAD").isEmpty();
    }

    @Test
    void excludedFilesAreNotReported() {
        History history = Histories.builder()
                .at("2020-01-01T00:00:00Z").commit("Ann", "create", add("A.java"))
                .at("2022-01-01T00:00:00Z").commit("Bob", "touch", modify("A.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> true)).hasSize(1);
        assertThat(KnowledgeIslands.find(history, path -> false)).isEmpty();
    }
}
