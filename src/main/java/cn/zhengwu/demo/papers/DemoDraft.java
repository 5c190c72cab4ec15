package cn.zhengwu.demo.papers;

import java.util.List;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.Attendance;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.Disclosure;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DraftContent;
import org.jspecify.annotations.Nullable;

/**
 * A demo document as its drafter writes it (拟稿), with units by their code.
 *
 * @param issuer the code of the issuing unit (发文机关)
 * @param to the codes of the 主送机关
 * @param toText 主送机关 as written when it names them collectively; {@code null} to list the units
 * @param disclosure 公开属性, {@code null} while the drafter has not decided it
 * @param secrecyReview 保密审查意见, {@code null} with an undecided disclosure
 * @param attendance 出席, 请假 and 列席 of a 纪要
 */
record DemoDraft(DocumentType type, Direction direction, String issuer, String title, List<String> to,
        @Nullable String toText, List<String> copyTo, Urgency urgency, String body, List<String> attachments,
        int copies, @Nullable Disclosure disclosure, @Nullable String secrecyReview, Attendance attendance) {

    DemoDraft {
        to = List.copyOf(to);
        copyTo = List.copyOf(copyTo);
        attachments = List.copyOf(attachments);
    }

    DraftContent content(DemoDesk desk) {
        return new DraftContent(type, direction, desk.unit(issuer), title, desk.units(to), toText,
            desk.units(copyTo), SecurityClassification.PUBLIC, null, urgency, body, attachments, null, null, copies,
            disclosure, null, secrecyReview, attendance);
    }

    /** The same 纪要 with who attended the meeting, who was on leave and who attended without a vote. */
    DemoDraft attendedBy(List<String> present, List<String> onLeave, List<String> attending) {
        return new DemoDraft(type, direction, issuer, title, to, toText, copyTo, urgency, body, attachments, copies,
            disclosure, secrecyReview, new Attendance(present, onLeave, attending));
    }
}
