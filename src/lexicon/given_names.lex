# given_names.lex: given (first) names that show a person's sex, the [given] section.
#
# What it is for: communique resolves "he" and "she" to the person the text named before. Where no
# form of address ("Mr", "Ms", "Baroness") or title ("spokeswoman") shows a person's sex, the library
# reads the FIRST WORD of the person's full name ("Patricia Hewitt" -> Patricia -> female) and looks it
# up here, so that "she said" after "Tony Blair ... Patricia Hewitt" is not given to Blair. A name of
# one word (a surname alone) has no given name to read, and for people of countries whose names English
# news writes family name first (China, Taiwan, Hong Kong, Macau, both Koreas, Cambodia) nothing is read.
#
# Rule for inclusion: a form is listed only if, in international news, at least about 95% of the people
# who bear it as a first name are of the sex given. Names given to both sexes, or to men in one
# language and women in another (Andrea, Nicola, Jean, Kim, Alex, Sasha, Simone, Michal, Nikola...),
# are left out; a name left out only means the pronoun may be that person, whereas a wrong sex sends
# the pronoun to the wrong person. Also left out: titles and honorifics (Sheikh, Sayed, Sultan, Emir),
# and names that are common words or place names likely to stand just before a name ("Said Mr X",
# "Israel", "Georgia", "Will", "Hope", "May", "Grace"). Transliteration variants are separate forms
# (Sergei|Sergey|Serhiy); forms match case-sensitively as written in running text, with accents
# where news uses them (José, François, Ségolène).
#
# Format: one record per line, forms separated by '|', a TAB, then "female" or "male". Lines are
# grouped by region or language under a comment heading; a form appears only once in this file.
# A user's own lexicon file may add names or override these: a [given] record there for a form
# listed here replaces it, and within a file an entry with the same form later in the file wins.

[given]

# English (British, Irish, American, Australian, Canadian...)
# Left out as given to men and women alike, or as words: Alex, Chris, Sam, Pat, Jo, Jamie, Jordan, Taylor,
# Morgan, Robin, Leslie, Lesley, Kelly, Ashley, Dana, Kim, Jean, Joan, Jan, Terry, Tracy, Lindsay, Lindsey,
# Hilary, Glenn, Kerry, Courtney, Jackie, Jesse, Casey, Cameron, Riley, Quinn, Kit, Mel, Sandy, Toni,
# Will, Hope, Faith, Joy, Grace, May, June, April, Summer, Amber, Daisy, Dawn.
John|Jon|Jonathan|Johnny|Jack|Jake|James|Jim|Jimmy|Robert|Rob|Bob	male
Bobby|Michael|Mike|Mitch|William|Bill|Billy|Richard|Rick|Dick|Rishi|David	male
Joseph|Joe|Thomas|Tom|Charles|Chuck|Christopher|Daniel|Dan|Matthew|Matt|Anthony	male
Tony|Antony|Donald|Don|Mark|Marc|Paul|Steven|Stephen|Steve|Andrew|Andy	male
Kenneth|Ken|Joshua|Josh|Kevin|Brian|Bryan|George|Edward|Ed|Ted|Ronald	male
Ron|Timothy|Tim|Jason|Jeffrey|Jeff|Geoffrey|Ryan|Jacob|Gary|Nicholas|Nick	male
Eric|Jeremy|Jerry|Larry|Frank|Scott|Raymond|Ray|Gregory|Greg|Samuel|Benjamin	male
Ben|Patrick|Dennis|Aaron|Henry|Harry|Douglas|Doug|Peter|Pete|Nathan|Keith	male
Roger|Sean|Seamus|Gerald|Carl|Arthur|Lawrence|Bruce|Gabriel|Albert|Alan|Allan	male
Roy|Vincent|Ralph|Russell|Philip|Phil|Louis|Lewis|Howard|Hugh|Ian|Iain	male
Gordon|Malcolm|Nigel|Neil|Niall|Alistair|Alastair|Angus|Callum|Duncan|Graham|Gavin	male
Gareth|Colin|Dominic|Justin|Keir|Kwasi|Liam|Lloyd|Norman|Oliver|Owen|Rory	male
Sajid|Nadhim|Simon|Stuart|Stewart|Wes|Boris|Barack|Jared|Adam|Adrian|Alfred	male
Barry|Benedict|Bernard|Brandon|Brendan|Craig|Edmund|Felix|Francis|Fred|Frederick|Isaac	male
Julian|Julius|Kurt|Leo|Leon|Lionel|Lucas|Luke|Marcus|Martin|Max|Miles	male
Nelson|Noel|Oscar|Rex|Rhys|Rupert|Ross|Shane|Winston|Warren|Bernie|Elon	male
Tucker|Hakeem|Merrick|Kash|Mitt|Jay|Sadiq|Humza|Anas|Colum|Conor|Connor	male
Declan|Kieran|Eamon|Éamon|Seán|Micheál|Enda|Victor|Erik|Emil|Emanuel|Huw	male
Mary|Elizabeth|Liz|Beth|Betty|Betsy|Margaret|Maggie|Meg|Patricia|Patty|Jennifer	female
Jenny|Linda|Barbara|Susan|Sue|Susie|Jessica|Sarah|Nancy|Lisa|Sandra|Kimberly	female
Donna|Emily|Michelle|Carol|Amanda|Melissa|Deborah|Debbie|Stephanie|Rebecca|Becky|Sharon	female
Laura|Cynthia|Kathleen|Katherine|Kathryn|Catherine|Kate|Katie|Katy|Kathy|Amy|Angela	female
Anna|Anne|Ann|Annie|Brenda|Pamela|Emma|Nicole|Helen|Samantha|Christine|Christina	female
Rachel|Carolyn|Janet|Virginia|Maria|Heather|Diane|Julie|Joyce|Victoria|Lauren|Olivia	female
Judith|Judy|Megan|Cheryl|Martha|Frances|Hannah|Jacqueline|Jacqui|Gloria|Teresa|Theresa	female
Sara|Julia|Marie|Abigail|Sophia|Sophie|Jane|Alice|Diana|Alison|Caroline|Claire	female
Clare|Fiona|Gillian|Harriet|Hazel|Heidi|Isabel|Isabella|Jill|Joanna|Joanne|Juliet	female
Louise|Lucy|Melanie|Natalie|Nadine|Penny|Priti|Suella|Kemi|Yvette|Yvonne|Bridget	female
Esther|Kirsty|Kirsten|Kristin|Lorraine|Maureen|Meghan|Miriam|Monica|Naomi|Nora|Paula	female
Pauline|Rosemary|Ruth|Sally|Sheila|Shirley|Stella|Suzanne|Tessa|Tracey|Ursula|Valerie	female
Vanessa|Veronica|Wendy|Zoe|Zoë|Hillary|Madeleine|Condoleezza|Kamala|Alexandria|Ayanna|Kirstjen	female
Kyrsten|Tammy|Marsha|Marjorie|Kristi|Gina|Karine|Nikki|Melania|Ivanka|Tiffany|Lara	female
Stacey|Mazie|Pramila|Gretchen|Letitia|Ketanji|Sonia|Elena|Avril|Kellyanne|Karoline|Elise	female
Christiane|Greta|Sheryl|Oprah|Meryl|Angelina|Beyoncé|Beyonce|Rihanna|Adele|Madonna|Shakira	female
Serena|Venus|Caitlin|Brittney|Annika|Agnes|Audrey|Camilla|Carla|Carmen|Charlotte|Chloe	female
Clara|Dorothy|Eleanor|Ella|Ellen|Erica|Eva|Florence|Ingrid|Irene|Jacinda|Jasmine	female
Josephine|Katharine|Katrina|Leah|Lena|Lily|Lydia|Mia|Molly|Rose|Rosie|Roberta	female
Tamara|Tanya|Tina|Sylvia|Cherie|Jacinta|Sussan|Marise|Michaelia|Anneliese|Shabana|Thérèse	female
Therese|Mhairi|Arlene|Róisín|Aoife|Siobhan|Siobhán|Niamh|Sinéad|Sinead|Orla|Ciara	female
Máire|Mairead|Deirdre|Eluned|Siân|Carmel|Nanaia|Portia|Kamla|Kamina|Loretta|Beatrice	female
Alexandra|Gabrielle|Katarina|Eugenie|Zara|Letizia|Máxima|Maxima|Charlene|Mette-Marit|Hellen	female

