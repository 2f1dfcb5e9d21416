-- Roles for a shared Kompassapp results archive on PostgreSQL.
--
-- 1. As the database's owner, create the tables once (any archive command does it on first use):
--        kompassapp archive list --db postgresql://OWNER@HOST/kompassarkiv
-- 2. Then, as the owner, run this file in that database (it can be run again safely):
--        psql -h HOST -U OWNER -d kompassarkiv -f roles.sql
-- 3. Give every person a login of their own in one of the two groups, e.g.
--        CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE kompass_auditor;   -- an auditor: push and read
--        CREATE ROLE jury1 LOGIN PASSWORD '…' IN ROLE kompass_jury;     -- the jury: read only
--    Passwords belong in each person's ~/.pgpass (or PGPASSWORD, or the prompt), never in a
--    .kompass file or a shared script.
--
-- Auditors add results (a new version per changed push) but never delete or rewrite history:
-- they get INSERT on the result tables and UPDATE only where a push must move the "latest"
-- pointer, remember a municipality code or keep the running sums for averages. The jury reads everything and writes nothing; a push
-- with a jury login is refused by the server and kompassapp says so in one line.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kompass_auditor') THEN
        CREATE ROLE kompass_auditor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kompass_jury') THEN
        CREATE ROLE kompass_jury NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO kompass_auditor, kompass_jury', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO kompass_auditor, kompass_jury;

-- read: both roles
GRANT SELECT ON schema_info, municipalities, banks, evaluations, results, area_scores, subarea_scores, texts,
    auditors, average_sums, average_counts TO kompass_auditor, kompass_jury;

-- push: auditors only
GRANT INSERT ON municipalities, banks, evaluations, results, area_scores, subarea_scores, texts, auditors,
    average_sums, average_counts TO kompass_auditor;
GRANT UPDATE (latest_version, latest_result_id) ON evaluations TO kompass_auditor;
GRANT UPDATE (code, name) ON municipalities TO kompass_auditor;
GRANT UPDATE (sum_num, n) ON average_sums TO kompass_auditor;  -- the running sums behind `archive average`
GRANT UPDATE (n) ON average_counts TO kompass_auditor;
GRANT USAGE ON SEQUENCE results_id_seq TO kompass_auditor;

-- nobody but the owner changes the schema
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
