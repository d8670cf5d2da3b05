# Gold annotations for the test55 corpus (held out; same conventions as docs_spec.py and the later docs_spec_*.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

SPA_MEET = ("استقبل قائد الجيش اللبناني العماد جان قهوجي في بيروت اليوم، سفير الولاياتالمتحدة الأميركية في لبنان ديفيد هيل، "
            "يرافقه عدد من أعضاء مكتب التعاون الدفاعي الأميركي في لبنان")
SPA_UNDATED = "'Today' in an undated page (Kahwagi commanded the LAF 2008–2017, Hale was ambassador 2013–2015): no date."

LBC_MEET = "عقد وزير الداخلية أحمد الحجار اجتماعا مثمرا مع نظيره الفرنسي لوران نونييز"
LBC_VISIT = LBC_MEET + "، في مقر وزارة الداخلية الفرنسية في باريس"
LBC_ATTEND = "اجتماعا مثمرا مع نظيره الفرنسي لوران نونييز، في مقر وزارة الداخلية الفرنسية في باريس، بحضور سفير لبنان ربيع الشاعر"
LBC_PRAISE = ("شكر الوزير الحجار فرنسا على وقوفها الدائم إلى جانب لبنان وشعبه، مثنيا على الدور المحوري الذي تضطلع به حاليا "
              "كشريك أساسي في لجنة \"الميكانيزم\"")
LBC_SUPPORT = "أهمية مواصلة دعم المؤسسات الأمنية اللبنانية، ولاسيما قوى الأمن الداخلي"
LBC_UNDATED = "The page shows no date (Nuñez has been minister since October 2025, Hajjar since February 2025): no date."

BAL_WELLS = ("أن حكومة بلادها رفعت الدعم المقدم إلى الأردن في المجال العسكري خلال العام الحالي إلى 300 مليون و850 ألف دولار "
             "للإسهام برفع القدرات العسكرية وتجهيز القوات الأردنية لمواجهة خطر تنظيم (داعش) الإرهابي")

NAS_ATTEND = ("في مقر قيادة لواء الحرس الجمهوري، في حضور السفيرة الإيطالية في لبنان نيكوليتا بومباردييري، "
              "والملحق العسكري الإيطالي العقيد ماركو زونا، وقائد البعثة العسكرية الثنائية الإيطالية الجنرال مارتشيللو أورسي "
              "والسلطات العسكرية اللبنانية")
NAS_UNDATED = "The page shows no date (Bombardiere has been ambassador since 2021): no date."

BOU_DATE = "2026-02-13/2026-02-15"
BOU_INF = ("the 62nd Munich Security Conference, which the text names, was held on 13–15 February 2026; the ministry's statement "
           "is of 'today, Sunday' (15 February 2026)")

SHO_DATE = "2025-12-15"
SHO_INF = "'Monday' before the page's date banner (Tuesday 16 December 2025); the URL's cdate=15122025 agrees"

ELA_DATE = "2010-05"
ELA_INF = "'today' in an article whose URL is dated 2010/5"

MOS_DATE = "2006-02"
MOS_INF = ("the page's Hijri dateline, 27 Muharram 1427 (late February 2006); the hand-over was 'three days' before the lawyer's "
           "statement of 'yesterday, Friday'")
MOS_GID = "إن المخابرات العامة استجوبت محمد زكي عمّاوي، وهو مهندس حاسوب، ثلاث مرات قبل أن تسلمه إلى السلطات الأمريكية"

SYN_COOP = ("أن التعاون الجنائي على مستوى منظمة الأنتربول وجميع الدول التابعة لها لا يزال موجوداً، "
            "بما فيها تركيا والسعودية وقطر ما عدا إسرائيل")
SYN_COOP_NOTE = ("Al-Hussein (head of the Syrian Interpol branch) states that criminal cooperation with {c} goes on (one cooperated "
                 "per state in the list; the headline's 'نتعامل مع جميع دول المنظمة بما فيها تركيا والسعودية وقطر' says it in the "
                 "branch's first person, so the branch is the Syrian side). The paragraph is printed twice; the relation is "
                 "annotated once, at its first occurrence. No date (a statement 'after four years of the Syrian crisis').")

