package com.example.clinic.settings;

/** What every endpoint of the payment gateway is configured with. */
public abstract class EndpointSettings {

    private int timeoutSeconds = 30;
    private int retries = 2;

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public int getRetries() {
        return retries;
    }

    public void setRetries(int retries) {
        this.retries = retries;
    }
}
