-- A class a teacher runs: its code for learners, its secret for the teacher's board, the
-- lesson (exercise ids in order) and where the class is in it. version counts every change a
-- board or a learner's page must show; pages on any node poll it (decision 0012).
create table classroom (
    id               uuid         primary key,
    code             char(6)      not null unique,
    teacher_key      varchar(40)  not null unique,
    -- The teacher's session: when it ends or expires, the class ends (set null, then reaped).
    teacher_session  char(36)     references SPRING_SESSION (PRIMARY_ID) on delete set null,
    title_da         varchar(200) not null,
    title_en         varchar(200) not null,
    exercises        varchar(400) not null,
    pacing           varchar(10)  not null,
    seed             bigint       not null,
    allow_names      boolean      not null,
    stuck_minutes    int          not null,
    current_exercise int          not null,
    open_steps       int          not null,
    version          bigint       not null,
    created_at       timestamp with time zone not null,
    ends_at          timestamp with time zone not null,
    ended_at         timestamp with time zone
);

-- A learner in a class: their session (when it goes, so does the seat) and their sandbox.
create table class_member (
    id             uuid         primary key,
    class_id       uuid         not null references classroom (id) on delete cascade,
    session_id     char(36)     not null references SPRING_SESSION (PRIMARY_ID) on delete cascade,
    sandbox_id     uuid         references sandbox (id) on delete set null,
    nickname       varchar(40)  not null,
    joined_at      timestamp with time zone not null,
    hand_raised_at timestamp with time zone,
    reset_asked    boolean      not null,
    unique (class_id, nickname),
    unique (session_id)
);
create index class_member_class on class_member (class_id);
create index class_member_sandbox on class_member (sandbox_id);
