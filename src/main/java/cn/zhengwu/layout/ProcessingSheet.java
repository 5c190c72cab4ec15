package cn.zhengwu.layout;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 发文稿纸 (发文处理笺) — the form that goes with a draft through the office and into the file: what is to be issued,
 * and every step's opinion with who gave it and when, in the boxes of the office's practice (签发, 会签, 核稿, 审核),
 * filled from the approval history. It is one page, continued on further pages (发文稿纸（续）) when the opinions need them.
 *
 * @param issuer 发文机关
 * @param documentType 文种, e.g. 通知
 * @param classification 密级和保密期限, or {@code null} for 非密
 * @param urgency 紧急程度, or {@code null}
 * @param disclosure 公开属性, e.g. 主动公开, 依申请公开, 不予公开
 * @param documentNumber 发文字号, once taken
 * @param draftingUnit 拟稿单位
 * @param drafter 拟稿人
 * @param drafterPhone 联系电话
 * @param title 标题
 * @param mainRecipient 主送机关
 * @param copiesTo 抄送机关
 * @param attachments 附件 names
 * @param copies 印制份数
 * @param opinions every step's opinions, oldest first; each is printed in its step's box
 */
public record ProcessingSheet(String issuer, String documentType, @Nullable String classification,
        @Nullable String urgency, String disclosure, @Nullable String documentNumber, String draftingUnit,
        String drafter, String drafterPhone, String title, @Nullable String mainRecipient, List<String> copiesTo,
        List<String> attachments, int copies, List<Opinion> opinions) {

    public ProcessingSheet {
        copiesTo = List.copyOf(copiesTo);
        attachments = List.copyOf(attachments);
        opinions = List.copyOf(opinions);
    }

    /** The opinions of one step, in the order given. */
    public List<Opinion> opinionsOf(Step step) {
        return opinions.stream().filter(opinion -> opinion.step() == step).toList();
    }

    /**
     * 意见 — what one person decided at one step (《党政机关公文处理工作条例》 art. 22: the signer writes an opinion, their
     * name and the full date; 圈阅 or a bare signature counts as consent).
     *
     * @param step the box it goes in
     * @param unit the signer's unit, printed for a 会签 (one line per countersigning unit)
     * @param signer the person who acted
     * @param onBehalfOf the person they acted for (a secretary recording a leader's opinion), or {@code null}
     * @param outcome 同意 or 退回
     * @param text the opinion as written; blank for a bare signature, which prints the outcome
     * @param at when, by the application's clock
     */
    public record Opinion(Step step, @Nullable String unit, String signer, @Nullable String onBehalfOf,
            Outcome outcome, String text, LocalDateTime at) {
    }

    /** The boxes of the form, top to bottom. */
    public enum Step {
        /** 签发: the leader signs the document off. */
        SIGN_OFF("签发"),
        /** 会签: the units whose competence it touches agree. */
        COUNTERSIGN("会签"),
        /** 核稿: the office's secretariat reviews the draft. */
        REVIEW("核稿"),
        /** 审核: the drafting division's head checks the draft. */
        CHECK("审核");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        /** The box's label on the form. */
        public String label() {
            return label;
        }
    }

    /** What became of the draft at a step. */
    public enum Outcome {
        /** 同意 */
        APPROVED("同意"),
        /** 退回: sent back with reasons (条例 art. 21). */
        RETURNED("退回");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
