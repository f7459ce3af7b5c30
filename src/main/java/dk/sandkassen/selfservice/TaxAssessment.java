package dk.sandkassen.selfservice;

/**
 * This year's preliminary income assessment (forskudsopgørelse) and the tax card it gives, in
 * a deliberately simplified calculation that is easy to follow: AM-bidrag 8 % of wages, one
 * withholding rate (kommuneskat + bundskat), and a monthly deduction of the personal allowance
 * plus the transport deduction. Enough to see a changed figure change the tax card.
 *
 * @param wages     whether the income is wages (AM-bidrag is paid) rather than pension
 * @param kommuneskat the kommune's rate in percent, one decimal
 */
public record TaxAssessment(int year, long income, long transport, boolean wages, double kommuneskat) {

    /** The personal allowance (personfradrag) used in the practice calculation. */
    public static final long PERSONAL_ALLOWANCE = 54_100;
    static final double BUNDSKAT = 12.01;

    public long amBidrag() {
        return wages ? Math.round(income * 0.08) : 0;
    }

    /** The withholding rate on the tax card, in whole percent. */
    public int withholdingRate() {
        return (int) Math.round(kommuneskat + BUNDSKAT);
    }

    /** The monthly deduction on the tax card, in kroner. */
    public long monthlyDeduction() {
        return Math.round((PERSONAL_ALLOWANCE + transport) / 12.0);
    }

    /** The tax for the year: AM-bidrag plus withholding on what is left after the deductions. */
    public long expectedTax() {
        long taxable = Math.max(0, income - amBidrag() - PERSONAL_ALLOWANCE - transport);
        return amBidrag() + Math.round(taxable * withholdingRate() / 100.0);
    }

    public long figure(Figure figure) {
        return figure == Figure.INCOME ? income : transport;
    }

    TaxAssessment with(Figure figure, long amount) {
        return figure == Figure.INCOME ? new TaxAssessment(year, amount, transport, wages, kommuneskat)
                : new TaxAssessment(year, income, amount, wages, kommuneskat);
    }

    /** The figures a learner may correct, with the highest amount a person could mean. */
    public enum Figure {
        INCOME(5_000_000), TRANSPORT(100_000);

        private final long max;

        Figure(long max) {
            this.max = max;
        }

        public long max() {
            return max;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
