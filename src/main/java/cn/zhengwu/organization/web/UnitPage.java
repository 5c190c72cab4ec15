package cn.zhengwu.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import cn.zhengwu.organization.LiaisonRole;
import cn.zhengwu.organization.NewLiaison;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything one unit's page shows: where it sits, its fields, sub-units, people in post, contacts and
 * history. Shared by the actions that render the page again with a refusal or form errors.
 */
@Component
class UnitPage {

    static final String VIEW = "organization/unit";
    static final String LIAISON_FORM = "liaisonForm";

    private final OrganizationManagement organization;
    private final Clock clock;

    UnitPage(OrganizationManagement organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    void show(UnitId id, Model model) {
        UnitSummary unit = organization.unit(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("unit", unit);
        model.addAttribute("path", organization.pathTo(id));
        model.addAttribute("children", organization.childrenOf(id));
        model.addAttribute("posts", organization.postsIn(id));
        model.addAttribute("liaisons", organization.liaisonsOf(id));
        model.addAttribute("history", organization.historyOf(id));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("today", today);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("liaisonRoles", LiaisonRole.values());
        if (model.getAttribute(LIAISON_FORM) == null) {
            model.addAttribute(LIAISON_FORM, new NewLiaison(null, "", "", null, today));
        }
    }

    private Map<UnitId, String> unitNames() {
        return organization.allUnits().stream()
            .collect(Collectors.toMap(UnitSummary::id, UnitSummary::shortName));
    }
}
