<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>О программе Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>Системное хранилище ключей не позволило прочитать API-ключ, поэтому он хранится только до закрытия Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>Системное хранилище ключей не позволило сохранить API-ключ, поэтому он хранится только до закрытия Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>Системное хранилище ключей не позволило удалить API-ключ, поэтому он хранится только до закрытия Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth не удалось открыть порт {port} на {host}: возможно, этот порт занят другой программой; выберите другой.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>Ожидание завершения запроса к API…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>Поиск, скачивание и управление моделями</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Оборудование</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Процессор, память и GPU этого компьютера и что может использовать движок</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>Предоставлять модель чата другим программам через API, совместимый с OpenAI</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Инструменты</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>MCP-серверы: инструменты, которые может использовать модель, каждый спрашивает разрешения перед запуском</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>Настройки: чат, внешний вид, папки моделей, сеть и данные</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Сохранение перед закрытием Hearth…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>История не сохранена.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth сохранил не всё</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, поэтому то, что вы видите, ещё не сохранено (%n изменение). Освободите место или закройте программу, использующую историю, и Hearth сохранит её и закроется.</numerusform>
                <numerusform>{problem}, поэтому то, что вы видите, ещё не сохранено (%n изменения). Освободите место или закройте программу, использующую историю, и Hearth сохранит её и закроется.</numerusform>
                <numerusform>{problem}, поэтому то, что вы видите, ещё не сохранено (%n изменений). Освободите место или закройте программу, использующую историю, и Hearth сохранит её и закроется.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Не закрывать Hearth</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Выйти без сохранения</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth продолжает попытки сохранения.</translation>
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
            <translation>Вложение {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Удалить {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Что-то пошло не так: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Закрыть сообщение</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>Скрывает это сообщение</translation>
        </message>
    </context>
    <context>
        <name>CacheSettings</name>
        <message>
            <source> GB</source>
            <comment>size unit, after the number</comment>
            <translation> ГБ</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>no conversation states are saved</comment>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>Максимальное место на диске для сохранённых состояний чатов; «Выкл.» — ничего не сохранять</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>Размер кеша чатов</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>Очистить кеш</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>Очистить кеш чатов</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>Удалить все сохранённые состояния чатов (сами чаты останутся)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Место на диске</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Занято</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>Ответы в снова открытом чате начинаются сразу, потому что движок сохраняет его состояние на этом компьютере; эта настройка ограничивает занимаемое место на диске, а первыми удаляются чаты, которые дольше всего не открывались.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>Очистка…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>Сообщения, новые внизу; клавиши Вверх и Вниз переходят между сообщениями</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>Не удалось получить ответ: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>Не удалось получить ответ.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>Прикрепить файлы (или перетащите их сюда, или вставьте)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>Прикрепить файлы или изображения: загруженная модель понимает изображения (или перетащите их сюда, или вставьте)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>Вкл.: ответы используют фрагменты из папок знаний</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>Выкл.: ответы не используют поиск по папкам знаний</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Прикрепить</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Прикрепить файлы</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Знания</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>Отвечать по папкам знаний</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>Сообщение модели ({send} — отправить, {newline} — новая строка)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Остановить ответ (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>Отправить ({keys})</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} токенов</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>{count} / {limit} токенов</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Это сообщение слишком длинное для отправки, даже если исключить все предыдущие сообщения. Контекст модели вмещает {n_ctx} токенов; {kept} из них оставлены для ответа.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Самые старые сообщения будут исключены из следующего ответа, чтобы освободить место. Контекст модели вмещает {n_ctx} токенов; {kept} из них оставлены для ответа.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Осталось {left} токенов, после чего старые сообщения начнут исключаться. Контекст модели вмещает {n_ctx} токенов; {kept} из них оставлены для ответа.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>Не удалось сохранить вставленное изображение, чтобы прикрепить его.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>Добавьте папку знаний в настройках, чтобы получать ответы по вашим документам</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>Не удалось получить список.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>Сервер {url} не предоставляет ни одной модели.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model}: ответ за {total_ms} мс, первый токен через {ttft_ms} мс, {tokens} токенов со скоростью {rate} токенов/с («{reply}»).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>«{name}»: ответ за {ms} мс, моделей нет.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>«{name}»: ответ за {ms} мс, 1 модель: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>«{name}»: ответ за {ms} мс, %n модель: {listed} и ещё {more}.</numerusform>
                <numerusform>«{name}»: ответ за {ms} мс, %n модели: {listed} и ещё {more}.</numerusform>
                <numerusform>«{name}»: ответ за {ms} мс, %n моделей: {listed} и ещё {more}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>«{name}»: ответ за {ms} мс, %n модель: {listed}.</numerusform>
                <numerusform>«{name}»: ответ за {ms} мс, %n модели: {listed}.</numerusform>
                <numerusform>«{name}»: ответ за {ms} мс, %n моделей: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>Общайтесь с моделями на другом компьютере или сервере: llama-server, vLLM, Ollama, LM Studio, другой Hearth или облачный сервис (любой сервер с API OpenAI). Модели подключения появляются в списке выбора модели под его именем.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>Подключение и его модели</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>Подключения и их модели</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>Столбцы подключений</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Использовать эту модель</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>Начать чат с выбранной моделью</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>Получить список моделей сервера и замерить время одного короткого ответа</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>Забыть это подключение и его API-ключ</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>Удалить подключение</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>Снова запросить модели у всех серверов</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>Обновить подключения</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>напр. {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>необязательно: хранится в системном хранилище ключей, а не в файле</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>Добавить подключение</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>Добавить подключение</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-ключ</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>Проверка «{name}»: получение списка моделей и замер времени короткого ответа…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>Удаление «{name}»…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>Добавление «{name}»…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>Импортирован · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортирован</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>Изменён {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Импортирован из файла</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>Файл истории повреждён, и Hearth не удалось его восстановить ({reason}). Показано то, что удалось прочитать; новые чаты хранятся в памяти, пока файл не удастся записать.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>По скачиваниям</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>По лайкам</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>По обновлению</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Поиск GGUF-моделей на хабе (напр. qwen, llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Поиск на хабе</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Ищет GGUF-модели на хабе; без запроса — рекомендуемые модели.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>Сортировать результаты поиска по</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>Рекомендуемые модели</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Модели, найденные на хабе</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>Рекомендуемые модели, от маленьких к большим: хорошее начало.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Поиск «{query}» на хабе…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln GGUF-репозиторий</numerusform>
                <numerusform>%Ln GGUF-репозитория</numerusform>
                <numerusform>%Ln GGUF-репозиториев</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>На хабе ничего не найдено по запросу «{query}»; подходит %Ln рекомендуемая модель.</numerusform>
                <numerusform>На хабе ничего не найдено по запросу «{query}»; подходят %Ln рекомендуемые модели.</numerusform>
                <numerusform>На хабе ничего не найдено по запросу «{query}»; подходят %Ln рекомендуемых моделей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>На хабе ничего не найдено по запросу «{query}».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln рекомендуемая модель соответствует «{query}».</numerusform>
                <numerusform>%Ln рекомендуемые модели соответствуют «{query}».</numerusform>
                <numerusform>%Ln рекомендуемых моделей соответствуют «{query}».</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>Ни одна рекомендуемая модель не соответствует «{query}».</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>Приостановлено: Hearth в офлайн-режиме. Скачивание возобновится, когда Hearth снова будет в сети.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>Ожидание: Hearth в офлайн-режиме.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Приостановлено при закрытии Hearth: возобновите, чтобы завершить скачивание.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>Зависло: данные не поступают. Hearth продолжает попытки.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>Не удалось начать скачивание: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>Ошибка скачивания: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Возобновить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Ход скачивания {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>Приостановить {name}</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Зависло</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>Повторить {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>Возобновить {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>Убрать {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>Отменить {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>Убрать из этого списка (модель останется установленной)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>Остановить и удалить скачанное</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>Загрузок пока нет. Модели, скачанные в разделе «Обзор», появятся здесь.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>Закрыть {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>Закрыть ({key})</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>{n} с</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} мин</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} ч {m} мин</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>Модели из других приложений</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>Эти файлы моделей скачаны другими приложениями. Hearth может использовать их на месте: ничего не копируется и не скачивается заново.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>Отметьте модели для использования; Пробел отмечает текущую или снимает отметку.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>Использовать отмеченные модели</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth не удалось проверить оборудование этого компьютера: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>Не удалось узнать у движка, что он может использовать: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>Оборудование</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Копировать отчёт</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>Скопировать всё содержимое страницы как текст, например для отчёта об ошибке.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>Проверить оборудование и движок ещё раз.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>GPU не используется</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Копировать команду</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>Скопировать команду, чтобы вставить её в терминал.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Этот компьютер</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>Графика</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>Движок (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Устройства</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Как Hearth искал видеокарты</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Сработало</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>Не сработало</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>Запрос к движку…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>Проверка компьютера и движка…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>нет данных</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>Ядер: {cores}, потоков: {threads}</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>Всего {total}, доступно {available}</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>На этом компьютере не найден GPU: модели работают на CPU.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>нет данных</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>Да: эта сборка может размещать слои на GPU ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>Собран с {backends}, но не видит ни одного GPU: модели работают на CPU.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>Нет: эта сборка движка только для CPU, модели работают на CPU.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>нет</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Процессор</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Ядра</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>Память (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Бэкенды</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>Выгрузка на GPU</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>Возможности CPU</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>Параметры сборки</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>Сведения о системе</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Движок</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>Устройства движка</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>Успешные проверки GPU</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>Неудачные проверки GPU</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>Все проверки прошли успешно.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>Ни одна проверка не прошла.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Открыть папку журналов</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Файлы журналов Hearth в {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>О программе Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (копия)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>Создана копия «{title}».</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth не удалось создать копию чата: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth не удалось экспортировать чат: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth не удалось экспортировать историю: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>Импортирован 1 чат.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>Импортирован %n чат.</numerusform>
                <numerusform>Импортировано %n чата.</numerusform>
                <numerusform>Импортировано %n чатов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth не удалось импортировать файл: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Экспортировано в {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth в офлайн-режиме (Настройки): хаб не используется.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>Хаб недоступен, поэтому Hearth пока работает офлайн: ваши модели и чаты по-прежнему работают. Повторите, когда сеть восстановится.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Хаб по-прежнему недоступен; Hearth остаётся в офлайн-режиме.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>Не удалось загрузить модель: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>JSON-схема не применяется, пока в этом чате включены инструменты: отключите инструменты в меню «Инструменты», чтобы получить ответ в этом формате.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>Что-то пошло не так при ответе: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Файлы, которые Hearth не смог прочитать — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>%n файл в {folder} не удалось прочитать; по остальным можно искать. Исправленный файл будет прочитан снова автоматически.</numerusform>
                <numerusform>%n файла в {folder} не удалось прочитать; по остальным можно искать. Исправленный файл будет прочитан снова автоматически.</numerusform>
                <numerusform>%n файлов в {folder} не удалось прочитать; по остальным можно искать. Исправленный файл будет прочитан снова автоматически.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>Файлы, которые не удалось прочитать, и причины</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>Модель эмбеддингов загружается; пока она не готова, поиск идёт только по словам.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>Поиск по смыслу отключён: {reason}. Поиск идёт только по словам.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>Папки знаний</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>Столбцы папок</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>Добавить папку знаний</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>Удалить папку знаний</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>Забыть фрагменты этой папки (файлы останутся)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>Приостановить индексацию; прочитанное сохранится</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>Переиндексировать</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>Проверить все папки сейчас (читаются только изменения)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>Ошибки…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Файлы, которые не удалось прочитать</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>Файлы этой папки, которые не удалось прочитать, и причины</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>Модель эмбеддингов находит фрагменты по смыслу, а не только по словам. Скачайте её ({examples}) в разделе «Модели».</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Модель эмбеддингов</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth читает документы в этих папках (текст, Markdown, код, PDF и файлы Office) и хранит индекс на этом компьютере, чтобы чат мог отвечать по ним и указывать источники. Изменения в папках отслеживаются автоматически.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>Показать файлы, которые не удалось прочитать, и причины</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>Все папки актуальны.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>Проиндексирован %n изменённый файл.</numerusform>
                <numerusform>Проиндексировано %n изменённых файла.</numerusform>
                <numerusform>Проиндексировано %n изменённых файлов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Индексация: {done} из %n файла — {current}</numerusform>
                <numerusform>Индексация: {done} из %n файлов — {current}</numerusform>
                <numerusform>Индексация: {done} из %n файлов — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Возобновить</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>Приостановлено: изменения в папках будут прочитаны после возобновления.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Приостановлено: {done} из %n файла — {current}</numerusform>
                <numerusform>Приостановлено: {done} из %n файлов — {current}</numerusform>
                <numerusform>Приостановлено: {done} из %n файлов — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>Модель эмбеддингов не задана: поиск идёт только по словам. Выберите её выше; в разделе «Модели» можно скачать небольшие.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>Поиск идёт по словам и по смыслу.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Квантование</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Архитектура</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Контекст</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Использовалась</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● Загружена</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Непригодна</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>Проверка… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>Несовпадение</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Не проверено</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>sha256 файла совпадает: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>sha256 файла не совпадает с ожидаемым: файл изменён или повреждён. Удалите его и скачайте заново.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>Ещё не проверено: «Проверить» вычислит хеш файла.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>Загружена: чат сейчас использует эту модель.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>Убрать из библиотеки…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Чтение библиотеки…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>Модели в библиотеке</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Enter открывает чат с выбранной моделью; Delete удаляет её или убирает из библиотеки.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>Столбцы библиотеки</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>Выбрать</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>Начать чат с этой моделью</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>Вычислить хеш файла и сравнить с ожидаемым</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Показать в папке</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>Импортировать файл модели…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>Использовать файл модели с диска на месте (без копирования)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>Найти модели из других приложений</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>Найти GGUF-файлы, скачанные LM Studio, llama.cpp, GPT4All, Jan или Ollama</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>Добавлена модель {name}; проверка файла…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Модель {name} удалена.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>Модель {name} убрана из библиотеки; файл остался в {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln модель · {size} на диске</numerusform>
                <numerusform>%Ln модели · {size} на диске</numerusform>
                <numerusform>%Ln моделей · {size} на диске</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Проверка {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>Импорт файлов моделей</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Файлы моделей GGUF (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>Проверка %Ln файла…</numerusform>
                <numerusform>Проверка %Ln файлов…</numerusform>
                <numerusform>Проверка %Ln файлов…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>Модель {name} проверена.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} не совпадает с контрольной суммой: удалите файл и скачайте заново.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>Для {name} пока не с чем сравнивать.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>Поиск моделей, скачанных другими приложениями…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>Не найдено моделей из других приложений, которых ещё нет в списке.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>Найдена %Ln модель из других приложений.</numerusform>
                <numerusform>Найдено %Ln модели из других приложений.</numerusform>
                <numerusform>Найдено %Ln моделей из других приложений.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Удалить модель</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>Удалить {name} ({file}, {size})?
Её скачал Hearth: файл будет удалён из кеша Hugging Face.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>Убрать из библиотеки</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>Убрать {name} ({file}, {size}) из библиотеки?
Файл останется на диске в {path}: его скачал не Hearth, поэтому Hearth никогда его не удаляет.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>Модель для чата</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>Открыть файл модели…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>Использовать файл модели (.gguf) с диска на месте (без копирования)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Модели…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>Поиск, скачивание и управление моделями ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Загрузка модели</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>Остановить загрузку этой модели</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>Отменить загрузку модели</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>Показать или скрыть панель параметров</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Нет модели</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>контекст %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>Сколько токенов контекста модели использует этот чат</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Использовано контекста</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>Перейти к полю ввода</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Чат</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Экспортировать чат…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>Сохранить открытый чат в файл Markdown</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Экспортировать все…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Крупнее текст</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Мельче текст</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>Системный размер текста</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>Оборудование…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Процессор, память и GPU этого компьютера и что может использовать движок</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
Формат чата: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Открыть файл модели</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Файлы моделей GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Чат удалён.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
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
            <translation>Экспорт чата</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>История Hearth</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>Экспортировать все</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Экспортировано в {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Показать в папке</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Сообщение и %n сообщение под ним удалены.</numerusform>
                <numerusform>Сообщение и %n сообщения под ним удалены.</numerusform>
                <numerusform>Сообщение и %n сообщений под ним удалены.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>Сообщение и ответ под ним удалены.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Сообщение удалено.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ещё не сохранено</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth продолжает попытки; ничего не потеряно.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} Всё, что вы видите, сохранено в памяти и будет записано, как только это станет возможно.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Повторить сейчас</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>Выберите модель, чтобы начать</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Загрузка модели…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Пишет…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Размышляет…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} ток/с · первый токен {first} мс</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} ток/с · принято {kept}% черновых токенов · первый токен {first} мс</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>Чтение чата ({count} токенов)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Перезагрузить модель</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>MCP-сервера с именем «{name}» нет.</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>Заблокировано офлайн-режимом: {host} находится не на этом компьютере.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>MCP-сервер «{name}» отключён.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Копировать код</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>Изменить сообщение</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>Изменить ответ</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Текст сообщения</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>Оставить сообщение как было (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>Сохранить и сгенерировать заново</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>Сохранить как новую версию и написать новый ответ ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>Заменить текст и сохранить ответ под ним</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>Заменить текст ответа ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>Сообщение не может быть пустым: напишите что-нибудь или нажмите «Отмена».</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>Сейчас пишется ответ: остановите его или дождитесь окончания, затем сохраните изменения.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>Загрузите модель, чтобы написать новый ответ; «Сохранить» сохраняет изменения без нового ответа.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>Этого сообщения больше нет в чате.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Предыдущая версия</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Следующая версия</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>Копировать сообщение</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>Изменить сообщение здесь</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Сгенерировать заново</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>Написать новый ответ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>Удалить сообщение</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>Об этом ответе и воспроизведение</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>Продолжить этот ответ</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>пишет…</translation>
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
            <translation>Версия {index} из {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Загрузки</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Подключения</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>Модель {name} уже скачана: она в библиотеке.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>Модель {name} в очереди; скачивание начнётся, когда Hearth снова будет в сети.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>Модель {name} скачивается: см. вкладку «Загрузки».</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>Загрузки (%Ln)</numerusform>
                <numerusform>Загрузки (%Ln)</numerusform>
                <numerusform>Загрузки (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>Модель {name} скачана и проверена: она в библиотеке.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>На других серверах</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}: заблокировано в офлайн-режиме</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}: нет моделей (наведите, чтобы узнать причину)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>Модель, которую использует чат</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{model} на сервере {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>Назад к чату</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>Вернуться к чату ({keys})</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>Страницы</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>Назад к чату</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Ваши чаты</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Перейти: {page}</translation>
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
            <translation>Пресет</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>Сохранить как новый пресет</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>Сохранить текущие параметры как новый пресет.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Сэмплирование</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>Использовать {field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Ctrl+Tab вставляет табуляцию.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>по одной на строку, напр. \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>Ты — полезный ассистент.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Системный промпт</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Контекст</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>авто</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Потоки</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Авто</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>Выбирать число слоёв на GPU автоматически</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Слои на GPU</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Перезагрузить модель</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>Загрузить модель заново с этими настройками.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Сохранить пресет</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>Название нового пресета:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>Собственный системный промпт этого чата (новые чаты начинаются с промпта из настроек).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>Системный промпт по умолчанию для новых чатов (меняется в настройках).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>Системного промпта нет. Промпт по умолчанию для новых чатов можно задать в настройках.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>Движок использует {n}.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>авто</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>Hearth выберет при загрузке модели.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>Подобрано по модели и памяти этого компьютера: слоёв на GPU — {used}. Снимите флажок «Авто», чтобы выбрать самостоятельно.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>Подобрано автоматически: все слои работают на CPU. Снимите флажок «Авто», чтобы выбрать самостоятельно.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth не удалось сохранить настройки.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} Ваши изменения действуют до закрытия Hearth.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>Сохранение, переименование и удаление пресетов</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>Действия с пресетом</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>Сохранить как новый пресет…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>Сохранить с системным промптом…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>При выборе этого пресета позже будет также установлен текущий системный промпт</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>Переименовать «{preset}»…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>Удалить «{preset}»</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>Переименовать пресет</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>Новое название для «{preset}»:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>Отправить «{prompt}»</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>Отправляет этот промпт модели</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>Копировать сведения</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>Воспроизвести</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>Написать этот ответ заново с точно такими же настройками</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>Всё равно воспроизвести</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>Об этом ответе</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>Этот ответ нельзя воспроизвести: Hearth не сохранил его параметры сэмплирования и сид.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>Загрузите модель, чтобы воспроизвести этот ответ.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>Сейчас пишется ответ: воспроизведите этот, когда он закончится.</translation>
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
            <translation>Открыть на хабе</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>Открывает страницу модели в браузере</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>Добавьте токен Hugging Face в настройках</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>Файлы модели для скачивания</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>По одному файлу на квантование; Enter скачивает выбранный.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Скачать</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>Загрузка файлов модели…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · параметров: {parameters} · ≈ {size} · Лицензия: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>Лицензия: {licence} · Доступ: ограниченный</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>Лицензия: {licence} · Доступ: открытый</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>У этой модели нет описания.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>В этом репозитории нет файлов моделей GGUF, которые может использовать Hearth.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln файл модели, по одному на квантование: файлы поменьше быстрее и требуют меньше памяти, побольше — отвечают лучше.</numerusform>
                <numerusform>%Ln файла модели, по одному на квантование: файлы поменьше быстрее и требуют меньше памяти, побольше — отвечают лучше.</numerusform>
                <numerusform>%Ln файлов модели, по одному на квантование: файлы поменьше быстрее и требуют меньше памяти, побольше — отвечают лучше.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>Из заголовка {name}: {note} Помещается до {tokens} токенов контекста.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>Из заголовка {name}: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>Скачать {name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Промпт</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>Токенов/с</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Завершён</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>потоком</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>целиком</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}, клиент отключился</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Чаты</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>Показать или скрыть чаты</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>Показать или скрыть параметры</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>JSON-схема</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>Редакторы, скрипты и другие приложения могут использовать загруженную в чат модель через API, совместимый с OpenAI. Чат имеет приоритет: их запросы ждут, пока он отвечает.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>Предоставлять API</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>Запустить или остановить сервер (пока он включён, он запускается вместе с Hearth)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>Копировать URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>Скопировать базовый URL для клиентов (оканчивается на /v1)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>Нет: веб-страницы не могут обращаться к API</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>Веб-источники (origins), страницам которых разрешено обращаться к API из браузера (CORS), через пробел или запятую, напр. {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адрес</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Порт</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>Веб-&amp;источники</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>Где принимать подключения</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Удалить ключ</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>Пускать программы с этого компьютера без ключа</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>Новый API-ключ</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>Скопировать новый ключ</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>Скопируйте ключ сейчас: Hearth больше его не покажет.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-ключ</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>Обработанные запросы</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>Столбцы запросов</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Запросы</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>Другие компьютеры могут подключиться к {host}: для использования модели им нужен API-ключ.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>На {host} к серверу могут подключаться другие компьютеры, поэтому нужен API-ключ: сначала создайте его ниже.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>Новый ключ</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>Создать ключ</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>Создать новый ключ: старый сразу перестанет работать</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>Создать ключ, который должен отправлять каждый клиент</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>Ключ задан: каждый клиент должен отправлять его ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>Без ключа: API может использовать любая программа на этом компьютере.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>Работает по адресу {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>Использовать сервер {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>Отключён, его инструменты недоступны ни одному чату</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>Показать инструменты</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>Показать инструменты {name}</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>Снова спрашивать перед каждым запуском инструментов этого сервера</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>Не удалось получить список инструментов.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>Сбросить «Всегда разрешать» ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>Скрыть инструменты</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>Запуск сервера и запрос его инструментов…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>Нет: новые чаты начинаются без системного промпта.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>Инструкции, с которых начинается каждый новый чат. У каждого чата свои инструкции, их можно изменить на панели рядом с чатом; эта настройка не меняет существующие чаты.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Системный размер</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> пт</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>Размер текста чата и поля ввода сообщения</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>Системный промпт по умолчанию</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>Отправка</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Размер текста</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} и {smaller} меняют размер текста в любом месте; {reset} сбрасывает его.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>Язык окна Hearth</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Hearth покажет новый язык при следующем запуске.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Внешний вид</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Папки моделей</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Добавить папку моделей</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>Удалить папку моделей</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>Больше не показывать модели из этой папки (файлы останутся)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth показывает GGUF-модели из этих папок (и их подпапок) в библиотеке рядом со своими загрузками и использует их на месте.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Знания</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>Работать офлайн: никогда не подключаться к хабу</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>Без поиска и скачивания; имеющиеся модели и ваши чаты продолжают работать.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Сколько загрузок выполняется одновременно</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>Одновременных загрузок</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>Сеть и загрузки</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>Кеш чатов</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>Показать {folder} в файловом менеджере</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>Открыть папку: {kind}</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>Где хранятся ваши данные</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>Сочетания работают в любом месте главного окна, если не указано иное.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>Начать новый чат ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Начать новый чат</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>Поиск по чатам ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Поиск по чатам</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>Находит чаты, в сообщениях которых есть эти слова</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Чаты</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Enter открывает чат; F2 переименовывает, Delete удаляет, клавиша меню показывает другие действия</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результаты поиска</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Действия с чатом</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
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
            <translation>Дублировать</translation>
        </message>
    </context>
    <context>
        <name>Size</name>
        <message>
            <source>{n} B</source>
            <translation>{n} Б</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} КБ</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} МБ</translation>
        </message>
        <message>
            <source>{n} GB</source>
            <translation>{n} ГБ</translation>
        </message>
        <message>
            <source>{n} TB</source>
            <translation>{n} ТБ</translation>
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>Открыть фрагмент</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>Источник {source}: открыть фрагмент</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>Думать</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>Позволить модели подумать перед ответом (её размышления показываются отдельно, в свёрнутом виде). Выкл.: модель отвечает сразу.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>Думать перед ответом</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>Глубина рассуждений</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>Как долго модель рассуждает перед ответом</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>Скрыть рассуждения модели</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>Показать рассуждения модели</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Токен Hugging Face</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>Вставьте токен чтения с huggingface.co/settings/tokens</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>Узнать у хаба, чей это токен</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>Хранить токен в системном хранилище ключей</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>Забыть сохранённый токен</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>Сначала вставьте токен.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Запрос к хабу…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>Этот токен принадлежит {user}.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>Токен не сохранён: общедоступные модели скачиваются без него.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>Токен сохранён в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>Токен хранится только до закрытия Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>Разрешить один раз</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>Всегда разрешать этот инструмент</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Запретить</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>Выполнить этот вызов сейчас; в следующий раз спросить снова</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>Выполнять вызовы этого инструмента без вопросов до конца сеанса</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>Не запускать; модели сообщат, что вызов запрещён</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>Вызов инструмента {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>Инструменты</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>Инструменты для этого чата</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>Инструменты каких MCP-серверов может использовать этот чат</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>Первый ответ на каждое сообщение вызывает один из инструментов (маленькие модели часто вызывают инструменты, только если их попросить)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>Инструменты ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>Включено {used} из %n сервера инструментов для этого чата</numerusform>
                <numerusform>Включено {used} из %n серверов инструментов для этого чата</numerusform>
                <numerusform>Включено {used} из %n серверов инструментов для этого чата</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>Инструменты позволяют модели искать информацию и действовать за вас через MCP-серверы (Model Context Protocol) — те же серверы, что используют Claude Desktop, LM Studio и Cursor. Каждый инструмент спрашивает разрешения перед запуском и показывает, что он получил и что вернул.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>Офлайн-режим блокирует серверы, доступные по сети, кроме серверов на этом компьютере (localhost). Серверы, которые Hearth запускает как программы, работают только когда они нужны чату.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>Импорт MCP-серверов</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>Добавить серверы из конфигурации MCP другого приложения</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>MCP-серверы</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth хранит свои серверы в {file}.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>MCP-серверов пока нет: импортируйте их из другого приложения или добавьте в файл ниже.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Импорт {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Из файла…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>Из {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>Конфигурация MCP (*.json);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>Добавлено: {servers}.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>Ни один сервер не добавлен.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>Чат длиннее контекста модели ({n_ctx} токенов): %n самое старое сообщение не вошло в этот ответ. Системный промпт сохранён.</numerusform>
                <numerusform>Чат длиннее контекста модели ({n_ctx} токенов): %n самых старых сообщения не вошли в этот ответ. Системный промпт сохранён.</numerusform>
                <numerusform>Чат длиннее контекста модели ({n_ctx} токенов): %n самых старых сообщений не вошли в этот ответ. Системный промпт сохранён.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>Не удалось прочитать файл: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>Не удалось прочитать {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>Прокрутить к последнему сообщению</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>Попробуйте один из этих</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>Открыть менеджер моделей: модели, которые помещаются в память этого компьютера, отмечены</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>Всё работает на этом компьютере: то, что вы пишете, остаётся здесь.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>Загрузка {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>Выбранный сейчас промпт будет ждать в поле ввода.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>Модели пока нет</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>Движок ещё не запущен: загрузите модель, чтобы увидеть, как собран llama.cpp.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (в активном списке)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (в активном поле)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>Системное хранилище ключей недоступно, поэтому API-ключ хранится только до закрытия Hearth; в следующий раз клиентам понадобится новый.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>завершён</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>лимит длины</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>стоп-строка</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>контекст заполнен</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>остановлен</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>На {host} модель могут использовать другие компьютеры, поэтому нужен API-ключ: создайте его ниже или используйте 127.0.0.1.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>Загруженная модель не умеет читать изображения ({names}). Загрузите модель с поддержкой зрения или удалите изображение, чтобы отправить сообщение.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} — не изображение, которое может прочитать Hearth.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} токенов · {rate} ток/с · первый токен {ttft} мс</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} токенов · {rate} ток/с · принято {kept}% черновых токенов · первый токен {ttft} мс</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>чтение чата…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>остановлено</translation>
        </message>
        <message>
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>прервано — приложение закрылось во время написания</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Вы</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Ассистент</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Система</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>Запрос моделей у серверов…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>Подключений пока нет: добавьте его ниже.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Вчера</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Предыдущие 7 дней</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Предыдущие 30 дней</translation>
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
            <translation>Hearth в офлайн-режиме, поэтому подключение «{name}» к {host} заблокировано: можно использовать только серверы на этом компьютере (localhost). Чтобы использовать его, отключите офлайн-режим в настройках.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>Ваше сообщение вместе с системным промптом занимает {tokens:,} токенов; контекст модели вмещает {n_ctx:,}. Сократите его или загрузите модель с большим контекстом.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>Прикреплённые документы не помещаются в оставшееся место в контексте этого чата, даже в виде нескольких фрагментов; начните новый чат или загрузите модель с большим контекстом.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>нет модели эмбеддингов</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Поместится на GPU с контекстом {ctx:,} токенов: около {total} (приблизительно).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Поместится, если {layers} из {n} слоёв будут на GPU, а остальные — в RAM, с контекстом {ctx:,} токенов: около {total} (приблизительно).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Поместится в RAM с контекстом {ctx:,} токенов: около {total} (приблизительно).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>Нужно около {total} с контекстом {ctx:,} токенов — больше, чем свободно; поместится контекст {max_ctx:,} токенов (приблизительно).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>Нужно около {total} — больше памяти, чем свободно на этом компьютере (приблизительно).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>Поместится контекст около {f16:,} токенов с кешем f16, {q8_0:,} — с q8_0, {q4_0:,} — с q4_0 (приблизительно).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>Весь обучающий контекст в {ctx:,} токенов поместится с любым типом кеша (приблизительно).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>Эта модель не может хранить кеш {part} в формате {type}: длина её голов внимания — {length} значений, а это не кратно {block}. Выберите для него f16.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>папка доступна только для чтения</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>файл истории используется другой программой</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>файл истории повреждён</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>диск сообщил об ошибке</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>база данных сообщила об ошибке</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>не удалось открыть файл истории</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth не удалось открыть историю: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth не удалось прочитать историю: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth не удалось сохранить в историю: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth не удалось обновить историю: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth не удалось обновить историю: {why}; ваши чаты не изменены.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth не удалось записать {name}: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth не удалось открыть историю: её папка находится на диске, где её нельзя надёжно хранить (сетевой диск?).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>Эта история записана более новой версией Hearth; обновите Hearth, чтобы открыть её.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>Хаб недоступен: проверьте подключение к сети или используйте Hearth офлайн.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth в офлайн-режиме: хаб не используется, пока вы не отключите офлайн-режим.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>Маленькая и быстрая: подходит, чтобы попробовать Hearth и поиграть со словами, но не для фактов.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>Модель на этом компьютере. Попробуйте запрос ниже, чтобы увидеть, что она умеет.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>Повтор через {delay:g} с: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>Скачивание не удалось после нескольких попыток: {why} Частично скачанный файл сохранён; возобновите скачивание позже.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>Системное хранилище ключей недоступно, поэтому токен Hugging Face хранится только до закрытия Hearth; в следующий раз его нужно будет ввести снова.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Модель не загружена.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>Движок не запущен; запустите его снова.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>Движок не ответил вовремя и был остановлен.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>Движок завершён по запросу.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Движок неожиданно остановился. Уже написанное сохранено; движок запустится снова при следующем запросе.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Движок неожиданно остановился ({reason}). Уже написанное сохранено; движок запустится снова при следующем запросе.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} не может быть черновой моделью для {model}: у них разные словари.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>{draft} не используется как черновая модель. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>Движку не удалось её прочитать.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>Для её контекста не хватило памяти.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>Не удалось загрузить модель: {reason}. Возможно, файл повреждён или создан для более новой версии движка, чем в этом Hearth.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>Модель эмбеддингов не выбрана: поиск идёт только по словам. Выберите её в разделе «Настройки → Знания».</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>Модель эмбеддингов остановилась ({name}: движок {reason}), поэтому поиск идёт только по словам. Выберите другую модель эмбеддингов в разделе «Настройки → Знания» или перезапустите Hearth, чтобы попробовать снова.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>Недостаточно памяти, чтобы загрузить эту модель с контекстом {n_ctx:,} токенов ({reason}). Выберите контекст или модель поменьше либо закройте другие программы.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Недостаточно памяти, чтобы загрузить эту модель с контекстом {context:,} токенов: нужно около {ram_needed} RAM, а свободно {ram_free}. Наибольший подходящий контекст — {max_context:,} токенов: загрузите модель с таким или меньшим контекстом (приблизительно).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Недостаточно памяти, чтобы загрузить эту модель с контекстом {context:,} токенов: нужно около {ram_needed} RAM, а свободно {ram_free}. Не поместится даже небольшой контекст: закройте другие программы или выберите модель или квантование поменьше (приблизительно).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Недостаточно памяти, чтобы загрузить эту модель с контекстом {context:,} токенов: нужно около {ram_needed} RAM и {gpu_needed} на GPU, а свободно {ram_free} RAM и {gpu_free} на GPU. Наибольший подходящий контекст — {max_context:,} токенов: загрузите модель с таким или меньшим контекстом (приблизительно).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Недостаточно памяти, чтобы загрузить эту модель с контекстом {context:,} токенов: нужно около {ram_needed} RAM и {gpu_needed} на GPU, а свободно {ram_free} RAM и {gpu_free} на GPU. Не поместится даже небольшой контекст: закройте другие программы или выберите модель или квантование поменьше (приблизительно).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Загрузка отменена.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>Не удалось загрузить модель на GPU: {why}. Hearth запускает модель на CPU с контекстом {n_ctx:,} токенов.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>Не удалось запустить MCP-сервер «{name}»: его папка {cwd} не существует.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>Не удалось запустить MCP-сервер «{name}»: команда «{command}» не найдена.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>Не удалось запустить MCP-сервер «{name}»: команда «{command}» не является исполняемой.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>MCP-сервер «{name}» отправил сообщение больше {megabytes} МБ и был остановлен.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>MCP-сервер «{name}» отправил недопустимое сообщение JSON-RPC и был остановлен.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>MCP-сервер «{name}» отклонил учётные данные (HTTP {status}); проверьте переданные ему заголовки.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>MCP-сервер «{name}» по адресу {url} не ответил: там ничего не запущено.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>MCP-сервер «{name}» не ответил за {seconds:g} с.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>MCP-сервер «{name}» не ответил за {seconds:g} с; он вывел строки, не являющиеся сообщениями MCP (строк: {lines}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>Не удалось запустить MCP-сервер «{name}»: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>код выхода {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>завершён сигналом {signal}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>MCP-сервер «{name}» сразу завершил работу ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>MCP-сервер «{name}» сразу завершил работу ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>MCP-сервер «{name}» остановлен ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>MCP-сервер «{name}» остановлен ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>MCP-сервер «{name}» закрыл соединение при запуске.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>MCP-сервер «{name}» закрыл соединение при запуске: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>MCP-сервер «{name}» остановлен.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>MCP-сервер «{name}» остановлен: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>MCP-сервер «{name}» ответил с кодом HTTP {status}.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>Ошибка MCP-сервера «{name}»: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Остановлено.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>Модель {rounds} раз подряд сделала недопустимые вызовы инструментов; чат остановлен.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>Модель всё ещё вызывала инструменты после {rounds} раундов; чат остановлен.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>Подключение</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Ожидание</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Повтор</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>В очереди</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Скачивание</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Зависло</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Приостановлено</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Установлено</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} из {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/с</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>Осталось {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Это сообщение слишком длинное для отправки: вместе с системным промптом оно занимает {tokens} токенов, а контекст модели в {n_ctx} токенов вмещает {limit}, если оставить место для ответа. Сократите его или загрузите модель с большим контекстом.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Это изменение слишком длинное для сохранения: вместе с системным промптом оно занимает {tokens} токенов, а контекст модели в {n_ctx} токенов вмещает {limit}, если оставить место для ответа. Сократите его или загрузите модель с большим контекстом.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>сид</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>одинаковые сид и параметры дают одинаковый ответ; без него каждый ответ получает новый случайный сид (он записывается вместе с ответом)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>стоп-строки</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>ответ заканчивается там, где появилась бы одна из этих строк (сама строка не показывается)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>температура</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>насколько смел каждый выбор: при 0 всегда выбирается самый вероятный токен</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>ядерное сэмплирование: только самые вероятные токены, составляющие эту долю; 1 отключает</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>рассматриваются только K самых вероятных токенов; 0 отключает</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>отбрасывать токены, вероятность которых ниже этой доли от вероятности лучшего токена; 0 отключает</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>штраф за повтор</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>снижает вероятность недавних токенов, против зацикливания; 1 отключает</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>окно повтора</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>сколько последних токенов учитывает штраф за повтор</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>весь контекст</translation>
        </message>
        <message>
            <source>off</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>макс. токенов</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>самый длинный ответ, в токенах</translation>
        </message>
        <message>
            <source>context</source>
            <translation>контекст</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>длина контекста в токенах, не больше обучающего контекста модели</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>собственная длина модели</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>потоки</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>Потоки CPU (по умолчанию: по одному на физическое ядро)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Слои на GPU</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>все слои</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>тип кеша K</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>как хранятся ключи внимания: q8_0 и q4_0 вмещают больше контекста в том же объёме памяти ценой небольшой потери качества</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>тип кеша V</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>как хранятся значения внимания: q8_0 и q4_0 вмещают больше контекста в том же объёме памяти (нужен flash attention)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>спекулятивное декодирование</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>угадывать несколько токенов вперёд и проверять их за один шаг: тот же ответ, но быстрее, когда текст повторяется; «Авто» включает его там, где на этом компьютере это оказалось быстрее</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>На GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>Частично на GPU</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>На CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>Не поместится</translation>
        </message>
    </context>
    <context>
        <name>hardware_page</name>
        <message>
            <source>{n} GiB</source>
            <translation>{n} ГиБ</translation>
        </message>
        <message>
            <source>{n} MiB</source>
            <translation>{n} МиБ</translation>
        </message>
        <message>
            <source>{total}, {free} free</source>
            <translation>{total}, свободно {free}</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>объём памяти неизвестен</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (общая с системной RAM)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (рабочий набор Metal)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>из {source}; драйвер {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>из {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>встроенный GPU</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>ускоритель</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>Чат</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>Нет (только слова)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Фрагменты</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Ошибки</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Скачана с хаба</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>Используется на месте</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>В одной из ваших папок моделей</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Встроенная</translation>
        </message>
        <message>
            <source>{n}B</source>
            <comment>billions of parameters</comment>
            <translation>{n} млрд</translation>
        </message>
        <message>
            <source>{n}M</source>
            <comment>millions of parameters</comment>
            <translation>{n} млн</translation>
        </message>
        <message>
            <source>{n}K</source>
            <comment>thousands of parameters</comment>
            <translation>{n} тыс.</translation>
        </message>
        <message>
            <source>Never</source>
            <comment>a model was never used</comment>
            <translation>Никогда</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Сегодня {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 бит на значение: кеш полного размера.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 бит на значение: около половины памяти f16, ответы почти те же.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 бита на значение: около четверти памяти f16; ответы могут немного измениться.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>Авто</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}. Применяется при следующей загрузке модели.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>Небольшая модель с тем же словарём, которая угадывает для этой модели несколько токенов вперёд: те же ответы, но быстрее. Hearth предлагает подходящие модели из вашей библиотеки. Применяется при следующей загрузке модели.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>Черновая модель</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>Нет</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>Что-то пошло не так: {error}. Подробности в журнале.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (изменён)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>Сохранённые наборы параметров сэмплирования. «(изменён)»: значение отличается от пресета.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} По одной на строку; пишите \n для переноса строки внутри неё (например \nUser:), \t для табуляции и \\ для обратной косой черты.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>Инструкции, которые модель видит перед чатом. Всегда сохраняются, даже когда старые сообщения исключаются, чтобы поместиться в контекст.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>Сколько токенов модель видит одновременно: чат и ответ. Чем больше, тем больше памяти. Применяется при следующей загрузке модели.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>Потоки CPU для движка. «Авто» (наименьшее значение) — по одному на физическое ядро. Применяется при следующей загрузке модели.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>Сколько слоёв модели работает на GPU: 0 — только CPU, крайнее значение — все слои на GPU. Применяется при следующей загрузке модели.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Позволить Hearth выбрать число слоёв на GPU по размеру модели и свободной памяти GPU и RAM (приблизительно). Снимите флажок, чтобы выбрать самостоятельно.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>Снимите флажок, чтобы отключить top-p.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>Снимите флажок, чтобы для каждого ответа использовался новый случайный сид.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>больше {low} и не больше {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>от {low} до {high}</translation>
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
            <translation>{special} или {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}. Допустимо: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (только CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>все {n}</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>все</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>{used} из {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>Встроенные пресеты поставляются с Hearth, их нельзя переименовать или удалить.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>Сбалансированный</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>Точный</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>Творческий</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>Туториал по сиду</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>модель закончила ответ</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>достигнут лимит токенов ответа</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>появился стоп-текст</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>контекст заполнен</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>вы остановили его</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>прерван ошибкой</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>причина, неизвестная этой версии Hearth</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>не сохранено</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>температура {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>top-p выкл.</translation>
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
            <translation>штраф за повтор {value} (последние {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>не более {count} токенов</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>стоп на {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>{model} через подключение {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>Формат чата</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Сэмплирование</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Сид</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>Причина остановки</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>не завершён</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>{prompt} в промпте ({reused} из кеша) · {written} написано</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>{prompt} в промпте · {written} написано</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>{rate} ток/с написание · {read} ток/с чтение промпта · первый токен через {ttft} мс · всего {total} с</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Токены</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Скорость</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 неизвестен</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>Этот ответ написан моделью {old} ({old_sha}); сейчас загружена {new} ({new_sha}), поэтому новый ответ будет другим.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>другая модель</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>Доступ к этой модели ограничен: примите её лицензию на её странице на хабе (войдя в аккаунт Hugging Face), затем добавьте токен этого аккаунта в настройках.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>Выберите модель в списке, чтобы увидеть её файлы.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Пока Hearth в офлайн-режиме, файлы нельзя получить: они появятся здесь, готовые к скачиванию, когда хаб станет доступен.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>Столбцы: {table}</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>контекст %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>JSON-схема, которой должен следовать каждый ответ: модель сможет писать только JSON, соответствующий ей (грамматика llama.cpp), а ответ проверяется по завершении. Оставьте пустым для свободного текста. Хранится до закрытия Hearth.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>Пусто: свободный текст. Например {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>Схема длиннее {n} символов. Пока она не исправлена, ответы — свободный текст.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>Это не JSON ({reason} в строке {line}, столбце {column}). Пока это не исправлено, ответы — свободный текст.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>Это не JSON ({reason}). Пока это не исправлено, ответы — свободный текст.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>Схема — это JSON-объект, например {example}. Пока она не исправлена, ответы — свободный текст.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ Рекомендуется</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>Помещается в память GPU: самый быстрый вариант.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>Частично на GPU, остальное в RAM: работает, но медленнее, чем целиком на GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>Помещается в RAM этого компьютера и работает на CPU.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>Слишком велика для свободной памяти этого компьютера: не загрузится или будет работать очень медленно.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Размещение</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Лицензия</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ установлена</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>около {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Репозиторий</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Скачивания</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Лайки</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Обновлено</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Доступ</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>Ограничен</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>Открыт</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>Примите лицензию на хабе и добавьте токен в настройках, чтобы скачать.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Квантование</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln часть)</numerusform>
                <numerusform>{name} (%Ln части)</numerusform>
                <numerusform>{name} (%Ln частей)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>Лучшее качество, которое с запасом помещается в память этого компьютера.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>модель {model} + визуальный проектор {projector}</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>Любой свободный порт</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: подключаться могут только программы на этом компьютере. Любой другой адрес (0.0.0.0 — все сети) открывает доступ другим компьютерам и требует API-ключа.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>Сервер выключен.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>Предоставляется модель {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>Модель не загружена: запросы получают ошибку, пока чат не загрузит модель.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>Ответ в чате использует модель; в очереди %n запрос.</numerusform>
                <numerusform>Ответ в чате использует модель; в очереди %n запроса.</numerusform>
                <numerusform>Ответ в чате использует модель; в очереди %n запросов.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>Модель занята ответом в чате.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>Обработка запроса; в очереди: {n}.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>Обработка запроса.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>Простаивает, в очереди: {n}.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>Простаивает.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>Чат обслуживается раньше ожидающих запросов.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter — отправить (Shift+Enter — новая строка)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Enter — отправить (Enter — новая строка)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Чаты</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Журналы</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>Скачанные модели</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>Токен позволяет Hearth скачивать модели с ограниченным доступом, лицензию которых вы приняли на хабе. Создайте токен чтения на huggingface.co/settings/tokens. Он хранится в системном хранилище ключей (а если его нет — в памяти до закрытия Hearth), но никогда в файлах или журналах Hearth.</translation>
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
            <translation>Низкая</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>Средняя</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>Высокая</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>{s} с</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>{m} мин {s} с</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>Размышляет… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Размышляет…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>Размышления</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>Размышления: меньше секунды</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>Размышления: {time}</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>готово</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>готово за {ms} мс</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>ошибка через {ms} мс</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>пишется…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>не запущено</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>ждёт разрешения</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>выполняется…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>запрещено</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>Вызов не удался.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>Вы запретили этот вызов; модели об этом сообщено.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>Выполнить?</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>Заставить модель сначала вызвать инструмент</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>Чтение списка серверов…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>Этот сервер не предлагает инструментов.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>Зрение</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>Понимает изображения: вместе с моделью скачивается визуальный проектор (mmproj, {size})</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>Понимает изображения: вместе с моделью загружается визуальный проектор (mmproj, {size})</translation>
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
            <translation>Напиши короткое стихотворение о море</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>Предложи пять имён для серого котёнка</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>Расскажи сказку на ночь о роботе, который учится печь</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>Перепиши вежливее: пришли мне отчёт сейчас же</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>Выберите модель на панели выше или найдите ниже подходящую для этого компьютера.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>Найти модель получше для этого компьютера</translation>
        </message>
    </context>
</TS>
