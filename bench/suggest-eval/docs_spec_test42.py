# Gold annotations for the test42 corpus (held out; same conventions as docs_spec.py, docs_spec_dev2/4–14.py and test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

# ---- alkhulasa
KHU_MEET = "استقبل رئيس تحالف السيادة خميس الخنجر، رئيس جهاز الاستخبارات التركي، هاكان فيدان، في العاصمة بغداد"

# ---- newlebanon
NL_MEET = ("استقبل وزير الداخلية والبلديات نهاد المشنوق، وفدا عسكريا روسيا برئاسة نائب مدير الهيئة الفدرالية الحكومية "
           "للتعاون العسكري والتقني الكسي فروكلين")
NL_ESCORT = "يرافقهم السفير الروسي الكسندر زاسبيكين والملحق العسكري العقيد راتمير غاباسوف"
NL_UNDATED = ("The page is undated (Machnouk was minister 2014–2019, Zasypkin ambassador 2010–2020); the place (his office in "
              "Beirut) is not stated.")

# ---- sharqakhbar
SQ_2025 = ("2025: Sudani is prime minister (since Oct. 2022) and Larijani secretary of the SNSC (2005–2007 and again from "
           "Aug. 2025), and the text cites the 'Zionist aggression on Iran' (June 2025)")

# ---- sana
SANA_MEET = ("بحث مدير إدارة التأهيل والتدريب في وزارة الداخلية السورية الدكتور حسين سلمان، مع وفد من المديرية العامة للأمن "
             "في وزارة الداخلية التركية، برئاسة مدير إدارة العلاقات الخارجية اللواء غوكهان ديميرتولا")
SANA_DATE = ("The ministry reported the meeting 'today, Friday' (20 Feb. 2026, the date banner, a Friday); the meeting itself "
             "is not dated.")

# ---- sotaliraq
SOT_HANDOVER = "ان السلطات الامنية القت القبض على احد اكبر مسلحي تنظيم داعش، وسلمته للعراق"
SOT_JOINT = ("تم القبض على إسماعيل علوان العيساوي في عملية مشتركة عبر الحدود بين أجهزة المخابرات التركية والعراقية "
             "والأميركية")
SOT_DATE_NOTE = ("Announced by the Turkish foreign ministry 'today, Sunday' (13 May 2018, the URL date, a Sunday); the arrest "
                 "and hand-over themselves are not dated.")
SOT_JOINT_NOTE = ("A joint cross-border operation between 'the Turkish, Iraqi and American intelligence services' (unnamed "
                  "services: the Turkish, Iraqi and US collectives; only the Turkish conjunct is a full phrase and a mention, "
                  "the Iraqi and US ones are adjectives, so those collectives have no mention here). One cooperated per "
                  "pair. " + SOT_DATE_NOTE)
SOT_CONT = "تركيا ستواصل جهودها في مكافحة الإرهاب بالتعاون مع الولايات المتحدة والعراق"

# ---- veto
VETO_AGREE = ("أن اتفاقًا تم بين العراقوروسيا وإيران وسورية، تم على إنشاء مركز معلومات، مقره في العاصمة بغداد، "
              "للقضاء على الإرهاب")
VETO_NOTE = ("The four states agreed to set up an information centre in Baghdad against terrorism (the same agreement is "
             "stated in the first sentence; annotated once). One cooperated per pair of the four states, as a protocol "
             "between several bodies gives one per pair. The centre itself ('مركز المعلومات') is not an actor; its start "
             "'soon' is a plan. The official announcement is dated '26 September' with no year, and the page is undated, "
             "so no date is recorded (the centre is known to date from 2015).")

