#include "gui/LanguageMenu.h"

#include "gui/Language.h"

#include <QActionGroup>
#include <QSettings>

namespace airlock {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString saved = choice();
    QStringList codes = Language::codes();
    codes.prepend(QString()); // the system's
    for (const QString& code : codes) {
        QAction* action = addAction(code.isEmpty() ? tr("&System Language") : Language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
}

QString LanguageMenu::choice() const
{
    const QString code = QSettings().value(Language::settingsKey()).toString();
    return Language::codes().contains(code) ? code : QString();
}

void LanguageMenu::choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(Language::settingsKey());
    else
        settings.setValue(Language::settingsKey(), code);
    const QString name = code.isEmpty() ? tr("the system's language") : Language::nativeName(code);
    emit changed(code, tr("Airlock speaks %1 from its next start.").arg(name));
}

} // namespace airlock
