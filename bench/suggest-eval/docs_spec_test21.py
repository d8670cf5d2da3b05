# Gold annotations for the test21 corpus (held out; same conventions as docs_spec.py and the later docs_spec_*.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
import json
from docs_spec import NO_HEADLINE
from test21_sources import SOURCES

def _tail(did, start):
    """The stored text of did from the first occurrence of start to its end (for cut endings and appended lists)."""
    t = json.loads(SOURCES[did][1])
    return t[t.index(start):]

# alhayat (Naif)
NAIF_MEET = ("وأكد النائب الثاني لدى استقباله ليل أول من أمس في مكتبه في وزارة الداخلية في الرياض مستشار الدولة وزير الأمن العام "
             "بالصين مينغ جيانجو")
NAIF_UNDATED = "'The night before last' in an undated page: no date."
# alarbelyoum (King Salman and three defence ministers)
ARB_TALKS = ("بحث العاهل السعودي الملك سلمان بن عبد العزيز، الأربعاء، التعاون في مجال الدفاع، مع مسؤولين من وزارات الدفاع في "
             "إندونيسيا وماليزيا وسلطنة بروناوي")
ARB_MEET = ("جاء ذلك خلال لقاء جمع الملك سلمان، في مكتبه بقصر اليمامة في الرياض، بكل من وزيري الدفاع الإندونيسي رياميز أرد رياكودو، "
            "والماليزي هشام الدين حسين، إضافة إلى نائب وزير الدفاع في سلطنة بروناي الفريق داتو عبد العزيز محمد تميت")
ARB_TALKS_NOTE = ("Talks on defence cooperation between the king and officials of the defence ministries of {c}: talks on cooperation "
                  "are cooperated (as test3 and test7), recorded between the states (the ministries are named only as a plural, "
                  "'وزارات الدفاع في …'). 'Wednesday' in an undated page: no date.")
ARB_MEET_NOTE = "Received at his office in Al-Yamamah Palace, Riyadh. 'Wednesday' in an undated page: no date."
ARB_VISIT_NOTE = ("Received by the king in Riyadh: a working visit to Saudi Arabia, as official talks in a host capital in dev6. "
                  "'Wednesday' in an undated page: no date.")
# akhbarona (Laenser at Dubai Police)
AKH_RECV = ("وكان في مقدمة مستقبليه الفريق ضاحي خلفان تميم، القائد العام لشرطة دبي، ونائبه اللواء خميس مطر المزينة، واللواء خلفان "
            "خلفان عبدالله، مدير الإدارة العامة للشؤون الإدارية، واللواء عبد الرحمن محمد رفيع، مدير الإدارة العامة لخدمة المجتمع، "
            "واللواء المهندس محمد سيف الزفين مدير الإدارة العامة للمرور، والعميد محمد سعيد بخيت مدير الإدارة العامة للخدمات "
            "الالكترونية، والعميد محمد سعد الشريف")
def _recv(upto):
    return AKH_RECV[:AKH_RECV.index(upto) + len(upto)]
AKH_RECV_NOTE = ("Among those who received Laenser at the Dubai Police General Command ('في مقدمة مستقبليه'): a reception is a met "
                 "with the visitor, as attendance in dev7, dev10, dev12 and test7. Undated page (Laenser was interior minister "
                 "2012–2013, Dhahi Khalfan commander until 2013).")
# alroya (Oman–India)
ROYA_CHAIR = ("وترأس الاجتماع من الجانب العماني معالي محمد بن ناصر بن محمد الراسبي الأمين العام بوزارة الدفاع ومن الجانب الهندي "
              "سعادة جي موهان كومار")
ROYA_PLACE = "Oman (Al Shafaq club of the Sultan's Armed Forces)"