DOCS = [
dict(id="spa-lebanon-army-kahwagi-receives-us-ambassador-hale",
     title=NO_HEADLINE + "Lebanese Army commander Jean Kahwagi receives the US ambassador David Hale and members of the US Office "
                         "of Defense Cooperation",
     source="Saudi Press Agency (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("lebanese-army", "الجيش اللبناني"),
        ("kahwagi", "جان قهوجي"),
        ("usa", "الولاياتالمتحدة الأميركية"),
        ("lebanon", "لبنان", "في لبنان ديفيد"),
        ("david-hale", "ديفيد هيل"),
        ("us-odc-lebanon", "مكتب التعاون الدفاعي الأميركي في لبنان"),
        ("lebanese-army", "للجيش اللبناني"),
     ],
     relations=[
        dict(type="met", src="kahwagi", tgt="david-hale", quote=SPA_MEET, place="Beirut", note=SPA_UNDATED),
        dict(type="met", src="kahwagi", tgt="us-odc-lebanon", quote=SPA_MEET, place="Beirut",
             note="Members of the US Office of Defense Cooperation accompanied the ambassador to the reception: a met with the "
                  "host, as attending delegations in earlier sets. " + SPA_UNDATED),
        dict(type="leads", src="kahwagi", tgt="lebanese-army", quote="قائد الجيش اللبناني العماد جان قهوجي"),
        dict(type="trained", src="usa", tgt="lebanese-army",
             quote="وجرى خلال اللقاء بحث التطورات الراهنة وموضوع المساعدات الأميركية للجيش اللبناني في ضوء احتياجاته الملحة",
             note="The talks covered 'the US aid to the Lebanese army', an existing aid programme: support and equipment are "
                  "recorded as trained, as in earlier sets. The US is named by the adjective 'الأميركية' only. " + SPA_UNDATED),
     ]),

dict(id="lbc-lebanon-interior-minister-hajjar-french-nunez-paris",
     title=NO_HEADLINE + "Lebanon's interior minister Ahmad al-Hajjar meets his French counterpart Laurent Nuñez in Paris "
                         "(URL slug: الحجار التقى نظيره الفرنسي وهذا ما جرى بحثه)",
     source="LBCI (lbcgroup.tv)", published=None,
     out_of_scope=[
        ("هذا وعرض الوزير الحجار مع نظيره الفرنسي أوضاع الجالية اللبنانية في فرنسا، مشيدا بالدور الإيجابي الذي تؤ", 1,
         "sentence cut by the store's 2,000-byte limit (the Lebanese community in France)"),
     ],
     mentions=[
        ("hajjar", "أحمد الحجار"),
        ("nunez", "لوران نونييز"),
        ("french-interior-ministry", "وزارة الداخلية الفرنسية"),
        ("lebanon", "لبنان", "سفير لبنان ربيع"),
        ("rabih-chaer", "ربيع الشاعر"),
        ("hajjar", "الحجار", "شكر الوزير الحجار"),
        ("france", "فرنسا", "الحجار فرنسا على"),
        ("lebanon", "لبنان", "جانب لبنان وشعبه"),
        ("lebanon-ceasefire-mechanism", "لجنة \"الميكانيزم\""),
        ("lebanon", "لبنان", "جنوب لبنان،"),
        ("lebanon", "لبنان", "تربط لبنان وفرنسا"),
        ("france", "فرنسا", "لبنان وفرنسا،"),
        ("lebanese-security-services", "المؤسسات الأمنية اللبنانية"),
        ("lebanon-isf", "قوى الأمن الداخلي"),
        ("hajjar", "الحجار", "شدد الوزير الحجار"),
     ],
     relations=[
        dict(type="met", src="hajjar", tgt="nunez", quote=LBC_MEET, place="Paris (French interior ministry)", note=LBC_UNDATED),
        dict(type="met", src="rabih-chaer", tgt="nunez", quote=LBC_ATTEND, place="Paris (French interior ministry)",
             note="Lebanon's ambassador in France attended the meeting ('بحضور'): a met with the host, as attendance in dev7, "
                  "dev10, dev12 and test7. " + LBC_UNDATED),
        dict(type="visited", src="hajjar", tgt="french-interior-ministry", quote=LBC_VISIT, place="Paris",
             note="The meeting was held at the French interior ministry's headquarters: a visit to its seat (as test7's "
                  "Al-Ansari). A visit to France is not stated as such; Paris is only the place. " + LBC_UNDATED),
        dict(type="leads", src="nunez", tgt="french-interior-ministry",
             quote="نظيره الفرنسي لوران نونييز، في مقر وزارة الداخلية الفرنسية",
             note="'His French counterpart' (the interior minister), with the ministry named separately in the same sentence, "
                  "as dev14's Nisar and Tawfik."),
        dict(type="praised", src="hajjar", tgt="france", quote=LBC_PRAISE,
             note="Hajjar thanks France for standing by Lebanon and commends its pivotal role as a key partner in the ceasefire "
                  "'Mechanism' committee (stabilising southern Lebanon). " + LBC_UNDATED),
        dict(type="member-of", src="france", tgt="lebanon-ceasefire-mechanism",
             quote="الدور المحوري الذي تضطلع به حاليا كشريك أساسي في لجنة \"الميكانيزم\"",
             note="France plays 'currently' a role 'as a key partner in the Mechanism committee' (the body that monitors the "
                  "November 2024 ceasefire): a standing role in a multilateral body. The subject is France, the object of "
                  "'شكر' just before."),
        dict(type="cooperated", src="lebanon", tgt="france",
             quote="هذا وتم البحث في سبل تعزيز العلاقات الثنائية بين البلدين، خصوصا في المجالات الأمنية",
             note="Talks on strengthening bilateral relations 'between the two countries', above all in security, counter-terrorism, "
                  "organised crime, drugs, border control and irregular migration (talks on cooperation are cooperated, as in "
                  "test3 and test7). 'البلدين' is resolved to Lebanon and France; the ministers' stress on 'the existing strategic "
                  "partnership' between 'لبنان وفرنسا' is the same claim and is not annotated again. " + LBC_UNDATED),
        dict(type="trained", src="france", tgt="lebanese-security-services", quote=LBC_SUPPORT,
             note="The talks stressed 'continuing the support' for the Lebanese security institutions: the continuation implies "
                  "existing French support, recorded as trained (support and capacity building, as in dev13 and test7). France, "
                  "the counterpart, is implied as the giver. " + LBC_UNDATED),
        dict(type="trained", src="france", tgt="lebanon-isf", quote=LBC_SUPPORT,
             note="The same support, singled out for the ISF ('ولاسيما قوى الأمن الداخلي'), whose capacity Hajjar says it "
                  "strengthens. " + LBC_UNDATED),
     ]),

