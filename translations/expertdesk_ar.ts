<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Could not write the image %1. Check that the folder exists and that you may write there.</source>
        <translation>تعذّرت كتابة الصورة %1. تأكد من وجود المجلد ومن امتلاكك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and that you may write there.</source>
        <translation>تعذّرت كتابة ملف PDF %1. تأكد من وجود المجلد ومن امتلاكك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its name; use one of: %2.</source>
        <extracomment>%1 is the file name, %2 the formats, e.g. &quot;png, pdf&quot;</extracomment>
        <translation>تعذّر تحديد صيغة %1 من اسمه؛ استخدم إحدى الصيغ التالية: %2.</translation>
    </message>
    <message>
        <source>Could not write the SVG file %1. Check that the folder exists and that you may write there.</source>
        <translation>تعذّرت كتابة ملف SVG %1. تحقّق من وجود المجلد ومن أنّ لديك صلاحية الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Create the database or bring it up to date; --demo fills a new one with demo data.</source>
        <translation>إنشاء قاعدة البيانات أو تحديثها إلى أحدث إصدار؛ ويملأ الخيار --demo قاعدة البيانات الجديدة ببيانات تجريبية.</translation>
    </message>
    <message>
        <source>List the records of a type, optionally filtered.</source>
        <translation>سرد سجلات نوع معيّن، مع إمكانية التصفية.</translation>
    </message>
    <message>
        <source>Print one record.</source>
        <translation>طباعة سجل واحد.</translation>
    </message>
    <message>
        <source>Add a record given as a JSON object (DATA, @FILE or - for standard input); prints its id.</source>
        <translation>إضافة سجل مُعطى على هيئة كائن JSON (DATA أو @FILE أو - للإدخال القياسي)؛ ويطبع معرّفه.</translation>
    </message>
    <message>
        <source>Change fields of a record.</source>
        <translation>تغيير حقول سجل.</translation>
    </message>
    <message>
        <source>Delete a record (it is kept as a tombstone for sync).</source>
        <translation>حذف سجل (يُحتفظ به علامةَ حذف لأغراض المزامنة).</translation>
    </message>
    <message>
        <source>Count the records of every type and the changes waiting to sync.</source>
        <translation>عدّ سجلات كل نوع والتغييرات التي تنتظر المزامنة.</translation>
    </message>
    <message>
        <source>Rank the experts for an open need, every part of the score explained.</source>
        <translation>ترتيب الخبراء لاحتياج مفتوح، مع شرح كل جزء من أجزاء الدرجة.</translation>
    </message>
    <message>
        <source>Propose the best assignment of experts to all open needs (nothing is written).</source>
        <translation>اقتراح أفضل إسناد للخبراء إلى جميع الاحتياجات المفتوحة (دون كتابة أي شيء).</translation>
    </message>
    <message>
        <source>Explain the program or one command.</source>
        <translation>شرح البرنامج أو أحد الأوامر.</translation>
    </message>
    <message>
        <source>The database file; by default $EXPERTDESK_DB or else %1</source>
        <translation>ملف قاعدة البيانات؛ افتراضيًا $EXPERTDESK_DB، وإلا فـ %1</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>طباعة النتائج بصيغة JSON.</translation>
    </message>
    <message>
        <source>Explain the program or the command.</source>
        <translation>شرح البرنامج أو الأمر.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>طباعة رقم الإصدار.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>TYPE is experts, institutions, needs, missions or evaluations (the singular works too).</source>
        <translation>TYPE هو experts أو institutions أو needs أو missions أو evaluations (تصلح صيغة المفرد أيضًا).</translation>
    </message>
    <message>
        <source>Run &quot;expertdesk-cli COMMAND --help&quot; for the options of a command; docs/cli.md has examples.</source>
        <translation>شغّل &quot;expertdesk-cli COMMAND --help&quot; لعرض خيارات أمر ما؛ ويتضمن الملف docs/cli.md أمثلة.</translation>
    </message>
    <message>
        <source>Expert Desk on the command line: manage experts, institutions, needs, missions and evaluations in the local database.</source>
        <translation>Expert Desk في سطر الأوامر: إدارة الخبراء والمؤسسات والاحتياجات والبعثات والتقييمات في قاعدة البيانات المحلية.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>ما يجب تنفيذه؛ انظر القائمة أدناه.</translation>
    </message>
    <message>
        <source>%1. Run &quot;expertdesk-cli --help&quot; for the options.</source>
        <translation>%1. شغّل &quot;expertdesk-cli --help&quot; لعرض الخيارات.</translation>
    </message>
    <message>
        <source>expertdesk-cli %1 (database schema %2)</source>
        <translation>expertdesk-cli %1 (مخطط قاعدة البيانات %2)</translation>
    </message>
    <message>
        <source>No command given. Run &quot;expertdesk-cli --help&quot; to see the commands.</source>
        <translation>لم يُحدَّد أي أمر. شغّل &quot;expertdesk-cli --help&quot; لعرض الأوامر.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2. Run &quot;expertdesk-cli --help&quot; for details.</source>
        <translation>أمر غير معروف &quot;%1&quot;. الأوامر المتاحة: %2. شغّل &quot;expertdesk-cli --help&quot; لمزيد من التفاصيل.</translation>
    </message>
    <message>
        <source>%1. Run &quot;expertdesk-cli %2 --help&quot; for its options.</source>
        <translation>%1. شغّل &quot;expertdesk-cli %2 --help&quot; لعرض خياراته.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>يتطلب الخيار --db اسم ملف.</translation>
    </message>
    <message>
        <source>List scheduling conflicts: double bookings, unavailable experts, dates outside the host&apos;s window, passports, missions starting on a weekend.</source>
        <translation>سرد تعارضات الجدولة: الحجز المزدوج، والخبراء غير المتاحين، والتواريخ الواقعة خارج الإطار الزمني للجهة المضيفة، وجوازات السفر، والبعثات التي تبدأ في عطلة نهاية الأسبوع.</translation>
    </message>
    <message>
        <source>Write every mission as an all-day event of an iCalendar (.ics) file.</source>
        <translation>كتابة كل بعثة على هيئة حدث يستغرق اليوم كله في ملف iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Add the events of an .ics file to an expert&apos;s unavailability periods.</source>
        <translation>إضافة أحداث ملف .ics إلى فترات عدم توفر خبير.</translation>
    </message>
    <message>
        <source>Write the programme report (KPIs, charts, summary tables) as an A4 PDF.</source>
        <translation>كتابة تقرير البرنامج (مؤشرات الأداء الرئيسية، والمخططات، والجداول الموجزة) في ملف PDF بمقاس A4.</translation>
    </message>
    <message>
        <source>Send local changes to the server and receive everyone else&apos;s (password on standard input unless the keychain has a sign-in); &quot;sync status&quot; shows what is waiting.</source>
        <translation>إرسال التغييرات المحلية إلى الخادم واستلام تغييرات الآخرين (تُقرأ كلمة المرور من الإدخال القياسي ما لم تتضمن سلسلة مفاتيح النظام بيانات تسجيل دخول)؛ ويعرض الأمر &quot;sync status&quot; ما ينتظر المزامنة.</translation>
    </message>
    <message>
        <source>List the sync conflicts waiting for a person to decide.</source>
        <translation>سرد تعارضات المزامنة التي تنتظر قرارًا من أحد المستخدمين.</translation>
    </message>
    <message>
        <source>List the local changes the server refused, with its reason.</source>
        <translation>سرد التغييرات المحلية التي رفضها الخادم، مع سبب الرفض.</translation>
    </message>
    <message>
        <source>Draw a dashboard chart as a PNG image, an SVG drawing or a PDF page.</source>
        <translation>رسم مخطط من لوحة المعلومات كصورة PNG أو رسم SVG أو صفحة PDF.</translation>
    </message>
    <message>
        <source>Bring in the submissions of a JotForm export (CSV or XLSX): new ones added, changed ones updated, duplicates merged or set aside for review, bad rows reported with their reason.</source>
        <translation>استيراد الإرسالات من ملف تصدير JotForm (CSV أو XLSX): تُضاف الجديدة، وتُحدَّث المعدَّلة، وتُدمج المكررات أو تُنحّى للمراجعة، ويُبلَّغ عن الصفوف الخاطئة مع السبب.</translation>
    </message>
    <message>
        <source>Write the records of a type, filtered as by list, to a CSV, Excel or JSON file; &quot;export directory&quot; writes the public expert directory (HTML pages and JSON).</source>
        <translation>كتابة سجلات نوع ما، مصفّاة كما في list، في ملف CSV أو Excel أو JSON؛ ويكتب &quot;export directory&quot; الدليل العام للخبراء (صفحات HTML وملف JSON).</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>--%1 takes a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>يقبل الخيار --%1 عددًا صحيحًا من 0 إلى %2، وليس &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Fill a new, empty database with N demo experts and the needs, missions and evaluations that go with them.</source>
        <translation>ملء قاعدة بيانات جديدة فارغة بعدد N من الخبراء التجريبيين وما يرتبط بهم من احتياجات وبعثات وتقييمات.</translation>
    </message>
    <message>
        <source>Seed of the demo data; the same seed gives the same data (default 2026).</source>
        <translation>بذرة البيانات التجريبية؛ البذرة نفسها تُنتج البيانات نفسها (الافتراضي 2026).</translation>
    </message>
    <message>
        <source>Only records matching all words of TEXT (names, skills, equipment, titles…).</source>
        <translation>السجلات التي تطابق جميع كلمات TEXT فقط (الأسماء، المهارات، المعدات، العناوين…).</translation>
    </message>
    <message>
        <source>Only records in the sector CODE, e.g. BME.</source>
        <translation>السجلات التابعة للقطاع CODE فقط، مثل BME.</translation>
    </message>
    <message>
        <source>Only records in the country ISO2, e.g. PK.</source>
        <translation>السجلات التابعة للدولة ISO2 فقط، مثل PK.</translation>
    </message>
    <message>
        <source>Only records with the status S, e.g. active or matching.</source>
        <translation>السجلات ذات الحالة S فقط، مثل active أو matching.</translation>
    </message>
    <message>
        <source>Print at most N records.</source>
        <translation>طباعة ما لا يزيد على N من السجلات.</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>تخطي أول N من السجلات.</translation>
    </message>
    <message>
        <source>The record: a JSON object, @FILE to read it from a file or - to read standard input. A second --json prints the stored record as JSON.</source>
        <translation>السجل: كائن JSON، أو @FILE لقراءته من ملف، أو - لقراءة الإدخال القياسي. ويؤدي تكرار الخيار --json إلى طباعة السجل المخزَّن بصيغة JSON.</translation>
    </message>
    <message>
        <source>Show the K best candidates (default 10).</source>
        <translation>عرض أفضل K من المرشحين (الافتراضي 10).</translation>
    </message>
    <message>
        <source>Also list the experts a hard filter excludes, with the reason.</source>
        <translation>سرد الخبراء المستبعدين بموجب شرط إلزامي أيضًا، مع سبب الاستبعاد.</translation>
    </message>
    <message>
        <source>Points of the score parts, a JSON object such as {&quot;skills&quot;: 40, &quot;fairness&quot;: 0}; missing parts keep their default.</source>
        <translation>نقاط أجزاء الدرجة، على هيئة كائن JSON مثل {&quot;skills&quot;: 40, &quot;fairness&quot;: 0}؛ وتحتفظ الأجزاء غير المذكورة بقيمها الافتراضية.</translation>
    </message>
    <message>
        <source>Change FIELD to VALUE; repeat for more fields. An empty VALUE clears the field.</source>
        <translation>تغيير FIELD إلى VALUE؛ كرّر الخيار لتغيير حقول أخرى. وتؤدي القيمة VALUE الفارغة إلى مسح الحقل.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it first with: expertdesk-cli --db %1 init</source>
        <translation>لا توجد قاعدة بيانات في %1. أنشئها أولًا بالأمر: expertdesk-cli --db %1 init</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;. Use one of: %2 (the singular works too).</source>
        <translation>نوع سجل غير معروف &quot;%1&quot;. استخدم أحد الأنواع التالية: %2 (تصلح صيغة المفرد أيضًا).</translation>
    </message>
    <message>
        <source>Missing arguments. Usage: expertdesk-cli %1 (types: %2).</source>
        <translation>وسائط ناقصة. طريقة الاستخدام: expertdesk-cli %1 (الأنواع: %2).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: expertdesk-cli %2</source>
        <translation>وسيط غير متوقع &quot;%1&quot;. طريقة الاستخدام: expertdesk-cli %2</translation>
    </message>
    <message>
        <source>No record in %1 has the id &quot;%2&quot;. Find ids with: expertdesk-cli list %1</source>
        <translation>لا يوجد في %1 سجل بالمعرّف &quot;%2&quot;. اعثر على المعرّفات بالأمر: expertdesk-cli list %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: expertdesk-cli init [--demo N] [--seed S]</source>
        <translation>وسيط غير متوقع &quot;%1&quot;. طريقة الاستخدام: expertdesk-cli init [--demo N] [--seed S]</translation>
    </message>
    <message>
        <source>--seed only applies to demo data; add --demo N.</source>
        <translation>لا ينطبق الخيار --seed إلا على البيانات التجريبية؛ أضف --demo N.</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema %2).</source>
        <translation>قاعدة البيانات %1 جاهزة (المخطط %2).</translation>
    </message>
    <message>
        <source>Created the database %1 (schema %2).</source>
        <translation>أُنشئت قاعدة البيانات %1 (المخطط %2).</translation>
    </message>
    <message>
        <source>--demo takes the number of demo experts, at least 1.</source>
        <translation>يقبل الخيار --demo عدد الخبراء التجريبيين، وهو 1 على الأقل.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>يقبل الخيار --seed عددًا صحيحًا من 0 إلى 4294967295، وليس &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already holds %n record(s); demo data only goes into an empty database. Give a new file with --db.</source>
        <translation>
            <numerusform>تحتوي قاعدة البيانات %1 بالفعل على %n سجل؛ ولا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة. حدّد ملفًا جديدًا باستخدام --db.</numerusform>
            <numerusform>تحتوي قاعدة البيانات %1 بالفعل على سجل واحد؛ ولا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة. حدّد ملفًا جديدًا باستخدام --db.</numerusform>
            <numerusform>تحتوي قاعدة البيانات %1 بالفعل على سجلين؛ ولا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة. حدّد ملفًا جديدًا باستخدام --db.</numerusform>
            <numerusform>تحتوي قاعدة البيانات %1 بالفعل على %n سجلات؛ ولا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة. حدّد ملفًا جديدًا باستخدام --db.</numerusform>
            <numerusform>تحتوي قاعدة البيانات %1 بالفعل على %n سجلًا؛ ولا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة. حدّد ملفًا جديدًا باستخدام --db.</numerusform>
            <numerusform>تحتوي قاعدة البيانات %1 بالفعل على %n سجل؛ ولا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة. حدّد ملفًا جديدًا باستخدام --db.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating demo data… %1 of %2 (%3%)</source>
        <translation>جارٍ توليد البيانات التجريبية… %1 من %2 (%3%)</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>جارٍ توليد البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Cancelled; no demo data was kept.</source>
        <translation>أُلغيت العملية؛ ولم يُحتفظ بأي بيانات تجريبية.</translation>
    </message>
    <message>
        <source>Could not generate the demo data: %1</source>
        <translation>تعذّر توليد البيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>Generated demo data: %1.</source>
        <translation>تم توليد البيانات التجريبية: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by sector; --sector works for experts, needs and missions.</source>
        <translation>لا يمكن تصفية %1 حسب القطاع؛ يعمل الخيار --sector مع الخبراء والاحتياجات والبعثات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sector code (e.g. BME, IT, RE).</source>
        <translation>&quot;%1&quot; ليس رمز قطاع (مثل BME, IT, RE).</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by country; --country works for experts, institutions, needs and missions.</source>
        <translation>لا يمكن تصفية %1 حسب الدولة؛ يعمل الخيار --country مع الخبراء والمؤسسات والاحتياجات والبعثات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ISO code of an OIC member state (e.g. PK, MA, SN).</source>
        <translation>&quot;%1&quot; ليس رمز ISO لدولة عضو في منظمة التعاون الإسلامي (مثل PK, MA, SN).</translation>
    </message>
    <message>
        <source>%1 have no status; leave out --status.</source>
        <translation>لا توجد حالة لسجلات %1؛ احذف الخيار --status.</translation>
    </message>
    <message numerus="yes">
        <source>No records at offset %1; there are %n in all.</source>
        <translation>
            <numerusform>لا توجد سجلات عند الإزاحة %1؛ فلا يوجد أي سجل.</numerusform>
            <numerusform>لا توجد سجلات عند الإزاحة %1؛ فليس هناك إلا سجل واحد.</numerusform>
            <numerusform>لا توجد سجلات عند الإزاحة %1؛ فليس هناك إلا سجلان.</numerusform>
            <numerusform>لا توجد سجلات عند الإزاحة %1؛ فالمجموع %n سجلات.</numerusform>
            <numerusform>لا توجد سجلات عند الإزاحة %1؛ فالمجموع %n سجلًا.</numerusform>
            <numerusform>لا توجد سجلات عند الإزاحة %1؛ فالمجموع %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>لا توجد سجلات مطابقة.</translation>
    </message>
    <message numerus="yes">
        <source>Records %1–%2 of %n.</source>
        <translation>
            <numerusform>السجلات %1–%2 من أصل %n.</numerusform>
            <numerusform>السجلات %1–%2 من أصل %n.</numerusform>
            <numerusform>السجلات %1–%2 من أصل %n.</numerusform>
            <numerusform>السجلات %1–%2 من أصل %n.</numerusform>
            <numerusform>السجلات %1–%2 من أصل %n.</numerusform>
            <numerusform>السجلات %1–%2 من أصل %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>لا توجد سجلات.</numerusform>
            <numerusform>سجل واحد.</numerusform>
            <numerusform>سجلان.</numerusform>
            <numerusform>%n سجلات.</numerusform>
            <numerusform>%n سجلًا.</numerusform>
            <numerusform>%n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the record with --json DATA: a JSON object, @FILE or - for standard input. The keys are: %1.</source>
        <translation>حدّد السجل باستخدام --json DATA: كائن JSON، أو @FILE، أو - للإدخال القياسي. المفاتيح هي: %1.</translation>
    </message>
    <message>
        <source>The record was not added; nothing was changed:</source>
        <translation>لم يُضَف السجل؛ ولم يتغير شيء:</translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE. The fields are: %1.</source>
        <translation>حدّد ما تريد تغييره باستخدام --set FIELD=VALUE. الحقول هي: %1.</translation>
    </message>
    <message>
        <source>The record was not updated; nothing was changed:</source>
        <translation>لم يُحدَّث السجل؛ ولم يتغير شيء:</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>لا يوجد ما يُغيَّر: يحمل %1 هذه القيم بالفعل.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>تم تحديث %1.</translation>
    </message>
    <message>
        <source>The record was not deleted:</source>
        <translation>لم يُحذف السجل:</translation>
    </message>
    <message>
        <source>Deleted %1. It is kept as a tombstone so that the deletion reaches other replicas.</source>
        <translation>تم حذف %1. ويُحتفظ به علامةَ حذف كي يصل الحذف إلى النسخ الأخرى.</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>header of `stats`: what is counted (experts, outbox…) and the count</extracomment>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Cannot read the weights file %1: %2.</source>
        <translation>تعذّرت قراءة ملف الأوزان %1: %2.</translation>
    </message>
    <message>
        <source>The weights file %1 is not a JSON object: %2.</source>
        <translation>ملف الأوزان %1 ليس كائن JSON: %2.</translation>
    </message>
    <message>
        <source>The weights in %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام الأوزان الواردة في %1: %2</translation>
    </message>
    <message>
        <source>at least one weight must be positive.</source>
        <translation>يجب أن يكون وزن واحد على الأقل موجبًا.</translation>
    </message>
    <message>
        <source>Name the need. Usage: expertdesk-cli %1</source>
        <translation>حدّد الاحتياج. طريقة الاستخدام: expertdesk-cli %1</translation>
    </message>
    <message>
        <source>--top takes a whole number from 1 to 10000, not &quot;%1&quot;.</source>
        <translation>يقبل الخيار --top عددًا صحيحًا من 1 إلى 10000، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No need has the id &quot;%1&quot;. Find ids with: expertdesk-cli list needs --status accepted</source>
        <translation>لا يوجد احتياج بالمعرّف &quot;%1&quot;. اعثر على المعرّفات بالأمر: expertdesk-cli list needs --status accepted</translation>
    </message>
    <message>
        <source>The need %1 is %2; only accepted needs and needs in matching get experts. Change it with: expertdesk-cli update need %3 --set status=accepted</source>
        <translation>حالة الاحتياج %1 هي %2؛ ولا يُسنَد الخبراء إلا إلى الاحتياجات المقبولة والاحتياجات قيد المطابقة. غيّر حالته بالأمر: expertdesk-cli update need %3 --set status=accepted</translation>
    </message>
    <message>
        <source>Candidates for %1 — %2</source>
        <translation>المرشحون للاحتياج %1 — %2</translation>
    </message>
    <message>
        <source>No expert passes the hard filters; add --excluded to see why.</source>
        <translation>لا يستوفي أي خبير الشروط الإلزامية؛ أضف --excluded لمعرفة السبب.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column headers of `match`: rank, expert, score out of 100, then the seven score parts</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Excluded by a hard filter: %n expert(s).</source>
        <translation>
            <numerusform>المستبعدون بموجب شرط إلزامي: %n خبير.</numerusform>
            <numerusform>المستبعدون بموجب شرط إلزامي: خبير واحد.</numerusform>
            <numerusform>المستبعدون بموجب شرط إلزامي: خبيران.</numerusform>
            <numerusform>المستبعدون بموجب شرط إلزامي: %n خبراء.</numerusform>
            <numerusform>المستبعدون بموجب شرط إلزامي: %n خبيرًا.</numerusform>
            <numerusform>المستبعدون بموجب شرط إلزامي: %n خبير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>تعذّر إعداد خطة: %1</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Write the chart to FILE, a .png or .pdf file.</source>
        <translation>كتابة المخطط في FILE، وهو ملف .png أو .pdf.</translation>
    </message>
    <message>
        <source>Write the report to FILE, a .pdf file.</source>
        <translation>كتابة التقرير في FILE، وهو ملف .pdf.</translation>
    </message>
    <message>
        <source>Language of the texts: en, fr or ar (right to left); by default the environment&apos;s.</source>
        <translation>لغة النصوص: en أو fr أو ar (من اليمين إلى اليسار)؛ والافتراضي لغة البيئة.</translation>
    </message>
    <message>
        <source>First day of the period (default: the first day of the month 11 months ago).</source>
        <translation>أول يوم في الفترة (الافتراضي: أول يوم من الشهر الذي سبق الشهر الحالي بـ 11 شهرًا).</translation>
    </message>
    <message>
        <source>Last day of the period (default: the last day of the month 6 months ahead).</source>
        <translation>آخر يوم في الفترة (الافتراضي: آخر يوم من الشهر الذي يلي الشهر الحالي بـ 6 أشهر).</translation>
    </message>
    <message>
        <source>Only the sector CODE, e.g. BME.</source>
        <translation>القطاع CODE فقط، مثل BME.</translation>
    </message>
    <message>
        <source>Only the country ISO2, e.g. PK.</source>
        <translation>الدولة ISO2 فقط، مثل PK.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>الخيار --out FILE مطلوب.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its name; end it with one of: %2.</source>
        <extracomment>%1 is the file name, %2 the formats allowed, e.g. &quot;png pdf&quot;</extracomment>
        <translation>تعذّر تحديد صيغة %1 من اسمه؛ اجعل الاسم ينتهي بإحدى اللاحقات التالية: %2.</translation>
    </message>
    <message>
        <source>--lang takes en, fr or ar, not &quot;%1&quot;.</source>
        <translation>يقبل الخيار --lang القيم en أو fr أو ar، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-11-22, not &quot;%2&quot;.</source>
        <translation>يقبل الخيار --%1 تاريخًا مثل 2026-11-22، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The period ends (--to) before it starts (--from).</source>
        <translation>تنتهي الفترة (--to) قبل أن تبدأ (--from).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ISO code of a member state (e.g. PK, SN).</source>
        <translation>&quot;%1&quot; ليس رمز ISO لدولة عضو (مثل PK, SN).</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;. The charts are: %2.</source>
        <translation>مخطط غير معروف &quot;%1&quot;. المخططات المتاحة: %2.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>ملف .ics المراد كتابته.</translation>
    </message>
    <message>
        <source>Say what to schedule. Usage: expertdesk-cli schedule conflicts [--json]</source>
        <translation>حدّد تقرير الجدولة المطلوب. طريقة الاستخدام: expertdesk-cli schedule conflicts [--json]</translation>
    </message>
    <message>
        <source>Unknown schedule report &quot;%1&quot;. Usage: expertdesk-cli schedule conflicts [--json]</source>
        <translation>تقرير جدولة غير معروف &quot;%1&quot;. طريقة الاستخدام: expertdesk-cli schedule conflicts [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in %1 mission(s).</source>
        <translation>
            <numerusform>لا توجد تعارضات في %1 من البعثات.</numerusform>
            <numerusform>تعارض واحد في %1 من البعثات.</numerusform>
            <numerusform>تعارضان في %1 من البعثات.</numerusform>
            <numerusform>%n تعارضات في %1 من البعثات.</numerusform>
            <numerusform>%n تعارضًا في %1 من البعثات.</numerusform>
            <numerusform>%n تعارض في %1 من البعثات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: expertdesk-cli export-ics --out FILE</source>
        <translation>وسيط غير متوقع &quot;%1&quot;. طريقة الاستخدام: expertdesk-cli export-ics --out FILE</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.ics.</source>
        <translation>حدّد الملف المراد كتابته باستخدام --out FILE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي حدث في %1.</numerusform>
            <numerusform>كُتب حدث واحد في %1.</numerusform>
            <numerusform>كُتب حدثان في %1.</numerusform>
            <numerusform>كُتبت %n أحداث في %1.</numerusform>
            <numerusform>كُتب %n حدثًا في %1.</numerusform>
            <numerusform>كُتب %n حدث في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: expertdesk-cli import-ics EXPERT_ID FILE</source>
        <translation>طريقة الاستخدام: expertdesk-cli import-ics EXPERT_ID FILE</translation>
    </message>
    <message numerus="yes">
        <source>Added %n unavailability period(s).</source>
        <translation>
            <numerusform>لم تُضف أي فترة عدم توفر.</numerusform>
            <numerusform>أُضيفت فترة عدم توفر واحدة.</numerusform>
            <numerusform>أُضيفت فترتا عدم توفر.</numerusform>
            <numerusform>أُضيفت %n فترات عدم توفر.</numerusform>
            <numerusform>أُضيفت %n فترة عدم توفر.</numerusform>
            <numerusform>أُضيفت %n فترة عدم توفر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. https://desk.example.org:8787.</source>
        <translation>عنوان الخادم، مثل https://desk.example.org:8787.</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>اسم المستخدم الذي يُسجَّل به الدخول.</translation>
    </message>
    <message>
        <source>Also compare the digests of every table with the server&apos;s.</source>
        <translation>مقارنة خلاصات (digests) كل جدول بخلاصات الخادم أيضًا.</translation>
    </message>
    <message>
        <source>Unknown sync command &quot;%1&quot;. Usage: expertdesk-cli sync --server URL --user NAME | sync status</source>
        <translation>أمر مزامنة غير معروف &quot;%1&quot;. طريقة الاستخدام: expertdesk-cli sync --server URL --user NAME | sync status</translation>
    </message>
    <message>
        <source>Give the server and the user: expertdesk-cli sync --server URL --user NAME (password on standard input).</source>
        <translation>حدّد الخادم والمستخدم: expertdesk-cli sync --server URL --user NAME (وتُقرأ كلمة المرور من الإدخال القياسي).</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 من %3…</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>Give the password of %1 on standard input.</source>
        <translation>أدخل كلمة مرور %1 عبر الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Pushed %1 change(s): %2 applied, %3 merged, %4 in conflict, %5 failed.</source>
        <translation>التغييرات المُرسَلة: %1 (المطبَّقة: %2، والمدمجة: %3، والمتعارضة: %4، والمرفوضة: %5).</translation>
    </message>
    <message>
        <source>Pulled %1 row(s).</source>
        <translation>الصفوف المستلَمة: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s data had been restored: a fresh copy was downloaded and your changes sent again.</source>
        <translation>كانت بيانات الخادم قد استُعيدت: فنُزّلت نسخة جديدة وأُرسلت تغييراتك مرة أخرى.</translation>
    </message>
    <message>
        <source>Usage: expertdesk-cli %1 list [--json]</source>
        <translation>طريقة الاستخدام: expertdesk-cli %1 list [--json]</translation>
    </message>
    <message>
        <source>%1  %2/%3  %4: server %5, yours %6%7</source>
        <translation>%1  %2/%3  %4: الخادم %5، قيمتك %6%7</translation>
    </message>
    <message>
        <source> (resolving)</source>
        <translation> (قيد الحل)</translation>
    </message>
    <message>
        <source>#%1  %2 %3/%4: %5</source>
        <translation>#%1  %2 %3/%4: %5</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>No failed changes.</source>
        <translation>لا توجد تغييرات مرفوضة.</translation>
    </message>
    <message>
        <source>A JSON file that says which column feeds which field (docs/cli.md); it overrides the columns recognised by their headers.</source>
        <translation>ملف JSON يحدد أي عمود يغذّي أي حقل (docs/cli.md)؛ ويتقدّم على الأعمدة المتعرَّف عليها من عناوينها.</translation>
    </message>
    <message>
        <source>Read and check every row, report, and write nothing.</source>
        <translation>قراءة كل صف والتحقق منه وإعداد التقرير دون كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form to import; use jotform-experts or jotform-needs.</source>
        <translation>«%1» ليس نموذجًا يمكن استيراده؛ استخدم jotform-experts أو jotform-needs.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>تعذّرت قراءة ملف المطابقة %1: %2.</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2.</source>
        <translation>ملف المطابقة %1 ليس كائن JSON: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) of %1 (nothing was written):</source>
        <translation>
            <numerusform>لم يُتحقَّق من أي صف في %1 (لم يُكتب شيء):</numerusform>
            <numerusform>تم التحقق من صف واحد في %1 (لم يُكتب شيء):</numerusform>
            <numerusform>تم التحقق من صفين في %1 (لم يُكتب شيء):</numerusform>
            <numerusform>تم التحقق من %n صفوف في %1 (لم يُكتب شيء):</numerusform>
            <numerusform>تم التحقق من %n صفًا في %1 (لم يُكتب شيء):</numerusform>
            <numerusform>تم التحقق من %n صف في %1 (لم يُكتب شيء):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) of %1:</source>
        <translation>
            <numerusform>لم يُقرأ أي صف من %1:</numerusform>
            <numerusform>قُرئ صف واحد من %1:</numerusform>
            <numerusform>قُرئ صفان من %1:</numerusform>
            <numerusform>قُرئت %n صفوف من %1:</numerusform>
            <numerusform>قُرئ %n صفًا من %1:</numerusform>
            <numerusform>قُرئ %n صف من %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  imported %n</source>
        <translation>
            <numerusform>  المستوردة: %n</numerusform>
            <numerusform>  المستوردة: %n</numerusform>
            <numerusform>  المستوردة: %n</numerusform>
            <numerusform>  المستوردة: %n</numerusform>
            <numerusform>  المستوردة: %n</numerusform>
            <numerusform>  المستوردة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  updated %n</source>
        <translation>
            <numerusform>  المحدَّثة: %n</numerusform>
            <numerusform>  المحدَّثة: %n</numerusform>
            <numerusform>  المحدَّثة: %n</numerusform>
            <numerusform>  المحدَّثة: %n</numerusform>
            <numerusform>  المحدَّثة: %n</numerusform>
            <numerusform>  المحدَّثة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  merged into an existing expert %n</source>
        <translation>
            <numerusform>  المدموجة في خبير موجود: %n</numerusform>
            <numerusform>  المدموجة في خبير موجود: %n</numerusform>
            <numerusform>  المدموجة في خبير موجود: %n</numerusform>
            <numerusform>  المدموجة في خبير موجود: %n</numerusform>
            <numerusform>  المدموجة في خبير موجود: %n</numerusform>
            <numerusform>  المدموجة في خبير موجود: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  waiting for review as possible duplicates %n</source>
        <translation>
            <numerusform>  بانتظار المراجعة كمكررات محتملة: %n</numerusform>
            <numerusform>  بانتظار المراجعة كمكررات محتملة: %n</numerusform>
            <numerusform>  بانتظار المراجعة كمكررات محتملة: %n</numerusform>
            <numerusform>  بانتظار المراجعة كمكررات محتملة: %n</numerusform>
            <numerusform>  بانتظار المراجعة كمكررات محتملة: %n</numerusform>
            <numerusform>  بانتظار المراجعة كمكررات محتملة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  already imported, unchanged %n</source>
        <translation>
            <numerusform>  مستوردة سابقًا دون تغيير: %n</numerusform>
            <numerusform>  مستوردة سابقًا دون تغيير: %n</numerusform>
            <numerusform>  مستوردة سابقًا دون تغيير: %n</numerusform>
            <numerusform>  مستوردة سابقًا دون تغيير: %n</numerusform>
            <numerusform>  مستوردة سابقًا دون تغيير: %n</numerusform>
            <numerusform>  مستوردة سابقًا دون تغيير: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  failed %n</source>
        <translation>
            <numerusform>  الفاشلة: %n</numerusform>
            <numerusform>  الفاشلة: %n</numerusform>
            <numerusform>  الفاشلة: %n</numerusform>
            <numerusform>  الفاشلة: %n</numerusform>
            <numerusform>  الفاشلة: %n</numerusform>
            <numerusform>  الفاشلة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  institutions created %n</source>
        <translation>
            <numerusform>  المؤسسات المُنشأة: %n</numerusform>
            <numerusform>  المؤسسات المُنشأة: %n</numerusform>
            <numerusform>  المؤسسات المُنشأة: %n</numerusform>
            <numerusform>  المؤسسات المُنشأة: %n</numerusform>
            <numerusform>  المؤسسات المُنشأة: %n</numerusform>
            <numerusform>  المؤسسات المُنشأة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>الصف %1، %2: %3</translation>
    </message>
    <message>
        <source>Row %1, %2 (warning): %3</source>
        <translation>الصف %1، %2 (تنبيه): %3</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>الصف كله</translation>
    </message>
    <message>
        <source>Columns not imported (map them with --mapping): %1</source>
        <translation>أعمدة لم تُستورد (اربطها بالخيار ‎--mapping‎): %1</translation>
    </message>
    <message>
        <source>The import stopped early: %1</source>
        <translation>توقف الاستيراد قبل اكتماله: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %2 % (%n row(s))</source>
        <translation>
            <numerusform>استيراد %1: %2٪ (لا صفوف)</numerusform>
            <numerusform>استيراد %1: %2٪ (صف واحد)</numerusform>
            <numerusform>استيراد %1: %2٪ (صفان)</numerusform>
            <numerusform>استيراد %1: %2٪ (%n صفوف)</numerusform>
            <numerusform>استيراد %1: %2٪ (%n صفًا)</numerusform>
            <numerusform>استيراد %1: %2٪ (%n صف)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>اكتمل استيراد %1.</translation>
    </message>
    <message>
        <source>csv (UTF-8, opens in Excel), xlsx (an Excel workbook) or json (the records as &quot;show --json&quot; prints them).</source>
        <translation>csv (بترميز UTF-8، يُفتح في Excel) أو xlsx (مصنّف Excel) أو json (السجلات كما يطبعها &quot;show --json&quot;).</translation>
    </message>
    <message>
        <source>The file to write; for &quot;export directory&quot;, the folder.</source>
        <translation>الملف المراد كتابته؛ وفي &quot;export directory&quot; المجلد.</translation>
    </message>
    <message>
        <source>Say what to export. Usage: expertdesk-cli %1</source>
        <translation>حدّد ما تريد تصديره. الاستخدام: expertdesk-cli %1</translation>
    </message>
    <message>
        <source>Name what to write with --out FILE (a folder for &quot;export directory&quot;).</source>
        <translation>حدّد ما يُكتب بالخيار ‎--out FILE (مجلد في حالة &quot;export directory&quot;).</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;. Export one of: %2, or the public expert directory with &quot;export directory --out DIR&quot;.</source>
        <translation>لا يمكن تصدير &quot;%1&quot;. صدّر أحد الأنواع التالية: %2، أو الدليل العام للخبراء بالأمر &quot;export directory --out DIR&quot;.</translation>
    </message>
    <message>
        <source>Choose the file format with --format csv, xlsx or json.</source>
        <translation>اختر صيغة الملف بالخيار ‎--format csv أو xlsx أو json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation>الصيغة &quot;%1&quot; غير معروفة؛ استخدم csv أو xlsx أو json.</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>جارٍ التصدير… %1 من %2</translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي سجل إلى %1.</numerusform>
            <numerusform>صُدِّر سجل واحد إلى %1.</numerusform>
            <numerusform>صُدِّر سجلان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n سجلات إلى %1.</numerusform>
            <numerusform>صُدِّر %n سجلًا إلى %1.</numerusform>
            <numerusform>صُدِّر %n سجل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 does not apply to the directory: it always lists every active expert who gave consent, as JSON and HTML.</source>
        <translation>لا ينطبق الخيار ‎--%1 على الدليل: فهو يسرد دائمًا كل الخبراء النشطين الذين أعطوا موافقتهم، بصيغتي JSON وHTML.</translation>
    </message>
    <message>
        <source>Cancelled; the directory in %1 was not changed.</source>
        <translation>أُلغي التصدير؛ لم يتغيّر الدليل في %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the public directory of %n expert(s) to %1.</source>
        <translation>
            <numerusform>كُتب الدليل العام في %1 ولا خبير فيه.</numerusform>
            <numerusform>كُتب الدليل العام لخبير واحد في %1.</numerusform>
            <numerusform>كُتب الدليل العام لخبيرين في %1.</numerusform>
            <numerusform>كُتب الدليل العام لـ %n خبراء في %1.</numerusform>
            <numerusform>كُتب الدليل العام لـ %n خبيرًا في %1.</numerusform>
            <numerusform>كُتب الدليل العام لـ %n خبير في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open need(s) still want experts; together %2 more.</source>
        <extracomment>%1 needs out of %n open needs still want experts once their missions are counted</extracomment>
        <translation>
            <numerusform>لا يزال %1 من أصل %n من الاحتياجات المفتوحة بحاجة إلى خبراء؛ %2 إضافيون إجمالًا.</numerusform>
            <numerusform>لا يزال %1 من أصل احتياج مفتوح واحد بحاجة إلى خبراء؛ %2 إضافيون إجمالًا.</numerusform>
            <numerusform>لا يزال %1 من أصل احتياجين مفتوحين بحاجة إلى خبراء؛ %2 إضافيون إجمالًا.</numerusform>
            <numerusform>لا يزال %1 من أصل %n احتياجات مفتوحة بحاجة إلى خبراء؛ %2 إضافيون إجمالًا.</numerusform>
            <numerusform>لا يزال %1 من أصل %n احتياجًا مفتوحًا بحاجة إلى خبراء؛ %2 إضافيون إجمالًا.</numerusform>
            <numerusform>لا يزال %1 من أصل %n احتياج مفتوح بحاجة إلى خبراء؛ %2 إضافيون إجمالًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan: none of them can get an eligible expert.</source>
        <translation>لا توجد خطة: لا يمكن لأي منها الحصول على خبير مؤهل.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s); total score %1.</source>
        <translation>
            <numerusform>لا توجد تعيينات؛ مجموع النقاط %1.</numerusform>
            <numerusform>تعيين واحد؛ مجموع النقاط %1.</numerusform>
            <numerusform>تعيينان؛ مجموع النقاط %1.</numerusform>
            <numerusform>%n تعيينات؛ مجموع النقاط %1.</numerusform>
            <numerusform>%n تعيينًا؛ مجموع النقاط %1.</numerusform>
            <numerusform>%n تعيين؛ مجموع النقاط %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>Cannot read the JSON data from standard input.</source>
        <translation>تعذّرت قراءة بيانات JSON من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Cannot read the JSON file %1: %2.</source>
        <translation>تعذّرت قراءة ملف JSON %1: %2.</translation>
    </message>
    <message>
        <source>The JSON data is empty; give an object such as &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;.</source>
        <translation>بيانات JSON فارغة؛ قدّم كائنًا مثل &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;.</translation>
    </message>
    <message>
        <source>The JSON data is not valid: %1 at character %2. Check quotes, commas and braces.</source>
        <translation>بيانات JSON غير صالحة: %1 عند الحرف %2. تحقّق من علامات الاقتباس والفواصل والأقواس المعقوفة.</translation>
    </message>
    <message>
        <source>The JSON data must be one object such as &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;, not a list or a value.</source>
        <translation>يجب أن تكون بيانات JSON كائنًا واحدًا مثل &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;، لا قائمة ولا قيمة مفردة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE; write for example --set phone=&quot;+92 51 9220681&quot; (an empty VALUE clears the field).</source>
        <translation>&quot;%1&quot; ليس بالصيغة FIELD=VALUE؛ اكتب مثلًا --set phone=&quot;+92 51 9220681&quot; (وتؤدي القيمة VALUE الفارغة إلى مسح الحقل).</translation>
    </message>
    <message>
        <source>The field %1 is set twice; give each field once.</source>
        <translation>الحقل %1 محدَّد مرتين؛ حدّد كل حقل مرة واحدة.</translation>
    </message>
    <message>
        <source>give a single value, not a list or an object.</source>
        <translation>قدّم قيمة واحدة، لا قائمة ولا كائنًا.</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>تعذّر فتح %1: %2. تحقّق من وجود الملف ومن أن لديك صلاحية قراءته.</translation>
    </message>
    <message>
        <source>Not enough memory to read %1.</source>
        <translation>الذاكرة غير كافية لقراءة %1.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>فشلت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file that can be read (%2).</source>
        <translation>الملف %1 ليس ملف CSV قابلًا للقراءة (%2).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Needs by sector</source>
        <translation>الاحتياجات حسب القطاع</translation>
    </message>
    <message>
        <source>Experts by country of residence</source>
        <translation>الخبراء حسب دولة الإقامة</translation>
    </message>
    <message>
        <source>Missions per month by status</source>
        <translation>البعثات شهريًا حسب الحالة</translation>
    </message>
    <message>
        <source>Needs fulfilled by country</source>
        <translation>الاحتياجات المُلبّاة حسب الدولة</translation>
    </message>
    <message>
        <source>Needs submitted</source>
        <extracomment>value axis of the needs-by-sector chart</extracomment>
        <translation>الاحتياجات المقدَّمة</translation>
    </message>
    <message>
        <source>Experts on the roster</source>
        <extracomment>value axis of the experts-by-country chart</extracomment>
        <translation>الخبراء المدرجون في القائمة</translation>
    </message>
    <message>
        <source>Fulfilled (% of needs received)</source>
        <extracomment>value axis: share of the needs received that were fulfilled</extracomment>
        <translation>المُلبّاة (% من الاحتياجات المستلَمة)</translation>
    </message>
    <message>
        <source>Missions</source>
        <extracomment>value axis of the missions-per-month chart</extracomment>
        <translation>البعثات</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>a country in the fulfilment chart: %1 its name, %2 needs fulfilled of %3 received</extracomment>
        <translation>%1 (%2 من %3)</translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message>
        <source>Active experts</source>
        <extracomment>dashboard tile: experts whose roster status is active</extracomment>
        <translation>الخبراء النشطون</translation>
    </message>
    <message>
        <source>Experts whose roster status is active.</source>
        <translation>الخبراء الذين حالتهم في قائمة الخبراء «نشط».</translation>
    </message>
    <message>
        <source>Mean evaluation</source>
        <extracomment>dashboard tile: mean overall rating of the evaluations, out of 5</extracomment>
        <translation>متوسط التقييم</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Mean overall rating of %Ln evaluation(s) of missions in the period.</source>
        <translation>
            <numerusform>متوسط التقدير العام من %Ln تقييم لبعثات الفترة.</numerusform>
            <numerusform>متوسط التقدير العام من تقييم واحد لبعثات الفترة.</numerusform>
            <numerusform>متوسط التقدير العام من تقييمين لبعثات الفترة.</numerusform>
            <numerusform>متوسط التقدير العام من %Ln تقييمات لبعثات الفترة.</numerusform>
            <numerusform>متوسط التقدير العام من %Ln تقييمًا لبعثات الفترة.</numerusform>
            <numerusform>متوسط التقدير العام من %Ln تقييم لبعثات الفترة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Airfare</source>
        <extracomment>dashboard tile: airfare paid by COMSTECH</extracomment>
        <translation>تكلفة تذاكر الطيران</translation>
    </message>
    <message>
        <source>Airfare of the missions in the period, not counting cancelled ones, per currency.</source>
        <translation>تكلفة تذاكر الطيران لبعثات الفترة، باستثناء الملغاة، حسب العملة.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a period of dates: %1 first day, %2 last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>what the dashboard or report covers: %1 period, %2 sector, %3 country</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage, %1 the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Needs in progress</source>
        <extracomment>dashboard tile: needs not yet fulfilled, closed, rejected or withdrawn</extracomment>
        <translation>احتياجات قيد المعالجة</translation>
    </message>
    <message>
        <source>Needs received, in screening, accepted, matching, matched or scheduled. The Matching area lists those accepted or matching: the ones that can still get experts.</source>
        <translation>الاحتياجات المستلمة أو قيد الفرز أو المقبولة أو قيد المطابقة أو المطابَقة أو المجدولة. تعرض منطقة المطابقة المقبولة منها أو قيد المطابقة: أي التي لا يزال بإمكانها الحصول على خبراء.</translation>
    </message>
    <message>
        <source>Missions in the period</source>
        <extracomment>dashboard tile: missions starting in the dates chosen above the tiles</extracomment>
        <translation>البعثات خلال الفترة</translation>
    </message>
    <message>
        <source>Missions starting in the period shown, not counting cancelled ones.</source>
        <translation>البعثات التي تبدأ في الفترة المعروضة، دون احتساب الملغاة.</translation>
    </message>
