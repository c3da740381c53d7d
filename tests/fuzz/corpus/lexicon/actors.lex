[actor]
# States
Afghanistan|Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan|Kabul	state	AFG
Albania|Republic of Albania|Tirana	state	ALB
Algeria|People's Democratic Republic of Algeria|Algiers	state	DZA
Andorra|Principality of Andorra|Andorra la Vella	state	AND
