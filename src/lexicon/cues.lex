# The default cue phrases: the words that carry a statement's act, with every inflection.
# Fields: forms	kind	CAMEO code	Goldstein weight	frame (format: README.md).
# A `*` stands for one optional word ("expressed * concern about" also matches "expressed
# Russia's concern about"). Forms are matched lower case and Capitalised; the longest wins.
# Ambiguous bare words (state, note, claim, sign, back, signs) appear only in forms that
# cannot be nouns ("states that", "noted"), so "member states" or "a sign of" are no cues.
[cue]
# statement (CAMEO 010 make statement, 0.0): reporting verbs
said|says|say|saying|did say|does say|went on to say|went on to add	statement	010	0.0	say
began by saying|began with saying|started by saying|started with saying|opened by saying|opened with saying|concluded by saying|ended by saying	statement	010	0.0	say
stated|stating|states that|state that	statement	010	0.0	say
noted|noting|notes that|note that	statement	010	0.0	say
told|tells|telling	statement	010	0.0	say
added|adds|adding|add that	statement	010	0.0	say
explained|explains|explain|explaining	statement	010	0.0	say
stressed|stresses|stressing|stress that	statement	010	0.0	say
emphasized|emphasised|emphasizes|emphasises|emphasize|emphasise|emphasizing|emphasising	statement	010	0.0	say
underlined|underlines|underline|underlining	statement	010	0.0	say
# 'suggested the sweeteners were not big enough' states a view; only its content's signal
# makes it an appeal ('suggested that talks should resume')
suggested|suggests|suggesting	statement	010	0.0	say
underscored|underscores|underscore|underscoring	statement	010	0.0	say
highlighted|highlights|highlighting	statement	010	0.0	say
acknowledged|acknowledges|acknowledge|acknowledging	statement	010	0.0	say
admitted|admits|admitting|conceded|concedes|conceding	statement	010	0.0	say
confirmed|confirms|confirm|confirming	statement	010	0.0	say
believes|believe|believed|believing|believes that|believe that|trust that|trusts that|trusted that	statement	010	0.0	say
thinks|thinks that|think that|thought that	statement	010	0.0	say
understands|understands that|understand that|understood that	statement	010	0.0	say
recognised that|recognized that|recognises that|recognizes that|recognise that|recognize that|recognising that|recognizing that	statement	010	0.0	say
announced|announces|announce|announcing	statement	010	0.0	say
declared|declares|declare|declaring	statement	010	0.0	say
pointed out|points out|point out|pointing out	statement	010	0.0	say
insisted|insists|insist|insisting|insisted that|insists that	statement	010	0.0	say
reiterated|reiterates|reiterate|reiterating	statement	010	0.0	say
repeated|repeats|repeating	statement	010	0.0	say
asserted|asserts|assert|asserting	statement	010	0.0	say
argued|argues|argue|arguing	statement	010	0.0	say
maintained that|maintains that|maintain that|contended|contends|contend that	statement	010	0.0	say
claimed|claiming|claims that|claim that	statement	010	0.0	say
commented|commenting	statement	010	0.0	say
remarked|remarking	statement	010	0.0	say
replied|replies|replying	statement	010	0.0	say
responded|responds|responding	statement	010	0.0	say
answered|answers|answering	statement	010	0.0	say
wrote|writes|writing	statement	010	0.0	say
tweeted|tweeting|posted on Twitter|wrote on Twitter|said on Twitter	statement	010	0.0	say
mentioned|mentioning	statement	010	0.0	say
continued|continues	statement	010	0.0	say
concluded|concludes|concluding	statement	010	0.0	say
recalled|recalls|recalling	statement	010	0.0	say
indicated|indicates|indicating	statement	010	0.0	say
observed|observes	statement	010	0.0	say
revealed|reveals|revealing|disclosed|discloses	statement	010	0.0	say
clarified|clarifies|clarifying	statement	010	0.0	say
predicted|predicts|predicting	statement	010	0.0	say
reported|reports that|reporting	statement	010	0.0	say
was quoted as saying|were quoted as saying|quoted * as saying	statement	010	0.0	say
was quoted by * as saying|were quoted by * as saying|is quoted by * as saying	statement	010	0.0	say
made it clear|made clear|makes it clear|making it clear|make it clear	statement	010	0.0	say
drew attention to|drew the attention of|drew * attention to|draws attention to|draws the attention of|drawing attention to|drawing the attention of	statement	010	0.0	say
shared * impressions|shared * views|shared * assessment	statement	010	0.0	say
expressed the belief|expressed * belief|expressed the view|expressed * view|expressed the opinion|expressed * opinion	statement	010	0.0	say
delivered a statement|delivered * statement|made a statement|made * statement|issued a statement|issued * statement|released a statement|released * statement|gave a statement	statement	010	0.0	say
reminded|reminds|remind|reminding	statement	010	0.0	act
informed|informs|inform|informing	statement	010	0.0	act
briefed|briefs	statement	010	0.0	act
described|describes|describe|describing|characterized|characterised|characterizes|characterises	statement	010	0.0	act
according to	statement	010	0.0	according
in a statement|in * statement|in a press release|in * press release|in remarks|in * remarks|in an interview|in * interview|in a tweet|in * tweet|in a speech|in * speech|in a letter|in * letter|in a post|in * post	statement	010	0.0	nominal
declined to comment|declines to comment|refused to comment|refuses to comment|declined comment|would not comment|did not comment|no comment|declined to elaborate|refused to elaborate	statement	011	-0.1	say
is considering|are considering|was considering|were considering|considers|mulled|mulls|is mulling|is weighing|are weighing	statement	014	0.0	act
claimed responsibility|claims responsibility|claiming responsibility|took responsibility|takes responsibility|acknowledged responsibility	statement	015	0.0	act

