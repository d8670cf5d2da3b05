# Gold annotations for the test53 corpus (held out; same conventions as docs_spec.py and the earlier docs_spec_*.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

YON_COOP = "التعاون الأمني بين السعودية والعراق يشهد تطورًا مستمرًّا وتنسيقًا وثيقًا"
BOK_MEET = ("أجرى رئيس مجلس القضاء الأعلى القاضي فائق زيدان اليوم الخميس مباحثات مع وزير العدل رئيس القضاء الاتحادي "
            "في دولة الامارات العربية المتحدة عبدالله بن سلطان بن عواد النعيمي")
KW_HEADS = ("وترأس وفد دولة الكويت العميد ركن وليد خالد السعيد، مدير عام الإدارة العامة لأمن الحدود البرية، "
            "بينما ترأس الجانب العراقي اللواء نوفل حسن فؤاد")
MIL_VISIT = "وصل وزير الداخلية عبد الأمير الشمري على رأس وفد أمني، اليوم الأحد، الرياض في زيارة رسمية للمملكة العربية السعودية"
MIL_DELEG = ("ضم وفد وزارة الداخلية العراقية، كلاً من قائد قوات الحدود ومدير مكافحة المخدرات ومستشار التدريب بوزارة الداخلية "
             "ومدير الأحوال المدنية والجوازات والإقامة")
MIL_DATE = "2023-02-19"
MIL_INF = "'today, Sunday' in a page printed 19-02-2023, which was a Sunday"
KING_ACC = ("ورافق جلالته خلال الزيارة سمو الأمير علي بن الحسين ورئيس الوزراء نادر الذهبي ورئيس الديوان الملكي الهاشمي "
            "الدكتور باسم عوض ﷲ ووزير الخارجية الدكتور صلاح الدين البشير ومدير المخابرات العامة الفريق محمد الذهبي")

DOCS = [
dict(id="3yonnews-saudi-interior-minister-bin-saud-iraq-security-cooperation",
     title=NO_HEADLINE + "Saudi interior minister Abdulaziz bin Saud: security cooperation with Iraq is developing steadily "
                         "(on al-Kadhimi's visit to the Kingdom); the stored text begins with the subheading",
     source="3yonnews (3yonnews.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("abdulaziz-bin-saud", "عبدالعزيز بن سعود بن نايف"),
        ("saudi-arabia", "السعودية", "بين السعودية والعراق"),
        ("iraq", "العراق", "بين السعودية والعراق"),
        ("kadhimi", "مصطفى الكاظمي"),
        ("iraq", "العراق", "بأن أمن العراق"),
        ("saudi-arabia", "المملكة العربية السعودية"),
     ],
     relations=[
        dict(type="cooperated", src="saudi-arabia", tgt="iraq", quote=YON_COOP,
             note="The Saudi interior minister states that security cooperation and coordination between Saudi Arabia and Iraq "
                  "is developing and has brought successes; the subheading and his tweet ('التعاون الأمني يشهد تطورًا مستمرًّا') "
                  "repeat the claim, annotated once. Ongoing, not dated."),
        dict(type="visited", src="kadhimi", tgt="saudi-arabia",
             quote="زيارة دولة رئيس مجلس الوزراء العراقي مصطفى الكاظمي للمملكة",
             note="Al-Kadhimi's visit to 'the Kingdom' (Saudi Arabia; 'للمملكة' on its own is not a mention, so the target has "
                  "no mention in this clause). His meeting with the unnamed crown prince ('ولي العهد', a title) gives no met, "
                  "and the invitation of 'the Custodian of the Two Holy Mosques' (a title) gives no actor. The visit is not dated "
                  "by the page."),
     ]),

