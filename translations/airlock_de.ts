<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>--listen: expected ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>--listen: ADRESSE:PORT erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>--listen: invalid port in &quot;%1&quot;</source>
        <translation>--listen: ungültiger Port in „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="136"/>
        <source>Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.
Runs the proxy headless; records of every session go to stdout as JSON lines.</source>
        <translation>Airlock: ein Loopback-Proxy für WebSocket und HTTP für Browser-Terminals und entfernte Rechner.
Führt den Proxy ohne Bildschirm aus; die Protokolle jeder Sitzung gehen als JSON-Zeilen auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="141"/>
        <source>Run without a display.</source>
        <translation>Ohne Bildschirm ausführen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="144"/>
        <source>Configuration file (default: %1, created on first run).</source>
        <translation>Konfigurationsdatei (Standard: %1, wird beim ersten Start angelegt).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="146"/>
        <source>Listen on ADDR:PORT instead of the config&apos;s.</source>
        <translation>Auf ADRESSE:PORT statt der Adresse aus der Konfiguration lauschen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>Allow listening on a non-loopback address (not recommended).</source>
        <translation>Lauschen auf einer Adresse außerhalb von Loopback erlauben (nicht empfohlen).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="151"/>
        <source>Append session records to FILE instead of stdout.</source>
        <translation>Sitzungsprotokolle an DATEI anhängen statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>Check FILE, print every problem and exit (0 = valid).</source>
        <translation>DATEI prüfen, jedes Problem ausgeben und beenden (0 = gültig).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="166"/>
        <source>%1: ok (%n routes)</source>
        <translation>
            <numerusform>%1: in Ordnung (%n Route)</numerusform>
            <numerusform>%1: in Ordnung (%n Routen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181"/>
        <source>airlock: refusing to start with configuration errors</source>
        <translation>airlock: Start wegen Fehlern in der Konfiguration verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="210"/>
        <source>airlock: refusing to listen on non-loopback address %1 without --allow-remote</source>
        <translation>airlock: Lauschen auf der Nicht-Loopback-Adresse %1 ohne --allow-remote verweigert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="215"/>
        <source>airlock: warning: listening on %1, which other machines can reach; routes are open to them</source>
        <translation>airlock: Warnung: Lausche auf %1, das andere Rechner erreichen können; die Routen stehen ihnen offen</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="19"/>
        <source>Export recorded sessions as HAR 1.2 (secrets are already redacted).</source>
        <translation>Aufgezeichnete Sitzungen als HAR 1.2 exportieren (Geheimnisse sind bereits geschwärzt).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="21"/>
        <source>The export command.</source>
        <translation>Der Befehl export-har.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="22"/>
        <source>JSON-lines log to read (default: the config&apos;s log.file).</source>
        <translation>Zu lesendes JSON-Zeilen-Protokoll (Standard: log.file der Konfiguration).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="24"/>
        <source>Configuration whose log.file to read.</source>
        <translation>Konfiguration, deren log.file gelesen wird.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="26"/>
        <source>Only this session id (repeatable).</source>
        <translation>Nur diese Sitzungs-ID (mehrfach möglich).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="28"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="45"/>
        <source>airlock export-har: cannot load %1: %2</source>
        <translation>airlock export-har: %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="51"/>
        <source>airlock export-har: no log file to read (set log.file or pass --log)</source>
        <translation>airlock export-har: keine Protokolldatei zum Lesen (log.file setzen oder --log angeben)</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="57"/>
        <source>airlock export-har: warning: %1</source>
        <translation>airlock export-har: Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="68"/>
        <source>airlock export-har: cannot write %1: %2</source>
        <translation>airlock export-har: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ExportCommand.cpp" line="77"/>
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
    <name>airlock::HeadlessRunner</name>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="73"/>
        <source>Airlock %1 listening on %2:%3 (%n worker threads)</source>
        <translation>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthread)</numerusform>
            <numerusform>Airlock %1 lauscht auf %2:%3 (%n Arbeitsthreads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="78"/>
        <source>  route %1: %2%3 -&gt; %4</source>
        <translation>  Route %1: %2%3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="82"/>
        <source>  demo page: %1%2/ (demo backend on port %3)</source>
        <translation>  Demoseite: %1%2/ (Demo-Backend auf Port %3)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="87"/>
        <source>  demo.port %1 is in use, so the demo backend runs on port %2 instead</source>
        <translation>  demo.port %1 ist belegt, daher läuft das Demo-Backend stattdessen auf Port %2</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="132"/>
        <source>Airlock: cannot reload %1, keeping the running configuration:</source>
        <translation>Airlock: %1 kann nicht neu geladen werden, die laufende Konfiguration bleibt:</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="139"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="140"/>
        <source>Airlock: reloaded %1 (%n routes), listening on %2:%3</source>
        <translation>
            <numerusform>Airlock: %1 neu geladen (%n Route), lauscht auf %2:%3</numerusform>
            <numerusform>Airlock: %1 neu geladen (%n Routen), lauscht auf %2:%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="152"/>
        <source>Airlock: stopping, closing sessions with 1001</source>
        <translation>Airlock: wird beendet, Sitzungen werden mit 1001 geschlossen</translation>
    </message>
</context>
</TS>
