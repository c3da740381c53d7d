# The default actors: states (every UN member state, the observers and Taiwan and Kosovo),
# intergovernmental bodies (country IGO) and a starter set of office-holders, 2008-2025.
# Fields: names	kind	country	title (format: README.md). The first name is canonical.
# Names are matched case as written; a "the ..." name also matches capitalised ("The Kremlin").
# A state's names include its capital and seats of power when the news uses them as
# metonyms ("Moscow said", "the White House said"); capitals that are also common words,
# names of people, other places or venues ("Minsk" of the Minsk agreements, Vienna, Geneva,
# Jerusalem, Tripoli, Kingston, Victoria) are left out. A person's surname alone is found by
# the extractor (last word of the name), so it is listed only where it is the usual form
# ("Assad", "Erdogan", "Lula"), or where a family name written first is distinctive enough
# to stand alone ("Xi"; not "Wang" or "Kim", which the text's own full names resolve).
[actor]
# States
Afghanistan|Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan|Kabul	state	AFG
Albania|Republic of Albania|Tirana	state	ALB
Algeria|People's Democratic Republic of Algeria|Algiers	state	DZA
Andorra|Principality of Andorra|Andorra la Vella	state	AND
Angola|Republic of Angola|Luanda	state	AGO
Antigua and Barbuda|Saint John's	state	ATG
Argentina|Argentine Republic|Buenos Aires|the Casa Rosada|Casa Rosada	state	ARG
Armenia|Republic of Armenia|Yerevan	state	ARM
Australia|Commonwealth of Australia|Canberra	state	AUS
Austria|Republic of Austria|Vienna	state	AUT
Azerbaijan|Republic of Azerbaijan|Baku	state	AZE
Bahamas|the Bahamas|Commonwealth of The Bahamas|Nassau	state	BHS
Bahrain|Kingdom of Bahrain|Manama	state	BHR
Bangladesh|People's Republic of Bangladesh|Dhaka	state	BGD
Barbados	state	BRB
Belarus|Republic of Belarus|Byelorussia	state	BLR
Belgium|Kingdom of Belgium	state	BEL
Belize	state	BLZ
Benin|Republic of Benin|Porto-Novo|Cotonou	state	BEN
Bhutan|Kingdom of Bhutan|Thimphu	state	BTN
Bolivia|Plurinational State of Bolivia|La Paz	state	BOL
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|BiH|Sarajevo	state	BIH
Botswana|Republic of Botswana|Gaborone	state	BWA
Brazil|Federative Republic of Brazil|Brasília|Brasilia|Planalto|Itamaraty	state	BRA
Brunei|Brunei Darussalam|Bandar Seri Begawan	state	BRN
Bulgaria|Republic of Bulgaria	state	BGR
Burkina Faso|Ouagadougou	state	BFA
Burundi|Republic of Burundi|Gitega|Bujumbura	state	BDI
Cabo Verde|Cape Verde|Praia	state	CPV
Cambodia|Kingdom of Cambodia|Phnom Penh	state	KHM
Cameroon|Republic of Cameroon|Yaoundé|Yaounde	state	CMR
Canada|Ottawa	state	CAN
Central African Republic|Bangui	state	CAF
Chad|Republic of Chad|N'Djamena	state	TCD
Chile|Republic of Chile	state	CHL
China|People's Republic of China|PRC|P.R.C.|mainland China|Beijing|Peking|Zhongnanhai	state	CHN
Colombia|Republic of Colombia|Bogotá|Bogota|Casa de Nariño	state	COL
Comoros|Union of the Comoros|Moroni	state	COM
Republic of the Congo|Congo-Brazzaville|Congo Republic|Brazzaville	state	COG
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa|Kinshasa|Congo	state	COD
Costa Rica|Republic of Costa Rica|San José	state	CRI
Côte d'Ivoire|Cote d'Ivoire|Ivory Coast|Yamoussoukro|Abidjan	state	CIV
Croatia|Republic of Croatia|Zagreb	state	HRV
Cuba|Republic of Cuba|Havana	state	CUB
Cyprus|Republic of Cyprus|Nicosia	state	CYP
Czech Republic|Czechia|Prague	state	CZE
Denmark|Kingdom of Denmark|Copenhagen	state	DNK
Djibouti|Republic of Djibouti	state	DJI
Dominica|Commonwealth of Dominica|Roseau	state	DMA
Dominican Republic|Santo Domingo	state	DOM
Ecuador|Republic of Ecuador|Quito	state	ECU
Egypt|Arab Republic of Egypt|Cairo	state	EGY
El Salvador|Republic of El Salvador|San Salvador	state	SLV
Equatorial Guinea|Malabo	state	GNQ
Eritrea|State of Eritrea|Asmara	state	ERI
Estonia|Republic of Estonia|Tallinn	state	EST
Eswatini|Swaziland|Kingdom of Eswatini|Mbabane	state	SWZ
Ethiopia|Federal Democratic Republic of Ethiopia|Addis Ababa	state	ETH
Fiji|Republic of Fiji|Suva	state	FJI
Finland|Republic of Finland|Helsinki	state	FIN
France|French Republic|Paris|the Élysée|Élysée|the Elysee|Elysee|the Élysée Palace|Élysée Palace|Elysee Palace|Quai d'Orsay|the Quai d'Orsay	state	FRA
Gabon|Gabonese Republic|Libreville	state	GAB
Gambia|the Gambia|Republic of The Gambia|Banjul	state	GMB
Georgia|Tbilisi	state	GEO
Germany|Federal Republic of Germany|West Germany|Berlin|Bonn	state	DEU
Ghana|Republic of Ghana|Accra	state	GHA
Greece|Hellenic Republic|Athens	state	GRC
Grenada	state	GRD
Guatemala|Republic of Guatemala|Guatemala City	state	GTM
Guinea|Republic of Guinea|Conakry	state	GIN
Guinea-Bissau|Republic of Guinea-Bissau|Bissau	state	GNB
Guyana|Co-operative Republic of Guyana|Georgetown	state	GUY
Haiti|Republic of Haiti|Port-au-Prince	state	HTI
Honduras|Republic of Honduras|Tegucigalpa	state	HND
Hungary|Budapest	state	HUN
Iceland|Reykjavik|Reykjavík	state	ISL
India|Republic of India|New Delhi|Delhi|South Block|Ministry of External Affairs|the Ministry of External Affairs	state	IND
Indonesia|Republic of Indonesia|Jakarta	state	IDN
Iran|Islamic Republic of Iran|Tehran|Teheran	state	IRN
Iraq|Republic of Iraq|Baghdad	state	IRQ
Ireland|Republic of Ireland|Dublin	state	IRL
Israel|State of Israel	state	ISR
Italy|Italian Republic|Rome|Palazzo Chigi	state	ITA
Jamaica|Kingston	state	JAM
Japan|Tokyo	state	JPN
Jordan|Hashemite Kingdom of Jordan|Amman	state	JOR
Kazakhstan|Republic of Kazakhstan|Astana|Nur-Sultan|Akorda	state	KAZ
Kenya|Republic of Kenya|Nairobi	state	KEN
Kiribati|Tarawa	state	KIR
North Korea|Democratic People's Republic of Korea|DPRK|D.P.R.K.|N. Korea|Pyongyang	state	PRK
South Korea|Republic of Korea|ROK|R.O.K.|S. Korea|Seoul|the Blue House|Cheong Wa Dae	state	KOR
Kuwait|State of Kuwait|Kuwait City	state	KWT
Kyrgyzstan|Kyrgyz Republic|Kirghizia|Bishkek	state	KGZ
Laos|Lao People's Democratic Republic|Lao PDR|Vientiane	state	LAO
Latvia|Republic of Latvia|Riga	state	LVA
Lebanon|Lebanese Republic|Beirut	state	LBN
Lesotho|Kingdom of Lesotho|Maseru	state	LSO
Liberia|Republic of Liberia|Monrovia	state	LBR
Libya|State of Libya	state	LBY
Liechtenstein|Principality of Liechtenstein|Vaduz	state	LIE
Lithuania|Republic of Lithuania|Vilnius	state	LTU
Luxembourg|Grand Duchy of Luxembourg	state	LUX
Madagascar|Republic of Madagascar|Antananarivo	state	MDG
Malawi|Republic of Malawi|Lilongwe	state	MWI
Malaysia|Kuala Lumpur|Putrajaya	state	MYS
Maldives|Republic of Maldives|the Maldives|Malé|Male	state	MDV
Mali|Republic of Mali|Bamako	state	MLI
Malta|Republic of Malta|Valletta	state	MLT
Marshall Islands|Republic of the Marshall Islands|Majuro	state	MHL
Mauritania|Islamic Republic of Mauritania|Nouakchott	state	MRT
Mauritius|Republic of Mauritius|Port Louis	state	MUS
Mexico|United Mexican States|Mexico City	state	MEX
Micronesia|Federated States of Micronesia|Palikir	state	FSM
Moldova|Republic of Moldova|Chisinau|Chișinău|Kishinev	state	MDA
Monaco|Principality of Monaco	state	MCO
Mongolia|Ulaanbaatar|Ulan Bator	state	MNG
Montenegro|Podgorica	state	MNE
Morocco|Kingdom of Morocco|Rabat	state	MAR
Mozambique|Republic of Mozambique|Maputo	state	MOZ
Myanmar|Burma|Republic of the Union of Myanmar|Naypyidaw|Nay Pyi Taw	state	MMR
Namibia|Republic of Namibia|Windhoek	state	NAM
Nauru|Republic of Nauru	state	NRU
Nepal|Federal Democratic Republic of Nepal|Kathmandu	state	NPL
Netherlands|the Netherlands|Kingdom of the Netherlands|Holland	state	NLD
New Zealand	state	NZL
Nicaragua|Republic of Nicaragua|Managua	state	NIC
Niger|Republic of the Niger|Niamey	state	NER
Nigeria|Federal Republic of Nigeria|Abuja	state	NGA
North Macedonia|Republic of North Macedonia|Macedonia|FYROM|Skopje	state	MKD
Norway|Kingdom of Norway|Oslo	state	NOR
Oman|Sultanate of Oman|Muscat	state	OMN
Pakistan|Islamic Republic of Pakistan|Islamabad	state	PAK
Palau|Republic of Palau|Ngerulmud	state	PLW
Panama|Republic of Panama|Panama City	state	PAN
Papua New Guinea|PNG|Port Moresby	state	PNG
Paraguay|Republic of Paraguay|Asunción|Asuncion	state	PRY
Peru|Republic of Peru	state	PER
Philippines|the Philippines|Republic of the Philippines|Manila|Malacañang|Malacanang|Malacañang Palace|Malacanang Palace	state	PHL
Poland|Republic of Poland|Warsaw	state	POL
Portugal|Portuguese Republic|Lisbon	state	PRT
Qatar|State of Qatar|Doha	state	QAT
Romania|Bucharest	state	ROU
Russia|Russian Federation|the Russian Federation|Moscow|the Kremlin|Kremlin|Smolenskaya Square	state	RUS
Rwanda|Republic of Rwanda|Kigali	state	RWA
Saint Kitts and Nevis|St Kitts and Nevis|Basseterre	state	KNA
Saint Lucia|St Lucia|Castries	state	LCA
Saint Vincent and the Grenadines|St Vincent and the Grenadines|Kingstown	state	VCT
Samoa|Independent State of Samoa|Apia	state	WSM
San Marino|Republic of San Marino	state	SMR
São Tomé and Príncipe|Sao Tome and Principe	state	STP
Saudi Arabia|Kingdom of Saudi Arabia|KSA|Riyadh	state	SAU
Senegal|Republic of Senegal|Dakar	state	SEN
Serbia|Republic of Serbia|Belgrade	state	SRB
Seychelles|Republic of Seychelles	state	SYC
Sierra Leone|Republic of Sierra Leone|Freetown	state	SLE
Singapore|Republic of Singapore	state	SGP
Slovakia|Slovak Republic|Bratislava	state	SVK
Slovenia|Republic of Slovenia|Ljubljana	state	SVN
Solomon Islands|Honiara	state	SLB
Somalia|Federal Republic of Somalia|Mogadishu	state	SOM
South Africa|Republic of South Africa|Pretoria	state	ZAF
South Sudan|Republic of South Sudan|Juba	state	SSD
Spain|Kingdom of Spain|Madrid|La Moncloa|Moncloa	state	ESP
Sri Lanka|Democratic Socialist Republic of Sri Lanka|Colombo	state	LKA
Sudan|Republic of the Sudan|the Sudan|Khartoum	state	SDN
Suriname|Republic of Suriname|Paramaribo	state	SUR
Sweden|Kingdom of Sweden|Stockholm	state	SWE
Switzerland|Swiss Confederation|Bern|Berne	state	CHE
Syria|Syrian Arab Republic|Damascus	state	SYR
Tajikistan|Republic of Tajikistan|Dushanbe	state	TJK
Tanzania|United Republic of Tanzania|Dodoma|Dar es Salaam	state	TZA
Thailand|Kingdom of Thailand|Bangkok	state	THA
Timor-Leste|East Timor|Democratic Republic of Timor-Leste|Dili	state	TLS
Togo|Togolese Republic|Lomé|Lome	state	TGO
Tonga|Kingdom of Tonga|Nuku'alofa	state	TON
Trinidad and Tobago|Port of Spain	state	TTO
Tunisia|Tunisian Republic|Tunis	state	TUN
Turkey|Türkiye|Turkiye|Republic of Turkey|Republic of Türkiye|Ankara	state	TUR
Turkmenistan|Ashgabat	state	TKM
Tuvalu|Funafuti	state	TUV
Uganda|Republic of Uganda|Kampala	state	UGA
Ukraine|Kyiv|Kiev|Bankova	state	UKR
United Arab Emirates|UAE|U.A.E.|the UAE|the United Arab Emirates|Abu Dhabi	state	ARE
United Kingdom|UK|U.K.|the UK|the U.K.|the United Kingdom|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|London|Downing Street|Number 10|No 10|No. 10|Whitehall|the Foreign Office|Foreign Office|the Foreign and Commonwealth Office|Foreign and Commonwealth Office|the FCO|FCO|the FCDO|FCDO	state	GBR
United States|U.S.|US|USA|U.S.A.|the U.S.|the US|the United States|United States of America|the United States of America|America|Washington|Washington D.C.|Washington, D.C.|the White House|White House|the State Department|State Department|the US State Department|US State Department|the U.S. State Department|U.S. State Department|the Department of State|Department of State|the Pentagon|Pentagon|Foggy Bottom	state	USA
Uruguay|Oriental Republic of Uruguay|Montevideo	state	URY
Uzbekistan|Republic of Uzbekistan|Tashkent	state	UZB
Vanuatu|Republic of Vanuatu|Port Vila	state	VUT
Venezuela|Bolivarian Republic of Venezuela|Caracas|Miraflores	state	VEN
Vietnam|Viet Nam|Socialist Republic of Vietnam|Hanoi	state	VNM
Yemen|Republic of Yemen|Sanaa|Sana'a	state	YEM
Zambia|Republic of Zambia|Lusaka	state	ZMB
Zimbabwe|Republic of Zimbabwe|Harare	state	ZWE
Taiwan|Republic of China|ROC|R.O.C.|Taipei	state	TWN
Kosovo|Republic of Kosovo|Pristina|Prishtina	state	XKX
Palestine|State of Palestine|Palestinian Authority|the Palestinian Authority|Palestinian National Authority|Ramallah	state	PSE
Vatican|the Vatican|Holy See|the Holy See|Vatican City	state	VAT
# States that no longer exist, for archives (wire copy from 1979 on, as event data is coded),
# with the ISO 3166-1 code they had (now in ISO 3166-3). West Germany is Germany, whose code
# it kept; Moscow and the Kremlin stay Russia's.
Soviet Union|the Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics	state	SUN
Yugoslavia|Federal Republic of Yugoslavia|Socialist Federal Republic of Yugoslavia	state	YUG
Serbia and Montenegro	state	SCG
Czechoslovakia	state	CSK
East Germany|German Democratic Republic|GDR	state	DDR
Zaire|Republic of Zaire	state	ZAR

