#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace airlock {

// A form with every key of one route (ConfigRouteFields), grouped. Each field widget is named after its
// JSON key ("timeouts.connectMs") and has an error line under it; showErrors() puts the validator's
// sentences there, so the user sees what the loader would say about the same value while typing.
class RouteEditor : public QWidget
{
    Q_OBJECT
public:
    // Combo box items carry the config file's name of their value in this role.
    static constexpr int NameRole = Qt::UserRole + 1;

    explicit RouteEditor(QWidget* parent = nullptr,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    // baseDir: where relative file names (tls.caFile) are taken from, the config file's directory.
    void setBaseDir(const QString& baseDir) { m_baseDir = baseDir; }
    void setRoute(const RouteConfig& route);
    // The route as the form holds it now.
    RouteConfig route() const;

    // errors: the whole config's, with JSON paths; those under routePath ("routes[2]") with a widget are shown
    // next to it. Returns the others, for a general list. Problems the form itself finds (closeCodes lines it
    // cannot read) are shown as well and make hasLocalErrors() true.
    QList<ConfigError> showErrors(const QList<ConfigError>& errors, const QString& routePath);
    bool hasLocalErrors() const { return !m_localErrors.isEmpty(); }
    QStringList localErrors() const;
    // What the error line of the widget for key shows; empty when nothing.
    QString errorText(const QString& key) const;
    // The route keys with a widget: every key of ConfigRouteFields.
    QStringList keys() const { return m_keyOrder; }

signals:
    // The user changed a value.
    void edited();

private:
    struct HeaderRow
    {
        QWidget* row;
        QLineEdit* name;
        QLineEdit* value;
        QToolButton* show;
    };

    QWidget* addField(QFormLayout* form, const QString& key, const QString& label, QWidget* field,
                      const QString& description, QWidget* main = nullptr);
    QSpinBox* intSpin(const QString& key, const QString& suffix);
    QDoubleSpinBox* bigSpin(const QString& key, const QString& suffix);
    QLineEdit* lineEdit(const QString& placeholder);
    QWidget* buildHeaders();
    HeaderRow addHeaderRow(const QString& name, const QString& value);
    void removeHeaderRow(QWidget* row);
    static void updateEcho(const HeaderRow& row);
    void changed();
    void updateEnabled();
    QString matchKey(const QString& relativePath) const;

    QProcessEnvironment m_env;
    QString m_baseDir;
    RouteConfig m_original;
    bool m_loading = false;

    QLineEdit* m_name;
    QLineEdit* m_path;
    QLineEdit* m_backend;
    QComboBox* m_proxyMode;
    QLineEdit* m_proxyUrl;
    QPlainTextEdit* m_origins;
    QPlainTextEdit* m_frameAncestors;
    QComboBox* m_subprotocol;
    QLineEdit* m_fixedSubprotocol;
    QVBoxLayout* m_headerRows;
    QList<HeaderRow> m_headers;
    QPlainTextEdit* m_stripHeaders;
    QCheckBox* m_browserVisibleErrors;
    QCheckBox* m_forwardCookies;
    QCheckBox* m_strictFrames;
    QDoubleSpinBox* m_maxMessageBytes;
    QPlainTextEdit* m_closeCodes;
    QLineEdit* m_caFile;
    QLineEdit* m_serverName;
    QCheckBox* m_insecure;
    QSpinBox* m_connectMs;
    QSpinBox* m_proxyConnectMs;
    QSpinBox* m_tlsMs;
    QSpinBox* m_upgradeMs;
    QSpinBox* m_idleMs;
    QSpinBox* m_drainMs;
    QSpinBox* m_pingMs;
    QComboBox* m_healthKind;
    QSpinBox* m_healthInterval;
    QSpinBox* m_healthTimeout;
    QSpinBox* m_healthRise;
    QSpinBox* m_healthFall;
    QLineEdit* m_healthPath;
    QCheckBox* m_captureEnabled;
    QDoubleSpinBox* m_captureBytes;

    QHash<QString, QLabel*> m_errorLabels;
    QStringList m_keyOrder;
    QHash<QString, QString> m_localErrors;
};

} // namespace airlock