dict(id="elbalad-us-army-delivers-black-hawks-to-jordan-armed-forces",
     title=NO_HEADLINE + "The US embassy in Amman announces that the US Army delivered three Black Hawk helicopters to the "
                         "Jordan Armed Forces",
     source="Sada El Balad (via Masress)", published=None,
     out_of_scope=[
        ("جدير بالذكر أن القوات المسلحة الأردنية (الجيش العربي) تشارك في التحالف الدولي الذي ", 1,
         "sentence cut by the store's 2,000-byte limit"),
     ],
     mentions=[
        ("us-embassy-amman", "السفارة الأمريكية في عمان"),
        ("us-army", "الجيش الأمريكي"),
        ("jordan-armed-forces", "للقوات المسلحة الأردنية"),
        ("jordan-armed-forces", "القوات المسلحة الأردنية", "قدرات القوات المسلحة الأردنية"),
        ("jordan", "الأردن", "تجاه الأردن"),
        ("jordan", "الأردن", "أن الأردن حصل"),
        ("alice-wells", "اليس ويلز"),
        ("jordan", "الأردن", "إلى الأردن في"),
        ("jordan-armed-forces", "القوات الأردنية", "وتجهيز القوات الأردنية"),
        ("isis", "داعش"),
        ("usa", "أمريكا", "تقدمه أمريكا"),
     ],
     relations=[
        dict(type="trained", src="us-army", tgt="jordan-armed-forces",
             quote="أن الجيش الأمريكي سلم الأسبوع الماضي 3 طائرات مروحية \"بلاك هوك\" من أصل 8 متعاقد عليها للقوات المسلحة الأردنية",
             note="Delivery of three Black Hawk helicopters to raise the JAF's border-response capacity: equipment is recorded "
                  "as trained, as in dev3, dev11 and dev13. 'Last week' before 'today, Wednesday' in an undated page: no date "
                  "(Wells was ambassador 2014–2017)."),
        dict(type="cooperated", src="usa", tgt="jordan",
             quote="هذه الطائرات تعد أحدث مثال على الشراكة والالتزام الأمني الأمريكي غير المتزعزع تجاه الأردن",
             note="The embassy calls the delivery the latest example of the US security partnership and commitment towards "
                  "Jordan: a stated partnership. The US is named only by the adjective 'الأمريكي'. No date."),
        dict(type="trained", src="usa", tgt="jordan",
             quote="أن الأردن حصل على مساعدات عسكرية استثنائية هذا العام",
             note="A memo of 'the US administration' (the state; not a mention) says Jordan received exceptional military aid this "
                  "year (helicopters, bombs, missiles, equipment, arms and ammunition): support and equipment as trained. "
                  "'This year' in an undated page: no date. Wells's statement that the US raised its military support to "
                  "Jordan is the same claim at the state level."),
        dict(type="trained", src="usa", tgt="jordan-armed-forces", quote=BAL_WELLS,
             note="Ambassador Alice Wells announced that 'her country's government' (the US) raised its military support to "
                  "Jordan 'to raise the military capacities and equip the Jordanian forces' against ISIS: capacity building of "
                  "the JAF ('القوات الأردنية' read as the JAF). The announcement was 'last August'; the support itself is "
                  "'this year' of an undated page: no date. ISIS is mentioned with no relation."),
     ]),

