package dk.sandkassen.admission;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The door's pace, shared fairly between client addresses: new pages wait in one line per
 * address, and the turns (at most {@code perSecond} a second, a second's worth at once) go
 * round the addresses that are waiting. A crowd from one address — a flood, or a class of 30
 * behind one school router — gets the whole pace while nobody else waits, but a visitor from
 * any other address gets the next turn but one instead of waiting behind that crowd (with one
 * line for everybody, a learner arriving during a flood from one address waited 9 s, see
 * docs/performance.md "Flood").
 * <p>
 * Bounded: at most {@code perSecond × wait} pages wait in all (as many as could get a turn
 * within the wait); when that many wait, a newcomer takes the place of the last page of the
 * longest line — that page gets the calm page at once — or, when its own line is the longest,
 * gets the calm page itself. A page whose turn has not come within the wait gets it too.
 * The pace itself is a Bucket4j bucket; only the order of the turns is Sandkassen's own.
 */
final class FairLine {

    private final Bucket pace;
    private final long waitNanos;
    private final int maxWaiting;
    private final ReentrantLock lock = new ReentrantLock();
    /** The lines, in the order their turns come round: the first address is next. */
    private final LinkedHashMap<String, ArrayDeque<Turn>> lines = new LinkedHashMap<>();
    private int waiting;

    FairLine(int perSecond, Duration wait) {
        this(perSecond, Duration.ofSeconds(1), wait,
                (int) Math.max(1, Math.min(Integer.MAX_VALUE, perSecond * wait.toMillis() / 1000)));
    }

    /** {@code turns} a {@code period} (a period's worth at once); at most {@code maxWaiting} pages wait. */
    FairLine(int turns, Duration period, Duration wait, int maxWaiting) {
        this.pace = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(turns).refillGreedy(turns, period).build())
                .build();
        this.waitNanos = wait.toNanos();
        this.maxWaiting = maxWaiting;
    }

    /** Waits for this address's turn; false when it did not come within the wait or the line was full. */
    boolean takeTurn(String address) throws InterruptedException {
        long deadline = System.nanoTime() + waitNanos;
        lock.lock();
        try {
            giveTurns(); // turns already due go to those waiting first, before the line counts as full
            if (waiting == 0 && pace.tryConsume(1)) {
                return true;
            }
            if (waiting >= maxWaiting && !makeRoomFor(address)) {
                return false;
            }
            Turn turn = new Turn(lock.newCondition());
            lines.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(turn);
            waiting++;
            try {
                while (true) {
                    giveTurns();
                    if (turn.state != Turn.WAITING) {
                        return turn.state == Turn.GIVEN;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        leave(address, turn);
                        return false;
                    }
                    if (turn == head()) {
                        // The page whose turn is next keeps the time for everybody: it wakes when the pace allows one more.
                        long untilNextTurn = Math.max(1, pace.estimateAbilityToConsume(1).getNanosToWaitForRefill());
                        turn.wake.awaitNanos(Math.min(left, untilNextTurn));
                    } else {
                        turn.wake.awaitNanos(left); // woken when its turn is given, it is refused, or it becomes next
                    }
                }
            } catch (InterruptedException e) {
                if (turn.state == Turn.GIVEN) {
                    Thread.currentThread().interrupt(); // the turn came first: take it, and keep the interrupt
                    return true;
                }
                leave(address, turn);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Pages waiting for a turn now. */
    int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** Gives the turns the pace allows now, round the lines; wakes the pages that got one. Under the lock. */
    private void giveTurns() {
        boolean given = false;
        while (waiting > 0 && pace.tryConsume(1)) {
            Map.Entry<String, ArrayDeque<Turn>> next = lines.pollFirstEntry();
            ArrayDeque<Turn> line = next.getValue();
            Turn turn = line.pollFirst();
            turn.state = Turn.GIVEN;
            turn.wake.signal();
            waiting--;
            if (!line.isEmpty()) {
                lines.put(next.getKey(), line); // to the back of the round
            }
            given = true;
        }
        if (given) {
            wakeHead();
        }
    }

    /** The line is full: the longest line gives up its last place, unless it is the newcomer's own. */
    private boolean makeRoomFor(String address) {
        String longest = null;
        int most = 0;
        for (Map.Entry<String, ArrayDeque<Turn>> line : lines.entrySet()) {
            if (line.getValue().size() > most) {
                most = line.getValue().size();
                longest = line.getKey();
            }
        }
        ArrayDeque<Turn> own = lines.get(address);
        int ownWithNewcomer = (own == null ? 0 : own.size()) + 1;
        if (longest == null || ownWithNewcomer >= most) {
            return false; // the newcomer's own line would be the longest (or as long): it waits another time
        }
        ArrayDeque<Turn> line = lines.get(longest);
        Turn refused = line.pollLast();
        refused.state = Turn.REFUSED;
        refused.wake.signal();
        waiting--;
        return true;
    }

    private void leave(String address, Turn turn) {
        boolean wasHead = turn == head();
        ArrayDeque<Turn> line = lines.get(address);
        if (line != null && line.remove(turn)) {
            waiting--;
            if (line.isEmpty()) {
                lines.remove(address);
            }
        }
        if (wasHead) {
            wakeHead();
        }
    }

    /** The page whose turn is next, if any. */
    private Turn head() {
        Map.Entry<String, ArrayDeque<Turn>> first = lines.firstEntry();
        return first == null ? null : first.getValue().peekFirst();
    }

    /** The page whose turn is next starts keeping the time. */
    private void wakeHead() {
        Turn head = head();
        if (head != null) {
            head.wake.signal();
        }
    }

    /** One page's place in its line. Read and written under the lock. */
    private static final class Turn {
        static final int WAITING = 0;
        static final int GIVEN = 1;
        static final int REFUSED = 2;
        final Condition wake;
        int state = WAITING;

        Turn(Condition wake) {
            this.wake = wake;
        }
    }

}
