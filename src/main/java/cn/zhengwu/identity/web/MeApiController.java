package cn.zhengwu.identity.web;

import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: the calling account (个人设置) — who it is, its password, its sessions. */
@RestController
@RequestMapping(ApiPaths.V1 + "/me")
@Tag(name = "Me", description = "The calling account (个人设置)")
class MeApiController {

    private final IdentityManagement identity;

    MeApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    /**
     * Answered from the caller as the token authenticated it, which is what every other call is authorized
     * against: a change made on this node shows at once, one made on another node within
     * {@code ApiCallers.FRESHNESS}.
     */
    @GetMapping
    @Operation(summary = "Who is calling: account, roles, clearance and current posts")
    @ApiResponse(responseCode = "200", description = "The calling account")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    MeResponse me(@AuthenticationPrincipal ZhengwuUser caller) {
        return new MeResponse(caller.accountId(), caller.getUsername(), caller.displayName(), caller.personId(),
            caller.clearance(), caller.roles().stream().sorted().toList(), caller.locale(),
            caller.posts().stream().map(post -> new PostResponse(post.postId(), post.unitId(), post.label(),
                post.principal())).toList());
    }

    @PostMapping("/password")
    @Operation(summary = "Change the calling account's password",
        description = "The new password must follow the password policy (口令规则).")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Current password wrong, or the new one breaks the policy")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest request) {
        identity.changeOwnPassword(request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sessions/revocation")
    @Operation(summary = "Sign out everywhere (退出所有设备)",
        description = "Ends every browser session of the account, on every node. API tokens stay valid: revoke "
            + "them one by one.")
    @ApiResponse(responseCode = "200", description = "How many sessions ended")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    SessionsEndedResponse signOutEverywhere() {
        return new SessionsEndedResponse(identity.signOutEverywhere());
    }

    record MeResponse(UUID id, String username, String displayName, @Nullable UUID person,
            SecurityClassification clearance, List<String> roles, @Nullable String locale, List<PostResponse> posts) {
    }

    record PostResponse(UUID id, UUID unit, String label, boolean principal) {
    }

    record PasswordChangeRequest(@NotBlank(message = "{validation.required}") String currentPassword,
            @NotBlank(message = "{validation.required}") String newPassword) {
    }

    record SessionsEndedResponse(int ended) {
    }
}
