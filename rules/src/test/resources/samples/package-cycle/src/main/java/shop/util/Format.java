package shop.util;

import java.util.Locale;

public final class Format {
    private Format() {
    }

    public static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }
}
