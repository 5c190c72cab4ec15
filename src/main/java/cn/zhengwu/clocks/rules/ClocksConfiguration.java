package cn.zhengwu.clocks.rules;

import java.time.Clock;
import java.time.LocalDate;

import cn.zhengwu.calendar.WorkingCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules from configuration, and the due-date computation on the working-day calendar in the city's zone. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockRules.class)
class ClocksConfiguration {

    @Bean
    DueDates dueDates(WorkingCalendar calendar, Clock clock) {
        return new DueDates(new WorkingDays() {
            @Override
            public LocalDate addWorkingDays(LocalDate from, int days) {
                return calendar.addWorkingDays(from, days);
            }

            @Override
            public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
                return calendar.workingDaysBetween(fromExclusive, toInclusive);
            }
        }, clock.getZone());
    }
}
