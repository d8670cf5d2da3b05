# Gold annotations for the test29 corpus (held out; same conventions as docs_spec.py, docs_spec_dev2/4–14.py and test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

PTD_MEET = ("بقيادة الجنرال تشيري بوكر القائد العام للقوات الفرنسية ليلتقي برئيس الجمهورية رأس الدولة رئيس المجلس العسكري "
            "الانتقالي الفريق محمد إدريس ديبي إتنو")
PTD_ATTEND = ("المناسبة حضرها الوفد المرافق للجنرال الفرنسي القائد العام للقوات الفرنسية الجنرال تشيري بوكر ومن الجانب التشادي "
              "الوزير المنتدب لدى رئاسة الجمهورية المكلف بالجيوش والمحاربين القدامى وضحايا والقائد العام للقوات اغلمسلحة التشادية")
PTD_UNDATED = ("The page is undated; Burkhard was chief of the defence staff from July 2021 and Mahamat Déby headed the Transitional "
               "Military Council until October 2022, so the meeting falls between those dates, but no date is recorded.")
MOL_ABROAD = ("خضعت مجموعة أخرى من القوات الجوية النيجيرية، إلى تداريب مماثلة بكل من الولايات المتحدة ، ومصر، والأردن")
MOL_ABROAD_NOTE = ("Another group of the Nigerian Air Force 'underwent similar training' in {c}: training by that state (one trained per "
                   "state in the list, as a list of praising states gives one praised each). Not dated.")
MOL_COOP = ("يجمع القوات الجوية النيجيرية، والقوات المسلحة الملكية المغربية، تعاون وثيق، يتعزز باجتماعات تعقد بين الفترة والأخرى")

DOCS = [
dict(id="legwareb-mauritania-dgsn-msgharou-japan-gift",
     title=NO_HEADLINE + "Mauritania's DGSN director Mesgharou Ould Sidi on the Sahel's security challenges, on receiving a gift from Japan",
     source="Legwareb (legwareb.info)", published=None,
     out_of_scope=[("أحدث التعليقات", 1, "widget label ('latest comments')")],
     mentions=[
        ("mauritania-dgsn", "للأمن الوطني"),
        ("msgharou", "مسغارو ولد سيدى"),
        ("mauritania", "موريتانيا"),
        ("japan", "دولة اليابان"),
     ],
     relations=[
        dict(type="leads", src="msgharou", tgt="mauritania-dgsn", quote="المدير العام للأمن الوطني الفريق مسغارو ولد سيدى",
             note="'المدير العام للأمن الوطني' gives a mention 'للأمن الوطني' of Mauritania's DGSN (the title-gives-a-mention rule); "
                  "the body is Mauritania's, which the same sentence names as the country concerned."),
        dict(type="trained", src="japan", tgt="mauritania-dgsn", quote="خلال تسلم هدية من دولة اليابان",
             note="The DGSN director received a gift from Japan, 'Japanese assistance' that will cover an important part of the means "
                  "the security challenges require: equipment support recorded as trained (capacity building), as Spanish "
                  "equipment for Mauritania's DGSN in dev13. The gift is not described; the page is undated."),
     ]),

dict(id="rimtoday-g5-sahel-defence-security-experts-bamako",
     title=NO_HEADLINE + "G5 Sahel military and security experts meet in Bamako before the 11th session of the Defence and Security "
                         "Committee, with Mauritania's chief of staff Mohamed Ould Meguett",
     source="Rim Today (rimtoday.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("mali", "جمهورية مالي"),
        ("g5-sahel", "مجموعة الساحل الخمس"),
        ("g5-sahel-defence-security-committee", "لجنة الدفاع والأمن"),
        ("mauritania-general-staff", "الأركان العامة الجيوش"),
        ("ould-meguett", "محمد ولد مگت"),
        ("chad", "تشاد"),
        ("niger", "النيحر"),
        ("burkina-faso", "بوركينا فاسو", "النيحر، بوركينا فاسو"),
        ("mali", "مالي", "بوركينا فاسو ومالي"),
        ("mali", "مالي", "بين كل من مالي"),
        ("niger", "النيجر", "والنيجر وبوركينا"),
        ("burkina-faso", "بوركينا فاسو", "وبوركينا فاسو."),
     ],
     relations=[
        dict(type="leads", src="ould-meguett", tgt="mauritania-general-staff",
             quote="قائد الأركان العامة الجيوش الفريق محمد ولد مگت",
             note="'قائد الأركان العامة الجيوش' (sic, without لل) gives a mention of Mauritania's general staff. The text does not "
                  "say 'Mauritanian': the outlet is Mauritanian, the other chiefs of staff are listed as those of Chad, Niger, "
                  "Burkina Faso and Mali, and Ould Meguett was Mauritania's chief of the general staff (from 2018)."),
        dict(type="part-of", src="g5-sahel-defence-security-committee", tgt="g5-sahel",
             quote="لجنة الدفاع والأمن التابعة للتجمع الإقليمي",
             note="Stated by 'التابعة': 'the regional grouping' is the G5 Sahel named earlier in the sentence (an anaphor, not a "
                  "mention). The experts' meeting and the committee's session bring together the chiefs of staff and heads of "
                  "security services of the five states, but the other chiefs are unnamed: no met. The states' membership of the "
                  "G5 is implied, not stated: no member-of. 'Today (Tuesday)' in an undated page: no date."),
     ]),

