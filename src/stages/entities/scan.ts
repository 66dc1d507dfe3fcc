import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import type { KbEntry, KbName, KnowledgeBase } from '../../kb/types.js';
import type { EntityType } from '../../record/types.js';
import type { Candidate, RoleSpec } from './candidates.js';
import {
  abbreviatedTitles, blockers, compassWords, connectors, orgSectors, orgWords, extendedConnectors, nameAdjectives, possessiveNameWords, eventWords, honorifics, locHeads, locSuffixes, locativePrepositions,
  orgHeads, orgSuffixes, peopleAdjectives, rankPrefixes, roleNouns, speechVerbs, stateSuffixes, stopwords, titles, type PhraseTable,
} from './lexicon.js';
import { nameTrie, type NameNode } from './name-trie.js';
import { inCapitals, tokenView, type TokenView } from './tokens.js';
import { isTitleCaseCount, TITLE_CASE_WORDS } from '../../util/title-case.js';

interface GazMatch {
  end: number;
  name: KbName;
  entry: KbEntry;
}

// Connectors that may sit inside one capitalised name ("Bank of England",
// "Ursula von der Leyen"); "and" is left out so "Starmer and Macron" stays two.
const INNER = new Set([...connectors].filter((w) => w !== 'and' && w !== '&' && w !== 'in' && w !== 'on' && w !== 'y'));
// Organisation words that also open names: "Police Scotland", "Transport for London".
const FIRST_ORG_WORDS = new Set(['police', 'transport', 'amnesty', 'save', 'friends', 'doctors', 'reporters']);
// "D-Texas", "R-Utah": a US legislator's party and state, not a name.
const PARTY_STATE = /^[dri]-[a-z]/;
// Days and months: "Miami Tuesday" is a place and a date.
const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
// Event words that make a day of the calendar: "Labor Day", "Armistice Day", "Ramadan Week".
const DAY_WORDS = new Set(['day', 'week']);
// A numeral ending an event's name ("World War II") leaves its head word before it.
const ROMAN_NUMERAL = /^(i{1,3}|iv|vi{0,3}|ix|x)$/;
/** Forms of government that name a state before "of" and its place: "Kingdom of Italy". */
const STATE_HEADS = new Set([...stateSuffixes, 'republic']);
/** Words after which a name says whose office or government it is: "president of France", "government in Riyadh". */
const OF: ReadonlySet<string> = new Set(['of']);
const OF_OR_IN: ReadonlySet<string> = new Set(['of', 'in']);
const TITLE_WORDS = new Set(['leader', 'speaker', 'secretary', 'minister', 'chairman', 'chair', 'director', 'chief', 'spokesman', 'spokeswoman', 'adviser', 'commissioner', 'governor', 'senator', 'judge', 'editor', 'correspondent', 'president', 'whip', 'ambassador']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '«', '``']);

/**
 * Finds mention candidates sentence by sentence: knowledge-base names (longest
 * first), capitalised sequences with their titles and honorifics, and role
 * nouns ("the Prime Minister", "the Labour leader").
 */
export class Scanner {
  private readonly t: TokenView;
  readonly out: Candidate[] = [];
  private sentenceEnd = -1;
  /** Title Case line ("Trump Was 'Mocking' Clinton Camp"): capitals say nothing, only known names count. */
  private headline = false;
  private readonly memo = new Map<number, GazMatch | null>();

  /** The KB's names as a word tree (see name-trie.ts). */
  private readonly trie: Map<string, NameNode>;

  constructor(private readonly doc: Doc, private readonly kb: KnowledgeBase) {
    this.t = tokenView(doc);
    this.trie = nameTrie(kb);
  }

  scan(): Candidate[] {
    for (const s of this.doc.sentences) {
      const a = this.doc.tokenIndexAt(s.start);
      let b = a;
      while (b < this.t.count && this.t.starts[b]! < s.end) b++;
      this.sentence(a, b);
    }
    return this.out;
  }

  private sentence(a: number, b: number): void {
    const t = this.t;
    this.sentenceEnd = b;
    this.memo.clear();
    this.headline = isHeadline(t, a, b);
    let clauseStart = true;
    let i = a;
    while (i < b) {
      const kind = t.kinds[i];
      if (kind === TokenKind.Punct || kind === TokenKind.Symbol) {
        if (OPENERS.has(t.text.slice(t.starts[i], t.ends[i]))) clauseStart = true;
        i++;
        continue;
      }
      if (t.norm[i] === 'the') {
        const next = this.rolePhrase(i, b);
        if (next > i) { i = next; clauseStart = false; continue; }
      }
      if (t.cap[i] && kind === TokenKind.Word) {
        i = this.capitalised(i, b, clauseStart);
      } else i++;
      clauseStart = false;
    }
  }

