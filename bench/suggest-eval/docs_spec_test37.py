# Gold annotations for the test37 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

CUT = "clause cut by the store's 2,000-byte limit"

WEEN_MEET = ("عقد صاحب السمو الملكي الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز وزير الداخلية، ووزير الداخلية بالمملكة الأردنية "
             "الهاشمية مازن عبدالله هلال الفراية، اليوم، جلسة مباحثات رسمية في العاصمة الأردنية عمّان")

AJZ_DATE = "2004"
AJZ_INF = "the page's URL date (17 Sep. 2004); the eight-week course ended with the graduation of 'yesterday, Thursday', 16 Sep. 2004"
AJZ_LIST = "وشارك في التدريب مدربون من 15 دولة منها الولايات المتحدة وبريطانيا وبولندا والاردن"
AJZ_LIST_NOTE = ("Trainers from {c} took part in training the Iraqi police at the centre ('one of the 15 states'): {c} trained the Iraqi "
                 "Police (one relation per state named, as a list of praising states gives one praised each; the other 11 states are "
                 "not named). The trainees ('ألف شرطي عراقي') are taken as the Iraqi Police, which has no mention.")

AFD_NAYEF = ("اتفاق وزير الداخلية، محمد بن نايف، مع وكيل وزارة الداخلية العراقية، عدنان الأسدي، خلال زيارة الأخير إلى الرياض "
             "في نهاية شهر تشرين الثاني ٢٠١٢")

KLY_VISIT = ("وصل وزير الداخلية بالمملكة العربية السعودية، الأمير عبد العزيز بن سعود بن نايف، إلى العاصمة المصرية القاهرة، "
             "مساء اليوم السبت، في زيارة رسمية")
KLY_DATE = "2024-09-07"
KLY_INF = ("'this evening, Saturday' in a page dated 8 Sep. 2024 (a Sunday) that reposts Al Khaleej Online's report: the Saturday "
           "before, 7 Sep. 2024")

A21_HANDOVER = "سلمت السلطات الأمنية\nاليمنية خلال الأيام الماضية، 29 شخصا ينتمون لتنظيم\nالقاعدة، إلى\nالسعودية"
A21_IRAN = "الذي تسلمته السلطات اليمنية من إيران قبل عقد من الزمان"

SPA_MEET = ("وقام بتسليم الرسالة سفير خادم الحرمين الشريفين لدى الكويت الدكتور عبدالعزيز بن إبراهيم الفايز، وذلك لدى استقبال "
            "معالي وزير الداخلية الكويتي له اليوم في مكتبه بمقر الوزارة")

TKD_DELEG = ("وفداً أمنياً حكومياً مشتركاً وصل إلى المملكة العربية السعودية برئاسة الفريق الركن عبد الأمير الشمري نائب قائد العمليات "
             "المشتركة، اليوم الخميس، ضم كلا من رئيس هيئة المنافذ الحدودية ومدير عام الجمارك ورئيس أركان قيادة قوات حرس الحدود "
             "ومدير عام الأحوال المدنية والجوازات والإقامة ومدير عام النقل البري ورئيس خلية الإعلام الأمني ومدير التخطيط في "
             "العمليات المشتركة")
TKD_RECEIVE = "كان على رأس المستقبلين قائد حرس الحدود في السعودية وكبار قادة الأمن والضباط الذين رحبوا بالوفد العراقي"
TKD_MEETING = "وعقد الجانبان، “اجتماعاً مشتركاً جرى خلاله تداول عدد من المواضيع الأمنية المشتركة الخاصة بأمن الحدود والمنافذ"
TKD_MEMBERS = {
    "iraq-border-ports-authority": "its head ('رئيس هيئة المنافذ الحدودية')",
    "iraq-customs": "its director general ('مدير عام الجمارك')",
    "iraq-border-guard-command": "its chief of staff ('رئيس أركان قيادة قوات حرس الحدود')",
    "iraq-civil-status-passports": "its director general ('مدير عام الأحوال المدنية والجوازات والإقامة')",
    "iraq-security-media-cell": "its head ('رئيس خلية الإعلام الأمني')",
    "iraq-joint-operations-command": "its deputy commander (Al-Shammari, the delegation's head) and its planning director",
}
TKD_VISIT_NOTE = ("The joint Iraqi delegation that 'arrived in Saudi Arabia' included {w}: the body visited Saudi Arabia through its "
                  "unnamed representative (as the unnamed heads and representatives of dev12 and test7, whose acts are recorded on "
                  "their bodies). 'Today, Thursday' in an undated page: no date. The director general of land transport, also in the "
                  "delegation, heads no security body and gives no actor.")
