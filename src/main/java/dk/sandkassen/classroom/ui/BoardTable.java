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
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Progress;
import dk.sandkassen.scenario.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The board's table: one row a learner, one column a step of the class's exercise. Raised
 * hands first (longest waiting on top), then whoever seems stuck, then the rest as they joined.
 * Every cell says in words what its colour shows, for a screen reader and a grey projector.
 */
class BoardTable extends Div {

    record Drawn(int members, int hands, int stuck, Set<String> handNames) {
    }

    private final ClassService classes;
    private final BiConsumer<Classroom, Member> remove;
    private final Runnable changed;

    BoardTable(ClassService classes, BiConsumer<Classroom, Member> remove, Runnable changed) {
        this.classes = classes;
        this.remove = remove;
        this.changed = changed;
        addClassName("sk-class-table-wrap");
    }

    Drawn draw(Classroom classroom, Exercise exercise) {
        removeAll();
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
            rows.add(new Row(member, here, since, stuck));
        }
        rows.sort(Comparator.comparing((Row r) -> r.member.handRaisedAt() == null)
                .thenComparing(r -> r.member.handRaisedAt() == null ? Instant.MIN : r.member.handRaisedAt())
                .thenComparing(r -> !r.stuck)
                .thenComparing(r -> r.member.joinedAt()));

        NativeTable table = new NativeTable();
        table.setId("class-board");
        table.addClassName("sk-class-table");
        table.setCaptionText(getTranslation("class.board.table-caption", exercise.title().in(getLocale())));
        NativeTableRow head = table.getHead().addRow();
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

        NativeTableBody body = table.getBody();
        Set<String> hands = new LinkedHashSet<>();
        int stuckCount = 0;
        for (Row row : rows) {
            body.addRows(row(classroom, steps, row, now));
            if (row.member.handRaised()) {
                hands.add(row.member.nickname());
            }
            if (row.stuck) {
                stuckCount++;
            }
        }
        if (rows.isEmpty()) {
            NativeTableRow empty = body.addRow();
            NativeTableCell cell = empty.addDataCell();
            cell.getElement().setAttribute("colspan", String.valueOf(steps.size() + 5));
            cell.setText(getTranslation("class.board.nobody"));
        }
        // Totals: how many are past each step ("18 af 24 er forbi trin 3").
        NativeTableRow totals = table.getFoot().addRow();
        NativeTableHeaderCell label = totals.addHeaderCell();
        label.setText(getTranslation("class.board.totals"));
        label.getElement().setAttribute("scope", "row");
        label.getElement().setAttribute("colspan", "2");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            long done = rows.stream().filter(r -> r.progress != null && r.progress.isDone(step)).count();
            NativeTableCell cell = totals.addDataCell();
            cell.setText(done + "/" + rows.size());
            cell.getElement().setAttribute("data-step-total", step.id());
            cell.getElement().setAttribute("aria-label", getTranslation("class.board.total-step", done, rows.size(), i + 1));
        }
        totals.addDataCell();
        totals.addDataCell();
        totals.addDataCell();
        add(table);
        return new Drawn(rows.size(), hands.size(), stuckCount, hands);
    }

    private NativeTableRow row(Classroom classroom, List<Step> steps, Row row, Instant now) {
        Member member = row.member;
        NativeTableRow tr = new NativeTableRow();
        tr.getElement().setAttribute("data-member", member.nickname());
        if (member.handRaised()) {
            tr.addClassName("sk-class-hand");
        }
        NativeTableHeaderCell name = tr.addHeaderCell();
        name.setText(member.nickname());
        name.getElement().setAttribute("scope", "row");

        NativeTableCell help = tr.addDataCell();
        if (member.handRaised()) {
            Span hand = new Span(getTranslation("class.board.hand"));
            hand.addClassName("sk-class-hand-badge");
            Button handled = new Button(getTranslation("class.board.handled"), e -> {
                classes.handled(classroom, member.id());
                changed.run();
            });
            handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
            handled.addClassName("sk-class-handled");
            handled.getElement().setAttribute("aria-label", getTranslation("class.board.handled-aria", member.nickname()));
            help.add(hand, handled);
        } else if (row.stuck) {
            Span stuck = new Span(getTranslation("class.board.stuck"));
            stuck.addClassName("sk-class-stuck");
            help.add(stuck);
        }

        Progress p = row.progress;
        Step current = p == null ? null : p.current().orElse(null);
        for (Step step : steps) {
            NativeTableCell cell = tr.addDataCell();
            cell.getElement().setAttribute("data-step", step.id());
            String state = p == null ? "none" : p.isDone(step) ? "done" : step == current ? "current" : "none";
            cell.addClassName("sk-cell-" + state);
            cell.getElement().setAttribute("data-state", state);
            Span mark = new Span(state.equals("done") ? "✓" : state.equals("current") ? "…" : "");
            mark.getElement().setAttribute("aria-hidden", "true");
            Span words = new Span(getTranslation("class.board.cell." + state));
            words.addClassName("sk-visually-hidden");
            cell.add(mark, words);
        }
        NativeTableCell at = tr.addDataCell();
        at.addClassName("sk-class-now");
        if (p == null) {
            at.setText(getTranslation("class.board.not-started"));
        } else if (p.complete()) {
            at.setText(getTranslation("class.board.complete"));
        } else if (current != null) {
            at.setText(getTranslation("class.board.at-step", steps.indexOf(current) + 1));
        }
        NativeTableCell time = tr.addDataCell();
        long minutes = Duration.between(row.since, now).toMinutes();
        time.setText(p != null && p.complete() ? "" : getTranslation("class.board.minutes", minutes));

        NativeTableCell actions = tr.addDataCell();
        Button reset = new Button(getTranslation("class.board.reset"), e -> {
            classes.resetLearner(classroom, member.id());
            changed.run();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.getElement().setAttribute("aria-label", getTranslation("class.board.reset-aria", member.nickname()));
        reset.addClassName("sk-class-reset");
        Button out = new Button(getTranslation("class.board.remove"), e -> remove.accept(classroom, member));
        out.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        out.getElement().setAttribute("aria-label", getTranslation("class.board.remove-aria", member.nickname()));
        out.addClassName("sk-class-remove");
        actions.add(reset, out);
        return tr;
    }

    private record Row(Member member, Progress progress, Instant since, boolean stuck) {
    }
}
