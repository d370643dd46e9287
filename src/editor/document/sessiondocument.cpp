// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/sessiondocument.h"

#include "nwk/core/atomicfile.h"
#include "nwk/core/ids.h"
#include "nwk/core/readlimits.h"
#include "nwk/core/sessionio.h"
#include "nwk/core/validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <iterator>

namespace nwk {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SessionDocument::SessionDocument(QObject *parent)
    : QObject(parent)
    , m_session(newSession())
    , m_undoStack(new QUndoStack(this))
{
    resetHistoryBase();
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

SessionDocument::~SessionDocument()
{
    // Commands refer to this document; delete them while it is still whole.
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

QString SessionDocument::displayName() const
{
    if (!m_fileName.isEmpty())
        return QFileInfo(m_fileName).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool SessionDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void SessionDocument::reset(Session session, const QString &fileName, const QString &untitledName)
{
    m_undoStack->clear();
    m_live = false; // a new session announces itself whole
    m_liveChanges.clear();
    m_session = std::move(session);
    m_partnerIndexValid = false;
    m_linkIndexValid = false;
    m_groupsOfValid = false;
    resetHistoryBase();
    m_untitledName = untitledName;
    const bool renamed = m_fileName != fileName;
    m_fileName = fileName;
    Q_EMIT sessionReset();
    if (renamed)
        Q_EMIT fileNameChanged(m_fileName);
}

void SessionDocument::markUnsaved()
{
    m_undoStack->resetClean();
}

Diagnostics SessionDocument::load(const QString &fileName)
{
    SessionReadResult result = readSessionFile(fileName);
    if (!result.session || hasErrors(result.diagnostics))
        return result.diagnostics;
    reset(std::move(*result.session), QFileInfo(fileName).absoluteFilePath());
    return result.diagnostics;
}

QString SessionDocument::save()
{
    if (m_fileName.isEmpty())
        return tr("The session has no file name yet; use Save As.");
    return write(m_fileName);
}

QString SessionDocument::saveAs(const QString &fileName)
{
    if (fileName.isEmpty())
        return tr("No file name given.");
    return write(QFileInfo(fileName).absoluteFilePath());
}

QString SessionDocument::write(const QString &fileName)
{
    Session copy = m_session;
    const QString now = nowIso();
    if (copy.meta.created.isEmpty())
        copy.meta.created = now;
    copy.meta.modified = now;
    copy.meta.appVersion = QStringLiteral(NWK_VERSION);

    // Never replace a good file with one that cannot be opened again: a session that
    // fails validation (a bug somewhere) is not written; the document stays modified
    // and the autosave copy keeps the work.
    const Diagnostics problems = validate(copy);
    if (hasErrors(problems))
        return tr("The session was not saved because it has an internal inconsistency (%1). "
                  "The file on disk is unchanged.")
            .arg(problems.front().toString());
    const QByteArray bytes = serializeSession(copy); // once: written, then compared
    // Nothing is written that this program would refuse to open again.
    if (const QString limit = readLimitProblem(bytes); !limit.isEmpty())
        return tr("\u201c%1\u201d was not saved: %2. The file on disk is unchanged; your "
                  "changes are still open.")
            .arg(QDir::toNativeSeparators(fileName), limit);
    Q_EMIT aboutToWriteFile(fileName,
                            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString error = writeFileAtomically(fileName, bytes);
    if (!error.isEmpty())
        return error;
    // Belt and braces: a save that "succeeded" but left other bytes on disk (a
    // full disk can truncate a file silently) must not mark the document clean.
    QFile written(fileName);
    if (!written.open(QIODevice::ReadOnly) || written.readAll() != bytes)
        return tr("\u201c%1\u201d was not written completely (is the disk full?). Your "
                  "changes are still open.")
            .arg(QDir::toNativeSeparators(fileName));

    m_session.meta.created = copy.meta.created;
    m_session.meta.modified = copy.meta.modified;
    m_session.meta.appVersion = copy.meta.appVersion;
    m_undoStack->setClean();
    if (m_fileName != fileName) {
        m_fileName = fileName;
        Q_EMIT fileNameChanged(m_fileName);
    }
    announce({ChangeKind::Meta, ChangeType::Changed, {}});
    return {};
}

int SessionDocument::partnerIndex(const QString &partnerId) const
{
    if (!m_partnerIndexValid) {
        m_partnerIndex.clear();
        m_partnerIndex.reserve(static_cast<qsizetype>(m_session.partners.size()));
        // Backwards, so that the first of (invalid) duplicate ids wins, as in indexOfId.
        for (auto i = std::ssize(m_session.partners) - 1; i >= 0; --i)
            m_partnerIndex.insert(m_session.partners[static_cast<std::size_t>(i)].id,
                                  static_cast<int>(i));
        m_partnerIndexValid = true;
    }
    const int i = m_partnerIndex.value(partnerId, -1);
    Q_ASSERT(i < 0 || m_session.partners[static_cast<std::size_t>(i)].id == partnerId);
    return i;
}

const Partner *SessionDocument::partner(const QString &partnerId) const
{
    const int i = partnerIndex(partnerId);
    return i < 0 ? nullptr : &m_session.partners[static_cast<std::size_t>(i)];
}

QStringList SessionDocument::groupsOf(const QString &partnerId) const
{
    if (!m_groupsOfValid) {
        m_groupsOf.clear();
        for (const Group &g : m_session.groups)
            for (const QString &member : g.members)
                if (QStringList &groups = m_groupsOf[member]; !groups.contains(g.id))
                    groups.append(g.id);
        m_groupsOfValid = true;
    }
    return m_groupsOf.value(partnerId);
}

int SessionDocument::linkIndex(const QString &linkId) const
{
    if (!m_linkIndexValid) {
        m_linkIndex.clear();
        m_linkIndex.reserve(static_cast<qsizetype>(m_session.links.size()));
        // Backwards, so that the first of (invalid) duplicate ids wins, as in indexOfId.
        for (auto i = std::ssize(m_session.links) - 1; i >= 0; --i)
            m_linkIndex.insert(m_session.links[static_cast<std::size_t>(i)].id,
                               static_cast<int>(i));
        m_linkIndexValid = true;
    }
    return m_linkIndex.value(linkId, -1);
}

const Link *SessionDocument::link(const QString &linkId) const
{
    const int i = linkIndex(linkId);
    return i < 0 ? nullptr : &m_session.links[static_cast<std::size_t>(i)];
}

} // namespace nwk
