<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>Hearth के बारे में</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>सिस्टम कीचेन ने API कुंजी पढ़ने से मना कर दिया, इसलिए यह केवल Hearth बंद होने तक रखी जाएगी।</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>सिस्टम कीचेन ने API कुंजी सहेजने से मना कर दिया, इसलिए यह केवल Hearth बंद होने तक रखी जाएगी।</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>सिस्टम कीचेन ने API कुंजी हटाने से मना कर दिया, इसलिए यह केवल Hearth बंद होने तक रखी जाएगी।</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Hearth {host} के पोर्ट {port} पर नहीं सुन सका: हो सकता है कोई दूसरा प्रोग्राम उस पोर्ट का उपयोग कर रहा हो; कोई दूसरा पोर्ट चुनें।</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>API अनुरोध पूरा होने की प्रतीक्षा की जा रही है…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>मॉडल खोजें, डाउनलोड करें और प्रबंधित करें</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>हार्डवेयर</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>इस कंप्यूटर का प्रोसेसर, मेमोरी और GPU, और इंजन किसका उपयोग कर सकता है</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>सर्वर</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>चैट के मॉडल को OpenAI-संगत API के ज़रिए दूसरे प्रोग्रामों को उपलब्ध कराएँ</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>टूल</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>MCP सर्वर: वे टूल जिनका मॉडल उपयोग कर सकता है, हर टूल चलने से पहले पूछता है</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>सेटिंग्स: चैट, रूप-रंग, मॉडल फ़ोल्डर, नेटवर्क और डेटा</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Hearth बंद होने से पहले सहेजा जा रहा है…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>इतिहास सहेजा नहीं गया है।</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Hearth ने सब कुछ नहीं सहेजा है</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, इसलिए जो आप देख रहे हैं वह अभी सहेजा नहीं गया है (%n बदलाव)। कुछ जगह खाली करें या इतिहास का उपयोग कर रहा प्रोग्राम बंद करें, फिर Hearth उसे सहेजकर बंद हो जाएगा।</numerusform>
                <numerusform>{problem}, इसलिए जो आप देख रहे हैं वह अभी सहेजा नहीं गया है (%n बदलाव)। कुछ जगह खाली करें या इतिहास का उपयोग कर रहा प्रोग्राम बंद करें, फिर Hearth उसे सहेजकर बंद हो जाएगा।</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Hearth खुला रखें</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>सहेजे बिना बाहर निकलें</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Hearth सहेजने की कोशिश करता रहेगा।</translation>
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
            <translation>अटैचमेंट {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>{name} हटाएँ</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>कुछ गलत हो गया: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>ख़ारिज करें</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>संदेश ख़ारिज करें</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>यह संदेश छिपाता है</translation>
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
            <translation>बंद</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>सहेजी गई चैट स्थितियाँ अधिकतम कितनी डिस्क स्पेस ले सकती हैं; बंद होने पर कुछ भी नहीं सहेजा जाता</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>चैट कैश का आकार</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>कैश साफ़ करें</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>चैट कैश साफ़ करें</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>सहेजी गई सभी चैट स्थितियाँ हटाएँ (आपकी चैट बनी रहती हैं)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>डिस्क स्पेस</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>उपयोग में</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>दोबारा खोली गई चैट के जवाब तुरंत शुरू होते हैं, क्योंकि इंजन उसकी स्थिति इस कंप्यूटर पर सहेजता है; यह सेटिंग तय करती है कि इसके लिए अधिकतम कितनी डिस्क स्पेस ली जाए, और सबसे लंबे समय से उपयोग न हुई चैट पहले हटाई जाती हैं।</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>गिना जा रहा है…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>साफ़ किया जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>चैट</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>संदेश, सबसे नए अंत में; ऊपर और नीचे तीर कुंजियाँ एक संदेश से दूसरे पर ले जाती हैं</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>जवाब विफल रहा: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>जवाब विफल रहा।</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>फ़ाइलें अटैच करें (या उन्हें यहाँ छोड़ें, या पेस्ट करें)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>फ़ाइलें या चित्र अटैच करें: लोड किया गया मॉडल चित्र पढ़ सकता है (या उन्हें यहाँ छोड़ें, या पेस्ट करें)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>चालू: जवाब आपके ज्ञान फ़ोल्डरों के अंशों का उपयोग करते हैं</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>बंद: जवाब आपके ज्ञान फ़ोल्डरों में नहीं खोजते</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>भेजें</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>अटैच करें</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>फ़ाइलें अटैच करें</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>ज्ञान</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>ज्ञान फ़ोल्डरों से जवाब दें</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>मॉडल को संदेश भेजें ({send} से भेजें, {newline} से नई पंक्ति)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>संदेश</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>जवाब रोकें (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>भेजें ({keys})</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>≈ {count} / {limit} टोकन</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>{count} / {limit} टोकन</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>यह संदेश भेजने के लिए बहुत लंबा है, सभी पुराने संदेश हटाने पर भी। मॉडल का कॉन्टेक्स्ट {n_ctx} टोकन रखता है; {kept} जवाब के लिए रखे जाते हैं।</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>जगह बनाने के लिए सबसे पुराने संदेश अगले जवाब से बाहर रखे जाएँगे। मॉडल का कॉन्टेक्स्ट {n_ctx} टोकन रखता है; {kept} जवाब के लिए रखे जाते हैं।</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>पुराने संदेश बाहर रखे जाने से पहले {left} टोकन बाकी हैं। मॉडल का कॉन्टेक्स्ट {n_ctx} टोकन रखता है; {kept} जवाब के लिए रखे जाते हैं।</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>पेस्ट किया गया चित्र अटैच करने के लिए सहेजा नहीं जा सका।</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>अपने दस्तावेज़ों से जवाब पाने के लिए सेटिंग्स में ज्ञान फ़ोल्डर जोड़ें</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>सूची नहीं मिल सकी।</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>{url} पर सर्वर कोई मॉडल सूचीबद्ध नहीं करता।</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>{model} ने {total_ms} ms में जवाब दिया: पहला टोकन {ttft_ms} ms के बाद, {rate} टोकन/s की दर से {tokens} टोकन (“{reply}”)।</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>“{name}” ने {ms} ms में जवाब दिया, कोई मॉडल नहीं।</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>“{name}” ने {ms} ms में 1 मॉडल के साथ जवाब दिया: {listed}।</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>“{name}” ने {ms} ms में %n मॉडल के साथ जवाब दिया: {listed} और {more} अन्य।</numerusform>
                <numerusform>“{name}” ने {ms} ms में %n मॉडलों के साथ जवाब दिया: {listed} और {more} अन्य।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>“{name}” ने {ms} ms में %n मॉडल के साथ जवाब दिया: {listed}।</numerusform>
                <numerusform>“{name}” ने {ms} ms में %n मॉडलों के साथ जवाब दिया: {listed}।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>किसी दूसरी मशीन या सर्वर पर मॉडलों से चैट करें: llama-server, vLLM, Ollama, LM Studio, कोई दूसरा Hearth, या कोई होस्टेड सेवा (कोई भी सर्वर जो OpenAI API समझता हो)। किसी कनेक्शन के मॉडल, मॉडल चुनने वाली सूची में उसके नाम के नीचे दिखते हैं।</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>कनेक्शन और उसके मॉडल</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>पता</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>कनेक्शन और उनके मॉडल</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>कनेक्शन कॉलम</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>इस मॉडल का उपयोग करें</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>चुने गए मॉडल से चैट करें</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>जाँचें</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>सर्वर के मॉडलों की सूची लें और एक छोटे जवाब का समय मापें</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>कनेक्शन जाँचें</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>यह कनेक्शन और इसकी API कुंजी भूल जाएँ</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>कनेक्शन हटाएँ</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>रीफ़्रेश करें</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>हर सर्वर से उसके मॉडल फिर से पूछें</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>कनेक्शन रीफ़्रेश करें</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>उदा. {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>वैकल्पिक: सिस्टम कीचेन में रखी जाती है, कभी किसी फ़ाइल में नहीं</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>कनेक्शन जोड़ें</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>कनेक्शन जोड़ें</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API कुंजी</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>“{name}” की जाँच: इसके मॉडलों की सूची ली जा रही है और एक छोटे जवाब का समय मापा जा रहा है…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>“{name}” हटाया जा रहा है…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>“{name}” जोड़ा जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>आयात किया गया · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>आयात किया गया</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>अंतिम बदलाव {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>फ़ाइल से आयात किया गया</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>इतिहास फ़ाइल क्षतिग्रस्त है और Hearth उसे ठीक नहीं कर सका ({reason})। जो पढ़ा जा सका वह दिखाया गया है; फ़ाइल लिखे जा सकने तक नई चैट मेमोरी में रखी जाती हैं।</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>सबसे ज़्यादा डाउनलोड</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>सबसे ज़्यादा पसंद</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>हाल ही में अपडेट किए गए</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>हब पर GGUF मॉडल खोजें (उदा. qwen, llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>हब पर खोजें</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>हब पर GGUF मॉडल खोजता है; बिना शब्दों के, सुझाए गए मॉडल दिखाता है।</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>खोज परिणामों को इसके अनुसार क्रमबद्ध करें</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>सुझाए गए मॉडल</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>हब पर मिले मॉडल</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>सुझाए गए मॉडल, छोटे से बड़े तक: शुरुआत के लिए अच्छी जगह।</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>हब पर “{query}” खोजा जा रहा है…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln GGUF रिपॉज़िटरी</numerusform>
                <numerusform>%Ln GGUF रिपॉज़िटरी</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>हब पर “{query}” से कुछ भी मेल नहीं खाता; %Ln सुझाया गया मॉडल मेल खाता है।</numerusform>
                <numerusform>हब पर “{query}” से कुछ भी मेल नहीं खाता; %Ln सुझाए गए मॉडल मेल खाते हैं।</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>हब पर “{query}” से कुछ भी मेल नहीं खाता।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln सुझाया गया मॉडल “{query}” से मेल खाता है।</numerusform>
                <numerusform>%Ln सुझाए गए मॉडल “{query}” से मेल खाते हैं।</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>कोई सुझाया गया मॉडल “{query}” से मेल नहीं खाता।</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>रोका गया: Hearth ऑफ़लाइन है। Hearth के फिर से ऑनलाइन होने पर यह फिर से शुरू होगा।</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>प्रतीक्षा: Hearth ऑफ़लाइन है।</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Hearth बंद होने पर रोका गया: डाउनलोड पूरा करने के लिए फिर से शुरू करें।</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>अटका हुआ: कोई डेटा नहीं आ रहा। Hearth कोशिश करता रहेगा।</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>कनेक्ट हो रहा है…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>डाउनलोड शुरू नहीं हो सका: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>डाउनलोड विफल रहा: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>फिर से शुरू करें</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>{name} की प्रगति</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>{name} रोकें</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>अटका हुआ</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>फिर से कोशिश करें</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>{name} फिर से कोशिश करें</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>{name} फिर से शुरू करें</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>साफ़ करें</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>{name} साफ़ करें</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>{name} रद्द करें</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>इस सूची से हटाएँ (मॉडल इंस्टॉल रहेगा)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>रोकें और जो डाउनलोड हुआ है उसे हटाएँ</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>अभी कोई डाउनलोड नहीं। खोजें से डाउनलोड किए गए मॉडल यहाँ दिखेंगे।</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>{title} बंद करें</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>बंद करें ({key})</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>{n} सेकंड</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} मिनट</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} घंटे {m} मिनट</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>दूसरे ऐप्स के मॉडल</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>ये मॉडल फ़ाइलें दूसरे ऐप्स ने डाउनलोड की थीं। Hearth इन्हें जहाँ हैं वहीं से उपयोग कर सकता है: कुछ भी कॉपी या दोबारा डाउनलोड नहीं होता।</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>उपयोग करने वाले मॉडलों पर सही का निशान लगाएँ; Space मौजूदा मॉडल का निशान लगाता या हटाता है।</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>चुने गए मॉडलों का उपयोग करें</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Hearth इस कंप्यूटर का हार्डवेयर नहीं देख सका: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>इंजन से यह नहीं पूछा जा सका कि वह किसका उपयोग कर सकता है: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>हार्डवेयर</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>रिपोर्ट कॉपी करें</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>इस पेज की सारी जानकारी टेक्स्ट के रूप में कॉपी करें, जैसे बग रिपोर्ट के लिए।</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>रीफ़्रेश करें</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>हार्डवेयर और इंजन को फिर से देखें।</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>GPU का उपयोग नहीं हो रहा</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>कमांड कॉपी करें</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>कमांड कॉपी करें, ताकि उसे टर्मिनल में पेस्ट किया जा सके।</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>यह कंप्यूटर</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>ग्राफ़िक्स</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>इंजन (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>संस्करण</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>डिवाइस</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Hearth ने ग्राफ़िक्स कार्ड कैसे खोजे</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>काम किया</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>काम नहीं किया</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>देखा जा रहा है…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>इंजन से पूछा जा रहा है…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>इस कंप्यूटर और इंजन को देखा जा रहा है…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>जानकारी नहीं</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} कोर, {threads} थ्रेड</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>कुल {total}, {available} उपलब्ध</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>इस कंप्यूटर पर कोई GPU नहीं मिला: मॉडल CPU पर चलते हैं।</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>कोई जानकारी नहीं</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>हाँ: यह बिल्ड लेयरों को GPU पर रख सकता है ({backends})।</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>{backends} के साथ बना है, लेकिन इसे कोई GPU डिवाइस नहीं दिखता: मॉडल CPU पर चलते हैं।</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>नहीं: यह इंजन बिल्ड केवल CPU के लिए है, मॉडल CPU पर चलते हैं।</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>प्रोसेसर</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>कोर</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>मेमोरी (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>बैकएंड</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>GPU ऑफ़लोड</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>CPU सुविधाएँ</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>बिल्ड विकल्प</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>सिस्टम जानकारी</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>इंजन</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>इंजन डिवाइस</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>GPU जाँचें जो सफल रहीं</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>GPU जाँचें जो सफल नहीं रहीं</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>हर जाँच सफल रही।</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>कोई जाँच सफल नहीं रही।</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>सहायता(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>कीबोर्ड शॉर्टकट</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>लॉग फ़ोल्डर खोलें</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Hearth की लॉग फ़ाइलें, {folder} में</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>Hearth के बारे में</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (प्रतिलिपि)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>नई चैट</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>“{title}” के रूप में प्रतिलिपि बनाई गई।</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Hearth चैट की प्रतिलिपि नहीं बना सका: {error}।</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Hearth चैट निर्यात नहीं कर सका: {error}।</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Hearth इतिहास निर्यात नहीं कर सका: {error}।</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>1 चैट आयात की गई।</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>%n चैट आयात की गई।</numerusform>
                <numerusform>%n चैट आयात की गईं।</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Hearth फ़ाइल आयात नहीं कर सका: {error}।</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>{name} में निर्यात किया गया।</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Hearth ऑफ़लाइन है (सेटिंग्स): हब से संपर्क नहीं किया जाता।</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>हब तक नहीं पहुँचा जा सका, इसलिए Hearth फ़िलहाल ऑफ़लाइन काम कर रहा है: आपके मॉडल और चैट अब भी काम करते हैं। नेटवर्क वापस आने पर फिर से कोशिश करें।</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>हब तक अब भी नहीं पहुँचा जा सकता; Hearth ऑफ़लाइन रहेगा।</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>मॉडल लोड नहीं हो सका: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>इस चैट में टूल चालू होने पर JSON स्कीमा लागू नहीं होती: उस रूप में जवाब पाने के लिए टूल मेनू में टूल बंद करें।</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>जवाब देते समय कुछ गलत हो गया: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>फ़ाइलें जिन्हें Hearth पढ़ नहीं सका — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>{folder} में %n फ़ाइल पढ़ी नहीं जा सकी; बाकी खोजी जा सकती हैं। फ़ाइल ठीक करने पर वह अपने आप फिर से पढ़ी जाएगी।</numerusform>
                <numerusform>{folder} में %n फ़ाइलें पढ़ी नहीं जा सकीं; बाकी खोजी जा सकती हैं। फ़ाइल ठीक करने पर वह अपने आप फिर से पढ़ी जाएगी।</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>फ़ाइलें जो पढ़ी नहीं जा सकीं, और क्यों</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>एम्बेडिंग मॉडल लोड हो रहा है; तैयार होने तक खोज केवल शब्दों का उपयोग करती है।</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>अर्थ से खोज बंद है: {reason}। खोज केवल शब्दों का उपयोग करती है।</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>ज्ञान फ़ोल्डर</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>फ़ोल्डर कॉलम</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>फ़ोल्डर जोड़ें…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>ज्ञान फ़ोल्डर जोड़ें</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>ज्ञान फ़ोल्डर हटाएँ</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>इस फ़ोल्डर के अंश भूल जाएँ (इसकी फ़ाइलें रहेंगी)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>इंडेक्सिंग रोकें; जो पढ़ा गया है वह रखा जाएगा</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>फिर से इंडेक्स करें</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>हर फ़ोल्डर को अभी फिर से जाँचें (केवल बदलाव पढ़े जाते हैं)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>त्रुटियाँ…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>फ़ाइलें जो पढ़ी नहीं जा सकीं</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>इस फ़ोल्डर की फ़ाइलें जो पढ़ी नहीं जा सकीं, और क्यों</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>एम्बेडिंग मॉडल अंशों को उनके शब्दों के साथ-साथ अर्थ से भी खोजता है। मॉडल में जाकर कोई एक ({examples}) डाउनलोड करें।</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>एम्बेडिंग मॉडल</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Hearth इन फ़ोल्डरों के दस्तावेज़ (टेक्स्ट, Markdown, कोड, PDF और Office फ़ाइलें) पढ़ता है और इस कंप्यूटर पर एक इंडेक्स रखता है, ताकि चैट उनसे जवाब दे सके और अपने स्रोत बता सके। फ़ोल्डरों में बदलाव अपने आप पकड़े जाते हैं।</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>वे फ़ाइलें दिखाएँ जो पढ़ी नहीं जा सकीं, और क्यों</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>हर फ़ोल्डर अद्यतन है।</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>%n बदली हुई फ़ाइल इंडेक्स की गई।</numerusform>
                <numerusform>%n बदली हुई फ़ाइलें इंडेक्स की गईं।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>इंडेक्सिंग: %n में से {done} फ़ाइल — {current}</numerusform>
                <numerusform>इंडेक्सिंग: %n में से {done} फ़ाइलें — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>फिर से शुरू करें</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>रोका गया: फिर से शुरू करने पर फ़ोल्डरों के बदलाव पढ़े जाएँगे।</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>रोका गया: %n में से {done} फ़ाइल — {current}</numerusform>
                <numerusform>रोका गया: %n में से {done} फ़ाइलें — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>कोई एम्बेडिंग मॉडल सेट नहीं है: खोज केवल शब्दों का उपयोग करती है। ऊपर एक चुनें; मॉडल में डाउनलोड के लिए छोटे मॉडल उपलब्ध हैं।</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>खोज शब्दों और अर्थ दोनों का उपयोग करती है।</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>आकार</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>क्वांटाइज़ेशन</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>आर्किटेक्चर</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>पैरामीटर</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>कॉन्टेक्स्ट</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>जाँच</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>अंतिम उपयोग</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● लोड किया गया</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>अनुपयोगी</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>जाँच हो रही है… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>सत्यापित</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>मेल नहीं खाता</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>सत्यापित नहीं</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>फ़ाइल का sha256 मेल खाता है: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>फ़ाइल का sha256 अपेक्षित मान से मेल नहीं खाता: फ़ाइल बदल गई है या क्षतिग्रस्त है। इसे हटाएँ और फिर से डाउनलोड करें।</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>अभी जाँचा नहीं गया: सत्यापित करें फ़ाइल का हैश निकालता है।</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>लोड किया गया: चैट अभी इस मॉडल का उपयोग कर रही है।</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>हटाएँ…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>लाइब्रेरी से निकालें…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>लाइब्रेरी पढ़ी जा रही है…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>लाइब्रेरी में मॉडल</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Enter चुने गए मॉडल से चैट शुरू करता है; Delete उसे हटाता है या सूची से निकालता है।</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>लाइब्रेरी कॉलम</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>उपयोग करें</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>इस मॉडल से चैट करें</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>सत्यापित करें</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>फ़ाइल का हैश निकालें और अपेक्षित मान से तुलना करें</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>फ़ोल्डर में दिखाएँ</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>मॉडल फ़ाइल आयात करें…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>डिस्क पर मौजूद मॉडल फ़ाइल को वहीं से उपयोग करें (कॉपी नहीं की जाती)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>दूसरे ऐप्स के मॉडल खोजें</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>LM Studio, llama.cpp, GPT4All, Jan या Ollama द्वारा डाउनलोड की गई GGUF फ़ाइलें खोजें</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>{name} जोड़ा गया; इसकी फ़ाइल जाँची जा रही है…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} हटा दिया गया।</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>{name} को लाइब्रेरी से निकाला गया; फ़ाइल {path} में है।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln मॉडल · डिस्क पर {size}</numerusform>
                <numerusform>%Ln मॉडल · डिस्क पर {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} जाँचा जा रहा है…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>मॉडल फ़ाइलें आयात करें</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF मॉडल फ़ाइलें (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>%Ln फ़ाइल जाँची जा रही है…</numerusform>
                <numerusform>%Ln फ़ाइलें जाँची जा रही हैं…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>{name} सत्यापित है।</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>{name} अपने चेकसम से मेल नहीं खाता: इसे हटाएँ और फिर से डाउनलोड करें।</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>{name} की तुलना के लिए अभी कुछ नहीं है।</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>दूसरे ऐप्स द्वारा डाउनलोड किए गए मॉडल खोजे जा रहे हैं…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>दूसरे ऐप्स का ऐसा कोई मॉडल नहीं मिला जो पहले से सूची में न हो।</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>दूसरे ऐप्स का %Ln मॉडल मिला।</numerusform>
                <numerusform>दूसरे ऐप्स के %Ln मॉडल मिले।</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>मॉडल हटाएँ</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>{name} ({file}, {size}) हटाएँ?
इसे Hearth ने डाउनलोड किया था: फ़ाइल Hugging Face कैश से हटा दी जाएगी।</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>लाइब्रेरी से निकालें</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>निकालें</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>{name} ({file}, {size}) को लाइब्रेरी से निकालें?
फ़ाइल डिस्क पर {path} में रहेगी: इसे Hearth ने डाउनलोड नहीं किया था, इसलिए Hearth इसे कभी नहीं हटाता।</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>चैट के लिए मॉडल</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>मॉडल फ़ाइल खोलें…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>डिस्क पर मौजूद मॉडल फ़ाइल (.gguf) को वहीं से उपयोग करें (कॉपी नहीं की जाती)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>मॉडल…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>मॉडल खोजें, डाउनलोड करें और प्रबंधित करें ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>मॉडल लोड हो रहा है</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>इस मॉडल को लोड करना रोकें</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>मॉडल लोड करना रद्द करें</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>पैरामीटर</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>पैरामीटर पैनल दिखाएँ या छिपाएँ</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>कोई मॉडल नहीं</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>कॉन्टेक्स्ट %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>मॉडल के कॉन्टेक्स्ट के कितने टोकन यह चैट उपयोग करती है</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>उपयोग किया गया कॉन्टेक्स्ट</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>नई चैट</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>खोजें</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>संदेश बॉक्स पर जाएँ</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>बाहर निकलें</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>चैट(&amp;C)</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>चैट निर्यात करें…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>खुली चैट को Markdown फ़ाइल के रूप में सहेजें</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>सब निर्यात करें…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>आयात करें…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>सेटिंग्स…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>दृश्य(&amp;V)</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>बड़ा टेक्स्ट</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>छोटा टेक्स्ट</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>सिस्टम जैसा टेक्स्ट आकार</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>थीम</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>हार्डवेयर…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>इस कंप्यूटर का प्रोसेसर, मेमोरी और GPU, और इंजन किसका उपयोग कर सकता है</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
चैट फ़ॉर्मैट: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>मॉडल फ़ाइल खोलें</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>GGUF मॉडल फ़ाइलें (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>चैट हटाई गई।</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>पूर्ववत करें</translation>
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
            <translation>चैट निर्यात करें</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Hearth इतिहास</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>सब निर्यात करें</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>आयात करें</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>{name} में निर्यात किया गया।</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>फ़ोल्डर में दिखाएँ</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>संदेश और उसके नीचे का %n संदेश हटाया गया।</numerusform>
                <numerusform>संदेश और उसके नीचे के %n संदेश हटाए गए।</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>संदेश और उसके नीचे का जवाब हटाया गया।</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>संदेश हटाया गया।</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>अभी सहेजा नहीं गया</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Hearth कोशिश करता रहेगा; कुछ भी खोया नहीं है।</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} जो आप देख रहे हैं वह रखा गया है, और जैसे ही संभव होगा सहेजा जाएगा।</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>अभी फिर से कोशिश करें</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>शुरू करने के लिए मॉडल चुनें</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>मॉडल लोड हो रहा है…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>लिख रहा है…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>रोका जा रहा है…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>सोच रहा है…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · पहला टोकन {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · {kept}% ड्राफ़्ट स्वीकार · पहला टोकन {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>चैट पढ़ी जा रही है ({count} टोकन)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>मॉडल फिर से लोड करें</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>“{name}” नाम का कोई MCP सर्वर नहीं है।</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>ऑफ़लाइन मोड ने रोका: {host} इस कंप्यूटर पर नहीं है।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>MCP सर्वर “{name}” बंद है।</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>कॉपी करें</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>कोड कॉपी करें</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>कॉपी किया गया</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>सभी चुनें</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>अपना संदेश संपादित करें</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>जवाब संपादित करें</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>संदेश टेक्स्ट</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>संदेश को पहले जैसा छोड़ें (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>सहेजें</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>सहेजें और फिर से जनरेट करें</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>नए संस्करण के रूप में सहेजें और नया जवाब लिखें ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>टेक्स्ट बदलें और उसके नीचे का जवाब रखें</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>जवाब का टेक्स्ट बदलें ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>संदेश खाली नहीं हो सकता: कुछ लिखें, या रद्द करें दबाएँ।</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>एक जवाब लिखा जा रहा है: उसे रोकें या पूरा होने दें, फिर बदलाव सहेजें।</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>नया जवाब लिखने के लिए मॉडल लोड करें; सहेजें बिना नए जवाब के बदलाव रखता है।</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>यह संदेश अब चैट में नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>कॉपी किया गया</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>पिछला संस्करण</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>अगला संस्करण</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>कॉपी करें</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>संदेश कॉपी करें</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>संपादित करें</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>संदेश यहीं संपादित करें</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>फिर से जनरेट करें</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>नया जवाब लिखें</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>संदेश हटाएँ</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>जानकारी</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>इस जवाब के बारे में, और दोहराएँ</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>जारी रखें</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>यह जवाब लिखना जारी रखें</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>लिख रहा है…</translation>
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
            <translation>{count} में से संस्करण {index}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>खोजें</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>डाउनलोड</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>लाइब्रेरी</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>कनेक्शन</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>सेटिंग्स…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>फिर से कोशिश करें</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>{name} पहले से डाउनलोड है: यह लाइब्रेरी में है।</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>{name} कतार में है; Hearth के फिर से ऑनलाइन होने पर शुरू होगा।</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>{name} डाउनलोड हो रहा है: डाउनलोड टैब देखें।</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>डाउनलोड (%Ln)</numerusform>
                <numerusform>डाउनलोड (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>{name} डाउनलोड और सत्यापित हो गया: यह लाइब्रेरी में है।</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>दूसरे सर्वरों पर</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}: ऑफ़लाइन मोड में अवरुद्ध</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}: कोई मॉडल नहीं (कारण के लिए पॉइंटर ले जाएँ)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>चैट द्वारा उपयोग किया जाने वाला मॉडल</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{url} पर सर्वर में {model}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>चैट पर वापस</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>चैट पर लौटें ({keys})</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>पेज</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>चैट पर वापस</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>चैट</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>आपकी चैट</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>{page} पर जाएँ</translation>
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
            <translation>प्रीसेट</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>इस रूप में सहेजें…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>नए प्रीसेट के रूप में सहेजें</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>मौजूदा पैरामीटर को नए प्रीसेट के रूप में सहेजें।</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>सैंपलिंग</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>{field} का उपयोग करें</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Ctrl+Tab से टैब लिखा जाता है।</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>हर पंक्ति में एक, उदा. \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>आप एक मददगार असिस्टेंट हैं।</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>सिस्टम प्रॉम्प्ट</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>कॉन्टेक्स्ट</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>ऑटो</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>थ्रेड</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>ऑटो</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>GPU लेयर अपने आप चुनें</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU लेयर</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>मॉडल फिर से लोड करें</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>इन सेटिंग्स के साथ मॉडल फिर से लोड करें।</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>प्रीसेट सहेजें</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>नए प्रीसेट का नाम:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>इस चैट का अपना सिस्टम प्रॉम्प्ट (नई चैट सेटिंग्स वाले प्रॉम्प्ट से शुरू होती हैं)।</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>नई चैट के लिए डिफ़ॉल्ट सिस्टम प्रॉम्प्ट (इसे सेटिंग्स में बदलें)।</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>कोई सिस्टम प्रॉम्प्ट नहीं। नई चैट के लिए डिफ़ॉल्ट प्रॉम्प्ट सेटिंग्स में सेट किया जा सकता है।</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>इंजन {n} का उपयोग करता है।</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>ऑटो</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>मॉडल लोड होने पर Hearth चुनता है।</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>इस मॉडल और इस कंप्यूटर की मेमोरी के अनुसार चुना गया: GPU पर {used} लेयर। ख़ुद चुनने के लिए ऑटो से निशान हटाएँ।</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>अनुमान के अनुसार चुना गया: हर लेयर CPU पर चलती है। ख़ुद चुनने के लिए ऑटो से निशान हटाएँ।</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Hearth अपनी सेटिंग्स सहेज नहीं सका।</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} आपके बदलाव Hearth बंद होने तक लागू रहेंगे।</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>प्रीसेट सहेजें, नाम बदलें या हटाएँ</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>प्रीसेट क्रियाएँ</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>नए प्रीसेट के रूप में सहेजें…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>सिस्टम प्रॉम्प्ट के साथ सहेजें…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>बाद में यह प्रीसेट चुनने पर अभी दिखाया गया सिस्टम प्रॉम्प्ट भी सेट हो जाएगा</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>नाम बदलें…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>“{preset}” का नाम बदलें…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>“{preset}” हटाएँ</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>प्रीसेट का नाम बदलें</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>“{preset}” के लिए नया नाम:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>“{prompt}” भेजें</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>यह प्रॉम्प्ट मॉडल को भेजता है</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>विवरण कॉपी करें</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>दोहराएँ</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>ठीक इन्हीं सेटिंग्स के साथ यह जवाब फिर से लिखें</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>फिर भी दोहराएँ</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>इस जवाब के बारे में</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>यह जवाब दोहराया नहीं जा सकता: Hearth ने इसकी सैंपलिंग या सीड नहीं रखी।</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>इस जवाब को दोहराने के लिए मॉडल लोड करें।</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>एक जवाब लिखा जा रहा है: उसके पूरा होने पर इसे दोहराएँ।</translation>
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
            <translation>हब पर खोलें</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>मॉडल का पेज आपके ब्राउज़र में खोलता है</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>सेटिंग्स…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>सेटिंग्स में Hugging Face टोकन जोड़ें</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>डाउनलोड के लिए मॉडल फ़ाइलें</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>हर क्वांटाइज़ेशन के लिए एक फ़ाइल; Enter चुनी गई फ़ाइल डाउनलोड करता है।</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>डाउनलोड करें</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>मॉडल की फ़ाइलें लोड हो रही हैं…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} पैरामीटर · ≈ {size} · लाइसेंस: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>लाइसेंस: {licence} · पहुँच: प्रतिबंधित</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>लाइसेंस: {licence} · पहुँच: खुली</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>इस मॉडल का कोई विवरण नहीं है।</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>इस रिपॉज़िटरी में ऐसी कोई GGUF मॉडल फ़ाइल नहीं है जिसका Hearth उपयोग कर सके।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln मॉडल फ़ाइल, हर क्वांटाइज़ेशन के लिए एक: छोटी फ़ाइलें तेज़ होती हैं और कम मेमोरी लेती हैं, बड़ी फ़ाइलें बेहतर जवाब देती हैं।</numerusform>
                <numerusform>%Ln मॉडल फ़ाइलें, हर क्वांटाइज़ेशन के लिए एक: छोटी फ़ाइलें तेज़ होती हैं और कम मेमोरी लेती हैं, बड़ी फ़ाइलें बेहतर जवाब देती हैं।</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>{name} के हेडर से: {note} कॉन्टेक्स्ट के {tokens} टोकन तक समा सकते हैं।</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>{name} के हेडर से: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>{name} डाउनलोड करें ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>समय</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>प्रॉम्प्ट</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>जवाब</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>टोकन/s</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>समाप्त</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>स्ट्रीम</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>पूरा</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}, क्लाइंट चला गया</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>पैरामीटर</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>चैट</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>चैट सूची दिखाएँ या छिपाएँ</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>पैरामीटर दिखाएँ या छिपाएँ</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>JSON स्कीमा</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>एडिटर, स्क्रिप्ट और दूसरे ऐप्स चैट में लोड किए गए मॉडल का उपयोग OpenAI-संगत API के ज़रिए कर सकते हैं। चैट को प्राथमिकता मिलती है: जब वह जवाब दे रही हो, उनके अनुरोध प्रतीक्षा करते हैं।</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>API उपलब्ध कराएँ</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>सर्वर शुरू या बंद करें (चालू रहने पर यह Hearth के साथ शुरू होता है)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>URL कॉपी करें</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>क्लाइंट द्वारा उपयोग किया जाने वाला बेस URL कॉपी करें (यह /v1 पर ख़त्म होता है)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>कोई नहीं: वेब पेज API को कॉल नहीं कर सकते</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>वे वेब ओरिजिन जिनके पेज ब्राउज़र से API को कॉल कर सकते हैं (CORS), स्पेस या कॉमा से अलग, उदा. {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>पता(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>पोर्ट(&amp;P)</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>वेब ओरिजिन(&amp;O)</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>कहाँ सुनता है</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>कुंजी हटाएँ</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>इस कंप्यूटर के प्रोग्रामों को बिना कुंजी के आने दें</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>नई API कुंजी</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>कॉपी करें</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>नई कुंजी कॉपी करें</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>कुंजी अभी कॉपी कर लें: Hearth इसे दोबारा नहीं दिखाएगा।</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API कुंजी</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>पूरे किए गए अनुरोध</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>अनुरोध कॉलम</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>अनुरोध</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>दूसरे कंप्यूटर {host} तक पहुँच सकते हैं: मॉडल का उपयोग करने के लिए उन्हें API कुंजी चाहिए।</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>{host} पर उपलब्ध कराने से दूसरे कंप्यूटर भी जुड़ सकते हैं, इसलिए API कुंजी चाहिए: पहले नीचे एक बनाएँ।</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>नई कुंजी</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>कुंजी बनाएँ</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>नई कुंजी बनाएँ: पुरानी तुरंत काम करना बंद कर देगी</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>ऐसी कुंजी बनाएँ जिसे हर क्लाइंट को भेजना होगा</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>कुंजी सेट है: हर क्लाइंट को इसे भेजना होगा ({header})।</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>कोई कुंजी नहीं: इस कंप्यूटर का कोई भी प्रोग्राम API का उपयोग कर सकता है।</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>बंद</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>शुरू हो रहा है…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>रोका जा रहा है…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>{url} पर उपलब्ध</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>चालू</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>सर्वर {name} का उपयोग करें</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>बंद है, इसके टूल किसी चैट को नहीं दिए जाते</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>टूल दिखाएँ</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>{name} के टूल दिखाएँ</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>इस सर्वर का हर टूल चलने से पहले फिर से पूछें</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>किसी टूल की सूची नहीं मिल सकी।</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>“हमेशा अनुमति दें” भूल जाएँ ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>टूल छिपाएँ</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>सर्वर शुरू किया जा रहा है और उसके टूल पूछे जा रहे हैं…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>कोई नहीं: नई चैट बिना सिस्टम प्रॉम्प्ट के शुरू होती हैं।</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>निर्देश जिनसे हर नई चैट शुरू होती है। हर चैट अपने निर्देश रखती है, जिन्हें आप चैट के बगल वाले पैनल में बदल सकते हैं; इससे कोई मौजूदा चैट नहीं बदलती।</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>सिस्टम आकार</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>चैट और संदेश बॉक्स के टेक्स्ट का आकार</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>डिफ़ॉल्ट सिस्टम प्रॉम्प्ट</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>भेजने की कुंजी</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>टेक्स्ट का आकार</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>{bigger} और {smaller} कहीं भी टेक्स्ट का आकार बदलते हैं; {reset} उसे रीसेट करता है।</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>चैट</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>सिस्टम के अनुसार</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>Hearth की विंडो की भाषा</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Hearth अगली बार शुरू होने पर नई भाषा दिखाएगा।</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>थीम</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>रूप-रंग</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>मॉडल फ़ोल्डर</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>फ़ोल्डर जोड़ें…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>मॉडल फ़ोल्डर जोड़ें</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>मॉडल फ़ोल्डर हटाएँ</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>इस फ़ोल्डर के मॉडल सूची में दिखाना बंद करें (फ़ाइलें रहेंगी)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Hearth इन फ़ोल्डरों (और उनके सबफ़ोल्डरों) के GGUF मॉडल अपने डाउनलोड के साथ लाइब्रेरी में दिखाता है, और उन्हें वहीं से उपयोग करता है।</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>ज्ञान</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>ऑफ़लाइन काम करें: हब से कभी कनेक्ट न करें</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>कोई खोज या डाउनलोड नहीं; आपके मौजूदा मॉडल और चैट काम करते रहेंगे।</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>एक साथ कितने डाउनलोड चलें</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>एक साथ डाउनलोड</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>नेटवर्क और डाउनलोड</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>चैट कैश</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>फ़ोल्डर खोलें</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>{folder} को फ़ाइल मैनेजर में दिखाएँ</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>{kind} फ़ोल्डर खोलें</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>आपका डेटा कहाँ रहता है</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>कीबोर्ड शॉर्टकट</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>क्रिया</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>कुंजियाँ</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>कॉलम</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>शॉर्टकट मुख्य विंडो में कहीं भी काम करते हैं, जब तक कोई जगह न बताई गई हो।</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>नई चैट</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>नई चैट शुरू करें ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>नई चैट शुरू करें</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>चैट खोजें ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>चैट खोजें</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>वे चैट खोजता है जिनके संदेशों में ये शब्द हों</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>चैट</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Enter चैट खोलता है; F2 नाम बदलता है, Delete हटाता है, मेनू कुंजी अन्य क्रियाएँ दिखाती है</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>खोज परिणाम</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>चैट क्रियाएँ</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>नाम बदलें</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>निर्यात करें</translation>
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
            <translation>प्रतिलिपि बनाएँ</translation>
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
            <translation>स्रोत</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>अंश खोलें</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>स्रोत {source}: अंश खोलें</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>सोचें</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>मॉडल को जवाब देने से पहले सोचने दें (उसका विचार अलग से, संक्षिप्त रूप में दिखता है)। बंद: वह तुरंत जवाब देता है।</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>जवाब से पहले सोचें</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>तर्क का स्तर</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>जवाब देने से पहले मॉडल कितनी देर तर्क करता है</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>मॉडल का तर्क छिपाएँ</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>मॉडल का तर्क दिखाएँ</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Hugging Face टोकन</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>huggingface.co/settings/tokens से एक read टोकन पेस्ट करें</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>सत्यापित करें</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>हब से पूछें कि यह टोकन किसका है</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>सहेजें</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>टोकन को सिस्टम कीचेन में रखें</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>सहेजा गया टोकन भूल जाएँ</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>पहले एक टोकन पेस्ट करें।</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>हब से पूछा जा रहा है…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>यह टोकन {user} का है।</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>कोई टोकन सहेजा नहीं गया: सार्वजनिक मॉडल बिना टोकन के डाउनलोड होते हैं।</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>सिस्टम कीचेन में एक टोकन सहेजा गया है।</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>टोकन केवल Hearth बंद होने तक रखा जाता है।</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>एक बार अनुमति दें</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>इस टूल को हमेशा अनुमति दें</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>अस्वीकार करें</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>यह कॉल अभी चलाएँ; अगली बार फिर पूछें</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>इस सत्र में इस टूल की कॉल बिना पूछे चलाएँ</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>इसे न चलाएँ; मॉडल को बताया जाएगा कि इसे अस्वीकार किया गया</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>टूल कॉल {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>टूल</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>इस चैट के लिए टूल</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>यह चैट किन MCP सर्वरों के टूल उपयोग कर सकती है</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>हर संदेश का पहला जवाब किसी एक टूल को कॉल करता है (छोटे मॉडल अक्सर कहने पर ही टूल कॉल करते हैं)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>टूल ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>इस चैट के लिए %n में से {used} टूल सर्वर चालू</numerusform>
                <numerusform>इस चैट के लिए %n में से {used} टूल सर्वर चालू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>टूल मॉडल को MCP सर्वरों (Model Context Protocol) के ज़रिए जानकारी खोजने और आपके लिए काम करने देते हैं, वही सर्वर जिनका उपयोग Claude Desktop, LM Studio और Cursor करते हैं। हर टूल चलने से पहले आपसे पूछता है, और दिखाता है कि उसे क्या दिया गया और उसने क्या लौटाया।</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>ऑफ़लाइन मोड नेटवर्क से पहुँचे जाने वाले सर्वरों को रोकता है, सिवाय इस कंप्यूटर पर चलने वालों के (localhost)। जिन सर्वरों को Hearth प्रोग्राम के रूप में शुरू करता है, वे केवल तब चलते हैं जब किसी चैट को उनकी ज़रूरत हो।</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>आयात करें…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>MCP सर्वर आयात करें</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>किसी दूसरे ऐप के MCP कॉन्फ़िगरेशन से सर्वर जोड़ें</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>MCP सर्वर</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Hearth अपने सर्वर {file} में रखता है।</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>अभी कोई MCP सर्वर नहीं: किसी दूसरे ऐप के सर्वर आयात करें, या उन्हें नीचे दी गई फ़ाइल में जोड़ें।</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} आयात किया जा रहा है…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>फ़ाइल से…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>{app} से</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>MCP कॉन्फ़िगरेशन (*.json);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>{servers} जोड़े गए।</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>कोई सर्वर नहीं जोड़ा गया।</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>चैट मॉडल के कॉन्टेक्स्ट ({n_ctx} टोकन) से लंबी है: सबसे पुराना %n संदेश इस जवाब से बाहर रखा गया। सिस्टम प्रॉम्प्ट रखा गया।</numerusform>
                <numerusform>चैट मॉडल के कॉन्टेक्स्ट ({n_ctx} टोकन) से लंबी है: सबसे पुराने %n संदेश इस जवाब से बाहर रखे गए। सिस्टम प्रॉम्प्ट रखा गया।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>एक फ़ाइल पढ़ी नहीं जा सकी: {reason}।</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} पढ़ी नहीं जा सकी: {reason}।</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>नवीनतम संदेश तक स्क्रॉल करें</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>इनमें से कोई आज़माएँ</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>मॉडल मैनेजर खोलें: इस कंप्यूटर की मेमोरी में समाने वाले मॉडल चिह्नित हैं</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>सब कुछ इसी कंप्यूटर पर चलता है: आप जो लिखते हैं वह यहीं रहता है।</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>{model} लोड हो रहा है…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>लोड हो रहा है…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>अभी चुना गया प्रॉम्प्ट संदेश बॉक्स में प्रतीक्षा करेगा।</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>अभी कोई मॉडल नहीं</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>इंजन अभी शुरू नहीं हुआ है: llama.cpp कैसे बना था यह देखने के लिए कोई मॉडल लोड करें।</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (फ़ोकस वाली सूची में)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (फ़ोकस वाले फ़ील्ड में)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>कोई सिस्टम कीचेन उपलब्ध नहीं है, इसलिए API कुंजी केवल Hearth बंद होने तक रखी जाती है; अगली बार क्लाइंट को नई कुंजी चाहिए होगी।</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>पूरा हुआ</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>लंबाई सीमा</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>स्टॉप स्ट्रिंग</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>कॉन्टेक्स्ट भरा</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>रोका गया</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>त्रुटि</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>{host} पर उपलब्ध कराने से दूसरे कंप्यूटर मॉडल का उपयोग कर सकते हैं, इसलिए API कुंजी चाहिए: नीचे एक बनाएँ, या 127.0.0.1 पर उपलब्ध कराएँ।</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>लोड किया गया मॉडल चित्र नहीं पढ़ सकता ({names})। विज़न वाला मॉडल लोड करें, या संदेश भेजने के लिए चित्र हटाएँ।</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>{name} ऐसा चित्र नहीं है जिसे Hearth पढ़ सके।</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} टोकन · {rate} tok/s · पहला टोकन {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} टोकन · {rate} tok/s · {kept}% ड्राफ़्ट स्वीकार · पहला टोकन {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>चैट पढ़ी जा रही है…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>रोका गया</translation>
        </message>
        <message>
            <source>error</source>
            <translation>त्रुटि</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>बाधित – लिखते समय ऐप बंद हो गया</translation>
        </message>
        <message>
            <source>You</source>
            <translation>आप</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>असिस्टेंट</translation>
        </message>
        <message>
            <source>System</source>
            <translation>सिस्टम</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>सर्वरों से उनके मॉडल पूछे जा रहे हैं…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>अभी कोई कनेक्शन नहीं: नीचे एक जोड़ें।</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>आज</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>कल</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>पिछले 7 दिन</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>पिछले 30 दिन</translation>
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
            <translation>Hearth ऑफ़लाइन मोड में है, इसलिए {host} से कनेक्शन “{name}” रोका गया है: केवल इसी कंप्यूटर (localhost) के सर्वर इस्तेमाल किए जा सकते हैं। इसका उपयोग करने के लिए सेटिंग्स में ऑफ़लाइन मोड बंद करें।</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>सिस्टम प्रॉम्प्ट के साथ आपका संदेश {tokens:,} टोकन लंबा है; मॉडल का कॉन्टेक्स्ट {n_ctx:,} रखता है। इसे छोटा करें, या मॉडल को बड़े कॉन्टेक्स्ट के साथ लोड करें।</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>जोड़े गए दस्तावेज़ इस चैट के कॉन्टेक्स्ट में बची जगह में नहीं आते, कुछ अंशों के रूप में भी नहीं; नई चैट शुरू करें या मॉडल को बड़े कॉन्टेक्स्ट के साथ लोड करें।</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>कोई एम्बेडिंग मॉडल नहीं</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{ctx:,} टोकन के कॉन्टेक्स्ट के साथ GPU पर आ जाएगा: लगभग {total} (अनुमान)।</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{n} में से {layers} लेयर GPU पर और बाकी RAM में रखकर, {ctx:,} टोकन के कॉन्टेक्स्ट के साथ आ जाएगा: लगभग {total} (अनुमान)।</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>{ctx:,} टोकन के कॉन्टेक्स्ट के साथ RAM में आ जाएगा: लगभग {total} (अनुमान)।</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>{ctx:,} टोकन के कॉन्टेक्स्ट के साथ लगभग {total} चाहिए, जो ख़ाली मेमोरी से ज़्यादा है; {max_ctx:,} टोकन का कॉन्टेक्स्ट आ जाएगा (अनुमान)।</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>लगभग {total} चाहिए, जो इस कंप्यूटर की ख़ाली मेमोरी से ज़्यादा है (अनुमान)।</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>f16 कैश के साथ लगभग {f16:,} टोकन का कॉन्टेक्स्ट आता है, q8_0 के साथ {q8_0:,}, q4_0 के साथ {q4_0:,} (अनुमान)।</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>इसका पूरा प्रशिक्षित कॉन्टेक्स्ट, {ctx:,} टोकन, किसी भी कैश प्रकार के साथ आ जाता है (अनुमान)।</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>यह मॉडल अपना {part} कैश {type} के रूप में नहीं रख सकता: इसके अटेंशन हेड {length} मान लंबे हैं, जो {block} का गुणज नहीं है। इसके लिए f16 चुनें।</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>डिस्क भर गई है</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>फ़ोल्डर केवल पढ़ने के लिए है</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>कोई दूसरा प्रोग्राम इतिहास फ़ाइल का उपयोग कर रहा है</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>इतिहास फ़ाइल क्षतिग्रस्त है</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>डिस्क ने एक त्रुटि बताई</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>डेटाबेस ने एक त्रुटि बताई</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>इतिहास फ़ाइल खोली नहीं जा सकी</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Hearth अपना इतिहास नहीं खोल सका: {why}।</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Hearth अपना इतिहास नहीं पढ़ सका: {why}।</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Hearth अपने इतिहास में सहेज नहीं सका: {why}।</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Hearth अपना इतिहास अपग्रेड नहीं कर सका: {why}।</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Hearth अपना इतिहास अपग्रेड नहीं कर सका: {why}; आपकी चैट नहीं बदली गईं।</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Hearth {name} नहीं लिख सका: {why}।</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Hearth अपना इतिहास नहीं खोल सका: इसका फ़ोल्डर ऐसी डिस्क पर है जो इसे सुरक्षित रूप से नहीं रख सकती (नेटवर्क ड्राइव?)।</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>यह इतिहास Hearth के नए संस्करण ने लिखा था; इसे खोलने के लिए Hearth अपडेट करें।</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>हब तक नहीं पहुँचा जा सकता: नेटवर्क जाँचें, या Hearth को ऑफ़लाइन इस्तेमाल करें।</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Hearth ऑफ़लाइन है: जब तक आप ऑफ़लाइन मोड बंद नहीं करते, हब से संपर्क नहीं किया जाता।</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>छोटा और तेज़: Hearth आज़माने और शब्दों से खेलने के लिए अच्छा, तथ्यों के लिए नहीं।</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>इस कंप्यूटर पर एक मॉडल। यह किसमें अच्छा है, यह देखने के लिए नीचे दिया कोई प्रॉम्प्ट आज़माएँ।</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>{delay:g} सेकंड में फिर से कोशिश की जाएगी: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>कई कोशिशों के बाद भी डाउनलोड विफल होता रहा: {why} अधूरी फ़ाइल रखी गई है; इसे बाद में फिर से शुरू करें।</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>कोई सिस्टम कीचेन उपलब्ध नहीं है, इसलिए आपका Hugging Face टोकन केवल Hearth बंद होने तक रखा जाएगा; अगली बार आपको इसे फिर से डालना होगा।</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>कोई मॉडल लोड नहीं है।</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>इंजन नहीं चल रहा है; इसे फिर से शुरू करें।</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>इंजन ने समय पर जवाब नहीं दिया और उसे रोक दिया गया।</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>अनुरोध पर इंजन बंद किया गया।</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>इंजन अचानक रुक गया। अब तक जो लिखा गया वह रखा गया है; अगले अनुरोध के साथ इंजन फिर से शुरू होगा।</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>इंजन अचानक रुक गया ({reason})। अब तक जो लिखा गया वह रखा गया है; अगले अनुरोध के साथ इंजन फिर से शुरू होगा।</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>{draft} {model} के लिए ड्राफ़्ट नहीं बना सकता: दोनों की शब्दावली अलग है।</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>जवाबों के ड्राफ़्ट {draft} से नहीं बनाए जाते। {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>इंजन इसे पढ़ नहीं सका।</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>इसके कॉन्टेक्स्ट के लिए मेमोरी नहीं थी।</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>मॉडल लोड नहीं हो सका: {reason}। हो सकता है फ़ाइल क्षतिग्रस्त हो, या इस Hearth के इंजन से नए इंजन के लिए बनी हो।</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>कोई एम्बेडिंग मॉडल सेट नहीं है: खोज केवल शब्दों का उपयोग करती है। सेटिंग्स → ज्ञान में कोई एक चुनें।</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>एम्बेडिंग मॉडल रुक गया ({name}: इंजन {reason}), इसलिए खोज केवल शब्दों का उपयोग करती है। सेटिंग्स → ज्ञान में कोई दूसरा एम्बेडर चुनें, या फिर से कोशिश करने के लिए Hearth को फिर से शुरू करें।</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>इस मॉडल को {n_ctx:,} टोकन के कॉन्टेक्स्ट के साथ लोड करने के लिए पर्याप्त मेमोरी नहीं है ({reason})। छोटा कॉन्टेक्स्ट या मॉडल चुनें, या दूसरे प्रोग्राम बंद करें।</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>इस मॉडल को {context:,} टोकन के कॉन्टेक्स्ट के साथ लोड करने के लिए पर्याप्त मेमोरी नहीं है: इसे लगभग {ram_needed} RAM चाहिए, और {ram_free} ख़ाली है। सबसे बड़ा कॉन्टेक्स्ट जो आता है वह {max_context:,} टोकन है: मॉडल को उतने या कम के साथ लोड करें (एक अनुमान)।</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>इस मॉडल को {context:,} टोकन के कॉन्टेक्स्ट के साथ लोड करने के लिए पर्याप्त मेमोरी नहीं है: इसे लगभग {ram_needed} RAM चाहिए, और {ram_free} ख़ाली है। छोटा कॉन्टेक्स्ट भी नहीं आता: दूसरे प्रोग्राम बंद करें, या छोटा मॉडल या क्वांटाइज़ेशन चुनें (एक अनुमान)।</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>इस मॉडल को {context:,} टोकन के कॉन्टेक्स्ट के साथ लोड करने के लिए पर्याप्त मेमोरी नहीं है: इसे लगभग {ram_needed} RAM और GPU पर {gpu_needed} चाहिए, और {ram_free} RAM और GPU पर {gpu_free} ख़ाली है। सबसे बड़ा कॉन्टेक्स्ट जो आता है वह {max_context:,} टोकन है: मॉडल को उतने या कम के साथ लोड करें (एक अनुमान)।</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>इस मॉडल को {context:,} टोकन के कॉन्टेक्स्ट के साथ लोड करने के लिए पर्याप्त मेमोरी नहीं है: इसे लगभग {ram_needed} RAM और GPU पर {gpu_needed} चाहिए, और {ram_free} RAM और GPU पर {gpu_free} ख़ाली है। छोटा कॉन्टेक्स्ट भी नहीं आता: दूसरे प्रोग्राम बंद करें, या छोटा मॉडल या क्वांटाइज़ेशन चुनें (एक अनुमान)।</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>लोड करना रद्द किया गया।</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>GPU पर लोड करना विफल रहा: {why}। इसके बजाय Hearth मॉडल को CPU पर {n_ctx:,} टोकन के कॉन्टेक्स्ट के साथ चलाता है।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>MCP सर्वर “{name}” शुरू नहीं हो सका: इसका फ़ोल्डर {cwd} मौजूद नहीं है।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>MCP सर्वर “{name}” शुरू नहीं हो सका: कमांड “{command}” नहीं मिली।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>MCP सर्वर “{name}” शुरू नहीं हो सका: कमांड “{command}” चलाने योग्य नहीं है।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>MCP सर्वर “{name}” ने {megabytes} MB से बड़ा संदेश भेजा और उसे रोक दिया गया।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>MCP सर्वर “{name}” ने ऐसा संदेश भेजा जो मान्य JSON-RPC नहीं है, और उसे रोक दिया गया।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>MCP सर्वर “{name}” ने क्रेडेंशियल अस्वीकार कर दिए (HTTP {status}); इसे दिए गए हेडर जाँचें।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>{url} पर MCP सर्वर “{name}” ने जवाब नहीं दिया: वहाँ कुछ भी नहीं चल रहा है।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>MCP सर्वर “{name}” ने {seconds:g} सेकंड में जवाब नहीं दिया।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>MCP सर्वर “{name}” ने {seconds:g} सेकंड में जवाब नहीं दिया; इसने ऐसी {lines} पंक्तियाँ लिखीं जो MCP संदेश नहीं हैं।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>MCP सर्वर “{name}” शुरू नहीं हो सका: {why}।</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>एग्ज़िट कोड {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>सिग्नल {signal} से बंद किया गया</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>MCP सर्वर “{name}” तुरंत बंद हो गया ({how})।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>MCP सर्वर “{name}” तुरंत बंद हो गया ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>MCP सर्वर “{name}” रुक गया ({how})।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>MCP सर्वर “{name}” रुक गया ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>MCP सर्वर “{name}” ने शुरू होते समय कनेक्शन बंद कर दिया।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>MCP सर्वर “{name}” ने शुरू होते समय कनेक्शन बंद कर दिया: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>MCP सर्वर “{name}” रुक गया।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>MCP सर्वर “{name}” रुक गया: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>MCP सर्वर “{name}” ने HTTP {status} के साथ जवाब दिया।</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>MCP सर्वर “{name}” विफल रहा: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>रोका गया।</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>मॉडल ने लगातार {rounds} बार अमान्य टूल कॉल किए; चैट वहीं रुक गई।</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>{rounds} राउंड के बाद भी मॉडल टूल कॉल कर रहा था; चैट वहीं रुक गई।</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>कनेक्ट हो रहा है</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>प्रतीक्षा में</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>फिर से कोशिश</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>जाँच हो रही है</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>कतार में</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>डाउनलोड हो रहा है</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>अटका हुआ</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>रोका गया</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>विफल</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>इंस्टॉल किया गया</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{total} में से {done}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>{duration} बाकी</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>यह संदेश भेजने के लिए बहुत लंबा है: सिस्टम प्रॉम्प्ट के साथ यह {tokens} टोकन है, और जवाब के लिए जगह रखने के बाद मॉडल का {n_ctx}-टोकन कॉन्टेक्स्ट {limit} टोकन रखता है। इसे छोटा करें, या बड़े कॉन्टेक्स्ट के साथ मॉडल लोड करें।</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>यह बदलाव सहेजने के लिए बहुत लंबा है: सिस्टम प्रॉम्प्ट के साथ यह {tokens} टोकन है, और जवाब के लिए जगह रखने के बाद मॉडल का {n_ctx}-टोकन कॉन्टेक्स्ट {limit} टोकन रखता है। इसे छोटा करें, या बड़े कॉन्टेक्स्ट के साथ मॉडल लोड करें।</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>सीड</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>एक ही सीड और पैरामीटर एक ही जवाब देते हैं; इसके बिना हर जवाब को नया रैंडम सीड मिलता है (जवाब के साथ दर्ज किया जाता है)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>स्टॉप स्ट्रिंग</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>जवाब वहाँ ख़त्म होता है जहाँ इनमें से कोई स्ट्रिंग आती (स्ट्रिंग ख़ुद नहीं दिखाई जाती)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>टेम्परेचर</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>हर चुनाव कितना साहसी हो: 0 हमेशा सबसे संभावित टोकन चुनता है</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>न्यूक्लियस सैंपलिंग: केवल वे सबसे संभावित टोकन जो मिलकर यह अनुपात बनाते हैं; 1 इसे बंद करता है</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>केवल K सबसे संभावित टोकन पर विचार होता है; 0 इसे बंद करता है</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>सबसे संभावित टोकन के इस अनुपात से कम संभावना वाले टोकन हटाएँ; 0 इसे बंद करता है</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>रिपीट पेनल्टी</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>हाल के टोकन की संभावना घटाता है, लूप से बचाने के लिए; 1 इसे बंद करता है</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>रिपीट विंडो</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>रिपीट पेनल्टी कितने हाल के टोकन पीछे तक देखती है</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>पूरा कॉन्टेक्स्ट</translation>
        </message>
        <message>
            <source>off</source>
            <translation>बंद</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>अधिकतम टोकन</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>सबसे लंबा जवाब, टोकन में</translation>
        </message>
        <message>
            <source>context</source>
            <translation>कॉन्टेक्स्ट</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>टोकन में कॉन्टेक्स्ट की लंबाई, अधिकतम मॉडल का प्रशिक्षित कॉन्टेक्स्ट</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>मॉडल की अपनी लंबाई</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>थ्रेड</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>CPU थ्रेड (डिफ़ॉल्ट: हर फ़िज़िकल कोर के लिए एक)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>GPU लेयर</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>हर लेयर</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>K कैश प्रकार</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>अटेंशन कुंजियाँ कैसे रखी जाती हैं: q8_0 और q4_0 उतनी ही मेमोरी में ज़्यादा कॉन्टेक्स्ट रखते हैं, गुणवत्ता में थोड़ी कमी के साथ</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>V कैश प्रकार</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>अटेंशन मान कैसे रखे जाते हैं: q8_0 और q4_0 उतनी ही मेमोरी में ज़्यादा कॉन्टेक्स्ट रखते हैं (इनके लिए flash attention चाहिए)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>स्पेक्युलेटिव डिकोडिंग</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>कई टोकन का पहले से अनुमान लगाना और उन्हें एक ही चरण में जाँचना: वही जवाब, और टेक्स्ट दोहराए जाने पर तेज़; ऑटो इसे वहाँ उपयोग करता है जहाँ यह इस कंप्यूटर पर तेज़ मापा गया</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>GPU पर समाता है</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>बँटकर समाता है</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>CPU पर समाता है</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>नहीं समाएगा</translation>
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
            <translation>{total}, {free} ख़ाली</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>मेमोरी की जानकारी नहीं</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (सिस्टम RAM के साथ साझा)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (Metal वर्किंग सेट)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>{source} से; ड्राइवर {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>{source} से</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>इंटीग्रेटेड GPU</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>एक्सेलेरेटर</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>चैट</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>कोई नहीं (केवल शब्द)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>फ़ोल्डर</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>फ़ाइलें</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>अंश</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>त्रुटियाँ</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>हब से डाउनलोड किया गया</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>जहाँ है वहीं से उपयोग</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>आपके किसी मॉडल फ़ोल्डर में</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>बिल्ट-इन</translation>
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
            <translation>कभी नहीं</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>आज {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>प्रति मान 16 बिट: पूरे आकार का कैश।</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>प्रति मान 8 बिट: f16 की लगभग आधी मेमोरी, लगभग वही जवाब।</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>प्रति मान 4 बिट: f16 की लगभग एक-चौथाई मेमोरी; जवाब थोड़े बदल सकते हैं।</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>ऑटो</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>चालू</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>बंद</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}। मॉडल फिर से लोड होने पर लागू होता है।</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>समान शब्दावली वाला एक छोटा मॉडल जो इस मॉडल के लिए कुछ टोकन का पहले से अनुमान लगाता है: वही जवाब, जल्दी। Hearth आपकी लाइब्रेरी के मेल खाने वाले मॉडल दिखाता है। मॉडल फिर से लोड होने पर लागू होता है।</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>ड्राफ़्ट मॉडल</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>कोई नहीं</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>सिस्टम के अनुसार</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>लाइट</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>डार्क</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>हाई कॉन्ट्रास्ट</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>कुछ गलत हो गया: {error}। विवरण लॉग में है।</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (बदला गया)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>सैंपलिंग पैरामीटर के सहेजे गए सेट। “(बदला गया)”: कोई मान प्रीसेट से अलग है।</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} हर पंक्ति में एक; किसी एक के अंदर नई पंक्ति के लिए \n लिखें (उदाहरण के लिए \nUser:), टैब के लिए \t और बैकस्लैश के लिए \\।</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>निर्देश जो मॉडल चैट से पहले देखता है। हमेशा रखे जाते हैं, तब भी जब कॉन्टेक्स्ट में समाने के लिए पुराने संदेश बाहर रखे जाते हैं।</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>मॉडल एक बार में कितने टोकन देख सकता है: चैट और जवाब। बड़ा मान ज़्यादा मेमोरी लेता है। मॉडल फिर से लोड होने पर लागू होता है।</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>इंजन के लिए CPU थ्रेड। ऑटो (सबसे कम मान) हर फ़िज़िकल कोर के लिए एक है। मॉडल फिर से लोड होने पर लागू होता है।</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>मॉडल की कितनी लेयर GPU पर चलती हैं: 0 केवल CPU पर चलाता है, सबसे आख़िरी मान हर लेयर वहाँ रखता है। मॉडल फिर से लोड होने पर लागू होता है।</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Hearth को मॉडल के आकार और GPU व RAM में ख़ाली मेमोरी के आधार पर GPU लेयर चुनने दें (एक अनुमान)। ख़ुद चुनने के लिए निशान हटाएँ।</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>top-p बंद करने के लिए निशान हटाएँ।</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>हर जवाब के लिए नए रैंडम सीड के लिए निशान हटाएँ।</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>{low} से ज़्यादा और अधिकतम {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>{low} और {high} के बीच</translation>
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
            <translation>{special}, या {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}।</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}। अनुमत: {range}।</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (केवल CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>सभी {n}</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>सभी</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>{total} में से {used}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>बिल्ट-इन प्रीसेट Hearth के साथ आते हैं और उनका नाम बदला या उन्हें हटाया नहीं जा सकता।</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>संतुलित</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>सटीक</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>रचनात्मक</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>सीड ट्यूटोरियल</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>मॉडल ने अपना जवाब पूरा किया</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>यह जवाब की टोकन सीमा तक पहुँच गया</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>स्टॉप टेक्स्ट आया</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>कॉन्टेक्स्ट भर गया था</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>आपने इसे रोका</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>एक त्रुटि ने इसे रोका</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>ऐसा कारण जिसे Hearth का यह संस्करण नहीं जानता</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>रखा नहीं गया</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>टेम्परेचर {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>top-p बंद</translation>
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
            <translation>रिपीट पेनल्टी {value} (अंतिम {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>अधिकतम {count} टोकन</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>{texts} पर रुकें</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>कनेक्शन {connection} पर {model}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>ज्ञात नहीं</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>चैट फ़ॉर्मैट</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>सैंपलिंग</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>सीड</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>रुकने का कारण</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>यह पूरा नहीं हुआ</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>प्रॉम्प्ट में {prompt} ({reused} कैश से) · {written} लिखे गए</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>प्रॉम्प्ट में {prompt} · {written} लिखे गए</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>लिखना {rate} tok/s · प्रॉम्प्ट पढ़ना {read} tok/s · पहला टोकन {ttft} ms के बाद · कुल {total} s</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>टोकन</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>गति</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>sha256 ज्ञात नहीं</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>यह जवाब {old} ({old_sha}) ने लिखा था; अभी लोड किया गया मॉडल {new} ({new_sha}) है, इसलिए नया जवाब वैसा नहीं होगा।</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>दूसरा मॉडल</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>यह मॉडल प्रतिबंधित है: हब पर इसके पेज पर इसका लाइसेंस स्वीकार करें (अपने Hugging Face खाते में साइन इन करके), फिर सेटिंग्स में उस खाते का टोकन जोड़ें।</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>इसकी फ़ाइलें देखने के लिए सूची में कोई मॉडल चुनें।</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Hearth के ऑफ़लाइन रहते इसकी फ़ाइलें सूचीबद्ध नहीं हो सकतीं: हब तक पहुँच होते ही वे यहाँ डाउनलोड के लिए तैयार दिखेंगी।</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>{table} के कॉलम</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>कॉन्टेक्स्ट %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>एक JSON स्कीमा जिसका हर जवाब को पालन करना होगा: तब मॉडल केवल उसके अनुसार मान्य JSON लिख सकता है (llama.cpp का ग्रामर), और जवाब ख़त्म होने पर उसकी जाँच होती है। मुक्त टेक्स्ट के लिए ख़ाली छोड़ें। Hearth बंद होने तक रखा जाता है।</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>ख़ाली: मुक्त टेक्स्ट। उदाहरण के लिए {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>स्कीमा {n} अक्षरों से लंबी है। इसके ठीक होने तक जवाब मुक्त टेक्स्ट रहेंगे।</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>यह JSON नहीं है ({reason}, पंक्ति {line}, कॉलम {column})। इसके ठीक होने तक जवाब मुक्त टेक्स्ट रहेंगे।</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>यह JSON नहीं है ({reason})। इसके ठीक होने तक जवाब मुक्त टेक्स्ट रहेंगे।</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>स्कीमा एक JSON ऑब्जेक्ट होता है, जैसे {example}। इसके ठीक होने तक जवाब मुक्त टेक्स्ट रहेंगे।</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ सुझाया गया</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>GPU की मेमोरी में समाता है: इसे चलाने का सबसे तेज़ तरीका।</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>कुछ हिस्सा GPU पर, बाकी RAM में: यह चलता है, पर पूरी तरह GPU पर चलने से धीमा।</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>इस कंप्यूटर की RAM में समाता है और CPU पर चलता है।</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>इस कंप्यूटर की ख़ाली मेमोरी के लिए बहुत बड़ा: यह लोड नहीं होगा, या बहुत धीरे चलेगा।</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>पैरामीटर</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>आकार</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>फ़िट</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>लाइसेंस</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ इंस्टॉल है</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>लगभग {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>रिपॉज़िटरी</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>डाउनलोड</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>पसंद</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>अपडेट किया गया</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>पहुँच</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>प्रतिबंधित</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>खुला</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>डाउनलोड करने के लिए हब पर लाइसेंस स्वीकार करें और सेटिंग्स में अपना टोकन जोड़ें।</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>क्वांटाइज़ेशन</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln भाग)</numerusform>
                <numerusform>{name} (%Ln भाग)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>सबसे अच्छी गुणवत्ता जो इस कंप्यूटर की मेमोरी में आराम से समाती है।</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>{model} मॉडल + {projector} विज़न प्रोजेक्टर</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>कोई भी ख़ाली पोर्ट</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: केवल इस कंप्यूटर के प्रोग्राम कनेक्ट कर सकते हैं। कोई भी दूसरा पता (हर नेटवर्क के लिए 0.0.0.0) दूसरे कंप्यूटरों को आने देता है, और उसके लिए API कुंजी चाहिए।</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>सर्वर बंद है।</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>{model} उपलब्ध कराया जा रहा है।</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>कोई मॉडल लोड नहीं है: जब तक चैट कोई मॉडल लोड नहीं करती, अनुरोधों को त्रुटि मिलेगी।</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>चैट का जवाब मॉडल का उपयोग कर रहा है; %n अनुरोध प्रतीक्षा में है।</numerusform>
                <numerusform>चैट का जवाब मॉडल का उपयोग कर रहा है; %n अनुरोध प्रतीक्षा में हैं।</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>चैट का जवाब मॉडल का उपयोग कर रहा है।</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>एक अनुरोध का जवाब दिया जा रहा है; {n} प्रतीक्षा में।</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>एक अनुरोध का जवाब दिया जा रहा है।</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>निष्क्रिय, {n} प्रतीक्षा में।</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>निष्क्रिय।</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>चैट प्रतीक्षा कर रहे अनुरोधों से पहले आती है।</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Enter से भेजें (Shift+Enter से नई पंक्ति)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Ctrl+Enter से भेजें (Enter से नई पंक्ति)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>सिस्टम के अनुसार</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>लाइट</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>डार्क</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>हाई कॉन्ट्रास्ट</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>चैट</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>लॉग</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>डाउनलोड किए गए मॉडल</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>टोकन से Hearth ऐसे प्रतिबंधित मॉडल डाउनलोड कर सकता है जिनका लाइसेंस आपने हब पर स्वीकार किया है। huggingface.co/settings/tokens पर एक read टोकन बनाएँ। यह आपके सिस्टम की कीचेन में रखा जाता है (या, कीचेन न होने पर, Hearth बंद होने तक मेमोरी में), कभी भी Hearth की फ़ाइलों या लॉग में नहीं।</translation>
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
            <translation>निम्न</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>मध्यम</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>उच्च</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>{s} सेकंड</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>{m} मिनट {s} सेकंड</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>सोच रहा है… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>सोच रहा है…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>विचार</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>एक सेकंड से कम सोचा</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>{time} सोचा</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>पूरा हुआ</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>{ms} ms में पूरा हुआ</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>विफल</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>{ms} ms में विफल</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>लिखा जा रहा है…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>नहीं चला</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>चलाने की अनुमति माँगता है</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>चल रहा है…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>अस्वीकृत</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>कॉल विफल रही।</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>आपने यह कॉल अस्वीकार की; मॉडल को यह बताया गया है।</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>इसे चलाएँ?</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>मॉडल से पहले किसी टूल को कॉल करवाएँ</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>सर्वरों की सूची पढ़ी जा रही है…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>यह सर्वर कोई टूल नहीं देता।</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>विज़न</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>चित्र पढ़ता है: मॉडल के साथ एक विज़न प्रोजेक्टर (mmproj, {size}) डाउनलोड करता है</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>चित्र पढ़ता है: मॉडल के साथ अपना विज़न प्रोजेक्टर (mmproj, {size}) लोड करता है</translation>
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
            <translation>समुद्र पर एक छोटी कविता लिखो</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>एक स्लेटी बिल्ली के बच्चे के लिए पाँच नाम सुझाओ</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>एक रोबोट के बारे में सोने से पहले की कहानी सुनाओ जो बेक करना सीखता है</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>इसे और विनम्रता से दोबारा लिखो: मुझे रिपोर्ट अभी भेजो</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>ऊपर वाली पट्टी में कोई मॉडल चुनें, या नीचे इस कंप्यूटर के लिए उपयुक्त कोई मॉडल खोजें।</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>इस कंप्यूटर के लिए बेहतर मॉडल खोजें</translation>
        </message>
    </context>
</TS>
