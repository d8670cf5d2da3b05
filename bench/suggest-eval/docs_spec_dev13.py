# Gold annotations for the dev13 corpus (same conventions as docs_spec.py and docs_spec_dev2/4–12.py).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

M28_RECEPTION = ("استقبال العقيد خورخي مونتيرو لايسر رئيس قيادة الحرس المدني في ألميرية ، يوم الاثنين الماضي، "
                 "زيارة ضابطي الاتصال لقوات الدرك الملكي المغربي")
MN_PRAISE = "مثمنًا الجهود التي تبذلها المملكة المتحدة في دعم الاستقرار وبناء مؤسسات الأمن في ليبيا"
GOUD_STATES = ("عملية أمنية دولية قادها الأنتربول وشاركات فيها أكثر من عشرين دول أمريكا اللاتينية ومنطقة البحر الكاريبي، "
               "إضافة إلى كندا والولايات المتحدة والمملكة المتحدة والبرتغال و اسبانيا")
AG_TITLE = "المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي"
AG_PROG = ("برنامج اللقاءات المتبادلة بين المسؤولين الأمنيين المغاربة ونظرائهم في الشرطة الفيدرالية والأمن الداخلي ببلجيكا، "
           "بهدف تعزيز آليات التعاون المشترك في مجالات الأمن والاستخبارات")
KP_TITLE = "المدير العام الأمن ومراقبة التراب الوطني عبد اللطيف الحموشي"
KP_MEET = ("كما عقد الحموشي “مجموعة من اللقاءات مع ميرا كراصا كوميز، الأمينة العامة لنظام المعلومات بالجمهورية البرتغالية، "
           "والمدير العام لجهاز المخابرات الوطنية، أديليو نييڤا دا كروز، والمدير العام لجهاز الاستخبارات الاستراتيجية للدفاع، "
           "كارلوس لوبيز بيريس”")
TZ_RECEPTION = ("استقبل قائد الدرك الوطني، اللواء أحمد بوسطيلة، جون مارتن جاسبيرس، مدير مركز الدراسات العليا لوزارة الداخلية الفرنسية، "
                "في مقر قيادة الدرك الوطني")
AS_NOTIFY = ("تم تكليف المكتب المركزي الوطني بالرباط « مكتب الأنتربول » التابع للمديرية العامة للأمن الوطني، "
             "بإشعار نظيره بدولة ألمانيا بواقعة التوقيف على ذمة مسطرة التسليم")

