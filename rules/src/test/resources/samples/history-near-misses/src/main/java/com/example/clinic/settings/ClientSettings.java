package com.example.clinic.settings;

/** The client side of the gateway: what it adds to every endpoint's settings. */
public class ClientSettings extends EndpointSettings {

    private String baseUrl = "https://payments.example.com";

    public String getBaseUrl() {
        return baseUrl;
    }
}
