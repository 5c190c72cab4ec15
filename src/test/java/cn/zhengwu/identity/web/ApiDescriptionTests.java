package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhengwu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The OpenAPI description tells departments' developers every identity endpoint and its answers. */
@IntegrationTest
class ApiDescriptionTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theApiDescriptionListsTheIdentityEndpointsWithTheirStatusCodes() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
            .extractingPath("$.paths").asMap()
            .containsKeys("/api/v1/me", "/api/v1/me/tokens", "/api/v1/me/tokens/{id}", "/api/v1/me/password",
                "/api/v1/me/sessions/revocation", "/api/v1/accounts", "/api/v1/accounts/{id}",
                "/api/v1/accounts/{id}/roles", "/api/v1/accounts/{id}/clearance", "/api/v1/accounts/{id}/enablement",
                "/api/v1/accounts/{id}/disablement", "/api/v1/accounts/{id}/unlock",
                "/api/v1/accounts/{id}/password-reset", "/api/v1/roles", "/api/v1/roles/{code}/grants");
        assertThat(mvc.get().uri("/v3/api-docs")).bodyJson()
            .extractingPath("$.paths['/api/v1/accounts/{id}/roles'].put.responses").asMap()
            .containsKeys("200", "400", "401", "403", "404");
    }
}
