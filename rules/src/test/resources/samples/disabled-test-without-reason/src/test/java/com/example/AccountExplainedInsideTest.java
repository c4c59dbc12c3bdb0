package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountExplainedInsideTest {

    @Disabled
    @Test
    void parsesEveryLegacyBranchCode() {
        // fails for the three branch codes merged in 2019, tracked as BANK-2213
        assertEquals(4, "0042".length());
    }

    @Disabled
    @Test
    void showsWhatAnOverdrawnAccountLooksLike() {
        // A demonstration that fails on purpose when enabled.
        assertEquals(-1, Integer.signum(-20));
    }

    /**
     * Not every historic currency code can be converted yet; kept disabled until the rate table covers them.
     */
    @Disabled
    @Test
    void convertsHistoricCurrencies() {
        assertEquals(3, "DEM".length());
    }

    @Disabled
    @Test
    void printsWhatAFrozenAccountLooksLike() {
        // an example: if you enable this, it will fail and show the frozen-account message
        assertEquals(-1, Integer.signum(-20));
    }

    /**
     * Statements in the old format still parse.
     *
     * TODO: why do statements before 2001 lose their branch code?
     */
    @Disabled
    @Test
    void parsesOldStatements() {
        assertEquals(4, "0042".length());
    }

    @Disabled
    @Test
    void settlesInTheNewestClearingSystem() {
        int cents = 120;
        // TODO switch to the new clearing house API once it is live
        assertEquals(120, cents);
    }

    /** Checks that a closed account rejects deposits, in UTF-8 statements signed with SHA-256. */
    @Disabled
    @Test
    void rejectsDepositsOnClosedAccounts() { // expect: testing/disabled-test-without-reason
        assertEquals(0, 0);
    }

    @Disabled
    @Test
    void keepsTheAuditTrail() { // expect: testing/disabled-test-without-reason
        assertEquals(1, 1);
        // checked again below
        assertEquals(2, 2);
    }

    @Disabled
    @Test
    void mergesJointAccounts() { // expect: testing/disabled-test-without-reason
        // TODO
        assertEquals(1, 1);
    }

    @Disabled
    @Test
    void chargesForeignTransfers() { // expect: testing/disabled-test-without-reason
        // given a transfer abroad
        int fee = 3;

        // then
        assertEquals(3, fee);
    }

    /** The scenarios of BANK-2771: interest on savings. */
    @Disabled
    @Nested
    class InterestCases { // expect: testing/disabled-test-without-reason

        @Test
        void compoundsMonthly() {
            assertEquals(12, 12);
        }
    }
}
