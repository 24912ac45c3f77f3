package com.cxcentric.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server 6 domain of its own under target/, driven through asadmin: created with a port
 * base far from the defaults (admin 28048, HTTP 28080) so that it never meets a running portal.
 * The server inherits this JVM's environment, and with it the CX_DB_* settings.
 */
final class PayaraServer {

    static final int PORT_BASE = 28000;
    static final int ADMIN_PORT = PORT_BASE + 48;
    static final int HTTP_PORT = PORT_BASE + 80;
    private static final String DOMAIN = "cxtest";

    private final Path home;
    private final Path domains;

    PayaraServer(Path home, Path domains) {
        this.home = home;
        this.domains = domains;
    }

    /** Creates the domain afresh (nothing deployed from an earlier run) and starts it. */
    void createAndStart() throws IOException, InterruptedException {
        Path domain = domains.resolve(DOMAIN);
        if (Files.isDirectory(domain)) {
            try (var files = Files.walk(domain)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(java.io.File::delete);
            }
        }
        asadmin(
                "create-domain",
                "--nopassword",
                "--portbase",
                String.valueOf(PORT_BASE),
                "--domaindir",
                domains.toString(),
                DOMAIN);
        start();
    }

    void start() throws IOException, InterruptedException {
        asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
    }

    void deploy(Path archive) throws IOException, InterruptedException {
        asadmin("--port", String.valueOf(ADMIN_PORT), "deploy", "--force", "true", archive.toString());
    }

    void stop() throws IOException, InterruptedException {
        asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
    }

    Path serverLog() {
        return domains.resolve(DOMAIN).resolve("logs/server.log");
    }

    private void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("asadmin", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish in 6 minutes");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "asadmin " + String.join(" ", arguments) + " failed (" + process.exitValue() + "):\n" + text);
        }
    }
}
