package cn.zhengwu.documents.draft;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DraftContent;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads a draft against the organization: the issuing unit gives the 发文机关标志 and the code word of the number
 * (沪府办 → 沪府办发, 沪府办函 for a 函; 上海市人民政府令 for a 令), the recipients their names. Refuses what cannot be
 * issued: an issuer without a code word, unknown or inactive recipients, a unit named twice, a 保密期限 on a record
 * that is not classified.
 */
@Component
public class DraftResolver {

    private final OrganizationManagement organization;

    DraftResolver(OrganizationManagement organization) {
        this.organization = organization;
    }

    public ResolvedDraft resolve(DraftContent content) {
        UnitSummary issuer = active(content.issuer());
        String codeWord = issuer.issuingCodeWord();
        if (codeWord == null || codeWord.isBlank()) {
            throw BusinessRuleViolation.invalid("documents.number.no-code-word", issuer.fullName());
        }
        if (content.secrecyTerm() != null && !content.classification().covers(SecurityClassification.SECRET)) {
            throw BusinessRuleViolation.invalid("documents.draft.term-without-secret");
        }
        Set<UnitId> seen = new HashSet<>();
        List<ResolvedDraft.NamedUnit> main = named(content.mainRecipients(), seen);
        List<ResolvedDraft.NamedUnit> copies = named(content.copyRecipients(), seen);
        String printingOrgan = content.printingOrgan() != null ? content.printingOrgan() : printingOrganOf(issuer);
        return new ResolvedDraft(content, issuer.fullName(), mark(content.type(), issuer),
            numberWord(content.type(), issuer, codeWord), printingOrgan, main, copies,
            BodyHtml.sanitize(content.bodyHtml()));
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
