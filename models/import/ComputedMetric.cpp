// SPDX-License-Identifier: MIT
#include "import/ComputedMetric.h"

#include "core/Decimal.h"
#include "import/MetricKey.h"
#include "import/WrittenNumber.h"

#include <cmath>
#include <limits>

namespace ul {

struct ComputedMetricProgram::Node {
    enum class Kind { Number, Column, Negate, Add, Subtract, Multiply, Divide } kind = Kind::Number;
    MetricValue number; ///< Kind::Number
    int column = -1;    ///< Kind::Column
    std::shared_ptr<const Node> left, right;
    int depth = 1; ///< levels of the tree below and including this node
};

namespace {

using Node = ComputedMetricProgram::Node;
constexpr qint64 kUnit = 1000000; // 10^Decimal::kMaxScale
/// The deepest expression tree: nesting (parentheses, signs) and chains of operators both
/// deepen it, and evaluating or freeing it recurses once per level.
constexpr int kMaxDepth = 256;
static_assert(Decimal::kMaxScale == 6);

/// Recursive descent over: expr = term (('+'|'-') term)*; term = unary (('*'|'/') unary)*;
/// unary = '-' unary | primary; primary = number | name | quoted name | '(' expr ')'.
class Parser {
public:
    Parser(const QString& text, const QStringList& headers)
        : m_text(text)
        , m_headers(headers)
    {
        for (const QString& h : headers)
            m_keys << metricKeyFromHeader(h);
    }

    std::shared_ptr<const Node> parse(QString* error, std::vector<int>* columns)
    {
        m_columns = columns;
        auto root = expression();
        skipSpace();
        if (root && m_pos < m_text.size())
            fail(QStringLiteral("unexpected '%1'").arg(m_text[m_pos]));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    /// Counts one level of the tree being built; false (with the error) past kMaxDepth.
    bool deeper(int depth)
    {
        if (depth <= kMaxDepth)
            return true;
        fail(QStringLiteral("the expression nests deeper than %1 levels").arg(kMaxDepth));
        return false;
    }
    std::shared_ptr<const Node> fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at character %2 of '%3'")
                          .arg(message)
                          .arg(m_pos + 1)
                          .arg(m_text.size() > 80 ? m_text.left(77) + QStringLiteral("...") : m_text);
        return nullptr;
    }
    std::shared_ptr<const Node> binary(Node::Kind kind, std::shared_ptr<const Node> l, std::shared_ptr<const Node> r)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->depth = std::max(l->depth, r->depth) + 1;
        if (!deeper(n->depth))
            return nullptr;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }
    std::shared_ptr<const Node> expression()
    {
        auto left = term();
        for (skipSpace(); left && m_pos < m_text.size(); skipSpace()) {
            const QChar op = m_text[m_pos];
            if (op != QLatin1Char('+') && op != QLatin1Char('-'))
                break;
            ++m_pos;
            auto right = term();
            if (!right)
                return nullptr;
            left = binary(op == QLatin1Char('+') ? Node::Kind::Add : Node::Kind::Subtract, left, right);
            if (!left)
                return nullptr;
        }
        return left;
    }
    std::shared_ptr<const Node> term()
    {
        auto left = unary();
        for (skipSpace(); left && m_pos < m_text.size(); skipSpace()) {
            const QChar op = m_text[m_pos];
            if (op != QLatin1Char('*') && op != QLatin1Char('/'))
                break;
            ++m_pos;
            auto right = unary();
            if (!right)
                return nullptr;
            left = binary(op == QLatin1Char('*') ? Node::Kind::Multiply : Node::Kind::Divide, left, right);
            if (!left)
                return nullptr;
        }
        return left;
    }
    std::shared_ptr<const Node> unary()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('-')) {
            ++m_pos;
            // The parser recurses once per sign or parenthesis: stop before the stack does.
            if (!deeper(++m_nesting))
                return nullptr;
            auto inner = unary();
            --m_nesting;
            if (!inner)
                return nullptr;
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Negate;
            n->depth = inner->depth + 1;
            n->left = std::move(inner);
            return deeper(n->depth) ? n : nullptr;
        }
        return primary();
    }
    std::shared_ptr<const Node> primary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("an operand is missing"));
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('(')) {
            ++m_pos;
            if (!deeper(++m_nesting))
                return nullptr;
            auto inner = expression();
            --m_nesting;
            skipSpace();
            if (!inner)
                return nullptr;
            if (m_pos >= m_text.size() || m_text[m_pos] != QLatin1Char(')'))
                return fail(QStringLiteral("')' expected"));
            ++m_pos;
            return inner;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            const qsizetype close = m_text.indexOf(c, m_pos + 1);
            if (close < 0)
                return fail(QStringLiteral("a quoted name is not closed"));
            const QString name = m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
            return column(name);
        }
        if (c.isDigit() || c == QLatin1Char('.')) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == QLatin1Char('.')))
                ++m_pos;
            const QByteArray digits = m_text.mid(start, m_pos - start).toLatin1();
            const auto value = parseMetricValue(std::string_view(digits.constData(), size_t(digits.size())));
            if (!value)
                return fail(QStringLiteral("not a number: '%1'").arg(QString::fromLatin1(digits)));
            auto n = std::make_shared<Node>();
            n->number = *value;
            return n;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == QLatin1Char('_')))
                ++m_pos;
            return column(m_text.mid(start, m_pos - start));
        }
        return fail(QStringLiteral("unexpected '%1'").arg(c));
    }
    std::shared_ptr<const Node> column(const QString& name)
    {
        qsizetype index = m_headers.indexOf(name);
        if (index < 0)
            index = m_keys.indexOf(name);
        if (index < 0)
            index = m_keys.indexOf(metricKeyFromHeader(name));
        if (index < 0)
            return fail(QStringLiteral("no column '%1' (columns: %2)").arg(name, m_headers.join(QStringLiteral(", "))));
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Column;
        n->column = int(index);
        if (std::find(m_columns->begin(), m_columns->end(), int(index)) == m_columns->end())
            m_columns->push_back(int(index));
        return n;
    }

    QString m_text;
    QStringList m_headers;
    QStringList m_keys;
    qsizetype m_pos = 0;
    int m_nesting = 0; ///< open parentheses and signs: the parser's own recursion
    QString m_error;
    std::vector<int>* m_columns = nullptr;
};