# optimism (CAMEO 013 make optimistic comment, 0.4)
hoped|hopes|hope|hoping|hope for|hopes for|hoped for|hope that|hopes that|hoped that	optimism	013	0.4	say
expressed hope|expressed * hope|expressed the hope|voiced hope|voiced * hope|hope was expressed|hopes were expressed	optimism	013	0.4	act
# Agentless passives of a readout ("Hope was expressed that ..."): the act of the readout's
# last speaker (extract-inl.hpp, expressed_passive).
concern was expressed|concerns were expressed|concern was voiced|concerns were voiced	concern	012	-0.1	act
support was expressed|gratitude was expressed|satisfaction was expressed	support	051	3.4	act
readiness was expressed|willingness was expressed|interest was expressed	intent	030	4.0	act
optimistic|is optimistic|are optimistic|was optimistic|were optimistic|be optimistic|been optimistic|remains optimistic|remain optimistic|remained optimistic|stands optimistic|stand optimistic|stood optimistic|optimistic about|is optimistic about|are optimistic about|was optimistic about|were optimistic about|be optimistic about|been optimistic about|remains optimistic about|remain optimistic about|remained optimistic about|stands optimistic about|stand optimistic about|stood optimistic about|optimistic that|is optimistic that|are optimistic that|was optimistic that|were optimistic that|be optimistic that|been optimistic that|remains optimistic that|remain optimistic that|remained optimistic that|stands optimistic that|stand optimistic that|stood optimistic that|confident|is confident|are confident|was confident|were confident|be confident|been confident|remains confident|remain confident|remained confident|stands confident|stand confident|stood confident|confident that|is confident that|are confident that|was confident that|were confident that|be confident that|been confident that|remains confident that|remain confident that|remained confident that|stands confident that|stand confident that|stood confident that|sure that|is sure that|are sure that|was sure that|were sure that|be sure that|been sure that|remains sure that|remain sure that|remained sure that|stands sure that|stand sure that|stood sure that|convinced that|is convinced that|are convinced that|was convinced that|were convinced that|be convinced that|been convinced that|remains convinced that|remain convinced that|remained convinced that|stands convinced that|stand convinced that|stood convinced that|hopeful|is hopeful|are hopeful|was hopeful|were hopeful|be hopeful|been hopeful|remains hopeful|remain hopeful|remained hopeful|stands hopeful|stand hopeful|stood hopeful|hopeful that|is hopeful that|are hopeful that|was hopeful that|were hopeful that|be hopeful that|been hopeful that|remains hopeful that|remain hopeful that|remained hopeful that|stands hopeful that|stand hopeful that|stood hopeful that|encouraged by|is encouraged by|are encouraged by|was encouraged by|were encouraged by|be encouraged by|been encouraged by|remains encouraged by|remain encouraged by|remained encouraged by|stands encouraged by|stand encouraged by|stood encouraged by|positive about|is positive about|are positive about|was positive about|were positive about|be positive about|been positive about|remains positive about|remain positive about|remained positive about|stands positive about|stand positive about|stood positive about	optimism	013	0.4	stance
expects|expect that|expected that|expects that	optimism	013	0.4	say
looks forward to|look forward to|looked forward to|looking forward to	optimism	013	0.4	act
welcomed the prospect of|sees prospects for|see prospects for|saw prospects for	optimism	013	0.4	act

