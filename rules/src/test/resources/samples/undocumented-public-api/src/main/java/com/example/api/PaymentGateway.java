package com.example.api;

import com.example.core.Money;

public interface PaymentGateway { // expect: context/undocumented-public-api "Public interface 'PaymentGateway' has no Javadoc on the type and no Javadoc on public method balance(String)"

    /** Charges the customer; throws when the card is declined. */
    void charge(String customer, Money amount);

    Money balance(String customer);

    String getName();
}
