# Gold annotations for the test47 corpus (held out; same conventions as docs_spec.py and docs_spec_dev2/4–14.py, test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
from docs_spec import NO_HEADLINE

WAT_EUPOL = "بعثة دعم الشرطة التابعة للاتحاد الأوروبي"
EUB_DEPLOY = ("وقد تم نشر هذه الفرق المتخصصة، المؤلفة من 20 خبيراً في الأمن والشرطة الحدودية من قوات الدرك الوطني الفرنسي، "
              "والكارابينييري الإيطالي، والحرس المدني الإسباني، عبر قوة الدرك الأوروبية (EUROGENDFOR)")
EUB_HONOUR = "الاتحاد الأوروبي يكرّم الفرق المتخصصة على خدمتها في معبر رفح"
EUB_APOS = ("أعربت السيدة نتاليا أبوستولوفا، رئيسة بعثة الاتحاد الأوروبي للمساعدة الحدودية على معبر رفح، "
            "عن تقديرها العميق لجهود الفرق")
EUB_REQUEST = ("بدأت عملية نشر الفرق في 31 كانون الثاني 2025، استجابةً لطلبات رسمية من السلطة الفلسطينية وإسرائيل، "
               "وبموافقة جمهورية مصر العربية")
EUB_FORCES = {"french-gendarmerie": "the French National Gendarmerie", "carabinieri": "the Carabinieri",
              "guardia-civil": "the Guardia Civil"}
EUB_HONOUR_NOTE = ("The EU honours 'the specialised teams from France, Spain and Italy', which the next sentence says are made of "
                   "experts of the Gendarmerie, the Carabinieri and the Guardia Civil: an award recorded as praised (as Interpol's "
                   "medal in dev3), one per force; target here {f}. The ceremony of '26 June' is in the EUBAM Rafah office in "
                   "Jerusalem; the year is not stated (the deployment began 31 Jan. 2025, so presumably 2025), so no date.")
EUB_APOS_NOTE = ("The head of EUBAM Rafah expresses her deep appreciation of the teams' efforts: praised from her, one per force "
                 "whose experts made up the teams; target here {f}. Not dated (see the honour).")
EUB_COOP_NOTE = ("The teams of experts from {f} were deployed, through EUROGENDFOR, to serve EUBAM Rafah's mission at the crossing "
                 "(a joint operation: cooperated). Dated by the deployment, which the text says began 31 Jan. 2025.")
ABB_RECEIVE = ("استقبل رئيس الفلسطيني محمود عباس، بمقر الرئاسة في مدينة رام الله، اليوم الأحد، "
               "الوفد الفلسطيني الذي شارك في أعمال الدورة 86 للإنتربول")
ABB_DELEG = ("مهنئا الوفد المشكل من وزارتي الخارجية والداخلية، برئاسة اللواء محمد الجبريني، وعضوية السفير عمار حجازي، "
             "والعقيد محمود صلاح الدين")
ABB_MET_NOTE = ("Abbas received the delegation ('استقبل ... الوفد'), whose head and members are named in the next sentence: one met "
                "per named member, as Diallo and his companion in dev14. 'Today, Sunday' in an undated page: no date (the 86th "
                "General Assembly closed on 29 Sept. 2017, so the reception was after it).")
MAAN_LAUNCH = ("اطلق مدير عام الشرطة اللواء حازم عطا الله ورئيسة ممثلية هولندا سيدة بريجيتا تازيلر ورئيس بعثة الشرطة الاوروبية "
               "هنريك مالمكويست اليوم الاربعاء مشروعا بقيمة خمسة ملايين يورو لدعم الشرطة المدنية الفلسطينية")
MAAN_DATE = "2012-03-28"
MAAN_INF = "'today, Wednesday' resolved against the dateline 'نشر بتاريخ: 28/03/2012' (28 March 2012 was a Wednesday)"
MAAN_THANKS = "أود أن أشكر شركاءنا على كل الدعم الذي قدموه إلى الشرطة، ولمساهمتهم في استقرار قطاع الأمن"
SPA_MEET = ("التقى الرئيس المصري عبد الفتاح السيسي اليوم بالقاهرة مفوض الاتحاد الأوروبي لشؤون الهجرة والمواطنة والشؤون الداخلية "
            "ديمتريس أفراموبولوس")
SPA_ATTEND = ("ديمتريس أفراموبولوس، بحضور وزير الخارجية المصري سامح شكري، ووزيرة الهجرة وشؤون المصريين بالخارج نبيلة مكرم")
PSD_PARTNER = ("الشراكة بين مكتب الأمم المتحدة المعني بالمخدرات والجريمة ( UNODC) ومديرية الأمن العام / إدارة الإقامة والحدود")
PSD_TRAIN = ("تم تخريج الدورة التدريبية حول جمع وتبادل المعلومات الجنائية في جرائم الاتجار بالمخدرات يوم الثلاثاء الموافق 21 / 1 / 2020م "
             "،والتي تأتي في إطار الشراكة بين مكتب الأمم المتحدة المعني بالمخدرات والجريمة")
