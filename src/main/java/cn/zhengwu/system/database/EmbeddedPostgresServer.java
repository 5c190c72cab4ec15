package cn.zhengwu.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL 17 server per data directory and JVM, shared by every application context that uses that
 * directory (tests cache several contexts) and stopped when the last one closes.
 *
 * <p>Two things zonky does not do for us: it turns {@code fsync} off, which is not acceptable for real data,
 * and a JVM killed with {@code kill -9} leaves its postmaster running, which would make the next start hang;
 * we stop such an orphan first.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> running = new HashMap<>();
    private static @Nullable Path ephemeralBase;

    private final Path dataDirectory;
    private final boolean ephemeral;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path dataDirectory, boolean ephemeral, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer acquire(EmbeddedPostgresProperties properties) {
        Path base = properties.ephemeral() ? temporaryDirectory() : properties.directory().toAbsolutePath();
        Path data = base.resolve("pg");
        EmbeddedPostgresServer server = running.get(data);
        if (server == null) {
            server = start(base, data, properties);
            running.put(data, server);
        }
        server.users++;
        return server;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    synchronized void release() {
        if (--users > 0) {
            return;
        }
        synchronized (EmbeddedPostgresServer.class) {
            running.remove(dataDirectory);
        }
        try {
            postgres.close();
            if (ephemeral) {
                deleteRecursively(dataDirectory.getParent());
                synchronized (EmbeddedPostgresServer.class) {
                    ephemeralBase = null;
                }
            }
        }
        catch (IOException e) {
            log.warn("Embedded PostgreSQL in {} did not stop cleanly", dataDirectory, e);
        }
    }

    private static EmbeddedPostgresServer start(Path base, Path data, EmbeddedPostgresProperties properties) {
        try {
            Path binaries = base.resolve("pg-bin");
            Files.createDirectories(binaries);
            stopOrphan(data);
            log.info("Starting embedded PostgreSQL with data in {}", data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(properties.port() == 0 ? freePort() : properties.port())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky turns both off for speed; real data must survive a power cut.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start();
            tightenPermissions(binaries);
            return new EmbeddedPostgresServer(data, properties.ephemeral(), postgres);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    /** A postmaster left by a JVM that was killed still holds the directory: stop it (fast shutdown). */
    private static void stopOrphan(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
            .map(String::trim).filter(line -> line.matches("\\d+"))
            .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
            .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            Files.delete(pidFile);
            return;
        }
        log.warn("Stopping PostgreSQL {} left running by an earlier process", orphan.get().pid());
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(orphan.get().pid())).start().waitFor();
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping an orphaned PostgreSQL", e);
        }
        catch (Exception e) {
            throw new IOException("Could not stop the orphaned PostgreSQL " + orphan.get().pid(), e);
        }
    }

    /** zonky unpacks the binaries world-writable. */
    private static void tightenPermissions(Path binaries) throws IOException {
        try (Stream<Path> files = Files.walk(binaries)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isSymbolicLink(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) || Files.isExecutable(file) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One temporary directory per JVM, so that every test context shares one throw-away cluster. */
    private static Path temporaryDirectory() {
        try {
            if (ephemeralBase == null) {
                ephemeralBase = Files.createTempDirectory("zhengwu-pg-");
            }
            return ephemeralBase;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
