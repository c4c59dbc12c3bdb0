package app.c;

import app.core.Money;

public final class C {

    private C() {
    }

    public static String show() {
        return new Money(3).show();
    }
}
