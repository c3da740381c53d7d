[title]
# Heads of state and government
president	president
vice president|vice-president|vice-president of the republic	vice president
prime minister|premier|PM|head of government	prime minister
first deputy prime minister|deputy prime minister|deputy premier|vice premier|vice-premier	deputy prime minister