dict(id="khabarlb-chad-troops-enter-nigeria-boko-haram",
     title=NO_HEADLINE + "More than 500 Chadian soldiers enter Nigeria to help the Nigerian army against Boko Haram",
     source="Khabar LB (khabarlb.com), citing AFP", published=None,
     out_of_scope=[],
     mentions=[
        ("nigeria", "نيجريا", "إلى نيجريا"),
        ("nigeria-army", "الجيش النيجري"),
        ("boko-haram", "بوكو حرام", "تنظيم \"بوكو حرام\""),
        ("chad-armed-forces", "الجيش التشادي"),
        ("azem-bermandoa", "آزم برمندوا آغونا"),
        ("mnjtf", "للقوة الإقليمية المتعددة الجنسية"),
        ("nigeria-army", "الجيش النيجيري"),
        ("boko-haram", "جماعة بوكو حرام"),
        ("nigeria", "نيجيريا", "في نيجيريا"),
     ],
     relations=[
        dict(type="cooperated", src="chad-armed-forces", tgt="nigeria-army",
             quote="دخلت فرقة مؤلفة من \"أكثر من 500\" عسكري تشادي الجمعة إلى نيجريا \"لمدّ يد المساعدة\" إلى الجيش النيجري في مكافحة تنظيم \"بوكو حرام\"",
             place="Nigeria",
             note="A Chadian army unit ('عسكري تشادي', announced by the Chadian army's spokesman) entered Nigeria to help the "
                  "Nigerian army fight Boko Haram: a joint military effort, cooperated (as the Somali army with AMISOM). "
                  "'الجيش النيجري' (which would usually mean Niger's army) is read as the Nigerian army: the text spells Nigeria "
                  "'نيجريا' and the next sentence repeats the claim with 'الجيش النيجيري'; that repetition (future, 'سيساعد') is "
                  "not annotated again. The soldiers 'belong to' the Multinational Joint Task Force: a national contingent in a "
                  "multinational force has no type (see the README). Not dated: 'Friday', with a presidential election in Nigeria "
                  "'on Saturday', in an undated page (2015 and 2019 both fit)."),
     ]),

