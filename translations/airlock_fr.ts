<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Autostart</name>
    <message>
        <location filename="../app/gui/desktop/Autostart.cpp" line="49"/>
        <source>Could not remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Autostart.cpp" line="55"/>
        <source>Could not create the folder of %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Autostart.cpp" line="60"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>--listen: expected ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>--listen : ADDRESS:PORT attendu, &quot;%1&quot; reçu</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>--listen: invalid port in &quot;%1&quot;</source>
        <translation>--listen : port non valide dans &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen : &quot;%1&quot; n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="132"/>
        <source>airlock: to run the proxy without a window, start it with --headless</source>
        <translation>airlock : pour exécuter le proxy sans fenêtre, le démarrer avec --headless</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164"/>
        <source>Run without a display.</source>
        <translation>Exécuter sans affichage.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="167"/>
        <source>Configuration file (default: %1, created on first run).</source>
        <translation>Fichier de configuration (par défaut : %1, créé au premier lancement).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169"/>
        <source>Listen on ADDR:PORT instead of the config&apos;s.</source>
        <translation>Écouter sur ADDR:PORT au lieu de l&apos;adresse de la configuration.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>Allow listening on a non-loopback address (not recommended).</source>
        <translation>Autoriser l&apos;écoute sur une adresse autre que loopback (déconseillé).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="173"/>
        <source>Append session records to FILE instead of stdout.</source>
        <translation>Ajouter les enregistrements de session à FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="176"/>
        <source>Speak LANGUAGE (en, de, fr) instead of the system&apos;s or the chosen one.</source>
        <translation>Parler LANGUAGE (en, de, fr) au lieu de la langue du système ou de celle choisie.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="179"/>
        <source>Check FILE, print every problem and exit (0 = valid).</source>
        <translation>Vérifier FILE, afficher chaque problème et quitter (0 = valide).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="182"/>
        <source>Start in the tray without showing the window (when there is a tray); when Airlock already runs, leave its window as it is.</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre (si une zone de notification existe) ; si Airlock est déjà lancé, laisser sa fenêtre telle quelle.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="193"/>
        <source>Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.
Opens its window, or runs headless with --headless (records of every session then go to stdout as JSON lines).</source>
        <translation>Airlock : un proxy WebSocket et HTTP en loopback pour les terminaux de navigateur et les machines distantes.
