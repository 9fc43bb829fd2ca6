// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_OBJECTFILTERPROXY_H
#define INSPECTOR_OBJECTFILTERPROXY_H

#include <QtCore/qsortfilterproxymodel.h>

namespace Inspector {

/*!
    The Objects dock's filter over an ObjectTreeModel: text (case-insensitive, in the id, the
    object's label, its type and its preview), state toggles (held, has waiters, changed in
    the last seconds) and a creator. Groups show when one of their objects does (recursive
    filtering); while a filter is on, a group says how many of its objects match.
*/
class ObjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum StateFilter {
        NoStateFilter = 0,
        Held = 0x1,            //!< locked, or a Semaphore without permits
        HasWaiters = 0x2,
        RecentlyChanged = 0x4, //!< changed within recentSeconds()
    };
    Q_DECLARE_FLAGS(StateFilters, StateFilter)
    Q_FLAG(StateFilters)

    explicit ObjectFilterProxy(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    StateFilters stateFilters() const { return m_states; }
    void setStateFilters(StateFilters filters);
    /*! Only objects \a clientId created; 0: any creator. */
    quint64 creator() const { return m_creator; }
    void setCreator(quint64 clientId);
    int recentSeconds() const { return m_recentSeconds; }
    void setRecentSeconds(int seconds);
    bool isFiltering() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StateFilters m_states;
    quint64 m_creator = 0;
    int m_recentSeconds = 10;
};

} // namespace Inspector

Q_DECLARE_OPERATORS_FOR_FLAGS(Inspector::ObjectFilterProxy::StateFilters)

#endif // INSPECTOR_OBJECTFILTERPROXY_H
