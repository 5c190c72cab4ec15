package cn.zhengwu.documents.web;

import cn.zhengwu.documents.Routing;
import cn.zhengwu.organization.PersonId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The people of each step, as the submit form posts them. An unchecked "in turn" box sends nothing, which means side by
 * side.
 */
record RoutingForm(@Nullable List<PersonId> review, @Nullable List<PersonId> verify,
        @Nullable List<PersonId> countersign, @Nullable Boolean countersignInTurn, @Nullable List<PersonId> signoff,
        @Nullable List<PersonId> handling) {

    @SuppressWarnings("NullAway")
    Routing toRouting() {
        return new Routing(review, verify, countersign, Boolean.TRUE.equals(countersignInTurn), signoff, handling);
    }
}
