"""What the server itself keeps true in a team project, whatever program a member connects with.

The core checks every edit before it is sent; the server checks again, so a member with ``psql`` (or two
windows racing) cannot store what the core would refuse:

- segments of one code in one session never overlap (an exclusion constraint, ``btree_gist``; a point
  event covers its own millisecond, touching ends do not overlap: the core's rule);
- times are ``0 <= start <= end``, and within the clip when its duration is known; a segment's code is in
  the session's pinned scheme with its kind; a rating is one of its item's values or not observable
  (constraint triggers at commit, so an edit's rows may arrive in any order);
- the audit trail is written by the server: a trigger on every entity table adds one ``audit`` entry per
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
CREATE OR REPLACE FUNCTION vig_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ DECLARE
         r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
         entry bigint := nullif(current_setting('vig.audit_entry', true), '')::bigint;
         k jsonb;
         s bigint;
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
         k := CASE WHEN TG_NARGS > 2 THEN jsonb_build_array(r -> TG_ARGV[1], r -> TG_ARGV[2]) ELSE r -> TG_ARGV[1] END;
         s := CASE TG_ARGV[0] WHEN 'session' THEN (r->>'id')::bigint
                              WHEN 'setting' THEN vig_setting_session(r->>'key')
                              ELSE (r->>'session_id')::bigint END;
         INSERT INTO audit_rows (audit_id, action, kind, key, session_id)
             VALUES (entry, CASE TG_OP WHEN 'DELETE' THEN 'delete' ELSE 'put' END, TG_ARGV[0], k, s);
         RETURN NULL;
       END $$;
"""

AUDIT_TRIGGER = """
DROP TRIGGER IF EXISTS {t}_audit ON {t};
CREATE TRIGGER {t}_audit AFTER INSERT OR UPDATE OR DELETE ON {t}
    FOR EACH ROW EXECUTE FUNCTION vig_audit_row({args});
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
CREATE OR REPLACE FUNCTION vig_scheme_of(session bigint) RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT sc.json::jsonb FROM sessions s JOIN schemes sc ON sc.scheme_id = s.scheme_id
       AND sc.version = s.scheme_version WHERE s.id = session $$;
CREATE OR REPLACE FUNCTION vig_check_segment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ DECLARE scheme jsonb; code jsonb; what text;
       BEGIN
         IF NOT EXISTS (SELECT 1 FROM segments WHERE id = NEW.id AND row_version = NEW.row_version) THEN
           RETURN NULL;  -- changed again or removed later in the same transaction: that row is checked instead
         END IF;
         what := format('segment %s (session %s)', NEW.id, NEW.session_id);
         PERFORM vig_check_times(what, NEW.session_id, NEW.start_ms, NEW.end_ms);
         scheme := vig_scheme_of(NEW.session_id);
         IF scheme IS NOT NULL THEN
           SELECT c INTO code FROM jsonb_array_elements(scheme -> 'codes') c WHERE c ->> 'id' = NEW.code_id;
           IF code IS NULL THEN
             RAISE EXCEPTION USING ERRCODE = '23514',
               MESSAGE = format('%s: the code %s is not in the session''s scheme', what, NEW.code_id);
           END IF;
           IF code ->> 'kind' = 'point' AND NEW.end_ms <> NEW.start_ms THEN
             RAISE EXCEPTION USING ERRCODE = '23514',
               MESSAGE = format('%s: %s is a point code, so an event has no duration', what, NEW.code_id);
           END IF;
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
    $$ DECLARE scheme jsonb; item jsonb; what text;
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
         scheme := vig_scheme_of(NEW.session_id);
         IF scheme IS NOT NULL THEN
           SELECT i INTO item FROM jsonb_array_elements(scheme -> 'rated_items') i WHERE i ->> 'id' = NEW.item_id;
           IF item IS NULL THEN
             RAISE EXCEPTION USING ERRCODE = '23514',
               MESSAGE = format('%s: the session''s scheme has no such rated item', what);
           END IF;
           IF NEW.value IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM jsonb_array_elements(item -> 'values') v WHERE (v ->> 'value')::bigint = NEW.value) THEN
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
