package cn.zhengwu.documents.distribution;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * 收文部门 — who receives a unit's documents: the unit's own staff, or its 办公厅/办公室 (the office of a government
 * signs for what is sent to the government).
 */
@Component
public class ReceivingOffices {

    private final OrganizationManagement organization;
    private final Clock clock;

    ReceivingOffices(OrganizationManagement organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    /** The recipient unit the actor signs for among the given ones, if any. */
    public Optional<UUID> recipientFor(Actor actor, List<UUID> recipients) {
        if (actor.unitId() == null) {
            return Optional.empty();
        }
        UUID mine = actor.unitId();
        if (recipients.contains(mine)) {
            return Optional.of(mine);
        }
        return SystemAuthentication.call(() -> organization.findUnit(new UnitId(mine)))
            .filter(ReceivingOffices::isOffice)
            .flatMap(unit -> Optional.ofNullable(unit.parent()))
            .map(UnitId::value).filter(recipients::contains);
    }

    /** The units whose copies the actor signs for: their own, and the government above when it is an office. */
    public Set<UUID> unitsSignedForBy(Actor actor) {
        if (actor.unitId() == null) {
            return Set.of();
        }
        UUID mine = actor.unitId();
        Set<UUID> units = new LinkedHashSet<>(List.of(mine));
        SystemAuthentication.call(() -> organization.findUnit(new UnitId(mine)))
            .filter(ReceivingOffices::isOffice)
            .flatMap(unit -> Optional.ofNullable(unit.parent()))
            .ifPresent(parent -> units.add(parent.value()));
        return units;
    }

    /** The people to tell that a copy waits for the unit: staff of the unit and of its office. */
    public Set<UUID> peopleOf(UUID unit) {
        return SystemAuthentication.call(() -> {
            LocalDate today = LocalDate.now(clock);
            Set<UUID> people = new LinkedHashSet<>();
            List<UnitId> units = new java.util.ArrayList<>(List.of(new UnitId(unit)));
            organization.childrenOf(new UnitId(unit)).stream().filter(ReceivingOffices::isOffice)
                .map(UnitSummary::id).forEach(units::add);
            for (UnitId each : units) {
                organization.postsIn(each).stream().filter(post -> post.heldOn(today)).map(PostSummary::person)
                    .map(PersonId::value).forEach(people::add);
            }
            return people;
        });
    }

    private static boolean isOffice(UnitSummary unit) {
        return unit.active() && (unit.fullName().endsWith("办公厅") || unit.fullName().endsWith("办公室"));
    }
}
