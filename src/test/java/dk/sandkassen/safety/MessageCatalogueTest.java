package dk.sandkassen.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sandkassen.identity.Household;
import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Persona;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue is validated like the letter catalogue: every template renders in
 * Danish and English for every persona with no placeholder left, every red flag's words are in
 * the message as the learner sees it (within one part the learner can mark), and every address
 * is one that can never belong to anyone.
 */
class MessageCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final MessageCatalogue CATALOGUE = new MessageCatalogue();
    private static final List<Locale> LANGUAGES = List.of(Locale.of("da"), Locale.ENGLISH, Locale.of("ar"), Locale.of("uk"));
    /** A host name or an e-mail address's domain: a word, a dot, a word (and more). */
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\w.-])((?:[\\p{L}\\d-]+\\.)+[\\p{L}]{2,})(?![\\w-])");
    /** Named as text (never linked) by the real notices, as the real ones do: the official places. */
    private static final Set<String> OFFICIAL = Set.of("borger.dk", "mitid.dk");

    @Test
    void theCatalogueHasAtLeast20TemplatesOfTheDocumentedPatterns() {
        assertThat(CATALOGUE.all()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CATALOGUE.all()).anyMatch(t -> !t.fake()).anyMatch(MessageTemplate::fake)
                .anyMatch(t -> t.channel() == Channel.SMS).anyMatch(t -> t.channel() == Channel.EMAIL);
        assertThat(CATALOGUE.ids()).contains("fake-digital-post-sms", "fake-digital-post-email", "fake-skat-refund-sms",
                "fake-skat-refund-email", "fake-parcel-fee-sms", "fake-mitid-closed-sms", "fake-bank-activity-sms",
                "real-digital-post-sms", "real-digital-post-email");
        Set<FlagKind> kinds = CATALOGUE.all().stream().flatMap(t -> t.flags().stream()).map(RedFlag::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FlagKind.class)));
        assertThat(kinds).as("every kind of red flag is practised").containsExactlyInAnyOrder(FlagKind.values());
        assertThat(CATALOGUE.all()).filteredOn(t -> t.page() != null).extracting(MessageTemplate::page)
                .contains(FakePage.values());
    }

    @Test
    void everyTemplateRendersInEveryLanguageForEveryPersonaWithEveryRedFlagInIt() {
        for (Persona persona : Persona.values()) {
            Household household = IdentityFactory.create(persona, 7, TODAY);
            for (MessageTemplate template : CATALOGUE.all()) {
                MessageWriter writer = new MessageWriter(household.citizen(), 7 * 31 + template.id().hashCode());
                for (Locale language : LANGUAGES) {
                    String what = template.id() + " (" + persona.id() + ", " + language.getLanguage() + ")";
                    String sender = writer.fill(template.sender().in(language), language);
                    String subject = template.subject() == null ? null : writer.fill(template.subject().in(language), language);
                    String body = writer.fill(template.body().in(language), language);
                    assertThat(sender + subject + body).as(what).doesNotContain("{", "}");
                    List<Part> parts = Message.parts(sender, subject, body, template.link());
                    for (RedFlag flag : template.flags()) {
                        String words = flag.text().in(language);
                        assertThat(parts).as(what + ": the " + flag.kind().id() + " flag '" + words + "' is in one part")
                                .anyMatch(part -> part.text().contains(words));
                    }
                    // Marking works sentence by sentence: a translation is taken apart like the Danish text
                    // (an Arabic body with no capitals must not become one long part).
                    String danishBody = writer.fill(template.body().in(LANGUAGES.getFirst()), LANGUAGES.getFirst());
                    assertThat(sentences(parts)).as(what + " sentences").isEqualTo(
                            sentences(Message.parts(sender, null, danishBody, null)));
                }
            }
        }
    }

    private static long sentences(List<Part> parts) {
        return parts.stream().filter(p -> p.kind() == Part.Kind.SENTENCE).count();
    }

    @Test
    void aMessageIsTakenApartIntoSenderSubjectSentencesAndLink() {
        List<Part> parts = Message.parts("+44 7700 900917", null,
                "DemoFragt: Din pakke er tilbageholdt. Betal et gebyr på 19,95 kr. i dag, ellers sendes den retur! Kl. 10.20. Tak.",
                "https://demofragt.example/gebyr");
        assertThat(parts).extracting(Part::id).containsExactly("sender", "s0", "s1", "s2", "s3", "link");
        assertThat(parts.get(2).text()).isEqualTo("Betal et gebyr på 19,95 kr. i dag, ellers sendes den retur!");
        assertThat(parts.get(3).text()).isEqualTo("Kl. 10.20.");
    }

    @Test
    void theDanishAndEnglishTextsAreDifferentTranslationsNotCopies() {
        for (MessageTemplate template : CATALOGUE.all()) {
            assertThat(template.body().en()).as(template.id()).isNotEqualTo(template.body().da());
        }
    }

    @Test
    void realMessagesAreLikeTheRealOnesNoLinkNoFlagNoRequest() {
        for (MessageTemplate template : CATALOGUE.all().stream().filter(t -> !t.fake()).toList()) {
            assertThat(template.link()).as(template.id()).isNull();
            assertThat(template.flags()).as(template.id()).isEmpty();
            assertThat(template.body().da()).as(template.id()).doesNotContain("http", "kode", "kortnummer");
        }
        assertThat(CATALOGUE.get("real-digital-post-sms").body().da()).contains("Du har modtaget ny post i Digital Post");
    }

    @Test
    void everyAddressIsReservedAndNeverARealThirdPartys() {
        List<String> found = new ArrayList<>();
        for (MessageTemplate template : CATALOGUE.all()) {
            List<String> texts = new ArrayList<>(List.of(template.sender().da(), template.sender().en(),
                    template.body().da(), template.body().en()));
            if (template.subject() != null) {
                texts.addAll(List.of(template.subject().da(), template.subject().en()));
            }
            if (template.link() != null) {
                texts.add(template.link());
                assertThat(java.net.URI.create(template.link()).getHost()).as(template.id()).endsWith(".example");
            }
            for (String text : texts) {
                Matcher matcher = DOMAIN.matcher(text);
                while (matcher.find()) {
                    String domain = matcher.group(1).toLowerCase(Locale.ROOT);
                    if (!domain.endsWith(".example") && !(OFFICIAL.contains(domain) && !template.fake())) {
                        found.add(template.id() + ": " + domain);
                    }
                }
            }
        }
        assertThat(found).as("addresses outside .example (RFC 2606)").isEmpty();
    }

    @Test
    void aFlagWhoseWordsAreNotInTheMessageStopsTheCatalogue() {
        MessageTemplate broken = new MessageTemplate("x", Channel.SMS, true, Wording.same("+44 7700 900000"), null,
                new Wording("Betal nu.", "Pay now."), null, null,
                List.of(new RedFlag(FlagKind.URGENCY, new Wording("inden 24 timer", "within 24 hours"))));
        assertThatThrownBy(() -> new MessageCatalogue(List.of(broken))).hasMessageContaining("inden 24 timer");
        MessageTemplate unknownPlaceholder = new MessageTemplate("y", Channel.SMS, false, Wording.same("DigitalPost"), null,
                new Wording("Hej {fornvan}.", "Hi {fornvan}."), null, null, List.of());
        assertThatThrownBy(() -> new MessageCatalogue(List.of(unknownPlaceholder))).hasMessageContaining("{fornvan}");
    }

    @Test
    void aTranslatorsLineIsCheckedLikeTheRestAndALanguageAMessageLacksFallsBackToEnglish() {
        Wording body = new Wording(java.util.Map.of("da", "Betal inden 24 timer.", "en", "Pay within 24 hours.",
                "uk", "Сплатіть протягом 24 годин."), false);
        RedFlag translated = new RedFlag(FlagKind.URGENCY, new Wording(java.util.Map.of("da", "inden 24 timer",
                "en", "within 24 hours", "uk", "протягом 24 годин"), false));
        MessageTemplate fine = new MessageTemplate("x", Channel.SMS, true, Wording.same("+44 7700 900000"), null, body,
                null, null, List.of(translated));
        assertThat(new MessageCatalogue(List.of(fine)).get("x").body().in(Locale.of("uk"))).isEqualTo("Сплатіть протягом 24 годин.");
        assertThat(fine.body().in(Locale.of("ar"))).isEqualTo("Pay within 24 hours.");
        assertThat(fine.sender().in(Locale.of("ar"))).isEqualTo("+44 7700 900000");
        MessageTemplate flagUntranslated = new MessageTemplate("y", Channel.SMS, true, Wording.same("+44 7700 900000"), null,
                body, null, null, List.of(new RedFlag(FlagKind.URGENCY, new Wording("inden 24 timer", "within 24 hours"))));
        assertThatThrownBy(() -> new MessageCatalogue(List.of(flagUntranslated))).hasMessageContaining("uk message");
    }

    @Test
    void theSameSeedDrawsTheSameRoundAndAnotherSeedAnother() {
        List<String> round = SafetyService.round(CATALOGUE, 4711, 6);
        assertThat(round).hasSize(6).doesNotHaveDuplicates();
        assertThat(SafetyService.round(CATALOGUE, 4711, 6)).isEqualTo(round);
        assertThat(SafetyService.round(CATALOGUE, 4712, 6)).isNotEqualTo(round);
        Set<List<String>> rounds = new HashSet<>();
        for (long seed = 1; seed <= 50; seed++) {
            List<String> drawn = SafetyService.round(CATALOGUE, seed, 6);
            rounds.add(drawn);
            assertThat(drawn).as("seed " + seed).anyMatch(id -> CATALOGUE.get(id).fake())
                    .anyMatch(id -> !CATALOGUE.get(id).fake());
        }
        assertThat(rounds).as("50 seeds, 50 different rounds").hasSize(50);
    }
}
