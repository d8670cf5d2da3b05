# Gold annotations for the test6 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

CAS_DECORATE = "ان فرنسا ستوشح عبد اللطيف الحموشي، رئيس المديرية العامة لمراقبة التراب الوطني، بوسام الشرف"
ENN_DATE = "2025-10-20"
ENN_INF = "'today' in a page whose date banner is 20 October 2025"
ASW_RECEPTION = ('استقبل قائد اركان الدرك الوطنى، اللواء أحمد محمود ولد الطائع، والمدير العام للأمن الوطني الفريق محمد الشيخ '
                 'ولد محمد الأمين المقلب "ابرور"،وفدا من الحرس المدني الإسبانييوم امس فى نواكشوط')
ASW_LEAD = ('وقاد الوفد اللأسباني قائد الحدود والشرطة البحرية الجنرال "نفاريت بنيانجا"، ورئيس قسم التكلفة والشرطة البحرية '
            'اللواء "خافيير موسكوسو.')
ASW_PRAISE = "وثمن الطرفان مستوى التعاون بين البلدين الصديقين وسبل تطويره"
RP_ATTEND = "وزير دفاع جمهورية النيجر كالا موتاري وسفير المملكة العربية السعودية لدى النيجر نجيم بن علي بن تركي حضرا الاجتماع"
RP_G5 = "دول مجموعة 5 التي تجمع النيجر ومالي وموريتانيا وبوركينا وتشاد"
AT_POLICE = "بالتعاون مع خدمات الشرطة في ألبانيا وألمانيا وتركيا وسلطنة عمان"
AT_IE = "وعلى أساس إنتربول ووروبول"
AT_NOTE = ("'خدمات الشرطة في ألبانيا وألمانيا وتركيا وسلطنة عمان' names no body: one cooperated with each state's collective "
           "police services (as dev12's list of European services); the four country names are mentions of the states. "
           "'الشرطة الإيطالية' is the collective Italian services, as in dev13. 'Today, Tuesday' in an undated page: no date.")