dict(id="lebtalks-lebanese-army-intelligence-dismantles-isis-cell",
     title=NO_HEADLINE + "The Lebanese Army's Intelligence Directorate dismantles an eleven-member ISIS cell (URL slug: "
                         "خلية داعشية يرأسها لبناني في قبضة الم…)",
     source="LebTalks (lebtalks.com)", published=None,
     out_of_scope=[
        ("عمليات التوقيف تمّت تباعاً، وامتدّت من شهر حزيران إلى أواخر آب، وبناءً على اعترافات متتالية أفضت إلى الكشف عن جميع "
         "أفراد الخلية، التي يتزعّمها اللبناني (س.ي\n", 1,
         "sentence cut where the stored text ends (it gives the arrests' period, June to late August, no year)"),
     ],
     mentions=[
        ("lebanese-army-intelligence", "مديرية المخابرات في الجيش"),
        ("isis", "داعش"),
     ],
     relations=[
        dict(type="arrested", src="lebanese-army-intelligence", tgt="isis",
             quote="تمكّنت مديرية المخابرات في الجيش من تفكيك وتوقيف خلية إرهابية خطيرة، تتبع تنظيم \"داعش\" الإرهابي",
             note="An unnamed cell of eleven Lebanese, Syrian and Palestinian nationals belonging to ISIS, dismantled and arrested "
                  "(linked to the group, as unnamed cells in the guidelines). Place not stated (Lebanon; the camps are mentioned). "
                  "No date: the period (June to late August, no year) is in the cut sentence."),
        dict(type="part-of", src="lebanese-army-intelligence", tgt="lebanese-army",
             quote="مديرية المخابرات في الجيش",
             note="'The Intelligence Directorate in the Army' states its place in the LAF by its name, as dev13's units named "
                  "with their parent; the LAF has no mention of its own (its name is inside the directorate's)."),
     ]),

dict(id="elnashra-italian-mibil-trains-republican-guard-instructors",
     title=NO_HEADLINE + "The Italian embassy announces the end of a MIBIL train-the-trainer course for the Lebanese Republican "
                         "Guard Brigade",
     source="Elnashra (elnashra.com), citing the Italian embassy", published=None,
     out_of_scope=[
        ("وأشار البيان الى أنها \"المرح", 1, "sentence cut by the store's limit"),
     ],
     mentions=[
        ("italy-embassy-lebanon", "السفارة الايطالية"),
        ("lebanese-republican-guard", "لواء الحرس الجمهوري", None, 1),
        ("lebanese-republican-guard", "لواء الحرس الجمهوري", None, 2),
        ("lebanon", "لبنان", "الإيطالية في لبنان نيكوليتا"),
        ("nicoletta-bombardiere", "نيكوليتا بومباردييري"),
        ("marco-zona", "ماركو زونا"),
        ("mibil", "البعثة العسكرية الثنائية الإيطالية", "وقائد البعثة العسكرية الثنائية الإيطالية الجنرال"),
        ("marcello-orsi", "مارتشيللو أورسي"),
        ("lebanese-army", "السلطات العسكرية اللبنانية"),
        ("mibil", "البعثة العسكرية الثنائية الإيطالية في لبنان"),
        ("mibil", "MIBIL"),
        ("lebanese-republican-guard", "الحرس الرئاسي"),
        ("italy-armed-forces", "القوات المسلحة الإيطالية"),
     ],
     relations=[
        dict(type="trained", src="mibil", tgt="lebanese-republican-guard",
             quote="والتي نظمتها البعثة العسكرية الثنائية الإيطالية في لبنان (MIBIL)، بحسب بيان السفارة، بتدريب 24 فردا من أفراد الحرس الرئاسي",
             note="MIBIL organised the four-week train-the-trainer course for 24 members of the Presidential (Republican) Guard, "
                  "'الحرس الرئاسي' read as the Republican Guard Brigade named earlier. " + NAS_UNDATED),
        dict(type="trained", src="italy-armed-forces", tgt="lebanese-republican-guard",
             quote="بتدريب 24 فردا من أفراد الحرس الرئاسي، من بينهم خمسة (5) ضباط، من قبل فريق تدريب متنقل مؤلف من مدربين إيطاليين من الوحدات الخاصة في القوات المسلحة الإيطالية",
             note="The trainers were a mobile team from the Italian armed forces' special units: training at a second level, "
                  "as the DGSN and the institute in dev12. " + NAS_UNDATED),
        dict(type="leads", src="marcello-orsi", tgt="mibil",
             quote="قائد البعثة العسكرية الثنائية الإيطالية الجنرال مارتشيللو أورسي"),
        dict(type="visited", src="nicoletta-bombardiere", tgt="lebanese-republican-guard", quote=NAS_ATTEND,
             note="The ambassador attended the closing ceremony at the brigade's command headquarters: a visit to its seat. "
                  + NAS_UNDATED),
        dict(type="visited", src="marco-zona", tgt="lebanese-republican-guard", quote=NAS_ATTEND,
             note="The military attaché attended the ceremony at the brigade's headquarters. " + NAS_UNDATED),
        dict(type="visited", src="marcello-orsi", tgt="lebanese-republican-guard", quote=NAS_ATTEND,
             note="MIBIL's commander attended the ceremony at the brigade's headquarters. " + NAS_UNDATED),
        dict(type="met", src="nicoletta-bombardiere", tgt="lebanese-army", quote=NAS_ATTEND,
             note="Present at the ceremony with 'the Lebanese military authorities' (read as the LAF): co-presence at a ceremony "
                  "is a met, as dev12's signing. " + NAS_UNDATED),
        dict(type="met", src="marco-zona", tgt="lebanese-army", quote=NAS_ATTEND,
             note="As the ambassador: present with the Lebanese military authorities. " + NAS_UNDATED),
        dict(type="met", src="marcello-orsi", tgt="lebanese-army", quote=NAS_ATTEND,
             note="As the ambassador: present with the Lebanese military authorities. " + NAS_UNDATED),
     ]),

