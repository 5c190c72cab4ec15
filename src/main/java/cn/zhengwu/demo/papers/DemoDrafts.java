package cn.zhengwu.demo.papers;

import static cn.zhengwu.demo.papers.DemoDesk.DISTRICTS;

import java.util.List;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.Attendance;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.Disclosure;
import cn.zhengwu.documents.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the demo documents (发文): invented, in the words and structure such documents use. The issued ones
 * come first, one of each kind the General Office sends; then those still on their way.
 */
final class DemoDrafts {

    static final String GOVERNMENT = "SHGOV";
    static final String OFFICE = "SHGOV-GO";
    static final String DEPARTMENTS = "各区人民政府，市政府各委、办、局";
    static final String NO_SECRETS = "经审查，不涉及国家秘密和工作秘密，可以公开。";
    private static final List<String> SUPPLY_DEPARTMENTS = List.of("FGW", "SWW", "SCJGJ", "NYNCW", "JTW", "YJJ",
        "GAJ", "JW");

    /** 通知 of the General Office to every district and the departments concerned (沪府办发). */
    static final DemoDraft HOLIDAY_SUPPLY = draft(DocumentType.NOTICE, Direction.DOWNWARD, OFFICE,
        "上海市人民政府办公厅关于做好2027年元旦春节期间市场供应和价格稳定工作的通知",
        concat(List.of(DISTRICTS), SUPPLY_DEPARTMENTS), DEPARTMENTS, List.of(), 80, Disclosure.PROACTIVE, """
            <p>2027年元旦、春节临近，为切实保障节日期间全市生活必需品市场供应充足、价格基本稳定，经市政府同意，现就有关事项\
            通知如下：</p>
            <h2>一、加强重要民生商品产销衔接</h2>
            <h3>（一）抓好货源组织</h3>
            <p>市商务委、市农业农村委要会同有关区，指导重点批发市场、连锁超市和电商平台提前签订产销协议，\
            扩大粮油、肉类、蔬菜、水产品等重要民生商品的采购和储备。</p>
            <h3>（二）落实储备投放</h3>
            <p>市发展改革委、市粮食物资储备局要做好地方储备肉、冬春蔬菜储备的轮换和投放准备，必要时及时启动投放。</p>
            <h2>二、加强市场价格监测和监管</h2>
            <p>市发展改革委要加强重要商品价格日监测，发现异常波动及时报告。市市场监管局要加大节日期间价格监督检查力度，\
            依法查处哄抬价格、价格欺诈等违法行为。</p>
            <h2>三、保障运输通畅和安全</h2>
            <p>市交通委要保障重要民生商品运输车辆通行，市应急局、市公安局要督促商场、市场落实安全生产和消防安全责任。</p>
            <h2>四、压实工作责任</h2>
            <p>各区人民政府要落实属地责任，明确分管领导和联系人，于2026年12月20日前将工作安排报市商务委。\
            节日期间发生重大情况，要按照规定及时报告市政府总值班室。</p>""");

    /** 意见 of the municipal government (沪府发), signed by the mayor. */
    static final DemoDraft BUSINESS_ENVIRONMENT = draft(DocumentType.OPINION, Direction.DOWNWARD, GOVERNMENT,
        "上海市人民政府关于进一步优化营商环境提升政务服务效能的意见", List.of(DISTRICTS, "FGW", "SJUJ", "SCJGJ", "SWW"),
        DEPARTMENTS, List.of(), 120, Disclosure.PROACTIVE, """
            <p>为深入贯彻国家优化营商环境决策部署，持续提升政务服务效能，打造市场化、法治化、国际化一流营商环境，\
            现提出如下意见。</p>
            <h2>一、总体要求</h2>
            <p>坚持以企业和群众需求为导向，以“高效办成一件事”为牵引，到2027年底，政务服务事项全程网办率达到90%以上，\
            企业开办、不动产登记等高频事项实现“一次办、一日结”。</p>
            <h2>二、重点任务</h2>
            <h3>（一）深化“一网通办”</h3>
            <p>市数据局要会同各区、各部门推进政务服务事项标准化、规范化、便利化，完善线上线下融合的办事体验。</p>
            <h3>（二）推进涉企审批改革</h3>
            <p>市发展改革委、市市场监管局要进一步压减审批环节和时限，扩大告知承诺制适用范围。</p>
            <h3>（三）强化公平竞争</h3>
            <p>各区、各部门要全面落实公平竞争审查制度，清理妨碍统一市场和公平竞争的规定和做法。</p>
            <h2>三、保障措施</h2>
            <p>各区人民政府、市政府各部门要把优化营商环境作为“一把手”工程，建立工作台账，每半年向市政府报告一次推进情况。\
            市政府办公厅要加强督查，对工作推进不力的予以通报。</p>""");

