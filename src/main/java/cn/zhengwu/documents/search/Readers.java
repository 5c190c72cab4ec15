package cn.zhengwu.documents.search;

import cn.zhengwu.core.SecurityClassification;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a reader may see, as a filter of the index: the markings their clearance covers, and the ways a document
 * reaches them — they drafted it, their scope covers one of its units (all units, or the listed ones), their unit
 * receives it, or they hold a step of its approval.
 *
 * @param allUnits their DOCUMENT_READ scope covers every unit
 * @param units the units their DOCUMENT_READ scope covers, when not all
 * @param receivingUnits the units whose copies they sign for
 * @param approvals the approvals in which they hold a step now
 */
public record Readers(Set<SecurityClassification> markings, @Nullable UUID drafter, boolean allUnits, Set<UUID> units,
        Set<UUID> receivingUnits, Set<String> approvals) {

    public Readers {
        markings = Set.copyOf(markings);
        units = Set.copyOf(units);
        receivingUnits = Set.copyOf(receivingUnits);
        approvals = Set.copyOf(approvals);
    }
}
