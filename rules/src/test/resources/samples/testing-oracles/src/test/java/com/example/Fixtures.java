package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

/** Project helpers in another file: one asserts (through a second helper), one only verifies a mock. */
final class Fixtures {

    private Fixtures() {
    }

    static void checkQuotient(int quotient) {
        sanity(quotient >= 0);
    }

    static void sanity(boolean condition) {
        assertTrue(condition, "sanity");
    }

    static void auditedDivision(Audit audit) {
        verify(audit).record("divide");
    }
}
