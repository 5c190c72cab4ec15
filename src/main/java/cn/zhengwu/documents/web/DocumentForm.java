package cn.zhengwu.documents.web;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.Attendance;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.Disclosure;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.documents.DraftContent;
import cn.zhengwu.documents.RecipientView;
import cn.zhengwu.organization.UnitId;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The drafting form (拟稿单) as the browser posts it: units chosen from lists, the attachments one per line, the
 * body as the editor's HTML, and for a 纪要 its 出席, 请假 and 列席 one name per line (blank lines left out).
 */
record DocumentForm(@Nullable DocumentType type, @Nullable Direction direction, @Nullable UnitId issuer,
        @Nullable String title, @Nullable List<UnitId> mainRecipients, @Nullable String mainRecipientText,
        @Nullable List<UnitId> copyRecipients, @Nullable SecurityClassification classification,
        @Nullable String secrecyTerm, @Nullable Urgency urgency, @Nullable String body, @Nullable String attachments,
        @Nullable String note, @Nullable String printingOrgan, @Nullable Integer copies,
        @Nullable Disclosure disclosure, @Nullable String disclosureReason, @Nullable String secrecyReview,
        @Nullable String present, @Nullable String onLeave, @Nullable String attending) {

    /** A new draft of the type for the issuer, its body the template's starting body (or empty). */
    static DocumentForm blank(DocumentType type, @Nullable UnitId issuer, String body) {
        Direction direction = type.travels(Direction.DOWNWARD) ? Direction.DOWNWARD
            : type.directions().iterator().next();
        return new DocumentForm(type, direction, issuer, "", List.of(), null, List.of(),
            SecurityClassification.PUBLIC, null, Urgency.NORMAL, body, "", null, null, 1, null, null, null, "", "", "");
    }

    static DocumentForm of(DocumentView document) {
        return new DocumentForm(document.type(), document.direction(), document.issuer(), document.title(),
            document.mainRecipients().stream().map(RecipientView::unit).toList(), writtenMainRecipients(document),
            document.copyRecipients().stream().map(RecipientView::unit).toList(), document.classification(),
            document.secrecyTerm(), document.urgency(), document.bodyHtml(),
            String.join("\n", document.attachmentNames()), document.note(), document.printingOrgan(),
            document.copies(), document.disclosure(), document.disclosureReason(), document.secrecyReview(),
            String.join("\n", document.attendance().present()), String.join("\n", document.attendance().onLeave()),
            String.join("\n", document.attendance().attending()));
    }

    /**
     * The collective wording of the 主送 (各区人民政府), if the drafter gave one: the printed line when it is not just the
     * chosen units' names. Without it, saving the form would silently print the names instead.
     */
    private static @Nullable String writtenMainRecipients(DocumentView document) {
        String line = document.mainRecipientLine();
        String written = line.endsWith("：") ? line.substring(0, line.length() - 1) : line;
        String listed = document.mainRecipients().stream().map(RecipientView::name).collect(Collectors.joining("、"));
        return written.isEmpty() || written.equals(listed) ? null : written;
    }

    /** The content to validate and save; missing choices stay missing so that validation names them. */
    @SuppressWarnings("NullAway")
    DraftContent toContent() {
        return new DraftContent(type, direction, issuer, title, mainRecipients, mainRecipientText, copyRecipients,
            classification, secrecyTerm, urgency, body, lines(attachments), note, printingOrgan,
            copies == null ? 1 : copies, disclosure, disclosureReason, secrecyReview,
            new Attendance(lines(present), lines(onLeave), lines(attending)));
    }

    /** Whether the form is of a 纪要, which alone lists 出席, 请假 and 列席. */
    public boolean minutes() {
        return type == DocumentType.MINUTES;
    }

    /** A text box's lines, without the blank ones. */
    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
    }

    public boolean chosenMain(UnitId unit) {
        return mainRecipients != null && mainRecipients.contains(unit);
    }

    public boolean chosenCopy(UnitId unit) {
        return copyRecipients != null && copyRecipients.contains(unit);
    }
}
