# Gold annotations for the test28 corpus (held out; same conventions as docs_spec.py and docs_spec_test7.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

NAD_MEET = ("استقبل صاحب السمو الملكي الفريق أول ركن متعب بن عبدالله بن عبدالعزيز نائب رئيس الحرس الوطني المساعد للشؤون العسكرية "
            "ظهر أمس الأحد في مكتب سموه برئاسة الحرس الوطني سعادة السفير الأمريكي لدى المملكة السيد فورد فرا يكر")
NAD_ATTEND = ("حضر اللقاء من الجانب الأمريكي القائم بالأعمال بالسفارة الأمريكية السيد مايكل قوفلر "
              "ونائب رئيس البعثة بالنيابة السيد ديفيد رانديل")
NAD_DATE_NOTE = ("'Yesterday, Sunday' in an undated page: no date (Fraker was ambassador 2007–2009, and Mutaib deputy commander "
                 "for military affairs until 2010).")
ITT_VISIT = "جاء ذلك خلال زيارته والوفد المرافق لقيادة شرطة لندن بالمملكة المتحدة"
ITT_DATE = "2006"
ITT_INF = "the dateline (14 Nov. 2006) reports the visit as recent; its day is not stated"
RSL_MEET = ("اجتمع سعادة الشيخ عبدالعزيز بن فيصل بن محمد آل ثاني، وزير الدولة للشؤون الداخلية، اليوم الثلاثاء، "
            "مع سعادة السيد لوران نونيز، وزير الداخلية في الجمهورية الفرنسية، على هامش أعمال معرض ميليبول باريس 2025")
RSL_INF = ("'today, Tuesday' on the margins of Milipol Paris 2025 (named in the text), which ran from Tuesday 18 to Friday "
           "21 November 2025, so only one Tuesday fits")
WEE_TRAIN = ("ووفقا للتقرير الألماني سيتولى مدربو الشرطة الألمانية مهمات تدريب لعناصر حرس الحدود السعودي، "
             "وذلك في إطار المهمة التدريبية والاستشارية هناك منذ عام 2009")
YAUM_VALLS = "بحث وزير الداخلية السعودي مع نظيره الفرنسي إيمانويل فالزوز القضايا الأمنية وسبل التعاون الأمني بين البلدين"
YAUM_DATE_NOTE = ("The page is undated; 'the evening of the day before yesterday' is not resolved. The officials named put the "
                  "visit between Nov. 2012 (Mohammed bin Nayef interior minister) and March 2014 (Valls interior minister).")
U71_SIGN = "أعلنت وزارة الدفاع القطرية الأربعاء، توقيع اتفافية تعاون أمني مع منظمة حلف شمال الأطلسي (الناتو)"
U71_DATE = "2017-12/2018-01"
U71_INF = ("the signing came 'about two months' after Qatar joined Resolute Support 'last November', during the seventh month "
           "of the Gulf crisis (which began on 5 June 2017)")
RAI_MEET = ("خلال استقباله في مكتبه بوزارة الداخلية (مبنى نواف الأحمد) في منطقة صبحان صباح اليوم السفير الأميركي في الكويت "
            "دوغلاس سيليمان")
RAI_ATTEND = "السفير الأميركي في الكويت دوغلاس سيليمان يرافقه رئيس القسم السياسي في السفارة غريغوري ماركيز"
RAI_DATE_NOTE = ("'This morning' in an undated page: no date (Silliman was ambassador 2014–2016; Al-Khalid minister 2013–2017).")
BHM_TRAIN = ("يشرف عناصر أمريكيون من وزارة العدل ومكتب التحقيقات الفيدرالية \"FBI\" على تدريب الأجهزة الأمنية في البحرين "
             "على ما أسمته «مكافحة الإرهاب»")
BHM_DATE_INF = "the page's date (28 Aug. 2018) reports the training as under way"
WTN_WORK = "يعمل فيه الاتحاد الأوروبي والمملكة معا لمواجهة التهديدات الإرهابية"
WTN_COALITION = ("يعمل فيه الاتحاد الأوروبي والمملكة معا لمواجهة التهديدات الإرهابية، التي تمثلت في مشاركتهما بالتحالف الدولي "
                 "لضرب تنظيم داعش المتشدد")
G365_MEET = ("استقبل الفريق سمو الشيخ سيف بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير الداخلية، في أبوظبي، "
             "معالي جيرالد دارمانان وزير العدل في الجمهورية الفرنسية")

