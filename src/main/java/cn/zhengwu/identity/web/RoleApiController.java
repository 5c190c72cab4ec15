package cn.zhengwu.identity.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.identity.AdministratorKind;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.RoleSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
 * {@code /api/v1/roles}: roles (角色) and the permissions each grants with its data scope (数据范围). The
 * security administrator adds roles of the office's own; administrator permissions stay with the built-in
 * administrator roles.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/roles")
@Tag(name = "Roles", description = "Roles and their grants (角色与权限)")
class RoleApiController {

    private final IdentityManagement identity;

    RoleApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "List the roles: built-in first, then the office's own")
    @ApiResponse(responseCode = "200", description = "The roles with their grants")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Neither system nor security administrator")
    List<RoleResponse> list() {
        return identity.roles().stream().map(RoleResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Add a role of the office's own (security administrator)")
    @ApiResponse(responseCode = "201", description = "The role")
    @ApiResponse(responseCode = "400", description = "Invalid code or name, or an administrator permission")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the security administrator")
    @ApiResponse(responseCode = "409", description = "The code exists")
    ResponseEntity<RoleResponse> create(@Valid @RequestBody RoleCreationRequest request) {
        RoleSummary role = identity.createRole(request.code(), request.name(), request.grantsOrNone());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}")
            .buildAndExpand(role.code()).toUri()).body(RoleResponse.of(role));
    }

    @PutMapping("/{code}/grants")
    @Operation(summary = "Replace what a role of the office's own grants (security administrator)",
        description = "Built-in roles cannot change.")
    @ApiResponse(responseCode = "200", description = "The role with its new grants")
    @ApiResponse(responseCode = "400", description = "A built-in role, or an administrator permission")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the security administrator")
    @ApiResponse(responseCode = "404", description = "No such role")
    RoleResponse regrant(@PathVariable String code, @RequestBody GrantsRequest request) {
        return RoleResponse.of(identity.regrantRole(code, request.grantsOrNone()));
    }

    record RoleCreationRequest(@NotBlank(message = "{validation.required}") String code,
            @NotBlank(message = "{validation.required}") String name, @Nullable Map<Permission, @Nullable DataScope> grants) {

        Map<Permission, DataScope> grantsOrNone() {
            return granted(grants);
        }
    }

    record GrantsRequest(@Nullable Map<Permission, @Nullable DataScope> grants) {

        Map<Permission, DataScope> grantsOrNone() {
            return granted(grants);
        }
    }

    /** The grants sent, a permission sent without a scope being no grant. */
    private static Map<Permission, DataScope> granted(@Nullable Map<Permission, @Nullable DataScope> grants) {
        Map<Permission, DataScope> granted = new EnumMap<>(Permission.class);
        if (grants != null) {
            grants.forEach((permission, scope) -> {
                if (scope != null) {
                    granted.put(permission, scope);
                }
            });
        }
        return granted;
    }

    /** @param name the name of a role of the office's own; built-in roles are named by the client's bundles */
    record RoleResponse(String code, @Nullable String name, @Nullable AdministratorKind administratorKind,
            boolean builtIn, Map<Permission, DataScope> grants) {

        static RoleResponse of(RoleSummary role) {
            return new RoleResponse(role.code(), role.name(), role.administratorKind(), role.builtIn(), role.grants());
        }
    }
}