# concern (CAMEO 012 make pessimistic comment; weight -0.1 as in the spec's table)
expressed concern|expressed * concern|expressed concern about|expressed * concern about|expressed concern over|expressed * concern over|expressed concern at|expressed * concern at|expressed concern that|expressed * concern that|expressed concerns|expressed * concerns|expressed concerns about|expressed * concerns about|expressed concerns over|expressed * concerns over	concern	012	-0.1	act
voiced concern|voiced * concern|voiced concern about|voiced * concern about|voiced concern over|voiced * concern over|voiced concerns|voiced * concerns|raised concern|raised concerns|raised concerns about|raised * concerns about|raised concerns over|raised * concerns over	concern	012	-0.1	act
concerned|is concerned|are concerned|was concerned|were concerned|be concerned|been concerned|remains concerned|remain concerned|remained concerned|stands concerned|stand concerned|stood concerned|concerned about|is concerned about|are concerned about|was concerned about|were concerned about|be concerned about|been concerned about|remains concerned about|remain concerned about|remained concerned about|stands concerned about|stand concerned about|stood concerned about|concerned over|is concerned over|are concerned over|was concerned over|were concerned over|be concerned over|been concerned over|remains concerned over|remain concerned over|remained concerned over|stands concerned over|stand concerned over|stood concerned over|concerned by|is concerned by|are concerned by|was concerned by|were concerned by|be concerned by|been concerned by|remains concerned by|remain concerned by|remained concerned by|stands concerned by|stand concerned by|stood concerned by|concerned that|is concerned that|are concerned that|was concerned that|were concerned that|be concerned that|been concerned that|remains concerned that|remain concerned that|remained concerned that|stands concerned that|stand concerned that|stood concerned that|worried|is worried|are worried|was worried|were worried|be worried|been worried|remains worried|remain worried|remained worried|stands worried|stand worried|stood worried|worried about|is worried about|are worried about|was worried about|were worried about|be worried about|been worried about|remains worried about|remain worried about|remained worried about|stands worried about|stand worried about|stood worried about|worried over|is worried over|are worried over|was worried over|were worried over|be worried over|been worried over|remains worried over|remain worried over|remained worried over|stands worried over|stand worried over|stood worried over|worried by|is worried by|are worried by|was worried by|were worried by|be worried by|been worried by|remains worried by|remain worried by|remained worried by|stands worried by|stand worried by|stood worried by|worried that|is worried that|are worried that|was worried that|were worried that|be worried that|been worried that|remains worried that|remain worried that|remained worried that|stands worried that|stand worried that|stood worried that|alarmed|is alarmed|are alarmed|was alarmed|were alarmed|be alarmed|been alarmed|remains alarmed|remain alarmed|remained alarmed|stands alarmed|stand alarmed|stood alarmed|alarmed by|is alarmed by|are alarmed by|was alarmed by|were alarmed by|be alarmed by|been alarmed by|remains alarmed by|remain alarmed by|remained alarmed by|stands alarmed by|stand alarmed by|stood alarmed by|alarmed at|is alarmed at|are alarmed at|was alarmed at|were alarmed at|be alarmed at|been alarmed at|remains alarmed at|remain alarmed at|remained alarmed at|stands alarmed at|stand alarmed at|stood alarmed at|troubled by|is troubled by|are troubled by|was troubled by|were troubled by|be troubled by|been troubled by|remains troubled by|remain troubled by|remained troubled by|stands troubled by|stand troubled by|stood troubled by|dismayed|is dismayed|are dismayed|was dismayed|were dismayed|be dismayed|been dismayed|remains dismayed|remain dismayed|remained dismayed|stands dismayed|stand dismayed|stood dismayed|dismayed by|is dismayed by|are dismayed by|was dismayed by|were dismayed by|be dismayed by|been dismayed by|remains dismayed by|remain dismayed by|remained dismayed by|stands dismayed by|stand dismayed by|stood dismayed by|dismayed at|is dismayed at|are dismayed at|was dismayed at|were dismayed at|be dismayed at|been dismayed at|remains dismayed at|remain dismayed at|remained dismayed at|stands dismayed at|stand dismayed at|stood dismayed at|disappointed|is disappointed|are disappointed|was disappointed|were disappointed|be disappointed|been disappointed|remains disappointed|remain disappointed|remained disappointed|stands disappointed|stand disappointed|stood disappointed|disappointed by|is disappointed by|are disappointed by|was disappointed by|were disappointed by|be disappointed by|been disappointed by|remains disappointed by|remain disappointed by|remained disappointed by|stands disappointed by|stand disappointed by|stood disappointed by|disappointed with|is disappointed with|are disappointed with|was disappointed with|were disappointed with|be disappointed with|been disappointed with|remains disappointed with|remain disappointed with|remained disappointed with|stands disappointed with|stand disappointed with|stood disappointed with|disappointed in|is disappointed in|are disappointed in|was disappointed in|were disappointed in|be disappointed in|been disappointed in|remains disappointed in|remain disappointed in|remained disappointed in|stands disappointed in|stand disappointed in|stood disappointed in|disappointed that|is disappointed that|are disappointed that|was disappointed that|were disappointed that|be disappointed that|been disappointed that|remains disappointed that|remain disappointed that|remained disappointed that|stands disappointed that|stand disappointed that|stood disappointed that|pessimistic|is pessimistic|are pessimistic|was pessimistic|were pessimistic|be pessimistic|been pessimistic|remains pessimistic|remain pessimistic|remained pessimistic|stands pessimistic|stand pessimistic|stood pessimistic|pessimistic about|is pessimistic about|are pessimistic about|was pessimistic about|were pessimistic about|be pessimistic about|been pessimistic about|remains pessimistic about|remain pessimistic about|remained pessimistic about|stands pessimistic about|stand pessimistic about|stood pessimistic about|deeply concerned|is deeply concerned|are deeply concerned|was deeply concerned|were deeply concerned|be deeply concerned|been deeply concerned|remains deeply concerned|remain deeply concerned|remained deeply concerned|stands deeply concerned|stand deeply concerned|stood deeply concerned|deeply concerned about|is deeply concerned about|are deeply concerned about|was deeply concerned about|were deeply concerned about|be deeply concerned about|been deeply concerned about|remains deeply concerned about|remain deeply concerned about|remained deeply concerned about|stands deeply concerned about|stand deeply concerned about|stood deeply concerned about|deeply concerned by|is deeply concerned by|are deeply concerned by|was deeply concerned by|were deeply concerned by|be deeply concerned by|been deeply concerned by|remains deeply concerned by|remain deeply concerned by|remained deeply concerned by|stands deeply concerned by|stand deeply concerned by|stood deeply concerned by|gravely concerned|is gravely concerned|are gravely concerned|was gravely concerned|were gravely concerned|be gravely concerned|been gravely concerned|remains gravely concerned|remain gravely concerned|remained gravely concerned|stands gravely concerned|stand gravely concerned|stood gravely concerned|seriously concerned|is seriously concerned|are seriously concerned|was seriously concerned|were seriously concerned|be seriously concerned|been seriously concerned|remains seriously concerned|remain seriously concerned|remained seriously concerned|stands seriously concerned|stand seriously concerned|stood seriously concerned|deeply worried|is deeply worried|are deeply worried|was deeply worried|were deeply worried|be deeply worried|been deeply worried|remains deeply worried|remain deeply worried|remained deeply worried|stands deeply worried|stand deeply worried|stood deeply worried|deeply alarmed|is deeply alarmed|are deeply alarmed|was deeply alarmed|were deeply alarmed|be deeply alarmed|been deeply alarmed|remains deeply alarmed|remain deeply alarmed|remained deeply alarmed|stands deeply alarmed|stand deeply alarmed|stood deeply alarmed|deeply alarmed by|is deeply alarmed by|are deeply alarmed by|was deeply alarmed by|were deeply alarmed by|be deeply alarmed by|been deeply alarmed by|remains deeply alarmed by|remain deeply alarmed by|remained deeply alarmed by|stands deeply alarmed by|stand deeply alarmed by|stood deeply alarmed by|deeply disappointed|is deeply disappointed|are deeply disappointed|was deeply disappointed|were deeply disappointed|be deeply disappointed|been deeply disappointed|remains deeply disappointed|remain deeply disappointed|remained deeply disappointed|stands deeply disappointed|stand deeply disappointed|stood deeply disappointed	concern	012	-0.1	stance
expressed disappointment|expressed * disappointment|expressed disappointment with|expressed * disappointment with|expressed disappointment at|expressed * disappointment at|expressed alarm|expressed * alarm|voiced disappointment	concern	012	-0.1	act
voiced alarm|voiced * alarm|raised alarm|raised the alarm|sounded the alarm|sounded * alarm	concern	012	-0.1	act
fears|feared|fear that|fearing|fears that|feared that	concern	012	-0.1	say
regretted|regrets|regret|regretting|regrets that|regretted that|expressed regret|expressed * regret	concern	012	-0.1	say
warned of|warns of|warning of	concern	012	-0.1	act
lamented|laments|lamenting	concern	012	-0.1	act
pained by|is pained by|are pained by|was pained by|were pained by|be pained by|been pained by|remains pained by|remain pained by|remained pained by|stands pained by|stand pained by|stood pained by|pained at|is pained at|are pained at|was pained at|were pained at|be pained at|been pained at|remains pained at|remain pained at|remained pained at|stands pained at|stand pained at|stood pained at|deeply pained|is deeply pained|are deeply pained|was deeply pained|were deeply pained|be deeply pained|been deeply pained|remains deeply pained|remain deeply pained|remained deeply pained|stands deeply pained|stand deeply pained|stood deeply pained	concern	012	-0.1	stance
troubles me|trouble me|troubles us|troubled me|troubled us	concern	012	-0.1	act

