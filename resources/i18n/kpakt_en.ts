<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Werkzeug der kommunalen OZG-Koordination eines Landes für die Nachnutzung der 16 kommunalen EfA-Fokusleistungen nach dem Kommunalpakt vom 04.07.2023.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeindeverzeichnis:&lt;/b&gt; {quelle}; Gebietsstand {gebiet}, Bevölkerung {bevoelkerung}.&lt;br&gt;Lizenz: {lizenz}, &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Tool of a Land&apos;s municipal OZG coordination for the re-use (Nachnutzung) of the 16 municipal EfA focus services under the Kommunalpakt of 4 July 2023.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Municipality register:&lt;/b&gt; {quelle}; territorial status {gebiet}, population {bevoelkerung}.&lt;br&gt;Licence: {lizenz}, &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Über {app}</source>
        <translation>About {app}</translation>
    </message>
</context>
<context>
    <name>AufloesungDialog</name>
    <message>
        <source>Aufgelöste Kommunen mit Daten</source>
        <translation>Dissolved municipalities with data</translation>
    </message>
    <message>
        <source>Diese Kommunen sind im Gemeindeverzeichnis nicht mehr enthalten, haben aber Daten der Koordinierungsstelle. Übergeben Sie die Daten einer Nachfolgerin (zuerst angeboten: Kommunen desselben Gemeindeverbands) oder behalten Sie sie archiviert.</source>
        <translation>These municipalities are no longer in the municipality register but hold data of the coordination office. Hand the data over to a successor (offered first: municipalities of the same municipal association) or keep them archived.</translation>
    </message>
    <message>
        <source>Aufgelöste Kommune</source>
        <translation>Dissolved municipality</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>später entscheiden</source>
        <translation>decide later</translation>
    </message>
    <message>
        <source>archiviert behalten</source>
        <translation>keep archived</translation>
    </message>
    <message>
        <source>→ {name} ({ars})</source>
        <translation>→ {name} ({ars})</translation>
    </message>
    <message>
        <source> – neu</source>
        <translation> – new</translation>
    </message>
    <message>
        <source> – gleicher Gemeindeverband</source>
        <translation> – same municipal association</translation>
    </message>
</context>
<context>
    <name>Auswahl</name>
    <message>
        <source>Suche in {what}</source>
        <translation>Search in {what}</translation>
    </message>
    <message>
        <source>Suchen …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Vorhandener Kontakt</source>
        <translation>Existing contact</translation>
    </message>
    <message>
        <source>vorhandenen Kontakt suchen …</source>
        <translation>search existing contact …</translation>
    </message>
    <message>
        <source>Kontakt &amp;übernehmen</source>
        <translation>&amp;Take over contact</translation>
    </message>
    <message>
        <source>Kontakt übernehmen</source>
        <translation>Take over contact</translation>
    </message>
    <message>
        <source>&amp;Neue Person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Ent&amp;fernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Mitglied entfernen</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>vorhandener Kontakt</source>
        <translation>existing contact</translation>
    </message>
</context>
<context>
    <name>Barrierefrei</name>
    <message>
        <source>Rückgängig gemacht: {was}</source>
        <translation>Undone: {was}</translation>
    </message>
    <message>
        <source>Ausgeführt: {was}</source>
        <translation>Done: {was}</translation>
    </message>
</context>
<context>
    <name>BerichtePage</name>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Alle Zahlen kommen aus derselben Berechnung wie die Übersicht. Die Excel-Dateien sind zum Drucken eingerichtet (A4 quer, auf Seitenbreite, Kopfzeilen auf jeder Seite).</source>
        <translation>All figures come from the same calculation as the overview. The Excel files are set up for printing (A4 landscape, fit to page width, headers on every page).</translation>
    </message>
    <message>
        <source>Bürgermeisterdienstversammlung (Excel je Kreis)</source>
        <translation>Mayors&apos; meeting (Excel per district)</translation>
    </message>
    <message>
        <source>Kreis für die Bürgermeisterdienstversammlung</source>
        <translation>District for the mayors&apos; meeting</translation>
    </message>
    <message>
        <source>für alle Kreise</source>
        <translation>for all districts</translation>
    </message>
    <message>
        <source>&amp;Kreis:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Änderungen seit:</source>
        <translation>Changes since:</translation>
    </message>
    <message>
        <source>Änderungen seit einem Datum</source>
        <translation>Changes since a date</translation>
    </message>
    <message>
        <source>Ohne Datum: seit der letzten Bürgermeisterdienstversammlung des Kreises</source>
        <translation>Without a date: since the district&apos;s last mayors&apos; meeting</translation>
    </message>
    <message>
        <source>Änderungen seit</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <source>(sonst seit der letzten BDV des Kreises)</source>
        <translation>(otherwise since the district&apos;s last mayors&apos; meeting)</translation>
    </message>
    <message>
        <source>Matrix auf A&amp;3 drucken (für Kreise mit vielen Kommunen)</source>
        <translation>Print the matrix on A&amp;3 (for districts with many municipalities)</translation>
    </message>
    <message>
        <source>Matrix auf A3 drucken</source>
        <translation>Print the matrix on A3</translation>
    </message>
    <message>
        <source>&amp;Excel erstellen…</source>
        <translation>Create &amp;Excel…</translation>
    </message>
    <message>
        <source>Matrix, Fortschritt, Änderungen, Hürden und Termine</source>
        <translation>Matrix, progress, changes, obstacles and meetings</translation>
    </message>
    <message>
        <source>Lagebericht (PDF)</source>
        <translation>Status report (PDF)</translation>
    </message>
    <message>
        <source>Gebiet des Lageberichts</source>
        <translation>Area of the status report</translation>
    </message>
    <message>
        <source>&amp;Gebiet:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;PDF erstellen…</source>
        <translation>Create &amp;PDF…</translation>
    </message>
    <message>
        <source>Kennzahlen, Diagramme, Tabellen, Hürden mit Empfehlungen</source>
        <translation>Key figures, charts, tables, obstacles with recommendations</translation>
    </message>
    <message>
        <source>Nachfrage-Bündelung (Excel)</source>
        <translation>Demand pooling (Excel)</translation>
    </message>
    <message>
        <source>Welche Kommunen welche Anbindung noch brauchen, je Fachverfahren/Hersteller und IT-Dienstleister – Grundlage für gebündelte Beschaffung und Rahmenverträge (§2 Abs. 3 c, §3).</source>
        <translation>Which municipalities still need which connection, per specialist procedure/manufacturer and IT service provider – the basis for pooled procurement and framework contracts (§2(3)c, §3).</translation>
    </message>
    <message>
        <source>E&amp;xcel erstellen…</source>
        <translation>Create E&amp;xcel…</translation>
    </message>
    <message>
        <source>Nachfrage-Bündelung</source>
        <translation>Demand pooling</translation>
    </message>
    <message>
        <source>Kostenübersicht (Excel)</source>
        <translation>Cost overview (Excel)</translation>
    </message>
    <message>
        <source>Einmalige und jährliche Kosten je Leistung, Kreis, Fachverfahren/Hersteller und IT-Dienstleister, je Einwohner, mit den Nachnutzungen ohne Kostenangabe und der Entwicklung über die Zeit.</source>
        <translation>One-off and yearly costs per service, district, specialist procedure/vendor and IT service provider, per inhabitant, with the re-uses that have no cost figure yet and the development over time.</translation>
    </message>
    <message>
        <source>Exce&amp;l erstellen…</source>
        <translation>Create Exce&amp;l…</translation>
    </message>
    <message>
        <source>Kostenübersicht</source>
        <translation>Cost overview</translation>
    </message>
    <message>
        <source>Rückmeldebögen an die Kommunen</source>
        <translation>Feedback forms to the municipalities</translation>
    </message>
    <message>
        <source>Kreis der Rückmeldebögen</source>
        <translation>District of the feedback forms</translation>
    </message>
    <message>
        <source>K&amp;reis:</source>
        <translation>Dist&amp;rict:</translation>
    </message>
    <message>
        <source>ARS einer einzelnen Kommune</source>
        <translation>ARS of a single municipality</translation>
    </message>
    <message>
        <source>leer: alle zuständigen Kommunen des Kreises; sonst ARS einer Kommune</source>
        <translation>empty: all responsible municipalities of the district; otherwise the ARS of one municipality</translation>
    </message>
    <message>
        <source>Nur K&amp;ommune:</source>
        <translation>Only m&amp;unicipality:</translation>
    </message>
    <message>
        <source>Bögen &amp;versenden…</source>
        <translation>&amp;Send forms…</translation>
    </message>
    <message>
        <source>Ein geschütztes Excel-Formular je Kommune mit ihren Leistungen und dem heutigen Stand</source>
        <translation>One protected Excel form per municipality with its services and today&apos;s state</translation>
    </message>
    <message>
        <source>Ausgefüllte Bögen e&amp;inlesen…</source>
        <translation>&amp;Import completed forms…</translation>
    </message>
    <message>
        <source>Zurückgesandte Bögen prüfen, Änderungen ansehen und übernehmen</source>
        <translation>Check returned forms, review and apply the changes</translation>
    </message>
    <message>
        <source>ganzes Land {name}</source>
        <translation>whole Land {name}</translation>
    </message>
    <message>
        <source>Gespeichert:
%s</source>
        <translation>Saved:
%s</translation>
    </message>
    <message>
        <source>%d Dateien gespeichert in:
%s</source>
        <translation>%d files saved in:
%s</translation>
    </message>
    <message>
        <source>Jetzt öffnen?</source>
        <translation>Open now?</translation>
    </message>
    <message>
        <source>Ordner jetzt öffnen?</source>
        <translation>Open the folder now?</translation>
    </message>
    <message>
        <source>ARS: 12 Ziffern, z. B. 071315001000 (Land, Regierungsbezirk, Kreis, Verband, Gemeinde).</source>
        <translation>ARS: 12 digits, e.g. 071315001000 (Land, administrative region, district, association, municipality).</translation>
    </message>
    <message>
        <source>Der ARS hat 12 Ziffern – es fehlen noch {n}.</source>
        <translation>The ARS has 12 digits – {n} still missing.</translation>
    </message>
    <message>
        <source>Bürgermeisterdienstversammlung</source>
        <translation>Mayors&apos; meeting</translation>
    </message>
    <message>
        <source>Ordner für die Excel-Dateien aller Kreise</source>
        <translation>Folder for the Excel files of all districts</translation>
    </message>
    <message>
        <source>Excel-Datei speichern unter</source>
        <translation>Save Excel file as</translation>
    </message>
    <message>
        <source>Lagebericht</source>
        <translation>Status report</translation>
    </message>
    <message>
        <source>PDF speichern unter</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rückmeldebögen</source>
        <translation>Feedback forms</translation>
    </message>
    <message>
        <source>Ordner für die Rückmeldebögen</source>
        <translation>Folder for the feedback forms</translation>
    </message>
    <message>
        <source>Rückmeldebögen einlesen</source>
        <translation>Import feedback forms</translation>
    </message>
    <message>
        <source>Ausgefüllte Rückmeldebögen wählen</source>
        <translation>Choose completed feedback forms</translation>
    </message>
    <message>
        <source>Nichts wurde übernommen.

%s</source>
        <translation>Nothing was applied.

%s</translation>
    </message>
    <message>
        <source>%s: bereits übernommen</source>
        <translation>%s: already imported</translation>
    </message>
    <message>
        <source>Die Bögen enthalten keine Änderungen.</source>
        <translation>The forms contain no changes.</translation>
    </message>
    <message>
        <source>Rückmeldebögen übernehmen</source>
        <translation>Apply feedback forms</translation>
    </message>
    <message>
        <source>%d Nachnutzungen übernommen, %d nicht übernommen.</source>
        <translation>%d re-uses applied, %d not applied.</translation>
    </message>
    <message>
        <source>für alle Krei&amp;se (eine Datei je Kreis in einen Ordner)</source>
        <translation>for all di&amp;stricts (one file per district in a folder)</translation>
    </message>
    <message>
        <source>%d Bemerkungen ohne andere Änderung in der Historie gespeichert.</source>
        <translation>%d remarks without other change saved in the history.</translation>
    </message>
    <message>
        <source>Nicht eingelesen:
%s</source>
        <translation>Not read in:
%s</translation>
    </message>
</context>
<context>
    <name>Bundesansicht</name>
    <message>
        <source> Pp.</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>alle zählenden Leistungen</source>
        <translation>all counted services</translation>
    </message>
    <message>
        <source>{land}, {leistung}: {p} von {n} zuständigen Kommunen produktiv ({anteil})</source>
        <translation>{land}, {leistung}: {p} of {n} responsible municipalities in production ({anteil})</translation>
    </message>
    <message>
        <source>seit Paket Nr. {nr} ({datum}): {aenderung}</source>
        <translation>since package no. {nr} ({datum}): {aenderung}</translation>
    </message>
    <message>
        <source>gesamt</source>
        <translation>total</translation>
    </message>
    <message>
        <source>alle Leistungen außer Nr. 7 und 8</source>
        <translation>all services except no. 7 and 8</translation>
    </message>
</context>
<context>
    <name>BundesansichtWindow</name>
    <message>
        <source>Bundesansicht – Kommunalpakt Desktop</source>
        <translation>Federal view – Kommunalpakt Desktop</translation>
    </message>
    <message>
        <source>Bundesansicht</source>
        <translation>Federal view</translation>
    </message>
    <message>
        <source>Öffnen Sie eine Bundesdatenbank (Ergebnis von „kpakt merge“). Sie wird nur gelesen.</source>
        <translation>Open a federal database (result of “kpakt merge”). It is opened read-only.</translation>
    </message>
    <message>
        <source>Bundesdatenbank &amp;öffnen…</source>
        <translation>&amp;Open federal database…</translation>
    </message>
    <message>
        <source>Länder</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Leistungen des gewählten Landes</source>
        <translation>Services of the selected Land</translation>
    </message>
    <message>
        <source>Matrix des gewählten Landes</source>
        <translation>Matrix of the selected Land</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Matrix Kommunen × Leistungen</source>
        <translation>Matrix municipalities × services</translation>
    </message>
    <message>
        <source>Länder × Leistungen: Anteil produktiv (zuständige Kommunen)</source>
        <translation>Länder × services: share in production (responsible municipalities)</translation>
    </message>
    <message>
        <source>Länder × Leistungen</source>
        <translation>Länder × services</translation>
    </message>
    <message>
        <source>&amp;Karte</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Bundesdatenbank öffnen</source>
        <translation>Open federal database</translation>
    </message>
    <message>
        <source>Bundesdatenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Federal database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>%s – %d Länder, nur lesend geöffnet.</source>
        <translation>%s – %d Länder, opened read-only.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deutschland&lt;/b&gt; ({n} Länder): {p} von {z} zuständigen Nachnutzungen produktiv ({anteil}), ohne Nr. 7 und 8; {k} zuständige Kommunen.</source>
        <translation>&lt;b&gt;Germany&lt;/b&gt; ({n} Länder): {p} of {z} responsible re-uses in production ({anteil}), without no. 7 and 8; {k} responsible municipalities.</translation>
    </message>
    <message>
        <source>Deutschland – {leistung}</source>
        <translation>Germany – {leistung}</translation>
    </message>
    <message>
        <source>%s: Stand %s UTC, Paket Nr. %d, zusammengeführt am %s UTC.</source>
        <translation>%s: as of %s UTC, package no. %d, merged on %s UTC.</translation>
    </message>
</context>
<context>
    <name>BundleCheckDialog</name>
    <message>
        <source>Standardpaket prüfen – {name}</source>
        <translation>Check standard package – {name}</translation>
    </message>
    <message>
        <source>Ergebnis der Prüfung</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Angaben des Pakets</source>
        <translation>Package details</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Gefundene Probleme</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Standardpaket wird geprüft</source>
        <translation>Checking the standard package</translation>
    </message>
    <message>
        <source>Standardpaket prüfen</source>
        <translation>Check standard package</translation>
    </message>
    <message>
        <source>&lt;h3&gt;⚠ Gültig, aber ein DEMO-Paket&lt;/h3&gt;Das Paket wurde aus den fiktiven Demodaten erstellt. Der IT-Planungsrat übernimmt es nicht (nur ausdrücklich zum Ausprobieren).</source>
        <translation>&lt;h3&gt;⚠ Valid, but a DEMO package&lt;/h3&gt;The package was built from the fictitious demo data. The IT-Planungsrat does not take it (only when explicitly allowed, for trying out).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;✔ Gültig&lt;/h3&gt;Das Standardpaket ist vollständig, unverändert und vom Land signiert.</source>
        <translation>&lt;h3&gt;✔ Valid&lt;/h3&gt;The standard package is complete, unchanged and signed by the Land.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;✘ Ungültig&lt;/h3&gt;Ein Problem gefunden – der IT-Planungsrat würde das Paket ablehnen.</source>
        <translation>&lt;h3&gt;✘ Invalid&lt;/h3&gt;One problem found – the IT-Planungsrat would refuse the package.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;✘ Ungültig&lt;/h3&gt;{n} Probleme gefunden – der IT-Planungsrat würde das Paket ablehnen.</source>
        <translation>&lt;h3&gt;✘ Invalid&lt;/h3&gt;{n} problems found – the IT-Planungsrat would refuse the package.</translation>
    </message>
    <message>
        <source>Datei: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <source>Land: {land}   Paket Nr.: {nr}   Stand: {stand}</source>
        <translation>Land: {land}   Package no.: {nr}   As of: {stand}</translation>
    </message>
    <message>
        <source>Schlüssel: {key}</source>
        <translation>Key: {key}</translation>
    </message>
    <message>
        <source>Vertraute Schlüssel: {folder}</source>
        <translation>Trusted keys: {folder}</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Stand (UTC)</source>
        <translation>As of (UTC)</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>produktiv (Ø %)</source>
        <translation>in production (avg. %)</translation>
    </message>
    <message>
        <source>Mittel der Anteile produktiver Kommunen über die zählenden Leistungen</source>
        <translation>Mean share of municipalities in production over the services that count</translation>
    </message>
    <message>
        <source>seit vorigem Paket</source>
        <translation>since previous package</translation>
    </message>
    <message>
        <source>Veränderung der produktiven Nachnutzungen seit Paket Nr. {nr} vom {datum}</source>
        <translation>Change of the re-uses in production since package no. {nr} of {datum}</translation>
    </message>
    <message>
        <source>kein früheres Paket zusammengeführt</source>
        <translation>no earlier package merged</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Vollzugsebene</source>
        <translation>Executing level</translation>
    </message>
    <message>
        <source>zuständig</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>produktiv %</source>
        <translation>in production %</translation>
    </message>
    <message>
        <source>Einwohner produktiv %</source>
        <translation>inhabitants in production %</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ansprechpartner/in</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>zählt für keine Quote – Anlage 1: Nr. 7 „ist bereits vollständig realisiert“, Nr. 8 „wird direkt von BMFSFJ umgesetzt (kein FF-Land, da Projekt bereits vor OZG gestartet)“</source>
        <translation>counts for no share – Annex 1: No. 7 “is already fully realised”, No. 8 “is implemented directly by the BMFSFJ (no lead Land, as the project started before the OZG)”</translation>
    </message>
    <message>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>erfasst</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unterart</source>
        <translation>Sub-type</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>gelöst am</source>
        <translation>solved on</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <source>nach</source>
        <translation>to</translation>
    </message>
    <message>
        <source>wer</source>
        <translation>who</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>fehlende Rollen</source>
        <translation>missing roles</translation>
    </message>
    <message>
        <source>begleitet</source>
        <translation>accompanied</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Roll-Out-Team</source>
        <translation>Roll-out team</translation>
    </message>
    <message>
        <source>FF-Land</source>
        <translation>Lead Land</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>letztes Angebot</source>
        <translation>last offer</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Taskforces</source>
        <translation>Task forces</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>First Mover</source>
        <translation>First mover</translation>
    </message>
    <message>
        <source>Voraussetzungen</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>versorgte Einwohner</source>
        <translation>inhabitants served</translation>
    </message>
    <message>
        <source>Größenklasse</source>
        <translation>Size class</translation>
    </message>
    <message>
        <source>IT-Dienstleister</source>
        <translation>IT service provider</translation>
    </message>
    <message>
        <source>Fachverfahren</source>
        <translation>Specialist procedure</translation>
    </message>
    <message>
        <source>Aufgaben offen</source>
        <translation>open tasks</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <source>Tage über</source>
        <translation>days over</translation>
    </message>
    <message>
        <source>Tage überfällig</source>
        <translation>days overdue</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Name / Funktion</source>
        <translation>Name / role</translation>
    </message>
    <message>
        <source>E-Mail / Telefon</source>
        <translation>E-mail / phone</translation>
    </message>
