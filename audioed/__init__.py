"""audioed: turn a written article into a podcast-ready audio edition."""

__version__ = "0.1.0"
