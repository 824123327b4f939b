// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace ul {

/// A bar above the tabs saying that another session changed the workspace (a server's
/// imports), with Refresh: the numbers on screen are never swapped under the user's eyes.
class ChangeBar final : public QFrame {
    Q_OBJECT
public:
    explicit ChangeBar(QWidget* parent = nullptr);
    /// Shows the bar for a change ("import:usage", "forget-import:12"); several add up.
    void noteChange(const QString& what);
    QString text() const;

signals:
    void refreshRequested();

private:
    QLabel* m_text;
    QStringList m_changes;
};

} // namespace ul
