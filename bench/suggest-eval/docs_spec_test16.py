# Gold annotations for the test16 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

ECH_MEET = ("أجرى المدير العام للأمن الوطني العقيد مصطفى لهبيري أول أمس بالجزائر العاصمة مباحثات مع سفير فرنسا "
            "بالجزائري كزافي دريونكور")
AWK_MEET = ("عقد وزير الداخلية و ترقية اللامركزية و التنمية المحلية، السيد محمد أحمد ولد محمد الأمين، اليوم الخميس، "
            "جلسة عمل مع نظيره الإسباني فرناندو مارلاسكا بمقر وزارة الداخلية الإسبانية")
LIB_MEET = ("بحثت وزيرة الداخلية الإيطالية لوتشانا لامورجيزي، خلال لقائها المبعوث الخاص للأمين العام للأمم المتحدة "
            "ورئيس بعثة الأمم المتحدة للدعم في ليبيا، يان كوبيش")
HAD_MOSSAD_CIA = ("يعمل الموساد ووكالة المخابرات المركزية على تعزيز العلاقات مع الحاكم التشادي إدريس ديبي "
                  "ومدير جهاز المخابرات أحمد كوجري")
HAD_COHEN = ("وقد زار رئيس الموساد يوسي كوهين بنيامين عدة مرات للقاء الرئيس إدريس ديبي ورئيس وكالة الأمن القومي "
             "الجنرال أحمد كوغري")
HAD_NOTE = ("A claim of the Israel Defense report translated by Hadarat ('وفقًا لتقرير استخباراتي'), not of the outlet itself. "
            "The page is undated (Yossi Cohen headed the Mossad 2016–2021; Kogri headed the ANS from 2018; Déby died in April 2021).")
AES_COOP = "وأكد الوزراء الثلاثة التزامهم بالجهود المشتركة في مجالات القيادة، وتبادل المعلومات الاستخباراتية، والتنسيق التكتيكي"
AES_COOP_NOTE = ("The defence ministers of the three states affirm their commitment to the joint efforts (command, intelligence "
                 "exchange, tactical coordination) and urge that the alliance's existing military cooperation be accelerated: "
                 "existing cooperation, one cooperated per pair of the three states. The ministers are unnamed. The meeting is "
                 "not dated (the page's date banner is 9 Nov. 2025); the 6,000-strong force is a plan and is not annotated.")
AES_MEMBER_NOTE = ("Membership is implied, not stated in so many words: the defence ministers of 'the Sahel states Mali, "
                   "Burkina Faso and Niger' meet and speak of 'the military cooperation of the Alliance of Sahel States' "
                   "(their confederation). member-of, one per state.")

DOCS = [
dict(id="echchaab-algeria-dgsn-lahbiri-french-ambassador-driencourt",
     title=NO_HEADLINE + "Algeria's DGSN director Mustapha Lahbiri holds talks with the French ambassador Xavier Driencourt "
                         "on police cooperation",
     source="Ech-Chaab (ech-chaab.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("algeria-dgsn", "للأمن الوطني", "المدير العام للأمن الوطني العقيد"),
        ("lahbiri", "مصطفى لهبيري"),
        ("france", "فرنسا", None, 1),
        ("algeria", "الجزائري", "سفير فرنسا بالجزائري كزافي"),
        ("driencourt", "كزافي دريونكور"),
        ("algeria-dgsn", "المديرية العامة للأمن الوطني"),
        ("france", "فرنسا", None, 2),
        ("algeria", "الجزائري", "سفير فرنسا بالجزائري «"),
        ("algeria-dgsn", "الشرطة الجزائرية"),
     ],
     relations=[
        dict(type="met", src="lahbiri", tgt="driencourt", quote=ECH_MEET, place="Algiers",
             note="Talks in Algiers ('بالجزائر العاصمة', the city: a place, not a mention). 'The day before yesterday' in an "
                  "undated page: no date (Lahbiri headed the DGSN 2018–2019, Driencourt was ambassador 2017–2020). "
                  "'بالجزائري' is the outlet's slip for بالجزائر ('France's ambassador in Algeria'), read as a mention of "
                  "Algeria. An ambassador gets no leads."),
        dict(type="leads", src="lahbiri", tgt="algeria-dgsn",
             quote="المدير العام للأمن الوطني العقيد مصطفى لهبيري",
             note="'المدير العام للأمن الوطني' gives a mention 'للأمن الوطني' of Algeria's DGSN (the title-gives-a-mention "
                  "rule); the statement 'من المديرية العامة للأمن الوطني' names it in full."),
        dict(type="cooperated", src="algeria-dgsn", tgt="french-national-police",
             quote="سبل تعزيز التعاون بين شرطة البلدين في مختلف الميادين", occ=1,
             note="Talks on strengthening the cooperation 'between the police of the two countries' (talks on cooperation "
                  "are cooperated, as in test3 and test7). 'شرطة البلدين' names neither body: it is read as Algeria's DGSN "
                  "(the host) and the French National Police, which therefore has a relation and no mention (as test7's "
                  "dual). The quoted statement repeats the same words; annotated once. The stress on exchanging "
                  "experience in specialised police training is a wish and gives no trained."),
        dict(type="praised", src="driencourt", tgt="algeria-dgsn",
             quote="أشاد سفير فرنسا بالجزائري «بالتجربة الكبيرة التي أصبحت تتمتع بها الشرطة الجزائرية على الصعيدين الإقليمي والدولي",
             note="The ambassador commends the Algerian police's experience regionally and internationally. 'الشرطة "
                  "الجزائرية' is Algeria's DGSN (its national police)."),
     ]),

