# Gold annotations for the test33 corpus (held out; same conventions as docs_spec.py and docs_spec_test7.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

ALAIN_ARRESTEES = "وأبرز العناصر المقبوض عليهم، محمد أحمد محمد، واسمه الحقيقي أكرم عبدالبديع"
LOBS_AGREEMENT = "وقعت ليبيا وتشاد والنيجر والسودان بالعاصمة التشادية انجامينا الخميس على اتفاق رباعي لتعزيز التعاون الأمني ومراقبة الحدود المشتركة بين الدول الأربع"
LOBS_DATE = "2018-05-31"
LOBS_INF = "'الخميس' before the dateline of Saturday 2 June 2018: Thursday 31 May 2018"
LOBS_NOTE = ("A quadripartite agreement signed by Libya, Chad, Niger and Sudan 'to strengthen security cooperation and the "
             "monitoring of the common borders': one cooperated per pair of signatories (six), as a protocol between several "
             "bodies gives one per pair (graph/README.md). This pair: {p}.")
MV_MEET = ('المستشار النائب العام استقبل ، وزير الداخلية بمجلس وزراء الجمهورية التونسية ومدير عام إدارة الحدود والأجانب بالوزارة')

DOCS = [
dict(id="alain-sudan-agrees-to-hand-isis-cell-members-to-egypt",
     title="السودان يوافق على تسليم مصر إرهابيين ضمن خلية داعشية بينهم إخوان",
     source="Al Ain News (al-ain.com)", published=None,
     out_of_scope=[("وفي ذات السياق، قالت مصادر موثوقة إن وفدا أمنيا مصريا سيزور السودان قريبا لبحث تسليم هؤلاء الإرهابيين المطلوبين للقا", 1,
                    "sentence cut by the store's 2,000-byte limit (a planned visit)")],
     mentions=[
        ("sudan", "السودان", "السودان يوافق"),
        ("egypt", "مصر", "تسليم مصر إرهابيين"),
        ("sudan-security-services", "الأجهزة الأمنية"),
        ("isis", "داعش", '"خلية داعش" بالخرطوم'),
        ("egypt", "مصر", "بالخرطوم إلى مصر."),
        ("sudan", "السودان", "إن السودان قرر"),
        ("isis", "داعش", 'لـ"خلية داعش" التي'),
        ("egypt", "مصر", "بينها مصر."),
        ("akram-abdelbadie", "أكرم عبدالبديع"),
        ("aya-hassan-abdelsalam", "آية حسن عبدالسلام"),
        ("akram-abdelbadie", "أكرم", "زوجة (أكرم)"),
        ("asmaa-abdelbasit", "أسماء عبدالباسط"),
        ("akram-abdelbadie", "عبدالبديع", "فإن عبدالبديع هو"),
        ("sudan-gis", "جهاز المخابرات السوداني"),
        ("isis", "داعش", "وكر خلية داعش"),
     ],
     relations=[
        dict(type="arrested", src="sudan", tgt="isis",
             quote='السلطات السودانية تمكنت حتى اليوم من القبض على أكثر من 40 متهما يرجح انتماؤهم لـ"خلية داعش"',
             note="'The Sudanese authorities' go to the state. More than 40 suspects believed to belong to the ISIS cell dismantled "
                  "'last Tuesday' in Khartoum: unnamed suspects are linked to the group. The page is undated, so no date.",
             place="Khartoum"),
        dict(type="arrested", src="sudan-gis", tgt="isis",
             quote="ضباط جهاز المخابرات السوداني خلال مداهمة وكر خلية داعش",
             note="The GIS officers raided the ISIS cell's den in Jabra and Al-Azhari (south Khartoum): the dismantling is credited to "
                  "the agency the paragraph names, as well as to the state (two levels, as in dev).",
             place="Jabra and Al-Azhari, south of Khartoum"),
        dict(type="arrested", src="sudan", tgt="akram-abdelbadie", quote=ALAIN_ARRESTEES,
             note="Named among the people arrested ('المقبوض عليهم'); the arrest is credited to the Sudanese authorities of the "
                  "previous paragraph. He travelled as 'محمد أحمد محمد'.", place="Khartoum"),
        dict(type="arrested", src="sudan", tgt="aya-hassan-abdelsalam",
             quote="وأبرز العناصر المقبوض عليهم، محمد أحمد محمد، واسمه الحقيقي أكرم عبدالبديع وهو إخواني مصري هارب صدرت في حقه أحكام قضائية عام 2014، وآية حسن عبدالسلام",
             note="Second of the arrested people named; arrest by the Sudanese authorities.", place="Khartoum"),
        dict(type="arrested", src="sudan", tgt="asmaa-abdelbasit",
             quote="وأبرز العناصر المقبوض عليهم، محمد أحمد محمد، واسمه الحقيقي أكرم عبدالبديع وهو إخواني مصري هارب صدرت في حقه أحكام قضائية عام 2014، وآية حسن عبدالسلام زوجة (أكرم)، وأسماء عبدالباسط",
             note="Third of the arrested people named; arrest by the Sudanese authorities.", place="Khartoum"),
     ]),
dict(id="libyaakhbar-sarraj-receives-italian-ambassador-migration",
     title=NO_HEADLINE + "Fayez al-Sarraj receives the Italian ambassador Giuseppe Buccino Grimaldi on cooperation and illegal migration",
     source="Libya Akhbar (libyaakhbar.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("libya-presidential-council", "المجلس الرئاسي"),
        ("sarraj", "فايز السراج"),
        ("italy", "الجمهورية الإيطالية"),
        ("libya", "ليبيا"),
        ("buccino-grimaldi", "جوزيبي قاليماردي"),
     ],
     relations=[
        dict(type="met", src="sarraj", tgt="buccino-grimaldi",
             quote="استقبل رئيس المجلس الرئاسي بحكومة الوفاق فايز السراج، اليوم الثلاثاء، سفير الجمهورية الإيطالية لدى ليبيا جوزيبي قاليماردي",
             note="A reception. 'Today, Tuesday' in an undated page: no date.", place="Tripoli"),
        dict(type="leads", src="sarraj", tgt="libya-presidential-council",
             quote="رئيس المجلس الرئاسي بحكومة الوفاق فايز السراج",
             note="'رئيس المجلس الرئاسي' names the body he heads (title gives a mention). 'حكومة الوفاق' (the GNA) is not an actor."),
        dict(type="visited", src="buccino-grimaldi", tgt="libya-presidential-council",
             quote="سفير الجمهورية الإيطالية لدى ليبيا جوزيبي قاليماردي، لبحث آخر التطورات، وأوجه التعاون المشترك بين البلدين، بمقر المجلس",
             note="Received at the council's headquarters ('بمقر المجلس'), as test7's Al-Ansari visited the ministry at whose seat he "
                  "was received.", place="Tripoli"),
        dict(type="cooperated", src="libya", tgt="italy",
             quote="وأوجه التعاون المشترك بين البلدين",
             note="Talks on 'the aspects of the joint cooperation between the two countries' (Libya and Italy, named in the ambassador's "
                  "title), and in the next paragraph on illegal migration and its security dimensions: talks on cooperation are "
                  "cooperated, as in test3 and test7. Annotated once."),
     ]),
