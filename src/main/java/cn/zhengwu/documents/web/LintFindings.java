package cn.zhengwu.documents.web;

import cn.zhengwu.documents.LintFinding;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Review findings in the reader's language: the rule's message, its severity and the article it cites. */
@Component
class LintFindings {

    private static final List<String> TRANSLATED_ARGUMENTS = List.of("documents.type.", "documents.direction.");

    private final MessageSource messages;

    LintFindings(MessageSource messages) {
        this.messages = messages;
    }

    List<LintFindingResponse> localized(List<LintFinding> findings, Locale locale) {
        return findings.stream().map(finding -> localized(finding, locale)).toList();
    }

    LintFindingResponse localized(LintFinding finding, Locale locale) {
        Object[] arguments = finding.arguments().stream()
            .map(argument -> TRANSLATED_ARGUMENTS.stream().anyMatch(argument::startsWith)
                ? messages.getMessage(argument, null, locale) : argument)
            .toArray();
        return new LintFindingResponse(finding.rule(), finding.severity().name(),
            messages.getMessage(finding.severity().messageKey(), null, locale),
            messages.getMessage(finding.citationKey(), null, locale),
            messages.getMessage(finding.messageKey(), arguments, locale));
    }
}
