package cn.zhengwu.organization.web;

import java.util.List;
import java.util.Objects;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.organization.NewSecretary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.SecretarySummary;
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

/** Leaders and their secretaries (领导—秘书), seen from either side; the path's person is the leader. */
@RestController
@RequestMapping(ApiPaths.V1 + "/people/{id}/secretaries")
@Tag(name = "Secretaries", description = "Leaders and the secretaries who act for them (领导—秘书)")
class SecretaryApiController {

    private final OrganizationManagement organization;

    SecretaryApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "The pairs a person is part of", description = "As leader or as secretary, current and past.")
    @ApiResponse(responseCode = "200", description = "The pairs")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    List<SecretarySummary> pairs(@PathVariable PersonId id) {
        return organization.secretariesInvolving(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Name a secretary for the leader")
    @ApiResponse(responseCode = "201", description = "The pair")
    @ApiResponse(responseCode = "400", description = "A field is missing, or the leader would be their own secretary")
    @ApiResponse(responseCode = "403", description = "The caller may not manage the directory")
    @ApiResponse(responseCode = "404", description = "No such leader or secretary")
    @ApiResponse(responseCode = "409", description = "The secretary already acts for the leader")
    SecretarySummary assign(@PathVariable PersonId id, @Valid @RequestBody NewSecretary pairing) {
        return organization.assignSecretary(id, pairing);
    }

    @PostMapping("/{secretaryId}/end")
    @Operation(summary = "End a secretary's service for the leader")
    @ApiResponse(responseCode = "204", description = "Ended")
    @ApiResponse(responseCode = "400", description = "The last day is missing")
    @ApiResponse(responseCode = "403", description = "The caller may not manage the directory")
    @ApiResponse(responseCode = "404", description = "The secretary does not act for the leader")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@PathVariable PersonId id, @PathVariable PersonId secretaryId, @Valid @RequestBody EndRequest request) {
        organization.endSecretary(id, secretaryId, Objects.requireNonNull(request.lastDay()));
    }
}
