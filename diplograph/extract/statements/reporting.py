"""Reporting-verb and speaker lexicons: general English, shared by the statement extractors."""

from __future__ import annotations

from diplograph.kb.petrarch import speech_verbs
from diplograph.kb.roles import TITLE_HEADS

# Verbs that introduce speech (lemmas): general English, grouped after the CAMEO public-statement
# verb sets (explain, emphasize, observe, predict, repeat, appeal, allege, denounce, refute) and
# the usual verbs of news attribution. Cognitive verbs (think, believe) are left out on purpose.
_OWN_SPEECH = frozenset("""
say tell add state declare announce proclaim pronounce explain describe detail clarify elaborate
articulate convey communicate mention remark comment observe note cite quote recount relate narrate
stress emphasize emphasise underline underscore highlight insist reiterate repeat reaffirm affirm
maintain contend argue assert claim allege charge accuse blame condemn denounce decry criticize
criticise slam blast deny dispute refute rebut reject counter retort reply respond answer ask
question wonder inquire enquire query urge appeal plead implore warn caution
predict forecast estimate speculate suggest hint imply propose recommend advise concede acknowledge
admit confess confirm reveal disclose report brief testify inform assure reassure promise pledge
vow swear guarantee agree conclude recall complain lament regret protest boast joke quip exclaim
shout write tweet post blog publish email text message signal indicate point praise hail commend
welcome applaud thank express voice call press encourage demand
fume rage thunder roar snap scoff sneer gush rant vent aver avow label dub term characterize characterise
""".split())

# Verbs whose noun object is itself what was said, as readouts put it ("stressed the need for
# talks", "reaffirmed support for the alliance", "expressed concern over the strikes").
OBJECT_CONTENT = frozenset("""
stress emphasize emphasise underline underscore highlight reaffirm reiterate affirm express voice
convey note acknowledge recognize recognise pledge repeat vow promise
""".split())

# Nouns of what was said or written: their author speaks through them ("the ministry's statement said").
SPEECH_NOUNS = frozenset("""statement report declaration communique communiqué readout release letter bulletin
notice announcement decree""".split())

# Verbs of urging whose object and infinitive are the content ("urged Iran to return to talks").
DIRECTIVE = frozenset("urge ask call appeal press implore encourage invite warn tell advise".split())

# Nouns a sentence after a quotation points back with ("Those were the words of X", "That was X's verdict").
SAYING_NOUNS = frozenset("""word remark comment message warning verdict assessment view plea appeal answer reply
response promise pledge rebuke retort riposte criticism admission accusation vow threat demand observation complaint
reminder""".split())

# Those one gives orders to, not words to report: "told the driver to wait outside", "told his guards to close the
# gates" is an order, while "told reporters to expect" or "told Israel to stop" is said.
ORDER_TAKERS = frozenset("""driver chauffeur guard bodyguard staff staffer aide assistant secretary butler servant
maid employee worker crew pilot soldier troop officer policeman police personnel security escort""".split())

# Verbs whose direct object is whom the words were said to ("told TASS", "assured allies"), never what was said.
ADDRESSING = frozenset("tell inform assure reassure brief remind".split())

# Works of fiction and song: words spoken "in the novel" or "near the end of the film" are a character's.
FICTION_NOUNS = frozenset("""novel novella film movie play poem sitcom screenplay opera fable song lyric ballad
musical""".split())

# Verbs of refusal: a speech verb under them was not spoken ("declined to comment", "refused to say whether").
REFUSING = frozenset("decline refuse".split())

# Verbs of the occasion a speaker was speaking at ("X, speaking on Monday, said", "X, meeting in Y on Monday, called"),
# whose day is the words'.
OCCASION_VERBS = frozenset("speak talk address brief question quiz press ask meet gather convene".split())

# Threats are speech acts only with what is threatened ("threatened to veto"), not as "X threatens Y's jobs".
THREATS = frozenset("threaten".split())

# Verbs whose object plus an "as"-phrase is the reported content ("described X as important").
DESCRIBE_VERBS = frozenset("describe call characterize characterise term dub label brand".split())

# Verbs that judge their object "as" something: the quoted "as" phrase is what was said ("dismissed the
# report as 'fantasy'", "rejected the claims as 'absurd'", "hailed the deal as 'historic'").
LABELLING = frozenset("""dismiss reject condemn denounce decry hail welcome praise criticize criticise slam blast
deride ridicule brush""".split())

