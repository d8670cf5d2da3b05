# Gold annotations for the test38 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

AFR_AGREE = ("أنه تم الاتفاق خلال اللقاء الذي جمع وزير الداخلية التونسي هشام الفراتي بوزير الداخلية بحكومة الوفاق الوطني بليبيا، "
             "فتحي باشاغا والوفد المرافق له،الثلاثاء،على تأمين الحدود المشتركة بين البلدين وتكثيف الجهود المبذولة لمقاومة الإرهاب")
ELM_RECEIVE = ("استقبل الوزير الأول السيد عبد المالك سلال، أمس، وزير الداخلية والأمن العمومي واللامركزية والشؤون الدينية النيجري، "
               "السيد ماساودو حاسومي")
MIT_MEET = "اجتمع قادة الأمن في المناطق الحدودية بين موريتانيا والسنغال ومالي في مدينة تاباكندا السينغالية"
MIT_COORD = "وسبل تطوير آليات التنسيق الأمني، مقارنة مع ما كان معتمدا خلال السنوات الماضية"
MIT_MEET_NOTE = ("The border regions' security chiefs of {a} and {b} met (unnamed officials of unspecified services: recorded on the "
                 "collective services, as dev12's Burkinabe police officers; the collectives have no mention). One met per pair of "
                 "the three states. Undated page.")
MIT_COOP_NOTE = ("The meeting studied how to develop the security coordination mechanisms 'compared with what was in place in past "
                 "years': coordination between the services of {a} and {b} exists. One cooperated per pair. Undated page.")

