<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>À propos de Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>Le trousseau du système a refusé de lire la clé API : elle n’est donc conservée que jusqu’à la fermeture de Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>Le trousseau du système a refusé d’enregistrer la clé API : elle n’est donc conservée que jusqu’à la fermeture de Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>Le trousseau du système a refusé de supprimer la clé API : elle n’est donc conservée que jusqu’à la fermeture de Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth n’a pas pu écouter sur {host}, port {port} : un autre programme utilise peut-être ce port ; choisissez-en un autre.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>Attente de la fin d’une requête API…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>Rechercher, télécharger et gérer des modèles</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Matériel</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Le processeur, la mémoire et les GPU de cet ordinateur, et ce que le moteur peut utiliser</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>Mettre le modèle du chat à disposition d’autres programmes via une API compatible OpenAI</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Outils</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>Serveurs MCP : les outils qu’un modèle peut utiliser, chacun demandant avant de s’exécuter</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>Préférences : chat, apparence, dossiers de modèles, réseau et données</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Enregistrement avant la fermeture de Hearth…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>L’historique n’est pas enregistré.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth n’a pas tout enregistré</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, donc ce que vous voyez n’est pas encore enregistré (%n modification). Libérez de l’espace ou fermez le programme qui utilise l’historique, et Hearth l’enregistrera puis se fermera.</numerusform>
                <numerusform>{problem}, donc ce que vous voyez n’est pas encore enregistré (%n modifications). Libérez de l’espace ou fermez le programme qui utilise l’historique, et Hearth l’enregistrera puis se fermera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Garder Hearth ouvert</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Quitter sans enregistrer</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth continue d’essayer d’enregistrer.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentChip</name>
        <message>
            <source>{name} ({size})</source>
            <translation>{name} ({size})</translation>
        </message>
        <message>
            <source>Attachment {name}, {size}</source>
            <translation>Pièce jointe {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Retirer {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Une erreur s’est produite : {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Fermer le message</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>Masque ce message</translation>
        </message>
    </context>
    <context>
        <name>CacheSettings</name>
        <message>
            <source> GB</source>
            <comment>size unit, after the number</comment>
            <translation> Go</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>no conversation states are saved</comment>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>Espace disque maximal que peuvent occuper les états de conversation enregistrés ; Désactivé n’en enregistre aucun</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>Taille du cache des conversations</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>Vider le cache</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>Vider le cache des conversations</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>Supprimer tous les états de conversation enregistrés (vos conversations sont conservées)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Espace disque</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Utilisé</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>Les réponses dans une conversation rouverte commencent immédiatement, car le moteur enregistre son état sur cet ordinateur ; ce réglage limite l’espace disque occupé, et les conversations utilisées le moins récemment sont supprimées en premier.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>Vidage…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>Les messages, du plus ancien au plus récent ; Haut et Bas passent d’un message à l’autre</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>La réponse a échoué : {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>La réponse a échoué.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>Joindre des fichiers (ou les déposer ici, ou les coller)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>Joindre des fichiers ou des images : le modèle chargé lit les images (ou les déposer ici, ou les coller)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>Activé : les réponses utilisent des passages de vos dossiers de connaissances</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>Désactivé : les réponses ne cherchent pas dans vos dossiers de connaissances</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Joindre</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Joindre des fichiers</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Connaissances</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>Répondre à partir des dossiers de connaissances</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>Écrire au modèle ({send} pour envoyer, {newline} pour une nouvelle ligne)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Arrêter la réponse (Échap)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>Envoyer ({keys})</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} tokens</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>{count} / {limit} tokens</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Ce message est trop long pour être envoyé, même en omettant tous les messages plus anciens. Le contexte du modèle contient {n_ctx} tokens ; {kept} sont réservés à la réponse.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Les messages les plus anciens seront omis de la prochaine réponse pour faire de la place. Le contexte du modèle contient {n_ctx} tokens ; {kept} sont réservés à la réponse.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Encore {left} tokens avant que les messages plus anciens soient omis. Le contexte du modèle contient {n_ctx} tokens ; {kept} sont réservés à la réponse.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>L’image collée n’a pas pu être enregistrée pour être jointe.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>Ajoutez un dossier de connaissances dans les Paramètres pour répondre à partir de vos documents</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>Échec de la liste.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>Le serveur à l’adresse {url} ne liste aucun modèle.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model} a répondu en {total_ms} ms : premier token après {ttft_ms} ms, {tokens} tokens à {rate} tokens/s (« {reply} »).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>« {name} » a répondu en {ms} ms sans aucun modèle.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>« {name} » a répondu en {ms} ms avec 1 modèle : {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>« {name} » a répondu en {ms} ms avec %n modèle : {listed} et {more} autres.</numerusform>
                <numerusform>« {name} » a répondu en {ms} ms avec %n modèles : {listed} et {more} autres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>« {name} » a répondu en {ms} ms avec %n modèle : {listed}.</numerusform>
                <numerusform>« {name} » a répondu en {ms} ms avec %n modèles : {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>Discutez avec des modèles sur une autre machine ou un autre serveur : llama-server, vLLM, Ollama, LM Studio, un autre Hearth ou un service hébergé (tout serveur qui parle l’API OpenAI). Les modèles d’une connexion apparaissent dans le sélecteur de modèle sous son nom.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>Connexion et ses modèles</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>Connexions et leurs modèles</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>Colonnes des connexions</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Utiliser ce modèle</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>Discuter avec le modèle choisi</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Tester</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>Lister les modèles du serveur et chronométrer une courte réponse</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>Oublier cette connexion et sa clé API</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>Supprimer la connexion</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>Redemander ses modèles à chaque serveur</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>Actualiser les connexions</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>p. ex. {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>facultatif : conservée dans le trousseau du système, jamais dans un fichier</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>Ajouter la connexion</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>Ajouter une connexion</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>Test de « {name} » : liste de ses modèles et chronométrage d’une courte réponse…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>Suppression de « {name} »…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>Ajout de « {name} »…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>Importée · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importée</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>Dernière modification {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Importée depuis un fichier</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>Le fichier d’historique est endommagé et Hearth n’a pas pu le réparer ({reason}). Ce qui peut être lu est affiché ; les nouvelles conversations sont gardées en mémoire jusqu’à ce que le fichier puisse être écrit.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>Les plus téléchargés</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>Les plus aimés</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>Mis à jour récemment</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Rechercher des modèles GGUF sur le hub (p. ex. qwen, llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Rechercher sur le hub</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Trouve des modèles GGUF sur le hub ; sans mots, les modèles recommandés.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>Trier les résultats par</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>Modèles recommandés</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Modèles trouvés sur le hub</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>Modèles recommandés, du plus petit au plus grand : un bon point de départ.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Recherche de « {query} » sur le hub…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln dépôt GGUF</numerusform>
                <numerusform>%Ln dépôts GGUF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Rien sur le hub ne correspond à « {query} » ; %Ln modèle recommandé correspond.</numerusform>
                <numerusform>Rien sur le hub ne correspond à « {query} » ; %Ln modèles recommandés correspondent.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Rien sur le hub ne correspond à « {query} ».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln modèle recommandé correspond à « {query} ».</numerusform>
                <numerusform>%Ln modèles recommandés correspondent à « {query} ».</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>Aucun modèle recommandé ne correspond à « {query} ».</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>En pause : Hearth est hors ligne. Reprendra quand Hearth sera de nouveau en ligne.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>En attente : Hearth est hors ligne.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Mis en pause à la fermeture de Hearth : reprenez pour terminer le téléchargement.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>Bloqué : aucune donnée n’arrive. Hearth continue d’essayer.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>Le téléchargement n’a pas pu démarrer : {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>Le téléchargement a échoué : {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Progression de {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>Mettre {name} en pause</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Bloqué</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>Réessayer {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>Reprendre {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>Effacer {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>Annuler {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>Retirer de cette liste (le modèle reste installé)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>Arrêter et supprimer ce qui a été téléchargé</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>Aucun téléchargement pour l’instant. Les modèles téléchargés depuis Découvrir apparaissent ici.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>Fermer {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>Fermer ({key})</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>Modèles d’autres applications</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>Ces fichiers de modèle ont été téléchargés par d’autres applications. Hearth peut les utiliser là où ils sont : rien n’est copié ni retéléchargé.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>Cochez les modèles à utiliser ; Espace coche ou décoche le modèle actuel.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>Utiliser les modèles cochés</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth n’a pas pu examiner le matériel de cet ordinateur : {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>Impossible de demander au moteur ce qu’il peut utiliser : {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>Matériel</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>Copier tout le contenu de cette page en texte, p. ex. pour un rapport de bug.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>Réexaminer le matériel et le moteur.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>Le GPU n’est pas utilisé</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Copier la commande</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>Copier la commande pour la coller dans un terminal.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>Graphismes</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>Moteur (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Périphériques</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Comment Hearth a cherché les cartes graphiques</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>Interrogation du moteur…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>Examen de cet ordinateur et du moteur…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>non signalé</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} cœurs, {threads} threads</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>{total} au total, {available} disponible</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>Aucun GPU n’a été trouvé sur cet ordinateur : les modèles s’exécutent sur le CPU.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>rien de signalé</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>Oui : cette version peut placer des couches sur le GPU ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>Compilé avec {backends}, mais aucun périphérique GPU ne lui est visible : les modèles s’exécutent sur le CPU.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>Non : cette version du moteur est uniquement CPU, les modèles s’exécutent sur le CPU.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processeur</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Cœurs</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>Mémoire (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Backends</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>Déchargement GPU</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>Fonctionnalités du CPU</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>Options de compilation</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>Informations système</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Moteur</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>Périphériques du moteur</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>Vérifications GPU réussies</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>Vérifications GPU échouées</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>Toutes les vérifications ont réussi.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>Aucune vérification n’a réussi.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Fichiers journaux de Hearth, dans {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>À propos de Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (copie)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>Dupliquée sous « {title} ».</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth n’a pas pu dupliquer la conversation : {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth n’a pas pu exporter la conversation : {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth n’a pas pu exporter l’historique : {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>1 conversation importée.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>%n conversation importée.</numerusform>
                <numerusform>%n conversations importées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth n’a pas pu importer le fichier : {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exporté vers {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth est hors ligne (Paramètres) : le hub n’est pas contacté.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>Le hub est injoignable, Hearth fonctionne donc hors ligne pour l’instant : vos modèles et conversations fonctionnent toujours. Réessayez quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Le hub est toujours injoignable ; Hearth reste hors ligne.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>Le modèle n’a pas pu être chargé : {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>Le schéma JSON n’est pas appliqué tant que les outils sont activés pour cette conversation : désactivez-les dans le menu Outils pour obtenir une réponse de cette forme.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>Une erreur s’est produite pendant la réponse : {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Fichiers que Hearth n’a pas pu lire — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>%n fichier de {folder} n’a pas pu être lu ; les autres sont consultables. Corrigez un fichier et il sera relu automatiquement.</numerusform>
                <numerusform>%n fichiers de {folder} n’ont pas pu être lus ; les autres sont consultables. Corrigez un fichier et il sera relu automatiquement.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>Fichiers qui n’ont pas pu être lus, et pourquoi</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>Le modèle d’embedding est en cours de chargement ; en attendant, la recherche utilise uniquement les mots.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>La recherche par le sens est désactivée : {reason}. La recherche utilise uniquement les mots.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>Dossiers de connaissances</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>Colonnes des dossiers</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>Ajouter un dossier de connaissances</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>Retirer le dossier de connaissances</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>Oublier les passages de ce dossier (ses fichiers restent)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>Suspendre l’indexation ; ce qui a été lu est conservé</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>Réindexer</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>Revérifier tous les dossiers maintenant (seules les modifications sont lues)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>Erreurs…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Fichiers qui n’ont pas pu être lus</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>Les fichiers de ce dossier qui n’ont pas pu être lus, et pourquoi</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>Un modèle d’embedding trouve des passages par leur sens autant que par leurs mots. Téléchargez-en un ({examples}) dans Modèles.</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Modèle d’embedding</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth lit les documents de ces dossiers (texte, Markdown, code, PDF et fichiers Office) et conserve un index sur cet ordinateur, afin qu’une conversation puisse y puiser ses réponses et citer ses sources. Les modifications dans les dossiers sont prises en compte automatiquement.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>Afficher les fichiers qui n’ont pas pu être lus, et pourquoi</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>Tous les dossiers sont à jour.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>%n fichier modifié indexé.</numerusform>
                <numerusform>%n fichiers modifiés indexés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Indexation de {done} sur %n fichier – {current}</numerusform>
                <numerusform>Indexation de {done} sur %n fichiers – {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>En pause : les modifications dans les dossiers seront lues à la reprise.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>En pause à {done} sur %n fichier – {current}</numerusform>
                <numerusform>En pause à {done} sur %n fichiers – {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>Aucun modèle d’embedding défini : la recherche utilise uniquement les mots. Choisissez-en un ci-dessus ; Modèles en propose de petits à télécharger.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>La recherche utilise les mots et le sens.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantification</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● Chargé</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Inutilisable</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>Vérification… {percent} %</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>Non conforme</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Non vérifié</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>Le sha256 du fichier correspond : {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>Le sha256 du fichier ne correspond pas à la valeur attendue : il a été modifié ou est endommagé. Supprimez-le et téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>Pas encore vérifié : Vérifier calcule l’empreinte du fichier.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>Chargé : la conversation utilise maintenant ce modèle.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>Retirer de la bibliothèque…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Lecture de la bibliothèque…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>Modèles de la bibliothèque</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Entrée ouvre une conversation avec le modèle sélectionné ; Suppr le supprime ou le retire.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>Colonnes de la bibliothèque</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>Utiliser</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>Discuter avec ce modèle</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>Calculer l’empreinte du fichier et la comparer à la valeur attendue</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>Importer un fichier de modèle…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>Utiliser un fichier de modèle du disque là où il se trouve (il n’est pas copié)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>Trouver les modèles d’autres applications</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>Rechercher les fichiers GGUF téléchargés par LM Studio, llama.cpp, GPT4All, Jan ou Ollama</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>{name} ajouté ; vérification de son fichier…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} supprimé.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>{name} retiré de la bibliothèque ; le fichier reste dans {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln modèle · {size} sur le disque</numerusform>
                <numerusform>%Ln modèles · {size} sur le disque</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Vérification de {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>Importer des fichiers de modèle</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Fichiers de modèle GGUF (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>Vérification de %Ln fichier…</numerusform>
                <numerusform>Vérification de %Ln fichiers…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name} : {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>{name} est vérifié.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} ne correspond pas à sa somme de contrôle : supprimez-le et téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>{name} n’a encore rien avec quoi se comparer.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>Recherche des modèles téléchargés par d’autres applications…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>Aucun modèle d’autres applications n’a été trouvé qui ne soit déjà listé.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>%Ln modèle trouvé dans d’autres applications.</numerusform>
                <numerusform>%Ln modèles trouvés dans d’autres applications.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>Supprimer {name} ({file}, {size}) ?
Hearth l’a téléchargé : le fichier est supprimé du cache Hugging Face.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>Retirer de la bibliothèque</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>Retirer {name} ({file}, {size}) de la bibliothèque ?
Le fichier reste sur le disque dans {path} : Hearth ne l’a pas téléchargé, il ne le supprime donc jamais.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>Le modèle avec lequel discuter</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>Ouvrir un fichier de modèle…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>Utiliser un fichier de modèle (.gguf) du disque, sur place (il n’est pas copié)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Modèles…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>Rechercher, télécharger et gérer des modèles ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Chargement du modèle</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>Arrêter le chargement de ce modèle</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>Annuler le chargement du modèle</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>Afficher ou masquer le panneau des paramètres</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Aucun modèle</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>contexte %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>Tokens du contexte du modèle utilisés par cette conversation</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Contexte utilisé</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>Aller à la zone de saisie</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Chat</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Exporter la conversation…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>Enregistrer la conversation ouverte en fichier Markdown</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Tout exporter…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>Taille du texte du système</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>Matériel…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Le processeur, la mémoire et les GPU de cet ordinateur, et ce que le moteur peut utiliser</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
Format de chat : {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Ouvrir un fichier de modèle</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Fichiers de modèle GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Conversation supprimée.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Exporter la conversation</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Historique Hearth</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>Tout exporter</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exporté vers {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Message et %n message en dessous supprimés.</numerusform>
                <numerusform>Message et les %n messages en dessous supprimés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>Message et la réponse en dessous supprimés.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Message supprimé.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Pas encore enregistré</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth continue d’essayer ; rien n’est perdu.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} Ce que vous voyez est conservé et sera enregistré dès que possible.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>Choisissez un modèle pour commencer</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Chargement du modèle…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Écriture…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Réflexion…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · premier token {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · {kept} % des brouillons retenus · premier token {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>Lecture de la conversation ({count} tokens)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Recharger le modèle</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>Il n’existe aucun serveur MCP nommé « {name} ».</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>Bloqué par le mode hors ligne : {host} n’est pas sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>Le serveur MCP « {name} » est désactivé.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Copier le code</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>Modifier votre message</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>Modifier la réponse</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Texte du message</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>Laisser le message tel quel (Échap)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>Enregistrer et régénérer</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>Enregistrer comme nouvelle version et écrire une nouvelle réponse ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>Remplacer le texte et garder la réponse en dessous</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>Remplacer le texte de la réponse ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>Un message ne peut pas être vide : écrivez quelque chose ou appuyez sur Annuler.</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>Une réponse est en cours d’écriture : arrêtez-la ou laissez-la se terminer, puis enregistrez la modification.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>Chargez un modèle pour écrire une nouvelle réponse ; Enregistrer conserve la modification sans en générer.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>Ce message ne fait plus partie de la conversation.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Version précédente</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Version suivante</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>Copier le message</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>Modifier le message ici</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Régénérer</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>Écrire une nouvelle réponse</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>Supprimer le message</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Infos</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>À propos de cette réponse, et Reproduire</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>Continuer d’écrire cette réponse</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>écriture…</translation>
        </message>
        <message>
            <source>{author} ({status}): {text}</source>
            <translation>{author} ({status}) : {text}</translation>
        </message>
        <message>
            <source>{author}: {text}</source>
            <translation>{author} : {text}</translation>
        </message>
        <message>
            <source>{index}/{count}</source>
            <translation>{index}/{count}</translation>
        </message>
        <message>
            <source>Version {index} of {count}</source>
            <translation>Version {index} sur {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Découvrir</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Téléchargements</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Connexions</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} est déjà téléchargé : il est dans la Bibliothèque.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} est en file d’attente ; il démarrera quand Hearth sera de nouveau en ligne.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} est en cours de téléchargement : voir l’onglet Téléchargements.</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>Téléchargements (%Ln)</numerusform>
                <numerusform>Téléchargements (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>{name} est téléchargé et vérifié : il est dans la Bibliothèque.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>Sur d’autres serveurs</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name} : bloqué en mode hors ligne</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name} : aucun modèle (survolez pour savoir pourquoi)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>Le modèle utilisé par la conversation</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{model} sur le serveur {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>Retour au chat</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>Revenir au chat ({keys})</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>Retour au chat</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Vos conversations</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Aller à {page}</translation>
        </message>
        <message>
            <source>{page} ({keys})</source>
            <translation>{page} ({keys})</translation>
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Preset</source>
            <translation>Préréglage</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>Enregistrer comme nouveau préréglage</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>Enregistrer les paramètres actuels comme nouveau préréglage.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Échantillonnage</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>Utiliser {field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Ctrl+Tab insère une tabulation.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>une par ligne, p. ex. \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>Tu es un assistant serviable.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Prompt système</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>auto</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Threads</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>Choisir automatiquement les couches GPU</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Couches GPU</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Recharger le modèle</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>Recharger le modèle avec ces paramètres.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Enregistrer le préréglage</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>Nom du nouveau préréglage :</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>Le prompt système propre à cette conversation (les nouvelles conversations commencent avec celui des Paramètres).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>Le prompt système par défaut des nouvelles conversations (modifiable dans les Paramètres).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>Aucun prompt système. Un prompt par défaut pour les nouvelles conversations peut être défini dans les Paramètres.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>Le moteur utilise {n}.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>auto</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>Hearth choisit au chargement du modèle.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>Choisi par l’estimation pour ce modèle et la mémoire de cet ordinateur : {used} couches sur le GPU. Décochez Auto pour choisir vous-même.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>Choisi par l’estimation : toutes les couches s’exécutent sur le CPU. Décochez Auto pour choisir vous-même.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth n’a pas pu enregistrer ses paramètres.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} Vos modifications s’appliquent jusqu’à la fermeture de Hearth.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>Enregistrer, renommer ou supprimer des préréglages</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>Actions du préréglage</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>Enregistrer comme nouveau préréglage…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>Enregistrer avec le prompt système…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>Choisir ce préréglage plus tard définira aussi le prompt système affiché maintenant</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>Renommer « {preset} »…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>Supprimer « {preset} »</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>Renommer le préréglage</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>Nouveau nom pour « {preset} » :</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>Envoyer « {prompt} »</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>Envoie ce prompt au modèle</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>Reproduire</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>Réécrire cette réponse avec exactement ces paramètres</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>Reproduire quand même</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>À propos de cette réponse</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>Cette réponse ne peut pas être reproduite : Hearth n’a conservé ni son échantillonnage ni sa graine.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>Chargez un modèle pour reproduire cette réponse.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>Une réponse est en cours d’écriture : reproduisez celle-ci quand elle sera terminée.</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
    </context>
    <context>
        <name>RepoPage</name>
        <message>
            <source>Open on the hub</source>
            <translation>Ouvrir sur le hub</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>Ouvre la page du modèle dans votre navigateur</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>Ajoutez un token Hugging Face dans les Paramètres</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>Fichiers de modèle à télécharger</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>Un fichier par quantification ; Entrée télécharge celui qui est sélectionné.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>Chargement des fichiers du modèle…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} paramètres · ≈ {size} · Licence : {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>Licence : {licence} · Accès : restreint</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>Licence : {licence} · Accès : ouvert</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>Ce modèle n’a pas de description.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>Ce dépôt ne contient aucun fichier de modèle GGUF utilisable par Hearth.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln fichier de modèle, un par quantification : les fichiers plus petits sont plus rapides et demandent moins de mémoire, les plus grands répondent mieux.</numerusform>
                <numerusform>%Ln fichiers de modèle, un par quantification : les fichiers plus petits sont plus rapides et demandent moins de mémoire, les plus grands répondent mieux.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>D’après l’en-tête de {name} : {note} Jusqu’à {tokens} tokens de contexte tiennent.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>D’après l’en-tête de {name} : {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>Télécharger {name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>Tokens/s</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>streaming</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>complète</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}, client parti</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>Afficher ou masquer les conversations</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>Afficher ou masquer les paramètres</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>Schéma JSON</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>Les éditeurs, scripts et autres applications peuvent utiliser le modèle chargé dans le chat via une API compatible OpenAI. Le chat passe en premier : leurs requêtes attendent pendant qu’il répond.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>Servir l’API</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>Démarrer ou arrêter le serveur (il démarre avec Hearth tant qu’il est activé)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>Copier l’URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>Copier l’URL de base utilisée par les clients (elle se termine par /v1)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>Aucune : les pages web ne peuvent pas appeler l’API</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>Origines web dont les pages peuvent appeler l’API depuis un navigateur (CORS), séparées par des espaces ou des virgules, p. ex. {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>&amp;Origines web</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>Adresse d’écoute</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Supprimer la clé</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>Autoriser les programmes de cet ordinateur sans clé</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>La nouvelle clé API</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>Copier la nouvelle clé</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>Copiez la clé maintenant : Hearth ne l’affichera plus.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>Requêtes traitées</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>Colonnes des requêtes</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requêtes</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>D’autres ordinateurs peuvent joindre {host} : ils ont besoin de la clé API pour utiliser le modèle.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>Servir sur {host} ouvre l’accès à d’autres ordinateurs et nécessite donc une clé API : créez-en une ci-dessous d’abord.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>Nouvelle clé</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>Créer une clé</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>Créer une nouvelle clé : l’ancienne cesse immédiatement de fonctionner</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>Créer une clé que chaque client doit envoyer</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>Une clé est définie : chaque client doit l’envoyer ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>Aucune clé : tout programme de cet ordinateur peut utiliser l’API.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>Service sur {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>Activé</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>Utiliser le serveur {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>Désactivé : ses outils ne sont proposés à aucune conversation</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>Afficher les outils</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>Afficher les outils de {name}</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>Redemander avant chaque exécution d’un outil de ce serveur</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>Aucun outil n’a pu être listé.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>Oublier « Toujours autoriser » ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>Masquer les outils</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>Démarrage du serveur et demande de ses outils…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>Aucun : les nouvelles conversations commencent sans prompt système.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>Instructions par lesquelles commence chaque nouvelle conversation. Chaque conversation garde les siennes, modifiables dans le panneau à côté du chat ; ce réglage ne modifie aucune conversation existante.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Taille du système</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>La taille du texte de la conversation et de la zone de message</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>Prompt système par défaut</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>Envoyer avec</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} et {smaller} changent la taille du texte partout ; {reset} la réinitialise.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>La langue de la fenêtre de Hearth</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Hearth affichera la nouvelle langue au prochain démarrage.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Dossiers de modèles</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Ajouter un dossier de modèles</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>Retirer le dossier de modèles</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>Ne plus lister les modèles de ce dossier (les fichiers restent)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth liste les modèles GGUF de ces dossiers (et de leurs sous-dossiers) dans la Bibliothèque à côté de ses propres téléchargements, et les utilise là où ils sont.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Connaissances</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>Travailler hors ligne : ne jamais se connecter au hub</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>Aucune recherche ni aucun téléchargement ; vos modèles et vos conversations continuent de fonctionner.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Nombre de téléchargements exécutés en même temps</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>Téléchargements simultanés</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>Réseau et téléchargements</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>Cache des conversations</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>Afficher {folder} dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>Ouvrir le dossier {kind}</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>Emplacement de vos données</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>Les raccourcis fonctionnent partout dans la fenêtre principale, sauf indication contraire.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>Démarrer une nouvelle conversation ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Démarrer une nouvelle conversation</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>Rechercher dans les conversations ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Rechercher dans les conversations</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>Trouve les conversations dont les messages contiennent ces mots</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Entrée ouvre une conversation ; F2 la renomme, Suppr la supprime, la touche Menu affiche ses autres actions</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Actions de la conversation</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Markdown (.md)…</source>
            <translation>Markdown (.md)…</translation>
        </message>
        <message>
            <source>JSON (.json)…</source>
            <translation>JSON (.json)…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
    </context>
    <context>
        <name>Size</name>
        <message>
            <source>{n} B</source>
            <translation>{n} o</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} Ko</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} Mo</translation>
        </message>
        <message>
            <source>{n} GB</source>
            <translation>{n} Go</translation>
        </message>
        <message>
            <source>{n} TB</source>
            <translation>{n} To</translation>
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>Ouvrir le passage</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>Source {source} : ouvrir le passage</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>Réfléchir</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>Laisser le modèle réfléchir avant de répondre (sa réflexion s’affiche à part, repliée). Désactivé : il répond immédiatement.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>Réfléchir avant de répondre</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>Effort de raisonnement</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>Durée de réflexion du modèle avant de répondre</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>Masquer le raisonnement du modèle</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>Afficher le raisonnement du modèle</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Token Hugging Face</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>Collez un token de lecture depuis huggingface.co/settings/tokens</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>Demander au hub à qui appartient ce token</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>Conserver le token dans le trousseau du système</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>Oublier le token enregistré</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>Collez d’abord un token.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Interrogation du hub…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>Ce token appartient à {user}.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>Aucun token enregistré : les modèles publics se téléchargent sans token.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>Un token est enregistré dans le trousseau du système.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>Le token n’est conservé que jusqu’à la fermeture de Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>Autoriser une fois</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>Toujours autoriser cet outil</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>Exécuter cet appel maintenant ; redemander la prochaine fois</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>Exécuter les appels de cet outil sans demander, pour cette session</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>Ne pas l’exécuter ; le modèle est informé du refus</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>Appel d’outil {name} : {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>Outils</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>Outils pour cette conversation</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>Les serveurs MCP dont cette conversation peut utiliser les outils</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>La première réponse à chaque message appelle l’un des outils (les petits modèles n’appellent souvent des outils que si on le leur demande)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>Outils ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>{used} sur %n serveur d’outils activé pour cette conversation</numerusform>
                <numerusform>{used} sur %n serveurs d’outils activés pour cette conversation</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>Les outils permettent au modèle de rechercher des informations et d’agir pour vous via des serveurs MCP (Model Context Protocol), les mêmes que ceux utilisés par Claude Desktop, LM Studio et Cursor. Chaque outil vous demande l’autorisation avant de s’exécuter et montre ce qu’il a reçu et ce qu’il a renvoyé.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>Le mode hors ligne bloque les serveurs joints via le réseau, sauf ceux de cet ordinateur (localhost). Les serveurs que Hearth lance comme programmes ne s’exécutent que lorsqu’une conversation en a besoin.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>Importer des serveurs MCP</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>Ajouter des serveurs depuis la configuration MCP d’une autre application</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>Serveurs MCP</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth conserve ses serveurs dans {file}.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>Aucun serveur MCP pour l’instant : importez ceux d’une autre application, ou ajoutez-les au fichier ci-dessous.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importation de {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Depuis un fichier…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>Depuis {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>Configuration MCP (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>{servers} ajouté(s).</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>Aucun serveur n’a été ajouté.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>La conversation dépasse le contexte du modèle ({n_ctx} tokens) : le plus ancien message (%n) a été omis de cette réponse. Le prompt système a été conservé.</numerusform>
                <numerusform>La conversation dépasse le contexte du modèle ({n_ctx} tokens) : les %n messages les plus anciens ont été omis de cette réponse. Le prompt système a été conservé.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>Un fichier n’a pas pu être lu : {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} n’a pas pu être lu : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>Défiler jusqu’au dernier message</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>Essayez l’un de ceux-ci</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>Ouvrir le gestionnaire de modèles : les modèles adaptés à la mémoire de cet ordinateur sont signalés</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>Tout s’exécute sur cet ordinateur : ce que vous tapez reste ici.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>Chargement de {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>Un prompt choisi maintenant attend dans la zone de message.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>Pas encore de modèle</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>Le moteur n’a pas encore démarré : chargez un modèle pour voir comment llama.cpp a été compilé.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (dans la liste active)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (dans le champ actif)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>Aucun trousseau système n’est disponible, la clé API n’est donc conservée que jusqu’à la fermeture de Hearth ; les clients auront besoin d’une nouvelle clé la prochaine fois.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>terminée</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>limite de longueur</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>chaîne d’arrêt</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>contexte plein</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>arrêtée</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>erreur</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>Servir sur {host} permet à d’autres ordinateurs d’utiliser le modèle et nécessite donc une clé API : créez-en une ci-dessous, ou servez sur 127.0.0.1.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>Le modèle chargé ne peut pas lire les images ({names}). Chargez un modèle avec vision, ou retirez l’image pour envoyer le message.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} n’est pas une image que Hearth peut lire.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · premier token {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · {kept} % des brouillons retenus · premier token {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>lecture de la conversation…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêté</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>interrompu – l’application s’est fermée pendant l’écriture</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>Interrogation des serveurs sur leurs modèles…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>Aucune connexion pour l’instant : ajoutez-en une ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Hearth is in offline mode, so the connection “{name}” to {host} is blocked: only servers on this machine (localhost) can be used. Turn offline mode off in the settings to use it.</source>
            <translation>Hearth est en mode hors ligne, la connexion « {name} » vers {host} est donc bloquée : seuls les serveurs de cet ordinateur (localhost) peuvent être utilisés. Désactivez le mode hors ligne dans les paramètres pour l’utiliser.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>Votre message fait {tokens:,} tokens avec le prompt système ; le contexte du modèle en contient {n_ctx:,}. Raccourcissez-le, ou chargez le modèle avec un contexte plus grand.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>Les documents joints ne tiennent pas dans la place restante du contexte de cette conversation, même sous forme de quelques passages ; démarrez une nouvelle conversation ou chargez le modèle avec un contexte plus grand.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>aucun modèle d’embedding</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Tient sur le GPU avec un contexte de {ctx:,} tokens : environ {total} (estimation).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Tient avec {layers} couches sur {n} sur le GPU et le reste en RAM, avec un contexte de {ctx:,} tokens : environ {total} (estimation).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Tient dans la RAM avec un contexte de {ctx:,} tokens : environ {total} (estimation).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>Nécessite environ {total} avec un contexte de {ctx:,} tokens, plus que la mémoire libre ; un contexte de {max_ctx:,} tokens tiendrait (estimation).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>Nécessite environ {total}, plus de mémoire que cet ordinateur n’en a de libre (estimation).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>Contexte possible : environ {f16:,} tokens avec un cache f16, {q8_0:,} avec q8_0, {q4_0:,} avec q4_0 (estimation).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>Tout son contexte d’entraînement de {ctx:,} tokens tient avec n’importe quel type de cache (estimation).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>Ce modèle ne peut pas stocker son cache {part} en {type} : ses têtes d’attention font {length} valeurs de long, ce qui n’est pas un multiple de {block}. Choisissez f16 pour ce cache.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>le dossier est en lecture seule</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>un autre programme utilise le fichier d’historique</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>le fichier d’historique est endommagé</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>le disque a signalé une erreur</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>la base de données a signalé une erreur</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>le fichier d’historique n’a pas pu être ouvert</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth n’a pas pu ouvrir son historique : {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth n’a pas pu lire son historique : {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth n’a pas pu enregistrer dans son historique : {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth n’a pas pu mettre à niveau son historique : {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth n’a pas pu mettre à niveau son historique : {why} ; vos conversations n’ont pas été modifiées.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth n’a pas pu écrire {name} : {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth n’a pas pu ouvrir son historique : son dossier se trouve sur un disque qui ne peut pas le conserver en toute sécurité (un lecteur réseau ?).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>Cet historique a été écrit par une version plus récente de Hearth ; mettez Hearth à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>Le hub est injoignable : vérifiez le réseau, ou utilisez Hearth hors ligne.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth est hors ligne : le hub n’est pas contacté tant que vous ne désactivez pas le mode hors ligne.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>Petit et rapide : idéal pour essayer Hearth et jouer avec les mots, pas pour les faits.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>Un modèle sur cet ordinateur. Essayez un prompt ci-dessous pour voir ce qu’il fait bien.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>Nouvelle tentative dans {delay:g} s : {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>Le téléchargement a échoué à chaque tentative : {why} Le fichier partiel est conservé ; reprenez-le plus tard.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>Aucun trousseau du système n’est disponible : votre token Hugging Face n’est donc conservé que jusqu’à la fermeture de Hearth ; vous devrez le saisir à nouveau la prochaine fois.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Aucun modèle n’est chargé.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>Le moteur n’est pas en cours d’exécution ; relancez-le.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>Le moteur n’a pas répondu à temps et a été arrêté.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>Le moteur a été arrêté à la demande.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Le moteur s’est arrêté de façon inattendue. Ce qui a déjà été écrit est conservé ; le moteur redémarre à la prochaine requête.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Le moteur s’est arrêté de façon inattendue (cause : {reason}). Ce qui a déjà été écrit est conservé ; le moteur redémarre à la prochaine requête.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} ne peut pas servir de modèle de brouillon pour {model} : leurs vocabulaires diffèrent.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>{draft} n’est pas utilisé comme modèle de brouillon. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>Le moteur n’a pas pu le lire.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>La mémoire manquait pour son contexte.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>Le modèle n’a pas pu être chargé : {reason}. Le fichier est peut-être endommagé, ou conçu pour un moteur plus récent que celui de cette version de Hearth.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>Aucun modèle d’embedding n’est défini : la recherche utilise uniquement les mots. Choisissez-en un dans Paramètres → Connaissances.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>Le modèle d’embedding s’est arrêté ({name}, cause : {reason}) : la recherche utilise donc uniquement les mots. Choisissez un autre modèle d’embedding dans Paramètres → Connaissances, ou redémarrez Hearth pour réessayer.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>La mémoire est insuffisante pour charger ce modèle avec un contexte de {n_ctx:,} tokens ({reason}). Choisissez un contexte ou un modèle plus petit, ou fermez d’autres programmes.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>La mémoire est insuffisante pour charger ce modèle avec un contexte de {context:,} tokens : il lui faut environ {ram_needed} de RAM, et {ram_free} sont libres. Le plus grand contexte qui tient est de {max_context:,} tokens : chargez le modèle avec cette valeur ou moins (estimation).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>La mémoire est insuffisante pour charger ce modèle avec un contexte de {context:,} tokens : il lui faut environ {ram_needed} de RAM, et {ram_free} sont libres. Même un petit contexte ne tient pas : fermez d’autres programmes, ou choisissez un modèle ou une quantification plus petits (estimation).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>La mémoire est insuffisante pour charger ce modèle avec un contexte de {context:,} tokens : il lui faut environ {ram_needed} de RAM et {gpu_needed} sur le GPU, et {ram_free} de RAM et {gpu_free} sur le GPU sont libres. Le plus grand contexte qui tient est de {max_context:,} tokens : chargez le modèle avec cette valeur ou moins (estimation).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>La mémoire est insuffisante pour charger ce modèle avec un contexte de {context:,} tokens : il lui faut environ {ram_needed} de RAM et {gpu_needed} sur le GPU, et {ram_free} de RAM et {gpu_free} sur le GPU sont libres. Même un petit contexte ne tient pas : fermez d’autres programmes, ou choisissez un modèle ou une quantification plus petits (estimation).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Le chargement a été annulé.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>Le chargement sur le GPU a échoué : {why}. Hearth exécute le modèle sur le CPU à la place, avec un contexte de {n_ctx:,} tokens.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>Le serveur MCP « {name} » n’a pas pu démarrer : son dossier {cwd} n’existe pas.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>Le serveur MCP « {name} » n’a pas pu démarrer : la commande « {command} » est introuvable.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>Le serveur MCP « {name} » n’a pas pu démarrer : la commande « {command} » n’est pas exécutable.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>Le serveur MCP « {name} » a envoyé un message de plus de {megabytes} Mo et a été arrêté.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>Le serveur MCP « {name} » a envoyé un message JSON-RPC non valide et a été arrêté.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>Le serveur MCP « {name} » a refusé les identifiants (HTTP {status}) ; vérifiez les en-têtes qui lui sont fournis.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>Le serveur MCP « {name} » à {url} n’a pas répondu : rien n’écoute à cette adresse.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>Le serveur MCP « {name} » n’a pas répondu dans les {seconds:g} s.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>Le serveur MCP « {name} » n’a pas répondu dans les {seconds:g} s ; il a écrit {lines} ligne(s) qui ne sont pas des messages MCP.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>Le serveur MCP « {name} » n’a pas pu démarrer : {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>code de sortie {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>tué par le signal {signal}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>Le serveur MCP « {name} » s’est arrêté aussitôt ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>Le serveur MCP « {name} » s’est arrêté aussitôt ({how}) : {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>Le serveur MCP « {name} » s’est arrêté ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>Le serveur MCP « {name} » s’est arrêté ({how}) : {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>Le serveur MCP « {name} » a fermé la connexion pendant le démarrage.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>Le serveur MCP « {name} » a fermé la connexion pendant le démarrage : {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>Le serveur MCP « {name} » s’est arrêté.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>Le serveur MCP « {name} » s’est arrêté : {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>Le serveur MCP « {name} » a répondu avec HTTP {status}.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>Le serveur MCP « {name} » a échoué : {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Arrêté.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>Le modèle a fait des appels d’outils non valides {rounds} fois de suite ; la conversation s’est arrêtée là.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>Le modèle appelait encore des outils après {rounds} tours ; la conversation s’est arrêtée là.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Nouvelle tentative</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En file d’attente</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Téléchargement</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Bloqué</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installé</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>encore {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Ce message est trop long pour être envoyé : avec le prompt système, il fait {tokens} tokens, et le contexte de {n_ctx} tokens du modèle en contient {limit} une fois la place réservée pour la réponse. Raccourcissez-le ou chargez le modèle avec un contexte plus grand.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Cette modification est trop longue pour être enregistrée : avec le prompt système, elle fait {tokens} tokens, et le contexte de {n_ctx} tokens du modèle en contient {limit} une fois la place réservée pour la réponse. Raccourcissez-la ou chargez le modèle avec un contexte plus grand.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>graine</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>la même graine et les mêmes paramètres donnent la même réponse ; sans graine, chaque réponse reçoit une nouvelle graine aléatoire (enregistrée avec la réponse)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>chaînes d’arrêt</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>la réponse s’arrête là où l’une de ces chaînes apparaîtrait (la chaîne elle-même n’est pas affichée)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>température</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>l’audace de chaque choix : 0 choisit toujours le token le plus probable</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>échantillonnage nucleus : seuls les tokens les plus probables formant cette fraction ; 1 le désactive</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>seuls les K tokens les plus probables sont considérés ; 0 le désactive</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>écarte les tokens moins probables que cette fraction du token le plus probable ; 0 le désactive</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>pénalité de répétition</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>rend les tokens récents moins probables, contre les boucles ; 1 la désactive</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>fenêtre de répétition</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>le nombre de tokens récents sur lesquels porte la pénalité de répétition</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>tout le contexte</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>tokens max</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>la réponse la plus longue, en tokens</translation>
        </message>
        <message>
            <source>context</source>
            <translation>contexte</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>longueur du contexte en tokens, au plus le contexte d’entraînement du modèle</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>la longueur propre du modèle</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>threads</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>threads CPU (par défaut : un par cœur physique)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>couches GPU</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>toutes les couches</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>type de cache K</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>la façon dont les clés d’attention sont stockées : q8_0 et q4_0 contiennent plus de contexte dans la même mémoire, au prix d’une légère perte de qualité</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>type de cache V</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>la façon dont les valeurs d’attention sont stockées : q8_0 et q4_0 contiennent plus de contexte dans la même mémoire (ils nécessitent la flash attention)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>décodage spéculatif</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>devine plusieurs tokens à l’avance et les vérifie en une seule étape : la même réponse, plus vite quand le texte se répète ; Auto l’utilise là où il s’est montré plus rapide sur cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>Tient sur le GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>Tient (réparti)</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>Tient sur le CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>Ne tient pas</translation>
        </message>
    </context>
    <context>
        <name>hardware_page</name>
        <message>
            <source>{n} GiB</source>
            <translation>{n} Gio</translation>
        </message>
        <message>
            <source>{n} MiB</source>
            <translation>{n} Mio</translation>
        </message>
        <message>
            <source>{total}, {free} free</source>
            <translation>{total}, {free} libres</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>mémoire non signalée</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (partagée avec la RAM système)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (working set Metal)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>depuis {source} ; pilote {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>depuis {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name} : {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>GPU intégré</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>accélérateur</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>Conversation</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>Aucun (mots uniquement)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Passages</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Téléchargé depuis le hub</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>Utilisé sur place</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>Dans l’un de vos dossiers de modèles</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Intégré</translation>
        </message>
        <message>
            <source>{n}B</source>
            <comment>billions of parameters</comment>
            <translation>{n}B</translation>
        </message>
        <message>
            <source>{n}M</source>
            <comment>millions of parameters</comment>
            <translation>{n}M</translation>
        </message>
        <message>
            <source>{n}K</source>
            <comment>thousands of parameters</comment>
            <translation>{n}K</translation>
        </message>
        <message>
            <source>Never</source>
            <comment>a model was never used</comment>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Aujourd’hui {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 bits par valeur : le cache en taille réelle.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 bits par valeur : environ la moitié de la mémoire de f16, des réponses presque identiques.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 bits par valeur : environ un quart de la mémoire de f16 ; les réponses peuvent changer légèrement.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>Auto</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>Activé</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}. Appliqué au prochain chargement du modèle.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>Un petit modèle au même vocabulaire qui devine quelques tokens à l’avance pour celui-ci : les mêmes réponses, plus tôt. Hearth propose les modèles compatibles de votre bibliothèque. Appliqué au prochain chargement du modèle.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>Modèle de brouillon</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>Aucun</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>Une erreur s’est produite : {error}. Les détails sont dans le journal.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (modifié)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>Jeux de paramètres d’échantillonnage enregistrés. « (modifié) » : une valeur diffère du préréglage.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} Une par ligne ; écrivez \n pour un saut de ligne à l’intérieur d’une chaîne (par exemple \nUser:), \t pour une tabulation et \\ pour une barre oblique inverse.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>Instructions que le modèle voit avant la conversation. Toujours conservées, même quand d’anciens messages sont omis pour tenir dans le contexte.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>Nombre de tokens que le modèle peut voir à la fois : la conversation et la réponse. Plus grand utilise plus de mémoire. Appliqué au prochain chargement du modèle.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>Threads CPU pour le moteur. Auto (la valeur la plus basse) correspond à un par cœur physique. Appliqué au prochain chargement du modèle.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>Nombre de couches du modèle exécutées sur le GPU : 0 l’exécute uniquement sur le CPU, la valeur maximale y place toutes les couches. Appliqué au prochain chargement du modèle.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Laisser Hearth choisir les couches GPU selon la taille du modèle et la mémoire libre sur le GPU et en RAM (une estimation). Décochez pour les choisir vous-même.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>Décochez pour désactiver top-p.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>Décochez pour une nouvelle graine aléatoire à chaque réponse.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>supérieur à {low} et au plus {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>entre {low} et {high}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{value} ({meaning})</source>
            <translation>{value} ({meaning})</translation>
        </message>
        <message>
            <source>{special}, or {range}</source>
            <translation>{special}, ou {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}. Autorisé : {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (CPU uniquement)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>toutes les {n}</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>toutes</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>{used} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>Les préréglages intégrés sont fournis avec Hearth et ne peuvent être ni renommés ni supprimés.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>Équilibré</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>Précis</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>Créatif</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>Tutoriel Seed</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>le modèle a terminé sa réponse</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>elle a atteint la limite de tokens de la réponse</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>un texte d’arrêt est apparu</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>le contexte était plein</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>vous l’avez arrêtée</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>une erreur l’a interrompue</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>une raison que cette version de Hearth ne connaît pas</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>non conservé</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>température {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>top-p désactivé</translation>
        </message>
        <message>
            <source>top-k {value}</source>
            <translation>top-k {value}</translation>
        </message>
        <message>
            <source>min-p {value}</source>
            <translation>min-p {value}</translation>
        </message>
        <message>
            <source>repeat penalty {value} (last {count})</source>
            <translation>pénalité de répétition {value} (derniers {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>au plus {count} tokens</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>arrêt sur {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>{model} via la connexion {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>Format de chat</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Échantillonnage</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>Arrêtée parce que</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>elle ne s’est pas terminée</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>{prompt} dans le prompt ({reused} réutilisés) · {written} écrits</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>{prompt} dans le prompt · {written} écrits</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>{rate} tok/s en écriture · {read} tok/s en lecture du prompt · premier token après {ttft} ms · {total} s au total</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 inconnu</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>Cette réponse a été écrite par {old} ({old_sha}) ; le modèle chargé maintenant est {new} ({new_sha}), la nouvelle réponse ne sera donc pas identique.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>un autre modèle</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>Ce modèle est à accès restreint : acceptez sa licence sur sa page du hub (connecté à votre compte Hugging Face), puis ajoutez un token de ce compte dans les Paramètres.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>Choisissez un modèle dans la liste pour voir ses fichiers.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Tant que Hearth est hors ligne, ses fichiers ne peuvent pas être listés : ils apparaîtront ici, prêts à télécharger, dès que le hub sera joignable.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>Colonnes de {table}</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>contexte %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>Un schéma JSON que chaque réponse doit respecter : le modèle ne peut alors écrire que du JSON valide selon ce schéma (grammaire de llama.cpp), et la réponse est vérifiée à la fin. Laissez vide pour du texte libre. Conservé jusqu’à la fermeture de Hearth.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>Vide : texte libre. Par exemple {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>Le schéma dépasse {n} caractères. Les réponses sont en texte libre tant qu’il n’est pas corrigé.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>Ce n’est pas du JSON ({reason} à la ligne {line}, colonne {column}). Les réponses sont en texte libre tant qu’il n’est pas corrigé.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>Ce n’est pas du JSON ({reason}). Les réponses sont en texte libre tant qu’il n’est pas corrigé.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>Un schéma est un objet JSON, comme {example}. Les réponses sont en texte libre tant qu’il n’est pas corrigé.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ Recommandé</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>Tient dans la mémoire du GPU : la façon la plus rapide de l’exécuter.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>En partie sur le GPU, le reste en RAM : il fonctionne, plus lentement qu’entièrement sur le GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>Tient dans la RAM de cet ordinateur et s’exécute sur le CPU.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>Trop grand pour la mémoire libre de cet ordinateur : il ne se chargerait pas, ou très lentement.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Adéquation</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ installé</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>environ {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Dépôt</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Téléchargements</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>J’aime</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>Restreint</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>Acceptez la licence sur le hub et ajoutez votre token dans les Paramètres pour télécharger.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantification</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln partie)</numerusform>
                <numerusform>{name} (%Ln parties)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>La meilleure qualité qui tient confortablement dans la mémoire de cet ordinateur.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>modèle {model} + projecteur de vision {projector}</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>N’importe quel port libre</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1 : seuls les programmes de cet ordinateur peuvent se connecter. Toute autre adresse (0.0.0.0 pour tous les réseaux) ouvre l’accès à d’autres ordinateurs et nécessite la clé API.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>Le serveur est arrêté.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>Sert {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>Aucun modèle chargé : les requêtes reçoivent une erreur jusqu’à ce que le chat en charge un.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>La réponse du chat utilise le modèle ; %n requête en attente.</numerusform>
                <numerusform>La réponse du chat utilise le modèle ; %n requêtes en attente.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>La réponse du chat utilise le modèle.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>Réponse à une requête ; {n} en attente.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>Réponse à une requête.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>Inactif, {n} en attente.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>Inactif.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>Le chat passe avant les requêtes en attente.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Entrée envoie (Maj+Entrée crée une nouvelle ligne)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Entrée envoie (Entrée crée une nouvelle ligne)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Journaux</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>Modèles téléchargés</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>Un token permet à Hearth de télécharger des modèles à accès restreint dont vous avez accepté la licence sur le hub. Créez un token de lecture sur huggingface.co/settings/tokens. Il est conservé dans le trousseau de votre système (ou, à défaut, en mémoire jusqu’à la fermeture de Hearth), jamais dans les fichiers ou journaux de Hearth.</translation>
        </message>
    </context>
    <context>
        <name>sources_view</name>
        <message>
            <source>{name} — {place}</source>
            <translation>{name} — {place}</translation>
        </message>
    </context>
    <context>
        <name>thinking_controls</name>
        <message>
            <source>Low</source>
            <comment>reasoning effort</comment>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>Élevé</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>{m} min {s} s</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>Réflexion… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Réflexion…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>Réflexion</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>A réfléchi moins d’une seconde</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>A réfléchi pendant {time}</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>terminé en {ms} ms</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>échec après {ms} ms</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>en cours d’écriture…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>non exécuté</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>demande à exécuter</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>exécution…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>refusé</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>L’appel a échoué.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>Vous avez refusé cet appel ; le modèle en est informé.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>L’exécuter ?</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>Obliger le modèle à appeler d’abord un outil</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>Lecture de la liste des serveurs…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>Ce serveur ne propose aucun outil.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>Lit les images : télécharge un projecteur de vision (mmproj, {size}) avec le modèle</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>Lit les images : charge son projecteur de vision (mmproj, {size}) avec le modèle</translation>
        </message>
        <message>
            <source>{text}, {tag}: {sentence}</source>
            <translation>{text}, {tag} : {sentence}</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Write a short poem about the sea</source>
            <translation>Écris un court poème sur la mer</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>Propose cinq noms pour un chaton gris</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>Raconte-moi une histoire pour m’endormir sur un robot qui apprend à faire des gâteaux</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>Reformule ceci plus poliment : envoie-moi le rapport maintenant</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>Choisissez un modèle dans la barre ci-dessus, ou trouvez-en un ci-dessous adapté à cet ordinateur.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>Trouver un meilleur modèle pour cet ordinateur</translation>
        </message>
    </context>
</TS>
