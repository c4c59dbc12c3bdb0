package com.example.shelf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cases every kind of shelf must pass; subclasses run them with their own settings. */
abstract class AbstractShelfContractTest {

    protected Shelf shelf = new Shelf();

    @Test
    void keepsWhatIsPut() {
        shelf.put("Candide");
        assertEquals(1, shelf.titles().size());
    }

    @Test
    void takingOutEmptiesTheShelf() {
        shelf.put("Candide");
        shelf.takeOut("Candide");
        assertTrue(shelf.titles().isEmpty());
    }

    @Test
    void remove() {
        shelf.put("Zadig");
        shelf.takeOut("Zadig");
        assertTrue(shelf.titles().isEmpty());
    }
}
