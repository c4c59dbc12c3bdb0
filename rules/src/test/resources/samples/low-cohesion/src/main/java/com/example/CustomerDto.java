package com.example;

import java.util.Objects;

/** A plain data holder: every method touches one field, which is no cohesion problem. */
public class CustomerDto {

    private String name;
    private String email;
    private int age;
    private boolean active;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        if (email == null || !email.contains("@")) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
        this.email = email;
    }

    public int getAge() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }

    public boolean isActive() {
        return active;
    }

    public CustomerDto withActive(boolean active) {
        this.active = active;
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerDto dto && Objects.equals(name, dto.name) && Objects.equals(email, dto.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email);
    }

    @Override
    public String toString() {
        return name + " <" + email + ">, " + age + (active ? ", active" : "");
    }
}
