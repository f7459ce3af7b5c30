-- The last receipt number a sandbox's self-service solutions gave (issue 15). A counter of its
-- own: events are trimmed past their limit, so counting them would give a number twice.
create table selfservice_receipt (
    sandbox_id   uuid    not null primary key references sandbox (id) on delete cascade,
    last_number  bigint  not null
);