# French (France, Belgium, Switzerland, Quebec, francophone Africa)
# Left out: Dominique, Claude, Camille, Maxime, René/Rene, Sacha, Laurence (a woman in France, a man in
# England), Valentine, Andréa; Jean alone (a man in French, a woman in English).
Emmanuel|Édouard|Edouard|Michel|François|Francois|Sébastien|Sebastien|Éric|Nicolas|Jacques|Bruno	male
Gérald|Gérard|Gerard|Stéphane|Stephane|Laurent|Fabien|Olivier|Raphaël|Raphael|Yannick|Aurélien	male
Benoît|Benoit|Thierry|Xavier|Yves|Alain|Arnaud|Christophe|Didier|Florian|Franck|Frédéric	male
Frederic|Gilles|Guillaume|Hervé|Jérôme|Julien|Loïc|Luc|Marcel|Mathieu|Matthieu|Patrice	male
Philippe|Pierre|Serge|Antoine|Baptiste|Hugo|Georges|Henri|Jules|Pascal|Valéry|Valentin	male
Kylian|Noël|Félix|Moïse|Jean-Luc|Jean-Claude|Jean-Marc|Jean-Yves|Jean-Noël|Jean-Pierre|Jean-Michel|Jean-Paul	male
Jean-Marie|Jean-Louis|Jean-François|Jean-Christophe|Jean-Jacques|Jean-Baptiste|Jean-Philippe|Pierre-Olivier|François-Xavier|François-Philippe|Yves-François	male
Brigitte|Élisabeth|Marine|Valérie|Ségolène|Rachida|Manon|Clémentine|Sandrine|Yaël|Aurore|Amélie	female
Agnès|Roselyne|Sylvie|Nathalie|Véronique|Françoise|Francoise|Monique|Martine|Hélène|Myriam|Muriel	female
Isabelle|Juliette|Prisca|Fleur|Aurélie|Pascale|Michèle|Danièle|Emmanuelle|Chantal|Mireille|Béatrice	female
Joséphine|Danielle|Édith|Léa|Chloé|Inès|Céline|Delphine|Élodie|Émilie|Geneviève|Laetitia	female
Magali|Marlène|Maud|Mélanie|Stéphanie|Virginie|Corinne|Laure|Lucie|Jeanne|Angélique|Jeannette	female
Anne-Marie|Anne-Sophie|Anne-Claire|Marie-France|Marie-Christine|Marie-Hélène|Marie-Laure|Marie-Claude|Marie-Claire|Marie-Louise|Marie-Agnes|Hadja	female
Micheline|Simonetta	female

