package com.example;

class CloudClientTest {

    private static final String SESSION = "{{jwt}}"; // expect: hygiene/hardcoded-secret
    private static final String PASSWORD = "dummy-password";
}
