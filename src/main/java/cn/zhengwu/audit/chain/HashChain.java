package cn.zhengwu.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import cn.zhengwu.audit.AuditEntry;

/**
 * 哈希链 — how an entry of the trail is sealed: SHA-256 over a canonical encoding of all its fields and the
 * hash of the entry before it. Changing, removing or reordering any entry breaks the chain from there on.
 *
 * <p>The encoding writes a version tag and then every field as its UTF-8 length, a colon and its UTF-8 bytes,
 * so that no two different entries encode alike (moving text from one field to the next changes the lengths).
 * The time is written as whole microseconds since the epoch, the precision the database keeps.
 */
public final class HashChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "zhengwu-audit-v1";

    private HashChain() {
    }

    /** The hash the entry must carry: over every field except the hash itself. */
    public static String hashOf(AuditEntry entry) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(256 + entry.details().length() * 3);
        encoded.writeBytes(versionField());
        field(encoded, Long.toString(entry.id()));
        encoded.writeBytes(body(entry));
        field(encoded, entry.previousHash());
        return HexFormat.of().formatHex(sha256().digest(encoded.toByteArray()));
    }

    /**
     * The encoding of the entry's own facts: every field after its id and before the hash it chains to. The
     * database appends an entry with this body and frames it as {@link #hashOf} does: the {@link #versionField}, the
     * id, the body, the previous hash (see {@code AuditEntries.append}).
     */
    public static byte[] body(AuditEntry entry) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(192 + entry.details().length() * 3);
        field(encoded, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, entry.occurredAt())));
        field(encoded, entry.actor());
        field(encoded, entry.postLabel());
        field(encoded, entry.address());
        field(encoded, entry.action());
        field(encoded, entry.subjectType());
        field(encoded, entry.subjectId());
        field(encoded, entry.classification().name());
        field(encoded, entry.details());
        return encoded.toByteArray();
    }

    /** The first field of every encoding: the version tag. */
    public static byte[] versionField() {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(24);
        field(encoded, VERSION);
        return encoded.toByteArray();
    }

    /** The same entry carrying its hash. */
    public static AuditEntry seal(AuditEntry entry) {
        return new AuditEntry(entry.id(), entry.occurredAt(), entry.actor(), entry.postLabel(), entry.address(),
            entry.action(), entry.subjectType(), entry.subjectId(), entry.classification(), entry.details(),
            entry.previousHash(), hashOf(entry));
    }

    /** The database keeps microseconds; an entry is sealed with the time it will read back. */
    public static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    private static void field(ByteArrayOutputStream encoded, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        encoded.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        encoded.write(':');
        encoded.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime provides SHA-256", missing);
        }
    }
}
