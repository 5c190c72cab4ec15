package cn.zhengwu.demo.papers;

import java.util.List;

import cn.zhengwu.documents.DocumentDistribution;
import cn.zhengwu.documents.DocumentDrafting;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentProcessing;
import cn.zhengwu.documents.Routing;
import cn.zhengwu.workflow.ApprovalTaskId;
import cn.zhengwu.workflow.Approvals;
import org.springframework.stereotype.Component;

/**
 * 发文 of the demo: documents drafted by the 秘书处's clerk and taken, step by step as each person, as far along the
 * {@code documents-issue} approval as the demo needs them — to issue (核发) and the recipients' 签收.
 */
@Component
class DemoOutgoing {

    /** How far a demo document goes. */
    enum Reach {
        /** 草稿 */
        DRAFT,
        /** 送审, waiting at 处室审核 */
        REVIEW,
        /** reviewed, checked and countersigned, waiting for 签发 */
        SIGNOFF,
        /** signed off and issued (核发) */
        ISSUED
    }

    static final String DRAFTER = "clerk";
    static final String REVIEWER = "secretary";
    /** The clerk also does 核稿 and the steps after sign-off, as in a small 秘书处. */
    static final String CLERK = "clerk";
    private static final List<String> HANDLING = List.of("recheck", "register", "print", "seal");

    private final DocumentDrafting drafting;
    private final DocumentProcessing processing;
    private final DocumentDistribution distribution;
    private final DemoSignIn signIn;

    DemoOutgoing(DocumentDrafting drafting, DocumentProcessing processing, DocumentDistribution distribution,
            DemoSignIn signIn) {
        this.drafting = drafting;
        this.processing = processing;
        this.distribution = distribution;
        this.signIn = signIn;
    }

    /** Drafts the document and takes it as far as {@code reach}. */
    DocumentId take(DemoDesk desk, DemoDraft draft, DemoRoute route, Reach reach) {
        DocumentId id = start(desk, draft);
        carry(desk, id, route, reach);
        return id;
    }

    private DocumentId start(DemoDesk desk, DemoDraft draft) {
        return signIn.as(DRAFTER, () -> drafting.start(draft.content(desk))).id();
    }

    private void carry(DemoDesk desk, DocumentId id, DemoRoute route, Reach reach) {
        if (reach == Reach.DRAFT) {
            return;
        }
        signIn.as(DRAFTER, () -> processing.submit(id, routing(desk, route)));
        if (reach == Reach.REVIEW) {
            return;
        }
        approve(REVIEWER, id, "拟同意，请办公厅核稿。");
        approve(CLERK, id, "已核。");
        route.countersigners().forEach(countersigner -> approve(countersigner, id, "会签同意。"));
        if (reach == Reach.SIGNOFF) {
            return;
        }
        approve(route.signer(), id, route.opinion());
        HANDLING.forEach(step -> approve(CLERK, id, ""));
        approve(CLERK, id, "核发");
    }

    /** Drafts, issues and has the copies signed for as {@code issue} says. */
    DocumentId issue(DemoDesk desk, DemoIssue issue) {
        DocumentId id = start(desk, issue.draft());
        issue(desk, id, issue);
        return id;
    }

    /** Issues a draft the clerk already holds and has the copies signed for. */
    void issue(DemoDesk desk, DocumentId id, DemoIssue issue) {
        carry(desk, id, issue.route(), Reach.ISSUED);
        issue.receivedBy().forEach(username -> signIn.as(username, () -> distribution.receive(id)));
    }

    /** 退回: the reviewer sends the document back to its drafter with the reason. */
    void returnToDrafter(DocumentId id, String reason) {
        signIn.as(REVIEWER, () -> processing.returnTo(id, step(id), Approvals.DRAFTER, reason));
    }

    private void approve(String username, DocumentId id, String opinion) {
        signIn.as(username, () -> processing.approve(id, step(id), opinion));
    }

    /** The step of the document waiting for whoever is signed in. */
    private ApprovalTaskId step(DocumentId id) {
        return processing.tasks(id).getFirst().id();
    }

    private static Routing routing(DemoDesk desk, DemoRoute route) {
        return new Routing(List.of(desk.person(REVIEWER)), List.of(desk.person(CLERK)),
            route.countersigners().stream().map(desk::person).toList(), false, List.of(desk.person(route.signer())),
            List.of(desk.person(CLERK)));
    }
}