dict(id="albousallah-syria-deputy-interior-minister-tahhan-german-dobrindt-munich",
     title=NO_HEADLINE + "Syria's deputy interior minister Abdulqader Tahhan meets Germany's interior minister Alexander Dobrindt "
                         "at the Munich Security Conference",
     source="albousallah.com, citing the Syrian interior ministry", published=None,
     out_of_scope=[],
     mentions=[
        ("tahhan", "عبد القادر الطحان"),
        ("dobrindt", "ألكسندر دوبرينت"),
        ("germany", "ألمانيا", "للأمن في ألمانيا"),
        ("syria-interior-ministry", "وزارة الداخلية", "وذكرت وزارة الداخلية"),
        ("syria", "سوريا"),
     ],
     relations=[
        dict(type="met", src="tahhan", tgt="dobrindt",
             quote="التقى نائب وزير الداخلية السوري اللواء عبد القادر الطحان مع وزير الداخلية الألماني ألكسندر دوبرينت",
             date=BOU_DATE, date_inferred=BOU_INF, place="Munich (Munich Security Conference)",
             note="Talks on the sidelines of the conference; no visit is stated (as test7's İnce in Doha)."),
        dict(type="cooperated", src="syria-interior-ministry", tgt="german-interior-ministry",
             quote="ناقشا آفاق التعاون الثنائي بين وزارتي الداخلية في البلدين، وسبل تطوير شراكة فعّالة في مجالات التدريب",
             date=BOU_DATE, date_inferred=BOU_INF, place="Munich",
             note="Talks on bilateral cooperation 'between the interior ministries of the two countries' (training, capacity "
                  "building, exchange of expertise; the statement also stresses coordination and information exchange): talks on "
                  "cooperation are cooperated. The dual names both ministries without naming either, so the German ministry has "
                  "no mention (test7's duals)."),
     ]),

