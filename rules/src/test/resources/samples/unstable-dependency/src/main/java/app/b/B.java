package app.b;

import app.core.Money;
import app.lib.Lib;

public final class B {

    private B() {
    }

    public static String show() {
        return new Money(2).show() + Lib.run();
    }
}
