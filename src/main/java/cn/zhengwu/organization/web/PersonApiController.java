package cn.zhengwu.organization.web;

import java.net.URI;
import java.util.List;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/people}: the directory (人员) — search by name, one person's contact details, register, change. */
@RestController
@RequestMapping(ApiPaths.V1 + "/people")
@Tag(name = "People", description = "The directory of people (人员) and their contact details")
class PersonApiController {

    private final OrganizationManagement organization;

    PersonApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "Search people by name",
        description = "Names only: contact numbers are read one person at a time, and each read is audited.")
    @ApiResponse(responseCode = "200", description = "At most 50 people, by name")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    List<PersonNameResponse> search(@Parameter(description = "Part of the name") @RequestParam(defaultValue = "") String q) {
        return organization.searchPeople(q, PersonController.RESULTS).stream().map(PersonNameResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person with contact details", description = "The read is audited (内部).")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "403", description = "The caller may not read the directory")
    @ApiResponse(responseCode = "404", description = "No such person")
    PersonSummary person(@PathVariable PersonId id) {
        return organization.person(id);
    }

    @PostMapping
    @Operation(summary = "Register a person")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new person")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed")
    @ApiResponse(responseCode = "403", description = "The caller may not manage the directory")
    ResponseEntity<PersonSummary> register(@Valid @RequestBody PersonDetails details) {
        PersonSummary registered = organization.registerPerson(details);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/people/" + registered.id())).body(registered);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person's name or contact details")
    @ApiResponse(responseCode = "200", description = "The person as changed")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed")
    @ApiResponse(responseCode = "403", description = "No permission, or the person holds no post in the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such person")
    PersonSummary change(@PathVariable PersonId id, @Valid @RequestBody PersonDetails details) {
        return organization.changePerson(id, details);
    }
}
