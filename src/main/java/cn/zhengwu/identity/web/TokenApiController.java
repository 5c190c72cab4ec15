package cn.zhengwu.identity.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/tokens}: a department's system trades a username and password for an API token. */
@RestController
@RequestMapping(ApiPaths.V1 + "/tokens")
@Tag(name = "Tokens", description = "API tokens for departments' systems (接口令牌)")
class TokenApiController {

    private final IdentityManagement identity;

    TokenApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    @PostMapping
    @Operation(summary = "Sign in and receive an API token",
        description = "Subject to the same lockout as the sign-in page. Send the token as 'Authorization: Bearer …'.")
    @ApiResponse(responseCode = "201", description = "The token; it is shown only this once")
    @ApiResponse(responseCode = "400", description = "Username or password missing")
    @ApiResponse(responseCode = "401", description = "Wrong username or password, or the account is locked")
    ResponseEntity<TokenResponse> issue(@Valid @RequestBody TokenRequest request) {
        IssuedToken issued = identity.issueTokenBySignIn(request.username(), request.password(),
            request.name() == null || request.name().isBlank() ? "API" : request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(new TokenResponse(issued.token(), issued.summary().id().toString(), issued.summary().name()));
    }

    record TokenRequest(@NotBlank(message = "{validation.required}") String username,
            @NotBlank(message = "{validation.required}") String password, @Nullable String name) {
    }

    record TokenResponse(String token, String id, String name) {
    }
}
