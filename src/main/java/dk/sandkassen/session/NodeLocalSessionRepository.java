package dk.sandkassen.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session JDBC owns the session row (id, expiry) and the small {@code sandkassen.*}
 * attributes; Vaadin's state stays live in this node's memory, never serialized per request.
 * A session whose row is gone (expired, ended, or deleted by the cleanup job) is forgotten
 * here as soon as this node notices. See docs/decisions/0003-spring-session-with-vaadin.md.
 */
public class NodeLocalSessionRepository implements SessionRepository<Session>, InitializingBean, DisposableBean {

    private final SessionRepository<Session> database;
    /** The stored session rows; null when the sessions are only in memory (a measurement baseline). */
    private final @Nullable SessionRows rows;
    private final NodeLocalState local = new NodeLocalState();
    /** Sessions created in a request that has not saved them yet; see {@link #persistNow}. */
    private final Set<LocalFirstSession> unsaved = ConcurrentHashMap.newKeySet();

    /** How long a new session lives until its UI starts; then it gets the full idle timeout. */
    private final Duration beforeUi;

    @SuppressWarnings("unchecked")
    NodeLocalSessionRepository(SessionRepository<? extends Session> database, @Nullable SessionRows rows, Duration beforeUi) {
        this.database = (SessionRepository<Session>) database;
        this.rows = rows;
        this.beforeUi = beforeUi;
    }

    /**
     * A new session lives only {@code beforeUi} unless its UI starts: a crawler or a health check
     * that fetches a page but never runs it leaves a row and a little memory for a minute, not
     * for the 30 minutes a learner gets (docs/decisions/0009).
     */
    @Override
    public Session createSession() {
        Session created = database.createSession();
        if (beforeUi.compareTo(created.getMaxInactiveInterval()) < 0) {
            created.setMaxInactiveInterval(beforeUi);
        }
        LocalFirstSession session = new LocalFirstSession(created, local);
        unsaved.add(session);
        return session;
    }

    @Override
    public void save(Session session) {
        LocalFirstSession wrapped = (LocalFirstSession) session;
        database.save(wrapped.stored());
        // Only now that the row is there: until then the cleanup must see the session as unsaved.
        unsaved.remove(wrapped);
        local.saved(wrapped.getId());
    }

    @Override
    public @Nullable Session findById(String id) {
        Session stored = database.findById(id);
        if (stored == null) {
            // No row: the session ended — unless it is new, or just renamed by a login, in a
            // request still running on this node (its cookie is written at once, so the browser's
            // next request can come before the row): that request's live state must stay.
            if (!isUnsaved(id) && !local.isBeingRenamed(id)) {
                local.drop(id);
            }
            return null;
        }
        return new LocalFirstSession(stored, local);
    }

    /**
     * Ends a session: its live state goes first, then its row. The other way round another
     * thread — the cleanup, or a second request of the same browser — could find the row gone
     * and the state still here in between, and close the Vaadin session from outside while the
     * ending request was still writing its answer (the learner who pressed "Afslut" saw "Noget
     * gik galt": Vaadin's MetadataWriter met a UI without a session, found by the cluster test).
     */
    @Override
    public void deleteById(String id) {
        unsaved.removeIf(session -> session.getId().equals(id));
        local.drop(id);
        database.deleteById(id);
    }

    /**
     * Writes a session created in the current request to the database now instead of at the
     * end of the request, so rows that reference it (a sandbox) can be inserted at once.
     * Returns the session's stable primary id, or nothing when sessions are not stored in the
     * database.
     */
    public Optional<String> persistNow(String sessionId) {
        LocalFirstSession pending = unsaved.stream()
                .filter(session -> session.getId().equals(sessionId))
                .findFirst()
                .orElse(null);
        if (pending != null) {
            save(pending);
        }
        if (rows == null) {
            return Optional.empty();
        }
        return Optional.of(rows.primaryIdOf(sessionId)
                .orElseThrow(() -> new IllegalStateException("Session " + sessionId + " is not stored")));
    }

    /** Forgets the node-local state of sessions whose rows are gone; returns how many. */
    public int dropEnded() {
        // A request that failed before saving its new session leaves it here; it will never be saved.
        Instant stale = Instant.now().minus(Duration.ofMinutes(5));
        unsaved.removeIf(session -> session.getCreationTime().isBefore(stale));
        local.forgetRenamesBefore(stale);
        Set<String> known = local.sessionIds();
        if (rows == null) {
            return 0;
        }
        // Which of them are not saved yet, taken before the rows are read: a session saved while
        // they are read has its row found, and one saved after counts as not saved (it is kept).
        // A login renames the session mid-request; its row gets the new id only when the request saves it.
        Set<String> notSavedYet = new HashSet<>();
        for (String id : known) {
            if (isUnsaved(id) || local.isBeingRenamed(id)) {
                notSavedYet.add(id);
            }
        }
        Set<String> alive = new HashSet<>(rows.existing(known));
        int dropped = 0;
        for (String id : known) {
            if (!alive.contains(id) && !notSavedYet.contains(id)) {
                local.drop(id);
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * Ends every session on this node whose learner has done nothing for {@code idle}: no click,
     * no typing, no choice — an open page's heartbeat and its push connection do not count
     * (decision 0010). Its row goes, and with it the sandbox; returns how many ended.
     */
    public int endIdle(Duration idle) {
        long before = System.currentTimeMillis() - idle.toMillis();
        int ended = 0;
        for (String id : local.sessionIds()) {
            java.util.Map<String, Object> attributes = local.attributesIfAny(id);
            if (attributes == null) {
                continue; // ended meanwhile (a learner's "Afslut"): nothing left to end
            }
            for (Object value : attributes.values()) {
                if (value instanceof com.vaadin.flow.server.VaadinSession vaadin && lastAction(vaadin) < before) {
                    deleteById(id);
                    ended++;
                    break;
                }
            }
        }
        return ended;
    }

    /**
     * When the learner last did something in the UI (Vaadin counts only requests with actions).
     * A session busy right now is in use: it is asked again at the next check, never waited for
     * (the cleanup's one thread must not hang behind a learner's request).
     */
    private static long lastAction(com.vaadin.flow.server.VaadinSession vaadin) {
        java.util.concurrent.locks.Lock lock = vaadin.getLockInstance();
        if (lock == null || !lock.tryLock()) {
            return Long.MAX_VALUE;
        }
        try {
            return vaadin.getLastRequestTimestamp();
        } finally {
            vaadin.unlock(); // also runs what other threads queued meanwhile (UI.access)
        }
    }

    /** Sessions with live state on this node. */
    public int localSessions() {
        return local.size();
    }

    private boolean isUnsaved(String id) {
        return unsaved.stream().anyMatch(session -> session.getId().equals(id));
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        if (database instanceof InitializingBean initializing) {
            initializing.afterPropertiesSet();
        }
    }

    @Override
    public void destroy() throws Exception {
        if (database instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
