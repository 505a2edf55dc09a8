// Spaced repetition by FSRS (ts-fsrs): a correct answer rates Good, a miss rates Again. This
// module and those that import it are loaded only by `review` and `stats`, never by a quiz
// starting up.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card } from 'ts-fsrs';

// Whole days, not learning steps of minutes: a student quizzes once a day, so a miss comes back
// the next day and a right answer days later (`review --missed` is for going over misses at once).
// No fuzz: the same history always gives the same schedule, which a student (and a test) can check.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

export type { Card };

export const newCard = (at: Date): Card => createEmptyCard(at);

/** The card after one answer. A clock set back never schedules into the past. */
export function rate(card: Card, correct: boolean, at: Date): Card {
  const when = card.last_review && at < card.last_review ? card.last_review : at;
  return scheduler.next(card, when, correct ? Rating.Good : Rating.Again).card;
}

/** A card as JSON keeps it (dates as milliseconds), for the summary snapshot. */
export interface StoredCard {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: State;
  readonly last_review: number | null;
}

export const storeCard = (card: Card): StoredCard => ({
  due: card.due.getTime(),
  stability: card.stability,
  difficulty: card.difficulty,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- ts-fsrs 5 still reads it back; it goes with ts-fsrs 6
  elapsed_days: card.elapsed_days,
  scheduled_days: card.scheduled_days,
  learning_steps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  last_review: card.last_review ? card.last_review.getTime() : null,
});

export function reviveCard({ due, last_review, ...rest }: StoredCard): Card {
  return { ...rest, due: new Date(due), ...(last_review === null ? {} : { last_review: new Date(last_review) }) };
}
