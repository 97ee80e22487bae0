"""Who may read and write what in a team project: blind coding enforced by the server itself.

Each coder connects as their own database user, named in the project's ``members`` table with the
coder they are (or as a trainer). Row-level security policies then hold on every query, whatever
program sends it: a coder reads other coders' sessions of a clip only while no session of that clip
is marked blind (nor the audit entries of edits to them), and writes only their own sessions; a
trainer reads and writes everything and is the only one who can clear a blind flag. (A per-connection
setting naming the coder would not do: any client can set it to anyone.) The policies' functions run
as the project's owner, so they ask for ``session_user`` (who logged in), not ``current_user``. The
database user who made the project owns its tables and is not bound by the policies: that is the
lab's administrator.
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from vig_annotator.store.errors import ServerRefusedError
from vig_annotator.store.pg_server import connect
from vig_annotator.store.urls import parse

SESSION_PARTS = ("segments", "ratings", "moments")

POLICIES = """
CREATE OR REPLACE FUNCTION vig_is_trainer() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT EXISTS (SELECT 1 FROM members WHERE db_user = session_user AND trainer) $$;
CREATE OR REPLACE FUNCTION vig_my_coder() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT coder_id FROM members WHERE db_user = session_user $$;
CREATE OR REPLACE FUNCTION vig_may_read_session(session bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT vig_is_trainer() OR EXISTS (
         SELECT 1 FROM sessions s WHERE s.id = session AND (s.coder_id = vig_my_coder()
             OR NOT EXISTS (SELECT 1 FROM sessions b WHERE b.clip_id = s.clip_id AND b.blind <> 0))) $$;
CREATE OR REPLACE FUNCTION vig_may_write_session(session bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT vig_is_trainer() OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = session
                                          AND s.coder_id = vig_my_coder()) $$;
CREATE OR REPLACE FUNCTION vig_blind_is_for_trainers() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ BEGIN
         IF NEW.blind <> OLD.blind AND NOT vig_is_trainer()
            AND session_user <> (SELECT tableowner FROM pg_tables WHERE tablename = 'sessions'
                                 AND schemaname = current_schema()) THEN
           RAISE EXCEPTION 'only a trainer can mark a session blind or unblind it';
         END IF;
         RETURN NEW;
       END $$;
DROP TRIGGER IF EXISTS sessions_blind_for_trainers ON sessions;
CREATE TRIGGER sessions_blind_for_trainers BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION vig_blind_is_for_trainers();
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS coders_read ON sessions;
CREATE POLICY coders_read ON sessions FOR SELECT USING (vig_may_read_session(id));
DROP POLICY IF EXISTS coders_write ON sessions;
CREATE POLICY coders_write ON sessions FOR INSERT WITH CHECK (vig_is_trainer() OR coder_id = vig_my_coder());
DROP POLICY IF EXISTS coders_change ON sessions;
CREATE POLICY coders_change ON sessions FOR UPDATE USING (vig_may_write_session(id))
    WITH CHECK (vig_is_trainer() OR coder_id = vig_my_coder());
DROP POLICY IF EXISTS coders_remove ON sessions;
CREATE POLICY coders_remove ON sessions FOR DELETE USING (vig_may_write_session(id));
"""

AUDIT_POLICIES = """
CREATE OR REPLACE FUNCTION vig_may_read_sessions(sessions jsonb) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(sessions) e
                          WHERE NOT vig_may_read_session(e::bigint)) $$;
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS members_read ON audit;
CREATE POLICY members_read ON audit FOR SELECT
    USING (db_user = session_user OR vig_is_trainer() OR vig_may_read_sessions(sessions));
DROP POLICY IF EXISTS members_write ON audit;
CREATE POLICY members_write ON audit FOR INSERT WITH CHECK (db_user = session_user);
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
    """The functions, trigger and policies that make blind coding hold in the project's schema."""
    from vig_annotator.store.pg_schema import split

    script = POLICIES + AUDIT_POLICIES + "".join(PART_POLICIES.format(t=t) for t in SESSION_PARTS)
    return split(script)


def add_member(url: str, db_user: str, coder_id: int | None, trainer: bool = False) -> None:
    """Let a database user work on the project as one coder (or as a trainer); run by the project's owner."""
    where = parse(url)
    try:
        with connect(where) as conn, conn.transaction():
            role = sql.Identifier(db_user)
            schema = sql.Identifier(where.schema)
            conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, role))
            conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}")
                         .format(schema, role))
            conn.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(schema, role))
            # tables a later version adds (an upgrade) are open to members too
            conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT, INSERT, UPDATE, DELETE "
                                 "ON TABLES TO {}").format(schema, role))
            conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT USAGE, SELECT ON SEQUENCES TO {}")
                         .format(schema, role))
            conn.execute("INSERT INTO members (db_user, coder_id, trainer) VALUES (%s, %s, %s) ON CONFLICT (db_user) "
                         "DO UPDATE SET coder_id = excluded.coder_id, trainer = excluded.trainer",
                         (db_user, coder_id, trainer))
    except psycopg.OperationalError:
        raise
    except psycopg.Error as exc:
        raise ServerRefusedError(f"{where}: {db_user} could not be made a member ({str(exc).splitlines()[0]}); "
                                 "nothing was changed") from None
