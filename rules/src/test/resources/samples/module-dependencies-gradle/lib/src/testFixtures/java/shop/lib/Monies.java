package shop.lib;

public final class Monies {
    private Monies() {
    }

    public static Money tenEuros() {
        return new Money(1000);
    }
}
