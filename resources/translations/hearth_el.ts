<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Hearth</source>
            <translation>Σχετικά με το Hearth</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyStore</name>
        <message>
            <source>The system keychain refused to read the API key, so it is kept only until Hearth closes.</source>
            <translation>Η κλειδοθήκη του συστήματος αρνήθηκε να διαβάσει το κλειδί API, οπότε διατηρείται μόνο μέχρι να κλείσει το Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to save the API key, so it is kept only until Hearth closes.</source>
            <translation>Η κλειδοθήκη του συστήματος αρνήθηκε να αποθηκεύσει το κλειδί API, οπότε διατηρείται μόνο μέχρι να κλείσει το Hearth.</translation>
        </message>
        <message>
            <source>The system keychain refused to delete the API key, so it is kept only until Hearth closes.</source>
            <translation>Η κλειδοθήκη του συστήματος αρνήθηκε να διαγράψει το κλειδί API, οπότε διατηρείται μόνο μέχρι να κλείσει το Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ApiService</name>
        <message>
            <source>Hearth could not listen on {host} port {port}: another program may be using that port; choose another.</source>
            <translation>Το Hearth δεν μπόρεσε να ακούσει στο {host}, θύρα {port}: ίσως άλλο πρόγραμμα χρησιμοποιεί αυτή τη θύρα· επιλέξτε άλλη.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Waiting for an API request to finish…</source>
            <translation>Αναμονή για την ολοκλήρωση ενός αιτήματος API…</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Μοντέλα</translation>
        </message>
        <message>
            <source>Find, download and manage models</source>
            <translation>Εύρεση, λήψη και διαχείριση μοντέλων</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Υλικό</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Ο επεξεργαστής, η μνήμη και οι GPU αυτού του υπολογιστή, και τι μπορεί να χρησιμοποιήσει η μηχανή</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Διακομιστής</translation>
        </message>
        <message>
            <source>Serve the chat's model to other programs over an OpenAI-compatible API</source>
            <translation>Διάθεση του μοντέλου της συνομιλίας σε άλλα προγράμματα μέσω API συμβατού με OpenAI</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Εργαλεία</translation>
        </message>
        <message>
            <source>MCP servers: the tools a model may use, each asking before it runs</source>
            <translation>Διακομιστές MCP: τα εργαλεία που μπορεί να χρησιμοποιήσει ένα μοντέλο, καθένα ζητά άδεια πριν εκτελεστεί</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ρυθμίσεις</translation>
        </message>
        <message>
            <source>Preferences: chat, appearance, model folders, network and data</source>
            <translation>Προτιμήσεις: συνομιλία, εμφάνιση, φάκελοι μοντέλων, δίκτυο και δεδομένα</translation>
        </message>
        <message>
            <source>Saving before Hearth closes…</source>
            <translation>Αποθήκευση πριν κλείσει το Hearth…</translation>
        </message>
        <message>
            <source>The history is not saved.</source>
            <translation>Το ιστορικό δεν έχει αποθηκευτεί.</translation>
        </message>
        <message>
            <source>Hearth has not saved everything</source>
            <translation>Το Hearth δεν έχει αποθηκεύσει τα πάντα</translation>
        </message>
        <message numerus="yes">
            <source>{problem}, so what you see is not saved yet (%n change(s)). Free some space or close the program using the history, and Hearth saves it and closes.</source>
            <translation>
                <numerusform>{problem}, οπότε ό,τι βλέπετε δεν έχει αποθηκευτεί ακόμη (%n αλλαγή). Ελευθερώστε χώρο ή κλείστε το πρόγραμμα που χρησιμοποιεί το ιστορικό, και το Hearth θα το αποθηκεύσει και θα κλείσει.</numerusform>
                <numerusform>{problem}, οπότε ό,τι βλέπετε δεν έχει αποθηκευτεί ακόμη (%n αλλαγές). Ελευθερώστε χώρο ή κλείστε το πρόγραμμα που χρησιμοποιεί το ιστορικό, και το Hearth θα το αποθηκεύσει και θα κλείσει.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep Hearth open</source>
            <translation>Να μείνει ανοιχτό το Hearth</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Έξοδος χωρίς αποθήκευση</translation>
        </message>
        <message>
            <source>Hearth keeps trying to save.</source>
            <translation>Το Hearth συνεχίζει να προσπαθεί να αποθηκεύσει.</translation>
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
            <translation>Συνημμένο {name}, {size}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Αφαίρεση {name}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Κάτι πήγε στραβά: {error}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Παράβλεψη</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Παράβλεψη μηνύματος</translation>
        </message>
        <message>
            <source>Hides this message</source>
            <translation>Κρύβει αυτό το μήνυμα</translation>
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
            <translation>Ανενεργή</translation>
        </message>
        <message>
            <source>The most disk space saved conversation states may take; Off saves none</source>
            <translation>Ο μέγιστος χώρος στον δίσκο για τις αποθηκευμένες καταστάσεις συνομιλιών· με Ανενεργή δεν αποθηκεύεται καμία</translation>
        </message>
        <message>
            <source>Conversation cache size</source>
            <translation>Μέγεθος cache συνομιλιών</translation>
        </message>
        <message>
            <source>Clear cache</source>
            <translation>Εκκαθάριση cache</translation>
        </message>
        <message>
            <source>Clear the conversation cache</source>
            <translation>Εκκαθάριση της cache συνομιλιών</translation>
        </message>
        <message>
            <source>Delete every saved conversation state (your conversations stay)</source>
            <translation>Διαγραφή κάθε αποθηκευμένης κατάστασης συνομιλίας (οι συνομιλίες σας παραμένουν)</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Χώρος στον δίσκο</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Σε χρήση</translation>
        </message>
        <message>
            <source>Replies to a conversation you reopen start at once, because the engine saves its state on this computer; this caps the disk space it takes, and the least recently used conversations go first.</source>
            <translation>Οι απαντήσεις σε μια συνομιλία που ανοίγετε ξανά ξεκινούν αμέσως, επειδή η μηχανή αποθηκεύει την κατάσταση της συνομιλίας σε αυτόν τον υπολογιστή· εδώ ορίζεται πόσο χώρο στον δίσκο μπορεί να καταλάβει, και πρώτες διαγράφονται οι συνομιλίες που χρησιμοποιήθηκαν λιγότερο πρόσφατα.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Υπολογισμός…</translation>
        </message>
        <message>
            <source>Clearing…</source>
            <translation>Εκκαθάριση…</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Συνομιλία</translation>
        </message>
        <message>
            <source>The messages, newest last; Up and Down move from message to message</source>
            <translation>Τα μηνύματα, με το νεότερο τελευταίο· τα πλήκτρα Πάνω και Κάτω μετακινούν από μήνυμα σε μήνυμα</translation>
        </message>
        <message>
            <source>The reply failed: {text}</source>
            <translation>Η απάντηση απέτυχε: {text}</translation>
        </message>
        <message>
            <source>The reply failed.</source>
            <translation>Η απάντηση απέτυχε.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Attach files (or drop them here, or paste)</source>
            <translation>Επισύναψη αρχείων (ή σύρετέ τα εδώ, ή επικολλήστε)</translation>
        </message>
        <message>
            <source>Attach files or images: the loaded model reads images (or drop them here, or paste)</source>
            <translation>Επισύναψη αρχείων ή εικόνων: το φορτωμένο μοντέλο διαβάζει εικόνες (ή σύρετέ τα εδώ, ή επικολλήστε)</translation>
        </message>
        <message>
            <source>On: replies use passages from your knowledge folders</source>
            <translation>Ενεργό: οι απαντήσεις χρησιμοποιούν αποσπάσματα από τους φακέλους γνώσεων</translation>
        </message>
        <message>
            <source>Off: replies do not search your knowledge folders</source>
            <translation>Ανενεργό: οι απαντήσεις δεν κάνουν αναζήτηση στους φακέλους γνώσεων</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Αποστολή</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Επισύναψη</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Επισύναψη αρχείων</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Γνώσεις</translation>
        </message>
        <message>
            <source>Answer from the knowledge folders</source>
            <translation>Απάντηση από τους φακέλους γνώσεων</translation>
        </message>
        <message>
            <source>Message the model ({send} sends, {newline} for a new line)</source>
            <translation>Μήνυμα προς το μοντέλο ({send} για αποστολή, {newline} για νέα γραμμή)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Μήνυμα</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Διακοπή</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Διακοπή της απάντησης (Esc)</translation>
        </message>
        <message>
            <source>Send ({keys})</source>
            <translation>Αποστολή ({keys})</translation>
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
            <translation>Αυτό το μήνυμα είναι πολύ μεγάλο για αποστολή, ακόμη κι αν παραλειφθούν όλα τα παλαιότερα μηνύματα. Το πλαίσιο του μοντέλου χωρά {n_ctx} tokens· {kept} κρατούνται για την απάντηση.</translation>
        </message>
        <message>
            <source>The oldest messages will be left out of the next reply to make room. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Τα παλαιότερα μηνύματα θα παραλειφθούν από την επόμενη απάντηση για να δημιουργηθεί χώρος. Το πλαίσιο του μοντέλου χωρά {n_ctx} tokens· {kept} κρατούνται για την απάντηση.</translation>
        </message>
        <message>
            <source>{left} tokens left before older messages are left out. The model's context holds {n_ctx} tokens; {kept} are kept for the reply.</source>
            <translation>Απομένουν {left} tokens πριν παραλειφθούν παλαιότερα μηνύματα. Το πλαίσιο του μοντέλου χωρά {n_ctx} tokens· {kept} κρατούνται για την απάντηση.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved to attach it.</source>
            <translation>Δεν ήταν δυνατή η αποθήκευση της επικολλημένης εικόνας για επισύναψη.</translation>
        </message>
        <message>
            <source>Add a knowledge folder in Settings to answer from your documents</source>
            <translation>Προσθέστε έναν φάκελο γνώσεων στις Ρυθμίσεις για απαντήσεις από τα έγγραφά σας</translation>
        </message>
    </context>
    <context>
        <name>ConnectionJobs</name>
        <message>
            <source>Listing failed.</source>
            <translation>Η ανάκτηση της λίστας απέτυχε.</translation>
        </message>
        <message>
            <source>The server at {url} lists no models.</source>
            <translation>Ο διακομιστής στο {url} δεν αναφέρει κανένα μοντέλο.</translation>
        </message>
        <message>
            <source>{model} replied in {total_ms} ms: first token after {ttft_ms} ms, {tokens} tokens at {rate} tokens/s (“{reply}”).</source>
            <translation>Το {model} απάντησε σε {total_ms} ms: πρώτο token μετά από {ttft_ms} ms, {tokens} tokens με {rate} tokens/s («{reply}»).</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with no models.</source>
            <translation>Το «{name}» απάντησε σε {ms} ms χωρίς μοντέλα.</translation>
        </message>
        <message>
            <source>“{name}” replied in {ms} ms with 1 model: {listed}.</source>
            <translation>Το «{name}» απάντησε σε {ms} ms με 1 μοντέλο: {listed}.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed} and {more} more.</source>
            <translation>
                <numerusform>Το «{name}» απάντησε σε {ms} ms με %n μοντέλο: {listed} και {more} ακόμη.</numerusform>
                <numerusform>Το «{name}» απάντησε σε {ms} ms με %n μοντέλα: {listed} και {more} ακόμη.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” replied in {ms} ms with %n models: {listed}.</source>
            <translation>
                <numerusform>Το «{name}» απάντησε σε {ms} ms με %n μοντέλο: {listed}.</numerusform>
                <numerusform>Το «{name}» απάντησε σε {ms} ms με %n μοντέλα: {listed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionsPage</name>
        <message>
            <source>Chat with models on another machine or server: llama-server, vLLM, Ollama, LM Studio, another Hearth, or a hosted service (any server that speaks the OpenAI API). A connection's models appear in the model picker under its name.</source>
            <translation>Συνομιλήστε με μοντέλα σε άλλο μηχάνημα ή διακομιστή: llama-server, vLLM, Ollama, LM Studio, άλλο Hearth ή φιλοξενούμενη υπηρεσία (οποιονδήποτε διακομιστή υποστηρίζει το OpenAI API). Τα μοντέλα μιας σύνδεσης εμφανίζονται στην επιλογή μοντέλου με το όνομά της.</translation>
        </message>
        <message>
            <source>Connection and its models</source>
            <translation>Σύνδεση και τα μοντέλα της</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Διεύθυνση</translation>
        </message>
        <message>
            <source>Connections and their models</source>
            <translation>Συνδέσεις και τα μοντέλα τους</translation>
        </message>
        <message>
            <source>Connection columns</source>
            <translation>Στήλες συνδέσεων</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Χρήση αυτού του μοντέλου</translation>
        </message>
        <message>
            <source>Chat with the chosen model</source>
            <translation>Συνομιλία με το επιλεγμένο μοντέλο</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Δοκιμή</translation>
        </message>
        <message>
            <source>List the server's models and time one short reply</source>
            <translation>Ανάκτηση της λίστας μοντέλων του διακομιστή και χρονομέτρηση μιας σύντομης απάντησης</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Δοκιμή της σύνδεσης</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Forget this connection and its API key</source>
            <translation>Διαγραφή αυτής της σύνδεσης και του κλειδιού API της</translation>
        </message>
        <message>
            <source>Remove the connection</source>
            <translation>Αφαίρεση της σύνδεσης</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Ανανέωση</translation>
        </message>
        <message>
            <source>Ask every server for its models again</source>
            <translation>Νέο αίτημα σε κάθε διακομιστή για τα μοντέλα του</translation>
        </message>
        <message>
            <source>Refresh the connections</source>
            <translation>Ανανέωση των συνδέσεων</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>π.χ. {example}</translation>
        </message>
        <message>
            <source>optional: kept in the system keychain, never in a file</source>
            <translation>προαιρετικό: φυλάσσεται στην κλειδοθήκη του συστήματος, ποτέ σε αρχείο</translation>
        </message>
        <message>
            <source>Add connection</source>
            <translation>Προσθήκη σύνδεσης</translation>
        </message>
        <message>
            <source>Add a connection</source>
            <translation>Προσθήκη σύνδεσης</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Κλειδί API</translation>
        </message>
        <message>
            <source>Testing “{name}”: listing its models and timing one short reply…</source>
            <translation>Δοκιμή «{name}»: ανάκτηση της λίστας μοντέλων του και χρονομέτρηση μιας σύντομης απάντησης…</translation>
        </message>
        <message>
            <source>Removing “{name}”…</source>
            <translation>Αφαίρεση «{name}»…</translation>
        </message>
        <message>
            <source>Adding “{name}”…</source>
            <translation>Προσθήκη «{name}»…</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>Imported · {date}</source>
            <translation>Εισαγμένη · {date}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Εισαγμένη</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>Last changed {when}</source>
            <translation>Τελευταία αλλαγή {when}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Εισαγμένη από αρχείο</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <source>The history file is damaged and Hearth could not repair it ({reason}). What can be read is shown; new chats are kept in memory until the file can be written.</source>
            <translation>Το αρχείο ιστορικού είναι κατεστραμμένο και το Hearth δεν μπόρεσε να το επιδιορθώσει ({reason}). Εμφανίζεται ό,τι μπορεί να διαβαστεί· οι νέες συνομιλίες κρατούνται στη μνήμη μέχρι να μπορεί να γραφτεί το αρχείο.</translation>
        </message>
    </context>
    <context>
        <name>DiscoverPage</name>
        <message>
            <source>Most downloaded</source>
            <translation>Περισσότερες λήψεις</translation>
        </message>
        <message>
            <source>Most liked</source>
            <translation>Περισσότερα «μου αρέσει»</translation>
        </message>
        <message>
            <source>Recently updated</source>
            <translation>Πρόσφατες ενημερώσεις</translation>
        </message>
        <message>
            <source>Search the hub for GGUF models (e.g. qwen, llama 3.2)…</source>
            <translation>Αναζήτηση μοντέλων GGUF στο Hub (π.χ. qwen, llama 3.2)…</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Αναζήτηση στο Hub</translation>
        </message>
        <message>
            <source>Finds GGUF models on the hub; with no words, the recommended models.</source>
            <translation>Βρίσκει μοντέλα GGUF στο Hub· χωρίς λέξεις, τα προτεινόμενα μοντέλα.</translation>
        </message>
        <message>
            <source>Sort the search results by</source>
            <translation>Ταξινόμηση των αποτελεσμάτων κατά</translation>
        </message>
        <message>
            <source>Recommended models</source>
            <translation>Προτεινόμενα μοντέλα</translation>
        </message>
        <message>
            <source>Models found on the hub</source>
            <translation>Μοντέλα που βρέθηκαν στο Hub</translation>
        </message>
        <message>
            <source>Recommended models, small to large: a good place to start.</source>
            <translation>Προτεινόμενα μοντέλα, από μικρά σε μεγάλα: ένα καλό σημείο για να ξεκινήσετε.</translation>
        </message>
        <message>
            <source>Searching the hub for “{query}”…</source>
            <translation>Αναζήτηση στο Hub για «{query}»…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln GGUF repositor(y|ies)</source>
            <translation>
                <numerusform>%Ln αποθετήριο GGUF</numerusform>
                <numerusform>%Ln αποθετήρια GGUF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing on the hub matches “{query}”; %Ln recommended model(s) (matches|match).</source>
            <translation>
                <numerusform>Τίποτα στο Hub δεν ταιριάζει με «{query}»· %Ln προτεινόμενο μοντέλο ταιριάζει.</numerusform>
                <numerusform>Τίποτα στο Hub δεν ταιριάζει με «{query}»· %Ln προτεινόμενα μοντέλα ταιριάζουν.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on the hub matches “{query}”.</source>
            <translation>Τίποτα στο Hub δεν ταιριάζει με «{query}».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommended model(s) (matches|match) “{query}”.</source>
            <translation>
                <numerusform>%Ln προτεινόμενο μοντέλο ταιριάζει με «{query}».</numerusform>
                <numerusform>%Ln προτεινόμενα μοντέλα ταιριάζουν με «{query}».</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommended model matches “{query}”.</source>
            <translation>Κανένα προτεινόμενο μοντέλο δεν ταιριάζει με «{query}».</translation>
        </message>
    </context>
    <context>
        <name>DownloadManager</name>
        <message>
            <source>Paused: Hearth is offline. It resumes when Hearth is back online.</source>
            <translation>Σε παύση: το Hearth είναι εκτός σύνδεσης. Θα συνεχιστεί όταν το Hearth συνδεθεί ξανά.</translation>
        </message>
        <message>
            <source>Waiting: Hearth is offline.</source>
            <translation>Αναμονή: το Hearth είναι εκτός σύνδεσης.</translation>
        </message>
        <message>
            <source>Paused when Hearth closed: resume to finish the download.</source>
            <translation>Σε παύση όταν έκλεισε το Hearth: συνεχίστε για να ολοκληρωθεί η λήψη.</translation>
        </message>
        <message>
            <source>Stalled: no data is arriving. Hearth keeps trying.</source>
            <translation>Στάσιμη: δεν φτάνουν δεδομένα. Το Hearth συνεχίζει να προσπαθεί.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Σύνδεση…</translation>
        </message>
        <message>
            <source>The download could not start: {error}</source>
            <translation>Η λήψη δεν μπόρεσε να ξεκινήσει: {error}</translation>
        </message>
        <message>
            <source>The download failed: {error}</source>
            <translation>Η λήψη απέτυχε: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Pause</source>
            <translation>Παύση</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Πρόοδος {name}</translation>
        </message>
        <message>
            <source>Pause {name}</source>
            <translation>Παύση {name}</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Στάσιμη</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>Retry {name}</source>
            <translation>Επανάληψη {name}</translation>
        </message>
        <message>
            <source>Resume {name}</source>
            <translation>Συνέχεια {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Απαλοιφή</translation>
        </message>
        <message>
            <source>Clear {name}</source>
            <translation>Απαλοιφή {name}</translation>
        </message>
        <message>
            <source>Cancel {name}</source>
            <translation>Ακύρωση {name}</translation>
        </message>
        <message>
            <source>Remove from this list (the model stays installed)</source>
            <translation>Αφαίρεση από αυτή τη λίστα (το μοντέλο παραμένει εγκατεστημένο)</translation>
        </message>
        <message>
            <source>Stop and delete what has been downloaded</source>
            <translation>Διακοπή και διαγραφή ό,τι έχει ληφθεί</translation>
        </message>
    </context>
    <context>
        <name>DownloadsPage</name>
        <message>
            <source>No downloads yet. Models you download from Discover show up here.</source>
            <translation>Δεν υπάρχουν λήψεις ακόμη. Τα μοντέλα που κατεβάζετε από την Ανακάλυψη εμφανίζονται εδώ.</translation>
        </message>
    </context>
    <context>
        <name>Drawer</name>
        <message>
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>Close {title}</source>
            <translation>Κλείσιμο {title}</translation>
        </message>
        <message>
            <source>Close ({key})</source>
            <translation>Κλείσιμο ({key})</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n} s</source>
            <translation>{n} δευτ.</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} λεπ.</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} ώρ. {m} λεπ.</translation>
        </message>
    </context>
    <context>
        <name>FoundDialog</name>
        <message>
            <source>Models from other apps</source>
            <translation>Μοντέλα από άλλες εφαρμογές</translation>
        </message>
        <message>
            <source>These model files were downloaded by other apps. Hearth can use them where they are: nothing is copied or downloaded again.</source>
            <translation>Αυτά τα αρχεία μοντέλων κατέβηκαν από άλλες εφαρμογές. Το Hearth μπορεί να τα χρησιμοποιήσει εκεί που βρίσκονται: τίποτα δεν αντιγράφεται ούτε κατεβαίνει ξανά.</translation>
        </message>
        <message>
            <source>Tick the models to use; Space ticks or unticks the current one.</source>
            <translation>Επιλέξτε τα μοντέλα προς χρήση· το πλήκτρο διαστήματος επιλέγει ή αποεπιλέγει το τρέχον.</translation>
        </message>
        <message>
            <source>{name}  ·  {app}  ·  {size}</source>
            <translation>{name}  ·  {app}  ·  {size}</translation>
        </message>
        <message>
            <source>Use the ticked models</source>
            <translation>Χρήση των επιλεγμένων μοντέλων</translation>
        </message>
    </context>
    <context>
        <name>HardwareJobs</name>
        <message>
            <source>Hearth could not look at this computer's hardware: {reason}</source>
            <translation>Το Hearth δεν μπόρεσε να εξετάσει το υλικό αυτού του υπολογιστή: {reason}</translation>
        </message>
        <message>
            <source>The engine could not be asked what it can use: {reason}</source>
            <translation>Δεν ήταν δυνατό να ερωτηθεί η μηχανή για το τι μπορεί να χρησιμοποιήσει: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>Υλικό</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Αντιγραφή αναφοράς</translation>
        </message>
        <message>
            <source>Copy everything on this page as text, e.g. for a bug report.</source>
            <translation>Αντιγραφή όλου του περιεχομένου της σελίδας ως κείμενο, π.χ. για αναφορά σφάλματος.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Ανανέωση</translation>
        </message>
        <message>
            <source>Look at the hardware and the engine again.</source>
            <translation>Νέα εξέταση του υλικού και της μηχανής.</translation>
        </message>
        <message>
            <source>The GPU is not used</source>
            <translation>Η GPU δεν χρησιμοποιείται</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Αντιγραφή εντολής</translation>
        </message>
        <message>
            <source>Copy the command, to paste it into a terminal.</source>
            <translation>Αντιγραφή της εντολής, για επικόλληση σε τερματικό.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Αυτός ο υπολογιστής</translation>
        </message>
        <message>
            <source>Graphics</source>
            <translation>Γραφικά</translation>
        </message>
        <message>
            <source>Engine (llama.cpp)</source>
            <translation>Μηχανή (llama.cpp)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Έκδοση</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Συσκευές</translation>
        </message>
        <message>
            <source>How Hearth looked for graphics cards</source>
            <translation>Πώς αναζήτησε το Hearth κάρτες γραφικών</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Λειτούργησαν</translation>
        </message>
        <message>
            <source>Did not work</source>
            <translation>Δεν λειτούργησαν</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Εξέταση…</translation>
        </message>
        <message>
            <source>Asking the engine…</source>
            <translation>Ερώτηση στη μηχανή…</translation>
        </message>
        <message>
            <source>Looking at this computer and the engine…</source>
            <translation>Εξέταση αυτού του υπολογιστή και της μηχανής…</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>δεν αναφέρθηκε</translation>
        </message>
        <message>
            <source>{cores} cores, {threads} threads</source>
            <translation>{cores} πυρήνες, {threads} νήματα</translation>
        </message>
        <message>
            <source>{total} in all, {available} available</source>
            <translation>{total} συνολικά, {available} διαθέσιμα</translation>
        </message>
        <message>
            <source>No GPU was found on this computer: models run on the CPU.</source>
            <translation>Δεν βρέθηκε GPU σε αυτόν τον υπολογιστή: τα μοντέλα εκτελούνται στη CPU.</translation>
        </message>
        <message>
            <source>none reported</source>
            <translation>δεν αναφέρθηκε καμία</translation>
        </message>
        <message>
            <source>Yes: this build can put layers on the GPU ({backends}).</source>
            <translation>Ναι: αυτή η μεταγλώττιση μπορεί να τοποθετήσει επίπεδα στη GPU ({backends}).</translation>
        </message>
        <message>
            <source>Built with {backends}, but no GPU device is visible to it: models run on the CPU.</source>
            <translation>Μεταγλωττίστηκε με {backends}, αλλά καμία συσκευή GPU δεν είναι ορατή σε αυτή: τα μοντέλα εκτελούνται στη CPU.</translation>
        </message>
        <message>
            <source>No: this engine build is CPU-only, models run on the CPU.</source>
            <translation>Όχι: αυτή η μεταγλώττιση της μηχανής είναι μόνο για CPU· τα μοντέλα εκτελούνται στη CPU.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no build options</comment>
            <translation>καμία</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Επεξεργαστής</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Πυρήνες</translation>
        </message>
        <message>
            <source>Memory (RAM)</source>
            <translation>Μνήμη (RAM)</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Backends</translation>
        </message>
        <message>
            <source>GPU offload</source>
            <translation>Εκφόρτωση σε GPU</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>Δυνατότητες CPU</translation>
        </message>
        <message>
            <source>Build options</source>
            <translation>Επιλογές μεταγλώττισης</translation>
        </message>
        <message>
            <source>System info</source>
            <translation>Πληροφορίες συστήματος</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Μηχανή</translation>
        </message>
        <message>
            <source>Engine devices</source>
            <translation>Συσκευές μηχανής</translation>
        </message>
        <message>
            <source>GPU checks that worked</source>
            <translation>Έλεγχοι GPU που λειτούργησαν</translation>
        </message>
        <message>
            <source>GPU checks that did not work</source>
            <translation>Έλεγχοι GPU που δεν λειτούργησαν</translation>
        </message>
        <message>
            <source>Every check worked.</source>
            <translation>Όλοι οι έλεγχοι λειτούργησαν.</translation>
        </message>
        <message>
            <source>No check worked.</source>
            <translation>Κανένας έλεγχος δεν λειτούργησε.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Βοήθεια</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Συντομεύσεις πληκτρολογίου</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Άνοιγμα φακέλου καταγραφής</translation>
        </message>
        <message>
            <source>Hearth's log files, in {folder}</source>
            <translation>Τα αρχεία καταγραφής του Hearth, στο {folder}</translation>
        </message>
        <message>
            <source>About Hearth</source>
            <translation>Σχετικά με το Hearth</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{title} (copy)</source>
            <comment>the title of a duplicated conversation</comment>
            <translation>{title} (αντίγραφο)</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Νέα συνομιλία</translation>
        </message>
        <message>
            <source>Duplicated as “{title}”.</source>
            <translation>Δημιουργήθηκε αντίγραφο ως «{title}».</translation>
        </message>
        <message>
            <source>Hearth could not duplicate the conversation: {error}.</source>
            <translation>Το Hearth δεν μπόρεσε να αντιγράψει τη συνομιλία: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the conversation: {error}.</source>
            <translation>Το Hearth δεν μπόρεσε να εξαγάγει τη συνομιλία: {error}.</translation>
        </message>
        <message>
            <source>Hearth could not export the history: {error}.</source>
            <translation>Το Hearth δεν μπόρεσε να εξαγάγει το ιστορικό: {error}.</translation>
        </message>
        <message>
            <source>Imported 1 conversation.</source>
            <translation>Εισήχθη 1 συνομιλία.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n conversations.</source>
            <translation>
                <numerusform>Εισήχθη %n συνομιλία.</numerusform>
                <numerusform>Εισήχθησαν %n συνομιλίες.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth could not import the file: {error}.</source>
            <translation>Το Hearth δεν μπόρεσε να εισαγάγει το αρχείο: {error}.</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Εξάχθηκε στο {name}.</translation>
        </message>
    </context>
    <context>
        <name>HubCalls</name>
        <message>
            <source>Hearth is offline (Settings): the hub is not contacted.</source>
            <translation>Το Hearth είναι εκτός σύνδεσης (Ρυθμίσεις): δεν γίνεται επικοινωνία με το Hub.</translation>
        </message>
        <message>
            <source>The hub cannot be reached, so Hearth works offline for now: your models and chats still work. Retry when the network is back.</source>
            <translation>Το Hub δεν είναι προσβάσιμο, οπότε το Hearth λειτουργεί εκτός σύνδεσης προς το παρόν: τα μοντέλα και οι συνομιλίες σας εξακολουθούν να λειτουργούν. Δοκιμάστε ξανά όταν επανέλθει το δίκτυο.</translation>
        </message>
        <message>
            <source>The hub still cannot be reached; Hearth stays offline.</source>
            <translation>Το Hub εξακολουθεί να μην είναι προσβάσιμο· το Hearth παραμένει εκτός σύνδεσης.</translation>
        </message>
    </context>
    <context>
        <name>InferenceWorker</name>
        <message>
            <source>The model could not be loaded: {error}</source>
            <translation>Δεν ήταν δυνατή η φόρτωση του μοντέλου: {error}</translation>
        </message>
        <message>
            <source>The JSON schema is not applied while tools are on for this chat: switch the tools off in the Tools menu to get a reply in that shape.</source>
            <translation>Το σχήμα JSON δεν εφαρμόζεται όσο τα εργαλεία είναι ενεργά σε αυτή τη συνομιλία: απενεργοποιήστε τα εργαλεία στο μενού Εργαλεία για να λάβετε απάντηση σε αυτή τη μορφή.</translation>
        </message>
        <message>
            <source>Something went wrong while answering: {error}</source>
            <translation>Κάτι πήγε στραβά κατά την απάντηση: {error}</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeErrors</name>
        <message>
            <source>Files Hearth could not read — {folder}</source>
            <translation>Αρχεία που το Hearth δεν μπόρεσε να διαβάσει — {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it is read again on its own.</source>
            <translation>
                <numerusform>%n αρχείο στο {folder} δεν μπόρεσε να διαβαστεί· τα υπόλοιπα είναι αναζητήσιμα. Διορθώστε ένα αρχείο και θα διαβαστεί ξανά αυτόματα.</numerusform>
                <numerusform>%n αρχεία στο {folder} δεν μπόρεσαν να διαβαστούν· τα υπόλοιπα είναι αναζητήσιμα. Διορθώστε ένα αρχείο και θα διαβαστεί ξανά αυτόματα.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that could not be read, and why</source>
            <translation>Αρχεία που δεν μπόρεσαν να διαβαστούν, και γιατί</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeService</name>
        <message>
            <source>The embedding model is loading; until it is ready, search uses words only.</source>
            <translation>Το μοντέλο ενσωμάτωσης φορτώνεται· μέχρι να είναι έτοιμο, η αναζήτηση χρησιμοποιεί μόνο λέξεις.</translation>
        </message>
        <message>
            <source>Search by meaning is off: {reason}. Search uses words only.</source>
            <translation>Η αναζήτηση κατά νόημα είναι ανενεργή: {reason}. Η αναζήτηση χρησιμοποιεί μόνο λέξεις.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSettings</name>
        <message>
            <source>Knowledge folders</source>
            <translation>Φάκελοι γνώσεων</translation>
        </message>
        <message>
            <source>Folder columns</source>
            <translation>Στήλες φακέλων</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Προσθήκη φακέλου…</translation>
        </message>
        <message>
            <source>Add a knowledge folder</source>
            <translation>Προσθήκη φακέλου γνώσεων</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Remove the knowledge folder</source>
            <translation>Αφαίρεση του φακέλου γνώσεων</translation>
        </message>
        <message>
            <source>Forget this folder's passages (its files stay)</source>
            <translation>Διαγραφή των αποσπασμάτων αυτού του φακέλου (τα αρχεία του παραμένουν)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Παύση</translation>
        </message>
        <message>
            <source>Hold indexing; what was read is kept</source>
            <translation>Παύση ευρετηρίασης· ό,τι έχει διαβαστεί διατηρείται</translation>
        </message>
        <message>
            <source>Re-index</source>
            <translation>Επανευρετηρίαση</translation>
        </message>
        <message>
            <source>Check every folder again now (only changes are read)</source>
            <translation>Νέος έλεγχος όλων των φακέλων τώρα (διαβάζονται μόνο οι αλλαγές)</translation>
        </message>
        <message>
            <source>Errors…</source>
            <translation>Σφάλματα…</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Αρχεία που δεν μπόρεσαν να διαβαστούν</translation>
        </message>
        <message>
            <source>The files of this folder that could not be read, and why</source>
            <translation>Τα αρχεία αυτού του φακέλου που δεν μπόρεσαν να διαβαστούν, και γιατί</translation>
        </message>
        <message>
            <source>An embedding model finds passages by meaning as well as by their words. Download one ({examples}) in Models.</source>
            <translation>Ένα μοντέλο ενσωμάτωσης βρίσκει αποσπάσματα κατά νόημα καθώς και κατά λέξεις. Κατεβάστε ένα ({examples}) από τα Μοντέλα.</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Μοντέλο ενσωμάτωσης</translation>
        </message>
        <message>
            <source>Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) and keeps an index on this computer, so a chat can answer from them and name its sources. Changes in the folders are picked up on their own.</source>
            <translation>Το Hearth διαβάζει τα έγγραφα σε αυτούς τους φακέλους (κείμενο, Markdown, κώδικα, PDF και αρχεία Office) και διατηρεί ένα ευρετήριο σε αυτόν τον υπολογιστή, ώστε μια συνομιλία να απαντά από αυτά και να αναφέρει τις πηγές της. Οι αλλαγές στους φακέλους εντοπίζονται αυτόματα.</translation>
        </message>
        <message>
            <source>Show the files that could not be read, and why</source>
            <translation>Εμφάνιση των αρχείων που δεν μπόρεσαν να διαβαστούν, και γιατί</translation>
        </message>
        <message>
            <source>Every folder is up to date.</source>
            <translation>Όλοι οι φάκελοι είναι ενημερωμένοι.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n changed file(s).</source>
            <translation>
                <numerusform>Έγινε ευρετηρίαση %n αλλαγμένου αρχείου.</numerusform>
                <numerusform>Έγινε ευρετηρίαση %n αλλαγμένων αρχείων.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Ευρετηρίαση {done} από %n αρχείο — {current}</numerusform>
                <numerusform>Ευρετηρίαση {done} από %n αρχεία — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Paused: changes in the folders are read when you resume.</source>
            <translation>Σε παύση: οι αλλαγές στους φακέλους διαβάζονται όταν συνεχίσετε.</translation>
        </message>
        <message numerus="yes">
            <source>Paused at {done} of %n file(s) — {current}</source>
            <translation>
                <numerusform>Σε παύση στο {done} από %n αρχείο — {current}</numerusform>
                <numerusform>Σε παύση στο {done} από %n αρχεία — {current}</numerusform>
            </translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Choose one above; Models offers small ones to download.</source>
            <translation>Δεν έχει οριστεί μοντέλο ενσωμάτωσης: η αναζήτηση χρησιμοποιεί μόνο λέξεις. Επιλέξτε ένα παραπάνω· τα Μοντέλα προσφέρουν μικρά για λήψη.</translation>
        </message>
        <message>
            <source>Search uses words and meaning.</source>
            <translation>Η αναζήτηση χρησιμοποιεί λέξεις και νόημα.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Αρχείο</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Μέγεθος</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Κβαντοποίηση</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Αρχιτεκτονική</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Παράμετροι</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Πλαίσιο</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Ελέγχθηκε</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Τελευταία χρήση</translation>
        </message>
        <message>
            <source>● Loaded</source>
            <translation>● Φορτωμένο</translation>
        </message>
        <message>
            <source>{name}   {badge}</source>
            <translation>{name}   {badge}</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Μη χρησιμοποιήσιμο</translation>
        </message>
        <message>
            <source>Checking… {percent}%</source>
            <translation>Έλεγχος… {percent}%</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Επαληθευμένο</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>Αναντιστοιχία</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Μη επαληθευμένο</translation>
        </message>
        <message>
            <source>The file's sha256 matches: {sha256}</source>
            <translation>Το sha256 του αρχείου ταιριάζει: {sha256}</translation>
        </message>
        <message>
            <source>The file's sha256 does not match what it should be: it changed or is damaged. Delete it and download it again.</source>
            <translation>Το sha256 του αρχείου δεν ταιριάζει με το αναμενόμενο: έχει αλλάξει ή είναι κατεστραμμένο. Διαγράψτε το και κατεβάστε το ξανά.</translation>
        </message>
        <message>
            <source>Not checked yet: Verify hashes the file.</source>
            <translation>Δεν έχει ελεγχθεί ακόμη: η Επαλήθευση υπολογίζει το hash του αρχείου.</translation>
        </message>
        <message>
            <source>{origin} ({repo})</source>
            <translation>{origin} ({repo})</translation>
        </message>
        <message>
            <source>Loaded: the chat uses this model now.</source>
            <translation>Φορτωμένο: η συνομιλία χρησιμοποιεί τώρα αυτό το μοντέλο.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Delete…</source>
            <translation>Διαγραφή…</translation>
        </message>
        <message>
            <source>Remove from library…</source>
            <translation>Αφαίρεση από τη βιβλιοθήκη…</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>Ανάγνωση της βιβλιοθήκης…</translation>
        </message>
        <message>
            <source>Models in the library</source>
            <translation>Μοντέλα στη βιβλιοθήκη</translation>
        </message>
        <message>
            <source>Enter chats with the selected model; Delete deletes or removes it.</source>
            <translation>Το Enter ανοίγει συνομιλία με το επιλεγμένο μοντέλο· το Delete το διαγράφει ή το αφαιρεί.</translation>
        </message>
        <message>
            <source>Library columns</source>
            <translation>Στήλες βιβλιοθήκης</translation>
        </message>
        <message>
            <source>Use</source>
            <comment>verb: chat with a model</comment>
            <translation>Χρήση</translation>
        </message>
        <message>
            <source>Chat with this model</source>
            <translation>Συνομιλία με αυτό το μοντέλο</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Επαλήθευση</translation>
        </message>
        <message>
            <source>Hash the file and compare it with what it should be</source>
            <translation>Υπολογισμός του hash του αρχείου και σύγκριση με το αναμενόμενο</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Εμφάνιση στον φάκελο</translation>
        </message>
        <message>
            <source>Import model file…</source>
            <translation>Εισαγωγή αρχείου μοντέλου…</translation>
        </message>
        <message>
            <source>Use a model file from disk where it is (it is not copied)</source>
            <translation>Χρήση αρχείου μοντέλου από τον δίσκο εκεί που βρίσκεται (δεν αντιγράφεται)</translation>
        </message>
        <message>
            <source>Find models from other apps</source>
            <translation>Εύρεση μοντέλων από άλλες εφαρμογές</translation>
        </message>
        <message>
            <source>Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded</source>
            <translation>Αναζήτηση αρχείων GGUF που κατέβασαν τα LM Studio, llama.cpp, GPT4All, Jan ή Ollama</translation>
        </message>
        <message>
            <source>Added {name}; checking its file…</source>
            <translation>Προστέθηκε το {name}· έλεγχος του αρχείου του…</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Διαγράφηκε το {name}.</translation>
        </message>
        <message>
            <source>Removed {name} from the library; the file stays at {path}.</source>
            <translation>Το {name} αφαιρέθηκε από τη βιβλιοθήκη· το αρχείο παραμένει στο {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model(s) · {size} on disk</source>
            <translation>
                <numerusform>%Ln μοντέλο · {size} στον δίσκο</numerusform>
                <numerusform>%Ln μοντέλα · {size} στον δίσκο</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Έλεγχος {name}…</translation>
        </message>
        <message>
            <source>Import model files</source>
            <translation>Εισαγωγή αρχείων μοντέλων</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Αρχεία μοντέλων GGUF (*.gguf)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln file(s)…</source>
            <translation>
                <numerusform>Έλεγχος %Ln αρχείου…</numerusform>
                <numerusform>Έλεγχος %Ln αρχείων…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {sentence}</source>
            <translation>{name}: {sentence}</translation>
        </message>
        <message>
            <source>{name} is verified.</source>
            <translation>Το {name} επαληθεύτηκε.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum: delete it and download it again.</source>
            <translation>Το {name} δεν ταιριάζει με το checksum του: διαγράψτε το και κατεβάστε το ξανά.</translation>
        </message>
        <message>
            <source>{name} has nothing to compare with yet.</source>
            <translation>Το {name} δεν έχει ακόμη κάτι για σύγκριση.</translation>
        </message>
        <message>
            <source>Looking for models other apps downloaded…</source>
            <translation>Αναζήτηση μοντέλων που κατέβασαν άλλες εφαρμογές…</translation>
        </message>
        <message>
            <source>No models from other apps were found that are not listed already.</source>
            <translation>Δεν βρέθηκαν μοντέλα από άλλες εφαρμογές που να μην είναι ήδη στη λίστα.</translation>
        </message>
        <message numerus="yes">
            <source>Found %Ln model(s) from other apps.</source>
            <translation>
                <numerusform>Βρέθηκε %Ln μοντέλο από άλλες εφαρμογές.</numerusform>
                <numerusform>Βρέθηκαν %Ln μοντέλα από άλλες εφαρμογές.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Διαγραφή μοντέλου</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>verb: delete a model</comment>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Delete {name} ({file}, {size})?
Hearth downloaded it: the file is deleted from the Hugging Face cache.</source>
            <translation>Διαγραφή του {name} ({file}, {size});
Το Hearth το κατέβασε: το αρχείο διαγράφεται από την cache του Hugging Face.</translation>
        </message>
        <message>
            <source>Remove from library</source>
            <translation>Αφαίρεση από τη βιβλιοθήκη</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>verb: remove a model from the library</comment>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Remove {name} ({file}, {size}) from the library?
The file stays on disk at {path}: Hearth did not download it, so Hearth never deletes it.</source>
            <translation>Αφαίρεση του {name} ({file}, {size}) από τη βιβλιοθήκη;
Το αρχείο παραμένει στον δίσκο στο {path}: το Hearth δεν το κατέβασε, οπότε το Hearth δεν το διαγράφει ποτέ.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Model</source>
            <translation>Μοντέλο</translation>
        </message>
        <message>
            <source>The model to chat with</source>
            <translation>Το μοντέλο για συνομιλία</translation>
        </message>
        <message>
            <source>Open model file…</source>
            <translation>Άνοιγμα αρχείου μοντέλου…</translation>
        </message>
        <message>
            <source>Use a model file (.gguf) from disk, in place (it is not copied)</source>
            <translation>Χρήση αρχείου μοντέλου (.gguf) από τον δίσκο, στη θέση του (δεν αντιγράφεται)</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Μοντέλα…</translation>
        </message>
        <message>
            <source>Find, download and manage models ({keys})</source>
            <translation>Εύρεση, λήψη και διαχείριση μοντέλων ({keys})</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Φόρτωση του μοντέλου</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <source>Stop loading this model</source>
            <translation>Διακοπή φόρτωσης αυτού του μοντέλου</translation>
        </message>
        <message>
            <source>Cancel loading the model</source>
            <translation>Ακύρωση φόρτωσης του μοντέλου</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Παράμετροι</translation>
        </message>
        <message>
            <source>Show or hide the parameters panel</source>
            <translation>Εμφάνιση ή απόκρυψη του πίνακα παραμέτρων</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Κανένα μοντέλο</translation>
        </message>
        <message>
            <source>context %v / %m</source>
            <translation>πλαίσιο %v / %m</translation>
        </message>
        <message>
            <source>Tokens of the model's context this chat uses</source>
            <translation>Tokens του πλαισίου του μοντέλου που χρησιμοποιεί αυτή η συνομιλία</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Χρήση πλαισίου</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Νέα συνομιλία</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Αναζήτηση</translation>
        </message>
        <message>
            <source>Focus composer</source>
            <translation>Εστίαση στο πεδίο μηνύματος</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Έξοδος</translation>
        </message>
        <message>
            <source>Stop</source>
            <comment>stop the reply</comment>
            <translation>Διακοπή</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Συνομιλία</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Εξαγωγή συνομιλίας…</translation>
        </message>
        <message>
            <source>Save the open conversation as a Markdown file</source>
            <translation>Αποθήκευση της ανοιχτής συνομιλίας ως αρχείο Markdown</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Εξαγωγή όλων…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Εισαγωγή…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ρυθμίσεις…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Π&amp;ροβολή</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Μεγαλύτερο κείμενο</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Μικρότερο κείμενο</translation>
        </message>
        <message>
            <source>Text size as the system's</source>
            <translation>Μέγεθος κειμένου όπως στο σύστημα</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Θέμα</translation>
        </message>
        <message>
            <source>Hardware…</source>
            <translation>Υλικό…</translation>
        </message>
        <message>
            <source>This computer's processor, memory and GPUs, and what the engine can use</source>
            <translation>Ο επεξεργαστής, η μνήμη και οι GPU αυτού του υπολογιστή, και τι μπορεί να χρησιμοποιήσει η μηχανή</translation>
        </message>
        <message>
            <source>{path}
Chat format: {format}</source>
            <translation>{path}
Μορφή συνομιλίας: {format}</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Άνοιγμα αρχείου μοντέλου</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Αρχεία μοντέλων GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Η συνομιλία διαγράφηκε.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Αναίρεση</translation>
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
            <translation>Εξαγωγή συνομιλίας</translation>
        </message>
        <message>
            <source>Hearth history</source>
            <translation>Ιστορικό Hearth</translation>
        </message>
        <message>
            <source>Export all</source>
            <translation>Εξαγωγή όλων</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Εισαγωγή</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Εξάχθηκε στο {name}.</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Εμφάνιση στον φάκελο</translation>
        </message>
        <message numerus="yes">
            <source>Message and the %n messages under it deleted.</source>
            <translation>
                <numerusform>Το μήνυμα και το %n μήνυμα κάτω από αυτό διαγράφηκαν.</numerusform>
                <numerusform>Το μήνυμα και τα %n μηνύματα κάτω από αυτό διαγράφηκαν.</numerusform>
            </translation>
        </message>
        <message>
            <source>Message and the reply under it deleted.</source>
            <translation>Το μήνυμα και η απάντηση κάτω από αυτό διαγράφηκαν.</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Το μήνυμα διαγράφηκε.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Δεν έχει αποθηκευτεί ακόμη</translation>
        </message>
        <message>
            <source>{problem} Hearth keeps trying; nothing is lost.</source>
            <translation>{problem} Το Hearth συνεχίζει να προσπαθεί· τίποτα δεν χάνεται.</translation>
        </message>
        <message>
            <source>{problem} What you see is kept, and saved as soon as it can be.</source>
            <translation>{problem} Ό,τι βλέπετε διατηρείται και θα αποθηκευτεί μόλις γίνει δυνατό.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Επανάληψη τώρα</translation>
        </message>
        <message>
            <source>Choose a model to start</source>
            <translation>Επιλέξτε ένα μοντέλο για να ξεκινήσετε</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Φόρτωση του μοντέλου…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Γράφει…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Διακοπή…</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Σκέφτεται…</translation>
        </message>
        <message>
            <source>{speed} tok/s · first token {first} ms</source>
            <translation>{speed} tok/s · πρώτο token {first} ms</translation>
        </message>
        <message>
            <source>{speed} tok/s · drafts {kept}% kept · first token {first} ms</source>
            <translation>{speed} tok/s · αποδοχή προσχεδίων {kept}% · πρώτο token {first} ms</translation>
        </message>
        <message>
            <source>Reading the conversation ({count} tokens)…</source>
            <translation>Ανάγνωση της συνομιλίας ({count} tokens)…</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Επαναφόρτωση μοντέλου</translation>
        </message>
    </context>
    <context>
        <name>McpService</name>
        <message>
            <source>There is no MCP server named “{name}”.</source>
            <translation>Δεν υπάρχει διακομιστής MCP με όνομα «{name}».</translation>
        </message>
        <message>
            <source>Blocked by offline mode: {host} is not on this computer.</source>
            <translation>Αποκλείεται από τη λειτουργία εκτός σύνδεσης: το {host} δεν βρίσκεται σε αυτόν τον υπολογιστή.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” is switched off.</source>
            <translation>Ο διακομιστής MCP «{name}» είναι απενεργοποιημένος.</translation>
        </message>
    </context>
    <context>
        <name>MessageBody</name>
        <message>
            <source>Copy</source>
            <translation>Αντιγραφή</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Αντιγραφή του κώδικα</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Αντιγράφηκε</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Επιλογή όλων</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <source>Edit your message</source>
            <translation>Επεξεργασία του μηνύματός σας</translation>
        </message>
        <message>
            <source>Edit the reply</source>
            <translation>Επεξεργασία της απάντησης</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Κείμενο μηνύματος</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <source>Leave the message as it was (Esc)</source>
            <translation>Το μήνυμα μένει όπως ήταν (Esc)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <source>Save and regenerate</source>
            <translation>Αποθήκευση και αναδημιουργία</translation>
        </message>
        <message>
            <source>Save as a new version and write a new reply ({keys})</source>
            <translation>Αποθήκευση ως νέα έκδοση και σύνταξη νέας απάντησης ({keys})</translation>
        </message>
        <message>
            <source>Replace the text and keep the reply below it</source>
            <translation>Αντικατάσταση του κειμένου με διατήρηση της απάντησης από κάτω</translation>
        </message>
        <message>
            <source>Replace the reply's text ({keys})</source>
            <translation>Αντικατάσταση του κειμένου της απάντησης ({keys})</translation>
        </message>
        <message>
            <source>A message cannot be empty: write something, or press Cancel.</source>
            <translation>Ένα μήνυμα δεν μπορεί να είναι κενό: γράψτε κάτι ή πατήστε Ακύρωση.</translation>
        </message>
    </context>
    <context>
        <name>MessageEdits</name>
        <message>
            <source>A reply is being written: stop it or let it end, then save the edit.</source>
            <translation>Γράφεται μια απάντηση: διακόψτε την ή αφήστε την να τελειώσει και μετά αποθηκεύστε την επεξεργασία.</translation>
        </message>
        <message>
            <source>Load a model to write a new reply; Save keeps the edit without one.</source>
            <translation>Φορτώστε ένα μοντέλο για να γραφτεί νέα απάντηση· η Αποθήκευση κρατά την επεξεργασία χωρίς απάντηση.</translation>
        </message>
        <message>
            <source>This message is no longer in the conversation.</source>
            <translation>Αυτό το μήνυμα δεν υπάρχει πλέον στη συνομιλία.</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <source>Copied</source>
            <translation>Αντιγράφηκε</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Προηγούμενη έκδοση</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Επόμενη έκδοση</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Αντιγραφή</translation>
        </message>
        <message>
            <source>Copy the message</source>
            <translation>Αντιγραφή του μηνύματος</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Επεξεργασία</translation>
        </message>
        <message>
            <source>Edit the message here</source>
            <translation>Επεξεργασία του μηνύματος εδώ</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Αναδημιουργία</translation>
        </message>
        <message>
            <source>Write a new reply</source>
            <translation>Σύνταξη νέας απάντησης</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Delete the message</source>
            <translation>Διαγραφή του μηνύματος</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Πληροφορίες</translation>
        </message>
        <message>
            <source>About this reply, and Reproduce</source>
            <translation>Σχετικά με αυτή την απάντηση, και Αναπαραγωγή</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Continue writing this reply</source>
            <translation>Συνέχιση της σύνταξης αυτής της απάντησης</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>γράφει…</translation>
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
            <translation>Έκδοση {index} από {count}</translation>
        </message>
    </context>
    <context>
        <name>ModelManager</name>
        <message>
            <source>Models</source>
            <translation>Μοντέλα</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Ανακάλυψη</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Λήψεις</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Βιβλιοθήκη</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Συνδέσεις</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ρυθμίσεις…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>{name} is already downloaded: it is in the Library.</source>
            <translation>Το {name} έχει ήδη ληφθεί: βρίσκεται στη Βιβλιοθήκη.</translation>
        </message>
        <message>
            <source>{name} is queued; it starts when Hearth is back online.</source>
            <translation>Το {name} είναι στην ουρά· θα ξεκινήσει όταν το Hearth συνδεθεί ξανά.</translation>
        </message>
        <message>
            <source>{name} is downloading: see the Downloads tab.</source>
            <translation>Το {name} λαμβάνεται: δείτε την καρτέλα Λήψεις.</translation>
        </message>
        <message numerus="yes">
            <source>Downloads (%Ln)</source>
            <translation>
                <numerusform>Λήψεις (%Ln)</numerusform>
                <numerusform>Λήψεις (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is downloaded and verified: it is in the Library.</source>
            <translation>Το {name} λήφθηκε και επαληθεύτηκε: βρίσκεται στη Βιβλιοθήκη.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>On other servers</source>
            <translation>Σε άλλους διακομιστές</translation>
        </message>
        <message>
            <source>{name}: blocked in offline mode</source>
            <translation>{name}: αποκλείεται στη λειτουργία εκτός σύνδεσης</translation>
        </message>
        <message>
            <source>{name}: no models (hover for why)</source>
            <translation>{name}: κανένα μοντέλο (τοποθετήστε τον δείκτη για την αιτία)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Μοντέλο</translation>
        </message>
        <message>
            <source>The model the chat uses</source>
            <translation>Το μοντέλο που χρησιμοποιεί η συνομιλία</translation>
        </message>
        <message>
            <source>{model} on the server at {url}</source>
            <translation>{model} στον διακομιστή στο {url}</translation>
        </message>
    </context>
    <context>
        <name>PageFrame</name>
        <message>
            <source>Back to chat</source>
            <translation>Πίσω στη συνομιλία</translation>
        </message>
        <message>
            <source>Return to the chat ({keys})</source>
            <translation>Επιστροφή στη συνομιλία ({keys})</translation>
        </message>
    </context>
    <context>
        <name>PageHost</name>
        <message>
            <source>Pages</source>
            <translation>Σελίδες</translation>
        </message>
        <message>
            <source>Back to chat</source>
            <translation>Πίσω στη συνομιλία</translation>
        </message>
        <message>
            <source>Chat</source>
            <comment>the chat page on the navigation rail</comment>
            <translation>Συνομιλία</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Οι συνομιλίες σας</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Μετάβαση: {page}</translation>
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
            <translation>Προεπιλογή</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Αποθήκευση ως…</translation>
        </message>
        <message>
            <source>Save as a new preset</source>
            <translation>Αποθήκευση ως νέα προεπιλογή</translation>
        </message>
        <message>
            <source>Save the current parameters as a new preset.</source>
            <translation>Αποθήκευση των τρεχουσών παραμέτρων ως νέα προεπιλογή.</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Δειγματοληψία</translation>
        </message>
        <message>
            <source>Use {field}</source>
            <translation>Χρήση {field}</translation>
        </message>
        <message>
            <source>Ctrl+Tab types a tab.</source>
            <translation>Το Ctrl+Tab εισάγει στηλοθέτη.</translation>
        </message>
        <message>
            <source>one per line, e.g. \nUser:</source>
            <translation>μία ανά γραμμή, π.χ. \nUser:</translation>
        </message>
        <message>
            <source>You are a helpful assistant.</source>
            <translation>Είσαι ένας εξυπηρετικός βοηθός.</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Προτροπή συστήματος</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Πλαίσιο</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>threads: the engine chooses</comment>
            <translation>αυτόματα</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Νήματα</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Αυτόματα</translation>
        </message>
        <message>
            <source>Choose the GPU layers automatically</source>
            <translation>Αυτόματη επιλογή των επιπέδων GPU</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Επίπεδα GPU</translation>
        </message>
        <message>
            <source>Reload model</source>
            <translation>Επαναφόρτωση μοντέλου</translation>
        </message>
        <message>
            <source>Load the model again with these settings.</source>
            <translation>Νέα φόρτωση του μοντέλου με αυτές τις ρυθμίσεις.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Μοντέλο</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Αποθήκευση προεπιλογής</translation>
        </message>
        <message>
            <source>Name of the new preset:</source>
            <translation>Όνομα της νέας προεπιλογής:</translation>
        </message>
        <message>
            <source>This chat's own system prompt (new chats start with the one in Settings).</source>
            <translation>Η προτροπή συστήματος αυτής της συνομιλίας (οι νέες συνομιλίες ξεκινούν με αυτήν των Ρυθμίσεων).</translation>
        </message>
        <message>
            <source>The default system prompt for new chats (change it in Settings).</source>
            <translation>Η προεπιλεγμένη προτροπή συστήματος για νέες συνομιλίες (αλλάζει στις Ρυθμίσεις).</translation>
        </message>
        <message>
            <source>No system prompt. A default one for new chats can be set in Settings.</source>
            <translation>Χωρίς προτροπή συστήματος. Μπορείτε να ορίσετε μια προεπιλεγμένη για νέες συνομιλίες στις Ρυθμίσεις.</translation>
        </message>
        <message>
            <source>The engine uses {n}.</source>
            <translation>Η μηχανή χρησιμοποιεί {n}.</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>GPU layers: the fit chooses</comment>
            <translation>αυτόματα</translation>
        </message>
        <message>
            <source>Hearth chooses when the model is loaded.</source>
            <translation>Το Hearth επιλέγει κατά τη φόρτωση του μοντέλου.</translation>
        </message>
        <message>
            <source>Chosen by the fit for this model and this computer's memory: {used} layers on the GPU. Untick Auto to choose yourself.</source>
            <translation>Επιλέχθηκε από την εκτίμηση προσαρμογής για αυτό το μοντέλο και τη μνήμη αυτού του υπολογιστή: {used} επίπεδα στη GPU. Καταργήστε την επιλογή Αυτόματα για να επιλέξετε μόνοι σας.</translation>
        </message>
        <message>
            <source>Chosen by the fit: every layer runs on the CPU. Untick Auto to choose yourself.</source>
            <translation>Επιλέχθηκε από την εκτίμηση προσαρμογής: όλα τα επίπεδα εκτελούνται στη CPU. Καταργήστε την επιλογή Αυτόματα για να επιλέξετε μόνοι σας.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Hearth could not save its settings.</source>
            <translation>Το Hearth δεν μπόρεσε να αποθηκεύσει τις ρυθμίσεις του.</translation>
        </message>
        <message>
            <source>{reason} Your changes apply until Hearth closes.</source>
            <translation>{reason} Οι αλλαγές σας ισχύουν μέχρι να κλείσει το Hearth.</translation>
        </message>
    </context>
    <context>
        <name>PresetMenu</name>
        <message>
            <source>Save, rename or delete presets</source>
            <translation>Αποθήκευση, μετονομασία ή διαγραφή προεπιλογών</translation>
        </message>
        <message>
            <source>Preset actions</source>
            <translation>Ενέργειες προεπιλογής</translation>
        </message>
        <message>
            <source>Save as a new preset…</source>
            <translation>Αποθήκευση ως νέα προεπιλογή…</translation>
        </message>
        <message>
            <source>Save with the system prompt…</source>
            <translation>Αποθήκευση με την προτροπή συστήματος…</translation>
        </message>
        <message>
            <source>Choosing this preset later also sets the system prompt shown now</source>
            <translation>Η επιλογή αυτής της προεπιλογής αργότερα ορίζει και την προτροπή συστήματος που εμφανίζεται τώρα</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Μετονομασία…</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a preset</comment>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Rename “{preset}”…</source>
            <translation>Μετονομασία «{preset}»…</translation>
        </message>
        <message>
            <source>Delete “{preset}”</source>
            <translation>Διαγραφή «{preset}»</translation>
        </message>
        <message>
            <source>Rename preset</source>
            <translation>Μετονομασία προεπιλογής</translation>
        </message>
        <message>
            <source>New name for “{preset}”:</source>
            <translation>Νέο όνομα για «{preset}»:</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Send “{prompt}”</source>
            <translation>Αποστολή «{prompt}»</translation>
        </message>
        <message>
            <source>Sends this prompt to the model</source>
            <translation>Στέλνει αυτή την προτροπή στο μοντέλο</translation>
        </message>
    </context>
    <context>
        <name>ReplyInfo</name>
        <message>
            <source>Copy details</source>
            <translation>Αντιγραφή λεπτομερειών</translation>
        </message>
        <message>
            <source>Reproduce</source>
            <translation>Αναπαραγωγή</translation>
        </message>
        <message>
            <source>Write this reply again with exactly these settings</source>
            <translation>Σύνταξη αυτής της απάντησης ξανά με ακριβώς αυτές τις ρυθμίσεις</translation>
        </message>
        <message>
            <source>Reproduce anyway</source>
            <translation>Αναπαραγωγή παρ' όλα αυτά</translation>
        </message>
        <message>
            <source>About this reply</source>
            <translation>Σχετικά με αυτή την απάντηση</translation>
        </message>
        <message>
            <source>This reply cannot be reproduced: Hearth did not keep its sampling or its seed.</source>
            <translation>Αυτή η απάντηση δεν μπορεί να αναπαραχθεί: το Hearth δεν κράτησε τη δειγματοληψία ή τον σπόρο της.</translation>
        </message>
        <message>
            <source>Load a model to reproduce this reply.</source>
            <translation>Φορτώστε ένα μοντέλο για να αναπαραγάγετε αυτή την απάντηση.</translation>
        </message>
        <message>
            <source>A reply is being written: reproduce this one when it ends.</source>
            <translation>Γράφεται μια απάντηση: αναπαραγάγετε αυτήν όταν τελειώσει.</translation>
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
            <translation>Άνοιγμα στο Hub</translation>
        </message>
        <message>
            <source>Opens the model's page in your browser</source>
            <translation>Ανοίγει τη σελίδα του μοντέλου στο πρόγραμμα περιήγησης</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ρυθμίσεις…</translation>
        </message>
        <message>
            <source>Add a Hugging Face token in Settings</source>
            <translation>Προσθέστε ένα token Hugging Face στις Ρυθμίσεις</translation>
        </message>
        <message>
            <source>Model files to download</source>
            <translation>Αρχεία μοντέλου για λήψη</translation>
        </message>
        <message>
            <source>One file per quantization; Enter downloads the selected one.</source>
            <translation>Ένα αρχείο ανά κβαντοποίηση· το Enter κατεβάζει το επιλεγμένο.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Λήψη</translation>
        </message>
        <message>
            <source>Loading the model's files…</source>
            <translation>Φόρτωση των αρχείων του μοντέλου…</translation>
        </message>
        <message>
            <source>{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}</source>
            <translation>{repo} · {parameters} παράμετροι · ≈ {size} · Άδεια: {licence}</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: gated</source>
            <translation>Άδεια: {licence} · Πρόσβαση: περιορισμένη</translation>
        </message>
        <message>
            <source>Licence: {licence} · Access: open</source>
            <translation>Άδεια: {licence} · Πρόσβαση: ελεύθερη</translation>
        </message>
        <message>
            <source>This model has no description.</source>
            <translation>Αυτό το μοντέλο δεν έχει περιγραφή.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files Hearth can use.</source>
            <translation>Αυτό το αποθετήριο δεν έχει αρχεία μοντέλων GGUF που μπορεί να χρησιμοποιήσει το Hearth.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln model file(s), one per quantization: smaller files are faster and need less memory, larger ones answer better.</source>
            <translation>
                <numerusform>%Ln αρχείο μοντέλου, ένα ανά κβαντοποίηση: τα μικρότερα αρχεία είναι ταχύτερα και χρειάζονται λιγότερη μνήμη, τα μεγαλύτερα απαντούν καλύτερα.</numerusform>
                <numerusform>%Ln αρχεία μοντέλου, ένα ανά κβαντοποίηση: τα μικρότερα αρχεία είναι ταχύτερα και χρειάζονται λιγότερη μνήμη, τα μεγαλύτερα απαντούν καλύτερα.</numerusform>
            </translation>
        </message>
        <message>
            <source>From {name}'s header: {note} Up to {tokens} tokens of context fit.</source>
            <translation>Από την κεφαλίδα του {name}: {note} Χωρούν έως {tokens} tokens πλαισίου.</translation>
        </message>
        <message>
            <source>From {name}'s header: {note}</source>
            <translation>Από την κεφαλίδα του {name}: {note}</translation>
        </message>
        <message>
            <source>Download {name} ({size})</source>
            <translation>Λήψη {name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Time</source>
            <translation>Χρόνος</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Προτροπή</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Απάντηση</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>Tokens/s</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Τέλος</translation>
        </message>
        <message>
            <source>stream</source>
            <comment>request kind</comment>
            <translation>ροή</translation>
        </message>
        <message>
            <source>complete</source>
            <comment>request kind</comment>
            <translation>πλήρες</translation>
        </message>
        <message>
            <source>{ended}, client gone</source>
            <translation>{ended}, ο πελάτης αποσυνδέθηκε</translation>
        </message>
    </context>
    <context>
        <name>Responsive</name>
        <message>
            <source>Parameters</source>
            <translation>Παράμετροι</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Συνομιλίες</translation>
        </message>
        <message>
            <source>Show or hide the conversations</source>
            <translation>Εμφάνιση ή απόκρυψη των συνομιλιών</translation>
        </message>
        <message>
            <source>Show or hide the parameters</source>
            <translation>Εμφάνιση ή απόκρυψη των παραμέτρων</translation>
        </message>
    </context>
    <context>
        <name>SchemaField</name>
        <message>
            <source>JSON schema</source>
            <translation>Σχήμα JSON</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Editors, scripts and other apps can use the model loaded in the chat through an OpenAI-compatible API. The chat goes first: their requests wait while it answers.</source>
            <translation>Επεξεργαστές κειμένου, σενάρια και άλλες εφαρμογές μπορούν να χρησιμοποιούν το μοντέλο που είναι φορτωμένο στη συνομιλία μέσω API συμβατού με OpenAI. Η συνομιλία έχει προτεραιότητα: τα αιτήματά τους περιμένουν όσο απαντά.</translation>
        </message>
        <message>
            <source>Serve the API</source>
            <translation>Διάθεση του API</translation>
        </message>
        <message>
            <source>Start or stop the server (it starts with Hearth while it is on)</source>
            <translation>Εκκίνηση ή διακοπή του διακομιστή (ξεκινά μαζί με το Hearth όσο είναι ενεργός)</translation>
        </message>
        <message>
            <source>Copy URL</source>
            <translation>Αντιγραφή URL</translation>
        </message>
        <message>
            <source>Copy the base URL clients use (it ends in /v1)</source>
            <translation>Αντιγραφή της βασικής διεύθυνσης URL που χρησιμοποιούν οι πελάτες (τελειώνει σε /v1)</translation>
        </message>
        <message>
            <source>None: web pages cannot call the API</source>
            <translation>Καμία: οι ιστοσελίδες δεν μπορούν να καλέσουν το API</translation>
        </message>
        <message>
            <source>Web origins whose pages may call the API from a browser (CORS), separated by spaces or commas, e.g. {example}</source>
            <translation>Προελεύσεις web των οποίων οι σελίδες μπορούν να καλούν το API από πρόγραμμα περιήγησης (CORS), χωρισμένες με κενά ή κόμματα, π.χ. {example}</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Διεύθυνση</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Θύρα</translation>
        </message>
        <message>
            <source>Web &amp;origins</source>
            <translation>Π&amp;ροελεύσεις web</translation>
        </message>
        <message>
            <source>Where it listens</source>
            <translation>Πού ακούει</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Αφαίρεση κλειδιού</translation>
        </message>
        <message>
            <source>Let programs on this computer in without a key</source>
            <translation>Πρόσβαση χωρίς κλειδί για προγράμματα σε αυτόν τον υπολογιστή</translation>
        </message>
        <message>
            <source>The new API key</source>
            <translation>Το νέο κλειδί API</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Αντιγραφή</translation>
        </message>
        <message>
            <source>Copy the new key</source>
            <translation>Αντιγραφή του νέου κλειδιού</translation>
        </message>
        <message>
            <source>Copy the key now: Hearth will not show it again.</source>
            <translation>Αντιγράψτε το κλειδί τώρα: το Hearth δεν θα το εμφανίσει ξανά.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Κλειδί API</translation>
        </message>
        <message>
            <source>Requests served</source>
            <translation>Αιτήματα που εξυπηρετήθηκαν</translation>
        </message>
        <message>
            <source>Request columns</source>
            <translation>Στήλες αιτημάτων</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Αιτήματα</translation>
        </message>
        <message>
            <source>Other computers can reach {host}: they need the API key to use the model.</source>
            <translation>Άλλοι υπολογιστές έχουν πρόσβαση στο {host}: χρειάζονται το κλειδί API για να χρησιμοποιήσουν το μοντέλο.</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers in, so it needs an API key: create one below first.</source>
            <translation>Η εξυπηρέτηση στο {host} επιτρέπει πρόσβαση σε άλλους υπολογιστές, οπότε χρειάζεται κλειδί API: δημιουργήστε ένα πρώτα παρακάτω.</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>Νέο κλειδί</translation>
        </message>
        <message>
            <source>Create key</source>
            <translation>Δημιουργία κλειδιού</translation>
        </message>
        <message>
            <source>Make a new key: the old one stops working at once</source>
            <translation>Δημιουργία νέου κλειδιού: το παλιό σταματά να λειτουργεί αμέσως</translation>
        </message>
        <message>
            <source>Make a key that every client must send</source>
            <translation>Δημιουργία κλειδιού που πρέπει να στέλνει κάθε πελάτης</translation>
        </message>
        <message>
            <source>A key is set: every client must send it ({header}).</source>
            <translation>Έχει οριστεί κλειδί: κάθε πελάτης πρέπει να το στέλνει ({header}).</translation>
        </message>
        <message>
            <source>No key: any program on this computer can use the API.</source>
            <translation>Χωρίς κλειδί: οποιοδήποτε πρόγραμμα σε αυτόν τον υπολογιστή μπορεί να χρησιμοποιήσει το API.</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>the API server</comment>
            <translation>Ανενεργός</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Εκκίνηση…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Διακοπή…</translation>
        </message>
        <message>
            <source>Serving at {url}</source>
            <translation>Εξυπηρέτηση στο {url}</translation>
        </message>
    </context>
    <context>
        <name>ServerRow</name>
        <message>
            <source>On</source>
            <comment>an MCP server switched on</comment>
            <translation>Ενεργός</translation>
        </message>
        <message>
            <source>Use the server {name}</source>
            <translation>Χρήση του διακομιστή {name}</translation>
        </message>
        <message>
            <source>Switched off, its tools are offered to no chat</source>
            <translation>Απενεργοποιημένος, τα εργαλεία του δεν προσφέρονται σε καμία συνομιλία</translation>
        </message>
        <message>
            <source>Show tools</source>
            <translation>Εμφάνιση εργαλείων</translation>
        </message>
        <message>
            <source>Show the tools of {name}</source>
            <translation>Εμφάνιση των εργαλείων του {name}</translation>
        </message>
        <message>
            <source>Ask again before each of this server's tools runs</source>
            <translation>Νέα ερώτηση πριν από κάθε εκτέλεση εργαλείου αυτού του διακομιστή</translation>
        </message>
        <message>
            <source>No tools could be listed.</source>
            <translation>Δεν ήταν δυνατή η ανάκτηση της λίστας εργαλείων.</translation>
        </message>
        <message>
            <source>Forget “Always allow” ({count})</source>
            <translation>Κατάργηση του «Να επιτρέπεται πάντα» ({count})</translation>
        </message>
        <message>
            <source>Hide tools</source>
            <translation>Απόκρυψη εργαλείων</translation>
        </message>
        <message>
            <source>Starting the server and asking for its tools…</source>
            <translation>Εκκίνηση του διακομιστή και αίτημα για τα εργαλεία του…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>None: new chats start without a system prompt.</source>
            <translation>Καμία: οι νέες συνομιλίες ξεκινούν χωρίς προτροπή συστήματος.</translation>
        </message>
        <message>
            <source>Instructions every new chat starts with. Each conversation keeps its own, which you can change in the panel beside the chat; this changes no existing chat.</source>
            <translation>Οδηγίες με τις οποίες ξεκινά κάθε νέα συνομιλία. Κάθε συνομιλία κρατά τις δικές της, που μπορείτε να αλλάξετε στον πίνακα δίπλα στη συνομιλία· αυτό δεν αλλάζει καμία υπάρχουσα συνομιλία.</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Όπως το σύστημα</translation>
        </message>
        <message>
            <source> pt</source>
            <comment>font size unit, after the number</comment>
            <translation> pt</translation>
        </message>
        <message>
            <source>The size of the conversation's and the message box's text</source>
            <translation>Το μέγεθος του κειμένου της συνομιλίας και του πεδίου μηνύματος</translation>
        </message>
        <message>
            <source>Default system prompt</source>
            <translation>Προεπιλεγμένη προτροπή συστήματος</translation>
        </message>
        <message>
            <source>Send with</source>
            <translation>Αποστολή με</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Μέγεθος κειμένου</translation>
        </message>
        <message>
            <source>{bigger} and {smaller} change the text size anywhere; {reset} resets it.</source>
            <translation>Τα {bigger} και {smaller} αλλάζουν το μέγεθος κειμένου παντού· το {reset} το επαναφέρει.</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Συνομιλία</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Όπως το σύστημα</translation>
        </message>
        <message>
            <source>The language of Hearth's window</source>
            <translation>Η γλώσσα του παραθύρου του Hearth</translation>
        </message>
        <message>
            <source>Hearth shows the new language the next time it starts.</source>
            <translation>Το Hearth θα εμφανίσει τη νέα γλώσσα την επόμενη φορά που θα ξεκινήσει.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Θέμα</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Γλώσσα</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Εμφάνιση</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Φάκελοι μοντέλων</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Προσθήκη φακέλου…</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Προσθήκη φακέλου μοντέλων</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Remove the model folder</source>
            <translation>Αφαίρεση του φακέλου μοντέλων</translation>
        </message>
        <message>
            <source>Stop listing this folder's models (the files stay)</source>
            <translation>Διακοπή εμφάνισης των μοντέλων αυτού του φακέλου (τα αρχεία παραμένουν)</translation>
        </message>
        <message>
            <source>Hearth lists the GGUF models in these folders (and their subfolders) in the Library beside its own downloads, and uses them where they are.</source>
            <translation>Το Hearth εμφανίζει τα μοντέλα GGUF αυτών των φακέλων (και των υποφακέλων τους) στη Βιβλιοθήκη δίπλα στις δικές του λήψεις, και τα χρησιμοποιεί εκεί που βρίσκονται.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Γνώσεις</translation>
        </message>
        <message>
            <source>Work offline: never connect to the hub</source>
            <translation>Εργασία εκτός σύνδεσης: καμία σύνδεση με το Hub</translation>
        </message>
        <message>
            <source>No searches or downloads; the models you have and your chats keep working.</source>
            <translation>Χωρίς αναζητήσεις ή λήψεις· τα μοντέλα που έχετε και οι συνομιλίες σας συνεχίζουν να λειτουργούν.</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Πόσες λήψεις εκτελούνται ταυτόχρονα</translation>
        </message>
        <message>
            <source>Downloads at once</source>
            <translation>Ταυτόχρονες λήψεις</translation>
        </message>
        <message>
            <source>Network and downloads</source>
            <translation>Δίκτυο και λήψεις</translation>
        </message>
        <message>
            <source>Conversation cache</source>
            <translation>Cache συνομιλιών</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Άνοιγμα φακέλου</translation>
        </message>
        <message>
            <source>Show {folder} in the file manager</source>
            <translation>Εμφάνιση του {folder} στη διαχείριση αρχείων</translation>
        </message>
        <message>
            <source>Open the {kind} folder</source>
            <translation>Άνοιγμα του φακέλου «{kind}»</translation>
        </message>
        <message>
            <source>Where your data lives</source>
            <translation>Πού βρίσκονται τα δεδομένα σας</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Συντομεύσεις πληκτρολογίου</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ενέργεια</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Πλήκτρα</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Στήλες</translation>
        </message>
        <message>
            <source>Shortcuts work anywhere in the main window unless they say where.</source>
            <translation>Οι συντομεύσεις λειτουργούν παντού στο κύριο παράθυρο, εκτός αν αναφέρουν πού.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>New chat</source>
            <translation>Νέα συνομιλία</translation>
        </message>
        <message>
            <source>Start a new conversation ({keys})</source>
            <translation>Έναρξη νέας συνομιλίας ({keys})</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Έναρξη νέας συνομιλίας</translation>
        </message>
        <message>
            <source>Search chats ({keys})</source>
            <translation>Αναζήτηση συνομιλιών ({keys})</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Αναζήτηση συνομιλιών</translation>
        </message>
        <message>
            <source>Finds the conversations whose messages hold these words</source>
            <translation>Βρίσκει τις συνομιλίες των οποίων τα μηνύματα περιέχουν αυτές τις λέξεις</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Συνομιλίες</translation>
        </message>
        <message>
            <source>Enter opens a conversation; F2 renames it, Delete deletes it, the menu key shows its other actions</source>
            <translation>Το Enter ανοίγει μια συνομιλία· το F2 τη μετονομάζει, το Delete τη διαγράφει, το πλήκτρο μενού εμφανίζει τις άλλες ενέργειές της</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Αποτελέσματα αναζήτησης</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>delete a conversation</comment>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Ενέργειες συνομιλίας</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Μετονομασία</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Εξαγωγή</translation>
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
            <translation>Δημιουργία αντιγράφου</translation>
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
            <translation>Πηγές</translation>
        </message>
        <message>
            <source>Open the passage</source>
            <translation>Άνοιγμα του αποσπάσματος</translation>
        </message>
        <message>
            <source>Source {source}: open the passage</source>
            <translation>Πηγή {source}: άνοιγμα του αποσπάσματος</translation>
        </message>
    </context>
    <context>
        <name>ThinkingControls</name>
        <message>
            <source>Think</source>
            <comment>let the model think first</comment>
            <translation>Σκέψη</translation>
        </message>
        <message>
            <source>Let the model think before it answers (its thought shows apart, collapsed). Off: it answers at once.</source>
            <translation>Το μοντέλο σκέφτεται πριν απαντήσει (η σκέψη του εμφανίζεται χωριστά, συμπτυγμένη). Ανενεργό: απαντά αμέσως.</translation>
        </message>
        <message>
            <source>Think before answering</source>
            <translation>Σκέψη πριν από την απάντηση</translation>
        </message>
        <message>
            <source>Reasoning effort</source>
            <translation>Ένταση συλλογισμού</translation>
        </message>
        <message>
            <source>How long the model reasons before it answers</source>
            <translation>Πόση ώρα συλλογίζεται το μοντέλο πριν απαντήσει</translation>
        </message>
    </context>
    <context>
        <name>ThoughtBlock</name>
        <message>
            <source>Hide the model's reasoning</source>
            <translation>Απόκρυψη του συλλογισμού του μοντέλου</translation>
        </message>
        <message>
            <source>Show the model's reasoning</source>
            <translation>Εμφάνιση του συλλογισμού του μοντέλου</translation>
        </message>
    </context>
    <context>
        <name>TokenBox</name>
        <message>
            <source>Hugging Face token</source>
            <translation>Token Hugging Face</translation>
        </message>
        <message>
            <source>Paste a read token from huggingface.co/settings/tokens</source>
            <translation>Επικολλήστε ένα token ανάγνωσης από το huggingface.co/settings/tokens</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Επαλήθευση</translation>
        </message>
        <message>
            <source>Ask the hub whose token this is</source>
            <translation>Ερώτηση στο Hub σε ποιον ανήκει αυτό το token</translation>
        </message>
        <message>
            <source>Save</source>
            <comment>save the token</comment>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <source>Keep the token in the system keychain</source>
            <translation>Φύλαξη του token στην κλειδοθήκη του συστήματος</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Forget the saved token</source>
            <translation>Διαγραφή του αποθηκευμένου token</translation>
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation>Επικολλήστε πρώτα ένα token.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Ερώτηση στο Hub…</translation>
        </message>
        <message>
            <source>This token belongs to {user}.</source>
            <translation>Αυτό το token ανήκει στον χρήστη {user}.</translation>
        </message>
        <message>
            <source>No token is saved: public models download without one.</source>
            <translation>Δεν είναι αποθηκευμένο κανένα token: τα δημόσια μοντέλα λαμβάνονται χωρίς αυτό.</translation>
        </message>
        <message>
            <source>A token is saved in the system keychain.</source>
            <translation>Ένα token είναι αποθηκευμένο στην κλειδοθήκη του συστήματος.</translation>
        </message>
        <message>
            <source>The token is kept only until Hearth closes.</source>
            <translation>Το token διατηρείται μόνο μέχρι να κλείσει το Hearth.</translation>
        </message>
    </context>
    <context>
        <name>ToolCardWidget</name>
        <message>
            <source>Allow once</source>
            <translation>Να επιτραπεί μία φορά</translation>
        </message>
        <message>
            <source>Always allow this tool</source>
            <translation>Να επιτρέπεται πάντα αυτό το εργαλείο</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Άρνηση</translation>
        </message>
        <message>
            <source>Run this call now; ask again next time</source>
            <translation>Εκτέλεση αυτής της κλήσης τώρα· νέα ερώτηση την επόμενη φορά</translation>
        </message>
        <message>
            <source>Run this tool's calls without asking, this session</source>
            <translation>Εκτέλεση των κλήσεων αυτού του εργαλείου χωρίς ερώτηση, σε αυτή τη συνεδρία</translation>
        </message>
        <message>
            <source>Do not run it; the model is told it was denied</source>
            <translation>Να μην εκτελεστεί· ενημερώνεται το μοντέλο ότι απορρίφθηκε</translation>
        </message>
        <message>
            <source>Tool call {name}: {state}</source>
            <translation>Κλήση εργαλείου {name}: {state}</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenuButton</name>
        <message>
            <source>Tools</source>
            <translation>Εργαλεία</translation>
        </message>
        <message>
            <source>Tools for this chat</source>
            <translation>Εργαλεία για αυτή τη συνομιλία</translation>
        </message>
        <message>
            <source>Which MCP servers' tools this chat may use</source>
            <translation>Ποιων διακομιστών MCP τα εργαλεία μπορεί να χρησιμοποιεί αυτή η συνομιλία</translation>
        </message>
        <message>
            <source>The first reply to each message calls one of the tools (small models often call tools only when told to)</source>
            <translation>Η πρώτη απάντηση σε κάθε μήνυμα καλεί ένα από τα εργαλεία (τα μικρά μοντέλα συχνά καλούν εργαλεία μόνο όταν τους ζητηθεί)</translation>
        </message>
        <message>
            <source>Tools ({count})</source>
            <translation>Εργαλεία ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n tool server(s) on for this chat</source>
            <translation>
                <numerusform>{used} από %n διακομιστή εργαλείων ενεργοί σε αυτή τη συνομιλία</numerusform>
                <numerusform>{used} από %n διακομιστές εργαλείων ενεργοί σε αυτή τη συνομιλία</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools let the model look things up and act for you through MCP servers (the Model Context Protocol), the same servers Claude Desktop, LM Studio and Cursor use. Every tool asks you before it runs, and shows what it was given and what it gave back.</source>
            <translation>Τα εργαλεία επιτρέπουν στο μοντέλο να αναζητά πληροφορίες και να ενεργεί για εσάς μέσω διακομιστών MCP (Model Context Protocol), των ίδιων διακομιστών που χρησιμοποιούν τα Claude Desktop, LM Studio και Cursor. Κάθε εργαλείο σας ρωτά πριν εκτελεστεί και δείχνει τι του δόθηκε και τι επέστρεψε.</translation>
        </message>
        <message>
            <source>Offline mode blocks servers reached over the network, except those on this computer (localhost). Servers Hearth starts as a program run only when a chat needs them.</source>
            <translation>Η λειτουργία εκτός σύνδεσης αποκλείει διακομιστές που προσεγγίζονται μέσω δικτύου, εκτός από αυτούς σε αυτόν τον υπολογιστή (localhost). Οι διακομιστές που το Hearth εκκινεί ως πρόγραμμα εκτελούνται μόνο όταν τους χρειάζεται μια συνομιλία.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Εισαγωγή…</translation>
        </message>
        <message>
            <source>Import MCP servers</source>
            <translation>Εισαγωγή διακομιστών MCP</translation>
        </message>
        <message>
            <source>Add servers from another app's MCP configuration</source>
            <translation>Προσθήκη διακομιστών από τη ρύθμιση MCP άλλης εφαρμογής</translation>
        </message>
        <message>
            <source>MCP servers</source>
            <translation>Διακομιστές MCP</translation>
        </message>
        <message>
            <source>Hearth keeps its servers in {file}.</source>
            <translation>Το Hearth κρατά τους διακομιστές του στο {file}.</translation>
        </message>
        <message>
            <source>No MCP servers yet: import another app's, or add them to the file below.</source>
            <translation>Δεν υπάρχουν διακομιστές MCP ακόμη: εισαγάγετε αυτούς άλλης εφαρμογής ή προσθέστε τους στο παρακάτω αρχείο.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Εισαγωγή {file}…</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Από αρχείο…</translation>
        </message>
        <message>
            <source>From {app}</source>
            <translation>Από {app}</translation>
        </message>
        <message>
            <source>MCP configuration (*.json);;All files (*)</source>
            <translation>Ρύθμιση MCP (*.json);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <source>Added {servers}.</source>
            <translation>Προστέθηκαν: {servers}.</translation>
        </message>
        <message>
            <source>No server was added.</source>
            <translation>Δεν προστέθηκε κανένας διακομιστής.</translation>
        </message>
    </context>
    <context>
        <name>Trimmed</name>
        <message numerus="yes">
            <source>The conversation is longer than the model's context ({n_ctx} tokens): the oldest %n messages were left out of this reply. The system prompt was kept.</source>
            <translation>
                <numerusform>Η συνομιλία είναι μεγαλύτερη από το πλαίσιο του μοντέλου ({n_ctx} tokens): το %n παλαιότερο μήνυμα παραλείφθηκε από αυτή την απάντηση. Η προτροπή συστήματος διατηρήθηκε.</numerusform>
                <numerusform>Η συνομιλία είναι μεγαλύτερη από το πλαίσιο του μοντέλου ({n_ctx} tokens): τα %n παλαιότερα μηνύματα παραλείφθηκαν από αυτή την απάντηση. Η προτροπή συστήματος διατηρήθηκε.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnPreparer</name>
        <message>
            <source>A file could not be read: {reason}.</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση ενός αρχείου: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση του {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VirtualList</name>
        <message>
            <source>Scroll to the latest message</source>
            <translation>Κύλιση στο πιο πρόσφατο μήνυμα</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Try one of these</source>
            <translation>Δοκιμάστε ένα από αυτά</translation>
        </message>
        <message>
            <source>Open the model manager: models that fit this computer's memory are marked</source>
            <translation>Άνοιγμα της διαχείρισης μοντέλων: επισημαίνονται τα μοντέλα που χωρούν στη μνήμη αυτού του υπολογιστή</translation>
        </message>
        <message>
            <source>Everything runs on this computer: what you type stays here.</source>
            <translation>Όλα εκτελούνται σε αυτόν τον υπολογιστή: ό,τι πληκτρολογείτε μένει εδώ.</translation>
        </message>
        <message>
            <source>Loading {model}…</source>
            <translation>Φόρτωση {model}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Φόρτωση…</translation>
        </message>
        <message>
            <source>A prompt picked now waits in the message box.</source>
            <translation>Μια προτροπή που επιλέγεται τώρα περιμένει στο πεδίο μηνύματος.</translation>
        </message>
        <message>
            <source>No model yet</source>
            <translation>Κανένα μοντέλο ακόμη</translation>
        </message>
    </context>
    <context>
        <name>about_dialog</name>
        <message>
            <source>The engine has not started yet: load a model to see how llama.cpp was built.</source>
            <translation>Η μηχανή δεν έχει ξεκινήσει ακόμη: φορτώστε ένα μοντέλο για να δείτε πώς μεταγλωττίστηκε το llama.cpp.</translation>
        </message>
        <message>
            <source> (in the focused list)</source>
            <translation> (στην εστιασμένη λίστα)</translation>
        </message>
        <message>
            <source> (in the focused field)</source>
            <translation> (στο εστιασμένο πεδίο)</translation>
        </message>
    </context>
    <context>
        <name>api_service</name>
        <message>
            <source>No system keychain is available, so the API key is kept only until Hearth closes; clients will need a new one next time.</source>
            <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη συστήματος, οπότε το κλειδί API διατηρείται μόνο μέχρι να κλείσει το Hearth· οι πελάτες θα χρειαστούν νέο την επόμενη φορά.</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>a reply ended</comment>
            <translation>ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>length limit</source>
            <comment>a reply ended at</comment>
            <translation>όριο μήκους</translation>
        </message>
        <message>
            <source>stop string</source>
            <comment>a reply ended at</comment>
            <translation>συμβολοσειρά διακοπής</translation>
        </message>
        <message>
            <source>context full</source>
            <comment>a reply ended because</comment>
            <translation>γέμισε το πλαίσιο</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a reply was</comment>
            <translation>διακόπηκε</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a reply ended with</comment>
            <translation>σφάλμα</translation>
        </message>
        <message>
            <source>Serving on {host} lets other computers use the model, so it needs an API key: create one below, or serve on 127.0.0.1.</source>
            <translation>Η εξυπηρέτηση στο {host} επιτρέπει σε άλλους υπολογιστές να χρησιμοποιούν το μοντέλο, οπότε χρειάζεται κλειδί API: δημιουργήστε ένα παρακάτω ή εξυπηρετήστε στο 127.0.0.1.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>The loaded model cannot read images ({names}). Load a model with vision, or remove the image to send the message.</source>
            <translation>Το φορτωμένο μοντέλο δεν μπορεί να διαβάσει εικόνες ({names}). Φορτώστε ένα μοντέλο με όραση ή αφαιρέστε την εικόνα για να στείλετε το μήνυμα.</translation>
        </message>
        <message>
            <source>{name} is not an image Hearth can read.</source>
            <translation>Το {name} δεν είναι εικόνα που μπορεί να διαβάσει το Hearth.</translation>
        </message>
    </context>
    <context>
        <name>chat_model</name>
        <message>
            <source>{tokens} tokens · {rate} tok/s · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · πρώτο token {ttft} ms</translation>
        </message>
        <message>
            <source>{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms</source>
            <translation>{tokens} tokens · {rate} tok/s · αποδοχή προσχεδίων {kept}% · πρώτο token {ttft} ms</translation>
        </message>
    </context>
    <context>
        <name>chat_style</name>
        <message>
            <source>reading the conversation…</source>
            <translation>ανάγνωση της συνομιλίας…</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>διακόπηκε</translation>
        </message>
        <message>
            <source>error</source>
            <translation>σφάλμα</translation>
        </message>
        <message>
            <source>interrupted – the app closed while this was written</source>
            <translation>διακόπηκε – η εφαρμογή έκλεισε ενώ γραφόταν</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Εσείς</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Βοηθός</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Σύστημα</translation>
        </message>
    </context>
    <context>
        <name>connections_page</name>
        <message>
            <source>Asking the servers for their models…</source>
            <translation>Ερώτηση στους διακομιστές για τα μοντέλα τους…</translation>
        </message>
        <message>
            <source>No connections yet: add one below.</source>
            <translation>Δεν υπάρχουν συνδέσεις ακόμη: προσθέστε μία παρακάτω.</translation>
        </message>
    </context>
    <context>
        <name>conversation_list</name>
        <message>
            <source>Today</source>
            <translation>Σήμερα</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Χθες</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Προηγούμενες 7 ημέρες</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Προηγούμενες 30 ημέρες</translation>
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
            <translation>Το Hearth είναι σε λειτουργία εκτός σύνδεσης, οπότε η σύνδεση «{name}» προς το {host} αποκλείεται: μπορούν να χρησιμοποιηθούν μόνο διακομιστές σε αυτόν τον υπολογιστή (localhost). Απενεργοποιήστε τη λειτουργία εκτός σύνδεσης στις ρυθμίσεις για να τη χρησιμοποιήσετε.</translation>
        </message>
        <message>
            <source>Your message is {tokens:,} tokens long with the system prompt; the model's context holds {n_ctx:,}. Shorten it, or load the model with a larger context.</source>
            <translation>Το μήνυμά σας έχει μήκος {tokens:,} tokens μαζί με την προτροπή συστήματος· το πλαίσιο του μοντέλου χωρά {n_ctx:,}. Συντομεύστε το ή φορτώστε το μοντέλο με μεγαλύτερο πλαίσιο.</translation>
        </message>
        <message>
            <source>The attached documents do not fit in the room left in this chat's context, even as a few passages; start a new chat or load the model with a larger context.</source>
            <translation>Τα συνημμένα έγγραφα δεν χωρούν στον χώρο που απομένει στο πλαίσιο αυτής της συνομιλίας, ούτε ως λίγα αποσπάσματα· ξεκινήστε νέα συνομιλία ή φορτώστε το μοντέλο με μεγαλύτερο πλαίσιο.</translation>
        </message>
        <message>
            <source>no embedding model</source>
            <translation>κανένα μοντέλο ενσωμάτωσης</translation>
        </message>
        <message>
            <source>Fits on the GPU with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Χωράει στη GPU με πλαίσιο {ctx:,} tokens: περίπου {total} (εκτίμηση).</translation>
        </message>
        <message>
            <source>Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Χωράει με {layers} από {n} επίπεδα στη GPU και τα υπόλοιπα στη RAM, με πλαίσιο {ctx:,} tokens: περίπου {total} (εκτίμηση).</translation>
        </message>
        <message>
            <source>Fits in RAM with a {ctx:,}-token context: about {total} (estimate).</source>
            <translation>Χωράει στη RAM με πλαίσιο {ctx:,} tokens: περίπου {total} (εκτίμηση).</translation>
        </message>
        <message>
            <source>Needs about {total} with a {ctx:,}-token context, more than is free; a context of {max_ctx:,} tokens would fit (estimate).</source>
            <translation>Χρειάζεται περίπου {total} με πλαίσιο {ctx:,} tokens, περισσότερα από όσα είναι ελεύθερα· ένα πλαίσιο {max_ctx:,} tokens θα χωρούσε (εκτίμηση).</translation>
        </message>
        <message>
            <source>Needs about {total}, more memory than this computer has free (estimate).</source>
            <translation>Χρειάζεται περίπου {total}, περισσότερη μνήμη από όση έχει ελεύθερη αυτός ο υπολογιστής (εκτίμηση).</translation>
        </message>
        <message>
            <source>Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} with q4_0 (estimate).</source>
            <translation>Χωράει πλαίσιο περίπου {f16:,} tokens με cache f16, {q8_0:,} με q8_0, {q4_0:,} με q4_0 (εκτίμηση).</translation>
        </message>
        <message>
            <source>Its whole trained context of {ctx:,} tokens fits with any cache type (estimate).</source>
            <translation>Όλο το πλαίσιο εκπαίδευσής του, {ctx:,} tokens, χωράει με οποιονδήποτε τύπο cache (εκτίμηση).</translation>
        </message>
        <message>
            <source>This model cannot keep its {part} cache as {type}: its attention heads are {length} values long, not a multiple of {block}. Choose f16 for it.</source>
            <translation>Αυτό το μοντέλο δεν μπορεί να κρατά την cache {part} ως {type}: οι κεφαλές προσοχής του έχουν μήκος {length} τιμών, που δεν είναι πολλαπλάσιο του {block}. Επιλέξτε f16 για αυτό.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>ο δίσκος είναι γεμάτος</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>ο φάκελος είναι μόνο για ανάγνωση</translation>
        </message>
        <message>
            <source>another program is using the history file</source>
            <translation>άλλο πρόγραμμα χρησιμοποιεί το αρχείο ιστορικού</translation>
        </message>
        <message>
            <source>the history file is damaged</source>
            <translation>το αρχείο ιστορικού είναι κατεστραμμένο</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>ο δίσκος ανέφερε σφάλμα</translation>
        </message>
        <message>
            <source>the database reported an error</source>
            <translation>η βάση δεδομένων ανέφερε σφάλμα</translation>
        </message>
        <message>
            <source>the history file could not be opened</source>
            <translation>δεν ήταν δυνατό να ανοίξει το αρχείο ιστορικού</translation>
        </message>
        <message>
            <source>Hearth could not open its history: {why}.</source>
            <translation>Το Hearth δεν μπόρεσε να ανοίξει το ιστορικό του: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not read its history: {why}.</source>
            <translation>Το Hearth δεν μπόρεσε να διαβάσει το ιστορικό του: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not save to its history: {why}.</source>
            <translation>Το Hearth δεν μπόρεσε να αποθηκεύσει στο ιστορικό του: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}.</source>
            <translation>Το Hearth δεν μπόρεσε να αναβαθμίσει το ιστορικό του: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not upgrade its history: {why}; your chats were not changed.</source>
            <translation>Το Hearth δεν μπόρεσε να αναβαθμίσει το ιστορικό του: {why}· οι συνομιλίες σας δεν άλλαξαν.</translation>
        </message>
        <message>
            <source>Hearth could not write {name}: {why}.</source>
            <translation>Το Hearth δεν μπόρεσε να γράψει το {name}: {why}.</translation>
        </message>
        <message>
            <source>Hearth could not open its history: its folder is on a disk that cannot hold it safely (a network drive?).</source>
            <translation>Το Hearth δεν μπόρεσε να ανοίξει το ιστορικό του: ο φάκελός του βρίσκεται σε δίσκο που δεν μπορεί να το φυλάξει με ασφάλεια (μονάδα δικτύου;).</translation>
        </message>
        <message>
            <source>This history was written by a newer version of Hearth; update Hearth to open it.</source>
            <translation>Αυτό το ιστορικό γράφτηκε από νεότερη έκδοση του Hearth· ενημερώστε το Hearth για να το ανοίξετε.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: check the network, or use Hearth offline.</source>
            <translation>Το Hub δεν είναι προσβάσιμο: ελέγξτε το δίκτυο ή χρησιμοποιήστε το Hearth εκτός σύνδεσης.</translation>
        </message>
        <message>
            <source>Hearth is offline: the hub is not contacted until you switch offline mode off.</source>
            <translation>Το Hearth είναι εκτός σύνδεσης: δεν γίνεται επικοινωνία με το Hub μέχρι να απενεργοποιήσετε τη λειτουργία εκτός σύνδεσης.</translation>
        </message>
        <message>
            <source>Tiny and fast: good for trying Hearth and playing with words, not for facts.</source>
            <translation>Μικροσκοπικό και γρήγορο: καλό για να δοκιμάσετε το Hearth και να παίξετε με λέξεις, όχι για γεγονότα.</translation>
        </message>
        <message>
            <source>A model on this computer. Try a prompt below to see what it does well.</source>
            <translation>Ένα μοντέλο σε αυτόν τον υπολογιστή. Δοκιμάστε μια προτροπή παρακάτω για να δείτε σε τι είναι καλό.</translation>
        </message>
        <message>
            <source>Retrying in {delay:g} s: {why}</source>
            <translation>Νέα προσπάθεια σε {delay:g} δ: {why}</translation>
        </message>
        <message>
            <source>The download kept failing after several tries: {why} The partial file is kept; resume it later.</source>
            <translation>Η λήψη συνέχισε να αποτυγχάνει μετά από αρκετές προσπάθειες: {why} Το μερικό αρχείο διατηρείται· συνεχίστε τη λήψη αργότερα.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your Hugging Face token is kept only until Hearth closes; you will need to enter it again next time.</source>
            <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη συστήματος, οπότε το token του Hugging Face διατηρείται μόνο μέχρι να κλείσει το Hearth· θα χρειαστεί να το εισαγάγετε ξανά την επόμενη φορά.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Δεν έχει φορτωθεί μοντέλο.</translation>
        </message>
        <message>
            <source>The engine is not running; start it again.</source>
            <translation>Η μηχανή δεν εκτελείται· ξεκινήστε την ξανά.</translation>
        </message>
        <message>
            <source>The engine did not answer in time and was stopped.</source>
            <translation>Η μηχανή δεν απάντησε εγκαίρως και διακόπηκε.</translation>
        </message>
        <message>
            <source>The engine was ended on request.</source>
            <translation>Η μηχανή τερματίστηκε κατόπιν αιτήματος.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Η μηχανή σταμάτησε απροσδόκητα. Ό,τι έχει γραφτεί ως τώρα διατηρείται· η μηχανή ξεκινά ξανά με το επόμενο αίτημα.</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly: it {reason}. What was written so far is kept; the engine starts again with the next request.</source>
            <translation>Η μηχανή σταμάτησε απροσδόκητα ({reason}). Ό,τι έχει γραφτεί ως τώρα διατηρείται· η μηχανή ξεκινά ξανά με το επόμενο αίτημα.</translation>
        </message>
        <message>
            <source>{draft} cannot draft for {model}: their vocabularies differ.</source>
            <translation>Το {draft} δεν μπορεί να δημιουργεί προσχέδια για το {model}: τα λεξιλόγιά τους διαφέρουν.</translation>
        </message>
        <message>
            <source>Replies are not drafted with {draft}. {reason}</source>
            <translation>Το {draft} δεν χρησιμοποιείται για προσχέδια απαντήσεων. {reason}</translation>
        </message>
        <message>
            <source>The engine could not read it.</source>
            <translation>Η μηχανή δεν μπόρεσε να το διαβάσει.</translation>
        </message>
        <message>
            <source>There was no memory for its context.</source>
            <translation>Δεν υπήρχε μνήμη για το πλαίσιό του.</translation>
        </message>
        <message>
            <source>The model could not be loaded: {reason}. The file may be damaged, or made for a newer engine than this Hearth has.</source>
            <translation>Δεν ήταν δυνατή η φόρτωση του μοντέλου: {reason}. Το αρχείο μπορεί να είναι κατεστραμμένο ή να προορίζεται για νεότερη μηχανή από αυτήν που έχει αυτό το Hearth.</translation>
        </message>
        <message>
            <source>No embedding model is set: search uses words only. Pick one in Settings → Knowledge.</source>
            <translation>Δεν έχει οριστεί μοντέλο ενσωμάτωσης: η αναζήτηση χρησιμοποιεί μόνο λέξεις. Επιλέξτε ένα στις Ρυθμίσεις → Γνώσεις.</translation>
        </message>
        <message>
            <source>The embedding model stopped ({name}: the engine {reason}), so search uses words only. Pick another embedder in Settings → Knowledge, or restart Hearth to try again.</source>
            <translation>Το μοντέλο ενσωμάτωσης σταμάτησε ({name}, μηχανή: {reason}), οπότε η αναζήτηση χρησιμοποιεί μόνο λέξεις. Επιλέξτε άλλο μοντέλο ενσωμάτωσης στις Ρυθμίσεις → Γνώσεις ή επανεκκινήστε το Hearth για να δοκιμάσετε ξανά.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). Choose a smaller context or model, or close other programs.</source>
            <translation>Δεν υπάρχει αρκετή μνήμη για τη φόρτωση αυτού του μοντέλου με πλαίσιο {n_ctx:,} tokens ({reason}). Επιλέξτε μικρότερο πλαίσιο ή μοντέλο ή κλείστε άλλα προγράμματα.</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Δεν υπάρχει αρκετή μνήμη για τη φόρτωση αυτού του μοντέλου με πλαίσιο {context:,} tokens: χρειάζεται περίπου {ram_needed} RAM, ενώ είναι ελεύθερα {ram_free}. Το μεγαλύτερο πλαίσιο που χωράει είναι {max_context:,} tokens: φορτώστε το μοντέλο με αυτό ή λιγότερο (εκτίμηση).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Δεν υπάρχει αρκετή μνήμη για τη φόρτωση αυτού του μοντέλου με πλαίσιο {context:,} tokens: χρειάζεται περίπου {ram_needed} RAM, ενώ είναι ελεύθερα {ram_free}. Δεν χωράει ούτε μικρό πλαίσιο: κλείστε άλλα προγράμματα ή επιλέξτε μικρότερο μοντέλο ή κβαντοποίηση (εκτίμηση).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. The largest context that fits is {max_context:,} tokens: load the model with that or less (an estimate).</source>
            <translation>Δεν υπάρχει αρκετή μνήμη για τη φόρτωση αυτού του μοντέλου με πλαίσιο {context:,} tokens: χρειάζεται περίπου {ram_needed} RAM και {gpu_needed} στη GPU, ενώ είναι ελεύθερα {ram_free} RAM και {gpu_free} στη GPU. Το μεγαλύτερο πλαίσιο που χωράει είναι {max_context:,} tokens: φορτώστε το μοντέλο με αυτό ή λιγότερο (εκτίμηση).</translation>
        </message>
        <message>
            <source>There is not enough memory to load this model with a {context:,}-token context: it needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and {gpu_free} on the GPU are free. Not even a small context fits: close other programs, or choose a smaller model or quantization (an estimate).</source>
            <translation>Δεν υπάρχει αρκετή μνήμη για τη φόρτωση αυτού του μοντέλου με πλαίσιο {context:,} tokens: χρειάζεται περίπου {ram_needed} RAM και {gpu_needed} στη GPU, ενώ είναι ελεύθερα {ram_free} RAM και {gpu_free} στη GPU. Δεν χωράει ούτε μικρό πλαίσιο: κλείστε άλλα προγράμματα ή επιλέξτε μικρότερο μοντέλο ή κβαντοποίηση (εκτίμηση).</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Η φόρτωση ακυρώθηκε.</translation>
        </message>
        <message>
            <source>Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a {n_ctx:,}-token context.</source>
            <translation>Η φόρτωση στη GPU απέτυχε: {why}. Το Hearth εκτελεί αντί γι' αυτό το μοντέλο στη CPU, με πλαίσιο {n_ctx:,} tokens.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: its folder {cwd} does not exist.</source>
            <translation>Ο διακομιστής MCP «{name}» δεν μπόρεσε να ξεκινήσει: ο φάκελός του {cwd} δεν υπάρχει.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” was not found.</source>
            <translation>Ο διακομιστής MCP «{name}» δεν μπόρεσε να ξεκινήσει: η εντολή «{command}» δεν βρέθηκε.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: the command “{command}” is not executable.</source>
            <translation>Ο διακομιστής MCP «{name}» δεν μπόρεσε να ξεκινήσει: η εντολή «{command}» δεν είναι εκτελέσιμη.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message over {megabytes} MB and was stopped.</source>
            <translation>Ο διακομιστής MCP «{name}» έστειλε μήνυμα άνω των {megabytes} MB και διακόπηκε.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped.</source>
            <translation>Ο διακομιστής MCP «{name}» έστειλε μήνυμα που δεν είναι έγκυρο JSON-RPC και διακόπηκε.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it is given.</source>
            <translation>Ο διακομιστής MCP «{name}» απέρριψε τα διαπιστευτήρια (HTTP {status})· ελέγξτε τις κεφαλίδες που του δίνονται.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” at {url} did not answer: nothing is listening there.</source>
            <translation>Ο διακομιστής MCP «{name}» στο {url} δεν απάντησε: τίποτα δεν ακούει εκεί.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s.</source>
            <translation>Ο διακομιστής MCP «{name}» δεν απάντησε μέσα σε {seconds:g} δ.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) that are not MCP messages.</source>
            <translation>Ο διακομιστής MCP «{name}» δεν απάντησε μέσα σε {seconds:g} δ· έγραψε γραμμές ({lines}) που δεν είναι μηνύματα MCP.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” could not start: {why}.</source>
            <translation>Ο διακομιστής MCP «{name}» δεν μπόρεσε να ξεκινήσει: {why}.</translation>
        </message>
        <message>
            <source>exit code {code}</source>
            <translation>κωδικός εξόδου {code}</translation>
        </message>
        <message>
            <source>killed by signal {signal}</source>
            <translation>τερματίστηκε από το σήμα {signal}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}).</source>
            <translation>Ο διακομιστής MCP «{name}» τερματίστηκε αμέσως ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” exited at once ({how}): {line}</source>
            <translation>Ο διακομιστής MCP «{name}» τερματίστηκε αμέσως ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}).</source>
            <translation>Ο διακομιστής MCP «{name}» σταμάτησε ({how}).</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped ({how}): {line}</source>
            <translation>Ο διακομιστής MCP «{name}» σταμάτησε ({how}): {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting.</source>
            <translation>Ο διακομιστής MCP «{name}» έκλεισε τη σύνδεση κατά την εκκίνηση.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” closed the connection while starting: {line}</source>
            <translation>Ο διακομιστής MCP «{name}» έκλεισε τη σύνδεση κατά την εκκίνηση: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped.</source>
            <translation>Ο διακομιστής MCP «{name}» σταμάτησε.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” stopped: {line}</source>
            <translation>Ο διακομιστής MCP «{name}» σταμάτησε: {line}</translation>
        </message>
        <message>
            <source>The MCP server “{name}” answered with HTTP {status}.</source>
            <translation>Ο διακομιστής MCP «{name}» απάντησε με HTTP {status}.</translation>
        </message>
        <message>
            <source>The MCP server “{name}” failed: {error}</source>
            <translation>Ο διακομιστής MCP «{name}» απέτυχε: {error}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Διακόπηκε.</translation>
        </message>
        <message>
            <source>The model made invalid tool calls {rounds} times in a row; the chat stopped there.</source>
            <translation>Το μοντέλο έκανε μη έγκυρες κλήσεις εργαλείων {rounds} φορές στη σειρά· η συνομιλία σταμάτησε εκεί.</translation>
        </message>
        <message>
            <source>The model was still calling tools after {rounds} rounds; the chat stopped there.</source>
            <translation>Το μοντέλο εξακολουθούσε να καλεί εργαλεία μετά από {rounds} γύρους· η συνομιλία σταμάτησε εκεί.</translation>
        </message>
    </context>
    <context>
        <name>download_list</name>
        <message>
            <source>Connecting</source>
            <translation>Σύνδεση</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Αναμονή</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Νέα προσπάθεια</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Έλεγχος</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Στην ουρά</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Λήψη</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Στάσιμη</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Σε παύση</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Απέτυχε</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Εγκαταστάθηκε</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} από {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <comment>a download speed</comment>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>απομένουν {duration}</translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>This message is too long to send: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Αυτό το μήνυμα είναι πολύ μεγάλο για αποστολή: μαζί με την προτροπή συστήματος είναι {tokens} tokens, και το πλαίσιο {n_ctx} tokens του μοντέλου χωρά {limit} αφού κρατηθεί χώρος για την απάντηση. Συντομεύστε το ή φορτώστε το μοντέλο με μεγαλύτερο πλαίσιο.</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <source>This edit is too long to save: with the system prompt it is {tokens} tokens, and the model's {n_ctx}-token context holds {limit} once room for the reply is kept. Shorten it, or load the model with a larger context.</source>
            <translation>Αυτή η επεξεργασία είναι πολύ μεγάλη για αποθήκευση: μαζί με την προτροπή συστήματος είναι {tokens} tokens, και το πλαίσιο {n_ctx} tokens του μοντέλου χωρά {limit} αφού κρατηθεί χώρος για την απάντηση. Συντομεύστε την ή φορτώστε το μοντέλο με μεγαλύτερο πλαίσιο.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>seed</source>
            <translation>σπόρος</translation>
        </message>
        <message>
            <source>the same seed and parameters give the same reply; without one, each reply gets a new random seed (recorded with the reply)</source>
            <translation>ο ίδιος σπόρος και οι ίδιες παράμετροι δίνουν την ίδια απάντηση· χωρίς σπόρο, κάθε απάντηση παίρνει νέο τυχαίο σπόρο (καταγράφεται μαζί με την απάντηση)</translation>
        </message>
        <message>
            <source>stop strings</source>
            <translation>συμβολοσειρές διακοπής</translation>
        </message>
        <message>
            <source>the reply ends where one of these strings would appear (the string itself is not shown)</source>
            <translation>η απάντηση τελειώνει εκεί όπου θα εμφανιζόταν μία από αυτές τις συμβολοσειρές (η ίδια η συμβολοσειρά δεν εμφανίζεται)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>θερμοκρασία</translation>
        </message>
        <message>
            <source>how adventurous each choice is: 0 always picks the most likely token</source>
            <translation>πόσο τολμηρή είναι κάθε επιλογή: με 0 επιλέγεται πάντα το πιθανότερο token</translation>
        </message>
        <message>
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <source>nucleus sampling: only the likeliest tokens making up this share; 1 switches it off</source>
            <translation>δειγματοληψία πυρήνα: μόνο τα πιθανότερα tokens που αθροίζουν αυτό το ποσοστό· το 1 την απενεργοποιεί</translation>
        </message>
        <message>
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <source>only the K likeliest tokens are considered; 0 switches it off</source>
            <translation>εξετάζονται μόνο τα K πιθανότερα tokens· το 0 το απενεργοποιεί</translation>
        </message>
        <message>
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <source>drop tokens less likely than this share of the top token's; 0 switches it off</source>
            <translation>απορρίπτει tokens λιγότερο πιθανά από αυτό το ποσοστό του κορυφαίου token· το 0 το απενεργοποιεί</translation>
        </message>
        <message>
            <source>repeat penalty</source>
            <translation>ποινή επανάληψης</translation>
        </message>
        <message>
            <source>makes recent tokens less likely, against loops; 1 switches it off</source>
            <translation>κάνει τα πρόσφατα tokens λιγότερο πιθανά, κατά των βρόχων· το 1 την απενεργοποιεί</translation>
        </message>
        <message>
            <source>repeat window</source>
            <translation>παράθυρο επανάληψης</translation>
        </message>
        <message>
            <source>how many recent tokens the repeat penalty looks back over</source>
            <translation>πόσα πρόσφατα tokens εξετάζει η ποινή επανάληψης</translation>
        </message>
        <message>
            <source>the whole context</source>
            <translation>όλο το πλαίσιο</translation>
        </message>
        <message>
            <source>off</source>
            <translation>ανενεργό</translation>
        </message>
        <message>
            <source>max tokens</source>
            <translation>μέγιστα tokens</translation>
        </message>
        <message>
            <source>the longest reply, in tokens</source>
            <translation>η μεγαλύτερη απάντηση, σε tokens</translation>
        </message>
        <message>
            <source>context</source>
            <translation>πλαίσιο</translation>
        </message>
        <message>
            <source>context length in tokens, at most the model's trained context</source>
            <translation>μήκος πλαισίου σε tokens, το πολύ το πλαίσιο εκπαίδευσης του μοντέλου</translation>
        </message>
        <message>
            <source>the model's own length</source>
            <translation>το εγγενές μήκος του μοντέλου</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>νήματα</translation>
        </message>
        <message>
            <source>CPU threads (default: one per physical core)</source>
            <translation>νήματα CPU (προεπιλογή: ένα ανά φυσικό πυρήνα)</translation>
        </message>
        <message>
            <source>GPU layers</source>
            <translation>Επίπεδα GPU</translation>
        </message>
        <message>
            <source>every layer</source>
            <translation>όλα τα επίπεδα</translation>
        </message>
        <message>
            <source>K cache type</source>
            <translation>τύπος cache K</translation>
        </message>
        <message>
            <source>how the attention keys are stored: q8_0 and q4_0 hold more context in the same memory, at a small cost in quality</source>
            <translation>πώς αποθηκεύονται τα κλειδιά της προσοχής (attention): τα q8_0 και q4_0 χωρούν περισσότερο πλαίσιο στην ίδια μνήμη, με μικρό κόστος στην ποιότητα</translation>
        </message>
        <message>
            <source>V cache type</source>
            <translation>τύπος cache V</translation>
        </message>
        <message>
            <source>how the attention values are stored: q8_0 and q4_0 hold more context in the same memory (they need flash attention)</source>
            <translation>πώς αποθηκεύονται οι τιμές της προσοχής (attention): τα q8_0 και q4_0 χωρούν περισσότερο πλαίσιο στην ίδια μνήμη (χρειάζονται flash attention)</translation>
        </message>
        <message>
            <source>speculative decoding</source>
            <translation>κερδοσκοπική αποκωδικοποίηση</translation>
        </message>
        <message>
            <source>guess several tokens ahead and check them in one step: the same reply, faster when the text repeats; auto uses it where it measured faster here</source>
            <translation>μαντεύει αρκετά tokens μπροστά και τα ελέγχει σε ένα βήμα: η ίδια απάντηση, ταχύτερα όταν το κείμενο επαναλαμβάνεται· το Αυτόματα τη χρησιμοποιεί όπου μετρήθηκε ταχύτερη σε αυτόν τον υπολογιστή</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>Fits on GPU</source>
            <translation>Χωρά στη GPU</translation>
        </message>
        <message>
            <source>Fits split</source>
            <translation>Χωρά μοιρασμένο</translation>
        </message>
        <message>
            <source>Fits on CPU</source>
            <translation>Χωρά στη CPU</translation>
        </message>
        <message>
            <source>Won't fit</source>
            <translation>Δεν χωρά</translation>
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
            <translation>{total}, {free} ελεύθερα</translation>
        </message>
        <message>
            <source>memory not reported</source>
            <translation>η μνήμη δεν αναφέρθηκε</translation>
        </message>
        <message>
            <source>{memory} (shared with system RAM)</source>
            <translation>{memory} (κοινόχρηστη με τη RAM του συστήματος)</translation>
        </message>
        <message>
            <source>{memory} (Metal working set)</source>
            <translation>{memory} (Metal working set)</translation>
        </message>
        <message>
            <source>from {source}; driver {driver}</source>
            <translation>από {source}· πρόγραμμα οδήγησης {driver}</translation>
        </message>
        <message>
            <source>from {source}</source>
            <translation>από {source}</translation>
        </message>
        <message>
            <source>{name}: {memory} ({source})</source>
            <translation>{name}: {memory} ({source})</translation>
        </message>
        <message>
            <source>integrated GPU</source>
            <translation>ενσωματωμένη GPU</translation>
        </message>
        <message>
            <source>accelerator</source>
            <translation>επιταχυντής</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Conversation</source>
            <comment>an export's file name</comment>
            <translation>Συνομιλία</translation>
        </message>
    </context>
    <context>
        <name>knowledge_settings</name>
        <message>
            <source>None (words only)</source>
            <translation>Κανένα (μόνο λέξεις)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Φάκελος</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Αρχεία</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Αποσπάσματα</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Σφάλματα</translation>
        </message>
    </context>
    <context>
        <name>library_list</name>
        <message>
            <source>Downloaded from the hub</source>
            <translation>Λήψη από το Hub</translation>
        </message>
        <message>
            <source>Used in place</source>
            <translation>Χρήση στη θέση του</translation>
        </message>
        <message>
            <source>In one of your model folders</source>
            <translation>Σε έναν από τους φακέλους μοντέλων σας</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Ενσωματωμένο</translation>
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
            <translation>Ποτέ</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Σήμερα {time}</translation>
        </message>
    </context>
    <context>
        <name>load_options</name>
        <message>
            <source>16 bits per value: the full-size cache.</source>
            <translation>16 bit ανά τιμή: η cache πλήρους μεγέθους.</translation>
        </message>
        <message>
            <source>8 bits per value: about half the memory of f16, nearly the same replies.</source>
            <translation>8 bit ανά τιμή: περίπου η μισή μνήμη από το f16, σχεδόν ίδιες απαντήσεις.</translation>
        </message>
        <message>
            <source>4 bits per value: about a quarter of the memory of f16; replies may change a little.</source>
            <translation>4 bit ανά τιμή: περίπου το ένα τέταρτο της μνήμης του f16· οι απαντήσεις μπορεί να αλλάξουν λίγο.</translation>
        </message>
        <message>
            <source>Auto</source>
            <comment>speculative decoding: where it measured faster</comment>
            <translation>Αυτόματα</translation>
        </message>
        <message>
            <source>On</source>
            <comment>speculative decoding</comment>
            <translation>Ενεργή</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>speculative decoding</comment>
            <translation>Ανενεργή</translation>
        </message>
        <message>
            <source>{help}. Applied when the model is loaded again.</source>
            <translation>{help}. Εφαρμόζεται όταν φορτωθεί ξανά το μοντέλο.</translation>
        </message>
        <message>
            <source>A small model with the same vocabulary that guesses a few tokens ahead for this one: the same replies, sooner. Hearth offers the models in your library that match. Applied when the model is loaded again.</source>
            <translation>Ένα μικρό μοντέλο με το ίδιο λεξιλόγιο που μαντεύει λίγα tokens μπροστά για αυτό εδώ: οι ίδιες απαντήσεις, νωρίτερα. Το Hearth προτείνει τα μοντέλα της βιβλιοθήκης σας που ταιριάζουν. Εφαρμόζεται όταν φορτωθεί ξανά το μοντέλο.</translation>
        </message>
        <message>
            <source>Draft model</source>
            <translation>Μοντέλο προσχεδίων</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no draft model</comment>
            <translation>Κανένα</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Follow the system</source>
            <translation>Όπως το σύστημα</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Ανοιχτό</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Σκούρο</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Υψηλή αντίθεση</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log.</source>
            <translation>Κάτι πήγε στραβά: {error}. Λεπτομέρειες υπάρχουν στο αρχείο καταγραφής.</translation>
        </message>
    </context>
    <context>
        <name>params_panel</name>
        <message>
            <source>{preset} (edited)</source>
            <translation>{preset} (τροποποιημένη)</translation>
        </message>
        <message>
            <source>Saved sets of sampling parameters. “(edited)”: a value differs from the preset.</source>
            <translation>Αποθηκευμένα σύνολα παραμέτρων δειγματοληψίας. «(τροποποιημένη)»: μια τιμή διαφέρει από την προεπιλογή.</translation>
        </message>
        <message>
            <source>{help} One per line; write \n for a line break inside one (for example \nUser:), \t for a tab and \\ for a backslash.</source>
            <translation>{help} Μία ανά γραμμή· γράψτε \n για αλλαγή γραμμής μέσα σε μία (για παράδειγμα \nUser:), \t για στηλοθέτη και \\ για ανάποδη κάθετο.</translation>
        </message>
        <message>
            <source>Instructions the model sees before the conversation. Always kept, even when old messages are left out to fit the context.</source>
            <translation>Οδηγίες που βλέπει το μοντέλο πριν από τη συνομιλία. Διατηρούνται πάντα, ακόμη κι όταν παλιά μηνύματα παραλείπονται για να χωρέσουν στο πλαίσιο.</translation>
        </message>
        <message>
            <source>How many tokens the model can see at once: the conversation and the reply. Larger uses more memory. Applied when the model is loaded again.</source>
            <translation>Πόσα tokens μπορεί να δει το μοντέλο ταυτόχρονα: τη συνομιλία και την απάντηση. Μεγαλύτερη τιμή χρησιμοποιεί περισσότερη μνήμη. Εφαρμόζεται όταν φορτωθεί ξανά το μοντέλο.</translation>
        </message>
        <message>
            <source>CPU threads for the engine. Auto (the lowest value) is one per physical core. Applied when the model is loaded again.</source>
            <translation>Νήματα CPU για τη μηχανή. Το Αυτόματα (η χαμηλότερη τιμή) είναι ένα ανά φυσικό πυρήνα. Εφαρμόζεται όταν φορτωθεί ξανά το μοντέλο.</translation>
        </message>
        <message>
            <source>How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far end puts every layer there. Applied when the model is loaded again.</source>
            <translation>Πόσα επίπεδα του μοντέλου εκτελούνται στη GPU: το 0 το εκτελεί μόνο στη CPU, το άλλο άκρο τοποθετεί εκεί όλα τα επίπεδα. Εφαρμόζεται όταν φορτωθεί ξανά το μοντέλο.</translation>
        </message>
        <message>
            <source>Let Hearth choose the GPU layers from the model's size and the memory free on the GPU and in RAM (an estimate). Untick to choose them yourself.</source>
            <translation>Το Hearth επιλέγει τα επίπεδα GPU από το μέγεθος του μοντέλου και την ελεύθερη μνήμη στη GPU και στη RAM (εκτίμηση). Καταργήστε την επιλογή για να τα επιλέξετε μόνοι σας.</translation>
        </message>
        <message>
            <source>Untick to switch top-p off.</source>
            <translation>Καταργήστε την επιλογή για να απενεργοποιήσετε το top-p.</translation>
        </message>
        <message>
            <source>Untick for a new random seed for each reply.</source>
            <translation>Καταργήστε την επιλογή για νέο τυχαίο σπόρο σε κάθε απάντηση.</translation>
        </message>
        <message>
            <source>above {low} and at most {high}</source>
            <translation>πάνω από {low} και έως {high}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>μεταξύ {low} και {high}</translation>
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
            <translation>{special} ή {range}</translation>
        </message>
        <message>
            <source>{help}.</source>
            <translation>{help}.</translation>
        </message>
        <message>
            <source>{help}. Allowed: {range}.</source>
            <translation>{help}. Επιτρέπεται: {range}.</translation>
        </message>
        <message>
            <source>{n} (CPU only)</source>
            <translation>{n} (μόνο CPU)</translation>
        </message>
        <message>
            <source>all {n}</source>
            <translation>όλα τα {n}</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every GPU layer</comment>
            <translation>όλα</translation>
        </message>
        <message>
            <source>{used} of {total}</source>
            <translation>{used} από {total}</translation>
        </message>
    </context>
    <context>
        <name>preset_menu</name>
        <message>
            <source>Built-in presets come with Hearth and cannot be renamed or deleted.</source>
            <translation>Οι ενσωματωμένες προεπιλογές συνοδεύουν το Hearth και δεν μπορούν να μετονομαστούν ή να διαγραφούν.</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Balanced</source>
            <translation>Ισορροπημένη</translation>
        </message>
        <message>
            <source>Precise</source>
            <translation>Ακριβής</translation>
        </message>
        <message>
            <source>Creative</source>
            <translation>Δημιουργική</translation>
        </message>
        <message>
            <source>Seed tutorial</source>
            <translation>Οδηγός seed</translation>
        </message>
    </context>
    <context>
        <name>reply_info</name>
        <message>
            <source>the model finished its answer</source>
            <translation>το μοντέλο ολοκλήρωσε την απάντησή του</translation>
        </message>
        <message>
            <source>it reached the reply's token limit</source>
            <translation>έφτασε το όριο tokens της απάντησης</translation>
        </message>
        <message>
            <source>a stop text appeared</source>
            <translation>εμφανίστηκε κείμενο διακοπής</translation>
        </message>
        <message>
            <source>the context was full</source>
            <translation>το πλαίσιο γέμισε</translation>
        </message>
        <message>
            <source>you stopped it</source>
            <translation>τη διακόψατε εσείς</translation>
        </message>
        <message>
            <source>an error ended it</source>
            <translation>την τερμάτισε ένα σφάλμα</translation>
        </message>
        <message>
            <source>a reason this version of Hearth does not know</source>
            <translation>μια αιτία που αυτή η έκδοση του Hearth δεν γνωρίζει</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>δεν διατηρήθηκε</translation>
        </message>
        <message>
            <source>temperature {value}</source>
            <translation>θερμοκρασία {value}</translation>
        </message>
        <message>
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <source>top-p off</source>
            <translation>top-p ανενεργό</translation>
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
            <translation>ποινή επανάληψης {value} (τελευταία {count})</translation>
        </message>
        <message>
            <source>at most {count} tokens</source>
            <translation>το πολύ {count} tokens</translation>
        </message>
        <message>
            <source>stop at {texts}</source>
            <translation>διακοπή στο {texts}</translation>
        </message>
        <message>
            <source>{model} on connection {connection}</source>
            <translation>{model} στη σύνδεση {connection}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Μοντέλο</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>άγνωστο</translation>
        </message>
        <message>
            <source>Chat format</source>
            <translation>Μορφή συνομιλίας</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Δειγματοληψία</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Σπόρος</translation>
        </message>
        <message>
            <source>Stopped because</source>
            <translation>Διακόπηκε επειδή</translation>
        </message>
        <message>
            <source>it did not finish</source>
            <translation>δεν ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>{prompt} in the prompt ({reused} reused) · {written} written</source>
            <translation>{prompt} στην προτροπή ({reused} επαναχρησιμοποιήθηκαν) · {written} γράφτηκαν</translation>
        </message>
        <message>
            <source>{prompt} in the prompt · {written} written</source>
            <translation>{prompt} στην προτροπή · {written} γράφτηκαν</translation>
        </message>
        <message>
            <source>{rate} tok/s writing · {read} tok/s reading the prompt · first token after {ttft} ms · {total} s in all</source>
            <translation>{rate} tok/s γραφή · {read} tok/s ανάγνωση προτροπής · πρώτο token μετά από {ttft} ms · {total} s συνολικά</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Ταχύτητα</translation>
        </message>
        <message>
            <source>sha256 not known</source>
            <translation>άγνωστο sha256</translation>
        </message>
        <message>
            <source>This reply was written by {old} ({old_sha}); the model loaded now is {new} ({new_sha}), so the new reply will not be the same.</source>
            <translation>Αυτή η απάντηση γράφτηκε από το {old} ({old_sha})· το μοντέλο που είναι φορτωμένο τώρα είναι το {new} ({new_sha}), οπότε η νέα απάντηση δεν θα είναι ίδια.</translation>
        </message>
        <message>
            <source>another model</source>
            <translation>άλλο μοντέλο</translation>
        </message>
    </context>
    <context>
        <name>repo_page</name>
        <message>
            <source>This model is gated: accept its licence on its page on the hub (signed in to your Hugging Face account), then add a token of that account in Settings.</source>
            <translation>Αυτό το μοντέλο έχει περιορισμένη πρόσβαση: αποδεχτείτε την άδειά του στη σελίδα του στο Hub (συνδεδεμένοι στον λογαριασμό σας Hugging Face) και μετά προσθέστε ένα token αυτού του λογαριασμού στις Ρυθμίσεις.</translation>
        </message>
        <message>
            <source>Choose a model in the list to see its files.</source>
            <translation>Επιλέξτε ένα μοντέλο στη λίστα για να δείτε τα αρχεία του.</translation>
        </message>
        <message>
            <source>While Hearth is offline its files cannot be listed: they appear here, ready to download, once the hub is in reach.</source>
            <translation>Όσο το Hearth είναι εκτός σύνδεσης, τα αρχεία του δεν μπορούν να εμφανιστούν: θα εμφανιστούν εδώ, έτοιμα για λήψη, μόλις το Hub γίνει προσβάσιμο.</translation>
        </message>
        <message>
            <source>Columns of {table}</source>
            <translation>Στήλες του {table}</translation>
        </message>
    </context>
    <context>
        <name>responsive</name>
        <message>
            <source>context %v / %m</source>
            <translation>πλαίσιο %v / %m</translation>
        </message>
    </context>
    <context>
        <name>schema_field</name>
        <message>
            <source>A JSON schema every reply must follow: the model can then only write JSON valid against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it empty for free text. Kept until Hearth is closed.</source>
            <translation>Ένα σχήμα JSON που πρέπει να ακολουθεί κάθε απάντηση: το μοντέλο μπορεί τότε να γράψει μόνο JSON έγκυρο ως προς αυτό (γραμματική του llama.cpp), και η απάντηση ελέγχεται όταν τελειώσει. Αφήστε το κενό για ελεύθερο κείμενο. Διατηρείται μέχρι να κλείσει το Hearth.</translation>
        </message>
        <message>
            <source>Empty: free text. For example {"type": "object", "properties": {"name": {...}}}</source>
            <translation>Κενό: ελεύθερο κείμενο. Για παράδειγμα {"type": "object", "properties": {"name": {...}}}</translation>
        </message>
        <message>
            <source>The schema is longer than {n} characters. Replies are free text until it is fixed.</source>
            <translation>Το σχήμα είναι μεγαλύτερο από {n} χαρακτήρες. Οι απαντήσεις είναι ελεύθερο κείμενο μέχρι να διορθωθεί.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason} at line {line}, column {column}). Replies are free text until it is fixed.</source>
            <translation>Αυτό δεν είναι JSON ({reason} στη γραμμή {line}, στήλη {column}). Οι απαντήσεις είναι ελεύθερο κείμενο μέχρι να διορθωθεί.</translation>
        </message>
        <message>
            <source>This is not JSON ({reason}). Replies are free text until it is fixed.</source>
            <translation>Αυτό δεν είναι JSON ({reason}). Οι απαντήσεις είναι ελεύθερο κείμενο μέχρι να διορθωθεί.</translation>
        </message>
        <message>
            <source>A schema is a JSON object, such as {example}. Replies are free text until it is fixed.</source>
            <translation>Ένα σχήμα είναι ένα αντικείμενο JSON, όπως {example}. Οι απαντήσεις είναι ελεύθερο κείμενο μέχρι να διορθωθεί.</translation>
        </message>
    </context>
    <context>
        <name>search_list</name>
        <message>
            <source>★ Recommended</source>
            <translation>★ Προτείνεται</translation>
        </message>
        <message>
            <source>Fits in the GPU's memory: the fastest way to run it.</source>
            <translation>Χωρά στη μνήμη της GPU: ο ταχύτερος τρόπος εκτέλεσης.</translation>
        </message>
        <message>
            <source>Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.</source>
            <translation>Μέρος στη GPU, το υπόλοιπο στη RAM: εκτελείται, πιο αργά από ό,τι εξ ολοκλήρου στη GPU.</translation>
        </message>
        <message>
            <source>Fits in this computer's RAM and runs on the CPU.</source>
            <translation>Χωρά στη RAM αυτού του υπολογιστή και εκτελείται στη CPU.</translation>
        </message>
        <message>
            <source>Too big for this computer's free memory: it would not load, or very slowly.</source>
            <translation>Πολύ μεγάλο για την ελεύθερη μνήμη αυτού του υπολογιστή: δεν θα φορτωνόταν ή θα ήταν πολύ αργό.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Μοντέλο</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Παράμετροι</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Μέγεθος</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Προσαρμογή</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Άδεια</translation>
        </message>
        <message>
            <source>{name}  ✓ installed</source>
            <translation>{name}  ✓ εγκατεστημένο</translation>
        </message>
        <message>
            <source>≈ {size}</source>
            <translation>≈ {size}</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>περίπου {size}</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Αποθετήριο</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Λήψεις</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>«Μου αρέσει»</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Ενημέρωση</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Πρόσβαση</translation>
        </message>
        <message>
            <source>Gated</source>
            <comment>a model's access</comment>
            <translation>Περιορισμένη</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a model's access: anyone may download it</comment>
            <translation>Ελεύθερη</translation>
        </message>
        <message>
            <source>Accept the licence on the hub and add your token in Settings to download.</source>
            <translation>Αποδεχτείτε την άδεια στο Hub και προσθέστε το token σας στις Ρυθμίσεις για λήψη.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Αρχείο</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Κβαντοποίηση</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%Ln part(s))</source>
            <translation>
                <numerusform>{name} (%Ln τμήμα)</numerusform>
                <numerusform>{name} (%Ln τμήματα)</numerusform>
            </translation>
        </message>
        <message>
            <source>The best quality that fits this computer's memory comfortably.</source>
            <translation>Η καλύτερη ποιότητα που χωρά άνετα στη μνήμη αυτού του υπολογιστή.</translation>
        </message>
        <message>
            <source>{model} model + {projector} vision projector</source>
            <translation>μοντέλο {model} + προβολέας όρασης {projector}</translation>
        </message>
    </context>
    <context>
        <name>server_page</name>
        <message>
            <source>Any free port</source>
            <translation>Οποιαδήποτε ελεύθερη θύρα</translation>
        </message>
        <message>
            <source>127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for every network) lets other computers in, and needs the API key.</source>
            <translation>127.0.0.1: μόνο προγράμματα σε αυτόν τον υπολογιστή μπορούν να συνδεθούν. Οποιαδήποτε άλλη διεύθυνση (0.0.0.0 για όλα τα δίκτυα) επιτρέπει πρόσβαση σε άλλους υπολογιστές και χρειάζεται το κλειδί API.</translation>
        </message>
        <message>
            <source>The server is off.</source>
            <translation>Ο διακομιστής είναι ανενεργός.</translation>
        </message>
        <message>
            <source>Serving {model}.</source>
            <translation>Εξυπηρέτηση του {model}.</translation>
        </message>
        <message>
            <source>No model is loaded: requests get an error until the chat loads one.</source>
            <translation>Δεν έχει φορτωθεί μοντέλο: τα αιτήματα λαμβάνουν σφάλμα μέχρι η συνομιλία να φορτώσει ένα.</translation>
        </message>
        <message numerus="yes">
            <source>The chat's reply is using the model; %n request(s) waiting.</source>
            <translation>
                <numerusform>Η απάντηση της συνομιλίας χρησιμοποιεί το μοντέλο· %n αίτημα σε αναμονή.</numerusform>
                <numerusform>Η απάντηση της συνομιλίας χρησιμοποιεί το μοντέλο· %n αιτήματα σε αναμονή.</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat's reply is using the model.</source>
            <translation>Η απάντηση της συνομιλίας χρησιμοποιεί το μοντέλο.</translation>
        </message>
        <message>
            <source>Answering a request; {n} waiting.</source>
            <translation>Απάντηση σε αίτημα· {n} σε αναμονή.</translation>
        </message>
        <message>
            <source>Answering a request.</source>
            <translation>Απάντηση σε αίτημα.</translation>
        </message>
        <message>
            <source>Idle, {n} waiting.</source>
            <translation>Αδρανής, {n} σε αναμονή.</translation>
        </message>
        <message>
            <source>Idle.</source>
            <translation>Αδρανής.</translation>
        </message>
        <message>
            <source>The chat goes ahead of the waiting requests.</source>
            <translation>Η συνομιλία προηγείται των αιτημάτων σε αναμονή.</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Enter sends (Shift+Enter starts a new line)</source>
            <translation>Το Enter στέλνει (το Shift+Enter ξεκινά νέα γραμμή)</translation>
        </message>
        <message>
            <source>Ctrl+Enter sends (Enter starts a new line)</source>
            <translation>Το Ctrl+Enter στέλνει (το Enter ξεκινά νέα γραμμή)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Όπως το σύστημα</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Ανοιχτό</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Σκούρο</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Υψηλή αντίθεση</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Συνομιλίες</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ρυθμίσεις</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Αρχεία καταγραφής</translation>
        </message>
        <message>
            <source>Downloaded models</source>
            <translation>Ληφθέντα μοντέλα</translation>
        </message>
    </context>
    <context>
        <name>settings_token</name>
        <message>
            <source>A token lets Hearth download gated models whose licence you accepted on the hub. Create a read token at huggingface.co/settings/tokens. It is kept in your system's keychain (or, without one, in memory until Hearth closes), never in Hearth's files or logs.</source>
            <translation>Ένα token επιτρέπει στο Hearth να κατεβάζει μοντέλα περιορισμένης πρόσβασης των οποίων την άδεια αποδεχτήκατε στο Hub. Δημιουργήστε ένα token ανάγνωσης στο huggingface.co/settings/tokens. Φυλάσσεται στην κλειδοθήκη του συστήματός σας (ή, αν δεν υπάρχει, στη μνήμη μέχρι να κλείσει το Hearth), ποτέ στα αρχεία ή στα αρχεία καταγραφής του Hearth.</translation>
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
            <translation>Χαμηλή</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>reasoning effort</comment>
            <translation>Μέτρια</translation>
        </message>
        <message>
            <source>High</source>
            <comment>reasoning effort</comment>
            <translation>Υψηλή</translation>
        </message>
    </context>
    <context>
        <name>thought_block</name>
        <message>
            <source>{s} s</source>
            <translation>{s} δευτ.</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>{m} λεπ. {s} δευτ.</translation>
        </message>
        <message>
            <source>Thinking… {time}</source>
            <translation>Σκέφτεται… {time}</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Σκέφτεται…</translation>
        </message>
        <message>
            <source>Thought</source>
            <comment>noun: the model's reasoning, shown collapsed</comment>
            <translation>Σκέψη</translation>
        </message>
        <message>
            <source>Thought for less than a second</source>
            <translation>Σκέφτηκε για λιγότερο από ένα δευτερόλεπτο</translation>
        </message>
        <message>
            <source>Thought for {time}</source>
            <translation>Σκέφτηκε για {time}</translation>
        </message>
    </context>
    <context>
        <name>tool_card</name>
        <message>
            <source>done</source>
            <translation>ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>done in {ms} ms</source>
            <translation>ολοκληρώθηκε σε {ms} ms</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>απέτυχε</translation>
        </message>
        <message>
            <source>failed in {ms} ms</source>
            <translation>απέτυχε σε {ms} ms</translation>
        </message>
        <message>
            <source>being written…</source>
            <translation>γράφεται…</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>δεν εκτελέστηκε</translation>
        </message>
        <message>
            <source>asks to run</source>
            <translation>ζητά να εκτελεστεί</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>εκτελείται…</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>απορρίφθηκε</translation>
        </message>
        <message>
            <source>The call failed.</source>
            <translation>Η κλήση απέτυχε.</translation>
        </message>
        <message>
            <source>You denied this call; the model is told so.</source>
            <translation>Απορρίψατε αυτή την κλήση· το μοντέλο ενημερώνεται.</translation>
        </message>
        <message>
            <source>Run it?</source>
            <translation>Να εκτελεστεί;</translation>
        </message>
    </context>
    <context>
        <name>tools_menu</name>
        <message>
            <source>Make the model call a tool first</source>
            <translation>Να καλεί πρώτα το μοντέλο ένα εργαλείο</translation>
        </message>
    </context>
    <context>
        <name>tools_page</name>
        <message>
            <source>Reading the list of servers…</source>
            <translation>Ανάγνωση της λίστας διακομιστών…</translation>
        </message>
        <message>
            <source>This server offers no tools.</source>
            <translation>Αυτός ο διακομιστής δεν προσφέρει εργαλεία.</translation>
        </message>
    </context>
    <context>
        <name>vision</name>
        <message>
            <source>Vision</source>
            <translation>Όραση</translation>
        </message>
        <message>
            <source>Reads images: downloads a vision projector (mmproj, {size}) with the model</source>
            <translation>Διαβάζει εικόνες: κατεβάζει έναν προβολέα όρασης (mmproj, {size}) μαζί με το μοντέλο</translation>
        </message>
        <message>
            <source>Reads images: loads its vision projector (mmproj, {size}) with the model</source>
            <translation>Διαβάζει εικόνες: φορτώνει τον προβολέα όρασης (mmproj, {size}) μαζί με το μοντέλο</translation>
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
            <translation>Γράψε ένα σύντομο ποίημα για τη θάλασσα</translation>
        </message>
        <message>
            <source>Suggest five names for a grey kitten</source>
            <translation>Πρότεινε πέντε ονόματα για ένα γκρίζο γατάκι</translation>
        </message>
        <message>
            <source>Tell me a bedtime story about a robot who learns to bake</source>
            <translation>Πες μου μια ιστορία για πριν τον ύπνο για ένα ρομπότ που μαθαίνει να ψήνει</translation>
        </message>
        <message>
            <source>Rewrite this more politely: send me the report now</source>
            <translation>Ξαναγράψε το πιο ευγενικά: στείλε μου την αναφορά τώρα</translation>
        </message>
        <message>
            <source>Choose a model in the bar above, or find one that fits this computer below.</source>
            <translation>Επιλέξτε ένα μοντέλο στη γραμμή παραπάνω ή βρείτε παρακάτω ένα που ταιριάζει σε αυτόν τον υπολογιστή.</translation>
        </message>
        <message>
            <source>Find a better model for this computer</source>
            <translation>Βρείτε ένα καλύτερο μοντέλο για αυτόν τον υπολογιστή</translation>
        </message>
    </context>
</TS>
