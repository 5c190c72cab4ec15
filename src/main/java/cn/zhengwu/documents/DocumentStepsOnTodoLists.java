package cn.zhengwu.documents;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.documents.draft.Documents;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.NewTodoItem;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoManagement;
import cn.zhengwu.workflow.ApprovalStepAssigned;
import cn.zhengwu.workflow.ApprovalStepEnded;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A document's approval steps on the to-do lists (待办): each person a step waits for gets an item linking to the
 * document, closed when the step no longer waits for them. Items are keyed by the step, so a redelivered event
 * changes nothing.
 */
@Component
class DocumentStepsOnTodoLists {

    /**
     * Only the approvals of documents concern these lists. As a condition rather than a test in the method, it also
     * keeps the event publication registry from storing (and later completing) a publication for any other approval.
     */
    private static final String OF_DOCUMENTS = "#root.args[0].subject().module() == 'documents'";

    private final TodoManagement todo;
    private final Documents documents;

    DocumentStepsOnTodoLists(TodoManagement todo, Documents documents) {
        this.todo = todo;
        this.documents = documents;
    }

    @ApplicationModuleListener(condition = OF_DOCUMENTS)
    void on(ApprovalStepAssigned assigned) {
        documents.findById(UUID.fromString(assigned.subject().id())).ifPresent(document -> SystemAuthentication.run(
            () -> assigned.assignees().forEach(person -> todo.add(new NewTodoItem(TodoKind.TO_DO, person,
                document.title(), origin(assigned.task().value()), "/documents/" + document.id(), null,
                document.urgency(), null, null)))));
    }

    @ApplicationModuleListener(condition = OF_DOCUMENTS)
    void on(ApprovalStepEnded ended) {
        SystemAuthentication.run(() -> {
            for (PersonId person : ended.people()) {
                todo.closeByOrigin(origin(ended.task().value()), person);
            }
        });
    }

    private static RecordReference origin(String task) {
        return new RecordReference("workflow", "task", task);
    }
}
