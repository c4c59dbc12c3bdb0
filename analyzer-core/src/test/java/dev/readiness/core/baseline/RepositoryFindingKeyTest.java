package dev.readiness.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepositoryFindingKeyTest {

    @Test
    void numbersInAMessageAreMaskedSoThatMeasuredValuesMayChange() {
        assertThat(RepositoryFindingKey.masked("Truck factor 2 of 14 files; 1,250.5 lines"))
                .isEqualTo("Truck factor # of # files; # lines");
    }

    @Test
    void aNumberOfTensOfThousandsOfPartsIsMaskedLikeAShortOne() {
        String version = "1.".repeat(50_000) + "1";

        assertThat(RepositoryFindingKey.masked("AGENTS.md mentions the path `v" + version + "/notes.md`"))
                .isEqualTo("AGENTS.md mentions the path `v#/notes.md`");
    }
}
