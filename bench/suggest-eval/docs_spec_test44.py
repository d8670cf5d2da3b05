# Gold annotations for the test44 corpus (held out; same conventions as docs_spec.py, docs_spec_dev2/4–14.py and test7).
# Mentions: (actor, text[, anchor[, occurrence]]); out_of_scope: (text, occurrence, reason).
import json
from docs_spec import NO_HEADLINE
from test44_sources import SOURCES

def _text(doc_id):
    return json.loads(SOURCES[doc_id][1])

_AKH = _text("akhbarona-spain-hands-algerian-gendarme-deserter-to-algeria")
AKH_NAV = _AKH[:_AKH.find("إسبانيا \"تبيع\"")]
AKH_BYLINE = "أخبارنا المغربية\n\nأخبارنا المغربية : علاء المصطفاوي"
_A5 = _text("a5r5br-eu-delivers-border-equipment-tunisia-national-guard")
A5_CUT = _A5[_A5.find("ويُعد مسار وسط البحر"):]
_F24 = _text("france24-2015-algerian-drs-warned-france-before-charlie-hebdo")
F24_CUT = _F24[_F24.find("وفي معرض مداخلته"):]

HAM_MET = "عقب الاستقبال الذي خص به المدير العام للشرطة الاتحادية الألمانية ديتر رومان"
F24_TIP = ("أطلعت دائرة الأمن والاستعلامات الجزائرية نظيرتها في فرنسا بتاريخ السادس من كانون الثاني/يناير "
           "عن وجود تهديد إرهابي وشيك قد يتم شنه على الأراضي الفرنسية")
F24_DATE = "2015-01-06"
F24_INF = ("'السادس من كانون الثاني/يناير' is stated; the year is the URL date's (10 Jan. 2015), and the text places the warning "
           "the day before the attack on Charlie Hebdo (7 Jan. 2015)")

