package org.diplomatictimeline.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description springdoc serves at /v3/api-docs and renders at /swagger-ui/index.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI timelineOpenApi() {
		return new OpenAPI().info(new Info().title("Diplomatic Timeline API")
			.version("1")
			.description("Encounters between Japanese and South Korean leaders and ministers, extracted from news "
					+ "articles, with statements, sources and dispute topics. Read-only JSON; the filters of "
					+ "/api/encounters are those of the timeline page. See /about/api for a guide.")
			.license(new License().name("Apache-2.0")));
	}
}