DOCS = [
dict(id="elfikr-algeria-mauritania-border-committee-beldjoud",
     title=NO_HEADLINE + "Algeria's interior minister Kamel Beldjoud at the close of the first session of the Algerian–Mauritanian "
                         "bilateral border committee",
     source=None, published=None,
     out_of_scope=[],
     mentions=[
        ("beldjoud", "كمال بلجود"),
     ],
     relations=[
        dict(type="cooperated", src="algeria", tgt="mauritania",
             quote="اختتام أشغال الدورة الأولى للجنة الثنائية الحدودية الجزائرية- الموريتانية",
             note="The first session of the two states' bilateral border committee closed with recommendations: a standing joint "
                  "body of Algeria and Mauritania, so cooperated between the states. Both are named only by adjectives "
                  "('الجزائرية- الموريتانية', 'البلدين') and have no mention. The joint security committee to be created is a plan. "
                  "'Today, Tuesday' in an undated page: no date (other reports put the session in Algiers on 8–9 Nov. 2021, but "
                  "this text gives no year). Beldjoud gets no leads: his ministry is named only in his title. The outlet is not "
                  "identified by the text."),
     ]),

dict(id="afrigatenews-tunisia-libya-interior-ministers-fourati-bashagha",
     title=NO_HEADLINE + "Tunisia's interior minister Hichem Fourati and Libya's GNA interior minister Fathi Bashagha agree to secure "
                         "the common border",
     source="Afrigate News (afrigatenews.net)", published=None,
     out_of_scope=[("وسيتم", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("libya", "ليبيا", "نحو ليبيا كإحدى"),
        ("libya", "ليبيا", "في ليبيا وسقوط"),
        ("tunisia", "تونس", "الجارة تونس"),
        ("tunisia-interior-ministry", "وزارة الداخلية التونسية"),
        ("fourati", "هشام الفراتي"),
        ("libya", "ليبيا", "بليبيا،"),
        ("bashagha", "فتحي باشاغا"),
        ("bashagha", "نظيره الليبي"),
        ("amic", "مجلس وزراء الداخلية العرب"),
        ("tunisia", "تونس", "بين تونس وليبيا"),
        ("libya", "ليبيا", "وليبيا في الفترة"),
     ],
     relations=[
        dict(type="met", src="fourati", tgt="bashagha",
             quote="اللقاء الذي جمع وزير الداخلية التونسي هشام الفراتي بوزير الداخلية بحكومة الوفاق الوطني بليبيا، فتحي باشاغا",
             place="Tunis",
             note="A meeting of the two interior ministers (Bashagha with his delegation) on 'Tuesday', on the margin of the AIMC's "
                  "36th session 'in the Tunisian capital'; the next paragraph restates it ('وإلتقى وزير الداخلية التونسية نظيره الليبي', "
                  "where 'نظيره الليبي' is a mention of Bashagha, as dev12's 'بنظيره المصري'). Undated page: no date. Taking part in "
                  "the AIMC session has no type."),
        dict(type="cooperated", src="tunisia", tgt="libya", quote=AFR_AGREE,
             note="The ministers agreed, as the Tunisian interior ministry reports, to secure the common border 'between the two "
                  "countries' and step up counter-terrorism efforts: an agreement between the states (resolved from 'البلدين'). "
                  "The coming meeting of the Tunisian–Libyan joint security committee is a plan."),
        dict(type="leads", src="fourati", tgt="tunisia-interior-ministry",
             quote="وزير الداخلية التونسي هشام الفراتي",
             note="The ministry is named separately in the same sentence (as the author of the statement), as dev12–dev13. Bashagha "
                  "gets no leads: the Libyan ministry is named only in his title."),
     ]),

dict(id="tunisien-2016-algerian-counter-terrorism-investigators-tunisia-sabratha",
     title=NO_HEADLINE + "Algerian counter-terrorism investigators in Tunisia to question the wounded of the US raid on Sabratha "
                         "(citing Echorouk)",
     source="Tunisien (tunisien.tn), citing Echorouk", published=None,
     out_of_scope=[("كلمات البحث :ارهاب;تنسيق امني;عملية صبراتة;محققين جزائريين", 1, "keyword tags"),
                   ("نعلم قراءنا الأعزاء أنه لا يتم إدراج سوى التعليقات البناءة والتي لا تتنافى مع الأخلاق الحميدة\nو نشكر لكم تفهمكم.", 1,
                    "comment-policy notice")],
     mentions=[
        ("algeria", "الجزائر", "بين الجزائر وتونس"),
        ("tunisia", "تونس", "الجزائر وتونس،"),
        ("algeria-ct-special-squad", "الفرقة الخاصة بمكافحة الإرهاب"),
        ("tunisia", "تونس", "الجزائرية بتونس"),
        ("jhinaoui", "خميس الجينهاوي"),
        ("algeria", "الجزائر", "الى الجزائر،"),
        ("libya", "ليبيا", "إنطلاقاً من ليبيا"),
        ("isis", "داعش", "معاقل داعش في"),
        ("isis", "داعش", "معاقل داعش بمدينة"),
     ],
     relations=[
        dict(type="cooperated", src="algeria", tgt="tunisia",
             quote="في اطارالتنسيق الأمني في مجال مكافحة الإرهاب بين الجزائر وتونس",
             note="Security coordination against terrorism between the two states, the frame of the investigators' mission."),
        dict(type="visited", src="algeria-ct-special-squad", tgt="tunisia",
             quote="حل اثر حادثة صبراتة فريق من المحققين من الفرقة الخاصة بمكافحة الإرهاب الجزائرية بتونس",
             date="2016-02",
             date_inferred="after the US raid of 'last Friday' on Sabratha and the hand-over of '19 February 2016', reported 'today, "
                           "Monday' in the following days",
             note="A team of the squad's investigators came to Tunisia to follow the questioning of the wounded of the raid (a "
                  "working visit; 'the Algerian' after the unit's name is left out of the mention)."),
        dict(type="extradited", src="libya", tgt="tunisia",
             quote="الذين تم تسليمهم للسلطات التونسية يوم السبت 19 فيفري 2016 عبر معبر راس جدير الحدودي",
             date="2016-02-19", place="Ras Jedir border crossing",
             note="The wounded of the Sabratha raid (suspected ISIS members, unnamed) were handed to 'the Tunisian authorities' (the "
                  "state; an adjective phrase, no mention) through the Libyan border crossing. The surrendering side is not named: "
                  "Libya is read from the Libyan town and the crossing. The text calls 19 Feb. 2016 a Saturday; it was a Friday."),
        dict(type="visited", src="jhinaoui", tgt="algeria",
             quote="الزيارة التي اداها وزير الخارجية « خميس الجينهاوي » الى الجزائر",
             note="The Tunisian foreign minister's recent ('مؤخرا') visit to Algeria, where upgrading security coordination was "
                  "agreed. Not dated."),
        dict(type="cooperated", src="algeria", tgt="tunisia",
             quote="الاتفاق على ترقية التنسيق الامني بين البلدين الى أعلى مستوىاته",
             note="A second claim: the agreement reached during Jhinaoui's visit to raise the security coordination 'between the "
                  "two countries' (Algeria and Tunisia) to its highest level. The US strike on ISIS in Sabratha has no type."),
     ]),

dict(id="elmassa-algeria-sellal-belaiz-receive-niger-interior-minister-massaoudou",
     title=NO_HEADLINE + "Algeria's prime minister Abdelmalek Sellal and interior minister Tayeb Belaiz receive Niger's interior "
                         "minister Hassoumi Massaoudou",
     source="El Massa (via Djazairess)", published=None,
     out_of_scope=[("مشيرا إلى أن هذه المسائل سيتم معالجتها في أشغال اللجنة الثن", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("sellal", "عبد المالك سلال"),
        ("hassoumi-massaoudou", "ماساودو حاسومي"),
        ("algeria", "الجزائر", "عمل إلى الجزائر"),
        ("belaiz", "الطيب بلعيز", None, 1),
        ("hassoumi-massaoudou", "حاسومي", "السيد حاسومي،"),
        ("belaiz", "الطيب بلعيز", None, 2),
        ("belaiz", "بلعيز", "السيد بلعيز،"),
        ("hassoumi-massaoudou", "نظيره النيجري"),
     ],
     relations=[
        dict(type="met", src="sellal", tgt="hassoumi-massaoudou", quote=ELM_RECEIVE,
             note="'Yesterday' in an undated page: no date. Sellal heads no security body."),
        dict(type="visited", src="hassoumi-massaoudou", tgt="algeria",
             quote="الذي يقوم بزيارة عمل إلى الجزائر",
             note="A working visit to Algeria. Undated."),
        dict(type="met", src="belaiz", tgt="hassoumi-massaoudou",
             quote="تحادث السيد حاسومي، مع وزير الداخلية والجماعات المحلية الطيب بلعيز",
             note="Talks of the two interior ministers before the reception; Belaiz also attended Sellal's reception ('بحضور'), the "
                  "same pair, annotated once. Neither minister gets leads: their ministries are named only in their titles."),
        dict(type="cooperated", src="algeria", tgt="niger",
             quote="واتفق في هذا الإطار الطرفان على ضرورة السعي إلى تعزيز تنسيقهما في المجال الأمني",
             note="Talks on bilateral cooperation, border matters and the Sahel, with agreement to strengthen their security "
                  "coordination: cooperated between the states, as talks on cooperation in test3 and test7. Niger is named only by "
                  "the adjective 'النيجري' and has no mention. The border committee's coming session is a plan (cut clause)."),
     ]),

dict(id="aajeg-2016-tunisia-libya-germany-training-talks-harchani",
     title="خبراء: تدريب جنود ليبيين في تونس يعزز التعاون بينهما",
     source="aajeg.com, citing Al-Araby Al-Jadeed", published="2016-03-02",
     out_of_scope=[("02 مارس 2016", 1, "date line"),
                   ("+ الخط -", 1, "font-size widget"),
                   ("مبيناً أن بعض البلدان لديها أس", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("tunisia", "تونس", "ليبيين في تونس"),
        ("tunisia", "تونس", "يفرض على تونس"),
        ("libya", "ليبيا", "دعم ليبيا"),
        ("harchani", "فرحات الحرشاني"),
        ("germany", "ألمانيا", "مفاوضات مع ألمانيا"),
        ("tunisia", "تونس", "بين تونس وليبيا"),
        ("libya", "ليبيا", "وليبيا وألمانيا"),
        ("germany", "ألمانيا", "وليبيا وألمانيا"),
        ("harchani", "الحرشاني", "وأضاف الحرشاني"),
        ("tunisia", "تونس", "أن تونس وافقت"),
        ("tunisia", "تونس", "مشاركة تونس"),
        ("libya", "ليبيا", "بناء ليبيا"),
        ("tunisia", "تونس", "أن تونس بإمكانها"),
        ("libya", "ليبيا", "الوطنية في ليبيا"),
        ("tunisia-army", "الجيش الوطني", "في الجيش الوطني،"),
        ("tunisia-global-security-centre", "المركز التونسي لدراسات الأمن الشامل"),
        ("ben-nasr", "مختار بن نصر"),
        ("ben-nasr", "بن نصر", "وقال بن نصر"),
        ("libya-navy", "البحرية الليبية"),
        ("tunisia", "تونس", "الليبية في تونس"),
        ("tunisia", "تونس", "محددة في تونس"),
        ("tunisia-army", "الجيش التونسي"),
     ],
     relations=[
        dict(type="cooperated", src="tunisia", tgt="germany",
             quote="وجود مفاوضات مع ألمانيا لتدريب قوات من الأمن والجيش الليبي على الأراضي التونسية",
             note="Negotiations between Tunisia (its defence minister) and Germany on training Libyan security and army forces in "
                  "Tunisia: talks on cooperation, as in test3 and test7. The training itself and the trilateral Tunisian–Libyan–"
                  "German project are plans (only 'the start of discussions'); Tunisia's acceptance 'in principle' and its capacity "
                  "to help Libya's government are not annotated. Harchani gets no leads (ministry only in his title)."),
        dict(type="cooperated", src="tunisia", tgt="libya",
             quote="أنّها ليست المرة الأولى التي يحصل فيها تعاون تونسي ليبي في المجال العسكري",
             note="A commentator's statement (Ben Nasr, to Al-Araby Al-Jadeed): Tunisian–Libyan military cooperation has happened "
                  "before. His later call to raise 'the Tunisian–Libyan security and military cooperation' to a partnership restates "
                  "that it exists and is not annotated again. The states are named only by adjectives here."),
        dict(type="trained", src="tunisia", tgt="libya-navy",
             quote="سبق تدريب فرق من البحرية الليبية في تونس، إبان الثورة الليبية",
             date="2011", date_inferred="'during the Libyan revolution' (2011)",
             note="Ben Nasr (a commentator) says Libyan navy teams were trained in Tunisia; the trainer is not named, so the state "
                  "where the training took place is taken as the trainer."),
        dict(type="leads", src="ben-nasr", tgt="tunisia-global-security-centre",
             quote="ورئيس المركز التونسي لدراسات الأمن الشامل، مختار بن نصر",
             note="Head of the think tank, as Semmouni → Rabat Center. 'العميد السابق في الجيش الوطني' gives a mention of the "
                  "Tunisian army (the title-gives-a-mention rule) but no relation: a former officer."),
     ]),

dict(id="mithak-mauritania-senegal-mali-border-security-chiefs-tambacounda",
     title=NO_HEADLINE + "The border regions' security chiefs of Mauritania, Senegal and Mali meet in Tambacounda",
     source=None, published=None,
     out_of_scope=[],
     mentions=[
        ("mauritania", "موريتانيا"),
        ("senegal", "السنغال"),
        ("mali", "مالي"),
     ],
     relations=[
        dict(type="met", src="mauritanian-security-services", tgt="senegal-security-services", quote=MIT_MEET, place="Tambacounda (Senegal)",
             note=MIT_MEET_NOTE.format(a="Mauritania", b="Senegal")),
        dict(type="met", src="mauritanian-security-services", tgt="malian-security-services", quote=MIT_MEET, place="Tambacounda (Senegal)",
             note=MIT_MEET_NOTE.format(a="Mauritania", b="Mali")),
        dict(type="met", src="senegal-security-services", tgt="malian-security-services", quote=MIT_MEET, place="Tambacounda (Senegal)",
             note=MIT_MEET_NOTE.format(a="Senegal", b="Mali")),
        dict(type="cooperated", src="mauritanian-security-services", tgt="senegal-security-services", quote=MIT_COORD,
             note=MIT_COOP_NOTE.format(a="Mauritania", b="Senegal")),
        dict(type="cooperated", src="mauritanian-security-services", tgt="malian-security-services", quote=MIT_COORD,
             note=MIT_COOP_NOTE.format(a="Mauritania", b="Mali")),
        dict(type="cooperated", src="senegal-security-services", tgt="malian-security-services", quote=MIT_COORD,
             note=MIT_COOP_NOTE.format(a="Senegal", b="Mali")),
     ]),

dict(id="webmanagercenter-2017-libya-hands-tunisian-terror-suspect-ras-jedir",
     title=NO_HEADLINE + "Libyan security units hand a Tunisian terrorism suspect to the counter-terrorism brigade at Ras Jedir",
     source="Webmanagercenter (ar.webmanagercenter.com), citing Radio Tataouine", published="2017-07-15",
     out_of_scope=[],
     mentions=[
        ("libyan-security-services", "الوحدات الأمنية الليبية"),
        ("tunisia-ct-brigade-ras-jedir", "فرقة مكافحة الارهاب بالمعبر الحدودي براس جدير"),
        ("syria", "سوريا"),
        ("iraq", "العراق"),
        ("tunisia-ct-unit-tunis", "وحدة صحة الارهاب"),
     ],
     relations=[
        dict(type="extradited", src="libyan-security-services", tgt="tunisia-ct-brigade-ras-jedir",
             quote="سلّمت الوحدات الأمنية الليبية فرقة مكافحة الارهاب بالمعبر الحدودي براس جدير من جانبه التونسي، أمس الجمعة، عنصرا تونسيّا",
             date="2017-07-14", date_inferred="'yesterday, Friday' against the URL date (Saturday 15 July 2017)",
             place="Ras Jedir border crossing",
             note="The unspecified Libyan security units surrendered a Tunisian suspect (unnamed, from Kairouan, arrested in Sabratha, "
                  "said to belong to an unnamed terrorist group active in Libya and to have helped the Ben Guerdane attack of 7 March "
                  "2016) to the Tunisian counter-terrorism brigade at the crossing. The arrest names neither the arresting body nor "
                  "the group: no arrested. His transfer to the unit in Tunis ('وحدة صحة الارهاب', read as a slip for a counter-"
                  "terrorism unit) is internal. Syria and Iraq are places only."),
     ]),

dict(id="mena-2017-algeria-mali-messahel-traore-security-cooperation",
     title="وزير الشئون المغاربية الجزائر: تعاون أمنى مكثف بين الجزائر ومالى",
     source="MENA (أ ش أ)", published="2017-02-14",
     out_of_scope=[("أ ش أ", 1, "agency byline"),
                   ("وأشار إلى أن ثلاث مسائل كبرى تعد أساسية فى الوقت الراهن وهى \"تنصيب السل", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("algeria", "الجزائر", "المغاربية الجزائر:"),
        ("algeria", "الجزائر", "بين الجزائر ومالى\n"),
        ("mali", "مالى", "ومالى\n"),
        ("algeria-anp", "الجيش الجزائرى", None, 1),
        ("algeria-anp", "الجيش الجزائرى", None, 2),
        ("african-union", "الاتحاد الإفريقى"),
        ("arab-league", "جامعة الدول العربية"),
        ("messahel", "عبد القادر مساهل"),
        ("algeria", "الجزائر", "بين الجزائر ومالى يتعزز \"يوما"),
        ("mali", "مالى", "ومالى يتعزز \"يوما"),
        ("messahel", "مساهل", "وقال مساهل"),
        ("salif-traore", "ساليف تراورى"),
        ("algeria", "الجزائر", "بين الجزائر ومالى \"الذى"),
        ("mali", "مالى", "ومالى \"الذى"),
        ("mali", "مالى", "الوطنية فى مالى"),
        ("messahel", "مساهل", "ذكر مساهل"),
        ("mali-agreement-monitoring-committee", "لجنة متابعة الاتفاق"),
        ("algeria", "الجزائر", "برئاسة الجزائر"),
     ],
     relations=[
        dict(type="met", src="messahel", tgt="salif-traore",
             quote="عقب محادثاته مع وزير الأمن والحماية المدنية المالى ساليف تراورى",
             date="2017-02-13", date_inferred="'yesterday, Monday' against the URL date (14 Feb. 2017)", place="Algiers",
             note="Talks in Algiers (the statement was made 'in Algiers' after them). Traoré's visit is not stated as such, so no "
                  "visited (as test7's İnce in Doha). Neither minister gets leads: their ministries are named only in their titles."),
        dict(type="cooperated", src="algeria", tgt="mali",
             quote="أن التعاون الأمنى بين الجزائر ومالى يتعزز \"يوما بعد يوم\"",
             note="Messahel: the security cooperation between Algeria and Mali, 'not new', grows day by day; the headline, the "
                  "restatement and 'we exchange analyses and information' (the two sides) are the same claim, annotated once. "
                  "Ongoing, not dated."),
        dict(type="member-of", src="algeria", tgt="mali-agreement-monitoring-committee",
             quote="للجنة متابعة الاتفاق الذى انعقد يوم الجمعة بباماكو برئاسة الجزائر",
             note="Algeria chairs the monitoring committee of Mali's peace agreement (a standing role in a multilateral body). "
                  "'مسار الجزائر' (the Algiers process) names the city where it was negotiated and is not a mention; Bamako is a "
                  "place. The AU and the Arab League are mentioned only in Messahel's title."),
     ]),

dict(id="zawaya-2021-libya-chad-foreign-ministers-mangoush-cherif-border-security",
     title=NO_HEADLINE + "Libya's foreign minister Najla Mangoush and Chad's Mohamed Zene Cherif on border security, in Istanbul",
     source="Zawaya (zawaya.ly), citing the Libyan foreign ministry's media office", published="2021-12-17",
     out_of_scope=[("435", 1, "view counter")],
     mentions=[
        ("mangoush", "نجلاء المنقوش"),
        ("zene-cherif", "محمد زين شريف"),
        ("libya", "ليبيا"),
        ("chad", "تشاد", "واستقرار تشاد"),
        ("mangoush", "المنقوش", "وقالت المنقوش"),
        ("libya-foreign-ministry", "للخارجية الليبية"),
     ],
     relations=[
        dict(type="met", src="mangoush", tgt="zene-cherif",
             quote="جاء ذلك خلال لقاء على هامش قمة الشراكات التركية الأفريقية بإسطنبول، اليوم الجمعة",
             date="2021-12-17", date_inferred="'today, Friday' against the URL date (Friday 17 Dec. 2021)", place="Istanbul",
             note="A meeting of the two foreign ministers on the margin of the Turkey–Africa partnership summit."),
        dict(type="cooperated", src="libya", tgt="chad",
             quote="كما بحثا إمكانية تشكيل قوة مشتركة لحماية الحدود بالتنسيق بين الجهات المختصة في البلدين",
             date="2021-12-17", date_inferred="'today, Friday' against the URL date (Friday 17 Dec. 2021)",
             note="Talks on border-security cooperation between the two states (agreement that Libya's security is Chad's, the "
                  "importance of joint work to secure the border, a possible joint force): talks on cooperation are cooperated, as "
                  "in test3 and test7; the joint force itself is a plan."),
        dict(type="leads", src="mangoush", tgt="libya-foreign-ministry",
             quote="وزيرة الخارجية بحكومة الوحدة الوطنية نجلاء المنقوش",
             note="The ministry is named separately ('للخارجية الليبية', whose media office issued the statement; the mention is "
                  "'للخارجية الليبية', the merged ل+ال kept, as dev14's 'الداخلية الباكستانية'). Zene Cherif gets no leads (ministry only in his title)."),
     ]),

dict(id="alriyadh-mauritania-army-arrests-aqim-gunman-senegal-border",
     title=NO_HEADLINE + "Mauritania's army arrests an AQIM gunman near the Senegalese border; another blows himself up",
     source="Al Riyadh (via Sauress)", published=None,
     out_of_scope=[("وا", 6, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("aqim", "تنظيم القاعدة ببلاد المغرب الإسلامي", None, 1),
        ("aqim", "تنظيم القاعدة ببلاد المغرب الإسلامي", None, 2),
        ("mali", "جمهورية مالي"),
        ("aqim", "القاعدة", "مسلح القاعدة"),
        ("aqim", "القاعدة", "مسلحين من القاعدة"),
     ],
     relations=[
        dict(type="arrested", src="mauritania", tgt="aqim",
             quote="أعلنت السلطات الموريتانية أنها اعتقلت مسلحا من تنظيم القاعدة ببلاد المغرب الإسلامي",
             place="Mauritania–Senegal border (a forest near the Senegal River)",
             note="'The Mauritanian authorities' (the state; an adjective phrase, no mention) announce the arrest of an unnamed AQIM "
                  "gunman, wounded and caught by the army (bare 'الجيش', not a name) after an exchange of fire; a second gunman blew "
                  "himself up. The unnamed gunman is linked to his group. 'Last Saturday' in an undated page: no date."),
        dict(type="arrested", src="mauritania", tgt="aqim",
             quote="وقد تم تفكيكها حيث قتل أغلب عناصرها واعتقل آخرون",
             note="A second claim: the armed commando that AQIM sent from northern Mali (a place only) was dismantled, most of its "
                  "members killed and others arrested. Credited to Mauritania, whose authorities and army the paragraph speaks of."),
     ]),
]
