"""Shared fixtures: the repository's sample corpus and the `newsfacts` binary
whose output the package must reproduce.

The binary is `$NEWSFACTS_BIN` (set by .ci/python, which fails when it is
missing), else `target/release/newsfacts` or `target/debug/newsfacts` in the
repository; the tests that need it are skipped when none exists and
`NEWSFACTS_BIN` is not set.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "examples" / "articles.jsonl"


def binary_path() -> Path:
    env = os.environ.get("NEWSFACTS_BIN")
    if env:
        path = Path(env)
        if not path.is_file():
            pytest.fail(f"NEWSFACTS_BIN={env}: no such file")
        return path
    for profile in ("release", "debug"):
        path = ROOT / "target" / profile / "newsfacts"
        if path.is_file():
            return path
    pytest.skip("no newsfacts binary: `cargo build --release`, or set NEWSFACTS_BIN")


@pytest.fixture(scope="session")
def binary() -> Path:
    return binary_path()


def run_binary(binary: Path, *args: str, input_path: Path = ARTICLES) -> List[str]:
    """`newsfacts run` on a file: its output lines (without line breaks)."""
    out = subprocess.run(
        [str(binary), "run", "--quiet", *args, str(input_path)],
        check=True,
        capture_output=True,
    )
    return out.stdout.decode("utf-8").splitlines()


@pytest.fixture(scope="session")
def articles() -> List[dict]:
    return [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def binary_lines(binary: Path) -> List[str]:
    return run_binary(binary)
