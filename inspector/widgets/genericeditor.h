// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_GENERICEDITOR_H
#define INSPECTOR_GENERICEDITOR_H

#include "objecteditor.h"

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Inspector {

/*! What introspection says of an object of a type without an editor of its own: its class,
    references, creator, last change and preview, read again when the server says it changed. */
class GenericEditor : public ObjectEditor
{
    Q_OBJECT
public:
    GenericEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                  QWidget *parent = nullptr);

private:
    void reconnect();
    void refresh();

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace Inspector

#endif // INSPECTOR_GENERICEDITOR_H
