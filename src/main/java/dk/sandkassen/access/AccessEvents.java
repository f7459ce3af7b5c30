package dk.sandkassen.access;

/** The sandbox events of read access and fuldmagt; exercises check them. */
public final class AccessEvents {

    /** details: from (helper), to (owner), rights, model. */
    public static final String REQUESTED = "access.requested";
    /** details: to (helper), rights, model. */
    public static final String GRANTED = "access.granted";
    public static final String REJECTED = "access.rejected";
    /** details: to (helper). */
    public static final String REVOKED = "access.revoked";
    /** The helper accepted a folder grant with its password. */
    public static final String ACCEPTED = "access.accepted";

    /** details: to (holder), areas. */
    public static final String FULDMAGT_GIVEN = "fuldmagt.given";
    /** details: from (holder), to (giver), areas, paper. */
    public static final String FULDMAGT_REQUESTED = "fuldmagt.requested";
    /** details: from (who asked), answer (approved | rejected). */
    public static final String FULDMAGT_ANSWERED = "fuldmagt.answered";
    /** details: to (holder). */
    public static final String FULDMAGT_REVOKED = "fuldmagt.revoked";
    /** The holder acts on the giver's behalf. details: for (giver), area. */
    public static final String ACTING_FOR = "fuldmagt.acting";

    private AccessEvents() {
    }
}
