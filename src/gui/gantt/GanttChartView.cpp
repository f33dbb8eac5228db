#include "gui/gantt/GanttChartView.h"

#include "gui/gantt/GanttChart.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace OutageDesk {
namespace {

constexpr int kDragThreshold = 4;
constexpr qint64 kHistoryCoalesceMs = 600;

} // namespace

GanttChartView::GanttChartView(GanttChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_chart(chart)
{
    setRubberBand(QChartView::NoRubberBand); // ours keeps the row range and the history
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing, false);
    setRenderHint(QPainter::TextAntialiasing, true);
    // The time axis runs left to right whatever the language (dates are not mirrored).
    setLayoutDirection(Qt::LeftToRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Outage Gantt chart"));
    setAccessibleDescription(tr("Wheel or + and - zoom, drag or the arrow keys pan, click a bar to open its incident."));
}

QPointF GanttChartView::toChart(const QPoint &viewportPos) const
{
    return m_chart->mapFromScene(mapToScene(viewportPos));
}

void GanttChartView::remember()
{
    const GanttTimeScale &scale = m_chart->document()->scale();
    if (!m_sinceLastStep.isValid() || m_sinceLastStep.elapsed() > kHistoryCoalesceMs)
        m_history.push({scale.startMs(), scale.endMs()});
    m_sinceLastStep.start();
}

void GanttChartView::changed()
{
    m_chart->refresh();
    Q_EMIT rangeChanged();
}

void GanttChartView::zoomAt(double factor, double viewportX)
{
    remember();
    const double x = toChart(QPoint(int(viewportX), 0)).x();
    m_chart->document()->scale().zoom(factor, x);
    changed();
}

void GanttChartView::zoomBy(double factor)
{
    remember();
    GanttTimeScale &scale = m_chart->document()->scale();
    scale.zoom(factor, scale.left() + scale.width() / 2);
    changed();
}

void GanttChartView::panByFraction(double fraction)
{
    remember();
    GanttTimeScale &scale = m_chart->document()->scale();
    scale.pan(-fraction * scale.width());
    changed();
}

void GanttChartView::scrollRows(int delta)
{
    m_chart->setFirstRow(m_chart->firstRow() + delta);
    Q_EMIT rangeChanged();
}

void GanttChartView::showRange(qint64 fromMs, qint64 toMs)
{
    const GanttTimeScale &scale = m_chart->document()->scale();
    m_history.push({scale.startMs(), scale.endMs()});
    m_sinceLastStep.invalidate();
    m_chart->document()->scale().setRange(fromMs, toMs);
    changed();
}

void GanttChartView::goBack()
{
    GanttTimeScale &scale = m_chart->document()->scale();
    if (const auto range = m_history.back({scale.startMs(), scale.endMs()})) {
        scale.setRange(range->first, range->second);
        m_sinceLastStep.invalidate();
        changed();
    }
}

void GanttChartView::goForward()
{
    GanttTimeScale &scale = m_chart->document()->scale();
    if (const auto range = m_history.forward({scale.startMs(), scale.endMs()})) {
        scale.setRange(range->first, range->second);
        m_sinceLastStep.invalidate();
        changed();
    }
}

void GanttChartView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        const int steps = (delta.y() != 0 ? delta.y() : delta.x()) / 120;
        scrollRows(steps == 0 ? 0 : -steps * 3);
        event->accept();
        return;
    }
    if (delta.y() == 0) {
        // Horizontal wheels and touchpads pan.
        if (delta.x() != 0)
            panByFraction(-delta.x() / 1200.0);
        event->accept();
        return;
    }
    // One notch (120) zooms by 1.25; touchpads send smaller deltas and zoom smoothly.
    const double factor = std::pow(1.25, delta.y() / 120.0);
    zoomAt(factor, event->position().x());
    event->accept();
}

void GanttChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_pressPos = event->pos();
        m_lastPos = event->pos();
        m_drag = Drag::Pending;
        m_rubberBandDrag = event->button() == Qt::MiddleButton || (event->modifiers() & Qt::ShiftModifier);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void GanttChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Pending && (event->pos() - m_pressPos).manhattanLength() >= kDragThreshold) {
        if (m_rubberBandDrag) {
            m_drag = Drag::RubberBand;
            if (!m_rubberBand)
                m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
            m_rubberBand->show();
        } else {
            m_drag = Drag::Pan;
            remember();
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
    }
    if (m_drag == Drag::Pan) {
        m_chart->document()->scale().pan(event->pos().x() - m_lastPos.x());
        m_lastPos = event->pos();
        changed();
        event->accept();
        return;
    }
    if (m_drag == Drag::RubberBand) {
        const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
        const QRect plotInView = mapFromScene(plot).boundingRect();
        m_rubberBand->setGeometry(QRect(QPoint(m_pressPos.x(), plotInView.top()),
                                        QPoint(event->pos().x(), plotInView.bottom()))
                                      .normalized());
        event->accept();
        return;
    }
    // A hand over a bar says that a click opens its incident.
    if (event->buttons() == Qt::NoButton) {
        if (m_chart->hitTest(toChart(event->pos())) >= 0)
            viewport()->setCursor(Qt::PointingHandCursor);
        else
            viewport()->unsetCursor();
    }
    QChartView::mouseMoveEvent(event);
}

void GanttChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->unsetCursor();
    if (drag == Drag::RubberBand) {
        m_rubberBand->hide();
        const double x0 = toChart(m_pressPos).x();
        const double x1 = toChart(event->pos()).x();
        const GanttTimeScale &scale = m_chart->document()->scale();
        const qint64 from = scale.mapXToTime(std::min(x0, x1));
        const qint64 to = scale.mapXToTime(std::max(x0, x1));
        if (to > from)
            showRange(from, to);
        event->accept();
        return;
    }
    if (drag == Drag::Pending && event->button() == Qt::LeftButton) {
        const int record = m_chart->hitTest(toChart(event->pos()));
        const QList<WindowRecord> &windows = m_chart->document()->data().windows();
        const QUuid uuid = record >= 0 ? QUuid::fromString(windows.at(record).incidentUuid) : QUuid();
        Q_EMIT incidentClicked(uuid);
        event->accept();
        return;
    }
    if (drag != Drag::None) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void GanttChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click on a data center's row folds or unfolds it.
    const QPointF pos = toChart(event->pos());
    GanttDocument *doc = m_chart->document();
    const int row = doc->layout().rowAt(pos.y());
    if (row >= 0 && doc->layout().rows().at(row).kind == GanttRow::Kind::DataCenter
        && pos.y() <= m_chart->plotArea().bottom()) {
        const QString code = doc->layout().rows().at(row).dataCenter;
        doc->setCollapsed(code, !doc->layout().isCollapsed(code));
        changed();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void GanttChartView::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        break;
    case Qt::Key_Left:
        alt ? goBack() : panByFraction(-0.1);
        break;
    case Qt::Key_Right:
        alt ? goForward() : panByFraction(0.1);
        break;
    case Qt::Key_Up:
        scrollRows(-1);
        break;
    case Qt::Key_Down:
        scrollRows(1);
        break;
    case Qt::Key_PageUp:
        scrollRows(-m_chart->visibleRowCount());
        break;
    case Qt::Key_PageDown:
        scrollRows(m_chart->visibleRowCount());
        break;
    case Qt::Key_Home:
        Q_EMIT fitAllRequested();
        break;
    case Qt::Key_Backspace:
        goBack();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GanttChartView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(event->globalPos());
    event->accept();
}

bool GanttChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int record = m_chart->hitTest(toChart(help->pos()));
        if (record >= 0)
            QToolTip::showText(help->globalPos(), m_chart->document()->toolTip(record), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QChartView::viewportEvent(event);
}

} // namespace OutageDesk