dict(id="bokra-iraq-judicial-council-zaidan-uae-justice-minister-nuaimi",
     title=NO_HEADLINE + "Iraq's Supreme Judicial Council president Faiq Zaidan and the UAE justice minister Abdullah Al Nuaimi "
                         "discuss the exchange of wanted persons and the recovery of funds",
     source="Bokra (bokra.net)", published=None,
     out_of_scope=[("استعمال المضامين بموجب بند 27 أ لقانون الحقوق الأدبية لسنة 2007، يرجى ارسال رسالة الى:\n"
                    "[email protected]\n[email protected]\nأضف تعليق", 1,
                    "site copyright notice, e-mail addresses and comment widget")],
     mentions=[
        ("iraq-supreme-judicial-council", "مجلس القضاء الأعلى", "أعلن مجلس القضاء الأعلى"),
        ("iraq", "العراق", "في العراق، اليوم"),
        ("uae", "الإمارات", "المطلوبين في الإمارات"),
        ("iraq-supreme-judicial-council", "مجلس القضاء الأعلى", "رئيس مجلس القضاء الأعلى"),
        ("faiq-zaidan", "فائق زيدان"),
        ("uae", "دولة الامارات العربية المتحدة"),
        ("abdullah-al-nuaimi", "عبدالله بن سلطان بن عواد النعيمي"),
        ("uae", "الإمارات", "يقيمون في الإمارات"),
     ],
     relations=[
        dict(type="met", src="faiq-zaidan", tgt="abdullah-al-nuaimi", quote=BOK_MEET,
             note="Talks between the head of Iraq's Supreme Judicial Council and the UAE justice minister. 'Today, Thursday' "
                  "in an undated page: no date. Place not stated."),
        dict(type="leads", src="faiq-zaidan", tgt="iraq-supreme-judicial-council",
             quote="رئيس مجلس القضاء الأعلى القاضي فائق زيدان",
             note="President of the council, which is also named separately in the first sentence."),
        dict(type="cooperated", src="iraq", tgt="uae",
             quote="المباحثات كانت تتعلق بتبادل تسليم المطلوبين واسترداد الاموال وبحث عقد اتفاقيات قضائية بين البلدين الشقيقين",
             note="Talks on the exchange of wanted persons and the recovery of funds between 'the two brotherly countries' "
                  "(Iraq and the UAE, resolved from the two officials): talks on cooperation are cooperated, as in test3 and "
                  "test7. The judicial agreements are only discussed (a plan). The UAE minister's ministry is named only in "
                  "his title, so he gets no leads."),
     ]),