  /** "the [former] [Chinese|Labour|UK] premier": role mention plus any name inside. */
  private rolePhrase(i: number, b: number): number {
    const t = this.t;
    let k = i + 1;
    let blocked = false;
    const spec: Partial<RoleSpec> = {};
    const inner: Candidate[] = [];
    for (let n = 0; n < 3 && k < b; n++) {
      if (blockers.has(t.norm[k]!) && !phraseAt(roleNouns, t, k, b)) { blocked = true; k++; continue; }
      if (!t.cap[k]) break;
      const g = this.gazetteer(k, b);
      if (!g || t.poss[g.end - 1]) break;
      const e = g.entry;
      if (g.name.kind === 'demonym') spec.country = e.country;
      else if (e.type === 'GPE' && e.id.startsWith('country:')) { spec.country = e.country; inner.push(this.fromKb(k, g)); }
      else if (e.sector === 'PTY') { spec.party = e.id; spec.country = e.country; inner.push(this.fromKb(k, g)); }
      else break;
      k = g.end;
    }
    const government = t.norm[k] === 'government' || t.norm[k] === 'administration';
    const role = government ? { words: [t.norm[k]!], value: 'government' } : phraseAt(roleNouns, t, k, b);
    if (!role) return i;
    const end = k + role.words.length;
    // "the president of France", "the leader of the Liberal Democrats": whose office it is.
    const of = government ? null : this.roleOf(end, b);
    if (of && of !== 'other') Object.assign(spec, of);
    // "the government in Riyadh", "the government of Iraq": whose government it is.
    const seat = government && !spec.country ? this.placeAfter(end, b) : undefined;
    if (seat) spec.country = seat;
    // "the Labour leader Keir Starmer": the name that follows is the mention.
    if (end < b && t.cap[end] && t.kinds[end] === TokenKind.Word && !government) {
      this.out.push(...inner);
      return end;
    }
    this.out.push(...inner);
    const appositive = this.personBeforeComma(i);
    // "the leader of al-Qaeda" holds an office of that body: no country's office-holder, only a person named beside it.
    if (of === 'other' && !appositive) return end;
    if (!blocked) {
      const capital = t.cap[k] === 1;
      this.out.push({
        ...(appositive && { appositive }),
        start: t.starts[i]!, end: t.ends[end - 1]!, kind: capital ? 'title' : 'role', type: government ? 'ORG' : 'PERSON', words: [],
        role: { office: role.value, ...spec, ...(government && { government: true }) },
      });
    }
    return end;
  }

  /**
   * "of France", "of the Liberal Democrats" after a role noun: the country or
   * party whose office it is; 'other' when a name that is neither follows
   * ("the leader of al-Qaeda"); null when no "of" name does.
   */
  private roleOf(at: number, b: number): { country?: string; party?: string } | 'other' | null {
    const t = this.t;
    const q = this.nameAfterWord(at, b, OF);
    if (q < 0) return null;
    const g = this.gazetteer(q, b);
    if (!g || g.name.kind === 'demonym' || t.poss[g.end - 1]) return 'other';
    const e = g.entry;
    if (e.type === 'GPE' && e.id.startsWith('country:')) return { country: e.country };
    if (e.sector === 'PTY') return { party: e.id, ...(e.country && { country: e.country }) };
    return 'other';
  }

  /** The country of a place named after "in" or "of" at `at` ("in Riyadh", "of Iraq"). */
  private placeAfter(at: number, b: number): string | undefined {
    const q = this.nameAfterWord(at, b, OF_OR_IN);
    if (q < 0) return undefined;
    const g = this.gazetteer(q, b);
    return g && g.name.kind !== 'demonym' && g.entry.type === 'GPE' ? g.entry.country : undefined;
  }

  /** The capitalised word after the word at `at`, one of `words`, and an optional "the"; -1 when there is none. */
  private nameAfterWord(at: number, b: number, words: ReadonlySet<string>): number {
    const t = this.t;
    if (!words.has(t.norm[at]!)) return -1;
    const q = t.norm[at + 1] === 'the' ? at + 2 : at + 1;
    return q < b && t.cap[q] ? q : -1;
  }

  /** The end of the capitalised words from `from`, up to and including a possessive one ("Britain's"). */
  private nameRunEnd(from: number, b: number): number {
    const t = this.t;
    let k = from;
    while (k < b && t.cap[k] && t.kinds[k] === TokenKind.Word && !t.poss[k - 1]) k++;
    return k;
  }

  /**
   * James "Buster" Douglas, Marcia "Cia" Price: a given name, a nickname of one
   * or two capitalised words in quotation marks, and a surname are one person,
   * whose name words (what later mentions match) leave the nickname out.
   * Returns the index after the surname, or -1.
   */
  private nicknamed(i: number, b: number): number {
    const t = this.t;
    if (i + 3 >= b || !isQuoteMark(t, i + 1) || !this.kb.givenNames.has(t.norm[i]!)) return -1;
    let k = i + 2;
    while (k < b && k - i <= 3 && t.cap[k] && t.kinds[k] === TokenKind.Word) k++;
    if (k === i + 2 || k + 1 >= b || !isQuoteMark(t, k) || !t.cap[k + 1] || t.kinds[k + 1] !== TokenKind.Word) return -1;
    const end = this.nameRunEnd(k + 2, b);
    this.out.push({ start: t.starts[i]!, end: t.ends[end - 1]!, kind: 'name', type: 'PERSON', words: [t.norm[i]!, ...t.norm.slice(k + 1, end)] });
    return end;
  }

