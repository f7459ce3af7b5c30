package dk.sandkassen.selfservice;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Seeds;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.selfservice.TaxAssessment.Figure;
import dk.sandkassen.selfservice.internal.SelfServiceStore;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forskudsopgørelse" in TastSelv (Demo): see this year's assessment, correct one figure, see
 * the new tax card; Skattestyrelsen sends a letter. Amounts are typed as text and read here, on
 * the server, so every bound holds whatever a browser sends.
 */
@Service
public class TaxService {

    /** Longer than any amount typed by hand ("1.250.000 kr."): refused before it is read. */
    static final int MAX_TYPED = 20;
    /**
     * Whole kroner as people type them and as the page shows them: plain digits, or groups of
     * three after a dot (Danish), a comma (English), a space or a non-breaking space — one kind
     * of separator in an amount, so "385,50" (øre) is not taken for 38.550 kr.
     */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}|\\d{1,3}([.,\\u0020\\u00a0\\u202f])\\d{3}(\\1\\d{3}){0,3}");
    private static final Pattern CURRENCY = Pattern.compile("(?i)\\s*(kr\\.?|dkk)$");

    private final SelfServiceGate gate;
    private final SelfServiceStore store;
    private final Deliveries deliveries;

    TaxService(SelfServiceGate gate, SelfServiceStore store, Deliveries deliveries) {
        this.gate = gate;
        this.store = store;
        this.deliveries = deliveries;
    }

    /** Opens the assessment: refused unless it is the person's own or a fuldmagt covers "Skat". */
    @Transactional
    public void open(ForPerson who) {
        gate.open(who, Solution.TAX);
    }

    public TaxAssessment assessment(ForPerson who) {
        Person person = gate.check(who, Solution.TAX);
        int year = gate.today().getYear();
        TaxAssessment seeded = seeded(who.acting().sandbox().seed(), person, year);
        return store.tax(who.acting().sandboxId(), who.person(), year)
                .map(row -> new TaxAssessment(year, row.income(), row.transport(), seeded.wages(), seeded.kommuneskat()))
                .orElse(seeded);
    }

    /**
     * Corrects one figure to the amount typed ("385.000", "385,000 DKK", "385000 kr."); a kind
     * problem if it cannot be meant. Null (what a crafted request can send) is refused kindly too.
     */
    @Transactional
    public Outcome change(ForPerson who, @Nullable Figure figure, @Nullable String typed) {
        gate.check(who, Solution.TAX);
        if (figure == null) {
            return Outcome.refused("selfservice.tax.figure-missing");
        }
        if (typed == null || typed.strip().isEmpty()) {
            return Outcome.refused("selfservice.tax.empty");
        }
        if (typed.length() > MAX_TYPED) {
            return Outcome.refused("selfservice.tax.too-long");
        }
        Optional<Long> amount = parse(typed);
        if (amount.isEmpty()) {
            return Outcome.refused("selfservice.tax.not-a-number");
        }
        if (amount.get() > figure.max()) {
            return Outcome.refused("selfservice.tax.too-large." + figure.id());
        }
        TaxAssessment before = assessment(who);
        if (before.figure(figure) == amount.get()) {
            return Outcome.refused("selfservice.tax.unchanged");
        }
        if (!gate.hasRoom(who, 1)) {
            return Outcome.refused(SelfServiceGate.SANDBOX_FULL);
        }
        TaxAssessment after = before.with(figure, amount.get());
        store.saveTax(who.acting().sandboxId(), who.person(), after.year(),
                new SelfServiceStore.TaxRow(after.income(), after.transport()), gate.clock().instant());
        Receipt receipt = gate.handIn(who, Solution.TAX, SelfServiceEvents.TAX_CHANGED, Map.of("figure", figure.id(),
                "from", String.valueOf(before.figure(figure)), "to", String.valueOf(after.figure(figure))), "Skattestyrelsen", 1);
        // A notice only, as Skattestyrelsen sends it: the figures are in TastSelv, not in Digital Post.
        deliveries.deliver(who.acting().sandbox(), who.person(), "skat-nyt-skattekort", null,
                Map.of("kvittering", receipt.number()));
        return Outcome.done(receipt);
    }

    /** Whole kroner, with or without thousands separators and "kr."/"DKK"; empty if it is not an amount. */
    static Optional<Long> parse(String typed) {
        if (typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String amount = CURRENCY.matcher(typed.strip()).replaceAll("");
        if (!AMOUNT.matcher(amount).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(amount.replaceAll("\\D", "")));
    }

    /** The assessment the seed gives: wages for working age, pension from 67, a spare-time job before 18. */
    static TaxAssessment seeded(long sandboxSeed, Person person, int year) {
        Random random = new Random(Seeds.mix(sandboxSeed * 97 + person.role().ordinal()));
        int age = person.ageOn(java.time.LocalDate.of(year, 7, 1));
        long income;
        long transport = 0;
        boolean wages = age < 67;
        if (age < 18) {
            income = 18_000 + random.nextInt(40) * 1_000;
        } else if (age >= 67) {
            income = 190_000 + random.nextInt(130) * 1_000;
        } else {
            income = 290_000 + random.nextInt(260) * 1_000;
            transport = random.nextBoolean() ? 0 : 3_000 + random.nextInt(13) * 1_000;
        }
        double kommuneskat = 23.5 + Math.floorMod(person.address().postalLine().hashCode(), 29) / 10.0;
        return new TaxAssessment(year, income, transport, wages, Math.round(kommuneskat * 10) / 10.0);
    }
}
