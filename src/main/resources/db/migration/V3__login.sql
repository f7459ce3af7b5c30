-- Practice credentials of every person in a sandbox, and the state of their NemID and MitID.
create table login_credential (
    sandbox_id         uuid        not null references sandbox (id) on delete cascade,
    role               varchar(20) not null,
    nemid_user_id      varchar(40),
    nemid_password     varchar(40) not null,
    mitid_user_id      varchar(48) not null,
    mitid_password     varchar(40) not null,
    app_pin            char(6)     not null,
    nemid_failures     int         default 0 not null,
    nemid_blocked      boolean     default false not null,
    mitid_failures     int         default 0 not null,
    mitid_blocked      boolean     default false not null,
    last_authenticator varchar(20),
    code_counter       int         default 0 not null,
    primary key (sandbox_id, role)
);

-- Key card codes the learner has used in the sandbox (the card itself follows from the seed).
create table login_used_key (
    sandbox_id uuid        not null references sandbox (id) on delete cascade,
    role       varchar(20) not null,
    key_number char(4)     not null,
    primary key (sandbox_id, role, key_number)
);
