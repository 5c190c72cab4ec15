package cn.zhengwu.demo.papers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentDrafting;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.requests.IncomingHandling;
import cn.zhengwu.requests.IncomingId;
import cn.zhengwu.requests.IncomingRegistration;
import cn.zhengwu.requests.NewIncoming;
import cn.zhengwu.requests.Proposal;
import org.springframework.stereotype.Component;

/**
 * 收文 of the demo: what districts and departments send the General Office's 秘书处, each sent by its liaison
 * officer's system and handled by the clerk, the leaders and the mayor's secretary as far as the demo needs it.
 */
@Component
class DemoIncoming {

    static final String SECRETARIAT = "GO-MSC";
    static final String CLERK = DemoOutgoing.CLERK;

    /** Waits at 初审. */
    static final DemoLetter OLD_TOWN = new DemoLetter("huangpu", "上海市黄浦区人民政府", "黄府〔2026〕91号",
        "上海市黄浦区人民政府关于豫园地区旧区改造地块规划指标调整的请示", DocumentType.REQUEST, 3);
    /** Proposed to the mayor, waits for his 批示. */
    static final DemoLetter TALENT_COMMUNITY = new DemoLetter("pudong", "上海市浦东新区人民政府", "浦府〔2026〕158号",
        "上海市浦东新区人民政府关于支持张江科学城建设国际人才社区的请示", DocumentType.REQUEST, 6);
    /** Instructed, answered by the government's 批复. */
    static final DemoLetter RIVERSIDE = new DemoLetter("huangpu", "上海市黄浦区人民政府", "黄府〔2026〕86号",
        "上海市黄浦区人民政府关于外滩历史文化风貌区城市更新实施方案的请示", DocumentType.REQUEST, 12);
    /** A department's report, circulating among the leaders. */
    static final DemoLetter MAJOR_WORKS = new DemoLetter("fgw", "上海市发展和改革委员会", "沪发改〔2026〕217号",
        "上海市发展和改革委员会关于2026年1—10月市重大工程建设进展情况的报告", DocumentType.REPORT, 4);

    private final IncomingRegistration registration;
    private final IncomingHandling handling;
    private final DocumentDrafting drafting;
    private final DemoOutgoing outgoing;
    private final DemoSignIn signIn;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DemoIncoming(IncomingRegistration registration, IncomingHandling handling, DocumentDrafting drafting,
            DemoOutgoing outgoing, DemoSignIn signIn, WorkingCalendar calendar, Clock clock) {
        this.registration = registration;
        this.handling = handling;
        this.drafting = drafting;
        this.outgoing = outgoing;
        this.signIn = signIn;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Sends, receives and handles the letters; the 批复 drafted from one of them is issued and signed for. */
    void load(DemoDesk desk) {
        IncomingId riverside = registered(desk, RIVERSIDE);
        propose(riverside, new Proposal(desk.person("mayor"), "拟同意。请办公厅代拟批复，征求市规划资源局、"
            + "市住房城乡建设管理委意见后报批。", null, List.of()));
        signIn.as("mayor", () -> handling.instruct(riverside, "同意。请办公厅代拟批复。", false));
        DocumentId reply = signIn.as(CLERK, () -> handling.draftReply(riverside));
        signIn.as(CLERK, () -> drafting.save(reply, DemoDrafts.REPLY.draft().content(desk)));
        outgoing.issue(desk, reply, DemoDrafts.REPLY);

        IncomingId works = registered(desk, MAJOR_WORKS);
        signIn.as(CLERK, () -> handling.accept(works, "符合行文规则，送领导传阅。"));
        signIn.as(CLERK, () -> handling.circulate(works, List.of(desk.person("secgen"), desk.person("mayor"))));
        signIn.as("secgen", () -> handling.markRead(works, "已阅。请市发展改革委继续抓好年底前的推进。"));

        IncomingId talent = registered(desk, TALENT_COMMUNITY);
        propose(talent, new Proposal(desk.person("mayor"), "拟请市人力资源社会保障局牵头研究，市科委、"
            + "市住房城乡建设管理委协办，提出意见后报市政府。", desk.unit("RSJ"), desk.units(List.of("KW", "ZJW"))));

        registered(desk, OLD_TOWN);
    }

    /** Sent by the liaison officer's system, then signed for and registered by the clerk: it waits at 初审. */
    private IncomingId registered(DemoDesk desk, DemoLetter letter) {
        IncomingId id = signIn.as(letter.sender(), () -> registration.register(new NewIncoming(
            desk.unit(SECRETARIAT), letter.senderOrgan(), letter.number(), letter.title(), letter.type(),
            SecurityClassification.PUBLIC, Urgency.NORMAL, workingDaysAgo(letter.workingDaysOld()), null, 1, null,
            null))).id();
        signIn.as(CLERK, () -> registration.sign(id));
        signIn.as(CLERK, () -> registration.registerSigned(id, null));
        return id;
    }

    /** 初审通过 and 拟办 to the leader. */
    private void propose(IncomingId id, Proposal proposal) {
        signIn.as(CLERK, () -> handling.accept(id, "符合行文规则。"));
        signIn.as(CLERK, () -> handling.propose(id, proposal));
    }

    private LocalDate workingDaysAgo(int days) {
        LocalDate day = LocalDate.now(clock);
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
