// SPDX-License-Identifier: GPL-3.0-or-later
// Launch → first painted frame (issue 16). With the environment variable
// REGIONLENS_TIMING set, the GUI prints on stderr, once, when the main
// window receives its first paint event: the wall time since the process
// started (from /proc, or since REGIONLENS_TIMING_T0 = a CLOCK_REALTIME
// timestamp in ns taken by the caller just before it started the program),
// when main() began, when that first frame was done (the next turn of the
// event loop), the process's CPU time and its resident memory then.
// REGIONLENS_TIMING=quit ends the program after that frame
// (bench/gui_first_frame.sh). A second line lists the phases marked on the
// way (mark(): wall ms since the launch / process CPU ms at each), so that a
// slow launch says where its time went. Without the variable nothing is
// installed and mark() does nothing.
#pragma once

class QWidget;

namespace regionlens::app::launchtiming {

// The first thing main() does: notes the time.
void start();
// When the main window is made, before it is shown: the first paint event
// of a widget in page (the page shown first; the window when null) counts.
void watch(QWidget *window, QWidget *page = nullptr);
// Notes that a phase of the launch ended (a static string).
void mark(const char *phase);

} // namespace regionlens::app::launchtiming