# German, Austrian, Swiss, Dutch and Flemish
# Left out: Kai, Sascha, Toni, Eike, Helge, Gabi, Gabriele (a man in Italy), Simone (a man in Italy), Kim, Jan.
Olaf|Friedrich|Hubertus|Lars|Markus|Hendrik|Winfried|Frank-Walter|Gerhard|Helmut|Horst|Wolfgang	male
Norbert|Jens|Cem|Tino|Armin|Thorsten|Volker|Heiko|Carsten|Klaus|Sigmar|Andreas	male
Bernd|Christoph|Dietmar|Ernst|Franz|Gregor|Hans|Harald|Holger|Joachim|Johannes|Jörg	male
Jürgen|Karl|Karl-Heinz|Karl-Theodor|Konrad|Matthias|Nils|Otto|Philipp|Sebastian|Stefan|Sven	male
Ulf|Ulrich|Werner|Hans-Dietrich|Johann|Stephan|Tobias|Lukas|Dominik|Anton|Maximilian|Hermann	male
Herman|Wopke|Geert|Frans|Pieter|Bart	male
Annalena|Svenja|Saskia|Ricarda|Sahra|Katrin|Kerstin|Manuela|Franziska|Anke|Birgit|Britta	female
Bärbel|Claudia|Dagmar|Elke|Heike|Helga|Jutta|Karin|Katja|Malu|Monika|Petra	female
Renate|Sabine|Silke|Steffi|Susanne|Ulla|Ulrike|Ute|Annegret|Beate|Bettina|Dorothee	female
Martina|Regina|Rita|Sigrid|Tanja|Verena|Katharina|Stefanie|Beatrix|Frauke|Janine|Elisabeth	female
Ines|Klara|Femke|Hanke|Kajsa|Annemarie|Liesbeth|Marieke|Mirjam|Sarina|Ilse|Erika	female

# Nordic and Baltic
# Left out: Kari (a man in Finland), Mika, Kimi, Janne, Ola (a man in Norway and Sweden, a woman in Poland),
# Kristen (a man in Estonia), Aki, Bo.
Anders|Jonas|Espen|Trygve|Fredrik|Göran|Per|Björn|Johan|Magnus|Henrik|Antti	male
Petteri|Sauli|Pekka|Jussi|Martti|Valtteri|Søren|Rasmus|Kristian|Jimmie|Gustav|Haakon	male
Bjarni|Alar|Jüri|Toomas|Gitanas|Gabrielius|Vytautas|Algirdas|Saulius|Edgars|Krišjānis|Andrius	male
Valdis|Gediminas|Frederik	male
Mette|Helle|Margrethe|Erna|Gro|Ine|Anniken|Sylvi|Siv|Magdalena|Ebba|Tarja	female
Riikka|Elina|Päivi|Sanna|Aino|Johanna|Minna|Henna|Marja|Hanna|Pia|Pernille	female
Inger|Ylva|Åsa|Ulrika|Birgitta|Linnea|Malin|Frida|Agneta|Margareta|Katrín|Kristrún	female
Jóhanna|Vigdís|Kaja|Kersti|Ingrida|Dalia|Evika|Tove	female

# Italian and Maltese
# Left out: Andrea and Nicola (men in Italy, women elsewhere), Simone and Gabriele (men in Italy, women in
# France and Germany), Michele (Michèle is French and female), Daniele (Danièle), Elia.
Sergio|Mario|Matteo|Giuseppe|Antonio|Silvio|Romano|Enrico|Paolo|Luigi|Giancarlo|Carlo	male
Guido|Francesco|Lorenzo|Alessandro|Federico|Fabio|Giovanni|Giulio|Massimo|Maurizio|Pietro|Piero	male
Raffaele|Roberto|Stefano|Vittorio|Gianni|Gianfranco|Domenico|Emanuele|Filippo|Giacomo|Giorgio|Luca	male
Luciano|Marcello|Marco|Nicolò|Riccardo|Salvatore|Tommaso|Umberto|Valerio|Vincenzo|Dario|Claudio	male
Ignazio|Angelo|Franco|Alberto|Cristiano|Mauro	male
Giorgia|Elly|Marta|Chiara|Francesca|Federica|Alessandra|Paola|Daniela|Lucia|Luisa|Mara	female
Marina|Mariastella|Michela|Rosy|Rosa|Silvia|Stefania|Valentina|Valeria|Giulia|Ilaria|Margherita	female
Nicoletta|Patrizia|Raffaella|Simona|Tiziana|Antonella|Benedetta|Carolina|Cristina|Donatella|Eleonora|Gabriella	female
Elisabetta|Giovanna|Marcella|Vittoria|Annamaria|Alessia	female

