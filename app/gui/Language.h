#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace airlock {

// Which language Airlock speaks: `--lang CODE` on the command line, else the saved setting, else the system
// locale. Installs Airlock's translation (embedded under :/i18n) and Qt's own for it.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    // The settings key of the user's choice; empty or missing means the system's language.
    static QString settingsKey() { return QStringLiteral("language"); }
    // The languages Airlock has translations for, English (the source) first.
    static QStringList codes();
    // The language's name in itself ("Deutsch"), for a menu.
    static QString nativeName(const QString& code);
    // `--lang CODE` or `--lang=CODE` in the arguments wins over the setting; empty means the system's.
    static QString requested(const QStringList& arguments, const QString& setting);
    static QLocale localeFor(const QString& code);
    // Replaces the translations installed before with the ones for the locale. False when Airlock has no
    // translation for it (it then speaks English); English itself is true.
    static bool install(const QLocale& locale, const QString& directory = QStringLiteral(":/i18n"));
};

} // namespace airlock
