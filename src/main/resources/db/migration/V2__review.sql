-- Departments (sở, ban, ngành) of the province that supply evidence.
create table department (
    code       varchar(50)  primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);

-- Which department supplies which component indicator in an assessment year.
create table component_assignment (
    year           int         not null,
    indicator_code varchar(20) not null,
    department     varchar(50) not null references department (code),
    primary key (year, indicator_code)
);

-- The coordinator's review of one component of a dossier: DRAFT, SUBMITTED, IN_REVIEW, NEEDS_SUPPLEMENT, ACCEPTED.
create table review_item (
    dossier_id     bigint       not null references dossier (id),
    indicator_code varchar(20)  not null,
    status         varchar(30)  not null default 'DRAFT',
    submitted_by   varchar(100),
    submitted_at   timestamptz,
    deadline       date,
    comment        text,
    decided_by     varchar(100),
    decided_at     timestamptz,
    primary key (dossier_id, indicator_code)
);

-- A WARNING finding the coordinator accepted with a justification; it stops costing points.
create table waiver (
    id             bigserial primary key,
    dossier_id     bigint        not null references dossier (id),
    indicator_code varchar(20)   not null,
    finding_code   varchar(60)   not null,
    document       varchar(1100) not null,
    justification  text          not null,
    waived_by      varchar(100)  not null,
    waived_at      timestamptz   not null default now(),
    unique (dossier_id, indicator_code, finding_code, document)
);

-- Submitted to the ministry: review decisions stop; uploads are kept as new versions, never overwrite.
alter table dossier add column locked boolean not null default false;
alter table dossier add column submitted_at timestamptz;
alter table dossier add column submitted_by varchar(100);

alter table audit_event add column indicator_code varchar(20);
alter table audit_event add column before_state varchar(100);
alter table audit_event add column after_state varchar(100);
create index audit_event_dossier on audit_event (dossier_id, indicator_code);

-- The trail is append-only: rows are never changed or removed, whoever connects.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
