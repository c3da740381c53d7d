# The default demonyms: adjectives and possessives that name a country ("Russian",
# "American", "Russia's", "Moscow's", "the Kremlin's"). Fields: forms	country (README.md).
# Forms are matched case as written, with ' and ’ both. "U.S." and "UK" are adjectives too
# ("the U.S. side"); "Congolese" is the DR Congo's, the larger state, and "Dominican" the
# Dominican Republic's.
[demonym]
Afghan|Afghani|Afghanistan's|Kabul's	AFG
Albanian|Albania's	ALB
Algerian|Algeria's	DZA
Andorran	AND
Angolan	AGO
Antiguan	ATG
Argentine|Argentinian|Argentinean|Argentina's	ARG
Armenian|Armenia's|Yerevan's	ARM
Australian|Australia's|Canberra's	AUS
Austrian|Austria's	AUT
Azerbaijani|Azeri|Azerbaijan's|Baku's	AZE
Bahamian	BHS
Bahraini|Bahrain's	BHR
Bangladeshi|Bangladesh's	BGD
Barbadian	BRB
Belarusian|Belarusan|Byelorussian|Belarus'|Minsk's	BLR
Belgian|Belgium's	BEL
Belizean	BLZ
Beninese	BEN
Bhutanese	BTN
Bolivian|Bolivia's	BOL
Bosnian|Bosnia's	BIH
Botswanan|Motswana	BWA
Brazilian|Brazil's	BRA
Bruneian	BRN
Bulgarian|Bulgaria's	BGR
Burkinabe|Burkinabè	BFA
Burundian	BDI
Cape Verdean|Cabo Verdean	CPV
Cambodian|Cambodia's	KHM
Cameroonian	CMR
Canadian|Canada's|Ottawa's	CAN
Central African	CAF
Chadian	TCD
Chilean|Chile's	CHL
Chinese|PRC|China's|Beijing's	CHN
Colombian|Colombia's|Bogota's|Bogotá's	COL
Comoran|Comorian	COM
Congolese	COD
Costa Rican	CRI
Ivorian	CIV
Croatian|Croat|Croatia's	HRV
Cuban|Cuba's|Havana's	CUB
Cypriot|Cyprus'	CYP
Czech|the Czech Republic's	CZE
Danish|Denmark's	DNK
Djiboutian	DJI
Dominican	DOM
Ecuadorian|Ecuadorean|Ecuador's	ECU
Egyptian|Egypt's|Cairo's	EGY
Salvadoran|Salvadorean	SLV
Equatoguinean|Equatorial Guinean	GNQ
Eritrean	ERI
Estonian|Estonia's	EST
Swazi|Eswatini	SWZ
Ethiopian|Ethiopia's	ETH
Fijian	FJI
Finnish|Finland's	FIN
French|France's|Paris'	FRA
Gabonese	GAB
Gambian	GMB
Georgian|Georgia's|Tbilisi's	GEO
German|Germany's|Berlin's	DEU
Ghanaian	GHA
Greek|Hellenic|Greece's|Athens'	GRC
Grenadian	GRD
Guatemalan	GTM
Guinean	GIN
Bissau-Guinean	GNB
Guyanese	GUY
Haitian	HTI
Honduran	HND
Hungarian|Hungary's|Budapest's	HUN
Icelandic	ISL
Indian|India's|New Delhi's	IND
Indonesian|Indonesia's|Jakarta's	IDN
Iranian|Persian|Iran's|Tehran's	IRN
Iraqi|Iraq's|Baghdad's	IRQ
Irish|Ireland's	IRL
Israeli|Israel's	ISR
Italian|Italy's|Rome's	ITA
Jamaican	JAM
Japanese|Japan's|Tokyo's	JPN
Jordanian|Jordan's	JOR
Kazakh|Kazakhstani|Kazakhstan's	KAZ
Kenyan	KEN
I-Kiribati	KIR
North Korean|DPRK|North Korea's|Pyongyang's	PRK
South Korean|ROK|South Korea's|Seoul's	KOR
Kuwaiti|Kuwait's	KWT
Kyrgyz|Kyrgyzstani|Kyrgyzstan's	KGZ
Lao|Laotian|Laos'	LAO
Latvian|Latvia's	LVA
Lebanese|Lebanon's	LBN
Basotho|Lesothan	LSO
Liberian	LBR
Libyan|Libya's	LBY
Liechtensteiner	LIE
Lithuanian|Lithuania's	LTU
Luxembourgish|Luxembourg	LUX
Malagasy	MDG
Malawian	MWI
Malaysian|Malaysia's	MYS
Maldivian	MDV
Malian	MLI
Maltese	MLT
Marshallese	MHL
Mauritanian	MRT
Mauritian	MUS
Mexican|Mexico's	MEX
Micronesian	FSM
Moldovan|Moldova's	MDA
Monegasque	MCO
Mongolian|Mongolia's	MNG
Montenegrin|Montenegro's	MNE
Moroccan|Morocco's	MAR
Mozambican	MOZ
Myanmar|Burmese|Myanmar's	MMR
Namibian	NAM
Nauruan	NRU
Nepali|Nepalese|Nepal's	NPL
Dutch|the Netherlands'	NLD
New Zealand|New Zealand's	NZL
Nicaraguan|Nicaragua's	NIC
Nigerien	NER
Nigerian|Nigeria's	NGA
Macedonian|North Macedonian|North Macedonia's	MKD
Norwegian|Norway's	NOR
Omani|Oman's	OMN
Pakistani|Pakistan's|Islamabad's	PAK
Palauan	PLW
Panamanian	PAN
Papua New Guinean	PNG
Paraguayan	PRY
Peruvian|Peru's	PER
Philippine|Filipino|the Philippines'|Manila's	PHL
Polish|Poland's|Warsaw's	POL
Portuguese|Portugal's	PRT
Qatari|Qatar's|Doha's	QAT
Romanian|Romania's	ROU
Russian|Russia's|Moscow's|the Kremlin's|Kremlin's|the Russian Federation's	RUS
Rwandan	RWA
Kittitian	KNA
Saint Lucian	LCA
Vincentian	VCT
Samoan	WSM
Sammarinese	SMR
Santomean	STP
Saudi|Saudi Arabian|Saudi Arabia's|Riyadh's	SAU
Senegalese	SEN
Serbian|Serb|Serbia's|Belgrade's	SRB
Seychellois	SYC
Sierra Leonean	SLE
Singaporean|Singapore's	SGP
Slovak|Slovakia's	SVK
Slovenian|Slovene|Slovenia's	SVN
Solomon Islands	SLB
Somali	SOM
South African|South Africa's	ZAF
South Sudanese	SSD
Spanish|Spain's|Madrid's	ESP
Sri Lankan|Sri Lanka's	LKA
Sudanese|Sudan's	SDN
Surinamese	SUR
Swedish|Sweden's	SWE
Swiss|Switzerland's	CHE
Syrian|Syria's|Damascus'	SYR
Tajik|Tajikistani|Tajikistan's	TJK
Tanzanian	TZA
Thai|Thailand's	THA
Timorese	TLS
Togolese	TGO
Tongan	TON
Trinidadian|Tobagonian	TTO
Tunisian|Tunisia's	TUN
Turkish|Turkey's|Türkiye's|Ankara's	TUR
Turkmen|Turkmenistan's	TKM
Tuvaluan	TUV
Ugandan	UGA
Ukrainian|Ukraine's|Kyiv's|Kiev's	UKR
Emirati|UAE|the UAE's	ARE
British|UK|U.K.|Britain's|the UK's|the U.K.'s|the United Kingdom's|London's|Downing Street's	GBR
American|U.S.|US|America's|the United States'|United States'|the U.S.'s|the US's|Washington's|the White House's|White House's|the State Department's|State Department's|the Pentagon's|Pentagon's	USA
Uruguayan	URY
Uzbek|Uzbekistani|Uzbekistan's	UZB
Vanuatuan|Ni-Vanuatu	VUT
Venezuelan|Venezuela's|Caracas'	VEN
Vietnamese|Vietnam's|Hanoi's	VNM
Yemeni|Yemen's	YEM
Zambian	ZMB
Zimbabwean	ZWE
Taiwanese|Taiwan's|Taipei's	TWN
Kosovar|Kosovan|Kosovo's	XKX
Palestinian|Palestine's	PSE
Vatican|papal	VAT
# States that no longer exist (actors.lex).
Soviet|Soviet Union's|the Soviet Union's|USSR's	SUN
Yugoslav|Yugoslavian|Yugoslavia's	YUG
Czechoslovak|Czechoslovakian|Czechoslovakia's	CSK
East German|East Germany's	DDR
West German|West Germany's	DEU
Zairean|Zairian|Zaire's	ZAR
