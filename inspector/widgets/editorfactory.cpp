// SPDX-License-Identifier: BSD-3-Clause
#include "objecteditor.h"
#include "genericeditor.h"
#include "queueeditor.h"
#include "synceditor.h"

namespace Inspector {

ObjectEditor *createObjectEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                                 QWidget *parent)
{
    if (SyncEditor::handles(typeId))
        return new SyncEditor(session, objectId, typeId, parent);
    if (QueueEditor::handles(typeId))
        return new QueueEditor(session, objectId, typeId, parent);
    return new GenericEditor(session, objectId, typeId, parent);
}

} // namespace Inspector
