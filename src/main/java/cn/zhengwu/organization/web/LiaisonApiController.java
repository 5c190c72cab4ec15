package cn.zhengwu.organization.web;

import java.util.List;
import java.util.Objects;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.organization.LiaisonId;
import cn.zhengwu.organization.LiaisonSummary;
import cn.zhengwu.organization.NewLiaison;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
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

/** A unit's liaison officers (联络员) and 24-hour duty contacts: listing, adding, ending. */
@RestController
@RequestMapping(ApiPaths.V1)
@Tag(name = "Liaison contacts", description = "Each unit's liaison officers (联络员) and 24-hour duty contacts")
class LiaisonApiController {

    private final OrganizationManagement organization;

    LiaisonApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping("/units/{id}/liaisons")
    @Operation(summary = "A unit's contacts", description = "Current first, then past ones. The read is audited.")
    @ApiResponse(responseCode = "200", description = "The contacts")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    @ApiResponse(responseCode = "404", description = "No such unit")
    List<LiaisonSummary> liaisons(@PathVariable UnitId id) {
        return organization.liaisonsOf(id);
    }

    @PostMapping("/units/{id}/liaisons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact to a unit")
    @ApiResponse(responseCode = "201", description = "The contact")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed")
    @ApiResponse(responseCode = "403", description = "No permission, or the unit is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such unit")
    LiaisonSummary add(@PathVariable UnitId id, @Valid @RequestBody NewLiaison contact) {
        return organization.addLiaison(id, contact);
    }

    @PostMapping("/liaisons/{id}/end")
    @Operation(summary = "End a contact's service")
    @ApiResponse(responseCode = "200", description = "The contact, now ended")
    @ApiResponse(responseCode = "400", description = "The last day is missing or before the first")
    @ApiResponse(responseCode = "403", description = "No permission, or the unit is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such contact")
    @ApiResponse(responseCode = "409", description = "The contact has already ended")
    LiaisonSummary end(@PathVariable LiaisonId id, @Valid @RequestBody EndRequest request) {
        return organization.endLiaison(id, Objects.requireNonNull(request.lastDay()));
    }
}
