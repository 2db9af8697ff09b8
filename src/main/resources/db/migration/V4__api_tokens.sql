-- Personal API tokens for scripts: only the SHA-256 of the secret is kept, never the secret.
-- A token acts as its owner (same role, same department); removing the account removes its tokens.
create table api_token (
    id           bigserial primary key,
    username     varchar(100) not null references app_user (username) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    prefix       varchar(20)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_owner on api_token (username);
