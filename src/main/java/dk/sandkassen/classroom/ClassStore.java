package dk.sandkassen.classroom;

import dk.sandkassen.scenario.Pacing;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classes and their members. Every change a page must show bumps the class's version. */
@Repository
class ClassStore {

    private static final String CLASS_COLUMNS = "id, code, teacher_key, title_da, title_en, exercises, pacing, seed, "
            + "allow_names, stuck_minutes, current_exercise, open_steps, version, created_at, ends_at, ended_at";
    private static final String MEMBER_COLUMNS = "id, class_id, nickname, sandbox_id, joined_at, hand_raised_at, reset_asked";

    private final JdbcClient jdbc;

    ClassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Classroom c, String teacherSession) {
        jdbc.sql("insert into classroom (" + CLASS_COLUMNS + ", teacher_session) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id().value(), c.code().value(), c.teacherKey(), c.titleDa(), c.titleEn(),
                        String.join(",", c.exerciseIds()), c.pacing().name(), c.seed(), c.allowNames(), c.stuckMinutes(),
                        c.currentExercise(), c.openSteps(), c.version(), Timestamp.from(c.createdAt()),
                        Timestamp.from(c.endsAt()), null, teacherSession)
                .update();
    }

    int openBy(String teacherSession) {
        return jdbc.sql("select count(*) from classroom where teacher_session = ? and ended_at is null")
                .params(teacherSession).query(Integer.class).single();
    }

    boolean codeInUse(ClassCode code) {
        return jdbc.sql("select count(*) from classroom where code = ?").params(code.value()).query(Integer.class).single() > 0;
    }

    Optional<Classroom> byCode(ClassCode code) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from classroom where code = ?").params(code.value())
                .query(ClassStore::classroom).optional();
    }

    Optional<Classroom> byTeacherKey(String key) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from classroom where teacher_key = ?").params(key)
                .query(ClassStore::classroom).optional();
    }

    Optional<Classroom> find(ClassId id) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from classroom where id = ?").params(id.value())
                .query(ClassStore::classroom).optional();
    }

    /** The versions of these classes; a class that is gone is missing from the answer. */
    Map<ClassId, Long> versions(Collection<ClassId> ids) {
        Map<ClassId, Long> versions = new HashMap<>();
        if (ids.isEmpty()) {
            return versions;
        }
        jdbc.sql("select id, version from classroom where id in (:ids)")
                .param("ids", ids.stream().map(ClassId::value).toList())
                .query((rs, n) -> versions.put(new ClassId(rs.getObject(1, UUID.class)), rs.getLong(2)))
                .list();
        return versions;
    }

    void bump(ClassId id) {
        jdbc.sql("update classroom set version = version + 1 where id = ?").params(id.value()).update();
    }

    void bumpForSandbox(SandboxId sandbox) {
        jdbc.sql("update classroom set version = version + 1 where id in "
                + "(select class_id from class_member where sandbox_id = ?)").params(sandbox.value()).update();
    }

    void openNextStep(ClassId id) {
        jdbc.sql("update classroom set open_steps = open_steps + 1, version = version + 1 where id = ?")
                .params(id.value()).update();
    }

    void nextExercise(ClassId id) {
        jdbc.sql("update classroom set current_exercise = current_exercise + 1, open_steps = 1, version = version + 1 "
                + "where id = ?").params(id.value()).update();
    }

    void markEnded(ClassId id, Instant at) {
        jdbc.sql("update classroom set ended_at = ?, version = version + 1 where id = ? and ended_at is null")
                .params(Timestamp.from(at), id.value()).update();
    }

    /** Classes to wipe: ended, past their maximum length, or whose teacher's session is gone. */
    List<ClassId> finished(Instant now, Instant endedBefore) {
        return jdbc.sql("select id from classroom where teacher_session is null or ends_at < ? or ended_at < ?")
                .params(Timestamp.from(now), Timestamp.from(endedBefore))
                .query((rs, n) -> new ClassId(rs.getObject(1, UUID.class))).list();
    }

    /** The stored sessions of the class's learners: deleting them wipes their sandboxes. */
    List<String> memberSessions(ClassId id) {
        return jdbc.sql("select session_id from class_member where class_id = ?").params(id.value())
                .query(String.class).list();
    }

    void deleteSessions(List<String> sessions) {
        for (String session : sessions) {
            jdbc.sql("delete from SPRING_SESSION where PRIMARY_ID = ?").params(session).update();
        }
    }

    void delete(ClassId id) {
        jdbc.sql("delete from classroom where id = ?").params(id.value()).update();
    }

    long count() {
        return jdbc.sql("select count(*) from classroom").query(Long.class).single();
    }

    // --- members

    void insertMember(Member m, String session) {
        jdbc.sql("insert into class_member (" + MEMBER_COLUMNS + ", session_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.id().value(), m.classId().value(), m.nickname(),
                        m.sandbox() == null ? null : m.sandbox().value(), Timestamp.from(m.joinedAt()), null, false, session)
                .update();
    }

    int memberCount(ClassId id) {
        return jdbc.sql("select count(*) from class_member where class_id = ?").params(id.value()).query(Integer.class).single();
    }

    boolean nicknameTaken(ClassId id, String nickname) {
        return jdbc.sql("select count(*) from class_member where class_id = ? and lower(nickname) = lower(?)")
                .params(id.value(), nickname).query(Integer.class).single() > 0;
    }

    List<Member> members(ClassId id) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from class_member where class_id = ? order by joined_at, nickname")
                .params(id.value()).query(ClassStore::member).list();
    }

    Optional<Member> memberOfSession(String session) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from class_member where session_id = ?").params(session)
                .query(ClassStore::member).optional();
    }

    Optional<Member> memberOfSandbox(SandboxId sandbox) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from class_member where sandbox_id = ?").params(sandbox.value())
                .query(ClassStore::member).optional();
    }

    Optional<String> sessionOf(ClassId classId, MemberId member) {
        return jdbc.sql("select session_id from class_member where class_id = ? and id = ?")
                .params(classId.value(), member.value()).query(String.class).optional();
    }

    void seat(MemberId member, SandboxId sandbox) {
        jdbc.sql("update class_member set sandbox_id = ?, reset_asked = false where id = ?")
                .params(sandbox.value(), member.value()).update();
    }

    void hand(MemberId member, @Nullable Instant raisedAt) {
        jdbc.sql("update class_member set hand_raised_at = ? where id = ?")
                .params(raisedAt == null ? null : Timestamp.from(raisedAt), member.value()).update();
    }

    void askReset(ClassId classId, MemberId member) {
        jdbc.sql("update class_member set reset_asked = true where class_id = ? and id = ?")
                .params(classId.value(), member.value()).update();
    }

    void deleteMemberOfSession(String session) {
        jdbc.sql("delete from class_member where session_id = ?").params(session).update();
    }

    private static Classroom classroom(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp(16);
        return new Classroom(new ClassId(rs.getObject(1, UUID.class)), new ClassCode(rs.getString(2).strip()), rs.getString(3),
                rs.getString(4), rs.getString(5), Arrays.asList(rs.getString(6).split(",")), Pacing.valueOf(rs.getString(7)),
                rs.getLong(8), rs.getBoolean(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getLong(13),
                rs.getTimestamp(14).toInstant(), rs.getTimestamp(15).toInstant(), ended == null ? null : ended.toInstant());
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        UUID sandbox = rs.getObject(4, UUID.class);
        Timestamp hand = rs.getTimestamp(6);
        return new Member(new MemberId(rs.getObject(1, UUID.class)), new ClassId(rs.getObject(2, UUID.class)),
                rs.getString(3), sandbox == null ? null : new SandboxId(sandbox), rs.getTimestamp(5).toInstant(),
                hand == null ? null : hand.toInstant(), rs.getBoolean(7));
    }
}
