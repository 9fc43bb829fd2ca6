// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_EXPORTPROGRESSDIALOG_H
#define INSPECTOR_EXPORTPROGRESSDIALOG_H

#include <QtWidgets/qprogressdialog.h>

namespace Inspector {

class InspectorSession;
class JsonExport;

/*!
    Runs a JsonExport of one object and shows its progress (items written of the total);
    Cancel stops it and leaves the file as it was. Deletes itself when the export ends, after
    saying how it ended (a failure in a message box, success in statusMessage()).
*/
class ExportProgressDialog : public QProgressDialog
{
    Q_OBJECT
public:
    ExportProgressDialog(InspectorSession *session, quint64 objectId, const QString &typeId,
                         const QString &fileName, QWidget *parent = nullptr);

    JsonExport *exporter() const { return m_export; }
    /*! Starts the export; false if it could not begin (it says why in a message box). */
    bool start();

    /*!
        Asks for a file name, then exports \a objectId of \a typeId with a progress dialog, not
        waiting for the end. Returns the running dialog (it deletes itself), or nullptr if the
        user canceled or the type cannot be exported (then it says so).
    */
    static ExportProgressDialog *exportObject(InspectorSession *session, quint64 objectId,
                                              const QString &typeId, QWidget *parent);

Q_SIGNALS:
    /*! Says how the export ended, for a status bar. */
    void statusMessage(const QString &message);

private:
    JsonExport *m_export = nullptr;
    QString m_object;
};

} // namespace Inspector

#endif // INSPECTOR_EXPORTPROGRESSDIALOG_H
