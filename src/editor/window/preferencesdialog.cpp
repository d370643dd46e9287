// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "context/editorcontext.h"
#include "nwk/editor/autosaver.h"
#include "nwk/editor/language.h"
#include "playback/playback.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nwk {

namespace {
/// A language's name in that language, as language pickers show it (not translated).
QString nativeName(const QString &language)
{
    if (language == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed, as a note under the field
    return label;
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

void PreferencesDialog::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    QMenu *editMenu = context.menu(MenuId::Edit);
    auto *action = new QAction(tr("Pr&eferences\u2026"), window);
    action->setObjectName(QStringLiteral("preferencesAction"));
    QList<QKeySequence> keys{QKeySequence(tr("Ctrl+,"))};
    if (!keys.contains(QKeySequence(QKeySequence::Preferences)))
        keys.prepend(QKeySequence(QKeySequence::Preferences));
    keys.removeAll(QKeySequence());
    action->setShortcuts(keys);
    action->setMenuRole(QAction::PreferencesRole);
    action->setStatusTip(
        tr("Choose the interface language, the deck language of new sessions, the autosave "
           "delay and how far before its time playback starts"));
    action->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    editMenu->addSeparator();
    editMenu->addAction(action);
    QObject::connect(action, &QAction::triggered, window, [window] {
        PreferencesDialog dialog(window);
        dialog.exec();
    });
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(560); // room for the notes under the fields
    QSettings settings;

    m_interface = new QComboBox(this);
    m_interface->setObjectName(QStringLiteral("interfaceLanguage"));
    const QString system = resolveInterfaceLanguage(QString(), QLocale::system().uiLanguages());
    //: Interface language choice: follow the system's language, %1 its name.
    m_interface->addItem(tr("System (%1)").arg(nativeName(system)), QString());
    for (const QString &language : interfaceLanguages())
        m_interface->addItem(nativeName(language), language);
    selectData(m_interface, settings.value(QString::fromLatin1(kUiLanguageKey)).toString());

    m_deck = new QComboBox(this);
    m_deck->setObjectName(QStringLiteral("deckLanguage"));
    m_deck->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_deck->addItem(tr("English"), QStringLiteral("en"));
    selectData(m_deck, defaultDeckLanguage());

    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(QStringLiteral("autosaveSeconds"));
    m_autosave->setRange(1, 600);
    //: Unit after the autosave delay: seconds.
    m_autosave->setSuffix(tr(" s"));
    const int ms = settings.value(QString::fromLatin1(Autosaver::kIntervalKey)).toInt();
    m_autosave->setValue((ms > 0 ? ms : Autosaver::kDefaultIntervalMs) / 1000);

    m_leadIn = new QSpinBox(this);
    m_leadIn->setObjectName(QStringLiteral("playbackLeadIn"));
    m_leadIn->setRange(0, Playback::kMaxLeadInSeconds);
    m_leadIn->setSuffix(tr(" s"));
    m_leadIn->setValue(Playback::leadInSeconds());

    auto *form = new QFormLayout;
    form->addRow(tr("&Interface language:"), m_interface);
    form->addRow(QString(), hint(tr("Takes effect when Netwerkkaart is restarted."), this));
    form->addRow(tr("&Deck language of new sessions:"), m_deck);
    form->addRow(QString(),
                 hint(tr("The language of the conversation cards, independent of the interface. "
                         "An open session changes its deck under Session > Deck."),
                      this));
    form->addRow(tr("&Autosave after:"), m_autosave);
    form->addRow(QString(), hint(tr("A recovery copy is written this long after a change. "
                                    "Takes effect when Netwerkkaart is restarted."),
                                 this));
    form->addRow(tr("&Play from before:"), m_leadIn);
    form->addRow(QString(), hint(tr("\"Play from Here\" on a quote, note, memo, card or partner "
                                    "starts the recording this long before its time."),
                                 this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(kUiLanguageKey), m_interface->currentData().toString());
    settings.setValue(QString::fromLatin1(kDeckLanguageKey), m_deck->currentData().toString());
    settings.setValue(QString::fromLatin1(Autosaver::kIntervalKey), m_autosave->value() * 1000);
    settings.setValue(QString::fromLatin1(Playback::kLeadInKey), m_leadIn->value());
    QDialog::accept();
}

} // namespace nwk
