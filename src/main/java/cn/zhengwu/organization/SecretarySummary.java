package cn.zhengwu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 领导—秘书 — a secretary who acts for a leader during a period. */
public record SecretarySummary(PersonId leader, String leaderName, PersonId secretary, String secretaryName,
        LocalDate startedOn, @Nullable LocalDate endedOn) {
}
