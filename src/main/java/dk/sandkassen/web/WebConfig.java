package dk.sandkassen.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The filters of the public port; they run before the session and before Vaadin. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Only when the management endpoints are not on this port: if an operator puts them on the
     * public port on purpose ({@code management.server.port} = {@code server.port}), they are
     * where they were put — but the sandkassen endpoint then does not exist (see the ops package).
     */
    @Bean
    FilterRegistrationBean<ManagementPathsNotFound> managementPathsNotFound(Environment environment,
            @Value("${management.endpoints.web.base-path:/actuator}") String basePath) {
        FilterRegistrationBean<ManagementPathsNotFound> registration =
                new FilterRegistrationBean<>(new ManagementPathsNotFound(basePath));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        boolean rootBasePath = basePath.isBlank() || basePath.equals("/");
        registration.setEnabled(!rootBasePath && ManagementPortType.get(environment) != ManagementPortType.SAME);
        return registration;
    }
}
