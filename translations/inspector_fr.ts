<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Inspector::ActivityModel</name>
    <message>
        <location filename="../inspector/core/activitymodel.cpp" line="+99"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this inspector</source>
        <translation>cet inspecteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (failed)</source>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>objet %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client went</source>
        <translation>le client est parti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client connected</source>
        <translation>client connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client renamed</source>
        <translation>client renommé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client gone</source>
        <translation>client parti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events lost</source>
        <translation>événements perdus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events this inspector read too late</source>
        <translation>%1 événements lus trop tard par cet inspecteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>acquired</source>
        <translation>acquis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>holds %1</source>
        <translation>détient %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>released a hold</source>
        <translation>a relâché une prise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waits</source>
        <translation>attend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait ended</source>
        <translation>fin de l&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reset</source>
        <translation>réinitialisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cleared</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>Inspector::ActivityView</name>
    <message>
        <location filename="../inspector/widgets/activityview.cpp" line="+50"/>
        <source>Filter the activity</source>
        <translation>Filtrer l&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity filter</source>
        <translation>Filtre de l&apos;activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this inspector&apos;s calls</source>
        <translation>Afficher les appels de cet inspecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll to each new entry</source>
        <translation>Faire défiler jusqu&apos;à chaque nouvelle entrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
</context>
<context>
    <name>Inspector::AddressValidator</name>
    <message>
        <location filename="../inspector/core/addressvalidator.cpp" line="+24"/>
        <source>%1 has no port: write %1:PORT</source>
        <translation>%1 n&apos;a pas de port : écrivez %1:PORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IPv6 address goes in brackets: [::1]:PORT</source>
        <translation>Une adresse IPv6 s&apos;écrit entre crochets : [::1]:PORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in brackets is not an IPv6 address</source>
        <translation>%1 entre crochets n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IPv6 address goes in brackets, as in [%1]:PORT</source>
        <translation>Une adresse IPv6 s&apos;écrit entre crochets, comme dans [%1]:PORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a host name</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>Le port doit être un nombre de 1 à 65535, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port 0 is for servers (it picks a free port): give the port the server listens on</source>
        <translation>Le port 0 est pour les serveurs (il choisit un port libre) : indiquez le port sur lequel le serveur écoute</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the server&apos;s address</source>
        <translation>Donnez l&apos;adresse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>local: names no socket: write local:NAME</source>
        <translation>local: ne désigne aucun socket : écrivez local:NOM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a host without a port: write %1:PORT for TCP, or local:%1 for a local socket of that name</source>
        <translation>%1 est un hôte sans port : écrivez %1:PORT pour TCP, ou local:%1 pour un socket local de ce nom</translation>
    </message>
