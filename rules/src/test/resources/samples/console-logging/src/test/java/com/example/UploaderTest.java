package com.example;

class UploaderTest {

    void printsAreFineInTests() {
        System.out.println("debugging a test");
        new RuntimeException().printStackTrace();
    }
}
