// SPDX-License-Identifier: MIT
#include "audit/WindowProbe.h"

#include "DashboardTab.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "RowFilterRow.h"
#include "audit/LayoutAudit.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <deque>
#include <functional>

namespace ul {
namespace {

constexpr int kPollMs = 100;
constexpr int kSettleMs = 400;        // after the last result: charts lay out, animations end
constexpr int kStepTimeoutMs = 90000; // a step still computing after this is itself a problem

/// One visit: bring the window to a state, wait for its results, look at it.
struct Visit {
    QString name;
    std::function<void()> show;
};

class Probe : public QObject {
public:
    Probe(MainWindow* window, const QString& directory)
        : QObject(window)
        , m_window(window)
        , m_dir(directory)
    {
        QDir().mkpath(directory);
        planVisits();
        QTimer::singleShot(kSettleMs, this, [this] { next(); });
    }

private:
    void planVisits()
    {
        const QStringList datasets = m_window->datasetNames();
        for (const QString& dataset : datasets) {
            m_visits.push_back({dataset, [this, dataset] { m_window->selectDataset(dataset); }});
            m_visits.push_back(
                {dataset + QStringLiteral(" all customers"), [this] { m_window->openCustomer(QString()); }});
            // Tabs are known only once the dataset is selected: the visit plans its own tabs.
            m_visits.push_back({QString(), [this, dataset] { planTabs(dataset, true); }});
        }
        // A live switch must recolour every tab, not only the one on screen when it happens.
        m_visits.push_back({QString(), [this] {
                                m_window->setDarkTheme(true);
                                planTabs(QStringLiteral("dark theme, switched live:"), false);
                            }});
        m_visits.push_back({QString(), [this] {
                                m_window->setDarkTheme(false);
                                planTabs(QStringLiteral("light theme, switched back:"), false);
                            }});
    }

    void planTabs(const QString& prefix, bool withPages)
    {
        std::deque<Visit> tabs;
        QTabWidget* widget = m_window->tabs();
        for (int i = 0; i < widget->count(); ++i) {
            const QString title = widget->tabText(i).remove(QLatin1Char('&'));
            tabs.push_back({prefix + QLatin1Char(' ') + title, [widget, i] { widget->setCurrentIndex(i); }});
            if (withPages && qobject_cast<MetricTab*>(widget->widget(i))) {
                for (const MetricTab::Page page :
                     {MetricTab::Page::Customers, MetricTab::Page::Ranking, MetricTab::Page::Pivot})
                    tabs.push_back({prefix + QLatin1Char(' ') + title + QLatin1Char(' ') + MetricTab::pageKey(page),
                                    [widget, i, page] {
                                        if (auto* tab = qobject_cast<MetricTab*>(widget->widget(i)))
                                            tab->showPage(page);
                                    }});
                tabs.push_back({QString(), [widget, i] {
                                    if (auto* tab = qobject_cast<MetricTab*>(widget->widget(i)))
                                        tab->showPage(MetricTab::Page::Usage);
                                }});
            }
        }
        m_visits.insert(m_visits.begin(), tabs.begin(), tabs.end());
    }

    void next()
    {
        if (m_visits.empty()) {
            finish();
            return;
        }
        m_current = m_visits.front();
        m_visits.pop_front();
        m_current.show();
        m_clock.start();
        m_idleSince = -1;
        QTimer::singleShot(kPollMs, this, [this] { waitForResults(); });
    }

    void waitForResults()
    {
        const qint64 now = m_clock.elapsed();
        if (m_window->isRefreshing()) {
            m_idleSince = -1;
            if (now > kStepTimeoutMs) {
                m_problems << m_current.name + QStringLiteral(": still computing after %1 s").arg(now / 1000);
                next();
                return;
            }
        } else if (m_idleSince < 0) {
            m_idleSince = now;
        } else if (now - m_idleSince >= kSettleMs) {
            look();
            next();
            return;
        }
        QTimer::singleShot(kPollMs, this, [this] { waitForResults(); });
    }

    void look()
    {
        if (m_current.name.isEmpty())
            return;
        QScreen* screen = m_window->screen();
        const QRect room = screen->availableGeometry();
        const QString where = m_current.name;
        if (!room.contains(m_window->frameGeometry()))
            m_problems << where
                              + QStringLiteral(": the window's frame %1,%2 %3x%4 is not inside the screen %5x%6")
                                    .arg(m_window->frameGeometry().x())
                                    .arg(m_window->frameGeometry().y())
                                    .arg(m_window->frameGeometry().width())
                                    .arg(m_window->frameGeometry().height())
                                    .arg(room.width())
                                    .arg(room.height());
        for (const QString& p : LayoutAudit::outsideScreen(m_window, room))
            m_problems << where + QStringLiteral(": ") + p;
        QWidget* page = m_window->tabs()->currentWidget();
        if (page) {
            std::vector<QChart*> charts;
            for (QChartView* view : page->findChildren<QChartView*>())
                if (view->isVisible() && view->chart())
                    charts.push_back(view->chart());
            m_problems << LayoutAudit::readability(page, where, charts);
        }
        // The window's chrome too (filter bar, badges, breadcrumbs), which sits outside the tab.
        m_problems << LayoutAudit::lowContrast(m_window, m_window->grab().toImage(), where);
        const QString file = QStringLiteral("%1-%2.png")
                                 .arg(++m_shots, 2, 10, QLatin1Char('0'))
                                 .arg(QString(where).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")),
                                                             QStringLiteral("_")));
        screen->grabWindow(0).save(QDir(m_dir).filePath(file));
    }

    void finish()
    {
        const QRect frame = m_window->frameGeometry();
        const QRect room = m_window->screen()->availableGeometry();
        write(QStringLiteral("window.txt"),
              {QStringLiteral("frame %1 %2 %3 %4").arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height()),
               QStringLiteral("screen %1 %2 %3 %4").arg(room.x()).arg(room.y()).arg(room.width()).arg(room.height()),
               QStringLiteral("minimum %1 %2")
                   .arg(m_window->minimumSizeHint().width())
                   .arg(m_window->minimumSizeHint().height()),
               QStringLiteral("filter bar minimum width %1").arg(m_window->filterBar()->minimumSizeHint().width()),
               QStringLiteral("row filters minimum width %1").arg(m_window->rowFilters()->minimumSizeHint().width()),
               QStringLiteral("screenshots %1").arg(m_shots)});
        write(QStringLiteral("problems.txt"), m_problems);
        write(QStringLiteral("done"), {});
        QApplication::exit(0);
    }

    void write(const QString& name, const QStringList& lines) const
    {
        QFile file(QDir(m_dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return;
        QTextStream out(&file);
        for (const QString& line : lines)
            out << line << '\n';
    }

    MainWindow* m_window;
    QString m_dir;
    std::deque<Visit> m_visits;
    Visit m_current;
    QElapsedTimer m_clock;
    qint64 m_idleSince = -1;
    int m_shots = 0;
    QStringList m_problems;
};

} // namespace

void startWindowProbe(MainWindow* window, const QString& directory) { new Probe(window, directory); }

} // namespace ul
