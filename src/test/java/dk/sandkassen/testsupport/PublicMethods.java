package dk.sandkassen.testsupport;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public instance methods of some services, named as the refusal tables name their rows
 * ({@code PostService.open(Mailbox,long)}), so a new method fails a table until it has a row.
 */
public final class PublicMethods {

    private PublicMethods() {
    }

    public static Set<String> of(Collection<Class<?>> services) {
        return services.stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .map(PublicMethods::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Stream.of(m.getParameterTypes())
                .map(t -> t.getName().substring(t.getName().lastIndexOf('.') + 1))
                .collect(Collectors.joining(",", "(", ")"));
    }
}
