"""The `gwr` command line as a whole: shared options, version, completion, help, and output cut short."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.store_samples import SAMPLE_FILES, csv_rows, parsed
from tui.cli import COMMAND_MODULES, main
from tui.cli.help import SHELLS


ROOT = Path(__file__).resolve().parent.parent
REPORTS = parsed(SAMPLE_FILES)
COMMANDS = [module.rsplit(".", 1)[1].removesuffix("_command") for module in COMMAND_MODULES]


def test_cache_may_follow_the_command(sample_cache, capsys):
    assert main(["list", "--cache", str(sample_cache)]) == 0
    assert sorted(row["id"] for row in csv_rows(capsys.readouterr().out)) == sorted(r.id for r in REPORTS)


def test_cache_after_the_command_wins_over_one_before_it(sample_cache, tmp_path, capsys):
    assert main(["--cache", str(tmp_path / "unused"), "list", "--cache", str(sample_cache)]) == 0
    assert len(csv_rows(capsys.readouterr().out)) == len(REPORTS) and not (tmp_path / "unused").exists()


def test_version_prints_the_installed_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out == f"gwr {version('gwr')}\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_ends_with_examples_of_it(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    examples = capsys.readouterr().out.split("\nexamples:\n")[1].splitlines()
    assert examples and all(line.startswith(f"  gwr {command}") for line in examples)


def complete(script: str, *words: str) -> list[str]:
    """What bash offers for the last of `words` with the completion script loaded."""
    shell_words = " ".join(f"'{word}'" for word in ("gwr", *words))
    probe = (f"source /dev/stdin; COMP_WORDS=({shell_words}); COMP_CWORD={len(words)}; _shtab_gwr; "
             'printf "%s\\n" "${COMPREPLY[@]}"')
    result = subprocess.run(["bash", "-c", probe], input=script, capture_output=True, text=True, check=True)
    return result.stdout.split()


@pytest.fixture(scope="module")
def bash_script() -> str:
    result = subprocess.run([sys.executable, "-m", "tui.cli", "--print-completion", "bash"], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    return result.stdout


def test_bash_completion_offers_the_commands(bash_script):
    assert complete(bash_script, "in") == ["ingest", "indicators"]


def test_bash_completion_offers_the_output_formats(bash_script):
    assert complete(bash_script, "search", "--format", "") == ["table", "csv", "json", "jsonl"]


def test_zsh_completion_is_a_compdef_for_gwr(capsys):
    with pytest.raises(SystemExit):
        main(["--print-completion", "zsh"])
    script = capsys.readouterr().out
    assert script.startswith("#compdef gwr") and "serve" in script and "jsonl" in script


@pytest.mark.parametrize("command", [["indicators", "--format", "json"], ["indicators", "--format", "table"],
                                     ["show", "济南", "2022"]])
def test_output_cut_short_by_its_reader_ends_quietly_with_exit_0(sample_cache, command):
    """The reader takes the first bytes and leaves (`gwr … | head -1`) while gwr has far more to write."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)  # far less than the output, so gwr must still be writing
    gwr = subprocess.Popen([sys.executable, "-m", "tui.cli", "--cache", str(sample_cache), *command], cwd=ROOT,
                           stdout=write_end, stderr=subprocess.PIPE, env={"COLUMNS": "200", "PATH": ""})
    os.close(write_end)
    assert os.read(read_end, 100)
    os.close(read_end)
    _, err = gwr.communicate(timeout=60)
    assert (gwr.returncode, err.decode()) == (0, "")


def test_the_completion_option_offers_every_shell_shtab_writes():
    import shtab  # noqa: PLC0415 (gwr itself imports it only to print a script)

    assert list(SHELLS) == shtab.SUPPORTED_SHELLS
