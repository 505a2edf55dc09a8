// What src/quiz offers the rest of the program: the one way questions are picked, grading, one
// answer recorded, and the report of a session. Pure: no disk, no terminal.
export { askedAgain, selectQuestions, type QuizItem, type Selected, type Selection } from './select.js';
export { gradeAnswer, shortAnswerMatch, type Given, type Grade, type Grading } from './grade.js';
export { answerItem, type Outcome } from './session.js';
export { buildReport, reportQuestion, type ArticleScore, type Report, type ReportQuestion } from './report.js';
export { bankWords } from './bank-words.js';