</context>
<context>
    <name>DeleteRecordCommand</name>
    <message>
        <source>delete %1</source>
        <extracomment>undo history entry; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Ask for at least one expert.</source>
        <translation>اطلب خبيرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>The database refused the demo data.</source>
        <translation>رفضت قاعدة البيانات البيانات التجريبية.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was kept.</source>
        <translation>أُلغي توليد البيانات التجريبية؛ ولم يُحتفظ بأي شيء.</translation>
    </message>
    <message>
        <source>A demo %1 was refused: %2</source>
        <translation>رُفض سجل %1 تجريبي: %2</translation>
    </message>
</context>
<context>
    <name>DraftMissions</name>
    <message>
        <source>Override a matching rule</source>
        <translation>تجاوز قاعدة مطابقة</translation>
    </message>
    <message>
        <source>%1 is excluded for this need: %2

To assign anyway, say why (it is kept with the mission). Cancel leaves everything as it was.</source>
        <translation>تستبعد قواعد المطابقة %1 من هذا الاحتياج: %2

للإسناد رغم ذلك، اذكر السبب (يُحفظ مع البعثة). ويُبقي زر «إلغاء» كل شيء على حاله.</translation>
    </message>
    <message>
        <source>The need no longer exists.</source>
        <translation>لم يعد الاحتياج موجودًا.</translation>
    </message>
    <message>
        <source>Need %1 is not open for matching (its status is %2).</source>
        <translation>الاحتياج %1 غير مفتوح للمطابقة (حالته: %2).</translation>
    </message>
    <message>
        <source>Select an expert first.</source>
        <translation>اختر خبيرًا أولًا.</translation>
    </message>
    <message>
        <source>Refused: “%1” is not an expert in this database (unknown or deleted).</source>
        <translation>مرفوض: «%1» ليس خبيرًا في قاعدة البيانات هذه (غير معروف أو محذوف).</translation>
    </message>
    <message>
        <source>Need %1 has no preferred dates yet; set its window before assigning experts.</source>
        <translation>لم تُحدَّد للاحتياج %1 تواريخ مفضلة بعد؛ حدّد إطاره الزمني قبل إسناد الخبراء.</translation>
    </message>
    <message>
        <source>Cannot check the matching rules: %1</source>
        <translation>تعذّر التحقق من قواعد المطابقة: %1</translation>
    </message>
    <message>
        <source>Refused: the matching data is out of date; try again.</source>
        <translation>مرفوض: بيانات المطابقة قديمة؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Refused: %1 already has a mission for need %2.</source>
        <translation>مرفوض: لدى %1 بعثة بالفعل للاحتياج %2.</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>مرفوض: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>assign %Ln expert(s) to %1</source>
        <extracomment>undo history entry; %Ln experts were assigned to the need %1 in one drop</extracomment>
        <translation>
            <numerusform>إسناد %Ln خبير إلى %1</numerusform>
            <numerusform>إسناد خبير واحد إلى %1</numerusform>
            <numerusform>إسناد خبيرين إلى %1</numerusform>
            <numerusform>إسناد %Ln خبراء إلى %1</numerusform>
            <numerusform>إسناد %Ln خبيرًا إلى %1</numerusform>
            <numerusform>إسناد %Ln خبير إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <extracomment>undo history entry: %1 expert name, %2 need reference</extracomment>
        <translation>إسناد %1 إلى %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every mission could be created:
