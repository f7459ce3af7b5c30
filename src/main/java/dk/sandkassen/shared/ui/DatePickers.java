package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the learner's language: month and day names, and the week starting on Monday. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker of(String label, Locale locale, String todayText, String cancelText) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<String> days = Arrays.stream(new DayOfWeek[] {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY}).toList().stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList();
        i18n.setWeekdays(days);
        // Three letters of a day's name read well in Latin and Cyrillic; Arabic names are short already, and cut they would say nothing.
        boolean cut = !dk.sandkassen.shared.Languages.rightToLeft(locale);
        i18n.setWeekdaysShort(days.stream().map(d -> cut ? d.substring(0, Math.min(3, d.length())) : d).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(todayText);
        i18n.setCancel(cancelText);
        picker.setI18n(i18n);
        return picker;
    }
}
