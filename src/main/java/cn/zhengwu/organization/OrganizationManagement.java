package cn.zhengwu.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.RecordRead;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.organization.delegation.Delegation;
import cn.zhengwu.organization.delegation.Delegations;
import cn.zhengwu.organization.liaison.Liaison;
import cn.zhengwu.organization.liaison.Liaisons;
import cn.zhengwu.organization.person.Person;
import cn.zhengwu.organization.person.Persons;
import cn.zhengwu.organization.person.Post;
import cn.zhengwu.organization.person.Posts;
import cn.zhengwu.organization.person.Secretaries;
import cn.zhengwu.organization.person.Secretary;
import cn.zhengwu.organization.unit.Unit;
import cn.zhengwu.organization.unit.UnitRevisionEntry;
import cn.zhengwu.organization.unit.UnitRevisions;
import cn.zhengwu.organization.unit.UnitTree;
import cn.zhengwu.organization.unit.Units;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organization module's facade: the unit tree, people and posts, secretaries, delegations and liaison
 * contacts. Every rule about who may change what, and within which part of the tree, is enforced here, so
 * the web pages and the REST API cannot differ.
 */
@Service
@Validated
@Transactional
public class OrganizationManagement {

    /** 委托 lasts at most this long; longer absences call for a change of post. */
    static final int LONGEST_DELEGATION_DAYS = 90;

    private static final String READ = "hasAuthority('PERM_ORGANIZATION_READ')";
    private static final String MANAGE = "hasAuthority('PERM_ORGANIZATION_MANAGE')";
    private static final String WORK = "hasAuthority('PERM_OFFICE_WORK')";

