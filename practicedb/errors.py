"""The one base class of practicedb's errors.

Every error the library raises for something a person can fix (a file that cannot be
read, a name that matches nothing, a database that is locked) is a ``PracticedbError``
whose message is plain words naming the file or field and the cause. Front ends catch
this one class and show the message; anything else is a bug.
"""

from __future__ import annotations


class PracticedbError(Exception):
    """An error whose message is written for the person who ran the command."""
