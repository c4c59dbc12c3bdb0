package com.example.api;

import java.util.List;

/** Saved cards kept in memory; the interface documents what it implements. */
public abstract class CachedSavedCards implements SavedCards { // expect: context/undocumented-public-api "Public abstract class 'CachedSavedCards' has no Javadoc on public methods forget(long), refresh(), evict(String), none(), of(String):"

    public List<String> cardsOf(String customer) {
        return List.of();
    }

    public void forget(String customer) {
    }

    // an overload the interface does not declare
    public void forget(long customerNumber) {
    }

    public void save(String customer, String card) {
    }

    public abstract void refresh();

    public abstract void evict(String customer);

    public static SavedCards none() {
        return null;
    }

    public static SavedCards of(String card) {
        return null;
    }
}
