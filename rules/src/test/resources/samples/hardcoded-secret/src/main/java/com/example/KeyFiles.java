package com.example;

/**
 * Reads key files; rewritten from the Javadoc of a TLS library and of a database driver. A key file holds a key in
 * a PEM block, for example:
 * <pre>
 * {{pem-header}}
 * MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDV6zPk5WqLwS0a
 * ...
 * K5xBhtm1AhdnZjx5KfW3BecE
 * -----END RSA PRIVATE KEY-----
 * </pre>
 * A connection names its user and password, as in {@code jdbc:postgresql://db/shop?user=fred&password={{password}}}.
 */
public class KeyFiles {

    // a line comment is no documentation: a password left in commented-out code is still there
    // private static final String OLD_PASSWORD = "{{password}}"; // expect: hygiene/hardcoded-secret

    /**
     * The maps key issued by the provider, {@code {{google-key}}}, works wherever it is written. // expect: hygiene/hardcoded-secret
     */
    private final String mapsKeyName = "maps";

    // rewritten from a request signer: the literal is the label of a header field the key is joined to
    String authorization(String accessKey, String scope) {
        String credentialHeader = "Credential=" + accessKey + '/' + scope;
        return credentialHeader;
    }
}
