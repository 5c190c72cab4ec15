package cn.zhengwu.demo;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.demo.startup.DemoStart;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.organization.LiaisonRole;
import cn.zhengwu.organization.LiaisonSummary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.organization.SecretarySummary;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The demo city is loaded at start-up, through the facades, and everyone in it can sign in. */
@IntegrationTest
class DemoCityTests {

    static final List<String> ACCOUNTS = List.of("admin", "secadmin", "auditor", "mayor", "secgen", "secretary",
        "clerk", "duty", "fgw", "jiaowei", "huangpu", "pudong");

    @Autowired
    OrganizationManagement organization;

    @Autowired
    IdentityManagement identity;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    DemoStart start;

    @Value("${zhengwu.demo.password}")
    String password;

    @Test
    void municipalGovernmentIsTheRootOfTheTree() {
        UnitSummary root = unit("SHGOV");
        assertThat(root.parent()).isNull();
        assertThat(root.fullName()).isEqualTo("上海市人民政府");
        assertThat(root.kind()).isEqualTo(UnitKind.GOVERNMENT);
        assertThat(root.issuingCodeWord()).isEqualTo("沪府");
        assertThat(asSystem(() -> organization.childrenOf(root.id()))).extracting(UnitSummary::shortName)
            .contains("市政府领导", "市政府办公厅", "市发展改革委", "市数据局", "黄浦区政府", "崇明区政府");
    }

    @Test
    void sixteenDistrictGovernmentsCarryTheirDivisionCodesAndOffices() {
        Map<String, String> districts = asSystem(() -> organization.allUnits()).stream()
            .filter(unit -> unit.kind() == UnitKind.DISTRICT)
            .collect(Collectors.toMap(UnitSummary::code, UnitSummary::shortName));
        assertThat(districts).containsOnly(entry("310101", "黄浦区政府"), entry("310104", "徐汇区政府"),
            entry("310105", "长宁区政府"), entry("310106", "静安区政府"), entry("310107", "普陀区政府"),
            entry("310109", "虹口区政府"), entry("310110", "杨浦区政府"), entry("310112", "闵行区政府"),
            entry("310113", "宝山区政府"), entry("310114", "嘉定区政府"), entry("310115", "浦东新区政府"),
            entry("310116", "金山区政府"), entry("310117", "松江区政府"), entry("310118", "青浦区政府"),
            entry("310120", "奉贤区政府"), entry("310151", "崇明区政府"));
        assertThat(unit("310115").fullName()).isEqualTo("上海市浦东新区人民政府");
        assertThat(unit("310115").issuingCodeWord()).isEqualTo("浦府");
        assertThat(unit("310101").issuingCodeWord()).isNull();
        for (String code : districts.keySet()) {
            assertThat(asSystem(() -> organization.childrenOf(unit(code).id())))
                .extracting(UnitSummary::kind, UnitSummary::shortName)
                .containsExactly(tuple(UnitKind.DISTRICT_DEPARTMENT,
                    districts.get(code) + "办公室"));
        }
    }

    @Test
    void generalOfficeIssuesAs沪府办AndHasItsDivisions() {
        UnitSummary office = unit("SHGOV-GO");
        assertThat(office.shortName()).isEqualTo("市政府办公厅");
        assertThat(office.issuingCodeWord()).isEqualTo("沪府办");
        assertThat(asSystem(() -> organization.childrenOf(office.id())))
            .allMatch(division -> division.kind() == UnitKind.OFFICE_DIVISION)
            .extracting(UnitSummary::fullName)
            .contains("上海市人民政府办公厅秘书处", "上海市人民政府办公厅总值班室", "上海市人民政府办公厅电子政务处",
                "上海市人民政府办公厅建议提案处")
            .hasSize(10);
    }

    @Test
    void departmentalBureausSitUnderTheirParentBodies() {
        assertThat(unit("YPJGJ").shortName()).isEqualTo("市药品监管局");
        assertThat(unit("YPJGJ").parent()).isEqualTo(unit("SCJGJ").id());
        assertThat(unit("LSWZJ").parent()).isEqualTo(unit("FGW").id());
        assertThat(unit("FGJ").parent()).isEqualTo(unit("ZJW").id());
    }

