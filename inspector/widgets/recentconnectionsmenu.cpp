// SPDX-License-Identifier: BSD-3-Clause
#include "recentconnectionsmenu.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "inspectorsession.h"

#include <QtCore/qtimer.h>

namespace Inspector {

RecentConnectionsMenu::RecentConnectionsMenu(InspectorSession *session, QWidget *parent)
    : QMenu(tr("&Recent"), parent), m_session(session)
{
    setObjectName(QStringLiteral("recentMenu"));
    // The dialog remembers a connection right after open() returns, which is after connected().
    connect(session, &InspectorSession::connected, this,
            [this] { QTimer::singleShot(0, this, &RecentConnectionsMenu::rebuild); });
    rebuild();
}

void RecentConnectionsMenu::rebuild()
{
    clear();
    const QList<ConnectionProfile> recent = ConnectionSettings::recent();
    for (int i = 0; i < recent.size(); ++i) {
        const ConnectionProfile profile = recent.at(i);
        QString text = profile.displayName();
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (i < 9)
            text = tr("&%1 %2").arg(i + 1).arg(text);
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("recentConnection%1").arg(i + 1));
        if (profile.readOnly)
            action->setToolTip(tr("%1, read-only").arg(profile.address));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, profile] {
            ConnectionDialog::connectRecent(m_session, parentWidget(), profile);
        });
    }
    if (recent.isEmpty()) {
        QAction *none = addAction(tr("No recent connections"));
        none->setEnabled(false);
    } else {
        addSeparator();
        QAction *clearAction = addAction(tr("&Clear the List"));
        clearAction->setObjectName(QStringLiteral("clearRecent"));
        connect(clearAction, &QAction::triggered, this, [this] {
            ConnectionSettings::clear();
            rebuild();
        });
    }
}

} // namespace Inspector
