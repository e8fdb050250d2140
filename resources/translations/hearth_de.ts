<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>Über Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>Der Schlüsselbund des Systems hat das Lesen des API-Schlüssels verweigert; er bleibt daher nur bis zum Beenden von Hearth erhalten.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>Der Schlüsselbund des Systems hat das Speichern des API-Schlüssels verweigert; er bleibt daher nur bis zum Beenden von Hearth erhalten.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>Der Schlüsselbund des Systems hat das Löschen des API-Schlüssels verweigert; er bleibt daher nur bis zum Beenden von Hearth erhalten.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth konnte nicht auf {host}, Port {port} lauschen: Möglicherweise verwendet ein anderes Programm diesen Port. Bitte einen anderen wählen.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>Warten, bis eine API-Anfrage abgeschlossen ist …</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>Modelle finden, herunterladen und verwalten</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Prozessor, Arbeitsspeicher und GPUs dieses Computers – und was die Engine davon nutzen kann</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>Das Modell des Chats über eine OpenAI-kompatible API für andere Programme bereitstellen</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Tools</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>MCP-Server: die Tools, die ein Modell verwenden darf – jedes fragt vor der Ausführung nach</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>Einstellungen: Chat, Darstellung, Modellordner, Netzwerk und Daten</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Speichern, bevor Hearth beendet wird …</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>Der Verlauf ist nicht gespeichert.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth hat nicht alles gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, daher ist das Angezeigte noch nicht gespeichert (%n Änderung). Etwas Speicherplatz freigeben oder das Programm schließen, das den Verlauf verwendet – dann speichert Hearth und wird beendet.</numerusform>
                <numerusform>{problem}, daher ist das Angezeigte noch nicht gespeichert (%n Änderungen). Etwas Speicherplatz freigeben oder das Programm schließen, das den Verlauf verwendet – dann speichert Hearth und wird beendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Hearth geöffnet lassen</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Ohne Speichern beenden</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth versucht weiterhin zu speichern.</translation>
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
            <translation>Anhang {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>{name} entfernen</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Etwas ist schiefgelaufen: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Meldung schließen</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>Blendet diese Meldung aus</translation>
        </message>
    </context>
    <context>
        <name>CacheSettings</name>
        <message>
            <source> GB</source>
            <comment>size unit, after the number</comment>
            <translation> GB</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>no conversation states are saved</comment>
            <translation>Aus</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>Der maximale Speicherplatz für gespeicherte Chat-Zustände; „Aus“ speichert keine</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>Größe des Chat-Caches</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>Cache leeren</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>Chat-Cache leeren</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>Alle gespeicherten Chat-Zustände löschen (die Chats bleiben erhalten)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Speicherplatz</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Belegt</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>Antworten in einem wieder geöffneten Chat beginnen sofort, weil die Engine seinen Zustand auf diesem Computer speichert; dies begrenzt den belegten Speicherplatz, und die am längsten nicht genutzten Chats werden zuerst entfernt.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird berechnet …</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>Wird geleert …</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>Die Nachrichten, neueste zuletzt; mit Pfeil nach oben und unten von Nachricht zu Nachricht wechseln</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>Die Antwort ist fehlgeschlagen: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>Die Antwort ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>Dateien anhängen (oder hier ablegen oder einfügen)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>Dateien oder Bilder anhängen: Das geladene Modell kann Bilder lesen (oder hier ablegen oder einfügen)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>Ein: Antworten verwenden Passagen aus den Wissensordnern</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>Aus: Antworten durchsuchen die Wissensordner nicht</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Anhängen</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Dateien anhängen</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>Aus den Wissensordnern antworten</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>Nachricht an das Modell ({send} sendet, {newline} für eine neue Zeile)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Antwort stoppen (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>Senden ({keys})</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} Token</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>{count} / {limit} Token</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Diese Nachricht ist zu lang zum Senden, selbst wenn alle älteren Nachrichten weggelassen werden. Der Kontext des Modells fasst {n_ctx} Token; {kept} sind für die Antwort reserviert.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Die ältesten Nachrichten werden bei der nächsten Antwort weggelassen, um Platz zu schaffen. Der Kontext des Modells fasst {n_ctx} Token; {kept} sind für die Antwort reserviert.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Noch {left} Token, bevor ältere Nachrichten weggelassen werden. Der Kontext des Modells fasst {n_ctx} Token; {kept} sind für die Antwort reserviert.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>Das eingefügte Bild konnte nicht gespeichert und daher nicht angehängt werden.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>In den Einstellungen einen Wissensordner hinzufügen, um aus den eigenen Dokumenten zu antworten</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>Auflisten fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>Der Server unter {url} listet keine Modelle auf.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model} hat in {total_ms} ms geantwortet: erstes Token nach {ttft_ms} ms, {tokens} Token mit {rate} Token/s („{reply}“).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>„{name}“ hat in {ms} ms ohne Modelle geantwortet.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>„{name}“ hat in {ms} ms mit 1 Modell geantwortet: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>„{name}“ hat in {ms} ms mit %n Modell geantwortet: {listed} und {more} weitere.</numerusform>
                <numerusform>„{name}“ hat in {ms} ms mit %n Modellen geantwortet: {listed} und {more} weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>„{name}“ hat in {ms} ms mit %n Modell geantwortet: {listed}.</numerusform>
                <numerusform>„{name}“ hat in {ms} ms mit %n Modellen geantwortet: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>Mit Modellen auf einem anderen Rechner oder Server chatten: llama-server, vLLM, Ollama, LM Studio, ein anderes Hearth oder ein gehosteter Dienst (jeder Server, der die OpenAI-API spricht). Die Modelle einer Verbindung erscheinen in der Modellauswahl unter ihrem Namen.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>Verbindung und ihre Modelle</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>Verbindungen und ihre Modelle</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>Verbindungsspalten</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Dieses Modell verwenden</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>Mit dem gewählten Modell chatten</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Testen</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>Die Modelle des Servers auflisten und die Zeit für eine kurze Antwort messen</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>Diese Verbindung und ihren API-Schlüssel vergessen</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>Verbindung entfernen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>Alle Server erneut nach ihren Modellen fragen</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>Verbindungen aktualisieren</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>z. B. {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>optional: wird im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>Verbindung hinzufügen</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>Verbindung hinzufügen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>„{name}“ wird getestet: Modelle werden aufgelistet und die Zeit für eine kurze Antwort gemessen …</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>„{name}“ wird entfernt …</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>„{name}“ wird hinzugefügt …</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>Importiert · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>Zuletzt geändert {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Aus einer Datei importiert</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>Die Verlaufsdatei ist beschädigt und Hearth konnte sie nicht reparieren ({reason}). Was lesbar ist, wird angezeigt; neue Chats bleiben im Arbeitsspeicher, bis die Datei geschrieben werden kann.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>Meiste Downloads</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>Meiste Likes</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>Kürzlich aktualisiert</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Hub nach GGUF-Modellen durchsuchen (z. B. qwen, llama 3.2) …</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Hub durchsuchen</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Findet GGUF-Modelle auf dem Hub; ohne Suchbegriffe die empfohlenen Modelle.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>Suchergebnisse sortieren nach</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>Empfohlene Modelle</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Auf dem Hub gefundene Modelle</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>Empfohlene Modelle, von klein bis groß: ein guter Einstieg.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Hub wird nach „{query}“ durchsucht …</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln GGUF-Repository</numerusform>
                <numerusform>%Ln GGUF-Repositorys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Nichts auf dem Hub passt zu „{query}“; %Ln empfohlenes Modell passt.</numerusform>
                <numerusform>Nichts auf dem Hub passt zu „{query}“; %Ln empfohlene Modelle passen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Nichts auf dem Hub passt zu „{query}“.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln empfohlenes Modell passt zu „{query}“.</numerusform>
                <numerusform>%Ln empfohlene Modelle passen zu „{query}“.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>Kein empfohlenes Modell passt zu „{query}“.</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>Pausiert: Hearth ist offline. Wird fortgesetzt, sobald Hearth wieder online ist.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>Wartet: Hearth ist offline.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Beim Beenden von Hearth pausiert: Fortsetzen, um den Download abzuschließen.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>Stockt: Es kommen keine Daten an. Hearth versucht es weiter.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden …</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>Der Download konnte nicht starten: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>Der Download ist fehlgeschlagen: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Fortschritt von {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>{name} pausieren</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Stockt</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>{name} wiederholen</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>{name} fortsetzen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>{name} entfernen</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>{name} abbrechen</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>Aus dieser Liste entfernen (das Modell bleibt installiert)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>Anhalten und das bisher Heruntergeladene löschen</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>Noch keine Downloads. Modelle, die unter „Entdecken“ heruntergeladen werden, erscheinen hier.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>{title} schließen</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>Schließen ({key})</translation>
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
            <translation>{n} Min.</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} Std. {m} Min.</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>Modelle aus anderen Apps</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>Diese Modelldateien wurden von anderen Apps heruntergeladen. Hearth kann sie dort verwenden, wo sie liegen: Nichts wird kopiert oder erneut heruntergeladen.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>Die zu verwendenden Modelle ankreuzen; die Leertaste kreuzt das aktuelle an oder ab.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>Angekreuzte Modelle verwenden</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth konnte die Hardware dieses Computers nicht untersuchen: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>Die Engine konnte nicht gefragt werden, was sie nutzen kann: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Bericht kopieren</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>Alles auf dieser Seite als Text kopieren, z. B. für einen Fehlerbericht.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>Hardware und Engine erneut untersuchen.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>Die GPU wird nicht genutzt</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Befehl kopieren</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>Den Befehl kopieren, um ihn in ein Terminal einzufügen.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>Grafik</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>Engine (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Wie Hearth nach Grafikkarten gesucht hat</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Wird untersucht …</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>Engine wird gefragt …</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>Dieser Computer und die Engine werden untersucht …</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>nicht gemeldet</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} Kerne, {threads} Threads</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>{total} insgesamt, {available} verfügbar</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>Auf diesem Computer wurde keine GPU gefunden: Modelle laufen auf der CPU.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>keine gemeldet</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>Ja: Dieser Build kann Schichten auf die GPU auslagern ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>Mit {backends} gebaut, aber kein GPU-Gerät ist dafür sichtbar: Modelle laufen auf der CPU.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>Nein: Dieser Engine-Build unterstützt nur die CPU, Modelle laufen auf der CPU.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Prozessor</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Kerne</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>Arbeitsspeicher (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Backends</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>GPU-Auslagerung</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>CPU-Funktionen</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>Build-Optionen</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>Systeminfo</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>Engine-Geräte</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>Erfolgreiche GPU-Prüfungen</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>Fehlgeschlagene GPU-Prüfungen</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>Alle Prüfungen waren erfolgreich.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>Keine Prüfung war erfolgreich.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Die Protokolldateien von Hearth, in {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>Über Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (Kopie)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Neuer Chat</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>Dupliziert als „{title}“.</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth konnte den Chat nicht duplizieren: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth konnte den Chat nicht exportieren: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth konnte den Verlauf nicht exportieren: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>1 Chat importiert.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>%n Chat importiert.</numerusform>
                <numerusform>%n Chats importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth konnte die Datei nicht importieren: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exportiert nach {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth ist offline (Einstellungen): Der Hub wird nicht kontaktiert.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>Der Hub ist nicht erreichbar, daher arbeitet Hearth vorerst offline: Modelle und Chats funktionieren weiterhin. Erneut versuchen, wenn das Netzwerk wieder da ist.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Der Hub ist weiterhin nicht erreichbar; Hearth bleibt offline.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>Das Modell konnte nicht geladen werden: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>Das JSON-Schema wird nicht angewendet, solange Tools für diesen Chat aktiv sind: Die Tools im Tools-Menü ausschalten, um eine Antwort in dieser Form zu erhalten.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>Beim Antworten ist etwas schiefgelaufen: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Dateien, die Hearth nicht lesen konnte – {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>%n Datei in {folder} konnte nicht gelesen werden; die anderen sind durchsuchbar. Wird eine Datei repariert, wird sie automatisch erneut gelesen.</numerusform>
                <numerusform>%n Dateien in {folder} konnten nicht gelesen werden; die anderen sind durchsuchbar. Wird eine Datei repariert, wird sie automatisch erneut gelesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>Dateien, die nicht gelesen werden konnten, und warum</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>Das Embedding-Modell wird geladen; bis es bereit ist, verwendet die Suche nur Wörter.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>Die Suche nach Bedeutung ist aus: {reason}. Die Suche verwendet nur Wörter.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>Wissensordner</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>Ordnerspalten</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ordner hinzufügen …</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>Wissensordner hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>Wissensordner entfernen</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>Die Passagen dieses Ordners vergessen (seine Dateien bleiben erhalten)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>Indizierung anhalten; bereits Gelesenes bleibt erhalten</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>Neu indizieren</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>Alle Ordner jetzt erneut prüfen (nur Änderungen werden gelesen)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>Fehler …</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Dateien, die nicht gelesen werden konnten</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>Die Dateien dieses Ordners, die nicht gelesen werden konnten, und warum</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>Ein Embedding-Modell findet Passagen nach ihrer Bedeutung und nach ihren Wörtern. Eines ({examples}) unter „Modelle“ herunterladen.</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Embedding-Modell</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth liest die Dokumente in diesen Ordnern (Text, Markdown, Code, PDF- und Office-Dateien) und speichert einen Index auf diesem Computer, damit ein Chat daraus antworten und seine Quellen nennen kann. Änderungen in den Ordnern werden automatisch übernommen.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>Dateien anzeigen, die nicht gelesen werden konnten, und warum</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>Alle Ordner sind aktuell.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>%n geänderte Datei indiziert.</numerusform>
                <numerusform>%n geänderte Dateien indiziert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Indizierung: {done} von %n Datei – {current}</numerusform>
                <numerusform>Indizierung: {done} von %n Dateien – {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>Pausiert: Änderungen in den Ordnern werden beim Fortsetzen gelesen.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Pausiert bei {done} von %n Datei – {current}</numerusform>
                <numerusform>Pausiert bei {done} von %n Dateien – {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>Kein Embedding-Modell festgelegt: Die Suche verwendet nur Wörter. Oben eines auswählen; unter „Modelle“ gibt es kleine zum Herunterladen.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>Die Suche verwendet Wörter und Bedeutung.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantisierung</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architektur</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt verwendet</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● Geladen</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Unbrauchbar</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>Wird geprüft … {percent} %</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifiziert</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Nicht verifiziert</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>Der sha256-Wert der Datei stimmt überein: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>Der sha256-Wert der Datei stimmt nicht mit dem erwarteten überein: Sie wurde verändert oder ist beschädigt. Löschen und erneut herunterladen.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>Noch nicht geprüft: „Verifizieren“ berechnet den Hash der Datei.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>Geladen: Der Chat verwendet jetzt dieses Modell.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>Löschen …</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>Aus der Bibliothek entfernen …</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Bibliothek wird gelesen …</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>Modelle in der Bibliothek</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Enter chattet mit dem ausgewählten Modell; Entf löscht oder entfernt es.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>Bibliotheksspalten</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>Verwenden</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>Mit diesem Modell chatten</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verifizieren</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>Hash der Datei berechnen und mit dem erwarteten Wert vergleichen</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Im Ordner anzeigen</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>Modelldatei importieren …</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>Eine Modelldatei vom Datenträger dort verwenden, wo sie liegt (sie wird nicht kopiert)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>Modelle aus anderen Apps finden</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>Nach GGUF-Dateien suchen, die LM Studio, llama.cpp, GPT4All, Jan oder Ollama heruntergeladen haben</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>{name} hinzugefügt; die Datei wird geprüft …</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} gelöscht.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>{name} aus der Bibliothek entfernt; die Datei bleibt unter {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln Modell · {size} auf dem Datenträger</numerusform>
                <numerusform>%Ln Modelle · {size} auf dem Datenträger</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} wird geprüft …</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>Modelldateien importieren</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF-Modelldateien (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>%Ln Datei wird geprüft …</numerusform>
                <numerusform>%Ln Dateien werden geprüft …</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>{name} ist verifiziert.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} stimmt nicht mit seiner Prüfsumme überein: löschen und erneut herunterladen.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>Für {name} gibt es noch nichts zum Vergleichen.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>Suche nach Modellen, die andere Apps heruntergeladen haben …</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>Es wurden keine Modelle aus anderen Apps gefunden, die nicht bereits aufgeführt sind.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>%Ln Modell aus anderen Apps gefunden.</numerusform>
                <numerusform>%Ln Modelle aus anderen Apps gefunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Modell löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>{name} ({file}, {size}) löschen?
Hearth hat es heruntergeladen: Die Datei wird aus dem Hugging Face-Cache gelöscht.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>Aus der Bibliothek entfernen</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>{name} ({file}, {size}) aus der Bibliothek entfernen?
Die Datei bleibt unter {path} auf dem Datenträger: Hearth hat sie nicht heruntergeladen und löscht sie daher nie.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>Das Modell, mit dem gechattet wird</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>Modelldatei öffnen …</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>Eine Modelldatei (.gguf) vom Datenträger an Ort und Stelle verwenden (sie wird nicht kopiert)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Modelle …</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>Modelle finden, herunterladen und verwalten ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Modell wird geladen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>Laden dieses Modells stoppen</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>Laden des Modells abbrechen</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>Parameterbereich ein- oder ausblenden</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Kein Modell</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>Kontext %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>Token des Modellkontexts, die dieser Chat belegt</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Verwendeter Kontext</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Neuer Chat</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>Eingabefeld fokussieren</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Chat</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Chat exportieren …</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>Den geöffneten Chat als Markdown-Datei speichern</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Alle exportieren …</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren …</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Größerer Text</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Kleinerer Text</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>Textgröße wie im System</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>Hardware …</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Prozessor, Arbeitsspeicher und GPUs dieses Computers – und was die Engine davon nutzen kann</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
Chat-Format: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Modelldatei öffnen</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF-Modelldateien (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Chat gelöscht.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
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
            <translation>Chat exportieren</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Hearth-Verlauf</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>Alle exportieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exportiert nach {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Im Ordner anzeigen</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Nachricht und die %n Nachricht darunter gelöscht.</numerusform>
                <numerusform>Nachricht und die %n Nachrichten darunter gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>Nachricht und die Antwort darunter gelöscht.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Nachricht gelöscht.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth versucht es weiter; nichts geht verloren.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} Das Angezeigte bleibt erhalten und wird gespeichert, sobald es möglich ist.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>Zum Starten ein Modell auswählen</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Modell wird geladen …</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Schreibt …</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird gestoppt …</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Denkt nach …</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · erstes Token {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · {kept} % der Entwürfe übernommen · erstes Token {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>Chat wird gelesen ({count} Token) …</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Modell neu laden</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>Es gibt keinen MCP-Server namens „{name}“.</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>Durch den Offlinemodus blockiert: {host} ist nicht auf diesem Computer.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>Der MCP-Server „{name}“ ist ausgeschaltet.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Code kopieren</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Alles auswählen</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>Eigene Nachricht bearbeiten</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>Antwort bearbeiten</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Nachrichtentext</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>Nachricht unverändert lassen (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>Speichern und neu generieren</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>Als neue Version speichern und eine neue Antwort schreiben ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>Text ersetzen und die Antwort darunter behalten</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>Text der Antwort ersetzen ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>Eine Nachricht darf nicht leer sein: etwas schreiben oder „Abbrechen“ drücken.</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>Eine Antwort wird gerade geschrieben: sie stoppen oder abwarten, dann die Bearbeitung speichern.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>Ein Modell laden, um eine neue Antwort zu schreiben; „Speichern“ behält die Bearbeitung ohne neue Antwort.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>Diese Nachricht ist nicht mehr im Chat.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Vorherige Version</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Nächste Version</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>Nachricht kopieren</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>Nachricht hier bearbeiten</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Neu generieren</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>Neue Antwort schreiben</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>Nachricht löschen</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>Über diese Antwort und Reproduzieren</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortfahren</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>Diese Antwort weiterschreiben</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>schreibt …</translation>
        </message>
        <message>
            <source>{author} ({status}): {text}</source>
            <translation>{author} ({status}): {text}</translation>
        </message>
        <message>
            <source>{author}: {text}</source>
            <translation>{author}: {text}</translation>
        </message>
        <message>
            <source>{index}/{count}</source>
            <translation>{index}/{count}</translation>
        </message>
        <message>
            <source>Version {index} of {count}</source>
            <translation>Version {index} von {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Entdecken</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} ist bereits heruntergeladen: Es ist in der Bibliothek.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} ist in der Warteschlange; der Download startet, sobald Hearth wieder online ist.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} wird heruntergeladen: siehe Tab „Downloads“.</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>Downloads (%Ln)</numerusform>
                <numerusform>Downloads (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>{name} ist heruntergeladen und verifiziert: Es ist in der Bibliothek.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>Auf anderen Servern</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}: im Offlinemodus blockiert</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}: keine Modelle (Mauszeiger darüber zeigt den Grund)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>Das Modell, das der Chat verwendet</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{model} auf dem Server unter {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>Zurück zum Chat</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>Zurück zum Chat ({keys})</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>Zurück zum Chat</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Zu {page} wechseln</translation>
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
            <translation>Voreinstellung</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter …</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>Als neue Voreinstellung speichern</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>Die aktuellen Parameter als neue Voreinstellung speichern.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Sampling</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>{field} verwenden</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Strg+Tab fügt einen Tabulator ein.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>eine pro Zeile, z. B. \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>Du bist ein hilfreicher Assistent.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Systemprompt</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Kontext</translation>
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
            <translation>GPU-Schichten automatisch wählen</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU-Schichten</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Modell neu laden</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>Modell mit diesen Einstellungen neu laden.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Voreinstellung speichern</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>Name der neuen Voreinstellung:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>Der eigene Systemprompt dieses Chats (neue Chats beginnen mit dem aus den Einstellungen).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>Der Standard-Systemprompt für neue Chats (in den Einstellungen änderbar).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>Kein Systemprompt. Ein Standard für neue Chats lässt sich in den Einstellungen festlegen.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>Die Engine verwendet {n}.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>auto</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>Hearth wählt beim Laden des Modells.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>Passend zu diesem Modell und dem Speicher dieses Computers gewählt: {used} Schichten auf der GPU. „Auto“ abwählen, um selbst zu wählen.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>Passend gewählt: Alle Schichten laufen auf der CPU. „Auto“ abwählen, um selbst zu wählen.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth konnte seine Einstellungen nicht speichern.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} Die Änderungen gelten, bis Hearth beendet wird.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>Voreinstellungen speichern, umbenennen oder löschen</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>Aktionen für Voreinstellungen</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>Als neue Voreinstellung speichern …</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>Mit dem Systemprompt speichern …</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>Wird diese Voreinstellung später gewählt, setzt sie auch den jetzt angezeigten Systemprompt</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen …</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>„{preset}“ umbenennen …</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>„{preset}“ löschen</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>Voreinstellung umbenennen</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>Neuer Name für „{preset}“:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>„{prompt}“ senden</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>Sendet diesen Prompt an das Modell</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>Reproduzieren</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>Diese Antwort mit genau diesen Einstellungen erneut schreiben</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>Trotzdem reproduzieren</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>Über diese Antwort</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>Diese Antwort kann nicht reproduziert werden: Hearth hat weder ihr Sampling noch ihren Seed gespeichert.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>Ein Modell laden, um diese Antwort zu reproduzieren.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>Eine Antwort wird gerade geschrieben: Diese hier reproduzieren, wenn sie fertig ist.</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
    </context>
    <context>
        <name>RepoPage</name>
        <message>
            <source>Open on the hub</source>
            <translation>Auf dem Hub öffnen</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>Öffnet die Seite des Modells im Browser</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>Hugging Face-Token in den Einstellungen hinzufügen</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>Modelldateien zum Herunterladen</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>Eine Datei pro Quantisierung; Enter lädt die ausgewählte herunter.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Herunterladen</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>Dateien des Modells werden geladen …</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} Parameter · ≈ {size} · Lizenz: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>Lizenz: {licence} · Zugang: beschränkt</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>Lizenz: {licence} · Zugang: offen</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>Dieses Modell hat keine Beschreibung.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>Dieses Repository enthält keine GGUF-Modelldateien, die Hearth verwenden kann.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln Modelldatei, eine pro Quantisierung: Kleinere Dateien sind schneller und brauchen weniger Speicher, größere antworten besser.</numerusform>
                <numerusform>%Ln Modelldateien, eine pro Quantisierung: Kleinere Dateien sind schneller und brauchen weniger Speicher, größere antworten besser.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>Aus dem Header von {name}: {note} Bis zu {tokens} Token Kontext passen.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>Aus dem Header von {name}: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>{name} herunterladen ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>Token/s</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>Stream</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>Komplett</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}, Client getrennt</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>Chats ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>Parameter ein- oder ausblenden</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>JSON-Schema</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>Editoren, Skripte und andere Apps können das im Chat geladene Modell über eine OpenAI-kompatible API nutzen. Der Chat hat Vorrang: Deren Anfragen warten, während er antwortet.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>API bereitstellen</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>Server starten oder stoppen (solange er aktiviert ist, startet er mit Hearth)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>URL kopieren</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>Die Basis-URL kopieren, die Clients verwenden (sie endet auf /v1)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>Keine: Webseiten können die API nicht aufrufen</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>Web-Ursprünge, deren Seiten die API aus einem Browser aufrufen dürfen (CORS), getrennt durch Leerzeichen oder Kommas, z. B. {example}</translation>
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
            <translation>Web-&amp;Ursprünge</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>Wo der Server lauscht</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Schlüssel entfernen</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>Programme auf diesem Computer ohne Schlüssel zulassen</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>Der neue API-Schlüssel</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>Neuen Schlüssel kopieren</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>Den Schlüssel jetzt kopieren: Hearth zeigt ihn nicht noch einmal an.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>Bearbeitete Anfragen</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>Anfragespalten</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>Andere Computer können {host} erreichen: Sie brauchen den API-Schlüssel, um das Modell zu nutzen.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>Bereitstellen auf {host} lässt andere Computer zu und erfordert daher einen API-Schlüssel: Zuerst unten einen erstellen.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>Neuer Schlüssel</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>Schlüssel erstellen</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>Einen neuen Schlüssel erstellen: Der alte funktioniert sofort nicht mehr</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>Einen Schlüssel erstellen, den jeder Client senden muss</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>Ein Schlüssel ist festgelegt: Jeder Client muss ihn senden ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>Kein Schlüssel: Jedes Programm auf diesem Computer kann die API nutzen.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet …</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird gestoppt …</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>Bereitgestellt unter {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>Server {name} verwenden</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>Ausgeschaltet: Seine Tools werden keinem Chat angeboten</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>Tools anzeigen</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>Tools von {name} anzeigen</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>Vor jeder Ausführung eines Tools dieses Servers erneut fragen</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>Es konnten keine Tools aufgelistet werden.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>„Immer erlauben“ vergessen ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>Tools ausblenden</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>Server wird gestartet und nach seinen Tools gefragt …</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>Keiner: Neue Chats beginnen ohne Systemprompt.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>Anweisungen, mit denen jeder neue Chat beginnt. Jeder Chat behält seine eigenen, die sich im Bereich neben dem Chat ändern lassen; bestehende Chats bleiben unverändert.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Systemgröße</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>Die Textgröße des Chats und des Nachrichtenfelds</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>Standard-Systemprompt</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>Senden mit</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Textgröße</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} und {smaller} ändern die Textgröße überall; {reset} setzt sie zurück.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie im System</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>Die Sprache des Hearth-Fensters</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Hearth zeigt die neue Sprache beim nächsten Start an.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Modellordner</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ordner hinzufügen …</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Modellordner hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>Modellordner entfernen</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>Modelle dieses Ordners nicht mehr auflisten (die Dateien bleiben erhalten)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth listet die GGUF-Modelle in diesen Ordnern (und ihren Unterordnern) neben den eigenen Downloads in der Bibliothek auf und verwendet sie dort, wo sie liegen.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>Offline arbeiten: nie mit dem Hub verbinden</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>Keine Suchen oder Downloads; vorhandene Modelle und Chats funktionieren weiterhin.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Wie viele Downloads gleichzeitig laufen</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>Gleichzeitige Downloads</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>Netzwerk und Downloads</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>Chat-Cache</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>{folder} im Dateimanager anzeigen</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>Ordner „{kind}“ öffnen</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>Speicherort der Daten</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>Tastenkürzel funktionieren überall im Hauptfenster, sofern nicht anders angegeben.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>Neuer Chat</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>Neuen Chat beginnen ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Neuen Chat beginnen</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>Chats durchsuchen ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Chats durchsuchen</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>Findet die Chats, deren Nachrichten diese Wörter enthalten</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Enter öffnet einen Chat; F2 benennt ihn um, Entf löscht ihn, die Menütaste zeigt weitere Aktionen</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Chat-Aktionen</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Markdown (.md)…</source>
            <translation>Markdown (.md) …</translation>
        </message>
        <message>
            <source>JSON (.json)…</source>
            <translation>JSON (.json) …</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
    </context>
    <context>
        <name>Size</name>
        <message>
            <source>{n} B</source>
            <translation>{n} B</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>{n} GB</source>
            <translation>{n} GB</translation>
        </message>
        <message>
            <source>{n} TB</source>
            <translation>{n} TB</translation>
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>Passage öffnen</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>Quelle {source}: Passage öffnen</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>Denken</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>Das Modell vor der Antwort nachdenken lassen (seine Gedanken erscheinen separat, eingeklappt). Aus: Es antwortet sofort.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>Vor dem Antworten nachdenken</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>Denkaufwand</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>Wie lange das Modell nachdenkt, bevor es antwortet</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>Gedankengang des Modells ausblenden</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>Gedankengang des Modells anzeigen</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Hugging Face-Token</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>Ein Lese-Token von huggingface.co/settings/tokens einfügen</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>Den Hub fragen, wem dieses Token gehört</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>Token im Schlüsselbund des Systems speichern</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>Gespeichertes Token vergessen</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>Zuerst ein Token einfügen.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Hub wird gefragt …</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>Dieses Token gehört {user}.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>Kein Token gespeichert: Öffentliche Modelle lassen sich ohne Token herunterladen.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>Ein Token ist im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>Das Token bleibt nur bis zum Beenden von Hearth erhalten.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>Einmal erlauben</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>Dieses Tool immer erlauben</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>Diesen Aufruf jetzt ausführen; beim nächsten Mal erneut fragen</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>Aufrufe dieses Tools in dieser Sitzung ohne Nachfrage ausführen</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>Nicht ausführen; dem Modell wird mitgeteilt, dass es abgelehnt wurde</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>Tool-Aufruf {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>Tools</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>Tools für diesen Chat</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>Welche Tools von MCP-Servern dieser Chat verwenden darf</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>Die erste Antwort auf jede Nachricht ruft eines der Tools auf (kleine Modelle rufen Tools oft nur auf, wenn sie dazu aufgefordert werden)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>Tools ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>{used} von %n Tool-Server für diesen Chat aktiv</numerusform>
                <numerusform>{used} von %n Tool-Servern für diesen Chat aktiv</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>Mit Tools kann das Modell über MCP-Server (Model Context Protocol) Dinge nachschlagen und Aufgaben erledigen – dieselben Server, die auch Claude Desktop, LM Studio und Cursor verwenden. Jedes Tool fragt vor der Ausführung nach und zeigt, was es erhalten und was es zurückgegeben hat.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>Der Offlinemodus blockiert Server, die über das Netzwerk erreicht werden, außer denen auf diesem Computer (localhost). Server, die Hearth als Programm startet, laufen nur, wenn ein Chat sie braucht.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren …</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>MCP-Server importieren</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>Server aus der MCP-Konfiguration einer anderen App hinzufügen</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>MCP-Server</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth speichert seine Server in {file}.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>Noch keine MCP-Server: Die einer anderen App importieren oder sie in die Datei unten eintragen.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} wird importiert …</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Aus einer Datei …</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>Aus {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>MCP-Konfiguration (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>{servers} hinzugefügt.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>Es wurde kein Server hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>Der Chat ist länger als der Kontext des Modells ({n_ctx} Token): Die älteste %n Nachricht wurde bei dieser Antwort weggelassen. Der Systemprompt wurde beibehalten.</numerusform>
                <numerusform>Der Chat ist länger als der Kontext des Modells ({n_ctx} Token): Die ältesten %n Nachrichten wurden bei dieser Antwort weggelassen. Der Systemprompt wurde beibehalten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>Eine Datei konnte nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} konnte nicht gelesen werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>Zur neuesten Nachricht scrollen</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>Einen davon ausprobieren</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>Die Modellverwaltung öffnen: Modelle, die in den Speicher dieses Computers passen, sind markiert</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>Alles läuft auf diesem Computer: Eingaben bleiben hier.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>{model} wird geladen …</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>Ein jetzt gewählter Prompt wartet im Nachrichtenfeld.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>Noch kein Modell</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>Die Engine wurde noch nicht gestartet: Ein Modell laden, um zu sehen, wie llama.cpp gebaut wurde.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (in der fokussierten Liste)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (im fokussierten Feld)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher bleibt der API-Schlüssel nur bis zum Beenden von Hearth erhalten; Clients brauchen beim nächsten Mal einen neuen.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>Längenlimit</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>Stoppzeichenfolge</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>Kontext voll</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>Bereitstellen auf {host} lässt andere Computer das Modell nutzen und erfordert daher einen API-Schlüssel: Unten einen erstellen oder auf 127.0.0.1 bereitstellen.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>Das geladene Modell kann keine Bilder lesen ({names}). Ein Modell mit Bildverarbeitung laden oder das Bild entfernen, um die Nachricht zu senden.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} ist kein Bild, das Hearth lesen kann.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} Token · {rate} tok/s · erstes Token {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} Token · {rate} tok/s · {kept} % der Entwürfe übernommen · erstes Token {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>Chat wird gelesen …</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>unterbrochen – die App wurde beim Schreiben geschlossen</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistent</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>Server werden nach ihren Modellen gefragt …</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>Noch keine Verbindungen: Unten eine hinzufügen.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Letzte 30 Tage</translation>
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
            <translation>Hearth ist im Offlinemodus, daher ist die Verbindung „{name}“ zu {host} blockiert: Nur Server auf diesem Computer (localhost) können verwendet werden. Zum Verwenden den Offlinemodus in den Einstellungen ausschalten.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>Die Nachricht ist mit dem Systemprompt {tokens:,} Token lang; der Kontext des Modells fasst {n_ctx:,}. Die Nachricht kürzen oder das Modell mit einem größeren Kontext laden.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>Die angehängten Dokumente passen nicht in den verbleibenden Kontext dieses Chats, auch nicht als einzelne Passagen; einen neuen Chat beginnen oder das Modell mit einem größeren Kontext laden.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>kein Embedding-Modell</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Passt mit {ctx:,} Token Kontext auf die GPU: etwa {total} (Schätzung).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Passt mit {layers} von {n} Schichten auf der GPU und dem Rest im RAM, bei {ctx:,} Token Kontext: etwa {total} (Schätzung).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Passt mit {ctx:,} Token Kontext in den RAM: etwa {total} (Schätzung).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>Braucht bei {ctx:,} Token Kontext etwa {total}, mehr als frei ist; ein Kontext von {max_ctx:,} Token würde passen (Schätzung).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>Braucht etwa {total}, mehr Speicher, als auf diesem Computer frei ist (Schätzung).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>Fasst etwa {f16:,} Token Kontext mit einem f16-Cache, {q8_0:,} mit q8_0 und {q4_0:,} mit q4_0 (Schätzung).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>Der gesamte trainierte Kontext von {ctx:,} Token passt mit jedem Cache-Typ (Schätzung).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>Dieses Modell kann seinen {part}-Cache nicht als {type} halten: Seine Attention-Heads sind {length} Werte lang, kein Vielfaches von {block}. Für dieses Modell f16 wählen.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>das Laufwerk ist voll</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>der Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>ein anderes Programm verwendet die Verlaufsdatei</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>die Verlaufsdatei ist beschädigt</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>das Laufwerk hat einen Fehler gemeldet</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>die Datenbank hat einen Fehler gemeldet</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>die Verlaufsdatei konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth konnte seinen Verlauf nicht öffnen: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth konnte seinen Verlauf nicht lesen: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth konnte nicht in seinen Verlauf speichern: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth konnte seinen Verlauf nicht aktualisieren: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth konnte seinen Verlauf nicht aktualisieren: {why}; die Chats wurden nicht verändert.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth konnte {name} nicht schreiben: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth konnte seinen Verlauf nicht öffnen: Der Ordner liegt auf einem Laufwerk, das ihn nicht sicher speichern kann (ein Netzlaufwerk?).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>Dieser Verlauf wurde von einer neueren Version von Hearth geschrieben; Hearth aktualisieren, um ihn zu öffnen.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>Der Hub ist nicht erreichbar: Netzwerk prüfen oder Hearth offline verwenden.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth ist offline: Der Hub wird erst kontaktiert, wenn der Offlinemodus ausgeschaltet ist.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>Klein und schnell: gut zum Ausprobieren von Hearth und zum Spielen mit Wörtern, nicht für Fakten.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>Ein Modell auf diesem Computer. Unten einen Prompt ausprobieren, um zu sehen, was es gut kann.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>Neuer Versuch in {delay:g} s: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>Der Download ist nach mehreren Versuchen weiterhin fehlgeschlagen: {why} Die unvollständige Datei bleibt erhalten; später fortsetzen.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>Kein Schlüsselbund des Systems verfügbar, daher bleibt das Hugging Face-Token nur bis zum Beenden von Hearth erhalten; beim nächsten Mal muss es erneut eingegeben werden.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Kein Modell geladen.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>Die Engine läuft nicht; sie muss neu gestartet werden.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>Die Engine hat nicht rechtzeitig geantwortet und wurde gestoppt.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>Die Engine wurde auf Anforderung beendet.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Die Engine wurde unerwartet beendet. Bisher Geschriebenes bleibt erhalten; die Engine startet mit der nächsten Anfrage neu.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Die Engine wurde unerwartet beendet (Ursache: {reason}). Bisher Geschriebenes bleibt erhalten; die Engine startet mit der nächsten Anfrage neu.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} kann keine Entwürfe für {model} liefern: Ihre Vokabulare unterscheiden sich.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>{draft} wird nicht als Entwurfsmodell für Antworten verwendet. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>Die Engine konnte es nicht lesen.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>Für seinen Kontext war kein Speicher frei.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>Das Modell konnte nicht geladen werden: {reason}. Die Datei ist möglicherweise beschädigt oder für eine neuere Engine erstellt, als diese Hearth-Version enthält.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>Kein Embedding-Modell festgelegt: Die Suche verwendet nur Wörter. Eines unter Einstellungen → Wissen auswählen.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>Das Embedding-Modell wurde beendet ({name}, Ursache: {reason}), daher verwendet die Suche nur Wörter. Unter Einstellungen → Wissen ein anderes Embedding-Modell auswählen oder Hearth neu starten, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>Der Speicher reicht nicht, um dieses Modell mit {n_ctx:,} Token Kontext zu laden ({reason}). Einen kleineren Kontext oder ein kleineres Modell wählen oder andere Programme schließen.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Der Speicher reicht nicht, um dieses Modell mit {context:,} Token Kontext zu laden: Es braucht etwa {ram_needed} RAM, frei sind {ram_free}. Der größte passende Kontext sind {max_context:,} Token: Das Modell mit diesem Wert oder weniger laden (eine Schätzung).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Der Speicher reicht nicht, um dieses Modell mit {context:,} Token Kontext zu laden: Es braucht etwa {ram_needed} RAM, frei sind {ram_free}. Nicht einmal ein kleiner Kontext passt: Andere Programme schließen oder ein kleineres Modell bzw. eine kleinere Quantisierung wählen (eine Schätzung).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Der Speicher reicht nicht, um dieses Modell mit {context:,} Token Kontext zu laden: Es braucht etwa {ram_needed} RAM und {gpu_needed} auf der GPU, frei sind {ram_free} RAM und {gpu_free} auf der GPU. Der größte passende Kontext sind {max_context:,} Token: Das Modell mit diesem Wert oder weniger laden (eine Schätzung).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Der Speicher reicht nicht, um dieses Modell mit {context:,} Token Kontext zu laden: Es braucht etwa {ram_needed} RAM und {gpu_needed} auf der GPU, frei sind {ram_free} RAM und {gpu_free} auf der GPU. Nicht einmal ein kleiner Kontext passt: Andere Programme schließen oder ein kleineres Modell bzw. eine kleinere Quantisierung wählen (eine Schätzung).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Laden wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>Laden auf der GPU fehlgeschlagen: {why}. Hearth führt das Modell stattdessen auf der CPU aus, mit {n_ctx:,} Token Kontext.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>Der MCP-Server „{name}“ konnte nicht starten: Sein Ordner {cwd} existiert nicht.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>Der MCP-Server „{name}“ konnte nicht starten: Der Befehl „{command}“ wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>Der MCP-Server „{name}“ konnte nicht starten: Der Befehl „{command}“ ist nicht ausführbar.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>Der MCP-Server „{name}“ hat eine Nachricht über {megabytes} MB gesendet und wurde gestoppt.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>Der MCP-Server „{name}“ hat eine Nachricht gesendet, die kein gültiges JSON-RPC ist, und wurde gestoppt.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>Der MCP-Server „{name}“ hat die Anmeldedaten abgelehnt (HTTP {status}); die ihm übergebenen Header prüfen.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>Der MCP-Server „{name}“ unter {url} hat nicht geantwortet: Dort lauscht nichts.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>Der MCP-Server „{name}“ hat nicht innerhalb von {seconds:g} s geantwortet.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>Der MCP-Server „{name}“ hat nicht innerhalb von {seconds:g} s geantwortet; er hat {lines} Zeile(n) ausgegeben, die keine MCP-Nachrichten sind.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>Der MCP-Server „{name}“ konnte nicht starten: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>Exit-Code {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>durch Signal {signal} beendet</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>Der MCP-Server „{name}“ wurde sofort beendet ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>Der MCP-Server „{name}“ wurde sofort beendet ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>Der MCP-Server „{name}“ wurde beendet ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>Der MCP-Server „{name}“ wurde beendet ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>Der MCP-Server „{name}“ hat die Verbindung beim Starten geschlossen.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>Der MCP-Server „{name}“ hat die Verbindung beim Starten geschlossen: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>Der MCP-Server „{name}“ wurde beendet.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>Der MCP-Server „{name}“ wurde beendet: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>Der MCP-Server „{name}“ hat mit HTTP {status} geantwortet.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>Der MCP-Server „{name}“ ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Gestoppt.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>Das Modell hat {rounds}-mal hintereinander ungültige Tool-Aufrufe erzeugt; der Chat wurde dort angehalten.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>Das Modell hat nach {rounds} Runden immer noch Tools aufgerufen; der Chat wurde dort angehalten.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Erneuter Versuch</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Wird geprüft</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In Warteschlange</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Wird heruntergeladen</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Stockt</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installiert</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} von {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>noch {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Diese Nachricht ist zu lang zum Senden: Mit dem Systemprompt umfasst sie {tokens} Token, und der Kontext des Modells von {n_ctx} Token fasst {limit}, sobald Platz für die Antwort reserviert ist. Die Nachricht kürzen oder das Modell mit einem größeren Kontext laden.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Diese Bearbeitung ist zu lang zum Speichern: Mit dem Systemprompt umfasst sie {tokens} Token, und der Kontext des Modells von {n_ctx} Token fasst {limit}, sobald Platz für die Antwort reserviert ist. Den Text kürzen oder das Modell mit einem größeren Kontext laden.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>derselbe Seed und dieselben Parameter ergeben dieselbe Antwort; ohne Seed erhält jede Antwort einen neuen zufälligen Seed (mit der Antwort gespeichert)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>Stoppzeichenfolgen</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>die Antwort endet dort, wo eine dieser Zeichenfolgen erscheinen würde (die Zeichenfolge selbst wird nicht angezeigt)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>wie gewagt jede Wahl ist: 0 wählt immer das wahrscheinlichste Token</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>Top-P</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>Nucleus Sampling: nur die wahrscheinlichsten Token, die diesen Anteil ausmachen; 1 schaltet es aus</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>Top-K</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>nur die K wahrscheinlichsten Token werden berücksichtigt; 0 schaltet es aus</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>Min-P</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>Token verwerfen, die unwahrscheinlicher sind als dieser Anteil des wahrscheinlichsten Tokens; 0 schaltet es aus</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>Wiederholungsstrafe</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>macht kürzlich verwendete Token unwahrscheinlicher, gegen Schleifen; 1 schaltet es aus</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>Wiederholungsfenster</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>über wie viele der letzten Token die Wiederholungsstrafe zurückblickt</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>der gesamte Kontext</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>Max. Token</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>die längste Antwort, in Token</translation>
        </message>
        <message>
            <source>context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>Kontextlänge in Token, höchstens der trainierte Kontext des Modells</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>die eigene Länge des Modells</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>Threads</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>CPU-Threads (Standard: einer pro physischem Kern)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU-Schichten</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>alle Schichten</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>K-Cache-Typ</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>wie die Attention-Keys gespeichert werden: q8_0 und q4_0 fassen mehr Kontext im selben Speicher, bei etwas geringerer Qualität</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>V-Cache-Typ</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>wie die Attention-Values gespeichert werden: q8_0 und q4_0 fassen mehr Kontext im selben Speicher (erfordern Flash Attention)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>spekulative Dekodierung</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>mehrere Token im Voraus raten und in einem Schritt prüfen: dieselbe Antwort, schneller, wenn sich Text wiederholt; „Auto“ nutzt es dort, wo es hier messbar schneller war</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>Passt auf GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>Passt (geteilt)</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>Passt auf CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>Passt nicht</translation>
        </message>
    </context>
    <context>
        <name>hardware_page</name>
        <message>
            <source>{n} GiB</source>
            <translation>{n} GiB</translation>
        </message>
        <message>
            <source>{n} MiB</source>
            <translation>{n} MiB</translation>
        </message>
        <message>
            <source>{total}, {free} free</source>
            <translation>{total}, {free} frei</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>Speicher nicht gemeldet</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (mit dem System-RAM geteilt)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (Metal Working Set)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>von {source}; Treiber {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>von {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>integrierte GPU</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>Beschleuniger</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>Chat</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>Keines (nur Wörter)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Passagen</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Vom Hub heruntergeladen</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>Am Speicherort verwendet</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>In einem der Modellordner</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Integriert</translation>
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
            <translation>Nie</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Heute {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 Bit pro Wert: der Cache in voller Größe.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 Bit pro Wert: etwa halb so viel Speicher wie f16, nahezu dieselben Antworten.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 Bit pro Wert: etwa ein Viertel des Speichers von f16; Antworten können sich etwas ändern.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>Auto</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>Aus</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}. Wird beim nächsten Laden des Modells angewendet.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>Ein kleines Modell mit demselben Vokabular, das für dieses Modell einige Token im Voraus rät: dieselben Antworten, früher. Hearth bietet die passenden Modelle aus der Bibliothek an. Wird beim nächsten Laden des Modells angewendet.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>Entwurfsmodell</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>Keins</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>Wie im System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>Etwas ist schiefgelaufen: {error}. Details stehen im Protokoll.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (bearbeitet)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>Gespeicherte Sätze von Sampling-Parametern. „(bearbeitet)“: Ein Wert weicht von der Voreinstellung ab.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} Eine pro Zeile; \n für einen Zeilenumbruch innerhalb einer Zeichenfolge (zum Beispiel \nUser:), \t für einen Tabulator und \\ für einen Backslash schreiben.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>Anweisungen, die das Modell vor dem Chat sieht. Bleiben immer erhalten, auch wenn alte Nachrichten weggelassen werden, damit alles in den Kontext passt.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>Wie viele Token das Modell gleichzeitig sehen kann: den Chat und die Antwort. Mehr braucht mehr Speicher. Wird beim nächsten Laden des Modells angewendet.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>CPU-Threads für die Engine. „Auto“ (der niedrigste Wert) ist einer pro physischem Kern. Wird beim nächsten Laden des Modells angewendet.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>Wie viele Schichten des Modells auf der GPU laufen: 0 nutzt nur die CPU, der Höchstwert legt alle Schichten dorthin. Wird beim nächsten Laden des Modells angewendet.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Hearth die GPU-Schichten anhand der Modellgröße und des freien Speichers auf der GPU und im RAM wählen lassen (eine Schätzung). Abwählen, um sie selbst festzulegen.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>Abwählen, um Top-P auszuschalten.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>Abwählen für einen neuen zufälligen Seed bei jeder Antwort.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>über {low} und höchstens {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>zwischen {low} und {high}</translation>
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
            <translation>{special} oder {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}. Erlaubt: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (nur CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>alle {n}</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>alle</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>{used} von {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>Integrierte Voreinstellungen gehören zu Hearth und können nicht umbenannt oder gelöscht werden.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>Ausgewogen</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>Präzise</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>Kreativ</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>Seed-Tutorial</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>das Modell seine Antwort beendet hat</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>sie das Tokenlimit der Antwort erreicht hat</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>ein Stopptext erschienen ist</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>der Kontext voll war</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>sie manuell gestoppt wurde</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>ein Fehler sie beendet hat</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>ein Grund, den diese Version von Hearth nicht kennt</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>nicht gespeichert</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>Temperatur {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>Top-P {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>Top-P aus</translation>
        </message>
        <message>
            <source>top-k {value}</source>
            <translation>Top-K {value}</translation>
        </message>
        <message>
            <source>min-p {value}</source>
            <translation>Min-P {value}</translation>
        </message>
        <message>
            <source>repeat penalty {value} (last {count})</source>
            <translation>Wiederholungsstrafe {value} (letzte {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>höchstens {count} Token</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>Stopp bei {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>{model} über die Verbindung {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>Chat-Format</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Sampling</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>Gestoppt, weil</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>sie nicht fertig wurde</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>{prompt} im Prompt ({reused} wiederverwendet) · {written} geschrieben</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>{prompt} im Prompt · {written} geschrieben</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>{rate} tok/s Schreiben · {read} tok/s Lesen des Prompts · erstes Token nach {ttft} ms · {total} s insgesamt</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Geschwindigkeit</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 unbekannt</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>Diese Antwort wurde von {old} ({old_sha}) geschrieben; das jetzt geladene Modell ist {new} ({new_sha}), daher wird die neue Antwort nicht dieselbe sein.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>ein anderes Modell</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>Dieses Modell ist zugangsbeschränkt: Die Lizenz auf seiner Seite im Hub akzeptieren (angemeldet beim Hugging Face-Konto) und dann in den Einstellungen ein Token dieses Kontos hinzufügen.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>Ein Modell in der Liste auswählen, um seine Dateien zu sehen.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Solange Hearth offline ist, können die Dateien nicht aufgelistet werden: Sie erscheinen hier, bereit zum Herunterladen, sobald der Hub erreichbar ist.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>Spalten von {table}</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>Kontext %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>Ein JSON-Schema, dem jede Antwort folgen muss: Das Modell kann dann nur dazu gültiges JSON schreiben (Grammatik von llama.cpp), und die Antwort wird am Ende geprüft. Leer lassen für freien Text. Bleibt erhalten, bis Hearth beendet wird.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>Leer: freier Text. Zum Beispiel {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>Das Schema ist länger als {n} Zeichen. Bis es korrigiert ist, sind Antworten freier Text.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>Das ist kein JSON ({reason} in Zeile {line}, Spalte {column}). Bis es korrigiert ist, sind Antworten freier Text.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>Das ist kein JSON ({reason}). Bis es korrigiert ist, sind Antworten freier Text.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>Ein Schema ist ein JSON-Objekt, etwa {example}. Bis es korrigiert ist, sind Antworten freier Text.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ Empfohlen</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>Passt in den GPU-Speicher: die schnellste Art, es auszuführen.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>Teils auf der GPU, der Rest im RAM: Es läuft, aber langsamer als ganz auf der GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>Passt in den RAM dieses Computers und läuft auf der CPU.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>Zu groß für den freien Speicher dieses Computers: Es würde nicht oder nur sehr langsam laden.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Passung</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ installiert</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>etwa {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Repository</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Likes</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Zugang</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>Beschränkt</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>Zum Herunterladen die Lizenz auf dem Hub akzeptieren und das Token in den Einstellungen hinzufügen.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantisierung</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln Teil)</numerusform>
                <numerusform>{name} (%Ln Teile)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>Die beste Qualität, die bequem in den Speicher dieses Computers passt.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>{model} Modell + {projector} Vision-Projektor</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>Beliebiger freier Port</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: Nur Programme auf diesem Computer können sich verbinden. Jede andere Adresse (0.0.0.0 für alle Netzwerke) lässt andere Computer zu und erfordert den API-Schlüssel.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>Der Server ist aus.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>Stellt {model} bereit.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>Kein Modell geladen: Anfragen erhalten einen Fehler, bis der Chat eines lädt.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>Die Antwort des Chats verwendet das Modell; %n Anfrage wartet.</numerusform>
                <numerusform>Die Antwort des Chats verwendet das Modell; %n Anfragen warten.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>Die Antwort des Chats verwendet das Modell.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>Beantwortet eine Anfrage; {n} wartend.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>Beantwortet eine Anfrage.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>Leerlauf, {n} wartend.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>Leerlauf.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>Der Chat hat Vorrang vor wartenden Anfragen.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter sendet (Umschalt+Enter beginnt eine neue Zeile)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Strg+Enter sendet (Enter beginnt eine neue Zeile)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie im System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>Heruntergeladene Modelle</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>Mit einem Token kann Hearth zugangsbeschränkte Modelle herunterladen, deren Lizenz auf dem Hub akzeptiert wurde. Ein Lese-Token unter huggingface.co/settings/tokens erstellen. Es wird im Schlüsselbund des Systems gespeichert (oder, falls keiner vorhanden ist, bis zum Beenden von Hearth im Arbeitsspeicher), nie in den Dateien oder Protokollen von Hearth.</translation>
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
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>Hoch</translation>
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
            <translation>{m} Min. {s} s</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>Denkt nach … {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Denkt nach …</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>Gedanken</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>Weniger als eine Sekunde nachgedacht</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>{time} nachgedacht</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>fertig in {ms} ms</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>fehlgeschlagen nach {ms} ms</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>wird geschrieben …</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>nicht ausgeführt</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>möchte ausführen</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>wird ausgeführt …</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>Der Aufruf ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>Dieser Aufruf wurde abgelehnt; das Modell wird darüber informiert.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>Ausführen?</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>Das Modell zuerst ein Tool aufrufen lassen</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>Liste der Server wird gelesen …</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>Dieser Server bietet keine Tools an.</translation>
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
            <translation>Liest Bilder: lädt einen Vision-Projektor (mmproj, {size}) mit dem Modell herunter</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>Liest Bilder: lädt seinen Vision-Projektor (mmproj, {size}) mit dem Modell</translation>
        </message>
        <message>
            <source>{text}, {tag}: {sentence}</source>
            <translation>{text}, {tag}: {sentence}</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Write a short poem about the sea</source>
            <translation>Schreibe ein kurzes Gedicht über das Meer</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>Schlage fünf Namen für ein graues Kätzchen vor</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>Erzähl mir eine Gutenachtgeschichte über einen Roboter, der backen lernt</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>Formuliere das höflicher um: Schick mir jetzt den Bericht</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>Ein Modell in der Leiste oben auswählen oder unten eines finden, das zu diesem Computer passt.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>Ein besseres Modell für diesen Computer finden</translation>
        </message>
    </context>
</TS>
