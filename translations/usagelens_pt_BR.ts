<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BillingText</name>
    <message>
        <source>Stripe invoice export</source>
        <translation>Exportação de faturas do Stripe</translation>
    </message>
    <message>
        <source>Chargebee invoice export</source>
        <translation>Exportação de faturas do Chargebee</translation>
    </message>
    <message>
        <source>Paddle transaction export</source>
        <translation>Exportação de transações do Paddle</translation>
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
        <translation>incobrável</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>avulsa</translation>
    </message>
    <message>
        <source>no service period</source>
        <translation>sem período de serviço</translation>
    </message>
    <message>
        <source>other status</source>
        <translation>outro status</translation>
    </message>
    <message>
        <source>%1: %2 invoices</source>
        <translation>%1: %2 faturas</translation>
    </message>
    <message>
        <source>%1, none excluded</source>
        <translation>%1, nenhuma excluída</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n excluded kind(s) (%2)</source>
        <translation>
            <numerusform>%1, %n tipo excluído (%2)</numerusform>
            <numerusform>%1, %n tipos excluídos (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Exported from UsageLens</source>
        <translation>Exportado do UsageLens</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Salvar como PNG</translation>
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
        <translation>Salvar como SVG…</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Copiar dados</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Salvar dados como CSV…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Salvar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Salvar gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Salvar dados do gráfico como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded</source>
        <translation>Não é possível gravar %1: a imagem não pôde ser codificada</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>nenhuma pasta de saída informada</translation>
    </message>
    <message>
        <source>cannot write into %1: it is not a folder</source>
        <translation>não é possível gravar em %1: não é uma pasta</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>no tab &apos;%1&apos; in dataset &apos;%2&apos; (%3)</source>
        <translation>nenhuma aba “%1” no conjunto de dados “%2” (%3)</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n dia à frente</numerusform>
            <numerusform>%n dias à frente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead</source>
        <translation>
            <numerusform>%n semana à frente</numerusform>
            <numerusform>%n semanas à frente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) ahead</source>
        <translation>
            <numerusform>%n trimestre à frente</numerusform>
            <numerusform>%n trimestres à frente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ahead</source>
        <translation>
            <numerusform>%n ano à frente</numerusform>
            <numerusform>%n anos à frente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ahead</source>
        <translation>
            <numerusform>%n mês à frente</numerusform>
            <numerusform>%n meses à frente</numerusform>
        </translation>
    </message>
    <message>
        <source>partial: the value so far</source>
        <translation>parcial: o valor até agora</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>faixa de 95%</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>faixa de 80%</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <source>%1 — forecast %2</source>
        <translation>%1 — previsão %2</translation>
    </message>
    <message>
        <source>
80%: %1 – %2</source>
        <translation>
80%: %1 – %2</translation>
    </message>
    <message>
        <source>
95%: %1 – %2</source>
        <translation>
95%: %1 – %2</translation>
    </message>
    <message>
        <source>
so far: %1</source>
        <translation>
