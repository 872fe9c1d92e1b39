"""Bad files: each is refused with one clear line naming the file and the reason, never a traceback."""

import os
import pickle
import pwd
import shutil
import tempfile
from pathlib import Path

import pytest

from corpus import parse_file
from corpus.errors import RefusedSource
from corpus.reading import MAX_SOURCE_BYTES
from tui.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return (SAMPLES / "001_3f2956fd13a85515.txt").read_text(encoding="utf-8")


def refusal(path: Path) -> RefusedSource:
    """The `RefusedSource` that `parse_file(path)` raises (the test fails on any other outcome)."""
    with pytest.raises(RefusedSource) as refused:
        parse_file(path)
    message = str(refused.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return refused.value


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert refusal(path).reason == "empty file"


def test_whitespace_only_file_is_refused(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\u3000 \r\n\t\u00a0\n", encoding="utf-8")
    assert refusal(path).reason.startswith("empty file")


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64)
    assert refusal(path).reason == "binary file (NUL bytes)"


def test_control_character_soup_is_refused(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 32)) * 100)
    assert refusal(path).reason == "binary file (control characters)"


def test_damaged_utf8_is_refused_not_misread_as_gb18030(tmp_path, seed_text):
    data = bytearray(seed_text.encode("utf-8"))
    damage = data.index("经济".encode("utf-8"))
    data[damage] = 0xFF  # a byte that is never valid UTF-8
    path = tmp_path / "damaged.txt"
    path.write_bytes(bytes(data))
    assert refusal(path).reason == f"not a text file: invalid UTF-8 at byte {damage}"


def test_invalid_gb18030_is_refused(tmp_path, seed_text):
    data = seed_text.encode("gb18030")
    cut = data.index("经济".encode("gb18030")) + 1  # a lead byte followed by a space: no such character
    path = tmp_path / "damaged_gb.txt"
    path.write_bytes(data[:cut] + b" " + data[cut + 1:])
    assert refusal(path).reason.startswith("not a text file: could not decode as UTF-8, GB18030 or UTF-16")


def test_text_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, seed_text):
    """A 100 MB text file: refused from its size alone (reading and parsing it would take minutes)."""
    path = tmp_path / "huge.txt"
    block = (seed_text * 20).encode("utf-8")
    with path.open("wb") as handle:
        while handle.tell() < 100 * 1024 * 1024:
            handle.write(block)
    assert path.stat().st_size > MAX_SOURCE_BYTES
    assert refusal(path).reason.startswith("file too large (100.")


@pytest.mark.long
def test_text_file_just_under_the_size_limit_is_parsed(tmp_path):
    """The limit refuses only what is too large: a compilation repeated to just under it still parses."""
    seed = (SAMPLES / "003_6bd12d0b4a8782fd.txt").read_bytes()
    path = tmp_path / "large.txt"
    path.write_bytes(seed * (MAX_SOURCE_BYTES // len(seed)))
    assert parse_file(path)


def test_unreadable_file_is_refused(seed_text):
    """chmod 000. Root reads any file, so as root the check runs in a child process as `nobody`."""
    folder = Path(tempfile.mkdtemp(prefix="gwr-unreadable-"))  # under /tmp, which `nobody` can enter
    try:
        folder.chmod(0o755)
        path = folder / "secret.txt"
        path.write_text(seed_text, encoding="utf-8")
        path.chmod(0)
        outcome = parse_as_unprivileged_user(path) if os.geteuid() == 0 else outcome_of(path)
    finally:
        shutil.rmtree(folder)
    assert outcome == f"refused: {path}: permission denied"


def outcome_of(path: Path) -> str:
    try:
        parse_file(path)
    except RefusedSource as refused:
        return f"refused: {refused}"
    except Exception as error:  # noqa: BLE001 - the outcome is what the test checks
        return f"crashed: {error!r}"
    return "parsed"


def parse_as_unprivileged_user(path: Path) -> str:
    """`outcome_of(path)` in a forked child that has dropped root for `nobody`."""
    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            os.write(write_end, pickle.dumps(outcome_of(path)))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    return pickle.loads(data)


def test_symlink_loop_is_refused(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    assert refusal(first).reason == "too many levels of symbolic links"


def test_dangling_symlink_is_refused(tmp_path):
    path = tmp_path / "gone.txt"
    path.symlink_to(tmp_path / "deleted.txt")
    assert refusal(path).reason == "no such file or directory"


def test_directory_named_like_a_file_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.mkdir()
    assert refusal(path).reason == "is a directory"


def test_named_pipe_is_refused_instead_of_blocking(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert refusal(path).reason == "not a regular file"


def test_device_is_refused():
    assert refusal(Path("/dev/zero")).reason == "not a regular file"


def test_file_name_with_control_characters_stays_on_one_line(tmp_path):
    path = tmp_path / "evil\n\x1b[31mname.txt"
    path.write_bytes(b"")
    with pytest.raises(RefusedSource) as refused:
        parse_file(path)
    assert str(refused.value).endswith("evil\\n\\x1b[31mname.txt: empty file")


def test_file_name_with_undecodable_bytes_gives_a_printable_message(tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff.txt"))
    path.write_bytes(b"")
    with pytest.raises(RefusedSource) as refused:
        parse_file(path)
    assert str(refused.value).encode("utf-8").endswith(b"bad\\udcff.txt: empty file")


def make_bad_files(folder: Path, seed_text: str) -> list[Path]:
    """One of each kind of bad file, in `folder`."""
    damaged = bytearray(seed_text.encode("utf-8"))
    damaged[damaged.index("经济".encode("utf-8"))] = 0xFF
    contents = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50,
        "damaged_utf8.txt": bytes(damaged),
        "damaged_gb.txt": b"\x81 " * 100,
        "evil\n\x1b[2Jname.txt": b"",
    }
    paths = []
    for name, data in contents.items():
        paths.append(folder / name)
        paths[-1].write_bytes(data)
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: refused from its size alone
    loop_a, loop_b, directory, pipe = folder / "a.txt", folder / "b.txt", folder / "x.txt", folder / "pipe.txt"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    directory.mkdir()
    os.mkfifo(pipe)
    return [*paths, huge, loop_a, directory, pipe, folder / "missing.txt"]


def test_parse_command_refuses_each_bad_file_in_one_line_and_still_parses_the_good_one(tmp_path, seed_text, capsys):
    bad = make_bad_files(tmp_path, seed_text)
    good = SAMPLES / "001_3f2956fd13a85515.txt"
    assert main(["parse", *map(str, bad), str(good)]) == 1
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert len(errors) == len(bad) and all(line.startswith("gwr: ") for line in errors)
    assert "鞍山市2023年政府工作报告" in captured.out


def test_path_with_a_nul_character_is_refused():
    with pytest.raises(RefusedSource) as refused:
        parse_file(Path("report\x00.txt"))
    assert str(refused.value) == "report\\x00.txt: invalid file name"


def test_file_name_too_long_is_refused(tmp_path):
    assert refusal(tmp_path / ("长" * 200 + ".txt")).reason == "file name too long"


def test_html_nested_hostilely_deep_is_refused_before_parsing(tmp_path, seed_text):
    """Building the tree of 200,000 nested <div>s would take minutes: the tags alone give it away."""
    path = tmp_path / "nested.html"
    path.write_text("<div>" * 200_000 + seed_text, encoding="utf-8")
    assert refusal(path).reason == "HTML nested too deeply (over 10000 levels)"
