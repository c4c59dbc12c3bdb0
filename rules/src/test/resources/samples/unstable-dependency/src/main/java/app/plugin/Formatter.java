package app.plugin;

import app.x.Xray;
import app.y.Yankee;
import app.z.Zulu;

public final class Formatter {

    private Formatter() {
    }

    public static String format(long cents) {
        return Xray.name() + Yankee.name() + Zulu.name() + cents;
    }
}
