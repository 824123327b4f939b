<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BillingText</name>
    <message>
        <source>Stripe invoice export</source>
        <translation>Stripe-Rechnungsexport</translation>
    </message>
    <message>
        <source>Chargebee invoice export</source>
        <translation>Chargebee-Rechnungsexport</translation>
    </message>
    <message>
        <source>Paddle transaction export</source>
        <translation>Paddle-Transaktionsexport</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>uncollectible</source>
        <translation>uneinbringlich</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>no service period</source>
        <translation>ohne Leistungszeitraum</translation>
    </message>
    <message>
        <source>other status</source>
        <translation>anderer Status</translation>
    </message>
    <message>
        <source>%1: %2 invoices</source>
        <translation>%1: %2 Rechnungen</translation>
    </message>
    <message>
        <source>%1, none excluded</source>
        <translation>%1, keine ausgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n excluded kind(s) (%2)</source>
        <translation>
            <numerusform>%1, %n ausgeschlossene Art (%2)</numerusform>
            <numerusform>%1, %n ausgeschlossene Arten (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Exported from UsageLens</source>
        <translation>Aus UsageLens exportiert</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Als PNG speichern</translation>
    </message>
    <message>
        <source>1x (%1 × %2)</source>
        <translation>1x (%1 × %2)</translation>
    </message>
    <message>
        <source>2x (%1 × %2)</source>
        <translation>2x (%1 × %2)</translation>
    </message>
    <message>
        <source>3x (%1 × %2)</source>
        <translation>3x (%1 × %2)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Daten als CSV speichern…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Diagrammdaten als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded</source>
        <translation>%1 kann nicht geschrieben werden: das Bild ließ sich nicht kodieren</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <source>cannot write into %1: it is not a folder</source>
        <translation>in %1 kann nicht geschrieben werden: es ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>no tab &apos;%1&apos; in dataset &apos;%2&apos; (%3)</source>
        <translation>kein Tab „%1“ im Datensatz „%2“ (%3)</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n Tag voraus</numerusform>
            <numerusform>%n Tage voraus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead</source>
        <translation>
            <numerusform>%n Woche voraus</numerusform>
            <numerusform>%n Wochen voraus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) ahead</source>
        <translation>
            <numerusform>%n Quartal voraus</numerusform>
            <numerusform>%n Quartale voraus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ahead</source>
        <translation>
            <numerusform>%n Jahr voraus</numerusform>
            <numerusform>%n Jahre voraus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ahead</source>
        <translation>
            <numerusform>%n Monat voraus</numerusform>
            <numerusform>%n Monate voraus</numerusform>
        </translation>
    </message>
    <message>
        <source>partial: the value so far</source>
        <translation>Teilperiode: der bisherige Wert</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>95-%-Band</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>80-%-Band</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>%1 — forecast %2</source>
        <translation>%1 — Prognose %2</translation>
    </message>
    <message>
        <source>
80%: %1 – %2</source>
        <translation>
80 %: %1 – %2</translation>
    </message>
    <message>
        <source>
95%: %1 – %2</source>
        <translation>
95 %: %1 – %2</translation>
    </message>
    <message>
        <source>
so far: %1</source>
        <translation>
bisher: %1</translation>
    </message>
    <message>
        <source>No forecast: no whole period to learn from</source>
        <translation>Keine Prognose: keine vollständige Periode, aus der sie lernen könnte</translation>
    </message>
    <message>
        <source>Naive forecast (the last value carried forward): fewer than 6 whole periods</source>
        <translation>Naive Prognose (der letzte Wert fortgeschrieben): weniger als 6 vollständige Perioden</translation>
    </message>
    <message>
        <source>%1 chosen by AICc</source>
        <translation>%1, gewählt nach AICc</translation>
    </message>
    <message>
        <source>no season: fewer than two whole seasons</source>
        <translation>keine Saison: weniger als zwei vollständige Saisons</translation>
    </message>
    <message>
        <source>no backtest yet: it needs more than 6 whole periods</source>
        <translation>noch kein Backtest: dafür braucht es mehr als 6 vollständige Perioden</translation>
    </message>
    <message numerus="yes">
        <source>last %n backtest(s), %1:</source>
        <translation>
            <numerusform>letzter %n Backtest, %1:</numerusform>
            <numerusform>letzte %n Backtests, %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>MAPE %1 (seasonal naive %2)</source>
        <translation>MAPE %1 (saisonal naiv %2)</translation>
    </message>
    <message>
        <source>, 80% band held %1 of %2</source>
        <translation>, 80-%-Band traf %1 von %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&lt;h3&gt;How UsageLens counts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Days&lt;/b&gt; are calendar days in UTC; a timestamp with an offset is converted to UTC first. Weeks start on Monday. Periods are labelled 2022-10-17 (a day or a week&apos;s Monday), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Partial periods&lt;/b&gt;: a period the data or the range covers only in part is drawn lighter, says &quot;partial&quot; in its tooltip, and never drives a change, churn or growth figure; headline numbers use the last whole period and name it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change %&lt;/b&gt; is shown only where the previous period is whole and not close to zero (at least 5% of the median of the whole periods).&lt;/p&gt;&lt;p&gt;&lt;b&gt;New customers&lt;/b&gt;: created (or first seen) within the chosen number of days before the range ends. The customers already active in the data&apos;s first period are its opening base, not new, unless you ask for it (Revenue settings).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt;: an invoice is one month of recurring revenue in the UTC month it was paid (or spread over the billing period); movements are new, expansion, contraction, churned and reactivation, and they add up exactly to each month&apos;s MRR.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Customer ids&lt;/b&gt; are text exactly as written; ids that look spreadsheet-mangled (6.00E+07) are kept and reported at import.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drill-down&lt;/b&gt;: click a period of a time chart for the customers behind its change; the changes add up to the period&apos;s change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wie UsageLens zählt&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Tage&lt;/b&gt; sind Kalendertage in UTC; ein Zeitstempel mit Zeitzonenversatz wird zuerst nach UTC umgerechnet. Wochen beginnen am Montag. Perioden heißen 2022-10-17 (ein Tag oder der Montag einer Woche), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unvollständige Perioden&lt;/b&gt;: Eine Periode, die die Daten oder der Zeitraum nur teilweise abdecken, wird heller gezeichnet, nennt sich im Tooltip „unvollständig“ und bestimmt nie eine Änderungs-, Abwanderungs- oder Wachstumszahl; Kennzahlen nutzen die letzte vollständige Periode und nennen sie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Änderung in %&lt;/b&gt; wird nur gezeigt, wo die Vorperiode vollständig und nicht nahe null ist (mindestens 5 % des Medians der vollständigen Perioden).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Neue Kunden&lt;/b&gt;: angelegt (oder zuerst gesehen) innerhalb der gewählten Anzahl Tage vor dem Ende des Zeitraums. Die in der ersten Periode der Daten schon aktiven Kunden sind der Anfangsbestand, nicht neu, außer Sie wünschen es (Umsatzeinstellungen).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt;: Eine Rechnung ist ein Monat wiederkehrender Umsatz im UTC-Monat ihrer Zahlung (oder über die Abrechnungsperiode verteilt); die Bewegungen sind neu, Erweiterung, Verkleinerung, abgewandert und reaktiviert und ergeben genau den MRR jedes Monats.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kunden-IDs&lt;/b&gt; sind Text, genau wie geschrieben; IDs, die nach Tabellenkalkulation aussehen (6.00E+07), bleiben erhalten und werden beim Import gemeldet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drill-down&lt;/b&gt;: Klicken Sie auf eine Periode eines Zeitdiagramms, um die Kunden hinter ihrer Änderung zu sehen; die Änderungen ergeben die Änderung der Periode.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>How UsageLens &amp;counts</source>
        <translation>Wie UsageLens &amp;zählt</translation>
    </message>
    <message>
        <source>How UsageLens counts</source>
        <translation>Wie UsageLens zählt</translation>
    </message>
    <message>
        <source>&amp;About UsageLens</source>
        <translation>Ü&amp;ber UsageLens</translation>
    </message>
    <message>
        <source>About UsageLens</source>
        <translation>Über UsageLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Customer-usage analytics on your own machine: imports, dashboards, revenue, segments, reports. Offline; your data stays in the workspace file.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · MIT licence&lt;/p&gt;</source>
        <translation>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Analyse der Kundennutzung auf Ihrem eigenen Rechner: Importe, Dashboards, Umsatz, Segmente, Berichte. Offline; Ihre Daten bleiben in der Arbeitsbereichsdatei.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · MIT-Lizenz&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>eine FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a file an export may replace</source>
        <translation>%1 kann nicht geschrieben werden: es ist %2, keine Datei, die ein Export ersetzen darf</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>%1 kann nicht geschrieben werden: die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is read-only</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>w/c %1</source>
        <extracomment>A week on a chart&apos;s axis, by its first day (Monday): &quot;w/c 26 Oct 2026&quot; (week commencing).</extracomment>
        <translation>Woche ab %1</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>%1 — the last %2 periods (all in the xlsx)</source>
        <translation>%1 — die letzten %2 Perioden (alle in der xlsx)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>UsageLens</source>
        <translation>UsageLens</translation>
    </message>
    <message>
        <source>Could not open a workspace: %1</source>
        <translation>Kein Arbeitsbereich konnte geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Reduziert</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgang</translation>
    </message>
    <message>
        <source>%1
