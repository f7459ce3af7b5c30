package dk.sandkassen.admission;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

@Configuration(proxyBeanMethods = false)
class AdmissionConfig {

    /** After Spring Session's filter (and the session cookie's), before Vaadin's servlet. */
    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(Capacity capacity, NewVisitors newVisitors,
                                                            LearnerTimeout timeout, Doorway doorway) {
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(capacity, newVisitors, timeout, doorway));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 2);
        return registration;
    }

    /** Around the session filter and everything after it: a failed database gets the calm page. */
    @Bean
    FilterRegistrationBean<TroubleFilter> troubleFilter() {
        FilterRegistrationBean<TroubleFilter> registration = new FilterRegistrationBean<>(new TroubleFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** First of all: nothing is read of a body that is too large. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            @Value("${sandkassen.request.max-body:1MB}") DataSize max) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(max.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
