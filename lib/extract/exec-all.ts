/**
 * Every match of a global regex in `s`, as `s.matchAll(re)` gives them, without the copy of the
 * regex that `matchAll` makes on each call (a cost in loops over many regexes per clause). The
 * regex's lastIndex is 0 afterwards.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("execAll needs a global regex");
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    found.push(m);
    // An empty match moves on by one character (a whole code point under the "u" flag), as matchAll does.
    if (m[0] === "") re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
