// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_DEPTHSPARKLINE_H
#define INSPECTOR_DEPTHSPARKLINE_H

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qlist.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qwidget.h>

namespace Inspector {

/*!
    A small line of a queue's depth over the last window() seconds, painted with the palette's
    colours (dark mode works). Its accessible description says the figures in words, so the
    line is never the only way to read them. It repaints once per second only while visible.
*/
class DepthSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit DepthSparkline(QWidget *parent = nullptr);

    /*! A depth, now. */
    void addSample(qint64 depth);
    /*! The queue's maxsize, drawn as a dashed line (0: unbounded, none). */
    void setMaximum(qint64 maximum);
    int sampleCount() const { return int(m_samples.size()); }
    qint64 lastSample() const { return m_samples.isEmpty() ? -1 : m_samples.last().depth; }
    /*! Seconds shown. */
    int window() const { return m_windowSeconds; }
    void setWindow(int seconds);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Sample
    {
        qint64 ms;
        qint64 depth;
    };
    void prune();
    void describe();

    QElapsedTimer m_clock;
    QList<Sample> m_samples;
    qint64 m_maximum = 0;
    int m_windowSeconds = 120;
    QTimer m_repaint;
};

} // namespace Inspector

#endif // INSPECTOR_DEPTHSPARKLINE_H
