package dk.sandkassen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mock.env.MockEnvironment;

/** The sandkassen endpoint exists only where nobody from outside the machine can reach it. */
class OnLoopbackManagementPortTest {

    @Test
    void aSeparatePortOnLoopbackServesIt() {
        assertThat(matches("8080", "8081", "127.0.0.1")).isTrue();
        assertThat(matches("8080", "8081", "::1")).isTrue();
        assertThat(matches("8080", "8081", "localhost")).isTrue();
        assertThat(matches("0", "0", "127.0.0.1")).as("random ports in tests").isTrue();
    }

    @Test
    void anyOtherPlaceDoesNot() {
        assertThat(matches("8080", "8081", "0.0.0.0")).as("every interface").isFalse();
        assertThat(matches("8080", "8081", "192.0.2.10")).isFalse();
        assertThat(matches("8080", "8081", null)).as("no address: every interface").isFalse();
        assertThat(matches("8080", "8080", "127.0.0.1")).as("the public port").isFalse();
        assertThat(matches("8080", null, "127.0.0.1")).as("no management port: the public port").isFalse();
        assertThat(matches("8080", "-1", "127.0.0.1")).as("management endpoints off").isFalse();
    }

    private static boolean matches(String serverPort, String managementPort, String address) {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", serverPort);
        if (managementPort != null) {
            environment.setProperty("management.server.port", managementPort);
        }
        if (address != null) {
            environment.setProperty("management.server.address", address);
        }
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return new OnLoopbackManagementPort().matches(context, mock(AnnotatedTypeMetadata.class));
    }
}
