# Gold annotations for the test15 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

ALA_JOINT = ("قوة مشتركة من فوج طوارئ الشرطة الثاني عشر التابع لقيادة شرطة نينوى ومديرية استخبارات ومكافحة إرهاب نينوى")
ALA_ARREST = ("ألقت القبض من خلالها على 10 عناصر من عصابات داعش الإرهابية في مناطق وأحياء النهضة والقاهرة والزهراء "
              "في الجانب الأيسر لمدينة الموصل")
INA_VISIT = ("وزير الداخلية عبد الامير الشمري ووزير الداخلية الأردني مازِن الفرّاية زارا مدرسة التدريب الخاص "
             "بالشرطة الاتحادية في بغداد")
UNDATED = "The page is undated, so '{w}' gives no date."

DOCS = [
dict(id="alriyadh-egypt-interpol-receives-drug-fugitive-from-saudi-interpol",
     title=NO_HEADLINE + "Egypt's Interpol receives from Saudi Interpol an Egyptian fugitive sentenced to life in a drugs case",
     source="Al Riyadh (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("interpol-cairo", "الإنتربول المصرى"),
        ("interpol-riyadh", "نظيره السعودى"),
        ("interpol-cairo", "للانتربول المصرى", None, 1),
        ("interpol-riyadh", "الإنتربول السعودى"),
        ("interpol-cairo", "للانتربول المصرى", None, 2),
        ("egypt-judgments-execution", "إدارة تنفيذ الأحكام"),
     ],
     relations=[
        dict(type="extradited", src="interpol-riyadh", tgt="interpol-cairo",
             quote="تسلّم الإنتربول المصرى امس الأربعاء من نظيره السعودى متهما مصريا هاربا",
             note="Saudi Interpol ('نظيره السعودى', the counterpart of the Egyptian Interpol) hands an unnamed Egyptian fugitive "
                  "to Egypt's Interpol; the flight came from Riyadh and the hand-over is told by sources at the airport (Cairo "
                  "implied, not stated). The later 'وتسليمه للانتربول المصرى' repeats the same hand-over and is not annotated "
                  "again. " + UNDATED.format(w="امس الأربعاء")),
        dict(type="tipped-off", src="interpol-cairo", tgt="interpol-riyadh",
             quote="فتم إرسال ملفه إلى الإنتربول السعودى الذي تمكن من إلقاء القبض عليه",
             note="Information reached the Egyptian Interpol that the fugitive was in Saudi Arabia; it sent his file to Saudi "
                  "Interpol, which arrested him: information passed that led to an arrest. The arrest itself has no relation "
                  "(the fugitive is unnamed and tied to no group); his transfer to the Department for the Execution of "
                  "Judgments is internal and has no type."),
     ]),
dict(id="shafaq-iraq-intelligence-service-syria-drug-network",
     title=NO_HEADLINE + "Iraq's National Intelligence Service and the Syrian security authorities dismantle an international drug network inside Syria",
     source="Shafaq News (shafaq.com)", published=None,
     out_of_scope=[("شفق نيوز- بغداد", 1, "dateline")],
     mentions=[
        ("iraq-nis", "جهاز المخابرات الوطني", None, 1),
        ("iraq-nis", "جهاز المخابرات الوطني", None, 2),
        ("syrian-security-services", "السلطات الأمنية المختصة في سوريا"),
        ("iraq", "العراق"),
     ],
     relations=[
        dict(type="cooperated", src="iraq-nis", tgt="syrian-security-services",
             quote="تمكّن جهاز المخابرات الوطني بالتعاون مع السلطات الأمنية المختصة في سوريا من إلقاء القبض على شبكة مخدرات دولية",
             place="Syria",
             note="Joint operation: the INS, in cooperation with the competent Syrian security authorities, arrested a five-member "
                  "international Captagon network inside Syria. 'السلطات الأمنية' (security authorities, not bare 'authorities') "
                  "is read as the collective Syrian services, as the shipped 'السلطات الأمنية الأمريكية'. The arrest has no "
                  "relation (unnamed network, no named group); the 'precise intelligence' has no named source. "
                  + UNDATED.format(w="يوم الثلاثاء")),
     ]),
