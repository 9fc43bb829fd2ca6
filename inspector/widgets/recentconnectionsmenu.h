// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_RECENTCONNECTIONSMENU_H
#define INSPECTOR_RECENTCONNECTIONSMENU_H

#include <QtWidgets/qmenu.h>

namespace Inspector {

class InspectorSession;

/*!
    File > Recent: the remembered connections (ConnectionSettings), most recent first, the
    first nine on Ctrl+1…9. Choosing one reopens the session with it
    (ConnectionDialog::connectRecent()). Rebuilt whenever the session connects, so the
    shortcuts work before the menu was ever opened.
*/
class RecentConnectionsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentConnectionsMenu(InspectorSession *session, QWidget *parent = nullptr);

public Q_SLOTS:
    void rebuild();

private:
    InspectorSession *const m_session;
};

} // namespace Inspector

#endif // INSPECTOR_RECENTCONNECTIONSMENU_H
