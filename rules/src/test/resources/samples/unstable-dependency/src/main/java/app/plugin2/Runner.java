package app.plugin2;

import app.v.Victor;
import app.w.Whiskey;
import app.x.Xray;
import app.y.Yankee;
import app.z.Zulu;

public final class Runner {

    private Runner() {
    }

    public static String run() {
        return Victor.name() + Whiskey.name() + Xray.name() + Yankee.name() + Zulu.name();
    }
}
