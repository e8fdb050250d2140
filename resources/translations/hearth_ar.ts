<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>حول Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>رفضت سلسلة مفاتيح النظام قراءة مفتاح API، لذا سيُحتفظ به فقط حتى يُغلق Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>رفضت سلسلة مفاتيح النظام حفظ مفتاح API، لذا سيُحتفظ به فقط حتى يُغلق Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>رفضت سلسلة مفاتيح النظام حذف مفتاح API، لذا سيُحتفظ به فقط حتى يُغلق Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>تعذّر على Hearth الاستماع على {host} المنفذ {port}: ربما يستخدم برنامج آخر هذا المنفذ؛ اختر منفذًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>في انتظار انتهاء طلب API…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>النماذج</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>البحث عن النماذج وتنزيلها وإدارتها</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>العتاد</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>معالج هذا الحاسوب وذاكرته ووحدات GPU فيه، وما يمكن للمحرك استخدامه</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>الخادم</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>إتاحة نموذج المحادثة للبرامج الأخرى عبر API متوافقة مع OpenAI</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>الأدوات</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>خوادم MCP: الأدوات التي قد يستخدمها النموذج، وكلٌّ منها يستأذن قبل التشغيل</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>التفضيلات: المحادثة والمظهر ومجلدات النماذج والشبكة والبيانات</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>جارٍ الحفظ قبل إغلاق Hearth…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>السجل غير محفوظ.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>لم يحفظ Hearth كل شيء</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>‏{problem}، لذا ما تراه لم يُحفظ بعد (لا تغييرات). حرّر بعض المساحة أو أغلق البرنامج الذي يستخدم السجل، وسيحفظه Hearth ثم يُغلق.</numerusform>
                <numerusform>‏{problem}، لذا ما تراه لم يُحفظ بعد (تغيير واحد). حرّر بعض المساحة أو أغلق البرنامج الذي يستخدم السجل، وسيحفظه Hearth ثم يُغلق.</numerusform>
                <numerusform>‏{problem}، لذا ما تراه لم يُحفظ بعد (تغييران). حرّر بعض المساحة أو أغلق البرنامج الذي يستخدم السجل، وسيحفظه Hearth ثم يُغلق.</numerusform>
                <numerusform>‏{problem}، لذا ما تراه لم يُحفظ بعد (%n تغييرات). حرّر بعض المساحة أو أغلق البرنامج الذي يستخدم السجل، وسيحفظه Hearth ثم يُغلق.</numerusform>
                <numerusform>‏{problem}، لذا ما تراه لم يُحفظ بعد (%n تغييرًا). حرّر بعض المساحة أو أغلق البرنامج الذي يستخدم السجل، وسيحفظه Hearth ثم يُغلق.</numerusform>
                <numerusform>‏{problem}، لذا ما تراه لم يُحفظ بعد (%n تغيير). حرّر بعض المساحة أو أغلق البرنامج الذي يستخدم السجل، وسيحفظه Hearth ثم يُغلق.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>إبقاء Hearth مفتوحًا</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>الخروج دون حفظ</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>يواصل Hearth محاولة الحفظ.</translation>
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
            <translation>المرفق {name}، {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>إزالة {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>حدث خطأ ما: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>تجاهل الرسالة</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>يخفي هذه الرسالة</translation>
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
            <translation>معطَّل</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>أقصى مساحة على القرص يمكن أن تشغلها حالات المحادثات المحفوظة؛ «معطَّل» لا يحفظ أي حالة</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>حجم الذاكرة المؤقتة للمحادثات</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>مسح الذاكرة المؤقتة</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>مسح الذاكرة المؤقتة للمحادثات</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>حذف كل حالات المحادثات المحفوظة (تبقى محادثاتك)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>مساحة القرص</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>قيد الاستخدام</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>تبدأ الردود فورًا في المحادثة التي تعيد فتحها، لأن المحرك يحفظ حالتها على هذا الحاسوب؛ ويحدّ هذا الإعداد من مساحة القرص التي تشغلها، وتُحذف أولًا المحادثات التي مضى أطول وقت على آخر استخدام لها.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>جارٍ العدّ…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>جارٍ المسح…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>المحادثة</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>الرسائل، والأحدث في الأسفل؛ ينقلك السهمان Up وDown بين الرسائل</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>فشل الرد: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>فشل الرد.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>إرفاق ملفات (أو أفلتها هنا، أو الصقها)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>إرفاق ملفات أو صور: النموذج المحمَّل يقرأ الصور (أو أفلتها هنا، أو الصقها)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>مُفعَّل: تستخدم الردود مقاطع من مجلدات المعرفة</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>معطَّل: لا تبحث الردود في مجلدات المعرفة</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>إرسال</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>إرفاق</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>إرفاق ملفات</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>المعرفة</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>الإجابة من مجلدات المعرفة</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>راسل النموذج ({send}‎ للإرسال، {newline}‎ لسطر جديد)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>إيقاف الرد (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>إرسال ({keys}‎)</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} رمز</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>‏{count} / {limit} رمز</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>هذه الرسالة أطول من أن تُرسل، حتى مع استبعاد كل الرسائل الأقدم. يتّسع سياق النموذج لـ {n_ctx} رمزًا؛ ويُحجز {kept} للرد.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>ستُستبعد أقدم الرسائل من الرد التالي لإفساح المجال. يتّسع سياق النموذج لـ {n_ctx} رمزًا؛ ويُحجز {kept} للرد.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>يتبقى {left} رمز قبل استبعاد الرسائل الأقدم. يتّسع سياق النموذج لـ {n_ctx} رمزًا؛ ويُحجز {kept} للرد.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>جميع الملفات (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>تعذّر حفظ الصورة الملصقة لإرفاقها.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>أضف مجلد معرفة في الإعدادات للإجابة من مستنداتك</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>فشل السرد.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>الخادم على {url} لا يسرد أي نماذج.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>ردّ {model} خلال {total_ms} ms: أول رمز بعد {ttft_ms} ms، و{tokens} رمز بمعدل {rate} رمز/ث («{reply}»).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>ردّ «{name}» خلال {ms} ms دون أي نماذج.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>ردّ «{name}» خلال {ms} ms بنموذج واحد: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>ردّ «{name}» خلال {ms} ms دون نماذج: {listed} و{more} غيرها.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بنموذج واحد: {listed} و{more} غيرها.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بنموذجين: {listed} و{more} غيرها.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بـ %n نماذج: {listed} و{more} غيرها.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بـ %n نموذجًا: {listed} و{more} غيرها.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بـ %n نموذج: {listed} و{more} غيرها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>ردّ «{name}» خلال {ms} ms دون نماذج: {listed}.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بنموذج واحد: {listed}.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بنموذجين: {listed}.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بـ %n نماذج: {listed}.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بـ %n نموذجًا: {listed}.</numerusform>
                <numerusform>ردّ «{name}» خلال {ms} ms بـ %n نموذج: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>حادث نماذج على جهاز أو خادم آخر: llama-server أو vLLM أو Ollama أو LM Studio أو Hearth آخر أو خدمة مستضافة (أي خادم يدعم OpenAI API). تظهر نماذج كل اتصال في منتقي النماذج تحت اسمه.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>الاتصال ونماذجه</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>الاتصالات ونماذجها</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>أعمدة الاتصالات</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>استخدام هذا النموذج</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>المحادثة مع النموذج المختار</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>اختبار</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>سرد نماذج الخادم وقياس زمن رد قصير واحد</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>اختبار الاتصال</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>نسيان هذا الاتصال ومفتاح API الخاص به</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>إزالة الاتصال</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>طلب قائمة النماذج من كل الخوادم مجددًا</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>تحديث الاتصالات</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>مثلًا {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>اختياري: يُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>إضافة اتصال</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>إضافة اتصال</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>مفتاح API</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>جارٍ اختبار «{name}»: سرد نماذجه وقياس زمن رد قصير واحد…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>جارٍ إزالة «{name}»…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>جارٍ إضافة «{name}»…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>مستورَدة · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>مستورَدة</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>آخر تغيير {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>مستورَدة من ملف</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>ملف السجل تالف ولم يتمكن Hearth من إصلاحه ({reason}). يُعرض ما أمكنت قراءته؛ وتُحفظ المحادثات الجديدة في الذاكرة إلى أن تمكن الكتابة في الملف.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>الأكثر تنزيلًا</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>الأكثر إعجابًا</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>المحدَّثة مؤخرًا</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>ابحث في المنصة عن نماذج GGUF (مثل qwen أو llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>البحث في المنصة</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>يبحث عن نماذج GGUF في المنصة؛ ودون كلمات بحث، يعرض النماذج الموصى بها.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>فرز نتائج البحث حسب</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>النماذج الموصى بها</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>النماذج التي عُثر عليها في المنصة</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>النماذج الموصى بها، من الأصغر إلى الأكبر: نقطة بداية جيدة.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>جارٍ البحث في المنصة عن «{query}»…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>لا مستودعات GGUF</numerusform>
                <numerusform>مستودع GGUF واحد</numerusform>
                <numerusform>مستودعا GGUF</numerusform>
                <numerusform>‏%Ln مستودعات GGUF</numerusform>
                <numerusform>‏%Ln مستودعًا GGUF</numerusform>
                <numerusform>‏%Ln مستودع GGUF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>لا شيء في المنصة يطابق «{query}»؛ ولا نماذج موصى بها مطابقة.</numerusform>
                <numerusform>لا شيء في المنصة يطابق «{query}»؛ يطابقه نموذج موصى به واحد.</numerusform>
                <numerusform>لا شيء في المنصة يطابق «{query}»؛ يطابقه نموذجان موصى بهما.</numerusform>
                <numerusform>لا شيء في المنصة يطابق «{query}»؛ تطابقه %Ln نماذج موصى بها.</numerusform>
                <numerusform>لا شيء في المنصة يطابق «{query}»؛ يطابقه %Ln نموذجًا موصى به.</numerusform>
                <numerusform>لا شيء في المنصة يطابق «{query}»؛ يطابقه %Ln نموذج موصى به.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>لا شيء في المنصة يطابق «{query}».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>لا نماذج موصى بها تطابق «{query}».</numerusform>
                <numerusform>نموذج موصى به واحد يطابق «{query}».</numerusform>
                <numerusform>نموذجان موصى بهما يطابقان «{query}».</numerusform>
                <numerusform>‏%Ln نماذج موصى بها تطابق «{query}».</numerusform>
                <numerusform>‏%Ln نموذجًا موصى به يطابق «{query}».</numerusform>
                <numerusform>‏%Ln نموذج موصى به يطابق «{query}».</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>لا يوجد نموذج موصى به يطابق «{query}».</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>متوقف مؤقتًا: Hearth غير متصل. سيُستأنف عند عودة الاتصال.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>في الانتظار: Hearth غير متصل.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>أُوقف مؤقتًا عند إغلاق Hearth: استأنف لإكمال التنزيل.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>متعثّر: لا تصل أي بيانات. يواصل Hearth المحاولة.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>جارٍ الاتصال…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>تعذّر بدء التنزيل: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>فشل التنزيل: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>تقدّم {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>إيقاف {name} مؤقتًا</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>متعثّر</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>إعادة محاولة {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>استئناف {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>مسح {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>إلغاء {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>إزالة من هذه القائمة (يبقى النموذج مثبّتًا)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>إيقاف وحذف ما تم تنزيله</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>لا توجد تنزيلات بعد. تظهر هنا النماذج التي تنزّلها من «استكشاف».</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>إغلاق {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>إغلاق ({key}‎)</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>‏{n} ث</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>‏{n} د</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>‏{h} س {m} د</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>نماذج من تطبيقات أخرى</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>نزّلت تطبيقات أخرى ملفات النماذج هذه. يمكن لـ Hearth استخدامها في مكانها: لا يُنسخ شيء ولا يُعاد تنزيله.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>حدّد النماذج المراد استخدامها؛ يحدّد مفتاح Space العنصر الحالي أو يلغي تحديده.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>استخدام النماذج المحدّدة</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>تعذّر على Hearth فحص عتاد هذا الحاسوب: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>تعذّر سؤال المحرك عمّا يمكنه استخدامه: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>العتاد</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>نسخ التقرير</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>نسخ كل ما في هذه الصفحة كنص، مثلًا لإرفاقه بتقرير خطأ.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>فحص العتاد والمحرك مجددًا.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>لا يُستخدم GPU</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>نسخ الأمر</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>نسخ الأمر للصقه في الطرفية.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>الرسوميات</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>المحرك (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>الأجهزة</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>كيف بحث Hearth عن بطاقات الرسوميات</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>نجح</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>لم ينجح</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>جارٍ الفحص…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>جارٍ سؤال المحرك…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>جارٍ فحص هذا الحاسوب والمحرك…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>غير مُبلَّغ</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>‏{cores} نواة، {threads} خيط</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>‏{total} إجمالًا، {available} متاح</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>لم يُعثر على GPU في هذا الحاسوب: تعمل النماذج على CPU.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>لم يُبلَّغ عن شيء</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>نعم: يمكن لهذا البناء وضع الطبقات على GPU ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>بُني مع {backends}، لكن لا يظهر له أي جهاز GPU: تعمل النماذج على CPU.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>لا: بناء المحرك هذا يعمل على CPU فقط، وتعمل النماذج على CPU.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>المعالج</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>الأنوية</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>الذاكرة (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>الواجهات الخلفية</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>التفريغ إلى GPU</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>ميزات CPU</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>خيارات البناء</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>معلومات النظام</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>وحدات GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>المحرك</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>أجهزة المحرك</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>فحوص GPU التي نجحت</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>فحوص GPU التي لم تنجح</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>نجحت كل الفحوص.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>لم ينجح أي فحص.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;تعليمات</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>فتح مجلد السجلات</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>ملفات سجل Hearth، في {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>حول Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (نسخة)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>محادثة جديدة</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>تم التكرار باسم «{title}».</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>تعذّر على Hearth تكرار المحادثة: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>تعذّر على Hearth تصدير المحادثة: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>تعذّر على Hearth تصدير السجل: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>تم استيراد محادثة واحدة.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>لم تُستورد أي محادثة.</numerusform>
                <numerusform>تم استيراد محادثة واحدة.</numerusform>
                <numerusform>تم استيراد محادثتين.</numerusform>
                <numerusform>تم استيراد %n محادثات.</numerusform>
                <numerusform>تم استيراد %n محادثة.</numerusform>
                <numerusform>تم استيراد %n محادثة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>تعذّر على Hearth استيراد الملف: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>تم التصدير إلى {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>‏Hearth غير متصل (الإعدادات): لا يتم الاتصال بالمنصة.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>تعذّر الوصول إلى المنصة، لذا يعمل Hearth دون اتصال حاليًا: نماذجك ومحادثاتك لا تزال تعمل. أعد المحاولة عند عودة الشبكة.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>لا يزال الوصول إلى المنصة متعذّرًا؛ يبقى Hearth دون اتصال.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>تعذّر تحميل النموذج: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>لا يُطبَّق مخطط JSON ما دامت الأدوات مفعّلة لهذه المحادثة: أوقف الأدوات من قائمة الأدوات للحصول على رد بهذا الشكل.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>حدث خطأ أثناء الإجابة: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>ملفات تعذّر على Hearth قراءتها — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>لا توجد ملفات متعذّرة القراءة في {folder}.</numerusform>
                <numerusform>تعذّرت قراءة ملف واحد في {folder}؛ والبقية قابلة للبحث. أصلح الملف وستُعاد قراءته تلقائيًا.</numerusform>
                <numerusform>تعذّرت قراءة ملفين في {folder}؛ والبقية قابلة للبحث. أصلح الملف وستُعاد قراءته تلقائيًا.</numerusform>
                <numerusform>تعذّرت قراءة %n ملفات في {folder}؛ والبقية قابلة للبحث. أصلح الملف وستُعاد قراءته تلقائيًا.</numerusform>
                <numerusform>تعذّرت قراءة %n ملفًا في {folder}؛ والبقية قابلة للبحث. أصلح الملف وستُعاد قراءته تلقائيًا.</numerusform>
                <numerusform>تعذّرت قراءة %n ملف في {folder}؛ والبقية قابلة للبحث. أصلح الملف وستُعاد قراءته تلقائيًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>الملفات التي تعذّرت قراءتها، والسبب</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>جارٍ تحميل نموذج التضمين؛ وإلى أن يجهز، يستخدم البحث الكلمات فقط.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>البحث بالمعنى معطَّل: {reason}. يستخدم البحث الكلمات فقط.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>مجلدات المعرفة</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>أعمدة المجلدات</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>إضافة مجلد…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>إضافة مجلد معرفة</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>إزالة مجلد المعرفة</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>نسيان مقاطع هذا المجلد (تبقى ملفاته)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>إيقاف الفهرسة مؤقتًا؛ يُحتفظ بما قُرئ</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>إعادة الفهرسة</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>فحص كل المجلدات مجددًا الآن (تُقرأ التغييرات فقط)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>الأخطاء…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>الملفات التي تعذّرت قراءتها</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>ملفات هذا المجلد التي تعذّرت قراءتها، والسبب</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>يعثر نموذج التضمين على المقاطع بمعناها وبكلماتها أيضًا. نزّل واحدًا ({examples}) من «النماذج».</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>نموذج التضمين</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>يقرأ Hearth المستندات في هذه المجلدات (النصوص وMarkdown والشيفرة وPDF وملفات Office) ويحتفظ بفهرس على هذا الحاسوب، لتتمكن المحادثة من الإجابة منها وذكر مصادرها. تُلتقط التغييرات في المجلدات تلقائيًا.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>عرض الملفات التي تعذّرت قراءتها، والسبب</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>كل المجلدات محدَّثة.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>لم تُفهرَس أي ملفات متغيّرة.</numerusform>
                <numerusform>فُهرِس ملف متغيّر واحد.</numerusform>
                <numerusform>فُهرِس ملفان متغيّران.</numerusform>
                <numerusform>فُهرِست %n ملفات متغيّرة.</numerusform>
                <numerusform>فُهرِس %n ملفًا متغيّرًا.</numerusform>
                <numerusform>فُهرِس %n ملف متغيّر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>جارٍ فهرسة {done} من أصل %n ملف — {current}</numerusform>
                <numerusform>جارٍ فهرسة {done} من أصل ملف واحد — {current}</numerusform>
                <numerusform>جارٍ فهرسة {done} من أصل ملفين — {current}</numerusform>
                <numerusform>جارٍ فهرسة {done} من أصل %n ملفات — {current}</numerusform>
                <numerusform>جارٍ فهرسة {done} من أصل %n ملفًا — {current}</numerusform>
                <numerusform>جارٍ فهرسة {done} من أصل %n ملف — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>متوقف مؤقتًا: تُقرأ التغييرات في المجلدات عند الاستئناف.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>متوقف مؤقتًا عند {done} من أصل %n ملف — {current}</numerusform>
                <numerusform>متوقف مؤقتًا عند {done} من أصل ملف واحد — {current}</numerusform>
                <numerusform>متوقف مؤقتًا عند {done} من أصل ملفين — {current}</numerusform>
                <numerusform>متوقف مؤقتًا عند {done} من أصل %n ملفات — {current}</numerusform>
                <numerusform>متوقف مؤقتًا عند {done} من أصل %n ملفًا — {current}</numerusform>
                <numerusform>متوقف مؤقتًا عند {done} من أصل %n ملف — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>لم يُعيَّن نموذج تضمين: يستخدم البحث الكلمات فقط. اختر واحدًا أعلاه؛ يقدّم قسم «النماذج» نماذج صغيرة للتنزيل.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>يستخدم البحث الكلمات والمعنى.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>التكميم</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>البنية</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● محمَّل</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>غير قابل للاستخدام</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>جارٍ الفحص… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>تم التحقق</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>عدم تطابق</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>لم يُتحقَّق منه</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>يطابق sha256 الخاص بالملف: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>لا يطابق sha256 الخاص بالملف القيمة المتوقعة: لقد تغيّر الملف أو تلف. احذفه ونزّله مجددًا.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>لم يُفحص بعد: يحسب «تحقّق» تجزئة الملف.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>محمَّل: تستخدم المحادثة هذا النموذج الآن.</translation>
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
            <translation>إزالة من المكتبة…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>جارٍ قراءة المكتبة…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>النماذج في المكتبة</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>يبدأ Enter محادثة مع النموذج المحدد؛ ويحذفه Delete أو يزيله.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>أعمدة المكتبة</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>استخدام</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>المحادثة مع هذا النموذج</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>حساب تجزئة الملف ومقارنتها بالقيمة المتوقعة</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>استيراد ملف نموذج…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>استخدام ملف نموذج من القرص في مكانه (دون نسخه)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>البحث عن نماذج من تطبيقات أخرى</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>البحث عن ملفات GGUF التي نزّلها LM Studio أو llama.cpp أو GPT4All أو Jan أو Ollama</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>أُضيف {name}؛ جارٍ فحص ملفه…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>تم حذف {name}.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>أُزيل {name} من المكتبة؛ يبقى الملف في {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>لا نماذج · {size} على القرص</numerusform>
                <numerusform>نموذج واحد · {size} على القرص</numerusform>
                <numerusform>نموذجان · {size} على القرص</numerusform>
                <numerusform>‏%Ln نماذج · {size} على القرص</numerusform>
                <numerusform>‏%Ln نموذجًا · {size} على القرص</numerusform>
                <numerusform>‏%Ln نموذج · {size} على القرص</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>جارٍ فحص {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>استيراد ملفات النماذج</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>ملفات نماذج GGUF (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>لا ملفات للفحص…</numerusform>
                <numerusform>جارٍ فحص ملف واحد…</numerusform>
                <numerusform>جارٍ فحص ملفين…</numerusform>
                <numerusform>جارٍ فحص %Ln ملفات…</numerusform>
                <numerusform>جارٍ فحص %Ln ملفًا…</numerusform>
                <numerusform>جارٍ فحص %Ln ملف…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>تم التحقق من {name}.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>لا يطابق {name} المجموع الاختباري الخاص به: احذفه ونزّله مجددًا.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>لا يوجد بعد ما يُقارن به {name}.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>جارٍ البحث عن نماذج نزّلتها تطبيقات أخرى…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>لم يُعثر على نماذج من تطبيقات أخرى غير مدرجة مسبقًا.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>لم يُعثر على نماذج من تطبيقات أخرى.</numerusform>
                <numerusform>عُثر على نموذج واحد من تطبيقات أخرى.</numerusform>
                <numerusform>عُثر على نموذجين من تطبيقات أخرى.</numerusform>
                <numerusform>عُثر على %Ln نماذج من تطبيقات أخرى.</numerusform>
                <numerusform>عُثر على %Ln نموذجًا من تطبيقات أخرى.</numerusform>
                <numerusform>عُثر على %Ln نموذج من تطبيقات أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>حذف النموذج</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>هل تريد حذف {name} ({file}، {size})؟
نزّله Hearth: سيُحذف الملف من ذاكرة Hugging Face المؤقتة.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>إزالة من المكتبة</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>هل تريد إزالة {name} ({file}، {size}) من المكتبة؟
يبقى الملف على القرص في {path}: لم ينزّله Hearth، لذا لن يحذفه Hearth أبدًا.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>النموذج الذي تحادثه</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>فتح ملف نموذج…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>استخدام ملف نموذج (.gguf) من القرص في مكانه (دون نسخه)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>النماذج…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>البحث عن النماذج وتنزيلها وإدارتها ({keys}‎)</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>تحميل النموذج</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>إيقاف تحميل هذا النموذج</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>إلغاء تحميل النموذج</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>إظهار لوحة المعاملات أو إخفاؤها</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>لا يوجد نموذج</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>السياق %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>رموز سياق النموذج التي تستخدمها هذه المحادثة</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>السياق المستخدم</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>محادثة جديدة</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>التركيز على مربع الرسالة</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;محادثة</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>تصدير المحادثة…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>حفظ المحادثة المفتوحة كملف Markdown</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>تصدير الكل…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>الإعدادات…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>نص أصغر</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>حجم النص حسب النظام</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>العتاد…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>معالج هذا الحاسوب وذاكرته ووحدات GPU فيه، وما يمكن للمحرك استخدامه</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>‏{path}
تنسيق المحادثة: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>فتح ملف نموذج</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>ملفات نماذج GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>حُذفت المحادثة.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
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
            <translation>تصدير المحادثة</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>سجل Hearth</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>تصدير الكل</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>تم التصدير إلى {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>حُذفت الرسالة.</numerusform>
                <numerusform>حُذفت الرسالة والرسالة التي تحتها.</numerusform>
                <numerusform>حُذفت الرسالة والرسالتان اللتان تحتها.</numerusform>
                <numerusform>حُذفت الرسالة و%n رسائل تحتها.</numerusform>
                <numerusform>حُذفت الرسالة و%n رسالة تحتها.</numerusform>
                <numerusform>حُذفت الرسالة و%n رسالة تحتها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>حُذفت الرسالة والرد الذي تحتها.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>حُذفت الرسالة.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>لم يُحفظ بعد</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>‏{problem} يواصل Hearth المحاولة؛ لن يضيع شيء.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>‏{problem} يُحتفظ بما تراه، ويُحفظ بمجرد أن يصبح ذلك ممكنًا.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>إعادة المحاولة الآن</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>اختر نموذجًا للبدء</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>جارٍ تحميل النموذج…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>يكتب…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>يفكّر…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>‏{speed} tok/s · أول رمز {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>‏{speed} tok/s · قُبل {kept}% من المسودات · أول رمز {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>جارٍ قراءة المحادثة ({count} رمز)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>إعادة تحميل النموذج</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>لا يوجد خادم MCP باسم «{name}».</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>محظور بسبب وضع عدم الاتصال: {host} ليس على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>خادم MCP «{name}» معطَّل.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>نسخ الشيفرة</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>تم النسخ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>تحديد الكل</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>تحرير رسالتك</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>تحرير الرد</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>نص الرسالة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>ترك الرسالة كما كانت (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>حفظ وإعادة التوليد</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>حفظ كإصدار جديد وكتابة رد جديد ({keys}‎)</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>استبدال النص والإبقاء على الرد الذي تحته</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>استبدال نص الرد ({keys}‎)</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>لا يمكن أن تكون الرسالة فارغة: اكتب شيئًا، أو اضغط «إلغاء».</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>يُكتب رد الآن: أوقفه أو دعه ينتهي، ثم احفظ التعديل.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>حمّل نموذجًا لكتابة رد جديد؛ ويحفظ «حفظ» التعديل دون رد جديد.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>لم تعد هذه الرسالة موجودة في المحادثة.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>تم النسخ</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>الإصدار السابق</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>الإصدار التالي</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>نسخ الرسالة</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تحرير</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>تحرير الرسالة هنا</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>إعادة التوليد</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>كتابة رد جديد</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>حذف الرسالة</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>معلومات</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>حول هذا الرد، وإعادة الإنتاج</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>متابعة كتابة هذا الرد</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>يكتب…</translation>
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
            <translation>الإصدار {index} من {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>النماذج</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>استكشاف</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>التنزيلات</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>الاتصالات</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>الإعدادات…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>‏{name} منزَّل مسبقًا: إنه في المكتبة.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>‏{name} في قائمة الانتظار؛ يبدأ عندما يعود Hearth متصلًا.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>جارٍ تنزيل {name}: راجع علامة تبويب التنزيلات.</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>التنزيلات (%Ln)</numerusform>
                <numerusform>التنزيلات (%Ln)</numerusform>
                <numerusform>التنزيلات (%Ln)</numerusform>
                <numerusform>التنزيلات (%Ln)</numerusform>
                <numerusform>التنزيلات (%Ln)</numerusform>
                <numerusform>التنزيلات (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>تم تنزيل {name} والتحقق منه: إنه في المكتبة.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>على خوادم أخرى</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>‏{name}: محظور في وضع عدم الاتصال</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>‏{name}: لا نماذج (مرّر المؤشر لمعرفة السبب)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>النموذج الذي تستخدمه المحادثة</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>‏{model} على الخادم في {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>العودة إلى المحادثة</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>العودة إلى المحادثة ({keys}‎)</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>العودة إلى المحادثة</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>المحادثة</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>محادثاتك</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>الانتقال إلى {page}</translation>
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
            <translation>الإعداد المسبق</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>حفظ باسم…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>حفظ كإعداد مسبق جديد</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>حفظ المعاملات الحالية كإعداد مسبق جديد.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>أخذ العينات</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>استخدام {field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>يكتب Ctrl+Tab علامة Tab.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>واحد في كل سطر، مثلًا ‎\nUser:‎</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>أنت مساعد مفيد.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>موجّه النظام</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>تلقائي</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>الخيوط</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>تلقائي</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>اختيار طبقات GPU تلقائيًا</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>طبقات GPU</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>إعادة تحميل النموذج</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>تحميل النموذج مجددًا بهذه الإعدادات.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>حفظ الإعداد المسبق</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>اسم الإعداد المسبق الجديد:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>موجّه النظام الخاص بهذه المحادثة (تبدأ المحادثات الجديدة بالموجّه المحدد في الإعدادات).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>موجّه النظام الافتراضي للمحادثات الجديدة (غيّره في الإعدادات).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>لا يوجد موجّه نظام. يمكن تعيين موجّه افتراضي للمحادثات الجديدة في الإعدادات.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>يستخدم المحرك {n}.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>تلقائي</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>يختار Hearth عند تحميل النموذج.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>اختير حسب ملاءمة هذا النموذج لذاكرة هذا الحاسوب: {used} طبقة على GPU. ألغِ تحديد «تلقائي» لتختار بنفسك.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>اختير حسب الملاءمة: كل الطبقات تعمل على CPU. ألغِ تحديد «تلقائي» لتختار بنفسك.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>تعذّر على Hearth حفظ إعداداته.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>‏{reason} تسري تغييراتك حتى يُغلق Hearth.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>حفظ الإعدادات المسبقة أو إعادة تسميتها أو حذفها</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>إجراءات الإعداد المسبق</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>حفظ كإعداد مسبق جديد…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>حفظ مع موجّه النظام…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>اختيار هذا الإعداد المسبق لاحقًا يعيّن أيضًا موجّه النظام المعروض الآن</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>إعادة تسمية…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>إعادة تسمية «{preset}»…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>حذف «{preset}»</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>إعادة تسمية الإعداد المسبق</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>اسم جديد لـ «{preset}»:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>إرسال «{prompt}»</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>يرسل هذا الموجّه إلى النموذج</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>نسخ التفاصيل</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>إعادة الإنتاج</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>كتابة هذا الرد مجددًا بهذه الإعدادات نفسها تمامًا</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>إعادة الإنتاج على أي حال</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>حول هذا الرد</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>لا يمكن إعادة إنتاج هذا الرد: لم يحتفظ Hearth بإعدادات أخذ العينات أو البذرة الخاصة به.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>حمّل نموذجًا لإعادة إنتاج هذا الرد.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>يُكتب رد الآن: أعد إنتاج هذا الرد عند انتهائه.</translation>
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
            <translation>فتح في المنصة</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>يفتح صفحة النموذج في متصفحك</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>الإعدادات…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>أضف رمز Hugging Face المميز في الإعدادات</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>ملفات النموذج المتاحة للتنزيل</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>ملف واحد لكل تكميم؛ يُنزّل Enter الملف المحدد.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>تنزيل</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>جارٍ تحميل ملفات النموذج…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>‏{repo} · {parameters} معامل · ≈ {size} · الترخيص: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>الترخيص: {licence} · الوصول: مقيَّد</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>الترخيص: {licence} · الوصول: مفتوح</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>لا يوجد وصف لهذا النموذج.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>لا يحتوي هذا المستودع على ملفات نماذج GGUF يمكن لـ Hearth استخدامها.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>لا ملفات نماذج. لكل تكميم ملف: الملفات الأصغر أسرع وتحتاج ذاكرة أقل، والأكبر تجيب بشكل أفضل.</numerusform>
                <numerusform>ملف نموذج واحد، واحد لكل تكميم: الملفات الأصغر أسرع وتحتاج ذاكرة أقل، والأكبر تجيب بشكل أفضل.</numerusform>
                <numerusform>ملفا نموذج، واحد لكل تكميم: الملفات الأصغر أسرع وتحتاج ذاكرة أقل، والأكبر تجيب بشكل أفضل.</numerusform>
                <numerusform>‏%Ln ملفات نماذج، واحد لكل تكميم: الملفات الأصغر أسرع وتحتاج ذاكرة أقل، والأكبر تجيب بشكل أفضل.</numerusform>
                <numerusform>‏%Ln ملفًا للنموذج، واحد لكل تكميم: الملفات الأصغر أسرع وتحتاج ذاكرة أقل، والأكبر تجيب بشكل أفضل.</numerusform>
                <numerusform>‏%Ln ملف نموذج، واحد لكل تكميم: الملفات الأصغر أسرع وتحتاج ذاكرة أقل، والأكبر تجيب بشكل أفضل.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>من ترويسة {name}: {note} يتّسع السياق لما يصل إلى {tokens} رمز.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>من ترويسة {name}: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>تنزيل {name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>الموجّه</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>رمز/ث</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>بث</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>كامل</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>‏{ended}، غادر العميل</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>إظهار المحادثات أو إخفاؤها</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>إظهار المعاملات أو إخفاؤها</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>مخطط JSON</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>يمكن للمحررات والبرامج النصية والتطبيقات الأخرى استخدام النموذج المحمَّل في المحادثة عبر API متوافقة مع OpenAI. للمحادثة الأولوية: تنتظر طلباتها ريثما تجيب المحادثة.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>تقديم API</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>تشغيل الخادم أو إيقافه (يبدأ مع Hearth ما دام مفعّلًا)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>نسخ URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>نسخ URL الأساسي الذي يستخدمه العملاء (ينتهي بـ /v1)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>لا شيء: لا يمكن لصفحات الويب استدعاء API</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>مصادر الويب التي يُسمح لصفحاتها باستدعاء API من متصفح (CORS)، مفصولة بمسافات أو فواصل، مثلًا {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>ال&amp;منفذ</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>&amp;مصادر الويب</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>مكان الاستماع</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>إزالة المفتاح</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>السماح لبرامج هذا الحاسوب بالدخول دون مفتاح</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>مفتاح API الجديد</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>نسخ المفتاح الجديد</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>انسخ المفتاح الآن: لن يعرضه Hearth مرة أخرى.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>مفتاح API</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>الطلبات المخدومة</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>أعمدة الطلبات</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>يمكن لحواسيب أخرى الوصول إلى {host}: تحتاج إلى مفتاح API لاستخدام النموذج.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>التقديم على {host} يسمح لحواسيب أخرى بالدخول، لذا يحتاج إلى مفتاح API: أنشئ واحدًا أدناه أولًا.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>مفتاح جديد</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>إنشاء مفتاح</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>إنشاء مفتاح جديد: يتوقف المفتاح القديم عن العمل فورًا</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>إنشاء مفتاح يجب أن يرسله كل عميل</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>تم تعيين مفتاح: يجب أن يرسله كل عميل ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>لا مفتاح: يمكن لأي برنامج على هذا الحاسوب استخدام API.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>معطَّل</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>جارٍ البدء…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>يُقدَّم على {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>مفعّل</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>استخدام الخادم {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>معطَّل، لا تُعرض أدواته على أي محادثة</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>إظهار الأدوات</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>إظهار أدوات {name}</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>السؤال مجددًا قبل تشغيل كل أداة من أدوات هذا الخادم</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>تعذّر سرد أي أدوات.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>نسيان «السماح دائمًا» ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>إخفاء الأدوات</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>جارٍ تشغيل الخادم وطلب أدواته…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>لا شيء: تبدأ المحادثات الجديدة دون موجّه نظام.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>تعليمات تبدأ بها كل محادثة جديدة. تحتفظ كل محادثة بتعليماتها الخاصة، ويمكنك تغييرها في اللوحة بجانب المحادثة؛ ولا يغيّر هذا أي محادثة موجودة.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>حجم النظام</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> نقطة</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>حجم نص المحادثة ومربع الرسالة</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>موجّه النظام الافتراضي</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>الإرسال بـ</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>يغيّر {bigger}‎ و{smaller}‎ حجم النص في أي مكان؛ ويعيد {reset}‎ ضبطه.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>المحادثة</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>مطابقة النظام</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>لغة نافذة Hearth</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>سيعرض Hearth اللغة الجديدة في المرة القادمة التي يبدأ فيها.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>المظهر</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>مجلدات النماذج</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>إضافة مجلد…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>إضافة مجلد نماذج</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>إزالة مجلد النماذج</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>التوقف عن سرد نماذج هذا المجلد (تبقى الملفات)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>يسرد Hearth نماذج GGUF الموجودة في هذه المجلدات (ومجلداتها الفرعية) في المكتبة بجانب تنزيلاته، ويستخدمها في مكانها.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>المعرفة</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>العمل دون اتصال: عدم الاتصال بالمنصة أبدًا</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>لا عمليات بحث ولا تنزيلات؛ تظل نماذجك ومحادثاتك تعمل.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>عدد التنزيلات التي تجري في الوقت نفسه</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>التنزيلات المتزامنة</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>الشبكة والتنزيلات</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>الذاكرة المؤقتة للمحادثات</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فتح المجلد</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>إظهار {folder} في مدير الملفات</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>فتح مجلد {kind}</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>مكان بياناتك</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>الأعمدة</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>تعمل الاختصارات في أي مكان من النافذة الرئيسية ما لم يُذكر مكانها.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>محادثة جديدة</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>بدء محادثة جديدة ({keys}‎)</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>بدء محادثة جديدة</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>البحث في المحادثات ({keys}‎)</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>البحث في المحادثات</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>يعثر على المحادثات التي تحتوي رسائلها على هذه الكلمات</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>يفتح Enter المحادثة؛ ويعيد F2 تسميتها، ويحذفها Delete، ويعرض مفتاح القائمة إجراءاتها الأخرى</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>إجراءات المحادثة</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>إعادة تسمية</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
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
            <translation>تكرار</translation>
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
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>فتح المقطع</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>المصدر {source}: فتح المقطع</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>تفكير</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>السماح للنموذج بالتفكير قبل الإجابة (يظهر تفكيره منفصلًا ومطويًا). معطَّل: يجيب فورًا.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>التفكير قبل الإجابة</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>مستوى التفكير</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>المدة التي يفكّر فيها النموذج قبل أن يجيب</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>إخفاء تفكير النموذج</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>إظهار تفكير النموذج</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>رمز Hugging Face المميز</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>الصق رمزًا مميزًا للقراءة من huggingface.co/settings/tokens</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>سؤال المنصة عن صاحب هذا الرمز المميز</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>حفظ الرمز المميز في سلسلة مفاتيح النظام</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>نسيان الرمز المميز المحفوظ</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>الصق رمزًا مميزًا أولًا.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>جارٍ سؤال المنصة…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>هذا الرمز المميز يخص {user}.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>لا يوجد رمز مميز محفوظ: تُنزَّل النماذج العامة دونه.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>رمز مميز محفوظ في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>يُحتفظ بالرمز المميز فقط حتى يُغلق Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>السماح مرة واحدة</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>السماح دائمًا لهذه الأداة</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>رفض</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>تشغيل هذا الاستدعاء الآن؛ والسؤال مجددًا في المرة القادمة</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>تشغيل استدعاءات هذه الأداة دون سؤال، في هذه الجلسة</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>عدم التشغيل؛ يُبلَّغ النموذج بأنه رُفض</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>استدعاء الأداة {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>الأدوات</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>أدوات هذه المحادثة</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>خوادم MCP التي يمكن لهذه المحادثة استخدام أدواتها</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>يستدعي الرد الأول على كل رسالة إحدى الأدوات (غالبًا لا تستدعي النماذج الصغيرة الأدوات إلا إذا طُلب منها ذلك)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>الأدوات ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>‏{used} من أصل %n خادم أدوات مفعّلة لهذه المحادثة</numerusform>
                <numerusform>‏{used} من أصل %n خادم أدوات مفعّلة لهذه المحادثة</numerusform>
                <numerusform>‏{used} من أصل %n خادم أدوات مفعّلة لهذه المحادثة</numerusform>
                <numerusform>‏{used} من أصل %n خادم أدوات مفعّلة لهذه المحادثة</numerusform>
                <numerusform>‏{used} من أصل %n خادم أدوات مفعّلة لهذه المحادثة</numerusform>
                <numerusform>‏{used} من أصل %n خادم أدوات مفعّلة لهذه المحادثة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>تتيح الأدوات للنموذج البحث عن المعلومات والتصرف نيابةً عنك عبر خوادم MCP (بروتوكول Model Context)، وهي الخوادم نفسها التي يستخدمها Claude Desktop وLM Studio وCursor. تستأذنك كل أداة قبل تشغيلها، وتعرض ما أُعطيت وما أعادته.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>يحظر وضع عدم الاتصال الخوادم التي يُوصل إليها عبر الشبكة، باستثناء الموجودة على هذا الحاسوب (localhost). الخوادم التي يشغّلها Hearth كبرامج لا تعمل إلا عندما تحتاجها محادثة.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>استيراد خوادم MCP</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>إضافة خوادم من إعدادات MCP لتطبيق آخر</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>خوادم MCP</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>يحتفظ Hearth بخوادمه في {file}.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>لا توجد خوادم MCP بعد: استورد خوادم تطبيق آخر، أو أضفها إلى الملف أدناه.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>جارٍ استيراد {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>من ملف…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>من {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>إعدادات MCP (*.json);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>أُضيف {servers}.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>لم تُضف أي خوادم.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>المحادثة أطول من سياق النموذج ({n_ctx} رمز): لم تُستبعد أي رسائل من هذا الرد. احتُفظ بموجّه النظام.</numerusform>
                <numerusform>المحادثة أطول من سياق النموذج ({n_ctx} رمز): استُبعدت أقدم رسالة من هذا الرد. احتُفظ بموجّه النظام.</numerusform>
                <numerusform>المحادثة أطول من سياق النموذج ({n_ctx} رمز): استُبعدت أقدم رسالتين من هذا الرد. احتُفظ بموجّه النظام.</numerusform>
                <numerusform>المحادثة أطول من سياق النموذج ({n_ctx} رمز): استُبعدت أقدم %n رسائل من هذا الرد. احتُفظ بموجّه النظام.</numerusform>
                <numerusform>المحادثة أطول من سياق النموذج ({n_ctx} رمز): استُبعدت أقدم %n رسالة من هذا الرد. احتُفظ بموجّه النظام.</numerusform>
                <numerusform>المحادثة أطول من سياق النموذج ({n_ctx} رمز): استُبعدت أقدم %n رسالة من هذا الرد. احتُفظ بموجّه النظام.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>تعذّرت قراءة ملف: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>تعذّرت قراءة {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>التمرير إلى أحدث رسالة</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>جرّب أحد هذه</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>فتح مدير النماذج: النماذج التي تتسع لها ذاكرة هذا الحاسوب مميَّزة</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>كل شيء يعمل على هذا الحاسوب: ما تكتبه يبقى هنا.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>جارٍ تحميل {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>الموجّه الذي تختاره الآن ينتظر في مربع الرسالة.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>لا يوجد نموذج بعد</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>لم يبدأ المحرك بعد: حمّل نموذجًا لترى كيف بُني llama.cpp.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (في القائمة النشطة)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (في الحقل النشط)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>لا تتوفر سلسلة مفاتيح للنظام، لذا يُحتفظ بمفتاح API فقط حتى يُغلق Hearth؛ وسيحتاج العملاء إلى مفتاح جديد في المرة القادمة.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>اكتمل</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>حد الطول</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>نص الإيقاف</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>امتلأ السياق</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>أُوقف</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>التقديم على {host} يتيح لحواسيب أخرى استخدام النموذج، لذا يحتاج إلى مفتاح API: أنشئ واحدًا أدناه، أو قدّم على 127.0.0.1.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>لا يستطيع النموذج المحمَّل قراءة الصور ({names}). حمّل نموذجًا يدعم الرؤية، أو أزل الصورة لإرسال الرسالة.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>‏{name} ليس صورة يستطيع Hearth قراءتها.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>‏{tokens} رمز · {rate} tok/s · أول رمز {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>‏{tokens} رمز · {rate} tok/s · قُبل {kept}% من المسودات · أول رمز {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>جارٍ قراءة المحادثة…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>مُقاطَع – أُغلق التطبيق أثناء كتابة هذا</translation>
        </message>
        <message>
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>المساعد</translation>
        </message>
        <message>
            <source>System</source>
            <translation>النظام</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>جارٍ سؤال الخوادم عن نماذجها…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>لا توجد اتصالات بعد: أضف واحدًا أدناه.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>أمس</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>آخر 7 أيام</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>آخر 30 يومًا</translation>
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
            <translation>يعمل Hearth في وضع عدم الاتصال، لذا فإن الاتصال «{name}» بـ {host} محظور: لا يمكن استخدام إلا الخوادم الموجودة على هذا الجهاز (localhost). أوقف وضع عدم الاتصال في الإعدادات لاستخدامه.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>يبلغ طول رسالتك {tokens:,} رمز مع موجّه النظام؛ ويتّسع سياق النموذج لـ {n_ctx:,}. اختصرها، أو حمّل النموذج بسياق أكبر.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>لا تتّسع المستندات المرفقة في المساحة المتبقية من سياق هذه المحادثة، ولو على شكل مقاطع قليلة؛ ابدأ محادثة جديدة أو حمّل النموذج بسياق أكبر.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>لا يوجد نموذج تضمين</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>يتّسع في GPU بسياق من {ctx:,} رمز: نحو {total} (تقديريًا).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>يتّسع مع {layers} من أصل {n} طبقة على GPU والباقي في RAM، بسياق من {ctx:,} رمز: نحو {total} (تقديريًا).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>يتّسع في RAM بسياق من {ctx:,} رمز: نحو {total} (تقديريًا).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>يحتاج إلى نحو {total} بسياق من {ctx:,} رمز، وهذا أكثر من المتاح؛ سيتّسع سياق من {max_ctx:,} رمز (تقديريًا).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>يحتاج إلى نحو {total}، وهي ذاكرة أكثر مما هو متاح على هذا الحاسوب (تقديريًا).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>يتّسع السياق لنحو {f16:,} رمز مع ذاكرة مؤقتة من نوع f16، و{q8_0:,} مع q8_0، و{q4_0:,} مع q4_0 (تقديريًا).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>يتّسع سياق تدريبه الكامل البالغ {ctx:,} رمز مع أي نوع من الذاكرة المؤقتة (تقديريًا).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>لا يمكن لهذا النموذج حفظ ذاكرته المؤقتة {part} بنوع {type}: طول رؤوس الانتباه فيه {length} قيمة، وهو ليس من مضاعفات {block}. اختر f16 له.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>المجلد للقراءة فقط</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>برنامج آخر يستخدم ملف السجل</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>ملف السجل تالف</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>أبلغ القرص عن خطأ</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>أبلغت قاعدة البيانات عن خطأ</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>تعذّر فتح ملف السجل</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>تعذّر على Hearth فتح سجله: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>تعذّر على Hearth قراءة سجله: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>تعذّر على Hearth الحفظ في سجله: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>تعذّر على Hearth ترقية سجله: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>تعذّر على Hearth ترقية سجله: {why}؛ لم تتغيّر محادثاتك.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>تعذّر على Hearth كتابة {name}: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>تعذّر على Hearth فتح سجله: مجلده على قرص لا يمكنه الاحتفاظ به بأمان (محرك أقراص شبكي؟).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>كُتب هذا السجل بإصدار أحدث من Hearth؛ حدّث Hearth لفتحه.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>تعذّر الوصول إلى المنصة: تحقّق من الشبكة، أو استخدم Hearth دون اتصال.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>‏Hearth غير متصل: لا يتم الاتصال بالمنصة حتى توقف وضع عدم الاتصال.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>صغير وسريع: مناسب لتجربة Hearth واللعب بالكلمات، لا للحقائق.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>نموذج على هذا الحاسوب. جرّب أحد الموجّهات أدناه لترى ما يجيده.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>إعادة المحاولة بعد {delay:g} ث: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>استمر فشل التنزيل بعد عدة محاولات: {why} يُحتفظ بالملف الجزئي؛ استأنفه لاحقًا.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>لا تتوفر سلسلة مفاتيح للنظام، لذا يُحتفظ برمز Hugging Face المميز الخاص بك فقط حتى يُغلق Hearth؛ وستحتاج إلى إدخاله مجددًا في المرة القادمة.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>لا يوجد نموذج محمَّل.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>المحرك لا يعمل؛ شغّله مجددًا.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>لم يردّ المحرك في الوقت المحدد فأُوقف.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>أُنهي المحرك بناءً على الطلب.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>توقف المحرك على نحو غير متوقع. يُحتفظ بما كُتب حتى الآن؛ ويبدأ المحرك من جديد مع الطلب التالي.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>توقف المحرك على نحو غير متوقع: {reason}. يُحتفظ بما كُتب حتى الآن؛ ويبدأ المحرك من جديد مع الطلب التالي.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>لا يمكن لـ {draft} صياغة مسودات لـ {model}: مفرداتهما مختلفة.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>لا تُصاغ مسودات الردود باستخدام {draft}. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>تعذّر على المحرك قراءته.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>لم تتوفر ذاكرة لسياقه.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>تعذّر تحميل النموذج: {reason}. قد يكون الملف تالفًا، أو مُعدًّا لمحرك أحدث من محرك إصدار Hearth هذا.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>لم يُعيَّن نموذج تضمين: يستخدم البحث الكلمات فقط. اختر واحدًا من الإعدادات ← المعرفة.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>توقف نموذج التضمين ({name}: المحرك {reason})، لذا يستخدم البحث الكلمات فقط. اختر نموذج تضمين آخر من الإعدادات ← المعرفة، أو أعد تشغيل Hearth للمحاولة مجددًا.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>لا توجد ذاكرة كافية لتحميل هذا النموذج بسياق من {n_ctx:,} رمز ({reason}). اختر سياقًا أو نموذجًا أصغر، أو أغلق البرامج الأخرى.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>لا توجد ذاكرة كافية لتحميل هذا النموذج بسياق من {context:,} رمز: يحتاج إلى نحو {ram_needed} من RAM، والمتاح {ram_free}. أكبر سياق يتّسع هو {max_context:,} رمز: حمّل النموذج بهذا القدر أو أقل (تقديريًا).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>لا توجد ذاكرة كافية لتحميل هذا النموذج بسياق من {context:,} رمز: يحتاج إلى نحو {ram_needed} من RAM، والمتاح {ram_free}. لا يتّسع حتى سياق صغير: أغلق البرامج الأخرى، أو اختر نموذجًا أو تكميمًا أصغر (تقديريًا).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>لا توجد ذاكرة كافية لتحميل هذا النموذج بسياق من {context:,} رمز: يحتاج إلى نحو {ram_needed} من RAM و{gpu_needed} على GPU، والمتاح {ram_free} من RAM و{gpu_free} على GPU. أكبر سياق يتّسع هو {max_context:,} رمز: حمّل النموذج بهذا القدر أو أقل (تقديريًا).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>لا توجد ذاكرة كافية لتحميل هذا النموذج بسياق من {context:,} رمز: يحتاج إلى نحو {ram_needed} من RAM و{gpu_needed} على GPU، والمتاح {ram_free} من RAM و{gpu_free} على GPU. لا يتّسع حتى سياق صغير: أغلق البرامج الأخرى، أو اختر نموذجًا أو تكميمًا أصغر (تقديريًا).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>أُلغي التحميل.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>فشل التحميل على GPU: {why}. يشغّل Hearth النموذج على CPU بدلًا من ذلك، بسياق من {n_ctx:,} رمز.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>تعذّر بدء تشغيل خادم MCP «{name}»: مجلده {cwd} غير موجود.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>تعذّر بدء تشغيل خادم MCP «{name}»: لم يُعثر على الأمر «{command}».</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>تعذّر بدء تشغيل خادم MCP «{name}»: الأمر «{command}» غير قابل للتنفيذ.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>أرسل خادم MCP «{name}» رسالة تتجاوز {megabytes} MB فأُوقف.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>أرسل خادم MCP «{name}» رسالة ليست JSON-RPC صالحة فأُوقف.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>رفض خادم MCP «{name}» بيانات الاعتماد (HTTP {status})؛ تحقّق من الترويسات المُمرَّرة إليه.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>لم يردّ خادم MCP «{name}» على {url}: لا شيء يستمع هناك.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>لم يردّ خادم MCP «{name}» خلال {seconds:g} ث.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>لم يردّ خادم MCP «{name}» خلال {seconds:g} ث؛ وكتب {lines} سطرًا (أسطر) ليست رسائل MCP.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>تعذّر بدء تشغيل خادم MCP «{name}»: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>رمز الخروج {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>أُنهي بالإشارة {signal}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>خرج خادم MCP «{name}» فورًا ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>خرج خادم MCP «{name}» فورًا ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>توقف خادم MCP «{name}» ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>توقف خادم MCP «{name}» ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>أغلق خادم MCP «{name}» الاتصال أثناء بدء التشغيل.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>أغلق خادم MCP «{name}» الاتصال أثناء بدء التشغيل: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>توقف خادم MCP «{name}».</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>توقف خادم MCP «{name}»: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>ردّ خادم MCP «{name}» بـ HTTP {status}.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>فشل خادم MCP «{name}»: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>توقف.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>أجرى النموذج استدعاءات أدوات غير صالحة {rounds} مرات متتالية؛ فتوقفت المحادثة عند ذلك.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>ظل النموذج يستدعي الأدوات بعد {rounds} جولة؛ فتوقفت المحادثة عند ذلك.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>جارٍ الاتصال</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>في الانتظار</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>جارٍ إعادة المحاولة</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>جارٍ الفحص</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>في قائمة الانتظار</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>جارٍ التنزيل</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>متعثّر</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>مثبّت</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>‏{done} من {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>‏{size}/ث</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>متبقٍّ {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>هذه الرسالة أطول من أن تُرسل: مع موجّه النظام تبلغ {tokens} رمز، ويتّسع سياق النموذج البالغ {n_ctx} رمز لـ {limit} بعد حجز مساحة للرد. اختصرها، أو حمّل النموذج بسياق أكبر.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>هذا التعديل أطول من أن يُحفظ: مع موجّه النظام يبلغ {tokens} رمز، ويتّسع سياق النموذج البالغ {n_ctx} رمز لـ {limit} بعد حجز مساحة للرد. اختصره، أو حمّل النموذج بسياق أكبر.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>البذرة</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>البذرة والمعاملات نفسها تعطي الرد نفسه؛ ودون بذرة، يحصل كل رد على بذرة عشوائية جديدة (تُسجَّل مع الرد)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>نصوص الإيقاف</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>ينتهي الرد حيث يظهر أحد هذه النصوص (لا يُعرض النص نفسه)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>درجة الحرارة</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>مدى جرأة كل اختيار: القيمة 0 تختار دائمًا الرمز الأكثر احتمالًا</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>أخذ العينات النووي: فقط الرموز الأكثر احتمالًا التي تشكّل هذه النسبة؛ القيمة 1 توقفه</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>لا يُنظر إلا في الرموز الـK الأكثر احتمالًا؛ القيمة 0 توقفه</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>استبعاد الرموز التي يقل احتمالها عن هذه النسبة من احتمال الرمز الأعلى؛ القيمة 0 توقفه</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>عقوبة التكرار</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>يقلّل احتمال الرموز الأخيرة لمنع الحلقات؛ القيمة 1 توقفه</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>نافذة التكرار</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>عدد الرموز الأخيرة التي تراجعها عقوبة التكرار</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>السياق بالكامل</translation>
        </message>
        <message>
            <source>off</source>
            <translation>معطَّل</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>أقصى عدد للرموز</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>أطول رد، بالرموز</translation>
        </message>
        <message>
            <source>context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>طول السياق بالرموز، بحد أقصى سياق تدريب النموذج</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>طول سياق النموذج نفسه</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>الخيوط</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>خيوط CPU (الافتراضي: خيط لكل نواة فعلية)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>طبقات GPU</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>كل الطبقات</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>نوع الذاكرة المؤقتة K</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>طريقة تخزين مفاتيح الانتباه: يتّسع q8_0 وq4_0 لسياق أكبر في الذاكرة نفسها، مقابل انخفاض طفيف في الجودة</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>نوع الذاكرة المؤقتة V</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>طريقة تخزين قيم الانتباه: يتّسع q8_0 وq4_0 لسياق أكبر في الذاكرة نفسها (ويتطلبان flash attention)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>فك الترميز التخميني</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>تخمين عدة رموز مسبقًا والتحقق منها في خطوة واحدة: الرد نفسه، لكن أسرع حين يتكرر النص؛ ويستخدمه «تلقائي» حيث قيس أنه أسرع على هذا الحاسوب</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>يتّسع على GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>يتّسع مقسَّمًا</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>يتّسع على CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>لن يتّسع</translation>
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
            <translation>‏{total}، {free} متاح</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>الذاكرة غير مُبلَّغ عنها</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>‏{memory} (مشتركة مع RAM النظام)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>‏{memory} (مجموعة عمل Metal)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>من {source}؛ برنامج التشغيل {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>من {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>‏GPU مدمج</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>مسرِّع</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>محادثة</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>لا شيء (الكلمات فقط)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>المجلد</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>المقاطع</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>الأخطاء</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>منزَّل من المنصة</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>مستخدم في مكانه</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>في أحد مجلدات نماذجك</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>مدمج</translation>
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
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>اليوم {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 بت لكل قيمة: الذاكرة المؤقتة بحجمها الكامل.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 بت لكل قيمة: نحو نصف ذاكرة f16، مع ردود شبه مطابقة.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 بت لكل قيمة: نحو ربع ذاكرة f16؛ وقد تتغيّر الردود قليلًا.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>تلقائي</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>مفعّل</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>معطَّل</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>‏{help}. يُطبَّق عند تحميل النموذج مجددًا.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>نموذج صغير بالمفردات نفسها يخمّن بضعة رموز مسبقًا لهذا النموذج: الردود نفسها، لكن أسرع. يعرض Hearth النماذج المطابقة في مكتبتك. يُطبَّق عند تحميل النموذج مجددًا.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>نموذج المسودة</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>لا شيء</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>مطابقة النظام</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>حدث خطأ ما: {error}. التفاصيل في السجل.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>‏{preset} (معدَّل)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>مجموعات محفوظة من معاملات أخذ العينات. «(معدَّل)»: تختلف قيمةٌ ما عن الإعداد المسبق.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>‏{help} واحد في كل سطر؛ اكتب ‎\n‎ لفاصل أسطر داخل أحدها (مثلًا ‎\nUser:‎)، و‎\t‎ لعلامة Tab، و‎\\‎ للشرطة المائلة العكسية.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>تعليمات يراها النموذج قبل المحادثة. يُحتفظ بها دائمًا، حتى عند استبعاد الرسائل القديمة لتتّسع في السياق.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>عدد الرموز التي يستطيع النموذج رؤيتها دفعة واحدة: المحادثة والرد. القيمة الأكبر تستهلك ذاكرة أكثر. يُطبَّق عند تحميل النموذج مجددًا.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>خيوط CPU للمحرك. «تلقائي» (أدنى قيمة) يعني خيطًا لكل نواة فعلية. يُطبَّق عند تحميل النموذج مجددًا.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>عدد طبقات النموذج التي تعمل على GPU: القيمة 0 تشغّله على CPU فقط، والطرف الأقصى يضع كل الطبقات هناك. يُطبَّق عند تحميل النموذج مجددًا.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>دع Hearth يختار طبقات GPU وفقًا لحجم النموذج والذاكرة المتاحة في GPU وRAM (تقديريًا). ألغِ التحديد لتختارها بنفسك.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>ألغِ التحديد لإيقاف top-p.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>ألغِ التحديد للحصول على بذرة عشوائية جديدة لكل رد.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>أكبر من {low} وبحد أقصى {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>بين {low} و{high}</translation>
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
            <translation>‏{special}، أو {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>‏{help}. المسموح: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>‏{n} (CPU فقط)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>الكل ({n})</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>الكل</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>‏{used} من {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>الإعدادات المسبقة المدمجة تأتي مع Hearth ولا يمكن إعادة تسميتها أو حذفها.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>متوازن</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>دقيق</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>إبداعي</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>درس البذرة (seed)</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>أنهى النموذج إجابته</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>بلغ حد الرموز للرد</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>ظهر نص إيقاف</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>امتلأ السياق</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>أنت أوقفته</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>أنهاه خطأ</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>سبب لا يعرفه هذا الإصدار من Hearth</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>غير محفوظ</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>درجة الحرارة {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>‏top-p معطَّل</translation>
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
            <translation>عقوبة التكرار {value} (آخر {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>‏{count} رمز كحد أقصى</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>التوقف عند {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>‏{model} على الاتصال {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>تنسيق المحادثة</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>أخذ العينات</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>البذرة</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>سبب التوقف</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>لم يكتمل</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>‏{prompt} في الموجّه ({reused} مُعاد استخدامه) · {written} مكتوب</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>‏{prompt} في الموجّه · {written} مكتوب</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>‏{rate} tok/s للكتابة · {read} tok/s لقراءة الموجّه · أول رمز بعد {ttft} ms · {total} ث إجمالًا</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>الرموز</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>السرعة</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>‏sha256 غير معروف</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>كتب هذا الرد {old} ({old_sha})؛ والنموذج المحمَّل الآن هو {new} ({new_sha})، لذا لن يكون الرد الجديد مطابقًا.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>نموذج آخر</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>الوصول إلى هذا النموذج مقيَّد: اقبل ترخيصه في صفحته على المنصة (بعد تسجيل الدخول إلى حسابك في Hugging Face)، ثم أضف رمزًا مميزًا لذلك الحساب في الإعدادات.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>اختر نموذجًا من القائمة لرؤية ملفاته.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>لا يمكن سرد ملفاته ما دام Hearth غير متصل: ستظهر هنا جاهزة للتنزيل بمجرد إمكانية الوصول إلى المنصة.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>أعمدة {table}</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>السياق %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>مخطط JSON يجب أن يتبعه كل رد: عندها لا يستطيع النموذج إلا كتابة JSON صالح وفقًا له (قواعد llama.cpp)، ويُفحص الرد عند انتهائه. اتركه فارغًا للنص الحر. يُحتفظ به حتى يُغلق Hearth.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>فارغ: نص حر. مثلًا ‎{"type": "object", "properties": {"name": {...}}}‎</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>المخطط أطول من {n} حرف. تبقى الردود نصًا حرًا حتى يُصلَح.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>هذا ليس JSON ({reason} في السطر {line}، العمود {column}). تبقى الردود نصًا حرًا حتى يُصلَح.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>هذا ليس JSON ({reason}). تبقى الردود نصًا حرًا حتى يُصلَح.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>المخطط كائن JSON، مثل {example}. تبقى الردود نصًا حرًا حتى يُصلَح.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ موصى به</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>يتّسع في ذاكرة GPU: أسرع طريقة لتشغيله.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>جزء على GPU والباقي في RAM: يعمل، لكن أبطأ من تشغيله بالكامل على GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>يتّسع في RAM هذا الحاسوب ويعمل على CPU.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>أكبر من الذاكرة المتاحة في هذا الحاسوب: لن يُحمَّل، أو سيُحمَّل ببطء شديد.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>الملاءمة</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>الترخيص</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>‏{name}  ✓ مثبّت</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>نحو {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>المستودع</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>التنزيلات</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>الإعجابات</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>آخر تحديث</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>الوصول</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>مقيَّد</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>للتنزيل، اقبل الترخيص في المنصة وأضف رمزك المميز في الإعدادات.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>التكميم</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>‏{name} (بلا أجزاء)</numerusform>
                <numerusform>‏{name} (جزء واحد)</numerusform>
                <numerusform>‏{name} (جزآن)</numerusform>
                <numerusform>‏{name} (%Ln أجزاء)</numerusform>
                <numerusform>‏{name} (%Ln جزءًا)</numerusform>
                <numerusform>‏{name} (%Ln جزء)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>أفضل جودة تتّسع لها ذاكرة هذا الحاسوب براحة.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>نموذج {model} + مُسقِط رؤية {projector}</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>أي منفذ متاح</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: يمكن لبرامج هذا الحاسوب فقط الاتصال. أي عنوان آخر (0.0.0.0 لكل الشبكات) يسمح لحواسيب أخرى بالدخول، ويحتاج إلى مفتاح API.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>الخادم متوقف.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>يُقدَّم {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>لا يوجد نموذج محمَّل: تتلقى الطلبات خطأً حتى تحمّل المحادثة نموذجًا.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>رد المحادثة يستخدم النموذج؛ لا طلبات في الانتظار.</numerusform>
                <numerusform>رد المحادثة يستخدم النموذج؛ طلب واحد في الانتظار.</numerusform>
                <numerusform>رد المحادثة يستخدم النموذج؛ طلبان في الانتظار.</numerusform>
                <numerusform>رد المحادثة يستخدم النموذج؛ %n طلبات في الانتظار.</numerusform>
                <numerusform>رد المحادثة يستخدم النموذج؛ %n طلبًا في الانتظار.</numerusform>
                <numerusform>رد المحادثة يستخدم النموذج؛ %n طلب في الانتظار.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>رد المحادثة يستخدم النموذج.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>جارٍ الرد على طلب؛ {n} في الانتظار.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>جارٍ الرد على طلب.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>خامل، {n} في الانتظار.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>خامل.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>للمحادثة الأولوية على الطلبات المنتظرة.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>‏Enter للإرسال (Shift+Enter لسطر جديد)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>‏Ctrl+Enter للإرسال (Enter لسطر جديد)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>مطابقة النظام</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>النماذج المنزَّلة</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>يتيح الرمز المميز لـ Hearth تنزيل النماذج المقيَّدة التي قبلت ترخيصها في المنصة. أنشئ رمزًا مميزًا للقراءة في huggingface.co/settings/tokens. يُحفظ في سلسلة مفاتيح نظامك (أو، في غيابها، في الذاكرة حتى يُغلق Hearth)، وليس أبدًا في ملفات Hearth أو سجلاته.</translation>
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
            <translation>منخفض</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>عالٍ</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>‏{s} ث</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>‏{m} د {s} ث</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>يفكّر… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>يفكّر…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>التفكير</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>فكّر لأقل من ثانية</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>فكّر لمدة {time}</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>تم خلال {ms} ms</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>فشل بعد {ms} ms</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>قيد الكتابة…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>لم يُشغَّل</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>تطلب التشغيل</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>قيد التشغيل…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>فشل الاستدعاء.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>رفضت هذا الاستدعاء؛ وأُبلغ النموذج بذلك.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>هل تريد تشغيلها؟</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>إلزام النموذج باستدعاء أداة أولًا</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>جارٍ قراءة قائمة الخوادم…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>لا يقدّم هذا الخادم أي أدوات.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>الرؤية</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>يقرأ الصور: يُنزّل مُسقِط رؤية (mmproj، {size}) مع النموذج</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>يقرأ الصور: يُحمّل مُسقِط الرؤية الخاص به (mmproj، {size}) مع النموذج</translation>
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
            <translation>اكتب قصيدة قصيرة عن البحر</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>اقترح خمسة أسماء لقطة صغيرة رمادية</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>احكِ لي قصة قبل النوم عن روبوت يتعلّم الخَبز</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>أعد صياغة هذا بأسلوب أكثر تهذيبًا: أرسل لي التقرير الآن</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>اختر نموذجًا من الشريط أعلاه، أو اعثر أدناه على نموذج يناسب هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>العثور على نموذج أفضل لهذا الحاسوب</translation>
        </message>
    </context>
</TS>
