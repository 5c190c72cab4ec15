package cn.zhengwu.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.account.Account;
import cn.zhengwu.identity.account.Accounts;
import cn.zhengwu.identity.account.PasswordPolicy;
import cn.zhengwu.identity.account.Role;
import cn.zhengwu.identity.account.Roles;
import cn.zhengwu.identity.security.PasswordHolder;
import cn.zhengwu.identity.security.SignInOutcomes;
import cn.zhengwu.identity.token.ApiToken;
import cn.zhengwu.identity.token.ApiTokens;
import cn.zhengwu.identity.token.TokenSecrets;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The identity module's facade: accounts, roles and their grants, clearance, API tokens, the active post
 * and signing out everywhere. The separation of the three administrators (三员分立) is enforced here:
 * the system administrator opens and closes accounts, the security administrator grants roles and
 * clearance, the audit administrator only reads the audit trail; no account holds two of those roles and
 * nobody changes their own roles.
 */
@Service
@Validated
@Transactional
public class IdentityManagement {

    private static final Logger log = LoggerFactory.getLogger(IdentityManagement.class);

    /** A token lives at most a year; departments' systems renew them. */
    public static final int LONGEST_TOKEN_DAYS = 366;

    /** Enough to pick a person by name; more means the search needs more letters. */
    static final int PEOPLE_TO_LINK = 20;

    /** The permissions of the three administrators: never granted through a role of the office's own. */
    private static final Set<Permission> ADMINISTRATIVE = Set.of(Permission.ACCOUNT_MANAGE, Permission.ROLE_ASSIGN,
        Permission.AUDIT_READ);

    private static final String ACCOUNT_MANAGE = "hasAuthority('PERM_ACCOUNT_MANAGE')";
    private static final String ROLE_ASSIGN = "hasAuthority('PERM_ROLE_ASSIGN')";

    private final Accounts accounts;
    private final Roles roles;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final OrganizationManagement organization;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final AuthenticationManager authentication;
    private final SignInOutcomes signIns;
    private final TransactionTemplate transactions;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityManagement(Accounts accounts, Roles roles, ApiTokens tokens, PasswordEncoder passwords,
            OrganizationManagement organization, FindByIndexNameSessionRepository<?> sessions,
            AuthenticationManager authentication, SignInOutcomes signIns, TransactionTemplate transactions,
            ActorContext actors, ApplicationEventPublisher events, Clock clock) {
        this.authentication = authentication;
        this.signIns = signIns;
        this.transactions = transactions;
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
        this.passwords = passwords;
        this.organization = organization;
        this.sessions = sessions;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    // ---- accounts ------------------------------------------------------------------------------------

    @PreAuthorize(ACCOUNT_MANAGE + " or " + ROLE_ASSIGN)
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts() {
        return accounts.findAllInOrder().stream().map(Account::summary).toList();
    }

    @PreAuthorize(ACCOUNT_MANAGE + " or " + ROLE_ASSIGN)
    @Transactional(readOnly = true)
    public AccountSummary account(AccountId id) {
        return load(id).summary();
    }

    /** The accounts of a person (usually one). */
    @Transactional(readOnly = true)
    public List<AccountSummary> accountsOf(PersonId person) {
        return accounts.findByPersonId(person.value()).stream().map(Account::summary).toList();
    }

    /**
     * People of the directory whose name matches, to link a new account to: each with their principal post, so
     * that namesakes can be told apart.
     */
    @PreAuthorize(ACCOUNT_MANAGE)
    @Transactional(readOnly = true)
    public List<PersonCandidate> peopleToLink(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return organization.searchPeople(text, PEOPLE_TO_LINK).stream()
            .map(person -> candidate(person.id(), person.name()))
            .toList();
    }

    /** The person an account belongs to, if it is linked to one. */
    @PreAuthorize(ACCOUNT_MANAGE + " or " + ROLE_ASSIGN)
    @Transactional(readOnly = true)
    public Optional<PersonCandidate> linkedPerson(AccountId id) {
        PersonId person = load(id).person();
        return person == null ? Optional.empty()
            : organization.nameOf(person).map(name -> candidate(person, name));
    }

    /**
     * Opens an account. Roles may be given at once only by someone who may also grant roles; otherwise the
     * security administrator grants them afterwards.
     */
    @PreAuthorize(ACCOUNT_MANAGE)
    public AccountSummary openAccount(@Valid NewAccount request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw BusinessRuleViolation.conflict("identity.account.username.taken", request.username());
        }
        if (request.person() != null && organization.nameOf(request.person()).isEmpty()) {
            throw BusinessRuleViolation.notFound("organization.person.notFound", request.person());
        }
        checkPassword(request.password(), request.username());
        if (!request.roles().isEmpty()) {
            if (!actors.current().may(Permission.ROLE_ASSIGN)) {
                throw BusinessRuleViolation.forbidden("identity.role.assignNeedsSecurityAdministrator");
            }
            checkRoles(request.roles());
        }
        Account account = accounts.save(new Account(request.username(), request.displayName(), request.person(),
            Objects.requireNonNull(passwords.encode(request.password())), Objects.requireNonNull(request.clearance()),
            request.roles(), clock.instant()));
        events.publishEvent(new AccountEvent(AccountEvent.OPENED, account.username(),
            account.displayName() + " " + account.clearance() + " " + sorted(account.roles())));
        return account.summary();
    }

