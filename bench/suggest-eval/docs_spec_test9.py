# Gold annotations for the test9 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

MOW_MEET = ("استقبل صاحب السمو الملكي الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز وزير الداخلية، في مكتبه بديوان الوزارة، "
            "اليوم، معالي وزيرة الخارجية وشؤون الكومنولث والتنمية في المملكة المتحدة إيفيت كوبر")
MOW_DATE = "2026-03-12/2026-03-13"
MOW_INF = ("'today' in an SPA report carried by Al Mowaten with the dateline Friday 13 March 2026, 2:29 a.m.; the store dates "
           "the page 12 March 2026, so the reception was on 12 March (most likely) or 13 March")
ARN_WITNESS = "شهد الفريق سمو الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية اليوم بمقر الوزارة توقيع مذكرة تفاهم"
ARN_SIGN = "وقع مذكرة التفاهم الفريق سيف الشعفار وكيل وزارة الداخلية ، وعن الجمعية الدولية لقادة الشرطة بول سيل رئيس الجمعية"
ARN_UNDATED = ("'Today' in an undated page (Paul Cell was IACP president from October 2018 to October 2019, so the signing "
               "falls in that year, but the text gives no date).")
X2_RECEPTION = ("وكان في استقباله رئيس وكالة الاستخبارات المركزية الأميركية جون برينان، والسفير السعودي عادل الجبير، "
                "ومساعد وزير الأمن الداخلي الأميركي توم ويرك")
X2_UNDATED = ("Undated forum page ('last night', 'today, Monday'); the officials named put the visit between March 2013 "
              "(Brennan at the CIA, Lew at the Treasury) and March 2014 (Alexander left the NSA), but no date is recorded.")

