package app.w;

public final class Whiskey {

    public static String name() {
        return "w";
    }
}
