# Gold annotations for the test36 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

NAD_JOINT = ("أسفرت جهود أمنية مشتركة بين المكتب المركزي للأبحاث القضائية بالمغرب والشرطة الوطنية الإسبانية "
             "عن تفكيك خلية إرهابية موالية لتنظيم \"داعش\"")
NAD_UNDATED = ("'Today, Friday' in an undated page (Maghress copy of Nador City without a date): no date. "
               "The announcement is the BCIJ's statement.")

JAR_MEET = ("استقبل المدير العام للأمن الوطني ولمراقبة التراب الوطني “عبد اللطيف حموشي”، زوال اليوم الاثنين بالعاصمة الرباط، "
            "المدير العام للشرطة الوطنية الإيطالية “فيتوريو بيزاني”")
JAR_HAM_TITLE = "المدير العام للأمن الوطني ولمراقبة التراب الوطني “عبد اللطيف حموشي”"
JAR_UNDATED = "'Today, Monday' in an undated page: no date (Pisani has headed the State Police since 2023)."

MAR_JOINT = "أعلن الحرس المدني الإسباني عن نجاح عملية أمنية مشتركة مع المديرية العامة لمراقبة التراب الوطني بالمغرب"
MAR_TIP = ("وتم تنفيذ العملية بناءً على معلومات استخباراتية دقيقة وفّرها الجانب المغربي، مما مكّن السلطات الإسبانية "
           "من اعتراض القارب المشبوه وضبط الشحنة")

NAB_TALKS = ("من مباحثات رفيعة بين المدير العام للأمن الوطني ولمراقبة التراب الوطني (المخابرات الداخلية)، عبداللطيف حموشي، "
             "وكبار مسؤولي الأمن والاستخبارات في ألمانيا الاتحادية")
NAB_HAM_TITLE = "المدير العام للأمن الوطني ولمراقبة التراب الوطني (المخابرات الداخلية)، عبداللطيف حموشي"
NAB_COOP = ("بحث خلال اللقاءات التي جمعته، خلال زيارة العمل التي انتهت مساء الأربعاء، بكل من مسؤولي الشرطة الفيدرالية "
            "والمكتب الفيدرالي للشرطة الجنائية، سبل تعزيز التعاون الثنائي في مختلف المجالات الأمنية")
NAB_MEET = ("عقد لقاءات عمل مع كل من رئيس الشرطة الفيدرالية الألمانية ديتر رومان ورئيس المكتب الفيدرالي للشرطة الجنائية "
            "هولغر مينش")
NAB_UNDATED = ("The visit ran 'from last Monday, over three days' and ended 'Wednesday evening', in an undated page: no date "
               "(other reports put it in June 2024, which this page does not say).")

