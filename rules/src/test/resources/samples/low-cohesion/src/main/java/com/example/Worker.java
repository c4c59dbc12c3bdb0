package com.example;

import java.util.ArrayList;
import java.util.List;

/** A lone method on a configuration flag is a group of LCOM4, but not a responsibility worth a class. */
public class Worker {

    private final List<String> queue = new ArrayList<>();
    private int processed;
    private boolean strict;

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public void submit(String job) {
        if (job != null) {
            queue.add(job);
        }
    }

    public String next() {
        processed++;
        return queue.remove(0);
    }

    public int pending() {
        return queue.size() - processed;
    }

    public void shutdown() {
        if (strict) {
            throw new IllegalStateException("strict shutdown");
        }
    }
}
