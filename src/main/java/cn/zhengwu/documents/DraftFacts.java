package cn.zhengwu.documents;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the reviewer (核稿) checks on a draft: the elements of 第九条 that carry rules. Absent lists read as empty.
 *
 * @param type 文种
 * @param direction 行文方向
 * @param issuingUnit 发文机关名称 as written in the title
 * @param mainRecipients 主送机关
 * @param copyRecipients 抄送机关 with their levels
 * @param signer 签发人, if shown
 * @param title 标题
 * @param issuingNumber 发文字号 as written, if already given
 * @param dateText 成文日期 as written, if already given
 * @param attachmentLines 附件说明, one line per attachment
 * @param headingLines the body's numbered headings (结构层次序数), in order
 */
public record DraftFacts(DocumentType type, Direction direction, String issuingUnit,
        List<String> mainRecipients, List<CopyRecipient> copyRecipients,
        @Nullable String signer, String title, @Nullable String issuingNumber, @Nullable String dateText,
        List<String> attachmentLines, List<String> headingLines) {

    /** Type, direction, issuing unit and title are required; JSON may leave a list out: it then reads as empty. */
    @SuppressWarnings("ConstantValue")
    public DraftFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(title, "title");
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
        attachmentLines = attachmentLines == null ? List.of() : List.copyOf(attachmentLines);
        headingLines = headingLines == null ? List.of() : List.copyOf(headingLines);
    }
}