%1</source>
        <translation>تعذّر إنشاء بعض البعثات:
%1</translation>
    </message>
    <message>
        <source>Draft mission created: %1 for %2.</source>
        <translation>أُنشئت مسودة بعثة: %1 للاحتياج %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created for %1.</source>
        <translation>
            <numerusform>لم تُنشأ أي مسودة بعثة للاحتياج %1.</numerusform>
            <numerusform>أُنشئت مسودة بعثة واحدة للاحتياج %1.</numerusform>
            <numerusform>أُنشئت مسودتا بعثتين للاحتياج %1.</numerusform>
            <numerusform>أُنشئت %Ln مسودات بعثات للاحتياج %1.</numerusform>
            <numerusform>أُنشئت %Ln مسودة بعثة للاحتياج %1.</numerusform>
            <numerusform>أُنشئت %Ln مسودة بعثة للاحتياج %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>احتياج</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>بعثة</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Mission status change</source>
        <translation>تغيير حالة بعثة</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Received</source>
        <translation>مستلَم</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>قيد الفرز</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>قيد المطابقة</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>تمت المطابقة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مُجدوَل</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>مُلبّى</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>Travel booked</source>
        <translation>تم حجز السفر</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>تم تقييمها</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Technical diploma</source>
        <translation>دبلوم تقني</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>بكالوريوس</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>ماجستير</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>دكتوراه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>University</source>
        <translation>جامعة</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>معهد بحوث</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>مستشفى</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>مختبر</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>صيانة</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>تشخيص الأعطال وإصلاحها</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>تركيب</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>معايرة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>مؤسسة مضيفة</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>احتياج</translation>
    </message>
</context>
<context>
    <name>ExpertMime</name>
    <message>
        <source>Only experts can be dropped here.</source>
        <translation>يمكن إفلات الخبراء فقط هنا.</translation>
    </message>
    <message>
        <source>The dropped data is not a list of experts.</source>
        <translation>البيانات المُفلَتة ليست قائمة خبراء.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>file type choices of File › Export…; keep the patterns in brackets as they are</extracomment>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON for programs (*.json)</source>
        <translation>JSON للبرامج (*.json)</translation>
    </message>
    <message>
        <source>Folder for the Public Expert Directory</source>
        <translation>مجلد الدليل العام للخبراء</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Public Expert Directory</source>
        <translation>الدليل العام للخبراء</translation>
    </message>
    <message>
        <source>Writing the directory pages…</source>
        <translation>جارٍ كتابة صفحات الدليل…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Language of the texts</source>
        <translation>لغة النصوص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Arabic script</source>
        <translation>الاسم بالحروف العربية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>دولة الإقامة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Nearest airport (IATA)</source>
        <translation>أقرب مطار (IATA)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>جهة العمل</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Highest degree</source>
        <translation>أعلى مؤهل علمي</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>سنوات الخبرة</translation>
    </message>
    <message>
        <source>Roster status</source>
        <translation>الحالة في قائمة الخبراء</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>فترات عدم التوفر</translation>
    </message>
    <message>
        <source>Missions per year at most</source>
        <translation>الحد الأقصى للبعثات في السنة</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>تاريخ انتهاء جواز السفر</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>الموافقة ممنوحة</translation>
    </message>
    <message>
        <source>Form submission</source>
        <translation>تقديم الاستمارة</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>السيرة الذاتية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Focal person</source>
        <translation>مسؤول الاتصال</translation>
    </message>
    <message>
        <source>Focal person&apos;s position</source>
        <translation>منصب مسؤول الاتصال</translation>
    </message>
    <message>
        <source>Focal person&apos;s e-mail</source>
        <translation>البريد الإلكتروني لمسؤول الاتصال</translation>
    </message>
    <message>
        <source>Focal person&apos;s phone</source>
        <translation>هاتف مسؤول الاتصال</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>الشركة المصنّعة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>المهارات المطلوبة</translation>
    </message>
    <message>
        <source>Experts wanted</source>
        <translation>عدد الخبراء المطلوبين</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>عدد المتدربين</translation>
    </message>
    <message>
        <source>Preferred from</source>
        <translation>التاريخ المفضل من</translation>
    </message>
    <message>
        <source>Preferred until</source>
        <translation>التاريخ المفضل حتى</translation>
    </message>
    <message>
        <source>Dates are flexible</source>
        <translation>التواريخ مرنة</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>المدة (بالأيام)</translation>
    </message>
    <message>
        <source>Host languages</source>
        <translation>لغات الجهة المضيفة</translation>
    </message>
    <message>
        <source>Interpreter available</source>
        <translation>يتوفر مترجم شفوي</translation>
    </message>
    <message>
        <source>Host provides hotel</source>
        <translation>الجهة المضيفة توفر الفندق</translation>
    </message>
    <message>
        <source>Host provides local transport</source>
        <translation>الجهة المضيفة توفر النقل المحلي</translation>
    </message>
    <message>
        <source>Host provides meals</source>
        <translation>الجهة المضيفة توفر الوجبات</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>المؤسسة المضيفة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>تاريخ البدء الفعلي</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>تاريخ الانتهاء الفعلي</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Airfare</source>
        <translation>تكلفة تذكرة الطيران</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Hotel confirmed by host</source>
        <translation>الفندق مؤكَّد من الجهة المضيفة</translation>
    </message>
    <message>
        <source>Local transport confirmed by host</source>
        <translation>النقل المحلي مؤكَّد من الجهة المضيفة</translation>
    </message>
    <message>
        <source>Meals confirmed by host</source>
        <translation>الوجبات مؤكَّدة من الجهة المضيفة</translation>
    </message>
    <message>
        <source>Reason for overriding a matching rule</source>
        <translation>سبب تجاوز قاعدة المطابقة</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>المُقيِّم</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>التقدير العام</translation>
    </message>
    <message>
        <source>Technical rating</source>
        <translation>التقدير الفني</translation>
    </message>
    <message>
        <source>Communication rating</source>
        <translation>تقدير التواصل</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>عدد من تم تدريبهم</translation>
    </message>
    <message>
        <source>Equipment back in service</source>
        <translation>عودة المعدات إلى الخدمة</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>تلزم متابعة</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Translated field</source>
        <translation>الحقل المترجَم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>المترجِم</translation>
    </message>
    <message>
        <source>Translated on</source>
        <translation>تاريخ الترجمة</translation>
    </message>
    <message>
        <source>Source text translated</source>
        <translation>النص المصدر المترجَم</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>القائم بالتغيير</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>تاريخ التغيير</translation>
    </message>
</context>
<context>
    <name>FileWrittenNotice</name>
    <message>
        <source>Written to %1</source>
        <extracomment>%1 is the full path of the file or folder just written</extracomment>
        <translation>كُتب في %1</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>Finished</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>أوقفه المستخدم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <extracomment>an import whose program was closed or killed before the end of the file</extracomment>
        <translation>لم يكتمل</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>headers of the CSV file of an import&apos;s problems</extracomment>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>kind of an import problem: an error kept the row out, a warning did not</extracomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping is for the form &quot;%1&quot;, not for this one.</source>
        <translation>ملف المطابقة هذا خاص بالنموذج «%1» وليس بهذا النموذج.</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;month-first&quot; or &quot;day-first&quot;, not &quot;%1&quot;.</source>
        <translation>يجب أن تكون قيمة «date_order» إما «month-first» أو «day-first»، وليس «%1».</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which this file does not have.</source>
        <translation>يذكر ملف المطابقة العمود «%1» وهو غير موجود في هذا الملف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something this form can import (column &quot;%2&quot;). Use one of: %3, or &quot;ignore&quot;.</source>
        <translation>«%1» ليس مما يمكن لهذا النموذج استيراده (العمود «%2»). استخدم أحد ما يلي: %3، أو «ignore».</translation>
    </message>
</context>
<context>
    <name>ImportReviews</name>
    <message>
        <source>This submission is no longer waiting for review; another decision was made already.</source>
        <translation>لم يعد هذا الإرسال بانتظار المراجعة؛ فقد اتُّخذ قرار بشأنه من قبل.</translation>
    </message>
    <message>
        <source>The expert this submission was set aside for has been deleted; keep it apart to add it as a new expert.</source>
        <translation>حُذف الخبير الذي نُحّي هذا الإرسال من أجله؛ أبقه منفصلًا لإضافته خبيرًا جديدًا.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>The same name and phone number as an expert already in the database.</source>
        <translation>الاسم ورقم الهاتف نفسهما لخبير موجود في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The same name and nationality as an expert already in the database.</source>
        <translation>الاسم والجنسية نفسهما لخبير موجود في قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Submission ID</source>
        <translation>رقم الإرسال</translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>متاح اعتبارًا من</translation>
    </message>
    <message>
        <source>Consent to publish</source>
        <translation>الموافقة على النشر</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Type of institution</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <source>Focal person</source>
        <translation>الشخص المسؤول</translation>
    </message>
    <message>
        <source>Focal person&apos;s position</source>
        <translation>منصب الشخص المسؤول</translation>
    </message>
    <message>
        <source>Focal person&apos;s e-mail</source>
        <translation>البريد الإلكتروني للشخص المسؤول</translation>
    </message>
    <message>
        <source>Focal person&apos;s phone</source>
        <translation>هاتف الشخص المسؤول</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>الشركة المصنّعة والطراز</translation>
    </message>
</context>
<context>
    <name>InsertRecordCommand</name>
    <message>
        <source>add %1</source>
        <extracomment>undo history entry; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>إضافة %1</translation>
    </message>
</context>
<context>
    <name>JotformRowParser</name>
    <message>
        <source>&quot;%1&quot; is a date that does not exist.</source>
        <translation>«%1» تاريخ غير موجود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as Jun 12, 2024, 06-12-2024 or 2024-06-12).</source>
        <translation>«%1» ليس تاريخًا (اكتبه بالشكل Jun 12, 2024 أو 06-12-2024 أو 2024-06-12).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OIC member state this program knows; write the country&apos;s name in English, French or Arabic, or its two-letter code.</source>
        <translation>«%1» ليست دولة عضوًا في منظمة التعاون الإسلامي يعرفها هذا البرنامج؛ اكتب اسم البلد بالإنجليزية أو الفرنسية أو العربية، أو رمزه المكوّن من حرفين.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this program knows here.</source>
        <translation>«%1» ليست قيمة يعرفها هذا البرنامج في هذا الموضع.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» ليس عددًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this program knows; it was left out.</source>
        <translation>«%1» ليست قيمة يعرفها هذا البرنامج؛ وقد أُهملت.</translation>
    </message>
    <message>
        <source>The row holds characters that are not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>يحتوي الصف على محارف ليست نصًا بترميز UTF-8؛ احفظ الملف بصيغة «CSV UTF-8» ثم استورده مجددًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language this program knows; it was left out.</source>
        <translation>«%1» ليست لغة يعرفها هذا البرنامج؛ وقد أُهملت.</translation>
    </message>
    <message>
        <source>Available from %1 (registration form)</source>
        <translation>متاح اعتبارًا من %1 (استمارة التسجيل)</translation>
    </message>
    <message>
        <source>The name of the institution is empty.</source>
        <translation>اسم المؤسسة فارغ.</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; (university, research institute, hospital, company or laboratory) is not in the file; map a column to it.</source>
        <translation>نوع «%1» (جامعة أو معهد بحوث أو مستشفى أو شركة أو مختبر) غير موجود في الملف؛ اربط به عمودًا.</translation>
    </message>
    <message>
        <source>A need has one sector; %1 was kept, %2 left out.</source>
        <translation>للاحتياج قطاع واحد؛ أُبقي على %1 وأُهمل %2.</translation>
    </message>
    <message>
        <source>The need has no title, equipment or description.</source>
        <translation>ليس للاحتياج عنوان ولا معدات ولا وصف.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Cannot read matching data: %1</source>
        <translation>تعذّرت قراءة بيانات المطابقة: %1</translation>
    </message>
    <message>
        <source>The plan solver found no solution.</source>
        <translation>لم تعثر أداة حل الخطة على أي حل.</translation>
    </message>
    <message>
        <source>The weight “%1” must be a number of 0 or more.</source>
        <translation>يجب أن يكون الوزن «%1» عددًا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>At least one matching weight must be above 0.</source>
        <translation>يجب أن يكون وزن مطابقة واحد على الأقل أكبر من 0.</translation>
    </message>
</context>
<context>
    <name>MissionLifecycle</name>
    <message>
        <source>&quot;%1&quot; is not a mission status.</source>
        <translation>&quot;%1&quot; ليست حالة بعثة.</translation>
    </message>
    <message>
        <source>a mission that is %1 cannot change status any more.</source>
        <extracomment>%1 is a mission status, e.g. &quot;Cancelled&quot;</extracomment>
        <translation>لا يمكن بعد الآن تغيير حالة بعثة %1.</translation>
    </message>
    <message>
        <source>a mission that is %1 cannot become %2; the next status can be: %3.</source>
        <extracomment>%1 and %2 are mission statuses, %3 the list of allowed ones: &quot;Proposed or Cancelled&quot;</extracomment>
        <translation>لا يمكن لبعثة %1 أن تصبح %2؛ والحالة التالية يمكن أن تكون: %3.</translation>
    </message>
</context>
<context>
    <name>PlanWorker</name>
    <message>
        <source>Cannot open the database in the planning thread.</source>
        <translation>تعذّر فتح قاعدة البيانات في سلسلة معالجة التخطيط.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReport</name>
    <message>
        <source>COMSTECH Expert Service — Programme Report</source>
        <translation>خدمة الخبراء التابعة للكومستيك — تقرير البرنامج</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>report table headers</extracomment>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Needs submitted by sector</source>
        <translation>الاحتياجات المقدَّمة حسب القطاع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Needs received and fulfilled by country</source>
        <translation>الاحتياجات المستلَمة والمُلبّاة حسب الدولة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَمة</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>المُلبّاة</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>معدل التلبية</translation>
    </message>
    <message>
        <source>Received: needs submitted in the period, whatever their status. Fulfilled: needs fulfilled, or closed after a completed or evaluated mission.</source>
        <translation>المستلَمة: الاحتياجات المقدَّمة خلال الفترة أيًّا كانت حالتها. المُلبّاة: الاحتياجات التي لُبّيت، أو التي أُغلقت بعد بعثة مكتملة أو تم تقييمها.</translation>
    </message>
    <message>
        <source>COMSTECH Expert Service</source>
        <translation>خدمة الخبراء التابعة للكومستيك</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>footer of every report page</extracomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Could not start the report. Check that the file or printer can be written to.</source>
        <translation>تعذّر بدء التقرير. تأكد من إمكانية الكتابة في الملف أو الإرسال إلى الطابعة.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and that you may write there.</source>
        <translation>تعذّرت كتابة ملف PDF %1. تأكد من وجود المجلد ومن امتلاكك صلاحية الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>تعذّر %1: %2</translation>
    </message>
</context>
<context>
    <name>SetTranslationCommand</name>
    <message>
        <source>remove %1 translation of %2</source>
        <translation>إزالة ترجمة %2 إلى %1</translation>
    </message>
    <message>
        <source>translate %1 into %2</source>
        <extracomment>undo history entry: &quot;translate Title into French&quot;</extracomment>
        <translation>ترجمة %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>الملف %1 فارغ: لا يحتوي على صف العناوين.</translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a spoken language and its level 1–4, e.g. &quot;fr (4)&quot;
----------
the id of a linked record and its code or name, e.g. &quot;0193… (N-2611-DF399)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>manufacturer and model of a piece of equipment, e.g. &quot;Siemens Magnetom Aera&quot;
----------
an ISO country code and the country&apos;s name, e.g. &quot;SN Senegal&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a period of dates, e.g. &quot;2026-12-01–2026-12-20&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>column header of the record id in list tables</extracomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Created %1 by %2; last changed %3 by %4.</source>
        <translation>أُنشئ في %1 بواسطة %2؛ وآخر تعديل في %3 بواسطة %4.</translation>
    </message>
</context>
<context>
    <name>UpdateRecordCommand</name>
    <message>
        <source>change %1 of %2</source>
        <extracomment>undo history entry; %1 is a field name, %2 the kind of record: &quot;change E-mail of expert&quot;</extracomment>
        <translation>تغيير %1 لسجل %2</translation>
    </message>
    <message>
        <source>edit %1</source>
        <extracomment>undo history entry; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>تعديل %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>تعذّر إنشاء المجلد %1 لقاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>XlsxTableReader</name>
    <message>
        <source>%1 is damaged: its part %2 cannot be read.</source>
        <translation>الملف %1 تالف: تتعذّر قراءة جزئه %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: its text cells cannot be read (%2).</source>
        <translation>الملف %1 تالف: تتعذّر قراءة خلاياه النصية (%2).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>الملف %1 ليس مصنّف Excel ‏(⁦.xlsx⁩)‏ قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>لا يحتوي %1 على أي ورقة عمل.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read.</source>
        <translation>الملف %1 تالف: تتعذّر قراءة ورقة العمل.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read past row %2.</source>
        <translation>الملف %1 تالف: تتعذّر قراءة ورقة العمل بعد الصف %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet ends in the middle of row %2.</source>
        <translation>الملف %1 تالف: تنتهي ورقة العمل في منتصف الصف %2.</translation>
    </message>
    <message>
        <source>%1 is damaged at row %2: %3.</source>
        <translation>الملف %1 تالف عند الصف %2: %3.</translation>
    </message>
</context>
<context>
    <name>ed</name>
    <message>
        <source>The expert is on missions %1 and %2 at the same time, %3 to %4.</source>
        <extracomment>%1 and %2 are mission codes, %3 and %4 the first and last shared day</extracomment>
        <translation>الخبير مُسنَد إلى البعثتين %1 و%2 في الوقت نفسه، من %3 إلى %4.</translation>
    </message>
    <message>
        <source>Mission %1 falls in a period the expert is unavailable, %2 to %3.</source>
        <translation>تقع البعثة %1 في فترة لا يتوفر فيها الخبير، من %2 إلى %3.</translation>
    </message>
    <message>
        <source>Mission %1 falls in a period the expert is unavailable, %2 to %3 (%4).</source>
        <extracomment>%4 is the reason the expert gave, e.g. &quot;conference&quot;</extracomment>
        <translation>تقع البعثة %1 في فترة لا يتوفر فيها الخبير، من %2 إلى %3 (%4).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>Mission %1 is outside the dates the host prefers (%2).</source>
        <extracomment>%2 describes the host&apos;s preferred dates, e.g. &quot;10/01/2027 to 10/02/2027&quot;</extracomment>
        <translation>تقع البعثة %1 خارج التواريخ التي تفضلها الجهة المضيفة (%2).</translation>
    </message>
    <message>
        <source>The expert&apos;s passport expires on %2, less than %3 months after mission %1 ends.</source>
        <extracomment>%2 is the expiry date, %3 the number of months required after the mission</extracomment>
        <translation>ينتهي جواز سفر الخبير في %2، أي بعد أقل من %3 أشهر من انتهاء البعثة %1.</translation>
    </message>
    <message>
        <source>The expert&apos;s passport expiry date is not recorded; check it before mission %1.</source>
        <translation>تاريخ انتهاء جواز سفر الخبير غير مسجَّل؛ تحقّق منه قبل البعثة %1.</translation>
    </message>
    <message>
        <source>Mission %1 starts on a %2, a weekend day at the host (%3).</source>
        <extracomment>%2 is a weekday (&quot;Friday&quot;), %3 the host country&apos;s rest days (&quot;Friday and Saturday&quot;)</extracomment>
        <translation>تبدأ البعثة %1 يوم %2، وهو يوم عطلة نهاية أسبوع لدى الجهة المضيفة (%3).</translation>
    </message>
</context>
<context>
    <name>ed::ChartPanel</name>
    <message>
        <source>Export…</source>
        <extracomment>button under a dashboard chart</extracomment>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export this chart as PNG, SVG or PDF</source>
        <translation>تصدير هذا المخطط بصيغة PNG أو SVG أو PDF</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one figure of a stacked bar for a screen reader: %1 the status, %2 the number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one bar of a chart for a screen reader: %1 the category, %2 its figures</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ed::Conflict</name>
    <message>
        <source>Double booking</source>
        <translation>حجز مزدوج</translation>
    </message>
    <message>
        <source>Expert unavailable</source>
        <translation>الخبير غير متاح</translation>
    </message>
    <message>
        <source>Outside the preferred dates</source>
        <translation>خارج التواريخ المفضلة</translation>
    </message>
    <message>
        <source>Passport validity</source>
        <translation>صلاحية جواز السفر</translation>
    </message>
    <message>
        <source>Starts on a weekend</source>
        <comment>conflict kind</comment>
        <translation>تبدأ في عطلة نهاية الأسبوع</translation>
    </message>
