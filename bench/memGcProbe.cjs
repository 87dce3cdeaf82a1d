// Preloaded into the server by bench/memory.mjs (node --expose-gc -r): on SIGHUP, forces a
// full GC and writes process.memoryUsage() to the file named by FACTLENS_MEM_OUT.
const fs = require('fs');
const timeline = [];
const t0 = Date.now();
setInterval(() => {
  const u = process.memoryUsage();
  timeline.push([Date.now() - t0, Math.round(u.heapTotal / 1048576), Math.round(u.heapUsed / 1048576), Math.round(u.rss / 1048576)]);
}, 250).unref();
process.on('SIGHUP', () => {
  if (global.gc) global.gc();
  const usage = process.memoryUsage();
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  usage.vmRss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
  usage.vmHwm = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) * 1024;
  usage.spaces = Object.fromEntries(require('v8').getHeapSpaceStatistics().map((s) => [s.space_name, Math.round(s.space_size / 1048576)]));
  usage.timeline = timeline;
  fs.writeFileSync(process.env.FACTLENS_MEM_OUT, JSON.stringify(usage));
});
