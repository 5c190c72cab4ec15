package cn.zhengwu.organization.web;

import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.organization.UnitNode;
import cn.zhengwu.organization.UnitSummary;

/**
 * A unit as a choice in a select, indented by its depth in the tree so the hierarchy stays readable.
 *
 * @param unit the unit
 * @param depth 0 for the top of the tree
 */
record UnitOption(UnitSummary unit, int depth) {

    /** U+3000 (ideographic space): as wide as one Chinese character, and kept by browsers inside options. */
    private static final String INDENT = "\u3000";

    public String label() {
        return INDENT.repeat(depth) + unit.shortName();
    }

    /** The tree in reading order: each unit followed by the units below it. */
    static List<UnitOption> flatten(List<UnitNode> roots) {
        List<UnitOption> options = new ArrayList<>();
        add(roots, 0, options);
        return options;
    }

    private static void add(List<UnitNode> nodes, int depth, List<UnitOption> options) {
        for (UnitNode node : nodes) {
            options.add(new UnitOption(node.unit(), depth));
            add(node.children(), depth + 1, options);
        }
    }
}
