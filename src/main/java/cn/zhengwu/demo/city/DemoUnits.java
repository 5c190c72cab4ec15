package cn.zhengwu.demo.city;

import static cn.zhengwu.organization.UnitKind.DEPARTMENT;
import static cn.zhengwu.organization.UnitKind.OFFICE_DIVISION;

import java.util.List;
import java.util.stream.Stream;

import cn.zhengwu.organization.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * The unit tree of the demo city: public facts from {@code shared/domain/shanghai-government.md}. Names and
 * short names (规范简称) are those of §1.2; a 部门管理机构 sits below its parent body. Left out: the
 * centrally managed 市税务局, the abolished 市道路运输局 and the dispatched 管委会, which are not municipal
 * government bodies. Code words are given only for the units where the reference shows one.
 */
final class DemoUnits {

    static final String ROOT = "SHGOV";
    static final String LEADERS = "SHGOV-LEAD";
    static final String OFFICE = "SHGOV-GO";

    static final List<DemoUnit> MUNICIPAL = List.of(
        unit(ROOT, null, UnitKind.GOVERNMENT, "上海市人民政府", "市政府", "沪府"),
        unit(LEADERS, ROOT, UnitKind.LEADERSHIP, "上海市人民政府领导", "市政府领导", null),
        unit(OFFICE, ROOT, UnitKind.GENERAL_OFFICE, "上海市人民政府办公厅", "市政府办公厅", "沪府办"),
        // The official list of the General Office's divisions (内设机构) was not found; these are the usual
        // ones of a provincial 办公厅, with 建议提案处, 总值班室 and 政务公开办公室 attested for Shanghai.
        division("GO-MSC", "秘书处"),
        division("GO-ZHC", "综合处"),
        division("GO-DCS", "督查室"),
        division("GO-ZBS", "总值班室"),
        division("GO-XXC", "信息处"),
        division("GO-JYTAC", "建议提案处"),
        division("GO-ZWGK", "政务公开办公室"),
        division("GO-DZZW", "电子政务处"),
        division("GO-HWC", "会务处"),
        division("GO-FGC", "法规处"),
        department("FGW", null, "上海市发展和改革委员会", "市发展改革委"),
        department("LSWZJ", "FGW", "上海市粮食和物资储备局", "市粮食物资储备局"),
        department("JXW", null, "上海市经济和信息化委员会", "市经济信息化委"),
        department("SWW", null, "上海市商务委员会", "市商务委"),
        department("JW", null, "上海市教育委员会", "市教委"),
        department("KW", null, "上海市科学技术委员会", "市科委"),
        department("MZZJW", null, "上海市民族和宗教事务委员会", "市民族宗教委"),
        department("GAJ", null, "上海市公安局", "市公安局"),
        // The reference gives no short name; this one follows 市公安局.
        department("GJAQJ", null, "上海市国家安全局", "市国家安全局"),
        department("MZJ", null, "上海市民政局", "市民政局"),
        department("SFJ", null, "上海市司法局", "市司法局"),
        department("JYGLJ", "SFJ", "上海市监狱管理局", "市监狱管理局"),
        department("CZJ", null, "上海市财政局", "市财政局"),
        department("RSJ", null, "上海市人力资源和社会保障局", "市人力资源社会保障局"),
        department("GHZYJ", null, "上海市规划和自然资源局", "市规划资源局"),
        department("STHJJ", null, "上海市生态环境局", "市生态环境局"),
        department("ZJW", null, "上海市住房和城乡建设管理委员会", "市住房城乡建设管理委"),
        department("CGZFJ", "ZJW", "上海市城市管理行政执法局", "市城管执法局"),
        department("FGJ", "ZJW", "上海市房屋管理局", "市房屋管理局"),
        department("JTW", null, "上海市交通委员会", "市交通委"),
        department("NYNCW", null, "上海市农业农村委员会", "市农业农村委"),
        department("SWJ", null, "上海市水务局", "市水务局"),
        department("WHLYJ", null, "上海市文化和旅游局", "市文化旅游局"),
        department("WJW", null, "上海市卫生健康委员会", "市卫生健康委"),
        department("TYJRJ", null, "上海市退役军人事务局", "市退役军人局"),
        department("YJJ", null, "上海市应急管理局", "市应急局"),
        department("SJJ", null, "上海市审计局", "市审计局"),
        department("WB", null, "上海市人民政府外事办公室", "市政府外办"),
        department("GZW", null, "上海市国有资产监督管理委员会", "市国资委"),
        department("SCJGJ", null, "上海市市场监督管理局", "市市场监管局"),
        department("YPJGJ", "SCJGJ", "上海市药品监督管理局", "市药品监管局"),
        department("TYJ", null, "上海市体育局", "市体育局"),
        department("TJJ", null, "上海市统计局", "市统计局"),
        department("LHSRJ", null, "上海市绿化和市容管理局", "市绿化市容局"),
        department("YBJ", null, "上海市医疗保障局", "市医保局"),
        department("JGJ", null, "上海市机关事务管理局", "市机管局"),
        department("SJUJ", null, "上海市数据局", "市数据局"),
        // Renamed from 市地方金融监督管理局; the reference shows no short name for the new name yet.
        department("JRJ", null, "上海市地方金融管理局", "市地方金融管理局"),
        department("HZJLB", null, "上海市人民政府合作交流办公室", "市政府合作交流办"),
        department("GDB", null, "上海市国防动员办公室", "市国动办"),
        department("XFB", null, "上海市人民政府信访办公室", "市信访办"),
        department("YJS", null, "上海市人民政府研究室", "市政府研究室"),
        department("ZSCQJ", null, "上海市知识产权局", "市知识产权局"));

