"""The settings file: theme (remembered), key bindings by id, export folder; a bad file never stops gwr."""

from pathlib import Path

import pytest
import tomlkit

from store import open_store
from tests.tui.screen_fixtures import settle
from tui.app import GwrApp
from tui.config import EXAMPLE, load_config, save_setting
from tui.screens.help import HelpScreen


@pytest.fixture
def app_with(sample_store):
    """The app on the sample cache, reading the settings file it is given."""

    def make(config_file: Path) -> GwrApp:
        return GwrApp(lambda notice: open_store(sample_store.cache_dir, notice=notice), config_file)

    return make


@pytest.fixture
def app_with_settings(app_with, tmp_path):
    """The app on the sample cache, reading a settings file holding `text`."""

    def make(text: str) -> GwrApp:
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        return app_with(path)

    return make


def notices(app: GwrApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


def test_a_missing_settings_file_means_the_defaults(tmp_path):
    config, problems = load_config(tmp_path / "config.toml")
    assert (config.theme, config.export_folder, config.keys, problems) == (None, None, {}, [])


def test_a_settings_file_that_is_not_toml_is_one_line_naming_it(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord\n[keys', encoding="utf-8")
    config, [problem] = load_config(path)
    assert config.theme is None
    assert problem.startswith(f"{path}: not valid TOML (") and "\n" not in problem


def test_settings_of_the_wrong_type_or_unknown_are_ignored_one_line_each(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = 3\ncolour = "red"\nexport_folder = "~/gwr"\n[keys]\n"main.search" = 5\n',
                    encoding="utf-8")
    config, problems = load_config(path)
    assert config.theme is None and config.export_folder == Path("~/gwr").expanduser() and config.keys == {}
    assert problems == [f"{path}: theme must be text in quotes; using the default",
                        f"{path}: unknown setting 'colour'; ignored",
                        f'{path}: keys.main.search must be keys in quotes, e.g. "ctrl+f"; ignored']


def test_the_example_settings_file_is_valid_and_sets_nothing():
    assert tomlkit.parse(EXAMPLE).unwrap() == {"keys": {}}


def test_saving_the_theme_keeps_the_comments_and_other_settings(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('# mine\nexport_folder = "~/x"\n[keys]\n"main.search" = "ctrl+f"\n', encoding="utf-8")
    save_setting(path, "theme", "nord")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# mine\n")
    assert tomlkit.parse(text).unwrap() == {"export_folder": "~/x", "theme": "nord",
                                            "keys": {"main.search": "ctrl+f"}}


async def test_the_theme_in_the_settings_file_is_used_at_start(app_with_settings):
    app = app_with_settings('theme = "nord"\n')
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"


async def test_a_theme_picked_in_the_app_is_remembered_in_a_new_settings_file(app_with, tmp_path):
    path = tmp_path / "gwr" / "config.toml"
    app = app_with(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "gruvbox"
        await settle(pilot)
    assert load_config(path)[0].theme == "gruvbox"
    assert "# Key bindings" in path.read_text(encoding="utf-8")


async def test_an_unknown_theme_is_one_line_and_the_default_theme_stays(app_with_settings):
    app = app_with_settings('theme = "no-such-theme"\n')
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert any("no theme called 'no-such-theme'" in line for line in notices(app))


async def test_a_binding_remapped_by_its_id_answers_to_the_new_key_and_help_shows_it(app_with_settings):
    app = app_with_settings('[keys]\n"main.search" = "ctrl+f"\n')
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert app.screen.query_one("#search-input").has_focus
        app.screen.tree.focus()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {key: text for group in app.screen.query(".help-group") for key, text in group.rows}
        assert rows["ctrl+f"].startswith("Search the reports the tree shows")


async def test_an_unknown_binding_id_is_one_line_naming_it(app_with_settings):
    app = app_with_settings('[keys]\n"main.serach" = "ctrl+f"\n')
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("no key binding with id 'main.serach'" in line for line in notices(app))


async def test_the_export_dialog_proposes_the_export_folder_of_the_settings(app_with_settings, tmp_path):
    app = app_with_settings(f'export_folder = "{tmp_path / "exports"}"\n')
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.tree.reveal(next(iter(app.screen.summaries)))
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.folder == tmp_path / "exports"
        assert str(app.screen._target()).startswith(str(tmp_path / "exports"))