  /**
   * "Khizr and Ghazala Khan", "Bill and Hillary Clinton": a lone given name
   * joined by "and" to a full name shares its surname, so it is a person of
   * that name (the mention is the given name alone). Not a given name the KB
   * knows as a name of its own, nor a word of someone named before, nor
   * inside a body's name. True when one was pushed for token i.
   */
  private sharedSurname(i: number, b: number): boolean {
    const t = this.t;
    const k = i + 2;
    if (k + 1 >= b || t.norm[i + 1] !== 'and' || t.cap[i + 1] || !t.cap[k] || t.poss[i]) return false;
    if (!this.kb.givenNames.has(t.norm[i]!) || !this.kb.givenNames.has(t.norm[k]!) || this.gazetteer(i, b)) return false;
    const end = this.nameRunEnd(k + 1, b);
    if (end === k + 1) return false;
    // "the Bill and Melinda Gates Foundation" names a body; "Hillary and Tim Kaine", "Cooper and Martha
    // Raddatz" a person named before by that word (a given name or a surname) and someone else.
    for (let w = k; w < end; w++) if (orgWords.has(t.norm[w]!) || orgSuffixes.has(t.norm[w]!)) return false;
    if (this.out.some((c) => c.type === 'PERSON' && c.words.includes(t.norm[i]!))) return false;
    const words = [t.norm[i]!, t.norm[end - 1]!];
    const fullName = `${t.text.slice(t.starts[i]!, t.ends[i]!)} ${t.text.slice(t.starts[end - 1]!, t.ends[end - 1]!)}`;
    // The full name may be one the KB knows ("Bill Clinton").
    const known = this.kb.names.get(words.join(' '))?.map((n) => this.kb.entries.get(n.id)).find((e) => e?.type === 'PERSON');
    this.out.push({
      start: t.starts[i]!, end: t.ends[i]!, kind: 'name', type: 'PERSON', words, fullName,
      ...(known && { kbId: known.id, ...(known.country && { country: known.country }) }),
    });
    return true;
  }

  /** "Angela Rayner, the Deputy Prime Minister": the person named just before ", the". */
  private personBeforeComma(i: number): Candidate | undefined {
    const t = this.t;
    if (i < 2 || t.text.charCodeAt(t.starts[i - 1]!) !== 44) return undefined;
    const last = this.out[this.out.length - 1];
    return last && last.type === 'PERSON' && !last.role && last.end === t.ends[i - 2] ? last : undefined;
  }

  /** A run of capitalised words starting at i; returns the index after what it used. */
  private capitalised(i: number, b: number, clauseStart: boolean): number {
    const t = this.t;
    const nicknamed = this.nicknamed(i, b);
    if (nicknamed > 0) return nicknamed;
    if (this.sharedSurname(i, b)) return i + 1;
    let j = i + 1;
    while (j < b && (!t.poss[j - 1] || possessiveNameWords.has(t.norm[j - 1]!))) {
      if (this.headline && stopwords.has(t.norm[j]!)) break;
      if (t.cap[j] && t.kinds[j] === TokenKind.Word) j++;
      else if ((this.abbreviationDot(j) || this.pluralPossessive(j)) && j + 1 < b && t.cap[j + 1]) j++;
      else if (INNER.has(t.norm[j]!) && j + 1 < b && t.cap[j + 1] && t.kinds[j + 1] === TokenKind.Word && !t.cap[j]) j += 2;
      else break;
    }
    let p = i;
    while (p < j && stopwords.has(t.norm[p]!) && !((nameAdjectives.has(t.norm[p]!) || this.kb.givenNames.has(t.norm[p]!)) && p + 1 < j) && !titleAt(t, p, j) && !honorifics.has(t.norm[p]!) && !this.gazetteer(p, b)) p++;
    if (p === j) return j;
    // "Mike Allen of Politico", "Elizabeth Warren of Massachusetts": the person ends at "of".
    const of = this.personBeforeOf(p, j);
    if (of > 0) j = of;
    const sentenceInitial = (clauseStart && p === i) || this.headline;
    const whole = this.gazetteer(p, b);
    if (whole && whole.end >= j) {
      this.pushKb(p, whole, b);
      return whole.end;
    }
    const long = this.longOrganisation(p, j, b);
    if (long > j && !(whole && whole.end >= long)) {
      this.pushUnknown(p, long, 'ORG', false);
      return long;
    }
    if (this.stateOfPlace(p, j, b)) return j;
    if (j - p >= 2 && !titleAt(t, p, j) && !honorifics.has(t.norm[p]!)) {
      const type = phraseType(t, p, j);
      if (type) {
        this.pushUnknown(p, j, type, false);
        // "the G20 Summit" holds the G20; "Labor Day" no Labor Party.
        if (type === 'EVENT' && !DAY_WORDS.has(t.norm[j - 1]!)) this.nestedKbNames(p, j);
        return j;
      }
    }
    this.pieces(p, j, b, sentenceInitial);
    return j;
  }

  /**
   * "Kingdom of Italy", "Republic of Texas", "Emirate of Afghanistan": a state
   * named as a form of government of a place is one mention, not a fragment
   * ("Kingdom of") and the place: of a country, that country; of another
   * place, a state (GPE) of its country. True when tokens [p, j) are such a
   * name, which is then pushed.
   */
  private stateOfPlace(p: number, j: number, b: number): boolean {
    const t = this.t;
    if (!STATE_HEADS.has(t.norm[p]!) || t.norm[p + 1] !== 'of') return false;
    const q = t.norm[p + 2] === 'the' ? p + 3 : p + 2;
    const g = q < j ? this.gazetteer(q, b) : null;
    if (!g || g.end !== j || g.entry.type !== 'GPE' || g.name.kind === 'demonym') return false;
    // Of a country, the country itself ("Republic of Turkey", "Kingdom of Saudi Arabia"), as event data codes it.
    if (g.entry.id.startsWith('country:')) this.out.push({ ...this.fromKb(q, g), start: t.starts[p]! });
    else this.out.push({ start: t.starts[p]!, end: t.ends[j - 1]!, kind: 'name', type: 'GPE', words: t.norm.slice(p, j), ...(g.entry.country && { country: g.entry.country }) });
    return true;
  }

