"""Another program holding the history: takes SQLite's write lock and keeps it until told.

Run as `python tests/db_locker.py DB`. Prints "locked" once BEGIN IMMEDIATE holds the
write lock, then waits for a line on stdin, commits and exits (or holds it until killed).
"""

from __future__ import annotations

import sqlite3
import sys

conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
sys.stdout.write("locked\n")
sys.stdout.flush()
sys.stdin.readline()
conn.execute("COMMIT")
conn.close()