dict(id="mauritania13-mauritanian-police-trained-in-washington",
     title=NO_HEADLINE + "A training course for Mauritanian police officers in Washington ends, under Mauritania–US security cooperation",
     source="Mauritania13 (mauritania13.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("mauritanian-security-services", "الشرطيين الموريتانيين"),
        ("mauritania", "موريتانيا", "عادوا إلى موريتانيا"),
        ("mauritania", "موريتانيا", "بين موريتانيا"),
        ("usa", "الولايات المتحدة الأمريكية"),
     ],
     relations=[
        dict(type="trained", src="usa", tgt="mauritanian-security-services",
             quote="فتلقوا تكوينا في العاصمة الأمريكية واشنطن", place="Washington",
             note="The Mauritanian police officers ('الشرطيين الموريتانيين', the collective Mauritanian services, as dev2's "
                  "'ضباط شرطة مغاربة') were trained in Washington 'within the security cooperation between Mauritania and the "
                  "US'; the trainer is not named, so the US is taken as the source. 'العاصمة الأمريكية واشنطن' names the city "
                  "and is a place, not a mention. The page is undated."),
        dict(type="cooperated", src="mauritania", tgt="usa",
             quote="التعاون الأمني بين موريتانيا والولايات المتحدة الأمريكية",
             note="Security cooperation between the two states, stated as existing (the course is part of it)."),
     ]),
dict(id="alalam-iraq-nineveh-police-arrest-ten-isis-mosul",
     title=NO_HEADLINE + "A joint force of Nineveh police and the Nineveh intelligence and counter-terrorism directorate arrests ten ISIS members in Mosul",
     source="Al Alam (alalam.ir)", published=None,
     out_of_scope=[("العالم - العراق", 1, "outlet and section label")],
     mentions=[
        ("nineveh-12th-emergency-regiment", "فوج طوارئ الشرطة الثاني عشر"),
        ("nineveh-police-command", "قيادة شرطة نينوى"),
        ("nineveh-intel-ct-directorate", "مديرية استخبارات ومكافحة إرهاب نينوى"),
        ("iraq-fiia", "وكالة الاستخبارات والتحقيقات الاتحادية"),
        ("iraq-interior-ministry", "وزارة الداخلية"),
        ("isis", "داعش", None, 1),
        ("isis", "داعش", None, 2),
        ("iraqi-security-forces", "الأجهزة الأمنية"),
        ("isis", "داعش", None, 3),
     ],
     relations=[
        dict(type="cooperated", src="nineveh-12th-emergency-regiment", tgt="nineveh-intel-ct-directorate", quote=ALA_JOINT,
             place="Mosul",
             note="A joint force of the two units carried out the operation (joint operation). The page is undated."),
        dict(type="arrested", src="nineveh-12th-emergency-regiment", tgt="isis", quote=ALA_ARREST,
             place="Mosul (left bank: al-Nahda, al-Qahira and al-Zahraa)",
             note="The subject of 'ألقت' is the joint force named at the start of the sentence; ten members of ISIS ('عصابات "
                  "داعش') arrested. One arrested per unit of the joint force."),
        dict(type="arrested", src="nineveh-intel-ct-directorate", tgt="isis", quote=ALA_ARREST,
             place="Mosul (left bank: al-Nahda, al-Qahira and al-Zahraa)",
             note="The same arrest, credited to the second unit of the joint force."),
        dict(type="part-of", src="nineveh-12th-emergency-regiment", tgt="nineveh-police-command",
             quote="فوج طوارئ الشرطة الثاني عشر التابع لقيادة شرطة نينوى", note="Stated by 'التابع'."),
        dict(type="part-of", src="nineveh-intel-ct-directorate", tgt="iraq-fiia",
             quote="مديرية استخبارات ومكافحة إرهاب نينوى العاملة ضمن وكالة الاستخبارات والتحقيقات الاتحادية",
             note="Stated by 'العاملة ضمن' (working within)."),
        dict(type="part-of", src="iraq-fiia", tgt="iraq-interior-ministry",
             quote="وكالة الاستخبارات والتحقيقات الاتحادية لوزارة الداخلية",
             note="Stated by 'ل' (the agency of the interior ministry); 'وزارة الداخلية' is Iraq's (the ministry's media office "
                  "speaks)."),
        dict(type="arrested", src="iraqi-security-forces", tgt="isis",
             quote="وتنفذ الأجهزة الأمنية عمليات في مناطق متفرقة من محافظة نينوى تسفر عن إلقاء القبض على قادة وعناصر في تنظيم \"داعش\" الارهابي",
             place="Nineveh province",
             note="General statement: the (Iraqi) security services' operations in Nineveh lead to arrests of ISIS leaders and "
                  "members. Bare 'الأجهزة الأمنية' stands for the collective Iraqi services here."),
     ]),
