<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
