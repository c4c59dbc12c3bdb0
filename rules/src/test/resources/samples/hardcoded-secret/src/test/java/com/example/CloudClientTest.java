package com.example;

class CloudClientTest {

    /** A test's own signed token, key pair or password is a fixture (near misses from the corpus). */
    private static final String SESSION = "{{jwt}}";
    private static final String SIGNING_KEY = "{{pem-header}}\nMIIEpAIBAAKCAQEA";
    private static final String PASSWORD = "dummy-password";
    /** Basic-auth header value: the base64 of a placeholder login, as harmless as the plain text. */
    private static final String BASIC_CREDENTIALS = "YWRtaW46cGFzc3dvcmQxMjM=";
    private static final String SERVICE_CREDENTIALS = "c3ZjLWxlZGdlcjpRN2YheDlMbVoyQGtWdw==";
    /** A provider-issued token works against the live service wherever it is written. */
    private static final String CI_TOKEN = "{{github-token}}"; // expect: hygiene/hardcoded-secret
}
