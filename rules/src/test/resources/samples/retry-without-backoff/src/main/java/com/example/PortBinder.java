package com.example;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.SocketException;

public class PortBinder {

    // rewritten from a port search: each round binds the next port, which is no retry of the same attempt
    DatagramSocket firstFreePort(int from, int to) {
        DatagramSocket socket = null;
        int port = from;
        while (port <= to) {
            try {
                socket = new DatagramSocket(port);
                break;
            } catch (SocketException e) {
                port++;
            }
        }
        return socket;
    }

    // the catch counts attempts, but every attempt connects to the same port again
    DatagramSocket bind(int port) throws IOException {
        int failures = 0;
        while (failures < 5) { // expect: hygiene/retry-without-backoff
            try {
                return new DatagramSocket(port);
            } catch (SocketException e) {
                failures++;
            }
        }
        throw new IOException("port " + port + " stays busy");
    }
}