dict(id="awkar-mauritania-interior-minister-ould-mohamed-lemine-marlaska-madrid",
     title="وزير الداخلية يبحث التعاون الأمني والهجرة مع نظيره الإسباني",
     source="Awkar (awkar.mr)", published=None,
     out_of_scope=[],
     mentions=[
        ("marlaska", "نظيره الإسباني", None, 1),
        ("ould-mohamed-lemine", "محمد أحمد ولد محمد الأمين"),
        ("marlaska", "فرناندو مارلاسكا"),
        ("spain-interior-ministry", "وزارة الداخلية الإسبانية"),
        ("mauritania", "موريتانيا"),
        ("spain", "إسبانيا"),
     ],
     relations=[
        dict(type="met", src="ould-mohamed-lemine", tgt="marlaska", quote=AWK_MEET, place="Spanish Ministry of the Interior (Madrid)",
             note="A working session at the Spanish interior ministry's headquarters (the city is not named in this text). "
                  "'Today, Thursday' in an undated page: no date. The headline's 'نظيره الإسباني' (standing alone) is a "
                  "mention of Marlaska; in the body the name follows it and only the name is annotated, as in dev5 and dev8."),
        dict(type="visited", src="ould-mohamed-lemine", tgt="spain-interior-ministry", quote=AWK_MEET,
             note="Received at the Spanish ministry's headquarters: a visit to that ministry, as test7's Al-Ansari and "
                  "dev14's Tawfik. A visit to Spain is not stated in this text."),
        dict(type="leads", src="marlaska", tgt="spain-interior-ministry",
             quote="نظيره الإسباني فرناندو مارلاسكا بمقر وزارة الداخلية الإسبانية",
             note="Marlaska is the interior minister's Spanish counterpart, and the Spanish interior ministry is named in the "
                  "same clause (leads where the ministry is named separately, as dev14's Nisar and Tawfik). The Mauritanian "
                  "minister gets no leads: his ministry is named only in his title."),
        dict(type="cooperated", src="mauritania", tgt="spain",
             quote="وسبل تعزيز التعاون والتنسيق المشترك بين موريتانيا وإسبانيا",
             note="Talks on strengthening the cooperation and joint coordination between the two states on security and "
                  "migration; 'تعميق الشراكة بين البلدين' is the same claim. Undated."),
     ]),

