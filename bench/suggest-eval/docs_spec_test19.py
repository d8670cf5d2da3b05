# Gold annotations for the test19 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

SAB_MEET = ("استقبل صاحب السمو الملكي الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز وزير الداخلية، في جدة اليوم، "
            "وزير الداخلية العراقي الفريق أول ركن عبدالأمير كامل الشمري")
SAB_ATT = "حضر اللقاء عدد من كبار المسؤولين من وزارة الداخلية السعودية، بما في ذلك:\n\n  • مساعد وزير الداخلية الدكتور هشام بن عبدالرحمن الفالح"
SAB_ATT2 = SAB_ATT + ".\n  • مدير الأمن العام الفريق محمد بن عبدالله البسامي"
SAB_ATT3 = SAB_ATT2 + ".\n  • مدير عام مكتب الوزير للدراسات والبحوث اللواء خالد بن إبراهيم العروان"
SAB_ATT_NOTE = ("{p} is listed among the senior Saudi interior-ministry officials who attended the minister's meeting with "
                "al-Shammari: a met with the visitor, as attendance in dev7, dev10, dev12, test3 and test7. 'Today' in an undated "
                "page: no date.")
SAB_UNDATED = "'Today' in an undated page (al-Shammari minister since Oct. 2022): no date."

CHE_MEET = ("استقبل المدير العام للأمن الوطني، علي بداوي، اليوم بمقر المديرية العامة للأمن الوطني، "
            "مدير الأمن العام السعودي الفريق محمد بن عبد الله البسامي")
CHE_UNDATED = "'Today' in an undated page (Badaoui DGSN director from 2024): no date."

SHO_COOP = "الوحدات المختصة، بالتعاون مع جهاز الاستخبارات العامة، نفذت عملية أمنية دقيقة في منطقة داريا استهدفت مقرا للتنظيم"
SHO_ARREST = "أسفرت عن تفكيك الخلية بالكامل وإلقاء القبض على متزعمها وستة من أفرادها"
SHO_DATE_NOTE = ("The ministry announced the dismantling 'today, Sunday' (21 Dec. 2025, the page's date); the operation itself "
                 "is not dated (investigations 'lasted weeks'), so no date.")

YAL_HOST = ("استضافت وزارة الداخلية المصرية فعاليات الاجتماع الخامسِ لرؤساء إدارات التدريب بـشرطة الدول الأفريقية، "
            "والمعروفِ باسم \"الأفريبول\" بالتعاون مع الوكالة الألمانية للتعاون الدولي")

