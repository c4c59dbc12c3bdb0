package com.example.shelf;

import static org.hamcrest.Matchers.is;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ErrorCollector;

public class CollectedChecksTest {

    @Rule
    public final ErrorCollector errors = new ErrorCollector();

    @Test
    public void collectsEveryFailedCheck() {
        Shelf shelf = new Shelf();
        shelf.put("Middlemarch");
        errors.checkThat(shelf.titles().size(), is(1));
        errors.checkSucceeds(() -> shelf.titles().get(0));
    }
}
