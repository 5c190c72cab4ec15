package cn.zhengwu.documents;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a drafter writes (拟稿): the elements of 第九条 that are not given later by sign-off (签发人, 发文字号, 成文日期),
 * printing (份号) or sealing (印章).
 *
 * @param type 文种
 * @param direction 行文方向
 * @param issuer 发文机关: the unit in whose name it is issued, which must have a 发文机关代字
 * @param title 标题
 * @param mainRecipients 主送机关, as units
 * @param mainRecipientText 主送机关 as written when it names them collectively (e.g. 各区人民政府，市政府各委、办、局);
 *     empty to list the units' short names
 * @param copyRecipients 抄送机关, as units
 * @param classification 密级
 * @param secrecyTerm 保密期限 (e.g. 1年), only with a classification above 内部
 * @param urgency 紧急程度
 * @param bodyHtml 正文 in the editor's HTML: paragraphs, headings of four levels, tables; sanitized on saving
 * @param attachmentNames 附件说明: the attachments' names in order, without numbers or punctuation
 * @param note 附注
 * @param printingOrgan 印发机关; empty for the issuer's General Office or the issuer itself
 * @param copies 印制份数; 1 when left out
 * @param disclosure 公开属性, required before sign-off
 * @param disclosureReason the legal reason when {@link Disclosure#WITHHELD}
 * @param secrecyReview 保密审查意见, required before sign-off
 * @param attendance 出席, 请假 and 列席 of a 纪要; none for every other type
 */
public record DraftContent(@NotNull DocumentType type, @NotNull Direction direction, @NotNull UnitId issuer,
        @NotBlank @Size(max = 200) String title, List<UnitId> mainRecipients,
        @Nullable @Size(max = 500) String mainRecipientText, List<UnitId> copyRecipients,
        @NotNull SecurityClassification classification, @Nullable @Size(max = 40) String secrecyTerm,
        @NotNull Urgency urgency, @Size(max = 500_000) String bodyHtml,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> attachmentNames, @Nullable @Size(max = 500) String note,
        @Nullable @Size(max = 200) String printingOrgan, @Min(1) @Max(9999) Integer copies,
        @Nullable Disclosure disclosure, @Nullable @Size(max = 500) String disclosureReason,
        @Nullable @Size(max = 500) String secrecyReview, @Valid Attendance attendance) {

    /** Lists left out of JSON read as empty; blank optional texts as absent. */
    @SuppressWarnings("ConstantValue")
    public DraftContent {
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
        attachmentNames = attachmentNames == null ? List.of()
            : attachmentNames.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
        title = title == null ? "" : title.strip();
        mainRecipientText = blankToNull(mainRecipientText);
        secrecyTerm = blankToNull(secrecyTerm);
        note = blankToNull(note);
        printingOrgan = blankToNull(printingOrgan);
        disclosureReason = blankToNull(disclosureReason);
        secrecyReview = blankToNull(secrecyReview);
        copies = copies == null ? 1 : copies;
        attendance = attendance == null ? Attendance.none() : attendance;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
