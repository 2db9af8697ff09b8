-- A password set by someone else (the bootstrap, an admin reset) must be changed by its owner first.
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column password_changed_at timestamptz;
