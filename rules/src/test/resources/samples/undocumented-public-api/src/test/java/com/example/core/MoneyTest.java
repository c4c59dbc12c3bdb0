package com.example.core;

import com.example.api.Checkout;

public class MoneyTest {

    public void usesTypesFromOtherPackages() {
        new Checkout();
    }
}
