package cn.zhengwu.documents;

import static cn.zhengwu.todo.People.as;
import static cn.zhengwu.todo.People.id;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.workflow.ApprovalTask;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The demo city's people and units for document tests, and a 通知 or a 纪要 of the General Office to draft. */
final class DocumentFixtures {

    static final String BODY = "<p>为做好2027年元旦、春节期间有关工作，现就有关事项通知如下：</p>"
        + "<h2>一、总体要求</h2><p>各单位要高度重视，周密部署。</p>"
        + "<h2>二、工作安排</h2><h3>（一）值班值守</h3><p>严格落实24小时值班制度。</p>";
    static final String MINUTES_BODY = "<p>2026年11月20日，周建平秘书长主持召开专题会议，研究冬季安全生产工作。纪要如下：</p>"
        + "<h2>一、关于隐患排查</h2><p>会议要求，各单位在12月底前完成重点场所隐患排查。</p>";

    final ZhengwuUser clerk;
    final ZhengwuUser secretary;
    final ZhengwuUser secgen;
    final ZhengwuUser fgw;
    final ZhengwuUser pudong;
    final ZhengwuUser huangpu;
    final ZhengwuUser mayor;
    final UnitId office;
    final UnitId huangpuDistrict;
    final UnitId development;
    final UnitId government;
    final UnitId pudongDistrict;
    final ZhengwuUser admin;

    DocumentFixtures(ZhengwuUsers users, OrganizationManagement organization) {
        clerk = users.loadUserByUsername("clerk");
        secretary = users.loadUserByUsername("secretary");
        secgen = users.loadUserByUsername("secgen");
        fgw = users.loadUserByUsername("fgw");
        pudong = users.loadUserByUsername("pudong");
        huangpu = users.loadUserByUsername("huangpu");
        mayor = users.loadUserByUsername("mayor");
        List<UnitSummary> units = SystemAuthentication.call(organization::allUnits);
        office = unit(units, "市政府办公厅");
        huangpuDistrict = unit(units, "黄浦区政府");
        development = unit(units, "市发展改革委");
        government = unit(units, "市政府");
        pudongDistrict = unit(units, "浦东新区政府");
        admin = users.loadUserByUsername("admin");
    }

    /** A 通知 of the General Office to 黄浦区 and the 市发展改革委, without its disclosure decided. */
    DraftContent notice(String title, @Nullable Disclosure disclosure) {
        return content(DocumentType.NOTICE, title, BODY, disclosure, Attendance.none());
    }

    /** A 纪要 of a meeting the 秘书长 chaired, sent like the 通知, its disclosure decided. */
    DraftContent minutes(String title, Attendance attendance) {
        return content(DocumentType.MINUTES, title, MINUTES_BODY, Disclosure.ON_REQUEST, attendance);
    }

    /** A document of the type by the General Office to 黄浦区 and the 市发展改革委. */
    DraftContent content(DocumentType type, String title, String body, @Nullable Disclosure disclosure,
            Attendance attendance) {
        return new DraftContent(type, Direction.DOWNWARD, office, title, List.of(huangpuDistrict, development), null,
            List.of(), SecurityClassification.PUBLIC, null, Urgency.NORMAL, body, List.of(), null, null, 30,
            disclosure, null, disclosure == null ? null : "经审查，不涉及国家秘密", attendance);
    }

    /** Drafted by the clerk and signed off: reviewed by the 秘书, verified by the clerk, signed by the 秘书长. */
    DocumentId signedOff(DocumentDrafting drafting, DocumentProcessing processing, DraftContent content) {
        DocumentView draft = as(clerk, () -> drafting.start(content));
        as(clerk, () -> processing.submit(draft.id(), new Routing(List.of(id(secretary)), List.of(id(clerk)),
            List.of(), false, List.of(id(secgen)), List.of(id(clerk)))));
        for (ZhengwuUser next : List.of(secretary, clerk, secgen)) {
            approve(processing, next, draft.id(), "同意");
        }
        return draft.id();
    }

    Routing routing() {
        return new Routing(List.of(id(secretary)), List.of(id(clerk)), List.of(id(fgw), id(pudong)), false,
            List.of(id(secgen)), List.of(id(clerk)));
    }

    /** The step of the document waiting for the user. */
    static ApprovalTask step(DocumentProcessing processing, ZhengwuUser user, DocumentId document) {
        return as(user, () -> processing.tasks(document)).getFirst();
    }

    static void approve(DocumentProcessing processing, ZhengwuUser user, DocumentId document, String opinion) {
        as(user, () -> processing.approve(document, step(processing, user, document).id(), opinion));
    }

    private static UnitId unit(List<UnitSummary> units, String shortName) {
        return units.stream().filter(unit -> unit.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }
}