# Spanish, Catalan, Basque, Portuguese and Latin American
# Left out: Guadalupe, Rosario, Trinidad, Cruz, Reyes, Santiago (a capital), Joan (a man in Catalan).
Pedro|Mariano|José|Jose|Juan|Pablo|Carles|Oriol|Pere|Jordi|Josep|Salvador	male
Fernando|Alfonso|Felipe|Carlos|Luis|Luís|Manuel|Miguel|Ángel|Francisco|Javier|Rafael	male
Raúl|Raul|Jesús|Gustavo|Andrés|Andres|Sebastián|Nicolás|Alejandro|Álvaro|Alvaro|Diego	male
Marcelo|Mauricio|Enrique|Evo|Lula|Luiz|Jair|Eduardo|Rodrigo|Sérgio|Alexandre|Ricardo	male
Rui|Mário|António|João|Joao|Tomás|Bernardo|Joaquín|Joaquin|Óscar|Martín|Gonzalo	male
Guillermo|Leopoldo|Lenín|Víctor|Nayib|Néstor|Nestor|Axel|Máximo|Yamandú|Edmundo|Diosdado	male
Fidel|Ernesto|Ismael|Elias|André|Andre	male
María|Ana|Pilar|Dolores|Mercedes|Soraya|Yolanda|Begoña|Ione|Inés|Arancha|Ainhoa	female
Amaia|Maite|Montserrat|Meritxell|Núria|Nuria|Ada|Inmaculada|Esperanza|Rocío|Macarena|Consuelo	female
Elvira|Fátima|Lucía|Luz|Marisol|Natalia|Paloma|Raquel|Soledad|Susana|Verónica|Ximena	female
Jimena|Mónica|Beatriz|Blanca|Catalina|Gabriela|Graciela|Josefina|Leticia|Lorena|Marcela|Mariana	female
Rebeca|Viviana|Dilma|Gleisi|Tereza|Luiza|Catarina|Joana|Graça|Fernanda|Margarida|Adriana	female
Camila|Juliana|Marielle|Renata|Xiomara|Delcy|Corina|Cilia|Jeanine|Xóchitl|Xochitl|Alejandra	female
Sofía|Piedad|Mireya|Violeta|Alicia|Karina|Carme|Maribel|Florencia|Agustina|Micaela	female

# Polish, Czech, Slovak, Hungarian, Romanian, Moldovan, Bulgarian and Balkan
# Left out: Nikola (a man in the Balkans, a woman elsewhere), Michal (a man in Czech and Slovak, a woman in
# Hebrew), Marian and Marjan (men in Slovak, Slovene and Romanian; women elsewhere), Jan, Edi, Isa, Milan (a city).
Andrzej|Jarosław|Jaroslaw|Mateusz|Radosław|Radoslaw|Rafał|Rafal|Szymon|Władysław|Krzysztof|Lech	male
Aleksander|Zbigniew|Tomasz|Piotr|Paweł|Pawel|Marek|Marcin|Michał|Wojciech|Przemysław|Grzegorz	male
Janusz|Jacek|Jerzy|Karol|Sławomir|Stanisław|Tadeusz|Bogdan|Józef|Leszek|Witold|Jakub	male
Petr|Andrej|Miloš|Milos|Václav|Vaclav|Jiří|Tomáš|Miroslav|Zdeněk|Vladimír|Ladislav	male
Karel|Jaroslav|Ján|Péter|Tamás|Gergely|Gábor|Ferenc|László|Zoltán|János|István	male
Attila|Balázs|Csaba|József|Miklós|Sándor|Zsolt|Olivér|Nicolae|Nicușor|Ion|Mihai	male
Florin|Călin|Cristian|Liviu|Radu|Dorin|Tudor|Vlad|Ilie|Mircea|Rumen|Boyko	male
Kiril|Georgi|Delyan|Dimitar|Hristo|Petar|Rosen|Aleksandar|Ivica|Tomislav|Zoran|Dragan	male
Milorad|Slobodan|Vuk|Goran|Milo|Jakov|Zdravko|Dritan|Ilir|Hashim|Albin|Ramush	male
Kadri|Bakir|Ivo|Josip|Janez|Hristijan|Haris|Fatos|Fatmir|Enver|Luka	male
Beata|Ewa|Agnieszka|Małgorzata|Katarzyna|Elżbieta|Jadwiga|Iwona|Dorota|Danuta|Krystyna|Grażyna	female
Halina|Irena|Izabela|Jolanta|Justyna|Karolina|Kinga|Urszula|Wanda|Zofia|Aleksandra|Alicja	female
Agata|Paulina|Weronika|Zuzana|Iveta|Markéta|Kateřina|Katerina|Klára|Hana|Jitka|Ludmila	female
Helena|Ivana|Lenka|Blanka|Denisa|Karolína|Barbora|Katalin|Judit|Ágnes|Anikó|Erzsébet	female
Éva|Ildikó|Krisztina|Mária|Zsuzsanna|Ecaterina|Viorica|Ramona|Ioana|Andreea|Oana|Raluca	female
Roxana|Mihaela|Maia|Zinaida|Iliana|Kristalina|Denitsa|Meglena|Kolinda|Dubravka|Vesna|Jadranka	female
Mirjana|Marija|Milica|Jelena|Dragana|Gordana|Jasna|Ljiljana|Maja|Nataša|Natasa|Olivera	female
Snežana|Tatjana|Biljana|Željka|Borjana|Vjosa|Donika	female

