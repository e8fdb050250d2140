<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>⟦Åƀöûţ Ĥéåŕţĥ····⟧</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>⟦Ţĥé šýšţéɱ ķéýçĥåîñ ŕéƒûšéđ ţö ŕéåđ ţĥé ÅÞÎ ķéý, šö îţ îš ķéþţ öñļý ûñţîļ Ĥéåŕţĥ çļöšéš.····························⟧</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>⟦Ţĥé šýšţéɱ ķéýçĥåîñ ŕéƒûšéđ ţö šåṽé ţĥé ÅÞÎ ķéý, šö îţ îš ķéþţ öñļý ûñţîļ Ĥéåŕţĥ çļöšéš.····························⟧</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>⟦Ţĥé šýšţéɱ ķéýçĥåîñ ŕéƒûšéđ ţö đéļéţé ţĥé ÅÞÎ ķéý, šö îţ îš ķéþţ öñļý ûñţîļ Ĥéåŕţĥ çļöšéš.·····························⟧</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ ļîšţéñ öñ {host} þöŕţ {port}: åñöţĥéŕ þŕöĝŕåɱ ɱåý ƀé ûšîñĝ ţĥåţ þöŕţ; çĥööšé åñöţĥéŕ.································⟧</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>⟦Ŵåîţîñĝ ƒöŕ åñ ÅÞÎ ŕéǫûéšţ ţö ƒîñîšĥ…············⟧</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>⟦Ṁöđéļš··⟧</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>⟦Ƒîñđ, đöŵñļöåđ åñđ ɱåñåĝé ɱöđéļš···········⟧</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>⟦Ĥåŕđŵåŕé···⟧</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>⟦Ţĥîš çöɱþûţéŕ'š þŕöçéššöŕ, ɱéɱöŕý åñđ ĜÞÛš, åñđ ŵĥåţ ţĥé éñĝîñé çåñ ûšé·······················⟧</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>⟦Šéŕṽéŕ··⟧</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>⟦Šéŕṽé ţĥé çĥåţ'š ɱöđéļ ţö öţĥéŕ þŕöĝŕåɱš öṽéŕ åñ ÖþéñÅÎ-çöɱþåţîƀļé ÅÞÎ·······················⟧</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>⟦Ţööļš··⟧</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>⟦ṀÇÞ šéŕṽéŕš: ţĥé ţööļš å ɱöđéļ ɱåý ûšé, éåçĥ åšķîñĝ ƀéƒöŕé îţ ŕûñš·····················⟧</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>⟦Šéţţîñĝš···⟧</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>⟦Þŕéƒéŕéñçéš: çĥåţ, åþþéåŕåñçé, ɱöđéļ ƒöļđéŕš, ñéţŵöŕķ åñđ đåţå····················⟧</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>⟦Šåṽîñĝ ƀéƒöŕé Ĥéåŕţĥ çļöšéš…··········⟧</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>⟦Ţĥé ĥîšţöŕý îš ñöţ šåṽéđ.········⟧</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>⟦Ĥéåŕţĥ ĥåš ñöţ šåṽéđ éṽéŕýţĥîñĝ···········⟧</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>⟦{problem}, šö ŵĥåţ ýöû šéé îš ñöţ šåṽéđ ýéţ (%n çĥåñĝé(š)). Ƒŕéé šöɱé šþåçé öŕ çļöšé ţĥé þŕöĝŕåɱ ûšîñĝ ţĥé ĥîšţöŕý, åñđ Ĥéåŕţĥ šåṽéš îţ åñđ çļöšéš.············································⟧</numerusform>
                <numerusform>⟦{problem}, šö ŵĥåţ ýöû šéé îš ñöţ šåṽéđ ýéţ (%n çĥåñĝé(š)). Ƒŕéé šöɱé šþåçé öŕ çļöšé ţĥé þŕöĝŕåɱ ûšîñĝ ţĥé ĥîšţöŕý, åñđ Ĥéåŕţĥ šåṽéš îţ åñđ çļöšéš.············································⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>⟦Ķééþ Ĥéåŕţĥ öþéñ······⟧</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>⟦Ǫûîţ ŵîţĥöûţ šåṽîñĝ·······⟧</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>⟦Ĥéåŕţĥ ķééþš ţŕýîñĝ ţö šåṽé.·········⟧</translation>
        </message>
    </context>
    <context>
        <name>AttachmentChip</name>
        <message>
            <source>{name} ({size})</source>
            <translation>⟦{name} ({size})···⟧</translation>
        </message>
        <message>
            <source>Attachment {name}, {size}</source>
            <translation>⟦Åţţåçĥɱéñţ {name}, {size}·······⟧</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>⟦Ŕéɱöṽé {name}····⟧</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>⟦Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ: {error}·········⟧</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>⟦Đîšɱîšš···⟧</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>⟦Đîšɱîšš ɱéššåĝé······⟧</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>⟦Ĥîđéš ţĥîš ɱéššåĝé······⟧</translation>
        </message>
    </context>
    <context>
        <name>CacheSettings</name>
        <message>
            <source> GB</source>
            <comment>size unit, after the number</comment>
            <translation>⟦ ĜƁ·⟧</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>no conversation states are saved</comment>
            <translation>⟦Öƒƒ·⟧</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>⟦Ţĥé ɱöšţ đîšķ šþåçé šåṽéđ çöñṽéŕšåţîöñ šţåţéš ɱåý ţåķé; Öƒƒ šåṽéš ñöñé·······················⟧</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>⟦Çöñṽéŕšåţîöñ çåçĥé šîžé········⟧</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>⟦Çļéåŕ çåçĥé····⟧</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>⟦Çļéåŕ ţĥé çöñṽéŕšåţîöñ çåçĥé··········⟧</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>⟦Đéļéţé éṽéŕý šåṽéđ çöñṽéŕšåţîöñ šţåţé (ýöûŕ çöñṽéŕšåţîöñš šţåý)······················⟧</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>⟦Đîšķ šþåçé····⟧</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>⟦Îñ ûšé··⟧</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>⟦Ŕéþļîéš ţö å çöñṽéŕšåţîöñ ýöû ŕéöþéñ šţåŕţ åţ öñçé, ƀéçåûšé ţĥé éñĝîñé šåṽéš îţš šţåţé öñ ţĥîš çöɱþûţéŕ; ţĥîš çåþš ţĥé đîšķ šþåçé îţ ţåķéš, åñđ ţĥé ļéåšţ ŕéçéñţļý ûšéđ çöñṽéŕšåţîöñš ĝö ƒîŕšţ.······························································⟧</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>⟦Çöûñţîñĝ…···⟧</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>⟦Çļéåŕîñĝ…···⟧</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>⟦Çöñṽéŕšåţîöñ·····⟧</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>⟦Ţĥé ɱéššåĝéš, ñéŵéšţ ļåšţ; Ûþ åñđ Đöŵñ ɱöṽé ƒŕöɱ ɱéššåĝé ţö ɱéššåĝé······················⟧</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>⟦Ţĥé ŕéþļý ƒåîļéđ: {text}·······⟧</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>⟦Ţĥé ŕéþļý ƒåîļéđ.······⟧</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>⟦Åţţåçĥ ƒîļéš (öŕ đŕöþ ţĥéɱ ĥéŕé, öŕ þåšţé)·············⟧</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>⟦Åţţåçĥ ƒîļéš öŕ îɱåĝéš: ţĥé ļöåđéđ ɱöđéļ ŕéåđš îɱåĝéš (öŕ đŕöþ ţĥéɱ ĥéŕé, öŕ þåšţé)··························⟧</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>⟦Öñ: ŕéþļîéš ûšé þåššåĝéš ƒŕöɱ ýöûŕ ķñöŵļéđĝé ƒöļđéŕš··················⟧</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>⟦Öƒƒ: ŕéþļîéš đö ñöţ šéåŕçĥ ýöûŕ ķñöŵļéđĝé ƒöļđéŕš················⟧</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>⟦Šéñđ··⟧</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>⟦Åţţåçĥ··⟧</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>⟦Åţţåçĥ ƒîļéš····⟧</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>⟦Ķñöŵļéđĝé····⟧</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>⟦Åñšŵéŕ ƒŕöɱ ţĥé ķñöŵļéđĝé ƒöļđéŕš············⟧</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>⟦Ṁéššåĝé ţĥé ɱöđéļ ({send} šéñđš, {newline} ƒöŕ å ñéŵ ļîñé)·················⟧</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>⟦Ṁéššåĝé···⟧</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>⟦Šţöþ··⟧</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>⟦Šţöþ ţĥé ŕéþļý (Éšç)······⟧</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>⟦Šéñđ ({keys})···⟧</translation>
        </message>
        <message>
            <source>≈ {count} / {limit} tokens</source>
            <translation>⟦≈ {count} / {limit} ţöķéñš······⟧</translation>
        </message>
        <message>
            <source>{count} / {limit} tokens</source>
            <translation>⟦{count} / {limit} ţöķéñš······⟧</translation>
        </message>
        <message>
            <source>This message is too long to send, even with every older message left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>⟦Ţĥîš ɱéššåĝé îš ţöö ļöñĝ ţö šéñđ, éṽéñ ŵîţĥ éṽéŕý öļđéŕ ɱéššåĝé ļéƒţ öûţ. Ţĥé ɱöđéļ'š çöñţéẋţ ĥöļđš {n_ctx} ţöķéñš; {kept} åŕé ķéþţ ƒöŕ ţĥé ŕéþļý.············································⟧</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>⟦Ţĥé öļđéšţ ɱéššåĝéš ŵîļļ ƀé ļéƒţ öûţ öƒ ţĥé ñéẋţ ŕéþļý ţö ɱåķé ŕööɱ. Ţĥé ɱöđéļ'š çöñţéẋţ ĥöļđš {n_ctx} ţöķéñš; {kept} åŕé ķéþţ ƒöŕ ţĥé ŕéþļý.···········································⟧</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>⟦{left} ţöķéñš ļéƒţ ƀéƒöŕé öļđéŕ ɱéššåĝéš åŕé ļéƒţ öûţ. Ţĥé ɱöđéļ'š çöñţéẋţ ĥöļđš {n_ctx} ţöķéñš; {kept} åŕé ķéþţ ƒöŕ ţĥé ŕéþļý.······································⟧</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>⟦Åļļ ƒîļéš (*)···⟧</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>⟦Ţĥé þåšţéđ þîçţûŕé çöûļđ ñöţ ƀé šåṽéđ ţö åţţåçĥ îţ.················⟧</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>⟦Åđđ å ķñöŵļéđĝé ƒöļđéŕ îñ Šéţţîñĝš ţö åñšŵéŕ ƒŕöɱ ýöûŕ đöçûɱéñţš······················⟧</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>⟦Ļîšţîñĝ ƒåîļéđ.·····⟧</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>⟦Ţĥé šéŕṽéŕ åţ {url} ļîšţš ñö ɱöđéļš.···········⟧</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>⟦{model} ŕéþļîéđ îñ {total_ms} ɱš: ƒîŕšţ ţöķéñ åƒţéŕ {ttft_ms} ɱš, {tokens} ţöķéñš åţ {rate} ţöķéñš/š (“{reply}”).······························⟧</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>⟦“{name}” ŕéþļîéđ îñ {ms} ɱš ŵîţĥ ñö ɱöđéļš.············⟧</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>⟦“{name}” ŕéþļîéđ îñ {ms} ɱš ŵîţĥ 1 ɱöđéļ: {listed}.·············⟧</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>⟦“{name}” ŕéþļîéđ îñ {ms} ɱš ŵîţĥ %n ɱöđéļš: {listed} åñđ {more} ɱöŕé.··················⟧</numerusform>
                <numerusform>⟦“{name}” ŕéþļîéđ îñ {ms} ɱš ŵîţĥ %n ɱöđéļš: {listed} åñđ {more} ɱöŕé.··················⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>⟦“{name}” ŕéþļîéđ îñ {ms} ɱš ŵîţĥ %n ɱöđéļš: {listed}.··············⟧</numerusform>
                <numerusform>⟦“{name}” ŕéþļîéđ îñ {ms} ɱš ŵîţĥ %n ɱöđéļš: {listed}.··············⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>⟦Çĥåţ ŵîţĥ ɱöđéļš öñ åñöţĥéŕ ɱåçĥîñé öŕ šéŕṽéŕ: ļļåɱå-šéŕṽéŕ, ṽĻĻṀ, Öļļåɱå, ĻṀ Šţûđîö, åñöţĥéŕ Ĥéåŕţĥ, öŕ å ĥöšţéđ šéŕṽîçé (åñý šéŕṽéŕ ţĥåţ šþéåķš ţĥé ÖþéñÅÎ ÅÞÎ). Å çöññéçţîöñ'š ɱöđéļš åþþéåŕ îñ ţĥé ɱöđéļ þîçķéŕ ûñđéŕ îţš ñåɱé.········································································⟧</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>⟦Çöññéçţîöñ åñđ îţš ɱöđéļš·········⟧</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>⟦Åđđŕéšš···⟧</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>⟦Çöññéçţîöñš åñđ ţĥéîŕ ɱöđéļš··········⟧</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>⟦Çöññéçţîöñ çöļûɱñš·······⟧</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>⟦Ûšé ţĥîš ɱöđéļ·····⟧</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>⟦Çĥåţ ŵîţĥ ţĥé çĥöšéñ ɱöđéļ·········⟧</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>⟦Ţéšţ··⟧</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>⟦Ļîšţ ţĥé šéŕṽéŕ'š ɱöđéļš åñđ ţîɱé öñé šĥöŕţ ŕéþļý················⟧</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>⟦Ţéšţ ţĥé çöññéçţîöñ·······⟧</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>⟦Ŕéɱöṽé··⟧</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>⟦Ƒöŕĝéţ ţĥîš çöññéçţîöñ åñđ îţš ÅÞÎ ķéý·············⟧</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>⟦Ŕéɱöṽé ţĥé çöññéçţîöñ········⟧</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>⟦Ŕéƒŕéšĥ···⟧</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>⟦Åšķ éṽéŕý šéŕṽéŕ ƒöŕ îţš ɱöđéļš åĝåîñ············⟧</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>⟦Ŕéƒŕéšĥ ţĥé çöññéçţîöñš········⟧</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>⟦é.ĝ. {example}····⟧</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>⟦öþţîöñåļ: ķéþţ îñ ţĥé šýšţéɱ ķéýçĥåîñ, ñéṽéŕ îñ å ƒîļé·················⟧</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>⟦Åđđ çöññéçţîöñ·····⟧</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>⟦Åđđ å çöññéçţîöñ······⟧</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>⟦Ñåɱé··⟧</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>⟦ÅÞÎ ķéý··⟧</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>⟦Ţéšţîñĝ “{name}”: ļîšţîñĝ îţš ɱöđéļš åñđ ţîɱîñĝ öñé šĥöŕţ ŕéþļý…····················⟧</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>⟦Ŕéɱöṽîñĝ “{name}”…·····⟧</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>⟦Åđđîñĝ “{name}”…····⟧</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>⟦Îɱþöŕţéđ · {date}·····⟧</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>⟦Îɱþöŕţéđ···⟧</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>⟦Ļåšţ çĥåñĝéđ {when}······⟧</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>⟦Îɱþöŕţéđ ƒŕöɱ å ƒîļé·······⟧</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>⟦Ţĥé ĥîšţöŕý ƒîļé îš đåɱåĝéđ åñđ Ĥéåŕţĥ çöûļđ ñöţ ŕéþåîŕ îţ ({reason}). Ŵĥåţ çåñ ƀé ŕéåđ îš šĥöŵñ; ñéŵ çĥåţš åŕé ķéþţ îñ ɱéɱöŕý ûñţîļ ţĥé ƒîļé çåñ ƀé ŵŕîţţéñ.················································⟧</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>⟦Ṁöšţ đöŵñļöåđéđ······⟧</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>⟦Ṁöšţ ļîķéđ····⟧</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>⟦Ŕéçéñţļý ûþđåţéđ······⟧</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>⟦Šéåŕçĥ ţĥé ĥûƀ ƒöŕ ĜĜÛƑ ɱöđéļš (é.ĝ. ǫŵéñ, ļļåɱå 3.2)…··············⟧</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>⟦Šéåŕçĥ ţĥé ĥûƀ·····⟧</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>⟦Ƒîñđš ĜĜÛƑ ɱöđéļš öñ ţĥé ĥûƀ; ŵîţĥ ñö ŵöŕđš, ţĥé ŕéçöɱɱéñđéđ ɱöđéļš.······················⟧</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>⟦Šöŕţ ţĥé šéåŕçĥ ŕéšûļţš ƀý·········⟧</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>⟦Ŕéçöɱɱéñđéđ ɱöđéļš·······⟧</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>⟦Ṁöđéļš ƒöûñđ öñ ţĥé ĥûƀ········⟧</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>⟦Ŕéçöɱɱéñđéđ ɱöđéļš, šɱåļļ ţö ļåŕĝé: å ĝööđ þļåçé ţö šţåŕţ.··················⟧</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>⟦Šéåŕçĥîñĝ ţĥé ĥûƀ ƒöŕ “{query}”…·········⟧</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>⟦%Ln ĜĜÛƑ ŕéþöšîţöŕ(ý|îéš)········⟧</numerusform>
                <numerusform>⟦%Ln ĜĜÛƑ ŕéþöšîţöŕ(ý|îéš)········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>⟦Ñöţĥîñĝ öñ ţĥé ĥûƀ ɱåţçĥéš “{query}”; %Ln ŕéçöɱɱéñđéđ ɱöđéļ(š) (ɱåţçĥéš|ɱåţçĥ).·······················⟧</numerusform>
                <numerusform>⟦Ñöţĥîñĝ öñ ţĥé ĥûƀ ɱåţçĥéš “{query}”; %Ln ŕéçöɱɱéñđéđ ɱöđéļ(š) (ɱåţçĥéš|ɱåţçĥ).·······················⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>⟦Ñöţĥîñĝ öñ ţĥé ĥûƀ ɱåţçĥéš “{query}”.···········⟧</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>⟦%Ln ŕéçöɱɱéñđéđ ɱöđéļ(š) (ɱåţçĥéš|ɱåţçĥ) “{query}”.··············⟧</numerusform>
                <numerusform>⟦%Ln ŕéçöɱɱéñđéđ ɱöđéļ(š) (ɱåţçĥéš|ɱåţçĥ) “{query}”.··············⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>⟦Ñö ŕéçöɱɱéñđéđ ɱöđéļ ɱåţçĥéš “{query}”.············⟧</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>⟦Þåûšéđ: Ĥéåŕţĥ îš öƒƒļîñé. Îţ ŕéšûɱéš ŵĥéñ Ĥéåŕţĥ îš ƀåçķ öñļîñé.·····················⟧</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>⟦Ŵåîţîñĝ: Ĥéåŕţĥ îš öƒƒļîñé.·········⟧</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>⟦Þåûšéđ ŵĥéñ Ĥéåŕţĥ çļöšéđ: ŕéšûɱé ţö ƒîñîšĥ ţĥé đöŵñļöåđ.···················⟧</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>⟦Šţåļļéđ: ñö đåţå îš åŕŕîṽîñĝ. Ĥéåŕţĥ ķééþš ţŕýîñĝ.················⟧</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>⟦Çöññéçţîñĝ…····⟧</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>⟦Ţĥé đöŵñļöåđ çöûļđ ñöţ šţåŕţ: {error}············⟧</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>⟦Ţĥé đöŵñļöåđ ƒåîļéđ: {error}·········⟧</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>⟦Þåûšé··⟧</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>⟦Ŕéšûɱé··⟧</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>⟦Çåñçéļ··⟧</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>⟦Þŕöĝŕéšš öƒ {name}······⟧</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>⟦Þåûšé {name}····⟧</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>⟦Šţåļļéđ···⟧</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>⟦%p%·⟧</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>⟦Ŕéţŕý··⟧</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>⟦Ŕéţŕý {name}····⟧</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>⟦Ŕéšûɱé {name}····⟧</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>⟦Çļéåŕ··⟧</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>⟦Çļéåŕ {name}····⟧</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>⟦Çåñçéļ {name}····⟧</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>⟦Ŕéɱöṽé ƒŕöɱ ţĥîš ļîšţ (ţĥé ɱöđéļ šţåýš îñšţåļļéđ)················⟧</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>⟦Šţöþ åñđ đéļéţé ŵĥåţ ĥåš ƀééñ đöŵñļöåđéđ··············⟧</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>⟦Ñö đöŵñļöåđš ýéţ. Ṁöđéļš ýöû đöŵñļöåđ ƒŕöɱ Đîšçöṽéŕ šĥöŵ ûþ ĥéŕé.·····················⟧</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>⟦Çļöšé··⟧</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>⟦Çļöšé {title}····⟧</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>⟦Çļöšé ({key})···⟧</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>⟦{n} š·⟧</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>⟦{n} ɱîñ··⟧</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>⟦{h} ĥ {m} ɱîñ··⟧</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>⟦Ṁöđéļš ƒŕöɱ öţĥéŕ åþþš········⟧</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>⟦Ţĥéšé ɱöđéļ ƒîļéš ŵéŕé đöŵñļöåđéđ ƀý öţĥéŕ åþþš. Ĥéåŕţĥ çåñ ûšé ţĥéɱ ŵĥéŕé ţĥéý åŕé: ñöţĥîñĝ îš çöþîéđ öŕ đöŵñļöåđéđ åĝåîñ.········································⟧</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>⟦Ţîçķ ţĥé ɱöđéļš ţö ûšé; Šþåçé ţîçķš öŕ ûñţîçķš ţĥé çûŕŕéñţ öñé.····················⟧</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>⟦{name}  ·  {app}  ·  {size}····⟧</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>⟦Ûšé ţĥé ţîçķéđ ɱöđéļš·······⟧</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ ļööķ åţ ţĥîš çöɱþûţéŕ'š ĥåŕđŵåŕé: {reason}···················⟧</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>⟦Ţĥé éñĝîñé çöûļđ ñöţ ƀé åšķéđ ŵĥåţ îţ çåñ ûšé: {reason}·················⟧</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>⟦Ĥåŕđŵåŕé···⟧</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>⟦Çöþý ŕéþöŕţ····⟧</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>⟦Çöþý éṽéŕýţĥîñĝ öñ ţĥîš þåĝé åš ţéẋţ, é.ĝ. ƒöŕ å ƀûĝ ŕéþöŕţ.··················⟧</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>⟦Ŕéƒŕéšĥ···⟧</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>⟦Ļööķ åţ ţĥé ĥåŕđŵåŕé åñđ ţĥé éñĝîñé åĝåîñ.··············⟧</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>⟦Ţĥé ĜÞÛ îš ñöţ ûšéđ······⟧</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>⟦Çöþý çöɱɱåñđ····⟧</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>⟦Çöþý ţĥé çöɱɱåñđ, ţö þåšţé îţ îñţö å ţéŕɱîñåļ.··············⟧</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>⟦Ţĥîš çöɱþûţéŕ·····⟧</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>⟦Ĝŕåþĥîçš···⟧</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>⟦Éñĝîñé (ļļåɱå.çþþ)······⟧</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>⟦Ṽéŕšîöñ···⟧</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>⟦Đéṽîçéš···⟧</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>⟦Ĥöŵ Ĥéåŕţĥ ļööķéđ ƒöŕ ĝŕåþĥîçš çåŕđš············⟧</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>⟦Ŵöŕķéđ··⟧</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>⟦Đîđ ñöţ ŵöŕķ····⟧</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>⟦Ļööķîñĝ…···⟧</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>⟦Åšķîñĝ ţĥé éñĝîñé…······⟧</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>⟦Ļööķîñĝ åţ ţĥîš çöɱþûţéŕ åñđ ţĥé éñĝîñé…·············⟧</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>⟦ñöţ ŕéþöŕţéđ····⟧</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>⟦{cores} çöŕéš, {threads} ţĥŕéåđš··········⟧</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>⟦{total} îñ åļļ, {available} åṽåîļåƀļé···········⟧</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>⟦Ñö ĜÞÛ ŵåš ƒöûñđ öñ ţĥîš çöɱþûţéŕ: ɱöđéļš ŕûñ öñ ţĥé ÇÞÛ.··················⟧</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>⟦ñöñé ŕéþöŕţéđ·····⟧</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>⟦Ýéš: ţĥîš ƀûîļđ çåñ þûţ ļåýéŕš öñ ţĥé ĜÞÛ ({backends}).················⟧</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>⟦Ɓûîļţ ŵîţĥ {backends}, ƀûţ ñö ĜÞÛ đéṽîçé îš ṽîšîƀļé ţö îţ: ɱöđéļš ŕûñ öñ ţĥé ÇÞÛ.························⟧</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>⟦Ñö: ţĥîš éñĝîñé ƀûîļđ îš ÇÞÛ-öñļý, ɱöđéļš ŕûñ öñ ţĥé ÇÞÛ.·················⟧</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>⟦ñöñé··⟧</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>⟦Þŕöçéššöŕ····⟧</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>⟦Çöŕéš··⟧</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>⟦Ṁéɱöŕý (ŔÅṀ)····⟧</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>⟦Ɓåçķéñđš···⟧</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>⟦ĜÞÛ öƒƒļöåđ····⟧</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>⟦ÇÞÛ ƒéåţûŕéš····⟧</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>⟦Ɓûîļđ öþţîöñš·····⟧</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>⟦Šýšţéɱ îñƒö····⟧</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>⟦ĜÞÛš··⟧</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>⟦Éñĝîñé··⟧</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>⟦Éñĝîñé đéṽîçéš·····⟧</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>⟦ĜÞÛ çĥéçķš ţĥåţ ŵöŕķéđ········⟧</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>⟦ĜÞÛ çĥéçķš ţĥåţ đîđ ñöţ ŵöŕķ·········⟧</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>⟦Éṽéŕý çĥéçķ ŵöŕķéđ.······⟧</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>⟦Ñö çĥéçķ ŵöŕķéđ.·····⟧</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>⟦&amp;Ĥéļþ··⟧</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>⟦Ķéýƀöåŕđ šĥöŕţçûţš·······⟧</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>⟦Öþéñ ļöĝš ƒöļđéŕ······⟧</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>⟦Ĥéåŕţĥ'š ļöĝ ƒîļéš, îñ {folder}·········⟧</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>⟦Åƀöûţ Ĥéåŕţĥ····⟧</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>⟦{title} (çöþý)····⟧</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>⟦Ñéŵ çĥåţ···⟧</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>⟦Đûþļîçåţéđ åš “{title}”.·······⟧</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ đûþļîçåţé ţĥé çöñṽéŕšåţîöñ: {error}.·················⟧</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ éẋþöŕţ ţĥé çöñṽéŕšåţîöñ: {error}.················⟧</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ éẋþöŕţ ţĥé ĥîšţöŕý: {error}.··············⟧</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>⟦Îɱþöŕţéđ 1 çöñṽéŕšåţîöñ.········⟧</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>⟦Îɱþöŕţéđ %n çöñṽéŕšåţîöñš.·········⟧</numerusform>
                <numerusform>⟦Îɱþöŕţéđ %n çöñṽéŕšåţîöñš.·········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ îɱþöŕţ ţĥé ƒîļé: {error}.·············⟧</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>⟦Éẋþöŕţéđ ţö {name}.······⟧</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>⟦Ĥéåŕţĥ îš öƒƒļîñé (Šéţţîñĝš): ţĥé ĥûƀ îš ñöţ çöñţåçţéđ.·················⟧</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>⟦Ţĥé ĥûƀ çåññöţ ƀé ŕéåçĥéđ, šö Ĥéåŕţĥ ŵöŕķš öƒƒļîñé ƒöŕ ñöŵ: ýöûŕ ɱöđéļš åñđ çĥåţš šţîļļ ŵöŕķ. Ŕéţŕý ŵĥéñ ţĥé ñéţŵöŕķ îš ƀåçķ.········································⟧</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>⟦Ţĥé ĥûƀ šţîļļ çåññöţ ƀé ŕéåçĥéđ; Ĥéåŕţĥ šţåýš öƒƒļîñé.··················⟧</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>⟦Ţĥé ɱöđéļ çöûļđ ñöţ ƀé ļöåđéđ: {error}············⟧</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>⟦Ţĥé ĴŠÖÑ šçĥéɱå îš ñöţ åþþļîéđ ŵĥîļé ţööļš åŕé öñ ƒöŕ ţĥîš çĥåţ: šŵîţçĥ ţĥé ţööļš öƒƒ îñ ţĥé Ţööļš ɱéñû ţö ĝéţ å ŕéþļý îñ ţĥåţ šĥåþé.··········································⟧</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>⟦Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ ŵĥîļé åñšŵéŕîñĝ: {error}···············⟧</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>⟦Ƒîļéš Ĥéåŕţĥ çöûļđ ñöţ ŕéåđ — {folder}············⟧</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>⟦%n ƒîļé(š) îñ {folder} çöûļđ ñöţ ƀé ŕéåđ; ţĥé öţĥéŕš åŕé šéåŕçĥåƀļé. Ƒîẋ å ƒîļé åñđ îţ îš ŕéåđ åĝåîñ öñ îţš öŵñ.·································⟧</numerusform>
                <numerusform>⟦%n ƒîļé(š) îñ {folder} çöûļđ ñöţ ƀé ŕéåđ; ţĥé öţĥéŕš åŕé šéåŕçĥåƀļé. Ƒîẋ å ƒîļé åñđ îţ îš ŕéåđ åĝåîñ öñ îţš öŵñ.·································⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>⟦Ƒîļéš ţĥåţ çöûļđ ñöţ ƀé ŕéåđ, åñđ ŵĥý············⟧</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>⟦Ţĥé éɱƀéđđîñĝ ɱöđéļ îš ļöåđîñĝ; ûñţîļ îţ îš ŕéåđý, šéåŕçĥ ûšéš ŵöŕđš öñļý.························⟧</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>⟦Šéåŕçĥ ƀý ɱéåñîñĝ îš öƒƒ: {reason}. Šéåŕçĥ ûšéš ŵöŕđš öñļý.··················⟧</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>⟦Ķñöŵļéđĝé ƒöļđéŕš······⟧</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>⟦Ƒöļđéŕ çöļûɱñš·····⟧</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>⟦Åđđ ƒöļđéŕ…····⟧</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>⟦Åđđ å ķñöŵļéđĝé ƒöļđéŕ········⟧</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>⟦Ŕéɱöṽé··⟧</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>⟦Ŕéɱöṽé ţĥé ķñöŵļéđĝé ƒöļđéŕ··········⟧</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>⟦Ƒöŕĝéţ ţĥîš ƒöļđéŕ'š þåššåĝéš (îţš ƒîļéš šţåý)···············⟧</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>⟦Þåûšé··⟧</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>⟦Ĥöļđ îñđéẋîñĝ; ŵĥåţ ŵåš ŕéåđ îš ķéþţ············⟧</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>⟦Ŕé-îñđéẋ···⟧</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>⟦Çĥéçķ éṽéŕý ƒöļđéŕ åĝåîñ ñöŵ (öñļý çĥåñĝéš åŕé ŕéåđ)·················⟧</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>⟦Éŕŕöŕš…··⟧</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>⟦Ƒîļéš ţĥåţ çöûļđ ñöţ ƀé ŕéåđ·········⟧</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>⟦Ţĥé ƒîļéš öƒ ţĥîš ƒöļđéŕ ţĥåţ çöûļđ ñöţ ƀé ŕéåđ, åñđ ŵĥý··················⟧</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>⟦Åñ éɱƀéđđîñĝ ɱöđéļ ƒîñđš þåššåĝéš ƀý ɱéåñîñĝ åš ŵéļļ åš ƀý ţĥéîŕ ŵöŕđš. Đöŵñļöåđ öñé ({examples}) îñ Ṁöđéļš.··································⟧</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>⟦Éɱƀéđđîñĝ ɱöđéļ······⟧</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>⟦Ĥéåŕţĥ ŕéåđš ţĥé đöçûɱéñţš îñ ţĥéšé ƒöļđéŕš (ţéẋţ, Ṁåŕķđöŵñ, çöđé, ÞĐƑ åñđ Öƒƒîçé ƒîļéš) åñđ ķééþš åñ îñđéẋ öñ ţĥîš çöɱþûţéŕ, šö å çĥåţ çåñ åñšŵéŕ ƒŕöɱ ţĥéɱ åñđ ñåɱé îţš šöûŕçéš. Çĥåñĝéš îñ ţĥé ƒöļđéŕš åŕé þîçķéđ ûþ öñ ţĥéîŕ öŵñ.········································································⟧</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>⟦Šĥöŵ ţĥé ƒîļéš ţĥåţ çöûļđ ñöţ ƀé ŕéåđ, åñđ ŵĥý··············⟧</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>⟦Éṽéŕý ƒöļđéŕ îš ûþ ţö đåţé.········⟧</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>⟦Îñđéẋéđ %n çĥåñĝéđ ƒîļé(š).········⟧</numerusform>
                <numerusform>⟦Îñđéẋéđ %n çĥåñĝéđ ƒîļé(š).········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>⟦Îñđéẋîñĝ {done} öƒ %n ƒîļé(š) — {current}···········⟧</numerusform>
                <numerusform>⟦Îñđéẋîñĝ {done} öƒ %n ƒîļé(š) — {current}···········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>⟦Ŕéšûɱé··⟧</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>⟦Þåûšéđ: çĥåñĝéš îñ ţĥé ƒöļđéŕš åŕé ŕéåđ ŵĥéñ ýöû ŕéšûɱé.··················⟧</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>⟦Þåûšéđ åţ {done} öƒ %n ƒîļé(š) — {current}···········⟧</numerusform>
                <numerusform>⟦Þåûšéđ åţ {done} öƒ %n ƒîļé(š) — {current}···········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>⟦Ñö éɱƀéđđîñĝ ɱöđéļ îš šéţ: šéåŕçĥ ûšéš ŵöŕđš öñļý. Çĥööšé öñé åƀöṽé; Ṁöđéļš öƒƒéŕš šɱåļļ öñéš ţö đöŵñļöåđ.··································⟧</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>⟦Šéåŕçĥ ûšéš ŵöŕđš åñđ ɱéåñîñĝ.··········⟧</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>⟦Ñåɱé··⟧</translation>
        </message>
        <message>
            <source>File</source>
            <translation>⟦Ƒîļé··⟧</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>⟦Šîžé··⟧</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>⟦Ǫûåñţîžåţîöñ·····⟧</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>⟦Åŕçĥîţéçţûŕé·····⟧</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>⟦Þåŕåɱéţéŕš····⟧</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>⟦Çöñţéẋţ···⟧</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>⟦Çĥéçķéđ···⟧</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>⟦Ļåšţ ûšéđ···⟧</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>⟦● Ļöåđéđ··⟧</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>⟦{name}   {badge}····⟧</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>⟦Ûñûšåƀļé···⟧</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>⟦Çĥéçķîñĝ… {percent}%······⟧</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>⟦Ṽéŕîƒîéđ···⟧</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>⟦Ṁîšɱåţçĥ···⟧</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>⟦Ñöţ ṽéŕîƒîéđ····⟧</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>⟦Ţĥé ƒîļé'š šĥå256 ɱåţçĥéš: {sha256}········⟧</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>⟦Ţĥé ƒîļé'š šĥå256 đöéš ñöţ ɱåţçĥ ŵĥåţ îţ šĥöûļđ ƀé: îţ çĥåñĝéđ öŕ îš đåɱåĝéđ. Đéļéţé îţ åñđ đöŵñļöåđ îţ åĝåîñ.·································⟧</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>⟦Ñöţ çĥéçķéđ ýéţ: Ṽéŕîƒý ĥåšĥéš ţĥé ƒîļé.·············⟧</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>⟦{origin} ({repo})····⟧</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>⟦Ļöåđéđ: ţĥé çĥåţ ûšéš ţĥîš ɱöđéļ ñöŵ.············⟧</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>⟦Đéļéţé…··⟧</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>⟦Ŕéɱöṽé ƒŕöɱ ļîƀŕåŕý…·······⟧</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>⟦Ŕéåđîñĝ ţĥé ļîƀŕåŕý…·······⟧</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>⟦Ṁöđéļš îñ ţĥé ļîƀŕåŕý·······⟧</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>⟦Éñţéŕ çĥåţš ŵîţĥ ţĥé šéļéçţéđ ɱöđéļ; Đéļéţé đéļéţéš öŕ ŕéɱöṽéš îţ.······················⟧</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>⟦Ļîƀŕåŕý çöļûɱñš······⟧</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>⟦Ûšé·⟧</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>⟦Çĥåţ ŵîţĥ ţĥîš ɱöđéļ·······⟧</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>⟦Ṽéŕîƒý··⟧</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>⟦Ĥåšĥ ţĥé ƒîļé åñđ çöɱþåŕé îţ ŵîţĥ ŵĥåţ îţ šĥöûļđ ƀé················⟧</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>⟦Šĥöŵ îñ ƒöļđéŕ·····⟧</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>⟦Îɱþöŕţ ɱöđéļ ƒîļé…······⟧</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>⟦Ûšé å ɱöđéļ ƒîļé ƒŕöɱ đîšķ ŵĥéŕé îţ îš (îţ îš ñöţ çöþîéđ)·················⟧</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>⟦Ƒîñđ ɱöđéļš ƒŕöɱ öţĥéŕ åþþš·········⟧</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>⟦Ļööķ ƒöŕ ĜĜÛƑ ƒîļéš ĻṀ Šţûđîö, ļļåɱå.çþþ, ĜÞŢ4Åļļ, Ĵåñ öŕ Öļļåɱå đöŵñļöåđéđ························⟧</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>⟦Åđđéđ {name}; çĥéçķîñĝ îţš ƒîļé…··········⟧</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>⟦Đéļéţéđ {name}.····⟧</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>⟦Ŕéɱöṽéđ {name} ƒŕöɱ ţĥé ļîƀŕåŕý; ţĥé ƒîļé šţåýš åţ {path}.·················⟧</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>⟦%Ln ɱöđéļ(š) · {size} öñ đîšķ·······⟧</numerusform>
                <numerusform>⟦%Ln ɱöđéļ(š) · {size} öñ đîšķ·······⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>⟦Çĥéçķîñĝ {name}…·····⟧</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>⟦Îɱþöŕţ ɱöđéļ ƒîļéš······⟧</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>⟦ĜĜÛƑ ɱöđéļ ƒîļéš (*.ĝĝûƒ)·······⟧</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>⟦Çĥéçķîñĝ %Ln ƒîļé(š)…······⟧</numerusform>
                <numerusform>⟦Çĥéçķîñĝ %Ln ƒîļé(š)…······⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>⟦{name}: {sentence}·····⟧</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>⟦{name} îš ṽéŕîƒîéđ.······⟧</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>⟦{name} đöéš ñöţ ɱåţçĥ îţš çĥéçķšûɱ: đéļéţé îţ åñđ đöŵñļöåđ îţ åĝåîñ.·····················⟧</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>⟦{name} ĥåš ñöţĥîñĝ ţö çöɱþåŕé ŵîţĥ ýéţ.············⟧</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>⟦Ļööķîñĝ ƒöŕ ɱöđéļš öţĥéŕ åþþš đöŵñļöåđéđ…··············⟧</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>⟦Ñö ɱöđéļš ƒŕöɱ öţĥéŕ åþþš ŵéŕé ƒöûñđ ţĥåţ åŕé ñöţ ļîšţéđ åļŕéåđý.·····················⟧</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>⟦Ƒöûñđ %Ln ɱöđéļ(š) ƒŕöɱ öţĥéŕ åþþš.··········⟧</numerusform>
                <numerusform>⟦Ƒöûñđ %Ln ɱöđéļ(š) ƒŕöɱ öţĥéŕ åþþš.··········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>⟦Đéļéţé ɱöđéļ····⟧</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>⟦Đéļéţé··⟧</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>⟦Đéļéţé {name} ({file}, {size})?
