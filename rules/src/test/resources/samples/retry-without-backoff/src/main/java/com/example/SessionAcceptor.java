package com.example;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

public class SessionAcceptor {

    private final ServerSocket server;
    private final List<Socket> sessions;
    private volatile boolean shutdown;

    SessionAcceptor(ServerSocket server, List<Socket> sessions) {
        this.server = server;
        this.sessions = sessions;
    }

    // a near miss rewritten from a database's network server: it leaves only on shutdown, and a client accepted is
    // served and the loop goes on to the next one; a failed accept is followed by the next client's, no retry
    void serve() {
        for (;;) {
            try {
                Socket client = server.accept();
                if (shutdown) {
                    client.close();
                    return;
                }
                client.setKeepAlive(true);
                sessions.add(client);
            } catch (IOException e) {
                System.getLogger("server").log(System.Logger.Level.WARNING, "accept failed", e);
            }
        }
    }

    private int buffered;

    private void failed(IOException e) throws IOException {
        System.getLogger("server").log(System.Logger.Level.ERROR, "client socket", e);
        throw e;
    }

    // a near miss rewritten from the same server: the catch hands the failure to a method that logs and rethrows it
    void fill(java.io.InputStream in, byte[] buffer, int needed) throws IOException {
        while (buffered < needed) {
            try {
                int read = in.read(buffer, buffered, buffer.length - buffered);
                if (read == -1) {
                    break;
                }
                buffered += read;
            } catch (IOException e) {
                failed(e);
            }
        }
    }

    // a near miss rewritten from a chat server's connection race: the loop schedules one attempt per address; the
    // try and its return belong to the task, which runs once
    void race(java.util.function.Supplier<java.net.InetSocketAddress> resolver,
              java.util.concurrent.ExecutorService executor) {
        int scheduled = 0;
        while (scheduled < 3) {
            java.net.InetSocketAddress address = resolver.get();
            java.util.concurrent.Callable<Socket> attempt = () -> {
                try {
                    Socket socket = new Socket();
                    socket.connect(address);
                    return socket;
                } catch (IOException e) {
                    return null;
                }
            };
            executor.submit(attempt);
            scheduled++;
        }
    }

    interface Attempts {
        void onError(Exception failure) throws Exception;

        void onComplete();
    }

    // a near miss rewritten from a retry library: the catch hands the failure to the policy object, which waits its
    // configured interval (or gives up by throwing) before the loop goes round again
    void runWith(Attempts attempts, java.util.concurrent.Callable<Void> task) throws Exception {
        do {
            try {
                task.call();
                attempts.onComplete();
                break;
            } catch (Exception exception) {
                attempts.onError(exception);
            }
        } while (true);
    }

    // a logger that takes the failure decides nothing: the same call comes again at once
    void runLogging(java.util.concurrent.Callable<Void> task) {
        do { // expect: hygiene/retry-without-backoff
            try {
                task.call();
                break;
            } catch (Exception exception) {
                System.getLogger("server").log(System.Logger.Level.WARNING, "failed", exception);
                logger.onError(exception);
            }
        } while (true);
    }

    private final Attempts logger = null;

    // polling until the answer is good leaves at the end of the try block: a retry, which waits for nothing
    Socket connectWhenReady(String host, int port) {
        while (true) { // expect: hygiene/retry-without-backoff
            try {
                Socket socket = new Socket(host, port);
                if (socket.isConnected()) {
                    return socket;
                }
            } catch (IOException e) {
                System.getLogger("server").log(System.Logger.Level.DEBUG, "not yet", e);
            }
        }
    }
}
