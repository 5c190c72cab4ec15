package cn.zhengwu.documents;

import java.util.List;

import cn.zhengwu.documents.lint.DraftRule;
import cn.zhengwu.documents.lint.DraftRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** 核稿 — applies the review rules to a draft's facts. Pure: reads nothing, stores nothing. */
@Service
public class DraftReview {

    private final List<DraftRule> rules = DraftRules.standard();

    /** Every finding of every rule, in the rules' order; empty when the draft passes. */
    @PreAuthorize(DocumentDrafting.WORK)
    public List<LintFinding> review(DraftFacts draft) {
        return rules.stream().flatMap(rule -> rule.check(draft).stream()).toList();
    }
}
