package dk.sandkassen.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads {@code sandkassen.languages} once at start; code outside Spring (the command line) keeps the default. */
@Component
class LanguagesConfiguration {

    LanguagesConfiguration(@Value("${sandkassen.languages:" + Languages.DEFAULT + "}") String languages) {
        Languages.configure(languages);
    }
}
