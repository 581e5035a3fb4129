"""A minimal .xlsx writer for the demo's office workbook, vectorised per column: a workbook is a zip of XML parts,
and each sheet's XML is built with pandas string operations instead of a Python call per cell (openpyxl's
write-only mode spends ~0.5 ms a row, 5 s for a tiny demo's office system and minutes at ordos scale).

Cells are typed as an office's export has them: numbers as numbers, dates as date cells (whole-day serials with
Excel's built-in date format 14), everything else as inline text. Timestamps stay text: a serial's fraction of a
day does not always come back to the same second.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_MAIN}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)

Sheet = tuple[str, list[str], list[tuple[np.ndarray, str]]]  # name, header, (values, contract type) per column


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_XLSX_TYPE}.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_XLSX_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_XLSX_TYPE}.styles+xml"/>{overrides}</Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PACKAGE_RELS}">'
            f'<Relationship Id="rId1" Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        names = "".join(
            f'<sheet name="{_escape(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, (name, _, _) in enumerate(sheets, 1)
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}">'
            f"<sheets>{names}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PACKAGE_RELS}">{rels}'
            f'<Relationship Id="rId{len(sheets) + 1}" Type="{_RELS}/styles" Target="styles.xml"/></Relationships>',
        )
        z.writestr("xl/styles.xml", _STYLES)
        for i, sheet in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", _sheet_xml(*sheet))


def _sheet_xml(name: str, header: list[str], columns: list[tuple[np.ndarray, str]]) -> str:
    del name
    n = len(columns[0][0]) if columns else 0
    rows = pd.Series(np.arange(2, n + 2)).astype(str)
    xml = '<row r="' + rows + '">'
    for j, (values, kind) in enumerate(columns):
        xml = xml + _cells(values, kind, _column_letter(j), rows)
    head = "".join(f'<c r="{_column_letter(j)}1" t="inlineStr"><is><t>{_escape(h)}</t></is></c>' for j, h in
                   enumerate(header))  # fmt: skip
    body = "".join((xml + "</row>").tolist())
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}"><sheetData>'
        f'<row r="1">{head}</row>{body}</sheetData></worksheet>'
    )


def _cells(values: np.ndarray, kind: str, letter: str, rows: pd.Series) -> pd.Series:
    """The XML of one column's cells (an empty string for a null: no cell)."""
    series = pd.Series(values, dtype=object)
    ref = f'<c r="{letter}' + rows
    text = series.astype(str)
    if kind == "date":
        parsed = pd.to_datetime(series, format="%Y-%m-%d", errors="coerce")
        serial = ((parsed - _EXCEL_EPOCH) // pd.Timedelta(days=1)).astype("Int64").astype(str)
        cell = (ref + '" s="1"><v>' + serial + "</v></c>").where(parsed.notna(), _inline(ref, text))
    elif kind == "int" or kind.startswith("decimal"):
        number = pd.to_numeric(series, errors="coerce")
        cell = (ref + '"><v>' + text + "</v></c>").where(number.notna(), _inline(ref, text))
    else:
        cell = _inline(ref, text)
    return cell.where(series.notna(), "")


def _inline(ref: pd.Series, text: pd.Series) -> pd.Series:
    return ref + '" t="inlineStr"><is><t>' + _escape_series(text) + "</t></is></c>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _escape_series(text: pd.Series) -> pd.Series:
    return text.str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;")


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
