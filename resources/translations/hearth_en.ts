<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardware</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, so what you see is not saved yet (%n change). Free some space or close the program using the history, and Hearth saves it and closes.</numerusform>
                <numerusform>{problem}, so what you see is not saved yet (%n changes). Free some space or close the program using the history, and Hearth saves it and closes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentChip</name>
        <message>
            <source>{name} ({size})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachment {name}, {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hides this message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CacheSettings</name>
        <message>
            <source> GB</source>
            <comment>size unit, after the number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <comment>no conversation states are saved</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disk space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clearing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reply failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</numerusform>
                <numerusform>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>“{name}” replied in {ms} ms with %n models: {listed}.</numerusform>
                <numerusform>“{name}” replied in {ms} ms with %n models: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection and its models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections and their models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from a file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most liked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recently updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln GGUF repository</numerusform>
                <numerusform>%Ln GGUF repositories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Nothing on the hub matches “{query}”; %Ln recommended model matches.</numerusform>
                <numerusform>Nothing on the hub matches “{query}”; %Ln recommended models match.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln recommended model matches “{query}”.</numerusform>
                <numerusform>%Ln recommended models match “{query}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stalled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%p%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close ({key})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graphics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPU offload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CPU features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPUs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engine devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every check worked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No check worked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open logs folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Hearth</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>Imported %n conversations.</numerusform>
                <numerusform>Imported %n conversations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>%n file in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</numerusform>
                <numerusform>%n files in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Errors…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Embedding model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>Indexed %n changed file.</numerusform>
                <numerusform>Indexed %n changed files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Indexing {done} of %n file — {current}</numerusform>
                <numerusform>Indexing {done} of %n files — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Paused at {done} of %n file — {current}</numerusform>
                <numerusform>Paused at {done} of %n files — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Architecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unusable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mismatch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models in the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat with this model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import model file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln model · {size} on disk</numerusform>
                <numerusform>%Ln models · {size} on disk</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import model files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>Checking %Ln file…</numerusform>
                <numerusform>Checking %Ln files…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>Found %Ln model from other apps.</numerusform>
                <numerusform>Found %Ln models from other apps.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model to chat with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open model file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>context %v / %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus composer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export all…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardware…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a model file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Message and the %n messages under it deleted.</numerusform>
                <numerusform>Message and the %n messages under it deleted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thinking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload model</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the message here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regenerate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a new reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{author} ({status}): {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{author}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{index}/{count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {index} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to {page}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{page} ({keys})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPU layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preset actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reproduce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RepoPage</name>
        <message>
            <source>Open on the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model files to download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This model has no description.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln model file, one per quantization: smaller files are faster and need less memory, larger ones answer better.</numerusform>
                <numerusform>%Ln model files, one per quantization: smaller files are faster and need less memory, larger ones answer better.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serve the API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it listens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the new key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default system prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a model folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloads at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network and downloads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where your data lives</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search chats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (.md)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (.json)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Size</name>
        <message>
            <source>{n} B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} TB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Think before answering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deny</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>{used} of %n tool server on for this chat</numerusform>
                <numerusform>{used} of %n tool servers on for this chat</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MCP servers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No server was added.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</numerusform>
                <numerusform>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assistant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{month} {year}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Hearth is in offline mode, so the connection “{name}” to {host} is blocked: only servers on this machine (localhost) can be used. Turn offline mode off in the settings to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no embedding model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database reported an error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exit code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stalled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{duration} left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop strings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top-p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top-k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min-p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat penalty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the whole context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>max tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the model's own length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>threads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPU layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>K cache type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V cache type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speculative decoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won't fit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hardware_page</name>
        <message>
            <source>{n} GiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total}, {free} free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>memory not reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>integrated GPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accelerator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}B</source>
            <comment>billions of parameters</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}M</source>
            <comment>millions of parameters</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}K</source>
            <comment>thousands of parameters</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <comment>a model was never used</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} ({meaning})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{special}, or {range}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{help}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the context was full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you stopped it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an error ended it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>temperature {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top-p {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top-p off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top-k {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min-p {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat penalty {value} (last {count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it did not finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sha256 not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another model</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>≈ {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repository</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantization</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln part)</numerusform>
                <numerusform>{name} (%Ln parts)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>The chat's reply is using the model; %n request waiting.</numerusform>
                <numerusform>The chat's reply is using the model; %n requests waiting.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answering a request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded models</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sources_view</name>
        <message>
            <source>{name} — {place}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>thinking_controls</name>
        <message>
            <source>Low</source>
            <comment>reasoning effort</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thinking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>being written…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>asks to run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}, {tag}: {sentence}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Write a short poem about the sea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