</context>
<context>
    <name>Inspector::CallMethodDialog</name>
    <message>
        <location filename="../inspector/widgets/callmethoddialog.cpp" line="+102"/>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JSON, e.g. [1, &quot;two&quot;] or {&quot;key&quot;: 3}</source>
        <translation>JSON, p. ex. [1, &quot;two&quot;] ou {&quot;key&quot;: 3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Argument %1 (%2)</source>
        <translation>Argument %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This method takes no arguments.</source>
        <translation>Cette méthode ne prend aucun argument.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Argument %1: %2</source>
        <translation>Argument %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a whole number of 0 or more</source>
        <translation>&apos;%1&apos; n&apos;est pas un entier positif ou nul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; n&apos;est pas un entier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
</context>
<context>
    <name>Inspector::ClientModel</name>
    <message>
        <location filename="../inspector/core/clientmodel.cpp" line="+200"/>
        <source>this inspector (client %1)</source>
        <translation>cet inspecteur (client %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>object %1</source>
        <translation>objet %1</translation>
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
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n permit(s) of %1</source>
        <translation>
            <numerusform>%n jeton de %1</numerusform>
            <numerusform>%n jetons de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n time(s))</source>
        <comment>an RLock taken again</comment>
        <translation>
            <numerusform>%1 (%n fois)</numerusform>
            <numerusform>%1 (%n fois)</numerusform>
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
        <translation>(cet inspecteur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this inspector)</source>
        <translation>%1 (cet inspecteur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (observer)</source>
        <translation>%1 (observateur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, pid %2</source>
        <translation>%1, pid %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this inspector</source>
        <translation>cet inspecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>over TCP from %1</source>
        <translation>par TCP depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>over TLS from %1</source>
        <translation>via TLS depuis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over a local socket</source>
        <translation>par un socket local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connected %1</source>
        <translation>connecté le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n référence</numerusform>
            <numerusform>%n références</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parked call(s)</source>
        <translation>
            <numerusform>%n appel en suspens</numerusform>
            <numerusform>%n appels en suspens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds %1</source>
        <translation>détient %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>local</source>
        <translation>local</translation>
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
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refs</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parked calls</source>
        <translation>Appels en suspens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Prises</translation>
    </message>
</context>
<context>
    <name>Inspector::ClientNames</name>
    <message>
        <location filename="../inspector/core/clientnames.cpp" line="+59"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this inspector (client %1)</source>
        <translation>cet inspecteur (client %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspector</source>
        <translation>inspecteur</translation>
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
        <translation>Filtrer les clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients filter</source>
        <translation>Filtre des clients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients status</source>
        <translation>État des clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Selected client</source>
        <translation>Client sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click an object to open it</source>
        <translation>Entrée ou double-clic sur un objet pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 went: %2</source>
        <translation>%1 est parti : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1, a link: Enter opens it</source>
        <translation>%1, un lien : Entrée l&apos;ouvre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client %1 is gone.</source>
        <translation>Le client %1 est parti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a client to see its calls, holds and references.</source>
        <translation>Sélectionnez un client pour voir ses appels, ses prises et ses références.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1 · %n subscription(s)</source>
        <translation>
            <numerusform>%1 · %n abonnement</numerusform>
            <numerusform>%1 · %n abonnements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parked calls (%1)</source>
        <translation>Appels en suspens (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds (%1)</source>
        <translation>Prises (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>held %n time(s)</source>
        <translation>
            <numerusform>détenu %n fois</numerusform>
            <numerusform>détenu %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held</source>
        <translation>détenu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>References (%1), reading…</source>
        <translation>Références (%1), lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>References (%1), first %2 objects only</source>
        <translation>Références (%1), %2 premiers objets seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References (%1)</source>
        <translation>Références (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n référence</numerusform>
            <numerusform>%n références</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ConnectionDialog</name>
    <message>
        <location filename="../inspector/widgets/connectiondialog.cpp" line="+48"/>
        <source>Connect to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/run/user/1000/app.sock, local:NAME, host:port …</source>
        <translation>/run/user/1000/app.sock, local:NOM, hôte:port …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A socket path, a bare name, local:NAME, host:port, [IPv6]:port or tcp://host:port</source>
        <translation>Un chemin de socket, un simple nom, local:NOM, hôte:port, [IPv6]:port ou tcp://hôte:port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for a socket file</source>
        <translation>Rechercher un fichier de socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a local socket file</source>
        <translation>Choisir un fichier de socket local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address problem</source>
        <translation>Problème d&apos;adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier de clé :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;yped key:</source>
        <translation>Clé &amp;saisie :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Environment variable:</source>
        <translation>&amp;Variable d&apos;environnement :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key file path</source>
        <translation>Chemin du fichier de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read like libmanager-server --authkey-file reads it: the whole file, without a single trailing line break</source>
        <translation>Lu comme le lit libmanager-server --authkey-file : le fichier entier, sans un éventuel saut de ligne final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for a key file</source>
        <translation>Rechercher un fichier de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Typed key</source>
        <translation>Clé saisie</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kept in memory only, never saved</source>
        <translation>Conservée en mémoire uniquement, jamais enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hex</source>
        <translation>&amp;Hexadécimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is typed in hexadecimal (for a binary key)</source>
        <translation>La clé est saisie en hexadécimal (pour une clé binaire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment variable name</source>
        <translation>Nom de la variable d&apos;environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIBMANAGER_KEY</source>
        <translation>LIBMANAGER_KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key from a file</source>
        <translation>Clé depuis un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key from an environment variable</source>
        <translation>Clé depuis une variable d&apos;environnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+180"/>
        <source>Offer no action that changes anything on the server</source>
        <translation>Ne proposer aucune action qui modifie quoi que ce soit sur le serveur</translation>
    </message>
    <message>
        <location line="-175"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout in seconds</source>
        <translation>Délai de connexion en secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, shown in File &gt; Recent</source>
        <translation>facultatif, affiché dans Fichier &gt; Récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with a throwaway connection and report what the server says</source>
        <translation>Se connecter avec une connexion jetable et rapporter ce que répond le serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect time&amp;out:</source>
        <translation>&amp;Délai de connexion :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>Ét&amp;iquette :</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--read-only was given: this session stays read-only</source>
        <translation>--read-only a été indiqué : cette session reste en lecture seule</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a Socket</source>
        <translation>Choisir un socket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the Key File</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key is not hexadecimal: an even number of digits 0-9, a-f</source>
        <translation>La clé n&apos;est pas en hexadécimal : un nombre pair de chiffres 0-9, a-f</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test failed: %1: %2</source>
        <translation>Échec du test : %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Test failed: %1</source>
        <translation>Échec du test : %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test passed. %1</source>
        <translation>Test réussi. %1</translation>
    </message>
</context>
<context>
    <name>Inspector::ConnectionProfile</name>
    <message>
        <location filename="../inspector/core/connectionprofile.cpp" line="+20"/>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the key</source>
        <translation>Saisissez la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the environment variable that holds the key</source>
        <translation>Indiquez la variable d&apos;environnement qui contient la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The environment variable %1 is empty or not set</source>
        <translation>La variable d&apos;environnement %1 est vide ou non définie</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connected in %1 ms; round trip %2 ms. Protocol %3, introspection revision %4; %n type(s) registered.</source>
        <translation>
            <numerusform>Connecté en %1 ms ; aller-retour %2 ms. Protocole %3, révision d&apos;introspection %4 ; %n type enregistré.</numerusform>
            <numerusform>Connecté en %1 ms ; aller-retour %2 ms. Protocole %3, révision d&apos;introspection %4 ; %n types enregistrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ContainerEditCommand</name>
    <message>
        <location filename="../inspector/core/editcommands.cpp" line="+186"/>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::ContainerEditor</name>
    <message>
        <location filename="../inspector/widgets/containereditor.cpp" line="+139"/>
        <source>%1 tools</source>
        <translation>Outils de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read everything again</source>
        <translation>Tout relire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append or insert an item</source>
        <translation>Ajouter ou insérer un élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entries</source>
        <translation>Supprimer les entrées sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every entry (asks first)</source>
        <translation>Supprimer toutes les entrées (avec confirmation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to an index or key</source>
        <translation>Aller à un indice ou une clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys and values on the server</source>
        <translation>Rechercher dans les clés et les valeurs sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the selected rows to a JSON file</source>
        <translation>Écrire les lignes sélectionnées dans un fichier JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to index…</source>
        <translation>Aller à l&apos;indice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to key…</source>
        <translation>Aller à la clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to index or key</source>
        <translation>Aller à l&apos;indice ou à la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key, or #N for the row N</source>
        <translation>Une clé, ou #N pour la ligne N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit conflict</source>
        <translation>Conflit de modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write your value over the other client&apos;s</source>
        <translation>Écrire votre valeur à la place de celle de l&apos;autre client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard mine</source>
        <translation>&amp;Rejeter la mienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the other client&apos;s value</source>
        <translation>Conserver la valeur de l&apos;autre client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume live updates (Space)</source>
        <translation>Reprendre les mises à jour en direct (Espace)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clé</translation>
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
        <translation>Type de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of the new key</source>
        <translation>Le type de la nouvelle clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value: 42, 1.5, true, null, [1, 2], {&quot;a&quot;: 1} or text</source>
        <translation>Valeur : 42, 1.5, true, null, [1, 2], {&quot;a&quot;: 1} ou du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append</source>
        <translation>Ajouter à la fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Contents of %1</source>
        <translation>Contenu de %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not written: %1</source>
        <translation>Non écrit : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel the search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connection lost (%1); reconnecting… The rows shown may be out of date.</source>
        <translation>Connexion perdue (%1) ; reconnexion… Les lignes affichées peuvent être périmées.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a container this editor knows</source>
        <translation>%1 n&apos;est pas un conteneur connu de cet éditeur</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export the selection of %1</source>
        <translation>Exporter la sélection de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selection was written to %1</source>
        <translation>La sélection a été écrite dans %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The selection was written to %1, without %n row(s) not read yet</source>
        <translation>
            <numerusform>La sélection a été écrite dans %1, sans %n ligne pas encore lue</numerusform>
            <numerusform>La sélection a été écrite dans %1, sans %n lignes pas encore lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 was changed by another client</source>
        <translation>%1 a été modifié par un autre client</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 was removed by %2 while you were editing</source>
        <translation>%1 a été supprimé par %2 pendant votre modification</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Changed %n second(s) ago by %1</source>
        <extracomment>A row&apos;s tooltip: when it last changed while this editor watched, and by whom</extracomment>
        <translation>
            <numerusform>Modifié il y a %n seconde par %1</numerusform>
            <numerusform>Modifié il y a %n secondes par %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>another client</source>
        <translation>un autre client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this inspector</source>
        <translation>cet inspecteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Changed by %1 to %2 while you were editing</source>
        <extracomment>%1 a client (&quot;worker (client 7)&quot;), %2 the value it wrote</extracomment>
        <translation>Modifié par %1 en %2 pendant votre modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: now %2 (last change by %3)</source>
        <extracomment>%1 what happened (&quot;&apos;x&apos; was changed by another client&quot;), %2 the value now, %3 a client</extracomment>
        <translation>%1 : maintenant %2 (dernière modification par %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (yours: %2)</source>
        <translation>%1 (la vôtre : %2)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>A key is needed</source>
        <translation>Une clé est nécessaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names beginning with &apos;_&apos; belong to a proxy, not to the Namespace</source>
        <translation>Les noms commençant par &apos;_&apos; appartiennent à un proxy, pas au Namespace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n entries from %1?</source>
        <translation>
            <numerusform>Supprimer %n entrée de %1 ?</numerusform>
            <numerusform>Supprimer %n entrées de %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Remove %n entries from %1</source>
        <translation>
            <numerusform>Supprimer %n entrée de %1</numerusform>
            <numerusform>Supprimer %n entrées de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clear %1 (%2 items)?</source>
        <extracomment>%1 is the object (&quot;dict 17&quot;), %2 the count</extracomment>
        <translation>Vider %1 (%2 éléments) ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Cette opération est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+127"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Clear failed: %1</source>
        <translation>Échec du vidage : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n change(s) while paused — Resume (Space)</source>
        <extracomment>The banner of a paused editor</extracomment>
        <translation>
            <numerusform>%n modification pendant la suspension — Reprendre (Espace)</numerusform>
            <numerusform>%n modifications pendant la suspension — Reprendre (Espace)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no rows</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows %1–%2 loaded</source>
        <translation>lignes %1–%2 chargées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading rows %1–%2</source>
        <translation>chargement des lignes %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · version %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · paused</source>
        <extracomment>The footer of a paused editor</extracomment>
        <translation>%1 · suspendu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not an index</source>
        <translation>&quot;%1&quot; n&apos;est pas un indice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No row %1</source>
        <translation>Aucune ligne %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No attribute &apos;%1&apos;</source>
        <translation>Aucun attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No key %1</source>
        <translation>Aucune clé %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Filtering needs the whole container: %1 has more than %2 items. Use Go to.</source>
        <translation>Le filtrage nécessite le conteneur entier : %1 a plus de %2 éléments. Utilisez Aller à.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Search cancelled: %n match(es)</source>
        <translation>
            <numerusform>Recherche annulée : %n résultat</numerusform>
            <numerusform>Recherche annulée : %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — in %2</source>
        <translation>%1 — dans %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key and value</source>
        <translation>clé et valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first %1 shown)</source>
        <translation>(%1 premiers affichés)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching… %1 / %2 scanned</source>
        <translation>Recherche… %1 / %2 parcourus</translation>
    </message>
</context>
<context>
    <name>Inspector::CustomEditor</name>
    <message>
        <location filename="../inspector/widgets/customeditor.cpp" line="+49"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exposed methods</source>
        <translation>Méthodes exposées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returns</source>
        <translation>Retourne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Call method…</source>
        <translation>&amp;Appeler la méthode…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the selected method with arguments you give</source>
        <translation>Appeler la méthode sélectionnée avec les arguments fournis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call results</source>
        <translation>Résultats des appels</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Class %1 · type %2 · object %3 · %n exposed method(s)</source>
        <translation>
            <numerusform>Classe %1 · type %2 · objet %3 · %n méthode exposée</numerusform>
            <numerusform>Classe %1 · type %2 · objet %3 · %n méthodes exposées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1  %2 failed: %3</source>
        <translation>%1  échec de %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
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
        <translation>Profondeur de la file au fil du temps</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No depth known yet</source>
        <translation>Profondeur encore inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Depth over the last %n second(s): now %1, lowest %2, highest %3</source>
        <translation>
            <numerusform>Profondeur sur %n seconde : actuelle %1, minimum %2, maximum %3</numerusform>
            <numerusform>Profondeur sur les %n dernières secondes : actuelle %1, minimum %2, maximum %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; maxsize %1</source>
        <translation> ; maxsize %1</translation>
    </message>
</context>
<context>
    <name>Inspector::DetailsView</name>
    <message>
        <location filename="../inspector/widgets/detailsview.cpp" line="+44"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Object status</source>
        <translation>État de l&apos;objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this object in a tab</source>
        <translation>Ouvrir cet objet dans un onglet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References:</source>
        <translation>Références :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers:</source>
        <translation>Abonnés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator:</source>
        <translation>Créateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change:</source>
        <translation>Dernière modification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>Longueur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the value</source>
        <translation>Aperçu de la valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Object details</source>
        <translation>Détails de l&apos;objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview (up to %1 characters):</source>
        <translation>&amp;Aperçu (jusqu&apos;à %1 caractères) :</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>object %1</source>
        <translation>objet %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No object selected</source>
        <translation>Aucun objet sélectionné</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Object released: it no longer exists on the server.</source>
        <translation>Objet libéré : il n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Object released: it no longer exists on the server. Last data read:</source>
        <translation>Objet libéré : il n&apos;existe plus sur le serveur. Dernières données lues :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed while paused: resume to see it.</source>
        <translation>Modifié pendant la suspension : reprenez pour le voir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names and stored values: %1</source>
        <translation>noms et valeurs stockées : %1</translation>
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
        <translation>%1 (%2) par %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none seen</source>
        <translation>aucune constatée</translation>
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
        <translation>détenu par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
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
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting %1 to %2…</source>
        <translation>Exportation de %1 vers %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exporting %1: %2 of %n item(s)…</source>
        <translation>
            <numerusform>Exportation de %1 : %2 sur %n élément…</numerusform>
            <numerusform>Exportation de %1 : %2 sur %n éléments…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export to %1</source>
        <translation>exportation vers %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n item(s) of %1 to %2</source>
        <translation>
            <numerusform>%n élément de %1 exporté vers %2</numerusform>
            <numerusform>%n éléments de %1 exportés vers %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>%1 could not be exported: %2</source>
        <translation>Impossible d&apos;exporter %1 : %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export of %1 canceled</source>
        <translation>Exportation de %1 annulée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export object</source>
        <translation>Exporter l&apos;objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects of type %1 cannot be exported; dict, list, Namespace, Array and Value can.</source>
        <translation>Les objets de type %1 ne peuvent pas être exportés ; dict, list, Namespace, Array et Value le peuvent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export %1 %2</source>
        <translation>Exporter %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Inspector::GenericEditor</name>
    <message>
        <location filename="../inspector/widgets/genericeditor.cpp" line="+25"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Class %1 · %2 · %3 · version %4</source>
        <translation>Classe %1 · %2 · %3 · version %4</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n référence</numerusform>
            <numerusform>%n références</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::InsertItemCommand</name>
    <message>
        <location filename="../inspector/core/editcommands.cpp" line="+304"/>
        <source>Append to %1</source>
        <translation>Ajouter à la fin de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert %1 in %2</source>
        <translation>Insérer %1 dans %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 exists already</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was changed by another client since; not undone</source>
        <translation>%1 a été modifié depuis par un autre client ; non annulé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1] (undo)</source>
        <translation>[%1] (annulation)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (undo)</source>
        <translation>%1 (annulation)</translation>
    </message>
</context>
<context>
    <name>Inspector::JsonExport</name>
    <message>
        <location filename="../inspector/core/jsonexport.cpp" line="+347"/>
        <location line="+32"/>
        <location line="+73"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Objects of type %1 cannot be exported</source>
        <translation>Les objets de type %1 ne peuvent pas être exportés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The proxy of %1 %2 cannot be read page by page</source>
        <translation>Le proxy de %1 %2 ne peut pas être lu page par page</translation>
    </message>
</context>
<context>
    <name>Inspector::MainWindow</name>
    <message>
        <location filename="../inspector/widgets/mainwindow.cpp" line="+48"/>
        <source>Open objects</source>
        <translation>Objets ouverts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open an object to see and edit it: double-click it in Objects, or select it and press Enter.</source>
        <translation>Ouvrez un objet pour le voir et le modifier : double-cliquez dessus dans Objets, ou sélectionnez-le et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;nothing edited yet&gt;</source>
        <translation>&lt;aucune modification pour l&apos;instant&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of your edits</source>
        <translation>Historique de vos modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live or paused</source>
        <translation>En direct ou suspendu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export object…</source>
        <translation>E&amp;xporter l&apos;objet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause live updates</source>
        <translation>&amp;Suspendre les mises à jour en direct</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light (Fusion)</source>
        <translation>&amp;Clair (Fusion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark (Fusion)</source>
        <translation>S&amp;ombre (Fusion)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Object</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About libmanager Inspector</source>
        <translation>&amp;À propos de libmanager Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About libmanager Inspector</source>
        <translation>À propos de libmanager Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;libmanager Inspector %1&lt;/p&gt;&lt;p&gt;A live view of the shared objects, clients, locks and waiters of a libmanager server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;libmanager Inspector %1&lt;/p&gt;&lt;p&gt;Une vue en direct des objets partagés, des clients, des verrous et des attentes d&apos;un serveur libmanager.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also: Enter opens the current object, F2 edits a cell, arrow keys move in every view, Tab moves between the panes.</source>
        <translation>Aussi : Entrée ouvre l&apos;objet courant, F2 modifie une cellule, les flèches se déplacent dans chaque vue, Tab passe d&apos;un panneau à l&apos;autre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>libmanager Inspector — %1</source>
        <translation>libmanager Inspector — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 [READ-ONLY]</source>
        <translation>%1 [LECTURE SEULE]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>● not connected</source>
        <translation>● non connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● connecting to %1…</source>
        <translation>● connexion à %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● connected to %1</source>
        <translation>● connecté à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● connection lost: reconnecting (attempt %1)…</source>
        <translation>● connexion perdue : reconnexion (tentative %1)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused (Space resumes)</source>
        <translation>Suspendu (Espace pour reprendre)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the object was released</source>
        <translation>l&apos;objet a été libéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was released; its tab closed</source>
        <translation>%1 a été libéré ; son onglet a été fermé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Object %1 is gone</source>
        <translation>L&apos;objet %1 n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectBrowser</name>
    <message>
        <location filename="../inspector/widgets/objectbrowser.cpp" line="+49"/>
        <source>Filter by id, type or preview (Ctrl+F)</source>
        <translation>Filtrer par id, type ou aperçu (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+154"/>
        <source>Filter objects</source>
        <translation>Filtrer les objets</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Held</source>
        <translation>Détenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only locks held and semaphores without permits</source>
        <translation>Seulement les verrous détenus et les sémaphores sans jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiters</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only objects that calls wait on</source>
        <translation>Seulement les objets sur lesquels des appels attendent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed &lt; 10 s</source>
        <translation>Modifiés &lt; 10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only objects changed in the last 10 seconds</source>
        <translation>Seulement les objets modifiés au cours des 10 dernières secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat list</source>
        <translation>Liste à plat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One list of every object instead of groups by type</source>
        <translation>Une seule liste de tous les objets au lieu de groupes par type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flat list of objects</source>
        <translation>&amp;Liste à plat des objets</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Show the objects of every creator</source>
        <translation>Afficher les objets de tous les créateurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Objects listed</source>
        <translation>Objets listés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy &amp;preview</source>
        <translation>Copier l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+166"/>
        <source>Show &amp;creator client</source>
        <translation>Afficher le client &amp;créateur</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Loading… %1 of %2 objects</source>
        <translation>Chargement… %1 objets sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n object(s) on the server</source>
        <translation>
            <numerusform>%n objet sur le serveur</numerusform>
            <numerusform>%n objets sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 listed</source>
        <translation>%1 · %2 listés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 match the filter</source>
        <translation>%1 · %2 correspondent au filtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · polling (the server has no event stream)</source>
        <translation>%1 · interrogation périodique (le serveur n&apos;a pas de flux d&apos;événements)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting; showing the last data. %1</source>
        <translation>Reconnexion ; affichage des dernières données. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected; showing the last data. %1</source>
        <translation>Non connecté ; affichage des dernières données. %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show &amp;creator client: %1</source>
        <translation>Afficher le client &amp;créateur : %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Objects created by %1</source>
        <translation>Objets créés par %1</translation>
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
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectTreeModel</name>
    <message>
        <location filename="../inspector/core/objecttreemodel.cpp" line="+931"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
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
            <numerusform>il y a %n seconde</numerusform>
            <numerusform>il y a %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>held by %1</source>
        <translation>détenu par %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permits left</source>
        <translation>plus de jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>pleine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1, %n object(s)</source>
        <translation>
            <numerusform>%1, %n objet</numerusform>
            <numerusform>%1, %n objets</numerusform>
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
        <translation>%1, classe %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No change seen</source>
        <translation>Aucune modification constatée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed %1 by %2 (version %3)</source>
        <translation>Modifié %1 par %2 (version %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, changed %2 by %3</source>
        <translation>%1, modifié %2 par %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, no change seen</source>
        <translation>%1, aucune modification constatée</translation>
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
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refs</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subs</source>
        <translation>Abonn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiters</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>Inspector::ProblemsModel</name>
    <message>
        <location filename="../inspector/core/problemsmodel.cpp" line="+444"/>
        <source>this inspector (client %1)</source>
        <translation>cet inspecteur (client %1)</translation>
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
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 held by %2</source>
        <translation>%1 détenu par %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 waits for %2</source>
        <comment>a deadlock chain</comment>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 held by %3</source>
        <comment>a deadlock chain</comment>
        <translation>%1 %2 détenu par %3</translation>
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
        <translation>Interblocage : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds %2</source>
        <translation>%1 détient %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2() on %3 is past its deadline</source>
        <translation>%1 : %2() sur %3 a dépassé son échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 waits to take %2 back</source>
        <translation>%1 attend de reprendre %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>waits</source>
        <translation>attend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>holds</source>
        <translation>détient</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <location line="+3"/>
        <source>%1, for %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Deadlock</source>
        <translation>Interblocage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held too long</source>
        <translation>Détenu trop longtemps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past deadline</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long wait</source>
        <translation>Longue attente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, by %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Inspector::ProblemsView</name>
    <message>
        <location filename="../inspector/widgets/problemsview.cpp" line="+35"/>
        <source>Filter problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems filter</source>
        <translation>Filtre des problèmes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held too long after:</source>
        <translation>Détenu trop longtemps après :</translation>
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
        <translation>Détenu trop longtemps après, en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lock held longer than this is listed as a problem</source>
        <translation>Un verrou détenu plus longtemps que cela est signalé comme problème</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlocks</source>
        <translation>Interblocages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems summary</source>
        <translation>Résumé des problèmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Open %1</source>
        <translation>&amp;Ouvrir %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object %1</source>
        <translation>objet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;client %1</source>
        <translation>Afficher le &amp;client %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Deadlock: %n cycle(s) of clients that wait for each other; none of them can go on.</source>
        <translation>
            <numerusform>Interblocage : %n cycle de clients qui s&apos;attendent mutuellement ; aucun d&apos;eux ne peut continuer.</numerusform>
            <numerusform>Interblocage : %n cycles de clients qui s&apos;attendent mutuellement ; aucun d&apos;eux ne peut continuer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing %1 of %2 problems</source>
        <translation>%1 problèmes affichés sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::QueueContentsModel</name>
    <message>
        <location filename="../inspector/core/queuecontentsmodel.cpp" line="+192"/>
        <source>The next item a get() takes</source>
        <translation>Le prochain élément que prendra un get()</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Inspector::QueueEditor</name>
    <message>
        <location filename="../inspector/widgets/queueeditor.cpp" line="+81"/>
        <source>%1 actions</source>
        <translation>Actions de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the queue again (F5)</source>
        <translation>Relire la file (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put…</source>
        <translation>Déposer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put an item at the end of the queue (an int, a float or a text)</source>
        <translation>Déposer un élément à la fin de la file (un int, un float ou un texte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get (removes an item)</source>
        <translation>Prendre (retire un élément)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the next item out of the queue, as get() does: whoever waits for it will not have it</source>
        <translation>Retirer le prochain élément de la file, comme le fait get() : celui qui l&apos;attend ne l&apos;aura pas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contents of %1</source>
        <translation>Contenu de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents (peeked: nothing is taken)</source>
        <translation>&amp;Contenu (consulté : rien n&apos;est retiré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getters, putters and joiners of %1</source>
        <translation>Clients en attente de get(), put() et join() sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Getters, putters and joiners</source>
        <translation>En attente de &amp;get(), put() et join()</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded rows</source>
        <translation>Lignes chargées</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n item(s) · none loaded · version %1</source>
        <translation>
            <numerusform>%n élément · aucun chargé · version %1</numerusform>
            <numerusform>%n éléments · aucun chargé · version %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) · rows 0–%1 loaded · version %2</source>
        <translation>
            <numerusform>%n élément · lignes 0–%1 chargées · version %2</numerusform>
            <numerusform>%n éléments · lignes 0–%1 chargées · version %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the contents: %1</source>
        <translation>Impossible de lire le contenu : %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot watch %1: %2</source>
        <translation>Impossible de surveiller %1 : %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> — reading…</source>
        <translation> — lecture…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) of at most %1</source>
        <translation>
            <numerusform>%n élément sur %1 au plus</numerusform>
            <numerusform>%n éléments sur %1 au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s), unbounded</source>
        <translation>
            <numerusform>%n élément, sans limite</numerusform>
            <numerusform>%n éléments, sans limite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — empty</source>
        <translation> — vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — full</source>
        <translation> — pleine</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unfinished task(s)</source>
        <translation>
            <numerusform>, %n tâche non terminée</numerusform>
            <numerusform>, %n tâches non terminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, nobody waiting</source>
        <translation>, personne en attente</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n getter(s)</source>
        <translation>
            <numerusform>%n en attente de get()</numerusform>
            <numerusform>%n en attente de get()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n putter(s)</source>
        <translation>
            <numerusform>%n en attente de put()</numerusform>
            <numerusform>%n en attente de put()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n joiner(s)</source>
        <translation>
            <numerusform>%n en attente de join()</numerusform>
            <numerusform>%n en attente de join()</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, waiting: %1</source>
        <translation>, en attente : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Put into %1</source>
        <translation>Déposer dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integer (int)</source>
        <translation>Entier (int)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number (float)</source>
        <translation>Nombre (float)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (str)</source>
        <translation>Texte (str)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put</source>
        <translation>Déposer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not a valid %1</source>
        <translation>%1 non valide</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Put failed: %1</source>
        <translation>Impossible de déposer l&apos;élément : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the next item</source>
        <translation>le prochain élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get from %1</source>
        <translation>Prendre dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take %1 out of %2? It is removed for good; the inspector only shows it in the activity log.</source>
        <translation>Retirer %1 de %2 ? Il est retiré définitivement ; l&apos;inspecteur ne l&apos;affiche plus que dans le journal d&apos;activité.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Get failed: %1</source>
        <translation>Impossible de prendre l&apos;élément : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::RecentConnectionsMenu</name>
    <message>
        <location filename="../inspector/widgets/recentconnectionsmenu.cpp" line="+12"/>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, read-only</source>
        <translation>%1, lecture seule</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recent connections</source>
        <translation>Aucune connexion récente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Inspector::RemoveItemCommand</name>
    <message>
        <location filename="../inspector/core/editcommands.cpp" line="+24"/>
        <source>Remove %1 from %2</source>
        <translation>Supprimer %1 de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+90"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 was changed by another client since; not removed</source>
        <translation>%1 a été modifié depuis par un autre client ; non supprimé</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 (undo)</source>
        <translation>%1 (annulation)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was added again by another client; not undone</source>
        <translation>%1 a été ajouté de nouveau par un autre client ; non annulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 = %2 (undo)</source>
        <translation>%1 = %2 (annulation)</translation>
    </message>
</context>
<context>
    <name>Inspector::SetItemCommand</name>
    <message>
        <location line="-425"/>
        <source>Set %1 in %2</source>
        <translation>Définir %1 dans %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+77"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+102"/>
        <source>%1 was changed by another client</source>
        <translation>%1 a été modifié par un autre client</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 was changed by another client since your edit; not undone</source>
        <translation>%1 a été modifié par un autre client depuis votre modification ; non annulé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (undo)</source>
        <translation> (annulation)</translation>
    </message>
</context>
<context>
    <name>Inspector::SnapshotModel</name>
    <message>
        <location filename="../inspector/core/snapshotmodel.cpp" line="+71"/>
        <source>(not loaded while paused)</source>
        <extracomment>A row of a paused view that was not loaded when it paused</extracomment>
        <translation>(non chargé pendant la suspension)</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncEditor</name>
    <message>
        <location filename="../inspector/widgets/synceditor.cpp" line="+73"/>
        <source>%1 actions</source>
        <translation>Actions de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holders of %1</source>
        <translation>Détenteurs de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiters of %1</source>
        <translation>En attente sur %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not read the state: %1</source>
        <translation>Impossible de lire l&apos;état : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot watch %1: %2</source>
        <translation>Impossible de surveiller %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the state again (F5)</source>
        <translation>Relire l&apos;état (F5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the flag: every waiter goes on</source>
        <translation>Activer le drapeau : tous les clients en attente continuent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the flag</source>
        <translation>Désactiver le drapeau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permits to release</source>
        <translation>Jetons à libérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many permits Release gives back</source>
        <translation>Nombre de jetons que Libérer rend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>Libérer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give permits back to the semaphore, as release(n)</source>
        <translation>Rendre des jetons au sémaphore, comme release(n)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wake one waiter (the inspector takes the lock for the call)</source>
        <translation>Réveiller un client en attente (l&apos;inspecteur prend le verrou pour l&apos;appel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify all</source>
        <translation>Notifier tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wake every waiter (the inspector takes the lock for the call)</source>
        <translation>Réveiller tous les clients en attente (l&apos;inspecteur prend le verrou pour l&apos;appel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break the barrier: every waiter fails with BrokenBarrierError</source>
        <translation>Rompre la barrière : chaque client en attente échoue avec BrokenBarrierError</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break it for the current waiters and make it usable again</source>
        <translation>La rompre pour les clients en attente et la rendre de nouveau utilisable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release as inspector</source>
        <translation>Libérer en tant qu&apos;inspecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the lock on behalf of its holder (Python lets anyone release a plain Lock); its holder is not told</source>
        <translation>Libérer le verrou à la place de son détenteur (Python permet à quiconque de libérer un Lock simple) ; son détenteur n&apos;est pas prévenu</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> — reading…</source>
        <translation> — lecture…</translation>
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
        <translation> — sur %1 : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — over its own RLock: </source>
        <translation> — sur son propre RLock : </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a while</source>
        <translation>un moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (recursion %1)</source>
        <translation> (récursion %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>held by %1%2 for %3</source>
        <translation>détenu par %1%2 depuis %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n in wait()</source>
        <translation>
            <numerusform>, %n dans wait()</numerusform>
            <numerusform>, %n dans wait()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n waiting for the lock</source>
        <translation>
            <numerusform>, %n en attente du verrou</numerusform>
            <numerusform>, %n en attente du verrou</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+18"/>
        <source>, nobody waiting</source>
        <translation>, personne en attente</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <location line="+9"/>
        <location line="+18"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en attente</numerusform>
            <numerusform>, %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source> — %1 of %Ln permit(s) available</source>
        <translation>
            <numerusform> — %1 jeton disponible sur %Ln</numerusform>
            <numerusform> — %1 jetons disponibles sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (bounded: at most %1)</source>
        <translation> (borné : %1 au plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (initial %1, unbounded)</source>
        <translation> (initial %1, non borné)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — exhausted</source>
        <translation> — épuisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cleared</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source> %1 ago by %2</source>
        <translation> il y a %1 par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 ago</source>
        <translation> il y a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (Reset makes it usable again)</source>
        <translation> (Réinitialiser la rend de nouveau utilisable)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> — %1 of %n part(y/ies) waiting</source>
        <translation>
            <numerusform> — %1 participant en attente sur %n</numerusform>
            <numerusform> — %1 participants en attente sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Arrivals (%1)</source>
        <translation>&amp;Arrivées (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Permits held (%1)</source>
        <translation>&amp;Jetons détenus (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Holder (%1)</source>
        <translation>&amp;Détenteur (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiters, in arrival order (%1)</source>
        <translation>En &amp;attente, par ordre d&apos;arrivée (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 failed: %2</source>
        <translation>Échec de %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set %1</source>
        <translation>Activer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set %1? %n waiting client(s) will go on.</source>
        <translation>
            <numerusform>Activer %1 ? %n client en attente continuera.</numerusform>
            <numerusform>Activer %1 ? %n clients en attente continueront.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear %1?</source>
        <translation>Désactiver %1 ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+77"/>
        <source>Release %1</source>
        <translation>Libérer %1</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>Release %n permit(s) of %1? The inspector holds none: this adds permits that no client gave back.</source>
        <translation>
            <numerusform>Libérer %n jeton de %1 ? L&apos;inspecteur n&apos;en détient aucun : cela ajoute des jetons qu&apos;aucun client n&apos;a rendus.</numerusform>
            <numerusform>Libérer %n jetons de %1 ? L&apos;inspecteur n&apos;en détient aucun : cela ajoute des jetons qu&apos;aucun client n&apos;a rendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Notify all %n waiter(s) of %1? The inspector takes the Condition&apos;s lock for the call and gives it back.</source>
        <translation>
            <numerusform>Notifier %n client en attente sur %1 ? L&apos;inspecteur prend le verrou de la Condition pour l&apos;appel puis le rend.</numerusform>
            <numerusform>Notifier les %n clients en attente sur %1 ? L&apos;inspecteur prend le verrou de la Condition pour l&apos;appel puis le rend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Notify one of the %n waiter(s) of %1? The inspector takes the Condition&apos;s lock for the call and gives it back.</source>
        <translation>
            <numerusform>Notifier %n client en attente sur %1 ? L&apos;inspecteur prend le verrou de la Condition pour l&apos;appel puis le rend.</numerusform>
            <numerusform>Notifier l&apos;un des %n clients en attente sur %1 ? L&apos;inspecteur prend le verrou de la Condition pour l&apos;appel puis le rend.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notify all on %1</source>
        <translation>Notifier tous sur %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notify %1</source>
        <translation>Notifier %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not notify: the Condition&apos;s lock stayed held for %1</source>
        <translation>Notification impossible : le verrou de la Condition est resté détenu pendant %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reset %1</source>
        <translation>Réinitialiser %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reset %1? Its %n waiting client(s) fail with BrokenBarrierError; then it can be used again.</source>
        <translation>
            <numerusform>Réinitialiser %1 ? %n client en attente échoue avec BrokenBarrierError ; ensuite elle est de nouveau utilisable.</numerusform>
            <numerusform>Réinitialiser %1 ? Ses %n clients en attente échouent avec BrokenBarrierError ; ensuite elle est de nouveau utilisable.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abort %1</source>
        <translation>Interrompre %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Abort %1? Its %n waiting client(s) and every later wait() fail with BrokenBarrierError until it is reset.</source>
        <translation>
            <numerusform>Interrompre %1 ? %n client en attente et tout wait() ultérieur échouent avec BrokenBarrierError jusqu&apos;à sa réinitialisation.</numerusform>
            <numerusform>Interrompre %1 ? Ses %n clients en attente et tout wait() ultérieur échouent avec BrokenBarrierError jusqu&apos;à sa réinitialisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Release %1, held by %2? Its holder is not told and may go on as if it held it; the first of %n waiting client(s) gets it.</source>
        <translation>
            <numerusform>Libérer %1, détenu par %2 ? Son détenteur n&apos;est pas prévenu et peut continuer comme s&apos;il le détenait ; le premier client en attente l&apos;obtient (%n en attente).</numerusform>
            <numerusform>Libérer %1, détenu par %2 ? Son détenteur n&apos;est pas prévenu et peut continuer comme s&apos;il le détenait ; le premier des %n clients en attente l&apos;obtient.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>held by %1</source>
        <translation>détenu par %1</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncRowsModel</name>
    <message>
        <location filename="../inspector/core/syncrowsmodel.cpp" line="+121"/>
        <source>Recursion</source>
        <translation>Récursion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permits</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>N° d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock count</source>
        <translation>Niveau de verrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Nombre</translation>
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
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Held for</source>
        <translation>Détenu depuis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, process %2</source>
        <translation>%1, processus %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (disconnected)</source>
        <translation> (déconnecté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate to show this client</source>
        <translation>Activer pour afficher ce client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to client %1</source>
        <translation>Lien vers le client %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server does not say since when permits are held</source>
        <translation>Le serveur n&apos;indique pas depuis quand les jetons sont détenus</translation>
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
        <translation>Encore inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits without a timeout</source>
        <translation>Attend sans délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (passed)</source>
        <translation>%1 (dépassée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncStateModel</name>
    <message>
        <location filename="../inspector/core/syncstatemodel.cpp" line="+426"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this inspector (client %1)</source>
        <translation>cet inspecteur (client %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
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
        <translation>détenteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permits</source>
        <translation>jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acquire()</source>
        <translation>acquire()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-acquiring (after wait())</source>
        <translation>réacquisition (après wait())</translation>
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
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change seen yet</source>
        <translation>Aucune modification constatée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the value, unless another client changed it since it was read</source>
        <translation>Écrire la valeur, sauf si un autre client l&apos;a modifiée depuis sa lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a number to the value in one step on the server (fetchAdd)</source>
        <translation>Ajouter un nombre à la valeur en une seule opération sur le serveur (fetchAdd)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type code:</source>
        <translation>Code de type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range:</source>
        <translation>Plage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change:</source>
        <translation>Dernière modification :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard mine</source>
        <translation>&amp;Rejeter la mienne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outcome of the last write</source>
        <translation>Résultat de la dernière écriture</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>signed char (1 byte)</source>
        <translation>signed char (1 octet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned char (1 byte)</source>
        <translation>unsigned char (1 octet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed short (2 bytes)</source>
        <translation>signed short (2 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned short (2 bytes)</source>
        <translation>unsigned short (2 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed int (4 bytes)</source>
        <translation>signed int (4 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned int (4 bytes)</source>
        <translation>unsigned int (4 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed long (8 bytes)</source>
        <translation>signed long (8 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned long (8 bytes)</source>
        <translation>unsigned long (8 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed long long (8 bytes)</source>
        <translation>signed long long (8 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned long long (8 bytes)</source>
        <translation>unsigned long long (8 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>float (4 bytes)</source>
        <translation>float (4 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>double (8 bytes)</source>
        <translation>double (8 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byte</source>
        <translation>octet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode character</source>
        <translation>caractère Unicode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>±%1 (single precision)</source>
        <translation>±%1 (simple précision)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>±%1 (double precision)</source>
        <translation>±%1 (double précision)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one byte</source>
        <translation>un octet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one character</source>
        <translation>un caractère</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is out of range for typecode &apos;%2&apos; (%3)</source>
        <translation>%1 est hors de la plage du typecode &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Typecode &apos;c&apos; takes exactly one byte (a Latin-1 character)</source>
        <translation>Le typecode &apos;c&apos; prend exactement un octet (un caractère Latin-1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Typecode &apos;u&apos; takes exactly one character</source>
        <translation>Le typecode &apos;u&apos; prend exactement un caractère</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The typecode is not known yet</source>
        <translation>Le typecode n&apos;est pas encore connu</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>client %1 (this inspector)</source>
        <translation>client %1 (cet inspecteur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changed by %1 to %2 while you were editing</source>
        <translation>Modifié par %1 en %2 pendant votre modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed to %1 while you were editing</source>
        <translation>Modifiée en %1 pendant votre modification</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The object is not a Value</source>
        <translation>L&apos;objet n&apos;est pas une Value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
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
        <translation>Définie à %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>set</source>
        <translation>écrit</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The value changed to %1 since you read it: nothing was written.</source>
        <translation>La valeur est passée à %1 depuis sa lecture : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not exchanged: the value was %1</source>
        <translation>non échangée : la valeur était %1</translation>
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
        <translation>valait %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added; the value was %1</source>
        <translation>Ajouté ; la valeur était %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number to add (may be negative):</source>
        <translation>Nombre à ajouter (peut être négatif) :</translation>
    </message>
</context>
<context>
    <name>Inspector::ValueSparkline</name>
    <message>
        <location filename="../inspector/widgets/valuesparkline.cpp" line="+15"/>
        <source>Recent values</source>
        <translation>Valeurs récentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last values, newest on the right</source>
        <translation>Les dernières valeurs, la plus récente à droite</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+20"/>
        <source>No values yet</source>
        <translation>Aucune valeur pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n value(s), from %1 to %2, last %3</source>
        <translation>
            <numerusform>%n valeur, de %1 à %2, dernière %3</numerusform>
            <numerusform>%n valeurs, de %1 à %2, dernière %3</numerusform>
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
            <numerusform>[…] %n élément</numerusform>
            <numerusform>[…] %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{…} %n item(s)</source>
        <extracomment>A nested dict in a cell</extracomment>
        <translation>
            <numerusform>{…} %n élément</numerusform>
            <numerusform>{…} %n éléments</numerusform>
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
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; n&apos;est pas un entier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside the range %2 to %3 of typecode &apos;%4&apos;</source>
        <translation>%1 est hors de la plage %2 à %3 du typecode &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not fit a %2</source>
        <translation>%1 ne tient pas dans un %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside the range of typecode &apos;%2&apos;</source>
        <translation>%1 est hors de la plage du typecode &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; does not convert to %2</source>
        <translation>&quot;%1&quot; ne se convertit pas en %2</translation>
    </message>
</context>
<context>
    <name>Inspector::VariantTreeView</name>
    <message>
        <location filename="../inspector/widgets/varianttreeview.cpp" line="+29"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nested value</source>
        <translation>Valeur imbriquée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>… %1 more</source>
        <translation>… %1 de plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nested too deep to show)</source>
        <translation>(imbrication trop profonde)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+10"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../inspector/main.cpp" line="+92"/>
        <source>A live view of the shared objects, clients, locks and waiters of a libmanager server.</source>
        <translation>Une vue en direct des objets partagés, des clients, des verrous et des attentes d&apos;un serveur libmanager.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to &lt;address&gt; at start: a socket path, a name, local:NAME, host:port, [v6]:port or tcp://host:port.</source>
        <translation>Se connecter à &lt;address&gt; au démarrage : un chemin de socket, un nom, local:NOM, hôte:port, [v6]:port ou tcp://hôte:port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the key from &lt;file&gt; (its bytes, less one final line break).</source>
        <translation>Lire la clé dans &lt;file&gt; (ses octets, sans un éventuel saut de ligne final).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the key from the environment variable &lt;name&gt;.</source>
        <translation>Lire la clé dans la variable d&apos;environnement &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (tls://host:port): trust the CA certificates in &lt;file&gt; (PEM) for the server&apos;s certificate, instead of the system&apos;s.</source>
        <translation>TLS (tls://host:port) : faire confiance aux certificats d&apos;AC de &lt;file&gt; (PEM) pour le certificat du serveur, au lieu de ceux du système.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS: this client&apos;s certificate in &lt;file&gt; (PEM), for servers that require one; with --tls-key.</source>
        <translation>TLS : le certificat de ce client dans &lt;file&gt; (PEM), pour les serveurs qui en exigent un ; avec --tls-key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS: the private key of --tls-cert in &lt;file&gt; (PEM).</source>
        <translation>TLS : la clé privée de --tls-cert dans &lt;file&gt; (PEM).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer no action that changes anything on the server.</source>
        <translation>Ne proposer aucune action qui modifie quoi que ce soit sur le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the editor of the object with the id or name &lt;object&gt; (repeatable).</source>
        <translation>Ouvrir l&apos;éditeur de l&apos;objet ayant l&apos;id ou le nom &lt;object&gt; (répétable).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start paused.</source>
        <translation>Démarrer en pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the interface: en, de or fr.</source>
        <translation>La langue de l&apos;interface : en, de ou fr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the settings in &lt;dir&gt;.</source>
        <translation>Conserver les paramètres dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing: save the main window to &lt;file.png&gt; once shown.</source>
        <translation>Test : enregistrer la fenêtre principale dans &lt;file.png&gt; une fois affichée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing: quit after &lt;ms&gt; milliseconds (with --screenshot, take it then).</source>
        <translation>Test : quitter après &lt;ms&gt; millisecondes (avec --screenshot, la capture est prise à ce moment).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The look: system, light or dark.</source>
        <translation>L&apos;apparence : system, light ou dark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the dock &lt;name&gt; to the front: objects, details, activity, clients, problems or history, or show the connection dialog: connection (repeatable).</source>
        <translation>Mettre au premier plan le panneau &lt;name&gt; : objects, details, activity, clients, problems ou history, ou afficher la boîte de dialogue de connexion : connection (répétable).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the last object --open opened, go to the row or key &lt;where&gt;.</source>
        <translation>Dans le dernier objet ouvert par --open, aller à la ligne ou à la clé &lt;where&gt;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give --authkey-file or --authkey-env, not both</source>
        <translation>indiquez --authkey-file ou --authkey-env, pas les deux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the environment variable %1 is empty or not set</source>
        <translation>la variable d&apos;environnement %1 est vide ou non définie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown theme %1 (system, light or dark)</source>
        <translation>thème %1 inconnu (system, light ou dark)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no dock is called %1</source>
        <translation>aucun panneau ne s&apos;appelle %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no object is named %1</source>
        <translation>aucun objet ne s&apos;appelle %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
</TS>
