package cn.zhengwu.calendar.web;

import java.util.Locale;

import cn.zhengwu.calendar.DayInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why a date is (not) a working day, in words: "春节调休上班", "Weekend". */
@Component
class DayReasons {

    private final MessageSource messages;

    DayReasons(MessageSource messages) {
        this.messages = messages;
    }

    String of(DayInfo day, Locale locale) {
        String holiday = day.holiday() == null ? "" : day.holiday();
        return messages.getMessage("calendar.reason." + day.kind().name(), new Object[] { holiday }, locale);
    }
}
