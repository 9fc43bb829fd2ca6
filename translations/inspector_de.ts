<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Inspector::ActivityModel</name>
    <message>
        <location filename="../inspector/core/activitymodel.cpp" line="+99"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this inspector</source>
        <translation>dieser Inspector</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>Inspector::ActivityRecorder</name>
    <message>
        <location filename="../inspector/core/activityrecorder.cpp" line="+37"/>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client went</source>
        <translation>der Client wurde getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client connected</source>
        <translation>Client verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client renamed</source>
        <translation>Client umbenannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client gone</source>
        <translation>Client getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events lost</source>
        <translation>Ereignisse verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events this inspector read too late</source>
        <translation>%1 Ereignisse hat dieser Inspector zu spät gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>acquired</source>
        <translation>erworben</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>holds %1</source>
        <translation>hält %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>released a hold</source>
        <translation>gab eine Belegung frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waits</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait ended</source>
        <translation>Warten beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>Inspector::ActivityView</name>
    <message>
        <location filename="../inspector/widgets/activityview.cpp" line="+50"/>
        <source>Filter the activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity filter</source>
        <translation>Aktivitätsfilter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this inspector&apos;s calls</source>
        <translation>Aufrufe dieses Inspectors zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll to each new entry</source>
        <translation>Zu jedem neuen Eintrag scrollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
</context>
<context>
    <name>Inspector::AddressValidator</name>
    <message>
        <location filename="../inspector/core/addressvalidator.cpp" line="+24"/>
        <source>%1 has no port: write %1:PORT</source>
        <translation>%1 hat keinen Port: schreiben Sie %1:PORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IPv6 address goes in brackets: [::1]:PORT</source>
        <translation>Eine IPv6-Adresse steht in eckigen Klammern: [::1]:PORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in brackets is not an IPv6 address</source>
        <translation>%1 in Klammern ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IPv6 address goes in brackets, as in [%1]:PORT</source>
        <translation>Eine IPv6-Adresse steht in eckigen Klammern, wie in [%1]:PORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a host name</source>
        <translation>%1 ist kein Hostname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port 0 is for servers (it picks a free port): give the port the server listens on</source>
        <translation>Port 0 ist für Server (sie wählen einen freien Port): geben Sie den Port an, auf dem der Server lauscht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the server&apos;s address</source>
        <translation>Geben Sie die Adresse des Servers an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>local: names no socket: write local:NAME</source>
        <translation>local: bezeichnet keinen Socket: schreiben Sie local:NAME</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a host without a port: write %1:PORT for TCP, or local:%1 for a local socket of that name</source>
        <translation>%1 ist ein Host ohne Port: schreiben Sie %1:PORT für TCP oder local:%1 für einen lokalen Socket dieses Namens</translation>
    </message>
