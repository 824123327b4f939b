<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BillingText</name>
    <message>
        <source>Stripe invoice export</source>
        <translation>Export de factures Stripe</translation>
    </message>
    <message>
        <source>Chargebee invoice export</source>
        <translation>Export de factures Chargebee</translation>
    </message>
    <message>
        <source>Paddle transaction export</source>
        <translation>Export de transactions Paddle</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptée</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>uncollectible</source>
        <translation>irrécouvrable</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>ponctuelle</translation>
    </message>
    <message>
        <source>no service period</source>
        <translation>sans période de service</translation>
    </message>
    <message>
        <source>other status</source>
        <translation>autre statut</translation>
    </message>
    <message>
        <source>%1: %2 invoices</source>
        <translation>%1&#xa0;: %2 factures</translation>
    </message>
    <message>
        <source>%1, none excluded</source>
        <translation>%1, aucune exclue</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n excluded kind(s) (%2)</source>
        <translation>
            <numerusform>%1, %n type exclu (%2)</numerusform>
            <numerusform>%1, %n types exclus (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Exported from UsageLens</source>
        <translation>Exporté depuis UsageLens</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Enregistrer en PNG</translation>
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
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Copier les données</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Enregistrer les données en CSV…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Enregistrer les données du graphique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded</source>
        <translation>Impossible d&apos;écrire %1 : l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>aucun dossier de sortie indiqué</translation>
    </message>
    <message>
        <source>cannot write into %1: it is not a folder</source>
        <translation>impossible d&apos;écrire dans %1 : ce n&apos;est pas un dossier</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>no tab &apos;%1&apos; in dataset &apos;%2&apos; (%3)</source>
        <translation>aucun onglet «&#xa0;%1&#xa0;» dans le jeu de données «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n jour à l’avance</numerusform>
            <numerusform>%n jours à l’avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead</source>
        <translation>
            <numerusform>%n semaine à l’avance</numerusform>
            <numerusform>%n semaines à l’avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) ahead</source>
        <translation>
            <numerusform>%n trimestre à l’avance</numerusform>
            <numerusform>%n trimestres à l’avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ahead</source>
        <translation>
            <numerusform>%n an à l’avance</numerusform>
            <numerusform>%n ans à l’avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ahead</source>
        <translation>
            <numerusform>%n mois à l’avance</numerusform>
            <numerusform>%n mois à l’avance</numerusform>
        </translation>
    </message>
    <message>
        <source>partial: the value so far</source>
        <translation>partielle : la valeur jusqu’ici</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>bande à 95 %</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>bande à 80 %</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>%1 — forecast %2</source>
        <translation>%1 — prévision %2</translation>
    </message>
    <message>
        <source>
80%: %1 – %2</source>
        <translation>
80 % : %1 – %2</translation>
    </message>
    <message>
        <source>
95%: %1 – %2</source>
        <translation>
95 % : %1 – %2</translation>
    </message>
    <message>
        <source>
so far: %1</source>
        <translation>
jusqu’ici : %1</translation>
    </message>
    <message>
        <source>No forecast: no whole period to learn from</source>
        <translation>Pas de prévision : aucune période complète dont apprendre</translation>
    </message>
    <message>
        <source>Naive forecast (the last value carried forward): fewer than 6 whole periods</source>
        <translation>Prévision naïve (la dernière valeur prolongée) : moins de 6 périodes complètes</translation>
    </message>
    <message>
        <source>%1 chosen by AICc</source>
        <translation>%1 choisi par AICc</translation>
    </message>
    <message>
        <source>no season: fewer than two whole seasons</source>
        <translation>pas de saison : moins de deux saisons complètes</translation>
    </message>
    <message>
        <source>no backtest yet: it needs more than 6 whole periods</source>
        <translation>pas encore de test rétrospectif : il faut plus de 6 périodes complètes</translation>
    </message>
    <message numerus="yes">
        <source>last %n backtest(s), %1:</source>
        <translation>
            <numerusform>dernier %n test rétrospectif, %1 :</numerusform>
            <numerusform>%n derniers tests rétrospectifs, %1 :</numerusform>
        </translation>
    </message>
    <message>
        <source>MAPE %1 (seasonal naive %2)</source>
        <translation>MAPE %1 (naïve saisonnière %2)</translation>
    </message>
    <message>
        <source>, 80% band held %1 of %2</source>
        <translation>, bande à 80 % tenue %1 fois sur %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&lt;h3&gt;How UsageLens counts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Days&lt;/b&gt; are calendar days in UTC; a timestamp with an offset is converted to UTC first. Weeks start on Monday. Periods are labelled 2022-10-17 (a day or a week&apos;s Monday), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Partial periods&lt;/b&gt;: a period the data or the range covers only in part is drawn lighter, says &quot;partial&quot; in its tooltip, and never drives a change, churn or growth figure; headline numbers use the last whole period and name it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change %&lt;/b&gt; is shown only where the previous period is whole and not close to zero (at least 5% of the median of the whole periods).&lt;/p&gt;&lt;p&gt;&lt;b&gt;New customers&lt;/b&gt;: created (or first seen) within the chosen number of days before the range ends. The customers already active in the data&apos;s first period are its opening base, not new, unless you ask for it (Revenue settings).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt;: an invoice is one month of recurring revenue in the UTC month it was paid (or spread over the billing period); movements are new, expansion, contraction, churned and reactivation, and they add up exactly to each month&apos;s MRR.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Customer ids&lt;/b&gt; are text exactly as written; ids that look spreadsheet-mangled (6.00E+07) are kept and reported at import.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drill-down&lt;/b&gt;: click a period of a time chart for the customers behind its change; the changes add up to the period&apos;s change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comment UsageLens compte&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Les jours&lt;/b&gt; sont des jours civils en UTC ; un horodatage avec décalage est d’abord converti en UTC. Les semaines commencent le lundi. Les périodes s’écrivent 2022-10-17 (un jour ou le lundi d’une semaine), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Périodes partielles&lt;/b&gt; : une période que les données ou la plage ne couvrent qu’en partie est dessinée plus claire, indique « partielle » dans son info-bulle et ne détermine jamais un chiffre de variation, d’attrition ou de croissance ; les chiffres clés utilisent la dernière période complète et la nomment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;La variation en %&lt;/b&gt; n’est affichée que si la période précédente est complète et pas proche de zéro (au moins 5 % de la médiane des périodes complètes).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nouveaux clients&lt;/b&gt; : créés (ou vus pour la première fois) dans le nombre de jours choisi avant la fin de la plage. Les clients déjà actifs dans la première période des données sont la base d’ouverture, pas des nouveaux, sauf si vous le demandez (réglages Revenus).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt; : une facture est un mois de revenu récurrent dans le mois UTC de son paiement (ou répartie sur la période de facturation) ; les mouvements sont nouveau, expansion, contraction, attrition et réactivation, et ils donnent exactement le MRR de chaque mois.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Les identifiants clients&lt;/b&gt; sont du texte, tels qu’écrits ; les identifiants qui semblent abîmés par un tableur (6.00E+07) sont gardés et signalés à l’import.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exploration&lt;/b&gt; : cliquez sur une période d’un graphique temporel pour voir les clients derrière sa variation ; les variations s’additionnent à celle de la période.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>How UsageLens &amp;counts</source>
        <translation>Comment UsageLens &amp;compte</translation>
    </message>
    <message>
        <source>How UsageLens counts</source>
        <translation>Comment UsageLens compte</translation>
    </message>
    <message>
        <source>&amp;About UsageLens</source>
        <translation>À &amp;propos d’UsageLens</translation>
    </message>
    <message>
        <source>About UsageLens</source>
        <translation>À propos d’UsageLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Customer-usage analytics on your own machine: imports, dashboards, revenue, segments, reports. Offline; your data stays in the workspace file.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · MIT licence&lt;/p&gt;</source>
        <translation>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Analyse de l’usage client sur votre propre machine : imports, tableaux de bord, revenus, segments, rapports. Hors ligne ; vos données restent dans le fichier de l’espace de travail.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · licence MIT&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>une FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a file an export may replace</source>
        <translation>impossible d&apos;écrire %1 : c&apos;est %2, pas un fichier qu&apos;un export peut remplacer</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>impossible d&apos;écrire %1 : le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>aucun fichier de sortie indiqué</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is read-only</source>
        <translation>impossible d&apos;écrire %1 : le dossier %2 est en lecture seule</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>w/c %1</source>
        <extracomment>A week on a chart&apos;s axis, by its first day (Monday): &quot;w/c 26 Oct 2026&quot; (week commencing).</extracomment>
        <translation>semaine du %1</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>%1 — the last %2 periods (all in the xlsx)</source>
        <translation>%1 — les %2 dernières périodes (toutes dans le xlsx)</translation>
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
        <translation>Impossible d’ouvrir un espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Pertes</translation>
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
MRR initial&#xa0;: %2
Nouveau&#xa0;: +%3
Expansion&#xa0;: +%4
Reprise&#xa0;: +%5
Contraction&#xa0;: −%6
Pertes&#xa0;: −%7
MRR final&#xa0;: %8</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Rapport des médianes</translation>
    </message>
    <message>
        <source>%1: top 10% median %2, rest median %3 (%4×)</source>
        <translation>%1&#xa0;: médiane top 10 % %2, médiane reste %3 (%4×)</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% des clients</translation>
    </message>
    <message>
        <source>% of value</source>
        <translation>% de la valeur</translation>
    </message>
    <message>
        <source>%1: %2 customers (%3), value %4 (%5)</source>
        <translation>%1&#xa0;: %2 clients (%3), valeur %4 (%5)</translation>
    </message>
    <message>
        <source>Value (log scale)</source>
        <translation>Valeur (échelle log.)</translation>
    </message>
    <message>
        <source>%1 (%2)
