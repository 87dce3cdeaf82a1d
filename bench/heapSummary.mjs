// Summarises a .heapsnapshot by constructor (self sizes): node bench/heapSummary.mjs file [top]
import * as fs from 'fs';
const [file, topArg] = process.argv.slice(2);
const snap = JSON.parse(fs.readFileSync(file, 'utf8'));
const meta = snap.snapshot.meta;
const nf = meta.node_fields.length;
const types = meta.node_types[0];
const iType = meta.node_fields.indexOf('type');
const iName = meta.node_fields.indexOf('name');
const iSize = meta.node_fields.indexOf('self_size');
const groups = new Map();
const nodes = snap.nodes;
let total = 0;
for (let i = 0; i < nodes.length; i += nf) {
  const type = types[nodes[i + iType]];
  let name = snap.strings[nodes[i + iName]];
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = `(${type})`;
  else if (type !== 'object' && type !== 'closure') name = `(${type}) ${type === 'code' || type === 'hidden' || type === 'array' ? name.slice(0, 40) : ''}`;
  else if (type === 'closure') name = `(closure)`;
  const size = nodes[i + iSize];
  total += size;
  const g = groups.get(name) ?? { count: 0, size: 0 };
  g.count++;
  g.size += size;
  groups.set(name, g);
}
console.log(`total self size ${(total / 1048576).toFixed(1)} MB in ${nodes.length / nf} nodes`);
for (const [name, g] of [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, Number(topArg ?? 30)))
  console.log(`${(g.size / 1048576).toFixed(2).padStart(8)} MB ${String(g.count).padStart(9)}  ${name}`);
