// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_THEME_H
#define INSPECTOR_THEME_H

#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

namespace Inspector {

/*!
    The look: "system" (the platform's style and palette, the default), "light" or "dark"
    (Fusion with a light or dark palette, for desktops that offer no dark palette: Qt 6.4 has no
    colour-scheme API). Every colour the inspector draws itself comes from the palette, so it
    follows. Returns false for an unknown name.
*/
bool applyTheme(const QString &name);
QStringList themeNames();

} // namespace Inspector

#endif // INSPECTOR_THEME_H
