package com.example.shop.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

public final class ConfigLoader { // expect: testing/untested-class // expect: context/undocumented-public-api

    private ConfigLoader() {
    }

    public static Properties load(String resource) {
        Properties properties = new Properties();
        InputStream in = ConfigLoader.class.getResourceAsStream(resource);
        if (in == null) {
            return properties;
        }
        try {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {}
        }
        return properties;
    }

    public static int intValue(Properties properties, String key, int defaultValue) {
        String value = properties.getProperty(key);
        return value == null ? defaultValue : Integer.parseInt(value.trim());
    }
}
