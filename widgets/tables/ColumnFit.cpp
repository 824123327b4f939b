// SPDX-License-Identifier: MIT
#include "tables/ColumnFit.h"

#include "tables/HeatmapDelegate.h"
#include "tables/WrappingHeader.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <numeric>
#include <vector>

namespace ul {
namespace {

constexpr int kMinHeatCell = 14;
constexpr int kMaxHeatCell = 64;
constexpr int kMinTextColumn = 60;

/// Swaps in a WrappingHeader while keeping what the old header was set up with.
WrappingHeader* installWrappingHeader(QTableView* view)
{
    if (auto* existing = qobject_cast<WrappingHeader*>(view->horizontalHeader()))
        return existing;
    QHeaderView* old = view->horizontalHeader();
    const bool sorting = view->isSortingEnabled();
    const int sortColumn = old->sortIndicatorSection();
    const Qt::SortOrder sortOrder = old->sortIndicatorOrder();
    const int defaultSize = old->defaultSectionSize();
    const bool visible = !old->isHidden();
    view->setSortingEnabled(false);
    auto* header = new WrappingHeader(view);
    header->setDefaultSectionSize(defaultSize);
    header->setMinimumSectionSize(old->minimumSectionSize());
    header->setDefaultAlignment(old->defaultAlignment());
    header->setVisible(visible);
    view->setHorizontalHeader(header);
    if (sorting) {
        header->setSortIndicator(sortColumn, sortOrder);
        view->setSortingEnabled(true);
        // setSortingEnabled sorts by the indicator; -1 keeps the model's own order.
    }
    return header;
}

/// Refits one view; coalesces bursts of resize and model signals into one pass.
class ColumnFitter final : public QObject {
public:
    enum class Mode { Table, Heatmap };

    ColumnFitter(QTableView* view, Mode mode)
        : QObject(view)
        , m_view(view)
        , m_mode(mode)
        , m_header(installWrappingHeader(view))
    {
        m_header->setStretchLastSection(false);
        m_header->setSectionResizeMode(mode == Mode::Heatmap ? QHeaderView::Fixed : QHeaderView::Interactive);
        if (mode == Mode::Heatmap) {
            m_header->setCompactLabel([](const QString& label) {
                QString digits = label;
                digits.remove(QRegularExpression(QStringLiteral("^\\D+")));
                return digits.isEmpty() ? label : digits;
            });
            view->setItemDelegate(new HeatmapDelegate(view));
            m_header->setMinimumSectionSize(kMinHeatCell);
        }
        view->viewport()->installEventFilter(this);
        view->installEventFilter(this);
        watchModel();
        schedule();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // At once on a resize, so a grab() right after a resize sees the fitted columns.
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            refit();
        else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    void watchModel()
    {
        QAbstractItemModel* model = m_view->model();
        if (!model || model == m_watched)
            return;
        m_watched = model;
        // At once when the model is replaced, so whatever is drawn next has fitted columns;
        // cell edits come in bursts and are coalesced.
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::refit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::refit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
        // The sorted column gains room for its arrow.
        connect(m_header, &QHeaderView::sortIndicatorChanged, this, &ColumnFitter::schedule, Qt::UniqueConnection);
    }

    void schedule()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            refit();
        });
    }

    void refit()
    {
        watchModel();
        const int columns = m_header->count();
        const int width = m_view->viewport()->width();
        if (columns == 0 || width <= 0)
            return;
        if (m_mode == Mode::Heatmap)
            fitHeatmap(columns, width);
        else
            fitTable(columns, width);
        // QTableView sizes its header from the header's minimum height and size hint.
        m_header->setMinimumHeight(m_header->wrapping() ? m_header->wrappedHeight() : 0);
        QMetaObject::invokeMethod(m_view, "updateGeometries");
    }

    void fitHeatmap(int columns, int width)
    {
        const int cell = std::clamp(width / columns, kMinHeatCell, kMaxHeatCell);
        for (int c = 0; c < columns; ++c)
            m_header->resizeSection(c, cell);
        m_header->useCompactLabels(!m_header->labelsFit());
    }

    void fitTable(int columns, int width)
    {
        std::vector<int> content(size_t(columns), 0), oneLine(size_t(columns), 0), twoLines(size_t(columns), 0),
            wrapped(size_t(columns), 0);
        const QFontMetrics metrics = m_header->fontMetrics();
        int textColumn = -1;
        int widestText = 0;
        for (int c = 0; c < columns; ++c) {
            if (m_header->isSectionHidden(c))
                continue;
            // QTableView hides this override; QAbstractItemView's is public.
            content[size_t(c)] = static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(c);
            const QString label = m_view->model()->headerData(c, Qt::Horizontal).toString();
            const int margin = m_header->textMargin(c);
            oneLine[size_t(c)] = margin + metrics.horizontalAdvance(label);
            twoLines[size_t(c)] = margin + WrappingHeader::twoLineWidth(label, metrics);
            int longestWord = 0;
            for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
            wrapped[size_t(c)] = margin + longestWord;
            if (isTextColumn(c) && content[size_t(c)] > widestText) {
                widestText = content[size_t(c)];
                textColumn = c;
            }
        }
        std::vector<int> widths(size_t(columns), 0);
        auto total = [&] { return std::accumulate(widths.begin(), widths.end(), 0); };
        for (int c = 0; c < columns; ++c)
            widths[size_t(c)] = std::max(content[size_t(c)], oneLine[size_t(c)]);
        // One line of header if it fits, else two, else as many as the longest word allows.
        bool wrap = false;
        for (const std::vector<int>* labels : {&twoLines, &wrapped}) {
            if (total() <= width)
                break;
            wrap = true;
            for (int c = 0; c < columns; ++c)
                widths[size_t(c)] = std::max(content[size_t(c)], (*labels)[size_t(c)]);
        }
        if (total() > width && textColumn >= 0) {
            const int others = total() - widths[size_t(textColumn)];
            widths[size_t(textColumn)] = std::max({kMinTextColumn, wrapped[size_t(textColumn)], width - others});
        }
        // Share the room left over so the table ends at its frame without one giant column.
        if (const int spare = width - total(); spare > 0) {
            std::vector<int> shown;
            for (int c = 0; c < columns; ++c)
                if (!m_header->isSectionHidden(c))
                    shown.push_back(c);
            for (size_t i = 0; i < shown.size(); ++i)
                widths[size_t(shown[i])] += spare / int(shown.size())
                                            + (i + 1 == shown.size() ? spare % int(shown.size()) : 0);
        }
        m_header->setWrapping(wrap);
        for (int c = 0; c < columns; ++c)
            if (!m_header->isSectionHidden(c))
                m_header->resizeSection(c, widths[size_t(c)]);
    }

    /// A column whose first cell is text, not a number (the one that may elide).
    bool isTextColumn(int column) const
    {
        const QAbstractItemModel* model = m_view->model();
        if (model->rowCount() == 0)
            return false;
        const QVariant value = model->index(0, column).data(Qt::DisplayRole);
        bool number = false;
        value.toString().remove(QLatin1Char(',')).toDouble(&number);
        return !number && value.typeId() == QMetaType::QString;
    }

    QTableView* m_view;
    Mode m_mode;
    WrappingHeader* m_header;
    QAbstractItemModel* m_watched = nullptr;
    bool m_scheduled = false;
};

} // namespace

void fitColumnsToWidth(QTableView* view) { new ColumnFitter(view, ColumnFitter::Mode::Table); }

void fitHeatmapToWidth(QTableView* view) { new ColumnFitter(view, ColumnFitter::Mode::Heatmap); }

} // namespace ul