frequency %3, value %4 — click to open</source>
        <translation>%1 (%2)
fréquence %3, valeur %4 — cliquer pour ouvrir</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertie</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>k (clusters)</source>
        <translation>k (clusters)</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>k = %1: inertia %2, silhouette %3</source>
        <translation>k = %1&#xa0;: inertie %2, silhouette %3</translation>
    </message>
    <message>
        <source>eps = %1</source>
        <translation>eps = %1</translation>
    </message>
    <message>
        <source>Customers, by distance (descending)</source>
        <translation>Clients par distance (décroissante)</translation>
    </message>
    <message>
        <source>rank %1: %2</source>
        <translation>rang %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1&#xa0;: %2 à ce jour</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n customer(s)</source>
        <translation>
            <numerusform>%1 – %2&#xa0;: %n client</numerusform>
            <numerusform>%1 – %2&#xa0;: %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3 (%4 of total) — click to open</source>
        <translation>#%1 %2&#xa0;: %3 (%4 du total) — cliquer pour ouvrir</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>noun: sum of values</comment>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Bringing %n tab(s) up to date…</source>
        <translation>
            <numerusform>Mise à jour de %n onglet…</numerusform>
            <numerusform>Mise à jour de %n onglets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>partial: no data in this period</source>
        <translation>partielle : aucune donnée sur cette période</translation>
    </message>
    <message>
        <source>partial: %1–%2</source>
        <translation>partielle : %1–%2</translation>
    </message>
    <message>
        <source>median ratio (×)</source>
        <translation>rapport des médianes (×)</translation>
    </message>
    <message>
        <source>#%1 %2: %3 — click to open</source>
        <translation>#%1 %2 : %3 — cliquer pour ouvrir</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 sur %2)</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivés</translation>
    </message>
    <message>
        <source>%1: %2 active
new %3 · reactivated %4 · churned %5</source>
        <translation>%1 : %2 actifs
nouveaux %3 · réactivés %4 · perdus %5</translation>
    </message>
    <message>
        <source>
%1 already active when the data begins (not counted as new)</source>
        <translation>
%1 déjà actifs au début des données (non comptés comme nouveaux)</translation>
    </message>
    <message>
        <source>
Opening MRR: %1 (paying when the data begins; not counted as new)</source>
        <translation>
MRR d’ouverture : %1 (payants au début des données ; non comptés comme nouveaux)</translation>
    </message>
    <message>
        <source>Ranks 1–%1: %2 of the total</source>
        <translation>Rangs 1–%1 : %2 du total</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>No customers in this selection</source>
        <translation>Aucun client dans cette sélection</translation>
    </message>
    <message>
        <source>%1 customers · mean %2 · std %3 · median %4 · p90 %5 · p99 %6 · outliers: %7 low, %8 high</source>
        <translation>%1 clients · moyenne %2 · écart-type %3 · médiane %4 · p90 %5 · p99 %6 · valeurs aberrantes : %7 basses, %8 hautes</translation>
    </message>
    <message>
        <source>Distance to neighbour %1 (std. units)</source>
        <translation>Distance au %1e voisin (unités standardisées)</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Part cumulée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Starting MRR</source>
        <translation>MRR initial</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Ending MRR</source>
        <translation>MRR final</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivés</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Attrition clients</translation>
    </message>
    <message>
        <source>Revenue churn</source>
        <translation>Attrition du revenu</translation>
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
        <translation>NRR (12 mois)</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR (12 mois)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Logo churn (3 months)</source>
        <translation>Attrition clients (3 mois)</translation>
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
        <translation>Retour (mois)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>MRR nouveau + expansion</translation>
    </message>
    <message>
        <source>Growth pays</source>
        <translation>La croissance paie</translation>
    </message>
    <message>
        <source>Months since start</source>
        <translation>Mois depuis le début</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Rétention clients</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Rétention du revenu</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Médiane top 10 %</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Médiane des autres</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Rapport des médianes</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Moyenne top 10 %</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Moyenne des autres</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Rapport des moyennes</translation>
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
        <translation>Clients (part)</translation>
    </message>
    <message>
        <source>Value (share)</source>
        <translation>Valeur (part)</translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation>Récence moyenne (jours)</translation>
    </message>
    <message>
        <source>Mean frequency</source>
        <translation>Fréquence moyenne</translation>
    </message>
    <message>
        <source>Mean value</source>
        <translation>Valeur moyenne</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Récence (jours)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertie</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Année en cours</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparé</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <source>Compared months</source>
        <translation>Mois comparés</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Mêmes mois l&apos;an dernier</translation>
    </message>
    <message>
        <source>Value retention</source>
        <translation>Rétention de la valeur</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Période partielle</translation>
    </message>
    <message>
        <source>Previous month&apos;s MRR</source>
        <translation>MRR du mois précédent</translation>
    </message>
    <message>
        <source>MRR growth</source>
        <translation>Croissance du MRR</translation>
    </message>
    <message>
        <source>Opening MRR</source>
        <translation>MRR d’ouverture</translation>
    </message>
    <message>
        <source>Share of the change</source>
        <translation>Part de la variation</translation>
    </message>
    <message>
        <source>Compared period</source>
        <translation>Période comparée</translation>
    </message>
    <message>
        <source>Compared value</source>
        <translation>Valeur comparée</translation>
    </message>
    <message>
        <source>Compared period partial</source>
        <translation>Période comparée partielle</translation>
    </message>
    <message>
        <source>Previous rank</source>
        <translation>Rang précédent</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>Évolution du rang</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Previous span covered</source>
        <translation>Période précédente couverte</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>80% band from</source>
        <translation>bande 80 % de</translation>
    </message>
    <message>
        <source>80% band to</source>
        <translation>bande 80 % à</translation>
    </message>
    <message>
        <source>95% band from</source>
        <translation>bande 95 % de</translation>
    </message>
    <message>
        <source>95% band to</source>
        <translation>bande 95 % à</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Periods ahead</source>
        <translation>Périodes à l’avance</translation>
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
        <translation>Dans la bande à 80 %</translation>
    </message>
    <message>
        <source>Inside 95% band</source>
        <translation>Dans la bande à 95 %</translation>
    </message>
    <message>
        <source>Backtests</source>
        <translation>Tests rétrospectifs</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d’attrition</translation>
    </message>
    <message>
        <source>Value at risk (30 days)</source>
        <translation>Valeur en jeu (30 jours)</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Signaux les plus forts</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Precision in top 10%</source>
        <translation>Précision dans les 10 % du haut</translation>
    </message>
    <message>
        <source>Recall in top 10%</source>
        <translation>Rappel dans les 10 % du haut</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Taux de base</translation>
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
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>Rapport d’utilisation</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (suite)</translation>
    </message>
    <message>
        <source> — tables</source>
        <translation> — tableaux</translation>
    </message>
    <message>
        <source> — tables (continued)</source>
        <translation> — tableaux (suite)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>UsageLens report — %1</source>
        <translation>Rapport UsageLens — %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Revenue report</source>
        <translation>Rapport de revenus</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the tables pages</source>
        <translation>
            <numerusform>+%n autre dans les pages de tableaux</numerusform>
            <numerusform>+%n autres dans les pages de tableaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message numerus="yes">
        <source>+%n more in the workbook</source>
        <translation>
            <numerusform>+%n autre dans le classeur</numerusform>
            <numerusform>+%n autres dans le classeur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>ReportViews</name>
    <message>
        <source>Total per period</source>
        <translation>Total par période</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total cumulé</translation>
    </message>
    <message>
        <source>Change per period</source>
        <translation>Variation par période</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Meilleurs nouveaux clients</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Revenue key figures</source>
        <translation>Chiffres clés du revenu</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Mouvements du MRR</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Clients payants</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Économie unitaire</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Profil des clients clés</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>k-means: choosing k</source>
        <translation>k-means : choix de k</translation>
    </message>
    <message>
        <source>DBSCAN: k-distance</source>
        <translation>DBSCAN : distance k</translation>
    </message>
    <message>
        <source>RFM scores per customer</source>
        <translation>Scores RFM par client</translation>
    </message>
    <message>
        <source>Cluster per customer</source>
        <translation>Cluster par client</translation>
    </message>
    <message>
        <source>Customers by health</source>
        <translation>Clients par santé</translation>
    </message>
    <message>
        <source>Health per customer</source>
        <translation>Santé par client</translation>
    </message>
    <message>
        <source>Every metric per period</source>
        <translation>Chaque métrique par période</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>Mois sur mois</translation>
    </message>
    <message>
        <source>Year over year by month</source>
        <translation>Année sur année par mois</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <source>Customers by share of the total</source>
        <translation>Clients par part du total</translation>
    </message>
    <message>
        <source>Customers behind a period&apos;s change</source>
        <translation>Clients derrière la variation d’une période</translation>
    </message>
    <message>
        <source>Ranking with changes</source>
        <translation>Classement avec évolutions</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Forecast track record</source>
        <translation>Historique de précision de la prévision</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>Prévision du MRR</translation>
    </message>
    <message>
        <source>MRR forecast track record</source>
        <translation>Historique de précision de la prévision du MRR</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d’attrition</translation>
    </message>
    <message>
        <source>Churn risk track record</source>
        <translation>Historique de précision du risque d’attrition</translation>
    </message>
    <message>
        <source>Invoices left out of MRR</source>
        <translation>Factures exclues du MRR</translation>
    </message>
    <message>
        <source>Distribution of the totals</source>
        <translation>Distribution des totaux</translation>
    </message>
    <message>
        <source>Customers by period (pivot)</source>
        <translation>Clients par période (tableau croisé)</translation>
    </message>
    <message>
        <source>Registrations per period</source>
        <translation>Inscriptions par période</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>rule %1: the segment name is empty</source>
        <translation>règle %1&#xa0;: le nom du segment est vide</translation>
    </message>
    <message>
        <source>rule %1 (%2): the %3 range %4-%5 is invalid (1 &lt;= min &lt;= max &lt;= 5)</source>
        <translation>règle %1 (%2)&#xa0;: la plage %3 %4-%5 est invalide (1 &lt;= min &lt;= max &lt;= 5)</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message numerus="yes">
        <source>+%n more in the PDF and the workbook</source>
        <translation>
            <numerusform>+%n autre dans le PDF et le classeur</numerusform>
            <numerusform>+%n autres dans le PDF et le classeur</numerusform>
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
        <translation>client %1</translation>
    </message>
    <message>
        <source>top %1</source>
        <comment>ranking: the N largest customers</comment>
        <translation>top %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestriel</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuel</translation>
    </message>
    <message>
        <source>rows where %1</source>
        <translation>lignes où %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>the table &apos;%1&apos; has %2 rows, more than a worksheet holds (%3); export it as CSV or choose a shorter range or coarser granularity</source>
        <translation>la table « %1 » a %2 lignes, plus qu&apos;une feuille n&apos;en contient (%3) ; exportez-la en CSV ou choisissez une période plus courte ou une granularité plus grossière</translation>
    </message>
    <message>
        <source>cannot write %1: out of memory</source>
        <translation>impossible d&apos;écrire %1 : mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>ul::ActivityPage</name>
    <message>
        <source>Customers by activity</source>
        <translation>Clients par activité</translation>
    </message>
    <message>
        <source>Cohorts by first active month</source>
        <translation>Cohortes par premier mois actif</translation>
    </message>
    <message>
        <source>Customers still active</source>
        <translation>Clients encore actifs</translation>
    </message>
    <message>
        <source>Usage kept</source>
        <translation>Usage conservé</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <source>Active = at least one value in the month. Each row: the customers whose first active month it is. Click a cell for its customers.</source>
        <translation>Actif = au moins une valeur dans le mois. Chaque ligne : les clients dont c’est le premier mois actif. Cliquez sur une cellule pour voir ses clients.</translation>
    </message>
