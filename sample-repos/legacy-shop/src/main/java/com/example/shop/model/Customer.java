package com.example.shop.model;

public class Customer { // expect: context/undocumented-public-api

    private final long id;
    private final String name;
    private final String region;
    private boolean vip;

    public Customer(long id, String name, String region) {
        this.id = id;
        this.name = name;
        this.region = region;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public boolean isVip() {
        return vip;
    }

    public void setVip(boolean vip) {
        this.vip = vip;
    }
}