    /** 函 of the General Office to a department (沪府办函). */
    static final DemoDraft MAJOR_PROJECTS = draft(DocumentType.LETTER, Direction.PARALLEL, OFFICE,
        "上海市人民政府办公厅关于商请提供2026年市重大工程推进情况的函", List.of("FGW"), null, List.of(), 3,
        Disclosure.ON_REQUEST, """
            <p>为做好2026年市政府工作报告起草和年度工作总结，请你委汇总提供2026年市重大工程推进情况，主要包括：</p>
            <h2>一、年度投资计划完成情况</h2>
            <p>分领域列明计划投资额、完成投资额和完成比例。</p>
            <h2>二、重点项目进展</h2>
            <p>重点说明新开工、建成项目情况，以及存在的困难和下一步工作建议。</p>
            <p>请于2026年12月15日前将书面材料报送市政府办公厅综合处，电子版同时发送。</p>
            <p>特此函商。</p>""");

    /** 批复 of the municipal government answering 黄浦区's 请示; drafted from the 请示 by 代拟复文. */
    static final DemoDraft RIVERSIDE_REPLY = draft(DocumentType.REPLY, Direction.DOWNWARD, GOVERNMENT,
        "上海市人民政府关于同意外滩历史文化风貌区城市更新实施方案的批复", List.of("310101"), null, List.of("GHZYJ", "ZJW"),
        10, Disclosure.PROACTIVE, """
            <p>你区《关于外滩历史文化风貌区城市更新实施方案的请示》（黄府〔2026〕86号）收悉。经研究，现批复如下：</p>
            <h2>一、原则同意《外滩历史文化风貌区城市更新实施方案》</h2>
            <p>你区要坚持“留改拆”并举、以保留保护为主，严格落实历史风貌保护要求，有序推进区域功能提升。</p>
            <h2>二、做好组织实施</h2>
            <p>你区要落实主体责任，细化年度计划，妥善做好居民安置和社会稳定工作。市规划资源局、市住房城乡建设管理委\
            等部门要按照职责加强指导和支持。</p>
            <p>实施中的重大问题，及时报告市政府。</p>""");

    /** 纪要 of a meeting the mayor chaired (沪府纪). */
    static final DemoDraft RENEWAL_MINUTES = draft(DocumentType.MINUTES, Direction.DOWNWARD, GOVERNMENT,
        "上海市人民政府推进城市更新工作专题会议纪要", List.of("310101", "GHZYJ", "ZJW", "FGW"), null, List.of(), 20,
        Disclosure.ON_REQUEST, """
            <p>2026年11月，林国栋市长主持召开专题会议，研究推进城市更新工作。市发展改革委、市规划资源局、\
            市住房城乡建设管理委和黄浦区政府等单位负责同志参加会议。纪要如下：</p>
            <h2>一、关于更新项目推进</h2>
            <p>会议指出，今年以来城市更新工作总体进展顺利。会议要求，各单位要聚焦重点片区，加快推进项目前期工作。</p>
            <h2>二、关于资金保障</h2>
            <p>会议同意，由市发展改革委会同有关部门研究完善城市更新资金保障机制，于2026年底前提出具体方案。</p>
            <h2>三、关于工作机制</h2>
            <p>会议明确，市住房城乡建设管理委牵头建立月度推进例会制度，重大事项及时报市政府。</p>""")
        .attendedBy(List.of("林国栋", "沈志远", "周建平", "何立新", "市发展改革委吴文彬", "市规划资源局钱建国",
            "市住房城乡建设管理委孙立平", "黄浦区政府陆海明"), List.of("钱永康（出访）"),
            List.of("市财政局张立群", "市司法局周敏", "市政府办公厅王振华", "市政府办公厅李卫东"));

    /** 令 of the municipal government, signed by the mayor as only the principal leader may. */
    static final DemoDraft DATA_RULES_ORDER = draft(DocumentType.ORDER, Direction.DOWNWARD, GOVERNMENT,
        "上海市人民政府令", List.of(), null, List.of(), 200, Disclosure.PROACTIVE, """
            <p>《上海市公共数据授权运营管理办法》已经2026年11月23日市政府第86次常务会议通过，现予公布，\
            自2027年1月1日起施行。</p>""");