  /**
   * "Council on Foreign Relations", "Union for a Popular Movement", "Center for
   * Strategic and International Studies": a capitalised run continued through
   * small words, kept whole only when it reads as an organisation (an
   * organisation word first, or last). Returns the end, or j if not.
   */
  private longOrganisation(p: number, j: number, b: number): number {
    const t = this.t;
    // "John Dunlop of the Ulster Unionist Party" is a person and a party.
    if (this.kb.givenNames.has(t.norm[p]!) && !orgHeads.has(t.norm[p]!)) return j;
    let end = j;
    let k = j;
    while (k < b && !t.poss[k - 1]) {
      let c = k;
      while (c < b && c - k < 2 && !t.cap[c] && extendedConnectors.has(t.norm[c]!)) c++;
      if (c === k || c >= b || !t.cap[c] || t.kinds[c] !== TokenKind.Word) break;
      // "the X Association and the Y Trust" are two organisations.
      if ((t.norm[k] === 'and' || t.norm[k] === '&') && orgSuffixes.has(t.norm[k - 1]!)) break;
      // "Members of the Security Council": a known name after the small words stands alone.
      const known = this.gazetteer(c, b);
      if (known && known.end >= c + 1 && !orgHeads.has(t.norm[p]!)) {
        let runEnd = c;
        while (runEnd < b && t.cap[runEnd] && t.kinds[runEnd] === TokenKind.Word) runEnd++;
        if (known.end >= runEnd) break;
      }
      k = this.nameRunEnd(c, b);
      if (orgHeads.has(t.norm[p]!) || orgSuffixes.has(t.norm[k - 1]!)) end = k;
    }
    return end;
  }

  /**
   * "Minister for Health [Simon Harris]", "Secretary for Foreign Affairs": the
   * portfolio after a title's "for" belongs to the title, up to a given name or
   * a name the KB knows. Returns the token after it, or `q` when there is none.
   */
  private portfolio(q: number, j: number, b: number): number {
    const t = this.t;
    if (t.norm[q] !== 'for' || q + 1 >= j || !t.cap[q + 1]) return q;
    let k = q + 1;
    while (k < j && (t.cap[k] || (t.norm[k] === 'and' && t.cap[k + 1])) && !this.kb.givenNames.has(t.norm[k]!) && !(k > q + 1 && this.gazetteer(k, b))) k++;
    return k;
  }

