"""Writes agreements out: one PDF per pair and a combined one, on every core, atomically.

Also the in-memory PDF of a few pairs for the preview. The pages themselves are laid out
by ``agreement_pdf`` (imported when a PDF is made: ReportLab is not needed at start-up);
the data and the filled template come from ``agreements``.
"""

from __future__ import annotations

import io
import os
from collections import deque
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from types import TracebackType

from sqlalchemy.orm import Session

from mentordesk.core.documents.agreement_text import FilledAgreement
from mentordesk.core.documents.agreements import (
    AgreementData,
    active_pair_count,
    agreement_data,
    filled_agreements,
    pairing_agreement_data,
    slug,
)
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.private_files import (
    SyncBehind,
    commit_synced,
    partial_path,
    private_folder,
    remove_stale_partials,
)
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.progress import Progress, no_progress

# --- export ----------------------------------------------------------------------------

#: Below this many pairs, starting a worker process costs more than it saves.
PARALLEL_THRESHOLD = 24


def usable_cores() -> int:
    """How many cores this process may run on (its affinity mask, not the machine's count)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class AgreementHelpers:
    """The helper processes of one export, started before its snapshot is read.

    A helper takes about 0.4 s to start: a new interpreter that loads ReportLab and the
    fonts. Started first, it gets ready while this process reads the snapshot and fills
    the template in; started after them, half a second of the export would run on one
    core. A context manager: leaving it stops the helpers, and batches not started yet
    never start. ``pairs`` is how many agreements the caller expects. Below
    ``PARALLEL_THRESHOLD`` no helper starts unless the snapshot turns out bigger.
    """

    def __init__(self, pairs: int, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else usable_cores()
        self._pool: ProcessPoolExecutor | None = None
        self._failed = False
        if self.wanted(pairs):
            self.pool()

    def wanted(self, pairs: int) -> bool:
        return self.workers > 1 and pairs >= PARALLEL_THRESHOLD

    def pool(self) -> ProcessPoolExecutor | None:
        """The helpers, started now if they are not yet; None where they cannot start."""
        if self._pool is None and not self._failed:
            # ReportLab loads only when a PDF is made, never at start-up.
            from mentordesk.core.documents import agreement_pdf

            # spawn, not fork: the GUI process has threads. The helpers import only the
            # layout, the fonts and ReportLab (agreement_pdf), never the database layer.
            pool = ProcessPoolExecutor(
                self.workers - 1,
                mp_context=get_context("spawn"),
                initializer=agreement_pdf.start_worker,
            )
            try:
                # A pool starts a process per task submitted while none is idle: one
                # task each starts them all now, not when the first batch is handed out.
                for _ in range(self.workers - 1):
                    pool.submit(int)
            except (BrokenProcessPool, OSError):
                # Processes cannot start here (a locked-down or frozen environment).
                pool.shutdown(wait=False, cancel_futures=True)
                self._failed = True
                return None
            self._pool = pool
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> AgreementHelpers:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()


@dataclass(frozen=True)
class AgreementExport:
    files: list[Path]  # one per pair, in the order printed
    combined: Path | None  # all of them, for printing (None for a cohort without pairs)
    pages: int
    processes: int = 1  # how many processes wrote them (1 where helpers could not start)

    @property
    def all_files(self) -> list[Path]:
        return [*self.files, *([self.combined] if self.combined else [])]


def export_agreements(
    session: Session,
    cohort_id: int,
    out_dir: str | os.PathLike[str],
    progress: Progress | None = None,
    *,
    workers: int | None = None,
) -> AgreementExport:
    """One PDF per active pair and one combined PDF in ``out_dir``; all or nothing replaced.

    ``workers`` processes share the work (this one included; default: one per usable
    core). Every file is owner-only, first written beside its final name and renamed
    into place only when all of them are complete, so a cancel or a failure leaves the
    old files as they were.
    """
    with AgreementHelpers(active_pair_count(session, cohort_id), workers) as helpers:
        items, combined_name = agreement_snapshot(session, cohort_id)
        return export_agreement_data(items, Path(out_dir), combined_name, progress, helpers=helpers)


def agreement_snapshot(session: Session, cohort_id: int) -> tuple[list[AgreementData], str]:
    """Everything the cohort's agreements print, as plain values, and the combined file's name.

    One short read: the GUI and the command line take it, close the session, and only then
    lay the pages out (``export_agreement_data``), so no transaction stays open for minutes.
    """
    cohort = get_cohort(session, cohort_id)
    combined_name = f"agreements-{slug(cohort.program.name)}-{slug(cohort.name)}.pdf"
    return agreement_data(session, cohort_id), combined_name


def export_agreement_data(
    items: list[AgreementData],
    out_dir: Path,
    combined_name: str,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
    helpers: AgreementHelpers | None = None,
) -> AgreementExport:
    """``export_agreements`` from a snapshot already taken (no database needed).

    ``helpers``, started by the caller before it read the snapshot, share the work (and
    stay the caller's to close); without them, ``workers`` processes do, as in
    ``export_agreements``.
    """
    if helpers is None:
        with AgreementHelpers(len(items), workers) as own:
            return export_agreement_data(items, out_dir, combined_name, progress, helpers=own)
    progress = progress or no_progress()
    private_folder(out_dir)
    remove_stale_partials(out_dir)
    if not items:
        return AgreementExport(files=[], combined=None, pages=0)
    filled = filled_agreements(items)  # template errors show up before any work starts
    finals = [out_dir / f"{d.file_stem}.pdf" for d in items]
    combined = out_dir / combined_name
    temps: list[Path] = []
    total = 2 * len(items)
    progress.step(0, total, "Preparing agreements…")
    pool = helpers.pool() if helpers.wanted(len(items)) else None
    try:
        # Created owner-only before ReportLab opens them: agreements name the pairs.
        temps.extend(partial_path(p) for p in [*finals, combined])
        pages: int | None = None
        processes = 1
        if pool is not None:
            try:
                pages = _build_in_processes(filled, temps, progress, pool, helpers.workers)
                processes = helpers.workers
            except BrokenProcessPool:
                # Worker processes cannot start here (a locked-down or frozen environment):
                # the same work in this process is slower but just as correct.
                pages = None
        if pages is None:
            pages = _build_here(filled, temps, progress)
        progress.step(total, total, "Saving…")
        # Every file is complete and on the disk: only now replace the old ones.
        commit_synced(list(zip(temps, [*finals, combined], strict=True)))
    except OSError as exc:
        _remove(temps)
        raise MentorDeskError(f"Cannot write the agreements to {out_dir}: {exc.strerror}") from exc
    except BaseException:  # Cancelled included: the old files stay as they were
        _remove(temps)
        raise
    return AgreementExport(files=finals, combined=combined, pages=pages, processes=processes)


def _build_here(filled: list[FilledAgreement], temps: list[Path], progress: Progress) -> int:
    """Every pair file, then the combined file, in this process; returns the combined pages."""
    # ReportLab loads only when a PDF is made, never at start-up.
    from mentordesk.core.documents import agreement_pdf

    total = 2 * len(filled)
    with SyncBehind() as sync:
        for i, (one, tmp) in enumerate(zip(filled, temps, strict=False)):
            progress.step(i, total, f"Writing the agreement of {one.parties[1][1].name}…")
            agreement_pdf.build_agreements([one], str(tmp))
            sync(tmp)

        def combined_step(n: int) -> None:
            progress.step(len(filled) + n, total, "Writing the combined file…")

        pages = agreement_pdf.build_agreements(filled, str(temps[-1]), combined_step)
        sync(temps[-1])
    return pages


def _build_in_processes(
    filled: list[FilledAgreement],
    temps: list[Path],
    progress: Progress,
    pool: ProcessPoolExecutor,
    workers: int,
) -> int:
    """The combined file here, the pair files shared between here and the ``pool``'s
    ``workers - 1`` helpers.

    This process counts as one of the ``workers``: it builds the combined file (about a
    third of the work) while the others take the pair files from the front of
    the list, then builds pair files from the back until the two meet. Work handed out
    a few agreements at a time keeps every process busy to the end, whatever the other
    programs on the machine take, and only one process starts on a two-core machine.
    """
    # ReportLab loads only when a PDF is made, never at start-up.
    from mentordesk.core.documents import agreement_pdf

    total = 2 * len(filled)
    helpers = workers - 1
    todo = deque(zip(filled, (str(t) for t in temps), strict=False))
    running: dict[Future[int], int] = {}
    done = 0

    def hand_out() -> None:
        # Two batches per helper: one being built, the next already there when it ends.
        # Batches shrink towards the end so that no process is left with a long tail.
        while todo and len(running) < 2 * helpers:
            size = max(1, min(8, len(todo) // (4 * workers)))
            batch = [todo.popleft() for _ in range(min(size, len(todo)))]
            running[pool.submit(agreement_pdf.build_agreement_files, batch)] = len(batch)

    def collect() -> None:
        nonlocal done
        for fut in [f for f in running if f.done()]:
            fut.result()  # a failure in a helper fails the export
            done += running.pop(fut)

    def combined_step(n: int) -> None:
        progress.check()
        collect()
        hand_out()
        progress.step(done + n, total, "Writing agreements…")

    with SyncBehind() as sync:
        try:
            hand_out()
            pages = agreement_pdf.build_agreements(filled, str(temps[-1]), combined_step)
            sync(temps[-1])
            done += len(filled)
            while todo:
                one, path = todo.pop()
                progress.step(done, total, f"Writing the agreement of {one.parties[1][1].name}…")
                agreement_pdf.build_agreements([one], path)
                sync(path)
                done += 1
                collect()
                hand_out()
            while running:
                wait(list(running), timeout=0.2, return_when=FIRST_COMPLETED)
                collect()
                progress.step(done, total, "Writing agreements…")
        except BaseException:
            # Cancel or failure: batches not started yet never start; the few running
            # finish their files (removed by the caller) before the pool closes.
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return pages


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def preview_data(session: Session, pairing_ids: list[int]) -> list[AgreementData]:
    """The snapshot of the agreements of these pairs, for ``agreement_preview``."""
    if not pairing_ids:
        raise ValidationError("Choose at least one pair to preview", "pairing_ids")
    return [pairing_agreement_data(session, pid) for pid in pairing_ids]


def agreement_preview(items: list[AgreementData], progress: Progress | None = None) -> bytes:
    """The agreements of a snapshot as one PDF in memory, for the preview and printing.

    Laid out with no session open; ``progress`` hears of each agreement as it begins (the
    first preview also loads ReportLab and the fonts: most of a second).
    """
    # ReportLab loads only when a PDF is made, never at start-up.
    from mentordesk.core.documents import agreement_pdf

    progress = progress or no_progress()
    progress.step(0, len(items), "Laying out the agreements…")
    filled = filled_agreements(items)

    def step(done: int) -> None:
        progress.step(done, len(filled), "Laying out the agreements…")

    buffer = io.BytesIO()
    agreement_pdf.build_agreements(filled, buffer, step)
    return buffer.getvalue()
