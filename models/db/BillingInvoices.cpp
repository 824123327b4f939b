// SPDX-License-Identifier: MIT
#include "db/BillingInvoices.h"

#include <QHash>

namespace ul {

bool writeBillingInvoices(Connection& db, qint64 importId, qint64 datasetId, const std::vector<StoredInvoice>& rows,
                          QString* error)
{
    if (rows.empty())
        return true;
    const std::unique_ptr<BulkWriter> add = db.bulkWriter(
        QStringLiteral("billing_invoices"),
        {QStringLiteral("import_id"), QStringLiteral("line"), QStringLiteral("dataset_id"), QStringLiteral("invoice"),
         QStringLiteral("customer_id"), QStringLiteral("subscription"), QStringLiteral("status"),
         QStringLiteral("currency"), QStringLiteral("issued_day"), QStringLiteral("issued_second"),
         QStringLiteral("service_start"), QStringLiteral("service_end"), QStringLiteral("amount"),
         QStringLiteral("kind"), QStringLiteral("slice_id")},
        error);
    if (!add)
        return false;
    for (const StoredInvoice& r : rows) {
        add->add(importId);
        add->add(r.line);
        add->add(datasetId);
        add->addText(r.invoice.toStdString());
        add->add(r.customer);
        add->addText(r.subscription.toStdString());
        add->addText(r.status.toStdString());
        add->addText(r.currency.toStdString());
        add->add(r.issued);
        add->add(r.issuedSecond);
        r.serviceStart ? add->add(*r.serviceStart) : add->addNull();
        r.serviceEnd ? add->add(*r.serviceEnd) : add->addNull();
        add->add(r.amountMicros);
        add->addText(invoiceKindKey(r.kind).toStdString());
        r.slice ? add->add(*r.slice) : add->addNull();
        if (!add->endRow(error))
            return false;
    }
    return add->finish(error);
}

bool hasBillingInvoices(Connection& db, qint64 datasetId, QString* error)
{
    if (!db.tableExists(QStringLiteral("billing_invoices"), error))
        return false;
    Statement st = db.prepare(QStringLiteral("SELECT 1 FROM billing_invoices WHERE dataset_id = ? LIMIT 1"), error);
    if (!st.isValid())
        return false;
    st.bind(1, datasetId);
    return st.step(error);
}

bool loadBillingInvoices(Connection& db, qint64 datasetId, std::vector<StoredInvoice>* out, QString* error)
{
    out->clear();
    if (!db.tableExists(QStringLiteral("billing_invoices"), error))
        return error->isEmpty();
    Statement st = db.prepare(
        QStringLiteral("SELECT import_id, line, invoice, customer_id, subscription, status, currency, issued_day, "
                       "issued_second, service_start, service_end, amount, kind, slice_id FROM billing_invoices "
                       "WHERE dataset_id = ? ORDER BY import_id, line"),
        error);
    if (!st.isValid())
        return false;
    st.bind(1, datasetId);
    std::vector<StoredInvoice> all;
    QHash<QString, qint64> latestImport; // invoice id -> the last import that has it
    while (st.step(error)) {
        StoredInvoice r;
        r.importId = st.columnInt(0);
        r.line = st.columnInt(1);
        r.invoice = st.columnText(2);
        r.customer = st.columnInt(3);
        r.subscription = st.columnText(4);
        r.status = st.columnText(5);
        r.currency = st.columnText(6);
        r.issued = Day(st.columnInt(7));
        r.issuedSecond = int(st.columnInt(8));
        if (!st.columnIsNull(9))
            r.serviceStart = Day(st.columnInt(9));
        if (!st.columnIsNull(10))
            r.serviceEnd = Day(st.columnInt(10));
        r.amountMicros = st.columnInt(11);
        r.kind = invoiceKindFromKey(st.columnText(12)).value_or(InvoiceKind::OtherStatus);
        if (!st.columnIsNull(13))
            r.slice = st.columnInt(13);
        if (!r.invoice.isEmpty())
            latestImport.insert(r.invoice, r.importId); // rows come in import order
        all.push_back(std::move(r));
    }
    if (st.failed())
        return false;
    out->reserve(all.size());
    for (StoredInvoice& r : all)
        if (r.invoice.isEmpty() || latestImport.value(r.invoice) == r.importId)
            out->push_back(std::move(r));
    return true;
}

} // namespace ul
