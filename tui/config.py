"""The user's settings file: theme, key bindings and default export folder, in TOML.

It lives in the platform's config folder (`platformdirs`: ~/.config/gwr/config.toml on Linux)
unless $GWR_CONFIG names another file. A bad file never stops gwr: each problem becomes one
line naming the file and the reason, and the defaults are used for what could not be read.
The theme picked in the palette is written back (comments and other settings kept).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_ENV = "GWR_CONFIG"
CONFIG_NAME = "config.toml"

#: Written as the file the first time gwr saves a setting; also shown in the README.
EXAMPLE = '''\
# gwr settings (TOML). Delete a line to get the default back.

# The colour theme; ctrl+p → "Theme" changes it and gwr writes the choice here.
# theme = "textual-dark"

# Where the export dialog (e) proposes to write Markdown files; "~" is your home folder.
# export_folder = "~/Documents/gwr"

# Key bindings: binding id = key(s), comma-separated. `?` in gwr lists every key; the ids are:
#   main.filter  main.search  main.indicators  main.all_indicators  main.previous_section
#   main.next_section  main.next_hit  main.previous_hit  main.select  main.mark  main.compare
#   main.metric  main.keywords  main.export  main.glossary  main.sidebar  main.zoom  main.copy
#   main.open_source  main.help  main.back  main.close
#   tree.select  tree.fold  tree.unfold  vim.down  vim.up  vim.first  vim.last
#   metric.pick_metric  metric.pick_kind  metric.pick_year  indicators.filter
[keys]
# "main.search" = "ctrl+f"
# "main.glossary" = "d,f2"
'''


@dataclass(slots=True)
class Config:
    """The settings in effect: the file's, or the defaults where it has none (or a bad value)."""

    theme: str | None = None
    export_folder: Path | None = None
    keys: dict[str, str] = field(default_factory=dict)


def config_path() -> Path:
    """$GWR_CONFIG, else config.toml in the platform's user config folder for gwr."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path("gwr") / CONFIG_NAME


def load_config(path: Path) -> tuple[Config, list[str]]:
    """The settings in `path` and one line per problem found (a missing file is no problem)."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(), []
    except (OSError, UnicodeDecodeError) as error:
        return Config(), [f"{path}: cannot read ({_reason(error)}); using the default settings"]
    try:
        data = tomlkit.parse(text).unwrap()
    except TOMLKitError as error:
        return Config(), [f"{path}: not valid TOML ({error}); using the default settings"]
    return _settings(path, data)


def _settings(path: Path, data: dict) -> tuple[Config, list[str]]:
    config, problems = Config(), []
    for name, value in data.items():
        if name == "theme" and isinstance(value, str):
            config.theme = value
        elif name == "export_folder" and isinstance(value, str):
            config.export_folder = Path(value).expanduser()
        elif name == "keys" and isinstance(value, dict):
            bad = [key for key, keys in value.items() if not isinstance(keys, str) or not keys.strip()]
            config.keys = {key: keys for key, keys in value.items() if key not in bad}
            problems += [f"{path}: keys.{key} must be keys in quotes, e.g. \"ctrl+f\"; ignored" for key in bad]
        elif name in ("theme", "export_folder", "keys"):
            kind = "a table [keys]" if name == "keys" else "text in quotes"
            problems.append(f"{path}: {name} must be {kind}; using the default")
        else:
            problems.append(f"{path}: unknown setting {name!r}; ignored")
    return config, problems


def unknown_binding_ids(keys: dict[str, str], known: set[str]) -> list[str]:
    """The ids in a keymap that no binding has (typos), in the file's order."""
    return [binding_id for binding_id in keys if binding_id not in known]


def save_setting(path: Path, name: str, value: str) -> None:
    """Set a top-level setting in `path`, keeping its comments and other settings (new file: the example).

    Raises OSError when the file cannot be written; leaves an unparsable file alone (ValueError).
    """
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    from store.files import write_atomic

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = EXAMPLE
    try:
        document = tomlkit.parse(text)
    except TOMLKitError as error:
        raise ValueError(f"{path} is not valid TOML ({error}); not changed") from error
    document[name] = value  # tomlkit puts a new top-level key before the tables, where TOML needs it
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, tomlkit.dumps(document).encode("utf-8"))


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)
