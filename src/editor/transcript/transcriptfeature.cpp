// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptFeature: installing, reading the session's transcript again after a load, a
// save under another name or an undo, and quotes from its cues. Importing:
// transcriptfeature_import.cpp.
#include "transcriptfeature.h"

#include "context/editorcontext.h"
#include "nwk/core/atomicfile.h"
#include "nwk/core/timeline.h"
#include "nwk/editor/cardcommands.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/sessiondocument.h"
#include "playback/playback.h"
#include "shared/capturenotice.h"
#include "transcriptdock.h"
#include "transcriptedits.h"
#include "transcriptfiles.h"
#include "transcriptmodel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace nwk {

TranscriptFeature::TranscriptFeature(EditorContext &context)
    : QObject(context.window)
    , m_context(context)
    , m_document(context.document)
{
    connect(m_document, &SessionDocument::sessionReset, this, &TranscriptFeature::reload);
    connect(m_document, &SessionDocument::fileNameChanged, this, &TranscriptFeature::carryAlong);
    onChange(m_document, {kTranscriptChange, ChangeKind::Participant}, this,
             [this] { followRef(); });
}

void TranscriptFeature::install(EditorContext &context)
{
    auto *feature = new TranscriptFeature(context);
    QMainWindow *window = context.window;

    feature->importAction = new QAction(tr("Import &Transcript\u2026"), feature);
    feature->importAction->setObjectName(QStringLiteral("importTranscriptAction"));
    feature->importAction->setToolTip(
        tr("Read a transcript of the recording (SRT, WebVTT or text with [hh:mm:ss] stamps) "
           "and show it on the session clock"));
    feature->importAction->setStatusTip(feature->importAction->toolTip());
    connect(feature->importAction, &QAction::triggered, feature,
            &TranscriptFeature::chooseAndImport);
    context.menu(MenuId::Session)->addSeparator();
    context.menu(MenuId::Session)->addAction(feature->importAction);

    feature->m_dock = new TranscriptDock(feature, context.document, window);
    window->addDockWidget(Qt::RightDockWidgetArea, feature->m_dock);
    feature->m_dock->hide();
    QAction *toggle = feature->m_dock->toggleViewAction();
    toggle->setToolTip(tr("Show the transcript of the recording on the session clock"));
    toggle->setStatusTip(toggle->toolTip());
    context.menu(MenuId::View)->addAction(toggle);
    context.provide(feature);
    feature->reload();
}

Transcript TranscriptFeature::clockTranscript() const
{
    if (!m_transcript)
        return {};
    return m_transcript->shifted(m_document->session().transcript.offsetMs);
}

QString TranscriptFeature::summary() const
{
    const QString file = m_document->session().transcript.file;
    if (file.isEmpty())
        return tr("No transcript: Session > Import Transcript\u2026 reads one.");
    if (!m_transcript)
        return tr("%1: not read").arg(file);
    return tr("%1: %n cue(s)", nullptr, static_cast<int>(m_transcript->cues.size())).arg(file);
}

Playback *TranscriptFeature::playback() const
{
    return m_context.feature<Playback>();
}

void TranscriptFeature::carryAlong()
{
    // Saved under another name in another folder: the transcript goes along, so that the
    // session opens with it there too (an existing file there is never overwritten).
    const QString file = m_document->session().transcript.file;
    if (!file.isEmpty() && !m_loadedPath.isEmpty() && !m_document->isUntitled()) {
        const QString target = transcriptPath(m_document->fileName(), file);
        QFile source(m_loadedPath);
        if (target != m_loadedPath && !QFileInfo::exists(target) &&
            source.open(QIODevice::ReadOnly) && QDir().mkpath(QFileInfo(target).absolutePath())) {
            const QString error = writeFileAtomically(target, source.readAll());
            if (!error.isEmpty())
                m_context.window->statusBar()->showMessage(error, 15000);
        }
    }
    followRef();
}

void TranscriptFeature::followRef()
{
    const QString file = m_document->session().transcript.file;
    const QString path = file.isEmpty() || m_document->isUntitled()
                             ? QString()
                             : transcriptPath(m_document->fileName(), file);
    if (path != m_loadedPath)
        reload();
    else
        Q_EMIT transcriptChanged();
}

void TranscriptFeature::reload()
{
    m_transcript.reset();
    m_loadedPath.clear();
    m_problems.clear();
    const QString file = m_document->session().transcript.file;
    if (!file.isEmpty() && m_document->isUntitled()) {
        m_problems.append(tr("The transcript %1 is not read: the session has no file yet. Save "
                             "the session beside the transcript.")
                              .arg(file));
    } else if (!file.isEmpty()) {
        m_loadedPath = transcriptPath(m_document->fileName(), file);
        if (!QFileInfo::exists(m_loadedPath)) {
            const QString missing =
                tr("The transcript %1 is missing beside the session file (in %2): put it back "
                   "and open the session again, or import it again.")
                    .arg(file, QFileInfo(m_document->fileName()).absolutePath());
            m_problems.append(missing);
            m_context.window->statusBar()->showMessage(missing, 15000);
        } else {
            const TranscriptReadResult read = readTranscriptFile(m_loadedPath);
            m_transcript = read.transcript;
            m_problems = read.messages();
        }
    }
    Q_EMIT transcriptChanged();
}

QString TranscriptFeature::targetCard(qint64 atMs) const
{
    const QString card = cardAt(m_document->session(), atMs); // core/timeline.h: one rule
    if (!card.isEmpty())
        return card;
    const FocusGroup *group = m_context.feature<FocusGroup>();
    const int current = group->currentCardIndex();
    const auto &cards = group->deck().cards;
    if (current < 0 || current >= static_cast<int>(cards.size()))
        return {};
    return cards[static_cast<std::size_t>(current)].id;
}

bool TranscriptFeature::makeQuote(const std::vector<int> &rows)
{
    const Session &s = m_document->session();
    TranscriptQuote made = quoteFromCues(clockTranscript(), s.transcript, rows);
    if (made.quote.text.isEmpty())
        return false;
    const QString cardId = targetCard(made.quote.atMs);
    if (cardId.isEmpty()) {
        m_context.window->statusBar()->showMessage(tr("No card to keep the quote in."),
                                                   kCaptureNoticeMs);
        return false;
    }
    CardProgress progress = cardProgressOrDefault(s, cardId);
    made.quote.id = uniqueId(s, QStringLiteral("q"));
    progress.quotes.push_back(made.quote);
    if (progress.status == CardStatus::NotStarted)
        progress.status = CardStatus::InProgress;
    auto *command = new SetCardProgress(m_document, progress, tr("Quote from the transcript"));
    command->setMergeable(false);
    if (!m_document->push(command))
        return false;
    QString theme = cardId;
    for (const DeckCard &card : m_context.feature<FocusGroup>()->deck().cards)
        if (card.id == cardId)
            theme = card.theme;
    const Participant *by = s.participant(made.quote.participantId);
    const QString speaker =
        by ? TranscriptModel::participantText(*by)
           : (made.severalSpeakers ? tr("several speakers: none named") : tr("speaker unknown"));
    //: Status bar after a quote is made from the transcript: %1 the card, %2 the quote, %3 who
    m_context.window->statusBar()->showMessage(
        tr("Quote kept in \u201c%1\u201d: %2 \u2014 %3")
            .arg(theme, quotedSnippet(made.quote.text), speaker),
        kCaptureNoticeMs);
    return true;
}

} // namespace nwk
