"""National reports: every Land's Stand named, figures as numbers, package text never a formula."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.national_reports import write_reports
from kpakt_desktop.services.standardpaket.national_view import national_overview
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import read_zip, repack


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_reports_name_every_stand_and_keep_text_as_text(bundles, keys, tmp_path: Path) -> None:
    files = read_zip(bundles["02"])
    lines = files["land.csv"].decode().split("\r\n")
    lines[1] = lines[1].replace(",Hamburg,", ',"=HYPERLINK(""http://x"",""Ummeldung"")",', 1)
    assert "HYPERLINK" in lines[1]
    hostile_but_signed = repack(
        bundles["02"], tmp_path / "hh.zip", change={"land.csv": "\r\n".join(lines).encode()}, key=keys.key("02")
    )
    with NationalDatabase(tmp_path / "bund.sqlite") as db:
        assert merge([bundles["07"], bundles["04"], hostile_but_signed], db, trust_dir=keys.trust).ok
        bund = national_overview(db)
        xlsx, pdf = list(write_reports(db, xlsx=tmp_path / "b.xlsx", pdf=tmp_path / "b.pdf"))
    assert [x.kuerzel for x in bund.laender] == ["HH", "HB", "RP"]
    rp = bund.laender[2]
    assert rp.zelle(1) is not None and rp.zelle(1).zustaendig > 100  # type: ignore[union-attr]
    assert rp.zelle(7).anteil_produktiv is None  # type: ignore[union-attr]  # No. 7 never counts

    wb = load_workbook(xlsx)
    assert wb.sheetnames[:2] == ["Anteil produktiv", "Anteil Einwohner"] and {"RP", "HH", "HB"} <= set(wb.sheetnames)
    matrix = wb["Anteil produktiv"]
    values = [[c.value for c in r] for r in matrix.iter_rows()]
    stand_texts = [r[1] for r in values[4:7]]
    assert stand_texts == ["01.11.2026 12:00 UTC"] * 3
    name_cell = wb["HH"]["A1"]  # the Land's name from its package, at the start of its sheet's title
    assert name_cell.data_type == "s" and name_cell.value.startswith("=HYPERLINK") and name_cell.quotePrefix
    assert wb["RP"].cell(row=5, column=2).data_type == "s"
    assert isinstance(values[6][2], float) and 0 <= values[6][2] <= 1
    assert "Stand 01.11.2026 12:00 UTC" in wb["RP"]["A1"].value
    assert matrix.page_setup.orientation == "landscape" and matrix.print_title_rows
    text = _pdf_text(pdf)
    assert text.count("01.11.2026") >= 3 and "Rheinland-Pfalz" in text
    assert 'HYPERLINK("http://x","Ummeldung")' in "".join(text.split())  # printed as text
    assert "Seite 1 von" in text
    fonts = [f.get_object() for page in PdfReader(pdf).pages for f in page["/Resources"]["/Font"].values()]
    assert all("/FontFile2" in f["/FontDescriptor"] for f in fonts if "/FontDescriptor" in f)  # embedded
