package com.example.clinic.owner;

import java.util.ArrayList;
import java.util.List;

/** What the owner form accepts: a name, an address and a phone number of digits. */
public class OwnerForm {

    private static final int MAX_NAME = 60;

    public List<String> errors(String name, String address, String phone) {
        List<String> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            errors.add("name");
        }
        if (address == null || address.isBlank()) {
            errors.add("address");
        }
        if (phone == null || !phone.chars().allMatch(Character::isDigit)) {
            errors.add("phone");
        }
        return errors;
    }
}