    @PreAuthorize(ROLE_ASSIGN)
    public AccountSummary assignRoles(AccountId id, Set<String> roleCodes) {
        Account account = load(id);
        if (account.username().equalsIgnoreCase(actors.current().username())) {
            throw BusinessRuleViolation.forbidden("identity.role.notOwn");
        }
        checkRoles(roleCodes);
        String before = sorted(account.roles());
        account.grant(roleCodes);
        events.publishEvent(new AccountEvent(AccountEvent.ROLES_CHANGED, account.username(),
            before + " → " + sorted(roleCodes)));
        endSessions(account.username());
        return account.summary();
    }

    @PreAuthorize(ROLE_ASSIGN)
    public AccountSummary setClearance(AccountId id, SecurityClassification clearance) {
        Account account = load(id);
        if (account.username().equalsIgnoreCase(actors.current().username())) {
            throw BusinessRuleViolation.forbidden("identity.role.notOwn");
        }
        SecurityClassification before = account.clearance();
        account.clear(clearance);
        events.publishEvent(new AccountEvent(AccountEvent.CLEARANCE_CHANGED, account.username(),
            before + " → " + clearance));
        endSessions(account.username());
        return account.summary();
    }

    @PreAuthorize(ACCOUNT_MANAGE)
    public AccountSummary enable(AccountId id, boolean enabled) {
        Account account = load(id);
        if (!enabled && account.username().equalsIgnoreCase(actors.current().username())) {
            throw BusinessRuleViolation.invalid("identity.account.notOwnDisable");
        }
        account.enable(enabled);
        events.publishEvent(new AccountEvent(enabled ? AccountEvent.ENABLED : AccountEvent.DISABLED,
            account.username(), ""));
        if (!enabled) {
            endSessions(account.username());
        }
        return account.summary();
    }

    @PreAuthorize(ACCOUNT_MANAGE)
    public AccountSummary unlock(AccountId id) {
        Account account = load(id);
        account.unlock();
        events.publishEvent(new AccountEvent(AccountEvent.UNLOCKED, account.username(), ""));
        return account.summary();
    }

    @PreAuthorize(ACCOUNT_MANAGE)
    public AccountSummary resetPassword(AccountId id, String newPassword) {
        Account account = load(id);
        checkPassword(newPassword, account.username());
        account.changePassword(Objects.requireNonNull(passwords.encode(newPassword)), clock.instant());
        events.publishEvent(new AccountEvent(AccountEvent.PASSWORD_CHANGED, account.username(), "reset"));
        endSessions(account.username());
        return account.summary();
    }

    // ---- the signed-in person's own account -----------------------------------------------------------

    /** The signed-in person's account, roles and current posts, in one transaction (the API's {@code /me}). */
    @Transactional(readOnly = true)
    public Profile myProfile() {
        Account account = current();
        List<RoleSummary> granted = roles.findAllById(account.roles()).stream().map(Role::summary)
            .sorted(Comparator.comparing(RoleSummary::code)).toList();
        PersonId person = account.person();
        return new Profile(account.summary(), granted,
            person == null ? List.of() : organization.currentPostsOf(person));
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = current();
        if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw BusinessRuleViolation.invalid("identity.password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw BusinessRuleViolation.invalid("identity.password.unchanged");
        }
        checkPassword(newPassword, account.username());
        account.changePassword(Objects.requireNonNull(passwords.encode(newPassword)), clock.instant());
        events.publishEvent(new AccountEvent(AccountEvent.PASSWORD_CHANGED, account.username(), "self"));
    }

