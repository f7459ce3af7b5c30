package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.classroom.Member;
import dk.sandkassen.classroom.MemberId;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Progress;
import dk.sandkassen.scenario.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The board's table: one row a learner, one column a step of the class's exercise. Raised
 * hands first (longest waiting on top), then whoever seems stuck, then the rest as they joined.
 * Every cell says in words what its colour shows, for a screen reader and a grey projector.
 *
 * <p>A learner's row is made once and then only changed: the board redraws whenever anybody in
 * the class does something, and a row made anew would swallow the teacher's click on "Set" or
 * "Nulstil" in that moment and throw the keyboard focus away. Rows move only when the order
 * changes (a hand goes up); the whole table is made anew only for another exercise.
 */
class BoardTable extends Div {

    record Drawn(int members, int hands, int stuck, Set<String> handNames) {
    }

    private final ClassService classes;
    private final BiConsumer<Classroom, Member> remove;
    private final Runnable changed;
    private final Map<MemberId, LearnerRow> learners = new HashMap<>();
    private final List<NativeTableCell> totals = new ArrayList<>();
    private @Nullable NativeTable table;
    private @Nullable NativeTableRow nobody;
    private @Nullable Object drawnFor;
    private @Nullable Classroom classroom;

    BoardTable(ClassService classes, BiConsumer<Classroom, Member> remove, Runnable changed) {
        this.classes = classes;
        this.remove = remove;
        this.changed = changed;
        addClassName("sk-class-table-wrap");
    }

