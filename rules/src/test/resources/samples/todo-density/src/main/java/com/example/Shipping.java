package com.example;

/** Two markers: below the minimum of three, however small the file. */
public class Shipping {

    // TODO support express
    int days(String country) {
        // TODO look up the carrier table
        return country.equals("DE") ? 2 : 5;
    }

    String note() {
        return "TODO is a word inside a string, not a comment marker";
    }

    // todo in lower case and Todo are prose, not markers
}
