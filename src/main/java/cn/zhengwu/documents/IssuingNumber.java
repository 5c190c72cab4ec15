package cn.zhengwu.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhengwu.core.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * 发文字号 — 发文机关代字 + 年份 + 发文顺序号, written {@code 沪府办发〔2026〕15号}: the year in 六角括号 〔〕, the
 * sequence without leading zeros and without 第. A 令 is numbered {@code 上海市人民政府令第7号} instead: no year, the
 * code word ending in 令; {@link #year()} is then {@code null}.
 *
 * @param codeWord 发文机关代字 ({@code 沪府办发}), or for a 令 the issuer and 令 ({@code 上海市人民政府令})
 * @param year the year, absent for a 令
 * @param sequence 发文顺序号, from 1
 */
public record IssuingNumber(String codeWord, @Nullable Integer year, int sequence) {

    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;
    private static final String[] YEARS = { Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR) };
    private static final Pattern CODE_WORD = Pattern.compile("\\p{IsHan}{1,16}");
    private static final Pattern ORDER = Pattern.compile("(\\p{IsHan}+令)第(\\d+)号");
    private static final Pattern BRACKETED = Pattern.compile("(\\p{IsHan}+)([〔\\[【(（〈<{［])(\\d+)([〕\\]】)）〉>}］])第?(\\d+)号");

    public IssuingNumber {
        checkCodeWord(codeWord);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw BusinessRuleViolation.invalid("documents.number.year", year.toString(), YEARS[0], YEARS[1]);
        }
        if (year == null && !codeWord.endsWith("令")) {
            throw BusinessRuleViolation.invalid("documents.number.shape", codeWord);
        }
        if (sequence < 1) {
            throw BusinessRuleViolation.invalid("documents.number.not-positive", Integer.toString(sequence));
        }
    }

    /** A bracketed number: {@code 沪府发〔2024〕3号}. */
    public static IssuingNumber of(String codeWord, int year, int sequence) {
        return new IssuingNumber(codeWord, year, sequence);
    }

    /** A 令: {@code 上海市人民政府令第7号}. */
    public static IssuingNumber order(String codeWord, int sequence) {
        return new IssuingNumber(codeWord, null, sequence);
    }

    /** Reads a written number, refusing wrong brackets, leading zeros, a zero sequence and a 第 in brackets. */
    public static IssuingNumber parse(String text) {
        String number = text.strip();
        if (number.isEmpty()) {
            throw BusinessRuleViolation.invalid("documents.number.blank");
        }
        Matcher order = ORDER.matcher(number);
        if (order.matches()) {
            return order(order.group(1), sequence(order.group(2)));
        }
        Matcher bracketed = BRACKETED.matcher(number);
        if (!bracketed.matches()) {
            throw BusinessRuleViolation.invalid("documents.number.shape", number);
        }
        if (!bracketed.group(2).equals("〔") || !bracketed.group(4).equals("〕")) {
            throw BusinessRuleViolation.invalid("documents.number.brackets", number);
        }
        if (bracketed.group(3).length() != 4) {
            throw BusinessRuleViolation.invalid("documents.number.year", bracketed.group(3), YEARS[0], YEARS[1]);
        }
        if (number.contains("〕第")) {
            throw BusinessRuleViolation.invalid("documents.number.shape", number);
        }
        return of(bracketed.group(1), Integer.parseInt(bracketed.group(3)), sequence(bracketed.group(5)));
    }

    /** Refuses a code word that is not 1 to 16 Chinese characters. */
    public static void checkCodeWord(String codeWord) {
        if (!CODE_WORD.matcher(codeWord).matches()) {
            throw BusinessRuleViolation.invalid("documents.number.code-word", codeWord);
        }
    }

    private static int sequence(String digits) {
        if (digits.length() > 1 && digits.startsWith("0")) {
            throw BusinessRuleViolation.invalid("documents.number.leading-zero", digits);
        }
        if (digits.length() > 6) {
            throw BusinessRuleViolation.invalid("documents.number.shape", digits);
        }
        int sequence = Integer.parseInt(digits);
        if (sequence < 1) {
            throw BusinessRuleViolation.invalid("documents.number.not-positive", Integer.toString(sequence));
        }
        return sequence;
    }

    public boolean isOrder() {
        return year == null;
    }

    /** The written form: {@code 沪府办发〔2026〕15号} or {@code 上海市人民政府令第7号}. */
    public String format() {
        return year == null ? codeWord + "第" + sequence + "号" : codeWord + "〔" + year + "〕" + sequence + "号";
    }

    @Override
    public String toString() {
        return format();
    }
}
