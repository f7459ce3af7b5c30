package dk.sandkassen.login.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.QueryParameters;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.CredentialService;
import dk.sandkassen.login.Credentials;
import dk.sandkassen.login.LoginMethod;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.FactList;

/**
 * "Vis mine øvelses-oplysninger": the practice credentials beside the login box, folded away
 * until asked for, like the paper slip a teacher hands out.
 */
class CheatSheet extends Details {

    /**
     * The sheet of the person the learner logs in as ({@code ?som=} in {@code parameters}), or
     * the citizen's when there is no such person in the household.
     */
    static CheatSheet of(CredentialService credentials, Sandbox sandbox, QueryParameters parameters, LoginMethod method) {
        Role asked = LoginNavigation.person(parameters);
        Role person = sandbox.household().person(asked).isPresent() ? asked : Role.SELF;
        return new CheatSheet(credentials.credentials(sandbox, person), method,
                sandbox.household().person(person).orElseThrow().fullName());
    }

    CheatSheet(Credentials credentials, LoginMethod method, String personName) {
        setSummaryText(credentials.role() == Role.SELF ? getTranslation("cheat-sheet.summary")
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
