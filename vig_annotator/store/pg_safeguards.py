"""What the server itself keeps true in a team project, whatever program a member connects with.

The core checks every edit before it is sent; the server checks again, so a member with ``psql`` (or two
windows racing) cannot store what the core would refuse:

- segments of one code in one session never overlap (an exclusion constraint, ``btree_gist``; a point
  event covers its own millisecond, touching ends do not overlap: the core's rule);
- times are ``0 <= start <= end``, and within the clip when its duration is known; a segment's code is in
  the session's pinned scheme with its kind; a rating is one of its item's values or not observable
  (constraint triggers at commit, so an edit's rows may arrive in any order; each pinned scheme's codes
  and item values are read once, when it is added, into ``scheme_codes`` and ``scheme_item_values``);
- the audit trail is written by the server: triggers on every entity table (one per statement, reading
  its rows as a set, so a push of 100,000 rows costs one insert) add one ``audit`` entry per
  transaction (the database user from the connection; the client's claims - computer user, host,
  program, label - marked as such by their columns) and one ``audit_rows`` row per row changed. Members
  may only read it (and only entries of sessions they may read); nobody but the owner can change it.
"""

from __future__ import annotations

SAFEGUARDS = "1"
"""The version of these safeguards and of :mod:`pg_access`'s rules, kept in ``vig_meta`` as ``safeguards``."""

AUDITED = {
    "schemes": ("scheme", "scheme_id", "version"), "clips": ("clip", "id"), "video_sources": ("source", "id"),
    "coders": ("coder", "id"), "sessions": ("session", "id"), "segments": ("segment", "id"),
    "ratings": ("rating", "session_id", "item_id"), "moments": ("moment", "id"), "export_log": ("export", "id"),
    "settings": ("setting", "key"),
}
"""Each audited table: the kind of entity it holds and its key columns (as the live feed reads them back)."""

AUDIT = """
CREATE TABLE IF NOT EXISTS audit_rows (audit_id bigint NOT NULL REFERENCES audit (id), n bigserial,
    action text NOT NULL, kind text NOT NULL, key jsonb NOT NULL, session_id bigint,
    PRIMARY KEY (audit_id, n));
ALTER TABLE audit ALTER COLUMN db_user SET DEFAULT session_user;
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
             AND table_name = 'audit' AND column_name = 'changes') THEN
    EXECUTE 'INSERT INTO audit_rows (audit_id, action, kind, key, session_id)
             SELECT a.id, c->>0, c->>1, c->2, (a.sessions->>0)::bigint
             FROM audit a, jsonb_array_elements(a.changes) c ORDER BY a.id';
    EXECUTE 'ALTER TABLE audit DROP COLUMN changes, DROP COLUMN coders, DROP COLUMN sessions';
  END IF;
END $$;
CREATE OR REPLACE FUNCTION vig_setting_session(key text) RETURNS bigint LANGUAGE sql IMMUTABLE AS
    $$ SELECT CASE WHEN key ~ '^voice_rejected:[0-9]{1,18}:' THEN split_part(key, ':', 2)::bigint END $$;
CREATE OR REPLACE FUNCTION vig_audit_entry() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ DECLARE entry bigint := nullif(current_setting('vig.audit_entry', true), '')::bigint;
       BEGIN
         IF entry IS NULL THEN
           INSERT INTO audit (db_user, os_user, host, program, edit, label) VALUES (session_user,
               coalesce(nullif(current_setting('vig.os_user', true), ''), '?'),
               coalesce(nullif(current_setting('vig.host', true), ''), host(inet_client_addr()), 'local socket'),
               coalesce(nullif(current_setting('vig.program', true), ''),
                        nullif(current_setting('application_name'), ''), '?'),
               coalesce(nullif(current_setting('vig.edit', true), ''), 'sql-' || txid_current()),
               coalesce(current_setting('vig.label', true), ''))
             RETURNING id INTO entry;
           PERFORM set_config('vig.audit_entry', entry::text, true);
           IF coalesce(current_setting('vig.edit', true), '') = '' THEN
             PERFORM pg_notify(current_schema(), entry::text);  -- not from the app (psql): announced here
           END IF;
         END IF;
         RETURN entry;
       END $$;
DROP FUNCTION IF EXISTS vig_audit_row() CASCADE;
CREATE OR REPLACE FUNCTION vig_audit_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ DECLARE entry bigint;
       BEGIN
         IF TG_OP = 'DELETE' THEN
           IF EXISTS (SELECT 1 FROM old_rows) THEN
             entry := vig_audit_entry();
             INSERT INTO audit_rows (audit_id, action, kind, key, session_id)
               SELECT entry, 'delete', TG_ARGV[0],
                      CASE WHEN TG_NARGS > 2 THEN jsonb_build_array(j -> TG_ARGV[1], j -> TG_ARGV[2])
                           ELSE j -> TG_ARGV[1] END,
                      vig_audit_session(j, TG_ARGV[0])
               FROM (SELECT to_jsonb(o) AS j FROM old_rows o) x;
           END IF;
         ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
           entry := vig_audit_entry();
           INSERT INTO audit_rows (audit_id, action, kind, key, session_id)
             SELECT entry, 'put', TG_ARGV[0],
                    CASE WHEN TG_NARGS > 2 THEN jsonb_build_array(j -> TG_ARGV[1], j -> TG_ARGV[2])
                         ELSE j -> TG_ARGV[1] END,
                    vig_audit_session(j, TG_ARGV[0])
             FROM (SELECT to_jsonb(n) AS j FROM new_rows n) x;
         END IF;
         RETURN NULL;
       END $$;
CREATE OR REPLACE FUNCTION vig_audit_session(j jsonb, kind text) RETURNS bigint LANGUAGE sql IMMUTABLE AS
    $$ SELECT CASE kind WHEN 'session' THEN (j ->> 'id')::bigint WHEN 'setting' THEN vig_setting_session(j ->> 'key')
                        ELSE (j ->> 'session_id')::bigint END $$;
"""

