// SPDX-License-Identifier: MIT
#pragma once

#include "import/Importer.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ul {

/// Step 3: runs importFiles() on a worker thread with its own connection. Progress is shared
/// through atomics polled by a timer (no cross-thread calls into widgets); Cancel makes the
/// progress callback return false, and the importer rolls everything back.
/// finished() fires on the GUI thread once the worker is done (ok, failed or cancelled).
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(QWidget* parent = nullptr);
    ~ImportRunPage() override;

    void start(const QString& workspacePath, const QStringList& files, const ImportOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }
    const ImportResult& result() const { return m_result; }
    bool isComplete() const override;

signals:
    void finished(const ul::ImportResult& result);

private:
    struct Progress {
        std::atomic<qint64> bytesDone{0};
        std::atomic<qint64> bytesTotal{0};
        std::atomic<qint64> rows{0};
        std::atomic<bool> cancel{false};
        std::atomic<bool> waiting{false}; ///< for another import into the same server workspace
    };
    void poll();
    void done(ImportResult result);

    std::shared_ptr<Progress> m_progress;
    ImportResult m_result;
    bool m_running = false;
    qint64 m_startMs = 0;
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace ul
