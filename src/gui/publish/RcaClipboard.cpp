#include "gui/publish/RcaClipboard.h"

#include "render/RcaRenderer.h"
#include "render/RenderContext.h"
#include "storage/IncidentRepository.h"
#include "time/Clock.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace OutageDesk {

bool RcaClipboard::copy(Workspace *workspace, const QUuid &incident, Format format, QString *error, QClipboard *clipboard)
{
    const auto loaded = workspace && !incident.isNull() ? IncidentRepository(workspace).load(incident) : std::nullopt;
    if (!loaded) {
        *error = QCoreApplication::translate("RcaClipboard", "Select the incident whose RCA to copy first.");
        return false;
    }
    if (!loaded->rca || loaded->rca->text.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("RcaClipboard", "“%1” has no RCA yet: there is nothing to copy.").arg(loaded->title);
        return false;
    }
    // The same context as `outagedesk export`: the catalog's zones, the chart when
    // the application registered one, and now.
    RenderContext context = RenderContext::forWorkspace(workspace);
    context.now = Clock::now();
    const RcaRenderer renderer(context);
    const QString markdown = renderer.markdown(*loaded);
    auto *mime = new QMimeData;
    mime->setText(markdown);
    if (format == Format::Markdown)
        mime->setData(QStringLiteral("text/markdown"), markdown.toUtf8());
    else
        mime->setHtml(renderer.standaloneHtml(*loaded));
    (clipboard ? clipboard : QGuiApplication::clipboard())->setMimeData(mime);
    return true;
}

} // namespace OutageDesk
