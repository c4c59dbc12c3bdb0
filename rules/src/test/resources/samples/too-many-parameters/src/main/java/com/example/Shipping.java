package com.example;

import java.util.List;

public class Shipping implements Quoter {

    // 6 constructor parameters: above the constructor threshold of 5
    // expect: modularity/too-many-parameters "Constructor 'Shipping' has 6 parameters (threshold 5)"
    public Shipping(String origin, String destination, int weight, int width, int height, boolean express) {
    }

    // 5 constructor parameters: allowed
    public Shipping(String origin, String destination, int weight, int width, int height) {
    }

    // 5 method parameters: above the method threshold of 4
    // expect: modularity/too-many-parameters "Method 'cost' has 5 parameters (threshold 4)"
    public int cost(String origin, String destination, int weight, int width, boolean express) {
        return 0;
    }

    // 4 method parameters: allowed
    public int cost(String origin, String destination, int weight, int width) {
        return 0;
    }

    // @Override: the signature belongs to Quoter, reported there
    @Override
    public int quote(String origin, String destination, int weight, int width, int height) {
        return 0;
    }

    public Runnable later() {
        return new Runnable() {
            @Override
            public void run() {
            }

            // methods of anonymous classes are checked like any other
            void helper(int a, int b, int c, int d, int e) { // expect: modularity/too-many-parameters
            }
        };
    }

    private static int varargs(String first, int... rest) {
        return rest.length;
    }
}

interface Quoter {
    int quote(String origin, String destination, int weight, int width, int height); // expect: modularity/too-many-parameters
}

record Parcel(String id, String origin, String destination, int weight, int width, int height, List<String> tags) {

    // canonical constructor: repeats the record header, not reported
    Parcel(String id, String origin, String destination, int weight, int width, int height, List<String> tags) {
        this.id = id;
        this.origin = origin;
        this.destination = destination;
        this.weight = weight;
        this.width = width;
        this.height = height;
        this.tags = List.copyOf(tags);
    }

    // a non-canonical constructor with 6 parameters is reported
    Parcel(String id, String origin, String destination, int weight, int width, int height) { // expect: modularity/too-many-parameters
        this(id, origin, destination, weight, width, height, List.of());
    }

    static Parcel of(String id, String origin, String destination, int weight, int size) { // expect: modularity/too-many-parameters
        return new Parcel(id, origin, destination, weight, size, size);
    }
}

record Label(String id, String text, String font, int size, int x, int y) {

    // compact constructor: not reported
    Label {
        text = text.strip();
    }
}

/** A node class whose all-arguments constructor a generator writes and rewrites from the node's properties. */
class ParcelNode {

    private final String id;
    private final String sender;
    private final String receiver;
    private final int weight;
    private final int width;
    private final int height;

    // generated: not reported
    @javax.annotation.processing.Generated("com.example.tools.NodeGenerator")
    ParcelNode(String id, String sender, String receiver, int weight, int width, int height) {
        this.id = id;
        this.sender = sender;
        this.receiver = receiver;
        this.weight = weight;
        this.width = width;
        this.height = height;
    }
}

/** A tracking log whose overloads spell out their varargs so a call allocates no array. */
interface TrackingLog {

    // p0 to p3 stand for one varargs list: 2 parameters as a caller fills them in; not reported
    void record(String event, Object p0, Object p1, Object p2, Object p3);

    // coordinates in pairs can be mixed up: reported
    void route(int x1, int y1, int x2, int y2, int speed); // expect: modularity/too-many-parameters "has 5 parameters"
}
