package dk.sandkassen.sandbox.internal;

import dk.sandkassen.identity.Address;
import dk.sandkassen.identity.Cpr;
import dk.sandkassen.identity.Household;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sandbox and sandbox_person tables. */
@Repository
public class SandboxStore {

    private final JdbcClient jdbc;

    public SandboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param sessionPrimaryId the SPRING_SESSION row that owns the sandbox, if any */
    public void insert(Sandbox sandbox, @Nullable String sessionPrimaryId) {
        jdbc.sql("insert into sandbox (id, seed, persona, created_at, session_id) values (?, ?, ?, ?, ?)")
                .params(sandbox.id().value(), sandbox.seed(), sandbox.persona().id(),
                        Timestamp.from(sandbox.createdAt()), sessionPrimaryId)
                .update();
        for (Person person : sandbox.household().everyone()) {
            jdbc.sql("""
                    insert into sandbox_person (sandbox_id, role, first_name, last_name, cpr, street, postcode, city, phone, email)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sandbox.id().value(), person.role().id(), person.firstName(), person.lastName(),
                            person.cpr().value(), person.address().street(), person.address().postcode(),
                            person.address().city(), person.phone(), person.email())
                    .update();
        }
    }

    public Optional<Sandbox> find(SandboxId id) {
        record Row(long seed, String persona, Timestamp createdAt) {
        }
        Optional<Row> row = jdbc.sql("select seed, persona, created_at from sandbox where id = ?")
                .param(id.value())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Person> people = jdbc.sql("""
                        select role, first_name, last_name, cpr, street, postcode, city, phone, email
                        from sandbox_person where sandbox_id = ?""")
                .param(id.value())
                .query((rs, n) -> new Person(Role.fromId(rs.getString(1)).orElseThrow(), rs.getString(2),
                        rs.getString(3), new Cpr(rs.getString(4)),
                        new Address(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getString(8),
                        rs.getString(9)))
                .list()
                .stream()
                .sorted(Comparator.comparing(Person::role))
                .toList();
        Person citizen = people.getFirst();
        Household household = new Household(Persona.fromId(row.get().persona()).orElseThrow(), row.get().seed(),
                citizen, people.subList(1, people.size()));
        return Optional.of(new Sandbox(id, row.get().createdAt().toInstant(), household));
    }

    /** The people now live at {@code address}; returns how many rows changed. */
    public int changeAddress(SandboxId id, java.util.Collection<Role> people, Address address) {
        int changed = 0;
        for (Role role : people) {
            changed += jdbc.sql("update sandbox_person set street = ?, postcode = ?, city = ? where sandbox_id = ? and role = ?")
                    .params(address.street(), address.postcode(), address.city(), id.value(), role.id())
                    .update();
        }
        return changed;
    }

    public boolean exists(SandboxId id) {
        return jdbc.sql("select count(*) from sandbox where id = ?").param(id.value()).query(Integer.class).single() > 0;
    }

    public boolean delete(SandboxId id) {
        return jdbc.sql("delete from sandbox where id = ?").param(id.value()).update() > 0;
    }

    /** Sandboxes no session owns, older than {@code instant}. */
    public List<SandboxId> unownedCreatedBefore(Instant instant) {
        return jdbc.sql("select id from sandbox where session_id is null and created_at < ?")
                .param(Timestamp.from(instant))
                .query((rs, n) -> new SandboxId(rs.getObject(1, UUID.class)))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from sandbox").query(Long.class).single();
    }
}
