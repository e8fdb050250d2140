"""Hearth's translations: gather strings (lupdate), fill and check them, compile them (lrelease).

Usage (from the checkout's root, with the project's venv):
  python packaging/translations.py update          # code -> resources/translations/*.ts
  python packaging/translations.py compile         # *.ts -> *.qm (install and bundle time)
  python packaging/translations.py pseudo          # the en_XA pseudo-locale from the sources
  python packaging/translations.py export fa F     # what fa needs, as JSON, for a translator
  python packaging/translations.py import fa F     # a translator's JSON back into the .ts
  python packaging/translations.py check           # every string translated, placeholders kept

The .ts XML is read and written with ElementTree: Qt's own tools do gathering and compiling,
but nothing in Qt or on PyPI fills a .ts from a table, checks placeholders or makes a
pseudo-locale for Python sources.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The checkout's own package: its languages (desktop/ui/i18n.py) and English's plural rule.
sys.path.insert(0, str(ROOT))
from desktop.core.plurals import english_forms  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "desktop"
PSEUDO = "en_XA"
ENGLISH = "en"  # plurals only: the sources are English
# How many plural forms each language has in Qt (what lrelease expects, in its order).
PLURAL_FORMS = {"fa": 1, "zh_CN": 1, "ja": 1, "tr": 1, "ru": 3, "ar": 6}
KEY_SEPARATOR = "\u0004"  # context, source text and disambiguation, as one JSON key
# What must come through a translation unchanged: {name} fields, %n and %1, tags, entities.
PLACEHOLDER = re.compile(
    r"\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%L?\d|%[vmp]|</?[A-Za-z][^<>]*>|&[a-z]+;"
)
COUNT = re.compile(r"%L?n")  # a text with the count in it is a plural


def codes() -> list[str]:
    """The languages translators fill (English, the sources' language, is not one)."""
    from desktop.ui.i18n import LANGUAGES, SOURCE

    return [language.code for language in LANGUAGES if language.code != SOURCE]


def ts_path(code: str) -> Path:
    return FOLDER / f"hearth_{code}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into this Python's environment")
    return found


