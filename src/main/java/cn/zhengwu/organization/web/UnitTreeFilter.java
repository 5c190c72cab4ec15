package cn.zhengwu.organization.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import cn.zhengwu.organization.UnitNode;
import cn.zhengwu.organization.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the unit tree to the units whose full name, short name, code or issuing code word contains the
 * text, keeping the units above them (so each match is seen in its place) and the units below them.
 */
final class UnitTreeFilter {

    private UnitTreeFilter() {
    }

    static List<UnitNode> filter(List<UnitNode> roots, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return roots;
        }
        return roots.stream().map(node -> keep(node, wanted)).filter(Objects::nonNull).toList();
    }

    private static @Nullable UnitNode keep(UnitNode node, String wanted) {
        if (matches(node.unit(), wanted)) {
            return node;
        }
        List<UnitNode> children = node.children().stream().map(child -> keep(child, wanted))
            .filter(Objects::nonNull).toList();
        return children.isEmpty() ? null : new UnitNode(node.unit(), children);
    }

    private static boolean matches(UnitSummary unit, String wanted) {
        return contains(unit.fullName(), wanted) || contains(unit.shortName(), wanted)
            || contains(unit.code(), wanted) || contains(unit.issuingCodeWord(), wanted);
    }

    private static boolean contains(@Nullable String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
