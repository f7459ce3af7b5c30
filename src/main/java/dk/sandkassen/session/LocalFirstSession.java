package dk.sandkassen.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;

/**
 * A session whose small, serializable Sandkassen attributes ({@code sandkassen.*}) are stored
 * in the database, and whose other attributes (Vaadin's session, its lock, its UIs) stay in
 * this node's memory, live, never serialized.
 */
final class LocalFirstSession implements Session {

    static final String STORED_PREFIX = "sandkassen.";

    private final Session stored;
    private final NodeLocalState local;

    LocalFirstSession(Session stored, NodeLocalState local) {
        this.stored = stored;
        this.local = local;
    }

    Session stored() {
        return stored;
    }

    static boolean isStored(String attributeName) {
        return attributeName.startsWith(STORED_PREFIX);
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        String oldId = stored.getId();
        String newId = stored.changeSessionId();
        local.moved(oldId, newId);
        return newId;
    }

    @Override
    public <T> @Nullable T getAttribute(String name) {
        if (isStored(name)) {
            return stored.getAttribute(name);
        }
        @SuppressWarnings("unchecked")
        T value = (T) local.attributes(getId()).get(name);
        return value;
    }

    @Override
    public Set<String> getAttributeNames() {
        Set<String> names = new HashSet<>(stored.getAttributeNames());
        Map<String, Object> attributes = local.attributesIfAny(getId());
        if (attributes != null) {
            names.addAll(attributes.keySet());
        }
        return names;
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        if (isStored(name)) {
            stored.setAttribute(name, value);
        } else if (value == null) {
            removeAttribute(name);
        } else {
            local.attributes(getId()).put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        if (isStored(name)) {
            stored.removeAttribute(name);
        } else {
            Map<String, Object> attributes = local.attributesIfAny(getId());
            if (attributes != null) {
                attributes.remove(name);
            }
        }
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        stored.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
