// SPDX-License-Identifier: MIT
#pragma once

#include "export/ReportSection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace ul {

/// The PDF / print report: a title page (workspace, dataset, filters, date produced), then per
/// section a page with its KPI cards and charts (vector graphics) and pages with its tables;
/// "Page n of m" on every page. Paints on any QPagedPaintDevice (QPdfWriter, QPrinter) whose
/// resolution is the screen's logical DPI, so charts keep the proportions they have on screen.
/// GUI thread only (charts are live scene items).
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    struct Info {
        QString workspace;
        QString dataset;
        QString filters;
        QDateTime produced;
    };

    ReportDocument(Info info, std::vector<ReportSection> sections);

    /// Paints all pages; the device's page layout (size, orientation, margins) is used as set.
    /// Returns the number of pages.
    int paint(QPagedPaintDevice* device) const;
    /// Writes a PDF (landscape, given page size, fonts embedded). *pages receives the count.
    bool writePdf(const QString& path, QPageSize::PageSizeId pageSize, int* pages, QString* error) const;
    /// The PDF into an open device; false when nothing could be painted.
    bool writePdf(QIODevice* device, QPageSize::PageSizeId pageSize, int* pages) const;

private:
    class Pager;
    void paintAll(Pager& pager) const;

    Info m_info;
    std::vector<ReportSection> m_sections;
};

} // namespace ul