até agora: %1</translation>
    </message>
    <message>
        <source>No forecast: no whole period to learn from</source>
        <translation>Sem previsão: nenhum período completo para aprender</translation>
    </message>
    <message>
        <source>Naive forecast (the last value carried forward): fewer than 6 whole periods</source>
        <translation>Previsão ingênua (o último valor repetido): menos de 6 períodos completos</translation>
    </message>
    <message>
        <source>%1 chosen by AICc</source>
        <translation>%1 escolhido pelo AICc</translation>
    </message>
    <message>
        <source>no season: fewer than two whole seasons</source>
        <translation>sem sazonalidade: menos de duas temporadas completas</translation>
    </message>
    <message>
        <source>no backtest yet: it needs more than 6 whole periods</source>
        <translation>ainda sem backtest: são necessários mais de 6 períodos completos</translation>
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
        <translation>MAPE %1 (ingênua sazonal %2)</translation>
    </message>
    <message>
        <source>, 80% band held %1 of %2</source>
        <translation>, a faixa de 80% acertou %1 de %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&lt;h3&gt;How UsageLens counts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Days&lt;/b&gt; are calendar days in UTC; a timestamp with an offset is converted to UTC first. Weeks start on Monday. Periods are labelled 2022-10-17 (a day or a week&apos;s Monday), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Partial periods&lt;/b&gt;: a period the data or the range covers only in part is drawn lighter, says &quot;partial&quot; in its tooltip, and never drives a change, churn or growth figure; headline numbers use the last whole period and name it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change %&lt;/b&gt; is shown only where the previous period is whole and not close to zero (at least 5% of the median of the whole periods).&lt;/p&gt;&lt;p&gt;&lt;b&gt;New customers&lt;/b&gt;: created (or first seen) within the chosen number of days before the range ends. The customers already active in the data&apos;s first period are its opening base, not new, unless you ask for it (Revenue settings).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt;: an invoice is one month of recurring revenue in the UTC month it was paid (or spread over the billing period); movements are new, expansion, contraction, churned and reactivation, and they add up exactly to each month&apos;s MRR.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Customer ids&lt;/b&gt; are text exactly as written; ids that look spreadsheet-mangled (6.00E+07) are kept and reported at import.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drill-down&lt;/b&gt;: click a period of a time chart for the customers behind its change; the changes add up to the period&apos;s change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Como o UsageLens conta&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Dias&lt;/b&gt; são dias de calendário em UTC; um carimbo de data/hora com deslocamento é convertido primeiro para UTC. As semanas começam na segunda-feira. Os períodos são rotulados 2022-10-17 (um dia ou a segunda-feira de uma semana), 2022-10, 2022-Q4, 2022.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Períodos parciais&lt;/b&gt;: um período que os dados ou o intervalo cobrem só em parte é desenhado mais claro, diz &quot;parcial&quot; na dica e nunca determina um número de variação, cancelamento ou crescimento; os números principais usam o último período completo e o nomeiam.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A variação em %&lt;/b&gt; só aparece onde o período anterior está completo e não perto de zero (pelo menos 5% da mediana dos períodos completos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clientes novos&lt;/b&gt;: criados (ou vistos pela primeira vez) dentro do número de dias escolhido antes do fim do intervalo. Os clientes já ativos no primeiro período dos dados são a base inicial, não novos, a menos que você peça (configurações de Receita).&lt;/p&gt;&lt;p&gt;&lt;b&gt;MRR&lt;/b&gt;: uma fatura é um mês de receita recorrente no mês UTC em que foi paga (ou distribuída pelo período de cobrança); os movimentos são novo, expansão, contração, cancelamento e reativação, e somam exatamente o MRR de cada mês.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Identificadores de cliente&lt;/b&gt; são texto exatamente como escritos; os que parecem danificados por planilha (6.00E+07) são mantidos e avisados na importação.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Detalhamento&lt;/b&gt;: clique em um período de um gráfico temporal para ver os clientes por trás da variação; as variações somam a variação do período.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>How UsageLens &amp;counts</source>
        <translation>Como o UsageLens &amp;conta</translation>
    </message>
    <message>
        <source>How UsageLens counts</source>
        <translation>Como o UsageLens conta</translation>
    </message>
    <message>
        <source>&amp;About UsageLens</source>
        <translation>&amp;Sobre o UsageLens</translation>
    </message>
    <message>
        <source>About UsageLens</source>
        <translation>Sobre o UsageLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Customer-usage analytics on your own machine: imports, dashboards, revenue, segments, reports. Offline; your data stays in the workspace file.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · MIT licence&lt;/p&gt;</source>
        <translation>&lt;b&gt;UsageLens %1&lt;/b&gt;&lt;p&gt;Análise de uso de clientes na sua própria máquina: importações, painéis, receita, segmentos, relatórios. Offline; seus dados ficam no arquivo do espaço de trabalho.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite · licença MIT&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a directory</source>
        <translation>um diretório</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>uma FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a file an export may replace</source>
        <translation>não é possível gravar %1: é %2, não um arquivo que uma exportação possa substituir</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>não é possível gravar %1: o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>nenhum arquivo de saída informado</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>não é possível gravar %1: a pasta %2 não existe</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is read-only</source>
        <translation>não é possível gravar %1: a pasta %2 é somente leitura</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>w/c %1</source>
        <extracomment>A week on a chart&apos;s axis, by its first day (Monday): &quot;w/c 26 Oct 2026&quot; (week commencing).</extracomment>
        <translation>semana de %1</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>%1 — the last %2 periods (all in the xlsx)</source>
        <translation>%1 — os últimos %2 períodos (todos no xlsx)</translation>
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
        <translation>Não foi possível abrir um espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansão</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reativação</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contração</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdas</translation>
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
Novo: +%3
Expansão: +%4
Reativação: +%5
Contração: −%6
Perdas: −%7
MRR final: %8</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Razão das medianas</translation>
    </message>
    <message>
        <source>%1: top 10% median %2, rest median %3 (%4×)</source>
        <translation>%1: mediana top 10% %2, mediana restante %3 (%4×)</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% dos clientes</translation>
    </message>
    <message>
        <source>% of value</source>
        <translation>% do valor</translation>
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
frequência %3, valor %4 — clique para abrir</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inércia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhueta</translation>
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
        <translation>k = %1: inércia %2, silhueta %3</translation>
    </message>
    <message>
        <source>eps = %1</source>
        <translation>eps = %1</translation>
    </message>
    <message>
        <source>Customers, by distance (descending)</source>
        <translation>Clientes por distância (decrescente)</translation>
    </message>
    <message>
        <source>rank %1: %2</source>
        <translation>posição %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1: %2 até agora</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crescimento</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Queda</translation>
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
        <translation>#%1 %2: %3 (%4 do total) — clique para abrir</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>noun: sum of values</comment>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Bringing %n tab(s) up to date…</source>
        <translation>
            <numerusform>Atualizando %n aba…</numerusform>
            <numerusform>Atualizando %n abas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>partial: no data in this period</source>
        <translation>parcial: sem dados neste período</translation>
    </message>
    <message>
        <source>partial: %1–%2</source>
        <translation>parcial: %1–%2</translation>
    </message>
    <message>
        <source>median ratio (×)</source>
        <translation>razão das medianas (×)</translation>
    </message>
    <message>
        <source>#%1 %2: %3 — click to open</source>
        <translation>#%1 %2: %3 — clique para abrir</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 de %2)</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reativados</translation>
    </message>
    <message>
        <source>%1: %2 active
new %3 · reactivated %4 · churned %5</source>
        <translation>%1: %2 ativos
novos %3 · reativados %4 · perdidos %5</translation>
    </message>
    <message>
        <source>
%1 already active when the data begins (not counted as new)</source>
        <translation>
%1 já ativos no início dos dados (não contados como novos)</translation>
    </message>
    <message>
        <source>
Opening MRR: %1 (paying when the data begins; not counted as new)</source>
        <translation>
MRR inicial: %1 (pagando no início dos dados; não contado como novo)</translation>
    </message>
    <message>
        <source>Ranks 1–%1: %2 of the total</source>
        <translation>Posições 1–%1: %2 do total</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <source>No customers in this selection</source>
        <translation>Nenhum cliente nesta seleção</translation>
    </message>
    <message>
        <source>%1 customers · mean %2 · std %3 · median %4 · p90 %5 · p99 %6 · outliers: %7 low, %8 high</source>
        <translation>%1 clientes · média %2 · desvio %3 · mediana %4 · p90 %5 · p99 %6 · outliers: %7 baixos, %8 altos</translation>
    </message>
    <message>
        <source>Distance to neighbour %1 (std. units)</source>
        <translation>Distância ao %1º vizinho (unidades padronizadas)</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
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
        <translation>Posição</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes ativos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Participação acumulada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
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
        <translation>Novo</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansão</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reativação</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contração</translation>
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
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reativados</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Churn de clientes</translation>
    </message>
    <message>
        <source>Revenue churn</source>
        <translation>Churn de receita</translation>
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
        <translation>Clientes novos</translation>
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
        <translation>Churn de clientes (3 meses)</translation>
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
        <translation>Payback (meses)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>MRR novo + expansão</translation>
    </message>
    <message>
        <source>Growth pays</source>
        <translation>O crescimento se paga</translation>
    </message>
    <message>
        <source>Months since start</source>
        <translation>Meses desde o início</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Retenção de clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Retenção de receita</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Mediana top 10%</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Mediana do restante</translation>
    </message>
    <message>
        <source>Median ratio</source>
        <translation>Razão das medianas</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Média top 10%</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Média do restante</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Razão das médias</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Customers (share)</source>
        <translation>Clientes (participação)</translation>
    </message>
    <message>
        <source>Value (share)</source>
        <translation>Valor (participação)</translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation>Recência média (dias)</translation>
    </message>
    <message>
        <source>Mean frequency</source>
        <translation>Frequência média</translation>
    </message>
    <message>
        <source>Mean value</source>
        <translation>Valor médio</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Recência (dias)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
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
        <translation>Atual</translation>
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
        <translation>Inércia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhueta</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Ano anterior</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Ano atual</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparado</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>No acumulado do ano</translation>
    </message>
    <message>
        <source>Compared months</source>
        <translation>Meses comparados</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Mesmos meses no ano passado</translation>
    </message>
    <message>
        <source>Value retention</source>
        <translation>Retenção do valor</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Período parcial</translation>
    </message>
    <message>
        <source>Previous month&apos;s MRR</source>
        <translation>MRR do mês anterior</translation>
    </message>
    <message>
        <source>MRR growth</source>
        <translation>Crescimento do MRR</translation>
    </message>
    <message>
        <source>Opening MRR</source>
        <translation>MRR inicial</translation>
    </message>
    <message>
        <source>Share of the change</source>
        <translation>Parcela da variação</translation>
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
        <translation>Posição anterior</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>Mudança de posição</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>Previous span covered</source>
        <translation>Período anterior coberto</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <source>80% band from</source>
        <translation>faixa 80% de</translation>
    </message>
    <message>
        <source>80% band to</source>
        <translation>faixa 80% até</translation>
    </message>
    <message>
        <source>95% band from</source>
        <translation>faixa 95% de</translation>
    </message>
    <message>
        <source>95% band to</source>
        <translation>faixa 95% até</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Periods ahead</source>
        <translation>Períodos à frente</translation>
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
        <translation>Dentro da faixa de 80%</translation>
    </message>
    <message>
        <source>Inside 95% band</source>
        <translation>Dentro da faixa de 95%</translation>
    </message>
    <message>
        <source>Backtests</source>
        <translation>Backtests</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risco de churn</translation>
    </message>
    <message>
        <source>Value at risk (30 days)</source>
        <translation>Valor em risco (30 dias)</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Sinais mais fortes</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Precision in top 10%</source>
        <translation>Precisão nos 10% do topo</translation>
    </message>
    <message>
        <source>Recall in top 10%</source>
        <translation>Revocação nos 10% do topo</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Taxa base</translation>
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
        <translation>Relatório de uso</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continuação)</translation>
    </message>
    <message>
        <source> — tables</source>
        <translation> — tabelas</translation>
    </message>
    <message>
        <source> — tables (continued)</source>
        <translation> — tabelas (continuação)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuação)</translation>
    </message>
    <message>
        <source>UsageLens report — %1</source>
        <translation>Relatório do UsageLens — %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Revenue report</source>
        <translation>Relatório de receita</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the tables pages</source>
        <translation>
            <numerusform>+%n outro nas páginas de tabelas</numerusform>
            <numerusform>+%n outros nas páginas de tabelas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message numerus="yes">
        <source>+%n more in the workbook</source>
        <translation>
            <numerusform>+%n outro na pasta de trabalho</numerusform>
            <numerusform>+%n outros na pasta de trabalho</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
        <translation>Total por período</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Change per period</source>
        <translation>Variação por período</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Principais clientes</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Principais clientes novos</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>Revenue key figures</source>
        <translation>Números-chave de receita</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Movimentos de MRR</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Clientes pagantes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retenção</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Economia unitária</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Coortes</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Perfil dos clientes principais</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>k-means: choosing k</source>
        <translation>k-means: escolha de k</translation>
    </message>
    <message>
        <source>DBSCAN: k-distance</source>
        <translation>DBSCAN: distância k</translation>
    </message>
    <message>
        <source>RFM scores per customer</source>
        <translation>Pontuações RFM por cliente</translation>
    </message>
    <message>
        <source>Cluster per customer</source>
        <translation>Cluster por cliente</translation>
    </message>
    <message>
        <source>Customers by health</source>
        <translation>Clientes por saúde</translation>
    </message>
    <message>
        <source>Health per customer</source>
        <translation>Saúde por cliente</translation>
    </message>
    <message>
        <source>Every metric per period</source>
        <translation>Cada métrica por período</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>Mês a mês</translation>
    </message>
    <message>
        <source>Year over year by month</source>
        <translation>Ano a ano por mês</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>No acumulado do ano</translation>
    </message>
    <message>
        <source>Customers by share of the total</source>
        <translation>Clientes por participação no total</translation>
    </message>
    <message>
        <source>Customers behind a period&apos;s change</source>
        <translation>Clientes por trás da variação de um período</translation>
    </message>
    <message>
        <source>Ranking with changes</source>
        <translation>Ranking com mudanças</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <source>Forecast track record</source>
        <translation>Histórico de acerto da previsão</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>Previsão de MRR</translation>
    </message>
    <message>
        <source>MRR forecast track record</source>
        <translation>Histórico de acerto da previsão de MRR</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risco de churn</translation>
    </message>
    <message>
        <source>Churn risk track record</source>
        <translation>Histórico de acerto do risco de churn</translation>
    </message>
    <message>
        <source>Invoices left out of MRR</source>
        <translation>Faturas excluídas do MRR</translation>
    </message>
    <message>
        <source>Distribution of the totals</source>
        <translation>Distribuição dos totais</translation>
    </message>
    <message>
        <source>Customers by period (pivot)</source>
        <translation>Clientes por período (tabela dinâmica)</translation>
    </message>
    <message>
        <source>Registrations per period</source>
        <translation>Cadastros por período</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>rule %1: the segment name is empty</source>
        <translation>regra %1: o nome do segmento está vazio</translation>
    </message>
    <message>
        <source>rule %1 (%2): the %3 range %4-%5 is invalid (1 &lt;= min &lt;= max &lt;= 5)</source>
        <translation>regra %1 (%2): o intervalo %3 %4-%5 é inválido (1 &lt;= mín &lt;= máx &lt;= 5)</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message numerus="yes">
        <source>+%n more in the PDF and the workbook</source>
        <translation>
            <numerusform>+%n outro no PDF e na pasta de trabalho</numerusform>
            <numerusform>+%n outros no PDF e na pasta de trabalho</numerusform>
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
        <translation>diário</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensal</translation>
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
        <translation>linhas onde %1</translation>
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
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>não foi possível criar %1</translation>
    </message>
    <message>
        <source>the table &apos;%1&apos; has %2 rows, more than a worksheet holds (%3); export it as CSV or choose a shorter range or coarser granularity</source>
        <translation>a tabela &quot;%1&quot; tem %2 linhas, mais do que uma planilha comporta (%3); exporte-a como CSV ou escolha um período mais curto ou uma granularidade maior</translation>
    </message>
    <message>
        <source>cannot write %1: out of memory</source>
        <translation>não é possível gravar %1: memória insuficiente</translation>
    </message>
