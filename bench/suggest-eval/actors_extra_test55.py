# Actors and aliases added to /work/main/graph/actors.json for the test55 corpus (held out).
# test55's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# The bare "وزارة الداخلية" stands alone in test55 only in albousallah, for Syria's ministry, so that ministry gets it.
# The bare "الأنتربول" is given to no actor: in syrianews it glosses the Syrian Interpol branch, while "منظمة الأنتربول"
# is Interpol itself.
from actors_extra import P, A

ALIASES = {
    # spa (via Sauress): "الولاياتالمتحدة الأميركية", run together after الولايات.
    "usa": ["الولاياتالمتحدة الأميركية"],
    # elaph: "الإتحاد الأوروبي" with hamza (as test7).
    "eu": ["الإتحاد الأوروبي"],
    # syrianews: "منظمة الأنتربول" with hamza on the alif.
    "interpol": ["منظمة الأنتربول"],
}

ACTORS = [
    # shared Levant actors (re-declared with the ids other sets use)
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("lebanese-army", "agency", "Lebanese Armed Forces", "الجيش اللبناني",
      ["الجيش اللبنانى", "LAF", "السلطات العسكرية اللبنانية"], "LB"),
    A("lebanese-army-intelligence", "agency", "Intelligence Directorate (Lebanese Armed Forces)",
      "مديرية المخابرات في الجيش اللبناني",
      ["مديرية المخابرات", "مخابرات الجيش اللبناني", "مخابرات الجيش", "مديرية المخابرات في الجيش"], "LB", "lebanese-army"),
    A("lebanon-isf", "agency", "Internal Security Forces (Lebanon)", "المديرية العامة لقوى الأمن الداخلي",
      ["قوى الأمن الداخلي", "الأمن الداخلي اللبناني", "ISF", "قوى الأمن الداخلي اللبناني", "قوى الامن الداخلي"], "LB"),
    A("lebanese-security-services", "agency", "Lebanese security services (collective)", "الأجهزة الأمنية اللبنانية",
      ["المؤسسات الأمنية اللبنانية", "المؤسسة الأمنية اللبنانية"], "LB", None,
      "Collective actor for unspecified Lebanese services, like moroccan-security-services."),
    A("us-embassy-beirut", "organization", "Embassy of the United States in Beirut", "سفارة الولايات المتحدة الأميركية في بيروت",
      ["سفارة الولايات المتحدة الأميركية", "السفارة الأميركية"], "US", "us-state-department"),
    A("us-odc-lebanon", "agency", "US Office of Defense Cooperation in Lebanon", "مكتب التعاون الدفاعي الأميركي في لبنان",
      ["مكتب التعاون الدفاعي الأمريكي في لبنان", "مكتب التعاون الدفاعي الأميركي", "ODC Lebanon"], "US", "us-embassy-beirut",
      "The Pentagon's security-cooperation office housed at the US embassy in Beirut (not stated in the text)."),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-gid", "agency", "General Intelligence Directorate (Jordan)", "دائرة المخابرات العامة",
      ["دائرة المخابرات العامة الأردنية", "جهاز المخابرات العامة", "المخابرات الأردنية", "المخابرات العامة الأردنية",
       "المخابرات العامة", "GID"], "JO"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية",
      ["وزارة الداخلية"], "SY", None, "Gets the bare 'وزارة الداخلية' in test55 only (see the header)."),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("german-interior-ministry", "organization", "Federal Ministry of the Interior, Building and Community (Germany)",
      "الوزارة الاتحادية للداخلية والبناء والأعمار والأمن الوطني", ["وزارة الداخلية الألمانية", "BMI"], "DE", None,
      "Re-declared as other sets name it; since December 2021 the Federal Ministry of the Interior (and Community)."),
    A("bundeswehr", "agency", "Bundeswehr (German Armed Forces)", "الجيش الألماني", ["Bundeswehr", "الجيش الالماني"], "DE"),
    A("french-interior-ministry", "organization", "Ministry of the Interior (France)", "وزارة الداخلية الفرنسية", [], "FR"),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    P("hajjar", "Ahmad al-Hajjar", "أحمد الحجار", ["الحجار"], "LB", "Lebanese minister of the interior and municipalities (from 2025)."),
    P("nunez", "Laurent Nuñez", "لوران نونيز", ["نونيز", "نونييز", "لوران نوناز", "Laurent Nuñez", "لوران نونييز"], "FR",
      "French minister of the interior (from October 2025)."),
    P("tahhan", "Abdulqader Tahhan", "عبدالقادر طحان", ["طحان", "عبد القادر الطحان", "الطحان"], "SY",
      "Assistant, then deputy, to Syria's minister of the interior (major general)."),
    # spa (Kahwagi receives the US ambassador David Hill)
    P("kahwagi", "Jean Kahwagi", "جان قهوجي", ["قهوجي", "Jean Kahwaji"], "LB", "Commander of the Lebanese Armed Forces (2008–2017)."),
    P("david-hale", "David Hale", "ديفيد هيل", ["David Hale", "هيل"], "US", "US ambassador to Lebanon (2013–2015); the text spells the name 'هيل'."),
    # lbc (Hajjar and Nuñez in Paris)
    P("rabih-chaer", "Rabih El Chaer", "ربيع الشاعر", [], "LB", "Lebanese ambassador to France."),
    A("lebanon-ceasefire-mechanism", "organization", "Ceasefire Monitoring Mechanism (Lebanon, 'the Mechanism')",
      "لجنة \"الميكانيزم\"", ["الميكانيزم", "لجنة الميكانيزم", "the Mechanism"], None, None,
      "The committee set up to monitor the November 2024 Lebanon–Israel ceasefire (US-chaired; France, UNIFIL, Lebanon and Israel sit on it)."),
    # elbalad (US Army Black Hawks for the Jordan Armed Forces)
    A("us-embassy-amman", "organization", "Embassy of the United States in Amman", "السفارة الأمريكية في عمان",
      ["السفارة الأمريكية في عمّان", "السفارة الأميركية في عمان"], "US", "us-state-department"),
    A("us-army", "agency", "United States Army", "الجيش الأمريكي", ["الجيش الأميركي", "US Army"], "US"),
    A("jordan-armed-forces", "agency", "Jordan Armed Forces – Arab Army", "القوات المسلحة الأردنية",
      ["القوات الأردنية", "الجيش العربي", "القوات المسلحة الأردنية - الجيش العربي", "JAF"], "JO"),
    P("alice-wells", "Alice Wells", "اليس ويلز", ["أليس ويلز", "ويلز", "Alice Wells"], "US", "US ambassador to Jordan (2014–2017)."),
    # elnashra (Italy's MIBIL trains Republican Guard instructors)
    A("italy-embassy-lebanon", "organization", "Embassy of Italy in Lebanon", "السفارة الايطالية",
      ["السفارة الإيطالية", "السفارة الإيطالية في لبنان", "السفارة الايطالية في بيروت"], "IT", None,
      "The Italian embassy in Beirut; named 'السفارة الايطالية' in elnashra."),
    A("italy-armed-forces", "agency", "Italian Armed Forces", "القوات المسلحة الإيطالية", ["القوات المسلحة الايطالية"], "IT"),
    A("mibil", "agency", "Italian Bilateral Military Mission in Lebanon (MIBIL)", "البعثة العسكرية الثنائية الإيطالية في لبنان",
      ["البعثة العسكرية الثنائية الإيطالية", "MIBIL"], "IT", "italy-armed-forces",
      "Italian Defence mission that trains the Lebanese Armed Forces."),
    A("lebanese-republican-guard", "agency", "Republican Guard Brigade (Lebanese Armed Forces)", "لواء الحرس الجمهوري",
      ["الحرس الجمهوري", "الحرس الرئاسي", "لواء الحرس الجمهوري اللبناني"], "LB", "lebanese-army",
      "The LAF brigade that guards the presidency; elnashra also calls it 'الحرس الرئاسي'."),
    P("nicoletta-bombardiere", "Nicoletta Bombardiere", "نيكوليتا بومباردييري", ["بومباردييري"], "IT", "Italian ambassador to Lebanon (from 2021)."),
    P("marco-zona", "Marco Zona", "ماركو زونا", [], "IT", "Colonel, Italian military attaché in Lebanon."),
    P("marcello-orsi", "Marcello Orsi", "مارتشيللو أورسي", ["أورسي"], "IT", "General, commander of MIBIL."),
    # albousallah (Tahhan and Dobrindt at the Munich Security Conference)
    P("dobrindt", "Alexander Dobrindt", "ألكسندر دوبرينت", ["دوبرينت", "Alexander Dobrindt"], "DE",
      "German federal minister of the interior (from May 2025)."),
    # shorouknews (Haykal and Hilmer)
    P("rodolphe-haykal", "Rodolphe Haykal", "رودولف هيكل", ["هيكل", "العماد رودولف هيكل", "Rodolphe Haykal"], "LB",
      "Commander of the Lebanese Armed Forces (from March 2025)."),
    P("nils-hilmer", "Nils Hilmer", "نيلس هيلمر", ["هيلمر", "Nils Hilmer"], "DE",
      "State secretary at the German Federal Ministry of Defence."),
    A("german-defence-ministry", "organization", "Federal Ministry of Defence (Germany)", "وزارة الدفاع الألمانية",
      ["وزارة الدفاع الالمانية", "BMVg"], "DE"),
    # elaph 2010 (EU donation to the ISF)
    P("ashraf-rifi", "Ashraf Rifi", "أشرف ريفي", ["ريفي", "Ashraf Rifi"], "LB", "Director-General of Lebanon's ISF (2005–2013)."),
    P("patrick-laurent", "Patrick Laurent", "باتريك لوران", ["لوران", "Patrick Laurent"], "BE",
      "Head of the EU Delegation (ambassador) to Lebanon (2007–2011)."),
    # almoslim (Jordan hands Mohammed Zaki Amawi to the US)
    P("amawi", "Mohammed Zaki Amawi", "محمد زكي عمّاوي", ["محمد زكي عماوي", "عمّاوي", "عماوي", "Mohammad Zaki Amawi"], "JO",
      "Jordanian-American charged in the US (Toledo, 2006) with conspiring to support terrorism; handed over by Jordan in Feb. 2006."),
    # syrianews (the Syrian Interpol branch)
    A("interpol-damascus", "agency", "Interpol Damascus (NCB Syria)", "فرع الشرطة الدولية",
      ["فرع الشرطة الدولية \"الأنتربول\"", "\"الأنتربول\" السوري", "الأنتربول السوري", "انتربول دمشق", "Interpol Damascus"], "SY", "syria-interior-ministry",
      "The Syrian interior ministry's international police (Interpol) branch, Syria's NCB."),
    P("khaled-al-hussein", "Khaled Al-Hussein", "خالد الحسين", ["الحسين"], "SY",
      "Lieutenant colonel, head of the Syrian interior ministry's Interpol branch."),
]
