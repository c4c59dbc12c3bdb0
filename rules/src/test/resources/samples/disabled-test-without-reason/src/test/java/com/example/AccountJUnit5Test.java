package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisabledOnOs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountJUnit5Test {

    @Disabled
    @Test
    void bare() { // expect: testing/disabled-test-without-reason "Test bare is disabled without a reason"
        assertEquals(1, 1 + 0);
    }

    @Test
    @Disabled("")
    void blankReason() { // expect: testing/disabled-test-without-reason
    }

    @Disabled("  TODO ")
    @Test
    void todoIsNoReason() { // expect: testing/disabled-test-without-reason
    }

    @org.junit.jupiter.api.Disabled
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void qualifiedAnnotation(int value) { // expect: testing/disabled-test-without-reason
    }

    @Disabled("flaky on CI until the clock is injected, see #12")
    @Test
    void withReason() {
    }

    @Disabled(value = "needs the sandbox gateway")
    @Test
    void withNamedReason() {
    }

    @Disabled(Reasons.GATEWAY)
    @Test
    void reasonInAConstant() {
    }

    @DisabledOnOs(OS.WINDOWS)
    @Test
    void conditionallyDisabled() {
    }

    @Test
    void enabled() {
    }

    @Nested
    @Disabled
    class Overdraft { // expect: testing/disabled-test-without-reason "Test class Overdraft is disabled without a reason, so all its tests are off"

        @Test
        void limit() {
        }
    }

    @Nested
    @Disabled("overdraft rules are being rewritten, #40")
    class Fees {

        @Test
        void monthly() {
        }
    }

    static final class Reasons {
        static final String GATEWAY = "gateway down";
    }
}
