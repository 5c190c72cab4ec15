package cn.zhengwu.documents.draft;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.DocumentProcessing;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DraftContent;
import cn.zhengwu.documents.LayoutFormat;
import cn.zhengwu.documents.template.DocumentTemplate;
import cn.zhengwu.documents.template.Templates;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a draft against its template and the organization. The template in force for the type and the issuing unit
 * gives the 发文机关标志, the code word of the number, the format, the default 印发机关 and the approval model; without
 * one they are derived from the unit (沪府办 → 沪府办发, 沪府办函 for a 函; 上海市人民政府令 for a 令). The recipients
 * get their names. Refuses what cannot be issued: an issuer with neither template nor code word, unknown or
 * inactive recipients, a unit named twice, a 保密期限 on a record that is not classified, 出席, 请假 or 列席 on
 * anything but a 纪要.
 */
@Component
public class DraftResolver {

    private final OrganizationManagement organization;
    private final Templates templates;

    DraftResolver(OrganizationManagement organization, Templates templates) {
        this.organization = organization;
        this.templates = templates;
    }

    public ResolvedDraft resolve(DraftContent content) {
        UnitSummary issuer = active(content.issuer());
        Form form = templates.findByTypeAndIssuerCodeAndRetiredAtIsNull(content.type(), issuer.code())
            .map(Form::of).orElseGet(() -> derived(content.type(), issuer));
        if (content.secrecyTerm() != null && !content.classification().covers(SecurityClassification.SECRET)) {
            throw BusinessRuleViolation.invalid("documents.draft.term-without-secret");
        }
        if (!content.attendance().nobody() && content.type() != DocumentType.MINUTES) {
            throw BusinessRuleViolation.invalid("documents.attendance.notMinutes");
        }
        Set<UnitId> seen = new HashSet<>();
        List<ResolvedDraft.NamedUnit> main = named(content.mainRecipients(), seen);
        List<ResolvedDraft.NamedUnit> copies = named(content.copyRecipients(), seen);
        String printingOrgan = content.printingOrgan() != null ? content.printingOrgan()
            : form.printingOrgan() != null ? form.printingOrgan() : printingOrganOf(issuer);
        return new ResolvedDraft(content, issuer.fullName(), form.mark(), form.codeWord(), form.format(),
            form.processKey(), printingOrgan, main, copies, BodyHtml.sanitize(content.bodyHtml()));
    }

    /** What a template (or, without one, the unit) says of a document's look and way. */
    private record Form(String mark, String codeWord, LayoutFormat format, @Nullable String printingOrgan,
            String processKey) {

        static Form of(DocumentTemplate template) {
            return new Form(template.issuerMark(), template.codeWord(), template.layoutFormat(),
                template.printingOrgan(), template.processKey());
        }
    }

    private static Form derived(DocumentType type, UnitSummary issuer) {
        String codeWord = issuer.issuingCodeWord();
        if (codeWord == null || codeWord.isBlank()) {
            throw BusinessRuleViolation.invalid("documents.number.no-code-word", issuer.fullName());
        }
        return new Form(mark(type, issuer), numberWord(type, issuer, codeWord), LayoutFormat.usualFor(type), null,
            DocumentProcessing.PROCESS);
    }

    /** 发文机关标志: 全称 + 文件 for most types; the name alone on a 信函; 全称 + 令 or 纪要 for those formats. */
    private static String mark(DocumentType type, UnitSummary issuer) {
        return switch (type) {
            case LETTER -> issuer.fullName();
            case ORDER -> issuer.fullName() + "令";
            case MINUTES -> issuer.fullName() + "纪要";
            default -> issuer.fullName() + "文件";
        };
    }

    private static String numberWord(DocumentType type, UnitSummary issuer, String codeWord) {
        return switch (type) {
            case LETTER -> codeWord + "函";
            case ORDER -> issuer.fullName() + "令";
            case MINUTES -> codeWord + "纪";
            default -> codeWord + "发";
        };
    }

    /** 印发机关: the office of the issuing government (its 办公厅/办公室) prints in its name; other units print their own. */
    private String printingOrganOf(UnitSummary issuer) {
        if (issuer.kind() == UnitKind.GOVERNMENT || issuer.kind() == UnitKind.DISTRICT) {
            return organization.childrenOf(issuer.id()).stream()
                .filter(child -> child.kind() == UnitKind.GENERAL_OFFICE && child.active())
                .map(UnitSummary::fullName).findFirst().orElse(issuer.fullName());
        }
        return issuer.fullName();
    }

    private List<ResolvedDraft.NamedUnit> named(List<UnitId> units, Set<UnitId> seen) {
        return units.stream().map(id -> {
            if (!seen.add(id)) {
                throw BusinessRuleViolation.invalid("documents.draft.recipient-twice", active(id).shortName());
            }
            UnitSummary unit = active(id);
            return new ResolvedDraft.NamedUnit(unit.id().value(), unit.shortName());
        }).toList();
    }

    private UnitSummary active(UnitId id) {
        return organization.findUnit(id).filter(UnitSummary::active)
            .orElseThrow(() -> BusinessRuleViolation.invalid("documents.draft.unit-unknown", id.value().toString()));
    }
}
