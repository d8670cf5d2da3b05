# Gold annotations for the test39 corpus (held out; same conventions as docs_spec.py and the earlier sets' specs).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

BRQ_MEET = ("التقى الفريق سمو الشيخ سيف بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير الداخلية، اليوم الثلاثاء الموافق 15 أبريل 2025، "
            "مع معالي إيغور كراسنوف")
BRQ_DATE = "2025-04-15"
BRQ_ATTEND = "حضر اللقاء من الجانب الإماراتي اللواء الركن خليفة حارب الخييلي"
BRQ_ATTEND_NOTE = ("{p} attended the meeting ('حضر اللقاء', on the Emirati side): a met with the visitor, as attendance in dev7, "
                   "dev10, dev12, test3 and test7. 15 April 2025 is the meeting's date, stated in the first sentence.")
BRQ_TOUR = ("واصطحب سمو الشيخ سيف بن زايد الوفد الروسي في جولة ميدانية شملت غرفة عمليات متابعة أنظمة المتعاملين "
            "التابعة للإدارة العامة للسعادة بوزارة الداخلية")
KSA_MEET = ("استقبل وزير الداخلية الفريق الركن الشيخ راشد بن عبدالله آل خليفة، أمس السبت (14 يناير/ كانون الثاني 2017)، "
            "وزير الدولة للشئون الخارجية في جمهورية الهند الصديقة إم جي أكبر")
OKZ_TRAIN = "أفراداً من الشرطة القطرية يتلقون حالياً تدريبات لمكافحة الشغب على يد عسكريين أتراك"
OKZ_SCHOOL = ("وانطلقت الدورة بتدريبات مخصصة لمجموعة مكونة من 15 جندياً قطرياً في مدرسة فوتشا لقوات الكوماندوز "
              "ومركز قيادة التدريب في أزمير")
OKZ_NODATE = ("Undated page ('حالياً'): the training is part of the preparations for the 2022 World Cup, so it was before "
              "November 2022, but the year is not given.")
TRK_ARREST = ("تعتزم وزارة الداخلية الكويتية ترحيل ثلاثة من أفراد الجالية التركية في الكويت، ألقت القبض عليهم بناء على طلب "
              "السلطات التركية")
GOB_MEET = ("أن الجانب القطري ترأسه في الاجتماع مدير عام الأمن العام اللواء محمد السليطي، فيما ترأس الجانب الإيراني "
            "مساعد وزير الداخلية للشؤون الأمنية والشرطة علي أكبر بورجمشيديان")
GOB_NODATE = ("'Yesterday, Wednesday' in an undated page: no date (Araghchi, named as foreign minister in the same report, has held "
              "that post since August 2024).")
WAM_TALKS = "بحثت القيادة العامة لشرطة الشارقة بمقرها مع وفد من جمهورية كازاخستان"
WAM_MEET = ("لقاء جمع سعادة اللواء عبدالله مبارك بن عامر القائد العام لشرطة الشارقة وسعادة ألماز تاسبولات القنصل العام لكازاخستان "
            "وسعادة اللواء أيان دويسيمباييف")
WAM_NODATE = "'14 September' with no year (WAM's dateline): no date."
EMY_THANKS = "وأعربت السلطات الصينية عن تقديرها للتعاون من الجانب الإماراتي"
YUM_NODATE = ("'Yesterday' in an undated page: no date (Mousavi Lari was Iran's interior minister 1997–2005, and Mohammad "
              "Al-Khalid held Kuwait's interior ministry in those years before his second term of 2013–2017).")
E71_REQUEST = "أعلنت الهند أن كلاً من الإمارات والسعودية تحتجزان اثنين من مواطنيها بناء على طلبها"
E71_NODATE = ("The Indian Express report is dated only 'Saturday (10/10)', which fits 2015 and 2020 among the years after the "
              "2011–2012 meetings the text mentions: no date.")

