# Gold annotations for the test22 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

QSJ_VISIT = ("وزير الداخلية العراقي عبد الأمير الشمري وصل قبل أيام برفقة مدير الاستخبارات العراقية وستة ضباط آخرين "
             "إلى بيروت، بشكل سري")
EGW_COORD = "التنسيق الأمني بين وزارة الداخلية بحكومة السيسي وداخلية رئيس السلطة محمود عباس"
EGW_VISIT = 'وجاء وعد توفيق أثناء زيارة "وزير الداخلية الفلسطيني" زياد هب الريح'
RAI_CISSA = "تقديره للدعم المقدر الذي ظلت تقدمه “سيسا” للسودان في المجالات الأمنية"

DOCS = [
dict(id="qstreetjournal-iraq-interior-minister-shammari-secret-visit-beirut",
     title="كوماندوس عراقي يزور لبنان لهذا السبب !",
     source="Q Street Journal (q-streetjournal.com), citing Lebanese media", published=None,
     out_of_scope=[("تابعنا عبر فيسبوك", 1, "social-media widget"),
                   ("شاهد أيضاً: نيران “قسد” تنقلب عليها.. معارك تطرق أبواب الشرق السوري ؟!", 1, "related-article link")],
     mentions=[
        ("lebanon", "لبنان", "يزور لبنان"),
        ("shammari", "عبد الأمير الشمري"),
        ("iraq-intelligence-services", "الاستخبارات العراقية"),
        ("lebanon", "بيروت"),
        ("lebanon-state-security", "جهاز أمن الدولة"),
        ("mikati", "ميقاتي"),
        ("mawlawi", "بسام المولوي"),
     ],
     relations=[
        dict(type="visited", src="shammari", tgt="lebanon", quote=QSJ_VISIT, place="Beirut",
             note="Reported by Lebanese media (the Bint Jbeil newspaper): a secret visit to arrest an Iraqi wanted for corruption. "
                  "Beirut as the destination of the visit stands for Lebanon (as test7's 'زيارته إلى بغداد'), and the headline's "
                  "'يزور لبنان' states the same visit. The unnamed director of Iraqi intelligence who went with him gets no relation "
                  "of his own (a member of the minister's delegation, as in dev13); 'مدير الاستخبارات العراقية' gives a mention of "
                  "the collective Iraqi intelligence services. 'قبل أيام' in an undated page: no date (Mikati, Mawlawi and Shammari "
                  "were all in office in 2022–2025). The intended arrest is a purpose, not an arrest; the hand-over procedure the "
                  "laws require is not a relation."),
        dict(type="cooperated", src="shammari", tgt="lebanon-state-security",
             quote="وتبيّن أن وفد «الكوماندوس العراقي» نسّق الزيارة مع جهاز أمن الدولة",
             note="The Iraqi delegation, led by Shammari (first paragraph), coordinated the visit with Lebanon's State Security: "
                  "recorded on the delegation's head. State Security's informing Mikati, and the interior minister Mawlawi not being "
                  "informed, are not relations (no type; not intelligence leading to an arrest)."),
     ]),

dict(id="libyaschannel-2018-egypt-sudan-shoukry-security-intelligence-coordination",
     title="تنسيق أمني واستخباراتي مصري سوداني لمواجهة التحديات فى ليبيا",
     source="Libya's Channel (libyaschannel.com)", published="2018-08-30",
     out_of_scope=[("في هذا المقال", 1, "page widget label")],
     mentions=[
        ("libya", "ليبيا", None, 1),
        ("shoukry", "سامح شكرى"),
        ("egypt", "مصر", "بين مصر والسودان"),
        ("sudan", "السودان", "بين مصر والسودان"),
        ("libya", "ليبيا", None, 2),
        ("shoukry", "شكري", "وأوضح شكري"),
        ("dirdiery", "الدرديري محمد أحمد"),
        ("egypt", "مصر", "مصلحة مصر"),
        ("sudan", "السودان", "مصلحة مصر والسودان"),
        ("libya", "ليبيا", None, 3),
     ],
     relations=[
        dict(type="met", src="shoukry", tgt="dirdiery",
             quote="وأوضح شكري خلال مؤتمر صحفي مع نظيره السوداني الدرديري محمد أحمد",
             note="A joint press conference of the two foreign ministers after their talks ('النقاشات'). Not dated by the text "
                  "(the URL date, 30 Aug. 2018, is the publication date); place not stated. Foreign ministers named only by their "
                  "titles' ministries get no leads."),
        dict(type="cooperated", src="egypt", tgt="sudan",
             quote="وأن هناك تنسيقا مشتركا سيتم الاستمرار به خلال الفترة المقبلة",
             note="Existing joint coordination between Egypt and Sudan (the states named in the same sentence, 'مصلحة مصر والسودان "
                  "واحدة') that will continue; the talks 'focused on coordination against terrorism and for border control, "
                  "especially Libya' are the same claim. Shoukry's call for security and intelligence coordination 'at the highest "
                  "level' (first paragraph) is a wish and is not annotated again. Libya is only a place."),
     ]),

dict(id="egwin-palestinian-interior-minister-hab-al-rih-egypt-tawfik",
     title=NO_HEADLINE + "The Palestinian interior minister Ziad Hab Al-Reeh visits his Egyptian counterpart Mahmoud Tawfik "
                         "(a hostile commentary on the PA's report; then Sisi's call with Lapid)",
     source="Egypt Window (egwin.net)", published=None,
     out_of_scope=[("وأدعى البيان أن ذلك", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("palestinian-interior-ministry", "وزارة الداخلية الفلسطينية"),
        ("egypt-interior-ministry", "وزارة الداخلية", "وزارة الداخلية بحكومة السيسي"),
        ("sisi", "السيسي", "بحكومة السيسي"),
        ("palestinian-interior-ministry", "داخلية", "وداخلية رئيس السلطة"),
        ("mahmoud-abbas", "محمود عباس", "رئيس السلطة محمود عباس"),
        ("mahmoud-tawfik", "محمود توفيق"),
        ("egypt-interior-ministry", "وزارة الداخلية المصرية"),
        ("palestinian-police", "الشرطة الفلسطينية", "لأجهزة الشرطة الفلسطينية"),
        ("mahmoud-tawfik", "توفيق", "وعد توفيق"),
        ("hab-al-reeh", "زياد هب الريح"),
        ("egypt", "مصر", "وتدريب مصر"),
        ("mahmoud-abbas", "عباس", "دعم عباس\n"),
        ("sisi", "السيسي", 'دعا "السيسي"'),
        ("lapid", "يئير لبيد"),
        ("mahmoud-abbas", "عباس", "إلى دعم عباس"),
        ("sisi", "السيسي", "بين السيسي ولبيد"),
        ("lapid", "لبيد", "بين السيسي ولبيد"),
        ("sisi", "السيسي", "وأكد السيسي"),
        ("lapid", "لبيد", "الاتصال بلبيد"),
        ("palestine", "السلطة الفلسطينية"),
        ("mahmoud-abbas", "محمود عباس", "الفلسطيني محمود عباس"),
     ],
     relations=[
        dict(type="cooperated", src="egypt-interior-ministry", tgt="palestinian-interior-ministry", quote=EGW_COORD,
             note="The Palestinian ministry's report is on security coordination between the two interior ministries ('داخلية "
                  "رئيس السلطة' is the Palestinian ministry, a mention but not an alias). The talks 'on ways of developing the "
                  "security relations between the two sides' are the same claim. Tawfik's commitment to give 'all support' to "
                  "the Palestinian police is a promise ('وعد') and Egypt's training of Palestinian police cadres a subject of talks: "
                  "neither is annotated. Undated page (Lapid was Israel's prime minister July–Dec. 2022)."),
        dict(type="met", src="hab-al-reeh", tgt="mahmoud-tawfik", quote=EGW_VISIT,
             note="The meeting ('اللقاء') of the two ministers during Hab Al-Reeh's visit; the quoted PA headline "
                  "('وزير الداخلية الفلسطيني يبحث مع نظيره المصري') states the same talks without names."),
        dict(type="visited", src="hab-al-reeh", tgt="egypt", quote=EGW_VISIT,
             note="The text states a visit but not its destination; it is taken as Egypt because its purpose is the talks with "
                  "the Egyptian minister (the visit was to Cairo). Egypt is named later in the sentence ('وتدريب مصر')."),
        dict(type="leads", src="mahmoud-tawfik", tgt="egypt-interior-ministry",
             quote='تأكيد اللواء محمود توفيق التزام "وزارة الداخلية المصرية"',
             note="He commits the ministry, which is named separately from his title (as dev14's leads for Tawfik)."),
        dict(type="leads", src="hab-al-reeh", tgt="palestinian-interior-ministry",
             quote='"وزير الداخلية الفلسطيني" زياد هب الريح',
             note="His title; the ministry is named separately in the first sentence ('وزارة الداخلية الفلسطينية' publishing "
                  "the report)."),
     ]),

dict(id="2dec-coalition-seizes-arms-drugs-arabian-sea-houthis",
     title="كانت في طريقها للحوثيين..ضبط التحالف العربي شحنة أسلحة ومخدرات في بحر العرب",
     source="2 December (2dec.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("houthis", "للحوثيين"),
        ("arab-coalition", "التحالف العربي", "ضبط التحالف العربي"),
        ("arab-coalition", "قوات التحالف", "إحباط قوات التحالف"),
        ("houthis", "مليشيا الحوثي", "مليشيا الحوثي عبر"),
        ("arab-coalition-naval-forces", "القوات البحرية للتحالف العربي"),
        ("yemen", "لليمن"),
        ("arab-coalition", "قوات التحالف", "وسبق لقوات التحالف"),
        ("yemeni-security-services", "الأجهزة الأمنية في محافظة عدن"),
        ("iran", "إيران", "الموالية لإيران"),
        ("hezbollah", "حزب الله"),
        ("yemen-national-resistance", "المقاومة الوطنية"),
        ("irgc", "الحرس الثوري"),
        ("iran", "إيران", "غرب إيران"),
        ("houthis", "المليشيا الحوثية"),
     ],
     relations=[
        dict(type="cooperated", src="arab-coalition", tgt="yemeni-security-services",
             quote="وسبق لقوات التحالف أواخر أكتوبر الماضي بتنسيق مع الأجهزة الأمنية في محافظة عدن أن ضبطت نحو ثلاثة أطنان من مواد مخدرة في ميناء المحافظة",
             place="Aden port",
             note="A joint seizure in coordination with 'the security services in Aden governorate', taken as the collective "
                  "Yemeni services. 'Late October last' in an undated page ('today, Thursday'): no date. The seizures of the "
                  "boats give no relation (no one is said to be arrested); Hezbollah's supervision of the smuggling to the Houthis "
                  "and Iran's backing of them have no type; the IRGC officers' training of a Houthi cell cannot be a trained "
                  "(the schema's trained takes no group as target)."),
        dict(type="part-of", src="arab-coalition-naval-forces", tgt="arab-coalition",
             quote="القوات البحرية للتحالف العربي",
             note="The name states the hierarchy ('the naval forces of the Arab coalition'), as test7's NAVCENT in CENTCOM."),
     ]),

dict(id="alnasnews-iraq-captagon-seizure-kurdistan-saudi-tip",
     title="العراق: ضبط أكثر من طن حبوب كبتاغون قادمة من سوريا",
     source="Al Nas News Agency (alnasnews.com.jo), citing AFP", published=None,
     out_of_scope=[("0020\nprevious arrow\nnext arrow", 1, "slider widget"),
                   ("وكالة الناس – ", 1, "outlet label"),
                   ("أ ف ب", 1, "agency credit (AFP)")],
     mentions=[
        ("iraq", "العراق", "العراق: ضبط"),
        ("syria", "سوريا", None, 1),
        ("iraq-interior-ministry", "وزارة الداخلية العراقية"),
        ("syria", "سوريا", None, 2),
        ("turkey", "تركيا", "عبر تركيا"),
        ("saudi-gdnc", "إدارة المخدرات", "إدارة المخدرات السعودية"),
        ("iraq-interior-ministry", "وزارة الداخلية", "باسم وزارة الداخلية"),
        ("miri", "مقداد ميري"),
        ("krg", "إقليم كردستان"),
        ("syria", "الجمهورية العربية السورية"),
        ("iraq", "العراق", "باتجاه العراق"),
        ("turkey", "دولة تركيا"),
     ],
     relations=[
        dict(type="tipped-off", src="saudi-gdnc", tgt="iraq-interior-ministry",
             quote="ضبط أكثر من طن من حبوب الكبتاغون المخدرة قادمة من سوريا عبر تركيا، بعد تلقي معلومات من إدارة المخدرات السعودية",
             place="Kurdistan Region (Erbil and Sulaymaniyah)",
             note="The Iraqi interior ministry (subject of 'أعلنت') seized the truck after receiving information from 'the Saudi "
                  "narcotics administration', taken as the GDNC (the adjective is left out of the mention). 'مديرية مكافحة "
                  "المخدرات في اربيل والسليمانية', which took part in the operation, names the Kurdistan Region's directorates of "
                  "two cities together, like test7's dual: not a mention and no relation of its own. No arrest is stated. "
                  "'Sunday' in an undated page: no date."),
     ]),

dict(id="skynewsarabia-iraq-military-intelligence-arrests-isis-cell-mosul",
     title=NO_HEADLINE + "Iraq's Security Media Cell: military intelligence arrests a six-member ISIS cell in Mosul",
     source="Sky News Arabia (skynewsarabia.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("iraq-security-media-cell", "خلية الإعلام الأمني"),
        ("iraq", "العراق", "الأمني في العراق، يوم"),
        ("isis", "تنظيم داعش"),
        ("iraq-military-intelligence", "مديرية الاستخبارات العسكرية"),
        ("isis", "عصابات داعش"),
        ("iraqi-security-forces", "القوات الأمنية العراقية"),
        ("isis", "داعش", "قتلى داعش"),
        ("iraq-security-media-cell", "خلية الاعلام الأمني"),
        ("iraq", "العراق", "الأمني في العراق، إلى"),
     ],
     relations=[
        dict(type="arrested", src="iraq-military-intelligence", tgt="isis",
             quote="تمكنت مفارز مديرية الاستخبارات العسكرية من إلقاء القبض على أخطر خلية لعصابات داعش الإرهابية في مدينة الموصل بمحافظة نينوى",
             place="Mosul, Nineveh",
             note="A six-member ISIS cell (unnamed members) arrested on intelligence of unstated origin; announced by the Security "
                  "Media Cell 'on Friday' in an undated page: no date. The cell's attacks on 'the Iraqi security forces' are not "
                  "a relation."),
     ]),

