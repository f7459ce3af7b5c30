package dk.sandkassen.post;

import dk.sandkassen.identity.Household;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Seeds;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The standard mailbox of a persona, from the catalogue and the seed: the letters that fit
 * the person's life (age, sex, situation), spread over the last months, the recent ones
 * more often unread. The citizen gets 20–50 letters; each relative a small mailbox.
 */
final class MailboxGenerator {

    static final int MIN_LETTERS = 20;
    static final int MAX_LETTERS = 50;
    private static final int RELATIVE_LETTERS = 6;
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final LetterCatalogue catalogue;

    MailboxGenerator(LetterCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Letter> citizen(Household household, LocalDate today) {
        Person citizen = household.citizen();
        Random random = new Random(Seeds.mix(household.seed() * 31 + 7));
        List<Letter> letters = letters(citizen, household.persona(), household.seed(), today, random, false);
        letters.sort(Comparator.comparing(Letter::receivedAt).reversed());
        List<Letter> mailbox = letters.size() > MAX_LETTERS ? new ArrayList<>(letters.subList(0, MAX_LETTERS)) : letters;
        // Something new to practise on: the two newest letters are unread if nothing else is.
        if (mailbox.stream().filter(Letter::unread).count() < 2) {
            for (int i = 0; i < Math.min(2, mailbox.size()); i++) {
                mailbox.set(i, withUnread(mailbox.get(i)));
            }
        }
        return mailbox;
    }

    private static Letter withUnread(Letter l) {
        return new Letter(l.id(), l.owner(), l.templateId(), l.ref(), l.sender(), l.category(), l.subject(), l.body(),
                l.receivedAt(), true, l.replyAllowed(), l.attachmentName(), l.folder(), l.deletedFrom(), l.recipient(),
                l.inReplyTo(), l.helper(), l.uploads());
    }

    List<Letter> relative(Household household, Person relative, LocalDate today) {
        int age = relative.ageOn(today);
        Persona persona = age < 19 ? Persona.YOUNG : age >= 67 ? Persona.PENSIONER : Persona.ADULT;
        Random random = new Random(Seeds.mix(household.seed() * 31 + relative.role().ordinal() * 101L));
        List<Letter> letters = letters(relative, persona, household.seed(), today, random, true);
        letters.sort(Comparator.comparing(Letter::receivedAt).reversed());
        return letters.size() > RELATIVE_LETTERS ? new ArrayList<>(letters.subList(0, RELATIVE_LETTERS)) : letters;
    }

    private List<Letter> letters(Person person, Persona persona, long seed, LocalDate today, Random random, boolean one) {
        LetterWriter writer = new LetterWriter(person, seed, today, Map.of());
        int age = person.ageOn(today);
        List<LetterTemplate> fitting = catalogue.all().stream()
                .filter(t -> t.maxCount() > 0 && t.audience().includes(persona, person.sex(), age))
                .toList();
        List<Letter> letters = new ArrayList<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (LetterTemplate template : fitting) {
            int count = one ? 1 : template.minCount() + random.nextInt(template.maxCount() - template.minCount() + 1);
            for (int i = 0; i < count; i++) {
                letters.add(letter(template, person, writer, today, daysAgo(template, i, today, random), random));
            }
            counts.put(template.id(), count);
        }
        // A persona whose life brings few letters gets more of the ones that recur (library, payslips, call-ins).
        List<LetterTemplate> recurring = fitting.stream().filter(t -> t.maxCount() > 1).toList();
        int wanted = MIN_LETTERS + random.nextInt(15);
        while (!one && letters.size() < wanted && !recurring.isEmpty()) {
            LetterTemplate template = recurring.get(random.nextInt(recurring.size()));
            int index = counts.merge(template.id(), 1, Integer::sum) - 1;
            letters.add(letter(template, person, writer, today, daysAgo(template, index, today, random), random));
        }
        return letters;
    }

    private static int daysAgo(LetterTemplate template, int index, LocalDate today, Random random) {
        int span = Math.max(1, template.maxDaysAgo() - template.minDaysAgo() + 1);
        if (template.monthly()) {
            // A letter a month, one in each calendar month going back (two payslips "for
            // november" in one mailbox looked wrong): the first within the first weeks of the
            // range, each next one in the month before, on a day of its own.
            LocalDate first = today.minusDays(template.minDaysAgo() + Math.floorMod(template.id().hashCode(), Math.min(span, 8)));
            LocalDate month = first.withDayOfMonth(1).minusMonths(index);
            LocalDate date = index == 0 ? first : month.withDayOfMonth(Math.min(first.getDayOfMonth(), month.lengthOfMonth()));
            return (int) java.time.temporal.ChronoUnit.DAYS.between(date, today);
        }
        return template.minDaysAgo() + random.nextInt(span);
    }

    private static Letter letter(LetterTemplate template, Person person, LetterWriter writer, LocalDate today, int daysAgo,
                                 Random random) {
        LocalDate date = today.minusDays(daysAgo);
        long letterSeed = random.nextLong();
        LocalTime time = LocalTime.of(7 + random.nextInt(10), random.nextInt(60));
        boolean unread = daysAgo <= 14 ? random.nextInt(10) < 7 : daysAgo <= 60 ? random.nextInt(4) == 0 : random.nextInt(20) == 0;
        return new Letter(0, person.role(), template.id(), null, writer.fill(template.sender(), date, letterSeed),
                template.category(), writer.fill(template.subject(), date, letterSeed),
                writer.fill(template.body(), date, letterSeed), date.atTime(time).atZone(ZONE).toInstant(), unread,
                template.replyAllowed(), template.attachment(), FolderRef.INBOX, null, null, null, null, 0);
    }
}
