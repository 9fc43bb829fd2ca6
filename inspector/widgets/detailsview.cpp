// SPDX-License-Identifier: BSD-3-Clause
#include "detailsview.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>

namespace Inspector {

// Not built yet: the next commits fill it in.
DetailsView::DetailsView(InspectorSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("DetailsView"), this));
}

void DetailsView::showObject(quint64 objectId)
{
    Q_UNUSED(objectId);
}

void DetailsView::showClient(quint64 clientId)
{
    Q_UNUSED(clientId);
}

} // namespace Inspector
