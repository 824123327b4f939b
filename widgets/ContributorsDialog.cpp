// SPDX-License-Identifier: MIT
#include "ContributorsDialog.h"

#include "ChartStyle.h"
#include "core/StandardColumns.h"
#include "query/Contributors.h"
#include "tables/ColumnFit.h"
#include "tables/ReportTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ul {

namespace {

QString signedAmount(double v) { return (v > 0 ? QStringLiteral("+") : QString()) + ChartStyle::abbreviate(v); }

} // namespace

ContributorsDialog::ContributorsDialog(const QString& workspacePath, QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("contributorsDialog"));
    resize(720, 480); // fits a 1280x720 projector with the window behind it
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_model = new ReportTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ReportTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the view's order: largest absolute change first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setTextElideMode(Qt::ElideMiddle);
    fitColumnsToWidth(m_view);
    connect(m_view, &QTableView::doubleClicked, this, &ContributorsDialog::openSelected);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("Open customer"), QDialogButtonBox::ActionRole);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &ContributorsDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_view->selectionModel()->hasSelection()); });
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

void ContributorsDialog::showPeriod(const ReportRequest& request, const QString& metricName)
{
    m_request = request;
    m_metricName = metricName;
    setWindowTitle(tr("Customers behind %1").arg(request.period));
    m_title->setText(
        request.cohort.isEmpty()
            ? tr("Who changed %1 in %2?").arg(metricName, request.period)
            : tr("Who of the %3 cohort changed %1 in %2?").arg(metricName, request.period, request.cohort));
    m_summary->setText(tr("Loading…"));
    m_model->setTable({});
    m_busy->show();
    const quint64 generation = ++m_generation;
    if (m_synchronous) {
        apply(ContributorsResult::load(m_workspacePath, request));
        return;
    }
    QtConcurrent::run([path = m_workspacePath, request] {
        return ContributorsResult::load(path, request);
    }).then(this, [this, generation](Result result) {
        if (generation == m_generation) // an older period's rows arriving late are dropped
            apply(std::move(result));
    });
}

void ContributorsDialog::apply(Result result)
{
    m_busy->hide();
    m_result = std::move(result);
    m_model->setTable(m_result.table);
    m_model->setColumns(ReportTableModel::columnsOf(m_result.table));
    m_summary->setText(m_result.error.isEmpty() ? summary() : m_result.error);
    emit loaded();
}

QString ContributorsDialog::summary() const
{
    const ReportTable& t = m_result.table;
    const std::optional<Day> start = periodStartOfLabel(m_request.period);
    if (!start)
        return {};
    const Granularity g = m_request.granularity;
    const Day previous = previousPeriodStart(*start, g);
    if (t.rows.empty())
        return tr("No customer has a value in %1 or %2.").arg(m_request.period, periodLabel(previous, g));
    double total = 0, before = 0;
    bool additive = false;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        total += t.number(r, cols::value).value_or(0);
        before += t.number(r, cols::previous).value_or(0);
        additive = additive || t.number(r, cols::changeSharePct).has_value();
    }
    QStringList parts;
    const double change = total - before;
    QString line = tr("%1 against %2: %3 (was %4), change %5")
                       .arg(m_request.period, periodLabel(previous, g), ChartStyle::abbreviate(total),
                            ChartStyle::abbreviate(before), signedAmount(change));
    if (before != 0)
        line += QStringLiteral(" (%1)").arg(ChartStyle::signedChange(change / before * 100.0));
    parts << line + QLatin1Char('.');
    const QString first = t.text(0, cols::customer);
    const double firstChange = t.number(0, cols::change).value_or(0);
    if (const std::optional<double> share = t.number(0, cols::changeSharePct); share && change != 0)
        parts << (change < 0 ? tr("Largest: %1 %2, %3 of the drop.") : tr("Largest: %1 %2, %3 of the rise."))
                     .arg(first, signedAmount(firstChange), ChartStyle::percent(*share));
    else if (!additive)
        parts << tr("Unique counts and ratios do not add up over customers, so there are no shares.");
    if (m_result.data) {
        const Day end = nextPeriodStart(*start, g) - 1;
        if (m_result.data->to < end)
            parts << tr("%1 is partial: the data ends on %2, so the change compares unequal spans.")
                         .arg(m_request.period, ChartStyle::date(m_result.data->to));
        else if (m_result.data->from > previous)
            parts << tr("%1 is partial: the data starts on %2, so the change compares unequal spans.")
                         .arg(periodLabel(previous, g), ChartStyle::date(m_result.data->from));
    }
    return parts.join(QLatin1Char(' '));
}

void ContributorsDialog::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return;
    const QString customer = m_view->model()->data(rows.front(), Qt::DisplayRole).toString();
    if (!customer.isEmpty())
        emit customerRequested(customer);
}

} // namespace ul
