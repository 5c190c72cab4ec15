package cn.zhengwu.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.AccountId;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.organization.PersonId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 账号 — what a person signs in with. */
@Entity
@Table(name = "identity_account")
public class Account {

    @Id
    private UUID id = UUID.randomUUID();
    private String username = "";
    private String displayName = "";
    private @Nullable UUID personId;
    private @Nullable String passwordHash;
    @Enumerated(EnumType.STRING)
    private SecurityClassification clearance = SecurityClassification.INTERNAL;
    private boolean enabled = true;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private @Nullable Instant passwordChangedAt;
    private @Nullable String locale;
    private @Nullable UUID activePostId;
    @Column(updatable = false)
    private Instant createdAt = Instant.EPOCH;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_code")
    private Set<String> roles = new HashSet<>();
    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, @Nullable PersonId person, String passwordHash,
            SecurityClassification clearance, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.personId = person == null ? null : person.value();
        this.passwordHash = passwordHash;
        this.passwordChangedAt = createdAt;
        this.clearance = clearance;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    /**
     * Counts a failed sign-in; after {@code limit} in a row the account locks for {@code lockFor}.
     *
     * @return whether this failure locked the account
     */
    public boolean failedSignIn(Instant at, int limit, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = at.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String hash, Instant at) {
        this.passwordHash = hash;
        this.passwordChangedAt = at;
    }

    public void grant(Set<String> roleCodes) {
        roles.clear();
        roles.addAll(roleCodes);
    }

    public void clear(SecurityClassification level) {
        this.clearance = level;
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public void prefer(@Nullable String languageTag) {
        this.locale = languageTag;
    }

    public void actIn(@Nullable UUID postId) {
        this.activePostId = postId;
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable PersonId person() {
        return personId == null ? null : new PersonId(personId);
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public SecurityClassification clearance() {
        return clearance;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean lockedAt(Instant moment) {
        return lockedAt(lockedUntil, moment);
    }

    /** Whether a lock that lasts until the given moment (none when null) is still in force. */
    public static boolean lockedAt(@Nullable Instant lockedUntil, Instant moment) {
        return lockedUntil != null && lockedUntil.isAfter(moment);
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public @Nullable String locale() {
        return locale;
    }

    public @Nullable UUID activePostId() {
        return activePostId;
    }

    public AccountSummary summary() {
        return new AccountSummary(id(), username, displayName, person(), clearance, enabled, lockedUntil,
            Set.copyOf(roles), locale, createdAt);
    }
}