# Greek and Cypriot
# Left out: Alexis (a man in Greece and France, often a woman in the United States), Niki (Niki Lauda), Nana.
Kyriakos|Antonis|Georgios|Giorgos|Nikos|Nicos|Konstantinos|Kostas|Costas|Dimitris|Dimitrios|Evangelos	male
Yanis|Yannis|Giannis|Ioannis|Panagiotis|Panos|Nikolaos|Christos|Theodoros|Adonis|Apostolos|Stefanos	male
Stelios|Alexandros|Ersin	male
Aikaterini|Ekaterini|Dora|Theodora|Fofi|Eleni|Evangelia|Marietta|Rena|Effie|Fotini|Angeliki	female
Athena|Marilena|Melina|Vasiliki|Dimitra|Despina|Irini|Eirini|Xenia|Annita	female

# Russian, Ukrainian and Belarusian
# Left out: Sasha, Zhenya, Valya, Vanya, Nikita (a woman in India and the West), Valery (a man in Russian,
# a woman in English: Valeriy and Valerii are listed), Misha, Dima (a woman in Arabic).
Vladimir|Volodymyr|Sergei|Sergey|Serhiy|Serhii|Dmitry|Dmitri|Dmitriy|Dmytro|Alexei|Aleksei	male
Alexey|Aleksey|Oleksiy|Oleksii|Andrei|Andrey|Andriy|Andrii|Mikhail|Mykhailo|Mykhaylo|Nikolai	male
Nikolay|Mykola|Ivan|Yuri|Yury|Yuriy|Yurii|Yevgeny|Evgeny|Yevgeniy|Evgeni|Yevhen	male
Gennady|Viktor|Pavel|Pavlo|Konstantin|Kostiantyn|Anatoly|Anatoliy|Valentyn|Vasily|Vasyl|Leonid	male
Oleg|Oleh|Igor|Ihor|Roman|Ruslan|Rustam|Rustem|Ramzan|Kirill|Kyrylo|Arkady	male
Arseniy|Denis|Denys|Daniil|Artem|Maxim|Maksim|Maksym|Stanislav|Vyacheslav|Viacheslav|Vitaly	male
Vitaliy|Vitalii|Vitali|Vladislav|Vladyslav|Yaroslav|Petro|Pyotr|Taras|Timur|Ilya|Illia	male
Ilia|Alexander|Aleksandr|Alexandr|Oleksandr|Vadim|Vadym|Valeriy|Valerii|Marat|Akhmat|Bohdan	male
Mariya|Mariia|Maryia|Olga|Olha|Yulia|Yuliya|Yuliia|Tatiana|Tatyana|Tetiana|Natalya	female
Nataliya|Nataliia|Svetlana|Svitlana|Sviatlana|Irina|Iryna|Yelena|Olena|Alena|Alyona|Anastasia	female
Anastasiya|Anastasiia|Ekaterina|Yekaterina|Kateryna|Ksenia|Kseniya|Oksana|Lyudmila|Liudmyla|Liudmila|Galina	female
Halyna|Valentyna|Nadezhda|Nadiya|Vera|Lyubov|Larisa|Larysa|Maryna|Veronika|Viktoria|Viktoriya	female
Viktoriia|Daria|Darya|Polina|Sofia|Inna|Alla|Zoya|Nina|Raisa|Yevgenia|Evgenia	female
Evgeniya|Alina|Kristina|Elmira|Gulnara|Dinara|Zarina|Lilia|Yana|Zhanna|Margarita|Oleksandra	female
Maya|Ilona|Ruslana|Nadia|Natasha|Masha|Khrystyna|Lesia|Ivanna|Anhelina|Dayana	female

# Caucasus and Central Asia (Georgian, Armenian, Azerbaijani, Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen)
# Left out: Ilham (a man in Azerbaijan, a woman in Arabic and Kurdish), Karen (a man in Armenia), Nino (a woman
# in Georgia, a man in Italy and Spain), Nika, Gia, Anar, Arzu; Tea (a word);
# Eka (a woman in Georgia, often a man in Indonesia).
Mikheil|Giorgi|Irakli|Bidzina|Zurab|Levan|Davit|Nikol|Serzh|Armen|Tigran|Heydar	male
Jeyhun|Ceyhun|Elmar|Hikmet|Kassym-Jomart|Nursultan|Shavkat|Emomali|Sadyr|Gurbanguly|Serdar|Almazbek	male
Askar|Bakhtiyor|Kamchybek	male
Salome|Ketevan|Tamar|Anahit|Mehriban|Leyla|Dariga|Aliya|Saida|Aigerim|Roza	female

