// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_VALUESPARKLINE_H
#define INSPECTOR_VALUESPARKLINE_H

#include <QtCore/qlist.h>
#include <QtWidgets/qwidget.h>

namespace Inspector {

/*!
    A small line chart of the last capacity() numbers, newest on the right, drawn in the
    palette's colours (Highlight for the line, Text for the newest point, Mid for the frame),
    so that it follows dark mode. The minimum and maximum are written beside it and in the
    accessible description: the chart never carries information by colour alone.
*/
class ValueSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit ValueSparkline(QWidget *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int values);
    void addValue(double value);
    void clear();
    QList<double> values() const { return m_values; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateDescription();

    QList<double> m_values;
    int m_capacity = 120;
};

} // namespace Inspector

#endif // INSPECTOR_VALUESPARKLINE_H
