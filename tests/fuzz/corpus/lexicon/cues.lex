[cue]
# statement (CAMEO 010 make statement, 0.0): reporting verbs
said|says|say|saying|did say|does say|went on to say|went on to add	statement	010	0.0	say
stated|stating|states that|state that	statement	010	0.0	say
noted|noting|notes that|note that	statement	010	0.0	say
told|tells|telling	statement	010	0.0	say