double toDouble(const MetricValue& v) { return v.exact ? double(v.micros) / double(kUnit) : v.real; }

MetricValue inexact(double d) { return MetricValue{false, 0, 0, d}; }

bool fits(__int128 v) { return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max(); }

MetricValue exactOrNot(__int128 micros, double fallback)
{
    if (!fits(micros))
        return inexact(fallback);
    MetricValue v{true, qint64(micros), 0, 0};
    // The decimals the value needs (0..6), as the parser reports them.
    qint64 m = v.micros < 0 ? -v.micros : v.micros;
    int decimals = Decimal::kMaxScale;
    while (decimals > 0 && m % 10 == 0) {
        m /= 10;
        --decimals;
    }
    v.decimals = decimals;
    return v;
}

} // namespace

std::optional<ComputedMetric> parseComputedMetric(const QString& text, QString* error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || text.left(eq).trimmed().isEmpty() || text.mid(eq + 1).trimmed().isEmpty()) {
        *error = QStringLiteral("--compute expects NAME=EXPR, got '%1'").arg(text);
        return std::nullopt;
    }
    ComputedMetric m{text.left(eq).trimmed(), metricKeyFromHeader(text.left(eq).trimmed()), text.mid(eq + 1).trimmed()};
    if (m.key.isEmpty()) {
        *error = QStringLiteral("--compute: the name '%1' gives no metric key").arg(m.name);
        return std::nullopt;
    }
    return m;
}

bool ComputedMetricProgram::compile(const ComputedMetric& metric, const QStringList& headers, QString* error)
{
    m_columns.clear();
    Parser parser(metric.expression, headers);
    QString parseError;
    m_root = parser.parse(&parseError, &m_columns);
    if (!m_root) {
        *error = QStringLiteral("--compute %1: %2").arg(metric.name, parseError);
        return false;
    }
    return true;
}