  /** Titles, honorifics, KB names and unknown name runs inside one capitalised run. */
  private pieces(p: number, j: number, b: number, sentenceInitial: boolean): void {
    const t = this.t;
    let prefixStart = -1;
    let title: string | undefined;
    let gender: string | undefined;
    let honorific: string | undefined;
    let country: string | undefined;
    const flushTitle = (at: number) => {
      if (prefixStart >= 0 && title) {
        this.out.push({ start: t.starts[prefixStart]!, end: t.ends[at - 1]!, kind: 'title', type: 'PERSON', words: [], role: { office: title, ...(country && { country }) } });
      }
      prefixStart = -1; title = undefined; gender = undefined; country = undefined;
    };
    let q = p;
    while (q < j) {
      if (this.abbreviationDot(q) || this.pluralPossessive(q) || !t.cap[q]) { q++; continue; }
      // "Vice Foreign Minister": the rank makes another office than the title's, which no KB holder has.
      const rank = rankPrefixes.has(t.norm[q]!) && q + 1 < j ? t.norm[q] : undefined;
      const tt = phraseAt(titles, t, rank ? q + 1 : q, j);
      if (tt && !(tt.words.length === 1 && q + 1 < j && this.isKbName(q, b))) {
        if (prefixStart < 0) prefixStart = q;
        title = rank ? `${rank} ${tt.value}` : tt.value;
        q += tt.words.length + (rank ? 1 : 0);
        const portfolio = this.portfolio(q, j, b);
        if (portfolio > q) {
          title = portfolioOffice(title, t.norm.slice(q + 1, portfolio));
          q = portfolio;
        }
        continue;
      }
      const h = honorifics.get(t.norm[q]!);
      if (h !== undefined && q + 1 < j) {
        if (prefixStart < 0) prefixStart = q;
        gender = h;
        honorific = t.norm[q];
        q++;
        continue;
      }
      // "Ms. Warren", "Mr. Jordan": after an honorific a place's name is a surname.
      const surname = honorific !== undefined && prefixStart >= 0 && this.oneWordPlace(q, b);
      const g = surname || this.placeBeforeName(q, j, b) ? null : this.gazetteer(q, b);
      if (g && prefixStart < 0 && this.townOrganisation(g, q, j, b)) {
        // A compass word last makes a constituency: "Belfast North".
        this.pushUnknown(q, j, phraseType(t, q, j) ?? (compassWords.has(t.norm[j - 1]!) ? 'LOC' : 'ORG'), false);
        q = j;
        continue;
      }
      if (g) {
        const e = g.entry;
        const beforeTitle = g.end < j && phraseAt(titles, t, g.end, j) !== null;
        if (g.name.kind === 'demonym' && beforeTitle) {
          if (prefixStart < 0) prefixStart = q;
          country = e.country;
          q = g.end;
          continue;
        }
        const withDemonym = g.name.kind === 'demonym' ? this.nameWithDemonym(p, q, g.end, j, b) : null;
        if (withDemonym) {
          this.pushUnknown(q, j, phraseType(t, q, j) ?? withDemonym, false);
          q = j;
          continue;
        }
        if (e.type === 'PERSON') {
          const start = prefixStart >= 0 ? prefixStart : q;
          this.out.push({ ...this.fromKb(q, g), start: t.starts[start]!, ...(title && { title }), ...(gender !== undefined && { gender }) });
          prefixStart = -1; title = undefined; gender = undefined; country = undefined;
          q = g.end;
          continue;
        }
        if (prefixStart >= 0) flushTitle(q);
        if (g.end < j && eventWords.has(t.norm[g.end]!) && e.type !== 'PERSON') {
          this.pushUnknown(q, g.end + 1, 'EVENT', false);
          this.pushKb(q, g, b);
          q = g.end + 1;
          continue;
        }
        this.pushKb(q, g, b);
        q = g.end;
        continue;
      }
      // An unknown run of name words, up to the next title, honorific or KB name.
      let r = q + 1;
      while (r < j && !(orgSuffixes.has(t.norm[r - 1]!) && this.kb.givenNames.has(t.norm[r]!)) && !(prefixStart >= 0 && t.norm[r] === 'of') && !phraseAt(titles, t, r, j) && !(honorifics.has(t.norm[r]!) && r + 1 < j) && !this.splitsRun(q, r, b)) r++;
      // "Senate Majority Leader Chuck Schumer": a given name after unknown title words starts the person.
      if (prefixStart < 0 && r - q >= 3) {
        for (let k = q + 1; k < r - 1; k++) {
          if (this.kb.givenNames.has(t.norm[k]!) && (orgWords.has(t.norm[k - 1]!) || TITLE_WORDS.has(t.norm[k - 1]!))) {
            prefixStart = q;
            q = k;
            break;
          }
        }
      }
      if (prefixStart >= 0) {
        this.out.push({
          start: t.starts[prefixStart]!, nameStart: t.starts[q]!, end: t.ends[r - 1]!, kind: 'name', type: 'PERSON', words: t.norm.slice(q, r),
          ...(title && { title }), ...(gender !== undefined && { gender }), ...(country && { country }), ...(honorific && { honorific }),
        });
        honorific = undefined;
        prefixStart = -1; title = undefined; gender = undefined; country = undefined;
      } else {
        this.unknownRun(q, r, sentenceInitial && q === p);
      }
      q = r;
    }
    flushTitle(j);
  }

  /**
   * A run opening with a one-word demonym, the rest capitalised words neither
   * known to the KB nor a title, that is one name with it: its type unless
   * its words say otherwise, or null. Split, "Legion" before "wrote" was taken
   * for a person, "Museum" for a name of its own and "Kurds" for a name with
   * no country.
   *  - ORG: a definite run, no honorific in it ("The American Legion", "the British Museum");
   *  - NORP: one capitalised plural ending the run, a people of that country ("Iraqi Kurds").
   */
  private nameWithDemonym(p: number, q: number, demonymEnd: number, j: number, b: number): EntityType | null {
    const t = this.t;
    if (demonymEnd !== q + 1 || demonymEnd >= j || t.norm[q]!.endsWith('s')) return null;
    for (let k = demonymEnd; k < j; k++) {
      if (!t.cap[k] || this.gazetteer(k, b) || phraseAt(titles, t, k, j)) return null;
    }
    if (q === p && t.norm[q - 1] === 'the' && !t.norm.slice(demonymEnd, j).some((w) => honorifics.has(w))) return 'ORG';
    const word = t.norm[demonymEnd]!;
    return j === demonymEnd + 1 && word.length > 3 && word.endsWith('s') ? 'NORP' : null;
  }

  /**
   * Does a KB name starting at r end the unknown run from q? Countries and
   * organisations do; a surname that is also a city does not, nor a one-word
   * country right after a lone given name ("Michael Jordan", "Steve Israel").
   */
  private splitsRun(q: number, r: number, b: number): boolean {
    const g = this.gazetteer(r, b);
    if (!g) return false;
    if (isTown(g) || g.name.kind === 'demonym') return false;
    return !(r === q + 1 && g.end === r + 1 && g.entry.type === 'GPE' && this.givenNameAlone(q, b));
  }

  /** A word that is only a given name: not a KB name, not a common word ("Even China"), not in capitals. */
  private givenNameAlone(q: number, b: number): boolean {
    const t = this.t;
    const w = t.norm[q]!;
    return this.kb.givenNames.has(w) && !stopwords.has(w) && !inCapitals(t.text, t.starts[q]!, t.ends[q]!) && !this.gazetteer(q, b);
  }

