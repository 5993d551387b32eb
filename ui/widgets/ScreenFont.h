// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace orgdesk {

// The face Chinese is drawn in on screen: a sans CJK face with Hong Kong glyph forms (Debian
// package fonts-noto-cjk), readable at list size.
inline constexpr char16_t kScreenCjkFamily[] = u"Noto Sans CJK HK";

// Makes the application font draw Han characters in kScreenCjkFamily, chosen explicitly, while
// Latin text keeps the system's face: the face is added after the system face in the font's
// family list, ahead of whatever the system would fall back to (often a thin Ming face such as
// AR PL UMing, which letters use). Call once at start-up, before windows are made. Returns false
// (and changes nothing) when the face is not installed.
bool useSansCjkForChinese();

} // namespace orgdesk
