"""One exception tree. Stages raise these; only the CLI turns them into `error: ...` lines."""


class AudioedError(Exception):
    """Base of every error a user can act on. The message is one line, said to the user."""


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
    """Something went wrong that costs time or quality but not the result; the CLI prints one
    `warning: ...` line for it."""
