package com.example.shelf;

import java.util.ArrayList;
import java.util.List;

public class Shelf {

    private final List<String> titles = new ArrayList<>();

    public void put(String title) {
        if (title == null) {
            throw new IllegalArgumentException("title");
        }
        titles.add(title);
    }

    public List<String> titles() {
        return List.copyOf(titles);
    }

    public void takeOut(String title) {
        titles.remove(title);
    }
}
