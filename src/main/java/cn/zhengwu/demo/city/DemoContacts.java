package cn.zhengwu.demo.city;

import static cn.zhengwu.demo.city.DemoUnits.listing;

import java.util.List;
import java.util.stream.Stream;

import cn.zhengwu.organization.LiaisonRole;

/**
 * Who the General Office calls in each unit: a liaison officer (联络员) and a 24-hour duty contact
 * (值班联系人) for twelve departments and every district government. Where the liaison officer is a person of
 * the demo city, the contact carries that person's name and numbers.
 */
final class DemoContacts {

    private static final List<DemoContact> DEPARTMENTS = Stream.of(
        unit("FGW", DemoPeople.FGW_LIAISON.listing(), listing("姚建华", "13916620118", "021-23114101")),
        unit("YJJ", DemoPeople.YJJ_LIAISON.listing(), listing("武志强", "13917745206", "021-23114102")),
        unit("JW", DemoPeople.JW_LIAISON.listing(), listing("柳静", "13901308854", "021-23114103")),
        unit("GAJ", listing("程立军", "13918549927", "021-23114004"), listing("石磊", "13902776613", "021-23114104")),
        unit("WJW", listing("白雪梅", "13916437780", "021-23114005"), listing("江涛", "13917981142", "021-23114105")),
        unit("ZJW", listing("尹建新", "13901694405", "021-23114006"), listing("黎明辉", "13918218836", "021-23114106")),
        unit("JTW", listing("胡晓萍", "13902529971", "021-23114007"), listing("崔勇", "13916842257", "021-23114107")),
        unit("SWJ", listing("孔令华", "13917370684", "021-23114008"), listing("康健", "13901930019", "021-23114108")),
        unit("MZJ", listing("常乐", "13918606642", "021-23114009"), listing("乔志伟", "13902851175", "021-23114109")),
        unit("CZJ", listing("戴小红", "13916194438", "021-23114010"), listing("庞刚", "13917458860", "021-23114110")),
        unit("SCJGJ", listing("熊文", "13901726693", "021-23114011"), listing("秦海波", "13918967741", "021-23114111")),
        unit("STHJJ", listing("孟晓云", "13902390027", "021-23114012"), listing("阎军", "13916571184", "021-23114112")))
        .flatMap(List::stream).toList();

    private DemoContacts() {
    }

    static List<DemoContact> all() {
        return Stream.concat(DEPARTMENTS.stream(), DemoUnits.DISTRICTS.stream().flatMap(d -> d.contacts().stream()))
            .toList();
    }

    private static List<DemoContact> unit(String code, Listing liaisonOfficer, Listing dutyContact) {
        return List.of(new DemoContact(code, LiaisonRole.LIAISON_OFFICER, liaisonOfficer),
            new DemoContact(code, LiaisonRole.DUTY_CONTACT, dutyContact));
    }
}
