<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BillingText</name>
    <message>
        <source>Stripe invoice export</source>
        <translation>Exportación de facturas de Stripe</translation>
    </message>
    <message>
        <source>Chargebee invoice export</source>
        <translation>Exportación de facturas de Chargebee</translation>
    </message>
    <message>
        <source>Paddle transaction export</source>
        <translation>Exportación de transacciones de Paddle</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contada</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>uncollectible</source>
        <translation>incobrable</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>puntual</translation>
    </message>
    <message>
        <source>no service period</source>
        <translation>sin periodo de servicio</translation>
    </message>
    <message>
        <source>other status</source>
        <translation>otro estado</translation>
    </message>
    <message>
        <source>%1: %2 invoices</source>
        <translation>%1: %2 facturas</translation>
    </message>
    <message>
        <source>%1, none excluded</source>
        <translation>%1, ninguna excluida</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n excluded kind(s) (%2)</source>
        <translation>
            <numerusform>%1, %n tipo excluido (%2)</numerusform>
            <numerusform>%1, %n tipos excluidos (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Exported from UsageLens</source>
        <translation>Exportado desde UsageLens</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Guardar como PNG</translation>
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
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Copiar datos</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Guardar datos como CSV…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Guardar gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Guardar datos del gráfico como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded</source>
        <translation>No se puede escribir %1: no se pudo codificar la imagen</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>no se indicó ninguna carpeta de salida</translation>
    </message>
    <message>
        <source>cannot write into %1: it is not a folder</source>
        <translation>no se puede escribir en %1: no es una carpeta</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>no tab &apos;%1&apos; in dataset &apos;%2&apos; (%3)</source>
        <translation>no hay pestaña «%1» en el conjunto de datos «%2» (%3)</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n día por delante</numerusform>
            <numerusform>%n días por delante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead</source>
        <translation>
            <numerusform>%n semana por delante</numerusform>
            <numerusform>%n semanas por delante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) ahead</source>
        <translation>
            <numerusform>%n trimestre por delante</numerusform>
            <numerusform>%n trimestres por delante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ahead</source>
        <translation>
            <numerusform>%n año por delante</numerusform>
            <numerusform>%n años por delante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ahead</source>
        <translation>
            <numerusform>%n mes por delante</numerusform>
            <numerusform>%n meses por delante</numerusform>
        </translation>
    </message>
    <message>
        <source>partial: the value so far</source>
        <translation>parcial: el valor hasta ahora</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>banda del 95 %</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>banda del 80 %</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>%1 — forecast %2</source>
        <translation>%1 — pronóstico %2</translation>
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
hasta ahora: %1</translation>
    </message>
    <message>
        <source>No forecast: no whole period to learn from</source>
        <translation>Sin pronóstico: ningún periodo completo del que aprender</translation>
    </message>
    <message>
        <source>Naive forecast (the last value carried forward): fewer than 6 whole periods</source>
        <translation>Pronóstico ingenuo (el último valor prolongado): menos de 6 periodos completos</translation>
    </message>
    <message>
        <source>%1 chosen by AICc</source>
        <translation>%1 elegido por AICc</translation>
    </message>
    <message>
        <source>no season: fewer than two whole seasons</source>
        <translation>sin estacionalidad: menos de dos temporadas completas</translation>
    </message>
    <message>
        <source>no backtest yet: it needs more than 6 whole periods</source>
        <translation>aún sin backtest: hacen falta más de 6 periodos completos</translation>
    </message>
    <message numerus="yes">
        <source>last %n backtest(s), %1:</source>
        <translation>
            <numerusform>último %n backtest, %1:</numerusform>
            <numerusform>últimos %n backtests, %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>MAPE %1 (seasonal naive %2)</source>
        <translation>MAPE %1 (ingenuo estacional %2)</translation>
    </message>
    <message>
        <source>, 80% band held %1 of %2</source>
        <translation>, la banda del 80 % acertó %1 de %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&lt;h3&gt;How UsageLens counts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Days&lt;/b&gt; are calendar days in UTC; a timestamp with an offset is converted to UTC first. Weeks start on Monday. Periods are labelled 2022-10-17 (a day or a week&apos;s Monday), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Partial periods&lt;/b&gt;: a period the data or the range covers only in part is drawn lighter, says &quot;partial&quot; in its tooltip, and never drives a change, churn or growth figure; headline numbers use the last whole period and name it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change %&lt;/b&gt; is shown only where the previous period is whole and not close to zero (at least 5% of the median of the whole periods).&lt;/p&gt;&lt;p&gt;&lt;b&gt;New customers&lt;/b&gt;: created (or first seen) within the chosen number of days before the range ends. The customers already active in the data&apos;s first period are its opening base, not new, unless you ask for it (Revenue settings).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt;: an invoice is one month of recurring revenue in the UTC month it was paid (or spread over the billing period); movements are new, expansion, contraction, churned and reactivation, and they add up exactly to each month&apos;s MRR.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Customer ids&lt;/b&gt; are text exactly as written; ids that look spreadsheet-mangled (6.00E+07) are kept and reported at import.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drill-down&lt;/b&gt;: click a period of a time chart for the customers behind its change; the changes add up to the period&apos;s change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cómo cuenta UsageLens&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Los días&lt;/b&gt; son días de calendario en UTC; una marca de tiempo con desfase se convierte primero a UTC. Las semanas empiezan el lunes. Los periodos se rotulan 2022-10-17 (un día o el lunes de una semana), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Periodos parciales&lt;/b&gt;: un periodo que los datos o el rango cubren solo en parte se dibuja más claro, dice «parcial» en su descripción emergente y nunca determina una cifra de cambio, abandono o crecimiento; las cifras clave usan el último periodo completo y lo nombran.&lt;/p&gt;&lt;p&gt;&lt;b&gt;El cambio en %&lt;/b&gt; solo se muestra donde el periodo anterior está completo y no cerca de cero (al menos el 5 % de la mediana de los periodos completos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clientes nuevos&lt;/b&gt;: creados (o vistos por primera vez) dentro del número de días elegido antes del final del rango. Los clientes ya activos en el primer periodo de los datos son la base inicial, no nuevos, salvo que lo pida (ajustes de Ingresos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt;: una factura es un mes de ingreso recurrente en el mes UTC en que se pagó (o repartida en el periodo de facturación); los movimientos son nuevo, expansión, contracción, abandono y reactivación, y suman exactamente el MRR de cada mes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Los identificadores de cliente&lt;/b&gt; son texto tal como se escribieron; los que parecen dañados por una hoja de cálculo (6.00E+07) se conservan y se avisan al importar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Detalle&lt;/b&gt;: haga clic en un periodo de un gráfico temporal para ver los clientes detrás de su cambio; los cambios suman el cambio del periodo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>How UsageLens &amp;counts</source>
        <translation>Cómo &amp;cuenta UsageLens</translation>
    </message>
    <message>
        <source>How UsageLens counts</source>
        <translation>Cómo cuenta UsageLens</translation>
    </message>
    <message>
        <source>&amp;About UsageLens</source>
        <translation>&amp;Acerca de UsageLens</translation>
    </message>
    <message>
        <source>About UsageLens</source>
        <translation>Acerca de UsageLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Customer-usage analytics on your own machine: imports, dashboards, revenue, segments, reports. Offline; your data stays in the workspace file.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · MIT licence&lt;/p&gt;</source>
        <translation>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Análisis del uso de clientes en su propio equipo: importaciones, paneles, ingresos, segmentos, informes. Sin conexión; sus datos quedan en el archivo del espacio de trabajo.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · licencia MIT&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a directory</source>
        <translation>un directorio</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>una FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a file an export may replace</source>
        <translation>no se puede escribir %1: es %2, no un archivo que una exportación pueda reemplazar</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>no se puede escribir %1: el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>no se indicó ningún archivo de salida</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is read-only</source>
        <translation>no se puede escribir %1: la carpeta %2 es de solo lectura</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>w/c %1</source>
        <extracomment>A week on a chart&apos;s axis, by its first day (Monday): &quot;w/c 26 Oct 2026&quot; (week commencing).</extracomment>
        <translation>semana del %1</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>%1 — the last %2 periods (all in the xlsx)</source>
        <translation>%1 — los últimos %2 periodos (todos en el xlsx)</translation>
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
        <translation>No se pudo abrir un espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Bajas</translation>
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
MRR inicial: %2
Nuevo: +%3
Expansión: +%4
Reactivación: +%5
Contracción: −%6
Bajas: −%7
MRR final: %8</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Razón de medianas</translation>
    </message>
    <message>
        <source>%1: top 10% median %2, rest median %3 (%4×)</source>
        <translation>%1: mediana 10 % superior %2, mediana resto %3 (%4×)</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% de clientes</translation>
    </message>
    <message>
        <source>% of value</source>
        <translation>% del valor</translation>
    </message>
    <message>
        <source>%1: %2 customers (%3), value %4 (%5)</source>
        <translation>%1: %2 clientes (%3), valor %4 (%5)</translation>
    </message>
    <message>
        <source>Value (log scale)</source>
        <translation>Valor (escala log.)</translation>
    </message>
    <message>
        <source>%1 (%2)
frequency %3, value %4 — click to open</source>
        <translation>%1 (%2)
frecuencia %3, valor %4 — clic para abrir</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inercia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silueta</translation>
    </message>
    <message>
        <source>k (clusters)</source>
        <translation>k (clústeres)</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>k = %1: inertia %2, silhouette %3</source>
        <translation>k = %1: inercia %2, silueta %3</translation>
    </message>
    <message>
        <source>eps = %1</source>
        <translation>eps = %1</translation>
    </message>
    <message>
        <source>Customers, by distance (descending)</source>
        <translation>Clientes por distancia (descendente)</translation>
    </message>
    <message>
        <source>rank %1: %2</source>
        <translation>puesto %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1: %2 hasta ahora</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Descenso</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n customer(s)</source>
        <translation>
            <numerusform>%1 – %2: %n cliente</numerusform>
            <numerusform>%1 – %2: %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3 (%4 of total) — click to open</source>
        <translation>#%1 %2: %3 (%4 del total) — clic para abrir</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>noun: sum of values</comment>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Bringing %n tab(s) up to date…</source>
        <translation>
            <numerusform>Actualizando %n pestaña…</numerusform>
            <numerusform>Actualizando %n pestañas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>partial: no data in this period</source>
        <translation>parcial: sin datos en este período</translation>
    </message>
    <message>
        <source>partial: %1–%2</source>
        <translation>parcial: %1–%2</translation>
    </message>
    <message>
        <source>median ratio (×)</source>
        <translation>razón de medianas (×)</translation>
    </message>
    <message>
        <source>#%1 %2: %3 — click to open</source>
        <translation>#%1 %2: %3 — clic para abrir</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 de %2)</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivados</translation>
    </message>
    <message>
        <source>%1: %2 active
new %3 · reactivated %4 · churned %5</source>
        <translation>%1: %2 activos
nuevos %3 · reactivados %4 · perdidos %5</translation>
    </message>
    <message>
        <source>
%1 already active when the data begins (not counted as new)</source>
        <translation>
%1 ya activos al comenzar los datos (no contados como nuevos)</translation>
    </message>
    <message>
        <source>
Opening MRR: %1 (paying when the data begins; not counted as new)</source>
        <translation>
MRR inicial: %1 (pagando al comenzar los datos; no contado como nuevo)</translation>
    </message>
    <message>
        <source>Ranks 1–%1: %2 of the total</source>
        <translation>Puestos 1–%1: %2 del total</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>No customers in this selection</source>
        <translation>Ningún cliente en esta selección</translation>
    </message>
    <message>
        <source>%1 customers · mean %2 · std %3 · median %4 · p90 %5 · p99 %6 · outliers: %7 low, %8 high</source>
        <translation>%1 clientes · media %2 · desv. est. %3 · mediana %4 · p90 %5 · p99 %6 · atípicos: %7 bajos, %8 altos</translation>
    </message>
    <message>
        <source>Distance to neighbour %1 (std. units)</source>
        <translation>Distancia al vecino %1 (unidades estándar)</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Proporción acumulada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Starting MRR</source>
        <translation>MRR inicial</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Ending MRR</source>
        <translation>MRR final</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivados</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Pérdida de clientes</translation>
    </message>
    <message>
        <source>Revenue churn</source>
        <translation>Pérdida de ingresos</translation>
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
        <translation>NRR (12 meses)</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR (12 meses)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Logo churn (3 months)</source>
        <translation>Pérdida de clientes (3 meses)</translation>
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
        <translation>Recuperación (meses)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>MRR nuevo + expansión</translation>
    </message>
    <message>
        <source>Growth pays</source>
        <translation>El crecimiento se paga</translation>
    </message>
    <message>
        <source>Months since start</source>
        <translation>Meses desde el inicio</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Retención de clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Retención de ingresos</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Mediana 10 % superior</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Mediana del resto</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Razón de medianas</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Media 10 % superior</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Media del resto</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Razón de medias</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Customers (share)</source>
        <translation>Clientes (proporción)</translation>
    </message>
    <message>
        <source>Value (share)</source>
        <translation>Valor (proporción)</translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation>Recencia media (días)</translation>
    </message>
    <message>
        <source>Mean frequency</source>
        <translation>Frecuencia media</translation>
    </message>
    <message>
        <source>Mean value</source>
        <translation>Valor medio</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Recencia (días)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
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
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inercia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silueta</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Año actual</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparado</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va del año</translation>
    </message>
    <message>
        <source>Compared months</source>
        <translation>Meses comparados</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Mismos meses el año pasado</translation>
    </message>
    <message>
        <source>Value retention</source>
        <translation>Retención del valor</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Período parcial</translation>
    </message>
    <message>
        <source>Previous month&apos;s MRR</source>
        <translation>MRR del mes anterior</translation>
    </message>
    <message>
        <source>MRR growth</source>
        <translation>Crecimiento del MRR</translation>
    </message>
    <message>
        <source>Opening MRR</source>
        <translation>MRR inicial</translation>
    </message>
    <message>
        <source>Share of the change</source>
        <translation>Parte del cambio</translation>
    </message>
    <message>
        <source>Compared period</source>
        <translation>Período comparado</translation>
    </message>
    <message>
        <source>Compared value</source>
        <translation>Valor comparado</translation>
    </message>
    <message>
        <source>Compared period partial</source>
        <translation>Período comparado parcial</translation>
    </message>
    <message>
        <source>Previous rank</source>
        <translation>Puesto anterior</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>Cambio de puesto</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Previous span covered</source>
        <translation>Periodo anterior cubierto</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>80% band from</source>
        <translation>banda 80 % desde</translation>
    </message>
    <message>
        <source>80% band to</source>
        <translation>banda 80 % hasta</translation>
    </message>
    <message>
        <source>95% band from</source>
        <translation>banda 95 % desde</translation>
    </message>
    <message>
        <source>95% band to</source>
        <translation>banda 95 % hasta</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Periods ahead</source>
        <translation>Periodos por delante</translation>
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
        <translation>Dentro de la banda del 80 %</translation>
    </message>
    <message>
        <source>Inside 95% band</source>
        <translation>Dentro de la banda del 95 %</translation>
    </message>
    <message>
        <source>Backtests</source>
        <translation>Backtests</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Value at risk (30 days)</source>
        <translation>Valor en riesgo (30 días)</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Señales más fuertes</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Precision in top 10%</source>
        <translation>Precisión en el 10 % superior</translation>
    </message>
    <message>
        <source>Recall in top 10%</source>
        <translation>Exhaustividad en el 10 % superior</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Tasa base</translation>
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
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>Informe de uso</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continuación)</translation>
    </message>
    <message>
        <source> — tables</source>
        <translation> — tablas</translation>
    </message>
    <message>
        <source> — tables (continued)</source>
        <translation> — tablas (continuación)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>UsageLens report — %1</source>
        <translation>Informe de UsageLens — %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Revenue report</source>
        <translation>Informe de ingresos</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the tables pages</source>
        <translation>
            <numerusform>+%n más en las páginas de tablas</numerusform>
            <numerusform>+%n más en las páginas de tablas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message numerus="yes">
        <source>+%n more in the workbook</source>
        <translation>
            <numerusform>+%n más en el libro</numerusform>
            <numerusform>+%n más en el libro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>ReportViews</name>
    <message>
        <source>Total per period</source>
        <translation>Total por periodo</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Change per period</source>
        <translation>Cambio por periodo</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Principales clientes</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Principales clientes nuevos</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Revenue key figures</source>
        <translation>Cifras clave de ingresos</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Movimientos del MRR</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Clientes de pago</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Economía unitaria</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Perfil de los clientes clave</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>k-means: choosing k</source>
        <translation>k-means: elección de k</translation>
    </message>
    <message>
        <source>DBSCAN: k-distance</source>
        <translation>DBSCAN: distancia k</translation>
    </message>
    <message>
        <source>RFM scores per customer</source>
        <translation>Puntuaciones RFM por cliente</translation>
    </message>
    <message>
        <source>Cluster per customer</source>
        <translation>Clúster por cliente</translation>
    </message>
    <message>
        <source>Customers by health</source>
        <translation>Clientes por salud</translation>
    </message>
    <message>
        <source>Health per customer</source>
        <translation>Salud por cliente</translation>
    </message>
    <message>
        <source>Every metric per period</source>
        <translation>Cada métrica por periodo</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <source>Year over year by month</source>
        <translation>Año contra año por mes</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va del año</translation>
    </message>
    <message>
        <source>Customers by share of the total</source>
        <translation>Clientes por proporción del total</translation>
    </message>
    <message>
        <source>Customers behind a period&apos;s change</source>
        <translation>Clientes detrás del cambio de un periodo</translation>
    </message>
    <message>
        <source>Ranking with changes</source>
        <translation>Clasificación con cambios</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>Forecast track record</source>
        <translation>Historial de acierto del pronóstico</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>Pronóstico de MRR</translation>
    </message>
    <message>
        <source>MRR forecast track record</source>
        <translation>Historial de acierto del pronóstico de MRR</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Churn risk track record</source>
        <translation>Historial de acierto del riesgo de abandono</translation>
    </message>
    <message>
        <source>Invoices left out of MRR</source>
        <translation>Facturas excluidas del MRR</translation>
    </message>
    <message>
        <source>Distribution of the totals</source>
        <translation>Distribución de los totales</translation>
    </message>
    <message>
        <source>Customers by period (pivot)</source>
        <translation>Clientes por periodo (tabla dinámica)</translation>
    </message>
    <message>
        <source>Registrations per period</source>
        <translation>Registros por periodo</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>rule %1: the segment name is empty</source>
        <translation>regla %1: el nombre del segmento está vacío</translation>
    </message>
    <message>
        <source>rule %1 (%2): the %3 range %4-%5 is invalid (1 &lt;= min &lt;= max &lt;= 5)</source>
        <translation>regla %1 (%2): el rango %3 %4-%5 no es válido (1 &lt;= mín &lt;= máx &lt;= 5)</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message numerus="yes">
        <source>+%n more in the PDF and the workbook</source>
        <translation>
            <numerusform>+%n más en el PDF y en el libro</numerusform>
            <numerusform>+%n más en el PDF y en el libro</numerusform>
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
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>top %1</source>
        <comment>ranking: the N largest customers</comment>
        <translation>top %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>anual</translation>
    </message>
    <message>
        <source>rows where %1</source>
        <translation>filas donde %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>the table &apos;%1&apos; has %2 rows, more than a worksheet holds (%3); export it as CSV or choose a shorter range or coarser granularity</source>
        <translation>la tabla «%1» tiene %2 filas, más de las que caben en una hoja (%3); expórtela como CSV o elija un periodo más corto o una granularidad más gruesa</translation>
    </message>
    <message>
        <source>cannot write %1: out of memory</source>
        <translation>no se puede escribir %1: memoria insuficiente</translation>
    </message>
</context>
<context>
    <name>ul::ActivityPage</name>
    <message>
        <source>Customers by activity</source>
        <translation>Clientes por actividad</translation>
    </message>
    <message>
        <source>Cohorts by first active month</source>
        <translation>Cohortes por primer mes activo</translation>
    </message>
    <message>
        <source>Customers still active</source>
        <translation>Clientes aún activos</translation>
    </message>
    <message>
        <source>Usage kept</source>
        <translation>Uso mantenido</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>No hay datos para esta selección</translation>
    </message>
    <message>
        <source>Active = at least one value in the month. Each row: the customers whose first active month it is. Click a cell for its customers.</source>
        <translation>Activo = al menos un valor en el mes. Cada fila: los clientes cuyo primer mes activo es ese. Haga clic en una celda para ver sus clientes.</translation>
    </message>
</context>
<context>
    <name>ul::CalculatedMetricDialog</name>
    <message>
        <source>New calculated metric</source>
        <translation>Nueva métrica calculada</translation>
    </message>
    <message>
        <source>A ratio of two metrics of %1, summed first: in every period and for every customer, the sum of the first over the sum of the second.</source>
        <translation>Un cociente de dos métricas de %1, sumadas primero: en cada periodo y para cada cliente, la suma de la primera entre la suma de la segunda.</translation>
    </message>
    <message>
        <source>Numerator (summed)</source>
        <translation>Numerador (sumado)</translation>
    </message>
    <message>
        <source>Denominator (summed)</source>
        <translation>Denominador (sumado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Añadir métrica</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 por %2</translation>
    </message>
</context>
<context>
    <name>ul::ChangeBar</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Keep the numbers on screen</source>
        <translation>Mantener las cifras en pantalla</translation>
    </message>
    <message>
        <source>new data in &apos;%1&apos;</source>
        <translation>datos nuevos en «%1»</translation>
    </message>
    <message>
        <source>import #%1 undone</source>
        <translation>importación n.º %1 deshecha</translation>
    </message>
    <message>
        <source>Another session changed this workspace: %1.</source>
        <translation>Otra sesión cambió este espacio de trabajo: %1.</translation>
    </message>
</context>
<context>
    <name>ul::CohortModel</name>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers: %4 of %5 (%6)
Revenue: %7 of %8 %9 (%10)</source>
        <translation>Cohorte %1, mes %2 (%3)
Clientes: %4 de %5 (%6)
Ingresos: %7 de %8 %9 (%10)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
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
            <numerusform>%n mes desde el primer pago de la cohorte</numerusform>
            <numerusform>%n meses desde el primer pago de la cohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers whose first payment was in %1</source>
        <translation>Clientes cuyo primer pago fue en %1</translation>
    </message>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers active: %4 of %5 (%6)
%7: %8 (%9 of the first month)</source>
        <translation>Cohorte %1, mes %2 (%3)
Clientes activos: %4 de %5 (%6)
%7: %8 (%9 del primer mes)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the cohort&apos;s first active month</source>
        <translation>
            <numerusform>%n mes desde el primer mes activo de la cohorte</numerusform>
            <numerusform>%n meses desde el primer mes activo de la cohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers first active in %1</source>
        <translation>Clientes activos por primera vez en %1</translation>
    </message>
</context>
<context>
    <name>ul::ContributorsDialog</name>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Customers behind %1</source>
        <translation>Clientes detrás de %1</translation>
    </message>
    <message>
        <source>Who changed %1 in %2?</source>
        <translation>¿Quién cambió %1 en %2?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No customer has a value in %1 or %2.</source>
        <translation>Ningún cliente tiene valor en %1 ni en %2.</translation>
    </message>
    <message>
        <source>%1 against %2: %3 (was %4), change %5</source>
        <translation>%1 frente a %2: %3 (antes %4), cambio %5</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the drop.</source>
        <translation>El mayor: %1 %2, %3 de la caída.</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the rise.</source>
        <translation>El mayor: %1 %2, %3 del aumento.</translation>
    </message>
    <message>
        <source>Unique counts and ratios do not add up over customers, so there are no shares.</source>
        <translation>Los recuentos únicos y los cocientes no se suman entre clientes, así que no hay partes.</translation>
    </message>
    <message>
        <source>%1 is partial: the data ends on %2, so the change compares unequal spans.</source>
        <translation>%1 es parcial: los datos terminan el %2, así que el cambio compara lapsos desiguales.</translation>
    </message>
    <message>
        <source>%1 is partial: the data starts on %2, so the change compares unequal spans.</source>
        <translation>%1 es parcial: los datos empiezan el %2, así que el cambio compara lapsos desiguales.</translation>
    </message>
    <message>
        <source>Who of the %3 cohort changed %1 in %2?</source>
        <translation>¿Quién de la cohorte %3 cambió %1 en %2?</translation>
    </message>
</context>
<context>
    <name>ul::CustomerView</name>
    <message>
        <source>%1 over time</source>
        <translation>%1 en el tiempo</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1 year to date</source>
        <translation>%1 en lo que va de año</translation>
    </message>
    <message>
        <source>%1
YoY %2</source>
        <translation>%1
interanual %2</translation>
    </message>
    <message>
        <source>(all customers)</source>
        <translation>(todos los clientes)</translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation>(sin atributos)</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>No hay datos para esta selección</translation>
    </message>
    <message>
        <source>Needs at least two months with data</source>
        <translation>Se necesitan al menos dos meses con datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No usage in this range:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Sin uso en este intervalo:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (no data then)</source>
        <translation> (sin datos)</translation>
    </message>
    <message>
        <source> (this year&apos;s same months: %1)</source>
        <translation> (mismos meses este año: %1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 year to date: %3&lt;br&gt;%4 same span: %5%6&lt;br&gt;YoY change: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 en lo que va de año: %3&lt;br&gt;%4 mismo periodo: %5&lt;br&gt;Variación interanual: %6&lt;/p&gt; {1&lt;?} {2 ?} {3&lt;?} {4 ?} {5%6&lt;?} {7&lt;?}</translation>
    </message>
    <message>
        <source>Month-over-month change</source>
        <translation>Cambio mensual</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Interanual</translation>
    </message>
</context>
<context>
    <name>ul::DashboardTab</name>
    <message>
        <source>Tables…</source>
        <translation>Tablas…</translation>
    </message>
    <message>
        <source>Every view of this tab as a table, as the exports write it</source>
        <translation>Cada vista de esta pestaña como tabla, como la escriben las exportaciones</translation>
    </message>
</context>
<context>
    <name>ul::DrillPath</name>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Back to the filters before the first click (Backspace steps back one)</source>
        <translation>Volver a los filtros anteriores al primer clic (Retroceso vuelve un paso)</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Customer %1  ×</source>
        <translation>Cliente %1  ×</translation>
    </message>
    <message>
        <source>Every chart shows this customer only; click to show all customers again</source>
        <translation>Todos los gráficos muestran solo este cliente; haga clic para ver de nuevo todos los clientes</translation>
    </message>
    <message>
        <source>Remove the customer filter %1</source>
        <translation>Quitar el filtro de cliente %1</translation>
    </message>
</context>
<context>
    <name>ul::FilterBar</name>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mes en curso</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Trimestre en curso</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Año en curso</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Presets end on the dataset&apos;s last day with data, not on today.</source>
        <translation>Los preajustes terminan en el último día con datos, no hoy.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Primer día (incluido)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Último día (incluido)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Type to search a customer id</source>
        <translation>Escriba un ID de cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A customer is new when created within this many days before the range end</source>
        <translation>Un cliente es nuevo si se creó en estos días antes del fin del intervalo</translation>
    </message>
    <message>
        <source>New within</source>
        <translation>Nuevo en</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
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
        <translation>Clientes</translation>
    </message>
    <message>
        <source>% cust.</source>
        <translation>% clientes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>% value</source>
        <translation>% valor</translation>
    </message>
    <message>
        <source>Avg R (d)</source>
        <translation>R prom. (d)</translation>
    </message>
    <message>
        <source>Avg F</source>
        <translation>F prom.</translation>
    </message>
    <message>
        <source>Avg M</source>
        <translation>M prom.</translation>
    </message>
    <message>
        <source>Mean recency in days, frequency and monetary value of the group</source>
        <translation>Recencia media en días, frecuencia y valor monetario del grupo</translation>
    </message>
</context>
<context>
    <name>ul::HealthTab</name>
    <message>
        <source>At risk when down at least this much, expanding when up at least this much</source>
        <translation>En riesgo si baja al menos esto, en expansión si sube al menos esto</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>En expansión</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estables</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;At risk&lt;/b&gt; — down at least %1 (%n customer(s)); double-click to open</source>
        <translation>
            <numerusform>&lt;b&gt;En riesgo&lt;/b&gt; — baja de al menos %1 (%n cliente); doble clic para abrir</numerusform>
            <numerusform>&lt;b&gt;En riesgo&lt;/b&gt; — baja de al menos %1 (%n clientes); doble clic para abrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Expanding&lt;/b&gt; — up at least %1 (%n customer(s))</source>
        <translation>
            <numerusform>&lt;b&gt;En expansión&lt;/b&gt; — sube al menos %1 (%n cliente)</numerusform>
            <numerusform>&lt;b&gt;En expansión&lt;/b&gt; — sube al menos %1 (%n clientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Última %n semana</numerusform>
            <numerusform>Últimas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n quarter(s)</source>
        <translation>
            <numerusform>Último %n trimestre</numerusform>
            <numerusform>Últimos %n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n year(s)</source>
        <translation>
            <numerusform>Último %n año</numerusform>
            <numerusform>Últimos %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Último %n mes</numerusform>
            <numerusform>Últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>The last N whole periods are compared with the N before</source>
        <translation>Los últimos N periodos completos se comparan con los N anteriores</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>Health keeps its own periods: the filter bar&apos;s granularity does not change it</source>
        <translation>Salud mantiene sus propios periodos: la granularidad de la barra de filtros no la cambia</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Últimos</translation>
    </message>
    <message numerus="yes">
        <source>%1 vs the %n before · current: %2 – %3 · previous: %4 – %5</source>
        <translation>
            <numerusform>%1 frente al %n anterior · actual: %2 – %3 · anterior: %4 – %5</numerusform>
            <numerusform>%1 frente a los %n anteriores · actual: %2 – %3 · anterior: %4 – %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with activity in the last %1 whole periods · %2 ms</source>
        <translation>
            <numerusform>%n cliente con actividad en los últimos %1 periodos completos · %2 ms</numerusform>
            <numerusform>%n clientes con actividad en los últimos %1 periodos completos · %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Señales más fuertes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Churn risk&lt;/b&gt; — no activity in the next %n day(s), as of %1</source>
        <translation>
            <numerusform>&lt;b&gt;Riesgo de abandono&lt;/b&gt; — sin actividad en el próximo %n día, al %1</numerusform>
            <numerusform>&lt;b&gt;Riesgo de abandono&lt;/b&gt; — sin actividad en los próximos %n días, al %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Churn risk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Riesgo de abandono&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Track record: no customer was active in the 90 days before %1, nothing to check yet</source>
        <translation>Historial: ningún cliente estuvo activo en los 90 días antes del %1, aún nada que comprobar</translation>
    </message>
    <message numerus="yes">
        <source>Track record: scored as of %1, %n customer(s), and none churned in the window after: nothing to rank</source>
        <translation>
            <numerusform>Historial: evaluado al %1, %n cliente, y ninguno abandonó en la ventana siguiente: nada que ordenar</numerusform>
            <numerusform>Historial: evaluado al %1, %n clientes, y ninguno abandonó en la ventana siguiente: nada que ordenar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Track record, scored as of %1 (%n customer(s)): AUC %2 · of the riskiest 10%, %3 churned (base rate %4), %5 of all who churned</source>
        <translation>
            <numerusform>Historial, evaluado al %1 (%n cliente): AUC %2 · del 10 % de mayor riesgo, abandonó el %3 (tasa base %4), el %5 de todos los que abandonaron</numerusform>
            <numerusform>Historial, evaluado al %1 (%n clientes): AUC %2 · del 10 % de mayor riesgo, abandonó el %3 (tasa base %4), el %5 de todos los que abandonaron</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · at risk when down at least %3</source>
        <translation>%1 · %2 · en riesgo si baja al menos un %3</translation>
    </message>
    <message>
        <source>No customer at risk</source>
        <translation>Ningún cliente en riesgo</translation>
    </message>
    <message numerus="yes">
        <source>Customers at risk, largest accounts first (%n in all)</source>
        <translation>
            <numerusform>Clientes en riesgo, los mayores primero (%n en total)</numerusform>
            <numerusform>Clientes en riesgo, los mayores primero (%n en total)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::HealthTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doble clic para abrir %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>ul::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Elegir archivos</translation>
    </message>
    <message>
        <source>CSV or NDJSON exports with one row per customer and day. Several files of the same layout are imported together into one dataset.</source>
        <translation>Exportaciones CSV o NDJSON con una fila por cliente y día. Varios archivos con la misma estructura se importan juntos en un conjunto de datos.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Usage data (*.csv *.tsv *.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Datos de uso (*.csv *.tsv *.ndjson *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>From database…</source>
        <translation>Desde una base de datos…</translation>
    </message>
    <message>
        <source>Import the rows of a query on a PostgreSQL-protocol server</source>
        <translation>Importar las filas de una consulta en un servidor con protocolo PostgreSQL</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1: %2</source>
        <translation>
            <numerusform>%n fila de %1: %2</numerusform>
            <numerusform>%n filas de %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::ImportMappingPage</name>
    <message>
        <source>Customer id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Metric (summed)</source>
        <translation>Métrica (sumada)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Revisar las columnas</translation>
    </message>
    <message>
        <source>Dataset name:</source>
        <translation>Nombre del conjunto:</translation>
    </message>
    <message>
        <source>Problems in the preview:</source>
        <translation>Problemas en la vista previa:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>No hay problemas en la primera fila.</numerusform>
            <numerusform>No hay problemas en las primeras %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>a customer id</source>
        <translation>un ID de cliente</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message numerus="yes">
        <source>%1 format, %n column(s).</source>
        <translation>
            <numerusform>Formato %1, %n columna.</numerusform>
            <numerusform>Formato %1, %n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Elija %1.</translation>
    </message>
    <message>
        <source>The layout and roles were detected from the data; change any that are wrong. Nothing is written yet.</source>
        <translation>La estructura y los roles se detectaron a partir de los datos; cambie lo que sea incorrecto. Aún no se escribe nada.</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Leyendo la vista previa…</translation>
    </message>
    <message>
        <source>Date form</source>
        <translation>Forma de fecha</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>No value decides the order of day and month; check it.</source>
        <translation>Ningún valor decide el orden de día y mes; compruébelo.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>the date form of &apos;%1&apos;</source>
        <translation>la forma de fecha de «%1»</translation>
    </message>
    <message>
        <source>Unique count (distinct values)</source>
        <translation>Recuento único (valores distintos)</translation>
    </message>
    <message>
        <source>Filter and break down (per row)</source>
        <translation>Filtrar y desglosar (por fila)</translation>
    </message>
    <message>
        <source>optional, e.g. revenue = Qty * &quot;Unit Price&quot;; hours = seconds / 3600</source>
        <translation>opcional, p. ej. ingresos = Cant * &quot;Precio unitario&quot;; horas = segundos / 3600</translation>
    </message>
    <message>
        <source>Metrics computed from each row: + - * / and parentheses over numeric columns (names with spaces in quotes). Separate several with &apos;;&apos;.</source>
        <translation>Métricas calculadas de cada fila: + - * / y paréntesis sobre columnas numéricas (nombres con espacios entre comillas). Separe varias con «;».</translation>
    </message>
    <message>
        <source>Computed metrics:</source>
        <translation>Métricas calculadas:</translation>
    </message>
    <message>
        <source>Computed metrics: %1</source>
        <translation>Métricas calculadas: %1</translation>
    </message>
    <message>
        <source>Currencies: %1 (revenue is shown per currency, never summed)</source>
        <translation>Monedas: %1 (los ingresos se muestran por moneda, nunca sumados)</translation>
    </message>
</context>
<context>
    <name>ul::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>All files are imported in one transaction: cancelling leaves the workspace unchanged.</source>
        <translation>Todos los archivos se importan en una transacción: cancelar deja el espacio de trabajo sin cambios.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 rows · %2 of %3 · %4 MB/s</source>
        <translation>%1 filas · %2 de %3 · %4 MB/s</translation>
    </message>
    <message>
        <source>Imported %1 rows into dataset &apos;%2&apos;%3.</source>
        <translation>Se importaron %1 filas en el conjunto «%2»%3.</translation>
    </message>
    <message>
        <source> (%1 rows skipped)</source>
        <translation> (%1 filas omitidas)</translation>
    </message>
    <message>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Importación cancelada. El espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>Import failed; the workspace is unchanged.
%1</source>
        <translation>La importación falló; el espacio de trabajo no ha cambiado.
%1</translation>
    </message>
    <message>
        <source>Waiting for another import into this workspace to finish…</source>
        <translation>Esperando a que termine otra importación en este espacio de trabajo…</translation>
    </message>
</context>
<context>
    <name>ul::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message numerus="yes">
        <source>This content was already imported on %1 from %2 into the dataset &apos;%3&apos; (import #%4, %n row(s)).</source>
        <translation>
            <numerusform>Este contenido ya se importó el %1 desde %2 al conjunto de datos &apos;%3&apos; (importación n.º %4, %n fila).</numerusform>
            <numerusform>Este contenido ya se importó el %1 desde %2 al conjunto de datos &apos;%3&apos; (importación n.º %4, %n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace swaps the earlier import for this file; a new dataset keeps both.</source>
        <translation>Reemplazar cambia la importación anterior por este archivo; un conjunto de datos nuevo conserva ambos.</translation>
    </message>
    <message>
        <source>Replace import #%1</source>
        <translation>Reemplazar la importación n.º %1</translation>
    </message>
    <message>
        <source>Import as a new dataset</source>
        <translation>Importar como conjunto de datos nuevo</translation>
    </message>
</context>
<context>
    <name>ul::ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n.º</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Importado el (UTC)</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Deshacer importación…</translation>
    </message>
    <message>
        <source>Remove this import&apos;s rows; the workspace is as before the import</source>
        <translation>Quitar las filas de esta importación; el espacio de trabajo queda como antes de ella</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in this workspace.</source>
        <translation>
            <numerusform>%n importación en este espacio de trabajo.</numerusform>
            <numerusform>%n importaciones en este espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message numerus="yes">
        <source>Remove import #%1 (%2, %n row(s)) from the dataset &apos;%3&apos;?</source>
        <translation>
            <numerusform>¿Quitar la importación n.º %1 (%2, %n fila) del conjunto de datos &apos;%3&apos;?</numerusform>
            <numerusform>¿Quitar la importación n.º %1 (%2, %n filas) del conjunto de datos &apos;%3&apos;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing import #%1…</source>
        <translation>Quitando la importación n.º %1…</translation>
    </message>
    <message>
        <source>Import undone.</source>
        <translation>Importación deshecha.</translation>
    </message>
</context>
<context>
    <name>ul::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Datos demo</translation>
    </message>
    <message>
        <source>Synthetic demo workspace. Import your own files with File › Import files…</source>
        <translation>Espacio de trabajo de demostración sintético. Importe sus archivos con Archivo › Importar archivos…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Exportar &amp;libro…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Pestaña anterior</translation>
    </message>
    <message>
        <source>All customers view</source>
        <translation>Vista de todos los clientes</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <source>Presentation, one chart per slide</source>
        <translation>Presentación, un gráfico por diapositiva</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; has no metrics (it holds customer attributes only).
Its attributes appear in the customer views.</source>
        <translation>El conjunto «%1» no tiene métricas (solo atributos de clientes).
Sus atributos aparecen en las vistas de cliente.</translation>
    </message>
    <message>
        <source>No metrics</source>
        <translation>Sin métricas</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>Espacios de trabajo de UsageLens (*.usagelens)</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens);;All files (*)</source>
        <translation>Espacios de trabajo de UsageLens (*.usagelens);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 — UsageLens</source>
        <translation>%1 — UsageLens</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Se escribió %1 (%n página)</numerusform>
            <numerusform>Se escribió %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language: follow the system locale</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used after UsageLens is restarted.</source>
        <translation>El nuevo idioma se usará al reiniciar UsageLens.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New &amp;calculated metric…</source>
        <translation>Nueva métrica &amp;calculada…</translation>
    </message>
    <message>
        <source>New calculated metric</source>
        <translation>Nueva métrica calculada</translation>
    </message>
    <message>
        <source>The current dataset has no metrics.</source>
        <translation>El conjunto de datos actual no tiene métricas.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 añadida</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <source>Saved &amp;views…</source>
        <translation>&amp;Vistas guardadas…</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>The saved view &apos;%1&apos; shows the dataset &apos;%2&apos;, which the workspace no longer has</source>
        <translation>La vista guardada &apos;%1&apos; muestra el conjunto de datos &apos;%2&apos;, que el espacio de trabajo ya no tiene</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of this view (dataset, tab, range, filters, ranking):</source>
        <translation>Nombre de esta vista (conjunto de datos, pestaña, rango, filtros, ranking):</translation>
    </message>
    <message>
        <source>Replace the saved view &apos;%1&apos;?</source>
        <translation>¿Reemplazar la vista guardada &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos; in the workspace</source>
        <translation>Vista &apos;%1&apos; guardada en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Im&amp;ports…</source>
        <translation>Im&amp;portaciones…</translation>
    </message>
    <message>
        <source>&amp;Notes on dates…</source>
        <translation>&amp;Notas en fechas…</translation>
    </message>
    <message>
        <source>The notes on dates cannot be read: %1</source>
        <translation>No se pueden leer las notas en fechas: %1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Conectar a un &amp;servidor…</translation>
    </message>
    <message>
        <source>Changes by other sessions will not be announced: %1</source>
        <translation>No se avisará de los cambios de otras sesiones: %1</translation>
    </message>
    <message>
        <source>&amp;Back (undo the last chart click)</source>
        <translation>&amp;Atrás (deshacer el último clic en un gráfico)</translation>
    </message>
</context>
<context>
    <name>ul::MetricTab</name>
    <message>
        <source>Total in range</source>
        <translation>Total del intervalo</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>Cambio vs. periodo anterior</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Average per active customer</source>
        <translation>Media por cliente activo</translation>
    </message>
    <message>
        <source>Top 10% share</source>
        <translation>Cuota del 10 % superior</translation>
    </message>
    <message>
        <source>Total per period</source>
        <translation>Total por periodo</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Change per period (%)</source>
        <translation>Cambio por periodo (%)</translation>
    </message>
    <message>
        <source>Customers by total (log scale bins)</source>
        <translation>Clientes por total (intervalos log.)</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Principales clientes</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Principales clientes nuevos</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>No hay datos para esta selección</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>anterior: %1</translation>
    </message>
    <message>
        <source>no usage in the previous period</source>
        <translation>sin uso en el periodo anterior</translation>
    </message>
    <message numerus="yes">
        <source>created in the last %n day(s)</source>
        <translation>
            <numerusform>creados en el último día</numerusform>
            <numerusform>creados en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>top customer: %1</source>
        <translation>cliente principal: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Needs at least two periods with data — widen the range or pick a finer granularity</source>
        <translation>Se necesitan al menos dos periodos con datos: amplíe el intervalo o elija una granularidad más fina</translation>
    </message>
    <message>
        <source>No new customers in this selection</source>
        <translation>No hay clientes nuevos en esta selección</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 to %3 · %n period(s) · %4 ms</source>
        <translation>
            <numerusform>%1 · %2 a %3 · %n periodo · %4 ms</numerusform>
            <numerusform>%1 · %2 a %3 · %n periodos · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Customers &amp;&amp; cohorts</source>
        <translation>Clientes &amp;&amp; cohortes</translation>
    </message>
    <message>
        <source>New, reactivated and churned customers by activity, and cohorts by first active month</source>
        <translation>Clientes nuevos, reactivados y perdidos por actividad, y cohortes por primer mes activo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>The top customers as a table: share, cumulative share, change and rank move against the span before, trend</source>
        <translation>Los principales clientes como tabla: cuota, cuota acumulada, cambio y movimiento de puesto frente al periodo anterior, tendencia</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>Drawn over the total-per-period chart: the periods right before, the same periods a year earlier, or another metric on its own axis</source>
        <translation>Se dibuja sobre el gráfico del total por periodo: los periodos justo anteriores, los mismos periodos un año antes u otra métrica en su propio eje</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Previous periods</source>
        <translation>Periodos anteriores</translation>
    </message>
    <message>
        <source>Same periods last year</source>
        <translation>Mismos periodos del año anterior</translation>
    </message>
    <message>
        <source>days of the range</source>
        <translation>días del rango</translation>
    </message>
    <message>
        <source>weeks of the range</source>
        <translation>semanas del rango</translation>
    </message>
    <message>
        <source>months of the range</source>
        <translation>meses del rango</translation>
    </message>
    <message>
        <source>quarters of the range</source>
        <translation>trimestres del rango</translation>
    </message>
    <message>
        <source>years of the range</source>
        <translation>años del rango</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>the data starts inside the previous period</source>
        <translation>los datos empiezan dentro del periodo anterior</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>Draws the forecast with its 80% and 95% bands on the total-per-period chart, and how accurate the same method was on the last periods</source>
        <translation>Dibuja el pronóstico con sus bandas del 80 % y 95 % en el gráfico del total por periodo, y lo preciso que fue el mismo método en los últimos periodos</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Pronóstico: %1</translation>
    </message>
    <message>
        <source>Total per period and forecast</source>
        <translation>Total por periodo y pronóstico</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Tabla dinámica</translation>
    </message>
    <message>
        <source>Customers by period: the metric of every top customer in every period of the range, with totals</source>
        <translation>Clientes por periodo: la métrica de cada cliente principal en cada periodo del rango, con totales</translation>
    </message>
</context>
<context>
    <name>ul::NotesDialog</name>
    <message>
        <source>Notes on dates — %1</source>
        <translation>Notas en fechas — %1</translation>
    </message>
    <message>
        <source>A note marks its date on every time chart of this dataset, in slides and in the PDF. Double-click a note to change it.</source>
        <translation>Una nota marca su fecha en cada gráfico temporal de este conjunto de datos, en las diapositivas y en el PDF. Haga doble clic en una nota para cambiarla.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What happened (pricing change, outage, launch…)</source>
        <translation>Qué pasó (cambio de precios, caída, lanzamiento…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Notes on dates</source>
        <translation>Notas en fechas</translation>
    </message>
</context>
<context>
    <name>ul::PivotPage</name>
    <message>
        <source>Click a column header to sort by it; Ctrl+C copies the table as tab-separated text</source>
        <translation>Haga clic en un encabezado de columna para ordenar; Ctrl+C copia la tabla como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Copiar como TSV</translation>
    </message>
    <message>
        <source>The whole table on the clipboard, ready to paste into a spreadsheet</source>
        <translation>Toda la tabla en el portapapeles, lista para pegar en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Rows: %1, largest total first. * the data covers this period only in part.</source>
        <translation>Filas: %1, mayor total primero. * los datos cubren este periodo solo en parte.</translation>
    </message>
    <message>
        <source>Rows: %1, largest total first.</source>
        <translation>Filas: %1, mayor total primero.</translation>
    </message>
    <message>
        <source>Export pivot as CSV</source>
        <translation>Exportar la tabla dinámica como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export pivot</source>
        <translation>Exportar tabla dinámica</translation>
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
        <translation>%1: los datos cubren este periodo solo en parte</translation>
    </message>
</context>
<context>
    <name>ul::PresentationWindow</name>
    <message>
        <source>UsageLens presentation</source>
        <translation>Presentación de UsageLens</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Nada que presentar</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>ul::QuerySourceDialog</name>
    <message>
        <source>Import from a database</source>
        <translation>Importar desde una base de datos</translation>
    </message>
    <message>
        <source>Rows of a query on a PostgreSQL server (or Citus, Redshift, CockroachDB, YugabyteDB). The query runs read-only; timestamps arrive in UTC. The import records the server and the query as its source; the same query imported again can replace its earlier result.</source>
        <translation>Filas de una consulta en un servidor PostgreSQL (o Citus, Redshift, CockroachDB, YugabyteDB). La consulta se ejecuta solo en lectura; las marcas de tiempo llegan en UTC. La importación registra el servidor y la consulta como origen; la misma consulta importada de nuevo puede sustituir su resultado anterior.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>Run query</source>
        <translation>Ejecutar consulta</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Ejecutando la consulta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ul::RankLabels</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RankingPage</name>
    <message>
        <source>Top customers and their running share</source>
        <translation>Principales clientes y su cuota acumulada</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log</translation>
    </message>
    <message>
        <source>Bars on a log axis, so one very large customer does not flatten the others</source>
        <translation>Barras en un eje logarítmico, para que un cliente muy grande no aplaste a los demás</translation>
    </message>
    <message>
        <source>Previous span: the same number of days right before the range. Trend: %1. Double-click a customer to open it.</source>
        <translation>Periodo anterior: el mismo número de días justo antes del rango. Tendencia: %1. Haga doble clic en un cliente para abrirlo.</translation>
    </message>
    <message>
        <source>The data does not reach back over the span before the range: no changes or rank moves. Trend: %1.</source>
        <translation>Los datos no cubren el periodo anterior al rango: sin cambios ni movimientos de puesto. Tendencia: %1.</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>No hay datos para esta selección</translation>
    </message>
    <message>
        <source>Distribution of customer totals</source>
        <translation>Distribución de los totales por cliente</translation>
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
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Rank move</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>No value in the span before the range</source>
        <translation>Sin valor en el periodo anterior al rango</translation>
    </message>
    <message>
        <source>The data does not cover the span before the range</source>
        <translation>Los datos no cubren el periodo anterior al rango</translation>
    </message>
</context>
<context>
    <name>ul::ReportOptionsDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Tabs:</source>
        <translation>Pestañas:</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, horizontal</translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation>Carta, horizontal</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ul::RevenueSettingsPanel</name>
    <message>
        <source>Revenue settings</source>
        <translation>Ajustes de ingresos</translation>
    </message>
    <message>
        <source>Sales and marketing spend per month; CAC = spend / new customers</source>
        <translation>Gasto mensual en ventas y marketing; CAC = gasto / clientes nuevos</translation>
    </message>
    <message>
        <source>Currency of the invoice amounts (a label only: nothing is converted)</source>
        <translation>Moneda de los importes facturados (solo una etiqueta: no se convierte nada)</translation>
    </message>
    <message>
        <source>Gross margin used for LTV and CAC payback</source>
        <translation>Margen bruto usado para el LTV y la recuperación del CAC</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mes(es)</translation>
    </message>
    <message>
        <source>Each invoice is spread evenly over this many months, starting with the month paid</source>
        <translation>Cada factura se reparte por igual entre estos meses, empezando por el mes de pago</translation>
    </message>
    <message>
        <source>Monthly acquisition spend</source>
        <translation>Gasto de adquisición/mes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margen bruto</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Periodo de facturación</translation>
    </message>
    <message>
        <source>An invoice counts as one month of recurring revenue in the UTC month it was paid (billing period setting spreads it). Several invoices of a customer in one month add up.

LTV uses the logo churn averaged over the last 3 months; it is n/a while nobody churns.</source>
        <translation>Una factura cuenta como un mes de ingresos recurrentes en el mes UTC en que se pagó (el ajuste Periodo de facturación la reparte). Varias facturas de un cliente en un mes se suman.

El LTV usa la pérdida de clientes media de los últimos 3 meses; es n/d mientras nadie se da de baja.</translation>
    </message>
    <message>
        <source>Off: the customers paying in the data&apos;s first month are the opening base, not new revenue (an export rarely starts with the first sale). On: the data starts with the business, so they are all new.</source>
        <translation>Desactivado: los clientes que pagan en el primer mes de los datos son la base inicial, no ingresos nuevos (una exportación rara vez empieza con la primera venta). Activado: los datos empiezan con el negocio, así que todos son nuevos.</translation>
    </message>
    <message>
        <source>count as new</source>
        <translation>contar como nuevos</translation>
    </message>
    <message>
        <source>First month&apos;s customers</source>
        <translation>Clientes del primer mes</translation>
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
        <translation>Crecimiento mensual MRR</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Retención neta de ingresos</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Pérdida de clientes</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>CAC payback</source>
        <translation>Recuperación del CAC</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Movimientos del MRR</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Retención de clientes</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Retención de ingresos</translation>
    </message>
    <message>
        <source>Cohorts by first payment month</source>
        <translation>Cohortes por mes del primer pago</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Perfil de clientes clave</translation>
    </message>
    <message>
        <source>Unit economics per month</source>
        <translation>Economía unitaria por mes</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>previous month: %1 %2</source>
        <translation>mes anterior: %1 %2</translation>
    </message>
    <message>
        <source>no MRR in the previous month</source>
        <translation>sin MRR en el mes anterior</translation>
    </message>
    <message>
        <source>trailing 12 months: %1</source>
        <translation>últimos 12 meses: %1</translation>
    </message>
    <message>
        <source>month over month, %1</source>
        <translation>mensual, %1</translation>
    </message>
    <message>
        <source>3-month average: %1</source>
        <translation>media de 3 meses: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>LTV %1 / CAC %2</source>
        <translation>LTV %1 / CAC %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>new + expansion MRR covers spend</source>
        <translation>MRR ganado cubre el gasto</translation>
    </message>
    <message>
        <source>new + expansion MRR below spend</source>
        <translation>MRR ganado bajo el gasto</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>No hay datos para esta selección</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Gasto (%1)</translation>
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
        <translation>Pérdida (3 meses)</translation>
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
        <translation>Recuperación (meses)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>MRR nuevo + expansión</translation>
    </message>
    <message>
        <source>Growth pays?</source>
        <translation>¿Crecimiento rentable?</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Mediana 10 % superior</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Mediana resto</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Razón</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Media 10 % superior</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Media resto</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Razón de medias</translation>
    </message>
    <message>
        <source>Core-customer profile (top %1 vs %2 others, all months)</source>
        <translation>Perfil de clientes clave (%1 principales vs. %2 restantes, todos los meses)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Needs paying customers with attributes</source>
        <translation>Se necesitan clientes de pago con atributos</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n invoice(s) · %2 to %3 · %4 ms</source>
        <translation>
            <numerusform>%1 · %n factura · %2 a %3 · %4 ms</numerusform>
            <numerusform>%1 · %n facturas · %2 a %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue settings</source>
        <translation>Ajustes de ingresos</translation>
    </message>
    <message>
        <source>Key figures for %1, which the data or the range covers only in part.</source>
        <translation>Cifras clave de %1, que los datos o el periodo solo cubren en parte.</translation>
    </message>
    <message>
        <source>Top 10% vs rest</source>
        <translation>Top 10 % frente al resto</translation>
    </message>
    <message>
        <source>Key figures for %1, the last complete month. %2 is left out: only its days to %3 count.</source>
        <translation>Cifras clave de %1, el último mes completo. %2 queda fuera: solo cuentan sus días hasta el %3.</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>los ingresos</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>Pronóstico de MRR</translation>
    </message>
    <message>
        <source>Draws the MRR forecast with its 80% and 95% bands, and how accurate the same method was on the last months</source>
        <translation>Dibuja el pronóstico de MRR con sus bandas del 80 % y 95 %, y lo preciso que fue el mismo método en los últimos meses</translation>
    </message>
    <message>
        <source>MRR and forecast</source>
        <translation>MRR y pronóstico</translation>
    </message>
    <message>
        <source>MRR forecast: %1</source>
        <translation>Pronóstico de MRR: %1</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Revenue in different currencies is never added up: one currency at a time</source>
        <translation>Los ingresos en monedas distintas nunca se suman: una moneda cada vez</translation>
    </message>
    <message>
        <source>Only paid or open subscription invoices make MRR: void, uncollectible and draft invoices and one-off invoices without a subscription are left out</source>
        <translation>Solo las facturas de suscripción pagadas o abiertas forman el MRR: las anuladas, incobrables, borradores y las facturas puntuales sin suscripción quedan fuera</translation>
    </message>
    <message>
        <source>Show the list…</source>
        <translation>Ver la lista…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Every invoice counts toward MRR.</source>
        <translation>Todas las facturas cuentan para el MRR.</translation>
    </message>
    <message>
        <source>Left out of MRR: %1.</source>
        <translation>Fuera del MRR: %1.</translation>
    </message>
</context>
<context>
    <name>ul::RowFilterDialog</name>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Buscar valores</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Contando filas…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n fila</numerusform>
            <numerusform>%1 — %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the selected range</source>
        <translation>
            <numerusform>%n valor en el periodo elegido</numerusform>
            <numerusform>%n valores en el periodo elegido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RowFilterRow</name>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message numerus="yes">
        <source>%1 is one of %n value(s)</source>
        <translation>
            <numerusform>%1 es %n valor</numerusform>
            <numerusform>%1 es uno de %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 no es %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 no es ninguno de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is none of %n value(s)</source>
        <translation>
            <numerusform>%1 no es %n valor</numerusform>
            <numerusform>%1 no es ninguno de %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Only the rows passing every filter count, on every tab and in every export.</source>
        <translation>Solo cuentan las filas que pasan todos los filtros, en cada pestaña y en cada exportación.</translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation>+ Filtro</translation>
    </message>
    <message>
        <source>Keep or leave out rows by a column kept per row</source>
        <translation>Mantener u omitir filas según una columna guardada por fila</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Desglosar por</translation>
    </message>
    <message>
        <source>Split the total-per-period chart by a column&apos;s values (the 8 largest, then Other)</source>
        <translation>Dividir el gráfico del total por periodo según los valores de una columna (los 8 mayores y luego Otros)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Change this filter</source>
        <translation>Cambiar este filtro</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <source>Count customers by</source>
        <translation>Contar clientes por</translation>
    </message>
    <message>
        <source>Roll sub-accounts up to the account an attribute names (imported from a mapping file): their usage is summed, ranked and segmented as one customer</source>
        <translation>Agrupar las subcuentas en la cuenta que indica un atributo (importado de un archivo de correspondencia): su uso se suma, clasifica y segmenta como un solo cliente</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Id. de cliente</translation>
    </message>
</context>
<context>
    <name>ul::SavedViewsDialog</name>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renombrar vista</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the saved view &apos;%1&apos;?</source>
        <translation>¿Eliminar la vista guardada &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>ul::SegmentRuleModel</name>
    <message>
        <source>Rules are tried top to bottom; the first whose three score ranges (1-5) contain a customer&apos;s R, F and M names its segment.</source>
        <translation>Las reglas se prueban de arriba abajo; la primera cuyos tres rangos de puntuación (1-5) contienen la R, F y M de un cliente da nombre a su segmento.</translation>
    </message>
    <message>
        <source>rule %1: scores are whole numbers from 1 to 5</source>
        <translation>regla %1: las puntuaciones son enteros de 1 a 5</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>R min</source>
        <translation>R mín</translation>
    </message>
    <message>
        <source>R max</source>
        <translation>R máx</translation>
    </message>
    <message>
        <source>F min</source>
        <translation>F mín</translation>
    </message>
    <message>
        <source>F max</source>
        <translation>F máx</translation>
    </message>
    <message>
        <source>M min</source>
        <translation>M mín</translation>
    </message>
    <message>
        <source>M max</source>
        <translation>M máx</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
</context>
<context>
    <name>ul::SegmentsTab</name>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Clúster %1</translation>
    </message>
    <message>
        <source>The metric summed as each customer&apos;s monetary value</source>
        <translation>La métrica sumada como valor monetario de cada cliente</translation>
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
        <translation>Radio en unidades estandarizadas; léalo en el codo del gráfico de k-distancias</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Export membership…</source>
        <translation>Exportar pertenencia…</translation>
    </message>
    <message>
        <source>RFM scores and segments…</source>
        <translation>Puntuaciones RFM y segmentos…</translation>
    </message>
    <message>
        <source>Cluster membership…</source>
        <translation>Pertenencia a clústeres…</translation>
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
        <translation>puntos mín.:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Clustering:</source>
        <translation>Agrupamiento:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Color por:</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>First matching rule wins; scores 1-5 (5 = most recent, frequent, valuable).</source>
        <translation>Gana la primera regla que coincide; puntuaciones 1-5 (5 = más reciente, frecuente, valioso).</translation>
    </message>
    <message>
        <source>Segment rules (double-click to edit)</source>
        <translation>Reglas de segmento (doble clic para editar)</translation>
    </message>
    <message>
        <source>Value share vs customer share</source>
        <translation>Cuota de valor vs. cuota de clientes</translation>
    </message>
    <message>
        <source>Customers by frequency and value</source>
        <translation>Clientes por frecuencia y valor</translation>
    </message>
    <message>
        <source>k-means++: elbow and silhouette</source>
        <translation>k-means++: codo y silueta</translation>
    </message>
    <message>
        <source>Sorted k-distance (DBSCAN eps)</source>
        <translation>k-distancia ordenada (eps de DBSCAN)</translation>
    </message>
    <message>
        <source>Rules applied.</source>
        <translation>Reglas aplicadas.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>No hay datos para esta selección</translation>
    </message>
    <message>
        <source>Too few customers to compare k</source>
        <translation>Muy pocos clientes para comparar k</translation>
    </message>
    <message>
        <source>Too few customers</source>
        <translation>Muy pocos clientes</translation>
    </message>
    <message numerus="yes">
        <source>DBSCAN eps %1, min points %2: %n cluster(s)</source>
        <translation>
            <numerusform>DBSCAN eps %1, puntos mín. %2: %n clúster</numerusform>
            <numerusform>DBSCAN eps %1, puntos mín. %2: %n clústeres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n noise point(s)</source>
        <translation>
            <numerusform>, %n punto de ruido</numerusform>
            <numerusform>, %n puntos de ruido</numerusform>
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
        <translation>, silueta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · RFM as of %1 · frequency = %2 · %3 · %4 ms</source>
        <translation>
            <numerusform>%n cliente · RFM al %1 · frecuencia = %2 · %3 · %4 ms</numerusform>
            <numerusform>%n clientes · RFM al %1 · frecuencia = %2 · %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>events (payments)</source>
        <translation>eventos (pagos)</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>días activos</translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>Agrupando…</translation>
    </message>
    <message>
        <source>Events / payments (log scale)</source>
        <translation>Eventos / pagos (escala log.)</translation>
    </message>
    <message>
        <source>Active days (log scale)</source>
        <translation>Días activos (escala log.)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export membership</source>
        <translation>Exportar pertenencia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>%n cliente exportado a %1</numerusform>
            <numerusform>%n clientes exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Cluster on chosen features instead of recency, frequency and value</source>
        <translation>Agrupar por variables elegidas en lugar de recencia, frecuencia y valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Frequency (active days)</source>
        <translation>Frecuencia (días activos)</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Recencia (días)</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <source>Average per period</source>
        <translation>Promedio por periodo</translation>
    </message>
    <message>
        <source>Trend (later vs earlier half)</source>
        <translation>Tendencia (mitad posterior vs anterior)</translation>
    </message>
    <message>
        <source>Total of %1</source>
        <translation>Total de %1</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>estandarizadas</translation>
    </message>
    <message>
        <source>as they are</source>
        <translation>tal cual</translation>
    </message>
    <message>
        <source>log, standardised</source>
        <translation>log, estandarizadas</translation>
    </message>
    <message>
        <source>How chosen features are scaled before distances are taken</source>
        <translation>Cómo se escalan las variables elegidas antes de medir distancias</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Only customers whose total over the range is at least this take part in segments and clusters (e.g. 0.01: a positive total)</source>
        <translation>Solo los clientes cuyo total en el rango alcanza al menos este valor entran en segmentos y clústeres (p. ej. 0,01: un total positivo)</translation>
    </message>
    <message>
        <source>Min total:</source>
        <translation>Total mín.:</translation>
    </message>
    <message>
        <source>Clustering on recency in days, log(1 + frequency), log(1 + value), standardised</source>
        <translation>Agrupación por recencia en días, log(1 + frecuencia), log(1 + valor), estandarizadas</translation>
    </message>
    <message>
        <source>Clustering on %1, %2</source>
        <translation>Agrupación por %1, %2</translation>
    </message>
    <message>
        <source>The cluster summary gives each cluster&apos;s centre in these features&apos; units</source>
        <translation>El resumen de clústeres da el centro de cada uno en las unidades de estas variables</translation>
    </message>
</context>
<context>
    <name>ul::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, shared by a team: everyone who connects to the same schema sees the same imports. Passwords come from ~/.pgpass or a service file, or are asked for; UsageLens never stores one.</source>
        <translation>Un espacio de trabajo en un servidor PostgreSQL, compartido por un equipo: quien se conecta al mismo esquema ve las mismas importaciones. Las contraseñas vienen de ~/.pgpass o de un archivo de servicio, o se piden; UsageLens nunca guarda ninguna.</translation>
    </message>
    <message>
        <source>the server&apos;s default (search_path)</source>
        <translation>el del servidor (search_path)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Esquema:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
</context>
<context>
    <name>ul::SourceLayoutBar</name>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>runs of spaces</source>
        <translation>series de espacios</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>la primera fila es el encabezado</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>punto (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>coma (1,5)</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificación:</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Separador deci&amp;mal:</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>fila de encabezado</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>per column</source>
        <translation>por columna</translation>
    </message>
</context>
<context>
    <name>ul::TabListButton</name>
    <message>
        <source>All tabs</source>
        <translation>Todas las pestañas</translation>
    </message>
    <message>
        <source>List every tab of the dataset</source>
        <translation>Listar todas las pestañas del conjunto de datos</translation>
    </message>
</context>
<context>
    <name>ul::ViewTablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
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
        <translation>El archivo se deja como está. UsageLens puede copiar lo que aún se puede leer en un nuevo espacio de trabajo y abrirlo.</translation>
    </message>
    <message>
        <source>Recover a copy…</source>
        <translation>Recuperar una copia…</translation>
    </message>
    <message>
        <source>Recover into</source>
        <translation>Recuperar en</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>Espacios de trabajo de UsageLens (*.usagelens)</translation>
    </message>
    <message>
        <source>Copying the readable data…</source>
        <translation>Copiando los datos legibles…</translation>
    </message>
</context>
<context>
    <name>usagelens</name>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;usagelens COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>«usagelens COMANDO --help» muestra las opciones de un comando.</translation>
    </message>
    <message>
        <source>List datasets, metrics and customers</source>
        <translation>Listar conjuntos de datos, métricas y clientes</translation>
    </message>
    <message>
        <source>Write the built-in demo workspace</source>
        <translation>Escribir el espacio de trabajo de demostración integrado</translation>
    </message>
    <message>
        <source>Write a report as PDF, xlsx or CSV files (scheduled refreshes)</source>
        <translation>Escribir un informe en PDF, xlsx o CSV (actualizaciones programadas)</translation>
    </message>
    <message>
        <source>Import CSV/NDJSON/JSON files into a workspace</source>
        <translation>Importar archivos CSV/NDJSON/JSON a un espacio de trabajo</translation>
    </message>
    <message>
        <source>List imports and their provenance</source>
        <translation>Listar las importaciones y su procedencia</translation>
    </message>
    <message>
        <source>Remove one import&apos;s data</source>
        <translation>Eliminar los datos de una importación</translation>
    </message>
    <message>
        <source>Print a report view (usage, revenue, segments) as CSV or JSON</source>
        <translation>Imprimir una vista de informe (uso, ingresos, segmentos) en CSV o JSON</translation>
    </message>
    <message>
        <source>Render the dashboard offscreen to a PNG</source>
        <translation>Renderizar el panel fuera de pantalla en un PNG</translation>
    </message>
    <message>
        <source>UsageLens: offline customer-usage analytics. Without a command the dashboard opens on the last workspace or the demo; a file argument opens a workspace or the import wizard.</source>
        <translation>UsageLens: análisis sin conexión del uso de clientes. Sin comando, el panel se abre con el último espacio de trabajo o la demo; un archivo como argumento abre un espacio de trabajo o el asistente de importación.</translation>
    </message>
    <message>
        <source>Interface language: system, %1 (before or after the command).</source>
        <translation>Idioma de la interfaz: system, %1 (antes o después del comando).</translation>
    </message>
    <message>
        <source>A command, listed below.</source>
        <translation>Un comando de la lista de abajo.</translation>
    </message>
    <message>
        <source>Check a workspace for damage</source>
        <translation>Comprobar si un espacio de trabajo está dañado</translation>
    </message>
    <message>
        <source>Copy the readable data of a damaged workspace</source>
        <translation>Copiar los datos legibles de un espacio de trabajo dañado</translation>
    </message>
    <message>
        <source>Add or remove a calculated metric (metric add --ratio A/B)</source>
        <translation>Añadir o quitar una métrica calculada (metric add --ratio A/B)</translation>
    </message>
    <message>
        <source>Add, edit, remove or list notes on dates (chart markers)</source>
        <translation>Añadir, editar, quitar o listar notas en fechas (marcas en los gráficos)</translation>
    </message>
</context>
</TS>
