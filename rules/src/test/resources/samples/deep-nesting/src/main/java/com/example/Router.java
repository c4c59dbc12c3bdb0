package com.example;

import java.util.List;

public class Router {

    private final Object lock = new Object();

    // depth 5: for > if > while > if > if (the try around the ifs adds no level)
    // expect: modularity/deep-nesting "Method 'route' nests control flow 5 levels deep (threshold 4), deepest at line 18"
    int route(List<String> paths) {
        int count = 0;
        for (String path : paths) {
            if (!path.isEmpty()) {
                while (count < 10) {
                    try {
                        if (path.startsWith("/")) {
                            if (path.length() > 1) {
                                count++;
                            }
                        }
                    } catch (RuntimeException e) {
                        count--;
                    }
                    count++;
                }
            }
        }
        return count;
    }

    // depth 3: an else-if chain is one level, synchronized and try add none, their catch adds one
    int classify(List<String> paths) {
        int count = 0;
        for (String path : paths) {
            if (path.isEmpty()) {
                count++;
            } else if (path.startsWith("/")) {
                synchronized (lock) {
                    try {
                        count += 2;
                    } catch (RuntimeException e) {
                        count = 0;
                    }
                }
            } else if (path.startsWith("?")) {
                count += 3;
            } else {
                count--;
            }
        }
        return count;
    }

    // depth 5: a lambda and an anonymous class each add a level
    // expect: modularity/deep-nesting "Method 'handler' nests control flow 5 levels deep (threshold 4), deepest at line 65"
    Runnable handler(List<String> paths) {
        return new Runnable() {
            @Override
            public void run() {
                paths.forEach(path -> {
                    switch (path) {
                        case "a" -> {
                            if (path.isBlank()) {
                                while (path.isEmpty()) {
                                    System.out.println(path);
                                }
                            }
                        }
                        default -> System.out.println("other");
                    }
                });
            }
        };
    }

    // depth 4 with a lambda
    void print(List<String> paths) {
        paths.forEach(path -> {
            for (char c : path.toCharArray()) {
                if (c == '/') {
                    do {
                        System.out.println(c);
                    } while (c != '/');
                }
            }
        });
    }
}
