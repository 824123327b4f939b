// SPDX-License-Identifier: MIT
#include "HelpMenu.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ul {

namespace {

QString plain(QString text) { return text.remove(QLatin1Char('&')).remove(QChar(0x2026)).trimmed(); }

void collect(const QMenu* menu, const QString& path, std::vector<std::pair<QString, QString>>* out)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), out);
            continue;
        }
        if (!action->shortcut().isEmpty())
            out->emplace_back(path + QStringLiteral(" › ") + plain(action->text()),
                              action->shortcut().toString(QKeySequence::NativeText));
    }
}

/// A dialog showing `body` with a Close button.
void showPage(QWidget* parent, const QString& title, QWidget* body, QSize size)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.resize(size);
    auto* layout = new QVBoxLayout(&dialog);
    body->setParent(&dialog);
    layout->addWidget(body, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace

std::vector<std::pair<QString, QString>> HelpMenu::shortcuts(const QMainWindow* window)
{
    std::vector<std::pair<QString, QString>> out;
    for (const QAction* top : window->menuBar()->actions())
        if (top->menu())
            collect(top->menu(), plain(top->text()), &out);
    return out;
}

QString HelpMenu::conventionsHtml()
{
    return QApplication::translate(
        "HelpMenu",
        "<h3>How UsageLens counts</h3>"
        "<p><b>Days</b> are calendar days in UTC; a timestamp with an offset is converted to UTC first. "
        "Weeks start on Monday. Periods are labelled 2022-10-17 (a day or a week's Monday), 2022-10, 2022-Q4, "
        "2022.</p>"
        "<p><b>Partial periods</b>: a period the data or the range covers only in part is drawn lighter, "
        "says \"partial\" in its tooltip, and never drives a change, churn or growth figure; headline "
        "numbers use the last whole period and name it.</p>"
        "<p><b>Change %</b> is shown only where the previous period is whole and not close to zero (at least "
        "5% of the median of the whole periods).</p>"
        "<p><b>New customers</b>: created (or first seen) within the chosen number of days before the "
        "range ends. The customers already active in the data's first period are its opening base, not "
        "new, unless you ask for it (Revenue settings).</p>"
        "<p><b>MRR</b>: an invoice is one month of recurring revenue in the UTC month it was paid (or spread "
        "over the billing period); movements are new, expansion, contraction, churned and reactivation, and "
        "they add up exactly to each month's MRR.</p>"
        "<p><b>Customer ids</b> are text exactly as written; ids that look spreadsheet-mangled (6.00E+07) "
        "are kept and reported at import.</p>"
        "<p><b>Drill-down</b>: click a period of a time chart for the customers behind its change; the "
        "changes add up to the period's change.</p>");
}

void HelpMenu::add(QMainWindow* window)
{
    QMenu* help = window->menuBar()->addMenu(QApplication::translate("HelpMenu", "&Help"));
    help->addAction(QApplication::translate("HelpMenu", "&Keyboard shortcuts"), window, [window] {
        const auto rows = shortcuts(window);
        auto* table = new QTableWidget(int(rows.size()), 2);
        table->setHorizontalHeaderLabels(
            {QApplication::translate("HelpMenu", "Command"), QApplication::translate("HelpMenu", "Shortcut")});
        for (int r = 0; r < int(rows.size()); ++r) {
            table->setItem(r, 0, new QTableWidgetItem(rows[size_t(r)].first));
            table->setItem(r, 1, new QTableWidgetItem(rows[size_t(r)].second));
        }
        table->verticalHeader()->setVisible(false);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        showPage(window, QApplication::translate("HelpMenu", "Keyboard shortcuts"), table, {560, 460});
    });
    help->addAction(QApplication::translate("HelpMenu", "How UsageLens &counts"), window, [window] {
        auto* text = new QTextBrowser;
        text->setHtml(conventionsHtml());
        showPage(window, QApplication::translate("HelpMenu", "How UsageLens counts"), text, {620, 520});
    });
    help->addSeparator();
    help->addAction(QApplication::translate("HelpMenu", "&About UsageLens"), window, [window] {
        QMessageBox::about(window, QApplication::translate("HelpMenu", "About UsageLens"),
                           QApplication::translate("HelpMenu",
                                                   "<b>UsageLens %1</b><p>Customer-usage analytics on your own "
                                                   "machine: imports, dashboards, revenue, segments, reports. "
                                                   "Offline; your data stays in the workspace file.</p>"
                                                   "<p>Qt %2 · SQLite · MIT licence</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

} // namespace ul
