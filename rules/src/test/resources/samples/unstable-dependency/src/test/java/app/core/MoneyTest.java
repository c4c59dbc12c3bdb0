package app.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.plugin2.Runner;
import org.junit.jupiter.api.Test;

/** Test code is not part of the metrics: counted, it would make app.core less stable. */
class MoneyTest {

    @Test
    void runsThePlugin() {
        assertEquals("vwxyz", Runner.run());
    }
}
