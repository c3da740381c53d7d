# The default topics: words that name an issue or a place a statement is about. Fields:
# forms	topic (README.md). Topic names are those of the gold files ("Syria", "Russia-US
# relations", "chemical weapons"). Forms are matched as written, lower case and Capitalised.
# Relations between two states are topics of their own ("Russia-US relations") only when
# the text names them as such; a bare "bilateral relations" is left to the extractor, which
# knows the two sides.
[topic]
# Issues
terrorism|terrorist|terrorists|terror|terrorist attack|terrorist attacks|terrorist act|terrorist acts|acts of terrorism|counterterrorism|counter-terrorism|anti-terrorism|extremism|violent extremism|ISIS|ISIL|Islamic State|Daesh|IS militants|al-Qaeda|al Qaeda|Al-Qaida|Jabhat al-Nusra|Nusra Front|al-Nusra	terrorism
chemical weapons|chemical weapon|chemical attack|chemical attacks|chemical weapons attack|chemical arms|poison gas|sarin|chlorine gas|nerve agent	chemical weapons
nuclear weapons|nuclear weapon|nuclear arms|nuclear arsenal|nuclear warheads|nuclear threat|nuclear rhetoric|nuclear war|nuclear test|nuclear tests|nuclear program|nuclear programme|nuclear deal|denuclearization|denuclearisation|nuclear non-proliferation|non-proliferation|nonproliferation|JCPOA|Joint Comprehensive Plan of Action|Iran nuclear deal|Iran deal	nuclear weapons
arms control|strategic stability|New START|START treaty|INF Treaty|Intermediate-Range Nuclear Forces Treaty|INF|arms race|disarmament|missile defense|missile defence|ballistic missiles|ballistic missile	arms control
sanctions|sanction|sanctions regime|restrictive measures|embargo|anti-Russian sanctions|sectoral sanctions	sanctions
economy|economic|economic relations|economic cooperation|economic ties|trade|trade relations|trade war|tariffs|tariff|investment|investments|business ties	economy
oil and gas|oil|gas|natural gas|gas supplies|pipeline|Nord Stream|Nord Stream 2|energy|energy security|energy cooperation	oil and gas
cyber|cybersecurity|cyber security|cyberattack|cyberattacks|cyber attack|cyber attacks|hacking|hackers|hacker attacks|cyberspace	cyber
election interference|election meddling|meddling|interference in the elections|interference in elections|election hacking|interference in the election|interfering in the elections|interfering in the election	election interference
human rights|human rights violations|rights abuses|civil liberties	human rights
democracy|democratic values|rule of law	democracy
refugees|refugee|migrants|migration|migrant crisis|refugee crisis|displaced persons|internally displaced	refugees
humanitarian aid|humanitarian assistance|humanitarian situation|humanitarian crisis|humanitarian corridor|humanitarian corridors|humanitarian access|aid deliveries|humanitarian	humanitarian aid
climate change|climate|global warming|Paris climate agreement|Paris Agreement|emissions	climate change
ceasefire|cease-fire|truce|cessation of hostilities|armistice	ceasefire
peace process|peace talks|peace negotiations|political settlement|political process|peace settlement|peace plan|political solution	peace talks
peacekeeping|peacekeepers|peacekeeping mission|peacekeeping force|UN peacekeepers|peacekeeping operation	peacekeeping
international law|UN Charter|United Nations Charter|Charter of the United Nations|norms of international law|territorial integrity|sovereignty	international law
international humanitarian law|laws of war|Geneva Conventions	international humanitarian law
war crimes|war crime|crimes against humanity|genocide|atrocities	war crimes
accountability|impunity|those responsible|perpetrators	accountability
use of force|military force|excessive use of force|disproportionate force	use of force
international order|world order|rules-based order|rules-based international order|rules-based international system|multipolar world|multipolarity	international order
diplomatic expulsions|expulsion of diplomats|expelled diplomats|expel diplomats|expelling diplomats|expulsions|persona non grata|diplomatic property|closure of the consulate|consulate closure	diplomatic expulsions
diplomatic access|consular access	diplomatic access
state sponsor of terrorism|state sponsors of terrorism|State Sponsor of Terrorism list|terrorism list	state sponsor of terrorism designation
normalization|normalisation|normalization of relations|normalisation of relations|restoration of diplomatic relations	normalization
drones|drone|drone attack|drone attacks|unmanned aerial vehicles|UAV|UAVs	drones
maritime cooperation|maritime security|freedom of navigation|maritime disputes|maritime dispute	maritime cooperation
Belt and Road|Belt and Road Initiative|BRI|One Belt, One Road|One Belt One Road	Belt and Road
Skripal poisoning|Skripal|Skripals|Sergei Skripal|Salisbury poisoning|Salisbury attack|Novichok	Skripal poisoning
MH17|MH-17|Malaysia Airlines Flight 17|Malaysian Boeing|Malaysian airliner	MH17
World Cup|FIFA World Cup	World Cup
contact group|Contact Group|Trilateral Contact Group|Normandy format|Normandy Four|Normandy Quartet	contact group
Minsk agreements|Minsk agreement|Minsk accords|Minsk deal|Minsk Protocol|Minsk II|Minsk-2|Minsk process|Package of Measures	Minsk agreements
Summit of the Americas	Summit of the Americas
BRICS	BRICS
UN personnel|UN staff|UN workers|humanitarian workers|aid workers|UN facilities|UN school|UN schools	UN personnel
coronavirus|COVID-19|COVID|pandemic|Covid	COVID-19
food security|grain deal|Black Sea Grain Initiative|grain exports|food crisis	food security
NATO expansion|NATO enlargement|eastward expansion|expansion of NATO|enlargement of NATO	NATO expansion

