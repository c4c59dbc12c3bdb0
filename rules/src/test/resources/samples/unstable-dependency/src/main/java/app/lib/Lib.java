package app.lib;

import app.plugin2.Runner;

/** Only two packages depend on it: too few for its low instability to mean much, so not reported. */
public final class Lib {

    private Lib() {
    }

    public static String run() {
        return Runner.run();
    }
}
