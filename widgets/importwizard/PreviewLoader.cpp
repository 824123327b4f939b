// SPDX-License-Identifier: MIT
#include "PreviewLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ul {

PreviewLoader::PreviewLoader(QObject* parent)
    : QObject(parent)
{}

PreviewLoader::~PreviewLoader() = default;

void PreviewLoader::request(const QString& path, const ImportOptions& options, int maxRows)
{
    const quint64 generation = ++m_generation;
    const bool redetected = !options.mapping.has_value();
    // The watcher belongs to this object: if the wizard closes first, no result is delivered.
    auto* watcher = new QFutureWatcher<FilePreview>(this);
    connect(watcher, &QFutureWatcher<FilePreview>::finished, this, [this, watcher, generation, redetected] {
        if (generation == m_generation) {
            m_delivered = generation;
            emit loaded(watcher->result(), redetected);
        }
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([path, options, maxRows] { return previewImportFile(path, options, maxRows); }));
}

} // namespace ul
