<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autostart</name>
    <message>
        <location filename="../app/gui/desktop/Autostart.cpp" line="49"/>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Autostart.cpp" line="55"/>
        <source>Could not create the folder of %1</source>
        <translation>Der Ordner von %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Autostart.cpp" line="60"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>--listen: expected ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>--listen: ADRESSE:PORT erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>--listen: invalid port in &quot;%1&quot;</source>
        <translation>--listen: ungültiger Port in „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="132"/>
        <source>airlock: to run the proxy without a window, start it with --headless</source>
        <translation>airlock: Um den Proxy ohne Fenster auszuführen, mit --headless starten</translation>
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
        <source>Speak LANGUAGE (en, de, fr) instead of the system&apos;s or the chosen one.</source>
        <translation>In der Sprache LANGUAGE (en, de, fr) statt der des Systems oder der gewählten sprechen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="179"/>
        <source>Check FILE, print every problem and exit (0 = valid).</source>
        <translation>DATEI prüfen, jedes Problem ausgeben und beenden (0 = gültig).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="182"/>
        <source>Start in the tray without showing the window (when there is a tray); when Airlock already runs, leave its window as it is.</source>
        <translation>Im Infobereich starten, ohne das Fenster zu zeigen (wenn es einen Infobereich gibt); läuft Airlock schon, bleibt sein Fenster, wie es ist.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="193"/>
        <source>Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.
Opens its window, or runs headless with --headless (records of every session then go to stdout as JSON lines).</source>
        <translation>Airlock: ein Loopback-Proxy für WebSocket und HTTP für Browser-Terminals und entfernte Rechner.
