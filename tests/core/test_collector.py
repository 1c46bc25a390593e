"""The garbage collector held off while a cohort is read, and back on after the last reader."""

from __future__ import annotations

import gc
import threading

from mentordesk.core.collector import collector_paused


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