</context>
<context>
    <name>ed::ConflictsDialog</name>
    <message>
        <source>Conflicts and Failed Changes</source>
        <translation>التعارضات والتغييرات المرفوضة</translation>
    </message>
    <message>
        <source>You and another coordinator changed the same field differently. The server kept its value; choose which one to keep, or write the right one. Your choice is sent with the next sync.</source>
        <translation>غيّرتَ أنت ومنسق آخر الحقل نفسه بقيمتين مختلفتين. احتفظ الخادم بقيمته؛ اختر القيمة التي تريد الاحتفاظ بها، أو اكتب القيمة الصحيحة. يُرسَل اختيارك مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>My value</source>
        <extracomment>column: the value this computer has</extracomment>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <extracomment>column: the value the server has</extracomment>
        <translation>قيمة الخادم</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column: whether the person already chose a value</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Failed changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <extracomment>button in the conflicts view: keep the value made on this computer</extracomment>
        <translation>الاحتفاظ &amp;بقيمتي</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>الاحتفاظ بقيمتي</translation>
    </message>
    <message>
        <source>Keep &amp;Server&apos;s</source>
        <extracomment>button in the conflicts view: keep the value the server has</extracomment>
        <translation>الاحتفاظ بقيمة &amp;الخادم</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>الاحتفاظ بقيمة الخادم</translation>
    </message>
    <message>
        <source>&amp;Other value:</source>
        <translation>&amp;قيمة أخرى:</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>القيمة المراد الاحتفاظ بها</translation>
    </message>
    <message>
        <source>&amp;Use This Value</source>
        <translation>&amp;استخدام هذه القيمة</translation>
    </message>
    <message>
        <source>Use the value written</source>
        <translation>استخدام القيمة المكتوبة</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>رسالة التعارض</translation>
    </message>
    <message>
        <source>Conflicts and failed changes</source>
        <translation>التعارضات والتغييرات المرفوضة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <extracomment>a conflict about a record one side deleted and the other edited</extracomment>
        <translation>حذف السجل أو الإبقاء عليه</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>محتفَظ به</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>an empty value in the conflicts view</extracomment>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the kind of record (&quot;Expert&quot;), %2 its name or code
----------
one changed field in the failed changes list: &quot;Phone: +92 300 …&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a user name, %2 a date and time</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Chosen; sent with the next sync</source>
        <translation>تم الاختيار؛ يُرسَل مع المزامنة التالية</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <extracomment>tab title; %Ln is the number of open conflicts</extracomment>
        <translation>
            <numerusform>التعارضات (%Ln)</numerusform>
            <numerusform>التعارضات (%Ln)</numerusform>
            <numerusform>التعارضات (%Ln)</numerusform>
            <numerusform>التعارضات (%Ln)</numerusform>
            <numerusform>التعارضات (%Ln)</numerusform>
            <numerusform>التعارضات (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed changes (%Ln)</source>
        <extracomment>tab title; %Ln is the number of changes the server refused</extracomment>
        <translation>
            <numerusform>التغييرات المرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات المرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات المرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات المرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات المرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات المرفوضة (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <extracomment>%1 says why the chosen value could not be saved</extracomment>
        <translation>تعذّر حفظ القيمة: %1</translation>
    </message>
    <message>
        <source>Saved. The choice is sent to the server with the next sync.</source>
        <translation>تم الحفظ. يُرسَل الاختيار إلى الخادم مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <extracomment>column: who sent the change that met the conflict, and when</extracomment>
        <translation>سُجِّل</translation>
    </message>
    <message>
        <source>The server refused these changes. They are kept here so that nothing is lost silently; re-enter what is still needed in the record, then dismiss the change.</source>
        <translation>رفض الخادم هذه التغييرات. وهي محفوظة هنا كي لا يضيع شيء دون علمك؛ أعد إدخال ما لا يزال مطلوبًا منها في السجل، ثم أزِل التغيير من القائمة.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Remove the selected refused change from this list (Delete).</source>
        <translation>إزالة التغيير المرفوض المحدد من هذه القائمة (Delete).</translation>
    </message>
    <message>
        <source>Dismiss the selected failed change</source>
        <translation>إزالة التغيير المرفوض المحدد</translation>
    </message>
    <message>
        <source>Dismiss Failed Change</source>
        <translation>إزالة تغيير مرفوض</translation>
    </message>
    <message>
        <source>Dismiss the refused change to %1? The record stays as it is now; the change will no longer be listed.</source>
        <extracomment>%1 is the record the refused change was for</extracomment>
        <translation>هل تريد إزالة التغيير المرفوض على %1؟ يبقى السجل كما هو الآن، ولن يظهر التغيير في القائمة بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>ed::DashboardArea</name>
    <message>
        <source>The dashboard could not be updated: %1</source>
        <translation>تعذّر تحديث لوحة المعلومات: %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Chart saved as %1.</source>
        <translation>حُفظ المخطط باسم %1.</translation>
    </message>
    <message>
        <source>Export Programme Report</source>
        <translation>تصدير تقرير البرنامج</translation>
    </message>
    <message>
        <source>programme-report.pdf</source>
        <translation>programme-report.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>حُفظ التقرير باسم %1.</translation>
    </message>
    <message>
        <source>Print Programme Report</source>
        <translation>طباعة تقرير البرنامج</translation>
    </message>
    <message>
        <source>&amp;Refresh Dashboard</source>
        <extracomment>action: recompute the dashboard now</extracomment>
        <translation>&amp;تحديث لوحة المعلومات</translation>
    </message>
    <message>
        <source>Export Programme &amp;Report (PDF)…</source>
        <translation>&amp;تصدير تقرير البرنامج (PDF)…</translation>
    </message>
    <message>
        <source>Save the KPIs, charts and summary tables as a PDF for the ministry</source>
        <translation>حفظ مؤشرات الأداء الرئيسية والمخططات والجداول الموجزة في ملف PDF لتقديمه إلى الوزارة</translation>
    </message>
    <message>
        <source>&amp;Print Programme Report…</source>
        <translation>&amp;طباعة تقرير البرنامج…</translation>
    </message>
    <message>
        <source>Needs by sector and country (click a cell for the list)</source>
        <extracomment>heading of the sector × country table</extracomment>
        <translation>الاحتياجات حسب القطاع والدولة (انقر على خلية لعرض القائمة)</translation>
    </message>
    <message>
        <source>Needs by sector and country</source>
        <translation>الاحتياجات حسب القطاع والدولة</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <extracomment>file type choices of the chart export dialog</extracomment>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg);;مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The programme report is ready to send.</source>
        <translation>تقرير البرنامج جاهز للإرسال.</translation>
    </message>
</context>
<context>
    <name>ed::DashboardFilterBar</name>
    <message>
        <source>All sectors</source>
        <extracomment>dashboard filter choice: do not filter by sector</extracomment>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>All countries</source>
        <extracomment>dashboard filter choice: do not filter by country</extracomment>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>dashboard filter: first day of the period</extracomment>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <extracomment>dashboard filter: last day of the period</extracomment>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>Show one sector only</source>
        <translation>عرض قطاع واحد فقط</translation>
    </message>
    <message>
        <source>Show one country only</source>
        <translation>عرض دولة واحدة فقط</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>button: back to the last 12 months and the next 6, all sectors and countries</extracomment>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Reset the dashboard filters</source>
        <translation>إعادة تعيين عوامل تصفية لوحة المعلومات</translation>
    </message>
    <message>
        <source>The last 12 months and the next 6, all sectors and countries</source>
        <translation>الأشهر الاثنا عشر الماضية والأشهر الستة القادمة، وكل القطاعات والدول</translation>
    </message>
</context>
<context>
    <name>ed::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the folder exists and you may write to it.</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2. تأكد من وجود المجلد ومن امتلاكك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>This database was written by a newer Expert Desk (schema %1; this version knows up to %2). Install the newer version to open it; nothing was changed.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من Expert Desk (المخطط %1؛ ويدعم هذا الإصدار حتى المخطط %2). ثبّت الإصدار الأحدث لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema %1: %2. The database is unchanged.</source>
        <translation>تعذّرت ترقية قاعدة البيانات إلى المخطط %1: %2. لم تتغير قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>ed::DirectoryPage</name>
    <message>
        <source>COMSTECH Expert Directory</source>
        <translation>دليل خبراء الكومستك</translation>
    </message>
    <message>
        <source>Experts of the COMSTECH Expert Service who agreed to be listed in this directory.</source>
        <translation>خبراء خدمة الخبرة في الكومستك الذين وافقوا على إدراجهم في هذا الدليل.</translation>
    </message>
    <message>
        <source>Search by name, country, sector, skill…</source>
        <translation>ابحث بالاسم أو البلد أو القطاع أو المهارة…</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <extracomment>%1 experts shown of %2 in all</extracomment>
        <translation>المعروض: %1 من %2</translation>
    </message>
    <message>
        <source>No expert matches the search.</source>
        <translation>لا يوجد خبير يطابق البحث.</translation>
    </message>
    <message>
        <source>Published on %1.</source>
        <translation>نُشر في %1.</translation>
    </message>
    <message>
        <source>Other languages:</source>
        <translation>لغات أخرى:</translation>
    </message>
</context>
<context>
    <name>ed::EntityTexts</name>
    <message>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Search experts by name, skill, equipment or employer…</source>
        <translation>ابحث عن الخبراء بالاسم أو المهارة أو المعدات أو جهة العمل…</translation>
    </message>
    <message>
        <source>Search institutions by name, city or focal person…</source>
        <translation>ابحث عن المؤسسات بالاسم أو المدينة أو مسؤول الاتصال…</translation>
    </message>
    <message>
        <source>Search needs by reference, title or equipment…</source>
        <translation>ابحث عن الاحتياجات بالرقم المرجعي أو العنوان أو المعدات…</translation>
    </message>
    <message>
        <source>Search missions by reference or notes…</source>
        <translation>ابحث عن البعثات بالرقم المرجعي أو الملاحظات…</translation>
    </message>
    <message>
        <source>Search evaluations…</source>
        <translation>ابحث في التقييمات…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln خبير</numerusform>
            <numerusform>خبير واحد</numerusform>
            <numerusform>خبيران</numerusform>
            <numerusform>%Ln خبراء</numerusform>
            <numerusform>%Ln خبيرًا</numerusform>
            <numerusform>%Ln خبير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln مؤسسة</numerusform>
            <numerusform>مؤسسة واحدة</numerusform>
            <numerusform>مؤسستان</numerusform>
            <numerusform>%Ln مؤسسات</numerusform>
            <numerusform>%Ln مؤسسة</numerusform>
            <numerusform>%Ln مؤسسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln احتياج</numerusform>
            <numerusform>احتياج واحد</numerusform>
            <numerusform>احتياجان</numerusform>
            <numerusform>%Ln احتياجات</numerusform>
            <numerusform>%Ln احتياجًا</numerusform>
            <numerusform>%Ln احتياج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln بعثة</numerusform>
            <numerusform>بعثة واحدة</numerusform>
            <numerusform>بعثتان</numerusform>
            <numerusform>%Ln بعثات</numerusform>
            <numerusform>%Ln بعثة</numerusform>
            <numerusform>%Ln بعثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln تقييم</numerusform>
            <numerusform>تقييم واحد</numerusform>
            <numerusform>تقييمان</numerusform>
            <numerusform>%Ln تقييمات</numerusform>
            <numerusform>%Ln تقييمًا</numerusform>
            <numerusform>%Ln تقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the expert “%1”? You can undo this with Edit › Undo.</source>
        <translation>هل تريد حذف الخبير «%1»؟ يمكنك التراجع عن ذلك من تحرير › تراجع.</translation>
    </message>
    <message>
        <source>Delete the institution “%1”? You can undo this with Edit › Undo.</source>
        <translation>هل تريد حذف المؤسسة «%1»؟ يمكنك التراجع عن ذلك من تحرير › تراجع.</translation>
    </message>
    <message>
        <source>Delete the need “%1”? You can undo this with Edit › Undo.</source>
        <translation>هل تريد حذف الاحتياج «%1»؟ يمكنك التراجع عن ذلك من تحرير › تراجع.</translation>
    </message>
    <message>
        <source>Delete the mission “%1”? You can undo this with Edit › Undo.</source>
        <translation>هل تريد حذف البعثة «%1»؟ يمكنك التراجع عن ذلك من تحرير › تراجع.</translation>
    </message>
    <message>
        <source>Delete the evaluation “%1”? You can undo this with Edit › Undo.</source>
        <translation>هل تريد حذف التقييم «%1»؟ يمكنك التراجع عن ذلك من تحرير › تراجع.</translation>
    </message>
    <message>
        <source>Export Experts</source>
        <translation>تصدير الخبراء</translation>
    </message>
    <message>
        <source>Export Institutions</source>
        <translation>تصدير المؤسسات</translation>
    </message>
    <message>
        <source>Export Needs</source>
        <translation>تصدير الاحتياجات</translation>
    </message>
    <message>
        <source>Export Missions</source>
        <translation>تصدير المهمات</translation>
    </message>
    <message>
        <source>Export Evaluations</source>
        <translation>تصدير التقييمات</translation>
    </message>
    <message>
        <source>No expert matches “%1”.</source>
        <translation>لا يوجد خبير يطابق «%1».</translation>
    </message>
    <message>
        <source>No institution matches “%1”.</source>
        <translation>لا توجد مؤسسة تطابق «%1».</translation>
    </message>
    <message>
        <source>No need matches “%1”.</source>
        <translation>لا يوجد احتياج يطابق «%1».</translation>
    </message>
    <message>
        <source>No mission matches “%1”.</source>
        <translation>لا توجد بعثة تطابق «%1».</translation>
    </message>
    <message>
        <source>No evaluation matches “%1”.</source>
        <translation>لا يوجد تقييم يطابق «%1».</translation>
    </message>
    <message>
        <source>No expert matches these filters.</source>
        <translation>لا يوجد خبير يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No institution matches these filters.</source>
        <translation>لا توجد مؤسسة تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No need matches these filters.</source>
        <translation>لا يوجد احتياج يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No mission matches these filters.</source>
        <translation>لا توجد بعثة تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No evaluation matches these filters.</source>
        <translation>لا يوجد تقييم يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>To see more, clear the search or set the filters back to “All”.</source>
        <translation>لعرض المزيد، امسح البحث أو أعد عوامل التصفية إلى «الكل».</translation>
    </message>
    <message>
        <source>Every word must begin a word of the record: try fewer or shorter words.</source>
        <translation>يجب أن تكون كل كلمة بداية كلمة في السجل: جرّب كلمات أقل أو أقصر.</translation>
    </message>
    <message>
        <source>Nothing here yet: add a record with New (Ctrl+N), or bring in JotForm submissions (File › Import JotForm Submissions…).</source>
        <extracomment>an empty list with no search and no filter</extracomment>
        <translation>لا شيء هنا بعد: أضف سجلًا بالأمر «جديد» (Ctrl+N)، أو استورد إرسالات JotForm (ملف › استيراد إرسالات JotForm…).</translation>
    </message>
</context>
<context>
    <name>ed::EvaluationDialog</name>
    <message>
        <source>Evaluate mission %1</source>
        <extracomment>dialog title; %1 is a mission code</extracomment>
        <translation>تقييم البعثة %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>بلا تقدير</translation>
    </message>
</context>
<context>
    <name>ed::ExpertDirectory</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the directory in %1.</source>
        <translation>تعذّرت كتابة الدليل في %1.</translation>
    </message>
</context>
<context>
    <name>ed::FieldEditor</name>
    <message>
        <source>Not set</source>
        <extracomment>shown in an empty number field
----------
shown in an empty choice field
----------
the empty choice of an optional choice field</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a language in a choice: %1 its name in the UI language, %2 its own name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ed::IcsExport</name>
    <message>
        <source>confirmed</source>
        <translation>تم التأكيد</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>لم يتم التأكيد بعد</translation>
    </message>
    <message>
        <source>Mission %1 — status: %2</source>
        <extracomment>ICS event description; %1 is the mission code, %2 its status</extracomment>
        <translation>البعثة %1 — الحالة: %2</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>سبب الإلغاء: %1</translation>
    </message>
    <message>
        <source>Economy airfare paid by COMSTECH: %1</source>
        <extracomment>%1 is an amount with its currency, e.g. &quot;850.00 USD&quot;</extracomment>
        <translation>تذكرة الطيران بالدرجة الاقتصادية على نفقة الكومستيك: %1</translation>
    </message>
    <message>
        <source>not booked yet</source>
        <translation>لم تُحجز بعد</translation>
    </message>
    <message>
        <source>Host provides — hotel: %1; local transport: %2; meals: %3</source>
        <translation>ما توفره الجهة المضيفة — الفندق: %1؛ النقل المحلي: %2؛ الوجبات: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>ICS event title; %1 is the expert&apos;s name, %2 the need&apos;s title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>ed::IcsImport</name>
    <message>
        <source>The file is not an iCalendar (.ics) file.</source>
        <translation>الملف ليس ملف iCalendar (.ics).</translation>
    </message>
    <message>
        <source>No expert has the id &quot;%1&quot;.</source>
        <translation>لا يوجد خبير بالمعرّف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>ed::ImportFilePage</name>
    <message>
        <source>Choose the export</source>
        <translation>اختر ملف التصدير</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file exported from JotForm.</source>
        <translation>ملف CSV أو Excel ‏(⁦.xlsx⁩)‏ مُصدَّر من JotForm.</translation>
    </message>
    <message>
        <source>&amp;Expert registrations</source>
        <translation>تسجيلات &amp;الخبراء</translation>
    </message>
    <message>
        <source>&amp;Need assessments</source>
        <translation>تقييمات &amp;الاحتياجات</translation>
    </message>
    <message>
        <source>The form the submissions come from:</source>
        <translation>النموذج الذي جاءت منه الإرسالات:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Import JotForm submissions</source>
        <translation>استيراد إرسالات JotForm</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.xlsx *.txt);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ed::ImportLogDialog</name>
    <message>
        <source>Import log</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>كيف انتهى</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>import log columns: what became of the rows of a run</extracomment>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدّثة</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدموجة</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>مستوردة سابقًا</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم تُستورد</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>&amp;Save Problems As…</source>
        <translation>&amp;حفظ المشكلات باسم…</translation>
    </message>
    <message>
        <source>Write the selected import&apos;s problems to a CSV table, to correct the spreadsheet</source>
        <translation>كتابة مشكلات الاستيراد المحدد في جدول CSV لتصحيح جدول البيانات</translation>
    </message>
    <message>
        <source>Need assessments</source>
        <translation>تقييمات الاحتياجات</translation>
    </message>
    <message>
        <source>Expert registrations</source>
        <translation>تسجيلات الخبراء</translation>
    </message>
    <message>
        <source>The rows before were kept; import the file again to finish.</source>
        <translation>حُفظت الصفوف السابقة؛ استورد الملف مرة أخرى لإكماله.</translation>
    </message>
    <message>
        <source>The import log could not be read: %1</source>
        <translation>تعذّرت قراءة سجل الاستيراد: %1</translation>
    </message>
    <message>
        <source>Nothing has been imported on this computer yet (File › Import JotForm Submissions…).</source>
        <translation>لم يُستورد شيء على هذا الحاسوب بعد (ملف › استيراد إرسالات JotForm…).</translation>
    </message>
    <message>
        <source>This import reported no problem.</source>
        <translation>لم يُبلّغ هذا الاستيراد عن أي مشكلة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) reported by this import, by row of the file:</source>
        <translation>
            <numerusform>لم يُبلّغ هذا الاستيراد عن أي مشكلة:</numerusform>
            <numerusform>مشكلة واحدة أبلغ عنها هذا الاستيراد، حسب صف الملف:</numerusform>
            <numerusform>مشكلتان أبلغ عنهما هذا الاستيراد، حسب صف الملف:</numerusform>
            <numerusform>%Ln مشكلات أبلغ عنها هذا الاستيراد، حسب صف الملف:</numerusform>
            <numerusform>%Ln مشكلة أبلغ عنها هذا الاستيراد، حسب صف الملف:</numerusform>
            <numerusform>%Ln مشكلة أبلغ عنها هذا الاستيراد، حسب صف الملف:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) written to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي مشكلة في %1.</numerusform>
            <numerusform>كُتبت مشكلة واحدة في %1.</numerusform>
            <numerusform>كُتبت مشكلتان في %1.</numerusform>
            <numerusform>كُتبت %Ln مشكلات في %1.</numerusform>
            <numerusform>كُتبت %Ln مشكلة في %1.</numerusform>
            <numerusform>كُتبت %Ln مشكلة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <extracomment>suggested file name for the problems of an import of FILE; keep %1</extracomment>
        <translation>%1 - المشكلات.csv</translation>
    </message>
    <message>
        <source>Save the import&apos;s problems</source>
        <translation>حفظ مشكلات الاستيراد</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ed::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Columns left on &quot;Not imported&quot; are skipped; your choices are kept for the next import of this form.</source>
        <translation>كل عمود في الملف والحقل الذي يملؤه. تُتخطّى الأعمدة المتروكة على «لا يُستورد»، وتُحفظ اختياراتك للاستيراد القادم من هذا النموذج.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>يُستورد إلى</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>Every column is matched.</source>
        <translation>طوبقت كل الأعمدة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) not recognised, not imported: %1</source>
        <translation>
            <numerusform>لا أعمدة غير معروفة: %1</numerusform>
            <numerusform>عمود واحد غير معروف لن يُستورد: %1</numerusform>
            <numerusform>عمودان غير معروفين لن يُستوردا: %1</numerusform>
            <numerusform>%Ln أعمدة غير معروفة لن تُستورد: %1</numerusform>
            <numerusform>%Ln عمودًا غير معروف لن يُستورد: %1</numerusform>
            <numerusform>%Ln عمود غير معروف لن يُستورد: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ImportProblemTable</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>الصف كله</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