  /** "Victoria Beckham", "Paris Hilton": a one-word place that is a given name, then a name word, is a person. */
  private placeBeforeName(q: number, j: number, b: number): boolean {
    const t = this.t;
    if (q + 1 >= j) return false;
    const g = this.gazetteer(q, b);
    // Only a place that is also a given name: "Manchester United" and "Boston Celtics" are no people.
    if (!g || g.end !== q + 1 || (g.name.kind !== 'city' && g.name.kind !== 'region') || !this.kb.givenNames.has(t.norm[q]!)) return false;
    // "Elizabeth Warren": the surname may be a town too.
    const next = this.gazetteer(q + 1, b);
    const surnamePlace = next !== null && next.end === q + 2 && isTown(next);
    return (!next || surnamePlace) && !phraseAt(titles, t, q + 1, j) && !orgSuffixes.has(t.norm[q + 1]!) && !eventWords.has(t.norm[q + 1]!);
  }

  /**
   * Where a person's name followed by "of" ends: a given name first, one or
   * two more name words, none of them an organisation word, then "of" and a
   * capitalised word. -1 when the run is no such name ("Bank of England",
   * "University of Leeds").
   */
  private personBeforeOf(p: number, j: number): number {
    const t = this.t;
    if (!this.kb.givenNames.has(t.norm[p]!)) return -1;
    for (let k = p + 2; k < j - 1 && k <= p + 3; k++) {
      if (t.norm[k] !== 'of') continue;
      for (let n = p; n < k; n++) if (orgWords.has(t.norm[n]!) || orgSuffixes.has(t.norm[n]!)) return -1;
      return k;
    }
    return -1;
  }

  /** A one-word KB place (a country, region or town) at q. */
  private oneWordPlace(q: number, b: number): boolean {
    const g = this.gazetteer(q, b);
    return g !== null && g.end === q + 1 && g.entry.type === 'GPE';
  }

  /**
   * "Boston Globe", "Chicago Cubs", "Cambridge Analytica": a town and the
   * capitalised words after it that are no KB name, title or day are one
   * name, an organisation of the town's country unless its words say
   * otherwise; split, the town had spoken for the newspaper.
   */
  private townOrganisation(g: GazMatch, q: number, j: number, b: number): boolean {
    const t = this.t;
    // (Not a town that is also a given name: "Douglas Schoen" may be a person.)
    if (g.end !== q + 1 || g.end >= j || !isTown(g) || this.kb.givenNames.has(t.norm[q]!)) return false;
    for (let k = g.end; k < j; k++) {
      if (!t.cap[k] || t.kinds[k] !== TokenKind.Word || CALENDAR_WORDS.has(t.norm[k]!) || this.gazetteer(k, b) || phraseAt(titles, t, k, j)) return false;
      // Not "Indiana I think", nor a postcode: "London E17".
      if (t.ends[k]! - t.starts[k]! < 2 || /\d/.test(t.norm[k]!)) return false;
    }
    return true;
  }

  /** The apostrophe of "Farmers' Union", right after a plural. */
  private pluralPossessive(j: number): boolean {
    const t = this.t;
    if (j === 0 || t.kinds[j] !== TokenKind.Punct || t.starts[j] !== t.ends[j - 1]) return false;
    const c = t.text.charCodeAt(t.starts[j]!);
    return (c === 39 || c === 0x2019) && t.norm[j - 1]!.endsWith('s');
  }

  /** The period of "Gov.", "Sen.", "Mr." right after the word. */
  private abbreviationDot(j: number): boolean {
    const t = this.t;
    return j > 0 && t.kinds[j] === TokenKind.Punct && t.starts[j] === t.ends[j - 1] && t.text.charCodeAt(t.starts[j]!) === 46
      && (abbreviatedTitles.has(t.norm[j - 1]!) || (t.norm[j - 1]!.length === 1 && t.cap[j - 1] === 1));
  }

  private isKbName(q: number, b: number): boolean {
    const g = this.gazetteer(q, b);
    return g !== null && g.entry.type === 'PERSON';
  }

  private unknownRun(q: number, r: number, sentenceInitial: boolean): void {
    const t = this.t;
    if (r - q === 1) {
      const w = t.norm[q]!;
      if (stopwords.has(w) || PARTY_STATE.test(w)) return;
      // Capitals make an acronym up to five letters ("WTO", "NATO"); longer is shouting or a transcript label ("WALLACE:").
      const length = t.ends[q]! - t.starts[q]!;
      const caps = inCapitals(t.text, t.starts[q]!, t.ends[q]!) && length >= 2 && length <= 5;
      const label = inCapitals(t.text, t.starts[q]!, t.ends[q]!) && t.text.charCodeAt(t.ends[q]!) === 58;
      const initial = this.headline || (sentenceInitial && !caps && !label && !this.kb.givenNames.has(w) && !speechVerbs.has(t.norm[q + 1] ?? ''));
      // "Hughes said" is a person; "Department said" a body that speaks.
      const said = speechVerbs.has(t.norm[q + 1] ?? '') && t.norm[q + 1] !== 'is' && t.norm[q + 1] !== 'has' && !orgSuffixes.has(w);
      const type = label || said ? 'PERSON' : caps || orgSuffixes.has(w) ? 'ORG' : 'MISC';
      this.out.push({ start: t.starts[q]!, end: t.ends[q]!, kind: caps ? 'acronym' : 'name', type, words: [w], loose: true, ...(caps && { acronym: true }), ...(initial && { initial }) });
      return;
    }
    if (this.peopleWithDemonym(q, r)) return;
    this.pushUnknown(q, r, phraseType(t, q, r) ?? this.guessType(q, r), false);
    if (this.headline) this.out[this.out.length - 1]!.initial = true;
  }