</context>
<context>
    <name>ul::ActivityPage</name>
    <message>
        <source>Customers by activity</source>
        <translation>Clientes por atividade</translation>
    </message>
    <message>
        <source>Cohorts by first active month</source>
        <translation>Coortes por primeiro mês ativo</translation>
    </message>
    <message>
        <source>Customers still active</source>
        <translation>Clientes ainda ativos</translation>
    </message>
    <message>
        <source>Usage kept</source>
        <translation>Uso mantido</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Sem dados para esta seleção</translation>
    </message>
    <message>
        <source>Active = at least one value in the month. Each row: the customers whose first active month it is. Click a cell for its customers.</source>
        <translation>Ativo = pelo menos um valor no mês. Cada linha: os clientes cujo primeiro mês ativo é esse. Clique em uma célula para ver seus clientes.</translation>
    </message>
</context>
<context>
    <name>ul::CalculatedMetricDialog</name>
    <message>
        <source>New calculated metric</source>
        <translation>Nova métrica calculada</translation>
    </message>
    <message>
        <source>A ratio of two metrics of %1, summed first: in every period and for every customer, the sum of the first over the sum of the second.</source>
        <translation>Uma razão de duas métricas de %1, somadas antes: em cada período e para cada cliente, a soma da primeira dividida pela soma da segunda.</translation>
    </message>
    <message>
        <source>Numerator (summed)</source>
        <translation>Numerador (somado)</translation>
    </message>
    <message>
        <source>Denominator (summed)</source>
        <translation>Denominador (somado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Adicionar métrica</translation>
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
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Keep the numbers on screen</source>
        <translation>Manter os números na tela</translation>
    </message>
    <message>
        <source>new data in &apos;%1&apos;</source>
        <translation>novos dados em &apos;%1&apos;</translation>
    </message>
    <message>
        <source>import #%1 undone</source>
        <translation>importação nº %1 desfeita</translation>
    </message>
    <message>
        <source>Another session changed this workspace: %1.</source>
        <translation>Outra sessão alterou este espaço de trabalho: %1.</translation>
    </message>
</context>
<context>
    <name>ul::CohortModel</name>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers: %4 of %5 (%6)
Revenue: %7 of %8 %9 (%10)</source>
        <translation>Coorte %1, mês %2 (%3)
Clientes: %4 de %5 (%6)
Receita: %7 de %8 %9 (%10)</translation>
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
            <numerusform>%n mês desde o primeiro pagamento da coorte</numerusform>
            <numerusform>%n meses desde o primeiro pagamento da coorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers whose first payment was in %1</source>
        <translation>Clientes cujo primeiro pagamento foi em %1</translation>
    </message>
    <message>
        <source>Cohort %1, month %2 (%3)
Customers active: %4 of %5 (%6)
%7: %8 (%9 of the first month)</source>
        <translation>Coorte %1, mês %2 (%3)
Clientes ativos: %4 de %5 (%6)
%7: %8 (%9 do primeiro mês)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the cohort&apos;s first active month</source>
        <translation>
            <numerusform>%n mês desde o primeiro mês ativo da coorte</numerusform>
            <numerusform>%n meses desde o primeiro mês ativo da coorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers first active in %1</source>
        <translation>Clientes ativos pela primeira vez em %1</translation>
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
        <translation>Clientes por trás de %1</translation>
    </message>
    <message>
        <source>Who changed %1 in %2?</source>
        <translation>Quem mudou %1 em %2?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No customer has a value in %1 or %2.</source>
        <translation>Nenhum cliente tem valor em %1 ou %2.</translation>
    </message>
    <message>
        <source>%1 against %2: %3 (was %4), change %5</source>
        <translation>%1 contra %2: %3 (antes %4), variação %5</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the drop.</source>
        <translation>Maior: %1 %2, %3 da queda.</translation>
    </message>
    <message>
        <source>Largest: %1 %2, %3 of the rise.</source>
        <translation>Maior: %1 %2, %3 do aumento.</translation>
    </message>
    <message>
        <source>Unique counts and ratios do not add up over customers, so there are no shares.</source>
        <translation>Contagens únicas e razões não se somam entre clientes, então não há parcelas.</translation>
    </message>
    <message>
        <source>%1 is partial: the data ends on %2, so the change compares unequal spans.</source>
        <translation>%1 é parcial: os dados terminam em %2, então a variação compara períodos desiguais.</translation>
    </message>
    <message>
        <source>%1 is partial: the data starts on %2, so the change compares unequal spans.</source>
        <translation>%1 é parcial: os dados começam em %2, então a variação compara períodos desiguais.</translation>
    </message>
    <message>
        <source>Who of the %3 cohort changed %1 in %2?</source>
        <translation>Quem da coorte %3 mudou %1 em %2?</translation>
    </message>
</context>
<context>
    <name>ul::CustomerView</name>
    <message>
        <source>%1 over time</source>
        <translation>%1 ao longo do tempo</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1 year to date</source>
        <translation>%1 acumulado no ano</translation>
    </message>
    <message>
        <source>%1
YoY %2</source>
        <translation>%1
vs. ano anterior %2</translation>
    </message>
    <message>
        <source>(all customers)</source>
        <translation>(todos os clientes)</translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation>(sem atributos)</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Sem dados para esta seleção</translation>
    </message>
    <message>
        <source>Needs at least two months with data</source>
        <translation>São necessários pelo menos dois meses com dados</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No usage in this range:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Sem uso neste intervalo:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (no data then)</source>
        <translation> (sem dados)</translation>
    </message>
    <message>
        <source> (this year&apos;s same months: %1)</source>
        <translation> (mesmos meses este ano: %1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 year to date: %3&lt;br&gt;%4 same span: %5%6&lt;br&gt;YoY change: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 acumulado no ano: %3&lt;br&gt;%4 mesmo período: %5&lt;br&gt;Variação anual: %6&lt;/p&gt; {1&lt;?} {2 ?} {3&lt;?} {4 ?} {5%6&lt;?} {7&lt;?}</translation>
    </message>
    <message>
        <source>Month-over-month change</source>
        <translation>Variação mensal</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Ano contra ano</translation>
    </message>
</context>
<context>
    <name>ul::DashboardTab</name>
    <message>
        <source>Tables…</source>
        <translation>Tabelas…</translation>
    </message>
    <message>
        <source>Every view of this tab as a table, as the exports write it</source>
        <translation>Cada visão desta aba como tabela, como as exportações a gravam</translation>
    </message>
</context>
<context>
    <name>ul::DrillPath</name>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Back to the filters before the first click (Backspace steps back one)</source>
        <translation>Voltar aos filtros de antes do primeiro clique (Backspace volta um passo)</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Voltar para %1</translation>
    </message>
    <message>
        <source>Customer %1  ×</source>
        <translation>Cliente %1  ×</translation>
    </message>
    <message>
        <source>Every chart shows this customer only; click to show all customers again</source>
        <translation>Todos os gráficos mostram só este cliente; clique para voltar a mostrar todos os clientes</translation>
    </message>
    <message>
        <source>Remove the customer filter %1</source>
        <translation>Remover o filtro de cliente %1</translation>
    </message>
</context>
<context>
    <name>ul::FilterBar</name>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mês corrente</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Trimestre corrente</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Ano corrente</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Presets end on the dataset&apos;s last day with data, not on today.</source>
        <translation>As predefinições terminam no último dia com dados, não hoje.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Primeiro dia (incluído)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Último dia (incluído)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Outro…</translation>
    </message>
    <message>
        <source>Type to search a customer id</source>
        <translation>Digite um ID de cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>A customer is new when created within this many days before the range end</source>
        <translation>Um cliente é novo se foi criado nestes dias antes do fim do intervalo</translation>
    </message>
    <message>
        <source>New within</source>
        <translation>Novo em</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
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
        <translation>R méd. (d)</translation>
    </message>
    <message>
        <source>Avg F</source>
        <translation>F méd.</translation>
    </message>
    <message>
        <source>Avg M</source>
        <translation>M méd.</translation>
    </message>
    <message>
        <source>Mean recency in days, frequency and monetary value of the group</source>
        <translation>Recência média em dias, frequência e valor monetário do grupo</translation>
    </message>
</context>
<context>
    <name>ul::HealthTab</name>
    <message>
        <source>At risk when down at least this much, expanding when up at least this much</source>
        <translation>Em risco se cair pelo menos isto, em expansão se subir pelo menos isto</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Limite:</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>Em expansão</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estáveis</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;At risk&lt;/b&gt; — down at least %1 (%n customer(s)); double-click to open</source>
        <translation>
            <numerusform>&lt;b&gt;Em risco&lt;/b&gt; — queda de pelo menos %1 (%n cliente); clique duplo para abrir</numerusform>
            <numerusform>&lt;b&gt;Em risco&lt;/b&gt; — queda de pelo menos %1 (%n clientes); clique duplo para abrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Expanding&lt;/b&gt; — up at least %1 (%n customer(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Em expansão&lt;/b&gt; — alta de pelo menos %1 (%n cliente)</numerusform>
            <numerusform>&lt;b&gt;Em expansão&lt;/b&gt; — alta de pelo menos %1 (%n clientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
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
            <numerusform>Último %n dia</numerusform>
            <numerusform>Últimos %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n year(s)</source>
        <translation>
            <numerusform>Último %n ano</numerusform>
            <numerusform>Últimos %n anos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Último %n mês</numerusform>
            <numerusform>Últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>The last N whole periods are compared with the N before</source>
        <translation>Os últimos N períodos completos são comparados com os N anteriores</translation>
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
        <translation>Saúde mantém seus próprios períodos: a granularidade da barra de filtros não a altera</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Últimos</translation>
    </message>
    <message numerus="yes">
        <source>%1 vs the %n before · current: %2 – %3 · previous: %4 – %5</source>
        <translation>
            <numerusform>%1 contra o %n anterior · atual: %2 – %3 · anterior: %4 – %5</numerusform>
            <numerusform>%1 contra os %n anteriores · atual: %2 – %3 · anterior: %4 – %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with activity in the last %1 whole periods · %2 ms</source>
        <translation>
            <numerusform>%n cliente com atividade nos últimos %1 períodos completos · %2 ms</numerusform>
            <numerusform>%n clientes com atividade nos últimos %1 períodos completos · %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risco de churn</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Sinais mais fortes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Churn risk&lt;/b&gt; — no activity in the next %n day(s), as of %1</source>
        <translation>
            <numerusform>&lt;b&gt;Risco de churn&lt;/b&gt; — nenhuma atividade no próximo %n dia, em %1</numerusform>
            <numerusform>&lt;b&gt;Risco de churn&lt;/b&gt; — nenhuma atividade nos próximos %n dias, em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Churn risk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Risco de churn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Track record: no customer was active in the 90 days before %1, nothing to check yet</source>
        <translation>Histórico: nenhum cliente esteve ativo nos 90 dias antes de %1, ainda nada a verificar</translation>
    </message>
    <message numerus="yes">
        <source>Track record: scored as of %1, %n customer(s), and none churned in the window after: nothing to rank</source>
        <translation>
            <numerusform>Histórico: avaliado em %1, %n cliente, e nenhum saiu na janela seguinte: nada a ordenar</numerusform>
            <numerusform>Histórico: avaliado em %1, %n clientes, e nenhum saiu na janela seguinte: nada a ordenar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Track record, scored as of %1 (%n customer(s)): AUC %2 · of the riskiest 10%, %3 churned (base rate %4), %5 of all who churned</source>
        <translation>
            <numerusform>Histórico, avaliado em %1 (%n cliente): AUC %2 · dos 10% de maior risco, %3 saíram (taxa base %4), %5 de todos que saíram</numerusform>
            <numerusform>Histórico, avaliado em %1 (%n clientes): AUC %2 · dos 10% de maior risco, %3 saíram (taxa base %4), %5 de todos que saíram</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · at risk when down at least %3</source>
        <translation>%1 · %2 · em risco com queda de pelo menos %3</translation>
    </message>
    <message>
        <source>No customer at risk</source>
        <translation>Nenhum cliente em risco</translation>
    </message>
    <message numerus="yes">
        <source>Customers at risk, largest accounts first (%n in all)</source>
        <translation>
            <numerusform>Clientes em risco, os maiores primeiro (%n no total)</numerusform>
            <numerusform>Clientes em risco, os maiores primeiro (%n no total)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::HealthTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Clique duplo para abrir %1</translation>
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
        <translation>Atual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
</context>
<context>
    <name>ul::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Escolher arquivos</translation>
    </message>
    <message>
        <source>CSV or NDJSON exports with one row per customer and day. Several files of the same layout are imported together into one dataset.</source>
        <translation>Exportações CSV ou NDJSON com uma linha por cliente e dia. Vários arquivos com o mesmo layout são importados juntos em um conjunto de dados.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <source>Usage data (*.csv *.tsv *.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Dados de uso (*.csv *.tsv *.ndjson *.jsonl *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>From database…</source>
        <translation>De um banco de dados…</translation>
    </message>
    <message>
        <source>Import the rows of a query on a PostgreSQL-protocol server</source>
        <translation>Importar as linhas de uma consulta em um servidor com protocolo PostgreSQL</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1: %2</source>
        <translation>
            <numerusform>%n linha de %1: %2</numerusform>
            <numerusform>%n linhas de %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::ImportMappingPage</name>
    <message>
        <source>Customer id</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Data de criação</translation>
    </message>
    <message>
        <source>Metric (summed)</source>
        <translation>Métrica (somada)</translation>
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
        <translation>Verificar as colunas</translation>
    </message>
    <message>
        <source>Dataset name:</source>
        <translation>Nome do conjunto:</translation>
    </message>
    <message>
        <source>Problems in the preview:</source>
        <translation>Problemas na pré-visualização:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>Nenhum problema na primeira linha.</numerusform>
            <numerusform>Nenhum problema nas primeiras %n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>a customer id</source>
        <translation>um ID de cliente</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>uma data</translation>
    </message>
    <message numerus="yes">
        <source>%1 format, %n column(s).</source>
        <translation>
            <numerusform>Formato %1, %n coluna.</numerusform>
            <numerusform>Formato %1, %n colunas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Escolha %1.</translation>
    </message>
    <message>
        <source>The layout and roles were detected from the data; change any that are wrong. Nothing is written yet.</source>
        <translation>A estrutura e os papéis foram detectados a partir dos dados; altere o que estiver errado. Nada é gravado ainda.</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Lendo a pré-visualização…</translation>
    </message>
    <message>
        <source>Date form</source>
        <translation>Forma da data</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(escolher)</translation>
    </message>
    <message>
        <source>No value decides the order of day and month; check it.</source>
        <translation>Nenhum valor decide a ordem de dia e mês; verifique.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>the date form of &apos;%1&apos;</source>
        <translation>a forma da data de “%1”</translation>
    </message>
    <message>
        <source>Unique count (distinct values)</source>
        <translation>Contagem única (valores distintos)</translation>
    </message>
    <message>
        <source>Filter and break down (per row)</source>
        <translation>Filtrar e detalhar (por linha)</translation>
    </message>
    <message>
        <source>optional, e.g. revenue = Qty * &quot;Unit Price&quot;; hours = seconds / 3600</source>
        <translation>opcional, p. ex. receita = Qtd * &quot;Preço unitário&quot;; horas = segundos / 3600</translation>
    </message>
    <message>
        <source>Metrics computed from each row: + - * / and parentheses over numeric columns (names with spaces in quotes). Separate several with &apos;;&apos;.</source>
        <translation>Métricas calculadas de cada linha: + - * / e parênteses sobre colunas numéricas (nomes com espaços entre aspas). Separe várias com “;”.</translation>
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
        <translation>Moedas: %1 (a receita é mostrada por moeda, nunca somada)</translation>
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
        <translation>Todos os arquivos são importados em uma transação: cancelar deixa o espaço de trabalho inalterado.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importação</translation>
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
        <translation>%1 linhas · %2 de %3 · %4 MB/s</translation>
    </message>
    <message>
        <source>Imported %1 rows into dataset &apos;%2&apos;%3.</source>
        <translation>%1 linhas importadas no conjunto “%2”%3.</translation>
    </message>
    <message>
        <source> (%1 rows skipped)</source>
        <translation> (%1 linhas ignoradas)</translation>
    </message>
    <message>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Importação cancelada. O espaço de trabalho não foi alterado.</translation>
    </message>
    <message>
        <source>Import failed; the workspace is unchanged.
%1</source>
        <translation>A importação falhou; o espaço de trabalho não foi alterado.
%1</translation>
    </message>
    <message>
        <source>Waiting for another import into this workspace to finish…</source>
        <translation>Aguardando outra importação neste espaço de trabalho terminar…</translation>
    </message>
</context>
<context>
    <name>ul::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Já importado</translation>
    </message>
    <message numerus="yes">
        <source>This content was already imported on %1 from %2 into the dataset &apos;%3&apos; (import #%4, %n row(s)).</source>
        <translation>
            <numerusform>Este conteúdo já foi importado em %1 de %2 para o conjunto de dados &apos;%3&apos; (importação nº %4, %n linha).</numerusform>
            <numerusform>Este conteúdo já foi importado em %1 de %2 para o conjunto de dados &apos;%3&apos; (importação nº %4, %n linhas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace swaps the earlier import for this file; a new dataset keeps both.</source>
        <translation>Substituir troca a importação anterior por este arquivo; um novo conjunto de dados mantém ambos.</translation>
    </message>
    <message>
        <source>Replace import #%1</source>
        <translation>Substituir a importação nº %1</translation>
    </message>
    <message>
        <source>Import as a new dataset</source>
        <translation>Importar como novo conjunto de dados</translation>
    </message>
</context>
<context>
    <name>ul::ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Importações</translation>
    </message>
    <message>
        <source>#</source>
        <translation>nº</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Importado em (UTC)</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Desfazer importação…</translation>
    </message>
    <message>
        <source>Remove this import&apos;s rows; the workspace is as before the import</source>
        <translation>Remover as linhas desta importação; o espaço de trabalho fica como antes dela</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in this workspace.</source>
        <translation>
            <numerusform>%n importação neste espaço de trabalho.</numerusform>
            <numerusform>%n importações neste espaço de trabalho.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Desfazer importação</translation>
    </message>
    <message numerus="yes">
        <source>Remove import #%1 (%2, %n row(s)) from the dataset &apos;%3&apos;?</source>
        <translation>
            <numerusform>Remover a importação nº %1 (%2, %n linha) do conjunto de dados &apos;%3&apos;?</numerusform>
            <numerusform>Remover a importação nº %1 (%2, %n linhas) do conjunto de dados &apos;%3&apos;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing import #%1…</source>
        <translation>Removendo a importação nº %1…</translation>
    </message>
    <message>
        <source>Import undone.</source>
        <translation>Importação desfeita.</translation>
    </message>
</context>
<context>
    <name>ul::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Dados demo</translation>
    </message>
    <message>
        <source>Synthetic demo workspace. Import your own files with File › Import files…</source>
        <translation>Espaço de trabalho de demonstração sintético. Importe seus arquivos em Arquivo › Importar arquivos…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar arquivos…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaços de trabalho &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Exportar &amp;planilha…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;escuro</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Tela &amp;cheia</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Próxima aba</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Aba anterior</translation>
    </message>
    <message>
        <source>All customers view</source>
        <translation>Visão de todos os clientes</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>A&amp;presentação</translation>
    </message>
    <message>
        <source>Presentation, one chart per slide</source>
        <translation>Apresentação, um gráfico por slide</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; has no metrics (it holds customer attributes only).
Its attributes appear in the customer views.</source>
        <translation>O conjunto “%1” não tem métricas (apenas atributos de clientes).
Seus atributos aparecem nas visões de cliente.</translation>
    </message>
    <message>
        <source>No metrics</source>
        <translation>Sem métricas</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>Espaços de trabalho do UsageLens (*.usagelens)</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens);;All files (*)</source>
        <translation>Espaços de trabalho do UsageLens (*.usagelens);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 — UsageLens</source>
        <translation>%1 — UsageLens</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 gravado (%n página)</numerusform>
            <numerusform>%1 gravado (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportar planilha</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 gravado</translation>
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
        <translation>O novo idioma será usado após reiniciar o UsageLens.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New &amp;calculated metric…</source>
        <translation>Nova métrica &amp;calculada…</translation>
    </message>
    <message>
        <source>New calculated metric</source>
        <translation>Nova métrica calculada</translation>
    </message>
    <message>
        <source>The current dataset has no metrics.</source>
        <translation>O conjunto de dados atual não tem métricas.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 adicionada</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Salvar visualização…</translation>
    </message>
    <message>
        <source>Saved &amp;views…</source>
        <translation>&amp;Visualizações salvas…</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Nenhum espaço de trabalho está aberto</translation>
    </message>
    <message>
        <source>The saved view &apos;%1&apos; shows the dataset &apos;%2&apos;, which the workspace no longer has</source>
        <translation>A visualização salva &apos;%1&apos; mostra o conjunto de dados &apos;%2&apos;, que o espaço de trabalho não tem mais</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar visualização</translation>
    </message>
    <message>
        <source>Name of this view (dataset, tab, range, filters, ranking):</source>
        <translation>Nome desta visualização (conjunto de dados, aba, período, filtros, ranking):</translation>
    </message>
    <message>
        <source>Replace the saved view &apos;%1&apos;?</source>
        <translation>Substituir a visualização salva &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos; in the workspace</source>
        <translation>Visualização &apos;%1&apos; salva no espaço de trabalho</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Visualizações salvas</translation>
    </message>
    <message>
        <source>Im&amp;ports…</source>
        <translation>Im&amp;portações…</translation>
    </message>
    <message>
        <source>&amp;Notes on dates…</source>
        <translation>&amp;Notas em datas…</translation>
    </message>
    <message>
        <source>The notes on dates cannot be read: %1</source>
        <translation>Não é possível ler as notas em datas: %1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Conectar a um &amp;servidor…</translation>
    </message>
    <message>
        <source>Changes by other sessions will not be announced: %1</source>
        <translation>Alterações de outras sessões não serão avisadas: %1</translation>
    </message>
    <message>
        <source>&amp;Back (undo the last chart click)</source>
        <translation>&amp;Voltar (desfazer o último clique num gráfico)</translation>
    </message>
</context>
<context>
    <name>ul::MetricTab</name>
    <message>
        <source>Total in range</source>
        <translation>Total no intervalo</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>Variação vs. anterior</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes ativos</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes novos</translation>
    </message>
    <message>
        <source>Average per active customer</source>
        <translation>Média por cliente ativo</translation>
    </message>
    <message>
        <source>Top 10% share</source>
        <translation>Participação do top 10%</translation>
    </message>
    <message>
        <source>Total per period</source>
        <translation>Total por período</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Change per period (%)</source>
        <translation>Variação por período (%)</translation>
    </message>
    <message>
        <source>Customers by total (log scale bins)</source>
        <translation>Clientes por total (faixas log.)</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Principais clientes</translation>
    </message>
    <message>
        <source>Top new customers</source>
        <translation>Principais clientes novos</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Sem dados para esta seleção</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>anterior: %1</translation>
    </message>
    <message>
        <source>no usage in the previous period</source>
        <translation>sem uso no período anterior</translation>
    </message>
    <message numerus="yes">
        <source>created in the last %n day(s)</source>
        <translation>
            <numerusform>criados no último dia</numerusform>
            <numerusform>criados nos últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>top customer: %1</source>
        <translation>cliente principal: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Needs at least two periods with data — widen the range or pick a finer granularity</source>
        <translation>São necessários pelo menos dois períodos com dados — amplie o intervalo ou escolha uma granularidade menor</translation>
    </message>
    <message>
        <source>No new customers in this selection</source>
        <translation>Nenhum cliente novo nesta seleção</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 to %3 · %n period(s) · %4 ms</source>
        <translation>
            <numerusform>%1 · %2 a %3 · %n período · %4 ms</numerusform>
            <numerusform>%1 · %2 a %3 · %n períodos · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Customers &amp;&amp; cohorts</source>
        <translation>Clientes &amp;&amp; coortes</translation>
    </message>
    <message>
        <source>New, reactivated and churned customers by activity, and cohorts by first active month</source>
        <translation>Clientes novos, reativados e perdidos por atividade, e coortes por primeiro mês ativo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>The top customers as a table: share, cumulative share, change and rank move against the span before, trend</source>
        <translation>Os principais clientes em tabela: participação, participação acumulada, variação e mudança de posição em relação ao período anterior, tendência</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>Drawn over the total-per-period chart: the periods right before, the same periods a year earlier, or another metric on its own axis</source>
        <translation>Desenhado sobre o gráfico do total por período: os períodos imediatamente anteriores, os mesmos períodos um ano antes ou outra métrica em seu próprio eixo</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Previous periods</source>
        <translation>Períodos anteriores</translation>
    </message>
    <message>
        <source>Same periods last year</source>
        <translation>Mesmos períodos do ano anterior</translation>
    </message>
    <message>
        <source>days of the range</source>
        <translation>dias do intervalo</translation>
    </message>
    <message>
        <source>weeks of the range</source>
        <translation>semanas do intervalo</translation>
    </message>
    <message>
        <source>months of the range</source>
        <translation>meses do intervalo</translation>
    </message>
    <message>
        <source>quarters of the range</source>
        <translation>trimestres do intervalo</translation>
    </message>
    <message>
        <source>years of the range</source>
        <translation>anos do intervalo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>the data starts inside the previous period</source>
        <translation>os dados começam dentro do período anterior</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <source>Draws the forecast with its 80% and 95% bands on the total-per-period chart, and how accurate the same method was on the last periods</source>
        <translation>Desenha a previsão com as faixas de 80% e 95% no gráfico do total por período, e quão precisa a mesma técnica foi nos últimos períodos</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Previsão: %1</translation>
    </message>
    <message>
        <source>Total per period and forecast</source>
        <translation>Total por período e previsão</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Tabela dinâmica</translation>
    </message>
    <message>
        <source>Customers by period: the metric of every top customer in every period of the range, with totals</source>
        <translation>Clientes por período: a métrica de cada cliente principal em cada período do intervalo, com totais</translation>
    </message>
</context>
<context>
    <name>ul::NotesDialog</name>
    <message>
        <source>Notes on dates — %1</source>
        <translation>Notas em datas — %1</translation>
    </message>
    <message>
        <source>A note marks its date on every time chart of this dataset, in slides and in the PDF. Double-click a note to change it.</source>
        <translation>Uma nota marca sua data em cada gráfico temporal deste conjunto de dados, nos slides e no PDF. Clique duas vezes em uma nota para alterá-la.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What happened (pricing change, outage, launch…)</source>
        <translation>O que aconteceu (mudança de preço, falha, lançamento…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Notes on dates</source>
        <translation>Notas em datas</translation>
    </message>
</context>
<context>
    <name>ul::PivotPage</name>
    <message>
        <source>Click a column header to sort by it; Ctrl+C copies the table as tab-separated text</source>
        <translation>Clique no cabeçalho de uma coluna para ordenar; Ctrl+C copia a tabela como texto separado por tabulações</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Copiar como TSV</translation>
    </message>
    <message>
        <source>The whole table on the clipboard, ready to paste into a spreadsheet</source>
        <translation>A tabela inteira na área de transferência, pronta para colar numa planilha</translation>
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
        <translation>Linhas: %1, maior total primeiro. * os dados cobrem este período só em parte.</translation>
    </message>
    <message>
        <source>Rows: %1, largest total first.</source>
        <translation>Linhas: %1, maior total primeiro.</translation>
    </message>
    <message>
        <source>Export pivot as CSV</source>
        <translation>Exportar a tabela dinâmica como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export pivot</source>
        <translation>Exportar tabela dinâmica</translation>
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
        <translation>%1: os dados cobrem este período só em parte</translation>
    </message>
</context>
<context>
    <name>ul::PresentationWindow</name>
    <message>
        <source>UsageLens presentation</source>
        <translation>Apresentação do UsageLens</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Nada para apresentar</translation>
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
        <translation>Importar de um banco de dados</translation>
    </message>
    <message>
        <source>Rows of a query on a PostgreSQL server (or Citus, Redshift, CockroachDB, YugabyteDB). The query runs read-only; timestamps arrive in UTC. The import records the server and the query as its source; the same query imported again can replace its earlier result.</source>
        <translation>Linhas de uma consulta em um servidor PostgreSQL (ou Citus, Redshift, CockroachDB, YugabyteDB). A consulta roda somente leitura; os carimbos de tempo chegam em UTC. A importação registra o servidor e a consulta como origem; a mesma consulta importada de novo pode substituir seu resultado anterior.</translation>
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
        <translation>Executar consulta</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Executando a consulta…</translation>
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
            <numerusform>+%n outro</numerusform>
            <numerusform>+%n outros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RankingPage</name>
    <message>
        <source>Top customers and their running share</source>
        <translation>Principais clientes e sua participação acumulada</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log</translation>
    </message>
    <message>
        <source>Bars on a log axis, so one very large customer does not flatten the others</source>
        <translation>Barras em eixo logarítmico, para que um cliente muito grande não achate os demais</translation>
    </message>
    <message>
        <source>Previous span: the same number of days right before the range. Trend: %1. Double-click a customer to open it.</source>
        <translation>Período anterior: o mesmo número de dias imediatamente antes do intervalo. Tendência: %1. Clique duas vezes em um cliente para abri-lo.</translation>
    </message>
    <message>
        <source>The data does not reach back over the span before the range: no changes or rank moves. Trend: %1.</source>
        <translation>Os dados não cobrem o período antes do intervalo: sem variações nem mudanças de posição. Tendência: %1.</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Sem dados para esta seleção</translation>
    </message>
    <message>
        <source>Distribution of customer totals</source>
        <translation>Distribuição dos totais por cliente</translation>
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
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Rank move</source>
        <translation>Mudança de posição</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>No value in the span before the range</source>
        <translation>Sem valor no período antes do intervalo</translation>
    </message>
    <message>
        <source>The data does not cover the span before the range</source>
        <translation>Os dados não cobrem o período antes do intervalo</translation>
    </message>
</context>
<context>
    <name>ul::ReportOptionsDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Tabs:</source>
        <translation>Abas:</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, paisagem</translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation>Carta, paisagem</translation>
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
        <translation>Configurações de receita</translation>
    </message>
    <message>
        <source>Sales and marketing spend per month; CAC = spend / new customers</source>
        <translation>Gasto mensal com vendas e marketing; CAC = gasto / clientes novos</translation>
    </message>
    <message>
        <source>Currency of the invoice amounts (a label only: nothing is converted)</source>
        <translation>Moeda dos valores faturados (apenas um rótulo: nada é convertido)</translation>
    </message>
    <message>
        <source>Gross margin used for LTV and CAC payback</source>
        <translation>Margem bruta usada para o LTV e o payback do CAC</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mês(es)</translation>
    </message>
    <message>
        <source>Each invoice is spread evenly over this many months, starting with the month paid</source>
        <translation>Cada fatura é distribuída igualmente por estes meses, a partir do mês do pagamento</translation>
    </message>
    <message>
        <source>Monthly acquisition spend</source>
        <translation>Gasto mensal de aquisição</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margem bruta</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Período de cobrança</translation>
    </message>
    <message>
        <source>An invoice counts as one month of recurring revenue in the UTC month it was paid (billing period setting spreads it). Several invoices of a customer in one month add up.

LTV uses the logo churn averaged over the last 3 months; it is n/a while nobody churns.</source>
        <translation>Uma fatura conta como um mês de receita recorrente no mês UTC em que foi paga (a configuração Período de cobrança a distribui). Várias faturas de um cliente no mesmo mês se somam.

O LTV usa o churn de clientes médio dos últimos 3 meses; fica n/d enquanto ninguém cancela.</translation>
    </message>
    <message>
        <source>Off: the customers paying in the data&apos;s first month are the opening base, not new revenue (an export rarely starts with the first sale). On: the data starts with the business, so they are all new.</source>
        <translation>Desligado: os clientes que pagam no primeiro mês dos dados são a base inicial, não receita nova (uma exportação raramente começa na primeira venda). Ligado: os dados começam com o negócio, então todos são novos.</translation>
    </message>
    <message>
        <source>count as new</source>
        <translation>contar como novos</translation>
    </message>
    <message>
        <source>First month&apos;s customers</source>
        <translation>Clientes do primeiro mês</translation>
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
        <translation>Crescimento mensal MRR</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Retenção líquida de receita</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Churn de clientes</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>CAC payback</source>
        <translation>Payback do CAC</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Movimentos do MRR</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Retenção de clientes</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Retenção de receita</translation>
    </message>
    <message>
        <source>Cohorts by first payment month</source>
        <translation>Coortes por mês do primeiro pagamento</translation>
    </message>
    <message>
        <source>Core-customer profile</source>
        <translation>Perfil dos clientes principais</translation>
    </message>
    <message>
        <source>Unit economics per month</source>
        <translation>Economia unitária por mês</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>previous month: %1 %2</source>
        <translation>mês anterior: %1 %2</translation>
    </message>
    <message>
        <source>no MRR in the previous month</source>
        <translation>sem MRR no mês anterior</translation>
    </message>
    <message>
        <source>trailing 12 months: %1</source>
        <translation>últimos 12 meses: %1</translation>
    </message>
    <message>
        <source>month over month, %1</source>
        <translation>mês a mês, %1</translation>
    </message>
    <message>
        <source>3-month average: %1</source>
        <translation>média de 3 meses: %1</translation>
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
        <translation>MRR ganho cobre o gasto</translation>
    </message>
    <message>
        <source>new + expansion MRR below spend</source>
        <translation>MRR ganho abaixo do gasto</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Sem dados para esta seleção</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes novos</translation>
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
        <translation>Churn (3 meses)</translation>
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
        <translation>Payback (meses)</translation>
    </message>
    <message>
        <source>New + expansion MRR</source>
        <translation>MRR novo + expansão</translation>
    </message>
    <message>
        <source>Growth pays?</source>
        <translation>Crescimento compensa?</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Top 10% median</source>
        <translation>Mediana top 10%</translation>
    </message>
    <message>
        <source>Rest median</source>
        <translation>Mediana restante</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Razão</translation>
    </message>
    <message>
        <source>Top 10% mean</source>
        <translation>Média top 10%</translation>
    </message>
    <message>
        <source>Rest mean</source>
        <translation>Média restante</translation>
    </message>
    <message>
        <source>Mean ratio</source>
        <translation>Razão das médias</translation>
    </message>
    <message>
        <source>Core-customer profile (top %1 vs %2 others, all months)</source>
        <translation>Perfil dos clientes principais (top %1 vs. %2 outros, todos os meses)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Needs paying customers with attributes</source>
        <translation>São necessários clientes pagantes com atributos</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n invoice(s) · %2 to %3 · %4 ms</source>
        <translation>
            <numerusform>%1 · %n fatura · %2 a %3 · %4 ms</numerusform>
            <numerusform>%1 · %n faturas · %2 a %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Revenue settings</source>
        <translation>Configurações de receita</translation>
    </message>
    <message>
        <source>Key figures for %1, which the data or the range covers only in part.</source>
        <translation>Indicadores-chave de %1, que os dados ou o período cobrem só em parte.</translation>
    </message>
    <message>
        <source>Top 10% vs rest</source>
        <translation>Top 10% versus o resto</translation>
    </message>
    <message>
        <source>Key figures for %1, the last complete month. %2 is left out: only its days to %3 count.</source>
        <translation>Indicadores-chave de %1, o último mês completo. %2 fica de fora: só contam seus dias até %3.</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>a receita</translation>
    </message>
    <message>
        <source>MRR forecast</source>
        <translation>Previsão de MRR</translation>
    </message>
    <message>
        <source>Draws the MRR forecast with its 80% and 95% bands, and how accurate the same method was on the last months</source>
        <translation>Desenha a previsão de MRR com as faixas de 80% e 95%, e quão precisa a mesma técnica foi nos últimos meses</translation>
    </message>
    <message>
        <source>MRR and forecast</source>
        <translation>MRR e previsão</translation>
    </message>
    <message>
        <source>MRR forecast: %1</source>
        <translation>Previsão de MRR: %1</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <source>Revenue in different currencies is never added up: one currency at a time</source>
        <translation>A receita em moedas diferentes nunca é somada: uma moeda por vez</translation>
    </message>
    <message>
        <source>Only paid or open subscription invoices make MRR: void, uncollectible and draft invoices and one-off invoices without a subscription are left out</source>
        <translation>Só faturas de assinatura pagas ou em aberto formam o MRR: faturas anuladas, incobráveis, rascunhos e faturas avulsas sem assinatura ficam de fora</translation>
    </message>
    <message>
        <source>Show the list…</source>
        <translation>Ver a lista…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Every invoice counts toward MRR.</source>
        <translation>Todas as faturas contam para o MRR.</translation>
    </message>
    <message>
        <source>Left out of MRR: %1.</source>
        <translation>Fora do MRR: %1.</translation>
    </message>
</context>
<context>
    <name>ul::RowFilterDialog</name>
    <message>
        <source>(blank)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar linhas</translation>
    </message>
    <message>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condição</translation>
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
        <translation>Contando linhas…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n linha</numerusform>
            <numerusform>%1 — %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the selected range</source>
        <translation>
            <numerusform>%n valor no período escolhido</numerusform>
            <numerusform>%n valores no período escolhido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::RowFilterRow</name>
    <message>
        <source>(blank)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 é %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <source>%1 is one of %n value(s)</source>
        <translation>
            <numerusform>%1 é %n valor</numerusform>
            <numerusform>%1 é um de %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 não é %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 não é nenhum de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is none of %n value(s)</source>
        <translation>
            <numerusform>%1 não é %n valor</numerusform>
            <numerusform>%1 não é nenhum de %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Only the rows passing every filter count, on every tab and in every export.</source>
        <translation>Só contam as linhas que passam todos os filtros, em cada aba e em cada exportação.</translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation>+ Filtro</translation>
    </message>
    <message>
        <source>Keep or leave out rows by a column kept per row</source>
        <translation>Manter ou excluir linhas por uma coluna guardada por linha</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Detalhar por</translation>
    </message>
    <message>
        <source>Split the total-per-period chart by a column&apos;s values (the 8 largest, then Other)</source>
        <translation>Dividir o gráfico do total por período pelos valores de uma coluna (os 8 maiores, depois Outros)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Change this filter</source>
        <translation>Alterar este filtro</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
    <message>
        <source>Count customers by</source>
        <translation>Contar clientes por</translation>
    </message>
    <message>
        <source>Roll sub-accounts up to the account an attribute names (imported from a mapping file): their usage is summed, ranked and segmented as one customer</source>
        <translation>Agrupar as subcontas na conta que um atributo indica (importado de um arquivo de mapeamento): seu uso é somado, classificado e segmentado como um só cliente</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID do cliente</translation>
    </message>
</context>
<context>
    <name>ul::SavedViewsDialog</name>
    <message>
        <source>Saved views</source>
        <translation>Visualizações salvas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renomear visualização</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Excluir visualização</translation>
    </message>
    <message>
        <source>Delete the saved view &apos;%1&apos;?</source>
        <translation>Excluir a visualização salva &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>ul::SegmentRuleModel</name>
    <message>
        <source>Rules are tried top to bottom; the first whose three score ranges (1-5) contain a customer&apos;s R, F and M names its segment.</source>
        <translation>As regras são testadas de cima para baixo; a primeira cujas três faixas de pontuação (1-5) contêm o R, F e M de um cliente define seu segmento.</translation>
    </message>
    <message>
        <source>rule %1: scores are whole numbers from 1 to 5</source>
        <translation>regra %1: as pontuações são inteiros de 1 a 5</translation>
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
        <translation>Novo segmento</translation>
    </message>
</context>
<context>
    <name>ul::SegmentsTab</name>
    <message>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>The metric summed as each customer&apos;s monetary value</source>
        <translation>A métrica somada como valor monetário de cada cliente</translation>
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
        <translation>Raio em unidades padronizadas; leia no cotovelo do gráfico de k-distâncias</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Export membership…</source>
        <translation>Exportar associação…</translation>
    </message>
    <message>
        <source>RFM scores and segments…</source>
        <translation>Pontuações RFM e segmentos…</translation>
    </message>
    <message>
        <source>Cluster membership…</source>
        <translation>Associação a clusters…</translation>
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
        <translation>pontos mín.:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Clustering:</source>
        <translation>Agrupamento:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Cor por:</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>First matching rule wins; scores 1-5 (5 = most recent, frequent, valuable).</source>
        <translation>Vale a primeira regra que corresponder; pontuações 1-5 (5 = mais recente, frequente, valioso).</translation>
    </message>
    <message>
        <source>Segment rules (double-click to edit)</source>
        <translation>Regras de segmento (clique duplo para editar)</translation>
    </message>
    <message>
        <source>Value share vs customer share</source>
        <translation>Participação no valor vs. nos clientes</translation>
    </message>
    <message>
        <source>Customers by frequency and value</source>
        <translation>Clientes por frequência e valor</translation>
    </message>
    <message>
        <source>k-means++: elbow and silhouette</source>
        <translation>k-means++: cotovelo e silhueta</translation>
    </message>
    <message>
        <source>Sorted k-distance (DBSCAN eps)</source>
        <translation>k-distância ordenada (eps do DBSCAN)</translation>
    </message>
    <message>
        <source>Rules applied.</source>
        <translation>Regras aplicadas.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Não aplicado: %1</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Sem dados para esta seleção</translation>
    </message>
    <message>
        <source>Too few customers to compare k</source>
        <translation>Poucos clientes para comparar k</translation>
    </message>
    <message>
        <source>Too few customers</source>
        <translation>Poucos clientes</translation>
    </message>
    <message numerus="yes">
        <source>DBSCAN eps %1, min points %2: %n cluster(s)</source>
        <translation>
            <numerusform>DBSCAN eps %1, pontos mín. %2: %n cluster</numerusform>
            <numerusform>DBSCAN eps %1, pontos mín. %2: %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n noise point(s)</source>
        <translation>
            <numerusform>, %n ponto de ruído</numerusform>
            <numerusform>, %n pontos de ruído</numerusform>
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
        <translation>, silhueta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · RFM as of %1 · frequency = %2 · %3 · %4 ms</source>
        <translation>
            <numerusform>%n cliente · RFM em %1 · frequência = %2 · %3 · %4 ms</numerusform>
            <numerusform>%n clientes · RFM em %1 · frequência = %2 · %3 · %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>events (payments)</source>
        <translation>eventos (pagamentos)</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>dias ativos</translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>Agrupando…</translation>
    </message>
    <message>
        <source>Events / payments (log scale)</source>
        <translation>Eventos / pagamentos (escala log.)</translation>
    </message>
    <message>
        <source>Active days (log scale)</source>
        <translation>Dias ativos (escala log.)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export membership</source>
        <translation>Exportar associação</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>%n cliente exportado para %1</numerusform>
            <numerusform>%n clientes exportados para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Cluster on chosen features instead of recency, frequency and value</source>
        <translation>Agrupar por variáveis escolhidas em vez de recência, frequência e valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Frequency (active days)</source>
        <translation>Frequência (dias ativos)</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Recência (dias)</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Tempo de casa (dias)</translation>
    </message>
    <message>
        <source>Average per period</source>
        <translation>Média por período</translation>
    </message>
    <message>
        <source>Trend (later vs earlier half)</source>
        <translation>Tendência (segunda metade vs primeira)</translation>
    </message>
    <message>
        <source>Total of %1</source>
        <translation>Total de %1</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>padronizadas</translation>
    </message>
    <message>
        <source>as they are</source>
        <translation>como estão</translation>
    </message>
    <message>
        <source>log, standardised</source>
        <translation>log, padronizadas</translation>
    </message>
    <message>
        <source>How chosen features are scaled before distances are taken</source>
        <translation>Como as variáveis escolhidas são escaladas antes de medir distâncias</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Only customers whose total over the range is at least this take part in segments and clusters (e.g. 0.01: a positive total)</source>
        <translation>Só clientes cujo total no intervalo chega a pelo menos este valor entram em segmentos e clusters (ex.: 0,01: um total positivo)</translation>
    </message>
    <message>
        <source>Min total:</source>
        <translation>Total mín.:</translation>
    </message>
    <message>
        <source>Clustering on recency in days, log(1 + frequency), log(1 + value), standardised</source>
        <translation>Agrupamento por recência em dias, log(1 + frequência), log(1 + valor), padronizadas</translation>
    </message>
    <message>
        <source>Clustering on %1, %2</source>
        <translation>Agrupamento por %1, %2</translation>
    </message>
    <message>
        <source>The cluster summary gives each cluster&apos;s centre in these features&apos; units</source>
        <translation>O resumo dos clusters dá o centro de cada um nas unidades destas variáveis</translation>
    </message>
</context>
<context>
    <name>ul::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Conectar a um servidor</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, shared by a team: everyone who connects to the same schema sees the same imports. Passwords come from ~/.pgpass or a service file, or are asked for; UsageLens never stores one.</source>
        <translation>Um espaço de trabalho em um servidor PostgreSQL, compartilhado por uma equipe: quem se conecta ao mesmo esquema vê as mesmas importações. As senhas vêm de ~/.pgpass ou de um arquivo de serviço, ou são pedidas; o UsageLens nunca guarda nenhuma.</translation>
    </message>
    <message>
        <source>the server&apos;s default (search_path)</source>
        <translation>o padrão do servidor (search_path)</translation>
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
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Senha para %1:</translation>
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
        <translation>sequências de espaços</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>a primeira linha é o cabeçalho</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sem linha de cabeçalho</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>ponto (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>vírgula (1,5)</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Cabeçalho:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificação:</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Separador deci&amp;mal:</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>linha de cabeçalho</translation>
    </message>
    <message>
        <source>point</source>
        <translation>ponto</translation>
    </message>
    <message>
        <source>per column</source>
        <translation>por coluna</translation>
    </message>
</context>
<context>
    <name>ul::TabListButton</name>
    <message>
        <source>All tabs</source>
        <translation>Todas as abas</translation>
    </message>
    <message>
        <source>List every tab of the dataset</source>
        <translation>Listar todas as abas do conjunto de dados</translation>
    </message>
</context>
<context>
    <name>ul::ViewTablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>Tabelas</translation>
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
        <translation>O arquivo fica como está. O UsageLens pode copiar o que ainda é legível para um novo espaço de trabalho e abri-lo.</translation>
    </message>
    <message>
        <source>Recover a copy…</source>
        <translation>Recuperar uma cópia…</translation>
    </message>
    <message>
        <source>Recover into</source>
        <translation>Recuperar em</translation>
    </message>
    <message>
        <source>UsageLens workspaces (*.usagelens)</source>
        <translation>Espaços de trabalho do UsageLens (*.usagelens)</translation>
    </message>
    <message>
        <source>Copying the readable data…</source>
        <translation>Copiando os dados legíveis…</translation>
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
        <translation>&quot;usagelens COMANDO --help&quot; mostra as opções de um comando.</translation>
    </message>
    <message>
        <source>List datasets, metrics and customers</source>
        <translation>Listar conjuntos de dados, métricas e clientes</translation>
    </message>
    <message>
        <source>Write the built-in demo workspace</source>
        <translation>Gravar o espaço de trabalho de demonstração integrado</translation>
    </message>
    <message>
        <source>Write a report as PDF, xlsx or CSV files (scheduled refreshes)</source>
        <translation>Gravar um relatório em PDF, xlsx ou CSV (atualizações agendadas)</translation>
    </message>
    <message>
        <source>Import CSV/NDJSON/JSON files into a workspace</source>
        <translation>Importar arquivos CSV/NDJSON/JSON para um espaço de trabalho</translation>
    </message>
    <message>
        <source>List imports and their provenance</source>
        <translation>Listar as importações e sua procedência</translation>
    </message>
    <message>
        <source>Remove one import&apos;s data</source>
        <translation>Remover os dados de uma importação</translation>
    </message>
    <message>
        <source>Print a report view (usage, revenue, segments) as CSV or JSON</source>
        <translation>Imprimir uma visão de relatório (uso, receita, segmentos) em CSV ou JSON</translation>
    </message>
    <message>
        <source>Render the dashboard offscreen to a PNG</source>
        <translation>Renderizar o painel fora da tela em um PNG</translation>
    </message>
    <message>
        <source>UsageLens: offline customer-usage analytics. Without a command the dashboard opens on the last workspace or the demo; a file argument opens a workspace or the import wizard.</source>
        <translation>UsageLens: análise offline do uso de clientes. Sem comando, o painel abre no último espaço de trabalho ou na demonstração; um arquivo como argumento abre um espaço de trabalho ou o assistente de importação.</translation>
    </message>
    <message>
        <source>Interface language: system, %1 (before or after the command).</source>
        <translation>Idioma da interface: system, %1 (antes ou depois do comando).</translation>
    </message>
    <message>
        <source>A command, listed below.</source>
        <translation>Um comando da lista abaixo.</translation>
    </message>
    <message>
        <source>Check a workspace for damage</source>
        <translation>Verificar se um espaço de trabalho está danificado</translation>
    </message>
    <message>
        <source>Copy the readable data of a damaged workspace</source>
        <translation>Copiar os dados legíveis de um espaço de trabalho danificado</translation>
    </message>
    <message>
        <source>Add or remove a calculated metric (metric add --ratio A/B)</source>
        <translation>Adicionar ou remover uma métrica calculada (metric add --ratio A/B)</translation>
    </message>
    <message>
        <source>Add, edit, remove or list notes on dates (chart markers)</source>
        <translation>Adicionar, editar, remover ou listar notas em datas (marcas nos gráficos)</translation>
    </message>
</context>
</TS>