DOCS = [
dict(id="alkhulasa-2022-mit-fidan-meets-khanjar-baghdad",
     title="رئيس تحالف السيادة يلتقي رئيس الاستخبارات التركي",
     source="Al Khulasa (alkhulasa.net)", published="2022-09-11",
     out_of_scope=[],
     mentions=[
        ("turkey-mit", "الاستخبارات التركي", "يلتقي رئيس الاستخبارات التركي"),
        ("khanjar", "خميس الخنجر"),
        ("turkey-mit", "جهاز الاستخبارات التركي"),
        ("hakan-fidan", "هاكان فيدان"),
        ("khanjar", "الخنجر", "والتقى الخنجر فيدان"),
        ("hakan-fidan", "فيدان", "والتقى الخنجر فيدان"),
        ("hakan-fidan", "فيدان", "يجريها فيدان"),
        ("turkey-mit", "الاستخبارات التركي", "لرئيس الاستخبارات التركي"),
        ("hakan-fidan", "فيدان", "زيارة فيدان"),
        ("iraq", "العراق", "فيدان الى العراق"),
        ("iraq", "العراق", "السياسية في العراق"),
        ("turkey", "تركيا"),
        ("pkk", "حزب العمال الكوردستاني"),
     ],
     relations=[
        dict(type="met", src="khanjar", tgt="hakan-fidan", quote=KHU_MEET, place="Baghdad",
             note="Khanjar (head of the Sovereignty Alliance, a political coalition that is not an actor) receives the MIT chief "
                  "during Fidan's working visit; the whole item is about that visit, so the meeting is security content. The "
                  "meeting is not dated (the URL date is 11 Sep. 2022)."),
        dict(type="leads", src="hakan-fidan", tgt="turkey-mit", quote="رئيس جهاز الاستخبارات التركي، هاكان فيدان",
             note="'رئيس جهاز الاستخبارات التركي' heads MIT; the phrase keeps its adjective (the name is not a name without it)."),
        dict(type="visited", src="hakan-fidan", tgt="iraq", quote="تأتي زيارة فيدان الى العراق",
             note="A working visit ('زيارة عمل يجريها فيدان') to Iraq, during which he met Iraqi leaders and government figures "
                  "(unnamed, so no further met). Not dated. Turkey's military operations against the PKK in Iraq have no type."),
     ]),

dict(id="newlebanon-mashnouk-receives-russian-military-delegation-zasypkin",
     title=NO_HEADLINE + "Lebanon's interior minister Nohad Machnouk receives a Russian military delegation and the Russian "
                         "ambassador Alexander Zasypkin",
     source="New Lebanon (newlebanon.info)", published=None,
     out_of_scope=[],
     mentions=[
        ("mashnouk", "نهاد المشنوق"),
        ("russia-fsmtc", "الهيئة الفدرالية الحكومية للتعاون العسكري والتقني"),
        ("frolkin", "الكسي فروكلين"),
        ("russia-defence-ministry", "وزارة الدفاع"),
        ("russia-armament-agency", "هيئة التسليح"),
        ("russia-presidential-administration", "جهاز الادارة الرئاسية الروسية"),
        ("zasypkin", "الكسندر زاسبيكين"),
        ("gabasov", "راتمير غاباسوف"),
        ("mashnouk", "المشنوق", "بدأها الوزير المشنوق"),
        ("hariri", "سعد الحريري"),
        ("russia", "روسيا", "الحريري الى روسيا"),
        ("mashnouk", "المشنوق", "للوزير المشنوق"),
        ("russia", "موسكو", "المشنوق الى موسكو"),
     ],
     relations=[
        dict(type="met", src="mashnouk", tgt="frolkin", quote=NL_MEET,
             note="Machnouk receives the Russian military delegation led by Frolkin, deputy director of the FSMTC (a deputy gets "
                  "no leads). The bodies the unnamed delegates came from (defence ministry, armament agency, presidential "
                  "administration) are mentioned but get no met. " + NL_UNDATED),
        dict(type="met", src="mashnouk", tgt="zasypkin", quote=NL_ESCORT,
             note="The ambassador accompanied the delegation Machnouk received (an ambassador gets no leads). " + NL_UNDATED),
        dict(type="met", src="mashnouk", tgt="gabasov", quote=NL_ESCORT,
             note="The military attaché accompanied the delegation Machnouk received. " + NL_UNDATED),
        dict(type="cooperated", src="lebanon", tgt="russia", quote="سبل تعزيز التعاون الامني بين البلدين",
             note="Talks on strengthening security cooperation 'between the two countries' (Lebanon, not named in the text, and "
                  "Russia): talks on cooperation are cooperated, as in test3 and test7. The expected new push during Machnouk's "
                  "coming visit to Moscow is a plan. " + NL_UNDATED),
        dict(type="visited", src="mashnouk", tgt="russia",
             quote="للمناقشات التي بدأها الوزير المشنوق في موسكو على هامش الزيارة الاخيرة للرئيس سعد الحريري الى روسيا",
             note="Machnouk held the earlier talks in Moscow, on the margin of Hariri's last visit to Russia: he was in Russia "
                  "with the prime minister. 'في موسكو' is the place and not a mention. Not dated."),
        dict(type="visited", src="hariri", tgt="russia", quote="الزيارة الاخيرة للرئيس سعد الحريري الى روسيا",
             note="Prime minister Hariri's last visit to Russia, on whose margin the security talks began. Not dated."),
     ]),

dict(id="sharqakhbar-2025-iraq-araji-visits-tehran-larijani",
     title=NO_HEADLINE + "Iraq's national security adviser Qasim al-Araji arrives in Tehran and meets Ali Larijani",
     source="Sharq Akhbar (sharqakhbar.com)", published=None,
     out_of_scope=[("شاركها.", 1, "share widget")],
     mentions=[
        ("araji", "قاسم الأعرجي"),
        ("iran-snsc", "المجلس الأعلى للأمن القومي", "أمين عام المجلس الأعلى للأمن القومي"),
        ("larijani", "علي لاريجاني"),
        ("araji", "الأعرجي", "زيارة الأعرجي"),
        ("iran", "طهران", "الأعرجي إلى طهران"),
        ("iran", "طهران", "بين طهران وبغداد"),
        ("iraq", "بغداد", "طهران وبغداد"),
        ("larijani", "لاريجاني", "زيارة لاريجاني إلى العراق"),
        ("iraq", "العراق", "لاريجاني إلى العراق"),
        ("iraq", "العراق", "رئيس وزراء العراق"),
        ("mohammed-shia-al-sudani", "محمد شياع السوداني"),
        ("larijani", "لاريجاني", "اجتماعاً مع لاريجاني"),
        ("iraq", "العراق", "سعي العراق"),
        ("iran", "إيران", "العلاقات مع إيران"),
        ("mohammed-shia-al-sudani", "السوداني", "وجدد السوداني"),
        ("iraq", "العراق", "موقف العراق"),
        ("iran", "إيران", "الصهيوني على إيران"),
        ("iraq", "العراق", "وتأييد العراق"),
        ("larijani", "لاريجاني", "وقال لاريجاني"),
        ("iran", "إيران", "أمن إيران"),
        ("iraq", "العراق", "اتفاقية أمنية مع العراق"),
        ("iran", "إيران", "رؤية إيران"),
     ],
     relations=[
        dict(type="visited", src="araji", tgt="iran",
             quote="وصل مستشار الأمن القومي العراقي قاسم الأعرجي، الاثنين، إلى العاصمة الإيرانية طهران على رأس وفد أمني رفيع المستوى",
             date="2025", date_inferred=SQ_2025 + "; 'Monday', about two months after the August signing (Oct. 2025 or so), "
                                                 "so only the year is recorded", place="Tehran",
             note="'العاصمة الإيرانية طهران' names the city (a place, not a mention), as test7's 'العاصمة العراقية بغداد'; the "
                  "next sentence's 'زيارة الأعرجي إلى طهران' is a mention of Iran. The national security adviser's office is not "
                  "named, so no leads."),
        dict(type="met", src="araji", tgt="larijani",
             quote="والتقى أمين عام المجلس الأعلى للأمن القومي الإيراني علي لاريجاني",
             date="2025", date_inferred=SQ_2025, place="Tehran",
             note="The subject (Araji) is carried over from the first clause. Larijani is the SNSC's secretary: no leads, as in "
                  "test7. The SNSC mention leaves out the adjective 'الإيراني', as in test7."),
        dict(type="cooperated", src="iraq", tgt="iran", quote="توقيع اتفاقية أمنية بين طهران وبغداد أغسطس الماضي",
             date="2025-08", date_inferred="'August last' in an undated page, resolved by the officials named: " + SQ_2025,
             note="The security agreement signed between the two states ('طهران وبغداد', capitals for the states) during "
                  "Larijani's August visit to Iraq. This background is the event of test7's Eishan item; it is annotated as "
                  "this text states it. Larijani's 'we prepared a security agreement with Iraq … it will be signed during this "
                  "visit' repeats the same agreement and is not annotated again."),
        dict(type="visited", src="larijani", tgt="iraq", quote="خلال زيارة لاريجاني إلى العراق",
             date="2025-08", date_inferred="'August last' in an undated page, resolved by the officials named: " + SQ_2025,
             note="Larijani's visit to Iraq, during which the agreement was signed (background)."),
        dict(type="met", src="mohammed-shia-al-sudani", tgt="larijani",
             quote="عقد رئيس وزراء العراق محمد شياع السوداني اجتماعاً مع لاريجاني",
             date="2025", date_inferred=SQ_2025,
             note="'During the visit' is ambiguous: the text follows the August visit to Iraq with it, and the meeting's wording "
                  "(Sudani hosting) fits that visit rather than Araji's in Tehran; only the year is recorded. A prime minister "
                  "gets no leads of the state in this set. Sudani's wish to develop relations and his positions are not "
                  "annotated."),
     ]),

dict(id="palsawa-iraq-hands-188-isis-children-to-turkey",
     title="العراق يسلم أطفال داعش للسلطات التركية",
     source="Palsawa (palsawa.com)", published=None,
     out_of_scope=[("اشترك في القائمة البريدية ليصلك آخر الأخبار وكل ما هو جديد", 1, "newsletter widget")],
     mentions=[
        ("iraq", "العراق", "العراق يسلم أطفال"),
        ("isis", "داعش", "أطفال داعش"),
        ("iraq", "العراق", "العراق يسلم 188"),
        ("isis", "داعش", "طفلاً من داعش"),
        ("iraq-central-investigative-court", "محكمة التحقيق المركزية", "سلمت محكمة التحقيق المركزية"),
        ("isis", "الدولة الاسلامية"),
        ("isis", "داعش", "الاسلامية \"داعش\""),
        ("iraq", "العراق", "في العراق من بينهم"),
        ("bayraktar", "عبد الستار بيرقدار"),
        ("iraq-supreme-judicial-council", "مجلس القضاء الأعلى"),
        ("iraq-central-investigative-court", "محكمة التحقيق المركزية", "محكمة التحقيق المركزية المسؤولة"),
        ("isis", "داعش", "خلفهم \"داعش\""),
        ("iraq", "العراق", "الإرهابي في العراق"),
        ("bayraktar", "بيرقدار", "وأشار بيرقدار"),
     ],
     relations=[
        dict(type="extradited", src="iraq", tgt="turkey",
             quote="محكمة التحقيق المركزية المسؤولة عن ملف الإرهاب والمتهمين الأجانب سلّمت الجانب التركي 188 طفلا",
             note="The Central Investigative Court (an organisation, which extradited does not take as source) handed 188 "
                  "Turkish children of ISIS members, and adults whose sentences had ended, to 'the Turkish side': recorded with "
                  "Iraq as the source, as dev's Iraqi interior ministry. They are not wanted people; the schema has no "
                  "repatriation type, so this hand-over stretches extradited. 'الجانب التركي' and 'السلطات التركية' are "
                  "adjective phrases (like 'the authorities'), not mentions, so Turkey has no mention. 'Today, Wednesday' in an "
                  "undated page: no date. The headline repeats the claim."),
     ]),

dict(id="sputnik-2025-syria-interior-spokesman-russia-police-role",
     title="داخلية سوريا لـ\"سبوتنيك\": روسيا يمكن أن تضطلع بدور في تنمية قطاع الأمن والشرطة في سوريا",
     source="Sputnik Arabic (sarabic.ae)", published="2025-11-07",
     out_of_scope=[(" date 2025-11-07 https://sarabic.ae/20251107/داخلية-سوريا-لـسبوتنيك-روسيا-يمكن-أن-تضطلع-بدور-في-تنمية-قطاع-الأمن-والشرطة-في-سوريا-1106823355.html",
                    1, "date banner and page address"),
                   (" 07.11.2025", 1, "date stamp"),
                   ("القاهرة - سبوتنيك.", 1, "dateline"),
                   ("وأضاف الشرع: \"نحترم كل ما مضى من اتفاقيات مع روسيا، ونحاول أن نعيد ونعرّف بشكل ج", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("syria-interior-ministry", "داخلية سوريا", "داخلية سوريا لـ"),
        ("russia", "روسيا", "\": روسيا يمكن"),
        ("syria", "سوريا", "قطاع الأمن والشرطة في سوريا"),
        ("syria-interior-ministry", "وزارة الداخلية السورية"),
        ("nour-al-din-al-baba", "نور الدين البابا", None, 1),
        ("russia", "روسيا", "\"روسيا يمكن"),
        ("syria", "سوريا", "تنمية الأمن والشرطة في سوريا"),
        ("nour-al-din-al-baba", "نور الدين البابا", None, 2),
        ("russia", "روسيا", "اتفاقات أمنية بين روسيا"),
        ("syria", "سوريا", "بين روسيا وسوريا عند"),
        ("syria-interior-ministry", "الداخلية السورية", "باسم الداخلية السورية"),
        ("russia", "روسيا", "وتنسيق بين روسيا"),
        ("syria", "سوريا", "وتنسيق بين روسيا وسوريا"),
        ("ahmed-al-sharaa", "أحمد الشرع"),
        ("russia", "روسيا", "زار روسيا"),
        ("putin", "فلايديمير بوتين"),
        ("syria", "سوريا", "\"سوريا الجديدة"),
        ("russia", "روسيا", "وعلى رأسها روسيا"),
        ("russia", "روسيا", "الموقّعة مع روسيا"),
        ("russia", "موسكو", "العلاقات مع موسكو"),
     ],
     relations=[
        dict(type="visited", src="ahmed-al-sharaa", tgt="russia",
             quote="وكان الرئيس السوري أحمد الشرع، زار روسيا، في 15 تشرين الأول / أكتوبر الماضي",
             date="2025-10-15", date_inferred="'15 October last' against the published date 7 Nov. 2025",
             note="The Syrian president's visit to Russia (a head of state named by an adjective title gets no leads)."),
        dict(type="met", src="ahmed-al-sharaa", tgt="putin", quote="حيث التقى بالرئيس الروسي فلايديمير بوتين",
             date="2025-10-15", date_inferred="'15 October last' against the published date 7 Nov. 2025", place="Russia",
             note="Al-Sharaa met Putin during that visit (the outlet's spelling 'فلايديمير')."),
        dict(type="cooperated", src="syria", tgt="russia", quote="تحترم جميع الاتفاقيات السابقة الموقّعة مع روسيا",
             note="Al-Sharaa says Syria respects all the agreements previously signed with Russia: agreements exist between the "
                  "two states (their fields are not stated). Not annotated: the spokesman's statements that Russia 'could' play "
                  "a role in developing Syria's security and police, that there is 'room' for security agreements and that "
                  "cooperation 'could' exist, which are possibilities, not stated relations."),
     ]),

dict(id="alwatannews-2012-lebanon-general-security-ibrahim-freed-turkish-hostage",
     title="تحرير تركي كان مخطوفاً لدى عائلة المقداد في لبنان",
     source="Al Watan (alwatannews.net)", published="2012-09-12",
     out_of_scope=[("International", 1, "section label"), ("12 سبتمبر 2012", 1, "printed date")],
     mentions=[
        ("abbas-ibrahim", "عباس إبراهيم"),
        ("lebanon-general-security", "الأمن العام اللبناني"),
        ("tufan-tekin", "توفان تيكين"),
        ("meqdad-clan", "عائلة آل المقداد"),
        ("syria", "سورية", "المختطف في سورية"),
        ("free-syrian-army", "الجيش السوري الحر"),
        ("abbas-ibrahim", "إبراهيم", "أن اللواء إبراهيم توجه"),
        ("lebanon-general-security", "المديرية العامة للأمن العام"),
        ("ozyildiz", "أونان أوزيدليز"),
        ("charbel", "مروان شربل"),
        ("abbas-ibrahim", "إبراهيم", "وأعلن اللواء إبراهيم"),
        ("syria", "سوريا", "تجاه المخطوفين في سوريا"),
        ("syria", "سوريا", "المخطوفين اللبنانيين في سوريا"),
        ("meqdad-clan", "عائلة المقداد", "وكانت عائلة المقداد"),
        ("lebanon", "لبنان", "الشيعية في لبنان"),
        ("hassan-meqdad", "حسان المقداد"),
        ("syria", "سوريا", "حسان المقداد في سوريا"),
        ("meqdad-clan", "عائلة المقداد", "لدى عائلة المقداد في لبنان"),
        ("lebanon", "لبنان", "عائلة المقداد في لبنان"),
     ],
     relations=[
        dict(type="leads", src="abbas-ibrahim", tgt="lebanon-general-security",
             quote="اللواء عباس إبراهيم مدير الأمن العام اللبناني",
             note="'مدير الأمن العام اللبناني' gives a mention of General Security; its head gets leads."),
        dict(type="praised", src="abbas-ibrahim", tgt="turkey", quote="خلال المحادثات كان الأتراك جديون في مساعدتنا",
             note="Ibrahim commends 'the Turks'' seriousness in helping Lebanon during the talks on the kidnapped (the demonym "
                  "'الأتراك' is not a mention, so Turkey has no mention). Not dated (the page's date is 12 Sep. 2012)."),
        dict(type="cooperated", src="lebanon", tgt="turkey", quote="خلال المحادثات كان الأتراك جديون في مساعدتنا",
             note="The talks in which the Turks helped 'us': Ibrahim speaks for the state ('واجباتنا كدولة', 'الدولة تقوم بما "
                  "يجب'), so the Lebanese side is Lebanon, as 'authorities' go to the country. Not dated. Not annotated: General "
                  "Security's taking custody of the freed hostage Tekin (no actor handed him over), the hand-over to the Turkish "
                  "ambassador in Charbel's presence (pending, 'تمهيدا لتسليمه'), the promise to free the other Turk, and the "
                  "kidnappings by the Meqdad clan and the Free Syrian Army (no type)."),
     ]),

dict(id="sotaliraq-2018-turkey-arrests-isis-issawi-hands-to-iraq",
     title="القبض على قيادي بداعش وتسليمه للعراق",
     source="Sot Al Iraq (sotaliraq.com)", published="2018-05-13",
     out_of_scope=[("تنويه: جميع المقالات المنشورة تمثل رأي كتابها فقط\nRead our Privacy Policy by clicking here", 1,
                    "disclaimer and privacy link")],
     mentions=[
        ("isis", "داعش", "قيادي بداعش"),
        ("iraq", "للعراق", "وتسليمه للعراق"),
        ("turkey-foreign-ministry", "وزارة الخارجية التركية"),
        ("isis", "تنظيم داعش", "مسلحي تنظيم داعش"),
        ("iraq", "للعراق", "وسلمته للعراق"),
        ("turkey-foreign-ministry", "الخارجية التركية", "باسم الخارجية التركية"),
        ("aksoy", "حامي أكصوي"),
        ("isis", "تنظيم داعش", "أعضاء تنظيم داعش"),
        ("turkey", "تركيا", "مختبئاً في تركيا"),
        ("iraq", "العراق", "وتسليمه إلى العراق"),
        ("issawi", "إسماعيل علوان العيساوي"),
        ("turkish-security-services", "أجهزة المخابرات التركية"),
        ("turkey", "تركيا", "“تركيا حشدت"),
        ("isis", "داعش", "ضد داعش"),
        ("turkey", "تركيا", "(غرب تركيا)"),
        ("isis", "داعش", "البارز في داعش"),
        ("iraq", "العراق", "ترحيله إلى العراق"),
        ("turkey", "تركيا", "تركيا ستواصل"),
        ("usa", "الولايات المتحدة"),
        ("iraq", "العراق", "المتحدة والعراق"),
     ],
     relations=[
        dict(type="arrested", src="turkish-security-services", tgt="issawi", quote=SOT_JOINT, place="Sakarya, Turkey",
             note="The arrest was carried out by 'the intelligence services and law-enforcement police of Sakarya province' "
                  "(unnamed Turkish services: the collective) in the joint operation; Issawi is named, so the target is the "
                  "person, not ISIS. The Iraqi and US services took part in the operation (cooperated), the arrest itself is "
                  "credited to the Turkish side. " + SOT_DATE_NOTE),
        dict(type="cooperated", src="turkish-security-services", tgt="iraq-intelligence-services", quote=SOT_JOINT,
             note=SOT_JOINT_NOTE),
        dict(type="cooperated", src="turkish-security-services", tgt="us-security-agencies", quote=SOT_JOINT,
             note=SOT_JOINT_NOTE),
        dict(type="cooperated", src="iraq-intelligence-services", tgt="us-security-agencies", quote=SOT_JOINT,
             note=SOT_JOINT_NOTE),
        dict(type="extradited", src="turkey", tgt="iraq", quote=SOT_HANDOVER,
             note="'السلطات الامنية' (the Turkish security authorities) go to the state. The hand-over is stated again in the "
                  "spokesman's quotes ('وتسليمه إلى العراق', 'ومن ثم ترحيله إلى العراق') and annotated once. " + SOT_DATE_NOTE),
        dict(type="extradited", src="turkey", tgt="issawi", quote=SOT_HANDOVER,
             note="The same hand-over with the person as target (he is named in the next sentence), as dev14 records a hand-over "
                  "both to the receiving side and on the person. " + SOT_DATE_NOTE),
        dict(type="cooperated", src="turkey", tgt="usa", quote=SOT_CONT,
             note="Turkey 'will continue' its counter-terrorism efforts in cooperation with the US and Iraq: an existing "
                  "cooperation said to go on (not only a plan). " + SOT_DATE_NOTE),
        dict(type="cooperated", src="turkey", tgt="iraq", quote=SOT_CONT,
             note="As the previous relation, with Iraq. " + SOT_DATE_NOTE),
     ]),

dict(id="lnaiq-2023-iraq-hands-14-iranian-prisoners-to-iran",
     title="العراق يسلم إيران 14 سجيناً من مواطنيها",
     source="lnaiq.com", published="2023-11-20",
     out_of_scope=[("تابعونا عبر تليغرام\nAd 6\nSocial Media Auto Publish Powered By : XYZScripts.com", 1,
                    "follow link, advert label and plugin credit")],
     mentions=[
        ("iraq", "العراق", "العراق يسلم إيران", 1),
        ("iran", "إيران", "العراق يسلم إيران", 1),
        ("iraq", "العراق", "العراق يسلم إيران", 2),
        ("iran", "إيران", "العراق يسلم إيران", 2),
        ("iran", "طهران", "لحكومة طهران"),
        ("jalalian", "عسكر جلاليان"),
        ("jalalian", "جلاليان", "وقال جلاليان"),
        ("iran", "إيران", "السجناء بين إيران"),
        ("iraq", "العراق", "بين إيران والعراق"),
        ("iraq", "العراق", "المسجونين في العراق"),
        ("iran", "إيران", "(غرب إيران)"),
        ("iraq", "العراق", "لقانون العراق"),
        ("iran", "إيران", "نقلهم إلى إيران"),
        ("iran", "إيران", "والأرمينية إلى إيران"),
     ],
     relations=[
        dict(type="extradited", src="iraq", tgt="iran",
             quote="سلمت السلطات العراقية الاتحادية، اليوم الاثنين، 14 سجيناً إيرانياً لحكومة طهران",
             date="2023-11-20", date_inferred="'today, Monday' against the URL date 20 Nov. 2023, a Monday",
             place="Mehran border crossing",
             note="The Iraqi federal authorities (the state) hand 14 Iranian prisoners to 'the government of Tehran' (the capital "
                  "standing for the state: a mention of Iran) to serve the rest of their sentences, under the prisoner-exchange "
                  "agreement. They are sentenced prisoners, not wanted people; the schema has no transfer type, so extradited "
                  "is stretched. The transfers planned from Turkish and Armenian prisons are plans."),
        dict(type="cooperated", src="iran", tgt="iraq", quote="اتفاقية تبادل السجناء بين إيران والعراق",
             note="The prisoner-exchange agreement between the two states, in force ('منذ تنفيذ'); the aspect is judicial, as the "
                  "shipped corpus's 1983 judicial agreement. Its date is not stated. Jalalian (a deputy minister) gets no leads."),
     ]),

dict(id="sana-2026-syria-interior-training-directorate-turkey-egm-delegation",
     title="سوريا وتركيا تبحثان تطوير الشراكة في مجال تدريب وتأهيل الكوادر الأمنية",
     source="SANA (sana.sy)", published="2026-02-20",
     out_of_scope=[(" date 2026-02-20", 1, "date banner"), ("دمشق-سانا", 1, "dateline")],
     mentions=[
        ("syria", "سوريا", "سوريا وتركيا"),
        ("turkey", "تركيا", "سوريا وتركيا"),
        ("syria-interior-training-directorate", "إدارة التأهيل والتدريب"),
        ("syria-interior-ministry", "وزارة الداخلية السورية"),
        ("hussein-salman", "حسين سلمان"),
        ("turkey-egm", "المديرية العامة للأمن"),
        ("turkey-interior-ministry", "وزارة الداخلية التركية", None, 1),
        ("turkey-egm-foreign-relations", "إدارة العلاقات الخارجية"),
        ("demirtola", "غوكهان ديميرتولا"),
        ("syria-interior-ministry", "وزارة الداخلية", "وذكرت وزارة الداخلية"),
        ("turkey-interior-ministry", "وزارة الداخلية التركية", None, 2),
     ],
     relations=[
        dict(type="cooperated", src="syria", tgt="turkey",
             quote="سوريا وتركيا تبحثان تطوير الشراكة في مجال تدريب وتأهيل الكوادر الأمنية",
             note="The headline states the partnership in training security cadres at the level of the two states; the body "
                  "states it between the two bodies (the same cooperation at two levels is annotated at both, as dev's "
                  "Chaab Press and Al Masalah). " + SANA_DATE),
        dict(type="met", src="hussein-salman", tgt="demirtola", quote=SANA_MEET, place="Damascus",
             note="Talks between the Syrian training director and the EGM delegation's head ('خلال لقائهما بدمشق'). " + SANA_DATE),
        dict(type="cooperated", src="syria-interior-training-directorate", tgt="turkey-egm",
             quote="سبل تطوير الشراكة في مجالات التدريب والتأهيل",
             note="Talks on developing the existing partnership in training, with a review of the existing training programmes "
                  "('البرامج التدريبية القائمة') and of trainers' preparation: joint training is cooperated. The Syrian side is the "
                  "directorate its director represents, the Turkish side the EGM whose delegation came. " + SANA_DATE),
        dict(type="cooperated", src="syria-interior-ministry", tgt="turkey-interior-ministry",
             quote="تعزيز التعاون مع وزارة الداخلية التركية",
             note="The meeting is part of strengthening the (Syrian) ministry's cooperation with the Turkish interior ministry; "
                  "the Syrian side is the ministry that reports it. " + SANA_DATE),
        dict(type="leads", src="hussein-salman", tgt="syria-interior-training-directorate",
             quote="مدير إدارة التأهيل والتدريب في وزارة الداخلية السورية الدكتور حسين سلمان",
             note="His title names the directorate, which gives a mention of it."),
        dict(type="part-of", src="syria-interior-training-directorate", tgt="syria-interior-ministry",
             quote="إدارة التأهيل والتدريب في وزارة الداخلية السورية",
             note="'في وزارة الداخلية السورية' places the directorate in the ministry, as the shipped DCPJ's 'ب'."),
        dict(type="part-of", src="turkey-egm", tgt="turkey-interior-ministry",
             quote="المديرية العامة للأمن في وزارة الداخلية التركية",
             note="'في وزارة الداخلية التركية' places the EGM in the Turkish interior ministry (its parent is left null in the "
                  "lexicon, as the other sets declare it)."),
        dict(type="leads", src="demirtola", tgt="turkey-egm-foreign-relations",
             quote="مدير إدارة العلاقات الخارجية اللواء غوكهان ديميرتولا",
             note="His title names the EGM's foreign-relations department (its place in the EGM is implied by the delegation, "
                  "not stated, so no part-of)."),
     ]),

dict(id="veto-iraq-russia-syria-iran-information-centre-baghdad",
     title=NO_HEADLINE + "The Iraqi government's spokesman: the information centre agreed between Iraq, Russia, Syria and Iran "
                         "will start work soon",
     source="Veto (via Masress), citing Sputnik", published=None,
     out_of_scope=[("مع ضباط آخرين عراقيين ومن الدول", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("saad-al-hadithi", "سعد الحديثي"),
        ("iraq", "العراق", "بين العراقوروسيا وسوريا"),
        ("russia", "روسيا", "بين العراقوروسيا وسوريا"),
        ("syria", "سوريا", "بين العراقوروسيا وسوريا"),
        ("iran", "إيران", "وسوريا وإيران"),
        ("saad-al-hadithi", "الحديثي", "وأوضح الحديثي"),
        ("iraq-defence-ministry", "وزارة الدفاع العراقية"),
        ("naseer-nouri-mohammed", "نصير نوري محمد"),
        ("iraq", "العراق", "بين العراقوروسيا وإيران"),
        ("russia", "روسيا", "بين العراقوروسيا وإيران"),
        ("iran", "إيران", "العراقوروسيا وإيران"),
        ("syria", "سورية", "وإيران وسورية"),
        ("naseer-nouri-mohammed", "محمد", "وأضاف محمد"),
        ("iraq-intelligence-services", "الاستخبارات العراقية", "من الاستخبارات العراقية"),
        ("naseer-nouri-mohammed", "محمد", "وأوضح محمد"),
        ("iraq-intelligence-services", "الاستخبارات العراقية", "غرفة الاستخبارات العراقية"),
     ],
     relations=[
        dict(type="cooperated", src="iraq", tgt="russia", quote=VETO_AGREE, note=VETO_NOTE),
        dict(type="cooperated", src="iraq", tgt="iran", quote=VETO_AGREE, note=VETO_NOTE),
        dict(type="cooperated", src="iraq", tgt="syria", quote=VETO_AGREE, note=VETO_NOTE),
        dict(type="cooperated", src="russia", tgt="iran", quote=VETO_AGREE, note=VETO_NOTE),
        dict(type="cooperated", src="russia", tgt="syria", quote=VETO_AGREE, note=VETO_NOTE),
        dict(type="cooperated", src="iran", tgt="syria", quote=VETO_AGREE,
             note=VETO_NOTE + " Not annotated: the 'mutual visits and executive meetings of Iraqi and Russian officials' in "
                              "Baghdad and Moscow (unnamed officials, no met, as dev14), and the Iraqi intelligence officers "
                              "authorised to head the centre (the centre is not an actor; the head of the 'Iraqi intelligence "
                              "room' is unnamed)."),
     ]),
]
