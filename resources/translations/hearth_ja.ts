<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>Hearth について</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>システムのキーチェーンが API キーの読み取りを拒否したため、キーは Hearth を閉じるまでのみ保持されます。</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>システムのキーチェーンが API キーの保存を拒否したため、キーは Hearth を閉じるまでのみ保持されます。</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>システムのキーチェーンが API キーの削除を拒否したため、キーは Hearth を閉じるまでのみ保持されます。</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth は {host} のポート {port} で待ち受けできませんでした。別のプログラムがそのポートを使用している可能性があります。別のポートを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>API リクエストの完了を待っています…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>モデルの検索、ダウンロード、管理</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>ハードウェア</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>このコンピューターのプロセッサー、メモリ、GPU と、エンジンが使えるもの</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>サーバー</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>OpenAI 互換 API で、チャットのモデルを他のプログラムに提供します</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>ツール</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>MCP サーバー：モデルが使えるツール。実行前に毎回確認します</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>環境設定：チャット、外観、モデルフォルダー、ネットワーク、データ</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Hearth を閉じる前に保存しています…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>履歴は保存されていません。</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth はすべてを保存できていません</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}。そのため、表示中の内容はまだ保存されていません（変更 %n 件）。空き容量を増やすか、履歴を使用しているプログラムを閉じると、Hearth は保存してから終了します。</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Hearth を開いたままにする</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>保存せずに終了</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth は保存を試み続けます。</translation>
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
            <translation>添付ファイル {name}、{size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>{name} を削除</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>問題が発生しました：{error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>メッセージを閉じる</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>このメッセージを非表示にします</translation>
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
            <translation>オフ</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>保存された会話状態が使用できる最大のディスク容量。オフにすると保存しません</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>会話キャッシュのサイズ</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>キャッシュをクリア</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>会話キャッシュをクリア</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>保存されたすべての会話状態を削除します（会話自体は残ります）</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>ディスク容量</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>エンジンが会話の状態をこのコンピューターに保存するため、再び開いた会話ではすぐに応答が始まります。ここでは、その保存に使うディスク容量の上限を設定します。上限を超えると、最後に使ってから最も時間の経った会話から削除されます。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>計算しています…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>クリアしています…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>メッセージ（新しいものが最後）。上下キーでメッセージ間を移動します</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>応答に失敗しました：{text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>応答に失敗しました。</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>ファイルを添付（ここへのドロップや貼り付けも可）</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>ファイルや画像を添付：読み込み中のモデルは画像を読めます（ここへのドロップや貼り付けも可）</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>オン：応答にナレッジフォルダーの文章を使用します</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>オフ：応答はナレッジフォルダーを検索しません</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>添付</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>ファイルを添付</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>ナレッジ</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>ナレッジフォルダーをもとに回答</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>モデルにメッセージを送信（{send} で送信、{newline} で改行）</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>応答を停止（Esc）</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>送信（{keys}）</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} トークン</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>{count} / {limit} トークン</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>このメッセージは、古いメッセージをすべて省いても長すぎて送信できません。モデルのコンテキストは {n_ctx} トークンで、そのうち {kept} トークンが応答用に確保されます。</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>次の応答では、空きを作るため最も古いメッセージが省かれます。モデルのコンテキストは {n_ctx} トークンで、そのうち {kept} トークンが応答用に確保されます。</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>あと {left} トークンで古いメッセージが省かれ始めます。モデルのコンテキストは {n_ctx} トークンで、そのうち {kept} トークンが応答用に確保されます。</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>貼り付けた画像を保存できなかったため、添付できません。</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>設定でナレッジフォルダーを追加すると、ドキュメントをもとに回答できます</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>一覧の取得に失敗しました。</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>{url} のサーバーにはモデルがありません。</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model} は {total_ms} ms で応答しました：最初のトークンまで {ttft_ms} ms、{tokens} トークン、{rate} トークン/秒（「{reply}」）。</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>「{name}」は {ms} ms で応答しましたが、モデルはありませんでした。</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>「{name}」は {ms} ms で応答し、モデルは 1 個でした：{listed}。</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>「{name}」は {ms} ms で応答し、モデルは %n 個でした：{listed} ほか {more} 個。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>「{name}」は {ms} ms で応答し、モデルは %n 個でした：{listed}。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>別のマシンやサーバー上のモデルとチャットします：llama-server、vLLM、Ollama、LM Studio、別の Hearth、またはホスト型サービス（OpenAI API に対応した任意のサーバー）。接続先のモデルは、モデル選択でその接続名の下に表示されます。</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>接続とそのモデル</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>接続とそのモデル</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>接続の列</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>このモデルを使用</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>選択したモデルとチャット</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>テスト</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>サーバーのモデル一覧を取得し、短い応答 1 回の時間を計測します</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>接続をテスト</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>この接続と API キーを削除します</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>接続を削除</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>すべてのサーバーにモデル一覧を再度問い合わせます</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>接続を更新</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>例：{example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>省略可：ファイルではなくシステムのキーチェーンに保存されます</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>接続を追加</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>接続を追加</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API キー</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>「{name}」をテストしています：モデル一覧を取得し、短い応答 1 回の時間を計測しています…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>「{name}」を削除しています…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>「{name}」を追加しています…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>インポート済み · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>インポート済み</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>最終更新：{when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>ファイルからインポート</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>履歴ファイルが破損しており、Hearth は修復できませんでした（{reason}）。読み取れる内容は表示されています。ファイルに書き込めるようになるまで、新しいチャットはメモリ上に保持されます。</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>ダウンロード数順</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>いいね数順</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>最近の更新順</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Hub で GGUF モデルを検索（例：qwen、llama 3.2）…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Hub を検索</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Hub で GGUF モデルを探します。キーワードがなければおすすめモデルを表示します。</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>検索結果の並べ替え</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>おすすめモデル</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Hub で見つかったモデル</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>おすすめモデル（小さい順）：最初の一歩に最適です。</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Hub で「{query}」を検索しています…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>GGUF リポジトリ %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Hub に「{query}」に一致するものはありません。一致するおすすめモデルは %Ln 個です。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Hub に「{query}」に一致するものはありません。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>「{query}」に一致するおすすめモデルが %Ln 個あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>「{query}」に一致するおすすめモデルはありません。</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>一時停止中：Hearth はオフラインです。オンラインに戻ると再開します。</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>待機中：Hearth はオフラインです。</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Hearth の終了時に一時停止しました：再開するとダウンロードを完了します。</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>停滞中：データが届いていません。Hearth は試行を続けます。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>接続しています…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>ダウンロードを開始できませんでした：{error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>ダウンロードに失敗しました：{error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>{name} の進行状況</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>{name} を一時停止</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>停滞中</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>{name} を再試行</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>{name} を再開</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>{name} を消去</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>{name} をキャンセル</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>この一覧から削除（モデルはインストールされたままです）</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>停止して、ダウンロード済みの部分を削除します</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>まだダウンロードはありません。「探す」からダウンロードしたモデルがここに表示されます。</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>{title} を閉じる</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>閉じる（{key}）</translation>
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
            <translation>{n} 分</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} 時間 {m} 分</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>他のアプリのモデル</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>これらのモデルファイルは他のアプリでダウンロードされたものです。Hearth はそのままの場所で使用できます。コピーや再ダウンロードは行いません。</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>使用するモデルにチェックを入れてください。Space キーで現在の項目のチェックを切り替えます。</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>チェックしたモデルを使用</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth はこのコンピューターのハードウェアを調べられませんでした：{reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>エンジンに使用可能なものを問い合わせられませんでした：{reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>ハードウェア</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>レポートをコピー</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>このページの内容をすべてテキストとしてコピーします（バグ報告用など）。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>ハードウェアとエンジンを再度調べます。</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>GPU は使用されていません</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>コマンドをコピー</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>ターミナルに貼り付けられるよう、コマンドをコピーします。</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>このコンピューター</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>グラフィックス</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>エンジン（llama.cpp）</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>デバイス</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Hearth がグラフィックカードを探した方法</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>調べています…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>エンジンに問い合わせています…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>このコンピューターとエンジンを調べています…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>報告なし</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} コア、{threads} スレッド</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>合計 {total}、空き {available}</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>このコンピューターに GPU が見つかりません：モデルは CPU で動作します。</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>報告なし</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>はい：このビルドはレイヤーを GPU に配置できます（{backends}）。</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>{backends} 付きでビルドされていますが、GPU デバイスが見えません：モデルは CPU で動作します。</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>いいえ：このエンジンは CPU 専用ビルドのため、モデルは CPU で動作します。</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>なし</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>プロセッサー</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>コア</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>メモリ（RAM）</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>バックエンド</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>GPU オフロード</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>CPU 機能</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>ビルドオプション</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>システム情報</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>エンジン</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>エンジンのデバイス</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>成功した GPU チェック</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>失敗した GPU チェック</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>すべてのチェックが成功しました。</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>成功したチェックはありません。</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>ログフォルダーを開く</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Hearth のログファイル（{folder}）</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>Hearth について</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title}（コピー）</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新しいチャット</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>「{title}」として複製しました。</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth は会話を複製できませんでした：{error}。</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth は会話をエクスポートできませんでした：{error}。</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth は履歴をエクスポートできませんでした：{error}。</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>1 件の会話をインポートしました。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>%n 件の会話をインポートしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth はファイルをインポートできませんでした：{error}。</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>{name} にエクスポートしました。</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth はオフラインです（設定）：Hub には接続しません。</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>Hub に接続できないため、Hearth はしばらくオフラインで動作します。モデルとチャットは引き続き使用できます。ネットワークが戻ったら再試行してください。</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Hub にまだ接続できません。Hearth はオフラインのままです。</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>モデルを読み込めませんでした：{error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>このチャットでツールがオンの間は JSON スキーマが適用されません。その形式で応答を得るには、ツールメニューでツールをオフにしてください。</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>回答中に問題が発生しました：{error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Hearth が読み取れなかったファイル — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>{folder} 内の %n 個のファイルを読み取れませんでした。他のファイルは検索できます。ファイルを修正すると自動的に再度読み取られます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>読み取れなかったファイルとその理由</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>埋め込みモデルを読み込んでいます。準備が整うまで、検索は単語のみを使用します。</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>意味による検索はオフです：{reason}。検索は単語のみを使用します。</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>ナレッジフォルダー</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>フォルダーの列</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>フォルダーを追加…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>ナレッジフォルダーを追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>ナレッジフォルダーを削除</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>このフォルダーの文章を削除します（ファイルは残ります）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>インデックス作成を一時停止します。読み取った内容は保持されます</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>再インデックス</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>すべてのフォルダーを今すぐ再チェック（変更分のみ読み取ります）</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>エラー…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>読み取れなかったファイル</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>このフォルダーで読み取れなかったファイルとその理由</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>埋め込みモデルを使うと、単語だけでなく意味でも文章を探せます。「モデル」でダウンロードしてください（{examples}）。</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>埋め込みモデル</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth はこれらのフォルダー内のドキュメント（テキスト、Markdown、コード、PDF、Office ファイル）を読み取り、このコンピューター上にインデックスを保持します。これにより、チャットはドキュメントをもとに回答し、出典を示せます。フォルダー内の変更は自動的に反映されます。</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>読み取れなかったファイルとその理由を表示</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>すべてのフォルダーは最新です。</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>変更された %n 個のファイルをインデックスしました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>%n 個中 {done} 個のファイルをインデックス中 — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>一時停止中：再開するとフォルダー内の変更を読み取ります。</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>%n 個中 {done} 個のファイルで一時停止中 — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>埋め込みモデルが設定されていません：検索は単語のみを使用します。上で選択してください。「モデル」で小さなモデルをダウンロードできます。</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>検索は単語と意味を使用します。</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>量子化</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>アーキテクチャ</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメーター数</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>コンテキスト</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>確認済み</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● 読み込み済み</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>使用不可</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>確認中… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>検証済み</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>不一致</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未検証</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>ファイルの sha256 が一致しました：{sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>ファイルの sha256 が本来の値と一致しません：変更されたか破損しています。削除して再度ダウンロードしてください。</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>未確認：「検証」でファイルのハッシュを計算します。</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin}（{repo}）</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>読み込み済み：チャットは現在このモデルを使用しています。</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>削除…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>ライブラリから削除…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>ライブラリを読み込んでいます…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>ライブラリ内のモデル</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Enter で選択したモデルとチャットします。Delete で削除します。</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>ライブラリの列</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>使用</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>このモデルとチャット</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>検証</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>ファイルのハッシュを計算し、本来の値と比較します</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>フォルダーに表示</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>モデルファイルをインポート…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>ディスク上のモデルファイルをその場所のまま使用します（コピーしません）</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>他のアプリのモデルを探す</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>LM Studio、llama.cpp、GPT4All、Jan、Ollama がダウンロードした GGUF ファイルを探します</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>{name} を追加しました。ファイルを確認しています…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} を削除しました。</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>{name} をライブラリから削除しました。ファイルは {path} に残っています。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln 個のモデル · ディスク使用量 {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} を確認しています…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>モデルファイルをインポート</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF モデルファイル (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>%Ln 個のファイルを確認しています…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}：{sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>{name} は検証済みです。</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} がチェックサムと一致しません：削除して再度ダウンロードしてください。</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>{name} にはまだ比較対象がありません。</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>他のアプリがダウンロードしたモデルを探しています…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>まだ一覧にない他のアプリのモデルは見つかりませんでした。</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>他のアプリのモデルが %Ln 個見つかりました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>モデルを削除</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>削除</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>{name}（{file}、{size}）を削除しますか？
Hearth がダウンロードしたファイルのため、Hugging Face キャッシュから削除されます。</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>ライブラリから削除</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>削除</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>{name}（{file}、{size}）をライブラリから削除しますか？
ファイルはディスク上の {path} に残ります。Hearth がダウンロードしたものではないため、Hearth が削除することはありません。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>チャットに使うモデル</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>モデルファイルを開く…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>ディスク上のモデルファイル (.gguf) をその場所のまま使用します（コピーしません）</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>モデル…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>モデルの検索、ダウンロード、管理（{keys}）</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>モデルを読み込み中</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>このモデルの読み込みを停止</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>モデルの読み込みをキャンセル</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメーター</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>パラメーターパネルの表示/非表示を切り替えます</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>モデルなし</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>コンテキスト %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>このチャットが使用しているモデルのコンテキストのトークン数</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>使用中のコンテキスト</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新しいチャット</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>入力欄にフォーカス</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>停止</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>チャット(&amp;C)</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>会話をエクスポート…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>開いている会話を Markdown ファイルとして保存します</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>すべてエクスポート…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>インポート…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>設定…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>文字を大きく</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>文字を小さく</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>文字サイズをシステムに合わせる</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>ハードウェア…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>このコンピューターのプロセッサー、メモリ、GPU と、エンジンが使えるもの</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
チャット形式：{format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>モデルファイルを開く</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF モデルファイル (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>会話を削除しました。</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
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
            <translation>会話をエクスポート</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Hearth の履歴</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>すべてエクスポート</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>{name} にエクスポートしました。</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>フォルダーに表示</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>メッセージとその下の %n 件のメッセージを削除しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>メッセージとその下の応答を削除しました。</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>メッセージを削除しました。</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth は試行を続けます。何も失われません。</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} 表示中の内容は保持され、可能になり次第保存されます。</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>今すぐ再試行</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>モデルを選んで始めましょう</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>モデルを読み込んでいます…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>書いています…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>停止しています…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>考えています…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · 最初のトークン {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · ドラフト採用率 {kept}% · 最初のトークン {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>会話を読み込んでいます（{count} トークン）…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>モデルを再読み込み</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>「{name}」という名前の MCP サーバーはありません。</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>オフラインモードによりブロックされました：{host} はこのコンピューター上にありません。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>MCP サーバー「{name}」はオフになっています。</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>コードをコピー</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>すべて選択</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>メッセージを編集</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>応答を編集</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>メッセージのテキスト</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>メッセージを元のままにする（Esc）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>保存して再生成</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>新しいバージョンとして保存し、新しい応答を書く（{keys}）</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>テキストを置き換え、その下の応答は残します</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>応答のテキストを置き換える（{keys}）</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>メッセージを空にはできません：何か入力するか、「キャンセル」を押してください。</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>応答の作成中です：停止するか終わるのを待ってから、編集を保存してください。</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>新しい応答を書くにはモデルを読み込んでください。「保存」なら応答なしで編集を保存します。</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>このメッセージはもう会話にありません。</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>前のバージョン</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>次のバージョン</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>メッセージをコピー</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>ここでメッセージを編集</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>再生成</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>新しい応答を書く</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>メッセージを削除</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>情報</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>この応答について、および再現</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>続ける</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>この応答の続きを書く</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>書いています…</translation>
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
            <translation>バージョン {index} / {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>探す</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>接続</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>設定…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} はダウンロード済みです：ライブラリにあります。</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} はキューに入っています。Hearth がオンラインに戻ると開始します。</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} をダウンロード中です：「ダウンロード」タブをご覧ください。</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>ダウンロード (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>{name} はダウンロード・検証済みです：ライブラリにあります。</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>他のサーバー</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}：オフラインモードでブロック中</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}：モデルなし（ポインターを合わせると理由を表示）</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>チャットが使うモデル</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{url} のサーバー上の {model}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>チャットに戻る</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>チャットに戻る（{keys}）</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>ページ</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>チャットに戻る</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>チャット</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>あなたの会話</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>{page} に移動</translation>
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
            <translation>プリセット</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>名前を付けて保存…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>新しいプリセットとして保存</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>現在のパラメーターを新しいプリセットとして保存します。</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>サンプリング</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>{field} を使用</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Ctrl+Tab でタブを入力します。</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>1 行に 1 つ。例：\nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>あなたは親切なアシスタントです。</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>システムプロンプト</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>コンテキスト</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>自動</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>スレッド</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>自動</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>GPU レイヤー数を自動で選ぶ</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU レイヤー</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>モデルを再読み込み</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>この設定でモデルを再読み込みします。</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>プリセットを保存</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>新しいプリセットの名前：</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>このチャット専用のシステムプロンプト（新しいチャットは設定のものから始まります）。</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>新しいチャットの既定のシステムプロンプト（設定で変更できます）。</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>システムプロンプトはありません。新しいチャット用の既定値は設定で指定できます。</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>エンジンは {n} を使用します。</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>自動</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>モデルの読み込み時に Hearth が決めます。</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>このモデルとこのコンピューターのメモリに合わせて自動選択：GPU に {used} レイヤー。自分で選ぶには「自動」のチェックを外してください。</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>自動選択：すべてのレイヤーが CPU で動作します。自分で選ぶには「自動」のチェックを外してください。</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth は設定を保存できませんでした。</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} 変更は Hearth を閉じるまで有効です。</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>プリセットを保存、名前変更、削除します</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>プリセットの操作</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>新しいプリセットとして保存…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>システムプロンプトと一緒に保存…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>後でこのプリセットを選ぶと、現在表示中のシステムプロンプトも設定されます</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>名前を変更…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>削除</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>「{preset}」の名前を変更…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>「{preset}」を削除</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>プリセット名を変更</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>「{preset}」の新しい名前：</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>「{prompt}」を送信</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>このプロンプトをモデルに送信します</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>詳細をコピー</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>再現</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>まったく同じ設定でこの応答をもう一度書きます</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>それでも再現</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>この応答について</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>この応答は再現できません：Hearth はサンプリング設定もシードも保持していません。</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>この応答を再現するにはモデルを読み込んでください。</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>応答の作成中です：終わってからこの応答を再現してください。</translation>
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
            <translation>Hub で開く</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>モデルのページをブラウザーで開きます</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>設定…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>設定で Hugging Face トークンを追加</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>ダウンロードするモデルファイル</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>量子化ごとに 1 ファイル。Enter で選択したファイルをダウンロードします。</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>モデルのファイルを読み込んでいます…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · パラメーター {parameters} · ≈ {size} · ライセンス：{licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>ライセンス：{licence} · アクセス：制限付き</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>ライセンス：{licence} · アクセス：公開</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>このモデルには説明がありません。</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>このリポジトリには Hearth が使用できる GGUF モデルファイルがありません。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln 個のモデルファイル（量子化ごとに 1 つ）：小さいファイルほど高速で必要なメモリも少なく、大きいファイルほど回答の質が高くなります。</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>{name} のヘッダーより：{note} 最大 {tokens} トークンのコンテキストが収まります。</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>{name} のヘッダーより：{note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>{name} をダウンロード（{size}）</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>プロンプト</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>応答</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>トークン/秒</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>終了理由</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>ストリーム</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>一括</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}、クライアント切断</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>パラメーター</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>会話の表示/非表示を切り替えます</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>パラメーターの表示/非表示を切り替えます</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>JSON スキーマ</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>エディター、スクリプト、その他のアプリは、OpenAI 互換 API を通じてチャットで読み込まれたモデルを使用できます。チャットが優先され、チャットが回答している間はそれらのリクエストは待機します。</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>API を提供</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>サーバーを開始または停止します（オンの間は Hearth と一緒に起動します）</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>URL をコピー</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>クライアントが使うベース URL をコピーします（末尾は /v1）</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>なし：Web ページから API は呼び出せません</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>ブラウザーから API を呼び出せるページの Web オリジン（CORS）。スペースまたはカンマで区切ります。例：{example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>アドレス(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>ポート(&amp;P)</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>Web オリジン(&amp;O)</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>待ち受け先</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>キーを削除</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>このコンピューター上のプログラムはキーなしで接続可能にする</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>新しい API キー</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>新しいキーをコピー</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>今すぐキーをコピーしてください：Hearth は二度と表示しません。</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API キー</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>処理したリクエスト</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>リクエストの列</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>リクエスト</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>他のコンピューターから {host} に接続できます：モデルを使うには API キーが必要です。</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>{host} で提供すると他のコンピューターから接続できるため、API キーが必要です：まず下で作成してください。</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>新しいキー</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>キーを作成</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>新しいキーを作成します：古いキーはすぐに使えなくなります</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>すべてのクライアントが送信する必要があるキーを作成します</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>キーが設定されています：すべてのクライアントはこのキーを送信する必要があります（{header}）。</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>キーなし：このコンピューター上のどのプログラムも API を使用できます。</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>オフ</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>起動しています…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>停止しています…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>{url} で提供中</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>オン</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>サーバー {name} を使用</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>オフのため、どのチャットにもツールは提供されません</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>ツールを表示</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>{name} のツールを表示</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>このサーバーのツールを実行する前に毎回確認する</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>ツールの一覧を取得できませんでした。</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>「常に許可」を取り消す（{count}）</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>ツールを隠す</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>サーバーを起動してツールを問い合わせています…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>なし：新しいチャットはシステムプロンプトなしで始まります。</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>新しいチャットの開始時に使われる指示。各会話は独自のものを保持し、チャット横のパネルで変更できます。ここで変更しても既存のチャットは変わりません。</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>システムのサイズ</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>会話とメッセージ欄の文字サイズ</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>既定のシステムプロンプト</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>送信キー</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字サイズ</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} と {smaller} でどこでも文字サイズを変更でき、{reset} で元に戻せます。</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>チャット</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>システムに合わせる</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>Hearth のウィンドウの言語</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>新しい言語は Hearth の次回起動時に表示されます。</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外観</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>モデルフォルダー</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>フォルダーを追加…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>モデルフォルダーを追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>モデルフォルダーを削除</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>このフォルダーのモデルを一覧に表示しないようにします（ファイルは残ります）</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth は、これらのフォルダー（とそのサブフォルダー）にある GGUF モデルを、自身のダウンロードと並べてライブラリに表示し、その場所のまま使用します。</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>ナレッジ</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>オフラインで作業：Hub に接続しない</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>検索やダウンロードは行いません。手元のモデルとチャットは引き続き使用できます。</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>同時に実行するダウンロードの数</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>同時ダウンロード数</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>ネットワークとダウンロード</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>会話キャッシュ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>フォルダーを開く</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>{folder} をファイルマネージャーで表示します</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>{kind} フォルダーを開く</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>データの保存場所</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>場所の指定がない限り、ショートカットはメインウィンドウのどこでも使えます。</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>新しいチャット</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>新しい会話を始める（{keys}）</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>新しい会話を始める</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>チャットを検索（{keys}）</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>チャットを検索</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>メッセージにこれらの単語を含む会話を探します</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Enter で会話を開きます。F2 で名前を変更、Delete で削除、メニューキーでその他の操作を表示します</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>検索結果</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>削除</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>会話の操作</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>名前を変更</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>エクスポート</translation>
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
            <translation>複製</translation>
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
            <translation>出典</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>該当箇所を開く</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>出典 {source}：該当箇所を開く</translation>
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
            <translation>回答する前にモデルに考えさせます（思考は折りたたんで別に表示）。オフ：すぐに回答します。</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>回答前に考える</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>推論の強さ</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>モデルが回答する前に推論する長さ</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>モデルの推論を隠す</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>モデルの推論を表示</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Hugging Face トークン</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>huggingface.co/settings/tokens で発行した読み取りトークンを貼り付けてください</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>このトークンの所有者を Hub に問い合わせます</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>保存</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>トークンをシステムのキーチェーンに保存</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>保存されたトークンを削除</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>先にトークンを貼り付けてください。</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Hub に問い合わせています…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>このトークンは {user} のものです。</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>トークンは保存されていません：公開モデルはトークンなしでダウンロードできます。</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>トークンはシステムのキーチェーンに保存されています。</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>トークンは Hearth を閉じるまでのみ保持されます。</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>今回のみ許可</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>このツールを常に許可</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>拒否</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>この呼び出しを今すぐ実行し、次回も確認します</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>このセッション中は、このツールの呼び出しを確認なしで実行します</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>実行しません。拒否されたことはモデルに伝えられます</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>ツール呼び出し {name}：{state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>ツール</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>このチャットのツール</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>このチャットで使える MCP サーバーのツール</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>各メッセージへの最初の応答で、いずれかのツールを呼び出します（小さなモデルは指示されないとツールを呼び出さないことがよくあります）</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>ツール（{count}）</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>このチャットでオンのツールサーバー：{used} / %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>ツールを使うと、モデルは MCP サーバー（Model Context Protocol）を通じて情報を調べたり、あなたの代わりに操作したりできます。Claude Desktop、LM Studio、Cursor と同じサーバーが使えます。各ツールは実行前に必ず確認し、受け取った入力と返した結果を表示します。</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>オフラインモードでは、ネットワーク経由で接続するサーバーはブロックされます（このコンピューター上のもの（localhost）を除く）。Hearth がプログラムとして起動するサーバーは、チャットが必要とするときだけ実行されます。</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>インポート…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>MCP サーバーをインポート</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>他のアプリの MCP 設定からサーバーを追加します</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>MCP サーバー</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth はサーバーを {file} に保存しています。</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>MCP サーバーはまだありません：他のアプリのものをインポートするか、下のファイルに追加してください。</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} をインポートしています…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>ファイルから…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>{app} から</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>MCP 設定 (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>{servers} を追加しました。</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>サーバーは追加されませんでした。</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>会話がモデルのコンテキスト（{n_ctx} トークン）より長いため、この応答では最も古い %n 件のメッセージが省かれました。システムプロンプトは保持されています。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>ファイルを読み取れませんでした：{reason}。</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} を読み取れませんでした：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>最新のメッセージまでスクロール</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>試してみましょう</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>モデルマネージャーを開きます：このコンピューターのメモリに収まるモデルには印が付いています</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>すべてこのコンピューター上で動作します：入力した内容は外部に送られません。</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>{model} を読み込んでいます…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込んでいます…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>ここで選んだプロンプトはメッセージ欄に入り、送信を待ちます。</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>モデルがまだありません</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>エンジンはまだ起動していません：llama.cpp のビルド内容を見るには、モデルを読み込んでください。</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation>（フォーカス中のリスト）</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation>（フォーカス中の入力欄）</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>システムのキーチェーンが使えないため、API キーは Hearth を閉じるまでのみ保持されます。次回、クライアントには新しいキーが必要です。</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>完了</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>長さの上限</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>停止文字列</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>コンテキスト上限</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>停止</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>エラー</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>{host} で提供すると他のコンピューターがモデルを使えるため、API キーが必要です：下で作成するか、127.0.0.1 で提供してください。</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>読み込み中のモデルは画像を読めません（{names}）。ビジョン対応のモデルを読み込むか、画像を削除してからメッセージを送信してください。</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} は Hearth が読める画像ではありません。</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} トークン · {rate} tok/s · 最初のトークン {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} トークン · {rate} tok/s · ドラフト採用率 {kept}% · 最初のトークン {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>会話を読み込んでいます…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>中断 – 作成中にアプリが終了しました</translation>
        </message>
        <message>
            <source>You</source>
            <translation>あなた</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>アシスタント</translation>
        </message>
        <message>
            <source>System</source>
            <translation>システム</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>サーバーにモデル一覧を問い合わせています…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>接続はまだありません：下で追加してください。</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>昨日</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>過去 7 日間</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>過去 30 日間</translation>
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
            <translation>Hearth はオフラインモードのため、{host} への接続「{name}」はブロックされています：このコンピューター上のサーバー（localhost）のみ使用できます。使用するには、設定でオフラインモードをオフにしてください。</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>メッセージはシステムプロンプトと合わせて {tokens:,} トークンですが、モデルのコンテキストは {n_ctx:,} トークンまでです。メッセージを短くするか、より大きなコンテキストでモデルを読み込んでください。</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>添付したドキュメントは、数か所の抜粋にしても、このチャットのコンテキストの残りに収まりません。新しいチャットを始めるか、より大きなコンテキストでモデルを読み込んでください。</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>埋め込みモデルなし</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{ctx:,} トークンのコンテキストで GPU に収まります：約 {total}（推定）。</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{n} レイヤー中 {layers} レイヤーを GPU に、残りを RAM に置けば、{ctx:,} トークンのコンテキストで収まります：約 {total}（推定）。</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{ctx:,} トークンのコンテキストで RAM に収まります：約 {total}（推定）。</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>{ctx:,} トークンのコンテキストでは約 {total} が必要で、空きを超えています。{max_ctx:,} トークンのコンテキストなら収まります（推定）。</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>約 {total} が必要で、このコンピューターの空きメモリを超えています（推定）。</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>f16 キャッシュで約 {f16:,} トークン、q8_0 で {q8_0:,} トークン、q4_0 で {q4_0:,} トークンのコンテキストが収まります（推定）。</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>学習時のコンテキスト全体（{ctx:,} トークン）が、どのキャッシュタイプでも収まります（推定）。</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>このモデルは {part} キャッシュを {type} で保持できません：アテンションヘッドの長さが {length} 値で、{block} の倍数ではありません。f16 を選んでください。</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>ディスクがいっぱいです</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>フォルダーが読み取り専用です</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>別のプログラムが履歴ファイルを使用しています</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>履歴ファイルが破損しています</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>ディスクがエラーを報告しました</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>データベースがエラーを報告しました</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>履歴ファイルを開けませんでした</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth は履歴を開けませんでした：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth は履歴を読み込めませんでした：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth は履歴に保存できませんでした：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth は履歴をアップグレードできませんでした：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth は履歴をアップグレードできませんでした：{why}。チャットは変更されていません。</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth は {name} に書き込めませんでした：{why}。</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth は履歴を開けませんでした：履歴のフォルダーが、安全に保存できないディスク上にあります（ネットワークドライブですか？）。</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>この履歴は新しいバージョンの Hearth で書き込まれています。開くには Hearth を更新してください。</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>Hub に接続できません：ネットワークを確認するか、Hearth をオフラインで使用してください。</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth はオフラインです：オフラインモードをオフにするまで Hub には接続しません。</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>小さくて高速：Hearth のお試しや言葉遊びに向いていますが、事実の確認には向きません。</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>このコンピューター上のモデルです。下のプロンプトを試して、得意なことを確かめてください。</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>{delay:g} 秒後に再試行します：{why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>何度か試しましたが、ダウンロードに失敗し続けました：{why} 途中までのファイルは保持されます。後で再開してください。</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>システムのキーチェーンが使えないため、Hugging Face トークンは Hearth を閉じるまでのみ保持されます。次回は再入力が必要です。</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>モデルが読み込まれていません。</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>エンジンが実行されていません。もう一度起動してください。</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>エンジンが時間内に応答しなかったため、停止しました。</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>要求に応じてエンジンを終了しました。</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>エンジンが予期せず停止しました。ここまでに生成された内容は保持されます。エンジンは次のリクエストで再起動します。</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>エンジンが予期せず停止しました：{reason}。ここまでに生成された内容は保持されます。エンジンは次のリクエストで再起動します。</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} は {model} のドラフトを生成できません：語彙が異なります。</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>{draft} による応答のドラフト生成は行われません。{reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>エンジンがファイルを読み取れませんでした。</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>コンテキスト用のメモリがありませんでした。</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>モデルを読み込めませんでした：{reason}。ファイルが破損しているか、この Hearth より新しいエンジン向けに作られている可能性があります。</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>埋め込みモデルが設定されていません：検索は単語のみを使用します。「設定 → ナレッジ」で選択してください。</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>埋め込みモデルが停止しました（{name}：エンジン {reason}）。そのため検索は単語のみを使用します。「設定 → ナレッジ」で別の埋め込みモデルを選ぶか、Hearth を再起動してもう一度試してください。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>メモリが足りないため、{n_ctx:,} トークンのコンテキストでこのモデルを読み込めません（{reason}）。より小さなコンテキストかモデルを選ぶか、他のプログラムを閉じてください。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>メモリが足りないため、{context:,} トークンのコンテキストでこのモデルを読み込めません：RAM が約 {ram_needed} 必要ですが、空きは {ram_free} です。収まる最大のコンテキストは {max_context:,} トークンです：それ以下でモデルを読み込んでください（推定値）。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>メモリが足りないため、{context:,} トークンのコンテキストでこのモデルを読み込めません：RAM が約 {ram_needed} 必要ですが、空きは {ram_free} です。小さなコンテキストでも収まりません：他のプログラムを閉じるか、より小さなモデルまたは量子化を選んでください（推定値）。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>メモリが足りないため、{context:,} トークンのコンテキストでこのモデルを読み込めません：RAM が約 {ram_needed}、GPU が約 {gpu_needed} 必要ですが、空きは RAM {ram_free}、GPU {gpu_free} です。収まる最大のコンテキストは {max_context:,} トークンです：それ以下でモデルを読み込んでください（推定値）。</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>メモリが足りないため、{context:,} トークンのコンテキストでこのモデルを読み込めません：RAM が約 {ram_needed}、GPU が約 {gpu_needed} 必要ですが、空きは RAM {ram_free}、GPU {gpu_free} です。小さなコンテキストでも収まりません：他のプログラムを閉じるか、より小さなモデルまたは量子化を選んでください（推定値）。</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>読み込みをキャンセルしました。</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>GPU での読み込みに失敗しました：{why}。Hearth は代わりに CPU でモデルを実行します（コンテキスト {n_ctx:,} トークン）。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>MCP サーバー「{name}」を起動できませんでした：フォルダー {cwd} が存在しません。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>MCP サーバー「{name}」を起動できませんでした：コマンド「{command}」が見つかりません。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>MCP サーバー「{name}」を起動できませんでした：コマンド「{command}」は実行可能ではありません。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>MCP サーバー「{name}」が {megabytes} MB を超えるメッセージを送信したため、停止しました。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>MCP サーバー「{name}」が無効な JSON-RPC メッセージを送信したため、停止しました。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>MCP サーバー「{name}」が認証情報を拒否しました（HTTP {status}）。渡しているヘッダーを確認してください。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>{url} の MCP サーバー「{name}」が応答しませんでした：そこでは何も待ち受けていません。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>MCP サーバー「{name}」が {seconds:g} 秒以内に応答しませんでした。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>MCP サーバー「{name}」が {seconds:g} 秒以内に応答しませんでした。MCP メッセージではない行を {lines} 行出力しました。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>MCP サーバー「{name}」を起動できませんでした：{why}。</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>終了コード {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>シグナル {signal} で強制終了</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>MCP サーバー「{name}」がすぐに終了しました（{how}）。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>MCP サーバー「{name}」がすぐに終了しました（{how}）：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>MCP サーバー「{name}」が停止しました（{how}）。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>MCP サーバー「{name}」が停止しました（{how}）：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>MCP サーバー「{name}」が起動中に接続を閉じました。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>MCP サーバー「{name}」が起動中に接続を閉じました：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>MCP サーバー「{name}」が停止しました。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>MCP サーバー「{name}」が停止しました：{line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>MCP サーバー「{name}」が HTTP {status} を返しました。</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>MCP サーバー「{name}」でエラーが発生しました：{error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>停止しました。</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>モデルが無効なツール呼び出しを {rounds} 回連続で行ったため、チャットはそこで停止しました。</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>{rounds} ラウンド後もモデルがツールを呼び出し続けたため、チャットはそこで停止しました。</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>接続中</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>待機中</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>再試行中</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>確認中</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>キュー待ち</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>ダウンロード中</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>停滞中</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>一時停止中</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>インストール済み</translation>
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
            <translation>残り {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>このメッセージは長すぎて送信できません：システムプロンプトを含めて {tokens} トークンですが、モデルの {n_ctx} トークンのコンテキストには、応答用の領域を確保すると {limit} トークンしか収まりません。短くするか、より大きなコンテキストでモデルを読み込んでください。</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>この編集は長すぎて保存できません：システムプロンプトを含めて {tokens} トークンですが、モデルの {n_ctx} トークンのコンテキストには、応答用の領域を確保すると {limit} トークンしか収まりません。短くするか、より大きなコンテキストでモデルを読み込んでください。</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>シード</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>同じシードとパラメーターなら同じ応答になります。指定しない場合、応答ごとに新しいランダムシードが使われます（応答とともに記録されます）</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>停止文字列</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>これらの文字列のいずれかが現れる位置で応答が終わります（文字列自体は表示されません）</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>選択の冒険度：0 では常に最も確率の高いトークンを選びます</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>nucleus サンプリング：累積確率がこの割合になるまでの確率の高いトークンのみを使います。1 でオフ</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>確率の高い上位 K 個のトークンのみを考慮します。0 でオフ</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>最も確率の高いトークンに対してこの割合より確率の低いトークンを除外します。0 でオフ</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>繰り返しペナルティ</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>直近のトークンを出にくくしてループを防ぎます。1 でオフ</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>繰り返しウィンドウ</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>繰り返しペナルティが振り返る直近のトークン数</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>コンテキスト全体</translation>
        </message>
        <message>
            <source>off</source>
            <translation>オフ</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>最大トークン数</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>応答の最大長（トークン数）</translation>
        </message>
        <message>
            <source>context</source>
            <translation>コンテキスト</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>トークン単位のコンテキスト長（最大でモデルの学習時のコンテキスト長）</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>モデル本来の長さ</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>スレッド</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>CPU スレッド数（既定：物理コアごとに 1 つ）</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU レイヤー</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>すべてのレイヤー</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>K キャッシュタイプ</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>アテンションのキーの保存形式：q8_0 と q4_0 は同じメモリでより多くのコンテキストを保持できますが、品質がわずかに低下します</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>V キャッシュタイプ</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>アテンションの値（バリュー）の保存形式：q8_0 と q4_0 は同じメモリでより多くのコンテキストを保持できます（Flash Attention が必要です）</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>投機的デコーディング</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>数トークン先を推測し、1 ステップでまとめて検証します：応答は同じで、テキストが繰り返されるときに速くなります。「自動」は、このコンピューターで速くなると測定された場合に使用します</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>GPU に収まる</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>分割して動作</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>CPU で動作</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>収まらない</translation>
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
            <translation>{total}、空き {free}</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>メモリ報告なし</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory}（システム RAM と共有）</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory}（Metal ワーキングセット）</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>{source} より、ドライバー {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>{source} より</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}：{memory}（{source}）</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>統合 GPU</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>アクセラレーター</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>会話</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>なし（単語のみ）</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>エラー</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Hub からダウンロード</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>その場所のまま使用</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>モデルフォルダーのいずれかにあります</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>内蔵</translation>
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
            <translation>未使用</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>今日 {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>値あたり 16 ビット：フルサイズのキャッシュ。</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>値あたり 8 ビット：メモリは f16 の約半分で、応答はほぼ同じです。</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>値あたり 4 ビット：メモリは f16 の約 4 分の 1。応答が少し変わることがあります。</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>自動</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>オン</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>オフ</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}。モデルの再読み込み時に適用されます。</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>同じ語彙を持つ小さなモデルが、このモデルのために数トークン先を推測します：応答は同じまま、より速く返ります。Hearth はライブラリ内の一致するモデルを候補として表示します。モデルの再読み込み時に適用されます。</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>ドラフトモデル</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>なし</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>システムに合わせる</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>ダーク</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>ハイコントラスト</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>問題が発生しました：{error}。詳細はログにあります。</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset}（編集済み）</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>保存されたサンプリングパラメーターのセット。「（編集済み）」：いずれかの値がプリセットと異なります。</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help}1 行に 1 つ。1 つの中で改行するには \n（例：\nUser:）、タブは \t、バックスラッシュは \\ と書きます。</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>モデルが会話の前に読む指示。コンテキストに収めるため古いメッセージが省かれるときも、常に保持されます。</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>モデルが一度に見られるトークン数（会話と応答を含む）。大きいほどメモリを多く使います。モデルの再読み込み時に適用されます。</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>エンジンが使う CPU スレッド数。「自動」（最小値）は物理コアごとに 1 つです。モデルの再読み込み時に適用されます。</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>モデルのレイヤーのうち GPU で動作させる数：0 は CPU のみ、右端ではすべてのレイヤーを GPU に配置します。モデルの再読み込み時に適用されます。</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>モデルのサイズと GPU・RAM の空きメモリ（推定値）から、Hearth に GPU レイヤー数を選ばせます。自分で選ぶにはチェックを外してください。</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>チェックを外すと top-p をオフにします。</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>チェックを外すと、応答ごとに新しいランダムシードを使います。</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>{low} より大きく {high} 以下</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>{low}～{high}</translation>
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
            <translation>{special}、または {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}。</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}。指定可能な値：{range}。</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n}（CPU のみ）</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>すべて（{n}）</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>すべて</translation>
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
            <translation>組み込みのプリセットは Hearth に付属しており、名前の変更や削除はできません。</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>バランス</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>正確</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>クリエイティブ</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>シードチュートリアル</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>モデルが回答を終えた</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>応答のトークン上限に達した</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>停止文字列が現れた</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>コンテキストがいっぱいになった</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>あなたが停止した</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>エラーで終了した</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>このバージョンの Hearth が認識しない理由</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>保持されていません</translation>
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
            <translation>top-p オフ</translation>
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
            <translation>繰り返しペナルティ {value}（直近 {count}）</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>最大 {count} トークン</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>{texts} で停止</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>接続 {connection} の {model}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>チャット形式</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>サンプリング</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>シード</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>停止理由</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>完了しなかった</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>プロンプト {prompt}（再利用 {reused}）· 生成 {written}</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>プロンプト {prompt} · 生成 {written}</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>生成 {rate} tok/s · プロンプト読み込み {read} tok/s · 最初のトークンまで {ttft} ms · 合計 {total} 秒</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 不明</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>この応答は {old}（{old_sha}）が書いたものです。現在読み込まれているモデルは {new}（{new_sha}）のため、新しい応答は同じになりません。</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>別のモデル</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>このモデルはアクセスが制限されています：Hub のモデルページでライセンスに同意し（Hugging Face アカウントにサインインした状態で）、そのアカウントのトークンを設定で追加してください。</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>一覧からモデルを選ぶと、そのファイルが表示されます。</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Hearth がオフラインの間はファイルを一覧表示できません：Hub に接続できるようになると、ここにダウンロード可能な状態で表示されます。</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>{table} の列</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>コンテキスト %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>すべての応答が従う必要のある JSON スキーマ：モデルはこれに適合する JSON しか書けなくなり（llama.cpp の文法機能）、応答の終了時に検証されます。自由なテキストにするには空のままにします。Hearth を閉じるまで保持されます。</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>空：自由なテキスト。例：{"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>スキーマが {n} 文字を超えています。修正されるまで、応答は自由なテキストになります。</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>JSON ではありません（{line} 行 {column} 列：{reason}）。修正されるまで、応答は自由なテキストになります。</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>JSON ではありません（{reason}）。修正されるまで、応答は自由なテキストになります。</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>スキーマは {example} のような JSON オブジェクトです。修正されるまで、応答は自由なテキストになります。</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ おすすめ</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>GPU のメモリに収まります：最も高速に動作します。</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>一部は GPU、残りは RAM：動作しますが、すべて GPU の場合より遅くなります。</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>このコンピューターの RAM に収まり、CPU で動作します。</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>このコンピューターの空きメモリには大きすぎます：読み込めないか、非常に遅くなります。</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメーター数</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>適合</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>ライセンス</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ インストール済み</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>約 {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>リポジトリ</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>ダウンロード数</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>いいね</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新日</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>アクセス</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>制限付き</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>公開</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>ダウンロードするには、Hub でライセンスに同意し、設定でトークンを追加してください。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>量子化</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name}（%Ln 分割）</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>このコンピューターのメモリに余裕をもって収まる最高品質。</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>{model} モデル + {projector} ビジョンプロジェクター</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>空いている任意のポート</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1：このコンピューター上のプログラムのみ接続できます。その他のアドレス（0.0.0.0 はすべてのネットワーク）では他のコンピューターから接続でき、API キーが必要です。</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>サーバーはオフです。</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>{model} を提供中。</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>モデルが読み込まれていません：チャットでモデルを読み込むまで、リクエストはエラーになります。</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>チャットの応答がモデルを使用中です。%n 件のリクエストが待機中です。</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>チャットの応答がモデルを使用中です。</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>リクエストに応答中。{n} 件待機中。</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>リクエストに応答中。</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>アイドル、{n} 件待機中。</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>アイドル。</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>待機中のリクエストよりチャットが優先されます。</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter で送信（Shift+Enter で改行）</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Enter で送信（Enter で改行）</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>システムに合わせる</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>ダーク</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>ハイコントラスト</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>ログ</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>ダウンロードしたモデル</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>トークンがあると、Hub でライセンスに同意した制限付きモデルを Hearth でダウンロードできます。読み取りトークンは huggingface.co/settings/tokens で作成してください。トークンはシステムのキーチェーン（ない場合は Hearth を閉じるまでメモリ上）に保存され、Hearth のファイルやログには決して書き込まれません。</translation>
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
            <translation>考えています… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>考えています…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>思考</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>1 秒未満思考しました</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>{time} 思考しました</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>{ms} ms で完了</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>{ms} ms で失敗</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>作成中…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>未実行</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>実行の許可を求めています</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>実行中…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>拒否</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>呼び出しに失敗しました。</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>この呼び出しを拒否しました。モデルにはその旨が伝えられます。</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>実行しますか？</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>最初にツールを呼び出させる</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>サーバーの一覧を読み込んでいます…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>このサーバーにはツールがありません。</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>ビジョン</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>画像を読み取れます：モデルと一緒にビジョンプロジェクター（mmproj、{size}）をダウンロードします</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>画像を読み取れます：モデルと一緒にビジョンプロジェクター（mmproj、{size}）を読み込みます</translation>
        </message>
        <message>
            <source>{text}, {tag}: {sentence}</source>
            <translation>{text}、{tag}：{sentence}</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Write a short poem about the sea</source>
            <translation>海についての短い詩を書いて</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>グレーの子猫の名前を 5 つ考えて</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>パン作りを覚えるロボットのおやすみ前のお話をして</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>これをもっと丁寧に書き直して：今すぐレポートを送って</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>上のバーでモデルを選ぶか、下でこのコンピューターに合うモデルを探してください。</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>このコンピューターに合うより良いモデルを探す</translation>
        </message>
    </context>
</TS>
