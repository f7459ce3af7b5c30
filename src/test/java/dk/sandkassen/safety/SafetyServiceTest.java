package dk.sandkassen.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actors;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.login.Phone;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.sandbox.SandboxService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What the learner does with the messages on the phone, through the service the views use. */
@SpringBootTest
class SafetyServiceTest {

    private static final Locale DANISH = Locale.of("da");

    @Autowired
    SafetyService safety;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    SandboxEvents events;
    @Autowired
    Actors actors;
    @Autowired
    MitIdService mitId;

    @Test
    void aMessageArrivesWrittenForThePersonInTheLearnersLanguage() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 11);
        safety.deliver(sandbox, "fake-digital-post-email", "mail");
        Phone phone = phone(sandbox);
        Message danish = safety.messages(phone, DANISH).getFirst();
        Message english = safety.messages(phone, Locale.ENGLISH).getFirst();
        assertThat(danish.name()).isEqualTo("mail");
        assertThat(danish.body()).startsWith("Kære " + sandbox.citizen().firstName() + ".").contains("inden 24 timer");
        assertThat(english.body()).startsWith("Dear " + sandbox.citizen().firstName() + ".").contains("within 24 hours");
        assertThat(events.list(sandbox.id())).anyMatch(e -> e.type().equals(SafetyEvents.RECEIVED)
                && e.detail("name").equals("mail") && e.detail("fake").equals("true"));
    }

    @Test
    void theFeedbackSaysForEachRedFlagWhetherItWasFoundAndWhichMarkedPartsWereFine() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 12);
        MessageId id = safety.deliver(sandbox, "fake-skat-refund-sms", null);
        Phone phone = phone(sandbox);
        Message message = safety.message(phone, id, DANISH).orElseThrow();
        RedFlag urgency = flag(message, FlagKind.URGENCY);
        String urgent = message.partOf(urgency).orElseThrow().id();
        String link = message.partOf(flag(message, FlagKind.DOMAIN)).orElseThrow().id();

        Judgement judgement = safety.judge(phone, id, Verdict.FAKE, Set.of(urgent, link, "sender"), DANISH).orElseThrow();

        assertThat(judgement.correct()).isTrue();
        assertThat(judgement.flags()).filteredOn(Judgement.Flag::found).extracting(Judgement.Flag::kind)
                .contains(FlagKind.URGENCY, FlagKind.DOMAIN).doesNotContain(FlagKind.REQUEST);
        assertThat(judgement.fineParts()).extracting(Part::id).containsExactly("sender");
        assertThat(safety.message(phone, id, DANISH).orElseThrow().verdict()).isEqualTo(Verdict.FAKE);

        Judgement wrong = safety.judge(phone, id, Verdict.REAL, Set.of(), DANISH).orElseThrow();
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.found()).isZero();
    }

    @Test
    void aLearnerSeesAndAnswersOnlyTheMessagesOnTheirOwnPhone() {
        Sandbox mine = sandboxes.create(Persona.ADULT, 13);
        Sandbox theirs = sandboxes.create(Persona.ADULT, 13);
        MessageId id = safety.deliver(theirs, "fake-parcel-fee-sms", null);
        assertThat(safety.messages(phone(mine), DANISH)).isEmpty();
        assertThat(safety.message(phone(mine), id, DANISH)).isEmpty();
        assertThat(safety.judge(phone(mine), id, Verdict.FAKE, Set.of("sender"), DANISH)).isEmpty();
        assertThat(safety.openLink(phone(mine), id, DANISH)).isEmpty();
        safety.fakeFormSent(phone(mine), id);
        assertThat(events.list(theirs.id())).noneMatch(e -> e.type().startsWith("safety.") && !e.type().equals(SafetyEvents.RECEIVED));
        // A relative logged in on this browser holds their own phone, not the citizen's.
        assertThat(safety.messages(Phone.of(actors.person(theirs, Role.SPOUSE)), DANISH)).isEmpty();
    }

    @Test
    void onlyAFakeWithALinkOpensALookAlikePage() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 14);
        MessageId real = safety.deliver(sandbox, "real-digital-post-sms", null);
        MessageId noLink = safety.deliver(sandbox, "fake-family-sms", null);
        MessageId fake = safety.deliver(sandbox, "fake-mitid-closed-sms", "lukning");
        Phone phone = phone(sandbox);
        assertThat(safety.openLink(phone, real, DANISH)).isEmpty();
        assertThat(safety.openLink(phone, noLink, DANISH)).isEmpty();
        assertThat(safety.openLink(phone, fake, DANISH)).isPresent();
        assertThat(safety.outcome(phone, fake)).isEqualTo(SafetyService.Outcome.NONE);
        safety.fakePageLeft(phone, fake);
        assertThat(safety.outcome(phone, fake)).isEqualTo(SafetyService.Outcome.LEFT);
        safety.fakeFormSent(phone, fake);
        assertThat(safety.outcome(phone, fake)).isEqualTo(SafetyService.Outcome.SENT);
        List<SandboxEvent> sent = events.list(sandbox.id()).stream()
                .filter(e -> e.type().equals(SafetyEvents.FAKE_FORM_SENT)).toList();
        assertThat(sent).singleElement().satisfies(e -> assertThat(e.details().keySet()).containsExactlyInAnyOrder("message", "name"));
    }

    @Test
    void thePressureCallBringsAMitIdRequestOnceWhetherAnsweredOrDeclined() {
        Sandbox answered = sandboxes.create(Persona.PENSIONER, 15);
        safety.startCall(answered);
        Phone phone = phone(answered);
        assertThat(safety.call(phone)).map(PressureCall::state).contains(PressureCall.State.RINGING);
        assertThat(mitId.pendingSuspiciousRequest(answered)).isEmpty();
        safety.answerCall(phone);
        assertThat(mitId.pendingSuspiciousRequest(answered)).isPresent();
        safety.endCall(phone);
        assertThat(safety.call(phone)).map(PressureCall::state).contains(PressureCall.State.ENDED);
        assertThat(events.list(answered.id()).stream().filter(e -> e.type().equals(dk.sandkassen.login.LoginEvents.SUSPICIOUS_REQUEST)))
                .hasSize(1);
        assertThat(events.list(answered.id())).anyMatch(e -> e.type().equals(SafetyEvents.CALL_ENDED) && e.detail("how").equals("hung-up"));

        Sandbox declined = sandboxes.create(Persona.PENSIONER, 16);
        safety.startCall(declined);
        safety.endCall(phone(declined));
        assertThat(mitId.pendingSuspiciousRequest(declined)).isPresent();
        assertThat(events.list(declined.id())).anyMatch(e -> e.type().equals(SafetyEvents.CALL_ENDED) && e.detail("how").equals("declined"));
    }

    @Test
    void practiceMessagesFollowTheSeedAndStopAtTheLimit() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 17);
        Phone phone = phone(sandbox);
        for (int i = 0; i < SafetyService.MAX_MESSAGES; i++) {
            assertThat(safety.sendPractice(phone)).isPresent();
        }
        assertThat(safety.sendPractice(phone)).isEmpty();
        List<String> first = safety.messages(phone, DANISH).reversed().stream().limit(6).map(m -> m.template().id()).toList();
        MessageCatalogue catalogue = new MessageCatalogue();
        assertThat(first).isEqualTo(SafetyService.round(catalogue, sandbox.seed(), catalogue.all().size()).subList(0, 6));
        assertThat(safety.messages(phone, DANISH).stream().map(m -> m.template().id()).collect(Collectors.toSet()))
                .hasSize(catalogue.all().size());
    }

    private Phone phone(Sandbox sandbox) {
        return Phone.of(actors.citizen(sandbox));
    }

    private static RedFlag flag(Message message, FlagKind kind) {
        return message.template().flags().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }
}
