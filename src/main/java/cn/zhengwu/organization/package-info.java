/**
 * 机构与人员 — who the units and people of the government are: the unit tree (市政府, 办公厅 and its
 * divisions, 委办局, 区政府) with full and short names, codes and issuing-organ code words; people and
 * their posts (兼职/双跨), leaders' secretaries, delegations (委托) for a bounded period, and each unit's
 * liaison officers (联络员) and 24-hour duty contacts. Nothing here is deleted: periods end and units are
 * deactivated, so history stays. Accounts and permissions belong to {@code identity}.
 */
@ApplicationModule(displayName = "Organization 机构与人员", allowedDependencies = "core")
@NullMarked
package cn.zhengwu.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