DOCS = [
dict(id="alnadwah-saudi-national-guard-mutaib-receives-us-ambassador-fraker",
     title=NO_HEADLINE + "Mutaib bin Abdullah, deputy commander of the Saudi National Guard, receives the US ambassador Ford Fraker",
     source="Al Nadwah (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("mutaib", "متعب بن عبدالله بن عبدالعزيز"),
        ("saudi-national-guard", "الحرس الوطني", "نائب رئيس الحرس الوطني"),
        ("saudi-national-guard", "رئاسة الحرس الوطني"),
        ("fraker", "فورد فرا يكر"),
        ("us-embassy-riyadh", "السفارة الأمريكية"),
        ("gfoeller", "مايكل قوفلر"),
        ("rundell", "ديفيد رانديل"),
     ],
     relations=[
        dict(type="met", src="mutaib", tgt="fraker", quote=NAD_MEET, place="Riyadh (Mutaib's office at the National Guard's headquarters)",
             note="A reception with 'friendly talks and a discussion of matters of common interest'. " + NAD_DATE_NOTE +
                  " Mutaib is the deputy commander ('نائب رئيس … المساعد'): no leads; his title gives a mention of the National Guard. "
                  "An ambassador gets no leads."),
        dict(type="visited", src="fraker", tgt="saudi-national-guard", quote=NAD_MEET,
             note="Received in Mutaib's office 'at the Presidency of the National Guard' (its headquarters): visited the agency, as test7's "
                  "Al-Ansari at the Malaysian ministry. " + NAD_DATE_NOTE),
        dict(type="met", src="mutaib", tgt="gfoeller", quote=NAD_ATTEND,
             note="He attended the meeting on the US side ('حضر اللقاء'): a met with the host, as attendance in test7. "
                  "'السفارة الأمريكية' is the US embassy in Riyadh (a mention of it, not of the shipped Rabat embassy). " + NAD_DATE_NOTE),
        dict(type="met", src="mutaib", tgt="rundell", quote=NAD_ATTEND,
             note="He attended the meeting on the US side: a met with the host. " + NAD_DATE_NOTE),
        dict(type="visited", src="gfoeller", tgt="saudi-national-guard", quote=NAD_ATTEND,
             note="He came with the ambassador to the meeting at the National Guard's headquarters: visited, as the ambassador who "
                  "accompanied Diallo in dev14."),
        dict(type="visited", src="rundell", tgt="saudi-national-guard", quote=NAD_ATTEND,
             note="He came with the ambassador to the meeting at the National Guard's headquarters: visited, as in dev14."),
     ]),

