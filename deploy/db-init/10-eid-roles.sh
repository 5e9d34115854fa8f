#!/bin/sh
# Run once by the postgres image, as its superuser, when the database volume is first made.
# The service's database belongs to eid_owner, which may change the schema (migrations) but is no
# superuser; the service itself connects as eid_app, which owns nothing (docs/security.md).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$EID_OWNER_PASSWORD" -v app_password="$EID_APP_PASSWORD" <<'SQL'
create role eid_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role eid_app login nosuperuser nocreatedb nocreaterole password :'app_password';
create database eid owner eid_owner;
SQL
