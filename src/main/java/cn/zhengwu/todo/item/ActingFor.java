package cn.zhengwu.todo.item;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Whose items a person sees and acts on: their own, those of the people who delegated their work to them (委托,
 * in force now), and those of the leaders they serve as secretary. Nobody else's.
 *
 * @param self the acting person, or {@code null} for an account without a person
 * @param delegators the people whose delegation to {@code self} is in force now
 * @param leaders the leaders {@code self} serves as secretary today
 */
public record ActingFor(@Nullable PersonId self, Set<PersonId> delegators, Set<PersonId> leaders) {

    /** In which capacity someone acts on another person's item. */
    public enum Capacity {
        SELF, DELEGATE, SECRETARY
    }

    public ActingFor {
        delegators = Set.copyOf(delegators);
        leaders = Set.copyOf(leaders);
    }

    public static ActingFor nobody() {
        return new ActingFor(null, Set.of(), Set.of());
    }

    /** Everyone whose list the person sees, themselves first. */
    public Set<PersonId> people() {
        Set<PersonId> people = new LinkedHashSet<>();
        if (self != null) {
            people.add(self);
            people.addAll(delegators);
            people.addAll(leaders);
        }
        return people;
    }

    public Optional<Capacity> capacityFor(PersonId assignee) {
        if (self == null) {
            return Optional.empty();
        }
        if (self.equals(assignee)) {
            return Optional.of(Capacity.SELF);
        }
        if (delegators.contains(assignee)) {
            return Optional.of(Capacity.DELEGATE);
        }
        return leaders.contains(assignee) ? Optional.of(Capacity.SECRETARY) : Optional.empty();
    }

    public boolean mayActOn(PersonId assignee) {
        return capacityFor(assignee).isPresent();
    }
}
