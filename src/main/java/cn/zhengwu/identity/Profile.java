package cn.zhengwu.identity;

import java.util.List;

import cn.zhengwu.organization.PostSummary;

/** 个人信息 — the signed-in person's account with its roles and current posts, read in one go. */
public record Profile(AccountSummary account, List<RoleSummary> roles, List<PostSummary> posts) {
}
