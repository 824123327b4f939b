// SPDX-License-Identifier: MIT
#pragma once

#include "import/Importer.h"

#include <QObject>

namespace ul {

/// Reads import previews on a worker thread: detection may profile a whole file, which must
/// not freeze the wizard. Only the latest request is delivered; older ones finish unseen.
class PreviewLoader : public QObject {
    Q_OBJECT
public:
    explicit PreviewLoader(QObject* parent = nullptr);
    ~PreviewLoader() override;

    /// Starts reading `path` with `options` (options.mapping set: that mapping, no detection).
    void request(const QString& path, const ImportOptions& options, int maxRows);
    bool isLoading() const { return m_delivered != m_generation; }

signals:
    /// `redetected` is false when the preview only re-parsed the rows with a given mapping.
    void loaded(const ul::FilePreview& preview, bool redetected);

private:
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
};

} // namespace ul
