-- The last report of each dossier, per set of waivers the review applies, so that a dashboard does not run
-- the audit again while nothing it depends on has changed, and the first one after a restart answers at once.
-- report_key hashes what the report depends on (the dossier's files and the state of their reading, the
-- rules in service, the catalogue, the program, the waivers): a row is served only while it still matches.
create table kept_report (
    dossier_id   bigint      not null references dossier (id) on delete cascade,
    waivers_hash varchar(64) not null,
    -- the waiver keys ("indicator|code|document"), one a line, so the report can be made again after a change
    waivers      text        not null,
    report_key   varchar(64) not null,
    -- the report as the contract's JSON (ReportJson), read back as it was written
    report       text        not null,
    computed_at  timestamptz not null default now(),
    primary key (dossier_id, waivers_hash)
);