    /** Remembers the language the person chose, for every device they sign in on. */
    public void preferLanguage(String languageTag) {
        current().prefer(languageTag);
    }

    /** Acts from now on in another of the person's current posts (切换岗位). */
    public void switchPost(UUID postId) {
        Account account = current();
        PersonId person = account.person();
        boolean holds = person != null && organization.currentPostsOf(person).stream()
            .anyMatch(post -> post.id().value().equals(postId));
        if (!holds) {
            throw BusinessRuleViolation.invalid("identity.post.notHeld");
        }
        account.actIn(postId);
        events.publishEvent(new AccountEvent(AccountEvent.POST_SWITCHED, account.username(), postId.toString()));
    }

    /** Ends every session of the signed-in person, on every device and node (退出所有设备). */
    public int signOutEverywhere() {
        Account account = current();
        int ended = endSessions(account.username());
        log.info("{} signed out everywhere: {} sessions ended", account.username(), ended);
        events.publishEvent(new AccountEvent(AccountEvent.SIGNED_OUT_EVERYWHERE, account.username(),
            ended + " sessions"));
        return ended;
    }

    // ---- API tokens ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> myTokens() {
        return tokens.findByAccountIdOrderByCreatedAtDesc(current().id().value()).stream()
            .map(ApiToken::summary).toList();
    }

    /** Issues a token for the signed-in person; the secret is returned once. */
    public IssuedToken issueToken(String name, @Nullable Integer validDays) {
        Account account = current();
        return issue(account.id(), account.username(), name, validDays);
    }

    public void revokeToken(UUID tokenId) {
        Account account = current();
        ApiToken token = tokens.findById(tokenId)
            .filter(found -> found.accountId().equals(account.id().value())
                || actors.current().may(Permission.ACCOUNT_MANAGE))
            .orElseThrow(() -> BusinessRuleViolation.notFound("identity.token.notFound", tokenId));
        if (token.summary().revokedAt() != null) {
            throw BusinessRuleViolation.conflict("identity.token.alreadyRevoked");
        }
        token.revoke(clock.instant());
        events.publishEvent(new AccountEvent(AccountEvent.TOKEN_REVOKED, account.username(), token.name()));
    }

    // ---- roles ---------------------------------------------------------------------------------------

    @PreAuthorize(ACCOUNT_MANAGE + " or " + ROLE_ASSIGN)
    @Transactional(readOnly = true)
    public List<RoleSummary> roles() {
        return roles.findAll().stream().map(Role::summary)
            .sorted(Comparator.comparing(RoleSummary::builtIn).reversed()
                .thenComparing(RoleSummary::code))
            .toList();
    }

    /** What a role of the office's own may grant: every permission but those of the three administrators. */
    public static List<Permission> grantablePermissions() {
        return Arrays.stream(Permission.values()).filter(permission -> !ADMINISTRATIVE.contains(permission)).toList();
    }

    /** Adds a role of the office's own; it can never be an administrator role. */
    @PreAuthorize(ROLE_ASSIGN)
    public RoleSummary createRole(String code, String name, Map<Permission, DataScope> grants) {
        String normalized = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalized.matches("[A-Z][A-Z0-9_]{2,39}")) {
            throw BusinessRuleViolation.invalid("identity.role.code.invalid");
        }
        if (name.isBlank() || name.length() > 100) {
            throw BusinessRuleViolation.invalid("identity.role.name.invalid");
        }
        if (roles.existsById(normalized)) {
            throw BusinessRuleViolation.conflict("identity.role.code.taken", normalized);
        }
        checkGrantsAreNotAdministrative(grants);
        Role role = roles.save(new Role(normalized, name.strip(), grants));
        events.publishEvent(new AccountEvent("identity.role.created", actors.current().username(),
            normalized + " " + grants));
        return role.summary();
    }

    @PreAuthorize(ROLE_ASSIGN)
    public RoleSummary regrantRole(String code, Map<Permission, DataScope> grants) {
        Role role = roles.findById(code)
            .orElseThrow(() -> BusinessRuleViolation.notFound("identity.role.notFound", code));
        if (role.builtIn()) {
            throw BusinessRuleViolation.invalid("identity.role.builtInFixed");
        }
        checkGrantsAreNotAdministrative(grants);
        role.regrant(grants);
        events.publishEvent(new AccountEvent("identity.role.regranted", actors.current().username(),
            code + " " + grants));
        return role.summary();
    }

    // ---- rules ---------------------------------------------------------------------------------------

    /**
     * A new token, written at once: the audit trail's entries of a transaction are appended just before its
     * commit, and the chain stays locked from then until the commit.
     */
    private IssuedToken issue(AccountId account, String username, String name, @Nullable Integer validDays) {
        if (name.isBlank() || name.length() > 100) {
            throw BusinessRuleViolation.invalid("identity.token.name.invalid");
        }
        if (validDays != null && (validDays < 1 || validDays > LONGEST_TOKEN_DAYS)) {
            throw BusinessRuleViolation.invalid("identity.token.validDays.invalid", LONGEST_TOKEN_DAYS);
        }
        Instant now = clock.instant();
        String secret = TokenSecrets.newSecret();
        ApiToken token = tokens.saveAndFlush(new ApiToken(account.value(), name.strip(), TokenSecrets.hash(secret),
            now, validDays == null ? null : now.plus(Duration.ofDays(validDays))));
        events.publishEvent(new AccountEvent(AccountEvent.TOKEN_ISSUED, username, token.name()));
        return new IssuedToken(secret, token.summary());
    }

    /**
     * {@code POST /api/v1/tokens}: the same checks as form sign-in (and the same lockout), then a token. The
     * password check runs outside any transaction: a failure records its outcome in a transaction of its own,
     * and a request holding one connection while waiting for a second would exhaust the pool under load. A
     * success is recorded in the transaction that issues the token, for the account the check read.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssuedToken issueTokenBySignIn(String username, String password, String name) {
        var signedIn = authentication.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(username.strip(), password));
        PasswordHolder holder = (PasswordHolder) Objects.requireNonNull(signedIn.getPrincipal());
        return Objects.requireNonNull(transactions.execute(status -> {
            signIns.signedInWithPassword(holder);
            return issue(holder.account(), holder.getUsername(), name, null);
        }));
    }

    /** 三员分立: at most one administrator role, and every role must exist. */
    private void checkRoles(Set<String> roleCodes) {
        List<Role> found = roles.findAllById(roleCodes);
        if (found.size() != roleCodes.size()) {
            Set<String> known = found.stream().map(Role::code).collect(Collectors.toSet());
            throw BusinessRuleViolation.notFound("identity.role.notFound",
                roleCodes.stream().filter(code -> !known.contains(code)).sorted().collect(Collectors.joining(", ")));
        }
        long administratorKinds = found.stream().map(Role::administratorKind).filter(Objects::nonNull)
            .distinct().count();
        if (administratorKinds > 1) {
            throw BusinessRuleViolation.invalid("identity.role.threeAdministrators");
        }
    }

    /** Administrator permissions stay with the three built-in administrator roles. */
    private static void checkGrantsAreNotAdministrative(Map<Permission, DataScope> grants) {
        if (grants.keySet().stream().anyMatch(ADMINISTRATIVE::contains)) {
            throw BusinessRuleViolation.invalid("identity.role.administrativeGrant");
        }
    }

    private void checkPassword(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw BusinessRuleViolation.invalid(key);
        });
    }

    private PersonCandidate candidate(PersonId person, String name) {
        return new PersonCandidate(person, name,
            organization.currentPostsOf(person).stream().findFirst().map(PostSummary::label).orElse(null));
    }

    private int endSessions(String username) {
        var found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }

    private Account current() {
        Actor actor = actors.current();
        return accounts.findByUsername(actor.username())
            .orElseThrow(() -> BusinessRuleViolation.forbidden("identity.api.unauthenticated"));
    }

    private Account load(AccountId id) {
        return accounts.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("identity.account.notFound", id));
    }

    private static String sorted(Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(",", "[", "]"));
    }
}
