package app.z;

public final class Zulu {

    public static String name() {
        return "z";
    }
}