def update() -> None:
    """Gather every tr()/translate() string into each language's .ts, keeping translations.

    lupdate writes a template; the merge is ours: lupdate records a plural only for self.tr
    with a count, not for QCoreApplication.translate(..., n), so every text with %n is made
    a plural here, with the number of forms the language has."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        template = Path(scratch) / "template.ts"
        subprocess.run(
            # Files, not the folder: lupdate does not look for .py files in folders.
            [_tool("pyside6-lupdate"), *map(str, sorted(SOURCES.rglob("*.py"))), "-locations",
             "none", "-no-obsolete", "-silent", "-ts", str(template)],
            check=True,
        )  # fmt: skip
        for code in [*codes(), PSEUDO, ENGLISH]:
            _merge(ET.parse(template).getroot(), code)
    pseudo()
    english_plurals()


def _merge(root: ET.Element, code: str) -> None:
    """The template's strings with the translations the language's .ts already has."""
    path = ts_path(code)
    known = {}
    if path.exists():
        known = {_key(c, m): m.find("translation") for c, m in _messages(_load(path))}
    root.set("language", code)
    forms = PLURAL_FORMS.get(code, 2)
    for context, message in _messages(root):
        plural = bool(COUNT.search(message.findtext("source") or ""))
        old = known.get(_key(context, message))
        for stale in message.findall("translation"):
            message.remove(stale)
        if plural:
            message.set("numerus", "yes")
        else:
            message.attrib.pop("numerus", None)
        was_plural = old is not None and bool(old.findall("numerusform"))
        if old is not None and was_plural == plural:
            message.append(old)
            continue
        translation = ET.SubElement(message, "translation", type="unfinished")
        for _ in range(forms if plural else 0):
            ET.SubElement(translation, "numerusform")
    _write(root, path)


def english_plurals() -> None:
    """English needs a .qm too, for its plurals only: "%n file(s)" -> "1 file", "2 files"."""
    root = _load(ts_path(ENGLISH))
    for _context, message in _messages(root):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            _set(message, list(english_forms(source)))
    _write(root, ts_path(ENGLISH))


def compile_all() -> None:
    """Every .ts into the .qm the app loads (desktop/ui/i18n.py)."""
    for ts in sorted(FOLDER.glob("hearth_*.ts")):
        subprocess.run(
            # -nounfinished: a half-done translation is not shipped; the English shows instead.
            [
                _tool("pyside6-lrelease"),
                "-silent",
                "-nounfinished",
                str(ts),
                "-qm",
                str(ts.with_suffix(".qm")),
            ],
            check=True,
        )


def _load(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    out: list[tuple[str, ET.Element]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, message) for message in context.iter("message"))
    return out


def _key(context: str, message: ET.Element) -> str:
    """Context, source and disambiguation: what makes a string one string for Qt."""
    parts = [context, message.findtext("source") or "", message.findtext("comment") or ""]
    return KEY_SEPARATOR.join(parts)


def _write(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        values = value if isinstance(value, list) else [value] * len(forms)
        for form, text in zip(forms, values, strict=False):
            form.text = text
    else:
        translation.text = value if isinstance(value, str) else value[0]


_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)


def pseudo_text(source: str) -> str:
    """Accented and about 40% longer, placeholders kept: finds English left over (no accents)
    and text cut off (the longer form does not fit)."""
    parts = PLACEHOLDER.split(source)
    kept = PLACEHOLDER.findall(source)
    out = [parts[0].translate(_ACCENTED)]
    for placeholder, part in zip(kept, parts[1:], strict=True):
        out.extend((placeholder, part.translate(_ACCENTED)))
    text = "".join(out)
    if not source.strip():
        return source
    letters = sum(ch.isalpha() for ch in source)
    return f"⟦{text}{'·' * max(1, round(letters * 0.4))}⟧"


def pseudo() -> None:
    """The en_XA file: every source text in its pseudo form."""
    path = ts_path(PSEUDO)
    if not path.exists():
        return
    tree = _load(path)
    for _context, message in _messages(tree):
        source = message.findtext("source") or ""
        _set(message, pseudo_text(source))
    _write(tree, path)


def export(code: str, out: Path) -> None:
    """What a translator fills: key -> {source, comment, forms, translation}."""
    tree = _load(ts_path(code))
    table = {}
    for context, message in _messages(tree):
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        done = translation is not None and translation.get("type") != "unfinished"
        current: str | list[str] = (
            [form.text or "" for form in forms]
            if message.get("numerus") == "yes"
            else (translation.text or "" if translation is not None else "")
        )
        table[_key(context, message)] = {
            "context": context,
            "source": message.findtext("source"),
            "comment": message.findtext("comment") or "",
            "plural_forms": len(forms) if message.get("numerus") == "yes" else 0,
            "translation": current if done else None,
        }
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1), "utf-8")


def import_(code: str, table_path: Path) -> None:
    """A translator's table (key -> text, or a list of plural forms) into the .ts."""
    table = json.loads(table_path.read_text("utf-8"))
    path = ts_path(code)
    tree = _load(path)
    for context, message in _messages(tree):
        value = table.get(_key(context, message))
        if isinstance(value, dict):
            value = value.get("translation")
        if value:
            _set(message, value)
    _write(tree, path)


def problems(code: str) -> list[str]:
    """Sentences for each string left untranslated or with its placeholders changed."""
    if not ts_path(code).exists():
        return [f"{code}: there is no {ts_path(code).name}; run update first"]
    found = []
    tree = _load(ts_path(code))
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{code} {context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            found.append(f"{where} is not translated")
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if message.get("numerus") == "yes" else [
            translation.text or ""
        ]  # fmt: skip
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
        for text in texts:
            if source.strip() and not text.strip():
                found.append(f"{where} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(text)) - {"%n", "%Ln"}) != wanted:
                found.append(f"{where} changes its placeholders: {text!r}")
    return found


def _marked_in_code() -> dict[str, str]:
    """Every literal text the code passes to tr() or translate(), with where it is."""
    found = {}
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(
                node.func, ast.Attribute | ast.Name
            ):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found[text.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def missing_from_ts() -> list[str]:
    """Texts marked in the code that lupdate did not gather (it drops a call whose count is
    itself a call, e.g. len(items)): each would stay English."""
    gathered = {m.findtext("source") for _c, m in _messages(_load(ts_path(PSEUDO)))}
    return [
        f"{where}: {text!r} is marked but not in the .ts (pass the count as a plain name)"
        for text, where in _marked_in_code().items()
        if text not in gathered
    ]


def main(argv: list[str]) -> int:
    command, *rest = argv or ["help"]
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "pseudo":
        pseudo()
    elif command == "export":
        export(rest[0], Path(rest[1]))
    elif command == "import":
        import_(rest[0], Path(rest[1]))
    elif command == "check":
        found = missing_from_ts() + [line for code in (rest or codes()) for line in problems(code)]
        sys.stdout.write("\n".join(found or ["every string translated"]) + "\n")
        return 1 if found else 0
    else:
        sys.stdout.write(__doc__ or "")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
