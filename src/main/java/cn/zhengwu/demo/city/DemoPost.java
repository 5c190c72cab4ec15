package cn.zhengwu.demo.city;

import java.time.LocalDate;

import cn.zhengwu.organization.Rank;

/** A post (任职) of a demo person, in the unit of that code. */
record DemoPost(String unit, String title, Rank rank, LocalDate since) {
}
