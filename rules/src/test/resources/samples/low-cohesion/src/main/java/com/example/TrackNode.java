package com.example;

/**
 * A node linked into two orderings at once, one slot per ordering: keyed getters and setters expose its
 * state and are no responsibility of their own.
 */
public class TrackNode {

    private final TrackNode[] previous = new TrackNode[2];
    private final TrackNode[] next = new TrackNode[2];
    private final boolean[] marked = new boolean[2];
    private final String label;

    public TrackNode(String label) {
        this.label = label;
    }

    public TrackNode getPrevious(int ordering) {
        return previous[ordering];
    }

    public void setPrevious(int ordering, TrackNode node) {
        if (node == this) {
            throw new IllegalArgumentException("a node cannot precede itself");
        }
        previous[ordering] = node;
    }

    public TrackNode getNext(int ordering) {
        return next[ordering];
    }

    public void setNext(int ordering, TrackNode node) {
        if (node == this) {
            throw new IllegalArgumentException("a node cannot follow itself");
        }
        next[ordering] = node;
    }

    public boolean isMarked(int ordering) {
        return marked[ordering];
    }

    public void setMarked(int ordering, boolean value) {
        marked[ordering] = value;
    }

    public void copyMark(TrackNode other, int ordering) {
        marked[ordering] = other.marked[ordering];
    }

    public void swapMarks(TrackNode other, int ordering) {
        boolean mine = marked[ordering];
        marked[ordering] = other.marked[ordering];
        other.marked[ordering] = mine;
    }

    public String describe() {
        return label.isEmpty() ? "(unnamed)" : label;
    }
}