dict(id="manartv-algeria-sellal-niger-rafini-security-cooperation",
     title=NO_HEADLINE + "Algeria's prime minister Abdelmalek Sellal and Niger's prime minister Brigi Rafini on the terrorist "
                         "threat and security cooperation",
     source="Al Manar (manartv.com.lb)", published=None,
     out_of_scope=[],
     mentions=[
        ("sellal", "عبد المالك سلال"),
        ("algeria", "الجزائر", "إن الجزائر والنيجر"),
        ("niger", "النيجر"),
        ("sellal", "سلال", "ودعا سلال"),
        ("rafini", "بريجي رافيني"),
        ("algeria", "الجزائر", "زيارة رسمية إلى الجزائر"),
        ("sellal", "سلال", "وقال سلال"),
     ],
     relations=[
        dict(type="met", src="sellal", tgt="rafini", quote="خلال جلسة عمل جمعته بنظيره النيجيري، بريجي رافيني",
             place="Algeria",
             note="A working session during Rafini's official visit to Algeria; 'جمعته' has Sellal as subject. Undated page "
                  "(Rafini and Sellal were both prime minister 2012–2017). Neither gets leads: a prime minister's government "
                  "is not named."),
        dict(type="visited", src="rafini", tgt="algeria", quote="الذي يقوم بزيارة رسمية إلى الجزائر",
             note="An official visit to Algeria; the destination is a mention of the state."),
        dict(type="cooperated", src="algeria", tgt="niger",
             quote="أهمية “” التعاون الأمني ” بين البلدين",
             note="At the working session Sellal stresses the importance of the security cooperation between the two states "
                  "(read as talks on an existing cooperation, as in test3 and test7). 'البلدين' is resolved from 'الجزائر "
                  "والنيجر' in the first sentence. The call to hunt armed groups together is a wish."),
     ]),

dict(id="libyaschannel-2021-italy-lamorgese-un-envoy-kubis-libya-security",
     title=NO_HEADLINE + "Italy's interior minister Luciana Lamorgese and the UN envoy Ján Kubiš discuss the security situation "
                         "in Libya",
     source="Libya's Channel (libyaschannel.com)", published="2021-05-12",
     out_of_scope=[],
     mentions=[
        ("lamorgese", "لوتشانا لامورجيزي"),
        ("un", "للأمم المتحدة"),
        ("unsmil", "بعثة الأمم المتحدة للدعم في ليبيا"),
        ("kubis", "يان كوبيش"),
        ("libya", "ليبيا", "الراهن في ليبيا"),
        ("libya", "حكومة الوحدة الوطنية"),
        ("lamorgese", "لامورجيزي", "\nلامورجيزي"),
        ("italy-interior-ministry", "وزارة الداخلية", "صادر عن وزارة الداخلية"),
        ("libya", "ليبيا", "الإطار الأمني في ليبيا"),
     ],
     relations=[
        dict(type="met", src="lamorgese", tgt="kubis", quote=LIB_MEET,
             note="A meeting on the current security scenario in Libya. The meeting is not dated in the text (the URL date is "
                  "12 May 2021); the place is not stated. Kubiš is the UN Secretary-General's special envoy, not the UN's head."),
        dict(type="leads", src="kubis", tgt="unsmil", quote="ورئيس بعثة الأمم المتحدة للدعم في ليبيا، يان كوبيش",
             note="'بعثة الأمم المتحدة للدعم في ليبيا' is one mention of UNSMIL (longest name), not of the UN or Libya."),
        dict(type="part-of", src="unsmil", tgt="un", quote="بعثة الأمم المتحدة للدعم في ليبيا",
             note="The name states the hierarchy ('the United Nations' support mission in Libya'), as test7's NAVCENT; the UN "
                  "also has its own mention in 'للأمم المتحدة'."),
        dict(type="leads", src="lamorgese", tgt="italy-interior-ministry",
             quote="وزيرة الداخلية الإيطالية لوتشانا لامورجيزي",
             note="Her title names the ministry, which the next sentence names separately ('بيان صادر عن وزارة الداخلية', the "
                  "Italian ministry, read in context): leads, as dev14's Nisar."),
        dict(type="trained", src="italy", tgt="libya",
             quote="أكدت على الالتزام المكثف والمتواصل من جانب الحكومة الإيطالية من أجل ترسيخ الإطار الأمني في ليبيا، وتعزيز قدرات السلطات الليبية على إدارة الحدود البرية والبحرية",
             note="Italy's 'intensive and continuing' commitment to strengthen the Libyan authorities' capacity to manage the "
                  "land and sea borders: ongoing capacity building, so trained (Italy → Libya). Read as an existing effort, "
                  "not a pledge. 'الحكومة الإيطالية' and 'السلطات الليبية' are not mentions; the claims go to the states "
                  "(Italy has a relation without a mention). The prospects of working with the Government of National Unity are "
                  "a plan."),
     ]),