</context>
<context>
    <name>ed::ImportReviewDialog</name>
    <message>
        <source>Possible duplicates from imports</source>
        <translation>مكررات محتملة من عمليات الاستيراد</translation>
    </message>
    <message>
        <source>Each submission was not imported because it may be an expert already in the database. Merge it into that expert, or keep them apart to add it as a new one.</source>
        <translation>لم يُستورد كل إرسال هنا لأنه قد يكون لخبير موجود في قاعدة البيانات. ادمجه في ذلك الخبير، أو أبقهما منفصلين لإضافته خبيرًا جديدًا.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Expert already in the database</source>
        <translation>خبير موجود في قاعدة البيانات</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing expert</source>
        <translation>&amp;ادمج في الخبير الموجود</translation>
    </message>
    <message>
        <source>&amp;Keep apart (new expert)</source>
        <translation>&amp;أبقهما منفصلين (خبير جديد)</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(حُذف منذ ذلك)</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>لا شيء بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>تم الدمج.</translation>
    </message>
    <message>
        <source>Added as a new expert.</source>
        <translation>أُضيف خبيرًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>ed::ImportRunPage</name>
    <message>
        <source>Check the rows</source>
        <translation>التحقق من الصفوف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Every row read and checked; nothing is written yet. Rows with a problem are listed with their row number as the spreadsheet shows it.</source>
        <translation>يُقرأ كل صف ويُتحقق منه، ولم يُكتب شيء بعد. تُعرض الصفوف التي فيها مشكلة برقمها كما يظهر في جدول البيانات.</translation>
    </message>
    <message>
        <source>The good rows are imported; rows with a problem are kept in the import log.</source>
        <translation>تُستورد الصفوف السليمة، وتُحفظ الصفوف التي فيها مشكلة في سجل الاستيراد.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s) to import</source>
        <translation>
            <numerusform>لا سجلات جديدة للاستيراد</numerusform>
            <numerusform>سجل جديد واحد للاستيراد</numerusform>
            <numerusform>سجلان جديدان للاستيراد</numerusform>
            <numerusform>%Ln سجلات جديدة للاستيراد</numerusform>
            <numerusform>%Ln سجلًا جديدًا للاستيراد</numerusform>
            <numerusform>%Ln سجل جديد للاستيراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي سجل جديد</numerusform>
            <numerusform>استُورد سجل جديد واحد</numerusform>
            <numerusform>استُورد سجلان جديدان</numerusform>
            <numerusform>استُوردت %Ln سجلات جديدة</numerusform>
            <numerusform>استُورد %Ln سجلًا جديدًا</numerusform>
            <numerusform>استُورد %Ln سجل جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>لا شيء للتحديث</numerusform>
            <numerusform>واحد للتحديث</numerusform>
            <numerusform>اثنان للتحديث</numerusform>
            <numerusform>%Ln للتحديث</numerusform>
            <numerusform>%Ln للتحديث</numerusform>
            <numerusform>%Ln للتحديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>لم يُحدَّث شيء</numerusform>
            <numerusform>حُدِّث واحد</numerusform>
            <numerusform>حُدِّث اثنان</numerusform>
            <numerusform>حُدِّثت %Ln</numerusform>
            <numerusform>حُدِّث %Ln</numerusform>
            <numerusform>حُدِّث %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to merge into an existing expert</source>
        <translation>
            <numerusform>لا شيء للدمج في خبير موجود</numerusform>
            <numerusform>واحد للدمج في خبير موجود</numerusform>
            <numerusform>اثنان للدمج في خبراء موجودين</numerusform>
            <numerusform>%Ln للدمج في خبراء موجودين</numerusform>
            <numerusform>%Ln للدمج في خبراء موجودين</numerusform>
            <numerusform>%Ln للدمج في خبراء موجودين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into an existing expert</source>
        <translation>
            <numerusform>لم يُدمج شيء في خبير موجود</numerusform>
            <numerusform>دُمج واحد في خبير موجود</numerusform>
            <numerusform>دُمج اثنان في خبراء موجودين</numerusform>
            <numerusform>دُمجت %Ln في خبراء موجودين</numerusform>
            <numerusform>دُمج %Ln في خبراء موجودين</numerusform>
            <numerusform>دُمج %Ln في خبراء موجودين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside for review as possible duplicate(s)</source>
        <translation>
            <numerusform>لا شيء منحّى للمراجعة</numerusform>
            <numerusform>واحد منحّى للمراجعة كمكرر محتمل</numerusform>
            <numerusform>اثنان منحّيان للمراجعة كمكررين محتملين</numerusform>
            <numerusform>%Ln منحّاة للمراجعة كمكررات محتملة</numerusform>
            <numerusform>%Ln منحّى للمراجعة كمكررات محتملة</numerusform>
            <numerusform>%Ln منحّى للمراجعة كمكررات محتملة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>لا شيء مستورد سابقًا</numerusform>
            <numerusform>واحد مستورد سابقًا</numerusform>
            <numerusform>اثنان مستوردان سابقًا</numerusform>
            <numerusform>%Ln مستوردة سابقًا</numerusform>
            <numerusform>%Ln مستوردًا سابقًا</numerusform>
            <numerusform>%Ln مستورد سابقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a problem, not imported</source>
        <translation>
            <numerusform>لا صفوف فيها مشكلة</numerusform>
            <numerusform>صف واحد فيه مشكلة لم يُستورد</numerusform>
            <numerusform>صفان فيهما مشكلة لم يُستوردا</numerusform>
            <numerusform>%Ln صفوف فيها مشكلة لم تُستورد</numerusform>
            <numerusform>%Ln صفًا فيه مشكلة لم يُستورد</numerusform>
            <numerusform>%Ln صف فيه مشكلة لم يُستورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: </source>
        <translation>
            <numerusform>لم يُقرأ أي صف: </numerusform>
            <numerusform>قُرئ صف واحد: </numerusform>
            <numerusform>قُرئ صفان: </numerusform>
            <numerusform>قُرئت %Ln صفوف: </numerusform>
            <numerusform>قُرئ %Ln صفًا: </numerusform>
            <numerusform>قُرئ %Ln صف: </numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the rows before were kept; import the file again to finish.</source>
        <translation>أُوقف: حُفظت الصفوف السابقة؛ استورد الملف مرة أخرى لإكماله.</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1</source>
        <translation>تعذّرت قراءة الملف حتى نهايته: %1</translation>
    </message>
</context>
<context>
    <name>ed::ImportWizard</name>
    <message>
        <source>Import JotForm submissions</source>
        <translation>استيراد إرسالات JotForm</translation>
    </message>
</context>
<context>
    <name>ed::JsonListEditor</name>
    <message>
        <source>Level (1–4)</source>
        <translation>المستوى (١–٤)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>الشركة المصنّعة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <extracomment>column header: the skill is required, not just welcome</extracomment>
        <translation>إلزامية</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>adds a row to a list such as languages or skills</extracomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <extracomment>%1 is the name of a list field, e.g. &quot;Languages&quot;</extracomment>
        <translation>إضافة صف إلى %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>removes the selected row of a list such as languages or skills</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <extracomment>%1 is the name of a list field, e.g. &quot;Languages&quot;</extracomment>
        <translation>إزالة الصف المحدد من %1</translation>
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message>
        <source>Expert Desk</source>
        <translation>Expert Desk</translation>
    </message>
    <message>
        <source>&amp;Experts</source>
        <translation>&amp;الخبراء</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;الاحتياجات</translation>
    </message>
    <message>
        <source>&amp;Missions</source>
        <translation>&amp;البعثات</translation>
    </message>
    <message>
        <source>Show the expert roster</source>
        <translation>عرض قائمة الخبراء</translation>
    </message>
    <message>
        <source>Show the needs and the institutions</source>
        <translation>عرض الاحتياجات والمؤسسات</translation>
    </message>
    <message>
        <source>Show the missions</source>
        <translation>عرض البعثات</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>toolbar/menu action: start a new record in the current area</extracomment>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>Start a new record in the current list</source>
        <translation>بدء سجل جديد في القائمة الحالية</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the record in the form</source>
        <translation>حفظ السجل المعروض في النموذج</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <extracomment>undo the unsaved changes in the form</extracomment>
        <translation>&amp;استرجاع</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes in the form</source>
        <translation>تجاهل التغييرات غير المحفوظة في النموذج</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>حذف السجل المحدد</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>البحث في القائمة الحالية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>Edit menu: opens the settings dialog (language)</extracomment>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>Change the language and other settings</source>
        <translation>تغيير اللغة والإعدادات الأخرى</translation>
    </message>
    <message>
        <source>&amp;About Expert Desk</source>
        <translation>&amp;حول Expert Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>menu title; keep an &amp; before the letter that opens the menu with Alt</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>menu title</extracomment>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>menu title</extracomment>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>submenu of View: the language of the user interface</extracomment>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>menu title</extracomment>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>name of the main toolbar (shown when the user right-clicks the toolbar area)</extracomment>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <source>Needs and institutions</source>
        <translation>الاحتياجات والمؤسسات</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>عدد السجلات</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 is what would be undone, e.g. &quot;edit expert&quot;</extracomment>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>%1 is what would be redone, e.g. &quot;edit expert&quot;</extracomment>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;إعادة %1</translation>
    </message>
    <message>
        <source>About Expert Desk</source>
        <translation>حول Expert Desk</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>جارٍ إنشاء البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>تعذّر إنشاء البيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them now?</source>
        <translation>في النموذج تغييرات لم تُحفظ. هل تريد حفظها الآن؟</translation>
    </message>
    <message>
        <source>M&amp;atching</source>
        <translation>&amp;المطابقة</translation>
    </message>
    <message>
        <source>Match experts to open needs</source>
        <translation>مطابقة الخبراء مع الاحتياجات المفتوحة</translation>
    </message>
    <message>
        <source>Ma&amp;tching</source>
        <extracomment>menu title: matching experts to needs</extracomment>
        <translation>&amp;المطابقة</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <extracomment>area of the main window: translating the texts of records</extracomment>
        <translation>&amp;الترجمات</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <extracomment>area of the main window: month calendar and timeline of missions</extracomment>
        <translation>&amp;التقويم</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <extracomment>area of the main window: charts and reports for managers</extracomment>
        <translation>&amp;لوحة المعلومات</translation>
    </message>
    <message>
        <source>Translate titles, descriptions, names and biographies</source>
        <translation>ترجمة العناوين والأوصاف والأسماء والسير الذاتية</translation>
    </message>
    <message>
        <source>Show the missions on a calendar and a timeline per expert</source>
        <translation>عرض البعثات في تقويم وفي مخطط زمني لكل خبير</translation>
    </message>
    <message>
        <source>Show charts and reports on the programme</source>
        <translation>عرض المخططات والتقارير الخاصة بالبرنامج</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <extracomment>menu title: calendar export/import and calendar options</extracomment>
        <translation>&amp;التقويم</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <extracomment>menu title: dashboard refresh, report export and printing</extracomment>
        <translation>&amp;التقارير</translation>
    </message>
    <message>
        <source>Sign &amp;In to a Server…</source>
        <extracomment>File menu: opens the dialog to sign in to (or out of) the sync server</extracomment>
        <translation>&amp;تسجيل الدخول إلى خادم…</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s server to share changes</source>
        <translation>تسجيل الدخول إلى خادم مؤسستك لمشاركة التغييرات</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <extracomment>File menu: send local changes to the server and fetch the others&apos; now</extracomment>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch the others&apos; now</source>
        <translation>إرسال تغييراتك إلى الخادم وجلب تغييرات الآخرين الآن</translation>
    </message>
    <message>
        <source>&amp;Conflicts and Failed Changes…</source>
        <translation>&amp;التعارضات والتغييرات المرفوضة…</translation>
    </message>
    <message>
        <source>Choose between your value and the server&apos;s where both changed</source>
        <translation>الاختيار بين قيمتك وقيمة الخادم حيث تغيّرت كلتاهما</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expert Desk %1&lt;/h3&gt;&lt;p&gt;The desktop application of the COMSTECH Expert Service: volunteer engineers from the OIC member states train staff and maintain equipment at institutions in other member states.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 COMSTECH. Free software under the GNU General Public License, version 3 or later; it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Expert Desk %1&lt;/h3&gt;&lt;p&gt;تطبيق سطح المكتب لخدمة الخبراء التابعة للكومستيك: مهندسون متطوعون من الدول الأعضاء في منظمة التعاون الإسلامي يدرّبون الكوادر ويصونون المعدات في مؤسسات بدول أعضاء أخرى.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %2.&lt;/p&gt;&lt;p&gt;حقوق النشر © 2026 الكومستيك. برنامج حر مرخَّص بموجب رخصة جنو العمومية العامة (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق؛ ويُقدَّم دون أي ضمان.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>ترجمة غير محفوظة</translation>
    </message>
    <message>
        <source>The translation in the editor is not saved. Save it now?</source>
        <translation>الترجمة في المحرر غير محفوظة. هل تريد حفظها الآن؟</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln new record(s).</source>
        <translation>
            <numerusform>اكتمل الاستيراد: لا سجلات جديدة.</numerusform>
            <numerusform>اكتمل الاستيراد: سجل جديد واحد.</numerusform>
            <numerusform>اكتمل الاستيراد: سجلان جديدان.</numerusform>
            <numerusform>اكتمل الاستيراد: %Ln سجلات جديدة.</numerusform>
            <numerusform>اكتمل الاستيراد: %Ln سجلًا جديدًا.</numerusform>
            <numerusform>اكتمل الاستيراد: %Ln سجل جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import JotForm Submissions…</source>
        <translation>&amp;استيراد إرسالات JotForm…</translation>
    </message>
    <message>
        <source>Bring in expert registrations or need assessments exported from JotForm (CSV or XLSX)</source>
        <translation>استيراد تسجيلات الخبراء أو تقييمات الاحتياجات المُصدَّرة من JotForm ‏(CSV أو XLSX)</translation>
    </message>
    <message>
        <source>&amp;Review Possible Duplicates…</source>
        <translation>&amp;مراجعة المكررات المحتملة…</translation>
    </message>
    <message>
        <source>Merge or keep apart the submissions an import set aside as possibly an expert already in the database</source>
        <translation>دمج الإرسالات التي نحّاها الاستيراد بوصفها قد تكون لخبير موجود في قاعدة البيانات، أو إبقاؤها منفصلة</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Public Expert Directory</source>
        <translation>الدليل العام للخبراء</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <extracomment>File menu: writes the records of the current list (with its search and filters) to a file</extracomment>
        <translation>&amp;تصدير القائمة…</translation>
    </message>
    <message>
        <source>Write the records the list shows, with its search and filters, as a CSV table, an Excel workbook or JSON</source>
        <translation>كتابة السجلات المعروضة في القائمة، مع بحثها ومرشحاتها، في جدول CSV أو مصنف Excel أو JSON</translation>
    </message>
    <message>
        <source>Export Public &amp;Directory…</source>
        <translation>تصدير &amp;الدليل العام…</translation>
    </message>
    <message>
        <source>Write the directory of experts who agreed to be listed, as web pages in English, French and Arabic, for the COMSTECH website</source>
        <translation>كتابة دليل الخبراء الذين وافقوا على إدراجهم، في صفحات ويب بالإنجليزية والفرنسية والعربية، لموقع الكومستيك</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not imported; their problems are in File › Import Log.</source>
        <translation>
            <numerusform>لم يُستبعد أي صف.</numerusform>
            <numerusform>لم يُستورد صف واحد؛ مشكلاته في ملف › سجل الاستيراد.</numerusform>
            <numerusform>لم يُستورد صفان؛ مشكلاتهما في ملف › سجل الاستيراد.</numerusform>
            <numerusform>لم تُستورد %Ln صفوف؛ مشكلاتها في ملف › سجل الاستيراد.</numerusform>
            <numerusform>لم يُستورد %Ln صفًا؛ مشكلاتها في ملف › سجل الاستيراد.</numerusform>
            <numerusform>لم يُستورد %Ln صف؛ مشكلاتها في ملف › سجل الاستيراد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Log…</source>
        <translation>&amp;سجل الاستيراد…</translation>
    </message>
    <message>
        <source>Every import made on this computer, how it ended, and the problems of its rows</source>
        <translation>كل استيراد جرى على هذا الحاسوب، وكيف انتهى، ومشكلات صفوفه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي سجل في %1.</numerusform>
            <numerusform>كُتب سجل واحد في %1.</numerusform>
            <numerusform>كُتب سجلان في %1.</numerusform>
            <numerusform>كُتبت %Ln سجلات في %1.</numerusform>
            <numerusform>كُتب %Ln سجلًا في %1.</numerusform>
            <numerusform>كُتب %Ln سجل في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exported.</source>
        <translation>
            <numerusform>لم يُصدَّر أي سجل.</numerusform>
            <numerusform>صُدِّر سجل واحد.</numerusform>
            <numerusform>صُدِّر سجلان.</numerusform>
            <numerusform>صُدِّرت %Ln سجلات.</numerusform>
            <numerusform>صُدِّر %Ln سجلًا.</numerusform>
            <numerusform>صُدِّر %Ln سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public directory of %Ln expert(s) written to %1.</source>
        <translation>
            <numerusform>كُتب الدليل العام بلا خبراء في %1.</numerusform>
            <numerusform>كُتب الدليل العام لخبير واحد في %1.</numerusform>
            <numerusform>كُتب الدليل العام لخبيرين في %1.</numerusform>
            <numerusform>كُتب الدليل العام لـ %Ln خبراء في %1.</numerusform>
            <numerusform>كُتب الدليل العام لـ %Ln خبيرًا في %1.</numerusform>
            <numerusform>كُتب الدليل العام لـ %Ln خبير في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The public directory of %Ln expert(s) is ready to publish.</source>
        <translation>
            <numerusform>الدليل العام بلا خبراء جاهز للنشر.</numerusform>
            <numerusform>الدليل العام لخبير واحد جاهز للنشر.</numerusform>
            <numerusform>الدليل العام لخبيرين جاهز للنشر.</numerusform>
            <numerusform>الدليل العام لـ %Ln خبراء جاهز للنشر.</numerusform>
            <numerusform>الدليل العام لـ %Ln خبيرًا جاهز للنشر.</numerusform>
            <numerusform>الدليل العام لـ %Ln خبير جاهز للنشر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MatchScorer</name>
    <message>
        <source>Skills and equipment</source>
        <translation>المهارات والمعدات</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>التوفر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>سجل الأداء</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>الخدمات اللوجستية</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>الإنصاف</translation>
    </message>
    <message>
        <source>Not active on the roster.</source>
        <translation>غير نشط في قائمة الخبراء.</translation>
    </message>
    <message>
        <source>Works for the host institution (%1).</source>
        <translation>يعمل لدى المؤسسة المضيفة (%1).</translation>
    </message>
    <message>
        <source>Speaks none of the host&apos;s languages (%1) at working level, and no interpreter is provided.</source>
        <translation>لا يتحدث أيًّا من لغات الجهة المضيفة (%1) بمستوى يسمح بالعمل، ولا يتوفر مترجم شفوي.</translation>
    </message>
    <message>
        <source>Lacks the mandatory skill “%1”.</source>
        <translation>تنقصه المهارة الإلزامية «%1».</translation>
    </message>
    <message>
        <source>Lacks a mandatory skill.</source>
        <translation>تنقصه مهارة إلزامية.</translation>
    </message>
    <message numerus="yes">
        <source>On another mission: no %Ln free day(s) in a row within the need&apos;s window.</source>
        <translation>
            <numerusform>في بعثة أخرى: لا تتوفر له مدة %Ln يوم متتالٍ شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>في بعثة أخرى: لا تتوفر له مدة يوم واحد شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>في بعثة أخرى: لا تتوفر له مدة يومين متتاليين شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>في بعثة أخرى: لا تتوفر له مدة %Ln أيام متتالية شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>في بعثة أخرى: لا تتوفر له مدة %Ln يومًا متتاليًا شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>في بعثة أخرى: لا تتوفر له مدة %Ln يوم متتالٍ شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: level %2/4 (%3 asked)</source>
        <translation>%1: المستوى %2/٤ (المطلوب %3)</translation>
    </message>
    <message>
        <source>%1: not listed</source>
        <translation>%1: غير مدرجة</translation>
    </message>
    <message>
        <source>has serviced %1 (level %2/4)</source>
        <translation>سبق له صيانة %1 (المستوى %2/٤)</translation>
    </message>
    <message>
        <source>has serviced other %1 equipment</source>
        <translation>سبق له صيانة معدات أخرى من %1</translation>
    </message>
    <message>
        <source>has not serviced %1</source>
        <translation>لم يسبق له صيانة %1</translation>
    </message>
    <message>
        <source>No particular skill is asked for.</source>
        <translation>لا تُطلب مهارة معينة.</translation>
    </message>
    <message>
        <source>Meets %1 of %2 skill requirements.</source>
        <translation>يستوفي %1 من %2 من متطلبات المهارات.</translation>
    </message>
    <message>
        <source>The need has no dates yet.</source>
        <translation>لم تُحدَّد تواريخ الاحتياج بعد.</translation>
    </message>
    <message>
        <source>free %1 % of the window</source>
        <translation>متاح في %1% من الإطار الزمني</translation>
    </message>
    <message>
        <source>speaks %1 %2/4</source>
        <translation>يتحدث %1 %2/٤</translation>
    </message>
    <message>
        <source>speaks %1 %2/4; an interpreter is provided</source>
        <translation>يتحدث %1 %2/٤؛ ويتوفر مترجم شفوي</translation>
    </message>
    <message>
        <source>an interpreter is provided</source>
        <translation>يتوفر مترجم شفوي</translation>
    </message>
    <message>
        <source>The host has not named its languages.</source>
        <translation>لم تحدد الجهة المضيفة لغاتها.</translation>
    </message>
    <message>
        <source>No evaluations yet: the programme mean %1/5 is used.</source>
        <translation>لا توجد تقييمات بعد: يُستخدم متوسط البرنامج %1/٥.</translation>
    </message>
    <message numerus="yes">
        <source>mean rating %1/5 over %Ln evaluation(s)</source>
        <translation>
            <numerusform>متوسط التقدير %1/٥ من %Ln تقييم</numerusform>
            <numerusform>متوسط التقدير %1/٥ من تقييم واحد</numerusform>
            <numerusform>متوسط التقدير %1/٥ من تقييمين</numerusform>
            <numerusform>متوسط التقدير %1/٥ من %Ln تقييمات</numerusform>
            <numerusform>متوسط التقدير %1/٥ من %Ln تقييمًا</numerusform>
            <numerusform>متوسط التقدير %1/٥ من %Ln تقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the primary sector</source>
        <translation>%1 هو القطاع الرئيسي</translation>
    </message>
    <message>
        <source>%1 is a secondary sector</source>
        <translation>%1 قطاع ثانوي</translation>
    </message>
    <message>
        <source>does not work in %1</source>
        <translation>لا يعمل في %1</translation>
    </message>
    <message>
        <source>lives in the host country</source>
        <translation>يقيم في الدولة المضيفة</translation>
    </message>
    <message>
        <source>lives in the same OIC region</source>
        <translation>يقيم في المنطقة نفسها من مناطق منظمة التعاون الإسلامي</translation>
    </message>
    <message>
        <source>lives in another OIC region</source>
        <translation>يقيم في منطقة أخرى من مناطق منظمة التعاون الإسلامي</translation>
    </message>
    <message>
        <source>no missions in the last 12 months</source>
        <translation>لا بعثات في الأشهر الاثني عشر الأخيرة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s) in the last 12 months</source>
        <translation>
            <numerusform>%Ln بعثة في الأشهر الاثني عشر الأخيرة</numerusform>
            <numerusform>بعثة واحدة في الأشهر الاثني عشر الأخيرة</numerusform>
            <numerusform>بعثتان في الأشهر الاثني عشر الأخيرة</numerusform>
            <numerusform>%Ln بعثات في الأشهر الاثني عشر الأخيرة</numerusform>
            <numerusform>%Ln بعثة في الأشهر الاثني عشر الأخيرة</numerusform>
            <numerusform>%Ln بعثة في الأشهر الاثني عشر الأخيرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already has %Ln mission(s) in %1, the most this expert accepts in a year.</source>
        <translation>
            <numerusform>لديه بالفعل %Ln بعثة في عام %1، وهذا هو الحد الأقصى الذي يقبله هذا الخبير في السنة.</numerusform>
            <numerusform>لديه بالفعل بعثة واحدة في عام %1، وهذا هو الحد الأقصى الذي يقبله هذا الخبير في السنة.</numerusform>
            <numerusform>لديه بالفعل بعثتان في عام %1، وهذا هو الحد الأقصى الذي يقبله هذا الخبير في السنة.</numerusform>
            <numerusform>لديه بالفعل %Ln بعثات في عام %1، وهذا هو الحد الأقصى الذي يقبله هذا الخبير في السنة.</numerusform>
            <numerusform>لديه بالفعل %Ln بعثة في عام %1، وهذا هو الحد الأقصى الذي يقبله هذا الخبير في السنة.</numerusform>
            <numerusform>لديه بالفعل %Ln بعثة في عام %1، وهذا هو الحد الأقصى الذي يقبله هذا الخبير في السنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The declared unavailability leaves no %Ln free day(s) in a row within the need&apos;s window.</source>
        <translation>
            <numerusform>لا تترك فترات عدم التوفر المعلنة مدة %Ln يوم متتالٍ شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>لا تترك فترات عدم التوفر المعلنة مدة يوم واحد شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>لا تترك فترات عدم التوفر المعلنة مدة يومين متتاليين شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>لا تترك فترات عدم التوفر المعلنة مدة %Ln أيام متتالية شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>لا تترك فترات عدم التوفر المعلنة مدة %Ln يومًا متتاليًا شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
            <numerusform>لا تترك فترات عدم التوفر المعلنة مدة %Ln يوم متتالٍ شاغرة ضمن الإطار الزمني للاحتياج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already has a mission for this need.</source>
        <translation>لديه مهمة لهذا الاحتياج بالفعل.</translation>
    </message>
