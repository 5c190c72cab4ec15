package cn.zhengwu;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.zhengwu.core.ApiPaths;

/** A REST controller's class-level mapping starts with {@code /api/v1}. */
class MappedUnderApiCondition extends ArchCondition<JavaClass> {

    MappedUnderApiCondition() {
        super("be mapped under " + ApiPaths.V1);
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        RequestMapping mapping = item.reflect().getAnnotation(RequestMapping.class);
        boolean mapped = mapping != null && Arrays.stream(mapping.value().length > 0 ? mapping.value() : mapping.path())
            .allMatch(path -> path.startsWith(ApiPaths.V1));
        events.add(new SimpleConditionEvent(item, mapped,
            item.getName() + (mapped ? " is" : " is not") + " mapped under " + ApiPaths.V1));
    }
}