# appeal (CAMEO 020 make an appeal or request, 3.0)
called for|calls for|call for|calling for|called upon|calls upon|call upon|calling upon|called on|calls on|call on|calling on|repeated calls for|renewed calls for	appeal	020	3.0	act
urged|urges|urge|urging	appeal	020	3.0	act
appealed|appeals to|appeal to|appealed to|appealing to|appealed for|appeals for	appeal	020	3.0	act
asked for|asks for|ask for|asking for|asked * to|asks * to|asked that|asks that	appeal	020	3.0	act
invited|invites|invite|inviting	appeal	020	3.0	act
requested|requests|requesting	appeal	020	3.0	act
encouraged|encourages|encourage|encouraging	appeal	020	3.0	act
pressed for|presses for|pressing for|pressed * to|pushed for|pushes for|pushing for	appeal	020	3.0	act
stressed the need|stressed the need for|stressed the need to|stresses the need|stresses the need for|stresses the need to|stressed * need for|stressed * need to|underlined the need|underlined the need for|underlined the need to|underlines the need to|emphasized the need|emphasized the need for|emphasized the need to|emphasised the need|emphasised the need for|emphasised the need to|reiterated the need for|reiterated the need to|reaffirmed the need for|reaffirmed the need to|pointed to the need|pointed to the need for|pointed to the need to|pointed out the need|highlighted the need for|highlighted the need to|noted the need for|noted the need to|spoke of the need|spoke about the need|stressed the importance of|underlined the importance of|emphasized the importance of|emphasised the importance of	appeal	020	3.0	act
it is necessary|it was necessary|it is necessary to|it is necessary for|it was necessary to|it is crucial|it was crucial|it is essential|it was essential|it is imperative|it was imperative|it is important to|it was important to|it is vital|it was vital	appeal	020	3.0	stance
called for dialogue|calls for dialogue|called for talks|calls for talks|called for negotiations|calls for negotiations|urged dialogue|urged talks|urged negotiations|urged * to negotiate|called for a political solution|called for a political settlement|called for a diplomatic solution|urged a political solution|urged a diplomatic solution	appeal	026	4.0	act
called for restraint|calls for restraint|urged restraint|urges restraint|called for calm|urged calm	appeal	020	3.0	act
called for mediation|requested mediation|asked for mediation	appeal	028	4.0	act

