"""What a package index and an installer see: the licence, classifiers and project URLs,
`py.typed`, a changelog, a README whose links work away from the repository and whose
set-up is a regular install, and a man page made from the command tree (committed,
checked like docs/cli.md, and installed with the wheel)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO

REPOSITORY = "https://github.com/fashioncoach/fashioncoach"


def project() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return data


def man_reference() -> str:
    spec = importlib.util.spec_from_file_location("make_man", REPO / "docs" / "make_man.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.reference()
    return text


def test_the_man_page_is_generated_from_the_current_cli() -> None:
    """docs/fashioncoach.1 is what docs/make_man.py makes of the command tree now:
    regenerate it with python docs/make_man.py when this fails."""
    saved = (REPO / "docs" / "fashioncoach.1").read_text(encoding="utf-8")
    assert saved == man_reference(), "docs/fashioncoach.1 is stale: run python docs/make_man.py"
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "ENVIRONMENT",
                    "FILES", "EXIT STATUS", "SEE ALSO"):  # fmt: skip
        assert f"\n.SH {section}\n" in saved
    # Every command of docs/cli.md has its own subsection.
    commands = re.findall(r"^## `(fashioncoach [^`]+)`$", (REPO / "docs" / "cli.md").read_text())
    for command in commands:
        assert f'.SS "{command.replace("-", chr(92) + "-")} ' in saved, command


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")
def test_the_man_page_renders_without_a_warning() -> None:
    done = subprocess.run(
        ["groff", "-man", "-ww", "-z", "-Tutf8", str(REPO / "docs" / "fashioncoach.1")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_the_metadata_an_index_shows() -> None:
    meta = project()["project"]
    assert meta["license"] == "MIT" and meta["license-files"] == ["LICENSE"]
    classifiers = set(meta["classifiers"])
    assert {"Typing :: Typed", "Environment :: Console", "Programming Language :: Python :: 3.11",
            "Programming Language :: Python :: 3.13"} <= classifiers  # fmt: skip
    urls = meta["urls"]
    assert {"Homepage", "Repository", "Issues", "Changelog", "Documentation"} <= set(urls)
    assert all(url.startswith(REPOSITORY) for url in urls.values())
    assert urls["Changelog"] == f"{REPOSITORY}/blob/main/CHANGELOG.md"
    licence = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 the fashioncoach authors\n")
    assert (REPO / "src" / "fashioncoach" / "py.typed").is_file()
    shared = project()["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    assert shared == {"docs/fashioncoach.1": "share/man/man1/fashioncoach.1"}


def test_the_changelog_releases_the_planning_model_and_the_json_contract() -> None:
    """Keep a Changelog: an Unreleased section first, then 0.4.0 (this version), saying
    what the new planning model changed and every rename of the JSON contract."""
    from fashioncoach import __version__

    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## \[([^\]]+)\]", text, flags=re.MULTILINE)
    assert __version__ == "0.4.0"  # the JSON contract changed: a minor version
    assert sections[:3] == ["Unreleased", __version__, "0.3.0"]
    assert f"## [{__version__}] - 2026-12-02" in text
    release = text.split(f"## [{__version__}]", 1)[1].split("\n## [", 1)[0]
    for words in (
        "### Changed: the JSON contract",
        "`hours_left` -> `hours_open`",
        "`roadmap` (the roadmap's id) -> `roadmap_id`",
        "`plan_weeks` (a list of weeks) -> `calendar`",
        "`weeks` (a list of week loads) -> `week_loads`",
        "`phase` (an object) -> `phase_position`",
        "`phases` (a count) -> `phases_total`",
        "`actions` (a count) -> `actions_total`",
        "`phase` (the phase's title) -> `phase_title`",
        "docs/json-schema/",
        "schema 5",
        "forecast",
        "baseline",
        "`days_ahead` replaces `days_behind`",
        "`late`",
        "`planned_week`",
        "`carried_over`",
        "`pace` in `report` is an object",
    ):
        assert words in release, words  # fmt: skip
    assert "https://keepachangelog.com/" in text


def _links(text: str) -> list[str]:
    return re.findall(r"!?\[[^\]]*\]\(([^)\s]+)\)", text)


def test_readme_links_work_from_a_package_index() -> None:
    """Every link and image is absolute (or an anchor in the page), and each one into the
    repository names a file the checkout has."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    links = _links(text)
    assert links
    for link in links:
        if link.startswith("#"):
            continue
        assert link.startswith("https://"), link
        for prefix in (
            f"{REPOSITORY}/blob/main/",
            f"{REPOSITORY}/tree/main/",
            "https://raw.githubusercontent.com/fashioncoach/fashioncoach/main/",
        ):
            if link.startswith(prefix):  # fmt: skip
                path = link.removeprefix(prefix).split("#")[0]
                assert (REPO / path).exists(), link
    assert any(link.endswith("docs/screenshots/report.png") for link in links)


def test_readme_sets_up_with_a_regular_install() -> None:
    """The first set-up command is `pip install .`; the editable install is for working
    on fashioncoach: the test command beside it and the Development section, nowhere else."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```sh\n(.*?)```", text, re.DOTALL)
    assert first is not None
    assert "pip install ." in first[1] and "-e" not in first[1]
    development = text.split("## Development", 1)[1].split("\n## ", 1)[0]
    assert "pip install -e '.[test]'" in development
    blocks = re.findall(r"```sh\n(.*?)```", text, re.DOTALL)
    test_command = blocks[1]
    assert "pip install -e '.[test]'" in test_command and "pytest" in test_command
    assert text.count("pip install -e") == 2


@pytest.mark.slow
def test_the_wheel_ships_the_man_page_the_licence_and_py_typed(tmp_path: Path) -> None:
    """Built as an index gets it, checked as twine and check-wheel-contents see it, and
    installed: the man page lands in the environment's share/man/man1."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(REPO)],
        check=True,
    )
    (wheel,) = dist.glob("fashioncoach-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "fashioncoach/py.typed" in names
    data = [name for name in names if name.endswith(".data/data/share/man/man1/fashioncoach.1")]
    assert data, names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    metadata = next(name for name in names if name.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode("utf-8")
    assert "Classifier: Typing :: Typed" in text and "License-File: LICENSE" in text
    assert f"Project-URL: Changelog, {REPOSITORY}/blob/main/CHANGELOG.md" in text
    man = zipfile.ZipFile(wheel).read(data[0]).decode("utf-8")
    assert man == (REPO / "docs" / "fashioncoach.1").read_text(encoding="utf-8")

    tools = Path(sys.executable).parent
    for tool, args in (("twine", ["check", "--strict"]), ("check-wheel-contents", [])):
        found = shutil.which(tool, path=str(tools)) or shutil.which(tool)
        if found is None:
            continue  # the test extras install both; .ci/run runs them on every build
        done = subprocess.run([found, *args, str(wheel)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    subprocess.run(
        [str(environment / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps",
         str(wheel)],
        check=True,
    )  # fmt: skip
    assert (environment / "share" / "man" / "man1" / "fashioncoach.1").is_file()
