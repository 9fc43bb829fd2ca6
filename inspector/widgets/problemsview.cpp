// SPDX-License-Identifier: BSD-3-Clause
#include "problemsview.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>

namespace Inspector {

// Not built yet: the next commits fill it in.
ProblemsView::ProblemsView(InspectorSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("ProblemsView"), this));
}

void ProblemsView::showObject(quint64 objectId)
{
    Q_UNUSED(objectId);
}

void ProblemsView::showClient(quint64 clientId)
{
    Q_UNUSED(clientId);
}

} // namespace Inspector