# Arabic (Middle East and North Africa, and Muslim names used far beyond)
# Left out: Nour, Noor, Nur, Iman, Amal, Hayat, Safa, Samar, Sanaa (a capital), Haifa (a city), Ahed, Eman,
# Malak, Nihal, Ilhan (a man in Turkey), Dima, Mishal and Sabah (Kuwaiti emirs, but women too), Jihad, Nidal,
# Alaa, Salam, Ihsan, Hikmat, Wisam, Bahaa; Said (a word that starts sentences: "Said Mr Blair"); Abu; titles
# (Sheikh, Sayed, Sultan, Emir); Mai (also a Vietnamese family name: "Mai Tien Dung");
# Farah (Farah Pahlavi, but a man's name among Somalis).
Mohammed|Muhammad|Mohammad|Mohamed|Mohamad|Muhammed|Mohamud|Mohd|Muhammadu|Mohammad-Javad|Mohammad-Reza|Mohammad-Bagher	male
Ahmed|Ahmad|Mahmoud|Mahmood|Mahmud|Abdullah|Abdallah|Abdulla|Abdul|Abdel|Abdelaziz|Abdulaziz	male
Abdulrahman|Abdelrahman|Abdirahman|Abdellatif|Abdelmadjid|Abdelfattah|Adel|Adil|Adnan|Ali|Amin|Amir	male
Ammar|Amr|Anwar|Ayman|Aziz|Badr|Bandar|Bashar|Bashir|Bassam|Bilal|Emad	male
Imad|Essam|Fadi|Fahd|Fahad|Faisal|Faysal|Fares|Farid|Farouk|Fouad|Fuad	male
Ghassan|Ghazi|Habib|Hadi|Hafez|Haider|Haitham|Hakim|Hamad|Hamid|Hamdan|Hamza	male
Hani|Hasan|Hassan|Hatem|Hazem|Hesham|Hisham|Hosni|Hussein|Hussain|Hossam|Ibrahim	male
Idris|Ismail|Ismaïl|Iyad|Ayad|Jafar|Jalal|Jamal|Jamil|Jassim|Jawad|Karim	male
Kareem|Khaled|Khalid|Khalil|Khalifa|Mahdi|Mehdi|Majed|Majid|Malik|Mansour|Mansur	male
Marwan|Maher|Mazen|Mohsen|Mohsin|Moussa|Musa|Mustafa|Mostafa|Nabil|Nader|Najib	male
Nasser|Nasir|Nawaf|Nayef|Nouri|Omar|Umar|Osama|Usama|Osman|Qais|Kais	male
Kaïs|Qasem|Qassem|Rachid|Rashid|Rafik|Raed|Rami|Ramzi|Riad|Riyad|Saad	male
Saddam|Saeed|Saif|Salah|Saleh|Salem|Salim|Salman|Sami|Samir|Sameh|Saud	male
Sharif|Sherif|Suleiman|Sulaiman|Tamer|Tamim|Tarek|Tariq|Tawfik|Turki|Walid|Wael	male
Yahya|Yasser|Yasir|Yassin|Youssef|Yousef|Yusuf|Zaid|Zayed|Ziad|Muammar|Gamal	male
Nabih|Gebran|Naim|Rifaat|Asaad|Qusay|Uday|Muqtada|Moqtada|Masrour|Nechirvan|Barham	male
Tahnoun|Qaboos|Driss|Taha|Zakaria|Boutros|Issa|Idriss|Mokhtar|Mahamat	male
Fatima|Aisha|Ayesha|Aïcha|Aicha|Khadija|Maryam|Meryem|Zainab|Zeinab|Yasmin|Yasmine	female
Leila|Layla|Laila|Dina|Rima|Hiba|Heba|Noha|Rola|Rula|Joumana|Nisreen	female
Nesrine|Najat|Souad|Rasha|Hoda|Huda|Randa|Hanan|Reem|Lina|Rania|Samia	female
Samira|Karima|Jamila|Nabila|Aziza|Rashida|Latifa|Maha|Mona|Nada|Nawal|Suha	female
Ghada|Sahar|Lubna|Asma|Salma|Amira|Amina|Hind|Hessa|Noura|Reema|Lolwah	female
Moza|Mozah|Manal|Loujain|Haya|Bouthaina|Bahia|Nayla|Najla|Lamia|Wafa|Jihan	female
Jehan|Zeina|Bushra|Hala|Intisar|Yara|Yousra|Yusra|Zahra|Zahraa|Nevine|Shireen	female
Habiba|Halima|Halimah|Fawzia|Rabia|Lana	female

# Persian (Iran, Afghanistan, Tajikistan)
# Left out: Ashraf (Ashraf Ghani, but also a woman's name in Iran), Akram and Azam (women in Iran, men in
# Arabic and Pakistan), Mina (a man in Egypt), Shiva, Masih, Marjan, Nasim, Shahin, Sina.
Hossein|Ebrahim|Javad|Abbas|Akbar|Ruhollah|Masoud|Massoud|Mojtaba|Kamran|Kazem|Behrouz	male
Bijan|Dariush|Darius|Cyrus|Reza|Esmail|Esmaeil|Gholamhossein|Gholamreza|Gholamali|Mohammadreza|Alireza	male
Abdolnaser|Mir-Hossein|Parviz|Farhad|Babak|Omid|Navid|Kaveh|Vahid|Hamed|Hibatullah|Zabihullah	male
Sirajuddin|Yunus	male
Nasrin|Narges|Shirin|Parisa|Fatemeh|Shahla|Farideh|Azadeh|Mahnaz|Golshifteh|Marzieh|Masoumeh	female
Massoumeh|Soheila|Ziba|Roya|Laleh|Simin|Nazanin|Niloufar|Sepideh|Ladan|Elham|Elnaz	female
Yasaman|Faezeh|Homa|Sima|Mitra|Negar|Mahsa|Nahid|Shahnaz|Parvin|Shahindokht|Malala	female
Zarifa	female