dict(id="elbilad-fbi-to-train-algerian-dgsn-officers",
     title=NO_HEADLINE + "The FBI to train Algerian DGSN officers and financial-intelligence staff; the US counter-terrorism courses for Algeria",
     source="El Bilad (via Djazairess)", published=None,
     out_of_scope=[("وترعى الإدارة ", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("fbi", "مكتب التحقيقات الفيديرالي"),
        ("fbi", "أف بي أي"),
        ("algeria-dgsn", "المديرية العامة للأمن الوطني"),
        ("algeria-ctrf", "فريق الاستعلام المالي"),
        ("algeria-finance-ministry", "وزارة المالية"),
        ("algeria-gendarmerie", "الدرك", "الأمن والدرك"),
        ("algeria-gendarmerie", "الدرك", "عناصر الدرك"),
        ("us-embassy-algiers", "السفارة الأمريكية في الجزائر"),
        ("william-gordon", "ويليام غوردون"),
        ("algeria", "الجزائر", "الجزائروواشنطن"),
        ("usa", "واشنطن", "الجزائروواشنطن"),
        ("usa", "أمريكا", "في أمريكا"),
        ("algeria", "الجزائر", "تصرف الجزائر"),
        ("usa", "واشنطن", "رغبة واشنطن"),
        ("algeria", "الجزائر", "دعم الجزائر"),
     ],
     relations=[
        dict(type="trained", src="usa", tgt="algeria-gendarmerie",
             quote="سلسلة من الدورات شملت تدريب 322 عنصراً في الأمن والدرك",
             note="The new FBI course follows a series of (US) courses that trained 322 members of the police ('الأمن', not a "
                  "name), the gendarmerie, customs and other services; the gendarmerie's latest course was 'days ago'. The "
                  "trainer of the series is not named; the US embassy's counsellor calls them 'these courses' of the US "
                  "counter-terrorism programme, so the US is the source. The page is undated."),
        dict(type="cooperated", src="algeria", tgt="usa",
             quote="تؤكد التزام الجزائروواشنطن على تعزيز التعاون في مجال مكافحة الإرهاب والتنسيق الأمني",
             note="Gordon (US embassy counsellor): the courses confirm Algeria's and Washington's commitment to strengthen their "
                  "counter-terrorism cooperation and security coordination (existing cooperation). 'الجزائروواشنطن' is run "
                  "together in the text; Washington stands for the US."),
        dict(type="trained", src="usa", tgt="algeria",
             quote="وضع كبار خبراء برنامج مكافحة الإرهاب في أمريكا تحت تصرف الجزائر لتدريب الكوادر الأمنية",
             note="Gordon: the US puts its counter-terrorism programme's senior experts at Algeria's disposal to train its security "
                  "cadres (capacity building of the state). 'رغبة واشنطن في دعم الجزائر' (Washington's wish to support "
                  "Algeria) is the same support and is not annotated again."),
        dict(type="part-of", src="algeria-ctrf", tgt="algeria-finance-ministry",
             quote="فريق الاستعلام المالي التابع لوزارة المالية", note="Stated by 'التابع'."),
     ]),
dict(id="spa-somali-army-two-shabaab-officials-surrender-marka",
     title=NO_HEADLINE + "Two al-Shabaab finance officials surrender to the Somali army in Marka",
     source="Saudi Press Agency (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("somali-army", "الجيش الصومالي", None, 1),
        ("al-shabaab", "حركة الشباب", None, 1),
        ("al-qaeda", "تنظيم القاعدة"),
        ("somali-army", "الجيش الصومالي", None, 2),
        ("amisom", "القوات الأفريقية في الصومال"),
        ("amisom", "أميصوم"),
        ("al-shabaab", "حركة الشباب", None, 2),
     ],
     relations=[
        dict(type="cooperated", src="somali-army", tgt="amisom",
             quote="ويخوض الجيش الصومالي بدعم من القوات الأفريقية في الصومال \"أميصوم\" حربًا مع مسلحي حركة الشباب",
             note="The Somali army fights al-Shabaab with AMISOM's support: joint military operations, cooperated. The surrender "
                  "of the two al-Shabaab officials to the army has no type (it is not an arrest), and al-Shabaab's link to "
                  "al-Qaeda ('المرتبطة بتنظيم القاعدة') has none either. " + UNDATED.format(w="اليوم")),
     ]),
