# Gold annotations for the test51 corpus (held out; same conventions as docs_spec.py and the earlier sets' specs).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

ASA_AGREE = "للاتفاقيات الجديدة، التي أبرمتها حكومتا موريتانيا والسنغال، مع وكالة الحدود الأوروبية"
ASA_NOTE = ("The new agreements that the governments of Mauritania and Senegal concluded with Frontex (which let it operate anywhere "
            "there and give its staff legal immunity): an agreement that exists, so cooperated (one relation per state; here {c}). Frontex's "
            "new operations, ships, surveillance equipment and risk-analysis cell in Nouakchott are plans ('تخطط', 'تعتزم', "
            "'ستفتتح', 'ستركز') and are not annotated. The agreements are not dated; the page is undated. Reported via the German "
            "EPD from the NGO Statewatch, neither of which is an actor (a news agency and a civil-liberties monitor).")

RAD_PART = ("شارك في هذا الاجتماع وكيل الأمين العام للأمم المتحدة لمكافحة الإرهاب فلاديمير فورونكوف، وميسري المراجعة الثامنة "
            "لاستراتيجية الأمم المتحدة لمكافحة الإرهاب المندوب الدائم لتونس لدى الأمم المتحدة السفير طارق الأدب والمندوب الدائم "
            "لكندا لدى الأمم المتحدة السفير روبرت راي")
RAD_COFAC = ("وميسري المراجعة الثامنة لاستراتيجية الأمم المتحدة لمكافحة الإرهاب المندوب الدائم لتونس لدى الأمم المتحدة السفير "
             "طارق الأدب والمندوب الدائم لكندا لدى الأمم المتحدة السفير روبرت راي")
RAD_MET_NOTE = ("{p} took part in the meeting that Alwasel chaired ('الاجتماع رأسه … الواصل'): attendance gives a met with the chair, "
                "as attendance in dev7, dev10, dev12 and test7. The meeting is not dated (the centre's record is reviewed for "
                "2011–2022 and the eighth review of the strategy is under negotiation, which points to 2023, but no date is given). "
                "Place: New York.")
RAD_COFAC_NOTE = ("{c}'s permanent representative is one of the two co-facilitators of the eighth review of the UN Global "
                  "Counter-Terrorism Strategy: a role in a process of the UN, recorded as member-of (co-chairing, as Morocco and "
                  "Canada co-chairing the GCTF in the shipped corpus). Undated.")

ALO_TRAIN = "مساعدة 28 مدربًا من إندونيسيا وتايلاند وفيتنام ومنغوليا في وضع استراتيجيات لإدارة المناطق الحدودية"
ALO_TRAIN_NOTE = ("The training-of-trainers activity that {s} organised (with {o}) builds the capacity of 28 law-enforcement trainers "
                  "from {c}: trained, one relation per state named (the trainees are unnamed and are described by their states). "
                  "Held 19–30 August; the year is not given (19 August was a Monday in both 2019 and 2024), so no date. Place: "
                  "Bogor, West Java.")
ALO_BNN_NOTE = (" BNN's training of the Indonesian trainers is its own state's and is not recorded as a relation with Indonesia.")

EUM_DATE = "2022-12-02"
EUM_INF = ("Borrell's tweet of 'yesterday, Friday 2 December of this month': 2 December fell on a Friday in 2022, the year "
           "EUMAM Ukraine was launched (Borrell was High Representative 2019–2024); the page prints no date")

SOU_SUPPORT = ("أن فرق إنفاذ القانون من 52 دولة شاركت في المداهمات والتحقيقات بدعم من منظمات بينها الشرطة الدولية «إنتربول»، "
               "والوكالة الأوروبية لمراقبة الحدود «فرونتكس»")
SOU_NOTE = ("Europol coordinated the week-long international operation (previous sentence), which law-enforcement teams of 52 "
            "states carried out 'with the support of organisations including' {o}: a joint operation, so cooperated between "
            "Europol and {o}. The 52 states are not named. 'Today, Wednesday' in an undated page: no date. The 314 people "
            "arrested are unnamed and tied to no named group: no arrested.")

LPC_SAHEL = ("وجاء المؤتمر فرصة لتسهيل السبل الممكنة للتعاون الفني بين ليبيـا وحكومات دول الساحل الخمس "
             "“النيجر وتشاد ومالي وموريتانيا وبوركينا فاسو”")
