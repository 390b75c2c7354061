// SPDX-License-Identifier: GPL-3.0-or-later
// Input–output tables in the wide CSV layout shared by the adapter test
// (tests/datasets/test_adapters_io.cpp) and the CLI test (tests/app/test_cli_io.cpp).
#pragma once

namespace regionlens::test {

// Miller & Blair, Input–Output Analysis, 2nd ed. (2009), Table 2.3 (§2.3.1):
// Z = [150 500; 200 100], X = [1000 2000], final demand f = [350 1700], split
// here into household consumption [100 800] and exports [250 900]; value
// added [650 1400] split into the labour inputs of §2.5 (a_{n+1,j} = .3, .25:
// [300 500]) and the rest. L = (I − A)⁻¹ = [.95 .25; .2 .85] / .7575.
inline constexpr char kMillerBlairWide[] = "sector,Agriculture,Manufacturing,household consumption,exports,output\n"
                                           "Agriculture,150,500,100,250,1000\n"
                                           "Manufacturing,200,100,800,900,2000\n"
                                           "compensation,300,500,,,\n"
                                           "other value added,350,900,,,\n"
                                           "output,1000,2000,,,\n";

} // namespace regionlens::test
