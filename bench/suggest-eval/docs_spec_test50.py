# Gold annotations for the test50 corpus (held out; same conventions as docs_spec.py and docs_spec_test7.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

MAN = "elmanshar-2025-libya-coastal-security-officers-trained-messina-eu"
MAN_DATE, MAN_INF = "2025-11", "the dateline 'طرابلس – 21 نوفمبر 2025' announces the end of the course; its dates are not stated"
TRK_Q = "وبحث اللقاء أوجه التعاون الأمني بين البلدين الصديقين"
MUS_HAND = "ورحّلت السلطات المصرية صباح أمس\"على ماريا \" و\"محمد القذافى\" على طائرة خاصة إلى طرابلس"
MUS_UNDATED = "'ظهر أمس'/'صباح أمس' in an undated page (the prosecutor general Talaat Abdallah held office 2012–2013): no date."

DOCS = [
dict(id=MAN,
     title="ليبيا تختتم دورة تدريبية لضباط الحرس ا… (URL slug, cut); first line: اختتمت الإدارة العامة للأمن الساحلي الليبية دورة تدريبية في إيطاليا لعدد من ضباطها",
     source="Al Manshar (elmanshar.com)", published="2025-11-21",
     out_of_scope=[("واختتمت الإدارة رسالتها للمشاركين بتهنئته", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("libya-coastal-security", "الإدارة العامة للأمن الساحلي", None, 1),
        ("italy", "إيطاليا"),
        ("eu", "الاتحاد الأوروبي", None, 1),
        ("libya-coastal-security", "الإدارة العامة للأمن الساحلي", None, 2),
        ("libya-interior-ministry", "وزارة الداخلية في حكومة الوحدة الوطنية"),
        ("eu", "الاتحاد الأوروبي", None, 2),
        ("eu", "الاتحاد الأوروبي", None, 3),
        ("libya", "ليبيا"),
        ("bashir-bennour", "بشير بنور سليمان"),
        ("libya-coastal-security", "الإدارة العامة للأمن الساحلي", None, 3),
     ],
     relations=[
        dict(type="trained", src="eu", tgt="libya-coastal-security",
             quote="اختتمت الإدارة العامة للأمن الساحلي الليبية دورة تدريبية في إيطاليا لعدد من ضباطها، ضمن مشروع الاتحاد الأوروبي لإدارة الحدود والهجرة",
             date=MAN_DATE, date_inferred=MAN_INF, place="Messina, Italy",
             note="A course for the directorate's officers under the EU's integrated border and migration management project, "
                  "'funded by the EU' (stated twice more): the EU built the directorate's capacity, so trained. The trainer on the "
                  "spot is not named; Italy is only the place (Messina), so it has a mention and no relation."),
        dict(type="part-of", src="libya-coastal-security", tgt="libya-interior-ministry",
             quote="الإدارة العامة للأمن الساحلي الليبية، التابعة لوزارة الداخلية في حكومة الوحدة الوطنية",
             note="Stated by 'التابعة'. 'وزارة الداخلية في حكومة الوحدة الوطنية' is one mention of the ministry (longest name), not a mention of Libya's government."),
        dict(type="leads", src="bashir-bennour", tgt="libya-coastal-security",
             quote="اللواء بشير بنور سليمان، مدير الإدارة العامة للأمن الساحلي",
             note="The title 'مدير الإدارة العامة للأمن الساحلي' gives a mention of the directorate and its head gets leads."),
     ]),

dict(id="africapress-libya-interior-minister-mazen-malta-camilleri",
     title="وزير الداخلية خلال لقاء نظيره المالطي (from the URL slug)",
     source="Africa Press (africa-press.net), citing the interior ministry's Facebook page", published=None,
     out_of_scope=[("أفريقيا برس – ليبيا.", 1, "outlet and section label")],
     mentions=[
        ("khaled-mazen", "خالد مازن"),
        ("malta", "مالطا"),
        ("libya-interior-ministry", "وزارة الداخلية", "صفحة وزارة الداخلية بفيسبوك"),
        ("camilleri", "بايرون كاميلليري"),
        ("libya-coastal-security", "أمن السواحل"),
        ("libya-cid", "البحث الجنائي"),
     ],
     relations=[
        dict(type="met", src="khaled-mazen", tgt="camilleri",
             quote="جاءت تصريحات الوزير خلال لقائه اليوم نظيره “بايرون كاميلليري”",
             note="'الوزير' is Mazen, named in the first sentence. 'Today' in an undated page: no date (Mazen was the GNU's interior "
                  "minister from 2021). The place is not stated."),
        dict(type="leads", src="khaled-mazen", tgt="libya-interior-ministry",
             quote="وزير الداخلية العميد خالد مازن",
             note="The ministry is named separately ('صفحة وزارة الداخلية بفيسبوك', the Libyan ministry whose page reports the meeting), "
                  "so the minister gets leads, as in dev12–dev14. Camilleri's ministry is named only in his title: no leads, no mention."),
        dict(type="cooperated", src="libya", tgt="malta",
             quote="أكد على تفعيل الاتفاقيات السابقة في مجال مكافحة المخدرات وغسيل الأموال والهجرة غير الشرعية والتهريب والجريمة المنظمة",
             note="Camilleri stresses activating 'the previous agreements' (drugs, money laundering, illegal migration, smuggling, "
                  "organised crime): the agreements between the two states exist, so cooperated; activating them is a plan. The support "
                  "and training of the Libyan coastal security he stresses in the same sentence is a pledge and is not annotated. "
                  "Libya is named only in the out-of-scope label and by adjectives, so it has this relation without a mention."),
     ]),

dict(id="nanmedia-libya-deputy-interior-minister-saeed-niger-charge-harou",
     title="ليبيا والنيجر تبحثان التعاون الأمني و… (from the URL slug, cut)",
     source="Nan Media (nan.media)", published=None,
     out_of_scope=[("تأخر صرف رواتب موظفي الحكومة في ليبيا يعمق الأزمة الاقتصادية", 1, "headline of an unrelated article")],
     mentions=[
        ("libya-interior-ministry", "وزارة الداخلية بحكومة الوحدة الوطنية"),
        ("mahmoud-saeed", "محمود سعيد"),
        ("libya", "ليبيا", "بين ليبيا والنيجر"),
        ("niger", "النيجر", "بين ليبيا والنيجر"),
        ("niger-embassy-libya", "سفارة النيجر لدى ليبيا"),
        ("harou", "عبدالعزيز لولي هارو"),
        ("libya-niger-border-committee", "اللجنة الليبية النيجيرية للحدود"),
        ("mustafa-hamadi", "مصطفى حمادي"),
        ("libya", "ليبيا", "الجالية النيجرية في ليبيا"),
        ("libya", "ليبيا", "اعتقلهم مسلحون في ليبيا"),
        ("libya", "ليبيا", "جهة غير معلومة في ليبيا"),
     ],
     relations=[
        dict(type="cooperated", src="libya", tgt="niger",
             quote="تعزيز التعاون الأمني المشترك بين ليبيا والنيجر",
             note="Talks on strengthening the joint security cooperation, focused on securing the common border (talks on cooperation "
                  "are cooperated, as in test3 and test7). Undated page (the GNU is called 'whose mandate has ended': after Dec. 2021)."),
        dict(type="met", src="mahmoud-saeed", tgt="harou",
             quote="خلال لقاءه مع القائم بأعمال سفارة النيجر لدى ليبيا، عبدالعزيز لولي هارو",
             note="Saeed is a deputy minister (وكيل): the title gives a mention of the ministry but no leads."),
        dict(type="leads", src="harou", tgt="niger-embassy-libya",
             quote="القائم بأعمال سفارة النيجر لدى ليبيا، عبدالعزيز لولي هارو",
             note="A chargé d'affaires heads the embassy ad interim; the embassy is named, so leads, as dev11's Hanigan. 'سفارة النيجر لدى "
                  "ليبيا' is one mention of the embassy (longest name), not of Niger or Libya."),
        dict(type="met", src="mustafa-hamadi", tgt="harou",
             quote="وناقش الطرفان، بحضور رئيس اللجنة الليبية النيجيرية للحدود، عميد مصطفى حمادي",
             note="Hamadi attended the talks ('بحضور'): a met with the visiting side, as attendance in dev7, dev10, dev12, test3 and test7."),
        dict(type="leads", src="mustafa-hamadi", tgt="libya-niger-border-committee",
             quote="رئيس اللجنة الليبية النيجيرية للحدود، عميد مصطفى حمادي",
             note="The title gives a mention of the committee, and its head gets leads."),
     ]),

dict(id="elmustakbal-egypt-hands-ali-maria-and-mohamed-gaddafi-to-libya",
     title=NO_HEADLINE + "Egypt hands Gaddafi's last ambassador in Cairo, Ali Maria, and Mohamed Gaddafi to Libya; they arrive in Tripoli "
                         "escorted by an Interpol team from Libya",
     source="Al Moustakbal (via Djazairess)", published=None,
     out_of_scope=[("وجاء هذا القرار في ضوء اكتمال الشروط القانونية اللازمة لتسليم المتهمين الليبيين المذكورين واللذين كان صدر قرار باحت", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("ali-maria", "على ماريا", None, 1),
        ("gaddafi", "معمر القذافي"),
        ("egypt", "مصر", "السابق معمر القذافي في مصر"),
        ("mohamed-gaddafi", "محمد القذافى", None, 1),
        ("libya", "نظيرتها الليبية"),
        ("baara", "طه بعرة"),
        ("libya", "ليبيا", "النائب العام في ليبيا"),
        ("radwan", "عبد القادر رضوان"),
        ("egypt", "مصر", "قادمين من مصر"),
        ("libya-attorney-general-office", "مكتب النائب العام الليبي"),
        ("libya-embassy-cairo", "السفارة الليبية بالقاهرة"),
        ("ali-maria", "على ماريا", None, 2),
        ("mohamed-gaddafi", "محمد القذافى", None, 2),
        ("interpol-tripoli", "الإنتربول في ليبيا"),
        ("interpol-tripoli", "الإنتربول", "قوة الإنتربول المرافقة"),
        ("talaat-abdallah", "طلعت عبدالله"),
        ("libya", "ليبيا", "وترحيلهما إلى ليبيا"),
        ("gaddafi", "القذافي", "في نظام القذافي"),
        ("interpol", "الإنتربول", "إلى \"الإنتربول\" تمهيدًا"),
     ],
     relations=[
        dict(type="extradited", src="egypt", tgt="libya",
             quote="بعد تسليمهما من السلطات المصرية إلى نظيرتها الليبية",
             note="'السلطات المصرية' is the state (authorities go to the country; with an adjective it is not a mention); 'نظيرتها الليبية' "
                  "is a mention of Libya (a counterpart phrase, resolved as in dev's Al Masalah). " + MUS_UNDATED),
        dict(type="extradited", src="egypt", tgt="ali-maria", quote=MUS_HAND, place="Cairo airport to Tripoli",
             note="The person handed over is an actor, so a second extradited with him as the target, as dev8 and dev14. " + MUS_UNDATED),
        dict(type="extradited", src="egypt", tgt="mohamed-gaddafi", quote=MUS_HAND, place="Cairo airport to Tripoli",
             note="As for Ali Maria: one extradited per person handed over. " + MUS_UNDATED),
        dict(type="extradited", src="egypt", tgt="interpol-tripoli",
             quote="حيث استقلا الطائرة بصحبة وفد من الإنتربول في ليبيا",
             note="The receiving agency: the two men boarded escorted by a team of Interpol in Libya (Libya's NCB), whose 'force' presented "
                  "the prosecutor's approval to the airport. Recorded besides the state and the persons, as dev14 recorded the hand-over "
                  "of Adebolajo to MI5. The Egyptian prosecutor general's order to hand them to 'Interpol' cannot be recorded "
                  "(extradited takes no organisation as source or target)."),
        dict(type="leads", src="radwan", tgt="libya-attorney-general-office",
             quote="النائب العام في ليبيا عبد القادر رضوان",
             note="The attorney general heads his office, which the text names separately ('مكتب النائب العام الليبي'). Talaat Abdallah, "
                  "'النائب العام المصري', gets no leads: the Egyptian prosecution is not named."),
     ]),

dict(id="eanlibya-libya-deputy-interior-minister-saeed-ankara-ersoy",
     title="وفد من الداخلية يُجري مباحثات في أنقرة (from the URL slug)",
     source="Ean Libya (eanlibya.com)", published=None,
     out_of_scope=[("واتفق الجانبان على استمرارية التواصل والاتصال عن طريق الملاحق الأمنية بالسفارة والقنصلية العامة بإ", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("libya-interior-ministry", "وزارة الداخلية", "وكيل وزارة الداخلية للشؤون العامة"),
        ("libya", "حكومة الوحدة الوطنية"),
        ("mahmoud-saeed", "محمود سعيد"),
        ("turkey", "تركيا", "زيارة عمل رسمية إلى تركيا"),
        ("turkey-interior-ministry", "وزارة الداخلية", "بمقر وزارة الداخلية في العاصمة"),
        ("ersoy", "محمد أرسون"),
        ("libya", "ليبيا", "السفير التركي لدى ليبيا"),
        ("turkey-interior-ministry", "وزارة الداخلية التركية", "الأقسام بوزارة الداخلية التركية"),
        ("turkey", "تركيا", "والجالية الليبية في تركيا"),
        ("libya-interior-ministry", "الداخلية الليبية", "المكتب الإعلامي بالداخلية الليبية"),
        ("turkey-interior-ministry", "وزارة الداخلية التركية", "الذي قدمته وزارة الداخلية التركية"),
        ("libya-police-aviation-institute", "معهد طيران الشرطة"),
        ("ersoy", "أرسون", "من جهته أكد أرسون"),
        ("turkey-interior-ministry", "الداخلية التركية", "استعداد الداخلية التركية"),
        ("libya-interior-ministry", "وزارة الداخلية الليبية"),
        ("turkey", "الجمهورية التركية"),
     ],
     relations=[
        dict(type="visited", src="mahmoud-saeed", tgt="turkey",
             quote="لواء محمود سعيد، والوفد المرفق له، زيارة عمل رسمية إلى تركيا",
             note="A working visit of the GNU interior ministry's undersecretary for general affairs. Undated page (a 'terrorist bombing "
                  "in central Istanbul in the past days' is mentioned; the year is not stated): no date."),
        dict(type="visited", src="mahmoud-saeed", tgt="turkey-interior-ministry",
             quote="والتقى الوفد بمقر وزارة الداخلية في العاصمة التركية أنقرة",
             note="Received at the Turkish ministry's headquarters in Ankara: a visit to the body's seat, as test7's Al-Ansari and dev14's "
                  "Tawfik. 'الوفد' is Saeed's delegation. 'العاصمة التركية أنقرة' names the city (a place), not a mention."),
        dict(type="met", src="mahmoud-saeed", tgt="ersoy",
             quote="والتقى الوفد بمقر وزارة الداخلية في العاصمة التركية أنقرة، مع نائب وزير الداخليـة التركية محمد أرسون",
             place="Ankara",
             note="Saeed led the delegation. The Turkish ambassador to Libya attended but is unnamed: no relation. A deputy minister gets "
                  "no leads; the ministry inside 'نائب وزير الداخلية التركية' is a title, not a mention."),
        dict(type="cooperated", src="libya", tgt="turkey", quote=TRK_Q,
             note="Talks on 'the aspects of security cooperation between the two friendly countries' (Libya and Turkey, named above): "
                  "talks on cooperation are cooperated."),
        dict(type="praised", src="mahmoud-saeed", tgt="turkey-interior-ministry",
             quote="كما أشاد وكيل الوزارة بالجهود والدعم الذي قدمته وزارة الداخلية التركية",
             note="'وكيل الوزارة' is Saeed."),
        dict(type="trained", src="turkey-interior-ministry", tgt="libya-police-aviation-institute",
             quote="الدعم الذي قدمته وزارة الداخلية التركية لتخريج دفعة من منتسبي معهد طيران الشرطة",
             note="The Turkish ministry's support for the graduation of a batch of the Police Aviation Institute's members ('during the "
                  "previous period'): capacity building, so trained. The institute is read as Libya's (its members are the Libyan "
                  "trainees the undersecretary thanks Turkey for). Ersoy's readiness to train the Libyan ministry's students and "
                  "graduates is a pledge and is not annotated."),
     ]),

dict(id="sputnik-2025-saddam-haftar-visits-chad-deby",
     title="صدام حفتر يزور تشاد مبعوثا من القيادة العامة ويبحث مع ديبي التعاون الثنائي والأمن الإقليمي (from the URL slug)",
     source="Sputnik Arabic (sarabic.ae)", published="2025-08-01",
     out_of_scope=[],
     mentions=[
        ("saddam-haftar", "صدام حفتر"),
        ("chad", "جمهورية تشاد"),
        ("mahamat-deby", "محمد إدريس ديبي"),
        ("libyan-national-army", "القيادة العامة للقوات المسلحة الليبية"),
     ],
     relations=[
        dict(type="met", src="saddam-haftar", tgt="mahamat-deby",
             quote="قبل أن يعقد لقاء في القصر الرئاسي مع رئيس جمهورية تشاد، المشير محمد إدريس ديبي",
             place="N'Djamena (presidential palace)",
             note="Published 2025-08-01 (URL date); the visit itself is not dated in the text. The president of Chad heads no security "
                  "body: no leads (as test7's crown prince). The stored page begins at 'وجرى استقبال', without a headline."),
        dict(type="visited", src="saddam-haftar", tgt="chad",
             quote="وجرى استقبال صدام حفتر بمراسم رسمية، قبل أن يعقد لقاء في القصر الرئاسي مع رئيس جمهورية تشاد",
             note="Received with official ceremony and then at the presidential palace of Chad ('هذه الزيارة' in the third paragraph): a "
                  "visit to Chad."),
        dict(type="cooperated", src="libyan-national-army", tgt="chad",
             quote="وتصدرت محادثات الجانبين سبل تعزيز التعاون الثنائي، خاصة في المجالات الأمنية والعسكرية",
             note="Talks on strengthening bilateral cooperation, above all security and military. 'الجانبين' are Saddam Haftar's side, the "
                  "LNA's General Command (whose policy of ties with neighbours the visit serves, next paragraph), and Chad. Saddam "
                  "Haftar's post is not stated, so no leads."),
     ]),

dict(id="lywitness-libya-sabratha-security-directorate-migrants-dcim-meloni",
     title="ليبيا.. نقل مهاجرين غير شرعيين من صبراتة إلى طرابلس",
     source="Libya Witness (lywitness.com)", published=None,
     out_of_scope=[("0\n224\nالهجرة", 1, "view counters and section label")],
     mentions=[
        ("libya", "ليبيا", "ليبيا.. نقل"),
        ("sabratha-security-directorate", "مديرية أمن صبراتة"),
        ("libya", "ليبيا", "الوافدين إلى ليبيا"),
        ("libya-dcim", "جهاز مكافحة الهجرة غير الشرعية"),
        ("meloni", "جورجيا ميلوني"),
        ("tunisia", "تونس"),
        ("libya", "ليبيا", "تونس وليبيا"),
     ],
     relations=[
        dict(type="cooperated", src="sabratha-security-directorate", tgt="libya-dcim",
             quote="أن دورياتها نقلت المهاجرين بالتنسيق مع غرفة السيطرة بجهاز مكافحة الهجرة غير الشرعية",
             note="The directorate's patrols moved the migrants 'in coordination with the control room' of the anti-illegal-migration "
                  "agency (the room is a unit of the agency, not a separate actor). 'دورياتها' refers to the directorate. Not dated."),
        dict(type="cooperated", src="italy", tgt="tunisia",
             quote="بفضل ما وصفته بعلاقات التعاون مع دول شمال أفريقيا، تونس وليبيا في المقدمة",
             note="Meloni, 'رئيسة الحكومة الإيطالية', credits the fall in arrivals to Italy's cooperation with North African states, "
                  "Tunisia and Libya first: one cooperated per named state. Italy is named only by the adjective, so it has relations "
                  "without a mention; the head of government heads no security body (no leads). 'In an earlier time': no date."),
        dict(type="cooperated", src="italy", tgt="libya",
             quote="بفضل ما وصفته بعلاقات التعاون مع دول شمال أفريقيا، تونس وليبيا في المقدمة",
             note="As for Tunisia: Meloni's statement of Italy's cooperation with Libya on migration."),
     ]),

dict(id="qadanews-egypt-interior-minister-abdel-ghaffar-receives-libyan-minister-khoja",
     title=NO_HEADLINE + "Egypt's interior minister Magdy Abdel Ghaffar receives the GNA's interior minister Al-Aref Al-Khoja",
     source="Qada News (qadanews.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("abdel-ghaffar", "مجدى عبد الغفار"),
        ("khoja", "العارف صالح الخوجة"),
        ("libya", "حكومة الوفاق الوطنى الليبية"),
        ("egypt", "مصر", "مع مصر فى"),
        ("egypt-armed-forces", "القوات المسلحة"),
        ("egypt-security-services", "الشرطة المصرية"),
        ("khoja", "الخوجة", "وأشار “الخوجة”"),
        ("libya-interior-ministry", "وزارة الداخلية الليبية"),
        ("egypt-interior-ministry", "وزارة الداخلية المصرية"),
        ("khoja", "الخوجة", "وأكد “الخوجة”"),
     ],
     relations=[
        dict(type="met", src="abdel-ghaffar", tgt="khoja",
             quote="استقبل اللواء مجدى عبد الغفار، وزير الداخلية، الدكتور العارف صالح الخوجة",
             note="A reception in Egypt (the visitor 'is visiting the country'). Undated page (Abdel Ghaffar minister 2015–2018, Al-Khoja "
                  "the GNA's minister 2016–2018)."),
        dict(type="visited", src="khoja", tgt="egypt",
             quote="الذى يزور البلاد حاليًا",
             note="'البلاد' is Egypt (an Egyptian report; Egypt is named in the next sentence)."),
        dict(type="leads", src="abdel-ghaffar", tgt="egypt-interior-ministry",
             quote="اللواء مجدى عبد الغفار، وزير الداخلية",
             note="The Egyptian ministry is named separately ('خبرات وزارة الداخلية المصرية'), so its minister gets leads."),
        dict(type="leads", src="khoja", tgt="libya-interior-ministry",
             quote="الدكتور العارف صالح الخوجة، وزير الداخلية بحكومة الوفاق الوطنى الليبية",
             note="The Libyan ministry is named separately ('وزارة الداخلية الليبية'). 'حكومة الوفاق الوطنى الليبية' in his title is a "
                  "mention of Libya (the government as the state)."),
        dict(type="praised", src="libya", tgt="egypt-armed-forces",
             quote="وتقدير بلاده الكامل للدور المحورى لرجال القوات المسلحة والشرطة المصرية الذين يواجهون الإرهاب",
             note="Al-Khoja conveys 'his country's full appreciation' of the role of Egypt's armed forces and police against terrorism: "
                  "praise from Libya, one relation per body. 'القوات المسلحة' (before 'والشرطة المصرية') is the Egyptian armed forces."),
        dict(type="praised", src="libya", tgt="egypt-security-services",
             quote="وتقدير بلاده الكامل للدور المحورى لرجال القوات المسلحة والشرطة المصرية الذين يواجهون الإرهاب",
             note="'الشرطة المصرية' is the collective Egyptian police and security services (as test41's alias)."),
        dict(type="cooperated", src="egypt-interior-ministry", tgt="libya-interior-ministry",
             quote="ضرورة مواصلة التفاعل بين وزارتى الداخلية المصرية والليبية، خاصة فى مجال تبادل المعلومات المتصلة بتحركات العناصر الإرهابية",
             note="'Continuing the interaction between the two interior ministries', especially the exchange of information on terrorists' "
                  "movements: an existing exchange the minister wants continued, as test7's 'continuing the cooperation'. 'وزارتى الداخلية "
                  "المصرية والليبية' is a dual and not a mention of either ministry. Al-Khoja's wish for more Egyptian support and "
                  "training is a wish and is not annotated."),
     ]),

dict(id="rt-tunisia-saied-libyan-interior-minister-trabelsi-ras-jedir",
     title="الرئيس التونسي ووزير الداخلية الليبي يناقشان تأمين الحدود وفتح معبر رأس جدير (from the URL slug)",
     source="RT Arabic (rtarabic.com)", published=None,
     out_of_scope=[("المصدر: RT", 1, "source line")],
     mentions=[
        ("kais-saied", "سعيد", "أن سعيد والطرابلسي"),
        ("trabelsi", "الطرابلسي", "أن سعيد والطرابلسي"),
        ("libya-interior-ministry", "وزارة الداخلية الليبية"),
        ("tunisia", "تونس", "استعداد تونس"),
        ("trabelsi", "الطرابلسي", "الوزير الطرابلسي"),
     ],
     relations=[
        dict(type="met", src="kais-saied", tgt="trabelsi",
             quote="أن سعيد والطرابلسي ناقشا مسألة آفاق التعاون الأمني المشترك",
             note="'سعيد' is Kais Saied ('الرئيس التونسي' below), a short form, annotated as a mention but not given as an alias "
                  "(Mahmoud Saeed is in the set). The stored page begins at 'وذكرت مراسلة RT'. The meeting is not dated (the crossing "
                  "closed on '18 May last'; Trabelsi interior minister from 2023)."),
        dict(type="cooperated", src="tunisia", tgt="libya",
             quote="ناقشا مسألة آفاق التعاون الأمني المشترك والبدء في إجراءات إعادة فتح معبر رأس جدير الحدودي أمام حركة المسافرين بين البلدين",
             note="Talks on the prospects of joint security cooperation 'between the two countries' (talks on cooperation are cooperated). "
                  "Libya is named only by adjectives ('الجانب الليبي', 'السلطات الليبية'), so it has this relation without a mention. "
                  "Tunisia's readiness to cooperate is a pledge and is not annotated separately."),
        dict(type="praised", src="kais-saied", tgt="libya-interior-ministry",
             quote="وأثنى الرئيس التونسي على الجهود المبذولة من قبل وزارة الداخلية الليبية في تأمين الحدود ومكافحة الجريمة",
             note="'الرئيس التونسي' is Saied. Trabelsi gets no leads: the text calls him only 'الوزير الطرابلسي' and never says which "
                  "ministry he heads."),
     ]),

dict(id="ennahar-libya-intelligence-arrests-isis-cell-head-abu-muadh-al-ansari",
     title=NO_HEADLINE + "Libya's intelligence service arrests the head of an ISIS cell, Abu Muadh al-Ansari, at the Presidential Council "
                         "in Tripoli and foils a plot against Sarraj",
     source="Ennahar (via Djazairess)", published=None,
     out_of_scope=[],
     mentions=[
        ("libya-intelligence-service", "المخابرات", "رئيس المخابرات"),
        ("libya-presidential-council", "المجلس الرئاسي", "عند مقر المجلس الرئاسي"),
        ("isis", "داعش", "ل«داعش»"),
        ("abu-muadh-ansari", "أبي معاذ الأنصاري"),
        ("libya-intelligence-service", "جهاز المخابرات"),
        ("libya", "حكومة الوفاق"),
        ("libya-presidential-council", "المجلس الرئاسي", "اغتيال رئيس المجلس الرئاسي"),
        ("sarraj", "فايز السراج"),
        ("sarraj", "السراج", "أثناء تواجد السراج"),
        ("libya", "ليبيا", "قويا في ليبيا"),
        ("misrata-military-intelligence", "المخابرات العسكرية"),
        ("libya", "ليبيا", "بمصراتة غرب ليبيا"),
        ("isis", "داعش", "أن «داعش» يحاول"),
     ],
     relations=[
        dict(type="arrested", src="libya-intelligence-service", tgt="abu-muadh-ansari",
             quote="إن الجهاز ألقى القبض في طرابلس، عند مقر المجلس الرئاسي، على رئيس خلية تابعة ل«داعش»، وهو ليبي يكنى ب«أبي معاذ الأنصاري»",
             place="Tripoli (at the Presidential Council's headquarters)",
             note="'الجهاز' is the intelligence service whose head ('رئيس المخابرات', a title giving a mention of the service) "
                  "is quoted. The suspect is named (by his kunya), so arrested on him, as dev14's Adebolajo. Undated (after ISIS's "
                  "defeat in Sirte, Dec. 2016, by the text's context; no year given)."),
        dict(type="arrested", src="libya-intelligence-service", tgt="isis",
             quote="إن الجهاز ألقى القبض في طرابلس، عند مقر المجلس الرئاسي، على رئيس خلية تابعة ل«داعش»، وهو ليبي يكنى ب«أبي معاذ الأنصاري»",
             place="Tripoli (at the Presidential Council's headquarters)",
             note="The arrested man heads a cell 'belonging to ISIS': the cell is linked to the group, as the shipped convention does."),
        dict(type="part-of", src="libya-intelligence-service", tgt="libya",
             quote="جهاز المخابرات التابع لحكومة الوفاق",
             note="Stated by 'التابع'. 'حكومة الوفاق' (the GNA) is read as the state, as 'authorities' go to the country."),
        dict(type="leads", src="sarraj", tgt="libya-presidential-council",
             quote="رئيس المجلس الرئاسي، فايز السراج",
             note="The title names the council, so its chairman gets leads."),
     ]),
]
