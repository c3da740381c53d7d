# The default titles: words that make a person an actor ("the foreign minister", "Russian
# President Vladimir Putin", "the secretary"). Fields: forms	role (README.md); the role is
# the canonical name of the office, lower case, and defaults to the first form. Forms are
# matched lower case, Capitalised and Title Case ("Foreign Minister").
#
# The last block holds BODIES that speak for their state (a foreign ministry, an embassy,
# a government). They are not people, but the news writes them exactly where it writes a
# title, after a demonym or a country ("the Russian Foreign Ministry", "China's Foreign
# Ministry", "the US embassy"), so they live here and the extractor resolves "demonym + body"
# to the state itself (the gold's convention: ministries are source Russia). Their roles end
# in "ministry", "office", "department", "embassy", "mission", "government", "administration",
# "service" or "spokesperson's office", which is how the extractor tells a body from a person.
[title]
# Heads of state and government
president	president
vice president|vice-president|vice-president of the republic	vice president
prime minister|premier|PM|head of government	prime minister
# (Bangladesh's interim head of government is its Chief Adviser.)
chief adviser|chief advisor	chief adviser
first deputy prime minister|deputy prime minister|deputy premier|vice premier|vice-premier	deputy prime minister
chancellor|federal chancellor	chancellor
# (Switzerland's seven ministers are Federal Councillors; its head of state a Federal President.)
federal councillor|federal councilor	federal councillor
federal president	president
vice chancellor|vice-chancellor	vice chancellor
king	king
queen	queen
emir|amir	emir
crown prince	crown prince
sultan	sultan
supreme leader	supreme leader
leader|top leader	leader
head of state	head of state
pope	pope

# Foreign affairs
foreign minister|foreign affairs minister|minister of foreign affairs|minister for foreign affairs|foreign ministers|FM|minister for europe and foreign affairs|minister of europe and foreign affairs|minister of foreign and european affairs|minister of foreign affairs and international cooperation|minister of foreign affairs and cooperation|minister for foreign affairs and trade|minister of foreign affairs and trade|minister of foreign affairs and international trade|minister of international relations and cooperation|secretary of foreign affairs	foreign minister
deputy foreign minister|deputy minister of foreign affairs|vice foreign minister	deputy foreign minister
first deputy foreign minister	first deputy foreign minister
foreign secretary|secretary of state for foreign affairs|secretary for foreign affairs	foreign secretary
chief cabinet secretary|cabinet secretary	cabinet secretary
external affairs minister|minister of external affairs|EAM	external affairs minister
minister of state for external affairs|minister of state for foreign affairs|minister of state	minister of state
secretary of state|secretary	secretary of state
deputy secretary of state|deputy secretary	deputy secretary of state
assistant secretary of state|assistant secretary	assistant secretary of state
under secretary of state|undersecretary of state|under secretary|undersecretary|under-secretary|foreign affairs undersecretary|undersecretary for foreign affairs|undersecretary of foreign affairs	under secretary of state
top diplomat|chief diplomat	foreign minister
diplomat|senior diplomat	diplomat
# "his Chinese counterpart Dong Jun": the name is a person of the demonym's state.
counterpart	counterpart
ambassador|ambassador-at-large|envoy to the UN	ambassador
permanent representative|permanent representative to the UN|permanent representative to the United Nations|UN ambassador|U.N. ambassador|ambassador to the UN|ambassador to the United Nations	permanent representative
deputy permanent representative	deputy permanent representative
envoy	envoy
special envoy|UN special envoy|U.N. special envoy	special envoy
# (The UN Human Rights Council's independent experts.)
special rapporteur|UN special rapporteur|U.N. special rapporteur|independent expert	special rapporteur
resident coordinator|humanitarian coordinator|resident and humanitarian coordinator	resident coordinator
special representative	special representative
special presidential envoy|presidential envoy|special presidential representative	special presidential envoy
high representative|High Representative for Foreign Affairs and Security Policy|EU foreign policy chief	high representative
chargé d'affaires|charge d'affaires	chargé d'affaires
consul general|consul	consul

# Spokespeople and staff
spokesperson|spokesman|spokeswoman|official spokesperson|official spokesman|official representative	spokesperson
press secretary|presidential press secretary|press spokesman|presidential spokesman|presidential spokeswoman|presidential spokesperson	press secretary
deputy spokesperson|deputy spokesman|deputy spokeswoman	deputy spokesperson
# (A government's spokesperson is a person of the state the words before name: "Japan's top
# government spokesman condemned the launch".)
government spokesperson|government spokesman|government spokeswoman|top government spokesperson|top government spokesman|chief government spokesperson|chief government spokesman	spokesperson
presidential aide|aide|foreign policy aide|presidential adviser|adviser|advisor	presidential aide
chief of staff|presidential chief of staff|head of the presidential administration	chief of staff
deputy chief of staff	deputy chief of staff
national security adviser|national security advisor	national security adviser
security council secretary|secretary of the security council	security council secretary

