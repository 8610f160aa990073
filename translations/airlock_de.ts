<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>--listen: expected ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>--listen: ADRESSE:PORT erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>--listen: invalid port in &quot;%1&quot;</source>
        <translation>--listen: ungültiger Port in „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.
Runs the proxy headless; records of every session go to stdout as JSON lines.</source>
        <translation type="vanished">Airlock: ein Loopback-Proxy für WebSocket und HTTP für Browser-Terminals und entfernte Rechner.
Führt den Proxy ohne Bildschirm aus; die Protokolle jeder Sitzung gehen als JSON-Zeilen auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="134"/>
        <source>airlock: to run the proxy without a window, start it with --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164"/>
        <source>Run without a display.</source>
        <translation>Ohne Bildschirm ausführen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="167"/>
        <source>Configuration file (default: %1, created on first run).</source>
        <translation>Konfigurationsdatei (Standard: %1, wird beim ersten Start angelegt).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169"/>
        <source>Listen on ADDR:PORT instead of the config&apos;s.</source>
        <translation>Auf ADRESSE:PORT statt der Adresse aus der Konfiguration lauschen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>Allow listening on a non-loopback address (not recommended).</source>
        <translation>Lauschen auf einer Adresse außerhalb von Loopback erlauben (nicht empfohlen).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="173"/>
        <source>Append session records to FILE instead of stdout.</source>
        <translation>Sitzungsprotokolle an DATEI anhängen statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="176"/>
        <source>Check FILE, print every problem and exit (0 = valid).</source>
        <translation>DATEI prüfen, jedes Problem ausgeben und beenden (0 = gültig).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="187"/>
        <source>Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.
