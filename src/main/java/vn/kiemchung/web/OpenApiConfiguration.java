package vn.kiemchung.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the REST API (springdoc), at /v3/api-docs and /swagger-ui.html, behind the login. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kiemchungApi() {
        return new OpenAPI()
                .info(new Info().title("kiemchung API")
                        .description("Hồ sơ kiểm chứng DTI: tải lên tài liệu, báo cáo kiểm tra, rà soát. "
                                + "DTI evidence dossiers: uploads, audit reports, review. Scripts send a personal API token "
                                + "(Authorization: Bearer kc_…, see POST /api/v1/tokens) or use HTTP Basic.")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