DOCS = [
dict(id="uaebarq-2025-uae-saif-bin-zayed-russian-prosecutor-general-krasnov",
     title=NO_HEADLINE + "The UAE's interior minister Saif bin Zayed receives Russia's prosecutor general Igor Krasnov and his delegation",
     source="UAE Barq (uaebarq.ae)", published=None,
     out_of_scope=[("مدير عام شرطة أ", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("saif-bin-zayed", "سيف بن زايد آل نهيان"),
        ("krasnov", "إيغور كراسنوف"),
        ("russia", "روسيا الاتحادية", None, 1),
        ("saif-bin-zayed", "سيف بن زايد", "سمو الشيخ سيف بن زايد الوفد"),
        ("uae-moi-happiness-directorate", "للإدارة العامة للسعادة"),
        ("uae-interior-ministry", "وزارة الداخلية", "للسعادة بوزارة الداخلية"),
        ("khaili", "خليفة حارب الخييلي"),
        ("uae-interior-ministry", "وزارة الداخلية", "وكيل وزارة الداخلية"),
        ("mohammed-al-jaber", "محمد أحمد الجابر"),
        ("russia", "روسيا الاتحادية", None, 2),
        ("mohammed-bin-tahnoun", "محمد بن طحنون آل نهيان"),
     ],
     relations=[
        dict(type="met", src="saif-bin-zayed", tgt="krasnov", quote=BRQ_MEET, date=BRQ_DATE,
             note="The date is stated ('today, Tuesday, 15 April 2025'). The place is not named (the visit is to the UAE)."),
        dict(type="visited", src="krasnov", tgt="uae",
             quote="وذلك في إطار زيارة رسمية تهدف إلى تعزيز العلاقات الثنائية في المجالات الشرطية والأمنية", date=BRQ_DATE,
             note="Krasnov and his delegation are on an official visit; its destination is the UAE, the host (named only by the adjective 'الإماراتي' and by 'الدولة', so the UAE has this relation and no mention)."),
        dict(type="cooperated", src="uae", tgt="russia",
             quote="وبحث سموه مع الوفد الروسي سبل تطوير التعاون المشترك في مجالات العمل الأمني والشرطي", date=BRQ_DATE,
             note="Talks on developing the joint cooperation in security and police work, for security 'in both countries': talks on cooperation are cooperated, as in test3 and test7, recorded between the two states (the Russian prosecutor general's office is not named)."),
        dict(type="leads", src="saif-bin-zayed", tgt="uae-interior-ministry",
             quote="سيف بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير الداخلية",
             note="Minister of the interior; the ministry is named separately later in the text ('بوزارة الداخلية', 'وكيل وزارة الداخلية'), so leads is given, as in dev12."),
        dict(type="visited", src="krasnov", tgt="uae-moi-happiness-directorate", quote=BRQ_TOUR, date=BRQ_DATE,
             note="The Russian delegation (Krasnov's) toured the operations room of the ministry's General Directorate of Happiness: a visit to a body's facility, as the US officials' visit to DGST headquarters."),
        dict(type="part-of", src="uae-moi-happiness-directorate", tgt="uae-interior-ministry",
             quote="للإدارة العامة للسعادة بوزارة الداخلية",
             note="The directorate is 'in the interior ministry' ('ب…', as the shipped DCPJ's). The bare 'وزارة الداخلية' is the UAE's: its minister is the host."),
        dict(type="met", src="khaili", tgt="krasnov", quote=BRQ_ATTEND, date=BRQ_DATE,
             note=BRQ_ATTEND_NOTE.format(p="Al Khaili, the ministry's undersecretary (no leads),")),
        dict(type="met", src="mohammed-al-jaber", tgt="krasnov",
             quote="حضر اللقاء من الجانب الإماراتي اللواء الركن خليفة حارب الخييلي، وكيل وزارة الداخلية، سعادة الدكتور محمد أحمد الجابر",
             date=BRQ_DATE, note=BRQ_ATTEND_NOTE.format(p="Al Jaber, the UAE's ambassador to Russia (no leads),")),
        dict(type="met", src="mohammed-bin-tahnoun", tgt="krasnov",
             quote=("حضر اللقاء من الجانب الإماراتي اللواء الركن خليفة حارب الخييلي، وكيل وزارة الداخلية، سعادة الدكتور محمد أحمد الجابر، "
                    "سفير الدولة لدى روسيا الاتحادية، اللواء الشيخ محمد بن طحنون آل نهيان"),
             date=BRQ_DATE, note=BRQ_ATTEND_NOTE.format(p="Mohammed bin Tahnoun") + " His title ('مدير عام شرطة أ…', Abu Dhabi Police) is cut by the store's limit and out of scope, so he gets no leads."),
     ]),

dict(id="alain-dubai-police-chinese-deputy-public-security-minister-deng",
     title="وفد صيني يبحث تعزيز التعاون الأمني مع شرطة دبي",
     source="Al Ain News (al-ain.com)", published=None,
     out_of_scope=[("في جولةٍ إ", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("dubai-police", "شرطة دبي", "التعاون الأمني مع شرطة دبي"),
        ("dubai-police", "شرطة دبي", "القائد العام لشرطة دبي يؤكد"),
        ("uae", "الإمارات", "وحرص قيادة الإمارات على تطوير العلاقات الثنائية للوصول بها إلى شراكات استراتيجية.\n"),
        ("deng-weiping", "دنج ويبينج"),
        ("dubai-police", "شرطة دبي", "زيارة إلى شرطة دبي"),
        ("marri", "عبدالله خليفة المري"),
        ("dubai-police", "شرطة دبي", "القائد العام لشرطة دبي عمق"),
        ("uae", "الإمارات", "قيادة الإمارات على تطوير العلاقات الثنائية للوصول بها إلى شراكات استراتيجية في"),
        ("marri", "المري", "وأشار المري"),
        ("dubai-police", "القيادة العامة لشرطة دبي"),
        ("uae-interior-ministry", "وزارة الداخلية الإماراتية"),
        ("dubai-police", "شرطة دبي", "مشاركات شرطة دبي"),
        ("marri", "المري", "واصطحب المري"),
     ],
     relations=[
        dict(type="visited", src="deng-weiping", tgt="dubai-police",
             quote="بحث نائب وزير الأمن العام الصيني دنج ويبينج، والوفد المرافق له، خلال زيارة إلى شرطة دبي",
             note="A visit to Dubai Police (its general command). Undated page. 'نائب وزير الأمن العام الصيني' is a title: no mention of China's Ministry of Public Security, as in dev14."),
        dict(type="cooperated", src="dubai-police", tgt="china-mps",
             quote="سبل تعزيز التعاون الثنائي وتبادل المعلومات والخبرات في مختلف المجالات الأمنية بين الجانبين",
             note="Talks on enhancing the bilateral cooperation and information exchange 'between the two sides': Dubai Police and the Chinese side, led by a deputy minister of public security, so recorded on the Ministry of Public Security (named only in his title, so it has no mention). Al-Marri's remark that the visit reflects 'the fruitful cooperation and coordination between the two sides' restates it and is not annotated again."),
        dict(type="met", src="marri", tgt="deng-weiping",
             quote="واصطحب المري نائب وزير الأمن العام الصيني والوفد المرافق له",
             note="Al-Marri received the delegation ('خلال اللقاء') and accompanied the deputy minister (Deng, named in the first paragraph) on a tour; the tour's destination is cut and out of scope."),
        dict(type="leads", src="marri", tgt="dubai-police",
             quote="اللواء عبدالله خليفة المري القائد العام لشرطة دبي",
             note="Commander-in-chief of Dubai Police; the sub-headline's 'القائد العام لشرطة دبي' is the same title."),
        dict(type="praised", src="marri", tgt="uae-interior-ministry",
             quote="مثمناً الجهود الجبارة التي تبذلها وزارة الداخلية الإماراتية",
             note="Al-Marri commends the 'tremendous efforts' of the UAE interior ministry: a public commendation of a body's security work (his own country's ministry)."),
     ]),

dict(id="ksa2day-2017-bahrain-interior-minister-receives-indian-minister-akbar",
     title=NO_HEADLINE + "Bahrain's interior minister Rashid bin Abdullah receives India's Minister of State for External Affairs M. J. Akbar",
     source="KSA2day (ksa.ksa2day.com)", published=None,
     out_of_scope=[("معرباً عن خ", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("rashid-bin-abdullah", "راشد بن عبدالله آل خليفة"),
        ("india", "جمهورية الهند", None, 1),
        ("mj-akbar", "إم جي أكبر"),
        ("bahrain-public-security", "الأمن العام", "ورئيس الأمن العام"),
        ("bahrain-interior-ministry", "وزارة الداخلية", "ووكيل وزارة الداخلية"),
        ("bahrain", "مملكة البحرين"),
        ("india", "جمهورية الهند", None, 2),
        ("bahrain-public-security", "شرطة البحرين"),
     ],
     relations=[
        dict(type="met", src="rashid-bin-abdullah", tgt="mj-akbar", quote=KSA_MEET, date="2017-01-14",
             note="The date is stated ('yesterday, Saturday (14 January 2017)'). The place is not named (Bahrain is implied; no visit is stated)."),
        dict(type="met", src="bahrain-public-security", tgt="mj-akbar",
             quote="إم جي أكبر، وذلك بحضور نائب وزير الداخلية ورئيس الأمن العام", date="2017-01-14",
             note="The (unnamed) Chief of Public Security attended the reception ('بحضور'): recorded as a met between his body and the visitor, as dev12's attending DGST staff. 'رئيس الأمن العام' gives the mention 'الأمن العام' (title rule, as test7's Al Watan). The deputy minister, the undersecretary, the governor of the capital and the Indian ambassador who also attended are unnamed."),
        dict(type="leads", src="rashid-bin-abdullah", tgt="bahrain-interior-ministry",
             quote="استقبل وزير الداخلية الفريق الركن الشيخ راشد بن عبدالله آل خليفة",
             note="Minister of the interior; the ministry is named separately in the same sentence ('ووكيل وزارة الداخلية'), so leads is given, as in dev12."),
        dict(type="cooperated", src="bahrain", tgt="india",
             quote="منوهاً في هذا الشأن إلى تبادل الزيارات والخبرات والعمل بروح الفريق الواحد لتطوير التعاون الأمني",
             date="2017-01-14",
             note="The minister points to the exchange of visits and expertise and the team work that develop the security cooperation of the two countries ('البلدين الصديقين' in the previous sentence: Bahrain and India). The previous sentence's 'close partnership between the two friendly countries in various fields' is the same bilateral relation and is not annotated again. The two ministers' praise of the 'distinguished' and 'historical' relations, and Al-Rashid's praise of the Indian community's part in founding Bahrain's police, are not commendations of security work and are not annotated."),
     ]),

dict(id="okaz-qatar-police-turkish-riot-control-training-izmir",
     title=NO_HEADLINE + "Qatari police trained in riot control by the Turkish military at Lekhwiya's request, ahead of the 2022 World Cup",
     source="Okaz (okaz.com.sa), citing TRT and Al Arabiya.net", published=None,
     out_of_scope=[("-A +A", 1, "font-size widget"),
                   ("«عكاظ» (جدة) okaz_policy@", 1, "byline and dateline")],
     mentions=[
        ("qatari-security-services", "الشرطة القطرية"),
        ("lekhwiya", "قيادة قوات الأمن الداخلي"),
        ("turkey-foca-commando-school", "مدرسة فوتشا لقوات الكوماندوز"),
        ("tika", "تيكا"),
        ("tika", "وكالة التعاون والتنسيق التركية"),
     ],
     relations=[
        dict(type="trained", src="turkey-armed-forces", tgt="qatari-security-services", quote=OKZ_TRAIN, place="Foça and Izmir, Turkey",
             note="Members of 'the Qatari police' (read as the collective Qatari services, as dev13's 'رجال الشرطة الإيطالية') are trained by 'Turkish military personnel' (read as the Turkish Armed Forces; a phrase, not a name, so no mention, as dev12's Burkinabe trainees). Reported by TRT. " + OKZ_NODATE),
        dict(type="trained", src="turkey-foca-commando-school", tgt="qatari-security-services", quote=OKZ_SCHOOL, place="Foça and Izmir, Turkey",
             note="The course for 15 Qatari personnel was held at the Foça commando school (and the training command centre in Izmir, not taken as an actor), under its expert trainers: trained at a second level, as the Royal Police Institute in dev12. The school's place in the Turkish forces is not stated. " + OKZ_NODATE),
        dict(type="cooperated", src="lekhwiya", tgt="turkey-armed-forces",
             quote="وبناء على طلب من قيادة قوات الأمن الداخلي القطرية",
             note="The training was given at the request of the command of Qatar's Internal Security Force (Lekhwiya; the adjective 'القطرية' is left out of the mention): cooperation between the requesting force and the Turkish military that trains. " + OKZ_NODATE),
        dict(type="cooperated", src="tika", tgt="turkey-armed-forces",
             quote="بالتنسيق مع «تيكا» (وكالة التعاون والتنسيق التركية)",
             note="The course was run 'in coordination with' TİKA, Turkey's development agency: read as coordination between TİKA and the Turkish military that run it. " + OKZ_NODATE),
     ]),

dict(id="turkeyalaan-2017-kuwait-to-deport-three-gulen-members-at-turkey-request",
     title="بناء على طلب تركيا.. الكويت بصدد ترحيل 3 أتراك ينتسبون لجماعة غولن الارهابية",
     source="Turkey Alaan (turkeyalaan.net)", published="2017-02-26",
     out_of_scope=[("العالم\n", 1, "section label"),
                   ("المصدر :تركيا ال", 1, "source line, cut by the store's 2,000-byte limit")],
     mentions=[
        ("turkey", "تركيا", "طلب تركيا.."),
        ("kuwait", "الكويت", "الكويت بصدد"),
        ("gulen-movement", "جماعة غولن", None, 1),
        ("kuwait-interior-ministry", "وزارة الداخلية الكويتية"),
        ("kuwait", "الكويت", "التركية في الكويت،"),
        ("turkey", "تركيا", "أن تركيا طلبت"),
        ("gulen-movement", "حركة فتح الله غولن"),
        ("gulen-movement", "جماعة غولن", None, 2),
        ("turkey", "تركيا", "تصنف في تركيا"),
        ("turkey", "تركيا", "محاكمتهم في تركيا"),
        ("gulen", "فتح الله غولن", "زعيمها فتح الله غولن"),
        ("usa", "الولايات المتحدة الامريكية"),
        ("turkey", "تركيا", "تسليمه الى تركيا"),
     ],
     relations=[
        dict(type="arrested", src="kuwait", tgt="gulen-movement", quote=TRK_ARREST, place="Kuwait",
             note="The arresting body is Kuwait's interior ministry, an organisation, which arrested does not take as source: recorded on the state, as ministries' hand-overs are (dev12). Three unnamed Turkish residents, said to belong to the Gülen movement (headline; MP Rakan Al-Nusf: 'for their membership of Fethullah Gülen's movement'), were arrested; linked to the group as unnamed suspects are. The arrest is not dated (URL date 26 Feb. 2017). The deportation is only intended ('تعتزم', 'بصدد') and is not extradited."),
        dict(type="cooperated", src="kuwait-interior-ministry", tgt="turkey",
             quote="ألقت القبض عليهم بناء على طلب السلطات التركية",
             note="The arrest was made at the request of 'the Turkish authorities' (the state; an adjective, so no mention): cooperation in action. Turkey's request to have them handed over, and the US refusal to hand over Gülen, have no type. MP Rakan Al-Nusf and lawyer Bassam Al-Asousi, who report and oppose the measure, hold no security post and take part in no relation, so they are not actors."),
        dict(type="leads", src="gulen", tgt="gulen-movement", quote="زعيمها فتح الله غولن",
             note="'Its leader' (the Gülen group, subject of the sentence)."),
     ]),

dict(id="gulfobserver-qatar-iran-joint-security-committee-tehran",
     title=NO_HEADLINE + "The Qatari–Iranian joint security committee holds its second meeting in Tehran",
     source="Gulf Observer (gulfobserver.org), citing QNA", published=None,
     out_of_scope=[("متابعات\n", 1, "section label")],
     mentions=[
        ("qatar-public-security", "الأمن العام", "مدير عام الأمن العام"),
        ("mohammed-al-sulaiti", "محمد السليطي"),
        ("pourjamshidian", "علي أكبر بورجمشيديان"),
        ("iran", "طهران", "إلى طهران"),
        ("qatar", "قطر", "وترتبط قطر"),
        ("iran", "إيران", "قطر وإيران"),
     ],
     relations=[
        dict(type="cooperated", src="qatar", tgt="iran",
             quote="بحث أوجه التعاون الأمني بين الدولتين الصديقتين في مختلف المجالات الأمنية", place="Tehran",
             note="The joint security committee's second meeting signed minutes 'to strengthen the cooperation and joint coordination' and discussed the security cooperation 'between the two friendly states' (Qatar and Iran, from the committee's name). The closing 'relations of cooperation' and 'continued cooperation between the two countries on regional and international issues' restate the bilateral relation and are not annotated again. " + GOB_NODATE),
        dict(type="met", src="mohammed-al-sulaiti", tgt="pourjamshidian", quote=GOB_MEET, place="Tehran",
             note="The heads of the two sides at the committee's meeting. The meeting is in Tehran ('في العاصمة طهران', a place, not a mention), but no visit of Al-Sulaiti is stated, so no visited (as test7's İnce in Doha). 'مساعد وزير الداخلية' is a title: no mention of Iran's interior ministry. " + GOB_NODATE),
        dict(type="leads", src="mohammed-al-sulaiti", tgt="qatar-public-security",
             quote="مدير عام الأمن العام اللواء محمد السليطي",
             note="'مدير عام الأمن العام' gives the mention 'الأمن العام' of Qatar's Public Security (title rule). Pourjamshidian is a deputy minister: no leads."),
     ]),

dict(id="wam-sharjah-police-kazakhstan-delegation",
     title=NO_HEADLINE + "Sharjah Police discuss cooperation with a delegation from Kazakhstan",
     source="WAM (wam.ae)", published=None,
     out_of_scope=[("الشارقة في 14 سبتمبر/وام/ ", 1, "dateline")],
     mentions=[
        ("sharjah-police", "القيادة العامة لشرطة الشارقة"),
        ("kazakhstan", "جمهورية كازاخستان"),
        ("bin-amer", "عبدالله مبارك بن عامر"),
        ("sharjah-police", "شرطة الشارقة", "القائد العام لشرطة الشارقة وسعادة"),
        ("taspolat", "ألماز تاسبولات"),
        ("kazakhstan", "كازاخستان", "القنصل العام لكازاخستان"),
        ("duisembayev", "أيان دويسيمباييف"),
        ("kazakhstan-interior-ministry", "وزارة الداخلية بكازاخستان"),
        ("kazakhstan", "كازاخستان", "وفد كازاخستان"),
     ],
     relations=[
        dict(type="cooperated", src="sharjah-police", tgt="kazakhstan",
             quote=WAM_TALKS + " آفاق التعاون المشترك وتبادل الخبرات",
             note="Talks on joint cooperation and the exchange of expertise with 'a delegation from the Republic of Kazakhstan' (the consul general and the interior ministry's representative): talks on cooperation are cooperated, recorded with the state the text names as the delegation's. " + WAM_NODATE),
        dict(type="met", src="bin-amer", tgt="taspolat", quote=WAM_MEET, note="A meeting at Sharjah Police headquarters. " + WAM_NODATE),
        dict(type="met", src="bin-amer", tgt="duisembayev", quote=WAM_MEET, note="A meeting at Sharjah Police headquarters. " + WAM_NODATE),
        dict(type="leads", src="bin-amer", tgt="sharjah-police",
             quote="عبدالله مبارك بن عامر القائد العام لشرطة الشارقة",
             note="The consul general and the interior ministry's representative ('مُمَثَّل') get no leads."),
        dict(type="visited", src="taspolat", tgt="sharjah-police", quote=WAM_TALKS,
             note="The talks were held at Sharjah Police headquarters ('بمقرها'), followed by a tour of its operations centre: a visit to the body's seat, for each named member of the delegation (as dev14's Diallo and the ambassador who accompanied him). " + WAM_NODATE),
        dict(type="visited", src="duisembayev", tgt="sharjah-police", quote=WAM_TALKS,
             note="As for the consul general: the talks were at Sharjah Police headquarters. " + WAM_NODATE),
     ]),

dict(id="emaratalyoum-2025-uae-hands-gambling-gang-leader-to-china",
     title=NO_HEADLINE + "The UAE hands China a wanted leader of a gambling-fraud network arrested by Dubai Police",
     source="Emarat Al Youm (emaratalyoum.com)", published="2025-08-14",
     out_of_scope=[],
     mentions=[
        ("uae-interior-ministry", "وزارة الداخلية"),
        ("china", "جمهورية الصين الشعبية"),
        ("dubai-police", "القيادة العامة لشرطة دبي"),
        ("interpol", "منظمة الشرطة الجنائية الدولية"),
        ("interpol", "الإنتربول"),
     ],
     relations=[
        dict(type="extradited", src="uae", tgt="china",
             quote="سلمت وزارة الداخلية متهماً مطلوباً للسلطات في جمهورية الصين الشعبية",
             note="The UAE interior ministry (an organisation, which extradited does not take as source) handed an unnamed suspect to 'the authorities in the People's Republic of China': recorded on the states, as dev12's UAE→Belgium hand-over. The bare 'وزارة الداخلية' is the UAE's (a UAE outlet; Dubai Police made the arrest). The UAE itself is named only by the adjective 'الإماراتي'. The arrest by Dubai Police is of an unnamed man tied to no named group (no arrested); the Interpol red notice has no type. Not dated (URL date 14 Aug. 2025)."),
        dict(type="praised", src="china", tgt="uae", quote=EMY_THANKS,
             note="'The Chinese authorities' (the state) express appreciation of the Emirati side's cooperation. Their wish to strengthen cooperation is a wish."),
        dict(type="cooperated", src="china", tgt="uae", quote=EMY_THANKS,
             note="The Chinese thanks state that the Emirati side cooperated with them in this case."),
     ]),

dict(id="alyaum-kuwait-iran-security-agreement-tehran",
     title=NO_HEADLINE + "Kuwait and Iran sign a security agreement during Kuwaiti interior minister Mohammad Al-Khalid's visit to Tehran",
     source="Al Yaum (via Sauress), citing KUNA", published=None,
     out_of_scope=[],
     mentions=[
        ("kuwait", "الكويت", "الكويتوايران"),
        ("iran", "ايران", "الكويتوايران"),
        ("mohammad-al-khalid", "محمد الخالد الصباح"),
        ("iran", "طهران", "يزور طهران"),
        ("mousavi-lari", "موسوى لارى"),
        ("mohammad-al-khalid", "محمد", "قال الشيخ محمد ان"),
        ("iran", "ايران", "بلاده وايران"),
        ("usa", "الولاياتالمتحدة"),
        ("mohammad-al-khalid", "الخالد", "قال الشيخ الخالد"),
        ("kuwait", "الكويت", "الايرانيين فى الكويت"),
     ],
     relations=[
        dict(type="cooperated", src="kuwait", tgt="iran",
             quote="وقعت الكويتوايران امس على اتفاقية امنية تنظم التعاون بين البلدين",
             place="Tehran",
             note="A security agreement on cooperation against drugs, terrorism, infiltration and organised crime. 'الكويتوايران' is run together in the stored copy: two mentions, Kuwait and Iran (the 'و' left out). " + YUM_NODATE),
        dict(type="visited", src="mohammad-al-khalid", tgt="iran",
             quote="الشيخ محمد الخالد الصباح نائب رئيس مجلس الوزراء ووزير الداخلية الكويتى الذى يزور طهران حاليا",
             note="'طهران' as the destination of his visit stands for Iran. 'وزير الداخلية الكويتى' is a title: no mention of the ministry and no leads. " + YUM_NODATE),
        dict(type="met", src="mohammad-al-khalid", tgt="mousavi-lari",
             quote="عقب الجولة الرسمية الثانية من المباحثات مع نظيره الايرانى موسوى لارى",
             place="Tehran",
             note="The second official round of talks with his Iranian counterpart (terrorism was discussed). The continental-shelf talks and his thanks for Iran's 'political will' on them are not security content; his remark on the US military presence states no relation. " + YUM_NODATE),
     ]),

dict(id="emirates71-india-says-uae-holds-zainul-abideen-at-its-request",
     title=NO_HEADLINE + "India says the UAE and Saudi Arabia hold two of its nationals, Zainul Abideen and Abu Sufiyan, at its request",
     source="Emirates71 (emirates71.net), citing the Indian Express via Al Hayat", published=None,
     out_of_scope=[("قبل نح", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("india", "الهند", "أعلنت الهند"),
        ("uae", "الإمارات", "كلاً من الإمارات"),
        ("saudi-arabia", "السعودية", "الإمارات والسعودية"),
        ("asadullah-khan", "أسد الله خان"),
        ("asadullah-khan", "أبي سفيان", "المكنى بأبي سفيان"),
        ("saudi-arabia", "السعودية", "محتجز في السعودية"),
        ("zahid-sheikh", "زاهد شيخ"),
        ("zahid-sheikh", "زين العابدين", "الملقب بزين العابدين"),
        ("asadullah-khan", "أبا سفيان"),
        ("lashkar-e-taiba", "لشكر طيبا"),
        ("asadullah-khan", "أبوسفيان"),
        ("india", "الهند", "ونجحت الهند"),
        ("asadullah-khan", "أبي سفيان", "مع أبي سفيان"),
        ("zahid-sheikh", "زين العابدين", "ولقبه زين العابدين"),
        ("india", "نيودلهي"),
        ("india", "الهند", "في الهند عام"),
     ],
     relations=[
        dict(type="cooperated", src="uae", tgt="india", quote=E71_REQUEST,
             note="The UAE holds an Indian national at India's request: cooperation in action, as test39's Kuwait–Turkey arrest. India's expected hand-over ('تتوقع أن تكتمل قريباً إجراءات تسلمها') is a plan and is not extradited. " + E71_NODATE),
        dict(type="cooperated", src="saudi-arabia", tgt="india", quote=E71_REQUEST,
             note="Saudi Arabia holds the other man at India's request (one relation per state of the pair). " + E71_NODATE),
        dict(type="arrested", src="uae", tgt="zahid-sheikh",
             quote="فيما تحتجز السلطات في دبي زاهد شيخ الملقب بزين العابدين", place="Dubai",
             note="'The authorities in Dubai' (the last sentence: 'السلطات الإماراتية احتجزته في دبي') are the state's authorities, so the country, as the guidelines put 'the authorities'; no arresting body is named. Zahid Sheikh is named, so he is the target (as the Cole Bridges and Adebolajo arrests). " + E71_NODATE),
        dict(type="arrested", src="saudi-arabia", tgt="asadullah-khan",
             quote="أن أسد الله خان (50 عاماً) المكنى بأبي سفيان محتجز في السعودية", place="Saudi Arabia",
             note="Held in Saudi Arabia at India's request; no arresting body is named, so the country. His alleged meetings in Riyadh were linked to Lashkar-e-Taiba's activity, but he is not said to belong to it, so the group (mentioned) has no relation; nor do the unnamed young men India arrested for attending those meetings. " + E71_NODATE),
     ]),
]