Starting MRR: %2
New: +%3
Expansion: +%4
Reactivation: +%5
Contraction: −%6
Churned: −%7
Ending MRR: %8</source>
        <translation>%1
MRR am Anfang: %2
Neu: +%3
Expansion: +%4
Reaktiviert: +%5
Reduziert: −%6
Abgang: −%7
MRR am Ende: %8</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Median-Verhältnis</translation>
    </message>
    <message>
        <source>%1: top 10% median %2, rest median %3 (%4×)</source>
        <translation>%1: Median Top 10 % %2, Median Rest %3 (%4×)</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% der Kunden</translation>
    </message>
    <message>
        <source>% of value</source>
        <translation>% des Werts</translation>
    </message>
    <message>
        <source>%1: %2 customers (%3), value %4 (%5)</source>
        <translation>%1: %2 Kunden (%3), Wert %4 (%5)</translation>
    </message>
    <message>
        <source>Value (log scale)</source>
        <translation>Wert (log. Skala)</translation>
    </message>
    <message>
        <source>%1 (%2)
frequency %3, value %4 — click to open</source>
        <translation>%1 (%2)
Häufigkeit %3, Wert %4 — zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Trägheit</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>k (clusters)</source>
        <translation>k (Cluster)</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>k = %1: inertia %2, silhouette %3</source>
        <translation>k = %1: Trägheit %2, Silhouette %3</translation>
    </message>
    <message>
        <source>eps = %1</source>
        <translation>eps = %1</translation>
    </message>
    <message>
        <source>Customers, by distance (descending)</source>
        <translation>Kunden nach Abstand (absteigend)</translation>
    </message>
    <message>
        <source>rank %1: %2</source>
        <translation>Rang %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1: bisher %2</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n customer(s)</source>
        <translation>
            <numerusform>%1 – %2: %n Kunde</numerusform>
            <numerusform>%1 – %2: %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3 (%4 of total) — click to open</source>
        <translation>#%1 %2: %3 (%4 der Summe) — zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>noun: sum of values</comment>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>Bringing %n tab(s) up to date…</source>
        <translation>
            <numerusform>%n Tab wird aktualisiert…</numerusform>
            <numerusform>%n Tabs werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>partial: no data in this period</source>
        <translation>unvollständig: keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>partial: %1–%2</source>
        <translation>unvollständig: %1–%2</translation>
    </message>
    <message>
        <source>median ratio (×)</source>
        <translation>Verhältnis der Mediane (×)</translation>
    </message>
    <message>
        <source>#%1 %2: %3 — click to open</source>
        <translation>#%1 %2: %3 — zum Öffnen klicken</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 von %2)</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>%1: %2 active
new %3 · reactivated %4 · churned %5</source>
        <translation>%1: %2 aktiv
neu %3 · reaktiviert %4 · abgewandert %5</translation>
    </message>
    <message>
        <source>
%1 already active when the data begins (not counted as new)</source>
        <translation>
%1 bereits aktiv, als die Daten beginnen (nicht als neu gezählt)</translation>
    </message>
    <message>
        <source>
Opening MRR: %1 (paying when the data begins; not counted as new)</source>
        <translation>
