# Gold annotations for the test41 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

MOH_MEET = "التقى اللواء مجدي عبد الغفار وزير الداخلية بالفريق الركن راشد بن عبد الله آل خليفة وزير الداخلية البحريني"
ELW_DATE_INF = "the article's URL date (21 July 2024): 'early last June'"
PNN_MEET_RASHAD = ("التقيت اليوم في القاهرة وبحضور مدير المخابرات العامة ماجد فرج في اجتماعين منفردين كلا من "
                   "مدير المخابرات المصرية حسن رشاد")
PNN_MEET_ABDELATTY = ("التقيت اليوم في القاهرة وبحضور مدير المخابرات العامة ماجد فرج في اجتماعين منفردين كلا من "
                      "مدير المخابرات المصرية حسن رشاد، ووزير الخارجية المصري بدر عبد العاطي")
PNN_LEAD = ("بحث اللواء ماجد فرج رئيس جهاز المخابرات العامة الوزير ماجد فرج ونائب الرئيس الفلسطيني حسين الشيخ "
            "مع وزير الخارجية و المخابرات المصرية")
PNN_ARRIVE = "وكان الشيخ وفرج قد وصلا ظهر اليوم الأحد إلى العاصمة المصرية القاهرة، لإجراء محادثات رسمية"
PNN_UNDATED = "'Today, Sunday' in a page with no dateline: no date (the talks are after the UN Security Council's Gaza resolution, which the text does not date)."
ALW_SHAER_ARREST = "سلطات بلاده استجابت لطلب الحكومة المصرية والشرطة الدولية (إنتربول)، وقامت بإلقاء القبض على أكرم الشاعر"
EAN_MEET = "بحث وزير الداخلية المفوض بحكومة الوفاق فتحي باشاغا، مع الوفد المصري الذي يزور العاصمة طرابلس"
EAN_UNDATED = "'Today, Sunday' in a page with no dateline: no date (Bashagha was GNA interior minister 2018–2021; the 5+5 commission and the ceasefire point to late 2020, which the text does not state)."

