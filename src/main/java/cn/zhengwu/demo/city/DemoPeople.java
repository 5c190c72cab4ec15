package cn.zhengwu.demo.city;

import static cn.zhengwu.demo.city.DemoUnits.LEADERS;
import static cn.zhengwu.demo.city.DemoUnits.OFFICE;
import static cn.zhengwu.demo.city.DemoUnits.listing;
import static cn.zhengwu.organization.Rank.BUREAU;
import static cn.zhengwu.organization.Rank.DIVISION;
import static cn.zhengwu.organization.Rank.PROVINCIAL;
import static cn.zhengwu.organization.Rank.SECTION;
import static cn.zhengwu.organization.Rank.STAFF;
import static cn.zhengwu.organization.Rank.VICE_DIVISION;
import static cn.zhengwu.organization.Rank.VICE_PROVINCIAL;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import cn.zhengwu.organization.Rank;

/**
 * The people of the demo city. Every name and number is invented; the posts are the real ones of a
 * municipal government. Those referred to elsewhere (accounts, secretaries, liaison) have a constant.
 */
final class DemoPeople {

    /** The first day of the government's term, for the leaders. */
    static final LocalDate TERM = LocalDate.of(2023, 1, 20);

    static final DemoPerson MAYOR = person("林国栋", "13901716283", "021-23110101", post(LEADERS, "市长", PROVINCIAL, TERM));
    static final DemoPerson SECRETARY_GENERAL = person("周建平", "13901937720", "021-23110201",
        post(LEADERS, "秘书长", BUREAU, TERM), post(OFFICE, "办公厅主任", BUREAU, TERM));
    static final DemoPerson MAYORS_SECRETARY = person("陈思远", "13916208853", "021-23111202",
        post("GO-MSC", "秘书", VICE_DIVISION, date(2023, 2, 1)));
    static final DemoPerson SECRETARIAT_CLERK = person("张敏", "13918872614", "021-23111203",
        post("GO-MSC", "科员", STAFF, date(2022, 8, 15)));
    static final DemoPerson DUTY_OFFICER = person("冯磊", "13918126649", "021-23111502",
        post("GO-ZBS", "主任科员", SECTION, date(2020, 7, 1)));
    // 三员分立: the three administrators are three different people.
    static final DemoPerson SYSTEM_ADMINISTRATOR = person("杨帆", "13917226604", "021-23111902",
        post("GO-DZZW", "主任科员", SECTION, date(2019, 9, 1)));
    static final DemoPerson SECURITY_ADMINISTRATOR = person("罗静", "13916058871", "021-23111903",
        post("GO-DZZW", "主任科员", SECTION, date(2021, 3, 1)));
    static final DemoPerson AUDIT_ADMINISTRATOR = person("赵婷", "13917341126", "021-23111302",
        post("GO-ZHC", "主任科员", SECTION, date(2020, 11, 1)));
    static final DemoPerson FGW_LIAISON = person("潘志刚", "13901976642", "021-23112201",
        post("FGW", "办公室副主任", VICE_DIVISION, date(2021, 6, 1)));
    static final DemoPerson YJJ_LIAISON = person("邓丽", "13916327785", "021-23112301",
        post("YJJ", "办公室主任科员", SECTION, date(2022, 4, 1)));
    static final DemoPerson JW_LIAISON = person("彭晓峰", "13918463390", "021-23112401",
        post("JW", "办公室主任科员", SECTION, date(2021, 9, 1)));
    static final DemoPerson PUDONG_OFFICE_HEAD = person("谢伟明", "13901528814", "021-23113211",
        post(DemoUnits.district("310115").officeCode(), "主任", DIVISION, date(2022, 1, 10)));

