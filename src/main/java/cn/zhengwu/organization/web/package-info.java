/**
 * The pages (机构、人员、工作委托) and the {@code /api/v1} resources of the organization module. Both call only
 * {@link cn.zhengwu.organization.OrganizationManagement}, so a page and the API can never disagree about a rule.
 */
@NullMarked
package cn.zhengwu.organization.web;

import org.jspecify.annotations.NullMarked;