dict(id="almayadeen-lebanon-general-security-dismantles-jaysh-al-fath-cell",
     title="لبنان: الأجهزة الأمنية تفكك خلية ارهابية تابعة لجيش الفتح",
     source="Al Mayadeen (almayadeen.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("lebanon", "لبنان", "لبنان:"),
        ("lebanese-security-services", "الأجهزة الأمنية", None, 1),
        ("jaysh-al-fath", "جيش الفتح", None, 1),
        ("lebanese-security-services", "الأجهزة الأمنية اللبنانية"),
        ("lebanon-general-security", "الأمن العام"),
        ("jaysh-al-fath", "جيش الفتح", None, 2),
     ],
     relations=[
        dict(type="arrested", src="lebanon-general-security", tgt="jaysh-al-fath",
             quote="تمكن الأمن العام من تفكيك واعتقال أفراد خلية إرهابية فجرت عبوة ناسفة في زحلة شرق البلاد بتكليف من قيادي في ما يسمى جيش الفتح",
             note="General Security dismantled and arrested a cell that set off a bomb in Zahle on the orders of a Jaysh "
                  "al-Fatah commander; the cell is linked to that group (the headline: 'خلية ارهابية تابعة لجيش الفتح'). The "
                  "headline credits the same arrest to the Lebanese services collectively; it is annotated once, on the named "
                  "agency. The place of the arrest is not stated; the page is undated."),
     ]),
