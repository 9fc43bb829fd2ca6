// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CUSTOMEDITOR_H
#define INSPECTOR_CUSTOMEDITOR_H

#include "objecteditor.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace LibManager {
class Proxy;
}

namespace Inspector {

/*!
    The view of an object of an application (custom) type: its class and typeId, the methods
    it exposes (the introspection object's "methods" call: "int add(int,int)" signatures), and
    "Call method…": a CallMethodDialog asks for typed arguments, the call goes through an
    observing proxy (InspectorSession::observe()), and its result or error goes to the result
    pane and to the activity log. Calling is disabled read-only: the client cannot tell which
    methods only read (registerReadMethods() is known to the server alone).
*/
class CustomEditor : public ObjectEditor
{
    Q_OBJECT
public:
    CustomEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                 QWidget *parent = nullptr);
    ~CustomEditor() override;

    QString className() const { return m_className; }
    /*! The exposed methods' signatures, by name; empty until read. */
    QStringList methods() const { return m_methods; }
    QTreeWidget *methodView() const { return m_methodView; }
    /*! The text of the result pane. */
    QString resultText() const;

public Q_SLOTS:
    /*! Calls \a method (a name) with \a args; the answer comes with callFinished(). */
    void callMethod(const QString &method, const QVariantList &args);
    /*! Opens the dialog for the selected method, then calls it. */
    void callSelected();
    void refresh();

Q_SIGNALS:
    void methodsChanged();
    void callFinished(const QString &method, bool ok, const QVariant &result,
                      const QString &errorString);

private:
    void reconnect();
    void updateActions();
    void showInfo();

    std::unique_ptr<LibManager::Proxy> m_proxy;
    QString m_className;
    QStringList m_methods;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_methodView = nullptr;
    QPushButton *m_callButton = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_CUSTOMEDITOR_H
