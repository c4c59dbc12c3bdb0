package com.example.api;

/** Reads card numbers; one self-explanatory undocumented method is not worth a finding. */
public interface CardReader {

    /** The card number, digits only. */
    String read();

    int size();
}
