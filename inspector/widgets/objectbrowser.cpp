// SPDX-License-Identifier: BSD-3-Clause
#include "objectbrowser.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>

namespace Inspector {

// Not built yet: the next commits fill it in.
ObjectBrowser::ObjectBrowser(InspectorSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("ObjectBrowser"), this));
}

void ObjectBrowser::showObject(quint64 objectId)
{
    Q_UNUSED(objectId);
}

void ObjectBrowser::showClient(quint64 clientId)
{
    Q_UNUSED(clientId);
}

} // namespace Inspector
