// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_VALUEEDITOR_H
#define INSPECTOR_VALUEEDITOR_H

#include "objecteditor.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QWidget;
QT_END_NAMESPACE

namespace LibManager {
class ValueProxy;
}

namespace Inspector {

class ValueSparkline;

/*!
    The editor of a shared Value: its typecode and range, the value in an editor that follows
    the typecode (a spin box for the 8- to 32-bit signed and the small unsigned codes, text
    checked against the range for the others), the last change with the client that made it,
    and a sparkline of recent values for numbers, all live from ValueProxy::valueChanged().

    Set writes with compareExchange() against the value the user saw: if another client changed
    it in between, nothing is written and a banner offers Overwrite or Discard. Add… adds a
    delta with fetchAdd(). Both are disabled read-only; each call goes to the activity log.
*/
class ValueEditor : public ObjectEditor
{
    Q_OBJECT
public:
    ValueEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                QWidget *parent = nullptr);
    ~ValueEditor() override;

    /*! The typecode, 0 until read. */
    char typeCode() const { return m_typeCode; }
    /*! The value last read or heard of. */
    QVariant value() const { return m_value; }
    /*! The value in the editor, converted for the typecode; null with \a error set if it does
        not fit. */
    QVariant editorValue(QString *error = nullptr) const;
    /*! \a text parsed for \a typeCode: an int, uint, qlonglong, qulonglong, double, QByteArray
        or QString as the server takes it; null with \a error set when it is out of range. */
    static QVariant parse(char typeCode, const QString &text, QString *error = nullptr);
    /*! What the typecode holds ("signed int (4 bytes)"), and its range, in words. */
    static QString typeName(char typeCode);
    static QString rangeText(char typeCode);
    static bool isNumeric(char typeCode);
    ValueSparkline *sparkline() const { return m_sparkline; }

public Q_SLOTS:
    /*! Writes the editor's value (conditionally, see the class description). */
    void commit();
    /*! Writes \a value whatever the current one (the banner's Overwrite). */
    void overwrite(const QVariant &value);
    /*! Adds \a delta with fetchAdd(). */
    void fetchAdd(const QVariant &delta);
    /*! Asks for a delta, then fetchAdd(). */
    void askAndAdd();

Q_SIGNALS:
    /*! A call of this editor finished: \a ok or not, with what it says. */
    void callFinished(const QString &call, bool ok, const QString &details);

private:
    void reconnect();
    void updateActions();
    void setupEditor();
    void showValue(const QVariant &value, quint64 origin);
    void setEditorValue(const QVariant &value);
    void showBanner(const QString &text, const QVariant &mine);
    void hideBanner();
    QString describe(const QVariant &value) const;
    QString clientText(quint64 origin) const;
    void logCall(const QString &call, const QString &details, bool failed);

    std::unique_ptr<LibManager::ValueProxy> m_proxy;
    char m_typeCode = 0;
    QVariant m_value;
    QVariant m_pending;
    bool m_hasPending = false;
    bool m_editing = false;
    QVariant m_mine;

    QLabel *m_typeLabel = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_lastLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QStackedWidget *m_editors = nullptr;
    QSpinBox *m_spin = nullptr;
    QLineEdit *m_line = nullptr;
    QPushButton *m_setButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QPushButton *m_overwriteButton = nullptr;
    ValueSparkline *m_sparkline = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_VALUEEDITOR_H
