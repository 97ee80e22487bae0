"""Who may read and write what in a team project: least privilege and blind coding, enforced by the server.

Each coder connects as their own database user, named in the project's ``members`` table with the coder
they are (or as a trainer). The database user who made the project owns its schema and tables: that is
the lab's administrator, the only one who manages members (:func:`add_member`), and it is not bound by
the row policies. Members get table privileges for exactly their role (:data:`GRANTS`): a coder reads
what it may see and writes only its own sessions' rows; nothing on ``members``; only reading
``vig_meta``, ``clips``, ``coders``, the audit trail; pinned schemes and the probe cache may only be
added to. Row-level security then holds on every query, whatever program sends it: a coder reads other
coders' sessions of a clip only while no session of that clip is marked blind (nor those sessions'
audit entries, voice-suggestion rejections or export records of others), and a blind session's clip,
coder and blind flag cannot be changed, nor the session removed, except by a trainer. The rules' functions
run as the owner with a fixed ``search_path``, asking for ``session_user`` (who logged in).
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from vig_annotator.store.errors import ServerRefusedError
from vig_annotator.store.pg_server import connect, first_line
from vig_annotator.store.urls import parse

SESSION_PARTS = ("segments", "ratings", "moments")

GRANTS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "everyone": [("SELECT", ("vig_meta", "schemes", "clips", "video_sources", "coders", "sessions", "segments",
                             "ratings", "moments", "export_log", "settings", "probe_cache", "audit",
                             "audit_rows")),
                 ("INSERT, UPDATE, DELETE", ("sessions", "segments", "ratings", "moments", "settings")),
                 ("INSERT", ("schemes", "export_log", "probe_cache"))],
    "trainer": [("INSERT, UPDATE, DELETE", ("clips", "video_sources", "coders"))],
}
"""Table privileges by role (a trainer has everyone's too); every other privilege is the owner's alone."""

FUNCTIONS = """
CREATE OR REPLACE FUNCTION vig_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT EXISTS (SELECT 1 FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
                      WHERE n.nspname = current_schema() AND r.rolname = session_user)
           OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) $$;
