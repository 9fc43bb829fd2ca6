// SPDX-License-Identifier: BSD-3-Clause
#include "containereditor.h"
#include "customeditor.h"
#include "genericeditor.h"
#include "objecteditor.h"
#include "queueeditor.h"
#include "synceditor.h"
#include "valueeditor.h"

namespace Inspector {

namespace {

bool isStandardType(const QString &typeId)
{
    static const QStringList standard {
        QStringLiteral("dict"),
        QStringLiteral("list"),
        QStringLiteral("Namespace"),
        QStringLiteral("Array"),
        QStringLiteral("Value"),
        QStringLiteral("Queue"),
        QStringLiteral("JoinableQueue"),
        QStringLiteral("Lock"),
        QStringLiteral("RLock"),
        QStringLiteral("Semaphore"),
        QStringLiteral("BoundedSemaphore"),
        QStringLiteral("Condition"),
        QStringLiteral("Event"),
        QStringLiteral("Barrier"),
    };
    return standard.contains(typeId);
}

} // namespace

ObjectEditor *createObjectEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                                 QWidget *parent)
{
    if (typeId == QLatin1String("dict") || typeId == QLatin1String("list")
        || typeId == QLatin1String("Namespace") || typeId == QLatin1String("Array"))
        return new ContainerEditor(session, objectId, typeId, parent);
    if (typeId == QLatin1String("Value"))
        return new ValueEditor(session, objectId, typeId, parent);
    if (SyncEditor::handles(typeId))
        return new SyncEditor(session, objectId, typeId, parent);
    if (QueueEditor::handles(typeId))
        return new QueueEditor(session, objectId, typeId, parent);
    if (!typeId.isEmpty() && !isStandardType(typeId))
        return new CustomEditor(session, objectId, typeId, parent);
    return new GenericEditor(session, objectId, typeId, parent);
}

} // namespace Inspector