DOCS = [
dict(id="casaoui-france-to-decorate-hammouchi-legion-of-honour",
     title="فرنسا توشح رجل المخابرات الأول بوسام الشرف في عيدها الوطني",
     source="Casaoui (casaoui.ma)", published=None,
     out_of_scope=[("سياسة", 1, "section label"),
                   ("مقالات ذات صلة\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n\n"
                    "هذا الموقع يستخدم خدمة أكيسمي", 1,
                    "related-articles label and comment widget (cut where the stored text stops)")],
     mentions=[
        ("france", "فرنسا", "فرنسا توشح"),
        ("france", "الجمهورية الفرنسية", None, 1),
        ("morocco", "للمملكة المغربية"),
        ("dgst", "للمديرية العامة لمراقبة التراب الوطني", None, 1),
        ("hammouchi", "عبد اللطيف الحموشي", None, 1),
        ("morocco", "الرباط", "بين الرباط"),
        ("france", "باريس", "وباريس"),
        ("hammouchi", "عبد اللطيف الحموشي", None, 2),
        ("dgst", "للمديرية العامة لمراقبة التراب الوطني", None, 2),
        ("hammouchi", "الحموشي", "توشيح الحموشي"),
        ("france", "فرنسا", "في فرنسا،"),
        ("cazeneuve", "بيرنار كازينوف"),
        ("france", "فرنسا", "ان فرنسا ستوشح"),
        ("hammouchi", "عبد اللطيف الحموشي", None, 3),
        ("dgst", "المديرية العامة لمراقبة التراب الوطني", "رئيس المديرية العامة لمراقبة التراب الوطني"),
        ("france", "الجمهورية الفرنسية", None, 2),
        ("morocco", "المغرب", "بالمغرب"),
     ],
     relations=[
        dict(type="leads", src="hammouchi", tgt="dgst",
             quote="المدير العام للمديرية العامة لمراقبة التراب الوطني، عبد اللطيف الحموشي",
             note="Stated three times (also 'رئيس المديرية العامة لمراقبة التراب الوطني'); annotated once."),
        dict(type="praised", src="france", tgt="hammouchi", quote=CAS_DECORATE,
             note="France's decision to make Hammouchi an officer of the Legion of Honour, confirmed by interior minister Cazeneuve "
                  "and reported by Jeune Afrique ('on 14 July next'; no year in the text). A decoration is praised, as the Grand "
                  "Cross in dev10; the award is decided, only the ceremony is to come. The headline restates it. Cazeneuve's title "
                  "names no ministry: no leads. The 'apology' for the 2014 summons has no type."),
        dict(type="praised", src="france", tgt="dgst",
             quote="اعترافا من الجمهورية الفرنسية بالدور الذي تلعبه هذه المديرية في حماية الأمن بالمغرب ومنطقة شمال إفريقيا وضفتي المتوسط",
             note="The decoration's stated reason: France's recognition of the role 'هذه المديرية' (the DGST, named just before) plays "
                  "in protecting security (a second praised for the body, as the reason of a medal in dev8)."),
     ]),

dict(id="ennahar-2025-spain-interior-minister-marlaska-algeria-sayoud",
     title=NO_HEADLINE + "Spain's interior minister Fernando Grande-Marlaska meets Algeria's interior minister Saïd Sayoud in Algiers",
     source="Ennahar Online (ennaharonline.com)", published="2025-10-20",
     out_of_scope=[("date 2025-10-20", 1, "date banner")],
     mentions=[
        ("marlaska", "فرناندو غراندي مارلاسكا"),
        ("algeria", "الجزائر", "أن الجزائر شريك أساسي لإسبانيا، وهي"),
        ("spain", "إسبانيا", "لإسبانيا، وهي"),
        ("sayoud", "السعيد سعيود"),
        ("algeria", "الجزائر", "مضيفا أن الجزائر"),
        ("spain", "إسبانيا", "لإسبانيا ونواجه"),
        ("spain", "إسبانيا", "وأن إسبانيا"),
        ("algeria", "الجزائر", "مؤكدا أن الجزائر بلد"),
     ],
     relations=[
        dict(type="met", src="marlaska", tgt="sayoud",
             quote="خلال لقاء ثنائي جمعه والوفد المرافق له بوزير الداخلية والنقل السعيد سعيود اليوم",
             date=ENN_DATE, date_inferred=ENN_INF, place="Algiers",
             note="A bilateral meeting of the two ministers and Marlaska's delegation. Neither minister gets leads: their titles "
                  "name no ministry separately."),
        dict(type="visited", src="marlaska", tgt="algeria",
             quote="جئت برفقة وفد رفيع المستوى لبحث سبل التعاون الامني ومحاربة الإرهاب والجرائم المنظمة",
             date=ENN_DATE, date_inferred="the visit of the meeting of 'today', in a page whose date banner is 20 October 2025",
             note="'I came with a high-level delegation': Marlaska's working visit to Algeria, where the meeting took place."),
        dict(type="cooperated", src="spain", tgt="algeria",
             quote="الجزائر شريك أساسي لإسبانيا، وهي بلد صديق ونشيد بتعاوننا هذا على المستوى الدولي",
             note="Marlaska calls Algeria a key partner of Spain and speaks of 'our cooperation'. The talks on security cooperation, "
                  "counter-terrorism and organised crime and the closing restatement are the same claim and are not annotated again."),
        dict(type="praised", src="marlaska", tgt="algeria",
             quote="وأشاد وزير الداخلية الإسباني بالعمل الأمني الذي تقوم به السلطات الجزائرية لمحاربة ظاهرة الإتجار بالبشر",
             date=ENN_DATE, date_inferred=ENN_INF,
             note="'السلطات الجزائرية' (authorities) goes to the state. His praise of the cooperation and of the diplomatic relations "
                  "is the same commendation of the same side and is not annotated again."),
     ]),

dict(id="webmanagercenter-tunisia-interior-ministry-receives-german-bulletproof-vests",
     title=NO_HEADLINE + "Tunisia's interior ministry receives 2,700 bulletproof vests from Germany",
     source="WMC Arabic (ar.webmanagercenter.com)", published=None,
     out_of_scope=[("الوسومأخبار تونس المانيا المصدر التونسية تونس تونس اليوم مساعدة أمنية مطار العوينة وزارة الداخلية", 1, "tags")],
     mentions=[
        ("tunisia-interior-ministry", "وزارة الداخلية", "تسلمت وزارة الداخلية"),
        ("germany", "المانيا", "من المانيا 2700"),
        ("ben-jeddou", "لطفى بن جدو"),
        ("ben-jeddou", "بن جدو", "وأضاف بن جدو"),
        ("tunisia", "تونس", "أن تونس تستعد"),
        ("germany", "المانيا", "من المانيا للمساعدة"),
        ("germany", "المانيا", "وكانت المانيا"),
        ("tunisia-interior-ministry", "الداخلية", "سلمت الداخلية"),
        ("germany", "المانيا", "لالمانيا"),
     ],
     relations=[
        dict(type="trained", src="germany", tgt="tunisia-interior-ministry",
             quote="تسلمت وزارة الداخلية الخميس خلال موكب بمطار العوينة من المانيا 2700 صدرية واقية من الرصاص فى اطار مساعدة أمنية",
             place="El Aouina (Tunis)",
             note="Security aid in equipment is recorded as trained (built the capacity of), as equipment in dev3, dev11 and dev13. "
                  "'Thursday' in an undated page: no date. The thermal night-vision devices Tunisia is 'preparing to receive' are "
                  "pending and are not annotated."),
        dict(type="leads", src="ben-jeddou", tgt="tunisia-interior-ministry", quote="وزير الداخلية لطفى بن جدو",
             note="The ministry is named separately ('وزارة الداخلية' in the first sentence), as Fekih's in dev13."),
        dict(type="trained", src="germany", tgt="tunisia-interior-ministry",
             quote="وكانت المانيا سلمت الداخلية منذ ثلاثة أشهر شاحنات مجهزة تجهيزا كاملا ومعدة لكشف وتفحص مسرح الجريمة",
             note="An earlier delivery (crime-scene trucks 'three months ago'), a separate claim. 'الداخلية' is the ministry."),
        dict(type="trained", src="germany", tgt="tunisia",
             quote="وسبق لالمانيا وأن قدمت مساعدة أمنية فى شكل تجهيزات بحرية روبوتات للكشف عن المتفجرات",
             note="A third, earlier aid (maritime equipment, explosive-detection robots); the recipient is not named, and the article "
                  "is about Tunisia, so it is recorded on the state."),
     ]),

dict(id="ahlmasrnews-libya-to-request-malta-hand-over-hijackers",
     title=NO_HEADLINE + "Libya to ask Malta to hand over the hijackers of an Afriqiyah Airways plane",
     source="Ahl Masr News (ahlmasrnews.com)", published=None,
     out_of_scope=[],
     mentions=[
        ("malta", "مالطا", "إلى مالطا"),
        ("malta", "مالطا", "فى مالطا، مؤكدا أن الحكومة"),
        ("libya", "ليببا", "بين ليببا"),
        ("malta", "مالطا", "ومالطا"),
        ("libya", "ليببا", "فى ليببا"),
        ("libya", "ليبيا", "فى ليبيا فتحت"),
        ("malta", "مالطا", "فى مالطا، مؤكدا أن المتهمين"),
     ],
     relations=[
        dict(type="cooperated", src="libya", tgt="malta",
             quote="أن هناك اتفاقية موقعة بين ليببا ومالطا لتسليم المطلوبين للعدالة",
             note="An existing extradition agreement between the two states (the outlet writes 'ليببا'). The request for the hijackers' "
                  "surrender is planned ('ستتقدم بطلب', 'بصدد تقديم طلب') and is not annotated; the hijackers are unnamed. 'Today, "
                  "Friday' in an undated page: no date."),
     ]),

dict(id="asawahil-mauritania-gendarmerie-dgsn-receive-guardia-civil-delegation",
     title=NO_HEADLINE + "Mauritania's gendarmerie chief and DGSN director receive a Guardia Civil delegation in Nouakchott",
     source="Assawahil (asawahil.info)", published=None,
     out_of_scope=[],
     mentions=[
        ("mauritania-gendarmerie", "الدرك الوطنى", "اركان الدرك الوطنى"),
        ("ould-taya", "أحمد محمود ولد الطائع"),
        ("mauritania-dgsn", "للأمن الوطني"),
        ("ould-mohamed-lemine-ebrour", "محمد الشيخ ولد محمد الأمين"),
        ("ould-mohamed-lemine-ebrour", "ابرور"),
        ("guardia-civil", "الحرس المدني"),
        ("guardia-civil-borders-maritime", "الحدود والشرطة البحرية", "قائد الحدود والشرطة البحرية"),
        ("navarrete", "نفاريت بنيانجا"),
        ("guardia-civil-coasts-maritime", "قسم التكلفة والشرطة البحرية"),
        ("moscoso", "خافيير موسكوسو"),
        ("mauritania-gendarmerie", "قيادة أركان الدرك"),
        ("mauritania-gendarmerie", "الدرك", "لقاء قائد أركان الدرك"),
        ("mauritania", "موريتانيا", "بين موريتانيا وأسبانيا فى"),
        ("spain", "أسبانيا", "وأسبانيا فى"),
        ("mauritania-dgsn", "للامن الوطنى"),
        ("mauritania-dgsn", "الأمن", "بمدير الأمن"),
        ("mauritania", "موريتانيا", "بين موريتانيا وأسبانيا خصوصا"),
        ("spain", "أسبانيا", "وأسبانيا خصوصا"),
     ],
     relations=[
        dict(type="leads", src="ould-taya", tgt="mauritania-gendarmerie", quote="قائد اركان الدرك الوطنى، اللواء أحمد محمود ولد الطائع",
             note="The chief of staff commands the gendarmerie."),
        dict(type="leads", src="ould-mohamed-lemine-ebrour", tgt="mauritania-dgsn",
             quote="المدير العام للأمن الوطني الفريق محمد الشيخ ولد محمد الأمين",
             note="Mauritania's DGSN, named only in its director's title ('للأمن الوطني'), later 'الامن الوطنى' and 'مدير الأمن'."),
        dict(type="met", src="ould-taya", tgt="navarrete", quote=ASW_RECEPTION, place="Nouakchott",
             note="The two hosts received the Guardia Civil delegation, which the next sentence says Navarrete and Moscoso led: one "
                  "met per host and leader. 'Yesterday' in an undated page: no date."),
        dict(type="met", src="ould-taya", tgt="moscoso", quote=ASW_RECEPTION, place="Nouakchott"),
        dict(type="met", src="ould-mohamed-lemine-ebrour", tgt="navarrete", quote=ASW_RECEPTION, place="Nouakchott",
             note="The DGSN's statement restates it: 'فقد التقى الوفد الأسباني بمدير الأمن'."),
        dict(type="met", src="ould-mohamed-lemine-ebrour", tgt="moscoso", quote=ASW_RECEPTION, place="Nouakchott"),
        dict(type="visited", src="navarrete", tgt="mauritania", quote=ASW_LEAD,
             note="He led the Guardia Civil delegation received in Nouakchott (previous sentence)."),
        dict(type="visited", src="moscoso", tgt="mauritania", quote=ASW_LEAD,
             note="The second leader of the delegation (as the minister and the ambassador who both visited NAUSS in dev14)."),
        dict(type="leads", src="navarrete", tgt="guardia-civil-borders-maritime",
             quote='قائد الحدود والشرطة البحرية الجنرال "نفاريت بنيانجا"',
             note="The Guardia Civil's Border and Maritime Police Command, named only in his title."),
        dict(type="leads", src="moscoso", tgt="guardia-civil-coasts-maritime",
             quote='رئيس قسم التكلفة والشرطة البحرية اللواء "خافيير موسكوسو',
             note="'قسم التكلفة والشرطة البحرية' reads as a mistranslation of the coasts ('Costas') and maritime police department."),
        dict(type="cooperated", src="mauritania", tgt="spain",
             quote="العلاقات الثنائية الجيدة القائمة بين موريتانيا وأسبانيا فى مجال الهجرة غير النظامية، والجريمة العابرة للحدود",
             note="The existing bilateral relations against irregular migration and cross-border crime, discussed at the meeting "
                  "(the gendarmerie's statement). The police statement's restatement is not annotated again."),
        dict(type="praised", src="ould-taya", tgt="spain", quote=ASW_PRAISE,
             note="'The two sides' of the gendarmerie's meeting (its chief and the Spanish delegation) commended the level of "
                  "cooperation between the two countries: each side's praise of the other, as a host's praise of the level of "
                  "cooperation in dev4."),
        dict(type="praised", src="navarrete", tgt="mauritania", quote=ASW_PRAISE,
             note="The Spanish side of 'الطرفان', recorded on the delegation's first-named leader."),
     ]),

dict(id="riyadhpost-niger-president-issoufou-saudi-assistant-defence-minister",
     title=NO_HEADLINE + "Niger's president Mahamadou Issoufou meets the Saudi assistant defence minister Mohammed Al-Ayish",
     source="Riyadh Post (riyadhpost.live), translating the Agence Nigérienne de Presse", published=None,
     out_of_scope=[],
     mentions=[
        ("niger", "جمهورية النيجر", "رئيس جمهورية النيجر"),
        ("issoufou", "ييسوفو محمدو"),
        ("al-ayish", "محمد العايش"),
        ("niger", "جمهورية النيجر", "وزير دفاع جمهورية النيجر"),
        ("kalla-moutari", "كالا موتاري"),
        ("saudi-arabia", "المملكة العربية السعودية", None, 1),
        ("niger", "النيجر", "لدى النيجر"),
        ("najim-bin-ali", "نجيم بن علي بن تركي"),
        ("saudi-arabia", "المملكة العربية السعودية", None, 2),
        ("g5-sahel", "مجموعة 5"),
        ("niger", "النيجر", "تجمع النيجر"),
        ("mali", "مالي", "ومالي"),
        ("mauritania", "موريتانيا"),
        ("burkina-faso", "بوركينا"),
        ("chad", "تشاد"),
     ],
     relations=[
        dict(type="met", src="issoufou", tgt="al-ayish",
             quote="إلتقى رئيس جمهورية النيجر ييسوفو محمدو مع مساعد سمو وزير الدفاع السعودي محمد العايش",
             note="Not dated (Issoufou was president 2011–2021). Heads of state get no leads (as in dev6 and dev7); Al-Ayish's "
                  "title names no ministry separately."),
        dict(type="cooperated", src="niger", tgt="saudi-arabia", quote="بحث الاجتماع سبل تعزيز وتكثيف التعاون لمكافحة الإرهاب",
             note="Talks on strengthening the two states' counter-terrorism cooperation (the sides are the president of Niger and "
                  "the Saudi envoy of the previous clause). The Saudi pledge to help the G5 states, announced months before, is a "
                  "pledge and is not annotated."),
        dict(type="met", src="kalla-moutari", tgt="al-ayish", quote=RP_ATTEND,
             note="Niger's defence minister attended the meeting: a met with the other side's principal, as attendance in test3."),
        dict(type="met", src="najim-bin-ali", tgt="issoufou", quote=RP_ATTEND,
             note="The Saudi ambassador attended the meeting. Ambassadors get no leads."),
        dict(type="member-of", src="niger", tgt="g5-sahel", quote=RP_G5,
             note="'مجموعة 5' is the G5 Sahel; the text lists its five member states."),
        dict(type="member-of", src="mali", tgt="g5-sahel", quote=RP_G5),
        dict(type="member-of", src="mauritania", tgt="g5-sahel", quote=RP_G5),
        dict(type="member-of", src="burkina-faso", tgt="g5-sahel", quote=RP_G5),
        dict(type="member-of", src="chad", tgt="g5-sahel", quote=RP_G5),
     ]),

dict(id="fesnews-tanger-med-belgian-wanted-by-qatar",
     title=NO_HEADLINE + "The judicial police at Tanger Med arrest a Belgian national wanted by Qatar on an Interpol red notice",
     source="Fes News (fesnews.net)", published=None,
     out_of_scope=[("المصدر : فاس نيوز ميديا", 1, "source line")],
     mentions=[
        ("tanger-med-judicial-police", "الشرطة القضائية في ميناء طنجة المتوسط"),
        ("qatar", "دولة قطر"),
        ("spain", "إسبانيا"),
        ("interpol", "منظمة الشرطة الجنائية الدولية"),
        ("interpol", "إنتربول"),
        ("interpol-doha", "المكتب المركزي الوطني بالدوحة"),
        ("interpol-rabat", "مكتب أنتربول الرباط"),
        ("dgsn", "للمديرية العامة للأمن الوطني"),
        ("morocco", "المغرب", "بالمغرب"),
        ("morocco", "المغرب", "التزام المغرب"),
     ],
     relations=[
        dict(type="part-of", src="interpol-rabat", tgt="dgsn", quote="مكتب أنتربول الرباط، التابع للمديرية العامة للأمن الوطني"),
        dict(type="cooperated", src="interpol-rabat", tgt="qatar",
             quote="تم تكليف مكتب أنتربول الرباط، التابع للمديرية العامة للأمن الوطني بالمغرب، بإعلام السلطات القطرية بالتوقيف والتعاون في إجراءات التسليم المناسبة",
             note="Interpol Rabat informs 'the Qatari authorities' (the state) of the arrest and cooperates on the extradition "
                  "procedure: cooperated, as NCB notifications in dev, dev3 and dev13. The man arrested at Tanger Med (a Belgian "
                  "of Syrian origin, 60) is unnamed and tied to no named group, so no arrested; the red notice requested by "
                  "Interpol Doha has no type; his surrender is pending."),
     ]),

dict(id="arabtime-italian-police-dismantle-egyptian-smuggling-network",
     title=NO_HEADLINE + "Italian police dismantle a migrant-smuggling network and arrest 15 Egyptians with police in four countries, Interpol and Europol",
     source="Arab Time (arabtime.news)", published=None,
     out_of_scope=[],
     mentions=[
        ("italian-security-services", "الشرطة الإيطالية", None, 1),
        ("turkey", "تركيا", "من تركيا"),
        ("italy", "إيطاليا", "اليونان وإيطاليا"),
        ("italian-security-services", "الشرطة الإيطالية", None, 2),
        ("italy", "إيطاليا", "إلى إيطاليا بشكل"),
        ("italian-security-services", "الشرطة الإيطالية", None, 3),
        ("albania", "ألبانيا"),
        ("germany", "ألمانيا"),
        ("turkey", "تركيا", "وتركيا"),
        ("oman", "سلطنة عمان"),
        ("interpol", "إنتربول"),
        ("europol", "وروبول", "ووروبول"),
     ],
     relations=[
        dict(type="cooperated", src="italian-security-services", tgt="albanian-security-services", quote=AT_POLICE,
             note="The simultaneous arrests in several countries. " + AT_NOTE + " The 15 Egyptians arrested are unnamed and "
                  "their network is not named, so no arrested."),
        dict(type="cooperated", src="italian-security-services", tgt="german-security-services", quote=AT_POLICE),
        dict(type="cooperated", src="italian-security-services", tgt="turkish-security-services", quote=AT_POLICE),
        dict(type="cooperated", src="italian-security-services", tgt="omani-security-services", quote=AT_POLICE),
        dict(type="cooperated", src="italian-security-services", tgt="interpol", quote=AT_IE,
             note="'On the basis of Interpol and Europol' (a garbled rendering of their support): recorded with the Italian police "
                  "who led and announced the operation, as Europol's and Interpol's support in dev12. 'وروبول' (after the "
                  "conjunction و) is the outlet's spelling of يوروبول. The coordination by Italian anti-mafia prosecutors has no "
                  "actor."),
        dict(type="cooperated", src="italian-security-services", tgt="europol", quote=AT_IE),
     ]),

dict(id="alraiy-2016-germany-arrests-moroccan-isis-suspect-lower-saxony",
     title=NO_HEADLINE + "German police arrest in Lower Saxony a Moroccan suspected ISIS member linked to the Paris attacks",
     source="Al Raiy (via Maghress), citing Deutsche Welle", published=None,
     out_of_scope=[],
     mentions=[
        ("isis", "داعش", None, 1),
        ("isis", "داعش", None, 2),
        ("german-criminal-police", "هيئة مكافحة الجريمة"),
        ("abaaoud", "عبد الحميد أبا عود"),
        ("turkey", "تركيا"),
        ("belgium", "بلجيكا"),
        ("germany", "ألمانيا", "إلى ألمانيا"),
     ],
     relations=[
        dict(type="arrested", src="german-criminal-police", tgt="isis",
             quote="تم القبض عليه الثلاثاء في ولاية سكسونيا السفلى بمعرفة هيئة مكافحة الجريمة",
             date="2016-12-20",
             date_inferred="'Tuesday', the day before the federal prosecutor's announcement of 'Wednesday 21 December of this month'; "
                           "the Paris attacks (November 2015) were 'last year', so the year is 2016 (21 December 2016 was a Wednesday)",
             place="Lower Saxony",
             note="The unnamed 24-year-old Moroccan is suspected of being a member of ISIS, so the arrest goes to ISIS. 'السلطات "
                  "الألمانية' and the federal prosecutor announced it; the arrest was made by the criminal police office. Abaaoud "
                  "is mentioned (the suspect's alleged group) but has no relation."),
     ]),

dict(id="essahraa-g5-sahel-defence-college-study-visit-mali",
     title=NO_HEADLINE + "The G5 Sahel Defence College, led by its director Brahim Vall Ould Cheibani, on a study visit to Mali",
     source="Essahraa (essahraa.net), a translation", published=None,
     out_of_scope=[("ترجمة الصحراء\nلمطالعة الأصل اضغط هنا", 1, "translation credit and link to the original")],
     mentions=[
        ("g5-sahel-defence-college", "كلية الدفاع لدول الساحل الخمسة"),
        ("mali", "مالي", "دراسية لمالي"),
        ("mali", "مالي", "تجربة مالي في مجال مواجهة"),
        ("ould-cheibani", "إبراهيم فال ولد الشيباني"),
        ("ould-cheibani", "ولد الشيباني", "اللواء ولد الشيباني"),
        ("mali", "مالي", "تجربة مالي في مجال مكافحة"),
        ("g5-sahel-defence-college", "كلية الساحل"),
        ("ibrahim-boubacar-keita", "إبراهيم بوبكر"),
     ],
     relations=[
        dict(type="visited", src="ould-cheibani", tgt="mali",
             quote="قامت كلية الدفاع لدول الساحل الخمسة بزيارة دراسية لمالي",
             note="The college's study visit with 44 trainees, led by its director ('بقيادة مدير الكلية', next sentence); the "
                  "college, an organisation, cannot be the source of visited. Not dated. The trainees' meetings with unnamed "
                  "military commanders have no named actor; the meetings with President Ibrahim Boubacar (Keïta) and the ministers "
                  "are to come ('سيلقون') and are not annotated."),
        dict(type="leads", src="ould-cheibani", tgt="g5-sahel-defence-college", quote="مدير الكلية اللواء إبراهيم فال ولد الشيباني",
             note="'الكلية' is the college named in full in the first sentence."),
        dict(type="praised", src="ould-cheibani", tgt="mali",
             quote="اللواء ولد الشيباني وصف تجربة مالي في مجال مكافحة الإرهاب والجريمة المنظمة بأنها تجربة ثرية",
             note="He called Mali's experience against terrorism and organised crime 'rich'."),
        dict(type="part-of", src="g5-sahel-defence-college", tgt="g5-sahel", quote="كلية الدفاع لدول الساحل الخمسة",
             note="Stated by the college's name ('… of the five Sahel states', the G5 Sahel), as CHEMI's name in dev13; the name is "
                  "one mention of the college, so the G5 Sahel has no mention here."),
     ]),
]