# intent (CAMEO 030 express intent to cooperate, 4.0)
ready to|is ready to|are ready to|was ready to|were ready to|be ready to|been ready to|remains ready to|remain ready to|remained ready to|stands ready to|stand ready to|stood ready to|willing to|is willing to|are willing to|was willing to|were willing to|be willing to|been willing to|remains willing to|remain willing to|remained willing to|stands willing to|stand willing to|stood willing to|prepared to|is prepared to|are prepared to|was prepared to|were prepared to|be prepared to|been prepared to|remains prepared to|remain prepared to|remained prepared to|stands prepared to|stand prepared to|stood prepared to|committed to|is committed to|are committed to|was committed to|were committed to|be committed to|been committed to|remains committed to|remain committed to|remained committed to|stands committed to|stand committed to|stood committed to|determined to|is determined to|are determined to|was determined to|were determined to|be determined to|been determined to|remains determined to|remain determined to|remained determined to|stands determined to|stand determined to|stood determined to|open to|is open to|are open to|was open to|were open to|be open to|been open to|remains open to|remain open to|remained open to|stands open to|stand open to|stood open to|eager to|is eager to|are eager to|was eager to|were eager to|be eager to|been eager to|remains eager to|remain eager to|remained eager to|stands eager to|stand eager to|stood eager to|keen to|is keen to|are keen to|was keen to|were keen to|be keen to|been keen to|remains keen to|remain keen to|remained keen to|stands keen to|stand keen to|stood keen to|intent on|is intent on|are intent on|was intent on|were intent on|be intent on|been intent on|remains intent on|remain intent on|remained intent on|stands intent on|stand intent on|stood intent on|resolved to|is resolved to|are resolved to|was resolved to|were resolved to|be resolved to|been resolved to|remains resolved to|remain resolved to|remained resolved to|stands resolved to|stand resolved to|stood resolved to|poised to|is poised to|are poised to|was poised to|were poised to|be poised to|been poised to|remains poised to|remain poised to|remained poised to|stands poised to|stand poised to|stood poised to|fully committed to|is fully committed to|are fully committed to|was fully committed to|were fully committed to|be fully committed to|been fully committed to|remains fully committed to|remain fully committed to|remained fully committed to|stands fully committed to|stand fully committed to|stood fully committed to|firmly committed to|is firmly committed to|are firmly committed to|was firmly committed to|were firmly committed to|be firmly committed to|been firmly committed to|remains firmly committed to|remain firmly committed to|remained firmly committed to|stands firmly committed to|stand firmly committed to|stood firmly committed to|ready for|is ready for|are ready for|was ready for|were ready for|be ready for|been ready for|remains ready for|remain ready for|remained ready for|stands ready for|stand ready for|stood ready for|ready and willing to|is ready and willing to|are ready and willing to|was ready and willing to|were ready and willing to|be ready and willing to|been ready and willing to|remains ready and willing to|remain ready and willing to|remained ready and willing to|stands ready and willing to|stand ready and willing to|stood ready and willing to	intent	030	4.0	stance
seeks to|seek to|sought to|seeking to|wants to|want to|wanted to|wanting to|intends to|intend to|intended to|intending to|plans to|plan to|planned to|planning to|aims to|aim to|aimed to|aiming to|hopes to|hope to|hoped to|is going to|are going to|was going to|were going to	intent	030	4.0	act
pledged|pledges|pledge|pledging|promised|promises|promise|vowed|vows|vow|vowing	intent	030	4.0	act
offered to|offers to|offer to|offering to|offered * help|offered * assistance|offered * support|offered help|offered assistance	intent	030	4.0	act
proposed|proposes|propose|proposing	intent	030	4.0	act
decided to|decides to|decide to|has decided to|have decided to	intent	030	4.0	act
would work to|will work to|would seek to|will seek to|would strive to|will strive to	intent	030	4.0	act
assured|assures|assuring|gave assurances|gave * assurances|gave * assurance|provided assurances	intent	030	4.0	act
will|shall|will continue to|shall continue to	intent	030	4.0	modal
did not rule out|does not rule out|do not rule out|not ruling out|would not rule out|didn't rule out|doesn't rule out|don't rule out	intent	030	4.0	act
expressed interest in|expressed * interest in|expressed readiness|expressed * readiness|expressed readiness to|expressed * readiness to|expressed willingness|expressed * willingness|expressed * willingness to|showed * readiness|showed readiness|expressed * determination|expressed determination|confirmed * determination to|reiterated * determination to|reaffirmed * determination to|reaffirmed * commitment to|reiterated * commitment to|confirmed * commitment to|expressed * commitment to|confirm * determination to|confirms * determination to|reiterate * determination to|reiterates * determination to|reaffirm * determination to|reaffirms * determination to|reaffirm * commitment to|reaffirms * commitment to|reiterate * commitment to|reiterates * commitment to|confirm * commitment to|confirms * commitment to|we are clear in our commitment to	intent	030	4.0	act
signalled readiness|signalled * readiness|signaled readiness|signaled * readiness|signalled willingness|signalled * willingness|signaled willingness|signaled * willingness|indicated readiness|indicated * readiness|indicated willingness|indicated * willingness	intent	030	4.0	act
ready to negotiate|is ready to negotiate|are ready to negotiate|was ready to negotiate|were ready to negotiate|be ready to negotiate|been ready to negotiate|remains ready to negotiate|remain ready to negotiate|remained ready to negotiate|stands ready to negotiate|stand ready to negotiate|stood ready to negotiate|willing to negotiate|is willing to negotiate|are willing to negotiate|was willing to negotiate|were willing to negotiate|be willing to negotiate|been willing to negotiate|remains willing to negotiate|remain willing to negotiate|remained willing to negotiate|stands willing to negotiate|stand willing to negotiate|stood willing to negotiate|ready for talks|is ready for talks|are ready for talks|was ready for talks|were ready for talks|be ready for talks|been ready for talks|remains ready for talks|remain ready for talks|remained ready for talks|stands ready for talks|stand ready for talks|stood ready for talks|ready for dialogue|is ready for dialogue|are ready for dialogue|was ready for dialogue|were ready for dialogue|be ready for dialogue|been ready for dialogue|remains ready for dialogue|remain ready for dialogue|remained ready for dialogue|stands ready for dialogue|stand ready for dialogue|stood ready for dialogue|open to talks|is open to talks|are open to talks|was open to talks|were open to talks|be open to talks|been open to talks|remains open to talks|remain open to talks|remained open to talks|stands open to talks|stand open to talks|stood open to talks|open to dialogue|is open to dialogue|are open to dialogue|was open to dialogue|were open to dialogue|be open to dialogue|been open to dialogue|remains open to dialogue|remain open to dialogue|remained open to dialogue|stands open to dialogue|stand open to dialogue|stood open to dialogue|ready to meet|is ready to meet|are ready to meet|was ready to meet|were ready to meet|be ready to meet|been ready to meet|remains ready to meet|remain ready to meet|remained ready to meet|stands ready to meet|stand ready to meet|stood ready to meet|willing to meet|is willing to meet|are willing to meet|was willing to meet|were willing to meet|be willing to meet|been willing to meet|remains willing to meet|remain willing to meet|remained willing to meet|stands willing to meet|stand willing to meet|stood willing to meet	intent	036	4.0	stance
offered to negotiate|offered talks|offered to meet|offers to meet|wants to meet|plans to meet|intends to meet|proposed talks|proposed a meeting|proposed * meeting	intent	036	4.0	act
offered to mediate|offers to mediate|offer to mediate|offered * mediation|ready to mediate|willing to mediate	intent	039	5.0	act

