package cn.zhengwu.demo.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one password of every demo account: the configured one ({@code ZHENGWU_DEMO_PASSWORD}), or one generated
 * at the first start and kept, readable by its owner only, in {@value #FILE_NAME} beside the embedded database.
 */
class DemoPassword {

    static final String FILE_NAME = "demo-password.txt";

    private static final Logger log = LoggerFactory.getLogger(DemoPassword.class);
    private static final int LENGTH = 16;
    // Look-alike characters (I, l, 1, O, 0) are left out: people type this password from a log.
    private static final List<String> KINDS = List.of("ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz",
        "23456789", "-_!@#%+=");

    private final @Nullable String configured;
    private final Path file;
    private final RandomGenerator random;

    DemoPassword(@Nullable String configured, Path directory) {
        this(configured, directory, new SecureRandom());
    }

    DemoPassword(@Nullable String configured, Path directory, RandomGenerator random) {
        this.configured = configured == null || configured.isBlank() ? null : configured;
        this.file = directory.resolve(FILE_NAME);
        this.random = random;
    }

    /** The password to open the demo accounts with: the configured one, else the saved one, else a new one. */
    String obtain(List<String> usernames) {
        if (configured != null) {
            return configured;
        }
        return saved().orElseGet(() -> generateAndSave(usernames));
    }

    /** The password as the welcome message states it. */
    String describe() {
        if (configured != null) {
            return "the value of ZHENGWU_DEMO_PASSWORD (zhengwu.demo.password)";
        }
        return saved().map(password -> password + "   (kept in " + file + ")")
            .orElse("unknown: " + file + " is missing; stop Zhengwu and delete " + file.getParent()
                + " to start over with a new demo city");
    }

    private Optional<String> saved() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo password from " + file, e);
        }
    }

    private String generateAndSave(List<String> usernames) {
        String password = generate(usernames);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not save the demo password in " + file, e);
        }
        log.info("Generated the demo password and saved it in {}", file);
        return password;
    }

    /**
     * Characters of all four kinds, so the password policy (口令规则) accepts it, and no username in it, which the
     * policy forbids.
     */
    String generate(List<String> usernames) {
        while (true) {
            List<Character> characters = new ArrayList<>();
            for (int i = 0; i < LENGTH; i++) {
                String kind = KINDS.get(i % KINDS.size());
                characters.add(kind.charAt(random.nextInt(kind.length())));
            }
            Collections.shuffle(characters, random);
            StringBuilder password = new StringBuilder();
            characters.forEach(password::append);
            String candidate = password.toString();
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (usernames.stream().noneMatch(username -> lower.contains(username.toLowerCase(Locale.ROOT)))) {
                return candidate;
            }
        }
    }
}
