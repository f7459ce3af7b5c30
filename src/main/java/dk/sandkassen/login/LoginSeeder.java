package dk.sandkassen.login;

import dk.sandkassen.identity.Person;
import dk.sandkassen.login.internal.CredentialStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxSeeder;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives every person in a new sandbox their practice credentials. */
@Component
@Order(10)
class LoginSeeder implements SandboxSeeder {

    private final CredentialStore store;

    LoginSeeder(CredentialStore store) {
        this.store = store;
    }

    @Override
    public void seed(Sandbox sandbox) {
        Set<String> taken = new HashSet<>();
        for (Person person : sandbox.household().everyone()) {
            store.insert(sandbox.id(), CredentialFactory.create(sandbox.seed(), person, taken));
        }
    }
}
