"""Live team projects: what one window commits reaches another within a second, and survives a dropped link."""

from __future__ import annotations

import select
import time
from dataclasses import replace

import pytest
from builders import build

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.schemes import builtin
from vig_annotator.store.live import LiveFeed
from vig_annotator.store.opening import create_project, open_project

_names = iter(range(1, 10_000))


@pytest.fixture
def coder_and_trainer(pg_cluster):
    url = pg_cluster.url(f"live{next(_names)}")
    scheme = builtin("demo")
    coder = create_project(url)
    build(coder, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
                 Put(Session(1, 1, 1, scheme.id, scheme.version))])
    trainer = open_project(url)
    feed = LiveFeed(trainer)
    yield coder, trainer, feed
    feed.close()
    coder.close()
    trainer.close()


def wait_for_announcement(feed, seconds=5.0):
    """Block on the feed's socket as the app's event loop does, then take in what arrived."""
    taken = []
    deadline = time.monotonic() + seconds
    while not taken and time.monotonic() < deadline:
        select.select([feed.fileno()], [], [], max(0.0, deadline - time.monotonic()))
        taken = feed.poll()
    return taken


def test_another_windows_edits_appear_with_a_change_for_the_views(coder_and_trainer):
    coder, trainer, feed = coder_and_trainer
    heard = []
    trainer.subscribe(heard.append)
    seg = Segment(coder.next_id("segment"), 1, "touch", 0, 400)
    coder.run(commands.add_segment(seg))
    assert wait_for_announcement(feed)
    assert trainer.segment(seg.id) == seg
    assert heard and heard[-1].session_ids == {1} and ("segment", seg.id) in heard[-1].keys
    coder.run(commands.change_segment(seg, replace(seg, note="seen"), "Edit note"))
    assert wait_for_announcement(feed)
    assert trainer.segment(seg.id).note == "seen"
    coder.run(commands.delete_segments([replace(seg, note="seen")]))
    assert wait_for_announcement(feed)
    assert seg.id not in trainer.entities["segment"]


def test_a_new_session_and_an_edit_after_it_arrive(coder_and_trainer):
    coder, trainer, feed = coder_and_trainer
    scheme = builtin("demo")
    session = Session(coder.next_id("session"), 1, 1, scheme.id, scheme.version)
    coder.run(commands.edit("Start session", [(None, session)]))
    assert wait_for_announcement(feed)
    assert trainer.session(session.id) == session
    # the trainer, now up to date, can edit the new session without a conflict
    trainer.run(commands.edit("Notes", [(session, replace(session, notes="well done"))]))
    assert open_project(coder.path, read_only=True).session(session.id).notes == "well done"


def test_a_dropped_listening_connection_comes_back_and_misses_nothing(coder_and_trainer, pg_cluster):
    coder, trainer, feed = coder_and_trainer
    import psycopg

    with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True) as admin:  # the network drops the feed's link
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = %s",
                      (feed.conn.info.backend_pid,))
    seg = Segment(coder.next_id("segment"), 1, "touch", 1000, 1400)
    coder.run(commands.add_segment(seg))  # announced while the feed is not listening
    deadline = time.monotonic() + 5
    while seg.id not in trainer.entities["segment"] and time.monotonic() < deadline:
        feed.poll()
        time.sleep(0.05)
    assert trainer.segment(seg.id) == seg and feed.connected


def test_ratings_and_moments_arrive_too(coder_and_trainer):
    from vig_annotator.core.model import Moment, Rating

    coder, trainer, feed = coder_and_trainer
    item = builtin("demo").rated_items[0]
    rating = Rating(1, item.id, item.allowed[0])
    moment = Moment(coder.next_id("moment"), 1, 1000, 3000, caption="I see you")
    coder.run(commands.edit("Rate and mark", [(None, rating), (None, moment)]))
    taken = []
    while len(taken) < 2:
        got = wait_for_announcement(feed)
        assert got
        taken += got
    assert trainer.ratings(1) == {item.id: rating} and trainer.moment(moment.id) == moment


def test_while_the_server_is_away_the_feed_waits_before_trying_again_and_then_catches_up(coder_and_trainer,
                                                                                         pg_cluster):
    coder, trainer, feed = coder_and_trainer
    pg_cluster.stop("immediate")
    try:
        for _ in range(5):  # the link is found dead, then a reconnect fails: the next attempt is spaced out
            assert feed.poll() == []
            if feed._retry_at:
                break
        waited_until = feed._retry_at
        assert waited_until > time.monotonic()
        assert feed.poll() == [] and feed._retry_at == waited_until  # no new attempt before then
    finally:
        pg_cluster.start()
    feed._retry_at = 0.0  # as if the wait were over
    seg = Segment(coder.next_id("segment"), 1, "touch", 2000, 2400)
    coder.run(commands.add_segment(seg))
    assert feed.poll() is not None and feed.connected
    deadline = time.monotonic() + 5
    while seg.id not in trainer.entities["segment"] and time.monotonic() < deadline:
        feed.poll()
        time.sleep(0.05)
    assert trainer.segment(seg.id) == seg
