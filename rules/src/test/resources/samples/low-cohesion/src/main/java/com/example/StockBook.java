package com.example;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Quantities per warehouse with a view over all of them. The view is an inner class that reads the map and
 * calls back into the book, and a lazy getter hands it out: all one responsibility.
 */
public class StockBook {

    private final Map<String, List<Integer>> byWarehouse = new HashMap<>();
    private Collection<Integer> quantitiesView;
    private int changes;

    public void receive(String warehouse, int quantity) {
        if (quantity > 0) {
            byWarehouse.computeIfAbsent(warehouse, key -> new ArrayList<>()).add(quantity);
            changes++;
        }
    }

    public int count() {
        int total = 0;
        for (List<Integer> quantities : byWarehouse.values()) {
            total += quantities.size();
        }
        return total;
    }

    public void reset() {
        if (!byWarehouse.isEmpty()) {
            byWarehouse.clear();
            changes++;
        }
    }

    public boolean holds(int quantity) {
        return quantity > 0 && quantities().contains(quantity);
    }

    public Collection<Integer> quantities() {
        if (quantitiesView == null) {
            quantitiesView = new Quantities();
        }
        return quantitiesView;
    }

    private final class Quantities extends AbstractCollection<Integer> {

        @Override
        public Iterator<Integer> iterator() {
            return byWarehouse.values().stream().flatMap(List::stream).iterator();
        }

        @Override
        public int size() {
            return StockBook.this.count();
        }
    }
}
