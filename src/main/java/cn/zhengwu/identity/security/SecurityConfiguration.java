package cn.zhengwu.identity.security;

import java.time.Clock;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.identity.account.Accounts;
import cn.zhengwu.identity.token.TokenChecks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the REST API (bearer tokens, no session, problems as JSON) and the web pages (form
 * sign-in, optional OpenID Connect, sessions in the database, CSRF protection).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = { "/login", "/webjars/**", "/css/**", "/js/**", "/images/**",
        "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
        // 验签: the public receives issued documents too.
        "/signatures/verify" };

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        PasswordEncoder hashing = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return properties.passwordsRemembered().isZero() ? hashing
            : new RecentlyVerifiedPasswords(hashing, properties.passwordsRemembered());
    }

    /**
     * The token endpoint's manager. It checks the password against the account alone and publishes the same
     * failures as the sign-in form, so lockout counts failures from both; a success is recorded by the
     * endpoint together with the token it issues, in one transaction.
     */
    @Bean
    AuthenticationManager authenticationManager(PasswordHolders holders, PasswordEncoder encoder,
            ApplicationEventPublisher publisher) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(holders::holderOf);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new FailuresOnly(new DefaultAuthenticationEventPublisher(publisher)));
        return manager;
    }

    /** Username and password, for the sign-in form and for {@code POST /api/v1/tokens} alike. */
    private static DaoAuthenticationProvider passwordSignIn(ZhengwuUsers users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    /** Publishes the failures of a sign-in and leaves its success to the caller. */
    private record FailuresOnly(AuthenticationEventPublisher failures) implements AuthenticationEventPublisher {

        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
            // Recorded by the token endpoint with the token it issues.
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            failures.publishAuthenticationFailure(exception, authentication);
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenChecks checks, ApiCallers callers, ProblemResponses problems,
            Clock clock) throws Exception {
        return http.securityMatcher(ApiPaths.V1 + "/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.POST, ApiPaths.V1 + "/tokens").permitAll()
                .requestMatchers(HttpMethod.POST, ApiPaths.V1 + "/signatures/verify").permitAll()
                .anyRequest().authenticated())
            .addFilterBefore(new BearerTokenFilter(checks, callers, problems, clock),
                UsernamePasswordAuthenticationFilter.class)
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, exception) -> problems.write(request, response,
                    HttpStatus.UNAUTHORIZED, "identity.api.unauthenticated"))
                .accessDeniedHandler((request, response, exception) -> problems.write(request, response,
                    HttpStatus.FORBIDDEN, "core.forbidden")))
            .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ZhengwuUsers users, PasswordEncoder encoder, Accounts accounts,
            Clock clock, LocaleResolver locales, ObjectProvider<ClientRegistrationRepository> oidcClients,
            OidcAccounts oidcAccounts) throws Exception {
        SignInSuccessHandler success = new SignInSuccessHandler(locales);
        http.authenticationProvider(passwordSignIn(users, encoder))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(PUBLIC_PATHS).permitAll()
                // Each page asks for its permission in its controller or facade, as each call of the API does.
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").successHandler(success)
                .failureHandler(new SignInFailureHandler(accounts, clock)))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").successHandler(success)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                .failureHandler(new SignInFailureHandler(accounts, clock)));
        }
        return http.build();
    }
}
