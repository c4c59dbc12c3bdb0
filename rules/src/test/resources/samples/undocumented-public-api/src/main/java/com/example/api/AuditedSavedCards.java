package com.example.api;

import java.util.List;

/** Saved cards that log every change: its inherited methods are documented where they are declared. */
public abstract class AuditedSavedCards extends CachedSavedCards { // expect: context/undocumented-public-api "Public abstract class 'AuditedSavedCards' has no Javadoc on public methods none(), of(String):"

    public List<String> cardsOf(String customer) {
        return List.of();
    }

    public void forget(String customer) {
    }

    public void refresh() {
    }

    /** Writes the audit trail of {@code customer} to the log. */
    public abstract void audit(String customer);

    // static methods hide the superclass's, they do not inherit its contract
    public static SavedCards none() {
        return null;
    }

    public static SavedCards of(String card) {
        return null;
    }
}