Opens its window, or runs headless with --headless (records of every session then go to stdout as JSON lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="213"/>
        <source>%1: ok (%n routes)</source>
        <translation>
            <numerusform>%1: in Ordnung (%n Route)</numerusform>
            <numerusform>%1: in Ordnung (%n Routen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="228"/>
        <source>airlock: refusing to start with configuration errors</source>
        <translation>airlock: Start wegen Fehlern in der Konfiguration verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="257"/>
        <source>airlock: refusing to listen on non-loopback address %1 without --allow-remote</source>
        <translation>airlock: Lauschen auf der Nicht-Loopback-Adresse %1 ohne --allow-remote verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="262"/>
        <source>airlock: warning: listening on %1, which other machines can reach; routes are open to them</source>
        <translation>airlock: Warnung: Lausche auf %1, das andere Rechner erreichen können; die Routen stehen ihnen offen</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="290"/>
        <source>Airlock cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailFormat</name>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="13"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="15"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="18"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="19"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="25"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="27"/>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="29"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/DetailFormat.cpp" line="30"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../app/gui/DisplayCheck.cpp" line="48"/>
        <source>no display found: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/DisplayCheck.cpp" line="56"/>
        <source>no X server is running on display %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="20"/>
        <source>Export recorded sessions as HAR 1.2 (secrets are already redacted).</source>
        <translation>Aufgezeichnete Sitzungen als HAR 1.2 exportieren (Geheimnisse sind bereits geschwärzt).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="22"/>
        <source>The export command.</source>
        <translation>Der Befehl export-har.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="23"/>
        <source>JSON-lines log to read (default: the config&apos;s log.file).</source>
        <translation>Zu lesendes JSON-Zeilen-Protokoll (Standard: log.file der Konfiguration).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="25"/>
        <source>Configuration whose log.file to read.</source>
        <translation>Konfiguration, deren log.file gelesen wird.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="27"/>
        <source>Only this session id (repeatable).</source>
        <translation>Nur diese Sitzungs-ID (mehrfach möglich).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="29"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="46"/>
        <source>airlock export-har: cannot load %1: %2</source>
        <translation>airlock export-har: %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="52"/>
        <source>airlock export-har: no log file to read (set log.file or pass --log)</source>
        <translation>airlock export-har: keine Protokolldatei zum Lesen (log.file setzen oder --log angeben)</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="58"/>
        <source>airlock export-har: warning: %1</source>
        <translation>airlock export-har: Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="71"/>
        <source>airlock export-har: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="75"/>
        <source>airlock export-har: cannot write %1: %2</source>
        <translation>airlock export-har: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ExportCommand.cpp" line="84"/>
        <source>airlock export-har: %n entries</source>
        <translation>
            <numerusform>airlock export-har: %n Eintrag</numerusform>
            <numerusform>airlock export-har: %n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureReason</name>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="22"/>
        <source>The client sent CONNECT, but Airlock forwards only its configured routes.</source>
        <translation>Der Client hat CONNECT gesendet, aber Airlock leitet nur seine konfigurierten Routen weiter.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="24"/>
        <source>The request named an absolute URL, but Airlock is not an open proxy.</source>
        <translation>Die Anfrage nannte eine absolute URL, aber Airlock ist kein offener Proxy.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="26"/>
        <source>The request did not carry exactly one Host header.</source>
        <translation>Die Anfrage enthielt nicht genau einen Host-Header.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="28"/>
        <source>The Host header named neither a loopback name nor a configured alias.</source>
        <translation>Der Host-Header nannte weder einen Loopback-Namen noch einen konfigurierten Alias.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="29"/>
        <source>The request path is not valid.</source>
        <translation>Der Anfragepfad ist ungültig.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="30"/>
        <source>No route matches the request path.</source>
        <translation>Keine Route passt zum Anfragepfad.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="32"/>
        <source>The page&apos;s origin is not allowed on this route.</source>
        <translation>Der Ursprung der Seite ist auf dieser Route nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="34"/>
        <source>The WebSocket upgrade did not pass the handshake checks.</source>
        <translation>Das WebSocket-Upgrade hat die Handshake-Prüfungen nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="36"/>
        <source>This route accepts only WebSocket upgrades.</source>
        <translation>Diese Route nimmt nur WebSocket-Upgrades an.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="38"/>
        <source>The client did not offer the subprotocol this TCP bridge speaks.</source>
        <translation>Der Client hat das Unterprotokoll dieser TCP-Brücke nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="40"/>
        <source>Too many handshakes arrived at once; the client may try again shortly.</source>
        <translation>Zu viele Handshakes kamen gleichzeitig an; der Client kann es gleich erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="42"/>
        <source>The length or encoding of the request body is not valid.</source>
        <translation>Länge oder Kodierung des Anfragekörpers sind ungültig.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="44"/>
        <source>The request head could not be read.</source>
        <translation>Der Anfragekopf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="46"/>
        <source>The request head was larger than Airlock accepts.</source>
        <translation>Der Anfragekopf war größer, als Airlock annimmt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="48"/>
        <source>The request line was longer than Airlock accepts.</source>
        <translation>Die Anfragezeile war länger, als Airlock annimmt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="50"/>
        <source>The client did not send its whole request head in time.</source>
        <translation>Der Client hat seinen Anfragekopf nicht rechtzeitig vollständig gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="52"/>
        <source>Airlock already held as many connections as it allows.</source>
        <translation>Airlock hielt bereits so viele Verbindungen, wie es erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="53"/>
        <source>Airlock was shutting down.</source>
        <translation>Airlock wurde gerade beendet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="55"/>
        <source>The client went away before it got an answer.</source>
        <translation>Der Client ist gegangen, bevor er eine Antwort bekam.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="57"/>
        <source>The client broke the WebSocket protocol.</source>
        <translation>Der Client hat das WebSocket-Protokoll verletzt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="59"/>
        <source>The backend closed the connection before it answered.</source>
        <translation>Das Backend hat die Verbindung geschlossen, bevor es geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="61"/>
        <source>The backend refused the WebSocket upgrade.</source>
        <translation>Das Backend hat das WebSocket-Upgrade abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="63"/>
        <source>The backend broke the WebSocket protocol.</source>
        <translation>Das Backend hat das WebSocket-Protokoll verletzt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="65"/>
        <source>The backend&apos;s answer could not be read.</source>
        <translation>Die Antwort des Backends konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="67"/>
        <source>The backend&apos;s upgrade answer did not pass the handshake checks.</source>
        <translation>Die Upgrade-Antwort des Backends hat die Handshake-Prüfungen nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="69"/>
        <source>The backend did not answer the upgrade in time.</source>
        <translation>Das Backend hat nicht rechtzeitig auf das Upgrade geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="71"/>
        <source>The backend did not answer the request in time.</source>
        <translation>Das Backend hat nicht rechtzeitig auf die Anfrage geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="73"/>
        <source>The route&apos;s upstream proxy setting cannot be used.</source>
        <translation>Die Upstream-Proxy-Einstellung der Route ist nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="75"/>
        <source>The backend&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Backends konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="77"/>
        <source>The backend refused the connection.</source>
        <translation>Das Backend hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="79"/>
        <source>Connecting to the backend took too long.</source>
        <translation>Der Verbindungsaufbau zum Backend hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="81"/>
        <source>A network error broke the connection to the backend.</source>
        <translation>Ein Netzwerkfehler hat die Verbindung zum Backend unterbrochen.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="83"/>
        <source>The upstream proxy could not be reached.</source>
        <translation>Der Upstream-Proxy war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="85"/>
        <source>The upstream proxy did not answer in time.</source>
        <translation>Der Upstream-Proxy hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="87"/>
        <source>The upstream proxy asked for credentials it did not accept.</source>
        <translation>Der Upstream-Proxy verlangte Anmeldedaten, die er nicht akzeptiert hat.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="89"/>
        <source>The upstream proxy refused to connect to the backend.</source>
        <translation>Der Upstream-Proxy hat die Verbindung zum Backend verweigert.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="91"/>
        <source>The upstream proxy&apos;s answer could not be read.</source>
        <translation>Die Antwort des Upstream-Proxys konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="93"/>
        <source>The TLS handshake with the backend failed.</source>
        <translation>Der TLS-Handshake mit dem Backend ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="95"/>
        <source>The TLS handshake with the backend took too long.</source>
        <translation>Der TLS-Handshake mit dem Backend hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="97"/>
        <source>The session was idle for longer than its route allows.</source>
        <translation>Die Sitzung war länger untätig, als ihre Route erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="99"/>
        <source>After one side closed, the data left for the other could not be delivered in time.</source>
        <translation>Nachdem eine Seite geschlossen hatte, konnten die restlichen Daten für die andere nicht rechtzeitig zugestellt werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="102"/>
        <source>The backend answered with a status that means it is not healthy.</source>
        <translation>Das Backend hat mit einem Status geantwortet, der bedeutet, dass es nicht gesund ist.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="103"/>
        <source>The check did not finish in time.</source>
        <translation>Die Prüfung wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="105"/>
        <source>The backend&apos;s answer to the probe could not be read.</source>
        <translation>Die Antwort des Backends auf die Probe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="107"/>
        <source>The backend closed the WebSocket right after accepting it.</source>
        <translation>Das Backend hat den WebSocket direkt nach dem Annehmen geschlossen.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../app/gui/Format.cpp" line="18"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="20"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="32"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="47"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFileReader</name>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="100"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="118"/>
        <source>%1 is not a log Airlock can show: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="127"/>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="155"/>
        <source>no line holds a request record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="49"/>
        <source>request head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="51"/>
        <source>TCP connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="53"/>
        <source>proxy CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="55"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="57"/>
        <source>backend answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="59"/>
        <source>answer to client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="61"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="71"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="80"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="82"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="85"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="86"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="16"/>
        <source>Perform one WebSocket handshake like a client and print every phase with its time, both heads (secrets redacted), the outcome and its classification.</source>
        <translation>Einen WebSocket-Handshake wie ein Client ausführen und jede Phase mit ihrer Dauer, beide Header-Blöcke (Geheimnisse geschwärzt), das Ergebnis und seine Einordnung ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="19"/>
        <source>The probe command.</source>
        <translation>Der Befehl probe.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="20"/>
        <source>ws:// or wss:// URL to probe.</source>
        <translation>Zu prüfende ws://- oder wss://-URL.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="22"/>
        <source>Go through this HTTP CONNECT proxy (http://[user:pass@]host:port).</source>
        <translation>Über diesen HTTP-CONNECT-Proxy gehen (http://[benutzer:passwort@]host:port).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="24"/>
        <source>Add a request header.</source>
        <translation>Einen Anfrage-Header hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="26"/>
        <source>Offer this subprotocol (repeatable).</source>
        <translation>Dieses Unterprotokoll anbieten (mehrfach möglich).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="28"/>
        <source>Send this Origin, as a browser would.</source>
        <translation>Diesen Origin senden, wie ein Browser es täte.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="30"/>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Zusätzlich den CA-Zertifikaten in DATEI (PEM) vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="32"/>
        <source>TLS server name (SNI and verification).</source>
        <translation>TLS-Servername (SNI und Prüfung).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="34"/>
        <source>Do not verify the server&apos;s certificate.</source>
        <translation>Das Zertifikat des Servers nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="36"/>
        <source>Limit for each phase in milliseconds (default 10000).</source>
        <translation>Zeitlimit je Phase in Millisekunden (Standard 10000).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="38"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="45"/>
        <source>usage: airlock probe URL [options]; see airlock probe --help</source>
        <translation>Aufruf: airlock probe URL [Optionen]; siehe airlock probe --help</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="53"/>
        <source>airlock probe: &quot;%1&quot; is not a ws:// or wss:// URL</source>
        <translation>airlock probe: „%1“ ist keine ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="59"/>
        <source>airlock probe: --via must be http://[user:pass@]host:port</source>
        <translation>airlock probe: --via muss http://[benutzer:passwort@]host:port sein</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="67"/>
        <source>airlock probe: header &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>airlock probe: Header „%1“ hat nicht die Form „Name: Wert“</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="79"/>
        <source>airlock probe: no PEM certificate in %1</source>
        <translation>airlock probe: kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="85"/>
        <source>airlock probe: --timeout must be a positive number of milliseconds</source>
        <translation>airlock probe: --timeout muss eine positive Zahl von Millisekunden sein</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="14"/>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="161"/>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="16"/>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="167"/>
        <source>The backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="18"/>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="163"/>
        <source>Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="72"/>
        <source>Open: the session is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="73"/>
        <source>In progress: waiting for the exchange to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="77"/>
        <source>Refused by Airlock with close code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="78"/>
        <source>Refused by Airlock (close code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="80"/>
        <source>Refused by Airlock with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="81"/>
        <source>Refused by Airlock (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="84"/>
        <source>The backend refused the upgrade with HTTP %1; the page got close code %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="87"/>
        <source>The backend refused the upgrade with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="90"/>
        <source>The upstream proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="92"/>
        <source>The backend could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="93"/>
        <source>The backend could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="95"/>
        <source>The client left before Airlock answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="97"/>
        <source>Forwarded: the backend answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="106"/>
        <source>The session ended without a close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="107"/>
        <source>%1 ended the session without a close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="109"/>
        <source>The session closed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="111"/>
        <source>%1 closed the session with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="113"/>
        <source>%1, %2 after the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="159"/>
        <source>None: nothing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="165"/>
        <source>The upstream proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFilter</name>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="73"/>
        <source>A &quot;-&quot; must be followed by the term it excludes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="95"/>
        <source>This quote is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="110"/>
        <source>Unknown field &quot;%1:&quot;; use route:, status:, code:, is: or origin:, or put the text in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="119"/>
        <source>&quot;%1:&quot; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="124"/>
        <source>A status is three digits, like 404, or a range like 4xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="129"/>
        <source>A close code is a number from 1000 to 4999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="133"/>
        <source>&quot;is:&quot; takes failed, open, ws or http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="196"/>
        <source>&lt;b&gt;Filter&lt;/b&gt;: words match route, method and path, client address, failure and backend URL (any case).&lt;br&gt;&lt;code&gt;route:NAME&lt;/code&gt; the route named NAME&lt;br&gt;&lt;code&gt;status:404&lt;/code&gt; or &lt;code&gt;status:4xx&lt;/code&gt; the HTTP status sent or answered by the backend&lt;br&gt;&lt;code&gt;code:1014&lt;/code&gt; the WebSocket close code&lt;br&gt;&lt;code&gt;is:failed&lt;/code&gt;, &lt;code&gt;is:open&lt;/code&gt;, &lt;code&gt;is:ws&lt;/code&gt;, &lt;code&gt;is:http&lt;/code&gt;&lt;br&gt;&lt;code&gt;origin:TEXT&lt;/code&gt; the page&apos;s Origin contains TEXT&lt;br&gt;A leading &lt;code&gt;-&lt;/code&gt; excludes, all terms must match, &quot;double quotes&quot; keep spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::BackendHealthModel</name>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="173"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="175"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="177"/>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="179"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="191"/>
        <source> (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="201"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="220"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="235"/>
        <source>Route %1 has no health check configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="238"/>
        <source>%1: %2 checks, %3 successes and %4 failures in a row; last checked %5
Legend: green disc up, amber diamond degraded, red cross down, grey ring unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="249"/>
        <source>The last %1 checks seen: %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="253"/>
        <source>No failure so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="254"/>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="256"/>
        <source>Classified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="261"/>
        <source>No change of state since the window opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="362"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="362"/>
        <source>The route whose backend is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="363"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="363"/>
        <source>Up, degraded, down, unknown, or not checked (no health check set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="364"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="364"/>
        <source>Latency of the last successful check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="365"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="365"/>
        <source>Median latency of the successful checks among the last 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="366"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="366"/>
        <source>95th percentile latency of the successful checks among the last 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="367"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="367"/>
        <source>Latencies of the recent checks, newest at the right; red marks: failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="368"/>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="368"/>
        <source>Successful checks among the recent ones shown in the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="369"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="369"/>
        <source>The most recent failure, kept after the backend recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="370"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="370"/>
        <source>When the state last changed (local time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::BackendsView</name>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="28"/>
        <location filename="../app/gui/views/BackendsView.cpp" line="29"/>
        <source>&amp;Probe Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="31"/>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="32"/>
        <source>The health of each route&apos;s backend, with recent check latencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="46"/>
        <source>Backends table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="48"/>
        <source>One row per route with its backend&apos;s health. Ctrl+P probes the selected route through Airlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="77"/>
        <source>No routes. Add a route to see its backend here; give it a health check to follow its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="82"/>
        <source>No routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="93"/>
        <source>Run one WebSocket handshake through Airlock on the selected route (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="96"/>
        <source>Probe now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ConfigFile</name>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="33"/>
        <source>%1 has errors; the routes shown are the ones loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="50"/>
        <source>Not saved: %1 was changed by another program since Airlock read it. Reload it, or keep your version and apply again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="57"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::DesktopSession</name>
    <message numerus="yes">
        <location filename="../app/gui/DesktopSession.cpp" line="34"/>
        <source>Airlock %1 listening on %2:%3 (%n worker threads)</source>
        <translation type="unfinished">
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthread)</numerusform>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthreads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airlock::HandshakesView</name>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="53"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="92"/>
        <source>Handshakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="92"/>
        <source>Handshakes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="93"/>
        <source>Every request and WebSocket session Airlock handled, with a filter and the details of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="105"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="135"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="105"/>
        <source>Go to the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="106"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="302"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="106"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="107"/>
        <source>Stop adding new records to the list; they appear on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="109"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="109"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="110"/>
        <source>Hide every record up to now (the log file keeps them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="111"/>
        <source>Export Selected as &amp;HAR...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="111"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="112"/>
        <source>Save the selected records as a HAR file for browser developer tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="113"/>
        <source>Export Selected as &amp;JSON Lines...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="113"/>
        <source>Ctrl+Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="114"/>
        <source>Save the selected records as JSON lines, one record per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="116"/>
        <source>Open Log &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="116"/>
        <source>Show the folder of the request log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="117"/>
        <source>&amp;Open Log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="118"/>
        <source>Open a request log or HAR file read-only in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="134"/>
        <source>Filter: text, route:NAME, status:4xx, code:1006, is:failed, -excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="136"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="276"/>
        <source>Filter the handshake list; the filter is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="148"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="154"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="155"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="156"/>
        <source>Save the selected records as HAR or JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="165"/>
        <source>Record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="166"/>
        <source>How many records the list shows, and whether it is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="179"/>
        <source>Handshake list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="181"/>
        <source>One row per request or WebSocket session, newest at the bottom; select one to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="216"/>
        <source>List and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="217"/>
        <source>Drag to share the space between the list and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="278"/>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="281"/>
        <source>The filter is not valid. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="302"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="303"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="303"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="326"/>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="328"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/views/HandshakesView.cpp" line="330"/>
        <source>paused, %n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="378"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="391"/>
        <source>Export as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="391"/>
        <source>Export as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="393"/>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="393"/>
        <source>JSON lines (*.jsonl *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="398"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="413"/>
        <source>Open Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="414"/>
        <source>Airlock logs and HAR files (*.log *.jsonl *.json *.har *.log.*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="421"/>
        <source>Cannot open the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="425"/>
        <source>%1 - Airlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::HeadlessRunner</name>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="63"/>
        <source>Airlock %1 listening on %2:%3 (%n worker threads)</source>
        <translation>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthread)</numerusform>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthreads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="68"/>
        <source>  route %1: %2%3 -&gt; %4</source>
        <translation>  Route %1: %2%3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="74"/>
        <source>  demo page: %1%2/ (demo backend on port %3)</source>
        <translation>  Demoseite: %1%2/ (Demo-Backend auf Port %3)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="79"/>
        <source>  demo.port %1 is in use, so the demo backend runs on port %2 instead</source>
        <translation>  demo.port %1 ist belegt, daher läuft das Demo-Backend stattdessen auf Port %2</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="112"/>
        <source>Airlock: cannot reload %1, keeping the running configuration:</source>
        <translation>Airlock: %1 kann nicht neu geladen werden, die laufende Konfiguration bleibt:</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="119"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="120"/>
        <source>Airlock: reloaded %1 (%n routes), listening on %2:%3</source>
        <translation>
            <numerusform>Airlock: %1 neu geladen (%n Route), lauscht auf %2:%3</numerusform>
            <numerusform>Airlock: %1 neu geladen (%n Routen), lauscht auf %2:%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="132"/>
        <source>Airlock: stopping, closing sessions with 1001</source>
        <translation>Airlock: wird beendet, Sitzungen werden mit 1001 geschlossen</translation>
    </message>
</context>
<context>
    <name>airlock::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="39"/>
        <location filename="../app/gui/MainWindow.cpp" line="41"/>
        <source>Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="43"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="44"/>
        <source>Sessions, handshakes, backends and routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="55"/>
        <source>The proxy could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="69"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="70"/>
        <source>&amp;Handshakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>&amp;Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="72"/>
        <location filename="../app/gui/MainWindow.cpp" line="95"/>
        <source>&amp;Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>Open sessions, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="74"/>
        <source>Every handshake and HTTP exchange, with its phases and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Backend health per route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Edit, apply and save the routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="95"/>
        <source>&amp;Routes *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>Open &amp;Demo Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Open the demo terminal page in the browser, through the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>Open &amp;Config File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Open %1 in the default editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="126"/>
        <source>Copy Proxy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="162"/>
        <source>S&amp;ession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="170"/>
        <source>&amp;About Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>About Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>&lt;b&gt;Airlock %1&lt;/b&gt;&lt;p&gt;A loopback WebSocket and HTTP proxy for browser terminals and remote machines.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Proxy toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Stop Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Start Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>Stop accepting connections and close sessions with 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>Start listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="227"/>
        <source>No browser could be started; the demo page is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>No editor could be started for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="242"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::MessageListModel</name>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="80"/>
        <source>Closed by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="83"/>
        <source>Closed by the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="86"/>
        <source>Closed by Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="89"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="94"/>
        <source>%1 without a close frame (1006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="96"/>
        <source>%1 with a close frame without code (1005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="98"/>
        <source>%1 with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="100"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="186"/>
        <source>Sent by the client to the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="186"/>
        <source>Received by the client from the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="189"/>
        <source>%1 message; only its first %2 of %3 bytes were captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="190"/>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="190"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="193"/>
        <source>Binary message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="193"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="195"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="203"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="203"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="205"/>
        <source>Binary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="209"/>
        <source>%1 after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="245"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="290"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="292"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="294"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="296"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="302"/>
        <source>↑ sent by the client to the backend, ↓ received from the backend, ■ the close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="304"/>
        <source>The message: text as text, binary as hexadecimal bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="306"/>
        <source>Payload size of the whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="308"/>
        <source>Time since the connection was accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ProbeResultDialog</name>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="21"/>
        <source>Name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="23"/>
        <source>TCP connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="25"/>
        <source>Proxy CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="27"/>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="29"/>
        <source>WebSocket upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="31"/>
        <source>Clean close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="39"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="41"/>
        <source>transient: retrying later may work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="43"/>
        <source>permanent: retrying will not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="57"/>
        <source>Probe &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="60"/>
        <source>Probe of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="61"/>
        <source>Probe result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="62"/>
        <source>The outcome of one WebSocket handshake through Airlock on route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="63"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="64"/>
        <source>Whether the probe handshake succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="69"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="70"/>
        <source>Status, failure and classification of the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="74"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="75"/>
        <source>Each phase of the handshake with the time it took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="76"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="76"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="76"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="82"/>
        <source>Probe again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="83"/>
        <source>Run the same probe once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="85"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="86"/>
        <source>Close this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="91"/>
        <source>Handshake with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="105"/>
        <source>Probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="141"/>
        <source>Success: the route answered the handshake in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="142"/>
        <source>Failed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="148"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="148"/>
        <source>HTTP status: none (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="150"/>
        <source>Subprotocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="152"/>
        <source>Failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="156"/>
        <source>Classification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="161"/>
        <source>Through proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ProxyStatusBar</name>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="24"/>
        <source>Proxy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="26"/>
        <source>Listening address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="29"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="31"/>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="32"/>
        <source>Copy the proxy&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="34"/>
        <source>Proxy state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="36"/>
        <source>Sessions open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="38"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="39"/>
        <source>Bytes per second from clients (up) and from backends (down), over all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="52"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="84"/>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="84"/>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="89"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="92"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="95"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="98"/>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="101"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="119"/>
        <source>1 session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="119"/>
        <source>%1 sessions open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="120"/>
        <source>↑ %1  ↓ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="122"/>
        <source>%1 from clients, %2 from backends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::RequestDetailPane</name>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="49"/>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="53"/>
        <source>Copy as probe command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="54"/>
        <source>Allow this origin for the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="59"/>
        <source>Record details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="60"/>
        <source>Everything Airlock recorded about the selected request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="64"/>
        <source>No record selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="69"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="78"/>
        <source>Copy an &quot;airlock probe&quot; command line that repeats this handshake (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="86"/>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="104"/>
        <source>Puts a command line on the clipboard that repeats this handshake with airlock probe; redacted secrets are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="110"/>
        <source>Adds the refused page&apos;s Origin to the route&apos;s allowed origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="113"/>
        <source>Record detail sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="114"/>
        <source>Summary, timing, heads and captured messages of the selected request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="116"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="117"/>
        <source>&amp;Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="118"/>
        <source>&amp;Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="119"/>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="543"/>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="120"/>
        <source>What happened, where it failed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="121"/>
        <source>How long each phase of the request took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="122"/>
        <source>The HTTP heads on both legs, secrets redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="123"/>
        <source>The WebSocket messages message capture kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="182"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="182"/>
        <source>What happened, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="183"/>
        <source>Failed leg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="184"/>
        <source>Where on the path client - Airlock - upstream proxy - backend it went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="185"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="185"/>
        <source>Why the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="186"/>
        <source>Close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="186"/>
        <source>Who closed the session and with which code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="188"/>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="189"/>
        <source>What the close code or failed status means for a client: normal, transient or permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="190"/>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="190"/>
        <source>Method, target and route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="191"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="191"/>
        <source>HTTP status on each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="192"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="192"/>
        <source>Address and port of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="193"/>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="193"/>
        <source>The backend URL the route used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="195"/>
        <source>Upstream proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="195"/>
        <source>The HTTP CONNECT proxy on the way, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="197"/>
        <source>Subprotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="197"/>
        <source>The WebSocket subprotocol agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="199"/>
        <source>Extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="199"/>
        <source>The WebSocket extensions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="200"/>
        <source>Client to backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="200"/>
        <source>Bytes and messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="202"/>
        <source>Backend to client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="202"/>
        <source>Bytes and messages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="203"/>
        <source>Durations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="203"/>
        <source>Handshake and session time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="205"/>
        <source>Keepalive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="205"/>
        <source>Airlock&apos;s own pings on both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="206"/>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="206"/>
        <source>When the connection was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="208"/>
        <source>Request id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="208"/>
        <source>The id forwarded as X-Request-Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="218"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="219"/>
        <source>What happened to the request, where and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="227"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="235"/>
        <source>Phase durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="236"/>
        <source>Each phase with its duration in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="250"/>
        <source>Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="252"/>
        <source>The request and response heads on both legs, with secrets redacted, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="260"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="265"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="266"/>
        <source>Send ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="267"/>
        <source>Receive ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="268"/>
        <source>Message direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="269"/>
        <source>Show all messages, only those the client sent, or only those it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="275"/>
        <source>Filter by regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="277"/>
        <source>Message filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="278"/>
        <source>A regular expression; only messages that match it are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="282"/>
        <source>Filter error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="283"/>
        <source>Why the regular expression is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="298"/>
        <source>Captured messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="299"/>
        <source>Direction, data, length and time of each captured message; the last row is the close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="310"/>
        <source>Message columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="311"/>
        <source>Direction, data, length and time; click a column to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="325"/>
        <source>About the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="331"/>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="332"/>
        <source>The selected message in full: text as text, binary as a hex dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="333"/>
        <source>Select a message to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="348"/>
        <source>Capture note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="349"/>
        <source>Messages that capture did not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="383"/>
        <source>Allow %1 on the route &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="391"/>
        <source>No timing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="432"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="437"/>
        <source>route &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="437"/>
        <source> on route &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="439"/>
        <source> (WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="444"/>
        <source>%1 to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="446"/>
        <source>%1 from the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="453"/>
        <source>None (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="457"/>
        <source>none to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="460"/>
        <source> (the backend chose %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="461"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="472"/>
        <source>%1 in 1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="473"/>
        <source>%1 in %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="485"/>
        <source>handshake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="487"/>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="489"/>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="497"/>
        <source>%1 pings sent, %2 answers not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="512"/>
        <source>Client request (client → Airlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="513"/>
        <source>Request to the backend (Airlock → backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="514"/>
        <source>Upstream proxy&apos;s answer to CONNECT (proxy → Airlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="515"/>
        <source>Backend response (backend → Airlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="516"/>
        <source>Response to the client (Airlock → client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="523"/>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="543"/>
        <source>&amp;Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="550"/>
        <source>1 message was not captured: the capture limit was reached, the stream could not be followed, or the session ended mid-message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="552"/>
        <source>%1 messages were not captured: the capture limit was reached, the stream could not be followed, or the session ended mid-message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="556"/>
        <source>The messages were dropped from memory to bound it; the log file still has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="558"/>
        <source>No data message was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="581"/>
        <source>Binary message, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="582"/>
        <source>Text message, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="584"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="592"/>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::RequestLogModel</name>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="28"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="30"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="32"/>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="40"/>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="42"/>
        <source>the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="44"/>
        <source>Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="136"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="138"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="140"/>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="142"/>
        <source>rejected by Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="144"/>
        <source>rejected by backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="146"/>
        <source>backend unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="148"/>
        <source>client gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="166"/>
        <source>(no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="194"/>
        <source>From %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="196"/>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="198"/>
        <source>Through proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="211"/>
        <source>Sent %1 to the client; the backend answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="214"/>
        <source>Sent %1 to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="218"/>
        <source>Close %1 &quot;%2&quot; from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="300"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="300"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="300"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="300"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="300"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="301"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="301"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="301"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="301"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>When the connection was accepted (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>The route that matched the request path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="306"/>
        <source>Method and target as the client sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="307"/>
        <source>What happened to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="308"/>
        <source>HTTP status sent to the client (101 for an accepted upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="309"/>
        <source>WebSocket close code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="310"/>
        <source>How a client should treat the close or refusal: normal, transient (retry) or permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="311"/>
        <source>From accepting the connection to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="312"/>
        <source>Head read, TCP, proxy CONNECT, TLS, backend answer, answer to client, then the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::RouteEditor</name>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="95"/>
        <source>Route editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="96"/>
        <source>Every setting of the selected route; problems show under the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="107"/>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="108"/>
        <source>a short name for logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="109"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="109"/>
        <source>The route&apos;s name in logs and the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="111"/>
        <source>&amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="112"/>
        <source>Requests whose path starts with this prefix take the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="114"/>
        <source>&amp;Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="115"/>
        <source>Where the route leads: ws://, wss://, http://, https:// or tcp://host:port for a bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="117"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="118"/>
        <source>one per line: https://app.example, http://localhost:*, *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="119"/>
        <source>Allowed &amp;origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="120"/>
        <source>Browser origins that may connect, one per line; none: no browser page may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="124"/>
        <source>Pass through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="125"/>
        <source>Strip the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="126"/>
        <source>Answer with a fixed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="127"/>
        <source>Subprotocol policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="128"/>
        <source>fixed subprotocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="130"/>
        <source>Fixed subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="131"/>
        <source>The subprotocol answered to every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="134"/>
        <source>&amp;Subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="135"/>
        <source>Pass the client&apos;s subprotocol offer on, strip it before the backend, or answer with a fixed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="138"/>
        <source>&amp;Injected headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="139"/>
        <source>Headers added to every request the route forwards; ${env:NAME} takes the value from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="141"/>
        <source>one header name per line: cookie, authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="142"/>
        <source>S&amp;trip headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="143"/>
        <source>Client headers removed before the request reaches the backend, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="144"/>
        <source>Complete refused upgrades from browsers and close with 4000 + status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="145"/>
        <source>Browser-visible errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="146"/>
        <source>A browser cannot read the HTTP status of a failed upgrade; a close code it can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="147"/>
        <source>Check RFC 6455 framing rules both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="148"/>
        <source>Strict frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="149"/>
        <source>Close sessions that break the WebSocket framing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="150"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="254"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="151"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="152"/>
        <source>Largest &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="153"/>
        <source>Messages larger than this close the session with 1009; 0 = unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="154"/>
        <source>one per line: 4404 permanent, 4500 transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="155"/>
        <source>&amp;Close codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="156"/>
        <source>How application close codes 4000-4999 are classified: normal, transient or permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="158"/>
        <source>Upstream proxy and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="162"/>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="163"/>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="164"/>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="165"/>
        <source>Upstream proxy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="168"/>
        <source>Upstream proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="169"/>
        <source>http://[user:pass@]host:port of an HTTP CONNECT proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="172"/>
        <source>&amp;Upstream proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="173"/>
        <source>How the backend is reached: directly, through the system&apos;s proxy settings or an HTTP CONNECT proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="178"/>
        <source>PEM file with extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="179"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="180"/>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="181"/>
        <source>Opens a file dialog for the CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="183"/>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="184"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="190"/>
        <source>C&amp;A file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="191"/>
        <source>Extra CA certificates (PEM) trusted for this route&apos;s wss or https backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="192"/>
        <source>the backend&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="193"/>
        <source>Server &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="194"/>
        <source>The name sent as SNI and checked in the certificate; empty: the backend&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="195"/>
        <source>Do not verify the backend&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="196"/>
        <source>Insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="197"/>
        <source>Turns certificate verification off: only for tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="199"/>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="200"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="203"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="206"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="209"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="212"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="216"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="221"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="234"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="237"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="201"/>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="202"/>
        <source>TCP connect to the backend or the upstream proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="204"/>
        <source>Proxy CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="205"/>
        <source>From the CONNECT request until the upstream proxy&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="207"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="229"/>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="208"/>
        <source>TLS handshake with the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="210"/>
        <source>Backend answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="211"/>
        <source>The backend&apos;s answer to the upgrade or to an HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="213"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="214"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="215"/>
        <source>A tunnel with no frames either way for this long is closed; 0 = never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="217"/>
        <source>Drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="218"/>
        <source>Flushing to one side after the other closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="220"/>
        <source>Keepalive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="222"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="223"/>
        <source>P&amp;ing every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="224"/>
        <source>Pings on both legs so intermediaries see traffic on quiet sessions; 0 = off, else at least 10 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="226"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="227"/>
        <source>Not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="228"/>
        <source>TCP connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="230"/>
        <source>WebSocket upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="231"/>
        <source>HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="232"/>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="233"/>
        <source>How the backend is checked: a TCP connect, a TLS handshake, a WebSocket upgrade or an HTTP GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="235"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="236"/>
        <source>Time between two checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="238"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="239"/>
        <source>Bound of one whole check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="241"/>
        <source>Up after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="242"/>
        <source>Consecutive successes before the backend counts as up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="244"/>
        <source>Down after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="245"/>
        <source>Consecutive failures before the backend counts as down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="246"/>
        <source>the backend&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="247"/>
        <source>Check path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="248"/>
        <source>Request path of ws and http checks; empty: the backend URL&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="250"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="252"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="251"/>
        <source>Record the messages of this route&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="253"/>
        <source>Keeps message payloads (credentials redacted) for the inspector and HAR export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="255"/>
        <source>Per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="256"/>
        <source>Payload bytes kept per session, both directions together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="330"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="350"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="352"/>
        <source>Add injected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="353"/>
        <source>Adds a row for one more injected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="378"/>
        <source>Header-Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="380"/>
        <source>Injected header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="381"/>
        <source>Name of a header added to forwarded requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="382"/>
        <source>value or ${env:NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="384"/>
        <source>Injected header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="385"/>
        <source>A literal value (masked) or ${env:NAME} to take it from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="387"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="390"/>
        <source>Show value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="391"/>
        <source>Shows the masked header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="393"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="394"/>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="395"/>
        <source>Removes this injected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="595"/>
        <source>line %1: write a code and normal, transient or permanent (4404 permanent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="639"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::RouteListModel</name>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="25"/>
        <source>capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="27"/>
        <source>keepalive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="29"/>
        <source>health %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="31"/>
        <source>insecure TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/routes/RouteListModel.cpp" line="33"/>
        <source>%n injected header(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="35"/>
        <source>subprotocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="62"/>
        <source>No capture, keepalive off, not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="63"/>
        <source>Route %1: %2 leads to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="83"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="85"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="87"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="93"/>
        <source>The route&apos;s name, as logs and the inspector show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="95"/>
        <source>Requests whose path starts with this prefix take the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="97"/>
        <source>Where the route leads: ws, wss, http, https or a tcp bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="99"/>
        <source>Message capture, keepalive pings, health checks and other options that are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="192"/>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::RoutesView</name>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="37"/>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="38"/>
        <source>Edit the routes of the config file, then apply them to the running proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="47"/>
        <source>The config file changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="50"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="52"/>
        <source>Reload the config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="53"/>
        <source>Reads the changed file; edits not applied are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="55"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="57"/>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="58"/>
        <source>Keeps the edited routes; the next apply replaces the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="71"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="72"/>
        <source>Problems that keep the config from being applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="82"/>
        <source>Route list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="83"/>
        <source>The routes of the edited config, in file order; select one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="99"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="99"/>
        <source>Adds a new route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="101"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="102"/>
        <source>Adds a copy of the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="103"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="103"/>
        <source>Removes the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="105"/>
        <source>U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="105"/>
        <source>Moves the selected route up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="107"/>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="107"/>
        <source>Moves the selected route down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="121"/>
        <source>Route settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="122"/>
        <source>The settings of the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="130"/>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="131"/>
        <source>Checks the whole config, gives it to the running proxy (open sessions keep going) and saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="135"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="136"/>
        <source>Drops the edits: back to the config in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="138"/>
        <source>&amp;Copy loopback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="139"/>
        <source>Copies the selected route&apos;s address on the running proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="140"/>
        <source>&amp;Open page in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="141"/>
        <source>Opens the selected route&apos;s address in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="159"/>
        <location filename="../app/gui/routes/RoutesView.cpp" line="313"/>
        <source>The config file changed on disk: %1. Reload it (edits not applied are lost), or keep yours and apply to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="264"/>
        <source>Route %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="317"/>
        <source>Not applied: the config file was changed by another program since Airlock read it. Reload it, or keep your version and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="337"/>
        <source>Not applied: fix the problems marked in the form first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="346"/>
        <source>Not applied: the config has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="404"/>
        <source>No route %1 without origin %2 in the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="411"/>
        <source>Origin not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::SessionTableModel</name>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="22"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="24"/>
        <source>backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="26"/>
        <source>Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="37"/>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="39"/>
        <source>TCP bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="41"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="261"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="263"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="265"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="267"/>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="269"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="271"/>
        <source>closed (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="273"/>
        <source>closed (transient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="275"/>
        <source>closed (permanent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="291"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="299"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="301"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="315"/>
        <source>(not routed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="359"/>
        <source>Client %1:%2, no Origin header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="360"/>
        <source>Client %1:%2, Origin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="365"/>
        <source>%1
Legend: green disc open, blue ring connecting, grey ring idle, amber diamond closing; closed: grey square normal, amber square transient (a retry may work), red cross permanent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="371"/>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="371"/>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="373"/>
        <source>Keepalive ping round trip: client leg %1, backend leg %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="499"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="499"/>
        <source>The route the session matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="500"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="500"/>
        <source>The client&apos;s address and port (Origin in the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="501"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="501"/>
        <source>The Origin header the client sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="502"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="502"/>
        <source>WebSocket, TCP bridge or plain HTTP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="503"/>
        <source>Subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="503"/>
        <source>The WebSocket subprotocol the client got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="504"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="504"/>
        <source>Open, closing, or closed with the classification of its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="505"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="505"/>
        <source>When the client connected (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="506"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="506"/>
        <source>How long the session has been open, or was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="507"/>
        <source>↑ Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="507"/>
        <source>Bytes from the client to the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="508"/>
        <source>↓ Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="508"/>
        <source>Bytes from the backend to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="509"/>
        <source>↑ Msgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="509"/>
        <source>Messages (HTTP: requests) from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="510"/>
        <source>↓ Msgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="510"/>
        <source>Messages (HTTP: responses) from the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="511"/>
        <source>↑ Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="511"/>
        <source>Bytes per second from the client, lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="512"/>
        <source>↓ Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="512"/>
        <source>Bytes per second from the backend, lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="513"/>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="513"/>
        <source>Keepalive ping round trip: client leg / backend leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="514"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="514"/>
        <source>Close code, reason, who closed, and the classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="534"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::SessionsView</name>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="27"/>
        <source>&amp;Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="28"/>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="29"/>
        <source>Show &amp;Handshake Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="32"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="33"/>
        <source>The connections going through Airlock now, and those that ended lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="40"/>
        <source>Sessions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="41"/>
        <source>One row per session. Delete closes the selected session, Ctrl+C copies its details, Enter shows its handshake record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="83"/>
        <source>No sessions yet. Point a browser or a WebSocket client at one of the routes on the listening address; its connection shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="88"/>
        <source>No sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="95"/>
        <source>Close the selected sessions (WebSocket close 1001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="98"/>
        <source>Copy the details of the selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="101"/>
        <source>Show the handshake record of the current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="140"/>
        <source>closed from Airlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::TimingWaterfall</name>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="21"/>
        <source>Timing waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="22"/>
        <source>Each phase of the request as a bar on a shared time axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="33"/>
        <source>Head read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="34"/>
        <source>TCP connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="35"/>
        <source>Proxy CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="36"/>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="38"/>
        <source>Upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="38"/>
        <source>Upstream answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="39"/>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="39"/>
        <source>Client answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="40"/>
        <source>Session until close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="95"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="102"/>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="138"/>
        <source>No timing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
