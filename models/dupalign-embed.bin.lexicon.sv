# sv -> English, from scripts/build-model.sh (models/README.md)
0,0	0.0
0,0375	0.0375
0,05;1,5;100	0.05;1.5;100
0,1	0.1
0,25	0.25
0,5	0.5
0,5;5;10	0.5;5;10
0,86	2;1;1;1
1	number one
1 2 3 lag	preserving vegetable
1 krona	coin
1,15	1.15
1,5	1.5
10 000 metersklubben	10 000
10 krona	coin
10,2	10.2
100 lapp	banknote
100 poäng	hundred points
13,27	13.27
2 krona	coin
20 lapp	banknote
200 lapp	banknote
35	35,000
5 krona	coin
5,3543	5.3543
5,5	5.5
5,75	5.75
50 lapp	banknote
500	7,500
8,75	8.75
@	separator
a	from
a dur	a major
a kassa	unemployment insurance
a lagare	a team
a moll	a
a traktor	car
a vitamin	vitamin a
ab	corporation
abakus	abacus
abbedissa	abbess
abborre	european perch
abborrgrund	shoal
abbé	abbot
abc bok	primer
abchaziska	abkhaz
abderit	abderian
abderitisk	abderian
abdikation	abdication
abdikera	abdicate
abdikerad	abdicated
abdikering	abdication
abdominalt	abdominally
abelsk	abelian
abelsk grupp	abelian group
aber	problem
abessinien	abyssinia
abessinsk	abyssinian
abilitet	ability
abiogenes	abiogenesis
abiturient	student
ablativ	ablative
abnorm	abnormal
abnormitet	abnormity
aboensisk	turku
abonnemang	subscription
abonnemangsavgift	subscription fee
abonnent	subscriber
abonnentförteckning	list
abonnera	subscribe
abonnerad	hired
abort	miscarriage
abortera	abort
aborterad	aborted
abrupt	sudden
absalon	absalom
absid	apsis
absint	absinthe
abskissa	abscissa
absolut	absolute
absolut majoritet	absolute majority
absoluta	absolute
absoluta nollpunkten	absolut
absolutbelopp	absolute value
absolutism	absolute monarchy
absolutist	teetotaller
absolutistisk	absolutistic
absolvera	finish
absorbera	absorb
absorberad	absorbed
absorberande	absorbing
absorptionslinje	absorption line
abstinens	withdrawal
abstinensbesvär	withdrawal
abstrahera	abstract
abstraherad	abstracted
abstrakt	abstract
abstrakt algebra	abstract algebra
abstraktion	abstraction
abstrus	abstruse
absurditet	absurdity
acceleration	velocity
accelerera	accelerate
accelererad	accelerated
accent	emphasis
accentuera	accentuate
accentuerad	accentuated
accept	bill of exchange
acceptabel	acceptable
acceptans	acceptance
acceptant	accepter
acceptera	accept
accepterad	accepted
accepteras	accepted
accesskod	access code
accidenstryckeri	print
accis	excise
acetat	acetate
acetylen	ethyne
acetylsalicylsyra	acetylsalicylic acid
ack	accusative
acke	hypocoristic
ackja	sleigh
acklamation	acclamation
acklimatisera	acclimatize
acklimatiserad	acclimatized
acklimatisering	acclimatization
ackommodera	accommodate
ackommoderad	accommodated
ackompanjemang	accompaniment
ackompanjera	accompany
ackompanjerad	accompanied
ackord	chord
ackordeon	accordion
ackordera	contract
ackumulation	accumulation
ackumulator	accumulator
ackumulera	accumulate
ackumulerad	accumulated
ackurat	accurate
ackusativ	accusative
ackuschör	accoucheur
ackuschörska	midwife
ackvisition	acquisition
ad	ed
ad	vitamin a
ada	adah
adam och eva	adam and eve
adamsäpple	adam's apple
addend	operand
addera	add
addera	plus
adderad	added
additiv	additive
adekvat	adequate
adel	nobility
adelsdam	noblewoman
adelskap	nobility
adelskvinna	noblewoman
adelsman	nobleman
adelssläkt	noble family
adept	pupil
aderton	eighteen
adertonde	eighteenth
adertondedel	eighteenth
adertondel	eighteenth
adessiv	adessive case
adhd	attention deficit hyperactivity disorder
adiabatisk	adiabatic
adjektiv	adjective
adjektivböjning	adjectival inflection
adjektivisk	adjectival
adjungera	adjoin
adjungerad	adjoined
adjungerad professor	adjunct professor
adjunkt	lektor
adjö	goodbye
adla	knight
adlad	knighted
adlig	nobility
administrativ	administrative
administrativa	administrative
administratör	administrator
administrera	administer
administrera	organizer
administrerad	administrated
admittans	admittance
admonition	warning
adolf	hitler
adoptera	adopt
adoptiv	adoptive
adoptivbarn	adopted child
adoptivfar	adoptive father
adoptivmor	adoptive mother
adrenalin	adrenaline
adress	address
adressaritmetik	address arithmetic
adressat	addressee
adressblock	block
adressbok	address book
adressbokens	assignments
adresser	addresses
adressera	address
adresserad	addressed
adressering	addressing
adresseringsstruktur	addressing structure
adressregister	address register
adriatiska havet	adriatic sea
aducera	mild
adv	adverb
adventskalender	advent calendar
adventskonsert	advent concert
adventsljusstake	candlestick
adventsstjärna	advent star
adventssöndag	sunday
advocera	practice
advokat	lawyer
aerodynamik	aerodynamics
aerofobi	aerophobia
af	surname
afariska	afar
affektation	affectation
affektiv	affective
affin	affine
affin geometri	affine geometry
affin grupp	affine group
affin transformation	affine transformation
affint rum	affine space
affirmera	affirm
affisch	poster
affrikata	affricate
affär	shop
affärskorrespondens	correspondence
affärskvinna	businesswoman
affärsman	businessman
affärsresa	business trip
afghansk	afghanistan
afghanska	afghan
aforism	aphorism
afrika	africa
afrikan	african
afrikanska	woman
afrodite	aphrodite
afton	afternoon
aftonklänning	evening dress
ag	cladium
agat	agate
agendaguiden	agenda
agera	act
agerande	acting
agg	aversion
aggressiv	aggressive
aggressivitet	aggressiveness
agility	dog agility
agna	bait
agnostiker	agnostic
agrar	agrarian
agrikultur	agriculture
agronom	agronomist
agronomi	agronomy
ah	relief
aina	police
aisopos	aesop
aj	ouch
ajabaja	punish
ajour	up to date
akaciames	ashy tit
akademi	academy
akademiker	academic
akademisk	academic
akademisk kvart	academic quarter
akalkyli	acalculia
akilleshäl	achilles heel
akillessena	achilles tendon
akribi	meticulousness
akrobat	acrobat
akrobatik	acrobatics
akrocyanos	acrocyanosis
akrofobi	acrophobia
akronym	acronym
akryl	acryl
akt	act
akta	take care of
aktad	respected
aktersnurra	outboard motor
aktie	share
aktiebolag	corporation
aktieägare	stockholder
aktig	like
aktinium	actinium
aktiv	active
aktiva	active
aktivera	activate
aktivera	enable
aktiverad	activated
aktiverar	activates
aktiverat	enabled
aktiverats	activated
aktivering	activation
aktivism	activism
aktivist	activist
aktivitet	activity
aktivitetspanelen	tasks
aktivt kol	aktiv
aktivum	active voice
aktning	respect
aktris	actress
aktualisera	up to date
aktualiserad	brought
aktuell	frequent
aktuella	current
aktör	actor
akupunktur	acupuncture
akustik	acoustics
akustiker	acoustician
akustisk	acoustic
akut	acute
akut accent	acute accent
akutbil	nontransporting emergency medical service
akvamarin	aquamarine
akvarellmålare	watercolourist
akvarist	aquarist
akvarium	aquarium
akvatisk	aquatic
akvedukt	aqueduct
al	alder
alamodisk	modern
alanin	alanine
alaskier	alaskan
alaskisk	alaskan
alban	albanian
albansk	albanian
albanska	albanian
albatross	double eagle
albino	albinistic
album	book
albumlista	discography
aldehyd	aldehyde
aldrig	never
aldrig i livet	aldrig i liv
aleuterna	aleutian islands
alf	elf
alfa	alpha
alfabet	alphabet
alfabetisering	alphabetisation
alfabetisk	alphabetic
alfabetisk ordning	alphabetical order
alfabetiskt	alphabetically
alfanumerisk	alphanumeric
alfanumerisk	alphanumerical
alfanumeriskt	alphanumeric
alfastrålning	alpha radiation
alfågel	long tailed duck
alförrädare	polysticta stelleri
alg	alga
algebraiker	algebraist
algebraisk	algebraic
algebraisk funktion	algebraic function
algebraisk geometri	algebraic geometry
algebraiska	algebraic
algebraiskt heltal	algebraic integer
algebraiskt tal	algebraic number
algerier	algerian
algeriet	algeria
algerisk	algerian
algeriska	algerian
algofobi	algophobia
algoritm	algorithm
algoritmisk	algorithmic
alka	auk
alkalimetall	alkali metal
alkan	alkane
alkekung	little auk
alkemi	alchemy
alkemisk	alchemical
alkemist	alchemist
alken	alkene
alkis	alcoholic
alkohol	alcohol
alkoholbruk	alcohol
alkoholfri	alcohol free
alkoholhaltig	alcoholic
alkoholism	alcoholism
alkoholist	alcoholic
alkoholmissbruk	alcohol abuse
alkoholstyrka	alcohol
alkolås	ignition interlock
alkotest	examination
alkov	alcove
alkyn	alkyne
all	mass noun
alla	everyone
alla	all
alla helgons dag	dag
alla hjärtans dag	saint valentine's day
allaredan	already
allas	everybody's
allasamman	everybody
allasammans	allasamman
alldaglig	everyday
alldagligt	quotidianly
alldeles	quite
allegori	allegory
allegorisk	allegoric
allehanda	miscellaneous
allemansrätt	freedom to roam
allena	alone
allenast	only
allergi	allergy
allergiker	allergy
allergisk	allergic
allesamman	everybody
allesammans	everybody
allestädes	everywhere
allhelgonadagen	all hallows day
allians	alliance
alliera	ally
allihop	everybody
allitteration	alliteration
allitterera	alliterate
allittererad	alliterated
allmän	public
allmän beredning	formal government meeting
allmän handling	official document
allmänhet	public
allmänning	common
allmännyttig	public
allmänordbok	general dictionary
allmänspråklig	general language
allmänt	commonly
allmänt	general
allmäntjänstgöring	internship
allopatri	allopatry
allordbok	encyclopedic dictionary
allra	very
allsmäktig	powerful
allsmäktigt	almightily
allsvensk	swedish
allsvenskan	league
allt	everything
alltför	too
alltid	always
allting	everything
alltjämt	still
alltmer	increasingly
alltså	accordingly
alltså	therefore
allusionsordbok	dictionary
allvar	seriousness
allvarietetsordbok	dictionary
allvarlig	serious
allvarligt	seriously
allvarligt	serious
allvarsam	serious
allvetande	omniscient
alm	elm
almanacka	almanac
aln	ell
alp	alps
alpin skidåkning	alpine skiing
alpkaja	chough
alster	product
alstra	engender
altan	balcony
altare	altar
altblockflöjt	alto recorder
alternativ	alternate
alternativ	options
alternativa	alternate
alternativalt	optionalt
alternativctrl	optionctrl
alternativet	option
alternativfält	option field
alternativknapp	radio button
alternera	alternate
alternerad	alternated
altruistisk	altruistic
aluminiumfolie	aluminium foil
alumn	alumnus
alv	elf
amasonfloden	amazon
amatör	amateur
amatörmässig	amateurish
ambassad	embassy
ambassaden	embassy
ambassadråd	counsellor
ambassadsekreterare	secretary
ambassadör	ambassador
ambitiös	ambitious
ambivalens	ambivalence
ambulans	ambulance
amer	american
amerika	north america
amerika	america
amerikan	america
amerikanare	american
amerikansk	americas
amerikansk	american
amerikansk bläsand	american wigeon
amerikansk engelska	american english
amerikansk fotboll	american football
amerikansk kopparand	ruddy duck
amerikansk rördrom	american bittern
amerikansk sjöorre	black scoter
amerikansk skogssnäppa	solitary sandpiper
amerikansk talltita	black capped chickadee
amerikansk tundrapipare	american golden plover
amerikanska	female inhabitant
amerikanska jungfruöarna	us virgin islands
amerikanska samoa	american samoa
ametist	amethyst
amfetamin	amphetamine
amfibie	amphibian
amfiteater	amphitheater
amfora	amphora
amhariska	amharic
aminosyra	amino acid
amiral	admiral
amma	wet nurse
amma	feeding
ammoniak	ammonia
ammoniumklorid	ammonium chloride
amnesti	amnesty
amning	breast feeding
amning	breastfeeding
amoralisk	amoral
amorf	amorphous
amortera	amortize
amorterad	amortized
amorteringar	amortization
amper	harsh
amplitud	amplitude
amplitudmodulering	amplitude modulation
amputera	amputate
amputerad	amputated
amsaga	old wives tale
amulett	amulet
amurtrast	pale thrush
amylas	amylase
amöba	amoeba
an	against
an	to
ana	guess
anad	recognized
anagramordbok	dictionary
anakonda	anaconda
anakronism	anachronism
anakronistisk	anachronistic
analfabet	analphabet
analfabetism	analphabetism
analog	analogue
analogi	analogy
analogiordbok	analogical dictionary
analsex	anal sex
analys	analysis
analysera	analyze
analyserad	analyzed
analytisk	analytic
analytisk funktion	analytic function
analytisk geometri	analytic geometry
anamma	adopt
ananas	pineapple
anarki	anarchy
anarkism	anarchism
anarkist	anarchist
anarkistisk	anarchistic
anarkokommunism	anarcho communism
anarkokommunist	anarcho communist
anat	anatomy
anatomisk	anatomical
anblick	sight
anbud	bid
anbudsinfordran	call
and	duck
anda	spirit
andas	breathe
ande	djinn
ande	genie
ande	ghost
ande	ing
andefattig	uninspired
andefattigdom	poverty
andel	share
andersson	sweden
andetag	breath
andevärld	spirit realm
andlig	spiritual
andning	breathing
andorransk	andorra
andorranska	andorra
andra	second
andra	other
andra mosebok	exodus
andradel	half
andrahandsvara	second hand
andrake	drake
andrea	andreas
andreman	second in command
androfobi	androphobia
andtruten	breathless
anekdot	anecdote
anemi	anemia
anemon	sea anemone
anfall	attack
anfalla	attack
anfallare	attacker
anfallskrig	war of aggression
anfang	initial
anfang	cap
anfanger	caps
anföra	lead
anförande	speech
anförare	leader
anförtro	entrust
anförtro sig åt	confide
anförvant	relative
ange	indicate
ange	enter
angelolatri	angelolatry
angelägen	important
angelägenhet	issue
angenäm	pleasant
angenämt	pleasantly
anger	specifies
angolansk	angola
angolanska	angola
angrepp	attack
angreppskrig	war of aggression
angripa	attack
angripare	attacker
angripen	attacked
angränsande	neighbor
anguillansk	anguilla
angå	concern
angående	about
anhängare	follower
anhålla	request
anilinförgiftning	aniline poisoning
animalisk	animal
animationer	animations
animatronik	animatronics
animera	animate
animerad	animated
aning	suspicion
aningslös	clueless
anis	aniseed
anisomorfi	anisomorphism
anka	duck
ankar	anchor
ankarbarn	anchor baby
ankare	anchor
ankdamm	duckpond
ankism	donaldism
ankist	donaldist
anklaga	accuse
anklagad	accused
anklagelse	accusation
anknytning	connection
ankomma	arrive
ankommen	arrived
ankomst	arrival
ankomst med flyg	airplane arrival
ankomsttid	time of arrival
ankunge	duckling
anlagd	installed
anledning	reason
anlete	face
anlita	hire
anlägg	building site
anlägga	install
anläggning	installation
anläggningstillgång	fixed asset
anländ	arrived
anlända	arrive
anlöpa	arrive
anlöpt	visited
anmoda	order
anmäla	report
anmälan	registration
anmäld	reported
anmärka	remark
anmärkning	remark
anmärkning	annotation
anmärkningsvärd	remarkable
ann charlotte	anne
ann sofie	ann
annamit	annamite
annan	other
annandag	second day
annandag jul	boxing day
annanstans	elsewhere
annars	otherwise
annat	else
annat	another
anne marie	anne
annektera	annex
annekterad	annexed
annons	advertisement
annonsera	advertise
annorlunda	different
annorstädes	elsewhere
annullera	cancel
annullerad	nullified
anod	anode
anomali	anomaly
anonym	anonymous
anonymitet	anonymity
anordna	arrange
anordning	contrivance
anorexi	anorexia nervosa
anpassa	adapt
anpassa	fit
anpassad	adapted
anpassad	custom
anpassning	adaptation
anropar	calls
anrätta	cook
anrättad	cooked
anrättning	dish
ansa	prune
ansad	trimmed
anse	opinion
ansedd	respected
anseende	reputation
ansikte	face
ansikte ger en slängkyss	face blowing a kiss
ansikte i moln	face in clouds
ansikte med cowboyhatt	cowboy hat face
ansikte med diagonal mun	face with diagonal mouth
ansikte med dollarögon	money mouth face
ansikte med höjt ögonbryn	face with raised eyebrow
ansikte med monokel	face with monocle
ansikte med munskydd	face with medical mask
ansikte med spiralögon	face with spiral eyes
ansikte med stort leende	grinning face
ansikte med sur mun	frowning face
ansikte med termometer	face with thermometer
ansikte räcker ut tungan	face with tongue
ansikte som gör honnör	saluting face
ansikte som kisar	face with peeking eye
ansikte som tiger	zipper mouth face
ansikte som tänker	thinking face
ansikte utan mun	face without mouth
ansiktshår	facial hair
ansiktslyft	facelift
ansiktsuttryck	expression
anskaffa	acquire
anskaffarfrihet	constitutional right
anskaffningskostnaderna	acquisition
anskaffningsvärde	acquisition value
anskaffningsvärde	cost
anslag	touch
anslagen	posted
anslagstavla	noticeboard
ansluta	connect
ansluten	connected
anslutning	connection
anslutningar	connections
anslutningsakt	act
anslutningsdon	connecting device
ansluts	attaches
anslå	announce
anspela	allude
anspelad	alluded
anspelning	allusion
anspråk	claim
anspråkslös	modest
anspråkslöshet	modesty
anspråkslöst	modestly
anstalt	institution
anstifta	instigate
anstiftare	instigator
anstränga	strain
ansträngande	exhausting
ansträngd	strained
ansträngning	effort
anställa	hire
anställd	hired
anställning	employment
anständig	decent
anständighet	decency
anständigt	decently
anstå	wait
anstånd	standstill
anstöt	moral offense
anstötlig	offensive
ansvar	responsibility
ansvara	responsible
ansvarig	responsible
ansvarsfrihet	freedom
ansvarsområde	area
ansöka	apply
ansökan	application
anta	suppose
anta	assume
antagande	assumption
antagen	accepted
antagligen	probably
antagning	admission
antal	number
antal.om	countif
antal.omf	countifs
antal.tomma	countblank
antal2	count2
antalv	counta
antarktiska oceanen	antarctic ocean
antastad	molested
anteckna	note
antecknad	noted
anteckning	note
anteckningar	notes
anteckningsblock	notebook
anteckningsblock	spiral notepad
anteckningsbok	notebook
anteckningsbok med dekorativt omslag	notebook with decorative cover
antenn	antenna
antepenultima	third
anti	against
antiamerikansk	anti american
anticyklon	anticyclone
antidemokratisk	antidemocratic
antiderivata	antiderivative
antiferromagnetisk	antiferromagnetic
antiguansk	antigua
antiguanska	antigua
antik	antique
antikaffär	antiquity shop
antiken	antiquity
antikommutativ	anticommutative
antikommutativitet	anticommutativity
antikritik	response
antikropp	antibody
antikvariat	antiquarian
antikvarie	antiquarian
antikvark	antiquark
antikvitet	antique
antillerna	antilles
antilop	antelope
antimateria	antimatter
antimon	antimony
antingen	either
antipapist	antipapism
antiparallell	antiparallel
antipartikel	antiparticle
antipod	antipode
antirakitisk	antirachitic
antisemit	anti semite
antisemitisk	anti semitic
antisemitism	anti semitism
antiseptik	antisepsis
antiseptikum	antiseptic
antiseptisk	antiseptic
antisymmetrisk	antisymmetric
antites	antithesis
antologi	anthology
antonia	anton
antonym	antonymous
antonymi	antonymy
antropofag	man eater
antropofagi	anthropophagy
antropolog	anthropologist
antropologi	anthropology
antropologisk	anthropological
anträffa	meet
antyda	hint
antydd	hinted
antända	set on fire
anv	use
anvisa	assign
anvisad	assigned
använd	used
använda	use
användardefinierad	user
användare	user
användare	users
användarens	user's
användargränssnitt	ui
användarnamn	username
användarordlista	spellchecking
användarordlistor	dictionaries
användarprofil	profile
användarsida	user page
användbar	useful
användbart	useful
använder	uses
användning	use
används	used
apa	monkey
apa	primate
apa hör inget	hear no evil monkey
apa ser inget	see no evil monkey
apa säger inget	speak no evil monkey
apansikte	monkey face
apati	apathy
apatisk	apathetic
apel	malus
apelsin	orange
apelsinjuice	orange juice
apelsinträd	orange
apenninerna	apennines
apogeum	apogee
apokalyptisk	apocalyptic
apokope	apocope
apologet	apologist
apostel	apostle
apostlagärningarna	acts
apostolisk	apostolic
apostrof	apostrophe
apotek	pharmacy
apotekare	pharmacist
apoteos	apotheosis
apparat	apparatus
appellativ	common noun
appellativisera	appellativise
appellativiserad	appellativised
appellativisering	conversion
applicera	apply
applicerad	applied
applåd	applause
applådera	applaud
applåderad	applauded
apport	fetch
apportegendom	capital
apportera	fetch
approchera	approach
approximera	approximate
approximerad	approximated
apr	april
aprikos	apricot
aprikosfärgad	apricot
aprilskämt	april fool
aprilväder	aprilish weather
apropå	apropos
aptit	appetite
arab	arabic language
arabesk	arabesque
arabien	arabia
arabisk	arabic
arabiska	arabic
arabiskt frågetecken	arabic question mark
arabiskt kommatecken	arabic comma
arabiskt semikolon	arabic semicolon
aram	aramaic
arameiska	aramaic
arameiska	imperial
arapapegoja	macaw
arbeta	work
arbetad	worked
arbetade	worked
arbetar	working
arbetare	worker
arbetarskydd	occupational safety
arbete	work
arbetsam	diligent
arbetsbok	workbook
arbetsdagar	workdays
arbetsenhet	organizational unit
arbetsfördelning	division of labour
arbetsgivare	employer
arbetskamrat	workmate
arbetskraft	labour
arbetsledare	foreman
arbetsläger	labour camp
arbetslös	unemployed
arbetslöshet	unemployment
arbetslöshetskassa	unemployment insurance
arbetsmarknad	labour market
arbetsmarknadsdepartement	ministry
arbetsmarknadsminister	minister
arbetsmarknadsutskott	committee
arbetsmiljö	work environment
arbetsområde	field
arbetsområdet	workspace
arbetspass	shift
arbetsplats	workplace
arbetsskygg	work shy
arbetsställning	posture
arbetssätt	method
arbetstagare	employee
arbetstid	working hours
arbetsuppgift	task
arbetsvecka	working week
arbus	watermelon
arccos	acos
arccosh	acosh
arccot	acot
arccoth	acoth
archangelsk	arkhangelsk
arcsin	asin
arcsinh	asinh
arctan	atan
arctan2	atan2
arcus	arccosine
arcustangens	arctangent
are	comparative
areell	agricultural
arg	angry
arg pratbubbla åt höger	right anger bubble
argentinare	argentinian
argentinsk	argentina
argentinska	woman
arginin	arginine
argt ansikte	angry face
argt ansikte med horn	angry face with horns
argument	arguments
argumentation	argument
argumentera	argue
argumenterad	argued
argumentet	argument
arie	ary
arier	aryan
aristokrati	aristocracy
aristokratiskt	aristocratically
aristoteles	aristotle
aristotelisk	aristotelian
aritmetik	arithmetic
aritmetisk	arithmetic
aritmetiska	arithmetic
aritmetiskt medelvärde	arithmetic mean
arkadien	arcadia
arkaisk	archaic
arkebusera	execute
arkebusering	execution
arkeo	archaeo
arkeol	archaeology
arkeolog	archaeologist
arkeologi	archeology
arki	archy
arkimedes	archimedes
arkit	architecture
arkitekt	architect
arkitektur	architecture
arkiv	archive
arkivarie	archivist
arkivera	archive
arkiverad	archived
arkivering	archiving
arkivmapp	file folder
arkivråd	head
arkivskåp	file cabinet
arklimästare	quartergunner
arktis	arctic
arktiska havet	arctic ocean
arktiska oceanen	arctic ocean
arla	early
arlanda	stockholm
armar	arms
armband	bracelet
armbandsur	watch
armbandsur	wristwatch
armbindel	armband
armborst	crossbow
armbrytning	arm wrestling
armbåga	elbow
armbåge	elbow
armbågsben	ulna
armbågsled	elbow joint
armbågsrum	elbow room
armenien	armenia
armenier	armenian
armenisk	armenian
armeniska	armenian
armera	reinforce
armerad	reinforced
armerad betong	reinforced concrete
armhåla	armpit
armled	elbow joint
armstöd	armrest
armveck	bend of the arm
armé	army
aron	aaron
arpitanska	arpitan
arr	musical arrangement
arrangemang	arrangement
arrangera	arrange
arrangerad	arranged
arrangerande	arranging
arrangör	organiser
arrende	leasehold
arrendenämnd	regional leasehold tribunal
arrendera	rent
arrenderad	rented
arrest	custody
arrestera	arrest
arresterad	arrested
arrogans	arrogance
arsel	ass
arsenik	arsenic
arseniktrioxid	arsenic trioxide
arsle	arse
art	species
artbestämd	determined
artbestämma	determine
artbestämning	identification
artbrott	criminal offence
artefakt	artifact
artefakter	artifacts
artell	artel
artig	polite
artigt	politely
artikel	article
artikulera	articulate
artikulerad	articulated
artilleri	artillery
arton	eighteen
artonde	eighteenth
artondedel	eighteenth
artondel	eighteenth
artonhundra	eighteen hundred
artonhundratal	nineteenth
artär	artery
arubansk	aruba
arubanska	aruba
arv	inheritance
arv	legacy
arvedel	heritage
arvinge	inheritor
arvode	fee
arvslott	share
arvsmassa	genetic material
arvsrätt	inheritance law
asbest	asbestos
asbestpackning	asbestos packing
asexualitet	asexuality
asfalt	asphalt
asg	asgarv
asgarva	laugh out loud
asiat	asian
asiatisk	asian
asiatiska	woman
asien	asia
ask	european ash
aska	ashes
askad	coated
askfat	ashtray
askkopp	ashtray
askorbinsyra	ascorbic acid
askungen	cinderella
asp	poplar
asparagin	asparagine
asparaginsyra	aspartic acid
aspartam	aspartame
aspig	asperger's syndrome
ass	a flat
assamesiska	assamese
assessor	associate judge
assiett	plate
assimilera	assimilate
assimilerad	assimilated
assistent	assistant
assistera	assist
assisterad	assisted
associationsordbok	analogical dictionary
associativ	associative
associativitet	associativity
associera	associate
associerad	associated
assurera	insure
assurerad	insured
assyrier	assyrian
assyriska	assyrian woman
ast	superlative
asta	augusta
astat	astatine
asteriskoperator	asterisk operator
asteriskoperator i cirkel	circled asterisk operator
astma	asthma
astr	astronomy
astrofysik	astrophysics
astrolog	astrologer
astrologi	astrology
astronom	astronomer
astronomi	astronomy
astronomisk	astronomical
astronomisk enhet	astronomical unit
asturisk	asturian
asturiska	asturian
asyl	asylum
asymmetrisk	asymmetric
asymptot	asymptote
asymptotisk	asymptotic
asymptotiskt lika med	asymptotically equal
at	internship
ateism	atheism
ateist	atheist
ateljé	studio
atenare	athens
atg	betting
atlanten	atlantic ocean
atlantisk	atlantic
atlasbergen	atlas mountains
atmosfär	air
atmosfärisk	atmospheric
atombomb	atomic bomb
atombomba	nuke
atombombad	nuked
atombombning	nuking
atomenergi	atomic energy
atomfysik	atomic physics
atomisk	atomic
atomkraft	atomic energy
atomkärna	atomic nucleus
atommassa	atomic mass
atomär	atomic
atrofiera	atrophy
attackera	attack
attackerad	attacked
attentat	attack
attentatsman	perpetrator
attest	certification
attestera	attest
attesterad	attested
attisk	attic
attjo	achoo
attrahera	attract
attraherad	attracted
attraktion	attraction
attraktiv	attractive
attribut	attribute
attribut	attributes
attributet	attribute
atör	ator
aubergin	eggplant
aubergine	eggplant
audiovisuell	audiovisual
auditorium	lecture hall
aug	august
august	augusta
augusti	august
auktion	auction
auktoritet	authority
auktoritär	authoritarian
aula	auditorium
aum tecken	om
australien	australia
australienare	australian
australiensare	australian
australiensisk	australia
australienska	australia
australier	australian
australisk	australia
australiska	woman
autenticitet	authenticity
autenticitetstörst	thirst
autentisering	authentication
autentisk	authentic
autentiskt	authentically
autobeskrivning	autocaption
autodisposition	autooutline
autofagi	autophagy
autofyll	autofill
autogiro	direct debit
autograf	autograph
autoinmatning	autoinput
autokorrigering	autocorrect
autokorrigeringen	autocorrection
autokrati	autocracy
automagisk	automatic
automat	automaton
automatgevär	automatic rifle
automatisera	automate
automatiserad	automated
automatisering	automation
automatisk	automatic
automatisk riksha	auto rickshaw
automatisk växellåda	automatic transmission
automatiskt	automatically
automatkarbin	assault rifle
automatlåda	automatic transmission
automatsäkring	circuit breaker
automorfi	automorphism
automorfism	automorphism
autonom	autonomous
autonomi	autonomy
autoorder	automatic order
autostrada	motorway
autoutdrag	autoabstract
av	from
av	off
avaktivera	deactivate
avancera	advance
avancerad	advanced
avancerat	advanced
avannonsera	announce
avannonserad	announced
avantgardism	avant gardism
avantgardistisk	avant garde
avart	degenerate
avbetalning	installment
avbild	depiction
avbilda	depict
avbildad	depicted
avbildning	depiction
avbrott	interruption
avbruten	broken
avbryt	cancel
avbryta	abort
avbryts	interrupted
avbräck	damage
avböja	decline
avbön	humble apology
avdankad	retired
avdelning	department
avdelningschef	deputy director general
avdelningsdirektör	principal administrative officer
avdrag	deduction
avdragare	flayer
avdragbar kalender	tear off calendar
avdragsgill	deductible
avdragsschack	discovered check
avestiska	avestan
avfall	waste
avfalla	transgress
avfart	exit
avfyra	fire
avfyrad	fired
avfärda	dismiss
avföring	excrement
avgas	exhaust gas
avgaskylare	exhaust
avgasrör	exhaust pipe
avge	avgett
avgift	cost
avgjord	definite
avgjort	definitely
avgrund	abyss
avgränsa	differentiate
avgränsad	delimited
avgränsade	delimited
avgränsas	bounded
avgränsning	limitation
avgud	idol
avgäld	rent
avgå	resign
avgång	departure
avgång med flyg	airplane departure
avgångstid	time of departure
avgöra	determine
avgörande	crucial
avhandla	discuss
avhandlad	discussed
avhandling	thesis
avhuggen	severed
avhärvla	reel
avhärvlad	unreeled
avhålla	refrain
avhållen	dear
avi	postal operator
avisering	notified
avisning	deicing
avkastning	yield
avkastningen	yield
avklippt	cropped
avkoda	decode
avkodare	decoder
avkomma	offspring
avkortas	truncated
avladdning	unloading
avlagd	completed
avlat	indulgence
avlatskrämare	pardon monger
avleda	divert
avledning	derivation
avlida	die
avliden	deceased
avlopp	drain
avloppsledning	sewer
avlägsen	distant
avlägsna	remove
avlägsnad	removed
avlösa	change
avlösning	change
avlöst	absolved
avmarkerad	unchecked
avmarkerar	unmark
avnämare	consumer
avogadros tal	avogadro
avokado	avocado
avresa	departure
avrest	departed
avrunda	round off
avrunda	round
avrundar	rounds
avrundas	rounded
avrundning	rounding
avräkning	subtracting
avrätta	execute
avrättad	executed
avrättning	execution
avsaknad	lack
avsatt	ousted
avse	intend
avsedd	intended
avseende	aspect
avsevärd	considerable
avsevärt	considerably
avsikt	intention
avsiktlig	intentional
avsiktligen	intentionally
avskaffa	abolish
avsked	farewell
avskeda	fire
avskedad	fired
avskriva	depreciate
avskriven	depreciated
avskrivning	depreciation
avskrivningen	depreciation
avsky	loathing
avskyvärd	detestable
avskyvärt	detestably
avsluta	close
avsluta	exit
avslutad	finished
avslutande	closing
avslutande citattecken	right quotation mark
avslutande dubbel vinkelparentes	close double angle bracket
avslutande hakparentes	close square bracket
avslutande halv hörnparentes	close corner bracket
avslutande klammerparentes	close curly bracket
avslutande ofylld halv hörnparentes	close hollow corner bracket
avslutande ofyllt konkavt parentestecken	close hollow lens bracket
avslutande parentes	close parenthesis
avslutande sköldpaddsskalparentes	close tortoise shell bracket
avslutande svart konkavt parentestecken	close black lens bracket
avslutande vinkelparentes	close angle bracket
avslutning	final
avslutningshälsning	complimentary
avslutningsvis	conclusion
avslöja	reveal
avsnitt	paragraph
avsnitt	section
avsnittet	section
avspark	kick off
avstava	hyphenate
avstavad	hyphenated
avstavas	hyphenated
avstavning	hyphenation
avstavningsförslag	suggestion
avstavningspunkt	hyphenation point
avstavningszon	zone
avstyra	avert
avstängd högtalare	muted speaker
avstängd mobil	mobile phone off
avstängning	suspension
avstå	abstain
avstånd	distance
avstånd	spacing
avståndet	distance
avsugning	blowjob
avsändaradresserna	delivery
avsändare	sender
avsätta	sell
avsättning	sales
avta	decrease
avtag	junction
avtagande funktion	decreasing function
avtagande halvmåne	last quarter moon
avtagande halvmåne med ansikte	last quarter moon face
avtagen	removed
avtal	agreement
avtala	contract
avtalad	agreed
avtalspraxis	contracting practice
avtalsrätt	contract law
avterminologisering	de terminologisation
avtjäna	serve
avtjänad	served
avträde	outhouse
avund	envy
avundsjuk	jealous
avvakta	await
avvaktar	awaiting
avvika	deflect
avvikelse	anomaly
avvisa	turn down
avvisa	reject
avvisad	rejected
avvisar	rejects
avväpna	disarm
avvärja	ward off
ax	ear
axel	axis
axelhästkraft	axle horsepower
axelmakt	power
axelryckning	ignorance
axelryckning	shrug
axelvadd	shoulder pad
axla	shoulder
axlar	axes
axplock	gleaning
azer	azeri
azerbajdzjan	azerbaijan
azerbajdzjansk	azerbaijani
azerbajdzjanska	azeri
azerbajdzjanska	azerbaijani
azeriska	azeri
azorerna	azores
azurmes	azure tit
b dur	b flat major
b vitamin	vitamin b
babbe	wog
babian	baboon
babybio	film screening
bacill	bacillus
back	crate
back med vänsterpil	back arrow
backa	retrace
backad	backed
backe	slope
backhoppning	ski jumping
backsippa	pasque flower
backsteg	backspace
bad	bath
bada	bath
badad	bathed
badanka	rubber duck
badborste	bath brush
badbyxa	swimming trunks
badbyxor	briefs
baddräkt	one piece swimsuit
baddräkt	swimsuit
badensisk	baden
badhus	bathhouse
badkar	bathtub
badkar	bath
badmössa	bathing cap
badort	seaside resort
badrock	bathrobe
badrum	bathroom
badväder	weather
bag	duffel bag
bagage	baggage
bagage	luggage
bagagehämtning	baggage claim
bagare	baker
bagatell	trifle
bageri	bakery
bagge	ram
bagis	bagarmossen
baguette	baguette bread
baissa	cause
baisse	bear market
bajamaja	portapotty
bajare	fan
bajonett	bayonet
bajs	poop
bajsa	poop
bajshög	pile of poo
bajskorv	turd
bajsnödig	defecate
bajspåse	poop bag
bak	back
bak	behind
baka	bake
bakad	baked
bakbord	breadboard
bakelse	pastry
bakerst	hindmost
bakersta	hindmost
bakerste	hindmost
bakfull	hung over
bakgata	back street
bakgrund	ground
bakgrund	background
bakgrunder	backgrounds
bakgrundsfärg	background colour
bakgrundsmusik	background music
bakgrundsstrålning	background radiation
bakhåll	ambush
bakis	hung over
bakladdare	breechloader
baklucka	tailgate
bakluckeloppis	drive in flea market
baklänges	backwards
bakom	behind
bakom lyckta dörrar	in camera
bakom lås och bom	behind bars
bakplåt	baking tray
bakpulver	baking powder
bakre	rear
baksida	back
bakslag	setback
baksmälla	hangover
baksäte	back seat
baksätesdörr	back door
baksätesförare	back seat driver
baktala	defame
bakväg	back road
bakåt	back
bakåt	backwards
bakåtspolningsknapp	reverse button
bal	bale
balalajka	balalaika
balans	balance
balansera	balance
balanserad	balanced
balansvåg	balance scale
balett	ballet
balettmästare	ballet master
balinesiska	balinese
balja	tub
balk	beam
balkan	balkan peninsula
balkanhalvön	balkan peninsula
balkanisering	balkanization
balkong	balcony
ball	cool
ballerinasko	flat shoe
ballettskor	ballet shoes
ballong	balloon
ballongbåge	balloon arch
ballongpelare	balloon column
baltikum	baltics
baltisk	baltic
baltiska	balt
bamba	school canteen
bambamat	food
bambarast	lunch break
bambatant	woman
bambu	bamboo
bana	path
banan	banana
bananrepublik	banana republic
bananskal	banana skin
banbrytande	groundbreaking
banbrytare	trailblazer
bancykling	track cycling
band	ribbon
banda	tape
bandad	taped
banderoll	banderole
bandhund	bandog
bandledare	bandleader
bandros	rosette
bandsåg	band saw
bane	death
baneman	slayer
bang	scared
banga	chicken out
banja	banya
bank	sandbank
banka	knock
bankad	knocked
banken	bank
bankir	banker
bankkonto	bank account
bankman	bank employee
bankomat	atm sign
bankomat	automated teller machine
bankrutt	bankruptcy
bankv	banking
bann	ban
bannad	rebuked
bannlysa	ban
bannlyst	banned
banta	diet
bar	able
bara	just
bara	only
barbacka	bareback
barbar	barbarian
barbarisk	barbaric
barbera	barber
barberad	barbered
barberare	barber
barberarstolpe	barber pole
barka	bark
barkad	barked
barm	bosom
barmhärtig	merciful
barmhärtighet	kindness
barmhärtighetsmord	mercy killing
barn	child
barn	children
barnarov	kidnapping
barnbarn	grandchild
barnbarnsbarn	great grandchild
barnbespisning	feeding
barnbörd	childbirth
barnbördshus	birthing centre
barndom	childhood
barnet	child
barnhem	children's home
barnkull	number
barnkär	fond
barnlös	childless
barnmisshandel	child abuse
barnmorska	midwife
barnombudsman	children
barnpornografi	child pornography
barnporr	child porn
barnslig	childish
barnsligt	childishly
barnsoldat	child soldier
barnstorlek	child size
barnsäng	bed
barntå	child
barnvagn	baby carriage
barnvisa	children
baron	baronessa
baronessa	baroness
baroni	barony
barr	needle
barra	needle
barrig	needle
barrikad	barricade
barrikadera	barricade
barrikaderad	barricaded
barriär	barrier
barriärrev	barrier reef
barrskog	coniferous forest
barrträd	evergreen tree
barrträd	tree
bas	base
bas	basis
basa	direct
baseboll	baseball
basera	base
baserad	based
baserat	based
basfiol	double bass
basilika	basil
basist	bassist
bask	basque
basker	beret
basket	basketball
basketboll	basketball
basketkorg	basketball hoop
baskien	basque country
baskisk	basque
baskiska	basque
bassäng	swimming pool
bast	year
basta	sauna
bastiljen	bastille
bastu	sauna
bastuklubb	bathhouse
basun	trombone
basunera	announce
bataljon	battalion
batikhäxa	brunskjortor
batist	batiste
batteri	battery
batteriholk	battery recycling bin
bayern	bavaria
bayersk	bavarian
bb	birthing centre
bd	volume
be	ask
beakta	consider
beaktad	considered
beaktande	respect
beaktandeled	citation
bearbeta	work
bearbetad	processed
bearbetar	processes
bearbetning	processing
beauforts skala	beaufort scale
bebis	baby
bebisbio	film screening
bebissymbol	baby symbol
bebisängel	baby angel
beblanda	interact with
bebo	inhabit
bebodd	inhabited
beboelig	inhabitable
beck	pitch
beckasin	snipe
beckasinsnäppa	dowitcher
bedarra	calm
bedra	deceive
bedraga	deceive
bedragare	fraudster
bedrift	feat
bedriva	operate
bedriven	operated
bedrägeri	fraud
bedröva	disillusion
bedrövad	sad
bedrövelse	sorrow
bedrövlig	saddening
beduin	bedouin
bedåra	charm
bedårad	charmed
bedöma	judge
bedömare	evaluator
bedömd	evaluated
bedömning	assessment
bedömningsgrund	basis
beende händer	folded hands
befalla	order
befallning	order
befara	fear
befinna	located
befintlig	present
befintliga	existing
befogenhet	competence
befolka	populate
befolkning	population
befolkningspyramid	population pyramid
befolkningssiffra	population number
befolkningsstatistik	population statistics
befolkningstäthet	population density
befordra	transport
befordrad	promoted
befordran	promotion
befordring	promotion
befria	liberate
befriad	liberated
befrielse	liberation
befrielsefront	liberation front
befrielseteologi	liberation theology
befrielsetorget	tahrir square
befruktning	fertilisation
befrämja	further
befunnen	found
befäl	officer
befälhavare	commander
befängd	preposterous
befästa	secure
begagna	use
begagnad	used
bege	go
begick	committed
begrava	begravde
begrava stridsyxan	begrava stridsyxa
begravd	interred
begraven	buried
begravning	funeral
begravningsbyrå	funeral home
begravningsfölje	funeral procession
begravningsplats	graveyard
begravningsprocession	funeral procession
begravningsurna	funeral urn
begrepp	concept
begreppsklass	conceptual class
begreppsnormering	concept standardization
begreppsordbok	thesaurus
begreppsvärld	conceptual world
begripa	grasp
begripelse	comprehension
begripen	understood
begriplig	comprehensible
begrunda	ponder
begrundad	considered
begränsa	limit
begränsad	limited
begränsas	restricted
begränsning	limitation
begränsning	constraint
begränsningar	constraints
begynd	begun
begynna	begin
begynnelse	beginning
begynnelsebokstav	initial
begär	urge
begära	demand
begära	requiring
begäran	request
begärd	requested
begå	commit
begången	committed
begåva	endow
begåvad	talented
begåvning	talent
behag	pleasure
behaga	please
behagad	pleased
behaglig	comfortable
behandla	handle
behandla	treat
behandlad	treated
behandlar	treats
behandling	treatment
behandlingsval	medical treatment choice
behov	need
behärska	master
behå	bra
behålla	keep
behållare	container
behållen	safe
behåller	maintains
behörig	qualified
behörighet	qualification
behörighetslösenord	permission
behöva	need
behövd	needed
behöver	need
behövs	necessary
beige	boring
beivra	take
bejaka	yes
bejakande	affirming
bejakelse	affirmation
bekant	known
bekant	familiar
bekanta	acquaint
beklaga	regret
bekomma	bother
bekommen	received
bekosta	pay
bekostad	paid
bekostnad	expense
bekräfta	confirm
bekräftad	confirmed
bekräftelse	confirmation
bekväm	comfortable
bekvämt	comfortably
bekymmer	trouble
bekymra	worry
bekymrad	worried
bekymrat ansikte	worried face
bekämpa	fight
bekämpad	defeated
bekämpning	fight
bekänd	confessed
bekänna	confess
bekännelse	confession
bekännelseskrift	confession
belasta	cumber
belgare	belgian
belgien	belgium
belgier	belgian
belgisk	belgian
belgisk våffla	belgian waffle
belgiska	belgian
belopp	sum
belysa	illuminate
belysning	lighting
belägen	situated
belägenhet	position
belägg	attestation
belägga	impose
beläggexempel	attested example
beläsenhet	erudition
beläst	well read
belåna	mortgage
belåten	happy
belöna	reward
belönad	rewarded
belöning	reward
bemanna	man
bemannad	manned
bemedlad	well to do
bemöda	endeavor
bemödande	effort
bemöta	respond
ben	leg
ben	legs
benbrytarfeber	breakbone fever
benet	leg
bengalen	bengal
benhård	bone hard
beninsk	benin
benknota	bone
bensen	benzene
bensin	gasoline
bensinstation	gas station
bent	legged
bentolåda	bento box
bentonit	bentonite
benägen	prone
benägenhet	propensity
benämna	name
benämnd	named
benämning	name
beordra	order
beostare	common hill myna
bepröva	try
beprövad	tried and true
bereda	prepare
beredd	prepared
beredning	processing
berest	well travelled
berg	mountain
berg och dal bana	rollercoaster
berg och dalbana	roller coaster
berg och dalbana	rollercoaster
bergand	greater scaup
bergart	rock
bergbana	mountain railway
bergfink	brambling
berglärka	horned lark
bergochdalbana	rollercoaster
bergsbestigare	mountain climber
bergsbestigning	mountain climbing
bergskedja	mountain range
bergsklättrare	mountain climber
bergsklättring	mountain climbing
bergsrådinna	wife
bergssida	mountain slope
bergtita	mountain chickadee
berika	enrich
berikad	enriched
berit	dialectal
bermudagräs	bermuda grass
berndt	bernt
bernt	bernhard
bero	depend
beroende	depending
beroendeframkallande	addictive
beror	depends
berusad	drunk
beryll	beryl
beräkna	calculate
beräknad	calculated
beräknar	calculates
beräknas	calculated
beräkning	calculation
beräkningar	calculations
beräkningen	calculation
beräkningsbara	calculable
beräkningsfel	merging
berätta	tell
berättare	storyteller
berättelse	story
berättiga	justify
beröm	praise
berömd	renowned
berömma	praise
berömvärd	praiseworthy
beröra	touch
beröringsskräck	haphephobia
beröringsångest	scruple
beröva	deprive
besanna	come true
besannas	come true
besatt	obsessed
besegra	defeat
besegrad	defeated
besikta	inspect
besiktiga	inspect
besiktning	inspection
besinna	consider
besinning	consideration
besinningslös	inconsiderate
besitta	own
besittning	possession
besjäla	animate
besk	bitter
beska	bitterness
beskaffenhet	character
beskattning	taxation
besked	answer
beskjuta	shell
beskjuten	shelled
beskjutning	shelling
beskriva	describe
beskrivbar	describable
beskriven	described
beskrivning	description
beskrivningar	descriptions
beskrivningsspråk	language
beskrivs	describes
beskuren	cropped
beskyddare	protector
beskär	crop
beskära	trim
beskärd	given
beskärningshandtagen	cropping
beskåda	view
beslag	fitting
beslagen	decorated
beslagta	seize
beslagtagen	confiscated
beslut	decision
besluta	beslutar
beslutad	decided
besluten	set
beslutsam	decisive
beslutsamhet	decisiveness
beslutsmässig	quorum
beslå	apply
besparing	saving
bespisa	feed
bespisning	feeding
bespotta	mock
besserwisser	know it all
best	beast
bestick	cutlery
bestraffa	penalize
bestraffning	punishment
bestrida	condemn
bestulen	robbed
beställa	order
beställare	customer
beställd	ordered
beställning	order
beställningar	customer_number
beställningsarbete	commission work
bestämd	definite
bestämd integral	definite integral
bestämde	decided
bestämma	determine
bestämmelse	provision
bestämmelsestation	destination station
bestämmer	determines
bestäms	determined
bestämt	decisively
bestå	consist
bestående	permanent
bestående	angles
bestånd	collection
består	consists
besudla	tarnish
besudlad	soiled
besvara	reply
besvika	disappoint
besvikelse	disappointment
besviken	disappointed
besviket ansikte	disappointed face
besviket men lättat ansikte	sad but relieved face
besvuren	sworn
besvär	trouble
besvära	bother
besvärad	troubled
besvärjelse	incantation
besvärlig	hard
besynnerlig	unique
besätta	occupy
besättning	crew
besök	visit
besöka	visit
besökare	visitor
besökt	visited
besökte	visited
bet	designation
betacka	reject
betad	grazed
betaförd	beta.dist
betakaroten	beta carotene
betala	pay
betalad	paid
betalare	payer
betalas	paid
betalning	payment
betalning	settlement
betalningar	payments
betalvägg	paywall
betapartikel	beta particle
beteckna	characterize
betecknad	named
betecknande	signifying
beteckning	designation
beteende	behavior
betelpeppar	betel pepper
betesmark	pasture
betesplats	grazing site
betjäna	serve
betjänad	serviced
betona	emphasize
betonad	stressed
betonad	emphasis
betong	concrete
betongsåg	concrete saw
betoning	accent
betrakta	watch
betraktad	observed
betraktas	treated
betrodda	trusted
beträda	set foot
beträffande	concerning
bett	bite
betvivla	doubt
betvivlad	doubted
betyda	mean
betydande	significant
betydelse	meaning
betydelsefull	meaningful
betydelselån	borrowed meaning
betydelselös	meaningless
betydlig	significant
betyg	grade
betyg	ratings
betygsatt	graded
betygsätta	grade
betäcka	cover
betäckning	cover
betäckt	covered
betänka	consider
betänkande	report
betänksam	deliberate
beundra	admire
beundrad	admired
beundran	admiration
beundransvärd	admirable
beundransvärt	admirably
beundrare	admirer
bevaka	watch
bevakad	watched
bevakade	watched
bevakare	watch
bevakning	guard
bevara	preserve
bevarad	preserved
bevarande	preserving
bevaras	preserved
bevekelsegrund	motive
bevilja	allow
beviljandegrad	approval rate
bevis	proof
bevis	evidence
bevisa	prove
bevisad	proven
bevisbörda	burden of proof
bevisligen	provably
bevisning	evidence
bevisvärde	evidentiary value
bevittna	witness
bevänt	quality
beväpna	arm
beväpnad	armed
bh	bra
bi	by
bi	honeybee
bibba	bundle
bibel	bible
bibl	biblical
bibliotek	library
bibliotek	libraries
bibliotekarie	librarian
biblioteket	library
bibliotekets	library's
biblisk	biblical
bida	bide
bidra	contribute
bidrag	contribution
bifalla	second
bifallen	approved
biflod	tributary
bifoga	append
bifoga	attach
bigami	bigamy
bihåla	sinus
bijektion	bijection
bijektiv	bijective
bikini	bikinier
bil	automobile
bil	car
bilaga	appendix
bilagd	settled
bilagor	attachments
bilbarnstol	child safety seat
bild	picture
bild	image
bilda	form
bildad	founded
bildbevis	photographic evidence
bilder	images
bildhuggare	sculptor
bildhuggarkonst	sculpture
bildhuggeri	sculpture
bildkartan	imagemap
bildl	figuratively
bildlig	figurative
bildligt	figuratively
bildning	formation
bildordbok	picture dictionary
bildrulle	roll
bildrör	picture tube
bildsida	image page
bildskärm	monitor
bildsortering	sorter
bildspel	slideshow
bildspråk	imagery
bildstod	statue
bildtext	image caption
bildtext	caption
bildtexter	captions
bildvisning	behaves
bildörr	car door
bilfärja	car ferry
bilist	motorist
biljard	pool
biljardboll	pool 8 ball
biljardbord	pool table
biljett	ticket
biljetter	tickets
biljonär	trillion
bilkö	tailback
billig	cheap
billigt	cheaply
billigt	cheap
bilolycka	car accident
bilparkering	parking lot
bilsäte	car seat
biltillverkare	automaker
biltvätt	car wash
bilväg	road
bilägga	settle
bin.till.dec	bin2dec
binaritet	binarity
binda	compress
bindel	band
bindeord	conjunction
bindestreck	hyphen
bindestreck	hyphens
bindestreck minustecken	hyphen minus
bindgalen	stark raving mad
bindning	binding
binge	partitioned
binom	binomial
binomförd	binomdist
binomialfördelningen	binomial
binär	binary
bio	cinema
biobränsle	biofuel
biodlare	beekeeper
biofysik	biophysics
biograf	cinema
biografi	biography
biografisk	biographic
biokemi	biochemistry
biol	biology
biolog	biologist
biologi	biology
biologisk	biological
biologisk fara	biohazard
biom	biome
biosfär	biosphere
biplan	biplane
bipolär	bipolar
bira	beer
bisats	subordinate clause
bisatsord	subordinating conjunction
biscayabukten	bay of biscay
bisektris	angle bisector
bisexualitet	bisexuality
bisittare	assistant judge
biskop	bishop
bisköldkörtel	parathyroid gland
bisonoxe	bison
bistro	small bar
bistå	stand by
bistånd	aid
biståndsminister	minister
bisyssla	side activity
bitad	diced
bitar	bits
biteller	bitor
biten	bitten
biter i läppen	biting lip
bithförskjutning	bitrshift
bitoch	bitand
biträda	assist
biträdande	assisting
biträdd	assisted
biträde	assistance
bitsocker	lump sugar
bitter	acrid
bitti	early
bitvarg	angry
bitvförskjutning	bitlshift
bitvis	bitwise
bivråk	european honey buzzard
biätare	merops
bjuda	offer
bjuden	invited
bjugg	barley
bjälke	beam
bjälkvis	fesswise
björk	birch
björk	habitational
björn	bear
björnansikte	bear
björnbär	blackberry
björninna	she bear
björntjänst	disservice
bk	fc
bl	bl a
bl	sheet
blad	leaf
blad	sheets
blad2	sheet2
bland	among
bland andra	bland annat
blanda	mix
blanda låtar	shuffle tracks button
blandad	mixed
blandinaviska	mixture
blandning	blend
blandning	mix
blank	reflective
blanka	polish
blankad	polished
blankhet	shine
blankspola	flush
blankspolad	flush
blanksteg	whitespace
blanksteg	spaces
blast	stem
blatte	middle eastern
bleck	tin plate
bleckblåsinstrument	brass instrument
blek	pale
blek gråmes	juniper titmouse
blekare	bleacher
bleking	blekinge
blekinge	landskap
blekingsk	blekinge
blekingska	dialect
blekna	pale
bleknad	paled
blekt	bleached
blessera	wound
bli	remain
blick	look
blicka	look
blid	mild
blida	trebuchet
blidka	placate
blidkad	placated
blindkäpp	white cane
blindpassagerare	stowaway
blinka	blink
blinkad	blinked
blinkande	blinking
blippa	contactless
bliven	become
blixt	lightning
blixtblå	electric blue
blixtlås	zipper
blixtra	flash
block	boulder
blockad	blockade
blockera	block
blockerad	blocked
blockflöjt	recorder
blod	blood
blodbad	bloodbath
blodfattig	anemic
blodfull	plethoric
blodgivare	blood donor
blodgrupp	blood type
blodgrupp	blood
blodgrupp 0	o button blood type
blodgrupp a	a button blood type
blodgrupp ab	ab button blood type
blodgrupp b	b button blood type
blodhund	bloodhound
blodig	bloody
blodkropp	blood cell
blodkärl	blood vessel
blodlös	bloodless
blodlöst	bloodlessly
blodplasma	blood plasma
blodprov	blood sample
blodpudding	blood pudding
blodröd	blood red
blodsdroppe	drop of blood
blodslinje	bloodline
blodsmystik	blood mysticism
blodsocker	blood sugar
blodspillan	bloodshed
blodsspillan	bloodshed
blodsutgjutelse	bloodshed
blodtryck	blood pressure
blodtörst	bloodthirst
blodtörstig	bloodthirsty
blogg	blog
blogga	blog
bloggare	blogger
blogglänk	link
blombukett	bouquet
blomkruka	flowerpot
blomkål	cauliflower
blomma	blossom
blomma	flower
blommad	bloomed
blommor	flowers
blomsterfrö	flower seed
blond kvinna	woman blond hair
blond man	man blond hair
blond person	person blond hair
blott	mere
blotta	expose
blottlägga	lay bare
bluffa	bluff
bluffare	bluff
blund	sleep
blunda	shut one's eyes
blus	blouse
bly	lead
blyerts	black lead
blyertspenna	pencil
blyfri	lead
blyg	shy
blyglans	galena
blygsam	lowly
blyhalt	lead
bläck	ink
bläckfisk	octopus
bläckpenna	pen
bläddra	leaf
bläddra	browse
blända	blind
bländare	aperture
blänga	stare
blänka	shine
blänkande stjärna	glowing star
bläs	blaze
bläsand	eurasian wigeon
bläsgås	greater white fronted goose
blå	blue
blå bok	blue book
blå cirkel	blue circle
blå kvadrat	blue square
blå kärrhök	hen harrier
blåaktig	bluish
blåbär	blueberries
blåbär	blueberry
blåbärssoppa	bilberry soup
blågrön	teal
blåhake	bluethroat
blåklint	cornflower
blåklintsblå	cornflower blue
blåljus	emergency vehicle lighting
blåljuscentral	emergency service
blåljusfordon	emergency vehicle
blåljuspersonal	emergency vehicle
blåljussabotage	intentionally attack
blåljusväg	emergency service
blåman	black
blåmes	blue tit
blåmärke	bruise
blåmögelost	blue cheese
blånad	bruise
blåneger	negro
blåsa	bleb
blåser vind	wind face
blåsfisk	blowfish
blåsig	windy
blåsinstrument	wind instrument
blåsippa	common hepatica
blåskägg	bluebeard
blåskärm	blue screen of death
blåslagen	bruised
blåsyra	hydrogen cyanide
blått	blue
blått hjärta	blue heart
blått öga	black eye
blåögd	naive
blöda	bleed
blödd	bleeded
blödig	tender
blödning	hemorrhage
blöja	nappy
blöt	wet
blöta	wet
blötdjur	mollusc
blött	wet
bnp	gnp
bo	resident
bo med ägg	nest with eggs
bock	buck
bock	spellchecker
bocka	bend
bockad	bent
bockhorn	goat
bockmarkering	check mark
bockrot	burnet saxifrage
bod	shed
bodde	lived
boden	town
bodensjön	lake constance
boende	living
boffa	intoxicating
bofink	chaffinch
bog	shoulder
bogsera	tow
bogserad	towed
bohem	bohemian
bohemeri	bohemianism
bohemisk	bohemian
bohemiskt	bohemian
bohuslän	bahusia
boj	buoy
boja	shackle
bojkott	boycott
bojkotta	boycott
bojkottad	boycotted
bok	book
boka	book
bokad	booked
bokbål	book burning
bokf	accounting
bokföra	book
bokförd	recorded
bokföring	books
bokföringsdag	entry date
bokföringsdatum	entry date
bokhandel	bookstore
bokhandlare	bookseller
bokhylla	bookcase
bokmal	bookworm
bokmärke	bookmark
bokmärken	bookmarks
bokmärkesflikar	bookmark tabs
bokris	housing crisis
bokrulle	scroll
bokskog	beech
bokstav	letter
bokstavlig	literal
bokstavligen	literally
bokstavsbyte	declaration
bokstavskod	alphabetic
bokstavskombinationer	combinations
bokstavsvänster	doctrinaire political left
bokstäver	input latin letters
bokstäver	letters
bokstöd	bookend
boktr	printing
boktryckare	printer
boktryckarkonst	printing
bokutdrag	excerpt
bolag	company
bolagisera	incorporate
bolagiserad	incorporated
bolin	bowline
bolivariansk	bolivarian
boliviansk	bolivian
bolivianska	bolivian
boll	ball
bollinnehav	possession
bollklubb	club
bollplank	sounding board
bolsjevik	bolshevik
bolsjevikisk	bolshevik
bolsjevism	bolshevism
bolster	cushion
bolån	mortgage loan
bom	barrier
bomba	bomb
bombad	bombed
bombardemang	bombardment
bombardera	bombard
bombarderad	bombarded
bombastisk	bombastic
bombattentat	bombing
bombdåd	bombing
bombman	bomber
bombning	bombing
bomma	miss
bommad	missed
bomull	cotton
bonad	waxed
bonde	farmer
bondfångare	fatuity
bondförnuft	common sense
bondförstånd	common sense
bondgård	farm
bondpermis	french leave
bondpermission	french leave
bondska	swedish dialect
boning	home
bonusbror	stepbrother
bonusförälder	stepparent
bonusmamma	stepmother
bonuspappa	stepfather
bonussyskon	stepsibling
bonussyster	stepsister
boolesk	boolean
boolesk algebra	boolean algebra
booleska	matching
bop	bebop
bor	lives
bord	table
borda	board
bordad	boarded
borde	should
bordell	brothel
bordlägga	postpone
bordsalt	table salt
bordsbön	grace
bordsduk	tablecloth
bordslampa	table lamp
bordssalt	table salt
bordtennis	ping pong
bordtennis	table tennis
boren	destined
boren	motala
borgare	bourgeoisie
borgarkrig	civil war
borgarråd	city commissioner
borgensman	surety
borgenär	creditor
borgerlig	nonsocialist
borgerlighet	nonsocialist
borgerligt	secularly
borgmästare	mayor
borgmästarinna	wife
bornera	fizz
bornerad	narrow minded
bornyr	foam
borra	drill
borrad	drilled
borrmaskin	power drill
borrstativ	drill stand
borstbindare	brushmaker
borste	brush
borsyra	boric acid
bort	away
borta	away
borta	gone
bortamatch	away game
bortaplan	away ground
bortbyting	changeling
bortom	beyond
bortsett	aside
bortskämd	spoiled
bortta	remove
borttagare	takes away
borttagen	removed
borttagning	removal
borttagningar	deletions
bortåt	away
bosatt	settled
boskap	cattle
bosnien	bosnia
bosniska	bosnian
bosporen	bosporus
boss	supervisor
bostad	home
bostadsförhållande	housing condition
bostadskredit	housing credit
bostadskris	housing crisis
bostadslån	mortgage loan
bosätta	settle
bot	botany
bota	cure
botad	cured
botanik	botany
botaniker	botanist
botemedel	remedy
botten	bottom
bottenhavet	bothnian sea
bottenkvark	bottom quark
bottenlös	bottomless
bottenlöst	bottomlessly
bottniska viken	gulf of bothnia
bouvetön	bouvet island
bov	criminal
box	crate
boxermotor	boxer engine
boxertrosa	boyshorts
boxning	boxing
boxningshandske	boxing glove
bra	good
bragd	act
braig	good
braigt	well
brakylogi	brachylogy
bralla	pants
bramsegel	topgallant sail
brand	accidental
brandbil	fire engine
brandbil	fire truck
brandbil	firetruck
brandbomb	firebomb
brandfilt	fire blanket
brandgul	orange
brandgult	orange
brandkronad mes	fire capped tit
brandkår	fire brigade
brandlarm	fire alarm
brandman	firefighter
brandrisk	risk
brandskatta	extort taxes
brandsläckare	fire extinguisher
brandsoldat	firefighter
brandstation	fire station
brandsäker	fire safe
brandsäkerhet	fire safety
brandtrappa	ladder
brandvarnare	smoke detector
brandvägg	firewall
brandövning	fire drill
bransch	branch
brant	steep
brasa	fire
brasilian	brazilian
brasilianare	brazilian
brasiliansk	brazilian
brasilianska	brazilian
brasilien	brazil
brasklapp	note hidden
brassa	boast
braunschweig	brunswick
braxen	bream
bred	broad
bred	wide
breda	spread
bredaste	widest
bredd	width
breddgrad	latitude
brednäbbad simsnäppa	red phalarope
bredvid	next to
bretagne	brittany
bretonska	breton
brev	letter
brevbärare	mailman
brevbärarkontor	office
brevduva	homing pigeon
brevhuvud	letterhead
brevkniv	paperknife
brevlåda	mailbox
brevterminal	letter sorting facility
brevvän	pen pal
bricka	tray
brigad	brigade
brigadgeneral	brigadier general
bringad	brought
brinna	burn
brinnande hjärta	heart on fire
bris	breeze
brisera	burst
briserad	bursted
brist	lack
brista	break
bristande	lacking
bristfällig	deficient
bristyrke	profession
brita	birgitta
brits	cot
britt	briton
britt	marie
brittisk	british
brittisk engelska	british english
brittiska	british
brittiska jungfruöarna	british virgin islands
brittsommar	indian summer
bro	bridge
bro på natten	bridge at night
broder	brother
broderskap	brotherhood
broderskapsrörelse	brotherhood movement
brolägga	pave
brom	bromine
bromma	airport
broms	brake
bromsa	brake
bromsbeslag	brake lining
bromspedal	brake pedal
bromsvätska	brake fluid
bron	bridge
bronkit	bronchitis
brons	bronze
bronsibis	glossy ibis
bronsmedalj	3rd place medal
bronsmedalj	bronze medal
bror	brother
brorsa	brother
brorsdotter	fraternal niece
brorson	fraternal nephew
brosch	brooch
broschyr	brochure
brotsch	broach
brott	break
brott mot mänskligheten	crime against humanity
brotta	wrestle
brottande	wrestle
brottande kvinnor	women wrestling
brottande män	men wrestling
brottande personer	people wrestling
brottning	wrestling
brottsförebyggande	crime preventing
brottslig	criminal
brottslighet	crime
brottsling	criminal
brottsoffer	crime victim
brottsplats	crime scene
brottsregister	criminal record
brud	bride
brudgum	bridegroom
brudklänning	wedding dress
brudslöja	veil
bruk	use
bruka	used to
brukad	cultivated
brukare	user
bruksanvisning	manual
bruksägare	owner
brun	brown
brun cirkel	brown circle
brun dvärg	brown dwarf
brun glada	red kite
brun kvadrat	brown square
brun kärrhök	western marsh harrier
brunaktig	brownish
brunand	common pochard
brunbjörn	brown bear
brunei	darussalam
brunn	well
brunnen	burned
brunnsort	spring
brunsenap	mustard greens
brunsopp	bay bolete
brunt hjärta	brown heart
brus	noise
brusa	noise
brushane	ruff
brustet hjärta	broken heart
brutalisera	brutalize
bruten	broken
brutet tak	mansard roof
brutta	woman
brutto	gross
bry	consideration
brydd	bewildered
brygd	brew
bryggad	bridged
bryggd	brewed
bryggeri	brewery
bryggkaffe	coffee bean
brylling	third cousin
bryléfärgning	caramel coloring
brylékräm	caramel cream
brylépudding	custard
bryn	brow
bryna	brown
brynja	mail
brynt	browned
brysk	brusque
bryt	bryta
bryta	break
brytare	breaker
brytning	break
brytpunkt	breakpoint
brytpunkter	breakpoints
bräcka	breach
bräckjärn	crowbar
bräcklig	easily
bräda	board
bräddfull	brimful
brädspel	board game
bräka	bleat
bräken	fern
bränna	fire
brännoffer	burnt offering
brännpunkt	focus
brännvin	aquavit
brännässla	nettle
bränsle	fuel
bränslepump	fuel pump
bränt barn skyr elden	eld
bräsch	breach
bräss	thymus
bråck	hernia
bråd	sudden
brådska	hurry
bråk	brawl
bråk	fraction
bråka	brake
bråkad	braked
bråkdel	fraction
bråkstake	troublemaker
bråkstreck	fraction slash
bråktal	rational number
bråte	rubble
bråttom	hurry
bröa	breadcrumbs
bröd	bread
bröder	brothers
brödrost	toaster
brödskiva	slice
brödskrivare	writer
bröllop	wedding
bröllopsdag	wedding
bröst	breast
bröstarvinge	direct heir
bröstfena	pectoral fin
bröstimplantat	breast implant
bröstkorg	chest
bröstkota	thoracic vertebra
bröstpump	breast pump
bröstsmärta	chest pain
bröstvårta	nipple
bu	boo
bua	boo
bubbelte	bubble tea
bubbla	bubble
bubblare	person
bubblor	bubbles
bud	message
budbil	delivery truck
budbärare	messenger
buddhistiskt	buddhistically
buddism	buddhism
buddist	buddhist
buddistisk	buddhist
buddistiskt	buddhistically
budgetchef	budget director
budgetpromenaden	procession
budgetproposition	budget bill
budgetunderlag	budget material
budskap	message
bugande	apology
bugande kvinna	woman bowing
bugande man	man bowing
bugande person	person bowing
bugg	bug
buginesiska	buginese
bugna	bend
buk	belly
bukett	bouquet
bukfena	pelvic fin
bukspottkörtel	pancreas
buktalare	ventriloquist
bula	bulge
bulevard	boulevard
bulgar	bulgarian
bulgariska	bulgaria
bulgariska	bulgarian
bulimi	bulimia nervosa
bulle	bun
buller	noise
bullra	rumble
bult	bolt
bulta	bolt
bultande hjärta	beating heart
bulvan	front
bumerang	boomerang
bums	at once
bunden	bound
bundis	friend
bundna	bound
bundsförvant	ally
bunke	bowl
bunt	bundle
bunta	bundle
buntad	bundled
bup	psychiatric
bur	cage
burbrev	license
burdus	brusque
burgare	burger
burgen	wealthy
burk	jar
burk	pot
burkslav	sidecar passager
burmes	burmese
burmesisk	burmese
burmesiska	burmese
burra	ruffle
burschikos	student
burskap	burghership
bus	mischief
bus eller godis	trick or treat
busig	mischievous
buske	bush
buskskvätta	whinchat
buss	bus
bussa	incite
bussarong	pullover blouse
busschaufför	bus driver
busshållplats	bus stop
busslinje	bus route
busstation	bus station
busstransport	bus transport
butan	butane
butelj	bottle
butik	shop
butiksbiträde	shop assistant
butikshylla	store shelf
butikskedja	chain
butter	grumpy
by	village
bybo	villager
byfåne	village idiot
bygd	village
bygdegård	local
bygdemål	dialect
bygdemålsfärgad	dialectal
bygga	build
byggande	building
byggarbetare	construction worker
byggarbetsplats	building construction
byggdes	built
bygge	construction site
bygge	construction
byggnad	building
byggnadsarbetare	construction worker
byggnadsarkeologi	archaeology
byggnadsverksamhet	construction
byggsätt	equipment practice
byk	clothes
byka	wash textiles
byling	police
bylte	bundle
byn	village
byrå	bureau
byråassistent	senior clerical officer
byråchef	director
byrådirektör	senior administrative officer
byråingenjör	technical officer
byråinspektör	executive officer
byråintendent	executive officer
byråkratisk	bureaucratic
byråkratiska	dependent clause
byrålåda	drawer
byråsekreterare	administrative officer
bysans	byzantium
byst	bust
byt	rename
byt.ut	substitute
byta	switch
byte	bytes
byter	renames
byteshandel	barter
bytt	changed
byxa	pants
byxdress	pantsuit
byxdräkt	pantsuit
byxis	shaky
byxlös	bottomless
byxmyndig	age of consent
byxor	pants
bä	baa
bäbis	baby
bäck	stream
bäckna	sell
bädd	bed
bädda	embed
bäddjacka	bedjacket
bäddsoffa	sofa bed
bägare	beaker
bägge	both
bälg	bellows
bälga	drink greedily
bältdjur	armadillo
bälte	belt
bäng	crazy
bänk	bench
bära	carry
bärande	carrying
bärare	carrier
bärbar dator	laptop
bärgning	salvage
bärja	beat
bärnsten	amber
bärplockare	berry picker
bärsa	beer
bärsärk	berserk
bärvåg	carrier wave
bästa	best
bästis	bestie
bättra	improve
bättre	better
bäva	tremble
bäver	beaver
bävergäll	castoreum
båda	both
båda händerna i luften	raising hands
både	both
båge	bow
bågfil	hacksaw
båglampa	arc lamp
bågminut	arcminute
bågsekund	second of arc
bålgeting	hornet
bålverk	bulwark
bång	noise
bångstyrig	unruly
bångstyrigt	rambunctiously
bår	barrow
bårbärare	stretcher bearer
bårhus	morgue
bås	box
båt	boat
båta	help
bézierkurva	bézier
böcker	books
bödel	executioner
bög	gay
bögig	gay
bögsex	gay sex
böj	bend
böja	bow
böjd	bent
böjde	bent
böjelse	inclination
böjer	bend
böjlig	bendable
böjning	inflection
böjningsform	inflected form
böjningsändelse	inflectional suffix
böldpest	bubonic plague
bölja	wave
bön	prayer
böna	bean
böneämne	subject
bönfallande ansikte	pleading face
bönor	beans
bönsyrsa	praying mantis
böra	should
börd	birth
börda	burden
bördsadel	hereditary nobility
börja	begin
börja	start
börjad	begun
började	began
början	beginning
börjar	starts
börjat	begun
böta	pay
bötfälla	issue
błakkr	pale
ca	circa
cab	convertible
caesar	cognomen
café	cafe
calla	call
cannabis	cannabis sativa
carin	karin
carola	karl
carpmes	carp's tit
cashewnöt	cashew nut
catarina	katarina
caterpillar	caterpillar track
catharina	katarina
caymanöarna	cayman islands
cd skiva	cd
ceder	cedar
cedilj	cedilla
celebritet	celebrity
celibat	celibacy
celldelning	cell division
celler	cells
cellinnehåll	cell content
cellmarkören	reposition
cellmembran	cell membrane
cello	cellor
cellofantunn	thin
cellområde	cell area
cellskräck	claustrophobia
cellulas	cellulase
cellulosa	cellulose
cellulosanitrat	nitrocellulose
cellvägg	cell wall
cembalist	harpsichordist
cembalo	harpsichord
cementblandare	concrete mixer
cementkoppar	cement copper
censur	censorship
censurera	censor
censurerad	censored
center	centre
centiliter	centilitre
centimeter	centimetre
centner	hundredweight
centralafrikan	central african
centralafrikanska republiken	central african republic
centralamerika	central america
centralbank	central bank
centralbankssystem	system
centralbyrå	central bureau
centralort	locality
centralt	centrally
centrera	center
centrerad	centered
centrerar	centers
centrifug	centrifuge
centrifugalkraft	centrifugal force
centrifugalregulator	centrifugal governor
centripetalkraft	centripetal force
centrum	center
cerat	cerate
cerebrospinalvätska	cerebrospinal fluid
ceremoni	ceremony
certifikat	certificate
certifikaten	certificates
cesium	caesium
cesiumklorid	caesium chloride
cess	c flat
cession	bankruptcy
cesur	caesura
cettisångare	cettia cetti
chabasit	chabazite
chaffis	chauffeur
champagne	bottle with popping cork
champinjon	field mushroom
chans	chance
chansa	chance
chansning	long shot
chanson	hymn
charkuteri	charcuterie
charlatan	fraudster
charlotta	charlotte
charmkvark	charm quark
charmör	charmer
chassi	chassis
chassidism	hassidism
chatta	chat
chaufför	chauffeur
chauvinistisk	chauvinist
chauvinistiskt	chauvinistically
chebeck	xebec
check	cheque
chef	boss
chefredaktör	editor in chief
chefsrådman	senior judge
chefsåklagare	chief district prosecutor
cherokesiska	cherokee
chi2	chi
chi2inv	chiinv
chi2test	chitest
chiffer	cipher
chiffonjé	chiffonier
chiförd	chidist
chilenare	chilean
chilenska	chilean
chili	hot pepper
chilipeppar	chili pepper
chimär	chimera
chippad	chipped
chipspåse	bag
chitvåfördelning	chi square distribution
chitvåtest	chi square test
chock	shock
chockad	shocked
chockat ansikte	astonished face
choklad	chocolate
chokladbit	chocolate
chokladboll	confectionery
chokladkaka	chocolate bar
chokladsås	chocolate sauce
cholsyra	cholic acid
christin	kristin
ciceron	cicerone
cigarett	cigarette
cigarill	cigarillo
cigarr	cigar
cigarrett	cigarette
cigg	cig
ciklid	cichlid
cilie	cilium
cineast	buff
cirka	circa
cirkel	circle
cirkel med vertikal fyllning	circle with vertical fill
cirkelargument	circular argument
cirkelbåge	arc
cirkeldiagram	pie chart
cirkeldiagram	donut
cirkelformad	circular
cirkelns kvadratur	cirkel
cirkelsåg	circular saw
cirklar	circles
cirkulation	circulation
cirkulationsplats	traffic circle
cirkulera	circulate
cirkulerad	circulated
cirkulära	iterative
cirkumfix	circumfix
cirkumflex	circumflex
cirkumflex	circumflex accent
cirkumpolär	circumpolar
cirkus	circus
cirkusdirektör	ringmaster
cirkustält	circus tent
cirros	cirrhosis
cirrusmoln	cirrus
ciss	c sharp
cistern	tank
citadell	citadel
citat	quote
citatets	quote
citationstecken	quotation mark
citattecken	quote
citattecken	quotation
citera	cite
citerad	cited
citrat	citrate
citrin	citrine
citron	lemon
citrongräs	lemongrass
citronmeliss	lemon balm
citronsyra	citric acid
citrusodlare	citriculturist
cittra	zither
city	inner city
civilingenjör	mse
civilisation	civilization
civilisera	civilise
civiliserad	civilized
civilist	civilian
civilperson	civilian
civilsamhälle	civil society
civilutskott	committee
clara	klara
clas	klas
clementin	clementine
clownansikte	clown face
clowneri	clownishness
co2 kompensation	carbon offset
cockerspaniel	cocker spaniel
cocktailglas	cocktail glass
colombiansk	colombian
colombianska	colombian
congatrumma	long drum
cooköarna	cook islands
cool knapp	cool button
copywriter	copywriters
cordierit	cordierite
cosekanten	cosecant
cosinus	cosine
costa	rica
costarican	costa rican
costaricanska	costa rican
costarikansk	costa rican
cotangens	cotangent
country	country music
countrymusik	country music
cover	cover song
coverband	cover artist
cowboy	cowboys
cp	cerebral pares
crackpundare	crackhead
crawla	crawl
cricket	cricket game
cricketlag	cricket team
cumulusmoln	cumulus
curlare	curler
curlingförälder	helicopter parent
curlingsten	curling stone
curlstång	curl bar
curry	curry powder
curry och ris	curry rice
curt	kurt
cyan	chemical compound
cyanamid	cyanamide
cyanid	cyanide
cyanväte	hydrogen cyanide
cyanvätesyra	hydrogen cyanide
cybernetik	cybernetics
cykel	bicycle
cykelhandlare	bicycle salesman
cykelhjälm	bicycle helmet
cykelkorg	bike basket
cykelpump	bike pump
cykelställ	bicycle stand
cykelväg	bicycle path
cykla	cycle
cyklamen	cyclamen
cyklisk	cyclic
cyklist	biking
cyklist	cyclist
cyklo	cyclo
cykloalkan	cycloalkane
cyklobutan	cyclobutane
cykloheptan	cycloheptane
cyklohexan	cyclohexane
cyklon	cyclone
cyklooktan	cyclooctane
cyklop	cyclops
cyklopentan	cyclopentane
cyklopropan	cyclopropane
cyklotron	cyclotron
cylinder	top hat
cylinderhatt	top hat
cylinderlock	cylinder head
cymbal	dulcimer
cyniker	cynic
cynisk	cynical
cynism	cynicism
cypern	cyprus
cypriotiska	cypriot
cysta	cyst
cystein	cysteine
cystoskopi	cystoscopy
cytosin	cytosine
cytosolisk	cytosolic
cytostatika	cytostatic
d	dead
d	t
d.y	junior
d.ä	senior
da	danish
dabba	goof up
dadel	date
dag	day
dagar	days
dagar360	days360
dagarimånaden	daysinmonth
dagarpååret	daysinyear
dagas	dawn
dagbok	diary
dagens	present day
dagens rätt	dish of the day
dagg	dew
daggkåpa	lady's mantle
daggmask	earthworm
dagis	daycare
dagjämning	equinox
daglig	daily
dagligen	daily
dagordning	agenda
dagordningar	agendas
dagrum	socializing
dags	time
dagsläge	today
dagstidning	daily newspaper
dagsvers	daily verse
dagtinga	negotiate
dal	valley
dala	sink
dalkarl	man
dalmatiner	dalmatian
dalmål	dialect
dalripa	willow grouse
dalsänka	valley
dalta	coddle
dam	lady
damask	spat
damma	dust
dammlucka	flood gate
dammsky	dust cloud
dammsnäppa	marsh sandpiper
dammsuga	vacuum
dammsugare	vacuum cleaner
dammsugen	vacuumed
damning	dusting
dan	daniel
daniella	daniel
danmark	denmark
dans	dance
dans och teater	performing arts
dansa	dance
dansande kvinna	woman dancing
dansande man	man dancing
dansbana	open air dance floor
dansdräkt	dance costume
dansgolv	dance floor
dansk	danish
dansk skalle	headbutt
danska	danish
danskjävel	bloody dane
danskt band	book
danssteg	dance step
dansös	female dancer
dantal	dcount
dantalv	dcounta
daoism	taoism
dardanellerna	dardanelles
darra	shiver
dart	game
dass	toilet
data	computing
databas	database
databas.tabell.företag	database.table.company
databaser	databases
databasfält	database field
databasnamn.tabellnamn.fältnamn	databasename.tablename.fieldname
databastabell	database table
dataetiketternas	dial
datafält	field name
datafältets	onto
datafälts	maintained
dataförlust	loss
datakommunikation	data communication
datakälla	data source
datakälla	source
datakällor	sources
datakällvy	data source browser
datalogi	computer science
datamaskin	computer
datapost	database record
datapost	record
dataprodukt	computer
dataserie	series
dataström	stream
datateknik	computing
datavaliditetsalternativ	validation
datavetenskap	computer science
datera	date
daterad	dated
dativ	dative
dator	computer
datordiskett	computer disk
datorer	computers
datormus	computer mouse
datormus	mouse
datum	date
datum1	date1
datumvärde	datevalue
davidsstjärna	star of david
davna	daven
dd	a
de	simma
deaktivera	deactivate
deaktiverar	deactivates
debatt	debate
debattera	debate
debatterad	debated
debattör	debater
debil	moronic
debutera	debute
dec	december
decennium	decade
deciliter	decilitre
decimal	decimal place
decimaler	places
decimalpunkt	decimal point
decimeter	decimetre
dectal	dollarde
defekt	defective
defekt tal	deficient number
defenestrera	defenestrate
defilera	march past
definiera	define
definierad	defined
definierar	defines
definitionsmängd	domain
definitivt	definitely
defragmentera	defragment
defragmenterad	defragmented
deg	dough
degenerera	degenerate
degenererad	degenerated
degradera	downgrade
degradering	degradation
degressiva	declining
dejt	date
dejta	date
dekan	decane
dekis	dilapidation
deklaration	declaration
deklarera	declare
deklarerad	declared
deklarerar	declares
deklareras	declared
deklination	declension
dekoder	decoder
dekonsekrera	deconsecrate
dekonstruktion	deconstruction
dekoration	decoration
dekorera	decorate
dekorerad	decorated
dekretera	decree
dekryptera	decrypt
dekrypterad	decrypted
del	part
dela	deal
dela	split
delad	shared
delar	parts
delas	squared
delat	shared
delbar	divisible
delbetänkande	report
deldokument	subdocument
deldokument	subdocuments
delegera	delegate
delegerad	delegated
delegering	delegation
delfin	dolphin
delgrupp	subgroup
delikatess	delicacy
delmängd	subset
delmängd av	subset of
delmängd lika med	subset equal
delning	split
delningar	splits
delningslinjen	dividing
delord	partial
delresultat	subtotal
delresultat	subtotals
dels	part
delstat	medlemsstat
delsträcka	section
delsumma	subtotal
deltagande	sympathetic
deltagare	participant
deltidsgrupp	part time group
deltävling	competition
delvis	partially
delägare	part owner
delövertäckning	subcover
dem	them
demagog	demagogue
demens	dementia
dement	demented
dementera	deny
dementerad	denied
demobilisera	demobilize
demobiliserad	demobilized
demograf	demographer
demografi	demography
demografisk	demographical
demokrat	democrat
demokrati	democracy
demokratisk	democratic
demokratiska	democratic
demokratiska republiken kongo	congo
demokratur	democratic dictatorship
demonisera	demonize
demoniserad	demonized
demonisering	demonization
demoniskt	demonically
demonstrera	demonstrate
demonstrerad	demonstrated
den	it
den där	that
den helige ande	holy spirit
den här	this
denaturering	denaturation
denatureringsmedel	denaturant
dendrokronologi	dendrochronology
denisovansk	denisovan
denna	this
dennes	this
densamma	same
deoxiribonukleinsyra	dna
departement	ministry
departementschef	head
departementsråd	director
departementssekreterare	desk officer
deportera	deport
deporterad	deported
deprimerad	depressed
depå	depot
deras	their
derby	local derby
derivat	derivative
derivata	derivative
derivera	differentiate
deriverad	derived
dervisch	dervish
desamma	same
desarmera	disarm
desarmerad	disarmed
desavouera	disavow
desillusionera	disillusionize
desillusionerad	disillusioned
desinficera	disinfect
desinficerad	disinfected
desinformation	disinformation
desjatin	desyatina
deskription	description
deskriptiv	descriptive
despotvälde	despotism
dess	its
dessa	these
dessutom	besides
dessutom	addition
destillera	distill
destillerad	distilled
desto	the
destruktiv	destructive
destruktivt	destructively
det	klocka
det tror jag inte	i don't think so
det täcka könet	fair sex
detachement	detachment
detachera	detach
detalj	detail
detaljer	details
detaljerad	detailed
detaljhandlare	retailer
detektera	detect
detekterad	detected
detektiv	detective
detektivbyrå	detective agency
detonera	detonate
detonerad	detonated
dets	same
detsamma	same
devalvera	devalue
devalverad	devalued
devis	slogan
devot	devout
dhämta	dget
di	suck
diabild	slide
diagnos	diagnosis
diagnosticera	diagnose
diagnostisera	diagnose
diagnostiserad	diagnosed
diagonalmatris	diagonal matrix
diagram	graph
diagram	charts
diagrammet	chart
diagramvägg	wall
diakritiska	diacritical
dial	dialect
dialekt	dialect
dialektal	dialectal
dialogruta	dialog box
dialogrutan	dialog
dialogrutor	dialogs
diamagnetisk	diamagnetic
diamant	diamond
diamantform med en prick	diamond with a dot
diametral	opposed
diarieföra	register
diarieförd	registered
diarieföring	registration
diarium	diary
diarré	diarrhea
dibarn	suckling
dien	diene
dieselmotor	diesel engine
differens	difference
differensekvation	difference equation
differential	differential gear
differentialekvation	differential equation
differentialkalkyl	differential calculus
differentiell	differential
differentiera	differentiate
differentierad	differentiated
diffundera	diffuse
diffunderad	diffused
difteri	diphtheria
dig	you
diger	thick
digerdöd	pandemic
digerdöden	black death
digitala	digital
digitalisera	digitize
digitaliserad	digitized
digitalisering	digitization
digitalt	digitally
dignitär	dignitary
dijonsenap	dijon mustard
dike	ditch
dikt	poem
diktafon	dictaphone
diktare	poet
diktator	dictator
diktatur	dictatorship
diktera	dictate
dikterad	dictated
dim	diminutive
dimensionell	dimensional
dimensioner	dimensions
dimensionerad	dimensioned
diminutiv	diminutive
dimma	fog
dimmigt	foggy
din	your
dinarer	dinar
ding	mad
dingla	dangle
dinosaurie	dinosaur
diod	diode
diofantisk ekvation	diophantine equation
diplom	diploma
diplomati	diplomacy
diplomatkorrespondens	diplomatic correspondence
direkt	direct
direkt	directly
direktion	board
direktiv	directive
direktmarkören	direct
direktör	manager
dirigent	conductor
dirigera	direct
dirigerad	directed
dirigistisk	dirigiste
dirr	immediately
dirre	diarrhea
dis	haze
disackarid	disaccharide
disciplin	discipline
disco	discotheque
discokula	mirror ball
disk	counter
disk	disc
diska	wash
diskad	washed
diskborste	dish brush
diskbråck	slipped disc
diskbänk	bench
diskbänksrealism	kitchen sink realism
disken	disk
diskett	diskette
diskett	floppy disk
diskho	kitchen sink
diskmaskin	dishwasher
diskmedel	washing up liquid
diskonteringsränta	discount
diskontinuerlig	discontinuous
diskontinuitet	discontinuity
diskotek	gramophone
diskrepans	discrepancy
diskretisera	discretize
diskretisering	discretisation
diskriminera	discriminate
diskriminerad	discriminated
diskurs	discourse
diskursanalys	discourse analysis
diskursiv	discoursive
diskussion	argument
diskussionsdeltagare	participant
diskussionssida	talk page
diskutera	discuss
diskuterad	discussed
diskvalificera	disqualify
diskvalificerad	disqualified
diskvatten	dishwater
disponera	dispose
disponibel inkomst	disposable income
disposition	outline
disputera	dissertation
dispyt	dispute
diss	rejection
dissa	dis
dissad	dissed
dissekera	dissect
dissekerad	dissected
distans	distance
distansera	distance
distanserad	distanced
distansminut	nautical mile
distinkta	distinct
distorsion	distortion
distrahera	distract
distraherad	distracted
distribuera	distribute
distribuerad	distributed
distribution	dissemination
distributiv	distributive
distributör	distributes
distrikt	district
distriktsläkare	district doctor
distriktsordförande	district chairman
distriktsåklagare	district attorney
disträ	absent minded
dit	there
dito	ditto
dittills	theretofore
ditåt	there
div	divergence
divergera	diverge
diverse	various
diverse	miscellaneous
dividera	divide
dividerad	divided
dividerar	divides
divis	hyphen
division	league
divisionsstreck	division slash
divisionstecken	division sign
diyalampa	diya lamp
djungel	jungle
djungeln	jungle
djup	deep
djuphav	deep sea
djupsinnig	profound
djupsinnigt	profoundly
djupt	deeply
djur	animal
djurisk	animal
djurpark	zoo
djursjukhus	veterinary hospital
djurskyddslag	animal protection law
djurtandvård	animal dentistry
djärv	bold
djärvhet	boldness
djävel	devil
djävla	damned
djävul	devil
djävulen	devil
djävulskt	devilishly
djävulstecknet	sign of the horns
dmedel	daverage
dmå	dmy
dn	newspaper
docent	university teacher
docera	lecture
dock	though
dock	however
docka	doll
docka	dock
dockad	docked
dockhus	dollhouse
dockor	dolls
dodekaeder	dodecahedron
doft	scent
dofta	smell
doftande	sweet
dog	died
dogg	dog breed
dogm	dogma
dogmatik	dogmatics
dogmatiker	dogmatist
dogmatisk	dogmatic
dogmatiskt	dogmatically
doja	shoe
doktor	doctor
doktorand	phd student
doktorera	study
doktorsavhandling	phd thesis
doktorsexamen	doctorate
doktorsgrad	doctorate
doktrin	doctrine
dokument	document
dokumentation	documentation
dokumentdelning	sharing
dokumentera	document
dokumenterad	documented
dokumentet	document
dokumentfönster	manipulating
dokumentförstörare	paper shredder
dokumentinfo	docinformation
dokumentkonverterare	converter
dokumentmall	document template
dokumentskåp	file cabinet
dokumentändring	modification
dokumentär	documentary
dokusåpa	documentary soap opera
dold	obscured
dolda	hidden
doldis	public figure
dolk	dagger
dollarsedel	dollar banknote
dollartecken	dollar sign
dollartecken	heavy dollar sign
dom	hood
domare	judge
domare	justice
domedag	dom
domedagsmaskin	doomsday machine
domedagspredikan	hellfire sermon
domedagsväder	domesday weather
domherre	bullfinch
dominera	dominate
dominerad	dominated
dominerande	dominating
dominikan	dominican
dominikanska	dominican
dominiker	dominican
dominikiska	dominican
domino	dominoes
domkapitel	cathedral chapter
domkraft	jack
domprost	dean
doms	their
domsaga	jurisdiction
domstol	court of law
domvilla	grave procedural error
domän	domain
don	tool
dona	tidy
donare	worker
donator	donor
donau	danube
donera	donate
donerad	donated
donken	mcdonald's
donut	toroidal
dop	baptism
dopfunt	baptismal font
doping	dopning
dopning	doping
dopp	dip
doppa	dip
dopparedagen	christmas eve
dopping	grebe
dopplereffekt	doppler effect
dormitorium	dormitory
dos	dose
dosa	box
dosera	docera
dotter	daughter
dotterbarn	grandchild
dotterbolag	subsidiary
dotterdotter	granddaughter
dotterson	son
dov	muffled
dprodukt	dproduct
dra	pull
dra	drag
drabba	strike
drabbad	hit
drack	drank
drag	feature
dragläge	biting point
dragningskraft	gravitational force
dragon	dragoon
dragspel	accordion
dragtvång	zugzwang
drakansikte	dragon face
drake	dragon
drakkula	dragon
draksegel	dragon sail
dramatik	dramatics
dramatisk	dramatic
draperi	drapery
dravel	drivel
dregel	dribble
dregla	drool
dreglande ansikte	drooling face
dreja	throw
dressin	draisine
dressyr	dressage
drev	drive
dricka	drink
drickspengar	tip
dricksvatten	drinking water
dricksvatten	potable water
drift	urge
drilla	drill
drillsnäppa	common sandpiper
drista	dare
drivande	drifting
driven	operated
drivkraft	driving force
drivmedel	fuel
drivnät	drift net
drivrutinen	driver
drivrutiner	drivers
droga	drug
drogad	drugged
droger	drugs
droghandel	illegal drug trade
dromedar	camel
dromedar	dromedary
dront	dodo
dropp	drip
droppa	drip
droppe	drop
droppe	droplet
drott	king
drottning	queen
drottningsylt	jam
drucken	drunk
drunkna	drown
drunknad	drowned
druva	grape
dryck	beverage
dryckeskartong	beverage box
dryckesoffer	libation
dryfta	clean
dryg	lasting
drägel	dribble
drägg	dreg
dräkt	costume
dränera	drain
dränerad	drained
dräng	farmhand
dränka	drown
dräpa	kill
dräpt	killed
dråp	manslaughter
dråplig	considerable
dröja	linger
dröjsmål	delay
dröm	dream
drömd	dreamed
drömma	dream
drömmar	dreams
drömmare	dreamer
drömprins	prince charming
drönare	drone
drös	number
drösvis	drove
dstdav	dstdev
dstdavp	dstdevp
dsumma	dsum
du	you
dua	du
dubbad	dubbed
dubbdäck	studded tire
dubbel	double
dubbel ögla	double curly loop
dubbelbeckasin	great snipe
dubbelfakultet	factdouble
dubbelfel	double fault
dubbelhaka	double chin
dubbelintegral	double integral
dubbelklick	double click
dubbelklicka	double click
dubbelklicka	double
dubbelkorstecken	double dagger sign
dubbelmacka	sandwich
dubbelprimtecken	double prime
dubbelpropellerplan	propeller plane
dubbelradsområdet	lined
dubbelsidigt	sided
dubbelspel	double dealing
dubbelt	twice
dubbeltrampa	double clutch
dubbla nedåtpilar	fast down button
dubbla uppåtpilar	fast up button
dubbla utropstecken	double exclamation mark
dubblera	double
dubblerad	doubled
dubblettrader	excludes
dubiös	dubious
ducka	duck
due	ur
duell	duel
duellera	duel
duett	duet
duga	dugde
dugga	test
duggregn	drizzle
duglig	capable
duk	tablecloth
duka	set
duktig	skilled
dum	stupid
dumbom	fool
dumburk	idiot box
dumdryg	vain
dumdrygt	vainly
dumhuvud	blockhead
dumpstra	dumpster dive
dumpstring	dumpster diving
dun	down
dunder	lightning
dunge	grove
dunk	jerry can
dunkare	dunk
duns	thump
dunst	haze
dunsta	evaporate
duntäcke	eiderdown
duo	duet
duplicera	duplicate
duplicerad	duplicated
dur	flat
dur	major scale
durkdriven	deft
durkslag	colander
dusch	shower
duscha	shower
duschdraperi	shower curtain
duschen	shower
duschgel	shower gel
duschhörna	shower cabin
dussin	dozen
duva	dove
duvhök	northern goshawk
dvala	lethargy
dvarians	dvar
dvariansp	dvarp
dvd skiva	dvd
dvd utgåva	dvd edition
dvärg	dwarf
dvärgalåt	petty unmotivated criticism
dvärgbeckasin	jacksnipe
dvärgflodhäst	pygmy hippopotamus
dvärgkanadagås	cackling goose
dvärgmås	little gull
dvärgplanet	dwarf planet
dvärgpudel	miniature poodle
dvärgrördrom	ixobrychus
dvärgskarv	pygmy cormorant
dvärgspov	numenius minutus
dvärgstjärna	dwarf star
dvärgsumphöna	porzana pusilla
dy	mud
dygd	virtue
dygdig	virtuous
dygn	day
dygna	awake
dygnet runt	dygn
dyka	dive
dykare	diver
dykmask	diving mask
dylik	similar
dyn	dune
dyna	cushion
dynamik	dynamics
dynamisk	dynamic
dynamiskt	dynamic
dynasti	dynasty
dynga	dung
dynvar	pillowcase
dyr	expensive
dyrbar	precious
dyrk	lock pick
dyrka	worship
dyrkad	cultivated
dyrt	dearly
dyrt	expensive
dysfori	dysphoria
dyster	gloomy
dystopi	dystopia
dystopisk	dystopian
däck	tyre
däckshus	deckhouse
däcksstol	deck chair
dädan	thence
däggdjur	mammal
däka	girl
dämpa	damp
dämpad	softened
dämpare	damper
dän	remove
där	there
där	where
därav	thereof
därborta	over there
därefter	thereafter
däremot	on the other hand
därest	if
därför	therefore
därhän	so far
däri	therein
däribland	among them
därifrån	from
därigenom	thereby
därinne	in there
därmed	therewith
därnere	down there
därnäst	thereafter
därom	thereof
därom tvista de lärde	point of contention
därpå	afterwards
därstädes	there
därtill	thereto
därunder	thereunder
däruppe	up there
därute	out there
däruti	therein
därutöver	thereover
därvid	thereby
däröver	thereover
däxel	adze
då	then
då och då	every so often
dåd	deed
dålig förlorare	sore loser
dåligt	bad
dån	rumble
dåra	charm
dårad	enchanted
dåraktig	foolish
dåre	fool
dårhus	madhouse
dårhushjon	bedlamite
défense	guarding
dö	die
döbattang	one
död	dead
dödad	killed
dödade	killed
dödahavsrullarna	dead sea scrolls
dödfödd	stillborn
dödisgrop	kettle hole
dödishåla	kettle hole
dödlig	mortal
dödlighet	mortality
dödmansgrepp	dead man's switch
dödprat	small talk
dödsdag	day
dödsdom	death sentence
dödsfall	death
dödsfiende	mortal enemy
dödshjälp	euthanasia
dödskalle	skull
dödsoffer	death
dödsorsak	cause of death
dödsruna	obituary
dödssiffra	mortality number
dödsstraff	capital punishment
dödstal	death toll
dölj	hide
dölja	conceal
döljer	hides
döma	sentence
dömd	sentenced
döpa	baptize
döpt	baptized
dörj	hand line
dörja	fish
dörjning	handline fishing
dörr	door
dörrarna	doors
dörren	door
dörrhandtag	doorknob
dörrklocka	doorbell
döskalle	skull
döttrar	daughters
döv	deaf
döva	deafen
dövblind	deaf blind
e	subjunctive
e	email
e bok	e book
e brev	email
e demokrati	electronic democracy
e förvaltning	electronic administration
e handel	e commerce
e post	e mail
e postadress	email address
e.kr	ad
ecuadorianska	ecuadorian
edatum	edate
eders	your
edert	ert
edit	edith
editera	edit
editerad	edited
edith	edit
edra	your
eeg	eec
efemär	ephemeral
effekt	effect
effektbrytare	circuit breaker
effekter	effects
effektiv	efficient
effektiv	effective
effektivisera	efficient
effektiviserad	efficient
effektivitet	efficacy
effektivränta	effectiverate
efflorescens	efflorescence
effränta_add	effect_add
efor	ephor
efter	after
efterbliven	retarded
efterfest	afterparty
efterfråga	demand
efterfrågad	demanded
efterfrågan	demand
efterfrågestyrd	demand driven
efterföljande	following
efterföljande	trailing
eftergift	concession
eftergiftspolitik	appeasement
efterhand	subsequently
efterklang	reverberation
efterlysa	want
efterlyst	wanted
eftermiddag	afternoon
eftermiddagskaffe	afternoon coffee
eftermäle	opinion
efternamn	surname
efterrätt	dessert
eftersom	because
eftersträva	desire
eftersträvad	wanted
eftertanke	subsequent reflection
eftertext	back matter
efterträda	succeed
efterträdare	successor
eftertänksam	thoughtful
efteråt	afterwards
eg	ec
eg	really
egeiska havet	aegean sea
egen	peculiar
egendom	property
egendomlig	unique
egendomsherre	owner
egenfunktion	eigenfunction
egenmäktig	arbitrary
egenmäktighet	arbitrariness
egenmäktighet med barn	parental child abduction
egennamn	proper noun
egenrum	eigenspace
egenrättfärdig	self righteous
egenrättfärdighet	self righteousness
egenrättfärdigt	self righteously
egensinne	self will
egensinnig	stubborn
egensinnigt	stubbornly
egenskap	attribute
egenskapen	property
egenskaper	properties
egentlig	real
egentliga finland	varsinais suomi
egentligen	actually
egentligt bråk	egentlig
egenvektor	eigenvector
egenvärde	eigenvalue
eget	personally
egg	edge
egga	stimulate
egna	own
egnahem	private home
egnahemshus	detached house
egnahemsrörelse	private home movement
egocentricitet	egocentricity
egocentrisk	egocentric
egypten	egypt
egyptier	egyptian
egyptisk	egyptian
egyptiska	egyptian
egyptolog	egyptologist
egyptologi	egyptology
ehuru	although
ej	not
ej dricksvatten	non potable water
ej för minderåriga	no one under eighteen
ejakulation	ejaculation
ejder	eider
ek	oak
eker	spoke
ekfras	ekphrasis
eklatant	striking
ekliptika	ecliptic
ekmes	oak titmouse
eko	echo
eko	eco
ekobrott	economic crime
ekokammare	echo chamber
ekolali	echolalia
ekollon	acorn
ekolod	echo sounding
ekolog	ecologist
ekologi	ecology
ekologisk	organic
ekon	economics
ekonom	economist
ekonomi	economy
ekonomisk	economic
ekonomiskt	economically
ekonomistyrning	financial management
ekorre	squirrel
ekosystem	ecosystem
ekoturism	ecotourism
ekträd	oak tree
ekumenik	ecumenism
ekumenisk	ecumenical
ekvation	equation
ekvator	equator
ekvatorialguinea	equatorial guinea
ekvilibrist	equilibrist
ekvivalens	equivalence
ekvivalent	equivalent
el	electricity
el	or
elak	mean
elakartad	maleficient
elakartat	mischievously
elbas	electric bass
elchock	electroconvulsive therapy
elcykel	e bike
eld	fire
elddop	baptism of fire
elddyrkan	fire worship
eldfluga	beetle
eldgaffel	fireplace
eldgivning	firing
eldhandvapen	small arms
eldkastare	flamethrower
eldriven rullstol	motorized wheelchair
eldsjäl	enthusiast
eldslukare	fire eater
eldstad	hearth
eldstrid	gunfight
eldsvåda	fire
eldvapen	firearm
elefant	elephant
elefanta	trudge
elefantöl	extra strong beer
elegi	elegy
elektricitet	electricity
elektrifiera	electrify
elektrifiering	electrification
elektriker	electrician
elektro	electro
elektrodynamik	electrodynamics
elektrokemi	electrochemistry
elektrolys	electrolysis
elektromagnet	electromagnet
elektromagnetisk	electromagnetic
elektromagnetisk växelverkan	electromagnetic interaction
elektromagnetism	electromagnetism
elektron	electron
elektronhjärna	brain
elektronik	electronics
elektronisk	electronic
elektronvolt	electron volt
elektroskop	electroscope
element	elements
element i	element of
elementarpartikel	elementary particle
elementpanelen	listbox
elenergi	electrical energy
elev	pupil
elevator	conveyor
elevhem	student house
elfenben	ivory
elfenbenskusten	côte
elfiol	electric violin
elfte	eleventh
elftedel	eleventh
elgitarr	electric guitar
elia	elijah
eliah	elijah
eliminera	eliminate
eliminerad	eliminated
elisabet	elizabeth
elise	elisabeth
elit	elite
eljest	or else
elkontakt	electric plug
ell	al
eller	or
ellips	ellipse
ellips	ellipsis
ellipser	ellipses
ellipssektor	pie
elliptisk funktion	elliptic function
elly	elisabeth
elna	elin
elräkning	electricity bill
elsass	alsace
elsäkerhet	electrical safety
eltandborste	electric toothbrush
elva	eleven
elvakaffe	eleven o'clock coffee
elvatusen	eleven thousand
elverk	power plant
elvy	elvira
elände	misery
eländig	miserable
eländighet	dismalness
eländigt	miserably
em	pm
emalj	enamel
emanera	emanate
emballage	packaging
embarkera	embark
embarkering	boarding
embarkeringskort	boarding pass
embryologi	embryology
emedan	because
emellan	in between
emellanåt	occasionally
emellertid	meanwhile
emfatisk	emphatic
emigrationsfråga	emigration issue
emigrera	emigrate
emigrerad	emigrated
emirat	emirate
emission	issue
emissionslinje	emission line
emmy	emilia
emotionellt	emotionally
empati	empathy
empatisk	empathetic
empiriokriticism	empirio criticism
emulera	emulate
emulerad	emulated
en	a
en annan	i
en droppe i havet	insignificant
en gång i veckan	weekly
en vacker dag	one day
ena	one
enad	united
enaresamiska	inari sami
enarmad bandit	slot machine
enastående	exceptional
enbart	only
enbent	one legged
enbär	juniper berry
encellig	unicellular
encyklopedi	encyclopedia
encyklopedisk	encyclopedic
end med högerpil	end arrow
enda	only
endast	only
ende	only
endemisk	endemic
endera	either
ene	one
energi	energy
energidryck	energy drink
energifråga	energy issue
energikälla	source
enfaldig	stupid
eng	english
engagemang	commitment
engagera	engage
engagerad	engaged
engelsk	english
engelsk säckknop	bottle sling
engelska	english
engelskt	englishly
engelsktalande	english
engelsman	englishman
engifte	monogamy
engångs	disposable
enhet	unit
enhet	drive
enhetlig	unitary
enhetlig	uniform
enhetliga	unified
enhetscirkel	unit circle
enhetsmatris	identity matrix
enhetsmatris	munit
enhetsparti	united party
enhetsstat	unitary state
enhetsvektor	unit vector
enhjuling	enhjul
enhällig	unanimous
enhällighet	unanimity
enhörning	unicorn
enhörningsansikte	unicorn
enkel	simple
enkel majoritet	simple majority
enkelbeckasin	common snipe
enkelhet	simpleness
enkelt	simply
enkla	simple
enklav	enclave
enkrona	coin
enkät	poll
enkätstudie	survey
enlighet	accordance
enligt	according to
enligt	according
enorm	enormous
ensam	alone
ensamhet	solitude
ensamvarg	loner
ense	agreeing
ensemble	costume
ensisk	demonym
enskild	individual
enskilda	individual
ensling	loner
enstaka	unique
ental	singular
entita	marsh tit
entlediga	dismiss
entledigad	fired
entomologisk	entomological
entreprenad	contract
entreprenör	entrepreneur
entreprenöriell	entrepreneurial
entreprenörskap	entrepreneurship
entropi	entropy
enträgen	insistent
enträget	insistently
entré	entrance
entusiasm	enthusiasm
entusiast	enthusiast
entydigt	unambiguously
envar	everybody
enveckasförsvar	one
enveten	implacable
envetet	implacably
envig	duel
envis	stubborn
envis som synden	envis som synd
envisas	persist
envälde	autocracy
envåldshärskare	dictator
enzym	enzyme
enzymhämmare	enzyme inhibitor
enögd	one eyed
eolsharpa	aeolian harp
eon	eternity
ep skiva	single
epa	tempo
epatraktor	epa traktor
epentes	epenthesis
epicentrum	epicentre
epifys	epiphysis
epifyt	epiphyte
epikureisk	epicurean
epilepsi	epilepsy
epilog	epilogue
episkopat	episcopacy
episod	episode
epistel	epistle
epitet	epithet
epok	epoch
epokgörande	revolutionary
epos	epic
er	r
er	you
era	ate
erbarmlig	miserable
erbjuda	offer
erbjudande	offer
erbjuden	offered
erektion	erection
eremit	hermit
erfara	informed
erfaren	experienced
erfarenhet	experience
ergonomi	ergonomics
erhålla	obtain
erhållen	received
erhöllo	fick
eri	ery
erica	erika
erik	sweden
erinra	remind
erinrad	reminded
erkänd	recognized
erkände	confessed
erkänna	admit
erkännande	confession
erkänt	admittedly
erlander	surname
erna	er
erotik	erotica
erotiskt	erotically
ers	your
ersatt	replaced
ersätt	replace
ersätta	replace
ersättare	substitute
ersätter	replaces
ersättning	replacement
ersättningarna	replacements
ersättningsfärger	deselect
ersättningsordet	suggested
ersätts	replaced
erytrocyt	erythrocyte
erövra	conquer
erövrad	conquered
erövring	conquest
erövringskrig	war of conquest
es	er
eskalera	escalate
eskalerad	escalated
eskimå	eskimo
eskort	escort
eskortera	escort
eskorterad	escorted
eskortfirma	escort agency
esoterisk	esoteric
esplanad	street
esra	ezra
ess	ace
essens	essence
essä	essay
essäist	essayist
essäistik	essayism
est	estonian
ester	esther
estetik	aesthetics
estetisera	aestheticise
estland	estonia
estländare	estonian
estnisk	estonian
estniska	estonian
et	consonant
et tecken	ampersand
etablera	establish
etablerad	established
etablissemang	establishment
etan	ethane
etanol	ethanol
etansyra	acetic acid
etapp	piece
etappvis	partially
etcetera	et cetera
eten	ethene
eter	ether
etermedia	radio
etikett	label
etiketter	labels
etikettera	label
etikettera	labeling
etiketterad	labeled
etiopien	ethiopia
etiopier	ethiopian
etiopiska	ethiopian
etiopiska	ethiopic
etisera	deal
etisk	ethical
etiskt	ethically
etnicitet	ethnicity
etnisk	ethnic
etnisk rensning	ethnic cleansing
etniskt	ethnically
etnograf	ethnographer
etnografi	ethnography
etnografisk	ethnographic
etoxikin	ethoxyquin
etrurien	etruria
etrusk	etruscan
etruskisk	etruscan
etsa	etch
etsning	etching
ett	neuter indefinite article
etta	first gear
ettbarnspolitik	one child policy
ettdatum	adate
etter	poison
etthundra	one hundred
ettrig	feisty
ettstruken	one lined
etylacetat	ethyl acetate
etylalkohol	ethanol
etylen	ethylene
etymologi	etymology
eu fråga	european union issue
eu kommissionen	european commission
eu migrant	migrating
eu minister	minister
eufemism	euphemism
eugeniker	eugenicist
eukalyptus	eucalyptus
euklides	euclid
euklidisk	euclidean
euklidisk geometri	euclidean geometry
euklidiskt avstånd	euklidisk
euklidiskt plan	euclidean plane
euklidiskt rum	euclidean space
eurasien	eurasia
eurocheck	eurocheque
europa	europe
europaparlamentet	european parliament
europeisk	european
europeisk hummer	european lobster
europeiska	european
europeiska kommissionen	european commission
europeiska unionen	european union
europé	european
eurosedel	euro banknote
eutanasi	euthanasia
ev	possibly
eva	eve
evakuera	evacuate
evaluera	evaluate
evaluerad	evaluated
evaluerar	evaluates
evangelium	gospel
evar	wherever
evenemang	event
eventuell	possible
eventuellt	possibly
evergreen	classic
evig	eternal
evighet	eternity
evighetsmaskin	perpetual motion machine
evinnerlig	eternal
evinnerligen	for ever
evolutionsbiolog	evolutionary biologist
evolutionsbiologi	evolutionary biology
evolutionslära	theory
evolutionär	evolutionary
ex	example
ex	former
exakt	exact
exakt	exactly
exakthet	accuracy
exalterad	excited
examen	exam
examensarbete	diploma project
examensbeskrivning	description
examensbevis	graduation diploma
examenshatt	graduation cap
excentricitet	eccentricity
excentriker	eccentric
exceptionell	remarkable
exeget	exegete
exegetik	exegesis
exekutionspluton	firing squad
exekvera	execute
exekverad	executed
exempel	example
exempelvis	for example
exemplar	copy
exemplifiera	exemplify
exemplifierad	exemplified
exfru	ex wife
exil	exile
existens	existence
existentiell	existential
existera	be
existerande	existing
exkl	excluding
exkludera	exclude
exkluderad	excluded
exklusiv	exclusive
exklusiv ekonomisk zon	exclusive economic zone
exklusive	excluding
exman	ex husband
exotisk	exotic
expandera	expand
expanderad	expanded
expanderas	expanded
expedition	journey
expeditionschef	director general
experimentella	experimental
experimentera	experiment
experimentet	experiment
expertinställningar	expert
expertis	expertise
expertutlåtande	expert opinion
explicit	explicitly
exploatera	exploit
exploaterad	exploited
explodera	explode
exploderad	exploded
exploderande huvud	exploding head
explosion	collision
exponenten	exponent
exponenter	exponents
exponentialfunktion	exponential function
exponentialfördelning	exponential distribution
exponentiell	exponential
exponentiell	smoothing
exponentiering	exponentiation
exponera	expose
exponerad	exposed
exponförd	expondist
exportera	export
exporterad	exported
exporterar	exports
exporteras	exported
exportkredit	export credit
exportvara	export item
exposé	presentation
expresståg	express train
extensiv	extensive
extenta	past paper
extern	external
externa	external
extraförmån	perquisite
extrahera	extract
extraherad	extracted
extraknäck	additional
extraknäcka	moonlight
extrakt	extract
extraordinär	extraordinary
extraordinär skatt	special tax
extrapolera	extrapolate
extrapolerad	extrapolated
extrem	extreme
extremistisk	extremist
extremitet	extremity
extrempunkt	extremum
extremt	extremely
extremvärde	extremum
f	born
f moll	f minor
f.d	former
f.kr	bc
f.v.t	bce
fabrik	factory
fabrik	plant
fabrikat	product
fabriker	factories
fabriksarbetare	assembly
fabriksarbetare	factory worker
fabulös	fabulous
fabulöst	fabulously
facebooka	facebook
facett	facet
facettera	facet
facetterad	faceted
fack	compartment
fackförening	trade union
fackföreningsledare	trade union leader
fackla	torch
facklig	trade union
facklitteratur	nonfiction
fackordbok	technical dictionary
fackspråklig	technical term
fackverk	truss
fader	father
fadäs	embarrassing mistake
fager	fair
fagertärn	tiveden
fagott	bassoon
fagottist	bassoonist
fajt	fight
faktamässig	factual
faktaruta	fact box
faktasamling	collection
faktisk	factual
faktiska	actual
faktiskt	actually
faktor	printer
faktorer	factors
faktorisera	factorize
faktoriserad	factorized
faktoriserbar	factorizable
faktorisering	factorization
faktum	fact
faktura	invoice
fakturera	invoice
fakturerad	invoiced
fakultet	faculty
fakultet	factorial
fakultetsnämnd	faculty committee
fal	for sale
falang	part
falangstär	phalanstery
falanstär	phalanstery
falbjuda	offer
faldig	fold
falk	falcon
falklandsöarna	falkland islands
fall	bankruptcy
falla	fall
fallande	descending
fallande löv	fallen leaf
fallenhet	talent
fallera	fail
fallfärdigt hus	derelict house
fallisk	phallic
fallskärm	parachute
fallskärmshoppare	parachutist
fallskärmsjägare	paratrooper
fallstudie	case study
falna	fade
falsarium	forgery
falsifiera	falsify
falsifierad	falsified
falsk	false
falsk balans	false balance
falsk som vatten	untrustworthy
falskhet	deceitfulness
falskt	false
falt	fold
falun	falu
fam	colloquial
familj	family
famn	knee
fana	banner
fanatisk	fanatical
fanatism	fanaticism
fanborg	massed standards
faner	veneer
fanfaronad	fanfaronade
fantasi	fantasy
fantastisk	incredible
fantisera	fantasize
far	father
faran	danger
farao	pharaoh
farbror	paternal uncle
farbror	uncle
farfar	paternal grandfather
farförälder	paternal grandparent
farhåga	fear
farled	fairway
farlig	dangerous
farlighet	danger
farligt	dangerously
farmakolog	pharmacologist
farmakologi	pharmacology
farmakologisk	pharmacologic
farmare	farmer
farmarliga	farmer
farmoder	grandmother
farmor	paternal grandmother
faroframkallande	danger
farofylld	dangerous
fars	father's
farsa	father
fart	speed
fartgupp	speed bump
farthinder	speed bump
fartsymbol	dashing away
fartyg	ship
farväl	farewell
fas	phase
fasa	fear
fasansfull	horrible
fasansfullt	terrifyingly
fascinera	fascinate
fascinerad	fascinated
fascistiskt	fascistically
fasett	facet
fasettera	facet
fasetterad	faceted
fast	caught
fast	fixed
fast egendom	real estate
fasta	fast
faster	aunt
fastetid	fast
fastighet	property
fastighetsmäklare	real estate agency
fastland	mainland
fastlandskina	mainland china
fastna	stuck
fastställa	fix
fastän	although
fat	saucer
fatabur	clothes
fatt	i fatt
fatta	grasp
fattad	taken
fattar	decisions
fattig	poor
fattigdom	poverty
fattning	mounting
fatöl	draught beer
favorisera	favour
favoriserad	favoured
favorit	favourite
favorit	favorite
favoriter	favorites
favvis	favourite
favvo	favorite
fax	fax machine
faxa	machine
faxnummer	fax number
fe	fairy
feb	february
feber	fever
febrig	hot
februari	february
federal	delstatlig
federera	federate
federerad	federated
feg	cowardly
fegis	coward
fehmarn bält	fehmarn belt
fejs	face
fekalia	fecal matter
fel	wrong
fel	error
fela	fiddle
felaktig	wrong
felaktighet	inaccuracy
felfk	erfc
felfortplantning	error propagation
felfunktionen	complementary
felicia	felix
felkoder	codes
felkälla	source
felmarginal	margin of error
felmeddelande	error message
felmeddelande	message
felskrivning	miswriting
felstaplar	bars
felstavade	misspelled
felsäkert	safe
felsöka	troubleshoot
feltyp	errortype
fem	feminine
fem	five
femhundra	five hundred
feminazist	feminazi
feminin	feminine
femininum	female gender
femkrona	coin
femma	five
femtal	five of a kind
femte	fifth
femte mosebok	deuteronomy
femtedel	fifth
femtegradsfunktion	quintic function
femtekolonn	fifth column
femtekolonnare	fifth columnist
femtio	fifty
femtioelva	umpteen
femtioett	fifty one
femtiofem	fifty five
femtiofyra	fifty four
femtiolapp	banknote
femtionde	fiftieth
femtiondedel	fiftieth
femtiondel	fiftieth
femtionio	fifty nine
femtiosex	fifty six
femtiosju	fifty seven
femtiotre	fifty three
femtiotvå	fifty two
femtioåtta	fifty eight
femtioåttonde	fifty eighth
femton	fifteen
femtonde	fifteenth
femtondedel	fifteenth
femtondel	fifteenth
femårsplan	five
fenicien	phoenicia
feniciska	phoenician
fenix	phoenix
fenomen	phenomenon
fenylalanin	phenylalanine
feodal	feudal
fermentera	ferment
fermenterad	fermented
ferrimagnetisk	ferrimagnetic
ferromagnetisk	ferromagnetic
fertil	fertile
fest	party
fest	celebration
festa	party
festande ansikte	partying face
festivalisering	tendency
festprisse	party
fet	fat
fet	bold
fetma	obesity
fetstilt	makes
fetstilt likamedtecken	heavy equals sign
fetto	fatty
fettsyra	fatty acid
fförd	fdist
fi	phi
fial	pinnacle
fianchettera	fianchetto
fiasko	fiasco
fiber	fibre
fiberoptik	fibre optics
fiberoptisk	fibre optic
ficka	pocket
ficklampa	flashlight
fickparkera	parallel park
ficktjuv	pickpocket
fiende	enemy
fienden	enemy
fientlig	hostile
fientlighet	hostility
fiffig	nifty
fig	figure
figur i silhuett	bust in silhouette
figurativ	figurative
figurer	autoshapes
figurer i silhuett	busts in silhouette
figurera	appear
fiji	fijian
fikabröd	sweet
fikarast	coffee break
fikon	fig
fiktiv	fictitious
fikus	ficus
fil	liberal arts
fil	file
fil.odt	file.odt
fil.txt	file.txt
fila	file
filad	filed
filangivelse	specification
filassociationer	associations
filateli	philately
filatelist	philatelist
fildelning	file sharing
filer	files
filformat	format
filial	branch
filipin	philopena
filippinerna	philippines
filippos	philip
fillingar	underpants
fillåsning	locking
film	movie
filma	film
filmad	filmed
filmjölk	milk
filmkamera	movie camera
filmklappa	clapper board
filmkonst	cinema
filmnegativ	film frames
filmprojektor	film projector
filmstjärna	movie star
filnamn	filename
filos	philosophy
filosof	philosopher
filosofi	philosophy
filosofie	academic degree
filosofisk	philosophical
filt	blanket
filterinställningarna	cancels
filterresultatet	destination
filtrera	filter
filtrerad	filtered
filtrerad	unfiltered
filtrerar	filters
filtreringsalternativ	filtering
filtyp	filetype
filtyper	restrict
fimp	cigarette stump
fimpa	extinguish
fin	fine
final	finale
finalmotståndare	opponent finalist
finans	finance
finansdepartement	ministry
finansfunktioner	financial
finansiell	financial
finansiera	finance
finansierad	funded
finansiering	financing
finansiär	financier
finansman	prominent man
finansmarknad	financial market
finansmarknadsminister	minister
finansminister	minister
finansplan	budget statement
finanspolitik	fiscal policy
finansråd	director general
finansutskott	committee
finbageri	fancy bakery
finger upp	index pointing up
fingeravtryck	fingerprint
fingerborg	thimble
fingerportmonnä	pinched fingers
fingranska	examine thoroughly
fingrar	fingers
finjustera	adjust finely
finjustera	tuning
finlandssvensk	swedish speaking
finlandssvenska	swedish
finländare	finn
finländsk	finland
finländska	finn
finna	find
finnas	exist
finnjävel	bloody finn
finns	there
finrum	parlor
finsk	finnish
finska	finnish
finska viken	gulf of finland
finsko	shoe
fint	trick
fint	ultrafine
fiol	violin
fira	celebrate
firad	celebrated
firande	celebration
firar	celebrating
firma	firm
firre	fish
fis	fart
fisa	fart
fisk	fish
fiska	fish
fiskal	fiscal
fiskare	fisher
fiskarna	pisces
fiskburgare	fishburger
fiske	fishing
fiskebåt	fishing boat
fiskespö	fishing pole
fiskgjuse	osprey
fiskkaka	fish cake with swirl
fiskmat	fish food
fiskmånglare	fishmonger
fiskmås	common gull
fisktärna	common tern
fission	company
fitta	pussy
fittig	negative
fittslem	vaginal
fix	fixed
fixa	fix
fixad	fixed
fixera	fixate
fixerad	fixed
fixpunkt	fixed point
fixstjärna	fixed star
fjantig	silly
fjol	i fjol
fjolla	queen
fjompig	dumb
fjor	i fjor
fjortis	teenager
fjorton	fourteen
fjortonde	fourteenth
fjortondedel	fourteenth
fjortondel	fourteenth
fjäder	feather
fjäderboll	shuttlecock
fjäderbricka	spring washer
fjäderbuske	feather crest
fjäderdräkt	plumage
fjäderfä	fowl
fjäderfäavel	poultry
fjädergräs	needle grass
fjällabb	long tailed jaeger
fjällgås	lesser white fronted goose
fjällpipare	charadrius morinellus
fjällripa	rock ptarmigan
fjällräv	arctic fox
fjällstuga	mountain hut
fjällvråk	rough legged buzzard
fjärd	archipelago
fjärde	fourth
fjärde mosebok	numeri
fjärdedel	fourth
fjärdegradsfunktion	quartic function
fjäril	butterfly
fjärilsim	butterfly stroke
fjärilslarv	butterfly larva
fjärran	far
fjärrkontroll	remote control
fjärrkontroll	remote
fjärrtåg	long distance train
fjärrvärme	district heating
fjärrvärmeverk	district heating plant
fjärt	fart
fjärta	fart
fjät	step
fjätter	fetter
fjättra	fetter
fjättrad	fettered
flabb	mouth
fladder	flapping
fladdermus	bat
fladdra	flap
flagell	flagellum
flagellera	flagellate
flagga	flag
flagga i hål	flag in hole
flaggor	flags
flaggstång	flagpole
flak	flat
flakmoped	utility moped
flakmoppe	utility moped
flamländsk	flemish
flamländska	flemish
flamma	flame
flandern	flanders
flanell	flannel
flanellklädd	flannelled
flanera	stroll
flarra	bottle
flaska	bottle
flasköppnare	bottle opener
flat	spineless
flata	dyke
fleece	polar fleece
fler	flera
flera	multiple
flera	several
flera hus	houses
flercellig	multicellular
flerradig	multiline
flertal	plural
flesta	most
flicka	girl
flickis	handspring
flicknamn	girl's name
flickvän	girlfriend
flik	corner
fliken	tab
flin	grin
flina	grin
flinande	grinning
flinande ansikte med svettdroppe	grinning face with sweat
flinande kattansikte	grinning cat
flink	quick
flint	bald
flintis	bald
flip flops	thong sandal
flipperspel	pinball
flit	diligence
flitig	industrious
flock	murder
flockas	flock
flockimmunitet	herd immunity
flockulering	flocculation
flod	river
floden	river
flodhäst	hippopotamus
flodvåg	tidal wave
florentinsk	florentine
floskel	empty phrase
flott	luxurious
flotte	raft
flottningsmärke	mark
fluff	diaper
fluga	fly
fluga på väggen	fly on the wall
flugfälla	fly trap
fluglarv	maggot
flugpapper	flypaper
flugsvamp	amanita
flummig	dopey
flundra	flounder
flunsa	flu
fly	flee
flydd	escaped
flyg	airplane flight
flyga	fly
flygande drake	kite
flygande jacob	casserole
flygande tefat	flying saucer
flygblad	handouts
flygbladssida	handout
flygel	flank
flygfält	airfield
flygförbud	ban
flygförbudszon	no fly zone
flygföretag	airline
flygkorridor	corridor
flygkropp	fuselage
flygledare	air traffic controller
flyglinje	air line
flygning	flight
flygplan	airplane
flygplanet	plane
flygplansvinge	wing
flygplats	airport
flygplatsen	airport
flygrutt	air route
flygsand	shifting sand
flygstol	seat
flygstyrka	air force
flygvapen	air force
flykt	flight
flyktbil	getaway car
flyktförsök	escape attempt
flykthastighet	escape velocity
flyktig	volatile
flykting	refugee
flyktingläger	refugee camp
flyktingslott	building
flyta	float
flytande	fluent
flytande	floating
flytande demokrati	liquid democracy
flytt	move
flytta	move
flyttad	moved
flyttar	moves
flyttas	moved
flyttbara	moveable
flyttfågel	migratory bird
fläck	spot
fläckdrillsnäppa	spotted sandpiper
fläckvis	spotwise
fläder	elder
flädermärg	pith
flädermärgskula	pith ball
fläkt	fan
fläns	flange
fläsk	pork
fläskkött	pork
fläta	braid
flå	skin
flådig	elegant
flådigt	elegantly
flöde	flow
flödesdiagram	flow chart
flödesplan	flowchart
flödesschema	flowchart
flög	flew
flöjt	flute
flöjtist	flutist
flört	flirting
flörta	flirt
flöte	fishing float
fm	am
fn	united nations
fn styrka	force
fnoskig	silly
fnoskigt	sillily
fnula	think
fobi	phobia
foder	fodder
fodra	feed
fodring	feeding
fog	cause
foga	join
fogsvans	carpentry saw
fogsvans	handsaw
foka	focus
fokka	fuck
fokus	focus
fokusera	focus
fokuserad	focused
fokusering	receiving
fokusförlust	losing
foliehatt	tinfoil hat
folk	people
folka	folkvagn
folkbibliotek	public library
folkbildare	popular educator
folkbildning	popular education
folkbokföra	register
folkbokförd	registered
folkbokföring	national registration
folkdjup	general public
folkförflyttning	population movement
folkgrupp	population group
folkhushållning	folk
folkhälsa	public health
folkhälsominister	minister
folkhögskola	folk highschool
folkkär	popular
folkkärt	popularly
folklig	popular
folkmassa	crowd
folkmassan	crowd
folkminne	folklore
folkmord	genocide
folkmusik	folk music
folkomröstning	referendum
folkrepubliken	people's
folkrik	populous
folkrikt	populously
folkräkning	census
folkrätt	international law
folkrörelse	movement
folksaga	folk tale
folkskola	public school
folkslag	people
folkstyre	democracy
folkvagn	volkswagen
folkvett	common sense
folkvilja	will
folkvisa	folk song
folköl	alcoholic
fond	fund
fondförvaltare	fund manager
fondförvaltning	fund managing
fonet	phonetics
fonetik	phonetics
fonetiskt	phonetic
fonon	phonon
font	teckensnitt
fontän	fountain
fora	cargo
forcera	force
forcerad	forced
fordom	in the past
fordon	vehicle
fordra	demand
fordran	credit
forensisk	forensic
forint	hungary
form	shape
forma	shape
formad	formed
formaldehyd	formaldehyde
formalisera	formalize
formaliserad	formalized
formatera	format
formaterad	formatted
formaterat	formatted
formatering	formatting
formateringar	formattings
formateringsalternativ	arrowheads
formateringshjälp	aids
formatets	retain
formativ	formative
formatkontroll	strict
formatmall	style
formatmallar	styles
formel	formula
formell	formal
formellist	formula bar
former	shapes
formfulländad	exquisite
formgivare	designer
formler	formulas
formulera	formulate
formulerad	formulated
formulär	form
forn	ancient
forneng	old english
fornengelska	old english
fornforskare	archaeologist
fornfra	old french
fornfranska	old french
fornhögty	old high german
fornhögtyska	old high german
fornkunskap	archaeology
fornnordiska	old norse
fornpersiska	persian
fornsvenska	old swedish
forntida	antique
fors	rapid
forska	research
forskarassistent	research assistant
forskare	engineer
forskare	researcher
forskare	scientist
forskarnivå	postgraduate level
forskarutbildning	postgraduate education
forskning	research
forskningsbibliotek	research library
forskningsetik	research ethics
forskningsetisk	research ethical
forskningsminister	minister
forskningsproposition	bill
forskningsresultat	result
forskningsråd	council
forst	forest
forstmästare	academic title
forstväsen	forest management
fort	forthwith
forta	dra
fortfara	continue
fortfarande	continuing
fortfarande	still
fortgång	development
fortifikation	fortification
fortkörning	speeding
fortlöpa	continue
fortlöpande	continuing
fortplanta	propagate
fortplantad	propagated
fortsatt	continued
fortsatte	continued
fortsätta	continue
fortsätter	continues
fortsättning	sequel
fortsättning	cont
fortsättningsvis	continuation
fosfat	phosphate
fosfor	phosphorus
fosforsyra	phosphoric acid
fosgen	phosgene
fossilfri	fossil free
foster	fetus
fosterland	country
fostermor	stepmother
fostersyster	foster sister
fot	foot
fota	photograph
fotavtryck	footprints
fotbad	footbath
fotboll	soccer
fotboll	soccer ball
fotbollsförening	soccer club
fotbollslag	football team
fotbollslandskamp	football match
fotbollsliga	football
fotbollsspelare	footballer
fotbollsturnering	soccer tournament
fotgängare	pedestrian
fotgängare	person walking
fotgängare	hike
fotled	ankle
fotnot	footnote
fotnoter	footnotes
foto	photo
fotogenisk	photogenic
fotograf	photographer
fotografera	photograph
fotograferad	photographed
fotografi	photograph
fotografisk	photographic
fotografiskt minne	fotografisk
fotometri	photometry
foton	photon
foton	photos
fots	foot
fotsack	carriage apron
fotspår	footprint
fotsula	sole
foula	foul
fourieranalys	fourier
fourierserie	fourier series
fouriertransform	fourier transform
fr	from
fr.o.m	starting
fra	french
fradga	head
fragmentera	fragment
fragmenterad	fragmented
frakt	cargo
fraktal	fractal
fraktion	fraction
fram	forward
framfusig	forward
framför	in front of
framför	front
framför allt	above all
framföra	deliver
framförallt	above all
framgång	progress
framgångsrik	successful
framgångssaga	success story
framhäva	highlight
framhålla	stress
framkalla	summon
framkallad	summoned
framkallande	causing
framme	front
framsida	front page
framsteg	progress
framställa	produce
framställas	forecast
framställning	production
framstå	appear
framsäte	passenger seat
framtid	future
framtida	future
framtidsforskare	futurologist
framtidsstudium	future study
framträda	appear
framträdande	apparent
framtvinga	extort
framtvingad	extorted
framväxt	growth
framåt	forward
framåtskrida	proceed
framåtskridande	progress
framåtspolningsknapp	fast forward button
framöver	future
frankrike	france
fransk	french
fransk franc	french franc
fransk lilja	fleur de lis
franska	french
franska guyana	french guiana
franska polynesien	french polynesia
fransman	frenchman
fransos	frenchman
fransyska	frenchwoman
fras	phrase
frasa	rustle
frasera	phrase
fraserad	phrased
frasradikal	person
fred	peace
freda	protect
fredag	friday
fredlig	peaceful
fredlös	outlaw
fredsavtal	peace treaty
fredsdomare	justice of the peace
fredsforskning	peace research
fredsförhandling	peace negotiation
fredskonferens	peace conference
fredspris	peace prize
fredsrörelse	peace movement
fredssymbol	peace symbol
fredstid	peacetime
fredsverk	peace
free knapp	free button
freestyle	portable audio cassette player
fregatt	frigate
frej	freyr
freja	freya
frejdad	celebrated
frejdig	perky
frekvens	frequency
frekvensmodulering	frequency modulation
frestande	tempting
fri	free
fri lejd	safe conduct
fria	propose
friad	freed
friare	propose
frid	peace
frida	frideborg
fridlysa	protect
fridsam	peaceful
friggebod	structure
frigöra	liberate
frihandel	free trade
frihandelssammanslutning	free trade association
frihandslinje	freeform
frihet	freedom
frihetsgrad	degree of freedom
frihetsgrader	freedom
frihetsgrader1	degreesfreedom1
frihetsgrader2	degreesfreedom2
frihetsgudinnan	statue of liberty
frihetskämpe	freedom fighter
frihetsvärdering	freedom value
friidrott	track and field
frikativa	fricative
friktion	friction
frikyrka	free church
frikår	paramilitary group
friland	ground
frilla	haircut
frimurare	freemason
frimärke	postage stamp
frimärken	stamps
frimärkssamling	stamp collection
frimärksvalör	face value
fripassagerare	stowaway
fris	frieze
frisbee	flying disc
frisinnad	liberal
frisinthet	liberalism
frisiska	frisian
frisk	healthy
friskola	free
frisksport	physical culture
frispark	free kick
frispråkig	outspoken
fristad	sanctuary
fristående	independent
frisyr	hairstyle
frisör	hairdresser
frisör	haircut
frisörstol	barber chair
friterad räka	fried shrimp
fritid	free time
fritidshem	afterschool care
fritis	part
fritjof	fritiof
fritt	freely
fritänkare	freethinker
fritös	deep fryer
frivillig	voluntary
frivilligt	voluntarily
frodig	lush
from	pious
frontalkrock	head on collision
frontespis	frontispiece
fronton	pediment
frottera	rub
frotté	terry
fru	lady
fru	wife
frugge	brekkie
frukost	breakfast
frukt	fruit
frukta	fear
fruktan	fear
fruktansvärd	fearful
fruktbar	fertile
fruktbarhet	fertility
fruktos	fructose
fruktplockare	fruit picker
fruktsallad	fruit salad
fruktsam	prolific
fruktskivare	fruit slicer
fruktsocker	fructose
fruktträd	fruit tree
fruktämne	ovary
frunch	brunch
fruntimmer	woman
fruntimmersveckan	name day
frustration	exasperation
frygien	phrygia
frys	freezer
frysfack	freezing compartment
fryshus	icehouse
fryspunkt	freezing point
fräck	shameless
fräckhet	rudeness
fräckis	dirty joke
frälsa	save
frälsning	salvation
frälsningssoldat	salvation army
främja	promote
främjande	supporting
främling	stranger
främlingsfientlig	xenophobic
främlingsfientlighet	xenophobia
främmande	strange
främmat	guest
främre	fore
främre asien	near east
främre orienten	near east
främreasiatisk	near eastern
främst	foremost
främsta	foremost
främste	foremost
frän	acrid
frände	relative
fräs	mill
fräsa	mill
fräsch	fresh
fräsning	milling
frätt	corroded
fråga	question
fråga	ask
frågade	asked
frågar	asks
frågeord	interrogative
frågesport	quiz
frågesportprogram	quiz show
frågeställning	problem
frågetecken	question mark
frågetecken	question
frågor	questions
från	from
frånvara	absent
frånvarande	absent
frånvaro	absence
frånvända	turn away
frö	seed
fröjd	glee
fröken	miss
fsv	fornsvenska
ftest	f.test
fubbick	idiot
fuji	mount fuji
fuktig	humid
ful	ugly
fulhack	dirty hack
full	drunk
fullborda	complete
fullbordad	finished
fullbordan	fulfillment
fullfölja	finish off
fullgjord	completed
fullgöra	complete
fullkomlig	perfect
fullkomligt	completely
fullmakt	mandate
fullmaktsgivare	principal
fullmaktshavare	agent
fullmaktsinnehavare	agent
fullmaktstagare	agent
fullmäktig	representative
fullmåne	full moon
fullmåne med ansikte	full moon face
fullständig	complete
fullständigt	completely
fullt	fully
fullända	perfect
fulländad	completed
func_isoweeknum.xhp	isoweeknum
func_weeknum_ooo.xhp	weeknum_ooo
fundamental växelverkan	fundamental interaction
fundera	ponder
funderande ansikte	pensive face
fundering	thinking
fundersam	pensive
fungera	function
fungerande	functional
funka	function
funkis	functionalism
funktion	function
funktional	functional
funktionell	functional
funktionell grupp	functional group
funktionen	function
funktioner	functions
funktionsdryck	functional beverage
funktionslist	function bar
funktionslista	function list
funktionsnamnen	role
funktionsnedsättning	disability
funktionsprocedur	35
funktionsrum	function space
funktionsverb	light verb
funktor	functor
fur	pinewood
fura	pine
furnera	furnish
furste	prince
furstendöme	principality
furstendömet	principality
furu	pinewood
fusk	cheating
fuska	cheat
fuskbygge	jerrybuilding
futtig	insignificant
futurum	future tense
futurum exaktum	future perfect
futurum exaktum preteriti	verb construction
futurum preteriti	verb construction
fy	phew
fyll	fill
fylld	filled
fylld cirkel	filled circle
fylld högerpekande pekare	filled right pointing pointer
fylld nedåtpekande triangel	filled down pointing triangle
fylld rektangel	filled rectangle
fylld romb	filled diamond
fylld uppåtpekande triangel	filled up pointing triangle
fylld vertikal rektangel	filled vertical rectangle
fylld vänsterpekande pekare	filled left pointing pointer
fyllekörning	drunk driving
fyller	fills
fyllningsbitmap	fillbitmap
fyllo	drunkard
fyllt parallellogram	filled parallelogram
fynd	find
fyr	lighthouse
fyra	four
fyrbent	quadrupedal
fyrfaldig	fourfold
fyrfotad	quadrupedal
fyrhörning	quadrilateral
fyrkant	hash sign
fyrkant	square
fyrkantig	rectangular
fyrklöver	four leaf clover
fyrmänning	third cousin
fyrpropellrad	four
fyrtaktsmotor	four stroke engine
fyrtal	four of a kind
fyrtio	forty
fyrtioen	forty one
fyrtionde	fortieth
fyrtiondedel	fortieth
fyrtiondel	fortieth
fyrverkeri	firework
fyrverkerier	fireworks
fys	physics
fysik	physics
fysikalisk	physical
fysiker	physicist
fysio	physio
fysiologi	physiology
fysisk	physical
fä	creature
fäbod	pasture
fäderne	paternity
fäfot	hoof
fägnad	joy
fäkta	fight
fäktas	fencing
fäktning	fencing
fälad	pasture
fälg	rim
fäll	collapse
fälla	trap
fällbar	folding
fält	field
fält	fields
fältapa	telephone
fälteffekttransistor	field effect transistor
fältet	field
fältherre	commander in chief
fältkommando	field
fältmedlemmar	members
fältnamn	field name
fältstudie	field study
fängelse	prison
fängelsehåla	dungeon
fängelsestraff	imprisonment
fänghål	touch hole
fängsel	prison
fängsla	imprison
fängslad	imprisoned
fängslande	captivating
fänkål	fennel
fänrik	swedish
färd	journey
färdas	travel
färdig	set
färdighet	capability
färg	color
färga	colour
färgad	coloured
färgade	colored
färgbild	colour image
färgblind	color blind
färgblindhet	color blindness
färgdjup	depth
färger	colors
färggenomskinlighet	turns
färgglad	colorful
färggradient	colour gradient
färggradienter	gradients
färglägg	colorize
färgomfång	gamut
färgpalett	artist palette
färgrik	color
färgschema	scheme
färgstege	straight flush
färgtolerans	tolerance
färguppfattning	color perception
färgväljarfältet	modifiable
färgäkta	fast
färja	ferry
färsk	fresh
färskt	fresh
färskvatten	fresh water
färst	minst
färöarna	faroe islands
färöiska	faroese
fäst	fast
fäst	snap
fästa	fasten
fäste	hold
fästelement	fastener
fäster	snaps
fästfolk	engaged
fästing	tick
fästning	fortification
fästpunkter	gluepoints
fäsör	author
få nobben	rejected
fåfäng	vain
fåfänga	vain
fåfängt	vainly
fågel	bird
fågelart	species
fågelberg	cliff
fågelbo	bird
fågelfjäder	feather
fågelfri	outlawed
fågelinfluensa	avian influenza
fågelskrämma	scarecrow
fågelskådare	birdwatcher
fågelvinge	wing
fågelvägen	as the crow flies
fåglar	birds
fålla	pen
fån	idiot
fånga	catch
fånga dagen	seize the day
fångade	caught
fångare	catcher
fånge	prisoner
fången	captured
fångenskap	captivity
fångst	receipt
fånig	silly
fånigt	ridiculously
fåordig	taciturn
fåraherde	shepherd
fårakläder	sheep
fåtal	few
fåtölj	armchair
fé	fairy
föda	food
född	born
föddes	born
födelse	birth
födelseattest	birth certificate
födelsedag	birthday
födelsedagspresent	birthday present
födelsedagstårta	birthday cake
födelsehemort	birth hometown
födelseort	birthplace
födelsestad	town
födsel	birth
föga	little
föl	foal
följ	follow
följa	follow
följaktligen	consequently
följande	following
följd	series
följdsats	corollary
följer	follows
följeslagare	follower
följt	followed
föll	fell
fön	hair dryer
fönster	window
fönsterlucka	shutter
fönsterremsa	weatherstripping
fönsterruta	windowpane
fönstertittarsjuka	intermittent claudication
fönstret	window
för	fore
för	for
för fem lingon	inte
för fem öre	at all
för närvarande	at present
för tillfället	at the moment
föra	lead
föra in	introduce
förakt	contempt
förakta	despise
föraktfull	scornful
förankra	anchor
förankra	docking
förankrad	anchored
förankrade	docked
förankrar	anchors
förankrat	anchored
förankring	anchorage
förankringsegenskaper	anchoring
föranleda	cause
förarbete	study
förare	driver
förarga	anger
förargelse	vexation
förargelseväckande	offensive
förargelseväckande beteende	disorderly conduct
förband	bandage
förbanna	curse
förbannad	pissed off
förbannat	damned
förbannelse	curse
förbehåll	reservation
förbehålla	reserve
förbehållen	reserved
förbereda	prepare
förbi	past
förbinda	unite
förbindelse	connection
förbindelse	connector
förbindelsepunkt	gluepoint
förbindelser	connectors
förbjuda	forbid
förbjuden	forbidden
förbjudet	prohibited
förbjudna	forbidden
förblöda	bleed
förboka	prebook
förbokad	prebooked
förbruka	exhaust
förbryllat ansikte	confused face
förbränna	incinerate
förbränningsmotor	combustion engine
förbud	prohibition
förbud mot gångtrafik	no pedestrians
förbund	union
förbunden	connected
förbundskapten	manager
förbundsrepubliken	federal
förbuskad	bushed
förbutik	kiosk
förbygel	breastplate
förbättra	improve
förbättring	improvement
fördefinierad	predefined
fördel	advantage
fördela	distribute
fördelaktig	advantageous
fördelen	advantage
fördelning	distribution
fördelningen	distribution
fördjupa	deepen
fördjupad	deepened
fördjupning	recess
fördold	inconspicuous
fördom	prejudice
fördrag	treaty
fördraga	endure
fördragsam	patient
fördragsamhet	tolerance
fördrink	predrinks
fördriva	drive away
fördriven	driven away
fördrivning	expulsion
fördröja	delay
fördröjd	delayed
fördröjning	delay
fördubbling	reduplication
fördärv	destruction
fördärva	spoil
fördärvlig	destructive
fördöma	condemn
före	before
förebild	model
förebrå	reproach
förebråelse	reproach
förebygga	prevent
förebyggande	preventing
förebåda	forebode
föredetting	has been
föredra	prefer
föredragningslista	agenda
föredrar	prefer
förefalla	seem
förefintlig	existent
föregå	precede
föregå med gott exempel	lead by example
föregående	previous
föregångare	forerunner
föregår	precedes
förehålla	remind
förekomma	exist
förekommande	occurring
förekomst	occurrence
förekomster	occurrences
föreligga	exist
föreläggande	injunction
föreläsning	lecture
föremål	object
förena	unite
förenad	united
förenade	united
förenade arabemiraten	united arab emirates
förening	association
föreningsfrihet	freedom of association
förenkla	simplify
förenklad	simplified
förenkling	simplification
förent	united
förenta nationerna	united nations
föreskrift	instruction
föreskriva	prescribe
föreslagen	proposed
föreslå	suggest
förespegla	false impression
förespegling	false pretense
förespråka	advocate
förespråkare	proponent
föreställa	present
föreställning	conception
föreställningsvärld	worldview
förestå	manage
förestådd	managed
föreståndare	superintendent
föresväva	imagine
företa	undertake
företag	venture
företag	company
företagande	deed
företagare	business owner
företagets	company's
företagscenter	post office
företagsledare	business manager
företagsledning	business administration
företal	preface
förete	show
företeelse	feature
företräda	represent
företrädare	representative
företräde	priority
företrädesvis	primarily
förevändning	pretext
förfader	ancestor
förfall	decay
förfalla	decay
förfallodag	due date
förfallodag	maturity
förfallotid	expires
förfallotidpunkt	denotes
förfara	proceed
förfarande	procedure
förfaras	spoil
förfaren	experienced
författa	author
författare	author
författarskap	authorship
författning	legal code
författningsdomstol	constitutional court
förfina	refine
förfining	refinement
förflyttning	translation
förflyttning	helplines
förfoga	dispose
förfogande	disposal
förfrågan	request
förfäkta	defend
förfärad	afraid
förfärdiga	make
förfärdigad	produced
förfärlig	terrible
förfärligt	terribly
förfölja	pursue
förföljelse	persecution
förföra	seduce
förförbar	seduceable
förgasare	carburetor
förgifta	poison
förgiftning	poisoning
förgivettagande	assumption
förgrunden	foreground
förgudliga	divinize
förgänglig	perishable
förgäta	forget
förgäten	forgotten
förgätmigej	forget me not
förgäves	in vain
förgå	vanish
förgöra	destroy
förhala	delay
förhand	lead
förhandla	negotiate
förhandling	negotiation
förhandsgranska	preview
förhandsgranskning	preview
förhandsvisar	previews
förhandsvisning	preview
förhasta	haste
förhindra	prevent
förhindrar	prevents
förhistoria	prehistory
förhistorisk	prehistoric
förhoppning	hope
förhoppningsvis	hopefully
förhud	prepuce
förhuggning	abatis
förhålla	behave
förhållande	condition
förhållande	ratio
förhållande	respect
förhållandevis	somewhat
förhållning	suspension
förhållningssätt	approach
förhåna	scoff
förhör	interrogation
förhöra	interrogate
förhörsledare	interrogator
förinta	annihilate
förintelse	annihilation
förintelseförnekare	holocaust denier
förintelseförnekelse	holocaust denial
förintelseläger	death camp
förintelsen	holocaust
förk	abbrev
förkasta	reject
förkastar	discards
förkastlig	despicable
förklara	explain
förklarade	explained
förklaring	explanation
förklaring	legend
förklaringar	explanations
förklaringsrutan	callout
förklena	weaken
förkläde	apron
förknippa	associate
förkorta	abbreviate
förkortning	abbreviation
förkortningar	abbreviations
förkortningen	abbreviation
förkroppsliga	embody
förkunna	preach
förkunnare	preacher
förkylning	cold
förkämpe	advocate
förkärlek	partiality
förköpsrätt	right of first refusal
förlag	investment
förlaga	copy
förlamad	paralyzed
förlamning	paralysis
förled	first element
förleda	mislead
förlika	reconcile
förlikning	conciliation
förlisa	go under
förlita	trust
förljugen	mendacious
förlopp	process
förloppsindikator	progress
förlora	lose
förlorade	lost
förlorare	loser
förlossning	delivery
förlova	engaged
förlovad	engaged
förlovning	engagement
förlust	loss
förlustfri	lossless
förlägga	mislay
förläggare	publisher
förlänga	expand
förlåt	sorry
förlåta	forgive
förlåtelse	forgiveness
förmak	salon
förman	foreman
förmedla	mediate
förmedling	intermediation
förmiddag	forenoon
förmoda	suppose
förmodligen	probably
förmyndare	guardian
förmätenhet	presumptuousness
förmå	capable
förmåga	ability
förmån	benefit
förmögen	rich
förmögenhet	wealth
förmögenhetsförvaltning	wealth management
förmörka	eclipse
förmörkelse	eclipse
förnamn	first name
förnedra	humiliate
förnedring	humiliation
förneka	deny
förnekelse	denial
förnimma	perceive
förnuft	sense
förnumstig	sententious
förnumstighet	sententiousness
förnya	renew
förnyare	renewer
förnyelse	renewal
förnäm	distinguished
förnär	harm
förnöja	satisfy
förnöjd	contented
förnöjsam	contented
förnöjsamhet	contentedness
förnöjsamt	contentedly
förnöjt	contentedly
förolämpa	insult
förolämpning	insult
förord	preface
förorda	recommend
förordna	resolve
förordnande	appointment
förordning	ordinance
förorsaka	cause
förort	suburb
förortsbana	suburban train
förorätta	wrong
förpliktelse	obligation
förr	before
förra	former
förresten	by the way
förringa	undervalue
förryckt	crazy
förrädare	traitor
förrän	until
förräntning	fvschedule
förrätt	starter
förrättning	function
förråd	storage
förråda	give away
förrådd	betrayed
församla	gather
församling	assembly
församlingskyrka	parish church
förse	provide
försedd	equipped
förseelse	misdemeanour
försegla	seal
försening	delay
försiktig	cautious
försiktig	careful
försiktighet	carefulness
försiktigt	cautiously
försiktigt	carefully
förskingra	embezzle
förskjuta	skew
förskjutning	offset
förskjutningsvärde	skew
förskola	kindergarten
förskolelärare	kindergarten teacher
förskollärare	kindergarten teacher
förskräcklig	awful
försköna	embellish
förslag	proposal
förslag	suggestions
förslagen	cunning
förslaget	cunningly
förslagsvis	such as
förslå	enough
försmå	spurn
försokratisk	pre socratic
försommar	early summer
försona	reconcile
försoning	reconciliation
försoningskommission	reconciliation commission
försorg	care
försova	oversleep
förspel	foreplay
försprång	head start
först	first
först till kvarn	first come first served
första	first
första mosebok	genesis
första moseboken	genesis
förstadie	preliminary stage
förstadium	preliminary stage
förstainstansrätt	court of first instance
förstasida	front page
förstatliga	state
förstena	petrify
förstenad	scared
förstklassig	first class
förstoppa	constipate
förstora	enlarge
förstorar	enlarges
försträcka	loan
försträckning	loan
förstucken	hidden
förstärka	amplify
förstärkare	amplifier
förstärkning	emphasis
förstå	understand
förståelig	understandable
förståelse	understanding
förstånd	reason
förstår	understand
förstås	of course
förståsigpåare	cognoscente
förstöra	break
förstörande	break
förstörelse	destruction
försupen	boozy
försvaga	weaken
försvann	disappeared
försvar	defence
försvara	defend
försvarare	defender
försvarsdepartement	ministry
försvarshögskola	college
försvarslinje	defense line
försvarslös	defenseless
försvarsmakt	armed forces
försvarsminister	minister
försvarsstyrka	defence force
försvarstal	speech
försvarsutskott	committee
försvinna	disappear
försvunnen	missing
försvåra	make
försyn	providence
försynt	modest
försäga	reveal
försäkra	insure
försäkran	assurance
försäkring	insurance
försäkringskassa	social insurance office
försälja	sell
försäljare	salesperson
försäljning	sale
försäljningslista	sales list
försäljningssiffra	sales number
försämra	worsen
försämring	worsening
försänka	set
försåtminering	booby trap
försök	go
försök	trials
försöka	attempt
försöker	trying
försöksballong	trial balloon
försökt	tried
försökte	tried
försörja	supply
försörjning	supply
förtal	defamation
förtala	defame
förtalad	defamed
förtecken	key signature
förteckna	list
förteckning	list
förteckning	index
förteckningar	indexes
förtegen	reticent
förteget	reticently
förtigen	hushed up
förtjusande	charming
förtjust	fond
förtjäna	earn
förtjänar	deserve
förtjänst	merit
förtjänstorden	order
förtroende	trust
förtryck	repression
förtrycka	oppress
förtryckt	oppressed
förträfflig	excellent
förtränga	repress
förträngd	repressed
förtur	priority
förtvivla	despair
förtycka	offense
förtydliga	clarify
förtälja	tell
förtära	devour
förtätning	compression
förtöva	delay
förutnämnd	aforesaid
förutom	except
förutsatt	assuming
förutse	foresee
förutsedd	foreseen
förutsäga	predict
förutsägbar	predictable
förutsägelse	prediction
förutsätta	presume
förutsättning	precondition
förvalta	administer
förvaltare	steward
förvaltning	administration
förvaltningsavdelning	office
förvaltningschef	permanent secretary
förvaltningsmyndighet	public authority
förvandla	transform
förvandling	transformation
förvara	store
förvaring	storage
förvarna	forewarn
förverkliga	realize
förvirra	confuse
förvirrat ansikte	confounded face
förvirring	confusion
förvisso	for sure
förvrida	distort
förvräng	distort
förvägra	deny
förvänta	expect
förväntas	expected
förvärra	worsen
förvärva	acquire
förvåna	astonish
förvånad	amazed
förvånad	surprised
förvånansvärd	astonishing
förvånat ansikte	face with open mouth
förvåning	surprise
förädla	refine
förälder	parent
föräldralös	orphan
föräldrar	parents
förälskad	in love
förälskelse	crush
förändra	change
förändrad	changed
förändring	transformation
föräta	overeat
förångare	evaporator
förödande	devastating
förödmjuka	humiliate
föröka	reproduce
förövare	perpetrator
fötterna	feet
g klav	musical score
g.s	old style
gabardin	gabardine
gabriella	gabriel
gadd	sting
gaddad	tattooed
gaffel	fork
gaffla	chat
gagat	jet
gaggig	gaga
gagn	gain
gagna	serve
galaterbrevet	galatians
galax	galaxy
galen	crazy
galge	gallows
galghumor	gallows humor
galjonsfigur	figurehead
galla	bile
galleri	gallery
galleria	shopping mall
galleriet	gallery
gallien	gaul
gallimatias	galimatias
gallup	gallup poll
galning	lunatic
galopp	gallop
galär	galley
gam	vulture
gammafunktionen	gamma function
gammaförd	gammadist
gammal	old
gammal kvinna	old woman
gammal man	old man
gammal nyckel	old key
gammaldags	old fashioned
gamme	hut
gammel	old
gammeldans	partner dance
gammelfarbror	parent
gammelfarfar	parents
gammelfarmor	parents
gammelfaster	parent
gammelgädda	old pike
gammelmedia	old media
gammelmorbror	parent
gammelmorfar	parents
gammelmormor	parents
gammelmoster	parent
gangrän	gangrene
ganska	pretty
ganska	quite
gap	chasm
gapa	shout
garage	building
garaget	garage
garantera	guarantee
garantera	refreshing
garanterat	guaranteedly
garanti	guarantee
garantifond	guarantee fund
garde	guard
gardera	guard
garderob	wardrobe
gardin	curtain
gardinstång	curtain rod
garn	yarn
garrottera	garrotte
garrottering	garrotting
gas	gaser
gasbinda	gauze bandage
gaskammare	gas chamber
gasmask	gas mask
gasning	gassing
gast	crew
gasta	shout
gata	street
gatuadress	street
gatumusikant	street musician
gav	gave
gavel	gable
gazaremsan	gaza strip
ge	give
gedigen	pure
geggig	gooey
gelatin	gelatine
gelike	peer
gelé	jelly
gem	paper clip
gem	paperclip
gemak	room
gemener	input latin lowercase
gemensam	common
gemensam beredning	joint drafting procedure
gemensamma	common
gemensamt	together
gemenskap	fellowship
gemenskap	community
gemsrot	doronicum
gen	gain
gen	re
gena	short cut
genast	immediately
gendriva	refute
genera	embarrass
general	air chief marshal
generalagent	agent
generaldirektör	director general
generalinspektör	inspector general
generalisera	generalize
generaliserad integral	improper integral
generalisering	generalisation
generalkonsul	consul general
generallöjtnant	lieutenant general
generalmajor	major general
generalrepetition	dress rehearsal
generalsekretariat	secretariat general
generalsekreterare	secretary general
generalöverste	colonel general
generell	general
generellt	generally
generera	generate
genererade	generated
generöst	generously
genetik	genetics
genetisk	genetic
genetiskt	genetically
gengäld	reimbursement
gengångare	revenant
geni	genius
genitalitet	genitality
genitiv	genitive
genkäromål	counterclaim
genljuda	resound
genmanipulation	genetic manipulation
genmäla	respond
genmäld	replied
genmäle	answer
genocid	genocide
genom	by
genombrott	breakthrough
genombrottsspänning	breakdown voltage
genombruten	openwork
genomdriva	push through
genomdriven	pushed through
genomföra	carry out
genomförande	implementation
genomförbar	feasible
genomförbarhet	feasibility
genomförd	implemented
genomgående	going through
genomgång	walkthrough
genomskinlig	translucent
genomskinligt	translucently
genomslag	impact
genomsnitt	average
genomsnittlig	average
genomstruken	strikethrough
genomsynlig	transparent
genpool	gene pool
gensaga	protest
genteknik	gene technology
gentemot	towards
gentil	posh
gentrifiering	gentrification
genuabukten	gulf of genoa
genuesisk	genoese
genuin	genuine
genus	gender
genuspedagogik	gender pedagogy
genusvetenskap	gender studies
genväg	short cut
genèvesjön	lake geneva
geofysik	geophysics
geogr	geography
geograf	geographer
geografi	geography
geografisk	geographical
geol	geology
geolog	geologist
geologi	geology
geologisk	geological
geom	geometry
geometri	geometry
geometrisk	geometric
geometriskt	geometrically
geometriskt medelvärde	geometrisk
geopolitik	geopolitics
geopolitisk	geopolitical
georgien	georgia
georgier	georgian
georgiska	georgian
geoteknik	geotechnics
geoteknisk	geotechnical
gepard	cheetah
ger	giver
ger	yields
gerilla	guerilla
geringssåg	miter saw
germansk	germanic
germanska	germanic
gert	gerhard
gesims	cornice
gest	gesture
gestalta	shape
gestaltning	shape
gestikulerar	gesturing
gesäll	journeyman
get	goat
geting	wasp
getingbo	wasp's nest
getost	goat cheese
getruta	goat's rue
getto	ghetto
geväder	rifle
gevär	rifle
gifta	marry
gifta bort	marry off
gifte	marriage
gifte	married
giftermål	marriage
giftig	poisonous
giftorättsgods	community property
giftskåp	poison cabinet
giljotin	guillotine
gill	orderly
gilla	approve
gille	feast
giller	trap
gillning	like
gillra	set
giltig	valid
giltigt	validly
giltigt	valid
gips	gypsum
gipsplatta	drywall
gipsskiva	drywall
gir	yaw
gira	yaw
giraff	giraffe
girera	transfer
girig	greedy
girighet	greed
gissa	guess
gissel	scourge
gissla	whip
gisslan	hostage
gisslare	whipper
gissning	guess
gissningsvis	guess
gitarr	guitar
gitarrist	guitarist
gitter	gridlines
giv	deal
giva	give
givande	giving
givare	giver
given	obvious
giver	ger
givetvis	of course
givit	gett
givmild	munificent
givmilt	munificently
gjorde	did
gjordes	selections
gjort	done
gjuta	cast
gjutform	mold
glaciär	glacier
glad	happy
glad mors dag	happy mother's day
glad påsk	happy easter
glada	kite
gladeligen	happily
gladlynt	cheerful
glans	gleam
glas	glass
glasblock	glass block
glaselektricitet	vitreous electricity
glasmästarsill	pickled herring
glasruta	window pane
glass	ice cream
glass	cream
glassbil	ice cream truck
glasstrut	ice cream cone
glasögon	glasses
glasögon	spectacles
glatt funktion	smooth function
glav	spear
gles	sparse
gles matris	sparse matrix
glesbygd	rural area
glesna	sparse
glest	sparsely
glest	loose
glida	glide
glidyta	sliding surface
glipa	gap
glittra	glitter
glittra	sparkle
glittrande fyrverkeri	sparkler
glo	stare
glob	globe
global	international
globalisera	globalize
globalisering	globalization
globalt	globally
gloria	halo
glufsa	gobble
glugg	window
glukonsyra	gluconic acid
glukos	glucose
glupa	gape
glupsk	insatiable
glutamin	glutamine
glutaminsyra	glutamic acid
gluttsnäppa	common greenshank
glycin	glycine
glykol	glycol
glädje	joy
glänsa	shine
glänta	glade
glåpord	taunt
glöd	glow
glöda	glow
glödeffektens	glow
glödlampa	light bulb
glögg	glogg
glöm	forget
glömde	forgot
glömma	forget
glömsk	forgetful
glömt	forgotten
gnaga	gnaw
gnagare	rodent
gnejs	gneiss
gnida	rub
gnista	spark
gnistra	sparkle
gnistrande	sparkle
gnistrande hjärta	sparkling heart
gnistrande stjärnor	sparkles
gnos	gnosis
gnostiker	gnostic
gnostisk	gnostic
gnägga	neigh
gnäll	whining
gnälla	whinge
god	godare
god afton	good evening
god dag	good day
god eftermiddag	good afternoon
god förmiddag	good morning
god kväll	good evening
god middag	good day
god natt	good night
god tro	good faith
godahoppsudden	cape of good hope
goddag	good day
goddagspilt	playboy
godhet	goodness
godis	candy
godkänd	approved
godkänna	approve
godkännande	approval
godkänner	accepts
godmorgon	god morgon
godnatt	good night
gods	goods
godsak	sweet
godståg	freight train
godsägare	proprietor
godtrogen	gullible
godtroget	gullibly
godtycke	arbitrariness
godtycklig	arbitrary
goja	parrot
golf	gulf
golfa	play golf
golfare	golfer
golfbana	golf course
golfklubb	golf club
golfklubba	golf club
golfströmmen	gulf stream
golgata	golgotha
goliat	goliath
golv	floor
golvet	floor
golvur	grandfather clock
gomorron	god morgon
gonatt	god natt
gondol	gondola
gonorré	gonorrhea
googla	google
gos	cuddliness
gosa	snuggle
gosedjur	stuffed animal
gosig	huggable
gosse	boy
got	gothic
gotiska	gothic
gotländsk	gotland
gotländska	dialect
gotlänning	gotlander
gott	well
gott nytt år	happy new year
gottegris	sweet tooth
grabb	lad
grad	degree
graden	polynomials
grader	degrees
gradera	grade
gradersintervall	constrain
gradu	master's thesis
gradvis	gradual
gradvis	gradually
graf	graph
grafen	graphene
grafi	graphy
grafik	graphics
grafikobjekt	graphic
grafisk	graphic
grafiska	graphic
grafit	graphite
gram negativ	gram negative
grammatik	grammar
grammatika	grammar
grammatiker	grammarian
grammofon	gramophone
grammofonstift	gramophone needle
gran	spruce
granat	pomegranate
granatäpple	pomegranate
granbarr	needle
grand	mote
grandios	grandiose
granit	granite
grann	fine
granne	neighbour
grannsämja	neighbor
granska	scrutinize
granska	review
granskning	inspection
granskningsnämnd	control
granskog	spruce
grape	grapefruit
grapefrukt	grapefruit
grassera	ravage
gratis	free
gratispassagerare	stowaway
grattis	congratulations
grattis på födelsedagen	happy birthday
gratulation	congratulation
gratulera	congratulate
gratulerar	congratulations
gratäng	gratin
grav	grave
grav accent	grave accent
gravand	common shelduck
graverande	troubling
gravid	pregnant
gravid kvinna	pregnant woman
gravid man	pregnant man
gravid person	pregnant person
graviditet	pregnancy
gravitationskraft	gravitational force
gravitationsstrålning	gravitational radiation
gravsten	headstone
gravvård	grave marker
gravöl	funeral wake
green	putting green
grej	thing
greja	pull off
grek	greek
grekisk	greek
grekisk ortodox	greek orthodox
grekiska	greece
grekiska	greek
grekland	greece
gren	branch
grenadier	grenada
grenadjär	guard
grep	garden fork
grepp	grip
greta	gretel
greuelpropaganda	atrocity propaganda
greve	count
grevinna	countess
grevskap	county
grimas	grimace
grimaserande ansikte	grimacing face
grimma	halter
grimskaft	lead
grina	weep
grind	gate
grindvakt	gatekeeper
grindval	pilot whale
grip	griffin
gripa	catch
gripväska	grab
gris	pig
grisansikte	pig face
gristryne	pig nose
grizzlybjörn	grizzly bear
grobian	ruffian
groda	frog
grodansikte	frog
groddjur	amphibian
grop	hole
gross	twelve dozen
grossess	pregnancy
grosshandel	wholesale
grosshandlare	wholesaler
grotta	cave
grottekvarn	miserable working conditions
grottmänniska	caveman
grov	coarse
grovgöra	heavy lifting
grovlek	thickness
grubbla	ponder
gruffa	brawl
grumlig	cloudy
grund	shallow
grund	due
grunda	start
grundad	founded
grundare	founder
grundforskning	basic research
grundlag	fundamental law
grundlagsvidrig	unconstitutional
grundlig	thorough
grundlägga	lay
grundläggande	basic
grundläggare	mason
grundmängd	superset
grundnivå	basic level
grundsats	principle
grundskola	primary school
grundval	basis
grundämne	chemical element
grunka	doohickey
grunt	shallowly
grupp	group
grupper	groups
gruppera	group
grupperad	grouped
grupperat	groupedbar
gruppering	grouping
grupperingsfunktion	group function
gruppledare	group leader
gruppspel	group stage
gruppteori	group theory
grupptryck	peer pressure
gruppvis	groupwise
gruppväljare	group selector
gruppvåldtäkt	gang rape
grus	gravel
grusbana	clay court
grusien	georgia
gruva	mine
gruvarbetare	miner
gruvstolpe	pitprop
grym	cruel
grymhet	cruelty
grymta	grunt
gryn	grain
gryning	dawn
grynna	shallow
gryt	sett
gryta	pot
gryta	pot of food
grytmaxa	expired
grytunderlägg	coaster
grädda	cream
gräddbukig mes	cinnamon breasted tit
gräddbulle	pastry
grädde	cream
gräl	argument
gräla	argue
grälsjuk	argumentative
gränd	alley
gräns	bound
gräns	limit
gränsa	march
gränser	limits
gränsflod	border river
gränsland	border area
gränssnitt	interfaces
gränssnittet	interface
gränsvärde	limit
gränsöverskridande	transcendent
gräs	grass
gräsand	mallard
gräsbana	grass court
gräsbrand	grassfire
gräshoppa	grasshopper
gräsklippare	lawnmower
gräslig	awful
gräslök	chive
gräsmatta	lawn
gräsrot	grassroots
grät	cried
gräva	dig
grävare	dig
grävling	badger
grävmaskin	excavator
grävskopa	bucket
grå	grey
grå	gray
grå talgoxe	cinereous tit
gråaktig	greyish
gråben	wolf
gråen	island
grågås	greylag goose
gråhakedopping	red necked grebe
gråhäger	grey heron
gråna	grey
gråskala	grayscale
gråsprängd	salt and pepper
gråsugga	woodlouse
gråt	crying
gråta	cry
gråtande ansikte	crying face
gråtande kattansikte	crying cat
gråter	crying
gråtmild	maudlin
gråtmilt	maudlinly
gråtrut	european herring gull
gråzon	grey area
gröda	crop
grön	green
grön bok	green book
grön cirkel	green circle
grön jul	black christmas
grön kvadrat	green square
grönaktig	greenish
grönan	stockholm
grönbena	wood sandpiper
gröngöling	green woodpecker
grönkläder	military uniform
grönkål	curly kale
grönland	greenland
grönländsk	greenlandic
grönländska	greenlandic
grönlänning	greenlander
grönmögelost	blue cheese
grönsak	vegetable
grönsallad	green salad
grönska	greenery
grönt	green
grönt hjärta	green heart
grönt äpple	green apple
gröt	porridge
grötig	porridgy
grötigt	pulpily
grötmyndig	pompous
grötmyndigt	pompously
grötrim	simple rhyme performed during
gubbakvart	nap
gud	god
gud	gudinna
gudar	gods
gudbarn	godchild
guddotter	goddaughter
gudfader	godfather
gudfar	godfather
guding	common eider
gudinna	goddess
gudmoder	godmother
gudmor	godmother
gudom	deity
gudomlig	divine
gudomligt	divinely
gudsfruktan	fear
gudson	godson
gudstjänst	church service
guiden	wizard
guider	wizards
gul	yellow
gul cirkel	yellow circle
gul kvadrat	yellow square
gula	yolk
gula faran	yellow peril
gulaktig	yellowish
gulbröstad snäppa	baird's sandpiper
guld	gold
guldband	gold
guldfisk	goldfish
guldgruva	gold mine
guldkusten	gold coast
guldmedalj	1st place medal
guldmedalj	gold medal
guldsmed	goldsmith
guldsot	avarice
guldtacka	gold bar
guling	gook
gull	gold
gullfrö	xanthium
gullgosse	loved
gullig	sweet
gullis	cutie
gullis	gullmarsplan
gullviva	cowslip
gulna	yellow
gulnäbb	ceuthmochares
gulnäbbad albatross	atlantic yellow nosed albatross
gulnäbbsintagning	hazing
gulsippa	yellow anemone
gulsot	jaundice
gult hjärta	yellow heart
gult kort	yellow card
gumma	old woman
gummera	rubber
gummering	covering
gummi	rubber
gummiband	rubber band
gummigutta	gamboge
gummisnodd	rubber band
gummistövel	wellington boot
gump	rump
gun britt	gun
gunga	swing
gungfly	swamp
gunghäst	rocking horse
gungstol	rocking chair
gupp	bump
gurka	cucumber
gurkburk	jar
gurkmeja	turmeric
gurkskiva	slice
guru	gurur
gusp	cfsp
guss	girl
gustava	gustav
gustaviansk	gustavian
guvernant	governess
guvernör	governor
guyanska	guyana
gyger	jotun
gyllene	gold
gymma	gym
gymnasieklass	gymnasium
gymnasieskola	secondary school
gymnasium	secondary school
gymnastik	cartwheel
gympa	gymnastic exercises
gympasko	running shoe
gyneko	gynaeco
gynekolog	gynecologist
gynekologi	gynecology
gynna	be
gynnsam	gainful
gyros	gyro
gyroskopisk	gyroscopic
gyttja	mud
gyttjebad	mud bath
gäcka	mock
gädda	pike
gäld	debt
gäldenär	debtor
gälisk	gaelic
gällande	valid
gäng	gang
gänga	thread
gärd	deed
gärd	gerd
gärde	field
gärdesgård	roundpole fence
gärdsgård	roundpole fence
gärdsmyg	eurasian wren
gäri	girl
gärna	willingly
gärning	act
gärningsman	perpetrator
gärs	ruffe
gäsp	sigh
gäspa	yawn
gäspande ansikte	yawning face
gäst	guest
gästfri	hospitable
gästfrihet	hospitality
gästgiveri	inn
gästlista	guestlist
gå	go
gå an	acceptable
gå av	snap
gå på offensiven	take the offensive
gå ur	get out of
gående	passant
gågata	pedestrian street
gång	walk
gång	once
gånga	go
gångart	gait
gångbana	pedestrian lane
gången	gone
gånger	times
gångjärn	hinge
gård	farm
gårdag	yesterday
gårdsplan	courtyard
gåsgam	griffon vulture
gåshud	goose bumps
gåskarl	gander
gåstol	baby walker
gåsögon höger	right guillemet
gåsögon vänster	left guillemet
gåta	riddle
gåva	gift
göda	feed
gödsel	fertilizer
gök	cuckoo
göktyta	jynx torquilla
göl	pool
gömd	hidden
gömma	hide
gömställe	hiding place
gör	very
göra sig av med	get rid of
gördel	girdle
gös	zander
götaland	sweden
göte	gaute
göteborgs rapé	snus
göteborgska	swedish
götet	gothenburg
habil	able
hacka	pick
hackare	hacker
hackspett	woodpecker
hade	had
hafva	ha
hage	pen
hagel	hail
hagla	hail
hagtorn	hawthorn
haitier	haitian
haj	shark
haja	understand
hajk	hike
hajmal	shark catfish
haka	chin
hake	catch
hakkors	swastika
haklapp	bib
hakparentes	square bracket
hal	slippery
hala	haul
hall	hallway
hallabaloo	hullabaloo
halland	landskap
halleluja	hallelujah
hallick	pimp
hallon	raspberry
hallucinera	hallucinate
hallå	hello
hallå	hey
hallåa	continuity announcer
halm	straw
halmbock	goat
halo	halor
halogenalkan	haloalkane
hals	neck
halsa	neck
halsad	throated
halsband	necklace
halsduk	scarf
halshugga	behead
halshuggning	decapitation
halskota	cervical vertebra
halta	limp
halv	half
halv	semi
halv elva	ten thirty
halv ett	twelve thirty
halv fem	four thirty
halv fyra	three thirty
halv nio	eight thirty
halv sex	five thirty
halv sju	six thirty
halv tio	nine thirty
halv tolv	eleven thirty
halv tre	two thirty
halv två	one thirty
halv åtta	seven thirty
halva	half
halvbroder	half brother
halvbror	half brother
halvcirkel	semicircle
halvera	halve
halvhög punkt	middle dot
halvimperial	gold coin
halvkvart	quarter
halvledare	semiconductor
halvleende ansikte	smirking face
halvlek	game
halvmaraton	half marathon
halvnaken	half naked
halvplan	half plane
halvsyster	half sister
halvt	half
halvtimma	half hour
halvtimme	half hour
halväten	half eaten
halvår	six month
halvårsvis	yearly
halvö	peninsula
hambo	folk dance
hamburgare	hamburger
hammarbajare	fan
hammarbyare	fan
hammare	hammer
hammare och hacka	hammer and pick
hammare och skiftnyckel	hammer and wrench
hamn	port
hamna	land
hamnarbetare	longshoreman
hamnskiftare	shapeshifter
hamnstad	port city
hampa	hemp
hampus	johannes
hamra	hammer
hamsteransikte	hamster
hamstra	hoard
hamstring	hoarding
han	he
hana	her
hanblomma	male flower
hand	set
hand	trade
hand i luften	raised hand
hand med utspretade fingrar	hand with fingers splayed
hand som skriver	writing hand
handboja	handcuff
handbok	handbook
handboll	handball
handbollslandskamp	handball match
handduk	towel
handel	trade
handeldvapen	small arms
handelsdag	trade date
handelshögskola	school of economics
handelskammare	chamber of commerce
handelskompani	trading company
handelsminister	minister
handelspolitik	trade policy
handelssekreterare	trade commissioner
handelsterm	term
handelsvara	commodity
handfat	sink
handflata	palm
handflatan nedåt	palm down hand
handflatan uppåt	palm up hand
handflatorna upp	palms up together
handfull	handful
handfängsel	handcuffs
handgemäng	fistfight
handgranat	hand grenade
handhjärta	heart hands
handhögtalare	loudspeaker
handikapp	handicap
handklove	handcuff
handla	shop
handla	shopping
handlande	acting
handlare	shopkeeper
handled	wrist
handleda	guide
handledare	guide
handledning	guidance
handling	act
handlingsförlamning	incapacitation
handlingsplan	action plan
handlägga	process
handläggare	administrator
handläggning	processing
handpenning	down payment
handskakning	handshake
handskar	gloves
handske	gloves
handskrift	handwriting
handslag	handshake
handsprit	hand sanitizer
handtag	handle
handtag	handles
handtruck	pallet jack
handtryck	process
handvapen	hand held weapon
handväska	handbag
hane	male
hangarfartyg	aircraft carrier
hanna	hannah
hannes	johannes
hanrej	cuckold
hans	hansel
hans	his
hantel	dumbbell
hantera	handle
hantera	manage
hanterar	manages
hanteras	handled
hantering	handling
hantverkare	artisan
haparanda	haaparanta
har	have
har den äran	happy birthday
hara	trot
harakiri	hara kiri
harkla	clear one's throat
harmmedel	harmean
harmonisera	harmonize
harmoniska	harmonic
harmoniskt medelvärde	harmonisk
harpa	harp
harpun	harpoon
harr	grayling
harts	resin
hartselektricitet	resinous electricity
harv	harrow
has	hindleg
hasp	latch
hassel	hazel
hasselmus	dormouse
hasselnöt	hazelnut
hast	hurry
hasta	hurry
hastig	quick
hastighet	velocity
hat	hatred
hata	hate
hatade	hated
hatar	hate
hatisk	hateful
hatiskt	hatefully
hatkärlek	love hatred
hatpropaganda	hate speech
hatt	hat
haubits	howitzer
hausdorffrum	hausdorff space
haussa	cause
hausse	bull market
havande	pregnant
havandeskap	pregnancy
haver	has
haverera	fail
haveri	accident
havet	sea
havre	oats
havregryn	oatmeal
havremjöl	oatmeal
havsbad	swim
havssula	northern gannet
havstrut	great black backed gull
havsörn	white tailed eagle
havtorn	hippophae rhamnoides
hawaiiska	hawaiian
hbt	homosexuella
hbtq	homosexuella
hd	harley davidson
he	put
heavy metal prickar	heavy metal
hebr	hebrew
hebreiska	hebrew
hed	moor
heden	heathen
hedendom	heathendom
heder	honour
hederlig	honorable
hederlighet	honorable
hedersam	honorable
hedersbetygelse	decoration of honor
hedersknyffel	jolly good fellow
hedersmord	honour killing
hedervärd	honorable
hedervärt	honorably
hedman	habitational
hedning	heathen
hedra	honour
hedvig	hedwig
hefaistos	hephaestus
heila	heil
hej	hi
heja	greet
hejaklacksledare	cheerleader
hejd	restraint
hejda	stop
hejdlös	rampant
hejdlöst	rampantly
hejsan	hey
hekatomb	hecatomb
hektar	hectare
hekto	hecto
hekto	hectogram
hektoliter	hectoliter
hektor	hector
hel	whole
hel special	hot dog bun
hela	entire
hela tiden	all the time
helare	healer
helg	holiday
helga	hallow
helgdag	holiday
helgdagar	holidays
helgondyrkan	worship
helgondyrkande	worship
helhet	whole
helig	holy
helig ibis	sacred ibis
helig ko	sacred cow
helikopter	helicopter
heller	neither
hellre	rather
helnot	whole note
helnöjd	delighted
helrör	whole bottle
helsingfors	helsinki
helsingör	zealand
helst	preferably
helsvensk	swedish
helt	entirely
heltal	integer
heltalsdelen	portion
heltid	full time
helvete	hell
helén	helena
hem	home
hem hemma	hem
hembränd	illegally
hembud	offer
hembygd	village
hemelektronik	consumer electronics
hemester	staycation
hemgift	dowry
hemisfär	hemisphere
hemkomst	homecoming
hemland	home
hemlig	secret
hemlighet	secret
hemligstämplad	classified
hemlis	secret
hemlängtan	home sickness
hemläxa	homework
hemlös	homeless
hemma	at home
hemmalag	home team
hemmamatch	home game
hemman	homestead
hemmaplan	home ground
hemom	via
hemort	residence
hemsida	home page
hemsida	homepage
hemsk	ghastly
hemslöjd	home industry
hemstad	hometown
hemställa	request
hemställan	request
hemsöka	haunt
hemvist	residence
hemåt	home
henne	her
hennes	hers
henny	henrika
henom	her
henrika	henrik
hens	her
heptan	heptane
heraldik	heraldry
heraldisk	heraldic
heraldiskt	heraldically
herde	herder
herdestund	tender
heroisk	heroic
heroiskt	heroically
herr	mister
herr	mr
herravälde	domination
herre	man
herren	the lord
herrens bön	lord's prayer
hertig	hertiginna
hertiginna	duchess
hesa fredrik	siren
hesekiel	ezekiel
hessian	hessian matrix
het	suffix
heterogen	heterogeneous
heterosexualitet	heterosexuality
heterosexuell	heterosexual
hetlevrad	hot blooded
hets	baiting
hets mot folkgrupp	agitation against
hetsa	set on
hetsare	agitator
hett ansikte	hot face
hettitiska	hittite
hetvägg	semla
heuristisk	heuristic
hex.till.dec	hex2dec
hexadecimalt	hexadecimal
hexan	hexane
hia	contain
hialös	impatient
hibiskus	hibiscus
hierarki	hierarchy
hierarkin	hierarchy
hierarkisk	hierarchical
hieroglyf	hieroglyph
hieroglyfer	hieroglyphs
higgsboson	higgs boson
higgspartikel	higgs boson
hilbertrum	hilbert space
himalaya	himalayas
himalayagyllenmes	himalayan black lored tit
himla	awfully
himlakropp	celestial body
himlen	sky
himmel	sky
himmelssfär	celestial sphere
hin	other
hin håle	devil
hind	doe
hinder	obstacle
hindra	prevent
hindutempel	hindu temple
hingst	stallion
hink	bucket
hinna	membrane
hinsidan	other
hinta	hint
hipp hipp hurra	hip hip hooray
hird	bodyguard
hiskia	hezekiah
hisklig	frightful
hispa	mental hospital
hispig	scatterbrained
hiss	elevator
hissa	hoist
hisspitch	elevator pitch
hist	historic
histidin	histidine
historia	history
historia	story
historielös	ignorant
historieskrivning	historiography
historievetenskap	history
historievetenskaplig	historical
historik	history
historiker	historian
historisk	historic
hithörande	associated
hitintills	hitherto
hitlista	hit list
hitta	find
hittad	found
hittelön	finder
hittills	so far
hitåt	here
hjord	herd
hjort	deer
hjorta	move
hjortdjur	deer
hjortron	cloudberry
hjul	wheel
hjulboja	wheel clamp
hjulgrävare	wheeled excavator
hjälm	helmet
hjälp	help
hjälpa	help
hjälpande kvinna	woman tipping hand
hjälpande man	man tipping hand
hjälper	helps
hjälplinjen	extend
hjälplös	helpless
hjälpmedel	technologies
hjälpprogram	assistive
hjälppräst	assistant priest
hjälpsam	helpful
hjälpsidan	customizing
hjälpte	helped
hjälpvampyr	help vampire
hjälte	hero
hjältebragd	heroic act
hjältedåd	heroic act
hjältemodig	heroic
hjältinna	heroine
hjärna	brain
hjärnblödning	cerebral hemorrhage
hjärnhalva	cerebral hemisphere
hjärnhinna	membrane
hjärnlob	brain lobe
hjärnstammen	brain stem
hjärntvätt	brain washing
hjärta	anatomical heart
hjärta	heart
hjärta i orange	orange heart
hjärta med pil	heart with arrow
hjärta med rosett	heart with ribbon
hjärtan	hearts
hjärtattack	heart attack
hjärtdekoration	heart decoration
hjärter	heart suit
hjärter	hearts
hjärtinfarkt	heart attack
hjärtlig	cordial
hjärtstartare	defibrillator
hjärtstillestånd	cardiac arrest
hjässa	crown
hk	horsepower
hockeyfrilla	mullet
hof	royal court
hojtarolja	alcoholic beverage
holaveden	sommen
holk	nest box
holl	dutch
holland	netherlands
holländare	dutch
holländsk	dutch
holländska	dutch
holmgång	duel
holofyletisk	holophyletic
homeopati	homeopathy
homeros	homer
homo	homosexual
homoerotisk	homoerotic
homoerotiskt	homoerotically
homofili	homosexuality
homofon	homophone
homogen	homogeneous
homograf	homograph
homomorfi	homomorphism
homomorfism	homomorphism
homonymi	homonymy
homosexualitet	homosexuality
homosexuell	homosexual
homoäktenskap	gay marriage
hon	she
hona	female
honblomma	female flower
honom	him
honung	honey
honungsburk	honey pot
honungsgrävling	honey badger
honungsskivling	honey fungus
hop	heap
hopa	row
hopfällt paraply	closed umbrella
hopp	hope
hoppa	jump
hoppar	jumps
hoppas	att
hoppas	hope
hoppborg	bouncy castle
hoppeligen	hopefully
hopplöst	hopelessly
hopprep	skipping rope
hoppsan	mistake
hopsydd	ihopsydd
hor	adultery
hord	horde
horisont	horizon
horisontell	horizontal
horisontellt	horizontally
horisontellt streck	horizontal bar
hormon	hormone
horn	horns
hornsimpa	sculpin
hornsugga	brush
horoskop	horoscope
horunge	whoreson
hospital	lodging
hostieskändning	host desecration
hot	threat
hota	threaten
hotbild	threat
hotell	hotel
hotellrum	hotel room
hotellyrke	hotel profession
hotfull	threatening
house	house music
hovmästare	headwaiter
hovrätt	court
hovrättsassessor	associate judge
hovrättsfiskal	reporting clerk
hovrättslagman	head
hovrättspresident	president
hovrättsråd	judge
hr	mr
hrr	messrs
hud	skin
hudlös	excoriated
hudsonspov	hudsonian godwit
hugg	stab wound
hugga	slash
huggmejsel	chisel
huggorm	viper
huggvapen	cutting weapon
hugskott	whim
hugsvala	comfort
hugsvalelse	comfort
huld	faithful
hulda	huldah
huligan	hooligan
human	humane
humla	bumblebee
humle	hop
hummer	lobster
humor	humour
humör	mood
hund	dog
hundansikte	dog face
hundar	dogs
hundfila	scold
hundkäx	cow parsley
hundkött	dog meat
hundloka	cow parsley
hundmat	dog food
hundra	hundred
hundrade	hundredth
hundralapp	banknote
hundratal	hundred
hundratusen	hundred thousand
hundratusental	hundred thousand
hundring	banknote
hundskatt	dog license
hundstjärnan	dog star
hundtandsgräs	bermuda grass
hundtunga	tongue
hundägare	dog owner
hungersnöd	famine
hungrig	hungry
hungrig som en varg	hungry
hur	how
hur kommer det sig	how come
hur mår du	how are you
hur så	why
hurdan	how
huri	houri
hurra	hooray
hurrarop	hooray
hurring	slap
hursa	huh
hurts	desk pedestal
huru	how
huruvida	whether
huruväl	albeit
hus	house
hus med trädgård	house with garden
husa	maidservant
husande	house
husband	live
husbonde	master
husdjur	domestic animal
husera	live
huset	house
husfolk	servant
hushåll	household
hushållerska	housekeeper
huskarl	housecarl
husmanskost	simple
husmoder	housewife
husmor	housewife
husmus	house mouse
husrannsakan	search
husrannsakningsorder	search warrant
husse	master
hussit	hussite
hussyrsa	house cricket
hustru	wife
husvagnsliv	trailer
hut	decency
huta	hut
hutlös	unreasonable
hutlöst	unreasonably
huttra	shiver
huv	hood
huva	hood
huvud	head
huvud	main
huvuddel	main part
huvuddiagonal	main diagonal
huvudet	head
huvudfråga	issue
huvudförhandling	main hearing
huvudgata	main street
huvudjägare	headhunter
huvudkontor	head office
huvudkälla	source
huvudman	principal
huvudområde	main area
huvudperson	main character
huvudsak	prime objective
huvudsaklig	main
huvudsakligen	mainly
huvudsats	main clause
huvudsida	homepage
huvudspråk	main language
huvudstad	capital city
huvudstad	capital
huvudstol	principal
huvudverk	great
huvudvärk	headache
huvudägare	main
hven	bentgrass
hy	skin
hyalin	hyaline
hyckla	hypocritical
hycklare	hypocrite
hyckleri	hypocrisy
hydda	hut
hydrat	hydrate
hydrobiolog	hydrobiologist
hydrobiologi	hydrobiology
hydrobiologisk	hydrobiological
hyf	hypha
hyfsa	trim
hyfsad	decent
hyfsat	rather
hygglig	good
hygglo	nice
hylle	perianth
hyllmeter	shelf meter
hyllt	skinned
hymn	anthem
hynda	bitch
hyperbel	hyperbola
hyperbol	hyperbole
hyperbolisk	hyperbolic
hyperboreisk	hyperborean
hyperboré	hyperborean
hyperdrift	hyperdrive
hypergeometriska	hypergeometric
hyperkomplext tal	hypercomplex number
hyperlänk	hyperlink
hyperlänkar	hyperlinks
hyperventilera	hyperventilate
hypgeomförd	hypgeomdist
hypnagog	hypnagogic
hypnos	hypnosis
hypnotisör	hypnotist
hypofys	hypophysis
hypotenusa	hypotenuse
hypotes	hypothesis
hypotesen	hypothesis
hypotetisera	hypothesize
hypotetisk	hypothetical
hyra	rent
hyrbil	rental car
hyrd	rented
hyresgäst	tenant
hyresnämnd	regional rent tribunal
hyresvärd	landlord
hyrkanmes	caspian tit
hysa	house
hyssjande ansikte	shushing face
hyssjat ansikte	hushed face
hysteriskt	hysterically
hytt	cabin
hytta	work
hyvel	plane
hyvla	plane
häck	hedge
häda	blaspheme
hädan	hence
hädanefter	hereafter
hädelse	blasphemy
häfta	stick
häfte	paper
häftig	rash
häftorgan	attachment organ
häger	heron
hägna	enclose
hägring	mirage
häkta	detain
häkte	custody
häl	heel
hälft	half
hälla	pour
hälla vätska	pouring liquid
hällde	poured
hälleberg	solid ground
hällkista	stone cist
hällregn	cloudburst
hällristning	petroglyph
hälsa	health
hälsena	achilles tendon
hälsingland	landskap
hälsning	greeting
hälsningen	greeting
hälsningsfras	salutation
hälsobrunn	kurort
hälsokälla	source
hälsosam	healthy
hälsovård	health care
hämma	inhibit
hämmare	inhibitor
hämnas	revenge
hämnd	vengeance
hämndlysten	vindictive
hämndlystnad	vindictiveness
hämta	get
hämtade	downloaded
hämtmatkartong	takeout box
hämtning	download
hän	away
hända	happen
hände	happened
händelse	event
händelseförlopp	sequence
händelsehorisont	event horizon
händelsen	event
händelser	events
händelsevis	by chance
händig	handy
hänga	hang
hänga på låset	opening hours
hängande	hanging
hängbana	suspension railway
hängiven	devoted
hängivenhet	devotion
hängivet	devotedly
hängmatta	hammock
hänseende	aspect
hänsyn	respect
hänsynslös	inconsiderate
hänvisa	reference
hänvisar	refers
hänvisning	reference
häpen	surprised
häpnadsväckande	astounding
här	this
härad	hundred
häradshövding	judge
häradsrätt	court
härav	hereof
härborta	over here
härbre	granary
härbärge	hotel
härbärgera	host
härd	stove
härdsmälta	nuclear meltdown
härefter	hereafter
härfågel	hoopoe
härför	herefore
härförare	military commander
häri	herein
härifrån	here
härigenom	herethrough
härinne	in here
härja	wage war
härjning	ravage
härk	castrated reindeer bull
härkomst	origin
härleda	deduce
härledning	deduction
härlighet	glory
härligt	sweet
härma	copy
härmapa	copycat
härnere	down here
härold	herald
härom	hereof
häromdagen	the other day
häromdan	the other day
härovan	here
härpå	hereon
härska	rule
härskara	host
härskare	ruler
härsklysten	despotic
härsklystnad	lust
härstamma	stem
härstamning	lineage
härstädes	here
härtagen	captured
härtill	hereto
härunder	hereunder
häruppe	up here
härutanför	outside here
härute	out here
häruti	herein
härutinnan	herein
härva	skein
härvid	hereby
häst	horse
hästansikte	horse face
hästar	horses
hästhuvud	horse
hästkapplöpning	horse racing
hästkraft	horsepower
hästkött	horsemeat
hästpolo	polo
hästsko	horseshoe
hätsk	bitter
hätskhet	bitterness
hätta	hood
häva	heave
hävd	maintenance
hävda	maintain
hävdaforskare	historian
hävdatecknare	historian
häxa	witch
häxdoktor	witch doctor
häxjakt	witch hunt
häxprocess	witch trial
håg	mind
hågkomst	memory
håglös	listless
håglöst	listlessly
hål	hole
håla	disreputable
håll	stop
håll	keep
håll truten	shut up
hålla	hold
hålla sig till	adhere
hålla tummarna	cross one's fingers
hållare	holder
hållbar	durable
hållfast	stable
hålligång	partying
hållning	posture
hållplats	stop
hålremsa	punched tape
hålslev	skimmer
hålven	vena cava
hån	scorn
håna	mock
hångla	make out
hår	hair
hård	hard
hård vokal	a
hårddisk	hard drive
hårdför	harsh
hårdna	harden
hårdrockare	metalhead
hårdskiva	hard drive
hårdvara	hardware
hårfin	hairline
hårig	hairy
hårklyveri	hair splitting
hårnål	hairpin
hårnålskurva	hairpin turn
hårstrå	strand
hårt	hard
håsa	rush
håv	hand net
hö	hay
höbal	haybale
höft	haunch
hög	high
hög hatt	top hat
hög ljusstyrka	bright button
höga	pile
höga porten	sublime porte
högaktning	respect
högborg	stronghold
höger	right
höger apostrof	right apostrophe
högerhand	right hand
högerhänt	right handed
högerjustera	right align
högerparti	right wing party
högerpekande finger	backhand index pointing right
högerpil	right arrow
högerpolitik	right wing politics
högerriktad	rightwards
högerriktad dubbelpil	rightwards double arrow
högerriktad pil	right pointing arrow
högerriktad pil från streck	rightwards arrow from bar
högerriktad pilloop	rightwards arrow loop
högerriktad streckad pil	rightwards dashed arrow
högerriktad trippelpil	rightwards triple arrow
högerriktad vågig pil	rightwards wave arrow
högersidoklass	right coset
högerspöke	caricature
högervänd näve	right facing fist
höggustaviansk	gustavian
höghastighetståg	bullet train
höghjuling	penny farthing
högklackad sko	high heeled shoe
högkultur	civilization
högkvarter	headquarters
höglager	warehouse
högland	highland
högljudd	loud
högljutt	aloud
högre	higher
högrest	tall
högskola	college
högskole och forskningsminister	minister
högskoleadjunkt	lecturer
högskolebibliotek	library
högskoleenhet	college unit
högskoleförordning	ordinance
högskolelag	law
högskolelektor	senior lecturer
högskolepoäng	college
högskolestyrelse	board
högskoleutbildning	college education
högskoleverk	agency
högsommar	high summer
högspänning	high voltage
högst	most
högsvenska	finland swedish
högsäsong	peak season
högt	loudly
högtalare	loudspeaker
högtalare	speaker low volume
högtalare	speaker
högtalare med hög volym	speaker high volume
högtalare med medium volym	speaker medium volume
högteknologi	high technology
högtid	holiday
högtidlig	ceremonious
högtryck	pressure
högtyska	high german
höj	promote
höja	raise
höjd	raised
höjd	height
höjd handrygg	raised back of hand
höjdare	high
höjdskräck	fear
höjer	raises
höjning	raise
hök	hawk
hökare	hawker
hökuggla	northern hawk owl
hölja	cover
höljd	covered
hölje	envelope
höll	agreed
höna	chicken
höna	hen
höns	hen
höra	hear
höra via djungeltrumman	hear through the grapevine
hörande	hearing
hörbart	audibly
hörd	heard
hörde	heard
hörlur	earphone
hörlur	headphone
hörn	corner
hörna	corner
hörnen	corners
hörsal	auditorium
hörsam	obedient
hörsamma	obey
hörsamt	obediently
hörsel	hearing
hörselskada kvinna	deaf woman
hörselskadad	deaf
hörselskadad man	deaf man
hörselskadad person	deaf person
hörsägen	hearsay
höskulle	hayloft
höst	autumn
höst	leaf
hösta	harvest
höstack	haystack
höstdagjämning	autumnal equinox
höstkantarell	funnel chanterelle
hötorget	stockholm
hövding	chief
hövitsman	commander in chief
i	y
i	in
i alla fall	anyhow
i bara mässingen	nude
i dödens käftar	jaws of death
i elfte timmen	eleventh hour
i fredags	last friday
i förrgår	yesterday
i gång	motion
i går	yesterday
i hela fridens namn	emphasis
i höstas	last autumn
i julas	last christmas
i land	industrialized
i landsproblem	first world problem
i lönndom	in secret
i lördags	last saturday
i mannaminne	minne
i måndags	last monday
i och för sig	when thinking about it
i onsdags	last wednesday
i onödan	unnecessarily
i pingstas	last pentecost
i påskas	last easter
i sin prydno	in all one's glory
i somras	last summer
i synnerhet	i
i söndags	last sunday
i tisdags	last tuesday
i torsdags	last thursday
i ur och skur	through thick and thin
i vintras	last winter
i våras	last spring
i ärlighetens namn	in all honesty
i övermorgon	tomorrow
iaktta	watch
iakttagbar	observable
ianspråkta	claim
ibl	sometimes
ibland	sometimes
icing	hockey
icke	not
icke	non
icke binär	icke
icke desto mindre	nevertheless
icke matematisk	icke
id knapp	id button
id kort	identification card
idag	era
idag	today
idas	be bothered
ide	den
ideal	ring
idealt	ideally
ideell	non profit
idel	empty
identifiera	identify
identifierad	identified
identifierande	identification
identifierar	identifies
identifierare	identifier
identifieras	identified
identifierbar	identifiable
identisk	identical
identiska	identical
identiskt lika med	identical to
identitet	identity
identitetskort	identity card
identitetsmatris	identity matrix
ideografisk punkt	ideographic period
ideografiska	ideographic
ideografiskt kommatecken	ideographic comma
ideogram	ideograph
ideologi	ideology
ideologisk	ideological
ideologiskt	ideologically
idiotsäker	foolproof
idissla	ruminate
idka	engage in
idog	hardworking
idogt	industriously
idre	dalarna
idrott	sport
idrottsarena	sports arena
idrottsförening	sports club
idrottsledare	sports manager
idrottsplats	stadium
idyll	place
idyllisk	idyllic
idé	idea
idéer	ideas
idéhistoria	history
idépolitik	idealistic politics
idérik	creative
idévärld	world
if	sport
ifiera	ify
ifrågasätta	question
ifrågavarande	this
ifrån	from
ifrån	subtract
igel	leech
igelkott	hedgehog
igen	again
igenkänning	recognition
igenkännlig	recognizable
igenom	through
ignorans	ignorance
ignorera	ignore
ignorerar	ignores
ignoreras	ignored
igång	motion
igår	yesterday
ihjäl	to death
ihjäl	kill
ihjälskjuten	shot to death
ihop	together
ihoprullad tidning	rolled up newspaper
ihärdig	tenacious
ihåg	remember
ihålig	hollow
ihålig cirkel	hollow circle
ik	sport
ikapp	race
ikon	icon
ikonen	icon
ikoner	icons
ikosaeder	icosahedron
ikraftträdande	effect
iktyos	ichthyosis
ikväll	tonight
il	gust
ila	hurry
ill	evil
illamående	nausea
illdåd	atrocity
iller	polecat
illustrera	illustrate
illvillig	ill willed
illvilligt	maliciously
ilska	anger
ilsken	angry
imaginär	imaginary
imitera	imitate
imkonjugat	imconjugate
imma	steam
immaterialrätt	intellectual property law
immateriell	immaterial
immateriella	intellectual
immigrera	immigrate
immunförsvar	immune system
immunisera	immunise
immunsystem	immune system
imorgon	tomorrow
impa	impress
imperativ	imperative
imperf	imperfect
imperfekt	imperfect tense
imperium	empire
implantat	implant
implementera	implement
implicera	imply
imponera	impress
import	importing
importera	import
importerade	imported
importerar	imports
importförbud	import ban
improdukt	improduct
improvisera	improvise
imrot	imsqrt
imupphöjt	impower
in	into
inaktiva	inactive
inaktivera	deactivate
inaktivera	disable
inaktiverad	disabled
inandning	inhalation
inbegripa	include
inbegripen	involved
inbetalning	cash receipt
inbilla	imagine
inbillning	imagination
inbilsk	conceited
inbilskhet	conceitedness
inbjuda	invite
inbjudan	invitation
inblandad	involved
inblandning	intervention
inblick	insight
inbrott	burglary
inbyggare	inhabitant
inbyggd	built in
inbäddad	embedded
inbäddade	embedded
inbördes	indoors
inbördeskrig	civil war
incitament	incentive
indelning	subdivision
indelningar	subdivisions
indexflikar	card index dividers
indexnivå	index level
indiansk	indian
indianspråk	indian
indicium	item
indien	india
indier	indian
indikator	indicator
indikera	indicate
indikerande	indicating
indikerar	indicates
indirekt	indirect
indisk	indian
indisk gyllenmes	indian black lored tit
indisk rupie	indian rupee
indiska	woman
indiska oceanen	indian ocean
individ	individual
individualanarkism	individualist anarchism
individualanarkist	individualist anarchist
individualanarkistisk	individualist anarchist
individualisera	individualize
individuellt	individually
indoeuropeisk	indo european
indoeuropé	indo european
indogermansk	indo germanic
indoktrinera	indoctrinate
indoktrinering	indoctrination
indones	indonesian
indonesien	indonesia
indonesiska	indonesian
indrag	indentation
indrag	indent
indragning	medicine
indriva	collect
indrivare	collector
induktionsbevis	proof by induction
industri	industry
industriell	industrial
industrien	industrin
industriland	industrialized
industristad	industrial city
ineffektivitet	inefficiency
inf	infinitive
infall	sudden idea
infaller	falls
infantil	childish
infart	entrance
infektera	infect
infektion	infection
infiltrera	infiltrate
infinitiv	infinitive
inflika	add
influensa	influenza
influera	influence
inflyta	arrive
inflytande	incoming
inflytelserik	influential
inflytelserikt	influentially
inflytelsesfär	sphere of influence
inflöde	inflow
infoga	insert
infogad	inserted
infogar	inserts
infogas	inserted
infogning	insertion
infogningar	insertions
infologi	information design
infordra	call
infordran	invitation
informationsbärare	information carrier
informationsdesign	information design
informationskrigföring	information warfare
informationssekreterare	information officer
informator	tutor
informatör	informer
informera	inform
infraröd	infrared
infrastruktur	infrastructure
infrastrukturminister	minister
infödd	native
inför	front
införa	introduce
ing	inga
inga	not
inga problem	no problem
ingalunda	not at all
ingefära	ginger
ingen	no
ingen alls	nobody at all
ingen fara på taket	the coast is clear
ingen ko på isen	the coast is clear
ingendera	neither
ingenjör	engineer
ingenjörsvetenskap	engineering science
ingenmansland	no man's land
ingenstans	nowhere
ingenting	nothing
ingrediens	ingredient
ingress	opening paragraph
ingå	included
ingående	intensive
ingång	entrance
ingången	entered
ingången	entrance
ingår	included
inhemsk	domestic
inifrån	from within
initial	proper
initialer	initials
initiativ	initiative
initiativtagare	initiator
initiera	initiate
initierad	initialized
initieringen	initiation
injektion	injection
injektiv	injective
inkapabel	incapable
inkast	throw in
inkl	including
inkludera	include
inkluderar	includes
inklusive	including
inkommande	incoming
inkommande brev	incoming envelope
inkompetens	incompetence
inkomst	income
inkomstkälla	source
inkorg	inbox tray
inkorporera	incorporate
inkrementet	increment
inkräkta	encroach
inkräktare	intruder
inkurans	unsellability
inkurant	unsaleable
inköpspriset	purchase
inleda	begin
inledande	introductory
inledande	leading
inledande citattecken	left quotation mark
inledande dubbel vinkelparentes	open double angle bracket
inledande hakparentes	open square bracket
inledande halv hörnparentes	open corner bracket
inledande klammerparentes	open curly bracket
inledande ofylld halv hörnparentes	open hollow corner bracket
inledande ofyllt konkavt parentestecken	open hollow lens bracket
inledande sköldpaddsskalsparentes	open tortoise shell bracket
inledande svart konkavt parentestecken	open black lens bracket
inledande vinkelparentes	open angle bracket
inledning	introduction
inledningsvis	initially
inleds	begins
inlägg	insertion
inlärd	learned
inlärd hjälplöshet	learned helplessness
inlärningssvårighet	learning disability
inlösningsvärde	redemption
inmatning	input
inmatningsfält	input field
inmatningsmasken	mask
inmatningsrad	input line
inna	ess
innan	before
innanför	inside
inne	in
innebandy	floorball
innebandylandskamp	floorball match
inneboende	inherent
innebär	means
innebära	imply
innebörd	implication
inneha	hold
innehavare	owner
innehåll	content
innehålla	contain
innehåller	contains
innehållet	contents
innehållsdiger	full
innehållsförteckning	table of contents
innehållsrik	condensed
inneröra	inner ear
innevarande	present
innevånare	inhabitant
innovativ	innovative
innovera	innovate
inom	within
inomhus	inside
inomskärs	archipelago
inomvärldslig	worldly
inordna	arrange
inpå	on
inramning	framing
inramning	borders
inre	inner
inre produkt	interior product
inrikes	at home
inrikesdepartement	ministry
inrikesministerium	ministry
inrikespolitik	domestic policy
inrikta	direct
inriktad	aimed
inriktning	direction
inringat	circled
inrop	purchase
inrätta	install
insamla	collect
insamlade	collected
insamling	gathering
insats	inset
insatsstyrka	special force
inse	realize
insegel	seal
insekt	insect
insexnyckel	allen key
insikt	knowledge
insiktsfull	insightful
insinuera	insinuate
insistera	insist
insjukna	sicken
insjuknande	becoming ill
insjö	lake
inskriptionell	inscriptional
inskränka	restrict
inskränkning	restriction
inskränkt	restricted
inskränkthet	narrow mindedness
inslag	weft
inslagen	wrapped
inslagen present	wrapped gift
insnärja	ensnare
insnärjd	ensnared
inspark	goal kick
inspektera	inspect
inspektion	inspection
inspektor	inspector
inspektör	inspector
inspelning	recording
inspelningsknapp	record button
inspirationskälla	source
inspirera	inspire
inspirerande	inspiring
inst	institute
installationen	installation
installera	install
installerade	installed
installerar	installing
instans	instance
instanser	instances
instifta	institute
institut	institute
institution	department
institutionell	institutional
instruera	instruct
instruktion	instruction
instruktioner	instructions
instruktionsuppsättning	instruction set
instruktör	instructor
instrument	device
instrumentbräda	dashboard
inströmma	instream
inställa	cancel
inställning	attitude
inställningar	settings
inställningarverktyg	preferencestools
inställningen	setting
inställsam	slimy
instämma	agree
instängd	locked
insyn	insight
insändare	letter
insättningens	deposit
inta	enter
inte	not
inte desto mindre	nonetheless
inte ett dyft	nothing at all
inte ha en aning	have a clue
inte ha en susning	have a clue
inte lika med	not equal
inte mindre än	not less than
inte riktigt klok	inte riktig
inte större än	not greater than
integralens	lowerlimit
integralkalkyl	integral calculus
integrations och jämställdhetsminister	minister
integrationsdepartement	ministry
integrationskonstant	constant of integration
integrationsminister	minister
integrera	integrate
integrerad	integrated
integrerad krets	integrated circuit
integritet	integrity
intellekt	intellect
intellektuell	intellectual
intelligens	intelligence
intelligenskvot	intelligence quotient
intelligent	bright
intendent	superintendent
intensiteten	intensity
intensiv	intensive
intensivvårdsavdelning	icu
interagera	interact
interaktion	interaction
interaktiva	interactive
interaktivt	interactively
interferera	interfere
intergalaktisk	intergalactic
interinstitutionell	interinstitutional
interj	interjection
interjektion	interjection
interkulturell	intercultural
intern	internal
interna	internal
internationell	international
interoperabilitet	interoperability
interpolera	interpolate
interpolerar	interpolates
interpolering	interpolation
interpunktion	punctuation
intervall	interval
intervenera	intervene
intervju	interview
intervjua	interview
intet	nothing
intetsägande	inane
intill	next to
intilliggande	adjacent
intressant	interesting
intresse	interest
intresseklubben antecknar	expression
intresseorganisation	interest group
intressepolitik	special interests politics
intressera	interest
intresserad	interested
intressesfär	sphere of interest
introducera	introduce
introduktion	introduction
intryck	impression
inträde	admission
inträde	entry
inträdesbiljetter	admission tickets
inträffa	happen
inträffar	occurs
intränga	intrude
intrång	intrusion
intyg	certificate
intyga	attest
intäkt	revenue
intåg	march
inuti	in
inuti	inside
inv.rt	chisq.inv.rt
invadera	invade
inval	election
invandra	immigrate
invandrare	immigrant
invandring	immigration
invasionsstyrka	invasion force
invektiv	invective
inventarium	inventory
inventera	inventory
inverka	influence
inverkan	influence
invers matris	inverse matrix
inversa	inverse
invertera	invert
inverterad punkt	inverse bullet
inverterar	inverts
inverteras	inverted
inverterat frågetecken	inverted question mark
inverterat utropstecken	inverted exclamation mark
inverterbar	invertible
inverterbar matris	invertible matrix
investera	invest
investering	investment
investeringsbank	investment bank
invid	next
involvera	involve
involverade	involved
invända	argue
invändig	internal
invänta	await
invärtes	internal
invånarantal	population
invånare	resident
inympa	inoculate
inympning	engrafting
inäga	infield
inälva	gut
inåt	inward
ip adress	ip address
iq	intelligence quotient
ir	irr
irak	iraq
irakier	iraqi
irakiska	woman
iranier	iranian
iranska	woman
iriomotemes	iriomote tit
irisera	iridesce
iriska	irish
irland	ireland
irländare	irelander
irländska	ireland
ironi	irony
ironiskt	ironically
irrationell	irrational
irrationellt	irrationally
irreguljär	irregular
irrelevant	irrelevantly
irritera	irritate
irriterande	irritating
irrlära	heresy
irène	irene
is	diminutive
is	water
isai	jesse
isak	isaac
isberg	iceberg
isbit	ice
isbjörn	polar bear
isbrytare	starkwater
iscensatt	staged
iscensätta	stage
isflak	ice floe
ishockey	ice hockey
isk	ish
iskaffe	iced coffee
iskall	ice cold
islamisk	islamic
islamiska	islamic
island	iceland
isländsk	icelandic
isländska	icelandic
islänning	icelander
ism	kommunism
ismassa	volume
ismås	ivory gull
isolator	insulator
isolera	isolate
isoleucin	isoleucine
isometri	isometry
isometrisk	isometric
isomorf	isomorphic
isomorfi	isomorphism
isoton	isotone
isotop	isotope
ispravnik	ispravnic
israel	israeli
israelisk	israeli
israeliska	woman
israelit	israelite
isskrapa	scraper
ist	pianist
istapp	icicle
ister	lard
istället	instead
isväg	ice road
isär	apart
it	italian
it	coder
it säkerhet	information technology security
it tekniker	technologist
italien	italy
italienare	italian
italiensk	italy
italienska	italian
item	also
iterationer	iterations
iterationssteg	iteration
iterativa	loops
itet	ity
itu	apart
iv	ive
ivar	ivor
iver	eagerness
ivoriansk	ivorian
ivrigt	eagerly
iväg	away
iögonfallande	eye catching
ja	yes
ja sägare	yes man
jacka	coat
jacka	jacket
jag	i
jag behöver	i need
jag förstår inte	i don't understand
jag tror det	i think so
jag vet inte	i don't know
jag älskar dig	i love you
jag älskar dig gest	love you gesture
jag är hungrig	i am hungry
jag är inte religiös	i'm not religious
jaga	hunt
jagare	destroyer
jagpsykologi	ego psychology
jaha	understanding
jak	yak
jaka	yes
jakande	affirmative
jakob	jacob
jakt	hunt
jalla	come on
jalusi	window blinds
jam	meow
jama	meow
jamaicansk	jamaican
jan	january
janitsjar	janissary
janssons frestelse	casserole dish
januari	january
jap	japanese
japanare	alley oop
japansk	japan
japansk användning knapp	japanese application button
japansk fullbelagt knapp	japanese no vacancy button
japansk fynd knapp	japanese bargain button
japansk förbjudet knapp	japanese prohibited button
japansk godkänt betyg knapp	japanese passing grade button
japansk godtagbart knapp	japanese acceptable button
japansk grattis knapp	japanese congratulations button
japansk hemligt knapp	japanese secret button
japansk här knapp	japanese here button
japansk kommatering	part alternation mark
japansk lediga rum knapp	japanese vacancy button
japansk månadsbelopp knapp	japanese monthly amount button
japansk rabatt knapp	japanese discount button
japansk reserverad knapp	japanese reserved button
japansk serviceavgift knapp	japanese service charge button
japansk symbol för nybörjare	japanese symbol for beginner
japanska	japanese
japanska dockor	japanese dolls
japanskt monster	ogre
japanskt postkontor	japanese post office
japanskt slott	japanese castle
japanskt troll	goblin
jargong	jargon
jaspis	jasper
javanesiska	javanese
jeanette	jeannette
jeltsin	yeltsin
jemen	yemen
jeppe	unpaired boy
jeremia	jeremiah
jerker	dialectal
jesaja	isaiah
jessika	jessica
jeti	yeti
jfr	cf
jiddisch	yiddish
jiddra	talk
jo	justitieombudsmannen
jo	yes
joachim	joakim
jobb	job
jobba	work
jobbansökan	job application
jobbig	onerous
jod	iodine
jodid	iodide
jogga	jog
johanna	joanna
johannes	john
johansson	sweden
john blund	sandman
johnsson	jonsson
jojk	style
jojka	sing
jojo	yo yo
jokertecken	wildcards
jokk	creek
jon	ion
jon	johannes
jona	jonah
jonas	jonah
jonglera	juggle
jonglerar	juggling
jonglör	juggler
jonil	guru
jonisk	ionic
joniska havet	ionian sea
jonne	bicycle
jonny	johnny
jonosfär	ionosphere
joppe	marijuana
jord	earth
jorda	ground
jordafärd	funeral procession
jordanien	jordan
jordbruk	agriculture
jordbrukare	farmer
jordbruksbudget	agricultural budget
jordbruksdepartement	ministry
jordbrukskommitté	committee
jordbruksminister	minister
jordbruksutskott	committee
jordbävning	earthquake
jordekorre	chipmunk
jorden	earth
jordfräs	tiller
jordfärg	earth colour
jordglob	globe
jordglob asien australien	globe showing asia australia
jordglob europa afrika	globe showing europe africa
jordglob med meridianer	globe with meridians
jordglob nord och sydamerika	globe showing americas
jordgubbe	strawberry
jordgubbsjuice	strawberry juice
jordklot	globe
jordkula	den
jordledare	ground
jordmandel	chufa
jordmassa	volume
jordnära	down to earth
jordnöt	peanut
jordnötssmör	peanut butter
jordnötter	peanuts
jordreform	land reform
jordrök	fumitory
jordskalv	earthquake
jordskred	landslide
jordsvin	aardvark
jordvarg	aardwolf
jordägare	landowner
jordärtskocka	jerusalem artichoke
jos	fruit juice
josef	joseph
josua	joshua
jota	iota
jour	emergency duty
jourbutik	convenience store
journal	magazine
journalfilm	newsreel
journalistik	journalism
jox	junk
ju	desto
juda	judah
jude	jew
judendom	judaism
judenhet	jewry
judetyska	yiddish
judinna	jewess
judisk	jewish
judit	judith
judoutövare	judoka
jugge	yugoslavia
jugoslavien	yugoslavia
jugoslavisk	yugoslav
jugoslaviska	woman
juice	fruit juice
jul	christmas
julafton	christmas eve
juldag	christmas day
julgran	christmas tree
julgransfot	pot
julgranskula	christmas bauble
julgransplundring	christmas tree
juli	july
julia	juliet
juliamängd	julia set
julkalender	advent calendar
julklapp	christmas present
julkula	bauble
julmust	carbonated soft drink
julspel	nativity play
julsång	christmas carol
jultomte	father christmas
jultomte	santa claus
julön	christmas island
jun	june
jungfru	virgin
jungfrukälla	spring
jungfrun	virgo
jungfrutrana	demoiselle crane
jungfruöarna	virgin
juni	june
jur	law
juridik	law
juridisk	legal
juridisk sakkunnig	legal adviser
jurist	legal
jurta	yurt
just	simply
just nu	right now
justera	adjust
justera	align
justerar	aligns
justeras	adjusted
justerbara	magnetic
justering	adjustment
justering	alignment
justeringen	modifies
justersåg	panel saw
justis	justice
justitie	justice
justitiedepartement	ministry
justitiekansler	chancellor
justitieminister	minister of justice
justitiemord	wrongful conviction
justitieombudsman	parliamentary ombudsman
justitieråd	justice
justitieutskott	committee
jute	jutlander
juvel	jewel
juver	udder
jycke	dog
jylland	jutland
jädrans	damn
jägare	hunter
jägmästare	forester
jäkta	hurry
jäktig	hectic
jämför	imperative
jämföra	compare
jämförande	comparative
jämförd	compared
jämförelse	comparison
jämförelser	comparisons
jämförelsevis	relatively
jämfört	compared
jämlikhet	equality
jämn	even
jämn	smooth
jämn funktion	odd function
jämna	flatten
jämna	even
jämnmod	equanimity
jämnt	evenly
jämnårig	equal age
jämställa	equal
jämställd	equal opportunity
jämställdhet	gender equality
jämställdhetsdepartement	ministry
jämställdhetsminister	minister
jämt	always
jämte	besides
jämväl	still
jänta	girl
jäpp	yep
järn	iron
järnhälsa	good health
järnmalm	iron ore
järnsparv	dunnock
järnspett	wedge
järntacka	iron ingot
järnväg	railway
järnvägars	curse
järnvägsfrimärke	postage stamp
järnvägsförvaltning	railroad administration
järnvägsspår	railway track
järnvåg	iron weighing
järpe	hazel grouse
järtecken	omen
järv	wolverine
jäsa	ferment
jäst	yeast
jätte	jotun
jätte	very
jättebra	very good
jättebra	great
jättedålig	awful
jättekiva	very nice
jätteliten	tiny
jättestinkfloka	ferula communis
jättestor	huge
jävig	partial
jävlar	damn
jökel	glacier
jöns	johannes
kaba	kaaba
kabel	cable
kabinbana	aerial tramway
kabinett	cabinet
kabinettssekreterare	state secretary
kabingolv	cabin floor
kabling	cabling
kackerlacka	cockroach
kackig	crappy
kad	catheter
kader	cadre
kadmium	cadmium
kaffe	coffee
kaffeblandning	coffee blend
kaffeblask	coffee
kaffebricka	coffee tray
kaffebryggare	coffeemaker
kaffebryggning	coffee
kaffebröd	sweet
kaffeburk	coffee can
kaffebuske	coffee
kaffeböna	coffee bean
kaffefat	coffee saucer
kaffegök	coffee
kaffehus	coffeehouse
kaffekanna	coffee pot
kaffekask	schnapps
kaffekopp	coffee cup
kaffekvarn	coffee grinder
kaffelank	coffee
kaffemärke	coffee brand
kaffepumla	coffee pot
kaffepumpa	percolator
kaffetips	hint
kagge	keg
kaj	quay
kaja	jackdaw
kajak	kayak
kaka	cookie
kaka på kaka	tautology
kakadua	cockatoo
kakao	cocoa
kakburk	cookie jar
kakelplatta	tiles
kakigōri	shaved ice
kakkalas	cookie party
kaktus	cactus
kal	bare
kalabalik	tumult
kalanderlärka	calandra lark
kalas	party
kalasa	feast
kalcium	calcium
kalciumklorid	calcium chloride
kaldéen	chaldea
kaleb	caleb
kaleidoskop	kaleidoscope
kaleidoskopisk	kaleidoscopic
kalendarium	calendar
kalender	calendar
kalenderbitare	buff
kalenderflicka	calendar girl
kaliber	calibre
kalikå	calico
kalium	potassium
kaliumhydroxid	potassium hydroxide
kaliumsorbat	potassium sorbate
kalk	limestone
kalkflis	limestone
kalkon	turkey
kalksten	limestone
kalkyl	calculation
kalkylator	calculator
kalkylblad	spreadsheet
kallad	called
kallas	called
kalldusch	cold shower
kalligrafera	calligraph
kallna	cool
kallprat	small talk
kallsinnig	cold
kallsinnigt	coldly
kallskuret	cold cuts
kallsup	accidentally inhaling water
kallt	cold
kallt ansikte	cold face
kalmarit	kalmar
kalospinterokromatokrene	fountain
kalsonger	underpants
kalv	calf
kalva	cow
kam	comb
kambodja	cambodia
kamel	bactrian camel
kamel	two hump camel
kamelia	camellia
kamera	camera
kamera med blixt	camera with flash
kamerasystem	camera system
kamerun	cameroon
kamfer	camphor
kamin	stove
kamma	comb
kammare	chamber
kammarrätt	administrative court
kammarrättsassessor	associate judge
kammarrättsfiskal	reporting clerk
kammarrättslagman	head
kammarrättspresident	president
kammarrättsråd	judge
kammaråklagare	district prosecutor
kamomill	camomile
kampanil	campanile
kampanj	campaign
kamping	camping
kampsportdräkt	martial arts uniform
kamrat	friend
kamrer	accountant
kan	can
kana	slide
kanada	canada
kanadames	boreal chickadee
kanadensisk	canadian
kanadensiska	woman
kanadensiska	canadian
kanal	canal
kanal	invoked
kanaler	channels
kanalisera	canalise
kandidat	candidate
kandidatexamen	bachelor
kandidera	candidate
kanel	cinnamon
kanin	rabbit
kaninansikte	rabbit face
kaninöron	dancer
kanna	pot
kanon	cannon
kanot	canoe
kanske	maybe
kansler	chancellor
kansli	office
kanslichef	head
kansliråd	deputy director
kanslisekreterare	administrative officer
kansliskrivare	clerk
kant	edge
kanta	border
kantarell	chanterelle
kanter	edges
kantin	canteen
kantis	chanterelle
kanton	canton
kantra	founder
kaos	chaos
kaosteori	chaos theory
kap	cape
kapa	hijack
kapacitans	capacitance
kapell	chapel
kapital	grave
kapital	principal
kapitalisera	capitalize
kapitalism	capitalism
kapitalist	capitalist
kapitaltäckning	capital requirement
kapitaltäckningsgrad	capital adequacy ratio
kapitel	chapter
kapitulera	capitulate
kapitäl	small caps
kapitäler	capitals
kapmes	grey tit
kapp	ikapp
kappa	coat
kapprusta	partake
kapprustning	arms race
kappsegling	sailing
kapris	caper
kapsyl	bottle cap
kapsylöppnare	bottle opener
kapten	captain
kaptenen	captain
kaputt	kaput
kar	tub
karakterisera	characterize
karakteristik	characteristic
karakteristisk	characteristic
karakteristiskt polynom	karakteristisk
karaktär	character
karaktärisera	characterize
karaktäristik	characteristic
karaktäristisk	characteristic
karamell	sweet
karantän	quarantine
karbad	bath
karbin	carbine
karbinhake	carabiner
karboxylsyra	carboxylic acid
karbunkellik	carbuncular
karbunkellikt	carbuncularly
karburator	carburetor
kardborre	burdock
kardinal	cardinal
kardinaltal	cardinal number
karelen	karelia
karl	man
karm	frame
karmosinröd	crimson
karolin	coin
karolina	karl
karolinasumphöna	sora
karolinatita	carolina chickadee
karp	carp
karpaltunnel	carpal tunnel
karpaterna	carpathians
karpvindstrut	carp streamer
karriär	career
karta	map
karta över japan	map of japan
kartesisk koordinat	cartesian coordinate
karthago	carthage
kartlägga	map
kartläggare	investigator
kartläggning	cartography
kartnål	pushpin
kartograf	cartographer
kartografi	cartography
kartografisk	cartographic
kartong	cardboard
kartotek	card file box
kartritare	mapper
kartritning	mapping
kartskåp	map cabinet
kartusch	cartouche
karusell	roundabout
karusellhäst	carousel horse
kasa	halka
kasern	barracks
kasino	casino
kaspar	caspar
kaspisk pipare	charadrius asiaticus
kaspisk trut	caspian gull
kaspiska havet	caspian sea
kassa	capital
kassako	cash cow
kassaskåp	safe
kassasystem	cash register
kassavalv	safe deposit
kassett	cassette
kassör	treasurer
kast	throw
kasta	throw
kasta	cast
kasta handsken	throw down the gauntlet
kasta in handduken	throw in the towel
kasta pärlor för svin	cast pearls before swine
kasta åt vargarna	throw to the wolves
kastanj	chestnut
kastanj	horse chestnut
kastas	thrown
kastilien	castile
kastrull	saucepan
kastrullock	saucepan lid
kasus	case
kata	cata
katakana mellanpunkt	katakana middle dot
katalan	catalan
katalansk	catalan
katalanska	catalan
katalog	catalog
katalog	directory
kataloger	directories
katalogisera	catalog
katalysator	catalyst
katastrof	catastrophe
katastrofal	disastrous
katastrofteori	catastrophe theory
katedersocialism	socialism of the chair
katedersocialist	socialist of the chair
katedral	cathedral
katedralskola	cathedral school
kategori	category
kategorier	categories
kategorisera	categorize
kategoriteori	category theory
katet	cathetus
katod	cathode
katodstråle	cathode ray
katodstråleoscillograf	oscilloscope
katodstrålerör	cathode ray tube
katolik	catholic
katolsk	catholic
katt	cat
katta	cat
kattansikte	cat face
kattansikte med snett leende	cat with wry smile
kattdjur	cat
kattegatt	kattegat
katter	cats
kattmat	cat food
katträv	swift fox
kattsand	kitty litter
kattuggla	tawny owl
kaukasien	caucasus
kaukasus	caucasus
kavalleri	cavalry
kavel	rolling pin
kaviar	caviar
kazakiska	kazakh
kazakstan	kazakhstan
kebaberia	restaurant
kedja	chain
kedjebråk	continued fraction
kedjehus	link detached house
kedjekurva	catenary
kedjereaktion	chain reaction
kedjeskydd	chain guard
kedjor	chains
keff	bad
kejsardöme	empire
kejsare	kejsarinna
kejsarinna	empress
kejsarsnitt	caesarean section
kejsarörn	eastern imperial eagle
kejserlig	imperial
kela	cuddle
kelgris	pet
kelsjuk	cuddle
keltisk	celtic
keltiska	celtic woman
kem	chemistry
kemi	chemistry
kemikalie	chemical
kemisk	chemical
kemist	chemist
kemtvätt	dry cleaning
kennet	kenneth
kenotaf	cenotaph
kentaur	centaur
kenth	kent
kentsk tärna	sandwich tern
keps	cap
keramik	ceramic
keramikverkstad	ceramics workshop
kerub	cherub
keso	cottage cheese
keton	ketone
kex	cookie
kicka	kick
kidnappa	kidnap
kidnappare	kidnapper
kidnappning	kidnapping
kika	look
kikare	binoculars
kil	wedge
killa	itch
killbacill	cootie
kille	guy
killing	kid
kilo	kilogram
kilocykler	kilocycles
kilometer	kilometre
kilskrift	cuneiform
kina	china
kind	cheek
kines	chinese
kinesa	stay the night
kinesisk	chinese
kinesiska	chinese
kinesiska taipei	chinese taipei
kinetik	kinetics
kinin	quinine
kinkig	picky
kioskmongo	idiot
kippa	kippah
kirgizistan	kyrgyzstan
kirra	fix
kirurg	surgeon
kirurgi	surgery
kisa	squint
kisel	silicon
kiss	pee
kisse	cat
kissnödig	urinate
kista	box
kista	coffin
kitschig	kitschy
kittel	cauldron
kittelflickare	tinker
kittla	tickle
kiv	row
kiwifrukt	kiwi fruit
kjol	skirt
kl	o'clock
kladdkaka	sticky cake
klaff	leaf
klaffel	valvular heart disease
klaga	complain
klagar	complaining
klagomål	complaint
klagovisa	lament
klammerparentes	curly bracket
klammerparentes	brace
klammerparenteser	braces
klandervärd	blameworthy
klandra	blame
klang	sound
klant	clumsy
klappa	clapperboard
klappande händer	clapping hands
klappbräda	batlet
klappjakt	battue
klappträ	battledore
klar	ready
klara	manage
klara färdiga gå	klar
klara färdiga gå	klara
klargöra	clarify
klargörande	clarification
klarhet	clarity
klarinett	clarinet
klarinettist	clarinetist
klarna	clear
klarskinn	fish skin
klarspråk	plain
klarsynt	clear sighted
klart	clearly
klartext	cleartext
klas	niklas
klase	bunch
klass	class
klassa	class
klasser	classes
klassfoto	class photo
klassicistisk	classicistic
klassificera	classify
klassisk	classical
klassisk byggnad	classical building
klasskamrat	classmate
klassklyfta	gap
klasslös	classless
klassmål	particularly excellent goal
klassrum	classroom
klassrummet	classroom
klaustrofobi	claustrophobia
klaviatur	musical keyboard
klen	weak
kleopatra	cleopatra
klet	goo
kletig	gooey
klev	rift
klia	scratch
klick	clique
klicka	click
klickade	clicked
klickmagnet	clickbait
klient	client
klientel	clientele
klientstat	client state
klimat	climate
klimatflykting	climate refugee
klimatförnekare	climate denier
klimatförändring	climate change
klimatkompensation	carbon offset
klimatolog	climatologist
klimatologi	climatology
klimatologisk	climatological
klimatstyrning	climate control
klimatångest	anxiety
klingonska	klingon
klinik	clinic
kliniker	clinician
klinisk	clinical
klintbergare	urban legend
klipp	cut
klippa till	punch
klippdass	hyrax
klippduva	rock pigeon
klipper	cuts
klister	glue
klistra	glue
klistra	paste
klistrar	pastes
klistras	pasted
klittra	clitoris
kliva	step
klo	claw
klocka	clock
klockan	o’clock
klockslag	chime
klocktorn	clock tower
klok	wise
klokt	cleverly
klon	clone
klona	clone
klordioxid	chlorine dioxide
klorera	chlorinate
klorfluorid	chlorine fluoride
klorid	chloride
klormonofluorid	chlorine monofluoride
klormonoxid	chlorine monoxide
klorpentafluorid	chlorine pentafluoride
klorsyrlighet	chlorous acid
klortrifluorid	chlorine trifluoride
kloss	block
kloster	monastery
klot	ball
klotter	clutter
klotytefunktion	spherical harmonics
klubb	club
klubba	club
klubba	lollipop
klump	lump
klusil	stop
kluster	cluster
klyfta	clove
klyftig	clifty
klyka	crotch
klyva	split
klä	clothe
klä	dressed
kläcka	hatch
kläda	dress
klädd	dressed
kläde	cloth
kläder	clothes
klädesplagg	garment
klädhängare	coat hanger
klägg	gunk
kläm	squeeze
klämdag	workday squeeze
klämma	clamp
klänga	cling
klänning	dress
klärvoajant	clairvoyant
klättra	climb
klättrade	climbed
klättrar	climber
klättrare	climber
klättring	climbing
klå	beat
klåfingrig	meddlesome
klökas	feel
klösa	scratch
klöv	cloven
klövdjur	hoof
klöver	clover
klöver	club suit
knacka	knock
knaffel	knork
knaggla	push on
knagglig	rough
knaka	creak
knap	cleat
knapp för nästa spår	next track button
knapp för sista spåret	last track button
knapp för snabbspola tillbaka	fast reverse button
knapparna	buttons
knappast	hardly
knappen	button
knappnål	round pushpin
knappologi	exaggerated
knappt	hardly
knapptelefon	push button telephone
knark	narcotic
knarka	narcotic
knarkare	drug addict
knattar	children
kned	spife
knega	walk
knegare	worker
knekt	knight
knep	trick
knepig	tricky
knepigt	trickily
knipa	jam
knippa	bunch
knippe	bunch
kniv	knife
kniv och gaffel	fork and knife
knivdåd	knifing
knivhugg	cut
knivhugga	cut
knivhuggen	knifed
knivig	tricky
knivjunkare	troublemaker
knivskuren	cut
knivskära	stab
knjaz	knyaz
knodd	child
knoge	knuckle
knop	knot
knoparmoj	cant
knopp	bud
knottra	adenoma
knuffa	jostle
knull	fuck
knulla	have sex
knullkompis	fuck buddy
knullrufs	sex hair
knut	knot
knuta	swelling
knuten hand	oncoming fist
knycka	yank
knyst	sound
knyta	tie
knytkalas	potluck
knytnäve	fist
knytnäve i luften	raised fist
knä	knee
knäck	swedish toffee
knäcka	crack
knäckebröd	crisp bread
knähund	lap dog
knäkudde	hassock
knäpp	weird
knäppa	button up
knäppgök	wacko
knäsatt	adopted
knäsittande	kneeling
knäsittande kvinna	woman kneeling
knäsittande man	man kneeling
knäsittande person	person kneeling
knäskål	kneecap
knäsätta	adopt
knät	knee
knäveck	knee pit
knåda	knead
knö	crowd
knöl	hump
knölsvan	mute swan
knölsvärta	melanitta deglandi
knös	rich
ko	cow
koalitionsregering	coalition government
koalitionsstyrka	coalition force
koansikte	cow face
kobolt	cobalt
koboltmes	african blue tit
kobra	cobra
kock	cook
kock	chef
kockkniv	chef's knife
kod	code
kodad	encoded
kodapa	code monkey
kodifiera	codify
kodning	encoding
kodorden	codewords
koefficient	coefficient
koefficienten	coefficient
koefficienter	coefficients
koffert	trunk
kofot	crowbar
kofta	cardigan
koger	cocker
kohort	cohort
kohortstudie	cohort study
kohäger	cattle egret
koj	berth
koja	hut
koka	boil
koka upp	boil up
kokain	cocaine
kokbok	cookbook
kokettera	coquet
kokkaffe	coffee bean
kokosmjölk	coconut milk
kokosnöt	coconut
kokospalm	coconut
kokpunkt	boiling point
koksalt	salt
kokt	boiled hot dog
kokt ris	cooked rice
kol	carbon
kol	kroniskt obstruktiv lungsjukdom
kol	col
kolare	charcoal
koldioxid	carbon dioxide
kolera	cholera
koleriker	choleric
kolerisk	choleric
kolesterol	cholesterol
kolgruva	coalmine
kolhydrat	carbohydrate
kolibri	hummingbird
kolik	colic
kolja	haddock
koll	look
kolla	check
kollaboratör	collaborator
kollaborera	collaborate
kollegium	colleague
kollektiv	collective
kollektivavtal	collective bargaining agreement
kolli	luggage
kollidera	collide
kollision	collision
kollo	camp
kolmila	charcoal stack
kolmonoxid	carbon monoxide
kolning	charcoal
kolon	colon
koloni	colony
kolonial	colonial
kolonialism	colonialism
kolonisera	colonize
kolonist	colonist
kolonn	column
kolosserbrevet	colossians
koloxid	carbon monoxide
kolpanna	coal burner
kolsyra	carbonic acid
koltrast	blackbird
kolumn	column
kolumnbredd	column width
kolumner	columns
kolumnmarkör	marker
kolumnmarkörer	markers
kolv	piston
kolväte	hydrocarbon
kolymasnäppa	great knot
kom	came
kom igen	come on
kom ihåg block	memo
koma	coma
kombination	combination
kombinationsfält	combo box
kombinationsfält	combo
kombinatorik	combinatorics
kombinatoriker	combinatorialist
kombinera	combine
kombinerar	combines
kombineras	combined
kombinerat	unlike
komedi	comedy
komet	comet
komiker	comedian
komma	come
kommande	coming
kommando	command
kommandoctrl	commandctrl
kommandofönster	command
kommandoknapp	command button
kommandoknapp	push
kommandon	commands
kommandot	command
kommatecken	comma
kommatecken	commas
kommendant	commanding officer
kommendör	captain
kommendörkapten	commander
kommensurabel	commensurable
kommentar	comment
kommentarer	comments
kommentarsfält	comment section
kommentera	comment
kommenterad	commented
kommenteras	inspected
kommer	will
kommers	commerce
kommerskollegium	national board
komminister	assistant vicar
kommissarie	superintendent
kommission	commission
kommissionär	commissioner
kommitté	committee
kommittébetänkande	committee report
kommittésekreterare	secretary
kommun	municipality
kommun och finansmarknadsminister	minister
kommunal	municipality
kommunalråd	municipal commissioner
kommunalval	municipal election
kommunfullmäktig	representative
kommunfullmäktige	municipal council
kommunicera	communicate
kommunikation	communication
kommunikationsanalys	transport
kommunism	communism
kommunist	communist
kommunistisk	communist
kommunminister	minister
kommunstyrelse	municipal
kommutativ	commutative
kommutativitet	commutativity
kommutator	commutator
kommutera	commute
komorerna	comoros
komp	comparative
kompakt	compact
kompakt rum	compact space
kompakta	compact
kompani	company
kompanjon	partner
komparativ	comparative
kompass	compass
kompatibilitet	compatibility
kompatibla	compatible
kompensation	compensation
kompensationspendel	temperature compensated pendulum
kompensera	compensate
kompetens	competence
kompetent	competent
kompilera	compile
kompis	pal
kompledig	vacation
komplett	complete
komplettera	complete
kompletterande	completing
kompletterande	supplemental
kompletterar	completes
komplext	complex
komplext tal	komplex
komplexttal	complexnumber
komplicera	complicate
komplicerad	complicated
komplikation	complexity
komplott	conspiracy
komponent	component
komponenter	components
komponera	compose
kompositör	composer
kompostera	compost
kompoundmaskin	compound engine
komprimera	compress
komprimerad	condensed
komprimeras	compressed
komprimering	compression
kompromettera	compromise
kompromiss	compromise
kompromissa	compromise
kompromisslös	uncompromising
kompromisslöst	uncompromisingly
kon	cone
kona	woman
koncentration	concentration
koncentrationsläger	concentration camp
koncentrera	concentrate
koncept	concept
koncession	concession
kondensation	condensation
kondensator	capacitor
kondensera	condense
kondenskraftverk	thermal power plant
kondition	endurance
konditor	confectioner
konditori	patisserie
kondoleans	condolence
konfekt	candy
konferens	conference
konferensdokument	proceedings
konfetti	confetti
konfettiboll	confetti ball
konfettismällare	party popper
konfidensintervall	confidence interval
konfidensnivå	confidence
konfidentiell	confidential
konfigurationsdata	startup
konfigurera	configure
konfigureras	configured
konfigurerbara	configurable
konfiskera	confiscate
konflikt	conflict
konflikter	conflicts
konfliktvarsel	notice
konfrontation	confrontation
konfrontera	confront
kongo	congo
kongo brazzaville	congo brazzaville
kongo kinshasa	democratic republic of congo
kongoles	congolese
kongress	congress
kongruens	congruence
kongruent	congruent
konjak	cognac
konjugation	conjugation
konjunktion	conjunction
konjunktiv	subjunctive mood
konka	bankrupt
konkavt	lenticular
konklav	conclave
konkordansfil	concordance
konkret	concrete
konkretisera	concretize
konkurrens	competition
konkurrenskraft	competitiveness
konkurrent	competitor
konkurrera	compete
konkurs	bankruptcy
konkursa	bankrupt
konnotation	connotation
konnässör	connoisseur
konsekvens	consequence
konsekvent	consistent
konsekventa	consistent
konselj	council
konsensus	consensus
konsert	concert
konserten	concert
konserv	can
konserv	canned food
konservburk	can
konservera	preserve
konsistens	consistency
konsol	console
konsolidera	consolidate
konsoliderade	consolidated
konsolideringsområden	consolidation
konsonant	consonant
konsortium	consortium
konspirera	conspire
konst	art
konst	artificial
konstant	constant
konstant funktion	constant function
konstanter	constants
konstantinopel	constantinople
konstantinopolitansk	constantinopolitan
konstantinopolitanska	constantinople
konstapel	constable
konstapel	officer
konstart	arts
konstatera	establish
konstaterande	statement
konstbefrukta	artificially fertilize
konstbevattna	irrigate artificially
konstbevattning	artificial irrigation
konstfiber	synthetic fiber
konstfilosofi	philosophy
konstform	art form
konstgalleri	art gallery
konstgjord	artificial
konstgräs	artificial turf
konsthandlare	art dealer
konsthistoria	art history
konstig	weird
konstig	strange
konstigt	strangely
konstigt	weird
konstituant	constituent assembly
konstituera	constitute
konstitution	constitution
konstitutionell	constitutional
konstitutionsutskott	committee
konstläder	artificial leather
konstmuseum	art museum
konstnär	artist
konstnärlig	artistic
konstruera	construct
konstruerad	constructed
konstruktion	construction
konstruktionsteknik	design technology
konstruktivism	constructivism
konstråd	art council
konstverk	work of art
konstvetenskap	art
konståkning	figure skating
konsul	consul
konsult	consultant
konsultera	consult
konsument	consumer
konsumentombudsman	consumer ombudsman
konsumera	consume
konsumtion	consumption
kontakt	contact
kontakta	contact
kontakta	administrator
kontaktlins	contact lens
kontant	cash
kontanter	cash
kontanthantering	cash
kontantkassa	cash register
kontantsystem	system
konteramiral	rear admiral
kontext	context
kontextuell	contextual
kontextuella	contextual
kontinent	continent
kontinentalplatta	tectonic plate
kontinuerlig	continuous
kontinuerligt	continuously
kontinuitet	continuity
konto	account
kontor	office
kontorist	office worker
kontorsbyggnad	office building
kontorspaketet	suite
kontorsråtta	pencil pusher
kontorstjänstekvinna	woman office worker
kontorstjänsteman	man office worker
kontoutdrag	bank statement
kontra	contra
kontra	counter attack
kontrabas	double bass
kontrafaktisk	counterfactual
kontrahent	party
kontrahera	contract
kontrakt	contract
kontraktera	contract
kontraktion	contraction
kontraktsprost	rural dean
kontraproduktiv	counterproductive
kontrast	contrast
kontrastera	contrast
kontravariant	contravariant
kontring	counter attack
kontroll	control
kontrollen	control
kontroller	controls
kontrollera	check
kontrollerar	checks
kontrollfråga	confirmation
kontrollfält	control field
kontrolltecken	nonprinting
kontrovers	controversy
kontroversiell	controversial
kontur	contour
konturer	contours
konturintegral	contour integral
konundrum	conundrum
konung	king
konungadöme	kingdom
konungarike	kingdom
konungariket	kingdom
konungariket sverige	kingdom of sweden
konvention	convention
konventionell	conventional
konvergera	converge
konversation	conversation
konversationslexikon	encyclopedia
konversera	converse
konvertera	convert
konverterar	converts
konverteras	converted
konvertering	conversion
konvex	convex
konvex mängd	convex set
konvoj	convoy
konvolut	envelope
kooperativ	cooperative
koordinat	coordinate
koordinaten	coordinate
koordinaterna	coordinates
koordinatsystem	coordinate system
koordinera	coordinate
kopernikansk	copernican
kopia	copy
kopiera	copy
kopierar	copies
kopieras	copied
kopiering	copying
kopp	cup
kopparand	white headed duck
koppargruva	copper mine
kopparslagare	coppersmith
koppel	leash
koppla	connect
kopplad	leashed
kopplad	mail
kopplad utskrift	form letter
koppling	connection
kopplingskåpa	hull
kopplingspedal	clutch pedal
koprodukt	coproduct
koptiska	coptic
koral	chorale
korall	coral
korallrev	coral reef
koranbrännare	quran burner
koreahalvön	korean peninsula
koreansk	korean
koreanska	korean
koreografi	choreography
korg	basket
korgboll	basketball
korgmakare	basketweaver
kork	cork
korka	seal
korn	seed
kornblå	cornflower blue
kornbod	granary
kornea	cornea
kornell	cornus
korniska	cornish
kornknarr	corncrake
korollarium	corollary
korp	raven
korpulent	corpulent
korpus	body
korpus	corpus
korrekt	correct
korrekt	properly
korrel	correl
korrelation	correlation
korrelationskoefficienten	correlation
korrespondens	correspondence
korrespondent	correspondent
korresponderande	corresponding
korridor	corridor
korrigera	correct
korrigering	correcting
korrigeringar	corrections
korrumpera	corrupt
korrumperad	corrupt
korrupt	corrupt
korruption	corruption
kors i taket	kors i tak
korsad	crossed
korsade fingrar	crossed fingers
korsade flaggor	crossed flags
korsdrag	draught
korsfästa	crucify
korsfästning	crucifixion
korsförhör	cross examination
korsförhöra	cross examine
korshänvisning	cross reference
korsika	corsica
korskrank	choir screen
korslagda svärd	crossed swords
korsning	crossing
korsnäbb	loxia
korsord	crossword
korsordsordbok	crossword dictionary
korstecken	dagger sign
korståg	crusade
korsvis	crosswise
kort	short
korta	shorten
kortare	shorter
kortfattat	briefly
korthuggen	curt
kortkassa	cash register
kortkommandon	shortcut
kortlivad	short lived
kortläsare	punch card
kortregister	card index
kortsida	short side
kortsiktig	short term
kortsluta	short circuit
kortslutning	short circuit
kortspel	card game
kortvarig	short lived
kortvåg	shortwave
kortända	short side
korv	sausage
korvträd	sausage tree
kosmo	cosmo
kosmolog	cosmologist
kosmologi	cosmology
kosmologisk	cosmological
kosmonaut	cosmonaut
kossa	moo moo
kosta	cost
kosta skjortan	kosta skjorta
kostar	costs
kostnad	cost
kostnadsfri	free of charge
kostnadsöversikt	cost overview
kostpris	cost price
kostym	suit
kostymdrama	costume drama
kota	vertebra
kotlett	cutlet
kotte	conifer
kotteri	set
kovar	covar
kovarians	covariance
koxik	siberian jay
koyot	coyote
krabba	crab
krabbis	hangover
krackelera	crack
kraft	force
kraftaggregat	power supply
kraftfull	powerful
krafthall	gym
kraftig	strong
kraftigt	strongly
kraftmaskin	power machine
kraftnät	power grid
kraftverk	power plant
krage	collar
kragtrapp	chlamydotis macqueenii
krama	hug
kramdjur	stuffed animal
kramgo	huggable
kramig	huggy
kramis	huggle
kramp	cramps
kramsjuk	hugged
kran	crane
kranium	cranium
kransnedläggning	wreath laying
kranvatten	tap water
krasch	crash
kraschade	crashed
krass	harsh
krater	crater
kratta	rake
krav	demand
kravall	riot
kravallpolis	riot police
kreativ	creative
kreativitet	creativity
kreatur	animal
kreaturspremiering	livestock award contest
kreatör	creative
kreditera	credit
kreditkort	credit card
kreditmarknadsenhet	markets
krematorium	crematorium
kreml	kremlin
kremlologi	kremlinology
kreta	crete
kretensisk	cretian
kreti och pleti	tom dick and harry
kretin	cretin
krets	set
kretsa	revolve
kretskort	printed circuit board
kretsschema	circuit diagram
kricka	eurasian teal
krig	war
kriga	war
krigare	warrior
krigförande	warfaring
krigföring	warfare
krigsarkiv	military archive
krigsbrott	war crime
krigsfånge	prisoner of war
krigsförbrytare	war criminal
krigsförbrytelse	war crime
krigshets	warmongering
krigshetsare	warmonger
krigshistoria	war history
krigskorrespondent	war reporter
krigslist	stratagem
krigsorganisation	wartime organisation
krigsrum	war room
krigsrätt	laws of war
krigsskådeplats	theatre
krim	crimea
kriminalteknik	forensic analysis
kriminaltekniker	forensic
kriminalteknisk	forensic
kriminell	criminal
kriminologi	criminology
kriminologisk	criminological
krimtatariska	crimean tatar
kring	around
kris	crisis
krishjälp	crisis support
krisinformation	crisis information
kriskommission	crisis commission
krispaket	emergency package
kristadelfiansk	christadelphian
kristall	crystal
kristallin	crystallized
kristallklar	crystal clear
kristallkrona	cut glass chandelier
kristallkula	crystal ball
kristen	christian
kristendom	christianity
kristina	christina
kristlig	christian
kristna	christianize
kristofer	kristoffer
krita	chalk
krita	crayon
kritbinom	critbinom
kriterium	criterion
krithaltigt	cretaceously
kritik	criticism
kritiker	critic
kritikerrosad	lauded
kritisera	critique
kritisk	critical
kritisk punkt	critical point
kritiskt	critically
kroasera	crossbreed
kroat	croatian
kroatien	croatia
kroatisk	croatian
kroatiska	croatian
krock	collision
krockkudde	airbag
krog	inn
krok	hook
krokant	brittle
krokben	leg
krokett	croquette
krokna	bend
krokodil	crocodile
krokodiltårar	crocodile tears
krom	chrome
kroma	chromize
krona	crown
krona	heads
krondike	ditch
krondill	dill
kroniskt obstruktiv lungsjukdom	kronisk
kronoassistent	assistant bailiff
kronofogde	senior enforcement officer
kronologi	chronology
kronologisk	chronologic
kronprins	crown prince
kronprinsessa	crown princess
kronvittne	witness
kronärtskocka	artichoke
kropp	body
kroppsarbete	manual labor
kroppsdel	body part
kroppskamera	body camera
kroppslig	corporal
kroppstemperatur	body temperature
kroppsvätska	bodily fluid
krossa	crush
krubba	manger
kruciverbism	cruciverbalism
kruciverbist	cruciverbalist
kruka	pot
krukväxt	potted plant
krullparentes	curly bracket
krusbär	gooseberry
krut	gunpowder
krutdurk	powder keg
kry	sick
krya på dig	get well soon
krycka	crutch
krydda	spice
kryddnejlika	clove
kryddpeppar	allspice
kryddpepparträd	allspice
kryddstark	hot
krympa	shrink
krympling	cripple
krypa	creep
kryphål	loophole
krypskytt	sniper
krypskytte	sniping
krypta	crypt
kryptera	encrypt
krypteras	encrypted
kryptering	encryption
kryptologi	cryptology
kryptonit	kryptonite
kryptovaluta	cryptocurrency
kryss	crossing
kryssa	beat
kryssare	cruiser
kryssfaner	plywood
kryssningsfartyg	cruise ship
kryssprodukt	cross product
kryssruta	checkbox
kryssruta med bockmarkering	check box with check
kryssrutan	check
kräfta	crayfish
kräftan	cancer
kräftskiva	crayfish party
kräkande ansikte	face vomiting
kräkas	throw up
kräkning	vomit
kräm	cream
kräma	monger
krämare	monger
kränga	heel
kränka	violate
kränkning	violation
kräva	crop
kräver	requires
krävs	required
kråka	crow
kråkbär	crowberry
kråkfot	cf
kråkfötter	chicken scratch
krånglig	arduous
kröka	curve
krön	crest
kröna	crown
krönika	chronicle
kub	cube
kuba	cuba
kubansk	cuban
kubik	kubikmeter
kubikmeter	cubic metre
kubikrot	cube root
kubisk	cubic
kubisk ekvation	cubic equation
kubisk funktion	cubic function
kudde	pillow
kuddvar	pillowcase
kuf	strange person
kufisk	kufic
kugga	flunk
kuggdrev	gear drive
kugge	cog
kugghjul	gear
kugghjulsmeny	gear
kuiperbältet	kuiper belt
kuk	penis
kuksugare	cocksucker
kul	fun
kula	ball
kulform	bullet
kulformad	spherical
kulfång	device
kulgevär	rifle
kuling	gale
kull	litter
kullager	ball bearing
kulle	hill
kulled	ball and socket joint
kulmen	peak
kulminera	culminate
kuloar	corridor
kulram	abacus
kulspets	ballpoint
kulspetspenna	ballpoint pen
kulspetspenna	pen
kulspruta	machine gun
kulsprutepistol	submachine gun
kultivera	cultivate
kultiverad	cultivated
kultje	strong breeze
kultur	culture
kulturberikare	immigrant
kulturbudget	budget
kulturdebatt	debate
kulturdepartement	ministry
kulturell	cultural
kulturfilosofi	philosophy
kulturfolk	civilized people
kulturfond	culture fund
kulturföretagande	cultural
kulturinstitution	cultural institution
kulturliv	cultural life
kulturlös	cultureless
kulturmiljövård	heritage protection
kulturminister	minister
kulturmyndighet	cultural public authority
kulturområde	area
kulturpolitik	politics
kulturpolitisk	politics
kulturproposition	bill
kulturradikal	person
kulturråd	council
kultursida	page
kulturskapare	artist
kulturskymning	cultural decline
kultursyn	view
kulturutredning	report
kulturutskott	parliamentary committee
kulturverksamhet	cultural activity
kulturvetenskap	cultural studies
kulturvärde	cultural value
kulventil	ball
kulvert	tunnel
kulör	color
kummin	caraway
kumpris	cumprinc
kumpris_add	cumprinc_add
kumränta	cumipmt
kumränta_add	cumipmt_add
kumulativa	cumulative
kumulerat	cumulated
kund	customer
kund_id	customer_id
kunde	could
kundlojalitet	customer loyalty
kundnöjdhet	customer satisfaction
kundreskontra	sales journal
kundvagn	shopping cart
kung	king
kungabesök	royal visit
kungadöme	kingdom
kungafamilj	royal family
kungahus	royal family
kungamakare	kingmaker
kungamord	regicide
kungamördare	regicide
kungapar	royal couple
kungarike	kingdom
kungaslott	royal castle
kunglig	royal
kungsvatten	aqua regia
kungsängslilja	snakeshead
kungsörn	golden eagle
kungöra	known
kunna	can
kunnande	know how
kunnig	skilled
kunskap	knowledge
kunskapare	spy
kunskapsteori	epistemology
kunskapsutveckling	knowledge development
kupa	hood
kupant	coupnum
kupdagb	coupdays
kupdagbb	coupdaybs
kupdagnk	coupdaysnc
kupera	dock
kupfkd	couppcd
kupnkd	coupncd
kupol	dome
kupongdatum	coupon
kupp	coup
kurage	courage
kurbits	gourd
kurdiska	kurdish
kurfurste	elector
kuria	curia
kuriosa	oddities
kuriosum	curio
kurort	health resort
kurragömma	hide and seek
kursdiagram	stock
kursfordran	requirement
kursiv	italic
kursivera	italicize
kurslitteratur	course literature
kurtisan	courtesan
kurva	curve
kurvförbindelse	curved
kurvig	curvy
kurvintegral	line integral
kurvintegral	integral
kurvor	curves
kusin	cousin
kusk	driver
kuslig	eerie
kust	coast
kustbevakning	coast guard
kustlabb	arctic skua
kustpipare	black bellied plover
kustsnäppa	red knot
kuststräcka	stretch
kut	puppy
kuta	run
kutta	cunt
kuttrasju	tender meeting
kutym	custom
kuvert	envelope
kuvert med pil	envelope with arrow
kuvertväska	clutch bag
kuvös	incubator
kvacksalvare	quacksalver
kvadda	crash
kvaddel	urticaria
kvadrant	quadrant
kvadrat	square
kvadraterna	squares
kvadratisk	square
kvadratisk	quadratic
kvadratisk matris	square matrix
kvadratkilometer	square kilometre
kvadratmeter	square metre
kvadratrot	square root
kvadratrot	root
kvadrera	square
kvalificera	qualify
kvalificerad	qualified
kvalificerad majoritet	supermajority
kvalitet	quality
kvalitetssäkring	quality assurance
kvantifiera	quantify
kvanting	guy
kvantitet	quantity
kvar	left
kvarg	quark
kvarhålla	detain
kvark	quark
kvarleva	remains
kvarlämnat bagage	left luggage
kvarn	mill
kvarnspel	nine men's morris
kvarskatt	remaining unpaid tax
kvarstå	continue
kvart	kvarts
kvartal	quarter
kvartal	quarters
kvartalet	quarter
kvarter	city block
kvartil	quartile
kvartsfinal	quarterfinal
kvartsfinalist	quarterfinalist
kvasar	quasar
kvasiintellektuell	quasi intellectual
kvast	broom
kvast	tassel
kvastfening	fringe finned fish
kvatrin	quatrain
kvav	stifling
kvick	quick
kvicke	horn
kvickna	come alive
kvicksand	quicksand
kvicksilver	mercury
kvickt	fast
kvida	moan
kvietism	quietism
kviga	heifer
kvinna	woman
kvinna gestikulerar nej	woman gesturing no
kvinna gestikulerar ok	woman gesturing ok
kvinna i brudslöja	woman with veil
kvinna i lotusposition	woman in lotus position
kvinna i manuell rullstol	woman in manual wheelchair
kvinna i permobil	woman in motorized wheelchair
kvinna i sjal	woman with headscarf
kvinna i smoking	woman in tuxedo
kvinna i turban	woman wearing turban
kvinna i ångbastu	woman in steamy room
kvinna matar spädbarn	woman feeding baby
kvinna med boll	woman bouncing ball
kvinna med vit käpp	woman with white cane
kvinna skägg	woman beard
kvinna som blir masserad	woman getting massage
kvinna som cyklar	woman biking
kvinna som går	woman walking
kvinna som hjular	woman cartwheeling
kvinna som jonglerar	woman juggling
kvinna som klättrar	woman climbing
kvinna som lyfter tyngder	woman lifting weights
kvinna som simmar	woman swimming
kvinna som spelar golf	woman golfing
kvinna som spelar handboll	woman playing handball
kvinna som spelar vattenpolo	woman playing water polo
kvinna som springer	woman running
kvinna som surfar	woman surfing
kvinnlig	feminine
kvinnlig alv	woman elf
kvinnlig ande	woman genie
kvinnlig astronaut	woman astronaut
kvinnlig bonde	woman farmer
kvinnlig brandman	woman firefighter
kvinnlig byggarbetare	woman construction worker
kvinnlig detektiv	woman detective
kvinnlig domare	woman judge
kvinnlig fabriksarbetare	woman factory worker
kvinnlig forskare	woman scientist
kvinnlig fé	woman fairy
kvinnlig grenadjär	woman guard
kvinnlig it expert	woman technologist
kvinnlig kock	woman cook
kvinnlig konstnär	woman artist
kvinnlig läkare	woman health worker
kvinnlig lärare	woman teacher
kvinnlig magiker	woman mage
kvinnlig mekaniker	woman mechanic
kvinnlig pilot	woman pilot
kvinnlig polis	woman police officer
kvinnlig student	woman student
kvinnlig superhjälte	woman superhero
kvinnlig superskurk	woman supervillain
kvinnlig sångare	woman singer
kvinnlig vampyr	woman vampire
kvinnlig zombie	woman zombie
kvinnohatare	misogynist
kvinnor	women
kvinnor med kaninöron	women with bunny ears
kvinnosak	feminism
kvinnosakskvinna	feminist
kvinnosymbol	female sign
kvintessens	quintessence
kvist	stick
kvittens	receipt
kvittera	receipt
kvittering	signing
kvitto	receipt
kvot	quotient
kvotmängd	quotient
kväda	say
kväde	poem
kväkare	quaker
kvälja	torment
kväll	evening
kvällstidning	afternoon newspaper
kvänska	kven
kväsa	take down
kväva	suffocate
kväve	nitrogen
kyckling	baby chick
kyckling	chick
kyckling framifrån	front facing baby chick
kycklingburgare	chicken burger
kycklingen	thaw
kycklingfoder	chicken feed
kycklingklubba	drumstick
kycklinglår	poultry leg
kylare	radiator
kylig	chilly
kylning	cooling
kylskåp	refrigerator
kylskåpskall	fridge
kymriska	welsh
kypare	waiter
kyrillisk	cyrillic
kyrka	church
kyrkan	church
kyrkbänk	pew
kyrkklocka	church bell
kyrkofader	church father
kyrkogård	churchyard
kyrkoherde	vicar
kysk	chaste
kyskhet	chastity
kyskhetsbälte	chastity belt
kyskhetsträd	chaste tree
kyss	kiss
kyssa	kiss
kyssande kattansikte	kissing cat
kysste	kissed
kyvett	cuvette
käbbel	bickering
käbbla	squabble
käck	bright
käft	mouth
käftis	dentist
kägelsnitt	conic section
kägla	cone
käk	food
käka	eat
käke	jaw
kälkborgare	philistine
kälkborgerlig	philistine
kälke	sled
källa	source
källare	basement
källbilden	wider
källhänvisning	reference mark
källing	kitten
källjungfru	nymph
källkod	source code
källkritik	source criticism
källkritisk	source
källskatt	withholding tax
källskydd	source protection
källsortering	waste sorting
kämpa	fight
känd	known
kända	known
kände	felt
kändis	celebrity
kändiskultur	popular culture
känga	boot
känguru	kangaroo
känna	feel
kännare	expert
kännbar	noticeable
kännbart	palpably
kännedom	knowledge
känner	feel
kännetecken	characteristic
känneteckna	characterize
känns	recognized
kännspak	characteristic
känsel	touch
känsla	feeling
känslig	sensitive
känslokall	callous
känslomässig	emotional
känslosvall	surge
käpp	stick
käpp	cane
käpphäst	hobby horse
käpprätt	straight
kär	in love
kära	sue
kära	dear
kärande	petitioner
käring	old woman
kärl	vessel
kärlek	love
kärleksbrev	love letter
kärlekshotell	love hotel
kärnkraft	nuclear power
kärnkraftverk	nuclear power plant
kärnmjölk	buttermilk
kärnreaktor	nuclear reactor
kärnvapen	nuclear weapon
kärnvapenkrig	nuclear war
kärr	marsh
kärra	cart
kärrhök	harrier
kärring	old woman
kärrsnäppa	dunlin
kärrtärna	forster's tern
kärv	harsh
kättare	heretic
kätte	pen
kätteri	heresy
kättersk	heretical
kätterska	female heretic
kåda	resin
kådis	condom
kåk	house
kåkstad	shantytown
kål	cabbage
kålrabbi	kohlrabi
kålrot	swede
kålrotslåda	rutabaga casserole
kålsoppa	cabbage soup
kånka	lug
kåpa	cowl
kår	corps
kåranda	esprit de corps
kåsör	columnist
kåt	horny
kö	queue
köa	queue
kök	kitchen
kökkenmödding	midden
köksbänk	countertop
kökskniv	kitchen knife
köksö	kitchen island
köl	keel
köld	cold
kölista	waiting list
kölna	oast
kön	gender
könshår	pubic hair
könskromosom	chromosome
könskörtel	gonad
könsmaktsordning	gender order
könsneutral	gender neutral
könsneutral	unspecified
könsneutral tomte	mx claus
könsnorm	gender bias
könsroll	gender
könssjukdom	sexually transmitted disease
könsstympning	genital mutilation
köp	purchase
köpa	buy
köpa grisen i säcken	pig in a poke
köpare	buyer
köpebrev	bill of sale
köpeskilling	purchase sum
köping	market town
köpkraft	purchasing power
köpman	merchant
köpstad	market city
köpte	bought
köptempel	shop
kör	runs
körandas	stagger breathe
körandning	stagger breathing
köras	executed
körbana	lane
körbar	executable
körd	driven
körde	drove
körkarl	coachman
körkort	driver's license
körledare	choir leader
körnare	punch
körsbär	cherries
körsbär	cherry
körsbärsblomma	cherry blossom
körtel	gland
körtelfeber	mononucleosis
körvel	chervil
kött	meat
köttben	meat on bone
köttberg	surplus
köttbulle	meatball
köttfluga	flesh fly
köttfärs	minced meat
köttig	fleshy
köttkvarn	meatgrinder
köttslig	carnal
köttsår	flesh wound
l	or
labbrock	lab coat
laboratorium	laboratory
lack	lacquer
lackmus	litmus
lackmuspapper	litmus paper
lada	barn
ladda	load
ladda ned	download
ladda ner	download
laddare	charger
laddas	loaded
laddat	held
laddning	charge
laddning	loading
ladoga	lake ladoga
ladugård	cowshed
lag	team
laga	fix
lagarbete	teamwork
lagen om alltings jävlighet	lag
lager	layer
lagerlista	inventory record
lagga	slowly
lagledare	team leader
laglig	legal
lagligen	lawfully
lagligt	legally
laglott	statutory share
laglös	lawless
lagman	chief judge
lagning	repair
lagom	fitting
lagom	moderate
lagra	store
lagrar	stores
lagras	stored
lagring	storage
lagrum	legal code
lagrumshänvisning	reference
lagråd	council
lagrådsremiss	proposal
lagstifta	legislate
lagstiftare	legislator
lagstiftning	legislation
laja	play
lajbans	fun
laka	extract
lakan	sheet
lakonisk	laconic
lakrits	licorice
laktas	lactase
laktos	lactose
laktosintolerans	lactose intolerance
laktosintolerant	lactose intolerant
lam	lame
lama	llama
lamm	lamb
lammkött	mutton
lammlik	lamblike
lampa	lamp
lampskärm	lampshade
land	country
landa	land
landare	lander
landgång	gangplank
landhockey	field hockey
landkrabba	landlubber
landmassa	landmass
landningsbana	landing strip
landsarkiv	archive
landsarkivarie	regional archivist
landsdel	part
landsförrädare	traitor
landshövding	county governor
landsinformation	regional
landskamp	match
landskap	province
landskapsdjur	animal
landskommun	countryside municipality
landskronit	landskrona
landsman	landsmaninna
landsmaninna	compatriot
landsmål	dialect
landsting	parliament
landstingsdirektör	county council director
landstingsråd	county council commissioner
landsväg	highway
langa	throw
lansera	launch
lant	rural
lantan	lanthanum
lantbrevbärare	rural letter carrier
lantbruk	agriculture
lantbrukare	farmer
lantbruksskola	farming school
lantbruksuniversitet	university
lanterna	lantern
lantis	countryside
laotier	lao
laotisk	lao
laotiska	lao
lapa	lap
laplaceoperator	laplace operator
laplacetransform	laplace transform
lappland	lapland
lappmes	dusky tit
larm	alarm
larma	alarm
larmbåge	archway metal detector
larv	larva
larva	behave flippantly
lasagne	lasagna
lasarett	hospital
last	cargo
lasta	load
lastbil	articulated lorry
lastbil	truck
lastbärare	load carrier
lastförskjutningsnät	net
lat	latin
lat	lazy
lata	lazy
latinamerika	latin america
latinamerikan	latin american
latinsk	latin
latinska alfabetet	latin alphabet
latinskt kors	latin cross
latitud	latitude
latmask	lazy
lattja	play
lattjo	fun
lav	lichen
lavalampa	lava lamp
lave	mine
lavett	gun carriage
lavoar	washbasin
lax	salmon
laylas	layla's
le	smile
lea	leah
lealös	loose jointed
leasingbolag	leasing company
leasingkontrakt	leasing contract
leasingtagare	lease taker
leda	boredom
ledamot	member
ledamot av europaparlamentet	ledamot
ledamot av europeiska kommissionen	ledamot
ledande	leading
ledare	leader
ledarhund	guide dog
ledarsida	editorial page
ledarskap	leadership
ledarskikt	top echelon
leddjur	arthropod
lede	loathsome
ledgångsreumatism	rheumatoid arthritis
ledig	free
ledighet	freeness
ledning	lead
ledsen	sorry
ledsen	sad
ledsna	tired
ledtråd	clue
leende	smiling
leende	smile
leende ansikte	smiling face
leende ansikte med gloria	smiling face with halo
leende ansikte med horn	smiling face with horns
leende ansikte med solglasögon	smiling face with sunglasses
leg	certified
legalisera	legalize
legatarie	legatee
legera	alloy
legering	alloy
legitim	legitimate
legitimation	id card
legitimera	legitimize
legitimitet	legitimacy
legosoldat	mercenary
legär	light
leidenflaska	leiden jar
leja	hire
lejon	lion
lejonansikte	lion
lejonet	leo
lejonet	lion
lejoninna	lioness
lejonpart	lion's share
lek	play
leka	play
lekamen	body
lekis	kindergarten
lekkamrat	playmate
lekman	laity
lekmannadomare	lay judge
lekplats	playground
leksak	toy
leksaker	toys
leksaksjärnväg	toy railway
lektion	lesson
lektor	lecturer
lem	limb
lemlästa	dismember
lemma	headword
lemonad	lemonade
leninistisk	leninist
ler	clay
lera	mud
lesbisk	lesbian
less	fed up
leta	search
leta	locate
letakolumn	hlookup
letarad	vlookup
letaupp	lookup
lett	latvian
lettisk	latvian
lettiska	latvia
lettland	latvia
leucin	leucine
leukemi	leukemia
leukocyt	leukocyte
levande	live
levebröd	livelihood
leverans	delivery
leverantör	supplier
leverantörskedja	supply chain
leverantörsreskontra	suppliers ledger
leverera	deliver
levnad	life
levnadsöde	personal fate
lexem	lexeme
lexiko	lexico
lexikograf	lexicographer
lexikografi	lexicography
lexikografisk	lexicographic
lexikon	dictionary
lian	liana
libanon	lebanon
licens	license
licensavtalet	agreement
licensiera	license
licentiat	licentiate
licentiatexamen	licentiate degree
lid	slope
lida	suffer
lidande	suffering
lidelsefri	dispassionate
lider	shed
liderlig	lecherous
liderlighet	lecherousness
lie	scythe
liemannen	grim reaper
liftare	hitchhiker
lig	ly
liga	league
ligaturer	ligatures
ligg	sexual intercourse
ligga	lie
ligga i lä	lag behind
liggande	landscape
liggare	ledger
liggetid	laytime
liggsår	bedsore
lika	equal
lika gärna kunna	might as well
likadan	similar
likadant	similarly
likaledes	similarly
likartad	alike
likasom	liksom
likaså	also
like	match
likformig	uniform
likformig konvergens	uniform convergence
likformighet	conformity
likfärd	funeral procession
likgiltig	indifferent
likgiltighet	indifference
likhet	similarity
likheter	similarities
likhetssökning	similarity
likhetstecken	equal
likhetstecken	equals
likkista	coffin
likna	compare
liknande	similar
liknar	similar
liknelse	simile
likrikta	rectify
likriktare	rectifier
likriktning	rectification
liksom	almost
likström	direct current
liktorn	clavus
liktyding	synonym
likviddag	settlement date
likvidera	liquidate
likväl	still
likör	liquor
lila	lilac
lila	purple
lila cirkel	purple circle
lila hjärta	purple heart
lila kvadrat	purple square
lilja	lily
liljekonvalj	lily of the valley
lillebror	little brother
lillejulafton	christmas eve
lillfinger	little finger
lilltå	little toe
lilly	elisabeth
lim	glue
limpa	loaf
lin	flax
lina	karolina
lina	wire
linavskr	sln
linbana	mountain cableway
lind	linden
linda	wind
lindqvist	lindquist
lindra	ease
lindrig	mild
lindrigt	mildly
lineär	linear
lineär avbildning	linear transformation
lineär transformation	linear transformation
lingon	cowberry
lingonsylt	cowberry jam
lingvist	linguist
lingvistik	linguistics
lingvistisk	linguistic
linjal	ruler
linjal	straight ruler
linjalen	ruler
linjalerna	rulers
linje	line
linjekarta	map
linjens	endpoint
linjenämnd	program committee
linjeplacering	arrangement
linjer	lines
linjesegment	segment
linjeövergång	joint
linjär	linear
linjär algebra	linear algebra
linjär avbildning	linear transformation
linjär transformation	linear transformation
linjärkombination	linear combination
linne	linen
linnéa	linnea
lins	lens
linslus	lens louse
linsvicker	bitter vetch
lipoproteinlipas	lipoprotein lipase
lira	play
lisbet	lisbeth
lisbeth	elisabet
liselott	liselotte
lisma	fawn
lista	list
listan	list
listar	lists
listas	listed
listhud	glabrous skin
listig	cunning
listpris	list price
listpunkt	bullet
listruta	list box
lisös	bedjacket
lit	lithuanian
lit	trust
litania	litany
litar	trust
litas	lithuania
litauer	lithuanian
litauiska	lithuania
lite	little
liten	small
liten blå romb	small blue diamond
liten bokstav	lowercase letter
liten orange diamantform	small orange diamond
liten svart ruta	black small square
liten vit ruta	white small square
liter	litre
litet	little
litet flygplan	small airplane
litografi	lithography
litt	literary
litteratur	literature
litteraturagent	literary agent
litteraturförteckning	bibliography
litteraturhistoria	history
litteraturinformation	bibliographic
litteraturkritik	literary criticism
litteraturstöd	subsidy
litteraturvetare	literature scholar
litteraturvetenskap	literature studies
litterär	literary
liturgisk	liturgical
liv	life
liv och lem	life and limb
livboj	ring buoy
livegen	villeinage
livegenskap	serfdom
livets hjul	wheel of dharma
livhank	life
livlig	lively
livrem	belt
livs	livsmedelsbutik
livsavgörande	vital
livsbejakande	life affirming
livselixir	elixir of life
livserfaren	mature
livserfarenhet	life experience
livsfara	danger
livsfarlig	lethal
livsfientlig	hostile
livsideal	life ideal
livskraft	life force
livskvalitet	quality of life
livskänsla	sense
livslängd	age
livslång	lifelong
livsmedel	food
livsmedelsaffär	grocery store
livsmedelsbutik	grocery store
livsstil	lifestyle
livstid	age
livsuppehälle	livelihood
ljud	sound
ljuda	sound
ljudbok	audiobook
ljuddämpare	muffler
ljudet	noise
ljudinspelning upphovsrätt	sound recording copyright
ljudlös	soundless
ljudlöshet	noiselessness
ljudlöst	soundlessly
ljuga	lie
ljugande ansikte	lying face
ljuger	lying
ljum	lukewarm
ljung	heather
ljungby	sweden
ljungeld	lightning
ljungpipare	eurasian golden plover
ljus hy	light skin tone
ljusare	lighter
ljusblå	blue
ljuseffekter	illumination
ljusgrå	grey
ljushyllt	fair skinned
ljuskrona	chandelier
ljuskälla	light source
ljuskälla	light
ljusskygg	photophobic
ljusstake	candlestick
ljusstyrka	brightness
ljuv	lovely
ljuvlig	sweet
ljuvligt	wonderfully
ljög	lied
lma	lma kort
lma kort	card
lo	lynx
lock	cover
locka	entice
lockande	tempting
lockespindel	harvestman
lockigt hår	curly hair
lod	plumb bob
lodis	hobo
lodjur	lynx
lodräta trafikljus	vertical traffic light
log	logist
log	smiled
logaritm	logarithm
logaritmen	logarithm
logaritmisk	logarithmic
logga	logo
logi	lodging
logi	logy
logik	logic
logikelement	logic element
logiker	logician
logisk	logical
logiska	logical
logiskt	boolean
logiskt eller dubbelt understreck	logical or double underbar
logiskt och	logical and
logistik	logistics
logistisk	logistical
lognormalfördelningen	log
lognormförd	lognormdist
logotyp	logo
loj	tired
lojalitet	loyalty
lok	engine
lokal	local
lokala	local
lokalfrimärke	local postage stamp
lokalisera	find
lokaliserbara	localizable
lokalt	locally
lokaltidning	newspaper
lokaltåg	commuter train
loke	loki
lokförare	engineer
lokomobil	traction engine
lokomotiv	locomotive
lom	loon
lomme	capsella
longitud	longitude
lopp	run
loppa	flea
loppis	flea market
loppmarknad	flea market
loss	loose
lossna	detach
lotionflaska	lotion bottle
lots	pilot
lotsa	pilot
lott	part
lottakår	women
lotten	charlotte
lotusposition	meditation
lounge	lynx cub
lovor	money
lovvärd	praiseworthy
lovvärt	praiseworthily
lp skiva	lp
lucia	sicilian martyr
lucka	gap
luddig	fuzzy
luden	hairy
luffare	traveller
luft	air
lufta	air
luftballong	hot air balloon
luftbubbla	air bubble
luftfartyg	aircraft
lufthamn	airport
luftkonditionering	air conditioning
luftmassa	volume
luftmotstånd	air resistance
luftslott	castle in the air
luftstrupe	trachea
lugg	bangs
luggsliten	threadbare
lugn	tranquil
lugn som en filbunke	cool as a cucumber
lugna	calm
luguber	lugubrious
lukas	luke
lukt	smell
lukta	smell
luktar	smell
lulesamiska	lule
lumpen	military service
lunch	meal
lunchdisco	lunchtime
lunchrast	lunch break
lund	grove
lunda	wise
lundensisk	lund
lunga	lung
lunginflammation	pneumonia
lungor	lungs
lungpest	pneumonic plague
lungsot	tuberculosis
lungödem	pulmonary edema
lunnefågel	puffin
lunta	fuse
lur	horn
lura	trick
lus	louse
lussekatt	bun
lust	joy
lusta	lust
lustig	funny
lustmord	lust murder
lut	lye
luta	tilt
lutande	oblique
lutande mindre än likhetstecken	less than slanted equal
lutfisk	lutefisk
lutningen	slope
luttra	refine
luttrad	chastened
luxemburg	luxembourg
luxemburgiska	luxembourgish
lya	lair
lycka	luck
lycka till	good luck
lyckad	successful
lyckade	successes
lyckades	successful
lyckas	succeed
lyckat	success
lycklig	lucky
lycklig	happy
lyckligtvis	luckily
lyckobringare	lucky charm
lyckokaka	fortune cookie
lyckosam	good luck
lyckosökare	fortune hunter
lycksalig	blissfull
lyckt	closed
lydelse	language
lydnad	obedience
lydrike	puppet state
lydstat	puppet state
lyft	lifted
lyftare	lifter
lyfter	lifter
lyhörd	with
lykta	lantern
lyktgubbe	jack o lantern
lyktstolpe	lamppost
lymfknuta	lymphatic node
lymfocyt	lymphocyte
lymfom	lymphoma
lynne	mindset
lynt	minded
lyra	lyre
lyrik	poetry
lyriker	poet
lyrisk	poetic
lysa	shine
lysdiod	light emitting diode
lysin	lysine
lyskräfta	krill
lysräka	krill
lyssna	listen
lyssnare	listener
lysten	covetous
lyster	lustre
lystmäte	fill
lystnad	lust
lystring	attention
lyte	defect
lyte och men	long term suffering
lyx	luxury
lyxhotell	luxury hotel
lyxig	luxurious
lyxjakt	luxury yacht
lä	lee
läcka	leak
läder	leather
läderlapp	vesper bat
läderlappen	batman
lädersko	leather shoe
läge	position
läge	mode
lägel	barrel
lägenhet	apartment
lägenhetsinbrott	flatbreaking
läger	quarter
lägg	leg
lägg	add
lägga	lade
lägga en pizza	vomit
lägga näsan i blöt	nosy
lägga rabarber på	appropriate
läggdags	bedtime
lägger	adds
läggning	disposition
läggs	added
läglig	timely
lägsta	lowest
läka	heal
läkande hjärta	mending heart
läkare	doctor
läkare	health worker
läkarintyg	medical certificate
läkarkår	physicians
läkarvetenskap	medicine
läkekonst	medicine
läkemedel	medicine
läkemedelsförmån	pharmaceutical benefit
läktare	platform
läm	flap
lämna	leave
lämpa	suitable
lämplig	suitable
lämpliga	appropriate
lämpligen	suitably
lämplighet	suitability
lämpligtvis	suitably
län	fief
länd	loin
länder	countries
ländkota	lumbar vertebra
länga	building
längd	length
längden	length
längdgrad	longitude
längdhopp	long jump
längdhoppare	long jumper
länge	long time
länge	long
länge leve	long live
längesedan	long ago
längesen	long ago
längre	longer
längs	along
längst	at most
längst	bottom
längsta	longest
längta	long
längtan	longing
länk	link
länka	link
länkade	linked
länkade gem	linked paperclips
länkar	links
länkning	unlink
läns	empty
länsa	boom
länsassessor	legal secretary
länsledning	county administration
länspolismästare	chief commissioner
länsrätt	county administrative court
länsrättsfiskal	legal clerk
länsråd	county director
länsstyrelse	county administrative board
länsvis	county
länsöverdirektör	deputy county governor
läpp	lip
läppar	lips
läppavtryck	kiss mark
läppbalsam	lip balm
läppstift	lipstick
lär	learning
lära	learn
lärande	learning
lärare	teacher
lärarexamen	teacher diploma
lärd	scholarly
lärde	learned
lärdom	learning
lärdomshistoria	history
lärft	linen
lärftskramhandlare	merchant
lärftskramhandlarsocietet	linendraper
lärjunge	disciple
lärka	lark
läroanstalt	educational institution
lärosäte	institution
läroverk	secondary school
läs	load
läsa	read
läsare	reader
läsaren	reader
läsarens	reader's
läsbarhet	readability
läser	loads
läsesal	reading room
läsfrämjande	reading
läsk	soft drink
läska	quench
läskedryck	soft drink
läskig	scary
läsning	reading
läsordning	schedule
läsplatta	e reader
läst	read
lästal	word problem
läsuttal	spelling pronunciation
läsvärd	worth reading
lätt	light
lätt	easy
lätta	get lighter
lättad	relieved
lättat ansikte	relieved face
lätting	lazy
lättja	laziness
lättkränkt	offended
lättlurad	credulous
lättmetall	light metal
lättmetallegering	light metal alloy
lättna	lighten
lättnad	relief
lättsinnig	careless
lättsinnigt	carelessly
lättviktig	lightweight
lättöl	small beer
läxa	homework
låda	box
lådagram	box plot
låg	low
låg batterinivå	low battery
låg ljusstyrka	dim button
lågmäld	silent
lågsachsiska	low saxon
lågt	low
lågtryck	depression
lågtyska	low german
lån	loan
låna	borrow
låna	loan
lång	long
långa	common ling
långben	goofy
långfinger	middle finger
långfinger upp	middle finger
långfredag	good friday
långnäbbad mås	slender billed gull
långsam	slow
långsammare	slower
långsamt	slowly
långschal	grand
långsida	long side
långsiktig	long term
långsiktigt	long term
långsmal	long
långstrumpa	long stocking
långt	far
långt bort	faraway
långt tankstreck	em dash
långtbortistan	fictitious
långtgående	farreaching
långtradarchaufför	long distance
långtradare	truck
långtråkig	tedious
långtåsnäppa	long toed stint
långvarig	lengthy
lånord	loanword
lårben	thighbone
lås	lock
lås med bläckpenna	locked with pen
lås med nyckel	locked with key
låsa	lock
låsbricka	locknut
låser	locks
låssmed	locksmith
låst	locked
låst lås	locked
låt	song
låt	let
låta	sound
låter	lets
låtlista	list
låtsades	pretended
låtsas	pretend
låtsasjobba	pretend
löda	solder
lödder	lather
lödkolv	soldering iron
löfte	promise
löftesman	surety
lög	bath
löga	clean
lögn	lie
lögnaktig	mendacious
lögnare	liar
löja	bleak
löje	smile
löjeväckande	ridicule
löjlig	ridiculous
löjligt	ridiculously
lök	onion
lökig	lazy
lömsk	wily
lömsk flugsvamp	death cap
lön	reward
löna	pay
lönelista	payroll
löneslav	wage slave
lönlös	futile
lönn	maple
lönnlöv	maple leaf
lönnmord	assassination
lönnmörda	assassinate
lönnmördare	assassin
lönsam	profitable
lönt	worthwhile
löpande	running
löpare	runner
löparlinne	running shirt
löpband	treadmill
löpmage	abomasum
löpnummer	serial number
löpstark	very
löptiden	duration
lördag	saturday
lördagar	saturday
lördagsgodis	candy
lös	less
lös egendom	personal property
lösa	solve
lösdrivare	vagabond
lösdriverska	vagrant
lösen	ransom
lösenord	password
lösenorden	passwords
lösgodis	bulk confectionery
löshäst	oddball
lösmynt	secrets
lösning	solution
lösningsmedel	solvent
löst	solved
lösöre	personal property
löv	leaf
löv i vinden	leaf fluttering in wind
lövgroda	tree frog
lövskog	deciduous
lövträd	deciduous tree
lövträd	tree
lövverk	leafage
m	w
m i en cirkel	circled m
m.fl	and others
m.m	and more
maas	meuse
machnoist	makhnovist
mack	gas station
macka	sandwich
madagaskar	madagascar
madrass	mattress
maffig	impressive
maffigt	impressively
mage	stomach
mager	lean
maggördel	cummerbund
magiker	mage
magisk	magical
magnesiumhydroxid	magnesium hydroxide
magnesiumoxid	magnesium oxide
magnetisk	magnetic
magnetit	magnetite
magnifik	magnificent
magnifikt	magnificently
magnitud	magnitude
magnoliaskogssångare	magnolia warbler
magra	lose weight
magsmärta	stomach pain
magväska	money belt
mahjong bricka	mahjong red dragon
maj	maja
maj	may
maja	maria
majblomma	may day flower
majbritt	maj britt
majo	mayonnaise
majonnäs	mayonnaise
major	squadron leader
majoritet	majority
majs	maize
majskolv	ear of corn
majsstärkelse	cornstarch
maka	spouse
makare	maker
make	spouse
makedonien	macedonia
makedonier	republic of macedonia
makedonska	macedonia
maklig	easygoing
makrill	mackerel
makro	macro
makron	macros
makroväljaren	selector
makt	power
maktfullkomlig	dictatorial
maktfullkomlighet	dictatorialness
maktlysten	power hungry
maktlystnad	lust
maktlös	powerless
maktlöst	powerlessly
maktmedel	tool
maktspel	battle
mala	grind
malagassiska	malagasy
malajiska	malay
malakit	malachite
malakitgrön	malachite
maldiverna	maldives
mall	template
mallar	templates
malm	ore
malström	maelstrom
maltes	maltese
maltesisk	maltese
maltesiska	malta
maltos	maltose
malträtera	maltreat
malva	mallow
malört	wormwood
mamma	mom
mammut	mammoth
mamsell	miss
man gestikulerar nej	man gesturing no
man gestikulerar ok	man gesturing ok
man i brudslöja	man with veil
man i lotusposition	man in lotus position
man i manuell rullstol	man in manual wheelchair
man i permobil	man in motorized wheelchair
man i smoking	man in tuxedo
man i turban	man wearing turban
man i ångbastu	man in steamy room
man matar spädbarn	man feeding baby
man med boll	man bouncing ball
man med kinesisk hatt	person with skullcap
man med skägg	person beard
man med turban	person wearing turban
man med vit käpp	man with white cane
man skägg	man beard
man som blir masserad	man getting massage
man som cyklar	man biking
man som går	man walking
man som hjular	man cartwheeling
man som jonglerar	man juggling
man som klättrar	man climbing
man som lyfter tyngder	man lifting weights
man som simmar	man swimming
man som spelar golf	man golfing
man som spelar handboll	man playing handball
man som spelar vattenpolo	man playing water polo
man som springer	man running
man som surfar	man surfing
mana	encourage
manad	urged
manchester	corduroy
mandarin	mandarin orange
mandarin	tangerine
mandat	mandate
mandel	almond
mandelbrotmängd	mandelbrot set
mandrom	i
manet	jellyfish
manfolk	man
mang	ment
mangan	manganese
mango	mangor
manhål	manhole
manifestera	manifest
maning	request
manipulera	manipulate
manke	withers
manlig	manly
manlig alv	man elf
manlig ande	man genie
manlig astronaut	man astronaut
manlig bonde	man farmer
manlig brandman	man firefighter
manlig byggarbetare	man construction worker
manlig detektiv	man detective
manlig domare	man judge
manlig fabriksarbetare	man factory worker
manlig forskare	man scientist
manlig grenadjär	man guard
manlig it expert	man technologist
manlig kock	man cook
manlig konstnär	man artist
manlig läkare	man health worker
manlig lärare	man teacher
manlig magiker	man mage
manlig mekaniker	man mechanic
manlig pilot	man pilot
manlig polis	man police officer
manlig student	man student
manlig superhjälte	man superhero
manlig superskurk	man supervillain
manlig sångare	man singer
manlig vampyr	man vampire
manlig zombie	man zombie
manlig älva	man fairy
mannagryn	semolina
manshora	gigolo
manssymbol	male sign
mantel	mantle
mantelklocka	mantelpiece clock
manual	handbook
manuell	manual
manuell rullstol	manual wheelchair
manuell växellåda	manual transmission
manuella	manual
manuellt	manually
manuskript	manuscript
manuskriptsamling	collection
manöver	manoeuvre
manövrera	maneuver
mao	med andra ord
maoistisk	maoist
maorier	maori
mapp	folder
mappa	map
mappar	folders
mar	march
maraton	marathon
mardröm	nightmare
mardrömmar	nightmares
margareta	middle name
margaretha	margareta
margarin	margarine
marginal	margin
marginaler	margins
marginaljusterad	justified
marginaljustering	justify
margret	margareta
maria	mary
maria från magdala	mary magdalene
maria magdalena	mary magdalene
marianergraven	mariana trench
marianerna	marianas
marie	britt
marin	navy
marinbiolog	marine biologist
marinbiologi	marine biology
maritim	maritime
mark	ground
markera	mark
markerad	marked
markerade	selected
markerande	marking
markerar	selects
markering	mark
markering	selection
marketenteri	sutler
markhackare	pseudopodoces humilis
markis	awning
marknad	market
marknadsföra	market
marknadsföring	marketing
marknadsplats	marketplace
markstyrka	land force
marksubstans	land surface materials
markus	mark
markägare	landowner
markör	marker
markör	refreshed
markören	cursor
marmelad	jam
marmor	marble
marocko	morocco
marodör	marauder
mars	march
marsch	march
marschera	march
marshallöarna	marshall islands
marsian	martian
marsipan	marzipan
marskalk	marshal
marsvin	guinea pig
marta	martha
marulk	monkfish
marxistisk	marxist
marys	mary's
maräng	meringue
mas	dalecarlian
masa	move slowly
mask	masculine
mask	worm
maska	stitch
maskaron	mascaron
maskera	mask
maskerat ansikte	disguised face
maskin	machine
maskinist	engineer
maskinskrivare	typist
maskinskriverska	typist
maskinteknik	mechanical engineering
maskinteknisk	mechanical engineering
maskinvara	hardware
maskmedel	anthelmintic
maskopi	collusion
maskot	mascot
maskpalmmård	masked palm civet
maskros	dandelion
maskulin	masculine
maskulinum	gender
maskäten	worm eaten
massa	mass
massagestav	vibrator
massaker	massacre
massavrättning	mass execution
massbetong	bulk concrete
massbrev	bulk mail
masscentrum	centre of mass
masscirkulation	circulation
massdefekt	mass defect
massdistribution	distribution
massdöd	megadeath
massera	massage
massfaxning	faxing
massframställning	wholesale production
massförstörelse	mass destruction
massförstörelsevapen	weapon of mass destruction
massgrav	mass grave
masshysteri	mass hysteria
massinvandring	mass immigration
massjukskrivning	sickness absence
masskommunicera	mass communicate
masskonsumtion	consumption
masskonsumtionsvara	consumption
massmarknad	mass market
massmedium	mass medium
massmord	mass murder
massmördare	mass murderer
massor	lots
massproducera	mass produce
masspropaganda	propaganda
massrörelse	movement
masstart	start
masstransport	conveyance
massundersökning	screening
massundervisning	education
massupplaga	mass edition
massvaccinering	vaccination
massvis	mass
mat	food
mat	mathematics
mata	feed
mataffär	grocery store
matare	feeder
matchande	mismatch
matchar	matches
matchen	ended
matdags	mealtime
mate te	mate
matematik	mathematics
matematiker	mathematician
matematikmaskin	computer
matematisk	mathematical
matematiska	mathematical
materia	matter
material	matter
materialist	materialism
materialistisk	materialistic
materiel	equipment
materiell	material
matfisk	foodfish
matförgiftning	food poisoning
mathilda	matilda
matjord	topsoil
matlagning	cooking
matlåda	lunchbox
matris	matrix
matris	array
matriser	arrays
matrisx	arrayx
matrisy	arrayy
matrum	dining room
matsal	dining room
matsmältning	digestion
matspjälkning	digestion
matstrupe	oesophagus
matsäck	packed lunch
matt	weak
mattant	woman
matte	pet
matteus	matthew
matteusevangeliet	gospel
mattias	matthias
matvara	grocery
mauretanien	mauritania
maxa	max
maximera	maximize
mc	motorcycle
mdå	mdy
meckig	tricky
med	medicine
med	with
med buller och bång	spectacularly
med en gång	at once
med fingrarna i syltburken	red handed
med vänliga hälsningar	formula
medalj	medal
medan	while
medans	while
medarbetare	coworker
medborgare	citizen
medborgarjournalistik	citizen journalism
medborgarkrig	civil war
medborgarskap	citizenship
meddela	communicate
meddela	notify
meddelande	message
meddelanden	messages
meddelare	informant
meddelarfrihet	legal right
meddelarskydd	legal right
meddelbar	conveyable
mede	runner
medel	means
medel	mid
medel	average
medelbar	mediate
medeleng	middle english
medelengelska	middle english
medelhav	mediterranean sea
medelhavet	mediterranean sea
medelhavstrut	yellow legged gull
medelhavsväxt	mediterranean
medelholl	middle dutch
medelholländska	middle dutch
medelhögty	middle high german
medelhögtyska	middle high german
medelintelligent	intelligence
medelklass	middle class
medellågty	middle low german
medellågtyska	middle low german
medelmåtta	mediocre person
medelmåttig	mediocre
medelmåttighet	mediocrity
medelnedertyska	middle low german
medeltid	middle ages
medeltida	medieval
medeltidskyrka	medieval church
medeltidslat	medieval latin
medeltidslatin	medieval latin
medelvärde	mean
medelvärdet	mean
medelålder	middle age
meder	mede
medfödd	congenital
medföra	imply
medge	admit
medgivande	concession
medgrundare	cofounder
medhjälpare	assistant
medicin	medicine
medicinsk symbol	medical symbol
medicinskt tillstånd	medical condition
medis	medborgarplatsen
meditera	meditate
medium	communication
medkontrahent	party
medla	mediate
medlare	mediator
medlem	member
medlemskap	membership
medlemsstat	member state
medling	mediation
medlöpare	fellow traveller
medmänniska	fellow human
medsols	sunwise
medsyster	sister
medtrafikant	fellow road user
medurs	clockwise
medverka	participate
medvetande	consciousness
medveten	conscious
medveten	aware
medvetenhet	consciousness
medvetet	consciously
medvetslös	unconscious
medvind	tailwind
medvurst	sausage
megafon	megaphone
megalitisk	megalithic
mejl	e mail
mejla	e mail
mejsel	chisel
mekanik	mechanics
mekaniker	mechanic
mekanisk	mechanic
mekanisk arm	mechanical arm
mekaniskt ben	mechanical leg
melanesien	melanesia
melankoli	melancholy
melankolisk	melancholic
melankoliskt	melancholically
mellan	between
mellan skål och vägg	among friends
mellanboss	midboss
mellandagarna	christmas day
mellanfolklig	international
mellanfot	metatarsus
mellanfotsben	metatarsal bone
mellanfärgad hy	medium skin tone
mellangård	perineum
mellankrigstid	interwar period
mellanliggande	intermediate
mellanliten svart ruta	black medium small square
mellanliten vit ruta	white medium small square
mellanljus hy	medium light skin tone
mellanmål	snack
mellanmörk hy	medium dark skin tone
mellannamn	surname
mellanrum	gap
mellanslag	space bar
mellanstor svart ruta	black medium square
mellanstor vit ruta	white medium square
mellansvep	interscan
mellantid	meantime
mellanöl	beer
mellanöstern	middle east
mellersta	middle
melodi	melody
melodikryss	pub
melodisk	musical
mem	meme
memoar	memoir
memorera	remember
men	but
men hallå	hello
mena	mean
mened	perjury
menedare	perjurer
mening	meaning
mening	sentence
meningar	sentences
meningslös	meaningless
meningsmotståndare	opponent
menisk	meniscus
menlös	harmless
menora	menorah
menstruera	menstruate
mental	mind
mentalesiska	mentalese
mentalitetshistoria	history
mentalsjuk	mentally ill
mentalsjukdom	mental illness
mentalsjukhus	mental hospital
mentalt	mentally
menuett	minuet
meny	menu
menyer	menus
menykommando	menu command
menyrad	menubar
mer	mycket
mer	more
mer eller mindre	more or less
mera	more
merkostnad	cost
merkurius	mercury
meroitiska	meroitic
meronymi	meronymy
mes	tit
mesopotamien	mesopotamia
mesosfär	mesosphere
mess	text message
messa	send
messiansk	messianic
messianskt	messianically
messmör	soft dairy product
mest	mostly
mestadels	mostly
mestis	mestizo
meta	angle
metadata	data
metadon	methadone
metafil	metafile
metafor	metaphor
metall	metal
metallbearbetning	metalworking
metallurg	metallurgist
metallurgi	metallurgy
metallurgisk	metallurgic
metan	methane
metanol	methanol
metansyra	methanoic acid
meteor	meteorology
meteorit	meteorite
meteorolog	meteorologist
meteorologi	meteorology
meteorologisk	meteorologic
meter	metre
metionin	methionine
metod	method
metoden	method
metoder	methods
metodik	methodology
metodisk	methodical
metrisering	metrization
metrisk	metric
metrologi	metrology
metronom	metronome
metropolit	metropolitan
mexikan	mexican
mexikansk	mexican
mexikansk tita	mexican chickadee
mexikanska	woman
mexikanska golfen	gulf of mexico
mexikanskt	mexican
mezuza	mezuzah
mgm	lcm
mic	microphone
mick	mike
mickra	microwave oven
mid	middle
middag	midday
middag	dinner
middagskaffe	after dinner coffee
midja	waist
midjeväska	money belt
midnatt	midnight
midsommar	midsummer
midsommarstång	midsummer pole
miffo	idiot
mig	me
migrationsminister	minister
migrera	migrate
migrering	migration
mikael	michael
mikra	microwave
mikro	micro
mikro	microwave oven
mikrob	microbe
mikroelektronik	microelectronics
mikrofiber	microfiber
mikrofon	microphone
mikrokrets	microcircuit
mikronesien	micronesia
mikronesiens federerade stater	mikronesien
mikroorganism	microorganism
mikrosekund	microsecond
mikroskop	microscope
mikrotecken	micro sign
mikrovåg	microwave
mikrovågsugn	microwave oven
mil	meter
mil	military
mil	miles
mila	charcoal stack
mild	gentle
mildra	ease
mildögd	mild eyed
milis	militia
militär	military
militär medalj	military medal
militärhistoria	military history
militärhjälm	military helmet
militärjunta	military junta
militärsakkunnig	military adviser
militärstyrka	military force
militärt	militarily
militärtjänstgöring	military service
miljard	thousand million
miljardär	billionaire
miljon	million
miljoner	million
miljontal	million
miljonte	millionth
miljonär	millionaire
miljö	environment
miljö och jordbruksutskott	committee
miljödepartement	ministry
miljöfråga	environmental issue
miljökontroll	environmental control
miljömedicin	environmental medicine
miljöminister	minister
miljöstrateg	environmental strategist
miljöteknik	environmental engineering
milliliter	millilitre
millimeter	millimetre
millisekunder	milliseconds
milt	gently
milt sagt	to say the least
mima	lip sync
min	my
mina	mine
minderårig	underage
mindre	smaller
mindre	less
mindre asien	asia minor
mindre beckasinsnäppa	short billed dowitcher
mindre bergand	lesser scaup
mindre bläckfisk	squid
mindre gulbena	lesser yellowlegs
mindre hackspett	lesser spotted woodpecker
mindre skrikörn	lesser spotted eagle
mindre strandpipare	little ringed plover
mindre sångsvan	bewick's swan
mindre än	less than
miner	mineralogy
minera	mine
mineralogi	mineralogy
mineralvatten	mineral water
minering	mine
minervauggla	little owl
miniatyr	miniature
miniatyrdiagram	sparkline
miniatyrisera	miniaturize
miniboss	midboss
minibuss	minibus
minikjol	miniskirt
minimera	minimize
minimiavkastning	minimum return
mininovell	short short story
miniräknare	calculator
ministerium	ministry
ministerråd	council
ministerstyre	cabinet
mink	american mink
minnas	remember
minne	memory
minnesallokering	memory allocation
minnesbild	mental image
minnesgod	good memory
minneskort	memory card
minnessida	memory page
minnesvärd	memorable
minnesvärt	memorably
minoritet	minority
minoritetsägare	minority owner
minsann	indeed
minska	reduce
minska	decrease
minskar	reduces
minskning	decrease
minst	at least
minst	least
minsta	minimum
minsta gemensamma nämnare	lowest common denominator
minus	minus sign
minus eller plus	minus or plus
minustecken	minus sign
minut	minute
minuter	minutes
minuthandel	retail
minuthandlare	retailer
minutiös	minute
minutvisare	minute hand
minvert	minverse
miombomes	miombo tit
mirakulöst	miraculously
mirjam	miriam
misandri	misandry
misandrisk	misandric
misogyn	misogynist
miss	hit
missa	miss
missbruk	abuse
missbruka	abuse
missbrukare	addict
missbrukning	abuse
missdådare	wrongdoer
misse	pussy cat
missfall	miscarriage
missförhållande	misfortune
missförstå	misunderstand
missförstånd	misunderstanding
missgärning	misdeed
misshaga	displease
misshandel	abuse
misshandla	batter
missil	missile
mission	evangelism
missionera	mission
misskreditera	discredit
misslyckades	failed
misslyckande	failure
misslyckas	fail
missminna	misremember
missnöje	dissatisfaction
missnöjt ansikte	unamused face
misstag	mistake
misstanke	suspicion
misstro	distrust
misstroende	distrust
misstroendeförklaring	declaration
misstycka	disapprove
misstänka	suspect
misstänksam	suspicious
misstänksamt	suspectingly
misstänkt	suspect
missunnsam	jaundiced
missuppfatta	misunderstand
missuppfattad	misheard
missvisande	misleading
mist	fog
mista	lose
mitokondrie	mitochondrion
mitra	mitre
mitt	middle
mitt i prick	bullseye
mittback	centre back
mittemot	opposite
mitten	center
mittfält	midfield
mittfältare	midfielder
mittpunkt	centre point
mjau	meow
mjuk	soft
mjuk vokal	e
mjuka	soften
mjuka	soft
mjukglass	soft ice cream
mjukmedel	fabric softener
mjukna	soften
mjukt	softly
mjukvara	software
mjälte	spleen
mjöd	mead
mjöl	flour
mjölk	milk
mjölka	milk
mjölkchoklad	milk chocolate
mjölkglas	glass of milk
mjölkpiga	milkmaid
mjölksocker	lactose
mjölksyra	lactic acid
mjölnare	miller
mjölner	mjollnir
mm	med mera
mo	sandy soil
mobil	mobile
mobil förbjuden	no mobile phones
mobilisera	mobilize
mobilisering	mobilization
mobiltelefon	cell phone
mobiltelefon	mobile phone
mobiltelefon med pil	mobile phone with arrow
mocka	suede
mod	courage
modd	snow
mode	fashion
modebloggare	blogger
modebloggerska	blogger
modedocka	fashion plate
modell	model
modellen	model
modeller	models
moder	mother
moder jord	mother earth
moder natur	mother nature
moderat	moderate
moderbolag	parent company
moderkort	motherboard
modernisera	modernize
modevisning	fashion show
modifiera	modify
modifierbar	modifiable
modig	brave
modir	mirr
modul	module
modul1	module1
moduler	modules
mogen	mature
mojna	calm
mojäng	gadget
moldavien	moldova
molekyl	molecule
molekylärbiolog	molecular biologist
molekylärbiologi	molecular biology
molekylärformel	molecular formula
moll	minor
moll	sharp
moln	cloud
moln med blixt	cloud with lightning
moln med snö	cloud with snow
molnig	cloudy
molybden	molybdenum
moms	sales tax
moms	tax
monark	monarch
monarki	monarchy
monetär	monetary
mongo	down's syndrome
mongoliet	mongolia
mongoliska	mongolian
mongolpipare	charadrius mongolus
monke	blue bonnet
monofyletisk	monophyletic
monofyli	monophyly
monokausal	monocausal
monolatrism	monolatry
monolog	monologue
monoplan	monoplane
monopol	monopoly
monoteism	monotheism
monoteist	monotheist
monoton funktion	monotonic function
monsun	monsoon
montera	mount
montör	assembler
moona	moon
mopp	mop
moppe	moped
mops	pug
mor	mother
moral	morale
moralisk	moral
moraliskt	morally
morbror	maternal uncle
mord	murder
mordbrand	arson
mordförsök	assassination attempt
mordisk	murderous
mordvapen	murder weapon
morfar	mother
morfar	grandfather
morfem	morpheme
morfeus	morpheus
morfin	morphine
morfism	morphism
morfologisk	morphological
morförälder	maternal grandparent
morgon	morning
morgondag	tomorrow
morgongrus	sleep
morgongåva	morning gift
morgonkaffe	coffee
morgonrock	dressing gown
morgonrodnad	red sky
morgonsoffa	morning
morgontidning	morning newspaper
morkulla	eurasian woodcock
mormor	maternal grandmother
mormor	grandmother
morot	carrot
morot och piska	carrot and stick
morron	morning
morse	morning
morsekod	morse code
morsning	hi
mosaik	mosaic
moscha	moonshine
mose	moses
mosebok	books of moses
moskovitisk	muscovian
moské	mosque
mosnäppa	temminck's stint
mossa	moss
moster	maternal aunt
mot	interchange
motanfall	counter attack
motbevis	disproof
motbevisa	disprove
motbjudande	repulsive
motell	motel
motett	motet
motgift	antidote
motion	exercise
motiv	motive
motivera	justify
motivering	justification
motor	engine
motorbåt	motor boat
motorcykel	motorcycle
motorcykelhjälm	crash helmet
motorcyklist	motorcyclist
motorgräsklippare	motorized lawnmower
motorhuv	bonnet
motorsåg	chainsaw
motorsåga	chainsaw
motorväg	freeway
motorväg	motorway
motorvägssträcka	stretch
motrörelse	countermovement
motsats	contradiction
motsatsen	opposite
motsatsförhållande	relationship
motsatt	opposite
motsols	moonwise
motsols	counterclockwise
motstridig	contradictory
motstycke	counterpart
motstånd	resistance
motståndare	opponent
motsvara	correspond
motsvarande	corresponding
motsvarar	corresponds
motsäga	contradict
motsägelse	contradiction
motsägelsebevis	proof by contradiction
mottagande	reception
mottagare	receiver
mottagare	recipient
mottagarens	recipient's
mottagarfältet	addressee
mottagningskök	satellite kitchen
moturs	counterclockwise
motverka	remedy
motvikt	counterweight
motvilja	reluctance
motvind	headwind
moçambique	mozambique
mp3 spelare	mp3 player
mpl	specified least amount
mu	moo
muck	objection
muffin	cupcake
muffins	muffin
mugg	mug
mugg med sugrör	cup with straw
mugglare	muggle
mujka	vendace
mul och klövsjuka	foot and mouth disease
mulen	cloudy
mull	mould
mullig	chubby
mullvad	mole
mullvadssyrsa	mole cricket
multimarkering	multiselection
multipel	multiple
multiplicera	multiply
multiplicerar	multiplies
multipliceras	multiplied
multiplikation	multiplication
multiplikationstecken	multiplication sign
multiplikativ	multiplicative
mulåsna	hinny
mumie	mummy
mumla	mumble
mummel	buzz
mumrik	peculiar
mums	yum
mumsa	snack
mun	mouth
mundiarré	verbal diarrhea
mungiga	jew's harp
mungipa	corner
municip	municipality
municipium	municipality
munk	doughnut
munk	monk
munkorg	muzzle
munskänk	cupbearer
munspel	harmonica
munter	merry
muntlig	oral
muntligt	orally
munväder	babble
mupp	muppet
mur	wall
murare	mason
murarskjorta	workshirt
murken	moldy
murkla	morel
murkna	decay
murpelare	section
murrig	sullen
murvel	journalist
mus	mouse
mus	music
musansikte	mouse face
museet	museum
museitåg	museum train
musen	mouse
musfälla	mouse trap
musicera	play music
musik	music
musikal	musical
musikalisk	music
musikallåt	show tune
musikant	musician
musiker	musician
musikfrågesport	music quiz
musikgrupp	band
musikhögskola	college
musikinstrument	instrument
musikinstrument	musical instrument
musikliv	music
musiklärare	music teacher
musiknot	musical note
musiknoter	musical notes
musikpaviljong	music pavilion
muskedunder	blunderbuss
muskel	muscle
muskelkoordination	muscle coordination
musketör	musketeer
musknapp	mouse button
musknappen	release
musköt	musket
muspekare	mouse cursor
muspekaren	pointer
musse pigg	musse
musseron	mushroom
mussla	clam
must	soft drink
mustasch	moustache
musteri	facility
mustig	strong
muta	bribe
mutkolv	bribe
mutta	cunt
mutter	nut
muttra	mutter
my	sweden
mycken	much
mycket	much
mycket mindre än	much less than
mycket större än	much greater than
mygel	wangling
mygg	mosquito
mygga	mosquito
mygglarv	mosquito larva
myggnät	mosquito net
mygla	wangle
myla	rub snow
myndig	age of majority
myndighet	authority
mynning	mouth
mynt	coin
mynten	coins
myon	muon
myr	bog
myra	ant
myrdal	surname
myrornas krig	monochromatic
myrsnäppa	broad billed sandpiper
myrspov	bar tailed godwit
myrsyra	formic acid
myrten	myrtle
mysa	contentedness
mysig	cosy
mysterium	mystery
mystik	mystique
mystiker	mystic
mystisk	mysterious
mystiskt	mysteriously
myt	myth
myt	mythology
mythologiskt	mythological
mytiskt	mythically
mytkrossare	myth buster
mytologi	mythology
mäkla	broker
mäklare	broker
mäktig	powerful
mäla	mention
mälaren	lake malar
mäle	speech
mälta	malt
män	men
män med kaninöron	men with bunny ears
mängd	amount
mängdlära	set theory
mängdoperationer	operations
människa	human being
människoapa	hominid
människobarn	man child
människonatur	human nature
människor	people
människorov	kidnapping
människovärde	human value
mänsklig	human
mänsklighet	humanity
märg	marrow
märka	mark
märke	mark
märke	brand
märklig	remarkable
märkning	marking
märkt	marked
märkte	noticed
märkvärdig	curious
märr	mare
mässa	mass
mässig	capable
mässing	brass
mässling	measles
mästare	master
mäster	master
mästerskap	mastership
mästerverk	masterpiece
mäta	measure
mätare	meter
mätbar	measurable
mätbart	measurably
mätdon	measuring device
mätning	measure
mätt	full
mätta	feed
mättad	saturated
mättnad	saturation
mådde	feeling
måfå	randomness
måg	son in law
måhända	maybe
mål	target
målad	painted
målade	painted
målare	painter
målarkonst	painting
målarpensel	paintbrush
måleri	painting
målfarlig	score
målfattig	goal
målgrupp	target group
målgörare	scorer
målis	goalie
målmängd	codomain
målning	painting
målnät	goal net
målram	woodwork
målrik	goal
målsnål	goal
målspruta	top scorer
målsägande	injured party
måltavla	shooting target
måltid	meal
målvakt	goalkeeper
målvärdessökning	goal
månad	month
månader	months
månadspeng	pocket money
månadstidning	monthly newspaper
månadsvis	monthly
månatlig	monthly
månatligen	monthly
måndag	monday
måne	moon
måne i andra kvarteret	waxing gibbous moon
måne i fjärde kvarteret	waning crescent moon
måne i första kvarteret	waxing crescent moon
måne i tredje kvarteret	waning gibbous moon
månförmörkelse	lunar eclipse
många	many
mångata	roadlike reflection
månget	many a
mångfacetterad	multifaceted
mångfald	diversity
mångfasetterad	multifaceted
mångla	monger
mångsidig	versatile
mångsidighet	versatility
månkaka	moon cake
månsing	cant
månsken	moonlight
månskära	crescent moon
månskära	crescent
månskådning	moon viewing ceremony
mård	pine marten
mårka	isthmus
mårten	morten
mås	gull
måste	must
måsvinge	curly bracket
mått	measure
måttband	measuring tape
måttbestämd	determined measure
måttenhet	measurement
måttlinje	dimension
mö	woman
möbel	furniture
möblera	furnish
möderne	maternity
mödosam	strenuous
mög	dirt
mögel	mould
möglig	mouldy
möhippa	hen night
möjlig	possible
möjliga	possible
möjligen	possibly
möjliggöra	enable
möjlighet	possibility
möjligtvis	possibly
mölla	mill
mönster	pattern
mönstergill	perfect
mönstergillt	perfectly
mönsterkort	printed circuit board
möp	unsound
mör	tender
mörda	murder
mördare	murderer
mörderska	murderess
mörja	mud
mörk	dark
mörk energi	dark energy
mörk hy	dark skin tone
mörk materia	dark matter
mörka	hide
mörker	darkness
mörkhyad	dark skinned
mörklila	purple
mörkläggning	cover up
mörkna	darken
mört	roach
mössa	knit cap
möta	meet
möta sitt japan	lose
mötande	oncoming
mötande bil	oncoming automobile
mötande buss	oncoming bus
mötande polisbil	oncoming police car
mötande taxi	oncoming taxi
möte	meeting
mötesplats	scheduled meeting
mötesprotokoll	minutes
mötet	meeting
müsli	muesli
n ställig logik eller	n ary logical or
n ställig produkt	n ary product
n ställig summering	n ary summation
n ställig union	n ary union
n ställigt snitt	n ary intersection
n.n	anonymous
n.s	new style
na	her
nablaoperatorn	nabla
nabo	neighbour
naboskap	neighbourship
nacka	chop
nackdel	drawback
nacke	nape
nackskinn	scruff
nackskott	shot
nafs	bite
nafsa	nibble
naftalin	naphthalene
nagel	nail
nagelfara	scrutinize
nagelfil	nail file
nagelklippare	nail clipper
nagellack	nail polish
nagellackborttagningsmedel	nail polish remover
nagellacksborttagning	removal
naima	naimi
naiv	naive
naken	nude
nalka	approach
nalkas	approach
nalle	bear
nallebjörn	teddy bear
namn	name
namne	namesake
namnge	name
namngivna	named
namnkunnig	famous
namnlista	list
namnlös	nameless
namnlös	untitled
namnområden	namespaces
namnsdag	name day
namnskylt	name badge
namnteckning	signature
nanometer	nanometre
nanosekund	nanosecond
napp	pacifier
nappflaska	baby bottle
narkoman	junkie
narkotika	narcotics
narkotikapreparat	narcotic
narr	fool
narra	fool
narrativ	narrative
narval	narwhal
nasa	travel
nasare	door salesman
nasaret	nazareth
nassel	cookies
natanael	nathanael
nation	nationality
nationalbibliotek	national library
nationaldag	national day
nationalförening	national society
nationalförsamling	national assembly
nationalmuseum	national museum
nationalpark	national park
nationalsocialist	national socialist
nationalsocialistisk	national socialist
nationalsymbol	national emblem
nationalsång	national anthem
nationell	national
nationsflagga	national flag
natrium	sodium
natriumbenzoat	sodium benzoate
natriumcitrat	sodium citrate
natriumcyklamat	sodium cyclamate
natriumditionit	sodium dithionite
natriumhydroxid	sodium hydroxide
natriumklorid	sodium chloride
natt	night
nattblacka	bat
nattblindhet	night blindness
nattduksbord	nightstand
natten	night
nattetid	nighttime
nattfly	owlet moth
natthäger	black crowned night heron
natthärbärge	night shelter
natti natti	nighty night
nattklubb	nightclub
nattlig	nightly
nattmangling	wring
nattredaktör	night editor
nattskärra	caprimulgus europaeus
nattstånden	vapid
nattsudd	late night partying
nattuggla	night owl
nattvard	holy communion
nattåg	night train
natur	nature
natura	in kind
naturaförmån	benefit in kind
naturbarn	artless person
naturbegåvning	natural
naturfolk	indigenous people
naturgas	natural gas
naturhistoria	natural history
naturhistorisk	natural history
naturhistoriska	naturhistoriska riksmuseet
naturkatastrof	natural disaster
naturlag	law of nature
naturlig	natural
naturliga	natural
naturligt tal	natural number
naturligtvis	of course
naturrätt	natural law
naturskydd	nature conservation
naturskön	scenic
naturtillstånd	state of nature
naturvetare	scientist
naturvetenskap	science
naturvård	environmental protection
nav	hub
navigera	navigate
navigera	navigating
navkapsel	hubcap
nazifientlig	nazism
naziregim	nazi regime
nazist	nazi
nazistisk	nazi
nazityskland	nazi germany
ne	common gender
neandertalare	neanderthal
nebulosa	nebula
necessär	necessaire
ned	down
ned	hold
nedan	below
nedanför	below
nedbrytare	decomposer
nedbrytning	decomposition
neder	down
nederbörd	precipitation
nederdel	lower
nederlag	defeat
nederländerna	netherlands
nederländsk	dutch
nederländska	dutchwoman
nederländska	dutch
nederländska antillerna	netherlands antilles
nedför	downhill
nedförsbacke	downhill
nedgång	descent
nedladdning	download
nedlåtande	condescending
nedprioritera	deprioritize
nedprioriterad	deprioritized
nedprioriterande	deprioritizing
nedre	lower
nedre avslutande citattecken	low right quotation mark
nedre halvcirkel	lower half circle
nedrusta	disarm
neds	derogatory
nedsatt	disabilities
nedslagen	defeated
nedslaget kallsvettigt ansikte	downcast face with sweat
nedslå	defeat
nedströms	downstream
nedsänkt	subscript
nedsänkt högerställd apostrof	low right apostrophe
nedsätta	reduce
nedsättande	belittling
nedsättning	reduction
nedteckna	write
nedtryckt	depressed
nedvärdera	devalue
nedåt	downward
nedåt	down
nedåtdiagonal	downward
nedåtgående trend	chart decreasing
nedåtknapp	downwards button
nedåtpekande finger	backhand index pointing down
nedåtpekande röd triangel	red triangle pointed down
nedåtpil	down arrow
nedåtpil höger	down right arrow
nedåtpil vänster	down left arrow
nedåtriktad	downwards
nedåtriktad dubbelpil	downwards double arrow
nedåtriktad pil	down pointing arrow
nedåtriktad pil från streck	downwards arrow from bar
nedåtriktad sicksackpil	downwards zigzag arrow
nedåtriktad streckad pil	downwards dashed arrow
negativ	negative
negativa	negative
negativitet	negativity
negbinomförd	negbinomdist
neger	negro
negerboll	confectionery
negerkyss	confection
negerslav	black slave
negligera	neglect
negrinna	negress
nej	no
nejd	surroundings
nejlika	carnation
nejonöga	lamprey
neka	deny
nekad	denied
nekande	negative
nekrofil	necrophile
nektarin	nectarine
nemas problemas	no problem
neodym	neodymium
neokonservativ	neoconservative
neologi	neology
nepales	nepali
nepalesisk	nepalese
neptunus	neptune
ner	down
nere	down
nergrisad	filthy
nertid	downtime
nervsystem	nervous system
nervvrak	nervous wreck
nerväxt	degrowth
nervös	nervous
neråt	downward
netnuvärde	npv
nettoarbetsdagar	networkdays
nettovikt	net weight
neurolog	neurologist
neurologi	neurology
neurologisk	neurological
neurotoxikolog	neurotoxicologist
neurotoxikologi	neurotoxicology
neurotoxikologisk	neurotoxicological
neutr	neuter
neutral	intransitive
neutralisera	neutralize
neutralt ansikte	neutral face
neutronstjärna	neutron star
neutrum	neuter gender
nevö	nephew
new knapp	new button
new york	united states
ng knapp	ng button
ngn	sb
ngt	sth
ni	you
nicka	nod
nidbild	scurrilous portrait
nietzscheansk	nietzschean
niga	bow
nihilistisk	nihilistic
nikotin	nicotine
nilen	nile
nilgås	egyptian goose
nim	convenient
nimma	take
nio	nine
niob	niobium
nionde	ninth
niondel	ninth
nit	rivet
nittio	ninety
nittionde	ninetieth
nittiondedel	ninetieth
nittiondel	ninetieth
nitton	nineteen
nittonde	nineteenth
nittondedel	nineteenth
nittondel	nineteenth
nitälskan	zeal
nivellera	level
nivellering	leveling
nivå	level
nivåboss	level boss
nivåer	levels
nivåreglage	level slider
nix	not
nja	yes
njalla	storage hut
njure	kidney
njuta	enjoy
njutare	enjoyer
njuter	enjoying
njutning	enjoyment
nn	anonymous
no	natural sciences
no	norwegian
noa	noah
noah	noa
noak	noah
noaord	euphemism
nobba	reject
nobben	rejection
nobel	noble
nobelpristagare	nobel prize laureate
nog	enough
nog	tom'll
noga	careful
noggrann	precise
noggrannhet	accuracy
nogräknad	scrupulous
nogsam	well enough
nogsamhet	sufficiency
nogsamt	thoroughly
noja	paranoia
nojig	paranoid
noll	zero
nolla	zero
nollning	reset
nollor	zeroes
nollställe	zero
nollställning	reset
nolltolerans	zero tolerance
nollåtta	stockholmer
nomi	nomy
nominativ	nominative
nominella	nominal
nominellt	par
nominera	nominate
nominering	nomination
nomränta_add	nominal_add
nonan	nonane
nonfigurativ	nonfigurative
noomi	naomi
nor	narrow strait
nord	north
nordafrika	north africa
nordamerika	north america
nordamerikan	north american
nordamerikanska	woman
nordanvind	wind
nordbo	nordic countries
norden	nordic countries
nordisk	nordic
nordisk kombination	nordic combined
nordkorea	north korea
nordkorean	north korean
nordkoreansk	north korean
nordlig	northern
nordmarianerna	northern marianas
nordost	northeast
nordpol	north pole
nordsamiska	northern sami
nordsamiska	northern
nordsjön	north sea
nordväst	northwest
nordvästra	northwestern
nordöstra	northeastern
norfolkön	norfolk island
norge	norway
normal	line
normaler	normals
normalfördelning	normal distribution
normalisera	normalize
normalt	normally
normalvy	exits
normand	norman
normandisk	norman
normera	standardize
normering	standardization
normförd	normdist
norpa	nick
norr	north
norra	northern
norra ishavet	arctic ocean
norrbagge	norwegian
norrlandskörd	car
norrländska	dialect
norrmalmstorgssyndrom	norrmalmstorgssyndromet
norrman	norwegian
norsk	norwegian
norska	norwegian
nos	nose
nosa	sniff
noshörning	rhinoceros
nostalgi	nostalgia
not	note
nota	bill
notarius publicus	notary public
notera	note
notställ	music stand
nottecken	footnote reference
nov	november
novell	short story
novgorodsk	novgorodian
nr	no
nt	new testament
nu	now
nudda	touch
nuförtiden	nowadays
nukleon	nucleon
nukleär	nuclear
nuläge	status
numera	nowadays
numerisk	numeric
numeriska	numerical
numeriskt	numerically
numeriskt	numeric
nummer	number
numrera	number
numrerade	numbered
numrering	numbering
numreringstecknet	aligned
nuna	face
nunna	nun
nusvenska	swedish
nutid	present
nutida	contemporary
nuvarande	present
nuvärde	pv
nv	north west
ny	new
nya guinea	new guinea
nya kaledonien	new caledonia
nya zeeland	new zealand
nyanländ	newly arrived
nyans	shade
nyans	hue
nyansera	nuance
nyanställa	recruit
nyare	newer
nybörjare	beginner
nyckel	key
nyckelknippa	key
nyckelord	keyword
nyckelpiga	lady beetle
nyckelpiga	ladybird
nydana	create anew
nydanande	innovative
nyfiken	curious
nyfikenhet	curiosity
nyfödd	newborn
nyhet	news
nyheter	news
nyhetsankare	news anchor
nying	fire
nykläckt kyckling	hatching chick
nykter	sober
nykterhet	sobriety
nykterhetsrörelse	temperance movement
nyliberal	neoliberal
nyliberalt	neoliberally
nylig	recent
nyligen	recently
nylonstrumpa	nylon stocking
nymålad	freshly painted
nymånad	new moon
nymåne	new moon
nymåne med ansikte	new moon face
nynazism	neo nazism
nynazist	neo nazi
nynazistisk	neo nazi
nynorska	nynorsk
nypa	pinch
nypande hand	pinching hand
nypon	rosehip
nyrik	nouveau riche
nyromantik	neoromanticism
nyromantiker	new romantic
nyromantisk	neoromantic
nysa	nyste
nysande ansikte	sneezing face
nysrötter	veratrum
nyss	just
nysta	wind
nystan	ball
nysvenska	modern swedish
nytext	newtext
nytt	newly
nytta	use
nyttig	useful
nyttja	use
nytänkande	innovative
nyår	new year
nyårsafton	new year's eve
nyårsdag	new year's day
nyårslöfte	new year's resolution
nä	no
näbb	bill
näbbdjur	platypus
näcka	undress
näcken	nix
näckros	water lily
näktergal	thrush nightingale
nämen	surprise
nämligen	namely
nämna	mention
nämnare	denominator
nämnd	mentioned
nämndeman	lay judge
nämnvärd	notable
nämnvärt	notably
nännas	heart
näpen	cute
när	when
nära	near
nära skjuter ingen hare	close but no cigar
näradödenupplevelse	near death experience
näring	nourishment
näringsdepartement	ministry
näringsliv	business
näringslivsfrämjande	trade
näringsminister	minister
näringsutskott	committee
närkamp	close combat
närke	landskap
närkingska	dialect
närliggande	related
närmare	closer
närmast	nearest
närmaste	nearest
närstrid	close combat
närstående	related
närtid	near term
närtåg	commuter train
närvara	present
närvarande	present
närvaro	presence
närå	oh no
näs	spit
näsa	nose
näsborre	nostril
näsduk	handkerchief
nässelfeber	urticaria
nässla	nettle
näst	next
nästa	next
nästan	almost
nästan lika med	almost equal
näste	nest
nästkommande	next
nästkusin	second cousin
nästäppa	nasal congestion
nät	net
nätaggregat	power supply
nätbedrägeri	net
nätdel	power supply
näthat	online
näthinna	retina
nätverk	network
nätverka	network
näve	hand
näver	birchbark
nävrätt	club law
nå	reach
nåd	grace
nådd	reached
nådegåva	gift
nådig	gracious
någon	any
någonsin	ever
någonstans	somewhere
någonstans	anywhere
någonting	something
någorlunda	somewhat
något	any
några	some
några	few
nåja	well
nål	needle
nåldyna	pincushion
nått	reached
nöd	want
nödbroms	emergency brake
nödig	necessary
nödrim	rhyme
nödtorft	absolute necessity
nödtorftig	scant
nödtorftigt	scantly
nödutgång	emergency exit
nödvändig	necessary
nödvändighet	necessity
nödvändigtvis	necessarily
nödvärn	self protection
nödvärnsexcess	excessive self defence
nöja	satisfied
nöjd	satisfied
nöje	pleasure
nöjesfält	amusement park
nörd	nerd
nörda ner	geek out
nördansikte	nerd face
nördig	nerdy
nöta	wear
nötkreatur	cattle
nötkött	beef
nötskrika	eurasian jay
nött	worn
nötväcka	eurasian nuthatch
o	omega
o	opposite
o.d	och dylikt
o.dyl	och dylikt
o.l	och liknande
o.likn	och liknande
o.s.v	and so on
oaktsam	careless
oansvarig	irresponsible
oansvarigt	irresponsibly
oanvända	unused
oartig	impolite
oas	oasis
oavgjort	draw
oavsett	independent
oavsett	regardless
obadja	obadiah
obalans	imbalance
obalanserad	imbalanced
obducera	autopsy
obduktion	autopsy
obebodd	uninhabited
obefintlig	nonexistent
obegriplig	incomprehensible
obegränsa	unlimit
obegränsad	unlimited
obehag	trouble
obehaglig	uncomfortable
obehindrad	unimpeded
obekväm	uncomfortable
oberoende	independent
oberoendetestet	independence
obeskrivbar	undescribable
obestridlig	indisputable
obestridligen	undeniably
obestämd integral	indefinite integral
obetalbar	unpayable
obetydlig	insignificant
obetänksam	rash
obillig	oppressive
objekt	object
objektbeskrivning	descriptor
objektbredden	expands
objektiv	objective
objektkatalogen	catalog
objektlist	object bar
objektspråk	object language
oblat	communion wafer
obligatorisk	compulsory
obotlig	incurable
obs	nota bene
observationer	observations
observationsstudie	observational study
observatorium	observatory
observera	watch
observera	note
observerade	observed
observeras	observing
obskyr	dubious
obstetrik	obstetrics
oböjl	uninflectable
oböjlig	rigid
oceanien	oceania
oceanograf	oceanographer
ocensurerad	uncensored
och	and
och så vidare	and so on
och tecken	ampersand
ock	too
ocker	usury
ockra	loanshark
ockrafärgad	ochraceous
ockrare	usurer
också	too
också	also
ockult	occult
ockultism	occult
ockupation	occupation
ockupationsstyrka	occupation force
ockupera	occupy
odefinierat	undefined
oden	odin
odjur	monster
odla	grow
odon	bog bilberry
odöd	zombie
odödlig	immortal
odödlighet	immortality
oegentligt bråk	oegentlig
oemotståndlig	irresistible
oerfaren	inexperienced
oerhörd	unheard of
oersättlig	irreplaceable
oetisk	unethical
ofarlig	safe
offentlig	public
offentligfinansierad	publicly funded
offentliggöra	publish
offentlighet	publicity
offentlighetsprincip	principle
offer	sacrifice
offerkofta	pity pot
offert	offer
offervilja	willingness
officiell	official
officiellt	officially
offra	sacrifice
oflyt	bad luck
oformaterad	unformatted
ofruktsam	unprolific
ofrånkomlig	inevitable
ofta	often
oftast	often
ofullbordad	unfinished
ofylld	unfilled
oförblommerad	crude
ofördelaktig	disadvantageous
ofördröjligen	immediately
oförhappandes	unexpectedly
oförmåga	incapability
oförmögen	unable
oförmöget	unably
oförrätt	injustice
oförskämd	unashamed
oförskämdhet	rudeness
oförtövad	restless
oförtövat	immediately
oförutsedd	unforeseen
oförutsägbar	unpredictable
oförändrad	unaltered
oförändrade	unchanged
ogift	unmarried
ogilla	dislike
ogiltig	invalid
ogiltigt	invalid
ogooglebar	ungoogleable
ogräs	weed
ogudaktig	ungodly
ogynnsam	misfortunate
ogärning	atrocity
ogärningsman	criminal
ohejdbar	unstoppable
ohoj	ho
ohygglig	terrible
ohyggligt	awfully
ohyra	vermin
ohållbar	unsustainable
ohörsam	disobedient
oidentifierad	unidentified
oidentifierat flygande föremål	unidentified flying object
ointressant	ointressantare
oj	oops
oja	express
ojämlikhet	inequality
ojävig	impartial
ok	okay
ok knapp	ok button
ok tecken	ok hand
okapabel	incapable
okej	okay
okinawianska	okinawan
oklar	uncertain
oklart	unclear
okontroversiell	undisputed
okt.till.dec	oct2dec
oktaeder	octahedron
oktagon	octagon
oktalt	octal
oktan	octane
oktant	octant
oktantal	octane number
oktober	october
oktroj	banking permit
okulärbesiktiga	visually inspect
okulärbesiktning	visual inspection
okunnig	unknowledgeable
okunnighet	ignorance
okunskap	ignorance
okynnesäta	eat
okänd	unknown
ola	olaf
olaga	unlawful
olaglig	illegal
olagligt	illegally
olagligt	illegal
olaus	olof
olidlig	unbearable
olidligt	unbearably
oligark	oligarch
oligarki	oligarchy
olik	unlike
olika	differently
olika	different
olikhet	inequality
oliv	olive
olivfärgad	olive
olivträ	wood
olivträd	olive
olja	oil
oljeberoende	oil dependence
oljedådra	false flax
oljefat	oil barrel
oljefat	oil drum
oljefatsbomb	barrel bomb
oljekälla	oil well
oljeutsläpp	oil spill
olla	glans
olle	bull
olle	long sleeved knitted sweater
ollon	acorn
olycka	accident
olycklig	unfortunate
olyckligtvis	unfortunately
olycksalig	ill fated
olympiad	olympic games
olämplig	inapposite
oläst	unread
olåst	unlocked
om	if
om och endast om	if and only if
om svar anhålles	rsvp
om än	albeit
ombord	on board
ombryta	lay out
ombrytning	layout
ombud	proxy
omdana	reshape
omdaning	change
omdefiniera	redefine
omdirigera	redirect
omdöme	judgment
omdömesgill	judicious
omdömesgillt	judiciously
omedelbar	immediate
omedelbarligen	immediately
omedelbart	immediately
omedvetet	unconsciously
omejkad	makeup
omelett	omelette
omfatta	comprise
omfatta	span
omfattande	comprehensive
omfattning	extent
omfattning	scope
omfel	iferror
omformulera	reformulate
omfång	extent
omfördela	redistribute
omge	surround
omges	quoted
omgivande	surrounding
omgivning	surrounding
omgivningsljus	ambient
omgärda	cordon off
omgång	round
omintetgöra	thwart
ominös	ominous
omisskännlig	unmistakable
omkategorisera	recategorize
omkomma	die
omkostnad	overhead
omkr	around
omkrets	circumference
omkring	around
omladdning	reloading
omljud	umlaut
omloppsbana	orbit
omläggning	rearrangement
omm	iff
omnejd	surroundings
omnipotens	omnipotence
omnivor	omnivore
omnämna	mention
omnämnande	mention
omnämnd	mentioned
omogen	underripe
omoralisk	immoral
omorganisera	reorganize
ompröva	reconsider
område	sphere
område	range
områdena	areas
områdesreferens	minimized
området	area
omröstning	vote
omskolningsläger	reeducation camp
omskriven sfär	circumsphere
omslag	envelope
omstrukturera	restructure
omständighet	circumstance
omständlig	circumstantial
omsvep	circumlocution
omsätta	sell
omsättning	turnover
omsättningstillgång	current asset
omtanke	consideration
omtumlad	dizzy
omtvistad	disputed
omtvistlig	disputed
omtänksam	considerate
omtänksamhet	consideration
omvandla	convert
omvandlas	transformed
omväg	detour
omvälva	overthrow
omvälvning	upheaval
omvänd	reverse
omvänd tilde	reversed tilde
omvända	convert
omvänt	backslash
omvänt snedstreck	backslash
omvärdera	revalue
omyndig	underage
omöjlig	impossible
omöjligen	impossibly
omöjligt	impossibly
omöjligt	impossible
on	fruit
onanera	masturbate
onani	masturbation
ond	evil
ond tro	bad faith
onda ögat sten	nazar amulet
ondo	lexicalized prepositional phrase
ondska	evil
ondskefull	spiteful
onekligen	undeniably
onomastik	onomastics
onomatopoesi	onomatopoeia
onomatopoetikon	onomatopoeia
onormal	abnormal
onsdag	wednesday
ont	hurts
onykter	intoxicated
onåd	disfavour
onödig	unnecessary
onödvändig	unnecessary
oomtvistad	undisputed
oomtvistlig	undisputed
oordnad	unordered
oordning	disorder
opartisk	impartial
opartiskhet	impartiality
opassande	inapposite
opastöriserad	unpasteurised
opera	opera house
operation	surgery
operationsförstärkare	operational amplifier
operativ	operative
operativsystem	operating system
operativsystem	operating
operatorer	operators
operatör	operator
operatörsansvar	isp liability
operera	operate
opinionsbildare	advocate
opinionsbildning	forming
opinionssiffra	number
opponera	oppose
oppositionsledare	chairman
oppositionspolitiker	politician
oproblematisk	unproblematic
optik	optics
optimalt	optimally
optimera	optimize
optimering	optimization
optimistisk	optimistic
optionen	ut
optisk	optic
optisk	optical
optisk skiva	optical disk
optofiber	optical fibre
or	mite
orange bok	orange book
orange cirkel	orange circle
orange kvadrat	orange square
orangutang	orangutan
ord	word
ord	words
orda	talk
ordbajsa	writing
ordbok	dictionary
ordensgrundare	founder
ordentlig	orderly
ordentligt	orderly
order	command
order	orders
orderbok	order book
ordförande	chairman
ordförråd	vocabulary
ordförståelse	word understanding
ordinarie	regular
ordinär	ordinary
ordinär differentialekvation	ordinary differential equation
ordklass	part of speech
ordknapp	taciturn
ordknapphet	taciturnity
ordkomplettering	completion
ordlista	dictionary
ordmoln	tag cloud
ordna	order
ordna	organize
ordnad	ordered
ordnade	arranged
ordnar	arranges
ordning	order
ordningsföljd	sequence
ordningstal	ordinal
ordparet	pair
ordspråk	saying
ordstäv	saying
orealistiskt	unrealistically
oreda	disarray
oredlig	dishonest
oredlighet	dishonesty
oredligt	dishonestly
oregelbunden	irregular
oregelbundet	irregularly
orficism	orphism
orfisk	orphic
organ	voice
organisation	organization
organisatoriskt	organizationally
organisera	organize
organisera	organizing
organisk	organic
orgel	organ
orientera	orient
orientering	orientation
orienttalgoxe	green backed tit
orientvadarsvala	oriental pratincole
originalkälla	original source
origo	origin
orimligt	orimligare
ork	strength
orka	strength
orkan	hurricane
orkester	orchestra
orkesterledare	bandleader
orkestrion	orchestrion
orkneyöarna	orkney islands
orm	snake
orma	move
ormar	snakes
ormbunke	fern
ormbäraren	ophiuchus
ormvråk	common buzzard
ormörn	short toed snake eagle
orne	boar
ornito	ornitho
ornitolog	ornithologist
ornitologi	ornithology
ornitologisk	ornithological
oro	unrest
oroa	worry
orolig	anxious
orolig	worried
orolighet	unrest
oroligt svettigt ansikte	anxious face with sweat
oroväckande	worrisome
orre	black grouse
orsak	cause
orsaka	cause
orsasjön	dalarna
ort	place
ortodox	orthodox
ortodoxt kors	orthodox cross
ortogonal	orthogonal
ortoklas	orthoclase
ortonormerad	orthonormal
ortregister	index
ortsregister	index
ortsvektor	position vector
orv	snath
orätt	wrong
orättfärdig	unrighteous
orättfärdigt	unrighteously
orättvis	unfair
orörlig	motionless
os	operating system
os	smell
osa	smell
osaklig	partial
osaltad	unsalted
osann	false
osannolik	improbable
osannolikt	unlikely
oscillation	vibration
oscillograf	oscillograph
oscilloskop	oscilloscope
oskadlig	harmless
oskadliggöra	harmless
oskiljaktig	inseparable
oskriven	unwritten
oskuld	virgin
oskyldig	innocent
oskyldigt	innocently
osmanska	woman
osparade	unsaved
ospontan	spontaneous
oss	us
ossian	oscar
ost	cheese
ostbit	cheese wedge
ostbåge	cheese curl
osthyvel	cheese slicer
ostlig	eastern
ostmyssja	cottage cheese
ostoppbar	unstoppable
ostracisera	ostracize
ostracisering	ostracization
ostrategiskt	unstrategically
ostron	oyster
ostskiva	slice
ostämd	untuned
osubventionerad	unsubsidized
osund	unhealthy
osunt	unhealthily
osvensk	un swedish
osvuren	unsworn
osynlig	invisible
osynliggöra	invisibilize
osynlighet	invisibility
osynligt	invisible
osynligt ansikte	dotted line face
osäker	unsafe
osäker	unsure
osäkerhet	uncertainty
otadlig	beyond reproach
otagbar	goalkeeper
otal	innumerable
otalig	countless
otalt	unresolved
otillbörlig	improper
otillräcklig	insufficient
otillåten	prohibited
otjänlig	unsuitable
otrampad	untrodden
otrevlig	rude
otrolig	incredible
otroligt	incredible
otröstlig	inconsolable
otukt	misconduct
otur	luck
otvivelaktig	unquestionable
otvivelaktigt	undoubtedly
otäck	unpleasant
otålig	impatient
oumbärlig	indispensable
oundgänglig	inevitable
oundviklig	inevitable
oundviklighet	inevitability
ouppräknelig	uncountable
outbildad	uneducated
outhärdlig	unbearable
ovaccinerad	unvaccinated
ovana	habit
ovanför	above
ovanlig	unusual
ovanligt	unusually
ovannämnd	aforementioned
ovanpå	on top of
ovanstående	aforementioned
ovarium	ovary
ovedersäglig	irrefutable
ovedersägligt	undeniably
overall	coverall
ovidkommande	extraneous
oviktig	unimportant
ovilja	unwillingness
ovisshet	uncertainty
oväder	storm
oväld	fairness
oväldig	unbiased
ovän	enemy
oväntad	unexpected
oväntat	unexpectedly
oväsen	din
owstonmes	owston's tit
oxalsyra	oxalic acid
oxe	ox
oxen	taurus
oxid	oxide
oxidationstal	oxidation number
oxidera	oxidize
oxpiska	bullwhip
ozelot	ocelot
ozon	ozone
ozonlager	ozone layer
oäkta bråk	improper fraction
oändlig	infinite
oändlig summa	series
oändlighet	infinity
oändlighetstecken	infinity sign
oåtkomlig	unreachable
oönskad	unwanted
oönskade	unwanted
p	contraceptive
p bot	parking fine
p knapp	p button
p.g.a	nonstandard
p.m.s	initialism
p.s	post scriptum
p.s.s	initialism
pack	people
packa	pack
packad	drunk
packning	packing
padda	toad
paff	stunned
page	serving boy
pagod	pagoda
pain riche	baguette
paj	pie
paja	work
paket	package
paketcykel	bicycle
paketera	package
pakethållare	rack
pakt	pact
palats	palace
paleo	prehistoric
paleontolog	paleontologist
paleontologi	paleontology
palestina	palestine
palestinier	palestinian
palestinsk	palestinian
palestinska	palestinian
palett	palette
palindrom	palindrome
paljett	sequin
pall	stool
paller	knoparmoj
pallplats	medal
palm	palm tree
palmduva	laughing dove
palmsocker	palm sugar
pals	palsa
pamflett	lampoon
pampig	grandiose
pampigt	grandiosely
panamansk	panamanian
panda	giant panda
pandaansikte	panda
pandemi	pandemic
pandemisk	pandemic
pandoras ask	pandora's box
panelstudie	panel study
pang	bang
panikångest	panic disorder
pank	broke
pankis	pancake
panna	forehead
pannkaka	pancake
pannkakor	pancakes
pannkakorna	pancakes
panpsykism	panpsychism
pansar	armour
pansarstyrka	armoured force
pansarvagn	tank
pansexualitet	pansexuality
pant	pledge
panta	pawn
panteism	pantheism
panteist	pantheist
panteon	pantheon
panter	panther
pantoffel	potato
papegoja	parrot
papegojalka	parakeet auklet
papel	papule
papillarisk	papillary
papp	cardboard
pappa	dad
pappa betalar	pappa betala
papper	paper
papperet	tiled
pappersbaserad	based
papperskniv	paperknife
papperskorg	wastebasket
papperskorg	wastepaper basket
pappersmagasin	trays
pappersmagasinet	feeds
papperstallrik	paper plate
papperstiger	paper tiger
pappersutgåva	print edition
paprika	bell pepper
paprika	pepper
paprikapulver	paprika
papua nya guinea	papua new guinea
papyrologi	papyrology
par	pair
par	couple
par med hjärta	couple with heart
para	pair
parabel	parabola
parabol	satellite dish
parabolantenn	satellite dish
parad	paired
paradigmskifte	paradigm shift
paradis	paradise
paradoxal	paradoxical
parafras	paraphrase
parafyletisk	paraphyletic
parafyli	paraphyly
paragrafryttare	legalist
paragrafrytteri	legalism
paragraftecken	paragraph mark
parallell	parallel
parallellogram	parallelogram
parallellt	parallel
paramagnetisk	paramagnetic
parametern	parameter
parametrar	parameters
paraply	umbrella
paraply med regndroppar	umbrella with rain drops
parapsykologi	parapsychology
parasit	parasite
parasoll	parasol
parasoll på marken	umbrella on ground
paravan	paravane
pardon	mercy
parentes	bracket
parenteser	brackets
parfym	perfume
parhus	semi detached house
pariserhjul	ferris wheel
parken	park
parkera	park
parkering	parking lot
parkeringsbot	parking fine
parkeringsgarage	parking garage
parkeringshus	parking garage
parkeringsplats	parking lot
parkstad	neighbourhood
parlament	parliament
parodi	parody
paroll	slogan
part	participle
part	piece
partaj	party
partaja	party
parti	argument
particip	participle
partiell	partial
partiell derivata	partial derivative
partiell differential	partial differential
partiell differentialekvation	partial differential equation
partihandel	wholesale
partihandlare	wholesaler
partikelfysik	particle physics
partikelverb	phrasal verb
partiledare	chairman
partimedlem	party member
partisekreterare	party secretary
partiskhet	bias
partisprängning	party split
partistyrelse	board
partner	partners
partnerskap	partnership
partysvensk	guest worker
parvis	pairwise
pascals triangel	pascal
pascha	pasha
pass	passport
passa	fit
passage	access
passagerare	passenger
passagerarfartyg	passenger ship
passande	fit
passar	fits
passare	pair of compasses
passera	pass
passerande barn	children crossing
passionsfrukt	passion fruit
passiv delägare	sleeping partner
passiv rökning	passive smoking
passivaggressiv	passive aggressive
passivt	passively
passivt aggressiv	passive aggressive
passivum	passive voice
passkontroll	passport control
passning	supervision
passus	section
pastill	pastille
pastisch	pastiche
pastor	priest
pastorat	parish
pastörisera	pasteurize
pastörisering	pasteurization
patentbesvär	patent appeal
patentera	patent
paternosterböna	abrus precatorius
patientavgift	patient's fee
patriark	patriarch
patriarkat	patriarchy
patricier	patrician
patricisk	patrician
patriotisk	patriotic
patron	cartridge
patronhylsa	shell casing
patrull	patrol
patrullera	patrol
patt	stalemate
patte	breast
paulus	paul
paus	pause
pausa	pause
pausknapp	pause button
pava	bottle
pax	dibs
pde	partiell differentialekvation
ped	bicycle
peda	cycle
pedag	pedagogy
pedagog	pedagogue
pedagogik	pedagogy
pedagogisk	pedagogic
pedagogiskt	pedagogically
peddo	pedophile
pedofil	pedophile
peka	point
pekare	pointer
pekfinger	forefinger
pekfinger	backhand
pekfinger upp	backhand index pointing up
pekoral	grandiloquent
pekskärm	touch screen
pelare	pillar
pelikan	pelican
pemfigus	pemphigus
pendang	counterpart
pendel	pendulum
pendeltrafik	commuter
pendeltåg	commuter train
penetrera	penetrate
peng	coin
pengapåse	money bag
pengar	money
pengar med vingar	money with wings
pengastinn	rich
penis	baculum
penisben	baculum
penkis	penkkarit
penna	contour feather
penna	pen
pennal	pen box
penning	coin
penningkista	treasure chest
penningpolitik	monetary policy
penningstinn	rich
pennkniv	penknife
pennvässare	pencil sharpener
pensel	paintbrush
pension	retirement
pensionat	pension
pensionera	retire
pensionsmässig	retired
pensionär	pensioner
pentan	pentane
penultima	second to last syllable
peppar	pepper
pepparkaka	gingersnap
pepparkaksgubbe	gingerbread man
pepparkaksgumma	gingerbread woman
pepparkakshus	gingerbread house
pepparkvarn	pepper mill
pepparmynta	peppermint
pepparrot	horseradish
pepparträd	pepper tree
pepprig	peppery
per	olof
percentil	percentile
perenn	perennial
perf.part	past participle
perfa	perfect
perfekt	perfect
perfekt tal	perfect number
perfektion	perfection
perfektionist	perfectionist
perfektparticip	past participle
pergament	parchment
perifer	peripheral
periferi	periphery
perigeum	perigee
periodare	periodic alcoholist
perioder	periods
periodisk	periodic
periodiska	periodic
periodvis	periodical
peripeti	peripety
perklorsyra	perchloric acid
permanent	permanently
permobil	motorized
permut2	permutationa
permutation	bylaw
pernilla	petronella
perrong	platform
pers	person
persefone	persephone
perser	persian
persika	peach
persikoträd	peach
persilja	parsley
persiska	persian
persiska viken	persian gulf
person	human being
person ammar spädbarn	person feeding baby
person gestikulerar nej	person gesturing no
person gestikulerar ok	person gesturing ok
person i brudslöja	person with veil
person i en säng	person in bed
person i lotusposition	person in lotus position
person i manuell rullstol	person in manual wheelchair
person i permobil	person in motorized wheelchair
person i smoking	person in tuxedo
person i ångbastu	person in steamy room
person med boll	person bouncing ball
person med krona	person with crown
person med vit käpp	person with white cane
person som badar	person taking bath
person som blir masserad	person getting massage
person som cyklar	person biking
person som fäktas	person fencing
person som hjular	person cartwheeling
person som jonglerar	person juggling
person som klättrar	person climbing
person som lyfter tyngder	person lifting weights
person som simmar	person swimming
person som spelar golf	person golfing
person som spelar handboll	person playing handball
person som spelar vattenpolo	person playing water polo
person som springer	person running
person som surfar	person surfing
personal	staff
personalreserv	reservists
personangrepp	personal attack
personbil	passenger car
persondator	pc
personer kramas	people hugging
personer med kaninöron	people with bunny ears
personer som håller hand	people holding hands
persongalleri	dramatis personae
personlig	personal
personligen	personally
personlighet	personality
personregister	index
personsökare	pager
persontåg	passenger train
personuppgift	personal information
perspektiv	perspective
peruan	peruvian
peruansk	peruvian
pervo	perv
pessimism	belief
pest	plague
peta	poke
petriskål	petri dish
petronella	pernilla
petrus	peter
piccolaflöjt	piccolo
picka	beak
picknick	picnic
pickup	pickup truck
piga	milkmaid
pigroman	simple love novel
piket	emergency vehicle
pikt	pict
piktogram	pictographs
pil	arrow
pil höger och vänster	left right arrow
pil och båge	bow and arrow
pil upp och ned	up down arrow
pila	dart
pilar	arrows
pilar moturs	counterclockwise arrows button
pilgrimsfalk	peregrine falcon
pilgrimsfärd	pilgrimage
pille	penis
piller	pill
pilspets	arrowhead
pilt	lad
piltangent	arrow key
piltavla	dartboard
pimpling	ice fishing
pina	pain
pinaler	stuff
pingis	table tennis
pingla	jingle
pingpong	table tennis
pingvin	penguin
pinje	stone pine
pinjedekoration	pine decoration
pink	pee
pinne	stick
pinsam	embarrassing
pion	peony
pionjär	pioneer
pip	squeak
pipa	pipe
pipare	plover
piparsnäppa	upland sandpiper
pipett	pipette
pipetten	replacer
pippa	sexual intercourse
pippi	birdie
piprökare	pipe
pirat	pirate
piraya	piranha
piruett	pirouette
pisang	plantain
piska	whip
pissa	pee
pissoar	urinal
pistasch	pistachio
pistill	pistil
pistol	gun
pitabröd	stuffed flatbread
pitcairnöarna	pitcairn islands
pitt	penis
pivottabellen	pivot
pixlar	pixels
pizzabit	pizza
pizzabit	slice
pjäs	piece
pjäxa	ski boots
pk	pc
placera	put
placera	place
placerar	positions
placeras	placed
placering	placement
pladdra	blather
plagg	garment
plagiat	plagiarism
plagiator	plagiarist
plagiera	plagiarize
plakat	placard
plan	flat
plancks konstant	planck's constant
planer	plans
planera	plan
planering	planning
planet med ringar	ringed planet
planetbana	planet orbit
planka	plank
plankorsning	level crossing
plankstek	beef
planta	plant
plantageägare	planter
plantera	plant
plantering	planting
plask	splash
plaskdamm	wading pool
plast	plastic
plastbror	stepbrother
plastförälder	stepparent
plastkasse	plastic bag
plastmamma	stepmother
plastpappa	stepfather
plastpåse	plastic bag
plastskål	plastic bowl
plastsyskon	stepsibling
plastsyster	stepsister
plasttallrik	plastic plate
platina	platinum
platonisk	platonic
platonsk	platonic
platonsk kropp	platonic solid
plats	place
plats	location
plats för tillbedjan	place of worship
platshållare	placeholder
platt	flat
plattform	platform
plattformar	platforms
plattformen	platform
platå	plateau
plausibel	plausible
plebej	plebeian
plebejisk	plebeian
plektrum	plectrum
plenisal	plenary chamber
plikt	duty
plikttrogen	dutiful
plit	rapier
plita	write
plock	selection
plocka	pick
plog	plow
plommon	plum
plommonstop	bowler hat
plommonträd	plum
plottar	plots
plugg	plug
plugga	plug
plugghäst	student
plundra	pillage
plundring	pillage
plur	plural
pluralform	plural form
pluralis	plural
plurra	fall
pluskvamperfekt	pluperfect tense
plustecken	plus sign
plustecken	plus
plutande	pouting
plutande ansikte	enraged face
plutande kvinna	woman pouting
plutande man	man pouting
plutande person	person pouting
plutokrati	plutocracy
plutokratisk	plutocratic
pluton	platoon
plutt	insignificant person
pläga	do
plätt	pancake
plåga	pain
plågat ansikte	anguished face
plån	tablet
plånbok	wallet
plåster	adhesive bandage
plåster	bandage
plåt	sheet metal
plåtis	tinsmith
plöja	plow
plös	tongue
plötslig	sudden
plötsligt	suddenly
pocket	paperback
pocketbok	paperback
pocketrea	sale
podd	podcast
poesi	poetry
poetisk	poetiskare
poetiskt	poetic
poissonfördelning	poisson distribution
pojkaktig	boyish
pojkar	boys
pojke	boy
pojken	boy
pojkvän	boyfriend
pokal	trophy
pol	pole
pol	polish
polack	pole
polare	buddy
polarforskning	polar research
polarvarg	arctic wolf
polemisk	polemic
polemiskt	polemically
polen	poland
polera	shine
polis	police
polis	police officer
polisanmälan	police report
polisbil	police car
polisbilslampa	police car light
polisbyrå	police office
polisen	police
polisintendent	chief superintendent
polisiär	police
polisledning	police management
polismyndighet	police authority
polismästare	district police commissioner
polisong	sideburn
polissekreterare	assistant police commissioner
polisstation	police station
polisöverintendent	deputy police commissioner
polit	politics
politik	politics
politiker	politician
politikområde	politics
politisk	political
politisk korrekthet	political correctness
politiskt sakkunnig	political adviser
politruk	political officer
polkagris	candy cane
polonesse	polonaise
polospelare	polo player
polsk	polish
polska	woman
polska	polish
polyeder	polyhedron
polyeten	polyethylene
polygami	polygamy
polyglott	polyglot
polygoner	polygons
polynesien	polynesia
polynom	polynomial
polypeptid	polypeptide
polyteism	polytheism
polyteknisk	polytechnical
polytop	polytope
polär	polar
pommes frites	french fries
pompa	pomp
pompeji	pompeii
ponera	assume
ponke	boy
pool	swimming pool
poolning	pooling
poppel	poplar
poppis	popular
popularisera	popularize
popularitet	popularity
populationen	population
populationsgenetik	population genetics
populär	popular
populärisering	popularization
populärkultur	popular culture
populärvetenskap	popular science
populärvetenskaplig	mer
popup	pop
por	pore
pormask	blackhead
pornografi	pornography
pornografisk	pornographic
porositet	porosity
porrfilm	blue film
porrstjärna	porn star
pors	sweet gale
port	entrance
port	portuguese
porta	shop
porten	porte
portfölj	briefcase
portfölj	portfolio
portion	serving
portklapp	doorknocker
portkod	digit
portmonnä	purse
porto	postage
portokod	postage code
porträtt	portrait
porträttera	portrait
portugis	portuguese
portugisisk	portuguese
portugisiska	portuguese
portvin	port wine
position	place
positionera	position
positiv	positive
positiva	positive
post	mail
post	entry
posta	post
postapokalyptisk	post apocalyptic
poster	entries
posterfärger	poster
postindustriell	postindustrial
postis	employee
postkolonial	postcolonial
postkontor	post office
postkontor	post
postlåda	postbox
postmeddelanden	emails
postnummer	zip
postnumret	ending
postombud	post office proxy
postort	post town
postsymbol	postal horn
postterminal	mail sorting facility
postulat	postulate
postulera	postulate
postum	posthumous
potatis	potato
potatiskorv	boil
potatismos	mashed potatoes
potens	potential
potens	power
potensmängd	power set
potentiell	potential
pott	pot
poäng	point
poänglös	pointless
poängsumma	score
poängtera	point
pragmatisk	pragmatic
prakt	pomp
praktejder	king eider
praktik	practice
praktikant	intern
praktisera	practice
praktisk	practical
praktmes	elegant tit
prao	high school
praoa	workplace
praseodym	praseodymium
prat	talk
prata	talk
pratade	talking
pratbubbla	speech balloon
pratbubbla	speech bubble
pratbubbla	balloon
pratbubbla åt vänster	left speech bubble
pratglad	talkative
pratminus	en dash
pratsam	talkative
pratshow	talk show
praxis	practice
precis	precise
precisera	precise
preciserad	detailed
predika	preach
predikan	sermon
predikant	preacher
prediktionsintervall	prediction
preferencestools	preferences
preferens	preference
prekariat	precariat
prekarisering	precarity
prekär	precarious
preliminär	preliminary
preliminärskatt	withholding tax
preludium	prelude
premie	premium
premiera	award
premiering	award contest
premiär	opening
premiärminister	prime minister
prenumeration	subscription
prenumerera	subscribe
pres.part	present participle
presenning	tarpaulin
presens	present tense
presens particip	present participle
presensparticip	present participle
present	gift
presentationer	presentations
presentera	present
president	chairman
presidentval	presidential election
presidium	chairmanship
press	pressure
pressa	press
pressarfot	presser foot
pressekreterare	press secretary
pressfrihet	freedom of the press
presskonferens	press conference
pressmeddelande	press release
pressombudsman	press ombudsman
pressråd	press counsellor
presstöd	press subsidy
prestanda	performance
prestation	achievement
prestera	perform
pretentiös	pretentious
pretentiöst	pretentiously
pretto	pretentious
preussen	prussia
preusseri	prussianness
preussiska	woman
preventivmedel	medel
prick	exactly
prick	dot
pricka	hit
prickad	dotted
prickskytt	sniper
prickskytte	sniping
prickskyttegevär	sniper rifle
prilla	snus
prima	excellent
primitiv	primitive
primitiv funktion	antiderivative
primtal	prime number
primtecken	prime
primärkälla	primary source
primärnyckel	primary
primärt	primarily
princip	principle
principal	agent
prins	prince
prins	prinsessa
prinsessa	princess
prioritera	prioritize
prioriterad	prioritized
prioriteten	priority
pris	price
prisa	praise
prisbasbelopp	price base amount
prisjägare	bounty hunter
prislista	price list
prissumma	prize
pristagare	laureate
privat	private
privatbana	private
privatjet	private jet
privatliv	private life
privilegium	privilege
pro gradu	master's thesis
proaktiv	proactive
proaktivitet	proactivity
problem	problems
problematisera	problematize
problematisk	problematic
problemet	problem
problemlösaren	solver
procedur	procedure
procedurer	procedures
procent	percent
procentenhet	percentage point
process	litigation
processrätt	procedural law
producera	produce
producerar	produces
produkt	product
produkter	products
produktion	production
produktionsdelningsavtal	production sharing agreement
produktionsledare	production manager
produktionsordbok	production dictionary
produktiv	productive
produktsumma	sumproduct
profan	profane
professionell	professional
professionellt	professionally
professor	professorska
profet	prophet
profetera	prophesy
profetia	prophecy
profetisk	prophetic
proffs	pro
proffsliga	professional league
profil	profile
profilera	profile
profit	unearned income
profitör	profiteer
prognos	forecast
prognosticera	prognosticate
program	show
programkonfigurationen	customized
programkontor	program office
programkörningen	execution
programledare	host
programmera	program
programmerare	programmer
programmeringsspråk	programming language
programmeringssystem	programming
programvara	software
programvaran	software
projekt	project
projektera	project
projektil	projectile
projektion	projection
projektledare	project manager
projektor	projector
projicera	project
proklamation	proclamation
proklamera	proclaim
prokrastinera	procrastinate
prokrastinering	procrastination
prolin	proline
promenad	walk
promenadkäpp	walking stick
promenadseger	walkaway
promenera	walk
prometium	promethium
promille	per mille
promille	permille
promiskuös	promiscuous
pron	pronoun
pronomen	pronoun
propagera	propagate
propan	propane
proportionell	proportional
proportionellt	ratio
proportionerlig	proportional
proposition	government bill
prosa	prose
prosaiskt	prosaically
prosit	bless you
prost	provost
prostituerad	prostitute
protaktinium	protactinium
protes	prosthesis
protestera	protest
protokoll	protocol
protokollföra	minute
protonpump	proton pump
protonpumpshämmare	proton pump inhibitor
prov	test
prova	try
provins	province
provisorisk	provisional
provisorium	provisional
provocera	provoke
provrör	test tube
proxyserver	proxy
pruta	haggle
prutgås	brent goose
prutt	fart
prutta	fart
pruttkudde	whoopee cushion
pryda	decorate
prydnad	decoration
prygel	beating
prygla	beat
prägel	stamp
prägla	stamp
präktig	mighty
prälle	priest
prärie	prairie
präriekatträv	swift fox
prärielöpare	buff breasted sandpiper
prärietrana	whooping crane
prärievarg	coyote
präst	priest
prästgård	rectory
prästvälde	clerocracy
pråm	barge
prång	passage
prångla	peddle
pröjs	payment
pröjsa	pay
pröva	try
prövning	test
ps	post scriptum
psalm	hymn
psaltare	psaltery
psaltaren	psalms
pseudovetenskap	pseudoscience
pskovsk	pskovian
psyko	psycho
psykol	psychology
psykolog	psychologist
psykologi	psychology
psykologisk	psychological
psykopat	psychopath
psykopatologisk	psychopathological
psykopatologiskt	psychopathologically
psykosocial	psychosocial
pubertet	puberty
publicera	publish
publicerad	published
publicering	publishing
publik	public
publikation	publication
publikationen	publication
publikationsbyrå	publication
publikationshandbok	style guide
pudding	savoury
pudel	poodle
puder	powder
puertorican	puerto rican
puffra	handgun
puka	kettledrum
pulka	sleigh
pulla	masturbate
pulsar	neutron star
pulver	powder
pulverkaffe	instant coffee
puma	cougar
pumla	hollow spherical
pumpa	pumpkin
pumpafrö	pumpkin seed
punani	female genitalia
pund	pound
pundare	junkie
pundsedel	pound banknote
pung	purse
pungdjur	marsupial
pungkula	testicle
pungspark	kick
punka	flat tyre
punkt	period
punktdiagram	scatter plot
punktdiagram	scatter
punkter	points
punktlig	punctual
punktlista	bullet list
punktmarkera	mark
punktoperator	bullet operator
punktreduktion	reduction
punktskrift	braille
punktuppställda	bulleted
punktuppställning	bullet list
punktuppställningstecken	bullets
punktvis konvergens	pointwise convergence
punsch	liqueur
pupill	pupil
puppa	pupa
pur	pure
purjolök	leek
purpurhäger	purple heron
puré	puree
pusha	support
puss	kiss
pussa	kiss
pussande	kissing
pussande ansikte	kissing face
pussel	jigsaw puzzle
pusselbit	puzzle piece
puta	pout
putinisering	putinisation
puts	plaster
putsa	shine
putt	sour
putta	push
pynta	decorate
pyramidspel	pyramid scheme
pythagoreisk	pythagorean
pyton	python
pytonorm	python
pytte	small
pytteliten	tiny
pyttipanna	dish
päls	fur
pälsänger	fur beetle
pär	per
pära	pear
pärla	pearl
pärluggla	tengmalm's owl
pärm	binder
päron	pear
päronjuice	pear juice
päronträd	pear tree
pärs	ordeal
på	on
på alla fyra	on all fours
på djupt vatten	on thin ice
på en gång	at once
på gott och ont	for better or worse
på grund av	nonstandard
på måfå	at random
på rätt spår	on the right track
på sistone	lately
på sparlåga	on the back burner
på tok	vara
på tu man hand	only
påbjuda	require
påbud	requirement
påbyggnad	addition
påbyggnadslinje	continued
påbörja	start
påbörjad	started
påfallande	conspicuous
påfart	entrance
påfågel	peacock
påföljd	result
påg	boy
pågå	proceed
pågående	current
påhitt	figment
påhängsfråga	tag question
pålitlig	trustworthy
pålsmässa	hedemora
pålstek	bowline
pålägg	food
påläst	well informed
påminde	reminded
påminna	remind
påminnelseband	reminder ribbon
påsar under ögonen	circles
påse	bag
påsk	passover
påskdagen	eastersunday
påskmust	soft drink
påskägg	easter egg
påslagen	turned on
påslakan	duvet
påssjuka	mumps
påstå	claim
påstådd	claimed
påstående	claim
påtaglig	tangible
påtvinga	force upon
påve	pope
påvemakt	papacy
påverkan	influence
påverkar	affect
påverkas	affected
påvisa	indicate
påvlig	papal
påökt	raise
pöbel	mob
pöl	pool
pömsig	sleepy
queerteori	queer theory
r	or
rabalder	commotion
rabarber	rhubarb
rabarberkompott	stewed rhubarb
rabatt	bed
rabba	rutabaga
rabbemos	dish
rabbin	rabbi
rabbis	wild european rabbit
racerbil	racing car
racerbåt	speedboat
racingbana	racing track
rackare	blighter
rad	row
radavstånd	line spacing
radband	prayer beads
radbryter	wraps
radbrytning	line break
radbrytningar	breaks
radekvivalens	row equivalence
radekvivalent	row equivalent
rader	rows
radera	delete
raderar	deletes
raderas	deleted
radergummi	eraser
radering	deletion
radianer	radians
radie	radius
radiell	radial
radikal	radical
radikalisera	radicalize
radikalism	radicalism
radikalt	radically
radio	receiver
radioaktiv	radioactive
radioaktivitet	radioactivity
radioapparat	radio
radioapparater	radios
radiobil	police
radion	radio
radiostation	radio station
radiosändare	radio transmitter
radiot	radio
radiotelefoni	radiotelephony
radioöverföring	radio transmission
radmatning	linefeed
rafael	raphael
raffinad	refined product
raffinaderi	refinery
raffinemang	refinement
raffinera	refine
raffinering	refinement
ragg	fur
ragga	regret
raggen	devil
raggmunk	potato pancake
ragla	stagger
ragnarök	ragnarok
rajd	caravan
rak	straight
raka	rake
rakborste	shaving brush
rakel	rachel
raket	rocket
rakhyvel	razor
rakhyvel	safety razor
rakitisk	rachitic
raksträcka	straight stretch
rakt	straight
raljera	banter
rallhäger	squacco heron
ralån	ispmt
ram	frame
rama	frame
ramar	frames
ramavtal	blanket agreement
rambeslut	framework decision
ramla	fall
ramlag	framework law
ramsa	formula
ramverk	framework
rand	edge
randig	striped
randstat	border state
rang	rank
rangordna	rank
ranka	vine
rankfoting	cirripedia
rannsaka	ransack
rannsakan	investigation
rapa	burp
rapp	quick
rappa	rap
rappakalja	unimportant
rappare	rapper
rapphöna	partridge
rapport	report
rapportdesign	builder
rapporter	reports
rapportera	report
rapportserie	publication series
rar	cute
raring	dear
rasa	collapse
rasande	furiously
rasbiologi	racial anthropology
rasera	destruct
raserande	ruining
rashets	race baiting
rashetsare	race baiter
rashygien	eugenics
rashygienisk	eugenic
rasist	racist
rasistisk	racist
raska	surprise
raskt	fast
raslig	racial
raslära	racial anthropology
rasmassa	volume
rasmystik	racial mysticism
rasmässig	racial
raspa	rasp
rast	break
rasta	rest
raster	grid
rasterinställningarna	symmetrically
rastlös	restless
rastlöshet	restlessness
rata	reject
ratificera	ratify
rationalisera	rationalize
rationalistiskt	rationalistically
rationalitet	rationality
rationell	rational
rationella	rational
rationellt tal	rationell
ratt	steering wheel
rattfylleri	drunk driving
rattfyllerist	drunk driver
rauk	rock
rbetalning	ipmt
rea	sale
reagera	react
reaktion	reaction
reaktionär	reactionary
reaktiv	reactive
reaktivitet	reactivity
real	common gender
real	objective
realdel	real
reale	common gender
realgenus	common gender
realisation	sale
realisationsvinstbeskattning	taxation
realisera	realize
realisering	realization
realist	realism
realistisk	realistic
realitet	reality
realläroverk	real school
realskola	secondary school
realskoleexamen	graduation
realsocialism	actually existing socialism
realtid	realtime
reassurera	reinsure
rebecca	rebecka
rebecka	rebekah
rebell	rebel
rebellisk	rebellious
recensent	reviewer
recensera	review
recension	critique
recept	recipe
receptbelagd	prescription
receptbelägga	decide
reception	front desk
receptionist	person tipping hand
receptionsklocka	bellhop bell
receptionsordbok	reading comprehension dictionary
recess	decision
recett	income
recidiv	relapse
recipiera	received
recitativ	recitative
recitera	recite
reda	ready
redaktion	editorial office
redaktionell	editorial
redaktionschef	editor in chief
redaktionssekreterare	assistant editor in chief
redaktör	editor
redan	already
redare	freighter
redarhytt	owner's suit
redbar	valuable
redbarhet	intrinsic value
redd	road
rede	nest
rederi	freight company
redgarn	worsted
redgarnsstrumpa	sock
redigera	edit
redigerar	edits
redigerare	editor
redigeraren	editor
redigeras	edited
redigerbar	editable
redigering	editing
redigeringskrig	edit war
redigeringskriga	edit war
redigeringsläge	edit mode
redigeringsverktyg	frequently
redlig	honest
redlighet	probity
redo	ready
redogöra	report
redogörelse	account
redovisa	show
redovisning	accounting
redskap	tool
reducera	reduce
reduceras	reduced
reduktion	reduction
reell axel	real axis
reellt tal	reell
ref	referee
refektorium	refectory
referat	report
referens	reference
referenser	references
referera	reference
referera	referencing
refererade	referenced
reflektera	reflect
reflektion	reflexion
reflex	reaction
reformator	reformer
reformera	reform
reformutrymme	margin
refraktär	refractory
regalier	regalia
regel	rule
regelbunden	regular
regelbundna	intervals
regent	monarch
regera	rule
regering	government
regeringsform	form
regeringsförklaring	statement
regeringskansli	government office
regeringsrättssekreterare	judge referee
regeringsråd	justice
regeringssammanträde	cabinet meeting
regeringsskrivelse	written communication
regeringsstyrka	government force
regeringsuppdrag	government mission
regeringsår	year
regi	direction
regim	regime
region	area
regionaltåg	regional train
regionkommitté	committee
regissera	direct
regissör	director
register	list
registrator	senior registry clerk
registrera	register
registrerad	registered
registrerat partnerskap	registered partnership
registrerat varumärke	registered
registrering	registration
registreringsnummer	registration number
regla	bolt
reglage	control
reglagevred	control knobs
regler	rules
reglera	regulate
reglerad	regulated
regleringsbrev	appropriation direction
regn	rain
regna	rain
regnar	raining
regnbåge	rainbow
regnbågsflagga	rainbow flag
regndroppe	raindrop
regnig	rainy
regnmoln	cloud with rain
regnmoln	rain cloud
regnskog	rainforest
regnträd	sausage tree
regr	linest
reguladetri	proportionality
reguljär	regular
reguljära	regular
rehabilitera	rehabilitate
reine	reinhard
rejäl	real
rek	registered letter
reklam	advertisement
reklamation	consumer complaint
reklamera	complain
reko	cool
rekognoscera	reconnoiter
rekognosera	reconnoiter
rekommendation	recommendation
rekommendera	recommend
rekommenderad	recommended
rekommenderas	recommended
rekonstruera	reconstruct
rekord	record
rekorderlig	reliable
rekryt	recruit
rekrytera	recruit
rektangel	rectangle
rektanglar	rectangles
rektangulärt	rectangular
rektor	headmaster
rektorsämbete	office
rekviem	requiem
relatera	relate
relationen	relation
relationer	relations
relationsdatabas	relational
relativ	relative
relativ majoritet	relative majority
relativitetsteori	theory
relativt	relatively
relevans	relevance
religionshistoria	history
religionsvetenskap	religious studies
religiös	religious
relä	relay
rem	strap
remi	draw
remiss	referral
remsa	strip
remsläsare	paper tape
ren matematik	pure mathematics
rena	purify
rendera	render
rengöra	clean
rengöring	cleaning
renhållning	cleaning
renlärig	orthodox
renlärigt	orthodoxly
renommé	reputation
renommésnyltning	reputation parasitism
renovera	renovate
rensa	clean
rensa symbol	cl button
rensning	cleaning
rent	cleanly
rentav	just
renässans	renaissance
reol	shelf
rep	rope
rep	rept
repa	scratch
reparation	repair
reparera	repair
repatriera	repatriate
repertoar	repertoire
repet	rope
repetera	repeat
repetition	rehearsal
replik	line
replikera	reply
replokal	practice room
repmånad	refresher training
representant	representative
representera	represent
representerar	represents
repris	rebroadcast
reproducera	reproduce
republik	republic
republikan	republican
republikansk	republican
republiken	republic
republiken finland	republic of finland
republiken kongo	congo
resa	travel
resan	trip
resande	tourist
rese	giant
resebyrå	travel agency
resecheck	traveler's check
resegaranti	travel guarantee
resehandbok	guide book
reseledare	guide
resenär	traveler
reserv	reserve
reservera	reserve
reserverad	reserved
reservoarpenna	fountain pen
resgods	luggage
residensstad	city
resistans	resistance
reskamrat	fellow traveller
reskontra	subledger
resning	erection
resocialisera	resocialize
reson	reason
resonemang	argument
resonera	reason
resonlig	reasonable
resp	infix
respekt	respect
respektabel	respectable
respektera	respect
respektingivande	awe inspiring
respektive	respective
rest	remainder
restaurang	restaurant
restaurera	restore
reste	traveled
resten	remainder
restriktiv	restrictive
restskatt	remaining unpaid tax
restvärde	salvage
restvärdet	depreciated
resultatet	result
resultatlista	result list
resultera	result
resulterande	resultant
resurs	resource
resursanvändning	use
resurskrävande	resources
resvagn	travelling carriage
resväska	suitcase
resår	elastic
reta	tease
retades	teasing
retinoinsyra	retinoic acid
retirera	withdraw
retorik	rhetoric
retort	alembic
retroaktiv	retroactive
retronym	akustisk gitarr
retsticka	tease
retur	return
returnera	return
returnerar	returns
returneras	returned
returnerat	return
returresa	return trip
returtangent	return key
reumatism	rheumatism
revanschism	revanchism
revben	rib
revidera	revise
revir	territory
revision	audit
revisionistisk	revisionist
revisionistiskt	revisionistically
revisionsrätt	court
revisionssekreterare	judge referee
revolutionerande	revolutionary
revolutionär	revolutionary
revy	review
rhen	rhine
ria	dryer
ribba	bar
ribbstol	wall bars
rida	ride
riddare	knight
ridskola	riding school
ridå	curtain
riemannyta	riemann surface
rigg	rigging
rigga	set up
rigoröst	rigorously
rik	rich
rikaste	richest
rike	realm
rikedom	wealth
riks	national
riksantikvarie	director general
riksantikvarieämbete	swedish national heritage board
riksarkiv	national archive
riksarkivarie	director general
riksbank	central bank
riksbankschef	governor
riksbanksdirektör	director
riksbibliotekarie	national librarian
riksdag	session
riksdagsdirektör	secretary general
riksdagskansli	parliamentary office
riksdagsledamot	member
riksdaler	krona
riksförbund	national federation
riksförening	national association
riksföreståndare	regent
riksgäld	national debt
riksgäldsdirektör	director general
riksgäldskontor	national debt office
rikshemvärnschef	chief
rikskronofogde	chief enforcement director
riksledning	national leadership
riksmarskalk	marshal
riksnyhet	national news
rikspolischef	national police commissioner
riksrevisor	auditor general
riksrätt	court of law
rikssvenska	variety
riksåklagare	prosecutor general
rikta	direct
riktig	right
riktigt	quite
riktlinje	guideline
riktning	direction
riktningsändring	change
rim	rhyme
rim och reson	rhyme or reason
rimfrost	rime
rimlig	fair
rimligen	reasonably
rimlighet	reasonableness
rimligtvis	reasonably
ring i likhetstecken	ring in equal
ring mig hand	call me hand
ringaktning	disrespect
ringand	ring necked duck
ringare	ringer
ringblomma	marigold
ringde	rang
ringduva	wood pigeon
ringfinger	ring finger
ringklocka	bell
ringmask	annelid
ringmuskel	sphincter
ringmärkning	ringing
ringnäbbad mås	ring billed gull
ringoperator	ring operator
ringsignal	ringtone
rinna	flow
ripa	ptarmigan
ripjakt	hunt
rippa	rip
ris	ream
ris	rice
risax	sheaf of rice
risboll	rice ball
risgrynsgröt	porridge
riska	milk cap
riskaka	rice cracker
riskbedömning	risk assessment
riskera	risk
riskgrupp	risk group
riskområde	riskful
ristning	carving
rit	rite
rita	draw
ritar	draws
ritare	drawer
ritas	drawn
ritning	drawing
ritobjekt	drawing
ritteknik	technical drawing
ritualmord	ritual murder
rituell	ritual
rituellt	ritually
riva	tear
rkv	rsq
rna	r
roa	rest
road	amused
robot	missile
robotansikte	robot
rockad	castling
rockera	castle
rockring	hula hoop
roddare	rower
roddbåt	rowing
roddbåt	rowing boat
roder	rudder
roderyta	rudder surface
rodium	rhodium
rodna	blush
rodnad	blush
rodnande ansikte	flushed face
rododendron	rhododendron
rogivande	calming
rolig	funny
roligt	funny
roll	role
rollista	cast
rom	romarriket
roman	novel
romandebutera	debut
romans	romance
romantiker	romantic
romantisk	romantic
romare	roman
romarna	romans
romb	lozenge
romb	rhombus
romersk stol	roman chair
romerska	roman
romsk	roma
rop	cry
ropa	shout
ror	rowboat
ros	rose
rosa	pink
rosaaktig	pinkish
rosad	lauded
rosenstare	rosy starling
rosentärna	roseate tern
rosett	bow
rosett	ribbon
rosettfibbla	cat's ear
rosfeber	erysipelas
rosig	rosy
roskarl	ruddy turnstone
roskis	container
rosmarin	rosemary
rost	rust
rosta	rust
rostad sötpotatis	roasted sweet potato
rostand	ruddy shelduck
rosteri	roastery
rostig	rusty
rostmes	chestnut backed chickadee
rot	root
rotation	coordinate system
rotationsfält	spin box
rotationsknapp	spin
rotationsyta	surface of revolution
rote	district
rotel	department
rotera	rotate
roterar	rotates
roteras	rotated
rotfyllning	root canal
rotlös	rootless
rotlöshet	rootlessness
rotmos	dish
rotting	palm
rotvälska	gibberish
rov	loot
rova	vegetable cultigen
rovdjur	beast of prey
rovgirig	rapacious
rovriddare	robber knight
rubba	move
rubel	ruble
ruben	reuben
rubin	ruby
rubrik	header
rubrik	heading
rubriker	headings
ruckel	shanty
rugbyboll	rugby football
rugbyplan	rugby pitch
ruinera	ruin
ruinstad	ruined city
rulla	roll
rulla	scroll
rullande	ticker
rullar	scrolls
rullas	scrollable
rullator	rollator
rulle	roll
rullebör	wheelbarrow
rullgardin	pull down curtain
rullningslist	scrollbar
rullningslister	scrollbars
rullskridsko	roller skate
rullstol	wheelchair
rullstolssymbol	wheelchair symbol
rulltrappa	escalator
rulltårta	swiss roll
rum	room
rummet	room
rumpa	butt
rumpetroll	tadpole
rumsren	house trained
rumtid	spacetime
rumän	romanian
rumänien	romania
rumänsk	romanian
rumänska	romanian
runa	rune
rund	round
runda	round
rundarkiv	wastebasket
rundel	roundel
rundradio	broadcast
runka	shake
runsv	runsvenska
runsvenska	old east norse
runt	around
runtom	around
runtomkring	around
rupie	rupee
rupier	rupee
rusa	rush
rusning	rush
russ	horse
russin	raisin
rusta	arm
rustning	armor
rusttjänst	duty
rut	ruth
ruta	square
rutan	box
rutenium	ruthenium
ruter	diamond
ruter	diamond suit
rutig	checkered
rutinmässig	routine
rutinmässigt	routinely
rutnät	grid
rutorna	boxes
rutschbana	playground slide
rutschbana	slide
rutschkana	slide
rutten	rotten
ruttna	rot
ruva	brood
ry	russian
ryck	pull
rycka	yank
ryd	inhabited
rygg	back
rygga	backpack
ryggborste	back scrubber
ryggkota	vertebra
ryggmärg	spinal cord
ryggrad	backbone
ryggradsdjur	vertebrate
ryggsim	backstroke
ryggsäck	backpack
ryggsåg	backsaw
ryktbarhet	fame
rykte	rumor
rymd	space
rymdepos	space epic
rymdfysik	space physics
rymdfärja	space shuttle
rymma	hold
rymning	escape
rymningsförsök	escape attempt
rynka	wrinkle
rysare	thriller
ryska	russian
ryska dockor	nesting dolls
ryssja	fish trap
rysskräck	russophobia
ryssland	russia
rytm	rhythm
ryttare	equestrian
räcker	raising
räd	raid
rädas	fear
rädd	afraid
rädda	save
räddning	rescue
räddningsväg	thoroughfare
rädisa	radish
rädsla	fear
räffla	groove
räka	shrimp
räkenskap	accounting
räkenskapens dag	day of reckoning
räkenskapsår	fiscal year
räkna	count
räknar	counts
räknare	counter
räknas	count
räknas	counted
räknebar	countable
räkneord	numeral
räknesticka	slide rule
räkning	reckoning
räksmörgås	shrimp sandwich
rälig	nasty
räls	rail
räls	railway track
ränta	interest
ränta	rate
räntebärande	bearing
räntesats	interest rate
räntesatsen	interest
räntesatser	rates
räntor	pays
räntorna	installments
rät	right
rät vinkel	right angle
rätoromanska	romansch
rätta	rectify
rättare	foreman
rättegång	trial
rättelse	correction
rätter	right
rättesnöre	norm
rättfärdig	righteous
rättfärdiga	justify
rättfärdighet	righteousness
rättfärdigt	righteously
rättighet	right
rättmätig	rightful
rättrådig	just
rätts och expeditionschef	director general
rättsakt	act
rättschef	director general
rättshaveri	obnoxious insistence
rättshaverist	dogmatist
rättshjälp	legal aid
rättsinnig	right minded
rättsinnigt	right mindedly
rättslig	judicial
rättsmedicin	forensic medicine
rättsskola	school
rättsstat	rule of law
rättssäkerhet	legal certainty
rättstavning	spelling
rättstavningsfunktionen	alphabets
rättstavningskontroll	spellcheck
rättsvetenskap	jurisprudence
rättvis	fair
rättvisa	justice
rätvinklig	right
rätvinklig linjal	triangular ruler
rätvinklig triangel	right triangle
räv	fox
rävansikte	fox
rävgift	fox poison
rävsax	fox trap
rävunge	fox cub
råd	advice
råda	advise
rådande	current
rådfråga	ask
rådgivande	advising
rådgivare	adviser
rådhus	city hall
rådhusrätt	magistrate
rådig	resourceful
rådighet	resoluteness
rådjur	roe deer
rådman	judge
rådsrepublik	soviet republic
råg	rye
råhet	brutality
råna	rob
råolja	crude oil
rått	brutally
råtta	rat
råttan i pizzan	urban legend
råttfångare	ratcatcher
råvara	raw material
rö	straw
röd	red
röd cirkel	red circle
röd dag	sunday
röd glada	red kite
röd kvadrat	red square
röd papperslykta	red paper lantern
röda havet	red sea
rödbena	common redshank
rödbeta	beetroot
rödgrön	reddish green
rödhake	robin
rödhalsad snäppa	red necked stint
rödhårig	red hair
röding	char
rödlätt	reddish
rödlök	red onion
rödnäbbad trut	audouin's gull
rödräv	red fox
rödskjorta	red shirt
rödspov	black tailed godwit
rödstjärt	common redstart
rödvarg	red wolf
rödvin	red wine
rödvingad vadarsvala	collared pratincole
rödvinsvänster	champagne socialist
röja	clear
rök	smoke
röka	smoke
rökare	smoker
rökfritt	no smoking
rökförbud	smoking ban
rökig	smokey
rökkupé	smoking compartment
rökning	smoking
rökning förbjuden	no smoking
rökridå	smokescreen
rökruta	smoking area
röksignal	smoke signal
rökt	smoked
rökverk	tobacco product
rölleka	yarrow
rönn	rowan
röntgen	x ray
röntgenium	roentgenium
röra	mess
rörande	concerning
rörd	moved
rördrom	bittern
rörelse	movement
rörelsebanor	motion
rörhöna	common moorhen
rörig	messy
rörigt	messily
rörledning	pipeline
rörlig	moving
rörmokare	plumber
rösa	cairn
röse	cairn
röst	voice
rösta	vote
rösta med fötterna	vote with one's feet
röstning	voting
rösträtt	suffrage
röstsedel	ballot
röstsiffra	voting number
röstskådespelare	voice actor
röta	rot
rötmånad	dog days
rötmånadshistoria	dog days
rötmånadskalv	two headed
rött	red
rött frågetecken	red question mark
rött hjärta	red heart
rött kryss	cross mark
rött kuvert	red envelope
rött utropstecken	red exclamation mark
rött äpple	red apple
röv	ass
röva	rob
rövare	robber
rövhål	asshole
rövknulla	buttfuck
rövslickare	ass licker
s	page
s	u
s.a.s	initialism
s.ö	se
sa	said
sabba	botch
sabbatsår	sabbatical
sabel	sabre
sabla	expletive
sabotera	vandalize
sabrera	champagne
saccosäck	beanbag
sachalin	sakhalin
sachsen	saxony
sachsisk	saxon
sackaros	sucrose
sadel	saddle
sadelpunkt	saddle point
saffran	saffron
safir	sapphire
saft	juice
saftig	juicy
saga	fairy tale
saga	creature
sagge	semen
sagolik	fabulous
sagostund	storytime
saimenvikare	saimaa ringed seal
saint kitts och nevis	saint kitts and nevis
sajt	site
sak	thing
saka	follow suit
sakarias	zacharias
sakarja	zachariah
saker	things
sakfel	factual error
sakfråga	issue
sakkunnig	knowledgeable
sakkunskap	expertise
saklig	factual
saklighet	factuality
sakligt	factually
saklös	blameless
saklöst	blamelessly
sakna	miss
saknad	missing
saknas	missing
sakpolitik	substantive policy
sakpolitisk	politics
sakprosa	non fiction
sakregister	index
sakregister	alphabetical
sakristia	sacristy
sakta	slow
saköre	fine
sal	room
saldo	balance
salig	blessed
salighet	happiness
saliv	saliva
sallad	salad
sallat	leafy green
sallat	lettuce
salmiak	ammonium chloride
salomo	solomon
salongsradikal	person
salpetersyra	nitric acid
salskrake	smew
saltlag	brine
saltstång	saltstick
saltsyra	hydrochloric acid
salu	sale
saluföra	offer
salva	salve
salvador	el
sam	some
sam	together
samarbeta	cooperate
samarbete	collaboration
samarbetsområde	area
samarbetspakt	cooperation pact
samband	connection
sambandsdiagram	scatter plot
same	sami
samexistera	coexist
samfund	federation
samfälld	united
samhäll	gymnasium
samhälle	society
samhällsbyggande	spatial planning
samhällsfrånvänd	showing
samhällsfrånvändhet	lack
samhällsinformation	civic information
samhällskritisk	sociocritical
samhällsområde	area
samhällstillvänd	showing interest
samhällstillvändhet	interest
samhällsvetenskap	social science
samis	sami's
samiska	saami
samklang	consonance
samköra	join
samla	collect
samlad	collected
samlag	intercourse
samlare	collector
samlas	gather
samling	collection
samlingsalbum	compilation album
samlingsdokument	master document
samlingsdokument	master
samlingsplats	gathering place
samlingsskiva	collection album
samma	same
samman	together
sammanfatta	summarize
sammanfattande	concluding
sammanfattning	summary
sammanfattningar	summaries
sammanfattningsvis	conclusion
sammanfläta	nest
sammanflätad	nested
sammanfoga	merge
sammanfogar	joins
sammanhang	context
sammanhänga	connected
sammanhängande	contiguous
sammanhängande rum	connected space
sammanhållande	uniting
sammanhållning	cohesion
sammansatt	compounded
sammansatt	composite
sammansatt funktion	composite function
sammansatt tal	composite number
sammansatta	composed
sammanslagning	join
sammansluta	associate
sammanslutning	association
sammanställning	aggregation
sammansättning	compound
sammantaget	conclusion
sammanträda	meet
sammanträde	meeting
sammanträdesprotokoll	minutes
sammelsurium	hodgepodge
sammet	velvet
samordna	coordinate
samordnad	coordinated
samordnande	coordinating
samordnare	coordinator
samordning	coordination
samordningsgrupp	coordination committee
samråd	unison
samspel	interaction
samspela	interact
samsyn	consensus
samt	and
samtal	conversation
samtid	contemporary
samtida	contemporary
samtidig	simultaneous
samtidigt	at the same time
samtliga	everything
samuelsson	samuel
samuraj	samurai
samverka	collaborate
samverkan	collaboration
samvete	conscience
samvetsgrann	conscientious
samvetsgrannhet	conscientiousness
samvetslös	conscience
samväldet	commonwealth
sanda	sand
sanddyn	sand dune
sandhög	pile
sandig	sandy
sandlåda	sandbox
sandlöpare	sanderling
sandpapper	sandpaper
sandslott	sandcastle
sandsnäppa	semipalmated sandpiper
sandsten	sandstone
sandsäck	sandbag
sandtärna	gull billed tern
sanera	sanitize
sangvinisk	sanguine
sank	marshy
sankt	saint
sankta	saint
sanktion	sanction
sann	true
sanna	susanna
sannerligen	verily
sanning	truth
sanningen	truth
sanningsenlig	veracious
sanningshalt	veracity
sanningsvärde	truth value
sannolik	probable
sannolikhet	probability
sannolikhet	sp
sannolikheten	probability
sannolikheter	probabilities
sannolikhetslära	probability theory
sanslös	unconscious
sanslöst	senselessly
sant	true
sar	common gender
sara	sarah
sardinska	sardinian
sareptasenap	mustard greens
sarg	boards
sarkasm	sarcasm
sarkofag	sarcophagus
satan	devil
satan	swear word
satellit	satellite
sats	theorem
sats	statement
satsa	set
satsning	effort
satt	short
satt	sat
saturnus	saturn
saudiarabien	arabia
sav	sap
sava	sap
savig	sappy
sax	scissors
saxblad	scissor
saxofon	saxophone
saxofonist	saxophonist
scen	stage
scen	scene
scenarion	scenarios
scenen	reflection
scenkonst	performing arts
sch	shh
schack	chess
schack matt	checkmate
schackbonde	chess pawn
schackbräde	chessboard
schackpjäs	chess piece
schackra	travel
schackrutig flagga	chequered flag
schakal	jackal
schampo	shampoo
schasa	sjasa
schattera	shade
schattering	nuance
schavott	scaffold
schavottera	pillory
schejk	shejk
schema	schedule
schematisk	schematic
schillersk	schillerian
schimpans	chimpanzee
schlager	genre
schweiz	switzerland
schweizare	swiss
schweizer	swiss
schweizisk	swiss
schweizisk armékniv	swiss army knife
schweiziska	woman
schäfer	german shepherd
se	see
se derived terms	syn
se genom fingrarna	turn a blind eye
se mellan fingrarna	turn a blind eye
sed	custom
sedan	then
sedel	banknote
sedelenhet	checkout system
sedermera	later on
sedeslöshet	morals
sedvanlig	traditional
sedvänja	tradition
seeda	seed
sefard	sephardi
seg	tough
segel	sail
segelbar	navigable
segelbåt	sailboat
segelfartyg	sailing ship
seger	victory
segerherre	winner
segla	sail
seglare	sailor
segling	sailing
segment	segments
segra	win
segrare	victor
sej	saithe
sejare	sundial
sejdel	tankard
sejour	stay
sek	sec
sekanten	secant
sekatör	secateurs
sekel	century
sekretariat	secretariat
sekreterare	secretary
sekreterarfågel	secretary bird
sekretess	secrecy
sekretessavtal	non disclosure agreement
sekretessbelagd	classified
sekt	sect
sektion	section
sektionsnämnd	section committee
sektor	sector
sektorer	sectors
sektorsövergripande	multisectoral
sekund	second
sekundant	second
sekunder	seconds
sekundera	second
sekundvisare	second hand
sekundär	secondary
sekundärlitteratur	secondary literature
sekventiell	sequential
selektiv	selective
selen	selenium
selleri	celery
semantik	semantics
semester	holiday
semester	vacation
semikolon	semicolon
semikolon	semicolons
seminarium	seminar
sen	late
sena	tendon
senap	mustard
senapsgas	mustard gas
senapsgul	mustard
senapssill	pickled herring
senare	latter
senare	later
senast	latest
senaste	recent
senat	senate
sengustaviansk	gustavian
sengångare	sloth
senlat	late latin
senlatin	late latin
sensationslysten	attention seeking
sensibilitet	sensitivity
sensommar	late summer
sent	late
sentens	sententious phrase
sep	september
separat	separate
separera	separate
ser	looks
ser man på	unexpected
serafimerriddare	knight
serbien	serbia
serbisk	serbian
serbiska	serbian
serbokroatisk	serbo croatian
serbokroatiska	serbo croatian
serendipitet	serendipity
serie	series
seriella	serial
seriemördare	serial killer
serienummer	serial number
serietidning	comic
serin	serine
seriös	serious
serpentin	streamer
serva	serve
servera	serve
servett	napkin
service	maintenance
servicehund	service dog
servitris	waitress
servitör	male waiter
servostyrning	power steering
servrar	servers
ses	meet
set	seth
sett	seen
sevärd	worth seeing
sevärdhet	sight
sex	six
sexhörning	hexagon
sexig	sexy
sexigt	sexily
sexman	parish
sexpack	six pack
sexslav	sex slave
sextio	sixty
sextiofem	sixty five
sextionde	sixtieth
sexton	sixteen
sextonde	sixteenth
sextondedel	sixteenth
sextondel	sixteenth
sexualitet	sexuality
sexualkunskap	sex education
sexuddig stjärna med prick	dotted six pointed star
sexuell	sexual
sexuell läggning	sexual orientation
sexuellt	sexually
sfinx	sphinx
sfär	sphere
sfärisk	spherical
sgd	gcd
shabbes	shabbat
shah	persia
shampo	shampoo
shejk	sheik
shetland	shetland islands
shetlandsöarna	shetland islands
shintohelgedom	shinto shrine
shit	wow
shobresvenska	ethnolect
shoppingpåsar	shopping bags
shoppingvagn	shopping cart
shorts	trousers
show	play
sht	particular
sia	foretell
siames	siamese
siare	seer
sibirisk gråsnäppa	grey tailed tattler
sibirisk tundrapipare	pluvialis fulva
sid	p
sida	side
sida	page
sida med text uppåt	page facing up
sidbrytning	page break
sidbrytning	break
sidensvans	waxwing
sidfläsk	pork belly
sidformatmall	page style
sidfot	footer
sidfötter	footers
sidhuvud	header
sidhuvuden	headers
sidmarginal	page margin
sidmarginal	margin
sidnummer	page number
sidofält	sidebar
sidoklass	coset
sidor	pages
siffra	digit
siffror	input numbers
sig	himself
sig själva	themselves
signal brusförhållande	signal to noise ratio
signalera	signal
signalfel	switch
signatur	signature
signaturer	signatures
signe	scania
signera	sign
signerat	signed
signering	signing
signifikans	significance
signifikant	significant
signifikanta	significant
sik	common whitefish
sikangtita	black bibbed tit
siklöja	vendace
sikt	sight
sikta	sight
sil	strainer
silhuett	silhouette
silhuett som talar	speaking head
silikat	silicate
silikon	silicone
siljan	dalarna
silkeshäger	little egret
sill	herring
sillgrissla	common murre
silltrut	lesser black backed gull
siltsten	siltstone
silver	coins
silvergruva	silver mine
silvermedalj	2nd place medal
silvermedalj	silver medal
silvermynt	silver coin
silvertärna	arctic tern
sim	swimming
simbassäng	swimming pool
simglasögon	goggles
simhall	swimming pool
simma	simmar
simma	swim
simmare	swimmer
simmerska	swimmer
simning	swimming
simpel	easy
simsalabim	abracadabra
simsnäppa	phalarope
simson	samson
simulera	simulate
simulering	simulation
sina	dry up
sing	singular
singel	single
singellista	single
singelspelare	singleplayer
singla	singla slant
singularform	singular form
singularis	singular
singulär matris	singular matrix
sinnad	minded
sinne	mind
sinnebild	allegory
sinnebildlig	allegoric
sinnes	insane
sinnesjämvikt	equanimity
sinnessjuk	mentally ill
sinnessjukdom	mental illness
sinnevärld	sense world
sinnig	minded
sinnlig	pertaining
sinologi	sinology
sint	minded
sinus	sine
sion	zion
sionistisk	zionist
sionistiskt	zionistically
sirap	treacle
sist	last
sista	last
sistnämnd	latter
sisyfosarbete	sisyphean task
sitt	his
sitta	sit
sitter	sits
situationen	situation
situationskomedi	situation comedy
siv	sif
sivert	sigurd
siw	siv
sjal	shawl
sjaskig	shabby
sjaskigt	shabbily
sjok	chunk
sju	seven
sjua	seven
sjucker	beautiful
sjuda	simmer
sjuk	sick
sjuka	disease
sjukanmäla	call in sick
sjukdom	disease
sjukförsäkring	income protection insurance
sjukhus	hospital
sjukhuset	hospital
sjukintyg	medical certificate
sjukna	sicken
sjukskriva	report
sjukskrivning	sick leave
sjuksköterska	nurse
sjuksyster	sister
sjukt	incredibly
sjukvård	medical care
sjukvårdare	medic
sjukvårdsrådgivning	medical advisory service
sjumilaskog	forest
sjunde	seventh
sjundedel	seventh
sjunga	sing
sjunger	sings
sjunka	sink
sjusovare	person
sjuspaltig	seven
sjuttio	seventy
sjuttioett	seventy one
sjuttionde	seventieth
sjuttiondel	seventieth
sjuttiotre	seventy three
sjutton	seventeen
sjuttonde	seventeenth
sjuttondedel	seventeenth
sjuttondel	seventeenth
själ	soul
själavandring	reincarnation
själisk	soulful
själlös	soulless
själlöshet	soullessness
själsfrände	soulmate
själslig	spiritual
själv	oneself
själv	himself
själva	ourselves
själva	themselves
självbelåten	self satisfied
självbestämmande	self determination
självbild	self image
självbindare	binder
självbiografi	autobiography
självcensur	self censorship
självfallet	of course
självförebråelse	self reproach
självförtroende	confidence
självgisslare	flagellant
självgod	smug
självisk	selfish
självklar	obvious
självklarhet	obvious
självklart	of course
självkännedom	self knowledge
självläka	self heal
självlärd	self educated
självmant	of one's own accord
självmord	suicide
självmordsattack	suicide attack
självmordsattentat	suicide attack
självmordsbenägen	suicidal
självmordsbomb	suicide bomb
självmordsbombare	suicide bomber
självmordsbombning	suicide bombing
självmål	own goal
självporträtt	self portrait
självreferens	self reference
självrättfärdig	self righteous
självrättfärdighet	self righteousness
självrättfärdigt	self righteously
självrådig	self willed
självrådighet	self will
självstyrande	self governing
självstyre	self rule
självständig	independent
självständighet	independence
självständighetsförklaring	declaration
självständigt	independently
självt	itself
självtillräcklig	self satisfied
självuppfyllande	self fulfilling
självömkan	self pity
självömkande	self pitying
sjätte	sixth
sjättedel	sixth
sjå	bother
sjö	lake
sjö	navigation
sjöbod	boathouse
sjöfarare	navigator
sjöfart	shipping
sjögräs	seaweed
sjöjungfru	mermaid
sjöman	sailor
sjön	lake
sjöorre	common scoter
sjörövare	pirate
sjörövarflagga	pirate flag
sjöröveri	piracy
sjöslag	naval battle
sjöstad	lake city
sjöstjärna	sea star
sjötunga	sole
sjövärdig	sea worthy
sjövärdighet	seaworthiness
sk	so called
skabb	scabies
skabrositet	indecency
skabröst	scabrously
skada	damage
skadad	hurt
skadedrabbad	injured
skadeglädje	schadenfreude
skadegörelse	damage
skadereglering	claim
skadestånd	damages
skadeutfall	harmful
skadlig programvara	malware
skadligt	harmfully
skaffa	get
skaffel	spork
skagern	tiveden
skaka	shake
skakade	shook
skakis	shaky
skakning	jerk
skal	shell
skala	scale
skalas	scaled
skalbagge	beetle
skalbar	scalable
skalbara	scalable
skalbolag	shell company
skald	poet
skaldekonst	poetry
skaldjur	shellfish
skaldjursallergiker	shellfish allergy
skaldjursspett	oden
skalla	headbutt
skalle	head
skallig	bald
skalning	scaling
skalpell	scalpel
skalv	quake
skalär	scalar
skalärfält	scalar field
skalärprodukt	scalar product
skam	shame
skamlig	shameful
skamlös	shameless
skamsen	ashamed
skamvrå	corner
skandal	scandal
skandalomsusad	surrounded
skandalös	scandalous
skandalöst	scandalously
skandinavien	scandinavia
skandinavisk	scandinavian
skandinaviska	woman
skandium	scandium
skank	leg
skannad	scanned
skannar	scans
skanningsområdet	scan
skap	ship
skapa	create
skapad	created
skapande	creating
skapar	creates
skapare	creator
skapas	created
skapelse	creation
skaplig	decent
skapligt	quite
skaplynne	temperament
skara	troop
skarp	sharp
skarprättare	executioner
skarpsinne	acumen
skarpsinnig	keen
skarpsinnigt	keenly
skarpskytt	sharpshooter
skarpskytte	shooting
skarv	joint
skarva	extend
skarvsladd	cord
skata	eurasian magpie
skatbo	magpie nest
skatgök	clamator glandarius
skatt	tax
skatta	estimate
skattebetalare	taxpayer
skattefusk	tax evasion
skatteindrivare	tax collector
skattemyndighet	tax authority
skatteparadis	tax haven
skattesänkning	tax reduction
skattetröskel	tax threshold
skatteutskott	committee
skatteverk	tax authority
skattkammare	treasury
skattmästare	treasurer
skava	rub
skavfötters	head to toe
ske	happen
sked	spoon
skedand	northern shoveler
skede	event
skedstork	eurasian spoonbill
skeende	event
skelett	skeleton
skelettmuskulatur	skeletal muscle
sken	appearance
skena	rail
skenbar	illusory
skenbar magnitud	apparent magnitude
skenbarligen	apparently
skenben	shinbone
skendränkning	waterboarding
skengraviditet	pseudocyesis
skenhelig	sanctimonious
skenheligt	sanctimoniously
skenäktenskap	bogus marriage
skepp	ship
skeppa	ship
skeppare	skipper
skepparkrans	beard
skeppet	ship
skeppsbyggnad	shipbuilding
skeppsredare	shipowner
skepsis	doubt
skeptisk	skeptical
skevsymmetrisk	skew symmetric
skicka	send
skickad	fit
skickade	sent
skickar	sends
skickelse	fate
skickelsediger	fateful
skicklig	skilled
skicklighet	skill
skida	ski
skidor	skis
skidor	ski
skidskytt	biathlete
skidskytte	biathlon
skidstav	ski pole
skidåkare	skier
skidåkning	skiing
skiffer	slate
skiffermes	dusky tit
skiffertrut	slaty backed gull
skift	shift
skiftarbete	shift work
skifte	change
skiftlås	caps lock
skiftlåstangent	caps lock
skiftnyckel	adjustable wrench
skiftnyckel	wrench
skifttangent	shift key
skikt	layer
skikta	layer
skild	divorced
skildra	depict
skildring	depiction
skilja	skilde
skilja agnarna från vetet	skilja agn
skiljaktig	different
skiljer	distinguishes
skiljetecken	separator
skillnad	difference
skillnad	opposed
skillnaden	difference
skilsmässa	divorce
skina	shine
skingra	dissipate
skinka	ham
skinn	skin
skinnskalle	skinhead
skippa	skip
skiss	sketch
skisserad	outlined
skit	excrement
skita	skiter
skitig	dirty
skitsnack	bullshit
skiva	leaf
skivbolag	record company
skivbroms	disc brake
skivkontrakt	record deal
skivling	agaricales
skivstång	barbell
skjorta	shirt
skjorta med slips	necktie
skjul	shed
skjut	shoot
skjuta	shoot
skjuta	shooting
skjuten	shot
skjutfält	proving ground
skjutglad	trigger happy
skjutmått	vernier caliper
skjutning	shooting
skjuts	ride
skjutvapen	firearm
skjuva	shear
sko	shoe
skoaffär	shoe shop
skock	compare
skodon	footwear
skog	forest
skogsbrukare	forester
skogsduva	stock dove
skogshöns	tetraoninae
skogssnäppa	spotted sandpiper
skogsstjärna	chickweed wintergreen
skohorn	shoehorn
skoj	fun
skoja	travel
skojig	fun
skokräm	shoe polish
skola	school
skolan	school
skolbespisning	feeding
skolbildning	schooling
skolbyggnad	schoolhouse
skolbänk	desk
skolka	wag
skolkamrat	schoolmate
skolmat	food
skolmatsal	school canteen
skolminister	minister
skolmästare	rector
skoltsamiska	skolt sami
skolverk	ministry of education
skolväsen	school
skolös	shoeless
skomakare	shoemaker
skomakarrealism	detailed
skomakeri	shoemaking
skona	spare
skoningslös	mercy
skoningslöshet	mercilessness
skopa	scoop
skorna	shoes
skorpion	scorpion
skorpionen	scorpio
skorsten	chimney
skorstensseglare	chimney swift
skoskav	foot pain
skosnöre	shoelace
skoter	motor scooter
skotsk	scottish
skotska	scots
skott	seedling
skott	shot
skotta	shovel
skottdag	leap day
skotte	scot
skottkärra	wheelbarrow
skottland	scotland
skottlossning	shooting
skottsäker	bulletproof
skottår	leap year
skottår	leap
skov	remission
skraffering	hatching
skrafferingslinjerna	hatch
skraj	scared
skrank	rail
skranka	barrier
skratt	laugh
skratta	laugh
skrattade	laughed
skrattar	laughing
skratte	humanoid
skrattmås	black headed gull
skrev	wrote
skri	cry
skribent	writer
skridsko	ice skate
skridsko	skate
skrift	text
skriftlig	written
skriftligen	in writing
skriftligt	writing
skriftspråk	written language
skriftställare	writer
skrik	scream
skrika	scream
skrikstrandpipare	killdeer
skrikörn	clanga
skrinlägga	postpone
skrinnare	skater
skript	scripts
skriva	write
skrivare	printer
skrivare	scribe
skrivarens	printers
skrivarmått	metrics
skrivas	printed
skrivbok	notebook
skrivbord	desk
skrivelse	writ
skriven	written
skrivkramp	writer's cramp
skrivmaskin	typewriter
skrivmaskinist	typist
skrivmaskinsapostrof	typewriter apostrophe
skrivning	writing
skrivplatta	clipboard
skrivregel	rule
skrivtavla	writing board
skrot	shot
skrota	scrap
skrov	hull
skrud	costume
skrupulös	scrupulous
skruv	screw
skruv och mutter	nut and bolt
skruva	screw
skruvdragare	screwdriver
skruvkork	screw cap
skruvmejsel	screwdriver
skruvtving	clamp
skrymma	bulge
skrymmande	bulky
skryta	boast
skräck	fear
skräckfilm	horror movie
skräckinjagande	fear
skräckslagen	terrified
skräckslaget	horrifiedly
skräckvälde	reign of terror
skräddare	tailor
skräddarsydd	tailormade
skräling	skraeling
skrämd	scared
skrämma	frighten
skrämmande	frightening
skrämt ansikte	fearful face
skräntärna	caspian tern
skräp	garbage
skräpa inte ner	no littering
skröplig	frail
skröpligt	frailly
skugga	shadow
skuggad	shadowed
skuggning	shading
skula	shelter
skuld	debt
skuldebrev	promissory note
skuldenär	debtor
skulderblad	scapula
skuldfri	debt free
skuldra	shoulder
skull	sake
skulle	attic
skulle	would
skulptera	sculpture
skulptur	sculpture
skulpturkonst	sculpture
skulptör	sculptor
skum	dark
skumma	foam
skummis	shady
skumrulle	foam roller
skumslev	skimmer
skumvin	sparkling wine
skur	shower
skuren	cut
skurk	villain
skurknä	housemaid's knee
skutta	skip
skvaller	gossip
skvallerspegel	rear view mirror
skvallra	tell on
skydd	protection
skydda	protect
skyddad	protected
skyddar	protects
skyddat varumärke	trade mark
skyddsglasögon	goggles
skyddshjälm	safety helmet
skyddsobjekt	compound
skyddstid	protection term
skyddsväg	crosswalk
skyddsvärde	protection value
skyddsängel	guardian angel
skyfall	cloudburst
skygg	shy
skyhög	sky high
skyla	cover
skyldig	guilty
skyldra	present
skylla	owe
skylt	sign
skylt för byggområde	construction
skylta	sign
skyltfönster	shop window
skymma	shade
skymning	dusk
skymt	glimpse
skymta	glimpse
skymundan	secluded place
skynda	hurry
skyndsam	hasty
skynke	cloth
skyskrapa	skyscraper
skyt	scythian
skytt	shooter
skytte	shooting
skyttegrav	trench
skytten	sagittarius
skägg	beard
skäggbarn	adult male
skäggbiff	pussy
skäggdopping	great crested grebe
skäggtärna	whiskered tern
skäktning	slaughter
skäl	cause
skälig	fair
skälm	rogue
skälmaktig	roguish
skälva	fear
skämd	spoiled
skämma	spoil
skämmas	ashamed
skämt	joke
skämt åsido	all kidding aside
skämta	joke
skämtare	joker
skämts	humorous
skämtsam	humorous
skända	defile
skändlig	infamous
skänk	gift
skänka	give
skänkt	given
skär	intersect
skärbräda	chopping board
skärbräde	chopping board
skärfläcka	pied avocet
skärgård	coastal archipelago
skärm	screen
skärmbild	screenshot
skärmdump	screenshot
skärmen	screen
skärmklipp	screenshot
skärmläsare	readers
skärmmössa	billed cap
skärmytsling	skirmish
skärningspunkt	intercept
skärpa	sharpness
skärseld	purgatory
skärsnäppa	purple sandpiper
skärtorsdag	maundy thursday
skärva	fragment
skärvstenshög	burnt mound
skåda	watch
skådebana	stage
skådeplats	theatre
skådeprocess	show trial
skådespel	theatre play
skådespelare	actor
skådespelerska	actress
skådis	actor
skål	cheers
skål	bowl
skål nudelsoppa	steaming bowl
skål och sked	bowl with spoon
skåla	toast
skålande glas	clinking glasses
skålande ölstop	clinking beer mugs
skåne	scania
skåning	scanian
skånk	leg
skånska	woman
skåp	cabinet
skåra	notch
sköld	shield
sköldpadda	turtle
skölja	rinse
sköljmedel	fabric softener
skönande	aesthete
skönandlig	belletristic
skönhet	beauty
skönhetssalong	beauty salon
skönja	perceive
skönjbar	discernible
skönlitteratur	fiction
skönlitterär	fictional
skönlitterärt	fictionally
skönsmässig	approximate
skör	frail
skörbjugg	scurvy
skörd	harvest
skörda	harvest
skörlevnad	adultery
skört	hem
sköt	fishnet
sköta	attend
skötare	keeper
sköte	bosom
sköterska	nurse
skötsel	maintenance
skött	maintained
sladd	leftover
sladda	slide
sladdbarn	trailing child
slag	hit
slaga	flail
slagare	beater
slagfält	battlefield
slagga	sleep
slagljus	spotlight
slagruta	divining rod
slagrörd	paralyzed
slagsida	list
slagskepp	battleship
slagskugga	shadow
slagsmål	fight
slagträ	club
slagverkare	percussionist
slakt	slaughter
slakta	slaughter
slaktare	butcher
slamkrypare	mudskipper
slampa	slut
slang	hose
slanga	siphon fuel
slangbella	slingshot
slangord	word
slank	slender
slapp	lazy
slappa	relax
slarvig	sloppy
slav	slavic
slava	work
slaveri	slavery
slavisk	slavic
slavsändare	slave
slemhinna	mucous membrane
slemsäck	bursa
slentrian	mechanical habit
slev	spoon
sleva	serve
slicka	lick
slickepinne	lollipop
slida	scabbard
sliddjur	woman
slik	similar
slinga	round
slingrande	sinuous
slinka	slut
slipa	grind
slipark	sheet
slipmaskin	sander
slippa	get away
slips	necktie
slit	toil
slita	wear
slitage	wear
sliten	worn
slitvarg	child
slockna	turn off
slog	hit
sloka	slouch
slopa	skip
slott	castle
slovak	slovakia
slovakisk	slovakian
slovakiska	slovak
slovakiska	slovakia
sloven	slovenia
slovensk	slovenian
slovenska	slovenia
slsteg	gestep
slug	cunning
slughet	cunningness
sluka	gobble
slukhål	sinkhole
slump	chance
slumpartikel	random article
slumpmässig	random
slumpmässiga	random
slumpmässighet	randomness
slumpmässigt	randomly
slumpmässigt urval	random sample
slumptalsfrö	seed
slumptalsgenerator	generator
slumpvis	random
slunga	sling
slussa	pass
slut	over
sluta	stop
slutade	stopped
slutar	ends
slutare	shutter
slutat	quit
slutbetänkande	report
slutboss	final boss
slutdatum	enddate
sluten	closed
sluten mängd	closed set
slutet	closed
slutet	end
slutför	finish
slutgiltig	final
slutlig	final
slutligen	eventually
slutmånad	eomonth
slutnot	endnote
slutnoter	endnotes
slutperiod	endperiod
slutrea	final sale
slutspel	endgame
slutspurt	final sprint
slutstation	endstation
slutta	slope
sluttning	hillside
slutvärde	fv
slyna	slut
släcka	turn off
släde	sleigh
släkt	kinship
släkte	genus
släkting	relative
släkttavla	pedigree
slänga	throw
släpa	drag
släplina	guide rope
släppa	let go
släppa	dropping
slät funktion	smooth function
slätstruken	mediocre
slån	blackthorn
slåss	fight
slåtter	hay harvest
slåttermaskin	mower
slö	dull
slödder	riffraff
slödur	unfringed helm
slöjd	sloyd
slösa	waste
slöseri	wasting
smack	inte ett smack
smak	taste
smaka	taste
smaklig	tasteful
smaklös	tasteless
smal	thin
smal	narrow
smalnäbbad simsnäppa	red necked phalarope
smaragd	emerald
smarrig	yummy
smart	clever
smarta	smart
smaska	splash
smaskig	yummy
smed	smith
smedja	forge
smeka	touch
smekmånad	honeymoon
smeknamn	pet name
smidig	smooth
smita	escape
smitning	hit and run
smitta	infectious disease
smittkoppor	smallpox
smittkurva	epidemic curve
smittsam	contagious
smittsamt	contagiously
smittskydd	infectious disease control
smocka	punch
smoking	tuxedo
sms	text message
smugglare	smuggler
smula	crumb
smulgubbe	hybrid cultivar berry
smultron	wild strawberry
smultronställe	pleasant
smuts	dirt
smutsig	dirty
smutsig byk	dirty laundry
smutskasta	smear
smutskastning	badmouthing
smutt	neat
smycka	adorn
smycke	piece
smyga	sneak
smygflyga	fly
smäll	bang
smälla	flyswatter
smällare	firecracker
smällfet	obese
smälta	melt
smältande ansikte	melting face
smältpunkt	melting point
smärre	small
smärt	thin
smärtsam	painful
smärtsamt	painfully
små	comparative
små	lowercase
småbonde	smallholder
småborgare	petite bourgeoisie
småborgerlig	petite bourgeoisie
småborgerlighet	quality
smådopping	little grebe
småelak	meanness
småfläckig sumphöna	porzana porzana
småföretag	small business
småkusin	cousin
småland	landskap
småleende ansikte	slightly smiling face
smålom	red throated diver
småländska	dialect
småningom	sooner or later
småplanet	minor planet
småplätt	pancake
småpotatis	small potatoes
småpåve	authoritarian
småskrake	red breasted merganser
småskuren	narrow minded
småsnäppa	little stint
småspov	whimbrel
småtrapp	little bustard
småtärna	little tern
smör	butter
smörgås	sandwich
smörgåstårta	savoury cake
smörja	crap
smörjning	lubrication
smörpassning	pass
smörrebröd	sandwich
smörsyra	butyric acid
snabb	fast
snabba	speed
snabbgenomgång	quick walkthrough
snabbis	quickie
snabbkaffe	instant coffee
snabbmat	fast food
snabbmeny	context menu
snabbmenyn	context
snabbredigering	quick
snabbspola	fast forward
snabbspårväg	light rail
snabbstart	quickstarter
snabbt	quickly
snabbtåg	high speed train
snabel	trunk
snabel a	at sign
snack	talk
snacka	talk
snackis	talker
snacksalig	talkative
snapsvisa	song
snar	near term
snara	snare
snarare	rather
snarast	as soon as possible
snarka	snore
snarkningar	zzz
snart	soon
snask	sweet
snatta	snitch
snatterand	gadwall
snatteri	shoplifting
sned	sloping
snedfitta	cigarette
snedheten	skewness
snedstreck	slash
snedställ	slant
snedställer	slants
snickare	carpenter
snickarverkstad	carpentry
snickeri	carpentry
snickerifabrik	joinery shop
snickra	woodwork
snida	carve
sniffa	sniff
snigel	snail
snigelfart	snail's pace
snille	genius
snilleblixt	stroke of genius
snillrik	ingenious
snippa	genitalia
snitt	cut
snitt	intersection
sno	twist
snok	grass snake
snopp	penis
snorunge	brat
snowboardåkare	snowboarder
snowboots	shoe
snubbe	dude
snudd	touch
snudd på	almost
snudda	touch
snurra	top
snurrande hjärtan	revolving hearts
snus	tobacco snuff
snusa	snus
snusare	snus
snusförnuftig	wiseacre
snusig	stained
snuskhummer	erotic
snusmumrik	scruffy
snut	cop
snutt	piece
snuva	sniffles
snygg	handsome
snygging	attractive
snylta	live off
snyltning	work
snyta	clear
snäcka	seashell
snäcka	spiral shell
snäll	kind
snälla	please
snällism	kindness
snälltåg	express train
snäppa	scolopacidae
snärja	snare
snärjd	snared
snäv	narrow
snävt	narrowly
snål	unwilling
snåljåp	cheap
snålvarg	cheap
snö	snow
snöa	snow
snöboll	snowball
snöbollskrig	snowball fight
snöd	sordid
snödroppe	snowdrop
snöfall	snowfall
snöflinga	snowflake
snöglob	snow globe
snögubbe	snowman
snögubbe utan snö	snowman without snow
snökedja	snow chain
snöklätt berg	snow capped mountain
snölinje	snow line
snömos	snow
snöoväder	snow storm
snöre	cord
snöröjning	snow removal
snöstorm	snowstorm
snövit	snow white
so	fundamental law
so	sow
sober	moderate
social distansering	social distancing
socialbidrag	social assistance
socialdemokrat	social democrat
socialdemokrati	social democracy
socialdepartement	ministry
socialfond	social fund
socialförsäkring	social insurance
socialförsäkringsminister	minister
socialförsäkringsutskott	committee
socialistiskt	socialistically
socialistrepubliken	socialist
socialminister	minister
socialrealism	socialist realism
socialutskott	committee
societet	society
sociolog	sociologist
sociologi	sociology
sociologisk	sociological
socka	sock
socken	parish
sockenkyrka	parish church
sockenmål	dialect
sockenstämma	parish meeting
socker	sugar
sockerbeta	sugar beet
sockerlag	basic syrup
sockertillverkning	manufacture
sockervadd	fairy floss
sockor	socks
sockra	sugar
soda	sodium carbonate
soffa	couch
soffa och lampa	couch and lamp
soffliggare	couch potato
sofi	sofia
softboll	softball
sojamjölk	soy milk
sokrates	socrates
sol	sun
sol bakom litet moln	sun behind small cloud
sol bakom moln	sun behind cloud
sol bakom stort moln	sun behind large cloud
sol med ansikte	sun with face
sola	sunbathe
solarisering	solarization
solbadare	sunbather
solbrillor	sunglasses
solbränna	sunburn
solcell	solar cell
soldat	soldier
soldränkt	sun drenched
solen	sun
solfjäder	fan
solfjäderssnäcka	shell
solfångare	solar thermal collector
solförmörkelse	solar eclipse
solglasögon	sunglasses
solid	solvent
solidaritet	solidarity
solig	sunny
solk	dirt
solkig	dirty
solkigt	filthily
solklar	very obvious
solljus	sun
solnedgång	sunset
solros	sunflower
solsken	sunshine
solstråle	ray
solsystem	solar system
soluppgång	sunrise
soluppgång över berg	sunrise over mountains
solur	sundial
solvind	solar wind
som	as
som	that
som av en händelse	happenstance
somaliames	acacia tit
somalier	somali
somlig	some
sommar	summer
sommaren	summer
sommarspel	summer games
sommarstuga	summer cottage
sommarvilla	summer home
sommelier	somalier
somna	fall asleep
somnade	asleep
somrig	aestival
son	johans
sona	atone
sonat	sonata
sonatform	sonata form
sonbarn	grandchild
sondotter	daughter
sonett	sonnet
sonny	sune
sonson	son
soon med högerpil ovanför	soon arrow
sopa	trash
sopbil	garbage truck
sophia	sofia
sophie	sofie
sophink	trashcan
sopp	fungus
soppa	soup
soppan	soup
sopsaltare	street sweeper
sopsaltning	snow removal
soptunna	litter in bin sign
sorbat	sorbate
sorbiska	sorbian
sordavala	sortavala
sordin	mute
sorg	sorrow
sorgehus	house
sorgkant	mourning stationery
sorglös	carefree
sork	arvicolinae
sorla	murmur
sort	kind
sortera	sort
sorterar	sorts
sorteras	sorted
sortering	sorting
sorti	exit
sortiment	product range
sos alarm	swedish
sos knapp	sos button
sosse	social democrat
sossig	social democrats
sot	soot
sotare	chimney sweep
sothöna	fulica atra
sotis	jealous
sottärna	sooty tern
sotvingad mås	laughing gull
sou	statens offentliga utredningar
souterränghus	split level
sov	slept
sov gott	sleep well
sov så gott	sleep well
sov sött	sweet dreams
sova	sleep
sovande ansikte	sleeping face
sovel	food
sover	sleeping
sovjet	soviet
sovjet	soviet union
sovjetisk	soviet
sovra	sift
sovrum	bedroom
sovstad	dormitory town
sovsäck	sleeping bag
spa	spanish
spad	broth
spader	spade
spader	spade suit
spagetti	spaghetti
spagge	dago
spakblock	lever hoist
spalt	gap
spalta	split
spaltbredd	column width
spamma	spam
spanien	spain
spaningsmord	murder
spanjor	spain
spanjorska	spaniard
spann	bucket
spansk	spanish
spansk sväng	jughandle
spanska	spanish
spanskt	tit fuck
spar	statens personadressregister
spara	sparar
spara	save
sparar	saves
sparas	saved
spargris	piggy bank
spark	kick
sparka	kick
sparkcykel	kick scooter
sparken	fired
sparkstötting	kicksled
sparlåga	back burner
sparre	rafter
sparris	asparagus
sparsam	frugal
sparv	sparrow
sparvhök	eurasian sparrowhawk
spatserkäpp	walking stick
specialförband	special force
specialisera	specialize
specialistsjuksköterska	specialist nurse
specialistsjuksköterskeexamen	diploma
specialområden	regions
specialsamling	collection
specialstyrka	special force
specialtal	detect
specialtecken	input symbols
specialtecken	special character
specialtecken	special
speciell	special
speciellt	especially
specificera	specify
specificera	specifying
specifik	specific
specifika	specific
spegel	mirror
spegelbild	mirror image
spegelvänd	flip
spegelvänt	mirrored
spegla	reflect
speglar	responds
spektakel	show
spektakulär	spectacular
spektroskop	spectroscope
spektroskopi	spectroscopy
spektrum	spectrum
spekulation	speculation
spekulera	speculate
spel	game
spela	play
spelade	played
spelar	plays
spelare	player
speldosa	music box
speleman	musician
spelkort med blomma	flower playing cards
spellista	playlist
spelpjäs	man
spelplan	court
speltid	period
speltärning	game die
spelöppning	opening
spenat	spinach
spendera	spend
speta	thin
spets	point
spetsbergsgrissla	thick billed murre
spetsbergsgås	pink footed goose
spetsborgare	philistine
spetsborgerlig	philistine
spetsforskning	top tier research
spetsig	sharp
spetsstjärtad snäppa	sharp tailed sandpiper
spetsvinklig triangel	acute angled triangle
spett	crowbar
spettekaka	spettkaka
spetälska	leprosy
spigg	stickleback
spik	nail
spika	nail
spill	waste
spill	overflow
spilla	spill
spillkråka	black woodpecker
spillra	fraction
spilta	stall
spindel	spider
spindeldjur	arachnid
spindelnät	spider web
spindlar	spiders
spinga	sliver
spingare	split
spinna	spin
spinnrock	spinning wheel
spion	spy
spionera	spy
spira	sceptre
spiralbunden kalender	spiral calendar
spiritualitet	spirituality
spirituell	quick
spis	stove
spisa	eat
spisoffer	meat offering
spjut	spear
spjuver	rogue
split	discord
splittra	split
spola	flush
spole	coil
spolglans	rinse aid
sponsra	sponsor
sponsring	sponsoring
spontan	spontaneous
sporadiskt	sporadically
sport	sports
sporta	sport
sportmedalj	sports medal
sportterm	term
spotpris	spot
spott	spit
spotta	plaice
spottkörtel	salivary gland
spov	numenius
spovsnäppa	curlew sandpiper
sprang	ran
spricka	crack
sprida	spred
spridare	spreader
spridd	scattered
spridning	spread
spridningsdiagram	scatter plot
spring	running
springer	marathon
springis	dine and dash
springnota	dine and dash
sprit	spirits
spruta	squirt
spruta	syringe
spränga	blow up
sprängattentat	bombing
sprängkåpa	bell housing
sprängladdning	explosive charge
sprängmedel	explosive
sprängning	explosion
språk	language
språka	speak
språken	dialog's
språkpaket	pack
språkv	linguistics
språkvetenskap	linguistics
språng	jump
språngbräda	springboard
spröd	brittle
spröjs	muntin
spy	throw up
spya	vomit
späckhuggare	killer whale
späd	thin
späda	dilute
spädbarn	baby
spädgris	suckling pig
spänd	stretched
spänd biceps	flexed biceps
spänna	stretch
spännande	exciting
spänne	buckle
spänning	tension
spärr	stop
spärra	block
spärrnät	anti submarine net
spärrskikt	depletion region
spätta	plaice
spå	foretell
spåga	splinter
spång	bridge
spår	trace
spåra	track
spårade	tracked
spårbunden	rail bound
spårlöst	without
spårningspilar	tracer
spårvagn	tram
spårvagnsvagn	tram car
spårväg	tramway
spö	rod
spöa	beat up
spöke	ghost
spökskrivare	ghostwriter
spöktimme	midnight
spöregn	cloudburst
spöregna	rain cats and dogs
spörja	ask
ssvxekv	tbilleq
ssvxpris	tbillprice
ssvxränta	tbillyield
st	sankt
stab	staff
stabil	stable
stabilisator	stabiliser
stabilisera	stabilize
stabschef	chief of staff
stachanovit	stakhanovite
stack	pile
stackars	poor
stad	city
stad i skymning	cityscape at dusk
staden	town
stadga	steadfastness
stadion	stadium
stadsbibliotek	city library
stadsbild	cityscape
stadsbo	person
stadsdel	neighborhood
stadskärna	city centre
stadsplanerare	town planner
stadsplanering	town planning
stadsstadga	city charter
stadsstat	city state
staffli	easel
stag	stay
stajlist	stylist
stake	ljusstake
staket	fence
stal	stole
stalagmit	stalagmite
stalaktit	stalactite
stall	stable
stalla	stall
stam	trunk
stambana	mainline
stammis	regular
stamområde	tribal area
stampa	stomp
stamtavla	ancestry
stan	stockholm
standard	norm
standard	default
standardavvikelse	standard deviation
standardavvikelsen	deviation
standardbrev	form letter
standardisera	standardize
standardisering	standardization
standardverk	standard work
standardvärden	defaults
stank	stink
stanna	stay
stannade	stayed
stapel	stack
stapel signalstyrka	antenna bars
stapeldiagram	bar chart
stapeldiagram	graph
stapla	pile
staplade	stacked
staplingsordningen	stacking
staplingsordningens	closer
stare	starling
stark	strong
stark växelverkan	strong interaction
starka	strong
starkt	strongly
starköl	beer
start	beginning
starta	begin
starta	restart
startare	starter
startas	restarted
startbana	runway
startdatum	startdate
startelva	starting eleven
startkabel	jump lead
startsnöre	starting strap
staspapill	optic disc
stat	state
statare	laborer
staterna	states
statik	static
stationen	station
stationsbyggnad	station building
stationshus	station building
stationär	stationary
stationär dator	desktop computer
statisk	static
statiskt	static
statist	supernumerary
statistik	statistics
statistiker	statistician
statistisk	statistical
statistiska	statistical
stativ	stand
statlig	state
statsbana	state railroad
statsbidrag	state subsidy
statsbudget	government budget
statschef	head of state
statsisbrytare	state
statskunskap	political science
statsledning	government
statsman	statesman
statsminister	prime minister
statsobligation	treasury
statspolis	state
statsråd	minister
statsrådsberedning	prime minister
statssekreterare	state secretary
statsvetare	political scientist
statsvetenskap	political science
statsåklagare	regional prosecutor
status	standing
statuslist	status bar
staty	moai
staty	statue
stav	staff
stava	spell
stava som en kråka	spell
stavelse	obsolete
stavelser	syllables
stavelseväxling	metathesis
stavfel	misspelling
stavgång	nordic walking
stavkyrka	stave church
stavning	spelling
stavningskontroll	spellcheck
stavningskontrollen	spellcheck
stdav	stdev
stdavp	stdevp
stearinljus	candle
stefanos	stephen
steg	step
stega	pace
stega	stepping
stegade	stepped
stege	ladder
stegla	gibbet
steglits	goldfinch
stegvis	stepwise
stek	steak
steka	fry
stekhet	piping hot
stekpanna	frying pan
stekpanna	shallow pan of food
stekplåt	frying pan
stel	stiff
stelna	set
sten	rock
sten	stone
stena	stone
stenbock	ibex
stenbocken	capricorn
stendöv	stone deaf
stenig	stony
stening	lapidation
stenkaka	gramophone record
stenkast	stone's throw
stenkyrka	stone church
stenskvätta	oenanthe
stentavla	stone tablet
stentorsstämma	stentorian
stereotyp	stereotypic
steril	sterile
sterilisera	sterilize
stetoskop	stethoscope
stick	sting
stickelbär	gooseberry
stickmygga	mosquito
stickprov	sample
sticksåg	jigsaw
stickvapen	pointed weapon
stift	pin
stifta	found
stiftelse	foundation
stiftpenna	black nib
stiga	step
stigande	increasing
stigande	ascending
stigande diagram med yen	chart increasing with yen
stigma	stigmata
stigmatisera	stigmatize
stil	style
stila	flash
stilettkäpp	swordstick
stilig	handsome
stilla havet	pacific ocean
stillhet	calm
stillsam	quiet
stilmall	stylesheet
stilmallar	stylesheets
stilsäker	certainty
stiltje	calm
stim	school
stimulera	stimulate
stinga	sting
stingpinne	safety wing
stinka	stink
stinn	distended
stint	repletely
stipendiat	recipient
stipendium	scholarship
stirra	stare
stjäla	steal
stjälk	stem
stjälpa	tip over
stjärna	star
stjärna och halvmåne	star and crescent
stjärnbaner	starry sky
stjärnfall	shooting star
stjärnklar natt	night with stars
stjärnoperator	star operator
stjärnor	stars
stjärntecken	zodiac
stjärnögt ansikte	star struck
stjärt	bottom
stjärtand	northern pintail
stjärtfena	tailfin
stjärtlös	tailless
stjärtmes	long tailed tit
stjärtpenna	quill
sto	mare
stock	extremely
stock	log
stockholmare	stockholmer
stockholmsk	stockholmian
stockholmska	stockholm dialect
stockholmsrim	rhyme
stockholmssyndrom	stockholmssyndromet
stockkonservativ	archconservative
stocksåg	crosscut saw
stod	statue
stod	stood
stoft	dust
stoiskt	stoically
stokastisk	stochastic
stokastisk matris	stochastic matrix
stol	chair
stollig	crazy
stolpe	pole
stolpiller	suppository
stolpskott	shot
stolt	proud
stolthet	pride
stoltsera	boast
stop	beer mug
stopp	stop
stoppa	stop
stoppknapp	stop button
stoppskylt	stop sign
stoppur	timer
stor	big
stor	large
stor blå diamantform	large blue diamond
stor bokstav	capital
stor ihålig cirkel	large hollow circle
stor orange diamantform	large orange diamond
stor stark	large glass
stor svart ruta	black large square
stor vit ruta	white large square
stora	uppercase
stora barriärrevet	great barrier reef
storartad	magnificent
storbonde	farmer
storbritannien	great britain
stordåd	heroic act
storebroder	big brother
storebror	big brother
storgata	main street
storgråtande ansikte	loudly crying face
storhet	greatness
storhetsvansinne	megalomania
storkök	kitchen
storlabb	great skua
storlek	size
storleksordning	order of magnitude
storlom	black throated diver
storm	winds
stormakt	great power
stormaktstid	period
stormaktstiden	era of great power
stormarknad	supermarket
stormen	storm
stormfågel	northern fulmar
stormsvala	storm petrel
stormväder	stormy weather
stormästare	grand master
storsint	magnanimous
storskalig	large scale
storskarv	great cormorant
storskrake	goosander
storslagen	grand
storspov	numenius arquata
stort	largely
stortrapp	great bustard
stortå	big toe
storverk	great achievement
storvulen	grand
storvulet	grandly
storögd	big
straff	punishment
straffa	punish
straffad	punished
straffknulla	punish
straffrihet	impunity
straffrätt	criminal law
straffrättslig	penal
straffspark	penalty kick
straffvärde	penal value
strala	snitch
strand	beach
strand med parasoll	beach with umbrella
stranden	beach
strandskata	haematopus ostralegus
strapats	arduous bodily effort
strass	rhinestone
strategi	strategy
strategisk	strategic
strategispel	strategy game
strax	soon
streck	dash
strecka	dash
streckad	dashed
strejk	strike
stressa	hurry
strida	fight
stridsfråga	controversial issue
stridslysten	combative
stridsmedel	weapon
stridsplats	battlefield
stridsspets	warhead
stridsvagn	chariot
stridsyxa	axe
stridsäpple	apple of discord
strikenivå	strike
strikt avtagande funktion	strictly decreasing function
strikt ekvivalent	strictly equivalent
strikt monoton funktion	monotonic function
strikt växande funktion	strictly increasing function
strimma	streak
strindberg	surname
string	g string
strong	courageous
strosa	stroll
struken	stricken
struktur	structure
strukturera	structure
strukturraden	structure
strumpa	sock
strumpbyxa	pantyhose
strumpläst	stocking
strunt	nonsense
strupe	throat
struphuvud	larynx
strut	cone
struts	ostrich
stryk	beating
stryka	iron
strykjärn	iron
strykning	deletion
sträcka	stretch
sträcker	spans
sträng	strict
sträng	string
strängar	strings
stränginstrument	stringed instrument
strängläggare	hay rake
strängparameter	addressed
sträv	coarse
sträva	beam
strävan	strive
strävande	endeavor
strävpelare	flying buttress
strå	straw
stråla	radiate
strålblomma	ray flower
stråle	ray
strålis	radiation
strålkastare	spotlight
strålning	radiation
strålskydd	radiation protection
strö	strew
ströbröd	breadcrumb
ström	current
strömand	harlequin duck
strömflod	cascade
strömförande	live
strömförstärkning	current gain
strömkarl	merman
strömkälla	power source
strömma	stream
strömstare	white throated dipper
strövtåg	ramble
stubb	stubble
stubbe	tree stump
stubin	fuse
student	university
studenter	students
studentförening	student association
studentkår	student union
students	student's
studera	study
studerade	studied
studerande	graduate
studerande	student
studerar	studying
studie	study
studieförbund	adult education association
studiemedel	study support
studieplan	study plan
studiestöd	study support
studiomikrofon	studio microphone
studium	study
studsa	bounce
studsare	short
studsmatta	trampoline
stuga	house
stugby	cabin village
stuggolv	cottage floor
stulen	stolen
stum	mute
stumfilm	silent film
stump	pencil
stund	while
stundom	sometimes
stundtals	at times
stup	drop
stupa	fall
stut	bull
stuteri	stud farm
stuveriarbetare	longshoreman
styckdel	cut of meat
stycke	piece
stycke	paragraph
styckeformatmall	paragraph style
stycken	paragraphs
styckets	indented
styckmord	murder
stygg	naughty
styggelse	abomination
styltlöpare	himantopus himantopus
styltsnäppa	stilt sandpiper
stympa	mutilate
stympning	mutilation
styngfluga	botfly
styra	govern
styra	controlling
styrande	governing
styranordning	control device
styrbord	starboard
styrd	steered
styre	government
styrelse	council
styrelseledamot	board member
styrelseordförande	chairman
styreoxid	gate oxide
styrka	strength
styrkula	trackball
styrmynt	coin
styrning	steering
styrsel	steadiness
styrsystem	control system
styrutrustning	control equipment
styv	step
styv	stiff
styv i korken	styv i kork
styvbarnbarn	stepgrandchild
styvbror	stepbrother
styvdotter	stepdaughter
styver	stiver
styvfamilj	stepfamily
styvfar	stepfather
styvförälder	stepparent
styvmoder	stepmother
styvmoderlig	unfair
styvmoderligt	unfairly
styvmor	stepmother
styvson	stepson
styvsyskon	stepsibling
styvsyster	stepsister
städa	clean
städerska	cleaner
städes	place
ställ	stand
ställa	set
ställe	place
stället	instead
ställföreträdare	deputy
ställning	stand
ställningskrig	war conduct
ställningstagande	position
ställvis	place
stämgaffel	tuning fork
stämma	voice
stämning	ambiance
stämpel	stamp
stämpelur	punch clock
stämpla	stamp
stämpling	stamping
ständig	permanent
ständigt	steadily
stäng	close
stänga	close
stängd	closed
stängd bok	closed book
stängel	stalk
stänger	closes
stängsel	fence
stänkande svett	sweat droplets
stänkskärm	dashboard
stäppflyghöna	pallas's sandgrouse
stäpphök	pallid harrier
stäppvarg	steppe wolf
stäppvipa	sociable lapwing
stäppörn	steppe eagle
stärka	strengthen
stärkelse	starch
stävja	stifle
stå	stand
stående	portrait
stående kvinna	woman standing
stående man	man standing
stående person	person standing
ståfräs	erection
stål	steel
stålbad	painful ordeal
stålmannen	superman
ståltråd	steel wire
stånd	erection
ståndare	stamen
ståndpunkt	stance
stång	pole
stånga	butt
stöd	support
stöda	support
stöder	supports
stödhjul	training wheels
stödkorv	hot dog
stödlinje	snap line
stödlinjer	grids
stödmacka	sandwich
stödpersonal	support staff
stödpunkten	hotspot
stödrastrets	grip
stöds	supported
stödstrumpa	surgical stocking
stökig	messy
stökiometri	stoichiometry
stöld	theft
störa	disturb
störatom	impurity atom
störd	disturbed
störig	annoying
störmarginal	noise margin
störnivå	impurity level
större	greater
större beckasinsnäppa	long billed dowitcher
större gulbena	greater yellowlegs
större gultofskakadua	sulphur crested cockatoo
större hackspett	great spotted woodpecker
större skrikörn	greater spotted eagle
större strandpipare	charadrius hiaticula
större turturduva	oriental turtle dove
större än	greater than
största	largest
största gemensamma delare	greatest common divisor
stört	quite
störta	descend
störtkruka	helmet
störtlopp	downhill
störtregn	cloudburst
störtskur	cloudburst
störämne	impurity dopant
störämneskoncentration	impurity concentration
stöt	push
stöta	push
stöta	glossary
stötesten	stumbling block
stötta	support
stövel	boot
sub	subwoofer
sub2	style1
subarktisk	subarctic
subba	bitch
subbe	officer
subjekt	subject
subjektiv	subjective
subjunktion	subordinating conjunction
subkultur	subculture
subrutinen	subroutine
subrutiner	subs
subsidiär	accessory
subst	noun
substans	substance
substanslös	void
substansmissbruk	substance abuse
substantiv	noun
substantivböjning	nominal inflection
substantivera	substantivize
substrat	substrate
substrateffekt	body effect
substratfaktor	body factor
subtil	subtle
subtrahera	minus
subtrahera	subtract
subtraherar	subtracts
subtraheras	subtracted
subtraktion	subtraction
subtröskelström	subthreshold current
subventionera	subsidize
subversiv	subversive
successiv	gradual
successivt	gradually
succuba	succubus
succé	success
suck	sigh
sucka	sigh
sudansk	sudanese
sudda	erase
suddgummi	eraser
suddig	blurry
suga	carpet bugle
sugga	sow
suggestiv	suggestive
sugrör	drinking straw
suh	lol
sula	sole
sulfat	sulfate
sulfit	sulfite
sultanat	sultanate
summa	sum
summa summarum	in total
summa.om	sumif
summan av kardemumman	conclusion
summax2my2	sumx2my2
summax2py2	sumx2py2
summaxmy2	sumxmy2
summera	sum
summeras	totalled
summering	summation
sump	corf
sumpcypress	bald cypress
sumpvipa	white tailed lapwing
sundanesiska	sundanese
sune	sonny
sunkig	shabby
sunt förnuft	common sense
sup	liquor
supa	soup
super	perfect
superhjälte	superhero
superhjältefilm	superhero film
superkraft	superpower
superlativ	superlative
supermakt	superpower
supermängd	superset
supermängd lika med	superset equal
superreellt tal	superreell
superskurk	supervillain
superstjärna	superstar
supinum	supine
suppleant	supplementary member
supporter	fan
sur	sour
sur	frowning
sur kvinna	woman frowning
sur man	man frowning
sur person	person frowning
surdeg	sourdough
surfar	surfing
surjektion	surjection
surjektiv	surjective
surkart	sour unripe fruit
surmulen	sullen
surpuppa	grumpy
surra	buzz
surt sa räven	sur
surögd	bleareyed
susning	clue
suspensoar	jockstrap
sussa	sleep
sutenör	pimp
suv	sport utility vehicle
suverän	sovereign
suveränitet	sovereignty
svada	volubility
svag	weak
svag växelverkan	weak interaction
svagdricka	malt
svaghet	weakness
svagt	weakly
sval	cool
svalg	chasm
svalka	refreshment
svall	swell
svalla	swell
svallning	surging
svalna	cool off
svamla	twaddle
svammel	twaddle
svamp	fungus
svamp	mushroom
svan	swan
svanskota	caudal vertebra
svansrem	crupper
svantepolk	historical
svar	answer
svara	answer
svara	reply
svarande	respondent
svaren	answers
svarslös	nonplussed
svart	black
svart cirkel	black circle
svart flagga	black flag
svart fyrkantig knapp	black square button
svart hjärta	black heart
svart hål	black hole
svart katt	black cat
svart stork	black stork
svart tavla	blackboard
svarta havet	black sea
svartand	american black duck
svartbent strandpipare	kentish plover
svartbrynad albatross	black browed albatross
svarthakedopping	slavonian grebe
svarthalsad dopping	black necked grebe
svarthuvad mås	mediterranean gull
svarthuvad trut	pallas's gull
svarting	dark complexion
svartkonst	black magic
svartmes	coal tit
svartna	blacken
svartnäbbad islom	great northern diver
svartpeppar	black pepper
svartrock	blackcoat
svartsjuk	jealous
svartsjuka	jealousness
svartskjorta	black shirt
svartsnäppa	spotted redshank
svartsyn	pessimism
svarttofsad gråmes	black crested titmouse
svarttärna	black tern
svartvingad vadarsvala	black winged pratincole
svartvit	black and white
svartvitt	white
svartån	stream
svarv	lathe
svarva	turn
svastika	swastika
svavel	sulfur
svaveldioxid	sulfur dioxide
svavelosande	reeking
svavelsticka	lucifer match
svavelsyra	sulfuric acid
svavelsyrlighet	sulfurous acid
svaveltrioxid	sulfur trioxide
svavelväte	hydrogen sulfide
svea	personification
svealand	sweden
sveda och värk	pain and suffering
sven	man
svengelska	swenglish
svenne	swede
svensexa	bachelor party
svensk	swedish
svenska	swedish
svenskdrycken	swedish drink
svenskfinland	swedish
svenskhet	swedishness
svenskjävel	bloody swede
svenskspråkig	swedish
svepa	sweep
sverige	sweden
svettas	sweat
svettig	sweaty
svettig	sweat
svida	scorch
svika	betray
svikare	traitor
svimma	faint
svin	hog
svindel	vertigo
svindlare	swindler
svindyr	expensive
svineri	repulsive behavior
svininfluensa	swine flu
svinna	cease
svinstia	pigsty
sviskon	prune
svit	suite
svor	swore
svordom	curse
svorsk	swedish
svullen	swollen
svullna	swollen
svullnad	swollen
svulst	growth
svulstig	ornate
svulstigt	bombastically
svulten	starving
svuren	sworn
svägerska	sister in law
svälja	svalde
svälla	swell
svält	starvation
svälta	svalt
sväng	curving
svänga	turn
svängd högerpil	left arrow curving right
svängd nedåtpil	right arrow curving down
svängd uppåtpil	right arrow curving up
svängd vänsterpil	right arrow curving left
svängdörr	swing door
svär	in law
svära	swear
svärd	sword
svärdet	sword
svärdotter	daughter in law
svärfar	father in law
svärfarbror	uncle in law
svärfaster	aunt in law
svärm	swarm
svärma	swarm
svärmoder	mother in law
svärmor	mother in law
svärmorbror	uncle in law
svärmoster	aunt in law
svärson	son in law
svärta	velvet scoter
sväva	hover
svävande man i kostym	person in suit levitating
svåger	brother in law
svår	hard
svårbegriplig	understand
svårighet	difficulty
svårighetsgrad	difficulty level
svårmod	melancholy
svårmodig	melancholic
svårt	heavily
svårt	difficult
svårutrotad	extinct
sy	sew
syd	south
sydafrika	south africa
sydafrika	africa
sydafrikansk	south africa
sydafrikanska	woman
sydamerika	south america
sydamerikan	south american
sydamerikanska	woman
sydkorea	south korea
sydkorean	south korean
sydnäktergal	nightingale
sydost	southeast
sydpol	south pole
sydsamiska	southern sami
sydsamiska	southern
sydshetlandsöarna	south shetland islands
sydväst	southwest
sydvästra	southwestern
sydöstra	southeastern
syfilitiker	syphilitic
syfta	look
syfte	intention
syftlinje	line of sight
syl	awl
syll	sleeper
sylt	jam
sylta	head cheese
syltburk	jamjar
syltlök	pickled onion
syltrygg	spineless
sylvass	sharp
symbol för atom	atom symbol
symbol för ilska	anger symbol
symboler	symbols
symbolik	symbolism
symbolisera	symbolize
symbolisk	symbolic
symfoni	symphony
symfoniorkester	symphony orchestra
symmetriaxel	axis of symmetry
symmetrisk	symmetric
symmetrisk	symmetrical
symmetrisk matris	symmetric matrix
sympati	sympathy
sympatisera	sympathize
sympatisk	sympathetic
sympatisör	sympathizer
syn	sight
syna	look closely
synagoga	synagogue
synagogföreståndare	synagogue
synas	appearance
synavstånd	viewing distance
synbar	apparent
synd	sin
synda	sin
syndabock	scapegoat
syndafall	fall of man
syndare	sinner
syndig	sinful
synkron	synchronous
synkronisera	synchronize
synlig	visible
synliga	visible
synliggöra	visualise
synnerligen	rather
synonym	synonymous
synonymi	synonymy
synonymordbok	thesaurus
synonymordlista	thesaurus
synpunkt	comment
synsk	psychic
synsätt	point of view
synt	sighted
syntax	grammar
syntaxfel	syntax
syntetisera	synthesize
synvilla	optical illusion
synvinkel	angle
synål	sewing needle
syra	acid
syraattack	acid attack
syrak	angry
syre	oxygen
syrgas	oxygen
syrian	syriac
syrianska	syriac
syrien	syria
syrier	syrian
syrisk	syrian
syriska	syriac
syrra	sister
syrsa	cricket
syskon	sibling
syskon	siblings
syskonbarn	sibling
syskonförtur	priority
sysselsätta	employ
sysselsättning	occupation
syssla	task
syssling	second cousin
syssloman	agent
syssna	listen
system	method
systematisera	systematize
systematisk	systematic
systemkamera	camera
syster	sister
systerdotter	sororal niece
systerskap	sisterhood
systerson	sororal nephew
systrar	sisters
syzygie	syzygy
säck	sack
säcklöpning	sack race
säckpipa	bagpipes
säd	grain
sädesblåsa	seminal vesicle
sädesfrö	seed
sädesledare	vas deferens
sädesuttömning	ejaculation
sädesvätska	semen
sädesärla	white wagtail
sädgås	bean goose
säg det	you tell me
säga	sade
säga	say
sägen	tale
säger	says
säja	sade
säker	safe
säker	sure
säkerhet	certainty
säkerhetsarbete	security
säkerhetsbälte	seat belt
säkerhetskopia	backup
säkerhetskopior	backups
säkerhetsmarginal	safety margin
säkerhetsnål	safety pin
säkerhetspolis	secret service
säkerhetspolitik	security policy
säkerhetsrisk	security risk
säkerhetsskydd	security protection
säkerhetsskäl	reasons
säkerhetsstyrka	guard
säkerhetstjänst	secret service
säkerhetständsticka	safety match
säkerhetsvakt	security guard
säkerligen	surely
säkerställa	secure
säkert	safely
säkra	secure
säkring	assurance
säl	seal
sälg	goat willow
sälgpipa	wooden whistle
sälja	sell
säll	happy
sällan	mer
sällan	seldom
sällhet	happiness
sällskap	company
sällskaplig	social
sällskapsliv	social life
sällsynt	scarce
sälta	saltiness
sända	send
sändare	sender
sändebud	ambassador
sändning	delivery
sändning	submission
sändningsrättighet	broadcasting right
säng	bed
sängdags	bedtime
sängen	bed
sängram	bedstead
sänk	demote
sänka	lower
sänker	lowers
sär	special
särbo	partner
särdeles	particularly
säregen	idiosyncratic
säregenhet	peculiarity
säreget	idiosyncratically
särintresse	special interest
särk	undergarment
särkullbarn	child
särkvark	strange quark
särsk	especially
särskild	distinct
särskilja	tell apart
särskilt	particularly
särskilt	especially
särskrivning	writing as separate words
säsong	season
säsongsmönstret	seasonal
säsongsvis	season
säte	seat
sätta	sit
säv	tule
så	so
så småningom	eventually
sådan	such
sådär	thus
såg	saw
såga	saw
sågfisk	sawfish
sågverk	sawmill
såklart	of course
såld	sold
sålde	sold
således	thus
såll	sieve
sålla	sieve
sålunda	thus
sång	song
sångare	singer
sångbok	songbook
sången	song
sångerska	female
sånglärka	skylark
sångsvan	whooper swan
sånt är livet	that's life
såpa	soft soap
såpbubbla	soap bubble
såpopera	soap opera
sår	wound
såra	wound
sårbar	vulnerable
såsom	as
såväl	as well as
söder	south
södermanland	landskap
södra	southern
södra ishavet	antarctic ocean
södra oceanen	antarctic ocean
sök	find
söka	search
sökande	applicant
sökbar	searchable
söker	searches
sökkriterier	databasefield
sökkriterierna	criteria
sökmotor	search engine
sökning	search
sökningar	queries
sökord	search term
sökt	sought after
sökt	searched
sökväg	path
sökvägar	paths
söl	lingering
söla	linger
sölig	lingering
sölja	woggle
söm	seam
sömn	sleep
sömnapné	sleep apnea
sömnig	sleepy
sömnigt	sleepily
sömnigt ansikte	sleepy face
sömnlös	sleepless
sömnlöshet	sleeplessness
sömsmån	seam allowance
söndag	sunday
söndagskörd	car
sönder	broken
sönder	broke
söner	sons
sören	severinus
sörgårdsidyll	pastoral
sörpla	slurp
söt	sweet
söt	cute
söta	sweeten
sötad	sweetened
sötebröd	sweet bread
sötebrödsdagar	happiness
sötis	cutie
sötnos	sweetie
sötsak	candy
sötsur	sour sweet
sött	sweet
sötvatten	fresh water
t	adverb
t	swedish alphabet
t	to
t.ex	for example
ta	take
ta	delete
ta det lugnt	relax
ta livet av sig	ta liv
ta någon på orden	take somebody literally
ta sig friheten	ta sig frihet
ta sig friheter	take liberties
ta tjuren vid hornen	ta tjur
ta't	ta det
tabb	tab
tabbar	tabs
tabberas	destruction
tabbstopp	tabstop
tabbtangent	tab key
tabell	table
tabell1	sheet1
tabell3	sheet3
tabelldokument	spreadsheet
tabeller	tables
tabellera	tabulate
tabellområdet	receives
tabellvyer	views
tablett	tablet
tabu	taboo
tack	thank
tack	thanks
tack vare	thanks to
tacka	ewe
tacknämlig	praiseworthy
tacksam	grateful
tacksamhet	gratitude
tadzjikiska	tajik
tadzjikistan	tajikistan
tag	grip
tag	grabbed
tagare	taker
tagelskjorta	hairshirt
tagen	taken
tager	tar
tagg	thorn
tagg	tag
taggar	tags
taggbuske	thorny bush
taggmakrill	jack mackerel
tahrirtorget	cairo
taiwanmes	chestnut bellied tit
tajgasädgås	anser fabalis
tak	roof
takbox	roof box
takt	tact
taktik	tactic
taktisk	tactical
takvåning	loft
takymeter	tacheometer
tal	number
tal1	number1
tal2	number2
tala	speak
tala om trollen	speak of the devil
talan	proceeding
talande	speaking
talang	talent
talar du engelska	do you speak english
talare	speaker
talarstol	pulpit
talbok	audiobook
taleskvinna	spokeswoman
talesman	spokesman
talesperson	spokesperson
talformat	number format
talföljd	number
talgoxe	great tit
taligenkänning	recognition
talk	talc
talko	cooperated voluntary
tall	pine
tallbit	pine grosbeak
tallgråmes	juniper titmouse
tallium	thallium
tallkotte	pine cone
tallkottkörtel	pineal gland
tallskog	pinery
talltita	willow tit
talman	speaker
talong	stock
talspråk	spoken language
talte	spake
talträngd	talkative
tam	tame
tambur	wind protection
tamburmajor	drum major
tamiller	ferret
tamp	rope
tamponad	tamponade
tanabataträd	tanabata tree
tand	tooth
tanda	teethe
tandborste	toothbrush
tandkräm	toothpaste
tandläkare	dentist
tandpetare	toothpick
tandtråd	dental floss
tandvärk	toothache
tandvård	dentistry
tangens	tangent
tangent	key
tangentbord	keyboard
tangentbordet	keyboard
tangenten	key
tangentera	key
tangentkombination	shortcut key
tangera	tangent
tango	tangor
tanka	thought
tanke	thought
tankearbete	brainwork
tankebubbla	thought balloon
tankeexperiment	thought experiment
tankegång	way
tankemässig	mental
tankesmedja	think tank
tankevärld	thought world
tankstreck	en dash
tankstreck	en
tant	lady
tantal	tantalum
tanzanier	tanzanian
taoistisk	taoist
taoistiskt	taoistically
tapet	wallpaper
tapetborttagare	wallpaper
tapp	cone cell
tappa	drop
tappade	dropped
tapper	brave
tapperhet	bravery
tar	removes
tarm	intestine
tars	tarsometatarsus
tarv	need
tas	removed
taskspelare	jester
tasmanien	tasmania
tass	paw
tassavtryck	paw prints
tasse	wolf
tassemark	rugged
tatariska	tatar
tatta	steal
tattare	ostracize
tatuera	tattoo
tatuerare	tattoo artist
tatuering	tattoo
tatueringsapparat	tattoo machine
taverna	restaurant
tavla	framed picture
tavla	painting
tax	dachshund
taxeringskalender	directory
taxi	cab
taxibana	taxiway
taxonomi	taxonomy
taxonomisk	taxonomic
tdr	gdr
te	tea
teater	theatre
teaterföreställning	play
teaterledare	theatre director
tebjudning	tea party
teblad	tea leaf
tecken	sign
tecken	characters
teckenigenkänning	character recognition
teckenmask	literal
teckensnitt	font
teckensnittsbredd	pitch
teckensnittsinställningar	substitution
teckenspråk	sign language
teckenstil	typeface
teckenstorlek	character size
teckenstorlekar	sizes
teckenuppsättning	character set
teckna	draw
tecknare	draughtsman
teckning	drawing
teckningar	drawings
teddybjörn	teddy bear
tefat	saucer
tegel	brick
tegelsten	brick
tegelsten	bricks
tehus	teahouse
teism	theism
teist	theist
tejp	sticky tape
tekaka	teacake
tekanna	teapot
tekn	technical
teknekt	tea
teknetium	technetium
teknik	technique
tekniker	technician
teknisk	technical
teknisk	engineering
teknisk högskola	university
tekniska	technical
tekniskt	technically
teknokrat	technocrat
teknokrati	technocracy
teknologi	technology
tekopp	teacup without handle
tele	telepati
telefem	telepheme
telefon	telephone
telefonera	phone call
telefoni	telephony
telefonlur	telephone receiver
telefonnummer	telephone number
telefonsamtal	call
telefonsladd	telephone cord
telefonsvarare	answering machine
telega	cart
telegrafi	telegraphy
telegrafnyckel	telegraph key
telegrafstyrelse	telegraph board
telegram	message
telegramledes	telegram
telekinesi	psychokinesis
teleportera	teleport
teleskop	telescope
tema	theme
teman	themes
tempel	temple
tempel	temples
temperatur	temperature
tempo	speed
temporär	temporary
temporärt	temporarily
temporärt	reminder
ten	rod
tendens	tendency
tendera	tend
tenn	tin
tenness	tennessine
tennisbana	tennis court
tennislag	tennis team
tennisracket	tennis racket
tensorfält	tensor field
tensoriell	tensorial
tenta	exam
tentamen	examination
teokrati	theocracy
teol	theology
teolog	theologian
teologi	theology
teologisk	theologic
teorb	theorbo
teoretisera	theorize
teoretiska	theoretical
tepumla	teaball
terapeut	therapist
terapeutisk	therapeutic
terapeutiskt	therapeutically
tereksnäppa	terek sandpiper
term	terminology
termbank	terminology databank
termen	alternatives
termer	terms
termin	semester
terminologi	terminology
terminologisering	terminologisation
termistor	thermistor
termodynamik	thermodynamics
termometer	thermometer
termonukleär	thermonuclear
termos	thermos
termosfär	thermosphere
teros	tea rose
terpentin	turpentine
terrass	terrace
terrester	terrestrial
terrestrisk	terrestrial
territorium	territory
terrordåd	terror attack
terrorhandling	act
terrorisera	terrorize
terroriserande	terrorizing
terroristangrepp	terrorist attack
terroristbekämpning	fight
terroristgrupp	terrorist group
terrorvälde	reign of terror
ters	third
tesaurus	thesaurus
tesked	teaspoon
test	examination
testa	try
testamente	will
testamentera	bequeath
testar	tests
testare	tester
testas	tested
testikel	testicle
testosteron	testosterone
testuggare	person
tetraeder	tetrahedron
tevatten	tea water
teve	television
textanpassning	wrap
textavgränsare	delimiter
textavsnitt	passages
textblock	block
textdokument	text document
texter	texts
textflöde	flow
textformat	text format
textfält	text box
textilier	textiles
textläget	enters
textmarginal	positioned
textmarkör	text cursor
textram	text frame
textsynkronisering	synchronization
texturen	texture
texturer	textures
textytan	decides
tf	acting
tförd	tdist
thailändska	thai
the	tea
thobias	nonstandard
thord	tord
thore	tore
thunberg	thunb
thure	ture
thyra	tyra
tia	ten
tibast	daphne
tibetansk	tibetan
tibetanska	tibetan
tid	time
tidelag	bestiality
tidens tecken	sign of the times
tideräkning	era
tidig	early
tidigare	previously
tidigt	early
tidlös	lacking
tidlöst	timelessly
tidning	newspaper
tidningsman	newspaperman
tidningspapper	newsprint
tidningsredaktion	editorial office
tidpunkt	point in time
tidsanda	zeitgeist
tidsdilatation	time dilation
tidsfråga	matter of time
tidskrift	magazine
tidskrift	journal
tidslinje	timeline
tidsmaskin	time machine
tidsresa	time travel
tidsresenär	time traveller
tidstecken	sign of the times
tidsålder	age
tidsödande	time consuming
tidtabell	timetable
tidtagarur	stopwatch
tidtagning	rehearse
tidvis	occasionally
tidvärde	timevalue
tiga	keep quiet
tigeransikte	tiger face
tigga	beg
tiggare	beggar
tik	bitch
tilda	matilda
tilde	tilda
tildeoperator	tilde operator
till	to
till dags dato	so far
till dess	until
till fånga	captive
till salu	for sale
till yttermera visso	further confirmation
tillagningskök	central kitchen
tillbaka	back
tillbakagång	retreat
tillbedja	tillbeder
tillbringa	spend
tillbringade	spent
tilldela	assign
tilldelade	assigned
tilldelar	assigns
tilldelning	assignment
tillflyktsort	haven
tillfredsställa	satisfy
tillfredsställande	satisfactory
tillfredsställd	content
tillfälle	opportunity
tillfällig	temporary
tillfälligt	temporarily
tillfälligtvis	by chance
tillfångata	capture
tillfångatagen	captured
tillför	casts
tillföra	bring
tillförlitlig	dependable
tillförlitlighet	reliability
tillförordnad	tf
tillgivenhet	devotion
tillgodo	credit
tillgodogöra	make use
tillgänglig	available
tillgängliga	available
tillgängliggöra	available
tillgängliggörande	publishing
tillgänglighet	accessibility
tillgång	supply
tillgången	asset
tillhanda	available
tillhandahålla	provide
tillhandahållande	access
tillhopa	altogether
tillhygge	blunt instrument
tillhör	belongs
tillhöra	belong
tillhörig	belonging
tillhörighet	belonging
tillika	also
tillit	trust
tillknäppt	reserved
tillkomma	come
tillkommelse	coming
tillkännage	announce
tillkännagivande	announcement
tillmäle	insult
tillnärmelsevis	near
tillräcklig	sufficient
tillräckligt	sufficiently
tillräckligt	enough
tills	until
tillsammans	together
tillsats	additive
tillskott	increment
tillskriva	ascribe
tillstymmelse	hint
tillstånd	condition
tillsvidare	until further notice
tillsyn	supervision
tillsynes	seemingly
tillsätta	appoint
tillsättning	appointment
tilltag	venture
tilltagande	increasing
tilltagande halvmåne	first quarter moon
tilltagande halvmåne med ansikte	first quarter moon face
tilltala	address
tilltalad	accused
tilltalande	attractive
tilltalsnamn	calling name
tilltro	trust
tillträda	accede
tillträde	access
tillvaro	existence
tillverka	manufacture
tillverkare	manufacturer
tillverkning	manufacture
tillverkningsteknik	manufacturing engineering
tillvägagångssätt	approach
tillvända	turn towards
tillväxa	grow
tillväxt	growth
tillägg	addition
tillägg	extension
tillägga	add
tillägna	dedicate
tillämpa	apply
tillämpad	applied
tillämpad matematik	applied mathematics
tillämplig	applicable
tillämpning	application
tillämpningsföreskrift	rule
tillåt	allow
tillåta	allow
tillåtelse	permission
tillåten	allowed
tillåtet	permitted
tillåts	allowed
tillökning	increase
timer	timer clock
timglas med rinnande sand	hourglass not done
timmar	hours
timme	hour
timmer	timber
timoteus	timothy
timvisare	hour hand
tina	kristina
tina	thaw
ting	thing
tingeltangel	bric a brac
tingsfiskal	assistant judge
tingsrätt	district court
tinv	t.inv
tio	ten
tiokrona	coin
tionde	tenth
tiondel	tenth
tiotal	some ten
tiotusen	ten thousand
tiotusental	ten thousand
tipel	tipler
tippa	topple
tippning	pitch
tips	tip
tipshjälp	tip
tisdag	tuesday
tita	tit
titan	titanium
titel	title
titta	look
tittade	looked
tittare	viewer
tittarsiffra	viewer number
titulera	address
tizian	titian
tjacka	buy
tjalla	snitch
tjat	nagging
tjata	nag
tjatig	naggy
tjeck	czech
tjeckien	czech republic
tjeckisk	czech
tjeckiska	czech republic
tjeckiska	czech
tjeckoslovakien	czechoslovakia
tjej	girl
tjejbacill	cootie
tjena	hi
tjerkess	circassian
tjetjenien	caucasus
tjetjenska	chechen
tji	nothing
tjock	thick
tjocka	fog
tjockfot	eurasian stone curlew
tjockhult	stockholm
tjockis	fatso
tjocklek	thickness
tjockpannkaka	pancake
tjod	people
tjoff	beating
tjog	score
tjollra	ramble
tjorre	kiosk
tjugo	twenty
tjugoandra	twenty second
tjugoandradel	twenty second
tjugoett	twenty one
tjugofem	twenty five
tjugofemte	twenty fifth
tjugofemtedel	twenty fifth
tjugofjärde	twenty fourth
tjugofjärdedel	twenty fourth
tjugofyra	twenty four
tjugoförsta	twenty first
tjugoförstadel	twenty first
tjugolapp	banknote
tjugonde	twentieth
tjugondedel	twentieth
tjugondel	twentieth
tjugonio	twenty nine
tjugonionde	twenty ninth
tjugoniondedel	twenty ninth
tjugoniondel	twenty ninth
tjugosex	twenty six
tjugosju	twenty seven
tjugosjunde	twenty seventh
tjugosjundedel	twenty seventh
tjugosjätte	twenty sixth
tjugosjättedel	twenty sixth
tjugotre	twenty three
tjugotredje	twenty third
tjugotredjedel	twenty third
tjugotvå	twenty two
tjugoåtta	twenty eight
tjugoåttonde	twenty eighth
tjugoåttondedel	twenty eighth
tjugoåttondel	twenty eighth
tjur	bull
tjurande katt	pouting cat
tjurfäktning	bullfighting
tjuring	knife
tjusa	charm
tjusig	nifty
tjusning	charm
tjuta	howl
tjuta med ulvarna	tjuta med ulv
tjuta med vargarna	tjuta med varg
tjuv	thief
tjuvkika	peek
tjuvlyssna	eavesdrop
tjuvsena	funny bone
tjuvstart	false start
tjäder	western capercaillie
tjäll	simple residence
tjäna	earn
tjänar	earns
tjänare	hi
tjänst	service
tjänsteadel	service nobility
tjänsteförslagsnämnd	appointment proposal committee
tjänstekvinna	maid
tjänsteman	civil servant
tjänster	services
tjänstgöra	service
tjänstgöring	service
tjänstvillig	obliging
tjära	tar
tjärn	tarn
tjöta	talk
toa	toilet
toalett	toilet
toalettpapper	toilet paper
toalettstol	toilet
toarulle	roll of paper
tobak	tobacco
tobisgrissla	black guillemot
toffel	slipper
toffelhjälte	husband
toffla	slipper
tofs	tuft
tofslunne	tufted puffin
tofslärka	crested lark
tofsmes	crested tit
tofsvipa	northern lapwing
tog	took
togoles	togolese
tok	crazy
tokig	crazy
tokigt ansikte	zany face
tolerans	tolerance
tolerera	tolerate
tolfte	twelfth
tolftedel	twelfth
tolk	interpreter
tolka	interpret
tolkas	interpreted
tolkning	interpretation
tolv	twelve
tolva	twelve
tolvårig	twelve year old
tomas	thomas
tomat	tomato
tomgång	idling
tomhet	emptiness
tomhylsa	shell casing
tomma	empty
tomrum	emptiness
toms	tom's
tomt	fastighet
tomt bo	empty nest
tomte	brownie
tomtemor	mrs claus
tomten	santa
tona	sound
tona	fading
tonartshöjning	modulation
tonhöjd	pitch
tonsill	tonsil
tonsätta	compose
tonsättare	composer
tonvis	ton
tonåring	teenager
top med uppåtpil	top arrow
topas	topaz
topolog	topologist
topologi	topology
topologisk	topological
topp	peak
toppa	top
toppighet	kurt
toppkvark	top quark
topplista	top list
topplock	cylinder head
toppskarv	european shag
tor	thor
torde	should
tordmule	razorbill
tordön	thunder
torftig	skimpy
torftigt	scantily
torg	square
torium	thorium
torka	drought
torkad	dried
torkare	dryer
tornet	tower
tornfalk	common kestrel
tornister	feedbag
tornseglare	common swift
tornuggla	barn owl
torp	farm
torpare	torp
torped	torpedo
torr	dry
torrsim	dry swimming
torrt	dryly
torsdag	thursday
torsk	cod
tortera	torture
tortyr	torture
tortyrredskap	torture device
torus	topology
torv	turf
toscakaka	almond
tossig	crazy
totala	total
totalitär	totalitarian
totalspråksordbok	dictionary
totalstopp	gridlock
totalsumman	grand
totalt	totally
tott	rolag
towern	tower of london
toxiko	toxi
toxikolog	toxicologist
toxikologi	toxicology
toxikologisk	toxicological
tpopulation	npopulation
traditionell	traditional
trafik	traffic
trafikant	passenger
trafikera	traffic
trafikljus	traffic
trafikolycka	traffic accident
trafiksäkerhet	road safety
trafikutskott	committee
tragedi	tragedy
trakassera	harass
trakasseri	harassment
trakt	tract
traktor	tractor
traktorförare	tractor driver
traktör	restaurateur
tramp	step
trampa	walk
trampolin	springboard
trams	nonsense
tramsa	dosser
trana	common crane
tranbär	cranberry
trans	trance
transaktion	transaction
transaktionsvolymen	transaction
transatlantisk	transatlantic
transcendent tal	transcendental number
transflagga	transgender flag
transformator	transformer
transformera	transform
transformering	transformation
transgendersymbol	transgender symbol
transistor	transistor radio
transitiv	transitive
transitivitet	transitivity
transkonduktans	transconductance
transkribera	transcribe
transkription	transcription
transparens	transparency
transparent	opaque
transponat	transpose
transponera	transpose
transponerad matris	transpose
transportera	transport
transportforskning	transport research
transvestit	transvestite
trapp	stairs
trappa	stairs
trasa	cloth
trasdocka	rag doll
trasig	broken
trasmatta	rag rug
trast	thrush
tratt	funnel
trattis	funnel chanterelle
trattkantarell	funnel chanterelle
tre	three
trea	three
trebent	three legged
tredje	third
tredje man	third party
tredje mosebok	leviticus
tredjedel	third
tredjegradsekvation	cubic equation
tredjegradsfunktion	cubic function
tredjeland	non member country
tredsk	contumacious
tredska	contumacy
tredskodom	default judgement
treenighet	trinity
trefaldig	threefold
trefaldig	tristate
trefaldighet	threefoldness
trefalt	threefold
trefot	tripod
trehundra	three hundred
trekant	triangle
trekantig flagga	triangular flag
treklöver	shamrock
trekvart	three quarter
trema	diaeresis
tremänning	second cousin
trendig	trendy
trendigt	trendily
trendlinje	trend
trenne	three
treonin	threonine
tretal	three of a kind
trettio	thirty
trettioen	thirty one
trettioett	thirty one
trettioförsta	thirty first
trettionde	thirtieth
trettiondedel	thirtieth
trettiondel	thirtieth
trettiosju	thirty seven
tretton	thirteen
trettonde	thirteenth
trettondedel	thirteenth
trettondel	thirteenth
tretåig mås	black legged kittiwake
treudd	trident emblem
treven	cozy
trevlig	pleasant
trevlig resa	bon voyage
trevligt	nicely
triangel	triangle
triangeldrama	love triangle
trigonometri	trigonometry
trigonometrisk	trigonometric
trigonometrisk funktion	trigonometric function
trikå	tricot
triljard	trilliard
triljon	trillion
trilla	cart
trilla av pinn	die
trilla av pinnen	trilla av pinne
trilling	triplet
trilskas	wilful
trimmedel	trimmean
triplan	triplane
tripp	trip
trippel	triple
trippelprimtecken	triple prime
trippelpunkt	triple point
trist	boring
tristess	boredom
triumf	triumph
trivialt	trivially
trivsam	congenial
tro	believe
trodde	thought
troende	believing
trofast	faithful
trofasthet	loyalty
trogen	faithful
troglodyt	troglodyte
trohet	fidelity
trolig	probable
troligen	probably
troligtvis	probably
troll	dovregubben
trolla	magic
trollen	devil
trollkarl	wizard
trollkona	troll
trollkonst	witchcraft
trollkonstnär	conjurer
trollmos	dessert
trollpacka	witch
trollslända	dragonfly
trollspö	magic wand
trolös	faithless
trolöshet	faithlessness
trolöshet mot huvudman	breach of trust
tromb	tornado
trombocyt	platelet
trombon	trombone
tronarvinge	heir
tropisk	tropical
tropisk drink	tropical drink
tropisk fisk	tropical fish
tror	think
trosa	panties
trossamfund	denomination
trots	in spite of
trottoar	pavement
trovärdig	trustworthy
trovärdighet	trustworthiness
trubadur	troubadour
trubbig	blunt
truga	persuade
trumeld	drumfire
trumhinna	eardrum
trumma	drum
trumpen	sullen
trumpetare	trumpeter
trumpetstek	sheepshank
trumpinnefingrar	clubbing
trumslagare	drummer
trumvirvel	drum roll
trupp	troop
trut	gull
tryck	pressure
tryck	press
trycka	print
tryckare	printer
tryckeri	printer
tryckfrihet	freedom of the press
tryckknapp	snap
tryckstång	pushrod
tryckt	printed
trygg	safe
trygga	secure
trygghet	security
tryne	snout
tryptofan	tryptophan
tryta	run out
trä	wood
träblåsinstrument	woodwind instrument
träd	trees
trädgård	garden
trädgårdsdräng	gardener
trädgårdsmästare	gardener
trädgårdssax	garden shears
trädgårdsslang	garden hose
trädgårdsstad	garden city
trädkrona	treetop
trädkrypare	eurasian treecreeper
trädlärka	woodlark
trädmås	bonaparte's gull
trädoja	clog
trädstam	tree trunk
träff	meeting
träffa	hit
träffade	met
träffande	on the spot
träig	wooden
träkyrka	wooden church
träl	thrall
träldom	serfdom
trälåda	crate
träna	exercise
tränare	trainer
tränga	press
träning	training
träsk	marsh
träsko	sabot
träskonäbb	shoebill
träskål	wooden bowl
träsnidare	woodcarver
träsprit	wood alcohol
trästockar	wood
träta	quarrel
trätallrik	wooden plate
trävara	wood
trävaruindustri	industry
trå	desire
tråd	thread
trådbuss	trolleybus
tråddragare	wire drawer
trådlös	wireless
tråg	trough
tråka ut	bore
tråkig	unpleasant
tråkigt	boring
trång	tight
trång sektor	bottleneck
trångbröstad	narrow minded
trångsynt	narrow minded
trög	inert
tröghet	inertia
tröja	sweater
tröska	thresh
tröskel	threshold
tröskelvärde	threshold
tröskverk	threshing machine
tröst	comforting
trösta	comfort
tröstlös	hopeless
tröstpris	consolation prize
trött	tired
trött ansikte	tired face
trötta	tire
tröttna	tired
tsarinna	tsarina
tsaritsa	tsarina
tt:mm:ss	hh
ttest	t.test
tu	two
tuff	cool
tugga	bite
tuggummi	chewing gum
tukan	toucan
tukt	discipline
tukta	discipline
tulium	thulium
tull	customs
tull	toll
tullare	customs officer
tullsnok	customs inspector
tulltjänsteman	customs officer
tulpan	tulip
tum	inch
tumme	thumb
tummen	thumb
tummen ned	thumbs down
tummen upp	thumbs up
tummetott	thumb
tumnagel	thumbnail
tumregel	rule of thumb
tumör	tumor
tun	courtyard
tundrasnäppa	western sandpiper
tundravarg	tundra wolf
tung	heavy
tung stor cirkel	hollow red circle
tunga	tongue
tungel	moon
tungkyss	french kiss
tungomål	tongue
tungsinne	melancholy
tungsint	gloomy
tunisien	tunisia
tunn	thin
tunnbröd	flatbread
tunnbrödsrulle	fast food
tunnel	underground
tunnelbana	metro
tunnelbana	subway
tunnelbanestation	metro station
tunnla	tunnel
tunnlad	tunneled
tupel	tuple
tupp	rooster
tupplur	nap
tur	tour
tur	lucky
tura	ferry
turism	tourism
turist	tourist
turista	tourist
turistfälla	tourist trap
turistström	stream
turkduva	collared dove
turkiet	turkey
turkisk	turkish
turkiska	turkish
turkiskt bad	turkish bath
turkos	turquoise
turkosgrön	turquoise
turkost	turquoise
turnera	tour
turnering	tournament
turné	tour
tursam	chance
turturduva	european turtle dove
turval	nsample
tusan	damn
tusen	thousand
tusenfoting	bug
tusenkonstnär	jack of all trades
tusental	thousand
tusentalsavgränsare	thousands
tut	car horn
tuta	horn
tutt	pacifier
tuvsnäppa	pectoral sandpiper
tv	television
tv arkiv	television archive
tv programledare	tv show host
tv satellit	satellite antenna
tv serie	television series
tv spel	video game
tvaga	wash
tve	bi
tvedräkt	discord
tveeggad	double edged
tvegifte	bigamy
tvehågsen	ambivalent
tvehövdad	two heads
tveka	doubt
tvekamp	duel
tvekan	hesitation
tveklös	doubtless
tveklöst	doubtlessly
tveksam	hesitant
tveksamhet	doubt
tvem	two
tvenne	two
tversk	tverian
tvesovla	topping
tvestjärt	common earwig
tvetydig	ambiguous
tvetydigt	ambiguously
tvilling	twin
tvillingarna	gemini
tvillingbror	gullible
tving	clamp
tvinga	tvingar
tvinga	force
tvingar inte	does not force
tvist	dispute
tvista	argue
tvistefråga	controversial issue
tvistemål	civil action
tvivel	doubt
tvivelaktig	questionable
tvivelsutan	no doubt
tvivla	doubt
tvivlar	doubt
tvivlare	doubter
tvungen	forced
tvär	across
tvärflöjt	transverse flute
tvärs	across
tvärsnitt	cross section
tvärsnittsstudie	cross sectional study
tvärspråklig	interlingual
tvärstopp	full
tvärtom	on the contrary
tvärvigg	crosspatch
tvätt	laundry
tvätta	wash
tvättbjörn	raccoon
tvättbräda	washboard
tvätterska	washer
tvättfat	basin
tvättmaskin	washing machine
tvättmedel	washing powder
tvättställ	sink
tvättsvamp	sponge
två	two
två hjärtan	two hearts
två kvinnor håller hand	women holding hands
två män håller hand	men holding hands
två sina händer	wash one's hands of
tvåa	two
tvåan	second
tvåbent	bipedal
tvåfaldig	twofold
tvåhundralapp	banknote
tvåhundring	banknote
tvåkrona	coin
tvål	soap
tvåla	soap
tvålfat	soapdish
tvång	coercion
tvångsarbete	forced labor
tvångssterilisering	coerced sterilization
tvångssvenska	mandatory
tvångsåtgärd	compulsory measure
tvåsidiga	tailed
tvåspråkig	bilingual
tvåtaktsmotor	two stroke engine
tvåvinge	fly
twittra	twitter
ty	because
ty	german
tycka	think
tycka	enjoy
tyckare	opiner
tyckas	seem
tycke	taste
tyckte	liked
tyda	interpret
tydlig	clear
tydligen	apparently
tydlighet	clarity
tydligt	clearly
tyfoidfeber	typhoid fever
tyfon	typhoon
tyg	gear
tygelmes	bridled titmouse
tygeltärna	bridled tern
tygla	rein
tykobrahedag	unlucky day
tyll	tulle
tympanon	eardrum
tynga	weigh
tyngdkraft	gravitation
tyngdlöshet	zero g
typ	type
typer	types
typisk	typical
typografi	typography
typografiska	typographical
typsnitt	typeface
tyrannvälde	tyranny
tyristor	thyristor
tyrosin	tyrosine
tysk	german
tysk pfennig	german penny
tyska	german
tyskeri	sympathy
tyskland	germany
tyst	quiet
tyst	silent
tysta	mute
tysthet	silence
tystna	silent
tystnad	silence
tystnadsplikt	professional secrecy
tyvärr	unfortunately
täcke	blanket
täcker	covers
täckmantel	cover
täckt	covered
täkt	quarry
täljare	numerator
tält	tent
tälta	camp
tältsäng	tent bed
tämligen	rather
tänd	lighted
tänder	teeth
tändlåga	pilot light
tändsticka	match
tändsticksask	matchbox
tänja	stretch
tänka	think
tänkare	thinker
tänkbar	imaginable
tänkt	imagined
tänkvärd	worth considering
täppa	block
tärning	die
tärnmås	sabine's gull
tät mängd	dense set
tätbebyggelse	urban area
täthet	density
täthetsfunktionen	density
tätna	dense
tätort	built up area
tätt	tight
tätt	tightly
tävla	compete
tävling	competition
tävlingsbana	racing track
tävlingsledare	organizer
tå	toe
tåg	train
tåg	railway
tåga	march
tågbyte	change
tåget	train
tågfärja	train ferry
tågstation	station
tågstation	train station
tågvagn	railway car
tål	intelligent
tåla	endure
tålamod	patience
tålig	durable
tålmodig	patient
tånagel	toenail
tång	pliers
tårta	torte
tårta	cake
tårta på tårta	tautology
tårtbit	shortcake
tårtbit	slice
tårögd	teary eyed
tårögt leende ansikte	smiling face with tear
tête à tête	intimate meeting
tö	thaw
töa	thaw
töcken	fog
töja	stretch
tömlycka	loop
tömma	empty
tömmer	clears
tönt	dork
tör	torde
töras	dare
törel	churn staff
törnbuske	thornbush
törne	thorn
törnekrona	crown of thorns
törnrosa	sleeping beauty
törnskata	shrike
törst	thirst
törsta	thirst
törstig	thirsty
tös	girl
töva	delay
u land	developing
ubåt	submarine
udd	point
udda	odd
udda funktion	odd function
uddasavkastning	oddlyield
uddaspris	oddlprice
udde	peninsula
uer	rose fish
ugaritiska	ugaritic
uggla	owl
ugn	oven
ugnspannkaka	pancake
uiguriska	uyghur
ukraina	ukraine
ukrainare	ukrainian
ukrainsk	ukrainian
ukrainska	woman
uleåborg	oulu
ulimaroa	australia
ull	wool
ulrica	ulrika
ultraljud	ultrasound
ultraljudsbondning	ultrasonic wire bonding
ultramarin	ultramarine
ultrastruktur	ultrastructure
ultraviolett	ultraviolet
ulv	wolf
ulv i fårakläder	wolf in sheep's clothing
ulysses	odysseus
umbära	go without
umbärande	hardship
umbärlig	dispensable
umgänge	company
umgängeskrets	set
umgås	socialize
undan	away
undanta	except
undanta	exclude
undantag	exception
undantag	exceptions
undantagen	excepted
undantagsvis	exceptionally
unden	tiveden
under mellantiden	under mellantid
under tiden	under tid
underavdelning	subsection
underbar	wonderful
underbarn	prodigy
underbart	wonderfully
underdel	bottom
underdiffusion	lateral diffusion
underetsning	undercutting
underformulär	subforms
underfund	understand
undergrupp	subgroup
undergräva	undermine
undergång	fall
underhuggare	underling
underhåll	maintenance
underhålla	entertain
underhållning	entertainment
underhållningsprogram	entertainment program
underkastelse	submission
underklass	underclass
underkläder	worn
underlag	foundation
underlakan	bottom sheet
underlig	strange
underliggande	underlying
underligt	strangely
underläge	disadvantage
underlägg	coaster
underlätta	facilitate
undermeny	submenu
undermenyer	submenus
undermenyn	submenu
underminera	undermine
undermålig	inferior
undernivåer	sublevels
undernäring	malnutrition
underordna	subordinate
underordnad	subordinate
underordnade	dependents
underordnat	subform
underpant	pledge
underreaktion	underreaction
underrubrik	subheading
underrubrik	subtitle
underrätta	inform
underrättad	informed
underrättelse	information
underrättelsetjänst	intelligence agency
underskatta	underestimate
underskattad	underestimated
underskrift	signature
underst	orphan
understa	lowermost
understreck	low line
understreck	underscore
understryka	underline
understrykning	underline
understrängar	substrings
understycken	subpoints
understöd	support
undersåte	subject
undersök	examine
undersöka	investigate
undersökning	investigation
underteckna	undersign
undertecknad	i
undertecknare	signer
undertrycka	suppress
undertyp	subtype
undervattensbåt	submarine
underverk	wonder
undervisa	teach
undervisning	education
undervisningsanstalt	educational institution
undgå	evade
undkomma	avoid
undra	wonder
undrade	wondered
undran	curiosity
undrar	wonder
undre	lower
undulat	budgerigar
undvika	avoid
undvikas	avoided
undviklig	avoidable
ung	young
ungdom	youth
ungdomsförbund	youth league
ungdomsorganisation	youth organization
ungefär	about
ungefär	approximately
ungefär lika med	approximately equal
ungersk	hungarian
ungerska	hungary
ungerska	hungarian
ungkarl	bachelor
ungrare	hungary
unicitet	uniqueness
unik	unique
unika	duplications
unikhet	uniqueness
unikt	unique
unionsrätt	union law
unionsrättsakt	union act
universell	universal
universitet	university
universitetsadjunkt	lecturer
universitetsrektor	vice chancellor
universum	universe
unken	musty
unket	mustily
unna	grant
uns	ounce
unära	unary
up knapp	up button
upp	up
upp och nervänt ansikte	upside down face
uppblåsbar	inflatable
uppburen	lifted
uppbyggnad	construction
uppdatera	update
uppdaterad	updated
uppdaterar	updates
uppdateras	updated
uppdaterat	kept
uppdateringarna	abort
uppdrag	commission
uppdragsgivare	principal
uppdriven	swollen
uppe	up
uppehälle	survive
uppehåll	stay
uppehålla	maintain
uppehållstillstånd	residence permit
uppemot	upwards
uppenbar	obvious
uppenbara	show
uppenbarelse	revelation
uppenbarelseboken	revelation
uppenbarligen	obviously
uppenbart	obviously
uppfatta	understand
uppfattning	opinion
uppfinna	invent
uppfinnare	inventor
uppfinning	invention
uppfriskande	bracing
uppfylla	fulfill
uppfyllande	fulfilling
uppfyllelse	fulfilment
uppfyller	meet
uppfödare	breeder
uppfölja	follow up
uppföljning	follow up
uppför	uphill
uppföra	bring
uppförande	building
uppförsbacke	uphill
uppge	state
uppgift	task
uppgradera	upgrade
uppgå	amount
uppgång	ascent
uppgörelse	agreement
upphandla	procure
upphandling	procurement
upphetsa	excite
upphetsning	arousal
upphov	origin
upphovsman	creator
upphovsrätt	copyright
upphovsrättsintrång	copyright violation
upphovsrättslig	copyright
upphovsrättssymbol	copyright
upphäv	ungroup
upphäva	abate
upphävande	repeal
upphöjda	subscripts
upphöjt	superscript
upphöjt till ett	superscript one
upphöjt till minus	superscript minus
upphöjt till tre	superscript three
upphöjt till två	superscript two
upphöra	cease
uppkomma	originate
uppkomst	origin
uppkopplad	connected
uppkvark	up quark
uppladdad	uploaded
upplag	stock
upplaga	edition
uppland	landskap
uppleva	experience
upplevelse	experience
upploblränta	accrintm
upplränta	accrint
uppluckring	easing
upplupna	accrued
upplysa	enlighten
upplysning	enlightenment
upplysningsvis	information
upplåta	allow
upplösa	dissolve
upplösning	resolution
upplösningen	increased
uppmana	order
uppmanas	prompted
uppmuntra	encourage
uppmärksam	attentive
uppmärksamhet	attention
uppmärksamma	notice
uppnå	reach
uppnå	achieve
uppnås	attained
upprepa	repeat
upprepa en låt	repeat single button
upprepade	repeated
upprepande	repeating
upprepar	repeats
upprepning	repeat button
upprepning	repetition
upprepningar	repetitions
uppriktig	sincere
uppriktighet	sincerity
uppror	rebellion
upprorsmakare	agitator
upprullad sida	page with curl
upprusta	arm
uppräkna	enumerate
uppräknelig	countable
uppräkning	enumeration
uppräkningsordning	order
upprätt	upright
upprätta	raise
upprättande	creation
upprätthålla	maintain
upprörd	upset
uppsaliensisk	uppsala
uppsats	article
uppseendeväckande	sensational
uppskatta	appreciate
uppskattade	estimated
uppskattar	estimates
uppskattning	estimate
uppskattningsvis	estimate
uppslag	opening
uppslagsbok	encyclopedia
uppslagsord	entry
uppslagsverk	encyclopedia
uppspelningsknapp	play button
uppstod	occurred
uppströms	upstream
uppstyrd	rein
uppstyrdhet	structure
uppställa	list
uppställning	scheme
uppstå	stand
uppståndelse	resurrection
uppsägning	notice
uppsägningstid	agreement
uppsättning	set
uppsåt	intent
uppta	pick up
upptagen	busy
upptid	uptime
uppträdande	performance
upptäcka	discover
upptäckt	discovered
upptäckte	discovered
upptäcktsresa	expedition
uppvaknande	awakening
uppvakta	court
uppvigla	agitate
uppviglare	agitator
uppvigling	agitation
uppvisning	display
uppvärma	warm up
uppvärmning	heating
uppväxt	upbringing
uppå	upon
uppåt	up
uppåtdiagonal	upward
uppåtgående trend	chart increasing
uppåtknapp	upwards button
uppåtpekande röd triangel	red triangle pointed up
uppåtpil	up arrow
uppåtpil höger	up right arrow
uppåtpil vänster	up left arrow
uppåtriktad	upwards
uppåtriktad dubbelpil	upwards double arrow
uppåtriktad pil	up pointing arrow
uppåtriktad pil från streck	upwards arrow from bar
uppåtriktad streckad pil	upwards dashed arrow
ur	ure
uran	uranium
uranos	uranus
urarta	degenerate
urartad	degenerated
urartning	degeneration
urbefolkning	indigenous population
urberg	basement
urgamla	ancient
urgammal	ancient
urhem	urheimat
urin	urine
urindoeuropeiska	proto indo european
urindoeuropé	proto indo european
urinera	urinate
urinoar	urinal
urinrör	urethra
urinväg	urethra
urklipp	clipping
urklipp	clipboard
url:er	urls
urladdning	discharge
urmakare	watchmaker
urmodig	antiquated
urna	urn
urnordisk	ancient nordic
urnordiska	proto norse
urologi	urology
ursinne	rage
ursinnig	enraged
urskilja	distinguish
urskiljning	separation
urskiljningslös	indiscriminate
urskiljningslöst	indiscriminately
urskillning	discernment
urskillningslös	indiscriminate
urskillningslöst	indiscriminately
urskog	primeval forest
ursprung	origin
ursprunglig	original
ursprungliga	original
ursprungligen	originally
ursprungskälla	original source
urspårning	derailment
ursvallad	moraine
ursäkt	apology
ursäkta	excuse
urtika	urticaria
urval	choice
urvalsfönster	selection window
urvattnad	watered down
uråldrig	ancient
usch	ugh
usel	terribly
usur	notching
usurpator	usurper
usurpera	usurp
ut	out
ut	print
utan	without
utan dess like	like no other
utanför	outside
utanförskap	social exclusion
utanpå	outside
utarbeta	shape
utarma	deplete
utarmning	depletion
utarmningsområde	depletion region
utarmningstransistor	depletion transistor
utbetalning	payment
utbilda	educate
utbildning	education
utbildningsbidrag	education grant
utbildningsdepartement	ministry of education
utbildningslinje	education program
utbildningsminister	minister
utbildningsmoment	education
utbildningsnivå	level
utbildningsplan	education plan
utbildningsutskott	committee
utbjuda	offer
utbredning	propagation
utbrista	exclaim
utbrott	outburst
utbuad	bua ut
utbud	supply
utbyta	exchange
utbytbarhet	interchangeability
utbyte	exchange
utbytesstudent	exchange student
utdragsbord	extension table
ute	outdoors
utegångsförbud	curfew
uteliggare	homeless
utelämna	omit
utelämnat	omitted
utesluta	exclude
uteslutande	exclusively
uteslutning	exclusion
utestående	outstanding
utfall	outcome
utfart	exit
utflykt	excursion
utflytande	blurred
utforma	draft
utforma	designing
utformning	design
utforska	explore
utforskare	explorer
utfyllnadstecken	leader
utfärda	issue
utfärdat	issued
utför	downhill
utföra	perform
utförd	performed
utförsåkning	downhill skiing
utge	publish
utgift	expense
utgiftsområde	expenditure area
utgiftstak	expenditure ceiling
utgivare	publisher
utgiven	published
utgivning	publication
utgivningsår	year
utgjuta	shed
utgjutelse	effusion
utgrävning	excavation
utgå	go out
utgående	outwards
utgående	outgoing
utgång	way out
utgångspunkt	origin
utgåva	edition
utgöra	constitute
uthärda	stand
uthålligt ansikte	persevering face
uti	in
utifrån	outside
utilitarism	utilitarianism
utilitaristisk	utilitarian
utilitaristiskt	utilitarianly
utkast	draft
utkomma	appear
utkomst	income
utkomststöd	income support
utkorg	outbox tray
utland	foreign country
utliggare	outlier
utlysa	announce
utländsk	foreign
utländsk valuta	foreign currency
utlänning	alien
utlån	loan
utlånare	lender
utlösa	ignite
utlösa	trigger
utlösning	ejaculation
utmana	challenge
utmanare	challenger
utmaning	challenge
utmanövrera	outmaneuver
utmatning	suppress
utmatningsknapp	eject button
utmärglad	emaciated
utmärkt	excellent
utmåla	paint
utnyttja	exploit
utnämna	appoint
utnämning	appointment
utom	except for
utom	except
utomeuropeisk	extra european
utomhus	outside
utomjording	alien
utomjording	extraterrestrial
utomjordiskt monster	alien monster
utomlands	abroad
utomskärs	archipelago
utomvärldslig	otherworldly
utopi	utopia
utopisk	utopian
utpeka	designate
utpinad	agonized
utplundra	despoil
utplundring	despoliation
utplåna	exterminate
utprägla	stamp
utpräglad	marked
utreda	investigate
utredare	investigator
utredning	investigation
utrensning	clean
utrerad	overdone
utrikes	abroad
utrikesdepartement	ministry
utrikeshandel	foreign trade
utrikeshändelse	foreign news
utrikesminister	minister
utrikesministerium	ministry
utrikesnämnd	advisory council
utrikespolitik	foreign policy
utrikespolitisk	foreign policy
utrikesutskott	committee
utrop	exclamation
utropa	exclaim
utropstecken	exclamation mark
utropstecken	exclamation
utropstecken och frågetecken	exclamation question mark
utrota	wipe out
utrotning	eradication
utrullning	rollout
utrullningslist	floating toolbar
utrum	common gender
utrunnet timglas	hourglass done
utrusta	equip
utrustad	equipped
utrustning	equipment
utryckningsfordon	emergency vehicle
utrymma	evacuate
utrymme	space
uträknad	calculated
uträkning	calculation
uträtta	perform
utsaga	statement
utsago	statement
utsatt	exposed
utsatt område	status granted
utse	appoint
utseende	look
utseende	appearance
utsikt	view
utskott	committee
utskrift	printing
utskriften	printout
utskriftsjobb	jobs
utskriftsordning	additionally
utskrivbar	printable
utskällning	telling off
utslag	rash
utsliten	decrepit
utsläpp	emission
utspela	set
utsträcka	extend
utsträckning	extent
utsträckt	stretched
utstuderad	studied
utstyrd	dressed up
utstyrsel	outfit
utställa	exhibit
utställning	exhibition
utstå	suffer
utsända	transmit
utsökt	exquisite
uttagning	selection
uttagningsprov	qualification test
uttal	pronunciation
uttala	pronounce
uttalad	explicit
uttalande	statement
uttalat	explicitly
uttalshjälpmedel	pronunciation
utter	otter
uttryck	expression
uttryck1	expression1
uttryck2	expression2
uttrycka	express
uttrycks	expressed
uttryckslöst ansikte	expressionless face
utträdesarbete	work function
uttråkad	bored
uttråkning	boredom
uttröttad	exhausted
uttröttat ansikte	weary face
uttröttat kattansikte	weary cat
utv	ext
utvald	chosen
utvandra	emigrate
utvandrare	emigrant
utvandring	emigration
utveckla	develop
utvecklad	developed
utveckling	development
utvecklingsarbete	development work
utvecklingsfond	development fund
utvecklingspsykologi	developmental psychology
utvecklingssamarbete	development cooperation
utvidga	expand
utvidgad	extended
utvidgar	extends
utväg	exit
utvälja	pick
utvärdera	evaluate
utvärderas	evaluated
utvärdering	evaluation
utåt	outward
utåtriktad	social
utöka	increase
utökad	extended
utökade	tips
utökning	increase
utöva	exercise
utöver	in addition to
utövning	execution
uv	owl
uzbekiska	uzbek
v tecken	victory hand
v.t	ce
v75	atg
vabba	stay
vabbruari	february
vaccin	vaccine
vaccinera	vaccinate
vaccinering	vaccination
vacker	beautiful
vackert	beautifully
vad	what
vad helst	whatever
vad som helst	anything
vad som än	whatever
vad är ert namn	what is your name
vada	wade
vadan	whence
vadare	wader
vadställe	ford
vadå	what
vafan	what the hell
vag	vague
vagga	cradle
vaggad	rocked
vaggsång	lullaby
vaghet	vagueness
vagn	wagon
vagnmakare	wainwright
vagnretur	carriage return
vagnretur	carriage
vaj	wrong
vajsing	wrong
vak	polynya
vakans	vacancy
vaken	awake
vaknade	woke
vaksam	vigilant
vaksamhet	vigilance
vakt	guard
vakta	guard
vaktavlösning	changing of the guard
vaktel	common quail
vaktis	janitor
vakuum	vacuum
val	whale
val som sprutar vatten	spouting whale
valack	gelding
valacka	geld
valberedare	member
valberedning	election committee
vald	elected
valde	chose
vale	sea mark
valens	valence
valensband	valence band
valensordbok	dictionary
valfläsk	pork
valfri	optional
valfritt	optional
valfråga	election issue
valideras	validated
validitet	validity
valin	valine
valk	callus
valka	full cloth
valkare	fuller
valkning	fulling
valkrets	electoral district
valkyria	valkyrie
valla	ski wax
vallentuna	stockholm
vallgrav	moat
vallmo	poppy
vallokal	polling station
vallört	symphytum
valnöt	walnut
valp	puppy
valpa	birth
valrav	spermaceti
valresultat	outcome
valross	walrus
valsedel	ballot
valstuga	election campaign cabin
valsverk	rolling mill
valurna med röstsedel	ballot box with ballot
valuta	currency
valutadag	value date
valutaenhet	currency unit
valutaenheter	units
valutareserv	foreign exchange reserve
valutaväxling	currency exchange
valutor	currencies
valv	vault
valörfrimärke	denominated postage stamp
valörlöst frimärke	non denominated postage stamp
vampyr	vampire
van	accustomed
van	mis
vana	habit
vanadin	vanadium
vanart	misconduct
vandalisera	vandalize
vandel	conduct
vandra	wander
vandrare	wanderer
vandrarhem	youth hostel
vandring	hike
vandringskänga	hiking boot
vandringstrast	american robin
vandöd	undead
vanebildande	addictive
vanföreställning	delusion
vanilj	vanilla
vanka	stroll
vankomycin	vancomycin
vanl	common
vanlig	common
vanligen	commonly
vanligt	usual
vanligtvis	commonly
vanligtvis	usually
vanmakt	powerlessness
vanmäktig	powerless
vann	water
vansinne	insanity
vansinnig	mad
vansinnighet	madness
vansklig	risky
vante	glove
vanvett	madness
vanvettig	insane
vapen	weapon
vapengömma	weapons cache
vapenstillestånd	armistice
vapenstilleståndsförhandling	armistice negotiation
vapenvila	cease fire
var	was
var är toaletten	where is the toilet
varaktig	durable
varaktordiod	varactor diode
varande	being
varandra	each other
varann	each other
varannan	every other
varannan dag	every other day
varav	whereof
vard	colloquial
varda	become
vardag	weekday
vardaglig	everyday
vardagskläder	everyday clothes
vardagspussel	puzzle
vardagsrum	living room
vardagstryck	ephemera
varde	be
vare	be
varefter	whereafter
varelse	creature
varemot	whereagainst
varendaste	every single
varfågel	lanius
varför	why
varg	wolf
varg i veum	outcast
vargansikte	wolf
vargatid	hard
vargavinter	winter
vargaväder	severe weather
vargbiten	wolf
vargflock	wolfpack
varggrin	smile
varggrop	trap
varghagel	hail
varghund	wire haired greyhound
varginna	she wolf
vargjakt	wolf hunt
vargpar	wolf couple
vargpäls	wolf fur
vargrevir	wolf territory
vargskinn	wolf hide
vargspår	wolf track
vargstam	wolf strain
vargtimme	hour
vargtjut	wolf howl
vargton	wolf tone
vargunge	wolf cub
vargvalp	wolf cub
vari	wherein
varia	miscellaneous
variabel	variable
variabler	variables
varians	var
variansen	variance
variansp	varp
varianter	variants
variationer	permutations
variera	vary
varierar	vary
varifrån	wherefrom
varigenom	wherethrough
varit	been
varje	each
varjom och enom	each and every
varken	neither
varken	nor
varm	warm
varm dryck	hot beverage
varma källor	hot springs
varmed	wherewith
varmkorv	hot dog
varmluftsugn	convection oven
varmt	hot
varna	warn
varning	warning
varning för strålrisk	radioactive
varningar	warnings
varom	whereof
varpå	whereon
vars	whose
varsam	careful
varse	aware
varselpinne	safety wing
varselväst	safety vest
varsin	each
varsla	forebode
varstädes	anywhere
vart	whereto
vartill	whereto
varuhus	department store
varulv	werewolf
varumärke	brand
varunder	whereunder
varuti	wherein
varutöver	whereover
varv	turn
varvid	whereby
varöver	whereover
vas	vase
vasa	huh
vase	sheaf
vaska	wash
vaskrensare	plunger
vass	sharp
vassle	whey
vatikansk	vatican
vatten	water
vatten och bröd	bread and water
vattenbombning	waterbombing
vattenbuffel	water buffalo
vattendelare	watershed
vattenfall	waterfall
vattenförorening	water pollution
vattenförsörjning	water supply
vattenhund	water dog
vattenkanna	watering can
vattenkonst	fountain
vattenkran	water tap
vattenmassa	body
vattenmelon	watermelon
vattenmärke	watermark
vattenpass	bubble level
vattenpistol	water gun
vattenpistol	water pistol
vattenplana	aquaplane
vattenplaning	aquaplaning
vattenpolo	polo
vattenpolo	water polo
vattenpolospelare	water polo player
vattenrall	water rail
vattenrutschbana	water slide
vattenrutschkana	water slide
vattenräkning	water bill
vattenseparator	water separator
vattenslang	hose
vattentorn	water tower
vattentät	watertight
vattenväsen	merperson
vattenånga	water vapour
vattkoppor	chickenpox
vattna	water
vattnig	watery
vattuman	aquarius
vattumannen	aquarius
vax	wax
vaxa	wax
vaxkaka	honeycomb
vb	on demand
vd	ceo
ve	woe
veck	fold
vecka	week
veckoberedning	weekly drafting meeting
veckodag	weekday
veckoligen	weekly
veckonr	weeknum
veckopeng	pocket money
veckor	weeks
veckorperår	weeksinyear
veckoslut	weekend
veckotidning	weekly newspaper
veckovis	weekly
ved	firewood
ved	wood
vederböra	concern
vederbörande	concerned
vederbörlig	due
vedergälla	retaliate
vedergällning	retaliation
vederhäftig	reliable
vederhäftigt	reliably
vederlag	kilsten
vederlagslös	compensation
vederlägga	refute
vedersakare	opponent
vederstygglig	disgusting
vedertagen	prevalent
vedervärdig	repulsive
vedskjul	woodshed
vegan	vegetarian
vegetabilisk	vegetal
vegetarisk	vegetarian
vektor	vector
vektorfält	vector field
vektorgrafik	vector
vektoriell	vectorial
vektorprodukt	vector product
vektorrum	vector space
vela	undecided
velig	indecisive
velociped	bicycle
vem	who
vems	whose
vendela	venla
venetiansk	venetian
venetianska	venetian
venne	dunno
ventil	valve
ventilera	air
venuspassage	transit
verbböjning	conjugation
verbet	verb
verifiera	verify
verk	work
verka	work
verkade	seemed
verkan	action
verkar	seems
verklig	actual
verkligen	really
verklighet	reality
verklighetsflykt	escape
verkligt	really
verklinje	linje
verkning	effect
verkningsgrad	efficiency
verksam	active
verksamhet	activity
verksamhetsområde	area
verkstad	workshop
verkstadsutrustning	factory
verkställa	execute
verkställande	executive
verkställande direktör	ceo
verktum	fot
verktyg	tool
verktyg	tools
verktyget	tool
verktygslist	toolbar
verktygslåda	toolbox
verktygsraden	toolbar
verktygsrader	toolbars
vers	prosody
vers	verse
versal	capital letter
versaler	input latin uppercase
versalkänslig	sensitive
versifiera	versify
versioner	versions
verslära	prosody
versmått	meter
vertikal	vertical
vertikala pilar medurs	clockwise vertical arrows
vertikalstreck	vertical line
vertikalt	vertically
vessla	weasel
vet	know
veta	know
vete	wheat
vetegluten	wheat gluten
vetemjöl	wheat flour
vetenskap	science
vetenskaplig	scientific
vetenskapsakademi	academy
vetenskapsman	scientist
veterinärmedicin	veterinary medicine
veterinärmedicinsk	veterinary
vetestärkelse	wheat starch
vett	common sense
vev	crank
veva	crank
vevaxel	crankshaft
vevhus	crankcase
vg	grade
vi	we
via	over
viadukt	viaduct
vibrafon	vibraphone
vibrationsläge	vibration mode
vibrera	vibrate
vice	deputy
viceamiral	vice admiral
vicekonsul	vice consul
vicekonung	vice king
vicepresident	vice president
vichyvatten	mineral water
victoriafallen	victoria falls
vidare	on
vidarebefordra	forward
vidareutbilda	further education
vidareutbildning	further education
vidareutforska	explore further
vidareutveckla	develop further
vidd	width
vide	willow
video	videocassette recorder
videoapparat	videocassette recorder
videobandspelare	videocassette recorder
videobevis	video evidence
videokamera	video camera
videokassett	videocassette
vidga	widen
vidgad	widened
vidhäfta	adhere
vidhäftande	adhesive
vidkommande	concerning
vidlyftig	comprehensive
vidrig	disgusting
vidskepelse	superstition
vidskeplig	superstitious
vidsynt	broad minded
vidta	take
vietnam	nam
vietnames	vietnamese
vietnamesisk	vietnamese
vietnamesiska	woman
vifta	wag
vigg	tufted duck
vigsel	marriage
vigselring	wedding ring
vik	bay
vika	ge
viken	tiveden
vikt	weight
vikthåna	fat shame
viktig	important
viktigt	importantly
vila	rest
vilar	rests
vild	wild
vild strejk	wildcat strike
vilddjur	beast
vildkatt	wildcat
vildmark	wilderness
vildsvin	boar
vildsvin	wild boar
vilhelmina	vilhelm
vilja	i'd
viljestyrka	willpower
vilka	which
vilkas	whose
vilken	which
vilkens	whose
vilket	which
vill	want
ville	wanted
villfarelse	delusion
villig	willing
villigt	willingly
villkor	condition
villkorlig	conditional
villoväg	wrong way
villrådig	indecisive
villrådighet	irresolution
vilohem	nursing home
vilse	lost
vilseleda	lead
vilseledande	deceitful
vilsen	lost
vilt	wildly
vimla	swarm
vimmelkantig	dizzy
vin	wine
vinbär	currant
vind	bent
vind	wind
vinddriven	weather driven
vindflöjel	weather vane
vindhål	lull
vindruta	windshield
vindrutetorkare	windshield wiper
vindruva	grape
vindruvor	grapes
vindskydd	windbreak
vindspel	wind chime
vindstilla	windless
vindstyrka	wind speed
vindsvåning	attic
vindtunnel	wind tunnel
vindöga	window
vinge	wing
vinglas	wine glass
vingpenna	quill
vingspegel	speculum
vingård	vineyard
vink	wave
vinka	wave
vinkande hand	waving hand
vinkel	angle
vinkelhastighet	angular velocity
vinkelparentes	angle bracket
vinkelräta	perpendicular
vinkla	turn
vinna	win
vinnare	winner
vinranka	grapevine
vinruta	ruta
vinröd	red wine
vinst	win
vinst	profit
vinstdelning	profit sharing
vinstgivande	profitable
vinter	winter
vinterdäck	snow tire
vintergatan	milky way
vinterkräksjuka	winter vomiting disease
vinterspel	winter games
vintrig	wintry
vinylskiva	vinyl record
vinylutgåva	vinyl edition
viol	violet
violast	violist
violett	violet
vipa	lapwing
vippa	panicle
vira	wind
virka	crochet
virke	wood
virknål	crochet hook
virologi	virology
virre	whiskey
virrig	confused
virus	viruses
virusforskning	virus research
vis	suffix
vis	wise
visa	show
visad	shown
visade	showed
visar	displays
visas	displayed
vischan	boondock
visdom	wisdom
visdomstand	wisdom tooth
vise	queen bee
visent	bison
vishet	wisdom
visionärt	visionarily
visitkort	business card
visitkort	cards
visitkortet	card
viska	whisper
viskleken	chinese whispers
viskös	viscous
vismut	bismuth
visning	show
visningslägen	modes
vispgrädde	whipped cream
viss	certain
vissa	some
visselblåsare	whistle blower
visselpipa	whistle
visserligen	surely
vissla	whistle
vissnad blomma	wilted flower
visso	sure
visst	certainly
visste	knew
vistas	stay
visualisera	visualize
visuell	visual
vit	white
vit blomma	white flower
vit bockmarkering	check mark button
vit cirkel	white circle
vit dvärg	white dwarf
vit flagga	white flag
vit fyrkantig knapp	white square button
vit jul	white christmas
vit stork	white stork
vitaktig	whitish
vitalistisk	vitalistic
vitalistiskt	vitalistically
vitalitet	vitality
vitgumpsnäppa	white rumped sandpiper
vithårig	white hair
vitkindad gås	pink footed goose
vitkål	white cabbage
vitlök	garlic
vitlökspress	garlic press
vitna	whiten
vitnackad svärta	surf scoter
vitnäbbad islom	yellow billed loon
vitrin	showcase
vitryska	belarusian
vitryss	belarusian
vitsenap	white mustard
vitsippa	anemone nemorosa
vitt frågetecken	white question mark
vitt hjärta	white heart
vitt kryss i ruta	cross mark button
vitt utropstecken	white exclamation mark
vittja	go through
vittna	bear testimony
vittne	witness
vittnesbörd	witness
vittnesmål	testimony
vittnesutsaga	oral testimony
vittrut	glaucous gull
vitvingad trut	iceland gull
vitvingad tärna	white winged tern
vitöga	sclera
vitögd mås	white eyed gull
viv	wife
viveca	viveka
viveka	vibeke
vivel	weevil
vma	viktig
vokal	vocal
vokalbalans	vowel balance
vokativ	vocative
volatilitet	volatility
volfram	tungsten
voljär	aviary
volleyboll	volleyball
volt	somersault
volut	volute
volym	volume
von	of
vore	were
voss	us
votera	vote
votering	vote
voteringsmaskin	voting machine
vovve	doggy
vrak	wreck
vredesdom	wrath
vresig	temper
vrida	twist
vridmoment	torque
vrist	ankle
vräka	evict
vs knapp	vs button
vulcan hälsning	vulcan salute
vulgo	vulgar
vulgär	vulgar
vulgärlat	vulgar latin
vulgärlatin	vulgar latin
vulka	vulcanize
vulkan	volcano
vulkanisera	vulcanize
vulkanisering	vulcanization
vulkning	vulcanization
vurm	passion
vurma	yearn
vuxen	adult
vuxenutbildning	adult education
vuxna	adults
vvs ingenjör	engineer
vy	view
vykort	postcard
väcka	wake up
väcka	wake
väckarklocka	alarm clock
väckelse	awakening
väder	weather
väderleka	wind wheel
väderprognos	weather forecast
väderstreck	cardinal
vädja	appeal
vädra	ventilate
vädret	weather
vädur	ram
väduren	aries
väg	road
väga	weigh
väger	weighs
vägfarande	wayfarer
vägg	wall
väggplanka	wall plank
väggyta	wall surface
väghyvel	grader
väghållning	road maintenance
vägkarta	road map
vägleda	guide
vägledande	guiding
vägledning	guidance
vägmärke	traffic sign
vägnar	behalf
vägra	refuse
vägrad	refused
vägran	refusal
vägrar	refuse
vägren	roadside
vägtrumma	culvert
väktare	member
väl	well
välaccepterad	accepted
välanimerad	animated
välbefinnande	wellbeing
välbehag	state
välboren	title
välbärgad	rich
väld	unfairness
välde	power
väldig	enormous
väldigt	very
väldigt mycket mindre än	very much less than
väldigt mycket större än	very much greater than
välfärd	welfare
välfärdsstat	welfare state
välgörenhet	philanthropy
välj	select
välja	choose
väljare	voter
väljer.innehållet	compares
välkommen	welcome
välkomna	welcome
välkomnad	welcomed
välkomnande	greet
välling	gruel
välmottagen	well
välsigna	bless
välsignad	blessed
välskriven	well
välsmakande	tasty
vält	tipped
välta	pile
vältalig	eloquent
vältaligt	eloquently
vältra	roll
välva	arch
välvd	arched
välvillig	benevolent
vän	friend
vända	turn
vänder	flips
vändning	turn
väninna	friend
vänlig	kind
vänlig	friendly
vänligen	kindly
vänner	friends
vänskap	friendship
vänskaplig	friendly
vänslas	cuddle
vänster	left
vänster apostrof	left apostrophe
vänster och högerriktad dubbelpil	left right double arrow
vänsterextrem	leftist extreme
vänsterhand	left hand
vänsterhänt	left handed
vänsterjustera	left align
vänsterkid	leftist
vänsterparti	left wing party
vänsterpekande finger	backhand index pointing left
vänsterpil	left arrow
vänsterpolitik	left wing politics
vänsterriktad	leftwards
vänsterriktad dubbelpil	leftwards double arrow
vänsterriktad pil	left pointing arrow
vänsterriktad pil från streck	leftwards arrow from bar
vänsterriktad pilloop	leftwards arrow loop
vänsterriktad streckad pil	leftwards dashed arrow
vänsterriktad trippelpil	leftwards triple arrow
vänsterriktad vågig pil	leftwards wave arrow
vänstersidoklass	left coset
vänstervänd näve	left facing fist
vänta	wait
väntad	expected
väntade	waited
väntan	wait
väntar	waiting
väntelista	queue
väntjänst	service
väntkur	bus shelter
väpna	arm
väpnad	armed
värd	adjective
värd	host
värde	value
värdefull	valuable
värdelös	worthless
värdemängd	range
värden	values
värdepapper	security
värdera	value
värderad	valued
värderare	valuer
värdering	appraisal
värderingsförmåga	ability
värdetransport	armoured truck
värdig	worthy
värdighet	dignity
värdinna	hostess
värdshus	inn
värka	ache
värld	world
världen	world
världens	world's
världsberömd	world famous
världsbild	worldview
världsdel	continent
världsetta	world champion
världsfrånvänd	showing
världsfrånvändhet	lack
världsherravälde	world domination
världshistoria	world history
världskarta	world map
världsklass	world class
världskrig	world war
världsledare	world leader
världslig	worldly
världsmakt	world power
världsmarknad	world market
världsmedborgare	citizen of the world
världsmästerskap	championship
världsordning	world order
världsproblem	world problem
världsrekord	world record
världssamfund	united nations
världsstad	metropolis
världsstjärna	world
världstillvänd	showing interest
världstillvändhet	interest
världsvälde	world power
världsåskådning	weltanschauung
värma	heat
värme	heat
värmebehandla	treat
värmebehandling	heat treatment
värmebölja	heatwave
värmekraftverk	thermal power station
värmeljus	tealight
värmlandskorv	boil
värmländska	dialect
värn	guard
värna	protect
värnlös	defenceless
värnlöst	defencelessly
värnplikt	conscription
värnpliktig	liable
värnpliktskonferens	conference
värnpliktskongress	conference
värpa	lay
värt	worth
värva	recruit
väsen	supernatural
väsentlig	essential
väsentliga	essential
väsentligen	essentially
väsentligt	essentially
väska	bag
väskor	bags
vässa	sharpen
väst	west
västafrika	west africa
västasien	western asia
väster	west
västergötland	landskap
västerländsk	western
västerlänning	westerner
västerut	west
västeuropa	western europe
västeuropa	europe
västgötska	dialect
västlig	west
västmanland	landskap
västmanländska	dialect
västra	western
västsverige	western sweden
västtyska	woman
västtyskland	west germany
väståboland	pargas
väte	hydrogen
vätebindning	hydrogen bond
väteklorid	hydrogen chloride
vätekärna	hydrogen nucleus
väteperoxid	hydrogen peroxide
vätska	liquid
väv	weave
väva	weave
vävd	woven
vävnad	tissue
vävstol	loom
växande	growing
växande funktion	increasing function
växande hjärta	growing heart
växel	change
växelkurs	exchange rate
växellåda	gearbox
växelreglage	shift lever
växelspak	gearstick
växelström	alternating current
växeltunga	switchblade
växelverkan	interaction
växelvis	alternating
växer	grow
växla	exchange
växla	switch
växlar	switches
växt	plant
växthus	greenhouse
växthuseffekt	greenhouse effect
växthusgas	greenhouse gas
våd	length
våda	unintentional damage
vådaskott	unintentional discharge
vådlig	perilous
våffeljärn	waffle iron
våffelstuga	cottage
våffla	waffle
våg	water wave
våg	wave
våga	dare
vågen	libra
vågform	waveform
vågfunktion	wavefunction
vågig	wavy
vågigt tankstreck	wavy dash
våglängd	wavelength
vågmästare	politician
vågmästarstat	swing state
vågräta trafikljus	horizontal traffic light
vågtal	wave number
våld	violence
våldsam	violent
våldsamt	violently
våldsbejakande	proviolence
våldsdåd	act
våldta	rape
våldtäkt	rape
våldtäktsman	rapist
vålla	cause
vållande	negligence
vånda	anguish
vång	field
våning	apartment
våningssäng	bunk bed
vår	our
våra	our
våradonis	false hellebore
våras	approach spring
vård	care
vårda	nurse
vårdad	nursed
vårdagjämning	vernal equinox
vårdcentral	district health centre
vårdkase	bonfire
vårdnad	custody
vårdslös	careless
vårdtid	hospitalization
våren	spring
vårförälskelse	springtime romance
vårproposition	spring fiscal policy bill
vårta	wart
vårting	spring
vårtsvin	phacochoerus africanus
våt	wet
vördnad	respect
vördnadsvärd	respectable
vört	bread
w	alphabet
wagneriansk	wagnerian
walesiska	welsh
wallis och futuna	wallis and futuna
wc	water closet
wc skylt	restroom
webb	world wide web
webbkonferens	web conference
webbläsare	web browser
webbläsare	browser
webbplats	web site
webbplats	website
webbplatsen	site
webbsajt	website
webbsida	webpage
webbsök	search
weibullfördelningen	weibull
werner	verner
westfalisk	westphalian
whisky	whiskey
whiskyglas	tumbler glass
wienerbröd	danish
wikifiera	wikify
wilhelmina	vilhelmina
wilma	wilhelmina
wilsonsimsnäppa	wilson's phalarope
win95	os2win
www.exempel.com	www.example.com
x axel	x axis
x kromosom	x
xantippa	xanthippe
xeller	xor
xenofob	xenophobe
xnuvärde	xnpv
xylofon	xylophone
y	younger
y kromosom	y
yensedel	yen banknote
yes box	sure thing
yin och yang	yin yang
yl	wail
yla	howl
ylande	howling
ylle	wool
ymnig	abundant
ymnighet	abundance
ymnighetshorn	cornucopia
ymnigt	abundantly
ymnigt tal	abundant number
ymp	graft
ympa	graft
ympning	grafting
yngla	spawn
yngling	young
yngre	younger
ynnest	goodwill
yoghurt	yogurt
yppa	reveal
yr	dizzy
yrka	urge
yrkad	asked
yrkande	requirement
yrke	profession
yrkesgrupp	profession
yrkesmässig	professional
yrkesmässigt	professionally
yrkesmördare	assassin
yrkesutbildning	vocational education
yrkesutövning	exercise
yrt ansikte	woozy face
ysta	cheese
yta	surface
ytan	surface
ytlig	superficial
ytligt	superficially
ytspänning	surface tension
ytstil	filling
ytterback	full back
ytterlig	extreme
ytterligare	additional
ytterligt	extremely
ytterst	outermost
yttersta	outermost
ytteröra	outer ear
yttra	utter
yttrad	uttered
yttrande	statement
yttrandefrihet	freedom of speech
yttrandefrihetsbrott	freedom of speech crime
yttrandefrihetsgrundlag	fundamental law
yttre	outer
yvas	pride
yverboren	jingoistic
yvig	bushy
yxa	axe
z transform	z
zaporizjzja	zaporizhia
zappa	zap
zenerdiod	zener diode
zenit	zenith
zeppelinare	zeppelin
zigenare	gypsy
ziggis	gypsy
zink	zinc
zirkonium	zirconium
zloty	poland
zon	zone
zool	zoology
zoolog	zoologist
zoologi	zoology
zoologisk	zoological
zooma	zoom
zoomad	zoomed
zoomar	zooms
zoomfaktorn	factor
zoomobjektiv	zoom lens
zucchini	squash
à	to
ä	older
ä	swedish
äckel	disgust
äckelgubbe	perverted
äckla	disgust
äcklad	disgusted
äcklat ansikte	nauseated face
äcklig	disgusting
ädel	noble
ädelgas	noble gas
ädelmod	magnanimity
ädelpapegoja	eclectus roratus
ädelsten	gem
ädelsten	gem stone
ägare	owner
ägd	owned
ägg	egg
ägg	eggs
äggakaka	scanian dish
ägget	egg
äggkopp	eggcup
äggläggande	oviparous
äggplanta	eggplant
äggröra	scrambled eggs
äggskal	eggshell
äggstock	ovary
äggtoddy	eggnog
äggula	egg yolk
äggvita	egg white
äggviteämne	protein
ägiljett	aiglet
ägna	devote
ägo	possession
ägodel	belonging
ägretthäger	great egret
äh	eh
äkta	genuine
äkta bråk	proper fraction
äktenskap	marriage
äktenskapsbrott	adultery
äktenskapsbryterska	adulteress
äktenskapsförord	prenuptial agreement
äkthet	authenticity
äldre	older
äldre och folkhälsominister	minister
äldre person	older person
äldreomsorg	elderly care
äldste	elders
älg	elk
älgstudsare	rifle permitted
älgtest	moose test
älling	duckling
älska	love
älskad	loved
älskade	loved
älskar	love
älskare	lover
älskarinna	mistress
älsklig	sweet
älskling	darling
älsklings	favourite
älskvärd	lovely
älta	rickets
älv	river
älva	swedish mythology
älvdalsk	sweden
älvdalska	elfdalian
ämbar	bucket
ämbare	bucket
ämbete	public office
ämbetsman	functionary
ämna	intend
ämne	substance
ämne	subject
ämnen	topics
ämnesråd	senior adviser
ämnessakkunnig	special adviser
än	still
än	than
ändamål	purpose
ändamålsenlig	appropriate
ände	end
ändelse	ending
ändlig	finite
ändligdimensionell	finite dimensional
ändra	change
ändrad	changed
ändring	change
ändringar	changes
ändstation	endstation
ändtarm	rectum
ändå	yet
ändå	anyway
äng	meadow
ängel	angel
ängshök	montagu's harrier
ängslan	worry
ängslig	anxious
änka	widow
änkeman	widower
änkestöt	funny bone
änkling	widower
änne	forehead
ännu	another
ännu	yet
äntligen	at last
äntligen	finally
äppeljuice	apple juice
äppelknyckarbyxa	knickerbockers
äppelmos	apple sauce
äppelpaj	apple pie
äppelros	eglantine
äppelträd	apple tree
äpple	apple
äpplen	apples
är	ar
är	is
ära	honor
äregirig	ambitious
äregirighet	ambition
ärekränka	defame
ärekränkning	defamation
ärelysten	ambitious
ärende	matter
ärftlig	hereditary
ärja	plough
ärke	arch
ärkebiskop	archbishop
ärkefiende	archenemy
ärkerival	archrival
ärkeängel	archangel
ärla	wagtail
ärlig	honest
ärlighet	honesty
ärm	sleeve
ärna	intend
ärofull	honorable
ärofylld	honorable
ärorik	glorious
ärr	scar
ärsaknad	isna
ärskottår	isleapyear
ärt	pea
ärta	pea
ärva	inherit
äska	request
äskad	requested
äsping	viper
äss	ace
ässja	forge
äta	eat
äta upp	eat up
ätbar	edible
ätit	eaten
ätpinnar	chopsticks
ätstörning	eating disorder
ättföljd	generation
ättika	vinegar
ättikslag	pickle
ättiksyra	acetic acid
ättling	descendant
äv	also
även	even
ävensom	as well as
äventyr	adventure
äventyrlig	adventurous
äventyrligt	adventurously
ävja	mud
å	on
å andra sidan	on the other hand
åb	follow up visit
åda	common eider
åder	vein
åh	oh
åhléns	department store
åhöra	listen
åhörare	listeners
åhörarna	audience
åk	vehicle
åka	go
åkerstycke	field
åklaga	prosecute
åklagare	prosecutor
åklagarkammare	local
åkning	going
åkomma	illness
åkte	went
ål	eel
ålagille	autumn feast
ålandsrot	inula helenium
ålder	age
ålderdom	age
ålderdomlig	archaic
åldersgrupp	age group
åldfru	housekeeper
åldra	age
åldrande	aging
åldras	age
åldrig	very old
åmd	ymd
åmål	dalsland
ånga	steam
ångare	steamer
ångbåt	steamboat
ångerfull	contrite
ångest	anxiety
ångfartyg	steamship
ånglok	locomotive
ångmaskin	steam engine
ångpanna	steam boiler
ångra	regret
ångra	undo
ångrar	regret
ångras	undone
ångström	angstrom
ånyo	anew
år	3 dimensional euclidean space
år	year
åra	oar
åratal	years
årdel	yearfrac
årder	ard
årgång	year
århundrade	century
årlig	yearly
årliga	annual
årligen	annually
års	monthly
årsavskr	syd
årsbok	annual
årsfest	anniversary
årsränta	intrate
årstid	season
årsvis	annual
årta	garganey
årtal	year
årtionde	decade
årtusende	millennium
åsamka	cause
åsido	aside
åsidosätta	set aside
åsidosätta	override
åsikt	view
åsikt	opinion
åsikter	opinions
åsiktsbrott	act
åsiktskorridor	political correctness
åsiktsregistrera	register opinion
åska	thunder
åskblå	blue
åskskydd	lightning protection
åskväder	thunderstorm
åskåda	view
åskådare	spectator
åskådliggöra	visualize
åskådning	view
åsna	donkey
åstad	away
åstadkomma	achieve
åstadkommande	achievement
åstadkommen	achieved
åta	take upon
åtal	prosecution
åtala	indict
åtalseftergift	nolle prosequi
åtbörd	gesture
åtel	bait
åtelkamera	game camera
åter	once
återanvända	recycle
återanvändning	reuse
återbesök	follow up visit
återfinna	refind
återförening	reunion
återföreningsmatch	reunion match
återförsäkra	reinsure
återge	reproduce
återger	renders
återgiva	reproduce
återgivning	reproduction
återhämta	recover
återhämtning	recovery
återhållsam	abstemious
återigen	once again
återkalla	recall
återkomma	return
återkommande	recurring
återkomst	return
återlämna	hand
återlämning	returning
återskapa	reproduce
återskapa	recovery
återskapats	recovered
återställ	reset
återställa	reset
återställa	restore
återställare	pick me up
återställd	reset
återställer	resets
återställning	reset
återställningsinformation	autorecovery
återstå	remain
återstående	remaining
återuppbygga	reconstruct
återuppbyggnad	reconstruction
återuppnå	regain
återuppta	resume
återvinna	regain
återvinning	recycling
återvinningssymbol	recycling symbol
återvända	return
återvändsgränd	cul de sac
åtfärd	behaviour
åtfölja	follow
åtgärd	action
åtgärda	fix
åtgärder	actions
åtgärdsbedömning	action evaluation
åtkomst	access
åtkomstkod	access code
åtkomsträttigheter	rights
åtminstone	at least
åtnjuta	enjoy
åtrå	desire
åtråvärd	desirable
åtskillig	different
åtskilligt	much
åtta	eight
åttahundra	eight hundred
åttauddig spetsig stjärna	eight spoked asterisk
åttauddig stjärna	eight pointed star
åttio	eighty
åttioett	eighty one
åttioförsta	eighty first
åttionde	eightieth
åttiondel	eightieth
åttonde	eighth
åttondedel	eighth
åttondel	eighth
åttondelsfinal	quarterfinal
åttondelsnot	eighth note
åverkan	harm
åå	yy
åååå	yyyy
öb	supreme commander
öbo	islander
öde	empty
öde ö	desert island
ödegård	farm
ödekyrka	abandoned church
ödelägga	devastate
ödeläggande	devastating
ödeläggelse	devastation
ödem	edema
ödesdiger	fateful
ödesgemenskap	community
ödesgudinna	faith goddess
ödla	lizard
ödmjuk	humble
ödmjukhet	humility
ödsla	waste
öga	eye
öga för öga	eye for an eye
öga i pratbubbla	eye in speech bubble
ögd	eyed
ögla	curly loop
ögla	loop
ögna	glance
ögon	eyes
ögonaböj	immediately
ögonbindel	blindfold
ögonblick	moment
ögonblicklig	immediate
ögonblickligen	immediately
ögonbryn	eyebrow
ögonfrans	eyelash
ögonglob	eyeball
ögonhåla	eye socket
ögoninflammation	conjunctivitis
ögonkontakt	eye contact
ögonlock	eyelid
ögonläkare	ophthalmologist
ögonvita	sclera
ögonvittne	eyewitness
öh	uh
ök	beast of burden
öka	increase
ökad	increased
ökande	increasing
ökar	increases
öken	desert
ökenkatträv	kit fox
ökenlöpare	cream colored courser
ökenpipare	charadrius leschenaultii
öknamn	nickname
ökning	increase
ökt	shift
ökänd	infamous
öl	beer
öla	drink
öland	island
ölburk	beer can
ölmage	beer belly
ölstop	beer mug
ölöppnare	bottle opener
öm	sore
ömhet	tenderness
ömka	pity
ömkan	compassion
ömkansvärd	pitiful
ömkansvärt	pitifully
ömklig	pitiful
ömkligen	pitifully
ömsa	shed
ömse	both
ömsesidig	mutual
ömsom	alternately
ömtålig	fragile
ön	island
öna	give birth
önation	island nation
önska	wish
önskad	wanted
önskan	wish
önskar	wish
önskelista	wish list
önskemål	request
önskvärd	desirable
öppen	open
öppen bok	open book
öppen mapp	open file folder
öppen mängd	open set
öppenhjärtig	open hearted
öppenvård	outpatient care
öppet	openly
öppet lås	unlocked
öppna	open
öppna händer	open hands
öppnades	revert
öppnar	opens
öppnare	opener
öppning	opening
öppningsbar	dropdown
ör	agent noun
öra	ear
öra med hörapparat	ear with hearing aid
öre	currency
örfil	slap
örhänge	earring
öring	brown trout
örlig	war
örlogs	naval
örlogskapten	lieutenant commander
örlogsskola	navy academy
örn	eagle
örnfjäder	eagle feather
örngott	pillow case
örnnäste	eagle
örnvinge	wing
örnvråk	long legged buzzard
öron	ears
öronmärka	earmark
öronsäl	otariidae
ört	herb
örtagård	herb garden
örtte	herbal tea
ös	ous
ösa	scoop
öskar	bailer
ösregn	cloudburst
ösregna	rain cats and dogs
öst	east
östafrika	east africa
östat	island state
östblocket	eastern bloc
öster	east
österbotten	ostrobothnia
östergötland	landskap
österrikare	austrian
österrike	austria
österrike ungern	austria hungary
österrikiska	woman
östersjön	baltic sea
österut	east
östeuropa	eastern europe
östeuropa	eastern
östgötska	dialect
östkyrka	eastern church
östlig	east
östlig talgoxe	japanese tit
östra	eastern
östrogen	estrogen
östtimor	east timor
östtimor	timor
östtyska	woman
östtyskland	east germany
öva	practice
över	above
över	over
över min döda kropp	over my dead body
överallt	everywhere
överanstränga	overstrain
överansträngd	overstrained
överantvarda	deliver
överbefälhavare	supreme commander
överbestämd	overdetermined
överbibliotekarie	chief librarian
överblick	overview
överblicka	overview
överbrygga	bridge
överdel	upper
överdirektör	deputy director general
överdomstol	court
överdrift	exaggeration
överdriva	exaggerate
överdriven	exaggerated
överens	agreement
överenskomma	agree
överenskommelse	agreement
överensstämma	coincide
överensstämmelse	coincidence
överensstämmer	conform
överflöd	opulence
överflödig	superfluous
överföra	transmit
överföra	transfer
överförd	transmitted
överföring	transmission
överföringen	transmission
överförs	transmitted
överge	abandon
övergrepp	abuse
övergripande	comprehensive
övergå	exceed
övergång	transition
övergångsbestämmelse	transitional provision
övergångsställe	crosswalk
överhanden	the upper hand
överhuvudtaget	at all
överjag	superego
överkast	bedspread
överklaga	appeal
överlag	without exception
överlappande	imbricate
överlappande	overlapping
överlappning	overlap
överleva	survive
överlevde	survived
överlevnad	survival
överläge	advantage
överlägsen	superior
överlämna	hand over
överlåta	hand
överman	superior
övermäktig	superior
övermänsklig	superhuman
övernatta	overnight
överordnad	parent
överordnade	precedents
överraska	surprise
överraskande	surprising
överraskning	surprise
överreaktion	overreaction
överrumpla	blindside
överrösta	drown out
översatte	translated
överse	med
överseende	overlooking
översikt	overview
översiktsverk	review
överskatta	overestimate
överskattad	overestimated
överskjutande	excess
överskott	surplus
överskottsyrke	profession
överskreds	exceeded
överskrida	exceed
överskrift	heading
överskugga	overshadow
överskådlig	transparent
överspänd	overstrung
överspänningsskydd	surge protector
översta	topmost
överste	colonel
överstelöjtnant	lieutenant colonel
överstepräst	high priest
överstinna	wife
överstreck	overline
överstruken	overline
överstruken ringklocka	bell with slash
överstrykning	highlighting
överstrykning	overlining
överstrykningspenna	highlighter
överstå	endure
överstående	remaining
överstökad	done
översvämma	flood
översvämning	flood
översyn	review
översätta	translate
översättare	translator
översättning	translation
översättningsordbok	translation dictionary
överta	take over
övertag	upper hand
övertala	convince
övertid	overtime
övertoning	gradient
övertoningsränder	stripes
överträda	transgress
överträdelse	transgression
övertyga	convince
övertygelse	persuasion
övervaka	surveil
övervakning	surveillance
övervakningskamera	surveillance camera
övervakningsmyndighet	surveillance authority
övervara	attend
övervinna	defeat
övervintra	overwinter
övervintring	overwintering
överväga	consider
övervägande	predominant
överväldiga	overwhelm
överväldigande	overwhelming
överåklagare	director
övlig	usual
övning	exercise
övning ger färdighet	practice makes perfect
övningsbil	car
övningsflygning	training flight
övningshäfte	exercise book
övningsköra	learn
övre	upper
övre halvcirkel	upper half circle
övre volta	upper volta
övrig	other
