-- An exercise being done in a sandbox: which one, and the steps done so far. A sandbox runs
-- at most one exercise; "Start forfra" makes a new sandbox, so a run never outlives its sandbox.

create table exercise_run (
    sandbox_id   uuid        not null primary key references sandbox (id) on delete cascade,
    exercise_id  varchar(20) not null,
    started_at   timestamp with time zone not null,
    completed_at timestamp with time zone
);

create table exercise_step (
    sandbox_id uuid        not null references sandbox (id) on delete cascade,
    step_id    varchar(60) not null,
    done_at    timestamp with time zone not null,
    primary key (sandbox_id, step_id)
);
