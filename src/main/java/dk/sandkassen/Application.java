package dk.sandkassen;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import dk.sandkassen.scenario.ScenarioValidation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("selfservice.css")
@Meta(name = "robots", content = "noindex, nofollow")
// Live updates (a step turns green, the teacher's board moves): docs/decisions/0010-server-push.md.
@com.vaadin.flow.component.page.Push(value = com.vaadin.flow.shared.communication.PushMode.AUTOMATIC,
        transport = com.vaadin.flow.shared.ui.Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ScenarioValidation.OPTION)) {
            // A teacher's check of exercise files: no web server, no database.
            if (args.length != 2) {
                System.err.println("Usage: java -jar sandkassen.jar --validate DIR");
                System.exit(2);
            }
            System.exit(ScenarioValidation.run(Path.of(args[1]), System.out, Locale.getDefault()));
        }
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
