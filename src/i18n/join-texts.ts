/** What joining areas gives: the intersection of their types (their keys do not repeat). */
type Joined<T extends readonly object[]> = T extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? First & Joined<Rest>
  : unknown;

/**
 * One object with every area's texts, the same as `{ ...first, ...second }` (a later area's key
 * would win), but made by Object.assign: a spread walks V8 through a new hidden class for each of
 * the 700-odd keys, about 4 ms of every command's start-up, where Object.assign goes straight to a
 * hash table. Object.assign would set the prototype for an own "__proto__" key where a spread
 * defines the key: such an area is refused.
 */
export function joinTexts<T extends readonly object[]>(...areas: T): Joined<T> {
  for (const area of areas)
    if (Object.prototype.hasOwnProperty.call(area, "__proto__"))
      throw new Error('a text area defines "__proto__", which Object.assign would not copy as a key');
  return Object.assign({}, ...areas) as Joined<T>;
}
