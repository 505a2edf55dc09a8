import { CORE_SCHEMA, load, type EventType, type State } from 'js-yaml';

/** A place in the text: 0-based offset, 1-based line and column. */
export interface Place {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** An item of a list: where its content starts, and the offset where it ends. */
export interface Item extends Place {
  readonly end: number;
}

/** Where the top-level keys of a YAML mapping are, and where each item of a top-level list is. */
export interface Outline {
  readonly keys: ReadonlyMap<string, Place>;
  readonly lists: ReadonlyMap<string, readonly Item[]>;
}

/** js-yaml's state during a load; its type leaves out the depth of the node being read. */
type LoaderState = State & { readonly depth: number };

/**
 * The outline of a document whose top level is a mapping, read by js-yaml in one pass: its
 * listener sees every node open and close. The `yaml` library gives the place of every node, but
 * takes a minute and gigabytes over a 50 MB bank; this takes what loading the bank takes, and
 * lines within one item are found in that item's text alone. Depth 2 is the root's keys and
 * values, in turn; depth 3 the items of a list that is such a value. A list is kept only when it
 * had as many items opened as it holds, so an outline is never wrong, only missing.
 */
export function outlineYaml(text: string): Outline | undefined {
  const keys = new Map<string, Place>();
  const lists = new Map<string, Item[]>();
  let pairs = 0; // nodes closed at depth 2: keys and values in turn
  let keyPlace: Place | undefined;
  let key: string | undefined;
  let opened: Place | undefined;
  let items: Item[] = [];
  const place = (state: State): Place => ({
    offset: state.position,
    line: state.line + 1,
    column: state.position - state.lineStart + 1,
  });
  const listener = (event: EventType, state: State) => {
    const { depth } = state as LoaderState;
    if (event === 'open') {
      if (depth === 2 && pairs % 2 === 0) keyPlace = place(state);
      if (depth === 3 && pairs % 2 === 1) opened = place(state);
      return;
    }
    if (depth === 3 && opened) {
      items.push({ ...opened, end: state.position });
      // Only where an item of a list stands is wanted here, not what it holds: dropping that as
      // it closes (before the list takes it) keeps a 50 MB bank from being built a second time
      // beside the one already loaded. An item of a block list opens just after its dash.
      if (/^[ \t]*-[ \t]*$/.test(text.slice(opened.offset - opened.column + 1, opened.offset)))
        (state as { result: unknown }).result = null;
      opened = undefined;
    }
    if (depth !== 2) return;
    if (pairs % 2 === 0) {
      key = typeof state.result === 'string' ? state.result : undefined;
      if (key !== undefined && keyPlace) keys.set(key, keyPlace);
    } else {
      if (key !== undefined && Array.isArray(state.result) && state.result.length === items.length)
        lists.set(key, items);
      items = [];
    }
    pairs++;
  };
  try {
    load(text, { schema: CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  return { keys, lists };
}
