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
        <location line="+3"/>
        <source>Unknown error %1</source>
        <translation>Erreur inconnue %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../libmanager/server/main.cpp" line="+40"/>
        <source>Serves libmanager shared objects on an address until it is asked to stop (SIGINT, SIGTERM, or a client&apos;s shutdown request).</source>
        <translation>Sert les objets partagés de libmanager sur une adresse jusqu&apos;à ce qu&apos;on lui demande de s&apos;arrêter (SIGINT, SIGTERM ou demande d&apos;arrêt d&apos;un client).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to listen: host:port, or a local socket path.</source>
        <translation>Où écouter&#xa0;: hôte:port, ou chemin d&apos;un socket local.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the authentication key from this file.</source>
        <translation>Lire la clé d&apos;authentification dans ce fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the authentication key from this environment variable.</source>
        <translation>Lire la clé d&apos;authentification dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which manager to serve: base.</source>
        <translation>Gestionnaire à servir&#xa0;: base.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the key file: %1</source>
        <translation>Impossible de lire le fichier de clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An authentication key is required (--authkey-file or --authkey-env).</source>
        <translation>Une clé d&apos;authentification est requise (--authkey-file ou --authkey-env).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown manager kind: %1</source>
        <translation>Type de gestionnaire inconnu&#xa0;: %1</translation>
    </message>
</context>
</TS>