    private final Units units;
    private final UnitRevisions revisions;
    private final Persons persons;
    private final Posts posts;
    private final Secretaries secretaries;
    private final Delegations delegations;
    private final Liaisons liaisons;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationManagement(Units units, UnitRevisions revisions, Persons persons, Posts posts,
            Secretaries secretaries, Delegations delegations, Liaisons liaisons, ActorContext actors,
            ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.revisions = revisions;
        this.persons = persons;
        this.posts = posts;
        this.secretaries = secretaries;
        this.delegations = delegations;
        this.liaisons = liaisons;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    // ---- units (机构) -------------------------------------------------------------------------------

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<UnitNode> unitTree(boolean includeInactive) {
        return tree().roots(includeInactive);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public UnitSummary unit(UnitId id) {
        return loadUnit(id).summary();
    }

    /** Any unit by id, for other modules that render names (no permission needed to know a unit's name). */
    @Transactional(readOnly = true)
    public Optional<UnitSummary> findUnit(UnitId id) {
        return units.findById(id.value()).map(Unit::summary);
    }

    /** Any unit by its code (机构代码), for records that name a unit before it exists, such as seeded templates. */
    @Transactional(readOnly = true)
    public Optional<UnitSummary> findUnitByCode(String code) {
        return units.findByCode(code).map(Unit::summary);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<UnitSummary> pathTo(UnitId id) {
        return tree().pathTo(id);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<UnitSummary> childrenOf(UnitId id) {
        return tree().childrenOf(id);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<UnitSummary> allUnits() {
        return units.findAllInOrder().stream().map(Unit::summary).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<UnitRevision> historyOf(UnitId id) {
        return revisions.findByUnitIdOrderByRevisedAtDesc(id.value()).stream()
            .map(UnitRevisionEntry::revision).toList();
    }

    /** Whether the unit is the ancestor itself or lies below it. */
    @Transactional(readOnly = true)
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        return tree().isWithin(unit, ancestor);
    }

    @PreAuthorize(MANAGE)
    public UnitSummary createUnit(@Valid UnitDetails details) {
        UnitTree tree = tree();
        if (details.parent() == null) {
            requireScope(Permission.ORGANIZATION_MANAGE, null, tree);
        }
        else {
            if (!tree.contains(details.parent())) {
                throw BusinessRuleViolation.notFound("organization.unit.notFound", details.parent());
            }
            requireScope(Permission.ORGANIZATION_MANAGE, details.parent(), tree);
        }
        if (units.existsByCodeIgnoreCase(details.code())) {
            throw BusinessRuleViolation.conflict("organization.unit.code.taken", details.code());
        }
        if (units.existsByFullNameAndActiveTrue(details.fullName())) {
            throw BusinessRuleViolation.conflict("organization.unit.name.taken", details.fullName());
        }
        Unit unit = units.save(new Unit(details, now()));
        recordRevision(unit);
        events.publishEvent(new UnitChanged(unit.id(), UnitChanged.Change.CREATED, describe(unit.summary())));
        return unit.summary();
    }

    @PreAuthorize(MANAGE)
    public UnitSummary changeUnit(UnitId id, @Valid UnitDetails details) {
        Unit unit = loadUnit(id);
        UnitTree tree = tree();
        requireScope(Permission.ORGANIZATION_MANAGE, id, tree);
        if (details.parent() != null) {
            if (!tree.contains(details.parent())) {
                throw BusinessRuleViolation.notFound("organization.unit.notFound", details.parent());
            }
            // 不得形成回路: a unit cannot move below itself or below one of its own sub-units.
            if (tree.isWithin(details.parent(), id)) {
                throw BusinessRuleViolation.invalid("organization.unit.cycle");
            }
            requireScope(Permission.ORGANIZATION_MANAGE, details.parent(), tree);
        }
        else if (unit.parent() != null) {
            requireScope(Permission.ORGANIZATION_MANAGE, null, tree);
        }
        if (units.existsByCodeIgnoreCaseAndIdNot(details.code(), id.value())) {
            throw BusinessRuleViolation.conflict("organization.unit.code.taken", details.code());
        }
        if (unit.active() && units.existsByFullNameAndActiveTrueAndIdNot(details.fullName(), id.value())) {
            throw BusinessRuleViolation.conflict("organization.unit.name.taken", details.fullName());
        }
        String before = describe(unit.summary());
        unit.apply(details);
        recordRevision(unit);
        events.publishEvent(new UnitChanged(id, UnitChanged.Change.CHANGED, before + " → " + describe(unit.summary())));
        return unit.summary();
    }

    @PreAuthorize(MANAGE)
    public UnitSummary deactivateUnit(UnitId id) {
        Unit unit = loadUnit(id);
        UnitTree tree = tree();
        requireScope(Permission.ORGANIZATION_MANAGE, id, tree);
        if (tree.childrenOf(id).stream().anyMatch(UnitSummary::active)) {
            throw BusinessRuleViolation.conflict("organization.unit.hasActiveChildren", unit.shortName());
        }
        if (posts.findByUnitIdOrderByRankAscStartedOnAsc(id.value()).stream().anyMatch(post -> !post.ended())) {
            throw BusinessRuleViolation.conflict("organization.unit.hasPosts", unit.shortName());
        }
        unit.deactivate();
        recordRevision(unit);
        events.publishEvent(new UnitChanged(id, UnitChanged.Change.DEACTIVATED, describe(unit.summary())));
        return unit.summary();
    }

    // ---- people and posts (人员与任职) -------------------------------------------------------------

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<PersonSummary> searchPeople(String text, int limit) {
        return persons.search(text.strip(), PageRequest.of(0, Math.clamp(limit, 1, 200))).stream()
            .map(Person::summary).toList();
    }

    /** A person's directory entry, contact numbers included: the read is audited (内部). */
    @PreAuthorize(READ)
    public PersonSummary person(PersonId id) {
        PersonSummary person = loadPerson(id).summary();
        events.publishEvent(new RecordRead("person", id.toString(), person.name(), SecurityClassification.INTERNAL));
        return person;
    }

    /** A person's name, for other modules that show who did something. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(PersonId id) {
        return persons.findById(id.value()).map(Person::name);
    }

    @PreAuthorize(MANAGE)
    public PersonSummary registerPerson(@Valid PersonDetails details) {
        Person person = persons.save(new Person(details, now()));
        events.publishEvent(new PersonChanged(person.id(), PersonChanged.Change.REGISTERED, person.name()));
        return person.summary();
    }

    @PreAuthorize(MANAGE)
    public PersonSummary changePerson(PersonId id, @Valid PersonDetails details) {
        Person person = loadPerson(id);
        requireScopeOverPerson(Permission.ORGANIZATION_MANAGE, id);
        String before = person.name();
        person.apply(details);
        events.publishEvent(new PersonChanged(id, PersonChanged.Change.CHANGED, before + " → " + person.name()));
        return person.summary();
    }

    /** Every post of a person, the current ones first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<PostSummary> postsOf(PersonId person) {
        return summarize(posts.findByPersonIdOrderByStartedOnDesc(person.value())).stream()
            .sorted(Comparator.comparing((PostSummary post) -> post.endedOn() != null)
                .thenComparing(PostSummary::principal, Comparator.reverseOrder()))
            .toList();
    }

    /**
     * The posts a person holds today, principal first: what sign-in offers in the post switcher. Open to the
     * identity module without a permission, because it is asked before anyone is signed in.
     */
    @Transactional(readOnly = true)
    public List<PostSummary> currentPostsOf(PersonId person) {
        LocalDate today = today();
        return summarize(posts.findByPersonIdOrderByStartedOnDesc(person.value())).stream()
            .filter(post -> post.heldOn(today))
            .sorted(Comparator.comparing(PostSummary::principal).reversed())
            .toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<PostSummary> postsIn(UnitId unit) {
        LocalDate today = today();
        return summarize(posts.findByUnitIdOrderByRankAscStartedOnAsc(unit.value())).stream()
            .filter(post -> post.heldOn(today)).toList();
    }

    @PreAuthorize(MANAGE)
    public PostSummary assignPost(PersonId personId, @Valid NewPost post) {
        Person person = loadPerson(personId);
        UnitId unitId = Objects.requireNonNull(post.unit());
        Unit unit = loadUnit(unitId);
        if (!unit.active()) {
            throw BusinessRuleViolation.invalid("organization.post.unitInactive", unit.shortName());
        }
        requireScope(Permission.ORGANIZATION_MANAGE, unitId, tree());
        List<Post> held = posts.findByPersonIdOrderByStartedOnDesc(personId.value());
        boolean duplicate = held.stream().anyMatch(existing -> !existing.ended()
            && existing.unitId().equals(unitId.value()) && existing.title().equals(post.title()));
        if (duplicate) {
            throw BusinessRuleViolation.conflict("organization.post.duplicate", person.name(), unit.shortName(),
                post.title());
        }
        boolean principal = post.principal() || held.stream().noneMatch(existing -> !existing.ended());
        if (principal) {
            held.forEach(Post::notPrincipal);
        }
        Post saved = posts.save(new Post(personId.value(), unitId.value(), post.title(),
            Objects.requireNonNull(post.rank()), principal, Objects.requireNonNull(post.startedOn())));
        events.publishEvent(new PostChanged(saved.id(), personId, unitId, PostChanged.Change.ASSIGNED,
            person.name() + " · " + unit.shortName() + " · " + post.title()));
        return summarize(List.of(saved)).getFirst();
    }

    @PreAuthorize(MANAGE)
    public PostSummary endPost(PostId id, LocalDate lastDay) {
        Post post = posts.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.post.notFound", id));
        requireScope(Permission.ORGANIZATION_MANAGE, new UnitId(post.unitId()), tree());
        if (post.ended()) {
            throw BusinessRuleViolation.conflict("organization.post.alreadyEnded");
        }
        if (lastDay.isBefore(post.startedOn())) {
            throw BusinessRuleViolation.invalid("organization.post.endBeforeStart", post.startedOn());
        }
        post.end(lastDay);
        PostSummary summary = summarize(List.of(post)).getFirst();
        events.publishEvent(new PostChanged(id, summary.person(), summary.unit(), PostChanged.Change.ENDED,
            summary.personName() + " · " + summary.label() + " → " + lastDay));
        return summary;
    }

    // ---- leaders and secretaries (领导—秘书) -----------------------------------------------------------

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SecretarySummary> secretariesInvolving(PersonId person) {
        List<Secretary> pairs = secretaries.involving(person.value());
        Map<UUID, String> names = names(pairs.stream()
            .flatMap(pair -> java.util.stream.Stream.of(pair.leader(), pair.secretary())).toList());
        return pairs.stream().map(pair -> new SecretarySummary(new PersonId(pair.leader()),
            names.getOrDefault(pair.leader(), ""), new PersonId(pair.secretary()),
            names.getOrDefault(pair.secretary(), ""), pair.startedOn(), pair.endedOn())).toList();
    }

    /** The leaders a person acts for as secretary today. */
    @Transactional(readOnly = true)
    public List<PersonId> leadersServedBy(PersonId secretary) {
        LocalDate today = today();
        return secretaries.involving(secretary.value()).stream()
            .filter(pair -> pair.secretary().equals(secretary.value()))
            .filter(pair -> !pair.startedOn().isAfter(today)
                && (pair.endedOn() == null || !pair.endedOn().isBefore(today)))
            .map(pair -> new PersonId(pair.leader())).toList();
    }

    @PreAuthorize(MANAGE)
    public SecretarySummary assignSecretary(PersonId leader, @Valid NewSecretary pairing) {
        PersonId secretary = Objects.requireNonNull(pairing.secretary());
        if (leader.equals(secretary)) {
            throw BusinessRuleViolation.invalid("organization.secretary.self");
        }
        Person leaderPerson = loadPerson(leader);
        Person secretaryPerson = loadPerson(secretary);
        if (!secretaries.findByLeaderPersonIdAndSecretaryPersonIdAndEndedOnIsNull(leader.value(),
            secretary.value()).isEmpty()) {
            throw BusinessRuleViolation.conflict("organization.secretary.duplicate", secretaryPerson.name(),
                leaderPerson.name());
        }
        Secretary saved = secretaries.save(new Secretary(leader.value(), secretary.value(),
            Objects.requireNonNull(pairing.startedOn())));
        events.publishEvent(new SecretaryChanged(leader, secretary, SecretaryChanged.Change.ASSIGNED,
            secretaryPerson.name() + " → " + leaderPerson.name()));
        return new SecretarySummary(leader, leaderPerson.name(), secretary, secretaryPerson.name(),
            saved.startedOn(), null);
    }

    @PreAuthorize(MANAGE)
    public void endSecretary(PersonId leader, PersonId secretary, LocalDate lastDay) {
        List<Secretary> open = secretaries.findByLeaderPersonIdAndSecretaryPersonIdAndEndedOnIsNull(leader.value(),
            secretary.value());
        if (open.isEmpty()) {
            throw BusinessRuleViolation.notFound("organization.secretary.notFound");
        }
        open.forEach(pair -> pair.end(lastDay));
        events.publishEvent(new SecretaryChanged(leader, secretary, SecretaryChanged.Change.ENDED, lastDay.toString()));
    }

    // ---- delegations (委托) ----------------------------------------------------------------------------

    /**
     * Hands the delegator's work to the delegate from the first day to the last, both included. People
     * delegate their own work; administrators may record it for them.
     */
    @PreAuthorize(WORK)
    public DelegationSummary delegate(@Valid NewDelegation request) {
        Actor actor = actors.current();
        PersonId delegator = Objects.requireNonNull(request.delegator());
        PersonId delegate = Objects.requireNonNull(request.delegate());
        if (!delegator.value().equals(actor.personId())) {
            requireScopeOverPerson(Permission.ORGANIZATION_MANAGE, delegator);
        }
        if (delegator.equals(delegate)) {
            throw BusinessRuleViolation.invalid("organization.delegation.self");
        }
        Person from = loadPerson(delegator);
        Person to = loadPerson(delegate);
        LocalDate firstDay = Objects.requireNonNull(request.firstDay());
        LocalDate lastDay = Objects.requireNonNull(request.lastDay());
        if (lastDay.isBefore(firstDay)) {
            throw BusinessRuleViolation.invalid("organization.delegation.endBeforeStart");
        }
        if (lastDay.isBefore(today())) {
            throw BusinessRuleViolation.invalid("organization.delegation.expired", lastDay);
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > LONGEST_DELEGATION_DAYS) {
            throw BusinessRuleViolation.invalid("organization.delegation.tooLong", LONGEST_DELEGATION_DAYS);
        }
        Instant startsAt = firstDay.atStartOfDay(clock.getZone()).toInstant();
        Instant endsAt = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        boolean overlaps = delegations.findByDelegatorPersonIdAndRevokedAtIsNull(delegator.value()).stream()
            .anyMatch(existing -> existing.startsAt().isBefore(endsAt) && startsAt.isBefore(existing.endsAt()));
        if (overlaps) {
            throw BusinessRuleViolation.conflict("organization.delegation.overlaps", from.name());
        }
        Delegation saved = delegations.save(new Delegation(delegator.value(), delegate.value(), startsAt, endsAt,
            request.reason(), now(), actor.username()));
        events.publishEvent(new DelegationChanged(saved.id(), delegator, delegate, DelegationChanged.Change.GRANTED,
            from.name() + " → " + to.name() + " " + firstDay + "…" + lastDay + ": " + request.reason()));
        return summarize(saved, Map.of(delegator.value(), from.name(), delegate.value(), to.name()));
    }

    /** Ends a delegation now. The delegator, the delegate and administrators may do so. */
    @PreAuthorize(WORK)
    public DelegationSummary revokeDelegation(DelegationId id) {
        Actor actor = actors.current();
        Delegation delegation = delegations.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.delegation.notFound", id));
        boolean party = delegation.delegator().equals(actor.personId())
            || delegation.delegate().equals(actor.personId());
        if (!party) {
            requireScopeOverPerson(Permission.ORGANIZATION_MANAGE, new PersonId(delegation.delegator()));
        }
        if (!delegation.inForceAfter(now())) {
            throw BusinessRuleViolation.conflict("organization.delegation.notInForce");
        }
        delegation.revoke(now(), actor.username());
        events.publishEvent(new DelegationChanged(id, new PersonId(delegation.delegator()),
            new PersonId(delegation.delegate()), DelegationChanged.Change.REVOKED, "revoked by " + actor.username()));
        return summarize(delegation, names(List.of(delegation.delegator(), delegation.delegate())));
    }

    /**
     * The delegations a person gave or received, newest first: one's own work for those who do it, anyone's for those
     * who may read the directory.
     */
    @PreAuthorize("hasAnyAuthority('PERM_OFFICE_WORK', 'PERM_ORGANIZATION_READ')")
    @Transactional(readOnly = true)
    public List<DelegationSummary> delegationsInvolving(PersonId person) {
        Actor actor = actors.current();
        if (!person.value().equals(actor.personId()) && !actor.may(Permission.ORGANIZATION_READ)) {
            throw BusinessRuleViolation.forbidden("core.forbidden");
        }
        List<Delegation> found = delegations.involving(person.value());
        Map<UUID, String> names = names(found.stream()
            .flatMap(d -> java.util.stream.Stream.of(d.delegator(), d.delegate())).toList());
        return found.stream().map(d -> summarize(d, names)).toList();
    }

    /** The people whose work this person may do right now: those who delegated to them. */
    @Transactional(readOnly = true)
    public List<PersonId> actingFor(PersonId delegate) {
        Instant now = now();
        return delegations.involving(delegate.value()).stream()
            .filter(d -> d.delegate().equals(delegate.value()))
            .filter(d -> d.revokedAt() == null && !d.startsAt().isAfter(now) && d.endsAt().isAfter(now))
            .map(d -> new PersonId(d.delegator())).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<DelegationSummary> recentDelegations(int limit) {
        List<Delegation> found = delegations.newestFirst(PageRequest.of(0, Math.clamp(limit, 1, 500)));
        Map<UUID, String> names = names(found.stream()
            .flatMap(d -> java.util.stream.Stream.of(d.delegator(), d.delegate())).toList());
        return found.stream().map(d -> summarize(d, names)).toList();
    }

    // ---- liaison (联络员、值班联系人) -----------------------------------------------------------------

    /** A unit's contacts, current first; 24-hour duty numbers are 内部, so the read is audited. */
    @PreAuthorize(READ)
    public List<LiaisonSummary> liaisonsOf(UnitId unit) {
        Unit found = loadUnit(unit);
        events.publishEvent(new RecordRead("unit-liaison", unit.toString(), found.shortName(),
            SecurityClassification.INTERNAL));
        return liaisons.findByUnitIdOrderByEndedOnDescStartedOnDesc(unit.value()).stream()
            .map(Liaison::summary)
            .sorted(Comparator.comparing((LiaisonSummary contact) -> contact.endedOn() != null))
            .toList();
    }

    @PreAuthorize("hasAuthority('PERM_LIAISON_MANAGE')")
    public LiaisonSummary addLiaison(UnitId unit, @Valid NewLiaison contact) {
        Unit found = loadUnit(unit);
        requireScope(Permission.LIAISON_MANAGE, unit, tree());
        Liaison saved = liaisons.save(new Liaison(unit.value(), contact));
        events.publishEvent(new LiaisonChanged(saved.summary().id(), unit, LiaisonChanged.Change.ADDED,
            found.shortName() + " · " + contact.role() + " · " + contact.name()));
        return saved.summary();
    }

    @PreAuthorize("hasAuthority('PERM_LIAISON_MANAGE')")
    public LiaisonSummary endLiaison(LiaisonId id, LocalDate lastDay) {
        Liaison contact = liaisons.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.liaison.notFound", id));
        requireScope(Permission.LIAISON_MANAGE, new UnitId(contact.unitId()), tree());
        if (contact.endedOn() != null) {
            throw BusinessRuleViolation.conflict("organization.liaison.alreadyEnded");
        }
        if (lastDay.isBefore(contact.startedOn())) {
            throw BusinessRuleViolation.invalid("organization.post.endBeforeStart", contact.startedOn());
        }
        contact.end(lastDay);
        events.publishEvent(new LiaisonChanged(id, new UnitId(contact.unitId()), LiaisonChanged.Change.ENDED, lastDay.toString()));
        return contact.summary();
    }

    // ---- rules and helpers --------------------------------------------------------------------------

    /**
     * 数据范围: the actor's grant of the permission must reach the unit ({@code null} = the top of the tree,
     * which only a grant over all units reaches).
     */
    private void requireScope(Permission permission, @Nullable UnitId target, UnitTree tree) {
        Actor actor = actors.current();
        if (!actor.may(permission)) {
            throw BusinessRuleViolation.forbidden("core.forbidden");
        }
        if (!reaches(actor, permission, target, tree)) {
            throw BusinessRuleViolation.forbidden("core.outOfScope");
        }
    }

    /** Managing a person needs scope over at least one unit where they hold a current post. */
    private void requireScopeOverPerson(Permission permission, PersonId person) {
        Actor actor = actors.current();
        if (!actor.may(permission)) {
            throw BusinessRuleViolation.forbidden("core.forbidden");
        }
        UnitTree tree = tree();
        boolean reached = actor.scopeOf(permission).orElseThrow() == DataScope.ALL
            || currentPostsOf(person).stream().anyMatch(post -> reaches(actor, permission, post.unit(), tree));
        if (!reached) {
            throw BusinessRuleViolation.forbidden("core.outOfScope");
        }
    }

    private static boolean reaches(Actor actor, Permission permission, @Nullable UnitId target, UnitTree tree) {
        DataScope scope = actor.scopeOf(permission).orElse(null);
        if (scope == null) {
            return false;
        }
        return switch (scope) {
            case ALL -> true;
            case UNIT_TREE -> target != null && actor.unitId() != null
                && tree.isWithin(target, new UnitId(actor.unitId()));
            case OWN_UNIT -> target != null && target.value().equals(actor.unitId());
        };
    }

    private UnitTree tree() {
        return new UnitTree(units.findAll().stream().map(Unit::summary).toList());
    }

    private Unit loadUnit(UnitId id) {
        return units.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.unit.notFound", id));
    }

    private Person loadPerson(PersonId id) {
        return persons.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.person.notFound", id));
    }

    private void recordRevision(Unit unit) {
        revisions.save(new UnitRevisionEntry(unit.summary(), now(), actors.current().username()));
    }

    private List<PostSummary> summarize(List<Post> found) {
        Map<UUID, String> names = names(found.stream().map(Post::personId).toList());
        Map<UUID, String> unitNames = units.findAllById(found.stream().map(Post::unitId).distinct().toList())
            .stream().collect(Collectors.toMap(unit -> unit.id().value(), Unit::shortName));
        return found.stream().map(post -> new PostSummary(post.id(), new PersonId(post.personId()),
            names.getOrDefault(post.personId(), ""), new UnitId(post.unitId()),
            unitNames.getOrDefault(post.unitId(), ""), post.title(), post.rank(), post.principal(),
            post.startedOn(), post.endedOn())).toList();
    }

    private DelegationSummary summarize(Delegation d, Map<UUID, String> names) {
        return new DelegationSummary(d.id(), new PersonId(d.delegator()), names.getOrDefault(d.delegator(), ""),
            new PersonId(d.delegate()), names.getOrDefault(d.delegate(), ""), d.startsAt(), d.endsAt(), d.reason(),
            d.createdBy(), d.revokedAt(), d.revokedBy());
    }

    private Map<UUID, String> names(List<UUID> ids) {
        return persons.findAllById(ids.stream().distinct().toList()).stream()
            .collect(Collectors.toMap(person -> person.id().value(), Person::name, (a, b) -> a));
    }

    private static String describe(UnitSummary unit) {
        return unit.fullName() + " (" + unit.shortName() + ", " + unit.code()
            + (unit.issuingCodeWord() == null ? "" : ", " + unit.issuingCodeWord()) + ")";
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
