package cn.zhengwu.demo.city;

import static cn.zhengwu.core.SecurityClassification.CONFIDENTIAL;
import static cn.zhengwu.core.SecurityClassification.INTERNAL;
import static cn.zhengwu.core.SecurityClassification.SECRET;

import java.util.List;
import java.util.Set;

import cn.zhengwu.core.SecurityClassification;

/** One account for each kind of user, each linked to its person; all share the demo password. */
final class DemoAccounts {

    static final List<DemoAccount> ALL = List.of(
        account("admin", DemoPeople.SYSTEM_ADMINISTRATOR, SECRET, "SYSTEM_ADMIN"),
        account("secadmin", DemoPeople.SECURITY_ADMINISTRATOR, SECRET, "SECURITY_ADMIN"),
        account("auditor", DemoPeople.AUDIT_ADMINISTRATOR, SECRET, "AUDIT_ADMIN"),
        account("mayor", DemoPeople.MAYOR, CONFIDENTIAL, "LEADER"),
        account("secgen", DemoPeople.SECRETARY_GENERAL, CONFIDENTIAL, "LEADER", "OFFICE_STAFF"),
        account("secretary", DemoPeople.MAYORS_SECRETARY, SECRET, "OFFICE_STAFF"),
        account("clerk", DemoPeople.SECRETARIAT_CLERK, INTERNAL, "OFFICE_STAFF"),
        account("duty", DemoPeople.DUTY_OFFICER, INTERNAL, "OFFICE_STAFF"),
        account("fgw", DemoPeople.FGW_LIAISON, INTERNAL, "UNIT_STAFF"),
        account("jiaowei", DemoPeople.JW_LIAISON, INTERNAL, "UNIT_STAFF"),
        account("huangpu", DemoUnits.district("310101").officeClerk(), INTERNAL, "UNIT_STAFF"),
        account("pudong", DemoPeople.PUDONG_OFFICE_HEAD, INTERNAL, "UNIT_ADMIN"));

    private DemoAccounts() {
    }

    private static DemoAccount account(String username, DemoPerson person, SecurityClassification clearance,
            String... roles) {
        return new DemoAccount(username, person, clearance, Set.of(roles));
    }
}
