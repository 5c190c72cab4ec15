package cn.zhengwu.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitNode;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.Test;

class UnitTreeFilterTests {

    static final UnitNode CITY = node("上海市人民政府", "市政府", "SH", "沪府",
        node("上海市人民政府办公厅", "市政府办公厅", "SH-BGT", "沪府办",
            node("秘书处", "秘书处", "SH-BGT-MS", null)),
        node("上海市浦东新区人民政府", "浦东新区政府", "SH-PD", "浦府",
            node("浦东新区教育局", "浦东教育局", "SH-PD-JY", null)));

    @Test
    void withoutTextTheWholeTreeStays() {
        assertThat(UnitTreeFilter.filter(List.of(CITY), "  ")).containsExactly(CITY);
    }

    @Test
    void aMatchKeepsTheUnitsAboveItButNotItsCousins() {
        List<UnitNode> found = UnitTreeFilter.filter(List.of(CITY), "教育");

        assertThat(found).singleElement().satisfies(city -> {
            assertThat(city.children()).singleElement().satisfies(district -> {
                assertThat(district.unit().shortName()).isEqualTo("浦东新区政府");
                assertThat(district.children()).extracting(child -> child.unit().code()).containsExactly("SH-PD-JY");
            });
        });
    }

    @Test
    void aMatchingUnitKeepsEverythingBelowIt() {
        List<UnitNode> found = UnitTreeFilter.filter(List.of(CITY), "沪府办");

        assertThat(found.getFirst().children()).singleElement()
            .satisfies(office -> assertThat(office.size()).isEqualTo(2));
    }

    @Test
    void codesMatchWhateverTheirCase() {
        assertThat(UnitTreeFilter.filter(List.of(CITY), "sh-pd-jy")).singleElement()
            .satisfies(city -> assertThat(city.size()).isEqualTo(3));
    }

    @Test
    void textFoundNowhereLeavesNothing() {
        assertThat(UnitTreeFilter.filter(List.of(CITY), "不存在的机构")).isEmpty();
    }

    private static UnitNode node(String fullName, String shortName, String code, String codeWord,
            UnitNode... children) {
        return new UnitNode(new UnitSummary(UnitId.random(), null, UnitKind.DIVISION, fullName, shortName, code,
            codeWord, 0, true), List.of(children));
    }
}
