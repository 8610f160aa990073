<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>--listen: expected ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>--listen: ADRESSE:PORT erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>--listen: invalid port in &quot;%1&quot;</source>
        <translation>--listen: ungültiger Port in „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.
Runs the proxy headless; records of every session go to stdout as JSON lines.</source>
        <translation>Airlock: ein Loopback-Proxy für WebSocket und HTTP für Browser-Terminals und entfernte Rechner.
Führt den Proxy ohne Bildschirm aus; die Protokolle jeder Sitzung gehen als JSON-Zeilen auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Run without a display.</source>
        <translation>Ohne Bildschirm ausführen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="91"/>
        <source>Configuration file (default: %1, created on first run).</source>
        <translation>Konfigurationsdatei (Standard: %1, wird beim ersten Start angelegt).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <source>Listen on ADDR:PORT instead of the config&apos;s.</source>
        <translation>Auf ADRESSE:PORT statt der Adresse aus der Konfiguration lauschen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="98"/>
        <source>Allow listening on a non-loopback address (not recommended).</source>
        <translation>Lauschen auf einer Adresse außerhalb von Loopback erlauben (nicht empfohlen).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Append session records to FILE instead of stdout.</source>
        <translation>Sitzungsprotokolle an DATEI anhängen statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="103"/>
        <source>Check FILE, print every problem and exit (0 = valid).</source>
        <translation>DATEI prüfen, jedes Problem ausgeben und beenden (0 = gültig).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="116"/>
        <source>%1: ok (%n routes)</source>
        <translation>
            <numerusform>%1: in Ordnung (%n Route)</numerusform>
            <numerusform>%1: in Ordnung (%n Routen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>airlock: refusing to start with configuration errors</source>
        <translation>airlock: Start wegen Fehlern in der Konfiguration verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>airlock: refusing to listen on non-loopback address %1 without --allow-remote</source>
        <translation>airlock: Lauschen auf der Nicht-Loopback-Adresse %1 ohne --allow-remote verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="152"/>
        <source>airlock: warning: listening on %1, which other machines can reach; routes are open to them</source>
        <translation>airlock: Warnung: Lausche auf %1, das andere Rechner erreichen können; die Routen stehen ihnen offen</translation>
    </message>
</context>
<context>
    <name>airlock::HeadlessRunner</name>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="62"/>
        <source>Airlock %1 listening on %2:%3 (%n worker threads)</source>
        <translation>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthread)</numerusform>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthreads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="67"/>
        <source>  route %1: %2%3 -&gt; %4</source>
        <translation>  Route %1: %2%3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="71"/>
        <source>  demo page: %1%2/ (demo backend on port %3)</source>
        <translation>  Demoseite: %1%2/ (Demo-Backend auf Port %3)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="102"/>
        <source>Airlock: stopping, closing sessions with 1001</source>
        <translation>Airlock: wird beendet, Sitzungen werden mit 1001 geschlossen</translation>
    </message>
</context>
</TS>
