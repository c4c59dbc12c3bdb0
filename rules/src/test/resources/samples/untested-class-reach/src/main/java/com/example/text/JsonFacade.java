package com.example.text;

import java.util.Map;

/** The entry point the tests use; it hands the work to classes the tests never name. */
public class JsonFacade {

    public String write(Map<String, String> values) {
        ManagedProperty property = new ManagedProperty("root");
        return property.render(values);
    }
}