TKD_MEET_NOTE = ("The delegation, which included {w}, was received by the commander of the Saudi Border Guard (unnamed) and senior "
                 "security leaders, and 'the two sides held a joint meeting': a met between the two bodies through their "
                 "representatives, as dev12's attending staff. The unnamed Saudi security leaders are not a separate actor. No date.")

DOCS = [
dict(id="ween-saudi-jordan-interior-ministers-bin-saud-faraya-amman",
     title="الوزير يناقش تعزيز التعاون الأمني مع نظيره الأردني",
     source="Ween (ween.sa)", published=None,
     out_of_scope=[("محليات", 1, "section label"),
                   ("بقيادة جلالة ال", 1, CUT)],
     mentions=[
        ("mazen-faraya", "نظيره الأردني"),
        ("abdulaziz-bin-saud", "عبدالعزيز بن سعود بن نايف", "عبدالعزيز بن سعود بن نايف وزير الداخلية في السعودية"),
        ("saudi-arabia", "السعودية", "وزير الداخلية في السعودية"),
        ("jordan", "الأردن", "وزير الداخلية بالأردن"),
        ("mazen-faraya", "مازن الفراية"),
        ("king-salman", "سلمان", "الملك سلمان وولي"),
        ("mohammed-bin-salman", "محمد بن سلمان", "ولي العهد محمد بن سلمان لتعزيز"),
        ("abdulaziz-bin-saud", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز"),
        ("jordan", "المملكة الأردنية الهاشمية", "ووزير الداخلية بالمملكة الأردنية الهاشمية"),
        ("mazen-faraya", "مازن عبدالله هلال الفراية"),
        ("king-salman", "سلمان بن عبدالعزيز آل سعود", "الملك سلمان بن عبدالعزيز آل سعود"),
        ("mohammed-bin-salman", "محمد بن سلمان بن عبدالعزيز آل سعود"),
        ("jordan", "المملكة الأردنية الهاشمية", "تربط المملكة بالمملكة الأردنية الهاشمية"),
     ],
     relations=[
        dict(type="met", src="abdulaziz-bin-saud", tgt="mazen-faraya", quote=WEEN_MEET, place="Amman",
             note="Official talks of the two interior ministers in Amman; the summary at the top of the page ('عقد الأمير عبدالعزيز بن "
                  "سعود بن نايف ... جلسة مباحثات رسمية في عمّان') reports the same meeting and is not annotated again. 'Today' in an "
                  "undated page: no date. Talks 'in Amman' do not state a visit, so no visited (as test7's talks in Doha). Neither "
                  "minister gets leads: their ministries are named only in their titles and in the headline's dual."),
        dict(type="cooperated", src="saudi-arabia", tgt="jordan", quote="لتعزيز التعاون الأمني بين البلدين",
             note="Talks held 'to strengthen the security cooperation between the two countries' (talks on cooperation are cooperated, "
                  "as in test3 and test7); the aspects discussed were border security and drug smuggling. The body's 'لتعزيز التعاون "
                  "الأمني في ظل العلاقات المتميزة التي تربط المملكة بالمملكة الأردنية الهاشمية' and 'سبل تعزيز التعاون الأمني' restate it. "
                  "The meeting follows directives of King Salman and the crown prince (mentioned, no relation: directives have no type)."),
        dict(type="cooperated", src="saudi-interior-ministry", tgt="jordan-interior-ministry",
             quote="التعاون الأمني بين وزارتي الداخلية السعودية والأردنية",
             note="The second headline names the cooperation between the two interior ministries. 'وزارتي الداخلية السعودية "
                  "والأردنية' is a dual and not a mention of either ministry (as test7's 'إدارتا مكافحة المخدرات في الأردن وسوريا'), so "
                  "both ministries have this relation without a mention. The same cooperation is also recorded between the states."),
     ]),

dict(id="turaif1-saudi-embassy-amman-wanted-saudis-state-security-court",
     title=NO_HEADLINE + "The Saudi embassy in Jordan says it has no official information on Saudis wanted by Jordan's State Security "
                         "Court, and stresses the two kingdoms' security cooperation",
     source="Turaif1 (turaif1.com), citing Okaz", published=None,
     out_of_scope=[("وتداول أوراق بنكية مقلدة م", 1, CUT)],
     mentions=[
        ("saudi-embassy-amman", "سفارة خادم الحرمين الشريفين في المملكة الأردنية الهاشمية"),
        ("jordan-state-security-court", "محكمة أمن الدولة الأردنية", "لمحكمة أمن الدولة الأردنية."),
        ("mohammed-al-balawi", "محمد بن عايد البلوي"),
        ("jordan-state-security-court", "أمن الدولة", "المطلوبين لأمن الدولة في الأردن"),
        ("jordan", "الأردن", "لأمن الدولة في الأردن"),
        ("mohammed-al-balawi", "البلوي", "وأكد البلوي"),
        ("jordan-state-security-court", "محكمة أمن الدولة الأردنية", "رئيس محكمة أمن الدولة الأردنية"),
        ("raed-azmaqan", "رائد كامل أزمقان"),
     ],
     relations=[
        dict(type="cooperated", src="saudi-arabia", tgt="jordan",
             quote="وأكد البلوي في ذات الوقت على وجود أعلى مستويات التعاون بين المملكتين",
             note="The embassy's spokesman stresses 'the highest levels of cooperation between the two kingdoms in all security "
                  "fields'; 'المملكتين' (a dual, no mention) is Saudi Arabia and Jordan. Saudi Arabia is named only by adjectives "
                  "('سعوديين'), so it has this relation without a mention. Undated page: no date."),
        dict(type="leads", src="raed-azmaqan", tgt="jordan-state-security-court",
             quote="رئيس محكمة أمن الدولة الأردنية العقيد رائد كامل أزمقان",
             note="President of the court (its name is in the title, which gives the court a mention). The court's deadline for 37 "
                  "defendants (5 of them Saudis) to surrender is a judicial summons with no type; the defendants are unnamed. The "
                  "embassy's spokesman Al-Balawi gets no leads (a spokesman)."),
     ]),

dict(id="aljazirah-2004-iraqi-police-graduate-jordan-international-police-training-center",
     title=NO_HEADLINE + "About a thousand Iraqi policemen graduate from the Jordan International Police Training Center",
     source="Al Jazirah (al-jazirah.com), citing Reuters", published="2004-09-17",
     out_of_scope=[("* عمان - (رويترز):", 1, "dateline"),
                   ("وإن الدورة على الر", 1, CUT)],
     mentions=[
        ("jiptc", "المركزالأردني الدولي لتدريب الشرطة"),
        ("iraq", "العراق", "لشعب العراق"),
        ("iraq", "العراق", "أبناء العراق الجديد"),
        ("iraq", "العراق", "ما يجري في العراق"),
        ("iraq", "العراق", "تجربتنا الجارية في العراق"),
        ("ata-abdulwahab", "عطا عبد الوهاب"),
        ("mohammed-tarawneh", "محمد الطراونة"),
        ("jordan-psd", "مديرية الأمن العام"),
        ("iraq", "العراق", "والأمان في العراق"),
        ("usa", "الولايات المتحدة", "منها الولايات المتحدة"),
        ("uk", "بريطانيا"),
        ("poland", "بولندا"),
        ("jordan", "الاردن", "والاردن الذي"),
        ("mohammed-tarawneh", "الطراونة", "الذي قال الطراونة"),
        ("mohammed-tarawneh", "الطراونة", "وقال الطراونة: إن المنهاج"),
        ("usa", "الولايات المتحدة", "مقرر من الولايات المتحدة"),
     ],
     relations=[
        dict(type="trained", src="jiptc", tgt="iraq-police",
             quote="تخرج أمس الخميس حوالي ألف شرطي عراقي من المركزالأردني الدولي لتدريب الشرطة بعد أن أنهوا ثمانية أسابيع من التدريبات اللازمة",
             date=AJZ_DATE, date_inferred=AJZ_INF, place="Muwaqqar, east of Amman",
             note="About a thousand Iraqi policemen (976 sworn in) graduated from the centre after eight weeks of training: the centre "
                  "trained the Iraqi Police (the trainees, 'ألف شرطي عراقي', are taken as that body, as dev12's Burkinabe officers "
                  "are taken as their police; no mention). The eighth course. The centre's place under the PSD is not stated "
                  "(Al-Tarawneh of the PSD only speaks at the ceremony). The Iraqi ambassador's address to the graduates has no type."),
        dict(type="trained", src="usa", tgt="iraq-police", quote=AJZ_LIST, date=AJZ_DATE, date_inferred=AJZ_INF,
             note=AJZ_LIST_NOTE.format(c="the United States") + " Al-Tarawneh adds that the curriculum is set by the United States "
                  "(the same support; its clause is cut by the store's limit after 'المنهاج الذي يدرس للطلبة مقرر من الولايات المتحدة')."),
        dict(type="trained", src="uk", tgt="iraq-police", quote=AJZ_LIST, date=AJZ_DATE, date_inferred=AJZ_INF,
             note=AJZ_LIST_NOTE.format(c="Britain")),
        dict(type="trained", src="poland", tgt="iraq-police", quote=AJZ_LIST, date=AJZ_DATE, date_inferred=AJZ_INF,
             note=AJZ_LIST_NOTE.format(c="Poland")),
        dict(type="trained", src="jordan", tgt="iraq-police", quote=AJZ_LIST, date=AJZ_DATE, date_inferred=AJZ_INF,
             note=AJZ_LIST_NOTE.format(c="Jordan") + " Jordan supplied 30–40% of the lecturers, Al-Tarawneh says."),
     ]),

dict(id="afadak-saudi-iraq-prisoner-exchange-security-committee",
     title=NO_HEADLINE + "Saudi–Iraqi prisoner exchange: a Saudi embassy official on Saudi prisoners in Iraq, and the joint security "
                         "committee's agreement",
     source="Afadak (afadak.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("saadi-al-aslami", "سعدي حجي الأسلمي"),
        ("iraq", "العراق", "السعوديين في العراق والأردن"),
        ("jordan", "الأردن", "في العراق والأردن"),
        ("saudi-embassy-amman", "سفارة السعودية في الأردن"),
        ("saudi-foreign-ministry", "وزارة الخارجية"),
        ("iraq", "العراق", "سجون العراق"),
        ("mohammed-bin-nayef", "محمد بن نايف"),
        ("iraq-interior-ministry", "وزارة الداخلية العراقية"),
        ("adnan-al-asadi", "عدنان الأسدي"),
        ("saudi-arabia", "الرياض"),
        ("saudi-arabia", "السعودية", "تجتمع في السعودية"),
        ("saudi-arabia", "السعودية", "المرعيّة في السعودية"),
        ("iraq", "العراق", "السعودية والعراق."),
     ],
     relations=[
        dict(type="cooperated", src="saudi-arabia", tgt="iraq",
             quote="وقّعت منتصف شهر شباط الماضي اتفاقية تبادل [١٦٦] سجينا سعوديا وعراقيا في سجون البلدين",
             note="A high-level Iraqi–Saudi security committee (named by adjectives only, not an actor) signed an agreement to exchange "
                  "166 prisoners: an agreement between the two states. 'Mid-February last' in an undated page: it follows the "
                  "agreement of late November 2012 (so probably February 2013), but the text does not fix the year, so no date. The "
                  "Saudi security delegation's visit to Baghdad 'scheduled for 8 July' is a plan, and the foreign ministry's request "
                  "that Iraq move the Saudi prisoners to the Kurdistan Region has no type."),
        dict(type="met", src="mohammed-bin-nayef", tgt="adnan-al-asadi", quote=AFD_NAYEF, date="2012-11", place="Riyadh",
             note="The interior minister and the Iraqi interior ministry's undersecretary reached an agreement during Al-Asadi's visit "
                  "to Riyadh at the end of November 2012 (stated). Neither gets leads: Mohammed bin Nayef's ministry is named only in "
                  "his title, and an undersecretary does not head his ministry."),
        dict(type="cooperated", src="mohammed-bin-nayef", tgt="adnan-al-asadi", quote=AFD_NAYEF, date="2012-11",
             note="Their agreement to form a joint committee meeting in Saudi Arabia to activate the transfer of sentenced prisoners "
                  "(within the regional and bilateral agreements). Recorded on the two officials who made it: the Saudi ministry is "
                  "named only in the minister's title."),
        dict(type="visited", src="adnan-al-asadi", tgt="saudi-arabia", quote="خلال زيارة الأخير إلى الرياض في نهاية شهر تشرين الثاني ٢٠١٢",
             date="2012-11",
             note="'الأخير' is Al-Asadi; Riyadh, the destination of his visit, stands for the state (a mention of Saudi Arabia)."),
     ]),

dict(id="klyoum-2024-saudi-interior-minister-bin-saud-arrives-cairo",
     title=NO_HEADLINE + "The Saudi interior minister Abdulaziz bin Saud arrives in Cairo and is received by Mahmoud Tawfik "
                         "(URL slug: مباحثات سعودية مصرية مرتقبة حول تعزيز التعاون الأمني)",
     source="Kul Yawm (klyoum.com), citing Al Khaleej Online", published="2024-09-08",
     out_of_scope=[("اخبار السعودية", 1, "section label"),
                   ("موقع كل يوم -الخليج أونلاين", 1, "site banner"),
                   ("نشر بتاريخ: ٨ أيلول ٢٠٢٤", 1, "date line"),
                   ("القاهرة - الخليج أونلاين", 1, "dateline"),
                   ("وذلك خلال لقاء جمع الرئيس عبد الفت", 1, CUT)],
     mentions=[
        ("egypt-interior-ministry", "وزارة الداخلية المصرية", "وزارة الداخلية المصرية قالت"),
        ("saudi-arabia", "المملكة العربية السعودية", "وزير الداخلية بالمملكة العربية السعودية"),
        ("abdulaziz-bin-saud", "عبد العزيز بن سعود بن نايف"),
        ("mahmoud-tawfik", "محمود توفيق"),
        ("saudi-arabia", "المملكة العربية السعودية", "وسفير المملكة العربية السعودية"),
        ("egypt", "مصر", "لدى مصر"),
        ("saleh-al-husseini", "صالح الحصيني"),
        ("saudi-interior-ministry", "الداخلية السعودية"),
        ("egypt-interior-ministry", "وزارة الداخلية المصرية", "قالت وزارة الداخلية المصرية في"),
        ("egypt", "مصر", "وترتبط مصر"),
        ("saudi-arabia", "السعودية", "مصر والسعودية"),
     ],
     relations=[
        dict(type="visited", src="abdulaziz-bin-saud", tgt="egypt", quote=KLY_VISIT, date=KLY_DATE, date_inferred=KLY_INF,
             place="Cairo",
             note="An official visit to discuss security cooperation. 'العاصمة المصرية القاهرة' names the city (a place, as test7's "
                  "'العاصمة العراقية بغداد'), so Egypt, the visited state, has its mentions elsewhere."),
        dict(type="met", src="mahmoud-tawfik", tgt="abdulaziz-bin-saud",
             quote="واستقبله في مطار القاهرة الدولي، وزير الداخلية المصري، اللواء محمود توفيق",
             date=KLY_DATE, date_inferred=KLY_INF, place="Cairo International Airport",
             note="A reception at the airport (a reception is met)."),
        dict(type="met", src="saleh-al-husseini", tgt="abdulaziz-bin-saud",
             quote="واستقبله في مطار القاهرة الدولي، وزير الداخلية المصري، اللواء محمود توفيق، وسفير المملكة العربية السعودية لدى مصر، صالح الحصيني",
             date=KLY_DATE, date_inferred=KLY_INF, place="Cairo International Airport",
             note="The Saudi ambassador to Egypt also received the minister (a reception, recorded although both are Saudi). An "
                  "ambassador gets no leads."),
        dict(type="cooperated", src="egypt", tgt="saudi-arabia",
             quote="الزيارة تأتي في إطار تدعيم أواصر التعاون الأمني بين البلدين", occ=1,
             date=KLY_DATE, date_inferred=KLY_INF,
             note="The Egyptian interior ministry: the visit comes 'to consolidate the security cooperation between the two countries' "
                  "(an existing cooperation the visit strengthens, as test7's Interpol visit). The same words are quoted again from "
                  "the ministry's X account, the visit is 'to discuss the security cooperation between the two countries', and "
                  "'وترتبط مصر والسعودية بعلاقات متينة ... ومن ضمنها الجانب الأمني' says the same: annotated once."),
        dict(type="cooperated", src="egypt", tgt="saudi-arabia",
             quote="وفي يوليو من العام 2022 توصل البلدان إلى تفاهم متبادل بشأن جهود التصدي للمخاطر التي تهدد أمن المنطقة واستقرارها",
             date="2022-07",
             note="A separate claim: the mutual understanding the two states reached in July 2022 (stated) on countering threats to "
                  "the region's security. The following clause (the meeting at which it was reached) is cut by the store's limit."),
        dict(type="leads", src="mahmoud-tawfik", tgt="egypt-interior-ministry", quote="وزير الداخلية المصري، اللواء محمود توفيق",
             note="The Egyptian interior ministry is named separately in the text, so the minister leads it (as dev12)."),
        dict(type="leads", src="abdulaziz-bin-saud", tgt="saudi-interior-ministry",
             quote="وزير الداخلية بالمملكة العربية السعودية، الأمير عبد العزيز بن سعود بن نايف",
             note="'الداخلية السعودية' (its statement) names the ministry separately (as dev14's 'الداخلية الباكستانية'), so the "
                  "minister leads it."),
     ]),

dict(id="arabtime-jordan-king-abdullah-syria-sharaa-border-smuggling",
     title=NO_HEADLINE + "King Abdullah II and Syria's president Ahmed al-Sharaa agree in Amman to secure the border against arms "
                         "and drug smuggling",
     source="Arab Time (arabtime.news)", published=None,
     out_of_scope=[],
     mentions=[
        ("abdullah-ii", "عبد الله", "الملك عبد الله والرئيس"),
        ("ahmed-al-sharaa", "أحمد الشارا"),
        ("ahmed-al-sharaa", "الشريعة"),
        ("israel", "إسرائيل", "نفذتها إسرائيل"),
        ("syria", "سوريا", "وجنوب سوريا"),
        ("jordan", "الأردن", "واجه الأردن"),
        ("bashar-al-assad", "بشار"),
     ],
     relations=[
        dict(type="met", src="abdullah-ii", tgt="ahmed-al-sharaa", quote="في اجتماع مع الشريعة في عمان", place="Amman",
             note="The text reads like a machine translation: 'الشريعة' renders al-Sharaa's name (written 'أحمد الشارا' in the first "
                  "sentence) and is taken as a mention of him; the subject is the King (العاهل الأردني). 'Today, Wednesday' in an "
                  "undated page: no date. A meeting 'in Amman' does not state a visit, so no visited."),
        dict(type="cooperated", src="jordan", tgt="syria",
             quote="وافق اليوم ، يوم الأربعاء ، على العمل معًا لتأمين الحدود المشتركة للبلدين ضد تهريب الأسلحة والمخدرات",
             note="The two leaders agreed to work together to secure the two countries' shared border against arms and drug smuggling: "
                  "an agreement between the states, whose heads made it. The Royal Court's statement that 'the two leaders agreed that "
                  "coordination is vital for border security' repeats it. King Abdullah's condemnation of Israel's strikes in southern "
                  "Syria has no type. 'المحكمة الملكية الأردنية' (the Royal Hashemite Court, as the speaker) is not a security body and "
                  "gives no actor."),
     ]),

dict(id="arabi21-yemen-hands-29-al-qaeda-members-to-saudi-arabia",
     title=NO_HEADLINE + "Yemen's security authorities hand 29 al-Qaeda members to Saudi Arabia (URL slug: صنعاء تسلم الرياض 29 سعوديا من "
                         "القاعدة)",
     source="Arabi21 (arabi21.co)", published=None,
     out_of_scope=[("تنص ع", 1, CUT)],
     mentions=[
        ("yemeni-security-services", "السلطات الأمنية\nاليمنية"),
        ("aqap", "تنظيم\nالقاعدة"),
        ("saudi-arabia", "السعودية", "إلى\nالسعودية"),
        ("yemen-defence-ministry", "وزارة الدفاع اليمنية", "حسبما قالت وزارة الدفاع اليمنية"),
        ("saudi-security-services", "أجهزة الأمن في المملكة"),
        ("aqap", "تنظيم القاعدة", "ما زال فيه تنظيم القاعدة"),
        ("yemen", "اليمن", "مناطق اليمن"),
        ("yemen-defence-ministry", "وزارة الدفاع اليمنية", "لم تشر وزارة الدفاع اليمنية"),
        ("saudi-arabia", "الرياض", "تسليمهم الى الرياض"),
        ("aqap", "قاعدة الجهاد في جزيرة العرب", None, 1),
        ("umm-hani", "أم هاني"),
        ("aqap", "قاعدة الجهاد في جزيرة العرب", None, 2),
        ("wuhayshi", "عبد الكريم الوحيشي"),
        ("wuhayshi", "أبو بصير"),
        ("iran", "إيران"),
        ("yemen", "لليمن"),
        ("saudi-arabia", "السعودية", "لليمن والسعودية"),
     ],
     relations=[
        dict(type="extradited", src="yemeni-security-services", tgt="saudi-arabia", quote=A21_HANDOVER,
             note="'The Yemeni security authorities' (unspecified services: the collective, as the shipped 'السلطات الأمنية "
                  "الأمريكية') handed 29 al-Qaeda members, all Saudi nationals wanted by the Saudi security services, to Saudi Arabia "
                  "'in recent days' (announced by the Yemeni defence ministry on a Tuesday; undated page, no date). The bare "
                  "'تنظيم القاعدة' is read as AQAP, which the text names in full (as test13). Their arrest is not stated, so no arrested."),
        dict(type="extradited", src="yemeni-security-services", tgt="umm-hani", quote="من بين من تم تسليمهم، امرأه",
             note="Among those handed over was a woman who raised funds for AQAP, named in the next sentence by her nickname 'أم هاني' "
                  "(a named person, so also recorded with her as the target, as dev14's Adebolajo). Her AQAP role has no type."),
        dict(type="cooperated", src="yemen", tgt="saudi-arabia", quote="في إطار التعاون الأمني بين البلدين",
             note="The hand-over is 'within the security cooperation between the two countries'; the defence ministry's 'في إطار "
                  "التعاون الأمني ومكافحة الإرهاب بين البلدين' repeats it."),
        dict(type="cooperated", src="yemen", tgt="saudi-arabia", quote="وسبق لليمن والسعودية أن وقعتا على اتفاقية للتعاون الأمني بنهاية 2007",
             date="2007",
             note="A separate claim: the security cooperation agreement the two states signed at the end of 2007 (stated). The clause "
                  "on its content ('تنص ع…') is cut by the store's limit."),
        dict(type="leads", src="wuhayshi", tgt="aqap", quote="بقيادة اليمني، عبد الكريم الوحيشي",
             note="AQAP, 'made of two wings, Yemeni and Saudi', is 'led by' Al-Wuhayshi (named 'عبد الكريم' here; AQAP's emir Abu "
                  "Basir is better known as Nasir al-Wuhayshi)."),
        dict(type="extradited", src="iran", tgt="wuhayshi", quote=A21_IRAN,
             note="The Yemeni authorities received Al-Wuhayshi from Iran 'a decade ago' (not a date). Recorded with him as the target "
                  "and, separately, with Yemen as the receiving state (dev14's two hand-over relations)."),
        dict(type="extradited", src="iran", tgt="yemen", quote=A21_IRAN,
             note="'السلطات اليمنية' (bare authorities with an adjective, no mention) goes to the state, Yemen."),
     ]),

dict(id="spa-nayef-letter-kuwait-interior-minister-jaber-khaled",
     title=NO_HEADLINE + "Prince Naif's letter to Kuwait's interior minister Jaber Al-Khaled, delivered by the Saudi ambassador Al-Fayez",
     source="Saudi Press Agency (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("naif-bin-abdulaziz", "نايف بن عبدالعزيز آل سعود"),
        ("kuwait", "دولة الكويت"),
        ("jaber-khaled-al-sabah", "جابر بن خالد الصباح", None, 1),
        ("kuwait", "الكويت", "لدى الكويت"),
        ("abdulaziz-al-fayez", "عبدالعزيز بن إبراهيم الفايز"),
        ("jaber-khaled-al-sabah", "جابر بن خالد الصباح", None, 2),
     ],
     relations=[
        dict(type="met", src="jaber-khaled-al-sabah", tgt="abdulaziz-al-fayez", quote=SPA_MEET,
             note="The Kuwaiti interior minister received the Saudi ambassador, who delivered Prince Naif's written letter; they "
                  "discussed matters of common interest. 'Today' in an undated page: no date (Naif was second deputy prime minister "
                  "2009–2011). A written letter between the two ministers has no type. The minister's stress on 'the conformity of the "
                  "two sides' views on all security issues' states agreement of views, not cooperation, and is not annotated."),
        dict(type="visited", src="abdulaziz-al-fayez", tgt="kuwait-interior-ministry", quote=SPA_MEET,
             note="Received at the minister's office 'at the ministry's headquarters' ('الوزارة' is the Kuwaiti interior ministry, "
                  "named only through the minister's title): a visit to a body's seat, as test7's Al-Ansari. The ministry has this "
                  "relation without a mention. No leads: the ministers' ministries are named only in their titles."),
     ]),

