// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace ul {

/// Everything UsageLens remembers between runs, behind enum keys with one table of defaults
/// (Settings.cpp), so no key string is repeated and a typo cannot silently read a default.
/// Some keys are scoped (per workspace and dataset); the scope is part of the stored path.
/// setValue() emits changed() only when the stored value actually changes.
/// Backed by the application's QSettings, or by an INI file (tests). One object per thread.
class Settings : public QObject {
    Q_OBJECT
public:
    enum class Key {
        LastWorkspace,        ///< QString: path of the workspace opened last
        RecentWorkspaces,     ///< QStringList: most recent first
        WindowGeometry,       ///< QByteArray: QWidget::saveGeometry()
        DarkTheme,            ///< bool
        Language,             ///< QString: UI language code; empty follows the system
        FilterDataset,        ///< QString: dataset name
        FilterPreset,         ///< QString: range preset key ("all", "last30", ...); empty = custom range
        FilterFrom,           ///< int: first day of a custom range
        FilterTo,             ///< int: last day of a custom range
        FilterGranularity,    ///< QString: granularityKey()
        FilterTop,            ///< int: ranking size
        FilterNewWithinDays,  ///< int
        FilterCustomer,       ///< QString: external id of the selected customer; empty = all
        RevenueSpend,         ///< double, scoped: monthly acquisition spend
        RevenueCurrency,      ///< QString, scoped
        RevenueMarginPct,     ///< double, scoped: gross margin in percent
        RevenueBillingMonths, ///< int, scoped: months one invoice covers
        RevenueFirstMonthNew  ///< bool, scoped: the data's first month counts as new customers
    };
    Q_ENUM(Key)

    /// The application's settings (QCoreApplication organisation and name).
    explicit Settings(QObject* parent = nullptr);
    /// Settings kept in an INI file.
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    /// The stored value, or the default when nothing is stored.
    QVariant value(Key key, const QString& scope = {}) const;
    void setValue(Key key, const QVariant& value, const QString& scope = {});
    void remove(Key key, const QString& scope = {});
    void sync();

    static QVariant defaultValue(Key key);
    /// Whether the key is stored per scope.
    static bool isScoped(Key key);
    /// The QSettings path of a key: "filters/top", or "revenue/<scope>/grossMarginPct".
    static QString storagePath(Key key, const QString& scope = {});

signals:
    void changed(ul::Settings::Key key, const QString& scope);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace ul