DOCS = [
dict(id="maroc28-guardia-civil-almeria-receives-gendarmerie-liaison-officers",
     title=NO_HEADLINE + "The head of the Guardia Civil's Almería command receives the Royal Gendarmerie's two new liaison officers",
     source="Maroc28 (maroc28.ma)", published=None,
     out_of_scope=[],
     mentions=[
        ("guardia-civil-almeria", "الحرس المدني في ألمرية"),
        ("royal-gendarmerie", "الدرك الملكي", "والدرك الملكي على علاقة"),
        ("montero-laiser", "خورخي مونتيرو لايسر"),
        ("guardia-civil-almeria", "قيادة الحرس المدني في ألميرية"),
        ("royal-gendarmerie", "قوات الدرك الملكي"),
        ("spain", "إسبانيا"),
        ("morocco", "المغرب", "إسبانيا والمغرب"),
     ],
     relations=[
        dict(type="met", src="montero-laiser", tgt="royal-gendarmerie", quote=M28_RECEPTION, place="Almería",
             note="'Last Monday' in an undated page: no date. The two liaison officers are unnamed; their visit as officers of the "
                  "Royal Gendarmerie gives a met between the colonel and their body, as delegations of a named body in test3."),
        dict(type="visited", src="royal-gendarmerie", tgt="guardia-civil-almeria", quote=M28_RECEPTION, place="Almería",
             note="The Gendarmerie's liaison officers paid a visit to the head of the Almería command on taking up their post."),
        dict(type="leads", src="montero-laiser", tgt="guardia-civil-almeria",
             quote="خورخي مونتيرو لايسر رئيس قيادة الحرس المدني في ألميرية"),
        dict(type="cooperated", src="guardia-civil-almeria", tgt="royal-gendarmerie",
             quote="وقد تحقق هذا التعاون من خلال الدوريات المشتركة بين الطرفين والمساعدة المتبادلة في مختلف القضايا العملياتية",
             note="Joint patrols and mutual operational assistance; 'the two sides' are the Almería command and the Gendarmerie of the "
                  "first sentence ('an extraordinary relationship', the same claim). The border, migration, drug-trafficking and "
                  "missing-persons cooperation discussed during the visit restates it and is not annotated again."),
        dict(type="cooperated", src="spain", tgt="morocco",
             quote="في إطار اتفاقيات التعاون في المجال الأمني بين إسبانيا والمغرب",
             note="The security cooperation agreements between the two states, under which the visit took place (two levels, as in earlier sets)."),
     ]),

dict(id="alborsaanews-2024-tunisia-interior-minister-fekih-italian-ambassador-prunas",
     title=NO_HEADLINE + "Tunisia's interior minister Kamel Fekih receives the new Italian ambassador Alessandro Prunas",
     source="Al Borsa News (alborsaanews.com)", published="2024-03-26",
     out_of_scope=[],
     mentions=[
        ("fekih", "كمال الفقي"),
        ("tunisia", "تونس", "لدى تونس"),
        ("prunas", "إليساندرو بروناس"),
        ("tunisia-interior-ministry", "وزارة الداخلية", "وذكرت وزارة الداخلية"),
        ("tunisia", "تونس", "في تونس إلى"),
     ],
     relations=[
        dict(type="met", src="fekih", tgt="prunas",
             quote="بحث وزير الداخلية التونسي كمال الفقي اليوم الثلاثاء مع السفير الايطالي الجديد لدى تونس “إليساندرو بروناس”",
             date="2024-03-26", date_inferred="'today, Tuesday' in a page whose URL date is 26 March 2024 (a Tuesday)",
             place="Tunis", note="At the ministry's headquarters ('في مقر الوزارة'). Prunas is ambassador 'to Tunisia': no leads."),
        dict(type="leads", src="fekih", tgt="tunisia-interior-ministry", quote="وزير الداخلية التونسي كمال الفقي",
             note="The ministry is named separately in the next sentence (the statement of 'وزارة الداخلية')."),
        dict(type="cooperated", src="tunisia", tgt="italy",
             quote="جهود مكافحة الهجرة غير المشروعة وتوسيع آفاق التعاون وبرامج الشراكة في المجال الأمني بين البلدين",
             date="2024-03-26", date_inferred="'today, Tuesday' in a page whose URL date is 26 March 2024 (a Tuesday)",
             note="Talks on the efforts against irregular migration and on widening the security cooperation and partnership programmes "
                  "'between the two countries' (Tunisia and Italy). Italy is named only by the adjective 'الايطالي', so it has no mention. "
                  "The call for UN agencies' cooperation and the will to strengthen relations are wishes and are not annotated."),
     ]),

dict(id="almenassa-libya-interior-minister-trabelsi-uk-ambassador-longden",
     title=NO_HEADLINE + "Libya's interior minister Emad Trabelsi meets the British ambassador Martin Longden in Tripoli",
     source="Al Menassa (almenassa.org)", published=None,
     out_of_scope=[],
     mentions=[
        ("trabelsi", "عماد الطرابلسي"),
        ("uk", "المملكة المتحدة", "سفير المملكة المتحدة"),
        ("libya", "ليبيا", "لدى ليبيا"),
        ("longden", "مارتن لونغدن"),
        ("libya-cid", "جهاز المباحث الجنائية"),
        ("trabelsi", "الطرابلسي", "الوزير الطرابلسي"),
        ("uk", "المملكة المتحدة", "تبذلها المملكة المتحدة"),
        ("libya", "ليبيا", "الأمن في ليبيا"),
     ],
     relations=[
        dict(type="met", src="trabelsi", tgt="longden",
             quote="بحث وزير الداخلية المكلّف بحكومة الوحدة الوطنية، لواء عماد الطرابلسي، اليوم الخميس، مع سفير المملكة المتحدة لدى ليبيا، مارتن لونغدن",
             place="Tripoli",
             note="'Today, Thursday' in an undated page: no date. At the ministry's office in Tripoli (a place only). Trabelsi gets no "
                  "leads: the ministry is named only as 'الوزارة'. Longden is ambassador 'to Libya': no leads."),
        dict(type="cooperated", src="libya", tgt="uk", quote="سبل التعاون الثنائي في المجال الأمني",
             note="Talks on the two states' bilateral security cooperation. Developing the CID's capacities and supporting the ministry's "
                  "training programmes were discussed, not done, and are not annotated as trained."),
        dict(type="praised", src="trabelsi", tgt="uk", quote=MN_PRAISE,
             note="'مثمنًا' (appreciating) the UK's efforts."),
        dict(type="trained", src="uk", tgt="libya", quote=MN_PRAISE,
             note="The UK's stated, ongoing efforts in 'building the security institutions in Libya' are recorded as trained (built the "
                  "capacity of), as support and equipment in dev2, dev3 and dev11."),
     ]),

dict(id="taqadomy-mauritania-receives-spanish-equipment-against-irregular-migration",
     title=NO_HEADLINE + "Mauritania's DGSN receives equipment from Spain's interior ministry for the joint team against irregular migration",
     source="Taqadomy (ar.taqadomy.net)", published=None,
     out_of_scope=[],
     mentions=[
        ("mauritania-dgsn", "للأمن", "المدير العام للأمن في"),
        ("mauritania", "موريتانيا", "للأمن في موريتانيا"),
        ("msgharou", "مسغارو ولد سيدي"),
        ("spain-interior-ministry", "وزارة الداخلية الإسبانية"),
        ("mauritania-dgsn", "للإدارة العامة للأمن الوطني"),
        ("mauritania", "موريتانيا", "الوطني في موريتانيا"),
        ("santos-aguado", "خيسوس سانتوس آغوادو"),
        ("spain", "إسبانيا", "التزام إسبانيا"),
        ("mauritania", "موريتانيا", "مع موريتانيا"),
        ("mauritania", "موريتانيا", "وتمتلك موريتانيا"),
        ("spain", "إسبانيا", "مع إسبانيا"),
        ("mauritania", "موريتانيا", "أصبحت موريتانيا"),
     ],
     relations=[
        dict(type="trained", src="spain-interior-ministry", tgt="mauritania-dgsn",
             quote="مقدمة من طرف وزارة الداخلية الإسبانية، للإدارة العامة للأمن الوطني في موريتانيا، في إطار تعزيز قدرات فريق التعاون الدولي الموريتاني الإسباني العامل في مجال مكافحة الهجرة غير القانونية",
             note="Equipment given 'to strengthen the capacities' of the joint Mauritanian–Spanish team: recorded as trained (built the "
                  "capacity of), as equipment in dev3 and dev11. 'Today' in an undated page: no date. The joint team is not an actor."),
        dict(type="leads", src="msgharou", tgt="mauritania-dgsn", quote="المدير العام للأمن في موريتانيا، مسغارو ولد سيدي",
             note="'المدير العام للأمن' is the short form of the title; the body is named in full in the same sentence."),
        dict(type="cooperated", src="mauritania", tgt="spain",
             quote="وتمتلك موريتانيا علاقات مهمة، مع إسبانيا، لاسيما على مستوى التعاون المشترك في مجال مكافحة المنظمات والشبكات الإجرامية الناشطة في مجال تهريب المهاجرين",
             note="Existing joint cooperation against migrant-smuggling networks. The ambassador's 'Spain's commitment to continue "
                  "cooperating with Mauritania' restates it and is not annotated again. The ambassador (Santos Aguado) and the DGSN "
                  "director are not said to have met; attendance at a hand-over ceremony is not talks."),
     ]),

dict(id="goud-moroccan-security-in-interpol-operation-turquesa",
     title=NO_HEADLINE + "Moroccan security took part in Interpol's operation Turquesa against human trafficking in Latin America",
     source="Goud (via Maghress)", published=None,
     out_of_scope=[("[email protected]", 1, "page furniture (obfuscated e-mail link)"),
                   ("https://www.diariolibre.com/actualidad/internacional/interpol-arresta-a-216-traficantes-de-personas-en-latinoamerica-GG30414651",
                    1, "source link")],
     mentions=[
        ("moroccan-security-services", "الأمن المغربي"),
        ("interpol", "الأنتربول", "قادها الأنتربول"),
        ("canada", "كندا"),
        ("usa", "الولايات المتحدة"),
        ("uk", "المملكة المتحدة"),
        ("portugal", "البرتغال"),
        ("spain", "اسبانيا"),
        ("interpol", "الأنتربول", "كشف عليها الأنتربول"),
        ("interpol", "الإنتربول"),
        ("caricom-impacs", "الوكالة الكاريبية التنفيذية للجريمة والأمن"),
        ("caricom-impacs", "IMPACS"),
     ],
     relations=[
        dict(type="cooperated", src="moroccan-security-services", tgt="interpol",
             quote="الأمن المغربي بين عاوتاني على الكفاءة ديالو على المستوى الدولي، بعد ما شارك ف عملية أمنية دولية قادها الأنتربول",
             note="Taking part in an Interpol-led operation (Turquesa, 3–29 November 'last'; no year, and the page is undated, so no date). "
                  "'الأمن المغربي' names no service and is the collective Moroccan services. The 216 traffickers arrested are unnamed and "
                  "tied to no named group, so no arrested."),
        dict(type="cooperated", src="canada", tgt="interpol", quote=GOUD_STATES,
             note="Each named participating state gets one cooperated with Interpol, which led the operation (as Europol's operation "
                  "in dev8); the 'more than twenty' Latin American and Caribbean states are not named."),
        dict(type="cooperated", src="usa", tgt="interpol", quote=GOUD_STATES),
        dict(type="cooperated", src="uk", tgt="interpol", quote=GOUD_STATES),
        dict(type="cooperated", src="portugal", tgt="interpol", quote=GOUD_STATES),
        dict(type="cooperated", src="spain", tgt="interpol", quote=GOUD_STATES),
        dict(type="cooperated", src="caricom-impacs", tgt="interpol",
             quote='وتمت عملية "Turquesa" اللي قادها ضباط من الإنتربول وبدعم من الوكالة الكاريبية التنفيذية للجريمة والأمن (IMPACS)',
             note="IMPACS's support of the Interpol-led operation, recorded with Interpol (as Europol's support in dev12)."),
     ]),

dict(id="agadirtv-2024-hammouchi-working-visit-belgium-snoeck",
     title="عبد اللطيف حموشي في زيارة عمل إلى بلجيكا لتعزيز التعاون الأمني والاستخباراتي",
     source="Agadir TV (agadirtv.ma)", published="2024-12-05",
     out_of_scope=[("الرئيسية وطنية عبد اللطيف حموشي في زيارة عمل إلى بلجيكا لتعزيز التعاون الأمني والاستخباراتي", 1,
                    "breadcrumb (with the headline)"),
                   ("كتبه كتب في 5 ديسمبر 2024 - 23:03", 1, "byline and dateline"),
                   ("وقد تناولت هذه المباحثات قضايا أمنية ذات اهتمام مشترك، بما في ذلك مواجهة التهديدات الأمنية العابرة للحدود وتبادل الخبرات والمعلومات لتعزيز الأمن الإ",
                    1, "sentence cut where the stored text stops")],
     mentions=[
        ("hammouchi", "عبد اللطيف حموشي", None, 2),
        ("belgium", "بلجيكا", "إلى بلجيكا لتعزيز", 2),
        ("dgsn", "للأمن الوطني", "المدير العام للأمن الوطني ولمراقبة"),
        ("dgst", "مراقبة التراب الوطني", "ولمراقبة التراب الوطني، عبد"),
        ("hammouchi", "عبد اللطيف حموشي", "، عبد اللطيف حموشي، زيارة"),
        ("belgium", "بلجيكا", "إلى بلجيكا اليوم"),
        ("dgsn", "للمديرية العامة للأمن الوطني"),
        ("dgst", "المديرية العامة لمراقبة التراب الوطني", "والمديرية العامة لمراقبة التراب الوطني.\n"),
        ("belgian-federal-police", "الشرطة الفيدرالية", "في الشرطة الفيدرالية والأمن"),
        ("belgian-state-security", "الأمن الداخلي"),
        ("belgium", "بلجيكا", "ببلجيكا"),
        ("belgian-state-security", "أمن الدولة"),
        ("bostyn", "فرانسيسكا بوستين"),
        ("morocco", "المغرب", "إلى المغرب في"),
        ("dgsn", "المديرية العامة للأمن الوطني", "عن المديرية العامة للأمن الوطني"),
        ("dgst", "المديرية العامة لمراقبة التراب الوطني", "المديرية العامة لمراقبة التراب الوطني أن"),
        ("hammouchi", "حموشي", "أن حموشي عقد"),
        ("belgian-federal-police", "جهاز الشرطة الفيدرالية"),
        ("snoeck", "ايريك سنوك"),
     ],
     relations=[
        dict(type="leads", src="hammouchi", tgt="dgsn", quote=AG_TITLE),
        dict(type="leads", src="hammouchi", tgt="dgst", quote=AG_TITLE),
        dict(type="visited", src="hammouchi", tgt="belgium",
             quote="أجرى المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي، زيارة عمل إلى بلجيكا اليوم الخميس",
             date="2024-12-05", date_inferred="'today, Thursday' in a page dated 5 December 2024 (a Thursday)",
             note="At the head of a delegation of DGSN and DGST central-services staff. The headline restates the visit."),
        dict(type="met", src="hammouchi", tgt="snoeck",
             quote="أن حموشي عقد جلسات عمل ومباحثات ثنائية مع المفوض العام لجهاز الشرطة الفيدرالية البلجيكية، ايريك سنوك",
             date="2024-12-05", date_inferred="during the visit of 'today, Thursday', in a page dated 5 December 2024",
             place="Belgium", note="The topics of the talks are in the sentence cut by the store (out of scope)."),
        dict(type="leads", src="snoeck", tgt="belgian-federal-police",
             quote="المفوض العام لجهاز الشرطة الفيدرالية البلجيكية، ايريك سنوك"),
        dict(type="leads", src="bostyn", tgt="belgian-state-security",
             quote="المنسقة العامة لأمن الدولة البلجيكية فرانسيسكا بوستين",
             note="'General coordinator' of State Security: she is its administrator general (head)."),
        dict(type="visited", src="bostyn", tgt="morocco",
             quote="زيارة المنسقة العامة لأمن الدولة البلجيكية فرانسيسكا بوستين إلى المغرب في 25 نونبر الماضي",
             date="2024-11-25", date_inferred="'25 November last' in a page dated 5 December 2024",
             note="An earlier visit, stated in passing; who received her is not said here, so no met."),
        dict(type="cooperated", src="moroccan-security-services", tgt="belgian-federal-police", quote=AG_PROG,
             note="A standing programme of reciprocal meetings 'between Moroccan security officials and their counterparts in the "
                  "federal police and internal security in Belgium'. The Moroccan officials name no body: the collective Moroccan "
                  "services, with no mention (as the trainees in dev12). 'الأمن الداخلي ببلجيكا' is taken as State Security (VSSE), "
                  "Belgium's internal intelligence service, whose head had just visited Morocco."),
        dict(type="cooperated", src="moroccan-security-services", tgt="belgian-state-security", quote=AG_PROG),
     ]),

dict(id="kechpresse-hammouchi-working-visit-portugal",
     title="المغرب والبرتغال يتعاونان أمنيا واستخباراتيا لمكافحة الإرهاب والجريمة المنظمة العابرة للحدود",
     source="Kech Presse (kechpresse.com), citing a DGST statement via MAP", published=None,
     out_of_scope=[("آخر المستجداتأخبار وطنية", 1, "section labels"),
                   ("(كش بريس/خاص) ـ", 1, "byline"),
                   ("للإشارة فإنه في 12 م", 1, "sentence cut where the stored text stops")],
     mentions=[
        ("morocco", "المغرب", "المغرب والبرتغال يتعاونان"),
        ("portugal", "البرتغال", "والبرتغال يتعاونان"),
        ("dgst", "للمديرية العامة لمراقبة التراب الوطني"),
        ("dgsn", "الأمن", "العام الأمن ومراقبة"),
        ("dgst", "مراقبة التراب الوطني", "ومراقبة التراب الوطني عبد"),
        ("hammouchi", "عبد اللطيف الحموشي"),
        ("portugal", "البرتغال", "أمنيين بالبرتغال"),
        ("hammouchi", "الحموشي", "أجراها الحموشي"),
        ("portugal", "البرتغال", "إلى البرتغال الأربعاء"),
        ("hammouchi", "الحموشي", "عقد الحموشي"),
        ("mira-gomes", "ميرا كراصا كوميز"),
        ("portugal-sirp", "نظام المعلومات بالجمهورية البرتغالية"),
        ("portugal-sis", "جهاز المخابرات الوطنية"),
        ("neiva-da-cruz", "أديليو نييڤا دا كروز"),
        ("portugal-sied", "جهاز الاستخبارات الاستراتيجية للدفاع"),
        ("lopes-pires", "كارلوس لوبيز بيريس"),
     ],
     relations=[
        dict(type="leads", src="hammouchi", tgt="dgsn", quote=KP_TITLE,
             note="The outlet drops a word of the title ('المدير العام الأمن ومراقبة التراب الوطني'); 'الأمن' is read as the DGSN, the "
                  "body the title names, as Ahdath Souss's 'المديرية العامة للأمن' in dev10."),
        dict(type="leads", src="hammouchi", tgt="dgst", quote=KP_TITLE),
        dict(type="visited", src="hammouchi", tgt="portugal",
             quote="خلال زيارة أجراها الحموشي إلى البرتغال الأربعاء والخميس على رأس وفد أمني",
             note="'Wednesday and Thursday' in an undated page: no date (Elaph's report of the same visit has a June 2023 URL)."),
        dict(type="cooperated", src="morocco", tgt="portugal",
             quote="قد أجرى مباحثات مع مسؤولين أمنيين بالبرتغال، حول سبل تطوير التعاون الأمني بين البلدين",
             note="Talks on developing the security cooperation 'between the two countries'; the headline and the talks with 'a number "
                  "of Portuguese officials' restate it. 'وكالة المغرب الرسمية' (MAP) is the news agency, not a mention of Morocco."),
        dict(type="met", src="hammouchi", tgt="mira-gomes", quote=KP_MEET),
        dict(type="met", src="hammouchi", tgt="neiva-da-cruz", quote=KP_MEET),
        dict(type="met", src="hammouchi", tgt="lopes-pires", quote=KP_MEET),
        dict(type="leads", src="mira-gomes", tgt="portugal-sirp",
             quote="ميرا كراصا كوميز، الأمينة العامة لنظام المعلومات بالجمهورية البرتغالية",
             note="The secretary-general heads the SIRP."),
        dict(type="leads", src="neiva-da-cruz", tgt="portugal-sis",
             quote="المدير العام لجهاز المخابرات الوطنية، أديليو نييڤا دا كروز"),
        dict(type="leads", src="lopes-pires", tgt="portugal-sied",
             quote="المدير العام لجهاز الاستخبارات الاستراتيجية للدفاع، كارلوس لوبيز بيريس"),
     ]),

dict(id="teznet-2015-french-delegation-visits-algerian-gendarmerie-forensics-institute",
     title=NO_HEADLINE + "A French delegation led by CHEMI director Jean-Martin Jaspers visits the Algerian Gendarmerie's forensics institute and its commander",
     source="teznet.blogspot.com (blog)", published="2015-01",
     out_of_scope=[("ليست هناك تعليقات:\nإرسال تعليق", 1, "comment widget")],
     mentions=[
        ("french-gendarmerie", "للمديرية العامة للدرك"),
        ("french-national-police", "الشرطة الوطنية"),
        ("jaspers", "جون مارتن جاسبيرس", "يقوده جون مارتن جاسبيرس"),
        ("chemi", "مركز الدراسات العليا لوزارة الداخلية الفرنسية", None, 1),
        ("algeria-incc", "المعهد الوطني للأدلة الجنائية وعلم الإجرام للدرك الوطني"),
        ("algeria-gendarmerie", "الدرك الوطني", "مؤسسة الدرك الوطني"),
        ("algeria-gendarmerie", "الدرك الوطني", "قائد الدرك الوطني"),
        ("boustila", "أحمد بوسطيلة"),
        ("jaspers", "جون مارتن جاسبيرس", "بوسطيلة، جون مارتن جاسبيرس"),
        ("chemi", "مركز الدراسات العليا لوزارة الداخلية الفرنسية", None, 2),
        ("algeria-gendarmerie", "قيادة الدرك الوطني"),
     ],
     relations=[
        dict(type="visited", src="jaspers", tgt="algeria-incc",
             quote="قام وفد يضم مديرين سابقين للمديرية العامة للدرك والشرطة الوطنية الفرنسية، يقوده جون مارتن جاسبيرس، مدير مركز الدراسات العليا لوزارة الداخلية الفرنسية بزيارة إلى المعهد الوطني للأدلة الجنائية وعلم الإجرام للدرك الوطني في بوشاوي",
             place="Bouchaoui (Algiers)",
             note="Jaspers led the delegation. Its members are former directors of the French gendarmerie and police, so the visit is "
                  "not recorded for those bodies. Not dated: the blog's URL is of January 2015, but the text gives no date."),
        dict(type="part-of", src="algeria-incc", tgt="algeria-gendarmerie",
             quote="المعهد الوطني للأدلة الجنائية وعلم الإجرام للدرك الوطني",
             note="Stated by the institute's name ('… of the National Gendarmerie'); the name is one mention (longest name wins), as "
                  "UN Police in dev10."),
        dict(type="leads", src="jaspers", tgt="chemi",
             quote="جون مارتن جاسبيرس، مدير مركز الدراسات العليا لوزارة الداخلية الفرنسية", occ=1),
        dict(type="part-of", src="chemi", tgt="french-interior-ministry",
             quote="مركز الدراسات العليا لوزارة الداخلية الفرنسية", occ=1,
             note="Stated by the centre's name ('… of the French interior ministry'), one mention of the centre."),
        dict(type="met", src="boustila", tgt="jaspers", quote=TZ_RECEPTION,
             place="National Gendarmerie headquarters (Algeria)", note="Before the institute visit; not dated."),
        dict(type="visited", src="jaspers", tgt="algeria-gendarmerie", quote=TZ_RECEPTION,
             note="Received at the Gendarmerie's command headquarters (as test3's visit to Lekhwiya's headquarters)."),
        dict(type="leads", src="boustila", tgt="algeria-gendarmerie", quote="قائد الدرك الوطني، اللواء أحمد بوسطيلة"),
     ]),

dict(id="driouchcity-italian-police-ventimiglia-arrest-dutch-national-wanted-by-morocco",
     title=NO_HEADLINE + "Ventimiglia police arrest a Dutch national wanted by Morocco and check the extradition request with Interpol",
     source="Driouch City (driouchcity.net), citing Italian press", published=None,
     out_of_scope=[("نرجو منكم متابعة صفحتنا الجديدة", 1, "page furniture")],
     mentions=[
        ("italy", "إيطاليا"),
        ("ventimiglia-local-police", "الشرطة المحلية بمدينة فينتيميليا"),
        ("italian-security-services", "الشرطة الإيطالية"),
        ("morocco", "المغرب", "كالمغرب"),
        ("interpol", "الأنتربول"),
     ],
     relations=[
        dict(type="cooperated", src="ventimiglia-local-police", tgt="interpol",
             quote="ومن أجل قطع الشك باليقين قرروا مراسلة الأنتربول من أجل التأكد من طلب التسليم",
             note="The officers who wrote to Interpol to confirm Morocco's extradition request are the Ventimiglia local police who made "
                  "the arrest ('رجال الشرطة الإيطالية', a vague name taken as the collective Italian services for its mention). The man "
                  "arrested is unnamed and tied to no named group, so no arrested; his surrender to Morocco is pending, so no extradited; "
                  "the international search warrant has no type. 'Recently' in an undated page: no date."),
     ]),

dict(id="alarabstyle-guercif-police-arrest-dutch-national-wanted-by-germany",
     title="اعتقال مسن هولندي في جرسيف كان ملاحقا من القضاء الألماني",
     source="Alarabstyle (alarabstyle.com), citing Al Yaoum 24", published=None,
     out_of_scope=[("اليوم 24", 1, "outlet name after the headline"),
                   ("إيقا\nالمصدر: اليوم 24", 1, "stray fragment and source line")],
     mentions=[
        ("guercif-police", "الشرطة بمدينة جرسيف"),
        ("interpol", "المنظمة الدولية للشرطة الجنائية"),
        ("interpol", "أنتربول", "« أنتربول »"),
        ("interpol-wiesbaden", "المكتب المركزي الوطني بـ « Wiesbaden »"),
        ("germany", "ألمانيا", "بألمانيا، وذلك"),
        ("interpol-rabat", "المكتب المركزي الوطني بالرباط"),
        ("interpol-rabat", "مكتب الأنتربول"),
        ("dgsn", "للمديرية العامة للأمن الوطني"),
        ("interpol-wiesbaden", "نظيره بدولة ألمانيا"),
        ("moroccan-security-services", "المصالح الأمنية المغربية"),
     ],
     relations=[
        dict(type="part-of", src="interpol-rabat", tgt="dgsn",
             quote="المكتب المركزي الوطني بالرباط « مكتب الأنتربول » التابع للمديرية العامة للأمن الوطني"),
        dict(type="cooperated", src="interpol-rabat", tgt="interpol-wiesbaden", quote=AS_NOTIFY,
             note="Interpol Rabat notifies its German counterpart of the arrest for the extradition procedure: cooperated, as NCB "
                  "notifications in dev and dev3. 'نظيره بدولة ألمانيا' is Interpol Wiesbaden, the NCB named before. The man arrested "
                  "by the Guercif police ('the day before yesterday, Monday', undated) is unnamed and tied to no named group, so no "
                  "arrested; the international arrest warrant has no type."),
     ]),
]