AUDIT_TRIGGER = """
DROP TRIGGER IF EXISTS {t}_audit ON {t};
DROP TRIGGER IF EXISTS {t}_audit_add ON {t};
CREATE TRIGGER {t}_audit_add AFTER INSERT ON {t} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION vig_audit_rows({args});
DROP TRIGGER IF EXISTS {t}_audit_change ON {t};
CREATE TRIGGER {t}_audit_change AFTER UPDATE ON {t} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION vig_audit_rows({args});
DROP TRIGGER IF EXISTS {t}_audit_remove ON {t};
CREATE TRIGGER {t}_audit_remove AFTER DELETE ON {t} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION vig_audit_rows({args});
"""

INVARIANTS = """
ALTER TABLE segments DROP CONSTRAINT IF EXISTS segments_no_overlap;
ALTER TABLE segments ADD CONSTRAINT segments_no_overlap EXCLUDE USING gist
    (session_id WITH =, code_id WITH =, int8range(start_ms, greatest(end_ms, start_ms + 1)) WITH &&)
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE segments DROP CONSTRAINT IF EXISTS segments_start_not_negative;
ALTER TABLE segments ADD CONSTRAINT segments_start_not_negative CHECK (start_ms >= 0);
ALTER TABLE moments DROP CONSTRAINT IF EXISTS moments_start_not_negative;
ALTER TABLE moments ADD CONSTRAINT moments_start_not_negative CHECK (start_ms >= 0);
CREATE OR REPLACE FUNCTION vig_check_times(what text, session bigint, start_ms bigint, end_ms bigint)
    RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ DECLARE duration bigint;
       BEGIN
         SELECT c.duration_ms INTO duration FROM sessions s JOIN clips c ON c.id = s.clip_id WHERE s.id = session;
         IF end_ms < start_ms OR (duration > 0 AND end_ms > duration) THEN
           RAISE EXCEPTION USING ERRCODE = '23514',
             MESSAGE = format('%s: %s-%s ms is backwards or past the clip''s end (%s ms)', what, start_ms, end_ms,
                              duration);
         END IF;
       END $$;
CREATE TABLE IF NOT EXISTS scheme_codes (scheme_id text NOT NULL, version text NOT NULL, code_id text NOT NULL,
    kind text NOT NULL, PRIMARY KEY (scheme_id, version, code_id));
CREATE TABLE IF NOT EXISTS scheme_item_values (scheme_id text NOT NULL, version text NOT NULL, item_id text NOT NULL,
    value bigint NOT NULL, PRIMARY KEY (scheme_id, version, item_id, value));
CREATE OR REPLACE FUNCTION vig_fill_scheme(s_id text, s_version text, doc jsonb) RETURNS void LANGUAGE sql
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ INSERT INTO scheme_codes SELECT s_id, s_version, c ->> 'id', coalesce(c ->> 'kind', 'state')
           FROM jsonb_array_elements(coalesce(doc -> 'codes', '[]')) c WHERE c ->> 'id' IS NOT NULL
           ON CONFLICT DO NOTHING;
       INSERT INTO scheme_item_values SELECT s_id, s_version, i ->> 'id',
               (CASE jsonb_typeof(v) WHEN 'object' THEN v ->> 'value' ELSE v #>> '{}' END)::bigint
           FROM jsonb_array_elements(coalesce(doc -> 'rated_items', '[]')) i,
                jsonb_array_elements(coalesce(i -> 'values', '[]')) v WHERE i ->> 'id' IS NOT NULL
           ON CONFLICT DO NOTHING $$;
CREATE OR REPLACE FUNCTION vig_read_scheme() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ BEGIN
         IF TG_OP <> 'INSERT' THEN
           DELETE FROM scheme_codes WHERE scheme_id = OLD.scheme_id AND version = OLD.version;
           DELETE FROM scheme_item_values WHERE scheme_id = OLD.scheme_id AND version = OLD.version;
         END IF;
         IF TG_OP <> 'DELETE' THEN
           PERFORM vig_fill_scheme(NEW.scheme_id, NEW.version, NEW.json::jsonb);
         END IF;
         RETURN NULL;
       END $$;
DROP TRIGGER IF EXISTS schemes_read ON schemes;
CREATE TRIGGER schemes_read AFTER INSERT OR UPDATE OR DELETE ON schemes
    FOR EACH ROW EXECUTE FUNCTION vig_read_scheme();
SELECT vig_fill_scheme(scheme_id, version, json::jsonb) FROM schemes;
CREATE OR REPLACE FUNCTION vig_check_segment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ DECLARE pinned boolean; kind text; what text;
       BEGIN
         IF NOT EXISTS (SELECT 1 FROM segments WHERE id = NEW.id AND row_version = NEW.row_version) THEN
           RETURN NULL;  -- changed again or removed later in the same transaction: that row is checked instead
         END IF;
         what := format('segment %s (session %s)', NEW.id, NEW.session_id);
         PERFORM vig_check_times(what, NEW.session_id, NEW.start_ms, NEW.end_ms);
         SELECT sc.scheme_id IS NOT NULL, k.kind INTO pinned, kind FROM sessions s
             LEFT JOIN schemes sc ON sc.scheme_id = s.scheme_id AND sc.version = s.scheme_version
             LEFT JOIN scheme_codes k ON k.scheme_id = s.scheme_id AND k.version = s.scheme_version
                                     AND k.code_id = NEW.code_id
             WHERE s.id = NEW.session_id;
         IF pinned AND kind IS NULL THEN
           RAISE EXCEPTION USING ERRCODE = '23514',
             MESSAGE = format('%s: the code %s is not in the session''s scheme', what, NEW.code_id);
         END IF;
         IF kind = 'point' AND NEW.end_ms <> NEW.start_ms THEN
           RAISE EXCEPTION USING ERRCODE = '23514',
             MESSAGE = format('%s: %s is a point code, so an event has no duration', what, NEW.code_id);
         END IF;
         RETURN NULL;
       END $$;
DROP TRIGGER IF EXISTS segments_checked ON segments;
CREATE CONSTRAINT TRIGGER segments_checked AFTER INSERT OR UPDATE ON segments DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION vig_check_segment();
CREATE OR REPLACE FUNCTION vig_check_moment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ BEGIN
         IF EXISTS (SELECT 1 FROM moments WHERE id = NEW.id AND row_version = NEW.row_version) THEN
           PERFORM vig_check_times(format('moment %s (session %s)', NEW.id, NEW.session_id), NEW.session_id,
                                   NEW.start_ms, NEW.end_ms);
         END IF;
         RETURN NULL;
       END $$;
DROP TRIGGER IF EXISTS moments_checked ON moments;
CREATE CONSTRAINT TRIGGER moments_checked AFTER INSERT OR UPDATE ON moments DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION vig_check_moment();
CREATE OR REPLACE FUNCTION vig_check_rating() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ DECLARE s_id text; s_version text; what text;
       BEGIN
         IF NOT EXISTS (SELECT 1 FROM ratings WHERE session_id = NEW.session_id AND item_id = NEW.item_id
                        AND row_version = NEW.row_version) THEN
           RETURN NULL;
         END IF;
         what := format('rating of %s (session %s)', NEW.item_id, NEW.session_id);
         IF NEW.not_observable <> 0 AND NEW.value IS NOT NULL THEN
           RAISE EXCEPTION USING ERRCODE = '23514',
             MESSAGE = format('%s: is marked not observable and also has the value %s', what, NEW.value);
         END IF;
         SELECT sc.scheme_id, sc.version INTO s_id, s_version FROM sessions s JOIN schemes sc
             ON sc.scheme_id = s.scheme_id AND sc.version = s.scheme_version WHERE s.id = NEW.session_id;
         IF s_id IS NOT NULL THEN
           IF NOT EXISTS (SELECT 1 FROM scheme_item_values WHERE scheme_id = s_id AND version = s_version
                          AND item_id = NEW.item_id) THEN
             RAISE EXCEPTION USING ERRCODE = '23514',
               MESSAGE = format('%s: the session''s scheme has no such rated item', what);
           END IF;
           IF NEW.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM scheme_item_values WHERE scheme_id = s_id
                   AND version = s_version AND item_id = NEW.item_id AND value = NEW.value) THEN
             RAISE EXCEPTION USING ERRCODE = '23514',
               MESSAGE = format('%s: %s is not one of the item''s values', what, NEW.value);
           END IF;
         END IF;
         RETURN NULL;
       END $$;
DROP TRIGGER IF EXISTS ratings_checked ON ratings;
CREATE CONSTRAINT TRIGGER ratings_checked AFTER INSERT OR UPDATE ON ratings DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION vig_check_rating();
"""


def statements() -> list[str]:
    """The audit triggers and the invariants, for a new project or one made by an older version."""
    from vig_annotator.store.pg_schema import split

    triggers = "".join(AUDIT_TRIGGER.format(t=table, args=", ".join(f"'{a}'" for a in args))
                       for table, args in AUDITED.items())
    return split(AUDIT + triggers + INVARIANTS)
