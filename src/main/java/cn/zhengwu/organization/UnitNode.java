package cn.zhengwu.organization;

import java.util.List;

/** A unit with the units below it: the tree as the directory shows it. */
public record UnitNode(UnitSummary unit, List<UnitNode> children) {

    public int size() {
        return 1 + children.stream().mapToInt(UnitNode::size).sum();
    }
}
