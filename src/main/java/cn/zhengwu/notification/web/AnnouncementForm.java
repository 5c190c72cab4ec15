package cn.zhengwu.notification.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.notification.NewAnnouncement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/** The announcement form: people chosen after a search, or a unit, or both; the words; the urgency. */
record AnnouncementForm(@Nullable List<PersonId> people, @Nullable UnitId unit, @Nullable String text,
        @Nullable Urgency urgency) {

    static AnnouncementForm empty() {
        return new AnnouncementForm(List.of(), null, "", Urgency.NORMAL);
    }

    List<PersonId> chosen() {
        return people == null ? List.of() : people.stream().filter(Objects::nonNull).toList();
    }

    NewAnnouncement announcement() {
        return new NewAnnouncement(Set.copyOf(chosen()), unit, text == null ? "" : text,
            urgency == null ? Urgency.NORMAL : urgency);
    }
}
