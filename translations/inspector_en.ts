<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Inspector::ClientModel</name>
    <message numerus="yes">
        <location filename="../inspector/core/clientmodel.cpp" line="+240" />
        <source>%n permit(s) of %1</source>
        <translation>
            <numerusform>%n permit of %1</numerusform>
            <numerusform>%n permits of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1 (%n time(s))</source>
        <comment>an RLock taken again</comment>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n parked call(s)</source>
        <translation>
            <numerusform>%n parked call</numerusform>
            <numerusform>%n parked calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ClientsView</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/clientsview.cpp" line="+137" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+154" />
        <source>%1 · %n subscription(s)</source>
        <translation>
            <numerusform>%1 · %n subscription</numerusform>
            <numerusform>%1 · %n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n permit</numerusform>
            <numerusform>%n permits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>held %n time(s)</source>
        <translation>
            <numerusform>held %n time</numerusform>
            <numerusform>held %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../inspector/core/connectiontester.cpp" line="+113" />
        <source>Connected in %1 ms; round trip %2 ms. Protocol %3, introspection revision %4; %n type(s) registered.</source>
        <translation>
            <numerusform>Connected in %1 ms; round trip %2 ms. Protocol %3, introspection revision %4; %n type registered.</numerusform>
            <numerusform>Connected in %1 ms; round trip %2 ms. Protocol %3, introspection revision %4; %n types registered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::CustomEditor</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/customeditor.cpp" line="+189" />
        <source>Class %1 · type %2 · object %3 · %n exposed method(s)</source>
        <translation>
            <numerusform>Class %1 · type %2 · object %3 · %n exposed method</numerusform>
            <numerusform>Class %1 · type %2 · object %3 · %n exposed methods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::DetailsView</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/detailsview.cpp" line="+328" />
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ExportProgressDialog</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/exportprogressdialog.cpp" line="+40" />
        <source>Exporting %1: %2 of %n item(s)…</source>
        <translation>
            <numerusform>Exporting %1: %2 of %n item…</numerusform>
            <numerusform>Exporting %1: %2 of %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Exported %n item(s) of %1 to %2</source>
        <translation>
            <numerusform>Exported %n item of %1 to %2</numerusform>
            <numerusform>Exported %n items of %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::GenericEditor</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/genericeditor.cpp" line="+83" />
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform><numerusform>%n references</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subscriber</numerusform><numerusform>%n subscribers</numerusform></translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectBrowser</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/objectbrowser.cpp" line="+311" />
        <source>%n object(s) on the server</source>
        <translation>
            <numerusform>%n object on the server</numerusform>
            <numerusform>%n objects on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ObjectTreeModel</name>
    <message numerus="yes">
        <location filename="../inspector/core/objecttreemodel.cpp" line="+967" />
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62" />
        <source>%1, %n object(s)</source>
        <translation>
            <numerusform>%1, %n object</numerusform>
            <numerusform>%1, %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105" />
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ProblemsView</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/problemsview.cpp" line="+168" />
        <source>Deadlock: %n cycle(s) of clients that wait for each other; none of them can go on.</source>
        <translation>
            <numerusform>Deadlock: %n cycle of clients that wait for each other; none of them can go on.</numerusform>
            <numerusform>Deadlock: %n cycles of clients that wait for each other; none of them can go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ValueSparkline</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/valuesparkline.cpp" line="+64" />
        <source>%n value(s), from %1 to %2, last %3</source>
        <translation>
            <numerusform>%n value, from %1 to %2, last %3</numerusform>
            <numerusform>%n values, from %1 to %2, last %3</numerusform>
        </translation>
    </message>
</context>
</TS>