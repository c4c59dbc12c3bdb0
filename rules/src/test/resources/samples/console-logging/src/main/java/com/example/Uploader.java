package com.example;

import java.io.IOException;
import java.io.PrintWriter;

public class Uploader {

    void upload(String file) {
        System.out.println("uploading " + file); // expect: hygiene/console-logging "calls System.out.println()"
        System.err.printf("size %d%n", 3); // expect: hygiene/console-logging "calls System.err.printf()"
        java.lang.System.out.print("."); // expect: hygiene/console-logging "calls System.out.print()"
        System.out.flush();
        try {
            send(file);
        } catch (IOException e) {
            System.err.println("upload failed"); // expect: hygiene/console-logging "calls System.err.println()"
            e.printStackTrace(); // expect: hygiene/console-logging "calls printStackTrace()"
        }
    }

    void onlyPrintStackTrace(String file) {
        try {
            send(file);
        } catch (IOException e) { // expect: hygiene/swallowed-exception
            e.printStackTrace(); // reported by hygiene/swallowed-exception instead
        }
        try {
            send(file);
        } catch (IOException ignored) {
            ignored.printStackTrace(); // expect: hygiene/console-logging "calls printStackTrace()"
        }
    }

    void toWriter(PrintWriter out, Exception failure) {
        out.println("report");
        failure.printStackTrace(out);
    }

    public static void main(String[] args) {
        System.out.println("usage: uploader FILE");
        Runnable r = () -> System.out.println("done");
        r.run();
        new Thread() {
            @Override
            public void run() {
                System.out.println("in another method"); // expect: hygiene/console-logging "calls System.out.println()"
            }
        }.start();
    }

    private void send(String file) throws IOException {
    }
}

class NotAMain {

    void main(String[] args) {
        System.out.println("instance main is not a program entry point here"); // expect: hygiene/console-logging "calls System.out.println()"
    }
}

class VarargsMain {

    public static void main(String... args) {
        System.out.println("varargs main is a program entry point");
    }
}