dict(id="spa-macron-receives-niger-president-issoufou",
     title=NO_HEADLINE + "French president Emmanuel Macron meets Niger's president Mahamadou Issoufou",
     source="Saudi Press Agency (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("macron", "إيمانويل ماكرون"),
        ("niger", "النيجر"),
        ("issoufou", "محمدو يوسفو"),
        ("barkhane", "عملية \"برخان\""),
     ],
     relations=[
        dict(type="met", src="macron", tgt="issoufou",
             quote="التقى الرئيس الفرنسي إيمانويل ماكرون اليوم رئيس النيجر محمدو يوسفو",
             note="'Today' in an undated page (Macron president from May 2017, Issoufou until April 2021): no date; the place is not "
                  "stated. Heads of state get no leads (as in dev6 and dev7)."),
        dict(type="cooperated", src="france", tgt="niger",
             quote="بحث العلاقات الثنائية وسبل دعمها وتعزيزها في المجالين العسكري والأمني",
             note="Talks on the two states' relations in the military and security fields: talks on cooperation are cooperated, "
                  "as in test3 and dev7. France is named only by the adjective 'الفرنسي' and has no mention. Macron's readiness "
                  "to intensify the fight against terrorism within Operation Barkhane is a pledge and is not annotated."),
     ]),

dict(id="alhourouf-mauritania-hands-six-senegalese-jihadists-to-senegal",
     title=NO_HEADLINE + "Mauritania's security services hand to Senegal six Senegalese accused of forming a jihadist network",
     source="Al Hourouf (alhourouf.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("mauritanian-security-services", "السلطات الأمنية الموريتانية"),
        ("mauritanian-security-services", "الأمن الموريتاني"),
        ("mauritanian-security-services", "للاستخبارات الموريتانية"),
        ("boko-haram", "جماعة “بوكو حرام”"),
        ("nigeria", "نيجيريا"),
     ],
     relations=[
        dict(type="extradited", src="mauritanian-security-services", tgt="senegal",
             quote="السلطات الأمنية الموريتانية سلمت نهاية الأسبوع الماضي ستة مواطنين سنغاليين إلى بلادهم",
             note="Six unnamed Senegalese accused of forming a Senegalese jihadist network were handed 'to their country', "
                  "Senegal, which has no mention (only the adjectives 'سنغاليين', 'سنغالية'). 'The end of last week' in an "
                  "undated page: no date."),
        dict(type="arrested", src="mauritanian-security-services", tgt="boko-haram",
             quote="الأمن الموريتاني اعتقل المواطنين السنغاليين في أماكن متفرقة من العاصمة انواكشوط",
             place="Nouakchott and the interior of Mauritania",
             note="The Mauritanian services arrested the six in Nouakchott (some in mahadras inside the country). Their network is "
                  "unnamed; the only group the text ties them to is Boko Haram, whose training camps in Nigeria some of them "
                  "admitted joining, so the arrest is linked to Boko Haram (unnamed suspects are linked to the group they are said "
                  "to belong to). 'الاستخبارات الموريتانية', to whom they confessed, names no service: the collective."),
     ]),

