package cn.zhengwu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A unit's liaison officer (联络员) or 24-hour duty contact, with the period they served. */
public record LiaisonSummary(LiaisonId id, UnitId unit, LiaisonRole role, String name, String phone,
        @Nullable String mobile, LocalDate startedOn, @Nullable LocalDate endedOn) {
}