LPC_SAHEL_NOTE = ("The conference in Tunis 'on regional cross-border cooperation between Libya and the Sahel states' is talks on "
                  "cooperation between Libya and each of the five Sahel states named (here {c}): cooperated, as talks on cooperation "
                  "in test3 and test7. The text does not list the delegations, and it presents the technical cooperation as "
                  "'possible'; the conference itself (talks on it) is what is recorded. Undated (Del Re is EUSR Sahel from 2021).")

DOCS = [
dict(id="asawahil-frontex-mauritania-senegal-new-operations",
     title=NO_HEADLINE + "Frontex plans new operations against irregular migration in Mauritania and Senegal under its new agreements "
                         "with the two governments (via EPD and Statewatch)",
     source="Al Sawahil News Agency (asawahil.info)", published=None,
     out_of_scope=[("وكالة السواحل للأنباء(نواكشوط):", 1, "outlet and dateline"),
                   (" تقدمى", 1, "trailing link word after the article (apparently a credit to Taqadoumy)")],
     mentions=[
        ("frontex", "وكالة الحدود الأوروبية", "تخطط وكالة الحدود الأوروبية"),
        ("frontex", "فرونتكس", "(فرونتكس)"),
        ("mauritania", "موريتانيا", "في كل من موريتانيا"),
        ("senegal", "السنغال", "موريتانيا، والسنغال"),
        ("frontex", "فرونتكس", "فإن “فرونتكس”"),
        ("mauritania", "موريتانيا", "في موريتانيا والسنغال"),
        ("senegal", "السنغال", "في موريتانيا والسنغال"),
        ("frontex", "وكالة الحدود الأوروبية", "أن وكالة الحدود الأوروبية ستفتتح"),
        ("frontex", "فرونتكس", "بأن “فرونتكس”"),
        ("mauritania", "موريتانيا", "حكومتا موريتانيا والسنغال"),
        ("senegal", "السنغال", "حكومتا موريتانيا والسنغال"),
        ("frontex", "وكالة الحدود الأوروبية", "مع وكالة الحدود الأوروبية"),
        ("frontex", "فرونتكس", "لموظفي فرونتكس"),
     ],
     relations=[
        dict(type="cooperated", src="frontex", tgt="mauritania", quote=ASA_AGREE, note=ASA_NOTE.format(c="Mauritania")),
        dict(type="cooperated", src="frontex", tgt="senegal", quote=ASA_AGREE, note=ASA_NOTE.format(c="Senegal")),
     ]),

dict(id="ksaplayers-2018-oic-unoct-counter-terrorism-mou",
     title=NO_HEADLINE + "The OIC and the UN Office of Counter-Terrorism sign a memorandum of understanding on counter-terrorism "
                         "cooperation (New York, 25 September 2018)",
     source="KSA Players (ksaplayers.com)", published=None,
     out_of_scope=[("مشاركة :", 1, "share widget")],
     mentions=[
        ("oic", "منظمة التعاون الإسلامي", "كل من منظمة التعاون الإسلامي"),
        ("unoct", "مكتب الأمم المتحدة لمكافحة الإرهاب"),
        ("un", "الأمم المتحدة", "مقر الأمم المتحدة"),
        ("un", "للأمم المتحدة", "للجمعية العامة للأمم المتحدة"),
        ("abdullah-alim", "عبد الله عالم"),
        ("oic", "منظمة التعاون الإسلامي", "بمنظمة التعاون الإسلامي"),
        ("voronkov", "فلاديمير فورنكوف"),
     ],
     relations=[
        dict(type="cooperated", src="oic", tgt="unoct",
             quote="وقعت كل من منظمة التعاون الإسلامي ومكتب الأمم المتحدة لمكافحة الإرهاب مذكرة تفاهم حول التعاون بينهما في مجال مكافحة الإرهاب",
             date="2018-09-25", place="New York (UN headquarters)",
             note="A memorandum of understanding on counter-terrorism cooperation, signed on 25 September 2018 (stated in the next sentence) on the margin of the 73rd UN General Assembly. The joint action plan the two sides decided to draw up is a plan and is not annotated separately."),
        dict(type="met", src="abdullah-alim", tgt="voronkov",
             quote="ووقع مذكرة التفاهم كل من السفير عبد الله عالم، الأمين العام المساعد للشؤون السياسية بمنظمة التعاون الإسلامي، والسيد فلاديمير فورنكوف",
             date="2018-09-25", place="New York (UN headquarters)",
             note="The two signatories signed the memorandum together: a met, as the signatories present at a signing in dev12. Alim is an assistant secretary-general and gets no leads."),
        dict(type="leads", src="voronkov", tgt="unoct",
             quote="فلاديمير فورنكوف، وكيل الأمين العام لشؤون مكافحة الإرهاب",
             note="Voronkov, 'Under-Secretary-General for Counter-Terrorism', signs for UNOCT, which the first sentence names: that post heads the office (leads where the body is named separately, as ministers in dev12 and dev14)."),
        dict(type="part-of", src="unoct", tgt="un",
             quote="مكتب الأمم المتحدة لمكافحة الإرهاب",
             note="The name ('the United Nations Office of Counter-Terrorism') states that the office belongs to the UN, as names state the hierarchy in dev13 and test7. It is one mention of UNOCT (longest name), so the UN's mentions here are the other two."),
     ]),

dict(id="radiomasr-saudi-arabia-chairs-uncct-advisory-board-23rd-meeting",
     title="السعودية ترأس اجتماع مركز الأمم المتحدة لمكافحة الإرهاب في نيويورك",
     source="Radio Masr (radiomasr.net), citing MENA", published=None,
     out_of_scope=[("المصدر : ا ش ا", 1, "source line")],
     mentions=[
        ("saudi-arabia", "السعودية", "السعودية ترأس"),
        ("uncct", "مركز الأمم المتحدة لمكافحة الإرهاب", "اجتماع مركز الأمم المتحدة لمكافحة الإرهاب في نيويورك"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("uncct", "مركز الأمم المتحدة لمكافحة الإرهاب", "لمركز الأمم المتحدة لمكافحة الإرهاب على مستوى"),
        ("un", "الأمم المتحدة", "مندوب المملكة لدى الأمم المتحدة"),
        ("alwasel", "عبد العزيز الواصل"),
        ("un", "الأمم المتحدة", "ناقش مفاوضات المراجعة الثامنة لاستراتيجية الأمم المتحدة"),
        ("un", "للأمم المتحدة", "وكيل الأمين العام للأمم المتحدة"),
        ("voronkov", "فلاديمير فورونكوف"),
        ("un", "الأمم المتحدة", "وميسري المراجعة الثامنة لاستراتيجية الأمم المتحدة"),
        ("tunisia", "تونس", "لتونس لدى"),
        ("un", "الأمم المتحدة", "لتونس لدى الأمم المتحدة"),
        ("tarek-ladeb", "طارق الأدب"),
        ("canada", "كندا", "لكندا لدى"),
        ("un", "الأمم المتحدة", "لكندا لدى الأمم المتحدة"),
        ("bob-rae", "روبرت راي"),
     ],
     relations=[
        dict(type="member-of", src="saudi-arabia", tgt="uncct",
             quote="ترأست المملكة العربية السعودية الاجتماع 23 لأعضاء المجلس الاستشاري لمركز الأمم المتحدة لمكافحة الإرهاب",
             place="New York",
             note="Saudi Arabia chairs the 23rd meeting of the members of UNCCT's advisory board (at ambassador level): a standing role in the centre's advisory board, so member-of (the board is not a separate actor). The headline states the same claim and is not annotated again. Undated."),
        dict(type="part-of", src="uncct", tgt="un", quote="مركز الأمم المتحدة لمكافحة الإرهاب", occ=2,
             note="The name ('the United Nations Counter-Terrorism Centre') states that the centre belongs to the UN, as names state the hierarchy in dev13 and test7. Its real parent, UNOCT, is not named in the text."),
        dict(type="met", src="alwasel", tgt="voronkov", quote=RAD_PART, note=RAD_MET_NOTE.format(p="Voronkov")),
        dict(type="met", src="alwasel", tgt="tarek-ladeb", quote=RAD_PART, note=RAD_MET_NOTE.format(p="Ladeb (Tunisia's permanent representative)")),
        dict(type="met", src="alwasel", tgt="bob-rae", quote=RAD_PART, note=RAD_MET_NOTE.format(p="Rae (Canada's permanent representative)")),
        dict(type="member-of", src="tunisia", tgt="un", quote=RAD_COFAC, note=RAD_COFAC_NOTE.format(c="Tunisia")),
        dict(type="member-of", src="canada", tgt="un", quote=RAD_COFAC, note=RAD_COFAC_NOTE.format(c="Canada")),
     ]),

dict(id="alomah-indonesia-bnn-unodc-law-enforcement-trainers-course-bogor",
     title="تعاون إندونيسي أُممي لتعزيز مكافحة الاتجار بالمخدرات",
     source="Al Omah (alomah.net)", published=None,
     out_of_scope=[("أخبارسلايدر", 1, "section labels"),
                   ("وأكد سياهان أن الاتجار بالمخدرات، الذي وصفه بأنه جريمة دولية منظمة تستغل اختلاف الأنظمة القانونية وضعف مراقبة الحدود، ي",
                    1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("indonesia-bnn", "الوكالة الوطنية لمكافحة المخدرات في إندونيسيا"),
        ("unodc", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة"),
        ("mongolia", "منغوليا", "آسيا ومنغوليا."),
        ("bnn-eradication", "إنفاذ القانون والمطاردة"),
        ("siahaan", "روي هاردي سياهان"),
        ("mongolia", "منغوليا", "آسيا ومنغوليا بقدرات"),
        ("indonesia", "إندونيسيا", "من إندونيسيا وتايلاند"),
        ("thailand", "تايلاند", "وتايلاند وفيتنام"),
        ("vietnam", "فيتنام", "وتايلاند وفيتنام"),
        ("mongolia", "منغوليا", "وفيتنام ومنغوليا"),
     ],
     relations=[
        dict(type="cooperated", src="indonesia-bnn", tgt="unodc",
             quote="تعاونت الوكالة الوطنية لمكافحة المخدرات في إندونيسيا مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة لتنظيم نشاط يهدف إلى تعزيز قدرة مدربي إنفاذ القانون في جنوب شرق آسيا ومنغوليا",
             place="Bogor, West Java",
             note="BNN and UNODC organised the training together. Opened on Monday 19 August (no year: a Monday in 2019 and 2024), so undated. 'الوكالة الوطنية لمكافحة المخدرات في إندونيسيا' is one mention of BNN (longest name), so Indonesia's first mention is later."),
        dict(type="part-of", src="unodc", tgt="un", quote="مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
             note="The name ('the United Nations Office on Drugs and Crime') states that the office belongs to the UN, as names state the hierarchy in dev13 and test7; the UN has no mention of its own here."),
        dict(type="leads", src="siahaan", tgt="bnn-eradication",
             quote="مدير إنفاذ القانون والمطاردة في الوكالة روي هاردي سياهان",
             note="'مدير إنفاذ القانون والمطاردة' (BNN's director of law enforcement and interdiction, its eradication branch) gives a mention of the unit it names (titles give mentions, as test7), which Siahaan heads."),
        dict(type="part-of", src="bnn-eradication", tgt="indonesia-bnn",
             quote="إنفاذ القانون والمطاردة في الوكالة",
             note="The unit is 'in the agency' (BNN, 'الوكالة' resolved to the agency named in the first sentence): part-of stated by 'في', as the DCPJ's 'ب…' in the shipped corpus."),
        dict(type="trained", src="unodc", tgt="indonesia", quote=ALO_TRAIN,
             note=ALO_TRAIN_NOTE.format(s="UNODC", o="BNN", c="Indonesia, Thailand, Vietnam and Mongolia (here Indonesia)")),
        dict(type="trained", src="unodc", tgt="thailand", quote=ALO_TRAIN,
             note=ALO_TRAIN_NOTE.format(s="UNODC", o="BNN", c="Indonesia, Thailand, Vietnam and Mongolia (here Thailand)")),
        dict(type="trained", src="unodc", tgt="vietnam", quote=ALO_TRAIN,
             note=ALO_TRAIN_NOTE.format(s="UNODC", o="BNN", c="Indonesia, Thailand, Vietnam and Mongolia (here Vietnam)")),
        dict(type="trained", src="unodc", tgt="mongolia", quote=ALO_TRAIN,
             note=ALO_TRAIN_NOTE.format(s="UNODC", o="BNN", c="Indonesia, Thailand, Vietnam and Mongolia (here Mongolia)")),
        dict(type="trained", src="indonesia-bnn", tgt="thailand", quote=ALO_TRAIN,
             note=ALO_TRAIN_NOTE.format(s="BNN", o="UNODC", c="Thailand, Vietnam and Mongolia (here Thailand)") + ALO_BNN_NOTE),
        dict(type="trained", src="indonesia-bnn", tgt="vietnam", quote=ALO_TRAIN,
             note=ALO_TRAIN_NOTE.format(s="BNN", o="UNODC", c="Thailand, Vietnam and Mongolia (here Vietnam)") + ALO_BNN_NOTE),
        dict(type="trained", src="indonesia-bnn", tgt="mongolia", quote=ALO_TRAIN,
             note=ALO_TRAIN_NOTE.format(s="BNN", o="UNODC", c="Thailand, Vietnam and Mongolia (here Mongolia)") + ALO_BNN_NOTE),
     ]),

dict(id="minufiyah-arab-gulf-security-3-exercise-launch-eastern-province",
     title=NO_HEADLINE + "The GCC security services' joint exercise 'Arab Gulf Security 3' (written 'دفاع الخليج العربي 3') opens in "
                         "Saudi Arabia's Eastern Province with Qatar taking part",
     source="Minufiyah (minufiyah.com)", published=None,
     out_of_scope=[("الدمام: ", 1, "dateline"),
                   ("ويهدف مجلس التعاون الخليجي إلى تعزيز أواصر التعاون بين الدول في مجال الدفاع وتعزيز تنسيق واستعداد القوات ا",
                    1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("gcc", "مجلس التعاون لدول الخليج العربية"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("qatar", "قطر"),
        ("qahtani", "سعيد بن عبدالله القحطاني"),
        ("gcc", "مجلس التعاون الخليجي", "ووجهاء دول مجلس التعاون الخليجي"),
        ("gcc", "مجلس التعاون الخليجي", "الداخلية بدول مجلس التعاون الخليجي"),
        ("gcc", "مجلس التعاون الخليجي", "الأمنية لدول مجلس التعاون الخليجي"),
        ("qahtani", "القحطاني", "اللواء القحطاني"),
        ("gcc", "مجلس التعاون الخليجي", "أن دول مجلس التعاون الخليجي"),
        ("wadani", "شي بن سالم الودعاني"),
     ],
     relations=[
        dict(type="cooperated", src="saudi-arabia", tgt="qatar",
             quote="انطلق التمرين الاستراتيجي المشترك للخدمات الأمنية لدول مجلس التعاون لدول الخليج العربية ، دفاع الخليج العربي 3 ، أمس في المنطقة الشرقية بالمملكة العربية السعودية ، بمشاركة قطر",
             place="Eastern Province, Saudi Arabia",
             note="The GCC states' joint security exercise opens in Saudi Arabia (run by the Saudi assistant interior minister) with Qatar taking part: joint training is cooperated, recorded between the host and the one participant the text names. The other member states are not named, and a GCC-wide relation has no form (as test7's Okaz). 'Yesterday' in an undated page: no date (Arab Gulf Security 3 opened in January 2022, which the text does not say). Al-Qahtani conducts the exercise and Al-Wadani is its commander: neither heads a named body, so no leads."),
     ]),

dict(id="arabcomua-2022-borrell-eu-mission-trains-ukrainian-soldiers-poland",
     title="بوريل: الاتحاد الأوروبي بدأ تدريب الجنود الأوكرانيين في بولندا",
     source="Ukraine in Arabic (arab.com.ua)", published=None,
     out_of_scope=[("كييف/ أوكرانيا بالعربية/ ", 1, "dateline with the outlet's name"),
                   ("المصدر: أوكرانيا بالعربية\n\nПоділитися публікацією:\nЧитайте також\nسياسة\nوكالات: الولايات المتحدة ستدرب 2500 جندي أوكراني في ألمانيا شهرياً\nسياسة\nبوريل: الاتحاد الأوروبي يسعى لتغيير هيكله الأمني لقبول أوكرانيا\nسياسة\nالاتحاد الأوروبي مصدوم من المقابر الجماعية في أوكرانيا\nسياسة\nالاتحاد الأوروبي يرفض نتائج الانتخابات الروسية في القرم الأوكراني المحتل\nГоловні новини\nПолітика\nІзраїль частково розблокував кордон із Газо",
                    1, "source line, share widget and headlines of unrelated stories (cut by the store's limit)")],
     mentions=[
        ("borrell", "بوريل", "بوريل: الاتحاد الأوروبي بدأ"),
        ("eu", "الاتحاد الأوروبي", "بوريل: الاتحاد الأوروبي بدأ"),
        ("poland", "بولندا", "الأوكرانيين في بولندا"),
        ("eu", "للاتحاد الأوروبي", "الخارجية للاتحاد الأوروبي"),
        ("borrell", "جوزيب بوريل"),
        ("borrell", "بوريل", "وقال بوريل"),
        ("eumam-ukraine", "بعثة الاتحاد الأوروبي للمساعدة في أوكرانيا"),
        ("borrell", "بوريل", "وزار بوريل"),
        ("eumam-ukraine", "بعثة الاتحاد الأوروبي", "موقع تدريب بعثة الاتحاد الأوروبي"),
        ("poland", "بولندا", "الأوروبي في بولندا"),
     ],
     relations=[
        dict(type="trained", src="eu", tgt="ukrainian-armed-forces",
             quote="الاتحاد الأوروبي بدأ تدريب الجنود الأوكرانيين في بولندا",
             date=EUM_DATE, date_inferred=EUM_INF, place="Poland",
             note="The EU trains Ukrainian soldiers (more than 1,000 'currently', says Borrell in the first sentence, which names no trainer). The unnamed soldiers are the collective Ukrainian armed forces (new; no mention), as dev12's Burkinabe trainees. Dated by the tweet that reports the training under way."),
        dict(type="trained", src="eumam-ukraine", tgt="ukrainian-armed-forces",
             quote="اليوم وصلت بعثة الاتحاد الأوروبي للمساعدة في أوكرانيا إلى قدرتها التشغيلية الأولية الكاملة. يتم تدريب 1100 جندي",
             date=EUM_DATE, date_inferred=EUM_INF,
             note="The same training stated at the level of the EU's mission (two levels, as the course in dev12): the mission reached full initial operating capability with 1,100 soldiers in training. Its training offers and the 16 million euros for equipment are plans ('ستنتج', 'ستوفر')."),
        dict(type="part-of", src="eumam-ukraine", tgt="eu", quote="بعثة الاتحاد الأوروبي للمساعدة في أوكرانيا",
             note="The name ('the European Union's assistance mission in Ukraine') states that the mission is the EU's, as names state the hierarchy in dev13 and test7. It is one mention of the mission (longest name), so Ukraine has no mention."),
        dict(type="visited", src="borrell", tgt="eumam-ukraine", quote="وزار بوريل موقع تدريب بعثة الاتحاد الأوروبي في بولندا",
             place="Poland",
             note="Borrell visited the EU mission's training site in Poland: a visit to the seat of a body (as visits to an agency's headquarters in test3 and test7). Undated. Borrell is the EU's foreign-policy chief ('مفوض السياسة الخارجية'), which is not heading the EU: no leads."),
        dict(type="met", src="borrell", tgt="ukrainian-armed-forces", quote="والتقى المجموعة الأولى من المتدربين الأوكرانيين",
             place="Poland",
             note="Borrell met the first group of Ukrainian trainees (the subject 'بوريل' is in the same sentence); the trainees are the collective Ukrainian armed forces. Undated."),
     ]),

dict(id="soutelomma-europol-coordinated-operation-52-states-interpol-frontex",
     title=NO_HEADLINE + "Europol coordinates a week-long international operation with 52 states, supported by Interpol and Frontex",
     source="Sout El Omma (via Masress), citing ABC", published=None,
     out_of_scope=[],
     mentions=[
        ("europol", "الشرطة الأوروبية", "أعلنت الشرطة الأوروبية"),
        ("europol", "يوروبول", "«يوروبول»، اليوم"),
        ("interpol", "الشرطة الدولية"),
        ("interpol", "إنتربول"),
        ("frontex", "الوكالة الأوروبية لمراقبة الحدود"),
        ("frontex", "فرونتكس"),
        ("europol", "يوروبول", "وأضافت «يوروبول»"),
        ("greek-police", "الشرطة اليونانية"),
        ("europol", "الشرطة الأوروبية", "رئيس الشرطة الأوروبية"),
        ("wainwright", "روب واينرايت"),
     ],
     relations=[
        dict(type="cooperated", src="europol", tgt="interpol", quote=SOU_SUPPORT, note=SOU_NOTE.format(o="Interpol")),
        dict(type="cooperated", src="europol", tgt="frontex", quote=SOU_SUPPORT, note=SOU_NOTE.format(o="Frontex")),
        dict(type="cooperated", src="greek-police", tgt="europol",
             quote="كما اكتشفت الشرطة اليونانية، في إطار العمليات، شركة سفريات وهمية تسهل تهريب المهاجرين وعمليات الإتجار بالبشر",
             note="The Hellenic Police acted 'within the framework of the operations' that Europol coordinated: a participant in the joint operation, so cooperated with Europol. Undated."),
        dict(type="leads", src="wainwright", tgt="europol", quote="رئيس الشرطة الأوروبية روب واينرايت",
             note="'رئيس الشرطة الأوروبية' (head of Europol). His praise of the operation ('the states and organisations around the world working as one team') commends all participants, unnamed as a whole, and gives no praised relation."),
     ]),

dict(id="adentv-2024-yemen-interior-ministry-27th-arab-counter-terrorism-conference-tunis",
     title="وزارة الداخلية تشارك في المؤتمر العربي الـ 27 لقادة أجهزة مكافحة الإرهاب العربية في تونس",
     source="Aden TV (aden-tv.com)", published="2024-10-23",
     out_of_scope=[("Home أخبار محلية وزارة الداخلية تشارك في المؤتمر العربي الـ 27 لقادة أجهزة مكافحة الإرهاب العربية في تونس",
                    1, "breadcrumb navigation (repeats the headline)"),
                   ("by aden-tv.com", 1, "byline"),
                   ("تونس – عدن TV", 1, "dateline"),
                   ("وعلى هامش المؤتمر، بحث اللواء الطاهري، م", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("yemen-interior-ministry", "وزارة الداخلية", "وزارة الداخلية تشارك", 2),
        ("tunisia", "تونس", "العربية في تونس", 2),
        ("yemen-interior-ministry", "وزارة الداخلية", "شاركت وزارة الداخلية"),
        ("tunisia", "تونس", "المنعقد في تونس"),
        ("yemen-ct-directorate", "مكافحة الارهاب والجريمة المنظمة", "مدير عام مكافحة الارهاب والجريمة المنظمة"),
        ("yemen-interior-ministry", "وزارة الداخلية", "بوزارة الداخلية"),
        ("dhaheri", "احمد الظاهري"),
        ("unodc", "مكتب مكافحة المخدرات والجريمة بالأمم المتحدة"),
        ("interpol", "الإنتربول"),
        ("afripol", "الافريبول"),
        ("europol", "اليوروبول"),
        ("dhaheri", "الظاهري", "وأكد اللواء الظاهري"),
        ("yemen", "اليمن"),
        ("houthis", "المليشيات الحوثية"),
        ("israel", "الكيان الصهيوني"),
        ("palestine", "فلسطين"),
        ("lebanon", "لبنان"),
     ],
     relations=[
        dict(type="leads", src="dhaheri", tgt="yemen-ct-directorate",
             quote="مدير عام مكافحة الارهاب والجريمة المنظمة بوزارة الداخلية، اللواء احمد الظاهري",
             note="'مدير عام مكافحة الارهاب والجريمة المنظمة' gives a mention of the general directorate it names (titles give mentions, as test7), which Al-Dhaheri heads."),
        dict(type="part-of", src="yemen-ct-directorate", tgt="yemen-interior-ministry",
             quote="مكافحة الارهاب والجريمة المنظمة بوزارة الداخلية",
             note="The directorate is 'at the interior ministry' ('ب…', as the shipped DCPJ's). 'وزارة الداخلية' is Yemen's ministry (an Aden TV local item; the Yemeni official speaks for it)."),
        dict(type="part-of", src="unodc", tgt="un", quote="مكتب مكافحة المخدرات والجريمة بالأمم المتحدة",
             note="The name as written ('the Office on Drugs and Crime at the United Nations') states that the office belongs to the UN, as names state the hierarchy in dev13 and test7; one mention of UNODC (longest name)."),
     ]),

dict(id="radiohc-2015-unodc-la-paz-praises-bolivian-government",
     title="الأمم المتحدة تشيد بالجهود التي تبذلها الحكومة البوليفية في مجال مكافحة المخدرات",
     source="Radio Havana Cuba (radiohc.cu)", published="2015-06-27",
     out_of_scope=[("Editado por محمد مصطفى حسين خضر\n2015-06-27 11:03:30\n\nPinterest\nTelegram\nLinkedin\nWhatsApp", 1,
                    "byline, date line and share buttons"),
                   ("لا باز، 27 حزيران/يونيو (راديو هافانا كوبا) - ", 1, "dateline"),
                   ("Comentarios\n\n\nDeja un comentario\nTodos los campos son requeridos\nNo será publicado\ncaptcha challenge\nup", 1,
                    "comment widget")],
     mentions=[
        ("un", "الأمم المتحدة", "الأمم المتحدة تشيد"),
        ("unodc", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة"),
        ("de-leo", "أنطونيو دي ليو"),
        ("de-leo", "دي ليو", "وذكر دي ليو"),
        ("un", "للأمم المتحدة", "الجمعية العامة للأمم المتحدة"),
     ],
     relations=[
        dict(type="praised", src="unodc", tgt="bolivia",
             quote="أشاد مكتب الأمم المتحدة المعني بالمخدرات والجريمة في مدينة لاباز بالجهود التي تبذلها الحكومة البوليفية في مجال مكافحة هذه الآفة",
             date="2015-06", date_inferred="the dispatch is dated 27 June 2015 (date line and dateline); the praise was made at the International Day against Drug Abuse (26 June) events, so June 2015",
             place="La Paz",
             note="UNODC's office in La Paz commends the Bolivian government's counter-narcotics efforts. 'الحكومة البوليفية' is the state (an adjective, no mention), as test7's 'الحكومة العراقية'. The headline ('the UN praises…') is the same claim and is not annotated again. De Leo, 'the representative of this world body', heads its Bolivian office, which is not named: no leads. The UN General Assembly's special session 'next year' is a plan."),
        dict(type="part-of", src="unodc", tgt="un", quote="مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
             note="The name ('the United Nations Office on Drugs and Crime') states that the office belongs to the UN, as names state the hierarchy in dev13 and test7."),
     ]),

dict(id="lpcly-eu-sahel-representative-del-re-libya-sahel-border-conference-tunis",
     title=NO_HEADLINE + "The EU's special representative for the Sahel, Emanuela Del Re, and the EU delegation to Libya hold a conference "
                         "in Tunis on cross-border cooperation between Libya and the Sahel states (citing Decode39)",
     source="lpc.ly, citing Decode39", published=None,
     out_of_scope=[("تبون: كنا على استعداد للتدخل بصفة أو بأخرى لمنع سقوط طرابلس", 1, "headline of an unrelated story")],
     mentions=[
        ("eu", "للاتحاد الأوروبي", "نظمت الممثلة الخاصة للاتحاد الأوروبي"),
        ("del-re", "إيمانويلا سي ديل ري"),
        ("eu-delegation-libya", "بعثة الاتحاد الأوروبي لدى ليبيا"),
        ("tunisia", "تونس", "مؤتمراً في تونس"),
        ("libya", "ليبيـا", "عبر الحدود بين ليبيـا"),
        ("libya", "ليبيـا", "الفني بين ليبيـا"),
        ("niger", "النيجر"),
        ("chad", "تشاد", "النيجر وتشاد"),
        ("mali", "مالي", "وتشاد ومالي"),
        ("mauritania", "موريتانيا"),
        ("burkina-faso", "بوركينا فاسو"),
        ("eu", "للاتحاد الأوروبي", "وقالت الممثلة الخاصة للاتحاد الأوروبي"),
        ("libya", "ليبيـا", "قبائل جنوب ليبيـا"),
     ],
     relations=[
        dict(type="cooperated", src="del-re", tgt="eu-delegation-libya",
             quote="نظمت الممثلة الخاصة للاتحاد الأوروبي لمنطقة الساحل “إيمانويلا سي ديل ري” بالتعاون مع بعثة الاتحاد الأوروبي لدى ليبيا مؤتمراً في تونس",
             place="Tunis",
             note="Del Re organised the conference 'in cooperation with' the EU delegation to Libya. She is the EU's special representative, which is not heading the EU: no leads. Undated."),
        dict(type="part-of", src="eu-delegation-libya", tgt="eu", quote="بعثة الاتحاد الأوروبي لدى ليبيا",
             note="The name ('the European Union's mission to Libya') states that the delegation is the EU's, as names state the hierarchy in dev13 and test7 (cf. dev12's embassies). One mention (longest name), so 'ليبيا' inside it is not a mention of Libya."),
        dict(type="cooperated", src="libya", tgt="niger", quote=LPC_SAHEL, place="Tunis", note=LPC_SAHEL_NOTE.format(c="Niger")),
        dict(type="cooperated", src="libya", tgt="chad", quote=LPC_SAHEL, place="Tunis", note=LPC_SAHEL_NOTE.format(c="Chad")),
        dict(type="cooperated", src="libya", tgt="mali", quote=LPC_SAHEL, place="Tunis", note=LPC_SAHEL_NOTE.format(c="Mali")),
        dict(type="cooperated", src="libya", tgt="mauritania", quote=LPC_SAHEL, place="Tunis", note=LPC_SAHEL_NOTE.format(c="Mauritania")),
        dict(type="cooperated", src="libya", tgt="burkina-faso", quote=LPC_SAHEL, place="Tunis", note=LPC_SAHEL_NOTE.format(c="Burkina Faso")),
     ]),
]
