package dev.readiness.rules.history;

import static dev.readiness.rules.history.Histories.add;
import static dev.readiness.rules.history.Histories.modify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.core.history.History;
import dev.readiness.core.history.metrics.Authorship;
import dev.readiness.core.history.metrics.TruckFactor;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorshipTest {

    @Test
    void degreeOfAuthorshipFollowsAvelinoEtAl() {
        assertThat(Authorship.doa(true, 1, 0)).isCloseTo(3.293 + 1.098 + 0.164, within(1e-9));
        assertThat(Authorship.doa(false, 2, 3)).isCloseTo(3.293 + 0.328 - 0.321 * Math.log(4), within(1e-9));
    }

    @Test
    void theCreatorIsTheOnlyAuthorWhenOthersMadeOneChange() {
        History history = Histories.builder()
                .commit("Ann", "create", add("A.java"))
                .commit("Ann", "edit", modify("A.java"))
                .commit("Bob", "tweak", modify("A.java"))
                .build();

        // Ann: 3.293 + 1.098 + 0.328 - 0.321 ln 2 = 4.497; Bob: 3.293 + 0.164 - 0.321 ln 3 = 3.104 < 3.293
        assertThat(Authorship.authors(history.file("A.java").orElseThrow())).containsExactly("ann@example.com");
    }

    @Test
    void aFrequentContributorBecomesCoAuthor() {
        History history = Histories.builder()
                .commit("Ann", "create", add("A.java"))
                .commits(8, "Bob", "edit", modify("A.java"))
                .build();

        // Ann: 4.391 + 0.164 - 0.321 ln 9 = 3.850; Bob: 3.293 + 1.312 - 0.321 ln 2 = 4.382; 3.850/4.382 = 0.88
        assertThat(Authorship.authors(history.file("A.java").orElseThrow()))
                .containsExactly("ann@example.com", "bob@example.com");
    }

    @Test
    void theLatestYearOfWorkHasItsOwnAuthorsAndTheFileIsKnownToBoth() {
        History history = Histories.builder()
                .at("2019-01-01T00:00:00Z").commit("Ann", "create", add("A.java"))
                .commits(5, "Ann", "edit", modify("A.java"))
                .at("2021-06-01T00:00:00Z").commits(2, "Bob", "rework", modify("A.java"))
                .build();
        var file = history.file("A.java").orElseThrow();

        // over all changes Ann: 4.391 + 0.984 - 0.321 ln 3 = 5.022, Bob: 3.293 + 0.328 - 0.321 ln 7 = 2.996
        assertThat(Authorship.authors(file)).containsExactly("ann@example.com");
        // Ann's changes are two years older than Bob's: the latest year holds Bob's two alone
        assertThat(Authorship.recentAuthors(file)).containsExactly("bob@example.com");
        assertThat(Authorship.knowers(file)).containsExactly("ann@example.com", "bob@example.com");
    }

    @Test
    void greedyTruckFactorRemovesTheBiggestAuthorsUntilLessThanHalfTheFilesAreCovered() {
        Map<String, Set<String>> authors = Map.of(
                "1", Set.of("ann"), "2", Set.of("ann"), "3", Set.of("ann", "bob"), "4", Set.of("bob"),
                "5", Set.of("cid"), "6", Set.of());

        TruckFactor.Result result = TruckFactor.compute(authors);

        // 5/6 covered; without ann 3/6 (still not < 50%); without bob 1/6
        assertThat(result.factor()).isEqualTo(2);
        assertThat(result.keyPeople()).containsExactly("ann", "bob");
        assertThat(result.filesByPerson()).containsEntry("ann", 3).containsEntry("bob", 2);
        assertThat(result.files()).isEqualTo(6);
    }

    @Test
    void truckFactorTiesGoToTheSmallerKeyAndOneOwnerGivesOne() {
        assertThat(TruckFactor.compute(Map.of("1", Set.of("zed"), "2", Set.of("amy"))).keyPeople())
                .containsExactly("amy", "zed");
        assertThat(TruckFactor.compute(Map.of("1", Set.of("amy"), "2", Set.of("amy"), "3", Set.of("bo"))).factor())
                .isEqualTo(1);
        assertThat(TruckFactor.compute(Map.of()).factor()).isZero();
    }
}
