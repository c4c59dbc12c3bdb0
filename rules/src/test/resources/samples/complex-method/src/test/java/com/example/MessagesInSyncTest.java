package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Near miss: a test that walks message bundles with nested filters; complex-method judges production code only. */
class MessagesInSyncTest {

    private final Map<String, Map<String, String>> bundles = Map.of(
            "en", Map.of("greeting", "Hello", "farewell", "Bye"),
            "de", Map.of("greeting", "Hallo"));

    @Test
    void everyBundleHasEveryKey() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> bundle : bundles.entrySet()) {
            if (bundle.getKey().equals("en")) {
                continue;
            }
            for (String key : bundles.get("en").keySet()) {
                if (!bundle.getValue().containsKey(key)) {
                    if (key.startsWith("internal.") || key.endsWith(".hint")) {
                        continue;
                    } else if (bundle.getValue().isEmpty() && key.length() > 3) {
                        problems.add(bundle.getKey() + " is empty");
                    } else {
                        for (String other : bundle.getValue().keySet()) {
                            if (other.equalsIgnoreCase(key) || other.replace('_', '.').equals(key)) {
                                problems.add(bundle.getKey() + ": " + other + " differs in case from " + key);
                            }
                        }
                        problems.add(bundle.getKey() + " lacks " + key);
                    }
                }
            }
        }
        assertTrue(problems.size() == 1 && problems.get(0).equals("de lacks farewell"), problems.toString());
    }
}
