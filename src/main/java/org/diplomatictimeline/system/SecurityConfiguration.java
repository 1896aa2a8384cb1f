package org.diplomatictimeline.system;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may do what: reading (pages, GET API, health and info) is public; adding and re-extracting
 * articles, and every other write, need a signed-in editor. CSRF protection stays on for every form;
 * the Content-Security-Policy allows no inline script and no framing.
 * <p>
 * It is a {@link WebMvcConfigurer} so that {@code @WebMvcTest} slices pick it up and test pages under
 * the same rules as production rather than under Spring Boot's default (everything behind a login).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(EditorProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/admin/accounts/**", "/admin/audit").hasRole(EditorAccounts.ADMIN_ROLE)
			.requestMatchers("/admin/**").hasRole(EditorAccounts.ROLE)
			.requestMatchers("/error", "/login").permitAll()
			.requestMatchers(HttpMethod.GET, "/**").permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
			// readers report a problem without signing in (with the page's CSRF token, rate limited)
			.requestMatchers(HttpMethod.POST, "/encounters/*/report").permitAll()
			.anyRequest().hasRole(EditorAccounts.ROLE))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new ReturnTo.Success())
				.failureHandler(new ReturnTo.Failure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Spring Security's strict firewall, also for parameter values: a value with control characters
	 * (a NUL byte, which PostgreSQL refuses in text, or an escape sequence) is refused with 400 before
	 * it reaches a page or a query. Tabs and line breaks stay allowed for pasted articles.
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedParameterValues(SecurityConfiguration::withoutControlCharacters);
		firewall.setAllowedParameterNames(SecurityConfiguration::withoutControlCharacters);
		return firewall;
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
	}

	static boolean withoutControlCharacters(String value) {
		return value.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService editorAccounts(EditorProperties properties, PasswordEncoder encoder,
			ObjectProvider<EditorAccountRepository> stored) {
		return new EditorUserDetails(EditorAccounts.from(properties, encoder), stored);
	}
}