</context>
<context>
    <name>DateiPage</name>
    <message>
        <source>Landesdatenbank anlegen</source>
        <translation>Create Land database</translation>
    </message>
    <message>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Datei der Landesdatenbank</source>
        <translation>File of the Land database</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Ä&amp;ndern…</source>
        <translation>Cha&amp;nge…</translation>
    </message>
    <message>
        <source>Speicherort ändern</source>
        <translation>Change location</translation>
    </message>
    <message>
        <source>&amp;Eigenes Gemeindeverzeichnis verwenden…</source>
        <translation>&amp;Use own municipality register…</translation>
    </message>
    <message>
        <source>Eigenes Gemeindeverzeichnis verwenden</source>
        <translation>Use own municipality register</translation>
    </message>
    <message>
        <source>&amp;Mitgeliefertes verwenden</source>
        <translation>Use &amp;shipped register</translation>
    </message>
    <message>
        <source>Das Anlegen dauert einige Sekunden und kann abgebrochen werden.</source>
        <translation>Creating it takes a few seconds and can be cancelled.</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis: mitgeliefert, Gebietsstand {gebiet}, Einwohner Stand {einwohner}.</source>
        <translation>Municipality register: shipped, territorial status {gebiet}, population as of {einwohner}.</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis: {name} (CSV, Excel oder GV100AD; wird beim Anlegen geprüft).</source>
        <translation>Municipality register: {name} (CSV, Excel or GV100AD; checked when the database is created).</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis wählen</source>
        <translation>Choose municipality register</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis (*.csv *.gz *.xlsx *.txt *.asc *.zip);;Alle Dateien (*)</source>
        <translation>Municipality register (*.csv *.gz *.xlsx *.txt *.asc *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Die Datenbank für {name} wird aus dem amtlichen Gemeindeverzeichnis angelegt.</source>
        <translation>The database for {name} is created from the official municipality register.</translation>
    </message>
    <message>
        <source>Die Datei liegt im Datenordner (änderbar unter Bearbeiten → Einstellungen). Sie enthält alle Daten Ihrer Koordinierungsstelle; beim Programmstart wird sie automatisch gesichert.</source>
        <translation>The file is kept in the data folder (changeable under Edit → Settings). It holds all data of your coordination office; it is backed up automatically at start-up.</translation>
    </message>
    <message>
        <source>Landesdatenbank speichern unter</source>
        <translation>Save Land database as</translation>
    </message>
    <message>
        <source>Die Datei {path} existiert bereits und wird nicht überschrieben. Bitte einen anderen Namen wählen oder die Datenbank über „Vorhandene Datenbank öffnen“ öffnen.</source>
        <translation>The file {path} already exists and is not overwritten. Please choose another name or open the database with “Open an existing database”.</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis lesen</source>
        <translation>Read municipality register</translation>
    </message>
    <message>
        <source>{warnungen}

Die Landesdatenbank trotzdem aus dieser Datei anlegen?</source>
        <translation>{warnungen}

Create the Land database from this file anyway?</translation>
    </message>
</context>
<context>
    <name>DatumFeld</name>
    <message>
        <source>{feld}: „{text}“ ist kein Datum (bitte TT.MM.JJJJ).</source>
        <translation>{feld}: “{text}” is not a date (please DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>{feld}: den {text} gibt es nicht (bitte Tag und Monat prüfen).</source>
        <translation>{feld}: {text} does not exist (please check day and month).</translation>
    </message>
    <message>
        <source>{feld}: „{text}“ ist keine Uhrzeit (bitte TT.MM.JJJJ HH:MM).</source>
        <translation>{feld}: “{text}” is not a time (please DD.MM.YYYY HH:MM).</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <source>Eingabe löschen</source>
        <translation>Clear input</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ HH:MM</source>
        <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
        <source>{feld}: bitte ein Datum angeben (TT.MM.JJJJ).</source>
        <translation>{feld}: please enter a date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>{feld}: {text} liegt nach dem {max} (spätestens {max}).</source>
        <translation>{feld}: {text} is after {max} (at the latest {max}).</translation>
    </message>
    <message>
        <source>Kalender: {feld}</source>
        <translation>Calendar: {feld}</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bereiche des Formulars</source>
        <translation>Sections of the form</translation>
    </message>
</context>
<context>
    <name>FertigPage</name>
    <message>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Die Landesdatenbank ist angelegt: {path}</source>
        <translation>The Land database has been created: {path}</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis: {angaben}</source>
        <translation>Municipality register: {angaben}</translation>
    </message>
    <message>
        <source>Signaturschlüssel: Fingerabdruck {fp}</source>
        <translation>Signing key: fingerprint {fp}</translation>
    </message>
    <message>
        <source>Beim Start sichert das Programm die Datenbank automatisch (Datei → Sicherung wiederherstellen…). Name, Ordner, Sicherungen und Sprache stellen Sie unter Bearbeiten → Einstellungen ein.</source>
        <translation>At start-up the program backs up the database automatically (File → Restore backup…). Name, folders, backups and language are set under Edit → Settings.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Landesdatenbank (*.sqlite);;Alle Dateien (*)</source>
        <translation>Land database (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>alle Kreise</source>
        <translation>all districts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>jeder Status</source>
        <translation>any status</translation>
    </message>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>alle Leistungen</source>
        <translation>all services</translation>
    </message>
    <message>
        <source>IT-Dienstleister</source>
        <translation>IT service provider</translation>
    </message>
    <message>
        <source>alle IT-Dienstleister</source>
        <translation>all IT service providers</translation>
    </message>
    <message>
        <source>Fachverfahren</source>
        <translation>Specialist procedure</translation>
    </message>
    <message>
        <source>alle Fachverfahren</source>
        <translation>all specialist procedures</translation>
    </message>
    <message>
        <source>nur First Mover</source>
        <translation>First movers only</translation>
    </message>
    <message>
        <source>Suche: Name oder ARS</source>
        <translation>Search: name or ARS</translation>
    </message>
    <message>
        <source>Freitextsuche</source>
        <translation>Full-text search</translation>
    </message>
    <message>
        <source>Kreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Leistung:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>IT-Dienstleister:</source>
        <translation>IT service provider:</translation>
    </message>
    <message>
        <source>Fachverfahren:</source>
        <translation>Specialist procedure:</translation>
    </message>
</context>
<context>
    <name>FirstMoverTab</name>
    <message>
        <source>Der Kommunalpakt verlangt First Mover mit &lt;i&gt;bewusst unterschiedlichen Voraussetzungen&lt;/i&gt;. Je Leistung wird geprüft: Größenklasse nach versorgten Einwohnern (unter 5.000 · 5.000–20.000 · 20.000–100.000 · ab 100.000), Kreis, IT-Dienstleister, Fachverfahren. Eine Dimension ist vielfältig (✔), wenn sie mindestens zwei Werte hat und keine Gruppe mehr als zwei Drittel stellt; „unterschiedlich“ heißt: mindestens zwei First Mover und drei der vier Dimensionen vielfältig.</source>
        <translation>The Kommunalpakt asks for first movers with &lt;i&gt;deliberately different prerequisites&lt;/i&gt;. Per service it checks: size class by inhabitants served (below 5,000 · 5,000–20,000 · 20,000–100,000 · from 100,000), district, IT service provider, specialist procedure. A dimension is diverse (✔) if it has at least two values and no group makes up more than two thirds; “diverse” means: at least two first movers and three of the four dimensions diverse.</translation>
    </message>
    <message>
        <source>First Mover je Leistung</source>
        <translation>First movers per service</translation>
    </message>
    <message>
        <source>In der &amp;Matrix zeigen</source>
        <translation>Show in the &amp;matrix</translation>
    </message>
    <message>
        <source>First Mover dieser Leistung in der Nachnutzungs-Matrix zeigen</source>
        <translation>Show the first movers of this service in the re-use matrix</translation>
    </message>
    <message>
        <source>First Mover der Leistung</source>
        <translation>First movers of the service</translation>
    </message>
    <message>
        <source>&lt;b&gt;{l}&lt;/b&gt;: {n} First Mover – {u}</source>
        <translation>&lt;b&gt;{l}&lt;/b&gt;: {n} first movers – {u}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>{app} einrichten</source>
        <translation>Set up {app}</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Fertigstellen</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Landesdatenbank anlegen</source>
        <translation>Create Land database</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Leer lassen für den Standard: {path}</source>
        <translation>Leave empty for the default: {path}</translation>
    </message>
    <message>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>{name}: Ordner wählen</source>
        <translation>{name}: choose folder</translation>
    </message>
</context>
<context>
    <name>Fortschritt</name>
    <message>
        <source>davon produktiv</source>
        <translation>of which in production</translation>
    </message>
    <message>
        <source>produktiv %</source>
        <translation>in production %</translation>
    </message>
    <message>
        <source>zählt nicht für die Quote: </source>
        <translation>does not count for the quota: </translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Einwohner produktiv versorgt %</source>
        <translation>inhabitants served in production %</translation>
    </message>
    <message>
        <source>Anteil der Einwohner, deren zuständige Kommune die Leistung produktiv anbietet</source>
        <translation>Share of inhabitants whose responsible municipality offers the service in production</translation>
    </message>
</context>
<context>
    <name>FortschrittPanel</name>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>zuständige Kommunen</source>
        <translation>responsible municipalities</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>zuständige Nachnutzungen</source>
        <translation>responsible adoptions</translation>
    </message>
    <message>
        <source>Je Leistung zählen zuständige Kommunen, je Kreis zuständige Nachnutzungen (Kommune × Leistung). Eine Verbandsgemeinde bzw. ein Amt versorgt die Einwohner ihrer Ortsgemeinden, ein Kreis die seiner Gemeinden – außer denen einer Stadt, die für die Leistung selbst zuständig ist. Nr. 7 (realisiert) und Nr. 8 (Bund) zählen nicht mit.</source>
        <translation>Per service the table counts responsible municipalities, per district responsible adoptions (municipality × service). A Verbandsgemeinde or Amt serves the residents of its member municipalities, a district those of its municipalities – except those of a town that is itself responsible for the service. No. 7 (realised) and No. 8 (federal) are not counted.</translation>
    </message>
    <message>
        <source>Je Leistung</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Je Kreis (alle Leistungen, die für die Quote zählen)</source>
        <translation>Per district (all services that count for the quota)</translation>
    </message>
</context>
<context>
    <name>FrozenTable</name>
    <message>
        <source>Kommunen der Matrix</source>
        <translation>Municipalities of the matrix</translation>
    </message>
    <message>
        <source>Nachnutzungs-Matrix</source>
        <translation>Re-use matrix</translation>
    </message>
</context>
<context>
    <name>GvImport</name>
    <message>
        <source>Neue Kommunen</source>
        <translation>New municipalities</translation>
    </message>
    <message>
        <source>Aufgelöste Kommunen</source>
        <translation>Dissolved municipalities</translation>
    </message>
    <message>
        <source>Umbenannt</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>In anderen Gemeindeverband oder Kreis gewechselt</source>
        <translation>Moved to another municipal association or district</translation>
    </message>
    <message>
        <source>Einwohnerzahl geändert</source>
        <translation>Population changed</translation>
    </message>
    <message>
        <source>Sonstige Registerangaben geändert</source>
        <translation>Other register data changed</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis aktualisieren</source>
        <translation>Update municipality register</translation>
    </message>
    <message>
        <source>Auszug des Gemeindeverzeichnisses wählen</source>
        <translation>Choose an extract of the municipality register</translation>
    </message>
    <message>
        <source>Gemeindeverzeichnis (*.csv *.gz *.xlsx *.txt *.asc *.zip);;Alle Dateien (*)</source>
        <translation>Municipality register (*.csv *.gz *.xlsx *.txt *.asc *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>{source}: keine Unterschiede zur Datenbank.</source>
        <translation>{source}: no differences to the database.</translation>
    </message>
</context>
<context>
    <name>GvVorschau</name>
    <message>
        <source>Gemeindeverzeichnis aktualisieren – Vorschau</source>
        <translation>Update municipality register – preview</translation>
    </message>
    <message>
        <source>{source}: {new} neu, {dissolved} aufgelöst, {renamed} umbenannt, {moved} gewechselt, {ew} mit neuer Einwohnerzahl. Aufgelöste Kommunen werden nicht gelöscht, sondern als „aufgelöst“ markiert; ihre Daten bleiben erhalten.</source>
        <translation>{source}: {new} new, {dissolved} dissolved, {renamed} renamed, {moved} moved, {ew} with a new population. Dissolved municipalities are not deleted but marked “dissolved”; their data are kept.</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Warnungen zur Datei:</source>
        <translation>Warnings about the file:</translation>
    </message>
    <message>
        <source>von der Datei nicht angegeben</source>
        <translation>not stated by the file</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Gebietsstand:</source>
        <translation>Territorial status:</translation>
    </message>
    <message>
        <source>Stichtag der Einwohnerzahlen</source>
        <translation>Reference date of the population figures</translation>
    </message>
    <message>
        <source>Einwohner Stand</source>
        <translation>Population as of</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Die Datei nennt den Stichtag ihrer Einwohnerzahlen nicht. Wenn Sie ihn kennen, hier angeben.</source>
        <translation>The file does not state the reference date of its population figures. If you know it, enter it here.</translation>
    </message>
    <message>
        <source>Einwohner &amp;Stand:</source>
        <translation>Population &amp;as of:</translation>
    </message>
    <message>
        <source>Eingabe prüfen</source>
        <translation>Check input</translation>
    </message>
</context>
<context>
    <name>Hilfe</name>
    <message>
        <source>Benutzerhandbuch</source>
        <translation>User manual</translation>
    </message>
    <message>
        <source>Das Benutzerhandbuch {path} lässt sich nicht lesen: {err}</source>
        <translation>The user manual {path} cannot be read: {err}</translation>
    </message>
    <message>
        <source>Seite {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Befehl</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Fehlerbericht erstellen</source>
        <translation>Create error report</translation>
    </message>
    <message>
        <source>ZIP-Archiv (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>Der Fehlerbericht ist gespeichert:
{path}

Er enthält das Protokoll und die Versionen, keine Inhalte der Landesdatenbank. Bitte geben Sie ihn Ihrer IT-Abteilung.</source>
        <translation>The error report has been saved:
{path}

It holds the log and the versions, no content of the Land database. Please pass it to your IT department.</translation>
    </message>
    <message>
        <source>Benutzer&amp;handbuch</source>
        <translation>User &amp;manual</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Datenordner öffnen</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Fehlerbericht erstellen…</source>
        <translation>Create &amp;error report…</translation>
    </message>
    <message>
        <source>Datenordner öffnen</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Der Datenordner {folder} lässt sich nicht anlegen: {err}</source>
        <translation>The data folder {folder} cannot be created: {err}</translation>
    </message>
</context>
<context>
    <name>Historie</name>
    <message>
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>alt → neu</source>
        <translation>old → new</translation>
    </message>
    <message>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <source>erfasst am</source>
        <translation>recorded on</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HuerdeDialog</name>
    <message>
        <source>Hürde bearbeiten</source>
        <translation>Edit obstacle</translation>
    </message>
    <message>
        <source>Neue Hürde</source>
        <translation>New obstacle</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unterart</source>
        <translation>Sub-type</translation>
    </message>
    <message>
        <source>Erfasst am</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lösung</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Handlungsempfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>An Forum Kommunalpakt eskalieren</source>
        <translation>Escalate to Forum Kommunalpakt</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>„{t}“: {alt} → &lt;b&gt;{neu}&lt;/b&gt;</source>
        <translation>“{t}”: {alt} → &lt;b&gt;{neu}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Lösung:</source>
        <translation>&amp;Solution:</translation>
    </message>
    <message>
        <source>&amp;Handlungsempfehlung:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>Hürde</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>&amp;Hürde</source>
        <translation>&amp;Obstacle</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kategorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Unterart:</source>
        <translation>&amp;Sub-type:</translation>
    </message>
    <message>
        <source>&amp;Erfasst am:</source>
        <translation>&amp;Recorded on:</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Betroffen</source>
        <translation>&amp;Affected</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>HuerdenPage</name>
    <message>
        <source>In &amp;Klärung nehmen…</source>
        <translation>Start &amp;clarifying…</translation>
    </message>
    <message>
        <source>An &amp;Forum Kommunalpakt eskalieren…</source>
        <translation>Escalate to &amp;Forum Kommunalpakt…</translation>
    </message>
    <message>
        <source>Als &amp;gelöst abschließen…</source>
        <translation>Close as &amp;solved…</translation>
    </message>
    <message>
        <source>Als ni&amp;cht lösbar abschließen…</source>
        <translation>Close as &amp;not solvable…</translation>
    </message>
    <message>
        <source>&amp;Wieder öffnen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>eskaliert (Forum)</source>
        <translation>escalated (Forum)</translation>
    </message>
    <message>
        <source>Hürden</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>alle Kategorien</source>
        <translation>all categories</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>jeder Status</source>
        <translation>any status</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>alle Kreise</source>
        <translation>all districts</translation>
    </message>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>alle Leistungen</source>
        <translation>all services</translation>
    </message>
    <message>
        <source>nur &amp;offene</source>
        <translation>&amp;open only</translation>
    </message>
    <message>
        <source>nur offene Hürden</source>
        <translation>open obstacles only</translation>
    </message>
    <message>
        <source>Freitextsuche</source>
        <translation>Full-text search</translation>
    </message>
    <message>
        <source>Suche: Titel, Unterart, Kommune</source>
        <translation>Search: title, sub-type, municipality</translation>
    </message>
    <message>
        <source>Kategorie:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Kreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Leistung:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>&amp;Neue Hürde…</source>
        <translation>&amp;New obstacle…</translation>
    </message>
    <message>
        <source>Neue Hürde</source>
        <translation>New obstacle</translation>
    </message>
    <message>
        <source>Hürde bearbeiten</source>
        <translation>Edit obstacle</translation>
    </message>
    <message>
        <source>Bea&amp;rbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hürde löschen</source>
        <translation>Delete obstacle</translation>
    </message>
    <message>
        <source>Details der Hürde</source>
        <translation>Details of the obstacle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verlauf&lt;/b&gt;</source>
        <translation>&lt;b&gt;History&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verlauf der Hürde</source>
        <translation>History of the obstacle</translation>
    </message>
    <message>
        <source>{n} Hürden, davon {o} offen</source>
        <translation>{n} obstacles, {o} of them open</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keine Hürde ausgewählt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No obstacle selected.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>erfasst am</source>
        <translation>recorded on</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lösung</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Handlungsempfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Hürde</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Bitte eine Hürde auswählen.</source>
        <translation>Please select an obstacle.</translation>
    </message>
    <message>
        <source>Hürde speichern</source>
        <translation>Save obstacle</translation>
    </message>
    <message>
        <source>Hürde erfassen</source>
        <translation>Record obstacle</translation>
    </message>
    <message>
        <source>Die Hürde „{t}“ mit ihrem Verlauf löschen?</source>
        <translation>Delete the obstacle “{t}” with its history?</translation>
    </message>
    <message>
        <source>Hürde „{t}“ löschen</source>
        <translation>Delete obstacle “{t}”</translation>
    </message>
    <message>
        <source>Status der Hürde „{t}“: {s}</source>
        <translation>Status of obstacle “{t}”: {s}</translation>
    </message>
</context>
<context>
    <name>ITDienstleisterDialog</name>
    <message>
        <source>IT-Dienstleister</source>
        <translation>IT service provider</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Ansprechpartner/in:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Webseite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Willkommen bei Kommunalpakt Desktop</source>
        <translation>Welcome to Kommunalpakt Desktop</translation>
    </message>
    <message>
        <source>Noch ist keine Landesdatenbank eingerichtet. Was möchten Sie tun?</source>
        <translation>No Land database has been set up yet. What would you like to do?</translation>
    </message>
    <message>
        <source>Die Landesdatenbank meines Landes &amp;einrichten</source>
        <translation>&amp;Set up the database of my Land</translation>
    </message>
    <message>
        <source>Landesdatenbank einrichten</source>
        <translation>Set up Land database</translation>
    </message>
    <message>
        <source>Zuerst die &amp;Demo mit fiktiven Daten ansehen</source>
        <translation>First look at the &amp;demo with fictitious data</translation>
    </message>
    <message>
        <source>Demo ansehen</source>
        <translation>View demo</translation>
    </message>
    <message>
        <source>Eine vorhandene Datenbank ö&amp;ffnen</source>
        <translation>&amp;Open an existing database</translation>
    </message>
    <message>
        <source>Vorhandene Datenbank öffnen</source>
        <translation>Open an existing database</translation>
    </message>
    <message>
        <source>Die Datenbank enthält sofort alle Kreise, Gemeindeverbände und Gemeinden Ihres Landes aus dem amtlichen Gemeindeverzeichnis und die 16 Fokusleistungen.</source>
        <translation>The database at once holds all districts, municipal associations and municipalities of your Land from the official municipality register, and the 16 focus services.</translation>
    </message>
    <message>
        <source>Echte Kommunen, erfundene Nachnutzungen, Hürden und Termine: zum Ausprobieren.</source>
        <translation>Real municipalities, invented re-uses, obstacles and meetings: for trying things out.</translation>
    </message>
    <message>
        <source>Zum Beispiel eine Datenbank, die Ihnen eine Kollegin weitergegeben hat.</source>
        <translation>For example a database a colleague passed on to you.</translation>
    </message>
</context>
<context>
    <name>Karte</name>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>produktiv</source>
        <translation>in production</translation>
    </message>
    <message>
        <source>zählende Leistungen</source>
        <translation>counted services</translation>
    </message>
    <message>
        <source>Anteil produktiv %</source>
        <translation>Share in production %</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>{name} ({kreis}): {status}</source>
        <translation>{name} ({kreis}): {status}</translation>
    </message>
    <message>
        <source> seit {datum}</source>
        <translation> since {datum}</translation>
    </message>
    <message>
        <source>{name} ({kreis}): {p} von {n} Leistungen produktiv ({anteil})</source>
        <translation>{name} ({kreis}): {p} of {n} services in production ({anteil})</translation>
    </message>
    <message>
        <source>, {e} Einwohner</source>
        <translation>, {e} inhabitants</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>{p} % der Leistungen produktiv</source>
        <translation>{p} % of the services in production</translation>
    </message>
    <message>
        <source>1 Mio.</source>
        <translation>1 million</translation>
    </message>
    <message>
        <source>Anteil produktiv</source>
        <translation>Share in production</translation>
    </message>
</context>
<context>
    <name>KartenAnsicht</name>
    <message>
        <source>Leistung der Karte</source>
        <translation>Service of the map</translation>
    </message>
    <message>
        <source>alle Leistungen (Anteil produktiv)</source>
        <translation>all services (share in production)</translation>
    </message>
    <message>
        <source>Als &amp;Tabelle</source>
        <translation>As &amp;table</translation>
    </message>
    <message>
        <source>Dieselben Daten als Tabelle (T oder Strg+T)</source>
        <translation>The same data as a table (T or Ctrl+T)</translation>
    </message>
    <message>
        <source>Karte als Tabelle</source>
        <translation>Map as a table</translation>
    </message>
    <message>
        <source>Pfeiltasten: von Marke zu Marke · Umschalt+Pfeile: verschieben · +/−: zoomen · 0: ganze Karte · Eingabe: in der Matrix zeigen · T: Tabelle</source>
        <translation>Arrow keys: from mark to mark · Shift+arrows: pan · +/−: zoom · 0: whole map · Enter: show in the matrix · T: table</translation>
    </message>
    <message>
        <source>Karte oder Tabelle</source>
        <translation>Map or table</translation>
    </message>
    <message>
        <source>{titel}: {n} zuständige Kommunen</source>
        <translation>{titel}: {n} responsible municipalities</translation>
    </message>
    <message>
        <source> ({n} ohne Koordinaten nicht eingezeichnet)</source>
        <translation> ({n} without coordinates not drawn)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Für %s gibt es noch kein Schlüsselpaar.</source>
        <translation>There is no key pair for %s yet.</translation>
    </message>
    <message>
        <source>Schlüsselpaar &amp;erzeugen</source>
        <translation>&amp;Create key pair</translation>
    </message>
    <message>
        <source>Schlüsselpaar für %s vorhanden. Privater Schlüssel: %s</source>
        <translation>Key pair for %s present. Private key: %s</translation>
    </message>
    <message>
        <source>Neues Schlüsselpaar &amp;erzeugen…</source>
        <translation>&amp;Create new key pair…</translation>
    </message>
    <message>
        <source>Schlüssel ersetzen?</source>
        <translation>Replace key?</translation>
    </message>
    <message>
        <source>Es gibt bereits einen Schlüssel. Ein neuer Schlüssel muss dem IT-Planungsrat erneut übermittelt werden; bis dahin werden neue Standardpakete dort abgelehnt. Ersetzen?</source>
        <translation>A key already exists. A new key must be sent to the IT-Planungsrat again; until then new standard packages are refused there. Replace?</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Öffentlichen Schlüssel speichern</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <source>Schlüssel (*.pub)</source>
        <translation>Key (*.pub)</translation>
    </message>
    <message>
        <source>Schlüssel gespeichert</source>
        <translation>Key saved</translation>
    </message>
    <message>
        <source>Der öffentliche Schlüssel wurde in %s gespeichert. Fingerabdruck: %s</source>
        <translation>The public key was saved in %s. Fingerprint: %s</translation>
    </message>
</context>
<context>
    <name>KommuneDetail</name>
    <message>
        <source>Keine Kommune gewählt</source>
        <translation>No municipality selected</translation>
    </message>
    <message>
        <source>Registerdaten (Gemeindeverzeichnis, nur lesbar)</source>
        <translation>Register data (municipality register, read-only)</translation>
    </message>
    <message>
        <source>ARS:</source>
        <translation>ARS:</translation>
    </message>
    <message>
        <source>AGS:</source>
        <translation>AGS:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Einwohner:</source>
        <translation>Inhabitants:</translation>
    </message>
    <message>
        <source>Fläche (km²):</source>
        <translation>Area (km²):</translation>
    </message>
    <message>
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Kreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Gemeindeverband:</source>
        <translation>Municipal association:</translation>
    </message>
    <message>
        <source>First Mover:</source>
        <translation>First mover:</translation>
    </message>
    <message>
        <source>Zustand:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Betreuung durch die Koordinierungsstelle</source>
        <translation>Support by the coordination office</translation>
    </message>
    <message>
        <source>&amp;IT-Dienstleister:</source>
        <translation>&amp;IT service provider:</translation>
    </message>
    <message>
        <source>&amp;Spitzenverband:</source>
        <translation>&amp;Umbrella body:</translation>
    </message>
    <message>
        <source>un&amp;terstützt andere Kommunen als Ansprechpartner</source>
        <translation>suppor&amp;ts other municipalities as contact</translation>
    </message>
    <message>
        <source>Hinzu&amp;fügen…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Bea&amp;rbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notiz s&amp;peichern</source>
        <translation>Sa&amp;ve note</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kontakte der Kommune</source>
        <translation>Contacts of the municipality</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>KommuneDetailPanel</name>
    <message>
        <source>(keiner)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keine Kommune gewählt&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;No municipality selected&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>aufgelöst am {datum}</source>
        <translation>dissolved on {datum}</translation>
    </message>
    <message>
        <source>, Nachfolgerin: {name}</source>
        <translation>, successor: {name}</translation>
    </message>
    <message>
        <source>verbandsfrei</source>
        <translation>not in an association</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>{n} (Summe der {g} Gemeinden)</source>
        <translation>{n} (total of the {g} municipalities)</translation>
    </message>
    <message>
        <source>IT-Dienstleister von {name}</source>
        <translation>IT service provider of {name}</translation>
    </message>
    <message>
        <source>Spitzenverband von {name}</source>
        <translation>Umbrella association of {name}</translation>
    </message>
    <message>
        <source>Ansprechpartner-Rolle von {name}</source>
        <translation>Contact role of {name}</translation>
    </message>
    <message>
        <source>Notiz zu {name}</source>
        <translation>Note on {name}</translation>
    </message>
    <message>
        <source>Kontakt {name} anlegen</source>
        <translation>Add contact {name}</translation>
    </message>
    <message>
        <source>Kontakt {name} bearbeiten</source>
        <translation>Edit contact {name}</translation>
    </message>
    <message>
        <source>Kontakt entfernen</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>{name} aus den Kontakten entfernen?</source>
        <translation>Remove {name} from the contacts?</translation>
    </message>
    <message>
        <source>Kontakt {name} entfernen</source>
        <translation>Remove contact {name}</translation>
    </message>
</context>
<context>
    <name>KommunenBaum</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
</context>
<context>
    <name>KommunenPage</name>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Gliederung</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>IT-Dienstleister</source>
        <translation>IT service provider</translation>
    </message>
    <message>
        <source>Suchen nach Name, ARS, AGS oder PLZ …</source>
        <translation>Search by name, ARS, AGS or postcode …</translation>
    </message>
    <message>
        <source>Kommunen suchen</source>
        <translation>Search municipalities</translation>
    </message>
    <message>
        <source>aufgelöste zeigen</source>
        <translation>show dissolved</translation>
    </message>
    <message>
        <source>IT-Dienstleister &amp;zuweisen…</source>
        <translation>Assign IT service &amp;provider…</translation>
    </message>
    <message>
        <source>Den gewählten Kommunen einen IT-Dienstleister zuweisen</source>
        <translation>Assign an IT service provider to the selected municipalities</translation>
    </message>
    <message>
        <source>E-Mail-Adressen kopieren</source>
        <translation>Copy e-mail addresses</translation>
    </message>
    <message>
        <source>alle Kontakte</source>
        <translation>all contacts</translation>
    </message>
    <message>
        <source>Gliederung nach Kreisen</source>
        <translation>Structure by district</translation>
    </message>
    <message>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Bea&amp;rbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Betreute Kommunen</source>
        <translation>Municipalities served</translation>
    </message>
    <message>
        <source>Aufgelöste Kommunen ({n})…</source>
        <translation>Dissolved municipalities ({n})…</translation>
    </message>
    <message>
        <source>{shown} von {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Betreute Kommunen von {name}</source>
        <translation>Municipalities served by {name}</translation>
    </message>
    <message>
        <source>Bitte zuerst Kommunen in der Tabelle oder einen Kreis in der Gliederung wählen.</source>
        <translation>Please first select municipalities in the table or a district in the structure.</translation>
    </message>
    <message>
        <source>Die gewählten Kommunen haben keine passenden Kontakte mit E-Mail-Adresse.</source>
        <translation>The selected municipalities have no matching contacts with an e-mail address.</translation>
    </message>
    <message>
        <source>{n} E-Mail-Adressen in die Zwischenablage kopiert.</source>
        <translation>{n} e-mail addresses copied to the clipboard.</translation>
    </message>
    <message>
        <source>IT-Dienstleister zuweisen</source>
        <translation>Assign IT service provider</translation>
    </message>
    <message>
        <source>(keiner)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>IT-Dienstleister für {n} Kommunen:</source>
        <translation>IT service provider for {n} municipalities:</translation>
    </message>
    <message>
        <source>IT-Dienstleister für {n} Kommunen zuweisen</source>
        <translation>Assign IT service provider to {n} municipalities</translation>
    </message>
    <message>
        <source>IT-Dienstleister {name} speichern</source>
        <translation>Save IT service provider {name}</translation>
    </message>
    <message>
        <source>IT-Dienstleister entfernen</source>
        <translation>Remove IT service provider</translation>
    </message>
    <message>
        <source>{name} entfernen? Die betreuten Kommunen verlieren die Zuordnung.</source>
        <translation>Remove {name}? The municipalities it serves lose the assignment.</translation>
    </message>
    <message>
        <source>IT-Dienstleister {name} entfernen</source>
        <translation>Remove IT service provider {name}</translation>
    </message>
</context>
<context>
    <name>KommunenTabelle</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>AGS</source>
        <translation>AGS</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Gemeindeverband</source>
        <translation>Municipal association</translation>
    </message>
    <message>
        <source>IT-Dienstleister</source>
        <translation>IT service provider</translation>
    </message>
    <message>
        <source>First Mover</source>
        <translation>First mover</translation>
    </message>
    <message>
        <source>Spitzenverband</source>
        <translation>Umbrella association</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>aufgelöst</source>
        <translation>dissolved</translation>
    </message>
</context>
<context>
    <name>Konflikt</name>
    <message>
        <source>jemand anderem</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>(unverändert)</source>
        <translation>(unchanged)</translation>
    </message>
</context>
<context>
    <name>KonfliktDialog</name>
    <message>
        <source>Gleichzeitige Änderung – {title}</source>
        <translation>Simultaneous change – {title}</translation>
    </message>
    <message>
        <source>Während Sie bearbeitet haben, hat {wer} denselben Eintrag geändert{wann}. Ihre Änderung ist noch nicht gespeichert.</source>
        <translation>While you were editing, {wer} changed the same entry{wann}. Your change has not been saved yet.</translation>
    </message>
    <message>
        <source> (am {wann})</source>
        <translation> (on {wann})</translation>
    </message>
    <message>
        <source>Gegenüberstellung der beiden Änderungen</source>
        <translation>Comparison of both changes</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Geändert von {wer} (vorher → jetzt)</source>
        <translation>Changed by {wer} (before → now)</translation>
    </message>
    <message>
        <source>Ihre Eingabe</source>
        <translation>Your input</translation>
    </message>
    <message>
        <source>Meine Änderung übernehmen</source>
        <translation>Apply my change</translation>
    </message>
    <message>
        <source>Ihre Eingaben werden auf die neue Fassung geschrieben.</source>
        <translation>Your input is written on top of the new version.</translation>
    </message>
    <message>
        <source>Änderung des anderen behalten</source>
        <translation>Keep the other person&apos;s change</translation>
    </message>
    <message>
        <source>Ihre Eingaben werden verworfen; die Ansicht zeigt die neue Fassung.</source>
        <translation>Your input is discarded; the view shows the new version.</translation>
    </message>
</context>
<context>
    <name>KontaktDialog</name>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>Koordinierungsstelle</name>
    <message>
        <source>Name der Koordinierungsstelle</source>
        <translation>Name of the coordination office</translation>
    </message>
    <message>
        <source>z. B. Ministerium des Innern, Referat Digitalisierung</source>
        <translation>e.g. Ministry of the Interior, digitalisation unit</translation>
    </message>
    <message>
        <source>Kommunale OZG-Koordinatorin oder -Koordinator</source>
        <translation>Municipal OZG coordinator</translation>
    </message>
    <message>
        <source>&amp;Koordinierungsstelle:</source>
        <translation>&amp;Coordination office:</translation>
    </message>
    <message>
        <source>Koordinator/&amp;in:</source>
        <translation>C&amp;oordinator:</translation>
    </message>
</context>
<context>
    <name>LandPage</name>
    <message>
        <source>Land wählen</source>
        <translation>Choose the Land</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Land:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Die Demo zeigt die echten Kommunen dieses Landes mit fiktiven Daten.</source>
        <translation>The demo shows the real municipalities of this Land with fictitious data.</translation>
    </message>
    <message>
        <source>Mit „Fertigstellen“ wird die Demo-Datenbank angelegt (einige Sekunden).</source>
        <translation>“Finish” creates the demo database (a few seconds).</translation>
    </message>
    <message>
        <source>Für welches Land koordinieren Sie den Kommunalpakt?</source>
        <translation>For which Land do you coordinate the Kommunalpakt?</translation>
    </message>
</context>
<context>
    <name>LandesteamsTab</name>
    <message>
        <source>Leistungsübergreifende Voraussetzungen der Nachnutzung: Ansprechpersonen der Ressorts, OZG-Koordination, IT-Dienstleister, Rechtsexpertise.</source>
        <translation>Cross-service prerequisites of re-use: contacts in the ministries, OZG coordination, IT service providers, legal expertise.</translation>
    </message>
    <message>
        <source>Unterstützt die Kommunen direkt (organisatorisch, technisch, methodisch) bei der operativen Nachnutzung.</source>
        <translation>Supports the municipalities directly (organisationally, technically, methodically) in operative re-use.</translation>
    </message>
    <message>
        <source>Team &amp;bearbeiten…</source>
        <translation>&amp;Edit team…</translation>
    </message>
    <message>
        <source>Team b&amp;earbeiten…</source>
        <translation>E&amp;dit team…</translation>
    </message>
    <message>
        <source>{team} bearbeiten</source>
        <translation>Edit {team}</translation>
    </message>
    <message>
        <source>{n} Mitglieder</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <source>noch nicht eingerichtet</source>
        <translation>not set up yet</translation>
    </message>
</context>
<context>
    <name>LeistungDetails</name>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Ressort</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>federführende Länder</source>
        <translation>lead Länder</translation>
    </message>
    <message>
        <source>Länderkürzel, z. B. HB, NW</source>
        <translation>Land abbreviations, e.g. HB, NW</translation>
    </message>
    <message>
        <source>EfA-Dienst</source>
        <translation>EfA service</translation>
    </message>
    <message>
        <source>Anbieter des EfA-Dienstes</source>
        <translation>Provider of the EfA service</translation>
    </message>
    <message>
        <source>FIT-Store/GovDigital</source>
        <translation>FIT-Store/GovDigital</translation>
    </message>
    <message>
        <source>z. B. FIT-Store, Marktplatz GovDigital</source>
        <translation>e.g. FIT-Store, GovDigital marketplace</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Kontakt des Roll-Out-Teams</source>
        <translation>Contact of the roll-out team</translation>
    </message>
    <message>
        <source>Änderungen &amp;speichern</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Ressort:</source>
        <translation>&amp;Ministry:</translation>
    </message>
    <message>
        <source>&amp;Federführende Länder:</source>
        <translation>&amp;Lead Länder:</translation>
    </message>
    <message>
        <source>EfA-D&amp;ienst:</source>
        <translation>EfA serv&amp;ice:</translation>
    </message>
    <message>
        <source>A&amp;nbieter:</source>
        <translation>Provider (&amp;n):</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>FIT-Store/&amp;GovDigital:</source>
        <translation>FIT-Store/&amp;GovDigital:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Roll-Out-&amp;Team:</source>
        <translation>Roll-out &amp;team:</translation>
    </message>
    <message>
        <source>(kein Kontakt)</source>
        <translation>(no contact)</translation>
    </message>
    <message>
        <source>Bereits vollständig realisiert – zählt in keiner Quote mit.</source>
        <translation>Already fully realised – counts in no quota.</translation>
    </message>
    <message>
        <source>Wird direkt durch das BMFSFJ betrieben – zählt in keiner Quote mit.</source>
        <translation>Run directly by the BMFSFJ – counts in no quota.</translation>
    </message>
    <message>
        <source>Themenfeld: {t} · Behörde: {b}{h}</source>
        <translation>Topic: {t} · Authority: {b}{h}</translation>
    </message>
</context>
<context>
    <name>LeistungenPage</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ressort</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>FF-Länder</source>
        <translation>Lead Länder</translation>
    </message>
    <message>
        <source>Vollzugsebene</source>
        <translation>Executing level</translation>
    </message>
    <message>
        <source>Sicherheit</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>zuständig</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>EfA-Dienst</source>
        <translation>EfA service</translation>
    </message>
    <message>
        <source>{neu} Nachnutzungen neu angelegt, {raus} als „nicht mehr zuständig“ behalten, {wieder} wieder zuständig.</source>
        <translation>{neu} re-uses created, {raus} kept as “no longer responsible”, {wieder} responsible again.</translation>
    </message>
    <message>
        <source>Leistungen und Vollzugsebene</source>
        <translation>Services and executing level</translation>
    </message>
    <message>
        <source>Fokusleistungen</source>
        <translation>Focus services</translation>
    </message>
    <message>
        <source>Leistung {nr} ändern</source>
        <translation>Change service {nr}</translation>
    </message>
    <message>
        <source>Vollzugsebene der Leistung {nr} auf „{e}“ setzen?

{v}</source>
        <translation>Set the executing level of service {nr} to “{e}”?

{v}</translation>
    </message>
    <message>
        <source>Vollzugsebene ändern</source>
        <translation>Change executing level</translation>
    </message>
    <message>
        <source>Vollzugsebene der Leistung {nr} ändern</source>
        <translation>Change the executing level of service {nr}</translation>
    </message>
    <message>
        <source>Vollzugsebene der Leistung {nr} bestätigen</source>
        <translation>Confirm the executing level of service {nr}</translation>
    </message>
    <message>
        <source>Mitgelieferte Vorgabe für Leistung {nr} übernehmen: „{e}“ ({s})?

{q}

{v}</source>
        <translation>Take the shipped default for service {nr}: “{e}” ({s})?

{q}

{v}</translation>
    </message>
    <message>
        <source>Vorgabe übernehmen</source>
        <translation>Take default</translation>
    </message>
    <message>
        <source>Vorgabe für Leistung {nr} übernehmen</source>
        <translation>Take the default for service {nr}</translation>
    </message>
    <message>
        <source>Liste zuständiger Kommunen für Leistung {nr}</source>
        <translation>List of responsible municipalities for service {nr}</translation>
    </message>
    <message>
        <source>Listen (*.csv *.xlsx *.txt);;Alle Dateien (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Liste einlesen</source>
        <translation>Read list</translation>
    </message>
    <message>
        <source>{n} Kommunen erkannt:</source>
        <translation>{n} municipalities recognised:</translation>
    </message>
    <message>
        <source>  … und {n} weitere</source>
        <translation>  … and {n} more</translation>
    </message>
    <message>
        <source>{n} sind schon als Ausnahme eingetragen und bleiben unverändert.</source>
        <translation>{n} are already recorded as exceptions and stay as they are.</translation>
    </message>
    <message>
        <source>Nicht erkannt:</source>
        <translation>Not recognised:</translation>
    </message>
    <message>
        <source>Als zusätzlich zuständig für Leistung {nr} eintragen?</source>
        <translation>Record as additionally responsible for service {nr}?</translation>
    </message>
    <message>
        <source>Liste für Leistung {nr} übernehmen</source>
        <translation>Apply the list for service {nr}</translation>
    </message>
    <message>
        <source>Ausnahme bei Leistung {nr} eintragen</source>
        <translation>Record an exception for service {nr}</translation>
    </message>
    <message>
        <source>Ausnahme entfernen</source>
        <translation>Remove exception</translation>
    </message>
    <message>
        <source>„{art}“ {wie} für die Mitgliedsgemeinden?

{d}</source>
        <translation>“{art}” {wie} for the member municipalities?

{d}</translation>
    </message>
    <message>
        <source>verwaltet</source>
        <translation>administers</translation>
    </message>
    <message>
        <source>verwaltet nicht</source>
        <translation>does not administer</translation>
    </message>
    <message>
        <source>Keine Leistung ist davon betroffen.</source>
        <translation>No service is affected.</translation>
    </message>
    <message>
        <source>Gemeindeverbände</source>
        <translation>Municipal associations</translation>
    </message>
    <message>
        <source>Regel für {art} ändern</source>
        <translation>Change the rule for {art}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Seiten</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Strg+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>Datenbank wird geöffnet …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Sicherung erstellen…</source>
        <translation>&amp;Create backup…</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen…</source>
        <translation>Restore &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Koordinierungsstelle…</source>
        <translation>Coordination &amp;office…</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Ü&amp;ber Kommunalpakt Desktop</source>
        <translation>&amp;About Kommunalpakt Desktop</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source> (Demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>Land: {name} ({key})</source>
        <translation>Land: {name} ({key})</translation>
    </message>
    <message>
        <source>Datenbank: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Landesdatenbank öffnen</source>
        <translation>Open Land database</translation>
    </message>
    <message>
        <source>Neue Landesdatenbank</source>
        <translation>New Land database</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Wird noch gespeichert – das Fenster schließt danach.</source>
        <translation>Still saving – the window closes afterwards.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>First Mover</source>
        <translation>First mover</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>nicht zuständig</source>
        <translation>not responsible</translation>
    </message>
    <message>
        <source>{kommune} – {leistung}: nicht zuständig</source>
        <translation>{kommune} – {leistung}: not responsible</translation>
    </message>
    <message>
        <source> seit {d}</source>
        <translation> since {d}</translation>
    </message>
    <message>
        <source>, First Mover</source>
        <translation>, first mover</translation>
    </message>
    <message>
        <source> – First Mover</source>
        <translation> – first mover</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source> – zählt nicht für die Quote</source>
        <translation> – does not count for the quota</translation>
    </message>
</context>
<context>
    <name>Meldung</name>
    <message>
        <source>Status: Eine Hürde im Status „{alt}“ kann nicht auf „{neu}“ gesetzt werden. Möglich ist: {erlaubt}.</source>
        <translation>Status: an obstacle with status “{alt}” cannot be set to “{neu}”. Possible: {erlaubt}.</translation>
    </message>
    <message>
        <source>{feld} „{text}“ ist kein gültiger Regionalschlüssel (12 Ziffern erwartet).</source>
        <translation>{feld} “{text}” is not a valid regional key (12 digits expected).</translation>
    </message>
    <message>
        <source>Der Status kann nicht von „{alt}“ auf „{neu}“ gesetzt werden. Möglich: {erlaubt}.</source>
        <translation>The status cannot be changed from “{alt}” to “{neu}”. Possible: {erlaubt}.</translation>
    </message>
    <message>
        <source>Geplant: „{stufe}“ am {datum:%d.%m.%Y} liegt vor „{vorher}“ am {vorher_datum:%d.%m.%Y}. Die Stufen folgen aufeinander; bitte die Daten prüfen.</source>
        <translation>Planned: “{stufe}” on {datum:%d.%m.%Y} is before “{vorher}” on {vorher_datum:%d.%m.%Y}. The stages follow each other; please check the dates.</translation>
    </message>
    <message>
        <source>Eine Kommune mit dem Regionalschlüssel „{ars}“ gibt es in dieser Datenbank nicht.</source>
        <translation>There is no municipality with the regional key “{ars}” in this database.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Erfasst am: {datum:%d.%m.%Y} liegt in der Zukunft. Eine Hürde wird an dem Tag erfasst, an dem sie bekannt wird (spätestens heute, {heute:%d.%m.%Y}).</source>
        <translation>Recorded on: {datum:%d.%m.%Y} is in the future. An obstacle is recorded on the day it becomes known (today at the latest, {heute:%d.%m.%Y}).</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Diese Hürde gibt es nicht (mehr).</source>
        <translation>This obstacle does not exist (any more).</translation>
    </message>
    <message>
        <source>Lösung: Bitte beschreiben, wie die Hürde gelöst wurde.</source>
        <translation>Solution: please describe how the obstacle was solved.</translation>
    </message>
    <message>
        <source>Notiz: Bitte begründen, warum die Hürde nicht lösbar ist.</source>
        <translation>Note: please explain why the obstacle cannot be solved.</translation>
    </message>
    <message>
        <source>Datum: liegt vor der Erfassung der Hürde ({erfasst:%d.%m.%Y}).</source>
        <translation>Date: is before the obstacle was recorded ({erfasst:%d.%m.%Y}).</translation>
    </message>
    <message>
        <source>Diese Hürde gibt es schon wieder; es wurde nichts geändert.</source>
        <translation>This obstacle exists again already; nothing was changed.</translation>
    </message>
    <message>
        <source>Name: Bitte einen Namen angeben.</source>
        <translation>Name: please enter a name.</translation>
    </message>
    <message>
        <source>Name/Organisation: höchstens 200 Zeichen.</source>
        <translation>Name/organisation: at most 200 characters.</translation>
    </message>
    <message>
        <source>E-Mail: „{email}“ ist keine gültige E-Mail-Adresse.</source>
        <translation>E-mail: “{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>„{unterart}“ ist keine Unterart von {label}. Erlaubt: {erlaubt}.</source>
        <translation>“{unterart}” is not a subtype of {label}. Allowed: {erlaubt}.</translation>
    </message>
    <message>
        <source>„{prefix}“ ist kein Schlüssel des Gemeindeverzeichnisses.</source>
        <translation>“{prefix}” is not a key of the municipality register.</translation>
    </message>
    <message>
        <source>Unbekanntes Land „{text}“. Erlaubt sind Schlüssel oder Kürzel: {allowed}.</source>
        <translation>Unknown Land “{text}”. Allowed are keys or abbreviations: {allowed}.</translation>
    </message>
    <message>
        <source>Unbekannter Landesschlüssel „{schluessel}“.</source>
        <translation>Unknown Land key “{schluessel}”.</translation>
    </message>
    <message>
        <source>Ungültiger Wert „{text}“ für {field}. Erlaubt sind: {allowed}.</source>
        <translation>Invalid value “{text}” for {field}. Allowed are: {allowed}.</translation>
    </message>
    <message>
        <source>Die Datei {path} existiert bereits und wird nicht überschrieben. Bitte einen anderen Dateinamen wählen oder die vorhandene Datenbank öffnen.</source>
        <translation>The file {path} already exists and is not overwritten. Please choose another file name or open the existing database.</translation>
    </message>
    <message>
        <source>Die Datenbank {path} wurde nicht gefunden. Mit „kpakt init --land …“ oder im Programm über „Datei → Neu…“ wird eine neue Landesdatenbank angelegt.</source>
        <translation>The database {path} was not found. “kpakt init --land …” or “File → New…” in the program creates a new Land database.</translation>
    </message>
    <message>
        <source>Die Datei {path} ist keine Datenbank von Kommunalpakt Desktop (keine SQLite-Datei). Sie wurde nicht verändert. Bitte die richtige Datei wählen.</source>
        <translation>The file {path} is not a Kommunalpakt Desktop database (not an SQLite file). It was not changed. Please choose the right file.</translation>
    </message>
    <message>
        <source>Die Datei {path} ist eine SQLite-Datenbank eines anderen Programms. Sie wurde nicht verändert. Bitte eine Landesdatenbank von Kommunalpakt Desktop wählen.</source>
        <translation>The file {path} is an SQLite database of another program. It was not changed. Please choose a Kommunalpakt Desktop Land database.</translation>
    </message>
    <message>
        <source>{location}: Die Offline-Kopie der Serverdatenbank ist nur zum Lesen geöffnet. Es wurde nichts geändert; Änderungen sind wieder möglich, sobald der Server erreichbar ist.</source>
        <translation>{location}: The offline copy of the server database is open read-only. Nothing was changed; changes are possible again as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>Die Serverdatenbank {wert} enthält bereits Tabellen und wird nicht überschrieben. Eine neue Landesdatenbank braucht eine leere Datenbank auf dem Server.</source>
        <translation>The server database {wert} already contains tables and is not overwritten. A new Land database needs an empty database on the server.</translation>
    </message>
    <message>
        <source>Die Serverdatenbank {where} ist leer. Mit „kpakt --db URL init --land …“ wird dort eine Landesdatenbank angelegt, mit „kpakt db kopieren --nach URL“ eine vorhandene übertragen.</source>
        <translation>The server database {where} is empty. “kpakt --db URL init --land …” creates a Land database there, “kpakt db kopieren --nach URL” transfers an existing one.</translation>
    </message>
    <message>
        <source>Die Serverdatenbank {where} enthält Tabellen eines anderen Programms. Sie wurde nicht verändert. Bitte die Datenbank der Landesdatenbank von Kommunalpakt Desktop angeben.</source>
        <translation>The server database {where} contains tables of another program. It was not changed. Please give the database of the Kommunalpakt Desktop Land database.</translation>
    </message>
    <message>
        <source>Ein Datensatz wurde gleichzeitig von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte die Ansicht aktualisieren und die Änderung erneut vornehmen.</source>
        <translation>A record was changed by someone else at the same time. Your change was not saved; please refresh the view and make the change again.</translation>
    </message>
    <message>
        <source>Die Quelldatenbank hat keine Schemaversion; sie wird nicht kopiert.</source>
        <translation>The source database has no schema version; it is not copied.</translation>
    </message>
    <message>
        <source>Die Datei {target} existiert bereits und wird nicht überschrieben.</source>
        <translation>The file {target} already exists and is not overwritten.</translation>
    </message>
    <message>
        <source>Die Tabelle {name} fehlt im Ziel; es wurde nichts kopiert.</source>
        <translation>The table {name} is missing in the target; nothing was copied.</translation>
    </message>
    <message>
        <source>Die Serverdatenbank {wert} ist nicht leer; sie wird nicht überschrieben. Bitte eine leere Datenbank angeben.</source>
        <translation>The server database {wert} is not empty; it is not overwritten. Please give an empty database.</translation>
    </message>
    <message>
        <source>Die Sicherung hat das Schema {revision}, die Serverdatenbank {wert}; es wurde nichts wiederhergestellt.</source>
        <translation>The backup has schema {revision}, the server database {wert}; nothing was restored.</translation>
    </message>
    <message>
        <source>Die Kopie weicht in den Tabellen {wert} von der Sicherung ab; es wurde nichts wiederhergestellt.</source>
        <translation>The copy differs from the backup in the tables {wert}; nothing was restored.</translation>
    </message>
    <message>
        <source>Ungültiger Wert „{value}“. Erlaubt sind: {allowed}.</source>
        <translation>Invalid value “{value}”. Allowed are: {allowed}.</translation>
    </message>
    <message>
        <source>Die Zieldatenbank enthält bereits andere Tabellen und ist keine Bundesdatenbank des Kommunalpakts; sie bleibt unverändert. Bitte eine neue oder eine bestehende Bundesdatenbank angeben.</source>
        <translation>The target database already contains other tables and is not a national Kommunalpakt database; it stays unchanged. Please give a new or an existing national database.</translation>
    </message>
    <message>
        <source>Die Bundesdatenbank ist nur zum Lesen geöffnet.</source>
        <translation>The national database is open read-only.</translation>
    </message>
    <message>
        <source>„{text}“ ist keine gültige Datenbank-URL.</source>
        <translation>“{text}” is not a valid database URL.</translation>
    </message>
    <message>
        <source>Die Bundesdatenbank {path} wurde nicht gefunden.</source>
        <translation>The national database {path} was not found.</translation>
    </message>
    <message>
        <source>{path} ist eine Landesdatenbank, keine Bundesdatenbank; sie bleibt unverändert.</source>
        <translation>{path} is a Land database, not a national database; it stays unchanged.</translation>
    </message>
    <message>
        <source>{path} ist keine SQLite-Datenbank ({err}); sie bleibt unverändert.</source>
        <translation>{path} is not an SQLite database ({err}); it stays unchanged.</translation>
    </message>
    <message>
        <source>Die Datenbank ist nicht erreichbar: {err}</source>
        <translation>The database cannot be reached: {err}</translation>
    </message>
    <message>
        <source>Die Bundesdatenbank {path} wurde während der Zusammenführung von einem anderen Vorgang angelegt; nichts wurde übernommen. Bitte erneut zusammenführen.</source>
        <translation>The national database {path} was created by another process during the merge; nothing was taken over. Please merge again.</translation>
    </message>
    <message>
        <source>Die Bundesdatenbank {path} wurde während der Zusammenführung angelegt; nichts wurde übernommen. Bitte erneut zusammenführen.</source>
        <translation>The national database {path} was created during the merge; nothing was taken over. Please merge again.</translation>
    </message>
    <message>
        <source>Rollen gibt es nur auf einem Datenbankserver (--db postgresql+psycopg://…); eine Landesdatenbank-Datei hat eine Person und keine Rollen.</source>
        <translation>Roles exist only on a database server (--db postgresql+psycopg://…); a Land database file has one person and no roles.</translation>
    </message>
    <message>
        <source>Unbekannte Art „{art}“. Erlaubt sind: {wert}.</source>
        <translation>Unknown kind “{art}”. Allowed are: {wert}.</translation>
    </message>
    <message>
        <source>Eine Taskforce-Rolle braucht --taskforce, die anderen Arten keine.</source>
        <translation>A Taskforce role needs --taskforce, the other kinds do not.</translation>
    </message>
    <message>
        <source>Eine Taskforce mit der Nummer {taskforce_id} gibt es nicht.</source>
        <translation>There is no Taskforce with number {taskforce_id}.</translation>
    </message>
    <message>
        <source>Die Rolle „{rolle}“ gibt es auf dem Server nicht. Bitte zuerst anlegen, z. B. CREATE ROLE &quot;{rolle}&quot; LOGIN; (das Kennwort vergibt der IT-Dienstleister).</source>
        <translation>The role “{rolle}” does not exist on the server. Please create it first, e.g. CREATE ROLE &quot;{rolle}&quot; LOGIN; (the IT service provider sets the password).</translation>
    </message>
    <message>
        <source>„{wert}“: Als Server wird nur PostgreSQL unterstützt (postgresql+psycopg://benutzer@host/datenbank); eine Landesdatenbank-Datei wird als Pfad angegeben.</source>
        <translation>“{wert}”: only PostgreSQL is supported as a server (postgresql+psycopg://user@host/database); a Land database file is given as a path.</translation>
    </message>
    <message>
        <source>{name} ({ars}) ist nicht aufgelöst; archivieren geht nur bei aufgelösten Kommunen.</source>
        <translation>{name} ({ars}) is not dissolved; only dissolved municipalities can be archived.</translation>
    </message>
    <message>
        <source>{name} ({ars}) ist nicht aufgelöst.</source>
        <translation>{name} ({ars}) is not dissolved.</translation>
    </message>
    <message>
        <source>{name} ({ars}) kann nicht Nachfolger sein: sie ist selbst aufgelöst.</source>
        <translation>{name} ({ars}) cannot be the successor: it is dissolved itself.</translation>
    </message>
    <message>
        <source>Änderungen seit {seit:%d.%m.%Y}: das Datum liegt in der Zukunft; bitte einen Tag bis zum {heute:%d.%m.%Y} angeben.</source>
        <translation>Changes since {seit:%d.%m.%Y}: the date lies in the future; please give a day up to {heute:%d.%m.%Y}.</translation>
    </message>
    <message>
        <source>Bitte einen Kreis (--kreis) oder alle Kreise (--alle) wählen.</source>
        <translation>Please choose a district (--kreis) or all districts (--alle).</translation>
    </message>
    <message>
        <source>{ziel} ist eine Datei; mit --alle bitte einen Ordner angeben.</source>
        <translation>{ziel} is a file; with --alle please give a folder.</translation>
    </message>
    <message>
        <source>{ziel}: bitte eine Zieldatei mit der Endung .xlsx angeben.</source>
        <translation>{ziel}: please give a target file ending in .xlsx.</translation>
    </message>
    <message>
        <source>Den Ordner {parent} gibt es nicht.</source>
        <translation>The folder {parent} does not exist.</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Feld „Gebietsstand“ hat den Wert „{wert}“, erwartet ist JJJJMMTT.</source>
        <translation>{source}, line {zeile}: field “Gebietsstand” has the value “{wert}”, YYYYMMDD expected.</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Der Satz endet nach {anzahl_line} von {RECORD_LENGTH} Zeichen – die Datei ist unvollständig oder beschädigt.</source>
        <translation>{source}, line {zeile}: the record ends after {anzahl_line} of {RECORD_LENGTH} characters – the file is incomplete or damaged.</translation>
    </message>
    <message>
        <source>{name}: Die ZIP-Datei enthält kein Gemeindeverzeichnis im Format GV100AD und ist keine Excel-Datei.</source>
        <translation>{name}: the ZIP file contains no municipality register in GV100AD format and is not an Excel file.</translation>
    </message>
    <message>
        <source>{name}: In keinem Tabellenblatt ({wert}) steht ein Auszug des Gemeindeverzeichnisses (Spalten Satzart, Land, … Gemeindename).</source>
        <translation>{name}: no worksheet ({wert}) holds an extract of the municipality register (columns Satzart, Land, … Gemeindename).</translation>
    </message>
    <message>
        <source>{source}: Die Datei ist leer.</source>
        <translation>{source}: the file is empty.</translation>
    </message>
    <message>
        <source>{name}: Die Datei kann nicht gelesen werden ({strerror}).</source>
        <translation>{name}: the file cannot be read ({strerror}).</translation>
    </message>
    <message>
        <source>{source}, Zeile {number}: nur {anzahl_row} von {anzahl_header} Feldern – die Datei ist unvollständig oder beschädigt.</source>
        <translation>{source}, line {number}: only {anzahl_row} of {anzahl_header} fields – the file is incomplete or damaged.</translation>
    </message>
    <message>
        <source>{source}: {label} {name} ({ars}) hat in der Datei keine Gemeinden. Ist die Datei vollständig?</source>
        <translation>{source}: {label} {name} ({ars}) has no municipalities in the file. Is the file complete?</translation>
    </message>
    <message>
        <source>{source}: Gemeindeschlüssel {ags} steht zweimal in der Datei ({wert}).</source>
        <translation>{source}: municipality key {ags} appears twice in the file ({wert}).</translation>
    </message>
    <message>
        <source>{name}: Die Excel-Datei ist beschädigt oder unvollständig ({err}).</source>
        <translation>{name}: the Excel file is damaged or incomplete ({err}).</translation>
    </message>
    <message>
        <source>{source}: Die Excel-Datei enthält unlesbare Zellen ({err}).</source>
        <translation>{source}: the Excel file contains unreadable cells ({err}).</translation>
    </message>
    <message>
        <source>{source}: Die ZIP-Datei ist beschädigt oder unvollständig.</source>
        <translation>{source}: the ZIP file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Unterart: {err}</source>
        <translation>Subtype: {err}</translation>
    </message>
    <message>
        <source>Name: Bitte den Namen des IT-Dienstleisters angeben.</source>
        <translation>Name: please enter the name of the IT service provider.</translation>
    </message>
    <message>
        <source>Name/Ansprechpartner: höchstens 200 Zeichen.</source>
        <translation>Name/contact person: at most 200 characters.</translation>
    </message>
    <message>
        <source>Telefon: „{telefon}“ enthält Zeichen, die in einer Telefonnummer nicht vorkommen.</source>
        <translation>Phone: “{telefon}” contains characters that do not occur in a phone number.</translation>
    </message>
    <message>
        <source>Name: Einen IT-Dienstleister „{name}“ gibt es schon.</source>
        <translation>Name: an IT service provider “{name}” exists already.</translation>
    </message>
    <message>
        <source>Diesen IT-Dienstleister gibt es nicht (mehr).</source>
        <translation>This IT service provider does not exist (any more).</translation>
    </message>
    <message>
        <source>Nachnutzungen</source>
        <translation>re-uses</translation>
    </message>
    <message>
        <source>Kontakten</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>{name} ist noch in {n} {was} eingetragen und kann deshalb nicht entfernt werden.</source>
        <translation>{name} is still entered in {n} {was} and therefore cannot be removed.</translation>
    </message>
    <message>
        <source>Kreis „{text}“ ist nicht eindeutig ({namen}); bitte den Regionalschlüssel angeben.</source>
        <translation>District “{text}” is ambiguous ({namen}); please give the regional key.</translation>
    </message>
    <message>
        <source>Kreis „{text}“: kein Landkreis und keine kreisfreie Stadt dieses Landes passt.</source>
        <translation>District “{text}”: no rural district and no district-free city of this Land matches.</translation>
    </message>
    <message>
        <source>Kreis #{kreis_id}: kein Landkreis und keine kreisfreie Stadt dieses Landes.</source>
        <translation>District #{kreis_id}: not a rural district and not a district-free city of this Land.</translation>
    </message>
    <message>
        <source>Das Feld „{feld}“ kann hier nicht bearbeitet werden.</source>
        <translation>The field “{feld}” cannot be edited here.</translation>
    </message>
    <message>
        <source>Die Kommune mit der Nummer {kommune_id} gibt es nicht (mehr).</source>
        <translation>The municipality with number {kommune_id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Diesen IT-Dienstleister gibt es nicht (mehr). Bitte die Liste neu laden.</source>
        <translation>This IT service provider does not exist (any more). Please reload the list.</translation>
    </message>
    <message>
        <source>Die Notiz ist zu lang ({anzahl_text} Zeichen, höchstens {NOTIZ_MAX}).</source>
        <translation>The note is too long ({anzahl_text} characters, at most {NOTIZ_MAX}).</translation>
    </message>
    <message>
        <source>Einige der gewählten Kommunen gibt es nicht (mehr). Bitte die Liste neu laden.</source>
        <translation>Some of the chosen municipalities do not exist (any more). Please reload the list.</translation>
    </message>
    <message>
        <source>{was} wurde inzwischen von {wer}{zeit} geändert ({teile}). Ihre Änderung wurde nicht gespeichert; bitte die neue Fassung ansehen und neu entscheiden.</source>
        <translation>{was} has meanwhile been changed by {wer}{zeit} ({teile}). Your change was not saved; please look at the new version and decide again.</translation>
    </message>
    <message>
        <source>{was} wurde inzwischen von jemand anderem gelöscht. Ihre Eingaben stehen noch im Formular; bitte abbrechen oder als neuen Eintrag anlegen.</source>
        <translation>{was} has meanwhile been deleted by someone else. Your input is still in the form; please cancel or create it as a new entry.</translation>
    </message>
    <message>
        <source>Diesen Kontakt gibt es nicht (mehr).</source>
        <translation>This contact does not exist (any more).</translation>
    </message>
    <message>
        <source>Die Kommune dieses Kontakts gibt es nicht (mehr).</source>
        <translation>The municipality of this contact does not exist (any more).</translation>
    </message>
    <message>
        <source>{name} ist noch Mitglied in {n} Taskforce(s) oder Team(s). Bitte dort zuerst austragen, dann den Kontakt entfernen.</source>
        <translation>{name} is still a member of {n} task force(s) or team(s). Please remove them there first, then delete the contact.</translation>
    </message>
    <message>
        <source>Name der Koordinierungsstelle und Koordinator/in dürfen höchstens 200 Zeichen lang sein.</source>
        <translation>The name of the coordination office and the coordinator may be at most 200 characters long.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mitglied {i}, Rolle</source>
        <translation>Member {i}, role</translation>
    </message>
    <message>
        <source>Dieses Team gibt es nicht (mehr).</source>
        <translation>This team does not exist (any more).</translation>
    </message>
    <message>
        <source>Mitglied {i}</source>
        <translation>Member {i}</translation>
    </message>
    <message>
        <source>Mitglied {i}: {name} ist schon Mitglied dieses Teams.</source>
        <translation>Member {i}: {name} is already a member of this team.</translation>
    </message>
    <message>
        <source>Feld „Ressort“: bitte das zuständige Bundesministerium angeben (z. B. BMI).</source>
        <translation>Field “Ministry”: please enter the responsible federal ministry (e.g. BMI).</translation>
    </message>
    <message>
        <source>Feld „Link“: bitte eine Adresse angeben, die mit https:// beginnt.</source>
        <translation>Field “Link”: please enter an address starting with https://.</translation>
    </message>
    <message>
        <source>Diese Felder der Leistung sind nicht änderbar: {wert}.</source>
        <translation>These fields of the service cannot be changed: {wert}.</translation>
    </message>
    <message>
        <source>Feld „federführende Länder“: „{falsch}“ ist kein Länderkürzel. Erlaubt sind: {erlaubt} (mehrere durch Komma getrennt).</source>
        <translation>Field “lead Länder”: “{falsch}” is not a Land abbreviation. Allowed: {erlaubt} (several separated by commas).</translation>
    </message>
    <message>
        <source>Die Leistung Nr. {nr} gibt es nicht (erlaubt: 1 bis 16).</source>
        <translation>There is no service no. {nr} (allowed: 1 to 16).</translation>
    </message>
    <message>
        <source>Feld „Kontakt Roll-Out-Team“: der gewählte Kontakt existiert nicht mehr.</source>
        <translation>Field “Roll-out team contact”: the chosen contact no longer exists.</translation>
    </message>
    <message>
        <source>Die Serverdatenbank {where} enthält keine Landesdatenbank von Kommunalpakt Desktop ({wert}). Der IT-Dienstleister richtet sie mit „kpakt db kopieren --nach …“ ein (docs/betrieb.md).</source>
        <translation>The server database {where} contains no Kommunalpakt Desktop Land database ({wert}). The IT service provider sets it up with “kpakt db kopieren --nach …” (docs/betrieb.md).</translation>
    </message>
    <message>
        <source>Feld „Port“: {port} ist kein Port (1 bis 65535).</source>
        <translation>Field “Port”: {port} is not a port (1 to 65535).</translation>
    </message>
    <message>
        <source>Feld „sslmode“: erlaubt sind {wert}.</source>
        <translation>Field “sslmode”: allowed are {wert}.</translation>
    </message>
    <message>
        <source>Feld „{name}“: bitte angeben.</source>
        <translation>Field “{name}”: please fill in.</translation>
    </message>
    <message>
        <source>Unbekannter Status „{text}“. Erlaubt sind: {allowed}.{hint}</source>
        <translation>Unknown status “{text}”. Allowed are: {allowed}.{hint}</translation>
    </message>
    <message>
        <source>Diese Nachnutzung gibt es nicht mehr. Bitte die Ansicht aktualisieren.</source>
        <translation>This re-use no longer exists. Please refresh the view.</translation>
    </message>
    <message>
        <source>{zelle} wurde inzwischen von {wer} am {wann:%d.%m.%Y um %H:%M} geändert ({teile}). Ihre Änderung wurde nicht gespeichert; bitte die neue Fassung ansehen und neu entscheiden.</source>
        <translation>{zelle} was changed meanwhile by {wer} on {wann:%d.%m.%Y at %H:%M} ({teile}). Your change was not saved; please look at the new version and decide again.</translation>
    </message>
    <message>
        <source>Unbekannte Felder: {wert}.</source>
        <translation>Unknown fields: {wert}.</translation>
    </message>
    <message>
        <source>Feld „Status“: unbekannter Wert.</source>
        <translation>Field “Status”: unknown value.</translation>
    </message>
    <message>
        <source>Feld „Anbindungsart“: unbekannter Wert.</source>
        <translation>Field “Anbindungsart”: unknown value.</translation>
    </message>
    <message>
        <source>Es ist keine Zelle ausgewählt.</source>
        <translation>No cell is selected.</translation>
    </message>
    <message>
        <source>Das Datum {datum:%d.%m.%Y} liegt in der Zukunft. Ein Status gilt ab dem Tag, an dem er erreicht wurde; geplante Termine gehören in die Spalte „geplant“.</source>
        <translation>The date {datum:%d.%m.%Y} is in the future. A status applies from the day it was reached; planned dates belong in the “planned” column.</translation>
    </message>
    <message>
        <source>„{ars}“ ist kein Amtlicher Regionalschlüssel: erwartet sind 12 Ziffern.</source>
        <translation>“{ars}” is not an official regional key (ARS): 12 digits are expected.</translation>
    </message>
    <message>
        <source>Die Leistung Nr. {nr} gibt es nicht: erlaubt sind die Nummern 1 bis 16.</source>
        <translation>There is no service no. {nr}: the numbers 1 to 16 are allowed.</translation>
    </message>
    <message>
        <source>Feld „{feld}“: bitte einen ganzen Euro-Betrag ab 0 angeben.</source>
        <translation>Field “{feld}”: please enter a whole euro amount of 0 or more.</translation>
    </message>
    <message>
        <source>Feld „IT-Dienstleister“: der gewählte IT-Dienstleister existiert nicht mehr.</source>
        <translation>Field “IT service provider”: the chosen IT service provider no longer exists.</translation>
    </message>
    <message>
        <source>Einige der gewählten Zellen gibt es nicht mehr. Bitte die Ansicht aktualisieren.</source>
        <translation>Some of the selected cells no longer exist. Please refresh the view.</translation>
    </message>
    <message>
        <source>Das Datum {datum:%d.%m.%Y} liegt in der Zukunft.</source>
        <translation>The date {datum:%d.%m.%Y} is in the future.</translation>
    </message>
    <message>
        <source>Rückgängig bzw. Wiederholen ist nicht mehr möglich: die Zellen wurden inzwischen erneut geändert ({namen}). Bitte die Werte im Editor prüfen.</source>
        <translation>Undo or redo is no longer possible: the cells were changed again meanwhile ({namen}). Please check the values in the editor.</translation>
    </message>
    <message>
        <source>Eine Kommune mit dem ARS {ars} gibt es in dieser Landesdatenbank nicht.</source>
        <translation>There is no municipality with the ARS {ars} in this Land database.</translation>
    </message>
    <message>
        <source>{name} ({ars}) ist für die Leistung Nr. {nr} nicht zuständig; die Zuständigkeit folgt aus der Vollzugsebene (Seite „Leistungen“).</source>
        <translation>{name} ({ars}) is not responsible for service no. {nr}; responsibility follows from the executing level (page “Services”).</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>{where}: „{wert}“ ist keine Zahl.</source>
        <translation>{where}: “{wert}” is not a number.</translation>
    </message>
    <message>
        <source>{where}: „{wert}“ ist keine ganze Zahl.</source>
        <translation>{where}: “{wert}” is not a whole number.</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Feld „gemeindename“ ist leer.</source>
        <translation>{source}, line {zeile}: field “gemeindename” is empty.</translation>
    </message>
    <message>
        <source>{where}: Feld „postleitzahl“ hat den Wert „{plz}“, erwartet sind 5 Ziffern.</source>
        <translation>{where}: field “postleitzahl” has the value “{plz}”, 5 digits expected.</translation>
    </message>
    <message>
        <source>{source}: Das ist kein Auszug des Gemeindeverzeichnisses, es fehlen die Spalten {wert}.</source>
        <translation>{source}: this is not an extract of the municipality register, the columns {wert} are missing.</translation>
    </message>
    <message>
        <source>{source}: Die Datei enthält keine Zeilen des Landes {land_key}.</source>
        <translation>{source}: the file contains no rows of Land {land_key}.</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Feld „satzart“ ist leer.</source>
        <translation>{source}, line {zeile}: field “satzart” is empty.</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: unbekannte Satzart „{satzart}“ (erwartet 10–60).</source>
        <translation>{source}, line {zeile}: unknown record type “{satzart}” (10–60 expected).</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Feld „{column}“ hat den Wert „{part}“, erwartet sind {wert} Ziffern.</source>
        <translation>{source}, line {zeile}: field “{column}” has the value “{part}”, {wert} digits expected.</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Feld „textkennzeichen“ ist leer (Satzart {satzart}).</source>
        <translation>{source}, line {zeile}: field “textkennzeichen” is empty (record type {satzart}).</translation>
    </message>
    <message>
        <source>{source}, Zeile {number}: mehr Felder als Spalten in der Kopfzeile.</source>
        <translation>{source}, line {number}: more fields than columns in the header row.</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Schlüssel {prefix} steht schon in Zeile {wert}.</source>
        <translation>{source}, line {zeile}: key {prefix} already appears in line {wert}.</translation>
    </message>
    <message>
        <source>{source}: Gemeinde {ars} ({name}) gehört zu Gemeindeverband {wert}, der in der Datei fehlt. Ist die Datei vollständig?</source>
        <translation>{source}: municipality {ars} ({name}) belongs to municipal association {wert}, which is missing from the file. Is the file complete?</translation>
    </message>
    <message>
        <source>{source}: Die Datei ist keine Textdatei in UTF-8 oder Windows-1252 (Byte 0x{wert:02x} an Stelle {wert2}). Ist es die richtige Datei?</source>
        <translation>{source}: the file is not a text file in UTF-8 or Windows-1252 (byte 0x{wert:02x} at position {wert2}). Is it the right file?</translation>
    </message>
    <message>
        <source>{source}, Zeile {zeile}: Feld „land“ hat den Wert „{land}“, erwartet sind 2 Ziffern.</source>
        <translation>{source}, line {zeile}: field “land” has the value “{land}”, 2 digits expected.</translation>
    </message>
    <message>
        <source>{source}: Die komprimierte Datei ist beschädigt oder unvollständig.</source>
        <translation>{source}: the compressed file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Leistung: Nr. {nr} gibt es nicht.</source>
        <translation>Service: there is no no. {nr}.</translation>
    </message>
    <message>
        <source>Dieses Roll-Out-Team gibt es nicht (mehr).</source>
        <translation>This roll-out team does not exist (any more).</translation>
    </message>
    <message>
        <source>Federführendes Land: „{land}“ ist kein Land (z. B. HH, NW oder 02).</source>
        <translation>Lead Land: “{land}” is not a Land (e.g. HH, NW or 02).</translation>
    </message>
    <message>
        <source>{titel} ist für keine der Fokusleistungen zuständig, die eine Rückmeldung brauchen.</source>
        <translation>{titel} is responsible for none of the focus services that need feedback.</translation>
    </message>
    <message>
        <source>Bitte genau eine Kommune (ARS) oder einen Kreis angeben.</source>
        <translation>Please give exactly one municipality (ARS) or one district.</translation>
    </message>
    <message>
        <source>{ziel} ist eine Datei; für die Bögen eines Kreises bitte einen Ordner angeben.</source>
        <translation>{ziel} is a file; for the forms of a district please give a folder.</translation>
    </message>
    <message>
        <source>{name}: keine lesbare Excel-Datei (.xlsx) oder beschädigt; bitte den Bogen so zurücksenden, wie er versandt wurde.</source>
        <translation>{name}: not a readable Excel file (.xlsx), or damaged; please return the form as it was sent.</translation>
    </message>
    <message>
        <source>{datei}, Blatt „{blatt}“, Zelle {zelle}: {text}</source>
        <translation>{datei}, sheet “{blatt}”, cell {zelle}: {text}</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein Datum; bitte TT.MM.JJJJ eingeben.</source>
        <translation>“{wert}” is not a date; please enter DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein ganzer Euro-Betrag ab 0.</source>
        <translation>“{wert}” is not a whole euro amount of 0 or more.</translation>
    </message>
    <message>
        <source>bitte einen ganzen Euro-Betrag ab 0 eingeben.</source>
        <translation>please enter a whole euro amount of 0 or more.</translation>
    </message>
    <message>
        <source>hier wird Text erwartet, kein Datum.</source>
        <translation>text is expected here, not a date.</translation>
    </message>
    <message>
        <source>höchstens {laenge} Zeichen (hier {anzahl}).</source>
        <translation>at most {laenge} characters (here {anzahl}).</translation>
    </message>
    <message>
        <source>das Datum {datum:%d.%m.%Y} liegt in der Zukunft.</source>
        <translation>the date {datum:%d.%m.%Y} is in the future.</translation>
    </message>
    <message>
        <source>das Datum {datum:%d.%m.%Y} liegt vor dem {grenze:%d.%m.%Y}; bitte prüfen.</source>
        <translation>the date {datum:%d.%m.%Y} is before {grenze:%d.%m.%Y}; please check.</translation>
    </message>
    <message>
        <source>der geplante Termin {datum:%d.%m.%Y} liegt in der Vergangenheit; bitte einen Termin ab heute eintragen (ist die Leistung schon produktiv, bitte den Status ändern).</source>
        <translation>the planned date {datum:%d.%m.%Y} is in the past; please enter a date from today on (if the service is already live, please change the status).</translation>
    </message>
    <message>
        <source>der geplante Termin {datum:%d.%m.%Y} liegt nach dem {grenze:%d.%m.%Y}.</source>
        <translation>the planned date {datum:%d.%m.%Y} is after {grenze:%d.%m.%Y}.</translation>
    </message>
    <message>
        <source>{pfad}: Datei nicht gefunden.</source>
        <translation>{pfad}: file not found.</translation>
    </message>
    <message>
        <source>{name}: zu groß für einen Rückmeldebogen.</source>
        <translation>{name}: too large for a feedback form.</translation>
    </message>
    <message>
        <source>{name}: kein Rückmeldebogen von Kommunalpakt Desktop (die Blätter „{BLATT}“ und die Kennung fehlen).</source>
        <translation>{name}: not a Kommunalpakt Desktop feedback form (the sheets “{BLATT}” and the identifier are missing).</translation>
    </message>
    <message>
        <source>unbekannte Formularversion „{formular}“.</source>
        <translation>unknown form version “{formular}”.</translation>
    </message>
    <message>
        <source>der verborgene Teil des Bogens wurde verändert.</source>
        <translation>the hidden part of the form was changed.</translation>
    </message>
    <message>
        <source>der Bogen gehört zum Land {bogen}, diese Landesdatenbank zum Land {land}.</source>
        <translation>the form belongs to Land {bogen}, this Land database to Land {land}.</translation>
    </message>
    <message>
        <source>aus dieser Landesdatenbank wurde noch kein Rückmeldebogen versandt.</source>
        <translation>no feedback form has been sent from this Land database yet.</translation>
    </message>
    <message>
        <source>die Prüfsumme passt nicht: der verborgene Teil wurde verändert oder der Bogen stammt aus einer anderen Landesdatenbank.</source>
        <translation>the checksum does not match: the hidden part was changed or the form comes from another Land database.</translation>
    </message>
    <message>
        <source>der verborgene Teil des Bogens ist unvollständig oder beschädigt.</source>
        <translation>the hidden part of the form is incomplete or damaged.</translation>
    </message>
    <message>
        <source>der sichtbare Teil gehört zu einer anderen Kommune als die Kennung ({kommune}, ARS {ars}).</source>
        <translation>the visible part belongs to another municipality than the identifier ({kommune}, ARS {ars}).</translation>
    </message>
    <message>
        <source>hier fehlt die Nummer der Leistung; bitte die Spalten „Nr.“ und „Leistung“ nicht ändern.</source>
        <translation>the number of the service is missing here; please do not change the columns “Nr.” and “Leistung”.</translation>
    </message>
    <message>
        <source>die Zeile der Leistung {nr} {name} fehlt (gelöscht?); bitte den Bogen mit allen Zeilen zurücksenden.</source>
        <translation>the row of service {nr} {name} is missing (deleted?); please return the form with all its rows.</translation>
    </message>
    <message>
        <source>Leistung {nr}: Bemerkung zu einer Leistung, für die die Kommune nicht mehr zuständig ist (nicht gespeichert): „{bemerkung}“</source>
        <translation>Service {nr}: remark on a service the municipality is no longer responsible for (not saved): “{bemerkung}”</translation>
    </message>
    <message>
        <source>Bitte mindestens einen Rückmeldebogen angeben.</source>
        <translation>Please give at least one feedback form.</translation>
    </message>
    <message>
        <source>{name}: die Datei kann nicht gelesen werden ({wert}).</source>
        <translation>{name}: the file cannot be read ({wert}).</translation>
    </message>
    <message>
        <source>hier steht „{wert}“ statt der Nummer der Leistung; bitte die Spalten „Nr.“ und „Leistung“ nicht ändern.</source>
        <translation>“{wert}” is here instead of the number of the service; please do not change the columns “Nr.” and “Leistung”.</translation>
    </message>
    <message>
        <source>die Zeile der Leistung {nr} fehlt (gelöscht?); bitte den Bogen mit allen Zeilen zurücksenden.</source>
        <translation>the row of service {nr} is missing (deleted?); please return the form with all its rows.</translation>
    </message>
    <message>
        <source>Leistung {nr}: das Datum „Status erreicht am“ wurde ohne neuen Status geändert und nicht übernommen.</source>
        <translation>Service {nr}: the date “Status erreicht am” was changed without a new status and was not taken over.</translation>
    </message>
    <message>
        <source>die Kommune {ars} gibt es in dieser Landesdatenbank nicht (mehr) unter diesem Schlüssel.</source>
        <translation>the municipality {ars} does not exist (any more) under this key in this Land database.</translation>
    </message>
    <message>
        <source>{datei}: für {kommune} ({ars}) liegt schon der Bogen {erster} vor; bitte nur einen Bogen je Kommune einlesen.</source>
        <translation>{datei}: the form {erster} for {kommune} ({ars}) is already there; please read in only one form per municipality.</translation>
    </message>
    <message>
        <source>hier ist keine Formel erlaubt, bitte den Wert eintragen.</source>
        <translation>no formula is allowed here, please enter the value.</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein Status aus der Auswahlliste ({erlaubt}).</source>
        <translation>“{wert}” is not a status from the drop-down list ({erlaubt}).</translation>
    </message>
    <message>
        <source>hier steht Leistung {nr}, die mit diesem Bogen nicht versandt wurde.</source>
        <translation>here is service {nr}, which was not sent with this form.</translation>
    </message>
    <message>
        <source>Leistung {nr} steht doppelt im Bogen (auch in Zeile {zeile}).</source>
        <translation>Service {nr} is in the form twice (also in row {zeile}).</translation>
    </message>
    <message>
        <source>„{wert}“ ist keine Anbindungsart aus der Auswahlliste ({erlaubt}).</source>
        <translation>“{wert}” is not a connection type from the drop-down list ({erlaubt}).</translation>
    </message>
    <message>
        <source>{art_label} „{eingabe}“ kann nur so zugeordnet werden: {erlaubt}.</source>
        <translation>{art_label} “{eingabe}” can only be assigned like this: {erlaubt}.</translation>
    </message>
    <message>
        <source>Eine Sicherung auf den Server zurückspielen darf nur die Rolle Koordination; Ihre Rolle „{rolle}“ ist „{art}“. Es wurde nichts geändert.</source>
        <translation>Only the Koordination role may restore a backup onto the server; your role “{rolle}” is “{art}”. Nothing was changed.</translation>
    </message>
    <message>
        <source>Die Sicherung kann nicht in die geöffnete Datenbank selbst geschrieben werden. Bitte einen anderen Dateinamen wählen.</source>
        <translation>The backup cannot be written into the open database itself. Please choose another file name.</translation>
    </message>
    <message>
        <source>Die Sicherung {path} stammt aus einer neueren Version von Kommunalpakt Desktop (Schema {wert}) und kann mit dieser Version nicht wiederhergestellt werden.</source>
        <translation>The backup {path} comes from a newer version of Kommunalpakt Desktop (schema {wert}) and cannot be restored with this version.</translation>
    </message>
    <message>
        <source>Die Datei {backup} ist beschädigt (SQLite-Integritätsprüfung fehlgeschlagen). Es wurde nichts wiederhergestellt; bitte eine andere Sicherung wählen.</source>
        <translation>The file {backup} is damaged (SQLite integrity check failed). Nothing was restored; please choose another backup.</translation>
    </message>
    <message>
        <source>Die Sicherung {backup} gehört zu {land_name} ({land_schluessel}), nicht zum Land dieser Datenbank ({land_schluessel2}). Es wurde nichts wiederhergestellt.</source>
        <translation>The backup {backup} belongs to {land_name} ({land_schluessel}), not to the Land of this database ({land_schluessel2}). Nothing was restored.</translation>
    </message>
    <message>
        <source>Die gewählte Sicherung ist die geöffnete Datenbank selbst. Es wurde nichts geändert.</source>
        <translation>The chosen backup is the open database itself. Nothing was changed.</translation>
    </message>
    <message>
        <source>Die Sicherung {path} kann nicht gelesen werden ({name}). Es wurde nichts wiederhergestellt.</source>
        <translation>The backup {path} cannot be read ({name}). Nothing was restored.</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein erlaubter Wert (erlaubt: {wert2})</source>
        <translation>“{wert}” is not an allowed value (allowed: {wert2})</translation>
    </message>
    <message>
        <source>„{wert}“ hat nicht die Form {pattern}</source>
        <translation>“{wert}” does not have the form {pattern}</translation>
    </message>
    <message>
        <source>„{wert}“ ist länger als {max_length} Zeichen</source>
        <translation>“{wert}” is longer than {max_length} characters</translation>
    </message>
    <message>
        <source>Pflichtfeld ist leer</source>
        <translation>required field is empty</translation>
    </message>
    <message>
        <source>{value} ist kleiner als {minimum}</source>
        <translation>{value} is less than {minimum}</translation>
    </message>
    <message>
        <source>{value} ist größer als {maximum}</source>
        <translation>{value} is greater than {maximum}</translation>
    </message>
    <message>
        <source>kein gültiges Datum</source>
        <translation>not a valid date</translation>
    </message>
    <message>
        <source>keine Zahl</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>Zahl außerhalb des Bereichs</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <source>Form stimmt nicht</source>
        <translation>form does not match</translation>
    </message>
    <message>
        <source>„{wert}“ ist keine ganze Zahl</source>
        <translation>“{wert}” is not a whole number</translation>
    </message>
    <message>
        <source>„{wert}“ liegt außerhalb des Bereichs ganzer Zahlen (höchstens 19 Stellen)</source>
        <translation>“{wert}” is outside the range of whole numbers (at most 19 digits)</translation>
    </message>
    <message>
        <source>Wert außerhalb der Grenzen</source>
        <translation>value out of bounds</translation>
    </message>
    <message>
        <source>„{wert}“ ist keine Zahl</source>
        <translation>“{wert}” is not a number</translation>
    </message>
    <message>
        <source>„{wert}“ liegt außerhalb des Zahlenbereichs</source>
        <translation>“{wert}” is outside the number range</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein Wahrheitswert (erlaubt: true, false)</source>
        <translation>“{wert}” is not a boolean (allowed: true, false)</translation>
    </message>
    <message>
        <source>unbekannter Feldtyp {type}</source>
        <translation>unknown field type {type}</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein Datum (JJJJ-MM-TT)</source>
        <translation>“{wert}” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)</source>
        <translation>“{wert}” is not a point in time (YYYY-MM-DDThh:mm:ss)</translation>
    </message>
    <message>
        <source>Der Ordner {parent} existiert nicht.</source>
        <translation>The folder {parent} does not exist.</translation>
    </message>
    <message>
        <source>Dies ist die Demo-Datenbank: ihr Paket wird nicht mit dem echten Schlüssel der Koordinierungsstelle signiert (es könnte sonst als Meldung des Landes gelten). Ohne --key signiert sie mit dem eigenen Demo-Schlüssel.</source>
        <translation>This is the demo database: its package is not signed with the coordination office&apos;s real key (it could otherwise count as the Land&apos;s report). Without --key it signs with its own demo key.</translation>
    </message>
    <message>
        <source>Im Ordner {parent} kann nicht geschrieben werden: {err}</source>
        <translation>Cannot write in the folder {parent}: {err}</translation>
    </message>
    <message>
        <source>Das Paket Nr. {sequenz} wurde erstellt, konnte aber nicht als {target} gespeichert werden: {err}. Bitte erneut exportieren (mit der nächsten Nummer).</source>
        <translation>Package no. {sequenz} was created but could not be saved as {target}: {err}. Please export again (with the next number).</translation>
    </message>
    <message>
        <source>Das Standardpaket wurde nicht erstellt: {title} ({path}), Zeile mit {wert} = {key}, Feld „{name}“ enthält {what} („{wert2}“). Personenbezogene Daten verlassen das Land nicht; bitte den Text ändern und erneut exportieren.</source>
        <translation>The Standardpaket was not created: {title} ({path}), row with {wert} = {key}, field “{name}” contains {what} (“{wert2}”). Personal data does not leave the Land; please change the text and export again.</translation>
    </message>
    <message>
        <source>{n} Zeilen gingen verloren.</source>
        <translation>{n} rows would be lost.</translation>
    </message>
    <message>
        <source>1 Zeile ginge verloren.</source>
        <translation>1 row would be lost.</translation>
    </message>
    <message>
        <source>Das Paket Nr. {sequenz} leert für das Land {land} Tabellen, die bisher Daten hatten: {tabellen}. {verlust} Nur wenn das gewollt ist: --leeren-zulassen.</source>
        <translation>Package no. {sequenz} empties tables of Land {land} that held data so far: {tabellen}. {verlust} Only if that is intended: --leeren-zulassen.</translation>
    </message>
    <message>
        <source>{tabelle} ({n} Zeilen)</source>
        <translation>{tabelle} ({n} rows)</translation>
    </message>
    <message>
        <source>{tabelle} (1 Zeile)</source>
        <translation>{tabelle} (1 row)</translation>
    </message>
    <message>
        <source>Die Datei wurde während der Zusammenführung verändert.</source>
        <translation>The file was changed during the merge.</translation>
    </message>
    <message>
        <source>Das Paket des Landes {land} wurde aus Demodaten erstellt (ist_demo = true) und wird nicht übernommen. Nur zum Ausprobieren: --demo-zulassen.</source>
        <translation>The package of Land {land} was built from demo data (ist_demo = true) and is not taken over. Only for trying out: --demo-zulassen.</translation>
    </message>
    <message>
        <source>Zwei verschiedene Pakete des Landes {land} tragen dieselbe Nummer {sequenz} ({erstes} und {zweites}).</source>
        <translation>Two different packages of Land {land} carry the same number {sequenz} ({erstes} and {zweites}).</translation>
    </message>
    <message>
        <source>Paket Nr. {sequenz} des Landes {land} ist nicht neuer als das bereits zusammengeführte Paket Nr. {alt} (Stand {stand:%d.%m.%Y %H:%M}).</source>
        <translation>Package no. {sequenz} of Land {land} is not newer than the package no. {alt} already merged (as of {stand:%d.%m.%Y %H:%M}).</translation>
    </message>
    <message>
        <source>Die Bundesdatenbank enthält noch kein Land; es gibt nichts zu berichten.</source>
        <translation>The national database contains no Land yet; there is nothing to report.</translation>
    </message>
    <message>
        <source>{path} ist keine Bundesdatenbank des Kommunalpakts (Tabelle „herkunft“ fehlt).</source>
        <translation>{path} is not a national Kommunalpakt database (table “herkunft” is missing).</translation>
    </message>
    <message>
        <source>{path} ist keine lesbare Datenbank: {orig}</source>
        <translation>{path} is not a readable database: {orig}</translation>
    </message>
    <message>
        <source>Für das Land {land} gibt es bereits einen Signaturschlüssel ({target}). Ein neuer Schlüssel muss dem IT-Planungsrat erneut übermittelt werden; zum Ersetzen bitte ausdrücklich „ersetzen“ wählen (--ersetzen).</source>
        <translation>There is already a signing key for Land {land} ({target}). A new key must be sent to the IT-Planungsrat again; to replace it please choose “replace” explicitly (--ersetzen).</translation>
    </message>
    <message>
        <source>Kein Signaturschlüssel gefunden ({path}). Bitte zuerst ein Schlüsselpaar erzeugen („kpakt keygen -o ORDNER“ oder Standardpaket → Schlüssel…).</source>
        <translation>No signing key found ({path}). Please create a key pair first (“kpakt keygen -o FOLDER” or Standardpaket → Keys…).</translation>
    </message>
    <message>
        <source>Der Schlüssel in {path} ist kein Ed25519-Schlüssel.</source>
        <translation>The key in {path} is not an Ed25519 key.</translation>
    </message>
    <message>
        <source>Der Schlüssel in der Einstellung {PUBLIC_KEY_SETTING} ist kein Ed25519-Schlüssel.</source>
        <translation>The key in the setting {PUBLIC_KEY_SETTING} is not an Ed25519 key.</translation>
    </message>
    <message>
        <source>Das Schlüsselpaar konnte nicht gespeichert werden ({wert}: {wert2}). Der bisherige Schlüssel bleibt unverändert.</source>
        <translation>The key pair could not be saved ({wert}: {wert2}). The previous key stays unchanged.</translation>
    </message>
    <message>
        <source>Die Datei {path} enthält keinen lesbaren privaten Schlüssel: {err}</source>
        <translation>The file {path} contains no readable private key: {err}</translation>
    </message>
    <message>
        <source>Die Datei {path} enthält keinen lesbaren öffentlichen Schlüssel: {err}</source>
        <translation>The file {path} contains no readable public key: {err}</translation>
    </message>
    <message>
        <source>Der öffentliche Schlüssel konnte nicht nach {target} geschrieben werden: {err}</source>
        <translation>The public key could not be written to {target}: {err}</translation>
    </message>
    <message>
        <source>Die Einstellung {PUBLIC_KEY_SETTING} der Landesdatenbank enthält keinen lesbaren öffentlichen Schlüssel: {err}</source>
        <translation>The setting {PUBLIC_KEY_SETTING} of the Land database contains no readable public key: {err}</translation>
    </message>
    <message>
        <source>Der Ordner {public_dir} für den öffentlichen Schlüssel kann nicht angelegt werden ({wert}). Es wurde kein Schlüssel erzeugt.</source>
        <translation>The folder {public_dir} for the public key cannot be created ({wert}). No key was created.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>ganze Zahl</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>Zahl</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Objekt</source>
        <translation>object</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Wahrheitswert</source>
        <translation>truth value</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>ungültiger Aufbau (Anführungszeichen, Trennzeichen oder Zeilenende)</source>
        <translation>invalid structure (quotes, separators or line ends)</translation>
    </message>
    <message>
        <source>Das Archiv enthält {count} Einträge; erlaubt sind höchstens {limit}.</source>
        <translation>The archive holds {count} entries; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>Der Eintrag ist beschädigt und nicht lesbar (Kompression oder Prüfsumme).</source>
        <translation>The entry is damaged and cannot be read (compression or checksum).</translation>
    </message>
    <message>
        <source>„{text}“ ist keine Zahl (NaN und Infinity sind in JSON nicht erlaubt).</source>
        <translation>“{text}” is not a number (NaN and Infinity are not allowed in JSON).</translation>
    </message>
    <message>
        <source>muss vom Typ {typ} sein</source>
        <translation>must be of type {typ}</translation>
    </message>
    <message>
        <source>Pflichtangabe {namen} fehlt</source>
        <translation>required entry {namen} is missing</translation>
    </message>
    <message>
        <source>nicht erlaubte Angabe {namen}</source>
        <translation>entry not allowed: {namen}</translation>
    </message>
    <message>
        <source>muss {wert} sein</source>
        <translation>must be {wert}</translation>
    </message>
    <message>
        <source>ist kein erlaubter Wert</source>
        <translation>is not an allowed value</translation>
    </message>
    <message>
        <source>hat nicht die verlangte Form {muster}</source>
        <translation>does not have the required form {muster}</translation>
    </message>
    <message>
        <source>muss mindestens {wert} sein</source>
        <translation>must be at least {wert}</translation>
    </message>
    <message>
        <source>muss höchstens {wert} sein</source>
        <translation>must be at most {wert}</translation>
    </message>
    <message>
        <source>muss mindestens {wert} Einträge haben</source>
        <translation>must have at least {wert} entries</translation>
    </message>
    <message>
        <source>muss höchstens {wert} Einträge haben</source>
        <translation>must have at most {wert} entries</translation>
    </message>
    <message>
        <source>muss mindestens {wert} Zeichen lang sein</source>
        <translation>must be at least {wert} characters long</translation>
    </message>
    <message>
        <source>muss höchstens {wert} Zeichen lang sein</source>
        <translation>must be at most {wert} characters long</translation>
    </message>
    <message>
        <source>ist nicht erlaubt ({kind})</source>
        <translation>is not allowed ({kind})</translation>
    </message>
    <message>
        <source>entspricht nicht dem Schema des Standardpakets: {grund}</source>
        <translation>does not match the schema of the standard package: {grund}</translation>
    </message>
    <message>
        <source>Ein Feld ist länger als 1 MiB ({limit} Zeichen)</source>
        <translation>A field is longer than 1 MiB ({limit} characters)</translation>
    </message>
    <message>
        <source>Die Datei endet innerhalb eines Feldes in Anführungszeichen</source>
        <translation>The file ends inside a quoted field</translation>
    </message>
    <message>
        <source>Nach einem schließenden Anführungszeichen muss ein Komma oder das Zeilenende folgen</source>
        <translation>A closing quote must be followed by a comma or the end of the line</translation>
    </message>
    <message>
        <source>Zeilenumbruch in einem Feld ohne Anführungszeichen</source>
        <translation>Line break in a field without quotes</translation>
    </message>
    <message>
        <source>{datei}, Zeile {zeile}, Feld „{feld}“: {text}</source>
        <translation>{datei}, line {zeile}, field “{feld}”: {text}</translation>
    </message>
    <message>
        <source>Die Datei wurde nicht gefunden.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>Die Datei ist mit {size} Bytes größer als erlaubt ({limit} Bytes).</source>
        <translation>At {size} bytes the file is larger than allowed ({limit} bytes).</translation>
    </message>
    <message>
        <source>Die Datei ist kein ZIP-Archiv.</source>
        <translation>The file is not a ZIP archive.</translation>
    </message>
    <message>
        <source>Das Ende des ZIP-Archivs ist beschädigt (Daten nach dem Archivverzeichnis).</source>
        <translation>The end of the ZIP archive is damaged (data after the archive directory).</translation>
    </message>
    <message>
        <source>Das Archiv enthält mindestens {count} Einträge; erlaubt sind höchstens {limit}.</source>
        <translation>The archive holds at least {count} entries; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>Mehrteilige ZIP-Archive sind nicht erlaubt.</source>
        <translation>Multi-part ZIP archives are not allowed.</translation>
    </message>
    <message>
        <source>ZIP64-Archive sind nicht erlaubt.</source>
        <translation>ZIP64 archives are not allowed.</translation>
    </message>
    <message>
        <source>Das Archivverzeichnis liegt nicht dort, wo das Archivende es angibt.</source>
        <translation>The archive directory is not where the end of the archive says it is.</translation>
    </message>
    <message>
        <source>Das Archivverzeichnis ist beschädigt.</source>
        <translation>The archive directory is damaged.</translation>
    </message>
    <message>
        <source>Entpackt zusammen {size} Bytes; erlaubt sind höchstens {limit}.</source>
        <translation>Unpacked {size} bytes in all; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>Die Zahl „{wert}“ hat mehr als 19 Stellen.</source>
        <translation>The number “{wert}” has more than 19 digits.</translation>
    </message>
    <message>
        <source>Die Zahl „{wert}“ ist zu lang.</source>
        <translation>The number “{wert}” is too long.</translation>
    </message>
    <message>
        <source>Die Zahl „{wert}“ ist zu groß.</source>
        <translation>The number “{wert}” is too large.</translation>
    </message>
    <message>
        <source>Die Datei beginnt mit einer Byte-Order-Mark; erlaubt ist UTF-8 ohne BOM.</source>
        <translation>The file begins with a byte order mark; UTF-8 without BOM is allowed.</translation>
    </message>
    <message>
        <source>Das JSON ist tiefer als {limit} Ebenen verschachtelt.</source>
        <translation>The JSON is nested deeper than {limit} levels.</translation>
    </message>
    <message>
        <source>{typ} oder {weiterer}</source>
        <translation>{typ} or {weiterer}</translation>
    </message>
    <message>
        <source>(Wurzel)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <source>Das Paket kann nicht vor dem Stand seiner Daten erstellt sein.</source>
        <translation>The package cannot have been created before the date of its data.</translation>
    </message>
    <message>
        <source>Der Name muss „{name}“ lauten (Land und Nummer aus dem kpakt-Block).</source>
        <translation>The name must be “{name}” (Land and number from the kpakt block).</translation>
    </message>
    <message>
        <source>Die Ressource „{name}“ ist mehrfach beschrieben.</source>
        <translation>The resource “{name}” is described more than once.</translation>
    </message>
    <message>
        <source>Die Signatur fehlt: das Paket ist nicht signiert und wird nicht angenommen.</source>
        <translation>The signature is missing: the package is not signed and is not accepted.</translation>
    </message>
    <message>
        <source>Für das Land {land} ist kein vertrauenswürdiger Schlüssel hinterlegt ({pfad} fehlt).</source>
        <translation>No trusted key is stored for Land {land} ({pfad} is missing).</translation>
    </message>
    <message>
        <source>Die Signatur ist ungültig: {datei} wurde nicht mit dem hinterlegten Schlüssel des Landes {land} ({fingerprint}) signiert oder danach verändert.</source>
        <translation>The signature is invalid: {datei} was not signed with the stored key of Land {land} ({fingerprint}), or was changed afterwards.</translation>
    </message>
    <message>
        <source>Die Ressource „{name}“ fehlt.</source>
        <translation>The resource “{name}” is missing.</translation>
    </message>
    <message>
        <source>Ressource „{name}“ muss den Pfad {pfad} haben.</source>
        <translation>Resource “{name}” must have the path {pfad}.</translation>
    </message>
    <message>
        <source>Das Tabellenschema der Ressource „{name}“ weicht vom Format ab.</source>
        <translation>The table schema of the resource “{name}” differs from the format.</translation>
    </message>
    <message>
        <source>Die Datei fehlt im Paket.</source>
        <translation>The file is missing from the package.</translation>
    </message>
    <message>
        <source>Größe stimmt nicht: erwartet {erwartet} Bytes, im Archiv {gefunden}.</source>
        <translation>Size does not match: expected {erwartet} bytes, {gefunden} in the archive.</translation>
    </message>
    <message>
        <source>Verweis {key} auf {ziel} ins Leere.</source>
        <translation>Reference {key} to {ziel} points to nothing.</translation>
    </message>
    <message>
        <source>{datei}, Zeile {zeile}: {text}</source>
        <translation>{datei}, line {zeile}: {text}</translation>
    </message>
    <message>
        <source>ZIP64-Einträge sind nicht erlaubt.</source>
        <translation>ZIP64 entries are not allowed.</translation>
    </message>
    <message>
        <source>Steuerzeichen (z. B. NUL) im Dateinamen sind nicht erlaubt.</source>
        <translation>Control characters (e.g. NUL) in the file name are not allowed.</translation>
    </message>
    <message>
        <source>Symbolische Links sind im Paket nicht erlaubt.</source>
        <translation>Symbolic links are not allowed in the package.</translation>
    </message>
    <message>
        <source>Verzeichnisse sind im Paket nicht erlaubt; alle Dateien liegen im Wurzelverzeichnis.</source>
        <translation>Directories are not allowed in the package; all files are in the root directory.</translation>
    </message>
    <message>
        <source>Verschlüsselte Einträge sind nicht erlaubt.</source>
        <translation>Encrypted entries are not allowed.</translation>
    </message>
    <message>
        <source>Kompressionsverfahren {method} ist nicht erlaubt (nur Deflate oder Stored).</source>
        <translation>Compression method {method} is not allowed (only Deflate or Stored).</translation>
    </message>
    <message>
        <source>Die Datei ist doppelt im Archiv enthalten.</source>
        <translation>The file is in the archive twice.</translation>
    </message>
    <message>
        <source>Entpackt {size} Bytes; erlaubt sind höchstens {limit}.</source>
        <translation>Unpacked {size} bytes; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>Verdächtig hohe Kompressionsrate ({ratio}:1, erlaubt {limit}:1): mögliche ZIP-Bombe.</source>
        <translation>Suspiciously high compression ratio ({ratio}:1, allowed {limit}:1): possible ZIP bomb.</translation>
    </message>
    <message>
        <source>Unerwartete Datei im Paket; erlaubt sind nur datapackage.json, die Signatur und die CSV-Dateien des Formats.</source>
        <translation>Unexpected file in the package; only datapackage.json, the signature and the CSV files of the format are allowed.</translation>
    </message>
    <message>
        <source>Der Schlüssel „{wert}“ kommt in einem Objekt mehrfach vor.</source>
        <translation>The key “{wert}” occurs more than once in an object.</translation>
    </message>
    <message>
        <source>Der Eintrag ist größer als im Archivverzeichnis angegeben.</source>
        <translation>The entry is larger than stated in the archive directory.</translation>
    </message>
    <message>
        <source>Kein gültiges UTF-8 (Byte {byte}).</source>
        <translation>Not valid UTF-8 (byte {byte}).</translation>
    </message>
    <message>
        <source>Kein gültiges JSON (Zeile {zeile}, Spalte {spalte}).</source>
        <translation>Not valid JSON (line {zeile}, column {spalte}).</translation>
    </message>
    <message>
        <source>Kein gültiges JSON.</source>
        <translation>Not valid JSON.</translation>
    </message>
    <message>
        <source>„{wert}“ ist kein gültiger Zeitpunkt.</source>
        <translation>“{wert}” is not a valid point in time.</translation>
    </message>
    <message>
        <source>Ein Datensatz ist länger als {wert} MiB.</source>
        <translation>A record is longer than {wert} MiB.</translation>
    </message>
    <message>
        <source>Prüfsumme stimmt nicht: erwartet {erwartet}, gefunden {gefunden}.</source>
        <translation>Checksum does not match: expected {erwartet}, found {gefunden}.</translation>
    </message>
    <message>
        <source>Das Paket enthält mehr als {limit} Datenzeilen; erlaubt sind höchstens so viele.</source>
        <translation>The package holds more than {limit} data rows; at most that many are allowed.</translation>
    </message>
    <message>
        <source>Genau eine Zeile erwartet, gefunden {n}.</source>
        <translation>Exactly one row expected, found {n}.</translation>
    </message>
    <message>
        <source>{n} Felder statt {soll}.</source>
        <translation>{n} fields instead of {soll}.</translation>
    </message>
    <message>
        <source>{datei}, Feld „{feld}“: {text}</source>
        <translation>{datei}, field “{feld}”: {text}</translation>
    </message>
    <message>
        <source>{datei}: {text}</source>
        <translation>{datei}: {text}</translation>
    </message>
    <message>
        <source>Die Datei ist kein lesbares ZIP-Archiv.</source>
        <translation>The file is not a readable ZIP archive.</translation>
    </message>
    <message>
        <source>Das Archivverzeichnis ist widersprüchlich.</source>
        <translation>The archive directory is contradictory.</translation>
    </message>
    <message>
        <source>{datei} fehlt im Paket.</source>
        <translation>{datei} is missing from the package.</translation>
    </message>
    <message>
        <source>Absoluter oder Windows-Pfad im Archiv ist nicht erlaubt.</source>
        <translation>An absolute or Windows path in the archive is not allowed.</translation>
    </message>
    <message>
        <source>Weitere Probleme in dieser Datei werden nicht einzeln aufgeführt.</source>
        <translation>Further problems in this file are not listed one by one.</translation>
    </message>
    <message>
        <source>Kopfzeile muss genau lauten: {kopf}</source>
        <translation>The header row must be exactly: {kopf}</translation>
    </message>
    <message>
        <source>Die CSV-Datei ist fehlerhaft: {grund}.</source>
        <translation>The CSV file is faulty: {grund}.</translation>
    </message>
    <message>
        <source>Kein gültiges UTF-8.</source>
        <translation>Not valid UTF-8.</translation>
    </message>
    <message>
        <source>Die Datei enthält ein NUL-Zeichen (Byte 0).</source>
        <translation>The file contains a NUL character (byte 0).</translation>
    </message>
    <message>
        <source>Schlüssel {key} kommt mehrfach vor.</source>
        <translation>Key {key} occurs more than once.</translation>
    </message>
    <message>
        <source>Das Paket ist als Land {land} ausgewiesen, die Tabelle nennt {schluessel}.</source>
        <translation>The package is marked as Land {land}, the table names {schluessel}.</translation>
    </message>
    <message>
        <source>Pfad mit „..“ (Verzeichniswechsel) ist nicht erlaubt.</source>
        <translation>A path with “..” (change of directory) is not allowed.</translation>
    </message>
    <message>
        <source>field larger than field limit</source>
        <translation>field larger than field limit</translation>
    </message>
    <message>
        <source>{grund}.</source>
        <translation>{grund}.</translation>
    </message>
    <message>
        <source>„{name}“</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Das Kürzel des Landes {land} ist {richtig}, nicht {kuerzel}.</source>
        <translation>The abbreviation of Land {land} is {richtig}, not {kuerzel}.</translation>
    </message>
    <message>
        <source>Der Regionalschlüssel {ars} gehört nicht zum Land {land}.</source>
        <translation>The regional key {ars} does not belong to Land {land}.</translation>
    </message>
    <message>
        <source>Mitglied {i}: {name} ist in der Rolle „{rolle}“ schon eingetragen.</source>
        <translation>Member {i}: {name} is already listed in the role “{rolle}”.</translation>
    </message>
    <message>
        <source>Roll-Out-Team: Das gewählte Roll-Out-Team gibt es nicht (mehr).</source>
        <translation>Roll-out team: the chosen roll-out team does not exist (any more).</translation>
    </message>
    <message>
        <source>Diese Taskforce gibt es nicht (mehr).</source>
        <translation>This task force does not exist (any more).</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ende: liegt vor dem Beginn ({beginn:%d.%m.%Y %H:%M}).</source>
        <translation>End: is before the start ({beginn:%d.%m.%Y %H:%M}).</translation>
    </message>
    <message>
        <source>Aufgabe {i}, Was</source>
        <translation>Task {i}, what</translation>
    </message>
    <message>
        <source>Aufgabe {i}, Wer</source>
        <translation>Task {i}, who</translation>
    </message>
    <message>
        <source>Diesen Termin gibt es nicht (mehr).</source>
        <translation>This meeting does not exist (any more).</translation>
    </message>
    <message>
        <source>Diese Aufgabe gibt es nicht (mehr).</source>
        <translation>This task does not exist (any more).</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>{feld}: Bitte ausfüllen.</source>
        <translation>{feld}: please fill in.</translation>
    </message>
    <message>
        <source>{feld}: höchstens {n} Zeichen (sind {ist}).</source>
        <translation>{feld}: at most {n} characters (there are {ist}).</translation>
    </message>
    <message>
        <source>{feld}: liegt vor dem Beginn ({beginn:%d.%m.%Y}).</source>
        <translation>{feld}: is before the start ({beginn:%d.%m.%Y}).</translation>
    </message>
    <message>
        <source>{feld}: {n} gewählte Kommune(n) gibt es nicht (mehr).</source>
        <translation>{feld}: {n} chosen municipality(ies) do not exist (any more).</translation>
    </message>
    <message>
        <source>{feld}: Leistung Nr. {nummern} gibt es nicht.</source>
        <translation>{feld}: there is no service no. {nummern}.</translation>
    </message>
    <message>
        <source>{feld}: {fehler}</source>
        <translation>{feld}: {fehler}</translation>
    </message>
    <message>
        <source>{feld}: Den Kontakt „{name}“ gibt es nicht (mehr).</source>
        <translation>{feld}: the contact “{name}” does not exist (any more).</translation>
    </message>
    <message>
        <source>{name}: {anzahl_rows} Zeilen – mehr Kommunen, als ein Land hat. Ist es die richtige Datei?</source>
        <translation>{name}: {anzahl_rows} rows – more municipalities than a Land has. Is it the right file?</translation>
    </message>
    <message>
        <source>{name}: Die Datei enthält keine Zeilen.</source>
        <translation>{name}: the file contains no rows.</translation>
    </message>
    <message>
        <source>Die gewählte Kommune gibt es in dieser Landesdatenbank nicht.</source>
        <translation>The chosen municipality does not exist in this Land database.</translation>
    </message>
    <message>
        <source>Für {name} ist bei dieser Leistung schon eine Ausnahme eingetragen ({art}). Bitte zuerst entfernen.</source>
        <translation>An exception is already entered for {name} for this service ({art}). Please remove it first.</translation>
    </message>
    <message>
        <source>Gemeindeverbände der Art „{art}“ gibt es in diesem Land nicht.</source>
        <translation>There are no municipal associations of the type “{art}” in this Land.</translation>
    </message>
</context>
<context>
    <name>MsgBox</name>
    <message>
        <source>Erneut versuchen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NachnutzungEditor</name>
    <message>
        <source>(unverändert)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>Status gültig ab</source>
        <translation>Status valid from</translation>
    </message>
    <message>
        <source>geplant: {stufe}</source>
        <translation>planned: {stufe}</translation>
    </message>
    <message>
        <source>Nachnutzung bearbeiten – {k}</source>
        <translation>Edit re-use – {k}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{k}&lt;/b&gt; (ARS {ars}) – Leistung {nr} {name}</source>
        <translation>&lt;b&gt;{k}&lt;/b&gt; (ARS {ars}) – service {nr} {name}</translation>
    </message>
    <message>
        <source>erreicht am {datum}</source>
        <translation>reached on {datum}</translation>
    </message>
    <message>
        <source>noch nicht erreicht</source>
        <translation>not reached yet</translation>
    </message>
    <message>
        <source>Diese Kommune ist für die Leistung nicht mehr zuständig; die Daten bleiben erhalten.</source>
        <translation>This municipality is no longer responsible for the service; the data are kept.</translation>
    </message>
    <message>
        <source>{n} Nachnutzungen gemeinsam bearbeiten</source>
        <translation>Edit {n} re-uses together</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} Zellen&lt;/b&gt; in {k} Kommunen ausgewählt</source>
        <translation>&lt;b&gt;{n} cells&lt;/b&gt; selected in {k} municipalities</translation>
    </message>
    <message>
        <source>Nur Felder, die Sie setzen, werden für alle Zellen übernommen; leere Felder bleiben unverändert. Jede Zelle erhält einen eigenen Eintrag in der Historie; die ganze Änderung lässt sich mit Strg+Z in einem Schritt zurücknehmen.</source>
        <translation>Only the fields you set are applied to all cells; empty fields stay unchanged. Each cell gets its own history entry; the whole change can be undone in one step with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Halb gesetzt: unverändert</source>
        <translation>Partially set: unchanged</translation>
    </message>
    <message>
        <source>{f}: bitte einen ganzen Euro-Betrag angeben.</source>
        <translation>{f}: please enter a whole amount in euros.</translation>
    </message>
    <message>
        <source>Kosten einmalig</source>
        <translation>One-off costs</translation>
    </message>
    <message>
        <source>Kosten jährlich</source>
        <translation>Annual costs</translation>
    </message>
    <message>
        <source>Vorhandenen „{name}“ verwenden</source>
        <translation>Use existing “{name}”</translation>
    </message>
    <message>
        <source>„{name}“ neu anlegen</source>
        <translation>Create “{name}” as new</translation>
    </message>
    <message>
        <source>{art} „{name}“ gibt es noch nicht. Ähnlich geschrieben ist: {aehnlich}.

Ist derselbe gemeint? Ein neuer Eintrag wäre ein zweiter Stammsatz, der in der Nachfrage-Bündelung getrennt gezählt wird.</source>
        <translation>{art} “{name}” does not exist yet. Spelled similarly: {aehnlich}.

Is the same one meant? A new entry would be a second master record, counted separately in the demand bundling.</translation>
    </message>
    <message>
        <source>Ähnlicher Name</source>
        <translation>Similar name</translation>
    </message>
    <message>
        <source>Eingabe prüfen</source>
        <translation>Check input</translation>
    </message>
    <message>
        <source>Nachnutzung bearbeiten</source>
        <translation>Edit re-use</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status &amp;gültig ab:</source>
        <translation>Status &amp;valid from:</translation>
    </message>
    <message>
        <source>Status gültig ab (tatsächliches Datum)</source>
        <translation>Status valid from (actual date)</translation>
    </message>
    <message>
        <source>Tatsächliches Datum des Statuswechsels; darf zurückliegen. Das Erfassungsdatum wird getrennt gespeichert.</source>
        <translation>Actual date of the status change; may lie in the past. The date of recording is stored separately.</translation>
    </message>
    <message>
        <source>&amp;Fachverfahren:</source>
        <translation>Specialist &amp;procedure:</translation>
    </message>
    <message>
        <source>Fachverfahren</source>
        <translation>Specialist procedure</translation>
    </message>
    <message>
        <source>&amp;Hersteller:</source>
        <translation>&amp;Manufacturer:</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>&amp;Anbindungsart:</source>
        <translation>&amp;Connection type:</translation>
    </message>
    <message>
        <source>Anbindungsart</source>
        <translation>Connection type</translation>
    </message>
    <message>
        <source>&amp;IT-Dienstleister:</source>
        <translation>&amp;IT service provider:</translation>
    </message>
    <message>
        <source>IT-Dienstleister</source>
        <translation>IT service provider</translation>
    </message>
    <message>
        <source>Kosten &amp;einmalig (€):</source>
        <translation>&amp;One-off costs (€):</translation>
    </message>
    <message>
        <source>Kosten einmalig in Euro</source>
        <translation>One-off costs in euros</translation>
    </message>
    <message>
        <source>Kosten &amp;jährlich (€):</source>
        <translation>&amp;Annual costs (€):</translation>
    </message>
    <message>
        <source>Kosten jährlich in Euro</source>
        <translation>Annual costs in euros</translation>
    </message>
    <message>
        <source>First &amp;Mover:</source>
        <translation>First mo&amp;ver:</translation>
    </message>
    <message>
        <source>First Mover für diese Leistung</source>
        <translation>First mover for this service</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notiz zur Ä&amp;nderung:</source>
        <translation>Note on the c&amp;hange:</translation>
    </message>
    <message>
        <source>Notiz zur Änderung (Historie)</source>
        <translation>Note on the change (history)</translation>
    </message>
    <message>
        <source>erscheint in der Historie, z. B. „laut BDV vom …“</source>
        <translation>appears in the history, e.g. “as agreed at the mayors&apos; meeting of …”</translation>
    </message>
    <message>
        <source>Termine je Stufe (geplant; erreicht ergibt sich aus dem Status)</source>
        <translation>Dates per stage (planned; reached follows from the status)</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>Interesse bekundet</source>
        <translation>Interest expressed</translation>
    </message>
    <message>
        <source>geplant: Interesse bekundet</source>
        <translation>planned: interest expressed</translation>
    </message>
    <message>
        <source>erreicht: Interesse bekundet</source>
        <translation>reached: interest expressed</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>geplant: Vereinbarung</source>
        <translation>planned: agreement</translation>
    </message>
    <message>
        <source>erreicht: Vereinbarung</source>
        <translation>reached: agreement</translation>
    </message>
    <message>
        <source>Anbindung</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>geplant: Anbindung</source>
        <translation>planned: connection</translation>
    </message>
    <message>
        <source>erreicht: Anbindung</source>
        <translation>reached: connection</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>geplant: Test</source>
        <translation>planned: test</translation>
    </message>
    <message>
        <source>erreicht: Test</source>
        <translation>reached: test</translation>
    </message>
    <message>
        <source>produktiv</source>
        <translation>in production</translation>
    </message>
    <message>
        <source>geplant: produktiv</source>
        <translation>planned: in production</translation>
    </message>
    <message>
        <source>erreicht: produktiv</source>
        <translation>reached: in production</translation>
    </message>
</context>
<context>
    <name>NachnutzungPage</name>
    <message>
        <source>Nachnutzung</source>
        <translation>Re-use</translation>
    </message>
    <message>
        <source>Bea&amp;rbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Ausgewählte Zellen bearbeiten (Eingabetaste oder Doppelklick)</source>
        <translation>Edit the selected cells (Enter or double-click)</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Karte</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Historie&lt;/b&gt;</source>
        <translation>&lt;b&gt;History&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dieser Zelle</source>
        <translation>of this cell</translation>
    </message>
    <message>
        <source>der ganzen Kommune</source>
        <translation>of the whole municipality</translation>
    </message>
    <message>
        <source>Historie</source>
        <translation>History</translation>
    </message>
    <message>
        <source>alle Leistungen</source>
        <translation>all services</translation>
    </message>
    <message>
        <source>{n} zuständige Kommunen angezeigt</source>
        <translation>{n} responsible municipalities shown</translation>
    </message>
    <message>
        <source>&lt;b&gt;Historie&lt;/b&gt; – bitte eine Zelle wählen</source>
        <translation>&lt;b&gt;History&lt;/b&gt; – please select a cell</translation>
    </message>
    <message>
        <source>&lt;b&gt;Historie&lt;/b&gt; – {k}</source>
        <translation>&lt;b&gt;History&lt;/b&gt; – {k}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Historie&lt;/b&gt; – nicht zuständig</source>
        <translation>&lt;b&gt;History&lt;/b&gt; – not responsible</translation>
    </message>
    <message>
        <source>&lt;b&gt;Historie&lt;/b&gt; – {k}, {l}</source>
        <translation>&lt;b&gt;History&lt;/b&gt; – {k}, {l}</translation>
    </message>
    <message>
        <source>Bitte eine oder mehrere Zellen mit Status auswählen.</source>
        <translation>Please select one or more cells with a status.</translation>
    </message>
    <message>
        <source>Nachnutzung ändern</source>
        <translation>Change re-use</translation>
    </message>
    <message>
        <source>{n} Nachnutzungen ändern</source>
        <translation>Change {n} re-uses</translation>
    </message>
</context>
<context>
    <name>OeffnenPage</name>
    <message>
        <source>Vorhandene Datenbank öffnen</source>
        <translation>Open an existing database</translation>
    </message>
    <message>
        <source>Eine Landesdatenbank von Kommunalpakt Desktop (*.sqlite).</source>
        <translation>A Land database of Kommunalpakt Desktop (*.sqlite).</translation>
    </message>
    <message>
        <source>Datei der Landesdatenbank</source>
        <translation>File of the Land database</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Datei auswählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Landesdatenbank öffnen</source>
        <translation>Open Land database</translation>
    </message>
    <message>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Die Datei {path} ist keine Landesdatenbank von Kommunalpakt Desktop.</source>
        <translation>The file {path} is not a Land database of Kommunalpakt Desktop.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Koordinierungsstelle</source>
        <translation>Coordination office</translation>
    </message>
    <message>
        <source>Erscheint in Berichten, Rückmeldebögen und im Standardpaket von {land}.</source>
        <translation>Appears in reports, feedback forms and the standard package of {land}.</translation>
    </message>
    <message>
        <source>Koordinierungsstelle speichern</source>
        <translation>Save coordination office</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Server nicht erreichbar – letzte Kopie vom {stand} schreibgeschützt öffnen?

{detail}

In der Kopie lässt sich alles ansehen und als Bericht ausgeben, aber nichts ändern.</source>
        <translation>Server not reachable – open the last copy from {stand} read-only?

{detail}

In the copy everything can be viewed and printed as a report, but nothing can be changed.</translation>
    </message>
    <message>
        <source>Server nicht erreichbar</source>
        <translation>Server not reachable</translation>
    </message>
</context>
<context>
    <name>OpenedDatabase</name>
    <message>
        <source>Prozess {pid} auf {host}</source>
        <translation>process {pid} on {host}</translation>
    </message>
    <message>
        <source>Die Datenbank {path} ist bereits in Kommunalpakt Desktop geöffnet ({who}). Bitte dort weiterarbeiten oder das andere Fenster schließen.</source>
        <translation>The database {path} is already open in Kommunalpakt Desktop ({who}). Please continue working there or close the other window.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>&amp;Gemeindeverzeichnis aktualisieren…</source>
        <translation>Update municipality re&amp;gister…</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Nachnutzung</source>
        <translation>Re-use</translation>
    </message>
    <message>
        <source>Taskforces</source>
        <translation>Task forces</translation>
    </message>
    <message>
        <source>Hürden</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Termine</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Termin als .ics exportieren…</source>
        <translation>Export &amp;meeting as .ics…</translation>
    </message>
    <message>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Standardpaket</source>
        <translation>Standard package</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Diese Seite wird in einer der nächsten Versionen ausgebaut.</source>
        <translation>This page will be completed in one of the next versions.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Sicherung wird wiederhergestellt …</source>
        <translation>Restoring the backup …</translation>
    </message>
    <message>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Die Datenbank {path} ist beschädigt und kann nicht geöffnet werden.

Die neueste intakte Sicherung hat den Stand vom {stand} ({kommunen} Kommunen, {produktiv} produktive Nachnutzungen):
{backup}

Soll diese Sicherung wiederhergestellt werden? Was nach diesem Stand geändert wurde, fehlt dann; die beschädigte Datei wird daneben aufbewahrt.</source>
        <translation>The database {path} is damaged and cannot be opened.

The newest intact backup is from {stand} ({kommunen} Kommunen, {produktiv} Nachnutzungen in production):
{backup}

Restore this backup? Changes made after it will be missing; the damaged file is kept next to it.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Der Stand vom {stand} ist wiederhergestellt. Die beschädigte Datei liegt unter:
{aside}</source>
        <translation>The state of {stand} has been restored. The damaged file is kept at:
{aside}</translation>
    </message>
    <message>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Neue Landesdatenbank</source>
        <translation>New Land database</translation>
    </message>
</context>
<context>
    <name>RolloutDialog</name>
    <message>
        <source>Roll-Out-Team bearbeiten</source>
        <translation>Edit roll-out team</translation>
    </message>
    <message>
        <source>Neues Roll-Out-Team</source>
        <translation>New roll-out team</translation>
    </message>
    <message>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Leistung:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Federführendes Land</source>
        <translation>Lead Land</translation>
    </message>
    <message>
        <source>z. B. HH</source>
        <translation>e.g. HH</translation>
    </message>
    <message>
        <source>&amp;Federführendes Land:</source>
        <translation>&amp;Lead Land:</translation>
    </message>
    <message>
        <source>&amp;Kontakt:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Angebote&lt;/b&gt; (Vor-Ort-Termin inkl. Tests, Informationsmaterial, …) und wann</source>
        <translation>&lt;b&gt;Offers&lt;/b&gt; (on-site appointment incl. tests, information material, …) and when</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Angebot &amp;hinzufügen</source>
        <translation>&amp;Add offer</translation>
    </message>
    <message>
        <source>Angebot hinzufügen</source>
        <translation>Add offer</translation>
    </message>
    <message>
        <source>Angebot &amp;entfernen</source>
        <translation>&amp;Remove offer</translation>
    </message>
    <message>
        <source>Angebot entfernen</source>
        <translation>Remove offer</translation>
    </message>
    <message>
        <source>Angebot {n}, Datum</source>
        <translation>Offer {n}, date</translation>
    </message>
    <message>
        <source>Kontakt: bitte einen Namen eingeben oder die Zeile mit „Entfernen“ löschen.</source>
        <translation>Contact: please enter a name or delete the row with “Remove”.</translation>
    </message>
</context>
<context>
    <name>RolloutTab</name>
    <message>
        <source>Roll-Out-Teams der Themenfeld-Federführer je Leistung (§ 3): Vor-Ort-Termine inkl. Tests, Informationsmaterial, Prozessunterstützung, Selbstregistrierung, Rahmenverträge …</source>
        <translation>Roll-out teams of the lead Länder per service (§ 3): on-site appointments incl. tests, information material, process support, self-registration, framework contracts …</translation>
    </message>
    <message>
        <source>Roll-Out-Teams</source>
        <translation>Roll-out teams</translation>
    </message>
    <message>
        <source>&amp;Neues Roll-Out-Team…</source>
        <translation>&amp;New roll-out team…</translation>
    </message>
    <message>
        <source>Neues Roll-Out-Team</source>
        <translation>New roll-out team</translation>
    </message>
    <message>
        <source>Bea&amp;rbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Roll-Out-Team bearbeiten</source>
        <translation>Edit roll-out team</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Roll-Out-Team löschen</source>
        <translation>Delete roll-out team</translation>
    </message>
    <message>
        <source>Roll-Out-Team</source>
        <translation>Roll-out team</translation>
    </message>
    <message>
        <source>Bitte ein Roll-Out-Team auswählen.</source>
        <translation>Please select a roll-out team.</translation>
    </message>
    <message>
        <source>Roll-Out-Team speichern</source>
        <translation>Save roll-out team</translation>
    </message>
    <message>
        <source>Roll-Out-Team anlegen</source>
        <translation>Create roll-out team</translation>
    </message>
    <message>
        <source>„{name}“ löschen? Taskforces verlieren nur die Verknüpfung.</source>
        <translation>Delete “{name}”? Task forces only lose the link.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RueckmeldungDialog</name>
    <message>
        <source>Rückmeldebögen einlesen – Vorschau</source>
        <translation>Import feedback forms – preview</translation>
    </message>
    <message>
        <source>Bögen: {files} · Nachnutzungen mit Änderungen: {rows} · davon mit Konflikt: {conflicts}. Konflikte (rot) wurden seit dem Versand auch in der Datenbank geändert; sie sind nicht ausgewählt. Übernommene Änderungen stehen in der Historie als „per Rückmeldebogen vom …“.</source>
        <translation>Forms: {files} · re-uses with changes: {rows} · of them with a conflict: {conflicts}. Conflicts (red) were also changed in the database since the forms were sent; they are not selected. Applied changes appear in the history as “per feedback form of …”.</translation>
    </message>
    <message>
        <source>Bemerkungen ohne andere Änderung: {n} (werden in der Historie gespeichert).</source>
        <translation>Remarks without other change: {n} (saved in the history).</translation>
    </message>
    <message>
        <source>Nicht eingelesen: {n} Bögen (siehe unten, jedes Problem mit Zelle).</source>
        <translation>Not read in: {n} forms (see below, every problem with its cell).</translation>
    </message>
    <message>
        <source>Änderungen aus den Rückmeldebögen</source>
        <translation>Changes from the feedback forms</translation>
    </message>
    <message>
        <source>Kommune / Leistung</source>
        <translation>Municipality / service</translation>
    </message>
    <message>
        <source>Änderung (Datenbank → Rückmeldung)</source>
        <translation>Change (database → feedback)</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Bogen vom {d}, Datei {f}</source>
        <translation>Form of {d}, file {f}</translation>
    </message>
    <message>
        <source>keine Änderungen</source>
        <translation>no changes</translation>
    </message>
    <message>
        <source>bereits übernommen</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>bereits übernommen: Leistung {nrs}</source>
        <translation>already imported: service {nrs}</translation>
    </message>
    <message>
        <source>Hinweis: {h}</source>
        <translation>Note: {h}</translation>
    </message>
    <message>
        <source>nicht eingelesen: nichts aus diesem Bogen wird übernommen</source>
        <translation>not read in: nothing from this form is taken</translation>
    </message>
    <message>
        <source>Zelle {z}</source>
        <translation>Cell {z}</translation>
    </message>
    <message>
        <source>&amp;Alle auswählen</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Keine auswählen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>Ausgewählte &amp;übernehmen</source>
        <translation>&amp;Apply selected</translation>
    </message>
    <message>
        <source> (versandt: {v})</source>
        <translation> (sent: {v})</translation>
    </message>
    <message>
        <source>Werte unverändert; die Bemerkung wird in der Historie gespeichert</source>
        <translation>Values unchanged; the remark is saved in the history</translation>
    </message>
    <message>
        <source>Schritt zurück im Status: beim Übernehmen wird nachgefragt</source>
        <translation>Step back in status: you will be asked when importing</translation>
    </message>
    <message>
        <source> – Konflikt</source>
        <translation> – conflict</translation>
    </message>
    <message>
        <source> – Schritt zurück</source>
        <translation> – step back</translation>
    </message>
    <message>
        <source>Der Status geht zurück; beim Übernehmen wird noch einmal nachgefragt.</source>
        <translation>The status goes back; you will be asked again when importing.</translation>
    </message>
    <message>
        <source>Seit dem Versand des Bogens in der Datenbank geändert. Angekreuzt gilt die Rückmeldung.</source>
        <translation>Changed in the database since the form was sent. If ticked, the feedback applies.</translation>
    </message>
    <message>
        <source>{art} „{name}“ gibt es nicht:</source>
        <translation>{art} “{name}” does not exist:</translation>
    </message>
    <message>
        <source>Zuordnung wie oben</source>
        <translation>Mapping as above</translation>
    </message>
    <message>
        <source>„{name}“ verwenden</source>
        <translation>Use “{name}”</translation>
    </message>
    <message>
        <source>„{name}“ neu anlegen</source>
        <translation>Create “{name}” as new</translation>
    </message>
    <message>
        <source>Leistung {nr}: ein neuer Eintrag wäre ein zweiter Stammsatz für wohl denselben {art}.</source>
        <translation>Service {nr}: a new entry would be a second master record for probably the same {art}.</translation>
    </message>
    <message>
        <source>Diese Nachnutzungen gehen im Status zurück:
{liste}

Stimmt das (z. B. ein Test ist gescheitert)? Mit „Nein“ bleiben Sie in der Vorschau und können sie abwählen.</source>
        <translation>These uses step back in status:
{liste}

Is that right (e.g. a test failed)? With “No” you stay in the preview and can untick them.</translation>
    </message>
    <message>
        <source>Schritt zurück bestätigen</source>
        <translation>Confirm step back</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Unerwarteter Fehler: {err}</source>
        <translation>Unexpected error: {err}</translation>
    </message>
    <message>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SchluesselDialog</name>
    <message>
        <source>Signaturschlüssel für das Standardpaket</source>
        <translation>Signing key for the standard package</translation>
    </message>
    <message>
        <source>Mit dem Schlüsselpaar der Koordinierungsstelle wird jedes Standardpaket signiert. Der private Schlüssel bleibt auf diesem Rechner im Benutzerdatenverzeichnis und ist nur für Sie lesbar. Den öffentlichen Schlüssel senden Sie mit seinem Fingerabdruck an den IT-Planungsrat; bestätigen Sie den Fingerabdruck dort auf einem zweiten Weg (z. B. telefonisch).</source>
        <translation>Every standard package is signed with the coordination office&apos;s key pair. The private key stays on this computer in the user data folder and is readable only by you. Send the public key with its fingerprint to the IT-Planungsrat; confirm the fingerprint there through a second channel (e.g. by phone).</translation>
    </message>
    <message>
        <source>Noch kein Schlüsselpaar vorhanden.</source>
        <translation>No key pair yet.</translation>
    </message>
    <message>
        <source>Fingerabdruck:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Fingerabdruck des öffentlichen Schlüssels</source>
        <translation>Fingerprint of the public key</translation>
    </message>
    <message>
        <source>Öffentlicher Schlüssel:</source>
        <translation>Public key:</translation>
    </message>
    <message>
        <source>Öffentlicher Schlüssel</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Schlüsselpaar &amp;erzeugen</source>
        <translation>&amp;Create key pair</translation>
    </message>
    <message>
        <source>Öffentlichen Schlüssel &amp;speichern…</source>
        <translation>&amp;Save public key…</translation>
    </message>
</context>
<context>
    <name>SchluesselPage</name>
    <message>
        <source>Signaturschlüssel für das Standardpaket</source>
        <translation>Signing key for the standard package</translation>
    </message>
    <message>
        <source>Mit diesem Schlüssel unterschreibt die Koordinierungsstelle das Standardpaket an den IT-Planungsrat. Den öffentlichen Teil übermitteln Sie einmal dorthin.</source>
        <translation>With this key the coordination office signs the standard package for the IT-Planungsrat. You send its public part there once.</translation>
    </message>
    <message>
        <source>Schlüsselpaar jetzt &amp;erzeugen</source>
        <translation>&amp;Create the key pair now</translation>
    </message>
    <message>
        <source>Schlüsselpaar jetzt erzeugen</source>
        <translation>Create the key pair now</translation>
    </message>
    <message>
        <source>Später geht das auch auf der Seite Standardpaket (Schlüssel…).</source>
        <translation>This can also be done later on the Standard package page (Key…).</translation>
    </message>
    <message>
        <source>Für {name} gibt es auf diesem Rechner bereits ein Schlüsselpaar (Fingerabdruck {fp}).</source>
        <translation>There already is a key pair for {name} on this computer (fingerprint {fp}).</translation>
    </message>
    <message>
        <source>Signaturschlüssel</source>
        <translation>Signing key</translation>
    </message>
</context>
<context>
    <name>Schreibschutz</name>
    <message>
        <source>Nur lesen: dies ist die Offline-Kopie der Serverdatenbank.</source>
        <translation>Read only: this is the offline copy of the server database.</translation>
    </message>
    <message>
        <source>Nur lesen: Ihre Rolle „{rolle}“ auf dem Server darf nichts ändern.</source>
        <translation>Read only: your role “{rolle}” on the server may not change anything.</translation>
    </message>
    <message>
        <source>Nur lesen: diese Kommune liegt außerhalb der Region Ihrer Taskforce.</source>
        <translation>Read only: this Kommune lies outside the region of your Taskforce.</translation>
    </message>
    <message>
        <source>Nur lesen: eine Taskforce-Rolle ändert nur Nachnutzungen, Termine, Hürden und Kontakte der Kommunen ihrer Region; dies ändert die Koordinierungsstelle.</source>
        <translation>Read only: a Taskforce role changes only Nachnutzungen, Termine, Hürden and Kontakte of the Kommunen in its region; this is changed by the coordination office.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Mit Server verbinden</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Verschlüsselung (sslmode)</source>
        <translation>Encryption (sslmode)</translation>
    </message>
    <message>
        <source>Kennwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>leer: aus .pgpass, Servicedatei oder Schlüsselbund</source>
        <translation>empty: from .pgpass, a service file or the keyring</translation>
    </message>
    <message>
        <source>Kennwort im Schlüsselbund des Systems speichern</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Datenbank:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Verschlüsselung:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Kennwort:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Das Kennwort wird nie in den Einstellungen gespeichert.</source>
        <translation>The password is never stored in the settings.</translation>
    </message>
    <message>
        <source>Kein Schlüsselbund verfügbar: das Kennwort wird beim nächsten Mal erneut erfragt.</source>
        <translation>No keyring available: the password will be asked for again next time.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Ihr Name in der Änderungshistorie</source>
        <translation>Your name in the change history</translation>
    </message>
    <message>
        <source>Ihr &amp;Name (Historie):</source>
        <translation>Your &amp;name (history):</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche</source>
        <translation>Language of the user interface</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Eine andere Sprache wird nach einem Neustart des Programms wirksam.</source>
        <translation>Another language takes effect after the program is restarted.</translation>
    </message>
    <message>
        <source>Ablage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Datenordner</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>&amp;Datenordner (neue Datenbanken):</source>
        <translation>&amp;Data folder (new databases):</translation>
    </message>
    <message>
        <source>Berichtsordner</source>
        <translation>Report folder</translation>
    </message>
    <message>
        <source>&amp;Berichte und Exporte:</source>
        <translation>&amp;Reports and exports:</translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Beim Programmstart die geöffnete Datenbank &amp;sichern</source>
        <translation>&amp;Back up the open database at start-up</translation>
    </message>
    <message>
        <source>Beim Programmstart sichern</source>
        <translation>Back up at start-up</translation>
    </message>
    <message>
        <source>Anzahl aufbewahrter Sicherungen je Datenbank</source>
        <translation>Number of backups kept per database</translation>
    </message>
    <message>
        <source> Sicherungen</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>&amp;Aufbewahren (je Datenbank):</source>
        <translation>&amp;Keep (per database):</translation>
    </message>
    <message>
        <source>Sicherungsordner</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Sicherungs&amp;ordner:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>Ältere Sicherungen werden gelöscht, sobald mehr als die angegebene Zahl vorliegt.</source>
        <translation>Older backups are deleted as soon as there are more than the given number.</translation>
    </message>
    <message>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{path} ist kein Ordner. Bitte einen Ordner wählen oder das Feld leer lassen.</source>
        <translation>{path} is not a folder. Please choose a folder or leave the field empty.</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Die neue Sprache wird beim nächsten Start von Kommunalpakt Desktop verwendet.</source>
        <translation>The new language is used from the next start of Kommunalpakt Desktop.</translation>
    </message>
</context>
<context>
    <name>SicherungDialog</name>
    <message>
        <source>vor einer Wiederherstellung</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>beim Programmstart</source>
        <translation>at start-up</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Nachnutzungen</source>
        <translation>Re-uses</translation>
    </message>
    <message>
        <source>davon produktiv</source>
        <translation>of which in production</translation>
    </message>
    <message>
        <source>Hürden</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Größe (MB)</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Sicherungen von {name} in {folder}. Vor dem Wiederherstellen wird der jetzige Stand ebenfalls gesichert; die Wiederherstellung lässt sich so rückgängig machen.</source>
        <translation>Backups of {name} in {folder}. Before restoring, the current state is backed up as well, so a restore can be undone.</translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Für diese Datenbank gibt es noch keine Sicherungen in diesem Ordner.</source>
        <translation>There are no backups of this database in this folder yet.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Gewählte Sicherung wiederherstellen</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>&amp;Andere Datei…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <source>Sicherung aus einer anderen Datei wiederherstellen</source>
        <translation>Restore a backup from another file</translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Die geöffnete Datenbank {db} wird durch die Sicherung vom {stand} ersetzt ({kommunen} Kommunen, {nachnutzungen} Nachnutzungen, davon {produktiv} produktiv, {huerden} Hürden).

Alle Änderungen seit dieser Sicherung gehen verloren; der jetzige Stand wird vorher gesichert.

Wiederherstellen?</source>
        <translation>The open database {db} is replaced by the backup of {stand} ({kommunen} municipalities, {nachnutzungen} re-uses, {produktiv} of them in production, {huerden} obstacles).

All changes since this backup are lost; the current state is backed up first.

Restore?</translation>
    </message>
</context>
<context>
    <name>Sicherungen</name>
    <message>
        <source>Automatische Sicherung</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Offline-Kopie</source>
        <translation>Offline copy</translation>
    </message>
    <message>
        <source>Offline-Kopie der Serverdatenbank aktualisiert: {path}</source>
        <translation>Offline copy of the server database updated: {path}</translation>
    </message>
    <message>
        <source>Die Offline-Kopie konnte nicht aktualisiert werden: {message}</source>
        <translation>The offline copy could not be updated: {message}</translation>
    </message>
    <message>
        <source>Sicherung erstellt: {path}</source>
        <translation>Backup created: {path}</translation>
    </message>
    <message>
        <source>Die automatische Sicherung ist fehlgeschlagen: {message}</source>
        <translation>The automatic backup failed: {message}</translation>
    </message>
    <message>
        <source>Sicherung speichern unter</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Der Stand vom {stand} ist wiederhergestellt. Der Stand unmittelbar davor liegt in:
{path}</source>
        <translation>The state of {stand} has been restored. The state just before is kept in:
{path}</translation>
    </message>
</context>
<context>
    <name>StandardpaketPage</name>
    <message>
        <source>Standardpaket</source>
        <translation>Standard package</translation>
    </message>
    <message>
        <source>Das Standardpaket für den IT-Planungsrat enthält &lt;b&gt;keine personenbezogenen Daten&lt;/b&gt;: keine Kontakte, Namen, E-Mail-Adressen oder Telefonnummern, keine Mitglieder von Taskforces, keine Teilnehmenden von Terminen, keine Aufgaben und keine internen Notizen. Bitte achten Sie darauf, dass auch Freitexte (z. B. Hürden, Termin-Ergebnisse) keine Personennamen enthalten.</source>
        <translation>The standard package for the IT-Planungsrat contains &lt;b&gt;no personal data&lt;/b&gt;: no contacts, names, e-mail addresses or phone numbers, no task force members, no meeting participants, no tasks and no internal notes. Please make sure that free texts (e.g. obstacles, meeting outcomes) contain no names of persons either.</translation>
    </message>
    <message>
        <source>&amp;Schlüssel…</source>
        <translation>&amp;Key…</translation>
    </message>
    <message>
        <source>Standardpaket &amp;exportieren…</source>
        <translation>&amp;Export standard package…</translation>
    </message>
    <message>
        <source>B&amp;undesansicht…</source>
        <translation>Federal &amp;view…</translation>
    </message>
    <message>
        <source>Eine Bundesdatenbank (Ergebnis von „kpakt merge“) nur lesend öffnen</source>
        <translation>Open a federal database (result of “kpakt merge”) read-only</translation>
    </message>
    <message>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Zeilen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Tabellen des Standardpakets</source>
        <translation>Tables of the standard package</translation>
    </message>
    <message>
        <source>Vorschau der gewählten Tabelle</source>
        <translation>Preview of the selected table</translation>
    </message>
    <message>
        <source>Bisherige Exporte</source>
        <translation>Previous exports</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Stand (UTC)</source>
        <translation>As of (UTC)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>%d Tabellen, %d Zeilen.</source>
        <translation>%d tables, %d rows.</translation>
    </message>
    <message>
        <source>Demo-Datenbank: Pakete werden mit einem eigenen Demo-Schlüssel signiert, nie mit dem Schlüssel der Koordinierungsstelle, und sind als Demo gekennzeichnet.</source>
        <translation>Demo database: packages are signed with a separate demo key, never with the coordination office’s key, and are marked as demo.</translation>
    </message>
    <message>
        <source>Der private Signaturschlüssel liegt nicht auf diesem Computer. In der Landesdatenbank hinterlegter öffentlicher Schlüssel: %s</source>
        <translation>The private signing key is not on this computer. Public key stored in the Land database: %s</translation>
    </message>
    <message>
        <source>Noch kein Signaturschlüssel – bitte zuerst unter „Schlüssel…“ erzeugen.</source>
        <translation>No signing key yet – please create one under “Key…” first.</translation>
    </message>
    <message>
        <source>Signaturschlüssel: %s</source>
        <translation>Signing key: %s</translation>
    </message>
    <message>
        <source>Es gibt noch keinen Signaturschlüssel. Bitte zuerst unter „Schlüssel…“ ein Paar erzeugen.</source>
        <translation>There is no signing key yet. Please create a pair under “Key…” first.</translation>
    </message>
    <message>
        <source>Standardpaket speichern unter</source>
        <translation>Save standard package as</translation>
    </message>
    <message>
        <source>Standardpaket (*.zip)</source>
        <translation>Standard package (*.zip)</translation>
    </message>
    <message>
        <source>Standardpaket wird erstellt</source>
        <translation>Creating the standard package</translation>
    </message>
    <message>
        <source>Standardpaket erstellt</source>
        <translation>Standard package created</translation>
    </message>
    <message>
        <source>Standardpaket Nr. %d wurde gespeichert:
%s

SHA-256: %s</source>
        <translation>Standard package no. %d was saved:
%s

SHA-256: %s</translation>
    </message>
</context>
<context>
    <name>StandardpaketSpalten</name>
    <message>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Gemeindeschlüssel (AGS)</source>
        <translation>Municipality key (AGS)</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Anbindungsart</source>
        <translation>Connection type</translation>
    </message>
    <message>
        <source>Ansprechpartner für andere</source>
        <translation>Contact for others</translation>
    </message>
    <message>
        <source>Amtlicher Regionalschlüssel</source>
        <translation>Official regional key (ARS)</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aufgelöst am</source>
        <translation>Dissolved on</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Behörde</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Breitengrad</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Bund direkt</source>
        <translation>Federal, direct</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Koordinierungsstelle (Behörde, keine Person)</source>
        <translation>Coordination office (authority, not a person)</translation>
    </message>
    <message>
        <source>Ebene</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>EfA-Anbieter</source>
        <translation>EfA provider</translation>
    </message>
    <message>
        <source>EfA-Dienst</source>
        <translation>EfA service</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Erfasst am</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Erreicht</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Fachverfahren-ID</source>
        <translation>Specialist procedure ID</translation>
    </message>
    <message>
        <source>Federführend</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>FF-Land</source>
        <translation>Lead Land</translation>
    </message>
    <message>
        <source>First Mover</source>
        <translation>First mover</translation>
    </message>
    <message>
        <source>Fläche (km²)</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <source>Geändert am</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Gelöst am</source>
        <translation>Solved on</translation>
    </message>
    <message>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Geprüft</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Handlungsempfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Hersteller-ID</source>
        <translation>Manufacturer ID</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hürden-ID</source>
        <translation>Obstacle ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>IT-Dienstleister-ID</source>
        <translation>IT service provider ID</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kosten einmalig</source>
        <translation>One-off costs</translation>
    </message>
    <message>
        <source>Kosten jährlich</source>
        <translation>Annual costs</translation>
    </message>
    <message>
        <source>Kreis-ARS</source>
        <translation>District ARS</translation>
    </message>
    <message>
        <source>Länderkürzel, z. B. RP</source>
        <translation>Land abbreviation, e.g. RP</translation>
    </message>
    <message>
        <source>Längengrad</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Nummer der Fokusleistung 1–16</source>
        <translation>Number of the focus service 1–16</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Lösung</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Marktplatz</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Nachfolger-ARS</source>
        <translation>Successor ARS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Übergeordneter ARS</source>
        <translation>Parent ARS</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Register: Quelle</source>
        <translation>Register: source</translation>
    </message>
    <message>
        <source>Register: Stand</source>
        <translation>Register: as of</translation>
    </message>
    <message>
        <source>Register: Titel</source>
        <translation>Register: title</translation>
    </message>
    <message>
        <source>Ressort</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Roll-Out-Team-ID</source>
        <translation>Roll-out team ID</translation>
    </message>
    <message>
        <source>Landesschlüssel 01–16</source>
        <translation>Land key 01–16</translation>
    </message>
    <message>
        <source>Spitzenverband</source>
        <translation>Umbrella association</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status seit</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Taskforce-ID</source>
        <translation>Taskforce ID</translation>
    </message>
    <message>
        <source>Team-ID</source>
        <translation>Team ID</translation>
    </message>
    <message>
        <source>Termin-ID</source>
        <translation>Meeting ID</translation>
    </message>
    <message>
        <source>Themenfeld</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unterart</source>
        <translation>Sub-type</translation>
    </message>
    <message>
        <source>Verband-ARS</source>
        <translation>Association ARS</translation>
    </message>
    <message>
        <source>Verbandsfrei</source>
        <translation>Not in an association</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Verwaltet</source>
        <translation>Administers</translation>
    </message>
    <message>
        <source>Vollständig realisiert</source>
        <translation>Fully implemented</translation>
    </message>
    <message>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>{feld} (ja/nein)</source>
        <translation>{feld} (yes/no)</translation>
    </message>
    <message>
        <source>Feld „{feld}“ im Standardpaket: {beschreibung}</source>
        <translation>Field “{feld}” in the Standardpaket: {beschreibung}</translation>
    </message>
    <message>
        <source>Feld „{feld}“ im Standardpaket</source>
        <translation>Field “{feld}” in the Standardpaket</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Mit &amp;Server verbinden…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Neue Landesdatenbank speichern unter</source>
        <translation>Save new Land database as</translation>
    </message>
    <message>
        <source>Neue Landesdatenbank</source>
        <translation>New Land database</translation>
    </message>
    <message>
        <source>Die Datei {path} existiert bereits und wird nicht überschrieben.</source>
        <translation>The file {path} already exists and is not overwritten.</translation>
    </message>
    <message>
        <source>Landesdatenbank öffnen</source>
        <translation>Open Land database</translation>
    </message>
    <message>
        <source>Landesdatenbank {name} anlegen</source>
        <translation>Create Land database {name}</translation>
    </message>
    <message>
        <source>Demo-Datenbank {name} anlegen</source>
        <translation>Create demo database {name}</translation>
    </message>
    <message>
        <source>Kommunalpakt Desktop – Landesdatenbank wählen</source>
        <translation>Kommunalpakt Desktop – choose Land database</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen bei Kommunalpakt Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Kommunalpakt Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Es ist noch keine Landesdatenbank eingerichtet. Legen Sie die Datenbank Ihres Landes an – sie enthält sofort alle Kreise, Gemeindeverbände und Gemeinden aus dem amtlichen Gemeindeverzeichnis – oder sehen Sie sich zuerst die Demo mit fiktiven Daten an.</source>
        <translation>No Land database has been set up yet. Create the database of your Land – it at once holds all districts, municipal associations and municipalities from the official municipality register – or first look at the demo with fictitious data.</translation>
    </message>
    <message>
        <source>&amp;Land:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Neue Landesdatenbank anlegen</source>
        <translation>Create &amp;new Land database</translation>
    </message>
    <message>
        <source>Neue Landesdatenbank anlegen</source>
        <translation>Create new Land database</translation>
    </message>
    <message>
        <source>&amp;Demo ansehen</source>
        <translation>View &amp;demo</translation>
    </message>
    <message>
        <source>Demo ansehen</source>
        <translation>View demo</translation>
    </message>
    <message>
        <source>Vorhandene Datenbank ö&amp;ffnen …</source>
        <translation>&amp;Open existing database …</translation>
    </message>
    <message>
        <source>Vorhandene Datenbank öffnen</source>
        <translation>Open an existing database</translation>
    </message>
</context>
<context>
    <name>StellePage</name>
    <message>
        <source>Koordinierungsstelle</source>
        <translation>Coordination office</translation>
    </message>
    <message>
        <source>Für Berichte und das Standardpaket. Leer lassen geht; später ändern unter Bearbeiten → Koordinierungsstelle…, Ihren Namen unter Einstellungen.</source>
        <translation>For reports and the standard package. May be left empty; change it later under Edit → Coordination office…, your name under Settings.</translation>
    </message>
    <message>
        <source>Ihr Name in der Änderungshistorie</source>
        <translation>Your name in the change history</translation>
    </message>
    <message>
        <source>Ihr &amp;Name (Historie):</source>
        <translation>Your &amp;name (history):</translation>
    </message>
</context>
<context>
    <name>TaskforceDialog</name>
    <message>
        <source>Taskforce bearbeiten</source>
        <translation>Edit task force</translation>
    </message>
    <message>
        <source>Neue Taskforce</source>
        <translation>New task force</translation>
    </message>
    <message>
        <source>(keines)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Roll-Out-Team</source>
        <translation>Roll-out team</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Begleitete Kommunen</source>
        <translation>Accompanied municipalities</translation>
    </message>
    <message>
        <source>Alle Kommunen &amp;zeigen, nicht nur die der Region</source>
        <translation>Show Show all &amp;municipalities, not only those of the regionamp;all municipalities, not only those of the region</translation>
    </message>
    <message>
        <source>Kommunen der Region, die die Taskforce begleitet (für ihre Leistungen zuständige zuerst):</source>
        <translation>Municipalities of the region accompanied by the task force (those responsible for its services first):</translation>
    </message>
    <message>
        <source> – First Mover</source>
        <translation> – first mover</translation>
    </message>
    <message>
        <source>Taskforce</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>&amp;Allgemein</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Region (Bezeichnung):</source>
        <translation>&amp;Region (name):</translation>
    </message>
    <message>
        <source>z. B. Westpfalz</source>
        <translation>e.g. Westpfalz</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ (leer: läuft)</source>
        <translation>DD.MM.YYYY (empty: ongoing)</translation>
    </message>
    <message>
        <source>&amp;Roll-Out-Team:</source>
        <translation>&amp;Roll-out team:</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Leistungen und Region</source>
        <translation>&amp;Services and region</translation>
    </message>
    <message>
        <source>Region: Kreise und kreisfreie Städte</source>
        <translation>Region: districts and district-free cities</translation>
    </message>
    <message>
        <source>Begleitete &amp;Kommunen</source>
        <translation>Accompanied &amp;municipalities</translation>
    </message>
    <message>
        <source>Kommunen, die die Taskforce begleitet (First Mover zuerst):</source>
        <translation>Municipalities the task force accompanies (first movers first):</translation>
    </message>
    <message>
        <source>&amp;Mitglieder</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>Mitglieder nach Rolle: Projektleitung, fachliche und technische Expertise, kommunaler IT-Dienstleister.</source>
        <translation>Members by role: project lead, subject-matter and technical expertise, municipal IT service provider.</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>TaskforcesPage</name>
    <message>
        <source>unbekannt ({n})</source>
        <translation>unknown ({n})</translation>
    </message>
    <message>
        <source>{n} (größte {p} %)</source>
        <translation>{n} (largest {p} %)</translation>
    </message>
    <message>
        <source>, {n} unbek.</source>
        <translation>, {n} unkn.</translation>
    </message>
    <message>
        <source>keine First Mover gewählt</source>
        <translation>no first movers chosen</translation>
    </message>
    <message>
        <source>nur ein First Mover</source>
        <translation>only one first mover</translation>
    </message>
    <message>
        <source>✔ unterschiedlich ({n} von 4)</source>
        <translation>✔ diverse ({n} of 4)</translation>
    </message>
    <message>
        <source>✘ zu ähnlich ({n} von 4)</source>
        <translation>✘ too similar ({n} of 4)</translation>
    </message>
    <message>
        <source>seit {datum}</source>
        <translation>since {datum}</translation>
    </message>
    <message>
        <source>Alle vier Rollen besetzt</source>
        <translation>All four roles filled</translation>
    </message>
    <message>
        <source>Noch nicht besetzt</source>
        <translation>Not yet filled</translation>
    </message>
    <message>
        <source>begleitete Kommunen</source>
        <translation>accompanied municipalities</translation>
    </message>
    <message>
        <source>Taskforces und Teams</source>
        <translation>Task forces and teams</translation>
    </message>
    <message>
        <source>Bereiche</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Regionale OZG-Taskforces</source>
        <translation>Regional OZG task forces</translation>
    </message>
    <message>
        <source>Roll-Out-Teams</source>
        <translation>Roll-out teams</translation>
    </message>
    <message>
        <source>Landesteams</source>
        <translation>Land teams</translation>
    </message>
    <message>
        <source>First Mover</source>
        <translation>First mover</translation>
    </message>
</context>
<context>
    <name>TaskforcesTab</name>
    <message>
        <source>Regionale OZG-Taskforces (§ 2 Abs. 3 a): Projektleitung, fachliche und technische Expertise, unterstützt vom kommunalen IT-Dienstleister; sie begleiten vor allem die First Mover.</source>
        <translation>Regional OZG task forces (§ 2(3)a): project lead, subject-matter and technical expertise, supported by the municipal IT service provider; they mainly accompany the first movers.</translation>
    </message>
    <message>
        <source>Taskforces</source>
        <translation>Task forces</translation>
    </message>
    <message>
        <source>&amp;Neue Taskforce…</source>
        <translation>&amp;New task force…</translation>
    </message>
    <message>
        <source>Neue Taskforce</source>
        <translation>New task force</translation>
    </message>
    <message>
        <source>Bea&amp;rbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Taskforce bearbeiten</source>
        <translation>Edit task force</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Taskforce löschen</source>
        <translation>Delete task force</translation>
    </message>
    <message>
        <source>{n} Taskforces, davon {a} aktiv</source>
        <translation>{n} task forces, {a} of them active</translation>
    </message>
    <message>
        <source>Taskforce</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Bitte eine Taskforce auswählen.</source>
        <translation>Please select a task force.</translation>
    </message>
    <message>
        <source>Taskforce speichern</source>
        <translation>Save task force</translation>
    </message>
    <message>
        <source>Taskforce anlegen</source>
        <translation>Create task force</translation>
    </message>
    <message>
        <source>Die Taskforce „{name}“ löschen? Ihre Kontakte bleiben erhalten.</source>
        <translation>Delete the task force “{name}”? Its contacts are kept.</translation>
    </message>
</context>
<context>
    <name>TerminDialog</name>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Aufgabe &amp;hinzufügen</source>
        <translation>&amp;Add task</translation>
    </message>
    <message>
        <source>Aufgabe hinzufügen</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Aufgabe &amp;entfernen</source>
        <translation>&amp;Remove task</translation>
    </message>
    <message>
        <source>Aufgabe entfernen</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <source>Aufgabe {n}, Fällig</source>
        <translation>Task {n}, due</translation>
    </message>
    <message>
        <source>Aufgabe {n}, Erledigt am</source>
        <translation>Task {n}, done on</translation>
    </message>
    <message>
        <source>Termin bearbeiten</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Neuer Termin</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ergebnis/Protokoll</source>
        <translation>Outcome/minutes</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Termin</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Teil&amp;nehmende:</source>
        <translation>Partici&amp;pants:</translation>
    </message>
    <message>
        <source>&amp;Ergebnis/Protokoll:</source>
        <translation>&amp;Outcome/minutes:</translation>
    </message>
    <message>
        <source>&amp;Kommunen und Leistungen</source>
        <translation>&amp;Municipalities and services</translation>
    </message>
    <message>
        <source>A&amp;ufgaben</source>
        <translation>Tas&amp;ks</translation>
    </message>
    <message>
        <source>Folgeaufgaben: was, wer, bis wann (TT.MM.JJJJ), erledigt am.</source>
        <translation>Follow-up tasks: what, who, by when (DD.MM.YYYY), done on.</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>TerminePage</name>
    <message>
        <source>iCalendar-Datei (*.ics);;Alle Dateien (*)</source>
        <translation>iCalendar file (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>Termine und Aufgaben</source>
        <translation>Meetings and tasks</translation>
    </message>
    <message>
        <source>&amp;Kreis:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>alle Kreise</source>
        <translation>all districts</translation>
    </message>
    <message>
        <source>&amp;Neuer Termin…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Neuer Termin</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Termin bearbeiten</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Bea&amp;rbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Termin löschen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Als .&amp;ics exportieren…</source>
        <translation>Export as .&amp;ics…</translation>
    </message>
    <message>
        <source>Als ics-Datei exportieren</source>
        <translation>Export as ics file</translation>
    </message>
    <message>
        <source>Ansichten</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Anstehende Termine</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <source>Vergangene Termine</source>
        <translation>Past meetings</translation>
    </message>
    <message>
        <source>Anstehend</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Vergangen</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Überfällige Aufgaben</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>Als &amp;erledigt markieren</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Aufgabe erledigt</source>
        <translation>Task done</translation>
    </message>
    <message>
        <source>&amp;Termin öffnen…</source>
        <translation>&amp;Open meeting…</translation>
    </message>
    <message>
        <source>Termin der Aufgabe öffnen</source>
        <translation>Open the task&apos;s meeting</translation>
    </message>
    <message>
        <source>Details des Termins</source>
        <translation>Details of the meeting</translation>
    </message>
    <message>
        <source>Anstehend ({n})</source>
        <translation>Upcoming ({n})</translation>
    </message>
    <message>
        <source>Vergangen ({n})</source>
        <translation>Past ({n})</translation>
    </message>
    <message>
        <source>Überfällige Aufgaben ({n})</source>
        <translation>Overdue tasks ({n})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kein Termin ausgewählt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No meeting selected.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> bis {datum}</source>
        <translation> by {datum}</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ergebnis/Protokoll</source>
        <translation>Outcome/minutes</translation>
    </message>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Bitte einen Termin auswählen.</source>
        <translation>Please select a meeting.</translation>
    </message>
    <message>
        <source>Termin speichern</source>
        <translation>Save meeting</translation>
    </message>
    <message>
        <source>Termin anlegen</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Diesen Termin mit seinen Aufgaben löschen?</source>
        <translation>Delete this meeting with its tasks?</translation>
    </message>
    <message>
        <source>Als .ics exportieren</source>
        <translation>Export as .ics</translation>
    </message>
    <message>
        <source>Termin als .ics exportieren</source>
        <translation>Export meeting as .ics</translation>
    </message>
    <message>
        <source>Der Termin wurde als {name} gespeichert. Doppelklick öffnet ihn in Outlook.</source>
        <translation>The meeting was saved as {name}. A double-click opens it in Outlook.</translation>
    </message>
</context>
<context>
    <name>Uebersicht</name>
    <message>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Pfeiltasten: Balken wählen · Eingabetaste: öffnen · T: Daten als Tabelle</source>
        <translation>Arrow keys: choose a bar · Enter: open · T: data as a table</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Stand je Leistung (zuständige Kommunen nach Status)</source>
        <translation>State per service (responsible municipalities by status)</translation>
    </message>
    <message>
        <source>{n} Leistungen; zuständige Kommunen nach Status, zusammen: {summen}.</source>
        <translation>{n} services; responsible municipalities by status, in total: {summen}.</translation>
    </message>
    <message>
        <source>Fortschritt je Kreis (Anteil produktiv, %)</source>
        <translation>Progress per district (share in production, %)</translation>
    </message>
    <message>
        <source>produktiv</source>
        <translation>in production</translation>
    </message>
    <message>
        <source>{n} Kreise; am weitesten: {best} ({bw} %), am wenigsten weit: {worst} ({ww} %).</source>
        <translation>{n} districts; furthest: {best} ({bw} %), least far: {worst} ({ww} %).</translation>
    </message>
    <message>
        <source>Go-live-Kurve (produktiv am Monatsende)</source>
        <translation>Go-live curve (in production at month end)</translation>
    </message>
    <message>
        <source>Noch keine Kommune produktiv.</source>
        <translation>No municipality in production yet.</translation>
    </message>
    <message>
        <source>Stand {monat}: {k} Kommunen mit mindestens einer Leistung produktiv, {n} Nachnutzungen.</source>
        <translation>As of {monat}: {k} municipalities with at least one service in production, {n} re-uses.</translation>
    </message>
    <message>
        <source>Kommunen (mind. eine Leistung)</source>
        <translation>Municipalities (at least one service)</translation>
    </message>
    <message>
        <source>Nachnutzungen</source>
        <translation>Re-uses</translation>
    </message>
    <message>
        <source>Go-live-Kurve – noch keine Kommune produktiv</source>
        <translation>Go-live curve – no municipality in production yet</translation>
    </message>
    <message>
        <source>Offene Hürden je Kategorie</source>
        <translation>Open obstacles per category</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Offene Hürden: {teile}.</source>
        <translation>Open obstacles: {teile}.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UebersichtPage</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ansicht: ganzes Land oder ein Kreis</source>
        <translation>View: whole Land or one district</translation>
    </message>
    <message>
        <source>ganzes Land</source>
        <translation>whole Land</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>&amp;Karte</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Kommunen mit mind. einer Leistung produktiv</source>
        <translation>Municipalities with at least one service in production</translation>
    </message>
    <message>
        <source>Einwohner in Kommunen, in denen mind. eine Leistung produktiv ist</source>
        <translation>Residents of municipalities with at least one service in production</translation>
    </message>
    <message>
        <source>Einwohnergewichteter Anteil produktiv (über die Leistungen)</source>
        <translation>Population-weighted share in production (over the services)</translation>
    </message>
    <message>
        <source>offene Hürden</source>
        <translation>open obstacles</translation>
    </message>
    <message>
        <source>überfällige Aufgaben</source>
        <translation>overdue tasks</translation>
    </message>
    <message>
        <source>Klick auf einen Balken: Matrix gefiltert nach Leistung und Status</source>
        <translation>Click a bar: matrix filtered by service and status</translation>
    </message>
    <message>
        <source>Klick auf einen Balken: Matrix dieses Kreises</source>
        <translation>Click a bar: matrix of this district</translation>
    </message>
    <message>
        <source>Klick auf einen Balken: offene Hürden dieser Kategorie</source>
        <translation>Click a bar: open obstacles of this category</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nächste Termine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Next meetings&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nächste Termine</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <source>&lt;b&gt;Überfällige Aufgaben&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overdue tasks&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Überfällige Aufgaben</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stand der Nachnutzung je Leistung&lt;/b&gt;</source>
        <translation>&lt;b&gt;State of re-use per service&lt;/b&gt;</translation>
    </message>
    <message>
        <source>davon produktiv</source>
        <translation>of which in production</translation>
    </message>
    <message>
        <source>A&amp;nsicht:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <source>zuständige Nachnutzungen (ohne Nr. 7, 8)</source>
        <translation>responsible adoptions (without No. 7, 8)</translation>
    </message>
    <message>
        <source>Anteil produktiv</source>
        <translation>Share in production</translation>
    </message>
    <message>
        <source>Stand je Leistung</source>
        <translation>State per service</translation>
    </message>
</context>
<context>
    <name>VerbandRegelnBox</name>
    <message>
        <source>Gemeindeverbände, die für ihre Mitgliedsgemeinden verwalten</source>
        <translation>Municipal associations that administer for their member municipalities</translation>
    </message>
    <message>
        <source>Dieses Land hat keine Gemeindeverbände.</source>
        <translation>This Land has no municipal associations.</translation>
    </message>
    <message>
        <source>{art} ({n}) verwaltet für die Mitgliedsgemeinden</source>
        <translation>{art} ({n}) administers for the member municipalities</translation>
    </message>
    <message>
        <source>geprüft</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>Vorgabe für dieses Land ({v}) – bitte prüfen</source>
        <translation>Default for this Land ({v}) – please check</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>organisatorisch</source>
        <translation>organisational</translation>
    </message>
    <message>
        <source>technisch</source>
        <translation>technical</translation>
    </message>
    <message>
        <source>finanziell</source>
        <translation>financial</translation>
    </message>
    <message>
        <source>rechtlich</source>
        <translation>legal</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in Klärung</source>
        <translation>being clarified</translation>
    </message>
    <message>
        <source>eskaliert an Forum Kommunalpakt</source>
        <translation>escalated to Forum Kommunalpakt</translation>
    </message>
    <message>
        <source>gelöst</source>
        <translation>solved</translation>
    </message>
    <message>
        <source>nicht lösbar</source>
        <translation>not solvable</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>Landkreis (rural district)</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Regionalverband</source>
        <translation>Regionalverband (regional association)</translation>
    </message>
    <message>
        <source>Kreisfreie Stadt</source>
        <translation>District-free city</translation>
    </message>
    <message>
        <source>Stadtkreis</source>
        <translation>Stadtkreis (urban district)</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Amt</translation>
    </message>
    <message>
        <source>Samtgemeinde</source>
        <translation>Samtgemeinde</translation>
    </message>
    <message>
        <source>Verbandsgemeinde</source>
        <translation>Verbandsgemeinde</translation>
    </message>
    <message>
        <source>Verwaltungsgemeinschaft</source>
        <translation>Verwaltungsgemeinschaft</translation>
    </message>
    <message>
        <source>Kirchspielslandgemeinde</source>
        <translation>Kirchspielslandgemeinde</translation>
    </message>
    <message>
        <source>Verwaltungsverband</source>
        <translation>Verwaltungsverband</translation>
    </message>
    <message>
        <source>Verwaltungsgemeinschaft (Trägermodell)</source>
        <translation>Verwaltungsgemeinschaft (host model)</translation>
    </message>
    <message>
        <source>Erfüllende Gemeinde</source>
        <translation>Erfüllende Gemeinde (host municipality)</translation>
    </message>
    <message>
        <source>Markt</source>
        <translation>Markt (market town)</translation>
    </message>
    <message>
        <source>Stadt</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Große Kreisstadt</source>
        <translation>Große Kreisstadt (major district town)</translation>
    </message>
    <message>
        <source>Gemeindefreies Gebiet (bewohnt)</source>
        <translation>Unincorporated area (inhabited)</translation>
    </message>
    <message>
        <source>Gemeindefreies Gebiet (unbewohnt)</source>
        <translation>Unincorporated area (uninhabited)</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>aufgelöst</source>
        <translation>dissolved</translation>
    </message>
    <message>
        <source>Städtetag</source>
        <translation>Städtetag (association of cities)</translation>
    </message>
    <message>
        <source>Landkreistag</source>
        <translation>Landkreistag (association of districts)</translation>
    </message>
    <message>
        <source>Städte- und Gemeindebund</source>
        <translation>Städte- und Gemeindebund (association of towns and municipalities)</translation>
    </message>
    <message>
        <source>XTA (XÖV)</source>
        <translation>XTA (XÖV)</translation>
    </message>
    <message>
        <source>FIT-Connect</source>
        <translation>FIT-Connect</translation>
    </message>
    <message>
        <source>OSCI-Transport</source>
        <translation>OSCI-Transport</translation>
    </message>
    <message>
        <source>Schnittstelle des Fachverfahrensherstellers</source>
        <translation>Interface of the procedure&apos;s manufacturer</translation>
    </message>
    <message>
        <source>Behördenpostfach/E-Mail</source>
        <translation>Authority mailbox/e-mail</translation>
    </message>
    <message>
        <source>manuelle Übernahme</source>
        <translation>manual transfer</translation>
    </message>
    <message>
        <source>Interesse bekundet</source>
        <translation>Interest expressed</translation>
    </message>
    <message>
        <source>Int.</source>
        <translation>Int.</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Vereinb.</source>
        <translation>Agr.</translation>
    </message>
    <message>
        <source>Anbindung</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Anb.</source>
        <translation>Conn.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>produktiv</source>
        <translation>in production</translation>
    </message>
    <message>
        <source>prod.</source>
        <translation>prod.</translation>
    </message>
    <message>
        <source>zurückgestellt</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>zurück</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>nicht mehr zuständig</source>
        <translation>no longer responsible</translation>
    </message>
    <message>
        <source>n. zust.</source>
        <translation>n. resp.</translation>
    </message>
    <message>
        <source>Bürgermeister/in</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>Landrat/Landrätin</source>
        <translation>District administrator</translation>
    </message>
    <message>
        <source>OZG-Beauftragte/r</source>
        <translation>OZG officer</translation>
    </message>
    <message>
        <source>IT-Leitung</source>
        <translation>Head of IT</translation>
    </message>
    <message>
        <source>Fachbereich</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Hauptamt</source>
        <translation>Central administration</translation>
    </message>
    <message>
        <source>IT-Dienstleister</source>
        <translation>IT service provider</translation>
    </message>
    <message>
        <source>Roll-Out-Team</source>
        <translation>Roll-out team</translation>
    </message>
    <message>
        <source>sonstige</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Kernteam Nachnutzung</source>
        <translation>Core team re-use</translation>
    </message>
    <message>
        <source>Umsetzungsbegleitteam</source>
        <translation>Implementation support team</translation>
    </message>
    <message>
        <source>Vor-Ort-Termin inkl. Tests</source>
        <translation>On-site appointment incl. tests</translation>
    </message>
    <message>
        <source>Informationsmaterial</source>
        <translation>Information material</translation>
    </message>
    <message>
        <source>Prozessunterstützung</source>
        <translation>Process support</translation>
    </message>
    <message>
        <source>Selbstregistrierung</source>
        <translation>Self-registration</translation>
    </message>
    <message>
        <source>Rahmenvertrag mit Fachverfahrenshersteller</source>
        <translation>Framework contract with the procedure&apos;s manufacturer</translation>
    </message>
    <message>
        <source>standardisierte Schnittstelle (XÖV)</source>
        <translation>standardised interface (XÖV)</translation>
    </message>
    <message>
        <source>IT-Architekturkomponente (z. B. XTA-Webservice)</source>
        <translation>IT architecture component (e.g. XTA web service)</translation>
    </message>
    <message>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>fachliche Expertise</source>
        <translation>subject-matter expertise</translation>
    </message>
    <message>
        <source>technische Expertise</source>
        <translation>technical expertise</translation>
    </message>
    <message>
        <source>kommunaler IT-Dienstleister</source>
        <translation>municipal IT service provider</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>Bürgermeisterdienstversammlung</source>
        <translation>Mayors&apos; meeting (Bürgermeisterdienstversammlung)</translation>
    </message>
    <message>
        <source>Fachbereichsleitungstreffen</source>
        <translation>Meeting of department heads</translation>
    </message>
    <message>
        <source>KSpV-Sitzung</source>
        <translation>KSpV meeting</translation>
    </message>
    <message>
        <source>Vor-Ort-Termin (inkl. Tests)</source>
        <translation>On-site appointment (incl. tests)</translation>
    </message>
    <message>
        <source>Schulung</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Forum Kommunalpakt</source>
        <translation>Forum Kommunalpakt</translation>
    </message>
    <message>
        <source>belegt</source>
        <translation>documented</translation>
    </message>
    <message>
        <source>bitte prüfen</source>
        <translation>please check</translation>
    </message>
    <message>
        <source>Gemeinde (jede Gemeinde)</source>
        <translation>Municipality (every municipality)</translation>
    </message>
    <message>
        <source>Verwaltungsträger der Gemeindeebene</source>
        <translation>Administrative body of the municipal level</translation>
    </message>
    <message>
        <source>Verwaltungsträger</source>
        <translation>Admin. body</translation>
    </message>
    <message>
        <source>Verwaltungsträger der Gemeindeebene und Kreise</source>
        <translation>Administrative bodies of the municipal level and districts</translation>
    </message>
    <message>
        <source>Verwaltungsträger und Kreis</source>
        <translation>Administrative body and district</translation>
    </message>
    <message>
        <source>Kreis und kreisfreie Stadt</source>
        <translation>District and district-free city</translation>
    </message>
    <message>
        <source>Kreis/kreisfreie Stadt</source>
        <translation>District/district-free city</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>nicht kommunal</source>
        <translation>not municipal</translation>
    </message>
    <message>
        <source>zusätzlich zuständig</source>
        <translation>additionally responsible</translation>
    </message>
    <message>
        <source>nicht zuständig</source>
        <translation>not responsible</translation>
    </message>
</context>
<context>
    <name>Vollzug</name>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Ausnahme</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Danach {n} zuständige Kommunen mit {e} Einwohnern.</source>
        <translation>Afterwards {n} responsible municipalities with {e} inhabitants.</translation>
    </message>
    <message>
        <source>{n} Nachnutzungen kommen neu hinzu (Status offen).</source>
        <translation>{n} re-uses are added (status open).</translation>
    </message>
    <message>
        <source>{n} fallen heraus und bleiben mit Daten und Historie als „nicht mehr zuständig“ erhalten.</source>
        <translation>{n} drop out and are kept with data and history as “no longer responsible”.</translation>
    </message>
    <message>
        <source>{n} werden wieder zuständig (Status offen).</source>
        <translation>{n} become responsible again (status open).</translation>
    </message>
</context>
<context>
    <name>VollzugPanel</name>
    <message>
        <source>Vollzugsebene in diesem Land</source>
        <translation>Executing level in this Land</translation>
    </message>
    <message>
        <source>Vollzugsebene</source>
        <translation>Executing level</translation>
    </message>
    <message>
        <source>Als ge&amp;prüft bestätigen</source>
        <translation>Confirm as chec&amp;ked</translation>
    </message>
    <message>
        <source>Die Koordinierungsstelle hat die Vollzugsebene geprüft; sie bleibt, wie sie ist.</source>
        <translation>The coordination office has checked the executing level; it stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Vorgabe übernehmen</source>
        <translation>Take &amp;default</translation>
    </message>
    <message>
        <source>Die mitgelieferte Vollzugsebene dieses Landes mit ihren Zusätzen übernehmen</source>
        <translation>Take this Land&apos;s shipped executing level with its additions</translation>
    </message>
    <message>
        <source>Vollzugsebene &amp;übernehmen</source>
        <translation>&amp;Apply executing level</translation>
    </message>
    <message>
        <source>&amp;Ebene:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Ausnahmen</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Kommune der Ausnahme</source>
        <translation>Municipality of the exception</translation>
    </message>
    <message>
        <source>Kommune suchen (Name oder ARS) …</source>
        <translation>Search municipality (name or ARS) …</translation>
    </message>
    <message>
        <source>Art der Ausnahme</source>
        <translation>Type of exception</translation>
    </message>
    <message>
        <source>Grund der Ausnahme</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <source>Grund, z. B. eigene Bauaufsicht</source>
        <translation>Reason, e.g. own building authority</translation>
    </message>
    <message>
        <source>Hin&amp;zufügen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Ausnah&amp;me entfernen</source>
        <translation>Re&amp;move exception</translation>
    </message>
    <message>
        <source>A&amp;us Liste hinzufügen…</source>
        <translation>Add from &amp;list…</translation>
    </message>
    <message>
        <source>Viele Kommunen auf einmal als zusätzlich zuständig eintragen: CSV oder Excel mit ARS, AGS oder Namen</source>
        <translation>Record many municipalities at once as additionally responsible: CSV or Excel with ARS, AGS or names</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ausnahmen&lt;/b&gt; (einzelne Kommunen zusätzlich bzw. nicht zuständig)</source>
        <translation>&lt;b&gt;Exceptions&lt;/b&gt; (single municipalities additionally or not responsible)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; zuständige Kommunen versorgen &lt;b&gt;{e}&lt;/b&gt; Einwohner.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; responsible municipalities serve &lt;b&gt;{e}&lt;/b&gt; inhabitants.</translation>
    </message>
    <message>
        <source>Behörde: {b}
Quelle: {q}</source>
        <translation>Authority: {b}
Source: {q}</translation>
    </message>
    <message>
        <source>Sicherheit: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation>Confidence: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sicherheit der Vollzugsebene: {s}</source>
        <translation>Confidence of the executing level: {s}</translation>
    </message>
    <message>
        <source>Vorschau: </source>
        <translation>Preview: </translation>
    </message>
    <message>
        <source>Bitte eine Kommune aus der Vorschlagsliste wählen.</source>
        <translation>Please choose a municipality from the list of suggestions.</translation>
    </message>
</context>
</TS>
