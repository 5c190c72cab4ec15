package cn.zhengwu.todo.item;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoState;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every item, for changes; the list itself is read by {@link TodoList}. */
public interface TodoItems extends JpaRepository<TodoItem, UUID> {

    Optional<TodoItem> findByAssigneeIdAndKindAndOriginModuleAndOriginTypeAndOriginId(UUID assignee, TodoKind kind,
            String module, String type, String id);

    List<TodoItem> findByOriginModuleAndOriginTypeAndOriginIdAndState(String module, String type, String id,
            TodoState state);

    /** Whether the clock times an item of any of these people. */
    boolean existsByClockIdAndAssigneeIdIn(UUID clock, Collection<UUID> assignees);
}
