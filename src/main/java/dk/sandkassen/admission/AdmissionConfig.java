package dk.sandkassen.admission;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

@Configuration(proxyBeanMethods = false)
class AdmissionConfig {

    /** After Spring Session's filter (and the session cookie's), before Vaadin's servlet. */
    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(Capacity capacity, NewVisitors newVisitors) {
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(capacity, newVisitors));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 2);
        return registration;
    }
}
