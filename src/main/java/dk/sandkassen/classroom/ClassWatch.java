package dk.sandkassen.classroom;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the pages open on this node when their class changed, wherever the change was made:
 * one indexed query every half second for all classes watched here compares their versions
 * (decision 0012). No broker, no extra server; a node with nothing watched asks nothing.
 */
@Component
public class ClassWatch implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClassWatch.class);

    private final ClassService classes;
    private final Map<ClassId, Set<Runnable>> watchers = new ConcurrentHashMap<>();
    private final Map<ClassId, Long> seen = new ConcurrentHashMap<>();

    /**
     * Its own thread for the poll, and a virtual thread for each page it tells: never behind the
     * session cleanup on Spring's one scheduler thread (which may wait on a closing page), and
     * one slow page never holds up the other boards (found by the classroom load test).
     */
    private final java.util.concurrent.ScheduledExecutorService poller =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("class-watch").daemon().factory());
    private final java.util.concurrent.ExecutorService tellers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    ClassWatch(ClassService classes,
               @org.springframework.beans.factory.annotation.Value("${sandkassen.class.watch-interval:PT0.5S}") java.time.Duration interval) {
        this.classes = classes;
        long millis = Math.max(50, interval.toMillis());
        poller.scheduleWithFixedDelay(this::poll, millis, millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        tellers.shutdownNow();
    }

    /** Calls {@code onChange} (on the watch's thread) after every change of the class; until the handle is run. */
    public Runnable watch(ClassId id, Runnable onChange) {
        watchers.computeIfAbsent(id, key -> new CopyOnWriteArraySet<>()).add(onChange);
        return () -> watchers.computeIfPresent(id, (key, set) -> {
            set.remove(onChange);
            if (set.isEmpty()) {
                seen.remove(key);
                return null;
            }
            return set;
        });
    }

    void poll() {
        if (watchers.isEmpty()) {
            return;
        }
        Map<ClassId, Long> versions;
        try {
            versions = classes.versions(Set.copyOf(watchers.keySet()));
        } catch (RuntimeException e) {
            log.warn("Could not read the classes' versions", e);
            return;
        }
        for (var entry : watchers.entrySet()) {
            Long now = versions.getOrDefault(entry.getKey(), -1L); // -1: the class is gone
            Long before = seen.put(entry.getKey(), now);
            if (before != null && !before.equals(now)) {
                entry.getValue().forEach(watcher -> tellers.execute(() -> run(watcher)));
            }
        }
    }

    private static void run(Runnable watcher) {
        try {
            watcher.run();
        } catch (RuntimeException e) {
            log.debug("A class watcher failed", e);
        }
    }
}