# consultation (CAMEO 040 consult, 1.0)
discussed|discusses|discuss|discussing|also discussed|were discussed|was discussed|were * discussed|was * discussed|have been discussed|has been discussed|among the topics discussed was|among the topics discussed were|among the issues discussed was|among the issues discussed were|had a discussion|had a * discussion|held discussions|held * discussions|topics discussed	consultation	040	1.0	act
held talks|holds talks|hold talks|holding talks|held * talks|had talks|there were talks|talks were held|held a meeting|held * meeting|held a bilateral meeting|had a meeting|had a * meeting	consultation	040	1.0	act
touched upon|touched on|touches upon|touches on|touch upon|touching upon|touching on	consultation	040	1.0	act
met|meets|met with|meets with|meet with|meeting with	consultation	040	1.0	act
consulted|consults|consult|consulting|held consultations|held * consultations	consultation	040	1.0	act
# a bare 'raised' is as often rates, prices, money or an estimate: only an issue raised counts
raised the issue|raised the issue of|raises the issue|raising the issue|raised the question|raised the question of|raises the question|raised the matter|raised the subject|raised the subject of|raised the topic|raised the case|raised the situation|raised * issue|raised * issues|raised * question|raised * questions|raised questions|raised it|raised this|raised them|raising it|brought up|was raised|were raised	consultation	040	1.0	act
exchanged views|exchange views|exchanges views|exchanging views|exchanged * views|exchange of views|an exchange of views|an * exchange of views|exchanged opinions	consultation	040	1.0	act
talked|talked with|talked to|talks with|talk with|talking with|talking to	consultation	040	1.0	act
spoke with|spoke to|speaks with|speak with|speaking with|spoke by phone|spoke by telephone|spoke on the phone|spoke by telephone with|spoke by phone with|held a phone call|held a telephone call|held a telephone conversation|held a phone conversation|had a telephone conversation|had a phone conversation|had a phone call|had a telephone call|had a * telephone conversation|phoned|telephoned|holds telephone talks|held telephone talks|telephone conversation with	consultation	041	1.0	act
held a video call|held * video call|held a video conference|held * video conference|held a videoconference|held * videoconference|had a video call|had * video call|spoke by video link|spoke via video link|held talks by video link|held virtual talks|held * virtual talks|held a virtual meeting|held * virtual meeting	consultation	041	1.0	act
visited|visiting|paid a visit to|paid * visit to|made a visit to	consultation	042	1.9	act
# a bare 'hosted' is as often a show, an awards ceremony or a race: only a visit or talks hosted count
hosted talks|hosts talks|hosting talks|hosted * talks|hosted a meeting|hosted * meeting|hosted a summit|hosts a summit|hosting a summit|hosted * summit|hosted a visit|hosted * visit|hosted a delegation|hosted * delegation|hosted his counterpart|hosted her counterpart|hosted * counterpart|hosted a state visit|hosted * leaders|hosted * ministers	consultation	043	2.8	act
mediated|mediates|mediating|brokered|brokers	consultation	045	5.0	act
negotiated|negotiates|negotiate|negotiating|held negotiations|held * negotiations	consultation	046	7.0	act

# agreement (CAMEO 050 engage in diplomatic cooperation, 3.5; 057 sign formal agreement, 8.0)
agreed|agrees|agree|agreeing|agreed to|agreed that|agreed on|agreed with|has agreed|have agreed	agreement	050	3.5	act
reached an agreement|reached agreement|reached a * agreement|reached * agreement|reached a consensus|reached consensus|reached * consensus|reached an understanding|reached * understanding|reach an agreement|reach agreement|reach a consensus|came to an agreement|came to an understanding	agreement	050	3.5	act
reaffirmed|reaffirms|reaffirm|reaffirming	agreement	050	3.5	act
concurred|concurs|concur|concurring	agreement	050	3.5	act
released a joint statement|issued a joint statement|adopted a joint statement|signed a joint statement|released * joint statement|issued * joint statement|adopted * joint statement|issued a joint declaration|adopted a joint declaration|release joint statement|issue joint statement|in a joint statement|joint statement said	agreement	050	3.5	act
shared the view|share the view|shares the view|shared * view|share * view|see eye to eye|saw eye to eye|sees eye to eye|hold similar views|held similar views|have similar views|have a common position|share a common position	agreement	050	3.5	act
signed|signing|signs an agreement|signed an agreement|signed * agreement|signed a treaty|signed * treaty|signed a memorandum|signed * memorandum|inked	agreement	057	8.0	act

