package dk.sandkassen.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.session.FlushMode;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SaveMode;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session JDBC as the session store, wired by hand because the JDBC repository is
 * wrapped: see {@link NodeLocalSessionRepository}. The usual Spring Boot properties apply:
 * {@code spring.session.timeout} (default: {@code server.servlet.session.timeout}) and
 * {@code spring.session.jdbc.cleanup-cron}. The tables come from the Flyway migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfig {

    /**
     * @param store {@code jdbc} (the default), or {@code memory}: sessions only in this node's
     *              memory, used as the baseline when measuring what the database store costs
     *              (decision 0004). In memory mode sandboxes are not owned by a session row and
     *              are removed by the orphan sweep after {@code sandkassen.sweep.grace}.
     */
    @Bean
    NodeLocalSessionRepository sessionRepository(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
            @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration timeout,
            @Value("${spring.session.jdbc.cleanup-cron:0 * * * * *}") String cleanupCron,
            @Value("${sandkassen.session.store:jdbc}") String store,
            @Value("${sandkassen.session.timeout-before-ui:PT1M}") Duration beforeUi) {
        if (store.equals("memory")) {
            MapSessionRepository memory = new MapSessionRepository(new ConcurrentHashMap<>());
            memory.setDefaultMaxInactiveInterval(timeout);
            return new NodeLocalSessionRepository(memory, null, beforeUi);
        }
        JdbcIndexedSessionRepository jdbc = new JdbcIndexedSessionRepository(jdbcTemplate,
                new TransactionTemplate(transactions));
        jdbc.setDefaultMaxInactiveInterval(timeout);
        jdbc.setCleanupCron(cleanupCron);
        jdbc.setFlushMode(FlushMode.ON_SAVE);
        jdbc.setSaveMode(SaveMode.ON_SET_ATTRIBUTE);
        return new NodeLocalSessionRepository(jdbc, new SessionRows(JdbcClient.create(jdbcTemplate)), beforeUi);
    }

    /** The session cookie: HttpOnly, SameSite, Secure whenever the request came over HTTPS. */
    @Bean
    CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name:SESSION}") String name,
            @Value("${server.servlet.session.cookie.same-site:Lax}") String sameSite) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setSameSite(sameSite);
        serializer.setUseHttpOnlyCookie(true);
        return serializer;
    }

    @Bean
    HttpSessionIdResolver httpSessionIdResolver(CookieSerializer cookieSerializer) {
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(cookieSerializer);
        return resolver;
    }

    @Bean
    FilterRegistrationBean<EagerSessionCookieFilter> eagerSessionCookieFilter(HttpSessionIdResolver resolver) {
        FilterRegistrationBean<EagerSessionCookieFilter> registration =
                new FilterRegistrationBean<>(new EagerSessionCookieFilter(resolver));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