dict(id="beladinews-2025-burkina-army-police-trained-in-morocco",
     title="بوركينافاسو: الجيش و الشرطة يتلقون تداريب من الدرجة الأولى في المغرب، و نسعى إلى بناء قاعدة تدريب مشتركة دائمة مع الاشقاء المغاربة …🇲🇦",
     source="Beladi News (beladinews.co.ma), on a statement of Burkina Faso television", published="2025-01",
     out_of_scope=[("أخبار دوليةحواراتسياسة", 1, "section labels")],
     mentions=[
        ("burkina-faso", "بوركينافاسو"),
        ("morocco", "المغرب", "في المغرب، و"),
        ("morocco", "المغرب", "بين المغرب وبوركينا"),
        ("burkina-faso", "بوركينا فاسو", "وبوركينا فاسو في"),
        ("burkina-national-police", "الشرطة البوركينية"),
        ("morocco", "المغرب", "في المغرب يعكس"),
        ("morocco", "المغرب", "دور المغرب كوجهة"),
        ("burkina-faso", "بوركينا فاسو", "تسعى بوركينا فاسو"),
        ("morocco", "المغرب", "مع المغرب تشير"),
        ("morocco", "المغرب", "دور المغرب الريادي"),
     ],
     relations=[
        dict(type="cooperated", src="morocco", tgt="burkina-faso",
             quote="التعاون المتنامي بين المغرب وبوركينا فاسو في مجال الدفاع والأمن",
             note="Defence and security cooperation between the two states, as the outlet reads Burkina Faso television's statement. "
                  "Not dated (published January 2025, URL date)."),
        dict(type="trained", src="morocco", tgt="burkina-armed-forces",
             quote="تلقي قوات الجيش والشرطة البوركينية تدريبات من الدرجة الأولى في المغرب",
             note="The Burkinabe army receives training in Morocco (ongoing; the trainer is not named, so the state, as a "
                  "destination 'for training the security and military cadres'). 'قوات الجيش والشرطة البوركينية' shares one "
                  "adjective between the army and the police: 'الشرطة البوركينية' is a mention of the police, but 'قوات الجيش' "
                  "without a nationality is not a name, so the army has this relation and no mention (as test7's dual). The "
                  "headline's 'الجيش و الشرطة' (bare) repeats the claim and is not annotated again."),
        dict(type="trained", src="morocco", tgt="burkina-national-police",
             quote="تلقي قوات الجيش والشرطة البوركينية تدريبات من الدرجة الأولى في المغرب",
             note="The Burkinabe police receive training in Morocco (see the previous relation). The joint training base Burkina "
                  "Faso seeks to build with Morocco is a plan and is not annotated."),
     ]),

dict(id="afrigatenews-casablanca-police-arrest-russian-wanted-by-interpol",
     title=NO_HEADLINE + "Moroccan police arrest at Casablanca airport a Russian national wanted by Interpol for terrorism",
     source="Afrigate News (afrigatenews.net), citing Hespress", published=None,
     out_of_scope=[],
     mentions=[
        ("dgsn", "الشرطة المغربية"),
        ("interpol", "الإنتربول"),
        ("morocco", "المغرب", "تدرس المغرب"),
        ("russia", "روسيا", "تسليمه لروسيا"),
     ],
     relations=[]),

