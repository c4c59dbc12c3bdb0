package com.example.api;

import java.util.List;

/**
 * The cards a customer saved, newest first.
 */

public interface SavedCards {

    /**
     * The saved cards of {@code customer}; empty when there are none.
     */

    @Deprecated
    List<String> cardsOf(String customer);

    @SuppressWarnings("unused")
    /** Forgets every saved card of {@code customer}. */
    void forget(String customer);

    /** Saves {@code card} for {@code customer}. */
    // kept for the old checkout
    void save(String customer, String card);
}