dict(id="alaoual-iraq-asks-jordan-hand-over-raghad-saddam-hussein",
     title=NO_HEADLINE + "Iraq's foreign ministry asks Jordan to hand over Raghad Saddam Hussein; Jaafari meets the Jordanian consul in Erbil",
     source="Al Aoual (via Maghress), citing Shafaq News", published=None,
     out_of_scope=[],
     mentions=[
        ("iraq-foreign-ministry", "وزارة الخارجية العراقية"),
        ("jordan-foreign-ministry", "نظيرتها الأردنية"),
        ("raghad-saddam", "رغد صدام حسين", None, 1),
        ("iraq", "العراق", "السياسية في العراق"),
        ("iraq", "بغداد", "تتهمهم بغداد"),
        ("jaafari", "إبراهيم الجعفري"),
        ("alyan", "هيثم عليان"),
        ("iraq", "العراق", "طالب بها العراق"),
        ("raghad-saddam", "رغد صدام حسين", None, 2),
        ("jordan", "الأردن", "أن الأردن كان"),
        ("maliki", "نوري المالكي"),
        ("jordan", "للأردن"),
        ("raghad-saddam", "رغد صدام حسين", None, 3),
        ("raghad-saddam", "رغد", "وكانت رغد"),
     ],
     relations=[
        dict(type="met", src="jaafari", tgt="alyan",
             quote="وقال وزير الخارجية العراقي إبراهيم الجعفري، أمس الخميس خلال لقائه مع القنصل الأردني في أربيل، هيثم عليان",
             note="The meeting at which Jaafari restated Iraq's request. 'Yesterday, Thursday' in an undated page: no date "
                  "(other reports put it in May 2016); the place of the meeting is not stated (Alyan is the consul in Erbil). "
                  "The request to hand over Raghad Saddam Hussein and others (accused of money laundering and supporting "
                  "terrorism), Jordan's earlier refusal of Maliki's government's request and its guarantees to Raghad have no "
                  "type: nobody was handed over. 'بغداد' (which accuses them) stands for Iraq; 'نظيرتها الأردنية' is a mention "
                  "of the Jordanian foreign ministry (a counterpart phrase, as 'نظيره بباريس' in dev)."),
     ]),