PSD_PARTICIP = ("وبمشاركة (20) ضابط من الجمهورية العراقية الشقيقة وضباط إدارة الإقامة والحدود وإدارة مكافحة المخدرات")
PSD_TRAIN_NOTE = ("The course graduated on 21 Jan. 2020 was given within the UNODC–PSD partnership, in projects 'that the Office "
                  "implements', with UNODC's regional border-control adviser and expert present: UNODC is taken as the trainer. "
                  "Trainees: {t}. One trained per trainee body.")
ELF_HANDOVER = ("بدء عملية تسليم النائب عماد العدوان من قبل السلطات الإسرائيلية إلى السلطات الأردنية الأمنية المعنية على جسر الملك حسين")
ELF_HAND_NOTE = ("Media report 'the start of the hand-over' of MP Imad Al-Adwan by the Israeli authorities to the competent Jordanian "
                 "security authorities at the King Hussein Bridge. The physical transfer had begun, so it is recorded (unlike a legal "
                 "surrender 'in progress' in dev). 'Authorities' go to the state (Israel); the Jordanian 'security authorities' are "
                 "the collective Jordanian services. extradited takes one target, so the hand-over is recorded twice (the person and "
                 "the receiving side), as dev14's Kenya–MI5. 'Today, Sunday' in an undated page: no date.")