# Relations between states named as such
Russia-US relations|US-Russia relations|U.S.-Russia relations|Russia-U.S. relations|Russian-American relations|Russian-US relations|US-Russian relations|U.S.-Russian relations|Russia-US|US-Russia|U.S.-Russia|Russia-U.S.|Russian-American|relations between Russia and the United States|relations between Russia and the US|relations between Moscow and Washington|relations between Washington and Moscow|Moscow-Washington|Washington-Moscow	Russia-US relations
China-US relations|US-China relations|U.S.-China relations|China-U.S. relations|Sino-US relations|Sino-American relations|Chinese-American relations|US-China|U.S.-China|China-US	China-US relations
China-Philippines relations|Philippines-China relations|Philippine-China relations|China-Philippine relations|Sino-Philippine relations|China-Philippines|Philippines-China	China-Philippines relations
Russia-Ukraine relations|Ukraine-Russia relations|Russian-Ukrainian relations|Russia-Ukraine|Ukraine-Russia	Ukraine
Russia-EU relations|EU-Russia relations|Russia-EU|EU-Russia	Russia-EU relations
Russia-China relations|China-Russia relations|Russian-Chinese relations|Sino-Russian relations|Russia-China|China-Russia	Russia-China relations
Israel-Palestine|Israeli-Palestinian|Israeli-Palestinian conflict|Palestinian-Israeli|Palestinian-Israeli conflict|Arab-Israeli conflict|Middle East peace process|two-state solution|Palestinian question|Palestinian issue	Israel-Palestine
US-Cuba relations|U.S.-Cuba relations|Cuba-US relations|US-Cuba|U.S.-Cuba|Cuban-American relations	Cuba

# Places
Syria|Syrian|Syrian crisis|Syrian conflict|Syrian settlement|Syrian war|Syrian civil war|Syrian Arab Republic|Damascus|Aleppo|Idlib|Ghouta|Eastern Ghouta|Douma|Homs|Raqqa|Deir ez-Zor|Palmyra|Khan Sheikhoun|Khan Shaykhun|Shayrat|Shayrat airbase|Shairat|Astana format|Astana process|Astana talks|Geneva talks on Syria	Syria
Ukraine|Ukrainian|Ukrainian crisis|Ukraine crisis|Ukrainian conflict|Kyiv|Kiev|Donbas|Donbass|Donetsk|Luhansk|Lugansk|eastern Ukraine|south-east of Ukraine|southeast Ukraine|Mariupol|Debaltseve|Kharkiv|Odessa|Odesa|Zaporizhzhia	Ukraine
Crimea|Crimean|Crimean Peninsula|annexation of Crimea|Sevastopol	Crimea
Afghanistan|Afghan|Kabul	Afghanistan
Iraq|Iraqi|Baghdad|Mosul	Iraq
Libya|Libyan|Tripoli|Benghazi	Libya
Yemen|Yemeni|Sanaa|Hodeidah	Yemen
Gaza|Gaza Strip|Gazan|Rafah	Gaza
Israel|Israeli	Israel
Palestine|Palestinian|Palestinians|West Bank|East Jerusalem|occupied territories	Palestine
Iran|Iranian|Tehran	Iran
North Korea|DPRK|North Korean|Pyongyang	North Korea
Korean Peninsula|Korean peninsula|Korea	Korean Peninsula
South China Sea|West Philippine Sea|Spratly Islands|Spratlys|Paracel Islands|Scarborough Shoal	South China Sea
Middle East|the Middle East|Mideast|Near East	Middle East
Latin America|South America|Central America|Latin American	Latin America
Russia|Russian	Russia
Philippines|the Philippines|Philippine	Philippines
Cuba|Cuban|Havana	Cuba
Colombia|Colombian	Colombia
Venezuela|Venezuelan	Venezuela
Moldova|Moldovan|Transnistria|Transdniestria|Pridnestrovie	Moldova
Georgia|Abkhazia|South Ossetia	Georgia
Nagorno-Karabakh|Karabakh	Nagorno-Karabakh
Belarus|Belarusian	Belarus
Lebanon|Lebanese	Lebanon
Turkey|Turkish	Turkey
Egypt|Egyptian	Egypt
Saudi Arabia|Saudi	Saudi Arabia
Taiwan|Taiwanese|Taiwan Strait	Taiwan
Kosovo	Kosovo
Balkans|Western Balkans	Balkans
Baltic states|Baltics	Baltic states
Arctic	Arctic
Africa|Sahel	Africa
Europe|European security	Europe
Asia-Pacific|Indo-Pacific	Asia-Pacific
Central Asia	Central Asia
Persian Gulf|Gulf region|Strait of Hormuz	Persian Gulf
Myanmar|Rohingya	Myanmar
Sudan|Darfur	Sudan
