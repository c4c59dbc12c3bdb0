package com.example.app;

import com.example.api.Greeting; // expect: architecture/undeclared-module-dependency
import com.example.core.Discount; // expect: architecture/undeclared-module-dependency
import com.example.core.Pricing;
import com.example.util.Texts;

public final class Checkout implements Greeting {
    private final Pricing pricing = new Pricing();
    private final Discount discount = new Discount(10);

    public int items() {
        return 3;
    }

    public long total() {
        return pricing.total(this) * (100 - discount.percent()) / 100;
    }

    @Override
    public String text() {
        return Texts.shout(() -> "checkout");
    }
}
