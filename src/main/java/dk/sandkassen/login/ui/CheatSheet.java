package dk.sandkassen.login.ui;

import com.vaadin.flow.component.details.Details;
import dk.sandkassen.login.Credentials;
import dk.sandkassen.login.LoginMethod;
import dk.sandkassen.shared.ui.FactList;

/**
 * "Vis mine øvelses-oplysninger": the practice credentials beside the login box, folded away
 * until asked for, like the paper slip a teacher hands out.
 */
class CheatSheet extends Details {

    CheatSheet(Credentials credentials, LoginMethod method, String personName) {
        setSummaryText(credentials.role() == dk.sandkassen.identity.Role.SELF ? getTranslation("cheat-sheet.summary")
                : getTranslation("cheat-sheet.summary-of", personName));
        addClassName("sk-cheat-sheet");
        FactList facts = new FactList();
        if (method == LoginMethod.NEMID) {
            facts.fact(getTranslation("credentials.nemid-user-id"), credentials.chosenNemIdUserId()
                    .map(chosen -> getTranslation("credentials.cpr-or", credentials.cpr().formatted(), chosen))
                    .orElse(credentials.cpr().formatted()));
            facts.fact(getTranslation("credentials.nemid-password"), credentials.nemIdPassword());
        } else {
            facts.fact(getTranslation("credentials.mitid-user-id"), credentials.mitIdUserId());
            facts.fact(getTranslation("credentials.mitid-password"), credentials.mitIdPassword());
            facts.fact(getTranslation("credentials.app-pin"), credentials.appPin());
        }
        add(facts);
    }
}
