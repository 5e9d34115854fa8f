-- API tokens expire (Eid:ApiTokens:LifetimeMonths, default 12). The service sets each new token's
-- expiry; the default serves rows written some other way. A token made before this migration expires
-- 12 months after it was made, but not sooner than 30 days from now, so its system has time to get a new one.
alter table api_tokens add column expires_at timestamptz;
update api_tokens set expires_at = greatest(created_at + interval '12 months', now() + interval '30 days');
alter table api_tokens alter column expires_at set not null,
    alter column expires_at set default (now() + interval '12 months');