# Turkish (and Turkish Cypriot, Kurdish)
# Left out: Ümit, Deniz, Derya, Onur, Can (a word), Yılmaz (also a surname), Gül, Günay, İlhan/Ilhan (Ilhan Omar).
Recep|Tayyip|Hakan|Mevlüt|Mevlut|Binali|Ahmet|Mehmet|Kemal|Ekrem|Devlet|Süleyman	male
Suleyman|Ömer|Omer|İbrahim|İsmail|Hulusi|Yaşar|Yasar|Numan|Berat|Fahrettin|Cevdet	male
Özgür|Ozgur|Selahattin|Bülent|Bulent|Kenan|Sinan|Fatih|Halil|Orhan|Burak|Emre	male
Murat|Mesut|Arda|Hüseyin|Huseyin|Kadir|Levent|Selim	male
Merve|Meral|Tansu|Ayşe|Ayse|Fatma|Emine|Zeynep|Elif|Esra|Canan|Pervin	female
Selin|Sevda|Sevim|Özlem|Aylin|Nilüfer|Sibel|Tuba|Ebru|Dilek|Aslı|Ece	female
Hatice|Hülya|Gönül|Filiz|Yasemin|Büşra|Betül|Kübra|Sümeyye|Figen|Tülay|Burcu	female
Nesrin|Saadet|Sezen|Özge|Aynur	female

# Pakistani, Bangladeshi and Afghan (beyond the Arabic and Persian names above)
# Left out: Zia, Rana (a man in Pakistan, a woman in Arabic), Mumtaz, Nusrat, Shamim, Talat, Shaheen, Naheed;
# titles and family words (Shah, Raja, Mirza, Sardar, Chaudhry, Khawaja).
Shehbaz|Nawaz|Imran|Bilawal|Asif|Asim|Qamar|Raheel|Pervez|Ishaq|Zulfikar|Javed	male
Shahid|Zahid|Tarique	male
Benazir|Hina|Sherry|Hasina|Khaleda	female

# Hindi and other Indian, Sri Lankan and Nepali names
# Left out: Sikh names given to men and women alike (Harpreet, Manpreet, Gurpreet, Jaspreet, Amandeep, Navjot,
# Parminder, Sukhwinder, Rajinder, Kuldeep, Hardeep, Jagmeet, Harjit, Harmeet, Jasprit, Kamaljit...), and
# Kiran, Jyoti, Shashi, Indra, Lakshmi (Lakshmi Mittal), Pushpa (Pushpa Kamal Dahal), Jaya, Tulsi, Santosh,
# Ashwini, Kamal (Kamal Khera), Shanti, Bharti, Sher, Yash, Om, Harsh, Kiren.
Narendra|Rahul|Rajiv|Manmohan|Amit|Arvind|Piyush|Rajnath|Nitin|Subrahmanyam|Mallikarjun|Virat	male
Sachin|Rohit|Mahendra|Anil|Sunil|Mukesh|Gautam|Ratan|Anand|Ajit|Suresh|Ramesh	male
Rajesh|Mahesh|Dinesh|Ganesh|Naresh|Prakash|Vijay|Sanjay|Ajay|Raj|Ravi|Arun	male
Arjun|Vikram|Vivek|Pranab|Ram|Devendra|Kapil|Ashok|Nitish|Akhilesh|Naveen|Farooq	male
Manish|Manoj|Rakesh|Sandeep|Mohan|Shaktikanta|Khadga|Ranil|Mahinda|Gotabaya|Anura|Sajith	male
Indira|Nirmala|Smriti|Sushma|Mamata|Mayawati|Priyanka|Kangana|Deepika|Aishwarya|Pratibha|Droupadi	female
Mehbooba|Usha|Uma|Sita|Gita|Geeta|Anita|Sunita|Kavita|Neha|Pooja|Priya	female
Shreya|Anjali|Rekha|Radha|Seema|Meena|Shilpa|Swati|Divya|Sushila|Meenakshi|Nandini	female
Padma|Preeti|Supriya|Vandana|Archana|Hema|Meera|Nalini|Nirupama|Ruchira|Sudha|Sujata	female
Vasundhara|Smita|Kalpana|Arundhati|Barkha|Aditi|Madhuri|Manisha|Nisha|Rashmi|Shalini|Sushmita	female
Chandrika|Sirimavo|Harini|Bidya|Jayalalithaa|Asha|Indranee|Mithali	female

# Indonesian, Malaysian, Singaporean and Philippine
# Left out: Sri (Sri Mulyani, but men too), Tri, Dian, Nurul, and titles (Syed, Tengku, Wan, Datuk).
Joko|Prabowo|Susilo|Anies|Ganjar|Gibran|Jusuf|Mahfud|Budi|Luhut|Sandiaga|Sukarno	male
Suharto|Mahathir|Muhyiddin|Tharman|Bongbong	male
Megawati|Retno|Puan|Susi|Siti|Azizah|Imelda|Leni	female