DOCS = [
dict(id="watananews-2025-eu-discusses-training-gaza-police-eupol-copps",
     title="الاتحاد الأوروبي يبحث تدريب 3 آلاف شرطي من غزة",
     source="Watan News (watananews.com), citing Reuters", published="2025-11-14",
     out_of_scope=[(" date 2025-11-14 ", 1, "date banner"),
                   ("بنك القاهرة عمان", 1, "advertising banner"),
                   ("32 ثانية ago", 1, "time-stamp widget"),
                   ("وطنا اليوم:", 1, "outlet label (dateline)"),
                   ("وتجري هذه المناقشات بين وزراء خارجية الاتحاد الأوروبي، مما يشير إلى نهج منسق لتعزيز القدرات المؤسسية الفلسطينية والمساهمة في تحقيق سلام وأمن دائمين في غزة والمنطقة كك",
                    1, "last sentence, cut by the store")],
     mentions=[
        ("eu", "الاتحاد الأوروبي", "الاتحاد الأوروبي يبحث"),
        ("eu", "الاتحاد الأوروبي", "يناقش الاتحاد الأوروبي"),
        ("eu", "الاتحاد الأوروبي", "جهود الاتحاد الأوروبي"),
        ("palestinian-security-services", "قوات الأمن الفلسطينية"),
        ("eupol-copps", "بعثة دعم الشرطة"),
        ("eu", "للاتحاد الأوروبي", "التابعة للاتحاد الأوروبي"),
        ("eupol-copps", "بعثة شرطة الاتحاد الأوروبي"),
        ("eupol-copps", "EUPOL COPPS"),
        ("palestinian-police", "قوات الشرطة الفلسطينية"),
        ("eu", "الاتحاد الأوروبي", "التزام الاتحاد الأوروبي"),
        ("eu", "للاتحاد الأوروبي", "مبادرات أخرى للاتحاد الأوروبي"),
        ("eubam-rafah", "بعثة المساعدة الحدودية الأوروبية"),
        ("eubam-rafah", "EUBAM"),
     ],
     relations=[
        dict(type="part-of", src="eupol-copps", tgt="eu", quote=WAT_EUPOL,
             note="'The police support mission affiliated to the EU' ('التابعة'), known as EUPOL COPPS: part-of stated."),
        dict(type="trained", src="eu", tgt="palestinian-security-services",
             quote="جهود الاتحاد الأوروبي الأوسع لدعم قوات الأمن الفلسطينية",
             note="The EU's existing, broader efforts 'to support the Palestinian security forces' (of which the proposed training is "
                  "part): support of security forces recorded as trained (capacity building), as test7's support to the Yemeni coast "
                  "guard. The training of 3,000 Gaza police under discussion, EUPOL COPPS's possible lead in it and EUBAM's possible "
                  "redeployment at Rafah are proposals and plans, not annotated. Reported 14 Nov. 2025; the support is not dated."),
     ]),

dict(id="eubam-rafah-2025-eu-honours-specialised-teams-rafah-crossing",
     title="الاتحاد الأوروبي يكرّم الفرق المتخصصة على خدمتها في معبر رفح",
     source="EUBAM Rafah (eubam-rafah.eu)", published=None,
     out_of_scope=[("وذلك في إطار ولاية بعثة الاتحاد الأو", 1, "last clause, cut by the store")],
     mentions=[
        ("eu", "الاتحاد الأوروبي", "الاتحاد الأوروبي يكرّم"),
        ("eubam-rafah", "بعثة الاتحاد الأوروبي للمساعدة الحدودية على معبر رفح", None, 1),
        ("france", "فرنسا"),
        ("spain", "إسبانيا"),
        ("italy", "إيطاليا"),
        ("french-gendarmerie", "قوات الدرك الوطني"),
        ("carabinieri", "الكارابينييري"),
        ("guardia-civil", "الحرس المدني"),
        ("eurogendfor", "قوة الدرك الأوروبية"),
        ("eurogendfor", "EUROGENDFOR"),
        ("eu", "للاتحاد الأوروبي"),
        ("apostolova", "نتاليا أبوستولوفا"),
        ("eubam-rafah", "بعثة الاتحاد الأوروبي للمساعدة الحدودية على معبر رفح", None, 2),
        ("palestine", "السلطة الفلسطينية"),
        ("israel", "إسرائيل"),
        ("egypt", "جمهورية مصر العربية"),
     ],
     relations=[
        *[dict(type="praised", src="eu", tgt=f, quote=EUB_HONOUR, note=EUB_HONOUR_NOTE.format(f=n)) for f, n in EUB_FORCES.items()],
        *[dict(type="praised", src="apostolova", tgt=f, quote=EUB_APOS, note=EUB_APOS_NOTE.format(f=n)) for f, n in EUB_FORCES.items()],
        dict(type="leads", src="apostolova", tgt="eubam-rafah",
             quote="نتاليا أبوستولوفا، رئيسة بعثة الاتحاد الأوروبي للمساعدة الحدودية على معبر رفح",
             note="'رئيسة' (head) of the mission."),
        dict(type="part-of", src="eubam-rafah", tgt="eu",
             quote="بعثة الاتحاد الأوروبي للمساعدة الحدودية على معبر رفح", occ=1,
             note="The name states it is the EU's mission ('بعثة الاتحاد الأوروبي'), as NAVCENT's name in test7; the EU inside the "
                  "name has no mention of its own (longest name)."),
        *[dict(type="cooperated", src=f, tgt="eubam-rafah", quote=EUB_DEPLOY, date="2025-01-31", note=EUB_COOP_NOTE.format(f=n))
          for f, n in EUB_FORCES.items()],
        dict(type="cooperated", src="eurogendfor", tgt="eubam-rafah", quote=EUB_DEPLOY, date="2025-01-31",
             note="The teams were deployed for EUBAM Rafah 'through the European Gendarmerie Force': cooperated EUROGENDFOR–EUBAM "
                  "Rafah. The forces' standing role in EUROGENDFOR (member-of) is not stated, only the deployment through it."),
        dict(type="cooperated", src="palestine", tgt="eubam-rafah", quote=EUB_REQUEST, date="2025-01-31",
             note="The deployment answered 'official requests from the Palestinian Authority and Israel, with the consent of Egypt': "
                  "an arrangement between the mission and each state (cooperated). The PA is taken as the state."),
        dict(type="cooperated", src="israel", tgt="eubam-rafah", quote=EUB_REQUEST, date="2025-01-31",
             note="Israel's official request for the deployment (see the Palestinian one)."),
        dict(type="cooperated", src="egypt", tgt="eubam-rafah", quote=EUB_REQUEST, date="2025-01-31",
             note="Egypt's consent to the deployment at its border crossing (see the Palestinian one)."),
     ]),

dict(id="almussawar-egypt-anti-narcotics-training-centre-interpol-women-officers",
     title=NO_HEADLINE + "Egypt's international anti-narcotics training centre holds a course for women law-enforcement officers "
                         "with Interpol",
     source="Al Mussawar (almussawar.darelhilal.com)", published=None,
     out_of_scope=[("وخارجه", 1, "last word, possibly cut by the store")],
     mentions=[
        ("egypt-anti-narcotics-training-centre", "المركز المصري الدولي للتدريب على مكافحة المخدرات"),
        ("egypt-anti-narcotics", "الإدارة العامة لمكافحة المخدرات", "بالإدارة العامة لمكافحة المخدرات"),
        ("interpol", "منظمة الإنتربول", "بالتعاون مع منظمة الإنتربول"),
        ("egypt", "مصر", "بين مصر ومنظمة"),
        ("interpol", "منظمة الإنتربول", "بين مصر ومنظمة الإنتربول"),
        ("egypt", "مصر", "مكانة مصر"),
        ("egypt-anti-narcotics", "الإدارة العامة لمكافحة المخدرات", "وأكدت الإدارة العامة لمكافحة المخدرات"),
        ("egypt", "مصر", "داخل مصر"),
     ],
     relations=[
        dict(type="part-of", src="egypt-anti-narcotics-training-centre", tgt="egypt-anti-narcotics",
             quote="المركز المصري الدولي للتدريب على مكافحة المخدرات بالإدارة العامة لمكافحة المخدرات",
             note="The centre 'at the General Department for Combating Narcotics' ('ب…'): part-of stated, as the shipped DCPJ."),
        dict(type="cooperated", src="egypt-anti-narcotics-training-centre", tgt="interpol",
             quote="نظم المركز المصري الدولي للتدريب على مكافحة المخدرات بالإدارة العامة لمكافحة المخدرات دورة تدريبية متخصصة لضابطات إنفاذ القانون من مختلف دول العالم، بالتعاون مع منظمة الإنتربول",
             note="A training course organised by the centre 'in cooperation with Interpol' (joint training is cooperated). The "
                  "trainees are unnamed women officers from various countries, so no trained relation has a target. Not dated."),
        dict(type="cooperated", src="egypt", tgt="interpol",
             quote="التعاون الوثيق بين مصر ومنظمة الإنتربول في دعم جهود مكافحة الجريمة المنظمة",
             note="The close cooperation between Egypt and Interpol, stated at the state level (annotated besides the centre's, as the "
                  "same coordination at two levels in dev3)."),
     ]),

dict(id="egypttoday-egypt-interpol-pursues-50-wanted-in-qatar",
     title=NO_HEADLINE + "Egyptian Interpol pursues some 50 wanted people in Qatar, chief among them Al-Zumar and Abdel Maged "
                         "(URL slug: الإنتربول المصري يلاحق نحو 50 مطلوبًا في قطر أبرزهم الزمر وعبد الماجد)",
     source="Egypt Today (egypt-today.com)", published=None,
     out_of_scope=[("وأحمد منصور هم مذيع مصري يعمل في \"قناة الجز", 1, "last clause, cut by the store")],
     mentions=[
        ("interpol-cairo", "شرطة الإنتربول المصري"),
        ("egypt-interior-ministry", "وزارة الداخلية المصرية"),
        ("qatar", "دولة قطر"),
        ("interpol-cairo", "شرطة الإنتربول", "لنشرات حمراء من شرطة الإنتربول"),
        ("muslim-brotherhood", "الإخوان"),
        ("interpol-cairo", "شرطة الإنتربول", "إن شرطة الإنتربول"),
        ("interpol-cairo", "الإنتربول المصري", "الصادرة من الإنتربول المصري"),
        ("egypt-interior-ministry", "وزارة الداخلية", "موضحة أن وزارة الداخلية"),
        ("egypt-justice-ministry", "وزارة العدل"),
        ("egypt-public-prosecution", "النيابة العامة"),
        ("interpol-cairo", "شرطة الإنرتبول"),
        ("qatar", "قطر", "المطلوبين في قطر"),
        ("zumar", "طارق الزمر"),
        ("gamaa-islamiyya", "للجماعة الإسلامية"),
     ],
     relations=[
        dict(type="cooperated", src="egypt-interior-ministry", tgt="egypt-justice-ministry",
             quote="وزارة الداخلية تسير في طريق استرداد المطلوبين، وفقا للقواعد القانونية المحددة، وبالتنسيق المباشر مع وزارة العدل والنيابة العامة",
             note="The interior ministry recovers wanted people 'in direct coordination with the justice ministry and the public "
                  "prosecution': domestic coordination, one cooperated per partner. 'Today, Monday' in an undated page: no date."),
        dict(type="cooperated", src="egypt-interior-ministry", tgt="egypt-public-prosecution",
             quote="وزارة الداخلية تسير في طريق استرداد المطلوبين، وفقا للقواعد القانونية المحددة، وبالتنسيق المباشر مع وزارة العدل والنيابة العامة",
             note="See the justice ministry. Not annotated: Qatar's refusal to cooperate in handing over the wanted and its silence on "
                  "the bilateral letters (negated claims); the red notices (no type); the recovery of 100 people in 2015–2016 (the "
                  "surrendering states are not named); Al-Zumar's presence in Qatar (wanted, not arrested). 'شرطة الإنتربول' is "
                  "read throughout as the Egyptian Interpol of the caption (the notices 'issued from the Egyptian Interpol'), not "
                  "Interpol itself; 'الإنرتبول' is the outlet's typo."),
     ]),

dict(id="falestinona-palestinian-pm-hamdallah-eupol-copps-head-mauget",
     title=NO_HEADLINE + "Palestinian prime minister and interior minister Rami Hamdallah discusses cooperation with the head of "
                         "EUPOL COPPS, Rodolphe Mauget",
     source="Falestinona (falestinona.com)", published=None,
     out_of_scope=[("وساهمت في النهوض بأداء ال", 1, "last clause, cut by the store")],
     mentions=[
        ("hamdallah", "رامي الحمد الله"),
        ("eupol-copps", "بعثة الشرطة الأوروبية"),
        ("palestine", "فلسطين", "لدى فلسطين"),
        ("mauget", "رودلف موجيه"),
        ("hamdallah", "الحمد الله", "وأطلع الحمد الله"),
        ("mauget", "موجيه", "الحمد الله، موجيه"),
        ("hamdallah", "الحمد الله", "ووضع الحمد الله"),
        ("mahmoud-abbas", "محمود عباس"),
        ("palestine", "فلسطين", "الى فلسطين"),
     ],
     relations=[
        dict(type="met", src="hamdallah", tgt="mauget",
             quote="بحث رئيس الوزراء، وزير الداخلية رامي الحمد الله، مع رئيس بعثة الشرطة الأوروبية لدى فلسطين رودلف موجيه",
             note="Talks. 'Today, Monday' in an undated page: no date (the mission came 'ten years ago', and EUPOL COPPS began in "
                  "2006; Mauget headed it 2015–2017). Hamdallah gets no leads: the interior ministry is named only in his title."),
        dict(type="leads", src="mauget", tgt="eupol-copps",
             quote="رئيس بعثة الشرطة الأوروبية لدى فلسطين رودلف موجيه",
             note="'رئيس بعثة الشرطة الأوروبية' (head of the European police mission) is EUPOL COPPS."),
        dict(type="cooperated", src="palestine", tgt="eupol-copps",
             quote="سبل تعزيز التعاون في مجال تطوير أداء عمل المؤسسة الأمنية وقدرات منتسبيها",
             note="Talks on strengthening cooperation in developing the security establishment (talks on cooperation are cooperated, "
                  "as in test3 and test7). The Palestinian side is the government Hamdallah heads, taken as the state. 'المؤسسة "
                  "الأمنية' alone (no adjective) is not taken as a mention of the collective services. The wish to strengthen "
                  "coordination with the donors' security working group is a wish, not annotated."),
        dict(type="praised", src="hamdallah", tgt="eupol-copps",
             quote="وشكر رئيس البعثة على ما تقدمه من دعم متواصل منذ أن قدمت الى فلسطين قبل 10 سنوات",
             note="Hamdallah (the subject carried over) thanks the head of the mission for its continuous support: praised (thanks, "
                  "as test7's Larijani), recorded on the mission whose support is thanked."),
        dict(type="trained", src="eupol-copps", tgt="palestine",
             quote="ما تقدمه من دعم متواصل منذ أن قدمت الى فلسطين قبل 10 سنوات",
             note="The mission's continuous support since it came to Palestine ten years ago (capacity building of the security "
                  "establishment, which the cut clause says it helped to raise): recorded as trained, with Palestine as target."),
     ]),

dict(id="psd-2020-jordan-residence-borders-unodc-drug-intelligence-course-iraqi-officers",
     title=NO_HEADLINE + "Graduation of a UNODC course on drug-crime intelligence at the PSD's Residence and Borders Department, "
                         "with 20 Iraqi officers (from the URL slug: تخريج الدورة التدريبية حول جمع وتبادل المعلومات الجنائية في جرائم "
                         "الاتجار بالمخدرات في إدارة الإقامة والحدود)",
     source="Public Security Directorate (psd.gov.jo)", published=None,
     out_of_scope=[("وعلية فان هذه العملية التدر", 1, "last clause, cut by the store")],
     mentions=[
        ("jordan-residence-borders", "إدارة الإقامة والحدود", "مدير إدارة الإقامة والحدود"),
        ("zaben", "عفاش الزبن"),
        ("unodc", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "الشراكة بين مكتب الأمم المتحدة المعني بالمخدرات والجريمة"),
        ("unodc", "UNODC"),
        ("jordan-psd", "مديرية الأمن العام"),
        ("jordan-residence-borders", "إدارة الإقامة والحدود", "مديرية الأمن العام / إدارة الإقامة والحدود"),
        ("salamon", "إيمريك سالامون"),
        ("hossam-abdellatif", "حسام عبد اللطيف"),
        ("unodc", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "من مكتب الأمم المتحدة المعني بالمخدرات والجريمة"),
        ("iraq", "الجمهورية العراقية", "ضابط من الجمهورية العراقية"),
        ("jordan-residence-borders", "إدارة الإقامة والحدود", "وضباط إدارة الإقامة والحدود"),
        ("jordan-anti-narcotics", "إدارة مكافحة المخدرات"),
        ("zaben", "الزبن", "للعميد الزبن"),
        ("iraq", "الجمهورية العراقية", "الأشقاء من الجمهورية العراقية"),
        ("jordan", "الأردن"),
        ("iraq", "الجمهورية العراقية", "بحدود مع الجمهورية العراقية"),
     ],
     relations=[
        dict(type="leads", src="zaben", tgt="jordan-residence-borders",
             quote="مدير إدارة الإقامة والحدود العميد الدكتور عفاش الزبن",
             note="Director of the department (the title gives a mention of it)."),
        dict(type="cooperated", src="unodc", tgt="jordan-psd", quote=PSD_PARTNER, date="2020-01-21",
             note="'The partnership between UNODC and the PSD / Residence and Borders Department': recorded at both levels, the "
                  "PSD and its department (as two levels in dev3). Dated by the course it frames (graduation Tuesday 21 Jan. 2020, "
                  "stated)."),
        dict(type="cooperated", src="unodc", tgt="jordan-residence-borders", quote=PSD_PARTNER, date="2020-01-21",
             note="The department level of the same partnership (see the PSD)."),
        dict(type="part-of", src="jordan-residence-borders", tgt="jordan-psd",
             quote="مديرية الأمن العام / إدارة الإقامة والحدود",
             note="'PSD / Residence and Borders Department' states the department as the PSD's."),
        dict(type="trained", src="unodc", tgt="iraq", quote=PSD_PARTICIP, date="2020-01-21",
             note=PSD_TRAIN_NOTE.format(t="here the 20 officers 'from the Iraqi Republic', recorded on Iraq, as unnamed trainees "
                                          "go to the body or state they come from")),
        dict(type="trained", src="unodc", tgt="jordan-residence-borders", quote=PSD_PARTICIP, date="2020-01-21",
             note=PSD_TRAIN_NOTE.format(t="here the officers of the Residence and Borders Department")),
        dict(type="trained", src="unodc", tgt="jordan-anti-narcotics", quote=PSD_PARTICIP, date="2020-01-21",
             note=PSD_TRAIN_NOTE.format(t="here the officers of the Anti-Narcotics Department (the PSD's, in context)")),
        dict(type="cooperated", src="jordan", tgt="iraq",
             quote="تهريب هذه الآفة الخطيرة والتي تتم من خلال التعاون والتنسيق مع الأشقاء العراقيين من المركز الحدودي",
             note="Al-Zaben: curbing drug smuggling across the Jordan–Iraq border 'takes place through cooperation and coordination "
                  "with the Iraqi brothers at the border post': an existing cooperation, recorded between the states (Jordan is "
                  "named in the same sentence). His call to strengthen international cooperation is a wish. Al-Zaben and UNODC's two "
                  "experts attended the graduation; a ceremony is not talks, so no met."),
     ]),

dict(id="spa-sisi-receives-eu-commissioner-avramopoulos-cairo",
     title=NO_HEADLINE + "President Sisi receives the EU Commissioner for Migration and Home Affairs, Dimitris Avramopoulos, in Cairo",
     source="Saudi Press Agency (via Sauress)", published=None,
     out_of_scope=[],
     mentions=[
        ("sisi", "عبد الفتاح السيسي"),
        ("eu", "الاتحاد الأوروبي", "مفوض الاتحاد الأوروبي"),
        ("avramopoulos", "ديمتريس أفراموبولوس"),
        ("shoukry", "سامح شكري"),
        ("makram", "نبيلة مكرم"),
        ("bassam-radi", "بسام راضي"),
        ("sisi", "السيسي", "الرئيس السيسي أكد"),
        ("egypt", "مصر", "اهتمام مصر"),
        ("eu", "الاتحاد الأوروبي", "بالاتحاد الأوروبي"),
        ("eu", "الاتحاد الأوروبي", "حرص الاتحاد الأوروبي"),
        ("egypt", "مصر", "التعاون مع مصر"),
     ],
     relations=[
        dict(type="met", src="sisi", tgt="avramopoulos", quote=SPA_MEET, place="Cairo",
             note="'Today' in an undated page: no date (Avramopoulos was commissioner 2014–2019). Sisi gets no leads: Egypt is named "
                  "in his title only by an adjective."),
        dict(type="met", src="shoukry", tgt="avramopoulos", quote=SPA_ATTEND, place="Cairo",
             note="The foreign minister attended ('بحضور'): a met with the visitor, as attendance in dev7–test7. No leads (his "
                  "ministry is named only in his title)."),
        dict(type="met", src="makram", tgt="avramopoulos", quote=SPA_ATTEND, place="Cairo",
             note="The emigration minister attended ('بحضور'): a met with the visitor, as the foreign minister."),
        dict(type="cooperated", src="egypt", tgt="eu",
             quote="حرص الاتحاد الأوروبي على تعزيز التعاون مع مصر كونها أحد أهم شركاء الاتحاد",
             note="The sides discussed the EU's cooperation programmes on migration and reviewed counter-terrorism efforts, and Egypt "
                  "is called one of the EU's most important partners: an existing cooperation, annotated once at the clause that names "
                  "both. The wishes to strengthen relations are not separate relations. The spokesman Bassam Radi is mentioned but "
                  "has no relation."),
     ]),

dict(id="khbrpress-2017-abbas-receives-palestine-interpol-delegation",
     title=NO_HEADLINE + "President Mahmoud Abbas receives the Palestinian delegation to Interpol's 86th General Assembly "
                         "(URL slug: الرئيس يستقبل وفد فلسطين المشارك بأعمال الدورة 86 للإنتربول)",
     source="Khabar Press (khbrpress.ps)", published=None,
     out_of_scope=[],
     mentions=[
        ("mahmoud-abbas", "محمود عباس"),
        ("interpol", "للإنتربول", "الدورة 86 للإنتربول"),
        ("palestine", "دولة فلسطين", "القانون في دولة فلسطين، وعلى المستوى الدولي، مهنئا"),
        ("jabrini", "محمد الجبريني"),
        ("ammar-hijazi", "عمار حجازي"),
        ("mahmoud-salah-eddin", "محمود صلاح الدين"),
        ("mahmoud-abbas", "عباس", "وأوضح عباس"),
        ("palestine", "دولة فلسطين", "القانون في دولة فلسطين، وعلى المستوى الدولي.\n"),
        ("riyad-al-maliki", "المالكي", "وقدم المالكي"),
        ("palestine", "دولة فلسطين", "بنجاح دولة فلسطين"),
        ("interpol", "للإنتربول", "بالانضمام للإنتربول"),
        ("palestine", "فلسطين", "أنه فلسطين"),
        ("interpol", "منظمة الشرطة الجنائية الدولية"),
        ("interpol", "الانتربول"),
        ("riyad-al-maliki", "رياض المالكي"),
     ],
     relations=[
        dict(type="member-of", src="palestine", tgt="interpol",
             quote="فلسطين، انضمت خلال الدورة إلى منظمة الشرطة الجنائية الدولية\" الانتربول\"",
             date="2017-09", date_inferred="the text names the session, Interpol's 86th General Assembly (Beijing, 26–29 Sept. 2017)",
             note="Palestine joined Interpol during the session; the same accession ('توجت بنجاح دولة فلسطين بالانضمام للإنتربول') "
                  "is annotated once. The delegation's participation in the assembly has no type (as dev14)."),
        dict(type="met", src="mahmoud-abbas", tgt="jabrini", quote=ABB_RECEIVE, place="Ramallah (presidential headquarters)",
             note=ABB_MET_NOTE + " Al-Jabrini headed the delegation (a delegation is not an actor, so no leads)."),
        dict(type="met", src="mahmoud-abbas", tgt="ammar-hijazi", quote=ABB_RECEIVE, place="Ramallah (presidential headquarters)",
             note=ABB_MET_NOTE),
        dict(type="met", src="mahmoud-abbas", tgt="mahmoud-salah-eddin", quote=ABB_RECEIVE, place="Ramallah (presidential headquarters)",
             note=ABB_MET_NOTE),
        dict(type="met", src="mahmoud-abbas", tgt="riyad-al-maliki",
             quote="وقدم المالكي، شرحا للرئيس، حول الجهود التي قام بها الوفد",
             place="Ramallah (presidential headquarters)",
             note="The foreign minister briefed the president at the reception. Abbas's congratulations to the delegation are not "
                  "praise of security work and are not annotated; Abbas and Al-Maliki get no leads (their bodies are named only in "
                  "titles)."),
     ]),

dict(id="maannews-2012-netherlands-eupol-copps-palestinian-civil-police-programme",
     title="إطلاق برنامج بتمويل هولندي لدعم الشرطة المدنية الفلسطينية",
     source="Maan News Agency (maannews.net)", published="2012-03-28",
     out_of_scope=[("الثلاثاء: 15/10/2024 بتوقيت القدس الشريف", 1, "site date banner"),
                   ("نشر بتاريخ: 28/03/2012 ( آخر تحديث: 28/03/2012 الساعة: 16:59 )", 1, "dateline"),
                   ("رام الله-معا- ", 1, "agency dateline"),
                   ("وسوف نقف على أهبة ا", 1, "last clause, cut by the store")],
     mentions=[
        ("palestinian-police", "الشرطة المدنية الفلسطينية", "هولندي لدعم الشرطة المدنية الفلسطينية"),
        ("palestinian-police", "الشرطة", "مدير عام الشرطة"),
        ("atallah", "حازم عطا الله", "اللواء حازم عطا الله ورئيسة"),
        ("netherlands", "هولندا", "ممثلية هولندا"),
        ("tazelaar", "بريجيتا تازيلر"),
        ("eupol-copps", "بعثة الشرطة الاوروبية"),
        ("malmquist", "هنريك مالمكويست"),
        ("palestinian-police", "الشرطة المدنية الفلسطينية", "يورو لدعم الشرطة المدنية الفلسطينية"),
        ("atallah", "حازم عطا الله", "قال اللواء حازم عطا الله"),
        ("tazelaar", "تازلير"),
        ("palestinian-police", "الشرطة المدنية الفلسطينية", "لمقر الشرطة المدنية الفلسطينية"),
        ("palestinian-police", "الشرطة المدنية", "2010 لدعم الشرطة المدنية"),
        ("netherlands", "هولندا", "وقالت ان هولندا"),
        ("palestinian-police", "للشرطة المدنية الفلسطينية"),
        ("palestinian-police", "الشرطة الفلسطينية", "ان الشرطة الفلسطينية قد"),
        ("netherlands", "هولندا", "وهولندا، كونها"),
     ],
     relations=[
        dict(type="leads", src="atallah", tgt="palestinian-police", quote="مدير عام الشرطة اللواء حازم عطا الله",
             note="'مدير عام الشرطة' gives a mention 'الشرطة' of the Palestinian Civil Police (title rule)."),
        dict(type="leads", src="malmquist", tgt="eupol-copps", quote="رئيس بعثة الشرطة الاوروبية هنريك مالمكويست",
             note="Head of the European police mission (EUPOL COPPS). Tazelaar heads the Netherlands' representative office, an "
                  "ambassador's post: no leads, and 'ممثلية هولندا' gives a mention of the Netherlands only."),
        dict(type="trained", src="netherlands", tgt="palestinian-police", quote=MAAN_LAUNCH, date=MAAN_DATE, date_inferred=MAAN_INF,
             note="A Dutch-funded programme of five million euros 'to support the Palestinian civil police', which Atallah says aims "
                  "'to strengthen the organisational structure and the executive capacities' of the police: capacity building."),
        dict(type="cooperated", src="palestinian-police", tgt="netherlands", quote=MAAN_LAUNCH, date=MAAN_DATE, date_inferred=MAAN_INF,
             note="The police chief, the Dutch representative and the head of EUPOL COPPS launched the project together: a joint "
                  "project, one cooperated per pair of launching sides (the persons stand for their bodies)."),
        dict(type="cooperated", src="palestinian-police", tgt="eupol-copps", quote=MAAN_LAUNCH, date=MAAN_DATE, date_inferred=MAAN_INF,
             note="See the police–Netherlands pair."),
        dict(type="cooperated", src="netherlands", tgt="eupol-copps", quote=MAAN_LAUNCH, date=MAAN_DATE, date_inferred=MAAN_INF,
             note="See the police–Netherlands pair."),
        dict(type="praised", src="atallah", tgt="netherlands", quote=MAAN_THANKS, date=MAAN_DATE, date_inferred=MAAN_INF,
             note="Atallah thanks 'our partners' for their support to the police and their contribution to the security sector's "
                  "stability: the partners are read as the two launching with him (the Netherlands and EUPOL COPPS)."),
        dict(type="praised", src="atallah", tgt="eupol-copps", quote=MAAN_THANKS, date=MAAN_DATE, date_inferred=MAAN_INF,
             note="See the Netherlands."),
        dict(type="trained", src="netherlands", tgt="palestinian-police",
             quote="وسلمت السيدة تازلير رسميا معدات لمقر الشرطة المدنية الفلسطينية الجديد",
             date=MAAN_DATE, date_inferred="handed over at the launch ceremony of 'today, Wednesday' (dateline 28 March 2012)",
             note="Equipment for the new police headquarters, part of the Dutch support programme approved in 2010: supplying "
                  "equipment is recorded as trained (as the UK's equipment in dev3); a second claim beside the new programme. "
                  "'Netherlands is proud to have contributed to equipping the headquarters' repeats it."),
        dict(type="praised", src="tazelaar", tgt="palestinian-police",
             quote="ان الشرطة الفلسطينية قد حققت الكثير في السنوات العشر الماضية",
             date=MAAN_DATE, date_inferred=MAAN_INF,
             note="The Dutch representative says the Palestinian police have achieved much in the past ten years: praised."),
     ]),

dict(id="elfagr-jordan-syria-drugs-team-israel-hands-over-mp-adwan",
     title="الخارجية الأردنية: اتفقنا مع دمشق على تشكيل فريق أمني سياسي لمواجهة خطر المخدرات",
     source="Al Fagr (elfagr.org)", published=None,
     out_of_scope=[("وقالت مصادر عبرية إنه \"تم ضبط 3 أك", 1, "last sentence, cut by the store")],
     mentions=[
        ("jordan-foreign-ministry", "الخارجية الأردنية", "الخارجية الأردنية: اتفقنا"),
        ("syria", "دمشق", "اتفقنا مع دمشق"),
        ("jordan-foreign-ministry", "وزارة الخارجية الأردنية", "أعلنت وزارة الخارجية الأردنية"),
        ("syria", "دمشق", "الاتفاق مع دمشق"),
        ("adwan", "عماد العدوان", "رفع الحصانة عن النائب عماد العدوان"),
        ("adwan", "عماد العدوان", "تسليم النائب عماد العدوان"),
        ("jordanian-security-services", "السلطات الأردنية الأمنية"),
        ("jordan-foreign-ministry", "وزارة الخارجية الأردنية", "أصدرت وزارة الخارجية الأردنية"),
        ("adwan", "عماد العدوان", "الإسرائيلية النائب عماد العدوان"),
        ("jordan-foreign-ministry", "وزارة الخارجية", "باسم وزارة الخارجية"),
        ("sinan-majali", "سنان المجالي"),
        ("adwan", "عماد العدوان", "قضية النائب عماد العدوان"),
        ("sinan-majali", "المجالي", "وقال المجالي"),
     ],
     relations=[
        dict(type="cooperated", src="jordan", tgt="syria",
             quote="الاتفاق مع دمشق على تشكيل فريق أمني سياسي لمواجهة خطر المخدرات",
             note="The Jordanian foreign ministry announces an agreement with Damascus (Syria) to form a joint security-political team "
                  "against drugs: an agreement, recorded between the states (the ministry speaks for Jordan, which is named only by "
                  "adjectives and has no mention). The team itself is to be formed (a plan), but the agreement exists. 'Today, "
                  "Monday' in an undated page: no date."),
        dict(type="arrested", src="israel", tgt="adwan",
             quote="النائب عماد العدوان الذي أوقفته السلطات الإسرائيلية للتحقيق معه على خلفية عملية تهريب مزعومة لكميات من السلاح والذهب",
             note="The Israeli authorities detained the Jordanian MP over alleged smuggling of weapons and gold ('authorities' go to "
                  "the state; 'السلطات الإسرائيلية' is not a mention, so Israel has no mention here). The same detention is "
                  "mentioned in the previous sentence ('توقيف السلطات الإسرائيلية النائب') and annotated once. Not dated."),
        dict(type="extradited", src="israel", tgt="adwan", quote=ELF_HANDOVER, note=ELF_HAND_NOTE),
        dict(type="extradited", src="israel", tgt="jordanian-security-services", quote=ELF_HANDOVER, note=ELF_HAND_NOTE),
     ]),
]
