package dk.sandkassen.perf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one class's board shows, as the teacher's page sees it: after every message from the
 * server (pushed over the WebSocket, or answering the board's own requests) the board's table
 * {@code #class-board} is read from the teacher's tree, and the first moment each learner's row
 * ({@code tr[data-member]}) and each done step ({@code td[data-step][data-state=done]}) appeared
 * is noted. A learner's action says when it was sent ({@link #expect}); the board delay is the
 * time from then until the board showed it. Nothing is taken from the server but the page.
 */
final class BoardWatch {

    /** The events whose delay is measured: a learner's row appears, and each of the exercise's steps turns done. */
    static final String JOINED = "joined";

    /** Where each delay is counted (e.g. the whole run's and its round's). */
    private final Delays[] delays;
    /** When each "nickname/event" was first on the board ({@link System#nanoTime()}). */
    private final Map<String, Long> firstSeen = new HashMap<>();
    /** Actions sent whose change the board has not shown yet: "nickname/event" → when the action was sent. */
    private final Map<String, List<Long>> pending = new HashMap<>();
    private int reads;
    /** Changes first seen in a pushed message, and in the answer to one of the board's own requests (its poll). */
    private int seenInPush;
    private int seenInAnswer;

    BoardWatch(Delays... delays) {
        this.delays = delays;
    }

    /**
     * Reads the board in {@code tree} (called with each message the teacher's page gets);
     * {@code pushed}: the message came over the WebSocket, not as the answer to the board's own request.
     */
    synchronized void saw(UiTree tree, boolean pushed) {
        long now = System.nanoTime();
        UiTree.Node table = tree.byId("class-board").orElse(null);
        if (table == null) {
            return;
        }
        reads++;
        for (UiTree.Node row : tree.descendants(table, n -> n.tag().equals("tr") && !n.attribute("data-member").isEmpty())) {
            String member = row.attribute("data-member");
            seen(member + "/" + JOINED, now, pushed);
            for (UiTree.Node cell : tree.descendants(row, n -> n.tag().equals("td") && !n.attribute("data-step").isEmpty())) {
                if (cell.attribute("data-state").equals("done")) {
                    seen(member + "/" + cell.attribute("data-step"), now, pushed);
                }
            }
        }
    }

    private void seen(String key, long at, boolean pushed) {
        if (firstSeen.putIfAbsent(key, at) == null) {
            if (pushed) {
                seenInPush++;
            } else {
                seenInAnswer++;
            }
            List<Long> sent = pending.remove(key);
            if (sent != null) {
                sent.forEach(t0 -> add(event(key), at - t0));
            }
        }
    }

    /**
     * The learner {@code member} sent, at {@code sentAt} ({@link System#nanoTime()}), the action
     * that makes {@code event} happen ({@link #JOINED} or a step's id). If the board shows it
     * already (the action's answer came after the board's push), the delay is counted now.
     */
    synchronized void expect(String member, String event, long sentAt) {
        String key = member + "/" + event;
        Long at = firstSeen.get(key);
        if (at != null) {
            add(event, Math.max(0, at - sentAt));
        } else {
            pending.computeIfAbsent(key, k -> new ArrayList<>()).add(sentAt);
        }
    }

    /** Changes sent that the board has not shown yet. */
    synchronized int pending() {
        return pending.values().stream().mapToInt(List::size).sum();
    }

    /** What the board has not shown, e.g. for an error message. */
    synchronized String describePending() {
        return String.join(", ", pending.keySet().stream().sorted().limit(5).toList()) + (pending.size() > 5 ? " …" : "");
    }

    /** Counts each change the board never showed as not seen; returns how many. */
    synchronized int giveUp() {
        int count = 0;
        for (var entry : pending.entrySet()) {
            for (int i = 0; i < entry.getValue().size(); i++) {
                for (Delays each : delays) {
                    each.notSeen(event(entry.getKey()));
                }
                count++;
            }
        }
        pending.clear();
        return count;
    }

    /** How many times the board's table was read (messages that reached the teacher's page with a board on it). */
    synchronized int reads() {
        return reads;
    }

    /** Changes the board showed first in a pushed message. */
    synchronized int seenInPush() {
        return seenInPush;
    }

    /** Changes the board showed first in the answer to a request of its own (the 20 s poll). */
    synchronized int seenInAnswer() {
        return seenInAnswer;
    }

    private void add(String event, long nanos) {
        for (Delays each : delays) {
            each.add(event, nanos);
        }
    }

    private static String event(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