# Thai (Thai given names come first; Vietnamese, Burmese and Cambodian given names are not listed)
# Vietnamese names are written family name first ("Nguyen Xuan Phuc") and Burmese names have no family
# name ("Min Aung Hlaing", "Aung San Suu Kyi"): their words are not listed.
Prayut|Prayuth|Thaksin|Srettha|Anutin|Abhisit|Prawit|Pita|Chuan|Somchai|Suthep|Anupong	male
Parnpree|Sihasak|Chadchart|Thanathorn|Piyabutr|Natthaphong	male
Yingluck|Paetongtarn|Sirikit|Sudarat	female

# Japanese (as English-language news writes them, given name first)
# Left out: Kei, Jun, Makoto, Kaoru, Ren, Haruka, Hikaru, Yuki, Mizuho, Tomomi, Shizuka, Aki.
Shinzo|Fumio|Yoshihide|Shigeru|Takeshi|Taro|Toshimitsu|Yoshimasa|Katsunobu|Junichiro|Naoto|Yukio	male
Yoshihiko|Ichiro|Koichi|Kenji|Hiroshi|Akira|Yasuo|Kazuo|Shinjiro|Shohei|Masayoshi|Yasutoshi	male
Haruhiko|Naruhito|Akihito	male
Yoko|Yuriko|Yoriko|Sanae|Keiko|Michiko|Masako|Akiko|Tomoko|Noriko|Kyoko|Sachiko	female
Hiroko|Naoko|Yumiko|Emiko|Kazuko|Mariko|Junko|Reiko|Seiko|Fumiko|Mayumi|Yumi	female
Midori|Megumi|Kiyomi|Takako|Makiko|Tamayo|Yuko|Aiko|Kako|Mako	female

# Korean and Chinese: not listed
# English-language news writes Chinese, Korean and Cambodian names family name first ("Xi Jinping", "Kim Jong
# Un", "Lee Jae-myung", "Hun Sen"), and the library reads no given name for people of those countries. Most
# Chinese given names and many Korean ones (Min, Ji, Su, Sung, Young, Hyun, Jin) are given to both sexes anyway.
# So no Chinese or Korean given name is listed, nor a family name that could start such a name (Kim, Lee, Park).

# African (Swahili, Yoruba, Igbo, Hausa, Akan, Wolof, Amharic, Tigrinya, Somali, Zulu, Xhosa, Shona...)
# Left out: Yoruba, Igbo and Shona names given to both sexes (Femi, Yemi, Kehinde, Taiwo, Oluwaseun, Uchenna,
# Chidi, Ifeanyi, Kelechi, Tope, Seyi, Bukola, Remi, Toyin, Tendai), Fikile, Zola, Dumisani, Amani, Nana (a
# Ghanaian title: Nana Akufo-Addo), Alpha, Cheikh, day and virtue words (Sunday, Precious, Patience, Mercy).
Cyril|Thabo|Mmusi|Gwede|Emmerson|Hakainde|Uhuru|Raila|Rigathi|Eliud|Abiy|Tedros	male
Isaias|Bola|Goodluck|Olusegun|Atiku|Kashim|Nyesom|Emeka|Obinna|Tunde|Babatunde|Sani	male
Abubakar|Usman|Kwame|Kofi|Kwesi|Yaw|Kojo|Mahamudu|Macky|Bassirou|Ousmane|Abdoulaye	male
Assimi|Amadou|Boubacar|Modibo|Mamadou|Alassane|Faure|Yoweri|Moses|Amos	male
Naledi|Winnie|Lindiwe|Nkosazana|Thandi|Nomvula|Nosiviwe|Nomsa|Nomzamo|Thuli|Tsitsi|Netumbo	female
Wangari|Wanjiku|Wambui|Wanjiru|Njeri|Sahle-Work|Birtukan|Tigist|Almaz|Tirunesh|Hodan|Hawa	female
Ngozi|Chimamanda|Funmilayo|Folake|Hadiza|Chioma|Nneka|Ifeoma|Obiageli|Ijeoma|Amaka|Yewande	female
Folasade|Funke|Akua|Ama|Adwoa|Abena|Efua|Esi|Akosua|Afua|Yaa|Aminata	female
Fatou|Awa|Mariama|Aissatou|Aïssatou|Ndeye|Fatoumata|Kadiatou|Oumou|Leymah|Tawakkol|Imane	female

# Hebrew and Israeli
# Left out: Ariel, Israel (a country), Gabi, Tal, Shai, Liron, Gil, Adi, Yarden, Hadar, Doron, Lior, Nitzan,
# Ofir, Yuli, Or, Romi, Noa, Einav, Michal (a woman in Hebrew, a man in Czech and Slovak).
Yair|Naftali|Yitzhak|Itzhak|Binyamin|Yoav|Gadi|Avigdor|Bezalel|Itamar|Gideon|Eli	male
Ehud|Shimon|Menachem|Yossi|Avi|Moshe|Eyal|Uri|Yosef|Yuval|Ilan|Nir	male
Shlomo|Yonatan|Ronen|Gilad	male
Ayelet|Tzipi|Golda|Miri|Gila|Idit|Limor|Merav|Orit|Yael|Einat|Galit	female
Hili|Keren|Orly|Osnat|Pnina|Yifat|Ziva|Nurit|Shulamit|Shira|Hadas|Naama	female
Orna|Shiri|Daniella	female
