package cn.zhengwu.documents;

import cn.zhengwu.organization.PersonId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Who handles each step of a document's approval (办文流程), named when it is submitted.
 *
 * @param review 处室审核: the head(s) of the drafting division
 * @param verify 办公厅核稿: the office's reviewers, needed only by a model with that step ({@code documents-issue})
 * @param countersign 会签: one person per countersigning unit; may be empty and grow while the approval runs
 * @param countersignInTurn whether the countersigners sign one after another (else side by side)
 * @param signoff 签发: the leader who signs
 * @param handling 复核、登记、印制、用印、核发: the document clerks (文书) who finish it
 */
public record Routing(@NotEmpty @Size(max = 20) List<PersonId> review, @Size(max = 20) List<PersonId> verify,
        @Size(max = 50) List<PersonId> countersign, boolean countersignInTurn,
        @NotEmpty @Size(max = 5) List<PersonId> signoff, @NotEmpty @Size(max = 20) List<PersonId> handling) {

    @SuppressWarnings("ConstantValue")
    public Routing {
        review = review == null ? List.of() : List.copyOf(review);
        verify = verify == null ? List.of() : List.copyOf(verify);
        countersign = countersign == null ? List.of() : List.copyOf(countersign);
        signoff = signoff == null ? List.of() : List.copyOf(signoff);
        handling = handling == null ? List.of() : List.copyOf(handling);
    }
}
