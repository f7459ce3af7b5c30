package dk.sandkassen.post;

import dk.sandkassen.identity.Person;
import dk.sandkassen.post.internal.LetterStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxSeeder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills every person's mailbox in a new sandbox, in one batch. */
@Component
@Order(20)
class MailboxSeeder implements SandboxSeeder {

    private final LetterStore letters;
    private final MailboxGenerator generator;
    private final Clock clock;

    MailboxSeeder(LetterStore letters, LetterCatalogue catalogue, Clock clock) {
        this.letters = letters;
        this.generator = new MailboxGenerator(catalogue);
        this.clock = clock;
    }

    @Override
    public void seed(Sandbox sandbox) {
        LocalDate today = LocalDate.now(clock);
        List<Letter> all = new ArrayList<>(generator.citizen(sandbox.household(), today));
        for (Person relative : sandbox.household().relatives()) {
            all.addAll(generator.relative(sandbox.household(), relative, today));
        }
        letters.insertAll(sandbox.id(), all);
    }
}
