[topic]
# Issues
terrorism|terrorist|terrorists|terror|terrorist attack|terrorist attacks|terrorist act|terrorist acts|acts of terrorism|counterterrorism|counter-terrorism|anti-terrorism|extremism|violent extremism|ISIS|ISIL|Islamic State|Daesh|IS militants|al-Qaeda|al Qaeda|Al-Qaida|Jabhat al-Nusra|Nusra Front|al-Nusra	terrorism
chemical weapons|chemical weapon|chemical attack|chemical attacks|chemical weapons attack|chemical arms|poison gas|sarin|chlorine gas|nerve agent	chemical weapons
nuclear weapons|nuclear weapon|nuclear arms|nuclear arsenal|nuclear warheads|nuclear threat|nuclear rhetoric|nuclear war|nuclear test|nuclear tests|nuclear program|nuclear programme|nuclear deal|denuclearization|denuclearisation|nuclear non-proliferation|non-proliferation|nonproliferation|JCPOA|Joint Comprehensive Plan of Action|Iran nuclear deal|Iran deal	nuclear weapons
arms control|strategic stability|New START|START treaty|INF Treaty|Intermediate-Range Nuclear Forces Treaty|INF|arms race|disarmament|missile defense|missile defence|ballistic missiles|ballistic missile	arms control
