<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LibManager</name>
    <message>
        <location filename="../libmanager/error.cpp" line="+13"/>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid address</source>
        <translation>Adresse non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol mismatch</source>
        <translation>Protocole incompatible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol error</source>
        <translation>Erreur de protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Délai d&apos;attente dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start the server</source>
        <translation>Impossible de démarrer le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server not started by this manager</source>
        <translation>Serveur non démarré par ce gestionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server already started</source>
        <translation>Serveur déjà démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not serve</source>
        <translation>Impossible de servir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call not finished</source>
        <translation>Appel non terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value cannot be sent</source>
        <translation>Valeur impossible à envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager shut down</source>
        <translation>Gestionnaire arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid token</source>
        <translation>Jeton non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token of another server</source>
        <translation>Jeton d&apos;un autre serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server full</source>
        <translation>Serveur plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server not responding</source>
        <translation>Le serveur ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown typeid</source>
        <translation>Identifiant de type inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method not exposed</source>
        <translation>Méthode non exposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object gone</source>
        <translation>Objet disparu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid arguments</source>
        <translation>Arguments non valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method failed on the server</source>
        <translation>Échec de la méthode sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call cancelled</source>
        <translation>Appel annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key error</source>
        <translation>Erreur de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index error</source>
        <translation>Erreur d&apos;indice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value error</source>
        <translation>Erreur de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type error</source>
        <translation>Erreur de type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue empty</source>
        <translation>File vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue full</source>
        <translation>File pleine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the owner</source>
        <translation>Pas le propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken barrier</source>
        <translation>Barrière rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name holds another type</source>
        <translation>Le nom désigne un autre type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object quota exceeded</source>
        <translation>Quota d&apos;objets dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory quota exceeded</source>
        <translation>Quota de mémoire dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server memory full</source>
        <translation>Mémoire du serveur pleine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container too large</source>
        <translation>Conteneur trop grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown error %1</source>
        <translation>Erreur inconnue %1</translation>
    </message>
    <message>
        <location filename="../libmanager/transport/address.cpp" line="+23"/>
        <source>a local socket is a path (/run/app.sock), local:NAME or a bare name without &apos;:&apos;; TCP is host:port, [IPv6]:port, tcp://host:port or :port (all interfaces); TLS is tls://host:port</source>
        <translation>un socket local est un chemin (/run/app.sock), local:NAME ou un simple nom sans &apos;:&apos; ; TCP est host:port, [IPv6]:port, tcp://host:port ou :port (toutes les interfaces) ; TLS est tls://host:port</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no port (%2)</source>
        <translation>%1 n&apos;a pas de port (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: an IPv6 address goes in brackets, [::1]:port</source>
        <translation>%1 : une adresse IPv6 s&apos;écrit entre crochets, [::1]:port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in brackets is not an IPv6 address</source>
        <translation>%1 : %2 entre crochets n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: an IPv6 address goes in brackets, as in [%2]:%3</source>
        <translation>%1 : une adresse IPv6 s’écrit entre crochets, comme dans [%2]:%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a host name</source>
        <translation>%1 : %2 n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the port must be a number from 0 to 65535, not &quot;%2&quot;</source>
        <translation>%1 : le port doit être un nombre de 0 à 65535, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>local: names no socket</source>
        <translation>local: ne désigne aucun socket</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a host without a port: write %1:PORT for TCP, or local:%1 for a local socket of that name</source>
        <translation>%1 est un hôte sans port : écrivez %1:PORT pour TCP, ou local:%1 pour un socket local de ce nom</translation>
    </message>
    <message>
        <location filename="../libmanager/arrayproxy.cpp" line="+133"/>
        <location line="+203"/>
        <source>the array&apos;s typecode was not answered first</source>
        <translation>le typecode du tableau n&apos;a pas été reçu en premier</translation>
    </message>
    <message>
        <location filename="../libmanager/authkey.cpp" line="+83"/>
        <location line="+12"/>
        <source>cannot read the key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key file %1 holds more than %2 bytes: a key file holds the key alone</source>
        <translation>le fichier de clé %1 contient plus de %2 octets : un fichier de clé ne contient que la clé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key file %1 is empty</source>
        <translation>le fichier de clé %1 est vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file %1</source>
        <extracomment>Where a key came from, after &quot;from&quot; in &quot;32 bytes, SHA-256 1a2b3c4d, from the file /etc/app/key&quot;: put it in the form that follows that word in your language.</extracomment>
        <translation>du fichier %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 bytes, SHA-256 %2, from %3</source>
        <translation>%1 octets, SHA-256 %2, provenant %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes, SHA-256 %2, this process&apos;s default key</source>
        <translation>%1 octets, SHA-256 %2, la clé par défaut de ce processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 octets, SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../libmanager/basemanager.cpp" line="+100"/>
        <source>call start() or connectToServer() first</source>
        <translation>appelez d&apos;abord start() ou connectToServer()</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the observer key is the server&apos;s key: clients with it would not be observers; give the observers a key of their own</source>
        <translation>la clé d&apos;observateur est la clé du serveur : les clients qui l&apos;ont ne seraient pas des observateurs ; donnez aux observateurs une clé à eux</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+279"/>
        <source>the TLS configuration cannot be used: %1</source>
        <translation>la configuration TLS est inutilisable : %1</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its starter and its last client are gone</source>
        <translation>le processus qui l&apos;a démarré et son dernier client ont disparu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the parent process is gone</source>
        <translation>le processus parent a disparu</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>this manager&apos;s server was shut down; a manager starts one server: make a new manager</source>
        <translation>le serveur de ce gestionnaire a été arrêté ; un gestionnaire ne démarre qu&apos;un seul serveur : créez un nouveau gestionnaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this manager&apos;s server runs already (process %1)</source>
        <translation>le serveur de ce gestionnaire fonctionne déjà (processus %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has custom types, so its server runs this program again; its main() must first call &quot;if (LibManager::isServerProcess()) return LibManager::serverMain&lt;%1&gt;(argc, argv);&quot;</source>
        <translation>%1 a des types personnalisés, son serveur exécute donc de nouveau ce programme ; sa fonction main() doit d&apos;abord appeler &quot;if (LibManager::isServerProcess()) return LibManager::serverMain&lt;%1&gt;(argc, argv);&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the libmanager-server program is not installed beside the library (set LIBMANAGER_SERVER_PROGRAM to its path)</source>
        <translation>le programme libmanager-server n&apos;est pas installé à côté de la bibliothèque (définissez LIBMANAGER_SERVER_PROGRAM avec son chemin)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../libmanager/server/server.cpp" line="+673"/>
        <source>cannot name &apos;%1&apos;: %2</source>
        <translation>impossible de nommer &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this manager serves already</source>
        <translation>ce gestionnaire sert déjà</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no address to connect to</source>
        <translation>aucune adresse à laquelle se connecter</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>shutdown() stops only a server that start() started; use requestServerShutdown() to ask another server to stop</source>
        <translation>shutdown() n&apos;arrête qu&apos;un serveur démarré par start() ; utilisez requestServerShutdown() pour demander à un autre serveur de s&apos;arrêter</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the server answered %1() without a token</source>
        <translation>le serveur a répondu à %1() sans jeton</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+27"/>
        <source>the token names no object (a default-constructed token, or text that Token::fromString() could not read as &quot;typeid/objectid/serverid@address&quot;)</source>
        <translation>le jeton ne désigne aucun objet (un jeton construit par défaut, ou un texte que Token::fromString() n&apos;a pas pu lire comme &quot;typeid/objectid/serverid@address&quot;)</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+27"/>
        <source>the token names an object of another server (%1 at %2); this manager is connected to %3 at %4</source>
        <translation>le jeton désigne un objet d&apos;un autre serveur (%1 à l&apos;adresse %2) ; ce gestionnaire est connecté à %3 à l&apos;adresse %4</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>the proxy for %1 is not a %2</source>
        <translation>le proxy de %1 n&apos;est pas un %2</translation>
    </message>
    <message>
        <location filename="../libmanager/client/clientconnection.cpp" line="+92"/>
        <source>not an address: %1</source>
        <translation>pas une adresse : %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the server at %1 is gone: another server listens there now</source>
        <translation>le serveur à %1 n’est plus là : un autre serveur écoute maintenant à cette adresse</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+62"/>
        <source>the peer at %1 is not a libmanager server</source>
        <translation>le pair à l&apos;adresse %1 n&apos;est pas un serveur libmanager</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>no handshake from %1 within %2 ms</source>
        <translation>aucune négociation reçue de %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 closed the connection during the handshake</source>
        <translation>%1 a fermé la connexion pendant la négociation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server at %1 requires TLS: connect to tls://%2</source>
        <translation>le serveur à %1 exige TLS : connectez-vous à tls://%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server at %1 is full: it has no resources for another connection; try again when some of its clients have gone</source>
        <translation>le serveur à %1 est plein : il n’a plus de ressources pour une autre connexion ; réessayez quand certains de ses clients seront partis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server at %1 is full: it serves its maximum number of clients; try again when one has gone</source>
        <translation>le serveur à %1 est plein : il sert déjà son nombre maximal de clients ; réessayez quand l’un d’eux sera parti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server speaks protocol %1 (data stream %2); this library speaks %3 (%4)</source>
        <translation>le serveur parle le protocole %1 (flux de données %2) ; cette bibliothèque parle %3 (%4)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 closed the connection instead of accepting our key (%2)</source>
        <translation>%1 a fermé la connexion au lieu d&apos;accepter notre clé (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed welcome from %1</source>
        <translation>message d&apos;accueil mal formé de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server at %1 rejected our key (%2)</source>
        <translation>le serveur à l&apos;adresse %1 a refusé notre clé (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server at %1 refused our protocol version %2</source>
        <translation>le serveur à l&apos;adresse %1 a refusé notre version de protocole %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server at %1 could not prove that it holds our key (%2)</source>
        <translation>le serveur à l&apos;adresse %1 n&apos;a pas pu prouver qu&apos;il détient notre clé (%2)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>connection closed by this process</source>
        <translation>connexion fermée par ce processus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server shut down (%1)</source>
        <translation>le serveur s&apos;est arrêté (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the connection to %1 broke while sending</source>
        <translation>la connexion à %1 a été rompue pendant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server at %1 did not take our data in time</source>
        <translation>le serveur à l&apos;adresse %1 n&apos;a pas accepté nos données à temps</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the server at %1 closed the connection</source>
        <translation>le serveur à l&apos;adresse %1 a fermé la connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to %1 broke</source>
        <translation>la connexion à %1 a été rompue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server at %1 answered nothing, not even a ping, for %2 ms (the liveness timeout): it is stopped, hung, or busy in one long call</source>
        <translation>le serveur à %1 n’a rien répondu, pas même à un ping, pendant %2 ms (le délai de vivacité) : il est arrêté, bloqué ou occupé par un long appel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the server at %1 stopped answering: its host, or the network to it, acknowledged nothing within the liveness timeout (%2 ms)</source>
        <translation>le serveur à %1 ne répond plus : sa machine, ou le réseau qui y mène, n’a rien acquitté dans le délai de vivacité (%2 ms)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the server sent a frame of %1 bytes, above the limit of %2</source>
        <translation>le serveur a envoyé une trame de %1 octets, au-delà de la limite de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>protocol error: %1</source>
        <translation>erreur de protocole : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>protocol error: the server sent a client&apos;s message (kind %1)</source>
        <translation>erreur de protocole : le serveur a envoyé un message de client (type %1)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1() got no answer within its timeout (%2 ms) and a grace of %3 ms: the server at %4 is stopped, hung or too busy; the call was cancelled</source>
        <translation>%1() n’a reçu aucune réponse dans son délai (%2 ms) ni dans un délai de grâce de %3 ms : le serveur à %4 est arrêté, bloqué ou trop occupé ; l’appel a été annulé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1() got no answer within %2 ms</source>
        <translation>%1() n&apos;a reçu aucune réponse en %2 ms</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no answer within the call&apos;s timeout (%1 ms) and a grace of %2 ms: the server at %3 is stopped, hung or too busy; the call was cancelled</source>
        <translation>aucune réponse dans le délai de l’appel (%1 ms) ni dans un délai de grâce de %2 ms : le serveur à %3 est arrêté, bloqué ou trop occupé ; l’appel a été annulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no answer in time</source>
        <translation>aucune réponse à temps</translation>
    </message>
    <message>
        <location filename="../libmanager/conditionproxy.cpp" line="+19"/>
        <source>no notify within %1 ms</source>
        <translation>aucun notify en %1 ms</translation>
    </message>
    <message>
        <location filename="../libmanager/server/methodtable.cpp" line="+50"/>
        <source>argument %1 of %2: cannot convert %3 to %4</source>
        <translation>argument %1 de %2 : impossible de convertir %3 en %4</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../libmanager/standardtypes/standardobject.cpp" line="+202"/>
        <source>&apos;%1&apos; is not an exposed method of %2 (exposed: %3)</source>
        <translation>&apos;%1&apos; n&apos;est pas une méthode exposée de %2 (méthodes exposées : %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most %1 arguments</source>
        <translation>au plus %1 arguments</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 threw: %2</source>
        <translation>%1 a levé une exception : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 threw an exception</source>
        <translation>%1 a levé une exception</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes %2 arguments, %3 given (%4)</source>
        <translation>%1 prend %2 arguments, %3 fournis (%4)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>at most %1 constructor arguments</source>
        <translation>au plus %1 arguments de constructeur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no Q_INVOKABLE constructor taking (%2)</source>
        <translation>%1 n&apos;a aucun constructeur Q_INVOKABLE prenant (%2)</translation>
    </message>
    <message>
        <location filename="../libmanager/namespaceproxy.cpp" line="+19"/>
        <source>the proxy has no attribute &apos;%1&apos;</source>
        <translation>le proxy n&apos;a pas d&apos;attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/standardobject.cpp" line="+9"/>
        <source>%1 takes %2</source>
        <translation>%1 prend %2</translation>
    </message>
    <message>
        <location filename="../libmanager/pendingcall.cpp" line="+106"/>
        <source>the connection is gone</source>
        <translation>la connexion a disparu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an empty PendingCall</source>
        <translation>un PendingCall vide</translation>
    </message>
    <message>
        <location filename="../libmanager/platform/platform_unix.cpp" line="+65"/>
        <source>no connection within %1 ms</source>
        <translation>aucune connexion en %1 ms</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+93"/>
        <source>socket path too long: %1</source>
        <translation>chemin de socket trop long : %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>unusable address %1</source>
        <translation>adresse inutilisable %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot resolve host %1: %2</source>
        <translation>impossible de résoudre l&apos;hôte %1 : %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot create a directory beside %1: %2</source>
        <translation>impossible de créer un répertoire à côté de %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot listen at %1: %2</source>
        <translation>impossible d’écouter à %1 : %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d’écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <location filename="../libmanager/proxy.cpp" line="+133"/>
        <source>the proxy is not attached to a shared object</source>
        <translation>le proxy n&apos;est rattaché à aucun objet partagé</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>the value holds no proxy</source>
        <translation>la valeur ne contient aucun proxy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the value names an object of another server (%1 at %2)</source>
        <translation>la valeur désigne un objet d&apos;un autre serveur (%1 à l&apos;adresse %2)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1() returned no shared object (a %2)</source>
        <translation>%1() n&apos;a renvoyé aucun objet partagé (mais un %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy for %1 is a %2, not a %3</source>
        <translation>le proxy de %1 est un %2, pas un %3</translation>
    </message>
    <message>
        <location filename="../libmanager/server/server.cpp" line="-631"/>
        <source>object %1 does not exist (it was released, or never existed on this server)</source>
        <translation>l&apos;objet %1 n&apos;existe pas (il a été libéré, ou n&apos;a jamais existé sur ce serveur)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server ran out of memory while running %1</source>
        <translation>le serveur a manqué de mémoire en exécutant %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>server destroyed</source>
        <translation>serveur détruit</translation>
    </message>
    <message>
        <location filename="../libmanager/transport/transport.cpp" line="+45"/>
        <source>address in use: %1</source>
        <translation>adresse déjà utilisée : %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+6"/>
        <source>this libmanager was built without TLS (LIBMANAGER_TLS=OFF)</source>
        <translation>cette libmanager a été construite sans TLS (LIBMANAGER_TLS=OFF)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+14"/>
        <source>invalid address</source>
        <translation>adresse non valide</translation>
    </message>
    <message>
        <location filename="../libmanager/server/server.cpp" line="+317"/>
        <source>shutdown requested</source>
        <translation>arrêt demandé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a method of the server (it has: %2)</source>
        <translation>&apos;%1&apos; n&apos;est pas une méthode du serveur (il a : %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>client %1 holds references to %2 objects, the most one client may hold on this server (maxObjectsPerClient)</source>
        <translation>le client %1 détient des références à %2 objets, le maximum qu&apos;un client peut détenir sur ce serveur (maxObjectsPerClient)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no type &apos;%1&apos; is registered on this server (it has: %2)</source>
        <translation>aucun type &apos;%1&apos; n&apos;est enregistré sur ce serveur (il a : %2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the server ran out of memory while creating %1</source>
        <translation>le serveur a manqué de mémoire en créant %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+18"/>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>creating %1 threw: %2</source>
        <translation>la création de %1 a levé une exception : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the factory of %1 made no object from these arguments</source>
        <translation>la fabrique de %1 n&apos;a créé aucun objet à partir de ces arguments</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 object is shared by another server</source>
        <translation>l&apos;objet %1 est partagé par un autre serveur</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1.%2() returned a %3, which is no registered shared type: register its class, or declare the method&apos;s result with registerMethodResult()</source>
        <translation>%1.%2() a renvoyé un %3, qui n&apos;est pas un type partagé enregistré : enregistrez sa classe, ou déclarez le résultat de la méthode avec registerMethodResult()</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2() returns objects of typeid &apos;%3&apos;, which is not registered on this server</source>
        <translation>%1.%2() renvoie des objets de typeid &apos;%3&apos;, qui n&apos;est pas enregistré sur ce serveur</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a name may not be empty</source>
        <translation>un nom ne peut pas être vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is the name of a %2, not of a %3</source>
        <translation>&apos;%1&apos; est le nom d&apos;un %2, pas d&apos;un %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+15"/>
        <source>no object is named &apos;%1&apos; on this server</source>
        <translation>aucun objet ne s&apos;appelle &apos;%1&apos; sur ce serveur</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 objects publish no changes</source>
        <translation>les objets %1 ne publient aucune modification</translation>
    </message>
    <message>
        <location line="+598"/>
        <source>no client %1 is connected to this server</source>
        <translation>aucun client %1 n&apos;est connecté à ce serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>setClientName takes a name (a string)</source>
        <translation>setClientName prend un nom (une chaîne)</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>the client broke the protocol</source>
        <translation>le client a enfreint le protocole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client left too much of its output unread</source>
        <translation>le client a laissé trop de sa sortie non lue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client read none of its output for too long</source>
        <translation>le client n&apos;a rien lu de sa sortie pendant trop longtemps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server ran out of memory for the client</source>
        <translation>le serveur a manqué de mémoire pour le client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server shut down</source>
        <translation>le serveur s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client closed its connection, or its process ended</source>
        <translation>le client a fermé sa connexion, ou son processus s&apos;est terminé</translation>
    </message>
    <message>
        <location filename="../libmanager/server/serverconnection.cpp" line="+398"/>
        <source>the result cannot be sent: %1</source>
        <translation>le résultat ne peut pas être envoyé : %1</translation>
    </message>
    <message>
        <location filename="../libmanager/servermain.cpp" line="+118"/>
        <source>this program has no server for manager class %1</source>
        <translation>ce programme n&apos;a pas de serveur pour la classe de gestionnaire %1</translation>
    </message>
    <message>
        <location filename="../libmanager/server/serverprocess.cpp" line="+76"/>
        <source>cannot make a pipe: %1</source>
        <translation>impossible de créer un tube : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot run %1: %2</source>
        <translation>impossible d&apos;exécuter %1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 did not start serving within %2 ms</source>
        <translation>%1 n&apos;a pas commencé à servir en %2 ms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 exited (code %2) before it served</source>
        <translation>%1 s&apos;est terminé (code %2) avant de servir</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no configuration on standard input (this program is started by BaseManager::start())</source>
        <translation>aucune configuration sur l&apos;entrée standard (ce programme est démarré par BaseManager::start())</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>configuration too large</source>
        <translation>configuration trop volumineuse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>truncated configuration</source>
        <translation>configuration tronquée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unreadable configuration (started by another libmanager version?)</source>
        <translation>configuration illisible (démarré par une autre version de libmanager ?)</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedarray.cpp" line="+71"/>
        <source>%1 bytes are not whole elements of %2 bytes</source>
        <translation>%1 octets ne forment pas des éléments entiers de %2 octets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list or packed bytes</source>
        <translation>liste ou octets empaquetés attendus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item %1: %2</source>
        <translation>élément %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bad array size %1</source>
        <translation>taille de tableau incorrecte %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 items do not fit an array of %2 at %3 (its length never changes)</source>
        <translation>%1 éléments ne tiennent pas dans un tableau de %2 à partir de %3 (sa longueur ne change jamais)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>array index out of range</source>
        <translation>indice de tableau hors limites</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedbarrier.cpp" line="+15"/>
        <source>the barrier was destroyed</source>
        <translation>la barrière a été détruite</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the barrier is broken</source>
        <translation>la barrière est rompue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a wait timed out</source>
        <translation>une attente a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out; the barrier is broken</source>
        <translation>délai dépassé ; la barrière est rompue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the barrier was aborted</source>
        <translation>la barrière a été interrompue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the barrier was reset</source>
        <translation>la barrière a été réinitialisée</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedcondition.cpp" line="+23"/>
        <source>the condition was destroyed</source>
        <translation>la variable de condition a été détruite</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the condition&apos;s lock is gone</source>
        <translation>le verrou de la variable de condition a disparu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot wait on un-acquired lock</source>
        <translation>impossible d&apos;attendre sur un verrou non acquis</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot notify on un-acquired lock</source>
        <translation>impossible de notifier sur un verrou non acquis</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/dicttable.cpp" line="+116"/>
        <source>unhashable type: &apos;%1&apos;</source>
        <translation>type non hachable : &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/shareddict.cpp" line="+110"/>
        <source>unknown search mode &apos;%1&apos; (substring, glob or regex)</source>
        <translation>mode de recherche inconnu &apos;%1&apos; (substring, glob ou regex)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad pattern at %1: %2</source>
        <translation>motif incorrect à la position %1 : %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the dict was destroyed</source>
        <translation>le dict a été détruit</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>dictionary update sequence element #%1 is not a [key, value] pair</source>
        <translation>l&apos;élément #%1 de la séquence de mise à jour du dictionnaire n&apos;est pas une paire [key, value]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>update() takes a map or a list of [key, value] pairs</source>
        <translation>update() prend une map ou une liste de paires [key, value]</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown search scope &apos;%1&apos; (keys, values or both)</source>
        <translation>portée de recherche inconnue &apos;%1&apos; (keys, values ou both)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>get_range() reads strings and bytes, not &apos;%1&apos;</source>
        <translation>get_range() lit des chaînes et des octets, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>popitem(): dictionary is empty</source>
        <translation>popitem() : le dictionnaire est vide</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 takes (mapping or pairs)</source>
        <translation>%1 prend (mapping ou paires)</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedevent.cpp" line="+10"/>
        <source>the event was destroyed</source>
        <translation>l&apos;événement a été détruit</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedlist.cpp" line="+29"/>
        <source>slice step cannot be zero</source>
        <translation>le pas d&apos;une tranche ne peut pas être nul</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>attempt to assign sequence of size %1 to extended slice of size %2</source>
        <translation>tentative d&apos;affecter une séquence de taille %1 à une tranche étendue de taille %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>list index out of range</source>
        <translation>indice de liste hors limites</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+219"/>
        <location line="+25"/>
        <source>list assignment index out of range</source>
        <translation>indice d&apos;affectation de liste hors limites</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>%1 takes (a list)</source>
        <translation>%1 prend (une liste)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pop from empty list</source>
        <translation>pop sur une liste vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pop index out of range</source>
        <translation>indice de pop hors limites</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not in list</source>
        <translation>%1 n&apos;est pas dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list.remove(x): x not in list</source>
        <translation>list.remove(x) : x n&apos;est pas dans la liste</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;&lt;&apos; not supported between %1 and %2</source>
        <translation>&apos;&lt;&apos; n&apos;est pas pris en charge entre %1 et %2</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedlock.cpp" line="+14"/>
        <source>the lock was destroyed</source>
        <translation>le verrou a été détruit</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>release unlocked lock</source>
        <translation>libération d&apos;un verrou non verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot release un-acquired lock</source>
        <translation>impossible de libérer un verrou non acquis</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharednamespace.cpp" line="+111"/>
        <source>%1 takes an attribute name (a string)</source>
        <translation>%1 prend un nom d&apos;attribut (une chaîne)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos;: names beginning with &apos;_&apos; belong to the proxy</source>
        <translation>&apos;%1&apos; : les noms commençant par &apos;_&apos; appartiennent au proxy</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+33"/>
        <source>&apos;Namespace&apos; object has no attribute &apos;%1&apos;</source>
        <translation>l&apos;objet &apos;Namespace&apos; n&apos;a pas d&apos;attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedqueue.cpp" line="+20"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>the queue was destroyed</source>
        <translation>la file a été détruite</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>task_done() called too many times</source>
        <translation>task_done() appelé trop de fois</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the queue is full (maxsize %1)</source>
        <translation>la file est pleine (maxsize %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the queue stayed full (maxsize %1)</source>
        <translation>la file est restée pleine (maxsize %1)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the queue is empty</source>
        <translation>la file est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the queue stayed empty</source>
        <translation>la file est restée vide</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedsemaphore.cpp" line="+15"/>
        <source>the semaphore was destroyed</source>
        <translation>le sémaphore a été détruit</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>n must be one or more</source>
        <translation>n doit valoir au moins un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semaphore released too many times</source>
        <translation>sémaphore libéré trop de fois</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/sharedvalue.cpp" line="+72"/>
        <source>typecode &apos;%1&apos; adds integers only</source>
        <translation>le typecode &apos;%1&apos; n&apos;additionne que des entiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sum is out of range for typecode &apos;%1&apos; (%2)</source>
        <translation>la somme est hors de la plage du typecode &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>typecode &apos;%1&apos; adds numbers only</source>
        <translation>le typecode &apos;%1&apos; n&apos;additionne que des nombres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>typecode &apos;%1&apos; holds a character: nothing to add</source>
        <translation>le typecode &apos;%1&apos; contient un caractère : rien à additionner</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/standardtypes.cpp" line="+65"/>
        <source>bad typecode &apos;%1&apos; (must be one of %2)</source>
        <translation>typecode &apos;%1&apos; incorrect (doit être l&apos;un de %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be an integer</source>
        <translation>%1 doit être un entier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>semaphore initial value must be &gt;= 0</source>
        <translation>la valeur initiale d&apos;un sémaphore doit être &gt;= 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Condition() takes a Lock or RLock of the same manager</source>
        <translation>Condition() prend un Lock ou un RLock du même gestionnaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a barrier needs one party or more</source>
        <translation>une barrière nécessite au moins un participant</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>list() takes a list</source>
        <translation>list() prend une liste</translation>
    </message>
    <message>
        <location filename="../libmanager/tr_p.h" line="+38"/>
        <source>%1: %2</source>
        <comment>text: details</comment>
        <extracomment>A text, then its details: &quot;Connection refused: /run/app.sock: no such file&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>en</source>
        <comment>catalogue language code</comment>
        <extracomment>Not a text: the code of this catalogue&apos;s language (de, fr, pt_BR, ...). A server that start() runs loads the catalogue of that language.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/typecode.cpp" line="+82"/>
        <source>typecode &apos;%1&apos; takes an integer, not %2</source>
        <translation>le typecode &apos;%1&apos; prend un entier, pas un %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for typecode &apos;%2&apos; (%3)</source>
        <translation>%1 est hors de la plage du typecode &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>typecode &apos;%1&apos; takes a number, not %2</source>
        <translation>le typecode &apos;%1&apos; prend un nombre, pas un %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for typecode &apos;f&apos;</source>
        <translation>%1 est hors de la plage du typecode &apos;f&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>typecode &apos;c&apos; takes a byte array of length 1, not length %1</source>
        <translation>le typecode &apos;c&apos; prend un tableau d&apos;octets de longueur 1, pas de longueur %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>typecode &apos;c&apos; takes a byte array of length 1, not %1</source>
        <translation>le typecode &apos;c&apos; prend un tableau d&apos;octets de longueur 1, pas un %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>typecode &apos;u&apos; takes one character, not %1 characters</source>
        <translation>le typecode &apos;u&apos; prend un caractère, pas %1 caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>typecode &apos;u&apos; takes one character, not %1</source>
        <translation>le typecode &apos;u&apos; prend un caractère, pas un %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown typecode</source>
        <translation>typecode inconnu</translation>
    </message>
    <message>
        <location filename="../libmanager/typedproxy_p.h" line="+141"/>
        <source>the server ended a wait without a timeout unacquired</source>
        <translation>le serveur a mis fin sans succès à une attente sans délai</translation>
    </message>
    <message>
        <location filename="../libmanager/wire/wirecodec.cpp" line="+347"/>
        <source>containers nest more than %1 deep</source>
        <translation>les conteneurs sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>cannot send a %1: only proxies travel as objects</source>
        <translation>impossible d&apos;envoyer un %1 : seuls les proxys voyagent comme objets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot send a %1: it has no QDataStream operators</source>
        <translation>impossible d&apos;envoyer un %1 : le type n&apos;a pas d&apos;opérateurs QDataStream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot send a %1: not a type libmanager carries (send its data as a list, map or byte array)</source>
        <translation>impossible d&apos;envoyer un %1 : libmanager ne transporte pas ce type (envoyez ses données sous forme de liste, de map ou de tableau d&apos;octets)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot send a %1</source>
        <translation>impossible d&apos;envoyer un %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>list claims %1 items, more than the frame holds</source>
        <translation>la liste annonce %1 éléments, plus que n&apos;en contient la trame</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>map claims %1 entries, more than the frame holds</source>
        <translation>la map annonce %1 entrées, plus que n&apos;en contient la trame</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>truncated map key</source>
        <translation>clé de map tronquée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown type %1</source>
        <translation>type inconnu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+64"/>
        <location line="+47"/>
        <source>truncated value</source>
        <translation>valeur tronquée</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>unknown type id %1</source>
        <translation>identifiant de type inconnu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 may not travel as an opaque value</source>
        <translation>un %1 ne peut pas voyager comme valeur opaque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read a %1</source>
        <translation>impossible de lire un %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>containers nest deeper than %1</source>
        <translation>les conteneurs sont imbriqués plus profondément que %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>string list claims %1 strings, more than the frame holds</source>
        <translation>la liste de chaînes annonce %1 chaînes, plus que n&apos;en contient la trame</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a UTC offset of %1 s</source>
        <translation>un décalage UTC de %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown time zone id</source>
        <translation>identifiant de fuseau horaire inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown time spec %1</source>
        <translation>spécification de temps inconnue %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed bit array</source>
        <translation>tableau de bits mal formé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byte array list claims %1 items, more than the frame holds</source>
        <translation>la liste de tableaux d&apos;octets annonce %1 éléments, plus que n&apos;en contient la trame</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown value tag %1</source>
        <translation>étiquette de valeur inconnue %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>arguments are not a list</source>
        <translation>les arguments ne sont pas une liste</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>empty frame</source>
        <translation>trame vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>truncated call</source>
        <translation>appel tronqué</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>truncated result</source>
        <translation>résultat tronqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object result without a token</source>
        <translation>un résultat objet sans jeton</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>truncated failure</source>
        <translation>message d&apos;échec tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failure without an error code</source>
        <translation>échec sans code d&apos;erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>truncated event</source>
        <translation>événement tronqué</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown message kind %1</source>
        <translation>type de message inconnu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>truncated message (kind %1)</source>
        <translation>message tronqué (type %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stray bytes after a message (kind %2)</source>
        <translation>%1 octets superflus après un message (type %2)</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>the decoded values would take more than %1 bytes of memory, the limit for a frame of %2 bytes</source>
        <translation>les valeurs décodées occuperaient plus de %1 octets de mémoire, la limite pour une trame de %2 octets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a value asked for more memory than is available</source>
        <translation>une valeur a demandé plus de mémoire que disponible</translation>
    </message>
    <message>
        <location filename="../libmanager/standardtypes/quotaaccount.cpp" line="+50"/>
        <source>the objects client %1 created would take about %2 bytes, more than its quota of %3 (maxBytesPerClient)</source>
        <translation>les objets créés par le client %1 occuperaient environ %2 octets, plus que son quota de %3 (maxBytesPerClient)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>out of memory: the server&apos;s shared objects would take about %1 bytes, more than its limit of %2 (maxMemory)</source>
        <translation>mémoire épuisée : les objets partagés du serveur occuperaient environ %1 octets, plus que sa limite de %2 (maxMemory)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 elements are more than one container may hold on this server (%2, maxContainerLength)</source>
        <translation>%1 éléments, c&apos;est plus qu&apos;un conteneur ne peut en contenir sur ce serveur (%2, maxContainerLength)</translation>
    </message>
    <message>
        <location filename="../libmanager/server/accesspolicy.cpp" line="+44"/>
        <source>%1 is refused: this client authenticated with the server&apos;s observer key, which may only introspect, subscribe and read</source>
        <translation>%1 est refusé : ce client s&apos;est authentifié avec la clé d&apos;observateur du serveur, qui permet seulement l&apos;introspection, l&apos;abonnement et la lecture</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../libmanager/containermodel.cpp" line="+371"/>
        <source>Loading…</source>
        <extracomment>What a row of an item model shows while its contents are on their way</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the shared object can no longer be reached</source>
        <extracomment>An item model&apos;s proxy lost its connection or its object</extracomment>
        <translation>l&apos;objet partagé n&apos;est plus joignable</translation>
    </message>
    <message>
        <location filename="../libmanager/dictmodel.cpp" line="-3"/>
        <source>Key</source>
        <extracomment>The column header of a dict&apos;s keys in its item model</extracomment>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <extracomment>The column header of the Python type of a value in an item model</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../libmanager/namespacemodel.cpp" line="-3"/>
        <source>Name</source>
        <extracomment>The column header of a Namespace&apos;s attribute names in its item model</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../libmanager/tlsconfiguration.cpp" line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PEM file (no -----BEGIN line)</source>
        <translation>%1 n&apos;est pas un fichier PEM (pas de ligne -----BEGIN)</translation>
    </message>
    <message>
        <location filename="../libmanager/transport/tlsstream.cpp" line="+73"/>
        <source>the certificate is not a PEM certificate (%1)</source>
        <translation>le certificat n&apos;est pas un certificat PEM (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the certificate cannot be used (%1)</source>
        <translation>le certificat est inutilisable (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the certificate chain cannot be used (%1)</source>
        <translation>la chaîne de certificats est inutilisable (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the private key is not an unencrypted PEM key (%1)</source>
        <translation>la clé privée n&apos;est pas une clé PEM non chiffrée (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the private key does not belong to the certificate (%1)</source>
        <translation>la clé privée n&apos;appartient pas au certificat (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the CA certificates hold no PEM certificate</source>
        <translation>les certificats d&apos;AC ne contiennent aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS is not available: %1</source>
        <translation>TLS n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../libmanager/transport/transport.cpp" line="-91"/>
        <source>a TLS server needs a certificate and its private key (TlsConfiguration::setCertificateChain() and setPrivateKey(); libmanager-server --tls-cert and --tls-key)</source>
        <translation>un serveur TLS a besoin d&apos;un certificat et de sa clé privée (TlsConfiguration::setCertificateChain() et setPrivateKey() ; libmanager-server --tls-cert et --tls-key)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the TLS configuration has a certificate but no private key</source>
        <translation>la configuration TLS a un certificat mais pas de clé privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS configuration has a private key but no certificate</source>
        <translation>la configuration TLS a une clé privée mais pas de certificat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot load the system&apos;s trusted certificates (%1)</source>
        <translation>impossible de charger les certificats de confiance du système (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS server that requires client certificates needs the CA certificates they must chain to (TlsConfiguration::setCaCertificates(); libmanager-server --tls-ca)</source>
        <translation>un serveur TLS qui exige des certificats clients a besoin des certificats d&apos;AC dont ils doivent dépendre (TlsConfiguration::setCaCertificates() ; libmanager-server --tls-ca)</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server does not use TLS: connect to it without tls://</source>
        <translation>le serveur n&apos;utilise pas TLS : connectez-vous sans tls://</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no TLS handshake from the server in time</source>
        <translation>pas de négociation TLS du serveur à temps</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server closed the connection before TLS began</source>
        <translation>le serveur a fermé la connexion avant le début de TLS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer from the server in time</source>
        <translation>pas de réponse du serveur à temps</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the server&apos;s certificate has expired (%1)</source>
        <translation>le certificat du serveur a expiré (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s certificate is not valid yet (%1)</source>
        <translation>le certificat du serveur n&apos;est pas encore valide (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is for another host (%1); connect with the name it carries, or set TlsConfiguration::setPeerVerifyName()</source>
        <translation>le certificat du serveur est pour un autre hôte (%1) ; connectez-vous avec le nom qu&apos;il porte, ou utilisez TlsConfiguration::setPeerVerifyName()</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s certificate is not trusted (%1): is the CA that signed it in TlsConfiguration::caCertificates()?</source>
        <translation>le certificat du serveur n&apos;est pas de confiance (%1) : l&apos;AC qui l&apos;a signé est-elle dans TlsConfiguration::caCertificates() ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>the server requires a client certificate (TlsConfiguration::setCertificateChain() and setPrivateKey())</source>
        <translation>le serveur exige un certificat client (TlsConfiguration::setCertificateChain() et setPrivateKey())</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the server refused the TLS handshake (%1)</source>
        <translation>le serveur a refusé la négociation TLS (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>le serveur a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS handshake failed (%1)</source>
        <translation>échec de la négociation TLS (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server refused this client&apos;s certificate (%1)</source>
        <translation>le serveur a refusé le certificat de ce client (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../libmanager/tools/libmanager-server/main.cpp" line="+133"/>
        <source>Serves libmanager shared objects on an address until it is asked to stop (SIGINT, SIGTERM, or a client&apos;s shutdown request).</source>
        <translation>Sert les objets partagés de libmanager sur une adresse jusqu&apos;à ce qu&apos;on lui demande de s&apos;arrêter (SIGINT, SIGTERM ou demande d&apos;arrêt d&apos;un client).</translation>
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
        <translation>Adresses :
  un socket local : un chemin (/run/user/1000/app.sock), local:NAME ou un simple NAME
    sans &apos;:&apos; (placé dans le répertoire temporaire, comme le fait QLocalServer) ;
  TCP : HOST:PORT, [IPV6]:PORT, tcp://HOST:PORT ou :PORT pour toutes les interfaces ;
    le port 0 choisit un port libre ;
  TLS sur TCP : tls://HOST:PORT (avec --tls-cert et --tls-key).
Sans --address, le serveur écoute sur un nouveau socket local, dans un répertoire où
seul cet utilisateur peut entrer. Dans tous les cas, il affiche l&apos;adresse réelle sur la
sortie standard, sous la forme &quot;libmanager-server: serving at ADDRESS&quot;, dès que les
clients peuvent se connecter.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Read the authentication key from this environment variable.</source>
        <translation>Lire la clé d&apos;authentification dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>--object %1: expected NAME=TYPE or NAME=TYPE:ARG,... (for example jobs=Queue, slots=Semaphore:4)</source>
        <translation>--object %1 : NAME=TYPE ou NAME=TYPE:ARG,... attendu (par exemple jobs=Queue, slots=Semaphore:4)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Key files: the key is the file&apos;s bytes, except that a file holding one line of text
followed by a line break loses that line break. So a key made with
&quot;openssl rand -hex 16 &gt; key&quot; and a binary one made with
&quot;head -c 32 /dev/urandom &gt; key&quot; both work. Clients read the same file with
LibManager::readAuthKeyFile(), which applies the same rule.</source>
        <translation>Fichiers de clé : la clé est constituée des octets du fichier, sauf qu&apos;un fichier
contenant une seule ligne de texte suivie d&apos;un saut de ligne perd ce saut de ligne.
Ainsi, une clé créée avec &quot;openssl rand -hex 16 &gt; key&quot; et une clé binaire créée avec
&quot;head -c 32 /dev/urandom &gt; key&quot; fonctionnent toutes les deux. Les clients lisent le
même fichier avec LibManager::readAuthKeyFile(), qui applique la même règle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where to listen (see Addresses). Default: a fresh local socket.</source>
        <translation>Où écouter (voir Adresses). Par défaut : un nouveau socket local.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the authentication key from this file (see Key files).</source>
        <translation>Lire la clé d&apos;authentification dans ce fichier (voir Fichiers de clé).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read a second, read-only key from this file (see Key files): clients that authenticate with it may introspect, subscribe and read, and nothing else.</source>
        <translation>Lire une seconde clé, en lecture seule, dans ce fichier (voir Fichiers de clé) : les clients qui s&apos;authentifient avec elle peuvent faire de l&apos;introspection, s&apos;abonner et lire, rien d&apos;autre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which manager to serve: sync (the standard types) or base (none).</source>
        <translation>Quel gestionnaire servir : sync (les types standard) ou base (aucun).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serve an object of TYPE under NAME, made with the arguments ARG (numbers or text) before the first client connects; clients find it with proxyForName(NAME). May be repeated. Examples: jobs=Queue, results=dict, slots=Semaphore:4, hits=Value:i,0.</source>
        <translation>Servir un objet de type TYPE sous le nom NAME, créé avec les arguments ARG (nombres ou texte) avant que le premier client se connecte ; les clients le trouvent avec proxyForName(NAME). Peut être répété. Exemples : jobs=Queue, results=dict, slots=Semaphore:4, hits=Value:i,0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TCP: drop a client whose host has acknowledged nothing for this many milliseconds (its locks and permits are released); 0: the system&apos;s keepalive defaults. Default: 30000.</source>
        <translation>TCP : déconnecter un client dont la machine n’a rien acquitté pendant ce nombre de millisecondes (ses verrous et jetons sont libérés) ; 0 : les valeurs keepalive du système. Par défaut : 30000.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Serve at most N clients at once; one more is told that the server is full. Default: %1.</source>
        <translation>Servir au plus N clients à la fois ; un client de plus est informé que le serveur est plein. Par défaut : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop reading a client&apos;s requests while this much of its output is unsent, until it reads it. Sizes take K, M or G (1024-based). Default: 8M.</source>
        <translation>Cesser de lire les requêtes d&apos;un client tant que cette quantité de sa sortie n&apos;est pas envoyée, jusqu&apos;à ce qu&apos;il la lise. Les tailles acceptent K, M ou G (base 1024). Par défaut : 8M.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect a client that lets this much output it did not ask for at the time (events, answers to waiting calls) pile up. Default: 512M.</source>
        <translation>Déconnecter un client qui laisse s&apos;accumuler cette quantité de sortie qu&apos;il n&apos;avait pas demandée à ce moment (événements, réponses à des appels en attente). Par défaut : 512M.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect a client that takes no byte of its waiting output for this many milliseconds. Default: %1.</source>
        <translation>Déconnecter un client qui ne prend aucun octet de sa sortie en attente pendant ce nombre de millisecondes. Par défaut : %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shared objects one client may hold references to. Default: %1.</source>
        <translation>Objets partagés auxquels un client peut tenir des références. Par défaut : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approximate size of the shared objects one client created. Default: 4G.</source>
        <translation>Taille approximative des objets partagés créés par un client. Par défaut : 4G.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approximate size of all shared objects together. Default: half of the machine&apos;s memory, or less under a lower process limit.</source>
        <translation>Taille approximative de tous les objets partagés ensemble. Par défaut : la moitié de la mémoire de la machine, ou moins sous une limite de processus plus basse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elements of one list, dict, Namespace, Queue or Array. Default: %1.</source>
        <translation>Éléments d&apos;une list, d&apos;un dict, d&apos;un Namespace, d&apos;une Queue ou d&apos;un Array. Par défaut : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS (a tls://host:port address): this server&apos;s certificate, in PEM, followed by any intermediate certificates.</source>
        <translation>TLS (une adresse tls://host:port) : le certificat de ce serveur, en PEM, suivi des éventuels certificats intermédiaires.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS: the private key of --tls-cert, in PEM, not encrypted.</source>
        <translation>TLS : la clé privée de --tls-cert, en PEM, non chiffrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS: the CA certificates (PEM) that client certificates must chain to (--tls-verify-clients).</source>
        <translation>TLS : les certificats d&apos;AC (PEM) dont les certificats clients doivent dépendre (--tls-verify-clients).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS: serve only clients with a certificate that chains to --tls-ca (mutual TLS).</source>
        <translation>TLS : ne servir que les clients dont le certificat dépend de --tls-ca (TLS mutuel).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the environment variable %1</source>
        <extracomment>Where the key came from, after &quot;from&quot; in &quot;32 bytes, SHA-256 1a2b3c4d, from the environment variable APP_KEY&quot;: put it in the form that follows that word.</extracomment>
        <translation>de la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An authentication key is required (--authkey-file or --authkey-env).</source>
        <translation>Une clé d&apos;authentification est requise (--authkey-file ou --authkey-env).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown manager kind: %1</source>
        <translation>Type de gestionnaire inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--liveness-timeout takes a number of milliseconds, not &quot;%1&quot;</source>
        <translation>--liveness-timeout attend un nombre de millisecondes, pas « %1 »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--object %1: unknown type &apos;%2&apos; (this server has: %3)</source>
        <translation>--object %1 : type &apos;%2&apos; inconnu (ce serveur a : %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no types</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--object %1: the name &apos;%2&apos; is given twice</source>
        <translation>--object %1 : le nom &apos;%2&apos; est donné deux fois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 %2: not a size (a positive number of bytes, optionally followed by K, M or G)</source>
        <translation>--%1 %2 : pas une taille (un nombre positif d&apos;octets, suivi éventuellement de K, M ou G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 %2: not a positive number</source>
        <translation>--%1 %2 : pas un nombre positif</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>key: %1</source>
        <translation>clé : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>observer key: %1</source>
        <translation>clé d&apos;observateur : %1</translation>
    </message>
</context>
</TS>