# support (CAMEO 051 praise or endorse, 3.4; 052 defend verbally, 3.5; 053 rally support, 3.8; 055 apologize, 7.0)
supports|support|supported|supporting|expressed support|expressed * support|expressed support for|expressed * support for|voiced support|voiced * support|voiced support for|voiced * support for|reaffirmed * support for|reiterated * support for|confirmed * support for	support	051	3.4	act
expressed solidarity|expressed * solidarity|expressed solidarity with|expressed * solidarity with|voiced solidarity|voiced * solidarity|reaffirmed * solidarity|reiterated * solidarity|stands in solidarity with|stand in solidarity with|stood in solidarity with|standing in solidarity with	support	051	3.4	act
welcomed|welcomes|welcome|welcoming	support	051	3.4	act
applauded|applauds|applaud|applauding	support	051	3.4	act
praised|praises|praise|praising|lauded|lauds|laud|lauding|hailed|hails|hail|hailing	support	051	3.4	act
endorsed|endorses|endorse|endorsing	support	051	3.4	act
backed|backs|backing	support	051	3.4	act
greeted|greets|greeting	support	051	3.4	act
commended|commends|commend|commending	support	051	3.4	act
congratulated|congratulates|congratulate|congratulating	support	051	3.4	act
thanked|thanking|expressed gratitude|expressed * gratitude	support	051	3.4	act
appreciated|appreciates|appreciate|appreciating	support	051	3.4	act
spoke positively about|spoke positively of|spoke highly of|speaks highly of|spoke warmly of|speaks positively about	support	051	3.4	act
reassured|reassures|reassure|reassuring	support	051	3.4	act
in favor of|is in favor of|are in favor of|was in favor of|were in favor of|be in favor of|been in favor of|remains in favor of|remain in favor of|remained in favor of|stands in favor of|stand in favor of|stood in favor of|in favour of|is in favour of|are in favour of|was in favour of|were in favour of|be in favour of|been in favour of|remains in favour of|remain in favour of|remained in favour of|stands in favour of|stand in favour of|stood in favour of|supportive of|is supportive of|are supportive of|was supportive of|were supportive of|be supportive of|been supportive of|remains supportive of|remain supportive of|remained supportive of|stands supportive of|stand supportive of|stood supportive of	support	051	3.4	stance
favors|favours|favored|favoured	support	051	3.4	act
defended|defends|defend|defending	support	052	3.5	act
rallied support|rallies support|rallied support for|rallied * support	support	053	3.8	act
apologized|apologised|apologizes|apologises|apologize|apologise|apologizing|apologising|offered an apology|offered * apology	support	055	7.0	act

# demand (CAMEO 100 demand, -5.0)
demanded|demands|demand|demanding	demand	100	-5.0	act
insisted on|insists on|insist on|insisting on	demand	100	-5.0	act
# "stressed on a thorough investigation": stress on = insist on the importance of
stressed on|stresses on|stressing on|stress on|emphasized on|emphasised on|emphasizes on|emphasises on	appeal	020	3.0	act
required that|requires that|require that|requiring that	demand	100	-5.0	act
issued a demand|made a demand|reiterated * demand|renewed * demand|repeated * demand	demand	100	-5.0	act

# criticism (CAMEO 111 criticize or denounce, 112 accuse, 114 complain officially; all -2.0)
condemned|condemns|condemn|condemning|strongly condemned|condemned in the strongest terms|condemns in the strongest terms	criticism	111	-2.0	act
criticised|criticized|criticises|criticizes|criticise|criticize|criticising|criticizing|voiced criticism|voiced * criticism|offered * criticism	criticism	111	-2.0	act
denounced|denounces|denounce|denouncing	criticism	111	-2.0	act
slammed|slams|slam|slamming	criticism	111	-2.0	act
lambasted|lambastes|lambaste|lambasting|blasted	criticism	111	-2.0	act
decried|decries|decry|decrying	criticism	111	-2.0	act
deplored|deplores|deplore|deploring	criticism	111	-2.0	act
censured|censures|censure|censuring	criticism	111	-2.0	act
chastised|chastises|chastise|chastising	criticism	111	-2.0	act
rebuked|rebukes|rebuke|rebuking|castigated|castigates|castigate|castigating|assailed|assails	criticism	111	-2.0	act
hit out at|hits out at|hitting out at|lashed out at|lashes out at|lashing out at	criticism	111	-2.0	act
expressed indignation|expressed * indignation|expressed outrage|expressed * outrage|voiced outrage|voiced * outrage	criticism	111	-2.0	act
stressed the inadmissibility of|underlined the inadmissibility of|pointed to the inadmissibility of|noted the inadmissibility of|emphasized the inadmissibility of	criticism	111	-2.0	act
disapproved|disapproves|disapprove|disapproving|expressed disapproval|expressed * disapproval	criticism	110	-2.0	act
expressed dissatisfaction|expressed * dissatisfaction|voiced dissatisfaction|voiced * dissatisfaction|expressed displeasure|expressed * displeasure|voiced displeasure|voiced * displeasure	criticism	111	-2.0	act
accused|accuses|accuse|accusing|alleged|alleges|alleging|charged that|charges that	criticism	112	-2.0	act
blamed|blames|blame|blaming	criticism	112	-2.0	act
exchanged accusations|exchange accusations|traded accusations|trade accusations|traded blame|trade blame|exchanged blame|traded barbs|exchanged barbs	criticism	112	-2.0	act
protested|protesting|lodged a protest|lodged * protest|filed a protest|complained|complains|complain|complaining|filed a complaint|lodged a complaint	criticism	114	-2.0	act

