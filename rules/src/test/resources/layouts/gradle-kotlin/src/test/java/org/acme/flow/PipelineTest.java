package org.acme.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void countsSteps() {
        assertEquals(2, new Pipeline().then().then().steps());
    }
}
