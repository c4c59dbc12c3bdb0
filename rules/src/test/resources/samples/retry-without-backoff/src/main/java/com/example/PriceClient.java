package com.example;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;

public class PriceClient {

    private static final int MAX_ATTEMPTS = 3;

    long priceNow(String sku) {
        while (true) { // expect: hygiene/retry-without-backoff
            try {
                return fetch(sku);
            } catch (IOException e) {
                log(e);
            }
        }
    }

    long priceWithAttempts(String sku) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) { // expect: hygiene/retry-without-backoff
            try {
                return fetch(sku);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    void publishUntilDone(String sku) {
        boolean done = false;
        do { // expect: hygiene/retry-without-backoff
            try {
                fetch(sku);
                done = true;
            } catch (IOException e) {
                log(e);
            }
        } while (!done);
    }

    @Retryable(retryFor = IOException.class, maxAttempts = 5) // expect: hygiene/retry-without-backoff
    long retryable(String sku) throws IOException {
        return fetch(sku);
    }

    // near misses below

    @Retryable(retryFor = IOException.class, backoff = @Backoff(delay = 200, multiplier = 2))
    long retryableWithBackoff(String sku) throws IOException {
        return fetch(sku);
    }

    // rewritten from a config client: the named interceptor bean carries the retry policy and its backoff
    @Retryable(interceptor = "configServerRetryInterceptor")
    long retryableThroughInterceptor(String sku) throws IOException {
        return fetch(sku);
    }

    // rewritten from Spring Retry's circuit breaker: a stateful retry rethrows, and the caller's next call is the next try
    @Retryable(stateful = true, maxAttempts = 3)
    long breakerGuarded(String sku) throws IOException {
        return fetch(sku);
    }

    @Retryable(stateful = false, maxAttempts = 3) // expect: hygiene/retry-without-backoff
    long statelessSaidOutLoud(String sku) throws IOException {
        return fetch(sku);
    }

    long withSleep(String sku) throws InterruptedException {
        int attempt = 0;
        while (true) {
            try {
                return fetch(sku);
            } catch (IOException e) {
                TimeUnit.MILLISECONDS.sleep(100L << attempt++);
            }
        }
    }

    long withBackoffHelper(String sku) {
        for (int attempt = 0; ; attempt++) {
            try {
                return fetch(sku);
            } catch (IOException e) {
                backoff(attempt);
            }
        }
    }

    long givesUp(String sku) {
        while (true) {
            try {
                return fetch(sku);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    void eachItemOnce(List<String> skus) {
        for (int index = 0; index < skus.size(); index++) {
            try {
                fetch(skus.get(index));
            } catch (IOException e) {
                log(e);
            }
        }
    }

    private long fetch(String sku) throws IOException {
        return sku.length();
    }

    private void backoff(int attempt) {
    }

    private void log(Exception e) {
    }
}
