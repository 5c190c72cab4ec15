/**
 * 待办事项 — one to-do list across all modules: things to handle (待办) and things to read (待阅), each with its
 * origin record, matter, urgency and due moment, closed by the person it is assigned to or by someone acting for
 * them (a delegate in force, a leader's secretary), with who acted for whom kept on the item. Modules add and
 * close items through {@link cn.zhengwu.todo.TodoManagement}; every item added publishes
 * {@link cn.zhengwu.todo.TodoItemAssigned}, which the notification module delivers. The follow-up clock of an
 * instruction (督办) reminds and reports overdue through {@link cn.zhengwu.todo.FollowUpNotice}s to whoever must still
 * act and, once overdue, to the instruction's author. Internals: {@code item} (entity, queries, the acting rule and
 * who stands in for whom), {@code intake} (listeners turning other modules' events into items and notices),
 * {@code web} (the list fragment, pages and {@code /api/v1/todo}).
 */
@ApplicationModule(displayName = "To-do 待办事项", allowedDependencies = { "core", "organization", "matters", "clocks" })
@NullMarked
package cn.zhengwu.todo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
