"""One edit path: no SQL that writes outside the storage module and the evaluation's edit modules.

Bulk writers (merge, upgrade, import) go through kompassapp.edits, where the change log and
the authorship rules live; a statement that writes anywhere else would bypass them.
"""

import ast
import re
from pathlib import Path

from conftest import ROOT

WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b")
# The file format itself, the write path, and the Evaluation parts whose edit methods use it.
ALLOWED = {"storage.py", "schema.py", "edits.py", "answers.py", "registers.py", "notes.py", "analyses.py"}


def writing_sql(path: Path) -> list[str]:
    """Lines of string literals (f-string parts included, docstrings not) that hold a writing SQL keyword."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    hits = [node for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and WRITES.search(node.value)]
    return [f"{path}:{node.lineno}: {node.value.strip()[:60]}" for node in sorted(hits, key=lambda n: n.lineno)]


def test_the_finder_sees_sql_in_plain_and_f_strings(tmp_path):
    sample = tmp_path / "writer.py"
    sample.write_text('"""UPDATE in a docstring is prose."""\n'
                      'def f(conn, table):\n'
                      '    conn.execute(f"UPDATE {table} SET x = 1")\n'
                      '    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", ("a", "b"))\n'
                      '    return "update me, delete that"\n', encoding="utf-8")
    assert [line.split(": ", 1)[0] for line in writing_sql(sample)] == [f"{sample}:3", f"{sample}:4"]


def test_no_sql_writes_outside_the_edit_path():
    found = [hit for path in sorted((ROOT / "kompassapp").rglob("*.py"))
             if not (path.parent.name == "kompassapp" and path.name in ALLOWED)
             for hit in writing_sql(path)]
    assert found == [], "SQL that writes outside kompassapp/edits.py:\n" + "\n".join(found)