</context>
<context>
    <name>ed::MatchingArea</name>
    <message>
        <source>Matching board and suggestions</source>
        <translation>لوحة المطابقة والاقتراحات</translation>
    </message>
    <message>
        <source>Propose &amp;Plan…</source>
        <translation>اقتراح &amp;خطة…</translation>
    </message>
    <message>
        <source>Compute the best assignment of experts to all open needs</source>
        <translation>حساب أفضل إسناد للخبراء إلى جميع الاحتياجات المفتوحة</translation>
    </message>
    <message>
        <source>Matching &amp;Weights…</source>
        <translation>&amp;أوزان المطابقة…</translation>
    </message>
    <message>
        <source>Change how much each part of the match score counts</source>
        <translation>تغيير وزن كل جزء من أجزاء درجة المطابقة</translation>
    </message>
    <message>
        <source>&amp;Refresh Matching</source>
        <extracomment>reload the matching board from the database</extracomment>
        <translation>&amp;تحديث المطابقة</translation>
    </message>
    <message>
        <source>Reload the open needs, experts and scores</source>
        <translation>إعادة تحميل الاحتياجات المفتوحة والخبراء والدرجات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created from the plan.</source>
        <translation>
            <numerusform>لم تُنشأ أي مسودة بعثة من الخطة.</numerusform>
            <numerusform>أُنشئت مسودة بعثة واحدة من الخطة.</numerusform>
            <numerusform>أُنشئت مسودتا بعثتين من الخطة.</numerusform>
            <numerusform>أُنشئت %Ln مسودات بعثات من الخطة.</numerusform>
            <numerusform>أُنشئت %Ln مسودة بعثة من الخطة.</numerusform>
            <numerusform>أُنشئت %Ln مسودة بعثة من الخطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching weights saved.</source>
        <translation>حُفظت أوزان المطابقة.</translation>
    </message>
</context>
<context>
    <name>ed::MatchingBoard</name>
    <message>
        <source>Open needs</source>
        <translation>الاحتياجات المفتوحة</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <source>Filter needs by sector</source>
        <translation>تصفية الاحتياجات حسب القطاع</translation>
    </message>
    <message>
        <source>Filter needs by country</source>
        <translation>تصفية الاحتياجات حسب الدولة</translation>
    </message>
    <message>
        <source>Filter needs by priority</source>
        <translation>تصفية الاحتياجات حسب الأولوية</translation>
    </message>
    <message>
        <source>Drop experts on a need to create draft missions.</source>
        <translation>أفلِت الخبراء على احتياج لإنشاء مسودات بعثات.</translation>
    </message>
    <message>
        <source>Search experts…</source>
        <translation>ابحث عن الخبراء…</translation>
    </message>
    <message>
        <source>Search experts</source>
        <translation>البحث عن الخبراء</translation>
    </message>
    <message>
        <source>Drag experts onto a need, or select a need and press Ctrl+Return.</source>
        <translation>اسحب الخبراء وأفلتهم على احتياج، أو اختر احتياجًا واضغط Ctrl+Return.</translation>
    </message>
    <message>
        <source>&amp;Assign to need</source>
        <translation>&amp;إسناد إلى الاحتياج</translation>
    </message>
    <message>
        <source>Assign the selected experts to the selected need</source>
        <translation>إسناد الخبراء المحددين إلى الاحتياج المحدد</translation>
    </message>
    <message>
        <source>&amp;Assign Expert to Need</source>
        <translation>&amp;إسناد خبير إلى احتياج</translation>
    </message>
    <message>
        <source>Create draft missions for the selected experts and need (can be undone)</source>
        <translation>إنشاء مسودات بعثات للخبراء المحددين والاحتياج المحدد (يمكن التراجع عنها)</translation>
    </message>
    <message>
        <source>Board status</source>
        <translation>حالة اللوحة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a sector heading in the board with its number of open needs</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Score %1 of 100 for the selected need</source>
        <translation>الدرجة %1 من 100 للاحتياج المحدد</translation>
    </message>
    <message>
        <source>excluded</source>
        <extracomment>score column of an expert a hard filter excludes from the selected need</extracomment>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>Select a need and at least one expert, then press Assign.</source>
        <translation>اختر احتياجًا وخبيرًا واحدًا على الأقل، ثم اضغط «إسناد».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s) wanted</source>
        <translation>
            <numerusform>لا يُطلب أي خبير</numerusform>
            <numerusform>خبير واحد مطلوب</numerusform>
            <numerusform>خبيران مطلوبان</numerusform>
            <numerusform>%Ln خبراء مطلوبون</numerusform>
            <numerusform>%Ln خبيرًا مطلوبًا</numerusform>
            <numerusform>%Ln خبير مطلوب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>tooltip of an expert on the board: %1 name, %2 e.g. &quot;Cairo University, Egypt&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Needs accepted or matching: the ones that can still get experts.</source>
        <translation>الاحتياجات المقبولة أو قيد المطابقة: أي التي لا يزال بإمكانها الحصول على خبراء.</translation>
    </message>
</context>
<context>
    <name>ed::MissionAccessibility</name>
    <message>
        <source>%1, %2, %3 to %4, %5</source>
        <extracomment>a mission read by a screen reader: %1 code, %2 expert, %3 first day, %4 last day, %5 status</extracomment>
        <translation>%1، %2، من %3 إلى %4، %5</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>تحديد</translation>
    </message>
    <message>
        <source>Move one day later</source>
        <translation>تأخير يومًا واحدًا</translation>
    </message>
    <message>
        <source>Move one day earlier</source>
        <translation>تقديم يومًا واحدًا</translation>
    </message>
    <message>
        <source>Move one week later</source>
        <translation>تأخير أسبوعًا واحدًا</translation>
    </message>
    <message>
        <source>Move one week earlier</source>
        <translation>تقديم أسبوعًا واحدًا</translation>
    </message>
    <message>
        <source>Arrow keys on the selected mission</source>
        <translation>مفاتيح الأسهم على البعثة المحددة</translation>
    </message>
