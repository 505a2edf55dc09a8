// Word lists the rules below consult. wink-nlp's lite model tags proper nouns but does not say
// whether one is a person, an organisation or a place. Running a recogniser over whole texts
// (compromise's, for one) took over a minute on the Brown corpus where wink takes four seconds; so
// citequiz types proper nouns by the words around them, as a reader of news would, and asks
// compromise's lexicon only about a name those words leave untyped, once per name
// (resources/names.ts).

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words before a name that make it a person's: "Dr Jane Hall", "Housing Minister Katarina Holm". */
export const PERSON_TITLES = set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady
  president minister councillor councilor coach captain chancellor senator governor mayor judge
  officer sergeant inspector detective constable superintendent commissioner bishop pope king queen
  prince princess general colonel major lieutenant secretary spokesman spokeswoman spokesperson
  manager striker midfielder defender goalkeeper chairman chairwoman chair ceo founder director
  researcher scientist author professor dr economist analyst leader deputy mp`);

/** Verbs of saying: a name right before one is a speaker. */
export const SPEECH_VERBS = set(
  'said says told added explained warned wrote claimed insisted stated argued noted admitted',
);

/** Lower-case words for what a person is or does, that name the person next to them ("actress Negar Khan"). */
export const ROLE_NOUNS = set(`actor actress singer model star player boss chief executive lawyer
  musician rapper comedian presenter director producer writer novelist poet artist designer
  footballer cricketer athlete runner boxer golfer champion winger forward batsman bowler
  spokesman spokeswoman analyst economist chairman chairwoman founder
  campaigner activist singer-songwriter businessman businesswoman entrepreneur banker trader
  candidate politician lawmaker legislator diplomat ambassador envoy official
  journalist reporter editor broadcaster pianist guitarist drummer composer dancer
  teenager student teacher doctor nurse surgeon pilot soldier victim witness officer minister
  secretary president premier governor mayor judge prosecutor`);

/** Words that make a proper noun an organisation. */
export const ORGANISATION_WORDS = set(`company council university college party ministry agency police club
  group association committee bank corporation corp inc ltd plc llc fc institute department
  office authority service services union federation league assembly parliament government court
  airline airlines coaches freight shipping news times post school hospital foundation society
  commission board organisation organization network press broadcasting army navy force forces
  trust charity institution museum laboratory lab centre center agency congress senate cabinet
  squad holdings partners industries motors systems technologies labs alliance coalition movement
  front forum bloc house times intelligence`);

/** Prepositions after which a proper noun is usually a place. */
export const PLACE_PREPOSITIONS = set('in at near outside across throughout inside');

/** Pronouns that leave a question without its referent when they stand in the prompt. */
export const UNRESOLVED_PRONOUNS = set(`he she it they him her them his hers its their theirs this these those
  we us our ours i me my mine you your yours himself herself itself themselves there`);

/** "the group" and its kin: a definite noun that needs the sentence before it to be understood. */
export const REFERENT_NOUNS = set(`group company firm man woman men women organisation organization team
  club pair couple agency suspect suspects victim boy girl official officials spokesman spokeswoman
  attacker attackers gunman gunmen killer authorities figure number total amount party side sides
  country city town district board school hospital court plant factory project scheme trial study
  report programme program mission service department ministry government committee council
  company's group's club's league organisers organizers researchers scientists officials
  prosecutors investigators residents victims students teachers workers scheme site area region
  claims claim move decision deal plan proposal announcement allegations findings incident scandal
  talks charges row dispute`);

/** Dates that only make sense from the day an article appeared. */
export const RELATIVE_DATES = set(`today yesterday tomorrow tonight recently now currently last next this
  week weekend month year earlier later ago`);

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A capitalised month or day is no name: "Friday" does not say which story a prompt is about. */
export const isCalendarWord = (word: string): boolean =>
  MONTHS.includes(word.toLowerCase()) || WEEKDAYS.includes(word.toLowerCase());

/** Function words: never the content of an answer, never evidence that a prompt leaks it. */
export const STOP_WORDS = set(`a an the of in on at to for from by with and or but as is are was were be been
  being has have had do does did not no than that which who whom whose what when where why how its
  it this these those there their his her he she they them we our you your i me my about over after
  before into per some any all more most many much such very also just only up down out off than s`);

/** Whom a toll counts: "people killed", not "fighters" or "leaders" killed in a campaign. */
const PEOPLE = set(`people persons civilians children adults passengers pedestrians residents
  tourists villagers workers victims students pupils households families`);

/**
 * What a toll counts, by the words next to its figure ("killed 3 people", "left 4 people dead",
 * "destroyed 41 homes", "had burned 3,200 hectares") and the thing counted; each is asked in the
 * words after its "How many ...".
 */
export const TOLLS: readonly {
  readonly words: ReadonlySet<string>;
  readonly counted: ReadonlySet<string>;
  readonly asked: string;
}[] = [
  {
    words: set('kill killed dead die died death deaths murder murdered drown drowned perish perished'),
    counted: PEOPLE,
    asked: 'were killed',
  },
  { words: set('injure injured wound wounded hurt'), counted: PEOPLE, asked: 'were injured' },
  { words: set('evacuate evacuated evacuation flee fled'), counted: PEOPLE, asked: 'were evacuated' },
  {
    words: set('destroy destroyed lose lost gone razed'),
    counted: set('homes houses buildings properties businesses schools shops'),
    asked: 'were destroyed',
  },
  {
    words: set('burn burned burnt grow grown scorched blackened'),
    counted: set('hectares acres'),
    asked: 'had burned',
  },
];

/**
 * What explains that an earlier report says something had not happened and a later one says it
 * had, the right explanation first: the others are what a careless reader would say of two reports
 * that differ.
 */
export const STORY_UPDATE_CHOICES: readonly string[] = [
  'The earlier report was written before it happened.',
  'The later report corrects a mistake in the earlier one.',
  'The two reports are about different events.',
  'The reports rely on different witnesses.',
];

/** Verbs whose past is spelt as their base form: "Koeman quit", "the river burst its banks". */
export const PAST_AS_BASE: ReadonlySet<string> = new Set(
  'quit cut put set hit cost let shut spread hurt bet cast bid split burst upset broadcast forecast shed'.split(' '),
);
