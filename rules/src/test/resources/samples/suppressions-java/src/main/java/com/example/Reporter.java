package com.example;

public class Reporter {

    void report(String line) {
        System.out.println(line); // expect: hygiene/console-logging
        System.out.println("trailing"); // readiness:ignore hygiene/console-logging CLI demo output
        // readiness:ignore hygiene/console-logging the line below is the banner
        System.out.println("banner");
        // readiness:ignore hygiene/console-logging
        System.out.println("no reason given, still honoured");
        // readiness:ignore modularity/long-method names another rule
        System.out.println("other rule"); // expect: hygiene/console-logging
        // readiness:ignore hygiene/console-logging only covers the next line

        System.out.println("two lines below"); // expect: hygiene/console-logging
        String text = "// readiness:ignore hygiene/console-logging inside a string";
        System.out.println(text); // expect: hygiene/console-logging
    }

    @SuppressWarnings("readiness:hygiene/console-logging")
    void printAll(String first, String second) {
        System.out.println(first);
        System.err.println(second);
    }

    @SuppressWarnings({"unchecked", "readiness:all"})
    void printAnything() {
        System.out.println("any rule");
    }

    @SuppressWarnings("unchecked")
    void notSuppressed() {
        System.out.println("plain"); // expect: hygiene/console-logging
    }

    @SuppressWarnings("readiness:hygiene/console-logging")
    static final class Quiet {
        void talk() {
            System.out.println("quiet class");
        }
    }
}