# Speech verbs that only count when they introduce a clause or a quotation, never bare objects.
_OWN_CLAUSE_ONLY = frozenset("""agree point indicate signal report charge welcome praise criticize
criticise accuse mention inform call answer ask thank hail commend applaud condemn denounce decry
slam blast blame reject dispute question express voice publish post text message email quote cite
relate brief testify threaten demand recommend propose advise swear guarantee label dub term
characterize characterise
fume rage thunder roar snap scoff sneer gush rant vent""".split())

# CAMEO's public-statement verbs that name thinking, feeling, seeing, counting or doing, not saying.
_NOT_SAYING = frozenset("""
see saw watch notice view regard witness suspect doubt hope desire need necessitate worry worried concern
figure anticipate await envisage foresee count total tally calculate measure gauge assess review compete
compensate counterbalance involve risk endanger frustrate disappoint dishearten sadden dismay humble
humiliate disgrace debase degrade defile imitate mimic copy scatter spread disperse dissipate diffuse
distribute disseminate circulate propagate intrude obtrude trespass pry apply push campaign crusade
contravene contrast differ distrust despair grieve mourn weep wail score sum bid order spotlight
pinpoint impress involve implicate regret dispense address refer define depict outline review speak talk
request petition solicit threaten
""".split())
# The CAMEO verbs this lexicon lacks: speech only with a reported clause or quotation after them.
CAMEO_SPEECH = frozenset(lemma for lemma in speech_verbs() if " " not in lemma and lemma not in _NOT_SAYING)
SPEECH_VERBS = _OWN_SPEECH | CAMEO_SPEECH
CLAUSE_ONLY = _OWN_CLAUSE_ONLY | (CAMEO_SPEECH - _OWN_SPEECH)

# Verbs of blame whose object and its "of"/"for" phrase are the charge ("accused Kyiv of stalling").
ACCUSING = frozenset("""accuse blame criticize criticise slam blast condemn denounce fault rebuke chide
castigate censure berate lambaste scold reproach reprimand""".split()) \
    | frozenset(lemma for lemma, kind in speech_verbs().items() if kind == "accuse" and " " not in lemma)
# Verbs of condemnation whose bare object is already what was said ("condemns the attack").
CONDEMNING = frozenset("condemn denounce deplore decry".split())

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
FIRST_PERSON = frozenset("i me my we us our".split())

# Head nouns of descriptions that can stand for a person ("the Labour leader", "the spokesman").
PERSON_TITLES = frozenset("""
leader president premier minister chancellor spokesman spokeswoman spokesperson secretary envoy
ambassador diplomat king queen prince emir sheikh monarch ruler chief head official adviser
advisor aide negotiator general commander mayor governor senator lawmaker representative
congressman congresswoman speaker counterpart prime deputy foreign director chairman chairwoman
chair pope strongman dictator commissioner host
""".split()) | TITLE_HEADS  # with the role lexicon's heads ("chairperson", "rapporteur", "prosecutor")
# Offices that speak ("the mediator said") beside those events also read as participants.
SPEAKER_TITLES = PERSON_TITLES | frozenset("mediator facilitator ombudsman".split())

# Words that mark a speaker phrase as generic (never resolved to an actor).
GENERIC_SPEAKERS = frozenset("""
people person someone many some others report reports
""".split())

# Unnamed sources: still speakers, as an actor of their own ("a senior EU official", "two diplomats").
UNNAMED_SOURCES = frozenset("""
source sources official officials analyst analysts expert experts observer observers diplomat diplomats
critic critics resident residents witness witnesses authority authorities insider insiders aide aides
lawmaker lawmakers negotiator negotiators group groups campaigner campaigners activist activists delegate delegates lawyer lawyers
transporter transporters trucker truckers trader traders merchant merchants farmer farmers fisherman fishermen
villager villagers shopkeeper shopkeepers locals
""".split())  # a trade or a community speaking as a crowd ("Transporters on both sides said"): no named source

# Plural heads that, counted ("both sides", "the two leaders"), stand for the parties just named.
PLURAL_PARTIES = frozenset("""side party leader minister participant counterpart delegation head president premier
country state government nation""".split())  # "the two heads of state", "both countries" (a joint communiqué's voice)

# Epithets a story uses for a person it has just named ("the firebrand fumed", "the veteran said").
PERSON_EPITHETS = frozenset("""
firebrand veteran politician hardliner populist incumbent tycoon billionaire mogul statesman stateswoman
campaigner activist dissident reformist newcomer former ex strongman opposition candidate
""".split())
