# Gold annotations for the test48 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

ALM_MEET = ("عقد وزير الداخلية المغربي، عبد الوافي لفتيت، الأربعاء، في الجزائر العاصمة، جلسة عمل مع نظيره الصومالي "
            "محمد أبو بكر إسلوا")
ALM_DATE_INF = ("'الأربعاء' on the margins of the 35th session of the AIMC in Algiers; that session was held on Wednesday "
                "7 March 2018 (the session number and place identify it; the year is not printed)")
IHA_MEET = ("خلال اجتماع ضم وزير الداخلية، محمد حصاد، والوزير المنتدب في الداخلية، الشرقي الضريس، ووزير الدولة وزير الإدارة "
            "الترابية واللامركزية والأمن الداخلي البوركينابي، سيمون كومباوري")
IHA_NOTE = ("'اليوم الجمعة' in an undated page (Hassad and Driss left office in April 2017, Compaoré took office in January 2016), "
            "so no date.")
ZAP_MEET = ("ترأس الملك محمد السادس، مرفوقا بصاحب السمو الملكي الأمير مولاي رشيد، ورئيس جمهورية الكوت ديفوار الحسن درامان وتارا، "
            "أمس الثلاثاء بالقصر الملكي بمراكش، حفل التوقيع")
ALMG_SIGN = ("ووقع اضريس والوزير الغابوني المكلف بالداخلية والأمن العمومي والهجرة واللامركزية جان فرانسوا ندونغو٬ أول أمس الثلاثاء "
             "بليبرفيل٬ اتفاقا للتعاون في مجال الوقاية المدنية")
MSA_ARREST = "الذين تم إلقاء القبض عليهم في فاتح يونيو المنصرم بمطار داكار الدولي"
MSA_ARREST_NOTE = ("{p} is one of the three Moroccans named in the previous sentence, arrested at Dakar airport on their way to "
                   "Somalia. The arresting body is not named; the arrest is put on Senegal, whose authorities hold them and "
                   "confirm their destination (one relation per named person). 'فاتح يونيو المنصرم' (1 June) in an undated "
                   "page: no year, so no date. Morocco's formal request to have them handed over is pending (the Dakar appeal "
                   "chamber was to rule on 29 July) and is not annotated; the 'Somali organisation' that recruited them is "
                   "not named.")
EXP_MEET = "على هامش مباحثاته مع المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي"
EXP_DATE_INF = ("'اليوم الثلاثاء' in Marrakech during Interpol's 93rd General Assembly, held in Marrakech on 24–27 November "
                "2025; its Tuesday is 25 November 2025")

