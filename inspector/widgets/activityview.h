// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_ACTIVITYVIEW_H
#define INSPECTOR_ACTIVITYVIEW_H

#include <QtWidgets/qwidget.h>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Inspector {

class ActivityModel;

/*! The Activity dock: the log of server events and of this inspector's own calls, kept apart
    (the own calls are hidden unless asked for), filtered by text, following the newest. */
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityView(ActivityModel *model, QWidget *parent = nullptr);

    bool showsOwnCalls() const;
    void setShowsOwnCalls(bool show);
    bool follows() const;
    void setFollows(bool follow);

Q_SIGNALS:
    void objectActivated(quint64 objectId, const QString &typeId);

private:
    ActivityModel *const m_model;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_own = nullptr;
    QCheckBox *m_follow = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_ACTIVITYVIEW_H
