package com.example.bank;

/** Monthly interest in cents for a yearly rate in basis points. */
public class InterestCalculator {

    private final int yearlyBasisPoints;

    public InterestCalculator(int yearlyBasisPoints) {
        if (yearlyBasisPoints < 0) {
            throw new IllegalArgumentException("negative rate: " + yearlyBasisPoints);
        }
        this.yearlyBasisPoints = yearlyBasisPoints;
    }

    public long monthly(long balance) {
        if (balance <= 0) {
            return 0;
        }
        return balance * yearlyBasisPoints / 10_000 / 12;
    }

    public long yearly(long balance) {
        return monthly(balance) * 12;
    }
}
