"""The README's set-up commands stay true."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shell_blocks(markdown: str) -> list[str]:
    blocks = markdown.split("```sh\n")[1:]
    return [block.split("```", 1)[0].strip() for block in blocks]


def test_readme_has_exactly_two_setup_commands():
    assert len(shell_blocks((ROOT / "README.md").read_text(encoding="utf-8"))) == 2


def test_ci_runs_the_readme_test_command_verbatim():
    test_command = shell_blocks((ROOT / "README.md").read_text(encoding="utf-8"))[1]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
