package com.example.clinic.owner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Keeps the owners in memory and finds them by name; paged like the rest of the clinic's lists. */
public class OwnerRepository {

    private final List<String> owners = new ArrayList<>();

    public void save(String owner) {
        if (!owners.contains(owner)) {
            owners.add(owner);
        }
    }

    public List<String> page(int page, int size) {
        int from = Math.min(owners.size(), page * size);
        int to = Math.min(owners.size(), from + size);
        return List.copyOf(owners.subList(from, to));
    }

    public List<String> byLastNamePrefix(String prefix) {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String owner : owners) {
            String[] names = owner.split(" ");
            if (names[names.length - 1].toLowerCase(Locale.ROOT).startsWith(wanted)) {
                found.add(owner);
            }
        }
        return found;
    }

    public int count() {
        return owners.size();
    }
}
