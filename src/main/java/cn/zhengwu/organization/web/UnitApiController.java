package cn.zhengwu.organization.web;

import java.net.URI;
import java.util.List;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitNode;
import cn.zhengwu.organization.UnitRevision;
import cn.zhengwu.organization.UnitSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/units}: the unit tree (机构), one unit, creating, changing and deactivating units, history. */
@RestController
@RequestMapping(ApiPaths.V1 + "/units")
@Tag(name = "Units", description = "The unit tree (机构): 市政府, 办公厅 and its divisions, 委办局, 区政府")
class UnitApiController {

    private final OrganizationManagement organization;

    UnitApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "The unit tree", description = "Top-level units with the units below them, in order.")
    @ApiResponse(responseCode = "200", description = "The tree")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    List<UnitNode> tree(@Parameter(description = "Include deactivated units")
            @RequestParam(defaultValue = "false") boolean includeInactive) {
        return organization.unitTree(includeInactive);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit")
    @ApiResponse(responseCode = "200", description = "The unit")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    @ApiResponse(responseCode = "404", description = "No such unit")
    UnitSummary unit(@PathVariable UnitId id) {
        return organization.unit(id);
    }

    @PostMapping
    @Operation(summary = "Create a unit", description = "Below a parent within the caller's data scope; "
        + "only a scope over all units may create a top-level unit.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new unit")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed")
    @ApiResponse(responseCode = "403", description = "No permission, or the parent is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such parent")
    @ApiResponse(responseCode = "409", description = "The code or the full name is already used")
    ResponseEntity<UnitSummary> create(@RequestBody UnitRequest request) {
        UnitSummary created = organization.createUnit(request.details());
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/units/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a unit", description = "Rename, recode or move it; a unit cannot move below itself.")
    @ApiResponse(responseCode = "200", description = "The unit as changed")
    @ApiResponse(responseCode = "400", description = "A field is malformed, or the move would make a cycle")
    @ApiResponse(responseCode = "403", description = "No permission, or outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such unit or parent")
    @ApiResponse(responseCode = "409", description = "The code or the full name is already used")
    UnitSummary change(@PathVariable UnitId id, @RequestBody UnitRequest request) {
        return organization.changeUnit(id, request.details());
    }

    @PostMapping("/{id}/deactivation")
    @Operation(summary = "Deactivate a unit (撤销)", description = "Only a unit without active sub-units or people "
        + "in post; it stays in the history.")
    @ApiResponse(responseCode = "200", description = "The unit, now inactive")
    @ApiResponse(responseCode = "403", description = "No permission, or outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such unit")
    @ApiResponse(responseCode = "409", description = "The unit still has active sub-units or people in post")
    UnitSummary deactivate(@PathVariable UnitId id) {
        return organization.deactivateUnit(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A unit's revisions", description = "Newest first: renames, moves, code-word changes.")
    @ApiResponse(responseCode = "200", description = "The revisions")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    List<UnitRevision> history(@PathVariable UnitId id) {
        return organization.historyOf(id);
    }
}
