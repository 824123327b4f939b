// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

/// A header written as an identifier ("source_segments", "amountPaid", "ipfs-video-count") as
/// words a presenter can show ("Source segments", "Amount paid", "Ipfs video count"). A header
/// that already has spaces, or is one word, is returned as written: it is the user's own name.
QString readableName(const QString& header);

} // namespace ul
