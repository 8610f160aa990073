#pragma once

#include <QSet>
#include <QString>

namespace airlock {

// The keys a config file spelled out, as paths relative to the struct that holds this ("port", "tls.caFile").
// ConfigWriter writes them back even when they hold the default, and leaves every other default unwritten.
// This is bookkeeping about the file, not configuration: two configs that differ only here are equal.
class WrittenKeys
{
public:
    void insert(const QString& key) { m_keys.insert(key); }
    bool contains(const QString& key) const { return m_keys.contains(key); }
    bool isEmpty() const { return m_keys.isEmpty(); }

    bool operator==(const WrittenKeys&) const { return true; }

private:
    QSet<QString> m_keys;
};

} // namespace airlock