    /** Division codes of GB/T 2260 (2025 list); code words as seen on the districts' own documents. */
    static final List<DemoDistrict> DISTRICTS = List.of(
        district("310101", "黄浦区", null, listing("周晓燕", "13901760231", "021-23113001"),
            listing("吴海峰", "13918230412", "021-23113101")),
        district("310104", "徐汇区", null, listing("钱丽华", "13916540387", "021-23113002"),
            listing("孙志勇", "13917062251", "021-23113102")),
        district("310105", "长宁区", null, listing("施佳慧", "13901984426", "021-23113003"),
            listing("严伟", "13918715509", "021-23113103")),
        district("310106", "静安区", null, listing("金晓明", "13902137764", "021-23113004"),
            listing("陶红梅", "13916398812", "021-23113104")),
        district("310107", "普陀区", null, listing("姜磊", "13917450693", "021-23113005"),
            listing("范丽娟", "13901247758", "021-23113105")),
        district("310109", "虹口区", null, listing("袁芳", "13918376624", "021-23113006"),
            listing("汤建国", "13902591137", "021-23113106")),
        district("310110", "杨浦区", null, listing("邵俊", "13916829940", "021-23113007"),
            listing("毛海燕", "13917284415", "021-23113107")),
        district("310112", "闵行区", "闵府", listing("夏雨婷", "13901613352", "021-23113008"),
            listing("倪德华", "13918092276", "021-23113108")),
        district("310113", "宝山区", null, listing("葛建军", "13902735581", "021-23113009"),
            listing("贺丽", "13916150039", "021-23113109")),
        district("310114", "嘉定区", "嘉府", listing("汪晓东", "13917936618", "021-23113010"),
            listing("俞红", "13901485523", "021-23113110")),
        district("310115", "浦东新区", "浦府", listing("陆宇", "13918567704", "021-23113011"),
            listing("方秀英", "13902418869", "021-23113111")),
        district("310116", "金山区", null, listing("诸佳", "13916703348", "021-23113012"),
            listing("卫国平", "13917529916", "021-23113112")),
        district("310117", "松江区", "沪松府", listing("吕婷", "13901872265", "021-23113013"),
            listing("蔡志华", "13918341187", "021-23113113")),
        district("310118", "青浦区", null, listing("褚燕", "13902954473", "021-23113014"),
            listing("薛建平", "13916276651", "021-23113114")),
        district("310120", "奉贤区", null, listing("邹凯", "13917618830", "021-23113015"),
            listing("瞿美玲", "13901359947", "021-23113115")),
        district("310151", "崇明区", "沪崇府", listing("黄海", "13918825562", "021-23113016"),
            listing("季春华", "13902063318", "021-23113116")));

    private DemoUnits() {
    }

    /** The whole tree, every unit after its parent. */
    static List<DemoUnit> all() {
        return Stream.concat(MUNICIPAL.stream(),
            DISTRICTS.stream().flatMap(district -> Stream.of(district.government(), district.office()))).toList();
    }

    static DemoDistrict district(String code) {
        return DISTRICTS.stream().filter(district -> district.code().equals(code)).findFirst().orElseThrow();
    }

    private static DemoUnit unit(String code, @Nullable String parent, UnitKind kind, String fullName,
            String shortName, @Nullable String codeWord) {
        return new DemoUnit(code, parent, kind, fullName, shortName, codeWord);
    }

    private static DemoUnit division(String code, String name) {
        return new DemoUnit(code, OFFICE, OFFICE_DIVISION, "上海市人民政府办公厅" + name, "市政府办公厅" + name,
            null);
    }

    /** A department directly under the government, or a 部门管理机构 under its parent body. */
    private static DemoUnit department(String code, @Nullable String parent, String fullName, String shortName) {
        return new DemoUnit(code, parent == null ? ROOT : parent, DEPARTMENT, fullName, shortName, null);
    }

    private static DemoDistrict district(String code, String name, @Nullable String codeWord, Listing clerk,
            Listing duty) {
        return new DemoDistrict(code, name, codeWord, clerk, duty);
    }

    static Listing listing(String name, String mobile, String phone) {
        return new Listing(name, mobile, phone);
    }
}
