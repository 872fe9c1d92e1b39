"""Any text parses without error into reports whose offsets hold."""

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import parse_text
from parse_fixtures import sample_text

SEED_LINES = [line for prefix in ("000", "001", "002", "003", "004") for line in sample_text(prefix).splitlines()[:400]]

lines = st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=40), st.just(""))


def check_offsets(text: str) -> None:
    for report in parse_text(text):
        assert report.sections
        for section in report.walk_sections():
            assert 0 <= section.start <= section.end <= len(report.text)
            for paragraph in section.paragraphs:
                assert report.text[paragraph.start:paragraph.end] == paragraph.text


@settings(max_examples=150, deadline=None)
@given(st.lists(lines, max_size=60))
def test_shuffled_seed_lines_and_noise_parse_with_correct_offsets(chosen):
    check_offsets("\n".join(chosen))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_arbitrary_text_parses_with_correct_offsets(text):
    check_offsets(text)


def test_text_with_a_lone_surrogate_parses():
    [report] = parse_text("\ud800" + sample_text("001").splitlines()[0])
    assert report.id
