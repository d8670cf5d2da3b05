# Gold annotations for the test49 corpus (held out; same conventions as docs_spec.py and the other sets' docs_spec files).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

DOCS = [
dict(id="alwatanvoice-2019-kuwait-hands-wanted-to-egypt-jarallah",
     title="لماذا سلمت الكويت القاهرة مطلوبين للقضاء المصري؟",
     source="Dunya Al-Watan (alwatanvoice.com), citing RT Arabic", published="2019-07-15",
     out_of_scope=[("رام الله - دنيا الوطن", 1, "dateline"),
                   ("التعليقات", 1, "comments widget")],
     mentions=[
        ("kuwait", "الكويت", "لماذا سلمت الكويت القاهرة", 1),
        ("egypt", "القاهرة", "لماذا سلمت الكويت القاهرة", 1),
        ("kuwait", "الكويت", "لماذا سلمت الكويت القاهرة", 2),
        ("egypt", "القاهرة", "لماذا سلمت الكويت القاهرة", 2),
        ("khaled-al-jarallah", "خالد الجار الله"),
        ("kuwait", "الكويت", "تسليم الكويت مؤخراً"),
        ("khaled-al-jarallah", "الجار الله", "وأعرب الجار الله"),
        ("kuwait", "الكويت", "\"الكويت تعاونت"),
        ("egypt", "مصر", "الأشقاء في مصر"),
        ("muslim-brotherhood", "جماعة الإخوان المسلمين"),
        ("khaled-al-jarallah", "الجار الله", "قال الجار الله"),
     ],
     relations=[
        dict(type="extradited", src="kuwait", tgt="egypt",
             quote="إن تسليم الكويت مؤخراً للسلطات المصرية، مطلوبين للقضاء المصري، تم بموجب الاتفاقيات المشتركة بين البلدين",
             note="Kuwait 'recently' handed people wanted by the Egyptian judiciary to 'the Egyptian authorities' (the state, as authorities "
                  "go to the country); the people are unnamed, so the target is the receiving state. The headline ('سلمت الكويت القاهرة "
                  "مطلوبين', twice) states the same hand-over and is not annotated again. 'Recently' is not a date; the page is dated "
                  "15 July 2019 by its URL. Stated by Kuwait's deputy foreign minister Khaled Al-Jarallah, quoted after RT."),
        dict(type="cooperated", src="kuwait", tgt="egypt",
             quote="الكويت تعاونت مع السلطات المصرية في هذا الشأن",
             note="Cooperation on the hand-over; the same claim is made by 'the joint agreements between the two countries' and by "
                  "'Kuwaiti–Egyptian security coordination and cooperation is very great' (adjectives, no mention), annotated once. "
                  "The Muslim Brotherhood is mentioned (a question on designating it a terrorist group) but has no relation."),
     ]),

dict(id="sawtalhaq-jordan-interior-minister-mubaideen-qatari-ambassador",
     title="وزير الداخلية يلتقي السفير القطري",
     source="Sawt Al-Haq (sawtalhaq.com)", published=None,
     out_of_scope=[("{title}", 1, "unfilled page-template placeholder"),
                   ("صوت الحق - ", 1, "dateline"),
                   ("من جانبه عبر السفير القطري عن الفخر والاعتزاز بمستوى العلاقة القائمة بين قيادتي البلدين وشعبيهما الشقيقين ، والتي ترجمت على أرض الواقع بالمزيد من التعاو",
                    1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("samir-mubaideen", "سمير المبيضين"),
        ("saud-al-thani", "سعود بن ناصر آل ثاني"),
        ("abdullah-ii", "عبد الله الثاني"),
        ("tamim", "تميم بن حمد آل ثاني"),
        ("samir-mubaideen", "المبيضين", "وأكد المبيضين"),
        ("jordan", "الاردن", "في الاردن"),
     ],
     relations=[
        dict(type="met", src="samir-mubaideen", tgt="saud-al-thani",
             quote="التقى وزير الداخلية سمير المبيضين في مكتبه بالوزارة اليوم الثلاثاء، السفير القطري في عمان الشيخ سعود بن ناصر آل ثاني",
             place="Amman (the minister's office at the ministry)",
             note="'Today, Tuesday' in an undated page: no date (Mubaideen was Jordan's interior minister 2019–2020). The minister's "
                  "ministry is named only in his title, so no leads; an ambassador gets none."),
        dict(type="cooperated", src="jordan", tgt="qatar",
             quote="ضرورة ترجمة أواصر التعاون الثنائي بين البلدين على ارض الواقع، ولا سيما في مجالات التدريب والتاهيل وتبادل الخبرات والمعلومات الأمنية والشرطية",
             note="Talks between Jordan's interior minister and Qatar's ambassador on the bilateral cooperation 'between the two "
                  "countries' (Jordan and Qatar, from 'العلاقات الأردنية – القطرية'), especially training and the exchange of security "
                  "and police information: talks on cooperation are cooperated, as in test3 and test7. Qatar is named only by "
                  "adjectives here, so it has a relation without a mention. The 'Jordanian–Qatari partnership' (all fields) is the "
                  "same pair and is not annotated again."),
     ]),

dict(id="khaleejnas-qatar-iraq-joint-security-committee-baghdad",
     title="اللجنة الأمنية القطرية العراقية تعقد اجتماعها الأول في بغداد",
     source="Khaleej Nas (khaleejnas.com), citing QNA and the Iraqi interior ministry", published=None,
     out_of_scope=[("كما بحث الجانبان التعاون في مجال الطلبة الدارسين لدى دولة قطر، ", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("qatar", "قطر", "في قطر والعراق"),
        ("iraq", "العراق", "في قطر والعراق"),
        ("khalifa-al-nasr", "خليفة نصر النصر"),
        ("qatar-moi-hr", "إدارة الموارد البشرية"),
        ("qatar-interior-ministry", "وزارة الداخلية القطرية"),
        ("ziad-taha-ali", "زياد طه علي"),
        ("shammari", "عبد الأمير كامل الشمري"),
        ("iraq-interior-ministry", "وزارة الداخلية في العراق"),
        ("iraq-interior-ministry", "الداخلية العراقية"),
        ("shammari", "الشمري", "الوزير الشمري"),
     ],
     relations=[
        dict(type="cooperated", src="qatar-interior-ministry", tgt="iraq-interior-ministry",
             quote="عقدت اللجنة الأمنية المشتركة بين وزارتي الداخلية في قطر والعراق اجتماعها الأول في بغداد",
             place="Baghdad",
             note="The joint security committee of the two interior ministries held its first meeting (5–7 May 'of this month'; the "
                  "year is not stated, and both 2024 and 2025 fit the weekdays given, so no date). 'وزارتي الداخلية في قطر والعراق' is a "
                  "dual and not a mention of either ministry, but 'قطر' and 'العراق' are mentions of the states (as test7's dual). "
                  "The committee is not an actor. Al-Shammari's talks with the Qatari delegation on exchanging security expertise and "
                  "fighting drugs are the same pair and are not annotated again."),
        dict(type="met", src="khalifa-al-nasr", tgt="ziad-taha-ali",
             quote="أن الاجتماع عقد برئاسة اللواء خليفة نصر النصر، مدير إدارة الموارد البشرية بوزارة الداخلية القطرية، والفريق زياد طه علي، مستشار وزير الداخلية العراقي",
             place="Baghdad",
             note="The two heads of the committee's meeting. Ziad Taha Ali is an adviser to the minister: no leads."),
        dict(type="leads", src="khalifa-al-nasr", tgt="qatar-moi-hr",
             quote="اللواء خليفة نصر النصر، مدير إدارة الموارد البشرية",
             note="'مدير' of the department, which is named."),
        dict(type="part-of", src="qatar-moi-hr", tgt="qatar-interior-ministry",
             quote="إدارة الموارد البشرية بوزارة الداخلية القطرية",
             note="Stated by 'ب…' (the department at the ministry), as the shipped DCPJ's and test7's legal-affairs department."),
        dict(type="met", src="khalifa-al-nasr", tgt="shammari",
             quote="كما التقى الوفد القطري مع وزير الداخلية العراقي، الفريق أول ركن عبد الأمير كامل الشمري",
             place="Baghdad",
             note="'The Qatari delegation' met the Iraqi minister; met takes the delegation's head (as test7's Islamic Jihad "
                  "delegation), here Al-Nasr, who chaired the Qatari side of the committee. The Iraqi ministry's statement dates the "
                  "meeting 'yesterday, Tuesday' in an undated page: no date."),
        dict(type="visited", src="khalifa-al-nasr", tgt="iraq-interior-ministry",
             quote="وزار عدداً من الإدارات الأمنية التابعة لوزارة الداخلية في العراق",
             place="Iraq",
             note="The Qatari delegation (led by Al-Nasr, as in the met above) visited security departments of the Iraqi interior "
                  "ministry; the departments are not named, so the visit goes to the ministry."),
        dict(type="leads", src="shammari", tgt="iraq-interior-ministry",
             quote="وزير الداخلية العراقي، الفريق أول ركن عبد الأمير كامل الشمري",
             note="The title alone gives no mention, but the ministry is named separately in the text ('وزارة الداخلية في العراق', "
                  "'الداخلية العراقية'), so leads is given, as for Nisar in dev14."),
     ]),

dict(id="forbesme-kuwait-emir-aoun-security-cooperation-lebanon",
     title=NO_HEADLINE + "Kuwait's emir Mishal Al-Ahmad, at a summit with Lebanon's president Joseph Aoun, praises Kuwaiti–Lebanese security cooperation",
     source="Forbes Middle East (forbesmiddleeast.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("kuwait", "الكويت", "أمير الكويت"),
        ("mishal-al-sabah", "مشعل الأحمد الجابر الصباح"),
        ("joseph-aoun", "جوزاف عون"),
        ("kuwait", "الكويت", "بين الكويت ولبنان"),
        ("lebanon", "لبنان", "الكويت ولبنان"),
     ],
     relations=[
        dict(type="met", src="mishal-al-sabah", tgt="joseph-aoun",
             quote="خلال قمة مع الرئيس اللبناني العماد جوزاف عون",
             note="A summit between the two heads of state (no place or date given; Aoun has been president since January 2025). "
                  "Heads of state get no leads (as in dev6 and the later sets)."),
        dict(type="cooperated", src="kuwait", tgt="lebanon",
             quote="التعاون الأمني بين الكويت ولبنان \"الذي يعد ركناً أساسياً في مواجهة التحديات الأمنية المشتركة وخصوصاً في مجال مكافحة تهريب المخدرات\"",
             note="Existing security cooperation between the two states, especially against drug smuggling."),
        dict(type="praised", src="mishal-al-sabah", tgt="lebanon",
             quote="مثنيًا على التعاون الأمني بين الكويت ولبنان",
             note="The emir commends the security cooperation; praise of a cooperation is recorded on the foreign side, as in dev4, "
                  "dev5 and dev14."),
     ]),

dict(id="ksa2day-kuwait-interior-minister-mohammad-khalid-yemen-mikhlafi",
     title=NO_HEADLINE + "Kuwait's interior minister Mohammad Al-Khalid and Yemen's foreign minister Abdulmalik Al-Mikhlafi discuss security matters",
     source="KSA2day (ksa2day.com), citing KUNA", published=None,
     out_of_scope=[],
     mentions=[
        ("mohammad-al-khalid", "محمد خالد الحمد الصباح"),
        ("mikhlafi", "عبدالملك عبدالجليل المخلافي", None, 1),
        ("kuwait-security-media", "إدارة الإعلام الأمني"),
        ("kuwait-interior-ministry", "وزارة الداخلية الكويتية"),
        ("mohammad-al-khalid", "محمد الخالد"),
        ("mikhlafi", "عبدالملك عبدالجليل المخلافي", None, 2),
     ],
     relations=[
        dict(type="met", src="mohammad-al-khalid", tgt="mikhlafi",
             quote="عقب استقبال الشيخ محمد الخالد لوزير الخارجية اليمني عبدالملك عبدالجليل المخلافي",
             note="A reception ('yesterday' in an undated page: no date; Al-Khalid was minister 2013–2017 and Al-Mikhlafi foreign "
                  "minister 2015–2018). The place is not stated, so no visited (as test7's İnce)."),
        dict(type="cooperated", src="kuwait", tgt="yemen",
             quote="عدداً من الموضوعات الأمنية ذات الاهتمام المشترك، وسبل توطيد العلاقات الثنائية بين البلدين",
             note="Talks on security matters between the two states ('البلدين': Kuwait and Yemen, named only by adjectives, so they "
                  "have no mention): talks on cooperation are cooperated (test3, test7). The two sides' stress on 'the importance of "
                  "coordination and opening channels of security cooperation, and raising training' is the same claim, partly a wish, "
                  "and is not annotated again; no trained."),
        dict(type="leads", src="mohammad-al-khalid", tgt="kuwait-interior-ministry",
             quote="نائب رئيس مجلس الوزراء وزير الداخلية الكويتي، الشيخ محمد خالد الحمد الصباح",
             note="The ministry is named separately ('وزارة الداخلية الكويتية'), so leads is given. Al-Mikhlafi's foreign ministry is "
                  "named only in his title: no leads."),
        dict(type="part-of", src="kuwait-security-media", tgt="kuwait-interior-ministry",
             quote="إدارة الإعلام الأمني في وزارة الداخلية الكويتية",
             note="Stated by 'في' (the department in the ministry)."),
     ]),

dict(id="aljarida-2013-qatar-emir-tamim-saudi-border-crime-agreements",
     title=NO_HEADLINE + "Qatar's emir Tamim approves border and anti-crime agreements with Saudi Arabia (with a Saudi Border Guard item)",
     source="Al Jarida (aljarida.com), citing AFP", published=None,
     out_of_scope=[("(الدوحة - أ ف ب)", 1, "dateline"),
                   ("آخر الأخبار\nأمير قطر يقر اتفاقاً حدودياً مع السعودية", 1, "latest-news list (cut by the store's 2,000-byte limit)")],
     mentions=[
        ("qatar", "قطر", "أقر أمير قطر"),
        ("tamim", "تميم بن حمد آل ثاني"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("tamim", "تميم", "الأمير تميم"),
        ("qatar", "قطر", "بين قطر والسعودية"),
        ("saudi-arabia", "السعودية", "بين قطر والسعودية"),
        ("tamim", "تميم", "الشيخ تميم الحكم"),
        ("qatar", "قطر", "أمير قطر استدعى"),
        ("usa", "الولايات المتحدة"),
        ("france", "فرنسا"),
        ("uk", "بريطانيا"),
        ("saudi-arabia", "السعودية", "وبريطانيا والسعودية"),
        ("uae", "الإمارات"),
        ("tunisia", "تونس"),
        ("algeria", "الجزائر"),
        ("qatar", "قطر", "ممثلي قطر"),
        ("un", "الأمم المتحدة"),
        ("saudi-border-guard", "حرس الحدود في السعودية"),
        ("abdullah-bin-mahfouz", "عبدالله بن محمد بن محفوظ"),
        ("saudi-border-guard", "حرس الحدود", "دوريات حرس الحدود"),
        ("saudi-arabia", "السعودية", "جنوب السعودية"),
        ("yemen", "اليمن", "الحدود مع اليمن"),
     ],
     relations=[
        dict(type="cooperated", src="qatar", tgt="saudi-arabia",
             quote="أقر أمير قطر الشيخ تميم بن حمد آل ثاني مساء أمس الأول اتفاقات حدودية، وأخرى لمكافحة الجريمة مع المملكة العربية السعودية",
             date="2013", date_inferred="The drafts were completed 'in March last, weeks before Sheikh Tamim took power at the end of June last': Tamim's accession was in June 2013, so the approval falls in the second half of 2013",
             note="Two agreements with Saudi Arabia approved by the emir: one organising the border authorities between Qatar and "
                  "Saudi Arabia and one on bilateral cooperation against crime (the next sentence details both; one relation for the "
                  "pair). The emir acts for the state; heads of state get no leads. The text's 'his father Sheikh Khalifa' is a slip "
                  "for Hamad bin Khalifa and gives no actor. The recall of Qatar's ambassadors names states only as places. The Saudi "
                  "Border Guard item ('in a separate context') is security content and stays in scope, but its seizures name no group "
                  "or person: no arrested; its spokesman gets no leads."),
     ]),

dict(id="dubaialkhabar-qatar-interior-minister-letter-egypt-tawfik-suwaidi",
     title=NO_HEADLINE + "Qatar's interior minister sends a letter on security cooperation to Egypt's Mahmoud Tawfik, delivered in Cairo by Qatar's Public Security director",
     source="Dubai Al Khabar (dubaialkhabar.com), citing QNA", published=None,
     out_of_scope=[],
     mentions=[
        ("qatar", "قطر", "تبحث قطر"),
        ("egypt", "جمهورية مصر العربية"),
        ("sisi", "عبدالفتاح السيسي"),
        ("khalifa-bin-hamad", "خليفة بن حمد بن خليفة آل ثاني"),
        ("lekhwiya", "لخويا"),
        ("mahmoud-tawfik", "محمود توفيق"),
        ("abdullah-al-suwaidi", "عبدالله محمد السويدي", None, 1),
        ("qatar-public-security", "الأمن العام القطري"),
        ("qatar", "قطر", "التزام قطر"),
        ("qatar", "دولة قطر"),
        ("abdullah-al-suwaidi", "عبدالله محمد السويدي", None, 2),
        ("qatar-public-security", "الأمن العام", "مدير الأمن العام."),
     ],
     relations=[
        dict(type="cooperated", src="qatar", tgt="egypt",
             quote="تبحث قطر سبل تعزيز العلاقات وتكثيف التعاون الأمني مع جمهورية مصر العربية",
             note="Qatar and Egypt discuss intensifying their security cooperation: talks on cooperation are cooperated. The letter "
                  "from Qatar's interior minister to Egypt's on 'opportunities for joint security cooperation and the exchange of "
                  "expertise between the two countries' is the same claim and has no type of its own (a letter is not a meeting)."),
        dict(type="leads", src="khalifa-bin-hamad", tgt="lekhwiya",
             quote="الشيخ خليفة بن حمد بن خليفة آل ثاني، وزير الداخلية القطري وقائد قوة (لخويا)",
             note="'قائد قوة (لخويا)': he commands Lekhwiya, which is named ('لخويا' is the mention). His ministry is named only in "
                  "his title: no leads to it; nor for Tawfik."),
        dict(type="met", src="abdullah-al-suwaidi", tgt="mahmoud-tawfik",
             quote="تم تسليم الرسالة بواسطة اللواء الركن عبدالله محمد السويدي، مدير الأمن العام القطري، الذي استقبله وزير الداخلية المصري في القاهرة",
             place="Cairo",
             note="Al-Suwaidi delivered the letter and was received by 'the Egyptian interior minister' (Tawfik, named in the previous "
                  "sentence). Received in Cairo, but a visit to a named seat is not stated, so no visited (as test7's İnce). Undated."),
        dict(type="leads", src="abdullah-al-suwaidi", tgt="qatar-public-security",
             quote="عبدالله محمد السويدي، مدير الأمن العام القطري",
             note="'مدير الأمن العام القطري' gives a mention of Qatar's Public Security (title-gives-a-mention rule), repeated at the "
                  "end ('مدير الأمن العام'). His heading of Qatar's delegation to the Cairo meeting of Arab officials on nuclear "
                  "emergencies names no other actor and is not annotated."),
     ]),

dict(id="alanba-kuwait-syria-interior-ministers-yousef-khattab-damascus",
     title=NO_HEADLINE + "Kuwait's interior minister Fahd Al-Yousef meets Syria's interior minister Anas Khattab in Damascus",
     source="Al-Anba (alanba.com.kw)", published=None,
     out_of_scope=[("وكان النائب الأول لرئيس مج", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("kuwait", "الكويت", "بين الكويت وسورية وحرص"),
        ("syria", "سورية", "بين الكويت وسورية وحرص"),
        ("fahd-al-yousef", "فهد اليوسف"),
        ("syria", "الجمهورية العربية السورية"),
        ("anas-khattab", "أنس خطاب"),
        ("fahd-al-yousef", "اليوسف", "يقوم بها اليوسف"),
        ("kuwait", "الكويت", "تربط الكويت"),
        ("syria", "سورية", "تربط الكويت وسورية"),
     ],
     relations=[
        dict(type="met", src="fahd-al-yousef", tgt="anas-khattab",
             quote="التقى النائب الأول لرئيس مجلس الوزراء ووزير الداخلية الشيخ فهد اليوسف وزير الداخلية في الجمهورية العربية السورية أنس خطاب",
             place="Damascus",
             note="The page is undated (Khattab has been minister since March 2025). Neither minister gets leads: the ministries are "
                  "named only in titles and in the dual 'وزارتي الداخلية'."),
        dict(type="visited", src="fahd-al-yousef", tgt="syria",
             quote="الزيارة الرسمية التي يقوم بها اليوسف إلى العاصمة السورية دمشق",
             place="Damascus",
             note="An official visit to Syria. 'العاصمة السورية دمشق' names the city and is not a mention (as test7's 'العاصمة "
                  "العراقية بغداد'); Syria is named elsewhere."),
        dict(type="cooperated", src="kuwait-interior-ministry", tgt="syria-interior-ministry",
             quote="بحث سبل تعزيز التعاون الثنائي بين وزارتي الداخلية في البلدين الشقيقين، وفي مقدمتها مكافحة المخدرات والجريمة المنظمة",
             note="Talks on the two interior ministries' cooperation (drugs, organised crime, information exchange): cooperated. "
                  "'وزارتي الداخلية في البلدين' is a dual and not a mention, so the ministries have no mention (as test7's dual). The "
                  "bullets, the stress on developing 'security cooperation mechanisms' between Kuwait and Syria and the agreement to "
                  "continue coordination 'between the two ministries' are the same claim."),
     ]),

dict(id="anbaaden-yemen-interior-minister-arab-qatar-pm-doha",
     title="دولة خليجية جديدة غير الامارات والسعودية ستدخل بقوة لتأمين اليمن وقد بدات باول خطوه تجاه ذالك !",
     source="Anbaa Aden (anbaaden.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("uae", "الامارات"),
        ("saudi-arabia", "السعودية"),
        ("yemen", "اليمن", "لتأمين اليمن"),
        ("hussein-arab", "حسين عرب"),
        ("abdullah-bin-nasser", "عبدالله بن ناصر بن خليفة آل ثاني"),
        ("hussein-arab", "عرب", "الوزير \" عرب"),
        ("yemen-interior-ministry", "وزارة الداخلية", "لوزارة الداخلية في المحافظات"),
        ("qatar", "دولة قطر"),
        ("yemen-interior-ministry", "الداخلية اليمنية"),
     ],
     relations=[
        dict(type="met", src="hussein-arab", tgt="abdullah-bin-nasser",
             quote="التقي حسين عرب \" الأحد رئيس الوزراء القطري الشيخ \" عبدالله بن ناصر بن خليفة آل ثاني \" خلال زيارته إلى العاصمة القطرية - الدوحة",
             place="Doha",
             note="'Sunday' in an undated page: no date (after the Yemeni government's return to Aden; Arab was interior minister "
                  "2015–2018). The text calls Arab only 'the minister'; his ministry is not named with him, so no leads; the Qatari "
                  "prime minister gets none either."),
        dict(type="visited", src="hussein-arab", tgt="qatar",
             quote="خلال زيارته إلى العاصمة القطرية - الدوحة",
             place="Doha",
             note="A visit to Qatar ('العاصمة القطرية - الدوحة' names the city, so Qatar's mention is 'دولة قطر' later)."),
        dict(type="cooperated", src="yemen", tgt="qatar",
             quote="الزيارة تأتي لبحث الترتيبات الأخيرة لإطلاق جاهز أمني داخلي تابع لوزارة الداخلية في المحافظات المحررة بدعم لوجستي قطري",
             note="Talks on the final arrangements for an internal security force of Yemen's interior ministry with Qatari logistic "
                  "support: talks on cooperation between the two states are cooperated (as in test3 and test7). The support itself, "
                  "the training of the new units and Qatar's future role in rebuilding 'the Yemeni interior [ministry]'s services' are "
                  "plans and are not annotated (no trained). The headline's UAE and Saudi Arabia are mentioned only."),
     ]),

dict(id="psd-jordan-psd-maaytah-qatar-nayef-bin-faleh",
     title=NO_HEADLINE + "Jordan's PSD director Obaidullah Al-Maaytah receives Qatar's assistant undersecretary for security affairs Nayef bin Faleh Al Thani",
     source="Public Security Directorate (psd.gov.jo)", published=None,
     out_of_scope=[("وعلى هامش الزيارة، زا", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("jordan-psd", "الأمن العام", "مدير الأمن العام، اللواء"),
        ("maaytah", "عبيد الله المعايطة"),
        ("nayef-bin-faleh", "نايف بن فالح آل ثاني", None, 1),
        ("qatar-interior-ministry", "وزارة الداخلية القطرية"),
        ("maaytah", "المعايطة", "اللواء المعايطة"),
        ("jordan-psd", "مديرية الأمن العام"),
        ("nayef-bin-faleh", "نايف بن فالح آل ثاني", None, 2),
        ("jordan-psd", "جهاز الأمن العام الأردني"),
        ("nayef-bin-faleh", "آل ثاني", "وبيّن آل ثاني"),
     ],
     relations=[
        dict(type="met", src="maaytah", tgt="nayef-bin-faleh",
             quote="استقبل مدير الأمن العام، اللواء الدكتور عبيد الله المعايطة، اليوم الثلاثاء، في مبنى المديرية، الشيخ نايف بن فالح آل ثاني",
             place="Amman (the PSD's building)",
             note="'Today, Tuesday' in an undated page: no date. An assistant undersecretary gets no leads."),
        dict(type="leads", src="maaytah", tgt="jordan-psd",
             quote="مدير الأمن العام، اللواء الدكتور عبيد الله المعايطة",
             note="'مدير الأمن العام' gives a mention 'الأمن العام' of the PSD (title-gives-a-mention rule)."),
        dict(type="visited", src="nayef-bin-faleh", tgt="jordan-psd",
             quote="في مبنى المديرية، الشيخ نايف بن فالح آل ثاني",
             note="Received at the directorate's building, so he visited the PSD (as test7's Al-Ansari at the Malaysian ministry). "
                  "'المديرية' is anaphora, not a mention. His visit to Jordan is not stated."),
        dict(type="cooperated", src="jordan", tgt="qatar",
             quote="أوجه التعاون والتنسيق المشترك بين البلدين الشقيقين في المجالات الأمنية والشرطية",
             note="Talks on security and police cooperation 'between the two countries' (Jordan and Qatar, named only by adjectives "
                  "and 'بلاده', so no mentions): cooperated, as talks on cooperation in test3 and test7. Al Thani's stress on "
                  "strengthening cooperation between 'the two security bodies' is the same claim."),
        dict(type="praised", src="nayef-bin-faleh", tgt="jordan-psd",
             quote="أشاد الشيخ نايف بن فالح آل ثاني بالعلاقات الأخوية التي تربط البلدين الشقيقين، والمستوى الذي وصل إليه جهاز الأمن العام الأردني",
             note="Commendation of the level the PSD has reached as 'a developed model'. Praise of the fraternal relations between "
                  "the states is not security work and is not annotated separately."),
     ]),
]
