-- The extraction queue belongs to the extraction module: one job per evidence file, in a table of its own.
-- The evidence table keeps only what was uploaded (and withdrawn); it no longer knows whether a file was read.
create table extraction_job (
    evidence_id bigint      primary key,
    dossier_id  bigint      not null,
    sha256      char(64)    not null,
    -- PENDING: waiting for a reader; RUNNING: claimed by claimed_by; DONE / FAILED: reading ended.
    status      varchar(20) not null default 'PENDING'
                check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    -- Who is reading the file and since when (renewed while reading): a RUNNING job whose claim is not
    -- renewed within the lease belongs to an instance that died, and another instance takes it back.
    claimed_by  varchar(200),
    claimed_at  timestamptz,
    -- How many times the job was claimed (1 when nothing went wrong).
    attempts    int         not null default 0,
    created_at  timestamptz not null default now(),
    finished_at timestamptz,
    -- The file left the dossier's checks: a job not yet read is no longer claimed; its status stays.
    retired_at  timestamptz
);
create index extraction_job_dossier on extraction_job (dossier_id);
create index extraction_job_pending on extraction_job (evidence_id) where status = 'PENDING' and retired_at is null;
create index extraction_job_running on extraction_job (claimed_at) where status = 'RUNNING';

-- Existing databases keep their state: a file read stays DONE (or FAILED) with its attempts; a file waiting
-- stays PENDING; a file being read when the old version stopped is PENDING again, so any instance retakes it.
-- A withdrawn file's job is retired at its withdrawal time.
insert into extraction_job (evidence_id, dossier_id, sha256, status, claimed_by, claimed_at, attempts, created_at,
                            finished_at, retired_at)
select id, dossier_id, sha256,
       case when extraction_status in ('DONE', 'FAILED') then extraction_status else 'PENDING' end,
       null, null, extraction_attempts, uploaded_at,
       case when extraction_status in ('DONE', 'FAILED') then now() end,
       withdrawn_at
from evidence;

drop index if exists evidence_pending;
drop index if exists evidence_running;
alter table evidence drop column extraction_status;
alter table evidence drop column claimed_by;
alter table evidence drop column claimed_at;
alter table evidence drop column extraction_attempts;