DOCS = [
dict(id="nadorcity-bcij-spanish-police-nine-member-isis-cell",
     title=NO_HEADLINE + "Joint BCIJ–Spanish National Police operation dismantles a nine-member ISIS cell active between Morocco "
                         "and Spain",
     source="Nador City (via Maghress)", published=None,
     out_of_scope=[],
     mentions=[
        ("bcij", "المكتب المركزي للأبحاث القضائية"),
        ("morocco", "المغرب", None, 1),
        ("spanish-national-police", "الشرطة الوطنية الإسبانية"),
        ("isis", "داعش"),
        ("morocco", "المغرب", None, 2),
        ("spain", "إسبانيا"),
        ("bcij", "للمكتب المركزي للأبحاث القضائية"),
        ("morocco", "المغرب", None, 3),
     ],
     relations=[
        dict(type="cooperated", src="bcij", tgt="spanish-national-police", quote=NAD_JOINT,
             note="'Joint security efforts between the BCIJ in Morocco and the Spanish National Police': a joint operation "
                  "(counter-terrorism). " + NAD_UNDATED),
        dict(type="arrested", src="bcij", tgt="isis", quote=NAD_JOINT,
             place="Tetouan and Fnideq",
             note="The joint operation dismantled an ISIS-loyal cell of nine (unnamed members linked to ISIS, so the target is "
                  "the group). The three members in Tetouan and Fnideq are on the Moroccan side; the text does not say who "
                  "arrested whom, the split is read from where they were arrested. " + NAD_UNDATED),
        dict(type="arrested", src="spanish-national-police", tgt="isis", quote=NAD_JOINT,
             place="Madrid, Ibiza and Ceuta",
             note="The six other members were arrested in Madrid, Ibiza and Ceuta ('تم توقيف الأعضاء الستة الآخرين'), on the "
                  "Spanish side of the joint operation; the arresting body is read from the place. " + NAD_UNDATED),
     ]),

dict(id="satv-2025-marrakech-french-national-wanted-drug-trafficking",
     title=NO_HEADLINE + "Marrakech police arrest a French national wanted by France under an Interpol red notice",
     source="SA TV (satv.ma)", published=None,
     out_of_scope=[],
     mentions=[
        ("interpol", "المنظمة الدولية للشرطة الجنائية"),
        ("interpol", "الإنتربول"),
        ("france", "فرنسا"),
     ],
     relations=[
        dict(type="cooperated", src="morocco", tgt="france",
             quote="مع إبلاغ السلطات الفرنسية رسميا بتوقيفه، وذلك في إطار التنسيق الأمني الثنائي",
             date="2025-07-08", date_inferred="the notification accompanies the arrest of Tuesday 8 July 2025 (stated)",
             place="Marrakech",
             note="The French authorities (France, as authorities go to the country) were formally notified of the arrest "
                  "'within the bilateral security coordination': information exchange between Morocco and France. The "
                  "notifying Moroccan side is unnamed ('المصالح الأمنية بمدينة مراكش' is no name), so the pair is the two "
                  "states, which the text's 'bilateral' names; Morocco has no mention. The arrest itself gives no relation "
                  "(an unnamed drug suspect tied to no named group), and the red notice and surrender procedure have no "
                  "type."),
     ]),

dict(id="aljareeda-hammouchi-receives-italian-police-chief-pisani",
     title="الحموشي يتباحث مع نظيره الإيطالي",
     source="Al Jareeda (aljareeda.net)", published=None,
     out_of_scope=[("سواء في مجال التعاون العمل", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("hammouchi", "الحموشي", None, 1),
        ("hammouchi", "الحموشي", None, 2),
        ("dgsn", "للأمن الوطني"),
        ("dgst", "مراقبة التراب الوطني"),
        ("hammouchi", "عبد اللطيف حموشي"),
        ("italian-state-police", "للشرطة الوطنية الإيطالية"),
        ("pisani", "فيتوريو بيزاني"),
        ("morocco", "للمملكة المغربية"),
        ("morocco", "المملكة المغربية", "أمن المملكة المغربية"),
        ("italy", "الجمهورية الإيطالية"),
     ],
     relations=[
        dict(type="met", src="hammouchi", tgt="pisani", quote=JAR_MEET, place="Rabat",
             note="Hammouchi received Pisani; the headline's talks ('يتباحث') are the same meeting. " + JAR_UNDATED),
        dict(type="leads", src="hammouchi", tgt="dgsn", quote=JAR_HAM_TITLE,
             note="His title names both bodies."),
        dict(type="leads", src="hammouchi", tgt="dgst", quote=JAR_HAM_TITLE,
             note="His title names both bodies."),
        dict(type="leads", src="pisani", tgt="italian-state-police",
             quote="المدير العام للشرطة الوطنية الإيطالية “فيتوريو بيزاني”",
             note="'Director general of the Italian National Police': the title names the body (the State Police)."),
        dict(type="visited", src="pisani", tgt="morocco",
             quote="الذي يقوم بزيارة عمل للمملكة المغربية على رأس وفد أمني مهم",
             note="Pisani's working visit to Morocco at the head of a security delegation. " + JAR_UNDATED),
        dict(type="cooperated", src="morocco", tgt="italy",
             quote="شكل هذا اللقاء مناسبة لتقييم حصيلة التعاون القائم بين البلدين في سائر المجالات الأمنية",
             note="The existing security cooperation 'between the two countries' (Morocco and Italy, named in the previous "
                  "sentence) was assessed. " + JAR_UNDATED),
        dict(type="cooperated", src="dgsn", tgt="italian-state-police",
             quote="وناقش الطرفان أيضا سبل وآليات تعزيز التنسيق الثنائي",
             note="Talks on strengthening bilateral coordination between 'the two sides' (Hammouchi and Pisani) are recorded "
                  "as cooperated between their police bodies, as talks on cooperation in test3 and test7; Hammouchi's side is "
                  "taken as the DGSN, the police counterpart of the State Police (he also heads the DGST). The same "
                  "cooperation is also recorded between the states. The rest of the sentence is cut by the store. "
                  + JAR_UNDATED),
     ]),

dict(id="almaghribialyaoum-belgium-monitors-34-moroccan-extremists",
     title="بلجيكا تراقب 34 متطرفا مغربيا بعد توصلها بمعلومات استخباراتية",
     source="Al Maghribi Al Yaoum (almaghribialyaoum.com), citing Al Ahdath Al Maghribia", published=None,
     out_of_scope=[],
     mentions=[
        ("belgium", "بلجيكا", None, 1),
        ("belgium", "بلجيكا", None, 2),
        ("belgian-security-services", "الشرطة البلجيكية"),
        ("belgian-security-services", "مصالح الأمن البلجيكي"),
        ("morocco", "المغرب", "في مقدمتها المغرب"),
     ],
     relations=[
        dict(type="cooperated", src="belgian-security-services", tgt="morocco",
             quote="مع الرفع من تبادل المعلومات الاستخباراتية مع العديد من البلدان، في مقدمتها المغرب",
             note="The Belgian security services (subject of the sentence: 'مصالح الأمن البلجيكي اتخذت') stepped up "
                  "intelligence exchange with several countries, Morocco first: information exchange exists. The Moroccan "
                  "side is not named, so it is the state. The intelligence that Belgium received about the 34 extremists "
                  "has no named source, so no tipped-off. Not dated (Easter of an unstated year)."),
     ]),

dict(id="maroc28-guardia-civil-dgst-tenerife-hashish",
     title=NO_HEADLINE + "The Guardia Civil and the DGST seize over two tonnes of hashish off Tenerife",
     source="Maroc28 (maroc28.ma)", published=None,
     out_of_scope=[],
     mentions=[
        ("guardia-civil", "الحرس المدني الإسباني", None, 1),
        ("dgst", "المديرية العامة لمراقبة التراب الوطني"),
        ("morocco", "المغرب", None, 1),
        ("guardia-civil", "الحرس المدني الإسباني", None, 2),
        ("morocco", "المغرب", None, 3),
        ("spain", "إسبانيا"),
     ],
     relations=[
        dict(type="cooperated", src="guardia-civil", tgt="dgst", quote=MAR_JOINT,
             place="Tenerife (Canary Islands)",
             note="A joint operation of the Guardia Civil and the DGST against hashish smuggling. The page is undated."),
        dict(type="tipped-off", src="dgst", tgt="spain", quote=MAR_TIP,
             place="Garachico, Tenerife",
             note="Intelligence 'supplied by the Moroccan side' let 'the Spanish authorities' intercept the boat and seize "
                  "2,075 kg of hashish. The Moroccan side is read as the DGST, the partner named in the previous sentence; "
                  "'the Spanish authorities' go to the country (Spain), as authorities do, though the Guardia Civil carried "
                  "out the seizure. The six people arrested are unnamed and tied to no named group, so no arrested."),
        dict(type="cooperated", src="morocco", tgt="spain",
             quote="ويأتي هذا التعاون الأمني في إطار الجهود المشتركة بين المغرب وإسبانيا لمكافحة تهريب المخدرات",
             note="The same cooperation stated at the level of the states (drugs and organised crime), annotated at both "
                  "levels as in earlier sets. The Spanish authorities' 'effective coordination between the security "
                  "services of the two countries' restates it and is not annotated again."),
        dict(type="praised", src="spain", tgt="morocco",
             quote="وأكدت السلطات الإسبانية أن هذه العملية تعد نموذجًا للتنسيق الفعّال بين الأجهزة الأمنية في البلدين",
             note="The Spanish authorities (Spain) call the operation a model of effective coordination: praise of the "
                  "cooperation, recorded on the foreign side (Morocco), as in dev14 and test7."),
     ]),

dict(id="almaghreb24-france-darmanin-arrives-morocco-laftit-invitation",
     title=NO_HEADLINE + "French interior minister Gérald Darmanin arrives in Morocco at Abdelouafi Laftit's invitation",
     source="Al Maghreb 24 (via Maghress)", published=None,
     out_of_scope=[("https://www.almaghreb24.com/maroc24/5yxz", 1, "source link")],
     mentions=[
        ("darmanin", "جيرالد دارمانان", None, 1),
        ("morocco", "المغرب", None, 1),
        ("morocco", "المغرب", None, 2),
        ("morocco", "المغرب", None, 3),
        ("france", "فرنسا", None, 1),
        ("darmanin", "جيرالد دارمانان", None, 2),
        ("morocco", "المغرب", None, 4),
        ("laftit", "عبد الوافي لفتيت"),
        ("french-interior-ministry", "وزارة الداخلية الفرنسية", None, 1),
        ("french-interior-ministry", "وزارة الداخلية الفرنسية", None, 2),
        ("france", "فرنسا", None, 2),
        ("morocco", "المغرب", None, 6),
        ("french-interior-ministry", "وزارة الداخلية الفرسية"),
        ("darmanin", "دارمانان", None, 3),
        ("french-interior-ministry", "وزارة الداخلية وأقاليم ما وراء البحار"),
     ],
     relations=[
        dict(type="visited", src="darmanin", tgt="morocco",
             quote="وحل وزير الداخلية الفرنسي، جيرالد دارمانان، الأحد بالمغرب، بدعوة من عبد الوافي لفتيت، وزير الداخلية المغربي",
             note="Darmanin arrived in Morocco on 'Sunday' at Laftit's invitation (his first stop, the Mohammed V mausoleum "
                  "in Rabat, is not security content). 'Sunday' in an undated page: no date. His planned meetings with Laftit "
                  "and others ('وسيلتقي') are plans and give no met."),
        dict(type="leads", src="darmanin", tgt="french-interior-ministry",
             quote="وزير الداخلية الفرنسي جيرالد دارمانان",
             note="The ministry is named separately (its statements), so its minister gets leads, as in dev14 and test7. "
                  "Laftit gets none: his ministry is named only in his title."),
        dict(type="cooperated", src="france", tgt="morocco",
             quote="في زيارة تهدف إلى إلى \"تعميق\" التعاون بين البلدين في المجال الأمني",
             note="The visit aims to 'deepen' the security cooperation between the two countries (France and Morocco, named "
                  "in the previous sentences): an existing cooperation, which the French ministry also places in 'a "
                  "multi-faceted cooperation dynamic between France and Morocco' (a restatement, not annotated again)."),
     ]),

dict(id="fesnews-france-trains-moroccan-auxiliary-forces-riot-control",
     title="فرنسا تدرب “مخازنية” المغرب على مواجهة الشغب",
     source="Fes News Media (fesnews.net), citing Al Massae", published=None,
     out_of_scope=[("عن موقع : فاس نيوز ميديا", 1, "source line")],
     mentions=[
        ("france", "فرنسا"),
        ("morocco", "المغرب"),
        ("moroccan-auxiliary-forces", "القوات المساعدة"),
        ("auxiliary-forces-cadre-school", "المدرسة الملكية لتكوين الأطر"),
        ("french-security-services", "فرق أمنية فرنسية"),
     ],
     relations=[
        dict(type="trained", src="france", tgt="moroccan-auxiliary-forces",
             quote="فرنسا تدرب “مخازنية” المغرب على مواجهة الشغب",
             note="The headline: France trains Morocco's 'mokhaznis' (members of the Auxiliary Forces, the body the body "
                  "text names) in riot control. Recorded at the level of the state, as the headline states it; the body "
                  "gives the same training at the level of the French teams (two levels, as in earlier sets). Not dated."),
        dict(type="trained", src="french-security-services", tgt="moroccan-auxiliary-forces",
             quote="فإن فوجا من الضباط تم تكوينه على أيدي فرق أمنية فرنسية محترفة على مواجهة أعمال الشغب",
             note="A batch of officers (of the Auxiliary Forces, the subject of the previous sentence) was trained by "
                  "'professional French security teams' (unspecified French services: the collective) in riot control. "
                  "The new Auxiliary Forces batch 'will graduate soon' from the Benslimane cadre school: a future event, no "
                  "relation. Not dated."),
     ]),

dict(id="nabae24-hammouchi-berlin-visit-romann-muench",
     title="المغرب وألمانيا يبحثان سبل تعزيز التعاون الأمني لمكافحة الإرهاب",
     source="Nabaa24 (nabae24.com)", published=None,
     out_of_scope=[("عن // نبأ24\nالرباط –", 1, "byline and dateline"),
                   ("تناول", 1, "word cut by the store's 2,000-byte limit")],
     mentions=[
        ("morocco", "المغرب", None, 1),
        ("germany", "ألمانيا", None, 1),
        ("morocco", "المغرب", None, 2),
        ("germany", "ألمانيا", None, 2),
        ("dgsn", "للأمن الوطني", None, 1),
        ("dgst", "مراقبة التراب الوطني"),
        ("dgst", "المخابرات الداخلية"),
        ("hammouchi", "عبداللطيف حموشي"),
        ("germany", "ألمانيا الاتحادية"),
        ("dgsn", "المديرية العامة للأمن الوطني"),
        ("german-federal-police", "الشرطة الفيدرالية", None, 1),
        ("bka", "المكتب الفيدرالي للشرطة الجنائية", None, 1),
        ("german-federal-police", "الشرطة الفيدرالية الألمانية"),
        ("romann", "ديتر رومان"),
        ("bka", "المكتب الفيدرالي للشرطة الجنائية", None, 2),
        ("muench", "هولغر مينش"),
     ],
     relations=[
        dict(type="cooperated", src="morocco", tgt="germany",
             quote="يأخذ التعاون الأمني بين المغرب وألمانيا منحى تصاعديا",
             note="Security cooperation between Morocco and Germany 'is on the rise' with exchanged visits. The headline's "
                  "talks on strengthening it are the same claim, annotated once at the body sentence."),
        dict(type="visited", src="hammouchi", tgt="germany", quote=NAB_TALKS, place="Berlin",
             note="Talks in Berlin over three days between Hammouchi and Germany's senior security officials, during 'the "
                  "working visit that ended on Wednesday evening' (stated in the next sentence), made 'at the official "
                  "invitation of the German side'. " + NAB_UNDATED),
        dict(type="leads", src="hammouchi", tgt="dgsn", quote=NAB_HAM_TITLE, note="His title names both bodies."),
        dict(type="leads", src="hammouchi", tgt="dgst", quote=NAB_HAM_TITLE,
             note="His title names both bodies ('المخابرات الداخلية' glosses the DGST)."),
        dict(type="cooperated", src="dgsn", tgt="german-federal-police", quote=NAB_COOP,
             note="Talks on strengthening bilateral cooperation with the Federal Police (counter-terrorism, organised crime, "
                  "security of major sporting events): talks on cooperation are cooperated. The subject is Hammouchi "
                  "('المسؤول الأول عن الأمن في المملكة'), in a DGSN statement; his side is taken as the DGSN, the police "
                  "counterpart of the two German police bodies. " + NAB_UNDATED),
        dict(type="cooperated", src="dgsn", tgt="bka", quote=NAB_COOP,
             note="As the Federal Police: the same talks with the BKA's officials. " + NAB_UNDATED),
        dict(type="met", src="hammouchi", tgt="romann", quote=NAB_MEET, place="Berlin",
             note="Working meetings with the Federal Police president Dieter Romann; the subject is Hammouchi (the visit's "
                  "guest). " + NAB_UNDATED),
        dict(type="met", src="hammouchi", tgt="muench", quote=NAB_MEET, place="Berlin",
             note="Working meetings with the BKA president Holger Münch ('هولغر مينش'). " + NAB_UNDATED),
        dict(type="leads", src="romann", tgt="german-federal-police",
             quote="رئيس الشرطة الفيدرالية الألمانية ديتر رومان", note="His title names the body."),
        dict(type="leads", src="muench", tgt="bka",
             quote="رئيس المكتب الفيدرالي للشرطة الجنائية هولغر مينش", note="His title names the body."),
     ]),

dict(id="arabkhabar-morocco-netherlands-extradition-treaty-wahbi-yesilgoz",
     title=NO_HEADLINE + "Morocco's justice minister Abdellatif Ouahbi and his Dutch counterpart Dilan Yeşilgöz sign an "
                         "extradition treaty",
     source="Zanqa 20 (via Arab Khabar)", published=None,
     out_of_scope=[("زنقة 20 | الرباط", 1, "byline and dateline"),
                   ("هذا و سيتم تقديم المعاهدة إلى البرلمان الهولندي للموافقة عليه قبل الص", 1,
                    "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("wahbi", "عبد اللطيف وهبي"),
        ("yesilgoz", "ديلان يسيلغوز"),
        ("morocco", "المغرب", None, 1),
        ("morocco", "المغرب", None, 2),
        ("netherlands", "هولندا", None, 1),
        ("morocco", "المغرب", None, 3),
        ("netherlands", "هولندا", None, 2),
        ("morocco", "المغرب", None, 5),
        ("netherlands", "هولندا", None, 3),
     ],
     relations=[
        dict(type="cooperated", src="wahbi", tgt="yesilgoz",
             quote="وقع وزير العدل عبد اللطيف وهبي و نظيرته الهولندية ديلان يسيلغوز ، قبل ايام ، معاهدة تسليم المجرمين و مكافحة الجريمة الدولية",
             note="The two justice ministers signed a treaty on extradition and the fight against international crime: an "
                  "agreement, recorded between the signatories because neither ministry is named (both only in titles). "
                  "'A few days ago' in an undated page: no date (other reports date the signing 18 December 2023, which "
                  "this page does not say)."),
        dict(type="cooperated", src="morocco", tgt="netherlands",
             quote="و ستسهل المعاهدة التي وقعها الطرفان، تسليم المجرمين و المشتبه فيهم والأشخاص المدانين بين المغرب و هولندا",
             note="The same treaty at the level of the states: it covers extradition of suspects and convicts between "
                  "Morocco and the Netherlands (two levels, as in dev14's Indonesia–Australia memorandum). The minister's "
                  "expectation that it 'will strengthen' the relationship, and the treaty's submission to parliament, are "
                  "plans. No date (see the signing)."),
     ]),

dict(id="24saa-spain-marlaska-melilla-praises-morocco-cooperation",
     title=NO_HEADLINE + "Spain's interior minister Fernando Grande-Marlaska, in Melilla, praises Morocco's counter-terrorism "
                         "role and the bilateral cooperation",
     source="24 Saa (24saa.com)", published=None,
     out_of_scope=[("24 ساعة ـ عبد الرحيم زياد", 1, "outlet and byline")],
     mentions=[
        ("marlaska", "فرناندو غراندي مارلاسكا"),
        ("morocco", "المملكة المغربية"),
        ("spain", "المملكة الإسبانية"),
        ("morocco", "المغرب", None, 2),
        ("marlaska", "مارلاسكا", None, 2),
        ("morocco", "الرباط"),
        ("spain", "مدريد"),
        ("morocco", "المغرب", None, 3),
        ("morocco", "المغرب", None, 4),
        ("morocco", "المغرب", None, 5),
     ],
     relations=[
        dict(type="cooperated", src="morocco", tgt="spain",
             quote="أن التعاون بين المملكة المغربية والمملكة الإسبانية. يرتكز على “أقصى درجات الثقة”",
             note="Marlaska states that the cooperation between the two kingdoms rests on the utmost trust; his later "
                  "'security would not have been possible without cooperation and coordination with Morocco' (crime and "
                  "terrorism) restates it and is not annotated again. Not dated (a visit to Melilla to open the 'smart "
                  "border' system; Melilla is a place, not a state, so no visited)."),
        dict(type="praised", src="marlaska", tgt="morocco",
             quote="واشاد الوزير بالدور الكبير الذي يلعبه المغرب في مكافحة الإرهاب",
             note="'The minister' is Marlaska. He commends Morocco's role against terrorism, organised crime and irregular "
                  "migration; 'Morocco does very important work in this field' repeats the praise and is not annotated "
                  "again. Not dated."),
     ]),
]
