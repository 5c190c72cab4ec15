package cn.zhengwu.documents.lint;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.CopyRecipient;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DraftFacts;
import cn.zhengwu.documents.IssuingNumber;
import cn.zhengwu.documents.LintFinding;
import cn.zhengwu.documents.RecipientLevel;
import cn.zhengwu.documents.Severity;

/**
 * The review rules (核稿规则), each a small named check citing its clause of the 《党政机关公文处理工作条例》 or
 * of GB/T 9704-2012 《党政机关公文格式》. {@link #standard()} is the list the review applies, in reading order.
 */
public final class DraftRules {

    private DraftRules() {
    }

    public static List<DraftRule> standard() {
        return List.of(new TypeFitsDirection(), new UpwardOneMainRecipient(), new UpwardShowsSigner(),
            new UpwardNoCopyToLower(), new RequestOneMatter(), new TitleEndsWithType(), new TitleNamesIssuer(),
            new IssuingNumberFormat(), new DateFormat(), new AttachmentNoteFormat(), new HeadingOrder());
    }

    /** 第八条: each 文种 travels in its own directions (a 请示 goes up, a 批复 down, a 函 across). */
    static final class TypeFitsDirection extends DraftRule {

        TypeFitsDirection() {
            super("type-fits-direction", Severity.MUST, "documents.cite.art8");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            return draft.type().travels(draft.direction()) ? List.of()
                : List.of(finding("documents.lint.type-fits-direction", draft.type().messageKey(), draft.direction().messageKey()));
        }
    }

    /** 第十五条（一）: 上行文原则上主送一个上级机关. */
    static final class UpwardOneMainRecipient extends DraftRule {

        UpwardOneMainRecipient() {
            super("upward-one-main-recipient", Severity.MUST, "documents.cite.art15-1");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            int count = draft.mainRecipients().size();
            return draft.direction() != Direction.UPWARD || count == 1 ? List.of()
                : List.of(finding("documents.lint.upward-one-main-recipient", Integer.toString(count)));
        }
    }

    /** 第九条（六）: 上行文应当标注签发人姓名. */
    static final class UpwardShowsSigner extends DraftRule {

        UpwardShowsSigner() {
            super("upward-shows-signer", Severity.MUST, "documents.cite.art9-6");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            boolean missing = draft.signer() == null || draft.signer().isBlank();
            return draft.direction() == Direction.UPWARD && missing
                ? List.of(finding("documents.lint.upward-shows-signer")) : List.of();
        }
    }

    /** 第十五条（一）: 上行文不抄送下级机关. */
    static final class UpwardNoCopyToLower extends DraftRule {

        UpwardNoCopyToLower() {
            super("upward-no-copy-to-lower", Severity.MUST, "documents.cite.art15-1");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            if (draft.direction() != Direction.UPWARD) {
                return List.of();
            }
            return draft.copyRecipients().stream()
                .filter(copy -> copy.level() == RecipientLevel.LOWER)
                .map(CopyRecipient::name)
                .map(name -> finding("documents.lint.upward-no-copy-to-lower", name))
                .toList();
        }
    }

    /**
     * 第十五条（四）: 请示应当一文一事, and no request is slipped into a 报告 or other non-请示. The body is not read:
     * a 请示 has one main recipient and one 请示 in its title; another type's title names no 请示.
     */
    static final class RequestOneMatter extends DraftRule {

        RequestOneMatter() {
            super("request-one-matter", Severity.MUST, "documents.cite.art15-4");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            int requests = occurrences(draft.title(), "请示");
            if (draft.type() != DocumentType.REQUEST) {
                return requests == 0 ? List.of()
                    : List.of(finding("documents.lint.request-in-other-type", draft.type().messageKey()));
            }
            List<LintFinding> findings = new ArrayList<>();
            if (draft.mainRecipients().size() != 1) {
                findings.add(finding("documents.lint.request-one-recipient",
                    Integer.toString(draft.mainRecipients().size())));
            }
            if (requests > 1) {
                findings.add(finding("documents.lint.request-one-matter", Integer.toString(requests)));
            }
            return findings;
        }

