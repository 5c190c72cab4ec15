package cn.zhengwu.calendar;

import java.time.LocalDate;

/**
 * One listed date of the calendar (节假日安排中的一天), in the shape of the yearly files: a day off
 * ({@code offDay}) or a working day (调休上班) named after its holiday.
 *
 * @param date the date
 * @param name the holiday it belongs to, e.g. 春节
 * @param offDay {@code true} for a day off, {@code false} for a working day
 */
public record DayEntry(LocalDate date, String name, boolean offDay) {
}