</context>
<context>
    <name>Inspector::CallMethodDialog</name>
    <message>
        <location filename="../inspector/widgets/callmethoddialog.cpp" line="+102"/>
        <source>Call %1</source>
        <translation>%1 aufrufen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JSON, e.g. [1, &quot;two&quot;] or {&quot;key&quot;: 3}</source>
        <translation>JSON, z. B. [1, &quot;zwei&quot;] oder {&quot;key&quot;: 3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Argument %1 (%2)</source>
        <translation>Argument %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This method takes no arguments.</source>
        <translation>Diese Methode hat keine Argumente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Call</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Argument %1: %2</source>
        <translation>Argument %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a whole number of 0 or more</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl ab 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Inspector::ClientModel</name>
    <message>
        <location filename="../inspector/core/clientmodel.cpp" line="+200"/>
        <source>this inspector (client %1)</source>
        <translation>dieser Inspector (Client %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>type and id: Lock 4</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n permit(s) of %1</source>
        <translation>
            <numerusform>%n Genehmigung von %1</numerusform>
            <numerusform>%n Genehmigungen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n time(s))</source>
        <comment>an RLock taken again</comment>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <comment>between holds</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(this inspector)</source>
        <translation>(dieser Inspector)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this inspector)</source>
        <translation>%1 (dieser Inspector)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (observer)</source>
        <translation>%1 (Beobachter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, pid %2</source>
        <translation>%1, PID %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this inspector</source>
        <translation>dieser Inspector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>over TCP from %1</source>
        <translation>über TCP von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>over TLS from %1</source>
        <translation>über TLS von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over a local socket</source>
        <translation>über einen lokalen Socket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connected %1</source>
        <translation>verbunden %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n Referenz</numerusform>
            <numerusform>%n Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parked call(s)</source>
        <translation>
            <numerusform>%n geparkter Aufruf</numerusform>
            <numerusform>%n geparkte Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds %1</source>
        <translation>hält %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refs</source>
        <translation>Refs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parked calls</source>
        <translation>Geparkte Aufrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Belegungen</translation>
    </message>
</context>
<context>
    <name>Inspector::ClientNames</name>
    <message>
        <location filename="../inspector/core/clientnames.cpp" line="+59"/>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this inspector (client %1)</source>
        <translation>dieser Inspector (Client %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c%1</source>
        <translation>c%1</translation>
    </message>
</context>
<context>
    <name>Inspector::ClientsView</name>
    <message>
        <location filename="../inspector/widgets/clientsview.cpp" line="+46"/>
        <source>Filter clients</source>
        <translation>Clients filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients filter</source>
        <translation>Client-Filter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients status</source>
        <translation>Client-Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Selected client</source>
        <translation>Ausgewählter Client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client details</source>
        <translation>Client-Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click an object to open it</source>
        <translation>Eingabetaste oder Doppelklick öffnet ein Objekt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 went: %2</source>
        <translation>%1 getrennt: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1, a link: Enter opens it</source>
        <translation>%1, ein Link: die Eingabetaste öffnet ihn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client %1 is gone.</source>
        <translation>Client %1 ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a client to see its calls, holds and references.</source>
        <translation>Wählen Sie einen Client, um seine Aufrufe, Belegungen und Referenzen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1 · %n subscription(s)</source>
        <translation>
            <numerusform>%1 · %n Abonnement</numerusform>
            <numerusform>%1 · %n Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parked calls (%1)</source>
        <translation>Geparkte Aufrufe (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds (%1)</source>
        <translation>Belegungen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n Genehmigung</numerusform>
            <numerusform>%n Genehmigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>held %n time(s)</source>
        <translation>
            <numerusform>%n-mal gehalten</numerusform>
            <numerusform>%n-mal gehalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>References (%1), reading…</source>
        <translation>Referenzen (%1), wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>References (%1), first %2 objects only</source>
        <translation>Referenzen (%1), nur die ersten %2 Objekte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References (%1)</source>
        <translation>Referenzen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n Referenz</numerusform>
            <numerusform>%n Referenzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ConnectionDialog</name>
    <message>
        <location filename="../inspector/widgets/connectiondialog.cpp" line="+48"/>
        <source>Connect to a Server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/run/user/1000/app.sock, local:NAME, host:port …</source>
        <translation>/run/user/1000/app.sock, local:NAME, host:port …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A socket path, a bare name, local:NAME, host:port, [IPv6]:port or tcp://host:port</source>
        <translation>Ein Socket-Pfad, ein bloßer Name, local:NAME, host:port, [IPv6]:port oder tcp://host:port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for a socket file</source>
        <translation>Nach einer Socket-Datei suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a local socket file</source>
        <translation>Lokale Socket-Datei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &amp;file:</source>
        <translation>S&amp;chlüsseldatei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;yped key:</source>
        <translation>Ein&amp;gegebener Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Environment variable:</source>
        <translation>&amp;Umgebungsvariable:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key file path</source>
        <translation>Pfad der Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read like libmanager-server --authkey-file reads it: the whole file, without a single trailing line break</source>
        <translation>Gelesen wie von libmanager-server --authkey-file: die ganze Datei, ohne einen abschließenden Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for a key file</source>
        <translation>Nach einer Schlüsseldatei suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Typed key</source>
        <translation>Eingegebener Schlüssel</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kept in memory only, never saved</source>
        <translation>Nur im Speicher gehalten, nie gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hex</source>
        <translation>&amp;Hex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is typed in hexadecimal (for a binary key)</source>
        <translation>Der Schlüssel wird hexadezimal eingegeben (für einen binären Schlüssel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment variable name</source>
        <translation>Name der Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIBMANAGER_KEY</source>
        <translation>LIBMANAGER_KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key from a file</source>
        <translation>Schlüssel aus einer Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key from an environment variable</source>
        <translation>Schlüssel aus einer Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;read-only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+180"/>
        <source>Offer no action that changes anything on the server</source>
        <translation>Keine Aktion anbieten, die etwas auf dem Server ändert</translation>
    </message>
    <message>
        <location line="-175"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout in seconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, shown in File &gt; Recent</source>
        <translation>optional, angezeigt unter Datei &gt; Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with a throwaway connection and report what the server says</source>
        <translation>Über eine Wegwerf-Verbindung verbinden und melden, was der Server antwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect time&amp;out:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--read-only was given: this session stays read-only</source>
        <translation>--read-only wurde angegeben: diese Sitzung bleibt schreibgeschützt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a Socket</source>
        <translation>Socket wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the Key File</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key is not hexadecimal: an even number of digits 0-9, a-f</source>
        <translation>Der Schlüssel ist nicht hexadezimal: eine gerade Anzahl der Ziffern 0-9, a-f</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test failed: %1: %2</source>
        <translation>Test fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test passed. %1</source>
        <translation>Test bestanden. %1</translation>
    </message>
</context>
<context>
    <name>Inspector::ConnectionProfile</name>
    <message>
        <location filename="../inspector/core/connectionprofile.cpp" line="+20"/>
        <source>Choose the key file</source>
        <translation>Wählen Sie die Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the key</source>
        <translation>Geben Sie den Schlüssel ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the environment variable that holds the key</source>
        <translation>Geben Sie die Umgebungsvariable an, die den Schlüssel enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The environment variable %1 is empty or not set</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Inspector::ConnectionTester</name>
    <message>
        <location filename="../inspector/core/connectiontester.cpp" line="+111"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connected in %1 ms; round trip %2 ms. Protocol %3, introspection revision %4; %n type(s) registered.</source>
        <translation>
            <numerusform>Verbunden in %1 ms; Umlaufzeit %2 ms. Protokoll %3, Introspektionsrevision %4; %n Typ registriert.</numerusform>
            <numerusform>Verbunden in %1 ms; Umlaufzeit %2 ms. Protokoll %3, Introspektionsrevision %4; %n Typen registriert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ContainerEditCommand</name>
    <message>
        <location filename="../inspector/core/editcommands.cpp" line="+186"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::ContainerEditor</name>
    <message>
        <location filename="../inspector/widgets/containereditor.cpp" line="+139"/>
        <source>%1 tools</source>
        <translation>Werkzeuge für %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read everything again</source>
        <translation>Alles neu lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append or insert an item</source>
        <translation>Element anhängen oder einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entries</source>
        <translation>Ausgewählte Einträge entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every entry (asks first)</source>
        <translation>Alle Einträge entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to an index or key</source>
        <translation>Zu einem Index oder Schlüssel gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys and values on the server</source>
        <translation>Schlüssel und Werte auf dem Server durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the selected rows to a JSON file</source>
        <translation>Die ausgewählten Zeilen in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to index…</source>
        <translation>Gehe zu Index…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to key…</source>
        <translation>Gehe zu Schlüssel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to index or key</source>
        <translation>Gehe zu Index oder Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key, or #N for the row N</source>
        <translation>Ein Schlüssel oder #N für Zeile N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit conflict</source>
        <translation>Bearbeitungskonflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write your value over the other client&apos;s</source>
        <translation>Ihren Wert über den des anderen Clients schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard mine</source>
        <translation>&amp;Meinen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the other client&apos;s value</source>
        <translation>Den Wert des anderen Clients behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume live updates (Space)</source>
        <translation>Live-Aktualisierung fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>str</source>
        <translation>str</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int</source>
        <translation>int</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation>float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of the new key</source>
        <translation>Der Typ des neuen Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value: 42, 1.5, true, null, [1, 2], {&quot;a&quot;: 1} or text</source>
        <translation>Wert: 42, 1.5, true, null, [1, 2], {&quot;a&quot;: 1} oder Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Contents of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel the search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connection lost (%1); reconnecting… The rows shown may be out of date.</source>
        <translation>Verbindung verloren (%1); wird neu verbunden… Die angezeigten Zeilen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a container this editor knows</source>
        <translation>%1 ist kein Container, den dieser Editor kennt</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export the selection of %1</source>
        <translation>Auswahl von %1 exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selection was written to %1</source>
        <translation>Die Auswahl wurde nach %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The selection was written to %1, without %n row(s) not read yet</source>
        <translation>
            <numerusform>Die Auswahl wurde nach %1 geschrieben, ohne %n noch nicht gelesene Zeile</numerusform>
            <numerusform>Die Auswahl wurde nach %1 geschrieben, ohne %n noch nicht gelesene Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 was changed by another client</source>
        <translation>%1 wurde von einem anderen Client geändert</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 was removed by %2 while you were editing</source>
        <translation>%1 wurde während Ihrer Bearbeitung von %2 entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Changed %n second(s) ago by %1</source>
        <extracomment>A row&apos;s tooltip: when it last changed while this editor watched, and by whom</extracomment>
        <translation>
            <numerusform>Vor %n Sekunde von %1 geändert</numerusform>
            <numerusform>Vor %n Sekunden von %1 geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>another client</source>
        <translation>ein anderer Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this inspector</source>
        <translation>dieser Inspector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Changed by %1 to %2 while you were editing</source>
        <extracomment>%1 a client (&quot;worker (client 7)&quot;), %2 the value it wrote</extracomment>
        <translation>Während Ihrer Bearbeitung von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: now %2 (last change by %3)</source>
        <extracomment>%1 what happened (&quot;&apos;x&apos; was changed by another client&quot;), %2 the value now, %3 a client</extracomment>
        <translation>%1: jetzt %2 (letzte Änderung durch %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (yours: %2)</source>
        <translation>%1 (Ihrer: %2)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>A key is needed</source>
        <translation>Ein Schlüssel ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names beginning with &apos;_&apos; belong to a proxy, not to the Namespace</source>
        <translation>Namen, die mit &apos;_&apos; beginnen, gehören zu einem Proxy, nicht zum Namespace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a %2</source>
        <translation>„%1“ ist kein %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n entries from %1?</source>
        <translation>
            <numerusform>%n Eintrag aus %1 entfernen?</numerusform>
            <numerusform>%n Einträge aus %1 entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Remove %n entries from %1</source>
        <translation>
            <numerusform>%n Eintrag aus %1 entfernen</numerusform>
            <numerusform>%n Einträge aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clear %1 (%2 items)?</source>
        <extracomment>%1 is the object (&quot;dict 17&quot;), %2 the count</extracomment>
        <translation>%1 leeren (%2 Elemente)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+127"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Clear failed: %1</source>
        <translation>Leeren fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n change(s) while paused — Resume (Space)</source>
        <extracomment>The banner of a paused editor</extracomment>
        <translation>
            <numerusform>%n Änderung während der Pause — Fortsetzen (Leertaste)</numerusform>
            <numerusform>%n Änderungen während der Pause — Fortsetzen (Leertaste)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows %1–%2 loaded</source>
        <translation>Zeilen %1–%2 geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading rows %1–%2</source>
        <translation>Zeilen %1–%2 werden geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · Version %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · paused</source>
        <extracomment>The footer of a paused editor</extracomment>
        <translation>%1 · angehalten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not an index</source>
        <translation>„%1“ ist kein Index</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No row %1</source>
        <translation>Keine Zeile %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No attribute &apos;%1&apos;</source>
        <translation>Kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No key %1</source>
        <translation>Kein Schlüssel %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Filtering needs the whole container: %1 has more than %2 items. Use Go to.</source>
        <translation>Filtern braucht den ganzen Container: %1 hat mehr als %2 Elemente. Verwenden Sie „Gehe zu“.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Search cancelled: %n match(es)</source>
        <translation>
            <numerusform>Suche abgebrochen: %n Treffer</numerusform>
            <numerusform>Suche abgebrochen: %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — in %2</source>
        <translation>%1 — in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key and value</source>
        <translation>Schlüssel und Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first %1 shown)</source>
        <translation>(die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching… %1 / %2 scanned</source>
        <translation>Suche… %1 / %2 durchsucht</translation>
    </message>
</context>
<context>
    <name>Inspector::CustomEditor</name>
    <message>
        <location filename="../inspector/widgets/customeditor.cpp" line="+49"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exposed methods</source>
        <translation>Verfügbare Methoden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Call method…</source>
        <translation>Methode &amp;aufrufen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the selected method with arguments you give</source>
        <translation>Die ausgewählte Methode mit Ihren Argumenten aufrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call results</source>
        <translation>Aufrufergebnisse</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Class %1 · type %2 · object %3 · %n exposed method(s)</source>
        <translation>
            <numerusform>Klasse %1 · Typ %2 · Objekt %3 · %n verfügbare Methode</numerusform>
            <numerusform>Klasse %1 · Typ %2 · Objekt %3 · %n verfügbare Methoden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1  %2 failed: %3</source>
        <translation>%1  %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
</context>
<context>
    <name>Inspector::DepthSparkline</name>
    <message>
        <location filename="../inspector/widgets/depthsparkline.cpp" line="+21"/>
        <source>Queue depth over time</source>
        <translation>Tiefe der Warteschlange im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No depth known yet</source>
        <translation>Noch keine Tiefe bekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Depth over the last %n second(s): now %1, lowest %2, highest %3</source>
        <translation>
            <numerusform>Tiefe in der letzten %n Sekunde: jetzt %1, niedrigste %2, höchste %3</numerusform>
            <numerusform>Tiefe in den letzten %n Sekunden: jetzt %1, niedrigste %2, höchste %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; maxsize %1</source>
        <translation>; maxsize %1</translation>
    </message>
</context>
<context>
    <name>Inspector::DetailsView</name>
    <message>
        <location filename="../inspector/widgets/detailsview.cpp" line="+44"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Object status</source>
        <translation>Objektstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this object in a tab</source>
        <translation>Dieses Objekt in einem Tab öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References:</source>
        <translation>Referenzen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers:</source>
        <translation>Abonnenten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator:</source>
        <translation>Ersteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the value</source>
        <translation>Vorschau des Werts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Object details</source>
        <translation>Objektdetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview (up to %1 characters):</source>
        <translation>&amp;Vorschau (bis zu %1 Zeichen):</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No object selected</source>
        <translation>Kein Objekt ausgewählt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Object released: it no longer exists on the server.</source>
        <translation>Objekt freigegeben: Es existiert nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Object released: it no longer exists on the server. Last data read:</source>
        <translation>Objekt freigegeben: Es existiert nicht mehr auf dem Server. Zuletzt gelesene Daten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed while paused: resume to see it.</source>
        <translation>Während der Pause geändert: Setzen Sie fort, um es zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names and stored values: %1</source>
        <translation>Namen und gespeicherte Werte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) by %3</source>
        <translation>%1 (%2) durch %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none seen</source>
        <translation>keine gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n wartend</numerusform>
            <numerusform>%1, %n wartend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::EditTarget</name>
    <message>
        <location filename="../inspector/core/editcommands.cpp" line="-120"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Inspector::ExportProgressDialog</name>
    <message>
        <location filename="../inspector/widgets/exportprogressdialog.cpp" line="+22"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exporting %1: %2 of %n item(s)…</source>
        <translation>
            <numerusform>%1 wird exportiert: %2 von %n Element…</numerusform>
            <numerusform>%1 wird exportiert: %2 von %n Elementen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n item(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Element von %1 nach %2 exportiert</numerusform>
            <numerusform>%n Elemente von %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>%1 could not be exported: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export of %1 canceled</source>
        <translation>Export von %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export object</source>
        <translation>Objekt exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects of type %1 cannot be exported; dict, list, Namespace, Array and Value can.</source>
        <translation>Objekte vom Typ %1 können nicht exportiert werden; dict, list, Namespace, Array und Value schon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export %1 %2</source>
        <translation>%1 %2 exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>Inspector::GenericEditor</name>
    <message>
        <location filename="../inspector/widgets/genericeditor.cpp" line="+25"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Class %1 · %2 · %3 · version %4</source>
        <translation>Klasse %1 · %2 · %3 · Version %4</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n Referenz</numerusform>
            <numerusform>%n Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n Abonnent</numerusform>
            <numerusform>%n Abonnenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::InsertItemCommand</name>
    <message>
        <location filename="../inspector/core/editcommands.cpp" line="+304"/>
        <source>Append to %1</source>
        <translation>An %1 anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert %1 in %2</source>
        <translation>%1 in %2 einfügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was changed by another client since; not undone</source>
        <translation>%1 wurde seitdem von einem anderen Client geändert; nicht rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1] (undo)</source>
        <translation>[%1] (rückgängig)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (undo)</source>
        <translation>%1 (rückgängig)</translation>
    </message>
</context>
<context>
    <name>Inspector::JsonExport</name>
    <message>
        <location filename="../inspector/core/jsonexport.cpp" line="+347"/>
        <location line="+32"/>
        <location line="+73"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Objects of type %1 cannot be exported</source>
        <translation>Objekte vom Typ %1 können nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The proxy of %1 %2 cannot be read page by page</source>
        <translation>Der Proxy von %1 %2 kann nicht seitenweise gelesen werden</translation>
    </message>
</context>
<context>
    <name>Inspector::MainWindow</name>
    <message>
        <location filename="../inspector/widgets/mainwindow.cpp" line="+48"/>
        <source>Open objects</source>
        <translation>Geöffnete Objekte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open an object to see and edit it: double-click it in Objects, or select it and press Enter.</source>
        <translation>Öffnen Sie ein Objekt, um es anzusehen und zu bearbeiten: Doppelklick in „Objekte“ oder auswählen und die Eingabetaste drücken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;nothing edited yet&gt;</source>
        <translation>&lt;noch nichts bearbeitet&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of your edits</source>
        <translation>Verlauf Ihrer Bearbeitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live or paused</source>
        <translation>Live oder angehalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export object…</source>
        <translation>Objekt e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause live updates</source>
        <translation>Live-Aktualisierung &amp;anhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light (Fusion)</source>
        <translation>&amp;Hell (Fusion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark (Fusion)</source>
        <translation>&amp;Dunkel (Fusion)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Object</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About libmanager Inspector</source>
        <translation>Ü&amp;ber libmanager Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About libmanager Inspector</source>
        <translation>Über libmanager Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;libmanager Inspector %1&lt;/p&gt;&lt;p&gt;A live view of the shared objects, clients, locks and waiters of a libmanager server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;libmanager Inspector %1&lt;/p&gt;&lt;p&gt;Eine Live-Ansicht der gemeinsam genutzten Objekte, Clients, Sperren und Wartenden eines libmanager-Servers.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also: Enter opens the current object, F2 edits a cell, arrow keys move in every view, Tab moves between the panes.</source>
        <translation>Außerdem: Die Eingabetaste öffnet das aktuelle Objekt, F2 bearbeitet eine Zelle, die Pfeiltasten bewegen sich in jeder Ansicht, Tab wechselt zwischen den Bereichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>libmanager Inspector — %1</source>
        <translation>libmanager Inspector — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 [READ-ONLY]</source>
        <translation>%1 [SCHREIBGESCHÜTZT]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>● not connected</source>
        <translation>● nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● connecting to %1…</source>
        <translation>● verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● connected to %1</source>
        <translation>● verbunden mit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● connection lost: reconnecting (attempt %1)…</source>
        <translation>● Verbindung verloren: neuer Verbindungsversuch (%1)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused (Space resumes)</source>
        <translation>Angehalten (Leertaste setzt fort)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the object was released</source>
        <translation>das Objekt wurde freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was released; its tab closed</source>
        <translation>%1 wurde freigegeben; sein Tab wurde geschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Object %1 is gone</source>
        <translation>Objekt %1 existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectBrowser</name>
    <message>
        <location filename="../inspector/widgets/objectbrowser.cpp" line="+49"/>
        <source>Filter by id, type or preview (Ctrl+F)</source>
        <translation>Nach ID, Typ oder Vorschau filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+154"/>
        <source>Filter objects</source>
        <translation>Objekte filtern</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only locks held and semaphores without permits</source>
        <translation>Nur gehaltene Sperren und Semaphore ohne Genehmigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiters</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only objects that calls wait on</source>
        <translation>Nur Objekte, auf die Aufrufe warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed &lt; 10 s</source>
        <translation>Geändert &lt; 10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only objects changed in the last 10 seconds</source>
        <translation>Nur in den letzten 10 Sekunden geänderte Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat list</source>
        <translation>Flache Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One list of every object instead of groups by type</source>
        <translation>Eine Liste aller Objekte statt Gruppen nach Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flat list of objects</source>
        <translation>&amp;Flache Objektliste</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Show the objects of every creator</source>
        <translation>Die Objekte aller Ersteller zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Objects listed</source>
        <translation>Aufgeführte Objekte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy &amp;preview</source>
        <translation>&amp;Vorschau kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+166"/>
        <source>Show &amp;creator client</source>
        <translation>&amp;Ersteller-Client zeigen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Loading… %1 of %2 objects</source>
        <translation>Wird geladen… %1 von %2 Objekten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n object(s) on the server</source>
        <translation>
            <numerusform>%n Objekt auf dem Server</numerusform>
            <numerusform>%n Objekte auf dem Server</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 listed</source>
        <translation>%1 · %2 aufgeführt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 match the filter</source>
        <translation>%1 · %2 passen zum Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · polling (the server has no event stream)</source>
        <translation>%1 · Abfrage in Intervallen (der Server hat keinen Ereignisstrom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting; showing the last data. %1</source>
        <translation>Neuverbindung; die letzten Daten werden angezeigt. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected; showing the last data. %1</source>
        <translation>Nicht verbunden; die letzten Daten werden angezeigt. %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show &amp;creator client: %1</source>
        <translation>&amp;Ersteller-Client zeigen: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Objects created by %1</source>
        <translation>Von %1 erstellte Objekte</translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectEditor</name>
    <message>
        <location filename="../inspector/widgets/objecteditor.h" line="+33"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectFilterProxy</name>
    <message>
        <location filename="../inspector/widgets/objectfilterproxy.cpp" line="+82"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectTreeModel</name>
    <message>
        <location filename="../inspector/core/objecttreemodel.cpp" line="+931"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+80"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permits left</source>
        <translation>keine Genehmigungen übrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1, %n object(s)</source>
        <translation>
            <numerusform>%1, %n Objekt</numerusform>
            <numerusform>%1, %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, class %2</source>
        <translation>%1, Klasse %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No change seen</source>
        <translation>Keine Änderung gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed %1 by %2 (version %3)</source>
        <translation>Geändert %1 von %2 (Version %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, changed %2 by %3</source>
        <translation>%1, geändert %2 von %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, no change seen</source>
        <translation>%1, keine Änderung gesehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n wartend</numerusform>
            <numerusform>%1, %n wartend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refs</source>
        <translation>Refs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subs</source>
        <translation>Abos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiters</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>Inspector::ProblemsModel</name>
    <message>
        <location filename="../inspector/core/problemsmodel.cpp" line="+444"/>
        <source>this inspector (client %1)</source>
        <translation>dieser Inspector (Client %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>%1 waits for %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 held by %2</source>
        <translation>%1 gehalten von %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 waits for %2</source>
        <comment>a deadlock chain</comment>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 held by %3</source>
        <comment>a deadlock chain</comment>
        <translation>%1 %2 gehalten von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>deadlocked clients</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlock: %1</source>
        <translation>Deadlock: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds %2</source>
        <translation>%1 hält %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2() on %3 is past its deadline</source>
        <translation>%1: %2() auf %3 hat seine Frist überschritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 waits to take %2 back</source>
        <translation>%1 wartet darauf, %2 wieder zu erwerben</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>waits</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <location line="+3"/>
        <source>%1, for %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held too long</source>
        <translation>Zu lange gehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past deadline</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long wait</source>
        <translation>Langes Warten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Inspector::ProblemsView</name>
    <message>
        <location filename="../inspector/widgets/problemsview.cpp" line="+35"/>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems filter</source>
        <translation>Problemfilter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held too long after:</source>
        <translation>Zu lange gehalten nach:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held too long after, in seconds</source>
        <translation>Zu lange gehalten nach, in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lock held longer than this is listed as a problem</source>
        <translation>Eine länger gehaltene Sperre wird als Problem aufgeführt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlocks</source>
        <translation>Deadlocks</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems summary</source>
        <translation>Problemübersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Open %1</source>
        <translation>%1 ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;client %1</source>
        <translation>&amp;Client %1 zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Deadlock: %n cycle(s) of clients that wait for each other; none of them can go on.</source>
        <translation>
            <numerusform>Deadlock: %n Zyklus von Clients, die aufeinander warten; keiner von ihnen kann weitermachen.</numerusform>
            <numerusform>Deadlock: %n Zyklen von Clients, die aufeinander warten; keiner von ihnen kann weitermachen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing %1 of %2 problems</source>
        <translation>%1 von %2 Problemen angezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::QueueContentsModel</name>
    <message>
        <location filename="../inspector/core/queuecontentsmodel.cpp" line="+192"/>
        <source>The next item a get() takes</source>
        <translation>Das nächste Element, das get() nimmt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Inspector::QueueEditor</name>
    <message>
        <location filename="../inspector/widgets/queueeditor.cpp" line="+81"/>
        <source>%1 actions</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the queue again (F5)</source>
        <translation>Die Warteschlange neu lesen (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put…</source>
        <translation>Einfügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put an item at the end of the queue (an int, a float or a text)</source>
        <translation>Ein Element ans Ende der Warteschlange stellen (int, float oder Text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get (removes an item)</source>
        <translation>Entnehmen (entfernt ein Element)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the next item out of the queue, as get() does: whoever waits for it will not have it</source>
        <translation>Das nächste Element aus der Warteschlange nehmen, wie get(): Wer darauf wartet, bekommt es nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contents of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents (peeked: nothing is taken)</source>
        <translation>&amp;Inhalt (nur angesehen: nichts wird entnommen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getters, putters and joiners of %1</source>
        <translation>Wartende in get(), put() und join() von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Getters, putters and joiners</source>
        <translation>&amp;Wartende in get(), put() und join()</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded rows</source>
        <translation>Geladene Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n item(s) · none loaded · version %1</source>
        <translation>
            <numerusform>%n Element · keines geladen · Version %1</numerusform>
            <numerusform>%n Elemente · keines geladen · Version %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) · rows 0–%1 loaded · version %2</source>
        <translation>
            <numerusform>%n Element · Zeilen 0–%1 geladen · Version %2</numerusform>
            <numerusform>%n Elemente · Zeilen 0–%1 geladen · Version %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the contents: %1</source>
        <translation>Der Inhalt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot watch %1: %2</source>
        <translation>%1 kann nicht beobachtet werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> — reading…</source>
        <translation> — wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) of at most %1</source>
        <translation>
            <numerusform>%n Element von höchstens %1</numerusform>
            <numerusform>%n Elemente von höchstens %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s), unbounded</source>
        <translation>
            <numerusform>%n Element, unbegrenzt</numerusform>
            <numerusform>%n Elemente, unbegrenzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — empty</source>
        <translation> — leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — full</source>
        <translation> — voll</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unfinished task(s)</source>
        <translation>
            <numerusform>, %n unerledigte Aufgabe</numerusform>
            <numerusform>, %n unerledigte Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, nobody waiting</source>
        <translation>, niemand wartet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n getter(s)</source>
        <translation>
            <numerusform>%n wartet in get()</numerusform>
            <numerusform>%n warten in get()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n putter(s)</source>
        <translation>
            <numerusform>%n wartet in put()</numerusform>
            <numerusform>%n warten in put()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n joiner(s)</source>
        <translation>
            <numerusform>%n wartet in join()</numerusform>
            <numerusform>%n warten in join()</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, waiting: %1</source>
        <translation>, wartend: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Put into %1</source>
        <translation>In %1 einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integer (int)</source>
        <translation>Ganzzahl (int)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number (float)</source>
        <translation>Zahl (float)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (str)</source>
        <translation>Text (str)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not a valid %1</source>
        <translation>Kein gültiger %1-Wert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Put failed: %1</source>
        <translation>Einfügen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the next item</source>
        <translation>das nächste Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get from %1</source>
        <translation>Aus %1 entnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take %1 out of %2? It is removed for good; the inspector only shows it in the activity log.</source>
        <translation>%1 aus %2 entnehmen? Es wird endgültig entfernt; der Inspector zeigt es nur noch im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Get failed: %1</source>
        <translation>Entnehmen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::RecentConnectionsMenu</name>
    <message>
        <location filename="../inspector/widgets/recentconnectionsmenu.cpp" line="+12"/>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, read-only</source>
        <translation>%1, schreibgeschützt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recent connections</source>
        <translation>Keine zuletzt verwendeten Verbindungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear the List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Inspector::RemoveItemCommand</name>
    <message>
        <location filename="../inspector/core/editcommands.cpp" line="+24"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+90"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 was changed by another client since; not removed</source>
        <translation>%1 wurde seitdem von einem anderen Client geändert; nicht entfernt</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 (undo)</source>
        <translation>%1 (rückgängig)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was added again by another client; not undone</source>
        <translation>%1 wurde von einem anderen Client erneut hinzugefügt; nicht rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 = %2 (undo)</source>
        <translation>%1 = %2 (rückgängig)</translation>
    </message>
</context>
<context>
    <name>Inspector::SetItemCommand</name>
    <message>
        <location line="-425"/>
        <source>Set %1 in %2</source>
        <translation>%1 in %2 setzen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+77"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+102"/>
        <source>%1 was changed by another client</source>
        <translation>%1 wurde von einem anderen Client geändert</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 was changed by another client since your edit; not undone</source>
        <translation>%1 wurde seit Ihrer Bearbeitung von einem anderen Client geändert; nicht rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (undo)</source>
        <translation> (rückgängig)</translation>
    </message>
</context>
<context>
    <name>Inspector::SnapshotModel</name>
    <message>
        <location filename="../inspector/core/snapshotmodel.cpp" line="+71"/>
        <source>(not loaded while paused)</source>
        <extracomment>A row of a paused view that was not loaded when it paused</extracomment>
        <translation>(während der Pause nicht geladen)</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncEditor</name>
    <message>
        <location filename="../inspector/widgets/synceditor.cpp" line="+73"/>
        <source>%1 actions</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holders of %1</source>
        <translation>Inhaber von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiters of %1</source>
        <translation>Wartende auf %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not read the state: %1</source>
        <translation>Der Zustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot watch %1: %2</source>
        <translation>%1 kann nicht beobachtet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the state again (F5)</source>
        <translation>Den Zustand neu lesen (F5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the flag: every waiter goes on</source>
        <translation>Das Flag setzen: Alle Wartenden machen weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the flag</source>
        <translation>Das Flag löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permits to release</source>
        <translation>Freizugebende Genehmigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many permits Release gives back</source>
        <translation>Wie viele Genehmigungen „Freigeben“ zurückgibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give permits back to the semaphore, as release(n)</source>
        <translation>Genehmigungen an das Semaphore zurückgeben, wie release(n)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wake one waiter (the inspector takes the lock for the call)</source>
        <translation>Einen Wartenden wecken (der Inspector erwirbt dafür die Sperre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify all</source>
        <translation>Alle benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wake every waiter (the inspector takes the lock for the call)</source>
        <translation>Alle Wartenden wecken (der Inspector erwirbt dafür die Sperre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break the barrier: every waiter fails with BrokenBarrierError</source>
        <translation>Die Barriere brechen: Alle Wartenden scheitern mit BrokenBarrierError</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break it for the current waiters and make it usable again</source>
        <translation>Für die aktuellen Wartenden brechen und wieder nutzbar machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release as inspector</source>
        <translation>Als Inspector freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the lock on behalf of its holder (Python lets anyone release a plain Lock); its holder is not told</source>
        <translation>Die Sperre anstelle ihres Inhabers freigeben (Python erlaubt jedem, ein einfaches Lock freizugeben); der Inhaber erfährt es nicht</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> — reading…</source>
        <translation> — wird gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source> — over %1: </source>
        <translation> — über %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — over its own RLock: </source>
        <translation> — über ihr eigenes RLock: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a while</source>
        <translation>eine Weile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (recursion %1)</source>
        <translation> (Rekursion %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>held by %1%2 for %3</source>
        <translation>gehalten von %1%2 seit %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n in wait()</source>
        <translation>
            <numerusform>, %n in wait()</numerusform>
            <numerusform>, %n in wait()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n waiting for the lock</source>
        <translation>
            <numerusform>, %n wartet auf die Sperre</numerusform>
            <numerusform>, %n warten auf die Sperre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+18"/>
        <source>, nobody waiting</source>
        <translation>, niemand wartet</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <location line="+9"/>
        <location line="+18"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wartend</numerusform>
            <numerusform>, %n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source> — %1 of %Ln permit(s) available</source>
        <translation>
            <numerusform> — %1 von %Ln Genehmigung verfügbar</numerusform>
            <numerusform> — %1 von %Ln Genehmigungen verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (bounded: at most %1)</source>
        <translation> (begrenzt: höchstens %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (initial %1, unbounded)</source>
        <translation> (anfangs %1, unbegrenzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — exhausted</source>
        <translation> — erschöpft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source> %1 ago by %2</source>
        <translation> vor %1 durch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 ago</source>
        <translation> vor %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (Reset makes it usable again)</source>
        <translation> („Zurücksetzen“ macht sie wieder nutzbar)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> — %1 of %n part(y/ies) waiting</source>
        <translation>
            <numerusform> — %1 von %n Teilnehmer wartend</numerusform>
            <numerusform> — %1 von %n Teilnehmern wartend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Arrivals (%1)</source>
        <translation>&amp;Eingetroffen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Permits held (%1)</source>
        <translation>&amp;Gehaltene Genehmigungen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Holder (%1)</source>
        <translation>&amp;Inhaber (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiters, in arrival order (%1)</source>
        <translation>&amp;Wartende, nach Ankunft (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set %1? %n waiting client(s) will go on.</source>
        <translation>
            <numerusform>%1 setzen? %n wartender Client macht weiter.</numerusform>
            <numerusform>%1 setzen? %n wartende Clients machen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+77"/>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>Release %n permit(s) of %1? The inspector holds none: this adds permits that no client gave back.</source>
        <translation>
            <numerusform>%n Genehmigung von %1 freigeben? Der Inspector hält keine: Dies fügt Genehmigungen hinzu, die kein Client zurückgegeben hat.</numerusform>
            <numerusform>%n Genehmigungen von %1 freigeben? Der Inspector hält keine: Dies fügt Genehmigungen hinzu, die kein Client zurückgegeben hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Notify all %n waiter(s) of %1? The inspector takes the Condition&apos;s lock for the call and gives it back.</source>
        <translation>
            <numerusform>Den %n Wartenden von %1 benachrichtigen? Der Inspector erwirbt für den Aufruf die Sperre der Condition und gibt sie zurück.</numerusform>
            <numerusform>Alle %n Wartenden von %1 benachrichtigen? Der Inspector erwirbt für den Aufruf die Sperre der Condition und gibt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Notify one of the %n waiter(s) of %1? The inspector takes the Condition&apos;s lock for the call and gives it back.</source>
        <translation>
            <numerusform>Den %n Wartenden von %1 benachrichtigen? Der Inspector erwirbt für den Aufruf die Sperre der Condition und gibt sie zurück.</numerusform>
            <numerusform>Einen der %n Wartenden von %1 benachrichtigen? Der Inspector erwirbt für den Aufruf die Sperre der Condition und gibt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notify all on %1</source>
        <translation>Alle auf %1 benachrichtigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notify %1</source>
        <translation>%1 benachrichtigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not notify: the Condition&apos;s lock stayed held for %1</source>
        <translation>Benachrichtigen nicht möglich: Die Sperre der Condition blieb %1 lang gehalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reset %1? Its %n waiting client(s) fail with BrokenBarrierError; then it can be used again.</source>
        <translation>
            <numerusform>%1 zurücksetzen? Ihr %n wartender Client scheitert mit BrokenBarrierError; danach ist sie wieder nutzbar.</numerusform>
            <numerusform>%1 zurücksetzen? Ihre %n wartenden Clients scheitern mit BrokenBarrierError; danach ist sie wieder nutzbar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abort %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Abort %1? Its %n waiting client(s) and every later wait() fail with BrokenBarrierError until it is reset.</source>
        <translation>
            <numerusform>%1 abbrechen? Ihr %n wartender Client und jedes spätere wait() scheitern mit BrokenBarrierError, bis sie zurückgesetzt wird.</numerusform>
            <numerusform>%1 abbrechen? Ihre %n wartenden Clients und jedes spätere wait() scheitern mit BrokenBarrierError, bis sie zurückgesetzt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Release %1, held by %2? Its holder is not told and may go on as if it held it; the first of %n waiting client(s) gets it.</source>
        <translation>
            <numerusform>%1 freigeben, gehalten von %2? Der Inhaber erfährt es nicht und macht vielleicht weiter, als hielte er es noch; der %n wartende Client erhält es.</numerusform>
            <numerusform>%1 freigeben, gehalten von %2? Der Inhaber erfährt es nicht und macht vielleicht weiter, als hielte er es noch; der erste der %n wartenden Clients erhält es.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncRowsModel</name>
    <message>
        <location filename="../inspector/core/syncrowsmodel.cpp" line="+121"/>
        <source>Recursion</source>
        <translation>Rekursion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permits</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock count</source>
        <translation>Sperrzähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Held for</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, process %2</source>
        <translation>%1, Prozess %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (disconnected)</source>
        <translation> (getrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate to show this client</source>
        <translation>Aktivieren, um diesen Client zu zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to client %1</source>
        <translation>Link zu Client %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server does not say since when permits are held</source>
        <translation>Der Server gibt nicht an, seit wann Genehmigungen gehalten werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits without a timeout</source>
        <translation>Wartet ohne Zeitlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (passed)</source>
        <translation>%1 (überschritten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncStateModel</name>
    <message>
        <location filename="../inspector/core/syncstatemodel.cpp" line="+426"/>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this inspector (client %1)</source>
        <translation>dieser Inspector (Client %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permits</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acquire()</source>
        <translation>acquire()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-acquiring (after wait())</source>
        <translation>erneutes Erwerben (nach wait())</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>wait()</source>
        <translation>wait()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>get()</source>
        <translation>get()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put()</source>
        <translation>put()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>join()</source>
        <translation>join()</translation>
    </message>
</context>
<context>
    <name>Inspector::ValueEditor</name>
    <message>
        <location filename="../inspector/widgets/valueeditor.cpp" line="+68"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change seen yet</source>
        <translation>Noch keine Änderung gesehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the value, unless another client changed it since it was read</source>
        <translation>Den Wert schreiben, sofern kein anderer Client ihn seit dem Lesen geändert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Addieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a number to the value in one step on the server (fetchAdd)</source>
        <translation>Eine Zahl in einem Schritt auf dem Server zum Wert addieren (fetchAdd)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type code:</source>
        <translation>Typcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard mine</source>
        <translation>&amp;Meinen verwerfen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outcome of the last write</source>
        <translation>Ergebnis des letzten Schreibens</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>signed char (1 byte)</source>
        <translation>signed char (1 Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned char (1 byte)</source>
        <translation>unsigned char (1 Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed short (2 bytes)</source>
        <translation>signed short (2 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned short (2 bytes)</source>
        <translation>unsigned short (2 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed int (4 bytes)</source>
        <translation>signed int (4 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned int (4 bytes)</source>
        <translation>unsigned int (4 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed long (8 bytes)</source>
        <translation>signed long (8 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned long (8 bytes)</source>
        <translation>unsigned long (8 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed long long (8 bytes)</source>
        <translation>signed long long (8 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned long long (8 bytes)</source>
        <translation>unsigned long long (8 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>float (4 bytes)</source>
        <translation>float (4 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>double (8 bytes)</source>
        <translation>double (8 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byte</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode character</source>
        <translation>Unicode-Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>±%1 (single precision)</source>
        <translation>±%1 (einfache Genauigkeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>±%1 (double precision)</source>
        <translation>±%1 (doppelte Genauigkeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one byte</source>
        <translation>ein Byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one character</source>
        <translation>ein Zeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is out of range for typecode &apos;%2&apos; (%3)</source>
        <translation>%1 liegt außerhalb des Bereichs von typecode &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Typecode &apos;c&apos; takes exactly one byte (a Latin-1 character)</source>
        <translation>Typecode &apos;c&apos; nimmt genau ein Byte (ein Latin-1-Zeichen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Typecode &apos;u&apos; takes exactly one character</source>
        <translation>Typecode &apos;u&apos; nimmt genau ein Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The typecode is not known yet</source>
        <translation>Der typecode ist noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>client %1 (this inspector)</source>
        <translation>Client %1 (dieser Inspector)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changed by %1 to %2 while you were editing</source>
        <translation>Während Ihrer Bearbeitung von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed to %1 while you were editing</source>
        <translation>Während Ihrer Bearbeitung auf %1 geändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The object is not a Value</source>
        <translation>Das Objekt ist kein Value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · version %2</source>
        <translation>%1 · Version %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>compareExchange(%1, %2)</source>
        <translation>compareExchange(%1, %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+29"/>
        <source>Set to %1</source>
        <translation>Auf %1 gesetzt</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The value changed to %1 since you read it: nothing was written.</source>
        <translation>Der Wert hat sich seit dem Lesen auf %1 geändert: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not exchanged: the value was %1</source>
        <translation>nicht getauscht: Der Wert war %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>setValue(%1)</source>
        <translation>setValue(%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fetchAdd(%1)</source>
        <translation>fetchAdd(%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was %1</source>
        <translation>war %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added; the value was %1</source>
        <translation>Addiert; der Wert war %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add to %1</source>
        <translation>Zu %1 addieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number to add (may be negative):</source>
        <translation>Zu addierende Zahl (darf negativ sein):</translation>
    </message>
</context>
<context>
    <name>Inspector::ValueSparkline</name>
    <message>
        <location filename="../inspector/widgets/valuesparkline.cpp" line="+15"/>
        <source>Recent values</source>
        <translation>Letzte Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last values, newest on the right</source>
        <translation>Die letzten Werte, der neueste rechts</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+20"/>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n value(s), from %1 to %2, last %3</source>
        <translation>
            <numerusform>%n Wert, von %1 bis %2, zuletzt %3</numerusform>
            <numerusform>%n Werte, von %1 bis %2, zuletzt %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::VariantDelegate</name>
    <message>
        <location filename="../inspector/widgets/variantdelegate.cpp" line="+133"/>
        <source>→ %1 %2</source>
        <extracomment>A proxy stored as a value: a link to the object, &quot;→ dict 17&quot;</extracomment>
        <translation>→ %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>[…] %n item(s)</source>
        <extracomment>A nested list in a cell: its items are in Details</extracomment>
        <translation>
            <numerusform>[…] %n Element</numerusform>
            <numerusform>[…] %n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{…} %n item(s)</source>
        <extracomment>A nested dict in a cell</extracomment>
        <translation>
            <numerusform>{…} %n Element</numerusform>
            <numerusform>{…} %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside the range %2 to %3 of typecode &apos;%4&apos;</source>
        <translation>%1 liegt außerhalb des Bereichs %2 bis %3 von typecode &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not fit a %2</source>
        <translation>%1 passt nicht in ein %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside the range of typecode &apos;%2&apos;</source>
        <translation>%1 liegt außerhalb des Bereichs von typecode &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; does not convert to %2</source>
        <translation>„%1“ lässt sich nicht in %2 umwandeln</translation>
    </message>
</context>
<context>
    <name>Inspector::VariantTreeView</name>
    <message>
        <location filename="../inspector/widgets/varianttreeview.cpp" line="+29"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nested value</source>
        <translation>Verschachtelter Wert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nested too deep to show)</source>
        <translation>(zu tief verschachtelt)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+10"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../inspector/main.cpp" line="+92"/>
        <source>A live view of the shared objects, clients, locks and waiters of a libmanager server.</source>
        <translation>Eine Live-Ansicht der gemeinsam genutzten Objekte, Clients, Sperren und Wartenden eines libmanager-Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to &lt;address&gt; at start: a socket path, a name, local:NAME, host:port, [v6]:port or tcp://host:port.</source>
        <translation>Beim Start mit &lt;address&gt; verbinden: ein Socket-Pfad, ein Name, local:NAME, host:port, [v6]:port oder tcp://host:port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the key from &lt;file&gt; (its bytes, less one final line break).</source>
        <translation>Den Schlüssel aus &lt;file&gt; lesen (seine Bytes, ohne einen abschließenden Zeilenumbruch).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the key from the environment variable &lt;name&gt;.</source>
        <translation>Den Schlüssel aus der Umgebungsvariable &lt;name&gt; lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (tls://host:port): trust the CA certificates in &lt;file&gt; (PEM) for the server&apos;s certificate, instead of the system&apos;s.</source>
        <translation>TLS (tls://host:port): den CA-Zertifikaten in &lt;file&gt; (PEM) für das Zertifikat des Servers vertrauen, statt denen des Systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS: this client&apos;s certificate in &lt;file&gt; (PEM), for servers that require one; with --tls-key.</source>
        <translation>TLS: das Zertifikat dieses Clients in &lt;file&gt; (PEM), für Server, die eines verlangen; mit --tls-key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS: the private key of --tls-cert in &lt;file&gt; (PEM).</source>
        <translation>TLS: der private Schlüssel zu --tls-cert in &lt;file&gt; (PEM).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer no action that changes anything on the server.</source>
        <translation>Keine Aktion anbieten, die etwas auf dem Server ändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the editor of the object with the id or name &lt;object&gt; (repeatable).</source>
        <translation>Den Editor des Objekts mit der ID oder dem Namen &lt;object&gt; öffnen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start paused.</source>
        <translation>Angehalten starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the interface: en, de or fr.</source>
        <translation>Die Sprache der Oberfläche: en, de oder fr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the settings in &lt;dir&gt;.</source>
        <translation>Die Einstellungen in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing: save the main window to &lt;file.png&gt; once shown.</source>
        <translation>Test: das Hauptfenster nach dem Anzeigen in &lt;file.png&gt; speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing: quit after &lt;ms&gt; milliseconds (with --screenshot, take it then).</source>
        <translation>Test: nach &lt;ms&gt; Millisekunden beenden (mit --screenshot: das Bildschirmfoto dann aufnehmen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The look: system, light or dark.</source>
        <translation>Das Erscheinungsbild: system, light oder dark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the dock &lt;name&gt; to the front: objects, details, activity, clients, problems or history, or show the connection dialog: connection (repeatable).</source>
        <translation>Das Dock &lt;name&gt; nach vorn holen: objects, details, activity, clients, problems oder history, oder den Verbindungsdialog zeigen: connection (wiederholbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the last object --open opened, go to the row or key &lt;where&gt;.</source>
        <translation>Im zuletzt mit --open geöffneten Objekt zur Zeile oder zum Schlüssel &lt;where&gt; gehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give --authkey-file or --authkey-env, not both</source>
        <translation>geben Sie --authkey-file oder --authkey-env an, nicht beides</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the environment variable %1 is empty or not set</source>
        <translation>die Umgebungsvariable %1 ist leer oder nicht gesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown theme %1 (system, light or dark)</source>
        <translation>unbekanntes Erscheinungsbild %1 (system, light oder dark)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no dock is called %1</source>
        <translation>kein Dock heißt %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no object is named %1</source>
        <translation>kein Objekt heißt %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
