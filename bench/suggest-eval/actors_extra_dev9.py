# Actors and aliases added to /work/main/graph/actors.json for the dev9 corpus.
# dev9's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# earlier actors_extra*.py files already define are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    # "الديستي" (Tamaghrabit headline, L'ODJ) is the usual Moroccan transliteration of DST/DGST.
    "dgst": ["الديستي"],
    "moroccan-security-services": ["الأجهزة المغربية"],
    "eu": ["الإتحاد الأوروبى"],
}

ACTORS = [
    # tamaghrabit (DGST tip-off to the Guardia Civil, Córdoba)
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    # lodj (DGST information leads to the arrest of a minor in Sittard)
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    A("dutch-police", "agency", "Netherlands Police (Politie)", "الشرطة الهولندية", ["Politie", "Dutch police"], "NL", None,
      "The Dutch national police."),
    # tinghir (Guardia Civil Grand Cross for Hammouchi)
    P("marlaska", "Fernando Grande-Marlaska", "فرناندو غراندي مارلاسكا", ["غراندي مارلاسكا", "مارلاسكا", "Grande-Marlaska"], "ES",
      "Spain's minister of the interior (since 2018)."),
    P("mercedes-gonzalez", "Mercedes González Fernández", "مرسيدس كونزاليس فيرنانديز", ["مرسيدس غونزاليس", "Mercedes González"], "ES",
      "Director General of the Guardia Civil (since 2022)."),
    P("paez", "Luis Páez", "لويس بالييز بنيرو", ["Luis Páez"], "ES",
      "Guardia Civil general in charge of its Information Command (spelled لويس بالييز بنيرو by Tinghir Info)."),
    A("guardia-civil-information", "agency", "Information Command of the Guardia Civil (Jefatura de Información)", "مفوضية الاستعلامات",
      ["Jefatura de Información"], "ES", "guardia-civil",
      "The Guardia Civil's intelligence and counter-terrorism branch ('مفوضية الاستعلامات بالحرس المدني')."),
    # odnews (Hammouchi and Mansouri in Italy)
    P("mansouri", "Mohamed Yassine Mansouri", "محمد ياسين المنصوري", ["المنصوري", "ياسين المنصوري", "Mansouri"], "MA",
      "Director General of Morocco's DGED (foreign intelligence) since 2005."),
    A("dged", "agency", "General Directorate for Studies and Documentation (Morocco)", "المديرية العامة للدراسات والمستندات",
      ["الإدارة العامة للدراسات والمستندات", "DGED"], "MA", None, "Morocco's foreign intelligence service.",
      fr="Direction générale des études et de la documentation"),
    # kuwait24 (Kuwait's interior minister receives the head of UNAMI)
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    P("fahd-al-yousef", "Fahd Yousef Saud Al-Sabah", "فهد اليوسف", ["فهد يوسف سعود الصباح"], "KW",
      "Kuwait's first deputy prime minister, minister of defence and minister of the interior (2024–)."),
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", [], "KW"),
    A("unami", "organization", "United Nations Assistance Mission for Iraq (UNAMI)", "بعثة الأمم المتحدة لمساعدة العراق",
      ["بعثة الأمم المتحدة", "UNAMI"], None, "un"),
    P("mohamed-al-hassan", "Mohamed Al-Hassan", "محمد بن عوض الحسان", ["محمد الحسان", "الحسان"], "OM",
      "Special Representative of the UN Secretary-General for Iraq and head of UNAMI (since 2024); an Omani diplomat."),
    # interpol 2013 (Jordan recognises the Interpol travel document)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "PSD"], "JO", None,
      "Re-declared without the bare alias 'الأمن العام', which in dev9 also occurs as a common noun ('للأمن العام', public security)."),
    A("interpol-amman", "agency", "Interpol National Central Bureau Amman", "إنتربول عمّان",
      ["إنتربول عمان", "انتربول عمان", "Interpol Amman", "إدارة الشرطة العربية والدولية", "مكتبه المركزي الوطني في عمان"], "JO", "jordan-psd",
      "Jordan's Interpol National Central Bureau, the Public Security Directorate's Arab and International Police Department."),
    P("tawalbeh", "Tawfiq Al-Tawalbeh", "توفيق الطوالبة", ["الطوالبة"], "JO",
      "Director General of Jordan's Public Security Directorate (lieutenant general), 2013."),
    A("interpol-general-secretariat", "organization", "Interpol General Secretariat (Lyon)", "الأمانة العامة للإنتربول",
      ["الأمانة العامة لـ (الإنتربول)", "الأمانة العامة للمنظمة العالمية للشرطة"], None, "interpol"),
    P("noble", "Ronald Noble", "رولاند نوبل", ["نوبل", "Ronald Noble", "رونالد ك. نوبل", "رونالد نوبل"], "US",
      "Secretary General of Interpol (2000–2014)."),
    # al-jalia (Egypt's interior minister meets the Iraqi ambassador)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "القاهرة", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", [], "EG",
      "Egyptian minister of the interior (since 2018). Re-declared without the short alias توفيق, which in dev9 is also Tawalbeh's first name."),
    A("iraq", "country", "Iraq", "العراق", ["جمهورية العراق", "بغداد", "Iraq"], "IQ"),
    P("qahtan-khalaf", "Qahtan Taha Khalaf", "قحطان طه خلف", ["قحطان خلف"], "IQ",
      "Iraq's ambassador in Cairo and permanent representative to the Arab League."),
    A("iraq-embassy-egypt", "organization", "Embassy of Iraq in Cairo", "سفارة العراق بالقاهرة", ["سفارة العراق"], "IQ"),
    # baghdadtoday (Iraq's interior minister meets the British ambassador)
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Re-declared without the bare alias وزارة الداخلية, which in dev9 also names Kuwait's ministry."),
    P("ghanimi", "Othman Al-Ghanimi", "عثمان الغانمي", ["الغانمي"], "IQ", "Iraq's minister of the interior (2020–2022)."),
    P("hickey", "Stephen Hickey", "ستيفن هيكي", ["هيكي", "Stephen Hickey"], "GB", "British ambassador to Iraq (2019–2021)."),
    # altaghier (Iraq's interior minister meets the Jordanian ambassador)
    P("ghabban", "Mohammed Salem Al-Ghabban", "محمد سالم الغبان", ["الغبان"], "IQ", "Iraq's minister of the interior (2014–2016)."),
    P("qaraan", "Mohammed Mustafa Al-Qaraan", "محمد مصطفى القرعان", ["القرعان"], "JO", "Jordan's ambassador in Baghdad (2014)."),
    # elbalad (Egypt's interior minister receives the EUDA's executive director)
    P("goosdeel", "Alexis Goosdeel", "أليكسيس جوسديل", ["جوسديل", "Goosdeel"], "BE",
      "Executive Director of the European Union Drugs Agency (EUDA, formerly EMCDDA)."),
    A("euda", "organization", "European Union Drugs Agency (EUDA)", "وكالة الإتحاد الأوروبى للمُخدرات",
      ["وكالة الاتحاد الأوروبي للمخدرات", "EUDA", "EMCDDA"], None, "eu", "An EU agency (Lisbon)."),
    P("eichhorst", "Angelina Eichhorst", "أنجلينا إيخوريست", ["إيخوريست", "Eichhorst"], "DE",
      "Head of the EU Delegation (ambassador) in Cairo."),
    A("eu-delegation-egypt", "organization", "Delegation of the European Union to Egypt", "بعثة الإتحاد الأوروبى بالقاهرة",
      ["بعثة الاتحاد الأوروبي في مصر"], None, "eu"),
]
