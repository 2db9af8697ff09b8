-- Issue 16, items 2-3: notifications in the app (and by e-mail when an SMTP server is configured),
-- an optional e-mail address per account, and the mark of a component reopened by an upload.
alter table app_user add column email varchar(320);

create table notification (
    id             bigserial    primary key,
    recipient      varchar(100) not null,
    kind           varchar(30)  not null,
    dossier_id     bigint       references dossier (id),
    indicator_code varchar(20),
    actor          varchar(100),
    detail         text,
    deadline       date,
    created_at     timestamptz  not null default now(),
    read_at        timestamptz,
    -- one reminder per recipient, component and deadline, however often the sweep runs
    once_key       varchar(300) unique
);
create index notification_unread on notification (recipient) where read_at is null;

-- Reopened by an upload after it was submitted or accepted: the queue marks it until the next decision.
alter table review_item add column reopened_at   timestamptz;
alter table review_item add column reopened_by   varchar(100);
alter table review_item add column reopened_from varchar(30);
