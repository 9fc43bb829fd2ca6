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
        <location line="+3"/>
        <source>Unknown error %1</source>
        <translation>Unbekannter Fehler %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../libmanager/server/main.cpp" line="+40"/>
        <source>Serves libmanager shared objects on an address until it is asked to stop (SIGINT, SIGTERM, or a client&apos;s shutdown request).</source>
        <translation>Stellt gemeinsam genutzte libmanager-Objekte unter einer Adresse bereit, bis es zum Beenden aufgefordert wird (SIGINT, SIGTERM oder die Aufforderung eines Clients zum Herunterfahren).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to listen: host:port, or a local socket path.</source>
        <translation>Wo gelauscht wird: Host:Port oder der Pfad eines lokalen Sockets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the authentication key from this file.</source>
        <translation>Den Authentifizierungsschlüssel aus dieser Datei lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the authentication key from this environment variable.</source>
        <translation>Den Authentifizierungsschlüssel aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which manager to serve: base.</source>
        <translation>Welcher Manager bereitgestellt wird: base.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the key file: %1</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An authentication key is required (--authkey-file or --authkey-env).</source>
        <translation>Ein Authentifizierungsschlüssel ist erforderlich (--authkey-file oder --authkey-env).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown manager kind: %1</source>
        <translation>Unbekannte Managerart: %1</translation>
    </message>
</context>
</TS>
