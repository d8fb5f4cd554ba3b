package org.jixiao.support.sso;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A Spring application (ours, or the test IdP) in a JVM of its own, on the test classpath, configured through the
 * environment and arguments. A second Spring application inside the test JVM would share Spring Security's static
 * context holder with the suite's one context (docs/development.md), so anything with other settings runs here.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private ChildJvm(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts {@code mainClass} with {@code --server.port=port} and the arguments; the environment replaces ours where named. */
    public static ChildJvm start(String mainClass, int port, List<String> arguments, Map<String, String> environment,
                                 String memory) throws IOException {
        Path log = Files.createTempFile("child-" + mainClass.substring(mainClass.lastIndexOf('.') + 1) + "-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + memory, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass,
                "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("JIXIAO_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        ChildJvm child = new ChildJvm(builder.start(), log, port);
        Runtime.getRuntime().addShutdownHook(new Thread(child.process::destroyForcibly));
        return child;
    }

    public int port() {
        return port;
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Waits, without credentials, until {@code path} answers {@code status}; fails with the child's log. */
    public void awaitStatus(String host, String path, int status, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            await("child JVM answering " + status + " on " + path).atMost(timeout).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> statusOf(http, host, path) == status);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("child JVM did not answer " + status + " on " + path + " in " + timeout
                    + ":\n" + output(), e);
        }
    }

    /** The status {@code path} answers, -1 while nothing listens yet; fails when the child has stopped. */
    private int statusOf(HttpClient http, String host, String path) throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("child JVM stopped:\n" + output()); // ends the wait at once
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1; // still starting
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