</context>
<context>
    <name>ed::MissionPanel</name>
    <message>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Change the mission&apos;s status</source>
        <translation>تغيير حالة البعثة</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>الحالة التالية</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>الخدمات اللوجستية</translation>
    </message>
    <message>
        <source>Economy airfare (COMSTECH)</source>
        <translation>تذكرة الطيران بالدرجة الاقتصادية (الكومستيك)</translation>
    </message>
    <message>
        <source>Airfare amount</source>
        <translation>مبلغ تذكرة الطيران</translation>
    </message>
    <message>
        <source>Airfare currency</source>
        <translation>عملة تذكرة الطيران</translation>
    </message>
    <message>
        <source>USD</source>
        <comment>currency placeholder</comment>
        <translation>USD</translation>
    </message>
    <message>
        <source>Add evaluation…</source>
        <translation>إضافة تقييم…</translation>
    </message>
    <message>
        <source>Add an evaluation of the mission</source>
        <translation>إضافة تقييم للبعثة</translation>
    </message>
    <message>
        <source>Select a mission in the calendar or the timeline.</source>
        <translation>اختر بعثة في التقويم أو في المخطط الزمني.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%Ln day(s))</source>
        <translation>
            <numerusform>من %1 إلى %2 (%Ln يوم)</numerusform>
            <numerusform>من %1 إلى %2 (يوم واحد)</numerusform>
            <numerusform>من %1 إلى %2 (يومان)</numerusform>
            <numerusform>من %1 إلى %2 (%Ln أيام)</numerusform>
            <numerusform>من %1 إلى %2 (%Ln يومًا)</numerusform>
            <numerusform>من %1 إلى %2 (%Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (Hijri, civil calendar)</source>
        <translation>من %1 إلى %2 (هجري، التقويم الحسابي)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Passport: expiry date not recorded.</source>
        <translation>جواز السفر: تاريخ الانتهاء غير مسجَّل.</translation>
    </message>
    <message numerus="yes">
        <source>Passport valid until %1: OK (at least %Ln month(s) after the mission).</source>
        <translation>
            <numerusform>جواز السفر صالح حتى %1: مقبول (%Ln شهر على الأقل بعد البعثة).</numerusform>
            <numerusform>جواز السفر صالح حتى %1: مقبول (شهر واحد على الأقل بعد البعثة).</numerusform>
            <numerusform>جواز السفر صالح حتى %1: مقبول (شهران على الأقل بعد البعثة).</numerusform>
            <numerusform>جواز السفر صالح حتى %1: مقبول (%Ln أشهر على الأقل بعد البعثة).</numerusform>
            <numerusform>جواز السفر صالح حتى %1: مقبول (%Ln شهرًا على الأقل بعد البعثة).</numerusform>
            <numerusform>جواز السفر صالح حتى %1: مقبول (%Ln شهر على الأقل بعد البعثة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passport expires on %1: less than %Ln month(s) after the mission.</source>
        <translation>
            <numerusform>ينتهي جواز السفر في %1: أي بعد أقل من %Ln شهر من البعثة.</numerusform>
            <numerusform>ينتهي جواز السفر في %1: أي بعد أقل من شهر واحد من البعثة.</numerusform>
            <numerusform>ينتهي جواز السفر في %1: أي بعد أقل من شهرين من البعثة.</numerusform>
            <numerusform>ينتهي جواز السفر في %1: أي بعد أقل من %Ln أشهر من البعثة.</numerusform>
            <numerusform>ينتهي جواز السفر في %1: أي بعد أقل من %Ln شهرًا من البعثة.</numerusform>
            <numerusform>ينتهي جواز السفر في %1: أي بعد أقل من %Ln شهر من البعثة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel mission</source>
        <translation>إلغاء البعثة</translation>
    </message>
    <message>
        <source>Why is the mission cancelled?</source>
        <translation>ما سبب إلغاء البعثة؟</translation>
    </message>
    <message>
        <source>A mission is cancelled only with a reason.</source>
        <translation>لا تُلغى البعثة إلا مع ذكر السبب.</translation>
    </message>
</context>
<context>
    <name>ed::MonthView</name>
    <message>
        <source>Month calendar of missions</source>
        <translation>التقويم الشهري للبعثات</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <extracomment>more missions on a day than fit in the cell</extracomment>
        <translation>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Hijri (civil calendar): %1 to %2</source>
        <translation>هجري (التقويم الحسابي): من %1 إلى %2</translation>
    </message>
    <message>
        <source>Drag a mission to move it, drag its ends to change its length; with the keyboard, arrow keys move the selected mission and Shift+arrow changes its end.</source>
        <translation>اسحب البعثة لنقلها، واسحب طرفيها لتغيير مدتها؛ وباستخدام لوحة المفاتيح، تنقل مفاتيح الأسهم البعثة المحددة ويغيّر Shift مع السهم تاريخ نهايتها.</translation>
    </message>
</context>
<context>
    <name>ed::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <extracomment>shown in a date field that has no date</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>button that empties a date field</extracomment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>مسح التاريخ</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
</context>
<context>
    <name>ed::PlanDialog</name>
    <message>
        <source>&amp;Propose plan</source>
        <translation>&amp;اقتراح خطة</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>تحديد &amp;الكل</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;إلغاء تحديد الكل</translation>
    </message>
    <message>
        <source>&amp;Create draft missions</source>
        <translation>&amp;إنشاء مسودات البعثات</translation>
    </message>
    <message>
        <source>Propose a plan</source>
        <translation>اقتراح خطة</translation>
    </message>
    <message>
        <source>The plan gives each open need the experts that make the total score highest; each expert gets at most one need. Nothing is written until you create the missions.</source>
        <translation>تمنح الخطة كل احتياج مفتوح الخبراء الذين يحققون أعلى درجة إجمالية؛ ولا يُسنَد إلى كل خبير أكثر من احتياج واحد. ولا يُكتب أي شيء حتى تُنشئ البعثات.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Propose plan</source>
        <translation>اقتراح خطة</translation>
    </message>
    <message>
        <source>Stop planning</source>
        <translation>إيقاف التخطيط</translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation>تقدم التخطيط</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>ملخص الخطة</translation>
    </message>
    <message>
        <source>Weights used</source>
        <translation>الأوزان المستخدمة</translation>
    </message>
    <message>
        <source>Proposed assignments</source>
        <translation>عمليات الإسناد المقترحة</translation>
    </message>
    <message>
        <source>Tick the assignments to turn into draft missions.</source>
        <translation>حدّد عمليات الإسناد المراد تحويلها إلى مسودات بعثات.</translation>
    </message>
    <message>
        <source>Tick all assignments</source>
        <translation>تحديد كل عمليات الإسناد</translation>
    </message>
    <message>
        <source>Untick all assignments</source>
        <translation>إلغاء تحديد كل عمليات الإسناد</translation>
    </message>
    <message>
        <source>Create draft missions</source>
        <translation>إنشاء مسودات البعثات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one weight in the plan summary, e.g. &quot;Skills and equipment 35&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>الأوزان: %1.</translation>
    </message>
    <message>
        <source>Reading the needs and experts…</source>
        <translation>جارٍ قراءة الاحتياجات والخبراء…</translation>
    </message>
    <message numerus="yes">
        <source>Scoring candidates: %1 of %Ln open need(s)…</source>
        <translation>
            <numerusform>جارٍ حساب درجات المرشحين: %1 من %Ln احتياج مفتوح…</numerusform>
            <numerusform>جارٍ حساب درجات المرشحين: %1 من احتياج مفتوح واحد…</numerusform>
            <numerusform>جارٍ حساب درجات المرشحين: %1 من احتياجين مفتوحين…</numerusform>
            <numerusform>جارٍ حساب درجات المرشحين: %1 من %Ln احتياجات مفتوحة…</numerusform>
            <numerusform>جارٍ حساب درجات المرشحين: %1 من %Ln احتياجًا مفتوحًا…</numerusform>
            <numerusform>جارٍ حساب درجات المرشحين: %1 من %Ln احتياج مفتوح…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Planning was stopped; nothing was proposed.</source>
        <translation>أُوقف التخطيط؛ ولم يُقترح شيء.</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>تعذّر إعداد خطة: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln draft mission(s)</source>
        <translation>
            <numerusform>&amp;إنشاء %Ln مسودة بعثة</numerusform>
            <numerusform>&amp;إنشاء مسودة بعثة واحدة</numerusform>
            <numerusform>&amp;إنشاء مسودتي بعثتين</numerusform>
            <numerusform>&amp;إنشاء %Ln مسودات بعثات</numerusform>
            <numerusform>&amp;إنشاء %Ln مسودة بعثة</numerusform>
            <numerusform>&amp;إنشاء %Ln مسودة بعثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %Ln draft mission(s) from a plan</source>
        <extracomment>undo history entry</extracomment>
        <translation>
            <numerusform>إنشاء %Ln مسودة بعثة من خطة</numerusform>
            <numerusform>إنشاء مسودة بعثة واحدة من خطة</numerusform>
            <numerusform>إنشاء مسودتي بعثتين من خطة</numerusform>
            <numerusform>إنشاء %Ln مسودات بعثات من خطة</numerusform>
            <numerusform>إنشاء %Ln مسودة بعثة من خطة</numerusform>
            <numerusform>إنشاء %Ln مسودة بعثة من خطة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the need is gone or has no dates.</source>
        <translation>%1: الاحتياج لم يعد موجودًا أو ليست له تواريخ.</translation>
    </message>
    <message>
        <source>Proposed by the matching plan of %1 (score %2). Weights: %3</source>
        <extracomment>kept in the notes of a mission made from a plan; %3 is the weights as JSON</extracomment>
        <translation>اقترحتها خطة المطابقة بتاريخ %1 (الدرجة %2). الأوزان: %3</translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation>إسناد %1 إلى %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created; these could not be:</source>
        <translation>
            <numerusform>لم تُنشأ أي مسودة بعثة؛ وتعذّر إنشاء ما يلي:</numerusform>
            <numerusform>أُنشئت مسودة بعثة واحدة؛ وتعذّر إنشاء ما يلي:</numerusform>
            <numerusform>أُنشئت مسودتا بعثتين؛ وتعذّر إنشاء ما يلي:</numerusform>
            <numerusform>أُنشئت %Ln مسودات بعثات؛ وتعذّر إنشاء ما يلي:</numerusform>
            <numerusform>أُنشئت %Ln مسودة بعثة؛ وتعذّر إنشاء ما يلي:</numerusform>
            <numerusform>أُنشئت %Ln مسودة بعثة؛ وتعذّر إنشاء ما يلي:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>dates of a proposed mission: %1 first day, %2 last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>None of them can get an eligible expert.</source>
        <translation>لا يمكن لأي منها الحصول على خبير مؤهل.</translation>
    </message>
    <message numerus="yes">
        <source>Every open need has all the experts it wants (%Ln open need(s)); nothing to propose.</source>
        <translation>
            <numerusform>لدى كل احتياج مفتوح جميع الخبراء المطلوبين (لا احتياجات مفتوحة)؛ لا شيء لاقتراحه.</numerusform>
            <numerusform>لدى كل احتياج مفتوح جميع الخبراء المطلوبين (احتياج مفتوح واحد)؛ لا شيء لاقتراحه.</numerusform>
            <numerusform>لدى كل احتياج مفتوح جميع الخبراء المطلوبين (احتياجان مفتوحان)؛ لا شيء لاقتراحه.</numerusform>
            <numerusform>لدى كل احتياج مفتوح جميع الخبراء المطلوبين (%Ln احتياجات مفتوحة)؛ لا شيء لاقتراحه.</numerusform>
            <numerusform>لدى كل احتياج مفتوح جميع الخبراء المطلوبين (%Ln احتياجًا مفتوحًا)؛ لا شيء لاقتراحه.</numerusform>
            <numerusform>لدى كل احتياج مفتوح جميع الخبراء المطلوبين (%Ln احتياج مفتوح)؛ لا شيء لاقتراحه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln open need(s) still want experts.</source>
        <extracomment>%1 needs out of %Ln open needs still want experts once their missions are counted</extracomment>
        <translation>
            <numerusform>لا يزال %1 من أصل %Ln من الاحتياجات المفتوحة بحاجة إلى خبراء.</numerusform>
            <numerusform>لا يزال %1 من أصل احتياج مفتوح واحد بحاجة إلى خبراء.</numerusform>
            <numerusform>لا يزال %1 من أصل احتياجين مفتوحين بحاجة إلى خبراء.</numerusform>
            <numerusform>لا يزال %1 من أصل %Ln احتياجات مفتوحة بحاجة إلى خبراء.</numerusform>
            <numerusform>لا يزال %1 من أصل %Ln احتياجًا مفتوحًا بحاجة إلى خبراء.</numerusform>
            <numerusform>لا يزال %1 من أصل %Ln احتياج مفتوح بحاجة إلى خبراء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Together they want %Ln more expert(s).</source>
        <translation>
            <numerusform>لا تطلب مزيدًا من الخبراء.</numerusform>
            <numerusform>تطلب معًا خبيرًا واحدًا إضافيًا.</numerusform>
            <numerusform>تطلب معًا خبيرين إضافيين.</numerusform>
            <numerusform>تطلب معًا %Ln خبراء إضافيين.</numerusform>
            <numerusform>تطلب معًا %Ln خبيرًا إضافيًا.</numerusform>
            <numerusform>تطلب معًا %Ln خبير إضافي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan proposes %Ln expert(s); total score %1.</source>
        <extracomment>%1 is the total score of the plan</extracomment>
        <translation>
            <numerusform>لا تقترح الخطة أي خبير؛ مجموع النقاط %1.</numerusform>
            <numerusform>تقترح الخطة خبيرًا واحدًا؛ مجموع النقاط %1.</numerusform>
            <numerusform>تقترح الخطة خبيرين؛ مجموع النقاط %1.</numerusform>
            <numerusform>تقترح الخطة %Ln خبراء؛ مجموع النقاط %1.</numerusform>
            <numerusform>تقترح الخطة %Ln خبيرًا؛ مجموع النقاط %1.</numerusform>
            <numerusform>تقترح الخطة %Ln خبير؛ مجموع النقاط %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::RecordBrowser</name>
    <message>
        <source>All sectors</source>
        <extracomment>filter choice: do not filter by sector</extracomment>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>التصفية حسب القطاع</translation>
    </message>
    <message>
        <source>All countries</source>
        <extracomment>filter choice: do not filter by country</extracomment>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>التصفية حسب الدولة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>filter choice: do not filter by status</extracomment>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>button under the form: throw away the unsaved changes</extracomment>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Revert the changes in the form</source>
        <translation>تجاهل التغييرات في النموذج</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>button under the form</extracomment>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them now?</source>
        <translation>في النموذج تغييرات لم تُحفظ. هل تريد حفظها الآن؟</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>لم يُحفظ: يُرجى تصحيح الحقول المميزة باللون الأحمر.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
</context>
<context>
    <name>ed::RecordExport</name>
    <message>
        <source>Only %1 of the %2 records could be read; nothing was written. Try again.</source>
        <translation>تعذّرت قراءة كل السجلات: قُرئ %1 من أصل %2؛ لم يُكتب شيء. أعد المحاولة.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>تعذّر إنشاء مجلد مؤقت: %1</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>تعذّرت كتابة جدول البيانات: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>ed::RecordForm</name>
    <message>
        <source>%1 *</source>
        <extracomment>form label; %1 is a field name. The asterisk marks a required field.</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Record form</source>
        <translation>نموذج السجل</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>form title; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>form title of a record with unsaved changes</extracomment>
        <translation>%1 (معدَّل)</translation>
    </message>
    <message>
        <source>Written in</source>
        <extracomment>form label of the language the record&apos;s texts (title, description…) are written in</extracomment>
        <translation>مكتوب باللغة</translation>
    </message>
</context>
<context>
    <name>ed::RecordFormatter</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>a need named in a list or a heading: %1 its reference, %2 its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 %2/4</source>
        <extracomment>language name and speaking level out of 4, e.g. &quot;French 4/4&quot;</extracomment>
        <translation>%1 %2/٤</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>an unavailability period: start date – end date</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between the items of a list shown in one table cell</extracomment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ed::RecordRepository</name>
    <message>
        <source>%1 has no field &quot;%2&quot;; the fields are: %3.</source>
        <translation>لا يوجد في %1 حقل باسم &quot;%2&quot;؛ الحقول هي: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ISO code of an OIC member state (e.g. PK, MA, SN).</source>
        <translation>&quot;%1&quot; ليس رمز ISO لدولة عضو في منظمة التعاون الإسلامي (مثل PK, MA, SN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sector code (e.g. BME, IT, RE).</source>
        <translation>&quot;%1&quot; ليس رمز قطاع (مثل BME, IT, RE).</translation>
    </message>
    <message>
        <source>no %1 has the id &quot;%2&quot;.</source>
        <translation>لا يوجد سجل %1 بالمعرّف &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a record with the id &quot;%1&quot; exists already.</source>
        <translation>يوجد بالفعل سجل بالمعرّف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>this %1 was deleted; restore it before editing.</source>
        <translation>حُذف سجل %1 هذا؛ استعِده قبل التعديل.</translation>
    </message>
</context>
<context>
    <name>ed::SchedulingArea</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>المخطط الزمني</translation>
    </message>
    <message>
        <source>Calendar views</source>
        <translation>طرق عرض التقويم</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;الدولة:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>&amp;القطاع:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>Filter by host country</source>
        <translation>التصفية حسب الدولة المضيفة</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>التصفية حسب القطاع</translation>
    </message>
    <message>
        <source>Filter by mission status</source>
        <translation>التصفية حسب حالة البعثة</translation>
    </message>
    <message>
        <source>Show &amp;Hijri dates</source>
        <translation>إظهار التواريخ &amp;الهجرية</translation>
    </message>
    <message>
        <source>Show Hijri dates beside Gregorian dates</source>
        <translation>إظهار التواريخ الهجرية بجانب التواريخ الميلادية</translation>
    </message>
    <message>
        <source>Islamic civil (tabular) calendar; it can differ by a day from a calendar based on moon sighting.</source>
        <translation>التقويم الهجري الحسابي (الجدولي)؛ وقد يختلف بيوم واحد عن التقويم المبني على رؤية الهلال.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>الانتقال إلى اليوم</translation>
    </message>
    <message>
        <source>Scheduling conflicts</source>
        <translation>تعارضات الجدولة</translation>
    </message>
    <message>
        <source>&amp;Export Missions to Calendar (.ics)…</source>
        <translation>&amp;تصدير البعثات إلى تقويم (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import Expert Unavailability (.ics)…</source>
        <translation>&amp;استيراد فترات عدم توفر خبير (.ics)…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation>إظهار التواريخ &amp;الهجرية</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>الانتقال إلى &amp;اليوم</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>لا توجد تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <extracomment>month title with the Hijri months it spans, e.g. &quot;November 2026 (Jumada I – Jumada II 1448)&quot;</extracomment>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Export Missions to Calendar</source>
        <translation>تصدير البعثات إلى تقويم</translation>
    </message>
    <message>
        <source>missions.ics</source>
        <translation>missions.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln mission(s) to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي بعثة في %1.</numerusform>
            <numerusform>كُتبت بعثة واحدة في %1.</numerusform>
            <numerusform>كُتبت بعثتان في %1.</numerusform>
            <numerusform>كُتبت %Ln بعثات في %1.</numerusform>
            <numerusform>كُتبت %Ln بعثة في %1.</numerusform>
            <numerusform>كُتبت %Ln بعثة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Expert Unavailability</source>
        <translation>استيراد فترات عدم توفر خبير</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>الخبير:</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln unavailability period(s) for %1.</source>
        <translation>
            <numerusform>لم تُضف أي فترة عدم توفر للخبير %1.</numerusform>
            <numerusform>أُضيفت فترة عدم توفر واحدة للخبير %1.</numerusform>
            <numerusform>أُضيفت فترتا عدم توفر للخبير %1.</numerusform>
            <numerusform>أُضيفت %Ln فترات عدم توفر للخبير %1.</numerusform>
            <numerusform>أُضيفت %Ln فترة عدم توفر للخبير %1.</numerusform>
            <numerusform>أُضيفت %Ln فترة عدم توفر للخبير %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluate mission %1</source>
        <translation>تقييم البعثة %1</translation>
    </message>
</context>
<context>
    <name>ed::SchedulingState</name>
    <message>
        <source>The mission is no longer in the database.</source>
        <translation>لم تعد البعثة موجودة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>change the dates of mission %1</source>
        <extracomment>undo history entry; %1 is a mission code</extracomment>
        <translation>تغيير تواريخ البعثة %1</translation>
    </message>
</context>
<context>
    <name>ed::SectorCountryModel</name>
    <message numerus="yes">
        <source>%Ln need(s) in %1 from %2</source>
        <extracomment>tooltip of a cell of the sector × country table: %Ln needs, sector, country</extracomment>
        <translation>
            <numerusform>لا توجد احتياجات في قطاع %1 من %2</numerusform>
            <numerusform>احتياج واحد في قطاع %1 من %2</numerusform>
            <numerusform>احتياجان في قطاع %1 من %2</numerusform>
            <numerusform>%Ln احتياجات في قطاع %1 من %2</numerusform>
            <numerusform>%Ln احتياجًا في قطاع %1 من %2</numerusform>
            <numerusform>%Ln احتياج في قطاع %1 من %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>label of the choice of the user interface language in Preferences</extracomment>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>لغة واجهة المستخدم</translation>
    </message>
    <message>
        <source>The language changes at once; no restart is needed. Arabic shows the window from right to left.</source>
        <translation>تتغير اللغة فورًا دون الحاجة إلى إعادة التشغيل. وتعرض العربية النافذة من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>أزرار مربع الحوار</translation>
    </message>
</context>
<context>
    <name>ed::SignInDialog</name>
    <message>
        <source>Sign In to a Server</source>
        <extracomment>window title of File › Sign in to a server…</extracomment>
        <translation>تسجيل الدخول إلى خادم</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s Expert Desk server to share your changes with the other coordinators. You can keep working offline; changes are sent when the server can be reached.</source>
        <translation>سجّل الدخول إلى خادم Expert Desk الخاص بمؤسستك لمشاركة تغييراتك مع المنسقين الآخرين. يمكنك مواصلة العمل دون اتصال؛ وتُرسَل التغييرات عندما يصبح الوصول إلى الخادم ممكنًا.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <extracomment>label of the field for the server&apos;s web address</extracomment>
        <translation>عنوان &amp;الخادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم &amp;المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>رسالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <extracomment>button: sign in to the sync server</extracomment>
        <translation>تسجيل &amp;الدخول</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <extracomment>button: sign out of the sync server (the session token is forgotten)</extracomment>
        <translation>تسجيل &amp;الخروج</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <extracomment>%1 is a user name, %2 a server address</extracomment>
        <translation>تم تسجيل الدخول باسم %1 على %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The server address is not valid. Write it like https://expertdesk.example.org.</source>
        <translation>عنوان الخادم غير صالح. اكتبه بالشكل https://expertdesk.example.org.</translation>
    </message>
    <message>
        <source>Signed in. The system keychain is not available, so the session is kept only until Expert Desk closes: the password will be asked each time. (%1)</source>
        <translation>تم تسجيل الدخول. سلسلة مفاتيح النظام غير متاحة، لذا لن يُحتفظ بالجلسة إلا حتى إغلاق Expert Desk: وستُطلب كلمة المرور في كل مرة. (%1)</translation>
    </message>
    <message>
        <source>Signed out. Your changes stay on this computer and are sent after the next sign-in.</source>
        <translation>تم تسجيل الخروج. تبقى تغييراتك على هذا الحاسوب وتُرسَل بعد تسجيل الدخول التالي.</translation>
    </message>
</context>
<context>
    <name>ed::SuggestionsPanel</name>
    <message>
        <source>Show the &amp;best:</source>
        <translation>عرض &amp;الأفضل:</translation>
    </message>
    <message>
        <source>Number of suggestions</source>
        <translation>عدد الاقتراحات</translation>
    </message>
    <message>
        <source>Show e&amp;xcluded experts</source>
        <extracomment>check box of the suggestions panel</extracomment>
        <translation>عرض الخبراء &amp;المستبعدين</translation>
    </message>
    <message>
        <source>Show excluded experts</source>
        <translation>عرض الخبراء المستبعدين</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Suggested experts</source>
        <translation>الخبراء المقترحون</translation>
    </message>
    <message>
        <source>Best first; expand a row to see every part of the score explained.</source>
        <translation>الأفضل أولًا؛ وسّع أي صف لرؤية شرح كل جزء من أجزاء الدرجة.</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <source>Excluded experts</source>
        <translation>الخبراء المستبعدون</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;إسناد</translation>
    </message>
    <message>
        <source>Assign the selected expert</source>
        <translation>إسناد الخبير المحدد</translation>
    </message>
    <message>
        <source>Create a draft mission for the selected expert (can be undone)</source>
        <translation>إنشاء مسودة بعثة للخبير المحدد (يمكن التراجع عنها)</translation>
    </message>
    <message>
        <source>Suggestions status</source>
        <translation>حالة الاقتراحات</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>a ranked suggestion: %1 rank, %2 expert name</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>الدرجة %1 من 100</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>points a score part earned out of its maximum, e.g. &quot;12.5 / 15&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Select a need to see the best experts for it.</source>
        <translation>اختر احتياجًا لرؤية أفضل الخبراء له.</translation>
    </message>
    <message>
        <source>No expert passes the hard filters for this need.</source>
        <translation>لا يستوفي أي خبير الشروط الإلزامية لهذا الاحتياج.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s) excluded by a hard filter</source>
        <translation>
            <numerusform>%Ln خبير مستبعد بموجب شرط إلزامي</numerusform>
            <numerusform>خبير واحد مستبعد بموجب شرط إلزامي</numerusform>
            <numerusform>خبيران مستبعدان بموجب شرط إلزامي</numerusform>
            <numerusform>%Ln خبراء مستبعدون بموجب شرط إلزامي</numerusform>
            <numerusform>%Ln خبيرًا مستبعدًا بموجب شرط إلزامي</numerusform>
            <numerusform>%Ln خبير مستبعد بموجب شرط إلزامي</numerusform>
        </translation>
    </message>
    <message>
        <source>Best experts for %1</source>
        <extracomment>title of the suggestions panel: %1 need reference, %2 its title heading of the suggestions; %1 is the need, e.g. &quot;N-2611-00029 — MRI maintenance training&quot;</extracomment>
        <translation>أفضل الخبراء لـ %1</translation>
    </message>
</context>
<context>
    <name>ed::SyncIndicator</name>
    <message>
        <source>Not signed in</source>
        <extracomment>status bar: the desk is not connected to a sync server</extracomment>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to a server to share changes with other coordinators.</source>
        <translation>سجّل الدخول إلى خادم لمشاركة التغييرات مع المنسقين الآخرين.</translation>
    </message>
    <message>
        <source>Click to see the conflicts and failed changes.</source>
        <translation>انقر لعرض التعارضات والتغييرات المرفوضة.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2. Click to sync now.</source>
        <extracomment>%1 is a user name, %2 a server address</extracomment>
        <translation>تم تسجيل الدخول باسم %1 على %2. انقر للمزامنة الآن.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <extracomment>accessible name of the sync state in the status bar</extracomment>
        <translation>حالة المزامنة</translation>
    </message>
</context>
<context>
    <name>ed::TimelineView</name>
    <message>
        <source>Timeline of missions per expert</source>
        <translation>المخطط الزمني للبعثات لكل خبير</translation>
    </message>
    <message>
        <source>Drag a mission to move it, drag its ends to change its length; with the keyboard, arrow keys move the selected mission and Shift+arrow changes its end.</source>
        <translation>اسحب البعثة لنقلها، واسحب أحد طرفيها لتغيير مدتها؛ وباستخدام لوحة المفاتيح، تنقل مفاتيح الأسهم البعثة المحددة، ويغيّر Shift مع الأسهم تاريخ انتهائها.</translation>
    </message>
    <message>
        <source>Expert</source>
        <comment>timeline column</comment>
        <translation>الخبير</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</source>
        <extracomment>tooltip title; %1 mission code, %2 expert, %3 need title</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%Ln day(s))</source>
        <extracomment>%1, %2 dates, %Ln the number of days</extracomment>
        <translation>
            <numerusform>من %1 إلى %2 (%Ln يوم)</numerusform>
            <numerusform>من %1 إلى %2 (يوم واحد)</numerusform>
            <numerusform>من %1 إلى %2 (يومان)</numerusform>
            <numerusform>من %1 إلى %2 (%Ln أيام)</numerusform>
            <numerusform>من %1 إلى %2 (%Ln يومًا)</numerusform>
            <numerusform>من %1 إلى %2 (%Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hijri (civil calendar): %1 to %2</source>
        <translation>هجري (التقويم الحسابي): من %1 إلى %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
</context>
<context>
    <name>ed::TranslationEditor</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>button of the translation editor: save the translation and stay on it</extracomment>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the translation (%1)</source>
        <translation>حفظ الترجمة (%1)</translation>
    </message>
    <message>
        <source>Save the translation</source>
        <translation>حفظ الترجمة</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <extracomment>button of the translation editor: leave this text for later and go to the next one</extracomment>
        <translation>&amp;تخطي</translation>
    </message>
    <message>
        <source>Skip to the next text without saving</source>
        <translation>الانتقال إلى النص التالي دون حفظ</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <extracomment>button of the translation editor: save, then go to the next text in the queue</extracomment>
        <translation>حفظ &amp;والتالي</translation>
    </message>
    <message>
        <source>Save the translation and go to the next text (%1)</source>
        <translation>حفظ الترجمة والانتقال إلى النص التالي (%1)</translation>
    </message>
    <message>
        <source>Save the translation and go to the next text</source>
        <translation>حفظ الترجمة والانتقال إلى النص التالي</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>النص المصدر</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Write the translation here…</source>
        <extracomment>placeholder of the translation box before a text is chosen in the queue</extracomment>
        <translation>اكتب الترجمة هنا…</translation>
    </message>
    <message>
        <source>Choose a text in the list to translate it.</source>
        <translation>اختر نصًّا من القائمة لترجمته.</translation>
    </message>
    <message>
        <source>Who translated what</source>
        <extracomment>heading above the list of translations of the record shown in the editor</extracomment>
        <translation>مَن ترجم ماذا</translation>
    </message>
    <message>
        <source>Translations of this record</source>
        <translation>ترجمات هذا السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>header of the translation history: which field of the record</extracomment>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Translated by</source>
        <extracomment>header of the translation history: the translator</extracomment>
        <translation>المترجِم</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>header of the translation history: date and time</extracomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>header of the translation history: current or outdated</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>%1 of this %2</source>
        <extracomment>above the side-by-side editor: %1 is the field (Title), %2 the kind of record (need)</extracomment>
        <translation>%1 في سجل %2 هذا</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>label of the read-only source text; %1 is its language, e.g. &quot;English&quot;</extracomment>
        <translation>المصدر (%1)</translation>
    </message>
    <message>
        <source>Translation into %1</source>
        <extracomment>label of the translation box; %1 is the language to translate into, e.g. &quot;French&quot;</extracomment>
        <translation>الترجمة إلى %1</translation>
    </message>
    <message>
        <source>Source text in %1</source>
        <translation>النص المصدر باللغة %1</translation>
    </message>
    <message>
        <source>The source text has changed since it was translated: check the translation and save it again.</source>
        <translation>تغيّر النص المصدر منذ ترجمته: راجع الترجمة واحفظها مرة أخرى.</translation>
    </message>
    <message>
        <source>Write the translation first; to leave it for later, choose Skip.</source>
        <translation>اكتب الترجمة أولًا؛ ولتأجيلها، اختر «تخطي».</translation>
    </message>
    <message>
        <source>%1 translation saved.</source>
        <extracomment>status bar message after saving in the translation editor; %1 is the language</extracomment>
        <translation>حُفظت الترجمة إلى %1.</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>قديمة</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>حديثة</translation>
    </message>
</context>
<context>
    <name>ed::TranslationQueueModel</name>
    <message>
        <source>Missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>قديمة</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>translation queue header: the expert, institution or need</extracomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>translation queue header: which field of the record (biography, title…)</extracomment>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>translation queue header: the language the text is written in</extracomment>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>translation queue header: the language to translate into</extracomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>النص المصدر</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>translation queue header: missing or outdated</extracomment>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ed::TranslationStore</name>
    <message>
        <source>%1 has no fields to translate.</source>
        <translation>لا توجد في %1 حقول للترجمة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a translatable field of %2; those are: %3.</source>
        <translation>&quot;%1&quot; ليس حقلًا قابلًا للترجمة في %2؛ الحقول القابلة للترجمة هي: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Expert Desk translates into; use %2.</source>
        <translation>&quot;%1&quot; ليست لغة يترجم إليها Expert Desk؛ استخدم %2.</translation>
    </message>
    <message>
        <source>no %1 has the id &quot;%2&quot;.</source>
        <translation>لا يوجد سجل %1 بالمعرّف &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 of this %2 is written in %3 already; edit the record itself to change it.</source>
        <translation>%1 في سجل %2 هذا مكتوب أصلًا باللغة %3؛ عدّل السجل نفسه لتغييره.</translation>
    </message>
    <message>
        <source>%1 of this %2 is empty: there is nothing to translate yet.</source>
        <translation>%1 في سجل %2 هذا فارغ: لا يوجد ما يُترجم بعد.</translation>
    </message>
    <message>
        <source>Write the translation, or remove it.</source>
        <translation>اكتب الترجمة أو احذفها.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved.</source>
        <translation>رفضت قاعدة البيانات التغيير؛ ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This %1 has no %2 translation of %3.</source>
        <translation>لا توجد لسجل %1 هذا ترجمة باللغة %2 للحقل «%3».</translation>
    </message>
</context>
<context>
    <name>ed::TranslationTabs</name>
    <message>
        <source>Translations of %1</source>
        <extracomment>accessible name of the language tabs under a field; %1 is the field, e.g. &quot;Title&quot;</extracomment>
        <translation>ترجمات %1</translation>
    </message>
    <message>
        <source>Save the record to translate its %1.</source>
        <extracomment>shown instead of the language tabs while the record is not saved yet</extracomment>
        <translation>احفظ السجل لتتمكن من ترجمة %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>accessible name of a translation editor: &quot;Title in French&quot;</extracomment>
        <translation>%1 باللغة %2</translation>
    </message>
    <message>
        <source>Save translation</source>
        <extracomment>button in a translation tab</extracomment>
        <translation>حفظ الترجمة</translation>
    </message>
    <message>
        <source>Save the %1 translation of %2</source>
        <extracomment>accessible name of the button: &quot;Save the French translation of Title&quot;</extracomment>
        <translation>حفظ ترجمة %2 إلى %1</translation>
    </message>
    <message>
        <source>Translated by %1 on %2</source>
        <extracomment>under a translation: %1 is who translated it, %2 the date and time</extracomment>
        <translation>ترجمها %1 في %2</translation>
    </message>
    <message>
        <source>Not translated yet.</source>
        <extracomment>under an empty translation tab</extracomment>
        <translation>لم يُترجم بعد.</translation>
    </message>
    <message>
        <source>Outdated: the source text has changed since this translation was made.</source>
        <translation>قديمة: تغيّر النص المصدر منذ إعداد هذه الترجمة.</translation>
    </message>
    <message>
        <source>Translated from: %1</source>
        <extracomment>tooltip of the outdated marker; %1 is the source text as it was when translated</extracomment>
        <translation>تُرجمت من: %1</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <extracomment>language tab of a translation whose source changed since; %1 is the language</extracomment>
        <translation>%1 (قديمة)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <extracomment>language tab without a translation yet; %1 is the language</extracomment>
        <translation>%1 (غير موجودة)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>language tab with unsaved changes; %1 is the tab&apos;s text</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 translation saved.</source>
        <extracomment>status bar message; %1 is the language</extracomment>
        <translation>حُفظت الترجمة إلى %1.</translation>
    </message>
</context>
<context>
    <name>ed::TranslationsArea</name>
    <message>
        <source>Translate &amp;into:</source>
        <extracomment>filter label in the Translations area: the language to translate into</extracomment>
        <translation>الترجمة &amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <extracomment>filter label in the Translations area: experts, institutions or needs</extracomment>
        <translation>&amp;السجلات:</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>اللغة المراد الترجمة إليها</translation>
    </message>
    <message>
        <source>Kind of record to translate</source>
        <translation>نوع السجلات المراد ترجمتها</translation>
    </message>
    <message>
        <source>Texts to translate</source>
        <translation>النصوص المراد ترجمتها</translation>
    </message>
    <message>
        <source>Save and go to the next text</source>
        <translation>الحفظ والانتقال إلى النص التالي</translation>
    </message>
    <message>
        <source>All languages</source>
        <extracomment>translation queue filter: every target language</extracomment>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>All records</source>
        <extracomment>translation queue filter: experts, institutions and needs</extracomment>
        <translation>كل السجلات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s) to translate</source>
        <extracomment>status bar in the Translations area</extracomment>
        <translation>
            <numerusform>لا توجد نصوص للترجمة</numerusform>
            <numerusform>نص واحد للترجمة</numerusform>
            <numerusform>نصان للترجمة</numerusform>
            <numerusform>%Ln نصوص للترجمة</numerusform>
            <numerusform>%Ln نصًّا للترجمة</numerusform>
            <numerusform>%Ln نص للترجمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::Validation</name>
    <message>
        <source>each language needs a two-letter code such as &quot;fr&quot;.</source>
        <translation>تحتاج كل لغة إلى رمز من حرفين مثل &quot;fr&quot;.</translation>
    </message>
    <message>
        <source>each language level must be from 1 (basic) to 4 (native).</source>
        <translation>يجب أن يكون مستوى كل لغة من 1 (أساسي) إلى 4 (لغة أم).</translation>
    </message>
    <message>
        <source>a sector code is empty.</source>
        <translation>أحد رموز القطاعات فارغ.</translation>
    </message>
    <message>
        <source>each skill needs a name.</source>
        <translation>تحتاج كل مهارة إلى اسم.</translation>
    </message>
    <message>
        <source>each skill level must be from 1 (basic) to 4 (expert).</source>
        <translation>يجب أن يكون مستوى كل مهارة من 1 (أساسي) إلى 4 (خبير).</translation>
    </message>
    <message>
        <source>years of practice must be a whole number from 0 to 70.</source>
        <translation>يجب أن تكون سنوات الممارسة عددًا صحيحًا من 0 إلى 70.</translation>
    </message>
    <message>
        <source>&quot;mandatory&quot; must be true or false.</source>
        <translation>يجب أن تكون قيمة &quot;mandatory&quot; هي true أو false.</translation>
    </message>
    <message>
        <source>each piece of equipment needs a manufacturer and a model.</source>
        <translation>تحتاج كل قطعة من المعدات إلى شركة مصنّعة وطراز.</translation>
    </message>
    <message>
        <source>each equipment level must be from 1 (basic) to 4 (expert).</source>
        <translation>يجب أن يكون كل مستوى للمعدات من 1 (أساسي) إلى 4 (خبير).</translation>
    </message>
    <message>
        <source>each period needs a start and an end date written as 2026-11-22.</source>
        <translation>تحتاج كل فترة إلى تاريخ بداية وتاريخ نهاية مكتوبَين بالصيغة 2026-11-22.</translation>
    </message>
    <message>
        <source>a period ends (%1) before it starts (%2).</source>
        <translation>إحدى الفترات تنتهي (%1) قبل أن تبدأ (%2).</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3.</source>
        <translation>%1 خارج النطاق المسموح به من %2 إلى %3.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 ليس رقمًا.</translation>
    </message>
    <message>
        <source>%1 is not yes or no (write true or false).</source>
        <translation>%1 ليس «نعم» أو «لا» (اكتب true أو false).</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-11-22.</source>
        <translation>%1 ليس تاريخًا؛ اكتبه بالصيغة 2026-11-22.</translation>
    </message>
    <message>
        <source>%1 is not one of: %2.</source>
        <translation>%1 ليس من بين القيم التالية: %2.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>%1 is not a phone number; write it with the country code, e.g. +92 51 9220681.</source>
        <translation>%1 ليس رقم هاتف؛ اكتبه مع رمز الدولة، مثل +92 51 9220681.</translation>
    </message>
    <message>
        <source>%1 is not a JSON list.</source>
        <translation>%1 ليس قائمة JSON.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>الحقل %1 مطلوب.</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2.</source>
        <translation>تاريخ الانتهاء %1 يسبق تاريخ البدء %2.</translation>
    </message>
    <message>
        <source>say why the mission is cancelled.</source>
        <translation>اذكر سبب إلغاء البعثة.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed here.</source>
        <translation>يحتوي هذا النص على %1 حرفًا؛ والحد الأقصى المسموح به هنا %2.</translation>
    </message>
    <message>
        <source>This text holds a control character (code %1); remove it.</source>
        <translation>يحتوي هذا النص على حرف تحكم (الرمز %1)؛ احذفه.</translation>
    </message>
    <message>
        <source>This text holds an invalid character; type it again.</source>
        <translation>يحتوي هذا النص على حرف غير صالح؛ اكتبه من جديد.</translation>
    </message>
    <message>
        <source>This list has %1 entries; at most %2 are allowed.</source>
        <translation>تحتوي هذه القائمة على %1 عنصرًا؛ والحد الأقصى المسموح به %2.</translation>
    </message>
</context>
<context>
    <name>ed::WeightsDialog</name>
    <message>
        <source>Matching weights</source>
        <translation>أوزان المطابقة</translation>
    </message>
    <message>
        <source>Points each part of the match score can earn. Scores are scaled to 0–100 whatever the total, so only the proportions count.</source>
        <translation>النقاط التي يمكن أن يحصل عليها كل جزء من أجزاء درجة المطابقة. تُحوَّل الدرجات إلى المقياس 0–100 أيًّا كان المجموع، لذا فالعبرة بالنسب فقط.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>وزن %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>form label of a weight, e.g. &quot;Skills and equipment:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Total of the weights</source>
        <translation>مجموع الأوزان</translation>
    </message>
    <message>
        <source>Save the weights</source>
        <translation>حفظ الأوزان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Restore the default weights</source>
        <translation>استعادة الأوزان الافتراضية</translation>
    </message>
    <message>
        <source>Total: %1 points, scaled to 100.</source>
        <translation>مجموع النقاط: %1، تُحوَّل إلى مقياس من 100.</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>يجب أن يكون وزن واحد على الأقل أكبر من صفر.</translation>
    </message>
</context>
<context>
    <name>ed::WelcomeDialog</name>
    <message>
        <source>Welcome to Expert Desk</source>
        <translation>مرحبًا بك في Expert Desk</translation>
    </message>
    <message>
        <source>This database has no records yet. How do you want to start?</source>
        <translation>لا تحتوي قاعدة البيانات هذه على أي سجلات بعد. كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <source>Sign in to a server</source>
        <extracomment>first-run choice: connect to the organisation&apos;s server</extracomment>
        <translation>تسجيل الدخول إلى خادم</translation>
    </message>
    <message>
        <source>Download the records your organisation shares and keep them in sync. You can work offline; changes are sent when the server can be reached.</source>
        <translation>تنزيل السجلات التي تشاركها مؤسستك وإبقاؤها متزامنة. يمكنك العمل دون اتصال؛ وتُرسَل التغييرات عندما يصبح الوصول إلى الخادم ممكنًا.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <extracomment>first-run choice: fill the database with invented records</extracomment>
        <translation>تحميل بيانات تجريبية</translation>
    </message>
    <message>
        <source>Invented experts, institutions, needs and missions to try Expert Desk. Do not use it for real work.</source>
        <translation>خبراء ومؤسسات واحتياجات وبعثات وهمية لتجربة Expert Desk. لا تستخدمها في العمل الفعلي.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <extracomment>first-run choice: an empty database</extracomment>
        <translation>البدء بقاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>Enter your own records. You can sign in to a server later from the File menu.</source>
        <translation>أدخل سجلاتك بنفسك. يمكنك تسجيل الدخول إلى خادم لاحقًا من قائمة «ملف».</translation>
    </message>
</context>
<context>
    <name>ed::server</name>
    <message>
        <source>The body must be a JSON object (%1 at byte %2).</source>
        <translation>يجب أن يكون متن الطلب كائن JSON (%1 عند البايت %2).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>يجب أن يكون %1 عددًا صحيحًا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>Usage: user add NAME --role admin|coordinator|translator|manager, user remove NAME, user passwd NAME, user list.</source>
        <translation>طريقة الاستخدام: user add NAME --role admin|coordinator|translator|manager، أو user remove NAME، أو user passwd NAME، أو user list.</translation>
    </message>
    <message>
        <source>--role must be admin, coordinator, translator or manager.</source>
        <translation>يجب أن تكون قيمة --role هي admin أو coordinator أو translator أو manager.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;; use add, remove, passwd or list.</source>
        <translation>أمر مستخدم غير معروف &quot;%1&quot;؛ استخدم add أو remove أو passwd أو list.</translation>
    </message>
    <message>
        <source>Expert Desk sync server (see docs/api.md).</source>
        <translation>خادم مزامنة Expert Desk (انظر docs/api.md).</translation>
    </message>
    <message>
        <source>SQLite database file of the server.</source>
        <translation>ملف قاعدة بيانات SQLite الخاص بالخادم.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PostgreSQL connection, e.g. &quot;host=127.0.0.1 dbname=expertdesk user=ed&quot;.</source>
        <translation>اتصال PostgreSQL، مثل &quot;host=127.0.0.1 dbname=expertdesk user=ed&quot;.</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8787).</source>
        <translation>العنوان والمنفذ اللذان يستمع عليهما الخادم (الافتراضي 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>PEM certificate: serve HTTPS.</source>
        <translation>شهادة PEM: للخدمة عبر HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key of the certificate.</source>
        <translation>المفتاح الخاص للشهادة بصيغة PEM.</translation>
    </message>
    <message>
        <source>Worker threads (default 64).</source>
        <translation>عدد سلاسل المعالجة العاملة (الافتراضي 64).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3600; env EXPERTDESK_TOKEN_TTL).</source>
        <translation>مدة صلاحية رمز الوصول بالثواني (الافتراضي 3600؛ متغير البيئة EXPERTDESK_TOKEN_TTL).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Refresh token lifetime in seconds (default 30 days; env EXPERTDESK_REFRESH_TTL).</source>
        <translation>مدة صلاحية رمز التحديث بالثواني (الافتراضي 30 يومًا؛ متغير البيئة EXPERTDESK_REFRESH_TTL).</translation>
    </message>
    <message>
        <source>Role of a new user: admin, coordinator, translator or manager.</source>
        <translation>دور المستخدم الجديد: admin أو coordinator أو translator أو manager.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Nothing to serve; or user add|remove|passwd|list NAME; or epoch reset.</source>
        <translation>بلا أمر لتشغيل الخادم؛ أو user add|remove|passwd|list NAME؛ أو epoch reset.</translation>
    </message>
    <message>
        <source>libsodium failed to start.</source>
        <translation>تعذّر بدء libsodium.</translation>
    </message>
    <message>
        <source>Name the store: --db FILE (SQLite) or --pg CONNINFO (PostgreSQL).</source>
        <translation>حدّد مخزن البيانات: --db FILE (SQLite) أو --pg CONNINFO (PostgreSQL).</translation>
    </message>
    <message>
        <source>Cannot load the reference data: %1</source>
        <translation>تعذّر تحميل البيانات المرجعية: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>أمر غير معروف &quot;%1&quot;؛ انظر --help.</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8787.</source>
        <translation>يجب أن تكون قيمة --listen بالصيغة HOST:PORT، مثل 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Connections one address may hold open (default 128; 0: no cap, behind a proxy).</source>
        <translation>عدد الاتصالات التي يمكن لعنوان واحد إبقاؤها مفتوحة (الافتراضي 128؛ 0: بلا حد، خلف وكيل).</translation>
    </message>
    <message>
        <source>Seconds a connection may stay silent before it is closed (default 10).</source>
        <translation>عدد الثواني التي يمكن أن يبقى فيها الاتصال صامتًا قبل إغلاقه (الافتراضي 10).</translation>
    </message>
</context>
<context>
    <name>ed::server::HttpApi</name>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>حدّد --tls-cert و--tls-key معًا، أو لا تحدد أيًّا منهما.</translation>
    </message>
    <message>
        <source>Cannot load the TLS certificate %1 or key %2.</source>
        <translation>تعذّر تحميل شهادة TLS %1 أو المفتاح %2.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is another server running there?</source>
        <translation>تعذّر الاستماع على %1:%2؛ هل يعمل خادم آخر هناك؟</translation>
    </message>
    <message>
        <source>There is no such endpoint; see docs/api.md.</source>
        <translation>لا توجد نقطة نهاية بهذا الاسم؛ انظر docs/api.md.</translation>
    </message>
    <message>
        <source>The request body is larger than 1 MiB.</source>
        <translation>حجم متن الطلب أكبر من 1 MiB.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>فشل الطلب.</translation>
    </message>
    <message>
        <source>The server failed to answer; the error is in its log.</source>
        <translation>أخفق الخادم في الرد؛ والخطأ مدوَّن في ملف سجل الخادم.</translation>
    </message>
    <message>
        <source>This server syncs database schema %1 to %2, and this copy of Expert Desk has schema %3. Install the version of Expert Desk that matches the server.</source>
        <translation>يزامن هذا الخادم مخطط قاعدة البيانات من %1 إلى %2، بينما تستخدم هذه النسخة من Expert Desk المخطط %3. ثبّت إصدار Expert Desk المطابق للخادم.</translation>
    </message>
    <message>
        <source>Sign in first: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>سجّل الدخول أولًا: أرسل &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>The token is unknown or has expired; refresh it or sign in again.</source>
        <translation>الرمز غير معروف أو منتهي الصلاحية؛ جدّده أو سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Send {&quot;user&quot;: NAME, &quot;password&quot;: PASSWORD}.</source>
        <translation>أرسل {&quot;user&quot;: NAME, &quot;password&quot;: PASSWORD}.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Send {&quot;refresh_token&quot;: TOKEN}.</source>
        <translation>أرسل {&quot;refresh_token&quot;: TOKEN}.</translation>
    </message>
    <message>
        <source>The refresh token is unknown, used or expired; sign in again.</source>
        <translation>رمز التحديث غير معروف أو مستخدَم أو منتهي الصلاحية؛ سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Managers may read but not change records.</source>
        <translation>يحق للمديرين قراءة السجلات دون تغييرها.</translation>
    </message>
    <message>
        <source>The server database is unavailable; try again later.</source>
        <translation>قاعدة بيانات الخادم غير متاحة؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Only coordinators resolve conflicts.</source>
        <translation>لا يحل التعارضات إلا المنسقون.</translation>
    </message>
    <message>
        <source>Use %1 for this endpoint.</source>
        <translation>استخدم %1 لنقطة النهاية هذه.</translation>
    </message>
    <message>
        <source>format must be &quot;changes&quot; or &quot;rows&quot;.</source>
        <translation>يجب أن تكون قيمة format إما &quot;changes&quot; أو &quot;rows&quot;.</translation>
    </message>
    <message>
        <source>The request has too many or too large headers.</source>
        <translation>الطلب يحتوي على ترويسات كثيرة جدًا أو كبيرة جدًا.</translation>
    </message>
    <message>
        <source>The %1 header must be a whole number.</source>
        <translation>يجب أن تكون الترويسة %1 عددًا صحيحًا.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>كلمات مرور خاطئة كثيرة: انتظر أقل من ثانية ثم أعد المحاولة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة: انتظر ثانية واحدة ثم أعد المحاولة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة: انتظر ثانيتين ثم أعد المحاولة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة: انتظر %n ثوانٍ ثم أعد المحاولة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة: انتظر %n ثانية ثم أعد المحاولة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة: انتظر %n ثانية ثم أعد المحاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is checking many passwords at once; try again in a moment.</source>
        <translation>الخادم يتحقق من كلمات مرور كثيرة في الوقت نفسه؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>status must be &quot;open&quot; or &quot;all&quot;.</source>
        <translation>يجب أن تكون قيمة status إما &quot;open&quot; أو &quot;all&quot;.</translation>
    </message>
    <message>
        <source>Send {&quot;id&quot;: CONFLICT_ID}.</source>
        <translation>أرسل {&quot;id&quot;: CONFLICT_ID}.</translation>
    </message>
</context>
<context>
    <name>ed::server::ServerDatabase</name>
    <message>
        <source>Cannot read the PostgreSQL connection string; write it as &quot;host=127.0.0.1 port=5432 dbname=expertdesk user=expertdesk&quot;.</source>
        <translation>تعذّرت قراءة سلسلة الاتصال بـ PostgreSQL؛ اكتبها بالصيغة &quot;host=127.0.0.1 port=5432 dbname=expertdesk user=expertdesk&quot;.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>برنامج تشغيل SQLite الخاص بـ Qt غير مثبت (الحزمة libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver is not installed (package libqt6sql6-psql).</source>
        <translation>برنامج تشغيل PostgreSQL الخاص بـ Qt غير مثبت (الحزمة libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>(PostgreSQL)</source>
        <translation>(PostgreSQL)</translation>
    </message>
    <message>
        <source>This database was written by a newer expertdesk-server (schema %1; this one knows up to %2). Run the newer server; nothing was changed.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من expertdesk-server (المخطط %1؛ ويدعم هذا الإصدار حتى المخطط %2). شغّل الخادم الأحدث؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>تعذّر تسجيل إصدار المخطط</translation>
    </message>
    <message>
        <source>cannot initialise the sync state</source>
        <translation>تعذّرت تهيئة حالة المزامنة</translation>
    </message>
    <message>
        <source>Could not upgrade the server database to schema %1: %2. The database is unchanged.</source>
        <translation>تعذّرت ترقية قاعدة بيانات الخادم إلى المخطط %1: %2. لم تتغير قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>ed::server::SyncService</name>
    <message>
        <source>Managers may read but not change records.</source>
        <translation>يحق للمديرين قراءة السجلات دون تغييرها.</translation>
    </message>
    <message>
        <source>Translators may not add or delete %1 records.</source>
        <translation>لا يحق للمترجمين إضافة سجلات %1 أو حذفها.</translation>
    </message>
    <message>
        <source>Translators may only change translatable fields; %1 is not one.</source>
        <translation>لا يحق للمترجمين تغيير سوى الحقول القابلة للترجمة؛ و%1 ليس منها.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the ISO code of an OIC member state (e.g. PK, MA, SN).</source>
        <translation>%1: &quot;%2&quot; ليس رمز ISO لدولة عضو في منظمة التعاون الإسلامي (مثل PK, MA, SN).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a sector code (e.g. BME, IT, RE).</source>
        <translation>%1: &quot;%2&quot; ليس رمز قطاع (مثل BME, IT, RE).</translation>
    </message>
    <message>
        <source>%1: no %2 has the id &quot;%3&quot; on the server (push it first, or it was deleted).</source>
        <translation>%1: لا يوجد على الخادم سجل %2 بالمعرّف &quot;%3&quot; (أرسله أولًا، أو أنه حُذف).</translation>
    </message>
    <message>
        <source>The server database is unavailable; try again later.</source>
        <translation>قاعدة بيانات الخادم غير متاحة؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; to sync.</source>
        <translation>لا يوجد جدول &quot;%1&quot; للمزامنة.</translation>
    </message>
    <message>
        <source>hlc must look like 0001795334400000:00000:client-id.</source>
        <translation>يجب أن تكون قيمة hlc بالشكل 0001795334400000:00000:client-id.</translation>
    </message>
    <message>
        <source>The server could not store the change; try again later.</source>
        <translation>تعذّر على الخادم تخزين التغيير؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or replaced since this copy last synced; download a fresh copy and send your changes again.</source>
        <translation>استُعيدت بيانات الخادم أو استُبدلت منذ آخر مزامنة لهذه النسخة؛ نزّل نسخة جديدة وأرسل تغييراتك مرة أخرى.</translation>
    </message>
    <message>
        <source>This copy last synced before changes the server no longer keeps (cursor %1); download a fresh copy and send your changes again.</source>
        <translation>آخر مزامنة لهذه النسخة سبقت تغييرات لم يعد الخادم يحتفظ بها (المؤشر %1)؛ نزّل نسخة جديدة وأرسل تغييراتك مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no open conflict with the id &quot;%1&quot;.</source>
        <translation>لا يوجد تعارض مفتوح بالمعرّف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot store the new epoch.</source>
        <translation>تعذّر تخزين الحقبة (epoch) الجديدة.</translation>
    </message>
</context>
<context>
    <name>ed::server::UserStore</name>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>يتكون اسم المستخدم من 1 إلى 64 حرفًا من الحروف أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية أو @.</translation>
    </message>
    <message>
        <source>A password has 8 to 1024 characters.</source>
        <translation>تتكون كلمة المرور من 8 إلى 1024 حرفًا.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>لا تتوفر ذاكرة كافية لتجزئة كلمة المرور.</translation>
    </message>
    <message>
        <source>The user %1 exists already (or the database refused it: %2).</source>
        <translation>المستخدم %1 موجود بالفعل (أو رفضته قاعدة البيانات: %2).</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>لا يوجد مستخدم باسم %1.</translation>
    </message>
</context>
<context>
    <name>ed::sync::CredentialStore</name>
    <message>
        <source>No keychain is available (%1); you will be asked for the password each time Expert Desk starts.</source>
        <translation>لا تتوفر سلسلة مفاتيح (%1)؛ وستُطلب منك كلمة المرور في كل مرة يبدأ فيها Expert Desk.</translation>
    </message>
</context>
<context>
    <name>ed::sync::Mutation</name>
    <message>
        <source>a mutation needs mutation_id, table_name, row_id and hlc.</source>
        <translation>يحتاج التعديل (mutation) إلى mutation_id وtable_name وrow_id وhlc.</translation>
    </message>
    <message>
        <source>mutation %1: an id or the hlc is too long.</source>
        <translation>التعديل %1: المعرّف أو قيمة hlc طويلة جدًا.</translation>
    </message>
    <message>
        <source>mutation %1: client_seq must be a positive whole number.</source>
        <translation>التعديل %1: يجب أن تكون قيمة client_seq عددًا صحيحًا موجبًا.</translation>
    </message>
    <message>
        <source>mutation %1: base_version must be a whole number, 0 if never synced.</source>
        <translation>التعديل %1: يجب أن تكون قيمة base_version عددًا صحيحًا، أو 0 إذا لم تسبق مزامنته.</translation>
    </message>
    <message>
        <source>mutation %1: op must be insert, update or delete.</source>
        <translation>التعديل %1: يجب أن تكون قيمة op هي insert أو update أو delete.</translation>
    </message>
    <message>
        <source>mutation %1: changes must be an object of {&quot;field&quot;: {&quot;old&quot;: …, &quot;new&quot;: …}}.</source>
        <translation>التعديل %1: يجب أن تكون changes كائنًا بالشكل {&quot;field&quot;: {&quot;old&quot;: …, &quot;new&quot;: …}}.</translation>
    </message>
    <message>
        <source>mutation %1: the change of %2 must be an object with old and new.</source>
        <translation>التعديل %1: يجب أن يكون تغيير %2 كائنًا يحتوي على old وnew.</translation>
    </message>
    <message>
        <source>mutation %1: row_id and mutation_id may hold only letters A-Z, digits and the signs - _ . :</source>
        <translation>التغيير %1: لا يجوز أن يحتوي row_id وmutation_id إلا على الحروف A-Z والأرقام والعلامات - _ . :</translation>
    </message>
</context>
<context>
    <name>ed::sync::PushRequest</name>
    <message>
        <source>client_id is missing or longer than 64 characters.</source>
        <translation>قيمة client_id مفقودة أو أطول من 64 حرفًا.</translation>
    </message>
    <message>
        <source>schema_version is missing; send the client&apos;s database schema version.</source>
        <translation>قيمة schema_version مفقودة؛ أرسل إصدار مخطط قاعدة بيانات العميل.</translation>
    </message>
    <message>
        <source>mutations must be a list.</source>
        <translation>يجب أن تكون mutations قائمة.</translation>
    </message>
    <message>
        <source>a push holds at most %1 mutations; this one has %2. Send them in several pushes.</source>
        <translation>لا تتسع عملية الإرسال (push) الواحدة لأكثر من %1 من التعديلات، وهذه تحتوي على %2. أرسلها على عدة دفعات.</translation>
    </message>
    <message>
        <source>each mutation must be an object.</source>
        <translation>يجب أن يكون كل تعديل كائنًا.</translation>
    </message>
    <message>
        <source>client_id may hold only letters A-Z, digits and the signs - _ . :</source>
        <translation>لا يجوز أن يحتوي client_id إلا على الحروف A-Z والأرقام والعلامات - _ . :</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncClient</name>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>تعذّر الوصول إلى الخادم %1: %2</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The server refused to sign in (%1): %2</source>
        <translation>رفض الخادم تسجيل الدخول (%1): %2</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was lost, the next sync continues.</source>
        <translation>أُلغيت المزامنة؛ لم يضع شيء، وستُستكمل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again.</source>
        <translation>انتهت صلاحية تسجيل الدخول؛ سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>ردّ الخادم بالرمز %1: %2</translation>
    </message>
    <message>
        <source>The local database refused the sync: %1</source>
        <translation>رفضت قاعدة البيانات المحلية المزامنة: %1</translation>
    </message>
    <message>
        <source>Sign in to %1 first.</source>
        <translation>سجّل الدخول إلى %1 أولًا.</translation>
    </message>
    <message>
        <source>The conflict names an unknown table %1.</source>
        <translation>يشير التعارض إلى جدول غير معروف %1.</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read (%1). Nothing was changed; try again later or tell the server&apos;s administrator.</source>
        <translation>أرسل الخادم بيانات لا يستطيع هذا الإصدار قراءتها (%1). لم يتغير شيء؛ أعد المحاولة لاحقًا أو أبلغ مسؤول الخادم.</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncHttp</name>
    <message>
        <source>this computer does not trust the server&apos;s certificate (%1); check the server address, or ask its administrator</source>
        <translation>هذا الحاسوب لا يثق بشهادة الخادم (%1)؛ تحقّق من عنوان الخادم أو راجع مسؤوله</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncMerge</name>
    <message>
        <source>deleted: must be true or false.</source>
        <translation>deleted: يجب أن تكون القيمة true أو false.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>لا يوجد في %1 حقل باسم &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This record was deleted on the server while you edited it; your changes are kept as a conflict for someone to resolve.</source>
        <translation>حُذف هذا السجل على الخادم أثناء تعديلك له؛ وحُفظت تغييراتك على هيئة تعارض ليحله أحد المستخدمين.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you last synced it, so it was not deleted; the deletion is kept as a conflict for someone to resolve.</source>
        <translation>غيّر مستخدم آخر هذا السجل بعد آخر مزامنة أجريتها له، لذا لم يُحذف؛ وحُفظ الحذف على هيئة تعارض ليحله أحد المستخدمين.</translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; the server kept their value and recorded a conflict for someone to resolve.</source>
        <translation>غيّر مستخدم آخر %1 في الوقت نفسه؛ فاحتفظ الخادم بقيمته وسجّل تعارضًا ليحله أحد المستخدمين.</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncStatus</name>
    <message>
        <source>Syncing %1 of %2…</source>
        <extracomment>Status bar while syncing; %1 of %2 are changes or rows.</extracomment>
        <translation>جارٍ المزامنة: %1 من %2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>غير متصل: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>تمت المزامنة في %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>لا توجد تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed change(s)</source>
        <translation>
            <numerusform>لا توجد تغييرات مرفوضة</numerusform>
            <numerusform>تغيير مرفوض واحد</numerusform>
            <numerusform>تغييران مرفوضان</numerusform>
            <numerusform>%Ln تغييرات مرفوضة</numerusform>
            <numerusform>%Ln تغييرًا مرفوضًا</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>لا توجد تغييرات بانتظار المزامنة</numerusform>
            <numerusform>تغيير واحد بانتظار المزامنة</numerusform>
            <numerusform>تغييران بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغييرات بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغييرًا بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <extracomment>status bar, when this computer&apos;s clock is wrong by more than 5 minutes</extracomment>
        <translation>تحقّق من الساعة</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %Ln minute(s) behind the server&apos;s. Set the date and time correctly: edits are ordered by time when two copies change the same field.</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ %Ln دقيقة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بدقيقة واحدة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بدقيقتين عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ %Ln دقائق عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ %Ln دقيقة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ %Ln دقيقة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %Ln minute(s) ahead of the server&apos;s. Set the date and time correctly: edits are ordered by time when two copies change the same field.</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متقدّمة بـ %Ln دقيقة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدّمة بدقيقة واحدة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدّمة بدقيقتين عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدّمة بـ %Ln دقائق عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدّمة بـ %Ln دقيقة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدّمة بـ %Ln دقيقة عن ساعة الخادم. اضبط التاريخ والوقت بشكل صحيح: تُرتَّب التعديلات حسب الوقت عندما تغيّر نسختان الحقلَ نفسه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncStore</name>
    <message>
        <source>There is no open conflict with the id %1; sync to refresh the list.</source>
        <translation>لا يوجد تعارض مفتوح بالمعرّف %1؛ زامِن لتحديث القائمة.</translation>
    </message>
    <message>
        <source>Cannot store the clock of this copy.</source>
        <translation>تعذّر تخزين ساعة هذه النسخة.</translation>
    </message>
    <message>
        <source>This failed change is no longer listed; close and reopen the list.</source>
        <translation>لم يعد هذا التغيير المرفوض مدرجًا؛ أغلق القائمة ثم افتحها من جديد.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>COMSTECH Expert Service desk</source>
        <translation>مكتب خدمة الخبراء التابعة للكومستيك</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>ملف قاعدة البيانات المراد فتحه.</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>placeholder for a file name in the command-line help</extracomment>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Expert Desk</source>
        <translation>Expert Desk</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
</context>
</TS>
