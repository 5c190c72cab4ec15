package cn.zhengwu.demo.city;

import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.organization.LiaisonRole;
import cn.zhengwu.organization.Rank;
import cn.zhengwu.organization.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * One of the 16 districts: its government (区政府), whose unit code is the GB/T 2260 division code, the
 * district government office (区政府办公室) below it, a clerk of that office who is the district's liaison
 * officer (联络员), and the district's 24-hour duty contact (值班联系人).
 *
 * @param name the district, e.g. 黄浦区
 * @param codeWord the government's issuing-organ code word (发文机关代字), only where the reference shows one
 */
record DemoDistrict(String code, String name, @Nullable String codeWord, Listing clerk, Listing duty) {

    static final LocalDate CLERKS_SINCE = LocalDate.of(2024, 3, 1);

    DemoUnit government() {
        return new DemoUnit(code, DemoUnits.ROOT, UnitKind.DISTRICT, "上海市" + name + "人民政府",
            name + "政府", codeWord);
    }

    DemoUnit office() {
        return new DemoUnit(officeCode(), code, UnitKind.DISTRICT_DEPARTMENT, "上海市" + name + "人民政府办公室",
            name + "政府办公室", null);
    }

    String officeCode() {
        return code + "-BGS";
    }

    DemoPerson officeClerk() {
        return new DemoPerson(clerk, List.of(new DemoPost(officeCode(), "科员", Rank.STAFF, CLERKS_SINCE)));
    }

    List<DemoContact> contacts() {
        return List.of(new DemoContact(code, LiaisonRole.LIAISON_OFFICER, clerk),
            new DemoContact(code, LiaisonRole.DUTY_CONTACT, duty));
    }
}