DOCS = [
dict(id="almaghribtoday-laftit-somali-interior-minister-islow-algiers",
     title=NO_HEADLINE + "Morocco's interior minister Abdelouafi Laftit holds a working session with his Somali counterpart "
                         "Mohamed Abukar Islow in Algiers (URL slug: وزير الداخلية المغربي يلتقي نظيره الصومالي لتعزيز العلاقات الأمنية)",
     source="Al Maghrib Today (almaghribtoday.net)", published=None,
     out_of_scope=[("الدار البيضاء - رضى عبد المجيد", 1, "dateline and byline"),
                   ("أرسل تعليقك\nتعليقك كزائر", 1, "comment widget")],
     mentions=[
        ("laftit", "عبد الوافي لفتيت"),
        ("islow", "محمد أبو بكر إسلوا"),
        ("amic", "لمجلس وزراء الداخلية العرب"),
        ("morocco", "المغرب", "تجربة المغرب"),
     ],
     relations=[
        dict(type="met", src="laftit", tgt="islow", quote=ALM_MEET, date="2018-03-07", date_inferred=ALM_DATE_INF,
             place="Algiers",
             note="A working session on the margins of the AIMC's 35th session. 'الجزائر العاصمة' names the city (Algiers), not "
                  "the state, so it is not a mention of Algeria. Ministers named only by their titles get no leads."),
        dict(type="cooperated", src="morocco", tgt="somalia",
             quote="وتناول اللقاء سُبل تعزيز التعاون بين البلدين والآفاق المستقبلية لتطويرها، خاصة في المجال الأمني",
             date="2018-03-07", date_inferred=ALM_DATE_INF, place="Algiers",
             note="Talks on strengthening the cooperation 'between the two countries', especially in security: cooperated "
                  "between the states (as in test3 and test7). Somalia is named only by adjectives (الصومالي) and has no mention. "
                  "The Somali minister's wish to draw on Morocco's counter-terrorism experience and his call to strengthen "
                  "cooperation in internal security and exchange visits are wishes, not annotated. The AIMC session gives no "
                  "relation (attendance is neither member-of nor a meeting with a named actor)."),
     ]),

dict(id="alousboue-senegal-dakar-airport-two-moroccan-isis-suspects-interpol",
     title="عودة “داعش” إلى السنغال لضرب ثلاثة مواقع للمملكة في دكار",
     source="Al Ousboue (alousboue.com), citing Libération (Senegal)", published=None,
     out_of_scope=[("في الأكشاك هذا الأسبوع", 1, "section label"),
                   ("الرباط. الأسبوع", 1, "dateline"),
                   ("error: Content is protected !!", 1, "copy-protection notice")],
     mentions=[
        ("isis", "داعش", "عودة “داعش”"),
        ("senegal", "السنغال", "إلى السنغال لضرب"),
        ("senegal", "دكار", "أن دكار واصلت"),
        ("morocco", "الرباط", "العاصمة الرباط"),
        ("isis", "داعش", "“مغاربة داعش”"),
        ("senegal", "السنغال", "إلى السنغال قبل"),
        ("morocco", "المغرب", "توجههم إلى المغرب"),
        ("algeria", "الجزائر"),
        ("senegal-dakar-airport-police", "شرطة مطار “ليوبولد سنغور”"),
        ("interpol", "الأنتيربول", "من خلال “الأنتيربول”"),
        ("senegal", "دكار", "ولم تشارك دكار"),
        ("morocco", "شريكها المغربي"),
        ("serigne-bassirou-gueye", "سيرنيي باسيرو غيبي"),
        ("senegal-dic", "قسم تحقيق الجرائم"),
        ("interpol", "الأنتيربول", "مكاتب “الأنتيربول”"),
        ("senegal", "السنغال", "المملكة في السنغال"),
     ],
     relations=[
        dict(type="arrested", src="senegal-dakar-airport-police", tgt="isis",
             quote="وألقت شرطة مطار “ليوبولد سنغور” القبض على المغربيين القادمين من إسطنبول",
             place="Dakar (Léopold Sédar Senghor airport)",
             note="Two unnamed Moroccans arriving from Istanbul, presented as 'مغاربة داعش' returning via Senegal: linked to ISIS, "
                  "the group they are said to belong to. The page is undated and the arrest is not dated."),
        dict(type="cooperated", src="morocco", tgt="interpol",
             quote="قبل أن تعيد المملكة نشر اسميهما من خلال “الأنتيربول” لتسلمهما",
             note="Morocco ('المملكة', not a mention on its own) re-circulated the two men's names through Interpol in order to "
                  "receive them: use of Interpol's channel, recorded as cooperated. The hand-over it seeks is pending and not "
                  "annotated. Dakar's pursuing the investigation 'without the participation of Rabat' and not sharing it 'with "
                  "its Moroccan partner' are negated cooperation and are not annotated."),
        dict(type="cooperated", src="senegal", tgt="interpol",
             quote="فضل السنغاليون التحقيق المشترك مع الجهاز الدولي",
             note="'الجهاز الدولي' is Interpol, whose offices the sentence places in the DIC's building; 'السنغاليون' (the "
                  "Senegalese, a nationality noun, not a mention) is read as the state. A joint investigation is cooperated. "
                  "Interpol's offices being housed at the DIC is not a part-of: the mention is of Interpol itself, not of a "
                  "national bureau."),
     ]),

dict(id="elbalad-niger-foreign-minister-massoudou-praises-moroccan-counter-terrorism",
     title=NO_HEADLINE + "Niger's foreign minister Hassoumi Massaoudou, after talks with Nasser Bourita in Marrakech, says Niger "
                         "wants to draw on Morocco's counter-terrorism expertise",
     source="Elbalad (elbalad.news)", published=None,
     out_of_scope=[],
     mentions=[
        ("niger", "النيجر", "خارجية النيجر"),
        ("hassoumi-massaoudou", "حسومي مسعودو"),
        ("morocco", "المغرب", "لدى المغرب"),
        ("hassoumi-massaoudou", "هاسومي"),
        ("bourita", "ناصر بوريطة"),
        ("morocco", "المغرب", "\"المغرب، الذي"),
        ("global-coalition-isis", "للتحالف الدولي ضد داعش"),
        ("niger", "النيجر", "والنيجر يرغب"),
        ("morocco", "المغرب", "أن المغرب يلم"),
        ("niger", "النيجر", "يسعى النيجر"),
        ("morocco", "المغرب", "أن المغرب تظل"),
        ("morocco", "المغرب", "دور المغرب"),
     ],
     relations=[
        dict(type="met", src="hassoumi-massaoudou", tgt="bourita",
             quote="في تصريح عقب محادثاته مع وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة",
             date="2022-05-10",
             date_inferred="'أمس الثلاثاء', the day before 'اليوم الأربعاء' on which Marrakech hosted the Global Coalition's "
                           "first meeting in Africa (11 May 2022)",
             place="Marrakech",
             note="Talks between the two foreign ministers; the subject of 'محادثاته' is Massaoudou ('هاسومي'). Bourita's ministry "
                  "is named only in his title: no mention, no leads."),
        dict(type="praised", src="hassoumi-massaoudou", tgt="morocco",
             quote="موضحا أن المغرب تظل بلدا رائدا في المنطقة وتحتل مكانة متميزة في مجال المكافحة الدولية للإرهاب",
             date="2022-05-10",
             date_inferred="the statement followed Tuesday's talks, the day before the coalition's meeting of 11 May 2022",
             place="Marrakech",
             note="Massaoudou commends Morocco's counter-terrorism role ('a leading country … a distinguished place in the "
                  "international fight against terrorism'); his other sentences ('rich expertise', 'knows Africa's problems', "
                  "'its role in strengthening security in the Sahel') repeat the same praise and are not annotated again. "
                  "Niger's wish to benefit from Morocco's experience is a wish. Morocco hosting the coalition's meeting does "
                  "not state a standing role, so no member-of."),
     ]),

dict(id="ihata-hassad-driss-burkina-security-minister-compaore-rabat",
     title="المغرب وبوركينافاسو يعربان عن عزمهما على تعزيز التعاون الثنائي في المجال الأمني",
     source="Ihata (ihata.ma), citing a statement of Morocco's interior ministry", published=None,
     out_of_scope=[("كما أكد المصدر ذاته، أنه أخذا بعين الاعتبار التطورات الأخيرة للتهديد الإرهابي، اتفق الجانبان على الضرورة ", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("morocco", "المغرب", "المغرب وبوركينافاسو يعربان"),
        ("burkina-faso", "بوركينافاسو", "المغرب وبوركينافاسو يعربان"),
        ("morocco", "المغرب", "أعرب المغرب"),
        ("burkina-faso", "بوركينافاسو", "أعرب المغرب وبوركينافاسو"),
        ("morocco-interior-ministry", "لوزارة الداخلية", "بلاغ لوزارة الداخلية"),
        ("hassad", "محمد حصاد"),
        ("driss", "الشرقي الضريس"),
        ("compaore", "سيمون كومباوري"),
        ("morocco", "المغرب", "تجمع المغرب"),
        ("burkina-faso", "بوركينافاسو", "تجمع المغرب وبوركينافاسو"),
     ],
     relations=[
        dict(type="cooperated", src="morocco", tgt="burkina-faso",
             quote="أعرب المغرب وبوركينافاسو، اليوم الجمعة بالرباط، عن عزمهما على تعزيز التعاون الثنائي أكثر في المجال الأمني، "
                   "وخاصة من خلال تبادل المعلومات الاستخباراتية والخبرات",
             place="Rabat",
             note="Strengthening 'further' the bilateral security cooperation (intelligence and expertise exchange, training): "
                  "an existing cooperation the talks consolidate, recorded as cooperated between the states. The headline "
                  "repeats the claim and is not annotated again. " + IHA_NOTE),
        dict(type="cooperated", src="morocco-interior-ministry", tgt="burkina-security-ministry",
             quote="الجوانب المرتبطة بالتعاون الثنائي بين وزارتي الداخلية بالبلدين",
             place="Rabat",
             note="'The bilateral cooperation between the two countries' interior ministries' (security, decentralised "
                  "cooperation, governance): the same cooperation at the level of the ministries, as dev14 records two levels. "
                  "'وزارتي الداخلية بالبلدين' is a dual, not a mention; Burkina Faso's ministry (territorial administration, "
                  "decentralisation and internal security) is named only in Compaoré's title and has no mention. The three "
                  "ministers' praise of the 'excellent relations' between the states has no target and is not a praised. "
                  + IHA_NOTE),
        dict(type="met", src="hassad", tgt="compaore", quote=IHA_MEET, place="Rabat",
             note="A meeting of the three ministers. " + IHA_NOTE),
        dict(type="met", src="driss", tgt="compaore", quote=IHA_MEET, place="Rabat",
             note="Driss, minister delegate to the interior, took part in the same meeting. " + IHA_NOTE),
        dict(type="leads", src="hassad", tgt="morocco-interior-ministry", quote="وزير الداخلية، محمد حصاد",
             note="The ministry is named separately in the same sentence ('بلاغ لوزارة الداخلية'), as dev14's Nisar and Tawfik. "
                  "Driss (minister delegate) and Compaoré (ministry named only in his title) get no leads."),
     ]),

dict(id="zapress-morocco-cote-divoire-security-cooperation-agreement-marrakech",
     title=NO_HEADLINE + "Mohammed VI and Alassane Ouattara preside in Marrakech over the signing of agreements, among them one on "
                         "security cooperation",
     source="Zapress (via Maghress)", published=None,
     out_of_scope=[],
     mentions=[
        ("mohammed-vi", "محمد السادس"),
        ("moulay-rachid", "مولاي رشيد"),
        ("ivory-coast", "جمهورية الكوت ديفوار"),
        ("ouattara", "الحسن درامان وتارا"),
        ("ivory-coast", "للكوت ديفوار", "الملكية الأخيرة للكوت ديفوار"),
        ("morocco", "للمغرب"),
        ("ivory-coast", "الكوت ديفوار", "وتجاه الكوت ديفوار"),
     ],
     relations=[
        dict(type="cooperated", src="morocco", tgt="ivory-coast",
             quote="حفل التوقيع على عدد من اتفاقيات التعاون الثنائي في مجالات التعاون الأمني",
             place="Marrakech",
             note="Agreements of bilateral cooperation signed in several fields, the first being security cooperation (the "
                  "others: Islamic affairs, customs, expatriates, technical education). 'أمس الثلاثاء' in an undated page: no "
                  "date. The agreements' parties are the two states (the king and the president preside)."),
        dict(type="met", src="mohammed-vi", tgt="ouattara", quote=ZAP_MEET, place="Marrakech (royal palace)",
             note="The two heads of state jointly preside over the signing ceremony: a meeting. Undated."),
        dict(type="met", src="moulay-rachid", tgt="ouattara", quote=ZAP_MEET, place="Marrakech (royal palace)",
             note="Prince Moulay Rachid accompanied the king at the ceremony: attendance gives a met with the visitor, as in "
                  "dev7, dev10, dev12 and test7. Undated."),
        dict(type="leads", src="ouattara", tgt="ivory-coast", quote="رئيس جمهورية الكوت ديفوار الحسن درامان وتارا",
             note="President of the Republic of Côte d'Ivoire, named in his title. Mohammed VI's title ('الملك', 'العاهل "
                  "المغربي') names no state, so he gets no leads."),
        dict(type="visited", src="mohammed-vi", tgt="ivory-coast", quote="خلال الزيارة الملكية الأخيرة للكوت ديفوار",
             note="'The last royal visit to Côte d'Ivoire' is Mohammed VI's (the king of the first sentence); not dated in the text."),
     ]),

dict(id="elassala-mauritania-interior-minister-moroccan-ambassador-chabbar",
     title="وزير الداخلية ولد احويرثي يجري مباحثات مع السفير المغربي",
     source="Al Assala (elassala.info)", published=None,
     out_of_scope=[("أخبار\n", 1, "section label"), ("الأصالة: ", 1, "outlet tag")],
     mentions=[
        ("ould-mohamed-lemine", "ولد احويرثي"),
        ("ould-mohamed-lemine", "محمد أحمد ولد محمد الأمين"),
        ("chabbar", "حميد شبار"),
        ("morocco", "المملكة المغربية"),
        ("mauritania", "موريتانيا"),
        ("abderrahmane-ould-hacen", "عبد الرحمن ولد الحسن"),
     ],
     relations=[
        dict(type="met", src="ould-mohamed-lemine", tgt="chabbar",
             quote="أجري معالي وزير الداخلية وترقية اللامركزية والتنمية المحلية، السيد محمد أحمد ولد محمد الأمين، اليوم الثلاثاء، "
                   "في مكتبه بمقر الوزارة في نواكشوط مباحثات مع سعادة السيد حميد شبار",
             place="Nouakchott (the interior ministry)",
             note="Talks at the ministry; the headline repeats the claim. 'اليوم الثلاثاء' in an undated page: no date. The "
                  "ministry is named only in the minister's title ('الوزارة' is anaphora), so no mention and no leads; an "
                  "ambassador gets no leads."),
        dict(type="met", src="abderrahmane-ould-hacen", tgt="chabbar",
             quote="وتناولت المباحثات التي جرت بحضور الأمين العام للوزارة، السيد عبد الرحمن ولد الحسن",
             place="Nouakchott (the interior ministry)",
             note="The ministry's secretary general attended the talks ('بحضور'): a met with the visitor, as attendance in "
                  "earlier sets."),
        dict(type="cooperated", src="morocco", tgt="mauritania",
             quote="استعراض علاقات التعاون المتميزة القائمة بين البلدين الشقيقين وسبل تعزيزها وتطويرها، خاصة في المجالات الموكلة لقطاع الداخلية",
             place="Nouakchott",
             note="The existing cooperation 'between the two countries' (Morocco, the ambassador's state, and Mauritania), "
                  "especially in the interior sector's fields (interior, decentralisation, local development; security is "
                  "not named)."),
     ]),

dict(id="almaghribia-driss-libreville-gabon-security-academy-civil-protection",
     title=NO_HEADLINE + "Charki Draiss in Libreville: Morocco to help Gabon set up a security academy; a civil-protection "
                         "agreement is signed",
     source="Assahra Al Maghribia (via Maghress)", published=None,
     out_of_scope=[],
     mentions=[
        ("driss", "الشرقي اضريس"),
        ("morocco", "المغرب", "أن المغرب سيقدم"),
        ("gabon", "للغابون", "تقنية للغابون"),
        ("ali-bongo", "علي بونغو أونديمبا"),
        ("gabon", "للغابون", "الملكية للغابون"),
        ("morocco", "المغرب", "من خلاله المغرب"),
        ("driss", "اضريس", "وحسب اضريس"),
        ("morocco", "المغرب", "بين المغرب والغابون"),
        ("gabon", "الغابون", "المغرب والغابون"),
        ("driss", "اضريس", "ووقع اضريس"),
        ("ndong", "جان فرانسوا ندونغو"),
     ],
     relations=[
        dict(type="met", src="driss", tgt="ali-bongo",
             quote="عقب الاستقبال الذي خصه به الرئيس الغابوني، علي بونغو أونديمبا",
             place="Libreville",
             note="Gabon's president received Driss ('الوزير' of the sentence) on the margins of the royal visit. 'أمس "
                  "الأربعاء' in an undated page: no date."),
        dict(type="visited", src="mohammed-vi", tgt="gabon", quote="على هامش الزيارة الملكية للغابون",
             note="'The royal visit to Gabon' is Mohammed VI's; the king is not named in this text, so the relation stands on "
                  "an actor without a mention (as duals in test7). Not dated."),
        dict(type="cooperated", src="morocco", tgt="gabon",
             quote="مجالات التعاون بين المغرب والغابون مهمة جدا٬ وتشمل أيضا مكافحة الإرهاب وترويج المخدرات٬ فضلا عن تكوين عناصر الأمن",
             place="Libreville",
             note="Driss states the existing fields of Morocco–Gabon cooperation: counter-terrorism, drug trafficking and the "
                  "training of security personnel. Morocco's technical assistance to create a security academy in Libreville "
                  "and to prepare training programmes for intervention units is announced for the future ('سيقدم', 'ستهم'): "
                  "a pledge, not annotated (so no trained)."),
        dict(type="cooperated", src="driss", tgt="ndong", quote=ALMG_SIGN, place="Libreville",
             note="The two ministers signed a cooperation agreement on civil protection (prevention and major-risk management); "
                  "recorded between the signatories, whose ministries are named only in their titles (as dev14's BNPT and "
                  "Australia's ambassador). 'أول أمس الثلاثاء' in an undated page: no date."),
        dict(type="met", src="driss", tgt="ndong", quote=ALMG_SIGN, place="Libreville",
             note="Signing the agreement together: a meeting of the two ministers. Not dated."),
     ]),

dict(id="almassae-morocco-asks-senegal-to-hand-over-three-terror-suspects",
     title=NO_HEADLINE + "Morocco formally asks Senegal to hand over three Moroccans arrested in Dakar on their way to Somalia",
     source="Al Massae (via Maghress), citing Senegalese media (La Dépêche diplomatique)", published=None,
     out_of_scope=[],
     mentions=[
        ("morocco", "المغرب", "أن المغرب طلب"),
        ("somalia", "الصومال", "في طريقهم إلى الصومال"),
        ("si-mohamed", "سي محمد"),
        ("mohamed-brigh-nadane", "محمد بريقف نادان"),
        ("moulay-abdelghani-nadane", "مولاي عبد الغني نادان"),
        ("assane-dioma-ndiaye", "أسان ديوما ندياي"),
        ("senegal", "السنغال", "لحقوق الإنسان في السنغال"),
        ("assane-dioma-ndiaye", "ندياي", "المحامي ندياي"),
        ("morocco", "المغرب", "وحتى المغرب"),
        ("assane-dioma-ndiaye", "ندياي", "وأكد ندياي"),
        ("somalia", "الصومال", "متوجهين إلى الصومال"),
        ("morocco", "المغرب", "ترحيلهم إلى المغرب"),
        ("assane-dioma-ndiaye", "ندياي", "عبر ندياي"),
     ],
     relations=[
        dict(type="arrested", src="senegal", tgt="si-mohamed", quote=MSA_ARREST, place="Dakar (international airport)",
             note=MSA_ARREST_NOTE.format(p="Si Mohamed")),
        dict(type="arrested", src="senegal", tgt="mohamed-brigh-nadane", quote=MSA_ARREST, place="Dakar (international airport)",
             note=MSA_ARREST_NOTE.format(p="Mohamed Brigh Nadane")),
        dict(type="arrested", src="senegal", tgt="moulay-abdelghani-nadane", quote=MSA_ARREST, place="Dakar (international airport)",
             note=MSA_ARREST_NOTE.format(p="Moulay Abdelghani Nadane")),
     ]),

dict(id="expresstv-2025-mali-police-chief-kone-hammouchi-marrakech",
     title=NO_HEADLINE + "Mali's police chief Youssouf Koné, after talks with Hammouchi at Interpol's 93rd General Assembly in "
                         "Marrakech, praises Morocco's security cooperation",
     source="Express TV (expresstv.ma), citing MAP", published=None,
     out_of_scope=[("راديو إكسبرس\nالبث المباشر", 1, "site banner"),
                   ("كما نوه بالتعاون جنوب-جنوب، مؤكدا استعداد الأجهزة الأمنية المغربية لدعم مالي ", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("mali-national-police", "للشرطة الوطنية في مالي"),
        ("kone", "يوسف كوني"),
        ("mohammed-vi", "محمد السادس"),
        ("kone", "كوني", "وقال كوني"),
        ("dgsn", "للأمن الوطني"),
        ("dgst", "مراقبة التراب الوطني"),
        ("hammouchi", "عبد اللطيف حموشي"),
        ("interpol", "للأنتربول"),
        ("mali", "مالي", "لا سيما في مالي"),
        ("mali", "مالي", "وحكومة مالي"),
        ("morocco", "المغرب", "استضافة المغرب"),
        ("moroccan-security-services", "مصالح الأمن المغربية"),
        ("kone", "كوني", "وتطرق كوني"),
        ("morocco", "المغرب", "التعاون مع المغرب"),
     ],
     relations=[
        dict(type="met", src="kone", tgt="hammouchi", quote=EXP_MEET, date="2025-11-25", date_inferred=EXP_DATE_INF,
             place="Marrakech",
             note="Talks on the margins of Interpol's 93rd General Assembly."),
        dict(type="leads", src="kone", tgt="mali-national-police", quote="المدير العام للشرطة الوطنية في مالي، يوسف كوني",
             note="'المدير العام للشرطة الوطنية في مالي' gives one mention 'للشرطة الوطنية في مالي' of Mali's National Police "
                  "(longest name, merged preposition kept)."),
        dict(type="leads", src="hammouchi", tgt="dgsn", quote="المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي",
             note="The title names both bodies ('للأمن الوطني', 'مراقبة التراب الوطني' without the proclitic ل)."),
        dict(type="leads", src="hammouchi", tgt="dgst", quote="المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي",
             note="Second title, as in the shipped corpus."),
        dict(type="praised", src="kone", tgt="mohammed-vi",
             quote="أشاد المدير العام للشرطة الوطنية في مالي، يوسف كوني، اليوم الثلاثاء بمراكش، بالرؤية المتبصرة لصاحب الجلالة الملك محمد السادس في تعزيز الأمن على المستوى الإفريقي",
             date="2025-11-25", date_inferred=EXP_DATE_INF, place="Marrakech",
             note="Commendation of the king's vision for security in Africa; his next sentence ('the king's leadership took a "
                  "firm stance on security questions') repeats it."),
        dict(type="cooperated", src="morocco", tgt="mali",
             quote="ونشهد اليوم تقدما ملموسا في التعاون الأمني، لا سيما في مالي وغرب إفريقيا",
             date="2025-11-25", date_inferred=EXP_DATE_INF, place="Marrakech",
             note="Koné speaks of the tangible progress of the security cooperation led by Morocco's king, 'especially in Mali': "
                  "Morocco–Mali security cooperation (the next sentence: 'the people and government of Mali appreciate this "
                  "cooperation'). The memorandum on intelligence exchange and training he wants signed is a plan, not annotated."),
        dict(type="praised", src="mali", tgt="morocco",
             quote="وأضاف أن “شعب وحكومة مالي يقدران هذا التعاون حق قدره”",
             date="2025-11-25", date_inferred=EXP_DATE_INF, place="Marrakech",
             note="The Malian government's appreciation of the cooperation with Morocco, stated by Koné: recorded on the "
                  "state (a commendation of the partner's cooperation)."),
        dict(type="praised", src="kone", tgt="morocco",
             quote="تؤكد أن المملكة “جاهزة لمواجهة التحديات الأمنية على المستويات الوطنية والإقليمية والدولية”",
             date="2025-11-25", date_inferred=EXP_DATE_INF, place="Marrakech",
             note="Hosting the General Assembly shows that 'the Kingdom' (Morocco, 'المملكة' not a mention on its own) is ready "
                  "to face security challenges: praise of the state."),
        dict(type="praised", src="kone", tgt="moroccan-security-services",
             quote="مبرزا “حيوية ومهنية” مصالح الأمن المغربية",
             date="2025-11-25", date_inferred=EXP_DATE_INF, place="Marrakech",
             note="'The vitality and professionalism' of the Moroccan security services (unspecified: the collective actor)."),
     ]),

dict(id="atlanticmedia-mauritanian-security-delegation-to-collect-ould-haidalla",
     title=NO_HEADLINE + "Mauritania sends a security delegation to Morocco to collect Sidi Mohamed Ould Haidalla",
     source="Atlantic Media (atlanticmedia.mr), credited 'أطلس'", published=None,
     out_of_scope=[("أطلس", 1, "source credit")],
     mentions=[
        ("morocco", "المملكة المغربية"),
        ("ould-haidalla", "سيدي محمد ولد هيدالة"),
        ("haidalla", "محمد خونا ولد هيدالة"),
        ("ould-haidalla", "ولد هيدالة", "ينتظر ولد هيدالة"),
     ],
     relations=[
        dict(type="visited", src="mauritanian-security-services", tgt="morocco",
             quote="أوفدت السلطات الموريتانية نهاية الاسبوع الماضي وفدا أمنيا إلى المملكة المغربية من أجل تسلم سيدي محمد ولد هيدالة",
             note="The Mauritanian authorities sent 'a security delegation' (unspecified services: the collective actor, as "
                  "'السلطات الموريتانية' is not a mention) to Morocco to receive Ould Haidalla. The hand-over is stated only as "
                  "the delegation's purpose (Morocco's earlier refusal having been overcome by his paying a fine), so no "
                  "extradited is recorded; Morocco's past refusal is not a relation. 'نهاية الاسبوع الماضي' in an undated page: "
                  "no date. His drug-trafficking sentence gives no arrested (no arresting body, no date)."),
     ]),
]
