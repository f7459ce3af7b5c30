package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.classroom.ClassRoutes;
import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.scenario.Pacing;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ExerciseLibrary;
import dk.sandkassen.shared.ui.Notice;
import java.util.List;
import java.util.Locale;

/**
 * "Start et hold": the teacher chooses the lesson's exercises (in the catalogue's order), the
 * pacing, whether everybody gets the same person, and whether learners may use a first name.
 */
@Route(ClassRoutes.NEW)
class NewClassView extends Div implements HasDynamicTitle {

    NewClassView(ExerciseLibrary library, ClassService classes, CurrentSandbox currentSandbox) {
        addClassNames("sk-page", "sk-class-new");
        List<Exercise> all = library.all().stream().sorted(ExerciseLibrary.CATALOGUE_ORDER).toList();

        CheckboxGroup<Exercise> exercises = new CheckboxGroup<>(getTranslation("class.new.exercises"));
        exercises.setItems(all);
        // By topic, as in the catalogue; the topic leads, so "Sikker på nettet" is found together.
        exercises.setItemLabelGenerator(e -> getTranslation("class.new.exercise-label", getTranslation("scenario.topic." + e.topic().id()),
                e.title().in(getLocale()), e.id()));
        exercises.addThemeName("vertical");
        exercises.setId("class-exercises");
        exercises.setHelperText(getTranslation("class.new.exercises-help"));

        TextField title = new TextField(getTranslation("class.new.title-label"));
        title.setMaxLength(200);
        title.setId("class-title");
        title.setHelperText(getTranslation("class.new.title-help"));
        exercises.addValueChangeListener(e -> {
            if (title.isEmpty() || !e.isFromClient() || title.getValue().equals(firstTitle(e.getOldValue()))) {
                title.setValue(firstTitle(e.getValue()));
            }
        });

        RadioButtonGroup<Pacing> pacing = new RadioButtonGroup<>(getTranslation("class.new.pacing"));
        pacing.setItems(Pacing.values());
        pacing.setItemLabelGenerator(p -> getTranslation("class.pacing." + p.id()));
        pacing.setValue(Pacing.SELF);
        pacing.addThemeName("vertical");
        pacing.setId("class-pacing");
        pacing.setHelperText(getTranslation("class.new.pacing-help"));

        Checkbox samePerson = new Checkbox(getTranslation("class.new.same-person"), true);
        samePerson.setId("class-same-person");
        IntegerField seed = new IntegerField(getTranslation("class.new.seed"));
        seed.setHelperText(getTranslation("class.new.seed-help"));
        seed.setMin(1);
        seed.setMax(999_999_999);
        seed.setId("class-seed");
        samePerson.addValueChangeListener(e -> seed.setEnabled(e.getValue()));
        Checkbox names = new Checkbox(getTranslation("class.new.allow-names"));
        names.setId("class-allow-names");

        // A ready lesson (scenarios/HOLD-*.yaml) fills in the form; the teacher may still change it.
        com.vaadin.flow.component.combobox.ComboBox<dk.sandkassen.scenario.Lesson> lesson =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("class.new.lesson"));
        lesson.setItems(library.lessons());
        lesson.setItemLabelGenerator(l -> l.title().in(getLocale()));
        lesson.setHelperText(getTranslation("class.new.lesson-help"));
        lesson.setId("class-lesson");
        lesson.setClearButtonVisible(true);
        lesson.addValueChangeListener(e -> {
            dk.sandkassen.scenario.Lesson chosen = e.getValue();
            if (chosen == null) {
                return;
            }
            exercises.setValue(new java.util.HashSet<>(all.stream().filter(x -> chosen.exerciseIds().contains(x.id())).toList()));
            title.setValue(chosen.title().in(getLocale()));
            pacing.setValue(chosen.pacing());
            names.setValue(chosen.allowNames());
            if (chosen.seed() != null) {
                samePerson.setValue(true);
                seed.setValue((int) (long) chosen.seed());
            }
        });

        Notice problem = new Notice();
        Button start = new Button(getTranslation("class.new.start"), e -> {
            if (exercises.isEmpty()) {
                problem.show(Notice.Kind.ERROR, getTranslation("class.new.exercises-required"));
                exercises.getElement().callJsFunction("focus");
                return;
            }
            List<String> ids = all.stream().filter(exercises.getValue()::contains).map(Exercise::id).toList();
            String chosen = title.getValue().isBlank() ? firstTitle(exercises.getValue()) : title.getValue();
            Long fixed = !samePerson.getValue() ? Long.valueOf(0) : seed.getValue() == null ? null : Long.valueOf(seed.getValue());
            try {
                Classroom classroom = classes.open(currentSandbox.sessionOwner(), new ClassService.NewClass(chosen,
                        title.getValue().isBlank() ? firstTitle(exercises.getValue(), Locale.ENGLISH) : chosen,
                        ids, pacing.getValue(), fixed, names.getValue()));
                getUI().ifPresent(ui -> ui.navigate(ClassRoutes.BOARD + "/" + classroom.teacherKey()));
            } catch (ClassService.Refused refused) {
                problem.show(Notice.Kind.ERROR, getTranslation(refused.key()));
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("class-start");

        Paragraph lead = new Paragraph(getTranslation("class.new.lead"));
        lead.addClassName("sk-lead");
        Div form = new Div(lesson, exercises, title, pacing, samePerson, seed, names, problem, start);
        form.addClassName("sk-class-form");
        add(new H1(getTranslation("class.new.heading")), lead, form);
    }

    private String firstTitle(java.util.Set<Exercise> chosen) {
        return firstTitle(chosen, getLocale());
    }

    private static String firstTitle(java.util.Set<Exercise> chosen, Locale locale) {
        return chosen.stream().sorted(ExerciseLibrary.CATALOGUE_ORDER).findFirst()
                .map(e -> e.title().in(locale)).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.new.heading");
    }
}
