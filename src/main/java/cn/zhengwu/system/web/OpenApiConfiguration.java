package cn.zhengwu.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/v1}: every call takes a bearer token from {@code POST /api/v1/tokens}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-token";

    @Bean
    OpenAPI zhengwuApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
            .info(new Info().title("Zhengwu 政务 API")
                .version(properties == null ? "v1" : properties.getVersion())
                .description("The REST API of Zhengwu for departments' and districts' own systems. Obtain a token "
                    + "with POST /api/v1/tokens and send it as 'Authorization: Bearer <token>'. Errors are RFC 9457 "
                    + "problems; send Accept-Language (zh-CN, en, es) for their wording."))
            .components(new Components().addSecuritySchemes(BEARER,
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
            .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
