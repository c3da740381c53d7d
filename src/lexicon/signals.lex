# Content signals: words that, inside the content of a neutral reporting cue ("said",
# "stressed", "noted"), say which act the speaker performs. "Tillerson said Russia must
# withdraw" is an appeal; "said the plan had failed" is a criticism. A signal never makes a
# statement by itself; it only replaces the default kind `statement` of a reporting cue in the
# same sentence, and of an official text's or a turn's own sentences.
# Fields: forms	kind	CAMEO code	Goldstein weight	signal (format: README.md).
[cue]
# appeal: obligation and need
must|must not|should|should not|shouldn't|ought to|needs to|need to|has to|have to|had to	appeal	020	3.0	signal
is necessary|are necessary|is essential|is vital|is imperative|is important to	appeal	020	3.0	signal
# demand: insistence on an immediate act
must immediately|must stop|must end|must cease|must withdraw|must halt|must leave|immediately stop|immediate ceasefire	demand	100	-5.0	signal
# demand: a condition set on the other side ("withdrawal is a precondition for talks")
is a precondition for|is a prerequisite for|is a precondition to|is a prerequisite to|are preconditions for|are prerequisites for	demand	100	-5.0	signal
# criticism: a negative judgement of an actor or its conduct
failed|fails|failure|fault|to blame|is responsible for|violated|violates|violation|violations|aggression|illegal|illegitimate|unlawful	criticism	111	-2.0	signal
trying to evade|try to evade|attempts to evade|attempting to evade|wriggle out|counterproductive|unacceptable|irresponsible|provocation|provocations|provocative|sabotage|sabotaging|short-sighted|hostile|outrageous|reckless|destabilizing|destabilising|war crimes|false claims|propaganda|interference|meddling	criticism	111	-2.0	signal
# criticism: a word that condemns an act by naming what it is ("called the attack barbaric")
barbaric|heinous|brutal|inhumane|atrocious|atrocity|atrocities|cowardly|shameful|disgraceful|deplorable|despicable|reprehensible|abhorrent|cynical|hypocritical|hypocrisy|politically motivated|blackmail|unjustified|unjustifiable|flagrant|blatant|act of terrorism|terrorist act|state terrorism	criticism	111	-2.0	signal
# criticism: conduct set against what it should serve ("the decision runs counter to the spirit of the summit")
runs counter to|run counter to|ran counter to|contradicts|contradicted|is at odds with|are at odds with|disagrees with|undermines|undermined|undermining	criticism	111	-2.0	signal
# criticism: words that name conduct as coercion, deceit or unfairness ("amount to economic bullying", "riddled with loopholes")
bullying|declaration of war|riddled with|loophole|loopholes|a legal black hole|one-sided|double standards|double standard|smear|slander|misleading|intimidation|coercion|coercive|escalatory|arbitrary|absurd|ridiculous|discriminatory|harassment|hegemonism|hegemonic|neo-colonial|a direct threat to|a direct threat|dictate terms|to dictate|unfair|unjust|biased|belligerent|warmongering|expansionist|extortion|a grave mistake|a serious mistake|a big mistake|a historic mistake|a step backward|a step backwards|scandalous|appalling|deceitful|dishonest|sabotaged|betrayal|betrayed|let down|too little, too late|not serious about|a direct attack on|the brink of war|make things worse|made things worse|stirring up trouble|sowing discord|stern representations|solemn representations|breach of|breaches of|in breach|breached|a pretext|as a pretext|broken its promise|broke its promise|broken their promise|broke their promise|broken promises|too timid|learned nothing|learnt nothing	criticism	111	-2.0	signal
# criticism: conduct set against the law or the facts ("incompatible with international law",
# "trade-distorting", "in contravention of", "trying to fabricate a pretext"). (Not "a threat
# to": as often the speaker's concern, "remains a grave threat to regional stability".)
incompatible with|in contravention of|contrary to international law|flouts|flouted|flouting|disregards|disregarded|disregarding|in disregard of|distort|distorts|distorted|distorting|distortion|distortions|fabricate|fabricates|fabricating|fabrication|fabrications	criticism	111	-2.0	signal
# criticism: the names of grave abuses and of coercion ("ethnic cleansing", "held hostage",
# "terrorising the population"; not "torture" nor "piracy", as often
# a subject of the news, "software piracy", or a body's name, "Victims of Torture")
genocide|ethnic cleansing|crimes against humanity|collective punishment|hostage to|held hostage|hold hostage|holding hostage|holds hostage|terrorising|terrorizing|terrorised|terrorized|a reward for terror|a prize for terror|rewards terror|rewarding terror|blood on its hands|blood on their hands|blood on his hands|blood on your hands	criticism	111	-2.0	signal
# criticism: the diplomatic lexicon of disapproval ("Cold War mentality", "an exclusive clique",
# "subordinated to Washington", "politicising the issue", "in bad faith", "a note of protest")
clique|cliques|bloc confrontation|cold war mentality|zero-sum mentality|zero-sum thinking|interventionist|interventionism|subordinated to|subservient to|puppet|puppets|vassal|vassals|politicise|politicize|politicises|politicizes|politicising|politicizing|politicised|politicized|politicisation|politicization|bad faith|in bad faith|note of protest|protest note|formal protest|strong protest|conveyed the protest|conveyed a protest|registered a protest	criticism	111	-2.0	signal
# criticism: blame laid and a course named as hostile ("bears direct responsibility for the
# bloodshed", "had chosen confrontation over dialogue", "an insult to the people we represent",
# "has no place in sport", "continues to obstruct every step", "a complete disregard for")
bears responsibility|bear responsibility|bore responsibility|bears * responsibility for|bore * responsibility for|chosen confrontation|chose confrontation|choosing confrontation|an insult to|is an insult|was an insult|insulting|with no place in|has no place in|have no place in|had no place in|obstruct|obstructs|obstructed|obstructing|obstruction|the only obstacle|the main obstacle|complete disregard|total disregard|utter disregard	criticism	111	-2.0	signal
# rejection: a refusal to sign or to take part ("will not sign a treaty that ...")
will not sign|would not sign|will never sign|would never sign|will not take part|would not take part	rejection	120	-4.0	signal
# criticism: words that call a position or a process absurd or false ("called the conditions
# delusional", "a sham election")
delusional|preposterous|laughable|farcical|a farce|a sham|sham election|sham referendum|shameless|unrealistic demands|unrealistic conditions	criticism	111	-2.0	signal
# criticism: a judgement of error or of bad faith in talks ("had made a fundamental error", "the amendments were unconstructive")
a huge mistake|a strategic mistake|a fundamental error|a grave error|a serious error|a grave miscalculation|misguided|unconstructive|not constructive	criticism	111	-2.0	signal
# criticism (CAMEO 112 accuse): holding an actor behind an attack or a crime
was behind the|is behind the|were behind the|are behind the|was behind this|is behind this	criticism	112	-2.0	signal
# threat: consequences announced for another's act
consequences|will retaliate|would retaliate|retaliatory|will respond|would respond|will be met|in kind|reciprocal|dire|response will	threat	130	-4.4	signal
# threat: a price announced for another's act ("will pay a heavy price", "would be considered an act of war",
# "would take resolute and forceful measures")
resolute and forceful measures|resolute measures|forceful measures|firm and forceful measures|resolute countermeasures|equivalent measures|mirror measures|befitting response|befitting reply|overwhelming response|pay a heavy price|pay a high price|pay a very heavy price|a red line|red lines|will not go unanswered|will not go unpunished|decisive response|crushing response|all necessary measures|all necessary precautions|countermeasures|counter-measures|right to respond|right to retaliate|considered an act of war|treated as an act of war	threat	130	-4.4	signal
# intent: what the speaker's side sets itself as its aim ("restoring sovereignty is a priority")
is a priority|is the priority|is our priority|is a top priority|is a major priority|is a key priority|are priorities|were priorities|major priorities|top priorities|key priorities|main priorities|remains a priority|remain a priority|a top priority	intent	030	4.0	signal
# support (CAMEO 051 praise): a warm judgement of an actor's work ("the World Cup was one of the best ever")
one of the best|the best ever|best ever|excellent|outstanding|a great success|a big success|a huge success|great job|wonderful|fantastic|superb|magnificent	support	051	3.4	signal
# intent: a commitment the speaker's side holds to ("remained fully committed to the mediation")
committed to|fully committed|firmly committed|determined to|is determined to|are determined to	intent	030	4.0	signal
# support: standing by an actor, or a warm judgement of a step ("stands with our ally", "in full
# solidarity with Estonia", "a welcome signal", "a historic step")
stands with|stood with|stand with|solidarity with|in solidarity|fully behind|firmly behind|squarely behind|solidly behind|shoulder to shoulder|was right to|were right to|had been right to|is right to|are right to|a victory for|a triumph for|a welcome signal|a welcome step|a welcome move|a welcome development|a welcome sign|a historic step|a historic day|a historic moment|a historic achievement|a historic agreement|a historic decision|a new page|a new chapter|an important milestone|a milestone|a step in the right direction|a positive step|a step forward|an important step forward|a fair decision|a wise decision|a breakthrough|a true friend|a good friend|a loyal friend|a great friend|a close friend|a dear friend|a reliable friend|a turning point|a model for|a model of|frank and useful|frank and constructive|candid and constructive|constructive and productive|highly values|highly valued|values the	support	051	3.4	signal
# support: a judgement of a text or a step as a gain ("called it an important step", "a
# significant contribution to resolving the disputes", "Washington's support was unwavering")
an important step|a significant contribution|an important contribution|a valuable contribution|unwavering|steadfast support|in support of	support	051	3.4	signal
# optimism and concern
hope|hopes|hoped|hopeful|optimistic|confident that|are confident|is confident|positive signal|good chance	optimism	013	0.4	signal
worried|worrying|alarming|alarmed|deeply troubled|gravely troubled|very troubled|troubled by|dangerous|deteriorated|deteriorating|disappointed|disappointing|regrettable|troubling|grave concern|grave concerns|deep concern|deep concerns|serious concern|serious concerns|deeply concerned|very concerned|extremely concerned|gravely concerned|seriously concerned|deeply concerning|extremely concerning|very concerning|is concerning|are concerning|was concerning|were concerning|with concern|running out of time	concern	012	-0.1	signal
# rejection: denial and refusal
not true|nonsense|baseless|groundless|unfounded|no evidence|fabricated|fake|refused|rejects|rejected|is false|are false|was false|were false|untrue|is wrong|are wrong|was wrong|were wrong|still wrong|not recognise|not recognize|never recognise|never recognize|not accept|never accept|cannot accept|can't accept	rejection	120	-4.0	signal
# rejection: a ruling or a text declared of no force, a refusal to allow or to be bound ("the
# ruling was null and void", "did not consider itself bound by it", "is not for sale")
null and void|no binding force|not bound by|not consider itself bound|neither accepts nor recognises|neither accepts nor recognizes|is not for sale|will not allow|would not allow|will never allow|would never allow	rejection	120	-4.0	signal
# threat: a warning that a side will not stay passive ("will not stand idle", "is not bluffing")
will not stand idle|would not stand idle|not bluffing	threat	130	-4.4	signal
# not an act: a source's wish to stay unnamed ("officials, who declined to be named, said"), no refusal
declined to be named|declined to be identified|asked not to be named|asked not to be identified|refused to be named	statement	010	0.0	signal
# support: a step judged a gain, thanks ("called the joint stand a very important step", "grateful
# to our allies"). (Not "a significant step": as often a forecast, "it will be a significant step
# forward", "a significant step towards a quasi-alliance"; nor "ironclad", as often another's
# commitment reported.)
a very important step|a concrete step|an encouraging step|an encouraging sign|a positive signal|grateful to|grateful for|deeply grateful|thankful to|thankful for|a recognition of	support	051	3.4	signal
# criticism: conduct named as a break of faith or a flight from facts ("demands that are
# divorced from reality", "had chosen the path of war", "using detainees as bargaining chips")
divorced from reality|detached from reality|instrument of pressure|instruments of pressure|tool of pressure|tools of pressure|instrument of political pressure|tool of political pressure|chosen the path of confrontation|chose the path of confrontation|chosen the path of war|chose the path of war|broken the trust|broke the trust|betrayed the trust|bargaining chip|bargaining chips|a scapegoat|besmirch|has no business|had no business|have no business|smear campaign|witch hunt|witch-hunt|empty promises|empty words|lip service|deliberately escalating|deliberate escalation	criticism	111	-2.0	signal
