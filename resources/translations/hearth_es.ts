<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>Acerca de Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>El llavero del sistema no permitió leer la clave de API, así que solo se conserva hasta que Hearth se cierre.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>El llavero del sistema no permitió guardar la clave de API, así que solo se conserva hasta que Hearth se cierre.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>El llavero del sistema no permitió eliminar la clave de API, así que solo se conserva hasta que Hearth se cierre.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth no pudo escuchar en {host}, puerto {port}: puede que otro programa esté usando ese puerto; elige otro.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>Esperando a que termine una solicitud a la API…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>Buscar, descargar y gestionar modelos</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>El procesador, la memoria y las GPU de este equipo, y lo que el motor puede usar</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>Ofrecer el modelo del chat a otros programas mediante una API compatible con OpenAI</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Herramientas</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>Servidores MCP: las herramientas que un modelo puede usar; cada una pide permiso antes de ejecutarse</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>Preferencias: chat, apariencia, carpetas de modelos, red y datos</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Guardando antes de que Hearth se cierre…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>El historial no está guardado.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth no ha guardado todo</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, así que lo que ves aún no está guardado (%n cambio). Libera espacio o cierra el programa que usa el historial, y Hearth lo guardará y se cerrará.</numerusform>
                <numerusform>{problem}, así que lo que ves aún no está guardado (%n cambios). Libera espacio o cierra el programa que usa el historial, y Hearth lo guardará y se cerrará.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Mantener Hearth abierto</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Salir sin guardar</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth sigue intentando guardar.</translation>
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
            <translation>Adjunto {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Algo salió mal: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Descartar mensaje</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>Oculta este mensaje</translation>
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
            <translation>Desactivada</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>El espacio máximo en disco que pueden ocupar los estados de conversación guardados; «Desactivada» no guarda ninguno</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>Tamaño de la caché de conversaciones</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>Vaciar caché</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>Vaciar la caché de conversaciones</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>Eliminar todos los estados de conversación guardados (tus conversaciones se conservan)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Espacio en disco</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En uso</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>Las respuestas en una conversación que vuelves a abrir empiezan al instante, porque el motor guarda su estado en este equipo; esto limita el espacio en disco que ocupa, y las conversaciones usadas hace más tiempo se eliminan primero.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>Vaciando…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>Los mensajes, el más reciente al final; Arriba y Abajo pasan de un mensaje a otro</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>La respuesta falló: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>La respuesta falló.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>Adjuntar archivos (o suéltalos aquí, o pégalos)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>Adjuntar archivos o imágenes: el modelo cargado lee imágenes (o suéltalos aquí, o pégalos)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>Activado: las respuestas usan fragmentos de tus carpetas de conocimiento</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>Desactivado: las respuestas no buscan en tus carpetas de conocimiento</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Adjuntar</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Adjuntar archivos</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Conocimiento</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>Responder a partir de las carpetas de conocimiento</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>Escribe al modelo ({send} envía, {newline} para una nueva línea)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Detener la respuesta (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>Enviar ({keys})</translation>
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
            <translation>Este mensaje es demasiado largo para enviarlo, incluso dejando fuera todos los mensajes anteriores. El contexto del modelo admite {n_ctx} tokens; {kept} se reservan para la respuesta.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Los mensajes más antiguos se dejarán fuera de la próxima respuesta para hacer sitio. El contexto del modelo admite {n_ctx} tokens; {kept} se reservan para la respuesta.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Quedan {left} tokens antes de que se dejen fuera los mensajes anteriores. El contexto del modelo admite {n_ctx} tokens; {kept} se reservan para la respuesta.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>No se pudo guardar la imagen pegada para adjuntarla.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>Añade una carpeta de conocimiento en Configuración para responder a partir de tus documentos</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>No se pudo obtener la lista.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>El servidor en {url} no tiene ningún modelo en su lista.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model} respondió en {total_ms} ms: primer token a los {ttft_ms} ms, {tokens} tokens a {rate} tokens/s («{reply}»).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>«{name}» respondió en {ms} ms sin ningún modelo.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>«{name}» respondió en {ms} ms con 1 modelo: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>«{name}» respondió en {ms} ms con %n modelo: {listed} y {more} más.</numerusform>
                <numerusform>«{name}» respondió en {ms} ms con %n modelos: {listed} y {more} más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>«{name}» respondió en {ms} ms con %n modelo: {listed}.</numerusform>
                <numerusform>«{name}» respondió en {ms} ms con %n modelos: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>Chatea con modelos de otra máquina o servidor: llama-server, vLLM, Ollama, LM Studio, otro Hearth o un servicio alojado (cualquier servidor que hable la API de OpenAI). Los modelos de una conexión aparecen en el selector de modelos bajo su nombre.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>Conexión y sus modelos</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>Conexiones y sus modelos</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>Columnas de conexiones</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Usar este modelo</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>Chatear con el modelo elegido</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Probar</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>Listar los modelos del servidor y medir el tiempo de una respuesta corta</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>Olvidar esta conexión y su clave de API</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>Quitar la conexión</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>Volver a pedir a cada servidor sus modelos</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>Actualizar las conexiones</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>p. ej., {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>opcional: se guarda en el llavero del sistema, nunca en un archivo</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>Añadir conexión</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>Añadir una conexión</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>Probando «{name}»: listando sus modelos y midiendo una respuesta corta…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>Quitando «{name}»…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>Añadiendo «{name}»…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>Importada · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importada</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>Último cambio: {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Importada de un archivo</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>El archivo del historial está dañado y Hearth no pudo repararlo ({reason}). Se muestra lo que se puede leer; los chats nuevos se guardan en memoria hasta que se pueda escribir el archivo.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>Más descargados</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>Más populares</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>Actualizados recientemente</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Buscar modelos GGUF en el hub (p. ej., qwen, llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Buscar en el hub</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Busca modelos GGUF en el hub; sin palabras, muestra los modelos recomendados.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>Ordenar los resultados por</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>Modelos recomendados</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Modelos encontrados en el hub</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>Modelos recomendados, de menor a mayor: un buen punto de partida.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Buscando «{query}» en el hub…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln repositorio GGUF</numerusform>
                <numerusform>%Ln repositorios GGUF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Nada en el hub coincide con «{query}»; %Ln modelo recomendado coincide.</numerusform>
                <numerusform>Nada en el hub coincide con «{query}»; %Ln modelos recomendados coinciden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Nada en el hub coincide con «{query}».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln modelo recomendado coincide con «{query}».</numerusform>
                <numerusform>%Ln modelos recomendados coinciden con «{query}».</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>Ningún modelo recomendado coincide con «{query}».</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>En pausa: Hearth está sin conexión. Se reanuda cuando Hearth vuelva a estar en línea.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>En espera: Hearth está sin conexión.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>En pausa al cerrarse Hearth: reanuda para terminar la descarga.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>Detenida: no llegan datos. Hearth sigue intentándolo.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>No se pudo iniciar la descarga: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>La descarga falló: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Progreso de {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>Pausar {name}</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Detenida</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>Reintentar {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>Reanudar {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>Quitar {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>Cancelar {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>Quitar de esta lista (el modelo sigue instalado)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>Detener y eliminar lo que se ha descargado</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>Aún no hay descargas. Los modelos que descargues desde Descubrir aparecen aquí.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>Cerrar {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>Cerrar ({key})</translation>
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
            <translation>Modelos de otras aplicaciones</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>Estos archivos de modelo los descargaron otras aplicaciones. Hearth puede usarlos donde están: no se copia ni se vuelve a descargar nada.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>Marca los modelos que quieras usar; Espacio marca o desmarca el actual.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>Usar los modelos marcados</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth no pudo examinar el hardware de este equipo: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>No se pudo preguntar al motor qué puede usar: {reason}</translation>
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
            <translation>Copiar informe</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>Copiar todo el contenido de esta página como texto, p. ej., para un informe de error.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>Volver a examinar el hardware y el motor.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>No se usa la GPU</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Copiar comando</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>Copiar el comando para pegarlo en una terminal.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>Motor (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Dispositivos</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Cómo buscó Hearth las tarjetas gráficas</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Funcionó</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>No funcionó</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Examinando…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>Consultando al motor…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>Examinando este equipo y el motor…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} núcleos, {threads} hilos</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>{total} en total, {available} disponibles</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>No se encontró ninguna GPU en este equipo: los modelos se ejecutan en la CPU.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>no se indica ninguno</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>Sí: esta compilación puede colocar capas en la GPU ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>Compilado con {backends}, pero no ve ningún dispositivo GPU: los modelos se ejecutan en la CPU.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>No: esta compilación del motor es solo para CPU; los modelos se ejecutan en la CPU.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Procesador</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Núcleos</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>Memoria (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Backends</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>Descarga en GPU</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>Funciones de la CPU</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>Opciones de compilación</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>Información del sistema</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Motor</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>Dispositivos del motor</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>Comprobaciones de GPU que funcionaron</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>Comprobaciones de GPU que no funcionaron</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>Todas las comprobaciones funcionaron.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>Ninguna comprobación funcionó.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Archivos de registro de Hearth, en {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>Acerca de Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (copia)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nuevo chat</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>Duplicada como «{title}».</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth no pudo duplicar la conversación: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth no pudo exportar la conversación: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth no pudo exportar el historial: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>1 conversación importada.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>%n conversación importada.</numerusform>
                <numerusform>%n conversaciones importadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth no pudo importar el archivo: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exportado a {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth está sin conexión (Configuración): no se contacta con el hub.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>No se puede acceder al hub, así que Hearth funciona sin conexión por ahora: tus modelos y chats siguen funcionando. Vuelve a intentarlo cuando haya red.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Sigue sin poder accederse al hub; Hearth sigue sin conexión.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>No se pudo cargar el modelo: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>El esquema JSON no se aplica mientras las herramientas estén activadas en este chat: desactívalas en el menú Herramientas para obtener una respuesta con esa forma.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>Algo salió mal al responder: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Archivos que Hearth no pudo leer — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>%n archivo de {folder} no se pudo leer; en los demás se puede buscar. Corrige un archivo y se volverá a leer automáticamente.</numerusform>
                <numerusform>%n archivos de {folder} no se pudieron leer; en los demás se puede buscar. Corrige un archivo y se volverá a leer automáticamente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>Archivos que no se pudieron leer, y por qué</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>El modelo de embeddings se está cargando; hasta que esté listo, la búsqueda usa solo palabras.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>La búsqueda por significado está desactivada: {reason}. La búsqueda usa solo palabras.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>Carpetas de conocimiento</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>Columnas de carpetas</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Añadir carpeta…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>Añadir una carpeta de conocimiento</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>Quitar la carpeta de conocimiento</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>Olvidar los fragmentos de esta carpeta (sus archivos se conservan)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>Pausar la indexación; lo ya leído se conserva</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>Reindexar</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>Volver a comprobar todas las carpetas ahora (solo se leen los cambios)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>Errores…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Archivos que no se pudieron leer</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>Los archivos de esta carpeta que no se pudieron leer, y por qué</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>Un modelo de embeddings encuentra fragmentos por su significado además de por sus palabras. Descarga uno ({examples}) en Modelos.</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Modelo de embeddings</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth lee los documentos de estas carpetas (texto, Markdown, código, PDF y archivos de Office) y guarda un índice en este equipo, para que un chat pueda responder a partir de ellos y citar sus fuentes. Los cambios en las carpetas se detectan automáticamente.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>Mostrar los archivos que no se pudieron leer, y por qué</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>Todas las carpetas están al día.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>Se indexó %n archivo modificado.</numerusform>
                <numerusform>Se indexaron %n archivos modificados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Indexando {done} de %n archivo — {current}</numerusform>
                <numerusform>Indexando {done} de %n archivos — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>En pausa: los cambios en las carpetas se leen al reanudar.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>En pausa en {done} de %n archivo — {current}</numerusform>
                <numerusform>En pausa en {done} de %n archivos — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>No hay ningún modelo de embeddings configurado: la búsqueda usa solo palabras. Elige uno arriba; en Modelos hay algunos pequeños para descargar.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>La búsqueda usa palabras y significado.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Cuantización</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Arquitectura</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Comprobado</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● Cargado</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>No utilizable</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>Comprobando… {percent} %</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>No coincide</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Sin verificar</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>El sha256 del archivo coincide: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>El sha256 del archivo no coincide con el esperado: ha cambiado o está dañado. Elimínalo y vuelve a descargarlo.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>Aún no comprobado: Verificar calcula el hash del archivo.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>Cargado: el chat usa este modelo ahora.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>Quitar de la biblioteca…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Leyendo la biblioteca…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>Modelos de la biblioteca</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Intro abre un chat con el modelo seleccionado; Supr lo elimina o lo quita.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>Columnas de la biblioteca</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>Usar</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>Chatear con este modelo</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>Calcular el hash del archivo y compararlo con el esperado</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>Importar archivo de modelo…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>Usar un archivo de modelo del disco donde está (no se copia)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>Buscar modelos de otras aplicaciones</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>Buscar archivos GGUF descargados por LM Studio, llama.cpp, GPT4All, Jan u Ollama</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>{name} añadido; comprobando su archivo…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} eliminado.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>{name} se quitó de la biblioteca; el archivo se queda en {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln modelo · {size} en disco</numerusform>
                <numerusform>%Ln modelos · {size} en disco</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Comprobando {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>Importar archivos de modelo</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Archivos de modelo GGUF (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>Comprobando %Ln archivo…</numerusform>
                <numerusform>Comprobando %Ln archivos…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>{name} está verificado.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} no coincide con su suma de comprobación: elimínalo y vuelve a descargarlo.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>{name} aún no tiene nada con qué compararse.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>Buscando modelos descargados por otras aplicaciones…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>No se encontraron modelos de otras aplicaciones que no estén ya en la lista.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>Se encontró %Ln modelo de otras aplicaciones.</numerusform>
                <numerusform>Se encontraron %Ln modelos de otras aplicaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Eliminar modelo</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>¿Eliminar {name} ({file}, {size})?
Hearth lo descargó: el archivo se elimina de la caché de Hugging Face.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>Quitar de la biblioteca</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>¿Quitar {name} ({file}, {size}) de la biblioteca?
El archivo se queda en el disco, en {path}: Hearth no lo descargó, así que Hearth nunca lo elimina.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>El modelo con el que chatear</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>Abrir archivo de modelo…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>Usar un archivo de modelo (.gguf) del disco, en su sitio (no se copia)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Modelos…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>Buscar, descargar y gestionar modelos ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Cargando el modelo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>Detener la carga de este modelo</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>Cancelar la carga del modelo</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>Mostrar u ocultar el panel de parámetros</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Ningún modelo</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>contexto %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>Tokens del contexto del modelo que usa este chat</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Contexto usado</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nuevo chat</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>Ir al cuadro de mensaje</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>Detener</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Chat</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Exportar conversación…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>Guardar la conversación abierta como archivo Markdown</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Exportar todo…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configuración…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>Tamaño de texto del sistema</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>Hardware…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>El procesador, la memoria y las GPU de este equipo, y lo que el motor puede usar</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
Formato de chat: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Abrir un archivo de modelo</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Archivos de modelo GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Conversación eliminada.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
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
            <translation>Exportar conversación</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Historial de Hearth</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>Exportar todo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exportado a {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Mensaje eliminado junto con el mensaje que había debajo.</numerusform>
                <numerusform>Mensaje eliminado junto con los %n mensajes que había debajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>Mensaje eliminado junto con la respuesta que había debajo.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Mensaje eliminado.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Aún sin guardar</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth sigue intentándolo; no se pierde nada.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} Lo que ves se conserva y se guardará en cuanto sea posible.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Reintentar ahora</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>Elige un modelo para empezar</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Cargando el modelo…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Escribiendo…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Pensando…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · primer token {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · {kept} % del borrador aceptado · primer token {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>Leyendo la conversación ({count} tokens)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Recargar modelo</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>No hay ningún servidor MCP llamado «{name}».</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>Bloqueado por el modo sin conexión: {host} no está en este equipo.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>El servidor MCP «{name}» está desactivado.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Copiar el código</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleccionar todo</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>Editar tu mensaje</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>Editar la respuesta</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Texto del mensaje</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>Dejar el mensaje como estaba (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>Guardar y regenerar</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>Guardar como nueva versión y escribir una nueva respuesta ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>Reemplazar el texto y conservar la respuesta de debajo</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>Reemplazar el texto de la respuesta ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>Un mensaje no puede estar vacío: escribe algo o pulsa Cancelar.</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>Se está escribiendo una respuesta: detenla o deja que termine y luego guarda la edición.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>Carga un modelo para escribir una nueva respuesta; Guardar conserva la edición sin ella.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>Este mensaje ya no está en la conversación.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Versión anterior</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Versión siguiente</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>Copiar el mensaje</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>Editar el mensaje aquí</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Regenerar</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>Escribir una nueva respuesta</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>Eliminar el mensaje</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>Acerca de esta respuesta, y Reproducir</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>Seguir escribiendo esta respuesta</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>escribiendo…</translation>
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
            <translation>Versión {index} de {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Descubrir</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configuración…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} ya está descargado: está en la Biblioteca.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} está en cola; empezará cuando Hearth vuelva a estar en línea.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} se está descargando: consulta la pestaña Descargas.</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>Descargas (%Ln)</numerusform>
                <numerusform>Descargas (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>{name} está descargado y verificado: está en la Biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>En otros servidores</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}: bloqueado en modo sin conexión</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}: sin modelos (pasa el cursor para ver por qué)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>El modelo que usa el chat</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{model} en el servidor de {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>Volver al chat</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>Volver al chat ({keys})</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>Volver al chat</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Tus conversaciones</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Ir a {page}</translation>
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
            <translation>Preajuste</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>Guardar como nuevo preajuste</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>Guardar los parámetros actuales como nuevo preajuste.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Muestreo</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>Usar {field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Ctrl+Tab inserta una tabulación.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>uno por línea, p. ej., \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>Eres un asistente útil.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Prompt del sistema</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>auto</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Hilos</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>Elegir las capas de GPU automáticamente</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Capas de GPU</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Recargar modelo</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>Volver a cargar el modelo con esta configuración.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Guardar preajuste</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>Nombre del nuevo preajuste:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>El prompt del sistema propio de este chat (los chats nuevos empiezan con el de Configuración).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>El prompt del sistema predeterminado para los chats nuevos (cámbialo en Configuración).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>Sin prompt del sistema. Se puede definir uno predeterminado para los chats nuevos en Configuración.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>El motor usa {n}.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>auto</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>Hearth elige al cargar el modelo.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>Elegido según el ajuste para este modelo y la memoria de este equipo: {used} capas en la GPU. Desmarca Auto para elegirlo tú.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>Elegido según el ajuste: todas las capas se ejecutan en la CPU. Desmarca Auto para elegirlo tú.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth no pudo guardar su configuración.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} Tus cambios se aplican hasta que Hearth se cierre.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>Guardar, renombrar o eliminar preajustes</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>Acciones del preajuste</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>Guardar como nuevo preajuste…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>Guardar con el prompt del sistema…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>Al elegir este preajuste más adelante también se establece el prompt del sistema que se ve ahora</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>Cambiar nombre de «{preset}»…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>Eliminar «{preset}»</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>Cambiar nombre del preajuste</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>Nuevo nombre para «{preset}»:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>Enviar «{prompt}»</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>Envía este prompt al modelo</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>Volver a escribir esta respuesta exactamente con esta configuración</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>Reproducir de todos modos</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>Acerca de esta respuesta</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>Esta respuesta no se puede reproducir: Hearth no guardó su muestreo ni su semilla.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>Carga un modelo para reproducir esta respuesta.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>Se está escribiendo una respuesta: reproduce esta cuando termine.</translation>
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
            <translation>Abrir en el hub</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>Abre la página del modelo en el navegador</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configuración…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>Añade un token de Hugging Face en Configuración</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>Archivos de modelo para descargar</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>Un archivo por cuantización; Intro descarga el seleccionado.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>Cargando los archivos del modelo…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} parámetros · ≈ {size} · Licencia: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>Licencia: {licence} · Acceso: restringido</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>Licencia: {licence} · Acceso: abierto</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>Este modelo no tiene descripción.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>Este repositorio no tiene archivos de modelo GGUF que Hearth pueda usar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln archivo de modelo, uno por cuantización: los archivos más pequeños son más rápidos y necesitan menos memoria; los más grandes responden mejor.</numerusform>
                <numerusform>%Ln archivos de modelo, uno por cuantización: los archivos más pequeños son más rápidos y necesitan menos memoria; los más grandes responden mejor.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>De la cabecera de {name}: {note} Caben hasta {tokens} tokens de contexto.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>De la cabecera de {name}: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>Descargar {name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>Tokens/s</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Finalizada</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>stream</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>completa</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}, el cliente se desconectó</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>Mostrar u ocultar las conversaciones</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>Mostrar u ocultar los parámetros</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>Esquema JSON</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>Editores, scripts y otras aplicaciones pueden usar el modelo cargado en el chat mediante una API compatible con OpenAI. El chat tiene prioridad: sus solicitudes esperan mientras responde.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>Servir la API</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>Iniciar o detener el servidor (se inicia con Hearth mientras esté activado)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>Copiar URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>Copiar la URL base que usan los clientes (termina en /v1)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>Ninguno: las páginas web no pueden llamar a la API</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>Orígenes web cuyas páginas pueden llamar a la API desde un navegador (CORS), separados por espacios o comas, p. ej., {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Puerto</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>&amp;Orígenes web</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>Dónde escucha</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Quitar clave</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>Permitir el acceso sin clave a los programas de este equipo</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>La nueva clave de API</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>Copiar la nueva clave</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>Copia la clave ahora: Hearth no volverá a mostrarla.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>Solicitudes atendidas</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>Columnas de solicitudes</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>Otros equipos pueden acceder a {host}: necesitan la clave de API para usar el modelo.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>Servir en {host} permite el acceso a otros equipos, así que necesita una clave de API: crea una abajo primero.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>Nueva clave</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>Crear clave</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>Crear una clave nueva: la anterior deja de funcionar al instante</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>Crear una clave que todos los clientes deben enviar</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>Hay una clave definida: todos los clientes deben enviarla ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>Sin clave: cualquier programa de este equipo puede usar la API.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>Sirviendo en {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>Activado</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>Usar el servidor {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>Desactivado: sus herramientas no se ofrecen a ningún chat</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>Mostrar herramientas</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>Mostrar las herramientas de {name}</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>Volver a preguntar antes de ejecutar cada herramienta de este servidor</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>No se pudo listar ninguna herramienta.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>Olvidar «Permitir siempre» ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>Ocultar herramientas</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>Iniciando el servidor y pidiéndole sus herramientas…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>Ninguno: los chats nuevos empiezan sin prompt del sistema.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>Instrucciones con las que empieza cada chat nuevo. Cada conversación conserva las suyas, que puedes cambiar en el panel junto al chat; esto no cambia ningún chat existente.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Tamaño del sistema</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>El tamaño del texto de la conversación y del cuadro de mensaje</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>Prompt del sistema predeterminado</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>Enviar con</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} y {smaller} cambian el tamaño del texto en cualquier lugar; {reset} lo restablece.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>El idioma de la ventana de Hearth</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Hearth mostrará el nuevo idioma la próxima vez que se inicie.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Carpetas de modelos</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Añadir carpeta…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Añadir una carpeta de modelos</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>Quitar la carpeta de modelos</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>Dejar de listar los modelos de esta carpeta (los archivos se conservan)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth muestra los modelos GGUF de estas carpetas (y sus subcarpetas) en la Biblioteca junto a sus propias descargas, y los usa donde están.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Conocimiento</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>Trabajar sin conexión: no conectarse nunca al hub</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>Sin búsquedas ni descargas; los modelos que tienes y tus chats siguen funcionando.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Cuántas descargas se ejecutan a la vez</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>Descargas simultáneas</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>Red y descargas</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>Caché de conversaciones</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>Mostrar {folder} en el gestor de archivos</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>Abrir la carpeta «{kind}»</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>Dónde se guardan tus datos</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>Los atajos funcionan en cualquier parte de la ventana principal, salvo que se indique dónde.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>Nuevo chat</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>Empezar una conversación nueva ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Empezar una conversación nueva</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>Buscar chats ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Buscar chats</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>Busca las conversaciones cuyos mensajes contienen estas palabras</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Intro abre una conversación; F2 le cambia el nombre, Supr la elimina y la tecla de menú muestra sus otras acciones</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Acciones de la conversación</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
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
            <translation>Duplicar</translation>
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
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>Abrir el fragmento</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>Fuente {source}: abrir el fragmento</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>Pensar</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>Deja que el modelo piense antes de responder (su razonamiento se muestra aparte, contraído). Desactivado: responde de inmediato.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>Pensar antes de responder</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>Esfuerzo de razonamiento</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>Cuánto razona el modelo antes de responder</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>Ocultar el razonamiento del modelo</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>Mostrar el razonamiento del modelo</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Token de Hugging Face</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>Pega un token de lectura de huggingface.co/settings/tokens</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>Preguntar al hub de quién es este token</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>Guardar el token en el llavero del sistema</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>Olvidar el token guardado</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>Pega primero un token.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Consultando al hub…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>Este token pertenece a {user}.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>No hay ningún token guardado: los modelos públicos se descargan sin él.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>Hay un token guardado en el llavero del sistema.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>El token solo se conserva hasta que Hearth se cierre.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>Permitir una vez</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>Permitir siempre esta herramienta</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Denegar</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>Ejecutar esta llamada ahora; volver a preguntar la próxima vez</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>Ejecutar las llamadas de esta herramienta sin preguntar durante esta sesión</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>No ejecutarla; se le indica al modelo que se denegó</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>Llamada a la herramienta {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>Herramientas</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>Herramientas para este chat</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>Qué herramientas de servidores MCP puede usar este chat</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>La primera respuesta a cada mensaje llama a una de las herramientas (los modelos pequeños a menudo solo llaman a herramientas cuando se les indica)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>Herramientas ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>{used} de %n servidor de herramientas activado para este chat</numerusform>
                <numerusform>{used} de %n servidores de herramientas activados para este chat</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>Las herramientas permiten al modelo consultar información y actuar por ti mediante servidores MCP (Model Context Protocol), los mismos que usan Claude Desktop, LM Studio y Cursor. Cada herramienta te pide permiso antes de ejecutarse y muestra lo que recibió y lo que devolvió.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>El modo sin conexión bloquea los servidores a los que se accede por la red, excepto los de este equipo (localhost). Los servidores que Hearth inicia como programa solo se ejecutan cuando un chat los necesita.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>Importar servidores MCP</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>Añadir servidores desde la configuración MCP de otra aplicación</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>Servidores MCP</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth guarda sus servidores en {file}.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>Aún no hay servidores MCP: importa los de otra aplicación o añádelos al archivo de abajo.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Desde un archivo…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>Desde {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>Configuración MCP (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>Añadido: {servers}.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>No se añadió ningún servidor.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>La conversación es más larga que el contexto del modelo ({n_ctx} tokens): el mensaje más antiguo (%n) se dejó fuera de esta respuesta. Se conservó el prompt del sistema.</numerusform>
                <numerusform>La conversación es más larga que el contexto del modelo ({n_ctx} tokens): los %n mensajes más antiguos se dejaron fuera de esta respuesta. Se conservó el prompt del sistema.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>No se pudo leer un archivo: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>No se pudo leer {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>Desplazarse al último mensaje</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>Prueba uno de estos</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>Abrir el gestor de modelos: se marcan los modelos que caben en la memoria de este equipo</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>Todo se ejecuta en este equipo: lo que escribes se queda aquí.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>Cargando {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>Un prompt elegido ahora espera en el cuadro de mensaje.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>Aún no hay modelo</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>El motor aún no se ha iniciado: carga un modelo para ver cómo se compiló llama.cpp.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (en la lista activa)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (en el campo activo)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>No hay ningún llavero del sistema disponible, así que la clave de API solo se conserva hasta que Hearth se cierre; los clientes necesitarán una nueva la próxima vez.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>finalizada</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>límite de longitud</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>cadena de parada</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>contexto lleno</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>detenida</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>error</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>Servir en {host} permite que otros equipos usen el modelo, así que necesita una clave de API: crea una abajo o sirve en 127.0.0.1.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>El modelo cargado no puede leer imágenes ({names}). Carga un modelo con visión o quita la imagen para enviar el mensaje.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} no es una imagen que Hearth pueda leer.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · primer token {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · {kept} % del borrador aceptado · primer token {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>leyendo la conversación…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenido</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>interrumpido: la aplicación se cerró mientras se escribía</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Tú</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Asistente</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>Pidiendo a los servidores sus modelos…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>Aún no hay conexiones: añade una abajo.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} de {year}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Hearth is in offline mode, so the connection “{name}” to {host} is blocked: only servers on this machine (localhost) can be used. Turn offline mode off in the settings to use it.</source>
            <translation>Hearth está en modo sin conexión, así que la conexión «{name}» a {host} está bloqueada: solo se pueden usar servidores de este equipo (localhost). Desactiva el modo sin conexión en la configuración para usarla.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>Tu mensaje ocupa {tokens:,} tokens con el prompt del sistema; el contexto del modelo admite {n_ctx:,}. Acórtalo o carga el modelo con un contexto mayor.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>Los documentos adjuntos no caben en el espacio que queda en el contexto de este chat, ni siquiera como unos pocos fragmentos; inicia un chat nuevo o carga el modelo con un contexto mayor.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>ningún modelo de embeddings</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Cabe en la GPU con un contexto de {ctx:,} tokens: unos {total} (estimación).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Cabe con {layers} de {n} capas en la GPU y el resto en la RAM, con un contexto de {ctx:,} tokens: unos {total} (estimación).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Cabe en la RAM con un contexto de {ctx:,} tokens: unos {total} (estimación).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>Necesita unos {total} con un contexto de {ctx:,} tokens, más de lo que hay libre; cabría un contexto de {max_ctx:,} tokens (estimación).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>Necesita unos {total}, más memoria de la que este equipo tiene libre (estimación).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>Admite unos {f16:,} tokens de contexto con una caché f16, {q8_0:,} con q8_0 y {q4_0:,} con q4_0 (estimación).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>Todo su contexto de entrenamiento, de {ctx:,} tokens, cabe con cualquier tipo de caché (estimación).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>Este modelo no puede guardar su caché {part} como {type}: sus cabezas de atención miden {length} valores, que no es múltiplo de {block}. Elige f16 para este modelo.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>la carpeta es de solo lectura</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>otro programa está usando el archivo del historial</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>el archivo del historial está dañado</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>el disco informó de un error</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>la base de datos informó de un error</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>no se pudo abrir el archivo del historial</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth no pudo abrir su historial: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth no pudo leer su historial: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth no pudo guardar en su historial: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth no pudo actualizar su historial: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth no pudo actualizar su historial: {why}; tus chats no se modificaron.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth no pudo escribir {name}: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth no pudo abrir su historial: su carpeta está en un disco que no puede guardarlo de forma segura (¿una unidad de red?).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>Este historial lo escribió una versión más reciente de Hearth; actualiza Hearth para abrirlo.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>No se puede acceder al hub: revisa la red o usa Hearth sin conexión.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth está sin conexión: no se contacta con el hub hasta que desactives el modo sin conexión.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>Pequeño y rápido: bueno para probar Hearth y jugar con las palabras, no para datos.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>Un modelo en este equipo. Prueba uno de los prompts de abajo para ver en qué destaca.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>Reintentando en {delay:g} s: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>La descarga siguió fallando tras varios intentos: {why} El archivo parcial se conserva; reanúdala más tarde.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>No hay ningún llavero del sistema disponible, así que tu token de Hugging Face solo se conserva hasta que Hearth se cierre; tendrás que introducirlo de nuevo la próxima vez.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>No hay ningún modelo cargado.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>El motor no se está ejecutando; vuelve a iniciarlo.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>El motor no respondió a tiempo y se detuvo.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>El motor se cerró a petición.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>El motor se detuvo inesperadamente. Lo escrito hasta ahora se conserva; el motor se vuelve a iniciar con la siguiente solicitud.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>El motor se detuvo inesperadamente: {reason}. Lo escrito hasta ahora se conserva; el motor se vuelve a iniciar con la siguiente solicitud.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} no puede servir de borrador para {model}: sus vocabularios son distintos.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>{draft} no se usa como modelo de borrador para las respuestas. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>El motor no pudo leerlo.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>No había memoria para su contexto.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>No se pudo cargar el modelo: {reason}. Puede que el archivo esté dañado o que se hiciera para un motor más reciente que el de esta versión de Hearth.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>No hay ningún modelo de embeddings configurado: la búsqueda usa solo palabras. Elige uno en Configuración → Conocimiento.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>El modelo de embeddings se detuvo ({name}: el motor {reason}), así que la búsqueda usa solo palabras. Elige otro modelo de embeddings en Configuración → Conocimiento o reinicia Hearth para volver a intentarlo.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>No hay memoria suficiente para cargar este modelo con un contexto de {n_ctx:,} tokens ({reason}). Elige un contexto o un modelo más pequeño, o cierra otros programas.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>No hay memoria suficiente para cargar este modelo con un contexto de {context:,} tokens: necesita unos {ram_needed} de RAM y hay {ram_free} libres. El mayor contexto que cabe es de {max_context:,} tokens: carga el modelo con ese valor o menos (estimación).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>No hay memoria suficiente para cargar este modelo con un contexto de {context:,} tokens: necesita unos {ram_needed} de RAM y hay {ram_free} libres. Ni siquiera cabe un contexto pequeño: cierra otros programas o elige un modelo o una cuantización más pequeños (estimación).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>No hay memoria suficiente para cargar este modelo con un contexto de {context:,} tokens: necesita unos {ram_needed} de RAM y {gpu_needed} en la GPU, y hay libres {ram_free} de RAM y {gpu_free} en la GPU. El mayor contexto que cabe es de {max_context:,} tokens: carga el modelo con ese valor o menos (estimación).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>No hay memoria suficiente para cargar este modelo con un contexto de {context:,} tokens: necesita unos {ram_needed} de RAM y {gpu_needed} en la GPU, y hay libres {ram_free} de RAM y {gpu_free} en la GPU. Ni siquiera cabe un contexto pequeño: cierra otros programas o elige un modelo o una cuantización más pequeños (estimación).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Se canceló la carga.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>Falló la carga en la GPU: {why}. Hearth ejecuta el modelo en la CPU, con un contexto de {n_ctx:,} tokens.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>El servidor MCP «{name}» no pudo iniciarse: su carpeta {cwd} no existe.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>El servidor MCP «{name}» no pudo iniciarse: no se encontró el comando «{command}».</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>El servidor MCP «{name}» no pudo iniciarse: el comando «{command}» no es ejecutable.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>El servidor MCP «{name}» envió un mensaje de más de {megabytes} MB y se detuvo.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>El servidor MCP «{name}» envió un mensaje que no es JSON-RPC válido y se detuvo.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>El servidor MCP «{name}» rechazó las credenciales (HTTP {status}); revisa los encabezados que recibe.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>El servidor MCP «{name}» en {url} no respondió: no hay nada escuchando ahí.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>El servidor MCP «{name}» no respondió en {seconds:g} s.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>El servidor MCP «{name}» no respondió en {seconds:g} s; escribió {lines} línea(s) que no son mensajes MCP.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>El servidor MCP «{name}» no pudo iniciarse: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>código de salida {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>terminado por la señal {signal}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>El servidor MCP «{name}» se cerró nada más iniciarse ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>El servidor MCP «{name}» se cerró nada más iniciarse ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>El servidor MCP «{name}» se detuvo ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>El servidor MCP «{name}» se detuvo ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>El servidor MCP «{name}» cerró la conexión al iniciarse.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>El servidor MCP «{name}» cerró la conexión al iniciarse: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>El servidor MCP «{name}» se detuvo.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>El servidor MCP «{name}» se detuvo: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>El servidor MCP «{name}» respondió con HTTP {status}.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>El servidor MCP «{name}» falló: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Detenido.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>El modelo hizo llamadas a herramientas no válidas {rounds} veces seguidas; el chat se detuvo ahí.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>El modelo seguía llamando a herramientas tras {rounds} rondas; el chat se detuvo ahí.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>Conectando</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Reintentando</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Comprobando</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Descargando</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Detenida</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Instalado</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>Quedan {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Este mensaje es demasiado largo para enviarlo: con el prompt del sistema ocupa {tokens} tokens, y el contexto de {n_ctx} tokens del modelo admite {limit} una vez reservado espacio para la respuesta. Acórtalo o carga el modelo con un contexto mayor.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Esta edición es demasiado larga para guardarla: con el prompt del sistema ocupa {tokens} tokens, y el contexto de {n_ctx} tokens del modelo admite {limit} una vez reservado espacio para la respuesta. Acórtala o carga el modelo con un contexto mayor.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>semilla</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>la misma semilla y los mismos parámetros dan la misma respuesta; sin ella, cada respuesta recibe una semilla aleatoria nueva (registrada con la respuesta)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>cadenas de parada</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>la respuesta termina donde aparecería una de estas cadenas (la cadena en sí no se muestra)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>lo arriesgada que es cada elección: 0 elige siempre el token más probable</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>muestreo de núcleo: solo los tokens más probables que suman esta fracción; 1 lo desactiva</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>solo se consideran los K tokens más probables; 0 lo desactiva</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>descarta los tokens menos probables que esta fracción de la probabilidad del token más probable; 0 lo desactiva</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>penalización por repetición</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>hace menos probables los tokens recientes, para evitar bucles; 1 la desactiva</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>ventana de repetición</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>cuántos tokens recientes tiene en cuenta la penalización por repetición</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>todo el contexto</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>máx. tokens</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>la respuesta más larga, en tokens</translation>
        </message>
        <message>
            <source>context</source>
            <translation>contexto</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>longitud del contexto en tokens, como máximo el contexto de entrenamiento del modelo</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>la longitud propia del modelo</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>hilos</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>hilos de CPU (predeterminado: uno por núcleo físico)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Capas de GPU</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>todas las capas</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>tipo de caché K</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>cómo se almacenan las claves de atención: q8_0 y q4_0 admiten más contexto en la misma memoria, con una pequeña pérdida de calidad</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>tipo de caché V</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>cómo se almacenan los valores de atención: q8_0 y q4_0 admiten más contexto en la misma memoria (requieren flash attention)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>decodificación especulativa</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>adivina varios tokens por adelantado y los comprueba en un solo paso: la misma respuesta, más rápida cuando el texto se repite; «Auto» lo usa donde midió que es más rápido en este equipo</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>Cabe en la GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>Cabe dividido</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>Cabe en la CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>No cabe</translation>
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
            <translation>{total}, {free} libres</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>memoria no indicada</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (compartida con la RAM del sistema)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (conjunto de trabajo de Metal)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>de {source}; controlador {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>de {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>GPU integrada</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>acelerador</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>Conversación</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>Ninguno (solo palabras)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Fragmentos</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Descargado del hub</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>Usado en su sitio</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>En una de tus carpetas de modelos</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Integrado</translation>
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
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Hoy, {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 bits por valor: la caché de tamaño completo.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 bits por valor: cerca de la mitad de la memoria de f16, respuestas casi idénticas.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 bits por valor: cerca de una cuarta parte de la memoria de f16; las respuestas pueden cambiar un poco.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>Auto</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>Activado</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}. Se aplica al volver a cargar el modelo.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>Un modelo pequeño con el mismo vocabulario que adivina unos cuantos tokens por adelantado para este: las mismas respuestas, antes. Hearth ofrece los modelos de tu biblioteca que encajan. Se aplica al volver a cargar el modelo.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>Modelo de borrador</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>Ninguno</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>Algo salió mal: {error}. Los detalles están en el registro.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (editado)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>Conjuntos guardados de parámetros de muestreo. «(editado)»: un valor difiere del preajuste.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} Una por línea; escribe \n para un salto de línea dentro de una (por ejemplo, \nUser:), \t para una tabulación y \\ para una barra invertida.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>Instrucciones que el modelo ve antes de la conversación. Se conservan siempre, incluso cuando se dejan fuera mensajes antiguos para ajustarse al contexto.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>Cuántos tokens puede ver el modelo a la vez: la conversación y la respuesta. Un valor mayor usa más memoria. Se aplica al volver a cargar el modelo.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>Hilos de CPU para el motor. Auto (el valor más bajo) es uno por núcleo físico. Se aplica al volver a cargar el modelo.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>Cuántas capas del modelo se ejecutan en la GPU: 0 lo ejecuta solo en la CPU; el extremo opuesto pone ahí todas las capas. Se aplica al volver a cargar el modelo.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Deja que Hearth elija las capas de GPU según el tamaño del modelo y la memoria libre en la GPU y en la RAM (una estimación). Desmárcalo para elegirlas tú.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>Desmarca para desactivar top-p.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>Desmarca para usar una semilla aleatoria nueva en cada respuesta.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>mayor que {low} y como máximo {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>entre {low} y {high}</translation>
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
            <translation>{special}, o {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}. Permitido: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (solo CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>las {n}</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>todas</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>{used} de {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>Los preajustes integrados vienen con Hearth y no se pueden renombrar ni eliminar.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>Equilibrado</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>Preciso</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>Creativo</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>Tutorial con semilla</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>el modelo terminó su respuesta</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>alcanzó el límite de tokens de la respuesta</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>apareció un texto de parada</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>el contexto estaba lleno</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>la detuviste tú</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>la terminó un error</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>un motivo que esta versión de Hearth no conoce</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>no guardado</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>temperatura {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>top-p desactivado</translation>
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
            <translation>penalización por repetición {value} (últimos {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>como máximo {count} tokens</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>parar en {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>{model} en la conexión {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>Formato de chat</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Muestreo</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>Se detuvo porque</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>no terminó</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>{prompt} en el prompt ({reused} reutilizados) · {written} escritos</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>{prompt} en el prompt · {written} escritos</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>{rate} tok/s escribiendo · {read} tok/s leyendo el prompt · primer token a los {ttft} ms · {total} s en total</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 desconocido</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>Esta respuesta la escribió {old} ({old_sha}); el modelo cargado ahora es {new} ({new_sha}), así que la nueva respuesta no será igual.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>otro modelo</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>Este modelo es restringido: acepta su licencia en su página del hub (con la sesión iniciada en tu cuenta de Hugging Face) y luego añade un token de esa cuenta en Configuración.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>Elige un modelo de la lista para ver sus archivos.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Mientras Hearth esté sin conexión no se pueden listar sus archivos: aparecerán aquí, listos para descargar, en cuanto el hub esté accesible.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>Columnas de {table}</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>contexto %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>Un esquema JSON que toda respuesta debe seguir: el modelo solo podrá escribir JSON válido según él (la gramática de llama.cpp), y la respuesta se comprueba al terminar. Déjalo vacío para texto libre. Se conserva hasta que se cierre Hearth.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>Vacío: texto libre. Por ejemplo {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>El esquema tiene más de {n} caracteres. Las respuestas son texto libre hasta que se corrija.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>Esto no es JSON ({reason} en la línea {line}, columna {column}). Las respuestas son texto libre hasta que se corrija.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>Esto no es JSON ({reason}). Las respuestas son texto libre hasta que se corrija.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>Un esquema es un objeto JSON, como {example}. Las respuestas son texto libre hasta que se corrija.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ Recomendado</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>Cabe en la memoria de la GPU: la forma más rápida de ejecutarlo.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>Una parte en la GPU y el resto en la RAM: funciona, pero más lento que todo en la GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>Cabe en la RAM de este equipo y se ejecuta en la CPU.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>Demasiado grande para la memoria libre de este equipo: no se cargaría, o lo haría muy lentamente.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ instalado</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>unos {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Repositorio</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Me gusta</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>Restringido</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>Acepta la licencia en el hub y añade tu token en Configuración para descargarlo.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Cuantización</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln parte)</numerusform>
                <numerusform>{name} (%Ln partes)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>La mejor calidad que cabe holgadamente en la memoria de este equipo.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>Modelo de {model} + proyector de visión de {projector}</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>Cualquier puerto libre</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: solo los programas de este equipo pueden conectarse. Cualquier otra dirección (0.0.0.0 para todas las redes) permite el acceso a otros equipos y necesita la clave de API.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>El servidor está desactivado.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>Sirviendo {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>No hay ningún modelo cargado: las solicitudes reciben un error hasta que el chat cargue uno.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>La respuesta del chat está usando el modelo; %n solicitud en espera.</numerusform>
                <numerusform>La respuesta del chat está usando el modelo; %n solicitudes en espera.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>La respuesta del chat está usando el modelo.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>Respondiendo a una solicitud; {n} en espera.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>Respondiendo a una solicitud.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>Inactivo, {n} en espera.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>Inactivo.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>El chat tiene prioridad sobre las solicitudes en espera.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter envía (Shift+Enter inicia una nueva línea)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Enter envía (Enter inicia una nueva línea)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>Modelos descargados</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>Un token permite a Hearth descargar modelos restringidos cuya licencia aceptaste en el hub. Crea un token de lectura en huggingface.co/settings/tokens. Se guarda en el llavero del sistema (o, si no lo hay, en memoria hasta que Hearth se cierre), nunca en los archivos ni en los registros de Hearth.</translation>
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
            <translation>Bajo</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>Medio</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>Alto</translation>
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
            <translation>Pensando… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Pensando…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>Razonamiento</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>Pensó durante menos de un segundo</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>Pensó durante {time}</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>hecho en {ms} ms</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falló</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>falló en {ms} ms</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>escribiéndose…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>no ejecutada</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>pide ejecutarse</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>ejecutándose…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>denegada</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>La llamada falló.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>Denegaste esta llamada; se le ha indicado al modelo.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>¿Ejecutarla?</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>Hacer que el modelo llame primero a una herramienta</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>Leyendo la lista de servidores…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>Este servidor no ofrece herramientas.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>Visión</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>Lee imágenes: descarga un proyector de visión (mmproj, {size}) con el modelo</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>Lee imágenes: carga su proyector de visión (mmproj, {size}) con el modelo</translation>
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
            <translation>Escribe un poema corto sobre el mar</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>Sugiere cinco nombres para un gatito gris</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>Cuéntame un cuento para dormir sobre un robot que aprende a hornear</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>Reescribe esto de forma más educada: envíame el informe ahora</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>Elige un modelo en la barra de arriba o encuentra abajo uno que quepa en este equipo.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>Encontrar un modelo mejor para este equipo</translation>
        </message>
    </context>
</TS>
