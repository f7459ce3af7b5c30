package dk.sandkassen.selfservice.internal;

import dk.sandkassen.identity.Address;
import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The self-service tables. Every query is scoped by sandbox and person; a row replaces the
 * one before it (delete, then insert: the same on H2 and PostgreSQL).
 */
@Repository
public class SelfServiceStore {

    /** The doctor a person chose. */
    public record DoctorRow(String clinicId, String doctor, String clinic, Address address) {
    }

    public record TaxRow(long income, long transport) {
    }

    private final JdbcClient jdbc;

    public SelfServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DoctorRow> doctor(SandboxId sandbox, Role person) {
        return jdbc.sql("select clinic_id, doctor, clinic, street, postcode, city from selfservice_doctor"
                        + " where sandbox_id = ? and person = ?")
                .params(sandbox.value(), person.id())
                .query((rs, n) -> new DoctorRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        new Address(rs.getString(4), rs.getString(5), rs.getString(6))))
                .optional();
    }

    public void saveDoctor(SandboxId sandbox, Role person, DoctorRow row, Instant at) {
        jdbc.sql("delete from selfservice_doctor where sandbox_id = ? and person = ?").params(sandbox.value(), person.id()).update();
        jdbc.sql("insert into selfservice_doctor (sandbox_id, person, clinic_id, doctor, clinic, street, postcode, city, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), person.id(), row.clinicId(), row.doctor(), row.clinic(), row.address().street(),
                        row.address().postcode(), row.address().city(), Timestamp.from(at))
                .update();
    }

    public Optional<TaxRow> tax(SandboxId sandbox, Role person, int year) {
        return jdbc.sql("select income, transport from selfservice_tax where sandbox_id = ? and person = ? and tax_year = ?")
                .params(sandbox.value(), person.id(), year)
                .query((rs, n) -> new TaxRow(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    public void saveTax(SandboxId sandbox, Role person, int year, TaxRow row, Instant at) {
        jdbc.sql("delete from selfservice_tax where sandbox_id = ? and person = ? and tax_year = ?")
                .params(sandbox.value(), person.id(), year).update();
        jdbc.sql("insert into selfservice_tax (sandbox_id, person, tax_year, income, transport, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), person.id(), year, row.income(), row.transport(), Timestamp.from(at))
                .update();
    }

    /** The person's renewed prescriptions: key to the day each now holds until. */
    public Map<String, LocalDate> renewals(SandboxId sandbox, Role person) {
        return jdbc.sql("select prescription, valid_until from selfservice_prescription where sandbox_id = ? and person = ?")
                .params(sandbox.value(), person.id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void saveRenewal(SandboxId sandbox, Role person, String prescription, LocalDate validUntil,
                            @Nullable String note, Instant at) {
        jdbc.sql("delete from selfservice_prescription where sandbox_id = ? and person = ? and prescription = ?")
                .params(sandbox.value(), person.id(), prescription).update();
        jdbc.sql("insert into selfservice_prescription (sandbox_id, person, prescription, valid_until, note, renewed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), person.id(), prescription, Date.valueOf(validUntil), note, Timestamp.from(at))
                .update();
    }

    /**
     * The sandbox's next receipt number, 1, 2, 3, ...: the update locks the sandbox's row until
     * the hand-in commits, so two hand-ins at once cannot get the same number.
     */
    public long nextReceipt(SandboxId sandbox) {
        int counted = jdbc.sql("update selfservice_receipt set last_number = last_number + 1 where sandbox_id = ?")
                .param(sandbox.value()).update();
        if (counted == 0) {
            jdbc.sql("insert into selfservice_receipt (sandbox_id, last_number) values (?, 1)").param(sandbox.value()).update();
        }
        return jdbc.sql("select last_number from selfservice_receipt where sandbox_id = ?").param(sandbox.value())
                .query(Long.class).single();
    }

    public int moves(SandboxId sandbox) {
        return jdbc.sql("select count(*) from selfservice_move where sandbox_id = ?").param(sandbox.value())
                .query(Integer.class).single();
    }

    public void saveMove(SandboxId sandbox, Role person, String movers, Address from, Address to, LocalDate date,
                         Role reportedBy, Instant at) {
        jdbc.sql("insert into selfservice_move (sandbox_id, person, movers, from_address, to_address, move_date, reported_by,"
                        + " reported_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), person.id(), movers, from.toString(), to.toString(), Date.valueOf(date),
                        reportedBy.id(), Timestamp.from(at))
                .update();
    }
}
