<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>Sobre o Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>O chaveiro do sistema recusou ler a chave de API, então ela é mantida só até o Hearth fechar.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>O chaveiro do sistema recusou salvar a chave de API, então ela é mantida só até o Hearth fechar.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>O chaveiro do sistema recusou excluir a chave de API, então ela é mantida só até o Hearth fechar.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>O Hearth não conseguiu escutar em {host}, porta {port}: outro programa pode estar usando essa porta; escolha outra.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>Aguardando uma solicitação à API terminar…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>Encontrar, baixar e gerenciar modelos</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>O processador, a memória e as GPUs deste computador, e o que o motor pode usar</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>Disponibilizar o modelo do chat para outros programas por uma API compatível com OpenAI</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Ferramentas</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>Servidores MCP: as ferramentas que um modelo pode usar, cada uma pedindo permissão antes de executar</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>Preferências: chat, aparência, pastas de modelos, rede e dados</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Salvando antes de o Hearth fechar…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>O histórico não está salvo.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>O Hearth não salvou tudo</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, então o que você vê ainda não está salvo (%n alteração). Libere espaço ou feche o programa que está usando o histórico, e o Hearth vai salvá-lo e fechar.</numerusform>
                <numerusform>{problem}, então o que você vê ainda não está salvo (%n alterações). Libere espaço ou feche o programa que está usando o histórico, e o Hearth vai salvá-lo e fechar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Manter o Hearth aberto</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Sair sem salvar</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>O Hearth continua tentando salvar.</translation>
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
            <translation>Anexo {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Remover {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Algo deu errado: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Dispensar</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Dispensar mensagem</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>Oculta esta mensagem</translation>
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
            <translation>Desativado</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>O espaço máximo em disco que os estados de conversa salvos podem ocupar; “Desativado” não salva nenhum</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>Tamanho do cache de conversas</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>Limpar cache</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>Limpar o cache de conversas</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>Excluir todos os estados de conversa salvos (suas conversas permanecem)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Espaço em disco</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Em uso</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>As respostas em uma conversa que você reabre começam na hora, porque o motor salva o estado dela neste computador; isto limita o espaço em disco que ele ocupa, e as conversas usadas há mais tempo saem primeiro.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>Limpando…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversa</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>As mensagens, a mais recente por último; Cima e Baixo passam de uma mensagem para outra</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>A resposta falhou: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>A resposta falhou.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>Anexar arquivos (ou solte-os aqui, ou cole)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>Anexar arquivos ou imagens: o modelo carregado lê imagens (ou solte-os aqui, ou cole)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>Ativado: as respostas usam trechos das suas pastas de conhecimento</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>Desativado: as respostas não pesquisam suas pastas de conhecimento</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Anexar</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Anexar arquivos</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Conhecimento</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>Responder com base nas pastas de conhecimento</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>Mensagem para o modelo ({send} envia, {newline} para nova linha)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Parar a resposta (Esc)</translation>
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
            <translation>Esta mensagem é longa demais para enviar, mesmo deixando de fora todas as mensagens anteriores. O contexto do modelo comporta {n_ctx} tokens; {kept} são reservados para a resposta.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>As mensagens mais antigas serão deixadas de fora da próxima resposta para abrir espaço. O contexto do modelo comporta {n_ctx} tokens; {kept} são reservados para a resposta.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Restam {left} tokens antes que as mensagens anteriores sejam deixadas de fora. O contexto do modelo comporta {n_ctx} tokens; {kept} são reservados para a resposta.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>Não foi possível salvar a imagem colada para anexá-la.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>Adicione uma pasta de conhecimento nas Configurações para responder com base nos seus documentos</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>Falha ao listar.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>O servidor em {url} não lista nenhum modelo.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model} respondeu em {total_ms} ms: primeiro token após {ttft_ms} ms, {tokens} tokens a {rate} tokens/s (“{reply}”).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>“{name}” respondeu em {ms} ms sem nenhum modelo.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>“{name}” respondeu em {ms} ms com 1 modelo: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>“{name}” respondeu em {ms} ms com %n modelo: {listed} e mais {more}.</numerusform>
                <numerusform>“{name}” respondeu em {ms} ms com %n modelos: {listed} e mais {more}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>“{name}” respondeu em {ms} ms com %n modelo: {listed}.</numerusform>
                <numerusform>“{name}” respondeu em {ms} ms com %n modelos: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>Converse com modelos em outra máquina ou servidor: llama-server, vLLM, Ollama, LM Studio, outro Hearth ou um serviço hospedado (qualquer servidor que fale a API da OpenAI). Os modelos de uma conexão aparecem no seletor de modelos sob o nome dela.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>Conexão e seus modelos</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>Conexões e seus modelos</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>Colunas de conexões</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Usar este modelo</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>Conversar com o modelo escolhido</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Testar</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>Listar os modelos do servidor e cronometrar uma resposta curta</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Testar a conexão</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>Esquecer esta conexão e sua chave de API</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>Remover a conexão</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>Pedir novamente a cada servidor seus modelos</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>Atualizar as conexões</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>ex.: {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>opcional: guardada no chaveiro do sistema, nunca em um arquivo</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>Adicionar conexão</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>Adicionar uma conexão</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Chave de API</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>Testando “{name}”: listando seus modelos e cronometrando uma resposta curta…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>Removendo “{name}”…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>Adicionando “{name}”…</translation>
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
            <translation>Última alteração: {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Importada de um arquivo</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>O arquivo do histórico está danificado e o Hearth não conseguiu repará-lo ({reason}). O que pode ser lido é mostrado; novos chats ficam na memória até que o arquivo possa ser gravado.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>Mais baixados</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>Mais curtidos</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>Atualizados recentemente</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Pesquisar modelos GGUF no hub (ex.: qwen, llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Pesquisar no hub</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Encontra modelos GGUF no hub; sem palavras, os modelos recomendados.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>Ordenar os resultados da pesquisa por</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>Modelos recomendados</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Modelos encontrados no hub</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>Modelos recomendados, do menor ao maior: um bom ponto de partida.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Pesquisando “{query}” no hub…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln repositório GGUF</numerusform>
                <numerusform>%Ln repositórios GGUF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Nada no hub corresponde a “{query}”; %Ln modelo recomendado corresponde.</numerusform>
                <numerusform>Nada no hub corresponde a “{query}”; %Ln modelos recomendados correspondem.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Nada no hub corresponde a “{query}”.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln modelo recomendado corresponde a “{query}”.</numerusform>
                <numerusform>%Ln modelos recomendados correspondem a “{query}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>Nenhum modelo recomendado corresponde a “{query}”.</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>Pausado: o Hearth está offline. O download é retomado quando o Hearth voltar a ficar online.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>Aguardando: o Hearth está offline.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Pausado quando o Hearth fechou: retome para concluir o download.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>Travado: nenhum dado está chegando. O Hearth continua tentando.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>Não foi possível iniciar o download: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>O download falhou: {error}</translation>
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
            <translation>Retomar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Progresso de {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>Pausar {name}</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Travado</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Tentar novamente</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>Tentar novamente {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>Retomar {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>Limpar {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>Cancelar {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>Remover desta lista (o modelo continua instalado)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>Parar e excluir o que já foi baixado</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>Nenhum download ainda. Os modelos que você baixar em Descobrir aparecem aqui.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>Fechar {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>Fechar ({key})</translation>
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
            <translation>Modelos de outros apps</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>Estes arquivos de modelo foram baixados por outros apps. O Hearth pode usá-los onde estão: nada é copiado nem baixado de novo.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>Marque os modelos que quer usar; Espaço marca ou desmarca o atual.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>Usar os modelos marcados</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>O Hearth não conseguiu examinar o hardware deste computador: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>Não foi possível perguntar ao motor o que ele pode usar: {reason}</translation>
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
            <translation>Copiar relatório</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>Copiar tudo desta página como texto, ex.: para um relatório de bug.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>Examinar o hardware e o motor novamente.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>A GPU não é usada</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Copiar comando</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>Copiar o comando para colá-lo em um terminal.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Este computador</translation>
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
            <translation>Versão</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Dispositivos</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Como o Hearth procurou placas de vídeo</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Funcionou</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>Não funcionou</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Examinando…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>Consultando o motor…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>Examinando este computador e o motor…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>não informado</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} núcleos, {threads} threads</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>{total} no total, {available} disponíveis</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>Nenhuma GPU foi encontrada neste computador: os modelos rodam na CPU.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>nenhum informado</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>Sim: esta compilação pode colocar camadas na GPU ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>Compilado com {backends}, mas nenhum dispositivo GPU está visível para ele: os modelos rodam na CPU.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>Não: esta compilação do motor é só para CPU; os modelos rodam na CPU.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>nenhuma</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processador</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Núcleos</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>Memória (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Backends</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>Descarregamento na GPU</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>Recursos da CPU</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>Opções de compilação</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>Informações do sistema</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Motor</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>Dispositivos do motor</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>Verificações de GPU que funcionaram</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>Verificações de GPU que não funcionaram</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>Todas as verificações funcionaram.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>Nenhuma verificação funcionou.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Abrir pasta de logs</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Arquivos de log do Hearth, em {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>Sobre o Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (cópia)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Novo chat</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>Duplicada como “{title}”.</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>O Hearth não conseguiu duplicar a conversa: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>O Hearth não conseguiu exportar a conversa: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>O Hearth não conseguiu exportar o histórico: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>1 conversa importada.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>%n conversa importada.</numerusform>
                <numerusform>%n conversas importadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>O Hearth não conseguiu importar o arquivo: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exportado para {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>O Hearth está offline (Configurações): o hub não é contatado.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>Não é possível acessar o hub, então o Hearth funciona offline por enquanto: seus modelos e chats continuam funcionando. Tente novamente quando a rede voltar.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Ainda não é possível acessar o hub; o Hearth continua offline.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>Não foi possível carregar o modelo: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>O esquema JSON não é aplicado enquanto as ferramentas estão ativadas neste chat: desative as ferramentas no menu Ferramentas para obter uma resposta nesse formato.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>Algo deu errado ao responder: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Arquivos que o Hearth não conseguiu ler — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>%n arquivo em {folder} não pôde ser lido; os outros podem ser pesquisados. Corrija um arquivo e ele será lido de novo automaticamente.</numerusform>
                <numerusform>%n arquivos em {folder} não puderam ser lidos; os outros podem ser pesquisados. Corrija um arquivo e ele será lido de novo automaticamente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>Arquivos que não puderam ser lidos, e por quê</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>O modelo de embeddings está carregando; até ficar pronto, a pesquisa usa apenas palavras.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>A pesquisa por significado está desativada: {reason}. A pesquisa usa apenas palavras.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>Pastas de conhecimento</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>Colunas de pastas</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Adicionar pasta…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>Adicionar uma pasta de conhecimento</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>Remover a pasta de conhecimento</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>Esquecer os trechos desta pasta (os arquivos permanecem)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>Pausar a indexação; o que já foi lido é mantido</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>Reindexar</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>Verificar todas as pastas de novo agora (só as alterações são lidas)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>Erros…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Arquivos que não puderam ser lidos</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>Os arquivos desta pasta que não puderam ser lidos, e por quê</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>Um modelo de embeddings encontra trechos pelo significado, além das palavras. Baixe um ({examples}) em Modelos.</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Modelo de embeddings</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>O Hearth lê os documentos destas pastas (texto, Markdown, código, PDF e arquivos do Office) e mantém um índice neste computador, para que um chat possa responder com base neles e citar as fontes. As alterações nas pastas são detectadas automaticamente.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>Mostrar os arquivos que não puderam ser lidos, e por quê</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>Todas as pastas estão atualizadas.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>%n arquivo alterado foi indexado.</numerusform>
                <numerusform>%n arquivos alterados foram indexados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Indexando {done} de %n arquivo — {current}</numerusform>
                <numerusform>Indexando {done} de %n arquivos — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>Pausado: as alterações nas pastas são lidas quando você retomar.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Pausado em {done} de %n arquivo — {current}</numerusform>
                <numerusform>Pausado em {done} de %n arquivos — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>Nenhum modelo de embeddings definido: a pesquisa usa apenas palavras. Escolha um acima; Modelos oferece alguns pequenos para baixar.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>A pesquisa usa palavras e significado.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantização</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Arquitetura</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● Carregado</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Inutilizável</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>Verificando… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>Não confere</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Não verificado</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>O sha256 do arquivo confere: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>O sha256 do arquivo não corresponde ao esperado: ele foi alterado ou está danificado. Exclua-o e baixe-o novamente.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>Ainda não verificado: Verificar calcula o hash do arquivo.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>Carregado: o chat usa este modelo agora.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>Remover da biblioteca…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Lendo a biblioteca…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>Modelos na biblioteca</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Enter abre um chat com o modelo selecionado; Delete o exclui ou remove.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>Colunas da biblioteca</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>Usar</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>Conversar com este modelo</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>Calcular o hash do arquivo e compará-lo com o esperado</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar na pasta</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>Importar arquivo de modelo…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>Usar um arquivo de modelo do disco onde ele está (não é copiado)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>Encontrar modelos de outros apps</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>Procurar arquivos GGUF baixados pelo LM Studio, llama.cpp, GPT4All, Jan ou Ollama</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>{name} adicionado; verificando o arquivo…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} excluído.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>{name} removido da biblioteca; o arquivo permanece em {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln modelo · {size} em disco</numerusform>
                <numerusform>%Ln modelos · {size} em disco</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Verificando {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>Importar arquivos de modelo</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Arquivos de modelo GGUF (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>Verificando %Ln arquivo…</numerusform>
                <numerusform>Verificando %Ln arquivos…</numerusform>
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
            <translation>{name} não confere com o checksum: exclua-o e baixe-o novamente.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>{name} ainda não tem com o que ser comparado.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>Procurando modelos baixados por outros apps…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>Não foram encontrados modelos de outros apps que ainda não estejam na lista.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>%Ln modelo de outros apps encontrado.</numerusform>
                <numerusform>%Ln modelos de outros apps encontrados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Excluir modelo</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>Excluir {name} ({file}, {size})?
O Hearth o baixou: o arquivo é excluído do cache do Hugging Face.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>Remover da biblioteca</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>Remover {name} ({file}, {size}) da biblioteca?
O arquivo permanece no disco em {path}: o Hearth não o baixou, então o Hearth nunca o exclui.</translation>
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
            <translation>O modelo com que conversar</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>Abrir arquivo de modelo…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>Usar um arquivo de modelo (.gguf) do disco, no lugar (não é copiado)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Modelos…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>Encontrar, baixar e gerenciar modelos ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Carregando o modelo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>Parar o carregamento deste modelo</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>Cancelar o carregamento do modelo</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>Mostrar ou ocultar o painel de parâmetros</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Nenhum modelo</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>contexto %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>Tokens do contexto do modelo que este chat usa</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Contexto usado</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Novo chat</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>Focar a caixa de mensagem</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>Parar</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Chat</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Exportar conversa…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>Salvar a conversa aberta como arquivo Markdown</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Exportar tudo…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configurações…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Exibir</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto maior</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto menor</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>Tamanho do texto do sistema</translation>
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
            <translation>O processador, a memória e as GPUs deste computador, e o que o motor pode usar</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
Formato de chat: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Abrir um arquivo de modelo</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Arquivos de modelo GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Conversa excluída.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
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
            <translation>Exportar conversa</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Histórico do Hearth</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>Exportar tudo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exportado para {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar na pasta</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Mensagem excluída junto com a mensagem abaixo dela.</numerusform>
                <numerusform>Mensagem excluída junto com as %n mensagens abaixo dela.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>Mensagem excluída junto com a resposta abaixo dela.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Mensagem excluída.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ainda não salvo</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} O Hearth continua tentando; nada é perdido.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} O que você vê é mantido e será salvo assim que possível.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Tentar novamente agora</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>Escolha um modelo para começar</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Carregando o modelo…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Escrevendo…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Pensando…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · primeiro token {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · {kept}% do rascunho aceito · primeiro token {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>Lendo a conversa ({count} tokens)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Recarregar modelo</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>Não há nenhum servidor MCP chamado “{name}”.</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>Bloqueado pelo modo offline: {host} não está neste computador.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>O servidor MCP “{name}” está desativado.</translation>
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
            <translation>Copiar o código</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selecionar tudo</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>Editar sua mensagem</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>Editar a resposta</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Texto da mensagem</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>Deixar a mensagem como estava (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>Salvar e regenerar</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>Salvar como nova versão e escrever uma nova resposta ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>Substituir o texto e manter a resposta abaixo dele</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>Substituir o texto da resposta ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>Uma mensagem não pode ficar vazia: escreva algo ou clique em Cancelar.</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>Uma resposta está sendo escrita: pare-a ou deixe-a terminar e depois salve a edição.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>Carregue um modelo para escrever uma nova resposta; Salvar mantém a edição sem uma.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>Esta mensagem não está mais na conversa.</translation>
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
            <translation>Versão anterior</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Próxima versão</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>Copiar a mensagem</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>Editar a mensagem aqui</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Regenerar</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>Escrever uma nova resposta</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>Excluir a mensagem</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>Sobre esta resposta, e Reproduzir</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>Continuar escrevendo esta resposta</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>escrevendo…</translation>
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
            <translation>Versão {index} de {count}</translation>
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
            <translation>Descobrir</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Conexões</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configurações…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Tentar novamente</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} já foi baixado: está na Biblioteca.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} está na fila; começa quando o Hearth voltar a ficar online.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} está sendo baixado: veja a aba Downloads.</translation>
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
            <translation>{name} foi baixado e verificado: está na Biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>Em outros servidores</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}: bloqueado no modo offline</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}: nenhum modelo (passe o mouse para ver o motivo)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>O modelo que o chat usa</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{model} no servidor em {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>Voltar ao chat</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>Voltar ao chat ({keys})</translation>
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
            <translation>Voltar ao chat</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Suas conversas</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Ir para {page}</translation>
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
            <translation>Predefinição</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salvar como…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>Salvar como nova predefinição</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>Salvar os parâmetros atuais como uma nova predefinição.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Amostragem</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>Usar {field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Ctrl+Tab insere uma tabulação.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>um por linha, ex.: \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>Você é um assistente prestativo.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Prompt do sistema</translation>
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
            <translation>Threads</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>Escolher as camadas de GPU automaticamente</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Camadas de GPU</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Recarregar modelo</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>Carregar o modelo novamente com estas configurações.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Salvar predefinição</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>Nome da nova predefinição:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>O prompt do sistema próprio deste chat (novos chats começam com o das Configurações).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>O prompt do sistema padrão para novos chats (altere-o nas Configurações).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>Sem prompt do sistema. Um padrão para novos chats pode ser definido nas Configurações.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>O motor usa {n}.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>auto</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>O Hearth escolhe quando o modelo é carregado.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>Escolhido pelo ajuste para este modelo e a memória deste computador: {used} camadas na GPU. Desmarque Auto para escolher você mesmo.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>Escolhido pelo ajuste: todas as camadas rodam na CPU. Desmarque Auto para escolher você mesmo.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>O Hearth não conseguiu salvar suas configurações.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} Suas alterações valem até o Hearth fechar.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>Salvar, renomear ou excluir predefinições</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>Ações da predefinição</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>Salvar como nova predefinição…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>Salvar com o prompt do sistema…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>Escolher esta predefinição mais tarde também define o prompt do sistema mostrado agora</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renomear…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>Renomear “{preset}”…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>Excluir “{preset}”</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>Renomear predefinição</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>Novo nome para “{preset}”:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>Enviar “{prompt}”</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>Envia este prompt ao modelo</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalhes</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>Reproduzir</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>Escrever esta resposta de novo exatamente com estas configurações</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>Reproduzir mesmo assim</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>Sobre esta resposta</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>Esta resposta não pode ser reproduzida: o Hearth não guardou a amostragem nem a semente dela.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>Carregue um modelo para reproduzir esta resposta.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>Uma resposta está sendo escrita: reproduza esta quando ela terminar.</translation>
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
            <translation>Abrir no hub</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>Abre a página do modelo no navegador</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configurações…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>Adicione um token do Hugging Face nas Configurações</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>Arquivos de modelo para baixar</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>Um arquivo por quantização; Enter baixa o selecionado.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Baixar</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>Carregando os arquivos do modelo…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} parâmetros · ≈ {size} · Licença: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>Licença: {licence} · Acesso: restrito</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>Licença: {licence} · Acesso: aberto</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>Este modelo não tem descrição.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>Este repositório não tem arquivos de modelo GGUF que o Hearth possa usar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln arquivo de modelo, um por quantização: arquivos menores são mais rápidos e precisam de menos memória; os maiores respondem melhor.</numerusform>
                <numerusform>%Ln arquivos de modelo, um por quantização: arquivos menores são mais rápidos e precisam de menos memória; os maiores respondem melhor.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>Do cabeçalho de {name}: {note} Cabem até {tokens} tokens de contexto.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>Do cabeçalho de {name}: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>Baixar {name} ({size})</translation>
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
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>Tokens/s</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminou</translation>
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
            <translation>{ended}, cliente desconectado</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversas</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>Mostrar ou ocultar as conversas</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>Mostrar ou ocultar os parâmetros</translation>
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
            <translation>Editores, scripts e outros apps podem usar o modelo carregado no chat por meio de uma API compatível com OpenAI. O chat tem prioridade: as solicitações deles aguardam enquanto ele responde.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>Servir a API</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>Iniciar ou parar o servidor (ele inicia com o Hearth enquanto estiver ligado)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>Copiar URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>Copiar a URL base que os clientes usam (termina em /v1)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>Nenhuma: páginas da web não podem chamar a API</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>Origens web cujas páginas podem chamar a API de um navegador (CORS), separadas por espaços ou vírgulas, ex.: {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Endereço</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Porta</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>&amp;Origens web</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>Onde escuta</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Remover chave</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>Permitir programas deste computador sem chave</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>A nova chave de API</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>Copiar a nova chave</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>Copie a chave agora: o Hearth não vai mostrá-la novamente.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Chave de API</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>Solicitações atendidas</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>Colunas de solicitações</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitações</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>Outros computadores podem acessar {host}: eles precisam da chave de API para usar o modelo.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>Servir em {host} permite o acesso de outros computadores, então é preciso uma chave de API: crie uma abaixo primeiro.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>Nova chave</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>Criar chave</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>Criar uma nova chave: a antiga para de funcionar imediatamente</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>Criar uma chave que todo cliente deve enviar</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>Há uma chave definida: todo cliente deve enviá-la ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>Sem chave: qualquer programa deste computador pode usar a API.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>Desligado</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>Servindo em {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>Ligado</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>Usar o servidor {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>Desligado: suas ferramentas não são oferecidas a nenhum chat</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>Mostrar ferramentas</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>Mostrar as ferramentas de {name}</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>Perguntar de novo antes de executar cada ferramenta deste servidor</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>Nenhuma ferramenta pôde ser listada.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>Esquecer “Sempre permitir” ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>Ocultar ferramentas</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>Iniciando o servidor e pedindo suas ferramentas…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>Nenhum: novos chats começam sem prompt do sistema.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>Instruções com que todo novo chat começa. Cada conversa mantém as suas, que você pode alterar no painel ao lado do chat; isto não altera nenhum chat existente.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Tamanho do sistema</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>O tamanho do texto da conversa e da caixa de mensagem</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>Prompt do sistema padrão</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>Enviar com</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamanho do texto</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} e {smaller} alteram o tamanho do texto em qualquer lugar; {reset} o redefine.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>O idioma da janela do Hearth</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>O Hearth mostrará o novo idioma na próxima vez que for iniciado.</translation>
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
            <translation>Aparência</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Pastas de modelos</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Adicionar pasta…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Adicionar uma pasta de modelos</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>Remover a pasta de modelos</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>Parar de listar os modelos desta pasta (os arquivos permanecem)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>O Hearth lista os modelos GGUF destas pastas (e subpastas) na Biblioteca ao lado dos próprios downloads e os usa onde estão.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Conhecimento</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>Trabalhar offline: nunca se conectar ao hub</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>Sem pesquisas nem downloads; os modelos que você tem e seus chats continuam funcionando.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Quantos downloads rodam ao mesmo tempo</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>Downloads simultâneos</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>Rede e downloads</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>Cache de conversas</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir pasta</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>Mostrar {folder} no gerenciador de arquivos</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>Abrir a pasta “{kind}”</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>Onde seus dados ficam</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>Os atalhos funcionam em qualquer parte da janela principal, a menos que indiquem onde.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>Novo chat</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>Iniciar uma nova conversa ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Iniciar uma nova conversa</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>Pesquisar chats ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Pesquisar chats</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>Encontra as conversas cujas mensagens contêm estas palavras</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversas</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Enter abre uma conversa; F2 a renomeia, Delete a exclui, a tecla de menu mostra as outras ações</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados da pesquisa</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Ações da conversa</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renomear</translation>
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
            <translation>Fontes</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>Abrir o trecho</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>Fonte {source}: abrir o trecho</translation>
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
            <translation>Deixa o modelo pensar antes de responder (o raciocínio aparece à parte, recolhido). Desativado: ele responde na hora.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>Pensar antes de responder</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>Esforço de raciocínio</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>Quanto o modelo raciocina antes de responder</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>Ocultar o raciocínio do modelo</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>Mostrar o raciocínio do modelo</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Token do Hugging Face</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>Cole um token de leitura de huggingface.co/settings/tokens</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>Perguntar ao hub de quem é este token</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>Guardar o token no chaveiro do sistema</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>Esquecer o token salvo</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>Cole um token primeiro.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Consultando o hub…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>Este token pertence a {user}.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>Nenhum token salvo: modelos públicos são baixados sem token.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>Há um token salvo no chaveiro do sistema.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>O token é mantido só até o Hearth fechar.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>Permitir uma vez</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>Sempre permitir esta ferramenta</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Negar</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>Executar esta chamada agora; perguntar de novo da próxima vez</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>Executar as chamadas desta ferramenta sem perguntar, nesta sessão</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>Não executar; o modelo é informado de que foi negado</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>Chamada da ferramenta {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>Ferramentas</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>Ferramentas para este chat</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>Quais ferramentas de servidores MCP este chat pode usar</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>A primeira resposta a cada mensagem chama uma das ferramentas (modelos pequenos muitas vezes só chamam ferramentas quando mandados)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>Ferramentas ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>{used} de %n servidor de ferramentas ativado para este chat</numerusform>
                <numerusform>{used} de %n servidores de ferramentas ativados para este chat</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>As ferramentas permitem que o modelo consulte informações e aja por você por meio de servidores MCP (Model Context Protocol), os mesmos servidores que o Claude Desktop, o LM Studio e o Cursor usam. Cada ferramenta pede sua permissão antes de executar e mostra o que recebeu e o que devolveu.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>O modo offline bloqueia servidores acessados pela rede, exceto os deste computador (localhost). Servidores que o Hearth inicia como programa só rodam quando um chat precisa deles.</translation>
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
            <translation>Adicionar servidores da configuração MCP de outro app</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>Servidores MCP</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>O Hearth mantém seus servidores em {file}.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>Nenhum servidor MCP ainda: importe os de outro app ou adicione-os ao arquivo abaixo.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>De um arquivo…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>Do {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>Configuração MCP (*.json);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>Adicionado: {servers}.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>Nenhum servidor foi adicionado.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>A conversa é mais longa que o contexto do modelo ({n_ctx} tokens): a mensagem mais antiga (%n) foi deixada de fora desta resposta. O prompt do sistema foi mantido.</numerusform>
                <numerusform>A conversa é mais longa que o contexto do modelo ({n_ctx} tokens): as %n mensagens mais antigas foram deixadas de fora desta resposta. O prompt do sistema foi mantido.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>Não foi possível ler um arquivo: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>Não foi possível ler {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>Rolar até a mensagem mais recente</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>Experimente um destes</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>Abrir o gerenciador de modelos: os modelos que cabem na memória deste computador estão marcados</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>Tudo roda neste computador: o que você digita fica aqui.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>Carregando {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Carregando…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>Um prompt escolhido agora aguarda na caixa de mensagem.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>Nenhum modelo ainda</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>O motor ainda não foi iniciado: carregue um modelo para ver como o llama.cpp foi compilado.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (na lista em foco)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (no campo em foco)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>Nenhum chaveiro do sistema está disponível, então a chave de API é mantida só até o Hearth fechar; os clientes precisarão de uma nova da próxima vez.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>concluída</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>limite de tamanho</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>texto de parada</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>contexto cheio</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>parada</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>erro</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>Servir em {host} permite que outros computadores usem o modelo, então é preciso uma chave de API: crie uma abaixo ou sirva em 127.0.0.1.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>O modelo carregado não consegue ler imagens ({names}). Carregue um modelo com visão ou remova a imagem para enviar a mensagem.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} não é uma imagem que o Hearth consiga ler.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · primeiro token {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · {kept}% do rascunho aceito · primeiro token {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>lendo a conversa…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>parada</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erro</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>interrompida – o app fechou enquanto isto era escrito</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Você</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistente</translation>
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
            <translation>Pedindo aos servidores seus modelos…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>Nenhuma conexão ainda: adicione uma abaixo.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ontem</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Últimos 7 dias</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Últimos 30 dias</translation>
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
            <translation>O Hearth está no modo offline, então a conexão “{name}” com {host} está bloqueada: só é possível usar servidores nesta máquina (localhost). Desative o modo offline nas configurações para usá-la.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>Sua mensagem tem {tokens:,} tokens com o prompt do sistema; o contexto do modelo comporta {n_ctx:,}. Encurte-a ou carregue o modelo com um contexto maior.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>Os documentos anexados não cabem no espaço que resta no contexto deste chat, nem mesmo como alguns trechos; inicie um novo chat ou carregue o modelo com um contexto maior.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>nenhum modelo de embeddings</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Cabe na GPU com um contexto de {ctx:,} tokens: cerca de {total} (estimativa).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Cabe com {layers} de {n} camadas na GPU e o restante na RAM, com um contexto de {ctx:,} tokens: cerca de {total} (estimativa).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Cabe na RAM com um contexto de {ctx:,} tokens: cerca de {total} (estimativa).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>Precisa de cerca de {total} com um contexto de {ctx:,} tokens, mais do que há livre; um contexto de {max_ctx:,} tokens caberia (estimativa).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>Precisa de cerca de {total}, mais memória do que este computador tem livre (estimativa).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>Comporta cerca de {f16:,} tokens de contexto com um cache f16, {q8_0:,} com q8_0 e {q4_0:,} com q4_0 (estimativa).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>Todo o contexto de treinamento, de {ctx:,} tokens, cabe com qualquer tipo de cache (estimativa).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>Este modelo não pode manter o cache {part} como {type}: as cabeças de atenção dele têm {length} valores de comprimento, o que não é múltiplo de {block}. Escolha f16 para ele.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>a pasta é somente leitura</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>outro programa está usando o arquivo do histórico</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>o arquivo do histórico está danificado</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>o disco informou um erro</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>o banco de dados informou um erro</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>não foi possível abrir o arquivo do histórico</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>O Hearth não conseguiu abrir o histórico: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>O Hearth não conseguiu ler o histórico: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>O Hearth não conseguiu salvar no histórico: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>O Hearth não conseguiu atualizar o histórico: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>O Hearth não conseguiu atualizar o histórico: {why}; seus chats não foram alterados.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>O Hearth não conseguiu gravar {name}: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>O Hearth não conseguiu abrir o histórico: a pasta dele está em um disco que não pode guardá-lo com segurança (uma unidade de rede?).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>Este histórico foi gravado por uma versão mais recente do Hearth; atualize o Hearth para abri-lo.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>Não é possível acessar o hub: verifique a rede ou use o Hearth offline.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>O Hearth está offline: o hub não é contatado até você desativar o modo offline.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>Pequeno e rápido: bom para experimentar o Hearth e brincar com palavras, não para fatos.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>Um modelo neste computador. Experimente um dos prompts abaixo para ver no que ele se sai bem.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>Tentando novamente em {delay:g} s: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>O download continuou falhando após várias tentativas: {why} O arquivo parcial foi mantido; retome-o mais tarde.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>Nenhum chaveiro do sistema está disponível, então seu token do Hugging Face é mantido só até o Hearth fechar; você precisará digitá-lo de novo na próxima vez.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Nenhum modelo está carregado.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>O motor não está em execução; inicie-o novamente.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>O motor não respondeu a tempo e foi parado.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>O motor foi encerrado a pedido.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>O motor parou inesperadamente. O que foi escrito até agora foi mantido; o motor inicia de novo com a próxima solicitação.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>O motor parou inesperadamente: {reason}. O que foi escrito até agora foi mantido; o motor inicia de novo com a próxima solicitação.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} não pode servir de rascunho para {model}: os vocabulários são diferentes.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>{draft} não é usado como modelo de rascunho nas respostas. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>O motor não conseguiu lê-lo.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>Não havia memória para o contexto dele.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>Não foi possível carregar o modelo: {reason}. O arquivo pode estar danificado ou ter sido feito para um motor mais recente que o desta versão do Hearth.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>Nenhum modelo de embeddings está definido: a pesquisa usa apenas palavras. Escolha um em Configurações → Conhecimento.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>O modelo de embeddings parou ({name}: o motor {reason}), então a pesquisa usa apenas palavras. Escolha outro modelo de embeddings em Configurações → Conhecimento ou reinicie o Hearth para tentar de novo.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>Não há memória suficiente para carregar este modelo com um contexto de {n_ctx:,} tokens ({reason}). Escolha um contexto ou modelo menor, ou feche outros programas.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Não há memória suficiente para carregar este modelo com um contexto de {context:,} tokens: ele precisa de cerca de {ram_needed} de RAM, e há {ram_free} livres. O maior contexto que cabe é de {max_context:,} tokens: carregue o modelo com esse valor ou menos (estimativa).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Não há memória suficiente para carregar este modelo com um contexto de {context:,} tokens: ele precisa de cerca de {ram_needed} de RAM, e há {ram_free} livres. Nem mesmo um contexto pequeno cabe: feche outros programas ou escolha um modelo ou uma quantização menor (estimativa).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Não há memória suficiente para carregar este modelo com um contexto de {context:,} tokens: ele precisa de cerca de {ram_needed} de RAM e {gpu_needed} na GPU, e há {ram_free} de RAM e {gpu_free} na GPU livres. O maior contexto que cabe é de {max_context:,} tokens: carregue o modelo com esse valor ou menos (estimativa).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Não há memória suficiente para carregar este modelo com um contexto de {context:,} tokens: ele precisa de cerca de {ram_needed} de RAM e {gpu_needed} na GPU, e há {ram_free} de RAM e {gpu_free} na GPU livres. Nem mesmo um contexto pequeno cabe: feche outros programas ou escolha um modelo ou uma quantização menor (estimativa).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>O carregamento foi cancelado.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>Falha ao carregar na GPU: {why}. O Hearth executa o modelo na CPU, com um contexto de {n_ctx:,} tokens.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>O servidor MCP “{name}” não pôde iniciar: a pasta {cwd} não existe.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>O servidor MCP “{name}” não pôde iniciar: o comando “{command}” não foi encontrado.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>O servidor MCP “{name}” não pôde iniciar: o comando “{command}” não é executável.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>O servidor MCP “{name}” enviou uma mensagem de mais de {megabytes} MB e foi parado.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>O servidor MCP “{name}” enviou uma mensagem que não é JSON-RPC válido e foi parado.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>O servidor MCP “{name}” recusou as credenciais (HTTP {status}); verifique os cabeçalhos enviados a ele.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>O servidor MCP “{name}” em {url} não respondeu: não há nada escutando ali.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>O servidor MCP “{name}” não respondeu em {seconds:g} s.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>O servidor MCP “{name}” não respondeu em {seconds:g} s; ele escreveu {lines} linha(s) que não são mensagens MCP.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>O servidor MCP “{name}” não pôde iniciar: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>código de saída {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>encerrado pelo sinal {signal}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>O servidor MCP “{name}” encerrou logo ao iniciar ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>O servidor MCP “{name}” encerrou logo ao iniciar ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>O servidor MCP “{name}” parou ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>O servidor MCP “{name}” parou ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>O servidor MCP “{name}” fechou a conexão ao iniciar.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>O servidor MCP “{name}” fechou a conexão ao iniciar: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>O servidor MCP “{name}” parou.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>O servidor MCP “{name}” parou: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>O servidor MCP “{name}” respondeu com HTTP {status}.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>O servidor MCP “{name}” falhou: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Parado.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>O modelo fez chamadas de ferramenta inválidas {rounds} vezes seguidas; o chat parou aí.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>O modelo ainda estava chamando ferramentas após {rounds} rodadas; o chat parou aí.</translation>
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
            <translation>Aguardando</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Tentando novamente</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Verificando</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Na fila</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Baixando</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Travado</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falhou</translation>
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
            <translation>Faltam {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Esta mensagem é longa demais para enviar: com o prompt do sistema ela tem {tokens} tokens, e o contexto de {n_ctx} tokens do modelo comporta {limit} depois de reservar espaço para a resposta. Encurte-a ou carregue o modelo com um contexto maior.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Esta edição é longa demais para salvar: com o prompt do sistema ela tem {tokens} tokens, e o contexto de {n_ctx} tokens do modelo comporta {limit} depois de reservar espaço para a resposta. Encurte-a ou carregue o modelo com um contexto maior.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>semente</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>a mesma semente e os mesmos parâmetros dão a mesma resposta; sem ela, cada resposta recebe uma nova semente aleatória (registrada com a resposta)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>textos de parada</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>a resposta termina onde um destes textos apareceria (o próprio texto não é mostrado)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>quão ousada é cada escolha: 0 sempre escolhe o token mais provável</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>amostragem de núcleo: só os tokens mais prováveis que somam esta fração; 1 desativa</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>só os K tokens mais prováveis são considerados; 0 desativa</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>descarta tokens menos prováveis que esta fração da probabilidade do token mais provável; 0 desativa</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>penalidade de repetição</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>torna os tokens recentes menos prováveis, contra loops; 1 desativa</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>janela de repetição</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>quantos tokens recentes a penalidade de repetição considera</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>o contexto inteiro</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desativado</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>máx. de tokens</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>a resposta mais longa, em tokens</translation>
        </message>
        <message>
            <source>context</source>
            <translation>contexto</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>tamanho do contexto em tokens, no máximo o contexto de treinamento do modelo</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>o tamanho próprio do modelo</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>threads</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>threads de CPU (padrão: uma por núcleo físico)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Camadas de GPU</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>todas as camadas</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>tipo de cache K</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>como as chaves de atenção são armazenadas: q8_0 e q4_0 comportam mais contexto na mesma memória, com uma pequena perda de qualidade</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>tipo de cache V</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>como os valores de atenção são armazenados: q8_0 e q4_0 comportam mais contexto na mesma memória (exigem flash attention)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>decodificação especulativa</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>prevê vários tokens à frente e os verifica em um só passo: a mesma resposta, mais rápida quando o texto se repete; “Auto” usa onde mediu ser mais rápido neste computador</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>Cabe na GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>Cabe dividido</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>Cabe na CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>Não cabe</translation>
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
            <translation>{total}, {free} livres</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>memória não informada</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (compartilhada com a RAM do sistema)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (working set do Metal)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>de {source}; driver {driver}</translation>
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
            <translation>Conversa</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>Nenhum (só palavras)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Trechos</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erros</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Baixado do hub</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>Usado no lugar</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>Em uma das suas pastas de modelos</translation>
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
            <translation>Hoje, {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 bits por valor: o cache em tamanho completo.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 bits por valor: cerca de metade da memória do f16, respostas quase iguais.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 bits por valor: cerca de um quarto da memória do f16; as respostas podem mudar um pouco.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>Auto</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>Ativado</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>Desativado</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}. Aplicado quando o modelo é carregado novamente.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>Um modelo pequeno com o mesmo vocabulário que prevê alguns tokens à frente para este: as mesmas respostas, mais cedo. O Hearth oferece os modelos da sua biblioteca que são compatíveis. Aplicado quando o modelo é carregado novamente.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>Modelo de rascunho</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>Nenhum</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
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
            <translation>Algo deu errado: {error}. Os detalhes estão no log.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (editada)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>Conjuntos salvos de parâmetros de amostragem. “(editada)”: um valor difere da predefinição.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} Um por linha; escreva \n para uma quebra de linha dentro de um (por exemplo \nUser:), \t para uma tabulação e \\ para uma barra invertida.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>Instruções que o modelo vê antes da conversa. Sempre mantidas, mesmo quando mensagens antigas são deixadas de fora para caber no contexto.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>Quantos tokens o modelo consegue ver de uma vez: a conversa e a resposta. Valores maiores usam mais memória. Aplicado quando o modelo é carregado novamente.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>Threads de CPU para o motor. Auto (o menor valor) é uma por núcleo físico. Aplicado quando o modelo é carregado novamente.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>Quantas camadas do modelo rodam na GPU: 0 roda só na CPU; o outro extremo coloca todas as camadas lá. Aplicado quando o modelo é carregado novamente.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Deixa o Hearth escolher as camadas de GPU pelo tamanho do modelo e pela memória livre na GPU e na RAM (uma estimativa). Desmarque para escolher você mesmo.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>Desmarque para desativar o top-p.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>Desmarque para usar uma nova semente aleatória em cada resposta.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>acima de {low} e no máximo {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>entre {low} e {high}</translation>
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
            <translation>{help}. Permitido: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (só CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>todas as {n}</translation>
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
            <translation>As predefinições integradas vêm com o Hearth e não podem ser renomeadas nem excluídas.</translation>
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
            <translation>Criativo</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>Tutorial com semente</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>o modelo terminou a resposta</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>atingiu o limite de tokens da resposta</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>um texto de parada apareceu</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>o contexto estava cheio</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>você a parou</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>um erro a encerrou</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>um motivo que esta versão do Hearth não conhece</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>não guardado</translation>
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
            <translation>top-p desativado</translation>
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
            <translation>penalidade de repetição {value} (últimos {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>no máximo {count} tokens</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>parar em {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>{model} na conexão {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>Formato de chat</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Amostragem</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semente</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>Parou porque</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>não terminou</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>{prompt} no prompt ({reused} reutilizados) · {written} escritos</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>{prompt} no prompt · {written} escritos</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>{rate} tok/s escrevendo · {read} tok/s lendo o prompt · primeiro token após {ttft} ms · {total} s no total</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidade</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 desconhecido</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>Esta resposta foi escrita por {old} ({old_sha}); o modelo carregado agora é {new} ({new_sha}), então a nova resposta não será igual.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>outro modelo</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>Este modelo é restrito: aceite a licença na página dele no hub (conectado à sua conta do Hugging Face) e depois adicione um token dessa conta nas Configurações.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>Escolha um modelo na lista para ver os arquivos dele.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Enquanto o Hearth estiver offline, os arquivos não podem ser listados: eles aparecem aqui, prontos para baixar, assim que o hub estiver acessível.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>Colunas de {table}</translation>
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
            <translation>Um esquema JSON que toda resposta deve seguir: o modelo só poderá escrever JSON válido segundo ele (a gramática do llama.cpp), e a resposta é verificada quando termina. Deixe vazio para texto livre. Mantido até o Hearth ser fechado.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>Vazio: texto livre. Por exemplo {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>O esquema tem mais de {n} caracteres. As respostas são texto livre até que ele seja corrigido.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>Isto não é JSON ({reason} na linha {line}, coluna {column}). As respostas são texto livre até que ele seja corrigido.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>Isto não é JSON ({reason}). As respostas são texto livre até que ele seja corrigido.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>Um esquema é um objeto JSON, como {example}. As respostas são texto livre até que ele seja corrigido.</translation>
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
            <translation>Cabe na memória da GPU: a forma mais rápida de rodá-lo.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>Parte na GPU, o resto na RAM: roda, mas mais devagar do que todo na GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>Cabe na RAM deste computador e roda na CPU.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>Grande demais para a memória livre deste computador: não carregaria, ou carregaria muito devagar.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licença</translation>
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
            <translation>cerca de {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Repositório</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Curtidas</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizado</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>Restrito</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>Aberto</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>Aceite a licença no hub e adicione seu token nas Configurações para baixar.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantização</translation>
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
            <translation>A melhor qualidade que cabe com folga na memória deste computador.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>Modelo de {model} + projetor de visão de {projector}</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>Qualquer porta livre</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: só programas deste computador podem se conectar. Qualquer outro endereço (0.0.0.0 para todas as redes) permite o acesso de outros computadores e exige a chave de API.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>O servidor está desligado.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>Servindo {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>Nenhum modelo carregado: as solicitações recebem um erro até o chat carregar um.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>A resposta do chat está usando o modelo; %n solicitação aguardando.</numerusform>
                <numerusform>A resposta do chat está usando o modelo; %n solicitações aguardando.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>A resposta do chat está usando o modelo.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>Respondendo a uma solicitação; {n} aguardando.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>Respondendo a uma solicitação.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>Ocioso, {n} aguardando.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>Ocioso.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>O chat passa na frente das solicitações em espera.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter envia (Shift+Enter inicia uma nova linha)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Enter envia (Enter inicia uma nova linha)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversas</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Logs</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>Modelos baixados</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>Um token permite que o Hearth baixe modelos restritos cuja licença você aceitou no hub. Crie um token de leitura em huggingface.co/settings/tokens. Ele é guardado no chaveiro do sistema (ou, sem um, na memória até o Hearth fechar), nunca nos arquivos ou logs do Hearth.</translation>
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
            <translation>Baixo</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>Médio</translation>
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
            <translation>Raciocínio</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>Pensou por menos de um segundo</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>Pensou por {time}</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>concluída</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>concluída em {ms} ms</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falhou</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>falhou em {ms} ms</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>sendo escrita…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>não executada</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>pede para executar</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>executando…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>negada</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>A chamada falhou.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>Você negou esta chamada; o modelo foi informado.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>Executar?</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>Fazer o modelo chamar uma ferramenta primeiro</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>Lendo a lista de servidores…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>Este servidor não oferece ferramentas.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>Visão</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>Lê imagens: baixa um projetor de visão (mmproj, {size}) com o modelo</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>Lê imagens: carrega seu projetor de visão (mmproj, {size}) com o modelo</translation>
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
            <translation>Escreva um poema curto sobre o mar</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>Sugira cinco nomes para um gatinho cinza</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>Conte uma história para dormir sobre um robô que aprende a fazer pão</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>Reescreva isto de forma mais educada: me mande o relatório agora</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>Escolha um modelo na barra acima ou encontre abaixo um que caiba neste computador.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>Encontrar um modelo melhor para este computador</translation>
        </message>
    </context>
</TS>
