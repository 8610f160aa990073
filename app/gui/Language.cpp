#include "gui/Language.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace airlock {

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Language::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" in a menu reads "Français"
    return name.isEmpty() ? code : name;
}

QString Language::requested(const QStringList& arguments, const QString& setting)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return setting;
}

QLocale Language::localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool Language::install(const QLocale& locale, const QString& directory)
{
    // The translators installed last time; replaced, so a test can switch languages in one process.
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto* translator : {&own, &qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    // QLocale::uiLanguages() lists "en-US" for C and English locales: no file, and none is needed.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    auto loaded = std::make_unique<QTranslator>();
    const bool found = loaded->load(locale, QStringLiteral("airlock"), QStringLiteral("_"), directory);
    if (found) {
        QCoreApplication::installTranslator(loaded.get());
        own = std::move(loaded);
    }
    auto qtLoaded = std::make_unique<QTranslator>();
    if (qtLoaded->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtLoaded.get());
        qt = std::move(qtLoaded);
    }
    return found;
}

} // namespace airlock