    @Test
    void secretaryGeneralHoldsTwoPosts() {
        List<PostSummary> posts = asSystem(() -> organization.currentPostsOf(person("secgen")));
        assertThat(posts).extracting(PostSummary::label)
            .containsExactly("市政府领导 · 秘书长", "市政府办公厅 · 办公厅主任");
        assertThat(posts).extracting(PostSummary::principal).containsExactly(true, false);
    }

    @Test
    void mayorHasTheSecretaryAsSecretary() {
        PersonId mayor = person("mayor");
        assertThat(asSystem(() -> organization.secretariesInvolving(mayor)))
            .extracting(SecretarySummary::leader, SecretarySummary::secretary)
            .containsExactly(tuple(mayor, person("secretary")));
        assertThat(asSystem(() -> organization.currentPostsOf(mayor))).extracting(PostSummary::label)
            .containsExactly("市政府领导 · 市长");
    }

    @Test
    void threeAdministratorsAreThreePeopleWithOneAdministratorRoleEach() {
        assertThat(account("admin").roles()).containsExactly("SYSTEM_ADMIN");
        assertThat(account("secadmin").roles()).containsExactly("SECURITY_ADMIN");
        assertThat(account("auditor").roles()).containsExactly("AUDIT_ADMIN");
        assertThat(List.of(person("admin"), person("secadmin"), person("auditor"))).doesNotHaveDuplicates();
        assertThat(account("admin").clearance()).isEqualTo(SecurityClassification.SECRET);
    }

    @Test
    void everyDemoAccountIsLinkedToAPersonAndSignsInWithTheDemoPassword() {
        for (String username : ACCOUNTS) {
            assertThat(account(username).person()).as(username).isNotNull();
            var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            assertThat(signedIn.isAuthenticated()).as(username).isTrue();
        }
    }

    @Test
    void everyDistrictAndTheLiaisonDepartmentsKeepAnOfficerAndADutyContact() {
        List<String> codes = List.of("310101", "310104", "310105", "310106", "310107", "310109", "310110",
            "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151", "FGW", "YJJ",
            "JW", "GAJ", "WJW", "ZJW", "JTW", "SWJ", "MZJ", "CZJ");
        for (String code : codes) {
            List<LiaisonSummary> contacts = asSystem(() -> organization.liaisonsOf(unit(code).id()));
            assertThat(contacts).as(code).extracting(LiaisonSummary::role)
                .contains(LiaisonRole.LIAISON_OFFICER, LiaisonRole.DUTY_CONTACT);
            assertThat(contacts).as(code).allMatch(contact -> contact.phone().startsWith("021-")
                && contact.mobile() != null);
        }
        assertThat(asSystem(() -> organization.liaisonsOf(unit("FGW").id())))
            .filteredOn(contact -> contact.role() == LiaisonRole.LIAISON_OFFICER)
            .extracting(LiaisonSummary::name)
            .containsExactly(asSystem(() -> organization.nameOf(person("fgw"))).orElseThrow());
    }

    @Test
    void startingAgainLeavesTheLoadedCityAsItIs() {
        int units = asSystem(() -> organization.allUnits()).size();
        int accounts = asSystem(() -> identity.accounts()).size();

        assertThat(start.loadUnlessLoaded()).isFalse();

        assertThat(asSystem(() -> organization.allUnits())).hasSize(units);
        assertThat(asSystem(() -> identity.accounts())).hasSize(accounts);
    }

    private UnitSummary unit(String code) {
        return asSystem(() -> organization.allUnits()).stream().filter(unit -> unit.code().equals(code))
            .findFirst().orElseThrow(() -> new AssertionError("no unit " + code));
    }

    private AccountSummary account(String username) {
        return asSystem(() -> identity.accounts()).stream().filter(account -> account.username().equals(username))
            .findFirst().orElseThrow(() -> new AssertionError("no account " + username));
    }

    private PersonId person(String username) {
        PersonId person = account(username).person();
        assertThat(person).as(username).isNotNull();
        return person;
    }

    private static <T> T asSystem(Supplier<T> work) {
        return SystemAuthentication.call(work);
    }
}
