// SPDX-License-Identifier: MIT
#pragma once

class QComboBox;

namespace ul {

/// A combo box whose width does not follow its longest item (dataset names, customer ids and
/// column names come from the user's files): it keeps room for `characters` characters so the
/// window still fits a 1280-pixel projector, while its drop-down list widens to show every item
/// whole; the current item's full text is its tooltip when it is cut.
void makeCompact(QComboBox* combo, int characters);

} // namespace ul
