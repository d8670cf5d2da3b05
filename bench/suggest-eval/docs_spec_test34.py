# Gold annotations for the test34 corpus (held out; same conventions as docs_spec.py and docs_spec_test7.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

ALT_MEET = "بحث رئيس تحالف تقدم محمد الحلبوسي مع منسق مجلس الأمن القومي الأميركي لشؤون الشرق الأوسط بريت مكغورك"
K24_VISIT = ("وفداً رفيع المستوى من الأجهزة الأمنية في الحكومة الاتحادية والمفوضية العليا المستقلة للانتخابات زار "
             "وزارة الداخلية في حكومة إقليم كوردستان")
K24_DATE_NOTE = ("The ministry's statement is of 'today, Tuesday', and the page's date banner is Tuesday 21 Oct. 2025; "
                 "the visit itself is not dated, so no date is recorded.")
MEHR_MEET = ("التقى وزير الداخلية الإيراني، اسكندر مومني، الذي توجه إلى العراق في زيارة تستغرق يومين بدعوة رسمية من نظيره "
             "العراقي عبد الأمير كامل الشمري، مع رئيس الوزراء العراقي محمدشياع السوداني")
MEHR_DATE = ("'This afternoon' in an undated page: no date (Momeni has been minister since Aug. 2024 and Sudani prime minister "
             "since Oct. 2022).")
IQ_DATE_INF = "the talks are dated 'السبت (4 أيلول 2021)' in the text; the arrival was 'earlier today', the same day"
DH21_DATE_INF = "the page's date line '24-1-2021' and 'today, Sunday' (24 Jan. 2021 was a Sunday)"
DH20_DATE_INF = "the page's date line '15-11-2020' and 'today, Sunday' (15 Nov. 2020 was a Sunday)"
QDS_TRAIN_NOTE = ("Training under way ('يدرب', 'تم حتى الآن تدريب نحو 900 كردي'). The year is not stated: the Bundestag's "
                  "approval 'late January last' and a mandate ending 31 Jan. 2016 point to 2015, but no date is recorded.")

