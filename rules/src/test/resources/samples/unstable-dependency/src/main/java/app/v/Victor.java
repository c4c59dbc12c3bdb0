package app.v;

public final class Victor {

    public static String name() {
        return "v";
    }
}