namespace {

using Outcome = ComputedMetricProgram::Outcome;

/// The decimal mark of each column (or of all when `commas` is null).
struct Marks {
    const std::vector<char>* commas = nullptr;
    bool all = false;
    bool at(int column) const
    {
        return commas && size_t(column) < commas->size() ? (*commas)[size_t(column)] != 0 : all;
    }
};

Outcome eval(const Node& n, const std::vector<std::string_view>& fields, const Marks& decimalComma, MetricValue* out,
             int* badColumn, std::string& scratch)
{
    switch (n.kind) {
    case Node::Kind::Number: *out = n.number; return Outcome::Value;
    case Node::Kind::Column: {
        const std::string_view text = size_t(n.column) < fields.size() ? fields[size_t(n.column)] : std::string_view();
        if (isMissing(text))
            return Outcome::Missing;
        const auto normal = normalizeWrittenNumber(text, decimalComma.at(n.column), scratch);
        const std::optional<MetricValue> v = normal ? parseMetricValue(*normal) : std::nullopt;
        if (!v) {
            *badColumn = n.column;
            return Outcome::NotANumber;
        }
        *out = *v;
        return Outcome::Value;
    }
    case Node::Kind::Negate: {
        const Outcome o = eval(*n.left, fields, decimalComma, out, badColumn, scratch);
        if (o == Outcome::Value)
            *out = out->exact ? exactOrNot(-__int128(out->micros), -toDouble(*out)) : inexact(-out->real);
        return o;
    }
    default: break;
    }
    MetricValue a, b;
    // Both sides are evaluated so a bad value on the right is reported even when the left is missing.
    const Outcome left = eval(*n.left, fields, decimalComma, &a, badColumn, scratch);
    const Outcome right = eval(*n.right, fields, decimalComma, &b, badColumn, scratch);
    for (Outcome o : {Outcome::NotANumber, Outcome::DivisionByZero, Outcome::Missing})
        if (left == o || right == o)
            return o;
    const double x = toDouble(a), y = toDouble(b);
    const bool exact = a.exact && b.exact;
    switch (n.kind) {
    case Node::Kind::Add: *out = exact ? exactOrNot(__int128(a.micros) + b.micros, x + y) : inexact(x + y); break;
    case Node::Kind::Subtract: *out = exact ? exactOrNot(__int128(a.micros) - b.micros, x - y) : inexact(x - y); break;
    case Node::Kind::Multiply: {
        const __int128 product = __int128(a.micros) * b.micros;
        *out = exact && product % kUnit == 0 ? exactOrNot(product / kUnit, x * y) : inexact(x * y);
        break;
    }
    case Node::Kind::Divide: {
        if (y == 0)
            return Outcome::DivisionByZero;
        const __int128 scaled = __int128(a.micros) * kUnit;
        *out = exact && b.micros != 0 && scaled % b.micros == 0 ? exactOrNot(scaled / b.micros, x / y) : inexact(x / y);
        break;
    }
    default: break;
    }
    if (!out->exact && !std::isfinite(out->real))
        return Outcome::NotANumber; // an overflow to infinity is never a value
    return Outcome::Value;
}

} // namespace

ComputedMetricProgram::Outcome ComputedMetricProgram::evaluate(const std::vector<std::string_view>& fields,
                                                               bool decimalComma, MetricValue* out,
                                                               int* badColumn) const
{
    thread_local std::string scratch;
    *badColumn = -1;
    return eval(*m_root, fields, Marks{nullptr, decimalComma}, out, badColumn, scratch);
}

ComputedMetricProgram::Outcome ComputedMetricProgram::evaluate(const std::vector<std::string_view>& fields,
                                                               const std::vector<char>& commaByColumn, MetricValue* out,
                                                               int* badColumn) const
{
    thread_local std::string scratch;
    *badColumn = -1;
    return eval(*m_root, fields, Marks{&commaByColumn, false}, out, badColumn, scratch);
}

} // namespace ul
