package cn.zhengwu.todo.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import cn.zhengwu.organization.PersonId;
import org.junit.jupiter.api.Test;

/** Who may see and act on someone's to-do item: the assignee, a delegate in force, a leader's secretary. */
class ActingForTests {

    static final PersonId CLERK = PersonId.random();
    static final PersonId ABSENT_COLLEAGUE = PersonId.random();
    static final PersonId MAYOR = PersonId.random();
    static final PersonId OUTSIDER = PersonId.random();

    final ActingFor clerk = new ActingFor(CLERK, Set.of(ABSENT_COLLEAGUE), Set.of(MAYOR));

    @Test
    void theAssigneeActsOnTheirOwnItems() {
        assertThat(clerk.capacityFor(CLERK)).contains(ActingFor.Capacity.SELF);
    }

    @Test
    void aDelegateActsOnTheItemsOfWhoeverDelegatedToThem() {
        assertThat(clerk.capacityFor(ABSENT_COLLEAGUE)).contains(ActingFor.Capacity.DELEGATE);
    }

    @Test
    void aSecretaryActsOnTheItemsOfTheLeaderTheyServe() {
        assertThat(clerk.capacityFor(MAYOR)).contains(ActingFor.Capacity.SECRETARY);
    }

    @Test
    void nobodyElseActsOnAnItem() {
        assertThat(clerk.mayActOn(OUTSIDER)).isFalse();
        assertThat(new ActingFor(OUTSIDER, Set.of(), Set.of()).mayActOn(CLERK)).isFalse();
    }

    @Test
    void anAccountWithoutAPersonActsOnNobodysItems() {
        assertThat(ActingFor.nobody().mayActOn(CLERK)).isFalse();
        assertThat(ActingFor.nobody().people()).isEmpty();
    }

    @Test
    void theListShowsOnesOwnItemsFirstThenThoseOfThePeopleOneActsFor() {
        assertThat(clerk.people()).startsWith(CLERK).containsExactlyInAnyOrder(CLERK, ABSENT_COLLEAGUE, MAYOR);
    }
}
