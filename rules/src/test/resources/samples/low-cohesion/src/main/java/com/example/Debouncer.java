package com.example;

import java.util.ArrayList;
import java.util.List;

/** Collects events and flushes them from a task held in a field: the task ties the two halves together. */
public class Debouncer {

    private final List<String> pending = new ArrayList<>();
    private int flushed;
    private final Runnable flushTask = new Runnable() {
        @Override
        public void run() {
            flushed += pending.size();
            pending.clear();
        }
    };

    public void offer(String event) {
        if (event != null) {
            pending.add(event);
        }
    }

    public int waiting() {
        return pending.isEmpty() ? 0 : pending.size();
    }

    public int flushedSoFar() {
        return flushed > 0 ? flushed : 0;
    }

    public void forget() {
        if (flushed > 0) {
            flushed = 0;
        }
    }
}
