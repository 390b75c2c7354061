// SPDX-License-Identifier: GPL-3.0-or-later
// Launch → first painted frame (issue 16). With the environment variable
// REGIONLENS_TIMING set, the GUI prints on stderr, once, when the main
// window receives its first paint event: the wall time since the process
// started (from /proc, or since REGIONLENS_TIMING_T0 = a CLOCK_REALTIME
// timestamp in ns taken by the caller just before it started the program),
// when main() began, when that first frame was done (the next turn of the
// event loop), the process's CPU time and its resident memory then.
// REGIONLENS_TIMING=quit ends the program after that frame
// (bench/gui_first_frame.sh). Without the variable nothing is installed.
#pragma once

class QWidget;

namespace regionlens::app::launchtiming {

// The first thing main() does: notes the time.
void start();
// When the main window is made, before it is shown.
void watch(QWidget *window);

} // namespace regionlens::app::launchtiming
