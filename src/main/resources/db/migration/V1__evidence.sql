-- Accounts: people log in with a form, scripts with HTTP Basic.
create table app_user (
    username      varchar(100) primary key,
    password_hash varchar(200) not null,
    role          varchar(30)  not null,
    department    varchar(100),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

-- A province's dossier (hồ sơ kiểm chứng) for one assessment year.
create table dossier (
    id         bigserial primary key,
    province   varchar(200) not null,
    year       int          not null,
    status     varchar(30)  not null default 'DRAFT',
    created_by varchar(100) not null,
    created_at timestamptz  not null default now()
);

-- Bytes are stored once per SHA-256, whoever uploads them and however often.
create table stored_object (
    sha256      char(64) primary key,
    size        bigint       not null,
    media_type  varchar(200),
    storage_key varchar(300) not null,
    created_at  timestamptz  not null default now()
);

-- One uploaded file (tài liệu kiểm chứng) filed under a component indicator of a dossier.
create table evidence (
    id                bigserial primary key,
    dossier_id        bigint        not null references dossier (id),
    indicator_code    varchar(20)   not null,
    file_name         varchar(1000) not null,
    sha256            char(64)      not null references stored_object (sha256),
    size              bigint        not null,
    uploaded_by       varchar(100)  not null,
    uploaded_at       timestamptz   not null default now(),
    extraction_status varchar(20)   not null default 'PENDING'
);
create index evidence_dossier on evidence (dossier_id);
create index evidence_pending on evidence (extraction_status) where extraction_status = 'PENDING';

-- What was read from a file, by content and extractor version, so bytes are parsed once.
create table extraction (
    sha256            char(64)    not null,
    extractor_version varchar(40) not null,
    result            text        not null,
    created_at        timestamptz not null default now(),
    primary key (sha256, extractor_version)
);

-- Append-only trail of what happened to files and dossiers.
create table audit_event (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(50)  not null,
    dossier_id  bigint,
    evidence_id bigint,
    sha256      char(64),
    detail      text
);
