package app.y;

public final class Yankee {

    public static String name() {
        return "y";
    }
}