</context>
<context>
    <name>ul::CalculatedMetricDialog</name>
    <message>
        <source>New calculated metric</source>
        <translation>Nouvelle métrique calculée</translation>
    </message>
    <message>
        <source>A ratio of two metrics of %1, summed first: in every period and for every customer, the sum of the first over the sum of the second.</source>
        <translation>Un rapport de deux métriques de %1, sommées d’abord : dans chaque période et pour chaque client, la somme de la première divisée par la somme de la seconde.</translation>
    </message>
    <message>
        <source>Numerator (summed)</source>
        <translation>Numérateur (sommé)</translation>
    </message>
    <message>
        <source>Denominator (summed)</source>
        <translation>Dénominateur (sommé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Ajouter la métrique</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>ul::ChangeBar</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Keep the numbers on screen</source>
        <translation>Garder les chiffres affichés</translation>
    </message>
    <message>
        <source>new data in &apos;%1&apos;</source>
        <translation>nouvelles données dans « %1 »</translation>
    </message>
    <message>
        <source>import #%1 undone</source>
        <translation>import n° %1 annulé</translation>
    </message>
    <message>
        <source>Another session changed this workspace: %1.</source>
        <translation>Une autre session a modifié cet espace de travail : %1.</translation>
    </message>
</context>
<context>
    <name>ul::CohortModel</name>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers: %4 of %5 (%6)
Revenue: %7 of %8 %9 (%10)</source>
        <translation>Cohorte %1, mois %2 (%3)
Clients&#xa0;: %4 sur %5 (%6)
Revenus&#xa0;: %7 sur %8 %9 (%10)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
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
            <numerusform>%n mois depuis le premier paiement de la cohorte</numerusform>
            <numerusform>%n mois depuis le premier paiement de la cohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers whose first payment was in %1</source>
        <translation>Clients dont le premier paiement date de %1</translation>
    </message>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers active: %4 of %5 (%6)
%7: %8 (%9 of the first month)</source>
        <translation>Cohorte %1, mois %2 (%3)
Clients actifs : %4 sur %5 (%6)
%7 : %8 (%9 du premier mois)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the cohort&apos;s first active month</source>
        <translation>
            <numerusform>%n mois depuis le premier mois actif de la cohorte</numerusform>
            <numerusform>%n mois depuis le premier mois actif de la cohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers first active in %1</source>
        <translation>Clients actifs pour la première fois en %1</translation>
    </message>
</context>
<context>
    <name>ul::ContributorsDialog</name>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Customers behind %1</source>
        <translation>Clients derrière %1</translation>
    </message>
    <message>
        <source>Who changed %1 in %2?</source>
        <translation>Qui a fait varier %1 en %2 ?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No customer has a value in %1 or %2.</source>
        <translation>Aucun client n’a de valeur en %1 ou %2.</translation>
    </message>
    <message>
        <source>%1 against %2: %3 (was %4), change %5</source>
        <translation>%1 par rapport à %2 : %3 (avant %4), variation %5</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the drop.</source>
        <translation>Le plus grand : %1 %2, %3 de la baisse.</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the rise.</source>
        <translation>Le plus grand : %1 %2, %3 de la hausse.</translation>
    </message>
    <message>
        <source>Unique counts and ratios do not add up over customers, so there are no shares.</source>
        <translation>Les comptes distincts et les ratios ne s’additionnent pas entre clients : pas de parts.</translation>
    </message>
    <message>
        <source>%1 is partial: the data ends on %2, so the change compares unequal spans.</source>
        <translation>%1 est partiel : les données s’arrêtent le %2, la variation compare donc des durées inégales.</translation>
    </message>
    <message>
        <source>%1 is partial: the data starts on %2, so the change compares unequal spans.</source>
        <translation>%1 est partiel : les données commencent le %2, la variation compare donc des durées inégales.</translation>
    </message>
    <message>
        <source>Who of the %3 cohort changed %1 in %2?</source>
        <translation>Qui, dans la cohorte %3, a fait varier %1 en %2 ?</translation>
    </message>
</context>
<context>
    <name>ul::CustomerView</name>
    <message>
        <source>%1 over time</source>
        <translation>%1 dans le temps</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 year to date</source>
        <translation>%1 depuis le 1er janvier</translation>
    </message>
    <message>
        <source>%1
YoY %2</source>
        <translation>%1
sur un an %2</translation>
    </message>
    <message>
        <source>(all customers)</source>
        <translation>(tous les clients)</translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation>(aucun attribut)</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <source>Needs at least two months with data</source>
        <translation>Il faut au moins deux mois de données</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No usage in this range:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aucune utilisation sur cette période&#xa0;:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (no data then)</source>
        <translation> (aucune donnée)</translation>
    </message>
    <message>
        <source> (this year&apos;s same months: %1)</source>
        <translation> (mêmes mois cette année : %1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 year to date: %3&lt;br&gt;%4 same span: %5%6&lt;br&gt;YoY change: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 depuis le 1er janvier&#xa0;: %3&lt;br&gt;%4 même période&#xa0;: %5&lt;br&gt;Variation sur un an&#xa0;: %6&lt;/p&gt; {1&lt;?} {2 ?} {3&lt;?} {4 ?} {5%6&lt;?} {7&lt;?}</translation>
    </message>
    <message>
        <source>Month-over-month change</source>
        <translation>Variation mensuelle</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>D&apos;une année sur l&apos;autre</translation>
    </message>
</context>
<context>
    <name>ul::DashboardTab</name>
    <message>
        <source>Tables…</source>
        <translation>Tableaux…</translation>
    </message>
    <message>
        <source>Every view of this tab as a table, as the exports write it</source>
        <translation>Chaque vue de cet onglet sous forme de tableau, comme les exports l&apos;écrivent</translation>
    </message>
</context>
<context>
    <name>ul::DrillPath</name>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Back to the filters before the first click (Backspace steps back one)</source>
        <translation>Revenir aux filtres d&apos;avant le premier clic (Retour arrière recule d&apos;un pas)</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>Customer %1  ×</source>
        <translation>Client %1  ×</translation>
    </message>
    <message>
        <source>Every chart shows this customer only; click to show all customers again</source>
        <translation>Tous les graphiques ne montrent que ce client ; cliquez pour revoir tous les clients</translation>
    </message>
    <message>
        <source>Remove the customer filter %1</source>
        <translation>Retirer le filtre client %1</translation>
    </message>
</context>
<context>
    <name>ul::FilterBar</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Trimestre en cours</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Année en cours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Presets end on the dataset&apos;s last day with data, not on today.</source>
        <translation>Les préréglages finissent au dernier jour avec des données, pas aujourd’hui.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Premier jour (inclus)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Dernier jour (inclus)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Type to search a customer id</source>
        <translation>Saisir un identifiant client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A customer is new when created within this many days before the range end</source>
        <translation>Un client est nouveau s’il a été créé dans ce nombre de jours avant la fin de la période</translation>
    </message>
    <message>
        <source>New within</source>
        <translation>Nouveau depuis</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <source>% cust.</source>
        <translation>% clients</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>% value</source>
        <translation>% valeur</translation>
    </message>
    <message>
        <source>Avg R (d)</source>
        <translation>R moy. (j)</translation>
    </message>
    <message>
        <source>Avg F</source>
        <translation>F moy.</translation>
    </message>
    <message>
        <source>Avg M</source>
        <translation>M moy.</translation>
    </message>
    <message>
        <source>Mean recency in days, frequency and monetary value of the group</source>
        <translation>Récence moyenne en jours, fréquence et valeur monétaire du groupe</translation>
    </message>
</context>
<context>
    <name>ul::HealthTab</name>
    <message>
        <source>At risk when down at least this much, expanding when up at least this much</source>
        <translation>À risque si la baisse atteint au moins ce seuil, en expansion si la hausse l’atteint</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrique&#xa0;:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>En expansion</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stables</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;At risk&lt;/b&gt; — down at least %1 (%n customer(s)); double-click to open</source>
        <translation>
            <numerusform>&lt;b&gt;À risque&lt;/b&gt; — baisse d’au moins %1 (%n client)&#xa0;; double-clic pour ouvrir</numerusform>
            <numerusform>&lt;b&gt;À risque&lt;/b&gt; — baisse d’au moins %1 (%n clients)&#xa0;; double-clic pour ouvrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Expanding&lt;/b&gt; — up at least %1 (%n customer(s))</source>
        <translation>
            <numerusform>&lt;b&gt;En expansion&lt;/b&gt; — hausse d’au moins %1 (%n client)</numerusform>
            <numerusform>&lt;b&gt;En expansion&lt;/b&gt; — hausse d’au moins %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Dernière %n semaine</numerusform>
            <numerusform>%n dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n quarter(s)</source>
        <translation>
            <numerusform>Dernier %n trimestre</numerusform>
            <numerusform>%n derniers trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier %n jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n year(s)</source>
        <translation>
            <numerusform>Dernière %n année</numerusform>
            <numerusform>%n dernières années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Dernier %n mois</numerusform>
            <numerusform>%n derniers mois</numerusform>
        </translation>
    </message>
    <message>
        <source>The last N whole periods are compared with the N before</source>
        <translation>Les N dernières périodes complètes sont comparées aux N précédentes</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>Health keeps its own periods: the filter bar&apos;s granularity does not change it</source>
        <translation>La santé garde ses propres périodes : la granularité de la barre de filtres ne la change pas</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Derniers</translation>
    </message>
    <message numerus="yes">
        <source>%1 vs the %n before · current: %2 – %3 · previous: %4 – %5</source>
        <translation>
            <numerusform>%1 contre la %n précédente · actuel : %2 – %3 · précédent : %4 – %5</numerusform>
            <numerusform>%1 contre les %n précédentes · actuel : %2 – %3 · précédent : %4 – %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with activity in the last %1 whole periods · %2 ms</source>
        <translation>
            <numerusform>%n client actif dans les %1 dernières périodes complètes · %2 ms</numerusform>
            <numerusform>%n clients actifs dans les %1 dernières périodes complètes · %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d’attrition</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Signaux les plus forts</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Churn risk&lt;/b&gt; — no activity in the next %n day(s), as of %1</source>
        <translation>
            <numerusform>&lt;b&gt;Risque d’attrition&lt;/b&gt; — aucune activité le prochain %n jour, au %1</numerusform>
            <numerusform>&lt;b&gt;Risque d’attrition&lt;/b&gt; — aucune activité dans les %n prochains jours, au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Churn risk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Risque d’attrition&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Track record: no customer was active in the 90 days before %1, nothing to check yet</source>
        <translation>Historique : aucun client actif dans les 90 jours avant le %1, rien à vérifier pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Track record: scored as of %1, %n customer(s), and none churned in the window after: nothing to rank</source>
        <translation>
            <numerusform>Historique : évalué au %1, %n client, et aucun n’est parti dans la fenêtre suivante : rien à classer</numerusform>
            <numerusform>Historique : évalué au %1, %n clients, et aucun n’est parti dans la fenêtre suivante : rien à classer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Track record, scored as of %1 (%n customer(s)): AUC %2 · of the riskiest 10%, %3 churned (base rate %4), %5 of all who churned</source>
        <translation>
            <numerusform>Historique, évalué au %1 (%n client) : AUC %2 · des 10 % les plus à risque, %3 sont partis (taux de base %4), soit %5 de tous les départs</numerusform>
            <numerusform>Historique, évalué au %1 (%n clients) : AUC %2 · des 10 % les plus à risque, %3 sont partis (taux de base %4), soit %5 de tous les départs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · at risk when down at least %3</source>
        <translation>%1 · %2 · à risque en cas de baisse d’au moins %3</translation>
    </message>
    <message>
        <source>No customer at risk</source>
        <translation>Aucun client à risque</translation>
    </message>
    <message numerus="yes">
        <source>Customers at risk, largest accounts first (%n in all)</source>
        <translation>
            <numerusform>Clients à risque, les plus gros d’abord (%n en tout)</numerusform>
            <numerusform>Clients à risque, les plus gros d’abord (%n en tout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::HealthTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Double-cliquer pour ouvrir %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
</context>
<context>
    <name>ul::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Choisir les fichiers</translation>
    </message>
    <message>
        <source>CSV or NDJSON exports with one row per customer and day. Several files of the same layout are imported together into one dataset.</source>
        <translation>Exports CSV ou NDJSON avec une ligne par client et par jour. Plusieurs fichiers de même structure sont importés ensemble dans un seul jeu de données.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Usage data (*.csv *.tsv *.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Données d’utilisation (*.csv *.tsv *.ndjson *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>From database…</source>
        <translation>Depuis une base de données…</translation>
    </message>
    <message>
        <source>Import the rows of a query on a PostgreSQL-protocol server</source>
        <translation>Importer les lignes d’une requête sur un serveur au protocole PostgreSQL</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1: %2</source>
        <translation>
            <numerusform>%n ligne de %1 : %2</numerusform>
            <numerusform>%n lignes de %1 : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::ImportMappingPage</name>
    <message>
        <source>Customer id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Metric (summed)</source>
        <translation>Métrique (somme)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>Dataset name:</source>
        <translation>Nom du jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Problems in the preview:</source>
        <translation>Problèmes dans l’aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>Aucun problème dans la première ligne.</numerusform>
            <numerusform>Aucun problème dans les %n premières lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>a customer id</source>
        <translation>un identifiant client</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message numerus="yes">
        <source>%1 format, %n column(s).</source>
        <translation>
            <numerusform>Format %1, %n colonne.</numerusform>
            <numerusform>Format %1, %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Choisissez %1.</translation>
    </message>
    <message>
        <source>The layout and roles were detected from the data; change any that are wrong. Nothing is written yet.</source>
        <translation>La structure et les rôles ont été détectés dans les données ; corrigez ce qui est faux. Rien n’est encore écrit.</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Lecture de l’aperçu…</translation>
    </message>
    <message>
        <source>Date form</source>
        <translation>Forme de date</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>No value decides the order of day and month; check it.</source>
        <translation>Aucune valeur ne tranche l’ordre du jour et du mois ; vérifiez-le.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>the date form of &apos;%1&apos;</source>
        <translation>la forme de date de « %1 »</translation>
    </message>
    <message>
        <source>Unique count (distinct values)</source>
        <translation>Nombre unique (valeurs distinctes)</translation>
    </message>
    <message>
        <source>Filter and break down (per row)</source>
        <translation>Filtrer et ventiler (par ligne)</translation>
    </message>
    <message>
        <source>optional, e.g. revenue = Qty * &quot;Unit Price&quot;; hours = seconds / 3600</source>
        <translation>facultatif, p. ex. revenu = Qte * &quot;Prix unitaire&quot;; heures = secondes / 3600</translation>
    </message>
    <message>
        <source>Metrics computed from each row: + - * / and parentheses over numeric columns (names with spaces in quotes). Separate several with &apos;;&apos;.</source>
        <translation>Métriques calculées pour chaque ligne : + - * / et parenthèses sur des colonnes numériques (noms avec espaces entre guillemets). Séparer plusieurs par « ; ».</translation>
    </message>
    <message>
        <source>Computed metrics:</source>
        <translation>Métriques calculées :</translation>
    </message>
    <message>
        <source>Computed metrics: %1</source>
        <translation>Métriques calculées : %1</translation>
    </message>
    <message>
        <source>Currencies: %1 (revenue is shown per currency, never summed)</source>
        <translation>Devises&#xa0;: %1 (le chiffre d’affaires est montré par devise, jamais additionné)</translation>
    </message>
</context>
<context>
    <name>ul::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>All files are imported in one transaction: cancelling leaves the workspace unchanged.</source>
        <translation>Tous les fichiers sont importés en une seule transaction&#xa0;: annuler laisse l’espace de travail inchangé.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 rows · %2 of %3 · %4 MB/s</source>
        <translation>%1 lignes · %2 sur %3 · %4 Mo/s</translation>
    </message>
    <message>
        <source>Imported %1 rows into dataset &apos;%2&apos;%3.</source>
        <translation>%1 lignes importées dans le jeu de données «&#xa0;%2&#xa0;»%3.</translation>
    </message>
    <message>
        <source> (%1 rows skipped)</source>
        <translation> (%1 lignes ignorées)</translation>
    </message>
    <message>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Import annulé. L’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>Import failed; the workspace is unchanged.
%1</source>
        <translation>Échec de l’import&#xa0;; l’espace de travail est inchangé.
%1</translation>
    </message>
    <message>
        <source>Waiting for another import into this workspace to finish…</source>
        <translation>En attente de la fin d’un autre import dans cet espace de travail…</translation>
    </message>
</context>
<context>
    <name>ul::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message numerus="yes">
        <source>This content was already imported on %1 from %2 into the dataset &apos;%3&apos; (import #%4, %n row(s)).</source>
        <translation>
            <numerusform>Ce contenu a déjà été importé le %1 depuis %2 dans le jeu de données « %3 » (import n° %4, %n ligne).</numerusform>
            <numerusform>Ce contenu a déjà été importé le %1 depuis %2 dans le jeu de données « %3 » (import n° %4, %n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace swaps the earlier import for this file; a new dataset keeps both.</source>
        <translation>Remplacer échange l’import précédent contre ce fichier ; un nouveau jeu de données garde les deux.</translation>
    </message>
    <message>
        <source>Replace import #%1</source>
        <translation>Remplacer l’import n° %1</translation>
    </message>
    <message>
        <source>Import as a new dataset</source>
        <translation>Importer comme nouveau jeu de données</translation>
    </message>
</context>
<context>
    <name>ul::ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Importé le (UTC)</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Annuler l’import…</translation>
    </message>
    <message>
        <source>Remove this import&apos;s rows; the workspace is as before the import</source>
        <translation>Retirer les lignes de cet import ; l’espace de travail redevient celui d’avant l’import</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in this workspace.</source>
        <translation>
            <numerusform>%n import dans cet espace de travail.</numerusform>
            <numerusform>%n imports dans cet espace de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message numerus="yes">
        <source>Remove import #%1 (%2, %n row(s)) from the dataset &apos;%3&apos;?</source>
        <translation>
            <numerusform>Retirer l’import n° %1 (%2, %n ligne) du jeu de données « %3 » ?</numerusform>
            <numerusform>Retirer l’import n° %1 (%2, %n lignes) du jeu de données « %3 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing import #%1…</source>
        <translation>Retrait de l’import n° %1…</translation>
    </message>
    <message>
        <source>Import undone.</source>
        <translation>Import annulé.</translation>
    </message>
</context>
<context>
    <name>ul::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Synthetic demo workspace. Import your own files with File › Import files…</source>
        <translation>Espace de travail de démonstration synthétique. Importez vos fichiers avec Fichier › Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Exporter le &amp;classeur…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>All customers view</source>
        <translation>Vue de tous les clients</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Presentation, one chart per slide</source>
        <translation>Présentation, un graphique par diapositive</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; has no metrics (it holds customer attributes only).
Its attributes appear in the customer views.</source>
        <translation>Le jeu de données «&#xa0;%1&#xa0;» n’a aucune métrique (uniquement des attributs clients).
Ses attributs apparaissent dans les vues client.</translation>
    </message>
    <message>
        <source>No metrics</source>
        <translation>Aucune métrique</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>Espaces de travail UsageLens (*.usagelens)</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens);;All files (*)</source>
        <translation>Espaces de travail UsageLens (*.usagelens);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — UsageLens</source>
        <translation>%1 — UsageLens</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 enregistré (%n page)</numerusform>
            <numerusform>%1 enregistré (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language: follow the system locale</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used after UsageLens is restarted.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage d’UsageLens.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New &amp;calculated metric…</source>
        <translation>Nouvelle métrique &amp;calculée…</translation>
    </message>
    <message>
        <source>New calculated metric</source>
        <translation>Nouvelle métrique calculée</translation>
    </message>
    <message>
        <source>The current dataset has no metrics.</source>
        <translation>Le jeu de données actuel n’a aucune métrique.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajoutée</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Saved &amp;views…</source>
        <translation>&amp;Vues enregistrées…</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail n’est ouvert</translation>
    </message>
    <message>
        <source>The saved view &apos;%1&apos; shows the dataset &apos;%2&apos;, which the workspace no longer has</source>
        <translation>La vue enregistrée « %1 » montre le jeu de données « %2 », que l’espace de travail n’a plus</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of this view (dataset, tab, range, filters, ranking):</source>
        <translation>Nom de cette vue (jeu de données, onglet, période, filtres, classement) :</translation>
    </message>
    <message>
        <source>Replace the saved view &apos;%1&apos;?</source>
        <translation>Remplacer la vue enregistrée « %1 » ?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos; in the workspace</source>
        <translation>Vue « %1 » enregistrée dans l’espace de travail</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Im&amp;ports…</source>
        <translation>Im&amp;ports…</translation>
    </message>
    <message>
        <source>&amp;Notes on dates…</source>
        <translation>&amp;Notes sur des dates…</translation>
    </message>
    <message>
        <source>The notes on dates cannot be read: %1</source>
        <translation>Les notes sur des dates sont illisibles : %1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Changes by other sessions will not be announced: %1</source>
        <translation>Les modifications d’autres sessions ne seront pas signalées : %1</translation>
    </message>
    <message>
        <source>&amp;Back (undo the last chart click)</source>
        <translation>&amp;Retour (annuler le dernier clic sur un graphique)</translation>
    </message>
</context>
<context>
    <name>ul::MetricTab</name>
    <message>
        <source>Total in range</source>
        <translation>Total sur la période</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>Variation vs période préc.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Average per active customer</source>
        <translation>Moyenne par client actif</translation>
    </message>
    <message>
        <source>Top 10% share</source>
        <translation>Part du top 10 %</translation>
    </message>
    <message>
        <source>Total per period</source>
        <translation>Total par période</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Change per period (%)</source>
        <translation>Variation par période (%)</translation>
    </message>
    <message>
        <source>Customers by total (log scale bins)</source>
        <translation>Clients par total (classes log.)</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Meilleurs nouveaux clients</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>précédent&#xa0;: %1</translation>
    </message>
    <message>
        <source>no usage in the previous period</source>
        <translation>période préc. sans usage</translation>
    </message>
    <message numerus="yes">
        <source>created in the last %n day(s)</source>
        <translation>
            <numerusform>créés depuis %n jour</numerusform>
            <numerusform>créés depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>top customer: %1</source>
        <translation>meilleur client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Needs at least two periods with data — widen the range or pick a finer granularity</source>
        <translation>Il faut au moins deux périodes de données — élargissez la période ou choisissez une granularité plus fine</translation>
    </message>
    <message>
        <source>No new customers in this selection</source>
        <translation>Aucun nouveau client dans cette sélection</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 to %3 · %n period(s) · %4 ms</source>
        <translation>
            <numerusform>%1 · %2 au %3 · %n période · %4 ms</numerusform>
            <numerusform>%1 · %2 au %3 · %n périodes · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Customers &amp;&amp; cohorts</source>
        <translation>Clients &amp;&amp; cohortes</translation>
    </message>
    <message>
        <source>New, reactivated and churned customers by activity, and cohorts by first active month</source>
        <translation>Clients nouveaux, réactivés et perdus selon l’activité, et cohortes par premier mois actif</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>The top customers as a table: share, cumulative share, change and rank move against the span before, trend</source>
        <translation>Les meilleurs clients en tableau : part, part cumulée, évolution et changement de rang par rapport à la période précédente, tendance</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer :</translation>
    </message>
    <message>
        <source>Drawn over the total-per-period chart: the periods right before, the same periods a year earlier, or another metric on its own axis</source>
        <translation>Tracé sur le graphique du total par période : les périodes juste avant, les mêmes périodes un an plus tôt, ou un autre indicateur sur son propre axe</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Previous periods</source>
        <translation>Périodes précédentes</translation>
    </message>
    <message>
        <source>Same periods last year</source>
        <translation>Mêmes périodes l’an dernier</translation>
    </message>
    <message>
        <source>days of the range</source>
        <translation>jours de la plage</translation>
    </message>
    <message>
        <source>weeks of the range</source>
        <translation>semaines de la plage</translation>
    </message>
    <message>
        <source>months of the range</source>
        <translation>mois de la plage</translation>
    </message>
    <message>
        <source>quarters of the range</source>
        <translation>trimestres de la plage</translation>
    </message>
    <message>
        <source>years of the range</source>
        <translation>années de la plage</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>the data starts inside the previous period</source>
        <translation>les données commencent pendant la période précédente</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Draws the forecast with its 80% and 95% bands on the total-per-period chart, and how accurate the same method was on the last periods</source>
        <translation>Trace la prévision avec ses bandes à 80 % et 95 % sur le graphique du total par période, et la précision de la même méthode sur les dernières périodes</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prévision : %1</translation>
    </message>
    <message>
        <source>Total per period and forecast</source>
        <translation>Total par période et prévision</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Tableau croisé</translation>
    </message>
    <message>
        <source>Customers by period: the metric of every top customer in every period of the range, with totals</source>
        <translation>Clients par période : la mesure de chaque client du classement dans chaque période de la plage, avec les totaux</translation>
    </message>
</context>
<context>
    <name>ul::NotesDialog</name>
    <message>
        <source>Notes on dates — %1</source>
        <translation>Notes sur des dates — %1</translation>
    </message>
    <message>
        <source>A note marks its date on every time chart of this dataset, in slides and in the PDF. Double-click a note to change it.</source>
        <translation>Une note marque sa date sur chaque graphique temporel de ce jeu de données, dans les diapositives et dans le PDF. Double-cliquez sur une note pour la modifier.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What happened (pricing change, outage, launch…)</source>
        <translation>Ce qui s’est passé (changement de prix, panne, lancement…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Notes on dates</source>
        <translation>Notes sur des dates</translation>
    </message>
</context>
<context>
    <name>ul::PivotPage</name>
    <message>
        <source>Click a column header to sort by it; Ctrl+C copies the table as tab-separated text</source>
        <translation>Cliquez sur un en-tête de colonne pour trier ; Ctrl+C copie le tableau en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Copier en TSV</translation>
    </message>
    <message>
        <source>The whole table on the clipboard, ready to paste into a spreadsheet</source>
        <translation>Tout le tableau dans le presse-papiers, prêt à coller dans un tableur</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Rows: %1, largest total first. * the data covers this period only in part.</source>
        <translation>Lignes : %1, plus grand total d&apos;abord. * les données ne couvrent cette période qu&apos;en partie.</translation>
    </message>
    <message>
        <source>Rows: %1, largest total first.</source>
        <translation>Lignes : %1, plus grand total d&apos;abord.</translation>
    </message>
    <message>
        <source>Export pivot as CSV</source>
        <translation>Exporter le tableau croisé en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export pivot</source>
        <translation>Exporter le tableau croisé</translation>
    </message>
</context>
<context>
    <name>ul::PivotTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: the data covers this period only in part</source>
        <translation>%1 : les données ne couvrent cette période qu&apos;en partie</translation>
    </message>
</context>
<context>
    <name>ul::PresentationWindow</name>
    <message>
        <source>UsageLens presentation</source>
        <translation>Présentation UsageLens</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Rien à présenter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>ul::QuerySourceDialog</name>
    <message>
        <source>Import from a database</source>
        <translation>Importer depuis une base de données</translation>
    </message>
    <message>
        <source>Rows of a query on a PostgreSQL server (or Citus, Redshift, CockroachDB, YugabyteDB). The query runs read-only; timestamps arrive in UTC. The import records the server and the query as its source; the same query imported again can replace its earlier result.</source>
        <translation>Lignes d’une requête sur un serveur PostgreSQL (ou Citus, Redshift, CockroachDB, YugabyteDB). La requête s’exécute en lecture seule ; les horodatages arrivent en UTC. L’import enregistre le serveur et la requête comme source ; la même requête importée à nouveau peut remplacer son résultat précédent.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <source>Run query</source>
        <translation>Exécuter la requête</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Exécution de la requête…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ul::RankLabels</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RankingPage</name>
    <message>
        <source>Top customers and their running share</source>
        <translation>Meilleurs clients et leur part cumulée</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Bars on a log axis, so one very large customer does not flatten the others</source>
        <translation>Barres sur un axe logarithmique, pour qu’un très gros client n’écrase pas les autres</translation>
    </message>
    <message>
        <source>Previous span: the same number of days right before the range. Trend: %1. Double-click a customer to open it.</source>
        <translation>Période précédente : le même nombre de jours juste avant la plage. Tendance : %1. Double-cliquez sur un client pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The data does not reach back over the span before the range: no changes or rank moves. Trend: %1.</source>
        <translation>Les données ne couvrent pas la période avant la plage : ni évolutions ni changements de rang. Tendance : %1.</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <source>Distribution of customer totals</source>
        <translation>Distribution des totaux par client</translation>
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
        <translation>Cumulé</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Rank move</source>
        <translation>Évolution du rang</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>No value in the span before the range</source>
        <translation>Aucune valeur dans la période avant la plage</translation>
    </message>
    <message>
        <source>The data does not cover the span before the range</source>
        <translation>Les données ne couvrent pas la période avant la plage</translation>
    </message>
</context>
<context>
    <name>ul::ReportOptionsDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Tabs:</source>
        <translation>Onglets&#xa0;:</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, paysage</translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation>Lettre US, paysage</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ul::RevenueSettingsPanel</name>
    <message>
        <source>Revenue settings</source>
        <translation>Paramètres des revenus</translation>
    </message>
    <message>
        <source>Sales and marketing spend per month; CAC = spend / new customers</source>
        <translation>Dépenses commerciales et marketing par mois&#xa0;; CAC = dépenses / nouveaux clients</translation>
    </message>
    <message>
        <source>Currency of the invoice amounts (a label only: nothing is converted)</source>
        <translation>Devise des montants facturés (simple libellé&#xa0;: rien n’est converti)</translation>
    </message>
    <message>
        <source>Gross margin used for LTV and CAC payback</source>
        <translation>Marge brute utilisée pour la LTV et le retour sur CAC</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Each invoice is spread evenly over this many months, starting with the month paid</source>
        <translation>Chaque facture est répartie uniformément sur ce nombre de mois, à partir du mois de paiement</translation>
    </message>
    <message>
        <source>Monthly acquisition spend</source>
        <translation>Coût d’acquisition / mois</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Période de facturation</translation>
    </message>
    <message>
        <source>An invoice counts as one month of recurring revenue in the UTC month it was paid (billing period setting spreads it). Several invoices of a customer in one month add up.

LTV uses the logo churn averaged over the last 3 months; it is n/a while nobody churns.</source>
        <translation>Une facture compte comme un mois de revenu récurrent dans le mois UTC de son paiement (le réglage Période de facturation la répartit). Plusieurs factures d’un client dans un même mois s’additionnent.

La LTV utilise l’attrition clients moyenne des 3 derniers mois&#xa0;; elle est n.d. tant que personne ne part.</translation>
    </message>
    <message>
        <source>Off: the customers paying in the data&apos;s first month are the opening base, not new revenue (an export rarely starts with the first sale). On: the data starts with the business, so they are all new.</source>
        <translation>Désactivé : les clients payants du premier mois des données sont la base d’ouverture, pas un nouveau revenu (un export commence rarement à la première vente). Activé : les données commencent avec l’activité, ils sont donc tous nouveaux.</translation>
    </message>
    <message>
        <source>count as new</source>
        <translation>compter comme nouveaux</translation>
    </message>
    <message>
        <source>First month&apos;s customers</source>
        <translation>Clients du premier mois</translation>
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
        <translation>Croissance MRR mensuelle</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Rétention nette des revenus</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Attrition clients</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV&#xa0;: CAC</translation>
    </message>
    <message>
        <source>CAC payback</source>
        <translation>Retour sur CAC</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Mouvements du MRR</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Rétention des clients</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Rétention des revenus</translation>
    </message>
    <message>
        <source>Cohorts by first payment month</source>
        <translation>Cohortes par mois du premier paiement</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Profil des clients clés</translation>
    </message>
    <message>
        <source>Unit economics per month</source>
        <translation>Économie unitaire par mois</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>previous month: %1 %2</source>
        <translation>mois précédent&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>no MRR in the previous month</source>
        <translation>aucun MRR le mois précédent</translation>
    </message>
    <message>
        <source>trailing 12 months: %1</source>
        <translation>12 derniers mois&#xa0;: %1</translation>
    </message>
    <message>
        <source>month over month, %1</source>
        <translation>sur un mois, %1</translation>
    </message>
    <message>
        <source>3-month average: %1</source>
        <translation>moyenne sur 3 mois&#xa0;: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>LTV %1 / CAC %2</source>
        <translation>LTV %1 / CAC %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>new + expansion MRR covers spend</source>
        <translation>hausse du MRR &gt; dépenses</translation>
    </message>
    <message>
        <source>new + expansion MRR below spend</source>
        <translation>hausse du MRR &lt; dépenses</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Dépenses (%1)</translation>
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
        <translation>Attrition (3 mois)</translation>
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
        <translation>Retour (mois)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>MRR nouveau + expansion</translation>
    </message>
    <message>
        <source>Growth pays?</source>
        <translation>Croissance rentable&#xa0;?</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Médiane top 10 %</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Médiane reste</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Moyenne top 10 %</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Moyenne reste</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Rapport des moyennes</translation>
    </message>
    <message>
        <source>Core-customer profile (top %1 vs %2 others, all months)</source>
        <translation>Profil des clients clés (top %1 vs %2 autres, tous les mois)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Needs paying customers with attributes</source>
        <translation>Il faut des clients payants avec attributs</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n invoice(s) · %2 to %3 · %4 ms</source>
        <translation>
            <numerusform>%1 · %n facture · %2 au %3 · %4 ms</numerusform>
            <numerusform>%1 · %n factures · %2 au %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Revenue settings</source>
        <translation>Paramètres du revenu</translation>
    </message>
    <message>
        <source>Key figures for %1, which the data or the range covers only in part.</source>
        <translation>Chiffres clés de %1, que les données ou la période ne couvrent qu’en partie.</translation>
    </message>
    <message>
        <source>Top 10% vs rest</source>
        <translation>Top 10 % face au reste</translation>
    </message>
    <message>
        <source>Key figures for %1, the last complete month. %2 is left out: only its days to %3 count.</source>
        <translation>Chiffres clés de %1, le dernier mois complet. %2 est exclu : seuls ses jours jusqu’au %3 comptent.</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>les revenus</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>Prévision du MRR</translation>
    </message>
    <message>
        <source>Draws the MRR forecast with its 80% and 95% bands, and how accurate the same method was on the last months</source>
        <translation>Trace la prévision du MRR avec ses bandes à 80 % et 95 %, et la précision de la même méthode sur les derniers mois</translation>
    </message>
    <message>
        <source>MRR and forecast</source>
        <translation>MRR et prévision</translation>
    </message>
    <message>
        <source>MRR forecast: %1</source>
        <translation>Prévision du MRR : %1</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Revenue in different currencies is never added up: one currency at a time</source>
        <translation>Le chiffre d’affaires en devises différentes n’est jamais additionné&#xa0;: une devise à la fois</translation>
    </message>
    <message>
        <source>Only paid or open subscription invoices make MRR: void, uncollectible and draft invoices and one-off invoices without a subscription are left out</source>
        <translation>Seules les factures d’abonnement payées ou ouvertes font le MRR&#xa0;: les factures annulées, irrécouvrables, en brouillon et les factures ponctuelles sans abonnement sont exclues</translation>
    </message>
    <message>
        <source>Show the list…</source>
        <translation>Voir la liste…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Every invoice counts toward MRR.</source>
        <translation>Chaque facture compte dans le MRR.</translation>
    </message>
    <message>
        <source>Left out of MRR: %1.</source>
        <translation>Exclues du MRR&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ul::RowFilterDialog</name>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Rechercher des valeurs</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Comptage des lignes…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n ligne</numerusform>
            <numerusform>%1 — %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the selected range</source>
        <translation>
            <numerusform>%n valeur dans la période choisie</numerusform>
            <numerusform>%n valeurs dans la période choisie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RowFilterRow</name>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <source>%1 is one of %n value(s)</source>
        <translation>
            <numerusform>%1 est %n valeur</numerusform>
            <numerusform>%1 est l’une de %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n’est pas %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n’est aucun de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is none of %n value(s)</source>
        <translation>
            <numerusform>%1 n’est pas %n valeur</numerusform>
            <numerusform>%1 n’est aucune de %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Only the rows passing every filter count, on every tab and in every export.</source>
        <translation>Seules les lignes qui passent tous les filtres comptent, dans chaque onglet et chaque export.</translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation>+ Filtre</translation>
    </message>
    <message>
        <source>Keep or leave out rows by a column kept per row</source>
        <translation>Garder ou exclure des lignes selon une colonne conservée par ligne</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <source>Split the total-per-period chart by a column&apos;s values (the 8 largest, then Other)</source>
        <translation>Répartir le graphique du total par période selon les valeurs d’une colonne (les 8 plus grandes, puis Autres)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Change this filter</source>
        <translation>Modifier ce filtre</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Count customers by</source>
        <translation>Compter les clients par</translation>
    </message>
    <message>
        <source>Roll sub-accounts up to the account an attribute names (imported from a mapping file): their usage is summed, ranked and segmented as one customer</source>
        <translation>Regrouper les sous-comptes sous le compte qu’un attribut désigne (importé d’un fichier de correspondance) : leur usage est additionné, classé et segmenté comme un seul client</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Identifiant client</translation>
    </message>
</context>
<context>
    <name>ul::SavedViewsDialog</name>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the saved view &apos;%1&apos;?</source>
        <translation>Supprimer la vue enregistrée « %1 » ?</translation>
    </message>
</context>
<context>
    <name>ul::SegmentRuleModel</name>
    <message>
        <source>Rules are tried top to bottom; the first whose three score ranges (1-5) contain a customer&apos;s R, F and M names its segment.</source>
        <translation>Les règles sont testées de haut en bas&#xa0;; la première dont les trois plages de score (1-5) contiennent les R, F et M d’un client donne son segment.</translation>
    </message>
    <message>
        <source>rule %1: scores are whole numbers from 1 to 5</source>
        <translation>règle %1&#xa0;: les scores sont des entiers de 1 à 5</translation>
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
        <translation>Nouveau segment</translation>
    </message>
</context>
<context>
    <name>ul::SegmentsTab</name>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>The metric summed as each customer&apos;s monetary value</source>
        <translation>La métrique sommée comme valeur monétaire de chaque client</translation>
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
        <translation>Rayon en unités standardisées&#xa0;; à lire au coude du graphique des k-distances</translation>
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
        <translation>Exporter l’appartenance…</translation>
    </message>
    <message>
        <source>RFM scores and segments…</source>
        <translation>Scores RFM et segments…</translation>
    </message>
    <message>
        <source>Cluster membership…</source>
        <translation>Appartenance aux clusters…</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k&#xa0;:</translation>
    </message>
    <message>
        <source>eps:</source>
        <translation>eps&#xa0;:</translation>
    </message>
    <message>
        <source>min points:</source>
        <translation>points min.&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Clustering:</source>
        <translation>Regroupement&#xa0;:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Couleur par&#xa0;:</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>First matching rule wins; scores 1-5 (5 = most recent, frequent, valuable).</source>
        <translation>La première règle qui correspond l’emporte&#xa0;; scores 1-5 (5 = le plus récent, fréquent, rentable).</translation>
    </message>
    <message>
        <source>Segment rules (double-click to edit)</source>
        <translation>Règles de segment (double-clic pour modifier)</translation>
    </message>
    <message>
        <source>Value share vs customer share</source>
        <translation>Part de valeur vs part de clients</translation>
    </message>
    <message>
        <source>Customers by frequency and value</source>
        <translation>Clients par fréquence et valeur</translation>
    </message>
    <message>
        <source>k-means++: elbow and silhouette</source>
        <translation>k-means++&#xa0;: coude et silhouette</translation>
    </message>
    <message>
        <source>Sorted k-distance (DBSCAN eps)</source>
        <translation>k-distance triée (eps DBSCAN)</translation>
    </message>
    <message>
        <source>Rules applied.</source>
        <translation>Règles appliquées.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <source>Too few customers to compare k</source>
        <translation>Trop peu de clients pour comparer k</translation>
    </message>
    <message>
        <source>Too few customers</source>
        <translation>Trop peu de clients</translation>
    </message>
    <message numerus="yes">
        <source>DBSCAN eps %1, min points %2: %n cluster(s)</source>
        <translation>
            <numerusform>DBSCAN eps %1, points min. %2&#xa0;: %n cluster</numerusform>
            <numerusform>DBSCAN eps %1, points min. %2&#xa0;: %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n noise point(s)</source>
        <translation>
            <numerusform>, %n point de bruit</numerusform>
            <numerusform>, %n points de bruit</numerusform>
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
        <translation>, silhouette %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · RFM as of %1 · frequency = %2 · %3 · %4 ms</source>
        <translation>
            <numerusform>%n client · RFM au %1 · fréquence = %2 · %3 · %4 ms</numerusform>
            <numerusform>%n clients · RFM au %1 · fréquence = %2 · %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>events (payments)</source>
        <translation>événements (paiements)</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>jours actifs</translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>Regroupement…</translation>
    </message>
    <message>
        <source>Events / payments (log scale)</source>
        <translation>Événements / paiements (échelle log.)</translation>
    </message>
    <message>
        <source>Active days (log scale)</source>
        <translation>Jours actifs (échelle log.)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export membership</source>
        <translation>Exporter l’appartenance</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>%n client exporté vers %1</numerusform>
            <numerusform>%n clients exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Cluster on chosen features instead of recency, frequency and value</source>
        <translation>Regrouper selon des variables choisies au lieu de la récence, de la fréquence et de la valeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Frequency (active days)</source>
        <translation>Fréquence (jours actifs)</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Récence (jours)</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Ancienneté (jours)</translation>
    </message>
    <message>
        <source>Average per period</source>
        <translation>Moyenne par période</translation>
    </message>
    <message>
        <source>Trend (later vs earlier half)</source>
        <translation>Tendance (seconde moitié vs première)</translation>
    </message>
    <message>
        <source>Total of %1</source>
        <translation>Total de %1</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>standardisées</translation>
    </message>
    <message>
        <source>as they are</source>
        <translation>telles quelles</translation>
    </message>
    <message>
        <source>log, standardised</source>
        <translation>log, standardisées</translation>
    </message>
    <message>
        <source>How chosen features are scaled before distances are taken</source>
        <translation>Comment les variables choisies sont mises à l&apos;échelle avant le calcul des distances</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Only customers whose total over the range is at least this take part in segments and clusters (e.g. 0.01: a positive total)</source>
        <translation>Seuls les clients dont le total sur la plage atteint au moins cette valeur entrent dans les segments et les clusters (p. ex. 0,01 : un total positif)</translation>
    </message>
    <message>
        <source>Min total:</source>
        <translation>Total min. :</translation>
    </message>
    <message>
        <source>Clustering on recency in days, log(1 + frequency), log(1 + value), standardised</source>
        <translation>Clustering sur la récence en jours, log(1 + fréquence), log(1 + valeur), standardisées</translation>
    </message>
    <message>
        <source>Clustering on %1, %2</source>
        <translation>Clustering sur %1, %2</translation>
    </message>
    <message>
        <source>The cluster summary gives each cluster&apos;s centre in these features&apos; units</source>
        <translation>Le résumé des clusters donne le centre de chacun dans les unités de ces variables</translation>
    </message>
</context>
<context>
    <name>ul::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, shared by a team: everyone who connects to the same schema sees the same imports. Passwords come from ~/.pgpass or a service file, or are asked for; UsageLens never stores one.</source>
        <translation>Un espace de travail sur un serveur PostgreSQL, partagé par une équipe : tous ceux qui se connectent au même schéma voient les mêmes imports. Les mots de passe viennent de ~/.pgpass ou d’un fichier de service, ou sont demandés ; UsageLens n’en enregistre jamais.</translation>
    </message>
    <message>
        <source>the server&apos;s default (search_path)</source>
        <translation>celui du serveur (search_path)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schéma :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
</context>
<context>
    <name>ul::SourceLayoutBar</name>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>runs of spaces</source>
        <translation>suites d’espaces</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>la première ligne est l’en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>point (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>virgule (1,5)</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>E&amp;ncodage :</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>ligne d’en-tête</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>per column</source>
        <translation>par colonne</translation>
    </message>
</context>
<context>
    <name>ul::TabListButton</name>
    <message>
        <source>All tabs</source>
        <translation>Tous les onglets</translation>
    </message>
    <message>
        <source>List every tab of the dataset</source>
        <translation>Lister tous les onglets du jeu de données</translation>
    </message>
</context>
<context>
    <name>ul::ViewTablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
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
        <translation>Le fichier reste tel quel. UsageLens peut copier ce qui est encore lisible dans un nouvel espace de travail et l’ouvrir.</translation>
    </message>
    <message>
        <source>Recover a copy…</source>
        <translation>Récupérer une copie…</translation>
    </message>
    <message>
        <source>Recover into</source>
        <translation>Récupérer dans</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>Espaces de travail UsageLens (*.usagelens)</translation>
    </message>
    <message>
        <source>Copying the readable data…</source>
        <translation>Copie des données lisibles…</translation>
    </message>
</context>
<context>
    <name>usagelens</name>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;usagelens COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>« usagelens COMMANDE --help » affiche les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>List datasets, metrics and customers</source>
        <translation>Lister les jeux de données, métriques et clients</translation>
    </message>
    <message>
        <source>Write the built-in demo workspace</source>
        <translation>Écrire l&apos;espace de travail de démonstration intégré</translation>
    </message>
    <message>
        <source>Write a report as PDF, xlsx or CSV files (scheduled refreshes)</source>
        <translation>Écrire un rapport en PDF, xlsx ou CSV (actualisations planifiées)</translation>
    </message>
    <message>
        <source>Import CSV/NDJSON/JSON files into a workspace</source>
        <translation>Importer des fichiers CSV/NDJSON/JSON dans un espace de travail</translation>
    </message>
    <message>
        <source>List imports and their provenance</source>
        <translation>Lister les imports et leur provenance</translation>
    </message>
    <message>
        <source>Remove one import&apos;s data</source>
        <translation>Supprimer les données d&apos;un import</translation>
    </message>
    <message>
        <source>Print a report view (usage, revenue, segments) as CSV or JSON</source>
        <translation>Afficher une vue de rapport (usage, revenus, segments) en CSV ou JSON</translation>
    </message>
    <message>
        <source>Render the dashboard offscreen to a PNG</source>
        <translation>Rendre le tableau de bord hors écran en PNG</translation>
    </message>
    <message>
        <source>UsageLens: offline customer-usage analytics. Without a command the dashboard opens on the last workspace or the demo; a file argument opens a workspace or the import wizard.</source>
        <translation>UsageLens : analyse hors ligne de l&apos;utilisation clients. Sans commande, le tableau de bord s&apos;ouvre sur le dernier espace de travail ou la démo ; un fichier en argument ouvre un espace de travail ou l&apos;assistant d&apos;import.</translation>
    </message>
    <message>
        <source>Interface language: system, %1 (before or after the command).</source>
        <translation>Langue de l&apos;interface : system, %1 (avant ou après la commande).</translation>
    </message>
    <message>
        <source>A command, listed below.</source>
        <translation>Une commande de la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Check a workspace for damage</source>
        <translation>Vérifier si un espace de travail est endommagé</translation>
    </message>
    <message>
        <source>Copy the readable data of a damaged workspace</source>
        <translation>Copier les données lisibles d’un espace de travail endommagé</translation>
    </message>
    <message>
        <source>Add or remove a calculated metric (metric add --ratio A/B)</source>
        <translation>Ajouter ou retirer une mesure calculée (metric add --ratio A/B)</translation>
    </message>
    <message>
        <source>Add, edit, remove or list notes on dates (chart markers)</source>
        <translation>Ajouter, modifier, supprimer ou lister des notes sur des dates (repères des graphiques)</translation>
    </message>
</context>
</TS>
