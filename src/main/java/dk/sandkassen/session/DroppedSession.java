package dk.sandkassen.session;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;

/**
 * The session named in the unbind event of a dropped session. Its row is already gone, so
 * it only knows its id; listeners (Vaadin's session) do not read anything else from it.
 */
final class DroppedSession {

    private DroppedSession() {
    }

    static HttpSession of(String id) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "toString" -> "dropped session " + id;
                    case "hashCode" -> id.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new IllegalStateException("Session " + id + " has ended");
                });
    }
}
