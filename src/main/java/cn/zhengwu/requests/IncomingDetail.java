package cn.zhengwu.requests;

import java.time.Instant;
import java.util.List;

import cn.zhengwu.clocks.ClockSummary;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * An incoming record with everything its page shows: the routing so far, the 传阅 route, the clock, the file and the
 * history of steps.
 *
 * @param leader 分管领导, the leader the 拟办意见 went to
 * @param proposal the 拟办意见
 * @param leadUnit 主办单位
 * @param coUnits 协办单位
 * @param returnReason why it was returned (退文理由)
 * @param answer the 答复 in words, or the reply document's number and title
 * @param replyDocument the document issued in reply (批复, 复函), if any: its number and title
 * @param replyDocumentId that document, to link to
 * @param clock the clock of the reply period or of the urgent deadline, if one runs
 * @param fileName the stored file, if any, and its detected type
 * @param assignedAt when it was passed to the 主办 and 协办 units (分办), if it was
 * @param instruction the leader's 批示 it is handled under, if any
 * @param assignmentNote what the 分办 asked of the units beyond the 批示, if anything
 * @param coOpinions each 协办 unit's opinion (协办意见), or that it has not given one yet
 * @param yourPart the part of the caller's unit when the record was passed to it, else {@code null}
 * @param clerk whether the caller is a clerk of the receiving unit, who takes the steps of 收文办理
 */
public record IncomingDetail(IncomingSummary summary, @Nullable PersonId leader, @Nullable String leaderName,
        @Nullable String proposal, @Nullable UnitId leadUnit, @Nullable String leadUnitName, List<String> coUnitNames,
        @Nullable String returnReason, @Nullable String answer, @Nullable String replyDocument,
        @Nullable DocumentId replyDocumentId, @Nullable ClockSummary clock, @Nullable String fileName,
        @Nullable String fileType,
        List<CirculationStop> circulation, List<StepRecord> history, @Nullable Instant assignedAt,
        @Nullable String instruction, @Nullable String assignmentNote, List<CoUnitOpinion> coOpinions,
        @Nullable UnitPart yourPart, boolean clerk) {

    public IncomingDetail {
        coUnitNames = List.copyOf(coUnitNames);
        circulation = List.copyOf(circulation);
        history = List.copyOf(history);
        coOpinions = List.copyOf(coOpinions);
    }
}
