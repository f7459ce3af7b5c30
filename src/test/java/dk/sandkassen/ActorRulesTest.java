package dk.sandkassen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.sandkassen.login.Actors;
import dk.sandkassen.post.Deliveries;
import org.junit.jupiter.api.Test;

/**
 * The acting person comes from the login (decision 0008). A view can only hand on the
 * {@code Actor} the login gave it: it may not make one for someone else, nor bring post
 * into a mailbox past the services that check who acts.
 */
class ActorRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.sandkassen");

    @Test
    void onlyTheExerciseEngineActsWithoutALogin() {
        noClasses().that().resideOutsideOfPackages("dk.sandkassen.login", "dk.sandkassen.scenario.internal")
                .should().dependOnClassesThat().areAssignableTo(Actors.class)
                .because("a learner's actor comes from CurrentLogin.actor(); Actors is for the exercise engine's setup and checks")
                .check(MAIN);
    }

    @Test
    void noViewDeliversPostByItself() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Deliveries.class)
                .because("a view asks a service, which checks what the actor may do, before anything arrives in a mailbox")
                .check(MAIN);
    }
}
