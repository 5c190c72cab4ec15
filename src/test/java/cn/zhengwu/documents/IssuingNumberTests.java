package cn.zhengwu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhengwu.core.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssuingNumberTests {

    @ParameterizedTest
    @CsvSource({
        "沪府办发〔2016〕18号, 沪府办发, 2016, 18",
        "沪府发〔2023〕5号, 沪府发, 2023, 5",
        "沪府〔2022〕20号, 沪府, 2022, 20",
        "沪府办〔2020〕59号, 沪府办, 2020, 59",
        "沪府办字〔2024〕4号, 沪府办字, 2024, 4",
        "沪府规〔2022〕18号, 沪府规, 2022, 18",
        "沪府办规〔2023〕1号, 沪府办规, 2023, 1",
        "沪府规划〔2022〕3号, 沪府规划, 2022, 3",
        "沪府办发〔2026〕15号, 沪府办发, 2026, 15" })
    void readsAndWritesTheRealNumbersOfTheCity(String text, String codeWord, int year, int sequence) {
        var number = IssuingNumber.parse(text);

        assertThat(number).isEqualTo(IssuingNumber.of(codeWord, year, sequence));
        assertThat(number.format()).isEqualTo(text);
        assertThat(number.isOrder()).isFalse();
    }

    @Test
    void readsAnOrderOfTheMunicipalGovernment() {
        var order = IssuingNumber.parse("上海市人民政府令第7号");

        assertThat(order.codeWord()).isEqualTo("上海市人民政府令");
        assertThat(order.year()).isNull();
        assertThat(order.sequence()).isEqualTo(7);
        assertThat(order.isOrder()).isTrue();
        assertThat(order.format()).isEqualTo("上海市人民政府令第7号");
        assertThat(IssuingNumber.order("上海市人民政府令", 95).format()).isEqualTo("上海市人民政府令第95号");
    }

    @ParameterizedTest
    @ValueSource(strings = { "沪府办发[2016]18号", "沪府办发【2016】18号", "沪府办发(2016)18号", "沪府办发（2016）18号",
        "沪府办发［2016］18号" })
    void refusesBracketsOtherThanHexagonal(String text) {
        assertRefused(text, "documents.number.brackets");
    }

    @Test
    void refusesLeadingZerosAndZero() {
        assertRefused("沪府办发〔2016〕018号", "documents.number.leading-zero");
        assertRefused("沪府办发〔2016〕0号", "documents.number.not-positive");
        assertRefused("上海市人民政府令第07号", "documents.number.leading-zero");
    }

    @Test
    void refusesOtherShapes() {
        assertRefused("", "documents.number.blank");
        assertRefused("沪府办发〔2016〕第18号", "documents.number.shape");
        assertRefused("沪府办发〔2016〕18", "documents.number.shape");
        assertRefused("〔2016〕18号", "documents.number.shape");
        assertRefused("沪府办发〔16〕18号", "documents.number.year");
        assertRefused("沪府办发〔1900〕18号", "documents.number.year");
    }

    @Test
    void refusesAWrongCodeWordOrSequenceWhenBuilt() {
        assertThatThrownBy(() -> IssuingNumber.of("HFB", 2026, 1)).isInstanceOf(BusinessRuleViolation.class)
            .extracting("messageKey").isEqualTo("documents.number.code-word");
        assertThatThrownBy(() -> IssuingNumber.of("沪府发", 2026, -1)).isInstanceOf(BusinessRuleViolation.class)
            .extracting("messageKey").isEqualTo("documents.number.not-positive");
        assertThatThrownBy(() -> IssuingNumber.order("沪府发", 1)).isInstanceOf(BusinessRuleViolation.class)
            .extracting("messageKey").isEqualTo("documents.number.shape");
    }

    private static void assertRefused(String text, String key) {
        assertThatThrownBy(() -> IssuingNumber.parse(text)).isInstanceOf(BusinessRuleViolation.class)
            .extracting("messageKey").isEqualTo(key);
    }
}
