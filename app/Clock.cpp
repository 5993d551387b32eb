// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <atomic>

namespace orgdesk {

namespace {
const SystemClock kSystemClock;
std::atomic<const Clock*> g_clock { &kSystemClock };
} // namespace

const Clock& Clock::current()
{
    return *g_clock.load();
}

void Clock::setCurrent(const Clock* clock)
{
    g_clock.store(clock ? clock : &kSystemClock);
}

} // namespace orgdesk
