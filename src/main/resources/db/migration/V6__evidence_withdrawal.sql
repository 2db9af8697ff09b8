-- A file taken back from a dossier's checks: it stays stored and in the trail, with who, when and
-- why; a replacement names the file that took its place.
alter table evidence add column withdrawn_at     timestamptz;
alter table evidence add column withdrawn_by     varchar(100);
alter table evidence add column withdrawn_reason varchar(1000);
alter table evidence add column replaced_by      bigint references evidence (id);
create index evidence_in_checks on evidence (dossier_id) where withdrawn_at is null;
