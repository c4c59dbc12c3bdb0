package dev.readiness.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server standing in for GitHub (its REST API and release downloads) for the action's scripts: it gives
 * the answer set up for a method and request URI ("GET /repos/acme/shop/issues/7/comments?per_page=100&page=1"),
 * 404 to anything else, like GitHub, and records every request it was sent.
 */
final class GitHubStub implements AutoCloseable {

    /** A request as the server received it. */
    record Request(String method, String uri, String authorization, String body) {

        /** "METHOD URI", what a test usually checks first. */
        String line() {
            return method + " " + uri;
        }
    }

    private record Answer(int status, byte[] body) {
    }

    private static final Answer NOT_FOUND = new Answer(404,
            "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private GitHubStub(HttpServer server) {
        this.server = server;
    }

    static GitHubStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        GitHubStub stub = new GitHubStub(server);
        server.createContext("/", stub::handle);
        server.start();
        return stub;
    }

    /** The base URL, "http://127.0.0.1:PORT", without a trailing slash. */
    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    GitHubStub answer(String method, String uri, int status, String body) {
        return answer(method, uri, status, body.getBytes(StandardCharsets.UTF_8));
    }

    GitHubStub answer(String method, String uri, int status, byte[] body) {
        answers.put(method + " " + uri, new Answer(status, body));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String uri = exchange.getRequestURI().toString();
            requests.add(new Request(exchange.getRequestMethod(), uri,
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + uri, NOT_FOUND);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
