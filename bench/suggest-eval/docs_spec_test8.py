# Gold annotations for the test8 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

APS_INF = ("the text says the 120 French police officers will train in Algeria 'next year' (السنة المقبلة) and, in Hamel's "
           "words, 'in 2016', so the signing ('this Sunday') was in 2015; the day is not resolvable (the page is undated)")
ANI_INF = "'yesterday evening, Sunday' in a page dated 18-11-2013 (a Monday)"
ANI_TOUR = "جولة إقليمية قادته قبل ذلك إلى كل من أبيدجان وباماكو ودكار"
ANI_TOUR_NOTE = ("Valls's regional tour took him, before Nouakchott, to {city}: the capital as a destination of the tour stands "
                 "for the state, as test7's 'زيارته إلى بغداد'. A working tour of the French interior minister, so visited. Not "
                 "dated: 'before that', in a tour that ended on 17 Nov. 2013.")
ELH_LEADS = ("للمدير العام للأمن في موريتاتي والذي لبى الدعوة برفقة مدراء قطاعات مختلفة في الإدأرة،"
             "وقد باشر الوفد الأمني الموربتاتي بقيادة الجنرال ولد مكت")

DOCS = [
dict(id="aps-2015-algeria-dgsn-french-inhesj-agreement",
     title=NO_HEADLINE + "Algeria's DGSN and the French INHESJ sign a cooperation agreement; Abdelghani Hamel on the partnership",
     source="APS (Algérie Presse Service, via Djazairess)", published=None,
     out_of_scope=[("كاشفا انه يتواجد حاليا أربعة إطارات في فرنسا الذين يوشكون على انهاء ", 1,
                    "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("algeria-dgsn", "المديرية العامة للأمن الوطني", None, 1),
        ("inhesj", "المعهد الفرنسي للدراسات العليا للأمن و العدالة"),
        ("algeria-dgsn", "المديرية العامة للأمن الوطني", None, 2),
        ("algeria-dgsn", "الامن الزطني"),
        ("algeria", "الجزائر", "و ان الجزائر اصبحت"),
        ("algeria", "الجزائر", "من تكوين بالجزائر"),
        ("algeria", "الجزائر", "و أن الجزائر لها"),
        ("algeria-dgsn", "للأمن الوطني", "المدير العام للأمن الوطني عبد"),
        ("hamel", "عبد الغني هامل"),
        ("algeria-dgsn", "الشرطة الجزائرية"),
        ("algeria-dgsn", "للأمن الوطني", "و أضاف المدير العام للأمن الوطني"),
        ("algeria", "الجزائر", "ستستقبل الجزائر"),
     ],
     relations=[
        dict(type="cooperated", src="algeria-dgsn", tgt="inhesj",
             quote="ابرام اتفاقية تعاون بين المديرية العامة للأمن الوطني و المعهد الفرنسي للدراسات العليا للأمن و العدالة",
             date="2015", date_inferred=APS_INF, place="Algeria (signed at the DGSN)",
             note="A cooperation agreement (training, exchange of expertise, trainees from both sides) between Algeria's DGSN and "
                  "the French institute, signed 'at the DGSN'. Hamel's 'the partnership with this institute is old' is the same "
                  "pair and is not annotated again. Its plans (120 French police officers trained in Algeria in 2016, two "
                  "seminars a year, four cadres trained each year) are not annotated."),
        dict(type="cooperated", src="algeria", tgt="france",
             quote="تدعيم التعاون الجزائري الفرنسي في المجال الأمني",
             note="The agreement 'falls within the strengthening of Algerian–French cooperation in the security field': an "
                  "existing cooperation between the states, named by adjectives (France has no mention in scope; its only "
                  "name is in the cut clause). Recorded at both levels, as dev12's and dev14's two levels."),
        dict(type="trained", src="inhesj", tgt="algeria-dgsn",
             quote="هذا المعهد الذي كون 20 إطارا من الشرطة الجزائرية",
             note="Hamel: the institute has trained 20 cadres of the Algerian police (the DGSN). Past training, not dated."),
        dict(type="leads", src="hamel", tgt="algeria-dgsn",
             quote="المدير العام للأمن الوطني عبد الغني هامل",
             note="Director general of national security, in a text about Algeria's DGSN."),
     ]),

dict(id="acharaa-2024-tunisia-italy-interior-ministers-nouri-piantedosi-call",
     title=NO_HEADLINE + "Tunisia's interior minister Khaled Nouri and his Italian counterpart Matteo Piantedosi review their "
                         "ministries' cooperation by telephone",
     source="Acharaa Al Magharibi (acharaa.com)", published=None,
     out_of_scope=[("الشارع المغاربي:", 1, "outlet label")],
     mentions=[
        ("tunisia-interior-ministry", "وزارة الداخلية"),
        ("nouri", "خالد النوري"),
        ("piantedosi", "ماتّيو بيانتيدوزي"),
        ("tunisian-security-services", "الوحدات الأمنيّة التّونسيّة"),
        ("tunisia", "تونس", "الوافدين على تونس"),
        ("nouri", "نظيره التونسي"),
     ],
     relations=[
        dict(type="met", src="nouri", tgt="piantedosi",
             quote="مكالمة هاتفية جمعت مساء يوم امس وزير الداخلية خالد النوري بنظيره الايطالي ماتّيو بيانتيدوزي",
             date="2024-06-21", date_inferred="'yesterday evening' before the ministry's announcement of 'today, Saturday 22 June 2024', stated in the text",
             note="Talks by telephone: the schema's met covers talks, and no other type fits (see the README)."),
        dict(type="cooperated", src="tunisia-interior-ministry", tgt="italy-interior-ministry",
             quote="علاقات التعاون وبرامج الشراكة التي تربط بين وزارتي داخليّة البلدين",
             date="2024-06-21", date_inferred="the call of 'yesterday evening' before 'today, Saturday 22 June 2024'",
             note="The ministers reviewed the existing cooperation and partnership programmes between the two interior ministries "
                  "(migration, organised crime). 'وزارتي داخليّة البلدين' is a dual: neither ministry has a mention from it; the "
                  "Tunisian one is named as the author of the statement. The talks' date is given."),
        dict(type="trained", src="italy-interior-ministry", tgt="tunisian-security-services",
             quote="مجهُودات الطرفين في دعم قدرات الوحدات الأمنيّة التّونسيّة للتصدّي للهجرة غير النظاميّة",
             note="'The efforts of the two sides in supporting the capacities of the Tunisian security units' against irregular "
                  "migration: Italy's side builds the capacity of Tunisian units (ongoing), so trained from the Italian ministry, "
                  "the other party to the call. The possibility of cooperation with UN agencies on voluntary return is a plan."),
        dict(type="leads", src="nouri", tgt="tunisia-interior-ministry",
             quote="وزير الداخلية خالد النوري",
             note="The ministry is named separately as the author of the statement ('اعلنت وزارة الداخلية'), as Fekih in dev13. "
                  "Piantedosi gets no leads: his ministry is named only in the dual."),
     ]),

dict(id="ani-2013-mauritania-france-interior-ministers-valls-security-protocol",
     title="وزير الداخلية يوقع مع نظيره الفرنسي في نواكشوط على اتفاق أمني ويسلمه تجهيزات لصالح الأجهزة الأمنية",
     source="ANI (Agence Nouakchott d'Information, ani.mr)", published="2013-11-18",
     out_of_scope=[(" |\nتاريخ الإضافة: 18-11-2013 14:49:52 |\nالقراءة رقم : 741 |", 1, "date added and read counter")],
     mentions=[
        ("valls", "نظيره الفرنسي", "يوقع مع نظيره الفرنسي"),
        ("ould-mohamed-rare", "محمد ولد أحمد سالم ولد محمد راره", None, 1),
        ("valls", "مانويل فالس"),
        ("mauritania", "موريتانيا"),
        ("france", "فرنسا"),
        ("ould-mohamed-rare", "محمد ولد أحمد سالم ولد محمد راره", None, 2),
        ("valls", "نظيره الفرنسي", "من نظيره الفرنسي"),
        ("mauritanian-security-services", "أجهزة الأمن الوطنية"),
        ("ivory-coast", "أبيدجان"),
        ("mali", "باماكو"),
        ("senegal", "دكار"),
     ],
     relations=[
        dict(type="cooperated", src="mauritania", tgt="france",
             quote="بوتوكول اتفاق بين البلدين يتعلق تعزيز التعاون في مجالات الأمن، ومحاربة الإرهاب، وتهريب المخدرات، وتعزيز الحكامة الرشيدة، وتكوين الدرك والشرطة",
             date="2013-11-17", date_inferred=ANI_INF, place="Nouakchott (at the interior ministry)",
             note="A protocol agreement 'between the two countries' (security, counter-terrorism, drug trafficking, governance, "
                  "training of the gendarmerie and police), signed by the two interior ministers. The ministries are not named "
                  "('بالوزارة'), so it is recorded on the states. Its training content is a plan (no trained). The ministers' "
                  "speeches on 'the strength of relations between Mauritania and France' are not annotated again."),
        dict(type="met", src="ould-mohamed-rare", tgt="valls",
             quote="وقع وزير الداخلية واللامركزية محمد ولد أحمد سالم ولد محمد راره، ونظيره الفرنسي مانويل فالس مساء أمس الأحد بالوزارة",
             date="2013-11-17", date_inferred=ANI_INF, place="Nouakchott (at the interior ministry)",
             note="The two ministers signed together at the ministry."),
        dict(type="trained", src="france", tgt="mauritanian-security-services",
             quote="تسلم محمد ولد أحمد سالم ولد محمد راره من نظيره الفرنسي تجهيزات ومعدات أمنية ومعلوماتية لصالح أجهزة الأمن الوطنية",
             date="2013-11-17", date_inferred=ANI_INF, place="Nouakchott",
             note="Security and IT equipment handed by Valls to his Mauritanian counterpart for 'the national security services': "
                  "equipment is recorded as trained (built the capacity of), as in dev3, dev11 and dev13. trained takes no person "
                  "as source, so the French state gives. The headline ('ويسلمه تجهيزات') is the same claim."),
        dict(type="visited", src="valls", tgt="mauritania",
             quote="غادر وزير الداخلية الفرنسي نواكشوط مساء أمس في ختام جولة إقليمية",
             date="2013-11-17", date_inferred=ANI_INF + "; he signed in Nouakchott and left the same evening; the visit's start is not stated",
             note="The French interior minister (Valls) was in Nouakchott on a regional tour. 'نواكشوط' (where he signed, and which "
                  "he left) is a place, not a mention."),
        dict(type="visited", src="valls", tgt="ivory-coast", quote=ANI_TOUR, note=ANI_TOUR_NOTE.format(city="Abidjan")),
        dict(type="visited", src="valls", tgt="mali", quote=ANI_TOUR, note=ANI_TOUR_NOTE.format(city="Bamako")),
        dict(type="visited", src="valls", tgt="senegal", quote=ANI_TOUR, note=ANI_TOUR_NOTE.format(city="Dakar")),
     ]),

dict(id="dalilrif-morocco-asks-belgium-extradite-nador-migrant-smuggler",
     title=NO_HEADLINE + "Morocco asks Belgium to extradite a man wanted in Nador for organising irregular migration",
     source="Dalil Rif (via Maghress)", published=None,
     out_of_scope=[],
     mentions=[
        ("belgium", "نظيرتها البلجيكية"),
        ("morocco", "المغرب", "أن المغرب وبلجيكا"),
        ("belgium", "بلجيكا", "أن المغرب وبلجيكا"),
     ],
     relations=[
        dict(type="cooperated", src="morocco", tgt="belgium",
             quote="المغرب وبلجيكا يرتبطان باتفاقيات تعاون قضائي وأمني تشمل تبادل المعلومات وتسليم المطلوبين",
             note="Judicial and security cooperation agreements (information exchange, surrender of wanted persons). The Moroccan "
                  "judicial authorities' extradition request is pending before a Belgian court: requests have no type, and the "
                  "surrender is not annotated. 'نظيرتها البلجيكية' (the Belgian judicial authorities) is a mention of Belgium, as "
                  "dev's Al Masalah 'نظيرتها الإسبانية'."),
     ]),

dict(id="newstn-tunisia-algeria-interior-ministers-nouri-merad-algiers",
     title=NO_HEADLINE + "Tunisia's interior minister Khaled Nouri and Algeria's interior minister Brahim Merad discuss security "
                         "cooperation in Algiers",
     source="news.tn (headless2.news.tn)", published=None,
     out_of_scope=[("[ad_1]", 1, "ad placeholder"), ("تونس –", 1, "dateline"), ("[ad_2]\nالمصدر", 1, "ad placeholder and empty source line")],
     mentions=[
        ("nouri", "خالد نوري"),
        ("merad", "إبراهيم مراد"),
        ("tunisia-interior-ministry", "وزارة الداخلية", "لوزارة الداخلية"),
     ],
     relations=[
        dict(type="cooperated", src="tunisia-interior-ministry", tgt="algeria-interior-ministry",
             quote="التعاون الأمني بين وزارتي الداخلية التونسية والجزائرية",
             place="Algiers",
             note="Security cooperation between the two interior ministries was the subject of the meeting (talks on cooperation "
                  "are cooperated, as in test3 and test7). 'وزارتي الداخلية التونسية والجزائرية' is a dual, not a mention. "
                  "'Tuesday' in an undated page: no date (Nouri and Merad were both ministers in 2024)."),
        dict(type="met", src="nouri", tgt="merad",
             quote="لقاء عقد يوم الثلاثاء بالجزائر العاصمة بين وزير الداخلية خالد نوري ووزير الداخلية والجماعات المحلية والتهيئة العمرانية إبراهيم مراد",
             place="Algiers",
             note="'Tuesday' in an undated page: no date (the statement is dated 'Monday evening', which the outlet does not "
                  "reconcile). 'الجزائر العاصمة' is the city, a place. Talks in Algiers do not state a visit, so no visited (as "
                  "test7's İnce in Doha)."),
        dict(type="leads", src="nouri", tgt="tunisia-interior-ministry",
             quote="وزير الداخلية خالد نوري",
             note="The Tunisian ministry is named separately as the author of the statement ('بيان صحفي لوزارة الداخلية'; the "
                  "dateline is Tunis). Merad gets no leads: his ministry is named only in his title and in the dual."),
     ]),

dict(id="ennahar-2026-us-congress-praises-algeria-counter-terrorism",
     title=NO_HEADLINE + "Members of the US Congress praise Algeria's counter-terrorism role (URL slug: أعضاء الكونغرس يشيدون "
                         "بتجربة الجزائر)",
     source="Ennahar (ennaharonline.com)", published="2026-02-05",
     out_of_scope=[(" date 2026-02-05", 1, "date banner")],
     mentions=[
        ("us-congress", "الكونغرس", "أشاد أعضاء الكونغرس"),
        ("algeria", "الجزائر", "بدور الجزائر"),
        ("us-congress", "الكونغرس", "كما أبرز أعضاء الكونغرس"),
        ("us-congress", "الكونغرس", "وأشار الكونغرس"),
        ("algeria", "الجزائر", "أن الجزائر تعد"),
     ],
     relations=[
        dict(type="praised", src="us-congress", tgt="algeria",
             quote="أشاد أعضاء الكونغرس الأمريكي، بدور الجزائر وتجربتها الرائدة في مكافحة الإرهاب",
             note="Members of Congress, at a hearing on security in North Africa and the Sahel, commend Algeria's counter-terrorism "
                  "role; the members are unnamed, so the praise goes to Congress, which the text also makes the subject "
                  "('وأشار الكونغرس'). The further commendation ('a stabilising actor') is the same claim. The hearing is not dated "
                  "(published 5 Feb. 2026)."),
        dict(type="cooperated", src="algeria", tgt="usa",
             quote="التعاون الجزائري-الأمريكي في مجال مكافحة الإرهاب يشكل محور تعاون إيجابي",
             note="Counter-terrorism cooperation between Algeria and the US, stated by the members of Congress. The US is named only "
                  "by adjectives and has no mention."),
     ]),

dict(id="belpresse-moroccan-gendarmerie-guardia-civil-joint-patrols-granada",
     title="دوريات مشتركة بين الحرس الإسباني والدرك المغربي",
     source="Belpresse (belpresse.com)", published=None,
     out_of_scope=[("جابت الدو", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("guardia-civil", "الحرس الإسباني"),
        ("royal-gendarmerie", "الدرك المغربي"),
        ("royal-gendarmerie", "الدرك الملكي المغربي", "وفد من الدرك الملكي المغربي"),
        ("spain", "إسبانيا"),
        ("guardia-civil", "الحرس المدني", "مع عناصر من الحرس المدني"),
        ("guardia-civil", "الحرس المدني الإسباني"),
        ("guardia-civil", "الحرس المدني", "للتعاون بين الحرس المدني"),
        ("royal-gendarmerie", "الدرك الملكي المغربي", "والدرك الملكي المغربي إلى"),
        ("morocco", "المغرب", "مشتركة في المغرب"),
        ("guardia-civil", "الحرس المدني", "قام عناصر الحرس المدني"),
        ("royal-gendarmerie", "الدرك الملكي", "والدرك الملكي بدوريات"),
        ("guardia-civil", "للحرس المدني", "تابعة للحرس المدني"),
     ],
     relations=[
        dict(type="cooperated", src="royal-gendarmerie", tgt="guardia-civil",
             quote="وقد تواجد وفد من الدرك الملكي المغربي في إسبانيا في الفترة ما بين 14 و 18 يوليو للقيام بدوريات مختلطة مع عناصر من الحرس المدني",
             place="Granada province (Spain)",
             note="Joint (mixed) land, sea and air patrols against irregular migration and drug trafficking. 14–18 July, year not "
                  "stated (after the COVID-19 pause): no date. The patrols' origin in early 2004 ('للتعاون بين الحرس المدني والدرك "
                  "الملكي المغربي') is the same pair and is not annotated again."),
        dict(type="visited", src="royal-gendarmerie", tgt="spain",
             quote="وقد تواجد وفد من الدرك الملكي المغربي في إسبانيا",
             place="Granada province (Spain)",
             note="A Gendarmerie delegation in Spain for the joint patrols (14–18 July, no year): a working visit of the agency's "
                  "delegation; its members are unnamed."),
        dict(type="visited", src="guardia-civil", tgt="morocco",
             quote="منذ عام 2008، نفذ حرس مدنيون من سبتة أكثر من مئة دورية مشتركة في المغرب",
             place="Al Hoceima and Nador (Morocco)",
             note="Guardia Civil officers ('حرس مدنيون', not a mention) have carried out over a hundred joint patrols in Morocco: "
                  "working visits of the Guardia Civil to Morocco. 'Since 2008' is not a date."),
     ]),

dict(id="elhawadith-mauritania-dgsn-ould-meguett-visits-morocco",
     title=NO_HEADLINE + "Mauritania's DGSN director general Mohamed Ould Meguett visits Morocco at the invitation of his Moroccan "
                         "counterpart; a Mauritanian military delegation in Morocco",
     source="Al Hawadith (elhawadith.info)", published=None,
     out_of_scope=[("الحوادث-", 1, "outlet label"),
                   ("وينتظر أن يسفر هذا التوجه الجديد نحو المغرب عن نتائج ملموسة تساعد في توثي", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("mauritania", "موريتانيا", "قادة الأمن في موريتانيا"),
        ("morocco", "المغرب", "والقادة في المغرب"),
        ("dgsn", "للأمن", "لمدير العام للأمن في المغرب"),
        ("morocco", "المغرب", "للأمن في المغرب"),
        ("mauritania-dgsn", "للأمن", "للمدير العام للأمن في موريتاتي"),
        ("mauritania", "موريتاتي"),
        ("ould-meguett", "ولد مكت"),
        ("moroccan-security-services", "الأمن المغربي", "توصل إليها الأمن المغربي"),
        ("morocco", "المغرب", "بين المغرب وموريتانيا"),
        ("mauritania", "موريتانيا", "بين المغرب وموريتانيا"),
        ("moroccan-security-services", "الأمن المغربي", "شل الأمن المغربي"),
        ("mauritania-general-staff", "قيادة الأركان العامة للجيوش"),
        ("morocco", "المغرب", "للجيوش المغرب"),
        ("royal-armed-forces", "الجيش المغربي"),
     ],
     relations=[
        dict(type="cooperated", src="mauritania", tgt="morocco",
             quote="يعكف قادة الأمن في موريتانيا والقادة في المغرب على توثيق العلاقة بين البلدين في المجال الأمني",
             note="The security leaders of both states are strengthening the relationship 'between the two countries in the "
                  "security field'; border security cooperation 'between Morocco and Mauritania' is named as the first issue "
                  "between them (same pair, not annotated again). Not dated."),
        dict(type="cooperated", src="mauritania-dgsn", tgt="dgsn",
             quote="وتأتي زيارة التعاون وتبادل الخبرات بين القطاعين",
             note="'The visit of cooperation and exchange of expertise between the two sectors': the two directors general's "
                  "bodies, named in their titles ('المدير العام للأمن' in Morocco and in Mauritania). Morocco's DG is unnamed."),
        dict(type="visited", src="ould-meguett", tgt="morocco",
             quote="والذي لبى الدعوة برفقة مدراء قطاعات مختلفة في الإدأرة،وقد باشر الوفد الأمني الموربتاتي بقيادة الجنرال ولد مكت فور قدومه زيارة إطلاع",
             note="Mauritania's DG accepted his Moroccan counterpart's invitation; the delegation he led began a study visit of the "
                  "Moroccan security services' expertise on arrival (in Morocco, implied by the invitation and 'نحو المغرب'). "
                  "The delegation itself gets no relation of its own, as in dev13. Its aim ('to benefit') is not trained."),
        dict(type="leads", src="ould-meguett", tgt="mauritania-dgsn", quote=ELH_LEADS,
             note="The director general of security in Mauritania accepted the invitation, and the delegation was led by General "
                  "Ould Meguett: he is that director general (Mohamed Ould Meguett, DGSN director 2008–2018)."),
        dict(type="visited", src="mauritania-general-staff", tgt="morocco",
             quote="يزور وفد عسكري من قيادة الأركان العامة للجيوش المغرب",
             note="A military delegation of Mauritania's general staff is visiting Morocco (present tense). The general staff's "
                  "Mauritanian identity is given by the next clause ('القادة العسكريين الموريتانيين')."),
        dict(type="cooperated", src="mauritania-general-staff", tgt="royal-armed-forces",
             quote="في إطار العلاقات العسكرية وتبادل الخبرات بين القادة العسكريين الموريتانيين والقادة في الجيش المغربي",
             note="The visit falls within military relations and exchange of expertise between Mauritanian military leaders and the "
                  "leaders of the Moroccan army: an existing cooperation between the general staff and the FAR."),
     ]),

dict(id="taghbaltpress-fbi-delegation-morocco-afcon-2025-security",
     title="زيارة وفد مكتب التحقيقات الفيدرالي الأمريكي للمغرب: تعزيز التعاون الأمني",
     source="Taghbalt Press (taghbaltpress.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("fbi", "مكتب التحقيقات الفيدرالي", "زيارة وفد مكتب التحقيقات الفيدرالي"),
        ("morocco", "للمغرب"),
        ("fbi", "مكتب التحقيقات الفيدرالي", "وصل وفد رسمي من مكتب التحقيقات الفيدرالي"),
        ("fbi", "FBI"),
        ("morocco", "المملكة المغربية"),
        ("dgsn", "المديرية العامة للأمن الوطني"),
        ("dgst", "مراقبة التراب الوطني"),
        ("morocco", "المغرب", "حيث يسعى المغرب"),
        ("usa", "الولايات المتحدة"),
        ("morocco", "المغرب", "شراكتها مع المغرب"),
        ("canada", "كندا"),
        ("mexico", "المكسيك"),
     ],
     relations=[
        dict(type="visited", src="fbi", tgt="morocco",
             quote="وصل وفد رسمي من مكتب التحقيقات الفيدرالي الأمريكي (FBI) إلى المملكة المغربية",
             note="An FBI delegation arrived in Morocco to learn about the security arrangements the DGSN and DGST made for AFCON "
                  "2025. The visit is not dated (before the tournament; no year stated). The DGSN and DGST have no relation: "
                  "the text states neither a meeting with them nor a visit to their seat."),
        dict(type="cooperated", src="fbi", tgt="morocco",
             quote="في خطوة تهدف إلى تعزيز التعاون الأمني، وصل وفد رسمي من مكتب التحقيقات الفيدرالي الأمريكي (FBI) إلى المملكة المغربية",
             note="The visit 'aims to strengthen security cooperation': an existing cooperation the visit consolidates, as test7's "
                  "Interpol visit. The headline says the same."),
        dict(type="cooperated", src="usa", tgt="morocco",
             quote="تتطلع الولايات المتحدة، من خلال شراكتها مع المغرب وكندا والمكسيك، إلى ضمان أمن كأس العالم 2026",
             note="The US's partnership with Morocco (and Canada and Mexico) to secure the 2026 World Cup; the visit as 'a starting "
                  "point for the exchange of expertise between the two countries' is the same pair and is not annotated again."),
        dict(type="cooperated", src="usa", tgt="canada",
             quote="تتطلع الولايات المتحدة، من خلال شراكتها مع المغرب وكندا والمكسيك، إلى ضمان أمن كأس العالم 2026",
             note="The US's security partnership with Canada for the 2026 World Cup (one relation per partner in the list)."),
        dict(type="cooperated", src="usa", tgt="mexico",
             quote="تتطلع الولايات المتحدة، من خلال شراكتها مع المغرب وكندا والمكسيك، إلى ضمان أمن كأس العالم 2026",
             note="The US's security partnership with Mexico for the 2026 World Cup (one relation per partner in the list)."),
        dict(type="cooperated", src="moroccan-security-services", tgt="us-security-agencies",
             quote="يعد التعاون بين الجهات الأمنية في كلا البلدين خطوة استراتيجية",
             note="'Cooperation between the security bodies of both countries' names no body: the two collectives, as the "
                  "guidelines' unspecified services. The phrase is not a mention."),
     ]),

dict(id="alfadjr-tunisia-gives-algeria-list-of-isis-recruits",
     title=NO_HEADLINE + "Tunisia hands Algeria a new list of recruits of ISIS cells in Libya, within the two armies' security cooperation",
     source="Al Fadjr (via Djazairess)", published=None,
     out_of_scope=[("لاسيما عشية الانتخابات الرئاسية التونسية الم", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("tunisia", "تونس", "قدمت تونس، قائمة"),
        ("algeria", "للجزائر", "للجزائر، في إطار"),
        ("isis", "تنظيم الدولة الإسلامية في العراق والشام"),
        ("isis", "داعش", None, 1),
        ("algeria-anp", "الجيش الوطني الشعبي"),
        ("tunisia-army", "نظيره التونسي"),
        ("tunisia", "تونس", "قدمت تونس للجزائر"),
        ("algeria", "للجزائر", "قدمت تونس للجزائر"),
        ("tunisia", "تونس", "بين تونس وليبيا"),
        ("libya", "ليبيا", "بين تونس وليبيا"),
        ("tunisia", "تونس", "التي دخلت تونس"),
        ("isis", "الدولة الإسلامية في العراق والشام", "باسم الدولة الإسلامية في العراق والشام"),
        ("isis", "داعش", None, 2),
        ("algeria", "الجزائر", "الجزائروتونس"),
        ("tunisia", "تونس", "الجزائروتونس"),
        ("algeria-anp", "للجيش الشعبي الوطني"),
     ],
     relations=[
        dict(type="cooperated", src="tunisia", tgt="algeria",
             quote="قدمت تونس، قائمة جديدة تضم أسماء إرهابيين مجندين حديثا، مرشحين للقيام بعمليات إرهابية، للجزائر، في إطار التعاون الأمني الثنائي",
             note="Tunisia gave Algeria a list of newly recruited terrorists 'within bilateral security cooperation': information "
                  "exchange is cooperated. Not tipped-off: no arrest or foiled plot follows from it in the text. Not dated (the "
                  "eve of a Tunisian presidential election: 2014 or 2019; the clause is cut)."),
        dict(type="cooperated", src="algeria-anp", tgt="tunisia-army",
             quote="التعاون الأمني الثنائي بين الجيش الوطني الشعبي ونظيره التونسي لمحاربة التنظيمات الإرهابية والجريمة المنظمة",
             note="Bilateral security cooperation between the ANP and 'its Tunisian counterpart' (the Tunisian army) against "
                  "terrorist groups and organised crime on the land border. Recorded at both levels (states and armies)."),
     ]),
]
