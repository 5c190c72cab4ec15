package cn.zhengwu.system.web;

import java.util.List;
import java.util.Locale;

import cn.zhengwu.core.SearchContributor;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.UnitSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 检索 — the search box of the layout: units by full name, short name, code or code word, and people by
 * name, for those who may read the organization; then what every module's {@link SearchContributor} finds (documents,
 * …), each applying its own reading rules.
 */
@Controller
class SearchController {

    static final int LIMIT = 50;

    private final OrganizationManagement organization;
    private final List<SearchContributor> contributors;

    SearchController(OrganizationManagement organization, List<SearchContributor> contributors) {
        this.organization = organization;
        this.contributors = contributors;
    }

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_READ')")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        String text = query.strip();
        model.addAttribute("query", text);
        if (text.isEmpty()) {
            model.addAttribute("units", List.of());
            model.addAttribute("people", List.of());
            model.addAttribute("contributions", List.of());
            return "search";
        }
        String needle = text.toLowerCase(Locale.ROOT);
        List<UnitSummary> units = organization.allUnits().stream()
            .filter(unit -> matches(unit, needle)).limit(LIMIT).toList();
        List<PersonSummary> people = organization.searchPeople(text, LIMIT);
        model.addAttribute("units", units);
        model.addAttribute("people", people);
        model.addAttribute("contributions", contributions(text));
        return "search";
    }

    private List<SearchContributor.Contribution> contributions(String text) {
        return contributors.stream().flatMap(contributor -> contributor.search(text, LIMIT).stream()).toList();
    }

    private static boolean matches(UnitSummary unit, String needle) {
        return unit.fullName().toLowerCase(Locale.ROOT).contains(needle)
            || unit.shortName().toLowerCase(Locale.ROOT).contains(needle)
            || unit.code().toLowerCase(Locale.ROOT).contains(needle)
            || (unit.issuingCodeWord() != null && unit.issuingCodeWord().contains(needle));
    }
}
