<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>关于 Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>系统钥匙串拒绝读取 API 密钥，因此该密钥只保留到 Hearth 关闭为止。</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>系统钥匙串拒绝保存 API 密钥，因此该密钥只保留到 Hearth 关闭为止。</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>系统钥匙串拒绝删除 API 密钥，因此该密钥只保留到 Hearth 关闭为止。</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth 无法在 {host} 的端口 {port} 上监听：可能有其他程序正在使用该端口，请另选一个。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>正在等待 API 请求完成…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>查找、下载和管理模型</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>硬件</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>这台电脑的处理器、内存和 GPU，以及引擎可使用的硬件</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>通过兼容 OpenAI 的 API 将聊天所用模型提供给其他程序</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>MCP 服务器：模型可使用的工具，每次运行前都会询问</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>偏好设置：聊天、外观、模型文件夹、网络和数据</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>正在保存，随后关闭 Hearth…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>历史记录未保存。</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth 尚未保存全部内容</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}，因此您看到的内容尚未保存（%n 处更改）。请释放一些空间或关闭正在使用历史记录的程序，Hearth 会随即保存并关闭。</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>保持 Hearth 打开</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>不保存并退出</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth 会继续尝试保存。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentChip</name>
        <message>
            <source>{name} ({size})</source>
            <translation>{name}（{size}）</translation>
        </message>
        <message>
            <source>Attachment {name}, {size}</source>
            <translation>附件 {name}，{size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>移除 {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>出错了：{error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>关闭消息</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>隐藏此消息</translation>
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
            <translation>关</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>已保存的对话状态最多可占用的磁盘空间；设为“关”则不保存</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>对话缓存大小</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>清除缓存</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>清除对话缓存</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>删除所有已保存的对话状态（对话本身会保留）</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>磁盘空间</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>已使用</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>重新打开的对话会立即开始回复，因为引擎会将对话状态保存在这台电脑上；此项限制其占用的磁盘空间，最久未使用的对话会最先被清除。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>正在清除…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>消息列表，最新的在最后；用上下方向键在消息间移动</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>回复失败：{text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>回复失败。</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>附加文件（也可拖放到此处或粘贴）</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>附加文件或图片：已加载的模型可读取图片（也可拖放到此处或粘贴）</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>开：回复会使用知识库文件夹中的段落</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>关：回复不搜索您的知识库文件夹</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>附加</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>附加文件</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>知识库</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>根据知识库文件夹回答</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>向模型发送消息（{send} 发送，{newline} 换行）</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>停止回复（Esc）</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>发送（{keys}）</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} 个 token</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>{count} / {limit} 个 token</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>这条消息太长，即使略去所有较早的消息也无法发送。模型的上下文可容纳 {n_ctx} 个 token，其中 {kept} 个留给回复。</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>下一次回复时将略去最早的消息以腾出空间。模型的上下文可容纳 {n_ctx} 个 token，其中 {kept} 个留给回复。</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>还剩 {left} 个 token，之后将略去较早的消息。模型的上下文可容纳 {n_ctx} 个 token，其中 {kept} 个留给回复。</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>无法保存粘贴的图片，因此无法附加。</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>在设置中添加知识库文件夹，即可根据您的文档回答</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>列出失败。</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>位于 {url} 的服务器没有列出任何模型。</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model} 在 {total_ms} 毫秒内回复：首个 token 用时 {ttft_ms} 毫秒，共 {tokens} 个 token，速度 {rate} token/秒（“{reply}”）。</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>“{name}”在 {ms} 毫秒内回复，没有模型。</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>“{name}”在 {ms} 毫秒内回复，共 1 个模型：{listed}。</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>“{name}”在 {ms} 毫秒内回复，共 %n 个模型：{listed}，另有 {more} 个。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>“{name}”在 {ms} 毫秒内回复，共 %n 个模型：{listed}。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>与其他机器或服务器上的模型聊天：llama-server、vLLM、Ollama、LM Studio、另一个 Hearth，或托管服务（任何支持 OpenAI API 的服务器）。连接的模型会以其名称出现在模型选择器中。</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>连接及其模型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>连接及其模型</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>连接列</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>与所选模型聊天</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>列出服务器的模型，并测量一次简短回复的用时</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>忘记此连接及其 API 密钥</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>移除连接</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>重新向每个服务器获取模型列表</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>刷新连接</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>例如 {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>可选：保存在系统钥匙串中，绝不写入文件</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>添加连接</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>添加连接</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>正在测试“{name}”：列出其模型并测量一次简短回复的用时…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>正在移除“{name}”…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>正在添加“{name}”…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>已导入 · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>最后修改于 {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>从文件导入</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>历史记录文件已损坏，Hearth 无法修复（{reason}）。已显示可读取的部分；在文件可写入之前，新聊天将保存在内存中。</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>下载最多</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>点赞最多</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>最近更新</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>在 Hub 上搜索 GGUF 模型（例如 qwen、llama 3.2）…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>搜索 Hub</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>在 Hub 上查找 GGUF 模型；不输入关键词时显示推荐模型。</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>搜索结果排序方式</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>推荐模型</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>在 Hub 上找到的模型</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>推荐模型，从小到大排列：入门的好选择。</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>正在 Hub 上搜索“{query}”…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln 个 GGUF 仓库</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Hub 上没有与“{query}”匹配的内容；有 %Ln 个推荐模型匹配。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Hub 上没有与“{query}”匹配的内容。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln 个推荐模型与“{query}”匹配。</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>没有与“{query}”匹配的推荐模型。</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>已暂停：Hearth 处于离线状态。Hearth 恢复联网后会自动继续。</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>等待中：Hearth 处于离线状态。</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Hearth 关闭时已暂停：继续即可完成下载。</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>停滞：没有收到数据。Hearth 会继续尝试。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>无法开始下载：{error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>下载失败：{error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>{name} 的进度</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>暂停 {name}</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>重试 {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>继续 {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>清除 {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>取消 {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>从列表中移除（模型仍保持安装）</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>停止并删除已下载的部分</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>还没有下载。从“发现”下载的模型会显示在这里。</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>关闭{title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>关闭（{key}）</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>{n} 秒</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} 分钟</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} 小时 {m} 分钟</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>来自其他应用的模型</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>这些模型文件是由其他应用下载的。Hearth 可以直接在原位置使用它们：不会复制，也不会重新下载。</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>勾选要使用的模型；按空格键勾选或取消勾选当前项。</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>使用已勾选的模型</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth 无法检测这台电脑的硬件：{reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>无法询问引擎可使用哪些硬件：{reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>硬件</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>将此页面的全部内容复制为文本，例如用于错误报告。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>重新检测硬件和引擎。</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>未使用 GPU</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>复制命令</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>复制命令，以便粘贴到终端中。</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>这台电脑</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>图形</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>引擎（llama.cpp）</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Hearth 如何查找显卡</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>未成功</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>正在检测…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>正在询问引擎…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>正在检测这台电脑和引擎…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>未报告</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} 核，{threads} 线程</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>共 {total}，可用 {available}</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>这台电脑上未找到 GPU：模型在 CPU 上运行。</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>未报告任何项</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>是：此构建可以将层放到 GPU 上（{backends}）。</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>已使用 {backends} 构建，但它看不到任何 GPU 设备：模型在 CPU 上运行。</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>否：此引擎构建仅支持 CPU，模型在 CPU 上运行。</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>无</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>处理器</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>核心</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>内存（RAM）</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>后端</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>GPU 卸载</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>CPU 特性</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>构建选项</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>系统信息</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>引擎</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>引擎设备</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>成功的 GPU 检查</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>未成功的 GPU 检查</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>所有检查均成功。</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>所有检查均未成功。</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Hearth 的日志文件，位于 {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>关于 Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title}（副本）</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>已创建副本“{title}”。</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth 无法创建对话副本：{error}。</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth 无法导出对话：{error}。</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth 无法导出历史记录：{error}。</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>已导入 1 个对话。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>已导入 %n 个对话。</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth 无法导入文件：{error}。</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>已导出到 {name}。</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth 处于离线状态（见设置）：不会连接 Hub。</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>无法连接到 Hub，因此 Hearth 暂时离线工作：您的模型和聊天仍可正常使用。网络恢复后请重试。</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>仍无法连接到 Hub；Hearth 保持离线。</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>无法加载模型：{error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>此聊天开启工具时不会应用 JSON 架构：请在“工具”菜单中关闭工具，以获得该格式的回复。</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>回答时出错：{error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Hearth 无法读取的文件 — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>{folder} 中有 %n 个文件无法读取；其他文件可以搜索。修复文件后会自动重新读取。</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>无法读取的文件及原因</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>嵌入模型正在加载；在其就绪之前，搜索仅使用关键词。</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>语义搜索已关闭：{reason}。搜索仅使用关键词。</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>知识库文件夹</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>文件夹列</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>添加知识库文件夹</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>移除知识库文件夹</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>忘记此文件夹的段落（文件保留）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>暂停索引；已读取的内容会保留</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>重新索引</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>立即重新检查所有文件夹（仅读取更改）</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>错误…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>无法读取的文件</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>此文件夹中无法读取的文件及原因</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>嵌入模型可以按语义和关键词查找段落。请在“模型”中下载一个（{examples}）。</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>嵌入模型</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth 会读取这些文件夹中的文档（文本、Markdown、代码、PDF 和 Office 文件），并在这台电脑上保存索引，让聊天可以根据这些文档回答并注明来源。文件夹中的更改会自动获取。</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>显示无法读取的文件及原因</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>所有文件夹均为最新。</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>已为 %n 个更改的文件建立索引。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>正在索引第 {done} 个文件，共 %n 个 — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>已暂停：继续后会读取文件夹中的更改。</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>已暂停于第 {done} 个文件，共 %n 个 — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>未设置嵌入模型：搜索仅使用关键词。请在上方选择一个；“模型”中提供可下载的小型模型。</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>搜索使用关键词和语义。</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>量化</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>架构</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>上下文</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>已检查</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● 已加载</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>无法使用</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>正在检查… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已验证</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>不匹配</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未验证</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>文件的 sha256 匹配：{sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>文件的 sha256 与预期值不符：文件已被更改或已损坏。请删除后重新下载。</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>尚未检查：点击“验证”可计算文件哈希。</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin}（{repo}）</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>已加载：聊天现在正在使用此模型。</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>从模型库中移除…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>正在读取模型库…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>模型库中的模型</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>按 Enter 与所选模型聊天；按 Delete 删除或移除它。</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>模型库列</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>使用</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>与此模型聊天</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>计算文件哈希并与预期值比较</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>导入模型文件…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>直接在原位置使用磁盘上的模型文件（不会复制）</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>查找其他应用的模型</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>查找由 LM Studio、llama.cpp、GPT4All、Jan 或 Ollama 下载的 GGUF 文件</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>已添加 {name}；正在检查其文件…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>已删除 {name}。</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>已从模型库中移除 {name}；文件仍保留在 {path}。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln 个模型 · 占用磁盘 {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>正在检查 {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>导入模型文件</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF 模型文件 (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>正在检查 %Ln 个文件…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}：{sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>{name} 已验证。</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} 与其校验和不匹配：请删除后重新下载。</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>{name} 暂无可比较的校验值。</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>正在查找其他应用下载的模型…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>未找到尚未列出的其他应用的模型。</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>找到 %Ln 个来自其他应用的模型。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>删除模型</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>删除 {name}（{file}，{size}）？
此文件由 Hearth 下载：将从 Hugging Face 缓存中删除。</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>从模型库中移除</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>要从模型库中移除 {name}（{file}，{size}）吗？
文件仍保留在磁盘上的 {path}：它不是由 Hearth 下载的，因此 Hearth 绝不会删除它。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>用于聊天的模型</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>打开模型文件…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>直接在原位置使用磁盘上的模型文件 (.gguf)（不会复制）</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>模型…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>查找、下载和管理模型（{keys}）</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>正在加载模型</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>停止加载此模型</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>取消加载模型</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>显示或隐藏参数面板</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>无模型</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>上下文 %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>此聊天占用的模型上下文 token 数</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>已用上下文</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>聚焦输入框</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>停止</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>聊天(&amp;C)</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>导出对话…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>将当前对话保存为 Markdown 文件</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>全部导出…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>放大文字</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>缩小文字</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>文字大小跟随系统</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>硬件…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>这台电脑的处理器、内存和 GPU，以及引擎可使用的硬件</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
聊天格式：{format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>打开模型文件</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF 模型文件 (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>对话已删除。</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
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
            <translation>导出对话</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Hearth 历史记录</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>全部导出</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>已导出到 {name}。</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>已删除该消息及其下方的 %n 条消息。</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>已删除该消息及其下方的回复。</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>消息已删除。</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth 会继续尝试；不会丢失任何内容。</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} 您看到的内容会被保留，并会尽快保存。</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>立即重试</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>选择一个模型以开始</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>正在思考…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · 首个 token {first} 毫秒</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · 草稿采纳率 {kept}% · 首个 token {first} 毫秒</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>正在读取对话（{count} 个 token）…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>重新加载模型</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>没有名为“{name}”的 MCP 服务器。</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>已被离线模式阻止：{host} 不在这台电脑上。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>MCP 服务器“{name}”已关闭。</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>复制代码</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>全选</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>编辑您的消息</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>编辑回复</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>消息文本</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>保持消息原样（Esc）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>保存并重新生成</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>另存为新版本并生成新的回复（{keys}）</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>替换文本，并保留其下方的回复</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>替换回复的文本（{keys}）</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>消息不能为空：请输入内容，或按“取消”。</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>正在生成回复：请停止它或等它结束，然后再保存编辑。</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>加载模型即可生成新的回复；点击“保存”则只保存编辑。</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>此消息已不在对话中。</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>上一个版本</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>下一个版本</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>复制消息</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>在此编辑消息</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>生成新的回复</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>删除消息</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>关于此回复，以及重现</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>继续生成此回复</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>{author} ({status}): {text}</source>
            <translation>{author}（{status}）：{text}</translation>
        </message>
        <message>
            <source>{author}: {text}</source>
            <translation>{author}：{text}</translation>
        </message>
        <message>
            <source>{index}/{count}</source>
            <translation>{index}/{count}</translation>
        </message>
        <message>
            <source>Version {index} of {count}</source>
            <translation>第 {index} 个版本，共 {count} 个</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>发现</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>模型库</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} 已下载：它在模型库中。</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} 已加入队列；Hearth 恢复联网后开始下载。</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} 正在下载：请查看“下载”标签页。</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>下载 (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>{name} 已下载并验证：它在模型库中。</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>在其他服务器上</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}：在离线模式下被阻止</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}：没有模型（悬停查看原因）</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>聊天所用的模型</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>位于 {url} 服务器上的 {model}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>返回聊天</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>返回聊天（{keys}）</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>返回聊天</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>聊天</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>您的对话</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>前往{page}</translation>
        </message>
        <message>
            <source>{page} ({keys})</source>
            <translation>{page}（{keys}）</translation>
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>另存为新预设</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>将当前参数另存为新预设。</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>采样</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>使用{field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>按 Ctrl+Tab 输入制表符。</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>每行一个，例如 \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>你是一个乐于助人的助手。</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>系统提示词</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>上下文</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>自动</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>线程数</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>自动选择 GPU 层数</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU 层数</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>重新加载模型</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>使用这些设置重新加载模型。</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>保存预设</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>新预设的名称：</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>此聊天专用的系统提示词（新聊天使用设置中的系统提示词）。</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>新聊天的默认系统提示词（可在设置中更改）。</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>没有系统提示词。可在设置中为新聊天设置默认系统提示词。</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>引擎使用 {n}。</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>自动</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>加载模型时由 Hearth 决定。</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>根据此模型和这台电脑的内存自动适配：{used} 层放在 GPU 上。取消勾选“自动”即可自行选择。</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>根据自动适配：所有层都在 CPU 上运行。取消勾选“自动”即可自行选择。</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth 无法保存其设置。</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} 您的更改在 Hearth 关闭前有效。</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>保存、重命名或删除预设</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>预设操作</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>另存为新预设…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>连同系统提示词一起保存…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>以后选择此预设时，也会设置当前显示的系统提示词</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>删除</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>重命名“{preset}”…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>删除“{preset}”</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>重命名预设</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>“{preset}”的新名称：</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>发送“{prompt}”</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>将此提示词发送给模型</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>重现</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>使用完全相同的设置重新生成此回复</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>仍然重现</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>关于此回复</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>无法重现此回复：Hearth 没有保留其采样设置或随机种子。</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>加载模型即可重现此回复。</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>正在生成回复：请在结束后再重现此回复。</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}：{value}</translation>
        </message>
    </context>
    <context>
        <name>RepoPage</name>
        <message>
            <source>Open on the hub</source>
            <translation>在 Hub 上打开</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>在浏览器中打开模型页面</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>在设置中添加 Hugging Face 令牌</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>可下载的模型文件</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>每种量化一个文件；按 Enter 下载所选文件。</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>正在加载模型文件…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} 参数 · ≈ {size} · 许可证：{licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>许可证：{licence} · 访问：受限</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>许可证：{licence} · 访问：公开</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>此模型没有描述。</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>此仓库中没有 Hearth 可用的 GGUF 模型文件。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln 个模型文件，每种量化一个：文件越小速度越快、所需内存越少，文件越大回答质量越好。</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>来自 {name} 的文件头：{note} 最多可容纳 {tokens} 个 token 的上下文。</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>来自 {name} 的文件头：{note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>下载 {name}（{size}）</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>token/秒</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束原因</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>流式</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>非流式</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}，客户端已断开</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>显示或隐藏对话列表</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>显示或隐藏参数</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>JSON 架构</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>编辑器、脚本和其他应用可以通过兼容 OpenAI 的 API 使用聊天中已加载的模型。聊天优先：聊天回答期间，它们的请求会等待。</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>提供 API 服务</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>启动或停止服务器（开启时会随 Hearth 一起启动）</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>复制 URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>复制客户端使用的基础 URL（以 /v1 结尾）</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>无：网页无法调用 API</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>允许从浏览器调用 API 的网页来源（CORS），以空格或逗号分隔，例如 {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>端口(&amp;P)</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>网页来源(&amp;O)</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>监听位置</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>移除密钥</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>允许这台电脑上的程序无需密钥即可访问</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>新的 API 密钥</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>复制新密钥</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>请立即复制密钥：Hearth 不会再次显示它。</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>已处理的请求</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>请求列</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>请求</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>其他电脑可以访问 {host}：它们需要 API 密钥才能使用模型。</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>在 {host} 上提供服务会允许其他电脑访问，因此需要 API 密钥：请先在下方创建一个。</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>新密钥</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>创建密钥</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>创建新密钥：旧密钥会立即失效</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>创建一个每个客户端都必须发送的密钥</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>已设置密钥：每个客户端都必须发送它（{header}）。</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>无密钥：这台电脑上的任何程序都可以使用 API。</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>关</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>正在 {url} 提供服务</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>开</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>使用服务器 {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>已关闭，其工具不会提供给任何聊天</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>显示工具</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>显示 {name} 的工具</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>此服务器的每个工具运行前都重新询问</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>无法列出任何工具。</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>忘记“始终允许”（{count}）</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>隐藏工具</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>正在启动服务器并获取其工具…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>无：新聊天开始时没有系统提示词。</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>每个新聊天开始时使用的指令。每个对话都保留自己的系统提示词，可在聊天旁的面板中修改；此处的更改不影响已有的聊天。</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>系统大小</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>对话和消息框中文字的大小</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>默认系统提示词</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>发送键</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} 和 {smaller} 可在任何位置更改文字大小；{reset} 可将其重置。</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>Hearth 窗口的语言</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Hearth 下次启动时将显示新语言。</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>模型文件夹</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>添加模型文件夹</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>移除模型文件夹</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>不再列出此文件夹中的模型（文件保留）</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth 会在模型库中列出这些文件夹（及其子文件夹）中的 GGUF 模型，与自己下载的模型并列，并直接在原位置使用它们。</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>知识库</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>离线工作：从不连接 Hub</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>不进行搜索或下载；您已有的模型和聊天仍可正常使用。</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>同时进行的下载数量</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>同时下载数</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>网络和下载</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>对话缓存</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>在文件管理器中显示 {folder}</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>打开{kind}文件夹</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>数据存放位置</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>除非另有说明，快捷键在主窗口中的任何位置均可使用。</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>开始新对话（{keys}）</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>开始新对话</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>搜索聊天（{keys}）</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>搜索聊天</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>查找消息中包含这些词的对话</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>按 Enter 打开对话；按 F2 重命名，按 Delete 删除，按菜单键显示其他操作</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>删除</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>对话操作</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
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
            <translation>创建副本</translation>
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
            <translation>来源</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>打开段落</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>来源 {source}：打开段落</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>思考</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>让模型在回答前先思考（思考内容单独显示并折叠）。关：立即回答。</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>先思考再回答</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>推理强度</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>模型在回答前推理的时长</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>隐藏模型的推理过程</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>显示模型的推理过程</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Hugging Face 令牌</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>粘贴来自 huggingface.co/settings/tokens 的读取令牌</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>向 Hub 查询此令牌属于谁</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>保存</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>将令牌保存在系统钥匙串中</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>忘记已保存的令牌</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>请先粘贴令牌。</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>正在查询 Hub…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>此令牌属于 {user}。</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>未保存令牌：公开模型无需令牌即可下载。</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>已有令牌保存在系统钥匙串中。</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>令牌只保留到 Hearth 关闭为止。</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>允许一次</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>始终允许此工具</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>立即运行此调用；下次再询问</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>本次会话中运行此工具的调用时不再询问</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>不运行；会告知模型已被拒绝</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>工具调用 {name}：{state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>此聊天的工具</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>此聊天可以使用哪些 MCP 服务器的工具</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>对每条消息的第一次回复都会调用某个工具（小模型通常只有在被要求时才会调用工具）</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>工具（{count}）</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>此聊天已开启 {used} 个工具服务器，共 %n 个</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>工具让模型可以通过 MCP 服务器（模型上下文协议）替您查找信息和执行操作，与 Claude Desktop、LM Studio 和 Cursor 使用的服务器相同。每个工具运行前都会征求您的同意，并显示它收到的输入和返回的结果。</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>离线模式会阻止通过网络访问的服务器，这台电脑上的服务器（localhost）除外。由 Hearth 作为程序启动的服务器仅在聊天需要时运行。</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>导入 MCP 服务器</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>从其他应用的 MCP 配置中添加服务器</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>MCP 服务器</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth 将其服务器保存在 {file} 中。</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>还没有 MCP 服务器：可导入其他应用的服务器，或将其添加到下方的文件中。</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>从文件…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>从 {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>MCP 配置 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>已添加 {servers}。</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>未添加任何服务器。</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>对话长度超出了模型的上下文（{n_ctx} 个 token）：此回复略去了最早的 %n 条消息。系统提示词已保留。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>无法读取某个文件：{reason}。</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>无法读取 {name}：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>滚动到最新消息</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>试试这些</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>打开模型管理器：适合这台电脑内存的模型会有标记</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>一切都在这台电脑上运行：您输入的内容不会离开这里。</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>正在加载 {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>现在选择的提示词会放入消息框中等待发送。</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>还没有模型</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>引擎尚未启动：加载模型后即可查看 llama.cpp 的构建方式。</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation>（在当前焦点列表中）</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation>（在当前焦点字段中）</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>没有可用的系统钥匙串，因此 API 密钥只保留到 Hearth 关闭为止；下次客户端将需要新的密钥。</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>已完成</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>达到长度上限</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>停止字符串</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>上下文已满</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>已停止</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>错误</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>在 {host} 上提供服务会让其他电脑使用该模型，因此需要 API 密钥：请在下方创建一个，或改在 127.0.0.1 上提供服务。</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>已加载的模型无法读取图片（{names}）。请加载支持视觉的模型，或移除图片后再发送消息。</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} 不是 Hearth 可读取的图片。</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} 个 token · {rate} tok/s · 首个 token {ttft} 毫秒</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} 个 token · {rate} tok/s · 草稿采纳率 {kept}% · 首个 token {ttft} 毫秒</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>正在读取对话…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>已中断：生成时应用已关闭</translation>
        </message>
        <message>
            <source>You</source>
            <translation>您</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>正在向服务器获取模型列表…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>还没有连接：请在下方添加。</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>过去 7 天</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>过去 30 天</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{year}年{month}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Hearth is in offline mode, so the connection “{name}” to {host} is blocked: only servers on this machine (localhost) can be used. Turn offline mode off in the settings to use it.</source>
            <translation>Hearth 处于离线模式，因此到 {host} 的连接“{name}”已被阻止：只能使用这台电脑上的服务器（localhost）。要使用它，请在设置中关闭离线模式。</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>加上系统提示词，您的消息长 {tokens:,} 个 token；模型的上下文可容纳 {n_ctx:,} 个。请缩短消息，或以更大的上下文加载模型。</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>即使只取几个段落，附加的文档也放不进此聊天上下文的剩余空间；请新建聊天，或以更大的上下文加载模型。</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>无嵌入模型</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>可放入 GPU，上下文为 {ctx:,} 个 token：约 {total}（估算）。</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>可将 {n} 层中的 {layers} 层放到 GPU 上，其余放入 RAM，上下文为 {ctx:,} 个 token：约 {total}（估算）。</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>可放入 RAM，上下文为 {ctx:,} 个 token：约 {total}（估算）。</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>上下文为 {ctx:,} 个 token 时约需 {total}，超过可用内存；{max_ctx:,} 个 token 的上下文可以放下（估算）。</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>约需 {total}，超过这台电脑的可用内存（估算）。</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>使用 f16 缓存约可容纳 {f16:,} 个 token 的上下文，q8_0 约 {q8_0:,} 个，q4_0 约 {q4_0:,} 个（估算）。</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>其完整的训练上下文（{ctx:,} 个 token）在任何缓存类型下都能放下（估算）。</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>此模型无法将其 {part} 缓存保存为 {type}：其注意力头长度为 {length} 个值，不是 {block} 的倍数。请为其选择 f16。</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>文件夹为只读</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>另一个程序正在使用历史记录文件</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>历史记录文件已损坏</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>磁盘报告了错误</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>数据库报告了错误</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>无法打开历史记录文件</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth 无法打开其历史记录：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth 无法读取其历史记录：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth 无法保存到其历史记录：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth 无法升级其历史记录：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth 无法升级其历史记录：{why}；您的聊天未被更改。</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth 无法写入 {name}：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth 无法打开其历史记录：其文件夹所在的磁盘无法安全地保存历史记录（是网络驱动器吗？）。</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>此历史记录由更新版本的 Hearth 写入；请更新 Hearth 后再打开。</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>无法连接 Hub：请检查网络，或离线使用 Hearth。</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth 处于离线状态：在您关闭离线模式之前，不会连接 Hub。</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>小巧快速：适合试用 Hearth 和玩文字游戏，不适合查询事实。</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>这台电脑上的模型。试试下面的提示词，看看它擅长什么。</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>{delay:g} 秒后重试：{why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>多次尝试后下载仍然失败：{why} 已保留部分下载的文件，稍后可继续下载。</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>没有可用的系统钥匙串，因此您的 Hugging Face 令牌 只保留到 Hearth 关闭为止；下次需要重新输入。</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>未加载模型。</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>引擎未运行；请重新启动。</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>引擎未及时响应，已被停止。</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>引擎已按请求结束。</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>引擎意外停止。已生成的内容会保留；引擎将在下一个请求时重新启动。</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>引擎意外停止：{reason}。已生成的内容会保留；引擎将在下一个请求时重新启动。</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} 无法为 {model} 生成草稿：二者的词表不同。</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>回复不会使用 {draft} 生成草稿。{reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>引擎无法读取该文件。</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>没有足够的内存用于其上下文。</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>无法加载模型：{reason}。文件可能已损坏，或是为比此 Hearth 更新的引擎制作的。</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>未设置嵌入模型：搜索仅使用关键词。请在“设置 → 知识库”中选择一个。</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>嵌入模型已停止（{name}：引擎 {reason}），因此搜索仅使用关键词。请在“设置 → 知识库”中选择其他嵌入模型，或重启 Hearth 再试。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>内存不足，无法以 {n_ctx:,} 个 token 的上下文加载此模型（{reason}）。请选择更小的上下文或模型，或关闭其他程序。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>内存不足，无法以 {context:,} 个 token 的上下文加载此模型：约需 {ram_needed} RAM，而可用的为 {ram_free}。可容纳的最大上下文为 {max_context:,} 个 token：请以此值或更小的上下文加载模型（估算值）。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>内存不足，无法以 {context:,} 个 token 的上下文加载此模型：约需 {ram_needed} RAM，而可用的为 {ram_free}。即使很小的上下文也放不下：请关闭其他程序，或选择更小的模型或量化（估算值）。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>内存不足，无法以 {context:,} 个 token 的上下文加载此模型：约需 {ram_needed} RAM 和 {gpu_needed} GPU 显存，而可用的为 {ram_free} RAM 和 {gpu_free} GPU 显存。可容纳的最大上下文为 {max_context:,} 个 token：请以此值或更小的上下文加载模型（估算值）。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>内存不足，无法以 {context:,} 个 token 的上下文加载此模型：约需 {ram_needed} RAM 和 {gpu_needed} GPU 显存，而可用的为 {ram_free} RAM 和 {gpu_free} GPU 显存。即使很小的上下文也放不下：请关闭其他程序，或选择更小的模型或量化（估算值）。</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>已取消加载。</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>在 GPU 上加载失败：{why}。Hearth 改为在 CPU 上运行模型，上下文为 {n_ctx:,} 个 token。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>MCP 服务器“{name}”无法启动：其文件夹 {cwd} 不存在。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>MCP 服务器“{name}”无法启动：找不到命令“{command}”。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>MCP 服务器“{name}”无法启动：命令“{command}”不可执行。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>MCP 服务器“{name}”发送了超过 {megabytes} MB 的消息，已被停止。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>MCP 服务器“{name}”发送了无效的 JSON-RPC 消息，已被停止。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>MCP 服务器“{name}”拒绝了凭据（HTTP {status}）；请检查提供给它的请求头。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>位于 {url} 的 MCP 服务器“{name}”没有响应：该地址没有服务在监听。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>MCP 服务器“{name}”在 {seconds:g} 秒内没有响应。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>MCP 服务器“{name}”在 {seconds:g} 秒内没有响应；它输出了 {lines} 行非 MCP 消息。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>MCP 服务器“{name}”无法启动：{why}。</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>退出代码 {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>被信号 {signal} 终止</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>MCP 服务器“{name}”启动后立即退出（{how}）。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>MCP 服务器“{name}”启动后立即退出（{how}）：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>MCP 服务器“{name}”已停止（{how}）。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>MCP 服务器“{name}”已停止（{how}）：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>MCP 服务器“{name}”在启动时关闭了连接。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>MCP 服务器“{name}”在启动时关闭了连接：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>MCP 服务器“{name}”已停止。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>MCP 服务器“{name}”已停止：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>MCP 服务器“{name}”返回了 HTTP {status}。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>MCP 服务器“{name}”出错：{error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>模型连续 {rounds} 次发出无效的工具调用；聊天已在此停止。</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>模型在 {rounds} 轮后仍在调用工具；聊天已在此停止。</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>正在连接</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>正在重试</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>正在检查</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>正在下载</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>剩余 {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>这条消息太长，无法发送：加上系统提示词共 {tokens} 个 token，而模型 {n_ctx} 个 token 的上下文在为回复预留空间后只能容纳 {limit} 个。请缩短消息，或以更大的上下文加载模型。</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>此编辑太长，无法保存：加上系统提示词共 {tokens} 个 token，而模型 {n_ctx} 个 token 的上下文在为回复预留空间后只能容纳 {limit} 个。请缩短内容，或以更大的上下文加载模型。</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>相同的种子和参数会得到相同的回复；不设置时，每次回复都会使用新的随机种子（随回复一起记录）</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>停止字符串</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>回复会在即将出现其中某个字符串时结束（该字符串本身不显示）</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>每次选择的冒险程度：0 表示总是选择最可能的 token</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>核采样：只考虑累计概率达到此比例的最可能的 token；1 表示关闭</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>只考虑最可能的 K 个 token；0 表示关闭</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>舍弃概率低于“最可能 token 的概率 × 此值”的 token；0 表示关闭</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>重复惩罚</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>降低最近出现的 token 的概率，防止循环重复；1 表示关闭</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>重复窗口</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>重复惩罚回溯检查的最近 token 数</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>整个上下文</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>最大 token 数</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>回复的最大长度（以 token 计）</translation>
        </message>
        <message>
            <source>context</source>
            <translation>上下文</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>以 token 计的上下文长度，最多为模型训练时的上下文长度</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>模型自身的长度</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>线程数</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>CPU 线程数（默认：每个物理核心一个）</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU 层数</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>所有层</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>K 缓存类型</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>注意力键的存储方式：q8_0 和 q4_0 在相同内存中可容纳更多上下文，质量略有损失</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>V 缓存类型</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>注意力值的存储方式：q8_0 和 q4_0 在相同内存中可容纳更多上下文（需要 Flash Attention）</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>推测解码</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>提前猜测多个 token，并在一步中一起验证：回复相同，文本重复时速度更快；“自动”仅在本机实测更快时启用</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>适合 GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>拆分运行</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>适合 CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>内存不足</translation>
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
            <translation>{total}，可用 {free}</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>未报告内存</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory}（与系统 RAM 共享）</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory}（Metal 工作集）</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>来自 {source}；驱动程序 {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>来自 {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}：{memory}（{source}）</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>集成 GPU</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>加速器</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>对话</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>无（仅关键词）</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>段落</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>错误</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>从 Hub 下载</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>原位使用</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>位于您的某个模型文件夹中</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>内置</translation>
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
            <translation>从未使用</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>今天 {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>每个值 16 位：完整大小的缓存。</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>每个值 8 位：内存约为 f16 的一半，回复几乎相同。</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>每个值 4 位：内存约为 f16 的四分之一；回复可能略有变化。</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>自动</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>开</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>关</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}。重新加载模型后生效。</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>一个词表相同的小模型，为此模型提前猜测几个 token：回复相同，但更快。Hearth 会列出模型库中匹配的模型。重新加载模型后生效。</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>草稿模型</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>出错了：{error}。详细信息见日志。</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset}（已编辑）</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>已保存的采样参数组合。“（已编辑）”：某个值与预设不同。</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help}每行一个；在一项中用 \n 表示换行（例如 \nUser:），用 \t 表示制表符，用 \\ 表示反斜杠。</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>模型在对话之前看到的指令。即使为适应上下文而略去旧消息，也始终保留。</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>模型一次能看到的 token 数：包括对话和回复。越大占用的内存越多。重新加载模型后生效。</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>引擎使用的 CPU 线程数。“自动”（最小值）表示每个物理核心一个线程。重新加载模型后生效。</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>模型有多少层在 GPU 上运行：0 表示仅在 CPU 上运行，拉到最右端则所有层都放在 GPU 上。重新加载模型后生效。</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>让 Hearth 根据模型大小以及 GPU 和 RAM 的可用内存（估算值）选择 GPU 层数。取消勾选即可自行选择。</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>取消勾选以关闭 top-p。</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>取消勾选后，每次回复都使用新的随机种子。</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>大于 {low} 且不超过 {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>介于 {low} 和 {high} 之间</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{value} ({meaning})</source>
            <translation>{value}（{meaning}）</translation>
        </message>
        <message>
            <source>{special}, or {range}</source>
            <translation>{special}，或 {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}。</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}。允许的值：{range}。</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n}（仅 CPU）</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>全部 {n} 层</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>全部</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>{used} / {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>内置预设随 Hearth 提供，无法重命名或删除。</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>均衡</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>精确</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>创意</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>种子教程</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>模型已完成回答</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>达到了回复的 token 上限</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>出现了停止字符串</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>上下文已满</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>您停止了它</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>因出错而结束</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>此版本的 Hearth 无法识别的原因</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>未保留</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>温度 {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>top-p 关闭</translation>
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
            <translation>重复惩罚 {value}（最近 {count} 个）</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>最多 {count} 个 token</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>在 {texts} 处停止</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>连接 {connection} 上的 {model}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>聊天格式</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>采样</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>停止原因</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>提示词 {prompt}（复用 {reused}）· 生成 {written}</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>提示词 {prompt} · 生成 {written}</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>生成 {rate} tok/s · 读取提示词 {read} tok/s · 首个 token 用时 {ttft} 毫秒 · 共 {total} 秒</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>token</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 未知</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>此回复由 {old}（{old_sha}）生成；当前加载的模型是 {new}（{new_sha}），因此新回复不会相同。</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>其他模型</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>此模型受限：请在 Hub 上的模型页面接受其许可证（需登录您的 Hugging Face 账户），然后在设置中添加该账户的令牌。</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>在列表中选择一个模型以查看其文件。</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Hearth 离线时无法列出其文件：一旦可以访问 Hub，文件就会显示在这里，可供下载。</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>{table}的列</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>上下文 %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>每次回复都必须遵循的 JSON 架构：模型将只能写出符合该架构的 JSON（使用 llama.cpp 的语法约束），并在回复结束时进行检查。留空则为自由文本。保留到 Hearth 关闭为止。</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>留空：自由文本。例如 {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>架构超过 {n} 个字符。修正之前，回复为自由文本。</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>这不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）。修正之前，回复为自由文本。</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>这不是有效的 JSON（{reason}）。修正之前，回复为自由文本。</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>架构是一个 JSON 对象，例如 {example}。修正之前，回复为自由文本。</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ 推荐</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>可放入 GPU 显存：运行速度最快。</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>部分在 GPU 上，其余在 RAM 中：可以运行，但比完全在 GPU 上慢。</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>可放入这台电脑的 RAM，在 CPU 上运行。</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>对这台电脑的可用内存来说太大：无法加载，或加载非常慢。</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适配</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ 已安装</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>约 {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>仓库</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>下载量</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>点赞</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>访问</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>受限</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>公开</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>请在 Hub 上接受许可证，并在设置中添加您的令牌，即可下载。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>量化</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name}（%Ln 个部分）</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>能宽裕放入这台电脑内存的最佳质量。</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>{model} 模型 + {projector} 视觉投影器</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>任意可用端口</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1：只有这台电脑上的程序可以连接。任何其他地址（0.0.0.0 表示所有网络）都会允许其他电脑访问，并需要 API 密钥。</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>服务器已关闭。</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>正在提供 {model} 服务。</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>未加载模型：在聊天加载模型之前，请求都会收到错误。</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>聊天回复正在使用该模型；%n 个请求正在等待。</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>聊天回复正在使用该模型。</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>正在回答请求；{n} 个等待中。</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>正在回答请求。</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>空闲，{n} 个等待中。</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>空闲。</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>聊天优先于等待中的请求。</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter 发送（Shift+Enter 换行）</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Enter 发送（Enter 换行）</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>已下载的模型</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>令牌可让 Hearth 下载您已在 Hub 上接受许可证的受限模型。请在 huggingface.co/settings/tokens 创建读取令牌。令牌保存在系统钥匙串中（如果没有钥匙串，则保存在内存中直到 Hearth 关闭），绝不会写入 Hearth 的文件或日志。</translation>
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
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>高</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>{s} 秒</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>{m} 分 {s} 秒</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>正在思考… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>正在思考…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>思考过程</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>思考了不到一秒</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>思考了 {time}</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>已完成，用时 {ms} 毫秒</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>失败，用时 {ms} 毫秒</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>未运行</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>请求运行</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>正在运行…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>调用失败。</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>您拒绝了此调用；已告知模型。</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>要运行吗？</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>让模型先调用工具</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>正在读取服务器列表…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>此服务器不提供任何工具。</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>视觉</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>可读取图片：会随模型一起下载视觉投影器（mmproj，{size}）</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>可读取图片：会随模型一起加载其视觉投影器（mmproj，{size}）</translation>
        </message>
        <message>
            <source>{text}, {tag}: {sentence}</source>
            <translation>{text}，{tag}：{sentence}</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Write a short poem about the sea</source>
            <translation>写一首关于大海的短诗</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>为一只灰色小猫起五个名字</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>给我讲一个关于学习烘焙的机器人的睡前故事</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>把这句话改写得更礼貌一些：马上把报告发给我</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>在上方的栏中选择一个模型，或在下方查找适合这台电脑的模型。</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>为这台电脑查找更好的模型</translation>
        </message>
    </context>
</TS>
