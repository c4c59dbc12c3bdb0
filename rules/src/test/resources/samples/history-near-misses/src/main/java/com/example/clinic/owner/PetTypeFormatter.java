package com.example.clinic.owner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns pet type names typed into forms into known pet types, and back. */
public class PetTypeFormatter {

    private final List<String> types;

    public PetTypeFormatter(List<String> types) {
        this.types = List.copyOf(types);
    }

    public String print(String type) {
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }

    public Optional<String> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (String type : types) {
            if (type.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public int knownTypes() {
        return types.size();
    }
}
