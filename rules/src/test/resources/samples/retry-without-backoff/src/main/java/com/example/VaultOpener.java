package com.example;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

public class VaultOpener {

    private final KeyStore store;
    private String cachedSecret;
    private String cachedHost;

    VaultOpener(KeyStore store) {
        this.store = store;
    }

    // a near miss rewritten from a keystore loader: a failed round forgets the remembered passphrase, so the next
    // round asks the user for another one; each round tries new input, paced by the person typing it
    void open(String path) throws GeneralSecurityException {
        for (int round = 0; round < 3; round++) {
            String secret = passphrase();
            try (InputStream in = new FileInputStream(path)) {
                store.load(in, secret.toCharArray());
                return;
            } catch (IOException wrongPassphrase) {
                System.err.println("cannot open " + path);
            }
            this.cachedSecret = null;
        }
    }

    private String passphrase() {
        if (cachedSecret == null) {
            cachedSecret = String.valueOf(System.console().readPassword("passphrase: "));
        }
        return cachedSecret;
    }

    // forgetting something the attempt never reads changes nothing: the same load comes again at once
    void reopen(String path, String secret) throws GeneralSecurityException {
        for (int round = 0; round < 3; round++) { // expect: hygiene/retry-without-backoff
            try (InputStream in = new FileInputStream(path)) {
                store.load(in, secret.toCharArray());
                return;
            } catch (IOException busy) {
                System.err.println("cannot open " + host());
            }
            this.cachedHost = null;
        }
    }

    private String host() {
        return cachedHost;
    }
}