dict(id="alittihad-2006-abu-dhabi-police-raisi-visits-london-police",
     title="وفد من شرطة أبوظبي يزور شرطة لندن",
     source="Al Ittihad (alittihad.ae)", published="2006-11-14",
     out_of_scope=[("الأربعاء 24 ابريل 2024 أبوظبي الإمارات\nمواقيت الصلاة\nأبرز الأخبار\nعدد اليوم\nعدد اليوم\nعلوم الدار", 1,
                    "site banner, navigation and section label"),
                   ("14 نوفمبر 2006 01:04", 1, "dateline"),
                   ("ومن ثم استمع إلى شرح مفصل من قادة الوحدات الأمنية حول أنظمة المراقبة وتوزيع قادة الأزمات والاستعدادات", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("abu-dhabi-police", "شرطة أبوظبي", "وفد من شرطة أبوظبي"),
        ("met-police", "شرطة لندن", "يزور شرطة لندن"),
        ("raisi", "أحمد ناصر الريسي"),
        ("abu-dhabi-police-central-operations", "الإدارة العامة للعمليات المركزية"),
        ("abu-dhabi-police", "شرطة أبوظبي", "للعمليات المركزية بشرطة أبوظبي"),
        ("met-police", "شرطة لندن", "لقيادة شرطة لندن"),
        ("uk", "المملكة المتحدة"),
        ("ghaffur", "طارق غافور"),
        ("met-police", "شرطة لندن", "مساعد قائد شرطة لندن"),
        ("raisi", "الريسي", "رحب بالريسي"),
        ("uae", "دولة الإمارات"),
        ("raisi", "الريسي", "العميد الريسي"),
        ("met-police", "شرطة لندن", "التي تستخدمها شرطة لندن"),
     ],
     relations=[
        dict(type="visited", src="abu-dhabi-police", tgt="met-police", quote="وفد من شرطة أبوظبي يزور شرطة لندن",
             date=ITT_DATE, date_inferred=ITT_INF,
             note="The headline: a delegation of Abu Dhabi Police visits the London police (the body is the visitor here; the body "
                  "text gives Al-Raisi's visit, recorded separately)."),
        dict(type="visited", src="raisi", tgt="met-police", quote=ITT_VISIT, date=ITT_DATE, date_inferred=ITT_INF, place="London",
             note="His visit with the accompanying delegation to the command of the London police ('زيارته' — Al-Raisi, the subject of "
                  "the previous sentence)."),
        dict(type="visited", src="raisi", tgt="uk", quote=ITT_VISIT, date=ITT_DATE, date_inferred=ITT_INF, place="London",
             note="The London police command he visited is 'in the United Kingdom': a working visit to the UK."),
        dict(type="met", src="raisi", tgt="ghaffur",
             quote="حيث كان في استقباله سعادة طارق غافور مساعد قائد شرطة لندن للعمليات", date=ITT_DATE, date_inferred=ITT_INF,
             place="London",
             note="Ghaffur (assistant commissioner for operations) received him: an assistant gets no leads; 'شرطة لندن' in his title "
                  "is a mention of the Met."),
        dict(type="leads", src="raisi", tgt="abu-dhabi-police-central-operations",
             quote="العميد أحمد ناصر الريسي مدير عام الإدارة العامة للعمليات المركزية",
             note="Director general of the General Directorate of Central Operations."),
        dict(type="part-of", src="abu-dhabi-police-central-operations", tgt="abu-dhabi-police",
             quote="الإدارة العامة للعمليات المركزية بشرطة أبوظبي",
             note="'ب' (the directorate 'at' Abu Dhabi Police) states the hierarchy, as the shipped DCPJ's."),
        dict(type="praised", src="ghaffur", tgt="uae",
             quote="أثني على العلاقات الطيبة وحجم التعاون بين البلدين في المجالات الشرطية، ومشيداً بالتطور الذي تشهده دولة الإمارات في شتى المجالات",
             date=ITT_DATE, date_inferred=ITT_INF,
             note="Ghaffur (the subject of 'رحب … وأثني') commends the police cooperation between the two countries and the UAE's "
                  "development: praise of the cooperation recorded on the foreign side (dev14)."),
        dict(type="cooperated", src="uae", tgt="uk", quote="حجم التعاون بين البلدين في المجالات الشرطية",
             note="'البلدين' are the UAE and the UK (the visitor's and the host's states): police cooperation between them is stated "
                  "as existing. Al-Raisi's remark on 'supporting cooperation' restates it. Not dated."),
     ]),

dict(id="elrsala-2025-qatar-abdulaziz-bin-faisal-french-interior-minister-nunez-milipol",
     title="وزير الدولة للشؤون الداخلية يلتقي وزير الداخلية الفرنسي لبحث تعزيز التعاون الأمني وخطوات تنفيذية",
     source="Al Rsala (elrsala.com)", published=None,
     out_of_scope=[("أكد الطرفان على أهمية الاستمرار في مشاورات منتظمة وتكثيف اللقاءات الرسمية والفنية، مع التركيز على تنفيذ برامج مشتركة للتدريب",
                    1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("abdulaziz-bin-faisal", "عبدالعزيز بن فيصل بن محمد آل ثاني"),
        ("nunez", "لوران نونيز"),
        ("france", "الجمهورية الفرنسية", None, 1),
        ("qatar", "دولة قطر"),
        ("france", "الجمهورية الفرنسية", None, 2),
     ],
     relations=[
        dict(type="met", src="abdulaziz-bin-faisal", tgt="nunez", quote=RSL_MEET, date="2025-11-18", date_inferred=RSL_INF,
             place="Paris (Milipol Paris 2025)",
             note="A meeting 'in the presence of senior officials of the two countries' (unnamed). The Qatari interior ministry and the "
                  "French one are named only in the two men's titles: no leads. The talks 'in Paris' on the margins of the exhibition "
                  "do not state a visit to France (as test7's İnce in Doha): no visited. The headline restates the meeting."),
        dict(type="cooperated", src="qatar", tgt="france",
             quote="علاقات التعاون بين دولة قطر والجمهورية الفرنسية في المجالات الأمنية والشرطية", date="2025-11-18", date_inferred=RSL_INF,
             note="The two sides reviewed the existing security and police cooperation between the two states (exchange of expertise, "
                  "training programmes): talks on cooperation are cooperated (test3, test7). The expansion to technical and intelligence "
                  "fields is only discussed (a plan) and is not annotated separately; the cut last sentence (regular consultations, "
                  "joint training programmes) is a wish. The date is the meeting's."),
     ]),

dict(id="alweeam-germany-resumes-federal-police-training-saudi-border-guard",
     title="“لا يمكن الاستغناء عن المملكة”.. تقرير ألماني يكشف محاولات برلين في الخفاء لاستئناف العلاقات مع الرياض",
     source="Al Weeam (alweeam.com.sa), citing Der Spiegel", published=None,
     out_of_scope=[("وعلقت الحكومة الألمانية في وقت سابق على هذه البرامج التدريبية لحرس الحدود السعودي بالقول إن ذلك ي", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("germany", "برلين"),
        ("saudi-arabia", "الرياض"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("german-federal-police", "الشرطة الاتحادية الألمانية"),
        ("saudi-arabia", "السعودية", "مدربيها إلى السعودية"),
        ("german-federal-police", "الشرطة الألمانية", "مدربو الشرطة الألمانية"),
        ("saudi-border-guard", "حرس الحدود", "لعناصر حرس الحدود"),
        ("german-interior-ministry", "وزارة الداخلية", "في الشرطة ووزارة الداخلية"),
        ("saudi-arabia", "السعودية", "(في السعودية)"),
     ],
     relations=[
        dict(type="trained", src="german-federal-police", tgt="saudi-border-guard", quote=WEE_TRAIN,
             note="The Federal Police's training and advisory mission for the Saudi Border Guard exists 'since 2009' (not a date); "
                  "'مدربو الشرطة الألمانية' are the Federal Police's trainers named in the previous paragraph. The resumption "
                  "('ستعيد إرسال', 'قررت استئناف') after the mission was suspended is a decision for the future and is not annotated "
                  "separately; the suspension has no type. The page is undated (the Spiegel report is of Sept. 2019, which the text "
                  "does not say)."),
        dict(type="trained", src="german-interior-ministry", tgt="saudi-border-guard",
             quote="وشارك العام الماضي نحو 70 موظفاً ألمانياً في الشرطة ووزارة الداخلية في تلك المهمة",
             note="About 70 German employees of the police and of the interior ministry ('وزارة الداخلية', the German federal ministry "
                  "in context) took part in the training mission 'last year': the ministry's share in the training. 'Last year' in an "
                  "undated page: no date. The bare 'الشرطة' is a common noun, not a mention (the Federal Police's share is the "
                  "relation above)."),
     ]),

dict(id="alyaum-saudi-interior-minister-mohammed-bin-nayef-paris-hollande-valls",
     title=NO_HEADLINE + "The Saudi interior minister Mohammed bin Nayef in Paris: talks with President Hollande and the French "
                         "interior minister",
     source="Al Yaum (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("mohammed-bin-nayef", "محمد بن نايف بن عبد العزيز"),
        ("hollande", "فرانسوا هولاند"),
        ("valls", "إيمانويل فالزوز"),
        ("fabius", "لوران فابيوس"),
        ("french-security-services", "الأجهزة الأمنية الفرنسية"),
        ("france", "باريس"),
        ("mohammed-ismail-al-sheikh", "محمد آل الشيخ"),
        ("france", "فرنسا", "السفير السعودي لدى فرنسا"),
        ("saudi-embassy-paris", "السفارة السعودية"),
     ],
     relations=[
        dict(type="met", src="mohammed-bin-nayef", tgt="hollande",
             quote="بحث الأمير محمد بن نايف بن عبد العزيز، وزير الداخلية السعودي، الرئيس الفرنسي فرانسوا هولاند العلاقات الثنائية بين البلدين",
             place="Paris",
             note="Talks on bilateral relations and 'common security and regional issues'. " + YAUM_DATE_NOTE),
        dict(type="cooperated", src="saudi-arabia", tgt="france", quote=YAUM_VALLS, place="Paris",
             note="Talks on 'the ways of security cooperation between the two countries' (talks on cooperation are cooperated, test3, "
                  "test7); the strategic partnership Mohammed bin Nayef and Hollande affirmed is the same pair and is not annotated "
                  "twice. Saudi Arabia is named only by adjectives here and has no mention. " + YAUM_DATE_NOTE),
        dict(type="met", src="mohammed-bin-nayef", tgt="valls", quote=YAUM_VALLS, place="Paris",
             note="'وزير الداخلية السعودي' is Mohammed bin Nayef; 'نظيره الفرنسي إيمانويل فالزوز' is the French interior minister, "
                  "read as Manuel Valls (interior minister May 2012–March 2014, while Hollande was president and Mohammed bin Nayef "
                  "interior minister): the outlet garbles his name, which is annotated as a mention of the shipped actor but not added "
                  "as an alias. 'نظيره الفرنسي' beside the name is not a separate mention. " + YAUM_DATE_NOTE),
        dict(type="visited", src="mohammed-bin-nayef", tgt="france",
             quote="وصل مساء أمس الاول إلى باريس في زيارة رسمية",
             note="An official visit: 'باريس' as the visit's destination stands for France. The planned meetings with Fabius and "
                  "'other officials of the French security services' are plans and are not annotated. " + YAUM_DATE_NOTE),
        dict(type="met", src="mohammed-bin-nayef", tgt="mohammed-ismail-al-sheikh",
             quote="وكان في الاستقبال بمطار لوبرجيه محمد آل الشيخ السفير السعودي لدى فرنسا", place="Paris (Le Bourget airport)",
             note="The Saudi ambassador received the minister at the airport (a reception is a met). The embassy's members and the "
                  "unnamed French officials who also received him give no further relation. " + YAUM_DATE_NOTE),
     ]),

dict(id="uae71-qatar-defence-ministry-nato-security-agreement",
     title=NO_HEADLINE + "Qatar's defence ministry signs a security cooperation agreement with NATO in Brussels",
     source="UAE71 (uae71.info)", published=None,
     out_of_scope=[("والناتو هو اختصار لعبارة حلف الشمال الأطلسي (بالإنجليزية: North", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("qatar-defence-ministry", "وزارة الدفاع القطرية"),
        ("nato", "منظمة حلف شمال الأطلسي"),
        ("nato", "الناتو", "(الناتو)"),
        ("qatar-moral-guidance", "مديرية التوجيه المعنوي"),
        ("qatar-defence-ministry", "وزارة الدفاع", "التوجيه المعنوي بوزارة الدفاع"),
        ("qatar", "دولة قطر", None, 1),
        ("nato-resolute-support", "الدعم الحازم"),
        ("nato", "الناتو", "التابعة لحلف \"الناتو\""),
        ("obaidli", "طارق خالد العبيدلي"),
        ("qatar-intl-military-cooperation", "هيئة التعاون العسكري الدولي"),
        ("qatar-armed-forces", "القوات المسلحة القطرية"),
        ("gottemoeller", "روز غوتيمويلر"),
        ("nato", "حلف شمال الأطلسي", "أهمية تعاون حلف شمال الأطلسي"),
        ("qatar", "قطر", "مع قطر في إطار"),
        ("istanbul-cooperation-initiative", "مبادرة إسطنبول للتعاون"),
        ("saudi-arabia", "السعودية"),
        ("uae", "الإمارات"),
        ("bahrain", "البحرين"),
        ("egypt", "مصر"),
        ("qatar", "للدوحة"),
        ("qatar", "قطر", "تعتبره قطر"),
        ("qatar", "قطر", "وكانت قطر"),
        ("nato", "حلف شمال الأطلسي", "قد سلمت حلف شمال الأطلسي"),
        ("qatar", "دولة قطر", None, 2),
        ("nato", "الناتو", "بين دولة قطر وحلف \"الناتو\""),
        ("nato", "الناتو", "وحلف \"الناتو\" هو"),
     ],
     relations=[
        dict(type="cooperated", src="qatar-defence-ministry", tgt="nato", quote=U71_SIGN, date=U71_DATE, date_inferred=U71_INF,
             place="Brussels (NATO headquarters)",
             note="The defence ministry announced the signing of a security cooperation agreement with NATO (a framework for "
                  "protecting exchanged information); the ministry is the Qatari party the text names. 'Wednesday' is not dated."),
        dict(type="part-of", src="qatar-moral-guidance", tgt="qatar-defence-ministry", quote="مديرية التوجيه المعنوي بوزارة الدفاع",
             note="'ب' (the directorate 'at' the defence ministry) states the hierarchy, as the shipped DCPJ's."),
        dict(type="member-of", src="qatar", tgt="nato-resolute-support",
             quote="انضمام دولة قطر إلى عملية \"الدعم الحازم\" التابعة لحلف \"الناتو\" في نوفمبر الماضي",
             date="2017-11", date_inferred="'last November' before a signing in the seventh month of the Gulf crisis (from June 2017)",
             note="Qatar joined NATO's Resolute Support mission: a standing role in a multilateral mission (member-of)."),
        dict(type="part-of", src="nato-resolute-support", tgt="nato", quote="عملية \"الدعم الحازم\" التابعة لحلف \"الناتو\"",
             note="'التابعة' states that the mission is NATO's."),
        dict(type="leads", src="obaidli", tgt="qatar-intl-military-cooperation",
             quote="طارق خالد العبيدلي رئيس هيئة التعاون العسكري الدولي",
             note="Head of the International Military Cooperation Authority."),
        dict(type="part-of", src="qatar-intl-military-cooperation", tgt="qatar-armed-forces",
             quote="هيئة التعاون العسكري الدولي بالقوات المسلحة القطرية",
             note="'ب' (the authority 'in' the Qatar Armed Forces) states the hierarchy."),
        dict(type="met", src="obaidli", tgt="gottemoeller",
             quote="وأكد كل من العميد الركن بحري طارق خالد العبيدلي رئيس هيئة التعاون العسكري الدولي بالقوات المسلحة القطرية، وروز غوتيمويلر نائب الأمين العام للحلف",
             date=U71_DATE, date_inferred=U71_INF, place="Brussels (NATO headquarters)",
             note="The two stressed the importance of NATO–Qatar cooperation together at the signing: read as their meeting there. "
                  "Gottemoeller is a deputy secretary general: no leads; 'للحلف' is anaphora (no mention)."),
        dict(type="cooperated", src="nato", tgt="qatar",
             quote="أهمية تعاون حلف شمال الأطلسي مع قطر في إطار مبادرة إسطنبول للتعاون",
             note="NATO's cooperation with Qatar within the Istanbul Cooperation Initiative, stated as existing; the same cooperation at "
                  "the state level, beside the ministry's agreement (two levels, as in dev2)."),
        dict(type="member-of", src="qatar", tgt="istanbul-cooperation-initiative",
             quote="تعاون حلف شمال الأطلسي مع قطر في إطار مبادرة إسطنبول للتعاون",
             note="Qatar cooperates with NATO 'within the framework of' the Istanbul Cooperation Initiative: its partnership in the "
                  "initiative, a standing role (member-of). The initiative's place in NATO is not stated."),
        dict(type="cooperated", src="qatar", tgt="nato",
             quote="وثيقة برنامج الشراكة الفردية والتعاون بين دولة قطر وحلف \"الناتو\"", date="2016-05",
             note="Qatar handed NATO the document of the Individual Partnership and Cooperation Programme between the two in May 2016 "
                  "(stated): a partnership programme agreed between them, a separate claim from the 2017–2018 agreement. The "
                  "boycott of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt has no type."),
     ]),

dict(id="alraimedia-kuwait-interior-minister-khalid-receives-us-ambassador-silliman",
     title=NO_HEADLINE + "Kuwait's interior minister Mohammad Al-Khalid receives the US ambassador Douglas Silliman",
     source="Al Rai (alraimedia.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("mohammad-al-khalid", "محمد الخالد"),
        ("kuwait", "دولة الكويت"),
        ("usa", "الولايات المتحدة الأميركية", None, 1),
        ("kuwait-interior-ministry", "وزارة الداخلية"),
        ("kuwait", "الكويت", "السفير الأميركي في الكويت"),
        ("silliman", "دوغلاس سيليمان"),
        ("marquez", "غريغوري ماركيز"),
        ("silliman", "سيليمان", "السفير سيليمان"),
        ("usa", "الولايات المتحدة الأميركية", None, 2),
        ("kuwait", "الكويت", "الأميركية بالكويت"),
     ],
     relations=[
        dict(type="met", src="mohammad-al-khalid", tgt="silliman", quote=RAI_MEET, place="Kuwait (interior ministry, Subhan)",
             note="Received in his office at the interior ministry; talks on bilateral relations. " + RAI_DATE_NOTE),
        dict(type="visited", src="silliman", tgt="kuwait-interior-ministry", quote=RAI_MEET,
             note="Received at the ministry's headquarters: visited the ministry (test7's Al-Ansari). " + RAI_DATE_NOTE),
        dict(type="met", src="mohammad-al-khalid", tgt="marquez", quote=RAI_ATTEND,
             note="He accompanied the ambassador ('يرافقه'): a met with the host, as attendance. 'السفارة' is anaphora (no mention). "
                  + RAI_DATE_NOTE),
        dict(type="visited", src="marquez", tgt="kuwait-interior-ministry", quote=RAI_ATTEND,
             note="He accompanied the ambassador to the ministry: visited, as the accompanying ambassador in dev14. " + RAI_DATE_NOTE),
        dict(type="leads", src="mohammad-al-khalid", tgt="kuwait-interior-ministry",
             quote="نائب رئيس مجلس الوزراء ووزير الداخلية الشيخ محمد الخالد",
             note="Minister of the interior; the ministry is named in the same sentence ('بوزارة الداخلية'), so leads is given, as "
                  "test7's Hishammuddin."),
        dict(type="cooperated", src="kuwait", tgt="usa",
             quote="عمق العلاقات التي تجمع بين دولة الكويت والولايات المتحدة الأميركية وبالأخص فيما يتعلق بالتنسيق الأمني وجهود مكافحة الإرهاب الدولي",
             note="Security coordination and counter-terrorism efforts between the two states, stated as existing (Al-Khalid); the "
                  "ambassador's 'security coordination between the two countries' restates it. " + RAI_DATE_NOTE),
        dict(type="praised", src="silliman", tgt="kuwait",
             quote="أشاد السفير سيليمان «بالمستوى الذي وصل إليه التنسيق الأمني بين البلدين»",
             note="Praise of the security coordination, recorded on the foreign side (dev14). " + RAI_DATE_NOTE),
     ]),

dict(id="bhmirror-2018-us-fbi-team-trains-bahrain-interior-ministry-counter-terrorism",
     title="فريق أمريكي يدرّب الداخلية البحرينية على «مكافحة الإرهاب»",
     source="Bahrain Mirror (bh-mirror)", published="2018-08-28",
     out_of_scope=[("2018-08-28 - 9:18 ص", 1, "date line"),
                   ("مرآة البحرين:", 1, "outlet label"),
                   ("- 2025-08-26علي الحاجي: حرمان زوجات السجناء السياسيين من السكن يُشكل عقوبة جماعية\n- 2025-08-20سفير سوري: جوازات بحرينية مزورة في جاكرتا من دمشق\n- 2025-08-04سلام و”منتدى البحرين”: تقرير يوثق تصعيدًا ممنهجًا للانتهاكات الدينية خلال عاشوراء 2025 في البحرين\n- 2025-08-04مجالس المح",
                    1, "headlines of unrelated stories (cut by the store's 2,000-byte limit)")],
     mentions=[
        ("bahrain-interior-ministry", "الداخلية البحرينية"),
        ("us-justice-department", "وزارة العدل"),
        ("fbi", "مكتب التحقيقات الفيدرالية"),
        ("fbi", "FBI"),
        ("bahraini-security-services", "الأجهزة الأمنية في البحرين"),
        ("usa", "الولايات المتحدة الأمريكية"),
        ("siberell", "جاستين سيبيريل"),
        ("iran", "إيران"),
        ("bahrain-public-security", "الأمن العام"),
        ("tariq-al-hassan", "طارق الحسن"),
        ("bahrain", "البحرين", "أن البحرين"),
     ],
     relations=[
        dict(type="trained", src="usa", tgt="bahrain-interior-ministry", quote="فريق أمريكي يدرّب الداخلية البحرينية",
             date="2018", date_inferred=BHM_DATE_INF,
             note="The headline: 'a US team' (named by an adjective; the body says it is made of Justice Department and FBI "
                  "personnel) trains the Bahraini interior ministry. The team is recorded on the United States, and the body's "
                  "claim on the two US bodies and the Bahraini services (below)."),
        dict(type="trained", src="fbi", tgt="bahraini-security-services", quote=BHM_TRAIN, date="2018", date_inferred=BHM_DATE_INF,
             note="FBI personnel supervise the counter-terrorism training of 'the security services in Bahrain' (the collective, one "
                  "mention by the longest name)."),
        dict(type="trained", src="us-justice-department", tgt="bahraini-security-services", quote=BHM_TRAIN, date="2018",
             date_inferred=BHM_DATE_INF,
             note="Personnel of the (US) Justice Department supervise the same training: one relation per trainer."),
        dict(type="leads", src="tariq-al-hassan", tgt="bahrain-public-security", quote="رئيس الأمن العام طارق الحسن",
             note="'رئيس الأمن العام' gives a mention of Bahrain's Public Security (test7's Al Watan). The ambassador's hope that the "
                  "programme will 'strengthen cooperation and the exchange of expertise' is a purpose and is not annotated; Iran's "
                  "alleged support of attacks in Bahrain has no type."),
     ]),

dict(id="alwatan-eu-counter-terrorism-coordinator-de-kerchove-riyadh",
     title=NO_HEADLINE + "The EU counter-terrorism coordinator Gilles de Kerchove ends a visit to Riyadh",
     source="Al Watan (alwatan.com.sa)", published=None,
     out_of_scope=[("وزار الوفد الأو", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("eu", "الاتحاد الأوروبي", "منسق الاتحاد الأوروبي لمكافحة"),
        ("de-kerchove", "جيل دي كيركوف"),
        ("eu", "الاتحاد الأوروبي", "يعمل فيه الاتحاد الأوروبي"),
        ("global-coalition-isis", "التحالف الدولي لضرب تنظيم داعش"),
        ("eeas", "هيئة العمل الخارجي الأوروبي"),
        ("serrano", "بيدرو سيرانو"),
        ("eu", "الاتحاد الأوروبي", "إن الاتحاد الأوروبي يعزز"),
        ("eu", "للاتحاد الأوروبي"),
        ("european-commission", "المفوضية الأوروبية"),
        ("mogherini", "فيدريكا موجيريني"),
        ("saudi-arabia", "الرياض", "أكتوبر من العام الماضي إلى الرياض"),
        ("eu", "الاتحاد الأوروبي", "بين الاتحاد الأوروبي والسعودية"),
        ("saudi-arabia", "السعودية"),
     ],
     relations=[
        dict(type="visited", src="de-kerchove", tgt="saudi-arabia",
             quote="كشف منسق الاتحاد الأوروبي لمكافحة الإرهاب، جيل دي كيركوف، قبيل مغادرته الرياض",
             note="He spoke before leaving Riyadh at the end of 'this visit' ('هذه الزيارة'), an official visit to Saudi Arabia. "
                  "'مغادرته الرياض' names the city he left and is not taken as a mention. The EU's counter-terrorism coordinator "
                  "does not head the EU: no leads (his title gives a mention of the EU). Undated page."),
        dict(type="cooperated", src="eu", tgt="saudi-arabia", quote=WTN_WORK,
             note="The EU and 'the Kingdom' (Saudi Arabia; 'المملكة' alone is not a mention) work together against terrorist threats. "
                  "Serrano's 'the Kingdom is the main partner' restates it."),
        dict(type="member-of", src="eu", tgt="global-coalition-isis", quote=WTN_COALITION,
             note="'مشاركتهما بالتحالف الدولي لضرب تنظيم داعش': the EU takes part in the Global Coalition (one mention, longest "
                  "name, which contains no separate mention of ISIS)."),
        dict(type="member-of", src="saudi-arabia", tgt="global-coalition-isis", quote=WTN_COALITION,
             note="Saudi Arabia takes part in the Global Coalition, as the EU does (one relation each)."),
        dict(type="visited", src="mogherini", tgt="saudi-arabia",
             quote="زيارة الممثلة العليا للاتحاد الأوروبي، ونائبة رئيس المفوضية الأوروبية فيدريكا موجيريني، التي أجرتها في أكتوبر من العام الماضي إلى الرياض",
             note="Her visit to Riyadh (the destination stands for Saudi Arabia). 'October of last year' in an undated page: no date. "
                  "High Representative and a vice-president of the Commission: no leads."),
        dict(type="cooperated", src="eu", tgt="saudi-arabia",
             quote="وتمخضت عن عدد من التفاهمات والتنسيقات في العلاقات الثنائية بين الاتحاد الأوروبي والسعودية",
             note="Mogherini's visit produced understandings and coordination between the EU and Saudi Arabia: a separate claim from "
                  "the counter-terrorism work above (an earlier event). Not dated (see her visit)."),
     ]),

dict(id="gulf365-2025-uae-saif-bin-zayed-receives-french-justice-minister-darmanin",
     title=NO_HEADLINE + "Saif bin Zayed receives the French justice minister Gérald Darmanin in Abu Dhabi",
     source="Gulf 365 (gulf365.net)", published="2025-11-17",
     out_of_scope=[(" date 2025-11-17 ", 1, "date banner"),
                   ("ابوظبي - سيف اليزيد - ", 1, "dateline and byline"),
                   ("وكتب سموه عبر منصة «إكس»: «سعدتُ بلقاء معالي جيرالد دارمانان، وزير العدل في جمهورية فرنسا الصديقة، حيث استعرضنا عمق الروابط التاريخية",
                    1, "sentence cut by the store's limit")],
     mentions=[
        ("saif-bin-zayed", "سيف بن زايد آل نهيان"),
        ("darmanin", "جيرالد دارمانان", None, 1),
        ("france", "الجمهورية الفرنسية", None, 1),
        ("uae", "دولة الإمارات العربية المتحدة"),
        ("france", "الجمهورية الفرنسية", None, 2),
     ],
     relations=[
        dict(type="met", src="saif-bin-zayed", tgt="darmanin", quote=G365_MEET, date="2025-11",
             date_inferred="the page's date banner (17 Nov. 2025); the day of the meeting is not stated", place="Abu Dhabi",
             note="Darmanin and his accompanying delegation were received in Abu Dhabi. A reception in a city does not state a visit "
                  "(as test7's İnce in Doha): no visited. Ministers named only by their titles: no leads."),
        dict(type="cooperated", src="uae", tgt="france",
             quote="تعزيز علاقات الصداقة والتعاون المشترك بين دولة الإمارات العربية المتحدة والجمهورية الفرنسية",
             date="2025-11", date_inferred="the page's date banner (17 Nov. 2025); the day of the meeting is not stated",
             note="The existing cooperation between the two states, which the meeting aimed to strengthen; Saif's 'partnerships in the "
                  "police, legal and security fields' and the talks on legal and judicial cooperation against transnational organised "
                  "crime are the same pair (annotated once)."),
     ]),
]