dict(id="alraialaraby-sudan-hemedti-receives-cissa-kotoko",
     title="نائب رئيس مجلس السيادة السودانى يدعو إلى التصدى للتهديدات الأمنية فى أفريقيا",
     source="Al Rai Al Araby (alraialaraby.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("sudan-sovereignty-council", "مجلس السيادة", None, 1),
        ("sudan-sovereignty-council", "مجلس السيادة", None, 2),
        ("hemedti", "محمد حمدان دقلو"),
        ("sudan-sovereignty-council", "مجلس السيادة", None, 3),
        ("kotoko", "زينب علي كوتو"),
        ("cissa", "منظمة أجهزة الأمن والمخابرات الأفريقية"),
        ("cissa", "سيسا", "(سيسا)"),
        ("sudan-gis", "جهاز المخابرات العامة السوداني"),
        ("mufaddal", "أحمد إبراهيم مفضل"),
        ("sudan-sovereignty-council", "مجلس السيادة", None, 4),
        ("cissa", "سيسا", "تقدمه “سيسا”"),
        ("sudan", "للسودان"),
        ("kotoko", "كوتو", "أشادت كوتو"),
        ("sudan", "السودان", "بجهود السودان"),
        ("cissa", "سيسا", "لمنظمة “سيسا”"),
     ],
     relations=[
        dict(type="met", src="hemedti", tgt="kotoko",
             quote="والتقى نائب رئيس مجلس السيادة السوداني، اليوم الثلاثاء في الخرطوم، مع زينب علي كوتو", place="Khartoum",
             note="The deputy chairman of the Sovereignty Council is Hemedti, named in the first paragraph. 'Today, Tuesday' in an "
                  "undated page: no date (he was deputy chairman 2019–2023). His call for cooperation among 'the African security "
                  "and intelligence services' is a wish about services in general and is not annotated; that phrase is not a "
                  "mention of CISSA."),
        dict(type="met", src="mufaddal", tgt="kotoko",
             quote="بحضور مدير جهاز المخابرات العامة السوداني الفريق أحمد إبراهيم مفضل", place="Khartoum",
             note="The GIS director attended the meeting ('بحضور'): a met with the visitor, as attendance in dev7–test7."),
        dict(type="leads", src="mufaddal", tgt="sudan-gis",
             quote="مدير جهاز المخابرات العامة السوداني الفريق أحمد إبراهيم مفضل"),
        dict(type="praised", src="hemedti", tgt="cissa", quote=RAI_CISSA,
             note="Hemedti's appreciation ('تقديره') of the support CISSA has been giving Sudan in security matters and of its "
                  "coordination of African intelligence services. Kotoko, its executive secretary, heads its secretariat, not the "
                  "committee, and gets no leads (as test7's SNSC secretary)."),
        dict(type="cooperated", src="cissa", tgt="sudan", quote=RAI_CISSA,
             note="The support CISSA 'has kept giving' Sudan in security fields is an existing partnership; Kotoko's mention of "
                  "Sudan's continuous support to CISSA since its founding is the same relation seen from the other side (Sudan's "
                  "membership is not stated)."),
        dict(type="praised", src="kotoko", tgt="sudan",
             quote="أشادت كوتو – في تصريحات صحفية – بجهود السودان ودعمه المتواصل لمنظمة “سيسا” منذ تأسيسها"),
     ]),

