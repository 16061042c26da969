"""`audioed status`: what follow's state in a directory says (done, queued, failed), and for
queued items what the broker says of them."""

from __future__ import annotations

from pathlib import Path

from audioed.errors import InputError
from audioed.pipeline.state import State


def status(directory: str | Path, queue: str | None = None) -> dict:
    """What the follow state of DIR says: items by status, failures with their errors, and
    for queued items the task state from the broker's result store (queued, running, ...)."""
    from audioed.pipeline.state import STATE_FILE

    directory = Path(directory)
    if not (directory / STATE_FILE).is_file():
        raise InputError(f"{directory}: no follow state here (run `audioed follow SOURCE -o {directory}` first)")
    with State(directory) as state:
        items = state.items()
    out = {"directory": str(directory), "counts": {}, "failed": [], "queued": []}
    for it in items:
        out["counts"][it.status] = out["counts"].get(it.status, 0) + 1
        if it.status == "failed":
            out["failed"].append({"key": it.key, "url": it.url, "error": it.error, "attempts": it.attempts})
        elif it.status == "queued":
            out["queued"].append({"key": it.key, "url": it.url, "task": it.task_id, "state": None})
    if queue and out["queued"]:
        from audioed.pipeline.worker import Submitter

        states = Submitter(queue).states([q["task"] for q in out["queued"]])
        for q in out["queued"]:
            q["state"] = states.get(q["task"])
    return out


def format_status(report: dict) -> str:
    c = report["counts"]
    lines = [f"{report['directory']}: " + ", ".join(f"{c.get(k, 0)} {k}" for k in ("done", "queued", "failed"))
             + (f", {c['new']} seen, not yet rendered" if c.get("new") else "")]
    names = {"PENDING": "queued", "STARTED": "running", "SUCCESS": "done (not yet recorded)",
             "FAILURE": "failed", "RETRY": "retrying"}
    for q in report["queued"]:
        lines.append(f"  queued: {q['url'] or q['key']}" + (f" ({names.get(q['state'], q['state'])})"
                                                             if q["state"] else ""))
    for f in report["failed"]:
        lines.append(f"  failed: {f['url'] or f['key']}: {f['error']} (attempts: {f['attempts']})")
    return "\n".join(lines)