dict(id="elbalad-2025-egypt-chad-foreign-ministers-sahel-security-coordination",
     title=NO_HEADLINE + "Egypt's foreign minister Badr Abdelatty: Cairo and N'Djamena agree to strengthen joint work for Sahel stability",
     source="Sada El Balad (elbalad.news)", published="2025-11-16",
     out_of_scope=[(" date 2025-11-16", 1, "date banner")],
     mentions=[
        ("abdelatty", "بدر عبد العاطي"),
        ("egypt", "القاهرة"),
        ("chad", "نجامينا"),
        ("chad", "تشاد", "دول الساحل وتشاد"),
        ("egypt", "مصر", "بين مصر وتشاد"),
        ("chad", "تشاد", "بين مصر وتشاد"),
        ("chad", "تشاد", "وزير خارجية تشاد"),
     ],
     relations=[
        dict(type="cooperated", src="egypt", tgt="chad",
             quote="القاهرة ونجامينا اتفقتا على تعزيز العمل المشترك من أجل دعم الاستقرار في دول الساحل وتشاد",
             note="The capitals stand for the states. An agreement reached 'to strengthen joint work' for stability in the Sahel, in "
                  "security and development files; the 'greater coordination' of the coming stage, the periodic joint committee and "
                  "the contact points are plans. The press conference with the unnamed Chadian counterpart gives no met. Not dated "
                  "(the date banner is 16 Nov. 2025)."),
     ]),