Anfangs-MRR: %1 (zahlend, als die Daten beginnen; nicht als neu gezählt)</translation>
    </message>
    <message>
        <source>Ranks 1–%1: %2 of the total</source>
        <translation>Ränge 1–%1: %2 der Summe</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>No customers in this selection</source>
        <translation>Keine Kunden in dieser Auswahl</translation>
    </message>
    <message>
        <source>%1 customers · mean %2 · std %3 · median %4 · p90 %5 · p99 %6 · outliers: %7 low, %8 high</source>
        <translation>%1 Kunden · Mittel %2 · Std.-Abw. %3 · Median %4 · p90 %5 · p99 %6 · Ausreißer: %7 unten, %8 oben</translation>
    </message>
    <message>
        <source>Distance to neighbour %1 (std. units)</source>
        <translation>Abstand zum %1. Nachbarn (Std.-Einheiten)</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Starting MRR</source>
        <translation>MRR zu Beginn</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Ending MRR</source>
        <translation>MRR am Ende</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Kundenabwanderung</translation>
    </message>
    <message>
        <source>Revenue churn</source>
        <translation>Umsatzabwanderung</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>NRR (12 months)</source>
        <translation>NRR (12 Monate)</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR (12 Monate)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Logo churn (3 months)</source>
        <translation>Kundenabwanderung (3 Monate)</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Amortisation (Monate)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>MRR neu + Expansion</translation>
    </message>
    <message>
        <source>Growth pays</source>
        <translation>Wachstum rechnet sich</translation>
    </message>
    <message>
        <source>Months since start</source>
        <translation>Monate seit Beginn</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Umsatzbindung</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Median Top 10 %</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Median übrige</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Verhältnis der Mediane</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Mittel Top 10 %</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Mittel übrige</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Verhältnis der Mittel</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Customers (share)</source>
        <translation>Kunden (Anteil)</translation>
    </message>
    <message>
        <source>Value (share)</source>
        <translation>Wert (Anteil)</translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation>Mittlere Aktualität (Tage)</translation>
    </message>
    <message>
        <source>Mean frequency</source>
        <translation>Mittlere Häufigkeit</translation>
    </message>
    <message>
        <source>Mean value</source>
        <translation>Mittlerer Wert</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Aktualität (Tage)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Trägheit</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Laufendes Jahr</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Compared months</source>
        <translation>Verglichene Monate</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Dieselben Monate im Vorjahr</translation>
    </message>
    <message>
        <source>Value retention</source>
        <translation>Wertbindung</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Unvollständiger Zeitraum</translation>
    </message>
    <message>
        <source>Previous month&apos;s MRR</source>
        <translation>MRR des Vormonats</translation>
    </message>
    <message>
        <source>MRR growth</source>
        <translation>MRR-Wachstum</translation>
    </message>
    <message>
        <source>Opening MRR</source>
        <translation>Anfangs-MRR</translation>
    </message>
    <message>
        <source>Share of the change</source>
        <translation>Anteil an der Änderung</translation>
    </message>
    <message>
        <source>Compared period</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Compared value</source>
        <translation>Vergleichswert</translation>
    </message>
    <message>
        <source>Compared period partial</source>
        <translation>Vergleichszeitraum unvollständig</translation>
    </message>
    <message>
        <source>Previous rank</source>
        <translation>Vorheriger Rang</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>Rangänderung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Previous span covered</source>
        <translation>Vorheriger Zeitraum abgedeckt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>80% band from</source>
        <translation>80-%-Band von</translation>
    </message>
    <message>
        <source>80% band to</source>
        <translation>80-%-Band bis</translation>
    </message>
    <message>
        <source>95% band from</source>
        <translation>95-%-Band von</translation>
    </message>
    <message>
        <source>95% band to</source>
        <translation>95-%-Band bis</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Periods ahead</source>
        <translation>Perioden voraus</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>sMAPE</source>
        <translation>sMAPE</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>Inside 80% band</source>
        <translation>Im 80-%-Band</translation>
    </message>
    <message>
        <source>Inside 95% band</source>
        <translation>Im 95-%-Band</translation>
    </message>
    <message>
        <source>Backtests</source>
        <translation>Backtests</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Value at risk (30 days)</source>
        <translation>Wert in Gefahr (30 Tage)</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Stärkste Signale</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Precision in top 10%</source>
        <translation>Präzision in den obersten 10 %</translation>
    </message>
    <message>
        <source>Recall in top 10%</source>
        <translation>Trefferquote in den obersten 10 %</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Grundrate</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>UsageLens · %1 · %2</source>
        <translation>UsageLens · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>Nutzungsbericht</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (Fortsetzung)</translation>
    </message>
    <message>
        <source> — tables</source>
        <translation> — Tabellen</translation>
    </message>
    <message>
        <source> — tables (continued)</source>
        <translation> — Tabellen (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>UsageLens report — %1</source>
        <translation>UsageLens-Bericht — %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Revenue report</source>
        <translation>Umsatzbericht</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the tables pages</source>
        <translation>
            <numerusform>+%n weiterer auf den Tabellenseiten</numerusform>
            <numerusform>+%n weitere auf den Tabellenseiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message numerus="yes">
        <source>+%n more in the workbook</source>
        <translation>
            <numerusform>+%n weiterer in der Arbeitsmappe</numerusform>
            <numerusform>+%n weitere in der Arbeitsmappe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>ReportViews</name>
    <message>
        <source>Total per period</source>
        <translation>Summe pro Zeitraum</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <source>Change per period</source>
        <translation>Veränderung pro Zeitraum</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Top-Kunden</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Top-Neukunden</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Revenue key figures</source>
        <translation>Umsatzkennzahlen</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR-Bewegungen</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Zahlende Kunden</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Unit Economics</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Profil der Kernkunden</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>k-means: choosing k</source>
        <translation>k-Means: Wahl von k</translation>
    </message>
    <message>
        <source>DBSCAN: k-distance</source>
        <translation>DBSCAN: k-Distanz</translation>
    </message>
    <message>
        <source>RFM scores per customer</source>
        <translation>RFM-Werte je Kunde</translation>
    </message>
    <message>
        <source>Cluster per customer</source>
        <translation>Cluster je Kunde</translation>
    </message>
    <message>
        <source>Customers by health</source>
        <translation>Kunden nach Zustand</translation>
    </message>
    <message>
        <source>Health per customer</source>
        <translation>Zustand je Kunde</translation>
    </message>
    <message>
        <source>Every metric per period</source>
        <translation>Alle Kennzahlen pro Zeitraum</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>Monat zu Vormonat</translation>
    </message>
    <message>
        <source>Year over year by month</source>
        <translation>Jahr zu Vorjahr nach Monat</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Customers by share of the total</source>
        <translation>Kunden nach Anteil an der Summe</translation>
    </message>
    <message>
        <source>Customers behind a period&apos;s change</source>
        <translation>Kunden hinter der Änderung einer Periode</translation>
    </message>
    <message>
        <source>Ranking with changes</source>
        <translation>Rangliste mit Veränderungen</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Forecast track record</source>
        <translation>Treffsicherheit der Prognose</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>MRR-Prognose</translation>
    </message>
    <message>
        <source>MRR forecast track record</source>
        <translation>Treffsicherheit der MRR-Prognose</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Churn risk track record</source>
        <translation>Treffsicherheit des Abwanderungsrisikos</translation>
    </message>
    <message>
        <source>Invoices left out of MRR</source>
        <translation>Nicht in den MRR gezählte Rechnungen</translation>
    </message>
    <message>
        <source>Distribution of the totals</source>
        <translation>Verteilung der Summen</translation>
    </message>
    <message>
        <source>Customers by period (pivot)</source>
        <translation>Kunden nach Periode (Pivot)</translation>
    </message>
    <message>
        <source>Registrations per period</source>
        <translation>Registrierungen pro Periode</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>rule %1: the segment name is empty</source>
        <translation>Regel %1: der Segmentname ist leer</translation>
    </message>
    <message>
        <source>rule %1 (%2): the %3 range %4-%5 is invalid (1 &lt;= min &lt;= max &lt;= 5)</source>
        <translation>Regel %1 (%2): der %3-Bereich %4-%5 ist ungültig (1 &lt;= min &lt;= max &lt;= 5)</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message numerus="yes">
        <source>+%n more in the PDF and the workbook</source>
        <translation>
            <numerusform>+%n weiterer im PDF und in der Arbeitsmappe</numerusform>
            <numerusform>+%n weitere im PDF und in der Arbeitsmappe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TabReport</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>top %1</source>
        <comment>ranking: the N largest customers</comment>
        <translation>Top %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quartalsweise</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>rows where %1</source>
        <translation>Zeilen mit %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>nach %1</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the table &apos;%1&apos; has %2 rows, more than a worksheet holds (%3); export it as CSV or choose a shorter range or coarser granularity</source>
        <translation>die Tabelle „%1“ hat %2 Zeilen, mehr als ein Arbeitsblatt fasst (%3); als CSV exportieren oder einen kürzeren Zeitraum oder eine gröbere Granularität wählen</translation>
    </message>
    <message>
        <source>cannot write %1: out of memory</source>
        <translation>%1 kann nicht geschrieben werden: kein Speicher mehr</translation>
    </message>
</context>
<context>
    <name>ul::ActivityPage</name>
    <message>
        <source>Customers by activity</source>
        <translation>Kunden nach Aktivität</translation>
    </message>
    <message>
        <source>Cohorts by first active month</source>
        <translation>Kohorten nach erstem aktiven Monat</translation>
    </message>
    <message>
        <source>Customers still active</source>
        <translation>Noch aktive Kunden</translation>
    </message>
    <message>
        <source>Usage kept</source>
        <translation>Gehaltene Nutzung</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
    <message>
        <source>Active = at least one value in the month. Each row: the customers whose first active month it is. Click a cell for its customers.</source>
        <translation>Aktiv = mindestens ein Wert im Monat. Jede Zeile: die Kunden, deren erster aktiver Monat es ist. Klicken Sie auf eine Zelle für ihre Kunden.</translation>
    </message>
</context>
<context>
    <name>ul::CalculatedMetricDialog</name>
    <message>
        <source>New calculated metric</source>
        <translation>Neue berechnete Metrik</translation>
    </message>
    <message>
        <source>A ratio of two metrics of %1, summed first: in every period and for every customer, the sum of the first over the sum of the second.</source>
        <translation>Ein Verhältnis zweier Metriken von %1, zuerst summiert: in jeder Periode und für jeden Kunden die Summe der ersten geteilt durch die Summe der zweiten.</translation>
    </message>
    <message>
        <source>Numerator (summed)</source>
        <translation>Zähler (summiert)</translation>
    </message>
    <message>
        <source>Denominator (summed)</source>
        <translation>Nenner (summiert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Metrik hinzufügen</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
</context>
<context>
    <name>ul::ChangeBar</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Keep the numbers on screen</source>
        <translation>Die Zahlen auf dem Bildschirm behalten</translation>
    </message>
    <message>
        <source>new data in &apos;%1&apos;</source>
        <translation>neue Daten in „%1“</translation>
    </message>
    <message>
        <source>import #%1 undone</source>
        <translation>Import #%1 rückgängig gemacht</translation>
    </message>
    <message>
        <source>Another session changed this workspace: %1.</source>
        <translation>Eine andere Sitzung hat diesen Arbeitsbereich geändert: %1.</translation>
    </message>
</context>
<context>
    <name>ul::CohortModel</name>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers: %4 of %5 (%6)
Revenue: %7 of %8 %9 (%10)</source>
        <translation>Kohorte %1, Monat %2 (%3)
Kunden: %4 von %5 (%6)
Umsatz: %7 von %8 %9 (%10)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the cohort&apos;s first payment</source>
        <translation>
            <numerusform>%n Monat seit der ersten Zahlung der Kohorte</numerusform>
            <numerusform>%n Monate seit der ersten Zahlung der Kohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers whose first payment was in %1</source>
        <translation>Kunden mit erster Zahlung im %1</translation>
    </message>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers active: %4 of %5 (%6)
%7: %8 (%9 of the first month)</source>
        <translation>Kohorte %1, Monat %2 (%3)
Aktive Kunden: %4 von %5 (%6)
%7: %8 (%9 des ersten Monats)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the cohort&apos;s first active month</source>
        <translation>
            <numerusform>%n Monat seit dem ersten aktiven Monat der Kohorte</numerusform>
            <numerusform>%n Monate seit dem ersten aktiven Monat der Kohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers first active in %1</source>
        <translation>Kunden, erstmals aktiv im %1</translation>
    </message>
</context>
<context>
    <name>ul::ContributorsDialog</name>
    <message>
        <source>Open customer</source>
        <translation>Kunde öffnen</translation>
    </message>
    <message>
        <source>Customers behind %1</source>
        <translation>Kunden hinter %1</translation>
    </message>
    <message>
        <source>Who changed %1 in %2?</source>
        <translation>Wer hat %1 in %2 verändert?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No customer has a value in %1 or %2.</source>
        <translation>Kein Kunde hat einen Wert in %1 oder %2.</translation>
    </message>
    <message>
        <source>%1 against %2: %3 (was %4), change %5</source>
        <translation>%1 gegenüber %2: %3 (vorher %4), Änderung %5</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the drop.</source>
        <translation>Größter Beitrag: %1 %2, %3 des Rückgangs.</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the rise.</source>
        <translation>Größter Beitrag: %1 %2, %3 des Anstiegs.</translation>
    </message>
    <message>
        <source>Unique counts and ratios do not add up over customers, so there are no shares.</source>
        <translation>Eindeutige Zählungen und Verhältnisse addieren sich nicht über Kunden, daher gibt es keine Anteile.</translation>
    </message>
    <message>
        <source>%1 is partial: the data ends on %2, so the change compares unequal spans.</source>
        <translation>%1 ist unvollständig: die Daten enden am %2, die Änderung vergleicht also ungleiche Zeiträume.</translation>
    </message>
    <message>
        <source>%1 is partial: the data starts on %2, so the change compares unequal spans.</source>
        <translation>%1 ist unvollständig: die Daten beginnen am %2, die Änderung vergleicht also ungleiche Zeiträume.</translation>
    </message>
    <message>
        <source>Who of the %3 cohort changed %1 in %2?</source>
        <translation>Wer aus der Kohorte %3 hat %1 in %2 verändert?</translation>
    </message>
</context>
<context>
    <name>ul::CustomerView</name>
    <message>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 year to date</source>
        <translation>%1 seit Jahresbeginn</translation>
    </message>
    <message>
        <source>%1
YoY %2</source>
        <translation>%1
ggü. Vorjahr %2</translation>
    </message>
    <message>
        <source>(all customers)</source>
        <translation>(alle Kunden)</translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation>(keine Attribute)</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
    <message>
        <source>Needs at least two months with data</source>
        <translation>Benötigt mindestens zwei Monate mit Daten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No usage in this range:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Keine Nutzung in diesem Zeitraum:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (no data then)</source>
        <translation> (keine Daten)</translation>
    </message>
    <message>
        <source> (this year&apos;s same months: %1)</source>
        <translation> (dieselben Monate dieses Jahr: %1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 year to date: %3&lt;br&gt;%4 same span: %5%6&lt;br&gt;YoY change: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 seit Jahresbeginn: %3&lt;br&gt;%4 gleicher Zeitraum: %5&lt;br&gt;Veränderung ggü. Vorjahr: %6&lt;/p&gt; {1&lt;?} {2 ?} {3&lt;?} {4 ?} {5%6&lt;?} {7&lt;?}</translation>
    </message>
    <message>
        <source>Month-over-month change</source>
        <translation>Veränderung zum Vormonat</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Jahr zu Vorjahr</translation>
    </message>
</context>
<context>
    <name>ul::DashboardTab</name>
    <message>
        <source>Tables…</source>
        <translation>Tabellen…</translation>
    </message>
    <message>
        <source>Every view of this tab as a table, as the exports write it</source>
        <translation>Alle Ansichten dieses Tabs als Tabelle, wie die Exporte sie schreiben</translation>
    </message>
</context>
<context>
    <name>ul::DrillPath</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Back to the filters before the first click (Backspace steps back one)</source>
        <translation>Zurück zu den Filtern vor dem ersten Klick (Rücktaste geht einen Schritt zurück)</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Customer %1  ×</source>
        <translation>Kunde %1  ×</translation>
    </message>
    <message>
        <source>Every chart shows this customer only; click to show all customers again</source>
        <translation>Alle Diagramme zeigen nur diesen Kunden; klicken, um wieder alle Kunden zu zeigen</translation>
    </message>
    <message>
        <source>Remove the customer filter %1</source>
        <translation>Kundenfilter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ul::FilterBar</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Laufender Monat</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Laufendes Quartal</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Laufendes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Presets end on the dataset&apos;s last day with data, not on today.</source>
        <translation>Vorgaben enden am letzten Tag mit Daten im Datensatz, nicht heute.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Erster Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Letzter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Type to search a customer id</source>
        <translation>Kunden-ID eingeben</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A customer is new when created within this many days before the range end</source>
        <translation>Ein Kunde gilt als neu, wenn er so viele Tage vor Zeitraumende angelegt wurde</translation>
    </message>
    <message>
        <source>New within</source>
        <translation>Neu innerhalb</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Top %1</source>
        <comment>ranking: show the N largest customers</comment>
        <translation>Top %1</translation>
    </message>
</context>
<context>
    <name>ul::GroupStatsModel</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>% cust.</source>
        <translation>% Kund.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>% value</source>
        <translation>% Wert</translation>
    </message>
    <message>
        <source>Avg R (d)</source>
        <translation>Ø R (T)</translation>
    </message>
    <message>
        <source>Avg F</source>
        <translation>Ø F</translation>
    </message>
    <message>
        <source>Avg M</source>
        <translation>Ø M</translation>
    </message>
    <message>
        <source>Mean recency in days, frequency and monetary value of the group</source>
        <translation>Mittlere Aktualität (Tage), Häufigkeit und Geldwert der Gruppe</translation>
    </message>
</context>
<context>
    <name>ul::HealthTab</name>
    <message>
        <source>At risk when down at least this much, expanding when up at least this much</source>
        <translation>Gefährdet bei mindestens so viel Rückgang, wachsend bei mindestens so viel Zuwachs</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>Wachsend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;At risk&lt;/b&gt; — down at least %1 (%n customer(s)); double-click to open</source>
        <translation>
            <numerusform>&lt;b&gt;Gefährdet&lt;/b&gt; — mindestens %1 Rückgang (%n Kunde); Doppelklick öffnet</numerusform>
            <numerusform>&lt;b&gt;Gefährdet&lt;/b&gt; — mindestens %1 Rückgang (%n Kunden); Doppelklick öffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Expanding&lt;/b&gt; — up at least %1 (%n customer(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Wachsend&lt;/b&gt; — mindestens %1 Zuwachs (%n Kunde)</numerusform>
            <numerusform>&lt;b&gt;Wachsend&lt;/b&gt; — mindestens %1 Zuwachs (%n Kunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Letzte %n Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n quarter(s)</source>
        <translation>
            <numerusform>Letztes %n Quartal</numerusform>
            <numerusform>Letzte %n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n year(s)</source>
        <translation>
            <numerusform>Letztes %n Jahr</numerusform>
            <numerusform>Letzte %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Letzter %n Monat</numerusform>
            <numerusform>Letzte %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>The last N whole periods are compared with the N before</source>
        <translation>Die letzten N vollständigen Perioden werden mit den N davor verglichen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Health keeps its own periods: the filter bar&apos;s granularity does not change it</source>
        <translation>Health hat eigene Perioden: die Granularität der Filterleiste ändert sie nicht</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message numerus="yes">
        <source>%1 vs the %n before · current: %2 – %3 · previous: %4 – %5</source>
        <translation>
            <numerusform>%1 gegenüber der %n davor · aktuell: %2 – %3 · vorher: %4 – %5</numerusform>
            <numerusform>%1 gegenüber den %n davor · aktuell: %2 – %3 · vorher: %4 – %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with activity in the last %1 whole periods · %2 ms</source>
        <translation>
            <numerusform>%n Kunde mit Aktivität in den letzten %1 vollständigen Perioden · %2 ms</numerusform>
            <numerusform>%n Kunden mit Aktivität in den letzten %1 vollständigen Perioden · %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Stärkste Signale</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Churn risk&lt;/b&gt; — no activity in the next %n day(s), as of %1</source>
        <translation>
            <numerusform>&lt;b&gt;Abwanderungsrisiko&lt;/b&gt; — keine Aktivität am nächsten %n Tag, Stand %1</numerusform>
            <numerusform>&lt;b&gt;Abwanderungsrisiko&lt;/b&gt; — keine Aktivität in den nächsten %n Tagen, Stand %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Churn risk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abwanderungsrisiko&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Track record: no customer was active in the 90 days before %1, nothing to check yet</source>
        <translation>Treffsicherheit: kein Kunde war in den 90 Tagen vor dem %1 aktiv, noch nichts zu prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Track record: scored as of %1, %n customer(s), and none churned in the window after: nothing to rank</source>
        <translation>
            <numerusform>Treffsicherheit: bewertet zum %1, %n Kunde, und keiner ist im Fenster danach abgewandert: nichts zu ordnen</numerusform>
            <numerusform>Treffsicherheit: bewertet zum %1, %n Kunden, und keiner ist im Fenster danach abgewandert: nichts zu ordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Track record, scored as of %1 (%n customer(s)): AUC %2 · of the riskiest 10%, %3 churned (base rate %4), %5 of all who churned</source>
        <translation>
            <numerusform>Treffsicherheit, bewertet zum %1 (%n Kunde): AUC %2 · von den riskantesten 10 % sind %3 abgewandert (Grundrate %4), %5 aller Abgewanderten</numerusform>
            <numerusform>Treffsicherheit, bewertet zum %1 (%n Kunden): AUC %2 · von den riskantesten 10 % sind %3 abgewandert (Grundrate %4), %5 aller Abgewanderten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · at risk when down at least %3</source>
        <translation>%1 · %2 · gefährdet bei einem Rückgang um mindestens %3</translation>
    </message>
    <message>
        <source>No customer at risk</source>
        <translation>Kein Kunde gefährdet</translation>
    </message>
    <message numerus="yes">
        <source>Customers at risk, largest accounts first (%n in all)</source>
        <translation>
            <numerusform>Gefährdete Kunden, größte zuerst (%n insgesamt)</numerusform>
            <numerusform>Gefährdete Kunden, größte zuerst (%n insgesamt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::HealthTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklick öffnet %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>ul::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>CSV or NDJSON exports with one row per customer and day. Several files of the same layout are imported together into one dataset.</source>
        <translation>CSV- oder NDJSON-Exporte mit einer Zeile pro Kunde und Tag. Mehrere Dateien mit gleichem Aufbau werden gemeinsam in einen Datensatz importiert.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Usage data (*.csv *.tsv *.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Nutzungsdaten (*.csv *.tsv *.ndjson *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From database…</source>
        <translation>Aus Datenbank…</translation>
    </message>
    <message>
        <source>Import the rows of a query on a PostgreSQL-protocol server</source>
        <translation>Die Zeilen einer Abfrage auf einem Server mit PostgreSQL-Protokoll importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1: %2</source>
        <translation>
            <numerusform>%n Zeile von %1: %2</numerusform>
            <numerusform>%n Zeilen von %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::ImportMappingPage</name>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Anlagedatum</translation>
    </message>
    <message>
        <source>Metric (summed)</source>
        <translation>Metrik (summiert)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>Dataset name:</source>
        <translation>Name des Datensatzes:</translation>
    </message>
    <message>
        <source>Problems in the preview:</source>
        <translation>Probleme in der Vorschau:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>Keine Probleme in der ersten Zeile.</numerusform>
            <numerusform>Keine Probleme in den ersten %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>a customer id</source>
        <translation>eine Kunden-ID</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message numerus="yes">
        <source>%1 format, %n column(s).</source>
        <translation>
            <numerusform>%1-Format, %n Spalte.</numerusform>
            <numerusform>%1-Format, %n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Wählen Sie %1.</translation>
    </message>
    <message>
        <source>The layout and roles were detected from the data; change any that are wrong. Nothing is written yet.</source>
        <translation>Aufbau und Rollen wurden aus den Daten erkannt; ändern Sie, was nicht stimmt. Noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Vorschau wird gelesen…</translation>
    </message>
    <message>
        <source>Date form</source>
        <translation>Datumsform</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(wählen)</translation>
    </message>
    <message>
        <source>No value decides the order of day and month; check it.</source>
        <translation>Kein Wert entscheidet die Reihenfolge von Tag und Monat; bitte prüfen.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>the date form of &apos;%1&apos;</source>
        <translation>die Datumsform von „%1“</translation>
    </message>
    <message>
        <source>Unique count (distinct values)</source>
        <translation>Eindeutige Anzahl (verschiedene Werte)</translation>
    </message>
    <message>
        <source>Filter and break down (per row)</source>
        <translation>Filtern und aufschlüsseln (pro Zeile)</translation>
    </message>
    <message>
        <source>optional, e.g. revenue = Qty * &quot;Unit Price&quot;; hours = seconds / 3600</source>
        <translation>optional, z. B. umsatz = Menge * &quot;Stückpreis&quot;; stunden = sekunden / 3600</translation>
    </message>
    <message>
        <source>Metrics computed from each row: + - * / and parentheses over numeric columns (names with spaces in quotes). Separate several with &apos;;&apos;.</source>
        <translation>Aus jeder Zeile berechnete Metriken: + - * / und Klammern über numerischen Spalten (Namen mit Leerzeichen in Anführungszeichen). Mehrere mit „;“ trennen.</translation>
    </message>
    <message>
        <source>Computed metrics:</source>
        <translation>Berechnete Metriken:</translation>
    </message>
    <message>
        <source>Computed metrics: %1</source>
        <translation>Berechnete Metriken: %1</translation>
    </message>
    <message>
        <source>Currencies: %1 (revenue is shown per currency, never summed)</source>
        <translation>Währungen: %1 (Umsatz wird je Währung gezeigt, nie addiert)</translation>
    </message>
</context>
<context>
    <name>ul::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>All files are imported in one transaction: cancelling leaves the workspace unchanged.</source>
        <translation>Alle Dateien werden in einer Transaktion importiert: Abbrechen lässt den Arbeitsbereich unverändert.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 rows · %2 of %3 · %4 MB/s</source>
        <translation>%1 Zeilen · %2 von %3 · %4 MB/s</translation>
    </message>
    <message>
        <source>Imported %1 rows into dataset &apos;%2&apos;%3.</source>
        <translation>%1 Zeilen in den Datensatz „%2“ importiert%3.</translation>
    </message>
    <message>
        <source> (%1 rows skipped)</source>
        <translation> (%1 Zeilen übersprungen)</translation>
    </message>
    <message>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Import abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Import failed; the workspace is unchanged.
%1</source>
        <translation>Import fehlgeschlagen; der Arbeitsbereich ist unverändert.
%1</translation>
    </message>
    <message>
        <source>Waiting for another import into this workspace to finish…</source>
        <translation>Warten, bis ein anderer Import in diesen Arbeitsbereich fertig ist…</translation>
    </message>
</context>
<context>
    <name>ul::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message numerus="yes">
        <source>This content was already imported on %1 from %2 into the dataset &apos;%3&apos; (import #%4, %n row(s)).</source>
        <translation>
            <numerusform>Dieser Inhalt wurde bereits am %1 aus %2 in den Datensatz &apos;%3&apos; importiert (Import #%4, %n Zeile).</numerusform>
            <numerusform>Dieser Inhalt wurde bereits am %1 aus %2 in den Datensatz &apos;%3&apos; importiert (Import #%4, %n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace swaps the earlier import for this file; a new dataset keeps both.</source>
        <translation>Ersetzen tauscht den früheren Import gegen diese Datei; ein neuer Datensatz behält beide.</translation>
    </message>
    <message>
        <source>Replace import #%1</source>
        <translation>Import #%1 ersetzen</translation>
    </message>
    <message>
        <source>Import as a new dataset</source>
        <translation>Als neuen Datensatz importieren</translation>
    </message>
</context>
<context>
    <name>ul::ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Importiert am (UTC)</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Import rückgängig…</translation>
    </message>
    <message>
        <source>Remove this import&apos;s rows; the workspace is as before the import</source>
        <translation>Die Zeilen dieses Imports entfernen; der Arbeitsbereich ist wie vor dem Import</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in this workspace.</source>
        <translation>
            <numerusform>%n Import in diesem Arbeitsbereich.</numerusform>
            <numerusform>%n Importe in diesem Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Remove import #%1 (%2, %n row(s)) from the dataset &apos;%3&apos;?</source>
        <translation>
            <numerusform>Import #%1 (%2, %n Zeile) aus dem Datensatz &apos;%3&apos; entfernen?</numerusform>
            <numerusform>Import #%1 (%2, %n Zeilen) aus dem Datensatz &apos;%3&apos; entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing import #%1…</source>
        <translation>Import #%1 wird entfernt…</translation>
    </message>
    <message>
        <source>Import undone.</source>
        <translation>Import rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ul::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Synthetic demo workspace. Import your own files with File › Import files…</source>
        <translation>Synthetischer Demo-Arbeitsbereich. Eigene Dateien importieren mit Datei › Dateien importieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Arbeits&amp;mappe exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>All customers view</source>
        <translation>Ansicht aller Kunden</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Presentation, one chart per slide</source>
        <translation>Präsentation, ein Diagramm pro Folie</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; has no metrics (it holds customer attributes only).
Its attributes appear in the customer views.</source>
        <translation>Der Datensatz „%1“ hat keine Metriken (nur Kundenattribute).
Seine Attribute erscheinen in den Kundenansichten.</translation>
    </message>
    <message>
        <source>No metrics</source>
        <translation>Keine Metriken</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>UsageLens-Arbeitsbereiche (*.usagelens)</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens);;All files (*)</source>
        <translation>UsageLens-Arbeitsbereiche (*.usagelens);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — UsageLens</source>
        <translation>%1 — UsageLens</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language: follow the system locale</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used after UsageLens is restarted.</source>
        <translation>Die neue Sprache wird nach einem Neustart von UsageLens verwendet.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New &amp;calculated metric…</source>
        <translation>Neue &amp;berechnete Metrik…</translation>
    </message>
    <message>
        <source>New calculated metric</source>
        <translation>Neue berechnete Metrik</translation>
    </message>
    <message>
        <source>The current dataset has no metrics.</source>
        <translation>Der aktuelle Datensatz hat keine Metriken.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Saved &amp;views…</source>
        <translation>Gespeicherte &amp;Ansichten…</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <source>The saved view &apos;%1&apos; shows the dataset &apos;%2&apos;, which the workspace no longer has</source>
        <translation>Die gespeicherte Ansicht &apos;%1&apos; zeigt den Datensatz &apos;%2&apos;, den der Arbeitsbereich nicht mehr hat</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of this view (dataset, tab, range, filters, ranking):</source>
        <translation>Name dieser Ansicht (Datensatz, Tab, Zeitraum, Filter, Rangliste):</translation>
    </message>
    <message>
        <source>Replace the saved view &apos;%1&apos;?</source>
        <translation>Gespeicherte Ansicht &apos;%1&apos; ersetzen?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos; in the workspace</source>
        <translation>Ansicht &apos;%1&apos; im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Im&amp;ports…</source>
        <translation>Im&amp;porte…</translation>
    </message>
    <message>
        <source>&amp;Notes on dates…</source>
        <translation>&amp;Notizen zu Daten…</translation>
    </message>
    <message>
        <source>The notes on dates cannot be read: %1</source>
        <translation>Die Notizen zu Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Changes by other sessions will not be announced: %1</source>
        <translation>Änderungen anderer Sitzungen werden nicht gemeldet: %1</translation>
    </message>
    <message>
        <source>&amp;Back (undo the last chart click)</source>
        <translation>&amp;Zurück (letzten Diagrammklick rückgängig machen)</translation>
    </message>
</context>
<context>
    <name>ul::MetricTab</name>
    <message>
        <source>Total in range</source>
        <translation>Summe im Zeitraum</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>Veränderung zur Vorperiode</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Average per active customer</source>
        <translation>Ø pro aktivem Kunden</translation>
    </message>
    <message>
        <source>Top 10% share</source>
        <translation>Anteil Top 10 %</translation>
    </message>
    <message>
        <source>Total per period</source>
        <translation>Summe pro Periode</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <source>Change per period (%)</source>
        <translation>Veränderung pro Periode (%)</translation>
    </message>
    <message>
        <source>Customers by total (log scale bins)</source>
        <translation>Kunden nach Summe (log. Klassen)</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Top-Kunden</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Top-Neukunden</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>no usage in the previous period</source>
        <translation>Vorperiode ohne Nutzung</translation>
    </message>
    <message numerus="yes">
        <source>created in the last %n day(s)</source>
        <translation>
            <numerusform>neu seit %n Tag</numerusform>
            <numerusform>neu seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>top customer: %1</source>
        <translation>Top-Kunde: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Needs at least two periods with data — widen the range or pick a finer granularity</source>
        <translation>Benötigt mindestens zwei Perioden mit Daten — Zeitraum erweitern oder feinere Granularität wählen</translation>
    </message>
    <message>
        <source>No new customers in this selection</source>
        <translation>Keine Neukunden in dieser Auswahl</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 to %3 · %n period(s) · %4 ms</source>
        <translation>
            <numerusform>%1 · %2 bis %3 · %n Periode · %4 ms</numerusform>
            <numerusform>%1 · %2 bis %3 · %n Perioden · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Customers &amp;&amp; cohorts</source>
        <translation>Kunden &amp;&amp; Kohorten</translation>
    </message>
    <message>
        <source>New, reactivated and churned customers by activity, and cohorts by first active month</source>
        <translation>Neue, reaktivierte und abgewanderte Kunden nach Aktivität sowie Kohorten nach erstem aktiven Monat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>The top customers as a table: share, cumulative share, change and rank move against the span before, trend</source>
        <translation>Die Top-Kunden als Tabelle: Anteil, kumulierter Anteil, Veränderung und Rangbewegung gegenüber dem Zeitraum davor, Verlauf</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>Drawn over the total-per-period chart: the periods right before, the same periods a year earlier, or another metric on its own axis</source>
        <translation>Über dem Diagramm „Summe pro Zeitraum“ gezeichnet: die Zeiträume direkt davor, dieselben Zeiträume ein Jahr früher oder eine andere Kennzahl auf eigener Achse</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Previous periods</source>
        <translation>Vorherige Zeiträume</translation>
    </message>
    <message>
        <source>Same periods last year</source>
        <translation>Dieselben Zeiträume im Vorjahr</translation>
    </message>
    <message>
        <source>days of the range</source>
        <translation>Tage des Zeitraums</translation>
    </message>
    <message>
        <source>weeks of the range</source>
        <translation>Wochen des Zeitraums</translation>
    </message>
    <message>
        <source>months of the range</source>
        <translation>Monate des Zeitraums</translation>
    </message>
    <message>
        <source>quarters of the range</source>
        <translation>Quartale des Zeitraums</translation>
    </message>
    <message>
        <source>years of the range</source>
        <translation>Jahre des Zeitraums</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>the data starts inside the previous period</source>
        <translation>die Daten beginnen innerhalb des vorherigen Zeitraums</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Draws the forecast with its 80% and 95% bands on the total-per-period chart, and how accurate the same method was on the last periods</source>
        <translation>Zeichnet die Prognose mit ihren 80-%- und 95-%-Bändern in das Diagramm der Summe je Periode, und wie genau dieselbe Methode in den letzten Perioden war</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prognose: %1</translation>
    </message>
    <message>
        <source>Total per period and forecast</source>
        <translation>Summe je Periode und Prognose</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Pivot</translation>
    </message>
    <message>
        <source>Customers by period: the metric of every top customer in every period of the range, with totals</source>
        <translation>Kunden nach Periode: die Kennzahl jedes Top-Kunden in jeder Periode des Zeitraums, mit Summen</translation>
    </message>
</context>
<context>
    <name>ul::NotesDialog</name>
    <message>
        <source>Notes on dates — %1</source>
        <translation>Notizen zu Daten — %1</translation>
    </message>
    <message>
        <source>A note marks its date on every time chart of this dataset, in slides and in the PDF. Double-click a note to change it.</source>
        <translation>Eine Notiz markiert ihr Datum in jedem Zeitdiagramm dieses Datensatzes, in Folien und im PDF. Doppelklicken Sie auf eine Notiz, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What happened (pricing change, outage, launch…)</source>
        <translation>Was geschah (Preisänderung, Ausfall, Start…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Notes on dates</source>
        <translation>Notizen zu Daten</translation>
    </message>
</context>
<context>
    <name>ul::PivotPage</name>
    <message>
        <source>Click a column header to sort by it; Ctrl+C copies the table as tab-separated text</source>
        <translation>Auf einen Spaltenkopf klicken, um danach zu sortieren; Strg+C kopiert die Tabelle als tabulatorgetrennten Text</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <source>The whole table on the clipboard, ready to paste into a spreadsheet</source>
        <translation>Die ganze Tabelle in die Zwischenablage, bereit zum Einfügen in eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Rows: %1, largest total first. * the data covers this period only in part.</source>
        <translation>Zeilen: %1, größte Summe zuerst. * die Daten decken diese Periode nur teilweise ab.</translation>
    </message>
    <message>
        <source>Rows: %1, largest total first.</source>
        <translation>Zeilen: %1, größte Summe zuerst.</translation>
    </message>
    <message>
        <source>Export pivot as CSV</source>
        <translation>Pivot als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export pivot</source>
        <translation>Pivot exportieren</translation>
    </message>
</context>
<context>
    <name>ul::PivotTableModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1: the data covers this period only in part</source>
        <translation>%1: die Daten decken diese Periode nur teilweise ab</translation>
    </message>
</context>
<context>
    <name>ul::PresentationWindow</name>
    <message>
        <source>UsageLens presentation</source>
        <translation>UsageLens-Präsentation</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Nichts zu präsentieren</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>ul::QuerySourceDialog</name>
    <message>
        <source>Import from a database</source>
        <translation>Aus einer Datenbank importieren</translation>
    </message>
    <message>
        <source>Rows of a query on a PostgreSQL server (or Citus, Redshift, CockroachDB, YugabyteDB). The query runs read-only; timestamps arrive in UTC. The import records the server and the query as its source; the same query imported again can replace its earlier result.</source>
        <translation>Zeilen einer Abfrage auf einem PostgreSQL-Server (oder Citus, Redshift, CockroachDB, YugabyteDB). Die Abfrage läuft nur lesend; Zeitstempel kommen in UTC. Der Import vermerkt Server und Abfrage als Quelle; dieselbe Abfrage erneut importiert kann ihr früheres Ergebnis ersetzen.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Abfrage:</translation>
    </message>
    <message>
        <source>Run query</source>
        <translation>Abfrage ausführen</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Abfrage läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ul::RankLabels</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RankingPage</name>
    <message>
        <source>Top customers and their running share</source>
        <translation>Top-Kunden und ihr kumulierter Anteil</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Bars on a log axis, so one very large customer does not flatten the others</source>
        <translation>Balken auf logarithmischer Achse, damit ein sehr großer Kunde die anderen nicht platt drückt</translation>
    </message>
    <message>
        <source>Previous span: the same number of days right before the range. Trend: %1. Double-click a customer to open it.</source>
        <translation>Vorheriger Zeitraum: dieselbe Anzahl Tage direkt vor dem Zeitraum. Verlauf: %1. Doppelklicken Sie auf einen Kunden, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The data does not reach back over the span before the range: no changes or rank moves. Trend: %1.</source>
        <translation>Die Daten reichen nicht über den Zeitraum vor dem Bereich zurück: keine Veränderungen oder Rangbewegungen. Verlauf: %1.</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
    <message>
        <source>Distribution of customer totals</source>
        <translation>Verteilung der Kundensummen</translation>
    </message>
</context>
<context>
    <name>ul::RankingTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Rank move</source>
        <translation>Rangbewegung</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>No value in the span before the range</source>
        <translation>Kein Wert im Zeitraum vor dem Bereich</translation>
    </message>
    <message>
        <source>The data does not cover the span before the range</source>
        <translation>Die Daten decken den Zeitraum vor dem Bereich nicht ab</translation>
    </message>
</context>
<context>
    <name>ul::ReportOptionsDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Tabs:</source>
        <translation>Tabs:</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, Querformat</translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation>Letter, Querformat</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>ul::RevenueSettingsPanel</name>
    <message>
        <source>Revenue settings</source>
        <translation>Umsatz-Einstellungen</translation>
    </message>
    <message>
        <source>Sales and marketing spend per month; CAC = spend / new customers</source>
        <translation>Vertriebs- und Marketingausgaben pro Monat; CAC = Ausgaben / Neukunden</translation>
    </message>
    <message>
        <source>Currency of the invoice amounts (a label only: nothing is converted)</source>
        <translation>Währung der Rechnungsbeträge (nur eine Beschriftung: nichts wird umgerechnet)</translation>
    </message>
    <message>
        <source>Gross margin used for LTV and CAC payback</source>
        <translation>Bruttomarge für LTV und CAC-Amortisation</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <source>Each invoice is spread evenly over this many months, starting with the month paid</source>
        <translation>Jede Rechnung wird gleichmäßig auf so viele Monate verteilt, beginnend mit dem Zahlungsmonat</translation>
    </message>
    <message>
        <source>Monthly acquisition spend</source>
        <translation>Monatliche Akquisekosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>An invoice counts as one month of recurring revenue in the UTC month it was paid (billing period setting spreads it). Several invoices of a customer in one month add up.

LTV uses the logo churn averaged over the last 3 months; it is n/a while nobody churns.</source>
        <translation>Eine Rechnung zählt als ein Monat wiederkehrender Umsatz im UTC-Monat ihrer Zahlung (die Einstellung Abrechnungszeitraum verteilt sie). Mehrere Rechnungen eines Kunden in einem Monat werden addiert.

Der LTV nutzt die über die letzten 3 Monate gemittelte Kundenabwanderung; solange niemand abwandert, ist er k. A.</translation>
    </message>
    <message>
        <source>Off: the customers paying in the data&apos;s first month are the opening base, not new revenue (an export rarely starts with the first sale). On: the data starts with the business, so they are all new.</source>
        <translation>Aus: Die im ersten Monat der Daten zahlenden Kunden sind der Anfangsbestand, kein neuer Umsatz (ein Export beginnt selten mit dem ersten Verkauf). An: Die Daten beginnen mit dem Geschäft, also sind alle neu.</translation>
    </message>
    <message>
        <source>count as new</source>
        <translation>als neu zählen</translation>
    </message>
    <message>
        <source>First month&apos;s customers</source>
        <translation>Kunden des ersten Monats</translation>
    </message>
</context>
<context>
    <name>ul::RevenueTab</name>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>MRR growth vs previous month</source>
        <translation>MRR-Monatswachstum</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Netto-Umsatzbindung</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Kundenabwanderung</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>CAC payback</source>
        <translation>CAC-Amortisation</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR-Bewegungen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Umsatzbindung</translation>
    </message>
    <message>
        <source>Cohorts by first payment month</source>
        <translation>Kohorten nach Monat der ersten Zahlung</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Profil der Kernkunden</translation>
    </message>
    <message>
        <source>Unit economics per month</source>
        <translation>Unit Economics pro Monat</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>previous month: %1 %2</source>
        <translation>Vormonat: %1 %2</translation>
    </message>
    <message>
        <source>no MRR in the previous month</source>
        <translation>kein MRR im Vormonat</translation>
    </message>
    <message>
        <source>trailing 12 months: %1</source>
        <translation>letzte 12 Monate: %1</translation>
    </message>
    <message>
        <source>month over month, %1</source>
        <translation>zum Vormonat, %1</translation>
    </message>
    <message>
        <source>3-month average: %1</source>
        <translation>3-Monats-Schnitt: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>LTV %1 / CAC %2</source>
        <translation>LTV %1 / CAC %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>new + expansion MRR covers spend</source>
        <translation>MRR-Zuwachs deckt Ausgaben</translation>
    </message>
    <message>
        <source>new + expansion MRR below spend</source>
        <translation>MRR-Zuwachs unter Ausgaben</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Ausgaben (%1)</translation>
    </message>
    <message>
        <source>CAC (%1)</source>
        <translation>CAC (%1)</translation>
    </message>
    <message>
        <source>ARPA (%1)</source>
        <translation>ARPA (%1)</translation>
    </message>
    <message>
        <source>Logo churn (3 mo.)</source>
        <translation>Abwanderung (3 Mon.)</translation>
    </message>
    <message>
        <source>LTV (%1)</source>
        <translation>LTV (%1)</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Amortisation (Monate)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>Neuer + Expansions-MRR</translation>
    </message>
    <message>
        <source>Growth pays?</source>
        <translation>Rentabel?</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Median Top 10 %</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Median Rest</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Mittel Top 10 %</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Mittel Rest</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Mittelwert-Verhältnis</translation>
    </message>
    <message>
        <source>Core-customer profile (top %1 vs %2 others, all months)</source>
        <translation>Profil der Kernkunden (Top %1 vs. %2 andere, alle Monate)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Needs paying customers with attributes</source>
        <translation>Benötigt zahlende Kunden mit Attributen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n invoice(s) · %2 to %3 · %4 ms</source>
        <translation>
            <numerusform>%1 · %n Rechnung · %2 bis %3 · %4 ms</numerusform>
            <numerusform>%1 · %n Rechnungen · %2 bis %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue settings</source>
        <translation>Umsatz-Einstellungen</translation>
    </message>
    <message>
        <source>Key figures for %1, which the data or the range covers only in part.</source>
        <translation>Kennzahlen für %1, den die Daten oder der Zeitraum nur teilweise abdecken.</translation>
    </message>
    <message>
        <source>Top 10% vs rest</source>
        <translation>Top 10 % gegenüber dem Rest</translation>
    </message>
    <message>
        <source>Key figures for %1, the last complete month. %2 is left out: only its days to %3 count.</source>
        <translation>Kennzahlen für %1, den letzten vollständigen Monat. %2 bleibt unberücksichtigt: Nur seine Tage bis %3 zählen.</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>MRR-Prognose</translation>
    </message>
    <message>
        <source>Draws the MRR forecast with its 80% and 95% bands, and how accurate the same method was on the last months</source>
        <translation>Zeichnet die MRR-Prognose mit ihren 80-%- und 95-%-Bändern, und wie genau dieselbe Methode in den letzten Monaten war</translation>
    </message>
    <message>
        <source>MRR and forecast</source>
        <translation>MRR und Prognose</translation>
    </message>
    <message>
        <source>MRR forecast: %1</source>
        <translation>MRR-Prognose: %1</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Revenue in different currencies is never added up: one currency at a time</source>
        <translation>Umsatz in verschiedenen Währungen wird nie addiert: eine Währung nach der anderen</translation>
    </message>
    <message>
        <source>Only paid or open subscription invoices make MRR: void, uncollectible and draft invoices and one-off invoices without a subscription are left out</source>
        <translation>Nur bezahlte oder offene Abo-Rechnungen ergeben MRR: stornierte, uneinbringliche und Entwurfsrechnungen sowie einmalige Rechnungen ohne Abo werden nicht gezählt</translation>
    </message>
    <message>
        <source>Show the list…</source>
        <translation>Liste zeigen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Every invoice counts toward MRR.</source>
        <translation>Jede Rechnung zählt zum MRR.</translation>
    </message>
    <message>
        <source>Left out of MRR: %1.</source>
        <translation>Nicht im MRR: %1.</translation>
    </message>
</context>
<context>
    <name>ul::RowFilterDialog</name>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Werte suchen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n Zeile</numerusform>
            <numerusform>%1 — %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the selected range</source>
        <translation>
            <numerusform>%n Wert im gewählten Zeitraum</numerusform>
            <numerusform>%n Werte im gewählten Zeitraum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RowFilterRow</name>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <source>%1 is one of %n value(s)</source>
        <translation>
            <numerusform>%1 ist %n Wert</numerusform>
            <numerusform>%1 ist einer von %n Werten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keiner von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is none of %n value(s)</source>
        <translation>
            <numerusform>%1 ist nicht %n Wert</numerusform>
            <numerusform>%1 ist keiner von %n Werten</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Only the rows passing every filter count, on every tab and in every export.</source>
        <translation>Nur Zeilen, die jeden Filter erfüllen, zählen – auf jedem Tab und in jedem Export.</translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation>+ Filter</translation>
    </message>
    <message>
        <source>Keep or leave out rows by a column kept per row</source>
        <translation>Zeilen nach einer pro Zeile gespeicherten Spalte behalten oder auslassen</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Split the total-per-period chart by a column&apos;s values (the 8 largest, then Other)</source>
        <translation>Das Diagramm „Summe pro Periode“ nach den Werten einer Spalte aufteilen (die 8 größten, dann Sonstige)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Change this filter</source>
        <translation>Diesen Filter ändern</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Count customers by</source>
        <translation>Kunden zählen nach</translation>
    </message>
    <message>
        <source>Roll sub-accounts up to the account an attribute names (imported from a mapping file): their usage is summed, ranked and segmented as one customer</source>
        <translation>Unterkonten dem Konto zuordnen, das ein Attribut nennt (aus einer Zuordnungsdatei importiert): ihre Nutzung wird summiert, gerankt und segmentiert wie ein Kunde</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
</context>
<context>
    <name>ul::SavedViewsDialog</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view &apos;%1&apos;?</source>
        <translation>Gespeicherte Ansicht &apos;%1&apos; löschen?</translation>
    </message>
</context>
<context>
    <name>ul::SegmentRuleModel</name>
    <message>
        <source>Rules are tried top to bottom; the first whose three score ranges (1-5) contain a customer&apos;s R, F and M names its segment.</source>
        <translation>Regeln werden von oben nach unten geprüft; die erste, deren drei Score-Bereiche (1-5) R, F und M eines Kunden enthalten, bestimmt sein Segment.</translation>
    </message>
    <message>
        <source>rule %1: scores are whole numbers from 1 to 5</source>
        <translation>Regel %1: Scores sind ganze Zahlen von 1 bis 5</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>R min</source>
        <translation>R min</translation>
    </message>
    <message>
        <source>R max</source>
        <translation>R max</translation>
    </message>
    <message>
        <source>F min</source>
        <translation>F min</translation>
    </message>
    <message>
        <source>F max</source>
        <translation>F max</translation>
    </message>
    <message>
        <source>M min</source>
        <translation>M min</translation>
    </message>
    <message>
        <source>M max</source>
        <translation>M max</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
</context>
<context>
    <name>ul::SegmentsTab</name>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>The metric summed as each customer&apos;s monetary value</source>
        <translation>Die Metrik, die als Geldwert jedes Kunden summiert wird</translation>
    </message>
    <message>
        <source>k-means++</source>
        <translation>k-means++</translation>
    </message>
    <message>
        <source>DBSCAN</source>
        <translation>DBSCAN</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Radius in standardised feature units; read it off the k-distance chart&apos;s knee</source>
        <translation>Radius in standardisierten Merkmalseinheiten; am Knick des k-Distanz-Diagramms ablesen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Export membership…</source>
        <translation>Zugehörigkeit exportieren…</translation>
    </message>
    <message>
        <source>RFM scores and segments…</source>
        <translation>RFM-Scores und Segmente…</translation>
    </message>
    <message>
        <source>Cluster membership…</source>
        <translation>Cluster-Zugehörigkeit…</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <source>eps:</source>
        <translation>eps:</translation>
    </message>
    <message>
        <source>min points:</source>
        <translation>Min. Punkte:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Clustering:</source>
        <translation>Clustering:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>First matching rule wins; scores 1-5 (5 = most recent, frequent, valuable).</source>
        <translation>Die erste passende Regel gilt; Scores 1-5 (5 = jüngste, häufigste, wertvollste).</translation>
    </message>
    <message>
        <source>Segment rules (double-click to edit)</source>
        <translation>Segmentregeln (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Value share vs customer share</source>
        <translation>Wertanteil vs. Kundenanteil</translation>
    </message>
    <message>
        <source>Customers by frequency and value</source>
        <translation>Kunden nach Häufigkeit und Wert</translation>
    </message>
    <message>
        <source>k-means++: elbow and silhouette</source>
        <translation>k-means++: Ellbogen und Silhouette</translation>
    </message>
    <message>
        <source>Sorted k-distance (DBSCAN eps)</source>
        <translation>Sortierte k-Distanz (DBSCAN eps)</translation>
    </message>
    <message>
        <source>Rules applied.</source>
        <translation>Regeln angewendet.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
    <message>
        <source>Too few customers to compare k</source>
        <translation>Zu wenige Kunden, um k zu vergleichen</translation>
    </message>
    <message>
        <source>Too few customers</source>
        <translation>Zu wenige Kunden</translation>
    </message>
    <message numerus="yes">
        <source>DBSCAN eps %1, min points %2: %n cluster(s)</source>
        <translation>
            <numerusform>DBSCAN eps %1, Min. Punkte %2: %n Cluster</numerusform>
            <numerusform>DBSCAN eps %1, Min. Punkte %2: %n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n noise point(s)</source>
        <translation>
            <numerusform>, %n Rauschpunkt</numerusform>
            <numerusform>, %n Rauschpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>k-means++ k = %1%2</source>
        <translation>k-means++ k = %1%2</translation>
    </message>
    <message>
        <source> (auto)</source>
        <translation> (auto)</translation>
    </message>
    <message>
        <source>, silhouette %1</source>
        <translation>, Silhouette %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · RFM as of %1 · frequency = %2 · %3 · %4 ms</source>
        <translation>
            <numerusform>%n Kunde · RFM zum %1 · Häufigkeit = %2 · %3 · %4 ms</numerusform>
            <numerusform>%n Kunden · RFM zum %1 · Häufigkeit = %2 · %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>events (payments)</source>
        <translation>Ereignisse (Zahlungen)</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>aktive Tage</translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>Clustering läuft…</translation>
    </message>
    <message>
        <source>Events / payments (log scale)</source>
        <translation>Ereignisse / Zahlungen (log. Skala)</translation>
    </message>
    <message>
        <source>Active days (log scale)</source>
        <translation>Aktive Tage (log. Skala)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export membership</source>
        <translation>Zugehörigkeit exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert</numerusform>
            <numerusform>%n Kunden nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Cluster on chosen features instead of recency, frequency and value</source>
        <translation>Nach gewählten Merkmalen statt Aktualität, Häufigkeit und Wert clustern</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Frequency (active days)</source>
        <translation>Häufigkeit (aktive Tage)</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Aktualität (Tage)</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Dauer (Tage)</translation>
    </message>
    <message>
        <source>Average per period</source>
        <translation>Durchschnitt pro Periode</translation>
    </message>
    <message>
        <source>Trend (later vs earlier half)</source>
        <translation>Trend (spätere vs. frühere Hälfte)</translation>
    </message>
    <message>
        <source>Total of %1</source>
        <translation>Summe von %1</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>standardisiert</translation>
    </message>
    <message>
        <source>as they are</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>log, standardised</source>
        <translation>log, standardisiert</translation>
    </message>
    <message>
        <source>How chosen features are scaled before distances are taken</source>
        <translation>Wie gewählte Merkmale vor der Abstandsberechnung skaliert werden</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Only customers whose total over the range is at least this take part in segments and clusters (e.g. 0.01: a positive total)</source>
        <translation>Nur Kunden, deren Summe im Zeitraum mindestens diesen Wert erreicht, nehmen an Segmenten und Clustern teil (z. B. 0,01: eine positive Summe)</translation>
    </message>
    <message>
        <source>Min total:</source>
        <translation>Mindestsumme:</translation>
    </message>
    <message>
        <source>Clustering on recency in days, log(1 + frequency), log(1 + value), standardised</source>
        <translation>Clustering nach Aktualität in Tagen, log(1 + Häufigkeit), log(1 + Wert), standardisiert</translation>
    </message>
    <message>
        <source>Clustering on %1, %2</source>
        <translation>Clustering nach %1, %2</translation>
    </message>
    <message>
        <source>The cluster summary gives each cluster&apos;s centre in these features&apos; units</source>
        <translation>Die Cluster-Übersicht nennt das Zentrum jedes Clusters in den Einheiten dieser Merkmale</translation>
    </message>
</context>
<context>
    <name>ul::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, shared by a team: everyone who connects to the same schema sees the same imports. Passwords come from ~/.pgpass or a service file, or are asked for; UsageLens never stores one.</source>
        <translation>Ein Arbeitsbereich auf einem PostgreSQL-Server, den ein Team teilt: Wer sich mit demselben Schema verbindet, sieht dieselben Importe. Passwörter kommen aus ~/.pgpass oder einer Service-Datei oder werden abgefragt; UsageLens speichert nie eines.</translation>
    </message>
    <message>
        <source>the server&apos;s default (search_path)</source>
        <translation>Standard des Servers (search_path)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
</context>
<context>
    <name>ul::SourceLayoutBar</name>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>runs of spaces</source>
        <translation>Leerzeichenfolgen</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>erste Zeile ist die Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>Punkt (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>Komma (1,5)</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>K&amp;odierung:</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>De&amp;zimalzeichen:</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>per column</source>
        <translation>je Spalte</translation>
    </message>
</context>
<context>
    <name>ul::TabListButton</name>
    <message>
        <source>All tabs</source>
        <translation>Alle Tabs</translation>
    </message>
    <message>
        <source>List every tab of the dataset</source>
        <translation>Alle Tabs des Datensatzes auflisten</translation>
    </message>
</context>
<context>
    <name>ul::ViewTablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>usagelens report --view %1</source>
        <translation>usagelens report --view %1</translation>
    </message>
</context>
<context>
    <name>ul::WorkspaceRecovery</name>
    <message>
        <source>The file is left as it is. UsageLens can copy what is still readable into a new workspace and open that.</source>
        <translation>Die Datei bleibt, wie sie ist. UsageLens kann alles noch Lesbare in einen neuen Arbeitsbereich kopieren und diesen öffnen.</translation>
    </message>
    <message>
        <source>Recover a copy…</source>
        <translation>Kopie retten…</translation>
    </message>
    <message>
        <source>Recover into</source>
        <translation>Retten nach</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>UsageLens-Arbeitsbereiche (*.usagelens)</translation>
    </message>
    <message>
        <source>Copying the readable data…</source>
        <translation>Lesbare Daten werden kopiert…</translation>
    </message>
</context>
<context>
    <name>usagelens</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;usagelens COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„usagelens BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>List datasets, metrics and customers</source>
        <translation>Datensätze, Kennzahlen und Kunden auflisten</translation>
    </message>
    <message>
        <source>Write the built-in demo workspace</source>
        <translation>Den eingebauten Demo-Arbeitsbereich schreiben</translation>
    </message>
    <message>
        <source>Write a report as PDF, xlsx or CSV files (scheduled refreshes)</source>
        <translation>Einen Bericht als PDF, xlsx oder CSV schreiben (geplante Aktualisierung)</translation>
    </message>
    <message>
        <source>Import CSV/NDJSON/JSON files into a workspace</source>
        <translation>CSV-/NDJSON-/JSON-Dateien in einen Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>List imports and their provenance</source>
        <translation>Importe und ihre Herkunft auflisten</translation>
    </message>
    <message>
        <source>Remove one import&apos;s data</source>
        <translation>Daten eines Imports entfernen</translation>
    </message>
    <message>
        <source>Print a report view (usage, revenue, segments) as CSV or JSON</source>
        <translation>Eine Berichtsansicht (Nutzung, Umsatz, Segmente) als CSV oder JSON ausgeben</translation>
    </message>
    <message>
        <source>Render the dashboard offscreen to a PNG</source>
        <translation>Das Dashboard ohne Bildschirm als PNG rendern</translation>
    </message>
    <message>
        <source>UsageLens: offline customer-usage analytics. Without a command the dashboard opens on the last workspace or the demo; a file argument opens a workspace or the import wizard.</source>
        <translation>UsageLens: Offline-Analyse der Kundennutzung. Ohne Befehl öffnet sich das Dashboard mit dem letzten Arbeitsbereich oder der Demo; eine Datei als Argument öffnet einen Arbeitsbereich oder den Import-Assistenten.</translation>
    </message>
    <message>
        <source>Interface language: system, %1 (before or after the command).</source>
        <translation>Sprache der Oberfläche: system, %1 (vor oder nach dem Befehl).</translation>
    </message>
    <message>
        <source>A command, listed below.</source>
        <translation>Ein Befehl aus der Liste unten.</translation>
    </message>
    <message>
        <source>Check a workspace for damage</source>
        <translation>Arbeitsbereich auf Schäden prüfen</translation>
    </message>
    <message>
        <source>Copy the readable data of a damaged workspace</source>
        <translation>Lesbare Daten eines beschädigten Arbeitsbereichs kopieren</translation>
    </message>
    <message>
        <source>Add or remove a calculated metric (metric add --ratio A/B)</source>
        <translation>Berechnete Kennzahl hinzufügen oder entfernen (metric add --ratio A/B)</translation>
    </message>
    <message>
        <source>Add, edit, remove or list notes on dates (chart markers)</source>
        <translation>Notizen zu Daten hinzufügen, ändern, entfernen oder auflisten (Markierungen in Diagrammen)</translation>
    </message>
</context>
</TS>
