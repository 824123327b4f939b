// SPDX-License-Identifier: MIT
#include "tables/SegmentRuleModel.h"

namespace ul {

namespace {

int* field(SegmentRule& rule, int column)
{
    int* fields[] = {nullptr, &rule.rMin, &rule.rMax, &rule.fMin, &rule.fMax, &rule.mMin, &rule.mMax};
    return fields[column];
}

} // namespace

SegmentRuleModel::SegmentRuleModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_rules(defaultSegmentRules())
{}

void SegmentRuleModel::setRules(std::vector<SegmentRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
    emit rulesChanged();
}

int SegmentRuleModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rules.size()); }
int SegmentRuleModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SegmentRuleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    SegmentRule rule = m_rules[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (index.column() == Name)
            return rule.name;
        return *field(rule, index.column());
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole)
        return tr("Rules are tried top to bottom; the first whose three score ranges (1-5) contain a "
                  "customer's R, F and M names its segment.");
    return {};
}

bool SegmentRuleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    std::vector<SegmentRule> candidate = m_rules;
    SegmentRule& rule = candidate[std::size_t(index.row())];
    if (index.column() == Name) {
        rule.name = value.toString().trimmed();
    } else {
        bool ok = false;
        const int score = value.toInt(&ok);
        if (!ok) {
            emit rejected(tr("rule %1: scores are whole numbers from 1 to 5").arg(index.row() + 1));
            return false;
        }
        *field(rule, index.column()) = score;
    }
    QString error;
    if (!validateSegmentRules(candidate, &error)) {
        emit rejected(error);
        return false;
    }
    if (candidate == m_rules)
        return true;
    m_rules = std::move(candidate);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit rulesChanged();
    return true;
}

QVariant SegmentRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString titles[] = {tr("Segment"), tr("R min"), tr("R max"), tr("F min"),
                              tr("F max"),   tr("M min"), tr("M max")};
    return section >= 0 && section < ColumnCount ? QVariant(titles[section]) : QVariant();
}

Qt::ItemFlags SegmentRuleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool SegmentRuleModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    SegmentRule rule;
    rule.name = tr("New segment");
    m_rules.insert(m_rules.begin() + row, std::size_t(count), rule);
    endInsertRows();
    emit rulesChanged();
    return true;
}

bool SegmentRuleModel::removeRows(int row, int count, const QModelIndex& parent)
{
    // An empty table would name everyone "Others": keep at least one rule.
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount() || count >= rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rules.erase(m_rules.begin() + row, m_rules.begin() + row + count);
    endRemoveRows();
    emit rulesChanged();
    return true;
}

} // namespace ul
