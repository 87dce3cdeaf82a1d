// Which shard owns an article: a hash of its path, so every thread agrees without being
// told, including for annotation files whose article does not exist.

/** FNV-1a over the path's UTF-16 code units, modulo the number of shards. */
export function shardOf(articlePath: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < articlePath.length; i++) {
    h ^= articlePath.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}