dict(id="alraimedia-lebanon-general-security-arrests-three-nusra-syrians",
     title="أجهزة الأمن اللبنانية توقف سوريين ولبناني شاركوا بعمليات ضد الجيش",
     source="Al Rai (alraimedia.com)", published=None,
     out_of_scope=[("خارجيات", 1, "section label"), ("04:22 م", 1, "time stamp")],
     mentions=[
        ("lebanese-security-services", "القوى الأمنية اللبنانية"),
        ("lebanese-army", "الجيش اللبناني", None, 1),
        ("lebanon-general-security", "المديرية العامة للأمن العام"),
        ("nusra", "جبهة النصرة"),
        ("lebanese-army", "الجيش اللبناني", None, 2),
        ("lebanese-army", "الجيش اللبناني", None, 3),
        ("lebanon", "لبنان", "بين لبنان"),
        ("syria", "سورية", "لبنان وسورية"),
        ("lebanese-army", "الجيش اللبناني", None, 4),
        ("syria", "سورية", "مع سورية"),
        ("lebanon", "لبنان", "شرقي لبنان"),
        ("lebanese-security-services", "أجهزة الأمن اللبنانية"),
     ],
     relations=[
        dict(type="arrested", src="lebanon-general-security", tgt="nusra",
             quote="وقالت المديرية العامة للأمن العام في بيان ان الموقوفين الثلاثة اعترفوا بمشاركتهم ضمن صفوف تنظيم جبهة النصرة",
             place="Lebanon (the detainees fought at Arsal)",
             note="Three Syrians (unnamed) who confessed to fighting in the Nusra Front's ranks against the army at Arsal. The "
                  "first sentence credits 'the Lebanese security forces' (collective); the arrest is put on General Security, whose "
                  "statement reports on its detainees ('الموقوفين'). The army's arrests of a Lebanese and a Syrian (infiltration) "
                  "and of a Syrian infiltrator are of unnamed people tied to no named group: no arrested. 'Today' in an undated "
                  "page: no date. The headline's 'الجيش' alone is not a mention."),
     ]),

