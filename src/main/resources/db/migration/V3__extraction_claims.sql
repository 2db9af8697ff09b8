-- Who is reading a file and since when, so that several instances share the extraction queue:
-- a RUNNING row whose claim has not been renewed for a while belongs to an instance that died.
alter table evidence add column claimed_by varchar(200);
alter table evidence add column claimed_at timestamptz;
-- How many times the file was claimed for reading (1 when nothing went wrong).
alter table evidence add column extraction_attempts int not null default 0;
-- Every instance looks for lapsed claims at each poll: keep that cheap.
create index evidence_running on evidence (claimed_at) where extraction_status = 'RUNNING';