  /**
   * "African Americans", "Asian Australians": people words before a demonym
   * name a people of the demonym's country (NORP). Like a demonym alone, the
   * singular is an adjective and no mention ("the first African American
   * senator"). True when the run is such a name.
   */
  private peopleWithDemonym(q: number, r: number): boolean {
    const t = this.t;
    for (let k = q; k < r - 1; k++) if (!peopleAdjectives.has(t.norm[k]!)) return false;
    const g = this.gazetteer(r - 1, r);
    if (!g || g.name.kind !== 'demonym' || g.end !== r) return false;
    if (t.text.charCodeAt(t.ends[r - 1]! - 1) === 115) { // "s": the people
      this.out.push({ start: t.starts[q]!, end: t.ends[r - 1]!, kind: 'name', type: 'NORP', words: t.norm.slice(q, r), ...(g.entry.country && { country: g.entry.country }) });
    }
    return true;
  }

  /**
   * A capitalised run with no suffix or head word: a given name first makes a
   * person; an organisation word anywhere ("Forza Italia", "Popular Alternative")
   * an organisation; a compass word at either end ("North Down", "Durham West")
   * a place; otherwise short runs are taken for people, the common case in news.
   */
  private guessType(q: number, r: number): EntityType {
    const t = this.t;
    const n = r - q;
    if (this.kb.givenNames.has(t.norm[q]!)) return 'PERSON';
    for (let k = q; k < r; k++) if (orgWords.has(t.norm[k]!)) return 'ORG';
    if (compassWords.has(t.norm[q]!) || compassWords.has(t.norm[r - 1]!)) return 'LOC';
    for (let k = q; k < r; k++) if (INNER.has(t.norm[k]!)) return n > 3 ? 'ORG' : 'MISC';
    return n <= 3 ? 'PERSON' : 'MISC';
  }

  private pushUnknown(q: number, r: number, type: EntityType, loose: boolean): void {
    const t = this.t;
    const words = t.norm.slice(q, r);
    // An organisation named with a country word inherits its country ("Chinese Foreign Ministry").
    let country: string | undefined;
    if (type !== 'PERSON') {
      const g = this.gazetteer(q, r);
      const place = g && (g.name.kind === 'demonym' || g.entry.type === 'GPE');
      if (place) country = g.entry.country;
    }
    // …or with a place after "of" or "in" in its name ("Port of Rotterdam Authority", "University of Lagos");
    // not one it is about ("Committee on Benghazi"), nor a word of another KB name in it ("… of The New York Times").
    for (let k = q + 1; type === 'ORG' && !country && k < r; k++) {
      const g = t.cap[k] ? this.gazetteer(k, r) : null;
      if (!g) continue;
      const before = t.norm[t.norm[k - 1] === 'the' ? k - 2 : k - 1];
      if (g.entry.type === 'GPE' && (before === 'of' || before === 'in')) country = g.entry.country;
      k = g.end - 1;
    }
    const sector = type === 'ORG' ? orgSectors.get(words[words.length - 1]!) ?? orgSectors.get(words[0]!) : undefined;
    this.out.push({ start: t.starts[q]!, end: t.ends[r - 1]!, kind: 'name', type, words, ...(loose && { loose }), ...(country && { country }), ...(sector && { sector }) });
  }

  /** KB organisations inside an event name ("the G20 Summit") get their own mention. */
  private nestedKbNames(p: number, j: number): void {
    for (let q = p; q < j; q++) {
      const g = this.gazetteer(q, j);
      if (g && g.entry.type === 'ORG') { this.pushKb(q, g, j); q = g.end - 1; }
    }
  }

  private pushKb(q: number, g: GazMatch, _b: number): void {
    const c = this.fromKb(q, g);
    if (g.name.kind === 'demonym') {
      // Adjectives ("Chinese economy") are not mentions; plural nouns ("Britons") are the people.
      const word = this.t.text.slice(c.start, c.end);
      if (!word.endsWith('s') || g.end - q > 1) return;
      this.out.push({ start: c.start, end: c.end, kind: 'demonym', type: 'NORP', words: [this.t.norm[q]!], ...(c.country && { country: c.country }) });
      return;
    }
    this.out.push(c);
  }

  private fromKb(q: number, g: GazMatch): Candidate {
    const t = this.t;
    let e = g.entry;
    let kind: Candidate['kind'] = g.name.kind === 'metonym' || g.name.kind === 'capital' ? 'metonym' : 'name';
    // A capital after "in", "at", "from" is the city, elsewhere the country's government (metonymy).
    // A capital in capitals ("ANKARA (Reuters) -") is a dateline: the city.
    const dateline = inCapitals(t.text, t.starts[q]!, t.ends[g.end - 1]!) && g.end - q === 1 && t.ends[q]! - t.starts[q]! > 3;
    if (g.name.kind === 'capital' && ((q > 0 && locativePrepositions.has(t.norm[q - 1]!)) || dateline)) {
      const key = t.norm.slice(q, g.end).join(' ');
      const cityName = this.kb.names.get(key)?.find((n) => n.kind === 'city' && this.kb.entries.get(n.id)?.country === e.country);
      const city = cityName && this.kb.entries.get(cityName.id);
      if (city) { e = city; kind = 'name'; }
    }
    const acronym = g.end - q === 1 && inCapitals(t.text, t.starts[q]!, t.ends[q]!) && t.ends[q]! - t.starts[q]! >= 2;
    return {
      start: t.starts[q]!, end: t.ends[g.end - 1]!, kind: acronym && e.type === 'ORG' ? 'acronym' : kind, type: kbType(e),
      words: e.type === 'PERSON' ? t.norm.slice(q, g.end) : [], kbId: e.id,
      ...(e.country && { country: e.country }), ...(e.sector && { sector: e.sector }),
    };
  }

