package cn.zhengwu.organization.web;

import java.time.Clock;
import java.util.List;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.organization.DelegationId;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/delegations}: a person's delegations (委托), delegating one's work, revoking. */
@RestController
@RequestMapping(ApiPaths.V1 + "/delegations")
@Tag(name = "Delegations", description = "Handing one's work to a colleague for at most 90 days (委托)")
class DelegationApiController {

    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final Clock clock;

    DelegationApiController(OrganizationManagement organization, ActorContext actors, Clock clock) {
        this.organization = organization;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Delegations given and received",
        description = "The caller's own, or another person's for callers who may read the directory.")
    @ApiResponse(responseCode = "200", description = "The delegations, newest first, with their status today")
    @ApiResponse(responseCode = "400", description = "No person given and the caller's account has no person")
    @ApiResponse(responseCode = "403", description = "Another person's, and the caller may not read the directory")
    List<DelegationResponse> delegations(@Parameter(description = "Whose; the caller's own when absent")
            @RequestParam(required = false) @Nullable PersonId person) {
        PersonId whose = person == null ? caller() : person;
        return organization.delegationsInvolving(whose).stream()
            .map(delegation -> DelegationResponse.of(delegation, clock)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Delegate work", description = "From the first day to the last, both included, at most "
        + "90 days, not ending in the past, not overlapping another delegation of the same person.")
    @ApiResponse(responseCode = "201", description = "The delegation")
    @ApiResponse(responseCode = "400", description = "A field is missing, the period is wrong, or self-delegation")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the work is someone else's "
        + "and the caller may not manage them")
    @ApiResponse(responseCode = "404", description = "No such person")
    @ApiResponse(responseCode = "409", description = "The delegator already delegated part of the period")
    DelegationResponse delegate(@RequestBody DelegationRequest request) {
        PersonId delegator = request.delegator() == null ? caller() : request.delegator();
        return DelegationResponse.of(organization.delegate(request.by(delegator)), clock);
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke a delegation", description = "By the delegator, the delegate or an administrator.")
    @ApiResponse(responseCode = "200", description = "The delegation, now revoked")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or is not a party and may not "
        + "manage the delegator")
    @ApiResponse(responseCode = "404", description = "No such delegation")
    @ApiResponse(responseCode = "409", description = "Already revoked or over")
    DelegationResponse revoke(@PathVariable DelegationId id) {
        return DelegationResponse.of(organization.revokeDelegation(id), clock);
    }

    private PersonId caller() {
        Actor actor = actors.current();
        if (actor.personId() == null) {
            throw BusinessRuleViolation.invalid("organization.delegation.noPerson");
        }
        return new PersonId(actor.personId());
    }
}