Öffnet sein Fenster oder läuft mit --headless ohne Fenster (die Protokolle aller Sitzungen gehen dann als JSON-Zeilen auf die Standardausgabe).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="211"/>
        <source>%1: ok (%n routes)</source>
        <translation>
            <numerusform>%1: in Ordnung (%n Route)</numerusform>
            <numerusform>%1: in Ordnung (%n Routen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="252"/>
        <source>airlock: refusing to start with configuration errors</source>
        <translation>airlock: Start wegen Fehlern in der Konfiguration verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="281"/>
        <source>airlock: refusing to listen on non-loopback address %1 without --allow-remote</source>
        <translation>airlock: Lauschen auf der Nicht-Loopback-Adresse %1 ohne --allow-remote verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="286"/>
        <source>airlock: warning: listening on %1, which other machines can reach; routes are open to them</source>
        <translation>airlock: Warnung: Lausche auf %1, das andere Rechner erreichen können; die Routen stehen ihnen offen</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="314"/>
        <source>Airlock cannot start</source>
        <translation>Airlock kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="332"/>
        <source>Airlock is already running; activated its window</source>
        <translation>Airlock läuft bereits; sein Fenster wurde aktiviert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="333"/>
        <source>Airlock is already running; left its window as it is</source>
        <translation>Airlock läuft bereits; sein Fenster bleibt, wie es ist</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="338"/>
        <source>Airlock is already running with the configuration file %1, not %2.
Quit it first, or run a second proxy without a window: airlock --headless --config %2</source>
        <translation>Airlock läuft bereits mit der Konfigurationsdatei %1, nicht mit %2.
Beenden Sie es zuerst, oder starten Sie einen zweiten Proxy ohne Fenster: airlock --headless --config %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="347"/>
        <source>airlock: warning: cannot check for a running instance: %1</source>
        <translation>airlock: Warnung: kann nicht prüfen, ob Airlock schon läuft: %1</translation>
    </message>
</context>
<context>
    <name>CloseClassification</name>
    <message>
        <location filename="../lib/ws/CloseClassification.cpp" line="11"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseClassification.cpp" line="13"/>
        <source>transient</source>
        <translation>vorübergehend</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseClassification.cpp" line="15"/>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="55"/>
        <source>the upgrade succeeded</source>
        <translation>das Upgrade ist gelungen</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="58"/>
        <source>the server rejected the request as malformed</source>
        <translation>der Server hat die Anfrage als fehlerhaft abgelehnt</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="61"/>
        <source>authentication is required or was refused</source>
        <translation>eine Anmeldung ist nötig oder wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="64"/>
        <source>the server forbids this connection</source>
        <translation>der Server verbietet diese Verbindung</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="66"/>
        <source>no such endpoint or session</source>
        <translation>diesen Endpunkt oder diese Sitzung gibt es nicht</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="69"/>
        <source>the server timed out waiting for the request</source>
        <translation>der Server hat zu lange auf die Anfrage gewartet</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="72"/>
        <source>the endpoint or session is gone for good</source>
        <translation>der Endpunkt oder die Sitzung ist endgültig weg</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="75"/>
        <source>the server wants another protocol version</source>
        <translation>der Server verlangt eine andere Protokollversion</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="78"/>
        <source>too many requests: retry later</source>
        <translation>zu viele Anfragen: später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="81"/>
        <source>bad gateway: an upstream could not be reached</source>
        <translation>Bad Gateway: eine vorgelagerte Stelle war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="84"/>
        <source>the service is unavailable for now</source>
        <translation>der Dienst ist vorerst nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="86"/>
        <source>gateway timeout: an upstream did not answer in time</source>
        <translation>Gateway-Timeout: eine vorgelagerte Stelle hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="106"/>
        <source>closed normally</source>
        <translation>normal geschlossen</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="108"/>
        <source>the peer is going away (shutdown or navigation)</source>
        <translation>die Gegenseite geht (Beenden oder Navigation)</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="111"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="114"/>
        <source>the peer cannot accept this kind of data</source>
        <translation>die Gegenseite kann diese Art von Daten nicht annehmen</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="117"/>
        <source>reserved code 1004 is never valid</source>
        <translation>der reservierte Code 1004 ist nie gültig</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="119"/>
        <source>closed without a status code</source>
        <translation>ohne Statuscode geschlossen</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="122"/>
        <source>the connection dropped without a close frame</source>
        <translation>die Verbindung brach ohne Close-Frame ab</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="125"/>
        <source>message data was invalid (e.g. bad UTF-8)</source>
        <translation>die Nachrichtendaten waren ungültig (z. B. fehlerhaftes UTF-8)</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="128"/>
        <source>the peer&apos;s policy was violated</source>
        <translation>die Richtlinie der Gegenseite wurde verletzt</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="130"/>
        <source>a message was too big</source>
        <translation>eine Nachricht war zu groß</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="133"/>
        <source>a required extension was not negotiated</source>
        <translation>eine nötige Erweiterung wurde nicht ausgehandelt</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="136"/>
        <source>the server hit an internal error</source>
        <translation>der Server hatte einen internen Fehler</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="138"/>
        <source>the service is restarting</source>
        <translation>der Dienst startet neu</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="141"/>
        <source>try again later (server overloaded)</source>
        <translation>später erneut versuchen (Server überlastet)</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="143"/>
        <source>bad gateway: the backend failed behind a proxy</source>
        <translation>Bad Gateway: das Backend hinter einem Proxy ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="146"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="148"/>
        <source>unauthorized</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="150"/>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="152"/>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../app/gui/DisplayCheck.cpp" line="48"/>
        <source>no display found: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>Keine Anzeige gefunden: weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/DisplayCheck.cpp" line="56"/>
        <source>no X server is running on display %1</source>
        <translation>Auf Anzeige %1 läuft kein X-Server</translation>
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
        <translation>airlock export-har: %1 kann nicht geschrieben werden</translation>
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
        <source>The connection came from a user other than the one running Airlock.</source>
        <translation>Die Verbindung kam von einem anderen Benutzer als dem, der Airlock ausführt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="24"/>
        <source>The client sent CONNECT, but Airlock forwards only its configured routes.</source>
        <translation>Der Client hat CONNECT gesendet, aber Airlock leitet nur seine konfigurierten Routen weiter.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="26"/>
        <source>The request named an absolute URL, but Airlock is not an open proxy.</source>
        <translation>Die Anfrage nannte eine absolute URL, aber Airlock ist kein offener Proxy.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="28"/>
        <source>The request did not carry exactly one Host header.</source>
        <translation>Die Anfrage enthielt nicht genau einen Host-Header.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="30"/>
        <source>The Host header named neither a loopback name nor a configured alias.</source>
        <translation>Der Host-Header nannte weder einen Loopback-Namen noch einen konfigurierten Alias.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="31"/>
        <source>The request path is not valid.</source>
        <translation>Der Anfragepfad ist ungültig.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="32"/>
        <source>No route matches the request path.</source>
        <translation>Keine Route passt zum Anfragepfad.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="34"/>
        <source>The page&apos;s origin is not allowed on this route.</source>
        <translation>Der Ursprung der Seite ist auf dieser Route nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="36"/>
        <source>A request from another site came from a page this route does not allow.</source>
        <translation>Eine Anfrage einer anderen Website kam von einer Seite, die diese Route nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="38"/>
        <source>The WebSocket upgrade did not pass the handshake checks.</source>
        <translation>Das WebSocket-Upgrade hat die Handshake-Prüfungen nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="40"/>
        <source>This route accepts only WebSocket upgrades.</source>
        <translation>Diese Route nimmt nur WebSocket-Upgrades an.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="42"/>
        <source>The client did not offer the subprotocol this TCP bridge speaks.</source>
        <translation>Der Client hat das Unterprotokoll dieser TCP-Brücke nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="44"/>
        <source>Too many handshakes arrived at once; the client may try again shortly.</source>
        <translation>Zu viele Handshakes kamen gleichzeitig an; der Client kann es gleich erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="46"/>
        <source>The length or encoding of the request body is not valid.</source>
        <translation>Länge oder Kodierung des Anfragekörpers sind ungültig.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="48"/>
        <source>The request head could not be read.</source>
        <translation>Der Anfragekopf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="50"/>
        <source>The request head was larger than Airlock accepts.</source>
        <translation>Der Anfragekopf war größer, als Airlock annimmt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="52"/>
        <source>The request line was longer than Airlock accepts.</source>
        <translation>Die Anfragezeile war länger, als Airlock annimmt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="54"/>
        <source>The client did not send its whole request head in time.</source>
        <translation>Der Client hat seinen Anfragekopf nicht rechtzeitig vollständig gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="56"/>
        <source>Airlock already held as many connections as it allows.</source>
        <translation>Airlock hielt bereits so viele Verbindungen, wie es erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="57"/>
        <source>Airlock was shutting down.</source>
        <translation>Airlock wurde gerade beendet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="59"/>
        <source>The client went away before it got an answer.</source>
        <translation>Der Client ist gegangen, bevor er eine Antwort bekam.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="61"/>
        <source>The client broke the WebSocket protocol.</source>
        <translation>Der Client hat das WebSocket-Protokoll verletzt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="63"/>
        <source>The backend closed the connection before it answered.</source>
        <translation>Das Backend hat die Verbindung geschlossen, bevor es geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="65"/>
        <source>The backend refused the WebSocket upgrade.</source>
        <translation>Das Backend hat das WebSocket-Upgrade abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="67"/>
        <source>The backend broke the WebSocket protocol.</source>
        <translation>Das Backend hat das WebSocket-Protokoll verletzt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="69"/>
        <source>The backend&apos;s answer could not be read.</source>
        <translation>Die Antwort des Backends konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="71"/>
        <source>The backend&apos;s upgrade answer did not pass the handshake checks.</source>
        <translation>Die Upgrade-Antwort des Backends hat die Handshake-Prüfungen nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="73"/>
        <source>The backend did not answer the upgrade in time.</source>
        <translation>Das Backend hat nicht rechtzeitig auf das Upgrade geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="75"/>
        <source>The backend did not answer the request in time.</source>
        <translation>Das Backend hat nicht rechtzeitig auf die Anfrage geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="77"/>
        <source>The route&apos;s upstream proxy setting cannot be used.</source>
        <translation>Die Upstream-Proxy-Einstellung der Route ist nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="79"/>
        <source>The backend&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Backends konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="81"/>
        <source>The backend refused the connection.</source>
        <translation>Das Backend hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="83"/>
        <source>Connecting to the backend took too long.</source>
        <translation>Der Verbindungsaufbau zum Backend hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="85"/>
        <source>A network error broke the connection to the backend.</source>
        <translation>Ein Netzwerkfehler hat die Verbindung zum Backend unterbrochen.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="87"/>
        <source>The upstream proxy could not be reached.</source>
        <translation>Der Upstream-Proxy war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="89"/>
        <source>The upstream proxy did not answer in time.</source>
        <translation>Der Upstream-Proxy hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="91"/>
        <source>The upstream proxy asked for credentials it did not accept.</source>
        <translation>Der Upstream-Proxy verlangte Anmeldedaten, die er nicht akzeptiert hat.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="93"/>
        <source>The upstream proxy refused to connect to the backend.</source>
        <translation>Der Upstream-Proxy hat die Verbindung zum Backend verweigert.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="95"/>
        <source>The upstream proxy&apos;s answer could not be read.</source>
        <translation>Die Antwort des Upstream-Proxys konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="97"/>
        <source>The TLS handshake with the backend failed.</source>
        <translation>Der TLS-Handshake mit dem Backend ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="99"/>
        <source>The TLS handshake with the backend took too long.</source>
        <translation>Der TLS-Handshake mit dem Backend hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="101"/>
        <source>The session was idle for longer than its route allows.</source>
        <translation>Die Sitzung war länger untätig, als ihre Route erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="103"/>
        <source>After one side closed, the data left for the other could not be delivered in time.</source>
        <translation>Nachdem eine Seite geschlossen hatte, konnten die restlichen Daten für die andere nicht rechtzeitig zugestellt werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="106"/>
        <source>The backend answered with a status that means it is not healthy.</source>
        <translation>Das Backend hat mit einem Status geantwortet, der bedeutet, dass es nicht gesund ist.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="107"/>
        <source>The check did not finish in time.</source>
        <translation>Die Prüfung wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="109"/>
        <source>The backend&apos;s answer to the probe could not be read.</source>
        <translation>Die Antwort des Backends auf die Probe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="111"/>
        <source>The backend closed the WebSocket right after accepting it.</source>
        <translation>Das Backend hat den WebSocket direkt nach dem Annehmen geschlossen.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../app/gui/Format.cpp" line="18"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="32"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../app/gui/Format.cpp" line="47"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>LogFileReader</name>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="100"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="118"/>
        <source>%1 is not a log Airlock can show: %2</source>
        <translation>%1 ist kein Protokoll, das Airlock anzeigen kann: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="127"/>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="155"/>
        <source>no line holds a request record.</source>
        <translation>keine Zeile enthält einen Anfrage-Eintrag.</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="51"/>
        <source>request head</source>
        <translation>Anfragekopf</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="53"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="55"/>
        <source>proxy CONNECT</source>
        <translation>Proxy-CONNECT</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="57"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="59"/>
        <source>backend answer</source>
        <translation>Antwort des Backends</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="61"/>
        <source>answer to client</source>
        <translation>Antwort an den Client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="63"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="73"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <translation>Der Client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="16"/>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="167"/>
        <source>The backend</source>
        <translation>Das Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="18"/>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="163"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="72"/>
        <source>Open: the session is running.</source>
        <translation>Offen: Die Sitzung läuft.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="73"/>
        <source>In progress: waiting for the exchange to finish.</source>
        <translation>In Bearbeitung: Warten auf das Ende des Austauschs.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="77"/>
        <source>Refused by Airlock with close code %1.</source>
        <translation>Von Airlock mit Close-Code %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="78"/>
        <source>Refused by Airlock (close code %1): %2</source>
        <translation>Von Airlock abgelehnt (Close-Code %1): %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="80"/>
        <source>Refused by Airlock with HTTP %1.</source>
        <translation>Von Airlock mit HTTP %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="81"/>
        <source>Refused by Airlock (HTTP %1): %2</source>
        <translation>Von Airlock abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="84"/>
        <source>The backend refused the upgrade with HTTP %1; the page got close code %2 instead.</source>
        <translation>Das Backend hat das Upgrade mit HTTP %1 abgelehnt; die Seite hat stattdessen Close-Code %2 erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="87"/>
        <source>The backend refused the upgrade with HTTP %1.</source>
        <translation>Das Backend hat das Upgrade mit HTTP %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="90"/>
        <source>The upstream proxy failed: %1</source>
        <translation>Der Upstream-Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="92"/>
        <source>The backend could not be reached.</source>
        <translation>Das Backend war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="93"/>
        <source>The backend could not be reached: %1</source>
        <translation>Das Backend war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="95"/>
        <source>The client left before Airlock answered.</source>
        <translation>Der Client ist gegangen, bevor Airlock geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="97"/>
        <source>Forwarded: the backend answered HTTP %1.</source>
        <translation>Weitergeleitet: Das Backend hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="106"/>
        <source>The session ended without a close frame</source>
        <translation>Die Sitzung endete ohne Close-Frame</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="107"/>
        <source>%1 ended the session without a close frame</source>
        <translation>%1 hat die Sitzung ohne Close-Frame beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="109"/>
        <source>The session closed with %1</source>
        <translation>Die Sitzung wurde mit %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="111"/>
        <source>%1 closed the session with %2</source>
        <translation>%1 hat die Sitzung mit %2 geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="113"/>
        <source>%1, %2 after the upgrade.</source>
        <translation>%1, %2 nach dem Upgrade.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="159"/>
        <source>None: nothing failed</source>
        <translation>Keiner: Nichts ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="165"/>
        <source>The upstream proxy</source>
        <translation>Der Upstream-Proxy</translation>
    </message>
</context>
<context>
    <name>RequestFilter</name>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="73"/>
        <source>A &quot;-&quot; must be followed by the term it excludes.</source>
        <translation>Auf ein &quot;-&quot; muss der Begriff folgen, den es ausschließt.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="95"/>
        <source>This quote is never closed.</source>
        <translation>Dieses Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="110"/>
        <source>Unknown field &quot;%1:&quot;; use route:, status:, code:, is: or origin:, or put the text in quotes.</source>
        <translation>Unbekanntes Feld &quot;%1:&quot;; route:, status:, code:, is: oder origin: verwenden oder den Text in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="119"/>
        <source>&quot;%1:&quot; needs a value.</source>
        <translation>&quot;%1:&quot; braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="124"/>
        <source>A status is three digits, like 404, or a range like 4xx.</source>
        <translation>Ein Status besteht aus drei Ziffern, etwa 404, oder ist ein Bereich wie 4xx.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="129"/>
        <source>A close code is a number from 1000 to 4999.</source>
        <translation>Ein Close-Code ist eine Zahl von 1000 bis 4999.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="133"/>
        <source>&quot;is:&quot; takes failed, open, ws or http.</source>
        <translation>&quot;is:&quot; nimmt failed, open, ws oder http an.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="196"/>
        <source>&lt;b&gt;Filter&lt;/b&gt;: words match route, method and path, client address, failure and backend URL (any case).&lt;br&gt;&lt;code&gt;route:NAME&lt;/code&gt; the route named NAME&lt;br&gt;&lt;code&gt;status:404&lt;/code&gt; or &lt;code&gt;status:4xx&lt;/code&gt; the HTTP status sent or answered by the backend&lt;br&gt;&lt;code&gt;code:1014&lt;/code&gt; the WebSocket close code&lt;br&gt;&lt;code&gt;is:failed&lt;/code&gt;, &lt;code&gt;is:open&lt;/code&gt;, &lt;code&gt;is:ws&lt;/code&gt;, &lt;code&gt;is:http&lt;/code&gt;&lt;br&gt;&lt;code&gt;origin:TEXT&lt;/code&gt; the page&apos;s Origin contains TEXT&lt;br&gt;A leading &lt;code&gt;-&lt;/code&gt; excludes, all terms must match, &quot;double quotes&quot; keep spaces.</source>
        <translation>&lt;b&gt;Filter&lt;/b&gt;: Wörter passen auf Route, Methode und Pfad, Client-Adresse, Fehler und Backend-URL (Groß-/Kleinschreibung egal).&lt;br&gt;&lt;code&gt;route:NAME&lt;/code&gt; die Route namens NAME&lt;br&gt;&lt;code&gt;status:404&lt;/code&gt; oder &lt;code&gt;status:4xx&lt;/code&gt; der vom Backend gesendete oder beantwortete HTTP-Status&lt;br&gt;&lt;code&gt;code:1014&lt;/code&gt; der WebSocket-Close-Code&lt;br&gt;&lt;code&gt;is:failed&lt;/code&gt;, &lt;code&gt;is:open&lt;/code&gt;, &lt;code&gt;is:ws&lt;/code&gt;, &lt;code&gt;is:http&lt;/code&gt;&lt;br&gt;&lt;code&gt;origin:TEXT&lt;/code&gt; der Origin der Seite enthält TEXT&lt;br&gt;Ein vorangestelltes &lt;code&gt;-&lt;/code&gt; schließt aus, alle Begriffe müssen passen, &quot;doppelte Anführungszeichen&quot; erhalten Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="38"/>
        <source>Airlock: listening on %1</source>
        <translation>Airlock: lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="41"/>
        <source>Airlock: starting</source>
        <translation>Airlock: startet</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="44"/>
        <source>Airlock: stopping</source>
        <translation>Airlock: stoppt</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="47"/>
        <source>Airlock: the proxy could not start</source>
        <translation>Airlock: der Proxy konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="50"/>
        <source>Airlock: proxy stopped</source>
        <translation>Airlock: Proxy gestoppt</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="54"/>
        <source>Sessions open: %1</source>
        <translation>Offene Sitzungen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="56"/>
        <source>Backends: %1 of %2 up</source>
        <translation>Backends: %1 von %2 verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="58"/>
        <source>Backends: no health checks</source>
        <translation>Backends: keine Zustandsprüfungen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="60"/>
        <source>Failed for good: %1</source>
        <translation>Endgültig fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>airlock::BackendHealthModel</name>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="173"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="175"/>
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="177"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="179"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="191"/>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="201"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="220"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="235"/>
        <source>Route %1 has no health check configured</source>
        <translation>Für Route %1 ist keine Zustandsprüfung eingerichtet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="238"/>
        <source>%1: %2 checks, %3 successes and %4 failures in a row; last checked %5
Legend: green disc up, amber diamond degraded, red cross down, grey ring unknown.</source>
        <translation>%1: %2 Prüfungen, %3 Erfolge und %4 Fehlschläge in Folge; zuletzt geprüft %5
Legende: grüne Scheibe verfügbar, gelbe Raute beeinträchtigt, rotes Kreuz ausgefallen, grauer Ring unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="249"/>
        <source>The last %1 checks seen: %2 failed</source>
        <translation>Die letzten %1 erfassten Prüfungen: %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="253"/>
        <source>No failure so far</source>
        <translation>Bisher kein Fehlschlag</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="254"/>
        <source>At %1</source>
        <translation>Um %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="256"/>
        <source>Classified %1</source>
        <translation>Eingestuft als %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="261"/>
        <source>No change of state since the window opened</source>
        <translation>Keine Zustandsänderung, seit das Fenster geöffnet wurde</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="362"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="362"/>
        <source>The route whose backend is checked</source>
        <translation>Die Route, deren Backend geprüft wird</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="363"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="363"/>
        <source>Up, degraded, down, unknown, or not checked (no health check set)</source>
        <translation>Verfügbar, beeinträchtigt, ausgefallen, unbekannt oder nicht geprüft (keine Zustandsprüfung eingerichtet)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="364"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="364"/>
        <source>Latency of the last successful check</source>
        <translation>Latenz der letzten erfolgreichen Prüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="365"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="365"/>
        <source>Median latency of the successful checks among the last 50</source>
        <translation>Median der Latenz der erfolgreichen Prüfungen unter den letzten 50</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="366"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="366"/>
        <source>95th percentile latency of the successful checks among the last 50</source>
        <translation>95. Perzentil der Latenz der erfolgreichen Prüfungen unter den letzten 50</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="367"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="367"/>
        <source>Latencies of the recent checks, newest at the right; red marks: failures</source>
        <translation>Latenzen der letzten Prüfungen, die neueste rechts; rote Markierungen: Fehlschläge</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="368"/>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="368"/>
        <source>Successful checks among the recent ones shown in the trend</source>
        <translation>Erfolgreiche Prüfungen unter den letzten, die im Trend angezeigt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="369"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="369"/>
        <source>The most recent failure, kept after the backend recovered</source>
        <translation>Der jüngste Fehlschlag, bleibt auch nach der Erholung des Backends erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="370"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="370"/>
        <source>When the state last changed (local time)</source>
        <translation>Wann sich der Zustand zuletzt geändert hat (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>airlock::BackendsView</name>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="28"/>
        <location filename="../app/gui/views/BackendsView.cpp" line="29"/>
        <source>&amp;Probe Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="31"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="32"/>
        <source>The health of each route&apos;s backend, with recent check latencies</source>
        <translation>Der Zustand des Backends jeder Route, mit den Latenzen der letzten Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="46"/>
        <source>Backends table</source>
        <translation>Backend-Tabelle</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="48"/>
        <source>One row per route with its backend&apos;s health. Ctrl+P probes the selected route through Airlock.</source>
        <translation>Eine Zeile je Route mit dem Zustand ihres Backends. Strg+P prüft die ausgewählte Route über Airlock.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="77"/>
        <source>No routes. Add a route to see its backend here; give it a health check to follow its state.</source>
        <translation>Keine Routen. Eine Route hinzufügen, um ihr Backend hier zu sehen; mit einer Zustandsprüfung lässt sich ihr Zustand verfolgen.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="82"/>
        <source>No routes</source>
        <translation>Keine Routen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="93"/>
        <source>Run one WebSocket handshake through Airlock on the selected route (Ctrl+P)</source>
        <translation>Einen WebSocket-Handshake über Airlock auf der ausgewählten Route ausführen (Strg+P)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="96"/>
        <source>Probe now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>airlock::ConfigFile</name>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="33"/>
        <source>%1 has errors; the routes shown are the ones loaded before.</source>
        <translation>%1 enthält Fehler; angezeigt werden die zuvor geladenen Routen.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="50"/>
        <source>Not saved: %1 was changed by another program since Airlock read it. Reload it, or keep your version and apply again to replace it.</source>
        <translation>Nicht gespeichert: %1 wurde von einem anderen Programm geändert, seit Airlock die Datei gelesen hat. Die Datei neu laden oder die eigene Version behalten und erneut anwenden, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="57"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>airlock::DesktopSession</name>
    <message numerus="yes">
        <location filename="../app/gui/DesktopSession.cpp" line="39"/>
        <source>Airlock %1 listening on %2:%3 (%n worker threads)</source>
        <translation>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthread)</numerusform>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthreads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/DesktopSession.cpp" line="68"/>
        <source>airlock: another launch asked for the window</source>
        <translation>airlock: ein weiterer Start hat das Fenster angefordert</translation>
    </message>
</context>
<context>
    <name>airlock::HandshakesView</name>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="53"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="92"/>
        <source>Handshakes</source>
        <translation>Handshakes</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="92"/>
        <source>Handshakes from %1</source>
        <translation>Handshakes aus %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="93"/>
        <source>Every request and WebSocket session Airlock handled, with a filter and the details of the selected one</source>
        <translation>Jede Anfrage und WebSocket-Sitzung, die Airlock verarbeitet hat, mit einem Filter und den Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="105"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="135"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="105"/>
        <source>Go to the filter</source>
        <translation>Zum Filter wechseln</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="106"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="323"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="106"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="107"/>
        <source>Stop adding new records to the list; they appear on resume</source>
        <translation>Keine neuen Einträge mehr zur Liste hinzufügen; sie erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="109"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="109"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="110"/>
        <source>Hide every record up to now (the log file keeps them)</source>
        <translation>Alle bisherigen Einträge ausblenden (die Protokolldatei behält sie)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="111"/>
        <source>Export Selected as &amp;HAR...</source>
        <translation>Auswahl als &amp;HAR exportieren ...</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="111"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="112"/>
        <source>Save the selected records as a HAR file for browser developer tools</source>
        <translation>Die ausgewählten Einträge als HAR-Datei für die Entwicklerwerkzeuge des Browsers speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="113"/>
        <source>Export Selected as &amp;JSON Lines...</source>
        <translation>Auswahl als &amp;JSON-Zeilen exportieren ...</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="113"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="114"/>
        <source>Save the selected records as JSON lines, one record per line</source>
        <translation>Die ausgewählten Einträge als JSON-Zeilen speichern, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="116"/>
        <source>Open Log &amp;Folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="116"/>
        <source>Show the folder of the request log file</source>
        <translation>Den Ordner der Anfrage-Protokolldatei anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="117"/>
        <source>&amp;Open Log...</source>
        <translation>&amp;Protokoll öffnen ...</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="118"/>
        <source>Open a request log or HAR file read-only in a window of its own</source>
        <translation>Ein Anfrageprotokoll oder eine HAR-Datei schreibgeschützt in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="134"/>
        <source>Filter: text, route:NAME, status:4xx, code:1006, is:failed, -excluded</source>
        <translation>Filter: Text, route:NAME, status:4xx, code:1006, is:failed, -ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="136"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="297"/>
        <source>Filter the handshake list; the filter is valid</source>
        <translation>Die Handshake-Liste filtern; der Filter ist gültig</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="148"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="154"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="155"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="156"/>
        <source>Save the selected records as HAR or JSON lines</source>
        <translation>Die ausgewählten Einträge als HAR oder JSON-Zeilen speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="165"/>
        <source>Record count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="166"/>
        <source>How many records the list shows, and whether it is paused</source>
        <translation>Wie viele Einträge die Liste anzeigt und ob sie angehalten ist</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="179"/>
        <source>Handshake list</source>
        <translation>Handshake-Liste</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="181"/>
        <source>One row per request or WebSocket session, newest at the bottom; select one to see its details</source>
        <translation>Eine Zeile je Anfrage oder WebSocket-Sitzung, die neueste unten; einen Eintrag auswählen, um seine Details zu sehen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="216"/>
        <source>List and details</source>
        <translation>Liste und Details</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="217"/>
        <source>Drag to share the space between the list and the details</source>
        <translation>Ziehen, um den Platz zwischen Liste und Details aufzuteilen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="299"/>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="302"/>
        <source>The filter is not valid. %1</source>
        <translation>Der Filter ist ungültig. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="323"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="324"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="324"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="351"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="353"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/views/HandshakesView.cpp" line="355"/>
        <source>paused, %n new</source>
        <translation>
            <numerusform>angehalten, %n neuer Eintrag</numerusform>
            <numerusform>angehalten, %n neue Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="403"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="416"/>
        <source>Export as HAR</source>
        <translation>Als HAR exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="416"/>
        <source>Export as JSON Lines</source>
        <translation>Als JSON-Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="418"/>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="418"/>
        <source>JSON lines (*.jsonl *.log)</source>
        <translation>JSON-Zeilen (*.jsonl *.log)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="423"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="438"/>
        <source>Open Log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="439"/>
        <source>Airlock logs and HAR files (*.log *.jsonl *.json *.har *.log.*);;All files (*)</source>
        <translation>Airlock-Protokolle und HAR-Dateien (*.log *.jsonl *.json *.har *.log.*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="446"/>
        <source>Cannot open the log</source>
        <translation>Das Protokoll kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="450"/>
        <source>%1 - Airlock</source>
        <translation>%1 - Airlock</translation>
    </message>
</context>
<context>
    <name>airlock::HeadlessRunner</name>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="69"/>
        <source>Airlock %1 listening on %2:%3 (%n worker threads)</source>
        <translation>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthread)</numerusform>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthreads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="74"/>
        <source>  route %1: %2%3 -&gt; %4</source>
        <translation>  Route %1: %2%3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="80"/>
        <source>  demo page: %1%2/ (demo backend on port %3)</source>
        <translation>  Demoseite: %1%2/ (Demo-Backend auf Port %3)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="86"/>
        <source>  demo.port %1 is in use, so the demo backend runs on port %2 instead</source>
        <translation>  demo.port %1 ist belegt, daher läuft das Demo-Backend stattdessen auf Port %2</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="119"/>
        <source>Airlock: cannot reload %1, keeping the running configuration:</source>
        <translation>Airlock: %1 kann nicht neu geladen werden, die laufende Konfiguration bleibt:</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="126"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="127"/>
        <source>Airlock: reloaded %1 (%n routes), listening on %2:%3</source>
        <translation>
            <numerusform>Airlock: %1 neu geladen (%n Route), lauscht auf %2:%3</numerusform>
            <numerusform>Airlock: %1 neu geladen (%n Routen), lauscht auf %2:%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="139"/>
        <source>Airlock: stopping, closing sessions with 1001</source>
        <translation>Airlock: wird beendet, Sitzungen werden mit 1001 geschlossen</translation>
    </message>
</context>
<context>
    <name>airlock::LanguageMenu</name>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="11"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="19"/>
        <source>&amp;System Language</source>
        <translation>S&amp;ystemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="43"/>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="44"/>
        <source>Airlock speaks %1 from its next start.</source>
        <translation>Airlock spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>airlock::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="40"/>
        <location filename="../app/gui/MainWindow.cpp" line="42"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="44"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="45"/>
        <source>Sessions, handshakes, backends and routes</source>
        <translation>Sitzungen, Handshakes, Backends und Routen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="56"/>
        <source>The proxy could not start: %1</source>
        <translation>Der Proxy konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="74"/>
        <source>Open sessions, live</source>
        <translation>Offene Sitzungen, live</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Every handshake and HTTP exchange, with its phases and outcome</source>
        <translation>Jeder Handshake und HTTP-Austausch, mit seinen Phasen und seinem Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Backend health per route</source>
        <translation>Backend-Zustand je Route</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Edit, apply and save the routes</source>
        <translation>Die Routen bearbeiten, anwenden und speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="70"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Handshakes</source>
        <translation>Handshakes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="72"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Routes *</source>
        <translation>Routen *</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="115"/>
        <source>Open &amp;Demo Page</source>
        <translation>&amp;Demoseite öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>Open the demo terminal page in the browser, through the proxy</source>
        <translation>Die Demo-Terminalseite über den Proxy im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>Open &amp;Config File</source>
        <translation>&amp;Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="124"/>
        <source>Open %1 in the default editor</source>
        <translation>%1 im Standardeditor öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="127"/>
        <source>Copy Proxy &amp;URL</source>
        <translation>Proxy-&amp;URL kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="172"/>
        <source>S&amp;ession</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="180"/>
        <source>&amp;About Airlock</source>
        <translation>Ü&amp;ber Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>About Airlock</source>
        <translation>Über Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>&lt;b&gt;Airlock %1&lt;/b&gt;&lt;p&gt;A loopback WebSocket and HTTP proxy for browser terminals and remote machines.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Airlock %1&lt;/b&gt;&lt;p&gt;Ein Loopback-Proxy für WebSocket und HTTP für Browser-Terminals und entfernte Rechner.&lt;/p&gt;&lt;p&gt;Konfiguration: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Proxy toolbar</source>
        <translation>Proxy-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>&amp;Stop Proxy</source>
        <translation>Proxy &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>&amp;Start Proxy</source>
        <translation>Proxy &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="213"/>
        <source>Stop accepting connections and close sessions with 1001</source>
        <translation>Keine Verbindungen mehr annehmen und Sitzungen mit 1001 schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="214"/>
        <source>Start listening on %1:%2</source>
        <translation>Auf %1:%2 lauschen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>No browser could be started; the demo page is %1</source>
        <translation>Es konnte kein Browser gestartet werden; die Demoseite ist %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="249"/>
        <source>No editor could be started for %1</source>
        <translation>Für %1 konnte kein Editor gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="258"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>airlock::MessageListModel</name>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="81"/>
        <source>Closed by the client</source>
        <translation>Vom Client geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="84"/>
        <source>Closed by the backend</source>
        <translation>Vom Backend geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="87"/>
        <source>Closed by Airlock</source>
        <translation>Von Airlock geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="90"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="95"/>
        <source>%1 without a close frame (1006)</source>
        <translation>%1 ohne Close-Frame (1006)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="97"/>
        <source>%1 with a close frame without code (1005)</source>
        <translation>%1 mit einem Close-Frame ohne Code (1005)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="99"/>
        <source>%1 with code %2</source>
        <translation>%1 mit Code %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="101"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="187"/>
        <source>Sent by the client to the backend</source>
        <translation>Vom Client an das Backend gesendet</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="187"/>
        <source>Received by the client from the backend</source>
        <translation>Vom Client aus dem Backend empfangen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="190"/>
        <source>%1 message; only its first %2 of %3 bytes were captured.</source>
        <translation>%1-Nachricht; nur die ersten %2 von %3 Bytes wurden aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="191"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="191"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="194"/>
        <source>Binary message</source>
        <translation>Binärnachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="194"/>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="196"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="204"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="204"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="206"/>
        <source>Binary: %1</source>
        <translation>Binär: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="210"/>
        <source>%1 after the start</source>
        <translation>%1 nach dem Start</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="246"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="293"/>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="295"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="297"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="299"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="305"/>
        <source>↑ sent by the client to the backend, ↓ received from the backend, ■ the close frame</source>
        <translation>↑ vom Client an das Backend gesendet, ↓ vom Backend empfangen, ■ der Close-Frame</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="307"/>
        <source>The message: text as text, binary as hexadecimal bytes</source>
        <translation>Die Nachricht: Text als Text, Binärdaten als hexadezimale Bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="309"/>
        <source>Payload size of the whole message</source>
        <translation>Nutzdatengröße der gesamten Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="311"/>
        <source>Time since the connection was accepted</source>
        <translation>Zeit seit Annahme der Verbindung</translation>
    </message>
</context>
<context>
    <name>airlock::Notifier</name>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="76"/>
        <source>Backend %1 is down</source>
        <translation>Backend %1 ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="78"/>
        <source>Backend %1 is back up</source>
        <translation>Backend %1 ist wieder verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="79"/>
        <source>Its health checks pass again.</source>
        <translation>Seine Zustandsprüfungen gelingen wieder.</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="86"/>
        <source>A session failed for good</source>
        <translation>Eine Sitzung ist endgültig fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="106"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>airlock::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="32"/>
        <source>Airlock Preferences</source>
        <translation>Airlock-Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="35"/>
        <source>Tray, start and notification settings</source>
        <translation>Einstellungen für Tray, Start und Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="37"/>
        <source>Tray</source>
        <translation>Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="38"/>
        <source>Show a &amp;tray icon</source>
        <translation>&amp;Tray-Symbol anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="39"/>
        <source>Show Airlock&apos;s state in the system tray, with a menu to show the window or stop the proxy</source>
        <translation>Den Zustand von Airlock im Tray zeigen, mit einem Menü, um das Fenster zu zeigen oder den Proxy zu stoppen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="41"/>
        <source>&amp;Closing the window keeps the proxy running in the tray</source>
        <translation>Beim &amp;Schließen des Fensters läuft der Proxy im Tray weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="42"/>
        <source>The window hides instead of quitting; Quit in the tray menu or the File menu ends Airlock</source>
        <translation>Das Fenster wird ausgeblendet statt beendet; Beenden im Tray-Menü oder im Datei-Menü beendet Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="44"/>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Minimiert im Tray starten</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="45"/>
        <source>Start without showing the window (like --minimized); without a tray the window shows</source>
        <translation>Starten, ohne das Fenster zu zeigen (wie --minimized); ohne Tray erscheint das Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="52"/>
        <source>No system tray was found on this desktop: the window stays visible and closing it quits Airlock.</source>
        <translation>Auf diesem Desktop wurde kein Tray gefunden: Das Fenster bleibt sichtbar, und Schließen beendet Airlock.</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="56"/>
        <source>No system tray</source>
        <translation>Kein Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="60"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="62"/>
        <source>Start Airlock at &amp;login</source>
        <translation>Airlock bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="62"/>
        <source>Writes %1 (removed again when unchecked)</source>
        <translation>Schreibt %1 (wird beim Abwählen wieder entfernt)</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="67"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="68"/>
        <source>A backend goes &amp;down</source>
        <translation>Ein Backend fällt &amp;aus</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="68"/>
        <source>Notify when a route&apos;s health checks fail</source>
        <translation>Benachrichtigen, wenn die Zustandsprüfungen einer Route fehlschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="70"/>
        <source>A backend comes &amp;back up</source>
        <translation>Ein Backend ist &amp;wieder verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="70"/>
        <source>Notify when a route that was down passes its checks again</source>
        <translation>Benachrichtigen, wenn eine ausgefallene Route ihre Prüfungen wieder besteht</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="72"/>
        <source>A session &amp;fails for good</source>
        <translation>Eine Sitzung schlägt &amp;endgültig fehl</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="73"/>
        <source>Notify when a session ends with a permanent failure (the client should not retry)</source>
        <translation>Benachrichtigen, wenn eine Sitzung mit einem dauerhaften Fehler endet (der Client sollte es nicht erneut versuchen)</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="81"/>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>airlock::ProbeResultDialog</name>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="22"/>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="24"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="26"/>
        <source>Proxy CONNECT</source>
        <translation>Proxy-CONNECT</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="28"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="30"/>
        <source>WebSocket upgrade</source>
        <translation>WebSocket-Upgrade</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="32"/>
        <source>Clean close</source>
        <translation>Sauberes Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="40"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="42"/>
        <source>transient: retrying later may work</source>
        <translation>vorübergehend: ein späterer Versuch kann gelingen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="44"/>
        <source>permanent: retrying will not help</source>
        <translation>dauerhaft: ein erneuter Versuch hilft nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="58"/>
        <source>Probe &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="61"/>
        <source>Probe of %1</source>
        <translation>Probe von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="62"/>
        <source>Probe result</source>
        <translation>Ergebnis der Probe</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="63"/>
        <source>The outcome of one WebSocket handshake through Airlock on route %1</source>
        <translation>Das Ergebnis eines WebSocket-Handshakes über Airlock auf Route %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="64"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="65"/>
        <source>Whether the probe handshake succeeded</source>
        <translation>Ob der Handshake der Probe erfolgreich war</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="70"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="71"/>
        <source>Status, failure and classification of the probe</source>
        <translation>Status, Fehler und Einordnung der Probe</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="75"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="76"/>
        <source>Each phase of the handshake with the time it took</source>
        <translation>Jede Phase des Handshakes mit ihrer Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="77"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="77"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="77"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="83"/>
        <source>Probe again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="84"/>
        <source>Run the same probe once more</source>
        <translation>Dieselbe Probe noch einmal ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="86"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="87"/>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="92"/>
        <source>Handshake with %1</source>
        <translation>Handshake mit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="106"/>
        <source>Probing…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="142"/>
        <source>Success: the route answered the handshake in %1</source>
        <translation>Erfolg: Die Route hat den Handshake in %1 beantwortet</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="143"/>
        <source>Failed after %1</source>
        <translation>Fehlgeschlagen nach %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="149"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="149"/>
        <source>HTTP status: none (no answer)</source>
        <translation>HTTP-Status: keiner (keine Antwort)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="151"/>
        <source>Subprotocol: %1</source>
        <translation>Unterprotokoll: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="153"/>
        <source>Failure: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="157"/>
        <source>Classification: %1</source>
        <translation>Einordnung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="162"/>
        <source>Through proxy %1</source>
        <translation>Über Proxy %1</translation>
    </message>
</context>
<context>
    <name>airlock::ProxyStatusBar</name>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="24"/>
        <source>Proxy status</source>
        <translation>Proxy-Status</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="26"/>
        <source>Listening address</source>
        <translation>Adresse, auf der gelauscht wird</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="29"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="31"/>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="32"/>
        <source>Copy the proxy&apos;s address</source>
        <translation>Die Adresse des Proxys kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="34"/>
        <source>Proxy state</source>
        <translation>Proxy-Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="36"/>
        <source>Sessions open</source>
        <translation>Offene Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="38"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="39"/>
        <source>Bytes per second from clients (up) and from backends (down), over all sessions</source>
        <translation>Bytes pro Sekunde von Clients (hoch) und von Backends (runter), über alle Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="52"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="84"/>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="84"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="89"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="92"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="95"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="98"/>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="101"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="119"/>
        <source>1 session open</source>
        <translation>1 Sitzung offen</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="119"/>
        <source>%1 sessions open</source>
        <translation>%1 Sitzungen offen</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="120"/>
        <source>↑ %1  ↓ %2</source>
        <translation>↑ %1  ↓ %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="122"/>
        <source>%1 from clients, %2 from backends</source>
        <translation>%1 von Clients, %2 von Backends</translation>
    </message>
</context>
<context>
    <name>airlock::RecentFailures</name>
    <message>
        <location filename="../app/gui/desktop/RecentFailures.cpp" line="31"/>
        <source>closed with %1 %2</source>
        <translation>geschlossen mit %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/RecentFailures.cpp" line="33"/>
        <source>answered %1</source>
        <translation>antwortete %1</translation>
    </message>
</context>
<context>
    <name>airlock::RequestDetailPane</name>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="50"/>
        <source>Select a request to see its details.</source>
        <translation>Eine Anfrage auswählen, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="54"/>
        <source>Copy as probe command</source>
        <translation>Als Probe-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="55"/>
        <source>Allow this origin for the route</source>
        <translation>Diesen Origin für die Route erlauben</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="60"/>
        <source>Record details</source>
        <translation>Protokolldetails</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="61"/>
        <source>Everything Airlock recorded about the selected request.</source>
        <translation>Alles, was Airlock zur ausgewählten Anfrage aufgezeichnet hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="65"/>
        <source>No record selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="71"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="80"/>
        <source>Copy an &quot;airlock probe&quot; command line that repeats this handshake (%1)</source>
        <translation>Eine „airlock probe“-Befehlszeile kopieren, die diesen Handshake wiederholt (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="88"/>
        <source>Filter messages</source>
        <translation>Nachrichten filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="106"/>
        <source>Puts a command line on the clipboard that repeats this handshake with airlock probe; redacted secrets are left out.</source>
        <translation>Legt eine Befehlszeile in die Zwischenablage, die diesen Handshake mit airlock probe wiederholt; geschwärzte Geheimnisse werden weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="112"/>
        <source>Adds the refused page&apos;s Origin to the route&apos;s allowed origins.</source>
        <translation>Fügt den Origin der abgewiesenen Seite zu den erlaubten Origins der Route hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="115"/>
        <source>Record detail sections</source>
        <translation>Abschnitte der Protokolldetails</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="116"/>
        <source>Summary, timing, heads and captured messages of the selected request.</source>
        <translation>Zusammenfassung, Zeitverlauf, Header und aufgezeichnete Nachrichten der ausgewählten Anfrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="118"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="119"/>
        <source>&amp;Timing</source>
        <translation>Zeit&amp;verlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="120"/>
        <source>&amp;Heads</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="121"/>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="540"/>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="122"/>
        <source>What happened, where it failed and why</source>
        <translation>Was passiert ist, wo es fehlschlug und warum</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="123"/>
        <source>How long each phase of the request took</source>
        <translation>Wie lange jede Phase der Anfrage gedauert hat</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="124"/>
        <source>The HTTP heads on both legs, secrets redacted</source>
        <translation>Die HTTP-Header auf beiden Teilstrecken, Geheimnisse geschwärzt</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="125"/>
        <source>The WebSocket messages message capture kept</source>
        <translation>Die WebSocket-Nachrichten, die die Nachrichtenaufzeichnung behalten hat</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="183"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="183"/>
        <source>What happened, in plain words</source>
        <translation>Was passiert ist, in einfachen Worten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="184"/>
        <source>Failed leg:</source>
        <translation>Fehlgeschlagene Teilstrecke:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="185"/>
        <source>Where on the path client - Airlock - upstream proxy - backend it went wrong</source>
        <translation>Wo auf dem Weg Client - Airlock - Upstream-Proxy - Backend es schiefging</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="186"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="186"/>
        <source>Why the request failed</source>
        <translation>Warum die Anfrage fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="187"/>
        <source>Close:</source>
        <translation>Schließen:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="187"/>
        <source>Who closed the session and with which code</source>
        <translation>Wer die Sitzung mit welchem Code geschlossen hat</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="189"/>
        <source>Classification:</source>
        <translation>Einordnung:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="190"/>
        <source>What the close code or failed status means for a client: normal, transient or permanent</source>
        <translation>Was der Close-Code oder der Fehlerstatus für einen Client bedeutet: normal, vorübergehend oder dauerhaft</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="191"/>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="191"/>
        <source>Method, target and route</source>
        <translation>Methode, Ziel und Route</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="192"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="192"/>
        <source>HTTP status on each leg</source>
        <translation>HTTP-Status auf jeder Teilstrecke</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="193"/>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="193"/>
        <source>Address and port of the client</source>
        <translation>Adresse und Port des Clients</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="194"/>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="194"/>
        <source>The backend URL the route used</source>
        <translation>Die Backend-URL, die die Route verwendet hat</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="196"/>
        <source>Upstream proxy:</source>
        <translation>Upstream-Proxy:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="196"/>
        <source>The HTTP CONNECT proxy on the way, if any</source>
        <translation>Der HTTP-CONNECT-Proxy auf dem Weg, falls vorhanden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="198"/>
        <source>Subprotocol:</source>
        <translation>Unterprotokoll:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="198"/>
        <source>The WebSocket subprotocol agreed</source>
        <translation>Das vereinbarte WebSocket-Unterprotokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="200"/>
        <source>Extensions:</source>
        <translation>Erweiterungen:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="200"/>
        <source>The WebSocket extensions agreed</source>
        <translation>Die vereinbarten WebSocket-Erweiterungen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="201"/>
        <source>Client to backend:</source>
        <translation>Client an Backend:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="201"/>
        <source>Bytes and messages sent</source>
        <translation>Gesendete Bytes und Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="203"/>
        <source>Backend to client:</source>
        <translation>Backend an Client:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="203"/>
        <source>Bytes and messages received</source>
        <translation>Empfangene Bytes und Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="204"/>
        <source>Durations:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="204"/>
        <source>Handshake and session time</source>
        <translation>Handshake- und Sitzungsdauer</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="206"/>
        <source>Keepalive:</source>
        <translation>Keepalive:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="206"/>
        <source>Airlock&apos;s own pings on both legs</source>
        <translation>Airlocks eigene Pings auf beiden Teilstrecken</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="207"/>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="207"/>
        <source>When the connection was accepted</source>
        <translation>Wann die Verbindung angenommen wurde</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="209"/>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="209"/>
        <source>The id forwarded as X-Request-Id</source>
        <translation>Die als X-Request-Id weitergeleitete ID</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="219"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="220"/>
        <source>What happened to the request, where and why</source>
        <translation>Was mit der Anfrage passiert ist, wo und warum</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="228"/>
        <source>Timing</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="236"/>
        <source>Phase durations: each phase with its duration in milliseconds</source>
        <translation>Phasendauern: jede Phase mit ihrer Dauer in Millisekunden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="250"/>
        <source>Heads</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="252"/>
        <source>The request and response heads on both legs, with secrets redacted, read-only</source>
        <translation>Die Anfrage- und Antwort-Header auf beiden Teilstrecken, mit geschwärzten Geheimnissen, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="260"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="265"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="266"/>
        <source>Send ↑</source>
        <translation>Senden ↑</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="267"/>
        <source>Receive ↓</source>
        <translation>Empfangen ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="268"/>
        <source>Message direction</source>
        <translation>Nachrichtenrichtung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="269"/>
        <source>Show all messages, only those the client sent, or only those it received</source>
        <translation>Alle Nachrichten anzeigen, nur die vom Client gesendeten oder nur die empfangenen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="275"/>
        <source>Filter by regular expression</source>
        <translation>Nach regulärem Ausdruck filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="277"/>
        <source>Message filter</source>
        <translation>Nachrichtenfilter</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="278"/>
        <source>A regular expression; only messages that match it are listed</source>
        <translation>Ein regulärer Ausdruck; nur passende Nachrichten werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="282"/>
        <source>Why the regular expression is not valid</source>
        <translation>Warum der reguläre Ausdruck ungültig ist</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="297"/>
        <source>Captured messages</source>
        <translation>Aufgezeichnete Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="298"/>
        <source>Direction, data, length and time of each captured message; the last row is the close frame</source>
        <translation>Richtung, Daten, Länge und Zeit jeder aufgezeichneten Nachricht; die letzte Zeile ist der Close-Frame</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="309"/>
        <source>Message columns</source>
        <translation>Nachrichtenspalten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="310"/>
        <source>Direction, data, length and time; click a column to sort by it</source>
        <translation>Richtung, Daten, Länge und Zeit; auf eine Spalte klicken, um danach zu sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="324"/>
        <source>About the selected message</source>
        <translation>Über die ausgewählte Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="330"/>
        <source>Selected message</source>
        <translation>Ausgewählte Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="331"/>
        <source>The selected message in full: text as text, binary as a hex dump</source>
        <translation>Die ausgewählte Nachricht vollständig: Text als Text, Binärdaten als Hex-Dump</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="332"/>
        <source>Select a message to see it in full.</source>
        <translation>Eine Nachricht auswählen, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="347"/>
        <source>Messages that capture did not keep</source>
        <translation>Nachrichten, die die Aufzeichnung nicht behalten hat</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="380"/>
        <source>Allow %1 on the route &quot;%2&quot;</source>
        <translation>%1 auf der Route „%2“ erlauben</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="388"/>
        <source>No timing was recorded.</source>
        <translation>Es wurden keine Zeiten aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="429"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="434"/>
        <source>route &quot;%1&quot;</source>
        <translation>Route „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="434"/>
        <source> on route &quot;%1&quot;</source>
        <translation> auf Route „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="436"/>
        <source> (WebSocket)</source>
        <translation> (WebSocket)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="441"/>
        <source>%1 to the client</source>
        <translation>%1 an den Client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="443"/>
        <source>%1 from the backend</source>
        <translation>%1 vom Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="450"/>
        <source>None (direct)</source>
        <translation>Keiner (direkt)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="454"/>
        <source>none to the client</source>
        <translation>keines an den Client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="457"/>
        <source> (the backend chose %1)</source>
        <translation> (das Backend wählte %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="458"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="469"/>
        <source>%1 in 1 message</source>
        <translation>%1 in 1 Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="470"/>
        <source>%1 in %2 messages</source>
        <translation>%1 in %2 Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="482"/>
        <source>handshake %1</source>
        <translation>Handshake %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="484"/>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="486"/>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="494"/>
        <source>%1 pings sent, %2 answers not forwarded</source>
        <translation>%1 Pings gesendet, %2 Antworten nicht weitergeleitet</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="509"/>
        <source>Client request (client → Airlock)</source>
        <translation>Client-Anfrage (Client → Airlock)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="510"/>
        <source>Request to the backend (Airlock → backend)</source>
        <translation>Anfrage an das Backend (Airlock → Backend)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="511"/>
        <source>Upstream proxy&apos;s answer to CONNECT (proxy → Airlock)</source>
        <translation>Antwort des Upstream-Proxys auf CONNECT (Proxy → Airlock)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="512"/>
        <source>Backend response (backend → Airlock)</source>
        <translation>Backend-Antwort (Backend → Airlock)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="513"/>
        <source>Response to the client (Airlock → client)</source>
        <translation>Antwort an den Client (Airlock → Client)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="520"/>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="540"/>
        <source>&amp;Messages (%1)</source>
        <translation>&amp;Nachrichten (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="547"/>
        <source>1 message was not captured: the capture limit was reached, the stream could not be followed, or the session ended mid-message.</source>
        <translation>1 Nachricht wurde nicht aufgezeichnet: Das Aufzeichnungslimit war erreicht, der Datenstrom konnte nicht verfolgt werden oder die Sitzung endete mitten in der Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="549"/>
        <source>%1 messages were not captured: the capture limit was reached, the stream could not be followed, or the session ended mid-message.</source>
        <translation>%1 Nachrichten wurden nicht aufgezeichnet: Das Aufzeichnungslimit war erreicht, der Datenstrom konnte nicht verfolgt werden oder die Sitzung endete mitten in einer Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="553"/>
        <source>The messages were dropped from memory to bound it; the log file still has them.</source>
        <translation>Die Nachrichten wurden aus dem Speicher entfernt, um ihn zu begrenzen; die Protokolldatei enthält sie weiterhin.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="555"/>
        <source>No data message was exchanged.</source>
        <translation>Es wurde keine Datennachricht ausgetauscht.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="578"/>
        <source>Binary message, %1.</source>
        <translation>Binärnachricht, %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="579"/>
        <source>Text message, %1.</source>
        <translation>Textnachricht, %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="581"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation>Nur die ersten %1 von %2 Bytes wurden aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="589"/>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
</context>
<context>
    <name>airlock::RequestLogModel</name>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="30"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="32"/>
        <source>transient</source>
        <translation>vorübergehend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="34"/>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="42"/>
        <source>the client</source>
        <translation>der Client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="44"/>
        <source>the backend</source>
        <translation>das Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="46"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="138"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="140"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="142"/>
        <source>forwarded</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="144"/>
        <source>rejected by Airlock</source>
        <translation>von Airlock abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="146"/>
        <source>rejected by backend</source>
        <translation>vom Backend abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="148"/>
        <source>backend unreachable</source>
        <translation>Backend nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="150"/>
        <source>client gone</source>
        <translation>Client getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="168"/>
        <source>(no route)</source>
        <translation>(keine Route)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="196"/>
        <source>From %1:%2</source>
        <translation>Von %1:%2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="198"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="200"/>
        <source>Through proxy %1</source>
        <translation>Über Proxy %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="213"/>
        <source>Sent %1 to the client; the backend answered %2.</source>
        <translation>%1 an den Client gesendet; das Backend antwortete %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="216"/>
        <source>Sent %1 to the client.</source>
        <translation>%1 an den Client gesendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="220"/>
        <source>Close %1 &quot;%2&quot; from %3</source>
        <translation>Close %1 „%2“ von %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="308"/>
        <source>When the connection was accepted (local time)</source>
        <translation>Wann die Verbindung angenommen wurde (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="309"/>
        <source>The route that matched the request path</source>
        <translation>Die Route, die zum Anfragepfad passte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="310"/>
        <source>Method and target as the client sent them</source>
        <translation>Methode und Ziel, wie der Client sie gesendet hat</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="311"/>
        <source>What happened to the request</source>
        <translation>Was mit der Anfrage geschehen ist</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="312"/>
        <source>HTTP status sent to the client (101 for an accepted upgrade)</source>
        <translation>An den Client gesendeter HTTP-Status (101 bei angenommenem Upgrade)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="313"/>
        <source>WebSocket close code</source>
        <translation>WebSocket-Close-Code</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="314"/>
        <source>How a client should treat the close or refusal: normal, transient (retry) or permanent</source>
        <translation>Wie ein Client das Schließen oder die Ablehnung behandeln sollte: normal, vorübergehend (erneut versuchen) oder dauerhaft</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="315"/>
        <source>From accepting the connection to its end</source>
        <translation>Von der Annahme der Verbindung bis zu ihrem Ende</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="316"/>
        <source>Head read, TCP, proxy CONNECT, TLS, backend answer, answer to client, then the session</source>
        <translation>Kopf lesen, TCP, Proxy-CONNECT, TLS, Backend-Antwort, Antwort an den Client, dann die Sitzung</translation>
    </message>
</context>
<context>
    <name>airlock::RouteEditor</name>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="95"/>
        <source>Route editor</source>
        <translation>Routeneditor</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="96"/>
        <source>Every setting of the selected route; problems show under the field</source>
        <translation>Alle Einstellungen der ausgewählten Route; Probleme erscheinen unter dem Feld</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="107"/>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="108"/>
        <source>a short name for logs</source>
        <translation>ein kurzer Name für Protokolle</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="109"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="109"/>
        <source>The route&apos;s name in logs and the inspector</source>
        <translation>Der Name der Route in Protokollen und im Inspektor</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="111"/>
        <source>&amp;Path</source>
        <translation>&amp;Pfad</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="112"/>
        <source>Requests whose path starts with this prefix take the route</source>
        <translation>Anfragen, deren Pfad mit diesem Präfix beginnt, nehmen diese Route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="114"/>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="115"/>
        <source>Where the route leads: ws://, wss://, http://, https:// or tcp://host:port for a bridge</source>
        <translation>Wohin die Route führt: ws://, wss://, http://, https:// oder tcp://host:port für eine Brücke</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="117"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="118"/>
        <source>one per line: https://app.example, http://localhost:*, *</source>
        <translation>eine pro Zeile: https://app.example, http://localhost:*, *</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="119"/>
        <source>Allowed &amp;origins</source>
        <translation>Erlaubte &amp;Origins</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="120"/>
        <source>Browser origins that may connect, one per line; none: no browser page may connect</source>
        <translation>Browser-Origins, die sich verbinden dürfen, eine pro Zeile; keine: keine Browserseite darf sich verbinden</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="121"/>
        <source>one per line; empty: the allowed origins</source>
        <translation>einer pro Zeile; leer: die erlaubten Ursprünge</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="122"/>
        <source>&amp;Frame ancestors</source>
        <translation>&amp;Einbettende Seiten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="123"/>
        <source>Pages that may show the route&apos;s pages in a frame besides its own origin, one per line</source>
        <translation>Seiten, die die Seiten der Route außer ihrem eigenen Ursprung in einem Frame zeigen dürfen, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="127"/>
        <source>Pass through</source>
        <translation>Durchreichen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="128"/>
        <source>Strip the offer</source>
        <translation>Angebot entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="129"/>
        <source>Answer with a fixed one</source>
        <translation>Mit festem antworten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="130"/>
        <source>Subprotocol policy</source>
        <translation>Unterprotokoll-Richtlinie</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="131"/>
        <source>fixed subprotocol name</source>
        <translation>Name des festen Unterprotokolls</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="133"/>
        <source>Fixed subprotocol</source>
        <translation>Festes Unterprotokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="134"/>
        <source>The subprotocol answered to every client</source>
        <translation>Das Unterprotokoll, mit dem jedem Client geantwortet wird</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="137"/>
        <source>&amp;Subprotocol</source>
        <translation>&amp;Unterprotokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="138"/>
        <source>Pass the client&apos;s subprotocol offer on, strip it before the backend, or answer with a fixed one</source>
        <translation>Das Unterprotokoll-Angebot des Clients weiterreichen, es vor dem Backend entfernen oder mit einem festen antworten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="141"/>
        <source>&amp;Injected headers</source>
        <translation>&amp;Eingefügte Header</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="142"/>
        <source>Headers added to every request the route forwards; ${env:NAME} takes the value from the environment</source>
        <translation>Header, die jeder von der Route weitergeleiteten Anfrage hinzugefügt werden; ${env:NAME} übernimmt den Wert aus der Umgebung</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="144"/>
        <source>one header name per line: cookie, authorization</source>
        <translation>ein Header-Name pro Zeile: cookie, authorization</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="145"/>
        <source>S&amp;trip headers</source>
        <translation>Header en&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="146"/>
        <source>Client headers removed before the request reaches the backend, one per line</source>
        <translation>Client-Header, die entfernt werden, bevor die Anfrage das Backend erreicht, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="147"/>
        <source>Complete refused upgrades from browsers and close with 4000 + status</source>
        <translation>Abgelehnte Upgrades Browsern mit Close 4000 + Status melden</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="148"/>
        <source>Browser-visible errors</source>
        <translation>Für Browser sichtbare Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="149"/>
        <source>A browser cannot read the HTTP status of a failed upgrade; a close code it can</source>
        <translation>Ein Browser kann den HTTP-Status eines fehlgeschlagenen Upgrades nicht lesen, einen Close-Code schon</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="150"/>
        <source>Forward Cookie and Set-Cookie</source>
        <translation>Cookie und Set-Cookie weiterleiten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="151"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="152"/>
        <source>Off: the browser&apos;s cookies do not reach the backend, nor its cookies the browser</source>
        <translation>Aus: Die Cookies des Browsers erreichen das Backend nicht und die des Backends nicht den Browser</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="153"/>
        <source>Check RFC 6455 framing rules both ways</source>
        <translation>Framing-Regeln nach RFC 6455 in beide Richtungen prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="154"/>
        <source>Strict frames</source>
        <translation>Strikte Frames</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="155"/>
        <source>Close sessions that break the WebSocket framing rules</source>
        <translation>Sitzungen schließen, die die WebSocket-Framing-Regeln verletzen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="156"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="260"/>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="157"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="158"/>
        <source>Largest &amp;message</source>
        <translation>Maximale Nachrichten&amp;größe</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="159"/>
        <source>Messages larger than this close the session with 1009; 0 = unlimited</source>
        <translation>Größere Nachrichten schließen die Sitzung mit 1009; 0 = unbegrenzt</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="160"/>
        <source>one per line: 4404 permanent, 4500 transient</source>
        <translation>einer pro Zeile: 4404 permanent, 4500 transient</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="161"/>
        <source>&amp;Close codes</source>
        <translation>&amp;Close-Codes</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="162"/>
        <source>How application close codes 4000-4999 are classified: normal, transient or permanent</source>
        <translation>Wie die Anwendungs-Close-Codes 4000-4999 eingestuft werden: normal, vorübergehend oder dauerhaft</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="164"/>
        <source>Upstream proxy and TLS</source>
        <translation>Upstream-Proxy und TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="168"/>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="169"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="170"/>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="171"/>
        <source>Upstream proxy mode</source>
        <translation>Upstream-Proxy-Modus</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="174"/>
        <source>Upstream proxy URL</source>
        <translation>Upstream-Proxy-URL</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="175"/>
        <source>http://[user:pass@]host:port of an HTTP CONNECT proxy</source>
        <translation>http://[user:pass@]host:port eines HTTP-CONNECT-Proxys</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="178"/>
        <source>&amp;Upstream proxy</source>
        <translation>&amp;Upstream-Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="179"/>
        <source>How the backend is reached: directly, through the system&apos;s proxy settings or an HTTP CONNECT proxy</source>
        <translation>Wie das Backend erreicht wird: direkt, über die Proxy-Einstellungen des Systems oder über einen HTTP-CONNECT-Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="184"/>
        <source>PEM file with extra CA certificates</source>
        <translation>PEM-Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="185"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="186"/>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="187"/>
        <source>Opens a file dialog for the CA certificates file</source>
        <translation>Öffnet einen Dateidialog für die Datei mit den CA-Zertifikaten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="189"/>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="190"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="196"/>
        <source>C&amp;A file</source>
        <translation>C&amp;A-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="197"/>
        <source>Extra CA certificates (PEM) trusted for this route&apos;s wss or https backend</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen für das wss- oder https-Backend dieser Route vertraut wird</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="198"/>
        <source>the backend&apos;s host</source>
        <translation>der Host des Backends</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="199"/>
        <source>Server &amp;name</source>
        <translation>Ser&amp;vername</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="200"/>
        <source>The name sent as SNI and checked in the certificate; empty: the backend&apos;s host</source>
        <translation>Der als SNI gesendete und im Zertifikat geprüfte Name; leer: der Host des Backends</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="201"/>
        <source>Do not verify the backend&apos;s certificate</source>
        <translation>Das Zertifikat des Backends nicht prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="202"/>
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="203"/>
        <source>Turns certificate verification off: only for tests</source>
        <translation>Schaltet die Zertifikatsprüfung ab: nur für Tests</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="205"/>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="206"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="209"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="212"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="215"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="218"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="222"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="227"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="240"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="243"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="207"/>
        <source>C&amp;onnect</source>
        <translation>Verbin&amp;dungsaufbau</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="208"/>
        <source>TCP connect to the backend or the upstream proxy</source>
        <translation>TCP-Verbindungsaufbau zum Backend oder zum Upstream-Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="210"/>
        <source>Proxy CONNECT</source>
        <translation>Proxy-CONNECT</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="211"/>
        <source>From the CONNECT request until the upstream proxy&apos;s answer</source>
        <translation>Von der CONNECT-Anfrage bis zur Antwort des Upstream-Proxys</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="213"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="235"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="214"/>
        <source>TLS handshake with the backend</source>
        <translation>TLS-Handshake mit dem Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="216"/>
        <source>Backend answer</source>
        <translation>Backend-Antwort</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="217"/>
        <source>The backend&apos;s answer to the upgrade or to an HTTP request</source>
        <translation>Die Antwort des Backends auf das Upgrade oder auf eine HTTP-Anfrage</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="219"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="220"/>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="221"/>
        <source>A tunnel with no frames either way for this long is closed; 0 = never</source>
        <translation>Ein Tunnel ohne Frames in beide Richtungen wird nach dieser Zeit geschlossen; 0 = nie</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="223"/>
        <source>Drain</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="224"/>
        <source>Flushing to one side after the other closed</source>
        <translation>Ausgabe an eine Seite, nachdem die andere geschlossen hat</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="226"/>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="228"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="229"/>
        <source>P&amp;ing every</source>
        <translation>P&amp;ing alle</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="230"/>
        <source>Pings on both legs so intermediaries see traffic on quiet sessions; 0 = off, else at least 10 ms</source>
        <translation>Pings auf beiden Strecken, damit Zwischenstationen Verkehr auf ruhigen Sitzungen sehen; 0 = aus, sonst mindestens 10 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="232"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="233"/>
        <source>Not monitored</source>
        <translation>Nicht überwacht</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="234"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="236"/>
        <source>WebSocket upgrade</source>
        <translation>WebSocket-Upgrade</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="237"/>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="238"/>
        <source>Chec&amp;k</source>
        <translation>Prü&amp;fung</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="239"/>
        <source>How the backend is checked: a TCP connect, a TLS handshake, a WebSocket upgrade or an HTTP GET</source>
        <translation>Wie das Backend geprüft wird: TCP-Verbindung, TLS-Handshake, WebSocket-Upgrade oder HTTP-GET</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="241"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="242"/>
        <source>Time between two checks</source>
        <translation>Zeit zwischen zwei Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="244"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="245"/>
        <source>Bound of one whole check</source>
        <translation>Obergrenze für eine ganze Prüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="247"/>
        <source>Up after</source>
        <translation>Verfügbar nach</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="248"/>
        <source>Consecutive successes before the backend counts as up</source>
        <translation>Aufeinanderfolgende Erfolge, bevor das Backend als verfügbar gilt</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="250"/>
        <source>Down after</source>
        <translation>Ausgefallen nach</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="251"/>
        <source>Consecutive failures before the backend counts as down</source>
        <translation>Aufeinanderfolgende Fehlschläge, bevor das Backend als ausgefallen gilt</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="252"/>
        <source>the backend&apos;s path</source>
        <translation>Pfad des Backends</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="253"/>
        <source>Check path</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="254"/>
        <source>Request path of ws and http checks; empty: the backend URL&apos;s path</source>
        <translation>Anfragepfad für ws- und http-Prüfungen; leer: der Pfad der Backend-URL</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="256"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="258"/>
        <source>Capture</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="257"/>
        <source>Record the messages of this route&apos;s sessions</source>
        <translation>Nachrichten der Sitzungen dieser Route aufzeichnen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="259"/>
        <source>Keeps message payloads (credentials redacted) for the inspector and HAR export</source>
        <translation>Behält Nachrichteninhalte (Anmeldedaten geschwärzt) für den Inspektor und den HAR-Export</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="261"/>
        <source>Per session</source>
        <translation>Je Sitzung</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="262"/>
        <source>Payload bytes kept per session, both directions together</source>
        <translation>Je Sitzung behaltene Nutzdaten in Bytes, beide Richtungen zusammen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="336"/>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="356"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="358"/>
        <source>Add injected header</source>
        <translation>Injizierten Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="359"/>
        <source>Adds a row for one more injected header</source>
        <translation>Fügt eine Zeile für einen weiteren injizierten Header hinzu</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="384"/>
        <source>Header-Name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="386"/>
        <source>Injected header name</source>
        <translation>Name des injizierten Headers</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="387"/>
        <source>Name of a header added to forwarded requests</source>
        <translation>Name eines Headers, der weitergeleiteten Anfragen hinzugefügt wird</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="388"/>
        <source>value or ${env:NAME}</source>
        <translation>Wert oder ${env:NAME}</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="390"/>
        <source>Injected header value</source>
        <translation>Wert des injizierten Headers</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="391"/>
        <source>A literal value (masked) or ${env:NAME} to take it from the environment</source>
        <translation>Ein fester Wert (maskiert) oder ${env:NAME}, um ihn aus der Umgebung zu übernehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="393"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="396"/>
        <source>Show value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="397"/>
        <source>Shows the masked header value</source>
        <translation>Zeigt den maskierten Header-Wert an</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="399"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="400"/>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="401"/>
        <source>Removes this injected header</source>
        <translation>Entfernt diesen injizierten Header</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="608"/>
        <source>line %1: write a code and normal, transient or permanent (4404 permanent)</source>
        <translation>Zeile %1: einen Code und normal, transient oder permanent angeben (4404 permanent)</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="652"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>airlock::RouteListModel</name>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="25"/>
        <source>capture</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="27"/>
        <source>keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="29"/>
        <source>health %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="31"/>
        <source>insecure TLS</source>
        <translation>unsicheres TLS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/routes/RouteListModel.cpp" line="33"/>
        <source>%n injected header(s)</source>
        <translation>
            <numerusform>%n injizierter Header</numerusform>
            <numerusform>%n injizierte Header</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="35"/>
        <source>subprotocol %1</source>
        <translation>Unterprotokoll %1</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="62"/>
        <source>No capture, keepalive off, not monitored</source>
        <translation>Keine Aufzeichnung, Keepalive aus, nicht überwacht</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="63"/>
        <source>Route %1: %2 leads to %3%4</source>
        <translation>Route %1: %2 führt zu %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="83"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="85"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="87"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="93"/>
        <source>The route&apos;s name, as logs and the inspector show it</source>
        <translation>Der Name der Route, wie Protokolle und der Inspektor ihn anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="95"/>
        <source>Requests whose path starts with this prefix take the route</source>
        <translation>Anfragen, deren Pfad mit diesem Präfix beginnt, nehmen diese Route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="97"/>
        <source>Where the route leads: ws, wss, http, https or a tcp bridge</source>
        <translation>Wohin die Route führt: ws, wss, http, https oder eine TCP-Brücke</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="99"/>
        <source>Message capture, keepalive pings, health checks and other options that are on</source>
        <translation>Nachrichtenaufzeichnung, Keepalive-Pings, Zustandsprüfungen und weitere aktive Optionen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="192"/>
        <source>-copy</source>
        <translation>-kopie</translation>
    </message>
</context>
<context>
    <name>airlock::RoutesView</name>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="37"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="38"/>
        <source>Edit the routes of the config file, then apply them to the running proxy</source>
        <translation>Die Routen der Konfigurationsdatei bearbeiten und dann auf den laufenden Proxy anwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="47"/>
        <source>The config file changed on disk.</source>
        <translation>Die Konfigurationsdatei wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="50"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="52"/>
        <source>Reload the config file</source>
        <translation>Konfigurationsdatei neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="53"/>
        <source>Reads the changed file; edits not applied are lost</source>
        <translation>Liest die geänderte Datei; nicht angewendete Änderungen gehen verloren</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="55"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="57"/>
        <source>Keep my version</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="58"/>
        <source>Keeps the edited routes; the next apply replaces the file</source>
        <translation>Behält die bearbeiteten Routen; beim nächsten Anwenden wird die Datei ersetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="71"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="72"/>
        <source>Problems that keep the config from being applied</source>
        <translation>Probleme, die das Anwenden der Konfiguration verhindern</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="82"/>
        <source>Route list</source>
        <translation>Routenliste</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="83"/>
        <source>The routes of the edited config, in file order; select one to edit it</source>
        <translation>Die Routen der bearbeiteten Konfiguration in der Reihenfolge der Datei; zum Bearbeiten eine auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="99"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="99"/>
        <source>Adds a new route</source>
        <translation>Fügt eine neue Route hinzu</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="101"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="102"/>
        <source>Adds a copy of the selected route</source>
        <translation>Fügt eine Kopie der ausgewählten Route hinzu</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="103"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="103"/>
        <source>Removes the selected route</source>
        <translation>Entfernt die ausgewählte Route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="105"/>
        <source>U&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="105"/>
        <source>Moves the selected route up</source>
        <translation>Verschiebt die ausgewählte Route nach oben</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="107"/>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="107"/>
        <source>Moves the selected route down</source>
        <translation>Verschiebt die ausgewählte Route nach unten</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="121"/>
        <source>Route settings</source>
        <translation>Routeneinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="122"/>
        <source>The settings of the selected route</source>
        <translation>Die Einstellungen der ausgewählten Route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="130"/>
        <source>Appl&amp;y</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="131"/>
        <source>Checks the whole config, gives it to the running proxy (open sessions keep going) and saves it</source>
        <translation>Prüft die gesamte Konfiguration, übergibt sie an den laufenden Proxy (offene Sitzungen laufen weiter) und speichert sie</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="135"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="136"/>
        <source>Drops the edits: back to the config in the file</source>
        <translation>Verwirft die Änderungen: zurück zur Konfiguration in der Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="138"/>
        <source>&amp;Copy loopback URL</source>
        <translation>Loopback-URL &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="139"/>
        <source>Copies the selected route&apos;s address on the running proxy</source>
        <translation>Kopiert die Adresse der ausgewählten Route auf dem laufenden Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="140"/>
        <source>&amp;Open page in browser</source>
        <translation>Seite im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="141"/>
        <source>Opens the selected route&apos;s address in the web browser</source>
        <translation>Öffnet die Adresse der ausgewählten Route im Webbrowser</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="159"/>
        <location filename="../app/gui/routes/RoutesView.cpp" line="313"/>
        <source>The config file changed on disk: %1. Reload it (edits not applied are lost), or keep yours and apply to replace it.</source>
        <translation>Die Konfigurationsdatei wurde auf der Festplatte geändert: %1. Neu laden (nicht angewendete Änderungen gehen verloren) oder die eigene Version behalten und anwenden, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="264"/>
        <source>Route %1: %2</source>
        <translation>Route %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="317"/>
        <source>Not applied: the config file was changed by another program since Airlock read it. Reload it, or keep your version and apply again.</source>
        <translation>Nicht angewendet: Die Konfigurationsdatei wurde von einem anderen Programm geändert, seit Airlock sie gelesen hat. Neu laden oder die eigene Version behalten und erneut anwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="337"/>
        <source>Not applied: fix the problems marked in the form first.</source>
        <translation>Nicht angewendet: Zuerst die im Formular markierten Probleme beheben.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="346"/>
        <source>Not applied: the config has problems.</source>
        <translation>Nicht angewendet: Die Konfiguration enthält Probleme.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="404"/>
        <source>No route %1 without origin %2 in the config file.</source>
        <translation>Keine Route %1 ohne Origin %2 in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="411"/>
        <source>Origin not allowed: %1</source>
        <translation>Origin nicht erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>airlock::SessionTableModel</name>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="26"/>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="28"/>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="30"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="41"/>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="43"/>
        <source>TCP bridge</source>
        <translation>TCP-Brücke</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="45"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="287"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="289"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="291"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="293"/>
        <source>closing</source>
        <translation>wird geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="295"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="297"/>
        <source>closed (normal)</source>
        <translation>geschlossen (normal)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="299"/>
        <source>closed (transient)</source>
        <translation>geschlossen (vorübergehend)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="301"/>
        <source>closed (permanent)</source>
        <translation>geschlossen (dauerhaft)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="317"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="325"/>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="327"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="341"/>
        <source>(not routed)</source>
        <translation>(nicht geroutet)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="385"/>
        <source>Client %1:%2, no Origin header</source>
        <translation>Client %1:%2, kein Origin-Header</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="386"/>
        <source>Client %1:%2, Origin %3</source>
        <translation>Client %1:%2, Origin %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="391"/>
        <source>%1
Legend: green disc open, blue ring connecting, grey ring idle, amber diamond closing; closed: grey square normal, amber square transient (a retry may work), red cross permanent.</source>
        <translation>%1
Legende: grüner Kreis offen, blauer Ring verbindet, grauer Ring untätig, gelbe Raute wird geschlossen; geschlossen: graues Quadrat normal, gelbes Quadrat vorübergehend (ein erneuter Versuch kann klappen), rotes Kreuz dauerhaft.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="397"/>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="397"/>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="399"/>
        <source>Keepalive ping round trip: client leg %1, backend leg %2</source>
        <translation>Keepalive-Ping-Umlaufzeit: Client-Strecke %1, Backend-Strecke %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="525"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="525"/>
        <source>The route the session matched</source>
        <translation>Die Route, zu der die Sitzung passte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="526"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="526"/>
        <source>The client&apos;s address and port (Origin in the tooltip)</source>
        <translation>Adresse und Port des Clients (Origin im Tooltip)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="527"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="527"/>
        <source>The Origin header the client sent</source>
        <translation>Der Origin-Header, den der Client gesendet hat</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="528"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="528"/>
        <source>WebSocket, TCP bridge or plain HTTP connection</source>
        <translation>WebSocket-, TCP-Brücken- oder einfache HTTP-Verbindung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="529"/>
        <source>Subprotocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="529"/>
        <source>The WebSocket subprotocol the client got</source>
        <translation>Das WebSocket-Unterprotokoll, das der Client erhalten hat</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="530"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="530"/>
        <source>Open, closing, or closed with the classification of its end</source>
        <translation>Offen, wird geschlossen oder geschlossen mit der Einordnung des Endes</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="531"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="531"/>
        <source>When the client connected (local time)</source>
        <translation>Wann sich der Client verbunden hat (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="532"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="532"/>
        <source>How long the session has been open, or was</source>
        <translation>Wie lange die Sitzung offen ist oder war</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="533"/>
        <source>↑ Bytes</source>
        <translation>↑ Bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="533"/>
        <source>Bytes from the client to the backend</source>
        <translation>Bytes vom Client zum Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="534"/>
        <source>↓ Bytes</source>
        <translation>↓ Bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="534"/>
        <source>Bytes from the backend to the client</source>
        <translation>Bytes vom Backend zum Client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="535"/>
        <source>↑ Msgs</source>
        <translation>↑ Nachr.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="535"/>
        <source>Messages (HTTP: requests) from the client</source>
        <translation>Nachrichten (HTTP: Anfragen) vom Client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="536"/>
        <source>↓ Msgs</source>
        <translation>↓ Nachr.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="536"/>
        <source>Messages (HTTP: responses) from the backend</source>
        <translation>Nachrichten (HTTP: Antworten) vom Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="537"/>
        <source>↑ Rate</source>
        <translation>↑ Rate</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="537"/>
        <source>Bytes per second from the client, lately</source>
        <translation>Bytes pro Sekunde vom Client, zuletzt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="538"/>
        <source>↓ Rate</source>
        <translation>↓ Rate</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="538"/>
        <source>Bytes per second from the backend, lately</source>
        <translation>Bytes pro Sekunde vom Backend, zuletzt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="539"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="539"/>
        <source>Keepalive ping round trip: client leg / backend leg</source>
        <translation>Keepalive-Ping-Umlaufzeit: Client-Strecke / Backend-Strecke</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="540"/>
        <source>Close</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="540"/>
        <source>Close code, reason, who closed, and the classification</source>
        <translation>Close-Code, Grund, wer geschlossen hat, und die Einordnung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="560"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
</context>
<context>
    <name>airlock::SessionsView</name>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="27"/>
        <source>&amp;Close Session</source>
        <translation>Sitzung &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="28"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="29"/>
        <source>Show &amp;Handshake Record</source>
        <translation>&amp;Handshake-Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="32"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="33"/>
        <source>The connections going through Airlock now, and those that ended lately</source>
        <translation>Die Verbindungen, die gerade durch Airlock laufen, und die kürzlich beendeten</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="40"/>
        <source>Sessions table</source>
        <translation>Sitzungstabelle</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="41"/>
        <source>One row per session. Delete closes the selected session, Ctrl+C copies its details, Enter shows its handshake record.</source>
        <translation>Eine Zeile pro Sitzung. Entf schließt die ausgewählte Sitzung, Strg+C kopiert ihre Details, Eingabe zeigt ihr Handshake-Protokoll.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="96"/>
        <source>No sessions yet. Point a browser or a WebSocket client at one of the routes on the listening address; its connection shows up here.</source>
        <translation>Noch keine Sitzungen. Einen Browser oder WebSocket-Client auf eine der Routen an der Adresse richten, auf der Airlock lauscht; seine Verbindung erscheint dann hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="101"/>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="108"/>
        <source>Close the selected sessions (WebSocket close 1001)</source>
        <translation>Die ausgewählten Sitzungen schließen (WebSocket-Close 1001)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="111"/>
        <source>Copy the details of the selected sessions</source>
        <translation>Die Details der ausgewählten Sitzungen kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="114"/>
        <source>Show the handshake record of the current session</source>
        <translation>Das Handshake-Protokoll der aktuellen Sitzung anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="153"/>
        <source>closed from Airlock</source>
        <translation>von Airlock geschlossen</translation>
    </message>
</context>
<context>
    <name>airlock::SingleInstance</name>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="75"/>
        <source>cannot create the directory %1</source>
        <translation>kann das Verzeichnis %1 nicht anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="92"/>
        <source>cannot create the lock file %1</source>
        <translation>kann die Sperrdatei %1 nicht anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="103"/>
        <source>the lock file %1 is held by a process that does not answer</source>
        <translation>die Sperrdatei %1 gehört einem Prozess, der nicht antwortet</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="154"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>airlock::TimingWaterfall</name>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="21"/>
        <source>Timing waterfall</source>
        <translation>Zeitablauf-Diagramm</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="22"/>
        <source>Each phase of the request as a bar on a shared time axis.</source>
        <translation>Jede Phase der Anfrage als Balken auf einer gemeinsamen Zeitachse.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="33"/>
        <source>Head read</source>
        <translation>Kopf lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="34"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="35"/>
        <source>Proxy CONNECT</source>
        <translation>Proxy-CONNECT</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="36"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="38"/>
        <source>Upstream %1</source>
        <translation>Upstream %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="38"/>
        <source>Upstream answer</source>
        <translation>Upstream-Antwort</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="39"/>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="39"/>
        <source>Client answer</source>
        <translation>Client-Antwort</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="40"/>
        <source>Session until close</source>
        <translation>Sitzung bis zum Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="40"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="95"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="102"/>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="138"/>
        <source>No timing was recorded.</source>
        <translation>Es wurde keine Zeitmessung aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>airlock::TrayController</name>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="43"/>
        <source>&amp;Show Airlock</source>
        <translation>Airlock &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="44"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="45"/>
        <source>Recent &amp;Failures</source>
        <translation>Letzte &amp;Fehlschläge</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="48"/>
        <source>Airlock tray menu</source>
        <translation>Airlock-Tray-Menü</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="50"/>
        <source>Show Airlock&apos;s window</source>
        <translation>Das Fenster von Airlock anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="200"/>
        <location filename="../app/gui/desktop/TrayController.cpp" line="230"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="233"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="234"/>
        <source>Open this session&apos;s record in the inspector</source>
        <translation>Den Eintrag dieser Sitzung im Inspektor öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="282"/>
        <source>Airlock Preferences</source>
        <translation>Airlock-Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="303"/>
        <source>Airlock is still running</source>
        <translation>Airlock läuft weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="304"/>
        <source>The proxy keeps serving your terminals. Open the window or quit from the tray icon&apos;s menu.</source>
        <translation>Der Proxy bedient Ihre Terminals weiter. Öffnen Sie das Fenster oder beenden Sie Airlock über das Menü des Tray-Symbols.</translation>
    </message>
</context>
</TS>