    /** A 通知 the clerk is still writing (草稿). */
    static final DemoDraft INFORMATION_REVIEW = pending(
        "上海市人民政府办公厅关于开展2026年度政务信息工作考评的通知", null, """
            <p>为进一步提高政务信息工作质量，经研究，决定开展2026年度政务信息工作考评。现将有关事项通知如下：</p>
            <h2>一、考评范围</h2>
            <p>各区人民政府办公室，市政府各委、办、局办公室。</p>""");

    /** A 通知 waiting at 处室审核. */
    static final DemoDraft DOCUMENT_HANDLING = pending(
        "上海市人民政府办公厅关于进一步规范公文办理工作的通知", Disclosure.ON_REQUEST, """
            <p>为提高公文办理质量和效率，根据《党政机关公文处理工作条例》，现就进一步规范公文办理工作通知如下：</p>
            <h2>一、严格行文规则</h2>
            <p>请示应当一文一事，一般只写一个主送机关，不得原件抄送下级机关。</p>
            <h2>二、提高办理时效</h2>
            <p>对市政府交办的公文，承办单位要在规定时限内办结；不能按期办结的，应当说明理由。</p>""");

    /** A 通知 printing a work plan, countersigned and waiting for the 秘书长's 签发. */
    static final DemoDraft ONLINE_SERVICES_PLAN = new DemoDraft(DocumentType.NOTICE, Direction.DOWNWARD, OFFICE,
        "上海市人民政府办公厅关于印发《上海市政务服务“一网通办”2027年工作要点》的通知", List.of(DISTRICTS, "SJUJ"),
        DEPARTMENTS, List.of(), Urgency.NORMAL, """
            <p>《上海市政务服务“一网通办”2027年工作要点》已经市政府同意，现印发给你们，请认真按照执行。</p>""",
        List.of("上海市政务服务“一网通办”2027年工作要点"), 60, Disclosure.PROACTIVE, NO_SECRETS, Attendance.none());

    /** A 通知 the reviewer returned to the clerk. */
    static final DemoDraft ANNUAL_SUMMARY = pending(
        "上海市人民政府办公厅关于报送2026年工作总结和2027年工作安排的通知", Disclosure.ON_REQUEST, """
            <p>为做好市政府年度工作总结和明年工作谋划，请各区、各部门报送2026年工作总结和2027年工作安排。</p>
            <h2>一、报送内容</h2>
            <p>包括年度重点工作完成情况、存在的主要问题和2027年工作思路。</p>""");

    private DemoDrafts() {
    }

    /** Signed off by the 秘书长 without countersigners. */
    static final DemoRoute SECRETARY_GENERAL = new DemoRoute("secgen", "同意。", List.of());

    /** The documents issued at load, in this order; the 批复 follows when its 请示 has been instructed. */
    static final List<DemoIssue> ISSUED = List.of(
        new DemoIssue(HOLIDAY_SUPPLY, new DemoRoute("secgen", "同意。", List.of("fgw", "jiaowei")),
            List.of("fgw", "jiaowei", "pudong")),
        new DemoIssue(BUSINESS_ENVIRONMENT, new DemoRoute("mayor", "同意印发。", List.of("fgw")),
            List.of("huangpu", "pudong", "fgw")),
        new DemoIssue(MAJOR_PROJECTS, SECRETARY_GENERAL, List.of("fgw")),
        new DemoIssue(RENEWAL_MINUTES, new DemoRoute("secgen", "同意印发。", List.of("fgw")), List.of("fgw")),
        new DemoIssue(DATA_RULES_ORDER, new DemoRoute("mayor", "签发。", List.of()), List.of()));

    static final DemoIssue REPLY = new DemoIssue(RIVERSIDE_REPLY, new DemoRoute("mayor", "同意。", List.of()),
        List.of("huangpu"));

    private static DemoDraft pending(String title, @Nullable Disclosure disclosure, String body) {
        return draft(DocumentType.NOTICE, Direction.DOWNWARD, OFFICE, title, List.of(DISTRICTS), DEPARTMENTS,
            List.of(), 60, disclosure, body);
    }

    private static DemoDraft draft(DocumentType type, Direction direction, String issuer, String title,
            List<String> to, @Nullable String toText, List<String> copyTo, int copies, @Nullable Disclosure disclosure,
            String body) {
        // The editor keeps paragraphs on one line each; the text blocks above wrap them for reading only.
        String html = body.replace("\n", "");
        return new DemoDraft(type, direction, issuer, title, to, toText, copyTo, Urgency.NORMAL, html, List.of(),
            copies, disclosure, disclosure == null ? null : NO_SECRETS, Attendance.none());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
