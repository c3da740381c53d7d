# comment
[cue]
expressed * concern about|voiced concern	statement	010	-2.5	say
[actor]
The Two Sides	group	
[topic]
Syria|Syrian	Syria
