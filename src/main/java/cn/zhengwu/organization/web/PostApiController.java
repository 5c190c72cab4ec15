package cn.zhengwu.organization.web;

import java.util.List;
import java.util.Objects;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostId;
import cn.zhengwu.organization.PostSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's posts (任职): listing, assigning one more (兼职), ending one (免职). */
@RestController
@RequestMapping(ApiPaths.V1)
@Tag(name = "Posts", description = "People's posts (任职); a person may hold several")
class PostApiController {

    private final OrganizationManagement organization;

    PostApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping("/people/{id}/posts")
    @Operation(summary = "A person's posts", description = "Current posts first, the principal one leading.")
    @ApiResponse(responseCode = "200", description = "The posts, current and past")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    List<PostSummary> posts(@PathVariable PersonId id) {
        return organization.postsOf(id);
    }

    @PostMapping("/people/{id}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give a person a post", description = "Marking it principal makes the others non-principal.")
    @ApiResponse(responseCode = "201", description = "The post")
    @ApiResponse(responseCode = "400", description = "A field is missing, or the unit is deactivated")
    @ApiResponse(responseCode = "403", description = "No permission, or the unit is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such person or unit")
    @ApiResponse(responseCode = "409", description = "The person already holds this post")
    PostSummary assign(@PathVariable PersonId id, @RequestBody PostRequest request) {
        return organization.assignPost(id, request.post());
    }

    @PostMapping("/posts/{id}/end")
    @Operation(summary = "End a post")
    @ApiResponse(responseCode = "200", description = "The post, now ended")
    @ApiResponse(responseCode = "400", description = "The last day is missing or before the first")
    @ApiResponse(responseCode = "403", description = "No permission, or the unit is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such post")
    @ApiResponse(responseCode = "409", description = "The post has already ended")
    PostSummary end(@PathVariable PostId id, @Valid @RequestBody EndRequest request) {
        return organization.endPost(id, Objects.requireNonNull(request.lastDay()));
    }
}
