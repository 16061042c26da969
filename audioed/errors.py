"""One exception tree. Stages raise these; only the CLI turns them into `error: ...` lines.

Warnings that do not stop the work are AudioedWarnings, printed as `warning: ...` lines."""


class AudioedError(Exception):
    """Base of every error a user can act on. The message is one line, said to the user."""


class UsageError(AudioedError):
    """Options that cannot go together; the CLI shows it as a usage error (exit 2)."""


class InputError(AudioedError):
    """The article cannot be read: missing, unreadable, empty, or not an article."""


class CastError(AudioedError):
    """A cast file or voice setting is missing or invalid."""


class EngineError(AudioedError):
    """A speech engine failed or is not available."""


class NetworkError(EngineError):
    """An online engine could not reach its service."""


class AudioError(AudioedError):
    """Encoding, decoding or measuring audio failed (ffmpeg and friends)."""


class OutputError(AudioedError):
    """The output directory or an output file cannot be written."""


class AudioedWarning(UserWarning):
    """Something the user should know that does not stop the work. The message is one line."""


def show_warnings_as_lines() -> None:
    """Print AudioedWarnings as one `warning: ...` line on stderr (not Python's file:line form)."""
    import sys
    import threading
    import warnings

    default = warnings.showwarning
    # Worker threads warn too (a damaged cache entry): print() writes the text and the newline
    # separately, so two warnings at once could interleave into a merged line and an empty one.
    lock = threading.Lock()

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, AudioedWarning):
            out = file or sys.stderr
            with lock:
                out.write(f"warning: {message}\n")
                out.flush()
        else:
            default(message, category, filename, lineno, file, line)

    if not getattr(warnings.showwarning, "audioed", False):  # once, not wrapped again per command
        show.audioed = True
        warnings.showwarning = show
