package com.example;

/** Placeholders in double braces are replaced with generated fake secrets by the test before scanning. */
public class CloudClient {

    private static final String ACCESS_KEY_ID = "{{aws-key-id}}"; // expect: hygiene/hardcoded-secret
    private static final String GITHUB_TOKEN = "{{github-token}}"; // expect: hygiene/hardcoded-secret
    private static final String DB_PASSWORD = "{{password}}"; // expect: hygiene/hardcoded-secret
    private static final String DB_URL = "jdbc:postgresql://db.internal:5432/shop?user=shop&password={{password}}"; // expect: hygiene/hardcoded-secret
    private static final String SIGNING_KEY = "{{pem-header}}\nMIIEpAIBAAKCAQEA"; // expect: hygiene/hardcoded-secret
    private static final String MAPS = "{{google-key}}"; // expect: hygiene/hardcoded-secret

    // near misses: names, references, placeholders and patterns are not secrets
    private static final String PASSWORD_PROPERTY = "spring.datasource.password";
    private static final String API_KEY = "${API_KEY}";
    private static final String TOKEN = "changeme";
    private static final String SECRET = "xxxxxxxxxxxx";
    private static final String CLIENT_SECRET = "********";
    private static final String AUTH_TOKEN_HEADER = "X-Auth-Token";
    private static final String TOKEN_PATTERN = "[A-Za-z0-9]{20}";
    private static final String DOCUMENTED_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String apiKey = "<secret>";
    private static final String LOCAL_URL = "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1";
    private static final String TOKEN_COUNT = "tokens: 12345678";

    // near misses: a PEM header a parser compares against, file paths and identifier text
    private static final String PRIVATE_KEY_HEADER = "{{pem-header}}";
    private static final String PASSWD_FILE = "/etc/passwd";
    private static final String PRIVATE_KEY_PATH = "~/.ssh/deploy_ed25519";
    private static final String tokenTypePrefix = "TokenKinds.";

    // near misses rewritten from a blog server and a wiki: a value joined into an error message, and the alphabet
    // generated passwords are drawn from
    private static final String PWD_BASE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789+@";

    static IllegalStateException unknownEncoding(String migrateFromEncoding) {
        return new IllegalStateException("passwds.encryption.upgradeFrom="+migrateFromEncoding+" is not supported");
    }
}
