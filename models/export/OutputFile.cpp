// SPDX-License-Identifier: MIT
#include "export/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ul {

namespace {

/// What kind of thing is at `path` (following links), for the refusal's wording.
QString kindOf(const struct stat& st)
{
    if (S_ISDIR(st.st_mode))
        return OutputFile::tr("a directory");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return OutputFile::tr("a device");
    if (S_ISFIFO(st.st_mode))
        return OutputFile::tr("a FIFO");
    if (S_ISSOCK(st.st_mode))
        return OutputFile::tr("a socket");
    return OutputFile::tr("not a regular file");
}

/// Checks what exists at `path` now: absent, or a regular file the user may replace.
bool checkExisting(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        if (errno == ENOENT)
            return true; // a new file
        *error = OutputFile::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = OutputFile::tr("cannot write %1: it is %2, not a file an export may replace").arg(path, kindOf(st));
        return false;
    }
    // access() says yes to root for any file: the file's own write bits decide as well.
    if (::access(native.constData(), W_OK) != 0 || (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) {
        *error = OutputFile::tr("cannot write %1: the file is read-only").arg(path);
        return false;
    }
    return true;
}

} // namespace

OutputFile::OutputFile(const QString& target)
    : m_target(target)
{}

OutputFile::~OutputFile()
{
    if (!m_committed && !m_temp.isEmpty())
        QFile::remove(m_temp);
}

bool OutputFile::checkTarget(const QString& path, QString* error)
{
    if (path.isEmpty()) {
        *error = OutputFile::tr("no output file given");
        return false;
    }
    if (!checkExisting(path, error))
        return false;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QFileInfo dir(folder);
    if (!dir.exists() || !dir.isDir()) {
        *error = OutputFile::tr("cannot write %1: the folder %2 does not exist").arg(path, folder);
        return false;
    }
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        *error = OutputFile::tr("cannot write %1: the folder %2 is read-only").arg(path, folder);
        return false;
    }
    return true;
}

bool OutputFile::open(QString* error)
{
    if (!checkTarget(m_target, error))
        return false;
    const QFileInfo info(m_target);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        *error = OutputFile::tr("cannot write %1: %2").arg(m_target, temp.errorString());
        return false;
    }
    m_temp = temp.fileName();
    // The new file gets the old one's permissions, or the usual ones for a new file (the
    // temporary file is private until it is complete).
    struct stat st {};
    mode_t mode = 0;
    if (::stat(QFile::encodeName(m_target).constData(), &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    ::fchmod(temp.handle(), mode);
    temp.close();
    return true;
}

bool OutputFile::commit(QString* error)
{
    const QByteArray temp = QFile::encodeName(m_temp);
    // What was written must be on the disk before it replaces anything (a full disk shows here).
    const int fd = ::open(temp.constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = OutputFile::tr("cannot write %1: %2").arg(m_target, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    if (!checkExisting(m_target, error))
        return false;
    if (::rename(temp.constData(), QFile::encodeName(m_target).constData()) != 0) {
        *error = OutputFile::tr("cannot write %1: %2").arg(m_target, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_committed = true;
    return true;
}

bool OutputFile::writeAll(const QString& path, const QByteArray& bytes, QString* error)
{
    OutputFile out(path);
    if (!out.open(error))
        return false;
    QFile file(out.tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = OutputFile::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = OutputFile::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return out.commit(error);
}

StderrSilencer::StderrSilencer()
{
    std::fflush(stderr);
    m_saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) {
        ::dup2(null, STDERR_FILENO);
        ::close(null);
    }
}

StderrSilencer::~StderrSilencer()
{
    std::fflush(stderr);
    if (m_saved >= 0) {
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
    }
}

} // namespace ul
