package cn.zhengwu.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 口令规则: long enough, not too long, mixed, and free of the username. */
class PasswordPolicyTests {

    @Test
    void acceptsALongPasswordMixingThreeKindsOfCharacters() {
        assertThat(PasswordPolicy.violation("Shanghai-2026", "zhangwei")).isEmpty();
    }

    @Test
    void acceptsThreeKindsWithoutSymbols() {
        assertThat(PasswordPolicy.violation("Huangpu2026x", "zhangwei")).isEmpty();
    }

    @Test
    void refusesAPasswordShorterThanTenCharacters() {
        assertThat(PasswordPolicy.violation("Ab1-Ab1-x", "zhangwei")).hasValue("identity.password.tooShort");
    }

    @Test
    void acceptsExactlyTenCharacters() {
        assertThat(PasswordPolicy.violation("Ab1-Ab1-xy", "zhangwei")).isEmpty();
    }

    @Test
    void refusesAPasswordLongerThan128Characters() {
        assertThat(PasswordPolicy.violation("Ab1-" + "x".repeat(125), "zhangwei"))
            .hasValue("identity.password.tooLong");
        assertThat(PasswordPolicy.violation("Ab1-" + "x".repeat(124), "zhangwei")).isEmpty();
    }

    @Test
    void refusesAPasswordOfOnlyTwoKindsOfCharacters() {
        assertThat(PasswordPolicy.violation("shanghai2026", "zhangwei")).hasValue("identity.password.tooSimple");
        assertThat(PasswordPolicy.violation("SHANGHAI-ZW", "zhangwei")).hasValue("identity.password.tooSimple");
    }

    @Test
    void countsChineseCharactersAsNoneOfTheFourKinds() {
        assertThat(PasswordPolicy.violation("上海市人民政府办公厅-2026", "zhangwei")).hasValue("identity.password.tooSimple");
        assertThat(PasswordPolicy.violation("上海市人民政府办公厅-2026a", "zhangwei")).isEmpty();
    }

    @Test
    void refusesAPasswordContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.violation("My-ZhangWei-2026", "zhangwei"))
            .hasValue("identity.password.containsUsername");
    }

    @Test
    void ignoresABlankUsername() {
        assertThat(PasswordPolicy.violation("Shanghai-2026", "")).isEmpty();
    }

    @Test
    void namesTheLengthBeforeTheMixture() {
        assertThat(PasswordPolicy.violation("abc", "zhangwei")).hasValue("identity.password.tooShort");
    }
}
