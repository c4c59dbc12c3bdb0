package com.example.clinic.gateway; // expect: history/change-coupling "6 shared commits"

import com.example.clinic.settings.ClientSettings;

/**
 * Calls the payment gateway with the settings of its client. It names only the client's settings type, whose
 * supertype in another file declares the timeout and retries read here (history.txt says why this is no hidden
 * coupling).
 */
public class GatewayClient {

    private final ClientSettings settings;

    public GatewayClient(ClientSettings settings) {
        this.settings = settings;
    }

    public String describe() {
        return settings.getBaseUrl() + " within " + settings.getTimeoutSeconds() + "s, " + settings.getRetries()
                + " retries";
    }
}
