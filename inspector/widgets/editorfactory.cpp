// SPDX-License-Identifier: BSD-3-Clause
#include "objecteditor.h"
#include "genericeditor.h"

namespace Inspector {

ObjectEditor *createObjectEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                                 QWidget *parent)
{
    return new GenericEditor(session, objectId, typeId, parent);
}

} // namespace Inspector
