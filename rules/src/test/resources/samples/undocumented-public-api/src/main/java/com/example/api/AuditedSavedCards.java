package com.example.api;

import java.util.List;

/** Saved cards that log every change; only its own method needs a comment, and has one. */
public abstract class AuditedSavedCards extends CachedSavedCards {

    public List<String> cardsOf(String customer) {
        return List.of();
    }

    public void forget(String customer) {
    }

    public void refresh() {
    }

    /** Writes the audit trail of {@code customer} to the log. */
    public abstract void audit(String customer);
}