    Drawn draw(Classroom classroom, Exercise exercise) {
        this.classroom = classroom;
        List<Step> steps = exercise.steps();
        if (table == null || !exercise.id().equals(drawnFor)) {
            build(exercise);
        }
        List<Member> members = classes.members(classroom.id());
        Map<SandboxId, Progress> progress = classes.progress(members);
        Instant now = Instant.now();
        List<Row> rows = new ArrayList<>();
        for (Member member : members) {
            Progress p = member.sandbox() == null ? null : progress.get(member.sandbox());
            Progress here = p != null && p.exercise().id().equals(exercise.id()) ? p : null;
            Instant since = here == null ? member.joinedAt()
                    : here.done().values().stream().max(Comparator.naturalOrder()).orElse(here.startedAt());
            boolean waiting = here != null && !here.complete() && here.doneCount() >= classroom.stepsOpen();
            boolean stuck = here != null && !here.complete() && !waiting
                    && Duration.between(since, now).toMinutes() >= classroom.stuckMinutes();
            rows.add(new Row(member, here, since, stuck, waiting));
        }
        rows.sort(Comparator.comparing((Row r) -> r.member.handRaisedAt() == null)
                .thenComparing(r -> r.member.handRaisedAt() == null ? Instant.MIN : r.member.handRaisedAt())
                .thenComparing(r -> !r.stuck)
                .thenComparing(r -> r.member.joinedAt()));

        NativeTableBody body = table.getBody();
        Set<MemberId> present = new HashSet<>();
        rows.forEach(row -> present.add(row.member.id()));
        learners.entrySet().removeIf(entry -> {
            if (present.contains(entry.getKey())) {
                return false;
            }
            body.removeRows(entry.getValue().tr);
            return true;
        });
        List<NativeTableRow> order = new ArrayList<>();
        Set<String> hands = new LinkedHashSet<>();
        int stuckCount = 0;
        for (Row row : rows) {
            LearnerRow learner = learners.computeIfAbsent(row.member.id(), id -> new LearnerRow(row.member, steps));
            learner.update(row, steps, now);
            order.add(learner.tr);
            if (row.member.handRaised()) {
                hands.add(row.member.nickname());
            }
            if (row.stuck) {
                stuckCount++;
            }
        }
        List<NativeTableRow> drawn = body.getRows().stream().filter(tr -> tr != nobody).toList();
        if (!drawn.equals(order)) {
            drawn.forEach(body::removeRows);
            body.addRows(order.toArray(NativeTableRow[]::new));
        }
        if (rows.isEmpty() != nobody.getParent().isPresent()) {
            if (rows.isEmpty()) {
                body.addRows(nobody);
            } else {
                body.removeRows(nobody);
            }
        }
        // Totals: how many are past each step ("18 af 24 er forbi trin 3").
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            long done = rows.stream().filter(r -> r.progress != null && r.progress.isDone(step)).count();
            NativeTableCell cell = totals.get(i);
            BoardView.setIfChanged(cell, done + "/" + rows.size());
            cell.getElement().setAttribute("aria-label", getTranslation("class.board.total-step", done, rows.size(), i + 1));
        }
        return new Drawn(rows.size(), hands.size(), stuckCount, hands);
    }

    /** The table for an exercise: its head, the "nobody yet" row and the totals. */
    private void build(Exercise exercise) {
        removeAll();
        learners.clear();
        totals.clear();
        drawnFor = exercise.id();
        NativeTable made = new NativeTable();
        made.setId("class-board");
        made.addClassName("sk-class-table");
        made.setCaptionText(getTranslation("class.board.table-caption", exercise.title().in(getLocale())));
        NativeTableRow head = made.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("class.board.col-learner"));
        head.addHeaderCell().setText(getTranslation("class.board.col-help"));
        List<Step> steps = exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(String.valueOf(i + 1));
            cell.getElement().setAttribute("title", steps.get(i).text().in(getLocale()));
            cell.getElement().setAttribute("aria-label", getTranslation("class.board.col-step", i + 1, steps.get(i).text().in(getLocale())));
            cell.addClassName("sk-class-step-col");
        }
        head.addHeaderCell().setText(getTranslation("class.board.col-now"));
        head.addHeaderCell().setText(getTranslation("class.board.col-time"));
        head.addHeaderCell().setText(getTranslation("class.board.col-actions"));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));

        NativeTableRow empty = new NativeTableRow();
        NativeTableCell cell = empty.addDataCell();
        cell.getElement().setAttribute("colspan", String.valueOf(steps.size() + 5));
        cell.setText(getTranslation("class.board.nobody"));
        nobody = empty;

        NativeTableRow foot = made.getFoot().addRow();
        NativeTableHeaderCell label = foot.addHeaderCell();
        label.setText(getTranslation("class.board.totals"));
        label.getElement().setAttribute("scope", "row");
        label.getElement().setAttribute("colspan", "2");
        for (Step step : steps) {
            NativeTableCell total = foot.addDataCell();
            total.getElement().setAttribute("data-step-total", step.id());
            totals.add(total);
        }
        foot.addDataCell();
        foot.addDataCell();
        foot.addDataCell();
        table = made;
        add(made);
    }

    /** One learner's row, made when they join and changed in place after that. */
    private final class LearnerRow {

        final NativeTableRow tr = new NativeTableRow();
        final Span hand = new Span(getTranslation("class.board.hand"));
        final Button handled;
        final Span stuck = new Span(getTranslation("class.board.stuck"));
        final List<StepCell> cells = new ArrayList<>();
        final NativeTableCell at;
        final NativeTableCell time;
        Member member;

        LearnerRow(Member member, List<Step> steps) {
            this.member = member;
            tr.getElement().setAttribute("data-member", member.nickname());
            NativeTableHeaderCell name = tr.addHeaderCell();
            name.setText(member.nickname());
            name.getElement().setAttribute("scope", "row");

            NativeTableCell help = tr.addDataCell();
            hand.addClassName("sk-class-hand-badge");
            handled = new Button(getTranslation("class.board.handled"), e -> act(c -> classes.handled(c, this.member.id())));
            handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
            handled.addClassName("sk-class-handled");
            handled.getElement().setAttribute("aria-label", getTranslation("class.board.handled-aria", member.nickname()));
            stuck.addClassName("sk-class-stuck");
            help.add(hand, handled, stuck);

            for (Step step : steps) {
                NativeTableCell cell = tr.addDataCell();
                cell.getElement().setAttribute("data-step", step.id());
                Span mark = new Span();
                mark.getElement().setAttribute("aria-hidden", "true");
                Span words = new Span();
                words.addClassName("sk-visually-hidden");
                cell.add(mark, words);
                cells.add(new StepCell(cell, mark, words));
            }
            at = tr.addDataCell();
            at.addClassName("sk-class-now");
            time = tr.addDataCell();
            time.addClassName("sk-class-time");

            NativeTableCell actions = tr.addDataCell();
            Button reset = new Button(getTranslation("class.board.reset"), e -> act(c -> classes.resetLearner(c, this.member.id())));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reset.getElement().setAttribute("aria-label", getTranslation("class.board.reset-aria", member.nickname()));
            reset.addClassName("sk-class-reset");
            Button out = new Button(getTranslation("class.board.remove"), e -> {
                if (classroom != null) {
                    remove.accept(classroom, this.member);
                }
            });
            out.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            out.getElement().setAttribute("aria-label", getTranslation("class.board.remove-aria", member.nickname()));
            out.addClassName("sk-class-remove");
            actions.add(reset, out);
        }

        void update(Row row, List<Step> steps, Instant now) {
            member = row.member;
            boolean raised = member.handRaised();
            tr.setClassName("sk-class-hand", raised);
            hand.setVisible(raised);
            handled.setVisible(raised);
            stuck.setVisible(!raised && row.stuck);

            Progress p = row.progress;
            Step current = p == null ? null : p.current().orElse(null);
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                // In "Følg mig", the step after the last one opened is not in progress: the learner waits for the teacher.
                String state = p == null ? "none" : p.isDone(step) ? "done"
                        : step == current ? (row.waiting ? "waiting" : "current") : "none";
                StepCell cell = cells.get(i);
                if (!state.equals(cell.cell().getElement().getAttribute("data-state"))) {
                    cell.cell().setClassName("sk-cell-" + state);
                    cell.cell().getElement().setAttribute("data-state", state);
                    cell.mark().setText(switch (state) {
                        case "done" -> "✓";
                        case "current" -> "…";
                        case "waiting" -> "‖";
                        default -> "";
                    });
                    cell.words().setText(getTranslation("class.board.cell." + state));
                }
            }
            String where = "";
            if (p == null) {
                where = getTranslation("class.board.not-started");
            } else if (p.complete()) {
                where = getTranslation("class.board.complete");
            } else if (current != null) {
                where = getTranslation(row.waiting ? "class.board.waiting-at-step" : "class.board.at-step", steps.indexOf(current) + 1);
            }
            BoardView.setIfChanged(at, where);
            long minutes = Duration.between(row.since, now).toMinutes();
            BoardView.setIfChanged(time, p != null && p.complete() ? "" : getTranslation("class.board.minutes", minutes));
        }

        private void act(java.util.function.Consumer<Classroom> action) {
            if (classroom != null) {
                action.accept(classroom);
                changed.run();
            }
        }
    }

    private record Row(Member member, Progress progress, Instant since, boolean stuck, boolean waiting) {
    }

    /** A step's cell in a learner's row: its mark for the eye and its words for a screen reader. */
    private record StepCell(NativeTableCell cell, Span mark, Span words) {
    }
}
