// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ul {

/// A file an export writes: only a regular file the user may write, or a new name in a folder
/// the user may write. Devices, FIFOs, sockets, directories and read-only files are refused
/// with their name, before anything is computed (checkTarget) and again at the end. The content
/// goes to a temporary file beside the target, renamed over it only when complete: a reader
/// never sees half a file, and a failure (a full disk) leaves the old file as it was.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString& target);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Whether `path` may be written by an export; the error names it and says why not.
    static bool checkTarget(const QString& path, QString* error);
    /// Writes `bytes` to `path` through a temporary file (checkTarget first).
    static bool writeAll(const QString& path, const QByteArray& bytes, QString* error);

    /// Checks the target and creates the temporary file; tempPath() then names it.
    bool open(QString* error);
    /// The temporary file, for writers that take a path (libxlsxwriter, QPdfWriter).
    const QString& tempPath() const { return m_temp; }
    /// Moves the complete temporary file over the target (checked again: it must still be a
    /// regular file or absent). Without commit() the temporary file is removed.
    bool commit(QString* error);

private:
    QString m_target;
    QString m_temp;
    bool m_committed = false;
};

/// Runs `work` with this process's standard error silenced (libraries that print their own
/// lines, e.g. libxlsxwriter's "[ERROR] workbook_close(): ..."): our one-line error says it.
template <typename Work> auto withStderrSilenced(Work&& work) -> decltype(work());

/// The implementation of withStderrSilenced: redirects fd 2 to /dev/null until destroyed.
class StderrSilencer {
public:
    StderrSilencer();
    ~StderrSilencer();
    StderrSilencer(const StderrSilencer&) = delete;
    StderrSilencer& operator=(const StderrSilencer&) = delete;

private:
    int m_saved = -1;
};

template <typename Work> auto withStderrSilenced(Work&& work) -> decltype(work())
{
    const StderrSilencer silence;
    return work();
}

} // namespace ul
