package cn.zhengwu.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.AccountId;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.organization.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/accounts}: accounts (账号) for the three administrators' offices (三员分立). The system
 * administrator opens, enables, disables, unlocks and resets; the security administrator grants roles and
 * clearance. Password hashes never leave the server.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/accounts")
@Tag(name = "Accounts", description = "Accounts, their roles and clearance (账号管理, 三员分立)")
class AccountApiController {

    private final IdentityManagement identity;

    AccountApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "List every account, by username")
    @ApiResponse(responseCode = "200", description = "The accounts")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Neither system nor security administrator")
    List<AccountResponse> list() {
        return identity.accounts().stream().map(AccountResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Neither system nor security administrator")
    @ApiResponse(responseCode = "404", description = "No such account")
    AccountResponse account(@PathVariable AccountId id) {
        return AccountResponse.of(identity.account(id));
    }

    @PostMapping
    @Operation(summary = "Open an account (system administrator)",
        description = "Roles may be given at once only by someone who may also grant roles.")
    @ApiResponse(responseCode = "201", description = "The account opened")
    @ApiResponse(responseCode = "400", description = "Invalid field, password against the policy, or roles that "
        + "combine two administrators")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the system administrator, or roles without the right to grant")
    @ApiResponse(responseCode = "404", description = "No such person or role")
    @ApiResponse(responseCode = "409", description = "Username taken")
    ResponseEntity<AccountResponse> open(@RequestBody AccountOpeningRequest request) {
        AccountSummary opened = identity.openAccount(request.command());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
            .buildAndExpand(opened.id()).toUri()).body(AccountResponse.of(opened));
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace the account's roles (security administrator)",
        description = "An account holds at most one of the three administrator roles; nobody changes their own.")
    @ApiResponse(responseCode = "200", description = "The account with its new roles; its sessions ended")
    @ApiResponse(responseCode = "400", description = "Two administrator roles together")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the security administrator, or one's own account")
    @ApiResponse(responseCode = "404", description = "No such account or role")
    AccountResponse assignRoles(@PathVariable AccountId id, @Valid @RequestBody RolesRequest request) {
        return AccountResponse.of(identity.assignRoles(id, request.roles()));
    }

    @PutMapping("/{id}/clearance")
    @Operation(summary = "Set the account's clearance (密级, security administrator)")
    @ApiResponse(responseCode = "200", description = "The account with its new clearance; its sessions ended")
    @ApiResponse(responseCode = "400", description = "No clearance given")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the security administrator, or one's own account")
    @ApiResponse(responseCode = "404", description = "No such account")
    AccountResponse setClearance(@PathVariable AccountId id, @Valid @RequestBody ClearanceRequest request) {
        return AccountResponse.of(identity.setClearance(id, request.clearance()));
    }

    @PostMapping("/{id}/enablement")
    @Operation(summary = "Enable the account (system administrator)")
    @ApiResponse(responseCode = "200", description = "The account, enabled")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the system administrator")
    @ApiResponse(responseCode = "404", description = "No such account")
    AccountResponse enable(@PathVariable AccountId id) {
        return AccountResponse.of(identity.enable(id, true));
    }

    @PostMapping("/{id}/disablement")
    @Operation(summary = "Disable the account (system administrator)", description = "Its sessions end at once.")
    @ApiResponse(responseCode = "200", description = "The account, disabled")
    @ApiResponse(responseCode = "400", description = "One's own account")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the system administrator")
    @ApiResponse(responseCode = "404", description = "No such account")
    AccountResponse disable(@PathVariable AccountId id) {
        return AccountResponse.of(identity.enable(id, false));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift a lock after too many failed sign-ins (system administrator)")
    @ApiResponse(responseCode = "200", description = "The account, unlocked")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the system administrator")
    @ApiResponse(responseCode = "404", description = "No such account")
    AccountResponse unlock(@PathVariable AccountId id) {
        return AccountResponse.of(identity.unlock(id));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Give the account a new password (system administrator)",
        description = "Its sessions end at once.")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "400", description = "The password breaks the policy")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the system administrator")
    @ApiResponse(responseCode = "404", description = "No such account")
    AccountResponse resetPassword(@PathVariable AccountId id, @Valid @RequestBody PasswordResetRequest request) {
        return AccountResponse.of(identity.resetPassword(id, request.password()));
    }

    /** The facade validates the command it becomes, so the API and the form say the same. */
    record AccountOpeningRequest(@Nullable String username, @Nullable String displayName, @Nullable UUID person,
            @Nullable String password, @Nullable SecurityClassification clearance, @Nullable Set<String> roles) {

        NewAccount command() {
            return new NewAccount(username, displayName, person == null ? null : new PersonId(person),
                password == null ? "" : password, clearance, roles);
        }
    }

    record RolesRequest(@NotNull(message = "{validation.required}") Set<String> roles) {
    }

    record ClearanceRequest(@NotNull(message = "{validation.required}") SecurityClassification clearance) {
    }

    record PasswordResetRequest(@NotBlank(message = "{validation.required}") String password) {
    }

    record AccountResponse(UUID id, String username, String displayName, @Nullable UUID person,
            SecurityClassification clearance, boolean enabled, @Nullable Instant lockedUntil, List<String> roles,
            @Nullable String locale, Instant createdAt) {

        static AccountResponse of(AccountSummary account) {
            return new AccountResponse(account.id().value(), account.username(), account.displayName(),
                account.person() == null ? null : account.person().value(), account.clearance(), account.enabled(),
                account.lockedUntil(), account.roles().stream().sorted().toList(), account.locale(),
                account.createdAt());
        }
    }
}
