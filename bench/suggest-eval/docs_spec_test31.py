# Gold annotations for the test31 corpus (held out; same conventions as docs_spec.py and the other docs_spec_*.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

KSA_MOU = "مذكرة تفاهم بين البلدين للتعاون التقني في الفضاء الإلكتروني ومكافحة الجرائم الإلكترونية"
KSA_SIGN = ("وقّع الفريق أول الشيخ راشد بن عبدالله آل خليفة وزير الداخلية وأخوه الفريق سمو الشيخ سيف بن زايد آل نهيان "
            "نائب رئيس مجلس الوزراء ووزير الداخلية بدولة الإمارات العربية المتحدة الشقيقة، مذكرة تفاهم")
ISA_LIST = ("يتكون من 10 دول، هي إسرائيل، وإيطاليا، وإسبانيا، وسلوفاكيا، والبحرين، وسنغافورة، والسنغال، والمغرب، "
            "والدولتين المؤسستين للتحالف الإمارات وفرنسا")
ISA_NOTE = ("{c} is listed among the ten states that make up the International Security Alliance{f}. The workshop and the "
            "statement are not dated (page of 23 March 2021, URL date).")

DOCS = [
dict(id="ksaplayers-bahrain-uae-interior-ministers-cybercrime-mou",
     title=NO_HEADLINE + "Bahrain's and the UAE's interior ministers sign a memorandum on cyber cooperation and the fight "
                         "against cybercrime on the margins of the 38th GCC interior ministers' meeting",
     source="KSA Players (ksaplayers.com)", published=None,
     out_of_scope=[("وأوضح أن مذكرة التفاهم، التي تم تو", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("gcc", "مجلس التعاون لدول الخليج العربية"),
        ("bahrain", "مملكة البحرين", None, 1),
        ("bahrain", "مملكة البحرين", None, 2),
        ("uae", "دولة الإمارات العربية المتحدة", "ودولة الإمارات العربية المتحدة الشقيقة، وقّع"),
        ("rashid-bin-abdullah", "راشد بن عبدالله آل خليفة"),
        ("saif-bin-zayed", "سيف بن زايد آل نهيان"),
        ("uae", "دولة الإمارات العربية المتحدة", "بدولة الإمارات العربية المتحدة الشقيقة، مذكرة"),
        ("uae", "دولة الإمارات العربية المتحدة", "لدولة الإمارات العربية المتحدة الشقيقة تجاه"),
        ("bahrain", "مملكة البحرين", None, 3),
     ],
     relations=[
        dict(type="cooperated", src="bahrain", tgt="uae", quote=KSA_MOU,
             note="The memorandum 'between the two countries' on technical cooperation in cyberspace and against cybercrime "
                  "(coordination, information exchange, cooperation and training in investigations). Signed by the two "
                  "interior ministers on the margins of the 38th meeting of the GCC interior ministers, held 'yesterday' "
                  "(undated page: no date). The ministries are named only in the ministers' titles, so the agreement is "
                  "recorded between the states."),
        dict(type="met", src="rashid-bin-abdullah", tgt="saif-bin-zayed", quote=KSA_SIGN,
             note="The two ministers signed the memorandum together on the margins of the GCC ministers' meeting. "
                  "Neither gets leads: each ministry is named only in his title ('وزير الداخلية')."),
        dict(type="praised", src="rashid-bin-abdullah", tgt="uae",
             quote="أشاد وزير الداخلية بالعلاقات التاريخية والأخوية المتميزة بين البلدين الشقيقين والحرص المتبادل على تعزيز آفاق التعاون الأمني في مختلف المجالات",
             note="'وزير الداخلية' is Rashid bin Abdullah (Bahrain's minister, named earlier). His praise of the relations "
                  "and of the shared will to strengthen security cooperation is recorded on the foreign side (the UAE), as "
                  "in dev14 and test7; his appreciation of the UAE's 'positions' towards Bahrain in the same sentence is "
                  "political and part of the same praise."),
        dict(type="member-of", src="bahrain", tgt="gcc",
             quote="الاجتماع الثامن والثلاثين لوزراء الداخلية بدول مجلس التعاون لدول الخليج العربية، والذي عُقد أمس برئاسة مملكة البحرين",
             note="Bahrain chaired the 38th meeting of the GCC states' interior ministers (member-of covers chairing a "
                  "forum). The UAE's minister attended, but the text does not state the UAE's membership or role, so it "
                  "gets no member-of. 'Yesterday' in an undated page: no date."),
     ]),

dict(id="adpolice-2021-uae-federal-anti-narcotics-dea-courses",
     title=NO_HEADLINE + "The UAE's federal anti-narcotics department graduates two courses organised with the US DEA",
     source="Abu Dhabi Police (adpolice.gov.ae)", published="2021-06-21",
     out_of_scope=[],
     mentions=[
        ("uae-federal-anti-narcotics", "الإدارة العامة لمكافحة المخدرات الاتحادية"),
        ("uae-interior-ministry", "وزارة الداخلية", None, 1),
        ("dea", "إدارة مكافحة المخدرات", "إدارة مكافحة المخدرات الأمريكية"),
        ("sharjah-police", "القيادة العامة لشرطة الشارقة"),
        ("uae-federal-police-school", "مدرسة الشرطة الاتحادية"),
        ("uae-federal-anti-narcotics", "الإدارة العامة لمكافحة المخدرات", "الإدارة العامة لمكافحة المخدرات بالوزارة"),
        ("suwaidi", "سعيد عبدالله السويدي"),
        ("uae-federal-anti-narcotics", "مكافحة المخدرات الاتحادية", "مدير عام مكافحة المخدرات الاتحادية"),
        ("uae-interior-ministry", "وزارة الداخلية", None, 2),
     ],
     relations=[
        dict(type="cooperated", src="uae-federal-anti-narcotics", tgt="dea",
             quote="نظمتهما الإدارة بالتعاون مع إدارة مكافحة المخدرات الأمريكية",
             note="Two specialised anti-narcotics courses organised by the department 'in cooperation with' the US Drug "
                  "Enforcement Administration (a jointly organised course is cooperated, as dev14's Mareb Press), for 49 "
                  "officers and men of the department and of the country's anti-narcotics units. 'إدارة مكافحة المخدرات "
                  "الأمريكية' is read as the DEA; the adjective is left out of the mention. The courses were held at Sharjah "
                  "Police headquarters and the Federal Police School (places; hosting has no type). Page of 21 June 2021 "
                  "(URL date); the courses are not dated."),
        dict(type="part-of", src="uae-federal-anti-narcotics", tgt="uae-interior-ministry",
             quote="الإدارة العامة لمكافحة المخدرات الاتحادية في وزارة الداخلية",
             note="Stated by 'في وزارة الداخلية' (the ministry is the UAE's: the federal department of an Abu Dhabi Police page)."),
        dict(type="leads", src="suwaidi", tgt="uae-federal-anti-narcotics",
             quote="العقيد سعيد عبدالله السويدي، مدير عام مكافحة المخدرات الاتحادية في وزارة الداخلية",
             note="The title 'مدير عام مكافحة المخدرات الاتحادية' names the department (a mention of it) and he heads it."),
     ]),

dict(id="anbaanews-2025-iraq-81-international-warrants-drug-traffickers-interpol",
     title="الداخلية: صدور 81 مذكرة قبض دولية بحق تجار مخدرات خلال النصف الأول من 2025",
     source="Anbaa Net (anbaanews.net)", published=None,
     out_of_scope=[("أنباء نت", 1, "outlet line")],
     mentions=[
        ("iraq-interior-ministry", "الداخلية", "الداخلية: صدور"),
        ("shammari", "عبد الأمير الشمري"),
        ("interpol", "منظمة الإنتربول"),
        ("iraq-interior-ministry", "وزارة الداخلية", "وذكرت وزارة الداخلية"),
        ("iraq-gdna", "المديرية العامة لمكافحة المخدرات والمؤثرات العقلية"),
        ("shammari", "الشمري", "وأكد الشمري"),
        ("shammari", "الشمري", "وأشار الشمري"),
     ],
     relations=[
        dict(type="cooperated", src="iraq-interior-ministry", tgt="interpol",
             quote="صدور 81 مذكرة قبض دولية بحق تجار ومهربي مخدرات خطيرين، خلال النصف الأول من العام الجاري، وذلك بالتنسيق مع منظمة الإنتربول",
             date="2025-01/2025-06",
             note="The ministry (its minister announces, and 'الداخلية' in the headline) issued 81 international arrest "
                  "warrants against drug traffickers in coordination with Interpol. The period is stated in the headline "
                  "('the first half of 2025'). The warrants were issued by Iraqi courts; no arrest or hand-over is reported."),
        dict(type="leads", src="shammari", tgt="iraq-interior-ministry",
             quote="وذكرت وزارة الداخلية في بيان تلقته أنباء نت، أن الوزير ترأس اجتماعاً",
             note="The ministry is named apart from his title ('the ministry said the minister chaired'), so leads is given, "
                  "as test7's Al-Masri. The GD's briefing to the minister does not state its place in the ministry: no part-of."),
     ]),

dict(id="alriyadh-greece-saudi-interior-ministry-hashish-piraeus",
     title=NO_HEADLINE + "Greek police seize over a tonne of hashish at Piraeus, bound from Lebanon to Libya, in cooperation "
                         "with the Saudi interior ministry and the US",
     source="Al Riyadh (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("saudi-interior-ministry", "وزارة الداخلية", "وزارة الداخلية بالمملكة"),
        ("saudi-arabia", "المملكة العربية السعودية", None, 1),
        ("lebanon", "لبنان", None, 1),
        ("libya", "ليبيا", None, 1),
        ("greek-police", "الشرطة اليونانية"),
        ("lebanon", "لبنان", None, 2),
        ("libya", "ليبيا", None, 2),
        ("greece", "اليونان", "باليونان"),
        ("saudi-arabia", "المملكة العربية السعودية", None, 2),
        ("intl-drug-control-committee", "اللجنة الدولية لمكافحة المخدرات"),
     ],
     relations=[
        dict(type="cooperated", src="greece", tgt="saudi-interior-ministry",
             quote="أعلنت السلطات اليونانية أن التعاون مع وزارة الداخلية بالمملكة العربية السعودية نجح في إحباط تهريب أكثر من طن من الحشيش المعالج",
             place="Piraeus, Greece",
             note="'السلطات اليونانية' (authorities, an adjective) goes to the state. 'وزارة الداخلية بالمملكة العربية السعودية' "
                  "is two mentions (the ministry and the state it belongs to). The cooperation foiled a shipment of processed "
                  "hashish hidden in date paste, bound from Lebanon (loaded in Beirut) to Misrata, Libya; found in a container "
                  "at Piraeus 'last Thursday' (undated page: no date). No arrests were announced."),
        dict(type="cooperated", src="greek-police", tgt="saudi-arabia",
             quote="وأكدت أن عملية أمنية تم تنفيذها بالتعاون مع السلطات السعودية والأمريكية",
             place="Piraeus, Greece",
             note="The subject of 'وأكدت' is the Greek police (previous sentence). The operation was carried out with the Saudi "
                  "and US 'authorities', which go to the states. The same operation is recorded at two levels (Greece–Saudi "
                  "ministry in the first sentence, Greek police–Saudi Arabia here), as dev's Chaab Press."),
        dict(type="cooperated", src="greek-police", tgt="usa",
             quote="وأكدت أن عملية أمنية تم تنفيذها بالتعاون مع السلطات السعودية والأمريكية",
             place="Piraeus, Greece",
             note="As the previous relation, with the US 'authorities' (adjective: the US has no mention here)."),
     ]),

dict(id="shorouknews-2025-interpol-mena-cybercrime-working-group-doha",
     title="انطلاق اجتماع فريق عمل الشرق الأوسط وشمال أفريقيا للجريمة السيبرانية في الدوحة",
     source="Al Shorouk (shorouknews.com), citing DPA and QNA", published="2025-09-30",
     out_of_scope=[("الثلاثاء 30 سبتمبر 2025 4:11 ص القاهرة", 1, "date banner"),
                   ("د ب أ\nنشر في: الثلاثاء 30 سبتمبر 2025 - 3:51 ص | آخر تحديث: الثلاثاء 30 سبتمبر 2025 - 3:51 ص", 1,
                    "agency and date line")],
     mentions=[
        ("interpol-mena-cybercrime-wg", "فريق عمل الشرق الأوسط وشمال أفريقيا للجريمة السيبرانية"),
        ("interpol-mena-cybercrime-wg", "فريق عمل منطقة الشرق الأوسط وشمال إفريقيا حول الجريمة السيبرانية"),
        ("qatar-interior-ministry", "وزارة الداخلية", "تستضيفه وزارة الداخلية"),
        ("interpol-cybercrime-directorate", "إدارة الجريمة السيبرانية"),
        ("interpol-general-secretariat", "الأمانة العامة للمنظمة الدولية للشرطة الجنائية"),
        ("interpol", "الإنتربول", "(الإنتربول)"),
        ("interpol", "منظمة الإنتربول"),
        ("interpol-mena-cybercrime-office", "مكتب الإنتربول الإقليمي للجريمة السيبرانية"),
        ("abdullah-al-suwaidi", "عبدالله بن محمد السويدي"),
        ("qatar-interior-ministry", "وزارة الداخلية القطرية"),
     ],
     relations=[
        dict(type="cooperated", src="qatar-interior-ministry", tgt="interpol-cybercrime-directorate",
             quote="والذي تستضيفه وزارة الداخلية على مدى ثلاثة أيام بتنظيم من إدارة الجريمة السيبرانية",
             date="2025-09-29", date_inferred="'today, Monday' in a DPA item published on Tuesday 30 September 2025 (03:51): Monday 29 September 2025",
             place="Doha",
             note="The 15th meeting of the MENA working group on cybercrime (heads of units), hosted for three days by the "
                  "(Qatari) interior ministry and organised by Interpol's Cybercrime Directorate: a jointly run meeting, "
                  "recorded as cooperated. The ministry is Qatar's (Doha; QNA; 'وزارة الداخلية القطرية' below). The meeting's "
                  "aim of strengthening cooperation 'between Interpol and the member states' names no pair and is an aim. "
                  "The first joint operation of Interpol's regional cybercrime office has no named partner."),
        dict(type="part-of", src="interpol-cybercrime-directorate", tgt="interpol-general-secretariat",
             quote="إدارة الجريمة السيبرانية بالأمانة العامة للمنظمة الدولية للشرطة الجنائية",
             note="Stated by 'ب…' (the directorate in the General Secretariat), as test7's Interpol Muscat."),
        dict(type="part-of", src="interpol-general-secretariat", tgt="interpol",
             quote="الأمانة العامة للمنظمة الدولية للشرطة الجنائية",
             note="The name states the hierarchy ('the General Secretariat of the ICPO'), as dev13's CHEMI; the whole phrase "
                  "is one mention of the General Secretariat (longest name), and '(الإنتربول)' after it is Interpol."),
        dict(type="part-of", src="interpol-mena-cybercrime-office", tgt="interpol",
             quote="مكتب الإنتربول الإقليمي للجريمة السيبرانية",
             note="The name states it ('Interpol's regional office'), as CHEMI's name in dev13."),
     ]),

dict(id="mapmedias-2024-marrakech-french-drug-red-notice-dgst",
     title=NO_HEADLINE + "Moroccan police and the DGST arrest in Marrakech a French national wanted under an Interpol red notice for drug trafficking",
     source="Map Medias (mapmedias.com)", published="2024-10-19",
     out_of_scope=[],
     mentions=[
        ("dgsn", "الأمن المغربي"),
        ("dgst", "مصالح المراقبة الترابية"),
        ("interpol", "الإنتربول"),
        ("dgsn", "للمديرية العامة للأمن الوطني"),
     ],
     relations=[
        dict(type="cooperated", src="dgsn", tgt="dgst",
             quote="تمكنت عناصر الأمن المغربي، في عملية مشتركة مع مصالح المراقبة الترابية",
             place="Marrakech (Tasltante)",
             note="A joint operation of the police and the DGST ('services of territorial surveillance'). 'عناصر الأمن "
                  "المغربي' is read as the DGSN, whose communiqué reports the arrest (the text says which service, as dev's "
                  "Media7 reading). The arrest of a French national of Algerian origin wanted under a red notice issued by "
                  "the French authorities is not annotated: he is unnamed and linked to no named group; his surrender to "
                  "France is pending. 'International security cooperation' names no partner. Page of 19 October 2024 (URL "
                  "date); the arrest is not dated."),
     ]),

dict(id="alwasatnews-2015-bahrain-interior-undersecretary-absi-unodc-gcc-office",
     title=NO_HEADLINE + "Bahrain's interior undersecretary Khalid Al-Absi receives the head of the UNODC office for the GCC, "
                         "Judge Hatem Fouad Ali",
     source="Al Wasat (alwasatnews.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("bahrain-interior-ministry", "وزارة الداخلية", "وكيل وزارة الداخلية اللواء"),
        ("absi", "خالد سالم العبسي"),
        ("unodc-gcc-office", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة بدول مجلس التعاون الخليجي"),
        ("hatem-fouad-ali", "حاتم فؤاد علي", None, 1),
        ("bahrain-cid", "الإدارة العامة للمباحث والأدلة الجنائية"),
        ("hatem-fouad-ali", "حاتم فؤاد علي", None, 2),
        ("bahrain-interior-ministry", "وزارة الداخلية", "بين وزارة الداخلية"),
        ("unodc", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "ومكتب الأمم المتحدة المعني بالمخدرات والجريمة في إطار"),
     ],
     relations=[
        dict(type="met", src="absi", tgt="hatem-fouad-ali",
             quote="بحث وكيل وزارة الداخلية اللواء خالد سالم العبسي، لدى لقائه بمكتبه صباح اليوم الأربعاء (7 أكتوبر/ تشرين الأول 2015)، رئيس مكتب الأمم المتحدة المعني بالمخدرات والجريمة بدول مجلس التعاون الخليجي القاضي حاتم فؤاد علي",
             date="2015-10-07",
             note="Received at his office (Bahrain's interior ministry; the city is not stated). An undersecretary gets no leads."),
        dict(type="met", src="bahrain-cid", tgt="hatem-fouad-ali",
             quote="بحضور مدير عام الإدارة العامة للمباحث والأدلة الجنائية",
             date="2015-10-07",
             note="The unnamed director-general of the CID attended the meeting ('بحضور'): a met with the visitor, as "
                  "attendance in dev7, dev10 and test7, recorded on the body he heads because he is unnamed."),
        dict(type="leads", src="hatem-fouad-ali", tgt="unodc-gcc-office",
             quote="رئيس مكتب الأمم المتحدة المعني بالمخدرات والجريمة بدول مجلس التعاون الخليجي القاضي حاتم فؤاد علي",
             note="Head of the UNODC office for the GCC states."),
        dict(type="part-of", src="unodc-gcc-office", tgt="unodc",
             quote="مكتب الأمم المتحدة المعني بالمخدرات والجريمة بدول مجلس التعاون الخليجي",
             note="The name states it (UNODC's office for the GCC states); the whole phrase is one mention of the office "
                  "(longest name), so 'مجلس التعاون الخليجي' inside it is not a mention of the GCC."),
        dict(type="praised", src="absi", tgt="unodc-gcc-office",
             quote="مشيدا بجهود المكتب في طرح الخطط والبرامج التي تهدف إلى مكافحة المخدرات والجرائم بكل أشكالها",
             date="2015-10-07",
             note="'المكتب' is the office whose head he received."),
        dict(type="cooperated", src="bahrain-interior-ministry", tgt="unodc",
             quote="التعاون الفاعل والتنسيق المستمر بين وزارة الداخلية ومكتب الأمم المتحدة المعني بالمخدرات والجريمة في إطار مذكرة التفاهم الموقعة بين الجانبين بتاريخ 27 فبراير/ شباط 2014",
             note="Ongoing cooperation (as of 7 October 2015) under the memorandum of understanding the two signed on 27 "
                  "February 2014; one relation for the cooperation and its framework. Here the office is named without "
                  "'for the GCC states' and is read as UNODC itself, the memorandum's party."),
     ]),

dict(id="alsharqpaper-iraq-interior-minister-shammari-receives-aimc-koman",
     title=NO_HEADLINE + "Iraq's interior minister Abdul Amir al-Shammari receives the AIMC secretary-general Mohammed bin Ali Koman",
     source="Al Sharq (alsharqpaper.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("shammari", "عبد الأمير الشمري"),
        ("amic", "مجلس وزراء الداخلية العرب", None, 1),
        ("koman", "محمد بن علي كومان"),
        ("amic", "مجلس وزراء الداخلية العرب", None, 2),
     ],
     relations=[
        dict(type="met", src="shammari", tgt="koman",
             quote="استقبل وزير الداخلية السيد عبد الأمير الشمري، أمين عام مجلس وزراء الداخلية العرب الدكتور محمد بن علي كومان، في مقر الوزارة",
             note="Talks on security matters in the Arab states; drugs are the main subject. Undated page (al-Shammari "
                  "minister since Oct. 2022); the city is not stated."),
        dict(type="visited", src="koman", tgt="iraq-interior-ministry",
             quote="محمد بن علي كومان، في مقر الوزارة",
             note="Received at the ministry's headquarters, so he visited the (Iraqi) interior ministry, as test7's Al-Ansari "
                  "and dev14's Chinese ministry. The ministry is named only in al-Shammari's title and as 'الوزارة', so it has "
                  "no mention here. Koman gets no leads: he is the council's secretary-general and its General Secretariat is "
                  "not named (dev10 gives him leads of the Secretariat only where it is named). Al-Shammari's praise of "
                  "cooperation 'with the Gulf states and the neighbouring states' names no state: no relation."),
     ]),

