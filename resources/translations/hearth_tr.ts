<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>Hearth Hakkında</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>Sistem anahtar zinciri API anahtarını okumayı reddetti; anahtar yalnızca Hearth kapanana kadar tutulur.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>Sistem anahtar zinciri API anahtarını kaydetmeyi reddetti; anahtar yalnızca Hearth kapanana kadar tutulur.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>Sistem anahtar zinciri API anahtarını silmeyi reddetti; anahtar yalnızca Hearth kapanana kadar tutulur.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth, {host} üzerinde {port} numaralı bağlantı noktasını dinleyemedi: bu bağlantı noktasını başka bir program kullanıyor olabilir; başka bir tane seçin.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>Bir API isteğinin bitmesi bekleniyor…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modeller</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>Modelleri bulun, indirin ve yönetin</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Donanım</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Bu bilgisayarın işlemcisi, belleği ve GPU'ları ile motorun neleri kullanabileceği</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Sunucu</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>Sohbetin modelini OpenAI uyumlu bir API üzerinden diğer programlara sunun</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Araçlar</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>MCP sunucuları: bir modelin kullanabileceği araçlar, her biri çalışmadan önce izin ister</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ayarlar</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>Tercihler: sohbet, görünüm, model klasörleri, ağ ve veriler</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Hearth kapanmadan önce kaydediliyor…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>Geçmiş kaydedilmedi.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth her şeyi kaydetmedi</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}; bu yüzden gördükleriniz henüz kaydedilmedi (%n değişiklik). Biraz yer açın veya geçmişi kullanan programı kapatın; Hearth kaydedip kapanacaktır.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Hearth açık kalsın</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Kaydetmeden çık</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth kaydetmeyi denemeye devam ediyor.</translation>
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
            <translation>Ek {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Kaldır: {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Bir sorun oluştu: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Mesajı kapat</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>Bu mesajı gizler</translation>
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
            <translation>Kapalı</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>Kaydedilen sohbet durumlarının kaplayabileceği en fazla disk alanı; Kapalı hiçbirini kaydetmez</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>Sohbet önbelleği boyutu</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>Önbelleği temizle</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>Sohbet önbelleğini temizle</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>Kaydedilen tüm sohbet durumlarını sil (sohbetleriniz kalır)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Disk alanı</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Kullanılan</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>Yeniden açtığınız bir sohbete yanıtlar hemen başlar, çünkü motor sohbetin durumunu bu bilgisayara kaydeder; bu ayar bunların kapladığı disk alanını sınırlar ve en uzun süredir kullanılmayan sohbetler önce silinir.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Hesaplanıyor…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>Temizleniyor…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Sohbet</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>Mesajlar, en yenisi en sonda; Yukarı ve Aşağı tuşları mesajlar arasında gezinir</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>Yanıt başarısız oldu: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>Yanıt başarısız oldu.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>Dosya ekle (veya buraya bırakın ya da yapıştırın)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>Dosya veya görsel ekle: yüklü model görselleri okuyabilir (veya buraya bırakın ya da yapıştırın)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>Açık: yanıtlar bilgi klasörlerinizdeki pasajları kullanır</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>Kapalı: yanıtlar bilgi klasörlerinizde arama yapmaz</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Gönder</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Ekle</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Dosya ekle</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Bilgi</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>Bilgi klasörlerinden yanıtla</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>Modele mesaj yazın ({send} gönderir, {newline} yeni satır)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Durdur</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Yanıtı durdur (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>Gönder ({keys})</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} token</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>{count} / {limit} token</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Bu mesaj, tüm eski mesajlar dışarıda bırakılsa bile gönderilemeyecek kadar uzun. Modelin bağlamı {n_ctx} token alır; {kept} token yanıt için ayrılır.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Yer açmak için en eski mesajlar bir sonraki yanıtın dışında bırakılacak. Modelin bağlamı {n_ctx} token alır; {kept} token yanıt için ayrılır.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Eski mesajlar dışarıda bırakılmadan önce {left} token kaldı. Modelin bağlamı {n_ctx} token alır; {kept} token yanıt için ayrılır.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>Yapıştırılan resim eklemek için kaydedilemedi.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>Belgelerinizden yanıt vermek için Ayarlar'da bir bilgi klasörü ekleyin</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>Listeleme başarısız oldu.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>{url} adresindeki sunucu hiç model listelemiyor.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model}, {total_ms} ms içinde yanıt verdi: ilk token {ttft_ms} ms sonra, {rate} token/sn hızla {tokens} token (“{reply}”).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>“{name}”, {ms} ms içinde modelsiz yanıt verdi.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>“{name}”, {ms} ms içinde 1 modelle yanıt verdi: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>“{name}”, {ms} ms içinde %n modelle yanıt verdi: {listed} ve {more} tane daha.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>“{name}”, {ms} ms içinde %n modelle yanıt verdi: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>Başka bir makinedeki veya sunucudaki modellerle sohbet edin: llama-server, vLLM, Ollama, LM Studio, başka bir Hearth veya barındırılan bir hizmet (OpenAI API'sini konuşan her sunucu). Bir bağlantının modelleri, model seçicide bağlantının adı altında görünür.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>Bağlantı ve modelleri</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>Bağlantılar ve modelleri</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>Bağlantı sütunları</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Bu modeli kullan</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>Seçili modelle sohbet et</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test et</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>Sunucunun modellerini listele ve kısa bir yanıtın süresini ölç</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Bağlantıyı test et</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Kaldır</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>Bu bağlantıyı ve API anahtarını unut</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>Bağlantıyı kaldır</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Yenile</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>Her sunucudan modellerini yeniden iste</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>Bağlantıları yenile</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>ör. {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>isteğe bağlı: sistem anahtar zincirinde tutulur, asla bir dosyada değil</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>Bağlantı ekle</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>Bağlantı ekle</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API anahtarı</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>“{name}” test ediliyor: modelleri listeleniyor ve kısa bir yanıtın süresi ölçülüyor…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>“{name}” kaldırılıyor…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>“{name}” ekleniyor…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>İçe aktarıldı · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>İçe aktarıldı</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>Son değişiklik: {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Bir dosyadan içe aktarıldı</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>Geçmiş dosyası hasarlı ve Hearth onu onaramadı ({reason}). Okunabilenler gösteriliyor; yeni sohbetler, dosyaya yazılabilene kadar bellekte tutulur.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>En çok indirilen</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>En çok beğenilen</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>Son güncellenen</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Hub'da GGUF modelleri arayın (ör. qwen, llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Hub'da ara</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Hub'da GGUF modelleri bulur; sözcük girilmezse önerilen modelleri gösterir.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>Arama sonuçlarını sırala</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>Önerilen modeller</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Hub'da bulunan modeller</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>Küçükten büyüğe önerilen modeller: başlamak için iyi bir yer.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Hub'da “{query}” aranıyor…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln GGUF deposu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Hub'da “{query}” ile eşleşen bir şey yok; %Ln önerilen model eşleşiyor.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Hub'da “{query}” ile eşleşen bir şey yok.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln önerilen model “{query}” ile eşleşiyor.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>“{query}” ile eşleşen önerilen model yok.</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>Duraklatıldı: Hearth çevrimdışı. Hearth yeniden çevrimiçi olduğunda devam eder.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>Bekliyor: Hearth çevrimdışı.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Hearth kapandığında duraklatıldı: indirmeyi tamamlamak için sürdürün.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>Takıldı: veri gelmiyor. Hearth denemeye devam ediyor.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Bağlanıyor…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>İndirme başlatılamadı: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>İndirme başarısız oldu: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>Duraklat</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Sürdür</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>İlerleme: {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>Duraklat: {name}</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Takıldı</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Yeniden dene</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>Yeniden dene: {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>Sürdür: {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Temizle</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>Temizle: {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>İptal et: {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>Bu listeden kaldır (model yüklü kalır)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>Durdur ve indirilenleri sil</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>Henüz indirme yok. Keşfet'ten indirdiğiniz modeller burada görünür.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>Kapat: {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>Kapat ({key})</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>{n} sn</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} dk</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} sa {m} dk</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>Diğer uygulamalardaki modeller</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>Bu model dosyaları başka uygulamalar tarafından indirildi. Hearth bunları bulundukları yerde kullanabilir: hiçbir şey kopyalanmaz veya yeniden indirilmez.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>Kullanılacak modelleri işaretleyin; Boşluk tuşu geçerli olanı işaretler veya işaretini kaldırır.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>İşaretli modelleri kullan</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth bu bilgisayarın donanımını inceleyemedi: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>Motora neleri kullanabileceği sorulamadı: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>Donanım</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Raporu kopyala</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>Bu sayfadaki her şeyi metin olarak kopyalayın, ör. bir hata raporu için.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Yenile</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>Donanımı ve motoru yeniden incele.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>GPU kullanılmıyor</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Komutu kopyala</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>Komutu bir terminale yapıştırmak için kopyalayın.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Bu bilgisayar</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>Grafik</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>Motor (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Sürüm</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Aygıtlar</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Hearth'ın ekran kartlarını nasıl aradığı</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Çalıştı</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>Çalışmadı</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>İnceleniyor…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>Motora soruluyor…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>Bu bilgisayar ve motor inceleniyor…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>bildirilmedi</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} çekirdek, {threads} iş parçacığı</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>Toplam {total}, {available} kullanılabilir</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>Bu bilgisayarda GPU bulunamadı: modeller CPU üzerinde çalışır.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>bildirilmedi</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>Evet: bu derleme katmanları GPU'ya yerleştirebilir ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>{backends} ile derlendi, ancak görünür bir GPU aygıtı yok: modeller CPU üzerinde çalışır.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>Hayır: bu motor derlemesi yalnızca CPU içindir, modeller CPU üzerinde çalışır.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>yok</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>İşlemci</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Çekirdekler</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>Bellek (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Arka uçlar</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>GPU'ya aktarma</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>CPU özellikleri</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>Derleme seçenekleri</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>Sistem bilgisi</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU'lar</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Motor</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>Motor aygıtları</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>Çalışan GPU denetimleri</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>Çalışmayan GPU denetimleri</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>Tüm denetimler çalıştı.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>Hiçbir denetim çalışmadı.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Yardım</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Klavye kısayolları</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Günlük klasörünü aç</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Hearth'ın günlük dosyaları, {folder} içinde</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>Hearth Hakkında</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (kopya)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Yeni sohbet</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>“{title}” olarak çoğaltıldı.</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth sohbeti çoğaltamadı: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth sohbeti dışa aktaramadı: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth geçmişi dışa aktaramadı: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>1 sohbet içe aktarıldı.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>%n sohbet içe aktarıldı.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth dosyayı içe aktaramadı: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Dışa aktarıldı: {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth çevrimdışı (Ayarlar): Hub'a bağlanılmıyor.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>Hub'a ulaşılamıyor, bu yüzden Hearth şimdilik çevrimdışı çalışıyor: modelleriniz ve sohbetleriniz çalışmaya devam eder. Ağ geri geldiğinde yeniden deneyin.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Hub'a hâlâ ulaşılamıyor; Hearth çevrimdışı kalıyor.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>Model yüklenemedi: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>Bu sohbette araçlar açıkken JSON şeması uygulanmaz: bu biçimde bir yanıt almak için Araçlar menüsünden araçları kapatın.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>Yanıtlanırken bir sorun oluştu: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Hearth'ın okuyamadığı dosyalar — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>{folder} içindeki %n dosya okunamadı; diğerlerinde arama yapılabilir. Bir dosyayı düzeltirseniz kendiliğinden yeniden okunur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>Okunamayan dosyalar ve nedenleri</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>Gömme modeli yükleniyor; hazır olana kadar arama yalnızca sözcükleri kullanır.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>Anlama göre arama kapalı: {reason}. Arama yalnızca sözcükleri kullanır.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>Bilgi klasörleri</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>Klasör sütunları</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Klasör ekle…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>Bilgi klasörü ekle</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Kaldır</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>Bilgi klasörünü kaldır</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>Bu klasörün pasajlarını unut (dosyaları kalır)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Duraklat</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>Dizinlemeyi beklet; okunanlar korunur</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>Yeniden dizinle</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>Tüm klasörleri şimdi yeniden denetle (yalnızca değişiklikler okunur)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>Hatalar…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Okunamayan dosyalar</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>Bu klasörün okunamayan dosyaları ve nedenleri</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>Bir gömme modeli, pasajları sözcüklerinin yanı sıra anlamlarına göre de bulur. Modeller'den bir tane ({examples}) indirin.</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Gömme modeli</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth bu klasörlerdeki belgeleri (metin, Markdown, kod, PDF ve Office dosyaları) okur ve bu bilgisayarda bir dizin tutar; böylece bir sohbet bunlardan yanıt verebilir ve kaynaklarını belirtebilir. Klasörlerdeki değişiklikler kendiliğinden algılanır.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>Okunamayan dosyaları ve nedenlerini göster</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>Tüm klasörler güncel.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>%n değiştirilmiş dosya dizinlendi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Dizinleniyor: {done} / %n dosya — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Sürdür</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>Duraklatıldı: klasörlerdeki değişiklikler sürdürdüğünüzde okunur.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Duraklatıldı: {done} / %n dosya — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>Gömme modeli ayarlanmadı: arama yalnızca sözcükleri kullanır. Yukarıdan bir tane seçin; Modeller indirmek için küçük modeller sunar.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>Arama sözcükleri ve anlamı kullanır.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Dosya</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Boyut</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Kuantizasyon</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Mimari</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametreler</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Bağlam</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Denetlendi</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Son kullanım</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● Yüklendi</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Kullanılamaz</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>Denetleniyor… %{percent}</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Doğrulandı</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>Uyuşmazlık</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Doğrulanmadı</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>Dosyanın sha256 değeri eşleşiyor: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>Dosyanın sha256 değeri olması gerekenle eşleşmiyor: dosya değişmiş veya hasarlı. Silip yeniden indirin.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>Henüz denetlenmedi: Doğrula, dosyanın özetini hesaplar.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>Yüklendi: sohbet şu anda bu modeli kullanıyor.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>Sil…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>Kitaplıktan kaldır…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Kitaplık okunuyor…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>Kitaplıktaki modeller</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Enter seçili modelle sohbete geçer; Delete onu siler veya kaldırır.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>Kitaplık sütunları</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>Kullan</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>Bu modelle sohbet et</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Doğrula</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>Dosyanın özetini hesapla ve olması gerekenle karşılaştır</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Klasörde göster</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>Model dosyası içe aktar…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>Diskteki bir model dosyasını bulunduğu yerde kullan (kopyalanmaz)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>Diğer uygulamalardaki modelleri bul</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>LM Studio, llama.cpp, GPT4All, Jan veya Ollama'nın indirdiği GGUF dosyalarını ara</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>{name} eklendi; dosyası denetleniyor…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Silindi: {name}.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>{name} kitaplıktan kaldırıldı; dosya {path} konumunda kalıyor.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln model · diskte {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Denetleniyor: {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>Model dosyalarını içe aktar</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF model dosyaları (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>%Ln dosya denetleniyor…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>{name} doğrulandı.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} sağlama toplamıyla eşleşmiyor: silip yeniden indirin.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>{name} için henüz karşılaştırılacak bir şey yok.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>Diğer uygulamaların indirdiği modeller aranıyor…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>Diğer uygulamalarda, listede olmayan model bulunamadı.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>Diğer uygulamalarda %Ln model bulundu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Modeli sil</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>{name} ({file}, {size}) silinsin mi?
Bunu Hearth indirdi: dosya Hugging Face önbelleğinden silinir.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>Kitaplıktan kaldır</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>Kaldır</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>{name} ({file}, {size}) kitaplıktan kaldırılsın mı?
Dosya diskte {path} konumunda kalır: Hearth onu indirmedi, bu yüzden Hearth onu asla silmez.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>Sohbet edilecek model</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>Model dosyası aç…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>Diskteki bir model dosyasını (.gguf) yerinde kullan (kopyalanmaz)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Modeller…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>Modelleri bulun, indirin ve yönetin ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Model yükleniyor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>Bu modelin yüklenmesini durdur</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>Model yüklemeyi iptal et</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametreler</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>Parametreler panelini göster veya gizle</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Model yok</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>bağlam %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>Bu sohbetin kullandığı, modelin bağlamındaki token sayısı</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Kullanılan bağlam</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Yeni sohbet</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Ara</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>Mesaj kutusuna odaklan</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Çık</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>Durdur</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Sohbet</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Sohbeti dışa aktar…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>Açık sohbeti Markdown dosyası olarak kaydet</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Tümünü dışa aktar…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>İçe aktar…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ayarlar…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Görünüm</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Daha büyük metin</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Daha küçük metin</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>Sistemdeki metin boyutu</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>Donanım…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Bu bilgisayarın işlemcisi, belleği ve GPU'ları ile motorun neleri kullanabileceği</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
Sohbet biçimi: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Model dosyası aç</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF model dosyaları (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Sohbet silindi.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Geri al</translation>
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
            <translation>Sohbeti dışa aktar</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Hearth geçmişi</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>Tümünü dışa aktar</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>İçe aktar</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Dışa aktarıldı: {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Klasörde göster</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Mesaj ve altındaki %n mesaj silindi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>Mesaj ve altındaki yanıt silindi.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Mesaj silindi.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Henüz kaydedilmedi</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth denemeye devam ediyor; hiçbir şey kaybolmaz.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} Gördükleriniz korunuyor ve mümkün olur olmaz kaydedilecek.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Şimdi yeniden dene</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>Başlamak için bir model seçin</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Model yükleniyor…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Yazıyor…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Durduruluyor…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Düşünüyor…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/sn · ilk token {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/sn · taslak kabulü %{kept} · ilk token {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>Sohbet okunuyor ({count} token)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Modeli yeniden yükle</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>“{name}” adında bir MCP sunucusu yok.</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>Çevrimdışı mod tarafından engellendi: {host} bu bilgisayarda değil.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>“{name}” MCP sunucusu kapalı.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>Kopyala</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Kodu kopyala</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopyalandı</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tümünü Seç</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>Mesajınızı düzenleyin</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>Yanıtı düzenle</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Mesaj metni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>Mesajı olduğu gibi bırak (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Kaydet</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>Kaydet ve yeniden oluştur</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>Yeni sürüm olarak kaydet ve yeni bir yanıt yaz ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>Metni değiştir ve altındaki yanıtı koru</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>Yanıtın metnini değiştir ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>Mesaj boş olamaz: bir şey yazın veya İptal'e basın.</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>Bir yanıt yazılıyor: durdurun veya bitmesini bekleyin, ardından düzenlemeyi kaydedin.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>Yeni bir yanıt yazmak için bir model yükleyin; Kaydet, düzenlemeyi yanıt olmadan saklar.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>Bu mesaj artık sohbette değil.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>Kopyalandı</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Önceki sürüm</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Sonraki sürüm</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopyala</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>Mesajı kopyala</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Düzenle</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>Mesajı burada düzenle</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Yeniden oluştur</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>Yeni bir yanıt yaz</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>Mesajı sil</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Bilgi</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>Bu yanıt hakkında ve Yeniden üret</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Devam et</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>Bu yanıtı yazmaya devam et</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>yazıyor…</translation>
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
            <translation>Sürüm {index} / {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>Modeller</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Keşfet</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>İndirilenler</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Kitaplık</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Bağlantılar</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ayarlar…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Yeniden dene</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} zaten indirildi: Kitaplık'ta.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} sırada; Hearth yeniden çevrimiçi olduğunda başlar.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} indiriliyor: İndirilenler sekmesine bakın.</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>İndirilenler (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>{name} indirildi ve doğrulandı: Kitaplık'ta.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>Diğer sunucularda</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}: çevrimdışı modda engellendi</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}: model yok (nedeni için üzerine gelin)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>Sohbetin kullandığı model</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{url} adresindeki sunucuda {model}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>Sohbete dön</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>Sohbete dön ({keys})</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>Sayfalar</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>Sohbete dön</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>Sohbet</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Sohbetleriniz</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Git: {page}</translation>
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
            <translation>Ön ayar</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Farklı kaydet…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>Yeni ön ayar olarak kaydet</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>Geçerli parametreleri yeni bir ön ayar olarak kaydet.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Örnekleme</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>{field} kullan</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Ctrl+Tab bir sekme karakteri yazar.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>satır başına bir tane, ör. \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>Yardımsever bir asistansın.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Sistem istemi</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Bağlam</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>otomatik</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>İş parçacıkları</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Otomatik</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>GPU katmanlarını otomatik seç</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU katmanları</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Modeli yeniden yükle</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>Modeli bu ayarlarla yeniden yükle.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Ön ayarı kaydet</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>Yeni ön ayarın adı:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>Bu sohbetin kendi sistem istemi (yeni sohbetler Ayarlar'daki istemle başlar).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>Yeni sohbetler için varsayılan sistem istemi (Ayarlar'dan değiştirin).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>Sistem istemi yok. Yeni sohbetler için varsayılan bir istem Ayarlar'da belirlenebilir.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>Motor {n} kullanıyor.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>otomatik</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>Hearth, model yüklendiğinde seçer.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>Bu model ve bu bilgisayarın belleği için sığdırma hesabıyla seçildi: GPU'da {used} katman. Kendiniz seçmek için Otomatik işaretini kaldırın.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>Sığdırma hesabıyla seçildi: tüm katmanlar CPU üzerinde çalışır. Kendiniz seçmek için Otomatik işaretini kaldırın.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth ayarlarını kaydedemedi.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} Değişiklikleriniz Hearth kapanana kadar geçerlidir.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>Ön ayarları kaydet, yeniden adlandır veya sil</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>Ön ayar işlemleri</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>Yeni ön ayar olarak kaydet…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>Sistem istemiyle birlikte kaydet…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>Bu ön ayarı daha sonra seçmek, şu anda gösterilen sistem istemini de ayarlar</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Yeniden adlandır…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>“{preset}” ön ayarını yeniden adlandır…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>“{preset}” ön ayarını sil</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>Ön ayarı yeniden adlandır</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>“{preset}” için yeni ad:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>Gönder: “{prompt}”</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>Bu istemi modele gönderir</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>Ayrıntıları kopyala</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>Yeniden üret</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>Bu yanıtı tam olarak bu ayarlarla yeniden yaz</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>Yine de yeniden üret</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>Bu yanıt hakkında</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>Bu yanıt yeniden üretilemez: Hearth örnekleme ayarlarını veya tohumunu saklamadı.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>Bu yanıtı yeniden üretmek için bir model yükleyin.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>Bir yanıt yazılıyor: bittiğinde bunu yeniden üretin.</translation>
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
            <translation>Hub'da aç</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>Modelin sayfasını tarayıcınızda açar</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ayarlar…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>Ayarlar'da bir Hugging Face tokeni ekleyin</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>İndirilecek model dosyaları</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>Kuantizasyon başına bir dosya; Enter seçili olanı indirir.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>İndir</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>Modelin dosyaları yükleniyor…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} parametre · ≈ {size} · Lisans: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>Lisans: {licence} · Erişim: kısıtlı</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>Lisans: {licence} · Erişim: açık</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>Bu modelin açıklaması yok.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>Bu depoda Hearth'ın kullanabileceği GGUF model dosyası yok.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln model dosyası, her kuantizasyon için bir tane: küçük dosyalar daha hızlıdır ve daha az bellek gerektirir, büyük olanlar daha iyi yanıt verir.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>{name} başlığından: {note} En fazla {tokens} token bağlam sığar.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>{name} başlığından: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>İndir: {name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>Süre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tür</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>İstem</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Yanıt</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>Token/sn</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Bitiş</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>akış</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>tam</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}, istemci ayrıldı</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>Parametreler</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Sohbetler</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>Sohbetleri göster veya gizle</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>Parametreleri göster veya gizle</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>JSON şeması</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>Düzenleyiciler, betikler ve diğer uygulamalar, sohbette yüklü modeli OpenAI uyumlu bir API üzerinden kullanabilir. Öncelik sohbettedir: sohbet yanıt verirken onların istekleri bekler.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>API'yi sun</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>Sunucuyu başlat veya durdur (açıkken Hearth ile birlikte başlar)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>URL'yi kopyala</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>İstemcilerin kullandığı temel URL'yi kopyala (/v1 ile biter)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>Yok: web sayfaları API'yi çağıramaz</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>Sayfaları bir tarayıcıdan API'yi çağırabilecek web kaynakları (CORS), boşluk veya virgülle ayrılmış, ör. {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Bağlantı noktası</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>Web &amp;kaynakları</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>Dinlediği yer</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Anahtarı kaldır</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>Bu bilgisayardaki programların anahtarsız girmesine izin ver</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>Yeni API anahtarı</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopyala</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>Yeni anahtarı kopyala</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>Anahtarı şimdi kopyalayın: Hearth onu bir daha göstermeyecek.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API anahtarı</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>Sunulan istekler</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>İstek sütunları</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>İstekler</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>Diğer bilgisayarlar {host} adresine ulaşabilir: modeli kullanmak için API anahtarına ihtiyaç duyarlar.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>{host} üzerinde sunmak diğer bilgisayarların erişimine açar, bu yüzden bir API anahtarı gerekir: önce aşağıda bir tane oluşturun.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>Yeni anahtar</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>Anahtar oluştur</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>Yeni bir anahtar oluştur: eskisi hemen çalışmayı bırakır</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>Her istemcinin göndermesi gereken bir anahtar oluştur</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>Bir anahtar ayarlandı: her istemci bunu göndermelidir ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>Anahtar yok: bu bilgisayardaki herhangi bir program API'yi kullanabilir.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>Kapalı</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Başlatılıyor…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Durduruluyor…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>Sunuluyor: {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>Açık</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>{name} sunucusunu kullan</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>Kapalı; araçları hiçbir sohbete sunulmaz</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>Araçları göster</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>{name} araçlarını göster</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>Bu sunucunun her aracı çalışmadan önce yeniden sor</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>Hiçbir araç listelenemedi.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>“Her zaman izin ver” seçimlerini unut ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>Araçları gizle</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>Sunucu başlatılıyor ve araçları isteniyor…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>Yok: yeni sohbetler sistem istemi olmadan başlar.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>Her yeni sohbetin başladığı talimatlar. Her sohbet kendi talimatlarını saklar; bunları sohbetin yanındaki panelden değiştirebilirsiniz. Bu ayar mevcut hiçbir sohbeti değiştirmez.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Sistem boyutu</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>Sohbetin ve mesaj kutusunun metin boyutu</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>Varsayılan sistem istemi</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>Gönderme tuşu</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Metin boyutu</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} ve {smaller} metin boyutunu her yerde değiştirir; {reset} sıfırlar.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Sohbet</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Sistemi izle</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>Hearth penceresinin dili</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Hearth yeni dili bir sonraki açılışta gösterir.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Görünüm</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Model klasörleri</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Klasör ekle…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Model klasörü ekle</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Kaldır</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>Model klasörünü kaldır</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>Bu klasörün modellerini listelemeyi bırak (dosyalar kalır)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth bu klasörlerdeki (ve alt klasörlerindeki) GGUF modellerini Kitaplık'ta kendi indirdiklerinin yanında listeler ve onları bulundukları yerde kullanır.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Bilgi</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>Çevrimdışı çalış: Hub'a asla bağlanma</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>Arama veya indirme yapılmaz; sahip olduğunuz modeller ve sohbetleriniz çalışmaya devam eder.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Aynı anda kaç indirme çalışacağı</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>Aynı anda indirme</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>Ağ ve indirmeler</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>Sohbet önbelleği</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Klasörü aç</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>{folder} klasörünü dosya yöneticisinde göster</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>{kind} klasörünü aç</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>Verilerinizin bulunduğu yer</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Klavye kısayolları</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Eylem</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tuşlar</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Sütunlar</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>Kısayollar, nerede çalıştıkları belirtilmedikçe ana pencerenin her yerinde çalışır.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>Yeni sohbet</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>Yeni bir sohbet başlat ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Yeni bir sohbet başlat</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>Sohbetlerde ara ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Sohbetlerde ara</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>Mesajlarında bu sözcükleri içeren sohbetleri bulur</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Sohbetler</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Enter bir sohbeti açar; F2 yeniden adlandırır, Delete siler, menü tuşu diğer işlemlerini gösterir</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Arama sonuçları</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Sohbet işlemleri</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Yeniden adlandır</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Dışa aktar</translation>
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
            <translation>Çoğalt</translation>
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
            <translation>Kaynaklar</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>Pasajı aç</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>Kaynak {source}: pasajı aç</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>Düşün</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>Model yanıt vermeden önce düşünsün (düşüncesi ayrı ve daraltılmış olarak gösterilir). Kapalı: hemen yanıt verir.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>Yanıtlamadan önce düşün</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>Akıl yürütme düzeyi</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>Modelin yanıt vermeden önce ne kadar akıl yürüteceği</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>Modelin akıl yürütmesini gizle</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>Modelin akıl yürütmesini göster</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Hugging Face tokeni</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>huggingface.co/settings/tokens adresinden bir okuma tokeni yapıştırın</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Doğrula</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>Bu tokenin kime ait olduğunu Hub'a sor</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>Kaydet</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>Tokenı sistem anahtar zincirinde sakla</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Kaldır</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>Kayıtlı tokeni unut</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>Önce bir token yapıştırın.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Hub'a soruluyor…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>Bu token {user} kullanıcısına ait.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>Kayıtlı token yok: herkese açık modeller token olmadan indirilir.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>Sistem anahtar zincirinde bir token kayıtlı.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>Token yalnızca Hearth kapanana kadar tutulur.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>Bir kez izin ver</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>Bu araca her zaman izin ver</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Reddet</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>Bu çağrıyı şimdi çalıştır; bir dahaki sefere yeniden sor</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>Bu aracın çağrılarını bu oturumda sormadan çalıştır</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>Çalıştırma; modele reddedildiği bildirilir</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>Araç çağrısı {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>Araçlar</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>Bu sohbet için araçlar</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>Bu sohbetin hangi MCP sunucularının araçlarını kullanabileceği</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>Her mesaja verilen ilk yanıt araçlardan birini çağırır (küçük modeller çoğu zaman araçları yalnızca söylendiğinde çağırır)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>Araçlar ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>Bu sohbet için {used} / %n araç sunucusu açık</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>Araçlar, modelin MCP sunucuları (Model Context Protocol) aracılığıyla sizin için bilgi aramasını ve işlem yapmasını sağlar; bunlar Claude Desktop, LM Studio ve Cursor'ın kullandığı sunucuların aynısıdır. Her araç çalışmadan önce size sorar ve kendisine ne verildiğini ve ne döndürdüğünü gösterir.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>Çevrimdışı mod, bu bilgisayardakiler (localhost) dışında ağ üzerinden ulaşılan sunucuları engeller. Hearth'ın program olarak başlattığı sunucular yalnızca bir sohbet onlara ihtiyaç duyduğunda çalışır.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>İçe aktar…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>MCP sunucularını içe aktar</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>Başka bir uygulamanın MCP yapılandırmasından sunucu ekle</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>MCP sunucuları</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth sunucularını {file} dosyasında tutar.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>Henüz MCP sunucusu yok: başka bir uygulamanınkileri içe aktarın veya aşağıdaki dosyaya ekleyin.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>İçe aktarılıyor: {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Dosyadan…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>{app} uygulamasından</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>MCP yapılandırması (*.json);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>Eklendi: {servers}.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>Hiçbir sunucu eklenmedi.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>Sohbet, modelin bağlamından ({n_ctx} token) daha uzun: en eski %n mesaj bu yanıtın dışında bırakıldı. Sistem istemi korundu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>Bir dosya okunamadı: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} okunamadı: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>En son mesaja kaydır</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>Bunlardan birini deneyin</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>Model yöneticisini açın: bu bilgisayarın belleğine sığan modeller işaretlidir</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>Her şey bu bilgisayarda çalışır: yazdıklarınız burada kalır.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>{model} yükleniyor…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Yükleniyor…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>Şimdi seçilen bir istem mesaj kutusunda bekler.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>Henüz model yok</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>Motor henüz başlamadı: llama.cpp'nin nasıl derlendiğini görmek için bir model yükleyin.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (odaklanılan listede)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (odaklanılan alanda)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>Kullanılabilir bir sistem anahtar zinciri yok, bu yüzden API anahtarı yalnızca Hearth kapanana kadar tutulur; istemcilerin bir dahaki sefere yeni bir anahtara ihtiyacı olacak.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>tamamlandı</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>uzunluk sınırı</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>durdurma dizesi</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>bağlam doldu</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>durduruldu</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>hata</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>{host} üzerinde sunmak diğer bilgisayarların modeli kullanmasına izin verir, bu yüzden bir API anahtarı gerekir: aşağıda bir tane oluşturun veya 127.0.0.1 üzerinde sunun.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>Yüklü model görselleri okuyamıyor ({names}). Mesajı göndermek için görü destekli bir model yükleyin veya görseli kaldırın.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name}, Hearth'ın okuyabileceği bir görsel değil.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} token · {rate} tok/sn · ilk token {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} token · {rate} tok/sn · taslak kabulü %{kept} · ilk token {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>sohbet okunuyor…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>durduruldu</translation>
        </message>
        <message>
            <source>error</source>
            <translation>hata</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>kesildi – bu yazılırken uygulama kapandı</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Siz</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Asistan</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistem</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>Sunuculara modelleri soruluyor…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>Henüz bağlantı yok: aşağıdan bir tane ekleyin.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Dün</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Önceki 7 gün</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Önceki 30 gün</translation>
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
            <translation>Hearth çevrimdışı modda olduğu için {host} adresine giden “{name}” bağlantısı engellendi: yalnızca bu makinedeki sunucular (localhost) kullanılabilir. Kullanmak için ayarlardan çevrimdışı modu kapatın.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>Mesajınız sistem istemiyle birlikte {tokens:,} token uzunluğunda; modelin bağlamı {n_ctx:,} token alır. Mesajı kısaltın veya modeli daha büyük bir bağlamla yükleyin.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>Ekli belgeler, birkaç pasaj olarak bile bu sohbetin bağlamında kalan alana sığmıyor; yeni bir sohbet başlatın veya modeli daha büyük bir bağlamla yükleyin.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>gömme modeli yok</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{ctx:,} token bağlamla GPU'ya sığar: yaklaşık {total} (tahmin).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{n} katmanın {layers} tanesi GPU'da, geri kalanı RAM'de olmak üzere {ctx:,} token bağlamla sığar: yaklaşık {total} (tahmin).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{ctx:,} token bağlamla RAM'e sığar: yaklaşık {total} (tahmin).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>{ctx:,} token bağlamla yaklaşık {total} gerekiyor, bu da boş bellekten fazla; {max_ctx:,} tokenlık bir bağlam sığardı (tahmin).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>Yaklaşık {total} gerekiyor; bu, bu bilgisayardaki boş bellekten fazla (tahmin).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>f16 önbellekle yaklaşık {f16:,} token, q8_0 ile {q8_0:,}, q4_0 ile {q4_0:,} token bağlam sığar (tahmin).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>Eğitildiği bağlamın tamamı ({ctx:,} token) her önbellek türüyle sığar (tahmin).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>Bu model {part} önbelleğini {type} olarak tutamaz: dikkat başlıklarının uzunluğu {length} değer ve bu, {block} sayısının katı değil. Bunun için f16 seçin.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>disk dolu</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>klasör salt okunur</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>geçmiş dosyasını başka bir program kullanıyor</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>geçmiş dosyası bozuk</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>disk bir hata bildirdi</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>veritabanı bir hata bildirdi</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>geçmiş dosyası açılamadı</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth geçmişini açamadı: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth geçmişini okuyamadı: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth geçmişine kaydedemedi: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth geçmişini yükseltemedi: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth geçmişini yükseltemedi: {why}; sohbetleriniz değiştirilmedi.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth şu dosyaya yazamadı: {name}: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth geçmişini açamadı: geçmişin klasörü onu güvenle tutamayan bir diskte (bir ağ sürücüsü mü?).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>Bu geçmiş Hearth'ün daha yeni bir sürümüyle yazılmış; açmak için Hearth'ü güncelleyin.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>Hub'a ulaşılamıyor: ağı denetleyin veya Hearth'ü çevrimdışı kullanın.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth çevrimdışı: çevrimdışı modu kapatana kadar Hub'a bağlanılmaz.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>Küçük ve hızlı: Hearth'ü denemek ve sözcüklerle oynamak için iyi, bilgi için değil.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>Bu bilgisayardaki bir model. Neyi iyi yaptığını görmek için aşağıdaki istemlerden birini deneyin.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>{delay:g} sn içinde yeniden deneniyor: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>İndirme birkaç denemeden sonra da başarısız oldu: {why} Kısmi dosya saklanıyor; daha sonra sürdürün.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>Sistem anahtar zinciri kullanılamıyor; bu yüzden Hugging Face tokenınız yalnızca Hearth kapanana kadar tutulur. Bir sonraki sefer yeniden girmeniz gerekecek.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Yüklü model yok.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>Motor çalışmıyor; yeniden başlatın.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>Motor zamanında yanıt vermedi ve durduruldu.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>Motor istek üzerine sonlandırıldı.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Motor beklenmedik şekilde durdu. Şimdiye kadar yazılanlar saklanıyor; motor bir sonraki istekle yeniden başlar.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Motor beklenmedik şekilde durdu ({reason}). Şimdiye kadar yazılanlar saklanıyor; motor bir sonraki istekle yeniden başlar.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft}, {model} için taslak model olamaz: sözlükleri farklı.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>{draft} taslak model olarak kullanılmıyor. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>Motor onu okuyamadı.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>Bağlamı için yeterli bellek yoktu.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>Model yüklenemedi: {reason}. Dosya bozuk olabilir veya bu Hearth'teki motordan daha yeni bir motor için hazırlanmış olabilir.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>Gömme modeli ayarlanmadı: arama yalnızca sözcükleri kullanır. Ayarlar → Bilgi bölümünden bir tane seçin.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>Gömme modeli durdu ({name}, motor: {reason}); bu yüzden arama yalnızca sözcükleri kullanır. Ayarlar → Bilgi bölümünden başka bir gömme modeli seçin veya yeniden denemek için Hearth'ü yeniden başlatın.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>Bu modeli {n_ctx:,} token bağlamla yüklemek için yeterli bellek yok ({reason}). Daha küçük bir bağlam veya model seçin ya da diğer programları kapatın.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Bu modeli {context:,} token bağlamla yüklemek için yeterli bellek yok: yaklaşık {ram_needed} RAM gerekiyor, boş olan {ram_free}. Sığan en büyük bağlam {max_context:,} token: modeli bu değerle veya daha azıyla yükleyin (bir tahmin).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Bu modeli {context:,} token bağlamla yüklemek için yeterli bellek yok: yaklaşık {ram_needed} RAM gerekiyor, boş olan {ram_free}. Küçük bir bağlam bile sığmıyor: diğer programları kapatın veya daha küçük bir model ya da kuantizasyon seçin (bir tahmin).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Bu modeli {context:,} token bağlamla yüklemek için yeterli bellek yok: yaklaşık {ram_needed} RAM ve GPU'da {gpu_needed} gerekiyor; boş olan {ram_free} RAM ve GPU'da {gpu_free}. Sığan en büyük bağlam {max_context:,} token: modeli bu değerle veya daha azıyla yükleyin (bir tahmin).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Bu modeli {context:,} token bağlamla yüklemek için yeterli bellek yok: yaklaşık {ram_needed} RAM ve GPU'da {gpu_needed} gerekiyor; boş olan {ram_free} RAM ve GPU'da {gpu_free}. Küçük bir bağlam bile sığmıyor: diğer programları kapatın veya daha küçük bir model ya da kuantizasyon seçin (bir tahmin).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Yükleme iptal edildi.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>GPU'ya yükleme başarısız oldu: {why}. Hearth bunun yerine modeli {n_ctx:,} token bağlamla CPU'da çalıştırıyor.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>“{name}” MCP sunucusu başlatılamadı: klasörü ({cwd}) mevcut değil.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>“{name}” MCP sunucusu başlatılamadı: “{command}” komutu bulunamadı.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>“{name}” MCP sunucusu başlatılamadı: “{command}” komutu çalıştırılabilir değil.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>“{name}” MCP sunucusu {megabytes} MB'tan büyük bir mesaj gönderdi ve durduruldu.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>“{name}” MCP sunucusu geçerli JSON-RPC olmayan bir mesaj gönderdi ve durduruldu.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>“{name}” MCP sunucusu kimlik bilgilerini reddetti (HTTP {status}); sunucuya verilen üst bilgileri denetleyin.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>{url} adresindeki “{name}” MCP sunucusu yanıt vermedi: orada dinleyen bir şey yok.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>“{name}” MCP sunucusu {seconds:g} sn içinde yanıt vermedi.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>“{name}” MCP sunucusu {seconds:g} sn içinde yanıt vermedi; MCP mesajı olmayan {lines} satır yazdı.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>“{name}” MCP sunucusu başlatılamadı: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>çıkış kodu {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>{signal} sinyaliyle sonlandırıldı</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>“{name}” MCP sunucusu hemen kapandı ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>“{name}” MCP sunucusu hemen kapandı ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>“{name}” MCP sunucusu durdu ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>“{name}” MCP sunucusu durdu ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>“{name}” MCP sunucusu başlarken bağlantıyı kapattı.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>“{name}” MCP sunucusu başlarken bağlantıyı kapattı: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>“{name}” MCP sunucusu durdu.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>“{name}” MCP sunucusu durdu: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>“{name}” MCP sunucusu HTTP {status} ile yanıt verdi.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>“{name}” MCP sunucusu başarısız oldu: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Durduruldu.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>Model art arda {rounds} kez geçersiz araç çağrısı yaptı; sohbet orada durdu.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>Model {rounds} turdan sonra hâlâ araç çağırıyordu; sohbet orada durdu.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>Bağlanıyor</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Bekliyor</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Yeniden deneniyor</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Denetleniyor</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Sırada</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>İndiriliyor</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Takıldı</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Duraklatıldı</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Başarısız</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Yüklendi</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/sn</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>{duration} kaldı</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Bu mesaj gönderilemeyecek kadar uzun: sistem istemiyle birlikte {tokens} token tutuyor ve modelin {n_ctx} tokenlik bağlamı, yanıt için yer ayrıldıktan sonra {limit} token alabiliyor. Mesajı kısaltın veya modeli daha büyük bir bağlamla yükleyin.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Bu düzenleme kaydedilemeyecek kadar uzun: sistem istemiyle birlikte {tokens} token tutuyor ve modelin {n_ctx} tokenlik bağlamı, yanıt için yer ayrıldıktan sonra {limit} token alabiliyor. Kısaltın veya modeli daha büyük bir bağlamla yükleyin.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>tohum</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>aynı tohum ve parametreler aynı yanıtı verir; tohum olmadan her yanıt yeni bir rastgele tohum alır (yanıtla birlikte kaydedilir)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>durdurma dizeleri</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>yanıt, bu dizelerden biri görüneceği yerde biter (dizenin kendisi gösterilmez)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>sıcaklık</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>her seçimin ne kadar cesur olduğu: 0 her zaman en olası tokeni seçer</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>çekirdek örnekleme: yalnızca bu oranı oluşturan en olası tokenler; 1 kapatır</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>yalnızca en olası K token dikkate alınır; 0 kapatır</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>en olası tokenin bu oranından daha az olası tokenleri atar; 0 kapatır</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>tekrar cezası</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>döngülere karşı son tokenleri daha az olası kılar; 1 kapatır</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>tekrar penceresi</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>tekrar cezasının geriye doğru kaç son tokene baktığı</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>tüm bağlam</translation>
        </message>
        <message>
            <source>off</source>
            <translation>kapalı</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>en fazla token</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>token cinsinden en uzun yanıt</translation>
        </message>
        <message>
            <source>context</source>
            <translation>bağlam</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>token cinsinden bağlam uzunluğu, en fazla modelin eğitildiği bağlam kadar</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>modelin kendi uzunluğu</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>iş parçacıkları</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>CPU iş parçacıkları (varsayılan: fiziksel çekirdek başına bir)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU katmanları</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>tüm katmanlar</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>K önbellek türü</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>dikkat anahtarlarının nasıl saklandığı: q8_0 ve q4_0 aynı bellekte daha fazla bağlam tutar, kalitede küçük bir kayıpla</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>V önbellek türü</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>dikkat değerlerinin nasıl saklandığı: q8_0 ve q4_0 aynı bellekte daha fazla bağlam tutar (flash attention gerektirir)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>spekülatif kod çözme</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>birkaç tokeni önceden tahmin eder ve tek adımda denetler: aynı yanıt, metin tekrarlandığında daha hızlı; Otomatik, bu bilgisayarda daha hızlı ölçüldüğü yerde kullanır</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>GPU'ya sığar</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>Bölünerek sığar</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>CPU'ya sığar</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>Sığmaz</translation>
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
            <translation>{total}, {free} boş</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>bellek bildirilmedi</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (sistem RAM'i ile paylaşılan)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (Metal çalışma kümesi)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>kaynak: {source}; sürücü {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>kaynak: {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>tümleşik GPU</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>hızlandırıcı</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>Sohbet</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>Yok (yalnızca sözcükler)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Klasör</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dosyalar</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Pasajlar</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Hatalar</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Hub'dan indirildi</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>Yerinde kullanılıyor</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>Model klasörlerinizden birinde</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Yerleşik</translation>
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
            <translation>Hiç</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Bugün {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>Değer başına 16 bit: tam boyutlu önbellek.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>Değer başına 8 bit: f16'nın belleğinin yaklaşık yarısı, neredeyse aynı yanıtlar.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>Değer başına 4 bit: f16'nın belleğinin yaklaşık dörtte biri; yanıtlar biraz değişebilir.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>Otomatik</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>Açık</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>Kapalı</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}. Model yeniden yüklendiğinde uygulanır.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>Bu model için birkaç tokeni önceden tahmin eden, aynı sözlüğe sahip küçük bir model: aynı yanıtlar, daha çabuk. Hearth, kitaplığınızdaki uyumlu modelleri sunar. Model yeniden yüklendiğinde uygulanır.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>Taslak model</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>Yok</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>Sistemi izle</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Açık</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Koyu</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Yüksek karşıtlık</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>Bir sorun oluştu: {error}. Ayrıntılar günlükte.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (düzenlendi)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>Kaydedilmiş örnekleme parametresi kümeleri. “(düzenlendi)”: bir değer ön ayardan farklı.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} Satır başına bir tane; bir dize içinde satır sonu için \n (örneğin \nUser:), sekme için \t ve ters eğik çizgi için \\ yazın.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>Modelin sohbetten önce gördüğü talimatlar. Bağlama sığmak için eski mesajlar dışarıda bırakıldığında bile her zaman korunur.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>Modelin aynı anda kaç token görebileceği: sohbet ve yanıt. Daha büyük değer daha fazla bellek kullanır. Model yeniden yüklendiğinde uygulanır.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>Motor için CPU iş parçacıkları. Otomatik (en düşük değer), fiziksel çekirdek başına birdir. Model yeniden yüklendiğinde uygulanır.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>Modelin kaç katmanının GPU'da çalıştığı: 0 yalnızca CPU'da çalıştırır, en uç değer tüm katmanları oraya koyar. Model yeniden yüklendiğinde uygulanır.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Hearth GPU katmanlarını modelin boyutuna ve GPU'daki ve RAM'deki boş belleğe göre seçsin (bir tahmin). Kendiniz seçmek için işareti kaldırın.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>top-p'yi kapatmak için işareti kaldırın.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>Her yanıt için yeni bir rastgele tohum kullanmak için işareti kaldırın.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>{low} üzerinde ve en fazla {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>{low} ile {high} arasında</translation>
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
            <translation>{special} veya {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}. İzin verilen: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (yalnızca CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>tümü ({n})</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>tümü</translation>
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
            <translation>Yerleşik ön ayarlar Hearth ile gelir ve yeniden adlandırılamaz veya silinemez.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>Dengeli</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>Kesin</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>Yaratıcı</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>Seed öğreticisi</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>model yanıtını tamamladı</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>yanıtın token sınırına ulaştı</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>bir durdurma metni göründü</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>bağlam doldu</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>siz durdurdunuz</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>bir hata sonlandırdı</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>Hearth'ın bu sürümünün bilmediği bir neden</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>saklanmadı</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>sıcaklık {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>top-p kapalı</translation>
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
            <translation>tekrar cezası {value} (son {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>en fazla {count} token</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>durdurma: {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>{connection} bağlantısında {model}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>bilinmiyor</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>Sohbet biçimi</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Örnekleme</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Tohum</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>Durma nedeni</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>tamamlanmadı</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>istemde {prompt} ({reused} yeniden kullanıldı) · {written} yazıldı</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>istemde {prompt} · {written} yazıldı</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>yazma {rate} tok/sn · istem okuma {read} tok/sn · ilk token {ttft} ms sonra · toplam {total} sn</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Hız</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 bilinmiyor</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>Bu yanıtı {old} ({old_sha}) yazdı; şu anda yüklü model {new} ({new_sha}), bu yüzden yeni yanıt aynı olmayacak.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>başka bir model</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>Bu modelin erişimi kısıtlı: Hub'daki sayfasında lisansını kabul edin (Hugging Face hesabınızda oturum açmış olarak), ardından Ayarlar'a o hesabın bir tokeninı ekleyin.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>Dosyalarını görmek için listeden bir model seçin.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Hearth çevrimdışıyken dosyaları listelenemez: Hub'a ulaşılabildiğinde burada, indirilmeye hazır olarak görünürler.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>{table} sütunları</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>bağlam %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>Her yanıtın uyması gereken bir JSON şeması: model bu durumda yalnızca şemaya uygun JSON yazabilir (llama.cpp dilbilgisi) ve yanıt bittiğinde denetlenir. Serbest metin için boş bırakın. Hearth kapatılana kadar saklanır.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>Boş: serbest metin. Örneğin {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>Şema {n} karakterden uzun. Düzeltilene kadar yanıtlar serbest metindir.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>Bu JSON değil ({reason}, satır {line}, sütun {column}). Düzeltilene kadar yanıtlar serbest metindir.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>Bu JSON değil ({reason}). Düzeltilene kadar yanıtlar serbest metindir.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>Şema, {example} gibi bir JSON nesnesidir. Düzeltilene kadar yanıtlar serbest metindir.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ Önerilen</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>GPU belleğine sığar: en hızlı çalıştırma yolu.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>Bir kısmı GPU'da, geri kalanı RAM'de: çalışır, ancak tamamen GPU'da olduğundan daha yavaş.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>Bu bilgisayarın RAM'ine sığar ve CPU üzerinde çalışır.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>Bu bilgisayarın boş belleği için çok büyük: yüklenmez ya da çok yavaş yüklenir.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametreler</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Boyut</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Uyum</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lisans</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ yüklü</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>yaklaşık {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Depo</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>İndirme</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Beğeni</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Güncellendi</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Erişim</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>Kısıtlı</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>Açık</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>İndirmek için Hub'da lisansı kabul edin ve Ayarlar'a tokeninizi ekleyin.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Dosya</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Kuantizasyon</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln parça)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>Bu bilgisayarın belleğine rahatça sığan en iyi kalite.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>{model} model + {projector} görü projektörü</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>Herhangi bir boş bağlantı noktası</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: yalnızca bu bilgisayardaki programlar bağlanabilir. Diğer her adres (tüm ağlar için 0.0.0.0) diğer bilgisayarların erişimine açar ve API anahtarı gerektirir.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>Sunucu kapalı.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>Sunuluyor: {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>Yüklü model yok: sohbet bir model yükleyene kadar istekler hata alır.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>Sohbetin yanıtı modeli kullanıyor; %n istek bekliyor.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>Sohbetin yanıtı modeli kullanıyor.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>Bir istek yanıtlanıyor; {n} bekliyor.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>Bir istek yanıtlanıyor.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>Boşta, {n} bekliyor.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>Boşta.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>Sohbet, bekleyen isteklerden önce gelir.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter gönderir (Shift+Enter yeni satır başlatır)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Enter gönderir (Enter yeni satır başlatır)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Sistemi izle</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Açık</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Koyu</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Yüksek karşıtlık</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Sohbetler</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ayarlar</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Günlükler</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>İndirilen modeller</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>Token, Hearth'ın Hub'da lisansını kabul ettiğiniz kısıtlı erişimli modelleri indirmesini sağlar. huggingface.co/settings/tokens adresinde bir okuma tokeni oluşturun. Token sisteminizin anahtar zincirinde (yoksa Hearth kapanana kadar bellekte) tutulur, asla Hearth'ın dosyalarında veya günlüklerinde tutulmaz.</translation>
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
            <translation>Düşük</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>Orta</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>Yüksek</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>{s} sn</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>{m} dk {s} sn</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>Düşünüyor… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Düşünüyor…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>Düşünce</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>Bir saniyeden kısa düşündü</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>{time} düşündü</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>tamamlandı</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>{ms} ms içinde tamamlandı</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>başarısız</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>{ms} ms içinde başarısız oldu</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>yazılıyor…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>çalıştırılmadı</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>çalıştırmak istiyor</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>çalışıyor…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>reddedildi</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>Çağrı başarısız oldu.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>Bu çağrıyı reddettiniz; modele bildirildi.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>Çalıştırılsın mı?</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>Model önce bir araç çağırsın</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>Sunucu listesi okunuyor…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>Bu sunucu hiç araç sunmuyor.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>Görü</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>Görselleri okur: modelle birlikte bir görü projektörü (mmproj, {size}) indirir</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>Görselleri okur: modelle birlikte görü projektörünü (mmproj, {size}) yükler</translation>
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
            <translation>Deniz hakkında kısa bir şiir yaz</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>Gri bir yavru kedi için beş isim öner</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>Bana pasta pişirmeyi öğrenen bir robot hakkında uyku öncesi masalı anlat</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>Bunu daha kibar biçimde yeniden yaz: raporu bana şimdi gönder</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>Yukarıdaki çubuktan bir model seçin veya aşağıda bu bilgisayara uygun bir tane bulun.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>Bu bilgisayar için daha iyi bir model bul</translation>
        </message>
    </context>
</TS>
