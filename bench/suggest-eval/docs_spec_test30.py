# Gold annotations for the test30 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

DOCS = [
dict(id="shorouk-jordan-interior-minister-majali-eu-kerchove",
     title=NO_HEADLINE + "Jordan's interior minister Hussein Al-Majali and the EU counter-terrorism coordinator Gilles de Kerchove "
                         "discuss security cooperation",
     source="Al Shorouk (via Masress)", published=None,
     out_of_scope=[],
     mentions=[
        ("majali", "حسين هزاع المجالي"),
        ("eu", "الاتحاد الأوروبي", "مكافحة الإرهاب في الاتحاد الأوروبي"),
        ("de-kerchove", "جيل دي كيرشوف"),
        ("majali", "المجالي", "وثمن المجالي"),
        ("eu", "الاتحاد الأوروبي", "سفيرة الاتحاد الأوروبي"),
        ("wronecka", "يؤانا فرونيتسكا"),
        ("eu", "الاتحاد الأوربي"),
        ("jordan", "للأردن", "الاتحاد الأوربي للأردن"),
        ("jordan", "للأردن", "الدعم الأوروبي للأردن"),
        ("de-kerchove", "كيرشوف", "أشاد كيرشوف"),
     ],
     relations=[
        dict(type="met", src="majali", tgt="de-kerchove",
             quote="بحث وزير الداخلية الأردني حسين هزاع المجالي، اليوم الخميس، مع منسق مكافحة الإرهاب في الاتحاد الأوروبي جيل دي كيرشوف",
             note="Talks between the minister and the EU's counter-terrorism coordinator. 'Today, Thursday' in an undated page: no date "
                  "(Majali was interior minister 2013–2015). Majali gets no leads: his ministry is named only in his title; "
                  "de Kerchove's office is a post of the EU, which he does not head."),
        dict(type="cooperated", src="jordan", tgt="eu",
             quote="سبل تفعيل آفاق التعاون بين الجانبين في المجالات الأمنية ومقاومة الإرهاب والجريمة بشتى أنواعها",
             note="Talks on activating cooperation 'between the two sides' in security, counter-terrorism and crime (talks on "
                  "cooperation are cooperated, as in test3 and test7). The sides are Jordan (its interior minister; the ministry is "
                  "not named) and the EU (its coordinator)."),
        dict(type="met", src="wronecka", tgt="majali",
             quote="خلال اللقاء الذي حضرته سفيرة الاتحاد الأوروبي بعمان يؤانا فرونيتسكا",
             note="The EU ambassador attended the meeting with the guest's delegation: a met with the host, as attendance in dev7, "
                  "dev10, dev12, test3 and test7. An ambassador gets no leads."),
        dict(type="praised", src="de-kerchove", tgt="jordan",
             quote="أشاد كيرشوف بالدور الأردني في معالجة الكثير من القضايا والتحديات التي تواجه المنطقة ولا سيما في مجال مكافحة الإرهاب والجريمة",
             note="De Kerchove commends Jordan's role, especially against terrorism and crime (Jordan is named here only by the "
                  "adjective; it is mentioned elsewhere). Majali's appreciation of the EU's support for Jordan's development "
                  "programmes is not security work and is not annotated; his hope for more support is a wish."),
     ]),

dict(id="veto-lebanon-interior-minister-charbel-turkish-ambassador-azaz",
     title=NO_HEADLINE + "Lebanon's interior minister Marwan Charbel and the Turkish ambassador İnan Özyıldız review the case of the "
                         "Lebanese hostages in Azaz",
     source="Veto (via Masress)", published=None,
     out_of_scope=[],
     mentions=[
        ("charbel", "مروان شربل"),
        ("ozyildiz", "اينان أوزيلديز"),
        ("charbel", "شربل", "وأوضح شربل"),
        ("lebanon-general-security", "للأمن العام"),
        ("abbas-ibrahim", "عباس إبراهيم"),
        ("turkey", "أنقرة"),
     ],
     relations=[
        dict(type="met", src="charbel", tgt="ozyildiz",
             quote="استعرض وزير الداخلية اللبناني، العميد مروان شربل، اليوم الثلاثاء، مع السفير التركى فى بيروت، اينان أوزيلديز",
             place="Beirut",
             note="Talks on the Lebanese hostages held in Azaz (Syria) and the efforts to free them. 'Today, Tuesday' in an undated "
                  "page: no date (the hostages were held May 2012–Oct. 2013). Charbel gets no leads: his ministry is named only "
                  "in his title."),
        dict(type="leads", src="abbas-ibrahim", tgt="lebanon-general-security",
             quote="المدير العام للأمن العام اللواء عباس إبراهيم",
             note="'المدير العام للأمن العام' gives a mention 'للأمن العام' of General Security (the merged preposition kept, "
                  "as 'للأمن الوطني'), as test7's 'مدير عام الأمن العام'."),
        dict(type="visited", src="abbas-ibrahim", tgt="turkey",
             quote="عباس إبراهيم سيغادر مجددا إلى أنقرة",
             note="His coming trip to Ankara is a plan and is not annotated, but 'مجددا' (again) states that he already went to "
                  "Ankara on the hostage file: that earlier trip is the visited. Not dated. Ankara, the destination, stands for "
                  "Turkey (test7's 'زيارته إلى بغداد')."),
        dict(type="cooperated", src="turkey", tgt="lebanon",
             quote="مبديا الأمل فى أن ترفع من مستوى تعاونها",
             note="Charbel hopes the Turkish authorities will 'raise the level of their cooperation' on the hostage file: the "
                  "raise is a wish, but the existing cooperation with Lebanon is stated. 'السلطات التركية' is the state (authorities "
                  "go to the country), named only by the adjective; Lebanon is named only by adjectives. Neither has a mention."),
     ]),

dict(id="syria11-2025-syria-interior-minister-khattab-azerbaijan-charge",
     title=NO_HEADLINE + "Syria's interior minister Anas Khattab receives Azerbaijan's chargé d'affaires Elnur Shah Huseynov",
     source="Syria 11 (syria11.news)", published="2025-08",
     out_of_scope=[],
     mentions=[
        ("anas-khattab", "أنس خطاب"),
        ("azerbaijan-embassy-damascus", "السفارة الأذربيجانية"),
        ("huseynov", "ألنور شاه حسينوف"),
        ("turkey", "تركيا", "التعاون مع تركيا"),
        ("spain", "إسبانيا", "تركيا وإسبانيا"),
        ("syria-interior-ministry", "وزارة الداخلية السورية"),
        ("anas-khattab", "خطاب", "التقى خطاب"),
        ("yerlikaya", "علي يرلي كايا"),
        ("syria", "سوريا", "الخاص إلى سوريا"),
        ("antonio-gonzalez", "أنطونيو غونزاليس"),
        ("syria-internal-security-forces", "قوى الأمن الداخلي"),
        ("syria", "سوريا", "المشتركة لسوريا"),
     ],
     relations=[
        dict(type="met", src="anas-khattab", tgt="huseynov",
             quote="استقبل وزير الداخلية السوري، أنس خطاب، في دمشق اليوم، القائم بالأعمال في السفارة الأذربيجانية، ألنور شاه حسينوف",
             date="2025-08", date_inferred="'today' in a page whose URL is dated 2025/08", place="Damascus",
             note="A reception. 'دمشق' is the meeting place, not a mention. The chargé works at the embassy (no type joins a person "
                  "to an embassy), so the embassy has a mention and no relation."),
        dict(type="cooperated", src="syria", tgt="azerbaijan",
             quote="تركز اللقاء على تعزيز التعاون الأمني والشرطي وتبادل الخبرات بين البلدين",
             date="2025-08", date_inferred="'today' in a page whose URL is dated 2025/08",
             note="Talks on strengthening security and police cooperation 'between the two countries' (talks on cooperation are "
                  "cooperated, between the states as in test7). Azerbaijan is named only by the adjective and has no mention."),
        dict(type="leads", src="anas-khattab", tgt="syria-interior-ministry",
             quote="وزير الداخلية السوري، أنس خطاب",
             note="The ministry is named separately in the next paragraph ('وزارة الداخلية السورية'), so the minister gets leads, "
                  "as in dev14 and test7."),
        dict(type="cooperated", src="syria-interior-ministry", tgt="turkey",
             quote="التعاون مع تركيا وإسبانيا",
             note="The paragraph's heading 'cooperation with Turkey and Spain' and its first sentence (the ministry's efforts to "
                  "strengthen security coordination with various states) state the ministry's cooperation with each state; one "
                  "relation per state. This background repeats the Khattab–Yerlikaya talks of test18's visit (another report of "
                  "that event)."),
        dict(type="cooperated", src="syria-interior-ministry", tgt="spain",
             quote="التعاون مع تركيا وإسبانيا",
             note="As for Turkey: the heading states the ministry's cooperation with Spain, detailed by the talks with the Spanish envoy."),
        dict(type="met", src="anas-khattab", tgt="yerlikaya",
             quote="ففي وقت سابق من هذا الشهر، التقى خطاب بنظيره التركي، علي يرلي كايا، لبحث التعاون الأمني",
             date="2025-08", date_inferred="'earlier this month' in a page whose URL is dated 2025/08",
             note="'نظيره التركي' is a title; the mention is the name. Yerlikaya gets no leads (his ministry is not named)."),
        dict(type="met", src="anas-khattab", tgt="antonio-gonzalez",
             quote="كما بحث سابقًا مع المبعوث الإسباني الخاص إلى سوريا، أنطونيو غونزاليس، آليات مكافحة الإرهاب",
             note="Talks on counter-terrorism mechanisms and on exchanging expertise in migration and passport systems and in "
                  "training the Internal Security Forces; 'سابقًا' (earlier) gives no date. The training was discussed, not "
                  "stated as given, so there is no trained; the Internal Security Forces have a mention and no relation."),
     ]),

dict(id="masrawy-2017-lebanon-general-security-arrests-syrian-nusra-contact",
     title="الأمن اللبناني يوقف سوريا لتواصله مع جبهة النصرة",
     source="Masrawy (masrawy.com), citing dpa", published="2017-07-03",
     out_of_scope=[("فيديو قد يعجبك:", 1, "related-video widget")],
     mentions=[
        ("lebanese-security-services", "الأمن اللبناني", "الأمن اللبناني يوقف"),
        ("nusra", "جبهة النصرة", None, 1),
        ("lebanese-security-services", "القوى الأمنية اللبنانية"),
        ("nusra", "جبهة النصرة", None, 2),
        ("lebanon-gs-information-office", "مكتب معلومات الأمن العام"),
        ("lebanese-security-services", "الأجهزة الأمنية اللبنانية"),
        ("lebanon", "لبنان", "في لبنان، بالتنسيق"),
        ("isis", "داعش"),
        ("syria", "سورية", "داعش سورية"),
     ],
     relations=[
        dict(type="arrested", src="lebanon-gs-information-office", tgt="nusra",
             quote="مكتب معلومات الأمن العام في بلدة دير عامص شرقي صور أوقف السوري بناء لإشارة القضاء المختص",
             date="2017-07-03", date_inferred="'today, Monday' in a page whose URL is dated 2017/7/3, a Monday",
             place="Deir Ames (east of Tyre), south Lebanon",
             note="An unnamed Syrian arrested 'for being in contact with Al-Nusra' (first sentence): linked to the group, as unnamed "
                  "suspects are. The arrest is credited to the named office, not to the collective 'القوى الأمنية اللبنانية' of "
                  "the first sentence (the same arrest, annotated once). 'سوريا' in the headline is the accusative 'a Syrian', "
                  "not the state."),
        dict(type="part-of", src="lebanon-gs-information-office", tgt="lebanon-general-security",
             quote="مكتب معلومات الأمن العام",
             note="The name states the hierarchy ('General Security's information office'), as NAVCENT's name in test7; General "
                  "Security has this relation but no mention of its own (its name is inside the office's mention)."),
     ]),

dict(id="msdrnews-jordan-transfers-weapons-armoured-vehicles-to-palestinian-authority",
     title="بموافقة إسرائيلية.. نقل أسلحة ومركبات مدرعة من الأردن للسلطة الفلسطينية",
     source="Masdar News (msdrnews.com), citing Al-Quds and Israel Hayom", published=None,
     out_of_scope=[("رام الله- مصدر الإخبارية", 1, "dateline"),
                   ("وفي الوقت نفسه، أجرى رئيس السلطة الفلسطينية محمود ع", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("jordan", "الأردن", "مدرعة من الأردن للسلطة"),
        ("palestine", "للسلطة الفلسطينية", "من الأردن للسلطة الفلسطينية"),
        ("jordan", "الأردن", "نقلت من الأردن"),
        ("palestine", "السلطة الفلسطينية", "إلى السلطة الفلسطينية بموافقة"),
        ("israel", "إسرائيل", "بموافقة إسرائيل."),
        ("palestine", "السلطة الفلسطينية", "تعزيز السلطة الفلسطينية"),
        ("palestinian-preventive-security", "الأمن الوقائي"),
        ("palestinian-national-security-forces", "الأمن الوطني", "والأمن الوطني للسلطة"),
        ("palestine", "للسلطة الفلسطينية", "والأمن الوطني للسلطة الفلسطينية"),
        ("usa", "الولايات المتحدة"),
        ("jordan", "الأردن", "عبر الأردن"),
        ("palestinian-security-services", "قوات الأمن الفلسطينية"),
        ("plo", "منظمة التحرير الفلسطينية"),
        ("hussein-al-sheikh", "حسين الشيخ"),
     ],
     relations=[
        dict(type="trained", src="jordan", tgt="palestine",
             quote="أسلحة ومركبات مدرعة نقلت من الأردن إلى السلطة الفلسطينية بموافقة إسرائيل",
             note="Arms and armoured vehicles transferred from Jordan to the Palestinian Authority 'to strengthen the PA and its "
                  "security services': equipment is recorded as trained (capacity building), the stretch test7 made for the "
                  "coast guard's equipment. Israel's approval has no type. Undated ('yesterday, Monday' in an undated page)."),
        dict(type="trained", src="usa", tgt="palestinian-security-services",
             quote="فإن الأسلحة والمركبات من الولايات المتحدة، وتم نقلها إلى الفلسطينيين بموافقة الحكومة الإسرائيلية، عبر الأردن، لتعزيز قدرات قوات الأمن الفلسطينية",
             note="The report says the arms and vehicles come from the US, transferred via Jordan 'to strengthen the capabilities "
                  "of the Palestinian security forces': US capacity building of the collective Palestinian services (equipment as "
                  "trained). 'الحكومة الإسرائيلية' is not a mention."),
        dict(type="part-of", src="palestinian-preventive-security", tgt="palestine",
             quote="الأمن الوقائي والأمن الوطني للسلطة الفلسطينية",
             note="'Preventive Security and National Security of the Palestinian Authority': the genitive states that both are the "
                  "PA's services (the PA taken as the state). That the equipment 'will serve' them is a purpose, not annotated."),
        dict(type="part-of", src="palestinian-national-security-forces", tgt="palestine",
             quote="الأمن الوقائي والأمن الوطني للسلطة الفلسطينية",
             note="As for Preventive Security."),
        dict(type="met", src="hussein-al-sheikh", tgt="usa",
             quote="عقد أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية حسين الشيخ عدة اجتماعات مع ممثلين أمريكيين وأردنيين",
             note="Meetings with unnamed 'American representatives' in the past two weeks: recorded with the state (a met between "
                  "an actor and a delegation). Undated. Al-Sheikh, the PLO Executive Committee's secretary, does not head the PLO "
                  "(no leads, as test7's council secretary)."),
        dict(type="met", src="hussein-al-sheikh", tgt="jordan",
             quote="عقد أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية حسين الشيخ عدة اجتماعات مع ممثلين أمريكيين وأردنيين",
             note="As with the US: unnamed 'Jordanian representatives'."),
     ]),

dict(id="lbc-2026-lebanon-interior-minister-hajjar-french-ambassador-magro",
     title="الحجار بحث مع السفير الفرنسي في التحضيرات لمؤتمر دعم الجيش في باريس",
     source="LBCI (lbcgroup.tv)", published="2026-01-22",
     out_of_scope=[(" date 2026-01-22 ", 1, "date banner")],
     mentions=[
        ("hajjar", "الحجار", "الحجار بحث"),
        ("hajjar", "أحمد الحجار"),
        ("magro", "هيرفي ماغرو"),
        ("lebanese-army", "الجيش اللبناني", None, 1),
        ("lebanese-security-services", "القوى الأمنية اللبنانية"),
        ("lebanon-isf", "قوى الأمن الداخلي"),
        ("lebanese-army", "الجيش اللبناني", None, 2),
        ("hajjar", "الحجار", "الوزير الحجار"),
        ("magro", "ماغرو", "السفير ماغرو"),
        ("lebanon-interior-ministry", "وزارة الداخلية", "تقوم بها وزارة الداخلية"),
     ],
     relations=[
        dict(type="met", src="hajjar", tgt="magro",
             quote="استقبل وزير الداخلية والبلديات أحمد الحجار، في مكتبه قبل ظهر اليوم، السفير الفرنسي هيرفي ماغرو",
             date="2026-01-22", date_inferred="'this morning' in a page whose date banner reads 2026-01-22",
             note="A reception at the minister's office, on the preparations for the conference in support of the Lebanese Army and "
                  "security forces (Paris, 5 March): the conference and France's support are plans and are not annotated. 'باريس' "
                  "is the conference's place, not a mention. An ambassador gets no leads."),
        dict(type="leads", src="hajjar", tgt="lebanon-interior-ministry",
             quote="وأبلغ الوزير الحجار السفير ماغرو بالتحضيرات التي تقوم بها وزارة الداخلية",
             note="The ministry is named separately ('وزارة الداخلية', read as the Lebanese ministry: its minister reports its work), "
                  "so the minister gets leads (dev14, test7)."),
        dict(type="cooperated", src="lebanon-isf", tgt="lebanese-army",
             quote="الدور المهم الذي تؤديه قوى الأمن الداخلي، إلى جانب الجيش اللبناني في بسط سلطة الدولة على الأراضي اللبنانية كافة",
             note="The ISF's role 'alongside the Lebanese Army' in extending state authority, under the army's plan: joint work "
                  "stated as ongoing, so cooperated. 'قوى الأمن الداخلي' is Lebanon's ISF here (a Lebanese minister on Lebanese "
                  "forces). The affirmation of the ISF's role has no stated speaker and is not taken as a praised."),
     ]),

dict(id="alsharq-jordan-aqaba-anti-narcotics-seizure-saudi-cooperation",
     title=NO_HEADLINE + "Jordan's anti-narcotics section in Aqaba foils the smuggling of 290,000 pills to Saudi Arabia; the Saudi "
                         "ambassador on Saudi–Jordanian security cooperation",
     source="Al Sharq (via Sauress)", published=None,
     out_of_scope=[("وبحسب مصدر أمني أردني فإن هناك تنسيقاً مع ا", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("jordan-psd", "مديرية الأمن العام"),
        ("jordanian-security-services", "الجهات الأمنية الأردنية"),
        ("jordan-anti-narcotics-aqaba", "قسم مكافحة المخدرات بالعقبة"),
        ("jordan", "الأردن", "السعودي لدى الأردن"),
        ("sami-al-saleh", "سامي الصالح"),
        ("jordan", "الأردن", "بين المملكة والأردن"),
     ],
     relations=[
        dict(type="cooperated", src="saudi-arabia", tgt="jordan",
             quote="عن وجود تعاون عالي المستوى بين المملكة والأردن من ناحية تبادل المعلومات والخبرات الأمنية",
             note="The Saudi ambassador (in an earlier interview with Al Sharq) states high-level cooperation in exchanging "
                  "information and security expertise, which led to seizures and foiled hundreds of smuggling attempts, with field "
                  "visits and direct contacts between the two sectors. 'المملكة' on its own is not a mention, so Saudi Arabia has "
                  "this relation without a mention (test7). Not dated ('in an earlier interview')."),
     ]),

dict(id="najah-2017-palestinian-intelligence-chief-faraj-washington",
     title=NO_HEADLINE + "AP: the Palestinian intelligence chief Majed Faraj met US intelligence officials in Washington",
     source="An-Najah News (nn.najah.edu), citing the Associated Press", published="2017-02-10",
     out_of_scope=[],
     mentions=[
        ("palestinian-gis", "المخابرات الفلسطينية"),
        ("majed-faraj", "ماجد فرج"),
        ("mahmoud-abbas", "محمود عباس"),
        ("majed-faraj", "فرج", "المسؤول إن فرج"),
        ("us-security-agencies", "وكالات الاستخبارات الأمريكية", None, 1),
        ("trump", "دونالد ترامب"),
        ("trump", "ترامب", "كبير بين ترامب"),
        ("netanyahu", "بنيامين نتنياهو"),
        ("trump", "ترامب", "في عهد ترامب"),
        ("trump", "ترامب", "للرئيس ترامب"),
        ("us-security-agencies", "وكالات الاستخبارات الأمريكية", None, 2),
     ],
     relations=[
        dict(type="met", src="majed-faraj", tgt="us-security-agencies",
             quote="فرج التقى بمسؤوليين في وكالات الاستخبارات الأمريكية في واشنطن خلال اليومين الماضيين",
             date="2017-02", date_inferred="'in the past two days' in a page whose URL is dated 2017/02/10", place="Washington",
             note="Officials of the (unnamed) US intelligence agencies: the collective US agencies. The first sentence ('senior "
                  "security officials in Washington') and the last (the meeting 'in which officials of the US intelligence agencies "
                  "took part') repeat the claim, annotated once."),
        dict(type="visited", src="majed-faraj", tgt="usa",
             quote="لم يكن أحد يعلم بشأن الزيارة التي يقوم بها اللواء المقرب من الرئيس الفلسطيني محمود عباس",
             date="2017-02", date_inferred="the visit was under way when the page (URL dated 2017/02/10) reported it",
             place="Washington",
             note="'The visit that the general is making' to Washington: a working visit to the US. 'واشنطن' is only the place of "
                  "the meetings ('في واشنطن'), not a mention, so the US has no mention here."),
        dict(type="leads", src="majed-faraj", tgt="palestinian-gis",
             quote="رئيس المخابرات الفلسطينية اللواء ماجد فرج",
             note="'رئيس المخابرات الفلسطينية' gives a mention of the General Intelligence Service (title rule, test7)."),
     ]),

dict(id="nabd-2024-lebanese-army-hands-70-syrians-to-military-operations-administration",
     title=NO_HEADLINE + "Lebanon hands some 70 Syrians, among them officers of the former regime, to Syria's Military Operations "
                         "Administration",
     source="Nabd (nabd.ws), content from Al Araby TV", published=None,
     out_of_scope=[("منها.....", 1, "text cut by the aggregator"),
                   ("لقراءة المقال بالكامل، يرجى الضغط على زر \"إقرأ على الموقع الرسمي\" أدناه\nهذا المحتوى مقدم من التلفزيون العربي", 1,
                    "aggregator's read-more widget and source line")],
     mentions=[
        ("lebanon", "لبنان", "سلّم لبنان"),
        ("syria", "سوريا", "السلطات في سوريا"),
        ("bashar-al-assad", "بشار الأسد", None, 1),
        ("lebanese-army", "الجيش اللبناني"),
        ("syria-military-operations-administration", "إدارة العمليات العسكرية"),
        ("syria", "سوريا", "العسكرية في سوريا"),
        ("syria", "سوريا", "(مواطنًا) من سوريا"),
        ("bashar-al-assad", "بشار الأسد", None, 2),
        ("bashar-al-assad", "الأسد", "بنظام الأسد في الثامن"),
        ("lebanon", "لبنان", "إلى لبنان المجاور"),
        ("syria", "سوريا", "تسليمهم لسوريا"),
        ("syria", "سوريا", "إلى خارج سوريا"),
        ("bashar-al-assad", "الأسد", "نظام الأسد في عدة"),
     ],
     relations=[
        dict(type="extradited", src="lebanon", tgt="syria",
             quote="سلّم لبنان، اليوم السبت، السلطات في سوريا 70 شخصًا من مواطني هذه الأخيرة، بينهم ضباط من نظام المخلوع بشار الأسد",
             date="2024-12", date_inferred="'today, Saturday' in December ('كانون الأول الجاري'), the month Assad's regime fell "
                                           "(8 December 2024); the Saturday is not stated",
             place="Al-Arida crossing (Lebanese–Syrian border)",
             note="The state-level hand-over of the lead sentence ('السلطات في سوريا' is the state). The agency-level hand-over "
                  "(Lebanese Army → Military Operations Administration) is the next relation. The 70 had entered Lebanon illegally "
                  "and were arrested in Jbeil the day before; unnamed and tied to no group, so no arrested."),
        dict(type="extradited", src="lebanese-army", tgt="syria-military-operations-administration",
             quote="الجيش اللبناني قام اليوم (السبت) بتسليم إدارة العمليات العسكرية في سوريا نحو 70 (مواطنًا) من سوريا",
             date="2024-12", date_inferred="as for the state-level hand-over",
             place="Al-Arida crossing (Lebanese–Syrian border)",
             note="The National News Agency's statement names the bodies: the Lebanese Army handed them to the Military Operations "
                  "Administration, in the presence of a Lebanese security delegation (unnamed). 'جبل لبنان' (the governorate) is "
                  "not a mention of Lebanon; 'الإدارة السورية الجديدة' (the new Syrian administration) is not a mention."),
     ]),

dict(id="spa-jordan-gid-foils-al-qaeda-suicide-plot",
     title=NO_HEADLINE + "Jordan's General Intelligence Directorate foils an al-Qaeda suicide-bombing plot and arrests the would-be bomber",
     source="Saudi Press Agency (via Sauress), citing Petra", published=None,
     out_of_scope=[],
     mentions=[
        ("al-qaeda", "تنظيم القاعدة"),
        ("jordan-gid", "دائرة المخابرات العامة", None, 1),
        ("sajida-al-rishawi", "ساجده الريشاوى"),
        ("jordan-gid", "دائرة المخابرات العامة", None, 2),
        ("jordan-gid", "دائرة المخابرات", "ان دائرة المخابرات تعمل"),
     ],
     relations=[
        dict(type="arrested", src="jordan-gid", tgt="al-qaeda",
             quote="تمكنت من القاء القبض على العنصر المكلف بتنفيد العملية الانتحارية",
             note="The GID (subject of the sentence) arrested the cell member charged with the suicide attack; the first sentence "
                  "says the group belongs to al-Qaeda, so the unnamed member is linked to it. 'This evening' in an undated page: no "
                  "date (the text places the Amman hotel bombings on '9 November last', without the year). The explosives "
                  "'seized with the terrorist Sajida al-Rishawi' recall an earlier arrest whose agent is not named: she has a "
                  "mention and no relation. The GID's pursuit of the other members is ongoing work, not an arrest."),
     ]),
]
