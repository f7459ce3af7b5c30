package dk.sandkassen.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True only when the management endpoints have a port of their own that listens on a loopback
 * address ({@code management.server.port} and {@code management.server.address}, set in
 * application.properties). The sandkassen endpoint tells a stranger how busy the node is and
 * lets them force a garbage collection, so it must never be reachable from outside the machine,
 * whatever {@code management.endpoints.web.exposure.include} says.
 */
class OnLoopbackManagementPort implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (ManagementPortType.get(context.getEnvironment()) != ManagementPortType.DIFFERENT) {
            return false;
        }
        String address = context.getEnvironment().getProperty("management.server.address");
        if (address == null || address.isBlank()) {
            return false; // every interface
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
