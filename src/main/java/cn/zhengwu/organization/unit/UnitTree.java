package cn.zhengwu.organization.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitNode;
import cn.zhengwu.organization.UnitSummary;
import org.jspecify.annotations.Nullable;

/** The unit tree in memory: descendants for data scopes, cycle checks for moves, nodes for the directory. */
public final class UnitTree {

    private final Map<UnitId, UnitSummary> units = new HashMap<>();
    private final Map<@Nullable UnitId, List<UnitSummary>> children = new HashMap<>();

    public UnitTree(List<UnitSummary> all) {
        for (UnitSummary unit : all) {
            units.put(unit.id(), unit);
            children.computeIfAbsent(unit.parent(), key -> new ArrayList<>()).add(unit);
        }
        children.values().forEach(list -> list.sort(
            Comparator.comparingInt(UnitSummary::sortOrder).thenComparing(UnitSummary::shortName)));
    }

    public boolean contains(UnitId unit) {
        return units.containsKey(unit);
    }

    /** Whether {@code unit} is {@code ancestor} itself or lies below it. */
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        Set<UnitId> seen = new HashSet<>();
        for (UnitId current = unit; current != null && seen.add(current); current = parentOf(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    public @Nullable UnitId parentOf(UnitId unit) {
        UnitSummary summary = units.get(unit);
        return summary == null ? null : summary.parent();
    }

    /** The chain from the root down to the unit, for breadcrumbs. */
    public List<UnitSummary> pathTo(UnitId unit) {
        List<UnitSummary> path = new ArrayList<>();
        Set<UnitId> seen = new HashSet<>();
        for (UnitId current = unit; current != null && seen.add(current); current = parentOf(current)) {
            UnitSummary summary = units.get(current);
            if (summary != null) {
                path.addFirst(summary);
            }
        }
        return path;
    }

    public List<UnitSummary> childrenOf(@Nullable UnitId unit) {
        return List.copyOf(children.getOrDefault(unit, List.of()));
    }

    public List<UnitNode> roots(boolean includeInactive) {
        return nodes(null, includeInactive);
    }

    private List<UnitNode> nodes(@Nullable UnitId parent, boolean includeInactive) {
        return children.getOrDefault(parent, List.of()).stream()
            .filter(unit -> includeInactive || unit.active())
            .map(unit -> new UnitNode(unit, nodes(unit.id(), includeInactive)))
            .toList();
    }
}
