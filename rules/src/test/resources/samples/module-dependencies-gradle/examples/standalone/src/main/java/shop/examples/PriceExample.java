package shop.examples;

import shop.lib.Money;

public final class PriceExample {
    public static void main(String[] args) {
        System.out.println(new Money(250).cents());
    }
}
