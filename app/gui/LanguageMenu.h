#pragma once

#include <QMenu>

class QActionGroup;

namespace airlock {

// View > Language: the system's language or one Airlock has a translation for, saved in QSettings and used
// from the next start (`--lang` still wins for one run).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The saved choice: a code from Language::codes(), or empty for the system's language.
    QString choice() const;

signals:
    // The user picked a language; `message` says when it applies, for the status bar.
    void changed(const QString& code, const QString& message);

private:
    void choose(const QString& code);

    QActionGroup* m_group;
};

} // namespace airlock
