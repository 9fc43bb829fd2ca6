// SPDX-License-Identifier: BSD-3-Clause
#include "objecteditor.h"
#include "containereditor.h"
#include "genericeditor.h"

namespace Inspector {

ObjectEditor *createObjectEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                                 QWidget *parent)
{
    if (typeId == QLatin1String("dict") || typeId == QLatin1String("list")
        || typeId == QLatin1String("Namespace") || typeId == QLatin1String("Array"))
        return new ContainerEditor(session, objectId, typeId, parent);
    return new GenericEditor(session, objectId, typeId, parent);
}

} // namespace Inspector