dict(id="nayrouz-jordan-anti-narcotics-qudah-australian-embassy-delegation",
     title=NO_HEADLINE + "Jordan's anti-narcotics director Hassan Al-Qudah receives an Australian embassy delegation",
     source="Nayrouz (nayrouz.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("jordan-anti-narcotics", "إدارة مكافحة المخدرات", "مدير إدارة مكافحة المخدرات"),
        ("qudah", "حسان القضاة"),
        ("australia-embassy-amman", "السفارة الأسترالية"),
        ("qudah", "القضاة", "وقدم القضاة"),
        ("jordan-anti-narcotics", "ادارة مكافحة المخدرات", "لادارة مكافحة المخدرات"),
     ],
     relations=[
        dict(type="met", src="qudah", tgt="australia-embassy-amman",
             quote="استقبل مدير إدارة مكافحة المخدرات العقيد حسان القضاة اليوم وفداً من السفارة الأسترالية",
             note="A delegation (unnamed members) of the Australian embassy; 'visited' takes no organisation as source, so "
                  "the visit is this met. The department is Jordan's (a Jordanian site; Al-Qudah directed Jordan's "
                  "Anti-Narcotics Department); Jordan itself is not named. 'Today' in an undated page: no date."),
        dict(type="leads", src="qudah", tgt="jordan-anti-narcotics",
             quote="مدير إدارة مكافحة المخدرات العقيد حسان القضاة",
             note="'مدير إدارة مكافحة المخدرات' names the department (a mention of it) and he heads it."),
        dict(type="cooperated", src="jordan", tgt="australia",
             quote="لتعزيز روابط الصداقة بين البلدين في مجال مكافحة المخدرات والتعاون المستمر لقطع خطوط التهريب العالمية",
             note="'The continuing cooperation' against drugs 'between the two countries' (Jordan and Australia, resolved "
                  "from the department and the embassy; neither state is named, so neither has a mention here)."),
     ]),

