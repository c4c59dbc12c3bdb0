package app.a;

import app.core.Money;
import app.lib.Lib;

public final class A {

    private A() {
    }

    public static String show() {
        return new Money(1).show() + Lib.run();
    }
}