dict(id="kuwait24-kuwait-iraq-land-border-security-periodic-meeting",
     title=NO_HEADLINE + "Kuwaiti and Iraqi land-border security officials hold a periodic meeting at the Ratqa sector",
     source="Kuwait 24 (kuwait24.news)", published=None,
     out_of_scope=[("وتعزيز العلاقات", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("kuwait", "للكويت"),
        ("iraq", "العراق", "للكويت والعراق"),
        ("kuwait-border-security", "إدارة أمن الحدود البرية", "في إدارة أمن الحدود البرية"),
        ("kuwait", "دولة الكويت"),
        ("walid-al-saeed", "وليد خالد السعيد"),
        ("kuwait-border-security", "الإدارة العامة لأمن الحدود البرية"),
        ("nawfal-hassan-fuad", "نوفل حسن فؤاد"),
        ("iraq-border-fourth-region", "حدود المنطقة الرابعة"),
        ("iraq", "جمهورية العراق"),
        ("kuwait", "الكويت", "بين الكويت والعراق"),
        ("iraq", "العراق", "بين الكويت والعراق"),
     ],
     relations=[
        dict(type="met", src="walid-al-saeed", tgt="nawfal-hassan-fuad", quote=KW_HEADS,
             place="Kuwait (Land Border Security Department, Ratqa sector)",
             note="The heads of the two delegations at the periodic meeting. 'Today' in an undated page: no date."),
        dict(type="visited", src="nawfal-hassan-fuad", tgt="kuwait-border-security",
             quote="اجتماعًا دوريًا في إدارة أمن الحدود البرية بقطاع الرتقة بالجانب الكويتي",
             note="The meeting was held at the Kuwaiti department's Ratqa sector, on the Kuwaiti side, so the head of the "
                  "Iraqi delegation visited the seat of that agency (as visits to a body's seat in test3 and test7). A visit "
                  "to Kuwait itself is not stated."),
        dict(type="leads", src="walid-al-saeed", tgt="kuwait-border-security",
             quote="العميد ركن وليد خالد السعيد، مدير عام الإدارة العامة لأمن الحدود البرية",
             note="Director-general of Kuwait's General Department of Land Border Security."),
        dict(type="leads", src="nawfal-hassan-fuad", tgt="iraq-border-fourth-region",
             quote="اللواء نوفل حسن فؤاد، قائد حدود المنطقة الرابعة",
             note="Commander of the Fourth Region border command ('قائد حدود المنطقة الرابعة لجمهورية العراق'). Its place "
                  "under the Border Forces Command is not stated by the text."),
        dict(type="cooperated", src="kuwait", tgt="iraq",
             quote="في إطار التنسيق المشترك والسعي الدائم لتأمين الحدود المشتركة بين البلدين الشقيقين",
             note="The meeting is part of the joint coordination to secure the common border 'between the two brotherly "
                  "countries' (Kuwait and Iraq, named in the same sentence). The continued coordination and exchange of "
                  "information on smugglers (point 2) and the 'importance of strengthening security cooperation' restate it. "
                  "The agreement to hold regular meetings is a plan and is not annotated."),
     ]),

dict(id="alraiiq-2014-iraqi-security-delegation-cairo-counter-terrorism",
     title="وفد امني يصل القاهرة لبحث سبل دعم التعاون فى مجال مكافحة الإرهاب",
     source="Al Rai (alrai-iq.com), citing Egyptian media", published="2014-01-06",
     out_of_scope=[("متابعة / الرأي", 1, "byline"),
                   ("طباعة الخبر ارسال الخبر الى صديق", 1, "print and share widget")],
     mentions=[
        ("egypt", "القاهرة", "وفد امني يصل القاهرة"),
        ("egypt", "مصر", "الى مصر"),
        ("egypt", "القاهرة", "وصل الى القاهرة"),
        ("egypt", "مصر", "الأمنيين بمصر"),
        ("al-qaeda", "القاعدة"),
        ("iraq", "العراق", "ويشهد العراق"),
     ],
     relations=[
        dict(type="visited", src="iraqi-security-forces", tgt="egypt",
             quote="وصل وفد امني اليوم الاثنين، الى مصر",
             date="2014-01-06", date_inferred="'today, Monday' in a page whose URL is dated 2014/01/06, a Monday",
             place="Cairo",
             note="An unnamed Iraqi security delegation ('وفدا أمنيا عراقيا', five senior security officials) arrives in "
                  "Egypt for a four-day visit; recorded on the collective Iraqi security bodies, which have no mention (an "
                  "adjective only). The headline ('يصل القاهرة') and the second report of the arrival restate it. Its "
                  "meetings with Egyptian security officials are announced ('سيلتقي'), a plan, so no met."),
        dict(type="cooperated", src="iraq", tgt="egypt",
             quote="وصل وفد امني اليوم الاثنين، الى مصر، لبحث سبل دعم علاقات التعاون فى مجال مكافحة الإرهاب",
             date="2014-01-06", date_inferred="the date of the visit (see the visited relation); the cooperation itself is ongoing",
             note="The visit is 'to discuss ways of supporting the relations of cooperation in counter-terrorism' between the "
                  "Iraqi delegation and Egypt: an existing cooperation the visit is to consolidate, recorded as cooperated "
                  "between the states (as test7's ROP–Interpol visit). Al-Qaeda, the focus of the information exchange, has "
                  "no relation."),
     ]),

dict(id="elaph-2010-iraq-deputy-interior-minister-saudi-border-cooperation",
     title="وكيل الداخلية العراقية: الحدود مع السعودية الأكثر أمنا",
     source="Elaph (elaph.com), citing Asharq Al-Awsat", published="2010-08",
     out_of_scope=[("يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال حسابنا على تويتر\nإضغط هنا للإشتراك", 1,
                    "site subscription banner"),
                   ("النجف: قاسم الكعبي", 1, "dateline and byline"),
                   ("وقال: \"أما المحافظات الساخنة؛ ومنها بغداد فسوف يؤجل تسلم الملف الأمني فيها من قوات الجيش العراقي "
                    "إلى حين تحقيق ا", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("iraq-interior-ministry", "الداخلية العراقية", "وكيل الداخلية العراقية"),
        ("saudi-arabia", "السعودية", "الحدود مع السعودية الأكثر"),
        ("aidan-khalid", "أيدن خالد"),
        ("saudi-arabia", "السعودية", "الحدود مع السعودية بأنها"),
        ("iraqi-army", "الجيش العراقي", "بنهاية العام الحالي من قوات الجيش العراقي"),
        ("iraq", "العراق", "الأكثر أمنا في العراق"),
        ("iraqi-army", "الجيش العراقي", "الملف الأمني من قوات الجيش العراقي نهاية"),
     ],
     relations=[
        dict(type="cooperated", src="iraq", tgt="saudi-arabia",
             quote="مشيرا إلى وجود تعاون مشترك مع الجانب السعودي في تأمين الحدود بين البلدين",
             note="Iraq's deputy interior minister Aidan Khalid states that joint cooperation with 'the Saudi side' in "
                  "securing the border between the two countries exists; his quoted words ('هناك تعاونا كبيرا معهم في الحفاظ "
                  "على المنطقة الحدودية') restate it, annotated once. Ongoing; the URL dates the report to August 2010. As "
                  "a deputy ('وكيل') he gets no leads. The cooperation of the unnamed 'neighbouring states' names no pair. "
                  "The hand-over of the security file from the army to the provinces is domestic and a plan."),
     ]),

dict(id="alummahnews-jordan-iraq-trebil-bombing-border-coordination",
     title="الأردن يعلن أن حدوده مفتوحة مع العراق",
     source="Al Ummah News (alummahnews.com)", published=None,
     out_of_scope=[("عربي و دولي", 1, "section label")],
     mentions=[
        ("jordan", "الأردن", "الأردن يعلن"),
        ("iraq", "العراق", "مفتوحة مع العراق"),
        ("jordan", "الأردن", "أعلن الأردن"),
        ("iraq", "العراق", "العبور من العراق"),
        ("jordan-interior-ministry", "وزارة الداخلية الأردنية"),
        ("iraq", "العراق", "بالتنسيق مع العراق"),
     ],
     relations=[
        dict(type="cooperated", src="jordan", tgt="iraq",
             quote="تم نقل 8 مصابين عراقيين نتيجة تفجير 3 سيارات مفخخة عند نقطة تفتيش في معبر “طريبيل” بالتنسيق مع العراق",
             place="Trebil / Karameh border crossing",
             note="Jordan's interior ministry reports that eight Iraqis wounded by three car bombs at the Trebil checkpoint "
                  "were moved to a Jordanian health centre near the Karameh crossing 'in coordination with Iraq' and returned: "
                  "border coordination between the two states (recorded on Jordan, whose statement it is; the ministry is "
                  "the speaker). 'Today, Saturday' in an undated page: no date. The bombers are not named."),
     ]),

dict(id="miliq-2023-iraq-interior-minister-shammari-arrives-riyadh",
     title="وزير الداخلية يصل السعودية",
     source="Mil (miliq.news)", published="2023-02-19",
     out_of_scope=[("الصفحة الرئيسية / وزير الداخلية يصل السعودية", 1, "breadcrumb navigation"),
                   ("بغداد- ميل ", 1, "dateline"),
                   ("19-02-2023, 17:26", 1, "date line")],
     mentions=[
        ("saudi-arabia", "السعودية", "\n\nوزير الداخلية يصل السعودية"),
        ("shammari", "عبد الأمير الشمري"),
        ("saudi-arabia", "الرياض", "اليوم الأحد، الرياض"),
        ("saudi-arabia", "للمملكة العربية السعودية"),
        ("iraq-interior-ministry", "وزارة الداخلية", "وقالت وزارة الداخلية"),
        ("iraq-interior-ministry", "وزارة الداخلية العراقية", "وفد وزارة الداخلية العراقية"),
        ("iraq-border-guard-command", "قوات الحدود"),
        ("iraq-gdna", "مكافحة المخدرات", "ومدير مكافحة المخدرات"),
        ("iraq-interior-ministry", "وزارة الداخلية", "مستشار التدريب بوزارة الداخلية"),
        ("iraq-civil-status-passports", "الأحوال المدنية والجوازات والإقامة"),
        ("iraq-moi-relations-media", "دائرة العلاقات والإعلام"),
        ("shammari", "الشمري", "وأكد الشمري"),
        ("iraq", "بغداد", "بين بغداد والرياض"),
        ("saudi-arabia", "الرياض", "بغداد والرياض"),
     ],
     relations=[
        dict(type="visited", src="shammari", tgt="saudi-arabia", quote=MIL_VISIT, date=MIL_DATE, date_inferred=MIL_INF,
             place="Riyadh",
             note="Official visit at the head of a security delegation. The headline restates it. The protocol is to be "
                  "signed and the talks are announced ('ستبحث', 'سيكون هناك'): plans, not annotated."),
        dict(type="visited", src="iraq-border-guard-command", tgt="saudi-arabia", quote=MIL_DELEG, date=MIL_DATE,
             date_inferred=MIL_INF,
             note="The unnamed commander of the Border Forces is in the delegation; an unnamed head's act is recorded on "
                  "the body he heads (as test7's ROP). 'قوات الحدود' is the title-given mention of the command."),
        dict(type="visited", src="iraq-gdna", tgt="saudi-arabia", quote=MIL_DELEG, date=MIL_DATE, date_inferred=MIL_INF,
             note="The unnamed director of narcotics affairs ('مدير مكافحة المخدرات') is in the delegation; read as Iraq's "
                  "General Directorate of Narcotics Affairs, whose head he is."),
        dict(type="visited", src="iraq-civil-status-passports", tgt="saudi-arabia", quote=MIL_DELEG, date=MIL_DATE,
             date_inferred=MIL_INF,
             note="The unnamed director of civil status, passports and residence is in the delegation. The training adviser "
                  "(no body) and the relations and media directorate (an organisation, which visited cannot take as source) "
                  "give no visited."),
        dict(type="leads", src="shammari", tgt="iraq-interior-ministry", quote="وزير الداخلية عبد الأمير الشمري",
             note="The ministry is named separately in the next sentences ('وقالت وزارة الداخلية', 'وفد وزارة الداخلية "
                  "العراقية'), so the minister gets leads, as test7's Al-Masri."),
        dict(type="cooperated", src="iraq-interior-ministry", tgt="saudi-interior-ministry",
             quote="الملفات التي تخص العمل المشترك والتنسيق والتعاون بين وزارتي الداخلية العراقية والسعودية",
             note="Existing joint work, coordination and cooperation between the two interior ministries (the files the "
                  "visit will discuss). 'وزارتي الداخلية العراقية والسعودية' is a dual: not a mention of the Saudi ministry "
                  "(test7's reading), which has this relation without a mention."),
        dict(type="cooperated", src="iraq", tgt="saudi-arabia",
             quote="مناقشة استكمال العمل في عدد من المشروعات المشتركة ذات الأهمية في المجالات الأمنية والتدريبية وفي مكافحة المخدرات",
             note="Existing joint projects in security, training and counter-narcotics 'between the two countries' (the "
                  "visit is to complete them); 'تطوير التعاون الأمني بين بغداد والرياض' restates the cooperation between "
                  "the states, annotated once. The security-cooperation protocol is still to be signed (a plan)."),
     ]),

dict(id="annabaa-iraq-hands-15-saudi-prisoners-to-riyadh",
     title=NO_HEADLINE + "Baghdad hands 15 Saudi prisoners to Riyadh after their sentences end",
     source="Annabaa (annabaa.org), citing Al-Sabah", published=None,
     out_of_scope=[("اضف تعليق", 1, "comment widget")],
     mentions=[
        ("iraq", "بغداد", "أعلنت بغداد"),
        ("saudi-arabia", "الرياض", "سلمت الرياض"),
        ("iraq", "العراق", "في سجون العراق"),
        ("iraq-civil-status-passports", "دائرة الأحوال المدنية والجوازات"),
        ("iraq-interior-ministry", "وزارة الداخلية", "في وزارة الداخلية رياض"),
        ("riyadh-al-kaabi", "رياض الكعبي"),
        ("iraq", "العراق", "إن العراق قام"),
        ("iraq", "العراق", "دخلوا العراق"),
        ("al-qaeda", "القاعدة"),
        ("us-forces-iraq", "القوات الأميركية"),
        ("riyadh-al-kaabi", "الكعبي", "وأضاف الكعبي"),
        ("isis", "تنظيم داعش"),
        ("isis", "داعش", "وعناصر تنظيم \"داعش\""),
     ],
     relations=[
        dict(type="extradited", src="iraq", tgt="saudi-arabia",
             quote="أعلنت بغداد اليوم الأربعاء، أنها سلمت الرياض 15 معتقلاً سعودياً بعد انتهاء فترات احكامهم",
             note="Iraq (Baghdad) handed 15 Saudi prisoners to Saudi Arabia (Riyadh) at the end of their sentences "
                  "('تسفير … إلى المملكة', repeated by Al-Kaabi, annotated once). A hand-over of prisoners, recorded as "
                  "extradited, which stretches that type. 'Today, Wednesday' in an undated page: no date. The deportation "
                  "of 156 children of ISIS fighters names no receiving state."),
        dict(type="leads", src="riyadh-al-kaabi", tgt="iraq-civil-status-passports",
             quote="مدير دائرة الأحوال المدنية والجوازات في وزارة الداخلية رياض الكعبي",
             note="Director of the directorate (annabaa's 'دائرة الأحوال المدنية والجوازات')."),
        dict(type="part-of", src="iraq-civil-status-passports", tgt="iraq-interior-ministry",
             quote="دائرة الأحوال المدنية والجوازات في وزارة الداخلية",
             note="The directorate is 'in the interior ministry' (the bare 'وزارة الداخلية' is the Iraqi ministry in an "
                  "Iraqi statement)."),
        dict(type="arrested", src="iraqi-security-forces", tgt="isis",
             quote="واعتقلت القوات الأمنية آلاف من مسلحي وعناصر تنظيم \"داعش\"",
             date="2014/2017",
             note="Thousands of ISIS fighters, hundreds of them foreigners, arrested during the 2014–2017 war (stated). "
                  "'القوات الأمنية' (bare, 'the security forces') is read as the collective Iraqi security forces; a bare "
                  "generic phrase is not a mention, as bare 'authorities' are not."),
     ]),

dict(id="elmadanews-iraq-integrity-commission-recovers-fugitive-from-egypt",
     title=NO_HEADLINE + "Iraq's Federal Commission of Integrity recovers a fugitive from Egypt under its memorandum with Egypt's "
                         "Administrative Control Authority",
     source="Elmada News (elmadanews.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("iraq-integrity-commission", "هيئة النزاهة الاتحادية", "أعلنت هيئة النزاهة الاتحادية"),
        ("iraq", "العراق", "الاتحادية في العراق"),
        ("egypt", "جمهورية مصر العربية"),
        ("iraq", "العراق", "تم نقله إلى العراق"),
        ("iraq-integrity-commission", "الهيئة الاتحادية للنزاهة"),
        ("haider-hanoun", "حيدر حنون"),
        ("egypt", "للقاهرة"),
        ("egypt", "مصر", "تحديد وجودهم في مصر"),
        ("iraq-integrity-commission", "هيئة النزاهة الاتحادية", "بين هيئة النزاهة الاتحادية"),
        ("egypt-aca", "الرقابة الإدارية"),
        ("iraq-integrity-recovery-dept", "دائرة الاسترداد"),
        ("iraq", "العراق", "إيصال المتهم إلى العراق"),
        ("iraq", "العراق", "بين العراق ومصر"),
        ("egypt", "مصر", "بين العراق ومصر"),
     ],
     relations=[
        dict(type="extradited", src="egypt", tgt="iraq-integrity-commission",
             quote="استردادها لأحد المتهمين الهاربين من جمهورية مصر العربية، وذلك بتسلمه من السلطات المصرية",
             note="The commission received an unnamed fugitive (embezzlement, forgery and extortion at the airline) from "
                  "'the Egyptian authorities' (to the country); the receiving agency is the target, the person being no actor. "
                  "His arrest in Cairo names no arresting body and no group, so no arrested. Not dated."),
        dict(type="visited", src="haider-hanoun", tgt="egypt",
             quote="زيارة رئيس الهيئة الاتحادية للنزاهة القاضي حيدر حنون للقاهرة في العام الماضي",
             note="Cairo as the destination of his visit stands for Egypt. 'Last year' in an undated page: no date. His "
                  "meeting with the unnamed Egyptian justice minister gives no met; handing him a list of wanted persons "
                  "located in Egypt is not said to have led to this arrest, so no tipped-off."),
        dict(type="leads", src="haider-hanoun", tgt="iraq-integrity-commission",
             quote="رئيس الهيئة الاتحادية للنزاهة القاضي حيدر حنون",
             note="'الهيئة الاتحادية للنزاهة' is the commission's name in his title."),
        dict(type="cooperated", src="iraq-integrity-commission", tgt="egypt-aca",
             quote="وتم إبرام مذكرة تفاهم بين هيئة النزاهة الاتحادية والرقابة الإدارية المصرية",
             note="A memorandum of understanding concluded between the two bodies, whose first fruit was this hand-over. "
                  "Not dated."),
        dict(type="cooperated", src="iraq-integrity-recovery-dept", tgt="egypt",
             quote="بذلتها دائرة الاسترداد في الهيئة الاتحادية بالتعاون مع السلطات المصرية",
             note="The commission's recovery department worked 'in cooperation with the Egyptian authorities' (the country) "
                  "to bring the suspect to Iraq."),
        dict(type="part-of", src="iraq-integrity-recovery-dept", tgt="iraq-integrity-commission",
             quote="دائرة الاسترداد في الهيئة الاتحادية",
             note="The department is 'in the Federal Commission'; the bare 'الهيئة الاتحادية' is an anaphoric short form, "
                  "not a mention."),
        dict(type="cooperated", src="iraq", tgt="egypt",
             quote="تعزيز التعاون القضائي والقانوني بين العراق ومصر",
             note="The hand-over is 'an important step towards strengthening the judicial and legal cooperation between "
                  "Iraq and Egypt': the cooperation at state level, annotated beside the body-level relations (two levels, "
                  "as in the README)."),
     ]),

dict(id="kingabdullah-jordan-king-abdullah-baghdad-visit-maliki-gid-dahabi",
     title=NO_HEADLINE + "King Abdullah II returns from a few hours' visit to Baghdad, his first to Iraq, with talks with "
                         "al-Maliki and Abdul-Mahdi; the GID director among his party",
     source="The Royal Hashemite Court, King Abdullah II's website (kingabdullah.jo)", published=None,
     out_of_scope=[("الزاوية الإعلامية", 1, "section label")],
     mentions=[
        ("abdullah-ii", "عبدﷲ الثاني"),
        ("maliki", "نوري المالكي"),
        ("adel-abdul-mahdi", "عادل عبد المهدي"),
        ("iraq", "للعراق"),
        ("jordan", "الأردن", "دعم الأردن"),
        ("iraq", "العراق", "واستقرار العراق"),
        ("jordan-gid", "المخابرات العامة"),
        ("mohammed-dahabi", "محمد الذهبي"),
     ],
     relations=[
        dict(type="visited", src="abdullah-ii", tgt="iraq",
             quote="بعد زيارة إلى العاصمة العراقية بغداد استمرت بضع ساعات",
             place="Baghdad",
             note="A visit of a few hours, 'his first visit to Iraq' (restated, annotated once). 'العاصمة العراقية بغداد' "
                  "names the city and is a place, as in test2 and test7; the state has its mention in 'للعراق'. 'Today' in "
                  "an undated page: no date (the officials named put it in 2006–2008)."),
        dict(type="met", src="abdullah-ii", tgt="maliki",
             quote="أجرى خلالها مباحثات مع رئيس الوزراء العراقي نوري المالكي",
             place="Baghdad", note="Talks during the visit."),
        dict(type="met", src="abdullah-ii", tgt="adel-abdul-mahdi",
             quote="أجرى خلالها مباحثات مع رئيس الوزراء العراقي نوري المالكي ونائب الرئيس العراقي عادل عبد المهدي",
             place="Baghdad", note="Talks during the visit (the second party named)."),
        dict(type="cooperated", src="jordan", tgt="iraq",
             quote="وسبل دعم الأردن لجهود تعزيز أمن واستقرار العراق",
             note="The talks centred on 'ways of Jordan's support for the efforts to strengthen Iraq's security and "
                  "stability': talks on security cooperation between the states are cooperated, as in test3 and test7. The "
                  "economic and trade cooperation discussed is not security content."),
        dict(type="visited", src="mohammed-dahabi", tgt="iraq", quote=KING_ACC,
             note="The GID director accompanied the King on the visit, as dev14's ambassador who accompanied Diallo. The "
                  "other members of the party (Prince Ali, Prime Minister Nader al-Dahabi, the chief of the Royal Court, the "
                  "foreign minister) are political, not security, officials and are not actors, as MTV's popular committees "
                  "in test7."),
        dict(type="leads", src="mohammed-dahabi", tgt="jordan-gid",
             quote="مدير المخابرات العامة الفريق محمد الذهبي",
             note="'المخابرات العامة' in his title is the mention of Jordan's General Intelligence Directorate."),
     ]),
]