dict(id="souhoufi-2010-mali-hands-aqim-financier-omar-sahraoui-to-mauritania",
     title="مالي تسلم مشتبها به من تنظيم القاعدة إلى موريتانيا",
     source="Souhoufi (souhoufi.com), citing AMI (ونا)", published="2010-02-20",
     out_of_scope=[("نواكشوط – ونا – ", 1, "dateline")],
     mentions=[
        ("mali", "مالي", "مالي تسلم"),
        ("aqim", "تنظيم القاعدة", "من تنظيم القاعدة إلى"),
        ("mauritania", "موريتانيا", "إلى موريتانيا"),
        ("mauritanian-security-services", "السلطات الأمنية الموريتانية"),
        ("malian-security-services", "نظيرتها المالية"),
        ("aqim", "القاعدة", "نفذتها القاعدة"),
        ("mauritania", "موريتانيا", "القاعدة في موريتانيا"),
        ("mali", "مالي", "اعتقل في مالي"),
        ("omar-sahraoui", "أعمر ولد سيد احمد"),
        ("omar-sahraoui", "عمر الصحراوي"),
        ("mauritania", "موريتانيا", "والإيطاليين في موريتانيا"),
        ("mauritania-dgsn", "الشرطة الموريتانية"),
        ("aqim", "تنظيم القاعدة ببلاد المغرب الإسلامي"),
     ],
     relations=[
        dict(type="extradited", src="mali", tgt="mauritania", quote="مالي تسلم مشتبها به من تنظيم القاعدة إلى موريتانيا",
             date="2010-02-20", date_inferred="'today, Saturday' in the body, against the URL date 20 Feb. 2010 (a Saturday)",
             note="The headline states the hand-over between the states; the body states it between the security services. "
                  "The same hand-over at two levels with different actors is annotated at both (as Chaab Press and Al Masalah "
                  "in dev and dev3). 'تنظيم القاعدة' in the headline is read as AQIM, which the last sentence names."),
        dict(type="extradited", src="malian-security-services", tgt="mauritanian-security-services",
             quote="أن السلطات الأمنية الموريتانية تسلمت اليوم السبت من نظيرتها المالية شخصا",
             date="2010-02-20", date_inferred="'today, Saturday' against the URL date 20 Feb. 2010 (a Saturday)",
             note="The Mauritanian security authorities received the suspect from their Malian counterpart ('نظيرتها المالية', a "
                  "new collective Malian actor)."),
        dict(type="extradited", src="malian-security-services", tgt="omar-sahraoui",
             quote="أن السلطات الأمنية الموريتانية تسلمت اليوم السبت من نظيرتها المالية شخصا",
             date="2010-02-20", date_inferred="'today, Saturday' against the URL date 20 Feb. 2010 (a Saturday)",
             note="The same hand-over with the person as target (he is named in the next sentence), because extradited takes "
                  "one target, as dev14's Adebolajo."),
        dict(type="arrested", src="malian-security-services", tgt="omar-sahraoui", quote="الشخص الذي اعتقل في مالي",
             place="Mali",
             note="The arresting body is not named; he was arrested in Mali and handed over by the Malian services, so the "
                  "arrest is put on the collective Malian actor. Not dated. His role as AQIM's financier (a person in a group) "
                  "has no type."),
     ]),

