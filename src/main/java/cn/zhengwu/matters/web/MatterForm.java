package cn.zhengwu.matters.web;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.matters.NewMatter;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/** The "new matter" form (立项). */
record MatterForm(@Nullable String title, @Nullable SecurityClassification classification,
        @Nullable UnitId leadUnit) {

    static MatterForm blank() {
        return new MatterForm("", SecurityClassification.INTERNAL, null);
    }

    NewMatter toRequest() {
        return new NewMatter(title == null ? "" : title, classification, leadUnit);
    }
}
