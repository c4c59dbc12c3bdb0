package com.example;

class CloudClientTest {

    private static final String SESSION = "{{jwt}}"; // expect: hygiene/hardcoded-secret
    private static final String PASSWORD = "dummy-password";
    /** Basic-auth header value: the base64 of a placeholder login, as harmless as the plain text. */
    private static final String BASIC_CREDENTIALS = "YWRtaW46cGFzc3dvcmQxMjM=";
    private static final String SERVICE_CREDENTIALS = "c3ZjLWxlZGdlcjpRN2YheDlMbVoyQGtWdw=="; // expect: hygiene/hardcoded-secret
}
