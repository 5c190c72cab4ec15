package cn.zhengwu.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.identity.ApiTokenSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/v1/me/tokens}: the calling account's API tokens (接口令牌). Never their secrets, but once. */
@RestController
@RequestMapping(ApiPaths.V1 + "/me/tokens")
@Tag(name = "My tokens", description = "The calling account's API tokens (接口令牌)")
class MyTokenApiController {

    private final IdentityManagement identity;
    private final Clock clock;

    MyTokenApiController(IdentityManagement identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "List the calling account's tokens, newest first")
    @ApiResponse(responseCode = "200", description = "The tokens, without their secrets")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    List<TokenResponse> list() {
        Instant now = clock.instant();
        return identity.myTokens().stream().map(token -> TokenResponse.of(token, now)).toList();
    }

    @PostMapping
    @Operation(summary = "Create a token", description = "The secret is in this response only; it is never shown "
        + "again. Without validDays the token works until revoked.")
    @ApiResponse(responseCode = "201", description = "The token with its secret")
    @ApiResponse(responseCode = "400", description = "Name missing or too long, or validDays outside 1–366")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    ResponseEntity<IssuedTokenResponse> issue(@Valid @RequestBody TokenCreationRequest request) {
        IssuedToken issued = identity.issueToken(request.name(), request.validDays());
        ApiTokenSummary token = issued.summary();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(token.id()).toUri())
            .body(new IssuedTokenResponse(issued.token(), token.id(), token.name(), token.createdAt(),
                token.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token", description = "Calls with it get 401 from now on.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "404", description = "No such token of this account")
    @ApiResponse(responseCode = "409", description = "Already revoked")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        identity.revokeToken(id);
        return ResponseEntity.noContent().build();
    }

    record TokenCreationRequest(@NotBlank(message = "{validation.required}") String name,
            @Nullable Integer validDays) {
    }

    record IssuedTokenResponse(String token, UUID id, String name, Instant createdAt, @Nullable Instant expiresAt) {
    }

    record TokenResponse(UUID id, String name, Instant createdAt, @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, ApiTokenSummary.Status status) {

        static TokenResponse of(ApiTokenSummary token, Instant now) {
            return new TokenResponse(token.id(), token.name(), token.createdAt(), token.expiresAt(),
                token.lastUsedAt(), token.revokedAt(), token.statusAt(now));
        }
    }
}
