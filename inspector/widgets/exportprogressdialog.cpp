// SPDX-License-Identifier: BSD-3-Clause
#include "exportprogressdialog.h"
#include "activitymodel.h"
#include "inspectorsession.h"
#include "jsonexport.h"

#include <QtCore/qdir.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qlocale.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qmessagebox.h>

#include <limits>

namespace Inspector {

ExportProgressDialog::ExportProgressDialog(InspectorSession *session, quint64 objectId,
                                           const QString &typeId, const QString &fileName,
                                           QWidget *parent)
    : QProgressDialog(parent)
    , m_export(new JsonExport(session, objectId, typeId, this))
    , m_object(tr("%1 %2").arg(typeId).arg(objectId))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Export %1").arg(m_object));
    setLabelText(tr("Exporting %1 to %2…").arg(m_object, QDir::toNativeSeparators(fileName)));
    setAccessibleName(tr("Export progress"));
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0);
    m_export->setFileName(fileName);
    connect(this, &QProgressDialog::canceled, m_export, &JsonExport::cancel);
    connect(m_export, &JsonExport::progress, this, [this](qint64 done, qint64 total) {
        // QProgressDialog counts in int: scale big containers down.
        const qint64 scale = std::max<qint64>(1, total / std::numeric_limits<int>::max() + 1);
        setMaximum(int(total / scale));
        setValue(int(std::min(done, total) / scale));
        const QLocale locale;
        setLabelText(tr("Exporting %1: %2 of %n item(s)…", "",
                        int(std::min<qint64>(total, std::numeric_limits<int>::max())))
                         .arg(m_object, locale.toString(done)));
    });
    connect(m_export, &JsonExport::finished, this,
            [this, session, objectId, fileName](JsonExport::Status status) {
                const QString call = tr("export to %1").arg(QFileInfo(fileName).fileName());
                if (status == JsonExport::Status::Finished) {
                    const QString text
                        = tr("Exported %n item(s) of %1 to %2", "", int(m_export->done()))
                              .arg(m_object, QDir::toNativeSeparators(fileName));
                    session->activity()->appendOwnCall(objectId, m_object, call,
                                                       tr("%n item(s)", "", int(m_export->done())));
                    Q_EMIT statusMessage(text);
                } else if (status == JsonExport::Status::Failed) {
                    session->activity()->appendOwnCall(objectId, m_object, call,
                                                       m_export->errorString(), true);
                    QMessageBox::warning(
                        parentWidget(), tr("Export failed"),
                        tr("%1 could not be exported: %2").arg(m_object, m_export->errorString()));
                } else {
                    Q_EMIT statusMessage(tr("Export of %1 canceled").arg(m_object));
                }
                close();
            });
}

bool ExportProgressDialog::start()
{
    if (m_export->start())
        return true;
    QMessageBox::warning(parentWidget(), tr("Export failed"),
                         tr("%1 could not be exported: %2").arg(m_object, m_export->errorString()));
    deleteLater();
    return false;
}

ExportProgressDialog *ExportProgressDialog::exportObject(InspectorSession *session,
                                                         quint64 objectId, const QString &typeId,
                                                         QWidget *parent)
{
    if (!JsonExport::canExport(typeId)) {
        QMessageBox::information(parent, tr("Export object"),
                                 tr("Objects of type %1 cannot be exported; dict, list, "
                                    "Namespace, Array and Value can.")
                                     .arg(typeId));
        return nullptr;
    }
    const QString suggested
        = QDir::home().filePath(QStringLiteral("%1-%2.json").arg(typeId).arg(objectId));
    const QString fileName = QFileDialog::getSaveFileName(
        parent, tr("Export %1 %2").arg(typeId).arg(objectId), suggested, tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return nullptr;
    auto *dialog = new ExportProgressDialog(session, objectId, typeId, fileName, parent);
    return dialog->start() ? dialog : nullptr;
}

} // namespace Inspector
