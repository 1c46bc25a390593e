"""The garbage collector held off while a cohort is read, and back on after the last reader."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from mentordesk.core import collector
from mentordesk.core.collector import collector_paused, settle_start_up


def test_two_readers_at_once_turn_the_collector_back_on_after_the_last() -> None:
    assert gc.isenabled()
    first_in, first_may_go = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first_reader() -> None:
        with collector_paused():
            first_in.set()
            first_may_go.wait(10)
            seen.append(gc.isenabled())

    worker = threading.Thread(target=first_reader)
    worker.start()
    assert first_in.wait(10)
    with collector_paused():  # the window reads another cohort meanwhile
        assert not gc.isenabled()
    assert not gc.isenabled()  # the first reader is still at work
    first_may_go.set()
    worker.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_while_reading_still_turns_the_collector_back_on() -> None:
    try:
        with collector_paused():
            raise ValueError("the file went away")
    except ValueError:
        pass
    assert gc.isenabled()


@pytest.fixture
def unsettled(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A program that has not settled yet; the test process's collector as it was after."""
    monkeypatch.setattr(collector, "_settled", False)
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_the_loaded_program_leaves_the_collector_and_a_cohort_s_cycles_stay_collectable(
    unsettled: None,
) -> None:
    gc.collect()
    settle_start_up()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[2] == collector.MIDDLE_COLLECTIONS_PER_FULL

    class Pair:
        partner: Pair | None = None

    gone = []
    for _read in range(3):  # a cohort read, replaced by the next one, leaves cycles behind
        mentor, mentee = Pair(), Pair()
        mentor.partner, mentee.partner = mentee, mentor
        gone.append(weakref.ref(mentor))
        del mentor, mentee
    frozen = gc.get_freeze_count()
    settle_start_up()  # a second window settles nothing more
    assert gc.get_freeze_count() == frozen
    gc.collect()
    assert [ref() for ref in gone] == [None, None, None]
