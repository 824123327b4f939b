// SPDX-License-Identifier: MIT
#pragma once

#include "BillingFixtures.h"

#include <QDate>

#include <vector>

namespace ul::test {

/// A real-looking Stripe invoice export: a few hundred customers over 30 months (January 2021 to
/// June 2023), monthly, quarterly and annual plans in euros and dollars, trials, coupons,
/// upgrades mid-cycle that reset the cycle with a credit for the unused time, downgrades at
/// renewal, pauses with voided renewals, write-offs, cancellations, add-on subscriptions,
/// one-off setup fees, open invoices near the end and drafts on its last days. Deterministic
/// for a seed. Write it with stripeExport().
std::vector<ScenarioInvoice> generateStripeInvoices(quint32 seed, int customers = 420);

/// The last day the generated export covers.
QDate generatedExportEnd();

} // namespace ul::test