Ĥéåŕţĥ đöŵñļöåđéđ îţ: ţĥé ƒîļé îš đéļéţéđ ƒŕöɱ ţĥé Ĥûĝĝîñĝ Ƒåçé çåçĥé.······························⟧</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>⟦Ŕéɱöṽé ƒŕöɱ ļîƀŕåŕý·······⟧</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>⟦Ŕéɱöṽé··⟧</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>⟦Ŕéɱöṽé {name} ({file}, {size}) ƒŕöɱ ţĥé ļîƀŕåŕý?
Ţĥé ƒîļé šţåýš öñ đîšķ åţ {path}: Ĥéåŕţĥ đîđ ñöţ đöŵñļöåđ îţ, šö Ĥéåŕţĥ ñéṽéŕ đéļéţéš îţ.········································⟧</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>⟦Ṁöđéļ··⟧</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>⟦Ţĥé ɱöđéļ ţö çĥåţ ŵîţĥ·······⟧</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>⟦Öþéñ ɱöđéļ ƒîļé…·····⟧</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>⟦Ûšé å ɱöđéļ ƒîļé (.ĝĝûƒ) ƒŕöɱ đîšķ, îñ þļåçé (îţ îš ñöţ çöþîéđ)··················⟧</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>⟦Ṁöđéļš…··⟧</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>⟦Ƒîñđ, đöŵñļöåđ åñđ ɱåñåĝé ɱöđéļš ({keys})············⟧</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>⟦Ļöåđîñĝ ţĥé ɱöđéļ······⟧</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>⟦Çåñçéļ··⟧</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>⟦Šţöþ ļöåđîñĝ ţĥîš ɱöđéļ········⟧</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>⟦Çåñçéļ ļöåđîñĝ ţĥé ɱöđéļ········⟧</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>⟦Þåŕåɱéţéŕš····⟧</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>⟦Šĥöŵ öŕ ĥîđé ţĥé þåŕåɱéţéŕš þåñéļ···········⟧</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>⟦Ñö ɱöđéļ···⟧</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>⟦çöñţéẋţ %v / %m····⟧</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>⟦Ţöķéñš öƒ ţĥé ɱöđéļ'š çöñţéẋţ ţĥîš çĥåţ ûšéš··············⟧</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>⟦Çöñţéẋţ ûšéđ····⟧</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>⟦Ñéŵ çĥåţ···⟧</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>⟦Šéåŕçĥ··⟧</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>⟦Ƒöçûš çöɱþöšéŕ·····⟧</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>⟦Ǫûîţ··⟧</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>⟦Šţöþ··⟧</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>⟦&amp;Çĥåţ··⟧</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>⟦Éẋþöŕţ çöñṽéŕšåţîöñ…·······⟧</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>⟦Šåṽé ţĥé öþéñ çöñṽéŕšåţîöñ åš å Ṁåŕķđöŵñ ƒîļé···············⟧</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>⟦Éẋþöŕţ åļļ…····⟧</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>⟦Îɱþöŕţ…··⟧</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>⟦Šéţţîñĝš…···⟧</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>⟦&amp;Ṽîéŵ··⟧</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>⟦Ļåŕĝéŕ ţéẋţ····⟧</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>⟦Šɱåļļéŕ ţéẋţ····⟧</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>⟦Ţéẋţ šîžé åš ţĥé šýšţéɱ'š········⟧</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>⟦Ţĥéɱé··⟧</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>⟦Ĥåŕđŵåŕé…···⟧</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>⟦Ţĥîš çöɱþûţéŕ'š þŕöçéššöŕ, ɱéɱöŕý åñđ ĜÞÛš, åñđ ŵĥåţ ţĥé éñĝîñé çåñ ûšé·······················⟧</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>⟦{path}
Çĥåţ ƒöŕɱåţ: {format}········⟧</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>⟦Öþéñ å ɱöđéļ ƒîļé······⟧</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>⟦ĜĜÛƑ ɱöđéļ ƒîļéš (*.ĝĝûƒ)·······⟧</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>⟦Çöñṽéŕšåţîöñ đéļéţéđ.········⟧</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>⟦Ûñđö··⟧</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>⟦Ṁåŕķđöŵñ (*.ɱđ)····⟧</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>⟦ĴŠÖÑ (*.ĵšöñ)···⟧</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>⟦Éẋþöŕţ çöñṽéŕšåţîöñ·······⟧</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>⟦Ĥéåŕţĥ ĥîšţöŕý·····⟧</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>⟦Éẋþöŕţ åļļ····⟧</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>⟦Îɱþöŕţ··⟧</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>⟦Éẋþöŕţéđ ţö {name}.······⟧</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>⟦Šĥöŵ îñ ƒöļđéŕ·····⟧</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>⟦Ṁéššåĝé åñđ ţĥé %n ɱéššåĝéš ûñđéŕ îţ đéļéţéđ.··············⟧</numerusform>
                <numerusform>⟦Ṁéššåĝé åñđ ţĥé %n ɱéššåĝéš ûñđéŕ îţ đéļéţéđ.··············⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>⟦Ṁéššåĝé åñđ ţĥé ŕéþļý ûñđéŕ îţ đéļéţéđ.·············⟧</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>⟦Ṁéššåĝé đéļéţéđ.······⟧</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>⟦Ñöţ šåṽéđ ýéţ····⟧</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>⟦{problem} Ĥéåŕţĥ ķééþš ţŕýîñĝ; ñöţĥîñĝ îš ļöšţ.···············⟧</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>⟦{problem} Ŵĥåţ ýöû šéé îš ķéþţ, åñđ šåṽéđ åš šööñ åš îţ çåñ ƀé.··················⟧</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>⟦Ŕéţŕý ñöŵ···⟧</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>⟦Çĥööšé å ɱöđéļ ţö šţåŕţ········⟧</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>⟦Ļöåđîñĝ ţĥé ɱöđéļ…······⟧</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>⟦Ŵŕîţîñĝ…···⟧</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>⟦Šţöþþîñĝ…···⟧</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>⟦Ţĥîñķîñĝ…···⟧</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>⟦{speed} ţöķ/š · ƒîŕšţ ţöķéñ {first} ɱš··········⟧</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>⟦{speed} ţöķ/š · đŕåƒţš {kept}% ķéþţ · ƒîŕšţ ţöķéñ {first} ɱš················⟧</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>⟦Ŕéåđîñĝ ţĥé çöñṽéŕšåţîöñ ({count} ţöķéñš)…·············⟧</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>⟦Ŕéļöåđ ɱöđéļ····⟧</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>⟦Ţĥéŕé îš ñö ṀÇÞ šéŕṽéŕ ñåɱéđ “{name}”.···········⟧</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>⟦Ɓļöçķéđ ƀý öƒƒļîñé ɱöđé: {host} îš ñöţ öñ ţĥîš çöɱþûţéŕ.·················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” îš šŵîţçĥéđ öƒƒ.············⟧</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>⟦Çöþý··⟧</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>⟦Çöþý ţĥé çöđé····⟧</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>⟦Çöþîéđ··⟧</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>⟦Šéļéçţ Åļļ····⟧</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>⟦Éđîţ ýöûŕ ɱéššåĝé······⟧</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>⟦Éđîţ ţĥé ŕéþļý·····⟧</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>⟦Ṁéššåĝé ţéẋţ····⟧</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>⟦Çåñçéļ··⟧</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>⟦Ļéåṽé ţĥé ɱéššåĝé åš îţ ŵåš (Éšç)··········⟧</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>⟦Šåṽé··⟧</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>⟦Šåṽé åñđ ŕéĝéñéŕåţé·······⟧</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>⟦Šåṽé åš å ñéŵ ṽéŕšîöñ åñđ ŵŕîţé å ñéŵ ŕéþļý ({keys})···············⟧</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>⟦Ŕéþļåçé ţĥé ţéẋţ åñđ ķééþ ţĥé ŕéþļý ƀéļöŵ îţ··············⟧</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>⟦Ŕéþļåçé ţĥé ŕéþļý'š ţéẋţ ({keys})··········⟧</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>⟦Å ɱéššåĝé çåññöţ ƀé éɱþţý: ŵŕîţé šöɱéţĥîñĝ, öŕ þŕéšš Çåñçéļ.···················⟧</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>⟦Å ŕéþļý îš ƀéîñĝ ŵŕîţţéñ: šţöþ îţ öŕ ļéţ îţ éñđ, ţĥéñ šåṽé ţĥé éđîţ.····················⟧</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>⟦Ļöåđ å ɱöđéļ ţö ŵŕîţé å ñéŵ ŕéþļý; Šåṽé ķééþš ţĥé éđîţ ŵîţĥöûţ öñé.·····················⟧</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>⟦Ţĥîš ɱéššåĝé îš ñö ļöñĝéŕ îñ ţĥé çöñṽéŕšåţîöñ.···············⟧</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>⟦Çöþîéđ··⟧</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>⟦Þŕéṽîöûš ṽéŕšîöñ······⟧</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>⟦Ñéẋţ ṽéŕšîöñ····⟧</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>⟦Çöþý··⟧</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>⟦Çöþý ţĥé ɱéššåĝé······⟧</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>⟦Éđîţ··⟧</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>⟦Éđîţ ţĥé ɱéššåĝé ĥéŕé·······⟧</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>⟦Ŕéĝéñéŕåţé····⟧</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>⟦Ŵŕîţé å ñéŵ ŕéþļý······⟧</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>⟦Đéļéţé··⟧</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>⟦Đéļéţé ţĥé ɱéššåĝé······⟧</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>⟦Îñƒö··⟧</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>⟦Åƀöûţ ţĥîš ŕéþļý, åñđ Ŕéþŕöđûçé··········⟧</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>⟦Çöñţîñûé···⟧</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>⟦Çöñţîñûé ŵŕîţîñĝ ţĥîš ŕéþļý··········⟧</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>⟦ŵŕîţîñĝ…···⟧</translation>
        </message>
        <message>
            <source>{author} ({status}): {text}</source>
            <translation>⟦{author} ({status}): {text}······⟧</translation>
        </message>
        <message>
            <source>{author}: {text}</source>
            <translation>⟦{author}: {text}····⟧</translation>
        </message>
        <message>
            <source>{index}/{count}</source>
            <translation>⟦{index}/{count}····⟧</translation>
        </message>
        <message>
            <source>Version {index} of {count}</source>
            <translation>⟦Ṽéŕšîöñ {index} öƒ {count}········⟧</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>⟦Ṁöđéļš··⟧</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>⟦Đîšçöṽéŕ···⟧</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>⟦Đöŵñļöåđš····⟧</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>⟦Ļîƀŕåŕý···⟧</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>⟦Çöññéçţîöñš····⟧</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>⟦Šéţţîñĝš…···⟧</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>⟦Ŕéţŕý··⟧</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>⟦{name} îš åļŕéåđý đöŵñļöåđéđ: îţ îš îñ ţĥé Ļîƀŕåŕý.················⟧</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>⟦{name} îš ǫûéûéđ; îţ šţåŕţš ŵĥéñ Ĥéåŕţĥ îš ƀåçķ öñļîñé.·················⟧</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>⟦{name} îš đöŵñļöåđîñĝ: šéé ţĥé Đöŵñļöåđš ţåƀ.··············⟧</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>⟦Đöŵñļöåđš (%Ln)····⟧</numerusform>
                <numerusform>⟦Đöŵñļöåđš (%Ln)····⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>⟦{name} îš đöŵñļöåđéđ åñđ ṽéŕîƒîéđ: îţ îš îñ ţĥé Ļîƀŕåŕý.·················⟧</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>⟦Öñ öţĥéŕ šéŕṽéŕš······⟧</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>⟦{name}: ƀļöçķéđ îñ öƒƒļîñé ɱöđé··········⟧</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>⟦{name}: ñö ɱöđéļš (ĥöṽéŕ ƒöŕ ŵĥý)·········⟧</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>⟦Ṁöđéļ··⟧</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>⟦Ţĥé ɱöđéļ ţĥé çĥåţ ûšéš········⟧</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>⟦{model} öñ ţĥé šéŕṽéŕ åţ {url}········⟧</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>⟦Ɓåçķ ţö çĥåţ····⟧</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>⟦Ŕéţûŕñ ţö ţĥé çĥåţ ({keys})········⟧</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>⟦Þåĝéš··⟧</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>⟦Ɓåçķ ţö çĥåţ····⟧</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>⟦Çĥåţ··⟧</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>⟦Ýöûŕ çöñṽéŕšåţîöñš·······⟧</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>⟦Ĝö ţö {page}···⟧</translation>
        </message>
        <message>
            <source>{page} ({keys})</source>
            <translation>⟦{page} ({keys})···⟧</translation>
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Preset</source>
            <translation>⟦Þŕéšéţ··⟧</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>⟦Šåṽé åš…··⟧</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>⟦Šåṽé åš å ñéŵ þŕéšéţ······⟧</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>⟦Šåṽé ţĥé çûŕŕéñţ þåŕåɱéţéŕš åš å ñéŵ þŕéšéţ.··············⟧</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>⟦Šåɱþļîñĝ···⟧</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>⟦Ûšé {field}···⟧</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>⟦Çţŕļ+Ţåƀ ţýþéš å ţåƀ.······⟧</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>⟦öñé þéŕ ļîñé, é.ĝ. \ñÛšéŕ:·······⟧</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>⟦Ýöû åŕé å ĥéļþƒûļ åššîšţåñţ.·········⟧</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>⟦Šýšţéɱ þŕöɱþţ·····⟧</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>⟦Çöñţéẋţ···⟧</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>⟦åûţö··⟧</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>⟦Ţĥŕéåđš···⟧</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>⟦Åûţö··⟧</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>⟦Çĥööšé ţĥé ĜÞÛ ļåýéŕš åûţöɱåţîçåļļý············⟧</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>⟦ĜÞÛ ļåýéŕš····⟧</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>⟦Ŕéļöåđ ɱöđéļ····⟧</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>⟦Ļöåđ ţĥé ɱöđéļ åĝåîñ ŵîţĥ ţĥéšé šéţţîñĝš.··············⟧</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>⟦Ṁöđéļ··⟧</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>⟦Šåṽé þŕéšéţ····⟧</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>⟦Ñåɱé öƒ ţĥé ñéŵ þŕéšéţ:·······⟧</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>⟦Ţĥîš çĥåţ'š öŵñ šýšţéɱ þŕöɱþţ (ñéŵ çĥåţš šţåŕţ ŵîţĥ ţĥé öñé îñ Šéţţîñĝš).·······················⟧</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>⟦Ţĥé đéƒåûļţ šýšţéɱ þŕöɱþţ ƒöŕ ñéŵ çĥåţš (çĥåñĝé îţ îñ Šéţţîñĝš).····················⟧</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>⟦Ñö šýšţéɱ þŕöɱþţ. Å đéƒåûļţ öñé ƒöŕ ñéŵ çĥåţš çåñ ƀé šéţ îñ Šéţţîñĝš.······················⟧</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>⟦Ţĥé éñĝîñé ûšéš {n}.······⟧</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>⟦åûţö··⟧</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>⟦Ĥéåŕţĥ çĥööšéš ŵĥéñ ţĥé ɱöđéļ îš ļöåđéđ.·············⟧</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>⟦Çĥöšéñ ƀý ţĥé ƒîţ ƒöŕ ţĥîš ɱöđéļ åñđ ţĥîš çöɱþûţéŕ'š ɱéɱöŕý: {used} ļåýéŕš öñ ţĥé ĜÞÛ. Ûñţîçķ Åûţö ţö çĥööšé ýöûŕšéļƒ.·····································⟧</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>⟦Çĥöšéñ ƀý ţĥé ƒîţ: éṽéŕý ļåýéŕ ŕûñš öñ ţĥé ÇÞÛ. Ûñţîçķ Åûţö ţö çĥööšé ýöûŕšéļƒ.·························⟧</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ šåṽé îţš šéţţîñĝš.············⟧</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>⟦{reason} Ýöûŕ çĥåñĝéš åþþļý ûñţîļ Ĥéåŕţĥ çļöšéš.················⟧</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>⟦Šåṽé, ŕéñåɱé öŕ đéļéţé þŕéšéţš··········⟧</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>⟦Þŕéšéţ åçţîöñš·····⟧</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>⟦Šåṽé åš å ñéŵ þŕéšéţ…······⟧</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>⟦Šåṽé ŵîţĥ ţĥé šýšţéɱ þŕöɱþţ…·········⟧</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>⟦Çĥööšîñĝ ţĥîš þŕéšéţ ļåţéŕ åļšö šéţš ţĥé šýšţéɱ þŕöɱþţ šĥöŵñ ñöŵ······················⟧</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>⟦Ŕéñåɱé…··⟧</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>⟦Đéļéţé··⟧</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>⟦Ŕéñåɱé “{preset}”…·····⟧</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>⟦Đéļéţé “{preset}”·····⟧</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>⟦Ŕéñåɱé þŕéšéţ·····⟧</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>⟦Ñéŵ ñåɱé ƒöŕ “{preset}”:······⟧</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>⟦Šéñđ “{prompt}”····⟧</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>⟦Šéñđš ţĥîš þŕöɱþţ ţö ţĥé ɱöđéļ··········⟧</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>⟦Çöþý đéţåîļš····⟧</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>⟦Ŕéþŕöđûçé····⟧</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>⟦Ŵŕîţé ţĥîš ŕéþļý åĝåîñ ŵîţĥ éẋåçţļý ţĥéšé šéţţîñĝš·················⟧</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>⟦Ŕéþŕöđûçé åñýŵåý······⟧</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>⟦Åƀöûţ ţĥîš ŕéþļý······⟧</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>⟦Ţĥîš ŕéþļý çåññöţ ƀé ŕéþŕöđûçéđ: Ĥéåŕţĥ đîđ ñöţ ķééþ îţš šåɱþļîñĝ öŕ îţš šééđ.·························⟧</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>⟦Ļöåđ å ɱöđéļ ţö ŕéþŕöđûçé ţĥîš ŕéþļý.············⟧</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>⟦Å ŕéþļý îš ƀéîñĝ ŵŕîţţéñ: ŕéþŕöđûçé ţĥîš öñé ŵĥéñ îţ éñđš.··················⟧</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>⟦{label}: {value}····⟧</translation>
        </message>
    </context>
    <context>
        <name>RepoPage</name>
        <message>
            <source>Open on the hub</source>
            <translation>⟦Öþéñ öñ ţĥé ĥûƀ·····⟧</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>⟦Öþéñš ţĥé ɱöđéļ'š þåĝé îñ ýöûŕ ƀŕöŵšéŕ············⟧</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>⟦Šéţţîñĝš…···⟧</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>⟦Åđđ å Ĥûĝĝîñĝ Ƒåçé ţöķéñ îñ Šéţţîñĝš············⟧</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>⟦Ṁöđéļ ƒîļéš ţö đöŵñļöåđ········⟧</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>⟦Öñé ƒîļé þéŕ ǫûåñţîžåţîöñ; Éñţéŕ đöŵñļöåđš ţĥé šéļéçţéđ öñé.····················⟧</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>⟦Đöŵñļöåđ···⟧</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>⟦Ļöåđîñĝ ţĥé ɱöđéļ'š ƒîļéš…········⟧</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>⟦{repo} · {parameters} þåŕåɱéţéŕš · ≈ {size} · Ļîçéñçé: {licence}·················⟧</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>⟦Ļîçéñçé: {licence} · Åççéšš: ĝåţéđ··········⟧</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>⟦Ļîçéñçé: {licence} · Åççéšš: öþéñ··········⟧</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>⟦Ţĥîš ɱöđéļ ĥåš ñö đéšçŕîþţîöñ.··········⟧</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>⟦Ţĥîš ŕéþöšîţöŕý ĥåš ñö ĜĜÛƑ ɱöđéļ ƒîļéš Ĥéåŕţĥ çåñ ûšé.··················⟧</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>⟦%Ln ɱöđéļ ƒîļé(š), öñé þéŕ ǫûåñţîžåţîöñ: šɱåļļéŕ ƒîļéš åŕé ƒåšţéŕ åñđ ñééđ ļéšš ɱéɱöŕý, ļåŕĝéŕ öñéš åñšŵéŕ ƀéţţéŕ.····································⟧</numerusform>
                <numerusform>⟦%Ln ɱöđéļ ƒîļé(š), öñé þéŕ ǫûåñţîžåţîöñ: šɱåļļéŕ ƒîļéš åŕé ƒåšţéŕ åñđ ñééđ ļéšš ɱéɱöŕý, ļåŕĝéŕ öñéš åñšŵéŕ ƀéţţéŕ.····································⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>⟦Ƒŕöɱ {name}'š ĥéåđéŕ: {note} Ûþ ţö {tokens} ţöķéñš öƒ çöñţéẋţ ƒîţ.···················⟧</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>⟦Ƒŕöɱ {name}'š ĥéåđéŕ: {note}········⟧</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>⟦Đöŵñļöåđ {name} ({size})······⟧</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>⟦Ţîɱé··⟧</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>⟦Ķîñđ··⟧</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>⟦Þŕöɱþţ··⟧</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>⟦Ŕéþļý··⟧</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>⟦Ţöķéñš/š···⟧</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>⟦Éñđéđ··⟧</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>⟦šţŕéåɱ··⟧</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>⟦çöɱþļéţé···⟧</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>⟦{ended}, çļîéñţ ĝöñé······⟧</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>⟦Þåŕåɱéţéŕš····⟧</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>⟦Çöñṽéŕšåţîöñš·····⟧</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>⟦Šĥöŵ öŕ ĥîđé ţĥé çöñṽéŕšåţîöñš··········⟧</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>⟦Šĥöŵ öŕ ĥîđé ţĥé þåŕåɱéţéŕš·········⟧</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>⟦ĴŠÖÑ šçĥéɱå····⟧</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>⟦Éđîţöŕš, šçŕîþţš åñđ öţĥéŕ åþþš çåñ ûšé ţĥé ɱöđéļ ļöåđéđ îñ ţĥé çĥåţ ţĥŕöûĝĥ åñ ÖþéñÅÎ-çöɱþåţîƀļé ÅÞÎ. Ţĥé çĥåţ ĝöéš ƒîŕšţ: ţĥéîŕ ŕéǫûéšţš ŵåîţ ŵĥîļé îţ åñšŵéŕš.····················································⟧</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>⟦Šéŕṽé ţĥé ÅÞÎ····⟧</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>⟦Šţåŕţ öŕ šţöþ ţĥé šéŕṽéŕ (îţ šţåŕţš ŵîţĥ Ĥéåŕţĥ ŵĥîļé îţ îš öñ)····················⟧</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>⟦Çöþý ÛŔĻ···⟧</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>⟦Çöþý ţĥé ƀåšé ÛŔĻ çļîéñţš ûšé (îţ éñđš îñ /ṽ1)·············⟧</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>⟦Ñöñé: ŵéƀ þåĝéš çåññöţ çåļļ ţĥé ÅÞÎ···········⟧</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>⟦Ŵéƀ öŕîĝîñš ŵĥöšé þåĝéš ɱåý çåļļ ţĥé ÅÞÎ ƒŕöɱ å ƀŕöŵšéŕ (ÇÖŔŠ), šéþåŕåţéđ ƀý šþåçéš öŕ çöɱɱåš, é.ĝ. {example}·································⟧</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>⟦&amp;Åđđŕéšš···⟧</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>⟦&amp;Þöŕţ··⟧</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>⟦Ŵéƀ &amp;öŕîĝîñš····⟧</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>⟦Ŵĥéŕé îţ ļîšţéñš······⟧</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>⟦Ŕéɱöṽé ķéý····⟧</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>⟦Ļéţ þŕöĝŕåɱš öñ ţĥîš çöɱþûţéŕ îñ ŵîţĥöûţ å ķéý···············⟧</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>⟦Ţĥé ñéŵ ÅÞÎ ķéý·····⟧</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>⟦Çöþý··⟧</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>⟦Çöþý ţĥé ñéŵ ķéý·····⟧</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>⟦Çöþý ţĥé ķéý ñöŵ: Ĥéåŕţĥ ŵîļļ ñöţ šĥöŵ îţ åĝåîñ.···············⟧</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>⟦ÅÞÎ ķéý··⟧</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>⟦Ŕéǫûéšţš šéŕṽéđ······⟧</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>⟦Ŕéǫûéšţ çöļûɱñš······⟧</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>⟦Ŕéǫûéšţš···⟧</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>⟦Öţĥéŕ çöɱþûţéŕš çåñ ŕéåçĥ {host}: ţĥéý ñééđ ţĥé ÅÞÎ ķéý ţö ûšé ţĥé ɱöđéļ.······················⟧</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>⟦Šéŕṽîñĝ öñ {host} ļéţš öţĥéŕ çöɱþûţéŕš îñ, šö îţ ñééđš åñ ÅÞÎ ķéý: çŕéåţé öñé ƀéļöŵ ƒîŕšţ.····························⟧</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>⟦Ñéŵ ķéý··⟧</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>⟦Çŕéåţé ķéý····⟧</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>⟦Ṁåķé å ñéŵ ķéý: ţĥé öļđ öñé šţöþš ŵöŕķîñĝ åţ öñçé···············⟧</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>⟦Ṁåķé å ķéý ţĥåţ éṽéŕý çļîéñţ ɱûšţ šéñđ············⟧</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>⟦Å ķéý îš šéţ: éṽéŕý çļîéñţ ɱûšţ šéñđ îţ ({header}).··············⟧</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>⟦Ñö ķéý: åñý þŕöĝŕåɱ öñ ţĥîš çöɱþûţéŕ çåñ ûšé ţĥé ÅÞÎ.················⟧</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>⟦Öƒƒ·⟧</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>⟦Šţåŕţîñĝ…···⟧</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>⟦Šţöþþîñĝ…···⟧</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>⟦Šéŕṽîñĝ åţ {url}·····⟧</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>⟦Öñ·⟧</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>⟦Ûšé ţĥé šéŕṽéŕ {name}······⟧</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>⟦Šŵîţçĥéđ öƒƒ, îţš ţööļš åŕé öƒƒéŕéđ ţö ñö çĥåţ···············⟧</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>⟦Šĥöŵ ţööļš····⟧</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>⟦Šĥöŵ ţĥé ţööļš öƒ {name}·······⟧</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>⟦Åšķ åĝåîñ ƀéƒöŕé éåçĥ öƒ ţĥîš šéŕṽéŕ'š ţööļš ŕûñš················⟧</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>⟦Ñö ţööļš çöûļđ ƀé ļîšţéđ.········⟧</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>⟦Ƒöŕĝéţ “Åļŵåýš åļļöŵ” ({count})·········⟧</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>⟦Ĥîđé ţööļš····⟧</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>⟦Šţåŕţîñĝ ţĥé šéŕṽéŕ åñđ åšķîñĝ ƒöŕ îţš ţööļš…···············⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>⟦Ñöñé: ñéŵ çĥåţš šţåŕţ ŵîţĥöûţ å šýšţéɱ þŕöɱþţ.···············⟧</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>⟦Îñšţŕûçţîöñš éṽéŕý ñéŵ çĥåţ šţåŕţš ŵîţĥ. Éåçĥ çöñṽéŕšåţîöñ ķééþš îţš öŵñ, ŵĥîçĥ ýöû çåñ çĥåñĝé îñ ţĥé þåñéļ ƀéšîđé ţĥé çĥåţ; ţĥîš çĥåñĝéš ñö éẋîšţîñĝ çĥåţ.··················································⟧</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>⟦Šýšţéɱ šîžé····⟧</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation>⟦ þţ·⟧</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>⟦Ţĥé šîžé öƒ ţĥé çöñṽéŕšåţîöñ'š åñđ ţĥé ɱéššåĝé ƀöẋ'š ţéẋţ··················⟧</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>⟦Đéƒåûļţ šýšţéɱ þŕöɱþţ········⟧</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>⟦Šéñđ ŵîţĥ···⟧</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>⟦Ţéẋţ šîžé···⟧</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>⟦{bigger} åñđ {smaller} çĥåñĝé ţĥé ţéẋţ šîžé åñýŵĥéŕé; {reset} ŕéšéţš îţ.······················⟧</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>⟦Çĥåţ··⟧</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>⟦Ƒöļļöŵ ţĥé šýšţéɱ······⟧</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>⟦Ţĥé ļåñĝûåĝé öƒ Ĥéåŕţĥ'š ŵîñđöŵ··········⟧</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>⟦Ĥéåŕţĥ šĥöŵš ţĥé ñéŵ ļåñĝûåĝé ţĥé ñéẋţ ţîɱé îţ šţåŕţš.··················⟧</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>⟦Ţĥéɱé··⟧</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>⟦Ļåñĝûåĝé···⟧</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>⟦Åþþéåŕåñçé····⟧</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>⟦Ṁöđéļ ƒöļđéŕš·····⟧</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>⟦Åđđ ƒöļđéŕ…····⟧</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>⟦Åđđ å ɱöđéļ ƒöļđéŕ······⟧</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>⟦Ŕéɱöṽé··⟧</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>⟦Ŕéɱöṽé ţĥé ɱöđéļ ƒöļđéŕ········⟧</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>⟦Šţöþ ļîšţîñĝ ţĥîš ƒöļđéŕ'š ɱöđéļš (ţĥé ƒîļéš šţåý)················⟧</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>⟦Ĥéåŕţĥ ļîšţš ţĥé ĜĜÛƑ ɱöđéļš îñ ţĥéšé ƒöļđéŕš (åñđ ţĥéîŕ šûƀƒöļđéŕš) îñ ţĥé Ļîƀŕåŕý ƀéšîđé îţš öŵñ đöŵñļöåđš, åñđ ûšéš ţĥéɱ ŵĥéŕé ţĥéý åŕé.·············································⟧</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>⟦Ķñöŵļéđĝé····⟧</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>⟦Ŵöŕķ öƒƒļîñé: ñéṽéŕ çöññéçţ ţö ţĥé ĥûƀ············⟧</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>⟦Ñö šéåŕçĥéš öŕ đöŵñļöåđš; ţĥé ɱöđéļš ýöû ĥåṽé åñđ ýöûŕ çĥåţš ķééþ ŵöŕķîñĝ.························⟧</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>⟦Ĥöŵ ɱåñý đöŵñļöåđš ŕûñ åţ ţĥé šåɱé ţîɱé·············⟧</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>⟦Đöŵñļöåđš åţ öñçé······⟧</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>⟦Ñéţŵöŕķ åñđ đöŵñļöåđš········⟧</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>⟦Çöñṽéŕšåţîöñ çåçĥé·······⟧</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>⟦Öþéñ ƒöļđéŕ····⟧</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>⟦Šĥöŵ {folder} îñ ţĥé ƒîļé ɱåñåĝéŕ··········⟧</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>⟦Öþéñ ţĥé {kind} ƒöļđéŕ·······⟧</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>⟦Ŵĥéŕé ýöûŕ đåţå ļîṽéš·······⟧</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>⟦Ķéýƀöåŕđ šĥöŕţçûţš·······⟧</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>⟦Åçţîöñ··⟧</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>⟦Ķéýš··⟧</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>⟦Çöļûɱñš···⟧</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>⟦Šĥöŕţçûţš ŵöŕķ åñýŵĥéŕé îñ ţĥé ɱåîñ ŵîñđöŵ ûñļéšš ţĥéý šåý ŵĥéŕé.······················⟧</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>⟦Ñéŵ çĥåţ···⟧</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>⟦Šţåŕţ å ñéŵ çöñṽéŕšåţîöñ ({keys})··········⟧</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>⟦Šţåŕţ å ñéŵ çöñṽéŕšåţîöñ········⟧</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>⟦Šéåŕçĥ çĥåţš ({keys})······⟧</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>⟦Šéåŕçĥ çĥåţš····⟧</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>⟦Ƒîñđš ţĥé çöñṽéŕšåţîöñš ŵĥöšé ɱéššåĝéš ĥöļđ ţĥéšé ŵöŕđš···················⟧</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>⟦Çöñṽéŕšåţîöñš·····⟧</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>⟦Éñţéŕ öþéñš å çöñṽéŕšåţîöñ; Ƒ2 ŕéñåɱéš îţ, Đéļéţé đéļéţéš îţ, ţĥé ɱéñû ķéý šĥöŵš îţš öţĥéŕ åçţîöñš·······························⟧</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>⟦Šéåŕçĥ ŕéšûļţš·····⟧</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>⟦Đéļéţé··⟧</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>⟦Çöñṽéŕšåţîöñ åçţîöñš········⟧</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>⟦Ŕéñåɱé··⟧</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>⟦Éẋþöŕţ··⟧</translation>
        </message>
        <message>
            <source>Markdown (.md)…</source>
            <translation>⟦Ṁåŕķđöŵñ (.ɱđ)…····⟧</translation>
        </message>
        <message>
            <source>JSON (.json)…</source>
            <translation>⟦ĴŠÖÑ (.ĵšöñ)…···⟧</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>⟦Đûþļîçåţé····⟧</translation>
        </message>
    </context>
    <context>
        <name>Size</name>
        <message>
            <source>{n} B</source>
            <translation>⟦{n} Ɓ·⟧</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>⟦{n} ĶƁ·⟧</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>⟦{n} ṀƁ·⟧</translation>
        </message>
        <message>
            <source>{n} GB</source>
            <translation>⟦{n} ĜƁ·⟧</translation>
        </message>
        <message>
            <source>{n} TB</source>
            <translation>⟦{n} ŢƁ·⟧</translation>
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Sources</source>
            <translation>⟦Šöûŕçéš···⟧</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>⟦Öþéñ ţĥé þåššåĝé······⟧</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>⟦Šöûŕçé {source}: öþéñ ţĥé þåššåĝé··········⟧</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>⟦Ţĥîñķ··⟧</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>⟦Ļéţ ţĥé ɱöđéļ ţĥîñķ ƀéƒöŕé îţ åñšŵéŕš (îţš ţĥöûĝĥţ šĥöŵš åþåŕţ, çöļļåþšéđ). Öƒƒ: îţ åñšŵéŕš åţ öñçé.·······························⟧</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>⟦Ţĥîñķ ƀéƒöŕé åñšŵéŕîñĝ········⟧</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>⟦Ŕéåšöñîñĝ éƒƒöŕţ······⟧</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>⟦Ĥöŵ ļöñĝ ţĥé ɱöđéļ ŕéåšöñš ƀéƒöŕé îţ åñšŵéŕš···············⟧</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>⟦Ĥîđé ţĥé ɱöđéļ'š ŕéåšöñîñĝ·········⟧</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>⟦Šĥöŵ ţĥé ɱöđéļ'š ŕéåšöñîñĝ·········⟧</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>⟦Ĥûĝĝîñĝ Ƒåçé ţöķéñ······⟧</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>⟦Þåšţé å ŕéåđ ţöķéñ ƒŕöɱ ĥûĝĝîñĝƒåçé.çö/šéţţîñĝš/ţöķéñš··················⟧</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>⟦Ṽéŕîƒý··⟧</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>⟦Åšķ ţĥé ĥûƀ ŵĥöšé ţöķéñ ţĥîš îš··········⟧</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>⟦Šåṽé··⟧</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>⟦Ķééþ ţĥé ţöķéñ îñ ţĥé šýšţéɱ ķéýçĥåîñ············⟧</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>⟦Ŕéɱöṽé··⟧</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>⟦Ƒöŕĝéţ ţĥé šåṽéđ ţöķéñ········⟧</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>⟦Þåšţé å ţöķéñ ƒîŕšţ.······⟧</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>⟦Åšķîñĝ ţĥé ĥûƀ…·····⟧</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>⟦Ţĥîš ţöķéñ ƀéļöñĝš ţö {user}.·········⟧</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>⟦Ñö ţöķéñ îš šåṽéđ: þûƀļîç ɱöđéļš đöŵñļöåđ ŵîţĥöûţ öñé.··················⟧</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>⟦Å ţöķéñ îš šåṽéđ îñ ţĥé šýšţéɱ ķéýçĥåîñ.·············⟧</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>⟦Ţĥé ţöķéñ îš ķéþţ öñļý ûñţîļ Ĥéåŕţĥ çļöšéš.··············⟧</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>⟦Åļļöŵ öñçé····⟧</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>⟦Åļŵåýš åļļöŵ ţĥîš ţööļ········⟧</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>⟦Đéñý··⟧</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>⟦Ŕûñ ţĥîš çåļļ ñöŵ; åšķ åĝåîñ ñéẋţ ţîɱé············⟧</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>⟦Ŕûñ ţĥîš ţööļ'š çåļļš ŵîţĥöûţ åšķîñĝ, ţĥîš šéššîöñ················⟧</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>⟦Đö ñöţ ŕûñ îţ; ţĥé ɱöđéļ îš ţöļđ îţ ŵåš đéñîéđ··············⟧</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>⟦Ţööļ çåļļ {name}: {state}·······⟧</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>⟦Ţööļš··⟧</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>⟦Ţööļš ƒöŕ ţĥîš çĥåţ······⟧</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>⟦Ŵĥîçĥ ṀÇÞ šéŕṽéŕš' ţööļš ţĥîš çĥåţ ɱåý ûšé··············⟧</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>⟦Ţĥé ƒîŕšţ ŕéþļý ţö éåçĥ ɱéššåĝé çåļļš öñé öƒ ţĥé ţööļš (šɱåļļ ɱöđéļš öƒţéñ çåļļ ţööļš öñļý ŵĥéñ ţöļđ ţö)·································⟧</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>⟦Ţööļš ({count})····⟧</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>⟦{used} öƒ %n ţööļ šéŕṽéŕ(š) öñ ƒöŕ ţĥîš çĥåţ············⟧</numerusform>
                <numerusform>⟦{used} öƒ %n ţööļ šéŕṽéŕ(š) öñ ƒöŕ ţĥîš çĥåţ············⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>⟦Ţööļš ļéţ ţĥé ɱöđéļ ļööķ ţĥîñĝš ûþ åñđ åçţ ƒöŕ ýöû ţĥŕöûĝĥ ṀÇÞ šéŕṽéŕš (ţĥé Ṁöđéļ Çöñţéẋţ Þŕöţöçöļ), ţĥé šåɱé šéŕṽéŕš Çļåûđé Đéšķţöþ, ĻṀ Šţûđîö åñđ Çûŕšöŕ ûšé. Éṽéŕý ţööļ åšķš ýöû ƀéƒöŕé îţ ŕûñš, åñđ šĥöŵš ŵĥåţ îţ ŵåš ĝîṽéñ åñđ ŵĥåţ îţ ĝåṽé ƀåçķ.··············································································⟧</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>⟦Öƒƒļîñé ɱöđé ƀļöçķš šéŕṽéŕš ŕéåçĥéđ öṽéŕ ţĥé ñéţŵöŕķ, éẋçéþţ ţĥöšé öñ ţĥîš çöɱþûţéŕ (ļöçåļĥöšţ). Šéŕṽéŕš Ĥéåŕţĥ šţåŕţš åš å þŕöĝŕåɱ ŕûñ öñļý ŵĥéñ å çĥåţ ñééđš ţĥéɱ.·····················································⟧</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>⟦Îɱþöŕţ…··⟧</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>⟦Îɱþöŕţ ṀÇÞ šéŕṽéŕš······⟧</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>⟦Åđđ šéŕṽéŕš ƒŕöɱ åñöţĥéŕ åþþ'š ṀÇÞ çöñƒîĝûŕåţîöñ················⟧</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>⟦ṀÇÞ šéŕṽéŕš····⟧</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>⟦Ĥéåŕţĥ ķééþš îţš šéŕṽéŕš îñ {file}.···········⟧</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>⟦Ñö ṀÇÞ šéŕṽéŕš ýéţ: îɱþöŕţ åñöţĥéŕ åþþ'š, öŕ åđđ ţĥéɱ ţö ţĥé ƒîļé ƀéļöŵ.······················⟧</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>⟦Îɱþöŕţîñĝ {file}…·····⟧</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>⟦Ƒŕöɱ å ƒîļé…····⟧</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>⟦Ƒŕöɱ {app}···⟧</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>⟦ṀÇÞ çöñƒîĝûŕåţîöñ (*.ĵšöñ);;Åļļ ƒîļéš (*)···········⟧</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>⟦Åđđéđ {servers}.·····⟧</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>⟦Ñö šéŕṽéŕ ŵåš åđđéđ.······⟧</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>⟦Ţĥé çöñṽéŕšåţîöñ îš ļöñĝéŕ ţĥåñ ţĥé ɱöđéļ'š çöñţéẋţ ({n_ctx} ţöķéñš): ţĥé öļđéšţ %n ɱéššåĝéš ŵéŕé ļéƒţ öûţ öƒ ţĥîš ŕéþļý. Ţĥé šýšţéɱ þŕöɱþţ ŵåš ķéþţ.··············································⟧</numerusform>
                <numerusform>⟦Ţĥé çöñṽéŕšåţîöñ îš ļöñĝéŕ ţĥåñ ţĥé ɱöđéļ'š çöñţéẋţ ({n_ctx} ţöķéñš): ţĥé öļđéšţ %n ɱéššåĝéš ŵéŕé ļéƒţ öûţ öƒ ţĥîš ŕéþļý. Ţĥé šýšţéɱ þŕöɱþţ ŵåš ķéþţ.··············································⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>⟦Å ƒîļé çöûļđ ñöţ ƀé ŕéåđ: {reason}.··········⟧</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>⟦{name} çöûļđ ñöţ ƀé ŕéåđ: {reason}.··········⟧</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>⟦Šçŕöļļ ţö ţĥé ļåţéšţ ɱéššåĝé··········⟧</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>⟦Ţŕý öñé öƒ ţĥéšé·····⟧</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>⟦Öþéñ ţĥé ɱöđéļ ɱåñåĝéŕ: ɱöđéļš ţĥåţ ƒîţ ţĥîš çöɱþûţéŕ'š ɱéɱöŕý åŕé ɱåŕķéđ························⟧</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>⟦Éṽéŕýţĥîñĝ ŕûñš öñ ţĥîš çöɱþûţéŕ: ŵĥåţ ýöû ţýþé šţåýš ĥéŕé.···················⟧</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>⟦Ļöåđîñĝ {model}…·····⟧</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>⟦Ļöåđîñĝ…···⟧</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>⟦Å þŕöɱþţ þîçķéđ ñöŵ ŵåîţš îñ ţĥé ɱéššåĝé ƀöẋ.··············⟧</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>⟦Ñö ɱöđéļ ýéţ····⟧</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>⟦Ţĥé éñĝîñé ĥåš ñöţ šţåŕţéđ ýéţ: ļöåđ å ɱöđéļ ţö šéé ĥöŵ ļļåɱå.çþþ ŵåš ƀûîļţ.························⟧</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation>⟦ (îñ ţĥé ƒöçûšéđ ļîšţ)······⟧</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation>⟦ (îñ ţĥé ƒöçûšéđ ƒîéļđ)·······⟧</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>⟦Ñö šýšţéɱ ķéýçĥåîñ îš åṽåîļåƀļé, šö ţĥé ÅÞÎ ķéý îš ķéþţ öñļý ûñţîļ Ĥéåŕţĥ çļöšéš; çļîéñţš ŵîļļ ñééđ å ñéŵ öñé ñéẋţ ţîɱé.······································⟧</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>⟦ƒîñîšĥéđ···⟧</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>⟦ļéñĝţĥ ļîɱîţ····⟧</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>⟦šţöþ šţŕîñĝ····⟧</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>⟦çöñţéẋţ ƒûļļ····⟧</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>⟦šţöþþéđ···⟧</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>⟦éŕŕöŕ··⟧</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>⟦Šéŕṽîñĝ öñ {host} ļéţš öţĥéŕ çöɱþûţéŕš ûšé ţĥé ɱöđéļ, šö îţ ñééđš åñ ÅÞÎ ķéý: çŕéåţé öñé ƀéļöŵ, öŕ šéŕṽé öñ 127.0.0.1.·································⟧</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>⟦Ţĥé ļöåđéđ ɱöđéļ çåññöţ ŕéåđ îɱåĝéš ({names}). Ļöåđ å ɱöđéļ ŵîţĥ ṽîšîöñ, öŕ ŕéɱöṽé ţĥé îɱåĝé ţö šéñđ ţĥé ɱéššåĝé.···································⟧</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>⟦{name} îš ñöţ åñ îɱåĝé Ĥéåŕţĥ çåñ ŕéåđ.············⟧</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>⟦{tokens} ţöķéñš · {rate} ţöķ/š · ƒîŕšţ ţöķéñ {ttft} ɱš··············⟧</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>⟦{tokens} ţöķéñš · {rate} ţöķ/š · đŕåƒţš {kept}% ķéþţ · ƒîŕšţ ţöķéñ {ttft} ɱš····················⟧</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>⟦ŕéåđîñĝ ţĥé çöñṽéŕšåţîöñ…·········⟧</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>⟦šţöþþéđ···⟧</translation>
        </message>
        <message>
            <source>error</source>
            <translation>⟦éŕŕöŕ··⟧</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>⟦îñţéŕŕûþţéđ – ţĥé åþþ çļöšéđ ŵĥîļé ţĥîš ŵåš ŵŕîţţéñ·················⟧</translation>
        </message>
        <message>
            <source>You</source>
            <translation>⟦Ýöû·⟧</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>⟦Åššîšţåñţ····⟧</translation>
        </message>
        <message>
            <source>System</source>
            <translation>⟦Šýšţéɱ··⟧</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>⟦Åšķîñĝ ţĥé šéŕṽéŕš ƒöŕ ţĥéîŕ ɱöđéļš…············⟧</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>⟦Ñö çöññéçţîöñš ýéţ: åđđ öñé ƀéļöŵ.···········⟧</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>⟦Ţöđåý··⟧</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>⟦Ýéšţéŕđåý····⟧</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>⟦Þŕéṽîöûš 7 đåýš·····⟧</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>⟦Þŕéṽîöûš 30 đåýš·····⟧</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>⟦{month} {year}····⟧</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Hearth is in offline mode, so the connection “{name}” to {host} is blocked: only servers on this machine (localhost) can be used. Turn offline mode off in the settings to use it.</source>
            <translation>⟦Ĥéåŕţĥ îš îñ öƒƒļîñé ɱöđé, šö ţĥé çöññéçţîöñ “{name}” ţö {host} îš ƀļöçķéđ: öñļý šéŕṽéŕš öñ ţĥîš ɱåçĥîñé (ļöçåļĥöšţ) çåñ ƀé ûšéđ. Ţûŕñ öƒƒļîñé ɱöđé öƒƒ îñ ţĥé šéţţîñĝš ţö ûšé îţ.······················································⟧</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>⟦Ýöûŕ ɱéššåĝé îš {tokens:,} ţöķéñš ļöñĝ ŵîţĥ ţĥé šýšţéɱ þŕöɱþţ; ţĥé ɱöđéļ'š çöñţéẋţ ĥöļđš {n_ctx:,}. Šĥöŕţéñ îţ, öŕ ļöåđ ţĥé ɱöđéļ ŵîţĥ å ļåŕĝéŕ çöñţéẋţ.··············································⟧</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>⟦Ţĥé åţţåçĥéđ đöçûɱéñţš đö ñöţ ƒîţ îñ ţĥé ŕööɱ ļéƒţ îñ ţĥîš çĥåţ'š çöñţéẋţ, éṽéñ åš å ƒéŵ þåššåĝéš; šţåŕţ å ñéŵ çĥåţ öŕ ļöåđ ţĥé ɱöđéļ ŵîţĥ å ļåŕĝéŕ çöñţéẋţ.·················································⟧</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>⟦ñö éɱƀéđđîñĝ ɱöđéļ······⟧</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>⟦Ƒîţš öñ ţĥé ĜÞÛ ŵîţĥ å {ctx:,}-ţöķéñ çöñţéẋţ: åƀöûţ {total} (éšţîɱåţé).····················⟧</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>⟦Ƒîţš ŵîţĥ {layers} öƒ {n} ļåýéŕš öñ ţĥé ĜÞÛ åñđ ţĥé ŕéšţ îñ ŔÅṀ, ŵîţĥ å {ctx:,}-ţöķéñ çöñţéẋţ: åƀöûţ {total} (éšţîɱåţé).··································⟧</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>⟦Ƒîţš îñ ŔÅṀ ŵîţĥ å {ctx:,}-ţöķéñ çöñţéẋţ: åƀöûţ {total} (éšţîɱåţé).···················⟧</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>⟦Ñééđš åƀöûţ {total} ŵîţĥ å {ctx:,}-ţöķéñ çöñţéẋţ, ɱöŕé ţĥåñ îš ƒŕéé; å çöñţéẋţ öƒ {max_ctx:,} ţöķéñš ŵöûļđ ƒîţ (éšţîɱåţé).···································⟧</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>⟦Ñééđš åƀöûţ {total}, ɱöŕé ɱéɱöŕý ţĥåñ ţĥîš çöɱþûţéŕ ĥåš ƒŕéé (éšţîɱåţé).······················⟧</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>⟦Ƒîţš åƀöûţ {f16:,} ţöķéñš öƒ çöñţéẋţ ŵîţĥ åñ ƒ16 çåçĥé, {q8_0:,} ŵîţĥ ǫ8_0, {q4_0:,} ŵîţĥ ǫ4_0 (éšţîɱåţé).·······················⟧</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>⟦Îţš ŵĥöļé ţŕåîñéđ çöñţéẋţ öƒ {ctx:,} ţöķéñš ƒîţš ŵîţĥ åñý çåçĥé ţýþé (éšţîɱåţé).························⟧</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>⟦Ţĥîš ɱöđéļ çåññöţ ķééþ îţš {part} çåçĥé åš {type}: îţš åţţéñţîöñ ĥéåđš åŕé {length} ṽåļûéš ļöñĝ, ñöţ å ɱûļţîþļé öƒ {block}. Çĥööšé ƒ16 ƒöŕ îţ.··········································⟧</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>⟦ţĥé đîšķ îš ƒûļļ·····⟧</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>⟦ţĥé ƒöļđéŕ îš ŕéåđ-öñļý········⟧</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>⟦åñöţĥéŕ þŕöĝŕåɱ îš ûšîñĝ ţĥé ĥîšţöŕý ƒîļé··············⟧</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>⟦ţĥé ĥîšţöŕý ƒîļé îš đåɱåĝéđ·········⟧</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>⟦ţĥé đîšķ ŕéþöŕţéđ åñ éŕŕöŕ·········⟧</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>⟦ţĥé đåţåƀåšé ŕéþöŕţéđ åñ éŕŕöŕ··········⟧</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>⟦ţĥé ĥîšţöŕý ƒîļé çöûļđ ñöţ ƀé öþéñéđ············⟧</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ öþéñ îţš ĥîšţöŕý: {why}.············⟧</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ ŕéåđ îţš ĥîšţöŕý: {why}.············⟧</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ šåṽé ţö îţš ĥîšţöŕý: {why}.·············⟧</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ ûþĝŕåđé îţš ĥîšţöŕý: {why}.··············⟧</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ ûþĝŕåđé îţš ĥîšţöŕý: {why}; ýöûŕ çĥåţš ŵéŕé ñöţ çĥåñĝéđ.·······················⟧</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ ŵŕîţé {name}: {why}.··········⟧</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>⟦Ĥéåŕţĥ çöûļđ ñöţ öþéñ îţš ĥîšţöŕý: îţš ƒöļđéŕ îš öñ å đîšķ ţĥåţ çåññöţ ĥöļđ îţ šåƒéļý (å ñéţŵöŕķ đŕîṽé?).································⟧</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>⟦Ţĥîš ĥîšţöŕý ŵåš ŵŕîţţéñ ƀý å ñéŵéŕ ṽéŕšîöñ öƒ Ĥéåŕţĥ; ûþđåţé Ĥéåŕţĥ ţö öþéñ îţ.··························⟧</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>⟦Ţĥé ĥûƀ çåññöţ ƀé ŕéåçĥéđ: çĥéçķ ţĥé ñéţŵöŕķ, öŕ ûšé Ĥéåŕţĥ öƒƒļîñé.······················⟧</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>⟦Ĥéåŕţĥ îš öƒƒļîñé: ţĥé ĥûƀ îš ñöţ çöñţåçţéđ ûñţîļ ýöû šŵîţçĥ öƒƒļîñé ɱöđé öƒƒ.·························⟧</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>⟦Ţîñý åñđ ƒåšţ: ĝööđ ƒöŕ ţŕýîñĝ Ĥéåŕţĥ åñđ þļåýîñĝ ŵîţĥ ŵöŕđš, ñöţ ƒöŕ ƒåçţš.························⟧</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>⟦Å ɱöđéļ öñ ţĥîš çöɱþûţéŕ. Ţŕý å þŕöɱþţ ƀéļöŵ ţö šéé ŵĥåţ îţ đöéš ŵéļļ.······················⟧</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>⟦Ŕéţŕýîñĝ îñ {delay:g} š: {why}········⟧</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>⟦Ţĥé đöŵñļöåđ ķéþţ ƒåîļîñĝ åƒţéŕ šéṽéŕåļ ţŕîéš: {why} Ţĥé þåŕţîåļ ƒîļé îš ķéþţ; ŕéšûɱé îţ ļåţéŕ.······························⟧</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>⟦Ñö šýšţéɱ ķéýçĥåîñ îš åṽåîļåƀļé, šö ýöûŕ Ĥûĝĝîñĝ Ƒåçé ţöķéñ îš ķéþţ öñļý ûñţîļ Ĥéåŕţĥ çļöšéš; ýöû ŵîļļ ñééđ ţö éñţéŕ îţ åĝåîñ ñéẋţ ţîɱé.············································⟧</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>⟦Ñö ɱöđéļ îš ļöåđéđ.······⟧</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>⟦Ţĥé éñĝîñé îš ñöţ ŕûññîñĝ; šţåŕţ îţ åĝåîñ.·············⟧</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>⟦Ţĥé éñĝîñé đîđ ñöţ åñšŵéŕ îñ ţîɱé åñđ ŵåš šţöþþéđ.················⟧</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>⟦Ţĥé éñĝîñé ŵåš éñđéđ öñ ŕéǫûéšţ.··········⟧</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>⟦Ţĥé éñĝîñé šţöþþéđ ûñéẋþéçţéđļý. Ŵĥåţ ŵåš ŵŕîţţéñ šö ƒåŕ îš ķéþţ; ţĥé éñĝîñé šţåŕţš åĝåîñ ŵîţĥ ţĥé ñéẋţ ŕéǫûéšţ.····································⟧</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>⟦Ţĥé éñĝîñé šţöþþéđ ûñéẋþéçţéđļý: îţ {reason}. Ŵĥåţ ŵåš ŵŕîţţéñ šö ƒåŕ îš ķéþţ; ţĥé éñĝîñé šţåŕţš åĝåîñ ŵîţĥ ţĥé ñéẋţ ŕéǫûéšţ.········································⟧</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>⟦{draft} çåññöţ đŕåƒţ ƒöŕ {model}: ţĥéîŕ ṽöçåƀûļåŕîéš đîƒƒéŕ.···················⟧</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>⟦Ŕéþļîéš åŕé ñöţ đŕåƒţéđ ŵîţĥ {draft}. {reason}··············⟧</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>⟦Ţĥé éñĝîñé çöûļđ ñöţ ŕéåđ îţ.·········⟧</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>⟦Ţĥéŕé ŵåš ñö ɱéɱöŕý ƒöŕ îţš çöñţéẋţ.············⟧</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>⟦Ţĥé ɱöđéļ çöûļđ ñöţ ƀé ļöåđéđ: {reason}. Ţĥé ƒîļé ɱåý ƀé đåɱåĝéđ, öŕ ɱåđé ƒöŕ å ñéŵéŕ éñĝîñé ţĥåñ ţĥîš Ĥéåŕţĥ ĥåš.···································⟧</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>⟦Ñö éɱƀéđđîñĝ ɱöđéļ îš šéţ: šéåŕçĥ ûšéš ŵöŕđš öñļý. Þîçķ öñé îñ Šéţţîñĝš → Ķñöŵļéđĝé.··························⟧</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>⟦Ţĥé éɱƀéđđîñĝ ɱöđéļ šţöþþéđ ({name}: ţĥé éñĝîñé {reason}), šö šéåŕçĥ ûšéš ŵöŕđš öñļý. Þîçķ åñöţĥéŕ éɱƀéđđéŕ îñ Šéţţîñĝš → Ķñöŵļéđĝé, öŕ ŕéšţåŕţ Ĥéåŕţĥ ţö ţŕý åĝåîñ.···················································⟧</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>⟦Ţĥéŕé îš ñöţ éñöûĝĥ ɱéɱöŕý ţö ļöåđ ţĥîš ɱöđéļ ŵîţĥ å {n_ctx:,}-ţöķéñ çöñţéẋţ ({reason}). Çĥööšé å šɱåļļéŕ çöñţéẋţ öŕ ɱöđéļ, öŕ çļöšé öţĥéŕ þŕöĝŕåɱš.·············································⟧</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>⟦Ţĥéŕé îš ñöţ éñöûĝĥ ɱéɱöŕý ţö ļöåđ ţĥîš ɱöđéļ ŵîţĥ å {context:,}-ţöķéñ çöñţéẋţ: îţ ñééđš åƀöûţ {ram_needed} öƒ ŔÅṀ, åñđ {ram_free} îš ƒŕéé. Ţĥé ļåŕĝéšţ çöñţéẋţ ţĥåţ ƒîţš îš {max_context:,} ţöķéñš: ļöåđ ţĥé ɱöđéļ ŵîţĥ ţĥåţ öŕ ļéšš (åñ éšţîɱåţé).·········································································⟧</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>⟦Ţĥéŕé îš ñöţ éñöûĝĥ ɱéɱöŕý ţö ļöåđ ţĥîš ɱöđéļ ŵîţĥ å {context:,}-ţöķéñ çöñţéẋţ: îţ ñééđš åƀöûţ {ram_needed} öƒ ŔÅṀ, åñđ {ram_free} îš ƒŕéé. Ñöţ éṽéñ å šɱåļļ çöñţéẋţ ƒîţš: çļöšé öţĥéŕ þŕöĝŕåɱš, öŕ çĥööšé å šɱåļļéŕ ɱöđéļ öŕ ǫûåñţîžåţîöñ (åñ éšţîɱåţé).············································································⟧</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>⟦Ţĥéŕé îš ñöţ éñöûĝĥ ɱéɱöŕý ţö ļöåđ ţĥîš ɱöđéļ ŵîţĥ å {context:,}-ţöķéñ çöñţéẋţ: îţ ñééđš åƀöûţ {ram_needed} öƒ ŔÅṀ åñđ {gpu_needed} öñ ţĥé ĜÞÛ, åñđ {ram_free} öƒ ŔÅṀ åñđ {gpu_free} öñ ţĥé ĜÞÛ åŕé ƒŕéé. Ţĥé ļåŕĝéšţ çöñţéẋţ ţĥåţ ƒîţš îš {max_context:,} ţöķéñš: ļöåđ ţĥé ɱöđéļ ŵîţĥ ţĥåţ öŕ ļéšš (åñ éšţîɱåţé).··························································································⟧</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>⟦Ţĥéŕé îš ñöţ éñöûĝĥ ɱéɱöŕý ţö ļöåđ ţĥîš ɱöđéļ ŵîţĥ å {context:,}-ţöķéñ çöñţéẋţ: îţ ñééđš åƀöûţ {ram_needed} öƒ ŔÅṀ åñđ {gpu_needed} öñ ţĥé ĜÞÛ, åñđ {ram_free} öƒ ŔÅṀ åñđ {gpu_free} öñ ţĥé ĜÞÛ åŕé ƒŕéé. Ñöţ éṽéñ å šɱåļļ çöñţéẋţ ƒîţš: çļöšé öţĥéŕ þŕöĝŕåɱš, öŕ çĥööšé å šɱåļļéŕ ɱöđéļ öŕ ǫûåñţîžåţîöñ (åñ éšţîɱåţé).······························································································⟧</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>⟦Ļöåđîñĝ ŵåš çåñçéļļéđ.········⟧</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>⟦Ļöåđîñĝ öñ ţĥé ĜÞÛ ƒåîļéđ: {why}. Ĥéåŕţĥ ŕûñš ţĥé ɱöđéļ öñ ţĥé ÇÞÛ îñšţéåđ, ŵîţĥ å {n_ctx:,}-ţöķéñ çöñţéẋţ.·······························⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” çöûļđ ñöţ šţåŕţ: îţš ƒöļđéŕ {cwd} đöéš ñöţ éẋîšţ.·····················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” çöûļđ ñöţ šţåŕţ: ţĥé çöɱɱåñđ “{command}” ŵåš ñöţ ƒöûñđ.·······················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” çöûļđ ñöţ šţåŕţ: ţĥé çöɱɱåñđ “{command}” îš ñöţ éẋéçûţåƀļé.························⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” šéñţ å ɱéššåĝé öṽéŕ {megabytes} ṀƁ åñđ ŵåš šţöþþéđ.······················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” šéñţ å ɱéššåĝé ţĥåţ îš ñöţ ṽåļîđ ĴŠÖÑ-ŔÞÇ åñđ ŵåš šţöþþéđ.·························⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” ŕéƒûšéđ ţĥé çŕéđéñţîåļš (ĤŢŢÞ {status}); çĥéçķ ţĥé ĥéåđéŕš îţ îš ĝîṽéñ.····························⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” åţ {url} đîđ ñöţ åñšŵéŕ: ñöţĥîñĝ îš ļîšţéñîñĝ ţĥéŕé.······················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” đîđ ñöţ åñšŵéŕ ŵîţĥîñ {seconds:g} š.·················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” đîđ ñöţ åñšŵéŕ ŵîţĥîñ {seconds:g} š; îţ ŵŕöţé {lines} ļîñé(š) ţĥåţ åŕé ñöţ ṀÇÞ ɱéššåĝéš.································⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” çöûļđ ñöţ šţåŕţ: {why}.·············⟧</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>⟦éẋîţ çöđé {code}·····⟧</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>⟦ķîļļéđ ƀý šîĝñåļ {signal}········⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” éẋîţéđ åţ öñçé ({how}).············⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” éẋîţéđ åţ öñçé ({how}): {line}··············⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” šţöþþéđ ({how}).··········⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” šţöþþéđ ({how}): {line}············⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” çļöšéđ ţĥé çöññéçţîöñ ŵĥîļé šţåŕţîñĝ.···················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” çļöšéđ ţĥé çöññéçţîöñ ŵĥîļé šţåŕţîñĝ: {line}·····················⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” šţöþþéđ.·········⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” šţöþþéđ: {line}···········⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” åñšŵéŕéđ ŵîţĥ ĤŢŢÞ {status}.···············⟧</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>⟦Ţĥé ṀÇÞ šéŕṽéŕ “{name}” ƒåîļéđ: {error}···········⟧</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>⟦Šţöþþéđ.···⟧</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>⟦Ţĥé ɱöđéļ ɱåđé îñṽåļîđ ţööļ çåļļš {rounds} ţîɱéš îñ å ŕöŵ; ţĥé çĥåţ šţöþþéđ ţĥéŕé.··························⟧</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>⟦Ţĥé ɱöđéļ ŵåš šţîļļ çåļļîñĝ ţööļš åƒţéŕ {rounds} ŕöûñđš; ţĥé çĥåţ šţöþþéđ ţĥéŕé.··························⟧</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>⟦Çöññéçţîñĝ····⟧</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>⟦Ŵåîţîñĝ···⟧</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>⟦Ŕéţŕýîñĝ···⟧</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>⟦Çĥéçķîñĝ···⟧</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>⟦Ǫûéûéđ··⟧</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>⟦Đöŵñļöåđîñĝ····⟧</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>⟦Šţåļļéđ···⟧</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>⟦Þåûšéđ··⟧</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>⟦Ƒåîļéđ··⟧</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>⟦Îñšţåļļéđ····⟧</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>⟦{done} öƒ {total}····⟧</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>⟦{size}/š··⟧</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>⟦{duration} ļéƒţ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>⟦Ţĥîš ɱéššåĝé îš ţöö ļöñĝ ţö šéñđ: ŵîţĥ ţĥé šýšţéɱ þŕöɱþţ îţ îš {tokens} ţöķéñš, åñđ ţĥé ɱöđéļ'š {n_ctx}-ţöķéñ çöñţéẋţ ĥöļđš {limit} öñçé ŕööɱ ƒöŕ ţĥé ŕéþļý îš ķéþţ. Šĥöŕţéñ îţ, öŕ ļöåđ ţĥé ɱöđéļ ŵîţĥ å ļåŕĝéŕ çöñţéẋţ.··································································⟧</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>⟦Ţĥîš éđîţ îš ţöö ļöñĝ ţö šåṽé: ŵîţĥ ţĥé šýšţéɱ þŕöɱþţ îţ îš {tokens} ţöķéñš, åñđ ţĥé ɱöđéļ'š {n_ctx}-ţöķéñ çöñţéẋţ ĥöļđš {limit} öñçé ŕööɱ ƒöŕ ţĥé ŕéþļý îš ķéþţ. Šĥöŕţéñ îţ, öŕ ļöåđ ţĥé ɱöđéļ ŵîţĥ å ļåŕĝéŕ çöñţéẋţ.·································································⟧</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>⟦šééđ··⟧</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>⟦ţĥé šåɱé šééđ åñđ þåŕåɱéţéŕš ĝîṽé ţĥé šåɱé ŕéþļý; ŵîţĥöûţ öñé, éåçĥ ŕéþļý ĝéţš å ñéŵ ŕåñđöɱ šééđ (ŕéçöŕđéđ ŵîţĥ ţĥé ŕéþļý)·······································⟧</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>⟦šţöþ šţŕîñĝš····⟧</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>⟦ţĥé ŕéþļý éñđš ŵĥéŕé öñé öƒ ţĥéšé šţŕîñĝš ŵöûļđ åþþéåŕ (ţĥé šţŕîñĝ îţšéļƒ îš ñöţ šĥöŵñ)····························⟧</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>⟦ţéɱþéŕåţûŕé····⟧</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>⟦ĥöŵ åđṽéñţûŕöûš éåçĥ çĥöîçé îš: 0 åļŵåýš þîçķš ţĥé ɱöšţ ļîķéļý ţöķéñ······················⟧</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>⟦ţöþ-þ··⟧</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>⟦ñûçļéûš šåɱþļîñĝ: öñļý ţĥé ļîķéļîéšţ ţöķéñš ɱåķîñĝ ûþ ţĥîš šĥåŕé; 1 šŵîţçĥéš îţ öƒƒ···························⟧</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>⟦ţöþ-ķ··⟧</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>⟦öñļý ţĥé Ķ ļîķéļîéšţ ţöķéñš åŕé çöñšîđéŕéđ; 0 šŵîţçĥéš îţ öƒƒ····················⟧</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>⟦ɱîñ-þ··⟧</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>⟦đŕöþ ţöķéñš ļéšš ļîķéļý ţĥåñ ţĥîš šĥåŕé öƒ ţĥé ţöþ ţöķéñ'š; 0 šŵîţçĥéš îţ öƒƒ························⟧</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>⟦ŕéþéåţ þéñåļţý·····⟧</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>⟦ɱåķéš ŕéçéñţ ţöķéñš ļéšš ļîķéļý, åĝåîñšţ ļööþš; 1 šŵîţçĥéš îţ öƒƒ·····················⟧</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>⟦ŕéþéåţ ŵîñđöŵ·····⟧</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>⟦ĥöŵ ɱåñý ŕéçéñţ ţöķéñš ţĥé ŕéþéåţ þéñåļţý ļööķš ƀåçķ öṽéŕ···················⟧</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>⟦ţĥé ŵĥöļé çöñţéẋţ······⟧</translation>
        </message>
        <message>
            <source>off</source>
            <translation>⟦öƒƒ·⟧</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>⟦ɱåẋ ţöķéñš····⟧</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>⟦ţĥé ļöñĝéšţ ŕéþļý, îñ ţöķéñš·········⟧</translation>
        </message>
        <message>
            <source>context</source>
            <translation>⟦çöñţéẋţ···⟧</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>⟦çöñţéẋţ ļéñĝţĥ îñ ţöķéñš, åţ ɱöšţ ţĥé ɱöđéļ'š ţŕåîñéđ çöñţéẋţ····················⟧</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>⟦ţĥé ɱöđéļ'š öŵñ ļéñĝţĥ·······⟧</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>⟦ţĥŕéåđš···⟧</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>⟦ÇÞÛ ţĥŕéåđš (đéƒåûļţ: öñé þéŕ þĥýšîçåļ çöŕé)··············⟧</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>⟦ĜÞÛ ļåýéŕš····⟧</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>⟦éṽéŕý ļåýéŕ····⟧</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>⟦Ķ çåçĥé ţýþé····⟧</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>⟦ĥöŵ ţĥé åţţéñţîöñ ķéýš åŕé šţöŕéđ: ǫ8_0 åñđ ǫ4_0 ĥöļđ ɱöŕé çöñţéẋţ îñ ţĥé šåɱé ɱéɱöŕý, åţ å šɱåļļ çöšţ îñ ǫûåļîţý··································⟧</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>⟦Ṽ çåçĥé ţýþé····⟧</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>⟦ĥöŵ ţĥé åţţéñţîöñ ṽåļûéš åŕé šţöŕéđ: ǫ8_0 åñđ ǫ4_0 ĥöļđ ɱöŕé çöñţéẋţ îñ ţĥé šåɱé ɱéɱöŕý (ţĥéý ñééđ ƒļåšĥ åţţéñţîöñ)···································⟧</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>⟦šþéçûļåţîṽé đéçöđîñĝ········⟧</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>⟦ĝûéšš šéṽéŕåļ ţöķéñš åĥéåđ åñđ çĥéçķ ţĥéɱ îñ öñé šţéþ: ţĥé šåɱé ŕéþļý, ƒåšţéŕ ŵĥéñ ţĥé ţéẋţ ŕéþéåţš; åûţö ûšéš îţ ŵĥéŕé îţ ɱéåšûŕéđ ƒåšţéŕ ĥéŕé··············································⟧</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>⟦Ƒîţš öñ ĜÞÛ····⟧</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>⟦Ƒîţš šþļîţ····⟧</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>⟦Ƒîţš öñ ÇÞÛ····⟧</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>⟦Ŵöñ'ţ ƒîţ···⟧</translation>
        </message>
    </context>
    <context>
        <name>hardware_page</name>
        <message>
            <source>{n} GiB</source>
            <translation>⟦{n} ĜîƁ··⟧</translation>
        </message>
        <message>
            <source>{n} MiB</source>
            <translation>⟦{n} ṀîƁ··⟧</translation>
        </message>
        <message>
            <source>{total}, {free} free</source>
            <translation>⟦{total}, {free} ƒŕéé·····⟧</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>⟦ɱéɱöŕý ñöţ ŕéþöŕţéđ·······⟧</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>⟦{memory} (šĥåŕéđ ŵîţĥ šýšţéɱ ŔÅṀ)··········⟧</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>⟦{memory} (Ṁéţåļ ŵöŕķîñĝ šéţ)········⟧</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>⟦ƒŕöɱ {source}; đŕîṽéŕ {driver}·········⟧</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>⟦ƒŕöɱ {source}····⟧</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>⟦{name}: {memory} ({source})······⟧</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>⟦îñţéĝŕåţéđ ĜÞÛ·····⟧</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>⟦åççéļéŕåţöŕ····⟧</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>⟦Çöñṽéŕšåţîöñ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>⟦Ñöñé (ŵöŕđš öñļý)·····⟧</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>⟦Ƒöļđéŕ··⟧</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>⟦Ƒîļéš··⟧</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>⟦Þåššåĝéš···⟧</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>⟦Éŕŕöŕš··⟧</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>⟦Đöŵñļöåđéđ ƒŕöɱ ţĥé ĥûƀ········⟧</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>⟦Ûšéđ îñ þļåçé····⟧</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>⟦Îñ öñé öƒ ýöûŕ ɱöđéļ ƒöļđéŕš·········⟧</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>⟦Ɓûîļţ îñ···⟧</translation>
        </message>
        <message>
            <source>{n}B</source>
            <comment>billions of parameters</comment>
            <translation>⟦{n}Ɓ·⟧</translation>
        </message>
        <message>
            <source>{n}M</source>
            <comment>millions of parameters</comment>
            <translation>⟦{n}Ṁ·⟧</translation>
        </message>
        <message>
            <source>{n}K</source>
            <comment>thousands of parameters</comment>
            <translation>⟦{n}Ķ·⟧</translation>
        </message>
        <message>
            <source>Never</source>
            <comment>a model was never used</comment>
            <translation>⟦Ñéṽéŕ··⟧</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>⟦Ţöđåý {time}····⟧</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>⟦16 ƀîţš þéŕ ṽåļûé: ţĥé ƒûļļ-šîžé çåçĥé.···········⟧</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>⟦8 ƀîţš þéŕ ṽåļûé: åƀöûţ ĥåļƒ ţĥé ɱéɱöŕý öƒ ƒ16, ñéåŕļý ţĥé šåɱé ŕéþļîéš.·····················⟧</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>⟦4 ƀîţš þéŕ ṽåļûé: åƀöûţ å ǫûåŕţéŕ öƒ ţĥé ɱéɱöŕý öƒ ƒ16; ŕéþļîéš ɱåý çĥåñĝé å ļîţţļé.·························⟧</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>⟦Åûţö··⟧</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>⟦Öñ·⟧</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>⟦Öƒƒ·⟧</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>⟦{help}. Åþþļîéđ ŵĥéñ ţĥé ɱöđéļ îš ļöåđéđ åĝåîñ.··············⟧</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>⟦Å šɱåļļ ɱöđéļ ŵîţĥ ţĥé šåɱé ṽöçåƀûļåŕý ţĥåţ ĝûéššéš å ƒéŵ ţöķéñš åĥéåđ ƒöŕ ţĥîš öñé: ţĥé šåɱé ŕéþļîéš, šööñéŕ. Ĥéåŕţĥ öƒƒéŕš ţĥé ɱöđéļš îñ ýöûŕ ļîƀŕåŕý ţĥåţ ɱåţçĥ. Åþþļîéđ ŵĥéñ ţĥé ɱöđéļ îš ļöåđéđ åĝåîñ.·································································⟧</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>⟦Đŕåƒţ ɱöđéļ····⟧</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>⟦Ñöñé··⟧</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>⟦Ƒöļļöŵ ţĥé šýšţéɱ······⟧</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>⟦Ļîĝĥţ··⟧</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>⟦Đåŕķ··⟧</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>⟦Ĥîĝĥ çöñţŕåšţ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>⟦Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ: {error}. Đéţåîļš åŕé îñ ţĥé ļöĝ.················⟧</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>⟦{preset} (éđîţéđ)·····⟧</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>⟦Šåṽéđ šéţš öƒ šåɱþļîñĝ þåŕåɱéţéŕš. “(éđîţéđ)”: å ṽåļûé đîƒƒéŕš ƒŕöɱ ţĥé þŕéšéţ.························⟧</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>⟦{help} Öñé þéŕ ļîñé; ŵŕîţé \ñ ƒöŕ å ļîñé ƀŕéåķ îñšîđé öñé (ƒöŕ éẋåɱþļé \ñÛšéŕ:), \ţ ƒöŕ å ţåƀ åñđ \\ ƒöŕ å ƀåçķšļåšĥ.································⟧</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>⟦Îñšţŕûçţîöñš ţĥé ɱöđéļ šééš ƀéƒöŕé ţĥé çöñṽéŕšåţîöñ. Åļŵåýš ķéþţ, éṽéñ ŵĥéñ öļđ ɱéššåĝéš åŕé ļéƒţ öûţ ţö ƒîţ ţĥé çöñţéẋţ.········································⟧</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>⟦Ĥöŵ ɱåñý ţöķéñš ţĥé ɱöđéļ çåñ šéé åţ öñçé: ţĥé çöñṽéŕšåţîöñ åñđ ţĥé ŕéþļý. Ļåŕĝéŕ ûšéš ɱöŕé ɱéɱöŕý. Åþþļîéđ ŵĥéñ ţĥé ɱöđéļ îš ļöåđéđ åĝåîñ.············································⟧</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>⟦ÇÞÛ ţĥŕéåđš ƒöŕ ţĥé éñĝîñé. Åûţö (ţĥé ļöŵéšţ ṽåļûé) îš öñé þéŕ þĥýšîçåļ çöŕé. Åþþļîéđ ŵĥéñ ţĥé ɱöđéļ îš ļöåđéđ åĝåîñ.·····································⟧</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>⟦Ĥöŵ ɱåñý öƒ ţĥé ɱöđéļ'š ļåýéŕš ŕûñ öñ ţĥé ĜÞÛ: 0 ŕûñš îţ öñ ţĥé ÇÞÛ öñļý, ţĥé ƒåŕ éñđ þûţš éṽéŕý ļåýéŕ ţĥéŕé. Åþþļîéđ ŵĥéñ ţĥé ɱöđéļ îš ļöåđéđ åĝåîñ.·············································⟧</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>⟦Ļéţ Ĥéåŕţĥ çĥööšé ţĥé ĜÞÛ ļåýéŕš ƒŕöɱ ţĥé ɱöđéļ'š šîžé åñđ ţĥé ɱéɱöŕý ƒŕéé öñ ţĥé ĜÞÛ åñđ îñ ŔÅṀ (åñ éšţîɱåţé). Ûñţîçķ ţö çĥööšé ţĥéɱ ýöûŕšéļƒ.·············································⟧</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>⟦Ûñţîçķ ţö šŵîţçĥ ţöþ-þ öƒƒ.········⟧</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>⟦Ûñţîçķ ƒöŕ å ñéŵ ŕåñđöɱ šééđ ƒöŕ éåçĥ ŕéþļý.··············⟧</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>⟦åƀöṽé {low} åñđ åţ ɱöšţ {high}········⟧</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>⟦ƀéţŵééñ {low} åñđ {high}·······⟧</translation>
        </message>
        <message>
            <source>, </source>
            <translation>⟦, ·⟧</translation>
        </message>
        <message>
            <source>{value} ({meaning})</source>
            <translation>⟦{value} ({meaning})·····⟧</translation>
        </message>
        <message>
            <source>{special}, or {range}</source>
            <translation>⟦{special}, öŕ {range}······⟧</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>⟦{help}.··⟧</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>⟦{help}. Åļļöŵéđ: {range}.······⟧</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>⟦{n} (ÇÞÛ öñļý)···⟧</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>⟦åļļ {n}··⟧</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>⟦åļļ·⟧</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>⟦{used} öƒ {total}····⟧</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>⟦Ɓûîļţ-îñ þŕéšéţš çöɱé ŵîţĥ Ĥéåŕţĥ åñđ çåññöţ ƀé ŕéñåɱéđ öŕ đéļéţéđ.······················⟧</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>⟦Ɓåļåñçéđ···⟧</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>⟦Þŕéçîšé···⟧</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>⟦Çŕéåţîṽé···⟧</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>⟦Šééđ ţûţöŕîåļ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>⟦ţĥé ɱöđéļ ƒîñîšĥéđ îţš åñšŵéŕ··········⟧</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>⟦îţ ŕéåçĥéđ ţĥé ŕéþļý'š ţöķéñ ļîɱîţ···········⟧</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>⟦å šţöþ ţéẋţ åþþéåŕéđ·······⟧</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>⟦ţĥé çöñţéẋţ ŵåš ƒûļļ·······⟧</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>⟦ýöû šţöþþéđ îţ·····⟧</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>⟦åñ éŕŕöŕ éñđéđ îţ······⟧</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>⟦å ŕéåšöñ ţĥîš ṽéŕšîöñ öƒ Ĥéåŕţĥ đöéš ñöţ ķñöŵ···············⟧</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>⟦ñöţ ķéþţ···⟧</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>⟦ţéɱþéŕåţûŕé {value}······⟧</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>⟦ţöþ-þ {value}····⟧</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>⟦ţöþ-þ öƒƒ···⟧</translation>
        </message>
        <message>
            <source>top-k {value}</source>
            <translation>⟦ţöþ-ķ {value}····⟧</translation>
        </message>
        <message>
            <source>min-p {value}</source>
            <translation>⟦ɱîñ-þ {value}····⟧</translation>
        </message>
        <message>
            <source>repeat penalty {value} (last {count})</source>
            <translation>⟦ŕéþéåţ þéñåļţý {value} (ļåšţ {count})···········⟧</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>⟦åţ ɱöšţ {count} ţöķéñš·······⟧</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>⟦šţöþ åţ {texts}····⟧</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>⟦{model} öñ çöññéçţîöñ {connection}···········⟧</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>⟦Ṁöđéļ··⟧</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>⟦ñöţ ķñöŵñ···⟧</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>⟦Çĥåţ ƒöŕɱåţ····⟧</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>⟦Šåɱþļîñĝ···⟧</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>⟦Šééđ··⟧</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>⟦Šţöþþéđ ƀéçåûšé······⟧</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>⟦îţ đîđ ñöţ ƒîñîšĥ······⟧</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>⟦{prompt} îñ ţĥé þŕöɱþţ ({reused} ŕéûšéđ) · {written} ŵŕîţţéñ·················⟧</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>⟦{prompt} îñ ţĥé þŕöɱþţ · {written} ŵŕîţţéñ············⟧</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>⟦{rate} ţöķ/š ŵŕîţîñĝ · {read} ţöķ/š ŕéåđîñĝ ţĥé þŕöɱþţ · ƒîŕšţ ţöķéñ åƒţéŕ {ttft} ɱš · {total} š îñ åļļ····························⟧</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>⟦Ţöķéñš··⟧</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>⟦Šþééđ··⟧</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>⟦šĥå256 ñöţ ķñöŵñ····⟧</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>⟦Ţĥîš ŕéþļý ŵåš ŵŕîţţéñ ƀý {old} ({old_sha}); ţĥé ɱöđéļ ļöåđéđ ñöŵ îš {new} ({new_sha}), šö ţĥé ñéŵ ŕéþļý ŵîļļ ñöţ ƀé ţĥé šåɱé.···································⟧</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>⟦åñöţĥéŕ ɱöđéļ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>⟦Ţĥîš ɱöđéļ îš ĝåţéđ: åççéþţ îţš ļîçéñçé öñ îţš þåĝé öñ ţĥé ĥûƀ (šîĝñéđ îñ ţö ýöûŕ Ĥûĝĝîñĝ Ƒåçé åççöûñţ), ţĥéñ åđđ å ţöķéñ öƒ ţĥåţ åççöûñţ îñ Šéţţîñĝš.···············································⟧</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>⟦Çĥööšé å ɱöđéļ îñ ţĥé ļîšţ ţö šéé îţš ƒîļéš.··············⟧</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>⟦Ŵĥîļé Ĥéåŕţĥ îš öƒƒļîñé îţš ƒîļéš çåññöţ ƀé ļîšţéđ: ţĥéý åþþéåŕ ĥéŕé, ŕéåđý ţö đöŵñļöåđ, öñçé ţĥé ĥûƀ îš îñ ŕéåçĥ.····································⟧</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>⟦Çöļûɱñš öƒ {table}······⟧</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>⟦çöñţéẋţ %v / %m····⟧</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>⟦Å ĴŠÖÑ šçĥéɱå éṽéŕý ŕéþļý ɱûšţ ƒöļļöŵ: ţĥé ɱöđéļ çåñ ţĥéñ öñļý ŵŕîţé ĴŠÖÑ ṽåļîđ åĝåîñšţ îţ (ļļåɱå.çþþ'š ĝŕåɱɱåŕ), åñđ ţĥé ŕéþļý îš çĥéçķéđ ŵĥéñ îţ éñđš. Ļéåṽé îţ éɱþţý ƒöŕ ƒŕéé ţéẋţ. Ķéþţ ûñţîļ Ĥéåŕţĥ îš çļöšéđ.··································································⟧</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>⟦Éɱþţý: ƒŕéé ţéẋţ. Ƒöŕ éẋåɱþļé {"ţýþé": "öƀĵéçţ", "þŕöþéŕţîéš": {"ñåɱé": {...}}}···················⟧</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>⟦Ţĥé šçĥéɱå îš ļöñĝéŕ ţĥåñ {n} çĥåŕåçţéŕš. Ŕéþļîéš åŕé ƒŕéé ţéẋţ ûñţîļ îţ îš ƒîẋéđ.··························⟧</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>⟦Ţĥîš îš ñöţ ĴŠÖÑ ({reason} åţ ļîñé {line}, çöļûɱñ {column}). Ŕéþļîéš åŕé ƒŕéé ţéẋţ ûñţîļ îţ îš ƒîẋéđ.·····························⟧</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>⟦Ţĥîš îš ñöţ ĴŠÖÑ ({reason}). Ŕéþļîéš åŕé ƒŕéé ţéẋţ ûñţîļ îţ îš ƒîẋéđ.····················⟧</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>⟦Å šçĥéɱå îš å ĴŠÖÑ öƀĵéçţ, šûçĥ åš {example}. Ŕéþļîéš åŕé ƒŕéé ţéẋţ ûñţîļ îţ îš ƒîẋéđ.··························⟧</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>⟦★ Ŕéçöɱɱéñđéđ····⟧</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>⟦Ƒîţš îñ ţĥé ĜÞÛ'š ɱéɱöŕý: ţĥé ƒåšţéšţ ŵåý ţö ŕûñ îţ.················⟧</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>⟦Þåŕţ öñ ţĥé ĜÞÛ, ţĥé ŕéšţ îñ ŔÅṀ: îţ ŕûñš, ɱöŕé šļöŵļý ţĥåñ ŵĥöļļý öñ ţĥé ĜÞÛ.·······················⟧</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>⟦Ƒîţš îñ ţĥîš çöɱþûţéŕ'š ŔÅṀ åñđ ŕûñš öñ ţĥé ÇÞÛ.···············⟧</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>⟦Ţöö ƀîĝ ƒöŕ ţĥîš çöɱþûţéŕ'š ƒŕéé ɱéɱöŕý: îţ ŵöûļđ ñöţ ļöåđ, öŕ ṽéŕý šļöŵļý.·······················⟧</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>⟦Ṁöđéļ··⟧</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>⟦Þåŕåɱéţéŕš····⟧</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>⟦Šîžé··⟧</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>⟦Ƒîţ·⟧</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>⟦Ļîçéñçé···⟧</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>⟦{name}  ✓ îñšţåļļéđ·····⟧</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>⟦≈ {size}··⟧</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>⟦åƀöûţ {size}····⟧</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>⟦Ŕéþöšîţöŕý····⟧</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>⟦Đöŵñļöåđš····⟧</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>⟦Ļîķéš··⟧</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>⟦Ûþđåţéđ···⟧</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>⟦Åççéšš··⟧</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>⟦Ĝåţéđ··⟧</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>⟦Öþéñ··⟧</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>⟦Åççéþţ ţĥé ļîçéñçé öñ ţĥé ĥûƀ åñđ åđđ ýöûŕ ţöķéñ îñ Šéţţîñĝš ţö đöŵñļöåđ.························⟧</translation>
        </message>
        <message>
            <source>File</source>
            <translation>⟦Ƒîļé··⟧</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>⟦Ǫûåñţîžåţîöñ·····⟧</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>⟦{name} (%Ln þåŕţ(š))····⟧</numerusform>
                <numerusform>⟦{name} (%Ln þåŕţ(š))····⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>⟦Ţĥé ƀéšţ ǫûåļîţý ţĥåţ ƒîţš ţĥîš çöɱþûţéŕ'š ɱéɱöŕý çöɱƒöŕţåƀļý.·····················⟧</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>⟦{model} ɱöđéļ + {projector} ṽîšîöñ þŕöĵéçţöŕ··············⟧</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>⟦Åñý ƒŕéé þöŕţ····⟧</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>⟦127.0.0.1: öñļý þŕöĝŕåɱš öñ ţĥîš çöɱþûţéŕ çåñ çöññéçţ. Åñý öţĥéŕ åđđŕéšš (0.0.0.0 ƒöŕ éṽéŕý ñéţŵöŕķ) ļéţš öţĥéŕ çöɱþûţéŕš îñ, åñđ ñééđš ţĥé ÅÞÎ ķéý.·········································⟧</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>⟦Ţĥé šéŕṽéŕ îš öƒƒ.······⟧</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>⟦Šéŕṽîñĝ {model}.·····⟧</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>⟦Ñö ɱöđéļ îš ļöåđéđ: ŕéǫûéšţš ĝéţ åñ éŕŕöŕ ûñţîļ ţĥé çĥåţ ļöåđš öñé.·····················⟧</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>⟦Ţĥé çĥåţ'š ŕéþļý îš ûšîñĝ ţĥé ɱöđéļ; %n ŕéǫûéšţ(š) ŵåîţîñĝ.··················⟧</numerusform>
                <numerusform>⟦Ţĥé çĥåţ'š ŕéþļý îš ûšîñĝ ţĥé ɱöđéļ; %n ŕéǫûéšţ(š) ŵåîţîñĝ.··················⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>⟦Ţĥé çĥåţ'š ŕéþļý îš ûšîñĝ ţĥé ɱöđéļ.···········⟧</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>⟦Åñšŵéŕîñĝ å ŕéǫûéšţ; {n} ŵåîţîñĝ.··········⟧</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>⟦Åñšŵéŕîñĝ å ŕéǫûéšţ.·······⟧</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>⟦Îđļé, {n} ŵåîţîñĝ.·····⟧</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>⟦Îđļé.··⟧</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>⟦Ţĥé çĥåţ ĝöéš åĥéåđ öƒ ţĥé ŵåîţîñĝ ŕéǫûéšţš.··············⟧</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>⟦Éñţéŕ šéñđš (Šĥîƒţ+Éñţéŕ šţåŕţš å ñéŵ ļîñé)··············⟧</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>⟦Çţŕļ+Éñţéŕ šéñđš (Éñţéŕ šţåŕţš å ñéŵ ļîñé)·············⟧</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>⟦Ƒöļļöŵ ţĥé šýšţéɱ······⟧</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>⟦Ļîĝĥţ··⟧</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>⟦Đåŕķ··⟧</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>⟦Ĥîĝĥ çöñţŕåšţ·····⟧</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>⟦Çöñṽéŕšåţîöñš·····⟧</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>⟦Šéţţîñĝš···⟧</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>⟦Ļöĝš··⟧</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>⟦Đöŵñļöåđéđ ɱöđéļš······⟧</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>⟦Å ţöķéñ ļéţš Ĥéåŕţĥ đöŵñļöåđ ĝåţéđ ɱöđéļš ŵĥöšé ļîçéñçé ýöû åççéþţéđ öñ ţĥé ĥûƀ. Çŕéåţé å ŕéåđ ţöķéñ åţ ĥûĝĝîñĝƒåçé.çö/šéţţîñĝš/ţöķéñš. Îţ îš ķéþţ îñ ýöûŕ šýšţéɱ'š ķéýçĥåîñ (öŕ, ŵîţĥöûţ öñé, îñ ɱéɱöŕý ûñţîļ Ĥéåŕţĥ çļöšéš), ñéṽéŕ îñ Ĥéåŕţĥ'š ƒîļéš öŕ ļöĝš.·················································································⟧</translation>
        </message>
    </context>
    <context>
        <name>sources_view</name>
        <message>
            <source>{name} — {place}</source>
            <translation>⟦{name} — {place}····⟧</translation>
        </message>
    </context>
    <context>
        <name>thinking_controls</name>
        <message>
            <source>Low</source>
            <comment>reasoning effort</comment>
            <translation>⟦Ļöŵ·⟧</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>⟦Ṁéđîûɱ··⟧</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>⟦Ĥîĝĥ··⟧</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>⟦{s} š·⟧</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>⟦{m} ɱîñ {s} š··⟧</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>⟦Ţĥîñķîñĝ… {time}·····⟧</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>⟦Ţĥîñķîñĝ…···⟧</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>⟦Ţĥöûĝĥţ···⟧</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>⟦Ţĥöûĝĥţ ƒöŕ ļéšš ţĥåñ å šéçöñđ··········⟧</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>⟦Ţĥöûĝĥţ ƒöŕ {time}······⟧</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>⟦đöñé··⟧</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>⟦đöñé îñ {ms} ɱš····⟧</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>⟦ƒåîļéđ··⟧</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>⟦ƒåîļéđ îñ {ms} ɱš·····⟧</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>⟦ƀéîñĝ ŵŕîţţéñ…·····⟧</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>⟦ñöţ ŕûñ··⟧</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>⟦åšķš ţö ŕûñ····⟧</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>⟦ŕûññîñĝ…···⟧</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>⟦đéñîéđ··⟧</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>⟦Ţĥé çåļļ ƒåîļéđ.·····⟧</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>⟦Ýöû đéñîéđ ţĥîš çåļļ; ţĥé ɱöđéļ îš ţöļđ šö.·············⟧</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>⟦Ŕûñ îţ?··⟧</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>⟦Ṁåķé ţĥé ɱöđéļ çåļļ å ţööļ ƒîŕšţ··········⟧</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>⟦Ŕéåđîñĝ ţĥé ļîšţ öƒ šéŕṽéŕš…·········⟧</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>⟦Ţĥîš šéŕṽéŕ öƒƒéŕš ñö ţööļš.·········⟧</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>⟦Ṽîšîöñ··⟧</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>⟦Ŕéåđš îɱåĝéš: đöŵñļöåđš å ṽîšîöñ þŕöĵéçţöŕ (ɱɱþŕöĵ, {size}) ŵîţĥ ţĥé ɱöđéļ·······················⟧</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>⟦Ŕéåđš îɱåĝéš: ļöåđš îţš ṽîšîöñ þŕöĵéçţöŕ (ɱɱþŕöĵ, {size}) ŵîţĥ ţĥé ɱöđéļ······················⟧</translation>
        </message>
        <message>
            <source>{text}, {tag}: {sentence}</source>
            <translation>⟦{text}, {tag}: {sentence}······⟧</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Write a short poem about the sea</source>
            <translation>⟦Ŵŕîţé å šĥöŕţ þöéɱ åƀöûţ ţĥé šéå··········⟧</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>⟦Šûĝĝéšţ ƒîṽé ñåɱéš ƒöŕ å ĝŕéý ķîţţéñ············⟧</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>⟦Ţéļļ ɱé å ƀéđţîɱé šţöŕý åƀöûţ å ŕöƀöţ ŵĥö ļéåŕñš ţö ƀåķé··················⟧</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>⟦Ŕéŵŕîţé ţĥîš ɱöŕé þöļîţéļý: šéñđ ɱé ţĥé ŕéþöŕţ ñöŵ················⟧</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>⟦Çĥööšé å ɱöđéļ îñ ţĥé ƀåŕ åƀöṽé, öŕ ƒîñđ öñé ţĥåţ ƒîţš ţĥîš çöɱþûţéŕ ƀéļöŵ.························⟧</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>⟦Ƒîñđ å ƀéţţéŕ ɱöđéļ ƒöŕ ţĥîš çöɱþûţéŕ············⟧</translation>
        </message>
    </context>
</TS>