# rejection (CAMEO 120 reject, -4.0; 125 reject proposal to meet or negotiate, 128 defy norms, 129 veto, -5.0)
rejected|rejects|reject|rejecting|refuted|refutes|refute|refuting	rejection	120	-4.0	act
refused|refuses|refuse|refusing|declined to|declines to|decline to	rejection	120	-4.0	act
dismissed|dismisses|dismiss|dismissing|brushed aside|brushes aside|brushed off|brushes off	rejection	120	-4.0	act
denied|denies|deny|denying	rejection	120	-4.0	act
denial|denials|in a denial|issued a denial	rejection	120	-4.0	nominal
ruled out|rules out|rule out|ruling out	rejection	120	-4.0	act
opposed|opposes|oppose|opposing	rejection	120	-4.0	act
expressed opposition|expressed * opposition|voiced opposition|voiced * opposition|reiterated * opposition|reaffirmed * opposition	rejection	120	-4.0	act
will not support|would not support|does not support|do not support|did not support|cannot support|could not support|won't support|doesn't support|don't support|didn't support	rejection	120	-4.0	act
will not accept|would not accept|does not accept|do not accept|did not accept|cannot accept|won't accept|doesn't accept|don't accept|didn't accept|will not recognize|will not recognise|does not recognize|does not recognise|do not recognize|do not recognise	rejection	120	-4.0	act
refused to meet|refuses to meet|declined to meet|refused to negotiate|refuses to negotiate|rejected talks|rejected * talks|rejected the offer of talks|ruled out talks|ruled out negotiations	rejection	125	-5.0	act
defied|defies|defy|defying	rejection	128	-5.0	act
vetoed|vetoes|veto|vetoing	rejection	129	-5.0	act

# threat (CAMEO 130 threaten, -4.4; 132 threaten with sanctions, -5.8; 138 threaten with military force, -7.0; 139 give ultimatum, -7.0)
warned|warns|warn|warning|cautioned|cautions|cautioning	threat	130	-4.4	act
threatened|threatens|threaten|threatening	threat	130	-4.4	act
vowed to retaliate|vows to retaliate|promised to retaliate|threatened to retaliate|threatens to retaliate|will retaliate|would retaliate|vowed retaliation|threatened retaliation|vowed a response|promised a response	threat	130	-4.4	act
will respond|would respond|will respond in kind|reserves the right to respond|reserve the right to respond|reserves the right to retaliate|will be met with|would be met with|will face consequences|would face consequences|will pay a price|would pay a price	threat	130	-4.4	modal
threatened sanctions|threatened * sanctions|threatened to impose sanctions|threatens to impose sanctions|threatened new sanctions	threat	132	-5.8	act
threatened military action|threatened to use force|threatens to use force|threatened military force|threatened * military action|threatened to strike|threatened war	threat	138	-7.0	act
issued an ultimatum|issues an ultimatum|gave an ultimatum|gave * ultimatum	threat	139	-7.0	act

# sympathy (CAMEO 018 make empathetic comment, 3.4)
expressed condolences|expressed * condolences|expressed * deep condolences|expressed * deepest condolences|expressed * sincere condolences|expressed * heartfelt condolences|offered condolences|offered * condolences|extended condolences|extended * condolences|conveyed condolences|conveyed * condolences|sent condolences|sent * condolences|to express * condolences|condoled|condoles	sympathy	018	3.4	act
expressed sympathy|expressed * sympathy|expressed * deep sympathy|expressed * deepest sympathy|expressed * sincere sympathy|expressed * sympathies|offered * sympathies|offered * sympathy|extended * sympathy|conveyed * sympathy	sympathy	018	3.4	act
sympathised|sympathized|sympathises|sympathizes|sympathise|sympathize|sympathising|sympathizing	sympathy	018	3.4	act
mourned|mourns|mourn|mourned with|mourns with|paid tribute to|paid * tribute to|pays tribute to|shares the grief|shared the grief|share the grief	sympathy	018	3.4	act
wished * speedy|wished a speedy|wished * quick|wished a quick|wished * full recovery|wishes * speedy|wishes a speedy|wished * recovery	sympathy	018	3.4	act
saddened by|is saddened by|are saddened by|was saddened by|were saddened by|be saddened by|been saddened by|remains saddened by|remain saddened by|remained saddened by|stands saddened by|stand saddened by|stood saddened by|deeply saddened|is deeply saddened|are deeply saddened|was deeply saddened|were deeply saddened|be deeply saddened|been deeply saddened|remains deeply saddened|remain deeply saddened|remained deeply saddened|stands deeply saddened|stand deeply saddened|stood deeply saddened|deeply saddened by|is deeply saddened by|are deeply saddened by|was deeply saddened by|were deeply saddened by|be deeply saddened by|been deeply saddened by|remains deeply saddened by|remain deeply saddened by|remained deeply saddened by|stands deeply saddened by|stand deeply saddened by|stood deeply saddened by|shocked and saddened|is shocked and saddened|are shocked and saddened|was shocked and saddened|were shocked and saddened|be shocked and saddened|been shocked and saddened|remains shocked and saddened|remain shocked and saddened|remained shocked and saddened|stands shocked and saddened|stand shocked and saddened|stood shocked and saddened	sympathy	018	3.4	stance
has saddened me|saddened me|saddens me|have saddened us|saddened us	sympathy	018	3.4	act
