package cn.zhengwu.demo.city;

import java.time.LocalDate;

/** 领导—秘书: a secretary who acts for a leader. */
record DemoSecretary(DemoPerson leader, DemoPerson secretary, LocalDate since) {
}