dict(id="alhosn-jordan-psd-majali-palestinian-police-atallah-sofex",
     title="الشريف: لم يتم الاتفاق بعد على تدريب الأردن للشرطة الفلسطينية",
     source="Al Hosn News (al79n.com)", published=None,
     out_of_scope=[("# عالم الفن > عـالم الفن >  ", 1, "breadcrumb navigation"),
                   ("## الحصن نيوز", 1, "site name"),
                   ("مبينا أن المباحثات التي جرت لم يتم خلالها الاتفاق على تدريب الأردن لقوات امن فلسطينية بانتظار أن يحدد ", 1,
                    "clause cut off by the site (the page shows only the start of the article)"),
                   ("لمتابعة تفاصيل الخبر اضغط هنا...\n\n----------", 1, "'read more' link and separator")],
     mentions=[
        ("nabil-sharif", "الشريف", "الشريف: لم"),
        ("jordan", "الأردن", "تدريب الأردن للشرطة"),
        ("palestinian-police", "للشرطة الفلسطينية"),
        ("nabil-sharif", "نبيل الشريف"),
        ("jordan", "الأردن", "تدريب الأردن لقوات الأمن"),
        ("palestinian-security-services", "قوات الأمن الفلسطينية"),
        ("nabil-sharif", "الشريف", "وواضح الشريف"),
        ("jordan", "الأردن", "مؤخرا في الأردن"),
        ("jordan-psd", "الأمن العام", "مدير الأمن العام"),
        ("majali", "حسين المجالي"),
        ("palestinian-police", "الشرطة الفلسطينية", "مدير الشرطة الفلسطينية"),
        ("atallah", "حازم عطا"),
        ("nabil-sharif", "الشريف", "وأشار الشريف"),
     ],
     relations=[
        dict(type="met", src="majali", tgt="atallah",
             quote="التقى مدير الأمن العام اللواء حسين المجالي مع مدير الشرطة الفلسطينية اللواء حازم عطا",
             place="Jordan (on the sidelines of the SOFEX exhibition)",
             note="A dialogue on exchanging training expertise, at which nothing was agreed: the talks give no cooperated and "
                  "Jordan's training of Palestinian forces, which the spokesman says is not agreed, gives no trained. 'Recently' and "
                  "'yesterday' in an undated page: no date (Majali headed the PSD 2010–2013)."),
        dict(type="leads", src="majali", tgt="jordan-psd", quote="مدير الأمن العام اللواء حسين المجالي",
             note="'مدير الأمن العام' gives a mention 'الأمن العام' of Jordan's PSD."),
        dict(type="leads", src="atallah", tgt="palestinian-police", quote="مدير الشرطة الفلسطينية اللواء حازم عطا",
             note="'حازم عطا' is Hazem Atallah (عطا الله), the Palestinian police director."),
     ]),
]