DOCS = [
dict(id="alhayat-saudi-naif-receives-chinese-public-security-minister-meng",
     title=NO_HEADLINE + "Saudi interior minister Prince Naif receives China's minister of public security Meng Jianzhu",
     source="Al Hayat (via Sauress)", published=None,
     out_of_scope=[("وأضاف: «نحن على ثقة أن التعاون الأمني سيكون في مصلحة بلدينا، ومصلحة الدول والعالمين الإسلامي والعربي ودول الخليج العربي وال",
                    1, "quotation cut by the store's 2,000-byte limit")],
     mentions=[
        ("naif-bin-abdulaziz", "نايف بن عبدالعزيز"),
        ("saudi-arabia", "السعودية", "أن السعودية يسعدها"),
        ("saudi-interior-ministry", "وزارة الداخلية", "في مكتبه في وزارة الداخلية"),
        ("china", "الصين", "بالصين مينغ"),
        ("meng-jianzhu", "مينغ جيانجو"),
        ("naif-bin-abdulaziz", "نايف", "وقال الأمير نايف"),
        ("saudi-security-services", "الأجهزة الأمنية في المملكة"),
        ("saudi-interior-ministry", "وزارة الداخلية", "كريمة دائماً مع وزارة الداخلية"),
        ("china", "الصين", "التعاون الأمني مع الصين،"),
        ("china", "الصين", "تعاوننا مع الصين"),
     ],
     relations=[
        dict(type="met", src="naif-bin-abdulaziz", tgt="meng-jianzhu", quote=NAIF_MEET, place="Riyadh (the interior ministry)",
             note="'النائب الثاني' is Naif (named in the first sentence); the reception was followed by a session of official talks "
                  "('جلسة المباحثات'). " + NAIF_UNDATED + " Meng was minister 2007–2012."),
        dict(type="visited", src="meng-jianzhu", tgt="saudi-interior-ministry", quote=NAIF_MEET, place="Riyadh",
             note="Received at Naif's office in the interior ministry: a visit to a body's seat (test3's Lekhwiya, dev14's Chinese "
                  "ministry, test7's Malaysian ministry). " + NAIF_UNDATED),
        dict(type="visited", src="meng-jianzhu", tgt="saudi-arabia", quote=NAIF_MEET, place="Riyadh",
             note="Received in Riyadh for official talks: a working visit to Saudi Arabia, as dev6's Al Bilad (talks in the host "
                  "capital). 'في الرياض' is a place, not a mention. " + NAIF_UNDATED),
        dict(type="leads", src="naif-bin-abdulaziz", tgt="saudi-interior-ministry",
             quote="النائب الثاني لرئيس مجلس الوزراء وزير الداخلية الأمير نايف بن عبدالعزيز",
             note="Minister of the interior; the ministry is named separately in the next sentence ('في مكتبه في وزارة الداخلية'), "
                  "so leads is given (as dev14 and test7). Meng gets none: the Chinese ministry is named only in his title "
                  "('وزير الأمن العام بالصين', which gives no mention of it, as in dev14)."),
        dict(type="cooperated", src="saudi-arabia", tgt="china",
             quote="نجد تعاوننا مع الصين دائماً ايجابي وعملي، وما توقيع الاتفاقية الأمنية بين البلدين التي تمت خلال زيارة فخامة الرئيس الصيني للمملكة",
             note="Existing Saudi–Chinese security cooperation and a security agreement 'between the two countries', signed during a "
                  "visit of the (unnamed) Chinese president to the Kingdom; the minister's 'the Kingdom is glad of security "
                  "cooperation with China' restates it. The agreement is not dated by the text."),
        dict(type="praised", src="naif-bin-abdulaziz", tgt="china", quote="نجد تعاوننا مع الصين دائماً ايجابي وعملي",
             note="Naif calls the cooperation with China always positive and practical: praise of the cooperation, recorded on the "
                  "foreign side (as dev14 and test7). " + NAIF_UNDATED),
        dict(type="praised", src="naif-bin-abdulaziz", tgt="saudi-security-services",
             quote="واستطاعت الأجهزة الأمنية في المملكة أن تحقق نجاحات كبيرة",
             note="The minister publicly credits 'the security services in the Kingdom' with great successes: a commendation of "
                  "their security work, though they are his own services. 'الأجهزة الأمنية في المملكة' is one mention of the "
                  "collective Saudi services (longest name; 'المملكة' alone is not a mention)."),
     ]),

dict(id="turkeyposts-pakistan-president-alvi-receives-qatar-amiri-guard-commander",
     title="باكستان تقدم عرضا إلى قطر بشأن 'الحدث التاريخي'",
     source="Turkey Posts (turkeyposts.net), citing The Express Tribune", published=None,
     out_of_scope=[("باكستان تقدم عرضا إلى قطر بشأن 'الحدث التاريخي'\n\nاجتمع الرئيس الباكستاني\n\nأردوغان: قواتنا لن تغادر المنطقة الآمنة بسوريا\n"
                    "Iran says 200,000 took to streets in anti-government protests\nBülent Arınç: KHK faciadır dememeliydim", 1,
                    "repeated headline, a cut teaser and headlines of unrelated stories")],
     mentions=[
        ("pakistan", "باكستان", "باكستان تقدم عرضا إلى قطر بشأن 'الحدث التاريخي'\n\nباكستان"),
        ("qatar", "قطر", "قطر بشأن 'الحدث التاريخي'\n\nباكستان"),
        ("arif-alvi", "علوي", "الباكستاني علوي مع"),
        ("qatar-amiri-guard", "الحرس الأميري"),
        ("hazza-al-shahwani", "هزاع بن خليل الشهواني"),
        ("qatar", "قطر", "عرضا لقطر بشأن"),
        ("arif-alvi", "عارف علوي"),
        ("qatar", "قطر", "علوي على قطر"),
        ("pakistan", "إسلام أباد"),
        ("pakistan", "باكستان", "“باكستان لديها"),
        ("pakistan", "باكستان", "“باكستان يمكنها"),
        ("qatar", "قطر", "الأمن لقطر"),
     ],
     relations=[
        dict(type="met", src="arif-alvi", tgt="hazza-al-shahwani",
             quote="اجتمع الرئيس الباكستاني علوي مع قائد الحرس الأميري القطري اللواء ركن هزاع بن خليل الشهواني",
             place="Islamabad",
             note="Undated page (Alvi was president 2018–2024; the 2022 World Cup is still to come). 'العاصمة الباكستانية' is a "
                  "place, not a name. The president heads no security body: no leads."),
        dict(type="leads", src="hazza-al-shahwani", tgt="qatar-amiri-guard",
             quote="قائد الحرس الأميري القطري اللواء ركن هزاع بن خليل الشهواني",
             note="'قائد الحرس الأميري' gives a mention 'الحرس الأميري' of the Amiri Guard (the adjective 'القطري' is left out)."),
        dict(type="visited", src="hazza-al-shahwani", tgt="pakistan",
             quote="هزاع بن خليل الشهواني، الذي يتواجد في العاصمة الباكستانية على رأس وفد قطري",
             note="In the Pakistani capital at the head of a Qatari delegation: a working visit to Pakistan."),
     ]),

dict(id="nokhbahnews-kuwait-interior-minister-ahmad-al-nawaf-five-ambassadors",
     title="وزير الداخلية بحث مع 5 سفراء القضايا المشتركة",
     source="Nokhbah News (nokhbahnews.com), citing the Kuwaiti interior ministry", published=None,
     out_of_scope=[("وأضاف انه التقى كذلك في وقت لاحق بسفير جمهورية الهند ", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("ahmad-al-nawaf", "أحمد النواف", "متقاعد الشيخ أحمد النواف مع سفراء"),
        ("qatar", "قطر", "سفراء قطر"),
        ("djibouti", "جيبوتي", "قطر وجيبوتي والهند"),
        ("india", "الهند", "وجيبوتي والهند وإيطاليا"),
        ("italy", "إيطاليا"),
        ("ukraine", "أوكرانيا", "وإيطاليا وأوكرانيا"),
        ("kuwait-security-media", "الإدارة العامة للعلاقات والإعلام الأمني"),
        ("ahmad-al-nawaf", "أحمد النواف", "ان الشيخ أحمد النواف بحث"),
        ("qatar", "دولة قطر"),
        ("ali-al-mahmoud", "علي آل محمود"),
        ("qatar", "قطر", "سفير قطر ثمن"),
        ("ukraine", "جمهورية أوكرانيا"),
        ("balanutsa", "ألكسندر بالانوتسا"),
        ("djibouti", "جمهورية جيبوتي", "سفير جمهورية جيبوتي الشقيقة"),
        ("abdulkader-omar", "عبدالقادر عمر"),
        ("kuwait", "الكويت", "بين الكويت وجمهورية"),
        ("djibouti", "جمهورية جيبوتي", "الكويت وجمهورية جيبوتي"),
        ("djibouti", "جمهورية جيبوتي", "وبدوره عبر سفير جمهورية جيبوتي"),
        ("kuwait", "للكويت"),
     ],
     relations=[
        dict(type="met", src="ahmad-al-nawaf", tgt="ali-al-mahmoud",
             quote="الشيخ أحمد النواف بحث مع سفير دولة قطر الشقيقة علي آل محمود",
             note="Undated page. The ambassadors of India and Italy are unnamed, so their meetings give no met (as dev14's "
                  "unnamed ambassadors); India's meeting is in the cut last sentence."),
        dict(type="cooperated", src="kuwait", tgt="qatar",
             quote="سبل تعزيز العلاقات الأمنية وتوسيع آفاق التعاون والتنسيق في مجال تبادل الخبرات والمعلومات والتدريب",
             note="Talks with the Qatari ambassador on strengthening security relations and widening cooperation and coordination "
                  "in exchange of expertise, information and training: talks on cooperation are cooperated (test3, test7), between "
                  "the two states ('بين البلدين' closes the sentence). The ambassador's appreciation of the talks (for 'Gulf "
                  "security cooperation') is not praise of security work."),
        dict(type="met", src="ahmad-al-nawaf", tgt="balanutsa",
             quote="وزير الداخلية استعرض في وقت لاحق مع سفير جمهورية أوكرانيا الصديقة د.ألكسندر بالانوتسا",
             note="'وزير الداخلية' is Al-Nawaf. Topics of common interest only: no cooperated."),
        dict(type="met", src="ahmad-al-nawaf", tgt="abdulkader-omar",
             quote="وزير الداخلية التقى في وقت لاحق سفير جمهورية جيبوتي الشقيقة عبدالقادر عمر",
             note="The minister's praise of 'the distinguished relations between Kuwait and Djibouti' and the ambassador's "
                  "appreciation of Kuwait's role in making peace are about relations in general, not security work or "
                  "cooperation: no praised."),
        dict(type="part-of", src="kuwait-security-media", tgt="kuwait-interior-ministry",
             quote="الإدارة العامة للعلاقات والإعلام الأمني بالوزارة",
             note="'بالوزارة' (at the ministry) states the hierarchy; 'الوزارة' is the interior ministry of the minister's title "
                  "and is not a mention. Al-Nawaf gets no leads: the ministry is named only by his title and 'الوزارة'."),
     ]),

dict(id="masrawy-2026-qatar-somalia-defence-agreement-dimdex",
     title="قطر والصومال توقعان اتفاقية لتعزيز الشراكة في المجالات الدفاعية",
     source="Masrawy (masrawy.com), citing dpa and QNA", published="2026-01-19",
     out_of_scope=[("كتب : مصراوي\n\n08:41 م 19/01/2026\n\n(د ب أ)", 1, "byline, printed date and agency"),
                   ("قطر الصومال سعود بن عبدالرحمن", 1, "tag list")],
     mentions=[
        ("qatar", "قطر", "قطر والصومال توقعان"),
        ("somalia", "الصومال", "قطر والصومال توقعان"),
        ("qatar", "قطر", "الدفاع في قطر"),
        ("saud-bin-abdulrahman", "سعود بن عبدالرحمن بن حسن آل ثاني"),
        ("ahmed-fiqi", "أحمد معلم فقي"),
        ("qatar", "دولة قطر"),
        ("somalia", "جمهورية الصومال الفيدرالية"),
        ("qatar-armed-forces", "القوات المسلحة القطرية"),
        ("jassim-al-mannai", "جاسم بن محمد المناعي"),
     ],
     relations=[
        dict(type="met", src="saud-bin-abdulrahman", tgt="ahmed-fiqi",
             quote="التقى نائب رئيس مجلس الوزراء ووزير الدولة لشؤون الدفاع في قطر الشيخ سعود بن عبدالرحمن بن حسن آل ثاني اليوم الاثنين مع وزير الدفاع الصومالي أحمد معلم فقي",
             date="2026-01-19", date_inferred="'today, Monday' in an item printed 19/01/2026 (a Monday)",
             place="Doha (DIMDEX 2026)",
             note="On the sidelines of the first day of the Doha International Maritime Defence Exhibition (DIMDEX 2026). "
                  "Neither minister gets leads: their ministries are named only in their titles."),
        dict(type="cooperated", src="qatar", tgt="somalia",
             quote="كما وقع نائب رئيس مجلس الوزراء ووزير الدولة لشؤون الدفاع، اتفاقية تعاون مع وزير الدفاع الصومالي، تهدف إلى تعزيز مجالات التعاون المشترك، بما يخدم المصالح المتبادلة ويعزز الشراكات الدفاعية بين دولة قطر وجمهورية الصومال الفيدرالية",
             date="2026-01-19", date_inferred="signed at the meeting of 'today, Monday', 19 Jan. 2026 (the item's printed date)",
             place="Doha",
             note="A defence cooperation agreement signed by the two ministers, strengthening the defence partnership 'between "
                  "the State of Qatar and the Federal Republic of Somalia': recorded between the states (the ministries are "
                  "named only in titles). The headline restates it."),
        dict(type="met", src="jassim-al-mannai", tgt="ahmed-fiqi",
             quote="وحضر اللقاء ومراسم التوقيع، رئيس أركان القوات المسلحة القطرية الفريق الركن (طيار) جاسم بن محمد المناعي",
             date="2026-01-19", date_inferred="the meeting of 'today, Monday', 19 Jan. 2026", place="Doha",
             note="He attended the meeting and the signing: a met with the visitor, as attendance in dev7, dev10, dev12 and test7."),
        dict(type="leads", src="jassim-al-mannai", tgt="qatar-armed-forces",
             quote="رئيس أركان القوات المسلحة القطرية الفريق الركن (طيار) جاسم بن محمد المناعي",
             note="Chief of Staff of the Qatar Armed Forces: he commands them."),
        dict(type="visited", src="ahmed-fiqi", tgt="qatar",
             quote="مع وزير الدفاع الصومالي أحمد معلم فقي، وذلك على هامش أعمال اليوم الأول لمعرض ومؤتمر الدوحة الدولي للدفاع البحري ديمدكس 2026",
             date="2026-01-19", date_inferred="the meeting of 'today, Monday', 19 Jan. 2026",
             place="Doha",
             note="The Somali minister's talks in Doha at DIMDEX: a working visit to Qatar, as official talks in the host capital "
                  "in dev6. 'الدوحة' is part of the exhibition's name, not a mention."),
     ]),

dict(id="alhayat-saudi-king-salman-call-nigeria-buhari-islamic-coalition",
     title=NO_HEADLINE + "King Salman calls Nigeria's president Buhari: solidarity against terrorism and Nigeria's joining the "
                         "Islamic Military Counter Terrorism Coalition",
     source="Al Hayat (via Sauress), citing SPA", published=None,
     out_of_scope=[],
     mentions=[
        ("king-salman", "سلمان بن عبدالعزيز"),
        ("buhari", "محمد بخاري"),
        ("saudi-arabia", "السعودية", "تضامن السعودية"),
        ("nigeria", "نيجيريا", "حكومة نيجيريا"),
        ("nigeria", "نيجيريا", "وقعت في نيجيريا"),
        ("king-salman", "سلمان", "أن الملك سلمان أكد"),
        ("nigeria", "نيجيريا", "واستقرار نيجيريا"),
        ("nigeria", "نيجيريا", "بانضمام نيجيريا"),
        ("imctc", "التحالف الإسلامي العسكري لمحاربة الإرهاب"),
        ("buhari", "بخاري", "أعرب بخاري"),
        ("nigeria", "جمهورية نيجيريا"),
     ],
     relations=[
        dict(type="met", src="king-salman", tgt="buhari",
             quote="أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالاً اليوم (الخميس)، بالرئيس النيجيري محمد بخاري",
             note="A telephone call on Saudi solidarity with Nigeria against terrorism after attacks in Nigeria: recorded as met "
                  "(talks between the two), the nearest type. 'Today (Thursday)' in an undated page: no date. The solidarity "
                  "itself (standing by Nigeria against terrorism) has no type; Buhari's thanks are for the king's sentiments, not "
                  "security work, and his wish to visit the Kingdom is a plan. Neither head of state gets leads."),
        dict(type="member-of", src="nigeria", tgt="imctc",
             quote="بانضمام نيجيريا إلى التحالف الإسلامي العسكري لمحاربة الإرهاب",
             note="The king welcomes Nigeria's joining the Islamic Military Counter Terrorism Coalition: membership, member-of. "
                  "Not dated by the text."),
     ]),

dict(id="bhmirror-2016-bahrain-interior-minister-praises-pakistan-security-cooperation",
     title="وزير الداخلية البحريني يشيد بالتعاون الأمني مع باكستان",
     source="Bahrain Mirror (مرآة البحرين, bh-mirror)", published="2016-04-06",
     out_of_scope=[("» أخبار", 1, "section label"),
                   ("2016-04-06 - 8:59 م", 1, "printed date"),
                   ("مرآة البحرين (خاص): ", 1, "outlet line"),
                   (_tail("bhmirror-2016-bahrain-interior-minister-praises-pakistan-security-cooperation", "مواضيع ذات صلة"), 1,
                    "'related topics' and 'read also' lists of unrelated stories (cut by the store's 2,000-byte limit)")],
     mentions=[
        ("pakistan", "باكستان", "الأمني مع باكستان\n"),
        ("rashid-bin-abdullah", "راشد بن عبدالله آل خليفة"),
        ("pakistan", "باكستان", "بين بلاده وباكستان"),
        ("bahrain", "البحرين", "وتستعين البحرين"),
        ("pakistan", "باكستان", "سفير باكستان الجديد"),
        ("javed-malik", "جافيد ماليك"),
        ("saeed-ahmed-khan", "سعيد أحمد خان"),
        ("bahrain", "البحرين", "الباكستانيين في البحرين"),
     ],
     relations=[
        dict(type="praised", src="rashid-bin-abdullah", tgt="pakistan",
             quote="أشاد وزير الداخلية البحريني راشد بن عبدالله آل خليفة (الاربعاء 6 أبريل/ نيسان 2016) بالتعاون الأمني بين بلاده وباكستان",
             date="2016-04-06",
             note="Praise of the security cooperation, recorded on the foreign side (as dev14 and test7); the headline and the "
                  "official statement ('the level of cooperation and coordination, especially in the security fields') restate it."),
        dict(type="cooperated", src="bahrain", tgt="pakistan", quote="بالتعاون الأمني بين بلاده وباكستان",
             note="Existing security cooperation between Bahrain ('بلاده', the minister's country) and Pakistan. The outlet's claim "
                  "that Bahrain employs thousands of Pakistani 'mercenaries' against protests, and the former ambassador's figure "
                  "of 25,000 Pakistanis mostly in the police, concern Pakistani nationals, not the Pakistani state: no further "
                  "relation."),
        dict(type="met", src="rashid-bin-abdullah", tgt="javed-malik",
             quote="والتقى الوزير، اليوم، سفير باكستان الجديد جافيد ماليك بمناسبة تعيينه",
             date="2016-04-06", date_inferred="'today' in an item dated Wednesday 6 April 2016 (the date the first sentence gives)",
             note="A courtesy meeting on the new ambassador's appointment; the minister's praise was made at it. An ambassador gets "
                  "no leads; the minister gets none either (the ministry is named only in his title)."),
     ]),

dict(id="alarbelyoum-saudi-king-salman-indonesia-malaysia-brunei-defence-ministers",
     title=NO_HEADLINE + "King Salman discusses defence cooperation with the defence ministers of Indonesia and Malaysia and Brunei's "
                         "deputy defence minister",
     source="alarbelyoum.com, citing SPA", published=None,
     out_of_scope=[],
     mentions=[
        ("king-salman", "سلمان بن عبد العزيز"),
        ("indonesia", "إندونيسيا"),
        ("malaysia", "ماليزيا"),
        ("brunei", "سلطنة بروناوي"),
        ("king-salman", "سلمان", "جمع الملك سلمان"),
        ("ryamizard", "رياميز أرد رياكودو"),
        ("hishammuddin", "هشام الدين حسين"),
        ("brunei", "سلطنة بروناي", "في سلطنة بروناي الفريق"),
        ("abdul-aziz-tamit", "عبد العزيز محمد تميت"),
        ("saudi-arabia", "السعودية", "وكانت السعودية"),
     ],
     relations=[
        dict(type="cooperated", src="saudi-arabia", tgt="indonesia", quote=ARB_TALKS, note=ARB_TALKS_NOTE.format(c="Indonesia")),
        dict(type="cooperated", src="saudi-arabia", tgt="malaysia", quote=ARB_TALKS, note=ARB_TALKS_NOTE.format(c="Malaysia")),
        dict(type="cooperated", src="saudi-arabia", tgt="brunei", quote=ARB_TALKS, note=ARB_TALKS_NOTE.format(c="Brunei")),
        dict(type="met", src="king-salman", tgt="ryamizard", quote=ARB_MEET, place="Riyadh (Al-Yamamah Palace)", note=ARB_MEET_NOTE),
        dict(type="met", src="king-salman", tgt="hishammuddin", quote=ARB_MEET, place="Riyadh (Al-Yamamah Palace)", note=ARB_MEET_NOTE),
        dict(type="met", src="king-salman", tgt="abdul-aziz-tamit", quote=ARB_MEET, place="Riyadh (Al-Yamamah Palace)",
             note=ARB_MEET_NOTE + " 'الفريق داتو' (rank and Malay title) is left out of the mention."),
        dict(type="visited", src="ryamizard", tgt="saudi-arabia", quote=ARB_MEET, place="Riyadh", note=ARB_VISIT_NOTE),
        dict(type="visited", src="hishammuddin", tgt="saudi-arabia", quote=ARB_MEET, place="Riyadh", note=ARB_VISIT_NOTE),
        dict(type="visited", src="abdul-aziz-tamit", tgt="saudi-arabia", quote=ARB_MEET, place="Riyadh", note=ARB_VISIT_NOTE),
        dict(type="member-of", src="saudi-arabia", tgt="imctc",
             quote="وكانت السعودية أعلنت منتصف كانون الأول/ ديسمبر الماضي، عن تشكيل تحالف عسكري إسلامي جديد لمحاربة الإرهاب، يضم 34 دولة",
             note="Saudi Arabia announced the formation of a new Islamic military coalition against terrorism of 34 states (the "
                  "IMCTC, described here, not named: no mention): its founder and a member, so member-of. 'Mid-December last' is "
                  "relative to an undated page; the formation is not dated here. The three visitors' states are not said to be "
                  "members."),
     ]),

dict(id="akhbarona-morocco-interior-minister-laenser-visits-dubai-police",
     title=NO_HEADLINE + "Morocco's interior minister Mohand Laenser visits the Dubai Police General Command and meets Dhahi Khalfan",
     source="Akhbarona (via Maghress)", published=None,
     out_of_scope=[(_tail("akhbarona-morocco-interior-minister-laenser-visits-dubai-police", "واطلع الفريق ضاحي خلفان تميم، في قاعة الاجتماعات"),
                    1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("laenser", "محند العنصر", "زار محند العنصر"),
        ("dubai-police", "القيادة العامة لشرطة دبي", "المغربي، القيادة العامة لشرطة دبي"),
        ("dhahi-khalfan", "ضاحي خلفان تميم", "الفريق ضاحي خلفان تميم، القائد"),
        ("dubai-police", "شرطة دبي", "القائد العام لشرطة دبي"),
        ("khamis-al-muzaina", "خميس مطر المزينة"),
        ("khalfan-khalfan-abdullah", "خلفان خلفان عبدالله"),
        ("dubai-police-admin-affairs", "الإدارة العامة للشؤون الإدارية"),
        ("abdulrahman-rafi", "عبد الرحمن محمد رفيع"),
        ("dubai-police-community-service", "الإدارة العامة لخدمة المجتمع"),
        ("mohammed-al-zafin", "محمد سيف الزفين"),
        ("dubai-police-traffic", "الإدارة العامة للمرور"),
        ("mohammed-bakheet", "محمد سعيد بخيت"),
        ("dubai-police-e-services", "الإدارة العامة للخدمات الالكترونية"),
        ("mohammed-saad-al-sharif", "محمد سعد الشريف"),
        ("dubai-police-organisational-office", "المكتب التنظيمي"),
        ("dubai-police", "للقيادة العامة لشرطة دبي"),
        ("dubai-police", "شرطة دبي", "ضباط شرطة دبي"),
        ("dhahi-khalfan", "ضاحي خلفان تميم", "اصطحب الفريق ضاحي خلفان تميم"),
        ("laenser", "محند العنصر", "تميم، محند العنصر"),
     ],
     relations=[
        dict(type="visited", src="laenser", tgt="dubai-police",
             quote="زار محند العنصر، وزير الداخلية المغربي، القيادة العامة لشرطة دبي",
             note="A visit to the seat of the Dubai Police General Command. Undated page (Laenser was interior minister 2012–2013). "
                  "Morocco is named only by the adjective 'المغربي' and has no mention."),
        dict(type="met", src="laenser", tgt="dhahi-khalfan",
             quote="اصطحب الفريق ضاحي خلفان تميم، محند العنصر والوفد المرافق له إلى مكتبه، وبحث معه سبل التعاون المشترك",
             note="Talks in Dhahi Khalfan's office after the official reception (he also headed the receiving line)."),
        dict(type="met", src="laenser", tgt="khamis-al-muzaina", quote=_recv("خميس مطر المزينة"),
             note=AKH_RECV_NOTE + " Al-Muzaina is the commander's deputy ('ونائبه'): no leads."),
        dict(type="met", src="laenser", tgt="khalfan-khalfan-abdullah", quote=_recv("خلفان خلفان عبدالله"), note=AKH_RECV_NOTE),
        dict(type="met", src="laenser", tgt="abdulrahman-rafi", quote=_recv("عبد الرحمن محمد رفيع"), note=AKH_RECV_NOTE),
        dict(type="met", src="laenser", tgt="mohammed-al-zafin", quote=_recv("محمد سيف الزفين"), note=AKH_RECV_NOTE),
        dict(type="met", src="laenser", tgt="mohammed-bakheet", quote=_recv("محمد سعيد بخيت"), note=AKH_RECV_NOTE),
        dict(type="met", src="laenser", tgt="mohammed-saad-al-sharif", quote=AKH_RECV, note=AKH_RECV_NOTE),
        dict(type="leads", src="dhahi-khalfan", tgt="dubai-police", quote="الفريق ضاحي خلفان تميم، القائد العام لشرطة دبي",
             note="'القائد العام لشرطة دبي' gives a mention 'شرطة دبي' of Dubai Police (title rule)."),
        dict(type="leads", src="khalfan-khalfan-abdullah", tgt="dubai-police-admin-affairs",
             quote="خلفان خلفان عبدالله، مدير الإدارة العامة للشؤون الإدارية",
             note="Director of a named department of the receiving Dubai Police (its parent is recorded in the lexicon; part-of "
                  "is not stated)."),
        dict(type="leads", src="abdulrahman-rafi", tgt="dubai-police-community-service",
             quote="عبد الرحمن محمد رفيع، مدير الإدارة العامة لخدمة المجتمع",
             note="Director of a named Dubai Police department (part-of not stated)."),
        dict(type="leads", src="mohammed-al-zafin", tgt="dubai-police-traffic",
             quote="محمد سيف الزفين مدير الإدارة العامة للمرور",
             note="Director of a named Dubai Police department (part-of not stated)."),
        dict(type="leads", src="mohammed-bakheet", tgt="dubai-police-e-services",
             quote="محمد سعيد بخيت مدير الإدارة العامة للخدمات الالكترونية",
             note="Director of a named Dubai Police department (part-of not stated)."),
        dict(type="leads", src="mohammed-saad-al-sharif", tgt="dubai-police-organisational-office",
             quote="محمد سعد الشريف مدير المكتب التنظيمي للقيادة العامة لشرطة دبي"),
        dict(type="part-of", src="dubai-police-organisational-office", tgt="dubai-police",
             quote="المكتب التنظيمي للقيادة العامة لشرطة دبي",
             note="'The organisational office of the Dubai Police General Command': the name states the hierarchy. Taken as two "
                  "mentions, the office ('المكتب التنظيمي') and Dubai Police ('للقيادة العامة لشرطة دبي', the merged preposition "
                  "kept), because the genitive names the parent body itself."),
        dict(type="cooperated", src="morocco", tgt="uae",
             quote="وبحث معه سبل التعاون المشترك وتعزيز العلاقات الأخوية بين البلدين، وتبادل الخبرات والتجارب في مختلف المجالات الأمنية",
             note="Talks on joint cooperation, 'between the two countries', and on exchanging expertise in the security fields: "
                  "talks on cooperation are cooperated (test3, test7), recorded between the states, Morocco and the UAE, neither of "
                  "which is named (no mention)."),
     ]),

dict(id="spa-islamic-coalition-secretary-general-mughaidi-receives-kenyan-ambassador",
     title=NO_HEADLINE + "The IMCTC's acting secretary general Mohammed Al-Mughaidi receives Kenya's ambassador to Saudi Arabia",
     source="Saudi Press Agency (via Sauress)", published=None,
     out_of_scope=[("وأشاد معاليه بالدور الريادي الذي قامت به دولة ا", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("imctc", "للتحالف الإسلامي العسكري لمحاربة الإرهاب"),
        ("mughaidi", "محمد بن سعيد المغيدي"),
        ("kenya", "جمهورية كينيا", "سفير جمهورية كينيا"),
        ("peter-ogego", "بيتر نيكولاس راتنق أوقينو أوقيقو"),
        ("imctc", "التحالف الإسلامي", "بين التحالف الإسلامي وجمهورية"),
        ("kenya", "جمهورية كينيا", "الإسلامي وجمهورية كينيا"),
        ("mughaidi", "المغيدي", "وأوضح اللواء المغيدي"),
        ("imctc", "التحالف الإسلامي العسكري لمحاربة الإرهاب", "المغيدي أن التحالف الإسلامي العسكري لمحاربة الإرهاب"),
        ("kenya", "جمهورية كينيا", "الكبير لجمهورية كينيا"),
        ("imctc", "التحالف الإسلامي", "يقوم عليه التحالف الإسلامي"),
     ],
     relations=[
        dict(type="met", src="mughaidi", tgt="peter-ogego",
             quote="استقبل الأمين العام للتحالف الإسلامي العسكري لمحاربة الإرهاب المكلف اللواء الطيار الركن محمد بن سعيد المغيدي، في مقر التحالف بمدينة الرياض، سفير جمهورية كينيا لدى المملكة بيتر نيكولاس راتنق أوقينو أوقيقو",
             place="Riyadh (IMCTC headquarters)",
             note="Undated page. The bare 'التحالف' ('مقر التحالف', 'دول التحالف', 'ما حققه التحالف') is anaphora, not a mention."),
        dict(type="visited", src="peter-ogego", tgt="imctc",
             quote="في مقر التحالف بمدينة الرياض، سفير جمهورية كينيا لدى المملكة بيتر نيكولاس راتنق أوقينو أوقيقو",
             note="Received at the coalition's headquarters: a visit to a body's seat (test7's Malaysian ministry). The ambassador "
                  "is resident in Saudi Arabia: no visit to the country."),
        dict(type="leads", src="mughaidi", tgt="imctc",
             quote="الأمين العام للتحالف الإسلامي العسكري لمحاربة الإرهاب المكلف اللواء الطيار الركن محمد بن سعيد المغيدي",
             note="Acting ('المكلف') secretary general, the coalition's head: leads, as test3's and test7's acting directors."),
        dict(type="cooperated", src="imctc", tgt="kenya",
             quote="بحث سبل التعاون المشترك بين التحالف الإسلامي وجمهورية كينيا",
             note="Talks on cooperation between the coalition and Kenya: cooperated (test3, test7). Kenya's membership is not "
                  "stated."),
        dict(type="praised", src="mughaidi", tgt="kenya",
             quote="وأكد الدور الكبير لجمهورية كينيا في محاربة الإرهاب ومكافحة التطرف العنيف",
             note="The subject of 'وأكد' is Al-Mughaidi (from the previous sentence): he commends Kenya's great role against "
                  "terrorism and violent extremism in East Africa."),
        dict(type="praised", src="peter-ogego", tgt="imctc",
             quote="أشاد السفير الكيني بالدور الذي يقوم عليه التحالف الإسلامي",
             note="The Kenyan ambassador commends the coalition's role and achievements against terrorism. The next praise "
                  "('وأشاد معاليه بالدور الريادي الذي قامت به دولة ا…', presumably of Saudi Arabia) is cut and out of scope."),
     ]),

dict(id="alroya-oman-india-joint-military-cooperation-committee",
     title="بحث تعزيز التعاون العسكري بين السلطنة والهند",
     source="Al Roya (alroya.om)", published=None,
     out_of_scope=[("مسقط - الرؤية", 1, "dateline and byline"),
                   (_tail("alroya-oman-india-joint-military-cooperation-committee", "الجدير بالذكر"), 1,
                    "paragraph cut by the store's 2,000-byte limit (60th anniversary of relations, a ship's voyage)")],
     mentions=[
        ("india", "الهند", "بين السلطنة والهند"),
        ("india", "جمهورية الهند", "بالسلطنة وجمهورية الهند الصديقة، وذلك"),
        ("sultans-armed-forces", "قوات السلطان المسلحة", "التابع لقوات السلطان المسلحة"),
        ("rasbi", "محمد بن ناصر بن محمد الراسبي"),
        ("oman-mod", "وزارة الدفاع", "الأمين العام بوزارة الدفاع"),
        ("mohan-kumar", "جي موهان كومار", None, 1),
        ("india-mod", "وزارة الدفاع", "كومار وكيل وزارة الدفاع بجمهورية الهند الصديقة"),
        ("india", "جمهورية الهند", "بجمهورية الهند الصديقة."),
        ("mohan-kumar", "جي موهان كومار", None, 2),
        ("india-mod", "وزارة الدفاع", "كومار وكيل وزارة الدفاع بجمهورية الهند والوفد"),
        ("india", "جمهورية الهند", "بجمهورية الهند والوفد"),
        ("ahmed-al-maamari", "أحمد بن حمود المعمري"),
        ("rao-dg-organisation-projects", "التنظيم والمشاريع"),
        ("royal-army-of-oman", "قيادة الجيش السلطاني العماني"),
        ("sultans-armed-forces", "قوات السلطان المسلحة", "كبار ضباط قوات السلطان المسلحة"),
     ],
     relations=[
        dict(type="met", src="oman-mod", tgt="india-mod",
             quote="عقد ظهر أمس الاجتماع الثامن للجنة التعاون العسكري المشتركة بين وزارتي الدفاع بالسلطنة وجمهورية الهند الصديقة",
             place=ROYA_PLACE,
             note="The 8th meeting of the joint military cooperation committee of the two defence ministries: a working session "
                  "between delegations. 'وزارتي الدفاع' is a dual and not a mention of either ministry (as test7's duals); both are "
                  "mentioned later through their officials' titles. 'Yesterday noon' in an undated page: no date (G. Mohan Kumar "
                  "was Defence Secretary 2015–2017). The joint committee is not taken as an actor."),
        dict(type="cooperated", src="oman-mod", tgt="india-mod",
             quote="لجنة التعاون العسكري المشتركة بين وزارتي الدفاع بالسلطنة وجمهورية الهند الصديقة",
             note="A standing joint military cooperation committee of the two ministries (its 8th meeting): cooperation between "
                  "the ministries."),
        dict(type="cooperated", src="oman", tgt="india",
             quote="بتعزيز التعاون العسكري القائم وتبادل الخبرات بين القوات المسلحة في البلدين الصديقين",
             note="'The existing military cooperation' between the two countries (and their armed forces), which the meeting "
                  "discussed strengthening; the headline ('بين السلطنة والهند') restates it. Recorded between the states as well as "
                  "the ministries (two levels, as dev14's Egypt–China). Oman has no mention: 'السلطنة' alone is not one, like "
                  "'المملكة'."),
        dict(type="met", src="rasbi", tgt="mohan-kumar", quote=ROYA_CHAIR, place=ROYA_PLACE,
             note="The two co-chaired the meeting. Neither gets leads: a ministry's secretary general and its secretary "
                  "('وكيل', undersecretary) do not head it (as test7's undersecretary). Their titles give mentions of the two "
                  "ministries."),
        dict(type="visited", src="mohan-kumar", tgt="oman",
             quote="وكان سعادة جي موهان كومار وكيل وزارة الدفاع بجمهورية الهند والوفد المرافق له قد وصل إلى البلاد صباح أمس",
             note="'البلاد' is Oman, where the outlet writes from; arrived 'yesterday morning' (undated page: no date)."),
        dict(type="met", src="ahmed-al-maamari", tgt="mohan-kumar",
             quote="حيث كان في استقباله لدى وصوله مطار مسقط الدولي العميد الركن أحمد بن حمود المعمري",
             place="Muscat International Airport",
             note="He received the Indian delegation at the airport: a reception is a met."),
        dict(type="leads", src="ahmed-al-maamari", tgt="rao-dg-organisation-projects",
             quote="أحمد بن حمود المعمري مدير عام التنظيم والمشاريع",
             note="'مدير عام التنظيم والمشاريع' gives a mention 'التنظيم والمشاريع' of the directorate general (title rule, as "
                  "test7's 'مدير عام التحريات والتحقيقات الجنائية')."),
        dict(type="part-of", src="rao-dg-organisation-projects", tgt="royal-army-of-oman",
             quote="مدير عام التنظيم والمشاريع بقيادة الجيش السلطاني العماني",
             note="'ب' (the directorate general 'at' the Royal Army of Oman command) states the hierarchy, as test7's Interpol "
                  "Muscat. The army's own place in the Sultan's Armed Forces is not stated (parent in the lexicon only)."),
     ]),
]