dict(id="shorouknews-2025-lebanese-army-haykal-german-hilmer-agreements",
     title=NO_HEADLINE + "The Lebanese Army signs two support agreements with Germany after a meeting of its commander Rodolphe "
                         "Haykal with Germany's state secretary for defence Nils Hilmer",
     source="Al Shorouk (shorouknews.com)", published="2025-12-16",
     out_of_scope=[
        (" date 2025-12-16 سجّل إعجابك بصفحتنا على فيسبوك لتحصل على المزيد", 1, "date banner and social-media widget"),
     ],
     mentions=[
        ("lebanese-army", "الجيش اللبناني", None, 1),
        ("lebanese-army", "الجيش اللبناني", None, 2),
        ("rodolphe-haykal", "رودولف هيكل"),
        ("german-defence-ministry", "وزارة الدفاع الألمانية"),
        ("nils-hilmer", "نيلس هيلمر"),
        ("lebanese-army", "الجيش اللبناني", None, 3),
        ("lebanon", "لبنان", "استقرار لبنان"),
        ("germany", "ألمانيا"),
        ("lebanese-army", "للجيش اللبناني"),
        ("israel", "إسرائيل"),
        ("lebanon", "لبنان", "على لبنان"),
     ],
     relations=[
        dict(type="cooperated", src="lebanese-army", tgt="germany",
             quote="وقع الجيش اللبناني مع السلطات الألمانية، الاثنين، اتفاقيتي دعم لتأمين احتياجاته من الوقود وتعزيز الرعاية الطبية العسكرية",
             date=SHO_DATE, date_inferred=SHO_INF, place="Beirut",
             note="Two support agreements (fuel, military medical care) signed by the LAF with 'the German authorities' (the "
                  "state; 'السلطات الألمانية' is not a mention, as dev14's 'الحكومة الكينية'): an agreement is cooperated."),
        dict(type="met", src="rodolphe-haykal", tgt="nils-hilmer",
             quote="لقاء في بيروت جمع قائد الجيش اللبناني رودولف هيكل، مع وزير الدولة بوزارة الدفاع الألمانية نيلس هيلمر",
             date=SHO_DATE, date_inferred=SHO_INF, place="Beirut",
             note="No visit is stated (a meeting 'in Beirut'); Hilmer, a state secretary, heads no body."),
        dict(type="leads", src="rodolphe-haykal", tgt="lebanese-army", quote="قائد الجيش اللبناني رودولف هيكل"),
        dict(type="cooperated", src="lebanese-army", tgt="bundeswehr",
             quote="وخلال اللقاء بحث الجانبان علاقات التعاون بين جيشي البلدين",
             date=SHO_DATE, date_inferred=SHO_INF, place="Beirut",
             note="Talks on the existing 'cooperation relations between the two countries' armies': the dual names the LAF and "
                  "the Bundeswehr without naming either, so the Bundeswehr has no mention (test7's duals)."),
        dict(type="trained", src="germany", tgt="lebanese-army",
             quote="وتُقدم ألمانيا على مدى السنوات الماضية دعما متواصلا للجيش اللبناني، يشمل مساعدات تقنية ولوجستية وبرامج تدريب وتجهيزات عسكرية غير قتالية",
             note="Continuous German support over the past years: technical and logistic aid, training programmes and non-combat "
                  "equipment. No single date ('over the past years')."),
     ]),

dict(id="elaph-2010-eu-donation-lebanon-isf-rifi-laurent",
     title=NO_HEADLINE + "The EU ambassador Patrick Laurent hands ISF Director-General Ashraf Rifi an EU donation of equipment",
     source="Elaph (elaph.com)", published="2010-05",
     out_of_scope=[
        ("بيروت:", 1, "dateline"),
     ],
     mentions=[
        ("lebanon", "لبنان", "تسلم لبنان"),
        ("eu", "الإتحاد الأوروبي", None, 1),
        ("lebanon-isf", "قوى الأمن الداخلي اللبناني"),
        ("lebanon-isf", "قوى الأمن الداخلي", "مدير عام قوى الأمن الداخلي"),
        ("ashraf-rifi", "أشرف ريفي"),
        ("eu", "الإتحاد الأوروبي", None, 2),
        ("lebanon", "لبنان", "لدى لبنان"),
        ("patrick-laurent", "باتريك لوران"),
        ("lebanon-isf", "قوى الأمن الداخلي", "من قوى الأمن الداخلي بعد"),
        ("eu", "الإتحاد الأوروبي", None, 3),
        ("ashraf-rifi", "ريفي", "اللواء ريفي للسفير"),
        ("patrick-laurent", "لوران", "للسفير لوران"),
        ("eu", "الإتحاد الأوروبي", None, 4),
        ("lebanon-isf", "قوى الامن الداخلي", None, 1),
        ("lebanon-isf", "قوى الامن الداخلي", None, 2),
        ("lebanon", "لبنان", "أرض لبنان"),
     ],
     relations=[
        dict(type="trained", src="eu", tgt="lebanon-isf",
             quote="تسلم لبنان اليوم هبة من الإتحاد الأوروبي مقدمة الى قوى الأمن الداخلي اللبناني عبارة عن آلية مجهزة بغرفة عمليات متنقلة و160 جهازا لاسلكيا حديثا",
             date=ELA_DATE, date_inferred=ELA_INF, place="Beirut",
             note="An EU donation of equipment (a mobile operations-room vehicle, 160 radios) to the ISF: equipment as trained. "
                  "The EU also funded the public-order course and runs an aid programme for the ISF (Rifi's speech): the same "
                  "pair, annotated once."),
        dict(type="trained", src="france", tgt="lebanon-isf",
             quote="حفل بتخريج 24 ضابطا ورتيبا من قوى الأمن الداخلي بعد أن تابعوا دورة في مجال حفظ الأمن أثناء الحوادث الهامة بإشراف خبراء فرنسيين",
             date=ELA_DATE, date_inferred="the course ended at the ceremony of 'today' (URL dated 2010/5)",
             note="24 ISF officers and NCOs followed a public-order course 'supervised by French experts' (EU-funded). The experts "
                  "are unnamed and no French body is named, so the training is put on France, which has no mention (the "
                  "adjective 'فرنسيين' only)."),
        dict(type="met", src="ashraf-rifi", tgt="patrick-laurent",
             quote="وقام بتسليم هذه الهبة الى مدير عام قوى الأمن الداخلي اللواء أشرف ريفي سفير الإتحاد الأوروبي لدى لبنان باتريك لوران",
             date=ELA_DATE, date_inferred=ELA_INF, place="Beirut",
             note="The EU ambassador handed the donation to Rifi at a ceremony."),
        dict(type="leads", src="ashraf-rifi", tgt="lebanon-isf", quote="مدير عام قوى الأمن الداخلي اللواء أشرف ريفي"),
        dict(type="praised", src="ashraf-rifi", tgt="eu",
             quote="وشكر اللواء ريفي للسفير لوران هذه الهبة وتمويل الدورة",
             date=ELA_DATE, date_inferred=ELA_INF,
             note="Rifi thanks the EU ambassador for the donation and the funding of the course: thanks for support are praised "
                  "(test7's Larijani), recorded on the donor, the EU. Laurent, an ambassador, gets no leads."),
     ]),

