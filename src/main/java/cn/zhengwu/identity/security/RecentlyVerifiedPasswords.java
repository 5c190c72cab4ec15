package cn.zhengwu.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a short while that a password matched its stored hash, so that a department's system signing
 * in again and again is not charged a full BCrypt check (about 70 ms of a core) every time (ADR 0014).
 *
 * <p>What is kept is an HMAC-SHA-256 of the password under a key that exists only in this node's memory, filed
 * under the stored hash: a changed password has a new hash and starts afresh, and nothing is shared between
 * nodes or written anywhere. A password that does not match the remembered one always gets the full check, so
 * guessing costs what it cost before and every failure still counts towards the lockout.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private static final String ALGORITHM = "HmacSHA256";

    private final PasswordEncoder hashing;
    private final SecretKeySpec key;
    private final Cache<String, byte[]> verified;

    RecentlyVerifiedPasswords(PasswordEncoder hashing, Duration remembered) {
        this(hashing, remembered, Ticker.systemTicker());
    }

    RecentlyVerifiedPasswords(PasswordEncoder hashing, Duration remembered, Ticker ticker) {
        this.hashing = hashing;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.verified = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(10_000).ticker(ticker).build();
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return hashing.encode(rawPassword);
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashing.matches(rawPassword, encodedPassword);
        }
        byte[] fingerprint = fingerprint(rawPassword);
        byte[] known = verified.getIfPresent(encodedPassword);
        if (known != null && MessageDigest.isEqual(known, fingerprint)) {
            return true;
        }
        boolean matches = hashing.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(encodedPassword, fingerprint);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private byte[] fingerprint(CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException impossible) {
            // Every Java runtime must provide HmacSHA256.
            throw new IllegalStateException(impossible);
        }
    }
}
