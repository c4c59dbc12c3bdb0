package com.example.core;

import com.example.app.Checkout;
import com.example.util.Texts;

public final class Pricing {
    public long total(Checkout checkout) {
        return checkout.items() * 100L + Texts.class.getName().length();
    }
}
