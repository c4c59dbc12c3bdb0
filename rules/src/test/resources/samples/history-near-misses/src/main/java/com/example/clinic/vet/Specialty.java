package com.example.clinic.vet;

/** A vet's specialty; names are unique. */
public class Specialty {

    private final String name;

    public Specialty(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