DOCS = [
dict(id="altaghier-2021-halbousi-mcgurk-coalition-advisory-role",
     title="الحلبوسي وماكغورك يبحثان ألية تحويل قوات التحالف الى دور المشورة",
     source="Al Taghier TV (altaghier.tv)", published="2021-12-13",
     out_of_scope=[("اخبار العراق", 1, "section label")],
     mentions=[
        ("halbousi", "الحلبوسي", "الحلبوسي وماكغورك"),
        ("mcgurk", "ماكغورك"),
        ("global-coalition-isis", "التحالف", "قوات التحالف الى دور"),
        ("halbousi", "محمد الحلبوسي"),
        ("us-nsc", "مجلس الأمن القومي"),
        ("mcgurk", "بريت مكغورك"),
        ("global-coalition-isis", "التحالف الدولي"),
        ("iraq", "العراق", "في العراق."),
        ("global-coalition-isis", "التحالف", "تحويل التحالف الى"),
        ("iraqi-security-forces", "القوات العراقية"),
     ],
     relations=[
        dict(type="met", src="halbousi", tgt="mcgurk", quote=ALT_MEET,
             note="Talks between the head of the Taqaddum alliance (a party, not an actor; no leads) and the NSC's Middle East "
                  "coordinator (a coordinator, not the NSC's head: no leads). The meeting is not dated; the page's URL date is "
                  "13 Dec. 2021. The place is not stated."),
        dict(type="cooperated", src="global-coalition-isis", tgt="iraqi-security-forces",
             quote="اللقاء تناول ألية تحويل التحالف الى دور المشورة والتمكين وفق متبنيات الحوار الاستراتيجي، وكذلك دعم القوات العراقية في مواجهة تحديات الإرهاب",
             note="The talks covered the coalition's support for the Iraqi forces against terrorism, an existing relation (talks on "
                  "cooperation are cooperated, as in test7); the move to an advise-and-enable role and the end of the combat role "
                  "are plans and are not annotated. The strategic dialogue (Iraq–US, not named here) is not annotated."),
     ]),

dict(id="kurdistan24-2025-federal-security-delegation-krg-interior-ministry-elections",
     title=NO_HEADLINE + "A federal security delegation and the election commission visit the Kurdistan Region's interior ministry "
                         "to prepare the elections' security",
     source="Kurdistan24 (kurdistan24.net)", published="2025-10-21",
     out_of_scope=[(" date 2025-10-21 منذ 33 دقيقة", 1, "date banner and time label"),
                   ("أربيل (كوردستان 24)-", 1, "dateline")],
     mentions=[
        ("krg-interior-ministry", "وزارة الداخلية في حكومة إقليم كوردستان", None, 1),
        ("iraqi-security-forces", "الأجهزة الأمنية في الحكومة الاتحادية"),
        ("ihec", "المفوضية العليا المستقلة للانتخابات"),
        ("krg-interior-ministry", "وزارة الداخلية في حكومة إقليم كوردستان", None, 2),
        ("krg-interior-ministry", "وزارة الداخلية", "وأشارت وزارة الداخلية"),
        ("krg", "حكومة إقليم كوردستان", "وحكومة إقليم كوردستان"),
        ("krg", "إقليم كوردستان", "الناجحة في إقليم كوردستان"),
     ],
     relations=[
        dict(type="visited", src="iraqi-security-forces", tgt="krg-interior-ministry", quote=K24_VISIT,
             note="A high-level delegation 'of the security services in the federal government' (the collective Iraqi forces; no "
                  "service is named) visited the ministry. " + K24_DATE_NOTE, place="Erbil"),
        dict(type="met", src="iraqi-security-forces", tgt="krg-interior-ministry", quote=K24_VISIT,
             note="The visit was a meeting ('هدف الاجتماع'), paired with visited as usual. " + K24_DATE_NOTE, place="Erbil"),
        dict(type="met", src="ihec", tgt="krg-interior-ministry", quote=K24_VISIT,
             note="The election commission was part of the delegation; visited takes no organisation as source, so only met. "
                  + K24_DATE_NOTE, place="Erbil"),
        dict(type="part-of", src="krg-interior-ministry", tgt="krg",
             quote="وزارة الداخلية في حكومة إقليم كوردستان", occ=1,
             note="The name states it ('the interior ministry in the Kurdistan Region's government'), as NAVCENT's name in test7; "
                  "the KRG has no separate mention inside it."),
        dict(type="cooperated", src="iraq", tgt="krg",
             quote="وتعزيز التنسيق الأمني بين الحكومتين الاتحادية وحكومة إقليم كوردستان",
             note="The meeting aimed to strengthen the existing security coordination between the federal government (the state, "
                  "Iraq: 'الحكومتين الاتحادية' is a dual and no mention) and the KRG, as in test14's lalishduhok. " + K24_DATE_NOTE),
        dict(type="praised", src="iraq", tgt="krg",
             quote="وفد الحكومة الاتحادية عبّر عن ارتياحه للاستعدادات الأمنية الكاملة والناجحة في إقليم كوردستان",
             note="The federal government's delegation (the state; 'الحكومة الاتحادية' is not a mention, as test7's 'الحكومة "
                  "العراقية') expressed its satisfaction with the 'complete and successful' security preparations in the Kurdistan "
                  "Region: a commendation of the KRG's security work. " + K24_DATE_NOTE),
     ]),

dict(id="sputnik-2021-turkish-intelligence-helped-iraq-arrest-sami-jasim",
     title="كيف قدمت المخابرات التركية \"هدية ثمينة\" إلى العراق بضربة مخابراتية قوية",
     source="Sputnik Arabic (sputnikarabic.ae), citing Reuters", published="2021-10-12",
     out_of_scope=[("Sputnik", 1, "byline"),
                   ("تابع المزيد من أخبار العراق اليوم على موقع سبوتنيك.\nمناقشة", 1, "site furniture")],
     mentions=[
        ("turkey-mit", "المخابرات التركية", None, 1),
        ("iraq", "العراق", "إلى العراق بضربة"),
        ("turkey-mit", "المخابرات التركية", None, 2),
        ("iraqi-security-forces", "السلطات الأمنية العراقية"),
        ("turkey-mit", "المخابرات التركية", None, 3),
        ("iraq", "العراق", "ساعدت العراق"),
        ("isis", "تنظيم داعش", "العراقي في تنظيم داعش"),
        ("sami-jasim", "سامي جاسم"),
        ("sami-jasim", "جاسم", "إن جاسم كان"),
        ("syria", "سوريا", "شمال غرب سوريا، وإن"),
        ("turkey-mit", "المخابرات التركية", None, 4),
        ("sami-jasim", "جاسم", "وجاسم هو"),
        ("isis", "تنظيم داعش", "قادة تنظيم داعش"),
        ("baghdadi", "أبو بكر البغدادي"),
        ("syria", "سوريا", "شمال غرب سوريا، كما"),
        ("qurashi", "أبو إبراهيم الهاشمي القريشي"),
        ("iraq", "العراق", "وأعلن العراق"),
        ("isis", "داعش", "تنظيم \"داعش\" الإرهابي"),
        ("russia", "روسيا"),
     ],
     relations=[
        dict(type="cooperated", src="turkey-mit", tgt="iraq",
             quote="إن المخابرات التركية ساعدت العراق في اعتقال القيادي العراقي في تنظيم داعش سامي جاسم، في \"عملية خاصة خارج الحدود\"، تشير إلى تعاون أوثق ضد فلول التنظيم",
             note="Turkish intelligence helped Iraq arrest Sami Jasim ('played a key role in his arrest'), according to a regional "
                  "and two Iraqi security sources speaking to Reuters. Operational help rather than passed information, so "
                  "cooperated, not tipped-off. Not dated (URL date 12 Oct. 2021)."),
        dict(type="cooperated", src="turkey-mit", tgt="iraqi-security-forces",
             quote="المخابرات التركية قدمت هدية ثمينة إلى السلطات الأمنية العراقية وذلك عبر \"عملية خاصة خارج الحدود\"",
             note="The same help stated at a second level, to the Iraqi security authorities (collective), as the dev READMEs "
                  "annotate coordination stated at two levels."),
        dict(type="arrested", src="iraq", tgt="sami-jasim",
             quote="ساعدت العراق في اعتقال القيادي العراقي في تنظيم داعش سامي جاسم",
             note="Iraq arrested Sami Jasim (a named person), with MIT's help; the arresting Iraqi service is not named here. The "
                  "arrest is not dated in the text."),
        dict(type="leads", src="qurashi", tgt="isis",
             quote="زعيم التنظيم الحالي أبو إبراهيم الهاشمي القريشي",
             note="'The current leader of the organisation' (ISIS, named in the same sentence). Al-Baghdadi is called its founder "
                  "('مؤسس التنظيم'), which is not stated headship: no leads."),
     ]),

dict(id="akhbaralaan-2022-krg-counter-terrorism-arrests-isis-erbil-coalition",
     title="أربيل.. قوات مكافحة الإرهاب تعتقل 3 عناصر من داعش",
     source="Akhbar Al Aan (akhbaralaan.net)", published="2022-01-03",
     out_of_scope=[],
     mentions=[
        ("isis", "داعش", "3 عناصر من داعش"),
        ("krg-ctd", "المديرية العامة لمكافحة الإرهاب بإقليم كردستان"),
        ("iraq", "العراق", "في العراق ،"),
        ("isis", "داعش", "عناصر داعش الإرهابي"),
        ("cjsotf", "فرقة العمليات الخاصة المشتركة"),
        ("us-forces-iraq", "للقوات الأمريكية"),
        ("global-coalition-isis", "التحالف لهزيمة داعش"),
        ("isis", "داعش", "أن داعش غير"),
        ("iraq", "العراق", "شعب العراق"),
        ("krg-ctd", "لجنة مكافحة الإرهاب"),
        ("krsc", "مجلس أمن إقليم كوردستان"),
        ("isis", "داعش", "العمليات ضد داعش"),
        ("krg", "إقليم كردستان", "داعش في إقليم كردستان"),
        ("peshmerga", "البشمركة", "مقاتلي البشمركة"),
        ("isis", "داعش", "شنها داعش"),
        ("krg-ctd", "دائرة مكافحة الإرهاب"),
        ("isis", "داعش", "الأسلحة من داعش"),
        ("krg-asayish", "قوات الأسايش"),
        ("isis", "داعش", "بانتمائهم إلى داعش"),
        ("krg-peshmerga-ministry", "وزارة البشمركة في حكومة إقليم كردستان"),
        ("iraqi-security-forces", "القوات العراقية"),
        ("peshmerga", "البشمركة", "والبشمركة دمرت"),
        ("isis", "داعش", "وكهوف داعش"),
     ],
     relations=[
        dict(type="arrested", src="krg-ctd", tgt="isis",
             quote="اعتقلت قوات النخبة من المديرية العامة لمكافحة الإرهاب بإقليم كردستان في العراق ، ثلاثة من عناصر داعش الإرهابي في أربيل ليل السبت",
             date="2022-01-01", date_inferred="'Saturday night' before the URL date, Monday 3 Jan. 2022",
             place="Erbil",
             note="Three ISIS members, reported by a statement of the coalition's special-operations task force; the headline's "
                  "'قوات مكافحة الإرهاب' (generic, not taken as a mention) repeats the claim. The task force only reports the arrest: "
                  "no cooperated or praised is read into 'these operations ensure that ISIS cannot harass the people of Iraq'."),
        dict(type="part-of", src="cjsotf", tgt="us-forces-iraq",
             quote="فرقة العمليات الخاصة المشتركة، التابعة للقوات الأمريكية",
             note="Stated by 'التابعة'. The garbled '… للقوات الأمريكية. التحالف لهزيمة داعش' likely renders 'the US-led Coalition to "
                  "Defeat ISIS'; the coalition is a mention but its link to the task force is not recorded."),
        dict(type="part-of", src="krg-ctd", tgt="krsc",
             quote="لجنة مكافحة الإرهاب ، التي تخضع لقيادة مجلس أمن إقليم كوردستان",
             note="'Which is under the command of the Kurdistan Region Security Council'. 'لجنة مكافحة الإرهاب' is read as the same "
                  "CTD (a translation of an English release)."),
        dict(type="arrested", src="krg-ctd", tgt="isis",
             quote="وفي منتصف ديسمبر / كانون الأول ، اعتقلت دائرة مكافحة الإرهاب أيضا اثنين من مهربي الأسلحة من داعش في أربيل",
             date="2021-12", date_inferred="'mid-December' before the URL date (3 Jan. 2022)", place="Erbil",
             note="A second, earlier arrest: two ISIS arms smugglers; 'دائرة مكافحة الإرهاب' is read as the same CTD."),
        dict(type="arrested", src="krg-asayish", tgt="isis",
             quote="اعتقلت قوات الأسايش الكردية عددًا من المشتبه بانتمائهم إلى داعش",
             place="Halabja", note="Suspected ISIS members, in another operation; not dated."),
        dict(type="cooperated", src="iraqi-security-forces", tgt="peshmerga",
             quote="عملية مشتركة بين القوات العراقية والبشمركة دمرت مخابئ وكهوف داعش بالقرب من كرميان",
             place="near Garmiyan",
             note="A joint operation, confirmed by the Peshmerga ministry 'on Saturday' (1 Jan. 2022 by the URL date); the operation "
                  "itself is not dated."),
        dict(type="part-of", src="krg-peshmerga-ministry", tgt="krg",
             quote="وزارة البشمركة في حكومة إقليم كردستان",
             note="The name states it ('the Peshmerga ministry in the KRG'), as the Kurdistan24 interior ministry's."),
     ]),

dict(id="mehrnews-iran-interior-minister-momeni-meets-sudani-baghdad",
     title=NO_HEADLINE + "Iran's interior minister Eskandar Momeni, on a two-day visit to Iraq, meets prime minister Mohammed Shia "
                         "al-Sudani in Baghdad",
     source="Mehr News Agency (ar.mehrnews.com)", published=None,
     out_of_scope=[("/انتهى/", 1, "end marker")],
     mentions=[
        ("momeni", "اسكندر مومني"),
        ("iraq", "العراق", "توجه إلى العراق"),
        ("shammari", "عبد الأمير كامل الشمري"),
        ("mohammed-shia-al-sudani", "محمدشياع السوداني"),
        ("mohammed-shia-al-sudani", "السوداني", "العراقي السوداني في بغداد"),
        ("iraq", "للعراق"),
        ("iran", "إيران", "للعراق وإيران"),
     ],
     relations=[
        dict(type="met", src="momeni", tgt="mohammed-shia-al-sudani", quote=MEHR_MEET, place="Baghdad", note=MEHR_DATE),
        dict(type="visited", src="momeni", tgt="iraq",
             quote="اسكندر مومني، الذي توجه إلى العراق في زيارة تستغرق يومين",
             note="A two-day official visit at the invitation of his counterpart al-Shammari (an invitation is not a meeting: no met "
                  "with al-Shammari, whom the text does not say he met). " + MEHR_DATE),
        dict(type="cooperated", src="iran", tgt="iraq",
             quote="الأمن والسيطرة على الحدود، فضلاً عن التعاون في مكافحة تهريب المخدرات والتنسيق في المنافذ الحدودية",
             note="Talks on security, border control, counter-narcotics cooperation and coordination at the border crossings "
                  "between the two states (talks on cooperation are cooperated, as in test7). " + MEHR_DATE),
        dict(type="cooperated", src="iraq-interior-ministry", tgt="iran-interior-ministry",
             quote="الاتفاقيات المبرمة بين الوزارتين الداخليتين للعراق وإيران",
             note="Agreements already concluded between the two interior ministries (a dual, so the ministries have no mention; "
                  "the states do), here on recognising driving licences; their activation is a plan."),
     ]),

dict(id="iqiraq-2021-kadhimi-receives-saudi-interior-minister-bin-saud",
     title="الكاظمي ووزير الداخلية السعودي يؤكدان \"أهمية\" تطوير التعاون الأمني بين بغداد والرياض",
     source="IQ News (iqiraq.news)", published=None,
     out_of_scope=[("بغداد - IQ  ", 1, "dateline")],
     mentions=[
        ("kadhimi", "الكاظمي", "الكاظمي ووزير"),
        ("iraq", "بغداد", "بين بغداد والرياض\n"),
        ("saudi-arabia", "الرياض", None, 1),
        ("kadhimi", "مصطفى الكاظمي"),
        ("abdulaziz-bin-saud", "عبد العزيز آل سعود", None, 1),
        ("iraq", "العراق", "بين العراق والسعودية"),
        ("saudi-arabia", "السعودية", "العراق والسعودية"),
        ("kadhimi", "للكاظمي"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("abdulaziz-bin-saud", "عبد العزيز بن سعود بن نايف آل سعود"),
        ("iraq", "بغداد", "بين بغداد والرياض، وأهمية"),
        ("saudi-arabia", "الرياض", None, 2),
        ("abdulaziz-bin-saud", "عبد العزيز آل سعود", None, 2),
        ("iraq", "بغداد", "إلى بغداد"),
        ("halbousi", "محمد الحلبوسي"),
     ],
     relations=[
        dict(type="met", src="kadhimi", tgt="abdulaziz-bin-saud",
             quote="بحث رئيس مجلس الوزراء مصطفى الكاظمي، مع وزير الداخلية السعودي، عبد العزيز آل سعود، السبت (4 أيلول 2021)",
             date="2021-09-04", place="Baghdad",
             note="Dated in the text. Al-Kadhimi 'received' the minister (his office's statement). No leads: the cabinet is not an actor, "
                  "and the Saudi ministry is named only in the minister's title."),
        dict(type="cooperated", src="iraq", tgt="saudi-arabia",
             quote="التعاون الأمني بين العراق والسعودية", date="2021-09-04",
             note="Talks on the security cooperation between the two states (counter-terrorism, border control, exchange of security "
                  "expertise); the headline and the statement's 'بين بغداد والرياض' repeat the claim, annotated once."),
        dict(type="visited", src="abdulaziz-bin-saud", tgt="iraq",
             quote="ووصل وزير الداخلية السعودي عبد العزيز آل سعود إلى بغداد، في وقت سابق من اليوم، في زيارة رسمية",
             date="2021-09-04", date_inferred=IQ_DATE_INF,
             note="An official visit; Baghdad as the destination stands for the state."),
        dict(type="met", src="abdulaziz-bin-saud", tgt="halbousi",
             quote="والتقى بعد وصوله رئيس البرلمان محمد الحلبوسي",
             date="2021-09-04", date_inferred=IQ_DATE_INF, place="Baghdad",
             note="The Speaker of Parliament (the parliament is not an actor: no leads)."),
     ]),

dict(id="ina-maliki-receives-coalition-deputy-commander-ghika",
     title=NO_HEADLINE + "Former prime minister Nouri al-Maliki receives the coalition's deputy commander Christopher Ghika",
     source="Iraqi News Agency (INA, ina.iq)", published=None,
     out_of_scope=[("مانشستر يونايتد يدرس التعاقد مع نجم الكالتشيو\nالنقل تسجل حدوث هزة أرضية في نينوى\n"
                    "طقس العراق.. أمطار رعدية بدءاً من الغد\nالتخطيط تعلن عن الأسئلة الخاصة بالتعداد السكاني", 1,
                    "headlines of unrelated stories")],
     mentions=[
        ("maliki", "نوري المالكي"),
        ("iraqi-security-forces", "القوات الأمنية", None, 1),
        ("isis", "داعش", None, 1),
        ("iraq", "العراق", "\"العراق يسعى"),
        ("maliki", "المالكي", "ان المالكي استقبل"),
        ("global-coalition-isis", "التحالف الدولي لمحاربة داعش"),
        ("ghika", "كريستوفر غيكا"),
        ("iraq", "العراق", "في العراق والمنطقة"),
        ("global-coalition-isis", "التحالف الدولي", "بين التحالف الدولي"),
        ("iraqi-security-forces", "الأجهزة الأمنية"),
        ("maliki", "المالكي", "واكد المالكي"),
        ("iraqi-security-forces", "القوات الأمنية", "\"ان القوات الأمنية"),
        ("isis", "داعش", "ارهاب داعش. مشيداً"),
        ("global-coalition-isis", "التحالف الدولي", "قدمه التحالف الدولي"),
        ("iraq", "للعراق"),
        ("global-coalition-isis", "التحالف الدولي", "الى التحالف الدولي"),
        ("iraqi-security-forces", "للقوات الأمنية"),
     ],
     relations=[
        dict(type="met", src="maliki", tgt="ghika",
             quote="ان المالكي استقبل بمكتبه اليوم نائب قائد عمليات التحالف الدولي لمحاربة داعش ميجور جنرال كريستوفر غيكا",
             note="Received at his office; 'today, Tuesday' in an undated page: no date. A deputy commander gets no leads."),
        dict(type="cooperated", src="global-coalition-isis", tgt="iraqi-security-forces",
             quote="وتطوير آلية التنسيق بين التحالف الدولي والأجهزة الأمنية",
             note="Talks on developing the existing coordination between the coalition and the (Iraqi) security services; the bare "
                  "'الأجهزة الأمنية' is read as the collective Iraqi forces."),
        dict(type="praised", src="maliki", tgt="global-coalition-isis",
             quote="مشيداً في الوقت نفسه بالدعم الكبير الذي قدمه التحالف الدولي للعراق في حربه ضد الاٍرهاب",
             note="Al-Maliki commends the coalition's support to Iraq."),
        dict(type="cooperated", src="global-coalition-isis", tgt="iraq",
             quote="الدعم الكبير الذي قدمه التحالف الدولي للعراق في حربه ضد الاٍرهاب",
             note="The support the coalition gave Iraq in its war on terrorism (stated as a fact in the praise)."),
        dict(type="trained", src="global-coalition-isis", tgt="iraqi-security-forces",
             quote="مواصلة دعمه للقوات الأمنية سيما في مجال التدريب والتجهيز",
             note="The call to 'continue' the coalition's support to the security forces, 'especially in training and equipping', "
                  "states that this support is under way (the call itself is a wish); recorded as trained, which stretches to "
                  "equipment as in test7."),
        dict(type="praised", src="maliki", tgt="iraqi-security-forces",
             quote="ان القوات الأمنية بجميع تشكيلاتها نجحت في كسر شوكة ارهاب داعش", occ=1,
             note="Al-Maliki credits the security forces 'in all their formations' with breaking ISIS; the sentence is repeated "
                  "later in the statement and annotated once."),
     ]),

dict(id="alqudsalarabi-germany-trains-peshmerga-erbil",
     title=NO_HEADLINE + "The German army trains the Peshmerga in northern Iraq; Germany's training centre and arms deliveries",
     source="Al-Quds Al-Arabi (alqudsalarabi.co.uk), citing dpa", published=None,
     out_of_scope=[("اربيل – (د ب أ) –", 1, "dateline")],
     mentions=[
        ("bundeswehr", "الجيش الألماني", None, 1),
        ("peshmerga", "قوات البيشمركة"),
        ("iraq", "العراق"),
        ("germany", "ألمانيا", "تسعى ألمانيا"),
        ("peshmerga", "القوات الكردية"),
        ("isis", "تنظيم الدولة"),
        ("bundeswehr", "الجيش الألماني", None, 2),
        ("peshmerga", "البيشمركة", "أخرى البيشمركة"),
        ("germany", "ألمانيا", "أنشأت ألمانيا"),
        ("usa", "الولايات المتحدة"),
        ("uk", "بريطانيا"),
        ("italy", "إيطاليا", None, 1),
        ("norway", "النرويج"),
        ("italy", "إيطاليا", None, 2),
        ("netherlands", "هولندا"),
        ("germany", "ألمانيا", "تدعم ألمانيا"),
        ("peshmerga", "البشمركة", "حيث حصل البشمركة"),
        ("peshmerga", "البشمركة", "تدريب البشمركة"),
        ("germany", "ألمانيا", "في ألمانيا."),
     ],
     relations=[
        dict(type="trained", src="bundeswehr", tgt="peshmerga",
             quote="ويدرب الجيش الألماني بمساعدة جنود دول أخرى البيشمركة خلال دورات تستمر كل منها أربعة أسابيع",
             place="Erbil",
             note=QDS_TRAIN_NOTE + " The first sentence (the Bundestag's approval) states the same training and is not annotated "
                  "again; the parliament is not an actor. The 'soldiers of other states' are unnamed."),
        dict(type="trained", src="germany", tgt="peshmerga",
             quote="تسعى ألمانيا من وراء هذا التدريب إلى تأهيل القوات الكردية بشكل أفضل",
             note="The same training at the state level (two levels, as in the dev READMEs); 'القوات الكردية' is the Peshmerga. The "
                  "training in Germany on anti-tank weapons (last sentence) is part of the same programme and not annotated again. "
                  + QDS_TRAIN_NOTE),
        dict(type="cooperated", src="germany", tgt="usa",
             quote="أنشأت ألمانيا مركز تدريب خاص من أجل هذا الهدف بالتعاون مع الولايات المتحدة",
             note="Germany set up the training centre 'in cooperation with' the US (one relation per state in the list)."),
        dict(type="cooperated", src="germany", tgt="uk",
             quote="أنشأت ألمانيا مركز تدريب خاص من أجل هذا الهدف بالتعاون مع الولايات المتحدة وبريطانيا",
             note="The training centre, in cooperation with the UK."),
        dict(type="cooperated", src="germany", tgt="italy",
             quote="أنشأت ألمانيا مركز تدريب خاص من أجل هذا الهدف بالتعاون مع الولايات المتحدة وبريطانيا وإيطاليا",
             note="The training centre, in cooperation with Italy (listed twice by the outlet; one relation)."),
        dict(type="cooperated", src="germany", tgt="norway",
             quote="أنشأت ألمانيا مركز تدريب خاص من أجل هذا الهدف بالتعاون مع الولايات المتحدة وبريطانيا وإيطاليا والنرويج",
             note="The training centre, in cooperation with Norway."),
        dict(type="cooperated", src="germany", tgt="netherlands",
             quote="أنشأت ألمانيا مركز تدريب خاص من أجل هذا الهدف بالتعاون مع الولايات المتحدة وبريطانيا وإيطاليا والنرويج وإيطاليا وهولندا",
             note="The training centre, in cooperation with the Netherlands."),
        dict(type="trained", src="germany", tgt="peshmerga",
             quote="تدعم ألمانيا الأكراد أيضا بأسلحة وذخيرة حيث حصل البشمركة العام الماضي على سبيل المثال على سلاح “ميلان” المضاد للدروع",
             note="Arms and ammunition delivered to the Peshmerga 'last year' (not dated): equipment is recorded as trained (built "
                  "the capacity of), as in dev2; 'الأكراد' (the Kurds) is not a mention. Further deliveries are planned and not "
                  "annotated."),
     ]),

dict(id="darelhilal-2021-araji-us-ambassador-tueller-coalition",
     title="العراق وأمريكا يبحثان التعاون في إطار التحالف الدولي ضد الإرهاب",
     source="Dar Al Hilal (darelhilal.com), citing the Iraqi National News Agency", published="2021-01-24",
     out_of_scope=[("الأربعاء 26 يونيو 2024", 1, "site date banner"),
                   ("عرب وعالم24-1-2021 | 16:30", 1, "section label and date line")],
     mentions=[
        ("iraq", "العراق", "العراق وأمريكا"),
        ("usa", "أمريكا", "العراق وأمريكا"),
        ("global-coalition-isis", "التحالف الدولي", None, 1),
        ("araji", "قاسم الأعرجي"),
        ("tueller", "ماثيو تولر"),
        ("global-coalition-isis", "التحالف الدولي", None, 2),
        ("araji", "الأعرجي", "وأشار الأعرجي"),
        ("iraq", "العراق", "أن العراق يتطلع"),
        ("global-coalition-isis", "التحالف الدولي", None, 3),
        ("pmf", "قوات الحشد الشعبي"),
        ("iraq", "للعراق"),
        ("global-coalition-isis", "التحالف الدولي", None, 4),
     ],
     relations=[
        dict(type="met", src="araji", tgt="tueller",
             quote="بحث مستشار الأمن القومي العراقي قاسم الأعرجي ،مع السفير الأمريكي في بغداد ماثيو تولر",
             date="2021-01-24", date_inferred=DH21_DATE_INF,
             note="The national security adviser's office is not named (no leads); an ambassador gets no leads. 'في بغداد' is his "
                  "posting; the meeting's place is not stated."),
        dict(type="cooperated", src="iraq", tgt="usa",
             quote="العراق وأمريكا يبحثان التعاون في إطار التحالف الدولي ضد الإرهاب",
             date="2021-01-24", date_inferred=DH21_DATE_INF,
             note="Talks on the continuing Iraq–US cooperation within the coalition; the ambassador's 'continuing support of his "
                  "country to Iraq' repeats it (annotated once). US and Iraqi membership of the coalition is implied, not stated: no "
                  "member-of."),
        dict(type="cooperated", src="global-coalition-isis", tgt="iraq",
             quote="أن العراق يتطلع إلى استمرار دعم التحالف الدولي في مجال مكافحة الإرهاب، وتبادل المعلومات بشأن الإرهابيين",
             date="2021-01-24", date_inferred=DH21_DATE_INF,
             note="Iraq looks to the 'continuation' of the coalition's counter-terrorism support and information exchange, which "
                  "states that they exist (their continuation is a wish)."),
     ]),

dict(id="darelhilal-2020-iraq-cts-arrests-two-isis-leaders-kirkuk-coalition",
     title="اعتقال اثنين من قيادات تنظيم \"داعش\" في كركوك شمالي العراق",
     source="Dar Al Hilal (darelhilal.com), citing Alsumaria News", published="2020-11-15",
     out_of_scope=[("الأربعاء 26 يونيو 2024", 1, "site date banner"),
                   ("عرب وعالم15-11-2020 | 15:00", 1, "section label and date line")],
     mentions=[
        ("isis", "داعش", None, 1),
        ("iraq", "العراق", None, 1),
        ("iraq-cts", "جهاز مكافحة الإرهاب"),
        ("iraq", "العراق", None, 2),
        ("isis", "داعش", None, 2),
        ("iraq", "العراق", None, 3),
        ("iraq-armed-forces", "للقوات المسلحة"),
        ("yahya-rasool", "يحيى رسول"),
        ("global-coalition-isis", "للتحالف الدولي"),
        ("isis", "داعـش"),
     ],
     relations=[
        dict(type="arrested", src="iraq-cts", tgt="isis",
             quote="ألقت قوة من جهاز مكافحة الإرهاب في العراق، اليوم الأحد، القبض على قياديين اثنين من تنظيم \"داعش\" الإرهابي",
             date="2020-11-15", date_inferred=DH20_DATE_INF, place="Wadi Zghaytoun, Kirkuk",
             note="Two ISIS leaders (unnamed, responsible for logistics), in an air-landing operation."),
        dict(type="cooperated", src="global-coalition-isis", tgt="iraq-cts",
             quote="بعد عملية إنزال جوي بإسناد الطائرات المروحية للتحالف الدولي",
             date="2020-11-15", date_inferred=DH20_DATE_INF, place="Wadi Zghaytoun, Kirkuk",
             note="The CTS operation was supported by the coalition's helicopters: a joint operation. The spokesman of the "
                  "commander-in-chief (Yahya Rasool) only reports it: no relation."),
     ]),
]
