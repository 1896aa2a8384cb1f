package org.diplomatictimeline.system;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conditional GET for the public pages, the API and the exports ({@link ConditionalGetInterceptor}).
 * Static assets have their own rule (content-hashed names cached for a year, application.properties);
 * editor pages, sign-in, health and the OpenAPI description are left alone.
 * <p>
 * The data version is optional so that {@code @WebMvcTest} slices, which have no database, still start.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<DataVersion> version;

	private final ObjectProvider<Clock> clock;

	private final String release = Long.toString(System.currentTimeMillis(), 36);

	HttpCachingConfiguration(ObjectProvider<DataVersion> version, ObjectProvider<Clock> clock) {
		this.version = version;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		DataVersion current = version.getIfAvailable();
		if (current == null) {
			return;
		}
		registry.addInterceptor(new ConditionalGetInterceptor(current, clock.getIfAvailable(Clock::systemUTC), release))
			.addPathPatterns("/**")
			.excludePathPatterns("/admin/**", "/login", "/logout", "/error", "/assets/**", "/actuator/**",
					"/v3/api-docs/**", "/swagger-ui/**");
	}
}
