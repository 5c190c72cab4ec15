package cn.zhengwu.documents.lint;

import java.util.List;

import cn.zhengwu.documents.DraftFacts;
import cn.zhengwu.documents.LintFinding;
import cn.zhengwu.documents.Severity;

/**
 * One named check of the review (核稿), citing the clause it enforces. Each rule looks at one concern only, so a
 * finding names exactly what to correct.
 */
public abstract class DraftRule {

    private final String name;
    private final Severity severity;
    private final String citationKey;

    protected DraftRule(String name, Severity severity, String citationKey) {
        this.name = name;
        this.severity = severity;
        this.citationKey = citationKey;
    }

    public String name() {
        return name;
    }

    public Severity severity() {
        return severity;
    }

    public abstract List<LintFinding> check(DraftFacts draft);

    protected LintFinding finding(String messageKey, String... arguments) {
        return new LintFinding(name, severity, citationKey, messageKey, List.of(arguments));
    }
}