DOCS = [
dict(id="moheet-egypt-bahrain-interior-ministers-abdel-ghaffar-rashid-aimc-algiers",
     title=NO_HEADLINE + "Egypt's interior minister Magdy Abdel Ghaffar meets Bahrain's Rashid bin Abdullah on the margins of the "
                         "32nd session of the Arab Interior Ministers' Council in Algiers",
     source="Moheet (via Masress), citing MENA", published=None,
     out_of_scope=[("حيث كان في استقباله وزير التكوين المحلى الجزائري، والسفير عمر أبو", 1,
                    "clause cut by the store's 2,000-byte limit (those who received the minister; the ambassador's name is cut)")],
     mentions=[
        ("abdel-ghaffar", "مجدي عبد الغفار", None, 1),
        ("rashid-bin-abdullah", "راشد بن عبد الله آل خليفة"),
        ("amic", "مجلس وزراء الداخلية العرب", "لمجلس وزراء الداخلية العرب"),
        ("algeria", "الجزائر", "تعقد بالجزائر"),
        ("bouteflika", "عبد العزيز بوتفليقة"),
        ("amic", "مؤتمر وزراء الداخلية العرب"),
        ("egypt", "مصر", "بين مصر والبحرين"),
        ("bahrain", "البحرين", "بين مصر والبحرين"),
        ("egypt-interior-ministry", "وزارة الداخلية المصرية"),
        ("egypt-security-services", "الشرطة المصرية"),
        ("abdel-ghaffar", "مجدي عبدالغفار"),
        ("bahrain", "البحرين", "لموقف البحرين"),
        ("egypt", "مصر", "الداعم لمصر"),
        ("bahrain", "البحرين", "دولة البحرين"),
        ("abdel-ghaffar", "مجدي عبد الغفار", None, 2),
     ],
     relations=[
        dict(type="met", src="abdel-ghaffar", tgt="rashid-bin-abdullah", quote=MOH_MEET, place="Algiers",
             note="Met on the margins of the AIMC's 32nd session 'held in Algeria' ('بالجزائر'), before its opening sitting. "
                  "The page is undated (Abdel Ghaffar was minister 2015–2018; the 32nd session was in 2015, which the text does not say): no date. "
                  "Rashid bin Abdullah's ministry is named only in his title, so he gets no leads."),
        dict(type="leads", src="abdel-ghaffar", tgt="egypt-interior-ministry",
             quote="اللواء مجدي عبد الغفار وزير الداخلية بالفريق",
             note="His title is 'وزير الداخلية', and the Egyptian ministry is named separately ('وزارة الداخلية المصرية'), so leads is "
                  "given as dev14 gave Tawfik's. The quote runs to the next word because the title recurs later."),
        dict(type="cooperated", src="egypt", tgt="bahrain",
             quote="سبل تعزيز التعاون الأمني المشترك بين مصر والبحرين في مختلف مجالات العمل الأمني، خاصة في مجال مكافحة الإرهاب",
             place="Algiers",
             note="The two ministers discussed strengthening the joint security cooperation between the two states, especially against "
                  "terrorism: talks on cooperation are cooperated (test3, test7)."),
        dict(type="praised", src="rashid-bin-abdullah", tgt="egypt-interior-ministry",
             quote="أعرب وزير الداخلية البحريني عن دعم بلاده الكامل لجهود وزارة الداخلية المصرية في مجال مكافحة الإرهاب",
             note="Bahrain's minister (Rashid bin Abdullah, named in the first sentence) publicly backs the Egyptian ministry's "
                  "counter-terrorism efforts: read as commendation of its security work."),
        dict(type="praised", src="rashid-bin-abdullah", tgt="egypt-security-services",
             quote="مثمنا تضحيات رجال الشرطة المصرية",
             note="He commends the sacrifices of the Egyptian police ('الشرطة المصرية', the collective Egyptian services)."),
        dict(type="visited", src="abdel-ghaffar", tgt="algeria",
             quote="وكان اللواء مجدي عبد الغفار قد وصل الليلة الماضية إلى مطار هوارى بومدين بالعاصمة الجزائرية",
             place="Algiers",
             note="He arrived 'last night' at Algiers airport to attend the AIMC session hosted by Algeria: a visit to Algeria, "
                  "which this clause names only by the adjective. The rest of the sentence (who received him) is cut by the store "
                  "and out of scope. Undated page: no date."),
     ]),

dict(id="thenewkhalij-2014-uae-interpol-hands-brotherhood-lawyer-to-egypt",
     title=NO_HEADLINE + "The Egyptian Interpol recovers from the UAE a lawyer described as a Muslim Brotherhood leader "
                         "(URL slug: الإنتربول الإماراتي يلقي القبض على مصري ويسلمه للقاهرة لانتمائه للإخوان)",
     source="Al Khaleej Al Jadeed (thenewkhalij.news), from agencies", published="2014-10-20",
     out_of_scope=[("الاثنين 20 أكتوبر 2014 11:10 م", 1, "date line"),
                   ("المصدر | متابعات", 1, "source line")],
     mentions=[
        ("interpol-cairo", "قطاع شرطة الإنتربول المصري"),
        ("jamal-abdel-bari", "جمال عبد الباري"),
        ("muslim-brotherhood", "الإخوان المسلمين"),
        ("interpol-uae", "الإنتربول في دولة الإمارات"),
        ("interpol-cairo", "الإنتربول المصري", "إخطار الإنتربول المصري"),
        ("interpol-cairo", "قطاع الإنتربول المصري"),
        ("interpol-uae", "قطاع الإنتربول فى الإمارات"),
        ("jamal-dabba", "جمال عبد الله دبا"),
        ("uae", "الإمارات", "إيقافه في الإمارات"),
        ("egypt", "مصر", "سلطة الانقلاب في مصر"),
        ("muslim-brotherhood", "الإخوان", "وبخاصة قيادات «الإخوان»"),
        ("interpol", "الإنتربول الدولي"),
        ("muslim-brotherhood", "الإخوان", "تسليم قيادات «الإخوان»"),
        ("egypt", "مصر", "العدالة في مصر"),
        ("uae", "دولة الإمارات", "إلا أن دولة الإمارات"),
     ],
     relations=[
        dict(type="leads", src="jamal-abdel-bari", tgt="interpol-cairo",
             quote="قطاع شرطة الإنتربول المصري بقيادة اللواء «جمال عبد الباري» رئيس القطاع",
             note="'بقيادة … رئيس القطاع': he heads the Egyptian Interpol sector."),
        dict(type="arrested", src="interpol-uae", tgt="jamal-dabba",
             quote="وذلك بعد إيقافه من قبل الإنتربول في دولة الإمارات، بناء على النشرة الحمراء الصادرة ضده",
             note="The man detained by the UAE's Interpol on a red notice is named in the third paragraph (Gamal Abdullah Dabba, a lawyer "
                  "from Damietta, called one of the Brotherhood's leaders), so the arrest goes to him, not to the group. Not dated "
                  "(before the announcement of 20 Oct. 2014)."),
        dict(type="cooperated", src="interpol-uae", tgt="interpol-cairo",
             quote="وقد تلقي قطاع الإنتربول المصري إخطارا رسميا من مسئولي قطاع الإنتربول فى الإمارات، يفيد بضبط «جمال عبد الله دبا»",
             note="An Interpol bureau notifying its counterpart of an arrest is cooperated (README). The earlier 'وقد تم إخطار الإنتربول "
                  "المصري رسميا بضبطه' states the same notification and is not annotated again."),
        dict(type="extradited", src="uae", tgt="interpol-cairo",
             quote="حتى تم إرسال مأمورية أمنية واسترداده، تمهيدا لتقديمه للمحاكمة",
             note="The Egyptian Interpol sent a security mission and recovered him from the UAE ('إنهاء إجراءات استرداد' in the first "
                  "sentence): the UAE is the surrendering side (the body that handed him over is not named; the country, as the README "
                  "records UAE hand-overs), the Egyptian Interpol the receiving agency. Not dated (announced 20 Oct. 2014)."),
        dict(type="extradited", src="uae", tgt="jamal-dabba",
             quote="حتى تم إرسال مأمورية أمنية واسترداده، تمهيدا لتقديمه للمحاكمة",
             note="The same hand-over with the person as the target (extradited takes one target; dev14's Adebolajo)."),
     ]),

dict(id="watananews-jordan-psd-maaytah-abu-dhabi-police-mazrouei",
     title=NO_HEADLINE + "Jordan's PSD director Obaidullah Al-Maaytah receives the Abu Dhabi Police commander-in-chief Faris Al Mazrouei",
     source="Watan News (watananews.com)", published=None,
     out_of_scope=[("وطنا اليوم –", 1, "outlet label"),
                   ("والمستوى المتقدم الذي وصلت إليه إعدا", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("jordan-psd", "الأمن العام", "التقى مدير الأمن العام"),
        ("maaytah", "عبيدالله المعايطة"),
        ("abu-dhabi-police", "شرطة أبو ظبي"),
        ("faris-al-mazrouei", "فارس خلف المزروعي"),
        ("maaytah", "المعايطة", "وأكَّد اللواء المعايطة"),
        ("jordan-psd", "مديرية الأمن العام", "التعاون بين مديرية الأمن العام"),
        ("abu-dhabi-police", "نظيرتها الإماراتية"),
        ("maaytah", "المعايطة", "وأشار المعايطة"),
        ("maaytah", "المعايطة", "وبيَّن المعايطة"),
        ("jordan-psd", "مديرية الأمن العام", "أن مديرية الأمن العام عملت"),
        ("faris-al-mazrouei", "المزروعي", "أكد المزروعي"),
        ("faris-al-mazrouei", "المزروعي", "وأشاد المزروعي"),
        ("jordan-psd", "مديرية الأمن العام", "تتمتع بها مديرية الأمن العام"),
     ],
     relations=[
        dict(type="met", src="maaytah", tgt="faris-al-mazrouei",
             quote="التقى مدير الأمن العام، اللواء عبيدالله المعايطة، في مكتبه اليوم، القائد العام لشرطة أبو ظبي، اللواء الركن الطيار فارس خلف المزروعي",
             note="Received at Al-Maaytah's office with the accompanying delegation; the city is not named, and a reception at an "
                  "office is not stated as a visit (test7's Lassen), so no visited. 'Today' in an undated page: no date."),
        dict(type="leads", src="maaytah", tgt="jordan-psd", quote="مدير الأمن العام، اللواء عبيدالله المعايطة",
             note="'مدير الأمن العام' gives a mention 'الأمن العام' of the PSD, named in full later."),
        dict(type="leads", src="faris-al-mazrouei", tgt="abu-dhabi-police",
             quote="القائد العام لشرطة أبو ظبي، اللواء الركن الطيار فارس خلف المزروعي",
             note="Commander-in-chief of Abu Dhabi Police ('لشرطة أبو ظبي': the proclitic ل is left out of the mention)."),
        dict(type="cooperated", src="jordan-psd", tgt="abu-dhabi-police",
             quote="انعكست إيجاباً على مستوى التعاون بين مديرية الأمن العام ونظيرتها الإماراتية",
             note="'نظيرتها الإماراتية' (the PSD's Emirati counterpart) is read as Abu Dhabi Police, whose commander is the visitor. "
                  "The 'strategic partnership between the two sides, especially in training and the exchange of expertise' and "
                  "Al Mazrouei's 'existing cooperation between the two police bodies' restate this cooperation and are not annotated again."),
        dict(type="praised", src="faris-al-mazrouei", tgt="jordan-psd",
             quote="وأشاد المزروعي، بالسمعة الطيبة التي تتمتع بها مديرية الأمن العام",
             note="The rest of the sentence is cut by the store and out of scope."),
     ]),

dict(id="misralan-egyptian-ambassador-sudan-interior-minister-anan-training",
     title="السفير المصري يبحث مع وزير الداخلية السوداني تحضيرات استضافة بعثتي الأهلي والزمالك",
     source="Misr Alan (misralan.net)", published=None,
     out_of_scope=[("عرب وعالم", 1, "section label"),
                   ("حيث أكد وزير الداخلية السوداني على قيام ا", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("hani-salah-el-din", "هاني صلاح", "التقى هاني صلاح"),
        ("egypt", "مصر", "سفير مصر"),
        ("anan-hamid-omer", "عنان حامد عمر"),
        ("egypt", "مصر", "في مصر والسودان"),
        ("sudan", "السودان", "في مصر والسودان"),
        ("sudan-interior-ministry", "وزارة الداخلية السودانية"),
        ("hani-salah-el-din", "هاني صلاح", "السفير هاني صلاح"),
        ("egypt-interior-ministry", "وزارة الداخلية المصرية"),
        ("egypt-police-academy", "أكاديمية الشرطة"),
        ("sudan", "السودان", "لاستضافة السودان"),
     ],
     relations=[
        dict(type="met", src="hani-salah-el-din", tgt="anan-hamid-omer",
             quote="التقى هاني صلاح سفير مصر في الخرطوم الفريق أول شرطة حقوقي عنان حامد عمر وزير الداخلية السوداني",
             place="Khartoum",
             note="The ambassador in Khartoum met the minister (the place is implied by 'سفير مصر في الخرطوم'). The page is undated "
                  "(Anan Hamid Omer was minister in 2022): no date. An ambassador gets no leads."),
        dict(type="leads", src="anan-hamid-omer", tgt="sudan-interior-ministry",
             quote="عنان حامد عمر وزير الداخلية السوداني",
             note="The title names the ministry by adjective only, but the ministry is named separately ('وزارة الداخلية السودانية'), "
                  "so leads is given as dev14 gave Nisar's and Tawfik's."),
        dict(type="cooperated", src="egypt", tgt="sudan",
             quote="تناول اللقاء تطورات علاقات التعاون الثنائي بين البلدين وسبل المضي قدماً في تعزيزها",
             note="Talks of the interior minister and the ambassador on the bilateral cooperation 'between the two countries' (Egypt "
                  "and Sudan, named before). The ambassador's later review of 'fields of cooperation between the two countries, "
                  "training courses and scholarships among them' restates it."),
        dict(type="cooperated", src="egypt-interior-ministry", tgt="sudan-interior-ministry",
             quote="وأشاد بالتعاون القائم في كافة المجالات، خاصة في مجال تدريب كوادر وزارة الداخلية السودانية",
             note="The existing cooperation between 'the two interior ministries in Egypt and Sudan' (a dual, as test7's WAM: no mention "
                  "of either ministry there), especially in training the Sudanese ministry's staff; the same cooperation at the level "
                  "of the ministries (two levels, as in dev14)."),
        dict(type="praised", src="anan-hamid-omer", tgt="egypt-interior-ministry",
             quote="وأثنى وزير الداخلية السوداني على خصوصية العلاقات بين وزارتي الداخلية في مصر والسودان، وأشاد بالتعاون القائم في كافة المجالات",
             note="The Sudanese minister praises the relations and cooperation with the Egyptian ministry: praise of cooperation is "
                  "recorded on the foreign side (dev14)."),
        dict(type="trained", src="egypt-interior-ministry", tgt="sudan-interior-ministry",
             quote="قيام وزارة الداخلية المصرية بتخصيص عدد (4) منح دراسية للجانب السوداني للدارسة بأكاديمية الشرطة",
             note="The Egyptian ministry has allocated four two-year scholarships at the (Egyptian) Police Academy to 'the Sudanese "
                  "side' (read as the Sudanese ministry, whose staff training is the subject), and the training of the Sudanese "
                  "ministry's staff is stated as existing cooperation: capacity building, so trained. The academy is where the study "
                  "will take place; it is mentioned but gets no relation (its part-of the ministry is not stated)."),
     ]),

dict(id="elwatanelarabynews-2024-kuwait-egypt-security-cooperation-judges-handover",
     title=NO_HEADLINE + "Kuwaiti media personality Aisha Al-Rashid on Kuwait–Egypt security cooperation after Fahd Al-Yousef's visit to Egypt "
                         "(URL slug: الإعلامية عائشة الرشيد تعاون امني بين)",
     source="Elwatan Elaraby News (elwatanelarabynews.com)", published="2024-07-21",
     out_of_scope=[("لحماية أمن واستقرار", 1, "phrase cut by the store's 2,000-byte limit")],
     mentions=[
        ("aisha-al-rashid", "عائشة الرشيد"),
        ("fahd-al-yousef", "فهد يوسف سعود الصباح"),
        ("egypt", "جمهورية مصر العربية"),
        ("mahmoud-tawfik", "محمود توفيق"),
        ("egypt-interior-ministry", "الداخلية المصرية", "بالداخلية المصرية"),
        ("muslim-brotherhood", "جماعة الإخوان"),
        ("egypt-interior-ministry", "الداخلية المصرية", "إبلاغ الداخلية المصرية"),
        ("kuwait", "الكويت", "تسليمهم إلى الكويت"),
        ("interpol", "الانتربول", "من خلال الانتربول"),
        ("kuwait-state-security", "أمن الدولة"),
        ("fahd-al-yousef", "فهد اليوسف"),
        ("kuwait-security-services", "السلطات الأمنية الكويتية"),
        ("egypt-security-services", "نظيرتها المصرية"),
        ("egypt", "مصر", "بين مصر والكويت"),
        ("kuwait", "الكويت", "بين مصر والكويت"),
     ],
     relations=[
        dict(type="visited", src="fahd-al-yousef", tgt="egypt",
             quote="زيارة النائب الأول لرئيس مجلس الوزراء وزير الدفاع ووزير الداخلية الشيخ فهد يوسف سعود الصباح والوفد المرافق له إلى جمهورية مصر العربية الشقيقة في بداية شهر يونيو الماضي",
             date="2024-06", date_inferred=ELW_DATE_INF,
             note="A claim of the commentator Aisha Al-Rashid, as are all relations of this text. Fahd Al-Yousef's ministry is named "
                  "only in his title: no leads."),
        dict(type="met", src="fahd-al-yousef", tgt="mahmoud-tawfik",
             quote="إلتقى خلالها مع وزير الداخلية المصري اللواء محمود توفيق",
             date="2024-06", date_inferred=ELW_DATE_INF, note="During the visit (commentator's account)."),
        dict(type="met", src="fahd-al-yousef", tgt="egypt-interior-ministry",
             quote="إلتقى خلالها مع وزير الداخلية المصري اللواء محمود توفيق وكبار القيادات والمسؤولين بالداخلية المصرية",
             date="2024-06", date_inferred=ELW_DATE_INF,
             note="He also met the ministry's senior leaders and officials (a met with the body, as test7's Interpol delegation)."),
        dict(type="leads", src="mahmoud-tawfik", tgt="egypt-interior-ministry",
             quote="وزير الداخلية المصري اللواء محمود توفيق",
             note="The ministry is named separately ('الداخلية المصرية'), so leads is given (dev14)."),
        dict(type="tipped-off", src="kuwait", tgt="egypt-interior-ministry",
             quote="تضمن خلاله إبلاغ الداخلية المصرية عن بعض القضاة الفاسدين",
             date="2024-06", date_inferred=ELW_DATE_INF + "; the meeting of the two delegations was during that visit",
             note="At the meeting of the Kuwaiti and Egyptian delegations the Egyptian ministry was informed about some corrupt judges, "
                  "who were then handed to Kuwait: read as the Kuwaiti side's information leading to their arrest and hand-over (the "
                  "Kuwaiti body is not named, so the country). Commentator's account."),
        dict(type="extradited", src="egypt", tgt="kuwait",
             quote="قبل أيام تم تسليمهم إلى الكويت من خلال الانتربول",
             note="The judges (unnamed) were handed to Kuwait through Interpol 'a few days ago': the surrendering side is Egypt (implied: "
                  "the Egyptian ministry was informed of them). 'A few days ago' is not resolved to a date. Their coming questioning by "
                  "Kuwait's State Security is a plan and is not annotated; Interpol's part has no type."),
        dict(type="cooperated", src="kuwait-security-services", tgt="egypt-security-services",
             quote="هناك تنسيقا مكثفا بين السلطات الأمنية الكويتية ونظيرتها المصرية في إطار الاتفاقيات المشتركة لتبادل المجرمين",
             note="'السلطات الأمنية الكويتية' (the Kuwaiti security authorities) and 'نظيرتها المصرية' are collective services, as dev's "
                  "'السلطات الأمنية المغربية'. Intensive coordination within the agreements on exchanging criminals."),
        dict(type="cooperated", src="egypt", tgt="kuwait",
             quote="تبادل الخارجين عن القانون بين مصر والكويت يعكس تفعيل اتفاقية التعاون الرسمي بين البلدين",
             note="The state level (two levels, as dev14): the exchange of outlaws under the two states' cooperation agreement. The "
                  "earlier 'التعاون الأمني المصري الكويتي منذ وقت طويل' (long-standing Egyptian–Kuwaiti security cooperation, which "
                  "'dealt many blows to the Muslim Brotherhood, spies and outlaws') states the same state-level cooperation and is not "
                  "annotated again; the 'blows' name no arrest."),
     ]),

dict(id="eanlibya-libya-bashagha-egyptian-intelligence-delegation-tripoli",
     title=NO_HEADLINE + "Libya's GNA interior minister Fathi Bashagha meets an Egyptian delegation led by the deputy GIS head Ayman Badie in Tripoli "
                         "(URL slug: اجتماع أمني رفيع المستوي مع الوفد المص…)",
     source="Ean Libya (eanlibya.com)", published=None,
     out_of_scope=[("اترك تعليقاً", 1, "comment widget")],
     mentions=[
        ("libya", "حكومة الوفاق", "المفوض بحكومة الوفاق"),
        ("bashagha", "فتحي باشاغا"),
        ("libya-intelligence-service", "جهاز المخابرات", "رئيس جهاز المخابرات الليبية"),
        ("trabelsi", "عماد الطرابلسي"),
        ("libya-5plus5-jmc", "لجنة 5+5"),
        ("libya-interior-ministry", "وزارة الداخلية", "لوزارة الداخلية"),
        ("egypt", "القاهرة", "بين القاهرة وطرابلس"),
        ("libya", "طرابلس", "بين القاهرة وطرابلس"),
        ("libya-interior-ministry", "داخلية الوفاق"),
        ("egypt-gis", "جهاز المخابرات", "نائب رئيس جهاز المخابرات المصري"),
        ("ayman-badie", "أيمن بديع"),
        ("libya", "حكومة الوفاق", "مصادر بحكومة الوفاق"),
        ("libya", "طرابلس", "المصري لطرابلس"),
        ("egypt", "مصر", "بين مصر وليبيا"),
        ("libya", "ليبيا", "بين مصر وليبيا"),
        ("egypt", "القاهرة", "بين القاهرة و طرابلس"),
        ("libya", "طرابلس", "بين القاهرة و طرابلس"),
     ],
     relations=[
        dict(type="met", src="bashagha", tgt="ayman-badie", quote=EAN_MEET, place="Tripoli",
             note="Talks with the Egyptian delegation, whose head (the GIS deputy head Ayman Badie) is named later ('ويترأس الوفد'): "
                  "a met with the delegation's head, as test7's Al-Rifai. " + EAN_UNDATED),
        dict(type="met", src="trabelsi", tgt="ayman-badie",
             quote="كما تم خلال الاجتماع الذي عُقِد اليوم الأحد، بحضور رئيس جهاز المخابرات الليبية عماد الطرابلسي",
             place="Tripoli", note="The head of the Libyan intelligence service attended the meeting ('بحضور'): a met with the visitor, as attendance in test7."),
        dict(type="leads", src="bashagha", tgt="libya-interior-ministry",
             quote="وزير الداخلية المفوض بحكومة الوفاق فتحي باشاغا",
             note="The ministry is named separately ('وزارة الداخلية', 'داخلية الوفاق'), so leads is given (dev14)."),
        dict(type="leads", src="trabelsi", tgt="libya-intelligence-service",
             quote="رئيس جهاز المخابرات الليبية عماد الطرابلسي",
             note="'جهاز المخابرات' is the mention (the nationality adjective is left out, as test7)."),
        dict(type="cooperated", src="libya", tgt="egypt",
             quote="التحديات الأمنية المشتركة وسبل تعزيز التعاون الأمني بين البلدين الشقيقين",
             place="Tripoli",
             note="Talks on strengthening security cooperation 'between the two brotherly countries' (Libya and Egypt): cooperated, as "
                  "talks on cooperation in test3 and test7. The GNA sources' 'return of … security cooperation between Cairo and Tripoli' "
                  "restates it (and is partly a prospect)."),
        dict(type="visited", src="ayman-badie", tgt="libya",
             quote="ووصل صباح اليوم الأحد، إلى العاصمة طرابلس، وفد رسمي مصري، في زيارة هي الأولى منذ سنوات",
             place="Tripoli",
             note="The official Egyptian delegation led by Badie arrived in Tripoli on a visit, the first for years; the visit goes to its "
                  "head. 'العاصمة طرابلس' names the city (a place, as test7's 'العاصمة العراقية بغداد'); 'زيارة الوفد المصري لطرابلس' "
                  "later gives a mention of Libya. " + EAN_UNDATED),
     ]),

dict(id="pnn-palestinian-gis-faraj-egyptian-gis-rashad-cairo",
     title=NO_HEADLINE + "Hussein Al-Sheikh and the Palestinian intelligence chief Majed Faraj meet Egypt's GIS director Hassan Rashad "
                         "and foreign minister Badr Abdelatty in Cairo",
     source="PNN (pnn.ps)", published=None,
     out_of_scope=[("القاهرة /PNN/", 1, "dateline"),
                   ("كما من المقرر أن يناقش الجانبان تنفيذ المرحلة الثانية، والتطورات في الضفة الغربية وعلى راسها ضرورة العمل على وقف الاعتداءات", 1,
                    "sentence cut by the store's 2,000-byte limit (a planned discussion)")],
     mentions=[
        ("majed-faraj", "ماجد فرج", None, 1),
        ("palestinian-gis", "جهاز المخابرات العامة"),
        ("majed-faraj", "ماجد فرج", None, 2),
        ("hussein-al-sheikh", "حسين الشيخ", None, 1),
        ("egypt-gis", "المخابرات المصرية", None, 1),
        ("palestine", "دولة فلسطين"),
        ("hussein-al-sheikh", "حسين الشيخ", None, 2),
        ("palestinian-gis", "المخابرات العامة", "مدير المخابرات العامة ماجد فرج"),
        ("majed-faraj", "ماجد فرج", None, 3),
        ("egypt-gis", "المخابرات المصرية", None, 2),
        ("hassan-rashad", "حسن رشاد"),
        ("abdelatty", "بدر عبد العاطي"),
        ("trump", "ترامب"),
        ("un-security-council", "مجلس الأمن"),
        ("palestine", "فلسطين", "التحديات في فلسطين"),
        ("hussein-al-sheikh", "الشيخ", "وكان الشيخ وفرج"),
        ("majed-faraj", "فرج", "وكان الشيخ وفرج"),
        ("palestinian-security-services", "الامن الفلسطيني"),
     ],
     relations=[
        dict(type="met", src="hussein-al-sheikh", tgt="hassan-rashad", quote=PNN_MEET_RASHAD, place="Cairo",
             note="Al-Sheikh's own statement; two separate meetings. " + PNN_UNDATED),
        dict(type="met", src="majed-faraj", tgt="hassan-rashad", quote=PNN_MEET_RASHAD, place="Cairo",
             note="Faraj attended ('بحضور') both meetings: a met with each host, as attendance in test7."),
        dict(type="met", src="hussein-al-sheikh", tgt="abdelatty", quote=PNN_MEET_ABDELATTY, place="Cairo",
             note="The second of the two meetings. Abdelatty's ministry is not an actor."),
        dict(type="met", src="majed-faraj", tgt="abdelatty", quote=PNN_MEET_ABDELATTY, place="Cairo",
             note="Faraj attended both meetings ('بحضور … في اجتماعين منفردين')."),
        dict(type="met", src="majed-faraj", tgt="egypt-gis", quote=PNN_LEAD, place="Cairo",
             note="The lead sentence states the talks with 'the foreign minister and the Egyptian intelligence' as a body (a met with the "
                  "body, as test7's Al-Muqaddam and the Interpol delegation); its director is named in the next sentence."),
        dict(type="met", src="hussein-al-sheikh", tgt="egypt-gis", quote=PNN_LEAD, place="Cairo",
             note="As the previous relation, for Al-Sheikh."),
        dict(type="leads", src="majed-faraj", tgt="palestinian-gis", quote="اللواء ماجد فرج رئيس جهاز المخابرات العامة",
             note="'جهاز المخابرات العامة' (and later 'المخابرات العامة') is the Palestinian service in context."),
        dict(type="leads", src="hassan-rashad", tgt="egypt-gis", quote="مدير المخابرات المصرية حسن رشاد",
             note="'المخابرات المصرية' keeps the adjective: without it the phrase is generic."),
        dict(type="cooperated", src="palestine", tgt="egypt",
             quote="وتعزيز التنسيق والتشاور لمواجهة التحديات في فلسطين والمنطقة",
             place="Cairo",
             note="They discussed strengthening coordination and consultation (Palestinian and Egyptian sides, the talks of the vice-"
                  "president and the intelligence chiefs): talks on cooperation are cooperated (test3, test7)."),
        dict(type="visited", src="hussein-al-sheikh", tgt="egypt", quote=PNN_ARRIVE,
             note="They arrived in Cairo for official talks: a visit to Egypt (named here only by the adjective). " + PNN_UNDATED),
        dict(type="visited", src="majed-faraj", tgt="egypt", quote=PNN_ARRIVE,
             note="As the previous relation, for Faraj."),
     ]),

dict(id="alwafd-saudi-arrests-akram-al-shaer-for-egypt",
     title=NO_HEADLINE + "Saudi security arrests the Muslim Brotherhood member Akram al-Shaer at Egypt's and Interpol's request and deports him to Cairo",
     source="Al Wafd (via Masress)", published=None,
     out_of_scope=[("وتضمن الإخطار أن المتهم أكرم الشاعر تم إلقا", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("interpol", "الشرطة الدولية"),
        ("interpol", "إنتربول", "(إنتربول)"),
        ("akram-al-shaer", "أكرم الشاعر", None, 1),
        ("muslim-brotherhood", "جماعة الإخوان المسلمين", None, 1),
        ("akram-al-shaer", "الشاعر", "أن «الشاعر» تم"),
        ("egypt", "القاهرة", "ترحيله إلى القاهرة"),
        ("saudi-security-services", "الأمن السعودى", None, 1),
        ("akram-al-shaer", "الشاعر", "على «الشاعر»"),
        ("muslim-brotherhood", "جماعة الإخوان المسلمين", None, 2),
        ("interpol", "الإنتربول الدولى"),
        ("egypt-embassy-riyadh", "السفارة المصرية بالرياض"),
        ("muslim-brotherhood", "جماعة الإخوان", "عضو جماعة الإخوان المحظورة"),
        ("akram-al-shaer", "أكرم الشاعر", None, 2),
        ("saudi-security-services", "الأمن السعودى", None, 2),
        ("hisham-barakat", "هشام بركات"),
        ("interpol", "الانتربول الدولى"),
        ("akram-al-shaer", "أكرم الشاعر", None, 3),
        ("mohamed-al-qabouti", "محمد القابوطي"),
        ("egypt-public-prosecution", "النيابة العامة"),
     ],
     relations=[
        dict(type="arrested", src="saudi-arabia", tgt="akram-al-shaer", quote=ALW_SHAER_ARREST,
             note="A Saudi security source: 'his country's authorities' (Saudi Arabia) arrested him. Not dated (the prosecutor general "
                  "was notified 'the day before yesterday'; the page is undated, 2015 by Barakat's office)."),
        dict(type="arrested", src="saudi-security-services", tgt="akram-al-shaer",
             quote="إن الأمن السعودى ألقى القبض على «الشاعر» أحد أعضاء جماعة الإخوان المسلمين",
             note="The same arrest credited to 'Saudi security' (the collective Saudi services): two levels, as the README's Al Masalah. "
                  "The arrest goes to the named person, not to the Brotherhood."),
        dict(type="cooperated", src="saudi-arabia", tgt="egypt",
             quote="سلطات بلاده استجابت لطلب الحكومة المصرية",
             note="The Saudi authorities answered the Egyptian government's request ('الحكومة المصرية' is the state, not a mention)."),
        dict(type="cooperated", src="saudi-arabia", tgt="interpol",
             quote="سلطات بلاده استجابت لطلب الحكومة المصرية والشرطة الدولية (إنتربول)",
             note="…and Interpol's request (restated: 'بناءً على الطلب المصرى والإنتربول الدولى')."),
        dict(type="extradited", src="saudi-arabia", tgt="akram-al-shaer",
             quote="«الشاعر» تم ترحيله إلى القاهرة الليلة الماضية",
             note="Deported to Cairo 'last night' (undated page: no date): a hand-over, with the person as the target."),
        dict(type="extradited", src="saudi-arabia", tgt="egypt",
             quote="«الشاعر» تم ترحيله إلى القاهرة الليلة الماضية",
             note="The same hand-over with the receiving state ('القاهرة', the capital as the destination, stands for Egypt)."),
        dict(type="cooperated", src="interpol", tgt="hisham-barakat",
             quote="هشام بركات النائب العام قد تلقي إخطارا رسميا من الانتربول الدولى أمس الأول بإلقاء القبض على القياديين الإخوانيين الهاربين",
             note="Interpol notified the prosecutor general of the arrests of al-Shaer and al-Qabouti: a notification, recorded as cooperated "
                  "(README). Al-Qabouti's arrest names no arresting body here and gets no arrested. The embassy's denial of any role is "
                  "not a relation."),
        dict(type="leads", src="hisham-barakat", tgt="egypt-public-prosecution",
             quote="المستشار هشام بركات النائب العام",
             note="The prosecutor general heads the Public Prosecution, which the next clause names ('النيابة العامة')."),
     ]),

dict(id="nayrouz-jordan-psd-hmoud-aimc-koman",
     title=NO_HEADLINE + "Jordan's PSD director Fadel Al-Hmoud receives the AIMC secretary-general Mohammed Koman",
     source="Nayrouz (nayrouz.com)", published=None,
     out_of_scope=[("نيروز الإخبارية : نيروز الاخبارية :", 1, "outlet label")],
     mentions=[
        ("jordan-psd", "الأمن العام", "التقى مدير الأمن العام"),
        ("hmoud", "فاضل الحمود", None, 1),
        ("amic", "مجلس وزراء الداخلية العرب", None, 1),
        ("koman", "محمد كومان", None, 1),
        ("hmoud", "فاضل الحمود", None, 2),
        ("jordan-psd", "مديرية الأمن العام", None, 1),
        ("jordan-psd", "مديرية الأمن العام", None, 2),
        ("amic", "مجلس وزراء الداخلية العرب", None, 2),
        ("koman", "محمد كومان", None, 2),
        ("jordan-psd", "جهاز الأمن العام", "جهاز الأمن العام الأردني"),
        ("jordan-psd", "جهاز الأمن العام", "لجهاز الأمن العام في الأردن"),
        ("jordan", "الأردن", "الأمن العام في الأردن"),
     ],
     relations=[
        dict(type="met", src="hmoud", tgt="koman",
             quote="التقى مدير الأمن العام اللواء فاضل الحمود في مكتبه اليوم أمين عام مجلس وزراء الداخلية العرب الدكتور محمد كومان",
             note="Received at Al-Hmoud's office (city not named). 'Today' in an undated page: no date. Koman is secretary-general of the "
                  "AIMC: he heads its secretariat, which is not named, not the council (test7's SNSC secretary), so no leads."),
        dict(type="leads", src="hmoud", tgt="jordan-psd", quote="مدير الأمن العام اللواء فاضل الحمود",
             note="'مدير الأمن العام' gives a mention 'الأمن العام' of the PSD."),
        dict(type="cooperated", src="jordan-psd", tgt="amic",
             quote="حيث بحثا سبل التعاون المشترك ورفع مستوى التنسيق بين أجهزة الشرطة في الدول العربية الشقيقة",
             note="They discussed ways of joint cooperation (the PSD and the AIMC, represented by its secretary-general): talks on "
                  "cooperation are cooperated (test3, test7). Raising coordination 'among the police bodies of the Arab states' names "
                  "no pair and is not annotated; the PSD's offer to put its expertise at their service is a pledge."),
        dict(type="praised", src="koman", tgt="jordan-psd",
             quote="أشاد أمين عام مجلس وزراء الداخلية العرب الدكتور محمد كومان بالمستوى الذي وصل إليه جهاز الأمن العام الأردني",
             note="His gratitude to 'the Public Security in Jordan' for its readiness to open new horizons of cooperation is the same "
                  "commendation and is not annotated again."),
     ]),

dict(id="alwatannews-bahrain-jordan-interior-ministers-rashid-majali",
     title=NO_HEADLINE + "Bahrain's interior minister Rashid bin Abdullah and his Jordanian counterpart Hussein Al-Majali discuss security "
                         "coordination and the exchange of expertise (URL slug: وزير الداخلية يبحث ونظيره الأردني التنسيق الأمني وتبادل الخبرات)",
     source="Al Watan (alwatannews.net)", published=None,
     out_of_scope=[("وقال إن تفعيل أواصر التعاون الث", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("rashid-bin-abdullah", "راشد بن عبدالله آل خليفة"),
        ("majali", "حسين المجالي"),
        ("bahrain", "البحرين", "بين البحرين والأردن"),
        ("jordan", "الأردن", "بين البحرين والأردن"),
        ("hamad-bin-isa", "حمد بن عيسى آل خليفة"),
        ("abdullah-ii", "عبدالله الثاني بن الحسين"),
        ("bahrain", "للبحرين"),
     ],
     relations=[
        dict(type="met", src="rashid-bin-abdullah", tgt="majali",
             quote="بحث وزير الداخلية الفريق الركن الشيخ راشد بن عبدالله آل خليفة، مع نظيره الأردني الفريق الركن د.حسين المجالي",
             note="The meeting was 'yesterday' in an undated page: no date (Al-Majali was Jordan's interior minister 2013–2015). His "
                  "thanks for 'the warm reception' imply that he was the guest, but neither a visit nor the place is stated. Both "
                  "ministers are named only with titles: no leads."),
        dict(type="cooperated", src="bahrain", tgt="jordan",
             quote="أهمية التعاون والتنسيق الأمني المستمر بين البلدين الشقيقين",
             note="The ongoing security cooperation and coordination 'between the two brotherly countries' (Bahrain and Jordan, named in "
                  "the next sentence). The talks on its fields 'including training and the exchange of expertise', the 'advanced "
                  "cooperation between the two countries' and Al-Majali's welcome of wider cooperation restate or extend it."),
     ]),
]
