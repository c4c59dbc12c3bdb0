package com.example.text;

import java.util.Map;

/** Exercised through JsonFacade only: reached by its tests, not reported. */
public class ManagedProperty {

    private final String name;

    public ManagedProperty(String name) {
        this.name = name;
    }

    public String render(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{\"" + name + "\":{");
        values.forEach((key, value) -> json.append('"').append(key).append("\":\"").append(value).append("\","));
        return json.append("}}").toString();
    }
}