dict(id="euneighbours-eubam-libya-deputy-head-visits-border-guard-training-centre",
     title=NO_HEADLINE + "The deputy head of EUBAM Libya and the director of the Border Department visit the Border Guard training centre",
     source="EU Neighbours South (south.euneighbours.eu)", published=None,
     out_of_scope=[("انطلقت بعثة المساعدة الحدودية للاتحاد الأوروبي في ليبيا يوم 22 ماي/مايو 2013 للمساهمة في جهود السّلط الليبيّة الرّامية إلى تفكيك شبكات الجريمة المنظّمة المعنيّة بتهريب ال", 1,
                    "sentence cut by the store's 2,000-byte limit (background on the mission)")],
     mentions=[
        ("eubam-libya", "بعثة المساعدة الحدودية للاتحاد الأوروبي في ليبيا", None, 1),
        ("libya-border-department", "إدارة الحدود", "ومدير إدارة الحدود"),
        ("libya-border-guard-training-centre", "مركز تدريب حرس الحدود"),
        ("libya-border-guard", "حرس الحدود", "لفائدة حرس الحدود"),
        ("libya-border-guard", "حرس الحدود", "العميد في حرس الحدود"),
        ("hadi-dakhil", "الهادي دخيل"),
        ("eubam-libya", "بعثة المساعدة الحدودية للاتحاد الأوروبي في ليبيا", None, 2),
        ("andersen", "اندرس غارلي اندرسن"),
        ("eu", "الاتحاد الأوروبي", "والاتحاد الأوروبي وخاصّة"),
        ("eubam-libya", "بعثة المساعدة الحدودية للاتحاد الأوروبي في ليبيا", None, 3),
        ("libya", "ليبيا", "والاستقرار في ليبيا"),
     ],
     relations=[
        dict(type="visited", src="andersen", tgt="libya-border-guard-training-centre",
             quote="أدّى كلّ من نائب رئيس بعثة المساعدة الحدودية للاتحاد الأوروبي في ليبيا ومدير إدارة الحدود زيارة إلى مركز تدريب حرس الحدود",
             note="The deputy head of EUBAM Libya, named in the third paragraph (Anders Gaarlie Andersen), visited the newly renovated "
                  "Border Guard training centre. EUBAM (an organisation) cannot be a visited source. Undated page."),
        dict(type="visited", src="libya-border-department", tgt="libya-border-guard-training-centre",
             quote="ومدير إدارة الحدود زيارة إلى مركز تدريب حرس الحدود",
             note="The director of the Border Department is unnamed, so his visit is recorded on the body he heads (unnamed heads, "
                  "test7)."),
        dict(type="part-of", src="eubam-libya", tgt="eu",
             quote="بعثة المساعدة الحدودية للاتحاد الأوروبي في ليبيا", occ=1,
             note="The name states the hierarchy ('the EU's border assistance mission'), as NAVCENT's name in test7; the EU's name "
                  "is inside the mission's mention."),
        dict(type="part-of", src="libya-border-guard-training-centre", tgt="libya-border-guard",
             quote="مركز تدريب حرس الحدود",
             note="The name states the hierarchy ('the Border Guard's training centre')."),
        dict(type="met", src="andersen", tgt="hadi-dakhil",
             quote="بهذه المناسبة قال العميد في حرس الحدود الليبيّة، الهادي دخيل: ” نحن نتطلّع إلى التّدريبات التي ستنظّمونها",
             note="Dakhil addresses the visitors on the occasion of the visit, and Andersen calls it a meeting ('هذا النّوع من "
                  "الاجتماعات'): a met, as attendance in dev7–test7. The trainings the mission 'will organise' and its readiness to "
                  "support the Libyan authorities are plans and pledges, not trained."),
     ]),