# Intergovernmental bodies and other organizations
United Nations|UN|U.N.|the UN|the U.N.|the United Nations	organization	IGO
UN Security Council|U.N. Security Council|United Nations Security Council|Security Council|the Security Council|the UN Security Council|the U.N. Security Council|UNSC	organization	IGO
UN General Assembly|U.N. General Assembly|United Nations General Assembly|General Assembly|the General Assembly|UNGA	organization	IGO
UN Human Rights Council|Human Rights Council|UNHRC|United Nations Human Rights Council	organization	IGO
UN Secretariat|United Nations Secretariat	organization	IGO
UNHCR|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees|Office of the United Nations High Commissioner for Refugees	organization	IGO
OHCHR|UN human rights office|U.N. human rights office|Office of the High Commissioner for Human Rights	organization	IGO
OCHA|UN Office for the Coordination of Humanitarian Affairs	organization	IGO
UNICEF	organization	IGO
UNESCO	organization	IGO
UNRWA	organization	IGO
WFP|World Food Programme|World Food Program	organization	IGO
OPCW|Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons|the OPCW	organization	IGO
OPCW-UN Joint Investigative Mechanism|Joint Investigative Mechanism	organization	IGO
IAEA|International Atomic Energy Agency|the IAEA|UN nuclear watchdog|U.N. nuclear watchdog	organization	IGO
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|the North Atlantic Alliance	organization	IGO
European Union|EU|E.U.|the EU|the European Union|Brussels	organization	IGO
European Commission|the European Commission	organization	IGO
European Council|the European Council|Council of the European Union|Council of the EU	organization	IGO
European Parliament|the European Parliament	organization	IGO
ASEAN|Association of Southeast Asian Nations|Association of South East Asian Nations	organization	IGO
ASEAN Regional Forum	organization	IGO
OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe	organization	IGO
OSCE Special Monitoring Mission|OSCE SMM|Special Monitoring Mission	organization	IGO
G7|G-7|Group of Seven	organization	IGO
G8|G-8|Group of Eight	organization	IGO
G20|G-20|Group of Twenty|Group of 20	organization	IGO
African Union|AU|the African Union	organization	IGO
# The AU's organ for conflicts, which issues communiques in its own name.
African Union Peace and Security Council|Peace and Security Council|AU Peace and Security Council	organization	IGO
ECOWAS|Economic Community of West African States	organization	IGO
IGAD|Intergovernmental Authority on Development	organization	IGO
SADC|Southern African Development Community	organization	IGO
East African Community|EAC	organization	IGO
Mercosur|MERCOSUR	organization	IGO
CARICOM|Caribbean Community	organization	IGO
Pacific Islands Forum	organization	IGO
OPEC|Opec|Organization of the Petroleum Exporting Countries	organization	IGO
Arab League|League of Arab States|the Arab League	organization	IGO
Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf	organization	IGO
Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC	organization	IGO
Organization of American States|OAS	organization	IGO
World Health Organization|World Health Organisation|WHO	organization	IGO
International Monetary Fund|IMF	organization	IGO
World Bank|the World Bank	organization	IGO
World Trade Organization|World Trade Organisation|WTO	organization	IGO
BRICS	organization	IGO
Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO	organization	IGO
Collective Security Treaty Organization|Collective Security Treaty Organisation|CSTO	organization	IGO
Commonwealth of Independent States|CIS	organization	IGO
Eurasian Economic Union|EAEU|EEU	organization	IGO
Council of Europe|the Council of Europe	organization	IGO
International Criminal Court|ICC	organization	IGO
International Court of Justice|ICJ|World Court	organization	IGO
APEC|Asia-Pacific Economic Cooperation	organization	IGO
Interpol|INTERPOL	organization	IGO
Quartet|Middle East Quartet|the Quartet	organization	IGO
Trilateral Contact Group	organization	IGO
# Bodies of one state that speak apart from its government
US Congress|U.S. Congress|the US Congress|the U.S. Congress|Congress|the Congress	organization	USA
US Senate|U.S. Senate|the US Senate|the U.S. Senate	organization	USA
House of Representatives|US House of Representatives|U.S. House of Representatives	organization	USA
State Duma|the State Duma|Russian State Duma|Duma	organization	RUS
Federation Council|the Federation Council	organization	RUS
Verkhovna Rada|the Verkhovna Rada	organization	UKR
Knesset|the Knesset	organization	ISR
House of Commons|the House of Commons	organization	GBR
Bundestag|the Bundestag	organization	DEU
# Political parties: the news quotes them as speakers ("the Tories said", "Labour has
# promised"), and a party is no person. Adjectives that are nothing else ("Tory", "Lib Dem")
# are left out: "the Tory leader" is a person, whom the discourse finds by the title.
Conservative Party|the Conservative Party|Conservatives|the Conservatives|Tories|the Tories|Tory Party|the Tory Party	organization	GBR
Labour Party|the Labour Party|Labour|New Labour	organization	GBR
Liberal Democrats|the Liberal Democrats|Lib Dems|the Lib Dems|Liberal Democrat Party	organization	GBR
Scottish National Party|the Scottish National Party|SNP	organization	GBR
Plaid Cymru	organization	GBR
UK Independence Party|UKIP	organization	GBR
Democratic Unionist Party|DUP	organization	GBR
Sinn Fein|Sinn Féin	organization	GBR
Democratic Party|the Democratic Party|Democrats|the Democrats	organization	USA
Republican Party|the Republican Party|Republicans|the Republicans|GOP	organization	USA
United Russia	organization	RUS
Christian Democratic Union|CDU	organization	DEU
Social Democratic Party of Germany|SPD	organization	DEU
# Armed and political movements
Hamas	group	PSE
Palestine Liberation Organization|PLO	group	PSE
Hezbollah|Hizbollah|Hizbullah	group	LBN
Taliban|the Taliban	group	AFG
Houthis|the Houthis|Ansar Allah	group	YEM
Syrian opposition|the Syrian opposition|Syrian National Coalition|High Negotiations Committee	group	SYR
Kurdistan Workers' Party|PKK	group	TUR
Donetsk People's Republic|DPR|DNR	group	UKR
Luhansk People's Republic|Lugansk People's Republic|LPR|LNR	group	UKR