DOCS = [
dict(id="sabaq24-saudi-iraq-interior-ministers-jeddah",
     title="وزير الداخلية ونظيره العراقي يناقشان تعزيز التعاون الأمني المشترك",
     source="Sabaq24 (sabaq24.com)", published=None,
     out_of_scope=[("  • مدير عام الشؤون", 1, "list item cut by the store's 2,000-byte limit")],
     mentions=[
        ("shammari", "نظيره العراقي", None, 1),
        ("shammari", "نظيره العراقي", None, 2),
        ("abdulaziz-bin-saud", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز"),
        ("shammari", "عبدالأمير كامل الشمري"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("iraq", "جمهورية العراق"),
        ("saudi-interior-ministry", "وزارة الداخلية السعودية"),
        ("al-falih", "هشام بن عبدالرحمن الفالح"),
        ("saudi-public-security", "الأمن العام", "مدير الأمن العام"),
        ("al-bassami", "محمد بن عبدالله البسامي"),
        ("saudi-moi-minister-office", "مكتب الوزير للدراسات والبحوث"),
        ("arwan", "خالد بن إبراهيم العروان"),
     ],
     relations=[
        dict(type="met", src="abdulaziz-bin-saud", tgt="shammari", quote=SAB_MEET, place="Jeddah",
             note="The Saudi minister receives his Iraqi counterpart in Jeddah. " + SAB_UNDATED),
        dict(type="cooperated", src="saudi-arabia", tgt="iraq",
             quote="تمحور اللقاء حول تعزيز التعاون الأمني بين المملكة العربية السعودية وجمهورية العراق", place="Jeddah",
             note="Talks on strengthening security cooperation between the two states (talks on cooperation are cooperated, as in "
                  "test3 and test7); the same claim as 'تعزيز التعاون الأمني بين البلدين' earlier and in the headline, annotated once. "
                  "The listed fields (intelligence, organised crime and terrorism, legal and judicial cooperation) are its aspects. "
                  + SAB_UNDATED),
        dict(type="leads", src="abdulaziz-bin-saud", tgt="saudi-interior-ministry",
             quote="الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز وزير الداخلية",
             note="'وزير الداخلية' is a title; the ministry is named separately in the attendance paragraph ('وزارة الداخلية "
                  "السعودية'), so leads is given, as for Al-Masri in test7 and Nisar and Tawfik in dev14. Al-Shammari's ministry is "
                  "not named: no leads."),
        dict(type="met", src="al-falih", tgt="shammari", quote=SAB_ATT, note=SAB_ATT_NOTE.format(p="Al-Falih (assistant minister)")),
        dict(type="met", src="al-bassami", tgt="shammari", quote=SAB_ATT2, note=SAB_ATT_NOTE.format(p="Al-Bassami")),
        dict(type="met", src="arwan", tgt="shammari", quote=SAB_ATT3, note=SAB_ATT_NOTE.format(p="Al-Arwan")),
        dict(type="leads", src="al-bassami", tgt="saudi-public-security", quote="مدير الأمن العام الفريق محمد بن عبدالله البسامي",
             note="'مدير الأمن العام' names Saudi Public Security (the only 'الأمن العام' of the text); its director heads it."),
        dict(type="leads", src="arwan", tgt="saudi-moi-minister-office",
             quote="مدير عام مكتب الوزير للدراسات والبحوث اللواء خالد بن إبراهيم العروان",
             note="Director general of the minister's office for studies and research."),
        dict(type="part-of", src="saudi-public-security", tgt="saudi-interior-ministry", quote=SAB_ATT2,
             note="The director of Public Security is listed among the officials 'من وزارة الداخلية السعودية', which states that "
                  "Public Security is a directorate of the ministry."),
        dict(type="part-of", src="saudi-moi-minister-office", tgt="saudi-interior-ministry", quote=SAB_ATT3,
             note="The minister's office is listed among the interior ministry's officials, and its name ('مكتب الوزير') states it, "
                  "as CHEMI's and NAVCENT's names did in dev13 and test7."),
     ]),

dict(id="albayan-2025-bahrain-interior-ministry-international-police-cooperation-day",
     title=NO_HEADLINE + "Bahrain's interior ministry reports its international police-cooperation results on the International Day "
                         "of Police Cooperation",
     source="Al Bayan (albayan.ae)", published="2025-09-06",
     out_of_scope=[(" date 2025-09-06", 1, "date banner")],
     mentions=[
        ("bahrain-interior-ministry", "وزارة الداخلية البحرينية"),
        ("rashid-bin-abdullah", "راشد بن عبد الله آل خليفة"),
        ("bahrain", "مملكة البحرين"),
        ("interpol", "الإنتربول"),
     ],
     relations=[
        dict(type="leads", src="rashid-bin-abdullah", tgt="bahrain-interior-ministry",
             quote="الشيخ راشد بن عبد الله آل خليفة، وزير الداخلية البحريني",
             note="'وزير الداخلية البحريني' is a title; the ministry is named in the first sentence, so leads is given, as for "
                  "Al-Masri in test7."),
        dict(type="cooperated", src="bahrain", tgt="interpol",
             quote="مملكة البحرين، تعمل على ترسيخ نهج عالمي للتعاون الشرطي ودعم أهداف منظمة \"الإنتربول\"",
             note="Bahrain works for global police cooperation and supports Interpol's goals: an ongoing cooperation (no date). "
                  "The hand-overs of nine wanted people to 'the requesting states', the 17 recovered, the 97 pieces of intelligence "
                  "passed to 12 states and the 18 joint operations with 7 states name no partner, so they give no extradited, "
                  "tipped-off or cooperated relation."),
     ]),

dict(id="ra2ya-saudi-tip-uae-amphetamine-clothing-accessories",
     title="الإمارات تنجح في إحباط تهريب 89 ألف قرص إمفيتامين بفضل تعاون أمني مثمر مع السعودية",
     source="Ra2ya (ra2ya.com)", published=None,
     out_of_scope=[("Khaled", 1, "byline"),
                   ("التعليقات\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", 1,
                    "comment widget")],
     mentions=[
        ("uae", "الإمارات", "الإمارات تنجح"),
        ("saudi-arabia", "السعودية", "مثمر مع السعودية"),
        ("shalhoub", "طلال بن عبدالمحسن بن شلهوب"),
        ("saudi-interior-ministry", "وزارة الداخلية السعودية", None, 1),
        ("saudi-anti-narcotics", "المديرية العامة لمكافحة المخدرات"),
        ("uae", "دولة الإمارات العربية المتحدة"),
        ("shalhoub", "بن شلهوب", "أوضح العميد بن شلهوب"),
        ("saudi-interior-ministry", "وزارة الداخلية السعودية", None, 2),
        ("uae-interior-ministry", "نظيرتها الإماراتية"),
     ],
     relations=[
        dict(type="cooperated", src="uae", tgt="saudi-arabia",
             quote="الإمارات تنجح في إحباط تهريب 89 ألف قرص إمفيتامين بفضل تعاون أمني مثمر مع السعودية",
             note="The headline credits the seizure to 'fruitful security cooperation with Saudi Arabia'. The page is undated "
                  "(Bin Shalhoub as brigadier), so no date."),
        dict(type="tipped-off", src="saudi-interior-ministry", tgt="uae-interior-ministry",
             quote="المعلومات الاستخباراتية التي قدمتها وزارة الداخلية السعودية لنظيرتها الإماراتية أسفرت عن ضبط شحنة تحتوي على "
                   "89,760 قرصًا من مادة الإمفيتامين المخدر",
             note="'نظيرتها الإماراتية' (the Saudi ministry's counterpart) is read as the UAE interior ministry. Intelligence that "
                  "led to the seizure of 89,760 amphetamine tablets hidden in clothing accessories. Not dated."),
        dict(type="tipped-off", src="saudi-anti-narcotics", tgt="uae",
             quote="نجاح المديرية العامة لمكافحة المخدرات في إحباط محاولة تهريب كبيرة للمخدرات في دولة الإمارات العربية المتحدة",
             note="The same tip at the level of the directorate the spokesman credits: the Saudi GDNC 'foiled' a smuggling attempt "
                  "in the UAE, which the next paragraph explains as intelligence passed to the UAE. The seizure was made in the "
                  "UAE, whose receiving body is named only as the ministry's counterpart, so the target is the state (two levels "
                  "annotated, as Chaab Press and Al Masalah in dev). Not dated."),
     ]),

dict(id="wam-2026-abu-dhabi-police-delegation-qatar-police-college",
     title=NO_HEADLINE + "An Abu Dhabi Police delegation led by Rashid Burshid visits Qatar's Police College",
     source="WAM (wam.ae)", published="2026-01-23",
     out_of_scope=[(" date 2026-01-23 الدوحة في 23 يناير/ وام/", 1, "date banner and WAM dateline")],
     mentions=[
        ("abu-dhabi-police", "شرطة أبوظبي"),
        ("rashid-burshid", "راشد محمد بورشيد", None, 1),
        ("saif-bin-zayed-academy", "أكاديمية سيف بن زايد للعلوم الشرطية والأمنية"),
        ("qatar-police-college", "كلية الشرطة", "زيارته كلية الشرطة"),
        ("qatar", "دولة قطر", None, 1),
        ("qatar-police-college", "كلية الشرطة", "بكلية الشرطة في قطر"),
        ("qatar", "قطر", "بكلية الشرطة في قطر"),
        ("rashid-burshid", "راشد محمد بورشيد", None, 2),
        ("qatar-police-college", "كلية الشرطة", "للقائمين على كلية الشرطة"),
        ("uae", "دولة الإمارات العربية المتحدة"),
        ("qatar", "دولة قطر", None, 2),
        ("gcc", "مجلس التعاون لدول الخليج العربية"),
     ],
     relations=[
        dict(type="leads", src="rashid-burshid", tgt="saif-bin-zayed-academy",
             quote="العميد الدكتور راشد محمد بورشيد مدير أكاديمية سيف بن زايد للعلوم الشرطية والأمنية",
             note="Director of the Saif bin Zayed Academy. The academy's place in Abu Dhabi Police is not stated (no part-of)."),
        dict(type="visited", src="abu-dhabi-police", tgt="qatar-police-college",
             quote="اطلع وفد من شرطة أبوظبي برئاسة العميد الدكتور راشد محمد بورشيد مدير أكاديمية سيف بن زايد للعلوم الشرطية "
                   "والأمنية، خلال زيارته كلية الشرطة في دولة قطر الشقيقة",
             date="2026-01", date_inferred="reported in WAM's dateline of 23 Jan. 2026 (Doha); the visit itself is not dated",
             place="Doha, Qatar",
             note="A delegation of Abu Dhabi Police visits Qatar's Police College (and attends its eighth graduation). Learning "
                  "about the college's training practice is a study visit, not trained."),
        dict(type="visited", src="rashid-burshid", tgt="qatar-police-college",
             quote="خلال زيارته كلية الشرطة في دولة قطر الشقيقة",
             date="2026-01", date_inferred="reported in WAM's dateline of 23 Jan. 2026 (Doha); the visit itself is not dated",
             place="Doha, Qatar",
             note="Burshid heads the visiting delegation; both the delegation's agency and its head visited, as Diallo and the "
                  "ambassador in dev14."),
        dict(type="cooperated", src="uae", tgt="qatar",
             quote="هذه المشاركة تأتي في إطار تعزيز علاقات التعاون والتنسيق المشترك في المجالات الشرطية والأمنية",
             date="2026-01", date_inferred="reported in WAM's dateline of 23 Jan. 2026",
             note="The participation strengthens existing 'relations of cooperation and joint coordination in the police and "
                  "security fields'; the pair is resolved from the previous sentence, which names the relations between the UAE "
                  "and Qatar (an existing relation consolidated is cooperated, as in test7). The GCC is mentioned only in the "
                  "general remark on exchanges between its states' police institutions."),
     ]),

dict(id="cherchellnews-algeria-dgsn-badaoui-receives-saudi-public-security-bassami",
     title="زيارة رسمية لوفد الشرطة السعودية إلى الجزائر لتعزيز التعاون الأمني الثنائي",
     source="Cherchell News (cherchellnews.dz)", published=None,
     out_of_scope=[("ودورها في دعم ", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("saudi-public-security", "الشرطة السعودية", None, 1),
        ("algeria", "الجزائر", "إلى الجزائر لتعزيز"),
        ("algeria-dgsn", "للأمن الوطني", "استقبل المدير العام للأمن الوطني"),
        ("badaoui", "علي بداوي"),
        ("algeria-dgsn", "المديرية العامة للأمن الوطني", "بمقر المديرية العامة للأمن الوطني"),
        ("saudi-public-security", "الأمن العام السعودي"),
        ("al-bassami", "محمد بن عبد الله البسامي"),
        ("algeria", "الجزائر", "إلى الجزائر رفقة"),
        ("saudi-public-security", "الشرطة السعودية", None, 2),
        ("algeria-dgsn", "المديرية العامة للأمن الوطني", "بيان المديرية العامة للأمن الوطني"),
        ("algeria", "الجزائر", "بين الجزائر"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("algeria-dgsn", "للأمن الوطني", "جمعت بين المدير العام للأمن الوطني"),
        ("al-bassami", "نظيره السعودي"),
        ("algeria-police-lab", "المخبر المركزي للشرطة العلمية والتقنية"),
     ],
     relations=[
        dict(type="met", src="badaoui", tgt="al-bassami", quote=CHE_MEET, place="DGSN headquarters, Algeria",
             note="Badaoui receives the director of Saudi Public Security; the bilateral talks of the two directors follow. "
                  + CHE_UNDATED),
        dict(type="visited", src="al-bassami", tgt="algeria-dgsn", quote=CHE_MEET, place="DGSN headquarters, Algeria",
             note="Received at the DGSN's headquarters ('بمقر المديرية'), so he visited the agency, as test7's Al-Ansari. "
                  + CHE_UNDATED),
        dict(type="visited", src="al-bassami", tgt="algeria", quote="الذي شرع في زيارة عمل إلى الجزائر",
             note="A working visit to Algeria. " + CHE_UNDATED),
        dict(type="visited", src="saudi-public-security", tgt="algeria",
             quote="زيارة رسمية لوفد الشرطة السعودية إلى الجزائر",
             note="The headline's 'وفد الشرطة السعودية' is read as Saudi Public Security (the Saudi police directorate, whose "
                  "director leads the delegation of 'senior Saudi police officers'). " + CHE_UNDATED),
        dict(type="leads", src="badaoui", tgt="algeria-dgsn", quote="المدير العام للأمن الوطني، علي بداوي",
             note="'المدير العام للأمن الوطني' names Algeria's DGSN; the bare 'المديرية العامة للأمن الوطني' is read in context as "
                  "Algeria's, not Morocco's."),
        dict(type="leads", src="al-bassami", tgt="saudi-public-security",
             quote="مدير الأمن العام السعودي الفريق محمد بن عبد الله البسامي",
             note="Director of Saudi Public Security."),
        dict(type="cooperated", src="algeria", tgt="saudi-arabia",
             quote="تعزيز علاقات التعاون الشرطي والتنسيق الثنائي بين الجزائر والمملكة العربية السعودية",
             note="The visit strengthens existing police cooperation and coordination between the two states (cooperated, as in "
                  "test7). " + CHE_UNDATED),
        dict(type="met", src="algeria-dgsn", tgt="saudi-public-security", quote="قبل أن تتوسع لتشمل وفدي شرطة البلدين",
             note="The talks widened to the two police delegations: a meeting between delegations is met. The delegations are "
                  "those of the DGSN and of Saudi Public Security. " + CHE_UNDATED),
        dict(type="cooperated", src="algeria-dgsn", tgt="saudi-public-security",
             quote="وركزت المحادثات على سبل توطيد التعاون الأمني في عدة مجالات، أبرزها التكوين والتدريب المتخصص",
             note="Talks between the two directors and their police delegations on consolidating security cooperation "
                  "(training, cybercrime, scientific police, organised crime): talks on cooperation are cooperated, here at the "
                  "level of the two police bodies as well as of the states. " + CHE_UNDATED),
        dict(type="visited", src="saudi-public-security", tgt="algeria-police-lab",
             quote="وتضمن برنامج الزيارة جولة ميدانية إلى المخبر المركزي للشرطة العلمية والتقنية بشاطوناف، حيث تلقى الوفد "
                   "السعودي عرضاً تقنياً",
             place="Châteauneuf (Algiers)",
             note="The Saudi (police) delegation tours the DGSN's central scientific and technical police laboratory. The "
                  "laboratory's place in the DGSN is not stated in the text (no part-of). " + CHE_UNDATED),
     ]),

dict(id="shorouknews-2025-syria-internal-security-gis-isis-cell-daraya",
     title=NO_HEADLINE + "Syria's interior ministry: internal security in Rif Dimashq and the General Intelligence Service dismantle "
                         "an ISIS cell in Daraya",
     source="Al Shorouk (shorouknews.com), citing Syria TV", published="2025-12-21",
     out_of_scope=[(" date 2025-12-21", 1, "date banner")],
     mentions=[
        ("syria-interior-ministry", "وزارة الداخلية السورية"),
        ("isis", "تنظيم داعش"),
        ("syria-rif-dimashq-internal-security", "الأمن الداخلي في محافظة ريف دمشق"),
        ("dalati", "أحمد الدالاتي"),
        ("syria-gis", "جهاز الاستخبارات العامة"),
        ("dalati", "الدالاتي", "وأوضح الدالاتي"),
        ("dalati", "الدالاتي", "وشدد الدالاتي"),
        ("us-dod", "وزارة الدفاع الأمريكية"),
        ("isis", "داعش", "خلايا \"داعش\""),
     ],
     relations=[
        dict(type="leads", src="dalati", tgt="syria-rif-dimashq-internal-security",
             quote="قائد الأمن الداخلي في محافظة ريف دمشق، العميد أحمد الدالاتي",
             note="Commander of Internal Security in Rif Dimashq governorate."),
        dict(type="cooperated", src="syria-rif-dimashq-internal-security", tgt="syria-gis", quote=SHO_COOP, place="Daraya, Rif Dimashq",
             note="'الوحدات المختصة' are the units of Al-Dalati's internal security command (he speaks for them); a joint "
                  "operation with the General Intelligence Service. " + SHO_DATE_NOTE),
        dict(type="arrested", src="syria-rif-dimashq-internal-security", tgt="isis", quote=SHO_ARREST, place="Daraya, Rif Dimashq",
             note="An ISIS cell dismantled: its leader and six members arrested (the cell is tied to ISIS in the first sentence). "
                  + SHO_DATE_NOTE),
        dict(type="arrested", src="syria-gis", tgt="isis", quote=SHO_ARREST, place="Daraya, Rif Dimashq",
             note="The operation was carried out jointly with the General Intelligence Service, so the arrest is recorded on both "
                  "bodies. The interior ministry that announced it is an organisation and cannot be an arrested source. "
                  + SHO_DATE_NOTE),
     ]),

dict(id="saudinewsksa-saudi-gdnc-tip-malaysia-cocaine",
     title=NO_HEADLINE + "Saudi Arabia's anti-narcotics directorate helps foil a 25 kg cocaine shipment to Malaysia",
     source="Saudi News KSA (saudinewsksa.com)", published=None,
     out_of_scope=[("واختتم البيان بالتأكيد عل", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("saudi-anti-narcotics", "المديرية العامة لمكافحة المخدرات"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("malaysia", "ماليزيا"),
        ("saudi-security-services", "الجهات السعودية"),
        ("malaysian-security-services", "نظيرتها الماليزية"),
     ],
     relations=[
        dict(type="tipped-off", src="saudi-anti-narcotics", tgt="malaysia",
             quote="أسهمت المديرية العامة لمكافحة المخدرات في المملكة العربية السعودية في إحباط محاولة تهريب كمية كبيرة من مادة "
                   "الكوكايين المخدرة إلى ماليزيا",
             note="The GDNC contributed to foiling a 25 kg cocaine shipment to Malaysia, by intelligence passed to Malaysia (next "
                  "sentence); the seizure was made by the authorities 'there', so the target is the state. Undated page: no date."),
        dict(type="tipped-off", src="saudi-security-services", tgt="malaysian-security-services",
             quote="معلومات استخباراتية دقيقة قدمتها الجهات السعودية لنظيرتها الماليزية، مما مكّن السلطات هناك من ضبط الشحنة",
             note="'الجهات السعودية' (unspecified Saudi bodies) and 'نظيرتها الماليزية' (their Malaysian counterpart) are the "
                  "collective services. Two levels annotated, as in dev (Chaab Press). No date."),
        dict(type="cooperated", src="saudi-security-services", tgt="malaysian-security-services",
             quote="التنسيق الأمني بين الجانبين تم وفق آليات متقدمة لتبادل المعلومات",
             note="'الجانبين' are the Saudi and Malaysian bodies of the previous paragraph: security coordination through "
                  "information-exchange mechanisms. No date."),
     ]),

dict(id="agadirtv-2025-guardia-civil-dgst-seven-isis-arrests",
     title="المديرية العامة لمراقبة التراب الوطني تشارك في عملية إيقاف 7 موالين لـ”داعش” في إسبانيا",
     source="Agadir TV (agadirtv.ma)", published="2025-02-03",
     out_of_scope=[("الرئيسية دولية ", 1, "breadcrumb navigation"),
                   ("كتبه كتب في 3 فبراير 2025 - 20:24", 1, "byline and date line"),
                   ("كما مكنت العمليات التي جرت في محافظتي بونت", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("dgst", "المديرية العامة لمراقبة التراب الوطني", None, 1),
        ("isis", "داعش", "لـ”داعش”", 1),
        ("spain", "إسبانيا", None, 1),
        ("dgst", "المديرية العامة لمراقبة التراب الوطني", None, 2),
        ("isis", "داعش", "لـ”داعش”", 2),
        ("spain", "إسبانيا", None, 2),
        ("guardia-civil", "الحرس المدني الإسباني"),
        ("isis", "داعش", "تنظيم “داعش”"),
        ("dgst", "المديرية العامة لمراقبة التراب الوطني", None, 3),
        ("guardia-civil", "الحرس المدني", "صادر عن الحرس المدني"),
        ("dgsn", "المديرية العامة للأمن الوطني"),
        ("dgst", "المديرية العامة لمراقبة التراب الوطني", None, 4),
     ],
     relations=[
        dict(type="arrested", src="guardia-civil", tgt="isis",
             quote="أعلن الحرس المدني الإسباني عن توقيف سبعة أشخاص للاشتباه في انتمائهم إلى تنظيم “داعش”",
             place="Spain (Toledo and other provinces)",
             note="Seven suspected ISIS members arrested (three in Toledo province, one of them a minor). The arrests are not "
                  "dated (published 3 Feb. 2025)."),
        dict(type="arrested", src="dgst", tgt="isis",
             quote="المديرية العامة لمراقبة التراب الوطني تشارك في عملية إيقاف 7 موالين لـ”داعش” في إسبانيا", occ=1,
             place="Spain",
             note="The headline: the DGST takes part in the operation arresting the seven ISIS supporters (the body says the "
                  "operations were carried out in close cooperation with it and that it played a major role in the searches). "
                  "A joint arrest, recorded on both agencies. Not dated."),
        dict(type="cooperated", src="guardia-civil", tgt="dgst",
             quote="في إطار عمليات أمنية نفذت بالتعاون الوثيق مع المديرية العامة لمراقبة التراب الوطني",
             note="Joint counter-terrorism operations. Not dated."),
        dict(type="tipped-off", src="dgsn", tgt="guardia-civil",
             quote="ثلاثة من المشتبه بهم تم توقيفهم في مقاطعة توليدو، بناءً على معلومات قدمتها المديرية العامة للأمن الوطني",
             place="Toledo province, Spain",
             note="The Guardia Civil's statement, as reported, credits the information for the Toledo arrests to the DGSN (not the "
                  "DGST named elsewhere); recorded as stated. Not dated."),
     ]),

dict(id="kol7asry-2025-interpol-regional-office-saudi-arabia-raisi",
     title="رئيس المنظمة الدولية للشرطة الجنائية : لحظة تاريخية للإنتربول بإنشاء المكتب الإقليمي في المملكة",
     source="news.kol7asry.com", published="2025-01-29",
     out_of_scope=[("0 تعليق ارسل طباعة", 1, "comment counter and print widget"),
                   ("نعرض لكم زوارنا أهم وأحدث الأخبار فى المقال الاتي:", 1, "site boilerplate"),
                   ("إخترنا لك\n\nأخبار ذا", 1, "related-links box, cut by the store's 2,000-byte limit")],
     mentions=[
        ("interpol", "المنظمة الدولية للشرطة الجنائية", None, 1),
        ("interpol", "للإنتربول", None, 1),
        ("interpol", "المنظمة الدولية للشرطة الجنائية", None, 2),
        ("interpol", "للإنتربول", None, 2),
        ("interpol", "المنظمة الدولية للشرطة الجنائية", None, 3),
        ("interpol", "الانتربول"),
        ("raisi", "أحمد ناصر الريسي"),
        ("interpol", "للإنتربول", None, 3),
        ("saudi-interior-ministry", "وزارة الداخلية", "نتعاون مع وزارة الداخلية"),
     ],
     relations=[
        dict(type="leads", src="raisi", tgt="interpol",
             quote="رئيس المنظمة الدولية للشرطة الجنائية (الانتربول) اللواء الدكتور أحمد ناصر الريسي",
             note="President of Interpol."),
        dict(type="cooperated", src="interpol", tgt="saudi-arabia",
             quote="لتوقيع الاتفاقية الخاصة بإنشاء مكتبنا الإقليمي هنا في المملكة",
             date="2025-01-29", date_inferred="'today' ('لقد وقعنا اليوم') in a statement dated by the page's date line, "
                                               "Wednesday 29 Jan. 2025",
             note="The agreement establishing Interpol's regional office in the Kingdom, signed 'today' in the presence of the "
                  "(unnamed) interior minister. 'المملكة' alone is not a mention, so Saudi Arabia has the relation without a "
                  "mention (as in test7). The minister is not named, so his presence gives no met."),
        dict(type="cooperated", src="interpol", tgt="saudi-interior-ministry",
             quote="ويشرفنا أن نتعاون مع وزارة الداخلية",
             note="Al-Raisi: Interpol is honoured to cooperate with the interior ministry, read as the Saudi ministry (the "
                  "minister attended the signing in the Kingdom). Ongoing cooperation: no date."),
     ]),

dict(id="yalla4trend-egypt-interior-ministry-afripol-training-heads-giz",
     title=NO_HEADLINE + "Egypt's interior ministry hosts AFRIPOL's fifth meeting of African police training heads, with GIZ",
     source="Yalla4Trend (yalla4trend.com); its disclaimer names the site 'عاجل نيوز'", published=None,
     out_of_scope=[("إخلاء مسؤولية إن موقع عاجل نيوز يعمل بطريقة آلية دون تدخل بشري،ولذلك فإن جميع المقالات والاخبار والتعليقات "
                    "المنشوره في الموقع مسؤولية أصحابها وإداره الموقع لا تتحمل أي مسؤولية أدبية او قانونية عن محتوى الموقع.", 1,
                    "site disclaimer")],
     mentions=[
        ("egypt-interior-ministry", "وزارة الداخلية المصرية"),
        ("afripol", "الأفريبول"),
        ("giz", "الوكالة الألمانية للتعاون الدولي"),
        ("egypt", "مصر", "داخلَ مصر"),
     ],
     relations=[
        dict(type="cooperated", src="egypt-interior-ministry", tgt="giz", quote=YAL_HOST, place="Egypt",
             note="The ministry hosted the meeting 'in cooperation with' the German agency for international cooperation. The "
                  "page is undated: no date."),
        dict(type="cooperated", src="egypt-interior-ministry", tgt="afripol", quote=YAL_HOST, place="Egypt",
             note="The ministry hosts AFRIPOL's meeting of the heads of African police training departments (the text calls the "
                  "meeting 'known as AFRIPOL'): hosting the organisation's meeting is a joint activity, cooperated. No date."),
     ]),
]