dict(id="alfjrnews-burhan-receives-egyptian-gis-chief-abbas-kamel",
     title=NO_HEADLINE + "Sovereignty Council chairman al-Burhan meets Egypt's intelligence chief Abbas Kamel, with Sudan's GIS director present",
     source="Al Fajr News (alfjrnews.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("sudan-sovereignty-council", "مجلس السيادة الانتقالي"),
        ("burhan", "عبدالفتاح البرهان عبدالرحمن"),
        ("egypt-gis", "المخابرات العامة المصرية"),
        ("abbas-kamel", "عباس كامل"),
        ("mufaddal", "محمد ابراهيم مفضل"),
        ("sudan-gis", "جهاز المخابرات العامة", "مدير جهاز المخابرات العامة."),
        ("sudan-sovereignty-council", "مجلس السيادة", "وثمن رئيس مجلس السيادة"),
        ("egypt", "مصر", "دور مصر الرائد"),
        ("sudan", "السودان", "اشقائه في السودان"),
        ("egypt", "جمهورية مصر العربية"),
        ("sisi", "عبدالفتاح السيسي"),
        ("egypt-gis", "المخابرات", "وأكد رئيس المخابرات المصري"),
        ("sudan", "السودان", "واستقرار السودان"),
     ],
     relations=[
        dict(type="met", src="burhan", tgt="abbas-kamel",
             quote="التقى رئيس مجلس السيادة الانتقالي الفريق أول ركن عبدالفتاح البرهان عبدالرحمن اليوم، رئيس المخابرات العامة المصرية الوزير عباس كامل",
             note="'Today' in an undated page: no date (Kamel headed the GIS until Jan. 2024 and the text speaks of the war, so "
                  "April 2023–January 2024). The place is not stated."),
        dict(type="met", src="mufaddal", tgt="abbas-kamel",
             quote="عباس كامل، بحضور الفريق اول محمد ابراهيم مفضل مدير جهاز المخابرات العامة",
             note="Sudan's GIS director attended ('بحضور'): a met with the visitor, as attendance in dev7–test7. The text writes "
                  "'محمد' for Ahmed Ibrahim Mufaddal, the GIS director since 2021."),
        dict(type="leads", src="burhan", tgt="sudan-sovereignty-council",
             quote="رئيس مجلس السيادة الانتقالي الفريق أول ركن عبدالفتاح البرهان عبدالرحمن"),
        dict(type="leads", src="abbas-kamel", tgt="egypt-gis",
             quote="رئيس المخابرات العامة المصرية الوزير عباس كامل"),
        dict(type="leads", src="mufaddal", tgt="sudan-gis",
             quote="محمد ابراهيم مفضل مدير جهاز المخابرات العامة",
             note="The bare 'جهاز المخابرات العامة' is Sudan's service here (its director is Sudanese), not Egypt's."),
        dict(type="praised", src="burhan", tgt="egypt",
             quote="وثمن رئيس مجلس السيادة خلال اللقاء، دور مصر الرائد في دعم ومساندة اشقائه في السودان",
             note="Al-Burhan commends Egypt's 'leading role in supporting' Sudan and thanks Egypt, its government and people: praise "
                  "recorded on the state, as test7's thanks to the Iraqi government."),
        dict(type="leads", src="sisi", tgt="egypt",
             quote="لجمهورية مصر العربية حكومة وشعباً تحت قيادة فخامة الرئيس عبدالفتاح السيسي",
             note="The text states that Egypt is 'under the leadership of President Abdel Fattah El-Sisi'; leads takes a country "
                  "as target."),
     ]),
