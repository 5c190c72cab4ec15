package cn.zhengwu.demo.papers;

import java.util.List;
import java.util.stream.Collectors;

import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 演示公文 — the demo city's paperwork: documents issued, on their way and returned (发文), and what districts and
 * departments sent the General Office (收文). Every step is taken through the facades as the demo person who would
 * take it, so the numbers, approval histories, PDFs, signatures and audit entries are genuine. The caller acts as
 * the system, inside the transaction that loaded the city.
 */
@Component
public class DemoPaperwork {

    private static final Logger log = LoggerFactory.getLogger(DemoPaperwork.class);

    private final DemoOutgoing outgoing;
    private final DemoIncoming incoming;
    private final OrganizationManagement organization;
    private final IdentityManagement identity;

    DemoPaperwork(DemoOutgoing outgoing, DemoIncoming incoming, OrganizationManagement organization,
            IdentityManagement identity) {
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.organization = organization;
        this.identity = identity;
    }

    public void load() {
        DemoDesk desk = desk();
        DemoDrafts.ISSUED.forEach(issue -> outgoing.issue(desk, issue));
        incoming.load(desk);
        outgoing.take(desk, DemoDrafts.INFORMATION_REVIEW, DemoDrafts.SECRETARY_GENERAL, DemoOutgoing.Reach.DRAFT);
        outgoing.take(desk, DemoDrafts.DOCUMENT_HANDLING, DemoDrafts.SECRETARY_GENERAL, DemoOutgoing.Reach.REVIEW);
        outgoing.take(desk, DemoDrafts.ONLINE_SERVICES_PLAN, new DemoRoute("secgen", "", List.of("fgw", "jiaowei")),
            DemoOutgoing.Reach.SIGNOFF);
        DocumentId returned = outgoing.take(desk, DemoDrafts.ANNUAL_SUMMARY, DemoDrafts.SECRETARY_GENERAL,
            DemoOutgoing.Reach.REVIEW);
        outgoing.returnToDrafter(returned, "请明确报送时限、报送方式和联系人，并附报送格式。");
        log.info("Loaded the demo paperwork: {} documents issued, 4 on their way, 4 incoming documents",
            DemoDrafts.ISSUED.size() + 1);
    }

    private DemoDesk desk() {
        List<UnitSummary> units = organization.allUnits();
        return new DemoDesk(units.stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id)),
            units.stream().filter(unit -> unit.kind() == UnitKind.DISTRICT).map(UnitSummary::id).toList(),
            identity.accounts().stream().filter(account -> account.person() != null)
                .collect(Collectors.toMap(AccountSummary::username, AccountSummary::person)));
    }
}
