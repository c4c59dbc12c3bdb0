package shop.util;

public final class Strings {
    private Strings() {
    }

    public static String trimmed(String text) {
        return text.trim();
    }
}