dict(id="ina-jordan-interior-minister-faraya-iraq-federal-police-school",
     title=NO_HEADLINE + "Jordan's interior minister Mazen Al-Faraya and Iraq's Abdul Amir al-Shammari visit the Federal Police special training school in Baghdad",
     source="Iraqi News Agency (INA)", published=None,
     out_of_scope=[("بغداد- واع", 1, "dateline"),
                   ("وأكد وزير الداخلية الأردني، أن \"التطور في العمل الأمني يفتح ", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("jordan", "المملكة الأردنية"),
        ("mazen-faraya", "مازِن الفرّاية", None, 1),
        ("iraq", "العراق", "في العراق يفتح"),
        ("iraq-interior-ministry", "وزارة الداخلية العراقية"),
        ("shammari", "عبد الامير الشمري"),
        ("mazen-faraya", "مازِن الفرّاية", None, 2),
        ("iraq-federal-police-training-school", "مدرسة التدريب الخاص بالشرطة الاتحادية"),
        ("iraq-federal-police", "قوات الشرطة الاتحادية", None, 1),
        ("iraq-interior-ministry", "وزارة الداخلية", "التدريب في وزارة الداخلية"),
        ("iraq-federal-police", "الشرطة الاتحادية", "ومدير التدريب بالشرطة الاتحادية"),
        ("mazen-faraya", "مازِن الفرّاية", None, 3),
        ("iraq-federal-police", "قوات الشرطة الاتحادية", None, 2),
     ],
     relations=[
        dict(type="praised", src="mazen-faraya", tgt="iraq",
             quote="أن التطور الكبير بالعمل الأمني في العراق يفتح الباب للتعاون بين البلدين",
             note="Faraya commends the great development of security work in Iraq. The cooperation it 'opens the door to' is a "
                  "prospect and is not annotated. " + UNDATED.format(w="اليوم الاثنين")),
        dict(type="visited", src="mazen-faraya", tgt="iraq-federal-police-training-school", quote=INA_VISIT, place="Baghdad",
             note="The two ministers visited the Federal Police's special training school (an agency's seat). His visit to "
                  "Iraq itself is not stated ('في بغداد' is where the school is)."),
        dict(type="visited", src="shammari", tgt="iraq-federal-police-training-school", quote=INA_VISIT, place="Baghdad",
             note="Parallel claim: 'زارا' (the two of them visited); Iraq's minister visits a school of his own ministry's "
                  "Federal Police."),
        dict(type="met", src="mazen-faraya", tgt="shammari", quote=INA_VISIT, place="Baghdad",
             note="The two ministers toured the school together with their delegations ('مع الوفد المرافق لهما')."),
        dict(type="met", src="mazen-faraya", tgt="iraq-federal-police",
             quote="وكان في استقبالهم قائد قوات الشرطة الاتحادية", place="Baghdad",
             note="The Federal Police commander (unnamed) received the visitors; the meeting is recorded on the body he "
                  "heads, as test7's unnamed ROP head. Only the foreign visitor gets it (al-Shammari is the commander's own "
                  "minister)."),
        dict(type="praised", src="mazen-faraya", tgt="iraq-federal-police",
             quote="أبدى عجابه بالتطور الكبير في قدرات قوات الشرطة الاتحادية والجهود التي تبذل من قبلها",
             note="'عجابه' is the text's misspelling of إعجابه (admiration)."),
        dict(type="leads", src="shammari", tgt="iraq-interior-ministry", quote="وزير الداخلية عبد الامير الشمري",
             note="His title names the ministry, which the same sentence names as Iraq's ('بيان لوزارة الداخلية العراقية'), as "
                  "test7's Hishammuddin. Faraya gets no leads: the Jordanian ministry is named only in his title."),
        dict(type="part-of", src="iraq-federal-police-training-school", tgt="iraq-federal-police",
             quote="مدرسة التدريب الخاص بالشرطة الاتحادية",
             note="The name states it ('the special training school of the Federal Police'); one mention of the school by the "
                  "longest-name rule."),
     ]),
dict(id="eldjadida-spain-hands-drug-trafficker-to-algeria-dgsn",
     title=NO_HEADLINE + "Algerian DGSN officers collect in Madrid a foreign drug trafficker arrested by the Spanish police on an Interpol request",
     source="El Djadida (via Djazairess)", published=None,
     out_of_scope=[("و قد قام", 2, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("algeria", "الجزائر", "انطلاقا من الجزائر ."),
        ("spanish-security-services", "مصالح الأمن الاسبانية"),
        ("interpol", "الانتربول", None, 1),
        ("algeria-dgsn", "المديرية العامة للأمن لوطني"),
        ("algeria-dgsn", "المديرية العامة للأمن الوطني", None, 1),
        ("interpol", "الانتربول", None, 2),
        ("france", "فرنسا"),
        ("spain", "اسبانيا"),
        ("algeria-dgsn", "المديرية العامة للأمن الوطني", None, 2),
     ],
     relations=[
        dict(type="extradited", src="spain", tgt="algeria",
             quote="حيث تم تسلميه مباشرة للسلطات الجزائرية شهر فيفري الماضي", place="Madrid",
             note="The foreign national arrested by the Spanish security services in 2011 was handed to 'the Algerian "
                  "authorities' (the state); the DGSN's officers travelled to Madrid to collect him. The surrendering side is "
                  "not named in the passive clause: it is taken as Spain (a state's extradition). 'Last February' in an "
                  "undated page gives no date. The arrest (2011, 'applying Interpol's request') has no relation: the man is "
                  "unnamed and red notices have no type (dev4, dev12)."),
        dict(type="cooperated", src="algeria-dgsn", tgt="interpol",
             quote="جاء في إطار التعاون بين المديرية العامة للأمن الوطني و جهاز الانتربول",
             note="The DGSN's statement: the units' trip to Madrid was part of the cooperation between the DGSN (Algeria's; the "
                  "text is about the Algerian judiciary and police) and Interpol."),
     ]),
dict(id="ajelnow-saudi-security-services-support-us-florida-shooting",
     title=NO_HEADLINE + "Saudi foreign ministry: the Kingdom's security services will fully support the US services after a Saudi student's shooting in Florida",
     source="Ajel Now (ajel-now.net)", published=None,
     out_of_scope=[("ودك يوصلك كل جديد :\n• تابعنا على التيلجرام اضغط هنا\n• تابعنا على تويتر اضغط هنا", 1, "follow-us widget")],
     mentions=[
        ("saudi-security-services", "الأجهزة الأمنية في المملكة"),
        ("us-security-agencies", "للأجهزة الأمنية في الولايات المتحدة"),
     ],
     relations=[
        dict(type="cooperated", src="saudi-security-services", tgt="us-security-agencies",
             quote="وذلك في إطار التعاون بين الأجهزة الأمنية في البلدين",
             note="'The security services of the two countries' are those named in the same sentence (the Kingdom's and the "
                  "US's): existing cooperation. The pledge of full support ('ستقدم الدعم الكامل') is a promise and is not "
                  "annotated. The foreign ministry speaks but takes part in no relation and is not an actor (as Goud's "
                  "'الخارجية' in dev3). The shooting (Pensacola, Dec. 2019) is not dated by the text."),
     ]),
]
