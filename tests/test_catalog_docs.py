"""The catalog page (docs/indicators.md, linked from the README) is generated from the catalog and kept current."""

from pathlib import Path

from indicators.catalog import load_catalog
from indicators.describe import catalog_markdown

PAGE = Path(__file__).resolve().parents[1] / "docs" / "indicators.md"


def test_catalog_page_is_up_to_date():
    assert PAGE.read_text(encoding="utf-8") == catalog_markdown(load_catalog()), (
        "docs/indicators.md is out of date: run `courtperf catalog`"
    )


def test_catalog_has_475_indicators_in_20_categories_with_the_platform_counts():
    catalog = load_catalog()
    per_category: dict[str, set[str]] = {}
    for indicator in catalog.indicators:
        per_category.setdefault(indicator.category, set()).add(indicator.id)
    assert len(catalog.categories) == 20
    assert len(catalog.ids) == 475
    expected = {"trial": 51, "enforcement": 31, "litigation_source": 43, "petition": 30, "business_environment": 38}
    assert {c: len(per_category[c]) for c in expected} == expected
    assert all(per_category.get(c.id) for c in catalog.categories)