dict(id="almoslim-jordan-gid-hands-amawi-to-us",
     title=NO_HEADLINE + "Jordan hands the terrorism suspect Mohammed Zaki Amawi to the United States; his lawyer protests",
     source="Almoslim (almoslim.net), citing agencies", published="2006-02",
     out_of_scope=[
        ("أنت هنا\n\n27 محرم 1427\nعمان - وكالات - المسلم\n\n", 1, "breadcrumb, Hijri date line and dateline"),
        ("ويثير هذا الإجراء تساؤلاً حول مصداقية هذه الاتفاقية عندما كانت الأردن تطلب تسليم أحمد الجلبي (زعيم المؤتمر العراقي الوطني) "
         "بعد أن سرق ملايين الدولارات من بنك (البتراء)، وانتهى به المطاف في أمريكا، قبل أن يعود على ظهور الدبابات الأمريكية إلى "
         "العراق، حيث تجاهلت واشنطن تسليمه ", 1, "sentence cut by the store's 2,000-byte limit"),
     ],
     mentions=[
        ("usa", "الولايات المتحدة", None, 1),
        ("usa", "واشنطن", "سلّمت واشنطن"),
        ("amawi", "محمد زكي عمّاوي", None, 1),
        ("jordan-gid", "المخابرات العامة"),
        ("amawi", "محمد زكي عمّاوي", None, 2),
        ("jordan", "الأردن", "وقامت الأردن"),
        ("usa", "الولايات المتحدة", None, 2),
        ("usa", "واشنطن", "مع واشنطن"),
     ],
     relations=[
        dict(type="extradited", src="jordan", tgt="usa",
             quote="سلّمت السلطات الأردنية أحد المشتبه فيهم بالانتماء لتنظيم محظور، إلى الولايات المتحدة",
             date=MOS_DATE, date_inferred=MOS_INF,
             note="'The Jordanian authorities' (the state; not a mention) handed a suspected member of an unnamed banned "
                  "organisation to the US. The later 'وقامت الأردن بتسليم مواطنها إلى الولايات المتحدة' repeats the claim."),
        dict(type="extradited", src="jordan", tgt="amawi",
             quote="أن السلطات الأردنية سلّمت واشنطن؛ موكله الأردني (محمد زكي عمّاوي)، قبل ثلاثة أيام",
             date=MOS_DATE, date_inferred=MOS_INF,
             note="The same hand-over with the person handed over as target, since he is a named actor (as dev8 and dev14)."),
        dict(type="extradited", src="jordan-gid", tgt="usa", quote=MOS_GID,
             date=MOS_DATE, date_inferred=MOS_INF,
             note="The lawyer says the General Intelligence Directorate ('المخابرات العامة', Jordan's GID) questioned Amawi three "
                  "times and then handed him to 'the US authorities' (the state): the agency level of the hand-over. The "
                  "questioning has no type (not an arrest)."),
        dict(type="extradited", src="jordan-gid", tgt="amawi", quote=MOS_GID,
             date=MOS_DATE, date_inferred=MOS_INF,
             note="The GID's hand-over with Amawi as target ('تسلمه', him)."),
        dict(type="cooperated", src="jordan", tgt="usa",
             quote="بناءً على معاهدة وقّعتها مع واشنطن، تقضي بتسليم \"متبادل!!\" للمطلوبين",
             note="The extradition treaty Jordan signed with Washington (the subject, 'الأردن', opens the sentence): an agreement is "
                  "cooperated. The treaty is not dated in the text."),
     ]),