# Defence and other ministers
defence minister|defense minister|minister of defence|minister of defense	defence minister
defense secretary|defence secretary|secretary of defense	defense secretary
minister	minister
deputy minister	deputy minister
interior minister|minister of the interior|home secretary	interior minister
finance minister|minister of finance|treasury secretary|secretary of the treasury|chancellor of the exchequer	finance minister
economy minister|economic development minister|minister of economic development	economy minister
trade minister|commerce secretary|trade representative	trade minister
energy minister|minister of energy	energy minister
justice minister|attorney general	justice minister
head of the ministry	minister

# International bodies
secretary-general|secretary general|UN secretary-general|UN secretary general|U.N. secretary-general|NATO secretary general|NATO secretary-general	secretary-general
deputy secretary-general|deputy secretary general	deputy secretary-general
director-general|director general	director-general
managing director	managing director
president of the European Commission|European Commission president|Commission president	president of the European Commission
president of the European Council|European Council president	president of the European Council
high commissioner	high commissioner
commissioner|commissioner-general	commissioner

# Legislators and others
senator|Sen.	senator
congressman|congresswoman|Rep.	congressman
# A US congressman before a name ("Representative Nancy Pelosi"); a state's own after "the"
# ("the representative of Mozambique" speaks for Mozambique, a congressman for no state).
representative	representative
lawmaker|legislator|MP|member of parliament|deputy|backbencher|frontbencher	lawmaker
speaker|parliamentary speaker|house speaker	speaker
governor|Gov.	governor
mayor	mayor
army general|commander|military commander|commander-in-chief|chief of the general staff|chief of general staff|chairman of the joint chiefs of staff	military commander
opposition leader	opposition leader
analyst	analyst
official|senior official|government official|administration official|senior administration official	official
diplomat|senior diplomat|top diplomat|chief diplomat|veteran diplomat|career diplomat	diplomat
delegate|chief delegate|head of delegation|head of the delegation	delegate

# Roles outside diplomacy that the news writes before a name, as it writes "President" ("Fed
# chairman Alan Greenspan", "Singer George Michael", "Coach Andy Robinson"): the name is the
# person, the word their title, and "the chairman" later is that person. Words that also name
# a firm or a thing before a name ("oil producer Yukos", "broadcaster ITV"), and a common
# surname ("Bishop"), are left out: a title ends a name before it ("Julie Bishop").
chairman|chairwoman|chairperson	chairman
co-chair|co-chairman|co-chairwoman|co-chairperson	co-chair
chief executive|chief executive officer|CEO	chief executive
boss	boss
founder|co-founder	founder
professor	professor
cardinal	cardinal
archbishop	archbishop
singer|singer-songwriter|lead singer	singer
actor	actor
actress	actress
comedian	comedian
guitarist	guitarist
drummer	drummer
rapper	rapper
presenter	presenter
DJ	DJ
novelist|author|writer	author
film-maker|filmmaker|film director	film-maker
coach|head coach	coach
manager	manager
captain	captain
striker	striker
midfielder	midfielder
goalkeeper	goalkeeper
winger	winger
fly-half	fly-half
referee	referee

# Bodies that speak for their state (see the note at the top)
foreign ministry|ministry of foreign affairs|foreign affairs ministry|MFA|foreign office|foreign affairs department|department of foreign affairs|department of foreign affairs and trade|ministry of external affairs|external affairs ministry|ministry of foreign affairs and international cooperation|foreign, commonwealth and development office	foreign ministry
defence ministry|defense ministry|ministry of defence|ministry of defense|defense department|department of defense	defence ministry
state department|department of state	state department
commerce ministry|ministry of commerce|trade ministry|ministry of trade|ministry of commerce and industry|commerce and industry ministry	commerce ministry
interior ministry|ministry of the interior|ministry of interior|home ministry|ministry of home affairs|home affairs ministry	interior ministry
finance ministry|ministry of finance|treasury department|department of the treasury	finance ministry
economy ministry|ministry of economy|ministry of the economy	economy ministry
justice ministry|ministry of justice|justice department|department of justice	justice ministry
energy ministry|ministry of energy	energy ministry
unification ministry|ministry of unification	unification ministry
embassy	embassy
permanent mission|mission to the UN|mission to the United Nations	permanent mission
# (An observer mission speaks for the body that sent it: "the African Union's observer mission".)
observer mission|observation mission|electoral observation mission|election observation mission|election observer mission|electoral observer mission|monitoring mission	observer mission
government|cabinet|federal government|central government|national government|union government	government
administration	administration
# (A coast guard speaks for its state as its army does: "China's coast guard said".)
military|army|armed forces|defence forces|defense forces|coast guard|coastguard|navy|air force	armed forces
presidential administration|presidential office|president's office|presidential press service|press service|presidency|chairmanship|chairpersonship|chairship	presidential administration
