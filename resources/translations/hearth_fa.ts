<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>درباره Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>کلیدزنجیر سیستم از خواندن کلید API خودداری کرد، بنابراین این کلید فقط تا بسته شدن Hearth نگه داشته می‌شود.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>کلیدزنجیر سیستم از ذخیره کلید API خودداری کرد، بنابراین این کلید فقط تا بسته شدن Hearth نگه داشته می‌شود.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>کلیدزنجیر سیستم از حذف کلید API خودداری کرد، بنابراین این کلید فقط تا بسته شدن Hearth نگه داشته می‌شود.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>‏Hearth نتوانست روی {host} درگاه {port} گوش دهد: شاید برنامه دیگری از این درگاه استفاده می‌کند؛ درگاه دیگری انتخاب کنید.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>در انتظار پایان یک درخواست API…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>مدل‌ها</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>یافتن، دانلود و مدیریت مدل‌ها</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>سخت‌افزار</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>پردازنده، حافظه و GPUهای این رایانه، و آنچه موتور می‌تواند به کار ببرد</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>سرور</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>ارائه مدل این گفتگو به برنامه‌های دیگر از طریق API سازگار با OpenAI</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>ابزارها</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>سرورهای MCP: ابزارهایی که مدل می‌تواند به کار ببرد و هر کدام پیش از اجرا اجازه می‌گیرد</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>ترجیحات: گفتگو، ظاهر، پوشه‌های مدل، شبکه و داده‌ها</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>در حال ذخیره پیش از بسته شدن Hearth…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>تاریخچه ذخیره نشده است.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>‏Hearth همه چیز را ذخیره نکرده است</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>‏{problem}، بنابراین آنچه می‌بینید هنوز ذخیره نشده است (%n تغییر). کمی فضا آزاد کنید یا برنامه‌ای را که از تاریخچه استفاده می‌کند ببندید تا Hearth آن را ذخیره کند و بسته شود.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>‏Hearth باز بماند</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>خروج بدون ذخیره</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>‏Hearth همچنان برای ذخیره تلاش می‌کند.</translation>
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
            <translation>پیوست {name}، {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>حذف {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>مشکلی پیش آمد: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>بستن</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>بستن پیام</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>این پیام را پنهان می‌کند</translation>
        </message>
    </context>
    <context>
        <name>CacheSettings</name>
        <message>
            <source> GB</source>
            <comment>size unit, after the number</comment>
            <translation>‏ GB</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>no conversation states are saved</comment>
            <translation>خاموش</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>بیشترین فضای دیسکی که وضعیت‌های ذخیره‌شده گفتگوها می‌توانند اشغال کنند؛ «خاموش» هیچ وضعیتی ذخیره نمی‌کند</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>اندازه حافظه نهان گفتگوها</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>پاک کردن حافظه نهان</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>پاک کردن حافظه نهان گفتگوها</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>حذف همه وضعیت‌های ذخیره‌شده گفتگوها (گفتگوهای شما باقی می‌مانند)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>فضای دیسک</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>استفاده‌شده</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>پاسخ به گفتگویی که دوباره باز می‌کنید فوراً شروع می‌شود، زیرا موتور وضعیت آن را روی این رایانه ذخیره می‌کند؛ این تنظیم فضای دیسکی را که اشغال می‌کند محدود می‌کند، و نخست گفتگوهایی حذف می‌شوند که از آخرین استفاده‌شان بیشترین زمان گذشته است.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>در حال شمارش…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>در حال پاک کردن…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>گفتگو</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>پیام‌ها، جدیدترین در پایین؛ با کلیدهای Up و Down بین پیام‌ها جابه‌جا شوید</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>پاسخ ناموفق بود: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>پاسخ ناموفق بود.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>پیوست فایل‌ها (یا آن‌ها را اینجا رها یا جای‌گذاری کنید)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>پیوست فایل یا تصویر: مدل بارشده تصاویر را می‌خواند (یا آن‌ها را اینجا رها یا جای‌گذاری کنید)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>روشن: پاسخ‌ها از بخش‌هایی از پوشه‌های دانش شما استفاده می‌کنند</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>خاموش: پاسخ‌ها در پوشه‌های دانش شما جستجو نمی‌کنند</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>ارسال</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>پیوست</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>پیوست فایل‌ها</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>دانش</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>پاسخ از روی پوشه‌های دانش</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>پیام به مدل ({send}‎ برای ارسال، {newline}‎ برای خط جدید)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>پیام</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>توقف</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>توقف پاسخ (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>ارسال ({keys}‎)</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} توکن</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>‏{count} / {limit} توکن</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>این پیام برای ارسال بیش از حد طولانی است، حتی اگر همه پیام‌های قدیمی‌تر کنار گذاشته شوند. زمینه مدل {n_ctx} توکن جا دارد؛ {kept} توکن برای پاسخ نگه داشته می‌شود.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>قدیمی‌ترین پیام‌ها برای باز شدن جا از پاسخ بعدی کنار گذاشته می‌شوند. زمینه مدل {n_ctx} توکن جا دارد؛ {kept} توکن برای پاسخ نگه داشته می‌شود.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>‏{left} توکن مانده تا پیام‌های قدیمی‌تر کنار گذاشته شوند. زمینه مدل {n_ctx} توکن جا دارد؛ {kept} توکن برای پاسخ نگه داشته می‌شود.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>همه فایل‌ها (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>تصویر جای‌گذاری‌شده برای پیوست ذخیره نشد.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>برای پاسخ از روی اسناد خود، در تنظیمات یک پوشه دانش اضافه کنید</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>فهرست‌گیری ناموفق بود.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>سرور {url} هیچ مدلی را فهرست نمی‌کند.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>‏{model} در {total_ms} ms پاسخ داد: نخستین توکن پس از {ttft_ms} ms، {tokens} توکن با سرعت {rate} توکن/ثانیه («{reply}»).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>«{name}» در {ms} ms بدون هیچ مدلی پاسخ داد.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>«{name}» در {ms} ms با یک مدل پاسخ داد: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>«{name}» در {ms} ms با %n مدل پاسخ داد: {listed} و {more} مدل دیگر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>«{name}» در {ms} ms با %n مدل پاسخ داد: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>گفتگو با مدل‌ها روی دستگاه یا سرور دیگر: llama-server، vLLM، Ollama، LM Studio، یک Hearth دیگر یا یک سرویس میزبانی‌شده (هر سروری که با API اوپن‌ای‌آی کار کند). مدل‌های هر اتصال با نام آن در انتخابگر مدل نمایش داده می‌شوند.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>اتصال و مدل‌های آن</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>اتصال‌ها و مدل‌هایشان</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>ستون‌های اتصال</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>استفاده از این مدل</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>گفتگو با مدل انتخاب‌شده</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>آزمایش</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>فهرست مدل‌های سرور و زمان‌سنجی یک پاسخ کوتاه</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>آزمایش اتصال</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>فراموش کردن این اتصال و کلید API آن</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>حذف اتصال</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تازه‌سازی</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>دریافت دوباره فهرست مدل‌ها از همه سرورها</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>تازه‌سازی اتصال‌ها</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>مثلاً {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>اختیاری: در کلیدزنجیر سیستم نگه داشته می‌شود، هرگز در فایل</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>افزودن اتصال</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>افزودن یک اتصال</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>کلید API</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>در حال آزمایش «{name}»: فهرست‌گیری مدل‌ها و زمان‌سنجی یک پاسخ کوتاه…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>در حال حذف «{name}»…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>در حال افزودن «{name}»…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>واردشده · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>واردشده</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>آخرین تغییر {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>واردشده از یک فایل</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>فایل تاریخچه آسیب دیده است و Hearth نتوانست آن را تعمیر کند ({reason}). آنچه خواندنی است نمایش داده می‌شود؛ گفتگوهای جدید تا زمانی که بتوان در فایل نوشت در حافظه نگه داشته می‌شوند.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>بیشترین دانلود</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>بیشترین پسند</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>به‌تازگی به‌روزشده</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>جستجوی مدل‌های GGUF در هاب (مثلاً qwen، llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>جستجو در هاب</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>مدل‌های GGUF را در هاب پیدا می‌کند؛ بدون واژه جستجو، مدل‌های پیشنهادی را نشان می‌دهد.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>مرتب‌سازی نتایج جستجو بر اساس</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>مدل‌های پیشنهادی</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>مدل‌های یافت‌شده در هاب</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>مدل‌های پیشنهادی، از کوچک به بزرگ: نقطه شروع خوبی است.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>در حال جستجوی «{query}» در هاب…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>‏%Ln مخزن GGUF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>هیچ چیز در هاب با «{query}» مطابقت ندارد؛ %Ln مدل پیشنهادی مطابقت دارد.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>هیچ چیز در هاب با «{query}» مطابقت ندارد.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>‏%Ln مدل پیشنهادی با «{query}» مطابقت دارد.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>هیچ مدل پیشنهادی با «{query}» مطابقت ندارد.</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>متوقف: Hearth آفلاین است. با آنلاین شدن دوباره Hearth ادامه می‌یابد.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>در انتظار: Hearth آفلاین است.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>هنگام بسته شدن Hearth متوقف شد: برای پایان دانلود، آن را ادامه دهید.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>گیرکرده: هیچ داده‌ای نمی‌رسد. Hearth همچنان تلاش می‌کند.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>در حال اتصال…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>دانلود شروع نشد: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>دانلود ناموفق بود: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>توقف موقت</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>ادامه</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>پیشرفت {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>توقف موقت {name}</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>گیرکرده</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>تلاش دوباره</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>تلاش دوباره {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>ادامه {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>پاک کردن</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>پاک کردن {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>لغو {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>حذف از این فهرست (مدل نصب‌شده باقی می‌ماند)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>توقف و حذف آنچه دانلود شده است</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>هنوز دانلودی وجود ندارد. مدل‌هایی که از کاوش دانلود می‌کنید اینجا نمایش داده می‌شوند.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>بستن {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>بستن ({key}‎)</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>‏{n} ثانیه</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>‏{n} دقیقه</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>‏{h} ساعت {m} دقیقه</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>مدل‌های برنامه‌های دیگر</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>این فایل‌های مدل را برنامه‌های دیگر دانلود کرده‌اند. Hearth می‌تواند آن‌ها را در همان جایی که هستند به کار ببرد: چیزی کپی یا دوباره دانلود نمی‌شود.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>مدل‌هایی را که می‌خواهید به کار ببرید علامت بزنید؛ کلید Space مورد فعلی را علامت می‌زند یا برمی‌دارد.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>استفاده از مدل‌های علامت‌خورده</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>‏Hearth نتوانست سخت‌افزار این رایانه را بررسی کند: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>پرسیدن از موتور درباره آنچه می‌تواند به کار ببرد ممکن نشد: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>سخت‌افزار</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>کپی گزارش</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>کپی همه محتوای این صفحه به‌صورت متن، مثلاً برای گزارش اشکال.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تازه‌سازی</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>بررسی دوباره سخت‌افزار و موتور.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>از GPU استفاده نمی‌شود</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>کپی فرمان</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>کپی فرمان برای جای‌گذاری در ترمینال.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>این رایانه</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>گرافیک</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>موتور (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>نسخه</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>دستگاه‌ها</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>‏Hearth چگونه به دنبال کارت‌های گرافیک گشت</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>کار کرد</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>کار نکرد</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>در حال بررسی…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>در حال پرسیدن از موتور…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>در حال بررسی این رایانه و موتور…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>گزارش نشده</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>‏{cores} هسته، {threads} رشته</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>‏{total} در کل، {available} در دسترس</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>هیچ GPU روی این رایانه پیدا نشد: مدل‌ها روی CPU اجرا می‌شوند.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>گزارش نشده</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>بله: این ساخت می‌تواند لایه‌ها را روی GPU قرار دهد ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>با {backends} ساخته شده، اما هیچ دستگاه GPU برای آن قابل مشاهده نیست: مدل‌ها روی CPU اجرا می‌شوند.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>خیر: این ساخت موتور فقط برای CPU است و مدل‌ها روی CPU اجرا می‌شوند.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>هیچ</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>پردازنده</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>هسته‌ها</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>حافظه (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>پشتیبان‌ها</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>واگذاری به GPU</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>ویژگی‌های CPU</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>گزینه‌های ساخت</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>اطلاعات سیستم</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>‏GPUها</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>موتور</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>دستگاه‌های موتور</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>بررسی‌های GPU که کار کردند</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>بررسی‌های GPU که کار نکردند</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>همه بررسی‌ها موفق بودند.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>هیچ بررسی‌ای موفق نبود.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>میان‌برهای صفحه‌کلید</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>باز کردن پوشه گزارش‌ها</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>فایل‌های گزارش Hearth، در {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>درباره Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (رونوشت)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>گفتگوی جدید</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>با عنوان «{title}» تکثیر شد.</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>‏Hearth نتوانست گفتگو را تکثیر کند: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>‏Hearth نتوانست گفتگو را صادر کند: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>‏Hearth نتوانست تاریخچه را صادر کند: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>یک گفتگو وارد شد.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>‏%n گفتگو وارد شد.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>‏Hearth نتوانست فایل را وارد کند: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>به {name} صادر شد.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>‏Hearth آفلاین است (تنظیمات): با هاب تماس گرفته نمی‌شود.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>هاب در دسترس نیست، بنابراین Hearth فعلاً آفلاین کار می‌کند: مدل‌ها و گفتگوهای شما همچنان کار می‌کنند. وقتی شبکه برگشت دوباره تلاش کنید.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>هاب هنوز در دسترس نیست؛ Hearth آفلاین می‌ماند.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>مدل بارگذاری نشد: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>وقتی ابزارها برای این گفتگو روشن هستند، طرح‌واره JSON اعمال نمی‌شود: برای دریافت پاسخ در آن قالب، ابزارها را از منوی ابزارها خاموش کنید.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>هنگام پاسخ دادن مشکلی پیش آمد: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>فایل‌هایی که Hearth نتوانست بخواند — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>‏%n فایل در {folder} خوانده نشد؛ بقیه قابل جستجو هستند. اگر فایلی را درست کنید، خودبه‌خود دوباره خوانده می‌شود.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>فایل‌هایی که خوانده نشدند و دلیل آن</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>مدل امبدینگ در حال بارگذاری است؛ تا آماده شدن آن، جستجو فقط از واژه‌ها استفاده می‌کند.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>جستجو بر اساس معنا خاموش است: {reason}. جستجو فقط از واژه‌ها استفاده می‌کند.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>پوشه‌های دانش</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>ستون‌های پوشه</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>افزودن پوشه…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>افزودن یک پوشه دانش</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>حذف پوشه دانش</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>فراموش کردن بخش‌های این پوشه (فایل‌هایش باقی می‌مانند)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>توقف موقت</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>توقف نمایه‌سازی؛ آنچه خوانده شده نگه داشته می‌شود</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>نمایه‌سازی دوباره</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>بررسی دوباره همه پوشه‌ها هم‌اکنون (فقط تغییرات خوانده می‌شوند)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>خطاها…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>فایل‌هایی که خوانده نشدند</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>فایل‌های این پوشه که خوانده نشدند و دلیل آن</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>مدل امبدینگ بخش‌های متن را افزون بر واژه‌ها، بر اساس معنا نیز پیدا می‌کند. یکی ({examples}) را از بخش مدل‌ها دانلود کنید.</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>مدل امبدینگ</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>‏Hearth اسناد این پوشه‌ها (متن، Markdown، کد، PDF و فایل‌های Office) را می‌خواند و نمایه‌ای روی این رایانه نگه می‌دارد تا گفتگو بتواند از روی آن‌ها پاسخ دهد و منابعش را نام ببرد. تغییرات پوشه‌ها خودبه‌خود دریافت می‌شوند.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>نمایش فایل‌هایی که خوانده نشدند و دلیل آن</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>همه پوشه‌ها به‌روز هستند.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>‏%n فایل تغییریافته نمایه‌سازی شد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>در حال نمایه‌سازی {done} از %n فایل — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>ادامه</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>متوقف: تغییرات پوشه‌ها هنگام ادامه خوانده می‌شوند.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>متوقف در {done} از %n فایل — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>هیچ مدل امبدینگی تنظیم نشده است: جستجو فقط از واژه‌ها استفاده می‌کند. یکی را در بالا انتخاب کنید؛ بخش مدل‌ها مدل‌های کوچکی برای دانلود پیشنهاد می‌دهد.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>جستجو از واژه‌ها و معنا استفاده می‌کند.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فایل</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>اندازه</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>کوانتیزه‌سازی</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>معماری</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>پارامترها</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>زمینه</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>بررسی</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>آخرین استفاده</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● بارشده</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>غیرقابل استفاده</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>در حال بررسی… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>تأییدشده</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>ناهمخوان</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>تأییدنشده</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>‏sha256 فایل مطابقت دارد: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>‏sha256 فایل با مقدار مورد انتظار مطابقت ندارد: فایل تغییر کرده یا آسیب دیده است. آن را حذف و دوباره دانلود کنید.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>هنوز بررسی نشده است: «تأیید» هش فایل را محاسبه می‌کند.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>بارشده: گفتگو اکنون از این مدل استفاده می‌کند.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>برداشتن از کتابخانه…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>در حال خواندن کتابخانه…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>مدل‌های کتابخانه</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>‏Enter با مدل انتخاب‌شده گفتگو را آغاز می‌کند؛ Delete آن را حذف یا از کتابخانه برمی‌دارد.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>ستون‌های کتابخانه</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>استفاده</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>گفتگو با این مدل</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>تأیید</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>محاسبه هش فایل و مقایسه آن با مقدار مورد انتظار</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>نمایش در پوشه</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>وارد کردن فایل مدل…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>استفاده از فایل مدل روی دیسک در همان جای خود (کپی نمی‌شود)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>یافتن مدل‌های برنامه‌های دیگر</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>جستجوی فایل‌های GGUF که LM Studio، llama.cpp، GPT4All، Jan یا Ollama دانلود کرده‌اند</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>‏{name} اضافه شد؛ در حال بررسی فایل آن…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>‏{name} حذف شد.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>‏{name} از کتابخانه برداشته شد؛ فایل در {path} باقی می‌ماند.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>‏%Ln مدل · {size} روی دیسک</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>در حال بررسی {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>وارد کردن فایل‌های مدل</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>فایل‌های مدل GGUF (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>در حال بررسی %Ln فایل…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>‏{name} تأیید شد.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>‏{name} با checksum خود مطابقت ندارد: آن را حذف و دوباره دانلود کنید.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>هنوز چیزی برای مقایسه {name} وجود ندارد.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>در حال جستجوی مدل‌هایی که برنامه‌های دیگر دانلود کرده‌اند…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>هیچ مدل دیگری از برنامه‌های دیگر که از قبل در فهرست نباشد پیدا نشد.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>‏%Ln مدل از برنامه‌های دیگر پیدا شد.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>حذف مدل</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>‏{name} ({file}، {size}) حذف شود؟
Hearth آن را دانلود کرده است: فایل از حافظه نهان Hugging Face حذف می‌شود.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>برداشتن از کتابخانه</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>برداشتن</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>‏{name} ({file}، {size}) از کتابخانه برداشته شود؟
فایل در {path} روی دیسک می‌ماند: Hearth آن را دانلود نکرده است، پس هرگز آن را حذف نمی‌کند.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>مدل</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>مدلی که با آن گفتگو می‌کنید</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>باز کردن فایل مدل…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>استفاده از فایل مدل (.gguf) روی دیسک در همان جای خود (کپی نمی‌شود)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>مدل‌ها…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>یافتن، دانلود و مدیریت مدل‌ها ({keys}‎)</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>بارگذاری مدل</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>توقف بارگذاری این مدل</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>لغو بارگذاری مدل</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>پارامترها</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>نمایش یا پنهان کردن پنل پارامترها</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>بدون مدل</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>زمینه %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>توکن‌هایی از زمینه مدل که این گفتگو استفاده می‌کند</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>زمینه استفاده‌شده</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>گفتگوی جدید</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>جستجو</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>تمرکز روی کادر پیام</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>توقف</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;گفتگو</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>صدور گفتگو…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>ذخیره گفتگوی باز به‌صورت فایل Markdown</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>صدور همه…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>وارد کردن…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>تنظیمات…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;نما</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>متن بزرگ‌تر</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>متن کوچک‌تر</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>اندازه متن مطابق سیستم</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>پوسته</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>سخت‌افزار…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>پردازنده، حافظه و GPUهای این رایانه، و آنچه موتور می‌تواند به کار ببرد</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>‏{path}
قالب گفتگو: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>باز کردن یک فایل مدل</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>فایل‌های مدل GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>گفتگو حذف شد.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>واگرد</translation>
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
            <translation>صدور گفتگو</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>تاریخچه Hearth</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>صدور همه</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>وارد کردن</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>به {name} صادر شد.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>نمایش در پوشه</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>پیام و %n پیام زیر آن حذف شدند.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>پیام و پاسخ زیر آن حذف شدند.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>پیام حذف شد.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>هنوز ذخیره نشده</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>‏{problem} Hearth همچنان تلاش می‌کند؛ چیزی از دست نمی‌رود.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>‏{problem} آنچه می‌بینید نگه داشته می‌شود و به محض امکان ذخیره می‌شود.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>تلاش دوباره اکنون</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>برای شروع یک مدل انتخاب کنید</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>در حال بارگذاری مدل…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>در حال نوشتن…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>در حال توقف…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>در حال فکر کردن…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>‏{speed} tok/s · نخستین توکن {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>‏{speed} tok/s · پذیرش پیش‌نویس‌ها {kept}% · نخستین توکن {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>در حال خواندن گفتگو ({count} توکن)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>بارگذاری دوباره مدل</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>هیچ سرور MCP با نام «{name}» وجود ندارد.</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>مسدود به دلیل حالت آفلاین: {host} روی این رایانه نیست.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>سرور MCP «{name}» خاموش است.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>کپی</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>کپی کد</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>کپی شد</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>انتخاب همه</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>ویرایش پیامتان</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>ویرایش پاسخ</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>متن پیام</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>پیام همان‌طور که بود بماند (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>ذخیره و تولید دوباره</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>ذخیره به‌عنوان نسخه جدید و نوشتن پاسخ جدید ({keys}‎)</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>جایگزینی متن و نگه داشتن پاسخ زیر آن</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>جایگزینی متن پاسخ ({keys}‎)</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>پیام نمی‌تواند خالی باشد: چیزی بنویسید یا «لغو» را بزنید.</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>پاسخی در حال نوشته شدن است: آن را متوقف کنید یا بگذارید تمام شود، سپس ویرایش را ذخیره کنید.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>برای نوشتن پاسخ جدید یک مدل بارگذاری کنید؛ «ذخیره» ویرایش را بدون پاسخ جدید نگه می‌دارد.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>این پیام دیگر در گفتگو نیست.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>کپی شد</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>نسخه قبلی</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>نسخه بعدی</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>کپی</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>کپی پیام</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>ویرایش پیام در همین‌جا</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>تولید دوباره</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>نوشتن پاسخ جدید</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>حذف پیام</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>اطلاعات</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>درباره این پاسخ، و بازتولید</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ادامه</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>ادامه نوشتن این پاسخ</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>در حال نوشتن…</translation>
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
            <translation>نسخه {index} از {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>مدل‌ها</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>کاوش</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>دانلودها</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>کتابخانه</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>اتصال‌ها</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>تنظیمات…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>تلاش دوباره</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>‏{name} از قبل دانلود شده است: در کتابخانه است.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>‏{name} در صف است؛ وقتی Hearth دوباره آنلاین شود شروع می‌شود.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>‏{name} در حال دانلود است: زبانه دانلودها را ببینید.</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>دانلودها (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>‏{name} دانلود و تأیید شد: در کتابخانه است.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>روی سرورهای دیگر</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>‏{name}: در حالت آفلاین مسدود است</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>‏{name}: بدون مدل (برای دیدن دلیل، نشانگر را روی آن نگه دارید)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>مدل</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>مدلی که گفتگو از آن استفاده می‌کند</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>‏{model} روی سرور {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>بازگشت به گفتگو</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>بازگشت به گفتگو ({keys}‎)</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>صفحه‌ها</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>بازگشت به گفتگو</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>گفتگو</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>گفتگوهای شما</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>رفتن به {page}</translation>
        </message>
        <message>
            <source>{page} ({keys})</source>
            <translation>{page} ({keys}‎)</translation>
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Preset</source>
            <translation>پیش‌تنظیم</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>ذخیره به‌عنوان…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>ذخیره به‌عنوان پیش‌تنظیم جدید</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>ذخیره پارامترهای کنونی به‌عنوان پیش‌تنظیم جدید.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>نمونه‌برداری</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>استفاده از {field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>‏Ctrl+Tab یک Tab درج می‌کند.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>هر کدام در یک خط، مثلاً ‎\nUser:‎</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>شما دستیاری مفید هستید.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>پرامپت سیستمی</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>زمینه</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>خودکار</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>رشته‌ها</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>خودکار</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>انتخاب خودکار لایه‌های GPU</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>لایه‌های GPU</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>بارگذاری دوباره مدل</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>بارگذاری دوباره مدل با این تنظیمات.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>مدل</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>ذخیره پیش‌تنظیم</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>نام پیش‌تنظیم جدید:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>پرامپت سیستمی خود این گفتگو (گفتگوهای جدید با پرامپت تنظیمات شروع می‌شوند).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>پرامپت سیستمی پیش‌فرض برای گفتگوهای جدید (در تنظیمات تغییرش دهید).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>بدون پرامپت سیستمی. می‌توانید یک پرامپت پیش‌فرض برای گفتگوهای جدید در تنظیمات تعیین کنید.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>موتور از {n} استفاده می‌کند.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>خودکار</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>‏Hearth هنگام بارگذاری مدل انتخاب می‌کند.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>بر اساس تناسب این مدل با حافظه این رایانه انتخاب شده: {used} لایه روی GPU. برای انتخاب دستی، علامت «خودکار» را بردارید.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>بر اساس تناسب انتخاب شده: همه لایه‌ها روی CPU اجرا می‌شوند. برای انتخاب دستی، علامت «خودکار» را بردارید.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>‏Hearth نتوانست تنظیماتش را ذخیره کند.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>‏{reason} تغییرات شما تا بسته شدن Hearth اعمال می‌شوند.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>ذخیره، تغییر نام یا حذف پیش‌تنظیم‌ها</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>عملیات پیش‌تنظیم</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>ذخیره به‌عنوان پیش‌تنظیم جدید…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>ذخیره همراه با پرامپت سیستمی…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>انتخاب این پیش‌تنظیم در آینده، پرامپت سیستمی فعلی را هم تنظیم می‌کند</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>تغییر نام…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>تغییر نام «{preset}»…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>حذف «{preset}»</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>تغییر نام پیش‌تنظیم</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>نام جدید برای «{preset}»:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>ارسال «{prompt}»</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>این پرامپت را برای مدل می‌فرستد</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>کپی جزئیات</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>بازتولید</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>نوشتن دوباره این پاسخ دقیقاً با همین تنظیمات</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>در هر صورت بازتولید شود</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>درباره این پاسخ</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>این پاسخ قابل بازتولید نیست: Hearth تنظیمات نمونه‌برداری یا seed آن را نگه نداشته است.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>برای بازتولید این پاسخ یک مدل بارگذاری کنید.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>پاسخی در حال نوشته شدن است: پس از پایان آن، این یکی را بازتولید کنید.</translation>
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
            <translation>باز کردن در هاب</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>صفحه مدل را در مرورگر شما باز می‌کند</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>تنظیمات…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>افزودن توکن Hugging Face در تنظیمات</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>فایل‌های مدل برای دانلود</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>یک فایل برای هر کوانتیزه‌سازی؛ Enter فایل انتخاب‌شده را دانلود می‌کند.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>دانلود</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>در حال بارگذاری فایل‌های مدل…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>‏{repo} · {parameters} پارامتر · ≈ {size} · مجوز: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>مجوز: {licence} · دسترسی: محدود</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>مجوز: {licence} · دسترسی: آزاد</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>این مدل توضیحی ندارد.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>این مخزن هیچ فایل مدل GGUF قابل استفاده برای Hearth ندارد.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>‏%Ln فایل مدل، یکی برای هر کوانتیزه‌سازی: فایل‌های کوچک‌تر سریع‌ترند و حافظه کمتری لازم دارند، فایل‌های بزرگ‌تر پاسخ‌های بهتری می‌دهند.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>از سرآیند {name}: {note} تا {tokens} توکن زمینه جا می‌شود.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>از سرآیند {name}: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>دانلود {name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>پرامپت</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>توکن/ثانیه</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>پایان</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>جریانی</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>کامل</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>‏{ended}، کلاینت قطع شد</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>پارامترها</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>گفتگوها</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>نمایش یا پنهان کردن گفتگوها</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>نمایش یا پنهان کردن پارامترها</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>طرح‌واره JSON</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>ویرایشگرها، اسکریپت‌ها و برنامه‌های دیگر می‌توانند از طریق یک API سازگار با OpenAI از مدل بارشده در گفتگو استفاده کنند. اولویت با گفتگوست: درخواست‌های آن‌ها تا پایان پاسخ گفتگو منتظر می‌مانند.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>ارائه API</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>روشن یا خاموش کردن سرور (تا زمانی که روشن است، همراه با Hearth شروع می‌شود)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>کپی URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>کپی URL پایه‌ای که کلاینت‌ها استفاده می‌کنند (با /v1 تمام می‌شود)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>هیچ: صفحه‌های وب نمی‌توانند API را فراخوانی کنند</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>مبداهای وبی که صفحه‌هایشان می‌توانند از مرورگر API را فراخوانی کنند (CORS)، جداشده با فاصله یا ویرگول، مثلاً {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;نشانی</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;درگاه</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>&amp;مبداهای وب</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>محل گوش دادن</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>حذف کلید</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>اجازه ورود برنامه‌های این رایانه بدون کلید</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>کلید API جدید</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>کپی</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>کپی کلید جدید</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>همین حالا کلید را کپی کنید: Hearth دیگر آن را نشان نمی‌دهد.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>کلید API</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>درخواست‌های پاسخ‌داده‌شده</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>ستون‌های درخواست</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>درخواست‌ها</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>رایانه‌های دیگر می‌توانند به {host} دسترسی داشته باشند: برای استفاده از مدل به کلید API نیاز دارند.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>ارائه روی {host} به رایانه‌های دیگر اجازه ورود می‌دهد، پس به کلید API نیاز دارد: ابتدا در پایین یکی بسازید.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>کلید جدید</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>ساخت کلید</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>ساخت کلید جدید: کلید قبلی بی‌درنگ از کار می‌افتد</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>ساخت کلیدی که هر کلاینت باید بفرستد</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>کلیدی تنظیم شده است: هر کلاینت باید آن را بفرستد ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>بدون کلید: هر برنامه‌ای روی این رایانه می‌تواند از API استفاده کند.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>خاموش</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>در حال شروع…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>در حال توقف…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>در حال ارائه در {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>استفاده از سرور {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>خاموش است؛ ابزارهایش به هیچ گفتگویی ارائه نمی‌شوند</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>نمایش ابزارها</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>نمایش ابزارهای {name}</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>پیش از اجرای هر ابزار این سرور دوباره پرسیده شود</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>هیچ ابزاری فهرست نشد.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>فراموش کردن «همیشه مجاز» ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>پنهان کردن ابزارها</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>در حال شروع سرور و درخواست فهرست ابزارهایش…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>هیچ: گفتگوهای جدید بدون پرامپت سیستمی شروع می‌شوند.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>دستورالعمل‌هایی که هر گفتگوی جدید با آن‌ها شروع می‌شود. هر گفتگو نسخه خودش را نگه می‌دارد که می‌توانید در پنل کنار گفتگو تغییرش دهید؛ این تنظیم هیچ گفتگوی موجودی را تغییر نمی‌دهد.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>اندازه سیستم</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>اندازه متن گفتگو و کادر پیام</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>پرامپت سیستمی پیش‌فرض</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>ارسال با</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>اندازه متن</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>‏{bigger}‎ و {smaller}‎ اندازه متن را در هر جا تغییر می‌دهند؛ {reset}‎ آن را بازنشانی می‌کند.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>گفتگو</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>پیروی از سیستم</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>زبان پنجره Hearth</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>‏Hearth زبان جدید را دفعه بعد که اجرا شود نشان می‌دهد.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>پوسته</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>ظاهر</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>پوشه‌های مدل</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>افزودن پوشه…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>افزودن یک پوشه مدل</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>حذف پوشه مدل</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>توقف فهرست کردن مدل‌های این پوشه (فایل‌ها باقی می‌مانند)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>‏Hearth مدل‌های GGUF موجود در این پوشه‌ها (و زیرپوشه‌هایشان) را در کتابخانه کنار دانلودهای خودش فهرست می‌کند و آن‌ها را در همان جای خود به کار می‌برد.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>دانش</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>کار آفلاین: هیچ‌گاه به هاب وصل نشود</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>بدون جستجو یا دانلود؛ مدل‌هایی که دارید و گفتگوهایتان همچنان کار می‌کنند.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>تعداد دانلودهایی که هم‌زمان اجرا می‌شوند</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>دانلودهای هم‌زمان</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>شبکه و دانلودها</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>حافظه نهان گفتگوها</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>باز کردن پوشه</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>نمایش {folder} در مدیر فایل</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>باز کردن پوشه {kind}</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>محل نگهداری داده‌های شما</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>میان‌برهای صفحه‌کلید</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>فرمان</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>کلیدها</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>ستون‌ها</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>میان‌برها در هر جای پنجره اصلی کار می‌کنند، مگر اینکه جای خاصی ذکر شده باشد.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>گفتگوی جدید</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>شروع گفتگوی جدید ({keys}‎)</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>شروع گفتگوی جدید</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>جستجوی گفتگوها ({keys}‎)</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>جستجوی گفتگوها</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>گفتگوهایی را پیدا می‌کند که پیام‌هایشان این واژه‌ها را دارند</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>گفتگوها</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>‏Enter گفتگو را باز می‌کند؛ F2 نام آن را تغییر می‌دهد، Delete آن را حذف می‌کند و کلید منو عملیات دیگر را نشان می‌دهد</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتایج جستجو</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>عملیات گفتگو</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>تغییر نام</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>صدور</translation>
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
            <translation>تکثیر</translation>
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
            <translation>منابع</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>باز کردن بخش متن</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>منبع {source}: باز کردن بخش متن</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>فکر کردن</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>اجازه دهید مدل پیش از پاسخ فکر کند (فکرش جداگانه و جمع‌شده نمایش داده می‌شود). خاموش: بی‌درنگ پاسخ می‌دهد.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>فکر کردن پیش از پاسخ</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>میزان استدلال</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>مدت زمانی که مدل پیش از پاسخ استدلال می‌کند</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>پنهان کردن استدلال مدل</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>نمایش استدلال مدل</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>توکن Hugging Face</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>یک توکن خواندنی از huggingface.co/settings/tokens جای‌گذاری کنید</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>تأیید</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>پرسیدن از هاب که این توکن متعلق به کیست</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>نگهداری توکن در کلیدزنجیر سیستم</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>فراموش کردن توکن ذخیره‌شده</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>ابتدا یک توکن جای‌گذاری کنید.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>در حال پرسیدن از هاب…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>این توکن متعلق به {user} است.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>هیچ توکنی ذخیره نشده است: مدل‌های عمومی بدون توکن دانلود می‌شوند.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>یک توکن در کلیدزنجیر سیستم ذخیره شده است.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>توکن فقط تا بسته شدن Hearth نگه داشته می‌شود.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>اجازه یک‌باره</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>همیشه مجاز برای این ابزار</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>رد</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>این فراخوانی اکنون اجرا شود؛ دفعه بعد دوباره پرسیده شود</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>فراخوانی‌های این ابزار در این نشست بدون پرسش اجرا شوند</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>اجرا نشود؛ به مدل گفته می‌شود که رد شده است</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>فراخوانی ابزار {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>ابزارها</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>ابزارهای این گفتگو</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>این گفتگو از ابزارهای کدام سرورهای MCP می‌تواند استفاده کند</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>نخستین پاسخ به هر پیام یکی از ابزارها را فراخوانی می‌کند (مدل‌های کوچک اغلب فقط وقتی به آن‌ها گفته شود ابزار را فراخوانی می‌کنند)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>ابزارها ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>‏{used} از %n سرور ابزار برای این گفتگو روشن است</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>ابزارها به مدل اجازه می‌دهند از طریق سرورهای MCP (پروتکل Model Context) چیزهایی را جستجو کند و برای شما کاری انجام دهد؛ همان سرورهایی که Claude Desktop، LM Studio و Cursor به کار می‌برند. هر ابزار پیش از اجرا از شما اجازه می‌گیرد و نشان می‌دهد چه ورودی‌ای گرفت و چه خروجی‌ای داد.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>حالت آفلاین سرورهایی را که از طریق شبکه در دسترس‌اند مسدود می‌کند، به جز سرورهای روی همین رایانه (localhost). سرورهایی که Hearth به‌عنوان برنامه اجرا می‌کند فقط وقتی گفتگویی به آن‌ها نیاز داشته باشد اجرا می‌شوند.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>وارد کردن…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>وارد کردن سرورهای MCP</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>افزودن سرورها از پیکربندی MCP برنامه‌ای دیگر</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>سرورهای MCP</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>‏Hearth سرورهایش را در {file} نگه می‌دارد.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>هنوز سرور MCP وجود ندارد: سرورهای برنامه‌ای دیگر را وارد کنید یا آن‌ها را به فایل زیر اضافه کنید.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>در حال وارد کردن {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>از یک فایل…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>از {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>پیکربندی MCP (*.json);;همه فایل‌ها (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>‏{servers} اضافه شد.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>هیچ سروری اضافه نشد.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>گفتگو از زمینه مدل ({n_ctx} توکن) طولانی‌تر است: %n پیام قدیمی‌تر از این پاسخ کنار گذاشته شد. پرامپت سیستمی حفظ شد.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>یک فایل خوانده نشد: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>‏{name} خوانده نشد: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>پیمایش به آخرین پیام</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>یکی از این‌ها را امتحان کنید</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>باز کردن مدیر مدل: مدل‌هایی که در حافظه این رایانه جا می‌شوند علامت‌گذاری شده‌اند</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>همه چیز روی این رایانه اجرا می‌شود: آنچه تایپ می‌کنید همین‌جا می‌ماند.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>در حال بارگذاری {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>در حال بارگذاری…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>پرامپتی که اکنون انتخاب شود در کادر پیام منتظر می‌ماند.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>هنوز مدلی نیست</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>موتور هنوز شروع نشده است: برای دیدن اینکه llama.cpp چگونه ساخته شده، یک مدل بارگذاری کنید.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (در فهرست فعال)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (در فیلد فعال)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>هیچ کلیدزنجیر سیستمی در دسترس نیست، بنابراین کلید API فقط تا بسته شدن Hearth نگه داشته می‌شود؛ کلاینت‌ها دفعه بعد به کلید جدیدی نیاز خواهند داشت.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>پایان یافت</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>محدودیت طول</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>رشته توقف</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>زمینه پر شد</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>متوقف شد</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>خطا</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>ارائه روی {host} به رایانه‌های دیگر اجازه استفاده از مدل را می‌دهد، پس به کلید API نیاز دارد: در پایین یکی بسازید، یا روی 127.0.0.1 ارائه دهید.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>مدل بارشده نمی‌تواند تصاویر را بخواند ({names}). یک مدل دارای بینایی بارگذاری کنید، یا برای ارسال پیام تصویر را حذف کنید.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>‏{name} تصویری نیست که Hearth بتواند بخواند.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>‏{tokens} توکن · {rate} tok/s · نخستین توکن {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>‏{tokens} توکن · {rate} tok/s · پذیرش پیش‌نویس‌ها {kept}% · نخستین توکن {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>در حال خواندن گفتگو…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>متوقف‌شده</translation>
        </message>
        <message>
            <source>error</source>
            <translation>خطا</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>قطع‌شده – برنامه هنگام نوشتن این پیام بسته شد</translation>
        </message>
        <message>
            <source>You</source>
            <translation>شما</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>دستیار</translation>
        </message>
        <message>
            <source>System</source>
            <translation>سیستم</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>در حال پرسیدن فهرست مدل‌ها از سرورها…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>هنوز اتصالی وجود ندارد: در پایین یکی اضافه کنید.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>دیروز</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>7 روز گذشته</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>30 روز گذشته</translation>
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
            <translation>‏Hearth در حالت آفلاین است، بنابراین اتصال «{name}» به {host} مسدود است: فقط سرورهای روی همین رایانه (localhost) قابل استفاده‌اند. برای استفاده از آن، حالت آفلاین را در تنظیمات خاموش کنید.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>پیام شما همراه با پرامپت سیستمی {tokens:,} توکن است؛ زمینه مدل {n_ctx:,} توکن جا دارد. آن را کوتاه‌تر کنید، یا مدل را با زمینه بزرگ‌تری بارگذاری کنید.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>اسناد پیوست‌شده، حتی به‌صورت چند بخش کوتاه، در فضای باقی‌مانده زمینه این گفتگو جا نمی‌شوند؛ یک گفتگوی جدید شروع کنید یا مدل را با زمینه بزرگ‌تری بارگذاری کنید.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>بدون مدل امبدینگ</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>با زمینه {ctx:,} توکنی روی GPU جا می‌شود: حدود {total} (تخمینی).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>با {layers} لایه از {n} لایه روی GPU و بقیه در RAM، با زمینه {ctx:,} توکنی جا می‌شود: حدود {total} (تخمینی).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>با زمینه {ctx:,} توکنی در RAM جا می‌شود: حدود {total} (تخمینی).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>حدود {total} با زمینه {ctx:,} توکنی لازم دارد، بیش از مقدار آزاد؛ زمینه‌ای با {max_ctx:,} توکن جا می‌شود (تخمینی).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>حدود {total} لازم دارد، بیش از حافظه آزاد این رایانه (تخمینی).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>با حافظه نهان f16 حدود {f16:,} توکن زمینه جا می‌شود، با q8_0 حدود {q8_0:,} و با q4_0 حدود {q4_0:,} (تخمینی).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>کل زمینه آموزشی آن، یعنی {ctx:,} توکن، با هر نوع حافظه نهان جا می‌شود (تخمینی).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>این مدل نمی‌تواند حافظه نهان {part} خود را به‌صورت {type} نگه دارد: طول سرهای توجه آن {length} مقدار است، نه مضربی از {block}. برای آن f16 را انتخاب کنید.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>دیسک پر است</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>پوشه فقط‌خواندنی است</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>برنامه دیگری از فایل تاریخچه استفاده می‌کند</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>فایل تاریخچه آسیب دیده است</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>دیسک خطا گزارش کرد</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>پایگاه داده خطا گزارش کرد</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>فایل تاریخچه باز نشد</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>‏Hearth نتوانست تاریخچه‌اش را باز کند: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>‏Hearth نتوانست تاریخچه‌اش را بخواند: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>‏Hearth نتوانست در تاریخچه‌اش ذخیره کند: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>‏Hearth نتوانست تاریخچه‌اش را ارتقا دهد: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>‏Hearth نتوانست تاریخچه‌اش را ارتقا دهد: {why}؛ گفتگوهای شما تغییری نکردند.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>‏Hearth نتوانست {name} را بنویسد: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>‏Hearth نتوانست تاریخچه‌اش را باز کند: پوشه آن روی دیسکی است که نمی‌تواند آن را به‌طور امن نگه دارد (یک درایو شبکه؟).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>این تاریخچه با نسخه جدیدتری از Hearth نوشته شده است؛ برای باز کردن آن، Hearth را به‌روزرسانی کنید.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>دسترسی به هاب ممکن نیست: شبکه را بررسی کنید، یا از Hearth به‌صورت آفلاین استفاده کنید.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>‏Hearth آفلاین است: تا وقتی حالت آفلاین را خاموش نکنید، با هاب تماس گرفته نمی‌شود.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>کوچک و سریع: مناسب برای امتحان Hearth و بازی با واژه‌ها، نه برای اطلاعات دقیق.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>یک مدل روی این رایانه. یک پرامپت از پایین را امتحان کنید تا ببینید در چه کارهایی خوب است.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>تلاش دوباره تا {delay:g} ثانیه دیگر: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>دانلود پس از چند تلاش همچنان ناموفق بود: {why} فایل ناقص نگه داشته می‌شود؛ بعداً آن را ادامه دهید.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>هیچ کلیدزنجیر سیستمی در دسترس نیست، بنابراین توکن Hugging Face شما فقط تا بسته شدن Hearth نگه داشته می‌شود؛ دفعه بعد باید دوباره آن را وارد کنید.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>هیچ مدلی بارگذاری نشده است.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>موتور در حال اجرا نیست؛ آن را دوباره راه‌اندازی کنید.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>موتور به‌موقع پاسخ نداد و متوقف شد.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>موتور بنا به درخواست متوقف شد.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>موتور به‌طور غیرمنتظره متوقف شد. آنچه تا اینجا نوشته شده نگه داشته می‌شود؛ موتور با درخواست بعدی دوباره راه‌اندازی می‌شود.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>موتور به‌طور غیرمنتظره متوقف شد: {reason}. آنچه تا اینجا نوشته شده نگه داشته می‌شود؛ موتور با درخواست بعدی دوباره راه‌اندازی می‌شود.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>‏{draft} نمی‌تواند برای {model} پیش‌نویس بسازد: واژگان آن‌ها متفاوت است.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>پاسخ‌ها با {draft} پیش‌نویس نمی‌شوند. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>موتور نتوانست آن را بخواند.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>حافظه‌ای برای زمینه آن وجود نداشت.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>مدل بارگذاری نشد: {reason}. ممکن است فایل آسیب دیده باشد، یا برای موتوری جدیدتر از موتور این نسخه از Hearth ساخته شده باشد.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>هیچ مدل امبدینگی تنظیم نشده است: جستجو فقط از واژه‌ها استفاده می‌کند. یکی را در تنظیمات ← دانش انتخاب کنید.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>مدل امبدینگ متوقف شد ({name}: موتور {reason})، بنابراین جستجو فقط از واژه‌ها استفاده می‌کند. در تنظیمات ← دانش مدل امبدینگ دیگری انتخاب کنید، یا Hearth را دوباره راه‌اندازی کنید تا دوباره امتحان شود.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>حافظه کافی برای بارگذاری این مدل با زمینه {n_ctx:,} توکنی وجود ندارد ({reason}). زمینه یا مدل کوچک‌تری انتخاب کنید، یا برنامه‌های دیگر را ببندید.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>حافظه کافی برای بارگذاری این مدل با زمینه {context:,} توکنی وجود ندارد: حدود {ram_needed} از RAM لازم دارد، و {ram_free} آزاد است. بزرگ‌ترین زمینه‌ای که جا می‌شود {max_context:,} توکن است: مدل را با همین مقدار یا کمتر بارگذاری کنید (تخمینی).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>حافظه کافی برای بارگذاری این مدل با زمینه {context:,} توکنی وجود ندارد: حدود {ram_needed} از RAM لازم دارد، و {ram_free} آزاد است. حتی یک زمینه کوچک هم جا نمی‌شود: برنامه‌های دیگر را ببندید، یا مدل یا کوانتیزه‌سازی کوچک‌تری انتخاب کنید (تخمینی).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>حافظه کافی برای بارگذاری این مدل با زمینه {context:,} توکنی وجود ندارد: حدود {ram_needed} از RAM و {gpu_needed} روی GPU لازم دارد، و {ram_free} از RAM و {gpu_free} روی GPU آزاد است. بزرگ‌ترین زمینه‌ای که جا می‌شود {max_context:,} توکن است: مدل را با همین مقدار یا کمتر بارگذاری کنید (تخمینی).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>حافظه کافی برای بارگذاری این مدل با زمینه {context:,} توکنی وجود ندارد: حدود {ram_needed} از RAM و {gpu_needed} روی GPU لازم دارد، و {ram_free} از RAM و {gpu_free} روی GPU آزاد است. حتی یک زمینه کوچک هم جا نمی‌شود: برنامه‌های دیگر را ببندید، یا مدل یا کوانتیزه‌سازی کوچک‌تری انتخاب کنید (تخمینی).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>بارگذاری لغو شد.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>بارگذاری روی GPU ناموفق بود: {why}. Hearth به‌جای آن، مدل را روی CPU با زمینه {n_ctx:,} توکنی اجرا می‌کند.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>سرور MCP «{name}» راه‌اندازی نشد: پوشه آن {cwd} وجود ندارد.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>سرور MCP «{name}» راه‌اندازی نشد: فرمان «{command}» پیدا نشد.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>سرور MCP «{name}» راه‌اندازی نشد: فرمان «{command}» اجراپذیر نیست.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>سرور MCP «{name}» پیامی بزرگ‌تر از {megabytes} MB فرستاد و متوقف شد.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>سرور MCP «{name}» پیامی فرستاد که JSON-RPC معتبر نیست و متوقف شد.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>سرور MCP «{name}» اعتبارنامه‌ها را نپذیرفت (HTTP {status})؛ سرآیندهایی را که به آن داده می‌شود بررسی کنید.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>سرور MCP «{name}» در {url} پاسخ نداد: هیچ برنامه‌ای آنجا منتظر اتصال نیست.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>سرور MCP «{name}» در {seconds:g} ثانیه پاسخ نداد.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>سرور MCP «{name}» در {seconds:g} ثانیه پاسخ نداد؛ {lines} خط نوشت که پیام MCP نیستند.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>سرور MCP «{name}» راه‌اندازی نشد: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>کد خروج {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>با سیگنال {signal} پایان داده شد</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>سرور MCP «{name}» بلافاصله خارج شد ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>سرور MCP «{name}» بلافاصله خارج شد ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>سرور MCP «{name}» متوقف شد ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>سرور MCP «{name}» متوقف شد ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>سرور MCP «{name}» هنگام راه‌اندازی اتصال را بست.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>سرور MCP «{name}» هنگام راه‌اندازی اتصال را بست: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>سرور MCP «{name}» متوقف شد.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>سرور MCP «{name}» متوقف شد: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>سرور MCP «{name}» با HTTP {status} پاسخ داد.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>سرور MCP «{name}» با خطا مواجه شد: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>متوقف شد.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>مدل {rounds} بار پشت سر هم ابزارها را به‌شکل نامعتبر فراخوانی کرد؛ گفتگو همان‌جا متوقف شد.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>مدل پس از {rounds} دور همچنان ابزارها را فراخوانی می‌کرد؛ گفتگو همان‌جا متوقف شد.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>در حال اتصال</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>در انتظار</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>در حال تلاش دوباره</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>در حال بررسی</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>در صف</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>در حال دانلود</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>گیرکرده</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>نصب‌شده</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>‏{done} از {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>‏{duration} مانده</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>این پیام برای ارسال بیش از حد طولانی است: همراه با پرامپت سیستمی {tokens} توکن است و زمینه {n_ctx} توکنی مدل، پس از کنار گذاشتن جا برای پاسخ، {limit} توکن جا دارد. آن را کوتاه‌تر کنید یا مدل را با زمینه بزرگ‌تری بارگذاری کنید.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>این ویرایش برای ذخیره بیش از حد طولانی است: همراه با پرامپت سیستمی {tokens} توکن است و زمینه {n_ctx} توکنی مدل، پس از کنار گذاشتن جا برای پاسخ، {limit} توکن جا دارد. آن را کوتاه‌تر کنید یا مدل را با زمینه بزرگ‌تری بارگذاری کنید.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>seed</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>‏seed و پارامترهای یکسان پاسخ یکسانی می‌دهند؛ بدون آن، هر پاسخ یک seed تصادفی جدید می‌گیرد (که همراه پاسخ ثبت می‌شود)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>رشته‌های توقف</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>پاسخ در جایی که یکی از این رشته‌ها ظاهر شود پایان می‌یابد (خود رشته نمایش داده نمی‌شود)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>دما</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>میزان جسارت هر انتخاب: 0 همیشه محتمل‌ترین توکن را برمی‌گزیند</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>نمونه‌برداری هسته‌ای: فقط محتمل‌ترین توکن‌هایی که این نسبت را تشکیل می‌دهند؛ 1 آن را خاموش می‌کند</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>فقط K توکن با بیشترین احتمال در نظر گرفته می‌شوند؛ 0 آن را خاموش می‌کند</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>توکن‌هایی که احتمالشان از این نسبتِ احتمال محتمل‌ترین توکن کمتر است کنار گذاشته می‌شوند؛ 0 آن را خاموش می‌کند</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>جریمه تکرار</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>برای جلوگیری از حلقه، احتمال توکن‌های اخیر را کم می‌کند؛ 1 آن را خاموش می‌کند</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>بازه تکرار</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>جریمه تکرار چند توکن اخیر را بررسی می‌کند</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>کل زمینه</translation>
        </message>
        <message>
            <source>off</source>
            <translation>خاموش</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>حداکثر توکن</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>طولانی‌ترین پاسخ، بر حسب توکن</translation>
        </message>
        <message>
            <source>context</source>
            <translation>زمینه</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>طول زمینه بر حسب توکن، حداکثر به اندازه زمینه آموزشی مدل</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>طول زمینه خود مدل</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>رشته‌ها</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>رشته‌های CPU (پیش‌فرض: یکی برای هر هسته فیزیکی)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>لایه‌های GPU</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>همه لایه‌ها</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>نوع حافظه نهان K</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>نحوه ذخیره کلیدهای توجه: q8_0 و q4_0 در همان مقدار حافظه زمینه بیشتری جا می‌دهند، با اندکی افت کیفیت</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>نوع حافظه نهان V</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>نحوه ذخیره مقدارهای توجه: q8_0 و q4_0 در همان مقدار حافظه زمینه بیشتری جا می‌دهند (به flash attention نیاز دارند)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>رمزگشایی حدسی</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>حدس زدن چند توکن از پیش و بررسی آن‌ها در یک گام: همان پاسخ، ولی سریع‌تر وقتی متن تکرار می‌شود؛ «خودکار» آن را هر جا که در این رایانه سریع‌تر سنجیده شده به کار می‌برد</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>روی GPU جا می‌شود</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>با تقسیم جا می‌شود</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>روی CPU جا می‌شود</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>جا نمی‌شود</translation>
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
            <translation>‏{total}، {free} آزاد</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>حافظه گزارش نشده</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>‏{memory} (مشترک با RAM سیستم)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>‏{memory} (مجموعه کاری Metal)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>از {source}؛ درایور {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>از {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>‏GPU یکپارچه</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>شتاب‌دهنده</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>گفتگو</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>هیچ (فقط واژه‌ها)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>پوشه</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>فایل‌ها</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>بخش‌ها</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>خطاها</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>دانلودشده از هاب</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>استفاده در محل</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>در یکی از پوشه‌های مدل شما</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>داخلی</translation>
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
            <translation>هرگز</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>امروز {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 بیت برای هر مقدار: حافظه نهان با اندازه کامل.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 بیت برای هر مقدار: حدود نصف حافظه f16، با پاسخ‌هایی تقریباً یکسان.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 بیت برای هر مقدار: حدود یک‌چهارم حافظه f16؛ پاسخ‌ها ممکن است کمی تغییر کنند.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>خودکار</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>خاموش</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>‏{help}. با بارگذاری دوباره مدل اعمال می‌شود.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>مدلی کوچک با همان واژگان که چند توکن را برای این مدل از پیش حدس می‌زند: همان پاسخ‌ها، زودتر. Hearth مدل‌های سازگار کتابخانه شما را پیشنهاد می‌دهد. با بارگذاری دوباره مدل اعمال می‌شود.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>مدل پیش‌نویس</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>هیچ</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>پیروی از سیستم</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>تیره</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>کنتراست بالا</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>مشکلی پیش آمد: {error}. جزئیات در گزارش ثبت شده است.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>‏{preset} (ویرایش‌شده)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>مجموعه‌های ذخیره‌شده پارامترهای نمونه‌برداری. «(ویرایش‌شده)»: مقداری با پیش‌تنظیم فرق دارد.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>‏{help} هر کدام در یک خط؛ برای شکستن خط درون یکی ‎\n‎ بنویسید (مثلاً ‎\nUser:‎)، برای Tab ‎\t‎ و برای بک‌اسلش ‎\\‎.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>دستورالعمل‌هایی که مدل پیش از گفتگو می‌بیند. همیشه حفظ می‌شود، حتی وقتی پیام‌های قدیمی برای جا شدن در زمینه کنار گذاشته می‌شوند.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>تعداد توکن‌هایی که مدل هم‌زمان می‌تواند ببیند: گفتگو و پاسخ. مقدار بزرگ‌تر حافظه بیشتری مصرف می‌کند. با بارگذاری دوباره مدل اعمال می‌شود.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>رشته‌های CPU برای موتور. «خودکار» (کمترین مقدار) یکی برای هر هسته فیزیکی است. با بارگذاری دوباره مدل اعمال می‌شود.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>چند لایه از مدل روی GPU اجرا شود: 0 مدل را فقط روی CPU اجرا می‌کند و انتهای دیگر همه لایه‌ها را روی GPU می‌گذارد. با بارگذاری دوباره مدل اعمال می‌شود.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>اجازه دهید Hearth لایه‌های GPU را بر اساس اندازه مدل و حافظه آزاد GPU و RAM انتخاب کند (تخمینی). برای انتخاب دستی، علامت را بردارید.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>برای خاموش کردن top-p، علامت را بردارید.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>برای یک seed تصادفی جدید در هر پاسخ، علامت را بردارید.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>بیشتر از {low} و حداکثر {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>بین {low} و {high}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>{value} ({meaning})</source>
            <translation>{value} ({meaning})</translation>
        </message>
        <message>
            <source>{special}, or {range}</source>
            <translation>‏{special}، یا {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>‏{help}. مجاز: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>‏{n} (فقط CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>همه {n}</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>همه</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>‏{used} از {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>پیش‌تنظیم‌های داخلی همراه Hearth هستند و نمی‌توان نامشان را تغییر داد یا حذفشان کرد.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>متعادل</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>دقیق</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>خلاقانه</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>آموزش seed</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>مدل پاسخش را تمام کرد</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>به حد توکن پاسخ رسید</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>یک متن توقف ظاهر شد</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>زمینه پر بود</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>شما آن را متوقف کردید</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>یک خطا آن را پایان داد</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>دلیلی که این نسخه Hearth نمی‌شناسد</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>نگه داشته نشده</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>دما {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>‏top-p خاموش</translation>
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
            <translation>جریمه تکرار {value} (آخرین {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>حداکثر {count} توکن</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>توقف در {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>‏{model} روی اتصال {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>مدل</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>نامعلوم</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>قالب گفتگو</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>نمونه‌برداری</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>دلیل توقف</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>تمام نشد</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>‏{prompt} در پرامپت ({reused} بازاستفاده‌شده) · {written} نوشته‌شده</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>‏{prompt} در پرامپت · {written} نوشته‌شده</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>‏{rate} tok/s نوشتن · {read} tok/s خواندن پرامپت · نخستین توکن پس از {ttft} ms · {total} s در کل</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>توکن‌ها</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>سرعت</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>‏sha256 نامعلوم</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>این پاسخ را {old} ({old_sha}) نوشته است؛ مدل بارشده کنونی {new} ({new_sha}) است، پس پاسخ جدید یکسان نخواهد بود.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>مدلی دیگر</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>دسترسی به این مدل محدود است: مجوز آن را در صفحه‌اش در هاب بپذیرید (با ورود به حساب Hugging Face خود)، سپس توکنی از همان حساب را در تنظیمات اضافه کنید.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>برای دیدن فایل‌های یک مدل، آن را در فهرست انتخاب کنید.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>تا وقتی Hearth آفلاین است، فایل‌های آن فهرست نمی‌شوند: به محض دسترسی به هاب، آماده دانلود اینجا نمایش داده می‌شوند.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>ستون‌های {table}</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>زمینه %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>طرح‌واره JSON که هر پاسخ باید از آن پیروی کند: در این صورت مدل فقط می‌تواند JSON معتبر مطابق آن بنویسد (گرامر llama.cpp) و پاسخ در پایان بررسی می‌شود. برای متن آزاد آن را خالی بگذارید. تا بسته شدن Hearth نگه داشته می‌شود.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>خالی: متن آزاد. برای نمونه ‎{"type": "object", "properties": {"name": {...}}}‎</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>طرح‌واره بیش از {n} نویسه است. تا زمانی که اصلاح نشود، پاسخ‌ها متن آزاد هستند.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>این JSON نیست ({reason} در خط {line}، ستون {column}). تا زمانی که اصلاح نشود، پاسخ‌ها متن آزاد هستند.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>این JSON نیست ({reason}). تا زمانی که اصلاح نشود، پاسخ‌ها متن آزاد هستند.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>طرح‌واره یک شیء JSON است، مانند {example}. تا زمانی که اصلاح نشود، پاسخ‌ها متن آزاد هستند.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ پیشنهادی</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>در حافظه GPU جا می‌شود: سریع‌ترین راه اجرای آن.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>بخشی روی GPU و بقیه در RAM: اجرا می‌شود، اما کندتر از اجرای کامل روی GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>در RAM این رایانه جا می‌شود و روی CPU اجرا می‌شود.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>برای حافظه آزاد این رایانه بیش از حد بزرگ است: بارگذاری نمی‌شود یا بسیار کند بارگذاری می‌شود.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>مدل</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>پارامترها</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>اندازه</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>تناسب</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>مجوز</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>‏{name}  ✓ نصب‌شده</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>حدود {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>مخزن</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>دانلودها</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>پسندها</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>به‌روزرسانی</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>دسترسی</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>محدود</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>آزاد</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>برای دانلود، مجوز را در هاب بپذیرید و توکن خود را در تنظیمات اضافه کنید.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فایل</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>کوانتیزه‌سازی</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>‏{name} (%Ln بخش)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>بهترین کیفیتی که به‌راحتی در حافظه این رایانه جا می‌شود.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>مدل {model} + پروجکتور بینایی {projector}</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>هر درگاه آزاد</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: فقط برنامه‌های این رایانه می‌توانند وصل شوند. هر نشانی دیگری (0.0.0.0 برای همه شبکه‌ها) به رایانه‌های دیگر اجازه ورود می‌دهد و به کلید API نیاز دارد.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>سرور خاموش است.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>در حال ارائه {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>هیچ مدلی بارگذاری نشده است: تا وقتی گفتگو مدلی بارگذاری نکند، درخواست‌ها خطا می‌گیرند.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>پاسخ گفتگو در حال استفاده از مدل است؛ %n درخواست در انتظار.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>پاسخ گفتگو در حال استفاده از مدل است.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>در حال پاسخ به یک درخواست؛ {n} در انتظار.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>در حال پاسخ به یک درخواست.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>بیکار، {n} در انتظار.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>بیکار.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>گفتگو بر درخواست‌های در انتظار مقدم است.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>‏Enter ارسال می‌کند (Shift+Enter خط جدید می‌سازد)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>‏Ctrl+Enter ارسال می‌کند (Enter خط جدید می‌سازد)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>پیروی از سیستم</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>تیره</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>کنتراست بالا</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>گفتگوها</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>گزارش‌ها</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>مدل‌های دانلودشده</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>توکن به Hearth اجازه می‌دهد مدل‌های محدودی را که مجوزشان را در هاب پذیرفته‌اید دانلود کند. یک توکن خواندنی در huggingface.co/settings/tokens بسازید. این توکن در کلیدزنجیر سیستم شما نگه داشته می‌شود (یا اگر نباشد، تا بسته شدن Hearth در حافظه)، هرگز در فایل‌ها یا گزارش‌های Hearth.</translation>
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
            <translation>کم</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>زیاد</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>‏{s} ثانیه</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>‏{m} دقیقه {s} ثانیه</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>در حال فکر کردن… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>در حال فکر کردن…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>تفکر</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>کمتر از یک ثانیه فکر کرد</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>‏{time} فکر کرد</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>انجام شد</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>در {ms} ms انجام شد</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>پس از {ms} ms ناموفق بود</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>در حال نوشته شدن…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>اجرا نشد</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>درخواست اجرا دارد</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>در حال اجرا…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>ردشده</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>فراخوانی ناموفق بود.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>شما این فراخوانی را رد کردید؛ به مدل اطلاع داده می‌شود.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>اجرا شود؟</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>وادار کردن مدل به فراخوانی ابزار در ابتدا</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>در حال خواندن فهرست سرورها…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>این سرور هیچ ابزاری ارائه نمی‌دهد.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>بینایی</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>تصاویر را می‌خواند: یک پروجکتور بینایی (mmproj، {size}) همراه مدل دانلود می‌کند</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>تصاویر را می‌خواند: پروجکتور بینایی خود (mmproj، {size}) را همراه مدل بارگذاری می‌کند</translation>
        </message>
        <message>
            <source>{text}, {tag}: {sentence}</source>
            <translation>‏{text}، {tag}: {sentence}</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Write a short poem about the sea</source>
            <translation>یک شعر کوتاه درباره دریا بنویس</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>پنج نام برای یک بچه‌گربه خاکستری پیشنهاد بده</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>یک قصه شب برایم بگو درباره رباتی که پختن شیرینی را یاد می‌گیرد</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>این را مؤدبانه‌تر بازنویسی کن: همین حالا گزارش را برایم بفرست</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>یک مدل را در نوار بالا انتخاب کنید، یا در پایین مدلی پیدا کنید که برای این رایانه مناسب است.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>یافتن مدل بهتر برای این رایانه</translation>
        </message>
    </context>
</TS>