CREATE OR REPLACE FUNCTION vig_is_trainer() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT EXISTS (SELECT 1 FROM members WHERE db_user = session_user AND trainer) $$;
CREATE OR REPLACE FUNCTION vig_my_coder() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT coder_id FROM members WHERE db_user = session_user $$;
CREATE OR REPLACE FUNCTION vig_may_read_work(coder bigint, clip bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT coder = vig_my_coder() OR vig_is_trainer() OR vig_is_owner()
           OR NOT EXISTS (SELECT 1 FROM sessions b WHERE b.clip_id = clip AND b.blind <> 0) $$;
CREATE OR REPLACE FUNCTION vig_may_read_session(session bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT EXISTS (SELECT 1 FROM sessions s WHERE s.id = session AND vig_may_read_work(s.coder_id, s.clip_id))
              OR vig_is_trainer() OR vig_is_owner() $$;
CREATE OR REPLACE FUNCTION vig_may_write_session(session bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT EXISTS (SELECT 1 FROM sessions s WHERE s.id = session AND s.coder_id = vig_my_coder())
              OR vig_is_trainer() OR vig_is_owner() $$;
CREATE OR REPLACE FUNCTION vig_may_read_entry(entry bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT NOT EXISTS (SELECT 1 FROM audit_rows r WHERE r.audit_id = entry AND r.session_id IS NOT NULL
                          AND NOT vig_may_read_session(r.session_id)) $$;
CREATE OR REPLACE FUNCTION vig_may_write_setting(key text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT CASE WHEN vig_setting_session(key) IS NOT NULL THEN vig_may_write_session(vig_setting_session(key))
                   WHEN key LIKE 'exercise%' THEN vig_is_trainer() OR vig_is_owner()
                   ELSE true END $$;
CREATE OR REPLACE FUNCTION vig_reserve_ids_above(top bigint) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT setval('id_blocks', greatest((SELECT last_value FROM id_blocks), top / 100)) $$;
CREATE OR REPLACE FUNCTION vig_export_id(wanted bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ BEGIN
         LOCK TABLE export_log IN SHARE ROW EXCLUSIVE MODE;
         IF EXISTS (SELECT 1 FROM export_log WHERE id = wanted) THEN
           RETURN (SELECT coalesce(max(id), 0) + 1 FROM export_log);
         END IF;
         RETURN wanted;
       END $$;
CREATE OR REPLACE FUNCTION vig_guard_session() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ BEGIN
         IF vig_is_trainer() OR vig_is_owner() THEN
           RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
         END IF;
         IF TG_OP = 'DELETE' THEN
           IF OLD.blind <> 0 THEN
             RAISE EXCEPTION USING ERRCODE = '42501',
               MESSAGE = format('session %s is blind: only a trainer can remove it', OLD.id);
           END IF;
           RETURN OLD;
         END IF;
         IF NEW.blind <> OLD.blind THEN
           RAISE EXCEPTION USING ERRCODE = '42501',
             MESSAGE = 'only a trainer can mark a session blind or unblind it';
         END IF;
         IF OLD.blind <> 0 AND (NEW.id, NEW.clip_id, NEW.coder_id) IS DISTINCT FROM (OLD.id, OLD.clip_id, OLD.coder_id)
         THEN
           RAISE EXCEPTION USING ERRCODE = '42501',
             MESSAGE = format('session %s is blind: only a trainer can give it another clip or coder', OLD.id);
         END IF;
         RETURN NEW;
       END $$;
DROP TRIGGER IF EXISTS sessions_blind_for_trainers ON sessions;
DROP TRIGGER IF EXISTS sessions_guarded ON sessions;
CREATE TRIGGER sessions_guarded BEFORE UPDATE OR DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION vig_guard_session();
ALTER TABLE export_log ADD COLUMN IF NOT EXISTS db_user text NOT NULL DEFAULT session_user;
CREATE OR REPLACE FUNCTION vig_export_by() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN NEW.db_user := session_user; RETURN NEW; END $$;
DROP TRIGGER IF EXISTS export_log_by ON export_log;
CREATE TRIGGER export_log_by BEFORE INSERT ON export_log FOR EACH ROW EXECUTE FUNCTION vig_export_by();
"""

POLICIES = """
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS coders_read ON sessions;
CREATE POLICY coders_read ON sessions FOR SELECT USING (vig_may_read_work(coder_id, clip_id));
DROP POLICY IF EXISTS coders_write ON sessions;
CREATE POLICY coders_write ON sessions FOR INSERT WITH CHECK (vig_is_trainer() OR coder_id = vig_my_coder());
DROP POLICY IF EXISTS coders_change ON sessions;
CREATE POLICY coders_change ON sessions FOR UPDATE USING (vig_may_write_session(id))
    WITH CHECK (vig_is_trainer() OR coder_id = vig_my_coder());
DROP POLICY IF EXISTS coders_remove ON sessions;
CREATE POLICY coders_remove ON sessions FOR DELETE USING (vig_may_write_session(id));
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS members_write ON audit;
DROP POLICY IF EXISTS members_read ON audit;
CREATE POLICY members_read ON audit FOR SELECT
    USING (db_user = session_user OR vig_is_trainer() OR vig_may_read_entry(id));
ALTER TABLE audit_rows ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS members_read ON audit_rows;
CREATE POLICY members_read ON audit_rows FOR SELECT
    USING (session_id IS NULL OR vig_may_read_session(session_id));
ALTER TABLE export_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS members_read ON export_log;
CREATE POLICY members_read ON export_log FOR SELECT USING (db_user = session_user OR vig_is_trainer());
DROP POLICY IF EXISTS members_add ON export_log;
CREATE POLICY members_add ON export_log FOR INSERT WITH CHECK (db_user = session_user);
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS members_read ON settings;
CREATE POLICY members_read ON settings FOR SELECT
    USING (vig_setting_session(key) IS NULL OR vig_may_read_session(vig_setting_session(key)));
DROP POLICY IF EXISTS members_add ON settings;
CREATE POLICY members_add ON settings FOR INSERT WITH CHECK (vig_may_write_setting(key));
DROP POLICY IF EXISTS members_change ON settings;
CREATE POLICY members_change ON settings FOR UPDATE USING (vig_may_write_setting(key))
    WITH CHECK (vig_may_write_setting(key));
DROP POLICY IF EXISTS members_remove ON settings;
CREATE POLICY members_remove ON settings FOR DELETE USING (vig_may_write_setting(key));
"""

PART_POLICIES = """
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS coders_read ON {t};
CREATE POLICY coders_read ON {t} FOR SELECT USING (vig_may_read_session(session_id));
DROP POLICY IF EXISTS coders_write ON {t};
CREATE POLICY coders_write ON {t} FOR INSERT WITH CHECK (vig_may_write_session(session_id));
DROP POLICY IF EXISTS coders_change ON {t};
CREATE POLICY coders_change ON {t} FOR UPDATE USING (vig_may_write_session(session_id))
    WITH CHECK (vig_may_write_session(session_id));
DROP POLICY IF EXISTS coders_remove ON {t};
CREATE POLICY coders_remove ON {t} FOR DELETE USING (vig_may_write_session(session_id));
"""


def statements() -> list[str]:
    """The rules' functions, triggers and policies, after :func:`pg_safeguards.statements` (which they use)."""
    from vig_annotator.store.pg_schema import split

    return split(FUNCTIONS + POLICIES + "".join(PART_POLICIES.format(t=t) for t in SESSION_PARTS))


def grant_statements(schema: str, db_user: str, trainer: bool) -> list[sql.Composed]:
    """What one member may do: everything of the schema revoked, then exactly their role's privileges."""
    role, space = sql.Identifier(db_user), sql.Identifier(schema)
    out = [sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(space, role),
           sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(space, role),
           sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} REVOKE ALL ON TABLES FROM {}").format(space, role),
           sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} REVOKE ALL ON SEQUENCES FROM {}").format(space, role),
           sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(space, role),
           sql.SQL("GRANT USAGE ON SEQUENCE {}.id_blocks TO {}").format(space, role)]
    for what, tables in GRANTS["everyone"] + (GRANTS["trainer"] if trainer else []):
        names = sql.SQL(", ").join(sql.SQL("{}.{}").format(space, sql.Identifier(t)) for t in tables)
        out.append(sql.SQL("GRANT {} ON {} TO {}").format(sql.SQL(what), names, role))  # what: fixed words above
    return out


def regrant_all(conn: psycopg.Connection[Any], schema: str) -> None:
    """Give every member exactly their role's privileges again (after the rules changed: an upgrade)."""
    for db_user, trainer in conn.execute("SELECT db_user, trainer FROM members").fetchall():
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (db_user,)).fetchone() is not None:
            for statement in grant_statements(schema, str(db_user), bool(trainer)):
                conn.execute(statement)


def is_owner(conn: psycopg.Connection[Any], schema: str) -> bool:
    """Whether the logged-in database user owns the project's schema (or is a superuser)."""
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner "
                       "WHERE n.nspname = %s AND r.rolname = session_user) OR EXISTS (SELECT 1 FROM pg_roles "
                       "WHERE rolname = session_user AND rolsuper)", (schema,)).fetchone()
    return bool(row and row[0])


def add_member(url: str, db_user: str, coder_id: int | None, trainer: bool = False) -> None:
    """Let a database user work on the project as one coder (or as a trainer); only the project's owner may."""
    where = parse(url)
    with connect(where) as conn:
        owner = conn.execute("SELECT r.rolname, session_user FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner "
                             "WHERE n.nspname = %s", (where.schema,)).fetchone()
        if owner is None:
            raise ServerRefusedError(f"{where}: the database holds no project {where.name!r}; nothing was changed")
        if not is_owner(conn, where.schema):
            raise ServerRefusedError(f"{where}: only the project's owner ({owner[0]}) can add or change members; "
                                     f"{owner[1]} is not, and nothing was changed")
        try:
            with conn.transaction():
                for statement in grant_statements(where.schema, db_user, trainer):
                    conn.execute(statement)
                conn.execute("INSERT INTO members (db_user, coder_id, trainer) VALUES (%s, %s, %s) "
                             "ON CONFLICT (db_user) DO UPDATE SET coder_id = excluded.coder_id, "
                             "trainer = excluded.trainer", (db_user, coder_id, trainer))
        except psycopg.OperationalError:
            raise
        except psycopg.Error as exc:
            raise ServerRefusedError(f"{where}: {db_user} could not be made a member ({first_line(exc)}); "
                                     "nothing was changed") from None
