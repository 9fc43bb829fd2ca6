<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Inspector::ClientModel</name>
    <message numerus="yes">
        <location filename="../inspector/core/clientmodel.cpp" line="+222" />
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
        <location line="+51" />
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
    <name>Inspector::ContainerEditor</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/containereditor.cpp" line="+578" />
        <source>The selection was written to %1, without %n row(s) not read yet</source>
        <translation>
            <numerusform>The selection was written to %1, without %n row not read yet</numerusform>
            <numerusform>The selection was written to %1, without %n rows not read yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+239" />
        <source>Changed %n second(s) ago by %1</source>
        <extracomment>A row's tooltip: when it last changed while this editor watched, and by whom</extracomment>
        <translation>
            <numerusform>Changed %n second ago by %1</numerusform>
            <numerusform>Changed %n seconds ago by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+217" />
        <source>Remove %n entries from %1?</source>
        <translation>
            <numerusform>Remove %n entries from %1?</numerusform>
            <numerusform>Remove %n entries from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Remove %n entries from %1</source>
        <translation>
            <numerusform>Remove %n entries from %1</numerusform>
            <numerusform>Remove %n entries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <location line="+127" />
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-34" />
        <source>%n change(s) while paused — Resume (Space)</source>
        <extracomment>The banner of a paused editor</extracomment>
        <translation>
            <numerusform>%n change while paused — Resume (Space)</numerusform>
            <numerusform>%n changes while paused — Resume (Space)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+190" />
        <source>Search cancelled: %n match(es)</source>
        <translation>
            <numerusform>Search cancelled: %n match</numerusform>
            <numerusform>Search cancelled: %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
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
    <name>Inspector::DepthSparkline</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/depthsparkline.cpp" line="+89" />
        <source>Depth over the last %n second(s): now %1, lowest %2, highest %3</source>
        <translation>
            <numerusform>Depth over the last %n second: now %1, lowest %2, highest %3</numerusform>
            <numerusform>Depth over the last %n seconds: now %1, lowest %2, highest %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::DetailsView</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/detailsview.cpp" line="+337" />
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
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subscriber</numerusform>
            <numerusform>%n subscribers</numerusform>
        </translation>
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
        <location filename="../inspector/core/objecttreemodel.cpp" line="+972" />
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
    <name>Inspector::QueueEditor</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/queueeditor.cpp" line="+165" />
        <source>%n item(s) · none loaded · version %1</source>
        <translation>
            <numerusform>%n item · none loaded · version %1</numerusform>
            <numerusform>%n items · none loaded · version %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n item(s) · rows 0–%1 loaded · version %2</source>
        <translation>
            <numerusform>%n item · rows 0–%1 loaded · version %2</numerusform>
            <numerusform>%n items · rows 0–%1 loaded · version %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90" />
        <source>%n item(s) of at most %1</source>
        <translation>
            <numerusform>%n item of at most %1</numerusform>
            <numerusform>%n items of at most %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n item(s), unbounded</source>
        <translation>
            <numerusform>%n item, unbounded</numerusform>
            <numerusform>%n items, unbounded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>, %n unfinished task(s)</source>
        <translation>
            <numerusform>, %n unfinished task</numerusform>
            <numerusform>, %n unfinished tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n getter(s)</source>
        <translation>
            <numerusform>%n getter</numerusform>
            <numerusform>%n getters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n putter(s)</source>
        <translation>
            <numerusform>%n putter</numerusform>
            <numerusform>%n putters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n joiner(s)</source>
        <translation>
            <numerusform>%n joiner</numerusform>
            <numerusform>%n joiners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::SyncEditor</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/synceditor.cpp" line="+340" />
        <source>, %n in wait()</source>
        <translation>
            <numerusform>, %n in wait()</numerusform>
            <numerusform>, %n in wait()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>, %n waiting for the lock</source>
        <translation>
            <numerusform>, %n waiting for the lock</numerusform>
            <numerusform>, %n waiting for the lock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <location line="+9" />
        <location line="+18" />
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23" />
        <source> — %1 of %Ln permit(s) available</source>
        <translation>
            <numerusform> — %1 of %Ln permit available</numerusform>
            <numerusform> — %1 of %Ln permits available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source> — %1 of %n part(y/ies) waiting</source>
        <translation>
            <numerusform> — %1 of %n part(y/ies) waiting</numerusform>
            <numerusform> — %1 of %n part(y/ies) waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81" />
        <source>Set %1? %n waiting client(s) will go on.</source>
        <translation>
            <numerusform>Set %1? %n waiting client will go on.</numerusform>
            <numerusform>Set %1? %n waiting clients will go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Release %n permit(s) of %1? The inspector holds none: this adds permits that no client gave back.</source>
        <translation>
            <numerusform>Release %n permit of %1? The inspector holds none: this adds permits that no client gave back.</numerusform>
            <numerusform>Release %n permits of %1? The inspector holds none: this adds permits that no client gave back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Notify all %n waiter(s) of %1? The inspector takes the Condition's lock for the call and gives it back.</source>
        <translation>
            <numerusform>Notify all %n waiter of %1? The inspector takes the Condition's lock for the call and gives it back.</numerusform>
            <numerusform>Notify all %n waiters of %1? The inspector takes the Condition's lock for the call and gives it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Notify one of the %n waiter(s) of %1? The inspector takes the Condition's lock for the call and gives it back.</source>
        <translation>
            <numerusform>Notify one of the %n waiter of %1? The inspector takes the Condition's lock for the call and gives it back.</numerusform>
            <numerusform>Notify one of the %n waiters of %1? The inspector takes the Condition's lock for the call and gives it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>Reset %1? Its %n waiting client(s) fail with BrokenBarrierError; then it can be used again.</source>
        <translation>
            <numerusform>Reset %1? Its %n waiting client fail with BrokenBarrierError; then it can be used again.</numerusform>
            <numerusform>Reset %1? Its %n waiting clients fail with BrokenBarrierError; then it can be used again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Abort %1? Its %n waiting client(s) and every later wait() fail with BrokenBarrierError until it is reset.</source>
        <translation>
            <numerusform>Abort %1? Its %n waiting client and every later wait() fail with BrokenBarrierError until it is reset.</numerusform>
            <numerusform>Abort %1? Its %n waiting clients and every later wait() fail with BrokenBarrierError until it is reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Release %1, held by %2? Its holder is not told and may go on as if it held it; the first of %n waiting client(s) gets it.</source>
        <translation>
            <numerusform>Release %1, held by %2? Its holder is not told and may go on as if it held it; the first of %n waiting client gets it.</numerusform>
            <numerusform>Release %1, held by %2? Its holder is not told and may go on as if it held it; the first of %n waiting clients gets it.</numerusform>
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
<context>
    <name>Inspector::VariantDelegate</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/variantdelegate.cpp" line="+144" />
        <source>[…] %n item(s)</source>
        <extracomment>A nested list in a cell: its items are in Details</extracomment>
        <translation>
            <numerusform>[…] %n item</numerusform>
            <numerusform>[…] %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>{…} %n item(s)</source>
        <extracomment>A nested dict in a cell</extracomment>
        <translation>
            <numerusform>{…} %n item</numerusform>
            <numerusform>{…} %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::VariantTreeView</name>
    <message numerus="yes">
        <location filename="../inspector/widgets/varianttreeview.cpp" line="+82" />
        <location line="+10" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>