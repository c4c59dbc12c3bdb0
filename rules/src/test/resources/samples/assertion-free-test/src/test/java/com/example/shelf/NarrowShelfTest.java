package com.example.shelf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class NarrowShelfTest extends AbstractShelfContractTest {

    @Test
    void keepsWhatIsPutWhenNarrow() {
        shelf = new Shelf();
        keepsWhatIsPut();
    }

    @Test
    void takingOutAgainThroughTheParent() {
        shelf = new Shelf();
        super.takingOutEmptiesTheShelf();
    }

    @Override
    @Test
    void remove() {
        // a narrow shelf never gives a title back, so the inherited case does not apply
    }

    @Test
    void callsAListMethodNamedLikeATest() { // expect: testing/assertion-free-test
        List<String> titles = new ArrayList<>(shelf.titles());
        titles.remove("Zadig");
    }

    @Test
    void shelvesThroughAHelperNamedLikeATest() { // expect: testing/assertion-free-test
        keepsWhatIsPut("Dune");
    }

    @Test
    void notWrittenYet() { // expect: testing/assertion-free-test
    }

    @Disabled("the shelf limits are not decided yet")
    @Test
    void limitsAreNotRunYet() {
        shelf.titles();
    }

    /** Near misses from the corpus: the name promises that nothing throws, and JUnit fails a test that throws. */
    @Test
    void shouldNotThrowWhenTheShelfIsEmpty() {
        new Shelf().titles();
    }

    @Test
    void testHashCodeNullSafe() {
        new Shelf().hashCode();
    }

    @Test
    void testHashCode() { // expect: testing/assertion-free-test
        new Shelf().hashCode();
    }

    private void keepsWhatIsPut(String title) {
        shelf.put(title);
    }
}
