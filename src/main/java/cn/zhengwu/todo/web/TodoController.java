package cn.zhengwu.todo.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.todo.TodoItemId;
import cn.zhengwu.todo.TodoItemSummary;
import cn.zhengwu.todo.TodoManagement;
import cn.zhengwu.todo.TodoTab;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 待办 / 待阅 / 已办 — the one list across all modules. The home page loads the list fragment with htmx;
 * {@code /todo} is the same list as a full page (bookmarks, printing, no script). Marking an item done or read
 * works with htmx (the list comes back refreshed) and as a plain form post (redirect to the list).
 */
@Controller
@RequestMapping("/todo")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class TodoController {

    static final int PAGE = 20;
    private static final String VIEW = "todo/todo";

    private final TodoManagement todo;
    private final StatutoryClocks clocks;
    private final Clock clock;

    TodoController(TodoManagement todo, StatutoryClocks clocks, Clock clock) {
        this.todo = todo;
        this.clocks = clocks;
        this.clock = clock;
    }

    @GetMapping
    String page(@ModelAttribute("filter") TodoListForm filter, Model model) {
        show(filter, model);
        return VIEW;
    }

    /** The home page and the list's own links ask for the list alone. */
    @HxRequest
    @GetMapping
    String fragment(@ModelAttribute("filter") TodoListForm filter, Model model) {
        show(filter, model);
        return VIEW + " :: list";
    }

    @GetMapping("/{id}")
    String item(@PathVariable UUID id, Model model) {
        TodoItemSummary item = todo.item(new TodoItemId(id));
        model.addAttribute("item", item);
        model.addAttribute("explanations", explanations(List.of(item), LocaleContextHolder.getLocale()));
        model.addAttribute("now", clock.instant());
        return "todo/item";
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/{id}/done", "/{id}/read" })
    String formAsPage(@PathVariable UUID id) {
        return "redirect:/todo/" + id;
    }

    @PostMapping("/{id}/done")
    String done(@PathVariable UUID id, @ModelAttribute("filter") TodoListForm filter, RedirectAttributes redirect) {
        todo.complete(new TodoItemId(id));
        redirect.addFlashAttribute("notice", "todo.item.doneNotice");
        return "redirect:" + listUrl(filter);
    }

    @HxRequest
    @PostMapping("/{id}/done")
    String doneInList(@PathVariable UUID id, @ModelAttribute("filter") TodoListForm filter, Model model) {
        todo.complete(new TodoItemId(id));
        model.addAttribute("notice", "todo.item.doneNotice");
        show(filter, model);
        return VIEW + " :: list";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable UUID id, @ModelAttribute("filter") TodoListForm filter, RedirectAttributes redirect) {
        todo.markRead(new TodoItemId(id));
        redirect.addFlashAttribute("notice", "todo.item.readNotice");
        return "redirect:" + listUrl(filter);
    }

    @HxRequest
    @PostMapping("/{id}/read")
    String readInList(@PathVariable UUID id, @ModelAttribute("filter") TodoListForm filter, Model model) {
        todo.markRead(new TodoItemId(id));
        model.addAttribute("notice", "todo.item.readNotice");
        show(filter, model);
        return VIEW + " :: list";
    }

    private void show(TodoListForm filter, Model model) {
        var page = todo.list(filter.filter(), PAGE);
        model.addAttribute("page", page);
        model.addAttribute("explanations", explanations(page.items(), LocaleContextHolder.getLocale()));
        model.addAttribute("tab", filter.tabOrDefault());
        model.addAttribute("tabs", TodoTab.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("modules", todo.originModules());
        model.addAttribute("now", clock.instant());
    }

    /** Why each due moment is what it is, from its clock, in the reader's language (item id → words). */
    private Map<TodoItemId, String> explanations(List<TodoItemSummary> items, Locale locale) {
        Map<TodoItemId, String> explained = new HashMap<>();
        for (TodoItemSummary item : items) {
            if (item.clock() != null) {
                explained.put(item.id(), String.join(" ", clocks.explanation(item.clock(), locale)));
            }
        }
        return explained;
    }

    private static String listUrl(TodoListForm filter) {
        return UriComponentsBuilder.fromPath("/todo").queryParam("tab", filter.tabOrDefault()).build().toUriString();
    }
}