Ouvre sa fenêtre, ou s&apos;exécute sans interface avec --headless (les enregistrements de chaque session sont alors envoyés sur la sortie standard sous forme de lignes JSON).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="211"/>
        <source>%1: ok (%n routes)</source>
        <translation>
            <numerusform>%1 : OK (%n route)</numerusform>
            <numerusform>%1 : OK (%n routes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="252"/>
        <source>airlock: refusing to start with configuration errors</source>
        <translation>airlock : refus de démarrer avec des erreurs de configuration</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="281"/>
        <source>airlock: refusing to listen on non-loopback address %1 without --allow-remote</source>
        <translation>airlock : refus d&apos;écouter sur l&apos;adresse non loopback %1 sans --allow-remote</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="286"/>
        <source>airlock: warning: listening on %1, which other machines can reach; routes are open to them</source>
        <translation>airlock : avertissement : à l&apos;écoute sur %1, joignable par d&apos;autres machines ; les routes leur sont ouvertes</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="314"/>
        <source>Airlock cannot start</source>
        <translation>Impossible de démarrer Airlock</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="332"/>
        <source>Airlock is already running; activated its window</source>
        <translation>Airlock est déjà lancé ; sa fenêtre a été activée</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="333"/>
        <source>Airlock is already running; left its window as it is</source>
        <translation>Airlock est déjà lancé ; sa fenêtre a été laissée telle quelle</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="338"/>
        <source>Airlock is already running with the configuration file %1, not %2.
Quit it first, or run a second proxy without a window: airlock --headless --config %2</source>
        <translation>Airlock est déjà lancé avec le fichier de configuration %1, et non %2.
Le quitter d&apos;abord, ou lancer un second proxy sans fenêtre : airlock --headless --config %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="347"/>
        <source>airlock: warning: cannot check for a running instance: %1</source>
        <translation>airlock : avertissement : impossible de vérifier si une instance est déjà lancée : %1</translation>
    </message>
</context>
<context>
    <name>CloseClassification</name>
    <message>
        <location filename="../lib/ws/CloseClassification.cpp" line="11"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseClassification.cpp" line="13"/>
        <source>transient</source>
        <translation>transitoire</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseClassification.cpp" line="15"/>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="55"/>
        <source>the upgrade succeeded</source>
        <translation>l&apos;upgrade a réussi</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="58"/>
        <source>the server rejected the request as malformed</source>
        <translation>le serveur a rejeté la requête comme mal formée</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="61"/>
        <source>authentication is required or was refused</source>
        <translation>une authentification est requise ou a été refusée</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="64"/>
        <source>the server forbids this connection</source>
        <translation>le serveur interdit cette connexion</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="66"/>
        <source>no such endpoint or session</source>
        <translation>ce point d&apos;accès ou cette session n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="69"/>
        <source>the server timed out waiting for the request</source>
        <translation>le serveur a attendu la requête trop longtemps</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="72"/>
        <source>the endpoint or session is gone for good</source>
        <translation>le point d&apos;accès ou la session a définitivement disparu</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="75"/>
        <source>the server wants another protocol version</source>
        <translation>le serveur demande une autre version du protocole</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="78"/>
        <source>too many requests: retry later</source>
        <translation>trop de requêtes : réessayer plus tard</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="81"/>
        <source>bad gateway: an upstream could not be reached</source>
        <translation>mauvaise passerelle : un serveur amont était injoignable</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="84"/>
        <source>the service is unavailable for now</source>
        <translation>le service est indisponible pour le moment</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="86"/>
        <source>gateway timeout: an upstream did not answer in time</source>
        <translation>délai de passerelle dépassé : un serveur amont n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="106"/>
        <source>closed normally</source>
        <translation>fermée normalement</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="108"/>
        <source>the peer is going away (shutdown or navigation)</source>
        <translation>le pair s&apos;en va (arrêt ou navigation)</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="111"/>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="114"/>
        <source>the peer cannot accept this kind of data</source>
        <translation>le pair ne peut pas accepter ce type de données</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="117"/>
        <source>reserved code 1004 is never valid</source>
        <translation>le code réservé 1004 n&apos;est jamais valide</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="119"/>
        <source>closed without a status code</source>
        <translation>fermée sans code d&apos;état</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="122"/>
        <source>the connection dropped without a close frame</source>
        <translation>la connexion a été coupée sans trame de fermeture</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="125"/>
        <source>message data was invalid (e.g. bad UTF-8)</source>
        <translation>les données du message étaient invalides (p. ex. UTF-8 incorrect)</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="128"/>
        <source>the peer&apos;s policy was violated</source>
        <translation>la politique du pair a été enfreinte</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="130"/>
        <source>a message was too big</source>
        <translation>un message était trop grand</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="133"/>
        <source>a required extension was not negotiated</source>
        <translation>une extension requise n&apos;a pas été négociée</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="136"/>
        <source>the server hit an internal error</source>
        <translation>le serveur a rencontré une erreur interne</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="138"/>
        <source>the service is restarting</source>
        <translation>le service redémarre</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="141"/>
        <source>try again later (server overloaded)</source>
        <translation>réessayer plus tard (serveur surchargé)</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="143"/>
        <source>bad gateway: the backend failed behind a proxy</source>
        <translation>mauvaise passerelle : le backend a échoué derrière un proxy</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="146"/>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="148"/>
        <source>unauthorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="150"/>
        <source>forbidden</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location filename="../lib/ws/CloseCodeClassifier.cpp" line="152"/>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../app/gui/DisplayCheck.cpp" line="48"/>
        <source>no display found: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>aucun affichage trouvé : ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini</translation>
    </message>
    <message>
        <location filename="../app/gui/DisplayCheck.cpp" line="56"/>
        <source>no X server is running on display %1</source>
        <translation>aucun serveur X ne tourne sur l&apos;affichage %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="20"/>
        <source>Export recorded sessions as HAR 1.2 (secrets are already redacted).</source>
        <translation>Exporter les sessions enregistrées au format HAR 1.2 (les secrets sont déjà masqués).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="22"/>
        <source>The export command.</source>
        <translation>La commande export-har.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="23"/>
        <source>JSON-lines log to read (default: the config&apos;s log.file).</source>
        <translation>Journal en lignes JSON à lire (par défaut : le log.file de la configuration).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="25"/>
        <source>Configuration whose log.file to read.</source>
        <translation>Configuration dont le log.file doit être lu.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="27"/>
        <source>Only this session id (repeatable).</source>
        <translation>Uniquement cet identifiant de session (répétable).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="29"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="46"/>
        <source>airlock export-har: cannot load %1: %2</source>
        <translation>airlock export-har : impossible de charger %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="52"/>
        <source>airlock export-har: no log file to read (set log.file or pass --log)</source>
        <translation>airlock export-har : aucun fichier journal à lire (définir log.file ou passer --log)</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="58"/>
        <source>airlock export-har: warning: %1</source>
        <translation>airlock export-har : avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="71"/>
        <source>airlock export-har: cannot write %1</source>
        <translation>airlock export-har : impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="75"/>
        <source>airlock export-har: cannot write %1: %2</source>
        <translation>airlock export-har : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ExportCommand.cpp" line="84"/>
        <source>airlock export-har: %n entries</source>
        <translation>
            <numerusform>airlock export-har : %n entrée</numerusform>
            <numerusform>airlock export-har : %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureReason</name>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="22"/>
        <source>The connection came from a user other than the one running Airlock.</source>
        <translation>La connexion provenait d&apos;un autre utilisateur que celui qui exécute Airlock.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="24"/>
        <source>The client sent CONNECT, but Airlock forwards only its configured routes.</source>
        <translation>Le client a envoyé CONNECT, mais Airlock ne transmet que ses routes configurées.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="26"/>
        <source>The request named an absolute URL, but Airlock is not an open proxy.</source>
        <translation>La requête indiquait une URL absolue, mais Airlock n&apos;est pas un proxy ouvert.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="28"/>
        <source>The request did not carry exactly one Host header.</source>
        <translation>La requête ne contenait pas exactement un en-tête Host.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="30"/>
        <source>The Host header named neither a loopback name nor a configured alias.</source>
        <translation>L&apos;en-tête Host n&apos;indiquait ni un nom loopback ni un alias configuré.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="31"/>
        <source>The request path is not valid.</source>
        <translation>Le chemin de la requête n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="32"/>
        <source>No route matches the request path.</source>
        <translation>Aucune route ne correspond au chemin de la requête.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="34"/>
        <source>The page&apos;s origin is not allowed on this route.</source>
        <translation>L&apos;origine de la page n&apos;est pas autorisée sur cette route.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="36"/>
        <source>A request from another site came from a page this route does not allow.</source>
        <translation>Une requête d&apos;un autre site provenait d&apos;une page que cette route n&apos;autorise pas.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="38"/>
        <source>The WebSocket upgrade did not pass the handshake checks.</source>
        <translation>L&apos;upgrade WebSocket n&apos;a pas passé les vérifications de la négociation.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="40"/>
        <source>This route accepts only WebSocket upgrades.</source>
        <translation>Cette route n&apos;accepte que les upgrades WebSocket.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="42"/>
        <source>The client did not offer the subprotocol this TCP bridge speaks.</source>
        <translation>Le client n&apos;a pas proposé le sous-protocole que parle ce pont TCP.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="44"/>
        <source>Too many handshakes arrived at once; the client may try again shortly.</source>
        <translation>Trop de négociations sont arrivées en même temps ; le client peut réessayer sous peu.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="46"/>
        <source>The length or encoding of the request body is not valid.</source>
        <translation>La longueur ou l&apos;encodage du corps de la requête n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="48"/>
        <source>The request head could not be read.</source>
        <translation>L&apos;en-tête de la requête n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="50"/>
        <source>The request head was larger than Airlock accepts.</source>
        <translation>L&apos;en-tête de la requête dépassait la taille acceptée par Airlock.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="52"/>
        <source>The request line was longer than Airlock accepts.</source>
        <translation>La ligne de requête dépassait la longueur acceptée par Airlock.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="54"/>
        <source>The client did not send its whole request head in time.</source>
        <translation>Le client n&apos;a pas envoyé l&apos;en-tête complet de sa requête à temps.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="56"/>
        <source>Airlock already held as many connections as it allows.</source>
        <translation>Airlock avait déjà atteint le nombre maximal de connexions autorisé.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="57"/>
        <source>Airlock was shutting down.</source>
        <translation>Airlock était en cours d&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="59"/>
        <source>The client went away before it got an answer.</source>
        <translation>Le client est parti avant de recevoir une réponse.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="61"/>
        <source>The client broke the WebSocket protocol.</source>
        <translation>Le client n&apos;a pas respecté le protocole WebSocket.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="63"/>
        <source>The backend closed the connection before it answered.</source>
        <translation>Le backend a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="65"/>
        <source>The backend refused the WebSocket upgrade.</source>
        <translation>Le backend a refusé l&apos;upgrade WebSocket.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="67"/>
        <source>The backend broke the WebSocket protocol.</source>
        <translation>Le backend n&apos;a pas respecté le protocole WebSocket.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="69"/>
        <source>The backend&apos;s answer could not be read.</source>
        <translation>La réponse du backend n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="71"/>
        <source>The backend&apos;s upgrade answer did not pass the handshake checks.</source>
        <translation>La réponse d&apos;upgrade du backend n&apos;a pas passé les vérifications de la négociation.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="73"/>
        <source>The backend did not answer the upgrade in time.</source>
        <translation>Le backend n&apos;a pas répondu à temps à l&apos;upgrade.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="75"/>
        <source>The backend did not answer the request in time.</source>
        <translation>Le backend n&apos;a pas répondu à temps à la requête.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="77"/>
        <source>The route&apos;s upstream proxy setting cannot be used.</source>
        <translation>Le réglage de proxy amont de la route est inutilisable.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="79"/>
        <source>The backend&apos;s host name could not be resolved.</source>
        <translation>Le nom d&apos;hôte du backend n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="81"/>
        <source>The backend refused the connection.</source>
        <translation>Le backend a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="83"/>
        <source>Connecting to the backend took too long.</source>
        <translation>La connexion au backend a pris trop de temps.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="85"/>
        <source>A network error broke the connection to the backend.</source>
        <translation>Une erreur réseau a interrompu la connexion au backend.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="87"/>
        <source>The upstream proxy could not be reached.</source>
        <translation>Le proxy amont n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="89"/>
        <source>The upstream proxy did not answer in time.</source>
        <translation>Le proxy amont n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="91"/>
        <source>The upstream proxy asked for credentials it did not accept.</source>
        <translation>Le proxy amont a demandé des identifiants qu&apos;il n&apos;a pas acceptés.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="93"/>
        <source>The upstream proxy refused to connect to the backend.</source>
        <translation>Le proxy amont a refusé de se connecter au backend.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="95"/>
        <source>The upstream proxy&apos;s answer could not be read.</source>
        <translation>La réponse du proxy amont n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="97"/>
        <source>The TLS handshake with the backend failed.</source>
        <translation>La négociation TLS avec le backend a échoué.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="99"/>
        <source>The TLS handshake with the backend took too long.</source>
        <translation>La négociation TLS avec le backend a pris trop de temps.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="101"/>
        <source>The session was idle for longer than its route allows.</source>
        <translation>La session est restée inactive plus longtemps que sa route ne le permet.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="103"/>
        <source>After one side closed, the data left for the other could not be delivered in time.</source>
        <translation>Après la fermeture d&apos;un côté, les données restantes pour l&apos;autre n&apos;ont pas pu être transmises à temps.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="106"/>
        <source>The backend answered with a status that means it is not healthy.</source>
        <translation>Le backend a répondu avec un statut indiquant qu&apos;il n&apos;est pas en bonne santé.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="107"/>
        <source>The check did not finish in time.</source>
        <translation>La vérification ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="109"/>
        <source>The backend&apos;s answer to the probe could not be read.</source>
        <translation>La réponse du backend à la sonde n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../lib/observe/FailureReason.cpp" line="111"/>
        <source>The backend closed the WebSocket right after accepting it.</source>
        <translation>Le backend a fermé le WebSocket juste après l&apos;avoir accepté.</translation>
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
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="118"/>
        <source>%1 is not a log Airlock can show: %2</source>
        <translation>%1 n&apos;est pas un journal qu&apos;Airlock peut afficher : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="127"/>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LogFileReader.cpp" line="155"/>
        <source>no line holds a request record.</source>
        <translation>aucune ligne ne contient d&apos;enregistrement de requête.</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="51"/>
        <source>request head</source>
        <translation>en-tête de requête</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="53"/>
        <source>TCP connect</source>
        <translation>connexion TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="55"/>
        <source>proxy CONNECT</source>
        <translation>CONNECT du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="57"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="59"/>
        <source>backend answer</source>
        <translation>réponse du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="61"/>
        <source>answer to client</source>
        <translation>réponse au client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/PhaseTimeline.cpp" line="63"/>
        <source>session</source>
        <translation>session</translation>
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
        <translation>Effectuer une négociation WebSocket comme un client et afficher chaque phase avec sa durée, les deux en-têtes (secrets masqués), le résultat et sa classification.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="19"/>
        <source>The probe command.</source>
        <translation>La commande probe.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="20"/>
        <source>ws:// or wss:// URL to probe.</source>
        <translation>URL ws:// ou wss:// à sonder.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="22"/>
        <source>Go through this HTTP CONNECT proxy (http://[user:pass@]host:port).</source>
        <translation>Passer par ce proxy HTTP CONNECT (http://[user:pass@]host:port).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="24"/>
        <source>Add a request header.</source>
        <translation>Ajouter un en-tête de requête.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="26"/>
        <source>Offer this subprotocol (repeatable).</source>
        <translation>Proposer ce sous-protocole (répétable).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="28"/>
        <source>Send this Origin, as a browser would.</source>
        <translation>Envoyer cet en-tête Origin, comme le ferait un navigateur.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="30"/>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC contenus dans FILE (PEM).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="32"/>
        <source>TLS server name (SNI and verification).</source>
        <translation>Nom du serveur TLS (SNI et vérification).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="34"/>
        <source>Do not verify the server&apos;s certificate.</source>
        <translation>Ne pas vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="36"/>
        <source>Limit for each phase in milliseconds (default 10000).</source>
        <translation>Limite pour chaque phase en millisecondes (par défaut 10000).</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="38"/>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="45"/>
        <source>usage: airlock probe URL [options]; see airlock probe --help</source>
        <translation>utilisation : airlock probe URL [options] ; voir airlock probe --help</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="53"/>
        <source>airlock probe: &quot;%1&quot; is not a ws:// or wss:// URL</source>
        <translation>airlock probe : &quot;%1&quot; n&apos;est pas une URL ws:// ou wss://</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="59"/>
        <source>airlock probe: --via must be http://[user:pass@]host:port</source>
        <translation>airlock probe : --via doit être de la forme http://[user:pass@]host:port</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="67"/>
        <source>airlock probe: header &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>airlock probe : l&apos;en-tête &quot;%1&quot; n&apos;est pas de la forme &quot;Nom: valeur&quot;</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="79"/>
        <source>airlock probe: no PEM certificate in %1</source>
        <translation>airlock probe : aucun certificat PEM dans %1</translation>
    </message>
    <message>
        <location filename="../app/ProbeCommand.cpp" line="85"/>
        <source>airlock probe: --timeout must be a positive number of milliseconds</source>
        <translation>airlock probe : --timeout doit être un nombre positif de millisecondes</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="14"/>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="161"/>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="16"/>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="167"/>
        <source>The backend</source>
        <translation>Le backend</translation>
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
        <translation>Ouverte : la session est en cours.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="73"/>
        <source>In progress: waiting for the exchange to finish.</source>
        <translation>En cours : en attente de la fin de l&apos;échange.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="77"/>
        <source>Refused by Airlock with close code %1.</source>
        <translation>Refusée par Airlock avec le code de fermeture %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="78"/>
        <source>Refused by Airlock (close code %1): %2</source>
        <translation>Refusée par Airlock (code de fermeture %1) : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="80"/>
        <source>Refused by Airlock with HTTP %1.</source>
        <translation>Refusée par Airlock avec HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="81"/>
        <source>Refused by Airlock (HTTP %1): %2</source>
        <translation>Refusée par Airlock (HTTP %1) : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="84"/>
        <source>The backend refused the upgrade with HTTP %1; the page got close code %2 instead.</source>
        <translation>Le backend a refusé l&apos;upgrade avec HTTP %1 ; la page a reçu à la place le code de fermeture %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="87"/>
        <source>The backend refused the upgrade with HTTP %1.</source>
        <translation>Le backend a refusé l&apos;upgrade avec HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="90"/>
        <source>The upstream proxy failed: %1</source>
        <translation>Échec du proxy amont : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="92"/>
        <source>The backend could not be reached.</source>
        <translation>Le backend n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="93"/>
        <source>The backend could not be reached: %1</source>
        <translation>Le backend n&apos;a pas pu être joint : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="95"/>
        <source>The client left before Airlock answered.</source>
        <translation>Le client est parti avant la réponse d&apos;Airlock.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="97"/>
        <source>Forwarded: the backend answered HTTP %1.</source>
        <translation>Transmise : le backend a répondu HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="106"/>
        <source>The session ended without a close frame</source>
        <translation>La session s&apos;est terminée sans trame de fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="107"/>
        <source>%1 ended the session without a close frame</source>
        <translation>%1 a terminé la session sans trame de fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="109"/>
        <source>The session closed with %1</source>
        <translation>La session a été fermée avec le code %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="111"/>
        <source>%1 closed the session with %2</source>
        <translation>%1 a fermé la session avec le code %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="113"/>
        <source>%1, %2 after the upgrade.</source>
        <translation>%1, %2 après l&apos;upgrade.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="159"/>
        <source>None: nothing failed</source>
        <translation>Aucun : rien n&apos;a échoué</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RecordSummary.cpp" line="165"/>
        <source>The upstream proxy</source>
        <translation>Le proxy amont</translation>
    </message>
</context>
<context>
    <name>RequestFilter</name>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="73"/>
        <source>A &quot;-&quot; must be followed by the term it excludes.</source>
        <translation>Un &quot;-&quot; doit être suivi du terme qu&apos;il exclut.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="95"/>
        <source>This quote is never closed.</source>
        <translation>Ce guillemet n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="110"/>
        <source>Unknown field &quot;%1:&quot;; use route:, status:, code:, is: or origin:, or put the text in quotes.</source>
        <translation>Champ &quot;%1:&quot; inconnu ; utiliser route:, status:, code:, is: ou origin:, ou mettre le texte entre guillemets.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="119"/>
        <source>&quot;%1:&quot; needs a value.</source>
        <translation>&quot;%1:&quot; nécessite une valeur.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="124"/>
        <source>A status is three digits, like 404, or a range like 4xx.</source>
        <translation>Un statut s&apos;écrit avec trois chiffres, comme 404, ou sous forme de plage comme 4xx.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="129"/>
        <source>A close code is a number from 1000 to 4999.</source>
        <translation>Un code de fermeture est un nombre compris entre 1000 et 4999.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="133"/>
        <source>&quot;is:&quot; takes failed, open, ws or http.</source>
        <translation>&quot;is:&quot; accepte failed, open, ws ou http.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestFilter.cpp" line="196"/>
        <source>&lt;b&gt;Filter&lt;/b&gt;: words match route, method and path, client address, failure and backend URL (any case).&lt;br&gt;&lt;code&gt;route:NAME&lt;/code&gt; the route named NAME&lt;br&gt;&lt;code&gt;status:404&lt;/code&gt; or &lt;code&gt;status:4xx&lt;/code&gt; the HTTP status sent or answered by the backend&lt;br&gt;&lt;code&gt;code:1014&lt;/code&gt; the WebSocket close code&lt;br&gt;&lt;code&gt;is:failed&lt;/code&gt;, &lt;code&gt;is:open&lt;/code&gt;, &lt;code&gt;is:ws&lt;/code&gt;, &lt;code&gt;is:http&lt;/code&gt;&lt;br&gt;&lt;code&gt;origin:TEXT&lt;/code&gt; the page&apos;s Origin contains TEXT&lt;br&gt;A leading &lt;code&gt;-&lt;/code&gt; excludes, all terms must match, &quot;double quotes&quot; keep spaces.</source>
        <translation>&lt;b&gt;Filtre&lt;/b&gt; : les mots sont recherchés dans la route, la méthode et le chemin, l&apos;adresse du client, l&apos;échec et l&apos;URL du backend (sans tenir compte de la casse).&lt;br&gt;&lt;code&gt;route:NAME&lt;/code&gt; la route nommée NAME&lt;br&gt;&lt;code&gt;status:404&lt;/code&gt; ou &lt;code&gt;status:4xx&lt;/code&gt; le statut HTTP envoyé ou répondu par le backend&lt;br&gt;&lt;code&gt;code:1014&lt;/code&gt; le code de fermeture WebSocket&lt;br&gt;&lt;code&gt;is:failed&lt;/code&gt;, &lt;code&gt;is:open&lt;/code&gt;, &lt;code&gt;is:ws&lt;/code&gt;, &lt;code&gt;is:http&lt;/code&gt;&lt;br&gt;&lt;code&gt;origin:TEXT&lt;/code&gt; l&apos;en-tête Origin de la page contient TEXT&lt;br&gt;Un &lt;code&gt;-&lt;/code&gt; initial exclut, tous les termes doivent correspondre, les &quot;guillemets doubles&quot; conservent les espaces.</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="38"/>
        <source>Airlock: listening on %1</source>
        <translation>Airlock : à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="41"/>
        <source>Airlock: starting</source>
        <translation>Airlock : démarrage en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="44"/>
        <source>Airlock: stopping</source>
        <translation>Airlock : arrêt en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="47"/>
        <source>Airlock: the proxy could not start</source>
        <translation>Airlock : le proxy n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="50"/>
        <source>Airlock: proxy stopped</source>
        <translation>Airlock : proxy arrêté</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="54"/>
        <source>Sessions open: %1</source>
        <translation>Sessions ouvertes : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="56"/>
        <source>Backends: %1 of %2 up</source>
        <translation>Backends : %1 sur %2 disponibles</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="58"/>
        <source>Backends: no health checks</source>
        <translation>Backends : aucune vérification de santé</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayState.cpp" line="60"/>
        <source>Failed for good: %1</source>
        <translation>Échec définitif : %1</translation>
    </message>
</context>
<context>
    <name>airlock::BackendHealthModel</name>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="173"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="175"/>
        <source>up</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="177"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="179"/>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="191"/>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="201"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="220"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="235"/>
        <source>Route %1 has no health check configured</source>
        <translation>Aucune vérification de santé n&apos;est configurée pour la route %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="238"/>
        <source>%1: %2 checks, %3 successes and %4 failures in a row; last checked %5
Legend: green disc up, amber diamond degraded, red cross down, grey ring unknown.</source>
        <translation>%1 : %2 vérifications, %3 réussites et %4 échecs consécutifs ; dernière vérification : %5
Légende : disque vert opérationnel, losange orange dégradé, croix rouge hors service, anneau gris inconnu.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="249"/>
        <source>The last %1 checks seen: %2 failed</source>
        <translation>Les %1 dernières vérifications observées : %2 en échec</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="253"/>
        <source>No failure so far</source>
        <translation>Aucun échec pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="254"/>
        <source>At %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="256"/>
        <source>Classified %1</source>
        <translation>Classé comme %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="261"/>
        <source>No change of state since the window opened</source>
        <translation>Aucun changement d&apos;état depuis l&apos;ouverture de la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="362"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="362"/>
        <source>The route whose backend is checked</source>
        <translation>La route dont le backend est vérifié</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="363"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="363"/>
        <source>Up, degraded, down, unknown, or not checked (no health check set)</source>
        <translation>Opérationnel, dégradé, hors service, inconnu ou non vérifié (aucune vérification de santé définie)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="364"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="364"/>
        <source>Latency of the last successful check</source>
        <translation>Latence de la dernière vérification réussie</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="365"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="365"/>
        <source>Median latency of the successful checks among the last 50</source>
        <translation>Latence médiane des vérifications réussies parmi les 50 dernières</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="366"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="366"/>
        <source>95th percentile latency of the successful checks among the last 50</source>
        <translation>95e centile de la latence des vérifications réussies parmi les 50 dernières</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="367"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="367"/>
        <source>Latencies of the recent checks, newest at the right; red marks: failures</source>
        <translation>Latences des vérifications récentes, la plus récente à droite ; marques rouges : échecs</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="368"/>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="368"/>
        <source>Successful checks among the recent ones shown in the trend</source>
        <translation>Vérifications réussies parmi les vérifications récentes affichées dans la tendance</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="369"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="369"/>
        <source>The most recent failure, kept after the backend recovered</source>
        <translation>L&apos;échec le plus récent, conservé après le rétablissement du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="370"/>
        <source>Changed</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/BackendHealthModel.cpp" line="370"/>
        <source>When the state last changed (local time)</source>
        <translation>Date du dernier changement d&apos;état (heure locale)</translation>
    </message>
</context>
<context>
    <name>airlock::BackendsView</name>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="28"/>
        <location filename="../app/gui/views/BackendsView.cpp" line="29"/>
        <source>&amp;Probe Now</source>
        <translation>&amp;Sonder maintenant</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="31"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="32"/>
        <source>The health of each route&apos;s backend, with recent check latencies</source>
        <translation>La santé du backend de chaque route, avec les latences des vérifications récentes</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="46"/>
        <source>Backends table</source>
        <translation>Tableau des backends</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="48"/>
        <source>One row per route with its backend&apos;s health. Ctrl+P probes the selected route through Airlock.</source>
        <translation>Une ligne par route avec la santé de son backend. Ctrl+P sonde la route sélectionnée à travers Airlock.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="77"/>
        <source>No routes. Add a route to see its backend here; give it a health check to follow its state.</source>
        <translation>Aucune route. Ajouter une route pour voir son backend ici ; lui donner une vérification de santé pour suivre son état.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="82"/>
        <source>No routes</source>
        <translation>Aucune route</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="93"/>
        <source>Run one WebSocket handshake through Airlock on the selected route (Ctrl+P)</source>
        <translation>Effectuer une négociation WebSocket à travers Airlock sur la route sélectionnée (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/BackendsView.cpp" line="96"/>
        <source>Probe now</source>
        <translation>Sonder maintenant</translation>
    </message>
</context>
<context>
    <name>airlock::ConfigFile</name>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="33"/>
        <source>%1 has errors; the routes shown are the ones loaded before.</source>
        <translation>%1 contient des erreurs ; les routes affichées sont celles chargées précédemment.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="50"/>
        <source>Not saved: %1 was changed by another program since Airlock read it. Reload it, or keep your version and apply again to replace it.</source>
        <translation>Non enregistré : %1 a été modifié par un autre programme depuis sa lecture par Airlock. Le recharger, ou conserver votre version et appliquer à nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/ConfigFile.cpp" line="57"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>airlock::DesktopSession</name>
    <message numerus="yes">
        <location filename="../app/gui/DesktopSession.cpp" line="39"/>
        <source>Airlock %1 listening on %2:%3 (%n worker threads)</source>
        <translation>
            <numerusform>Airlock %1 à l&apos;écoute sur %2:%3 (%n thread de travail)</numerusform>
            <numerusform>Airlock %1 à l&apos;écoute sur %2:%3 (%n threads de travail)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/DesktopSession.cpp" line="68"/>
        <source>airlock: another launch asked for the window</source>
        <translation>airlock : un autre lancement a demandé la fenêtre</translation>
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
        <translation>Négociations</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="92"/>
        <source>Handshakes from %1</source>
        <translation>Négociations de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="93"/>
        <source>Every request and WebSocket session Airlock handled, with a filter and the details of the selected one</source>
        <translation>Chaque requête et session WebSocket traitée par Airlock, avec un filtre et les détails de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="105"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="135"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="105"/>
        <source>Go to the filter</source>
        <translation>Aller au filtre</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="106"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="323"/>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="106"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="107"/>
        <source>Stop adding new records to the list; they appear on resume</source>
        <translation>Arrêter d&apos;ajouter de nouveaux enregistrements à la liste ; ils apparaîtront à la reprise</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="109"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="109"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="110"/>
        <source>Hide every record up to now (the log file keeps them)</source>
        <translation>Masquer tous les enregistrements jusqu&apos;à maintenant (le fichier journal les conserve)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="111"/>
        <source>Export Selected as &amp;HAR...</source>
        <translation>Exporter la sélection en &amp;HAR…</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="111"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="112"/>
        <source>Save the selected records as a HAR file for browser developer tools</source>
        <translation>Enregistrer les enregistrements sélectionnés dans un fichier HAR pour les outils de développement du navigateur</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="113"/>
        <source>Export Selected as &amp;JSON Lines...</source>
        <translation>Exporter la sélection en lignes &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="113"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="114"/>
        <source>Save the selected records as JSON lines, one record per line</source>
        <translation>Enregistrer les enregistrements sélectionnés en lignes JSON, un enregistrement par ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="116"/>
        <source>Open Log &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier du journal</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="116"/>
        <source>Show the folder of the request log file</source>
        <translation>Afficher le dossier du fichier journal des requêtes</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="117"/>
        <source>&amp;Open Log...</source>
        <translation>&amp;Ouvrir un journal…</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="118"/>
        <source>Open a request log or HAR file read-only in a window of its own</source>
        <translation>Ouvrir un journal de requêtes ou un fichier HAR en lecture seule dans sa propre fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="134"/>
        <source>Filter: text, route:NAME, status:4xx, code:1006, is:failed, -excluded</source>
        <translation>Filtre : texte, route:NAME, status:4xx, code:1006, is:failed, -exclu</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="136"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="297"/>
        <source>Filter the handshake list; the filter is valid</source>
        <translation>Filtrer la liste des négociations ; le filtre est valide</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="148"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="154"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="155"/>
        <location filename="../app/gui/views/HandshakesView.cpp" line="156"/>
        <source>Save the selected records as HAR or JSON lines</source>
        <translation>Enregistrer les enregistrements sélectionnés en HAR ou en lignes JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="165"/>
        <source>Record count</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="166"/>
        <source>How many records the list shows, and whether it is paused</source>
        <translation>Nombre d&apos;enregistrements affichés dans la liste, et si elle est en pause</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="179"/>
        <source>Handshake list</source>
        <translation>Liste des négociations</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="181"/>
        <source>One row per request or WebSocket session, newest at the bottom; select one to see its details</source>
        <translation>Une ligne par requête ou session WebSocket, la plus récente en bas ; en sélectionner une pour voir ses détails</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="216"/>
        <source>List and details</source>
        <translation>Liste et détails</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="217"/>
        <source>Drag to share the space between the list and the details</source>
        <translation>Faire glisser pour répartir l&apos;espace entre la liste et les détails</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="299"/>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="302"/>
        <source>The filter is not valid. %1</source>
        <translation>Le filtre n&apos;est pas valide. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="323"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="324"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="324"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="351"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="353"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/views/HandshakesView.cpp" line="355"/>
        <source>paused, %n new</source>
        <translation>
            <numerusform>en pause, %n nouveau</numerusform>
            <numerusform>en pause, %n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="403"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="416"/>
        <source>Export as HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="416"/>
        <source>Export as JSON Lines</source>
        <translation>Exporter en lignes JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="418"/>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="418"/>
        <source>JSON lines (*.jsonl *.log)</source>
        <translation>Lignes JSON (*.jsonl *.log)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="423"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="438"/>
        <source>Open Log</source>
        <translation>Ouvrir un journal</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="439"/>
        <source>Airlock logs and HAR files (*.log *.jsonl *.json *.har *.log.*);;All files (*)</source>
        <translation>Journaux Airlock et fichiers HAR (*.log *.jsonl *.json *.har *.log.*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/HandshakesView.cpp" line="446"/>
        <source>Cannot open the log</source>
        <translation>Impossible d&apos;ouvrir le journal</translation>
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
            <numerusform>Airlock %1 à l&apos;écoute sur %2:%3 (%n thread de travail)</numerusform>
            <numerusform>Airlock %1 à l&apos;écoute sur %2:%3 (%n threads de travail)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="74"/>
        <source>  route %1: %2%3 -&gt; %4</source>
        <translation>  route %1 : %2%3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="80"/>
        <source>  demo page: %1%2/ (demo backend on port %3)</source>
        <translation>  page de démo : %1%2/ (backend de démo sur le port %3)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="86"/>
        <source>  demo.port %1 is in use, so the demo backend runs on port %2 instead</source>
        <translation>  demo.port %1 est déjà utilisé, le backend de démo tourne donc sur le port %2</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="119"/>
        <source>Airlock: cannot reload %1, keeping the running configuration:</source>
        <translation>Airlock : impossible de recharger %1, la configuration en cours est conservée :</translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="126"/>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HeadlessRunner.cpp" line="127"/>
        <source>Airlock: reloaded %1 (%n routes), listening on %2:%3</source>
        <translation>
            <numerusform>Airlock : %1 rechargé (%n route), à l&apos;écoute sur %2:%3</numerusform>
            <numerusform>Airlock : %1 rechargé (%n routes), à l&apos;écoute sur %2:%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HeadlessRunner.cpp" line="139"/>
        <source>Airlock: stopping, closing sessions with 1001</source>
        <translation>Airlock : arrêt en cours, fermeture des sessions avec 1001</translation>
    </message>
</context>
<context>
    <name>airlock::LanguageMenu</name>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="11"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="19"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="43"/>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="44"/>
        <source>Airlock speaks %1 from its next start.</source>
        <translation>Airlock parlera %1 à partir du prochain démarrage.</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="45"/>
        <source>Sessions, handshakes, backends and routes</source>
        <translation>Sessions, négociations, backends et routes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="56"/>
        <source>The proxy could not start: %1</source>
        <translation>Le proxy n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="70"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Handshakes</source>
        <translation>Négociations</translation>
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
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="74"/>
        <source>Open sessions, live</source>
        <translation>Sessions ouvertes, en direct</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Every handshake and HTTP exchange, with its phases and outcome</source>
        <translation>Chaque négociation et échange HTTP, avec ses phases et son résultat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Backend health per route</source>
        <translation>Santé des backends par route</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Edit, apply and save the routes</source>
        <translation>Modifier, appliquer et enregistrer les routes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Routes *</source>
        <translation>Routes *</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="115"/>
        <source>Open &amp;Demo Page</source>
        <translation>&amp;Ouvrir la page de démo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>Open the demo terminal page in the browser, through the proxy</source>
        <translation>Ouvrir la page de terminal de démo dans le navigateur, à travers le proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>Open &amp;Config File</source>
        <translation>Ouvrir le fichier de &amp;configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="124"/>
        <source>Open %1 in the default editor</source>
        <translation>Ouvrir %1 dans l&apos;éditeur par défaut</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="127"/>
        <source>Copy Proxy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="172"/>
        <source>S&amp;ession</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="180"/>
        <source>&amp;About Airlock</source>
        <translation>À &amp;propos d&apos;Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>About Airlock</source>
        <translation>À propos d&apos;Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>&lt;b&gt;Airlock %1&lt;/b&gt;&lt;p&gt;A loopback WebSocket and HTTP proxy for browser terminals and remote machines.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Airlock %1&lt;/b&gt;&lt;p&gt;Un proxy WebSocket et HTTP en boucle locale pour les terminaux dans le navigateur et les machines distantes.&lt;/p&gt;&lt;p&gt;Configuration : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Proxy toolbar</source>
        <translation>Barre d&apos;outils du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>&amp;Stop Proxy</source>
        <translation>&amp;Arrêter le proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>&amp;Start Proxy</source>
        <translation>Dé&amp;marrer le proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="213"/>
        <source>Stop accepting connections and close sessions with 1001</source>
        <translation>Ne plus accepter de connexions et fermer les sessions avec le code 1001</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="214"/>
        <source>Start listening on %1:%2</source>
        <translation>Se mettre à l&apos;écoute sur %1:%2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>No browser could be started; the demo page is %1</source>
        <translation>Impossible de lancer un navigateur ; la page de démo est %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="249"/>
        <source>No editor could be started for %1</source>
        <translation>Impossible de lancer un éditeur pour %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="258"/>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
</context>
<context>
    <name>airlock::MessageListModel</name>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="81"/>
        <source>Closed by the client</source>
        <translation>Fermée par le client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="84"/>
        <source>Closed by the backend</source>
        <translation>Fermée par le backend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="87"/>
        <source>Closed by Airlock</source>
        <translation>Fermée par Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="90"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="95"/>
        <source>%1 without a close frame (1006)</source>
        <translation>%1 sans trame de fermeture (1006)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="97"/>
        <source>%1 with a close frame without code (1005)</source>
        <translation>%1 avec une trame de fermeture sans code (1005)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="99"/>
        <source>%1 with code %2</source>
        <translation>%1 avec le code %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="101"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="187"/>
        <source>Sent by the client to the backend</source>
        <translation>Envoyé par le client au backend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="187"/>
        <source>Received by the client from the backend</source>
        <translation>Reçu par le client depuis le backend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="190"/>
        <source>%1 message; only its first %2 of %3 bytes were captured.</source>
        <translation>%1 ; seuls les %2 premiers octets sur %3 ont été capturés.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="191"/>
        <source>Binary</source>
        <translation>Message binaire</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="191"/>
        <source>Text</source>
        <translation>Message texte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="194"/>
        <source>Binary message</source>
        <translation>Message binaire</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="194"/>
        <source>Text message</source>
        <translation>Message texte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="196"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="204"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="204"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="206"/>
        <source>Binary: %1</source>
        <translation>Binaire : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="210"/>
        <source>%1 after the start</source>
        <translation>%1 après le début</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="246"/>
        <source>Close</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="293"/>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="295"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="297"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="299"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="305"/>
        <source>↑ sent by the client to the backend, ↓ received from the backend, ■ the close frame</source>
        <translation>↑ envoyé par le client au backend, ↓ reçu du backend, ■ la trame de fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="307"/>
        <source>The message: text as text, binary as hexadecimal bytes</source>
        <translation>Le message : le texte en texte, le binaire en octets hexadécimaux</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="309"/>
        <source>Payload size of the whole message</source>
        <translation>Taille de la charge utile du message entier</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/MessageListModel.cpp" line="311"/>
        <source>Time since the connection was accepted</source>
        <translation>Temps écoulé depuis l&apos;acceptation de la connexion</translation>
    </message>
</context>
<context>
    <name>airlock::Notifier</name>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="76"/>
        <source>Backend %1 is down</source>
        <translation>Le backend %1 est hors service</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="78"/>
        <source>Backend %1 is back up</source>
        <translation>Le backend %1 est de nouveau disponible</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="79"/>
        <source>Its health checks pass again.</source>
        <translation>Ses vérifications de santé réussissent de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="86"/>
        <source>A session failed for good</source>
        <translation>Une session a échoué définitivement</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/Notifier.cpp" line="106"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>airlock::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="32"/>
        <source>Airlock Preferences</source>
        <translation>Préférences d&apos;Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="35"/>
        <source>Tray, start and notification settings</source>
        <translation>Paramètres de la zone de notification, du démarrage et des notifications</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="37"/>
        <source>Tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="38"/>
        <source>Show a &amp;tray icon</source>
        <translation>Afficher une icône dans la &amp;zone de notification</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="39"/>
        <source>Show Airlock&apos;s state in the system tray, with a menu to show the window or stop the proxy</source>
        <translation>Afficher l&apos;état d&apos;Airlock dans la zone de notification, avec un menu pour afficher la fenêtre ou arrêter le proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="41"/>
        <source>&amp;Closing the window keeps the proxy running in the tray</source>
        <translation>&amp;Garder le proxy actif dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="42"/>
        <source>The window hides instead of quitting; Quit in the tray menu or the File menu ends Airlock</source>
        <translation>La fenêtre est masquée au lieu de quitter ; Quitter dans le menu de la zone de notification ou dans le menu Fichier met fin à Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="44"/>
        <source>Start &amp;minimized to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="45"/>
        <source>Start without showing the window (like --minimized); without a tray the window shows</source>
        <translation>Démarrer sans afficher la fenêtre (comme --minimized) ; sans zone de notification, la fenêtre s&apos;affiche</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="52"/>
        <source>No system tray was found on this desktop: the window stays visible and closing it quits Airlock.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée sur ce bureau : la fenêtre reste visible et la fermer quitte Airlock.</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="56"/>
        <source>No system tray</source>
        <translation>Aucune zone de notification</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="60"/>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="62"/>
        <source>Start Airlock at &amp;login</source>
        <translation>Démarrer Airlock à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="62"/>
        <source>Writes %1 (removed again when unchecked)</source>
        <translation>Écrit %1 (supprimé lorsque la case est décochée)</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="67"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="68"/>
        <source>A backend goes &amp;down</source>
        <translation>Un backend passe &amp;hors service</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="68"/>
        <source>Notify when a route&apos;s health checks fail</source>
        <translation>Notifier lorsque les vérifications de santé d&apos;une route échouent</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="70"/>
        <source>A backend comes &amp;back up</source>
        <translation>Un backend redevient &amp;disponible</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="70"/>
        <source>Notify when a route that was down passes its checks again</source>
        <translation>Notifier lorsqu&apos;une route hors service réussit de nouveau ses vérifications</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="72"/>
        <source>A session &amp;fails for good</source>
        <translation>Une session échoue dé&amp;finitivement</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="73"/>
        <source>Notify when a session ends with a permanent failure (the client should not retry)</source>
        <translation>Notifier lorsqu&apos;une session se termine par un échec permanent (le client ne doit pas réessayer)</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/PreferencesDialog.cpp" line="81"/>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>airlock::ProbeResultDialog</name>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="22"/>
        <source>Name lookup</source>
        <translation>Résolution du nom</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="24"/>
        <source>TCP connect</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="26"/>
        <source>Proxy CONNECT</source>
        <translation>CONNECT du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="28"/>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="30"/>
        <source>WebSocket upgrade</source>
        <translation>Upgrade WebSocket</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="32"/>
        <source>Clean close</source>
        <translation>Fermeture propre</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="40"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="42"/>
        <source>transient: retrying later may work</source>
        <translation>transitoire : réessayer plus tard peut fonctionner</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="44"/>
        <source>permanent: retrying will not help</source>
        <translation>permanente : réessayer n&apos;y changera rien</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="58"/>
        <source>Probe &amp;Again</source>
        <translation>&amp;Sonder à nouveau</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="61"/>
        <source>Probe of %1</source>
        <translation>Sonde de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="62"/>
        <source>Probe result</source>
        <translation>Résultat de la sonde</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="63"/>
        <source>The outcome of one WebSocket handshake through Airlock on route %1</source>
        <translation>Le résultat d&apos;une négociation WebSocket à travers Airlock sur la route %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="64"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="65"/>
        <source>Whether the probe handshake succeeded</source>
        <translation>Indique si la négociation de la sonde a réussi</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="70"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="71"/>
        <source>Status, failure and classification of the probe</source>
        <translation>Statut, échec et classification de la sonde</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="75"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="76"/>
        <source>Each phase of the handshake with the time it took</source>
        <translation>Chaque phase de la négociation avec sa durée</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="77"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="77"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="77"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="83"/>
        <source>Probe again</source>
        <translation>Sonder à nouveau</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="84"/>
        <source>Run the same probe once more</source>
        <translation>Exécuter la même sonde une nouvelle fois</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="86"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="87"/>
        <source>Close this dialog</source>
        <translation>Fermer cette boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="92"/>
        <source>Handshake with %1</source>
        <translation>Négociation avec %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="106"/>
        <source>Probing…</source>
        <translation>Sondage en cours…</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="142"/>
        <source>Success: the route answered the handshake in %1</source>
        <translation>Succès : la route a répondu à la négociation en %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="143"/>
        <source>Failed after %1</source>
        <translation>Échec après %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="149"/>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="149"/>
        <source>HTTP status: none (no answer)</source>
        <translation>Statut HTTP : aucun (pas de réponse)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="151"/>
        <source>Subprotocol: %1</source>
        <translation>Sous-protocole : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="153"/>
        <source>Failure: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="157"/>
        <source>Classification: %1</source>
        <translation>Classification : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/views/ProbeResultDialog.cpp" line="162"/>
        <source>Through proxy %1</source>
        <translation>Via le proxy %1</translation>
    </message>
</context>
<context>
    <name>airlock::ProxyStatusBar</name>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="24"/>
        <source>Proxy status</source>
        <translation>Statut du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="26"/>
        <source>Listening address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="29"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="31"/>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="32"/>
        <source>Copy the proxy&apos;s address</source>
        <translation>Copier l&apos;adresse du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="34"/>
        <source>Proxy state</source>
        <translation>État du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="36"/>
        <source>Sessions open</source>
        <translation>Sessions ouvertes</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="38"/>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="39"/>
        <source>Bytes per second from clients (up) and from backends (down), over all sessions</source>
        <translation>Octets par seconde venant des clients (montant) et des backends (descendant), sur l&apos;ensemble des sessions</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="52"/>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="84"/>
        <source>not listening</source>
        <translation>pas à l&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="84"/>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="89"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="92"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="95"/>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="98"/>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="101"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="119"/>
        <source>1 session open</source>
        <translation>1 session ouverte</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="119"/>
        <source>%1 sessions open</source>
        <translation>%1 sessions ouvertes</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="120"/>
        <source>↑ %1  ↓ %2</source>
        <translation>↑ %1  ↓ %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ProxyStatusBar.cpp" line="122"/>
        <source>%1 from clients, %2 from backends</source>
        <translation>%1 venant des clients, %2 venant des backends</translation>
    </message>
</context>
<context>
    <name>airlock::RecentFailures</name>
    <message>
        <location filename="../app/gui/desktop/RecentFailures.cpp" line="31"/>
        <source>closed with %1 %2</source>
        <translation>fermée avec %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/RecentFailures.cpp" line="33"/>
        <source>answered %1</source>
        <translation>a répondu %1</translation>
    </message>
</context>
<context>
    <name>airlock::RequestDetailPane</name>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="50"/>
        <source>Select a request to see its details.</source>
        <translation>Sélectionner une requête pour en voir les détails.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="54"/>
        <source>Copy as probe command</source>
        <translation>Copier comme commande de sonde</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="55"/>
        <source>Allow this origin for the route</source>
        <translation>Autoriser cette origine pour la route</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="60"/>
        <source>Record details</source>
        <translation>Détails de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="61"/>
        <source>Everything Airlock recorded about the selected request.</source>
        <translation>Tout ce qu&apos;Airlock a enregistré sur la requête sélectionnée.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="65"/>
        <source>No record selected</source>
        <translation>Aucun enregistrement sélectionné</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="71"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="80"/>
        <source>Copy an &quot;airlock probe&quot; command line that repeats this handshake (%1)</source>
        <translation>Copier une ligne de commande &quot;airlock probe&quot; qui répète cette négociation (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="88"/>
        <source>Filter messages</source>
        <translation>Filtrer les messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="106"/>
        <source>Puts a command line on the clipboard that repeats this handshake with airlock probe; redacted secrets are left out.</source>
        <translation>Place dans le presse-papiers une ligne de commande qui répète cette négociation avec airlock probe ; les secrets masqués sont omis.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="112"/>
        <source>Adds the refused page&apos;s Origin to the route&apos;s allowed origins.</source>
        <translation>Ajoute l&apos;en-tête Origin de la page refusée aux origines autorisées de la route.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="115"/>
        <source>Record detail sections</source>
        <translation>Sections des détails de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="116"/>
        <source>Summary, timing, heads and captured messages of the selected request.</source>
        <translation>Résumé, chronologie, en-têtes et messages capturés de la requête sélectionnée.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="118"/>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="119"/>
        <source>&amp;Timing</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="120"/>
        <source>&amp;Heads</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="121"/>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="540"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="122"/>
        <source>What happened, where it failed and why</source>
        <translation>Ce qui s&apos;est passé, où cela a échoué et pourquoi</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="123"/>
        <source>How long each phase of the request took</source>
        <translation>La durée de chaque phase de la requête</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="124"/>
        <source>The HTTP heads on both legs, secrets redacted</source>
        <translation>Les en-têtes HTTP des deux tronçons, secrets masqués</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="125"/>
        <source>The WebSocket messages message capture kept</source>
        <translation>Les messages WebSocket conservés par la capture des messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="183"/>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="183"/>
        <source>What happened, in plain words</source>
        <translation>Ce qui s&apos;est passé, en termes simples</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="184"/>
        <source>Failed leg:</source>
        <translation>Tronçon en échec :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="185"/>
        <source>Where on the path client - Airlock - upstream proxy - backend it went wrong</source>
        <translation>L&apos;endroit du chemin client - Airlock - proxy amont - backend où le problème s&apos;est produit</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="186"/>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="186"/>
        <source>Why the request failed</source>
        <translation>Pourquoi la requête a échoué</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="187"/>
        <source>Close:</source>
        <translation>Fermeture :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="187"/>
        <source>Who closed the session and with which code</source>
        <translation>Qui a fermé la session et avec quel code</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="189"/>
        <source>Classification:</source>
        <translation>Classification :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="190"/>
        <source>What the close code or failed status means for a client: normal, transient or permanent</source>
        <translation>Ce que le code de fermeture ou le statut d&apos;échec signifie pour un client : normale, transitoire ou permanente</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="191"/>
        <source>Request:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="191"/>
        <source>Method, target and route</source>
        <translation>Méthode, cible et route</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="192"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="192"/>
        <source>HTTP status on each leg</source>
        <translation>Statut HTTP sur chaque tronçon</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="193"/>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="193"/>
        <source>Address and port of the client</source>
        <translation>Adresse et port du client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="194"/>
        <source>Backend:</source>
        <translation>Backend :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="194"/>
        <source>The backend URL the route used</source>
        <translation>L&apos;URL du backend utilisée par la route</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="196"/>
        <source>Upstream proxy:</source>
        <translation>Proxy amont :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="196"/>
        <source>The HTTP CONNECT proxy on the way, if any</source>
        <translation>Le proxy HTTP CONNECT sur le chemin, s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="198"/>
        <source>Subprotocol:</source>
        <translation>Sous-protocole :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="198"/>
        <source>The WebSocket subprotocol agreed</source>
        <translation>Le sous-protocole WebSocket convenu</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="200"/>
        <source>Extensions:</source>
        <translation>Extensions :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="200"/>
        <source>The WebSocket extensions agreed</source>
        <translation>Les extensions WebSocket convenues</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="201"/>
        <source>Client to backend:</source>
        <translation>Du client au backend :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="201"/>
        <source>Bytes and messages sent</source>
        <translation>Octets et messages envoyés</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="203"/>
        <source>Backend to client:</source>
        <translation>Du backend au client :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="203"/>
        <source>Bytes and messages received</source>
        <translation>Octets et messages reçus</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="204"/>
        <source>Durations:</source>
        <translation>Durées :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="204"/>
        <source>Handshake and session time</source>
        <translation>Durée de la négociation et de la session</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="206"/>
        <source>Keepalive:</source>
        <translation>Keepalive :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="206"/>
        <source>Airlock&apos;s own pings on both legs</source>
        <translation>Les pings propres à Airlock sur les deux tronçons</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="207"/>
        <source>Started:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="207"/>
        <source>When the connection was accepted</source>
        <translation>Moment où la connexion a été acceptée</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="209"/>
        <source>Request id:</source>
        <translation>ID de requête :</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="209"/>
        <source>The id forwarded as X-Request-Id</source>
        <translation>L&apos;identifiant transmis dans X-Request-Id</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="219"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="220"/>
        <source>What happened to the request, where and why</source>
        <translation>Ce qui est arrivé à la requête, où et pourquoi</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="228"/>
        <source>Timing</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="236"/>
        <source>Phase durations: each phase with its duration in milliseconds</source>
        <translation>Durées des phases : chaque phase avec sa durée en millisecondes</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="250"/>
        <source>Heads</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="252"/>
        <source>The request and response heads on both legs, with secrets redacted, read-only</source>
        <translation>Les en-têtes de requête et de réponse des deux tronçons, secrets masqués, en lecture seule</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="260"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="265"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="266"/>
        <source>Send ↑</source>
        <translation>Envoi ↑</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="267"/>
        <source>Receive ↓</source>
        <translation>Réception ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="268"/>
        <source>Message direction</source>
        <translation>Sens des messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="269"/>
        <source>Show all messages, only those the client sent, or only those it received</source>
        <translation>Afficher tous les messages, seulement ceux envoyés par le client ou seulement ceux qu&apos;il a reçus</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="275"/>
        <source>Filter by regular expression</source>
        <translation>Filtrer par expression rationnelle</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="277"/>
        <source>Message filter</source>
        <translation>Filtre des messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="278"/>
        <source>A regular expression; only messages that match it are listed</source>
        <translation>Une expression rationnelle ; seuls les messages qui lui correspondent sont listés</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="282"/>
        <source>Why the regular expression is not valid</source>
        <translation>Pourquoi l&apos;expression rationnelle n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="297"/>
        <source>Captured messages</source>
        <translation>Messages capturés</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="298"/>
        <source>Direction, data, length and time of each captured message; the last row is the close frame</source>
        <translation>Sens, données, longueur et temps de chaque message capturé ; la dernière ligne est la trame de fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="309"/>
        <source>Message columns</source>
        <translation>Colonnes des messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="310"/>
        <source>Direction, data, length and time; click a column to sort by it</source>
        <translation>Sens, données, longueur et temps ; cliquer sur une colonne pour trier selon celle-ci</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="324"/>
        <source>About the selected message</source>
        <translation>À propos du message sélectionné</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="330"/>
        <source>Selected message</source>
        <translation>Message sélectionné</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="331"/>
        <source>The selected message in full: text as text, binary as a hex dump</source>
        <translation>Le message sélectionné en entier : le texte en texte, le binaire en vidage hexadécimal</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="332"/>
        <source>Select a message to see it in full.</source>
        <translation>Sélectionner un message pour le voir en entier.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="347"/>
        <source>Messages that capture did not keep</source>
        <translation>Messages que la capture n&apos;a pas conservés</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="380"/>
        <source>Allow %1 on the route &quot;%2&quot;</source>
        <translation>Autoriser %1 sur la route &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="388"/>
        <source>No timing was recorded.</source>
        <translation>Aucune chronologie n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="429"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="434"/>
        <source>route &quot;%1&quot;</source>
        <translation>route &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="434"/>
        <source> on route &quot;%1&quot;</source>
        <translation> sur la route &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="436"/>
        <source> (WebSocket)</source>
        <translation> (WebSocket)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="441"/>
        <source>%1 to the client</source>
        <translation>%1 au client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="443"/>
        <source>%1 from the backend</source>
        <translation>%1 venant du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="450"/>
        <source>None (direct)</source>
        <translation>Aucun (direct)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="454"/>
        <source>none to the client</source>
        <translation>aucun pour le client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="457"/>
        <source> (the backend chose %1)</source>
        <translation> (le backend a choisi %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="458"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="469"/>
        <source>%1 in 1 message</source>
        <translation>%1 en 1 message</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="470"/>
        <source>%1 in %2 messages</source>
        <translation>%1 en %2 messages</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="482"/>
        <source>handshake %1</source>
        <translation>négociation %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="484"/>
        <source>session %1</source>
        <translation>session %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="486"/>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="494"/>
        <source>%1 pings sent, %2 answers not forwarded</source>
        <translation>%1 pings envoyés, %2 réponses non transmises</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="509"/>
        <source>Client request (client → Airlock)</source>
        <translation>Requête du client (client → Airlock)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="510"/>
        <source>Request to the backend (Airlock → backend)</source>
        <translation>Requête au backend (Airlock → backend)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="511"/>
        <source>Upstream proxy&apos;s answer to CONNECT (proxy → Airlock)</source>
        <translation>Réponse du proxy amont à CONNECT (proxy → Airlock)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="512"/>
        <source>Backend response (backend → Airlock)</source>
        <translation>Réponse du backend (backend → Airlock)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="513"/>
        <source>Response to the client (Airlock → client)</source>
        <translation>Réponse au client (Airlock → client)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="520"/>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="540"/>
        <source>&amp;Messages (%1)</source>
        <translation>&amp;Messages (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="547"/>
        <source>1 message was not captured: the capture limit was reached, the stream could not be followed, or the session ended mid-message.</source>
        <translation>1 message n&apos;a pas été capturé : la limite de capture a été atteinte, le flux n&apos;a pas pu être suivi ou la session s&apos;est terminée au milieu d&apos;un message.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="549"/>
        <source>%1 messages were not captured: the capture limit was reached, the stream could not be followed, or the session ended mid-message.</source>
        <translation>%1 messages n&apos;ont pas été capturés : la limite de capture a été atteinte, le flux n&apos;a pas pu être suivi ou la session s&apos;est terminée au milieu d&apos;un message.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="553"/>
        <source>The messages were dropped from memory to bound it; the log file still has them.</source>
        <translation>Les messages ont été retirés de la mémoire pour la limiter ; le fichier journal les contient toujours.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="555"/>
        <source>No data message was exchanged.</source>
        <translation>Aucun message de données n&apos;a été échangé.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="578"/>
        <source>Binary message, %1.</source>
        <translation>Message binaire, %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="579"/>
        <source>Text message, %1.</source>
        <translation>Message texte, %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="581"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation>Seuls les %1 premiers octets sur %2 ont été capturés.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/RequestDetailPane.cpp" line="589"/>
        <source>Invalid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
</context>
<context>
    <name>airlock::RequestLogModel</name>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="30"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="32"/>
        <source>transient</source>
        <translation>transitoire</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="34"/>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="42"/>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="44"/>
        <source>the backend</source>
        <translation>le backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="46"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="138"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="140"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="142"/>
        <source>forwarded</source>
        <translation>transmise</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="144"/>
        <source>rejected by Airlock</source>
        <translation>rejetée par Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="146"/>
        <source>rejected by backend</source>
        <translation>rejetée par le backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="148"/>
        <source>backend unreachable</source>
        <translation>backend injoignable</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="150"/>
        <source>client gone</source>
        <translation>client déconnecté</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="168"/>
        <source>(no route)</source>
        <translation>(aucune route)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="196"/>
        <source>From %1:%2</source>
        <translation>Depuis %1:%2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="198"/>
        <source>To %1</source>
        <translation>Vers %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="200"/>
        <source>Through proxy %1</source>
        <translation>Via le proxy %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="213"/>
        <source>Sent %1 to the client; the backend answered %2.</source>
        <translation>%1 envoyé au client ; le backend a répondu %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="216"/>
        <source>Sent %1 to the client.</source>
        <translation>%1 envoyé au client.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="220"/>
        <source>Close %1 &quot;%2&quot; from %3</source>
        <translation>Fermeture %1 &quot;%2&quot; par %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="304"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Close</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="305"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="308"/>
        <source>When the connection was accepted (local time)</source>
        <translation>Moment où la connexion a été acceptée (heure locale)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="309"/>
        <source>The route that matched the request path</source>
        <translation>La route correspondant au chemin de la requête</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="310"/>
        <source>Method and target as the client sent them</source>
        <translation>Méthode et cible telles que le client les a envoyées</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="311"/>
        <source>What happened to the request</source>
        <translation>Ce qui est arrivé à la requête</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="312"/>
        <source>HTTP status sent to the client (101 for an accepted upgrade)</source>
        <translation>Statut HTTP envoyé au client (101 pour un upgrade accepté)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="313"/>
        <source>WebSocket close code</source>
        <translation>Code de fermeture WebSocket</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="314"/>
        <source>How a client should treat the close or refusal: normal, transient (retry) or permanent</source>
        <translation>Comment un client doit traiter la fermeture ou le refus : normale, transitoire (réessayer) ou permanente</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="315"/>
        <source>From accepting the connection to its end</source>
        <translation>De l&apos;acceptation de la connexion à sa fin</translation>
    </message>
    <message>
        <location filename="../app/gui/models/RequestLogModel.cpp" line="316"/>
        <source>Head read, TCP, proxy CONNECT, TLS, backend answer, answer to client, then the session</source>
        <translation>Lecture de l&apos;en-tête, TCP, CONNECT du proxy, TLS, réponse du backend, réponse au client, puis la session</translation>
    </message>
</context>
<context>
    <name>airlock::RouteEditor</name>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="95"/>
        <source>Route editor</source>
        <translation>Éditeur de routes</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="96"/>
        <source>Every setting of the selected route; problems show under the field</source>
        <translation>Tous les paramètres de la route sélectionnée ; les problèmes s&apos;affichent sous le champ</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="107"/>
        <source>Basics</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="108"/>
        <source>a short name for logs</source>
        <translation>un nom court pour les journaux</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="109"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="109"/>
        <source>The route&apos;s name in logs and the inspector</source>
        <translation>Le nom de la route dans les journaux et l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="111"/>
        <source>&amp;Path</source>
        <translation>&amp;Chemin</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="112"/>
        <source>Requests whose path starts with this prefix take the route</source>
        <translation>Les requêtes dont le chemin commence par ce préfixe prennent cette route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="114"/>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="115"/>
        <source>Where the route leads: ws://, wss://, http://, https:// or tcp://host:port for a bridge</source>
        <translation>Où mène la route : ws://, wss://, http://, https:// ou tcp://host:port pour un pont</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="117"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="118"/>
        <source>one per line: https://app.example, http://localhost:*, *</source>
        <translation>une par ligne : https://app.example, http://localhost:*, *</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="119"/>
        <source>Allowed &amp;origins</source>
        <translation>&amp;Origines autorisées</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="120"/>
        <source>Browser origins that may connect, one per line; none: no browser page may connect</source>
        <translation>Origines de navigateur autorisées à se connecter, une par ligne ; aucune : aucune page de navigateur ne peut se connecter</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="121"/>
        <source>one per line; empty: the allowed origins</source>
        <translation>une par ligne ; vide : les origines autorisées</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="122"/>
        <source>&amp;Frame ancestors</source>
        <translation>Ancêtres de ca&amp;dre</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="123"/>
        <source>Pages that may show the route&apos;s pages in a frame besides its own origin, one per line</source>
        <translation>Pages autorisées à afficher les pages de la route dans un cadre en plus de sa propre origine, une par ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="127"/>
        <source>Pass through</source>
        <translation>Transmettre tel quel</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="128"/>
        <source>Strip the offer</source>
        <translation>Retirer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="129"/>
        <source>Answer with a fixed one</source>
        <translation>Répondre avec un sous-protocole fixe</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="130"/>
        <source>Subprotocol policy</source>
        <translation>Politique de sous-protocole</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="131"/>
        <source>fixed subprotocol name</source>
        <translation>nom du sous-protocole fixe</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="133"/>
        <source>Fixed subprotocol</source>
        <translation>Sous-protocole fixe</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="134"/>
        <source>The subprotocol answered to every client</source>
        <translation>Le sous-protocole répondu à chaque client</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="137"/>
        <source>&amp;Subprotocol</source>
        <translation>&amp;Sous-protocole</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="138"/>
        <source>Pass the client&apos;s subprotocol offer on, strip it before the backend, or answer with a fixed one</source>
        <translation>Transmettre l&apos;offre de sous-protocole du client, la retirer avant le backend ou répondre avec un sous-protocole fixe</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="141"/>
        <source>&amp;Injected headers</source>
        <translation>En-têtes &amp;injectés</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="142"/>
        <source>Headers added to every request the route forwards; ${env:NAME} takes the value from the environment</source>
        <translation>En-têtes ajoutés à chaque requête transmise par la route ; ${env:NAME} prend la valeur dans l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="144"/>
        <source>one header name per line: cookie, authorization</source>
        <translation>un nom d&apos;en-tête par ligne : cookie, authorization</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="145"/>
        <source>S&amp;trip headers</source>
        <translation>En-têtes à &amp;retirer</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="146"/>
        <source>Client headers removed before the request reaches the backend, one per line</source>
        <translation>En-têtes du client retirés avant que la requête n&apos;atteigne le backend, un par ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="147"/>
        <source>Complete refused upgrades from browsers and close with 4000 + status</source>
        <translation>Signaler aux navigateurs les upgrades refusés par 4000 + statut</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="148"/>
        <source>Browser-visible errors</source>
        <translation>Erreurs visibles par le navigateur</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="149"/>
        <source>A browser cannot read the HTTP status of a failed upgrade; a close code it can</source>
        <translation>Un navigateur ne peut pas lire le statut HTTP d&apos;un upgrade échoué, mais il peut lire un code de fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="150"/>
        <source>Forward Cookie and Set-Cookie</source>
        <translation>Transmettre Cookie et Set-Cookie</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="151"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="152"/>
        <source>Off: the browser&apos;s cookies do not reach the backend, nor its cookies the browser</source>
        <translation>Désactivé : les cookies du navigateur n&apos;atteignent pas le backend, ni ceux du backend le navigateur</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="153"/>
        <source>Check RFC 6455 framing rules both ways</source>
        <translation>Vérifier les règles de tramage RFC 6455 dans les deux sens</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="154"/>
        <source>Strict frames</source>
        <translation>Trames strictes</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="155"/>
        <source>Close sessions that break the WebSocket framing rules</source>
        <translation>Fermer les sessions qui enfreignent les règles de tramage WebSocket</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="156"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="260"/>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="157"/>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="158"/>
        <source>Largest &amp;message</source>
        <translation>Taille maximale des &amp;messages</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="159"/>
        <source>Messages larger than this close the session with 1009; 0 = unlimited</source>
        <translation>Les messages plus grands ferment la session avec 1009 ; 0 = illimitée</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="160"/>
        <source>one per line: 4404 permanent, 4500 transient</source>
        <translation>un par ligne : 4404 permanent, 4500 transient</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="161"/>
        <source>&amp;Close codes</source>
        <translation>Codes de &amp;fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="162"/>
        <source>How application close codes 4000-4999 are classified: normal, transient or permanent</source>
        <translation>Classement des codes de fermeture applicatifs 4000-4999 : normal, transitoire ou permanent</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="164"/>
        <source>Upstream proxy and TLS</source>
        <translation>Proxy amont et TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="168"/>
        <source>System settings</source>
        <translation>Paramètres du système</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="169"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="170"/>
        <source>This proxy:</source>
        <translation>Ce proxy :</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="171"/>
        <source>Upstream proxy mode</source>
        <translation>Mode du proxy amont</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="174"/>
        <source>Upstream proxy URL</source>
        <translation>URL du proxy amont</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="175"/>
        <source>http://[user:pass@]host:port of an HTTP CONNECT proxy</source>
        <translation>http://[user:pass@]host:port d&apos;un proxy HTTP CONNECT</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="178"/>
        <source>&amp;Upstream proxy</source>
        <translation>&amp;Proxy amont</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="179"/>
        <source>How the backend is reached: directly, through the system&apos;s proxy settings or an HTTP CONNECT proxy</source>
        <translation>Comment le backend est atteint : directement, via les paramètres de proxy du système ou via un proxy HTTP CONNECT</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="184"/>
        <source>PEM file with extra CA certificates</source>
        <translation>Fichier PEM contenant des certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="185"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="186"/>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier d&apos;AC</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="187"/>
        <source>Opens a file dialog for the CA certificates file</source>
        <translation>Ouvre une boîte de dialogue de choix du fichier de certificats d&apos;AC</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="189"/>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="190"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="196"/>
        <source>C&amp;A file</source>
        <translation>Fichier d&apos;&amp;AC</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="197"/>
        <source>Extra CA certificates (PEM) trusted for this route&apos;s wss or https backend</source>
        <translation>Certificats d&apos;AC supplémentaires (PEM) approuvés pour le backend wss ou https de cette route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="198"/>
        <source>the backend&apos;s host</source>
        <translation>l&apos;hôte du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="199"/>
        <source>Server &amp;name</source>
        <translation>Nom du ser&amp;veur</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="200"/>
        <source>The name sent as SNI and checked in the certificate; empty: the backend&apos;s host</source>
        <translation>Le nom envoyé comme SNI et vérifié dans le certificat ; vide : l&apos;hôte du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="201"/>
        <source>Do not verify the backend&apos;s certificate</source>
        <translation>Ne pas vérifier le certificat du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="202"/>
        <source>Insecure</source>
        <translation>Non sécurisé</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="203"/>
        <source>Turns certificate verification off: only for tests</source>
        <translation>Désactive la vérification des certificats : uniquement pour les tests</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="205"/>
        <source>Timeouts</source>
        <translation>Délais d&apos;expiration</translation>
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
        <translation>Conn&amp;exion</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="208"/>
        <source>TCP connect to the backend or the upstream proxy</source>
        <translation>Connexion TCP au backend ou au proxy amont</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="210"/>
        <source>Proxy CONNECT</source>
        <translation>CONNECT du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="211"/>
        <source>From the CONNECT request until the upstream proxy&apos;s answer</source>
        <translation>De la requête CONNECT jusqu&apos;à la réponse du proxy amont</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="213"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="235"/>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="214"/>
        <source>TLS handshake with the backend</source>
        <translation>Négociation TLS avec le backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="216"/>
        <source>Backend answer</source>
        <translation>Réponse du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="217"/>
        <source>The backend&apos;s answer to the upgrade or to an HTTP request</source>
        <translation>La réponse du backend à l&apos;upgrade ou à une requête HTTP</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="219"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="220"/>
        <source>Idle</source>
        <translation>Inactivité</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="221"/>
        <source>A tunnel with no frames either way for this long is closed; 0 = never</source>
        <translation>Un tunnel sans aucune trame dans un sens ou dans l&apos;autre pendant cette durée est fermé ; 0 = jamais</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="223"/>
        <source>Drain</source>
        <translation>Vidage</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="224"/>
        <source>Flushing to one side after the other closed</source>
        <translation>Envoi des données restantes à un côté après la fermeture de l&apos;autre</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="226"/>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="228"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="229"/>
        <source>P&amp;ing every</source>
        <translation>Pin&amp;g toutes les</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="230"/>
        <source>Pings on both legs so intermediaries see traffic on quiet sessions; 0 = off, else at least 10 ms</source>
        <translation>Pings sur les deux tronçons pour que les intermédiaires voient du trafic sur les sessions calmes ; 0 = désactivé, sinon au moins 10 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="232"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="233"/>
        <source>Not monitored</source>
        <translation>Non surveillé</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="234"/>
        <source>TCP connect</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="236"/>
        <source>WebSocket upgrade</source>
        <translation>Upgrade WebSocket</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="237"/>
        <source>HTTP request</source>
        <translation>Requête HTTP</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="238"/>
        <source>Chec&amp;k</source>
        <translation>Vérifica&amp;tion</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="239"/>
        <source>How the backend is checked: a TCP connect, a TLS handshake, a WebSocket upgrade or an HTTP GET</source>
        <translation>Comment le backend est vérifié : connexion TCP, négociation TLS, upgrade WebSocket ou GET HTTP</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="241"/>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="242"/>
        <source>Time between two checks</source>
        <translation>Durée entre deux vérifications</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="244"/>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="245"/>
        <source>Bound of one whole check</source>
        <translation>Durée maximale d&apos;une vérification complète</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="247"/>
        <source>Up after</source>
        <translation>Disponible après</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="248"/>
        <source>Consecutive successes before the backend counts as up</source>
        <translation>Succès consécutifs avant que le backend ne soit considéré comme disponible</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="250"/>
        <source>Down after</source>
        <translation>Hors service après</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="251"/>
        <source>Consecutive failures before the backend counts as down</source>
        <translation>Échecs consécutifs avant que le backend ne soit considéré comme hors service</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="252"/>
        <source>the backend&apos;s path</source>
        <translation>le chemin du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="253"/>
        <source>Check path</source>
        <translation>Chemin de vérification</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="254"/>
        <source>Request path of ws and http checks; empty: the backend URL&apos;s path</source>
        <translation>Chemin de requête des vérifications ws et http ; vide : le chemin de l&apos;URL du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="256"/>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="258"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="257"/>
        <source>Record the messages of this route&apos;s sessions</source>
        <translation>Enregistrer les messages des sessions de cette route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="259"/>
        <source>Keeps message payloads (credentials redacted) for the inspector and HAR export</source>
        <translation>Conserve le contenu des messages (identifiants masqués) pour l&apos;inspecteur et l&apos;export HAR</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="261"/>
        <source>Per session</source>
        <translation>Par session</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="262"/>
        <source>Payload bytes kept per session, both directions together</source>
        <translation>Octets de contenu conservés par session, les deux sens confondus</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="336"/>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="356"/>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="358"/>
        <source>Add injected header</source>
        <translation>Ajouter un en-tête injecté</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="359"/>
        <source>Adds a row for one more injected header</source>
        <translation>Ajoute une ligne pour un en-tête injecté supplémentaire</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="384"/>
        <source>Header-Name</source>
        <translation>Nom-En-tête</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="386"/>
        <source>Injected header name</source>
        <translation>Nom de l&apos;en-tête injecté</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="387"/>
        <source>Name of a header added to forwarded requests</source>
        <translation>Nom d&apos;un en-tête ajouté aux requêtes transmises</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="388"/>
        <source>value or ${env:NAME}</source>
        <translation>valeur ou ${env:NAME}</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="390"/>
        <source>Injected header value</source>
        <translation>Valeur de l&apos;en-tête injecté</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="391"/>
        <source>A literal value (masked) or ${env:NAME} to take it from the environment</source>
        <translation>Une valeur littérale (masquée) ou ${env:NAME} pour la prendre dans l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="393"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="396"/>
        <source>Show value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="397"/>
        <source>Shows the masked header value</source>
        <translation>Affiche la valeur masquée de l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="399"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="400"/>
        <source>Remove header</source>
        <translation>Retirer l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="401"/>
        <source>Removes this injected header</source>
        <translation>Retire cet en-tête injecté</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="608"/>
        <source>line %1: write a code and normal, transient or permanent (4404 permanent)</source>
        <translation>ligne %1 : indiquer un code et normal, transient ou permanent (4404 permanent)</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteEditor.cpp" line="652"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>airlock::RouteListModel</name>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="25"/>
        <source>capture</source>
        <translation>capture</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="27"/>
        <source>keepalive</source>
        <translation>keepalive</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="29"/>
        <source>health %1</source>
        <translation>santé %1</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="31"/>
        <source>insecure TLS</source>
        <translation>TLS non sécurisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/routes/RouteListModel.cpp" line="33"/>
        <source>%n injected header(s)</source>
        <translation>
            <numerusform>%n en-tête injecté</numerusform>
            <numerusform>%n en-têtes injectés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="35"/>
        <source>subprotocol %1</source>
        <translation>sous-protocole %1</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="62"/>
        <source>No capture, keepalive off, not monitored</source>
        <translation>Pas de capture, keepalive désactivé, non surveillé</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="63"/>
        <source>Route %1: %2 leads to %3%4</source>
        <translation>Route %1 : %2 mène à %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="81"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="83"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="85"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="87"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="93"/>
        <source>The route&apos;s name, as logs and the inspector show it</source>
        <translation>Le nom de la route, tel que l&apos;affichent les journaux et l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="95"/>
        <source>Requests whose path starts with this prefix take the route</source>
        <translation>Les requêtes dont le chemin commence par ce préfixe prennent cette route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="97"/>
        <source>Where the route leads: ws, wss, http, https or a tcp bridge</source>
        <translation>Où mène la route : ws, wss, http, https ou un pont TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="99"/>
        <source>Message capture, keepalive pings, health checks and other options that are on</source>
        <translation>Capture des messages, pings keepalive, vérifications de santé et autres options activées</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RouteListModel.cpp" line="192"/>
        <source>-copy</source>
        <translation>-copie</translation>
    </message>
</context>
<context>
    <name>airlock::RoutesView</name>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="37"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="38"/>
        <source>Edit the routes of the config file, then apply them to the running proxy</source>
        <translation>Modifier les routes du fichier de configuration, puis les appliquer au proxy en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="47"/>
        <source>The config file changed on disk.</source>
        <translation>Le fichier de configuration a été modifié sur le disque.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="50"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="52"/>
        <source>Reload the config file</source>
        <translation>Recharger le fichier de configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="53"/>
        <source>Reads the changed file; edits not applied are lost</source>
        <translation>Lit le fichier modifié ; les modifications non appliquées sont perdues</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="55"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="57"/>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="58"/>
        <source>Keeps the edited routes; the next apply replaces the file</source>
        <translation>Garde les routes modifiées ; la prochaine application remplacera le fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="71"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="72"/>
        <source>Problems that keep the config from being applied</source>
        <translation>Problèmes qui empêchent d&apos;appliquer la configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="82"/>
        <source>Route list</source>
        <translation>Liste des routes</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="83"/>
        <source>The routes of the edited config, in file order; select one to edit it</source>
        <translation>Les routes de la configuration modifiée, dans l&apos;ordre du fichier ; en sélectionner une pour la modifier</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="99"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="99"/>
        <source>Adds a new route</source>
        <translation>Ajoute une nouvelle route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="101"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="102"/>
        <source>Adds a copy of the selected route</source>
        <translation>Ajoute une copie de la route sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="103"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="103"/>
        <source>Removes the selected route</source>
        <translation>Supprime la route sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="105"/>
        <source>U&amp;p</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="105"/>
        <source>Moves the selected route up</source>
        <translation>Déplace la route sélectionnée vers le haut</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="107"/>
        <source>Do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="107"/>
        <source>Moves the selected route down</source>
        <translation>Déplace la route sélectionnée vers le bas</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="121"/>
        <source>Route settings</source>
        <translation>Paramètres de la route</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="122"/>
        <source>The settings of the selected route</source>
        <translation>Les paramètres de la route sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="130"/>
        <source>Appl&amp;y</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="131"/>
        <source>Checks the whole config, gives it to the running proxy (open sessions keep going) and saves it</source>
        <translation>Vérifie toute la configuration, la transmet au proxy en cours d&apos;exécution (les sessions ouvertes continuent) et l&apos;enregistre</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="135"/>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="136"/>
        <source>Drops the edits: back to the config in the file</source>
        <translation>Abandonne les modifications : retour à la configuration du fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="138"/>
        <source>&amp;Copy loopback URL</source>
        <translation>&amp;Copier l&apos;URL loopback</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="139"/>
        <source>Copies the selected route&apos;s address on the running proxy</source>
        <translation>Copie l&apos;adresse de la route sélectionnée sur le proxy en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="140"/>
        <source>&amp;Open page in browser</source>
        <translation>&amp;Ouvrir la page dans le navigateur</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="141"/>
        <source>Opens the selected route&apos;s address in the web browser</source>
        <translation>Ouvre l&apos;adresse de la route sélectionnée dans le navigateur web</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="159"/>
        <location filename="../app/gui/routes/RoutesView.cpp" line="313"/>
        <source>The config file changed on disk: %1. Reload it (edits not applied are lost), or keep yours and apply to replace it.</source>
        <translation>Le fichier de configuration a été modifié sur le disque : %1. Le recharger (les modifications non appliquées sont perdues) ou garder votre version et l&apos;appliquer pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="264"/>
        <source>Route %1: %2</source>
        <translation>Route %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="317"/>
        <source>Not applied: the config file was changed by another program since Airlock read it. Reload it, or keep your version and apply again.</source>
        <translation>Non appliqué : le fichier de configuration a été modifié par un autre programme depuis qu&apos;Airlock l&apos;a lu. Le recharger ou garder votre version et appliquer à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="337"/>
        <source>Not applied: fix the problems marked in the form first.</source>
        <translation>Non appliqué : corriger d&apos;abord les problèmes signalés dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="346"/>
        <source>Not applied: the config has problems.</source>
        <translation>Non appliqué : la configuration comporte des problèmes.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="404"/>
        <source>No route %1 without origin %2 in the config file.</source>
        <translation>Aucune route %1 sans l&apos;origine %2 dans le fichier de configuration.</translation>
    </message>
    <message>
        <location filename="../app/gui/routes/RoutesView.cpp" line="411"/>
        <source>Origin not allowed: %1</source>
        <translation>Origine non autorisée : %1</translation>
    </message>
</context>
<context>
    <name>airlock::SessionTableModel</name>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="26"/>
        <source>client</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="28"/>
        <source>backend</source>
        <translation>le backend</translation>
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
        <translation>Pont TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="45"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="287"/>
        <source>idle</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="289"/>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="291"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="293"/>
        <source>closing</source>
        <translation>fermeture en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="295"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="297"/>
        <source>closed (normal)</source>
        <translation>fermée (normale)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="299"/>
        <source>closed (transient)</source>
        <translation>fermée (transitoire)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="301"/>
        <source>closed (permanent)</source>
        <translation>fermée (permanente)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="317"/>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="325"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="327"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="341"/>
        <source>(not routed)</source>
        <translation>(non routée)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="385"/>
        <source>Client %1:%2, no Origin header</source>
        <translation>Client %1:%2, pas d&apos;en-tête Origin</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="386"/>
        <source>Client %1:%2, Origin %3</source>
        <translation>Client %1:%2, origine %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="391"/>
        <source>%1
Legend: green disc open, blue ring connecting, grey ring idle, amber diamond closing; closed: grey square normal, amber square transient (a retry may work), red cross permanent.</source>
        <translation>%1
Légende : disque vert ouverte, anneau bleu connexion en cours, anneau gris inactive, losange ambre fermeture en cours ; fermée : carré gris normale, carré ambre transitoire (une nouvelle tentative peut réussir), croix rouge permanente.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="397"/>
        <source>Ended %1</source>
        <translation>Terminée %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="397"/>
        <source>Still open</source>
        <translation>Toujours ouverte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="399"/>
        <source>Keepalive ping round trip: client leg %1, backend leg %2</source>
        <translation>Aller-retour des pings keepalive : tronçon client %1, tronçon backend %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="525"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="525"/>
        <source>The route the session matched</source>
        <translation>La route à laquelle la session correspond</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="526"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="526"/>
        <source>The client&apos;s address and port (Origin in the tooltip)</source>
        <translation>L&apos;adresse et le port du client (origine dans l&apos;infobulle)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="527"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="527"/>
        <source>The Origin header the client sent</source>
        <translation>L&apos;en-tête Origin envoyé par le client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="528"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="528"/>
        <source>WebSocket, TCP bridge or plain HTTP connection</source>
        <translation>Connexion WebSocket, pont TCP ou HTTP simple</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="529"/>
        <source>Subprotocol</source>
        <translation>Sous-protocole</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="529"/>
        <source>The WebSocket subprotocol the client got</source>
        <translation>Le sous-protocole WebSocket obtenu par le client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="530"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="530"/>
        <source>Open, closing, or closed with the classification of its end</source>
        <translation>Ouverte, en cours de fermeture ou fermée, avec le classement de sa fin</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="531"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="531"/>
        <source>When the client connected (local time)</source>
        <translation>Moment de la connexion du client (heure locale)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="532"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="532"/>
        <source>How long the session has been open, or was</source>
        <translation>Depuis combien de temps la session est ouverte, ou combien de temps elle l&apos;a été</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="533"/>
        <source>↑ Bytes</source>
        <translation>↑ Octets</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="533"/>
        <source>Bytes from the client to the backend</source>
        <translation>Octets du client vers le backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="534"/>
        <source>↓ Bytes</source>
        <translation>↓ Octets</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="534"/>
        <source>Bytes from the backend to the client</source>
        <translation>Octets du backend vers le client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="535"/>
        <source>↑ Msgs</source>
        <translation>↑ Msg</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="535"/>
        <source>Messages (HTTP: requests) from the client</source>
        <translation>Messages (HTTP : requêtes) du client</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="536"/>
        <source>↓ Msgs</source>
        <translation>↓ Msg</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="536"/>
        <source>Messages (HTTP: responses) from the backend</source>
        <translation>Messages (HTTP : réponses) du backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="537"/>
        <source>↑ Rate</source>
        <translation>↑ Débit</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="537"/>
        <source>Bytes per second from the client, lately</source>
        <translation>Octets par seconde du client, récemment</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="538"/>
        <source>↓ Rate</source>
        <translation>↓ Débit</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="538"/>
        <source>Bytes per second from the backend, lately</source>
        <translation>Octets par seconde du backend, récemment</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="539"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="539"/>
        <source>Keepalive ping round trip: client leg / backend leg</source>
        <translation>Aller-retour des pings keepalive : tronçon client / tronçon backend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="540"/>
        <source>Close</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="540"/>
        <source>Close code, reason, who closed, and the classification</source>
        <translation>Code de fermeture, motif, auteur de la fermeture et classement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SessionTableModel.cpp" line="560"/>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
</context>
<context>
    <name>airlock::SessionsView</name>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="27"/>
        <source>&amp;Close Session</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="28"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="29"/>
        <source>Show &amp;Handshake Record</source>
        <translation>Afficher l&apos;enregistrement de &amp;négociation</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="32"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="33"/>
        <source>The connections going through Airlock now, and those that ended lately</source>
        <translation>Les connexions qui passent actuellement par Airlock, et celles terminées récemment</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="40"/>
        <source>Sessions table</source>
        <translation>Tableau des sessions</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="41"/>
        <source>One row per session. Delete closes the selected session, Ctrl+C copies its details, Enter shows its handshake record.</source>
        <translation>Une ligne par session. Suppr ferme la session sélectionnée, Ctrl+C copie ses détails, Entrée affiche son enregistrement de négociation.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="96"/>
        <source>No sessions yet. Point a browser or a WebSocket client at one of the routes on the listening address; its connection shows up here.</source>
        <translation>Aucune session pour l&apos;instant. Diriger un navigateur ou un client WebSocket vers l&apos;une des routes de l&apos;adresse d&apos;écoute ; sa connexion apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="101"/>
        <source>No sessions</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="108"/>
        <source>Close the selected sessions (WebSocket close 1001)</source>
        <translation>Fermer les sessions sélectionnées (fermeture WebSocket 1001)</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="111"/>
        <source>Copy the details of the selected sessions</source>
        <translation>Copier les détails des sessions sélectionnées</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="114"/>
        <source>Show the handshake record of the current session</source>
        <translation>Afficher l&apos;enregistrement de négociation de la session courante</translation>
    </message>
    <message>
        <location filename="../app/gui/views/SessionsView.cpp" line="153"/>
        <source>closed from Airlock</source>
        <translation>fermée depuis Airlock</translation>
    </message>
</context>
<context>
    <name>airlock::SingleInstance</name>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="75"/>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="92"/>
        <source>cannot create the lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="103"/>
        <source>the lock file %1 is held by a process that does not answer</source>
        <translation>le fichier de verrou %1 est détenu par un processus qui ne répond pas</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/SingleInstance.cpp" line="154"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>airlock::TimingWaterfall</name>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="21"/>
        <source>Timing waterfall</source>
        <translation>Cascade temporelle</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="22"/>
        <source>Each phase of the request as a bar on a shared time axis.</source>
        <translation>Chaque phase de la requête sous forme de barre sur un axe temporel commun.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="33"/>
        <source>Head read</source>
        <translation>Lecture de l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="34"/>
        <source>TCP connect</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="35"/>
        <source>Proxy CONNECT</source>
        <translation>CONNECT du proxy</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="36"/>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="38"/>
        <source>Upstream %1</source>
        <translation>Amont %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="38"/>
        <source>Upstream answer</source>
        <translation>Réponse amont</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="39"/>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="39"/>
        <source>Client answer</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="40"/>
        <source>Session until close</source>
        <translation>Session jusqu&apos;à la fermeture</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/TimingWaterfall.cpp" line="40"/>
        <source>Close</source>
        <translation>Fermeture</translation>
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
        <translation>Aucun minutage n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>airlock::TrayController</name>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="43"/>
        <source>&amp;Show Airlock</source>
        <translation>A&amp;fficher Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="44"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="45"/>
        <source>Recent &amp;Failures</source>
        <translation>Échecs &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="48"/>
        <source>Airlock tray menu</source>
        <translation>Menu de la zone de notification d&apos;Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="50"/>
        <source>Show Airlock&apos;s window</source>
        <translation>Afficher la fenêtre d&apos;Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="200"/>
        <location filename="../app/gui/desktop/TrayController.cpp" line="230"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="233"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="234"/>
        <source>Open this session&apos;s record in the inspector</source>
        <translation>Ouvrir l&apos;enregistrement de cette session dans l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="282"/>
        <source>Airlock Preferences</source>
        <translation>Préférences d&apos;Airlock</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="303"/>
        <source>Airlock is still running</source>
        <translation>Airlock est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/gui/desktop/TrayController.cpp" line="304"/>
        <source>The proxy keeps serving your terminals. Open the window or quit from the tray icon&apos;s menu.</source>
        <translation>Le proxy continue de servir vos terminaux. Ouvrir la fenêtre ou quitter depuis le menu de l&apos;icône de la zone de notification.</translation>
    </message>
</context>
</TS>
