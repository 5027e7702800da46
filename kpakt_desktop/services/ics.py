"""One Termin as an iCalendar file (RFC 5545) that Outlook, Thunderbird and others import.

Written by hand (no calendar library is a dependency): CRLF line ends, TEXT escaping, lines
folded at 75 octets without splitting a UTF-8 character, a stable UID per Termin and database
(so importing again updates the entry), DTSTAMP in UTC, and local times with
``TZID=Europe/Berlin`` plus its VTIMEZONE (the EU summer-time rule in force since 1996), so no
time-zone database is needed on Windows.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.termine import TerminDaten, termin_laden
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import LandRow

PRODID = "-//Kommunalpakt Desktop//kpakt//DE"
TZID = "Europe/Berlin"
OHNE_ENDE = timedelta(hours=1)  # a Termin without an end is put in the calendar for an hour

VTIMEZONE_BERLIN = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def escape_text(value: str) -> str:
    """TEXT value escaping of RFC 5545 §3.3.11."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (§3.1); continuation lines start with one space."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # the leading space takes one octet
        current += ch
        size += n
    parts.append(current)
    return "\r\n ".join(parts)


def _lokal(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def ics_text(
    termin: TerminDaten,
    *,
    uid: str,
    jetzt: datetime | None = None,
    kommunen: list[str] | None = None,
    leistungen: list[str] | None = None,
) -> str:
    """The calendar file of one Termin (``termin.beginn``/``ende`` are Europe/Berlin local times)."""
    stamp = (jetzt or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    ende = termin.ende or termin.beginn + OHNE_ENDE
    beschreibung = [termin.art.label]
    if leistungen:
        beschreibung.append("Leistungen: " + ", ".join(leistungen))
    if kommunen:
        beschreibung.append("Kommunen: " + ", ".join(kommunen))
    if termin.teilnehmende:
        beschreibung.append("Teilnehmende: " + termin.teilnehmende)
    if termin.ergebnis:
        beschreibung.append("Ergebnis/Protokoll:\n" + termin.ergebnis)
    offen = [a for a in termin.aufgaben if a.erledigt_am is None]
    if offen:
        beschreibung.append("Offene Aufgaben:")
        for a in offen:
            wann = f" bis {a.faellig:%d.%m.%Y}" if a.faellig else ""
            wer = f" ({a.wer})" if a.wer else ""
            beschreibung.append(f"- {a.was}{wer}{wann}")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *VTIMEZONE_BERLIN,
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={TZID}:{_lokal(termin.beginn)}",
        f"DTEND;TZID={TZID}:{_lokal(ende)}",
        f"SUMMARY:{escape_text(termin.titel)}",
    ]
    if termin.ort:
        lines.append(f"LOCATION:{escape_text(termin.ort)}")
    lines += [
        f"DESCRIPTION:{escape_text(chr(10).join(beschreibung))}",
        f"CATEGORIES:{escape_text(termin.art.label)}",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def termin_ics(store: Store, termin_id: int, *, jetzt: datetime | None = None) -> str:
    termin = termin_laden(store, termin_id)
    with store.read() as s:
        land = s.scalars(select(LandRow)).one()
        info = vk.kommunen_info(s, termin.kommune_ids)
        namen = vk.leistung_namen(s)
    # Stable per Termin and database: a second import updates the entry instead of doubling it.
    uid = f"termin-{termin_id}-{land.schluessel}-{land.angelegt_am:%Y%m%dT%H%M%S}@kommunalpakt-desktop"
    return ics_text(
        termin,
        uid=uid,
        jetzt=jetzt,
        kommunen=sorted(info[k].name for k in termin.kommune_ids),
        leistungen=[f"{n} {namen.get(n, '')}" for n in termin.leistung_nrs],
    )


def termin_exportieren(store: Store, termin_id: int, path: Path) -> Path:
    """Write the .ics file (bytes as built: CRLF must survive on every platform)."""
    path.write_bytes(termin_ics(store, termin_id).encode("utf-8"))
    return path
