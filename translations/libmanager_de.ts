<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LibManager</name>
    <message>
        <location filename="../libmanager/error.cpp" line="+13"/>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol mismatch</source>
        <translation>Inkompatibles Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start the server</source>
        <translation>Der Server konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server not started by this manager</source>
        <translation>Der Server wurde nicht von diesem Manager gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server already started</source>
        <translation>Der Server ist bereits gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not serve</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call not finished</source>
        <translation>Aufruf nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value cannot be sent</source>
        <translation>Wert kann nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager shut down</source>
        <translation>Manager heruntergefahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid token</source>
        <translation>Ungültiges Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token of another server</source>
        <translation>Token eines anderen Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server full</source>
        <translation>Server voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server not responding</source>
        <translation>Server antwortet nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown typeid</source>
        <translation>Unbekannte Typ-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method not exposed</source>
        <translation>Methode nicht freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object gone</source>
        <translation>Objekt existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid arguments</source>
        <translation>Ungültige Argumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method failed on the server</source>
        <translation>Methode auf dem Server fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call cancelled</source>
        <translation>Aufruf abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key error</source>
        <translation>Schlüsselfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index error</source>
        <translation>Indexfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value error</source>
        <translation>Wertfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type error</source>
        <translation>Typfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue empty</source>
        <translation>Warteschlange leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue full</source>
        <translation>Warteschlange voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the owner</source>
        <translation>Nicht der Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken barrier</source>
        <translation>Barriere gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name holds another type</source>
        <translation>Name gehört zu einem anderen Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object quota exceeded</source>
        <translation>Objektkontingent überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server memory full</source>
        <translation>Serverspeicher voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container too large</source>
        <translation>Container zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown error %1</source>
        <translation>Unbekannter Fehler %1</translation>
    </message>
    <message>
        <location filename="../libmanager/transport/address.cpp" line="+23"/>
        <source>a local socket is a path (/run/app.sock), local:NAME or a bare name without &apos;:&apos;; TCP is host:port, [IPv6]:port, tcp://host:port or :port (all interfaces); TLS is tls://host:port</source>
        <translation>ein lokaler Socket ist ein Pfad (/run/app.sock), local:NAME oder ein bloßer Name ohne &apos;:&apos;; TCP ist host:port, [IPv6]:port, tcp://host:port oder :port (alle Schnittstellen); TLS ist tls://host:port</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no port (%2)</source>
        <translation>%1 hat keinen Port (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: an IPv6 address goes in brackets, [::1]:port</source>
        <translation>%1: eine IPv6-Adresse steht in eckigen Klammern, [::1]:port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in brackets is not an IPv6 address</source>
        <translation>%1: %2 in eckigen Klammern ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: an IPv6 address goes in brackets, as in [%2]:%3</source>
        <translation>%1: eine IPv6-Adresse steht in eckigen Klammern, wie in [%2]:%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a host name</source>
        <translation>%1: %2 ist kein Hostname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the port must be a number from 0 to 65535, not &quot;%2&quot;</source>
        <translation>%1: der Port muss eine Zahl von 0 bis 65535 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>local: names no socket</source>
        <translation>local: nennt keinen Socket</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a host without a port: write %1:PORT for TCP, or local:%1 for a local socket of that name</source>
        <translation>%1 ist ein Host ohne Port: schreiben Sie %1:PORT für TCP oder local:%1 für einen lokalen Socket dieses Namens</translation>
    </message>
    <message>
        <location filename="../libmanager/arrayproxy.cpp" line="+133"/>
        <location line="+203"/>
        <source>the array&apos;s typecode was not answered first</source>
        <translation>der typecode des Arrays kam nicht als erste Antwort</translation>
    </message>
    <message>
        <location filename="../libmanager/authkey.cpp" line="+83"/>
        <location line="+12"/>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key file %1 holds more than %2 bytes: a key file holds the key alone</source>
        <translation>die Schlüsseldatei %1 enthält mehr als %2 Byte: eine Schlüsseldatei enthält nur den Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key file %1 is empty</source>
        <translation>die Schlüsseldatei %1 ist leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file %1</source>
        <extracomment>Where a key came from, after &quot;from&quot; in &quot;32 bytes, SHA-256 1a2b3c4d, from the file /etc/app/key&quot;: put it in the form that follows that word in your language.</extracomment>
        <translation>der Datei %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 bytes, SHA-256 %2, from %3</source>
        <translation>%1 Byte, SHA-256 %2, aus %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes, SHA-256 %2, this process&apos;s default key</source>
        <translation>%1 Byte, SHA-256 %2, der Standardschlüssel dieses Prozesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 Byte, SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../libmanager/basemanager.cpp" line="+100"/>
        <source>call start() or connectToServer() first</source>
        <translation>rufen Sie zuerst start() oder connectToServer() auf</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the observer key is the server&apos;s key: clients with it would not be observers; give the observers a key of their own</source>
        <translation>der Beobachterschlüssel ist der Schlüssel des Servers: Clients damit wären keine Beobachter; geben Sie den Beobachtern einen eigenen Schlüssel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+279"/>
        <source>the TLS configuration cannot be used: %1</source>
        <translation>die TLS-Konfiguration ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its starter and its last client are gone</source>
        <translation>der Prozess, der ihn gestartet hat, und sein letzter Client existieren nicht mehr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the parent process is gone</source>
        <translation>der Elternprozess ist beendet</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>this manager&apos;s server was shut down; a manager starts one server: make a new manager</source>
        <translation>der Server dieses Managers wurde heruntergefahren; ein Manager startet nur einen Server: erstellen Sie einen neuen Manager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this manager&apos;s server runs already (process %1)</source>
        <translation>der Server dieses Managers läuft bereits (Prozess %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has custom types, so its server runs this program again; its main() must first call &quot;if (LibManager::isServerProcess()) return LibManager::serverMain&lt;%1&gt;(argc, argv);&quot;</source>
        <translation>%1 hat eigene Typen, daher führt sein Server dieses Programm erneut aus; seine main() muss zuerst &quot;if (LibManager::isServerProcess()) return LibManager::serverMain&lt;%1&gt;(argc, argv);&quot; aufrufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the libmanager-server program is not installed beside the library (set LIBMANAGER_SERVER_PROGRAM to its path)</source>
        <translation>das Programm libmanager-server ist nicht neben der Bibliothek installiert (setzen Sie LIBMANAGER_SERVER_PROGRAM auf seinen Pfad)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../libmanager/server/server.cpp" line="+673"/>
        <source>cannot name &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht benannt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this manager serves already</source>
        <translation>dieser Manager dient bereits als Server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no address to connect to</source>
        <translation>keine Adresse zum Verbinden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>shutdown() stops only a server that start() started; use requestServerShutdown() to ask another server to stop</source>
        <translation>shutdown() beendet nur einen Server, den start() gestartet hat; bitten Sie einen anderen Server mit requestServerShutdown(), sich zu beenden</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the server answered %1() without a token</source>
        <translation>der Server hat %1() ohne Token beantwortet</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+27"/>
        <source>the token names no object (a default-constructed token, or text that Token::fromString() could not read as &quot;typeid/objectid/serverid@address&quot;)</source>
        <translation>das Token bezeichnet kein Objekt (ein standardkonstruiertes Token oder ein Text, den Token::fromString() nicht als &quot;typeid/objectid/serverid@address&quot; lesen konnte)</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+27"/>
        <source>the token names an object of another server (%1 at %2); this manager is connected to %3 at %4</source>
        <translation>das Token bezeichnet ein Objekt eines anderen Servers (%1 unter %2); dieser Manager ist mit %3 unter %4 verbunden</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>the proxy for %1 is not a %2</source>
        <translation>der Proxy für %1 ist kein %2</translation>
    </message>
    <message>
        <location filename="../libmanager/client/clientconnection.cpp" line="+92"/>
        <source>not an address: %1</source>
        <translation>keine Adresse: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the server at %1 is gone: another server listens there now</source>
        <translation>der Server unter %1 ist weg: dort lauscht jetzt ein anderer Server</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+62"/>
        <source>the peer at %1 is not a libmanager server</source>
        <translation>die Gegenstelle unter %1 ist kein libmanager-Server</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>no handshake from %1 within %2 ms</source>
        <translation>kein Handshake von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 closed the connection during the handshake</source>
        <translation>%1 hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server at %1 requires TLS: connect to tls://%2</source>
        <translation>der Server unter %1 verlangt TLS: verbinden Sie sich mit tls://%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server at %1 is full: it has no resources for another connection; try again when some of its clients have gone</source>
        <translation>der Server unter %1 ist voll: er hat keine Ressourcen für eine weitere Verbindung; versuchen Sie es erneut, wenn einige seiner Clients gegangen sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server at %1 is full: it serves its maximum number of clients; try again when one has gone</source>
        <translation>der Server unter %1 ist voll: er bedient bereits seine Höchstzahl an Clients; versuchen Sie es erneut, wenn einer gegangen ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server speaks protocol %1 (data stream %2); this library speaks %3 (%4)</source>
        <translation>der Server spricht Protokoll %1 (Datenstrom %2); diese Bibliothek spricht %3 (%4)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 closed the connection instead of accepting our key (%2)</source>
        <translation>%1 hat die Verbindung geschlossen, statt unseren Schlüssel anzunehmen (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed welcome from %1</source>
        <translation>fehlerhafte Begrüßung von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server at %1 rejected our key (%2)</source>
        <translation>der Server unter %1 hat unseren Schlüssel abgelehnt (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server at %1 refused our protocol version %2</source>
        <translation>der Server unter %1 hat unsere Protokollversion %2 abgelehnt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server at %1 could not prove that it holds our key (%2)</source>
        <translation>der Server unter %1 konnte nicht beweisen, dass er unseren Schlüssel besitzt (%2)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>connection closed by this process</source>
        <translation>Verbindung von diesem Prozess geschlossen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server shut down (%1)</source>
        <translation>der Server wurde heruntergefahren (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the connection to %1 broke while sending</source>
        <translation>die Verbindung zu %1 brach beim Senden ab</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server at %1 did not take our data in time</source>
        <translation>der Server unter %1 hat unsere Daten nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the server at %1 closed the connection</source>
        <translation>der Server unter %1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to %1 broke</source>
        <translation>die Verbindung zu %1 brach ab</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server at %1 answered nothing, not even a ping, for %2 ms (the liveness timeout): it is stopped, hung, or busy in one long call</source>
        <translation>der Server unter %1 hat %2 ms lang nichts beantwortet, nicht einmal einen Ping (die Lebendigkeitsfrist): er ist angehalten, hängt oder steckt in einem langen Aufruf</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the server at %1 stopped answering: its host, or the network to it, acknowledged nothing within the liveness timeout (%2 ms)</source>
        <translation>der Server unter %1 antwortet nicht mehr: sein Rechner oder das Netz dorthin hat innerhalb der Lebendigkeitsfrist (%2 ms) nichts bestätigt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the server sent a frame of %1 bytes, above the limit of %2</source>
        <translation>der Server hat einen Frame von %1 Byte gesendet, über der Grenze von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>protocol error: the server sent a client&apos;s message (kind %1)</source>
        <translation>Protokollfehler: der Server hat eine Client-Nachricht gesendet (Art %1)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1() got no answer within its timeout (%2 ms) and a grace of %3 ms: the server at %4 is stopped, hung or too busy; the call was cancelled</source>
        <translation>%1() hat innerhalb seiner Frist (%2 ms) und einer Nachfrist von %3 ms keine Antwort erhalten: der Server unter %4 ist angehalten, hängt oder ist zu beschäftigt; der Aufruf wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1() got no answer within %2 ms</source>
        <translation>%1() hat innerhalb von %2 ms keine Antwort erhalten</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no answer within the call&apos;s timeout (%1 ms) and a grace of %2 ms: the server at %3 is stopped, hung or too busy; the call was cancelled</source>
        <translation>keine Antwort innerhalb der Frist des Aufrufs (%1 ms) und einer Nachfrist von %2 ms: der Server unter %3 ist angehalten, hängt oder ist zu beschäftigt; der Aufruf wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location filename="../libmanager/conditionproxy.cpp" line="+19"/>
        <source>no notify within %1 ms</source>
        <translation>kein notify innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../libmanager/server/methodtable.cpp" line="+50"/>
        <source>argument %1 of %2: cannot convert %3 to %4</source>
        <translation>Argument %1 von %2: %3 kann nicht in %4 umgewandelt werden</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../libmanager/standardtypes/standardobject.cpp" line="+202"/>
        <source>&apos;%1&apos; is not an exposed method of %2 (exposed: %3)</source>
        <translation>&apos;%1&apos; ist keine freigegebene Methode von %2 (freigegeben: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most %1 arguments</source>
        <translation>höchstens %1 Argumente</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 threw: %2</source>
        <translation>%1 hat eine Ausnahme ausgelöst: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 threw an exception</source>
        <translation>%1 hat eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes %2 arguments, %3 given (%4)</source>
        <translation>%1 nimmt %2 Argumente, %3 übergeben (%4)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>at most %1 constructor arguments</source>
        <translation>höchstens %1 Konstruktorargumente</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no Q_INVOKABLE constructor taking (%2)</source>
        <translation>%1 hat keinen Q_INVOKABLE-Konstruktor, der (%2) nimmt</translation>
    </message>
    <message>
        <location filename="../libmanager/namespaceproxy.cpp" line="+19"/>
        <source>the proxy has no attribute &apos;%1&apos;</source>
        <translation>der Proxy hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/standardobject.cpp" line="+9"/>
        <source>%1 takes %2</source>
        <translation>%1 nimmt %2</translation>
    </message>
    <message>
        <location filename="../libmanager/pendingcall.cpp" line="+106"/>
        <source>the connection is gone</source>
        <translation>die Verbindung existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an empty PendingCall</source>
        <translation>ein leerer PendingCall</translation>
    </message>
    <message>
        <location filename="../libmanager/platform/platform_unix.cpp" line="+65"/>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+93"/>
        <source>socket path too long: %1</source>
        <translation>Socket-Pfad zu lang: %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>unusable address %1</source>
        <translation>unbrauchbare Adresse %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot resolve host %1: %2</source>
        <translation>Host %1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot create a directory beside %1: %2</source>
        <translation>neben %1 kann kein Verzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot listen at %1: %2</source>
        <translation>an %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <location filename="../libmanager/proxy.cpp" line="+133"/>
        <source>the proxy is not attached to a shared object</source>
        <translation>der Proxy ist an kein gemeinsam genutztes Objekt gebunden</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>the value holds no proxy</source>
        <translation>der Wert enthält keinen Proxy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the value names an object of another server (%1 at %2)</source>
        <translation>der Wert bezeichnet ein Objekt eines anderen Servers (%1 unter %2)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1() returned no shared object (a %2)</source>
        <translation>%1() hat kein gemeinsam genutztes Objekt zurückgegeben (sondern: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy for %1 is a %2, not a %3</source>
        <translation>der Proxy für %1 ist ein %2, kein %3</translation>
    </message>
    <message>
        <location filename="../libmanager/server/server.cpp" line="-631"/>
        <source>object %1 does not exist (it was released, or never existed on this server)</source>
        <translation>Objekt %1 existiert nicht (es wurde freigegeben oder hat auf diesem Server nie existiert)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server ran out of memory while running %1</source>
        <translation>dem Server ging bei der Ausführung von %1 der Speicher aus</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>server destroyed</source>
        <translation>Server zerstört</translation>
    </message>
    <message>
        <location filename="../libmanager/transport/transport.cpp" line="+45"/>
        <source>address in use: %1</source>
        <translation>Adresse wird bereits verwendet: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+6"/>
        <source>this libmanager was built without TLS (LIBMANAGER_TLS=OFF)</source>
        <translation>diese libmanager wurde ohne TLS gebaut (LIBMANAGER_TLS=OFF)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+14"/>
        <source>invalid address</source>
        <translation>ungültige Adresse</translation>
    </message>
    <message>
        <location filename="../libmanager/server/server.cpp" line="+317"/>
        <source>shutdown requested</source>
        <translation>Herunterfahren angefordert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a method of the server (it has: %2)</source>
        <translation>&apos;%1&apos; ist keine Methode des Servers (er hat: %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>client %1 holds references to %2 objects, the most one client may hold on this server (maxObjectsPerClient)</source>
        <translation>Client %1 hält Referenzen auf %2 Objekte, so viele, wie ein Client auf diesem Server halten darf (maxObjectsPerClient)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no type &apos;%1&apos; is registered on this server (it has: %2)</source>
        <translation>auf diesem Server ist kein Typ &apos;%1&apos; registriert (er hat: %2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the server ran out of memory while creating %1</source>
        <translation>dem Server ging beim Erzeugen von %1 der Speicher aus</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+18"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>creating %1 threw: %2</source>
        <translation>das Erzeugen von %1 hat eine Ausnahme ausgelöst: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the factory of %1 made no object from these arguments</source>
        <translation>die Factory von %1 hat aus diesen Argumenten kein Objekt erzeugt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 object is shared by another server</source>
        <translation>das %1-Objekt wird von einem anderen Server geteilt</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1.%2() returned a %3, which is no registered shared type: register its class, or declare the method&apos;s result with registerMethodResult()</source>
        <translation>%1.%2() hat ein %3 zurückgegeben, das kein registrierter gemeinsam genutzter Typ ist: registrieren Sie seine Klasse oder deklarieren Sie das Ergebnis der Methode mit registerMethodResult()</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2() returns objects of typeid &apos;%3&apos;, which is not registered on this server</source>
        <translation>%1.%2() gibt Objekte der typeid &apos;%3&apos; zurück, die auf diesem Server nicht registriert ist</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a name may not be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is the name of a %2, not of a %3</source>
        <translation>&apos;%1&apos; benennt ein %2, kein %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+15"/>
        <source>no object is named &apos;%1&apos; on this server</source>
        <translation>auf diesem Server heißt kein Objekt &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 objects publish no changes</source>
        <translation>%1-Objekte veröffentlichen keine Änderungen</translation>
    </message>
    <message>
        <location line="+598"/>
        <source>no client %1 is connected to this server</source>
        <translation>kein Client %1 ist mit diesem Server verbunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>setClientName takes a name (a string)</source>
        <translation>setClientName nimmt einen Namen (eine Zeichenkette)</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>the client broke the protocol</source>
        <translation>der Client hat das Protokoll verletzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client left too much of its output unread</source>
        <translation>der Client hat zu viel seiner Ausgabe ungelesen gelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client read none of its output for too long</source>
        <translation>der Client hat zu lange nichts von seiner Ausgabe gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server ran out of memory for the client</source>
        <translation>dem Server ist der Speicher für den Client ausgegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server shut down</source>
        <translation>der Server wurde heruntergefahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client closed its connection, or its process ended</source>
        <translation>der Client hat seine Verbindung geschlossen, oder sein Prozess wurde beendet</translation>
    </message>
    <message>
        <location filename="../libmanager/server/serverconnection.cpp" line="+398"/>
        <source>the result cannot be sent: %1</source>
        <translation>das Ergebnis kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../libmanager/servermain.cpp" line="+118"/>
        <source>this program has no server for manager class %1</source>
        <translation>dieses Programm hat keinen Server für die Managerklasse %1</translation>
    </message>
    <message>
        <location filename="../libmanager/server/serverprocess.cpp" line="+76"/>
        <source>cannot make a pipe: %1</source>
        <translation>Pipe kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 did not start serving within %2 ms</source>
        <translation>%1 hat nicht innerhalb von %2 ms mit dem Bereitstellen begonnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 exited (code %2) before it served</source>
        <translation>%1 wurde beendet (Code %2), bevor es bereit war</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no configuration on standard input (this program is started by BaseManager::start())</source>
        <translation>keine Konfiguration auf der Standardeingabe (dieses Programm wird von BaseManager::start() gestartet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>configuration too large</source>
        <translation>Konfiguration zu groß</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>truncated configuration</source>
        <translation>abgeschnittene Konfiguration</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unreadable configuration (started by another libmanager version?)</source>
        <translation>unlesbare Konfiguration (von einer anderen libmanager-Version gestartet?)</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedarray.cpp" line="+71"/>
        <source>%1 bytes are not whole elements of %2 bytes</source>
        <translation>%1 Byte ergeben keine ganzen Elemente zu je %2 Byte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list or packed bytes</source>
        <translation>Liste oder gepackte Bytes erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bad array size %1</source>
        <translation>ungültige Array-Größe %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 items do not fit an array of %2 at %3 (its length never changes)</source>
        <translation>%1 Elemente passen ab %3 nicht in ein Array der Länge %2 (seine Länge ändert sich nie)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>array index out of range</source>
        <translation>Array-Index außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedbarrier.cpp" line="+15"/>
        <source>the barrier was destroyed</source>
        <translation>die Barriere wurde zerstört</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the barrier is broken</source>
        <translation>die Barriere ist gebrochen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a wait timed out</source>
        <translation>ein Warten hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out; the barrier is broken</source>
        <translation>Zeitlimit überschritten; die Barriere ist gebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the barrier was aborted</source>
        <translation>die Barriere wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the barrier was reset</source>
        <translation>die Barriere wurde zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedcondition.cpp" line="+23"/>
        <source>the condition was destroyed</source>
        <translation>die Bedingungsvariable wurde zerstört</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the condition&apos;s lock is gone</source>
        <translation>die Sperre der Bedingungsvariable existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot wait on un-acquired lock</source>
        <translation>Warten auf eine nicht erworbene Sperre ist nicht möglich</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot notify on un-acquired lock</source>
        <translation>Benachrichtigen ohne erworbene Sperre ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/dicttable.cpp" line="+116"/>
        <source>unhashable type: &apos;%1&apos;</source>
        <translation>nicht hashbarer Typ: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/shareddict.cpp" line="+110"/>
        <source>unknown search mode &apos;%1&apos; (substring, glob or regex)</source>
        <translation>unbekannte Suchart &apos;%1&apos; (substring, glob oder regex)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad pattern at %1: %2</source>
        <translation>fehlerhaftes Muster an Stelle %1: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the dict was destroyed</source>
        <translation>das dict wurde zerstört</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>dictionary update sequence element #%1 is not a [key, value] pair</source>
        <translation>Element #%1 der Aktualisierungsfolge des Dictionarys ist kein [key, value]-Paar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>update() takes a map or a list of [key, value] pairs</source>
        <translation>update() nimmt eine Map oder eine Liste von [key, value]-Paaren</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown search scope &apos;%1&apos; (keys, values or both)</source>
        <translation>unbekannter Suchbereich &apos;%1&apos; (keys, values oder both)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>get_range() reads strings and bytes, not &apos;%1&apos;</source>
        <translation>get_range() liest Zeichenketten und Bytes, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>popitem(): dictionary is empty</source>
        <translation>popitem(): das Dictionary ist leer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 takes (mapping or pairs)</source>
        <translation>%1 nimmt (Mapping oder Paare)</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedevent.cpp" line="+10"/>
        <source>the event was destroyed</source>
        <translation>das Ereignis wurde zerstört</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedlist.cpp" line="+29"/>
        <source>slice step cannot be zero</source>
        <translation>die Schrittweite eines Slices darf nicht null sein</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>attempt to assign sequence of size %1 to extended slice of size %2</source>
        <translation>Versuch, eine Folge der Größe %1 einem erweiterten Slice der Größe %2 zuzuweisen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>list index out of range</source>
        <translation>Listenindex außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+219"/>
        <location line="+25"/>
        <source>list assignment index out of range</source>
        <translation>Zuweisungsindex der Liste außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>%1 takes (a list)</source>
        <translation>%1 nimmt (eine Liste)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pop from empty list</source>
        <translation>pop aus leerer Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pop index out of range</source>
        <translation>pop-Index außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not in list</source>
        <translation>%1 ist nicht in der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list.remove(x): x not in list</source>
        <translation>list.remove(x): x ist nicht in der Liste</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;&lt;&apos; not supported between %1 and %2</source>
        <translation>&apos;&lt;&apos; wird zwischen %1 und %2 nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedlock.cpp" line="+14"/>
        <source>the lock was destroyed</source>
        <translation>die Sperre wurde zerstört</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>release unlocked lock</source>
        <translation>Freigabe einer nicht belegten Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot release un-acquired lock</source>
        <translation>eine nicht erworbene Sperre kann nicht freigegeben werden</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharednamespace.cpp" line="+111"/>
        <source>%1 takes an attribute name (a string)</source>
        <translation>%1 nimmt einen Attributnamen (eine Zeichenkette)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos;: names beginning with &apos;_&apos; belong to the proxy</source>
        <translation>&apos;%1&apos;: Namen, die mit &apos;_&apos; beginnen, gehören dem Proxy</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+33"/>
        <source>&apos;Namespace&apos; object has no attribute &apos;%1&apos;</source>
        <translation>das &apos;Namespace&apos;-Objekt hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedqueue.cpp" line="+20"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>the queue was destroyed</source>
        <translation>die Warteschlange wurde zerstört</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>task_done() called too many times</source>
        <translation>task_done() zu oft aufgerufen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the queue is full (maxsize %1)</source>
        <translation>die Warteschlange ist voll (maxsize %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the queue stayed full (maxsize %1)</source>
        <translation>die Warteschlange blieb voll (maxsize %1)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the queue is empty</source>
        <translation>die Warteschlange ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the queue stayed empty</source>
        <translation>die Warteschlange blieb leer</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedsemaphore.cpp" line="+15"/>
        <source>the semaphore was destroyed</source>
        <translation>das Semaphor wurde zerstört</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>n must be one or more</source>
        <translation>n muss mindestens eins sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semaphore released too many times</source>
        <translation>Semaphor zu oft freigegeben</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedvalue.cpp" line="+72"/>
        <source>typecode &apos;%1&apos; adds integers only</source>
        <translation>typecode &apos;%1&apos; addiert nur ganze Zahlen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sum is out of range for typecode &apos;%1&apos; (%2)</source>
        <translation>die Summe liegt außerhalb des Bereichs von typecode &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>typecode &apos;%1&apos; adds numbers only</source>
        <translation>typecode &apos;%1&apos; addiert nur Zahlen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>typecode &apos;%1&apos; holds a character: nothing to add</source>
        <translation>typecode &apos;%1&apos; enthält ein Zeichen: nichts zu addieren</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/standardtypes.cpp" line="+65"/>
        <source>bad typecode &apos;%1&apos; (must be one of %2)</source>
        <translation>ungültiger typecode &apos;%1&apos; (muss einer von %2 sein)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be an integer</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>semaphore initial value must be &gt;= 0</source>
        <translation>der Anfangswert eines Semaphors muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Condition() takes a Lock or RLock of the same manager</source>
        <translation>Condition() nimmt ein Lock oder RLock desselben Managers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a barrier needs one party or more</source>
        <translation>eine Barriere braucht mindestens einen Teilnehmer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>list() takes a list</source>
        <translation>list() nimmt eine Liste</translation>
    </message>
    <message>
        <location filename="../libmanager/tr_p.h" line="+38"/>
        <source>%1: %2</source>
        <comment>text: details</comment>
        <extracomment>A text, then its details: &quot;Connection refused: /run/app.sock: no such file&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>en</source>
        <comment>catalogue language code</comment>
        <extracomment>Not a text: the code of this catalogue&apos;s language (de, fr, pt_BR, ...). A server that start() runs loads the catalogue of that language.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/typecode.cpp" line="+82"/>
        <source>typecode &apos;%1&apos; takes an integer, not %2</source>
        <translation>typecode &apos;%1&apos; nimmt eine ganze Zahl, kein %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for typecode &apos;%2&apos; (%3)</source>
        <translation>%1 liegt außerhalb des Bereichs von typecode &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>typecode &apos;%1&apos; takes a number, not %2</source>
        <translation>typecode &apos;%1&apos; nimmt eine Zahl, kein %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for typecode &apos;f&apos;</source>
        <translation>%1 liegt außerhalb des Bereichs von typecode &apos;f&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>typecode &apos;c&apos; takes a byte array of length 1, not length %1</source>
        <translation>typecode &apos;c&apos; nimmt ein Byte-Array der Länge 1, nicht der Länge %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>typecode &apos;c&apos; takes a byte array of length 1, not %1</source>
        <translation>typecode &apos;c&apos; nimmt ein Byte-Array der Länge 1, kein %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>typecode &apos;u&apos; takes one character, not %1 characters</source>
        <translation>typecode &apos;u&apos; nimmt ein Zeichen, nicht %1 Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>typecode &apos;u&apos; takes one character, not %1</source>
        <translation>typecode &apos;u&apos; nimmt ein Zeichen, kein %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown typecode</source>
        <translation>unbekannter typecode</translation>
    </message>
    <message>
        <location filename="../libmanager/typedproxy_p.h" line="+141"/>
        <source>the server ended a wait without a timeout unacquired</source>
        <translation>der Server hat ein Warten ohne Zeitlimit erfolglos beendet</translation>
    </message>
    <message>
        <location filename="../libmanager/wire/wirecodec.cpp" line="+347"/>
        <source>containers nest more than %1 deep</source>
        <translation>Container sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>cannot send a %1: only proxies travel as objects</source>
        <translation>ein %1 kann nicht gesendet werden: nur Proxys werden als Objekte übertragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot send a %1: it has no QDataStream operators</source>
        <translation>ein %1 kann nicht gesendet werden: der Typ hat keine QDataStream-Operatoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot send a %1: not a type libmanager carries (send its data as a list, map or byte array)</source>
        <translation>ein %1 kann nicht gesendet werden: libmanager überträgt diesen Typ nicht (senden Sie seine Daten als Liste, Map oder Byte-Array)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot send a %1</source>
        <translation>ein %1 kann nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>list claims %1 items, more than the frame holds</source>
        <translation>Liste gibt %1 Elemente an, mehr als der Frame enthält</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>map claims %1 entries, more than the frame holds</source>
        <translation>Map gibt %1 Einträge an, mehr als der Frame enthält</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>truncated map key</source>
        <translation>abgeschnittener Map-Schlüssel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown type %1</source>
        <translation>unbekannter Typ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+64"/>
        <location line="+47"/>
        <source>truncated value</source>
        <translation>abgeschnittener Wert</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>unknown type id %1</source>
        <translation>unbekannte Typ-ID %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 may not travel as an opaque value</source>
        <translation>ein %1 darf nicht als opaker Wert übertragen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read a %1</source>
        <translation>ein %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>containers nest deeper than %1</source>
        <translation>Container sind tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>string list claims %1 strings, more than the frame holds</source>
        <translation>Zeichenkettenliste gibt %1 Zeichenketten an, mehr als der Frame enthält</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a UTC offset of %1 s</source>
        <translation>ein UTC-Versatz von %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown time zone id</source>
        <translation>unbekannte Zeitzonen-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown time spec %1</source>
        <translation>unbekannte Zeitspezifikation %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed bit array</source>
        <translation>fehlerhaftes Bit-Array</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byte array list claims %1 items, more than the frame holds</source>
        <translation>Byte-Array-Liste gibt %1 Elemente an, mehr als der Frame enthält</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown value tag %1</source>
        <translation>unbekanntes Wert-Tag %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>arguments are not a list</source>
        <translation>Argumente sind keine Liste</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>empty frame</source>
        <translation>leerer Frame</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>truncated call</source>
        <translation>abgeschnittener Aufruf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>truncated result</source>
        <translation>abgeschnittenes Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object result without a token</source>
        <translation>ein Objektergebnis ohne Token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>truncated failure</source>
        <translation>abgeschnittene Fehlermeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failure without an error code</source>
        <translation>Fehlermeldung ohne Fehlercode</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>truncated event</source>
        <translation>abgeschnittenes Ereignis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown message kind %1</source>
        <translation>unbekannte Nachrichtenart %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>truncated message (kind %1)</source>
        <translation>abgeschnittene Nachricht (Art %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stray bytes after a message (kind %2)</source>
        <translation>%1 überzählige Bytes nach einer Nachricht (Art %2)</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>the decoded values would take more than %1 bytes of memory, the limit for a frame of %2 bytes</source>
        <translation>die decodierten Werte würden mehr als %1 Bytes Speicher belegen, die Grenze für einen Frame von %2 Bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a value asked for more memory than is available</source>
        <translation>ein Wert verlangte mehr Speicher als verfügbar</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/quotaaccount.cpp" line="+50"/>
        <source>the objects client %1 created would take about %2 bytes, more than its quota of %3 (maxBytesPerClient)</source>
        <translation>die von Client %1 erzeugten Objekte würden etwa %2 Bytes belegen, mehr als sein Kontingent von %3 (maxBytesPerClient)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>out of memory: the server&apos;s shared objects would take about %1 bytes, more than its limit of %2 (maxMemory)</source>
        <translation>Speicher erschöpft: die gemeinsamen Objekte des Servers würden etwa %1 Bytes belegen, mehr als seine Grenze von %2 (maxMemory)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 elements are more than one container may hold on this server (%2, maxContainerLength)</source>
        <translation>%1 Elemente sind mehr, als ein Container auf diesem Server enthalten darf (%2, maxContainerLength)</translation>
    </message>
    <message>
        <location filename="../libmanager/server/accesspolicy.cpp" line="+44"/>
        <source>%1 is refused: this client authenticated with the server&apos;s observer key, which may only introspect, subscribe and read</source>
        <translation>%1 wird abgelehnt: dieser Client hat sich mit dem Beobachterschlüssel des Servers angemeldet, der nur Introspektion, Abonnieren und Lesen erlaubt</translation>
    </message>
    <message>
        <location filename="../libmanager/arraymodel.cpp" line="+70"/>
        <location filename="../libmanager/dictmodel.cpp" line="+86"/>
        <location filename="../libmanager/listmodel.cpp" line="+73"/>
        <location filename="../libmanager/namespacemodel.cpp" line="+105"/>
        <source>Value</source>
        <extracomment>The column header of an Array&apos;s elements in its item model
----------
The column header of a dict&apos;s values in its item model
----------
The column header of a list&apos;s item model
----------
The column header of a Namespace&apos;s attribute values in its item model</extracomment>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../libmanager/containermodel.cpp" line="+371"/>
        <source>Loading…</source>
        <extracomment>What a row of an item model shows while its contents are on their way</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the shared object can no longer be reached</source>
        <extracomment>An item model&apos;s proxy lost its connection or its object</extracomment>
        <translation>das gemeinsam genutzte Objekt ist nicht mehr erreichbar</translation>
    </message>
    <message>
        <location filename="../libmanager/dictmodel.cpp" line="-3"/>
        <source>Key</source>
        <extracomment>The column header of a dict&apos;s keys in its item model</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <extracomment>The column header of the Python type of a value in an item model</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../libmanager/namespacemodel.cpp" line="-3"/>
        <source>Name</source>
        <extracomment>The column header of a Namespace&apos;s attribute names in its item model</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../libmanager/tlsconfiguration.cpp" line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PEM file (no -----BEGIN line)</source>
        <translation>%1 ist keine PEM-Datei (keine -----BEGIN-Zeile)</translation>
    </message>
    <message>
        <location filename="../libmanager/transport/tlsstream.cpp" line="+73"/>
        <source>the certificate is not a PEM certificate (%1)</source>
        <translation>das Zertifikat ist kein PEM-Zertifikat (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the certificate cannot be used (%1)</source>
        <translation>das Zertifikat ist nicht verwendbar (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the certificate chain cannot be used (%1)</source>
        <translation>die Zertifikatskette ist nicht verwendbar (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the private key is not an unencrypted PEM key (%1)</source>
        <translation>der private Schlüssel ist kein unverschlüsselter PEM-Schlüssel (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the private key does not belong to the certificate (%1)</source>
        <translation>der private Schlüssel gehört nicht zum Zertifikat (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the CA certificates hold no PEM certificate</source>
        <translation>die CA-Zertifikate enthalten kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS is not available: %1</source>
        <translation>TLS ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../libmanager/transport/transport.cpp" line="-91"/>
        <source>a TLS server needs a certificate and its private key (TlsConfiguration::setCertificateChain() and setPrivateKey(); libmanager-server --tls-cert and --tls-key)</source>
        <translation>ein TLS-Server braucht ein Zertifikat und dessen privaten Schlüssel (TlsConfiguration::setCertificateChain() und setPrivateKey(); libmanager-server --tls-cert und --tls-key)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the TLS configuration has a certificate but no private key</source>
        <translation>die TLS-Konfiguration hat ein Zertifikat, aber keinen privaten Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS configuration has a private key but no certificate</source>
        <translation>die TLS-Konfiguration hat einen privaten Schlüssel, aber kein Zertifikat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot load the system&apos;s trusted certificates (%1)</source>
        <translation>die vertrauenswürdigen Zertifikate des Systems können nicht geladen werden (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS server that requires client certificates needs the CA certificates they must chain to (TlsConfiguration::setCaCertificates(); libmanager-server --tls-ca)</source>
        <translation>ein TLS-Server, der Client-Zertifikate verlangt, braucht die CA-Zertifikate, auf die sie zurückführen müssen (TlsConfiguration::setCaCertificates(); libmanager-server --tls-ca)</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server does not use TLS: connect to it without tls://</source>
        <translation>der Server verwendet kein TLS: verbinden Sie sich ohne tls://</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no TLS handshake from the server in time</source>
        <translation>kein rechtzeitiger TLS-Handshake vom Server</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server closed the connection before TLS began</source>
        <translation>der Server hat die Verbindung geschlossen, bevor TLS begann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer from the server in time</source>
        <translation>keine rechtzeitige Antwort vom Server</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the server&apos;s certificate has expired (%1)</source>
        <translation>das Zertifikat des Servers ist abgelaufen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s certificate is not valid yet (%1)</source>
        <translation>das Zertifikat des Servers ist noch nicht gültig (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is for another host (%1); connect with the name it carries, or set TlsConfiguration::setPeerVerifyName()</source>
        <translation>das Zertifikat des Servers gilt für einen anderen Host (%1); verbinden Sie sich mit dem Namen, den es trägt, oder setzen Sie TlsConfiguration::setPeerVerifyName()</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s certificate is not trusted (%1): is the CA that signed it in TlsConfiguration::caCertificates()?</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut (%1): ist die CA, die es signiert hat, in TlsConfiguration::caCertificates()?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>the server requires a client certificate (TlsConfiguration::setCertificateChain() and setPrivateKey())</source>
        <translation>der Server verlangt ein Client-Zertifikat (TlsConfiguration::setCertificateChain() und setPrivateKey())</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the server refused the TLS handshake (%1)</source>
        <translation>der Server hat den TLS-Handshake abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server refused this client&apos;s certificate (%1)</source>
        <translation>der Server hat das Zertifikat dieses Clients abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../libmanager/tools/libmanager-server/main.cpp" line="+133"/>
        <source>Serves libmanager shared objects on an address until it is asked to stop (SIGINT, SIGTERM, or a client&apos;s shutdown request).</source>
        <translation>Stellt gemeinsam genutzte libmanager-Objekte unter einer Adresse bereit, bis es zum Beenden aufgefordert wird (SIGINT, SIGTERM oder die Aufforderung eines Clients zum Herunterfahren).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addresses:
  a local socket: a path (/run/user/1000/app.sock), local:NAME, or a bare NAME
    without &apos;:&apos; (placed in the temporary directory, as QLocalServer places it);
  TCP: HOST:PORT, [IPV6]:PORT, tcp://HOST:PORT, or :PORT for every interface;
    port 0 picks a free port;
  TLS over TCP: tls://HOST:PORT (with --tls-cert and --tls-key).
Without --address the server listens on a fresh local socket in a directory only
this user can enter. In every case it prints the real address on standard output,
as &quot;libmanager-server: serving at ADDRESS&quot;, once clients can connect.</source>
        <translation>Adressen:
  ein lokaler Socket: ein Pfad (/run/user/1000/app.sock), local:NAME oder ein bloßer
    NAME ohne &apos;:&apos; (im temporären Verzeichnis angelegt, wie QLocalServer ihn anlegt);
  TCP: HOST:PORT, [IPV6]:PORT, tcp://HOST:PORT oder :PORT für alle Schnittstellen;
    Port 0 wählt einen freien Port;
  TLS über TCP: tls://HOST:PORT (mit --tls-cert und --tls-key).
Ohne --address lauscht der Server auf einem neuen lokalen Socket in einem Verzeichnis,
das nur dieser Benutzer betreten kann. In jedem Fall gibt er die tatsächliche Adresse
auf der Standardausgabe aus, als &quot;libmanager-server: serving at ADDRESS&quot;, sobald sich
Clients verbinden können.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Read the authentication key from this environment variable.</source>
        <translation>Den Authentifizierungsschlüssel aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>--object %1: expected NAME=TYPE or NAME=TYPE:ARG,... (for example jobs=Queue, slots=Semaphore:4)</source>
        <translation>--object %1: erwartet NAME=TYPE oder NAME=TYPE:ARG,... (zum Beispiel jobs=Queue, slots=Semaphore:4)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Key files: the key is the file&apos;s bytes, except that a file holding one line of text
followed by a line break loses that line break. So a key made with
&quot;openssl rand -hex 16 &gt; key&quot; and a binary one made with
&quot;head -c 32 /dev/urandom &gt; key&quot; both work. Clients read the same file with
LibManager::readAuthKeyFile(), which applies the same rule.</source>
        <translation>Schlüsseldateien: Der Schlüssel besteht aus den Bytes der Datei, außer dass eine Datei
mit einer einzigen Textzeile und einem Zeilenumbruch diesen Zeilenumbruch verliert. So
funktionieren sowohl ein mit &quot;openssl rand -hex 16 &gt; key&quot; erzeugter Schlüssel als
auch ein binärer, mit &quot;head -c 32 /dev/urandom &gt; key&quot; erzeugter. Clients lesen
dieselbe Datei mit LibManager::readAuthKeyFile(), das dieselbe Regel anwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where to listen (see Addresses). Default: a fresh local socket.</source>
        <translation>Wo gelauscht wird (siehe Adressen). Standard: ein neuer lokaler Socket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the authentication key from this file (see Key files).</source>
        <translation>Den Authentifizierungsschlüssel aus dieser Datei lesen (siehe Schlüsseldateien).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read a second, read-only key from this file (see Key files): clients that authenticate with it may introspect, subscribe and read, and nothing else.</source>
        <translation>Einen zweiten, nur lesenden Schlüssel aus dieser Datei lesen (siehe Schlüsseldateien): Clients, die sich damit anmelden, dürfen Introspektion betreiben, abonnieren und lesen, sonst nichts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which manager to serve: sync (the standard types) or base (none).</source>
        <translation>Welcher Manager bereitgestellt wird: sync (die Standardtypen) oder base (keine).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serve an object of TYPE under NAME, made with the arguments ARG (numbers or text) before the first client connects; clients find it with proxyForName(NAME). May be repeated. Examples: jobs=Queue, results=dict, slots=Semaphore:4, hits=Value:i,0.</source>
        <translation>Ein Objekt vom Typ TYPE unter NAME bereitstellen, erzeugt mit den Argumenten ARG (Zahlen oder Text), bevor sich der erste Client verbindet; Clients finden es mit proxyForName(NAME). Kann wiederholt werden. Beispiele: jobs=Queue, results=dict, slots=Semaphore:4, hits=Value:i,0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TCP: drop a client whose host has acknowledged nothing for this many milliseconds (its locks and permits are released); 0: the system&apos;s keepalive defaults. Default: 30000.</source>
        <translation>TCP: einen Client trennen, dessen Rechner so viele Millisekunden lang nichts bestätigt hat (seine Sperren und Genehmigungen werden freigegeben); 0: die Keepalive-Vorgaben des Systems. Standard: 30000.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Serve at most N clients at once; one more is told that the server is full. Default: %1.</source>
        <translation>Höchstens N Clients gleichzeitig bedienen; einem weiteren wird mitgeteilt, dass der Server voll ist. Standard: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop reading a client&apos;s requests while this much of its output is unsent, until it reads it. Sizes take K, M or G (1024-based). Default: 8M.</source>
        <translation>Keine Anfragen eines Clients mehr lesen, solange so viel seiner Ausgabe ungesendet ist, bis er sie liest. Größen nehmen K, M oder G an (Basis 1024). Standard: 8M.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect a client that lets this much output it did not ask for at the time (events, answers to waiting calls) pile up. Default: 512M.</source>
        <translation>Einen Client trennen, bei dem sich so viel Ausgabe ansammelt, die er zu dem Zeitpunkt nicht angefordert hat (Ereignisse, Antworten auf wartende Aufrufe). Standard: 512M.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect a client that takes no byte of its waiting output for this many milliseconds. Default: %1.</source>
        <translation>Einen Client trennen, der so viele Millisekunden lang kein Byte seiner wartenden Ausgabe abnimmt. Standard: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shared objects one client may hold references to. Default: %1.</source>
        <translation>Gemeinsam genutzte Objekte, auf die ein Client Referenzen halten darf. Standard: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approximate size of the shared objects one client created. Default: 4G.</source>
        <translation>Ungefähre Größe der gemeinsam genutzten Objekte, die ein Client erzeugt hat. Standard: 4G.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approximate size of all shared objects together. Default: half of the machine&apos;s memory, or less under a lower process limit.</source>
        <translation>Ungefähre Größe aller gemeinsam genutzten Objekte zusammen. Standard: die Hälfte des Arbeitsspeichers der Maschine, oder weniger bei einer niedrigeren Prozessgrenze.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elements of one list, dict, Namespace, Queue or Array. Default: %1.</source>
        <translation>Elemente einer list, eines dict, Namespace, einer Queue oder eines Array. Standard: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS (a tls://host:port address): this server&apos;s certificate, in PEM, followed by any intermediate certificates.</source>
        <translation>TLS (eine Adresse tls://host:port): das Zertifikat dieses Servers, in PEM, gefolgt von etwaigen Zwischenzertifikaten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS: the private key of --tls-cert, in PEM, not encrypted.</source>
        <translation>TLS: der private Schlüssel zu --tls-cert, in PEM, unverschlüsselt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS: the CA certificates (PEM) that client certificates must chain to (--tls-verify-clients).</source>
        <translation>TLS: die CA-Zertifikate (PEM), auf die Client-Zertifikate zurückführen müssen (--tls-verify-clients).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS: serve only clients with a certificate that chains to --tls-ca (mutual TLS).</source>
        <translation>TLS: nur Clients bedienen, deren Zertifikat auf --tls-ca zurückführt (gegenseitiges TLS).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the environment variable %1</source>
        <extracomment>Where the key came from, after &quot;from&quot; in &quot;32 bytes, SHA-256 1a2b3c4d, from the environment variable APP_KEY&quot;: put it in the form that follows that word.</extracomment>
        <translation>der Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An authentication key is required (--authkey-file or --authkey-env).</source>
        <translation>Ein Authentifizierungsschlüssel ist erforderlich (--authkey-file oder --authkey-env).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown manager kind: %1</source>
        <translation>Unbekannte Managerart: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--liveness-timeout takes a number of milliseconds, not &quot;%1&quot;</source>
        <translation>--liveness-timeout erwartet eine Anzahl Millisekunden, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--object %1: unknown type &apos;%2&apos; (this server has: %3)</source>
        <translation>--object %1: unbekannter Typ &apos;%2&apos; (dieser Server hat: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no types</source>
        <translation>keine Typen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--object %1: the name &apos;%2&apos; is given twice</source>
        <translation>--object %1: der Name &apos;%2&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 %2: not a size (a positive number of bytes, optionally followed by K, M or G)</source>
        <translation>--%1 %2: keine Größe (eine positive Anzahl Bytes, wahlweise gefolgt von K, M oder G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 %2: not a positive number</source>
        <translation>--%1 %2: keine positive Zahl</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>observer key: %1</source>
        <translation>Beobachterschlüssel: %1</translation>
    </message>
</context>
</TS>
