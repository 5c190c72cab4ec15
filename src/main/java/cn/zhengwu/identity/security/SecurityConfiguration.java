package cn.zhengwu.identity.security;

import java.time.Clock;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.Permission;
import cn.zhengwu.identity.account.Accounts;
import cn.zhengwu.identity.token.ApiTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.support.TransactionTemplate;
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
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The token endpoint's manager. It publishes the same events as the sign-in form's, so lockout counts
     * failures from both.
     */
    @Bean
    AuthenticationManager authenticationManager(ZhengwuUsers users, PasswordEncoder encoder,
            ApplicationEventPublisher publisher) {
        ProviderManager manager = new ProviderManager(passwordSignIn(users, encoder));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
        return manager;
    }

    /** Username and password, for the sign-in form and for {@code POST /api/v1/tokens} alike. */
    private static DaoAuthenticationProvider passwordSignIn(ZhengwuUsers users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts, ApiCallers callers,
            ProblemResponses problems, TransactionTemplate transactions, Clock clock) throws Exception {
        return http.securityMatcher(ApiPaths.V1 + "/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.POST, ApiPaths.V1 + "/tokens").permitAll()
                .requestMatchers(HttpMethod.POST, ApiPaths.V1 + "/signatures/verify").permitAll()
                .anyRequest().authenticated())
            .addFilterBefore(new BearerTokenFilter(tokens, accounts, callers, problems, transactions, clock),
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
                // The facade guards every action; these keep the administration forms themselves out of sight.
                .requestMatchers("/admin/accounts/new").hasAuthority(Permission.ACCOUNT_MANAGE.authority())
                .requestMatchers("/admin/**")
                .hasAnyAuthority(Permission.ACCOUNT_MANAGE.authority(), Permission.ROLE_ASSIGN.authority())
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
