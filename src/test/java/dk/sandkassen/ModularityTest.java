package dk.sandkassen;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages use each other only through their root (API) package, and never in a cycle. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featurePackagesRespectEachOthersBoundaries() {
        MODULES.verify();
    }
}
