// SPDX-License-Identifier: GPL-3.0-or-later
// Picks an installed font with the Japanese glyphs as the application font,
// so that no label falls back to boxes (GUI, offscreen renders, PDF reports).
#pragma once

namespace regionlens::app {

// Call after the QApplication exists. Keeps the current size.
void useCjkCapableFont();

} // namespace regionlens::app
