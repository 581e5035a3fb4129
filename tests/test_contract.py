"""The project's copy of the extraction contract is its source of truth; it must match the shared spec."""

from pathlib import Path

import pytest

from ingestion.contract import CONTRACT_PATH, ContractError, load_contract, parse_contract

SHARED_CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "spec" / "source_contract.yaml"


@pytest.mark.skipif(not SHARED_CONTRACT.exists(), reason="../shared/spec is not beside this checkout")
def test_project_contract_matches_shared_spec():
    assert CONTRACT_PATH.read_text(encoding="utf-8") == SHARED_CONTRACT.read_text(encoding="utf-8")


def test_contract_has_seven_systems_and_every_reference_resolves():
    contract = load_contract()
    assert contract.systems == ["hr", "trial", "enforcement", "petition", "mediation", "conduct", "office"]
    order = [t.qualified_name for t in contract.load_order()]
    for table in contract.tables:
        for column in table.columns:
            if column.reference and column.reference[:2] != (table.system, table.name):
                assert order.index(".".join(column.reference[:2])) < order.index(table.qualified_name)


def test_unknown_reference_is_a_clear_error():
    text = """
systems:
  hr:
    staff:
      primary_key: [person_id]
      columns:
        person_id: {type: string}
        dept_id: {type: string, references: hr.departments.dept_id}
"""
    with pytest.raises(ContractError, match="hr.staff.dept_id"):
        parse_contract(text)
