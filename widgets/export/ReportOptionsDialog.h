// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QListWidget;

namespace ul {

/// File › Export report…: which tabs, and the page size (A4 or Letter, always landscape).
class ReportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    /// `tabs`: key and title of every tab, all selected at first.
    ReportOptionsDialog(const QList<std::pair<QString, QString>>& tabs, QWidget* parent = nullptr);
    QStringList selectedKeys() const;
    QPageSize::PageSizeId pageSize() const;

private:
    QListWidget* m_tabs = nullptr;
    QComboBox* m_pageSize = nullptr;
};

} // namespace ul
