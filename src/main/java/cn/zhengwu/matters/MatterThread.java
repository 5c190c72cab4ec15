package cn.zhengwu.matters;

import java.util.List;

/**
 * A matter with its whole timeline as one viewer may see it.
 *
 * @param hidden how many entries the viewer's clearance does not cover (they are left out, only counted)
 */
public record MatterThread(MatterSummary matter, List<InstructionSummary> instructions,
        List<TimelineEntry> timeline, int hidden) {
}