dict(id="hadarat-mossad-cia-chad-deby-kogri-intelligence-ties",
     title="تقرير: الموساد يُطور العلاقات مع تشاد.",
     source="Hadarat (hadarat.net), translating Israel Defense", published=None,
     out_of_scope=[("إسرائيل ديفينس...عامي دومبا.\n", 1, "source line (outlet and author of the translated report)"),
                   ("ترجمة حضارات\n", 1, "translation credit"),
                   ("لسنوات عديد", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("mossad", "الموساد", "تقرير: الموساد"),
        ("chad", "تشاد", "العلاقات مع تشاد."),
        ("mossad", "الموساد", "يعمل الموساد"),
        ("cia", "وكالة المخابرات المركزية"),
        ("deby", "إدريس ديبي", None, 1),
        ("chad-ans", "جهاز المخابرات"),
        ("kogri", "أحمد كوجري"),
        ("dgse", "المخابرات الفرنسية"),
        ("dgse", "DGSE"),
        ("chad", "تشاد", "وفد آخر من تشاد"),
        ("israel", "إسرائيل", "زار إسرائيل"),
        ("mossad", "الموساد", "رئيس الموساد"),
        ("yossi-cohen", "يوسي كوهين"),
        ("deby", "إدريس ديبي", None, 2),
        ("chad-ans", "وكالة الأمن القومي"),
        ("kogri", "أحمد كوغري"),
        ("kogri", "كوغري", "الجنرال كوغري تل"),
        ("israel", "تل أبيب"),
        ("chad", "تشاد", "المنافسة الشرسة في تشاد"),
        ("israel", "إسرائيل", "بدون طيار من إسرائيل"),
        ("mossad", "للموساد"),
        ("chad", "تشاد", "تعد تشاد"),
        ("chad", "تشاد", "الجارة لتشاد"),
     ],
     relations=[
        dict(type="cooperated", src="mossad", tgt="deby", quote=HAD_MOSSAD_CIA,
             note="The Mossad and the CIA are 'working to strengthen the relations' with Chad's ruler Déby and its intelligence "
                  "chief Kogri: an existing, growing relationship, recorded as cooperated, one per pair (four). " + HAD_NOTE),
        dict(type="cooperated", src="mossad", tgt="kogri", quote=HAD_MOSSAD_CIA,
             note="See r1. 'مدير جهاز المخابرات' gives a mention 'جهاز المخابرات' of Chad's ANS, read in context (Kogri heads "
                  "it; the text names it 'وكالة الأمن القومي' later). " + HAD_NOTE),
        dict(type="cooperated", src="cia", tgt="deby", quote=HAD_MOSSAD_CIA,
             note="See r1. 'وكالة المخابرات المركزية' is the CIA. " + HAD_NOTE),
        dict(type="cooperated", src="cia", tgt="kogri", quote=HAD_MOSSAD_CIA,
             note="See r1. The relations are said to come 'at the expense of the French intelligence, DGSE' (rivalry, no type); "
                  "'المخابرات الفرنسية' and 'DGSE' are two mentions of the DGSE (an appositive gloss). " + HAD_NOTE),
        dict(type="leads", src="kogri", tgt="chad-ans",
             quote="ورئيس وكالة الأمن القومي الجنرال أحمد كوغري",
             note="'وكالة الأمن القومي' is here Chad's National Security Agency (ANS), not the US NSA; 'مدير جهاز المخابرات "
                  "أحمد كوجري' (another spelling) is the same claim, annotated once."),
        dict(type="leads", src="yossi-cohen", tgt="mossad", quote="رئيس الموساد يوسي كوهين"),
        dict(type="visited", src="yossi-cohen", tgt="chad", quote=HAD_COHEN,
             note="Cohen visited 'بنيامين' several times to meet Déby and Kogri. 'بنيامين' is read as a garbled N'Djamena "
                  "(it is not annotated: as written it names no actor); a visit to Chad is what the clause states. " + HAD_NOTE),
        dict(type="met", src="yossi-cohen", tgt="deby", quote=HAD_COHEN,
             note="The visits were 'to meet President Idriss Déby'. " + HAD_NOTE),
        dict(type="met", src="yossi-cohen", tgt="kogri", quote=HAD_COHEN,
             note="The visits were also to meet the ANS head Kogri. " + HAD_NOTE),
        dict(type="visited", src="kogri", tgt="israel", quote="وقد زار الجنرال كوغري تل أبيب وهرتسليا سبع مرات",
             note="Tel Aviv as the destination of a visit stands for Israel (its alias); Herzliya (the Mossad's seat) is a city "
                  "and not a mention. Seven visits, not dated. " + HAD_NOTE),
        dict(type="cooperated", src="israel", tgt="chad",
             quote="فإن العلاقات بين البلدين كانت قائمة حتى الآن على التعاون الاستخباراتي والإرشاد حول هذا الموضوع",
             note="Relations 'between the two countries' (Israel and Chad, resolved from the report) rest on intelligence "
                  "cooperation and guidance. The new communication channel, 'pivotal in the security strategy of the two "
                  "countries', is the same claim. The visit of an unnamed Chadian delegation to Israel in early July (no year) "
                  "has no named source for visited and is not annotated; the drone and agriculture deals are trade, not a type. "
                  + HAD_NOTE),
     ]),

dict(id="alhourouf-senegal-arrests-isis-returnee-richard-toll",
     title="اعتقال إرهابي قرب الحدود الموريتانية",
     source="Al Hourouf (alhourouf.com)", published=None,
     out_of_scope=[("الأخبار\n\n", 1, "section label"),
                   ("مقالات ذات صلة\n\nزر الذهاب إلى الأعلى", 1, "related-articles label and back-to-top button")],
     mentions=[
        ("isis", "الدولة الإسلامية"),
        ("isis", "داعش", "(داعش)"),
        ("senegal-ct-special-division", "الفرقة الخاصة لقوات مكافحة الإرهاب"),
        ("senegal", "السنغال", "مكافحة الإرهاب في السنغال"),
        ("isis", "داعش", "«داعش»"),
        ("senegal-security-services", "أجهزة الأمن السنغالية"),
     ],
     relations=[
        dict(type="arrested", src="senegal", tgt="isis",
             quote="أعلنت السلطات السنغالية أنها تمكنت من إلقاء القبض على شخص يشتبه في انتمائه لتنظيم ما يعرف بالدولة الإسلامية (داعش)",
             place="Richard Toll, northern Senegal, near the Mauritanian border",
             note="The Senegalese authorities (the state; 'السلطات السنغالية' is not a mention) arrested an unnamed suspected ISIS "
                  "member, a Senegalese returning from Syria. The unnamed suspect is linked to the group. 'ريشاربشمال' is "
                  "Richard Toll run together with 'بشمال'. Undated page."),
        dict(type="arrested", src="senegal-ct-special-division", tgt="isis",
             quote="أن عناصر من الفرقة الخاصة لقوات مكافحة الإرهاب في السنغال، اعتقلت الرجل",
             place="Richard Toll, northern Senegal",
             note="The same arrest credited by a Senegalese press source to the counter-terrorism forces' special division "
                  "(a new agency): annotated at both levels, as the two levels of a coordination. 'في السنغال' is kept out of "
                  "the unit's mention and is a mention of Senegal. The intelligence the Senegalese services had received for "
                  "weeks comes from an unnamed source: no tipped-off."),
     ]),

dict(id="webmanagercenter-2015-essid-tunisia-foiled-plots-algerian-intelligence",
     title="الصيد: تونس أحبطت مخططات إرهابية بفضل الجزائر",
     source="WMC (ar.webmanagercenter.com), citing Echorouk", published="2015-10-27",
     out_of_scope=[("habib\n\n", 1, "image label"),
                   ("اترك تعليقاً\n\nTime limit is exhausted. Please reload CAPTCHA.", 1, "comment widget")],
     mentions=[
        ("essid", "الصيد", "الصيد: تونس"),
        ("tunisia", "تونس", "الصيد: تونس"),
        ("algeria", "الجزائر", "بفضل الجزائر\n"),
        ("essid", "الحبيب الصيد"),
        ("tunisia", "تونس", "أن تونس قد"),
        ("algeria", "الجزائر", "مدّتها بها الجزائر"),
        ("essid", "الصيد", "وشدّد الصيد"),
        ("tunisia", "تونس", "العلاقات بين تونس والجزائر وطيدة"),
        ("algeria", "الجزائر", "والجزائر وطيدة"),
        ("essid", "الصيد", "ونفى الصيد"),
        ("tunisia", "تونس", "الوقيعة بين تونس"),
        ("algeria", "الجزائر", "الوقيعة بين تونس والجزائر"),
     ],
     relations=[
        dict(type="tipped-off", src="algeria", tgt="tunisia",
             quote="أن تونس قد تمكنت من إفشال مخططات إرهابية بفضل معلومات استخباراتية مدّتها بها الجزائر",
             note="Intelligence that Algeria supplied let Tunisia foil terrorist plots (head of government Essid, in an interview "
                  "with Echorouk). The headline states the same claim; annotated once. The plots are not dated (URL date "
                  "27 Oct. 2015). Essid's credit to Algeria is the tip-off itself and is not recorded again as praised."),
        dict(type="cooperated", src="tunisia", tgt="algeria",
             quote="أهمية التعاون الثنائي بين البلدين والتنسيق الأمني المتواصل في إطار مقاومة الإرهاب",
             note="The 'continuing security coordination' between the two states against terrorism: an existing cooperation. "
                  "'البلدين' is resolved from the first sentence. Essid gets no leads: 'رئيس الحكومة' names no body."),
     ]),

dict(id="elbalad-2025-aes-defence-ministers-niamey-mali-burkina-niger",
     title=NO_HEADLINE + "The defence ministers of the Alliance of Sahel States (Mali, Burkina Faso, Niger) meet in Niamey",
     source="Sada El Balad (elbalad.news), citing Mondafrique", published="2025-11-09",
     out_of_scope=[(" date 2025-11-09 ", 1, "date banner")],
     mentions=[
        ("mali", "مالي", "الإفريقي مالي"),
        ("burkina-faso", "بوركينا فاسو"),
        ("niger", "النيجر", "فاسو والنيجر"),
        ("aes", "تحالف دول الساحل"),
        ("mali", "مالي", "تشهد فيه مالي"),
        ("tiani", "عبد الرحمن تياني"),
        ("niger", "النيجر", "الانتقالية في النيجر"),
     ],
     relations=[
        dict(type="cooperated", src="mali", tgt="burkina-faso", quote=AES_COOP, place="Niamey", note=AES_COOP_NOTE),
        dict(type="cooperated", src="mali", tgt="niger", quote=AES_COOP, place="Niamey", note=AES_COOP_NOTE),
        dict(type="cooperated", src="burkina-faso", tgt="niger", quote=AES_COOP, place="Niamey", note=AES_COOP_NOTE),
        dict(type="member-of", src="mali", tgt="aes", quote="وشددوا على ضرورة تسريع التعاون العسكري لتحالف دول الساحل",
             note=AES_MEMBER_NOTE),
        dict(type="member-of", src="burkina-faso", tgt="aes", quote="وشددوا على ضرورة تسريع التعاون العسكري لتحالف دول الساحل",
             note=AES_MEMBER_NOTE),
        dict(type="member-of", src="niger", tgt="aes", quote="وشددوا على ضرورة تسريع التعاون العسكري لتحالف دول الساحل",
             note=AES_MEMBER_NOTE),
        dict(type="leads", src="tiani", tgt="niger",
             quote="الجنرال عبد الرحمن تياني، رئيس الحكومة الانتقالية في النيجر",
             note="Tiani heads Niger's transitional government, named with the state ('في النيجر'): leads the state (country "
                  "kind covers its government). He chaired the ministers' meeting; the ministers are unnamed, so no met."),
     ]),

dict(id="achahed-tunisia-ben-jeddou-libya-mazeg-ras-jedir",
     title=NO_HEADLINE + "Tunisia's interior minister Lotfi Ben Jeddou meets his Libyan counterpart Saleh Mazeg and rules out "
                         "handing over Libyans living in Tunisia",
     source="Achahed (via Turess)", published=None,
     out_of_scope=[("يُشار إلى أنه تم خلال الإجتماع الأمني التونسي-الليبي الذي عُ", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("ben-jeddou", "لطفي بن جدو"),
        ("tunisia", "تونس", "المُقيمين بتونس"),
        ("ben-jeddou", "بن جدو", "وقال بن جدو"),
        ("mazeg", "صالح مازق"),
        ("tunisia", "تونس", "يزور حاليا تونس"),
        ("libya", "ليبيا", "طالبت ليبيا"),
        ("tunisia", "تونس", "الليبيين من تونس"),
        ("tunisia-interior-ministry", "وزارة الداخلية", "يتجاوز وزارة الداخلية"),
        ("tunisia", "تونس", "الليبيين في تونس"),
        ("tunisia", "تونس", "موجودين بتونس"),
        ("tunisia-interior-ministry", "وزارة الداخلية التونسية"),
     ],
     relations=[
        dict(type="met", src="ben-jeddou", tgt="mazeg", quote="إجتماعه اليوم الأربعاء مع نظيره الليبي صالح مازق",
             place="Tunisia",
             note="'Today, Wednesday' in an undated page: no date (Mazeg was Libya's interior minister in 2014). Mazeg's demand "
                  "that ten Libyans be handed over and Ben Jeddou's answer (he rules it out and refers it to the head of "
                  "government) are a request, not a hand-over: not annotated. The cut last sentence (a Tunisian–Libyan security "
                  "meeting) is out of scope."),
        dict(type="visited", src="mazeg", tgt="tunisia", quote="صالح مازق الذي يزور حاليا تونس",
             note="Mazeg 'is currently visiting Tunisia'."),
        dict(type="leads", src="ben-jeddou", tgt="tunisia-interior-ministry",
             quote="وزير الداخلية التونسي لطفي بن جدو",
             note="His ministry is named separately ('يتجاوز وزارة الداخلية', his own ministry, and 'وزارة الداخلية التونسية'): "
                  "leads, as dev14's Nisar. Mazeg gets none: the Libyan ministry is named only in his title."),
     ]),
]
