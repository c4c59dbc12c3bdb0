package com.example;

/** Static helpers without instance state: cohesion does not apply. */
public final class TextTools {

    private static final String ELLIPSIS = "...";

    private TextTools() {
    }

    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    public static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static int words(String text) {
        return isBlank(text) ? 0 : text.trim().split("\\s+").length;
    }
}
