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
    void aFileWhoseAuthorAndWhoeverDidItsLatestWorkHaveLeftIsAnIsland() {
        History history = Histories.builder()
                .at("2020-01-01T00:00:00Z").commit("Ann", "create", add("Owned.java"), add("Shared.java"))
                .commit("Ann", "more", modify("Owned.java"))
                .at("2021-03-01T00:00:00Z").commit("Cid", "touch", modify("Owned.java"))
                .at("2022-01-01T00:00:00Z").commits(8, "Bob", "work", modify("Shared.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> true)).singleElement().isEqualTo(new KnowledgeIslands.Island(
                "Owned.java", List.of("ann@example.com", "cid@example.com"), 1, Instant.parse("2021-03-01T00:00:00Z")));
    }

    @Test
    void whoeverDidTheLatestWorkKnowsTheFileWhoeverWroteMostOfIt() {
        History history = Histories.builder()
                .at("2020-01-01T00:00:00Z").commit("Ann", "create", add("Pets.java"))
                .commits(5, "Ann", "more", modify("Pets.java"))
                .at("2022-01-01T00:00:00Z").commit("Bob", "rework", modify("Pets.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> true)).as("Bob changed it a week before HEAD").isEmpty();
    }

    @Test
    void aFileSeveralPeopleChangedInTheWindowIsKnownToThemWhoeverItsAuthors() {
        History history = Histories.builder()
                .at("2021-02-01T00:00:00Z").commit("Ann", "create", add("Vets.java"))
                .commits(6, "Ann", "more", modify("Vets.java"))
                .at("2021-12-20T00:00:00Z").commit("Cid", "touch", modify("Vets.java"))
                .commit("Dan", "touch", modify("Vets.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> true)).as("Ann is its only author and left in February")
                .isEmpty();
    }

    @Test
    void aHotFileTwoCurrentPeopleReworkedBeforeTheWindowIsKnownToThem() {
        History history = Histories.builder()
                .at("2018-01-01T00:00:00Z").commit("Ann", "create", add("Resolver.java"))
                .commits(9, "Ann", "more", modify("Resolver.java"))
                .at("2020-09-01T00:00:00Z").commit("Cid", "restore compatibility", modify("Resolver.java"))
                .at("2021-03-01T00:00:00Z").commit("Dan", "run on an in-memory file system", modify("Resolver.java"))
                .at("2022-01-01T00:00:00Z").commit("Cid", "other work", add("Other.java"))
                .commit("Dan", "other work", modify("Other.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> path.equals("Resolver.java")))
                .as("Ann wrote it and left; Cid and Dan, both active, did its latest work").isEmpty();
    }

    @Test
    void aSweepMakesNobodyKnowTheFile() {
        History history = Histories.builder()
                .at("2020-01-01T00:00:00Z").commit("Ann", "create", add("Owned.java"), add("Other.java"))
                .commits(5, "Ann", "more", modify("Owned.java"))
                .at("2021-03-01T00:00:00Z").commit("Cid", "touch", modify("Owned.java"))
                .at("2022-01-01T00:00:00Z").commit("Bob", "Update license headers", modify("Owned.java"))
                .commits(8, "Bob", "work", modify("Other.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> true)).extracting(KnowledgeIslands.Island::path)
                .containsExactly("Owned.java");
    }

    @Test
    void anAuthorActiveWithinSixMonthsIsNotDeparted() {
        History history = Histories.builder()
                .at("2021-08-01T00:00:00Z").commit("Ann", "create", add("A.java"))
                .at("2022-01-01T00:00:00Z").commit("Bob", "other work", add("B.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> path.equals("A.java"))).as("Ann left 5 months before HEAD")
                .isEmpty();
    }

    @Test
    void excludedFilesAreNotReported() {
        History history = Histories.builder()
                .at("2020-01-01T00:00:00Z").commit("Ann", "create", add("A.java"))
                .at("2021-03-01T00:00:00Z").commit("Cid", "touch", modify("A.java"))
                .at("2022-01-01T00:00:00Z").commit("Bob", "other work", add("B.java"))
                .build();

        assertThat(KnowledgeIslands.find(history, path -> path.equals("A.java"))).hasSize(1);
        assertThat(KnowledgeIslands.find(history, path -> false)).isEmpty();
    }
}
