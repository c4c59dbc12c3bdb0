package dev.readiness.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's constant name and its version, taken from the build. */
public final class ToolInfo {

    public static final String NAME = "Repo Readiness";
    public static final String VERSION = loadVersion();

    private ToolInfo() {
    }

    private static String loadVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/readiness/version.properties")) {
            if (in == null) {
                return "0.0.0";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "0.0.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
