package cn.zhengwu.todo.web;

import java.util.UUID;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.todo.TodoFilter;
import cn.zhengwu.todo.TodoItemId;
import cn.zhengwu.todo.TodoItemSummary;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoManagement;
import cn.zhengwu.todo.TodoPage;
import cn.zhengwu.todo.TodoState;
import cn.zhengwu.todo.TodoTab;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/todo}: the caller's to-do list (待办 / 待阅 / 已办) across all modules. */
@RestController
@RequestMapping(ApiPaths.V1 + "/todo")
@Tag(name = "To-do", description = "One to-do list across all modules (待办 / 待阅 / 已办)")
class TodoApiController {

    private final TodoManagement todo;

    TodoApiController(TodoManagement todo) {
        this.todo = todo;
    }

    @GetMapping
    @Operation(summary = "The caller's list", description = "Their own items and those of the people they act for "
        + "(delegations in force, leaders they serve as secretary). Open items by due moment then urgency; closed "
        + "items newest first. Continue with `before` = `next` of the previous page.")
    @ApiResponse(responseCode = "200", description = "One page, the counts, and the key of the next page")
    @ApiResponse(responseCode = "400", description = "A parameter or the page key cannot be read")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    TodoPage list(@RequestParam(required = false) @Nullable TodoKind kind,
            @RequestParam(required = false) @Nullable TodoState state,
            @Parameter(description = "The `next` key of the previous page")
            @RequestParam(required = false) @Nullable String before,
            @RequestParam(defaultValue = "20") int size) {
        TodoTab tab = state == TodoState.CLOSED ? TodoTab.CLOSED
            : kind == TodoKind.TO_READ ? TodoTab.TO_READ : TodoTab.TO_DO;
        return todo.list(new TodoFilter(tab, null, false, null, "", before), size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put an item on a person's list", description = "For departments' systems signed in with "
        + "a token of an account holding TODO_SUBMIT (报送待办). The same kind, origin and assignee is added once.")
    @ApiResponse(responseCode = "201", description = "The item (the existing one when it was already added)")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
    @ApiResponse(responseCode = "403", description = "The caller lacks TODO_SUBMIT")
    @ApiResponse(responseCode = "404", description = "No such person or matter")
    TodoItemSummary add(@RequestBody TodoItemRequest request) {
        return todo.add(request.toItem());
    }

    @PostMapping("/{id}/done")
    @Operation(summary = "Mark a 待办 done (已办)", description = "By the assignee or someone acting for them.")
    @ApiResponse(responseCode = "200", description = "The item, closed, with who closed it for whom")
    @ApiResponse(responseCode = "400", description = "The item is a 待阅")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the item is neither theirs "
        + "nor of anyone they act for")
    @ApiResponse(responseCode = "404", description = "No such item")
    @ApiResponse(responseCode = "409", description = "Already closed")
    TodoItemSummary done(@PathVariable UUID id) {
        return todo.complete(new TodoItemId(id));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a 待阅 read (已阅)", description = "By the assignee or someone acting for them.")
    @ApiResponse(responseCode = "200", description = "The item, closed, with who closed it for whom")
    @ApiResponse(responseCode = "400", description = "The item is a 待办")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the item is neither theirs "
        + "nor of anyone they act for")
    @ApiResponse(responseCode = "404", description = "No such item")
    @ApiResponse(responseCode = "409", description = "Already closed")
    TodoItemSummary read(@PathVariable UUID id) {
        return todo.markRead(new TodoItemId(id));
    }
}
