"""Structured logs: one JSON object a line, for the log collector of a deployment."""

from collections.abc import Mapping

from pythonjsonlogger.json import JsonFormatter

FORMAT = "{asctime}{levelname}{name}{message}"
RENAMED = {"asctime": "time", "levelname": "level", "name": "logger"}


class LogFormatter(JsonFormatter):
    def __init__(self, *args, **kwargs):
        super().__init__(FORMAT, *args, style="{", rename_fields=RENAMED, **kwargs)


class AccessLogFormatter(LogFormatter):
    """Gunicorn's access lines, each atom a field of its own (its message is only a summary)."""

    ATOMS = {
        "client": "{x-real-ip}i",
        "method": "m",
        "path": "U",
        "status": "s",
        "bytes": "B",
        "duration_ms": "M",
        "user_agent": "a",
    }

    NUMBERS = {"status", "bytes", "duration_ms"}

    def add_fields(self, log_data, record, message_dict):
        super().add_fields(log_data, record, message_dict)
        if isinstance(record.args, Mapping):
            for field, atom in self.ATOMS.items():
                value = record.args[atom]
                log_data[field] = int(value) if field in self.NUMBERS and str(value).isdigit() else value