dict(id="syrianews-syria-interpol-branch-hussein-cooperation-all-states",
     title="\"الأنتربول\" السوري: نتعامل مع جميع دول المنظمة بما فيها تركيا والسعودية وقطر",
     source="Syria News (syria.news), citing Al-Watan", published=None,
     out_of_scope=[
        ("وتعتبر قطر وتركيا والسعودية  والولايات المتحدة على رأس ا", 1, "sentence cut by the store's 2,000-byte limit"),
     ],
     mentions=[
        ("interpol-damascus", "\"الأنتربول\" السوري"),
        ("turkey", "تركيا", None, 1),
        ("saudi-arabia", "السعودية", None, 1),
        ("qatar", "قطر", None, 1),
        ("interpol-damascus", "فرع الشرطة الدولية \"الأنتربول\"", None, 1),
        ("syria-interior-ministry", "وزارة الداخلية السورية", None, 1),
        ("khaled-al-hussein", "خالد الحسين", None, 1),
        ("interpol", "منظمة الأنتربول", None, 1),
        ("turkey", "تركيا", None, 2),
        ("saudi-arabia", "السعودية", None, 2),
        ("qatar", "قطر", None, 2),
        ("israel", "إسرائيل", None, 1),
        ("interpol-damascus", "فرع الشرطة الدولية \"الأنتربول\"", None, 2),
        ("syria-interior-ministry", "وزارة الداخلية السورية", None, 2),
        ("khaled-al-hussein", "خالد الحسين", None, 2),
        ("interpol", "منظمة الأنتربول", None, 2),
        ("turkey", "تركيا", None, 3),
        ("saudi-arabia", "السعودية", None, 3),
        ("qatar", "قطر", None, 3),
        ("israel", "إسرائيل", None, 2),
        ("khaled-al-hussein", "الحسين", "وقال الحسين"),
        ("khaled-al-hussein", "الحسين", "وتحدث الحسين"),
        ("syria", "سوريا"),
        ("usa", "الولايات المتحدة الأمريكية"),
     ],
     relations=[
        dict(type="leads", src="khaled-al-hussein", tgt="interpol-damascus",
             quote="رئيس فرع الشرطة الدولية \"الأنتربول\" في وزارة الداخلية السورية، المقدم خالد الحسين", occ=1),
        dict(type="part-of", src="interpol-damascus", tgt="syria-interior-ministry",
             quote="فرع الشرطة الدولية \"الأنتربول\" في وزارة الداخلية السورية", occ=1,
             note="The branch 'in the Syrian interior ministry': the unit's place stated by its name, as the shipped DCPJ's 'ب…'."),
        dict(type="cooperated", src="interpol-damascus", tgt="interpol",
             quote="أن التعاون الجنائي على مستوى منظمة الأنتربول وجميع الدول التابعة لها لا يزال موجوداً", occ=1,
             note="Criminal cooperation at the level of Interpol 'is still there'. The paragraph is printed twice; annotated once."),
        dict(type="cooperated", src="interpol-damascus", tgt="turkey", quote=SYN_COOP, occ=1, note=SYN_COOP_NOTE.format(c="Turkey")),
        dict(type="cooperated", src="interpol-damascus", tgt="saudi-arabia", quote=SYN_COOP, occ=1,
             note=SYN_COOP_NOTE.format(c="Saudi Arabia") + " Syria also informed Saudi Arabia and Qatar of their nationals "
                  "arrested in Syria, and they informed Syria of Syrians they arrested: the same pairs, not annotated again."),
        dict(type="cooperated", src="interpol-damascus", tgt="qatar", quote=SYN_COOP, occ=1, note=SYN_COOP_NOTE.format(c="Qatar")),
        dict(type="cooperated", src="interpol-damascus", tgt="usa",
             quote="كما ضبطت الولايات المتحدة الأمريكية سوريين وأعلمتنا بهم من دون أن تسلمنا إياهم",
             note="The US arrested Syrians and informed the Syrian Interpol ('أعلمتنا'): information exchange, recorded as "
                  "cooperated; it is not a tipped-off (it led to no arrest by the recipient). The Syrians are unnamed and tied to "
                  "no group, so no arrested. No date."),
     ]),
]
