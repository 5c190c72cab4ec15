-- Who may read a clock on its own: those with an item it times (TodoItems.existsByClockIdAndAssigneeIdIn).
CREATE INDEX todo_item_clock_ix ON todo_item (clock_id, assignee_id) WHERE clock_id IS NOT NULL;