  /** Longest KB name starting at token q (which must be capitalised), before token b; memoised per sentence. */
  gazetteer(q: number, b: number): GazMatch | null {
    if (b !== this.sentenceEnd) return this.lookup(q, b);
    let m = this.memo.get(q);
    if (m === undefined) { m = this.lookup(q, b); this.memo.set(q, m); }
    return m;
  }

  private lookup(q: number, b: number): GazMatch | null {
    const t = this.t;
    if (!t.cap[q]) return null;
    let node = this.trie.get(t.norm[q]!);
    let best: GazMatch | null = null;
    for (let k = q; node !== undefined && k < b; k++) {
      if (k > q) node = node.next?.get(t.norm[k]!);
      if (node === undefined) break;
      const names = node.names;
      if (names) {
        const caps = inCapitals(t.text, t.starts[q]!, t.ends[k]!);
        for (const n of names) {
          if (n.caps && !caps) continue;
          const entry = this.kb.entries.get(n.id);
          if (entry) { best = { end: k + 1, name: n, entry }; break; }
        }
      }
      if (t.poss[k]) break;
    }
    return best;
  }
}

/** A Title Case headline: most words capitalised, function words among them. */
function isHeadline(t: TokenView, a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  let functionCaps = 0;
  for (let i = a; i < b; i++) {
    if (t.kinds[i] !== TokenKind.Word) continue;
    words++;
    if (!t.cap[i]) continue;
    caps++;
    if (i > a && TITLE_CASE_WORDS.has(t.norm[i]!)) functionCaps++;
  }
  return isTitleCaseCount(words, caps, functionCaps);
}

function kbType(e: KbEntry): EntityType {
  const t = e.type;
  return t === 'PERSON' || t === 'ORG' || t === 'GPE' || t === 'LOC' || t === 'EVENT' || t === 'NORP' ? t : 'MISC';
}

/** The type a run's own words give it: "… Party" ORG, "… Summit" EVENT, "… Street" LOC, "… Empire" GPE. */
function phraseType(t: TokenView, q: number, r: number): EntityType | null {
  const last = t.norm[r - 1]!;
  const first = t.norm[q]!;
  if (orgSuffixes.has(last)) return 'ORG';
  if (FIRST_ORG_WORDS.has(first) && r - q >= 2) return 'ORG';
  if (eventWords.has(last) || (r - q >= 2 && ROMAN_NUMERAL.test(last) && eventWords.has(t.norm[r - 2]!))) return 'EVENT';
  if ((last === 'city' || stateSuffixes.has(last)) && r - q >= 2) return 'GPE';
  if (locSuffixes.has(last)) return 'LOC';
  // "Progressive Conservative Party of Canada": an organisation word followed by of/for/on.
  for (let k = q; k < r - 1; k++) {
    const next = t.norm[k + 1];
    if (orgHeads.has(t.norm[k]!) && (next === 'of' || next === 'for' || next === 'on')) return 'ORG';
  }
  if (locHeads.has(first)) return 'LOC';
  return null;
}

function titleAt(t: TokenView, q: number, j: number): boolean {
  return phraseAt(titles, t, q, j) !== null;
}

/** The longest phrase of `table` starting at token q (case-insensitive), before token j. */
export function phraseAt(table: PhraseTable, t: TokenView, q: number, j: number): { words: string[]; value: string } | null {
  const list = table.byFirst.get(t.norm[q]!);
  if (!list) return null;
  for (const [words, value] of list) {
    if (q + words.length > j) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) if (t.norm[q + k] !== words[k]) { ok = false; break; }
    // A phrase cannot run past a possessive ("the President's").
    for (let k = 0; ok && k < words.length - 1; k++) if (t.poss[q + k]) ok = false;
    if (ok) return { words, value };
  }
  return null;
}

/**
 * The office a title with a portfolio names: "minister" for "health" is the
 * health minister, when that is an office we know; otherwise the title with its
 * portfolio ("minister for digital affairs"), which no KB holder has.
 */
function portfolioOffice(title: string, portfolio: string[]): string {
  const known = titles.byFirst.get(portfolio[0]!)?.find(([words]) => words.length === 2 && words[1] === title);
  return known ? known[1] : `${title} for ${portfolio.join(' ')}`;
}

/** A straight or curly quotation mark standing alone as a token. */
function isQuoteMark(t: TokenView, k: number): boolean {
  if (t.kinds[k] !== TokenKind.Punct || t.ends[k]! - t.starts[k]! !== 1) return false;
  const c = t.text.charCodeAt(t.starts[k]!);
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

/** A KB name of a city or region (not a country), which is often a surname too. */
function isTown(g: GazMatch): boolean {
  return g.name.kind === 'city' || g.name.kind === 'region' || g.name.kind === 'capital';
}
