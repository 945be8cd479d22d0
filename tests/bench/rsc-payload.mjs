// The RSC payload a server-rendered page carries in its HTML: the strings of its
// `self.__next_f.push([1,"..."])` scripts, as written there (escapes kept).
export function payloadChunks(html) {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)].map((m) => m[1]);
}