dict(id="libyaobserver-2018-libya-chad-niger-sudan-quadripartite-border-agreement",
     title="ليبيا توقع اتفاق أمني رباعي لضبط حدودها الجنوبية",
     source="Libya Observer (ar.libyaobserver.ly)", published="2018-06-02",
     out_of_scope=[("يونيو 02, 2018 - 12:36\nالقسم:", 1, "dateline and section label")],
     mentions=[
        ("libya", "ليبيا", None, 1),
        ("libya", "ليبيا", None, 2),
        ("libya", "ليبيا", "وقعت ليبيا"),
        ("chad", "تشاد", "ليبيا وتشاد"),
        ("niger", "النيجر"),
        ("sudan", "السودان"),
        ("siala", "محمد سيالة"),
        ("siala", "سياله"),
        ("libya", "ليبيا", "حرص ليبيا"),
     ],
     relations=[
        dict(type="cooperated", src="libya", tgt="chad", quote=LOBS_AGREEMENT, date=LOBS_DATE, date_inferred=LOBS_INF,
             place="N'Djamena", note=LOBS_NOTE.format(p="Libya–Chad") + " The headline restates it."),
        dict(type="cooperated", src="libya", tgt="niger", quote=LOBS_AGREEMENT, date=LOBS_DATE, date_inferred=LOBS_INF,
             place="N'Djamena", note=LOBS_NOTE.format(p="Libya–Niger")),
        dict(type="cooperated", src="libya", tgt="sudan", quote=LOBS_AGREEMENT, date=LOBS_DATE, date_inferred=LOBS_INF,
             place="N'Djamena", note=LOBS_NOTE.format(p="Libya–Sudan")),
        dict(type="cooperated", src="chad", tgt="niger", quote=LOBS_AGREEMENT, date=LOBS_DATE, date_inferred=LOBS_INF,
             place="N'Djamena", note=LOBS_NOTE.format(p="Chad–Niger")),
        dict(type="cooperated", src="chad", tgt="sudan", quote=LOBS_AGREEMENT, date=LOBS_DATE, date_inferred=LOBS_INF,
             place="N'Djamena", note=LOBS_NOTE.format(p="Chad–Sudan")),
        dict(type="cooperated", src="niger", tgt="sudan", quote=LOBS_AGREEMENT, date=LOBS_DATE, date_inferred=LOBS_INF,
             place="N'Djamena", note=LOBS_NOTE.format(p="Niger–Sudan") + " Siala signed for Libya; his post (foreign minister) "
             "is named only in his title, so no leads."),
     ]),
dict(id="innfrad-egypt-interior-minister-abdel-ghaffar-receives-german-de-maiziere",
     title=NO_HEADLINE + "Egypt's interior minister Magdy Abdel Ghaffar receives his German counterpart Thomas de Maizière",
     source="innfrad.com", published=None,
     out_of_scope=[],
     mentions=[
        ("abdel-ghaffar", "مجدى عبد الغفار", None, 1),
        ("de-maiziere", "توماس دى ميزير"),
        ("abdel-ghaffar", "مجدى عبد الغفار", None, 2),
        ("egypt", "مصر", "بين مصر"),
        ("germany", "ألمانيا"),
     ],
     relations=[
        dict(type="met", src="abdel-ghaffar", tgt="de-maiziere",
             quote='يستقبل اللواء مجدى عبد الغفار وزير الداخلية، اليوم الأربعاء، نظيره الألمانى "توماس دى ميزير"',
             note="The reception is reported as taking place 'today, Wednesday' (present tense); the page is undated (both were "
                  "ministers together 2015–2018), so no date. Ministers whose ministry is named only in their title get no leads."),
        dict(type="cooperated", src="egypt", tgt="germany",
             quote="سبل تكثيف التعاون الأمنى بين البلدين",
             note="Talks on intensifying 'the security cooperation between the two countries' (Egypt and Germany, named in the next "
                  "sentence), on terrorism, airport security and migration: talks on cooperation are cooperated (test3, test7). The "
                  "security cooperation agreement is only scheduled ('ومن المقرر أن يوقع'), a plan, and is not annotated."),
     ]),
