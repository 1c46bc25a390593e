"""Writes agreements out: one PDF per pair and a combined one, in worker processes, atomically.

Also the in-memory PDF of a few pairs for the preview. The pages themselves are laid out
by ``agreement_pdf`` (imported when a PDF is made: ReportLab is not needed at start-up);
the data and the filled template come from ``agreements``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from sqlalchemy.orm import Session

from mentordesk.core.documents.agreement_text import FilledAgreement
from mentordesk.core.documents.agreements import (
    AgreementData,
    agreement_data,
    filled_agreements,
    pairing_agreement_data,
    slug,
)
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.private_files import (
    commit_partial,
    partial_path,
    private_folder,
    remove_stale_partials,
)
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.progress import Progress, no_progress

# --- export ----------------------------------------------------------------------------

#: Below this many pairs, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24


def usable_cores() -> int:
    """How many cores this process may run on (its affinity mask, not the machine's count)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _start_worker() -> None:
    """Load ReportLab and the fonts while the first batches are being handed out."""
    from mentordesk.core.documents import agreement_pdf

    agreement_pdf.register_fonts()


@dataclass(frozen=True)
class AgreementExport:
    files: list[Path]  # one per pair, in the order printed
    combined: Path | None  # all of them, for printing (None for a cohort without pairs)
    pages: int

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

    The pair PDFs are built in worker processes while this process builds the combined
    one; every file is owner-only, first written beside its final name and renamed into
    place only when all of them are complete, so a cancel or a failure leaves the old files as they were.
    """
    items, combined_name = agreement_snapshot(session, cohort_id)
    return export_agreement_data(items, Path(out_dir), combined_name, progress, workers=workers)


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
) -> AgreementExport:
    """``export_agreements`` from a snapshot already taken (no database needed)."""
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
    workers = workers if workers is not None else usable_cores()
    parallel = workers > 1 and len(items) >= PARALLEL_THRESHOLD
    try:
        # Created owner-only before ReportLab opens them: agreements name the pairs.
        temps.extend(partial_path(p) for p in [*finals, combined])
        pages: int | None = None
        if parallel:
            try:
                pages = _build_in_processes(filled, temps, progress, workers)
            except BrokenProcessPool:
                # Worker processes cannot start here (a locked-down or frozen environment):
                # the same work in this process is slower but just as correct.
                pages = None
        if pages is None:
            pages = _build_here(filled, temps, progress)
        progress.step(total, total, "Saving…")
        # Every file is complete: only now replace the old ones.
        for tmp, final in zip(temps, [*finals, combined], strict=True):
            commit_partial(tmp, final)
    except OSError as exc:
        _remove(temps)
        raise MentorDeskError(f"Cannot write the agreements to {out_dir}: {exc.strerror}") from exc
    except BaseException:  # Cancelled included: the old files stay as they were
        _remove(temps)
        raise
    return AgreementExport(files=finals, combined=combined, pages=pages)


def _build_here(filled: list[FilledAgreement], temps: list[Path], progress: Progress) -> int:
    """Every pair file, then the combined file, in this process; returns the combined pages."""
    # ReportLab loads only when a PDF is made, never at start-up.
    from mentordesk.core.documents import agreement_pdf

    total = 2 * len(filled)
    for i, (one, tmp) in enumerate(zip(filled, temps, strict=False)):
        progress.step(i, total, f"Writing the agreement of {one.parties[1][1].name}…")
        agreement_pdf.build_agreements([one], str(tmp))

    def combined_step(n: int) -> None:
        progress.step(len(filled) + n, total, "Writing the combined file…")

    return agreement_pdf.build_agreements(filled, str(temps[-1]), combined_step)


def _build_in_processes(
    filled: list[FilledAgreement], temps: list[Path], progress: Progress, workers: int
) -> int:
    """Pair files in worker processes while this one builds the combined file."""
    # ReportLab loads only when a PDF is made, never at start-up.
    from mentordesk.core.documents import agreement_pdf

    total = 2 * len(filled)
    done = 0
    jobs = list(zip(filled, (str(t) for t in temps), strict=False))
    size = max(4, len(jobs) // (workers * 8))  # small batches: progress stays live
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    # This process builds the combined file while `workers` processes build the pair
    # files, which cost about twice as much (each file embeds its own font subsets), so
    # the load spreads over every core. spawn, not fork: the GUI process has threads.
    with ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=_start_worker
    ) as pool:
        futures: dict[Future[int], int] = {
            pool.submit(agreement_pdf.build_agreement_files, b): len(b) for b in batches
        }

        def finished(fut: Future[int]) -> None:
            nonlocal done
            fut.result()
            done += futures.pop(fut)

        def combined_step(n: int) -> None:
            progress.check()
            # Collect finished worker batches while the combined file grows.
            for fut in [f for f in futures if f.done()]:
                finished(fut)
            progress.step(done + n, total, "Writing agreements…")

        try:
            pages = agreement_pdf.build_agreements(filled, str(temps[-1]), combined_step)
            done += len(filled)
            while futures:
                ready, _ = wait(list(futures), timeout=0.2, return_when=FIRST_COMPLETED)
                for fut in ready:
                    finished(fut)
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


def agreement_preview(session: Session, pairing_ids: list[int]) -> bytes:
    """The agreements of these pairs as one PDF in memory, for the preview and printing."""
    # ReportLab loads only when a PDF is made, never at start-up.
    from mentordesk.core.documents import agreement_pdf

    if not pairing_ids:
        raise ValidationError("Choose at least one pair to preview", "pairing_ids")
    data = [pairing_agreement_data(session, pid) for pid in pairing_ids]
    return agreement_pdf.agreement_pdf_bytes(filled_agreements(data))
