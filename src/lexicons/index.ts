import abbreviations from './abbreviations.json';
import cueVerbs from './cue-verbs.json';
import functionWords from './function-words.json';
import outlets from './outlets.json';
import quoteMarks from './quote-marks.json';
import titles from './titles.json';

export { abbreviations, cueVerbs, functionWords, outlets, quoteMarks, titles };