dict(id="maghrebvoices-2024-libya-asks-tunisia-to-deport-mliqta-suspects",
     title=NO_HEADLINE + "Libya asks Tunisia to deport two suspects in the attempt on Abdulmajid Mliqta; the Attorney General receives Tunisia's interior minister",
     source="Maghreb Voices (Alhurra)", published="2024-07-18",
     out_of_scope=[("Posted by مكتب النائب العام - دولة ليبيا Attorney General Office - State of Libya on Wednesday, July 17, 2024", 1,
                    "embedded Facebook post's byline"),
                   ("وأضاف أن ال", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("tunisia", "تونس", "طلبت من تونس"),
        ("mliqta", "عبد المجيد مليقطة", None, 1),
        ("dbeibah", "عبد الحميد الدبيبة"),
        ("tunisia", "تونس", "دخولهما إلى تونس"),
        ("mliqta", "مليقطة", "ومليقطة هو"),
        ("libya-national-safety-authority", "هيئة السلامة الوطنية"),
        ("libya-attorney-general-office", "مكتب النائب العام", "وكان مكتب النائب العام"),
        ("libya", "ليبيا", "النائب العام بليبيا"),
        ("tunisia", "الجمهورية التونسية", None, 1),
        ("tunisia-dg-migration-foreigners", "إدارة الحدود والأجانب"),
        ("nouri", "خالد النوري"),
        ("tunisia", "الجمهورية التونسية", None, 2),
        ("mliqta", "عبد المجيد مليقطة", None, 2),
     ],
     relations=[
        dict(type="met", src="libya-attorney-general-office", tgt="nouri", quote=MV_MEET, date="2024-07-17",
             place="Tripoli",
             note="The unnamed Attorney General received the Tunisian interior minister, named in the next sentence as Khaled "
                  "Nouri: recorded on the office he heads (unnamed heads, test7). The date is printed in the embedded post "
                  "('الأربعاء 17 . 7 .2024'); the place is implied by Nouri's presence at the Tripoli forum."),
        dict(type="met", src="libya-attorney-general-office", tgt="tunisia-dg-migration-foreigners", quote=MV_MEET, date="2024-07-17",
             place="Tripoli",
             note="The unnamed director general of Tunisia's Directorate General of Borders and Foreigners was also received; "
                  "recorded on his body, whose name his title gives."),
        dict(type="part-of", src="tunisia-dg-migration-foreigners", tgt="tunisia-interior-ministry",
             quote="مدير عام إدارة الحدود والأجانب بالوزارة",
             note="'بالوزارة' (the directorate 'at the ministry', i.e. the interior ministry of the minister's title) states the "
                  "hierarchy, as the shipped DCPJ's 'ب'. The ministry is named only in titles and has no mention."),
        dict(type="leads", src="mliqta", tgt="libya-national-safety-authority",
             quote="ومليقطة هو رئيس هيئة السلامة الوطنية",
             note="Stated head of the National Safety Authority; his role as adviser to Dbeibah has no type."),
        dict(type="cooperated", src="libya", tgt="tunisia",
             quote="اللقاء استعرض \"مبلغ الإجراءات القضائية المرتبطة باسترداد الشارعيْن في قتل المواطن عبد المجيد مليقطة وفق النظم المعتمدة في البلدين\"",
             date="2024-07-17",
             note="The meeting reviewed the judicial procedures for recovering the two suspects 'according to the systems of the two "
                  "countries': judicial cooperation on a hand-over, recorded between the states. The Libyan request to deport them "
                  "and the recovery itself are pending and give no extradited."),
     ]),
dict(id="salaamedia-2019-blue-nile-benishangul-joint-border-force",
     title=NO_HEADLINE + "A security committee from Ethiopia's Benishangul region meets the Blue Nile governor; agreement on a joint border force",
     source="Salaa Media (salaamedia.org)", published="2019-03-24",
     out_of_scope=[("الخرطوم ــ سلاميديا", 1, "dateline and byline")],
     mentions=[
        ("ethiopia", "أثيوبيا", "بين أثيوبيا"),
        ("sudan", "السودان"),
        ("blue-nile-state-government", "حكومة ولاية النيل الأزرق"),
        ("benishangul-gumuz-region", "إقليم بني شنقول", None, 1),
        ("mohamed-abu-alqasim", "محمد أبو القاسم"),
        ("benishangul-gumuz-region", "إقليم بني شنقول", None, 2),
        ("yahya-mohamed-kheir", "يحي محمد خير"),
        ("benishangul-gumuz-region", "إقليم بني شنقول", None, 3),
        ("benishangul-gumuz-region", "إقليم بني شنقول", None, 4),
        ("blue-nile-state-government", "النيل الأزرق", "والي النيل الأزرق"),
     ],
     relations=[
        dict(type="met", src="benishangul-gumuz-region", tgt="yahya-mohamed-kheir",
             quote="إن وفد إقليم بني شنقول إلتقي الفريق أول ركن يحي محمد خير، والي الولاية",
             note="The Benishangul region's security committee (its delegation) met the Blue Nile governor in his state; no date "
                  "(the URL dates the report 24 Mar. 2019).", place="Blue Nile State"),
        dict(type="leads", src="yahya-mohamed-kheir", tgt="blue-nile-state-government",
             quote="يحي محمد خير، والي الولاية",
             note="'والي الولاية' (governor of the state) heads the Blue Nile State government named in the first paragraph and "
                  "again in 'والي النيل الأزرق'."),
        dict(type="cooperated", src="blue-nile-state-government", tgt="benishangul-gumuz-region",
             quote="الإتفاق على تكوين قوة مشتركة لمراقبة الحدود لمنع التهريب وحفظ الأمن بين الولاية وإقليم بني شنقول",
             note="An agreement reached to form a joint border-monitoring force against smuggling: an agreement between the two "
                  "(the force itself and the return visit are plans). The arrival of the committee 'to continue the border meetings' "
                  "is the same meeting. The universities' forum on human trafficking 'between Ethiopia and Sudan' is academic and "
                  "gives no relation."),
     ]),
dict(id="afrigatenews-libya-isd-arrests-syrian-isis-member-abu-wael",
     title=NO_HEADLINE + "Libya's Internal Security Agency arrests a Syrian ISIS member, Abu Wael",
     source="Afrigate News (afrigatenews.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("libya-isd", "جهاز الأمن الداخلي", None, 1),
        ("isis", "تنظيم داعش", None, 1),
        ("libya-isd", "جهاز الأمن الداخلي", None, 2),
        ("isis", "تنظيم داعش", None, 2),
        ("libya", "ليبيا", "إلى ليبيا"),
        ("abu-wael", "أبو وائل"),
        ("libya-isd", "جهاز الأمن الداخلي", None, 3),
        ("libya-isd", "جهاز الأمن الداخلي", None, 4),
        ("libya", "ليبيا", "وداخل ليبيا"),
        ("isis", "تنظيم داعش", None, 3),
     ],
     relations=[
        dict(type="arrested", src="libya-isd", tgt="isis",
             quote="أعلن جهاز الأمن الداخلي ضبط أحد عناصر تنظيم داعش",
             note="The arrest of a member of ISIS is linked to the group (graph/README.md). Undated page."),
        dict(type="arrested", src="libya-isd", tgt="abu-wael",
             quote="إلا أن عناصر جهاز الأمن الداخلي تمكنوا من ضبطه",
             note="'ه' is the ISIS member of the previous paragraph, named by his kunya Abu Wael (a Syrian): a named person, so the "
                  "arrest is also recorded on him, as dev14's Adebolajo."),
     ]),
]