DOCS = [
dict(id="almowaten-2026-saudi-interior-minister-bin-saud-uk-foreign-secretary-cooper",
     title="وزير الداخلية يبحث التعاون بالمجال الأمني مع وزيرة الخارجية البريطانية",
     source="Al Mowaten (almowaten.net), citing SPA", published="2026-03-13",
     out_of_scope=[(" date 2026-03-12 Icon", 1, "store date banner and an icon label"),
                   ("السعودية", 1, "section label"),
                   ("وكاف", 1, "word cut by the store's 2,000-byte limit")],
     mentions=[
        ("abdulaziz-bin-saud", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز"),
        ("uk", "المملكة المتحدة", "في المملكة المتحدة إيفيت كوبر"),
        ("yvette-cooper", "إيفيت كوبر"),
        ("saudi-arabia", "المملكة العربية السعودية", None, 1),
        ("uk", "المملكة المتحدة", "السعودية والمملكة المتحدة"),
        ("uk", "المملكة المتحدة", "في المملكة المتحدة خلال الاستقبال"),
        ("saudi-arabia", "المملكة العربية السعودية", None, 2),
     ],
     relations=[
        dict(type="met", src="abdulaziz-bin-saud", tgt="yvette-cooper", quote=MOW_MEET,
             date=MOW_DATE, date_inferred=MOW_INF, place="Saudi interior ministry headquarters (city not stated)",
             note="A reception at the minister's office. Neither gets leads: both ministries are named only in their titles "
                  "('وزير الداخلية', 'وزيرة الخارجية'), which are not mentions. The headline repeats the talks."),
        dict(type="visited", src="yvette-cooper", tgt="saudi-interior-ministry", quote=MOW_MEET,
             date=MOW_DATE, date_inferred=MOW_INF,
             note="Received at the minister's office 'بديوان الوزارة' (the ministry's headquarters), so she visited the ministry, "
                  "as test7's Al-Ansari; the ministry is named only through its minister's title and 'الوزارة', so it has no mention."),
        dict(type="cooperated", src="saudi-arabia", tgt="uk",
             quote="بحث التعاون بين البلدين الصديقين، ولاسيما في المجالات الأمنية، في إطار الشراكة الإستراتيجية والعلاقات التاريخية التي تربط المملكة العربية السعودية والمملكة المتحدة",
             date=MOW_DATE, date_inferred=MOW_INF,
             note="Talks on the cooperation between the two countries, above all in security, within their strategic partnership: "
                  "talks on cooperation are cooperated, as in test3 and test7."),
        dict(type="praised", src="yvette-cooper", tgt="saudi-arabia",
             quote="مشيدة بما تبذله المملكة لصون أمن وسلامة المواطنين البريطانيين",
             date=MOW_DATE, date_inferred=MOW_INF,
             note="Cooper commends what 'the Kingdom' does to protect the security and safety of British nationals (in the regional "
                  "attacks); 'المملكة' alone is not a mention. The clause ends where the store cuts the text ('وكاف', out of scope). "
                  "Her country's solidarity with Saudi Arabia has no type."),
     ]),

dict(id="arnnewscentre-uae-interior-ministry-iacp-regional-office-mou",
     title="سيف بن زايد يشهد توقيع مذكرة تفاهم بين وزارة الداخلية و\"الجمعية الدولية لقادة الشرطة\"",
     source="ARN News Centre (arnnewscentre.ae)", published=None,
     out_of_scope=[("الاكثر من أخبار محلية\n\nأخبار محلية", 1, "site navigation")],
     mentions=[
        ("saif-bin-zayed", "سيف بن زايد", "سيف بن زايد يشهد"),
        ("uae-interior-ministry", "وزارة الداخلية", None, 1),
        ("iacp", "الجمعية الدولية لقادة الشرطة", None, 1),
        ("saif-bin-zayed", "سيف بن زايد آل نهيان"),
        ("uae-interior-ministry", "وزارة الداخلية", "بين وزارة الداخلية و الجمعية"),
        ("iacp", "الجمعية الدولية لقادة الشرطة", None, 2),
        ("iacp", "IACP"),
        ("shaafar", "سيف الشعفار"),
        ("uae-interior-ministry", "وزارة الداخلية", "وكيل وزارة الداخلية"),
        ("iacp", "الجمعية الدولية لقادة الشرطة", None, 3),
        ("paul-cell", "بول سيل"),
     ],
     relations=[
        dict(type="cooperated", src="uae-interior-ministry", tgt="iacp",
             quote="توقيع مذكرة تفاهم بين وزارة الداخلية و الجمعية الدولية لقادة الشرطة /IACP/ بشأن افتتاح المكتب الإقليمي للجمعية في منطقة الشرق الأوسط وشمال أفريقيا في أبوظبي",
             place="Abu Dhabi (the ministry's headquarters)",
             note="A memorandum of understanding between the UAE interior ministry and the IACP on opening the association's MENA "
                  "regional office in Abu Dhabi (an agreement is cooperated; the headline repeats it). The office's expected "
                  "contribution to training and information exchange ('من شأن') is a purpose, not annotated; the office itself is not "
                  "an actor. " + ARN_UNDATED),
        dict(type="leads", src="saif-bin-zayed", tgt="uae-interior-ministry",
             quote="سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية",
             note="'وزير الداخلية', the UAE interior ministry being named in the same sentence ('بين وزارة الداخلية'), as dev14's "
                  "Nisar and Tawfik."),
        dict(type="leads", src="paul-cell", tgt="iacp", quote="وعن الجمعية الدولية لقادة الشرطة بول سيل رئيس الجمعية",
             note="'رئيس الجمعية', the association named just before. Al-Shaafar, the ministry's undersecretary, gets no leads."),
        dict(type="met", src="saif-bin-zayed", tgt="paul-cell", quote=ARN_WITNESS, place="Abu Dhabi (the ministry's headquarters)",
             note="The minister witnessed the signing, at which Cell signed for the IACP (next sentence): those present at a signing "
                  "get a met, as dev12's Mechichi and Blome. " + ARN_UNDATED),
        dict(type="met", src="shaafar", tgt="paul-cell", quote=ARN_SIGN, place="Abu Dhabi (the ministry's headquarters)",
             note="The two signatories of the memorandum. " + ARN_UNDATED),
        dict(type="visited", src="paul-cell", tgt="uae-interior-ministry", quote=ARN_WITNESS,
             note="The signing took place 'بمقر الوزارة' (at the ministry's headquarters) and Cell signed there, so he visited the "
                  "ministry, as a reception at a body's seat in test3 and test7. " + ARN_UNDATED),
     ]),

dict(id="mandabpress-saudi-security-hands-yemeni-fugitive-to-kuwait",
     title=NO_HEADLINE + "The Saudi security authorities hand Kuwait's interior ministry, through Interpol, a Yemeni who fled Kuwait",
     source="Mandab Press (mandabpress.info), citing Al Qabas", published=None,
     out_of_scope=[],
     mentions=[
        ("saudi-security-services", "السلطات الأمنية السعودية"),
        ("kuwait-interior-ministry", "وزارة الداخلية الكوتية"),
        ("interpol-kuwait", "ادارة «الانتربول»"),
        ("kuwait", "الكويت", "هرب من الكويت"),
        ("saudi-border-guard", "أمن الحدود", "لأمن الحدود السعودية"),
        ("kuwait-interior-ministry", "وزارة الداخلية", "وكيل وزارة الداخلية"),
        ("sulaiman-al-fahad", "سليمان الفهد"),
        ("kuwait-border-security", "أمن الحدود", "دوريات أمن الحدود الكويتية"),
     ],
     relations=[
        dict(type="extradited", src="saudi-security-services", tgt="interpol-kuwait",
             quote="ان السلطات الأمنية السعودية سلمت وزارة الداخلية الكوتية عن طريق ادارة «الانتربول» وافداً يمنياً هرب من الكويت الأسبوع الماضي",
             note="'The Saudi security authorities' (unspecified services: the Saudi collective) handed to Kuwait's interior ministry "
                  "an unnamed Yemeni resident who had fled Kuwait across the land border the week before and was caught by a Saudi "
                  "border-guard patrol. The hand-over went 'through the Interpol department' ('ادارة «الانتربول»', read as Kuwait's NCB, "
                  "the ministry's Interpol department). The text names the ministry as the receiver, but extradited takes no organisation as target, so the receiving side is recorded as the ministry's Interpol department, as dev4's Baghdad 24 (and dev3's INA). The border guard's "
                  "arrest of an unnamed man tied to no group is not an arrested. 'Last week' in an undated page: no date."),
     ]),

dict(id="adengad-qatar-abdulaziz-bin-faisal-receives-yemen-interior-minister-haydan",
     title=NO_HEADLINE + "Qatar's minister of state for interior affairs receives Yemen's interior minister Ibrahim Haydan at Milipol Qatar",
     source="Aden Al Ghad (adengad.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("qatar", "دولة قطر", "بدولة قطر"),
        ("abdulaziz-bin-faisal", "عبد العزيز بن فيصل بن محمد آل ثاني"),
        ("ibrahim-haydan", "إبراهيم حيدان", None, 1),
        ("qatar", "للدوحة"),
        ("qatar", "قطر", "بين قطر واليمن"),
        ("yemen", "اليمن", "قطر واليمن"),
        ("abdulaziz-bin-faisal", "عبد العزيز", "الشيخ عبد العزيز على"),
        ("ibrahim-haydan", "إبراهيم حيدان", None, 2),
        ("qatar", "دولة قطر", "لدعوة دولة قطر"),
        ("qatar", "قطر", "التي تبذلها قطر"),
     ],
     relations=[
        dict(type="met", src="abdulaziz-bin-faisal", tgt="ibrahim-haydan",
             quote="استقبل وزير الدولة للشؤون الداخلية بدولة قطر سعادة الشيخ عبد العزيز بن فيصل بن محمد آل ثاني، ، وزير الداخلية اللواء الركن إبراهيم حيدان",
             place="Doha",
             note="Haydan is Yemen's interior minister (his title has no adjective; the talks are on Qatar–Yemen cooperation). "
                  "Neither gets leads: the ministries are named only in their titles. Milipol Qatar's 15th edition (29–31 October) "
                  "gives no year, so no date is recorded."),
        dict(type="visited", src="ibrahim-haydan", tgt="qatar",
             quote="بمناسبة زيارة الأخير للدوحة للمشاركة في افتتاح الدورة الخامسة عشرة من معرض ومؤتمر \"ميليبول قطر\"",
             place="Doha",
             note="'His visit to Doha' (the capital as a visit destination stands for the state, so 'للدوحة' is a mention of Qatar) "
                  "to attend the opening of Milipol Qatar. 'قطر' inside the exhibition's name 'ميليبول قطر' is not annotated."),
        dict(type="cooperated", src="qatar", tgt="yemen", quote="تم بحث سبل تعزيز التعاون الأمني بين قطر واليمن",
             note="Talks on strengthening the security cooperation between Qatar and Yemen: cooperated, as talks on cooperation in "
                  "test3 and test7. Abdulaziz's remark on the importance of cooperation 'between states' is general and names no pair."),
        dict(type="praised", src="ibrahim-haydan", tgt="qatar",
             quote="مشيداً بالجهود المستمرة التي تبذلها قطر في تعزيز الأمن والاستقرار في المنطقة",
             note="Haydan commends Qatar's efforts for security and stability in the region."),
     ]),

dict(id="ajel-dubai-police-arrest-french-drug-baron-bouchibi",
     title=NO_HEADLINE + "Dubai Police arrest Moufid Bouchibi, a French drug baron wanted on an Interpol red notice",
     source="Ajel (ajel.sa)", published=None,
     out_of_scope=[("اقرأ أيضًا:\nوفاة نائب حاكم دبي وزير المالية الإماراتي حمدان بن راشد آل مكتوم", 1,
                    "link to an unrelated article")],
     mentions=[
        ("dubai-police", "شرطة دبي", "ألقت شرطة دبي"),
        ("france", "فرنسا", "زعماء المخدرات في فرنسا"),
        ("dubai-police", "القيادة العامة لشرطة دبي"),
        ("moufid-bouchibi", "مفيد بوشيبي"),
        ("moufid-bouchibi", "موف", "«موف»"),
        ("france", "فرنسا", "الحشيش في فرنسا"),
        ("dubai-police", "شرطة دبي", "وأشارت شرطة دبي"),
        ("interpol", "الإنتربول", None, 1),
        ("interpol", "الإنتربول", None, 2),
     ],
     relations=[
        dict(type="arrested", src="dubai-police", tgt="moufid-bouchibi",
             quote="ألقت شرطة دبي القبض على رئيس مافيا تهريب مخدرات مطلوب دوليًا وأحد أكبر زعماء المخدرات في فرنسا",
             place="Dubai",
             note="The man is named in the next sentences (Moufid Bouchibi, 'Mouf'), a person actor as dev14's Adebolajo. The page has "
                  "no dateline and the arrest is not dated. The Interpol red notice against him has no type (as in dev12)."),
        dict(type="cooperated", src="dubai-police", tgt="france",
             quote="إلقاء القبض عليه جاء بفضل التعاون المثمر مع كل من السلطات الفرنسية و«الإنتربول»",
             note="'The French authorities' (authorities go to the country; the phrase is not a mention). Dubai Police, the subject "
                  "of 'موضحة', credit the arrest to the cooperation."),
        dict(type="cooperated", src="dubai-police", tgt="interpol",
             quote="إلقاء القبض عليه جاء بفضل التعاون المثمر مع كل من السلطات الفرنسية و«الإنتربول»",
             note="The same cooperation, with Interpol."),
     ]),

dict(id="alanba-2019-kuwait-interior-minister-jarrah-to-oman-gcc-meeting",
     title=NO_HEADLINE + "Kuwait's interior minister Khalid Al-Jarrah leaves for Oman for the 36th meeting of the GCC interior ministers",
     source="Al Anba (alanba.com.kw)", published="2019-10-16",
     out_of_scope=[],
     mentions=[
        ("khalid-al-jarrah", "خالد الجراح"),
        ("oman", "سلطنة عمان"),
        ("gcc", "مجلس التعاون لدول الخليج العربية"),
        ("kuwait-interior-ministry", "وزارة الداخلية", "وقالت وزارة الداخلية"),
        ("khalid-al-jarrah", "الجراح", "الوزير الجراح"),
     ],
     relations=[
        dict(type="visited", src="khalid-al-jarrah", tgt="oman",
             quote="توجه نائب رئيس مجلس الوزراء ووزير الداخلية، الفريق الشيخ خالد الجراح، إلى سلطنة عمان لحضور الاجتماع الـ36 لوزراء الداخلية في دول مجلس التعاون لدول الخليج العربية",
             date="2019-10-16", date_inferred="'today, Wednesday' in the ministry's statement; the URL date, 16 Oct. 2019, was a Wednesday",
             place="Muscat",
             note="He left at the head of a security delegation for the meeting in Muscat: a working visit to Oman. The meeting itself "
                  "is still to be held ('المقرر عقده'), so it gives no met; Kuwait's GCC membership is implied, not stated, and gives no "
                  "member-of."),
        dict(type="leads", src="khalid-al-jarrah", tgt="kuwait-interior-ministry",
             quote="نائب رئيس مجلس الوزراء ووزير الداخلية، الفريق الشيخ خالد الجراح",
             note="'وزير الداخلية', the ministry being named in the next sentence ('وقالت وزارة الداخلية', Kuwait's), as dev14's Nisar."),
     ]),

dict(id="aljazeera-2017-bahrain-arrests-cell-saraya-al-ashtar",
     title="البحرين تعتقل عناصر خلية متورطة بتنفيذ هجمات",
     source="Al Jazeera (aljazeera.net), citing Anadolu", published="2017-08-24",
     out_of_scope=[],
     mentions=[
        ("bahrain", "البحرين", None, 1),
        ("bahrain-interior-ministry", "الداخلية البحرينية"),
        ("irgc", "الحرس الثوري", "بصلتهم بالحرس الثوري"),
        ("bahraini-security-services", "أجهزة الأمن", "أجهزة الأمن كشفت"),
        ("saraya-al-ashtar", "تنظيم سرايا الأشتر"),
        ("wafa-islamic-movement", "تيار الوفاء الإسلامي"),
        ("iran", "إيران", "يقيم في إيران"),
        ("irgc", "الحرس الثوري", "بالحرس الثوري الإيراني"),
        ("bahrain-cid", "الإدارة العامة للمباحث والأدلة الجنائية"),
        ("bahrain", "البحرين", "وتتهم البحرين"),
        ("iran", "إيران", "البحرين إيران"),
        ("iran", "طهران"),
     ],
     relations=[
        dict(type="arrested", src="bahraini-security-services", tgt="saraya-al-ashtar",
             quote="أجهزة الأمن كشفت عن خلية من عشرة أشخاص يشتبه بتورطهم في تنفيذ أعمال إرهابية، وألقت القبض على سبعة منهم",
             place="Bahrain",
             note="'أجهزة الأمن' (Bahrain's security services, unnamed: the collective) uncovered a ten-member cell and arrested seven. "
                  "The cell is linked to Saraya al-Ashtar because one of its members is a leader of that group (the next sentence); "
                  "that leader himself is at large in Iran. The headline's suspects 'linked to the IRGC' cannot be an arrested of the "
                  "IRGC, an agency. The arrests are not dated (the URL date is 24 Aug. 2017)."),
     ]),

dict(id="x2z2-mohammed-bin-nayef-washington-brennan-alexander",
     title=NO_HEADLINE + "Saudi interior minister Mohammed bin Nayef in Washington: received by John Brennan, meets Keith Alexander and Jack Lew",
     source="x2z2.com forum, citing SPA", published=None,
     out_of_scope=[],
     mentions=[
        ("mohammed-bin-nayef", "محمد بن نايف", None, 1),
        ("usa", "واشنطن", "إلى واشنطن"),
        ("usa", "أميركا", "لأميركا"),
        ("mohammed-bin-nayef", "محمد", "الأمير محمد وصل"),
        ("cia", "وكالة الاستخبارات المركزية"),
        ("brennan", "جون برينان"),
        ("adel-al-jubeir", "عادل الجبير"),
        ("tom-warrick", "توم ويرك"),
        ("mohammed-bin-nayef", "محمد بن نايف", None, 2),
        ("nsa", "وكالة الأمن القومي"),
        ("keith-alexander", "كيث الكساندر"),
        ("jack-lew", "جاك ليوي"),
        ("usa", "الولايات المتحدة الأميركية"),
     ],
     relations=[
        dict(type="visited", src="mohammed-bin-nayef", tgt="usa",
             quote="وصل وزير الداخلية السعودي الأمير محمد بن نايف إلى واشنطن في زيارة رسمية لأميركا",
             place="Washington",
             note="An official visit of several days; Washington as the destination stands for the state. " + X2_UNDATED),
        dict(type="met", src="mohammed-bin-nayef", tgt="brennan", quote=X2_RECEPTION, place="Washington",
             note="A reception on arrival is a met (one per person received). " + X2_UNDATED),
        dict(type="met", src="mohammed-bin-nayef", tgt="adel-al-jubeir", quote=X2_RECEPTION, place="Washington",
             note="The Saudi ambassador was among those who received him. An ambassador gets no leads. " + X2_UNDATED),
        dict(type="met", src="mohammed-bin-nayef", tgt="tom-warrick", quote=X2_RECEPTION, place="Washington",
             note="'مساعد وزير الأمن الداخلي' (a DHS assistant secretary): the department is named only in his title, so it is not "
                  "a mention and he gets no leads. " + X2_UNDATED),
        dict(type="leads", src="brennan", tgt="cia", quote="رئيس وكالة الاستخبارات المركزية الأميركية جون برينان",
             note="'The head of the CIA' (the adjective 'الأميركية' is left out of the mention)."),
        dict(type="met", src="mohammed-bin-nayef", tgt="keith-alexander",
             quote="التقى الأمير محمد بن نايف اليوم في مقر إقامته بواشنطن، رئيس وكالة الأمن القومي الأميركي الفريق كيث الكساندر",
             place="Washington (his residence)", note=X2_UNDATED),
        dict(type="leads", src="keith-alexander", tgt="nsa", quote="رئيس وكالة الأمن القومي الأميركي الفريق كيث الكساندر",
             note="'The head of the NSA'."),
        dict(type="cooperated", src="saudi-arabia", tgt="usa", quote="وجرى خلال اللقاء استعراض علاقات التعاون بين البلدين",
             place="Washington",
             note="A review of the cooperation relations 'between the two countries' at the Alexander meeting: cooperated between the "
                  "states (Saudi Arabia is named only as 'المملكة', not a mention). The review with Lew of 'the aspects of cooperation "
                  "between the Kingdom and the United States' is the same claim and is not annotated again. " + X2_UNDATED),
        dict(type="met", src="mohammed-bin-nayef", tgt="jack-lew",
             quote="كما استعرض وزير الداخلية السعودي في واشنطن، اليوم الاثنين، مع وزير الخزانة الأميركي جاك ليوي أوجه التعاون بين المملكة والولايات المتحدة الأميركية",
             place="Washington",
             note="'The Saudi interior minister' is Mohammed bin Nayef. The Treasury is named only in Lew's title. " + X2_UNDATED),
     ]),

dict(id="ksaplayers-japan-mofa-maruyama-uae-counter-terrorism",
     title=NO_HEADLINE + "Japan's foreign-ministry spokesman Norio Maruyama on Japan–UAE cooperation against terrorism and organised crime",
     source="KSA Players (ksaplayers.com), citing Al Ittihad", published=None,
     out_of_scope=[("مشيراً إلى أن الجانبين أكدا أهمية زي", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("norio-maruyama", "نوريو ماروياما"),
        ("japan-foreign-ministry", "وزارة الخارجية اليابانية"),
        ("uae", "دولة الإمارات", None, 1),
        ("norio-maruyama", "ماروياما", "وقال ماروياما"),
        ("uae", "دولة الإمارات", None, 2),
     ],
     relations=[
        dict(type="cooperated", src="japan", tgt="uae",
             quote="أن حكومة بلاده لديها اهتمام وتعاون مع دولة الإمارات في مكافحة الإرهاب والتطرف عالمياً، علاوة على محاربة الجريمة المنظمة وجرائم غسيل الأموال والتهريب",
             note="'His country's government' is Japan, which is named only by the adjective 'اليابانية' and has no mention. The "
                  "spokesman restates the 'joint and continuing cooperation' with the UAE on security, defence and counter-terrorism, "
                  "and a joint statement of the two countries on counter-terrorism: the same claim, annotated once. The defence "
                  "memorandum 'to be signed next month' is a plan. Undated page: no date."),
     ]),

dict(id="ngmisr-saudi-tip-uae-police-million-captagon",
     title=NO_HEADLINE + "Saudi information lets the UAE police foil the smuggling of a million Captagon pills to Saudi Arabia",
     source="NG Misr (ngmisr.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("uae-security-services", "القوات الإماراتية"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("rashid-burshid", "راشد بورشيد"),
        ("abu-dhabi-police-cid", "إدارة التحريات والمباحث الجنائية"),
        ("abu-dhabi-police", "شرطة أبو ظبى", None, 1),
        ("saudi-security-services", "الأجهزة السعودية"),
        ("uae-security-services", "الشرطة الإماراتية"),
        ("uae-security-services", "الشرطة الإماراتيه"),
        ("saudi-security-services", "القوات السعودية"),
        ("uae-security-services", "أجهزة الأمن الإماراتية"),
        ("abu-dhabi-police", "شرطة أبو ظبى", None, 2),
     ],
     relations=[
        dict(type="tipped-off", src="saudi-security-services", tgt="uae-security-services",
             quote="أن الأجهزة السعودية قد قامت بإرسال المعلومات إلى الشرطة الإماراتية حول محاولة التهريب",
             note="'The Saudi services' sent 'the Emirati police' the information on the attempt (both unnamed: the collectives); "
                  "the police set an ambush on the report 'submitted by the Saudi forces', arrested two men in the act and seized a "
                  "million Captagon pills bound for Saudi Arabia. The two men are unnamed and tied to no group: no arrested. The "
                  "police's coordination with 'شرطة مكافحة المخدرات' (an unnamed Emirati anti-narcotics police) is internal and names "
                  "no actor. 'Yesterday, Saturday' in an undated page: no date."),
        dict(type="leads", src="rashid-burshid", tgt="abu-dhabi-police-cid",
             quote="راشد بورشيد مدير إدارة التحريات والمباحث الجنائية في شرطة أبو ظبى",
             note="'Director of the criminal investigation department in Abu Dhabi Police'."),
        dict(type="part-of", src="abu-dhabi-police-cid", tgt="abu-dhabi-police",
             quote="إدارة التحريات والمباحث الجنائية في شرطة أبو ظبى",
             note="Stated by 'في' (the department in Abu Dhabi Police), as the shipped DCPJ 'بالمديرية العامة للأمن الوطني'."),
     ]),
]