dict(id="sharjah24-2021-uae-international-security-alliance-cybercrime-workshop",
     title=NO_HEADLINE + "The International Security Alliance's states review cybercrime during COVID-19 at a virtual workshop "
                         "of the UAE interior ministry's Office of International Affairs",
     source="Sharjah 24 (sharjah24.ae), citing WAM", published="2021-03-23",
     out_of_scope=[("الشارقة 24 – وام:", 1, "dateline")],
     mentions=[
        ("international-security-alliance", "التحالف الأمني الدولي", "في التحالف الأمني الدولي، أهم"),
        ("uae-interior-intl-affairs", "مكتب الشؤون الدولية"),
        ("uae-interior-ministry", "وزارة الداخلية", "في وزارة الداخلية، بالتعاون"),
        ("international-security-alliance", "التحالف الأمني الدولي", "في التحالف الأمني الدولي، بهدف"),
        ("international-security-alliance", "التحالف الأمني الدولي", "دول التحالف الأمني الدولي؛"),
        ("international-security-alliance", "التحالف الأمني", "دول التحالف الأمني بالرد"),
        ("international-security-alliance", "التحالف الأمني الدولي", "أن التحالف الأمني الدولي الذي"),
        ("uae-interior-ministry", "وزارة الداخلية", "سكرتارية وزارة الداخلية"),
        ("uae", "دولة الإمارات", "في دولة الإمارات منذ"),
        ("israel", "إسرائيل"),
        ("italy", "إيطاليا"),
        ("spain", "إسبانيا"),
        ("slovakia", "سلوفاكيا"),
        ("bahrain", "البحرين"),
        ("singapore", "سنغافورة"),
        ("senegal", "السنغال"),
        ("morocco", "المغرب"),
        ("international-security-alliance", "للتحالف"),
        ("uae", "الإمارات", "للتحالف الإمارات"),
        ("france", "فرنسا"),
     ],
     relations=[
        dict(type="cooperated", src="uae-interior-intl-affairs", tgt="international-security-alliance",
             quote="نظمها مكتب الشؤون الدولية في وزارة الداخلية، بالتعاون مع الدول الأعضاء في التحالف الأمني الدولي",
             note="A virtual workshop on cybercrime during COVID-19, organised by the Office of International Affairs of "
                  "the (UAE) interior ministry with the alliance's member states; recorded with the alliance, as test7 "
                  "records coordination with 'the states of the EU' on the EU. Not dated (page of 23 March 2021, URL date)."),
        dict(type="part-of", src="uae-interior-intl-affairs", tgt="uae-interior-ministry",
             quote="مكتب الشؤون الدولية في وزارة الداخلية",
             note="Stated by 'في وزارة الداخلية'; the ministry is the UAE's (WAM; the alliance's secretariat is at the UAE ministry)."),
        dict(type="member-of", src="uae-interior-ministry", tgt="international-security-alliance",
             quote="التحالف الأمني الدولي الذي تستضيف سكرتارية وزارة الداخلية في دولة الإمارات منذ انطلاقة",
             note="The UAE interior ministry has hosted the alliance's secretariat since its launch: a standing role in the "
                  "alliance (member-of)."),
        dict(type="member-of", src="israel", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Israel", f="")),
        dict(type="member-of", src="italy", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Italy", f="")),
        dict(type="member-of", src="spain", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Spain", f="")),
        dict(type="member-of", src="slovakia", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Slovakia", f="")),
        dict(type="member-of", src="bahrain", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Bahrain", f="")),
        dict(type="member-of", src="singapore", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Singapore", f="")),
        dict(type="member-of", src="senegal", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Senegal", f="")),
        dict(type="member-of", src="morocco", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="Morocco", f="")),
        dict(type="member-of", src="uae", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="The UAE", f=", as one of its two founding states")),
        dict(type="member-of", src="france", tgt="international-security-alliance", quote=ISA_LIST, note=ISA_NOTE.format(c="France", f=", as one of its two founding states")),
     ]),
]