# Office-holders (title: the role the news most often gives them)
# Russia
Vladimir Putin|Vladimir Vladimirovich Putin	person	RUS	president
Dmitry Medvedev|Dmitri Medvedev	person	RUS	prime minister
Mikhail Mishustin	person	RUS	prime minister
Sergei Lavrov|Sergey Lavrov|Sergei Viktorovich Lavrov	person	RUS	foreign minister
Dmitry Peskov|Dmitri Peskov	person	RUS	press secretary
Maria Zakharova|Mariya Zakharova	person	RUS	spokeswoman
Alexander Lukashevich	person	RUS	permanent representative
Vasily Nebenzya|Vassily Nebenzia|Vasily Nebenzia|Vassily Nebenzya	person	RUS	permanent representative
Vitaly Churkin|Vitaly Tchurkin	person	RUS	permanent representative
Sergei Ryabkov|Sergey Ryabkov	person	RUS	deputy foreign minister
Mikhail Bogdanov	person	RUS	deputy foreign minister
Gennady Gatilov	person	RUS	deputy foreign minister
Grigory Karasin	person	RUS	deputy foreign minister
Alexander Grushko	person	RUS	deputy foreign minister
Sergei Shoigu|Sergey Shoigu	person	RUS	defence minister
Andrei Belousov|Andrey Belousov	person	RUS	defence minister
Sergei Ivanov	person	RUS	chief of staff
Yuri Ushakov|Yury Ushakov	person	RUS	presidential aide
Vladislav Surkov	person	RUS	presidential aide
Dmitry Kozak	person	RUS	deputy chief of staff
Sergei Kislyak|Sergey Kislyak	person	RUS	ambassador
Anatoly Antonov	person	RUS	ambassador
Nikolai Patrushev|Nikolay Patrushev	person	RUS	security council secretary
Valentina Matviyenko	person	RUS	speaker
Vyacheslav Volodin	person	RUS	speaker
Konstantin Kosachev	person	RUS	senator
Leonid Slutsky	person	RUS	lawmaker
Alexei Navalny|Alexey Navalny	person	RUS	opposition leader
# United States
Barack Obama|Barack Hussein Obama	person	USA	president
Donald Trump|Donald J. Trump	person	USA	president
Joe Biden|Joseph Biden|Joseph R. Biden	person	USA	president
George W. Bush	person	USA	president
Mike Pence	person	USA	vice president
Kamala Harris	person	USA	vice president
Hillary Clinton|Hillary Rodham Clinton	person	USA	secretary of state
John Kerry	person	USA	secretary of state
Rex Tillerson	person	USA	secretary of state
Mike Pompeo|Michael Pompeo	person	USA	secretary of state
Antony Blinken|Anthony Blinken|Tony Blinken	person	USA	secretary of state
Marco Rubio	person	USA	secretary of state
Condoleezza Rice	person	USA	secretary of state
Heather Nauert	person	USA	spokesperson
Jeff Rathke	person	USA	spokesperson
John Kirby	person	USA	spokesperson
Jen Psaki	person	USA	press secretary
Ned Price	person	USA	spokesperson
Matthew Miller	person	USA	spokesperson
Victoria Nuland	person	USA	assistant secretary of state
Marie Harf	person	USA	spokesperson
Mark Toner	person	USA	spokesperson
Morgan Ortagus	person	USA	spokesperson
Sean Spicer	person	USA	press secretary
Sarah Huckabee Sanders|Sarah Sanders	person	USA	press secretary
Karine Jean-Pierre	person	USA	press secretary
Josh Earnest	person	USA	press secretary
Kurt Volker	person	USA	special representative
Susan Rice	person	USA	national security adviser
Samantha Power	person	USA	ambassador
Nikki Haley	person	USA	ambassador
Linda Thomas-Greenfield	person	USA	ambassador
John Bolton	person	USA	national security adviser
H.R. McMaster|H. R. McMaster	person	USA	national security adviser
Jake Sullivan	person	USA	national security adviser
Michael Flynn	person	USA	national security adviser
Jim Mattis|James Mattis	person	USA	defense secretary
Ash Carter|Ashton Carter	person	USA	defense secretary
Lloyd Austin	person	USA	defense secretary
Chuck Hagel	person	USA	defense secretary
Jon Huntsman	person	USA	ambassador
John Sullivan	person	USA	deputy secretary of state
Wendy Sherman	person	USA	deputy secretary of state
Steve Witkoff	person	USA	special envoy
Nancy Pelosi	person	USA	speaker
John McCain	person	USA	senator
Lindsey Graham	person	USA	senator
# China
Xi Jinping|Xi	person	CHN	president
Hu Jintao|Hu	person	CHN	president
Li Keqiang	person	CHN	premier
Wen Jiabao|Wen	person	CHN	premier
Li Qiang	person	CHN	premier
Wang Yi	person	CHN	foreign minister
Yang Jiechi	person	CHN	foreign minister
Qin Gang	person	CHN	foreign minister
Hua Chunying	person	CHN	spokeswoman
Geng Shuang	person	CHN	spokesman
Lu Kang	person	CHN	spokesman
Zhao Lijian	person	CHN	spokesman
Wang Wenbin	person	CHN	spokesman
Mao Ning	person	CHN	spokeswoman
Lin Jian	person	CHN	spokesman
Hong Lei	person	CHN	spokesman
Zhang Jun	person	CHN	permanent representative
Fu Cong	person	CHN	permanent representative
# Ukraine
Volodymyr Zelensky|Volodymyr Zelenskyy|Volodymyr Zelenskiy|Zelenskyy	person	UKR	president
Petro Poroshenko	person	UKR	president
Viktor Yanukovych|Viktor Yanukovich	person	UKR	president
Dmytro Kuleba	person	UKR	foreign minister
Pavlo Klimkin	person	UKR	foreign minister
Vadym Prystaiko	person	UKR	foreign minister
Andrii Sybiha|Andriy Sybiha	person	UKR	foreign minister
Arseniy Yatsenyuk|Arseny Yatsenyuk	person	UKR	prime minister
Denys Shmyhal	person	UKR	prime minister
Andriy Yermak|Andrii Yermak	person	UKR	chief of staff
# United Kingdom
David Cameron	person	GBR	prime minister
Theresa May	person	GBR	prime minister
Boris Johnson	person	GBR	prime minister
Liz Truss	person	GBR	prime minister
Rishi Sunak	person	GBR	prime minister
Keir Starmer	person	GBR	prime minister
Gordon Brown	person	GBR	prime minister
Tony Blair	person	GBR	prime minister
Jack Straw	person	GBR	foreign secretary
David Miliband	person	GBR	foreign secretary
William Hague	person	GBR	foreign secretary
Philip Hammond	person	GBR	foreign secretary
Jeremy Hunt	person	GBR	foreign secretary
Dominic Raab	person	GBR	foreign secretary
James Cleverly	person	GBR	foreign secretary
David Lammy	person	GBR	foreign secretary
# France
Nicolas Sarkozy	person	FRA	president
François Hollande|Francois Hollande	person	FRA	president
Emmanuel Macron	person	FRA	president
Laurent Fabius	person	FRA	foreign minister
Jean-Marc Ayrault	person	FRA	foreign minister
Jean-Yves Le Drian	person	FRA	foreign minister
Catherine Colonna	person	FRA	foreign minister
Bernard Kouchner	person	FRA	foreign minister
Stéphane Séjourné|Stephane Sejourne	person	FRA	foreign minister
Jean-Noël Barrot|Jean-Noel Barrot	person	FRA	foreign minister
# Germany
Angela Merkel	person	DEU	chancellor
Olaf Scholz	person	DEU	chancellor
Friedrich Merz	person	DEU	chancellor
Frank-Walter Steinmeier	person	DEU	president
Sigmar Gabriel	person	DEU	foreign minister
Heiko Maas	person	DEU	foreign minister
Annalena Baerbock	person	DEU	foreign minister
Guido Westerwelle	person	DEU	foreign minister
Steffen Seibert	person	DEU	spokesman
# Middle East
Bashar al-Assad|Bashar al-Asad|Bashar Assad|Bashar al Assad|Assad	person	SYR	president
Walid Muallem|Walid al-Muallem|Walid al-Moallem	person	SYR	foreign minister
Faisal Mekdad|Faisal al-Mekdad	person	SYR	foreign minister
Bashar Jaafari|Bashar al-Jaafari	person	SYR	permanent representative
Ahmed al-Sharaa|Ahmad al-Sharaa	person	SYR	president
Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Erdogan|Erdoğan	person	TUR	president
Mevlüt Çavuşoğlu|Mevlut Cavusoglu	person	TUR	foreign minister
Hakan Fidan	person	TUR	foreign minister
Ahmet Davutoğlu|Ahmet Davutoglu	person	TUR	prime minister
Hassan Rouhani|Hassan Rohani	person	IRN	president
Mahmoud Ahmadinejad	person	IRN	president
Ebrahim Raisi	person	IRN	president
Masoud Pezeshkian	person	IRN	president
Ali Khamenei|Ayatollah Ali Khamenei|Ayatollah Khamenei	person	IRN	supreme leader
Mohammad Javad Zarif|Javad Zarif	person	IRN	foreign minister
Hossein Amir-Abdollahian|Hossein Amirabdollahian	person	IRN	foreign minister
Abbas Araghchi	person	IRN	foreign minister
Benjamin Netanyahu|Binyamin Netanyahu	person	ISR	prime minister
Ehud Olmert	person	ISR	prime minister
Naftali Bennett	person	ISR	prime minister
Yair Lapid	person	ISR	prime minister
Tzipi Livni	person	ISR	foreign minister
Avigdor Lieberman|Avigdor Liberman	person	ISR	foreign minister
Mahmoud Abbas|Abu Mazen	person	PSE	president
Salman bin Abdulaziz|King Salman	person	SAU	king
Mohammed bin Salman|Mohammad bin Salman	person	SAU	crown prince
Adel al-Jubeir	person	SAU	foreign minister
Faisal bin Farhan	person	SAU	foreign minister
Abdel Fattah al-Sisi|Abdel Fattah el-Sisi|Abdel-Fattah el-Sissi	person	EGY	president
Sameh Shoukry	person	EGY	foreign minister
Tamim bin Hamad Al Thani	person	QAT	emir
Mohammed bin Zayed|Mohamed bin Zayed	person	ARE	president
# Asia-Pacific and others
Kim Jong Un|Kim Jong-un|Kim Jong-Un	person	PRK	leader
Kim Jong Il|Kim Jong-il	person	PRK	leader
Ri Yong Ho|Ri Yong-ho	person	PRK	foreign minister
Choe Son Hui|Choe Son-hui	person	PRK	foreign minister
Moon Jae-in|Moon Jae In	person	KOR	president
Park Geun-hye	person	KOR	president
Yoon Suk Yeol|Yoon Suk-yeol	person	KOR	president
Lee Jae-myung	person	KOR	president
Kang Kyung-wha	person	KOR	foreign minister
Shinzo Abe|Shinzō Abe	person	JPN	prime minister
Fumio Kishida	person	JPN	prime minister
Yoshihide Suga	person	JPN	prime minister
Shigeru Ishiba	person	JPN	prime minister
Taro Kono|Tarō Kōno	person	JPN	foreign minister
Narendra Modi	person	IND	prime minister
Manmohan Singh	person	IND	prime minister
Sushma Swaraj	person	IND	external affairs minister
Subrahmanyam Jaishankar|S. Jaishankar	person	IND	external affairs minister
Imran Khan	person	PAK	prime minister
Nawaz Sharif	person	PAK	prime minister
Shehbaz Sharif	person	PAK	prime minister
Rodrigo Duterte|Rodrigo Roa Duterte	person	PHL	president
Ferdinand Marcos Jr.|Bongbong Marcos	person	PHL	president
Benigno Aquino III|Benigno Aquino	person	PHL	president
Alan Peter Cayetano	person	PHL	foreign secretary
Teodoro Locsin Jr.|Teodoro Locsin	person	PHL	foreign secretary
Ashraf Ghani	person	AFG	president
Hamid Karzai	person	AFG	president
Alexander Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka	person	BLR	president
Nursultan Nazarbayev	person	KAZ	president
Kassym-Jomart Tokayev	person	KAZ	president
Ilham Aliyev	person	AZE	president
Nikol Pashinyan	person	ARM	prime minister
Viktor Orbán|Viktor Orban	person	HUN	prime minister
Raúl Castro|Raul Castro	person	CUB	president
Fidel Castro	person	CUB	president
Miguel Díaz-Canel|Miguel Diaz-Canel	person	CUB	president
Bruno Rodríguez|Bruno Rodriguez|Bruno Rodríguez Parrilla	person	CUB	foreign minister
Nicolás Maduro|Nicolas Maduro	person	VEN	president
Hugo Chávez|Hugo Chavez	person	VEN	president
Juan Manuel Santos	person	COL	president
María Ángela Holguín|Maria Angela Holguin	person	COL	foreign minister
Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva|Lula da Silva|Lula	person	BRA	president
Jair Bolsonaro	person	BRA	president
Justin Trudeau	person	CAN	prime minister
Stephen Harper	person	CAN	prime minister
Chrystia Freeland	person	CAN	foreign minister
Malcolm Turnbull	person	AUS	prime minister
Julie Bishop	person	AUS	foreign minister
Matteo Renzi	person	ITA	prime minister
Giorgia Meloni	person	ITA	prime minister
Cyril Ramaphosa	person	ZAF	president
Jacob Zuma	person	ZAF	president
# International bodies
Ban Ki-moon|Ban Ki-Moon|Ban Ki Moon	person	IGO	secretary-general
António Guterres|Antonio Guterres	person	IGO	secretary-general
Kofi Annan	person	IGO	secretary-general
Staffan de Mistura	person	IGO	special envoy
Geir Pedersen	person	IGO	special envoy
Stéphane Dujarric|Stephane Dujarric	person	IGO	spokesman
Jens Stoltenberg	person	IGO	secretary-general
Mark Rutte	person	IGO	secretary-general
Anders Fogh Rasmussen	person	IGO	secretary-general
Federica Mogherini	person	IGO	high representative
Catherine Ashton	person	IGO	high representative
Josep Borrell	person	IGO	high representative
Kaja Kallas	person	IGO	high representative
Jean-Claude Juncker	person	IGO	president of the European Commission
Ursula von der Leyen	person	IGO	president of the European Commission
Donald Tusk	person	IGO	president of the European Council
Charles Michel	person	IGO	president of the European Council
Yukiya Amano	person	IGO	director-general
Rafael Grossi|Rafael Mariano Grossi	person	IGO	director-general
Ahmet Üzümcü|Ahmet Uzumcu	person	IGO	director-general
Fernando Arias	person	IGO	director-general
Tedros Adhanom Ghebreyesus|Tedros Adhanom	person	IGO	director-general
Christine Lagarde	person	IGO	managing director
