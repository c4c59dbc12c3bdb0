package app.x;

public final class Xray {

    public static String name() {
        return "x";
    }
}