        private static int occurrences(String text, String word) {
            int count = 0;
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                count++;
            }
            return count;
        }
    }

    /** 第九条（七）: 标题由发文机关名称、事由和文种组成 — the title ends with the 文种. */
    static final class TitleEndsWithType extends DraftRule {

        TitleEndsWithType() {
            super("title-ends-with-type", Severity.MUST, "documents.cite.art9-7");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            String title = draft.title().strip();
            return draft.type().titleEndings().stream().anyMatch(title::endsWith) ? List.of()
                : List.of(finding("documents.lint.title-ends-with-type", title, draft.type().messageKey()));
        }
    }

    /** 第九条（七）: the title names the issuing organ and a subject before the 文种. */
    static final class TitleNamesIssuer extends DraftRule {

        TitleNamesIssuer() {
            super("title-names-issuer", Severity.SHOULD, "documents.cite.art9-7");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            String title = draft.title().strip();
            String issuer = draft.issuingUnit().strip();
            if (issuer.isEmpty() || !title.startsWith(issuer)) {
                return List.of(finding("documents.lint.title-names-issuer", title, issuer));
            }
            String rest = title.substring(issuer.length());
            boolean subjectless = draft.type().titleEndings().stream().anyMatch(rest::equals);
            return subjectless ? List.of(finding("documents.lint.title-names-subject", title)) : List.of();
        }
    }

    /** 第九条（五）: 发文字号由发文机关代字、年份、发文顺序号组成 — 〔2026〕15号, no leading zeros. */
    static final class IssuingNumberFormat extends DraftRule {

        IssuingNumberFormat() {
            super("issuing-number-format", Severity.MUST, "documents.cite.art9-5");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            String number = draft.issuingNumber();
            if (number == null || number.isBlank()) {
                return List.of();
            }
            try {
                IssuingNumber parsed = IssuingNumber.parse(number);
                boolean orderForm = parsed.isOrder();
                if (orderForm != (draft.type() == DocumentType.ORDER)) {
                    return List.of(finding("documents.lint.number-form", number, draft.type().messageKey()));
                }
                return List.of();
            }
            catch (BusinessRuleViolation refused) {
                String[] arguments = Arrays.stream(refused.arguments()).map(String::valueOf)
                    .toArray(String[]::new);
                return List.of(finding(refused.messageKey(), arguments));
            }
        }
    }

    /** 第九条（十二） and GB/T 9704 7.3.5.1: 成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位 — 2026年11月27日. */
    static final class DateFormat extends DraftRule {

        private static final Pattern DATE = Pattern.compile("(\\d{4})年([1-9]|1[0-2])月([1-9]|[12]\\d|3[01])日");

        DateFormat() {
            super("date-format", Severity.MUST, "documents.cite.art9-12");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            String text = draft.dateText();
            if (text == null || text.isBlank()) {
                return List.of();
            }
            Matcher date = DATE.matcher(text.strip());
            if (!date.matches()) {
                return List.of(finding("documents.lint.date-format", text.strip()));
            }
            try {
                LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
                return List.of();
            }
            catch (DateTimeException impossible) {
                return List.of(finding("documents.lint.date-impossible", text.strip()));
            }
        }
    }

    /**
     * 第九条（十） and GB/T 9704 7.3.4: 附件说明 starts with "附件："; several attachments are numbered 1. 2. 3. in
     * order; a name ends without punctuation.
     */
    static final class AttachmentNoteFormat extends DraftRule {

        private static final String PREFIX = "附件：";
        private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.\\s*(\\S.*)");
        private static final Pattern TRAILING_PUNCTUATION = Pattern.compile(".*[。，；：、.,;:]$");

        AttachmentNoteFormat() {
            super("attachment-note-format", Severity.MUST, "documents.cite.art9-10");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            List<String> lines = draft.attachmentLines();
            if (lines.isEmpty()) {
                return List.of();
            }
            List<LintFinding> findings = new ArrayList<>();
            String first = lines.getFirst().strip();
            if (!first.startsWith(PREFIX)) {
                findings.add(finding("documents.lint.attachment-prefix", first));
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = i == 0 && first.startsWith(PREFIX) ? first.substring(PREFIX.length()).strip()
                    : lines.get(i).strip();
                String name = line;
                if (lines.size() > 1) {
                    Matcher numbered = NUMBERED.matcher(line);
                    if (!numbered.matches() || Integer.parseInt(numbered.group(1)) != i + 1) {
                        findings.add(finding("documents.lint.attachment-number", line, Integer.toString(i + 1)));
                        continue;
                    }
                    name = numbered.group(2);
                }
                if (TRAILING_PUNCTUATION.matcher(name).matches()) {
                    findings.add(finding("documents.lint.attachment-punctuation", name));
                }
            }
            return findings;
        }
    }

    /**
     * GB/T 9704 7.3.3: 结构层次序数依次用"一、""（一）""1.""（1）" — each level numbered from one, a heading
     * opening at most one level below the one above it.
     */
    static final class HeadingOrder extends DraftRule {

        private static final List<Pattern> LEVELS = List.of(
            Pattern.compile("([一二三四五六七八九十]+)、.*"),
            Pattern.compile("（([一二三四五六七八九十]+)）.*"),
            Pattern.compile("(\\d+)\\.(?!\\d).*"),
            Pattern.compile("（(\\d+)）.*"));

        HeadingOrder() {
            super("heading-order", Severity.MUST, "documents.cite.gbt9704-7-3-3");
        }

        @Override
        public List<LintFinding> check(DraftFacts draft) {
            List<LintFinding> findings = new ArrayList<>();
            int[] counters = new int[LEVELS.size()];
            int depth = -1;
            for (String raw : draft.headingLines()) {
                String line = raw.strip();
                int level = -1;
                int number = 0;
                for (int l = 0; l < LEVELS.size() && level < 0; l++) {
                    Matcher matcher = LEVELS.get(l).matcher(line);
                    if (matcher.matches()) {
                        level = l;
                        number = l < 2 ? chineseNumber(matcher.group(1)) : Integer.parseInt(matcher.group(1));
                    }
                }
                if (level < 0 || number < 1) {
                    findings.add(finding("documents.lint.heading-unknown", line));
                    continue;
                }
                if (level > depth + 1) {
                    findings.add(finding("documents.lint.heading-skipped", line));
                }
                else if (number != counters[level] + 1) {
                    findings.add(finding("documents.lint.heading-sequence", line, Integer.toString(counters[level] + 1)));
                }
                counters[level] = number;
                for (int deeper = level + 1; deeper < counters.length; deeper++) {
                    counters[deeper] = 0;
                }
                depth = level;
            }
            return findings;
        }

        /** 一 to 九十九; zero for what is not such a numeral (十十, 一十一十). */
        static int chineseNumber(String numeral) {
            String digits = "一二三四五六七八九";
            int ten = numeral.indexOf('十');
            if (ten < 0) {
                return numeral.length() == 1 ? digits.indexOf(numeral.charAt(0)) + 1 : 0;
            }
            if (numeral.indexOf('十', ten + 1) >= 0 || ten > 1 || numeral.length() - ten > 2) {
                return 0;
            }
            int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
            int units = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1)) + 1;
            return tens * 10 + units;
        }
    }
}
