package cn.zhengwu.documents.draft;

import cn.zhengwu.documents.CopyRecipient;
import cn.zhengwu.documents.DraftFacts;
import cn.zhengwu.documents.RecipientLevel;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the reviewer (核稿) checks on a stored document: its elements as {@link DraftFacts}, with each copy
 * recipient's level relative to the issuer. A General Office issues on behalf of its government, so its level is
 * the government's.
 */
@Component
public class DraftFactsOf {

    private static final int NUMBERED_ATTACHMENTS = 2;

    private final OrganizationManagement organization;

    DraftFactsOf(OrganizationManagement organization) {
        this.organization = organization;
    }

    /** The facts, with the 签发人 given: the person signing off, or none while drafting. */
    public DraftFacts of(Document document, @Nullable String signer) {
        UUID level = governing(document.issuerUnitId());
        List<CopyRecipient> copies = document.recipients().stream()
            .filter(recipient -> recipient.role() == Recipient.Role.COPY)
            .map(recipient -> new CopyRecipient(recipient.name(), levelOf(recipient.unitId(), level)))
            .toList();
        String mainLine = DocumentViews.mainRecipientLine(document);
        List<String> mains = mainLine.isEmpty() ? List.of()
            : Arrays.asList(mainLine.substring(0, mainLine.length() - 1).split("[、，,]"));
        @Nullable LocalDate day = document.writtenOn();
        return new DraftFacts(document.type(), document.direction(), document.issuerName(), mains, copies, signer,
            document.title(), document.issuingNumber(), day == null ? null : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日",
            attachmentLines(document.attachmentNames()), BodyHtml.headings(document.bodyHtml()));
    }

    /**
     * 附件说明 as it is printed (GB/T 9704 7.3.4): {@code 附件：} and the name; with several, each numbered {@code 1.},
     * {@code 2.} as the layout prints them and the 核稿 rule expects them.
     */
    public static List<String> attachmentLines(List<String> names) {
        if (names.size() < NUMBERED_ATTACHMENTS) {
            return names.stream().map(name -> "附件：" + name).toList();
        }
        return java.util.stream.IntStream.range(0, names.size())
            .mapToObj(index -> (index == 0 ? "附件：" : "　　　") + (index + 1) + "." + names.get(index)).toList();
    }

    private UUID governing(UUID issuer) {
        return organization.findUnit(new UnitId(issuer))
            .filter(unit -> unit.kind() == UnitKind.GENERAL_OFFICE && unit.parent() != null)
            .map(unit -> unit.parent().value()).orElse(issuer);
    }

    private RecipientLevel levelOf(UUID recipient, UUID issuer) {
        if (organization.isWithin(new UnitId(issuer), new UnitId(recipient)) && !recipient.equals(issuer)) {
            return RecipientLevel.HIGHER;
        }
        if (organization.isWithin(new UnitId(recipient), new UnitId(issuer))) {
            return RecipientLevel.LOWER;
        }
        return RecipientLevel.SAME;
    }
}