dict(id="presidence-td-deby-receives-french-forces-chief-burkhard",
     title="رئيس الجمهورية يستقبل القائد العام للقوات الفرنسية.",
     source="Presidency of the Republic of Chad (presidence.td)", published=None,
     out_of_scope=[("مشيدا ر", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("french-armed-forces", "للقوات الفرنسية", None, 1),
        ("chad", "تشاد", "تشاد وفرنسا"),
        ("france", "فرنسا", "وفرنسا تربطهما"),
        ("france", "قرنسا"),
        ("barkhane", "قوة برخان"),
        ("burkhard", "تشيري بوكر", None, 1),
        ("french-armed-forces", "للقوات الفرنسية", None, 2),
        ("chad-cmt", "المجلس العسكري الانتقالي"),
        ("mahamat-deby", "محمد إدريس ديبي إتنو"),
        ("french-armed-forces", "للقوات الفرنسية", None, 3),
        ("burkhard", "تشيري بوكر", None, 2),
        ("chad-armed-forces", "للقوات اغلمسلحة التشادية"),
        ("france", "فرنسا", "بين البلاد وفرنسا"),
        ("chad-armed-forces", "للجيش التشادي"),
        ("france", "فرنسا", "بفرنسا"),
     ],
     relations=[
        dict(type="cooperated", src="chad", tgt="france",
             quote="تشاد وفرنسا تربطهما علاقات مميزة في شتى المجالات لا سيما في المجال الأمني والعسكري ومحاربة الإرهاب",
             note="Standing security and military cooperation between the two states. The talks 'on joint cooperation between the "
                  "country and France, including security and military subjects' are the same pair and are not annotated again."),
        dict(type="part-of", src="barkhane", tgt="france",
             quote="أسست قرنسا قوة عسكرية في إفريقيا لتساعد الدول الإفريقية في استتباب الأمن والاستقرار في المنطقة المعروفة اختصارا بقوة برخان",
             note="France ('قرنسا', sic) set up the Barkhane force: the force is France's (part-of a country, stated by the text). "
                  "Its help to 'the African states' names no state."),
        dict(type="visited", src="burkhard", tgt="chad",
             quote="وصل وفد عسكري فرنسي رفيع المستوى إلى البلاد بقيادة الجنرال تشيري بوكر",
             note="'البلاد' (the country) is Chad, on whose presidency's site this is: an anaphor, not a mention. The delegation he "
                  "led gets no relation of its own (as dev13). " + PTD_UNDATED),
        dict(type="met", src="burkhard", tgt="mahamat-deby", quote=PTD_MEET,
             note="Received by the head of state (the headline's 'يستقبل'). " + PTD_UNDATED),
        dict(type="leads", src="burkhard", tgt="french-armed-forces",
             quote="الجنرال تشيري بوكر القائد العام للقوات الفرنسية",
             note="'القائد العام للقوات الفرنسية' (commander-in-chief of the French forces; Burkhard was chief of the defence staff) "
                  "gives a mention 'للقوات الفرنسية' of the French armed forces."),
        dict(type="leads", src="mahamat-deby", tgt="chad-cmt",
             quote="رئيس المجلس العسكري الانتقالي الفريق محمد إدريس ديبي إتنو",
             note="He heads the Transitional Military Council, a named body. 'رئيس الجمهورية رأس الدولة' gives no leads (heads of "
                  "state get none, as in dev6 and dev7)."),
        dict(type="met", src="chad-armed-forces", tgt="burkhard", quote=PTD_ATTEND,
             note="The commander-in-chief of the Chadian armed forces, unnamed, attended the meeting: attendance gives a met with "
                  "the visitor (as in dev7, dev10, dev12 and test7), and an unnamed head's act is recorded on the body he heads "
                  "(as test7's ROP). The delegate minister for the armies is unnamed and his ministry is not named: no relation. "
                  "The focus on 'intensifying the military and security courses of the Chadian army in France' is a topic of the "
                  "talks (a plan) and is not annotated as trained. " + PTD_UNDATED),
     ]),

dict(id="almolahid-2017-nigerian-air-force-trained-in-morocco",
     title=NO_HEADLINE + "Nigerian Air Force personnel trained in Morocco against terrorist groups",
     source="Al Molahid Journal (almolahidjournal.com), citing Al Ahdath Al Maghribia", published="2017-10-23",
     out_of_scope=[],
     mentions=[
        ("nigeria-air-force", "القوات الجوية النيجيرية", None, 1),
        ("morocco", "المملكة المغربية", "بالمملكة المغربية"),
        ("nigeria-air-force", "القوات الجوية النيجيرية", None, 2),
        ("isis", "داعش"),
        ("boko-haram", "بوكو حرام"),
        ("nigeria-air-force", "القوات الجوية النيجيرية", None, 3),
        ("usa", "الولايات المتحدة"),
        ("egypt", "مصر", "ومصر،"),
        ("jordan", "الأردن", "والأردن"),
        ("nigeria-air-force", "القوات الجوية النيجيرية", None, 4),
        ("royal-armed-forces", "القوات المسلحة الملكية"),
        ("mohammed-vi", "محمد السادس"),
        ("nigeria", "نيجيريا", "إلى نيجيريا"),
     ],
     relations=[
        dict(type="trained", src="morocco", tgt="nigeria-air-force",
             quote="مجموعة من عناصر القوات الجوية النيجيرية، تلقت مؤخرا تدريبا بالمملكة المغربية",
             date="2017-09", date_inferred="the next sentence: they came to Morocco 'last September' and were trained, against the "
                                           "date 'today, Monday 23 October 2017' stated at the start",
             place="Morocco",
             note="Counter-terrorism training (against groups such as ISIS and Boko Haram, pre-emptive intervention, above all in "
                  "the air) in Morocco; the trainer is not named, so the state. The next sentence restates the claim with its date "
                  "and is not annotated again."),
        dict(type="trained", src="usa", tgt="nigeria-air-force", quote=MOL_ABROAD, note=MOL_ABROAD_NOTE.format(c="the US")),
        dict(type="trained", src="egypt", tgt="nigeria-air-force", quote=MOL_ABROAD, note=MOL_ABROAD_NOTE.format(c="Egypt")),
        dict(type="trained", src="jordan", tgt="nigeria-air-force", quote=MOL_ABROAD, note=MOL_ABROAD_NOTE.format(c="Jordan")),
        dict(type="cooperated", src="royal-armed-forces", tgt="nigeria-air-force", quote=MOL_COOP,
             note="'Close cooperation' between the Nigerian Air Force and the Royal Armed Forces ('القوات المسلحة الملكية المغربية': "
                  "one mention of the FAR, the adjective left out). Not dated."),
        dict(type="met", src="royal-armed-forces", tgt="nigeria-air-force", quote=MOL_COOP,
             note="The cooperation is strengthened by meetings 'held from time to time' to exchange expertise: habitual meetings "
                  "between the two bodies (as habitual training is annotated in dev). Not dated."),
        dict(type="visited", src="mohammed-vi", tgt="nigeria",
             quote="الزيارة التي أجراها جلالة الملك محمد السادس، في ديسمبر 2016، إلى نيجيريا",
             date="2016-12",
             note="The King's visit to Nigeria in December 2016 (stated), after which Moroccan–Nigerian relations 'took a new "
                  "dimension'. The agreements signed then are in 'vital sectors' (the gas pipeline is named), not security "
                  "content, and are not annotated."),
     ]),

dict(id="elhora-senegal-gendarmerie-dismantle-macina-linked-cell-kidira",
     title=NO_HEADLINE + "The Senegalese gendarmerie dismantles in Kidira a cell linked to al-Qaeda and Katiba Macina",
     source="Al Hora (elhora.info), citing Libération (Senegal)", published=None,
     out_of_scope=[],
     mentions=[
        ("al-qaeda", "تنظيم “القاعدة”"),
        ("senegal-gendarmerie", "قوات الدرك"),
        ("katiba-macina", "كتيبة “ماسينا”", "بكتيبة “ماسينا”"),
        ("amadou-koufa", "أمادو كوفا"),
        ("katiba-macina", "كتيبة “ماسينا”", "صندوق كتيبة “ماسينا”"),
     ],
     relations=[
        dict(type="arrested", src="senegal-gendarmerie", tgt="al-qaeda",
             quote="فككت السلطات السنغالية، نهاية شهر يناير الماضي، خلية مرتبطة بتنظيم “القاعدة”",
             place="Kidira (eastern Senegal, on the Dakar–Bamako road)",
             note="'The Senegalese authorities' (not a mention; as 'the Iranian authorities' in dev10) dismantled a cell linked to "
                  "al-Qaeda; the next sentence credits the gendarmerie ('قوات الدرك', the Senegalese gendarmerie in context), "
                  "which arrested four people between 20 and 23 January, so the arrest goes to it. The year is not stated (after "
                  "2020, which the text puts in the past) in an undated page: no date."),
        dict(type="arrested", src="senegal-gendarmerie", tgt="katiba-macina",
             quote="وظهر رقم هاتفه في مجموعة “واتساب” مرتبطة بكتيبة “ماسينا” لأمادو كوفا",
             place="Kidira (eastern Senegal)",
             note="The main suspect, a shopkeeper under watch for two years, was in a WhatsApp group linked to Katiba Macina and was "
                  "to host one of its treasurers in 2020: the cell's stated ties are to Macina (an al-Qaeda affiliate in JNIM), so "
                  "the arrest is also linked to it. Not dated (see the previous relation)."),
        dict(type="leads", src="amadou-koufa", tgt="katiba-macina", quote="كتيبة “ماسينا” لأمادو كوفا",
             note="'Amadou Koufa's Katiba Macina': the group is his (he founded and leads it)."),
     ]),
]