DOCS = [
dict(id="alchourouk-2012-tunisia-laarayedh-receives-german-ambassador-plotner",
     title=NO_HEADLINE + "Tunisia's interior minister Ali Laarayedh receives the new German ambassador Jens Plötner",
     source="Al Chourouk (via Turess)", published=None,
     out_of_scope=[],
     mentions=[
        ("laarayedh", "علي لعريض"),
        ("plotner", "جانز بلاوتنر"),
        ("germany", "للجمهورية الفيدرالية الألمانية"),
        ("tunisia", "تونس", "الألمانية بتونس"),
        ("germany", "ألمانيا", "لألمانيا"),
        ("tunisia", "تونس", "والكرامة في تونس"),
     ],
     relations=[
        dict(type="met", src="laarayedh", tgt="plotner",
             quote="استقبل السيد علي لعريض وزير الداخلية أوّل أمس الثلاثاء 07 أوت 2012 بمقر الوزارة السيد «جانز بلاوتنر»",
             date="2012-08-07", place="Tunis (the interior ministry's headquarters)",
             note="The minister received the new German ambassador at the ministry; the date is stated ('أوّل أمس الثلاثاء 07 أوت 2012'). "
                  "The ministry is named only in the minister's title and as 'الوزارة', so it has no mention and Laarayedh gets no leads; "
                  "the ambassador's reception at the ministry gives no visited for the same reason. The ministry's 'readiness to strengthen "
                  "cooperation with the German side in security…' and the ambassador's will to carry out cooperation projects are wishes "
                  "and are not annotated; the minister's thanks to Germany for supporting the revolution are not security content."),
     ]),
dict(id="a5r5br-eu-delivers-border-equipment-tunisia-national-guard",
     title="الاتحاد الأوروبي يدعم تونس بمعدات جديدة لتشديد الرقابة على الحدود",
     source="Algeria Now (a5r5br.net)", published=None,
     out_of_scope=[("الجزائرالٱن _", 1, "outlet label"),
                   (A5_CUT, 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("eu", "الاتحاد الأوروبي", "الاتحاد الأوروبي يدعم"),
        ("tunisia", "تونس", "يدعم تونس"),
        ("eu", "الاتحاد الأوروبي", "جدّد الاتحاد الأوروبي"),
        ("tunisia", "تونس", "الميداني لتونس"),
        ("eu-delegation-tunisia", "بعثة الاتحاد الأوروبي في تونس"),
        ("tunisia-national-guard", "للحرس الوطني التونسي"),
        ("eu", "الاتحاد الأوروبي", "أطلقه الاتحاد الأوروبي"),
        ("eu-delegation-tunisia", "بعثة الاتحاد الأوروبي", "أفادت به بعثة الاتحاد الأوروبي"),
        ("tunisian-security-services", "الأجهزة التونسية"),
        ("eu-delegation-tunisia", "البعثة الأوروبية"),
        ("tunisia-national-guard", "الحرس الوطني", "لكل من الحرس الوطني"),
        ("tunisia-coast-guard", "خفر السواحل"),
     ],
     relations=[
        dict(type="trained", src="eu", tgt="tunisia",
             quote="جدّد الاتحاد الأوروبي دعمه الميداني لتونس، من خلال تسليم دفعة جديدة من المعدات الأمنية",
             note="A new batch of security equipment for border control: supplying equipment is recorded as trained (built the "
                  "capacity of), as in dev2, dev3 and dev13. The headline states the same claim and is not annotated again. Undated page."),
        dict(type="cooperated", src="eu", tgt="tunisia",
             quote="في إطار تعاون متواصل يربط الجانبين منذ سنوات",
             note="'The two sides' are the EU and Tunisia of the same sentence: an ongoing cooperation 'for years' (migration and border control)."),
        dict(type="trained", src="eu-delegation-tunisia", tgt="tunisia-national-guard",
             quote="وتولت بعثة الاتحاد الأوروبي في تونس عملية تسليم هذه المعدات داخل ثكنة تابعة للحرس الوطني التونسي",
             place="a National Guard barracks near Tunis",
             note="The EU delegation handed over the equipment inside a National Guard barracks; the Guard is read as the recipient "
                  "(the equipment is for border surveillance, its task). Equipment is recorded as trained."),
        dict(type="part-of", src="eu-delegation-tunisia", tgt="eu",
             quote="بعثة الاتحاد الأوروبي في تونس",
             note="Stated by the name ('the EU's delegation in Tunisia'), as NAVCENT's and CHEMI's names state their parent in test7 and dev13."),
        dict(type="trained", src="eu", tgt="tunisian-security-services",
             quote="برنامج إدارة الحدود الذي أطلقه الاتحاد الأوروبي سنة 2018، والذي بلغت كلفته الإجمالية نحو 130 مليون أورو، بحسب ما أفادت به بعثة الاتحاد الأوروبي، ويهدف إلى دعم قدرات الأجهزة التونسية",
             note="The EU's border-management programme, launched in 2018 and running since, supports the capacities of 'the Tunisian "
                  "services' (collective): ongoing capacity building, so trained. The launch year (2018) is the programme's, not a date "
                  "of this delivery, so no date is given."),
        dict(type="trained", src="eu", tgt="tunisia-national-guard",
             quote="أن هذه المساعدات أسهمت في رفع القدرات العملياتية لكل من الحرس الوطني وخفر السواحل",
             note="The EU delegation's statement: the EU aid raised the operational capacity of the National Guard and the coast guard "
                  "(one trained per body)."),
        dict(type="trained", src="eu", tgt="tunisia-coast-guard",
             quote="أن هذه المساعدات أسهمت في رفع القدرات العملياتية لكل من الحرس الوطني وخفر السواحل",
             note="As the previous relation: the EU aid raised the coast guard's operational capacity (search and rescue at sea). "
                  "'خفر السواحل' is Tunisia's (the National Guard's maritime service)."),
     ]),
dict(id="tap-tunisia-interior-ministry-election-security-courses-oif-eu-spain",
     title=NO_HEADLINE + "Tunisia's interior ministry runs election-security courses under the OIF and a European Commission mission, "
                         "and a course with Spanish experts",
     source="TAP (via Turess)", published=None,
     out_of_scope=[("تونس (وات)- ", 1, "dateline")],
     mentions=[
        ("tunisia-interior-ministry", "وزارة الداخلية", "شرعت وزارة الداخلية"),
        ("tunisia-salammbo-police-school", "المدرسة الوطنية لتكوين إطارات الأمن الوطني والشرطة الوطنية بصلامبو"),
        ("oif", "المنظمة الدولية الفرنكوفونية"),
        ("european-commission", "المفوضية الأوروبية"),
        ("tunisia-continuing-training-centre", "المركز الوطني للتكوين المستمر بقرطاج بيرصا"),
        ("arroyo-garcia", "دياغو أرويو قارسيا"),
        ("urcaray-fernandez", "خافيير أوركراي فرنانديز"),
     ],
     relations=[
        dict(type="trained", src="oif", tgt="tunisia-interior-ministry",
             quote="في تنظيم دورات تكوينية تحت إشراف المنظمة الدولية الفرنكوفونية وبعثة من المفوضية الأوروبية",
             place="Salammbô (the national police cadre school)",
             note="Training courses for the ministry's security staff on election security, run under the supervision of the OIF and a "
                  "European Commission mission. 'Since 5 September of this month' has no year: no date."),
        dict(type="trained", src="european-commission", tgt="tunisia-interior-ministry",
             quote="في تنظيم دورات تكوينية تحت إشراف المنظمة الدولية الفرنكوفونية وبعثة من المفوضية الأوروبية",
             place="Salammbô (the national police cadre school)",
             note="As the previous relation: the European Commission's mission supervised the courses (one trained per body)."),
        dict(type="cooperated", src="tunisia-interior-ministry", tgt="spain-interior-ministry",
             quote="في إطار التعاون الأمني بين وزارتي الداخلية التونسية والإسبانية",
             note="Security cooperation between the two interior ministries, named only in the dual 'وزارتي الداخلية التونسية والإسبانية' "
                  "(no mention of the Spanish ministry, as test7's duals)."),
        dict(type="trained", src="spain-interior-ministry", tgt="tunisia-interior-ministry",
             quote="دورة تكوينية إضافية لفائدة 50 إطارا، في مجال \"التصرف في الانتخابات\"، وذلك في إطار التعاون الأمني بين وزارتي الداخلية التونسية والإسبانية، أشرف عليها خبيران إسبانيان مختصان",
             place="Carthage Byrsa (national continuing-training centre)",
             note="A two-day course for 50 cadres, supervised by two Spanish experts within the ministries' cooperation: credited to the "
                  "Spanish ministry (the experts' body is not named; persons cannot be the source of trained). The trainees are read as "
                  "the Tunisian ministry's cadres. 'Last Tuesday' in an undated page: no date."),
     ]),
dict(id="akhbarona-spain-hands-algerian-gendarme-deserter-to-algeria",
     title="إسبانيا \"تبيع\" لنظام العسكر دركيا جزائريا منشقا لجأ إليها بعد فضحه بالأدلة القاطعة نهب الجنرالات لثروات الشعب",
     source="Akhbarona (akhbarona.com)", published=None,
     out_of_scope=[(AKH_NAV, 1, "list of unrelated headlines"),
                   (AKH_BYLINE, 1, "outlet label and byline"),
                   ("بوجود مذكرة بحث دولية صادرة في حقه من طرف الأمن الجز", 1, "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("spain", "إسبانيا", "إسبانيا \"تبيع\"", 1),
        ("spain", "إسبانيا", "إسبانيا \"تبيع\"", 2),
        ("spain", "إسبانيا", "لاجئا بإسبانيا"),
        ("mohamed-abdellah", "محمد عبد الله"),
     ],
     relations=[
        dict(type="extradited", src="spain", tgt="algeria",
             quote="تأكد بشكل رسمي إقدام السلطات الإسبانية على تسليم الدركي الجزائري المنشق، للنظام الجزائري",
             note="The Spanish authorities (the state) handed the deserting Algerian gendarme to 'the Algerian regime' (the state; "
                  "neither phrase is a mention). The headline states the same hand-over and is not annotated again. Not dated "
                  "('after about three years' as a refugee in Spain)."),
        dict(type="extradited", src="spain", tgt="mohamed-abdellah",
             quote="فإن الحكومة الإسبانية بررت قرار تسليم محمد عبد الله للسلطات الجزائرية",
             note="The same hand-over with the person as the target, as dev14's Adebolajo: extradited takes one target. The Spanish "
                  "government justified it by an international search warrant (the cut clause)."),
     ]),
dict(id="alfadjr-algeria-gendarmerie-boustila-receives-french-dggn-favier",
     title=NO_HEADLINE + "Algeria's gendarmerie commander Ahmed Boustila receives a French gendarmerie delegation led by its "
                         "director-general Denis Favier",
     source="Al Fadjr (via Djazairess)", published=None,
     out_of_scope=[("وأدى الوفد زيارة أخرى إلى المعهد ا", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("algeria-gendarmerie", "الدرك الوطني", "قائد الدرك الوطني"),
        ("boustila", "أحمد بوسطيلة"),
        ("algeria-gendarmerie", "قيادة الدرك الوطني", "بمقر قيادة الدرك الوطني"),
        ("french-gendarmerie", "الدرك الفرنسي"),
        ("favier", "دوني فافيي"),
        ("algeria-gendarmerie", "قيادة الدرك الوطني", "لخلية الاتصال بقيادة الدرك الوطني"),
        ("algeria", "الجزائر", "العلاقات بين الجزائر وفرنسا"),
        ("france", "فرنسا", "العلاقات بين الجزائر وفرنسا"),
        ("algeria-gendarmerie", "قيادة الدرك الوطني", "حسب بيان قيادة الدرك الوطني"),
        ("algeria-gendarmerie", "الدرك الوطني", "تجمع الدرك الوطني ونظيره الفرنسي"),
        ("french-gendarmerie", "نظيره الفرنسي"),
        ("algeria-gendarmerie-intervention-detachment", "مفرزة التدخل للدرك الوطني"),
     ],
     relations=[
        dict(type="met", src="boustila", tgt="favier",
             quote="استقبل قائد الدرك الوطني، اللواء أحمد بوسطيلة، أمس بمقر قيادة الدرك الوطني، وفدا عن الدرك الفرنسي بقيادة مديره العام العميد الركن دوني فافيي",
             place="Algiers (Gendarmerie Command headquarters)",
             note="Boustila received the French delegation led by Favier. 'Yesterday' in an undated page: no date (Favier was DGGN 2013–2016)."),
        dict(type="visited", src="favier", tgt="algeria-gendarmerie",
             quote="استقبل قائد الدرك الوطني، اللواء أحمد بوسطيلة، أمس بمقر قيادة الدرك الوطني، وفدا عن الدرك الفرنسي بقيادة مديره العام العميد الركن دوني فافيي",
             place="Algiers (Gendarmerie Command headquarters)",
             note="Favier's delegation was received at the Gendarmerie Command's headquarters (an official two-day visit): visited the "
                  "gendarmerie, as dev14's Tawfik at the Chinese ministry's headquarters."),
        dict(type="leads", src="boustila", tgt="algeria-gendarmerie",
             quote="قائد الدرك الوطني، اللواء أحمد بوسطيلة",
             note="'قائد الدرك الوطني': commander of the National Gendarmerie."),
        dict(type="leads", src="favier", tgt="french-gendarmerie",
             quote="الدرك الفرنسي بقيادة مديره العام العميد الركن دوني فافيي",
             note="'مديره العام': the French gendarmerie's director-general."),
        dict(type="cooperated", src="algeria", tgt="france",
             quote="هذه الزيارة تندرج في إطار تعزيز وتوطيد العلاقات بين الجزائر وفرنسا، وبهدف تطوير أفق الشراكة والتعاون الثنائي",
             note="The visit serves to strengthen the existing relations and develop the partnership and bilateral cooperation between "
                  "the two states: an existing relation the visit consolidates, as test7's ROP–Interpol."),
        dict(type="cooperated", src="algeria-gendarmerie", tgt="french-gendarmerie",
             quote="تعزيز العلاقات الثنائية في العديد من الميادين التي تجمع الدرك الوطني ونظيره الفرنسي، وتبادل الخبرات في مجال التكوين والأمن العمومي",
             note="The two gendarmeries' existing bilateral relations and exchange of expertise in training, public security and the fight "
                  "against organised crime. The same cooperation is stated at two levels (states and gendarmeries) and annotated at both."),
        dict(type="met", src="algeria-gendarmerie", tgt="french-gendarmerie",
             quote="تم إجراء محادثات بين الطرفين بحضور ومشاركة إطارات سامية من الجانبين",
             note="Talks between the two sides (the two gendarmeries' delegations, with senior officers of both)."),
        dict(type="visited", src="french-gendarmerie", tgt="algeria-gendarmerie-intervention-detachment",
             quote="ليتنقل الوفد إلى مفرزة التدخل للدرك الوطني بالجزائر العاصمة",
             place="Algiers",
             note="The French gendarmerie's delegation went on to the gendarmerie's Intervention Detachment and was briefed there. The "
                  "delegation is recorded as its body (Favier is not named in this clause)."),
        dict(type="part-of", src="algeria-gendarmerie-intervention-detachment", tgt="algeria-gendarmerie",
             quote="مفرزة التدخل للدرك الوطني",
             note="Stated by the name ('the National Gendarmerie's intervention detachment')."),
     ]),
dict(id="assabah-italy-expels-tunisian-wanted-for-terrorist-group",
     title=NO_HEADLINE + "Italy expels to Tunisia a Tunisian wanted there for membership of a terrorist organisation",
     source="Assabah News (via Turess), citing AKI", published=None,
     out_of_scope=[("(وكالة آكي الإيطالية للأنباء)", 1, "source line")],
     mentions=[
        ("italy-interior-ministry", "وزارة الداخلية الإيطالية"),
        ("italy-interior-ministry", "الداخلية الإيطالية", "ونوهت الداخلية الإيطالية"),
        ("tunisia", "تونس", "إعادته إلى تونس"),
        ("interpol", "الشرطة الدولية"),
        ("italy", "إيطاليا"),
     ],
     relations=[
        dict(type="extradited", src="italy", tgt="tunisia",
             quote="وتمت إعادته إلى تونس على متن رحلة جوية مباشرة من بالرمو",
             place="from Palermo to Tunisia",
             note="The Italian interior ministry expelled the (unnamed) Tunisian, who is 'wanted by the authorities of his country for "
                  "membership of a terrorist organisation', on a direct flight to Tunisia: the surrender of a wanted person is recorded "
                  "as extradited. The ministry acted, but extradited takes no organisation as source, so Italy is the source (as dev's "
                  "Iraqi ministry → Iraq). The person and his 'terrorist organisation' and 'Salafist group' are unnamed: no actor. "
                  "Interpol's investigations (October 2017) named him, but no pair is stated. Not dated (after October 2017)."),
     ]),
dict(id="echorouk-algeria-dgsn-hamel-receives-german-federal-police-romann",
     title=NO_HEADLINE + "Algeria's DGSN director Abdelghani Hamel receives Dieter Romann, head of Germany's Federal Police",
     source="Echorouk (via Djazairess)", published=None,
     out_of_scope=[("فيما أ", 1, "sentence cut by the store's 2,000-byte limit")],
     mentions=[
        ("algeria-dgsn", "للأمن الوطني", "أكد المدير العام للأمن الوطني"),
        ("hamel", "عبد الغني هامل"),
        ("algeria-dgsn", "الشرطة الجزائرية", "\"استعداد\" الشرطة الجزائرية"),
        ("german-federal-police", "الشرطة الألمانية", "مع الشرطة الألمانية لإيجاد"),
        ("hamel", "هامل", "وأوضح اللواء هامل"),
        ("algeria-dgsn", "الشرطة الجزائرية", "\"الشرطة الجزائرية مستعدة"),
        ("german-federal-police", "الشرطة الألمانية", "مع الشرطة الألمانية من اجل"),
        ("germany", "ألمانيا", "غير قانوني في ألمانيا"),
        ("algeria-dgsn", "للأمن الوطني", "وأضاف المدير العام للأمن الوطني"),
        ("german-federal-police", "للشرطة الاتحادية الألمانية"),
        ("romann", "ديتر رومان"),
        ("romann", "نظيره الألماني", "مع نظيره الألماني"),
        ("hamel", "هامل", "كما أشار هامل"),
        ("romann", "نظيره الألماني", "أن نظيره الألماني"),
     ],
     relations=[
        dict(type="met", src="hamel", tgt="romann", quote=HAM_MET,
             note="Hamel received the Federal Police's director-general. 'The day before yesterday' in an undated page: no date (Hamel "
                  "headed the DGSN 2010–2018, Romann the Federal Police since 2012). The place is not stated, so no visited."),
        dict(type="leads", src="hamel", tgt="algeria-dgsn",
             quote="المدير العام للأمن الوطني اللواء عبد الغني هامل",
             note="'المدير العام للأمن الوطني' names Algeria's DGSN (mention of the body in the title, as the shipped docs)."),
        dict(type="leads", src="romann", tgt="german-federal-police", quote=HAM_MET,
             note="'المدير العام للشرطة الاتحادية الألمانية ديتر رومان'."),
        dict(type="cooperated", src="algeria-dgsn", tgt="german-federal-police",
             quote="التعاون بين الشرطتين الجزائرية والألمانية يترجم إلى تبادل للمعلومات والخبرة والتجربة والتكوين",
             note="An existing cooperation (exchange of information, expertise and training, including cybercrime). The dual "
                  "'الشرطتين الجزائرية والألمانية' is no mention; the two police forces are read as the DGSN and the Federal Police, "
                  "whose heads met. The DGSN's 'readiness to cooperate' on Algerians residing illegally in Germany and Romann's "
                  "proposal of a joint exercise of the special forces are a pledge and a plan, not annotated."),
        dict(type="cooperated", src="algeria", tgt="germany",
             quote="مضيفا أن هناك اتفاقات في هذا المجال \"يجب احترامها\"",
             note="Hamel says there are agreements 'in this field' (the readmission of Algerians residing illegally in Germany) that must "
                  "be respected: existing agreements between the two states, read from the context. Algeria is named only by the "
                  "adjective 'الجزائريين', so it has a relation without a mention."),
     ]),
dict(id="eldjoumhouria-eu-de-kerchove-algeria-security-dialogue-preparation",
     title=NO_HEADLINE + "EU counter-terrorism coordinator Gilles de Kerchove praises Algeria's experience after a preparatory meeting "
                         "of the Algeria–EU strategic dialogue on security",
     source="El Djoumhouria (via Djazairess)", published=None,
     out_of_scope=[],
     mentions=[
        ("eu", "الاتحاد الاوروبي"),
        ("de-kerchove", "جيلس دو كارشوف"),
        ("algeria", "الجزائر", "تجربة الجزائر"),
        ("messahel", "عبد القادر مساهل"),
        ("algeria", "نظرائهم الجزائريين"),
        ("algeria", "الجزائر", "الاستراتيجي الجزائر-"),
        ("eu", "الاتحاد الأوروبي", "-الاتحاد الأوروبي"),
        ("european-commission", "المفوضية الاوروبية"),
        ("eeas", "المصلحة الاوروبية من اجل العمل الخارجي"),
     ],
     relations=[
        dict(type="praised", src="de-kerchove", tgt="algeria",
             quote="أشار منسق مكافحة الارهاب لدى الاتحاد الاوروبي جيلس دو كارشوف أمس الى تجربة الجزائر «الرائدة» في مجال الوقاية من الارهاب و مكافحته",
             place="Algiers",
             note="He points to Algeria's 'pioneering' experience in preventing and fighting terrorism. 'Yesterday' in an undated page: "
                  "no date (the second session of the dialogue met in Algiers in 2018, which the text does not say). De Kerchove coordinates "
                  "and does not head the EU: no leads."),
        dict(type="met", src="messahel", tgt="de-kerchove",
             quote="عقب اللقاء الذي خص به وزير الشؤون الخارجية عبد القادر مساهل موظفين سامين اوربيين",
             place="Algiers",
             note="Messahel received senior European officials; de Kerchove, who spoke after that meeting and says he is 'happy to meet "
                  "today in Algiers', is read as one of them. Messahel's ministry is named only in his title: no leads."),
        dict(type="met", src="eu", tgt="algeria",
             quote="موظفين سامين اوربيين عقدوا مع نظرائهم الجزائريين اجتماع تحضيري للدورة الثانية للحوار الاستراتيجي الجزائر-الاتحاد الأوروبي",
             place="Algiers",
             note="A preparatory meeting between the EU's senior officials and their Algerian counterparts ('نظرائهم الجزائريين', resolved "
                  "to Algeria) for the second session of the Algeria–EU strategic dialogue on security and counter-terrorism. The "
                  "session itself, set for October, is planned and not annotated. The Commission and EEAS colleagues de Kerchove names "
                  "are mentioned but get no relation of their own."),
     ]),
dict(id="france24-2015-algerian-drs-warned-france-before-charlie-hebdo",
     title="هل أطلعت المخابرات الجزائرية فرنسا عن هجوم إرهابي محتمل؟",
     source="France 24 (france24.com)", published="2015-01-10",
     out_of_scope=[("تخطي إلى المحتوى الرئيسي", 1, "site navigation"),
                   ("أ ف ب (أرشيف)", 1, "photo credit"),
                   ("إعلان", 1, "advertisement label"),
                   (F24_CUT, 1, "paragraph cut by the store's 2,000-byte limit")],
     mentions=[
        ("algeria-drs", "المخابرات الجزائرية"),
        ("france", "فرنسا", "الجزائرية فرنسا"),
        ("algeria-drs", "دائرة الأمن والاستعلامات", "عن تقديم دائرة الأمن والاستعلامات"),
        ("algeria-drs", "دي-أر-أس"),
        ("algeria-drs", "جهاز المخابرات الجزائري"),
        ("french-security-services", "نظيرتها الفرنسية"),
        ("algeria-drs", "دائرة الأمن والاستعلامات", "أطلعت دائرة الأمن والاستعلامات"),
        ("french-security-services", "نظيرتها في فرنسا"),
        ("algeria", "الجزائر", "وفرتها الجزائر"),
        ("france", "فرنسا", "الجزائر لفرنسا"),
     ],
     relations=[
        dict(type="tipped-off", src="algeria-drs", tgt="french-security-services", quote=F24_TIP,
             date=F24_DATE, date_inferred=F24_INF,
             note="The DRS warned its French counterpart of an imminent terrorist attack on French soil, the day before the Charlie Hebdo "
                  "attack. The attack was not prevented; the warning is recorded as tipped-off (the schema: 'passed intelligence or a "
                  "warning'). The claim is i-Télé's editor-in-chief's, reported by France 24 (the headline asks it as a question); the "
                  "first body sentence states the same warning and is not annotated again. 'نظيرتها في فرنسا' is the collective French "
                  "services (which service is not said)."),
        dict(type="tipped-off", src="algeria", tgt="france",
             quote="هذه المعلومات الثمينة التي وفرتها الجزائر لفرنسا",
             date=F24_DATE, date_inferred=F24_INF,
             note="The same warning stated at the level of the states ('the precious information Algeria provided to France'), annotated "
                  "at both levels as in dev and dev14."),
     ]),
dict(id="ennahar-france-gives-tunisia-border-security-equipment-gouyette",
     title=NO_HEADLINE + "France gives Tunisia three million euros of security equipment for border control",
     source="Ennahar (via Djazairess)", published=None,
     out_of_scope=[("وتونس التي تواجه تنامي مجموعات اسلامية متطرفة، تلقت في منتصف ديسمبر 16 عربة ضمن", 1,
                    "clause cut by the store's 2,000-byte limit")],
     mentions=[
        ("tunisia", "تونس", "تلقت تونس"),
        ("france", "فرنسا", "من فرنسا"),
        ("french-interior-ministry", "وزارة الداخلية الفرنسية"),
        ("said-mechichi", "سعيد مشيشي"),
        ("tunisia", "تونس", "تونسوفرنسا"),
        ("france", "فرنسا", "تونسوفرنسا"),
        ("france", "فرنسا", "تعهدت فرنسا"),
        ("tunisia-police", "أجهزة الشرطة التونسية"),
        ("tunisia", "تونس", "تمر فيه تونس"),
        ("tunisia", "تونس", "السفير الفرنسي بتونس"),
        ("gouyette", "فرنسوا غويات"),
        ("france", "فرنسا", "فرنسالتونس"),
        ("tunisia", "تونس", "فرنسالتونس"),
     ],
     relations=[
        dict(type="trained", src="france", tgt="tunisia",
             quote="تلقت تونس من فرنسا هبة عبارة عن معدات وتجهيزات أمنية",
             place="Tunis (the Aouina barracks)",
             note="A gift of security equipment (vehicles, night-vision binoculars, cameras, bullet-proof vests) for border control: "
                  "equipment is recorded as trained. 'Today' in an undated page: no date."),
        dict(type="trained", src="french-interior-ministry", tgt="tunisia",
             quote="وتتمثل هذه المعدات المقدمة من وزارة الداخلية الفرنسية",
             place="Tunis (the Aouina barracks)",
             note="The same gift at the level of the giver: the equipment was provided by the French interior ministry (annotated at both "
                  "levels, as the same coordination stated with different actors)."),
        dict(type="cooperated", src="tunisia", tgt="france",
             quote="اتفاق وقعته تونسوفرنسا في 2008 بغاية إرساء إدارة تشاورية لموجات الهجرة",
             date="2008",
             note="The 2008 agreement on the concerted management of migration, under which the gift is made (its second phase); the "
                  "'partnership to control migration' of the first sentence is the same. The run-together 'تونسوفرنسا' gives two mentions. "
                  "France's undertaking to support the border police with 10 million euros is a pledge, and Mechichi's hope for the third "
                  "phase is a wish: not annotated. Gouyette's words on France's support after the revolution are not praise of security work."),
     ]),
]