    private static final List<DemoPerson> MUNICIPAL = List.of(
        MAYOR,
        person("沈志远", "13901825547", "021-23110102", post(LEADERS, "常务副市长", VICE_PROVINCIAL, TERM)),
        person("顾文华", "13916472031", "021-23110103", post(LEADERS, "副市长", VICE_PROVINCIAL, TERM)),
        person("陆静怡", "13917658092", "021-23110104", post(LEADERS, "副市长", VICE_PROVINCIAL, TERM)),
        person("钱永康", "13918304476", "021-23110105", post(LEADERS, "副市长", VICE_PROVINCIAL, TERM)),
        SECRETARY_GENERAL,
        person("何立新", "13902154318", "021-23110202", post(LEADERS, "副秘书长", BUREAU, TERM)),
        person("徐海鹰", "13902268845", "021-23110203", post(LEADERS, "副秘书长", BUREAU, date(2024, 5, 6))),
        person("王振华", "13901652209", "021-23111201", post("GO-MSC", "处长", DIVISION, date(2021, 4, 1))),
        MAYORS_SECRETARY,
        SECRETARIAT_CLERK,
        person("李卫东", "13901773045", "021-23111301", post("GO-ZHC", "处长", DIVISION, date(2020, 2, 1))),
        AUDIT_ADMINISTRATOR,
        person("吴俊杰", "13902047781", "021-23111401", post("GO-DCS", "主任", DIVISION, date(2022, 6, 1))),
        person("孙雅琴", "13916935540", "021-23111402", post("GO-DCS", "主任科员", SECTION, date(2021, 10, 8))),
        person("郑国强", "13901598836", "021-23111501", post("GO-ZBS", "主任", DIVISION, date(2019, 12, 1))),
        DUTY_OFFICER,
        person("黄丽萍", "13901862274", "021-23111601", post("GO-XXC", "处长", DIVISION, date(2023, 3, 1))),
        person("朱晨", "13917593318", "021-23111602", post("GO-XXC", "科员", STAFF, date(2023, 8, 1))),
        person("马建明", "13902316657", "021-23111701", post("GO-JYTAC", "处长", DIVISION, date(2021, 1, 4))),
        person("高洁", "13916784402", "021-23111702", post("GO-JYTAC", "科员", STAFF, date(2022, 8, 15))),
        person("许文斌", "13901429963", "021-23111801", post("GO-ZWGK", "主任", DIVISION, date(2022, 3, 1))),
        person("韩雪", "13918657720", "021-23111802", post("GO-ZWGK", "科员", STAFF, date(2024, 8, 1))),
        person("蒋涛", "13902075518", "021-23111901", post("GO-DZZW", "处长", DIVISION, date(2020, 5, 1))),
        SYSTEM_ADMINISTRATOR,
        SECURITY_ADMINISTRATOR,
        person("梁晓东", "13901364497", "021-23112001", post("GO-HWC", "处长", DIVISION, date(2021, 7, 1))),
        person("宋佳", "13918940235", "021-23112002", post("GO-HWC", "科员", STAFF, date(2023, 8, 1))),
        person("唐明远", "13902481176", "021-23112101", post("GO-FGC", "处长", DIVISION, date(2019, 6, 1))),
        person("曹颖", "13917815563", "021-23112102", post("GO-FGC", "主任科员", SECTION, date(2020, 9, 1))),
        FGW_LIAISON,
        YJJ_LIAISON,
        JW_LIAISON,
        PUDONG_OFFICE_HEAD);

    private DemoPeople() {
    }

    /** Everyone: the municipal people above and each district office's clerk. */
    static List<DemoPerson> all() {
        return Stream.concat(MUNICIPAL.stream(), DemoUnits.DISTRICTS.stream().map(DemoDistrict::officeClerk))
            .toList();
    }

    static List<DemoSecretary> secretaries() {
        return List.of(new DemoSecretary(MAYOR, MAYORS_SECRETARY, date(2023, 2, 1)));
    }

    private static DemoPerson person(String name, String mobile, String phone, DemoPost... posts) {
        return new DemoPerson(listing(name, mobile, phone), List.of(posts));
    }

    private static DemoPost post(String unit, String title, Rank rank, LocalDate since) {
        return new DemoPost(unit, title, rank, since);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