dict(id="aljarida-jordan-gid-foils-isis-plot-17-arrested",
     title=NO_HEADLINE + "Jordan's General Intelligence foils an ISIS plot and arrests 17 members of the cell",
     source="Al Jarida (aljarida.com), citing Petra", published=None,
     out_of_scope=[("Ad", 1, "advertisement marker")],
     mentions=[
        ("jordan-gid", "وكالة المخابرات العامة الأردنية"),
        ("isis", "تنظيم داعش"),
        ("syria", "سورية"),
        ("jordan-gid", "دائرة المخابرات"),
     ],
     relations=[
        dict(type="arrested", src="jordan-gid", tgt="isis", quote="بأن دائرة المخابرات اعتقلت 17 عضواً في الخلية",
             note="The GID foiled the plot of an ISIS cell (attacks planned for 'last November') and arrested 17 of its members, "
                  "seizing weapons and explosives: an unnamed cell linked to its group (ISIS). Announced 'yesterday' in an undated "
                  "page: no date (the URL's number begins with what looks like a Unix time of 8 Jan. 2018, not used). 'Syria' is "
                  "only where the group is active."),
     ]),

dict(id="takadum-iraqi-security-delegation-saudi-border-guard-border-ports",
     title="أمن الحدود والمنافذ على طاولة الحوار العراقي السعودي",
     source="Takadum News (takadum-news.com)", published=None,
     out_of_scope=[("سياسية", 1, "section label"),
                   ("وسبل تعزيز التعاون والتنسيق ا", 1, CUT)],
     mentions=[
        ("iraq-joint-operations-command", "العمليات المشتركة", "نائب قائد العمليات المشتركة الفريق"),
        ("shammari", "عبد الأمير الشمري", None, 1),
        ("saudi-arabia", "السعودية", "اليوم الخميس، إلى السعودية"),
        ("iraq-security-media-cell", "خلية الإعلام الأمني", "وقالت خلية الإعلام الأمني"),
        ("saudi-arabia", "المملكة العربية السعودية"),
        ("shammari", "عبد الأمير الشمري", None, 2),
        ("iraq-joint-operations-command", "العمليات المشتركة", "نائب قائد العمليات المشتركة، اليوم"),
        ("iraq-border-ports-authority", "هيئة المنافذ الحدودية"),
        ("iraq-customs", "الجمارك"),
        ("iraq-border-guard-command", "قيادة قوات حرس الحدود"),
        ("iraq-civil-status-passports", "الأحوال المدنية والجوازات والإقامة"),
        ("iraq-security-media-cell", "خلية الإعلام الأمني", "ورئيس خلية الإعلام الأمني"),
        ("iraq-joint-operations-command", "العمليات المشتركة", "التخطيط في العمليات المشتركة"),
        ("saudi-border-guard", "حرس الحدود في السعودية"),
     ],
     relations=[
        dict(type="visited", src="shammari", tgt="saudi-arabia",
             quote="وصل وفد أمني حكومي مشترك، برئاسة نائب قائد العمليات المشتركة الفريق الركن عبد الأمير الشمري، اليوم الخميس، إلى السعودية",
             note="He heads the joint government security delegation that arrived in Saudi Arabia to discuss border and border-port "
                  "security. 'Today, Thursday' in an undated page: no date. A deputy commander gets no leads of the Joint Operations "
                  "Command (whose name his title gives a mention)."),
        dict(type="met", src="shammari", tgt="saudi-border-guard", quote=TKD_RECEIVE,
             note="The commander of the Saudi Border Guard (unnamed) headed those who received the delegation, and the two sides then "
                  "held a joint meeting: a met of the delegation's head with the body whose commander received him. 'حرس الحدود في "
                  "السعودية' is one mention of the Border Guard (as test7's 'إدارة مكافحة المخدرات في الأردن'). The head's greetings "
                  "from the commander-in-chief and the two ministers (titles only) give no actor."),
        dict(type="cooperated", src="iraq", tgt="saudi-arabia", quote=TKD_MEETING,
             note="The joint meeting discussed common security issues of border and port security (talks on cooperation are cooperated, "
                  "as test3 and test7); its next words, 'وسبل تعزيز التعاون والتنسيق ا…', are cut by the store's limit. 'The depth of "
                  "the brotherly relationship between the two countries' and the headline's 'الحوار العراقي السعودي' (adjectives) "
                  "are the same pair. Iraq is named only by adjectives."),
     ] + [dict(type="visited", src=b, tgt="saudi-arabia", quote=TKD_DELEG, note=TKD_VISIT_NOTE.format(w=w))
          for b, w in TKD_MEMBERS.items()]
       + [dict(type="met", src=b, tgt="saudi-border-guard", quote=TKD_RECEIVE, note=TKD_MEET_NOTE.format(w=w))
          for b, w in TKD_MEMBERS.items()]),
]
